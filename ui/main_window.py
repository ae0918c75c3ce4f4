"""The main window: thin, one panel per concern.

It decides which page to show (first run, or the workspace), owns the
message channel (status bar) and hands each panel the store and the task
runner it needs. The panels do the rest.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from ui.account_dialog import AddAccountDialog
from ui.first_run import FirstRunPage
from ui.queue.model import TicketTableModel
from ui.queue.panels import ConversationPane, QueueTable, ViewsSidebar
from ui.sync_controller import SyncController
from ui.tasks import Tasks
from workstation import demo, queue
from workstation.errors import MostradorError
from workstation.store.db import Store, describe
from workstation.store.models import Account, Ticket

log = logging.getLogger(__name__)

FIRST_RUN_SAMPLE_SIZE = 300


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
                          ("?", self.show_shortcuts)):
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
            "j / k: next / previous ticket\nEnter: read the conversation\n/: search\n"
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


class MainWindow(QMainWindow):
    # Emitted once the first screenful (first-run page, or the queue) is drawn with data.
    ready = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = Tasks(self)
        self.tasks.error.connect(self.report_error)
        self.setWindowTitle(self.tr("Mostrador"))
        self.resize(1400, 900)

        self.first_run = FirstRunPage()
        self.workspace = Workspace(store, self.tasks)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.first_run)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        self.message = QLabel()
        self.message.setObjectName("messageChannel")
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Store: %1").replace("%1", describe(
            store.location.database_url))))

        self.sync = SyncController(store, self)
        self.sync.state_changed.connect(self._sync_state)
        self.sync.finished.connect(lambda _account, summary: self.refresh() if getattr(summary, "new", 0) else None)
        self.sync.failed.connect(lambda _account, error: self.report_error(error))
        self._sync_labels: dict[str, QLabel] = {}

        self.first_run.add_inbox.connect(self.add_inbox)
        self.first_run.try_sample.connect(self.load_sample)
        self.workspace.banner.remove_requested.connect(self.remove_sample)
        self.workspace.model.loaded.connect(self._first_ready)
        self.workspace.model.load_failed.connect(self.report_error)
        self._build_menus()
        self._is_ready = False
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add = QAction(self.tr("&Add a support inbox…"), self)
        add.triggered.connect(self.add_inbox)
        file_menu.addAction(add)
        self.remove_sample_action = QAction(self.tr("&Remove sample data"), self)
        self.remove_sample_action.triggered.connect(self.remove_sample)
        file_menu.addAction(self.remove_sample_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        sync_action = QAction(self.tr("&Sync mail now"), self)
        sync_action.setShortcut(QKeySequence("F5"))
        sync_action.triggered.connect(lambda: self.sync.sync_all())
        file_menu.insertAction(file_menu.actions()[1], sync_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        reload_action = QAction(self.tr("&Refresh"), self)
        reload_action.setShortcut(QKeySequence("Ctrl+R"))
        reload_action.triggered.connect(self.refresh)
        view_menu.addAction(reload_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Mostrador"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # --- state ----------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.store
        self.tasks.run(lambda: load_overview(store), self._show_overview)

    def _show_overview(self, overview: Overview) -> None:
        self.remove_sample_action.setEnabled(overview.sample_tickets > 0)
        if overview.accounts == 0 and overview.tickets == 0:
            self.pages.setCurrentWidget(self.first_run)
            self._first_ready()
            return
        self.pages.setCurrentWidget(self.workspace)
        self.workspace.show_overview(overview)
        self.workspace.model.set_view(self.workspace.sidebar.current_key() or "open")

    def _first_ready(self) -> None:
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit()

    def is_ready(self) -> bool:
        return self._is_ready

    # --- actions --------------------------------------------------------------------

    def add_inbox(self) -> None:
        dialog = AddAccountDialog(self.store, self.tasks.run, self)
        if dialog.exec():
            self.say(self.tr("Inbox added. Its password is in your keyring."))
            self.refresh()
            self.sync.sync_all()

    def _sync_state(self, account: str, text: str) -> None:
        label = self._sync_labels.get(account)
        if label is None:
            label = self._sync_labels[account] = QLabel()
            label.setObjectName(f"syncState-{account}")
            self.statusBar().addPermanentWidget(label)
        label.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.sync.shutdown()
        self.tasks.wait()
        super().closeEvent(event)

    def load_sample(self) -> None:
        store = self.store
        self.first_run.set_busy(self.tr("Writing sample tickets…"))

        def done(_result: object) -> None:
            self.first_run.set_busy(None)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.first_run.set_busy(None)
            self.report_error(exc)

        self.tasks.run(lambda: demo.seed(store, FIRST_RUN_SAMPLE_SIZE), done, failed)

    def remove_sample(self) -> None:
        store = self.store
        self.tasks.run(lambda: demo.remove_sample_data(store), lambda removed: (
            self.say(self.tr("Removed %1 sample tickets.").replace("%1", str(removed))), self.refresh()))

    # --- the message channel ------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b71c1c" if error else "")
        self.message.setText(text)

    def report_error(self, exc: BaseException) -> None:
        if isinstance(exc, MostradorError):
            self.say(str(exc), error=True)
        else:
            self.say(self.tr("Something went wrong inside Mostrador (%1); details are in the log.")
                     .replace("%1", type(exc).__name__), error=True)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Mostrador"), self.tr(
            "Mostrador: every support inbox in one queue, every answer a concrete action."))
