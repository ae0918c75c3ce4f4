"""A fresh ``sync`` process logs in while Python is still importing.

``python -m workstation sync`` spends its first 0.4-0.6 s importing SQLAlchemy, the models and the sync
engine, and a server often needs as long for the first SELECT after new mail: Dovecot re-reads the
Maildir, 0.3-0.4 s for an INBOX of 100,000 messages. So the process's entry point starts a
:class:`HeadStart` before those imports: it reads the accounts straight from the SQLite file (a few
milliseconds), a thread per account logs in and selects INBOX, and the engine takes that connection
instead of opening its own.

A head start only ever saves time. What it cannot do (a PostgreSQL store, a store not created or not
migrated yet, no password in the keyring, a folder the server refuses) it leaves to the engine, which then
connects as it always does. The engine takes a connection only for the same server, port, security, user
and CA file it would use itself, and only while it is fresh. An error that logging in gave (a wrong
password, an untrusted certificate) is the engine's error too: it is reported once, not tried twice.

This module imports neither SQLAlchemy nor the models; keep it so.
"""

from __future__ import annotations

import argparse
import sqlite3
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from workstation.mail.endpoints import Endpoint, Security
from workstation.paths import Location

if TYPE_CHECKING:
    from imapclient import IMAPClient

#: The folder a head start selects: the one every account syncs first.
FOLDER = "INBOX"
#: A connection opened longer ago than this is not handed over (another account's long first sync came
#: first): servers may close idle sessions, and a new connection costs little next to such a pass.
FRESH_SECONDS = 60.0

# The accounts a sync covers when none is named: the rule of accounts.syncable_accounts, which needs
# SQLAlchemy. A test keeps the two in step.
_SYNCABLE = "enabled AND NOT is_sample"
_COLUMNS = "id, name, imap_host, imap_port, imap_security, username, ca_file"


class Opened(NamedTuple):
    client: IMAPClient
    selected: str  # the folder selected on it


@dataclass
class _Slot:
    account_id: int
    endpoint: Endpoint
    thread: threading.Thread = field(init=False)  # logs in; made with the slot it fills
    client: IMAPClient | None = None
    error: Exception | None = None  # a SyncError from logging in
    opened_at: float = 0.0


class _NoExit(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValueError(message)


def _sync_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a ``sync`` command line that a head start needs, or None for any other command.
    The real parser (in the CLI) reads the line again: this one only has to agree on these few options."""
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    parser = _NoExit(add_help=False, allow_abbrev=False)
    for option in ("--data-dir", "--database", "--agent"):
        parser.add_argument(option)
    parser.add_argument("command", nargs="?")
    parser.add_argument("--account", action="append")
    try:
        args, _ = parser.parse_known_args(list(argv))
    except ValueError:
        return None
    return args if args.command == "sync" else None


class HeadStart:
    """The connections being opened for one ``sync`` process, one per account."""

    def __init__(self, location: Location, names: Sequence[str] | None = None) -> None:
        self._lock = threading.Lock()
        self._closed = False
        self._slots: dict[str, _Slot] = {}
        for name, slot in self._read_accounts(location, names).items():
            slot.thread = threading.Thread(target=self._open, args=(slot,), name=f"head-start {name}",
                                           daemon=True)  # a server that never answers must not hold the exit
            self._slots[name] = slot

    @classmethod
    def for_command(cls, argv: Sequence[str]) -> HeadStart | None:
        """Started for a ``sync`` command line (``python -m workstation [options] sync ...``), else None."""
        args = _sync_arguments(argv)
        if args is None:
            return None
        head_start = cls(Location.resolve(args.data_dir, args.database), args.account)
        head_start.start()
        return head_start

    @property
    def accounts(self) -> list[str]:
        """The accounts being connected, by name."""
        return list(self._slots)

    def start(self) -> None:
        for slot in self._slots.values():
            slot.thread.start()

    def take(self, name: str, endpoint: Endpoint) -> Opened | None:
        """The connection opened for ``name``, if it is fresh and goes where ``endpoint`` says; None when the
        caller should connect itself. Raises the error logging in gave. Each connection is taken once."""
        with self._lock:
            slot = self._slots.pop(name, None)
        if slot is None:
            return None
        slot.thread.join()
        if slot.endpoint != endpoint or time.monotonic() - slot.opened_at > FRESH_SECONDS:
            _log_out(slot.client)
            return None
        if slot.error is not None:
            raise slot.error
        return None if slot.client is None else Opened(slot.client, FOLDER)

    def close(self) -> None:
        """Log out of the connections nobody took (a thread still connecting logs out when it is done)."""
        with self._lock:
            self._closed = True
            slots, self._slots = list(self._slots.values()), {}
        for slot in slots:
            if not slot.thread.is_alive():
                _log_out(slot.client)

    @staticmethod
    def _read_accounts(location: Location, names: Sequence[str] | None) -> dict[str, _Slot]:
        path = location.sqlite_path
        if path is None or not path.is_file():
            return {}
        if names:
            where, parameters = f"name IN ({', '.join('?' * len(names))})", list(names)
        else:
            where, parameters = _SYNCABLE, []
        try:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
            try:
                rows = connection.execute(f"SELECT {_COLUMNS} FROM accounts WHERE {where} ORDER BY name",
                                          parameters).fetchall()
            finally:
                connection.close()
        except sqlite3.Error:  # locked, not migrated, not a store: the engine will say what is wrong
            return {}
        slots = {}
        for account_id, name, host, port, security, username, ca_file in rows:
            try:
                endpoint = Endpoint(host, int(port), Security(security), username, ca_file)
            except (TypeError, ValueError):
                continue
            slots[name] = _Slot(account_id, endpoint)
        return slots

    # --- in the threads ---------------------------------------------------------------------------

    def _open(self, slot: _Slot) -> None:
        # Imported here, in the thread: keyring and imapclient take 0.1 s to import.
        from workstation import secrets
        from workstation.mail.imap import SyncError, connect_for_sync

        try:
            password = secrets.get_password(slot.account_id)
        except Exception:  # no keyring: the engine reports it
            return
        if not password:
            return
        try:
            client = connect_for_sync(slot.endpoint, password)
        except SyncError as exc:
            slot.error, slot.opened_at = exc, time.monotonic()
            return
        except Exception:  # anything else: the engine connects itself and meets it there
            return
        try:
            client.select_folder(FOLDER, readonly=True)
        except Exception:
            _log_out(client)
            return
        with self._lock:
            closed = self._closed
            if not closed:
                slot.client, slot.opened_at = client, time.monotonic()
        if closed:
            _log_out(client)


def _log_out(client: IMAPClient | None) -> None:
    if client is not None:
        from workstation.mail.imap import log_out

        log_out(client)
