"""Team mode: several ``python -m workstation sync`` processes on one PostgreSQL, one Dovecot inbox."""

from __future__ import annotations

import subprocess
import sys
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
                     "--smtp-security", "plain", "--password-stdin", stdin=PASSWORD + "\n")
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

    url = team_url(postgres_url)
    add_inbox(run_cli, url, dovecot, user)
    command = [sys.executable, "-m", "workstation", "--database", url, "sync", "--batch-size", "10"]
    processes = [subprocess.Popen(command, cwd=ROOT, env=cli_env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [(p.wait(timeout=180), *p.communicate()) for p in processes]
    for code, _out, err in outcomes:
        assert code == 0, err
        assert "Traceback" not in err
    store = open_store(Location.resolve(tmp_path / "team", url))
    try:
        assert snapshot(store) == expected
    finally:
        store.close()
