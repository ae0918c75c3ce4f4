"""Which command lines and stores get a head start, and for which accounts (no server needed: nothing
here is started)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, update

from workstation.accounts import AccountSpec, add_account, syncable_accounts
from workstation.mail.endpoints import Endpoint, Security
from workstation.paths import Location
from workstation.store.db import Store
from workstation.store.models import Account
from workstation.mail.imap import HostUnreachable
from workstation.sync.head_start import HeadStart

ROOT = Path(__file__).resolve().parents[3]


def _closed_port() -> int:
    """A loopback port nothing listens on: connecting there is refused at once."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        return listener.getsockname()[1]


def _add(store: Store, name: str, port: int, *, enabled: bool = True, sample: bool = False) -> None:
    address = f"{name.lower()}@example.org"
    add_account(store, AccountSpec(name=name, email=address, imap_host="127.0.0.1", imap_port=port,
                                   imap_security=Security.PLAIN, smtp_host="127.0.0.1", smtp_port=25,
                                   smtp_security=Security.PLAIN, username=address), "secret")
    with store.session() as session:
        session.execute(update(Account).where(Account.name == name).values(enabled=enabled, is_sample=sample))


@pytest.fixture
def accounts(sqlite_store: Store) -> Store:
    port = _closed_port()
    _add(sqlite_store, "Ventas", port)
    _add(sqlite_store, "Soporte", port)
    _add(sqlite_store, "Pausada", port, enabled=False)
    _add(sqlite_store, "Muestra", port, sample=True)
    return sqlite_store


def test_the_accounts_are_the_ones_a_sync_covers(accounts: Store) -> None:
    assert HeadStart(accounts.location).accounts == syncable_accounts(accounts) == ["Soporte", "Ventas"]
    # Named on the command line, an account is synced even when paused, and so it is connected.
    assert HeadStart(accounts.location, ["Pausada", "Ventas"]).accounts == ["Pausada", "Ventas"]
    assert HeadStart(accounts.location, ["Nadie"]).accounts == []


@pytest.mark.parametrize("argv", [
    ["queue"],
    ["account", "list"],
    ["sync", "--help"],
    ["--version"],
    ["--data-dir"],  # a broken line: the CLI's own parser says what is wrong
])
def test_only_a_sync_command_line_gets_one(accounts: Store, argv: list[str]) -> None:
    assert HeadStart.for_command(["--data-dir", str(accounts.location.data_dir), *argv]) is None


def test_a_sync_command_line_connects_its_accounts(accounts: Store) -> None:
    data_dir = str(accounts.location.data_dir)
    for argv, expected in ((["--data-dir", data_dir, "sync", "--json"], ["Soporte", "Ventas"]),
                           ([f"--data-dir={data_dir}", "--agent", "ana", "sync", "--account", "Ventas", "--watch"],
                            ["Ventas"])):
        head_start = HeadStart.for_command(argv)
        assert head_start is not None and head_start.accounts == expected
        head_start.close()


def test_an_error_logging_in_is_handed_over_once(accounts: Store) -> None:
    head_start = HeadStart(accounts.location, ["Ventas"])
    head_start.start()
    with accounts.read() as session:
        account = session.scalars(select(Account).where(Account.name == "Ventas")).one()
        endpoint = Endpoint(account.imap_host, account.imap_port, account.imap_security, account.username)
    with pytest.raises(HostUnreachable, match="Cannot connect"):
        head_start.take("Ventas", endpoint)
    assert head_start.take("Ventas", endpoint) is None  # taken: the engine's next try is its own


def test_a_connection_for_another_endpoint_is_not_handed_over(accounts: Store) -> None:
    head_start = HeadStart(accounts.location, ["Ventas"])
    head_start.start()
    elsewhere = Endpoint("127.0.0.1", 993, Security.SSL, "ventas@example.org")
    assert head_start.take("Ventas", elsewhere) is None  # and its error is not the engine's either


def test_stores_it_cannot_read_get_none(tmp_path: Path) -> None:
    assert HeadStart(Location.resolve(tmp_path, "postgresql://mostrador@127.0.0.1/queue")).accounts == []
    assert HeadStart(Location.resolve(tmp_path / "nothing-yet", None)).accounts == []
    (tmp_path / "mostrador.sqlite3").write_bytes(b"not a database at all")
    assert HeadStart(Location.resolve(tmp_path, None)).accounts == []


def test_it_imports_neither_sqlalchemy_nor_the_models() -> None:
    # Else it would wait for the very imports it is meant to run beside.
    code = ("import sys, workstation.sync.head_start, workstation.mail.imap\n"
            "print(sorted(n for n in sys.modules if n.startswith(('sqlalchemy', 'workstation.store'))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"
