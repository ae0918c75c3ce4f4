"""The composer's send-time check: what happened on the ticket since it opened, shown before sending.

A new customer message or another agent's reply (workstation.team.collisions) makes Send ask first,
listing them; "Send anyway" goes on, "Go back" returns to the text. Nothing is locked. The question is a
window-modal box opened without a nested event loop, so the composer stays as it was behind it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from workstation.store.db import Store
from workstation.team import collisions
from workstation.team.collisions import Mark, Meanwhile


def describe(change: Meanwhile) -> str:
    from PySide6.QtCore import QCoreApplication

    when = change.at.astimezone().strftime("%H:%M") if change.at else ""
    if change.kind == "message":
        line = QCoreApplication.translate("SendCheck", "%1 wrote at %2:")
    else:
        line = QCoreApplication.translate("SendCheck", "%1 replied at %2:")
    return f"{line.replace('%1', change.who).replace('%2', when)} “{change.text}”"


class SendCheck(QObject):
    def __init__(self, store: Store, run: Callable[..., None], ticket_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._store, self._run, self._parent = store, run, parent
        self.mark: Mark | None = None
        self.box: QMessageBox | None = None
        self._busy = False
        run(lambda: collisions.mark(store, ticket_id), self._marked)

    @property
    def busy(self) -> bool:
        """Send was pressed: the check (or its question) is under way."""
        return self._busy

    def _marked(self, mark: Mark) -> None:
        self.mark = mark

    def then(self, proceed: Callable[[], None], *, draft_id: int | None = None) -> None:
        """``proceed()`` at once when nothing happened since the mark; otherwise after the person says so."""
        seen, store = self.mark, self._store
        if self._busy:  # Send pressed again while the check or its question is open
            return
        if seen is None:  # not read yet (Send within milliseconds of opening): nothing could have happened
            proceed()
            return

        self._busy = True

        def checked(found: list[Meanwhile]) -> None:
            if not found:
                self._busy = False
                proceed()
                return
            self._ask(found, proceed)

        def failed(exc: BaseException) -> None:
            self._busy = False
            proceed()  # the check could not be read: sending is what the person asked for

        self._run(lambda: (collisions.since(store, seen, draft_id=draft_id), collisions.mark(store, seen.ticket_id)),
                  lambda result: (setattr(self, "mark", result[1]), checked(result[0])), failed)

    def _ask(self, found: list[Meanwhile], proceed: Callable[[], None]) -> None:
        box = self.box = QMessageBox(self._parent)
        box.setObjectName("sendCheck")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The ticket changed while you wrote"))
        box.setText(self.tr("Since you opened this reply:"))
        box.setInformativeText("<br>".join(html.escape(describe(change)) for change in found))
        send = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(send)

        def answered(_code: Any) -> None:
            self.box = None
            self._busy = False
            if box.clickedButton() is send:
                proceed()

        box.finished.connect(answered)
        box.open()
