"""What a write changed, so that each screen redraws exactly that.

Every write in ``workstation/`` returns a :class:`ChangeSet` (alone, or beside
its result); the window applies it whether the write ran on this desk, in a
worker process (the sync and the outbox report one in their ``finished``
event), or, in team mode, on another desk (read back from the database's
notifications). A change-set is plain data: it crosses processes as JSON.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

# Views whose counts a change can move; a change-set names the ones it touched.
VIEWS = ("mine", "unassigned", "open", "waiting", "snoozed", "closed", "spam", "outbox", "actions", "incidents",
         "accounts")


@dataclass(frozen=True)
class ChangeSet:
    tickets: frozenset[int] = field(default_factory=frozenset)  # rows to read again
    removed: frozenset[int] = field(default_factory=frozenset)  # tickets gone (merged, deleted sample)
    views: frozenset[str] = field(default_factory=frozenset)  # counts to read again
    replies: frozenset[int] = field(default_factory=frozenset)  # outbox rows
    accounts: frozenset[str] = field(default_factory=frozenset)  # accounts whose state changed
    everything: bool = False  # too much to list (a store opened, a sample loaded): read it all again

    @classmethod
    def of(cls, *, tickets: Iterable[int] = (), removed: Iterable[int] = (), views: Iterable[str] = (),
           replies: Iterable[int] = (), accounts: Iterable[str] = (), everything: bool = False) -> ChangeSet:
        return cls(frozenset(tickets), frozenset(removed), frozenset(views), frozenset(replies),
                   frozenset(accounts), everything)

    @classmethod
    def all(cls) -> ChangeSet:
        return cls(everything=True)

    def __bool__(self) -> bool:
        return bool(self.everything or self.tickets or self.removed or self.views or self.replies or self.accounts)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.tickets | other.tickets, self.removed | other.removed, self.views | other.views,
                         self.replies | other.replies, self.accounts | other.accounts,
                         self.everything or other.everything)

    def to_json(self) -> dict[str, Any]:
        return {"tickets": sorted(self.tickets), "removed": sorted(self.removed), "views": sorted(self.views),
                "replies": sorted(self.replies), "accounts": sorted(self.accounts), "everything": self.everything}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> ChangeSet:
        data = data or {}
        return cls.of(tickets=(int(t) for t in data.get("tickets", ())),
                      removed=(int(t) for t in data.get("removed", ())),
                      views=(str(v) for v in data.get("views", ())),
                      replies=(int(r) for r in data.get("replies", ())),
                      accounts=(str(a) for a in data.get("accounts", ())),
                      everything=bool(data.get("everything", False)))


NOTHING = ChangeSet()
