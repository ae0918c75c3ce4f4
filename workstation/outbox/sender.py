"""Sending what the outbox holds, exactly once, and filing a copy in Sent.

Every step that matters is committed durably before the next one starts:

    queued ──claim──> sending ──250──> sent_not_filed ──APPEND──> sent
       ^                 │
       └──4xx, down──────┤──5xx──> failed (the server's words kept)
                         └──cut after the final dot──> delivery_uncertain

A reply found in ``sending`` when a flush starts belongs to a run that was
stopped mid-send: the server may have it, so it becomes delivery-uncertain,
never resent by itself. Uncertain replies are looked for in the account's
Sent folder (some providers file what they relay); a person decides the rest.
"""

from __future__ import annotations

import fcntl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from sqlalchemy import select, update

from workstation import credentials
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput, StoreError, as_fact, error_record
from workstation.mail.endpoints import Endpoint
from workstation.mail.imap import SyncError, connect
from workstation.mail.sent import find_sent_folder
from workstation.outbox.compose import BUILD_ERRORS, backoff, build_message
from workstation.outbox.smtp import (
    AccountProblem,
    DeliveryUncertain,
    PermanentFailure,
    SendError,
    SmtpEndpoint,
    SmtpSession,
    TemporaryFailure,
)
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Event,
    Folder,
    FollowUp,
    FollowUpKind,
    Reply,
    ReplyState,
    Ticket,
    TicketStatus,
)

#: A reply in ``sending`` for longer than this on a shared (PostgreSQL) store was abandoned by its sender.
SENDING_LEASE = timedelta(minutes=5)
#: Temporary failures are retried for this long, then the reply is failed with the last error.
GIVE_UP_AFTER = timedelta(days=3)
SATISFACTION_WAIT = timedelta(days=7)


@dataclass
class FlushSummary:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    uncertain: int = 0
    filed: int = 0
    found_in_sent: int = 0
    busy: bool = False
    errors: list[str] = field(default_factory=list)
    # The same errors with their codes and facts (:func:`workstation.errors.as_fact`), for a window's language.
    problems: list[dict[str, Any]] = field(default_factory=list)
    replies: set[int] = field(default_factory=set)  # whose state this flush changed
    tickets: set[int] = field(default_factory=set)  # theirs

    def problem(self, error: BaseException) -> None:
        """An error of this flush: its English in ``errors``, its code and facts in ``problems``."""
        self.errors.append(str(error))
        self.problems.append(as_fact(error))

    def changes(self) -> ChangeSet:
        """The replies whose state moved, their tickets, and the counts that move with them (a reply that
        reached the customer sets its ticket waiting)."""
        if not self.replies:
            return ChangeSet()
        views = ("outbox", "open", "waiting", "mine", "unassigned") if self.sent or self.found_in_sent else ("outbox",)
        return ChangeSet.of(tickets=self.tickets, replies=self.replies, views=views)

    def as_dict(self) -> dict[str, Any]:
        return {"sent": self.sent, "retrying": self.retrying, "failed": self.failed, "uncertain": self.uncertain,
                "filed": self.filed, "found_in_sent": self.found_in_sent, "busy": self.busy, "errors": self.errors}


@contextmanager
def _flush_lock(store: Store) -> Iterator[bool]:
    """One flush at a time on this workstation (the window's and a script's)."""
    try:
        store.location.data_dir.mkdir(parents=True, exist_ok=True)
        handle = open(store.location.data_dir / "outbox.lock", "a+b")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise StoreError(f"Cannot write to the data folder {store.location.data_dir} ({exc.strerror}), so "
                         "the outbox cannot be sent from it.", hint="Check that you may write to it.") from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def flush(store: Store, *, now: Callable[[], datetime] = lambda: datetime.now(UTC),
          password: Callable[[int], str | None] | None = None, only: list[int] | None = None) -> FlushSummary:
    """Send every queued reply whose time has come; file sent copies; recheck uncertain ones."""
    summary = FlushSummary()
    get_password = password or credentials.for_store(store)
    with _flush_lock(store) as locked:
        if not locked:
            summary.busy = True
            return summary
        interrupted = _recover_interrupted(store, now())
        summary.uncertain += len(interrupted)
        summary.replies.update(interrupted)
        _send_queued(store, summary, now, get_password, only)
        _file_and_recheck(store, summary, get_password)
    if summary.replies:
        with store.read() as session:
            summary.tickets.update(session.scalars(select(Reply.ticket_id).where(Reply.id.in_(summary.replies))))
    return summary


