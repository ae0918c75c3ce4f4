"""The workspace: views sidebar, search, the queue and the conversation, and
the banner that marks sample data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.formatting import number
from ui.theme import colour
from ui.queue.model import TicketTableModel
from ui.guide.playbook_panel import PlaybookPanel
from ui.queue.conversation_pane import ConversationPane
from ui.queue.panels import QueueTable, ViewsSidebar
from ui.queue.ticket_actions import TicketActions
from ui.tasks import Tasks
from ui.timers import debouncer
from workstation import queue
from workstation.accounts import SetAside
from workstation.changes import ChangeSet
from workstation.conversation import Conversation
from workstation.seen import mark_seen
from workstation.store.db import Store
from workstation.overview import Overview
from workstation.store.search import terms

#: How long the row the queue selected by itself stays in front of the agent before it counts as seen.
SEEN_AFTER_MS = 3000


class SetAsideBanner(QFrame):
    """A folder the sync stopped syncing, why, and the way out: start it afresh (local copies kept)."""

    resync_requested = Signal(str, str)  # account, folder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setAsideBanner")
        self.setStyleSheet(f"#setAsideBanner {{ background: {colour('alert_bg')}; border: 1px solid "
                           f"{colour('alert_border')}; border-radius: 4px; }}"
                           f"#setAsideBanner QLabel {{ color: {colour('alert_text')}; }}")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("Start this folder afresh (local copies kept)"))
        self.button.setObjectName("resyncButton")
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.folder: SetAside | None = None
        self.hide()

    def set_folders(self, folders: tuple[SetAside, ...]) -> None:
        self.folder = folders[0] if folders else None
        self.setVisible(self.folder is not None)
        if self.folder is None:
            return
        more = len(folders) - 1
        text = self.tr("%1 · %2 is no longer synced: the server renumbered its messages and they could not be "
                       "matched with the copies here. Nothing stored is lost.") \
            .replace("%1", self.folder.account).replace("%2", self.folder.folder)
        if more:
            text += " " + self.tr("(and %1 more)").replace("%1", str(more))
        self.text.setText(text)
        self.text.setToolTip(self.folder.reason)

    def _clicked(self) -> None:
        if self.folder is not None:
            self.resync_requested.emit(self.folder.account, self.folder.folder)


class SampleBanner(QFrame):
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setStyleSheet(f"#sampleBanner {{ background: {colour('sample_bg')}; border: 1px solid "
                           f"{colour('sample_border')}; border-radius: 4px; }}"
                           f"#sampleBanner QLabel {{ color: {colour('sample_text')}; }}")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove sample data"))
        self.remove_button.setObjectName("removeSampleButton")
        self.remove_button.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.remove_button)
        self._pinned = False

    def pin(self, text: str) -> None:
        """A notice that stays whatever the sample count (a review pack's), without the remove button."""
        self._pinned = True
        self.text.setText(text)
        self.remove_button.hide()
        self.show()

    def set_count(self, count: int) -> None:
        if self._pinned:
            return
        self.setVisible(count > 0)
        self.text.setText(self.tr("Sample data: %1 invented tickets, not real customers. Nothing here is sent "
                                  "to anyone.").replace("%1", number(count)))


class Workspace(QWidget):
    """Sidebar of views, the queue, the conversation."""

    reply_shortcut = Signal()
    # A search was saved as a view (its name): the sidebar re-reads.
    saved = Signal(str)

    def __init__(self, store: Store, tasks: Tasks, parent: QWidget | None = None, *,
                 agent: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(parent)
        self._store = store
        self._tasks = tasks
        self._agent = agent
        self._marked: tuple[int, int] | None = None  # the ticket last marked seen, and up to which message
        # The ticket the queue selected by itself (its first row, as the view opened): nobody chose to read it,
        # so it is marked seen only once the agent picks it, or after it was in front of them for a moment.
        self._chosen_by_queue: int | None = None
        self._shown_unchosen: Conversation | None = None
        self._seen_after_a_moment = debouncer(self, SEEN_AFTER_MS, self._shown_for_a_moment)
        self.banner = SampleBanner()
        self.set_aside = SetAsideBanner()
        self.sidebar = ViewsSidebar()
        self.model = TicketTableModel(store, tasks.run, self)
        self.table = QueueTable(self.model)
        self.conversation = ConversationPane(store, tasks.run)
        self.empty = QLabel(self.tr("Nothing in this view. New mail lands in Open as it syncs in."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("queueEmpty")

        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search subject, message and customer   ( / )"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = debouncer(self, 250, self._search_now)  # search as you type, once typing pauses
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.setToolTip(self.tr("Words search subject, messages and customer. Filters: from: inbox: status: "
                                       "tag: assignee: (me, none) priority: category: before: after: (YYYY-MM-DD)"))
        self.save_search = QPushButton(self.tr("Save search…"))
        self.save_search.setObjectName("saveSearchButton")
        self.save_search.setEnabled(False)
        self.search.textChanged.connect(lambda text: self.save_search.setEnabled(bool(text.strip())))
        self.save_search.clicked.connect(self.ask_save_search)
        self.actions = TicketActions(store, tasks.run, lambda: self.table.selected_ids(), agent, self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        queue_stack = QStackedWidget()
        queue_stack.addWidget(self.table)
        queue_stack.addWidget(self.empty)
        self._queue_stack = queue_stack
        queue_column = QWidget()
        column_layout = QVBoxLayout(queue_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.save_search)
        column_layout.addLayout(search_row)
        column_layout.addWidget(queue_stack, 1)
        self._shortcuts()

        # The queue over the conversation, as in a mail client's classic view:
        # the table gets the full width its columns need.
        self.guide = PlaybookPanel(store, tasks.run, agent)
        self.guide.setMinimumWidth(260)
        story = QSplitter(Qt.Orientation.Horizontal)
        story.addWidget(self.conversation)
        story.addWidget(self.guide)
        story.setStretchFactor(0, 3)
        story.setStretchFactor(1, 1)
        story.setSizes([880, 300])
        story.setChildrenCollapsible(False)
        reading = QSplitter(Qt.Orientation.Vertical)
        reading.addWidget(queue_column)
        reading.addWidget(story)
        reading.setSizes([470, 330])
        reading.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(reading)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1180])
        splitter.setChildrenCollapsible(False)
        # Saved and restored by the desk (ui/desk.py), by these keys.
        self.splitters = {"main": splitter, "reading": reading, "story": story}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.set_aside)
        layout.addWidget(splitter, 1)

        self.sidebar.view_chosen.connect(self.model.set_view)
        self.table.ticket_selected.connect(self._ticket_selected)
        self.table.ticket_selected.connect(self.conversation.show_ticket)
        self.table.clicked.connect(lambda _index: self._agent_chose_current())
        self.table.ticket_selected.connect(self.guide.show_ticket)
        self.guide.changed.connect(lambda _changes: self.conversation.reload())
        self.conversation.ticket_requested.connect(self.show_ticket_anywhere)
        self.conversation.shown.connect(self._mark_seen)
        self.model.loaded.connect(self._loaded)
        self.model.stale.connect(self.refresh_in_place)
        self.model.rows_refreshed.connect(
            lambda: self._queue_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty))

    def _shortcuts(self) -> None:
        """Keys an agent uses all day; each also has a mouse path."""
        for key, slot in (("J", lambda: self.move(1)), ("K", lambda: self.move(-1)),
                          ("/", self.focus_search), ("Return", self.open_current),
                          ("?", self.show_shortcuts), ("R", self._reply_key)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _search_now(self) -> None:
        text = self.search.text()
        self.model.set_search(text)
        self.conversation.set_highlight(terms(queue.parse_query(text).text))

    def show_ticket_anywhere(self, ticket_id: int) -> None:
        """Open a ticket that may not be in this view (a customer's other ticket)."""
        ids = self.model.ids()
        if ticket_id in ids:
            # That row alone, whatever keys are held (Ctrl still down from Ctrl+Enter would add it instead).
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(self.model.index(ids.index(ticket_id), 0),
                                                        flags.ClearAndSelect | flags.Rows)
            self.table.scrollTo(self.table.currentIndex())
        else:
            self.table.clearSelection()
            self.conversation.show_ticket(ticket_id)

    def _ticket_selected(self, ticket_id: int) -> None:
        if ticket_id != self._chosen_by_queue:  # the agent moved: what is shown now is their choice
            self._chosen_by_queue = None
            self._shown_unchosen = None
            self._seen_after_a_moment.stop()

    def _agent_chose_current(self) -> None:
        """A click on the row the queue had selected by itself (or Enter on it): the agent reads it now."""
        self._chosen_by_queue = None
        self._seen_after_a_moment.stop()
        conv, self._shown_unchosen = self._shown_unchosen, None
        if conv is not None and conv.ticket_id == self.table.current_id():
            self._mark_seen(conv)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Out of sight (the window closed or hidden), nothing counts as in front of the agent; and no timer of
        ours is left running for whichever thread finally deletes the window."""
        self._seen_after_a_moment.stop()
        super().hideEvent(event)

    def _shown_for_a_moment(self) -> None:
        conv = self._shown_unchosen
        if conv is not None and conv.ticket_id == self.table.current_id() and self.isVisible():
            self._agent_chose_current()

    def _mark_seen(self, conv: Conversation) -> None:
        """The conversation is in front of the agent: its customer messages are seen, at once (Thunderbird's
        default). Shown again with nothing newer (a change redrawn, after "Mark as unread"), it stays as is.
        The row the queue selected by itself when the view opened waits for the agent (a click, Enter) or
        for SEEN_AFTER_MS in front of them."""
        if self.conversation.read_only or not self.isVisible():  # a closed window shows nothing to anyone
            return
        if conv.ticket_id == self._chosen_by_queue:
            self._shown_unchosen = conv
            if not self._seen_after_a_moment.isActive():
                self._seen_after_a_moment.start()
            return
        up_to = max((entry.message_id for entry in conv.entries if entry.message_id is not None
                     and not entry.outbound), default=0)
        if self._marked is not None and self._marked[0] == conv.ticket_id and up_to <= self._marked[1]:
            return
        self._marked = (conv.ticket_id, up_to)
        if not up_to:
            return
        store, agent, ticket = self._store, self._agent(), conv.ticket_id
        self._tasks.run(lambda: mark_seen(store, ticket, up_to, agent=agent), self._seen)

    def _seen(self, changes: ChangeSet) -> None:
        """Only the row changes (no count does): read again, without the window's whole apply_changes. The
        window may have closed while the mark was written: then there is nothing to redraw."""
        if isValid(self.model):
            self.model.reread(changes.tickets)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid() and index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        menu = QMenu(self)
        self.actions.fill(menu)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def refresh_in_place(self) -> None:
        """Re-read the rows shown, keeping the selection, the current ticket and the scroll position."""
        restore = self.table.keep_place()

        def once() -> None:
            self.model.refreshed.disconnect(once)
            restore()
            self._queue_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)

        self.model.refreshed.connect(once)
        self.model.refresh()

    def ask_save_search(self) -> None:
        query = self.search.text().strip()
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name of the view:"), text=query[:40])
        if not ok or not name.strip():
            return
        store = self._store
        self._tasks.run(lambda: queue.save_search(store, name.strip(), query), lambda _r: self.saved.emit(name.strip()))

    def move(self, step: int) -> None:
        """Next (j) or previous (k) ticket in the queue."""
        if self.search.hasFocus():
            return
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        target = min(max(current + step, 0), rows - 1) if current >= 0 else 0
        self.table.selectRow(target)
        self.table.setFocus()

    def _reply_key(self) -> None:
        if not self.search.hasFocus():
            self.reply_shortcut.emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_current(self) -> None:
        if self.table.hasFocus() and self.table.currentIndex().isValid():
            self._agent_chose_current()
            self.conversation.browser.setFocus()

    def show_shortcuts(self) -> None:
        if self.search.hasFocus():
            return
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.tr(
            "j / k: next / previous ticket\nEnter: read the conversation\nr: reply\na: assign to me\n"
            "s: snooze\ne: resolve\nn: internal note\nCtrl+Z: undo the last change\n/: search\n"
            "F5: sync mail now\nCtrl+R: refresh\n?: this sheet"))

    def _loaded(self) -> None:
        if self.model.search():
            self.empty.setText(self.tr("No ticket in this view matches “%1”. Try other words, or the All view.")
                               .replace("%1", self.model.search()))
        else:
            self.empty.setText(self.tr("Nothing in this view. New mail lands in Open as it syncs in."))
        self._queue_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        if self.model.rowCount() and not self.table.fitted:
            self.table.fit_columns()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            first = self.model.row_at(0)
            self._chosen_by_queue = first.id if first is not None else None
            self.table.selectRow(0)

    def show_overview(self, overview: Overview) -> None:
        self.banner.set_count(overview.sample_tickets)
        self.set_aside.set_folders(overview.set_aside)
        self.sidebar.set_views(overview.views)
