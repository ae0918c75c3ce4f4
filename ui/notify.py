"""Telling the agent what happened while they looked elsewhere.

- :class:`Notifier`: a tray icon with the count of tickets waiting for the agent, and desktop
  notifications through Qt (``QSystemTrayIcon.showMessage``: native where the platform has them) for
  what :mod:`workstation.notices` finds, each kind switched on or off in Preferences; a beep with them
  when sounds are on. Every notice given is kept in ``shown``, so a test can read what the agent was told.
- :class:`SyncStatus`: one place in the status bar for every inbox's sync, with a progress bar while
  mail comes in, numbers in the window's language, and the whole of any error on a click.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from ui.formatting import number, progress
from ui.settings import Settings
from workstation.notices import Mark, Notice, mark, promises_due, since
from workstation.store.db import Store

#: How often the store is read for news besides after each sync (another desk's decisions, promises).
POLL_MS = 30_000


def notice_text(notice: Notice) -> tuple[str, str]:
    """The notification's title and sentence, in the window's language."""
    p = notice.params
    count = p.get("count")
    if notice.kind == "new_message":
        if count:
            return QCoreApplication.translate("Notify", "New messages"), QCoreApplication.translate("Notify", "Customers wrote on %1 of your tickets.").replace(
                "%1", count)
        return (QCoreApplication.translate("Notify", "%1 wrote").replace("%1", p.get("customer", "")),
                QCoreApplication.translate("Notify", "On your ticket #%1: %2").replace("%1", str(notice.ticket_id))
                .replace("%2", p.get("subject", "")))
    if notice.kind == "reopened":
        if count:
            return QCoreApplication.translate("Notify", "Tickets reopened"), QCoreApplication.translate("Notify", "Customers wrote on %1 closed tickets; they are "
                                                                "open again.").replace("%1", count)
        return (QCoreApplication.translate("Notify", "A closed ticket is open again"),
                QCoreApplication.translate("Notify", "%1 wrote on #%2: %3").replace("%1", p.get("customer", ""))
                .replace("%2", str(notice.ticket_id)).replace("%3", p.get("subject", "")))
    if notice.kind == "reply_returned":
        if count:
            return QCoreApplication.translate("Notify", "Replies returned"), QCoreApplication.translate("Notify", "%1 of your replies came back to you.").replace(
                "%1", count)
        return (QCoreApplication.translate("Notify", "%1 returned your reply").replace("%1", p.get("who", "")),
                QCoreApplication.translate("Notify", "On #%1: %2").replace("%1", str(notice.ticket_id)).replace("%2", p.get("reason", "")))
    if notice.kind == "reply_approved":
        if count:
            return QCoreApplication.translate("Notify", "Replies approved"), QCoreApplication.translate("Notify", "%1 of your replies were approved and go out "
                                                                "now.").replace("%1", count)
        return (QCoreApplication.translate("Notify", "%1 approved your reply").replace("%1", p.get("who", "")),
                QCoreApplication.translate("Notify", "On #%1 (%2): it goes out now.").replace("%1", str(notice.ticket_id))
                .replace("%2", p.get("subject", "")))
    if notice.kind == "promise_due":
        if count == "1":
            return (QCoreApplication.translate("Notify", "A promise is due today"),
                    QCoreApplication.translate("Notify", "#%1: %2").replace("%1", str(notice.ticket_id)).replace("%2", p.get("subject", "")))
        return QCoreApplication.translate("Notify", "Promises due today"), QCoreApplication.translate("Notify", "%1 of your promises are due today: see Promises to "
                                                              "keep.").replace("%1", count or "")
    return notice.kind, ""


def tray_icon(count: int) -> QIcon:
    """Mostrador's mark with the waiting count on a badge (none when nothing waits)."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1f6fb2"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(4, 4, size - 8, size - 8, 12, 12)
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(34)
    painter.setFont(font)
    painter.drawText(QRect(4, 4, size - 8, size - 8), Qt.AlignmentFlag.AlignCenter, "M")
    if count > 0:
        painter.setBrush(QColor("#b00020"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(size - 34, 0, 34, 34)
        painter.setPen(QColor("#ffffff"))
        font.setPixelSize(18 if count < 100 else 13)
        painter.setFont(font)
        painter.drawText(QRect(size - 34, 0, 34, 34), Qt.AlignmentFlag.AlignCenter,
                         str(count) if count < 1000 else "999+")
    painter.end()
    return QIcon(pixmap)


class Notifier(QObject):
    # A notification was clicked: open its ticket.
    open_ticket = Signal(int)

    def __init__(self, store: Store, run: Callable[..., None], settings: Settings, agent: Callable[[], str | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store, self._run, self._settings, self._agent = store, run, settings, agent
        self._mark: Mark | None = None
        self._checking = False
        self._promises_told: tuple[str, date] | None = None
        self._last_ticket: int | None = None
        self.waiting = 0
        #: (kind, title, text) of every notice given, newest last.
        self.shown: list[tuple[str, str, str]] = []
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(tray_icon(0), self)
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """From now on, what arrives is news (nothing from before the window opened)."""
        if self.tray is not None:
            self.tray.show()
        store = self._store

        def marked(found: Mark) -> None:
            self._mark = found
            self.timer.start()
            self.check()  # promises due today

        self._run(lambda: mark(store), marked)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def set_waiting(self, count: int) -> None:
        """The tickets waiting for the agent (their queue's open work): the tray's badge and tooltip."""
        self.waiting = count
        if self.tray is not None:
            self.tray.setIcon(tray_icon(count))
            self.tray.setToolTip(QCoreApplication.translate("Notify", "Mostrador: %1 tickets waiting for you")
                                 .replace("%1", number(count)))

    def check(self) -> None:
        """Read what is new since the last look (on the worker), then say it."""
        if self._mark is None or self._checking:
            return
        self._checking = True
        store, agent, seen = self._store, self._agent(), self._mark
        today = date.today()
        tell_promises = self._promises_told != (agent or "", today)

        def look() -> tuple[list[Notice], Mark]:
            notices, newer = since(store, agent, seen)
            if tell_promises:
                notices += promises_due(store, agent, today)
            return notices, newer

        def looked(result: tuple[list[Notice], Mark]) -> None:
            self._checking = False
            notices, self._mark = result
            if tell_promises:
                self._promises_told = (agent or "", today)
            self.say(notices)

        def failed(_exc: BaseException) -> None:
            self._checking = False  # the next look tries again; a sync error is said by the status area

        self._run(look, looked, failed)

    def say(self, notices: list[Notice]) -> None:
        for notice in notices:
            if not self._settings.notify(notice.kind):
                continue
            title, text = notice_text(notice)
            self.shown.append((notice.kind, title, text))
            self._last_ticket = notice.ticket_id
            if self.tray is not None:
                self.tray.showMessage(title, text, tray_icon(self.waiting), 8000)
            if self._settings.sounds:
                QApplication.beep()

    def _clicked(self) -> None:
        if self._last_ticket is not None:
            self.open_ticket.emit(self._last_ticket)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            window = self.parent()
            if isinstance(window, QWidget):
                window.showNormal()
                window.raise_()
                window.activateWindow()


class SyncStatus(QWidget):
    """Every inbox's sync in one place: a line that fits the status bar, a bar while mail comes in, and on a
    click the whole state of each inbox, errors in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.bar = QProgressBar()
        self.bar.setObjectName("syncProgress")
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.button = QToolButton()
        self.button.setObjectName("syncStatusButton")
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.show_details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        self.states: dict[str, str] = {}
        self.errors: dict[str, str] = {}
        self._progress: dict[str, tuple[int, int]] = {}
        self._localised: set[str] = set()
        self.hide()

    def set_state(self, account: str, text: str) -> None:
        if account in self._localised:
            self._localised.discard(account)  # the same progress, said by progress() in the window's numbers
        else:
            self.states[account] = text
        self._redraw()

    def set_progress(self, account: str, _folder: str, done: int, total: int, rate: float) -> None:
        self._progress[account] = (done, total)
        self.errors.pop(account, None)
        self.states[account] = QCoreApplication.translate("SyncStatus", "%1: %2 messages (%3/s)") \
            .replace("%1", account).replace("%2", progress(done, total)).replace("%3", number(round(rate)))
        self._localised.add(account)
        self._redraw()

    def set_finished(self, account: str) -> None:
        self._progress.pop(account, None)
        self.errors.pop(account, None)
        self._redraw()

    def set_failed(self, account: str, message: str) -> None:
        self._progress.pop(account, None)
        self.errors[account] = message
        self._redraw()

    def line(self) -> str:
        """What the status bar shows: an error first, then mail coming in, then all is well."""
        if self.errors:
            account = sorted(self.errors)[0]
            more = len(self.errors) - 1
            text = QCoreApplication.translate("SyncStatus", "%1: could not sync. Click for the details.") \
                .replace("%1", account)
            if more:
                text += " " + QCoreApplication.translate("SyncStatus", "(and %1 more)").replace("%1", str(more))
            return text
        if len(self.states) == 1:
            return next(iter(self.states.values()))
        if self._progress:
            account = sorted(self._progress)[0]
            return self.states.get(account, "")
        return QCoreApplication.translate("SyncStatus", "%1 inboxes synced").replace("%1", str(len(self.states)))

    def details(self) -> str:
        lines = []
        for account in sorted(set(self.states) | set(self.errors)):
            if account in self.errors:
                lines.append(QCoreApplication.translate("SyncStatus", "%1: %2").replace("%1", account)
                             .replace("%2", self.errors[account]))
            else:
                lines.append(self.states[account])
        return "\n".join(lines)

    def show_details(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information if not self.errors else QMessageBox.Icon.Warning,
                          QCoreApplication.translate("SyncStatus", "Mail sync"), self.details(),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("syncDetails")
        box.open()

    def _redraw(self) -> None:
        self.setVisible(bool(self.states or self.errors))
        text = self.line()
        self.button.setText(text)
        self.button.setAccessibleName(text)
        self.button.setToolTip(self.details())
        if self.errors:
            from ui.theme import colour

            self.button.setStyleSheet(f"color: {colour('error')}")
        else:
            self.button.setStyleSheet("")
        if self._progress:
            done = sum(d for d, _t in self._progress.values())
            total = sum(t for _d, t in self._progress.values()) or 1
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.bar.setAccessibleName(progress(done, total))
            self.bar.show()
        else:
            self.bar.hide()