def _recover_interrupted(store: Store, now: datetime) -> list[int]:
    stale = now - SENDING_LEASE
    recovered = []
    with store.session(durable=True) as session:
        query = select(Reply).where(Reply.state == ReplyState.SENDING)
        if store.dialect != "sqlite":  # others may be sending right now from another workstation
            query = query.where(Reply.updated_at < stale)
        for reply in session.scalars(query):
            reply.state = ReplyState.DELIVERY_UNCERTAIN
            _keep_error(reply, DeliveryUncertain(
                "Sending was interrupted after it started; the server may have the message. Mostrador looks for "
                "it in Sent; resend it or mark it sent once you know.", code="outbox_interrupted"))
            session.add(Event(ticket_id=reply.ticket_id, actor="outbox", kind="reply_delivery_uncertain",
                              data={"reply_id": reply.id, "why": "interrupted"}))
            recovered.append(reply.id)
    return recovered


def _due(store: Store, now: datetime, only: list[int] | None) -> dict[int, list[int]]:
    with store.read() as session:
        query = select(Reply.account_id, Reply.id).where(
            Reply.state == ReplyState.QUEUED,
            (Reply.next_attempt_at.is_(None)) | (Reply.next_attempt_at <= now)).order_by(Reply.queued_at, Reply.id)
        if only:
            query = query.where(Reply.id.in_(only))
        due: dict[int, list[int]] = {}
        for account_id, reply_id in session.execute(query):
            due.setdefault(account_id, []).append(reply_id)
        return due


def _smtp_endpoint(store: Store, account_id: int | None) -> SmtpEndpoint:
    with store.read() as session:
        account = session.get(Account, account_id) if account_id is not None else None
        if account is None:
            raise InvalidInput("Its inbox was removed after it was queued, so there is no server to send it "
                               "through.", hint="Add the inbox again and send it anew.", code="outbox_inbox_removed")
        return SmtpEndpoint(account.smtp_host, account.smtp_port, account.smtp_security, account.username,
                            account.ca_file, account.auth)


def _smtp_secret(get_password: Callable[[int], str | None], account_id: int) -> str | None:
    """The password or access token; an account that must sign in again keeps its replies queued."""
    try:
        return get_password(account_id)
    except SyncError as exc:
        raise AccountProblem(str(exc), code=exc.code, params=exc.params) from exc


def _send_queued(store: Store, summary: FlushSummary, now: Callable[[], datetime],
                 get_password: Callable[[int], str | None], only: list[int] | None) -> None:
    for account_id, reply_ids in _due(store, now(), only).items():
        try:
            endpoint = _smtp_endpoint(store, account_id)
        except InvalidInput as exc:  # nothing to send them through: each fails, with the reason
            for reply_id in reply_ids:
                _fail(store, reply_id, _cannot_be_sent(reply_id, exc), summary)
            continue
        assert account_id is not None
        try:
            session_smtp = SmtpSession(endpoint, _smtp_secret(get_password, account_id))
        except SendError as exc:
            # Nothing was handed over: every due reply of this account waits and retries later.
            for reply_id in reply_ids:
                _retry_later(store, reply_id, exc, now(), summary, count_attempt=True)
            summary.problem(exc)
            continue
        try:
            for reply_id in reply_ids:
                if not _send_one(store, session_smtp, reply_id, summary, now):
                    # The connection is gone; the rest wait for the next flush.
                    for later in reply_ids[reply_ids.index(reply_id) + 1:]:
                        _retry_later(store, later, TemporaryFailure("The connection was lost before this reply "
                                                                    "was sent; it will be tried again.",
                                                                    code="outbox_lost_before_this"),
                                     now(), summary, count_attempt=False)
                    break
        finally:
            session_smtp.close()


@dataclass(frozen=True)
class _Unsendable:
    """A claimed reply that cannot be written as an email: it was failed, with ``reason``."""

    reason: InvalidInput


