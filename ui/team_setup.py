"""File › Team database…: the short path to a team sharing one queue.

Shows the steps (create the database, add each person with their own role, start each desk signed in as
it), takes the administrator's connection URL and runs the same service as ``team init`` on the worker,
then says the result in one sentence.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.errors import error_text
from ui.theme import colour
from workstation.store.db import describe
from workstation.team.moving import init


class TeamSetupDialog(QDialog):
    def __init__(self, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamSetupDialog")
        self.setWindowTitle(self.tr("Team database"))
        self._run = run
        steps = QLabel(self.tr(
            "<p>Two to ten people can answer the same inboxes from one PostgreSQL database.</p><ol>"
            "<li>Give the URL of the database as its administrator (a role that may create databases and "
            "roles) and press <b>Create the team database</b>.</li>"
            "<li>Add each person with their own role: <code>python -m workstation --database URL agent add "
            "NAME --role</code>.</li>"
            "<li>Start each desk signed in as that person: <code>./mostrador start --database "
            "postgresql://ROLE@HOST/DATABASE</code> (the password in <code>~/.pgpass</code>, never in the "
            "URL).</li></ol>"))
        steps.setTextFormat(Qt.TextFormat.RichText)
        steps.setWordWrap(True)
        steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url = QLineEdit()
        self.url.setObjectName("teamUrl")
        self.url.setPlaceholderText("postgresql://admin@dbhost/mostrador")
        url_label = QLabel(self.tr("&Connection URL"))
        url_label.setBuddy(self.url)
        self.create = QPushButton(self.tr("Create the team database"))
        self.create.setObjectName("teamCreate")
        self.create.clicked.connect(self.start)
        self.url.returnPressed.connect(self.start)
        self.result_label = QLabel()
        self.result_label.setObjectName("teamResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addWidget(url_label)
        layout.addWidget(self.url)
        layout.addWidget(self.create, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 340)

    def start(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.say(self.tr("Give the team database's URL first, e.g. postgresql://admin@dbhost/mostrador."), True)
            return
        self.create.setEnabled(False)
        self.say(self.tr("Setting up the team database…"))
        self._run(lambda: init(url), lambda group: self._done(url, group), self._failed)  # on the worker

    def _done(self, url: str, group: Any) -> None:
        self.create.setEnabled(True)
        self.say(self.tr("The team database %1 is ready; add each person with their own role (step 2).")
                 .replace("%1", html.escape(describe(url))))

    def _failed(self, exc: BaseException) -> None:
        self.create.setEnabled(True)
        self.say(error_text(exc), True)

    def say(self, text: str, error: bool = False) -> None:
        self.result_label.setProperty("error", error)
        self.result_label.setStyleSheet(f"color: {colour('error')}" if error else "")
        self.result_label.setText(text)
