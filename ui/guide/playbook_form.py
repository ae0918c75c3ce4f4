"""A playbook as a form: its title and the phrases that suggest it, and its steps (title, guidance in English
and Spanish, what completes the step, a time target), added, removed and reordered without touching YAML.

The form edits plain data (``workstation.playbooks.form_data``); fields it does not show (targets,
categories...) pass through untouched. ``edited`` fires on each change a person makes; the editor writes the
YAML from ``data()`` and checks it as it does raw text.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workstation.playbooks import LANGUAGES, REQUIREMENTS


def requirement_label(key: str) -> str:
    return {
        "acknowledge": QCoreApplication.translate("PlaybookForm", "a reply to the customer"),
        "restate": QCoreApplication.translate("PlaybookForm", "the problem in the customer's words"),
        "own": QCoreApplication.translate("PlaybookForm", "what we got wrong, said plainly"),
        "action": QCoreApplication.translate("PlaybookForm", "a reply that commits to a concrete action"),
        "followup": QCoreApplication.translate("PlaybookForm", "a follow-up with a date"),
        "notify_owner": QCoreApplication.translate("PlaybookForm", "an internal note naming who fixes the cause"),
        "close_loop": QCoreApplication.translate("PlaybookForm", "the loop-closing message to the customer"),
        "none": QCoreApplication.translate("PlaybookForm", "nothing: the agent ticks it"),
    }.get(key, key)


def _texts(value: Any) -> dict[str, str]:
    return {str(k): "" if v is None else str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _phrases(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _Languages(QWidget):
    """One text per language (English, Spanish), side by side or stacked."""

    changed = Signal()

    def __init__(self, name: str, multiline: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        names = {"en": self.tr("English"), "es": self.tr("Spanish")}
        for lang in LANGUAGES:
            edit: QLineEdit | QPlainTextEdit = QPlainTextEdit() if multiline else QLineEdit()
            edit.setObjectName(f"{name}_{lang}")
            edit.setAccessibleName(f"{name} ({names[lang]})")
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(64)
            edit.textChanged.connect(self.changed)
            self.edits[lang] = edit
            layout.addRow(names[lang] + ":", edit)

    def set_values(self, values: dict[str, str]) -> None:
        for lang, edit in self.edits.items():
            text = values.get(lang, "")
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text)
            else:
                edit.setText(text)

    def values(self) -> dict[str, str]:
        return {lang: (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()
                for lang, edit in self.edits.items()}


class PlaybookForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: dict[str, Any] = {}
        self._steps: list[dict[str, Any]] = []
        self._current = -1
        self._loading = False

        self.key = QLineEdit()
        self.key.setObjectName("playbookKey")
        self.key.setPlaceholderText(self.tr("lower-case letters, digits and _ (e.g. double_charge)"))
        self.title = _Languages("playbookTitle", False)
        self.keywords = _Languages("playbookKeywords", True)
        for edit in self.keywords.edits.values():
            edit.setPlaceholderText(self.tr("One phrase per line, as customers write it"))
        about = QGroupBox(self.tr("Playbook"))
        form = QFormLayout(about)
        form.addRow(self.tr("&Key:"), self.key)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Suggested when a\nmessage says:"), self.keywords)

        self.step_list = QListWidget()
        self.step_list.setObjectName("playbookSteps")
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.add_button = QPushButton(self.tr("&Add step"))
        self.add_button.setObjectName("addStepButton")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeStepButton")
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("stepUpButton")
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.setObjectName("stepDownButton")
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(QLabel(self.tr("Steps, in order:")))
        list_layout.addWidget(self.step_list, 1)
        for pair in ((self.add_button, self.remove_button), (self.up_button, self.down_button)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            list_layout.addLayout(row)

        self.step_key = QLineEdit()
        self.step_key.setObjectName("stepKey")
        self.step_title = _Languages("stepTitle", False)
        self.step_guidance = _Languages("stepGuidance", True)
        self.requires = QComboBox()
        self.requires.setObjectName("stepRequires")
        for key in REQUIREMENTS:
            self.requires.addItem(requirement_label(key), key)
        self.within = QSpinBox()
        self.within.setObjectName("stepWithin")
        self.within.setRange(0, 60 * 24 * 30)
        self.within.setSingleStep(15)
        self.within.setSpecialValueText(self.tr("no time target"))
        self.within.setSuffix(self.tr(" min"))
        self.optional = QCheckBox(self.tr("Optional (may be left undone)"))
        self.optional.setObjectName("stepOptional")
        self.step_box = QGroupBox(self.tr("Step"))
        step_form = QFormLayout(self.step_box)
        step_form.addRow(self.tr("K&ey:"), self.step_key)
        step_form.addRow(self.tr("Title:"), self.step_title)
        step_form.addRow(self.tr("What to do\n(guidance):"), self.step_guidance)
        step_form.addRow(self.tr("Done &when there is:"), self.requires)
        step_form.addRow(self.tr("&Within:"), self.within)
        step_form.addRow("", self.optional)

        steps = QSplitter()
        steps.addWidget(list_box)
        steps.addWidget(self.step_box)
        steps.setStretchFactor(1, 3)
        steps.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(about)
        layout.addWidget(steps, 1)

        self.key.textChanged.connect(self._changed)
        self.title.changed.connect(self._changed)
        self.keywords.changed.connect(self._changed)
        for signal in (self.step_key.textChanged, self.step_title.changed, self.step_guidance.changed,
                       self.requires.currentIndexChanged, self.within.valueChanged, self.optional.toggled):
            signal.connect(self._step_changed)
        self.step_list.currentRowChanged.connect(self._select)
        self._enable()

    # --- in and out ---------------------------------------------------------------------

    def set_data(self, data: dict[str, Any]) -> None:
        """Show ``data`` (a playbook as ``form_data`` reads it); nothing is reported as edited."""
        self._loading = True
        try:
            self._data = copy.deepcopy(data)
            self.key.setText(str(data.get("key") or ""))
            self.title.set_values(_texts(data.get("title")))
            when = data.get("when") if isinstance(data.get("when"), dict) else {}
            keywords = when.get("keywords") if isinstance(when.get("keywords"), dict) else {}
            self.keywords.set_values({lang: "\n".join(str(p) for p in (keywords.get(lang) or []))
                                      for lang in LANGUAGES})
            raw = data.get("steps")
            self._steps = [copy.deepcopy(s) for s in raw if isinstance(s, dict)] if isinstance(raw, list) else []
            self._current = -1
            self.step_list.clear()
            for step in self._steps:
                self.step_list.addItem("")
            self._renumber()
            self.step_list.setCurrentRow(0 if self._steps else -1)
            self._select(self.step_list.currentRow())
        finally:
            self._loading = False
        self._enable()

    def data(self) -> dict[str, Any]:
        """What the form holds, in the file's order; fields it does not show are kept as they came."""
        self._store_step()
        out: dict[str, Any] = {}
        data = copy.deepcopy(self._data)
        order = ["key", "title", "when", "targets", "steps"]
        for name in order + [k for k in data if k not in order]:
            if name == "key":
                out["key"] = self.key.text().strip()
            elif name == "title":
                out["title"] = self.title.values()
            elif name == "when":
                when = data.get("when") if isinstance(data.get("when"), dict) else {}
                phrases = {lang: _phrases(edit.toPlainText()) for lang, edit in self.keywords.edits.items()}
                keywords = {lang: p for lang, p in phrases.items() if p}
                when = {"keywords": keywords, **{k: v for k, v in when.items() if k != "keywords"}} \
                    if keywords else {k: v for k, v in when.items() if k != "keywords"}
                out["when"] = when
            elif name == "steps":
                out["steps"] = copy.deepcopy(self._steps)
            elif name in data:
                out[name] = data[name]
        return out

    # --- steps --------------------------------------------------------------------------

    @staticmethod
    def _step_name(step: dict[str, Any], number: int) -> str:
        title = _texts(step.get("title"))
        language = "es" if QLocale().name().startswith("es") else "en"
        return f"{number}. {title.get(language) or title.get('en') or step.get('key') or '?'}"

    def _renumber(self) -> None:
        for row, step in enumerate(self._steps):
            item = self.step_list.item(row)
            if item is not None:
                item.setText(self._step_name(step, row + 1))
                item.setToolTip(str(step.get("key") or ""))

    def _select(self, row: int) -> None:
        if self._current != row:
            self._store_step()
        self._current = row
        loading, self._loading = self._loading, True
        try:
            step = self._steps[row] if 0 <= row < len(self._steps) else {}
            self.step_key.setText(str(step.get("key") or ""))
            self.step_title.set_values(_texts(step.get("title")))
            self.step_guidance.set_values(_texts(step.get("guidance")))
            self.requires.setCurrentIndex(max(self.requires.findData(str(step.get("requires") or "none")), 0))
            within = step.get("within_minutes")
            self.within.setValue(within if isinstance(within, int) and within > 0 else 0)
            self.optional.setChecked(step.get("optional") is True)
        finally:
            self._loading = loading
        self._enable()

    def _store_step(self) -> None:
        """The step shown, from its fields back into the list (the file's order of a step's fields)."""
        row = self._current
        if not 0 <= row < len(self._steps) or self._loading:
            return
        old = self._steps[row]
        step: dict[str, Any] = {"key": self.step_key.text().strip(), "title": self.step_title.values(),
                                "guidance": self.step_guidance.values(), "requires": self.requires.currentData()}
        if self.within.value() > 0:
            step["within_minutes"] = self.within.value()
        if self.optional.isChecked():
            step["optional"] = True
        elif "optional" in old:
            step["optional"] = False
        step.update({k: v for k, v in old.items() if k not in step and k not in ("within_minutes", "optional")})
        self._steps[row] = step
        item = self.step_list.item(row)
        if item is not None:
            item.setText(self._step_name(step, row + 1))

    def _step_changed(self) -> None:
        if self._loading:
            return
        self._store_step()
        self.edited.emit()

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def add_step(self) -> None:
        self._store_step()
        taken = {s.get("key") for s in self._steps}
        number = len(self._steps) + 1
        while f"step_{number}" in taken:
            number += 1
        step = {"key": f"step_{number}", "title": {"en": "", "es": ""}, "guidance": {"en": "", "es": ""},
                "requires": "none"}
        row = self._current + 1 if self._current >= 0 else len(self._steps)
        self._steps.insert(row, step)
        self._current = -1
        self.step_list.insertItem(row, "")
        self._renumber()
        self.step_list.setCurrentRow(row)
        self.step_title.edits["en"].setFocus()
        self.edited.emit()

    def remove_step(self) -> None:
        row = self._current
        if not 0 <= row < len(self._steps):
            return
        del self._steps[row]
        self._current = -1
        self.step_list.takeItem(row)
        self._renumber()
        self._select(self.step_list.currentRow())
        self.edited.emit()

    def move_step(self, by: int) -> None:
        row = self._current
        target = row + by
        if not (0 <= row < len(self._steps) and 0 <= target < len(self._steps)):
            return
        self._store_step()
        self._steps[row], self._steps[target] = self._steps[target], self._steps[row]
        self._renumber()
        self._current = target
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(target)
        self.step_list.blockSignals(False)
        self._enable()
        self.edited.emit()

    def _enable(self) -> None:
        row, count = self._current, len(self._steps)
        self.step_box.setEnabled(0 <= row < count)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
