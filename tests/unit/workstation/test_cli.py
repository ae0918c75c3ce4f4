"""``python -m workstation``, run as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_init_and_info_report_paths_revision_and_counts(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("--data-dir", str(data_dir), "init").returncode == 0
    result = run_cli("--data-dir", str(data_dir), "info", "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["data_dir"] == str(data_dir.resolve())
    assert info["database"] == str(data_dir.resolve() / "mostrador.sqlite3")
    assert info["schema_revision"] == info["schema_head"]
    assert info["counts"] == {"accounts": 0, "tickets": 0, "messages": 0, "customers": 0, "sample_tickets": 0}


def test_demo_seed_then_info_counts_the_tickets(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = run_cli("--data-dir", str(data_dir), "demo", "seed", "250", "--json")
    assert seeded.returncode == 0, seeded.stderr
    summary = json.loads(seeded.stdout)
    info = json.loads(run_cli("--data-dir", str(data_dir), "info", "--json").stdout)
    assert info["counts"]["tickets"] == summary["tickets"] == 250
    assert info["counts"]["messages"] == summary["messages"] > 250
    assert info["counts"]["sample_tickets"] == 250
    removed = run_cli("--data-dir", str(data_dir), "demo", "remove")
    assert removed.returncode == 0
    assert json.loads(run_cli("--data-dir", str(data_dir), "info", "--json").stdout)["counts"]["tickets"] == 0


ACCOUNT = ["account", "add", "Soporte", "--email", "soporte@example.com", "--imap-host", "127.0.0.1",
           "--imap-port", "1143", "--imap-security", "plain", "--smtp-host", "127.0.0.1", "--smtp-port", "1025",
           "--smtp-security", "plain", "--username", "soporte", "--password-stdin", "--no-check"]


def test_account_add_puts_the_password_in_the_keyring_only(run_cli, data_dir: Path, cli_env) -> None:  # type: ignore[no-untyped-def]
    secret = "s3cr3t-Contraseña-unique-9137"
    result = run_cli("--data-dir", str(data_dir), *ACCOUNT, stdin=secret + "\n")
    assert result.returncode == 0, result.stderr
    keyring_file = json.loads(Path(cli_env["MOSTRADOR_TEST_KEYRING_FILE"]).read_text())
    assert list(keyring_file.values()) == [secret]
    # Nowhere in the database files: not in the main file, the WAL or any backup.
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
            assert secret.encode("utf-16-le") not in path.read_bytes(), path
    assert secret not in result.stdout + result.stderr

    listed = json.loads(run_cli("--data-dir", str(data_dir), "account", "list", "--json").stdout)
    assert [(a["name"], a["email"], a["imap"]) for a in listed] == [
        ("Soporte", "soporte@example.com", "127.0.0.1:1143 (plain)")]

    removed = run_cli("--data-dir", str(data_dir), "account", "remove", "Soporte")
    assert removed.returncode == 0, removed.stderr
    assert json.loads(Path(cli_env["MOSTRADOR_TEST_KEYRING_FILE"]).read_text()) == {}
    assert json.loads(run_cli("--data-dir", str(data_dir), "account", "list", "--json").stdout) == []


def test_plain_text_to_a_remote_host_is_refused(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    args = [a if a != "127.0.0.1" else "mail.example.com" for a in ACCOUNT]
    result = run_cli("--data-dir", str(data_dir), *args, stdin="pw\n")
    assert result.returncode == 2
    assert _lines(result.stderr) == [
        "mostrador: Plain (unencrypted) IMAP is allowed only to this computer, not to mail.example.com. "
        "Use ssl or starttls."]


def test_duplicate_account_name_is_refused(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("--data-dir", str(data_dir), *ACCOUNT, stdin="pw\n").returncode == 0
    again = run_cli("--data-dir", str(data_dir), *ACCOUNT, stdin="pw\n")
    assert again.returncode == 2
    assert "already exists" in again.stderr


def test_no_keyring_backend_says_how_to_fix_and_writes_nothing(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = run_cli("--data-dir", str(data_dir), *ACCOUNT, stdin="pw\n", env=env)
    assert result.returncode == 1
    lines = _lines(result.stderr)
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("mostrador: No keyring backend is available to store passwords.")
    assert "keyrings.alt" in lines[0] and "Secret Service" in lines[0]
    assert json.loads(run_cli("--data-dir", str(data_dir), "account", "list", "--json").stdout) == []


def test_wrong_flag_is_one_line_and_exit_2(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--no-such-flag", "info")
    assert result.returncode == 2
    assert _lines(result.stderr) == [
        "python -m workstation: unrecognized arguments: --no-such-flag (see python -m workstation --help)"]


def test_locked_database_is_named_and_exits_non_zero(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("--data-dir", str(data_dir), "init").returncode == 0
    holder = sqlite3.connect(data_dir / "mostrador.sqlite3", isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("BEGIN EXCLUSIVE")  # another program holding the write lock
    try:
        result = run_cli("--data-dir", str(data_dir), "demo", "seed", "5",
                         env={"MOSTRADOR_SQLITE_BUSY_TIMEOUT_MS": "200"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert _lines(result.stderr) == [
        f"mostrador: The database {data_dir.resolve() / 'mostrador.sqlite3'} is locked by another program. "
        "Close the other Mostrador window or command that uses it and try again."]


def test_corrupt_database_is_named_and_exits_non_zero(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    (data_dir / "mostrador.sqlite3").write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    result = run_cli("--data-dir", str(data_dir), "info")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = _lines(result.stderr)
    assert len(lines) == 1
    assert "is not a readable Mostrador database" in lines[0] and "backups folder" in lines[0]


def test_unreachable_database_server_is_named(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql://agent:hunter2@127.0.0.1:{port}/mostrador"
    result = run_cli("--data-dir", str(tmp_path), "--database", url, "info")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = _lines(result.stderr)
    assert len(lines) == 1
    assert lines[0].startswith(f"mostrador: Cannot reach the database server at postgresql://agent:***@127.0.0.1:{port}")
    assert "hunter2" not in result.stderr


def test_unusable_database_url_is_named(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--data-dir", str(tmp_path), "--database", "nosuchdb://x/y", "info")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "is not one Mostrador can use" in result.stderr


@pytest.mark.postgres
def test_cli_works_on_a_team_database(run_cli, postgres_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    assert run_cli("--data-dir", str(tmp_path), "--database", url, "demo", "seed", "40").returncode == 0
    info = json.loads(run_cli("--data-dir", str(tmp_path), "--database", url, "info", "--json").stdout)
    assert info["dialect"] == "postgresql"
    assert info["counts"]["tickets"] == 40


def test_two_commands_at_once_both_finish(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Busy timeout at work: a second writer waits instead of failing."""
    assert run_cli("--data-dir", str(data_dir), "init").returncode == 0
    results = []
    threads = [threading.Thread(target=lambda: results.append(
        run_cli("--data-dir", str(data_dir), "demo", "seed", "300"))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    info = json.loads(run_cli("--data-dir", str(data_dir), "info", "--json").stdout)
    assert info["counts"]["tickets"] == 600


def test_agents_and_their_limits_from_the_command_line(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "data")
    assert run_cli("--data-dir", data, "agent", "add", "Marta", "--email", "marta@example.com",
                   "--supervisor").returncode == 0
    assert run_cli("--data-dir", data, "agent", "add", "Pablo").returncode == 0
    refused = run_cli("--data-dir", data, "--agent", "Pablo", "agent", "limit", "Pablo", "refund", "500")
    assert refused.returncode != 0 and "only supervisors set limits" in refused.stderr
    limited = run_cli("--data-dir", data, "--agent", "Marta", "agent", "limit", "Pablo", "refund", "150",
                      "--currency", "eur")
    assert limited.returncode == 0, limited.stderr
    agents = {a["name"]: a for a in json.loads(run_cli("--data-dir", data, "agent", "list", "--json").stdout)}
    assert agents["Pablo"]["limits"] == {"refund": {"amount": "150", "currency": "EUR"}}
    assert agents["Marta"]["role"] == "supervisor"
    assert run_cli("--data-dir", data, "followups").returncode == 0  # everyone's: no need to say who
    mine = run_cli("--data-dir", data, "followups", "--mine")
    assert mine.returncode != 0 and "say who you are" in mine.stderr