def _cannot_be_sent(reply_id: int, exc: BaseException) -> InvalidInput:
    """Why reply ``reply_id`` was failed before anything went out: ``exc``, said after the reply's number."""
    if str(exc).startswith(f"Reply #{reply_id}"):
        text, code, params = error_record(exc)
        return InvalidInput(text, code=code, params=params)
    return InvalidInput(f"Reply #{reply_id} cannot be sent: {exc}", code="outbox_cannot_be_sent",
                        params={"reply": str(reply_id), "reason": as_fact(exc)})


def _claim(store: Store, reply_id: int, now: datetime) -> tuple[bytes, str, list[str]] | _Unsendable | None:
    """Mark the reply ``sending`` (durably) and return what goes on the wire, or None if someone else has it.
    A reply that cannot be written (an address with a line break, its inbox gone...) is failed instead, in
    the same transaction: it never stays queued to stop every flush after it."""
    with store.session(durable=True) as session:
        claimed = session.execute(
            update(Reply).where(Reply.id == reply_id, Reply.state == ReplyState.QUEUED)
            .values(state=ReplyState.SENDING, attempts=Reply.attempts + 1, updated_at=now)).rowcount
        if not claimed:
            return None
        reply = session.get(Reply, reply_id)
        assert reply is not None
        account = session.get(Account, reply.account_id) if reply.account_id is not None else None
        try:
            if account is None:
                raise InvalidInput("its inbox was removed after it was queued.", code="outbox_inbox_gone")
            data = build_message(session, reply)
        except (InvalidInput, *BUILD_ERRORS) as exc:
            reason = _cannot_be_sent(reply_id, exc)
            _record(session, reply, ReplyState.FAILED, reason, "reply_failed")
            return _Unsendable(reason)
        return data, account.email, [*reply.to_addrs, *reply.cc_addrs]


def _fail(store: Store, reply_id: int, reason: InvalidInput, summary: FlushSummary) -> None:
    _settle(store, reply_id, ReplyState.FAILED, reason, "reply_failed")
    summary.replies.add(reply_id)
    summary.failed += 1
    summary.problem(reason)


def _send_one(store: Store, smtp: SmtpSession, reply_id: int, summary: FlushSummary,
              now: Callable[[], datetime]) -> bool:
    """Send one reply; False when the connection can no longer be used."""
    claimed = _claim(store, reply_id, now())
    if claimed is None:
        return True
    summary.replies.add(reply_id)  # sending, then sent, failed, uncertain or waiting to retry
    if isinstance(claimed, _Unsendable):
        summary.failed += 1
        summary.problem(claimed.reason)
        return True
    data, sender, recipients = claimed
    try:
        accepted = smtp.send(sender, recipients, data)
    except DeliveryUncertain as exc:
        _settle(store, reply_id, ReplyState.DELIVERY_UNCERTAIN, exc, "reply_delivery_uncertain")
        summary.uncertain += 1
        summary.problem(exc)
        return False
    except PermanentFailure as exc:
        _settle(store, reply_id, ReplyState.FAILED, exc, "reply_failed")
        summary.failed += 1
        summary.problem(exc)
        return True
    except TemporaryFailure as exc:
        _retry_later(store, reply_id, exc, now(), summary, count_attempt=False)
        summary.problem(exc)
        return exc.connection_usable  # a 4xx to this reply alone: the others go on
    _mark_sent(store, reply_id, accepted, now())
    summary.sent += 1
    return True


def _settle(store: Store, reply_id: int, state: ReplyState, error: BaseException, event: str) -> None:
    with store.session(durable=True) as session:
        reply = session.get(Reply, reply_id)
        assert reply is not None
        _record(session, reply, state, error, event)


def _record(session: Any, reply: Reply, state: ReplyState, error: BaseException, event: str) -> None:
    reply.state = state
    _keep_error(reply, error)
    session.add(Event(ticket_id=reply.ticket_id, actor="outbox", kind=event,
                      data={"reply_id": reply.id, **_error_data(error)}))


def _error_data(error: BaseException) -> dict[str, Any]:
    """An error in an event's data: ``error`` the English, and its code and facts when it has them."""
    text, code, params = error_record(error)
    return {"error": text, **({"error_code": code, "error_params": params} if code else {})}


def _keep_error(reply: Reply, error: BaseException | None) -> None:
    """The reply's error in English (``last_error``) with its code and facts, for the window's language;
    ``None`` clears all three."""
    if error is None:
        reply.last_error = reply.last_error_code = reply.last_error_params = None
    else:
        reply.last_error, reply.last_error_code, reply.last_error_params = error_record(error)


