"""Team mode: several ``python -m workstation sync`` processes on one PostgreSQL, one Dovecot inbox."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.test_sync import snapshot
from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.mail import mail
from workstation.paths import Location
from workstation.store.db import open_store

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.postgres]


def team_url(postgres_url: str) -> str:
    return postgres_url.replace("postgresql+psycopg://", "postgresql://")


def add_inbox(run_cli, url: str, dovecot: Dovecot, user: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--database", url, "account", "add", "Soporte", "--email", user,
                     "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.port), "--imap-security", "starttls",
                     "--ca-file", dovecot.ca_file, "--smtp-host", "127.0.0.1", "--smtp-port", "25",
                     "--smtp-security", "plain", "--no-check", "--password-stdin", stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr


def fill(dovecot: Dovecot, user: str, count: int) -> None:
    """Threads of three, a few customers writing more than once, and two distinct messages sharing one
    Message-ID (a sender's bug): all must be kept."""
    with dovecot.client(user) as imap:
        for i in range(count):
            thread = f"<t{i - 1}@example.org>" if i % 3 else None
            imap.append("INBOX", mail(f"Caso {i // 3}" if not thread else f"Re: Caso {i // 3}",
                                      f"C{i % 17} <c{i % 17}@example.org>", message_id=f"<t{i}@example.org>",
                                      in_reply_to=thread, body=f"texto {i} " * 50))
        imap.append("INBOX", mail("Duplicado A", message_id="<same@example.org>", body="primero"))
        imap.append("INBOX", mail("Duplicado B", message_id="<same@example.org>", body="segundo"))


def test_two_syncs_of_one_inbox_at_once_store_each_message_once(run_cli, cli_env, postgres_url: str,  # type: ignore[no-untyped-def]
                                                                 postgres_server, tmp_path: Path,
                                                                 dovecot: Dovecot) -> None:
    """Two desks syncing one inbox at the same time: started together (the lock makes one wait), and a
    holder whose lock's session the server dropped mid-pass while a second desk takes over (both store the
    same batches at once: no copy twice, no error)."""
    user = dovecot.new_user()
    fill(dovecot, user, 150)
    # The reference: one sync alone, into a database of its own.
    reference_url = team_url(postgres_server.create_database())
    add_inbox(run_cli, reference_url, dovecot, user)
    alone = run_cli("--database", reference_url, "sync", "--batch-size", "10")
    assert alone.returncode == 0, alone.stderr
    reference = open_store(Location.resolve(tmp_path / "ref", reference_url))
    expected = snapshot(reference)
    reference.close()
    assert len(expected["messages"]) == 152

    for case in ("started together", "lock lost mid-pass"):
        url = team_url(postgres_server.create_database())
        add_inbox(run_cli, url, dovecot, user)
        command = [sys.executable, "-m", "workstation", "--database", url, "sync", "--batch-size", "5"]

        def start(agent: str) -> subprocess.Popen[str]:
            return subprocess.Popen(command, cwd=ROOT, env={**cli_env, "MOSTRADOR_AGENT": agent},
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        first = start("Marta")
        if case == "lock lost mid-pass":
            deadline = time.monotonic() + 60
            while _count(url, "SELECT count(*) FROM messages") < 10 and time.monotonic() < deadline:
                time.sleep(0.01)
            # The server drops the holder's lock session (as after a network cut); Marta's desk is still
            # in its pass, and Pablo's takes the inbox over at once.
            assert _count(url, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                               "WHERE application_name = 'mostrador sync: Marta''s desk'") == 1
        second = start("Pablo")
        outcomes = [(p.wait(timeout=180), *p.communicate()) for p in (first, second)]
        for code, _out, err in outcomes:
            assert code == 0, (case, err)
            assert "Traceback" not in err
        if case == "lock lost mid-pass":
            assert outcomes[1][1].startswith("Soporte: ")
            assert "Synced by" not in outcomes[1][1]  # Pablo's desk synced too, while Marta's was at it
        store = open_store(Location.resolve(tmp_path / case, url))
        try:
            assert snapshot(store) == expected, case
        finally:
            store.close()


def _count(url: str, sql: str) -> int:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_the_lock_holder_killed_mid_batch_another_desk_takes_over(run_cli, cli_env, postgres_url: str,  # type: ignore[no-untyped-def]
                                                                  postgres_server, tmp_path: Path,
                                                                  dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    fill(dovecot, user, 900)
    reference_url = team_url(postgres_server.create_database())
    add_inbox(run_cli, reference_url, dovecot, user)
    assert run_cli("--database", reference_url, "sync").returncode == 0
    reference = open_store(Location.resolve(tmp_path / "ref", reference_url))
    expected = snapshot(reference)
    reference.close()

    url = team_url(postgres_url)
    add_inbox(run_cli, url, dovecot, user)
    command = [sys.executable, "-m", "workstation", "--database", url, "sync", "--watch", "--batch-size", "4"]
    marta = subprocess.Popen(command, cwd=ROOT, env={**cli_env, "MOSTRADOR_AGENT": "Marta"},
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pablo = None
    try:
        deadline = time.monotonic() + 60
        while _count(url, "SELECT count(*) FROM sync_holders") < 1 and time.monotonic() < deadline:
            time.sleep(0.01)
        # Pablo's desk starts while Marta's syncs: it leaves the inbox alone and says who syncs it.
        pablo = subprocess.Popen(command, cwd=ROOT, env={**cli_env, "MOSTRADOR_AGENT": "Pablo"},
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        assert pablo.stdout is not None
        first = pablo.stdout.readline()
        assert first.strip() == "Soporte: Synced by Marta's desk. Retrying in 10 s."
        while _count(url, "SELECT count(*) FROM messages") < 100 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert _count(url, "SELECT count(*) FROM messages") < 902
        marta.send_signal(signal.SIGKILL)  # in the middle of a batch, or between two
        marta.wait(timeout=10)
        deadline = time.monotonic() + 60  # within a minute
        while _count(url, "SELECT count(*) FROM messages") < 902 and time.monotonic() < deadline:
            time.sleep(0.1)
        store = open_store(Location.resolve(tmp_path / "team", url))
        try:
            assert snapshot(store) == expected
            from workstation.team.synclock import holder

            with store.read() as session:
                from sqlalchemy import select

                from workstation.store.models import Account
                account_id = session.scalar(select(Account.id))
            assert holder(store, account_id) == "Pablo's desk"
        finally:
            store.close()
        assert _count(url, "SELECT count(*) FROM accounts WHERE last_error IS NOT NULL") == 0
    finally:
        for process in (marta, pablo):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
        if pablo is not None and pablo.stdout is not None:
            pablo.stdout.close()


def test_a_desk_without_the_password_leaves_the_account_alone(run_cli, cli_env, postgres_url: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    fill(dovecot, user, 3)
    url = team_url(postgres_url)
    add_inbox(run_cli, url, dovecot, user)
    other_keyring = {**cli_env, "MOSTRADOR_TEST_KEYRING_FILE": str(tmp_path / "pablo-keyring.json"),
                     "MOSTRADOR_AGENT": "Pablo"}
    alone = subprocess.run([sys.executable, "-m", "workstation", "--database", url, "sync"], cwd=ROOT,
                           env=other_keyring, capture_output=True, text=True, timeout=60)
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout.strip() == ("Soporte: This desk has no password for Soporte, and no desk is syncing it "
                                    "now. Add Soporte again on this desk (its password goes to this computer's "
                                    "keyring), or start the desk that has it.")
    assert _count(url, "SELECT count(*) FROM messages") == 0
    # Marta's desk, with the password, syncs and keeps watching; Pablo's says so and writes nothing.
    marta = subprocess.Popen([sys.executable, "-m", "workstation", "--database", url, "sync", "--watch"],
                             cwd=ROOT, env={**cli_env, "MOSTRADOR_AGENT": "Marta"}, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    try:
        assert marta.stdout is not None
        assert marta.stdout.readline().startswith("Soporte: 5 new")
        told = subprocess.run([sys.executable, "-m", "workstation", "--database", url, "sync", "--json"],
                              cwd=ROOT, env=other_keyring, capture_output=True, text=True, timeout=60)
        assert told.returncode == 0, told.stderr
        import json

        [summary] = json.loads(told.stdout)["accounts"]
        assert summary["synced_elsewhere"] == "Synced by Marta's desk."
        assert _count(url, "SELECT count(*) FROM accounts WHERE last_error IS NULL AND last_sync_at IS NOT NULL") == 1
    finally:
        marta.kill()
        marta.wait()
        marta.stdout.close()  # type: ignore[union-attr]
