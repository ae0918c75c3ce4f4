"""Quitting while workers run: the window closes at once. A sync told to stop ends behind it, and the next
sync finishes the same store an uninterrupted one makes (against the real Dovecot); a flush sending a reply
finishes it behind the closed window, and the reply goes exactly once (to a real SMTP server)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.integration.test_sync import account_for, snapshot
from tests.integration.test_sync_window import shared_keyring  # noqa: F401 - the fixture, used by name
from tests.support.dovecot import Dovecot
from tests.integration.test_outbox import BODY, REFUND, reply_state, ticket_from_customer
from tests.support.mail import mail
from tests.support.smtp import SmtpServer
from ui.main_window import MainWindow
from workstation.paths import Location
from workstation.outbox.compose import queue_reply
from workstation.outbox.sender import flush
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store, open_store
from workstation.store.models import Message, ReplyState
from workstation.sync.engine import AccountSync

MESSAGES = 1200


def alive(pid: int) -> bool:
    """Whether the process is still there and not a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.usefixtures("shared_keyring")
def test_closing_the_window_mid_sync_returns_at_once_and_the_next_sync_completes_the_same_store(
        qtbot: QtBot, tmp_path: Path, dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for i in range(MESSAGES):
            thread = f"<q{i - 1}@example.org>" if i % 3 else None
            imap.append("INBOX", mail(f"Caso {i // 3}" if not thread else f"Re: Caso {i // 3}",
                                      f"C{i % 41} <c{i % 41}@example.org>", message_id=f"<q{i}@example.org>",
                                      in_reply_to=thread, body=f"texto {i} " * 300))

    # The reference: one uninterrupted sync of the same mailbox.
    reference = open_store(Location.resolve(tmp_path / "reference", None))
    account_for(reference, dovecot, user)
    AccountSync(reference, "Soporte").run()
    expected = snapshot(reference)
    reference.close()

    store = open_store(Location.resolve(tmp_path / "quit", None))
    account_for(store, dovecot, user)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    progress: list[tuple[int, int]] = []
    window.sync.progress.connect(lambda _a, _f, done, total, _r: progress.append((done, total)))
    window.sync.sync_all()
    qtbot.waitUntil(lambda: bool(progress) and 0 < progress[-1][0] < progress[-1][1], timeout=60000)
    pid = window.sync._running["Soporte"].process.processId()
    assert alive(pid)

    started = time.monotonic()
    window.close()
    took = time.monotonic() - started
    # A bound, generous on a loaded machine: the point is that closing does not wait for the worker.
    assert took < 1.0, f"closing took {took:.2f} s"
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not alive(pid), timeout=15000)  # told to stop, it ended behind the closed window

    with store.read() as session:
        partial = session.scalar(select(func.count()).select_from(Message))
    assert partial is not None and partial < MESSAGES  # the close did interrupt the pass
    AccountSync(store, "Soporte").run()  # the next start's sync
    assert snapshot(store) == expected
    store.close()


@pytest.mark.usefixtures("shared_keyring")
def test_closing_the_window_mid_send_returns_at_once_and_the_reply_goes_exactly_once(
        qtbot: QtBot, sqlite_store: Store, dovecot: Dovecot, smtp: SmtpServer) -> None:
    ticket_id, _user = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    arrived = threading.Event()

    def slow_answer() -> None:  # the server takes its time over the 250 (a slow provider)
        arrived.set()
        time.sleep(3)

    smtp.recorder.on_accept = slow_answer
    window = MainWindow(sqlite_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    window.outbox.flush()
    qtbot.waitUntil(arrived.is_set, timeout=30000)  # the reply's DATA is on the server, the 250 not yet back
    worker = window.outbox._worker
    assert worker is not None
    pid = worker.process.processId()

    started = time.monotonic()
    window.close()
    took = time.monotonic() - started
    assert took < 1.0, f"closing took {took:.2f} s"  # the flush still waits for its 250: not for it
    qtbot.waitUntil(lambda: not alive(pid), timeout=30000)  # it finished the send behind the closed window
    smtp.recorder.on_accept = None

    assert smtp.message_ids() == [queued.message_id]
    assert reply_state(sqlite_store, queued.id).state in (ReplyState.SENT, ReplyState.SENT_NOT_FILED)
    assert flush(sqlite_store).sent == 0  # the next start sends nothing again
    assert smtp.message_ids() == [queued.message_id]
