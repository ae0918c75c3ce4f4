"""The window's sync and outbox controllers against recorded worker streams (tests/support/recorded/,
written by the real workers: tests/integration/test_worker_streams.py keeps them honest).

Each controller runs a real process, tests/support/replay.py, in place of the worker: it writes the
recording in uneven pieces, as a pipe delivers it, then waits or ends as the worker would.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.composer.outbox_controller import OutboxController
from ui.sync_controller import SyncController
from ui.worker_process import WorkerProcess
from workstation.store.db import Store
from workstation.workers import FlushFinished, SyncFinished, WorkerFailed

ROOT = Path(__file__).resolve().parents[3]
REPLAY = ROOT / "tests" / "support" / "replay.py"
RECORDED = ROOT / "tests" / "support" / "recorded"


def _replay(*args: str) -> list[str]:
    return [str(REPLAY), *args]


class ReplayingSync(SyncController):
    """The window's controller, its workers replaying ``streams[account]`` (replay.py's arguments)."""

    def __init__(self, store: Store, streams: dict[str, list[str]]) -> None:
        super().__init__(store, lambda read, then: then(read()))
        self.streams = streams
        self.started: list[str] = []

    def accounts(self) -> list[str]:
        return list(self.streams)

    def _new_worker(self, account: str) -> WorkerProcess:
        self.started.append(account)
        return WorkerProcess([str(REPLAY), *self.streams[account]], name=account, parent=self)


class ReplayingOutbox(OutboxController):
    def __init__(self, store: Store, stream: list[str]) -> None:
        super().__init__(store)
        self.stream = stream

    def _new_worker(self) -> WorkerProcess:
        return WorkerProcess([str(REPLAY), *self.stream], parent=self)


@pytest.fixture
def two_passes(tmp_path: Path) -> Path:
    """A watching worker's stream: the first pass, then the pass over flags, an expunge and new mail."""
    stream = tmp_path / "two_passes.jsonl"
    stream.write_bytes((RECORDED / "sync_first_pass.jsonl").read_bytes()
                       + (RECORDED / "sync_changes_pass.jsonl").read_bytes())
    return stream


def test_passes_reach_the_window_as_progress_and_finished_events_with_their_changes(
        qtbot: QtBot, sqlite_store: Store, two_passes: Path) -> None:
    controller = ReplayingSync(sqlite_store, {"Soporte": [str(two_passes), "--wait"]})
    progress: list[tuple[str, str, int, int]] = []
    states: list[str] = []
    passes: list[SyncFinished] = []
    failures: list[object] = []
    controller.progress.connect(lambda account, folder, done, total, _rate: progress.append(
        (account, folder, done, total)))
    controller.state_changed.connect(lambda _account, text: states.append(text))
    controller.finished.connect(lambda _account, event: passes.append(event))
    controller.failed.connect(lambda _account, error: failures.append(error))
    controller.sync("Soporte")
    assert controller.is_running()
    qtbot.waitUntil(lambda: len(passes) == 2, timeout=10000)
    assert progress[0][:2] == ("Soporte", "INBOX") and (3, 3) in [(d, t) for _, _, d, t in progress]
    assert (passes[0].new, passes[0].changes.tickets) == (3, {1, 2})
    assert (passes[1].new, passes[1].updated, passes[1].expunged) == (1, 1, 1)
    assert passes[1].changes.tickets == {1, 2, 3}
    assert states[0] == "Soporte: connecting…" and states[-1] == "Soporte: up to date (1 new)"
    assert not controller.is_running()  # watching, between passes
    controller.shutdown()  # the window closes: the worker goes, and nobody is told it failed
    assert failures == [] and controller.started == ["Soporte"]


