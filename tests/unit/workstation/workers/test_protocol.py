"""The worker protocol: what the workers write (recorded in tests/support/recorded/) decodes to typed
events, however a pipe cuts it; every event survives a round trip; what is not an event says so."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from workstation.changes import ChangeSet
from workstation.errors import MostradorError
from workstation.mail.errors import AuthenticationFailed, HostUnreachable
from workstation.workers import (
    Decoder,
    Failed,
    FlushFinished,
    Progress,
    ProtocolError,
    SyncFinished,
    decode,
    encode,
    write,
)

RECORDED = Path(__file__).resolve().parents[3] / "support" / "recorded"


def _recorded(name: str) -> bytes:
    return (RECORDED / name).read_bytes()


def test_a_recorded_first_pass_is_progress_then_the_outcome_with_its_tickets() -> None:
    *progress, finished = Decoder().feed(_recorded("sync_first_pass.jsonl"))
    assert progress and all(isinstance(p, Progress) and p.account == "Soporte" for p in progress)
    assert isinstance(progress[-1], Progress) and (progress[-1].done, progress[-1].total) == (3, 3)
    assert isinstance(finished, SyncFinished)
    assert (finished.account, finished.new, finished.tickets_created, finished.errors) == ("Soporte", 3, 2, ())
    assert finished.changes.tickets == {1, 2} and "open" in finished.changes.views


def test_a_recorded_pass_over_flags_and_expunges_names_the_tickets_they_touch() -> None:
    finished = Decoder().feed(_recorded("sync_changes_pass.jsonl"))[-1]
    assert isinstance(finished, SyncFinished)
    assert (finished.new, finished.updated, finished.expunged) == (1, 1, 1)
    assert finished.changes.tickets == {1, 2, 3}  # flagged, expunged, new


def test_a_recorded_refused_login_is_a_failure_that_waiting_does_not_fix() -> None:
    [failed] = Decoder().feed(_recorded("sync_wrong_password.jsonl"))
    assert isinstance(failed, Failed)
    assert (failed.account, failed.kind, failed.retry) == ("Soporte", "AuthenticationFailed", False)
    error = failed.as_error()
    assert isinstance(error, MostradorError) and error.retry is False and error.kind == "AuthenticationFailed"
    assert str(error) == failed.error and "refused the user name or password" in str(error)
    # Its code and facts come along, so the window can say it in its own language.
    assert error.code == failed.code == "login_refused" and set(error.params) == {"where", "user"}
    assert decode(encode(failed)) == failed


def test_recorded_flushes_carry_their_figures_and_the_replies_they_changed() -> None:
    [sent] = Decoder().feed(_recorded("outbox_flush.jsonl"))
    assert isinstance(sent, FlushFinished)
    assert (sent.sent, sent.filed, sent.failed, sent.uncertain) == (1, 1, 0, 0)
    assert sent.changes.replies == {1} and sent.changes.tickets == {1} and "outbox" in sent.changes.views
    [waiting] = Decoder().feed(_recorded("outbox_flush_server_down.jsonl"))
    assert isinstance(waiting, FlushFinished)
    assert (waiting.sent, waiting.retrying) == (0, 1) and waiting.changes.replies == {2}
    assert "Cannot connect to the SMTP server" in waiting.errors[0]


@pytest.mark.parametrize("name", ["sync_first_pass.jsonl", "sync_changes_pass.jsonl", "sync_wrong_password.jsonl",
                                  "outbox_flush.jsonl", "outbox_flush_server_down.jsonl"])
@pytest.mark.parametrize("size", [1, 2, 7, 50, 4096])
def test_pieces_of_any_size_decode_to_the_same_events(name: str, size: int) -> None:
    data = _recorded(name)
    whole = Decoder().feed(data)
    decoder = Decoder()
    pieces = [event for start in range(0, len(data), size) for event in decoder.feed(data[start:start + size])]
    assert pieces + decoder.finish() == whole
    assert whole and not any(isinstance(event, ProtocolError) for event in whole)


def test_a_last_line_without_its_end_is_read_when_the_worker_ends() -> None:
    line = encode(Failed("Soporte", "The mail server 127.0.0.1:1 did not answer.", "HostUnreachable", True))
    decoder = Decoder()
    assert decoder.feed(line[:-1]) == []
    assert decoder.finish() == [decode(line)]
    assert decoder.finish() == []


EVENTS = [
    Progress("Soporte", "INBOX", 250, 20000, 1843.5),
    Progress("Garantías · ñ", "Elementos enviados", 0, 0, 0.0),
    SyncFinished("Soporte", new=3, updated=1, expunged=1, remapped=0, tickets_created=2, tickets_updated=2,
                 errors=("Archivo is set aside and not synced: …",), seconds=0.412,
                 changes=ChangeSet.of(tickets=[3, 1], views=["open"], accounts=["Soporte"])),
    SyncFinished("Soporte"),
    FlushFinished(sent=2, retrying=1, failed=0, uncertain=1, filed=2, found_in_sent=0, busy=False,
                  errors=("421 try later", "“quoted” ✓"), changes=ChangeSet.of(replies=[4, 5], tickets=[9])),
    FlushFinished(busy=True),
    Failed("", "The database is locked by another program.", "StoreLocked", True),
    Failed("Soporte", "Línea\ncon salto", "AuthenticationFailed", False),
]


@pytest.mark.parametrize("event", EVENTS, ids=lambda e: type(e).__name__)
def test_every_event_survives_the_round_trip_on_one_line(event: object) -> None:
    line = encode(event)  # type: ignore[arg-type]
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode(line) == event
    assert decode(line.decode("utf-8")) == event


def test_write_puts_one_line_on_a_text_stream_too() -> None:
    stream = io.StringIO()
    write(EVENTS[0], stream)
    assert decode(stream.getvalue()) == EVENTS[0]


def test_events_are_made_from_what_the_engine_and_the_outbox_report() -> None:
    from workstation.outbox.sender import FlushSummary
    from workstation.sync.engine import SyncProgress, SyncSummary

    summary = SyncSummary("Soporte", new=2, expunged=1, tickets_created=1, tickets_updated={4, 5},
                          tickets_touched={7}, errors=["INBOX: cannot open the folder (NO)"], seconds=1.23456)
    finished = SyncFinished.of(summary)
    assert (finished.new, finished.expunged, finished.tickets_updated, finished.seconds) == (2, 1, 2, 1.235)
    assert finished.changes.tickets == {4, 5, 7} and finished.changes.accounts == {"Soporte"}
    assert not SyncFinished.of(SyncSummary("Soporte")).changes  # a pass that changed nothing redraws nothing
    assert Progress.of(SyncProgress("Soporte", "INBOX", 5, 10, 12.345)).rate == 12.3
    flush = FlushSummary(sent=1, replies={3}, tickets={8})
    assert FlushFinished.of(flush).changes == ChangeSet.of(replies=[3], tickets=[8], views=[
        "outbox", "open", "waiting", "mine", "unassigned"])
    assert Failed.of(AuthenticationFailed("no"), account="Soporte") == Failed("Soporte", "no", "AuthenticationFailed",
                                                                              False)
    assert Failed.of(HostUnreachable("gone"), account="Soporte", retry=False).retry is False
    assert Failed.of(MostradorError("locked")).retry is True


@pytest.mark.parametrize("line", [
    b"Traceback (most recent call last):",
    b"[1, 2]",
    b'{"event": "exploded"}',
    b'{"account": "Soporte"}',
    b'{"event": "progress", "account": "Soporte", "folder": "INBOX", "done": "many", "total": 3, "rate": 1}',
    b'{"event": "finished", "account": "Soporte", "errors": "one"}',
    b'{"event": "finished", "account": "Soporte", "changes": [1, 2]}',
    b'{"event": "failed", "account": "Soporte", "error": "x", "retry": "yes"}',
    b"\xff\xfe",
])
def test_what_is_not_an_event_is_a_protocol_error_and_stops_nothing(line: bytes) -> None:
    with pytest.raises(ProtocolError):
        decode(line)
    good = encode(EVENTS[0])
    events = Decoder().feed(good + line + b"\n" + good)
    assert events[0] == events[2] == EVENTS[0] and isinstance(events[1], ProtocolError)


def test_fields_a_newer_worker_adds_are_ignored_and_missing_ones_take_their_default() -> None:
    assert decode(b'{"event": "finished", "account": "Soporte", "new": 2, "colour": "blue"}') == \
        SyncFinished("Soporte", new=2)
