"""The main window: thin, one panel per concern.

It decides which page to show (first run, or the workspace), owns the
message channel (status bar) and hands each panel the store and the task
runner it needs. The panels do the rest.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ui.account_dialog import AddAccountDialog
from ui.accessibility import label_workspace
from ui.composer.composer import Composer, state_text
from ui.composer.in_place import RepliesInPlace
from ui.composer.outbox_controller import OutboxController
from ui.composer.outbox_dialog import OutboxDialog
from ui.places import install as install_places
from ui.desk import Desk
from ui.notify import Notifier, SyncStatus
from ui.errors import error_text, fact_text
from ui.first_run import FirstRunPage
from ui.supervisor.dashboard import DashboardDialog
from ui.guide.crisis import CrisisDialog, UpdateDialog
from ui.guide.playbook_editor import PlaybookEditor
from ui.live_updates import LiveUpdates
from ui.presence import PresenceKeeper
from ui.queue.panels import ViewKeyRole
from ui.queue.workspace import Workspace
from ui.settings import Settings
from ui.sync_controller import SyncController
from ui.theme import colour
from ui.tasks import Tasks
from workstation import demo, incidents, lessons, tickets
from workstation.accounts import Resynced, resync_folder
from workstation.changes import ChangeSet
from workstation.errors import MostradorError
from workstation.followups import LoopProposal, Overdue, complete_action, mark_overdue
from workstation.overview import Overview, load_overview
from workstation.resolution.actions import Catalogue
from workstation.resolution.gate import preload
from workstation.store.db import Store, describe
from workstation.workers import FlushFinished, SyncFinished

log = logging.getLogger(__name__)

FIRST_RUN_SAMPLE_SIZE = 300


class MainWindow(QMainWindow):
    # Emitted once the first screenful (first-run page, or the queue) is drawn with data.
    ready = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, agent: str | None = None,
                 review: Path | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # Who is working: from --agent, $MOSTRADOR_AGENT or this desk's settings; changed on the desk's button.
        self.agent = agent
        self.tasks = Tasks(self)
        self.tasks.error.connect(self.report_error)
        self.setWindowTitle(self.tr("Mostrador"))

        self.first_run = FirstRunPage()
        self.workspace = Workspace(store, self.tasks, agent=lambda: self.agent)
        label_workspace(self.workspace)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.first_run)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        self.message = QLabel()
        self.message.setObjectName("messageChannel")
        self.message.setWordWrap(True)  # a cause and what to do can take two lines: never cut short
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Store: %1").replace("%1", describe(
            store.location.database_url))))
        self.desk = Desk(self, settings or Settings())
        self.statusBar().addPermanentWidget(self.desk.agent_button)
        self.workspace.conversation.newest_first = self.desk.settings.newest_first
        self.desk.preferences_changed.connect(self._preferences_changed)
        self._view_restored = False

        self.sync = SyncController(store, self.tasks.run, self)
        self.sync.state_changed.connect(self._sync_state)
        self.sync.finished.connect(self._synced)
        self.sync.failed.connect(lambda _account, error: self.report_error(error))
        # One place for every inbox's sync (a bar while mail comes in, errors in full on a click).
        self.sync_status = SyncStatus()
        self.statusBar().insertPermanentWidget(1, self.sync_status)  # after the message channel (0)
        self.sync.progress.connect(self.sync_status.set_progress)
        self.sync.finished.connect(lambda account, _outcome: self.sync_status.set_finished(account))
        self.sync.failed.connect(lambda account, error: self.sync_status.set_failed(account, error_text(error)))
        self.notifier = Notifier(store, self.tasks.run, self.desk.settings, lambda: self.agent, self)
        self.notifier.open_ticket.connect(self.open_ticket)
        self.outbox = OutboxController(store, self)
        self.outbox.flushed.connect(self._flushed)
        self.outbox.failed.connect(self.report_error)
        self.live = LiveUpdates(store, self)  # team mode: other desks' changes, as they commit
        self.live.changed.connect(self.apply_changes)
        self.live.written.connect(self._others_changed)
        self.presence = PresenceKeeper(store, self.tasks.run, lambda: self.agent, self)  # team mode
        self.presence.seen.connect(self.workspace.model.set_presence)
        self.presence.seen.connect(self.workspace.conversation.set_presence)
        self.workspace.table.ticket_selected.connect(self.presence.view)
        self.workspace.model.loaded.connect(lambda *_: self.presence.read(self.workspace.model.ids()))
        self.promises = QTimer(self)  # promises past their date become missed, every minute
        self.promises.setInterval(60_000)
        self.promises.timeout.connect(self._keep_promises)
        # The reply being written: under the conversation it answers, or popped out in its own window.
        self.replies = RepliesInPlace(store, self.tasks.run, self.workspace, self.desk.settings, self.presence,
                                      lambda: self.agent, self.open_ticket, self)
        self.replies.queued.connect(self._queued)
        self.replies.agent_chosen.connect(self._agent_chosen)
        self.workspace.conversation.reply_requested.connect(self.reply_to)
        self.workspace.reply_shortcut.connect(self.workspace.conversation.request_reply)
        self.workspace.conversation.action_done_requested.connect(self.mark_action_done)
        self.workspace.conversation.split_requested.connect(self.split_message)
        self.workspace.model.set_agent(agent)
        self.workspace.actions.changed.connect(self._tickets_changed)
        self.workspace.actions.failed.connect(self.report_error)
        self.workspace.saved.connect(lambda _name: self.apply_changes(ChangeSet.of(views=("saved",))))
        self.workspace.conversation.message.connect(lambda text, error: self.say(text, error=error))
        self.workspace.guide.message.connect(lambda text, error: self.say(text, error=error))
        self.workspace.guide.changed.connect(self.apply_changes)

        self.first_run.add_inbox.connect(self.add_inbox)
        self.first_run.try_sample.connect(self.load_sample)
        self.workspace.banner.remove_requested.connect(self.remove_sample)
        self.workspace.set_aside.resync_requested.connect(self.resync_folder)
        self.workspace.model.loaded.connect(self._first_ready)
        self.workspace.model.load_failed.connect(self.report_error)
        self._build_menus()
        self.review = review
        if review is not None:
            self._review_mode(review)
        else:
            self.desk.keep_owner()  # in the store's timeline, where the command line sees it too
        self.places = install_places(self)  # the customer record, the review-pack export
        self._is_ready = False
        self.desk.restore_layout()
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add = QAction(self.tr("&Add a support inbox…"), self)
        add.triggered.connect(self.add_inbox)
        file_menu.addAction(add)
        inboxes = QAction(self.tr("&Inboxes…"), self)
        inboxes.triggered.connect(self.show_inboxes)
        file_menu.addAction(inboxes)
        self.remove_sample_action = QAction(self.tr("&Remove sample data"), self)
        self.remove_sample_action.triggered.connect(self.remove_sample)
        file_menu.addAction(self.remove_sample_action)
        self.team_action = QAction(self.tr("&Team database…"), self)
        self.team_action.setObjectName("teamAction")
        self.team_action.triggered.connect(self.show_team_setup)
        file_menu.addAction(self.team_action)
        file_menu.addSeparator()
        file_menu.addAction(self.desk.preferences_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        sync_action = QAction(self.tr("&Sync mail now"), self)
        sync_action.setShortcut(QKeySequence("F5"))
        sync_action.triggered.connect(lambda: self.sync.sync_all())
        file_menu.insertAction(file_menu.actions()[1], sync_action)
        outbox_action = QAction(self.tr("&Outbox…"), self)
        outbox_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        outbox_action.triggered.connect(self.show_outbox)
        file_menu.insertAction(file_menu.actions()[2], outbox_action)
        crisis_action = QAction(self.tr("&Crisis mode…"), self)
        crisis_action.triggered.connect(lambda: self.show_crisis())
        file_menu.insertAction(file_menu.actions()[3], crisis_action)
        editor_action = QAction(self.tr("&Playbooks…"), self)
        editor_action.triggered.connect(self.show_playbook_editor)
        file_menu.insertAction(file_menu.actions()[4], editor_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        reload_action = QAction(self.tr("&Refresh"), self)
        reload_action.setShortcut(QKeySequence("Ctrl+R"))
        reload_action.triggered.connect(self.refresh)
        view_menu.addAction(reload_action)
        default_order = QAction(self.tr("&Default order (what is due first)"), self)
        default_order.triggered.connect(self.workspace.table.default_order)
        view_menu.addAction(default_order)
        supervise = self.supervise_menu = self.menuBar().addMenu(self.tr("&Supervise"))
        dashboard_action = QAction(self.tr("&Dashboard…"), self)
        dashboard_action.setShortcut(QKeySequence("Ctrl+D"))
        dashboard_action.triggered.connect(self.show_dashboard)
        supervise.addAction(dashboard_action)
        lesson_action = QAction(self.tr("Record a &lesson…"), self)
        lesson_action.triggered.connect(self.record_lesson)
        supervise.addAction(lesson_action)
        ticket_menu = self.ticket_menu = self.menuBar().addMenu(self.tr("&Ticket"))
        self.workspace.actions.fill(ticket_menu)
        help_menu = self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Mostrador"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- state ----------------------------------------------------------------------

    def apply_changes(self, changes: ChangeSet) -> None:
        """Redraw what ``changes`` touched, wherever the write ran (this desk, a worker, another desk): the
        counts, and only the queue's rows it names (the agent's selection and scroll stay). ``everything``
        reads it all again."""
        if not changes:
            return
        self.presence.read(changes.tickets)  # team mode: who else is on these tickets
        if changes.everything or self.pages.currentWidget() is not self.workspace:
            self.refresh()
            return
        store, agent = self.store, self.agent
        self.tasks.run(lambda: load_overview(store, agent), self._show_counts)
        if changes.tickets or changes.removed:
            self.workspace.model.refresh_rows(changes.tickets, changes.removed)

    def _others_changed(self, changes: ChangeSet) -> None:
        """Another desk changed the ticket shown (a note, a tag, an action): its conversation is read again."""
        shown = self.workspace.conversation.shown_ticket()
        if shown is not None and (changes.everything or shown in changes.tickets):
            self.workspace.conversation.reload()

    def _show_counts(self, overview: Overview) -> None:
        """The counts, the banners and the sidebar, leaving the queue's rows alone."""
        if self.review is None and overview.accounts == 0 and overview.tickets == 0:
            self._show_overview(overview)  # the last ticket went: back to the first-run page
            return
        self.remove_sample_action.setEnabled(overview.sample_tickets > 0)
        if self.review is not None:
            overview = Overview(overview.accounts or 1, overview.tickets, 0, overview.views)
        self.workspace.show_overview(overview)
        self.notifier.set_waiting(next((count for view, count in overview.views if view.key == "mine"), 0))

    def refresh(self) -> None:
        store, agent = self.store, self.agent
        self.tasks.run(lambda: load_overview(store, agent), self._show_overview)

    def _preferences_changed(self) -> None:
        """What applies at once: the conversation's order (language and colours wait for the next start)."""
        self.workspace.conversation.newest_first = self.desk.settings.newest_first
        self.workspace.conversation.reload()
        self.replies.settings_changed()

    def set_agent(self, name: str | None) -> None:
        """Work as ``name`` from now on: My queue, ``assignee:me`` and every signature mean them."""
        self.agent = name or None
        self.workspace.model.set_agent(self.agent)
        last = self.desk.last_view()
        if last:
            self._select_view(last)
        self.refresh()

    def _show_overview(self, overview: Overview) -> None:
        self.remove_sample_action.setEnabled(overview.sample_tickets > 0)
        if self.review is not None:
            overview = Overview(overview.accounts or 1, overview.tickets, 0, overview.views)  # never first-run
        if overview.accounts == 0 and overview.tickets == 0:
            self.pages.setCurrentWidget(self.first_run)
            self._first_ready()
            return
        self.pages.setCurrentWidget(self.workspace)
        self.workspace.show_overview(overview)
        self.notifier.set_waiting(next((count for view, count in overview.views if view.key == "mine"), 0))
        if not self._view_restored:
            self._view_restored = True
            last = self.desk.last_view()
            if last:
                self._select_view(last)  # where this agent was when the window last closed
        key = self.workspace.sidebar.current_key() or "open"
        if key == self.workspace.model.view() and self.workspace.model.rowCount():
            self.workspace.refresh_in_place()  # a sync or a change: keep the agent's place
        else:
            self.workspace.model.set_view(key)

    def _first_ready(self) -> None:
        if not self._is_ready:
            self._is_ready = True
            # Everything built so far lives as long as the window: keep it out of the garbage collector's
            # full passes, which otherwise walk it again and again while the agent scrolls.
            gc.freeze()
            self.ready.emit()

    def is_ready(self) -> bool:
        return self._is_ready

    # --- actions --------------------------------------------------------------------

    def add_inbox(self) -> None:
        dialog = AddAccountDialog(self.store, self.tasks.run, self)
        if dialog.exec():
            self.say(self.tr("Inbox added. Its password or sign-in is in your keyring."))
            self.refresh()
            self.sync.sync_all()

    def show_inboxes(self) -> None:
        """File › Inboxes…: edit, test, sign in again, pause or remove an inbox."""
        from ui.accounts_dialog import InboxesDialog

        dialog = InboxesDialog(self.store, self.tasks.run, self)
        dialog.changed.connect(self.apply_changes)
        dialog.exec()

    def _sync_state(self, account: str, text: str) -> None:
        self.sync_status.set_state(account, text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.replies.close()  # its draft kept, and the queue's height given back before it is saved
        self.desk.save_layout()
        self.hide()  # gone at once; the sync and outbox processes finish their batch behind it
        self.notifier.stop()
        self.promises.stop()
        self.live.stop()
        self.presence.stop()
        self.sync.shutdown()
        self.outbox.shutdown()
        self.tasks.wait()
        super().closeEvent(event)

    def load_sample(self) -> None:
        store = self.store
        self.first_run.set_busy(self.tr("Writing sample tickets…"))

        def done(result: demo.SeedResult) -> None:
            self.first_run.set_busy(None)
            self.apply_changes(result.changes)

        def failed(exc: BaseException) -> None:
            self.first_run.set_busy(None)
            self.report_error(exc)

        self.tasks.run(lambda: demo.seed(store, FIRST_RUN_SAMPLE_SIZE), done, failed)

    def remove_sample(self) -> None:
        store = self.store

        def removed(result: demo.Removed) -> None:
            self.say(self.tr("Removed %1 sample tickets.").replace("%1", str(result.count)))
            self.apply_changes(result.changes)

        self.tasks.run(lambda: demo.remove_sample_data(store), removed)

    def _synced(self, _account: str, outcome: SyncFinished) -> None:
        if outcome.new:
            self.notifier.check()  # a customer may have written on one of this agent's tickets
        # New mail, flags changed or messages expunged on the server, a folder set aside (its banner).
        self.apply_changes(outcome.changes)

    def resync_folder(self, account: str, folder: str) -> None:
        answer = QMessageBox.question(self, self.tr("Start the folder afresh"), self.tr(
            "%1 will be read again from the server as it is now. The messages stored before stay with their "
            "tickets, marked as no longer on the server. Go ahead?").replace("%1", f"{account} · {folder}"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.store

        def done(result: Resynced) -> None:
            self.say(self.tr("%1 starts afresh; the %2 messages stored before are kept.")
                     .replace("%1", folder).replace("%2", str(result.kept)))
            self.apply_changes(result.changes)
            self.sync.sync(account)

        self.tasks.run(lambda: resync_folder(store, account, folder), done)

    # --- replies ----------------------------------------------------------------------

    @property
    def composer(self) -> Composer | None:
        """The reply being written, if any (under the conversation, or popped out)."""
        return self.replies.composer

    def reply_to(self, ticket_id: int, proposal: LoopProposal | None = None) -> None:
        self.replies.reply_to(ticket_id, proposal)

    def _open_composer(self, ticket_id: int, proposal: LoopProposal | None) -> None:
        self.replies.open(ticket_id, proposal)

    def mark_action_done(self, action_id: int) -> None:
        """The promise is kept: record it, then propose the message that tells the customer (and what changed)."""
        change, ok = QInputDialog.getText(
            self, self.tr("Promise kept"), self.tr("What changed because the customer complained? (optional, it goes "
                                                   "into the message you can still edit)"))
        if not ok:
            return
        store, agent = self.store, self.agent

        def opened(proposal: LoopProposal) -> None:
            self.apply_changes(proposal.changes)
            self.workspace.conversation.reload()
            self.reply_to(proposal.ticket_id, proposal)

        self.tasks.run(lambda: complete_action(store, action_id, change=change.strip() or None, actor=agent), opened)

    def split_message(self, message_id: int) -> None:
        """One message was about another problem: it becomes a ticket of its own (undoable)."""
        store, agent = self.store, self.agent

        def done(result: tickets.Done) -> None:
            self._tickets_changed(self.tr("Message split into ticket #%1. Ctrl+Z undoes it.")
                                  .replace("%1", str(result.tickets[1])), result.changes)

        self.tasks.run(lambda: tickets.split(store, message_id, actor=agent), done)

    def start_background(self) -> None:
        """What runs on its own while the window is open: sync, the outbox, promises falling due."""
        self.sync.start()
        self.outbox.start()
        self.outbox.flush()  # what was queued before the window closed goes now
        self.promises.start()
        self.notifier.start()

    def _keep_promises(self) -> None:
        store = self.store

        def marked(overdue: Overdue) -> None:
            if overdue.count:
                self.say(self.tr("%1 promises are past their date: see Promises to keep.")
                         .replace("%1", str(overdue.count)), error=True)
                self.apply_changes(overdue.changes)

        self.tasks.run(lambda: mark_overdue(store), marked)

    def _agent_chosen(self, name: str) -> None:
        if name and name != self.agent:
            # Shown in the status bar and remembered, never silently; a switch the desk's owner may not make
            # is refused and the composer goes back to whoever acts here.
            composer = self.composer

            def refused() -> None:
                if composer is not None and composer is self.composer:  # not closed or sent meanwhile
                    composer.set_replying(self.agent)

            self.desk.choose(name, refused=refused)

    def _tickets_changed(self, summary: str, changes: ChangeSet) -> None:
        self.say(summary)
        self.apply_changes(changes)
        self.workspace.conversation.reload()

    def _queued(self, reply_id: int, state: str, changes: ChangeSet, _ticket: int) -> None:
        self.say(self.tr("Reply #%1 %2.").replace("%1", str(reply_id)).replace("%2", state_text(state)))
        if state == "queued":
            self.outbox.flush()
        self.apply_changes(changes)

    def _review_mode(self, pack: Path) -> None:
        """A review pack: read everything; write only coaching notes and flags, kept in the pack."""
        self.setWindowTitle(self.tr("Mostrador: review pack %1 (read-only)").replace("%1", pack.name))
        for action in self.menuBar().actions():
            if action.menu() is not None and action.menu() is not self.supervise_menu:
                action.setVisible(action.menu() is self.ticket_menu or action.menu() is self.help_menu)
        actions = self.workspace.actions
        actions.note_kind = "coaching"
        actions.note.setText(self.tr("Coaching note…"))
        self.ticket_menu.clear()
        for action in (actions.note, actions.flag):
            self.ticket_menu.addAction(action)
        for action in (actions.assign_me, actions.resolve, actions.snooze, actions.undo):
            action.setEnabled(False)
        self.workspace.conversation.reply_button.hide()
        self.workspace.banner.pin(self.tr(
            "Review pack, read-only: nothing here changes the live queue or reaches a customer. Your coaching "
            "notes (N) and flags (F) are saved in this file; back at the office, `python -m workstation import "
            "review-notes %1` brings them in.").replace("%1", pack.name))
        self.workspace.guide.hide()  # starting a guide is work on the live ticket, not a review
        self.workspace.conversation.read_only = True

    def open_ticket(self, ticket_id: int) -> None:
        self.workspace.show_ticket_anywhere(ticket_id)
        self.workspace.guide.show_ticket(ticket_id)

    def show_dashboard(self) -> DashboardDialog:
        dialog = DashboardDialog(self.store, self.tasks.run, self)
        dialog.open_ticket.connect(self.open_ticket)
        dialog.show()
        return dialog

    def record_lesson(self) -> None:
        """From the selected ticket's kind of complaint: the root cause, the change made, and telling those
        who complained what changed (through the gate)."""
        selected = self.workspace.table.selected_ids()
        if not selected:
            self.say(self.tr("Select a ticket of the kind of complaint the lesson is about."), error=True)
            return
        cause, ok = QInputDialog.getMultiLineText(self, self.tr("Lesson"), self.tr("What was the root cause?"))
        if not ok or not cause.strip():
            return
        change, ok = QInputDialog.getMultiLineText(self, self.tr("Lesson"), self.tr("What did we change?"))
        if not ok or not change.strip():
            return
        match, ok = QInputDialog.getText(self, self.tr("Lesson"), self.tr(
            "Which words did the customers who complained about it use? Whole words; \"quotes\" for a phrase. "
            "Empty: only this ticket's customer."))
        if not ok:
            return
        store, agent, ticket_id = self.store, self.agent, selected[0]

        def record() -> tuple[lessons.Recorded, Catalogue]:
            lesson = lessons.add(store, root_cause=cause, change_made=change, ticket_id=ticket_id, actor=agent,
                                 match=match.strip() or None)
            return lesson, preload((store.location.data_dir,))

        self.tasks.run(record, self._offer_to_tell)

    def _offer_to_tell(self, recorded: tuple[lessons.Recorded, Catalogue]) -> None:
        lesson, actions_catalogue = recorded
        lesson_id, customers = lesson.id, lesson.customers
        self.apply_changes(lesson.changes)
        self.say(self.tr("Lesson recorded; %1 customers complained about this.").replace("%1", str(customers)))
        if not customers:
            return
        store = self.store
        self.tasks.run(lambda: lessons.recipients(store, lesson_id),
                       lambda found: self._tell(lesson_id, found, actions_catalogue))

    def _tell(self, lesson_id: int, found: list[incidents.Recipient], actions_catalogue: Catalogue) -> None:
        customers = len(found)
        dialog = UpdateDialog(self.store, customers, False, self, catalogue=actions_catalogue, recipients=found,
                              title=self.tr("Tell them what changed"),
                              hint=self.tr("Goes to each of the %1 customers who complained about this, on their "
                                           "latest ticket of that kind; {change} is what you changed."),
                              start=self.tr("Hello {name}: because you told us, we have changed this: {change}. "))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store, agent = self.store, self.agent
        text, actions, only = dialog.text.toPlainText(), dialog.panel.actions(), dialog.chosen()

        def told(result: lessons.Told) -> None:
            self.say(self.tr("%1 customers will hear what changed.").replace("%1", str(len(result.tickets))))
            self.apply_changes(result.changes)
            self.outbox.flush()

        self.tasks.run(lambda: lessons.tell(store, lesson_id, text, actions, actor=agent, only=only), told)

    def show_view(self, key: str) -> None:
        """Open a view of the sidebar by its key (``spam``, ``all``...)."""
        sidebar = self.workspace.sidebar
        for index in range(sidebar.topLevelItemCount()):
            item = sidebar.topLevelItem(index)
            if item.data(0, ViewKeyRole) == key:
                sidebar.setCurrentItem(item)
                return
        self.say(self.tr("There is no view %1.").replace("%1", key), error=True)

    def _select_view(self, key: str) -> bool:
        """Make ``key`` the sidebar's current view without loading it (the caller does)."""
        sidebar = self.workspace.sidebar
        for index in range(sidebar.topLevelItemCount()):
            item = sidebar.topLevelItem(index)
            if item.data(0, ViewKeyRole) == key:
                sidebar.blockSignals(True)
                sidebar.setCurrentItem(item)
                sidebar.blockSignals(False)
                return True
        return False

    def show_crisis(self, *, update: int | None = None) -> None:
        dialog = CrisisDialog(self.store, self.tasks.run, self.workspace.table.selected_ids, lambda: self.agent, self)
        if update is not None:
            dialog.update_when_loaded(update)
        dialog.message.connect(lambda text, error: self.say(text, error=error))
        dialog.changed.connect(self.apply_changes)
        dialog.changed.connect(lambda _changes: self.outbox.flush())
        dialog.show()

    def show_playbook_editor(self) -> None:
        dialog = PlaybookEditor(self.store.location.data_dir, self.tasks.run, self)
        dialog.saved.connect(lambda _key: self.workspace.guide.reload())
        dialog.show()

    def show_outbox(self) -> None:
        dialog = OutboxDialog(self.store, self.tasks.run, self)
        dialog.changed.connect(self.apply_changes)
        dialog.changed.connect(lambda _changes: self.outbox.flush())
        dialog.show()

    def _flushed(self, summary: FlushFinished) -> None:
        if summary.uncertain or summary.failed:
            self.say(self.tr("Some replies need you: open File › Outbox to decide."), error=True)
        elif summary.sent:
            self.say(self.tr("%1 replies sent.").replace("%1", str(summary.sent)))
        elif summary.problems:
            self.say(fact_text(summary.problems[0]), error=True)
        elif summary.errors:
            self.say(summary.errors[0], error=True)
        self.apply_changes(summary.changes)
        if summary.sent or summary.found_in_sent:
            self.workspace.conversation.reload()

    # --- the message channel ------------------------------------------------------------

    def show_team_setup(self) -> None:
        from ui.team_setup import TeamSetupDialog

        self.team_setup = TeamSetupDialog(self.tasks.run, self)
        self.team_setup.open()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {colour('error')}" if error else "")
        self.message.setText(text)

    def report_error(self, exc: BaseException) -> None:
        if isinstance(exc, MostradorError):
            self.say(error_text(exc), error=True)
            if exc.code == "agent_needed":
                self.desk.ask_identity(error_text(exc))
        else:
            self.say(self.tr("Something went wrong inside Mostrador (%1); details are in the log.")
                     .replace("%1", type(exc).__name__), error=True)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Mostrador"), self.tr(
            "Mostrador: every support inbox in one queue, every answer a concrete action."))
