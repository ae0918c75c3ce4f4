"""The playbook editor for supervisors: edit or create a playbook, checked as they type.

It saves to the user's playbook folder (the data folder's ``playbooks/``),
beside the shipped ones; a file there with a shipped playbook's key replaces
it. Only a playbook with no problems can be saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text
from ui.guide.playbook_form import PlaybookForm
from ui.timers import debouncer
from workstation import playbooks

TEMPLATE = """key: my_playbook
title: {en: My playbook, es: Mi guía}
when:
  keywords:
    en: [a phrase customers write]
    es: [una frase que escriben los clientes]
  categories: []
targets: {first_response_minutes: 60, resolution_hours: 72}
steps:
  - key: acknowledge
    title: {en: Acknowledge fast, es: Responde rápido}
    guidance: {en: Tell them you are on it., es: Dile que estás en ello.}
    requires: acknowledge
    within_minutes: 60
  - key: action
    title: {en: Commit to a concrete action, es: Comprométete a una acción concreta}
    guidance: {en: A refund, a replacement or a named owner, with a date., es: Un reembolso, una sustitución o un responsable con nombre, con fecha.}
    requires: action
"""


class PlaybookEditor(QDialog):
    saved = Signal(str)

    def __init__(self, data_dir: Path, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Playbooks"))
        self.resize(900, 680)
        self._data_dir = data_dir
        self._run = run
        self.chooser = QComboBox()
        self.chooser.setObjectName("playbookChooser")
        self.chooser.addItem(self.tr("New playbook…"), TEMPLATE)
        self.chooser.currentIndexChanged.connect(self._open)
        language = QLocale().name()[:2]  # the titles in the window's language, as the guide shows them
        run(lambda: playbooks.sources(data_dir, language), self._listed)  # the files are read on the worker
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("playbookText")
        self.editor.setFont(QFont("monospace"))
        # The form writes the YAML; the raw text stays as an advanced tab (and the only way to fix a file
        # that is not YAML at all).
        self.form = PlaybookForm()
        self.form.setObjectName("playbookForm")
        self.form.edited.connect(self._form_edited)
        self.form_problem = QLabel()
        self.form_problem.setObjectName("playbookFormProblem")
        self.form_problem.setWordWrap(True)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.form_problem)
        form_layout.addWidget(self.form, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("playbookTabs")
        self.tabs.addTab(form_page, self.tr("&Form"))
        self.tabs.addTab(self.editor, self.tr("&YAML (advanced)"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._header = ""
        self.problems = QListWidget()
        self.problems.setObjectName("playbookProblems")
        self.problems.setMaximumHeight(120)
        self.problems.itemActivated.connect(lambda _item: self.tabs.setCurrentWidget(self.editor))
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save to my playbooks"))
        self.save_button.setObjectName("savePlaybookButton")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Playbook:")))
        top.addWidget(self.chooser, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self._timer = debouncer(self, 300, self.validate)
        self.editor.textChanged.connect(self._timer.start)
        self._playbook: playbooks.Playbook | None = None
        self._set_text(TEMPLATE)

    def _listed(self, found: list[tuple[str, str]]) -> None:
        for title, text in found:
            self.chooser.addItem(title, text)

    def _open(self, index: int) -> None:
        self._set_text(self.chooser.itemData(index) or TEMPLATE)

    def _set_text(self, text: str) -> None:
        """Show a playbook's text in both tabs; saved unchanged, it is written back as it was."""
        self.editor.setPlainText(text)
        self._load_form()
        self.validate()

    def _load_form(self) -> None:
        text = self.editor.toPlainText()
        data = playbooks.form_data(text)
        self._header = playbooks.split_header(text)[0]
        self.form.setEnabled(data is not None)
        self.form_problem.setVisible(data is None)
        self.form_problem.setText(self.tr("The YAML cannot be read, so the form cannot show it: fix it in the "
                                          "YAML tab (the problems are listed below)."))
        if data is not None:
            self.form.set_data(data)

    def _form_edited(self) -> None:
        """The form changed: its YAML replaces the text (checked after a pause, as typing is)."""
        self.editor.blockSignals(True)
        self.editor.setPlainText(playbooks.form_text(self.form.data(), self._header))
        self.editor.blockSignals(False)
        self._timer.start()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is not self.editor:
            self._load_form()  # the text may have been edited by hand

    def validate(self) -> None:
        self._playbook, problems = playbooks.check_text(self.editor.toPlainText(), Path("playbook.yaml"))
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(self.tr("Line %1: %2").replace("%1", str(problem.line))
                                  .replace("%2", problem.message))
        self.problems.setVisible(bool(problems))
        self.save_button.setEnabled(self._playbook is not None)
        self.status.setText(self.tr("Valid: %1 steps.").replace("%1", str(len(self._playbook.steps)))
                            if self._playbook else self.tr("Fix the problems listed to save."))

    def save(self) -> None:
        self.validate()
        if self._playbook is None:
            return
        data_dir, text, key = self._data_dir, self.editor.toPlainText(), self._playbook.key

        def saved(target: Path) -> None:
            self.status.setText(self.tr("Saved to %1.").replace("%1", str(target)))
            self.saved.emit(key)

        self._run(lambda: playbooks.save_user_playbook(data_dir, text), saved,
                  lambda exc: self.status.setText(error_text(exc)))
