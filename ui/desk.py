"""The desk: who works at it, what it remembers, and Preferences.

Kept apart from :mod:`ui.main_window` so the window stays thin: the window makes one :class:`Desk` and
hands it its settings; the desk shows the acting agent in the status bar (a button that changes it),
asks who is at the desk the first time, opens Preferences, and saves and restores the layout
(geometry, splitters, the queue's columns and sort, the last view of each agent).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QToolButton

from ui.errors import error_text
from ui.preferences import IdentityDialog, PreferencesDialog
from ui.settings import Settings
from workstation.agents import AgentInfo, list_agents, record_owner, switch_acting_agent

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# The size the window opens at when nothing is remembered, if the screen has room for it.
PREFERRED_SIZE = (1400, 900)


def first_geometry(available: QRect, preferred: tuple[int, int] = PREFERRED_SIZE) -> QRect:
    """Where the window opens the first time: the preferred size, shrunk to the screen's free area (a
    1366x768 laptop, 1920x1080 at 150%), centred in it."""
    width = min(preferred[0], available.width())
    height = min(preferred[1], available.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


class Desk(QObject):
    # The acting agent changed (their whole name, or "" for nobody).
    agent_changed = Signal(str)
    # Preferences were saved: the theme or quote style may have changed.
    preferences_changed = Signal()

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.agent_button = QToolButton()
        self.agent_button.setObjectName("agentButton")
        self.agent_button.setAutoRaise(True)
        self.agent_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.agent_button.clicked.connect(lambda: self.ask_identity())
        self.preferences_action = QAction(self.tr("&Preferences…"), window)
        self.preferences_action.setObjectName("preferencesAction")
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        self.identity: IdentityDialog | None = None
        self.preferences: PreferencesDialog | None = None
        self.show_agent(window.agent)

    # --- who is at the desk --------------------------------------------------------------

    def show_agent(self, name: str | None) -> None:
        if name:
            self.agent_button.setText(self.tr("Working as %1").replace("%1", name))
            self.agent_button.setToolTip(self.tr("Replies, notes and changes are signed %1. Click to change.")
                                         .replace("%1", name))
        else:
            self.agent_button.setText(self.tr("Who are you? Choose…"))
            self.agent_button.setToolTip(self.tr("No one has said who works at this desk."))
        self.agent_button.setAccessibleName(self.agent_button.text())

    def ask_identity(self, problem: str | None = None) -> None:
        """Who is at this desk: the agents are read on the worker, then asked (not modal to the app)."""
        if self.identity is not None and self.identity.isVisible():
            self.identity.raise_()
            return
        store = self.window.store

        def ask(agents: list[AgentInfo]) -> None:
            dialog = self.identity = IdentityDialog(agents, self.window.agent, self.window, problem=problem)
            dialog.accepted.connect(lambda: self.choose(dialog.chosen()))
            dialog.open()

        self.window.tasks.run(lambda: list_agents(store), ask)

    def choose(self, name: str, refused: Callable[[], None] | None = None) -> None:
        """Work as ``name``: an agent of the store (a first name is enough), or a new one."""
        if not name:
            return
        store, owner, current = self.window.store, self.settings.owner, self.window.agent

        def failed(exc: BaseException) -> None:
            self.window.say(error_text(exc), error=True)
            if getattr(exc, "code", None) != "switch_needs_supervisor":
                self.ask_identity(error_text(exc))
            elif refused is not None:
                refused()

        # The first agent chosen owns the desk; switching away from them is a supervisor's choice, recorded.
        self.window.tasks.run(lambda: switch_acting_agent(store, owner, current, name),
                              lambda info: self.set_agent(info.name), failed)

    def keep_owner(self) -> None:
        """The owner these settings keep, recorded once in the store's timeline (SQLite): the command line
        then acts as the owner too, or as whoever a supervisor switched the desk to."""
        store, owner, acting = self.window.store, self.settings.owner, self.window.agent
        if owner and store.dialect == "sqlite":
            self.window.tasks.run(lambda: record_owner(store, owner, acting), lambda _recorded: None)

    def set_agent(self, name: str | None) -> None:
        self.save_view()
        self.settings.agent = name
        if name and not self.settings.owner:
            self.settings.owner = name  # chosen at first run, kept
            self.keep_owner()
        self.settings.sync()
        self.window.set_agent(name)
        self.show_agent(name)
        self.agent_changed.emit(name or "")

    # --- preferences -----------------------------------------------------------------------

    def show_preferences(self) -> None:
        store = self.window.store

        def show(agents: list[AgentInfo]) -> None:
            dialog = self.preferences = PreferencesDialog(self.settings, agents, self.window.agent, self.window)
            dialog.accepted.connect(lambda: self._preferences_saved(dialog))
            dialog.open()

        self.window.tasks.run(lambda: list_agents(store), show)

    def _preferences_saved(self, dialog: PreferencesDialog) -> None:
        chosen = dialog.chosen_agent()
        if chosen and chosen != self.window.agent:
            self.choose(chosen)
        self.preferences_changed.emit()

    # --- layout ------------------------------------------------------------------------------

    def restore_layout(self) -> None:
        window, settings = self.window, self.settings
        geometry = settings.state("geometry")
        if geometry is None or not window.restoreGeometry(geometry):
            screen = window.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                window.setGeometry(first_geometry(screen.availableGeometry()))
        workspace = window.workspace
        for key, splitter in workspace.splitters.items():
            state = settings.state(f"splitter/{key}")
            if state is not None:
                splitter.restoreState(state)
        header = settings.state("queue/header")
        if header is not None:
            workspace.table.horizontalHeader().restoreState(header)
            workspace.table.fitted = True
            workspace.table.apply_header_sort()

    def save_layout(self) -> None:
        window, settings = self.window, self.settings
        settings.set_state("geometry", window.saveGeometry())
        for key, splitter in window.workspace.splitters.items():
            settings.set_state(f"splitter/{key}", splitter.saveState())
        settings.set_state("queue/header", window.workspace.table.horizontalHeader().saveState())
        self.save_view()
        settings.sync()

    def save_view(self) -> None:
        key = self.window.workspace.sidebar.current_key()
        if key:
            self.settings.set_last_view(self.window.agent, key)

    def last_view(self) -> str | None:
        return self.settings.last_view(self.window.agent)

