"""Presence in the window (team mode): this desk's heartbeat on the ticket it shows and the reply it writes,
and who else is on the tickets it lists (workstation.team.presence).

Database work runs on the window's worker; on SQLite every call does nothing and nothing is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from workstation.store.db import Store
from workstation.team import presence
from workstation.team.presence import COMPOSING, Present


def describe(people: Iterable[Present]) -> str:
    """"Marta is replying, Pablo is viewing" (composers first), or ""."""
    parts = []
    for person in people:
        if person.activity == COMPOSING:
            parts.append(QCoreApplication.translate("Presence", "%1 is replying").replace("%1", person.agent))
        else:
            parts.append(QCoreApplication.translate("Presence", "%1 is viewing").replace("%1", person.agent))
    return ", ".join(parts)


def short(people: Iterable[Present]) -> str:
    """For a queue row: "✎ Marta" (composing: the names), else "◉ Pablo" (viewing), or ""."""
    people = list(people)
    writing = [p.agent for p in people if p.activity == COMPOSING]
    if writing:
        return "✎ " + ", ".join(writing)
    return "◉ " + ", ".join(p.agent for p in people) if people else ""


class PresenceKeeper(QObject):
    """Keeps this desk's presence alive and reads everyone else's; ``seen`` carries {ticket: (Present, ...)}
    (an empty tuple: nobody else any more)."""

    seen = Signal(object)

    def __init__(self, store: Store, run: Callable[..., None], agent: Callable[[], str | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._run = run
        self._agent = agent
        self.enabled = store.dialect == "postgresql"
        self.viewing: int | None = None
        self.composing: set[int] = set()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(presence.HEARTBEAT.total_seconds() * 1000))
        self._heartbeat.timeout.connect(self._beat)
        if self.enabled:
            self._heartbeat.start()

    def view(self, ticket_id: int | None) -> None:
        if not self.enabled or ticket_id == self.viewing:
            return
        store, agent, previous = self._store, self._agent(), self.viewing
        self.viewing = ticket_id
        keep = previous in self.composing

        def work() -> None:
            if previous is not None and not keep:
                presence.leave(store, previous, agent=agent)
            if ticket_id is not None and ticket_id not in self.composing:
                presence.touch(store, ticket_id, presence.VIEWING, agent=agent)

        self._run(work)

    def compose(self, ticket_id: int, on: bool) -> None:
        if not self.enabled:
            return
        store, agent = self._store, self._agent()
        if on:
            self.composing.add(ticket_id)
            self._run(lambda: presence.touch(store, ticket_id, COMPOSING, agent=agent))
            return
        self.composing.discard(ticket_id)
        viewing = ticket_id == self.viewing

        def work() -> None:
            if viewing:
                presence.touch(store, ticket_id, presence.VIEWING, agent=agent)
            else:
                presence.leave(store, ticket_id, agent=agent)

        self._run(work)

    def _beat(self) -> None:
        store, agent = self._store, self._agent()
        beats = [(t, COMPOSING) for t in self.composing]
        if self.viewing is not None and self.viewing not in self.composing:
            beats.append((self.viewing, presence.VIEWING))
        if beats:
            self._run(lambda: [presence.touch(store, t, activity, agent=agent) for t, activity in beats])
        self.read(())

    def read(self, ticket_ids: Iterable[int]) -> None:
        """Read who else is on these tickets (and the one shown) and emit ``seen``."""
        if not self.enabled:
            return
        store, agent = self._store, self._agent()
        ids = set(ticket_ids) | ({self.viewing} if self.viewing is not None else set())
        self._last = ids or getattr(self, "_last", set())
        wanted = set(self._last)
        self._run(lambda: presence.on_tickets(store, wanted, agent=agent),
                  lambda found: self.seen.emit({**{t: () for t in wanted}, **found}))

    def others_composing(self, ticket_id: int, then: Callable[[list[str]], None]) -> None:
        """``then(names)`` with whoever else is writing a reply on the ticket ([] on SQLite)."""
        if not self.enabled:
            then([])
            return
        store, agent = self._store, self._agent()
        self._run(lambda: [p.agent for p in presence.composing(store, ticket_id, agent=agent)], then)

    def took_over(self, ticket_id: int, others: list[str]) -> None:
        store, agent = self._store, self._agent()
        self._run(lambda: presence.record_takeover(store, ticket_id, others, agent=agent))

    def stop(self) -> None:
        """The window closes: leave every ticket (synchronously, before the worker stops)."""
        self._heartbeat.stop()
        if not self.enabled:
            return
        agent = self._agent()
        for ticket_id in {*self.composing, *([self.viewing] if self.viewing is not None else [])}:
            try:
                presence.leave(self._store, ticket_id, agent=agent)
            except Exception:  # noqa: BLE001 - the database is gone: the rows go stale by themselves
                pass
