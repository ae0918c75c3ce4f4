"""``python -m workstation sync`` as a user (or a supervisor's script) runs it, and killed mid-way."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from tests.integration.test_sync import account_for, snapshot
from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.mail import mail
from tests.support.proxy import CuttingProxy
from workstation.paths import Location
from workstation.store.db import open_store
from workstation.store.models import Message
from workstation.sync.engine import AccountSync

ROOT = Path(__file__).resolve().parents[2]


def _add(run_cli, data: Path, dovecot: Dovecot, user: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--data-dir", str(data), "account", "add", "Soporte", "--email", user,
                     "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.port), "--imap-security", "starttls",
                     "--ca-file", dovecot.ca_file, "--smtp-host", "127.0.0.1", "--smtp-port", "25",
                     "--smtp-security", "plain", "--password-stdin", "--no-check", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr


def test_sync_command_prints_a_json_summary(run_cli, tmp_path: Path, dovecot: Dovecot) -> None:  # type: ignore[no-untyped-def]
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Factura", message_id="<f1@example.org>"))
        imap.append("INBOX", mail("Re: Factura", in_reply_to="<f1@example.org>"))
    _add(run_cli, tmp_path, dovecot, user)
    result = run_cli("--data-dir", str(tmp_path), "sync", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["errors"] == []
    [account] = summary["accounts"]
    assert (account["account"], account["new"], account["tickets_created"]) == ("Soporte", 2, 1)
    again = json.loads(run_cli("--data-dir", str(tmp_path), "sync", "--json").stdout)
    assert again["accounts"][0]["new"] == 0


def test_sync_command_reports_a_wrong_password_in_one_line(run_cli, tmp_path: Path, dovecot: Dovecot) -> None:  # type: ignore[no-untyped-def]
    user = dovecot.new_user()
    proxy = CuttingProxy(dovecot.port)  # counts the connections
    try:
        result = run_cli("--data-dir", str(tmp_path), "account", "add", "Soporte", "--email", user,
                         "--imap-host", "127.0.0.1", "--imap-port", str(proxy.port), "--imap-security", "starttls",
                         "--ca-file", dovecot.ca_file, "--smtp-host", "127.0.0.1", "--smtp-security", "plain",
                         "--password-stdin", "--no-check", stdin="wrong\n")
        assert result.returncode == 0
        synced = run_cli("--data-dir", str(tmp_path), "sync")
    finally:
        proxy.close()
    assert synced.returncode == 1
    assert "Traceback" not in synced.stderr
    assert synced.stderr.strip().splitlines() == [
        f"mostrador: Soporte: The server 127.0.0.1:{proxy.port} refused the user name or password for {user}. "
        "Check them and try again."]
    # Tried once: a head start's failed login is the engine's answer too, not a reason to try again.
    assert proxy.connections == 1


def test_killed_sync_resumes_to_the_same_store(run_cli, cli_env, tmp_path: Path, dovecot: Dovecot) -> None:  # type: ignore[no-untyped-def]
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for i in range(240):
            thread = f"<k{i - 1}@example.org>" if i % 3 else None
            imap.append("INBOX", mail(f"Caso {i // 3}" if not thread else f"Re: Caso {i // 3}",
                                      f"C{i // 3} <c{i // 3}@example.org>", message_id=f"<k{i}@example.org>",
                                      in_reply_to=thread, body="texto " * 400))

    # The reference: one uninterrupted sync.
    reference = open_store(Location.resolve(tmp_path / "reference", None))
    account_for(reference, dovecot, user)
    AccountSync(reference, "Soporte").run()
    expected = snapshot(reference)
    reference.close()

    data = tmp_path / "killed"
    _add(run_cli, data, dovecot, user)
    command = [sys.executable, "-m", "workstation", "--data-dir", str(data), "sync", "--batch-size", "8"]
    partial_counts = []
    store = open_store(Location.resolve(data, None))

    def stored() -> int:
        with store.read() as session:
            return session.scalar(select(func.count()).select_from(Message)) or 0

    # Kill points: during start-up and login, then just after the store passes
    # a number of messages (in the middle of the next batch's FETCH or commit).
    for kill_at in (None, 1, 50, 120, 200):
        process = subprocess.Popen(command, cwd=ROOT, env=cli_env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        if kill_at is None:
            time.sleep(0.3)
        else:
            deadline = time.monotonic() + 60
            while process.poll() is None and stored() < kill_at and time.monotonic() < deadline:
                time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        partial_counts.append(stored())
    assert any(0 < count < 240 for count in partial_counts), partial_counts  # killed mid-way at least once
    assert partial_counts == sorted(partial_counts)  # never lost what was committed
    finished = subprocess.run(command, cwd=ROOT, env=cli_env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    assert snapshot(store) == expected
    store.close()



def test_watching_worker_syncs_on_request_and_ends_when_its_input_closes(run_cli, cli_env, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                        dovecot: Dovecot) -> None:
    """The window's worker: a JSON line a pass, a pass per "sync" line, gone when the window is."""
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Primero"))
    _add(run_cli, tmp_path, dovecot, user)
    worker = subprocess.Popen([sys.executable, "-m", "workstation", "--data-dir", str(tmp_path), "sync", "--events",
                               "--watch", "--account", "Soporte"], cwd=ROOT, env=cli_env, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert worker.stdin is not None and worker.stdout is not None

    def next_pass() -> dict[str, object]:
        while True:
            event = json.loads(worker.stdout.readline())  # type: ignore[union-attr]
            if event["event"] != "progress":
                return event

    try:
        first = next_pass()
        assert (first["event"], first["account"], first["new"]) == ("finished", "Soporte", 1)
        with dovecot.client(user) as imap:
            imap.append("INBOX", mail("Segundo"))
        pushed = next_pass()  # IDLE: nobody asked
        assert (pushed["event"], pushed["new"]) == ("finished", 1)
        worker.stdin.write("sync\n")
        worker.stdin.flush()
        asked = next_pass()
        assert (asked["event"], asked["new"]) == ("finished", 0)
        worker.stdin.close()
        assert worker.wait(timeout=10) == 0
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
        worker.stdout.close()
        worker.stderr.close()  # type: ignore[union-attr]