def _retry_later(store: Store, reply_id: int, exc: SendError, now: datetime, summary: FlushSummary, *,
                 count_attempt: bool) -> None:
    with store.session(durable=True) as session:
        reply = session.get(Reply, reply_id)
        if reply is None or reply.state not in (ReplyState.QUEUED, ReplyState.SENDING):
            return
        summary.replies.add(reply_id)
        if count_attempt:
            reply.attempts += 1
        if reply.queued_at is not None and now - reply.queued_at > GIVE_UP_AFTER \
                and not isinstance(exc, AccountProblem):
            reply.state = ReplyState.FAILED
            _keep_error(reply, PermanentFailure(f"Gave up after {GIVE_UP_AFTER.days} days of trying: {exc}",
                                                code="outbox_gave_up",
                                                params={"days": str(GIVE_UP_AFTER.days), "reason": as_fact(exc)}))
            summary.failed += 1
        else:
            reply.state = ReplyState.QUEUED
            reply.next_attempt_at = now + backoff(reply.attempts)
            _keep_error(reply, exc)
            summary.retrying += 1
        session.add(Event(ticket_id=reply.ticket_id, actor="outbox", kind="reply_retry",
                          data={"reply_id": reply_id, **_error_data(exc), "attempts": reply.attempts,
                                "next_attempt_at": reply.next_attempt_at.isoformat()
                                if reply.next_attempt_at else None}))


def _mark_sent(store: Store, reply_id: int, accepted: str, now: datetime) -> None:
    with store.session(durable=True) as session:
        reply = session.get(Reply, reply_id)
        assert reply is not None
        reply.state = ReplyState.SENT_NOT_FILED
        reply.sent_at = now
        _keep_error(reply, None)
        reply.next_attempt_at = None
        _after_sent(session, reply, now)
        session.add(Event(ticket_id=reply.ticket_id, actor="outbox", kind="reply_sent",
                          data={"reply_id": reply_id, "server": accepted, "message_id": reply.message_id}))


def _after_sent(session: Any, reply: Reply, now: datetime) -> None:
    """The ticket's clocks and follow-ups move once the customer really has the reply."""
    ticket = session.get(Ticket, reply.ticket_id)
    if ticket is not None:
        if ticket.first_response_at is None:
            ticket.first_response_at = now
        if ticket.status in (TicketStatus.NEW, TicketStatus.OPEN):
            ticket.status = TicketStatus.WAITING
    if reply.purpose == "close_loop":
        for follow_up in session.scalars(select(FollowUp).where(
                FollowUp.ticket_id == reply.ticket_id, FollowUp.kind == FollowUpKind.CLOSE_LOOP,
                FollowUp.done_at.is_(None))):
            follow_up.done_at = now
        session.add(FollowUp(ticket_id=reply.ticket_id, kind=FollowUpKind.SATISFACTION, due_at=now +
                             SATISFACTION_WAIT, assignee_id=reply.author_id,
                             note="Waiting for the customer's score (1 to 5)."))


# --- the Sent folder ----------------------------------------------------------------------


def _file_and_recheck(store: Store, summary: FlushSummary, get_password: Callable[[int], str | None]) -> None:
    with store.read() as session:
        pending = list(session.execute(
            select(Reply.account_id, Reply.id, Reply.state).where(
                Reply.state.in_([ReplyState.SENT_NOT_FILED, ReplyState.DELIVERY_UNCERTAIN]))
            .order_by(Reply.id)))
    by_account: dict[int, list[tuple[int, ReplyState]]] = {}
    for account_id, reply_id, state in pending:
        if account_id is not None:  # its inbox was removed: no Sent folder to file it in
            by_account.setdefault(account_id, []).append((reply_id, state))
    for account_id, replies in by_account.items():
        try:
            client, sent_folder = _open_sent(store, account_id, get_password)
        except (SyncError, StoreError, InvalidInput) as exc:
            summary.problem(SyncError(f"Sent copies wait: {exc}", code="outbox_sent_copies_wait",
                                      params={"reason": as_fact(exc)}))
            continue
        try:
            for reply_id, state in replies:
                _file_one(store, client, sent_folder, reply_id, state, summary)
        except (IMAPClientError, OSError) as exc:
            summary.problem(SyncError(f"Sent copies wait: the IMAP connection was lost ({exc}).",
                                      code="outbox_sent_copies_lost", params={"reason": str(exc)}))
        finally:
            try:
                client.logout()
            except (IMAPClientError, OSError):
                client.shutdown()


