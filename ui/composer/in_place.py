"""The reply written in place: one composer at a time, under the conversation it answers (or popped out).

Help Scout and FreeScout are the model: the reply editor opens under the thread, which stays scrollable
above it with the customer's last message in view, and the queue keeps a few rows. Showing another ticket
puts the reply away with its draft kept; coming back to that ticket brings it back as it was left. After a
send, when the agent chose so ("After sending: show the next ticket"), the queue's next ticket is shown.
The window keeps what is not about the reply (the message channel, the outbox, the changes to apply).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.composer.composer import Composer, ComposerWindow
from ui.presence import PresenceKeeper
from ui.queue.workspace import Workspace
from ui.settings import Settings
from workstation.followups import LoopProposal
from workstation.store.db import Store


class RepliesInPlace(QObject):
    """Opens, puts away and brings back the reply of the ticket shown. ``queued`` carries the reply id, its
    state, the ChangeSet and the ticket answered; ``agent_chosen`` a name picked in "Replying as"."""

    queued = Signal(int, str, object, int)
    agent_chosen = Signal(str)

    def __init__(self, store: Store, run: Callable[..., None], workspace: Workspace, settings: Settings,
                 presence: PresenceKeeper, agent: Callable[[], str | None], open_ticket: Callable[[int], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._store, self._run, self._workspace, self._settings = store, run, workspace, settings
        self._presence, self._agent, self._open_ticket, self._parent = presence, agent, open_ticket, parent
        self.composer: Composer | None = None
        self.window: ComposerWindow | None = None  # when popped out
        self._queue_sizes: list[int] | None = None  # the queue's share of the height before a reply took it
        self._left_open: set[int] = set()  # tickets whose reply was open when the agent moved on (drafts kept)
        workspace.conversation.ticket_changed.connect(self._ticket_changed)

    def reply_to(self, ticket_id: int, proposal: LoopProposal | None = None) -> None:
        """Open the reply to ``ticket_id`` under its conversation. A reply open on another ticket is closed
        first, its draft kept; asking again for the same ticket goes back to its text."""
        composer = self.composer
        if composer is not None:
            if composer.ticket_id == ticket_id and proposal is None:
                if self.window is not None:
                    self.window.raise_()
                    self.window.activateWindow()
                composer.editor.setFocus()
                return
            composer.reject()  # another ticket: this one's draft is kept, and the reply asked for opens
        self._left_open.discard(ticket_id)

        def asked(others: list[str]) -> None:  # team mode: someone else is writing a reply here
            if others and QMessageBox.question(
                    self._parent, self.tr("Someone is replying"),
                    self.tr("%1 is writing a reply to this ticket. Write one too?").replace("%1", ", ".join(others))
            ) != QMessageBox.StandardButton.Yes:
                return
            if others:
                self._presence.took_over(ticket_id, others)
            self.open(ticket_id, proposal)

        self._presence.others_composing(ticket_id, asked)

    def open(self, ticket_id: int, proposal: LoopProposal | None = None) -> Composer:
        """The composer, under the ticket's conversation (shown first if it was not)."""
        conversation = self._workspace.conversation
        if conversation.shown_ticket() != ticket_id:
            self._open_ticket(ticket_id)  # the reply goes under the conversation it answers
        composer = self.composer = Composer(self._store, self._run, ticket_id, agent=self._agent(),
                                            proposal=proposal)
        composer.set_quote_style(self._settings.quote_style)
        composer.set_inline(True)
        composer.next_box.setVisible(True)
        composer.next_box.setChecked(self._settings.next_after_send)
        composer.next_box.toggled.connect(self._next_after_send_chosen)
        composer.queued.connect(lambda reply_id, state, changes: self._queued(reply_id, state, changes, ticket_id))
        composer.agent_chosen.connect(self.agent_chosen)
        composer.closed.connect(lambda: self._closed(composer))
        composer.pop_out_requested.connect(self._pop_out)
        self._presence.compose(ticket_id, True)
        self._make_room()
        conversation.show_reply(composer)
        return composer

    def close(self) -> None:
        """The window closes: the reply too, its draft kept and the queue's height given back."""
        if self.composer is not None:
            self.composer.reject()

    def settings_changed(self) -> None:
        if self.composer is not None:
            self.composer.next_box.setChecked(self._settings.next_after_send)

    # --- room under the conversation ----------------------------------------------------

    def _make_room(self) -> None:
        """The queue gives the reply most of its height (a few rows stay), and gets it back when it closes."""
        reading = self._workspace.splitters["reading"]
        sizes = reading.sizes()
        if self._queue_sizes is None and sum(sizes) > 0:
            self._queue_sizes = sizes
            queue = max(min(sizes[0], sum(sizes) // 4), 130)
            reading.setSizes([queue, sum(sizes) - queue])
            table = self._workspace.table
            QTimer.singleShot(0, lambda: table.scrollTo(table.currentIndex()))  # its row stays in sight

    def _give_room_back(self) -> None:
        if self._queue_sizes is not None:
            self._workspace.splitters["reading"].setSizes(self._queue_sizes)
            self._queue_sizes = None

    # --- what happens to the reply ------------------------------------------------------

    def _closed(self, composer: Composer) -> None:
        """Sent, or closed with its draft kept: the reply leaves the conversation (or its window)."""
        self._presence.compose(composer.ticket_id, False)
        if composer is self.composer:
            self.composer = None
            self.window = None
            if self._workspace.conversation.reply is composer:
                self._workspace.conversation.take_reply()
                self._give_room_back()
        composer.deleteLater()

    def _pop_out(self) -> None:
        """The reply in a window of its own; the conversation gets its room back."""
        composer = self.composer
        if composer is None or self._workspace.conversation.reply is not composer:
            return
        self._workspace.conversation.take_reply()
        self._give_room_back()
        self.window = ComposerWindow(composer, self._parent)
        self.window.show()
        composer.editor.setFocus()

    def _ticket_changed(self, ticket_id: int) -> None:
        """Another ticket shown: a reply open under the previous one is closed with its draft kept, and comes
        back when the agent returns to that ticket."""
        composer = self.composer
        if composer is not None and composer.ticket_id != ticket_id and self.window is None \
                and not composer.sending:  # (a reply on its way leaves by itself once queued)
            self._left_open.add(composer.ticket_id)
            composer.reject()
        if ticket_id in self._left_open and self.composer is None:
            self.reply_to(ticket_id)

    def _queued(self, reply_id: int, state: str, changes: object, ticket_id: int) -> None:
        following = self.following(ticket_id) if self._settings.next_after_send else None
        if following is not None:
            self._workspace.show_ticket_anywhere(following)  # the agent chose: on to the next ticket
        elif self._workspace.conversation.shown_ticket() == ticket_id:
            self._workspace.conversation.show_ticket(ticket_id)  # the reply, now in the thread
        self.queued.emit(reply_id, state, changes, ticket_id)

    def following(self, ticket_id: int) -> int | None:
        """The ticket after ``ticket_id`` in the queue as it is shown (the one before, when it was the last)."""
        ids = self._workspace.model.ids()
        if ticket_id not in ids or len(ids) < 2:
            return None
        index = ids.index(ticket_id)
        return ids[index + 1] if index + 1 < len(ids) else ids[index - 1]

    def _next_after_send_chosen(self, on: bool) -> None:
        self._settings.next_after_send = on
        self._settings.sync()
