"""The worker streams recorded in tests/support/recorded/ are what the real workers write.

Each test runs a real worker (a sync against the test Dovecot, a flush against aiosmtpd, a login the
server refuses) and compares its stream with the recording, event by event: the same events in the
same order, with the same fields. The decoder and the window's controllers are tested against the
recordings (tests/unit/workstation/workers, tests/unit/ui/test_worker_controllers.py); these tests
keep the recordings honest. ``MOSTRADOR_RECORD_WORKERS=1`` writes them afresh instead.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from tests.integration.test_outbox import BODY, REFUND
from tests.integration.test_sync import account_for
from tests.integration.test_sync_window import shared_keyring  # noqa: F401 - a fixture
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from tests.support.smtp import SmtpServer
from ui.main_window import MainWindow
from workstation.outbox.compose import queue_reply
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Account
from workstation.sync.engine import AccountSync
from workstation.workers import Failed, FlushFinished, Progress, SyncFinished, decode

ROOT = Path(__file__).resolve().parents[2]
RECORDED = ROOT / "tests" / "support" / "recorded"
RECORD = os.environ.get("MOSTRADOR_RECORD_WORKERS") == "1"


def _shape(stream: bytes) -> list[tuple[str, list[str]]]:
    lines = [json.loads(line) for line in stream.splitlines()]
    return [(line["event"], sorted(line)) for line in lines]


def _same_as_recorded(name: str, stream: bytes) -> None:
    path = RECORDED / name
    if RECORD:
        path.write_bytes(stream)
    recorded = path.read_bytes()
    assert _shape(stream) == _shape(recorded), f"the worker's stream changed: record {name} again"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(store: Store, env: dict[str, str], *command: str, code: int = 0) -> bytes:
    worker = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(store.location.data_dir),
                             *command], cwd=ROOT, env=env, capture_output=True, timeout=120, check=False)
    assert worker.returncode == code, worker.stderr.decode()
    return worker.stdout


@pytest.mark.usefixtures("shared_keyring")
def test_sync_workers_write_the_recorded_streams(sqlite_store: Store, dovecot: Dovecot,
                                                 cli_env: dict[str, str]) -> None:
    """A first pass: three messages in two tickets. Then, on the server, one flagged, one expunged and one
    new: the next pass names the three tickets they touch."""
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Pedido 1 sin llegar", "Ana <ana@example.org>", message_id="<p1@example.org>"))
        imap.append("INBOX", mail("Re: Pedido 1 sin llegar", "Ana <ana@example.org>",
                                  in_reply_to="<p1@example.org>"))
        imap.append("INBOX", mail("Factura duplicada", "Luis <luis@example.org>"))
    account_for(sqlite_store, dovecot, user)
    first = _run(sqlite_store, cli_env, "sync", "--events", "--account", "Soporte")
    *progress, finished = [decode(line) for line in first.splitlines()]
    assert progress and all(isinstance(event, Progress) for event in progress)
    assert isinstance(finished, SyncFinished) and (finished.new, finished.tickets_created) == (3, 2)
    assert finished.changes.tickets == {1, 2} and not finished.errors
    _same_as_recorded("sync_first_pass.jsonl", first)

    with dovecot.client(user) as imap:
        imap.select_folder("INBOX")
        uids = sorted(imap.search(["ALL"]))
        imap.add_flags([uids[0]], [b"\\Flagged"])  # ticket 1
        imap.delete_messages([uids[2]])  # ticket 2
        imap.expunge()
        imap.append("INBOX", mail("Cambio de dirección", "Eva <eva@example.org>"))  # ticket 3
    changes = _run(sqlite_store, cli_env, "sync", "--events", "--account", "Soporte")
    finished = decode(changes.splitlines()[-1])
    assert isinstance(finished, SyncFinished)
    assert (finished.new, finished.updated, finished.expunged) == (1, 1, 1)
    assert finished.changes.tickets == {1, 2, 3}
    _same_as_recorded("sync_changes_pass.jsonl", changes)


@pytest.mark.usefixtures("shared_keyring")
def test_a_refused_login_writes_the_recorded_stream(sqlite_store: Store, dovecot: Dovecot,
                                                    cli_env: dict[str, str]) -> None:
    account_for(sqlite_store, dovecot, dovecot.new_user(), password="wrong")
    stream = _run(sqlite_store, cli_env, "sync", "--events", "--account", "Soporte", code=1)
    [failed] = [decode(line) for line in stream.splitlines()]
    assert isinstance(failed, Failed)
    assert (failed.account, failed.kind, failed.retry) == ("Soporte", "AuthenticationFailed", False)
    assert "refused the user name or password" in failed.error
    assert failed.code == "login_refused" and failed.params["user"] in failed.error
    _same_as_recorded("sync_wrong_password.jsonl", stream)


@pytest.mark.usefixtures("shared_keyring")
def test_an_outbox_flush_writes_the_recorded_stream(sqlite_store: Store, dovecot: Dovecot, smtp: SmtpServer,
                                                    cli_env: dict[str, str]) -> None:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Cobro duplicado", "Ana <ana@example.org>",
                                  body="Me han cobrado dos veces el pedido 77."))
    account_for(sqlite_store, dovecot, user, smtp_port=smtp.port)
    AccountSync(sqlite_store, "Soporte").run()
    queued = queue_reply(sqlite_store, 1, BODY, [ActionSpec.from_dict(REFUND)])
    stream = _run(sqlite_store, cli_env, "outbox", "flush", "--events")
    [flushed] = [decode(line) for line in stream.splitlines()]
    assert isinstance(flushed, FlushFinished)
    assert (flushed.sent, flushed.filed, flushed.failed, flushed.errors) == (1, 1, 0, ())
    assert flushed.changes.replies == {queued.id} and flushed.changes.tickets == {1}
    assert smtp.message_ids() == [queued.message_id]
    _same_as_recorded("outbox_flush.jsonl", stream)

    with sqlite_store.session() as session:  # the inbox's SMTP server goes away: the next reply waits
        session.execute(update(Account).values(smtp_port=_closed_port()))
    again = queue_reply(sqlite_store, 1, BODY, [ActionSpec.from_dict(REFUND)])
    stream = _run(sqlite_store, cli_env, "outbox", "flush", "--events")
    [flushed] = [decode(line) for line in stream.splitlines()]
    assert isinstance(flushed, FlushFinished)
    assert (flushed.sent, flushed.retrying) == (0, 1) and flushed.changes.replies == {again.id}
    assert flushed.errors and "Cannot connect to the SMTP server" in flushed.errors[0]
    _same_as_recorded("outbox_flush_server_down.jsonl", stream)


@pytest.mark.usefixtures("shared_keyring")
def test_the_window_flushes_through_its_worker_and_applies_what_changed(qtbot: QtBot, sqlite_store: Store,
                                                                        dovecot: Dovecot, smtp: SmtpServer) -> None:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Cobro duplicado", "Ana <ana@example.org>",
                                  body="Me han cobrado dos veces el pedido 77."))
    account_for(sqlite_store, dovecot, user, smtp_port=smtp.port)
    AccountSync(sqlite_store, "Soporte").run()
    window = MainWindow(sqlite_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready() and window.workspace.model.rowCount() == 1, timeout=10000)
    queued = queue_reply(sqlite_store, 1, BODY, [ActionSpec.from_dict(REFUND)])
    with qtbot.waitSignal(window.outbox.flushed, timeout=30000) as flushed:
        window.outbox.flush()
    assert flushed.args[0].sent == 1 and smtp.message_ids() == [queued.message_id]
    assert window.message.text() == "1 replies sent."
    # Answered, the ticket waits on the customer: the window read its row again.
    model = window.workspace.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0).status == "waiting",  # type: ignore[union-attr]
                    timeout=10000)
    window.close()
