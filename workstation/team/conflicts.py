"""Writers that meet on PostgreSQL: a transaction that lost a race is run again, not reported.

Two desks syncing one inbox by mistake (or one taking over from another whose last batch is still in
flight) read "not stored yet" for the same messages and both try to store them. The unique key on
(folder, UIDVALIDITY, UID), the blobs' hash and the customers' addresses make the second one's INSERT
fail (PostgreSQL makes it wait for the first's commit, then refuses it). That transaction is rolled back
whole (the tickets it opened for those messages with it) and run again: it then reads what the winner
stored and files only what is still missing. A deadlock between two such writers is the same kind of
loss. On SQLite a writer holds the database's write lock from its first statement (BEGIN IMMEDIATE), so
what it read is still true when it writes, and nothing here ever triggers.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import exc as sa_exc

log = logging.getLogger(__name__)

T = TypeVar("T")

#: SQLSTATEs of a write that met another writer: unique_violation, serialization_failure, deadlock_detected.
RACE_STATES = frozenset({"23505", "40001", "40P01"})
ATTEMPTS = 6


def lost_a_race(exc: BaseException) -> bool:
    """Whether a database error means another writer got there first (PostgreSQL only)."""
    orig = getattr(exc, "orig", None)
    return isinstance(exc, sa_exc.DBAPIError) and getattr(orig, "sqlstate", None) in RACE_STATES


def retrying(work: Callable[[], T], *, attempts: int = ATTEMPTS, what: str = "a write") -> T:
    """Run ``work`` (one whole transaction) again while it loses races to another writer; the last loss is
    raised as it is (six in a row means something else is wrong)."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except sa_exc.DBAPIError as exc:
            if attempt == attempts or not lost_a_race(exc):
                raise
            log.info("%s met another writer (%s); trying again with what it stored", what,
                     getattr(exc.orig, "sqlstate", "?"))
            time.sleep(random.uniform(0.0, 0.05 * attempt))  # two losers of a deadlock do not meet again
    raise AssertionError("unreachable")
