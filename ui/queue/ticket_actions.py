"""What an agent does to tickets from the queue: the same actions in the menu bar, the table's
context menu and on single keys (a assign to me, s snooze, e resolve, Ctrl+Z undo).

Each works on every selected ticket at once, runs on the worker, lands in the
timeline as an event, and can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import datetime_text
from ui.labels import category_label, language_name, priority_label, status_label
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput
from workstation.seen import mark_unseen
from workstation.store.db import Store
from workstation.tickets import (
    Change,
    Done,
    Priority,
    TicketStatus,
    Undone,
    add_notes,
    apply,
    block_sender,
    merge,
    not_spam,
    set_languages,
    undo_last,
)

CATEGORIES = ("billing", "delivery", "product_defect", "service_outage", "attention", "account")


def describe_change(change: Change, agent: str | None) -> str:
    """What a change did, in the window's language ("Assigned to Carmen Ortega, status Resolved")."""
    parts = []
    if change.assignee is not None:
        who = agent if change.assignee == "me" and agent else change.assignee
        parts.append(QCoreApplication.translate("TicketActions", "assigned to %1").replace("%1", who)
                     if who else QCoreApplication.translate("TicketActions", "unassigned"))
    if change.status is not None:
        parts.append(QCoreApplication.translate("TicketActions", "status %1").replace(
            "%1", status_label(change.status.value)))
    if change.priority is not None:
        parts.append(QCoreApplication.translate("TicketActions", "priority %1").replace(
            "%1", priority_label(change.priority.value)))
    if change.category is not None:
        parts.append(QCoreApplication.translate("TicketActions", "category %1").replace(
            "%1", category_label(change.category) or QCoreApplication.translate("TicketActions", "None")))
    parts += [QCoreApplication.translate("TicketActions", "tag %1").replace("%1", tag) for tag in change.tags_add]
    parts += [QCoreApplication.translate("TicketActions", "tag %1 removed").replace("%1", tag)
              for tag in change.tags_remove]
    if change.unsnooze:
        parts.append(QCoreApplication.translate("TicketActions", "woken up"))
    if change.snoozed_until is not None:
        parts.append(QCoreApplication.translate("TicketActions", "snoozed until %1").replace(
            "%1", datetime_text(change.snoozed_until)))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


