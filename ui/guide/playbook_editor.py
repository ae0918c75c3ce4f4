"""The playbook editor for supervisors: edit or create a playbook, checked as they type.

It saves to the user's playbook folder (the data folder's ``playbooks/``),
beside the shipped ones; a file there with a shipped playbook's key replaces
it. Only a playbook with no problems can be saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
        run(lambda: playbooks.sources(data_dir), self._listed)  # the files are read on the worker
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("playbookText")
        self.editor.setFont(QFont("monospace"))
        self.problems = QListWidget()
        self.problems.setObjectName("playbookProblems")
        self.problems.setMaximumHeight(120)
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
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self._timer = debouncer(self, 300, self.validate)
        self.editor.textChanged.connect(self._timer.start)
        self._playbook: playbooks.Playbook | None = None
        self.editor.setPlainText(TEMPLATE)
        self.validate()

    def _listed(self, found: list[tuple[str, str]]) -> None:
        for title, text in found:
            self.chooser.addItem(title, text)

    def _open(self, index: int) -> None:
        self.editor.setPlainText(self.chooser.itemData(index) or TEMPLATE)
        self.validate()

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
                  lambda exc: self.status.setText(str(exc)))