def test_a_refused_login_stops_the_account_until_the_user_asks(qtbot: QtBot, sqlite_store: Store) -> None:
    controller = ReplayingSync(sqlite_store, {"Soporte": [str(RECORDED / "sync_wrong_password.jsonl")]})
    states: list[str] = []
    controller.state_changed.connect(lambda _account, text: states.append(text))
    with qtbot.waitSignal(controller.failed, timeout=10000) as failed:
        controller.sync("Soporte")
    error = failed.args[1]
    assert isinstance(error, WorkerFailed) and (error.kind, error.retry) == ("AuthenticationFailed", False)
    assert "refused the user name or password" in states[-1]
    qtbot.waitUntil(lambda: not controller._running, timeout=10000)  # the worker ended after saying why
    controller.sync_all(automatic=True)  # the timer: not retried
    assert controller.started == ["Soporte"]
    controller.sync_all()  # F5: the user asks
    assert controller.started == ["Soporte", "Soporte"]
    controller.shutdown()


def test_a_worker_that_dies_mid_line_is_reported_with_its_last_words(qtbot: QtBot, sqlite_store: Store,
                                                                     tmp_path: Path) -> None:
    recorded = (RECORDED / "sync_first_pass.jsonl").read_bytes()
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(recorded[:recorded.rindex(b"\n", 0, len(recorded) - 1) + 30])  # into the last line
    controller = ReplayingSync(sqlite_store, {"Soporte": [str(cut), "--stderr", "MemoryError", "--exit", "1"]})
    progress: list[int] = []
    controller.progress.connect(lambda _a, _f, done, _t, _r: progress.append(done))
    finished: list[object] = []
    controller.finished.connect(lambda _a, event: finished.append(event))
    with qtbot.waitSignal(controller.failed, timeout=10000) as failed:
        controller.sync("Soporte")
    assert progress and finished == []
    error = failed.args[1]
    assert str(error) == "The sync stopped unexpectedly (MemoryError)." and error.retry is True
    controller.sync_all(automatic=True)  # waiting may help: the timer starts it again
    assert controller.started == ["Soporte", "Soporte"]
    controller.shutdown()


def test_a_flush_reaches_the_window_with_the_replies_it_changed(qtbot: QtBot, sqlite_store: Store) -> None:
    controller = ReplayingOutbox(sqlite_store, [str(RECORDED / "outbox_flush.jsonl")])
    with qtbot.waitSignal(controller.flushed, timeout=10000) as flushed:
        controller.flush()
    event = flushed.args[0]
    assert isinstance(event, FlushFinished) and (event.sent, event.filed) == (1, 1)
    assert event.changes.replies == {1} and event.changes.tickets == {1}
    qtbot.waitUntil(lambda: controller._worker is None, timeout=10000)


def test_a_flush_asked_for_while_one_runs_follows_it(qtbot: QtBot, sqlite_store: Store) -> None:
    controller = ReplayingOutbox(sqlite_store, [str(RECORDED / "outbox_flush_server_down.jsonl")])
    events: list[FlushFinished] = []
    controller.flushed.connect(events.append)
    controller.flush()
    controller.flush()  # a reply queued meanwhile
    qtbot.waitUntil(lambda: len(events) == 2 and controller._worker is None, timeout=10000)
    assert all(e.retrying == 1 and "Cannot connect to the SMTP server" in e.errors[0] for e in events)


def test_a_flush_that_ends_without_an_event_says_why(qtbot: QtBot, sqlite_store: Store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    words = "mostrador: The database is locked by another program; close it and try again."
    controller = ReplayingOutbox(sqlite_store, [str(empty), "--stderr", words, "--exit", "1"])
    with qtbot.waitSignal(controller.failed, timeout=10000) as failed:
        controller.flush()
    assert str(failed.args[0]) == words


def test_a_worker_that_cannot_start_is_reported(qtbot: QtBot, sqlite_store: Store,
                                                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python-here"))
    controller = SyncController(sqlite_store, lambda read, then: then(["Soporte"]))
    with qtbot.waitSignal(controller.failed, timeout=10000) as failed:
        controller.sync("Soporte")
    assert str(failed.args[1]).startswith("The sync could not start (") and failed.args[1].retry is True
    assert not controller._running