class TicketActions(QObject):
    # A change was made (its summary, and the ChangeSet): the queue redraws what it names.
    changed = Signal(str, object)
    failed = Signal(object)

    def __init__(self, store: Store, run: Callable[..., None], selection: Callable[[], list[int]],
                 agent: Callable[[], str | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._run = run
        self._selection = selection
        self._agent = agent
        self._parent = parent
        self.warning: QMessageBox | None = None

        def action(text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
            act = QAction(text, parent)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.assign_me = action(QCoreApplication.translate("TicketActions", "Assign to &me"), lambda: self.change(Change(assignee="me")),
                                "A")
        self.assign_other = action(QCoreApplication.translate("TicketActions", "Assign to…"), self.ask_assignee)
        self.unassign = action(QCoreApplication.translate("TicketActions", "Unassign"), lambda: self.change(Change(assignee="")))
        self.resolve = action(QCoreApplication.translate("TicketActions", "R&esolve"),
                              lambda: self.change(Change(status=TicketStatus.RESOLVED)), "E")
        self.snooze = action(QCoreApplication.translate("TicketActions", "&Snooze…"), self.ask_snooze, "S")
        self.spam = action(QCoreApplication.translate("TicketActions", "Mark as spam"), lambda: self.change(Change(status=TicketStatus.SPAM)))
        self.not_spam = action(QCoreApplication.translate("TicketActions", "Not spam"), lambda: self.run(not_spam))
        self.block = action(QCoreApplication.translate("TicketActions", "Block sender"), self.ask_block)
        self.language_menu = QMenu(QCoreApplication.translate("TicketActions", "Language"), parent)
        for code in ("en", "es"):
            self.language_menu.addAction(language_name(code), lambda c=code: self.choose_language(c))
        self.tag = action(QCoreApplication.translate("TicketActions", "Add tag…"), self.ask_tag)
        self.untag = action(QCoreApplication.translate("TicketActions", "Remove tag…"), self.ask_untag)
        self.wake = action(QCoreApplication.translate("TicketActions", "Wake up (unsnooze)"),
                           lambda: self.change(Change(unsnooze=True)))
        self.note = action(QCoreApplication.translate("TicketActions", "Internal note…"), self.ask_note, "N")
        self.flag = action(QCoreApplication.translate("TicketActions", "Flag for coaching…"),
                           lambda: self.ask_note(kind="flag"), "F")
        # In a review pack, notes are a supervisor's coaching notes.
        self.note_kind = "note"
        self.merge = action(QCoreApplication.translate("TicketActions", "Merge into…"), self.ask_merge)
        # Bold again in this agent's queue until they open it (their own: nobody else's queue changes).
        self.unread = action(QCoreApplication.translate("TicketActions", "Mark as u&nread"), self.mark_unread)
        self.undo = action(QCoreApplication.translate("TicketActions", "&Undo last change"), self.undo_last, "Ctrl+Z")
        self.status_menu = QMenu(QCoreApplication.translate("TicketActions", "Status"), parent)
        for status in (TicketStatus.OPEN, TicketStatus.WAITING, TicketStatus.RESOLVED, TicketStatus.CLOSED):
            self.status_menu.addAction(status_label(status.value),
                                       lambda s=status: self.change(Change(status=s)))
        self.priority_menu = QMenu(QCoreApplication.translate("TicketActions", "Priority"), parent)
        for priority in (Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW):
            self.priority_menu.addAction(priority_label(priority.value),
                                         lambda p=priority: self.change(Change(priority=p)))
        self.category_menu = QMenu(QCoreApplication.translate("TicketActions", "Category"), parent)
        for category in CATEGORIES:
            self.category_menu.addAction(category_label(category),
                                         lambda c=category: self.change(Change(category=c)))
        self.category_menu.addAction(QCoreApplication.translate("TicketActions", "None"), lambda: self.change(Change(category="")))

    def fill(self, menu: QMenu) -> None:
        for item in (self.assign_me, self.assign_other, self.unassign, None, self.status_menu, self.priority_menu,
                     self.category_menu, self.language_menu, self.tag, self.untag, None, self.resolve, self.snooze,
                     self.wake, self.spam,
                     self.not_spam, self.block, None, self.unread, self.note,
                     self.merge, None, self.undo):
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)

    # --- doing ------------------------------------------------------------------------------

    def _ids(self) -> list[int]:
        ids = self._selection()
        if not ids:
            self.failed.emit(InvalidInput(QCoreApplication.translate("TicketActions", "Select a ticket first.")))
        return ids

    def change(self, change: Change) -> None:
        ids = self._ids()
        if not ids:
            return
        store, agent = self._store, self._agent()
        self._run(lambda: apply(store, ids, change, actor=agent),
                  lambda done: self._done(done, summary=describe_change(change, agent)), self.failed.emit)

    def run(self, verb: Callable[..., Done]) -> None:
        """A verb of workstation.tickets over the selection (not spam, block sender...)."""
        ids = self._ids()
        if not ids:
            return
        store, agent = self._store, self._agent()
        self._run(lambda: verb(store, ids, actor=agent), self._done, self.failed.emit)

    def ask_block(self) -> None:
        answer = QMessageBox.question(
            self._parent, QCoreApplication.translate("TicketActions", "Block sender"),
            QCoreApplication.translate("TicketActions", "Every ticket of these senders goes to Spam, and so does "
                                       "their future mail, which then never reopens a ticket. Nothing is deleted; "
                                       "Not spam undoes it."))
        if answer == QMessageBox.StandardButton.Yes:
            self.run(block_sender)

    def mark_unread(self) -> None:
        ids = self._ids()
        if not ids:
            return
        store, agent = self._store, self._agent()
        self._run(lambda: mark_unseen(store, ids, agent=agent), lambda changes: self.changed.emit(
            QCoreApplication.translate("TicketActions", "Marked as unread."), changes), self.failed.emit)

    def choose_language(self, code: str) -> None:
        ids = self._ids()
        if not ids:
            return
        store, agent = self._store, self._agent()
        self._run(lambda: set_languages(store, ids, code, actor=agent), lambda changes: self.changed.emit(
            QCoreApplication.translate("TicketActions", "Replies, templates and saved replies now use %1.")
            .replace("%1", language_name(code)), changes), self.failed.emit)

    def _done(self, done: Done, changes: ChangeSet | None = None, summary: str | None = None) -> None:
        text = QCoreApplication.translate("TicketActions", "%1 on %2 tickets. Ctrl+Z undoes it.") \
            .replace("%1", summary or done.summary).replace("%2", str(len(done.tickets)))
        if done.warning:  # said, without stopping the agent (the box is not modal)
            self.warning = box = QMessageBox(
                QMessageBox.Icon.Warning, QCoreApplication.translate("TicketActions", "Different customers"),
                QCoreApplication.translate("TicketActions", "These tickets were from different customers. Both stay "
                                           "reachable: a reply on the merged ticket asks which of them to answer."),
                QMessageBox.StandardButton.Ok, self._parent)
            box.setObjectName("mergeWarning")
            box.open()
        self.changed.emit(text, done.changes if changes is None else changes)

    def ask_assignee(self) -> None:
        name, ok = QInputDialog.getText(self._parent, QCoreApplication.translate("TicketActions", "Assign"),
                                        QCoreApplication.translate("TicketActions", "Agent's name or e-mail:"))
        if ok and name.strip():
            self.change(Change(assignee=name.strip()))

    def ask_tag(self) -> None:
        name, ok = QInputDialog.getText(self._parent, QCoreApplication.translate("TicketActions", "Add tag"),
                                        QCoreApplication.translate("TicketActions", "Tag:"))
        if ok and name.strip():
            self.change(Change(tags_add=(name.strip(),)))

    def ask_untag(self) -> None:
        name, ok = QInputDialog.getText(self._parent, QCoreApplication.translate("TicketActions", "Remove tag"),
                                        QCoreApplication.translate("TicketActions", "Tag to remove:"))
        if ok and name.strip():
            self.change(Change(tags_remove=(name.strip(),)))

    def ask_snooze(self) -> None:
        choices = [QCoreApplication.translate("TicketActions", "Tomorrow at 9:00"), QCoreApplication.translate("TicketActions", "In 3 days at 9:00"),
                   QCoreApplication.translate("TicketActions", "Next Monday at 9:00"),
                   QCoreApplication.translate("TicketActions", "A day and time of my choosing…")]
        choice, ok = QInputDialog.getItem(self._parent, QCoreApplication.translate("TicketActions", "Snooze"),
                                          QCoreApplication.translate("TicketActions", "Hide from the queue until:"), choices, 0, False)
        if not ok:
            return
        today = datetime.now().astimezone()
        if choices.index(choice) == 3:
            chosen = self.ask_moment()
            if chosen is not None:
                self.change(Change(snoozed_until=chosen))
            return
        days = {0: 1, 1: 3, 2: (7 - today.weekday()) or 7}[choices.index(choice)]
        until = datetime.combine(today.date() + timedelta(days=days), time(9, 0)).astimezone()
        self.change(Change(snoozed_until=until))

    def ask_moment(self) -> datetime | None:
        """A day and time to snooze until, picked on a calendar (tomorrow at 9:00 to start with)."""
        dialog = QDialog(self._parent)
        dialog.setObjectName("snoozeUntilDialog")
        dialog.setWindowTitle(QCoreApplication.translate("TicketActions", "Snooze"))
        field = QDateTimeEdit(QDateTime(QDate.currentDate().addDays(1), QTime(9, 0)))
        field.setObjectName("snoozeUntil")
        field.setCalendarPopup(True)
        field.setMinimumDateTime(QDateTime.currentDateTime())
        label = QLabel(QCoreApplication.translate("TicketActions", "Hide from the queue &until:"))
        label.setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(label)
        layout.addWidget(field)
        layout.addWidget(buttons)
        self.moment_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return field.dateTime().toPython().astimezone()

    def ask_note(self, kind: str | None = None) -> None:
        ids = self._ids()
        if not ids:
            return
        text, ok = QInputDialog.getMultiLineText(self._parent,
                                                 QCoreApplication.translate("TicketActions", "Internal note"),
                                                 QCoreApplication.translate("TicketActions",
                                                                            "Only agents see it; never sent:"))
        if not ok or not text.strip():
            return
        store, agent, note_kind = self._store, self._agent(), kind or self.note_kind
        self._run(lambda: add_notes(store, ids, text, actor=agent, kind=note_kind),
                  lambda changes: self.changed.emit(QCoreApplication.translate("TicketActions", "Note added."),
                                                    changes), self.failed.emit)

    def ask_merge(self) -> None:
        ids = self._ids()
        if not ids:
            return
        target, ok = QInputDialog.getInt(self._parent, QCoreApplication.translate("TicketActions", "Merge"),
                                         QCoreApplication.translate("TicketActions", "Merge into ticket number:"),
                                         1, 1, 2_000_000_000)
        if not ok:
            return
        store, agent = self._store, self._agent()
        sources = [i for i in ids if i != target]

        def work() -> tuple[Done, ChangeSet]:
            done, changes = None, ChangeSet()
            for source in sources:
                done = merge(store, source, target, actor=agent)
                changes |= done.changes
            assert done is not None
            return done, changes

        self._run(work, lambda merged: self._done(*merged), self.failed.emit)

    def undo_last(self) -> None:
        store, agent = self._store, self._agent()

        def said(undone: Undone) -> None:
            if not undone.found:
                self.changed.emit(QCoreApplication.translate("TicketActions", "Nothing to undo."), undone.changes)
                return
            text = QCoreApplication.translate("TicketActions", "Undone on %1 tickets.").replace(
                "%1", str(len(undone.restored)))
            if undone.skipped:
                text += " " + QCoreApplication.translate("TicketActions", "Left alone, changed since: %1.").replace(
                    "%1", ", ".join(f"#{t}" for t in undone.skipped))
            self.changed.emit(text, undone.changes)

        self._run(lambda: undo_last(store, actor=agent), said, self.failed.emit)
