"""The workspace: views sidebar, search, the queue and the conversation, and
the banner that marks sample data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from ui.queue.model import TicketTableModel
from ui.queue.panels import ConversationPane, QueueTable, ViewsSidebar
from ui.tasks import Tasks
from workstation import queue
from workstation.store.db import Store
from workstation.store.models import Account, Ticket


@dataclass(frozen=True)
class Overview:
    accounts: int
    tickets: int
    sample_tickets: int
    views: list[tuple[queue.View, int]]


def load_overview(store: Store) -> Overview:
    with store.read() as session:
        accounts = session.scalar(select(func.count()).select_from(Account)) or 0
        tickets = session.scalar(select(func.count()).select_from(Ticket)) or 0
        sample = session.scalar(select(func.count()).select_from(Ticket).where(Ticket.is_sample.is_(True))) or 0
        return Overview(accounts, tickets, sample, queue.views(session))


class SampleBanner(QFrame):
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleBanner")
        self.setStyleSheet("#sampleBanner { background: #fff4c2; border: 1px solid #e0c060; border-radius: 4px; }"
                           "#sampleBanner QLabel { color: #4a3b00; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        button = QPushButton(self.tr("Remove sample data"))
        button.setObjectName("removeSampleButton")
        button.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(button)

    def set_count(self, count: int) -> None:
        self.text.setText(self.tr("Sample data: %1 invented tickets, not real customers. Nothing here is sent "
                                  "to anyone.").replace("%1", f"{count:,}".replace(",", "\u202f")))


class Workspace(QWidget):
    """Sidebar of views, the queue, the conversation."""

    reply_shortcut = Signal()

    def __init__(self, store: Store, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = SampleBanner()
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
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)  # search as you type, once typing pauses
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))

        queue_stack = QStackedWidget()
        queue_stack.addWidget(self.table)
        queue_stack.addWidget(self.empty)
        self._queue_stack = queue_stack
        queue_column = QWidget()
        column_layout = QVBoxLayout(queue_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.search)
        column_layout.addWidget(queue_stack, 1)
        self._shortcuts()

        # The queue over the conversation, as in a mail client's classic view:
        # the table gets the full width its columns need.
        reading = QSplitter(Qt.Orientation.Vertical)
        reading.addWidget(queue_column)
        reading.addWidget(self.conversation)
        reading.setSizes([470, 330])
        reading.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(reading)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1180])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.sidebar.view_chosen.connect(self.model.set_view)
        self.table.ticket_selected.connect(self.conversation.show_ticket)
        self.model.loaded.connect(self._loaded)

    def _shortcuts(self) -> None:
        """Keys an agent uses all day; each also has a mouse path."""
        for key, slot in (("J", lambda: self.move(1)), ("K", lambda: self.move(-1)),
                          ("/", self.focus_search), ("Return", self.open_current),
                          ("?", self.show_shortcuts), ("R", self._reply_key)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

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
            self.conversation.browser.setFocus()

    def show_shortcuts(self) -> None:
        if self.search.hasFocus():
            return
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.tr(
            "j / k: next / previous ticket\nEnter: read the conversation\nr: reply\n/: search\n"
            "F5: sync mail now\nCtrl+R: refresh\n?: this sheet"))

    def _loaded(self) -> None:
        if self.model.search():
            self.empty.setText(self.tr("No ticket in this view matches “%1”. Try other words, or the All view.")
                               .replace("%1", self.model.search()))
        else:
            self.empty.setText(self.tr("Nothing in this view. New mail lands in Open as it syncs in."))
        self._queue_stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def show_overview(self, overview: Overview) -> None:
        self.banner.setVisible(overview.sample_tickets > 0)
        self.banner.set_count(overview.sample_tickets)
        self.sidebar.set_views(overview.views)
