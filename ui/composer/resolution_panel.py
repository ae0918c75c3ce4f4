"""The resolution panel: the concrete actions a reply commits to, picked from the catalogue.

Adding an action offers the sentence that tells the customer about it, in
the ticket's language (:func:`workstation.resolution.phrasing.commitment_sentence`):
the composer writes it at the cursor, where the agent edits it like any text.
"""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.composer.reasons import field_label
from ui.labels import action_label
from workstation.resolution.actions import ActionSpec, Catalogue
from workstation.resolution.gate import format_amount
from workstation.resolution.phrasing import commitment_sentence

CURRENCIES = ("EUR", "USD", "GBP", "MXN", "ARS", "COP", "CLP")


def describe(spec: ActionSpec, language: str = "en") -> str:
    """One line for the panel's list; the amount as the customer (and the reply) writes it."""
    parts = [action_label(spec.kind)]
    if spec.amount is not None:
        parts.append(format_amount(spec.amount, spec.currency, language))
    if spec.owner:
        parts.append(spec.owner)
    if spec.reference:
        parts.append(spec.reference)
    if spec.due is not None:
        parts.append(QLocale().toString(QDate(spec.due.astimezone().date()), "d MMM yyyy"))
    if spec.description:
        parts.append(spec.description[:40])
    return " · ".join(parts)


class ActionDialog(QDialog):
    """Pick a kind of action and fill in what it needs."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a concrete action"))
        self.setObjectName("actionDialog")
        self._catalogue = catalogue
        self._language = language
        self.kind = QComboBox()
        self.kind.setObjectName("actionKind")
        language = QLocale().name()[:2]
        for key, kind in catalogue.kinds.items():
            self.kind.addItem(action_label(key) if action_label(key) != key else kind.name(language), key)
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("actionAmount")
        self.amount.setRange(0, 1_000_000)
        self.amount.setDecimals(2)
        self.currency = QComboBox()
        self.currency.setObjectName("actionCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.reference = QLineEdit()
        self.reference.setObjectName("actionReference")
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwner")
        self.owner.setPlaceholderText(self.tr("A person's name, e.g. Lucía Fernández"))
        self.due = QDateEdit(QDate.currentDate().addDays(2))
        self.due.setObjectName("actionDue")
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(QDate.currentDate())
        self.description = QLineEdit()
        self.description.setObjectName("actionDescription")
        self.form = QFormLayout()
        self._rows: dict[str, QWidget] = {"amount": self.amount, "currency": self.currency,
                                          "reference": self.reference, "owner": self.owner, "date": self.due,
                                          "description": self.description}
        for name, widget in self._rows.items():
            self.form.addRow(field_label(name), widget)
        self.form.insertRow(0, self.tr("Action"), self.kind)
        # The sentence for the customer, as it will be written in the reply (in the ticket's language).
        self.write_sentence = QCheckBox(self.tr("Write this in the reply, at the cursor:"))
        self.write_sentence.setObjectName("writeSentence")
        self.write_sentence.setChecked(True)
        self.preview = QLabel()
        self.preview.setObjectName("sentencePreview")
        self.preview.setWordWrap(True)
        self.preview.setMinimumWidth(420)
        self.preview.setStyleSheet("font-style: italic; padding: 4px 0 0 22px")
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.write_sentence)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.amount.valueChanged.connect(self._show_sentence)
        self.currency.currentTextChanged.connect(self._show_sentence)
        self.due.dateChanged.connect(self._show_sentence)
        for edit in (self.reference, self.owner, self.description):
            edit.textChanged.connect(self._show_sentence)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self._catalogue.kinds[self.kind.currentData()]
        shown = set(kind.fields) | set(kind.required) | ({"date"} if kind.due else set())
        for name, widget in self._rows.items():
            self.form.setRowVisible(widget, name in shown)
        self._show_sentence()

    def sentence(self) -> str:
        """What the reply will say about this action (empty until there is something to say)."""
        return commitment_sentence(self.spec(), self._language)

    def _show_sentence(self) -> None:
        sentence = self.sentence()
        self.preview.setText(sentence)
        self.write_sentence.setEnabled(bool(sentence))

    def spec(self) -> ActionSpec:
        kind = self._catalogue.kinds[self.kind.currentData()]
        shown = set(kind.fields) | set(kind.required) | ({"date"} if kind.due else set())
        amount = Decimal(f"{self.amount.value():.2f}") if "amount" in shown and self.amount.value() > 0 else None
        due = None
        if "date" in shown:
            due = datetime.combine(self.due.date().toPython(), time(18, 0)).astimezone()

        def text(name: str, edit: QLineEdit) -> str | None:
            return edit.text().strip() or None if name in shown else None

        return ActionSpec(kind=kind.key, amount=amount,
                          currency=self.currency.currentText().strip().upper() or None if amount else None,
                          reference=text("reference", self.reference), owner=text("owner", self.owner), due=due,
                          description=text("description", self.description))


class ResolutionPanel(QWidget):
    """What this reply commits to. The gate checks each action is complete and stated in the text."""

    changed = Signal()
    # The sentence that tells the customer about an action just added (the agent asked for it to be written).
    sentence_offered = Signal(str)

    def __init__(self, catalogue: Catalogue | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._language = "en"
        self._specs: list[ActionSpec] = []
        title = QLabel(self.tr("Resolution"))
        title.setObjectName("panelTitle")
        title.setStyleSheet("font-weight: bold; font-size: 11pt")
        hint = QLabel(self.tr("What will you do for the customer? Every reply commits to at least one concrete "
                              "action, with a date."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("actionList")
        self.empty = QLabel(self.tr("No action yet."))
        self.empty.setStyleSheet("color: palette(mid)")
        self.add_button = QPushButton(self.tr("Add action…"))
        self.add_button.setObjectName("addActionButton")
        self.add_button.clicked.connect(self.choose_action)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._refresh()

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The catalogue, once read off the GUI thread; actions can be added from then on."""
        self._catalogue = catalogue
        self._refresh()

    def set_language(self, language: str) -> None:
        """The customer's language: the sentences offered for new actions (and the amounts listed) are in it."""
        self._language = language
        self._refresh()

    def choose_action(self) -> None:
        if self._catalogue is None:
            return
        dialog = ActionDialog(self._catalogue, self, language=self._language)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.add(dialog.spec())
                sentence = dialog.sentence()
                if sentence and dialog.write_sentence.isChecked():
                    self.sentence_offered.emit(sentence)
        finally:
            dialog.deleteLater()

    def add(self, spec: ActionSpec) -> None:
        self._specs.append(spec)
        self._refresh()
        self.changed.emit()

    def set_actions(self, specs: list[ActionSpec]) -> None:
        self._specs = list(specs)
        self._refresh()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._specs):
            del self._specs[row]
            self._refresh()
            self.changed.emit()

    def actions(self) -> list[ActionSpec]:
        return list(self._specs)

    def _refresh(self) -> None:
        self.list.clear()
        for spec in self._specs:
            item = QListWidgetItem(describe(spec, self._language))
            item.setData(Qt.ItemDataRole.UserRole, spec.kind)
            self.list.addItem(item)
        self.empty.setVisible(not self._specs)
        self.remove_button.setEnabled(bool(self._specs))
        self.add_button.setEnabled(self._catalogue is not None)