def _open_sent(store: Store, account_id: int, get_password: Callable[[int], str | None]) -> tuple[IMAPClient, str]:
    with store.read() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise InvalidInput(f"The inbox {account_id} no longer exists.", code="outbox_inbox_missing",
                               params={"inbox": str(account_id)})
        endpoint = Endpoint(account.imap_host, account.imap_port, account.imap_security, account.username,
                            account.ca_file, account.auth)
        known = session.scalar(select(Folder.name).where(Folder.account_id == account_id,
                                                         Folder.special_use == "\\Sent"))
    password = get_password(account_id)
    if not password:
        raise InvalidInput("No password in the keyring for this inbox.", code="outbox_no_password")
    client = connect(endpoint, password, timeout=60)
    try:
        name = known or find_sent_folder(client)
        if name is None:
            name = "Sent"
            client.create_folder(name)
    except (IMAPClientError, OSError) as exc:
        client.shutdown()
        raise SyncError(f"Cannot find or create the Sent folder on {endpoint.host} ({exc}).",
                        code="outbox_no_sent_folder", params={"host": endpoint.host, "reason": str(exc)}) from exc
    return client, name


def _file_one(store: Store, client: IMAPClient, folder: str, reply_id: int, state: ReplyState,
              summary: FlushSummary) -> None:
    with store.read() as session:
        reply = session.get(Reply, reply_id)
        if reply is None or reply.state is not state:
            return
        message_id = reply.message_id or ""
        data = build_message(session, reply) if state is ReplyState.SENT_NOT_FILED else b""
    client.select_folder(folder)
    present = client.search(["HEADER", "Message-ID", message_id]) if message_id else []
    if state is ReplyState.DELIVERY_UNCERTAIN:
        if not present:
            return  # still uncertain: a person decides
        with store.session(durable=True) as session:
            reply = session.get(Reply, reply_id)
            assert reply is not None
            reply.state = ReplyState.SENT
            reply.sent_at = reply.sent_at or datetime.now(UTC)
            _keep_error(reply, None)
            _after_sent(session, reply, datetime.now(UTC))
            session.add(Event(ticket_id=reply.ticket_id, actor="outbox", kind="reply_found_in_sent",
                              data={"reply_id": reply_id}))
        summary.found_in_sent += 1
        summary.replies.add(reply_id)
        return
    if not present:
        client.append(folder, data, flags=[b"\\Seen"], msg_time=None)
    with store.session(durable=True) as session:
        session.execute(update(Reply).where(Reply.id == reply_id, Reply.state == ReplyState.SENT_NOT_FILED)
                        .values(state=ReplyState.SENT))
    summary.filed += 1
    summary.replies.add(reply_id)


# --- a person decides -----------------------------------------------------------------------


def resolve_uncertain(store: Store, reply_id: int, *, resend: bool, actor: str) -> ChangeSet:
    """After delivery-uncertain: send again (the customer did not get it) or record it as sent."""
    with store.session(durable=True) as session:
        reply = session.get(Reply, reply_id)
        if reply is None or reply.state not in (ReplyState.DELIVERY_UNCERTAIN, ReplyState.FAILED):
            raise InvalidInput(f"Reply #{reply_id} is not delivery-uncertain or failed.")
        was = reply.state
        if resend:
            reply.state = ReplyState.QUEUED
            reply.next_attempt_at = None
        else:
            if was is ReplyState.FAILED:
                raise InvalidInput(f"Reply #{reply_id} failed; the server refused it, so it was not sent.")
            reply.state = ReplyState.SENT_NOT_FILED
            reply.sent_at = datetime.now(UTC)
            _after_sent(session, reply, datetime.now(UTC))
        session.add(Event(ticket_id=reply.ticket_id, actor=actor, kind="reply_resend" if resend else
                          "reply_marked_sent", data={"reply_id": reply_id, "was": was.value}))
        views = ("outbox",) if resend else ("outbox", "open", "waiting", "mine", "unassigned")
        return ChangeSet.of(tickets=() if reply.ticket_id is None else (reply.ticket_id,), replies=(reply_id,),
                            views=views)
