"""The sync engine: one account's folders into the store, exact and resumable.

For each watched folder: SELECT (read-only, so nothing is marked as read),
then, in order,

1. UIDVALIDITY: unchanged, first seen, or changed (stored messages are
   re-mapped to their new UIDs by Message-ID and size, without downloading
   them again; when too few match, the folder is set aside and the user told);
2. new messages in batches of UID FETCH (FLAGS INTERNALDATE RFC822.SIZE
   BODY.PEEK[]): each batch's messages, blobs, attachments, tickets and the
   folder's UID cursor commit in one transaction, so a kill or a dropped
   connection at any point resumes to the same store;
3. flag changes: CHANGEDSINCE the last HIGHESTMODSEQ where the server has
   CONDSTORE, otherwise the flags of every known message;
4. expunges: when the server's message count differs from the live messages
   we hold, UID SEARCH ALL tells which are gone; they are marked, never
   deleted, so their tickets, notes and actions stay.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from datetime import UTC, datetime
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from sqlalchemy import func, select, update

from workstation import credentials
from workstation.accounts import syncable_accounts
from workstation.changes import ChangeSet
from workstation.errors import NotFound, error_record
from workstation.mail.endpoints import Endpoint
from workstation.mail.imap import ConnectionLost, PasswordMissing, SyncError, connect_for_sync, log_out
from workstation.mail.sent import find_sent_folder
from workstation.store.bulk import chunks
from workstation.store.db import Store
from workstation.store.models import Account, Folder, Message
from workstation.store.search import deferred_indexing
from workstation.sync.fetching import fetch_messages
from workstation.sync.filing import Arrived, store_batch
from workstation.sync.head_start import HeadStart
from workstation.sync.parse import ParsedMessage, parse
from workstation.team.conflicts import retrying
from workstation.team.synclock import InboxLocks, SyncedElsewhere

log = logging.getLogger(__name__)

BATCH_SIZE = 2000  # per transaction: the random-keyed indexes (Message-ID, hashes) are rewritten once per commit
POOL_THRESHOLD = 1000  # below this many new messages, parsing in-process is quicker than starting a pool
PARSE_CHUNK = 100  # messages a pool task: 25 cost this process 0.031 ms a message to hand out, 100 0.020
RAMP_FLOOR = 250  # the first and last batches of a big pass are this small (see _batches)
PARSER_NICENESS = 10  # the parsing processes' priority below this one's (see _parser_pool)
#: Seconds one message may take in a parsing process; one over it is stored as received, with the defect.
PARSE_DEADLINE = 20.0
REMAP_MIN_SHARE = 0.5
ANALYZE_AFTER = 5000
#: The counts new mail can move: tickets opened, reopened (closed, spam) or answered (waiting).
FILING_VIEWS = ("open", "unassigned", "mine", "waiting", "closed", "spam")

Progress = Callable[["SyncProgress"], None]


@dataclass
class SyncProgress:
    account: str
    folder: str
    done: int
    total: int
    rate: float  # messages per second in this pass


@dataclass
class SyncSummary:
    account: str
    new: int = 0
    updated: int = 0
    expunged: int = 0
    remapped: int = 0
    tickets_created: int = 0
    tickets_updated: set[int] = field(default_factory=set)
    #: Tickets whose messages changed on the server: flags, expunged, or no longer matched after a renumbering.
    tickets_touched: set[int] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    synced_elsewhere: str | None = None  # team mode: why this desk left the inbox alone ("Synced by Marta's desk.")

    def changes(self) -> ChangeSet:
        """What this pass changed, for the window: the tickets filed into or touched, the counts that move
        with new or reopened tickets, and the account when something about it needs saying (a folder set
        aside)."""
        filed = self.tickets_updated
        return ChangeSet.of(tickets=filed | self.tickets_touched,
                            views=FILING_VIEWS if filed else (),
                            accounts=(self.account,) if self.errors else ())

    def as_dict(self) -> dict[str, Any]:
        return {"account": self.account, "new": self.new, "updated": self.updated, "expunged": self.expunged,
                "remapped": self.remapped, "tickets_created": self.tickets_created,
                "tickets_updated": len(self.tickets_updated), "errors": self.errors,
                "seconds": round(self.seconds, 3), "synced_elsewhere": self.synced_elsewhere}


@contextmanager
def _parser_pool(count: int, threshold: int) -> Iterator[ProcessPoolExecutor | None]:
    """Processes that parse while this one fetches and stores; none for a few messages."""
    if count < threshold or (os.cpu_count() or 1) < 2:
        yield None
        return
    # The store is the pipeline's one thread: when it waits for a core the parsers hold, the whole pass waits,
    # and at the end it was left alone with a backlog. Parsers at a lower priority take what it leaves (20k
    # lab box: 1.1-1.4 idle core-seconds a pass instead of 1.5-1.9), and the desktop stays responsive.
    pool = ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=multiprocessing.get_context("spawn"),
                               initializer=_parser_started, initargs=(os.getpid(),))
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)


def _parser_started(parent: int) -> None:
    """A parsing process: at a lower priority, and ending when the process that started it ends."""
    from workstation.lifeline import die_with_parent

    die_with_parent(parent)
    if hasattr(os, "nice"):  # not on Windows
        with suppress(OSError):
            os.nice(PARSER_NICENESS)


class _TooLong(BaseException):
    """Raised by the timer into a parse that passed its deadline (not an Exception: parse() catches those)."""


def parse_within(raw: bytes, categories_dir: Any = None, deadline: float | None = PARSE_DEADLINE) -> ParsedMessage:
    """``parse``, stopped after ``deadline`` seconds where a timer can interrupt it (the main thread of a
    parsing process; elsewhere the caps on what parse decodes bound it): a message over it is kept as
    received, with only its size, hash and the defect."""
    if deadline is None or threading.current_thread() is not threading.main_thread():
        return parse(raw, categories_dir)
    armed = True

    def too_long(_signum: int, _frame: Any) -> None:
        nonlocal armed
        if armed:  # once, and never after the parse is over: an alarm landing as the timer is being stopped is late
            armed = False
            raise _TooLong

    previous = signal.signal(signal.SIGALRM, too_long)
    signal.setitimer(signal.ITIMER_REAL, deadline)
    try:
        try:
            return parse(raw, categories_dir)
        finally:
            armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _TooLong:
        return ParsedMessage(content_hash=hashlib.sha256(raw).hexdigest(), size=len(raw), unreadable=True, defects=[
            f"parsing took longer than {deadline:g} s; the message is stored as received"])
    finally:
        signal.signal(signal.SIGALRM, previous)


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _flags(data: dict[bytes, Any]) -> list[str]:
    """The message's flags, sorted; \\Recent is per-session, not the message's."""
    return sorted(_text(flag) for flag in data.get(b"FLAGS", ()) if flag != b"\\Recent")


def _state(status: dict[bytes, Any]) -> tuple[Any, ...]:
    """What a folder's status says of its messages: a change in any of them calls for a pass (a server
    may leave one out of a SELECT or STATUS: None, compared with nothing)."""
    return tuple(status.get(key) for key in (b"UIDVALIDITY", b"UIDNEXT", b"EXISTS", b"HIGHESTMODSEQ"))


def _changes(responses: list[Any]) -> bool:
    """Whether untagged responses (NOOP's, IDLE's) tell of new, removed or changed messages."""
    return any(isinstance(r, tuple) and len(r) >= 2 and r[1] in (b"EXISTS", b"EXPUNGE", b"FETCH")
               for r in responses)


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _batches(uids: list[int], size: int) -> Iterator[list[int]]:
    """``uids`` in batches of ``size``, but for the two ends of a long run: from RAMP_FLOOR the batches
    double up to ``size``, and what is left at the end is halved down to RAMP_FLOOR. Fetching, parsing and
    storing overlap batch by batch; small first batches get the parsers and the store to work sooner, and
    small last ones shorten the end, where the store works alone on the last batch parsed."""
    if size < 2 * RAMP_FLOOR:
        yield from chunks(uids, size)
        return
    start, step = 0, RAMP_FLOOR
    while start < len(uids):
        take = min(step, size, max(RAMP_FLOOR, (len(uids) - start + 1) // 2))
        yield uids[start:start + take]
        start, step = start + take, step * 2


_Fetched = tuple[list[int], dict[int, dict[bytes, Any]], Iterable[ParsedMessage]]


class _Fetcher:
    """Fetches batches of UIDs on a thread of its own, each handed to the parser pool as it arrives.

    Iterating gives (batch, fetched data by UID, parse results) in UID order. A fetch that fails
    ends the iteration with its exception after every batch fetched before it, so what arrived
    whole is stored. Leaving the loop early (the store failed) stops the thread: it finishes or
    abandons the batch in flight and touches the connection no more. Use it in a ``with``.
    """

    def __init__(self, client: IMAPClient, uids: list[int], batch_size: int, pool: ProcessPoolExecutor | None,
                 parse_one: Callable[[bytes], ParsedMessage]) -> None:
        self._client = client
        self._batches = list(_batches(uids, batch_size))
        self._pool = pool
        self._parse_one = parse_one
        self._queue: queue.Queue[_Fetched | BaseException | None] = queue.Queue(maxsize=1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="imap-fetch", daemon=True)

    def __enter__(self) -> _Fetcher:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        while self._thread.is_alive():  # a thread blocked on the full queue sees the stop
            with suppress(queue.Empty):
                self._queue.get_nowait()
            self._thread.join(0.05)

    def __iter__(self) -> Iterator[_Fetched]:
        while (item := self._queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    def _run(self) -> None:
        try:
            for batch in self._batches:
                if self._stop.is_set():
                    return
                fetched = fetch_messages(self._client, batch)
                uids = [uid for uid in batch if uid in fetched]
                raws = [bytes(fetched[uid].get(b"BODY[]") or b"") for uid in uids]
                results = (self._pool.map(self._parse_one, raws, chunksize=PARSE_CHUNK) if self._pool
                           else list(map(self._parse_one, raws)))
                self._put((batch, {uid: fetched[uid] for uid in uids}, results))
            self._put(None)
        except BaseException as exc:  # handed to the storing thread, raised there
            self._put(exc)

    def _put(self, item: _Fetched | BaseException | None) -> None:
        while not self._stop.is_set():
            with suppress(queue.Full):
                self._queue.put(item, timeout=0.1)
                return


class AccountSync:
    """Syncs one account over one connection. Not thread-safe: one per worker."""

    def __init__(self, store: Store, account_name: str, *, batch_size: int = BATCH_SIZE,
                 progress: Progress | None = None, password: Callable[[int], str | None] | None = None,
                 pool_threshold: int = POOL_THRESHOLD, head_start: HeadStart | None = None,
                 parse_deadline: float = PARSE_DEADLINE) -> None:
        self.store = store
        self.pool_threshold = pool_threshold
        self.parse_deadline = parse_deadline
        self.account_name = account_name
        self.batch_size = batch_size
        self.progress = progress
        self._password = password or credentials.for_store(store)
        self._head_start = head_start  # a connection this process opened while it was importing
        self.client: IMAPClient | None = None
        self._selected: str | None = None  # the folder selected on this connection
        self._seen: dict[str, tuple[Any, ...]] = {}  # each folder's state as the last pass found it
        self._locks: InboxLocks | None = None  # team mode: the inbox's sync lock (workstation.team.synclock)

    # --- the whole pass -----------------------------------------------------------

    def run(self, *, keep_open: bool = False) -> SyncSummary:
        """One pass over every watched folder; ``keep_open`` leaves the connection for IDLE and the next
        pass (a connection that fails is closed, and the next pass opens a new one)."""
        started = time.perf_counter()
        summary = SyncSummary(self.account_name)
        with self.store.read() as session:
            account = session.scalar(select(Account).where(Account.name == self.account_name))
            if account is None:
                raise NotFound(f"There is no account named {self.account_name!r}.", hint="See `account list`.")
            account_id = account.id
            endpoint = Endpoint(account.imap_host, account.imap_port, account.imap_security, account.username,
                                account.ca_file, account.auth)
        self._take_turn(account_id)  # raises SyncedElsewhere, touching nothing, when another desk syncs it
        try:
            if self.client is None:  # else the connection kept open by the last pass (watching)
                self.client = self._connect(account_id, endpoint)
            try:
                retrying(lambda: self._ensure_sent_folder(account_id), what="finding the Sent folder")
                for folder_id in self._watched_folders(account_id):
                    self._sync_folder(account_id, folder_id, summary)
                self._report_set_aside(account_id, summary)
            except BaseException:
                self.close()
                raise
            if not keep_open:
                self.close()
        except SyncError as exc:
            self._record_error(account_id, exc)
            raise
        except (IMAPClientAbortError, OSError) as exc:
            error: SyncError = ConnectionLost(
                f"The connection to {endpoint.host} was lost during sync ({exc}).",
                hint="What was fetched before is kept; the next sync resumes from there.",
                code="connection_lost", params={"host": endpoint.host})
            self._record_error(account_id, error)
            raise error from exc
        except IMAPClientError as exc:  # the server said NO or BAD to a command
            error = SyncError(f"The server {endpoint.host} refused a command during sync ({exc}).",
                              hint="What was fetched before is kept; the next sync tries again.")
            self._record_error(account_id, error)
            raise error from exc
        self._record_success(account_id)
        if summary.new >= ANALYZE_AFTER:
            self.store.refresh_statistics()  # a big first sync: the queue's plans need fresh statistics
        summary.seconds = time.perf_counter() - started
        return summary

    def _take_turn(self, account_id: int) -> None:
        """Team mode: sync only while holding the inbox's lock (see workstation.team.synclock)."""
        if self.store.dialect != "postgresql":
            return
        if self._locks is None:
            from workstation.team.identity import desk_agent

            self._locks = InboxLocks(self.store, desk_agent(self.store))
        self._locks.take(account_id, self.account_name, lambda: self._password(account_id))

    def _connect(self, account_id: int, endpoint: Endpoint) -> IMAPClient:
        opened = self._head_start.take(self.account_name, endpoint) if self._head_start else None
        if opened is not None:
            self._selected = opened.selected
            return opened.client
        password = self._password(account_id)
        if not password:
            raise PasswordMissing(f"No password for {self.account_name} in the keyring.",
                                  hint="Add the account again to store it.", code="password_missing",
                                  params={"account": self.account_name})
        return connect_for_sync(endpoint, password)

    def wait_for_change(self, idle_seconds: float, poll_seconds: float, stop: Any,
                        chore: Callable[[], bool] | None = None) -> None:
        """Block until INBOX changes (IDLE), ``idle_seconds`` pass, or ``stop`` (an Event) is set: within
        about a second of it being set. Return at once when INBOX changed since the last pass looked.
        ``chore`` is work to do meanwhile, one short step a call, True while more remains: in IDLE,
        news from the server still ends the wait within a step.

        Without IDLE on the server, wait ``poll_seconds`` instead.
        """
        step = chore or (lambda: False)
        busy = chore is not None
        client = self.client
        if client is None or not client.has_capability("IDLE"):
            deadline = time.monotonic() + poll_seconds
            while busy and not stop.is_set() and time.monotonic() < deadline:
                busy = step()
            stop.wait(max(0.0, deadline - time.monotonic()))
            return
        try:
            # IDLE reports only what changes after it starts (Dovecot tells the rest at its next check,
            # 30 s on): what changed since this pass looked at INBOX is asked about first.
            state, seen = _state(self._open_folder("INBOX")), self._seen.get("INBOX", ())
            if any(now != then for now, then in zip(state, seen) if None not in (now, then)):
                return
            client.idle()
            deadline = time.monotonic() + idle_seconds
            while not stop.is_set() and time.monotonic() < deadline:
                if _changes(client.idle_check(0 if busy else 1)):  # e.g. [(12, b"EXISTS")]
                    break
                if busy:
                    busy = step()
            client.idle_done()
        except (IMAPClientError, OSError) as exc:
            raise ConnectionLost(f"The connection was lost while waiting for new mail ({exc}).",
                                 code="watch_lost") from exc

    def close(self) -> None:
        if self.client is not None:
            client, self.client, self._selected = self.client, None, None
            log_out(client)
        if self._locks is not None:
            self._locks.close()  # another desk may take the inbox over

    def _record_error(self, account_id: int, error: SyncError) -> None:
        """The inbox's error in English, with its code and facts for a window's language."""
        message, code, params = error_record(error)
        with self.store.session() as session:
            session.execute(update(Account).where(Account.id == account_id)
                            .values(last_error=message, last_error_code=code, last_error_params=params,
                                    last_error_at=datetime.now(UTC)))

    def _record_success(self, account_id: int) -> None:
        with self.store.session() as session:
            session.execute(update(Account).where(Account.id == account_id)
                            .values(last_error=None, last_error_code=None, last_error_params=None,
                                    last_error_at=None, last_sync_at=datetime.now(UTC)))

    # --- folders ----------------------------------------------------------------------

    def _watched_folders(self, account_id: int) -> list[int]:
        with self.store.read() as session:
            return list(session.scalars(
                select(Folder.id).where(Folder.account_id == account_id, Folder.watch.is_(True),
                                        Folder.set_aside_reason.is_(None))
                .order_by(Folder.special_use != "\\Inbox", Folder.name)))

    def _report_set_aside(self, account_id: int, summary: SyncSummary) -> None:
        """A folder set aside is an error on every pass until a person starts it afresh, not once."""
        with self.store.read() as session:
            for name, reason in session.execute(select(Folder.name, Folder.set_aside_reason).where(
                    Folder.account_id == account_id, Folder.watch.is_(True), Folder.set_aside_reason.is_not(None))):
                error = (f"{name} is set aside and not synced: {reason} Start it afresh (local copies kept) "
                         f"with `account resync {self.account_name} {name}` or from the window.")
                summary.errors.append(error)

    def _ensure_sent_folder(self, account_id: int) -> None:
        """Find the Sent folder (SPECIAL-USE, or its usual names) so agents' replies join their tickets."""
        assert self.client is not None
        with self.store.read() as session:
            if session.scalar(select(Folder.id).where(Folder.account_id == account_id,
                                                      Folder.special_use == "\\Sent")) is not None:
                return
        name = find_sent_folder(self.client)
        if name is None:
            return
        with self.store.session() as session:
            folder = session.scalar(select(Folder).where(Folder.account_id == account_id, Folder.name == name))
            if folder is None:
                session.add(Folder(account_id=account_id, name=name, special_use="\\Sent", watch=True))
            else:
                folder.special_use = "\\Sent"

    def _sync_folder(self, account_id: int, folder_id: int, summary: SyncSummary) -> None:
        assert self.client is not None
        with self.store.read() as session:
            folder = session.get(Folder, folder_id)
            assert folder is not None
            name, known_validity, cursor, known_modseq = (folder.name, folder.uidvalidity, folder.uidnext,
                                                          folder.highestmodseq)
        try:
            status = self._open_folder(name)
        except IMAPClientError as exc:
            summary.errors.append(f"{name}: cannot open the folder ({exc})")
            return
        self._seen[name] = _state(status)
        uidvalidity = int(status[b"UIDVALIDITY"])
        exists = int(status.get(b"EXISTS", 0))
        modseq = int(status[b"HIGHESTMODSEQ"]) if b"HIGHESTMODSEQ" in status else None

        full_scan = known_validity != uidvalidity or cursor is None
        if known_validity is not None and known_validity != uidvalidity:
            if not self._remap(folder_id, name, known_validity, uidvalidity, summary):
                return
        elif known_validity is None:
            with self.store.session() as session:
                session.execute(update(Folder).where(Folder.id == folder_id).values(uidvalidity=uidvalidity))

        self._fetch_new(account_id, folder_id, name, uidvalidity, None if full_scan else cursor, summary)
        if not full_scan:  # a full scan fetched every message with its current flags
            self._update_flags(folder_id, uidvalidity, known_modseq, summary)
        self._detect_expunges(folder_id, uidvalidity, exists, summary)
        with self.store.session() as session:
            session.execute(update(Folder).where(Folder.id == folder_id)
                            .values(highestmodseq=modseq, last_synced_at=datetime.now(UTC)))

    def _open_folder(self, name: str) -> dict[bytes, Any]:
        """SELECT the folder (read-only) and return its status, or, when this connection has it selected
        already (watching: IDLE just reported new mail; or a head start), NOOP and STATUS: re-selecting
        makes Dovecot re-read a Maildir, 0.3 s at 100,000 messages, where these take a millisecond."""
        assert self.client is not None
        if self._selected != name:
            self._selected = None  # a SELECT that fails leaves no folder selected
            status = self.client.select_folder(name, readonly=True)
            self._selected = name
            return status
        self.client.noop()  # the changes this session has not been told of yet
        items = [b"MESSAGES", b"UIDVALIDITY", b"UIDNEXT"]
        if self.client.has_capability("CONDSTORE"):
            items.append(b"HIGHESTMODSEQ")
        status = self.client.folder_status(name, items)
        return {**status, b"EXISTS": status[b"MESSAGES"]}

    # --- 1. UIDVALIDITY ---------------------------------------------------------------

    def _remap(self, folder_id: int, name: str, old: int, new: int, summary: SyncSummary) -> bool:
        """Give stored messages their new UIDs without downloading them again."""
        assert self.client is not None
        server = self._fetch_chunked(self.client.search(["ALL"]),
                                     [b"RFC822.SIZE", b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        by_key: dict[tuple[str, int], list[int]] = {}
        for uid, data in server.items():
            header = _text(data.get(b"BODY[HEADER.FIELDS (MESSAGE-ID)]", b""))
            message_id = header.partition(":")[2].strip() or None
            if message_id:
                by_key.setdefault((message_id, int(data[b"RFC822.SIZE"])), []).append(uid)
        with self.store.session() as session:
            local = session.execute(
                select(Message.id, Message.message_id, Message.size)
                .where(Message.folder_id == folder_id, Message.uidvalidity == old, Message.expunged_at.is_(None))
            ).all()
            forced = session.scalar(select(Folder.resync_requested).where(Folder.id == folder_id))
            matches: list[tuple[int, int]] = []
            for message_pk, message_id, size in local:
                candidates = by_key.get((message_id, size)) if message_id and size is not None else None
                if candidates:
                    matches.append((message_pk, candidates.pop(0)))
            if local and len(matches) < REMAP_MIN_SHARE * len(local) and not forced:
                reason = (f"The server renumbered {name} (UIDVALIDITY {old} to {new}) and only {len(matches)} of "
                          f"{len(local)} stored messages could be matched; the folder is set aside, everything "
                          "stored is kept.")
                session.execute(update(Folder).where(Folder.id == folder_id).values(set_aside_reason=reason))
                return False
            for message_pk, uid in matches:
                session.execute(update(Message).where(Message.id == message_pk).values(uidvalidity=new, uid=uid))
            unmatched = {pk for pk, _, _ in local} - {pk for pk, _ in matches}
            for chunk in chunks(sorted(unmatched), 500):
                summary.tickets_touched.update(ticket for ticket in session.scalars(
                    select(Message.ticket_id).where(Message.id.in_(chunk))) if ticket is not None)
            if unmatched:
                session.execute(update(Message).where(Message.id.in_(unmatched))
                                .values(expunged_at=datetime.now(UTC)))
            session.execute(update(Folder).where(Folder.id == folder_id)
                            .values(uidvalidity=new, uidnext=None, highestmodseq=None, resync_requested=False))
        summary.remapped += len(matches)
        log.info("%s: re-mapped %d messages to UIDVALIDITY %d", name, len(matches), new)
        return True

    # --- 2. new messages -----------------------------------------------------------------

    def _fetch_new(self, account_id: int, folder_id: int, name: str, uidvalidity: int, cursor: int | None,
                   summary: SyncSummary) -> None:
        assert self.client is not None
        if cursor is None:
            server_uids = set(self.client.search(["ALL"]))
            with self.store.read() as session:
                known = set(session.scalars(select(Message.uid).where(
                    Message.folder_id == folder_id, Message.uidvalidity == uidvalidity)))
            new_uids = sorted(server_uids - known)
        else:
            # "n:*" always includes the highest UID, even below n: filter.
            new_uids = sorted(uid for uid in self.client.search(["UID", f"{cursor}:*"]) if uid >= cursor)
        if not new_uids:
            return
        started = time.perf_counter()
        done = 0
        parse_one = partial(parse, categories_dir=self.store.location.data_dir)
        with _parser_pool(len(new_uids), self.pool_threshold) as pool:
            if pool is not None:  # in the pool's processes a message has a deadline (see parse_within)
                parse_one = partial(parse_within, categories_dir=self.store.location.data_dir,
                                    deadline=self.parse_deadline)
            # A pipeline: a thread fetches batch k+1 (mostly waiting on the socket) and hands it
            # to the pool, which parses it while this thread stores batch k (mostly SQLite's C
            # code, which releases the GIL).
            with _Fetcher(self.client, new_uids, self.batch_size, pool, parse_one) as fetcher:
                for batch, data, results in fetcher:
                    parsed = [(uid, data[uid], message) for uid, message in zip(data, results, strict=True)]
                    retrying(partial(self._store_batch, account_id, folder_id, uidvalidity, parsed,
                                     max(batch) + 1, summary), what=f"storing {name}'s batch")
                    done += len(batch)
                    if self.progress:
                        elapsed = max(time.perf_counter() - started, 1e-6)
                        self.progress(SyncProgress(self.account_name, name, done, len(new_uids), done / elapsed))

    def _store_batch(self, account_id: int, folder_id: int, uidvalidity: int,
                     parsed: list[tuple[int, dict[bytes, Any], ParsedMessage]], next_cursor: int,
                     summary: SyncSummary) -> None:
        """One transaction: the batch filed (messages, blobs, attachments, tickets) and the cursor."""
        with self.store.session() as session, deferred_indexing(session):
            account = session.get(Account, account_id)
            folder = session.get(Folder, folder_id)
            assert account is not None and folder is not None
            already = set(session.scalars(select(Message.uid).where(
                Message.folder_id == folder_id, Message.uidvalidity == uidvalidity,
                Message.uid.in_([uid for uid, _, _ in parsed]))))
            arrived = [Arrived(uid, bytes(data.get(b"BODY[]") or b""), _flags(data),
                               int(data.get(b"RFC822.SIZE") or message.size), _aware(data.get(b"INTERNALDATE")),
                               message)
                       for uid, data, message in parsed if uid not in already]
            filing = store_batch(session, account, folder, uidvalidity, arrived)
            if folder.uidnext is None or folder.uidnext < next_cursor:  # another syncer may be ahead (team mode)
                folder.uidnext = next_cursor
        summary.new += len(arrived)
        summary.tickets_created += len(filing.tickets_created)
        summary.tickets_updated |= filing.tickets_updated | filing.tickets_created

    def _fetch_chunked(self, uids: list[int], items: list[bytes], modifiers: list[str] | None = None,
                       chunk: int = 1000) -> dict[int, dict[bytes, Any]]:
        """FETCH by explicit UID lists (imapclient keeps only the answers for the UIDs it can list, so no
        ranges), 1,000 at a time: command lines stay near the 8 KB servers are asked to accept."""
        assert self.client is not None
        result: dict[int, dict[bytes, Any]] = {}
        for part in chunks(sorted(uids), chunk):
            result.update(self.client.fetch(part, items, modifiers=modifiers))
        return result

    # --- 3. flags -------------------------------------------------------------------------

    def _update_flags(self, folder_id: int, uidvalidity: int, since_modseq: int | None,
                      summary: SyncSummary) -> None:
        """Flags changed on the server since the last pass (read, answered, flagged...)."""
        assert self.client is not None
        if since_modseq is not None and self.client.has_capability("CONDSTORE"):
            # SEARCH MODSEQ names only the messages changed since the last pass.
            candidates = sorted(self.client.search(["MODSEQ", str(since_modseq + 1)]))
        else:  # the fallback: every known message's flags, a few bytes each
            with self.store.read() as session:
                candidates = sorted(session.scalars(select(Message.uid).where(
                    Message.folder_id == folder_id, Message.uidvalidity == uidvalidity,
                    Message.expunged_at.is_(None))))
        changed = self._fetch_chunked(candidates, [b"FLAGS"]) if candidates else {}
        if not changed:
            return
        with self.store.session() as session:
            current: dict[int, tuple[list[str], int | None]] = {}
            for chunk in chunks(sorted(changed), 500):
                current.update((uid, (flags, ticket)) for uid, flags, ticket in session.execute(
                    select(Message.uid, Message.flags, Message.ticket_id).where(
                        Message.folder_id == folder_id, Message.uidvalidity == uidvalidity, Message.uid.in_(chunk))))
            for uid, data in changed.items():
                flags = _flags(data)
                if uid in current and current[uid][0] != flags:
                    session.execute(update(Message).where(
                        Message.folder_id == folder_id, Message.uidvalidity == uidvalidity, Message.uid == uid)
                        .values(flags=flags))
                    summary.updated += 1
                    if current[uid][1] is not None:
                        summary.tickets_touched.add(current[uid][1])

    # --- 4. expunges ------------------------------------------------------------------------

    def _detect_expunges(self, folder_id: int, uidvalidity: int, exists: int, summary: SyncSummary) -> None:
        assert self.client is not None
        live = (Message.folder_id == folder_id, Message.uidvalidity == uidvalidity, Message.expunged_at.is_(None))
        with self.store.read() as session:
            local_count = session.scalar(select(func.count()).select_from(Message).where(*live)) or 0
        if local_count <= exists:
            return  # nothing we hold can be missing (new mail was fetched above)
        on_server = set(self.client.search(["ALL"]))
        with self.store.session() as session:
            gone = [(uid, ticket) for uid, ticket in session.execute(select(Message.uid, Message.ticket_id)
                                                                     .where(*live)) if uid not in on_server]
            for chunk in chunks([uid for uid, _ in gone], 500):
                session.execute(update(Message).where(*live, Message.uid.in_(chunk))
                                .values(expunged_at=datetime.now(UTC)))
        summary.expunged += len(gone)
        summary.tickets_touched.update(ticket for _, ticket in gone if ticket is not None)


def sync_accounts(store: Store, names: Iterable[str] | None = None, *, progress: Progress | None = None,
                  batch_size: int = BATCH_SIZE,
                  head_start: HeadStart | None = None) -> tuple[list[SyncSummary], list[str]]:
    """One pass over the given (or every enabled, non-sample) account."""
    wanted = list(names) if names else syncable_accounts(store)
    summaries, errors = [], []
    for name in wanted:
        try:
            summaries.append(AccountSync(store, name, progress=progress, batch_size=batch_size,
                                         head_start=head_start).run())
        except SyncedElsewhere as exc:
            summaries.append(SyncSummary(name, synced_elsewhere=str(exc)))
        except SyncError as exc:
            errors.append(f"{name}: {exc}")
    return summaries, errors
