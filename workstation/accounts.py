"""Support inboxes: add, list, remove. Passwords go to the keyring only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update

from workstation import secrets
from workstation.mail.endpoints import Security, is_loopback
from workstation.errors import InvalidInput, NotFound, SecretStoreUnavailable
from workstation.store.db import Store
from workstation.store.models import Account, Folder, Message, Ticket


@dataclass(frozen=True)
class AccountSpec:
    name: str
    email: str
    imap_host: str
    imap_port: int
    imap_security: Security
    smtp_host: str
    smtp_port: int
    smtp_security: Security
    username: str
    ca_file: str | None = None
    display_name: str | None = None

    def validate(self) -> None:
        if not self.name.strip():
            raise InvalidInput("The account needs a name.")
        if "@" not in self.email:
            raise InvalidInput(f"{self.email!r} is not an e-mail address.")
        for label, port in (("IMAP", self.imap_port), ("SMTP", self.smtp_port)):
            if not 0 < port < 65536:
                raise InvalidInput(f"The {label} port {port} is not between 1 and 65535.")
        for label, host, security in (
            ("IMAP", self.imap_host, self.imap_security),
            ("SMTP", self.smtp_host, self.smtp_security),
        ):
            if security is Security.PLAIN and not is_loopback(host):
                raise InvalidInput(
                    f"Plain (unencrypted) {label} is allowed only to this computer, not to {host}.",
                    hint="Use ssl or starttls.",
                )


def add_account(store: Store, spec: AccountSpec, password: str) -> Account:
    """Create the account, then put its password in the keyring.

    The keyring is checked first, so a machine without one stops before any
    row is written; if storing the password fails, the row is rolled back.
    """
    spec.validate()
    if not password:
        raise InvalidInput("The password is empty.")
    secrets.check_backend()
    with store.session() as session:
        if session.scalar(select(Account.id).where(Account.name == spec.name)) is not None:
            raise InvalidInput(f"An account named {spec.name!r} already exists.")
        account = Account(
            name=spec.name,
            email=spec.email,
            display_name=spec.display_name,
            imap_host=spec.imap_host,
            imap_port=spec.imap_port,
            imap_security=spec.imap_security,
            smtp_host=spec.smtp_host,
            smtp_port=spec.smtp_port,
            smtp_security=spec.smtp_security,
            username=spec.username,
            ca_file=spec.ca_file,
        )
        account.folders.append(Folder(name="INBOX", special_use="\\Inbox", watch=True))
        session.add(account)
        session.flush()
        secrets.store_password(account.id, password)
    return account


def list_accounts(store: Store) -> list[dict[str, Any]]:
    with store.read() as session:
        counts = dict(
            session.execute(select(Ticket.account_id, func.count()).group_by(Ticket.account_id)).all()
        )
        return [
            {
                "name": a.name,
                "email": a.email,
                "imap": f"{a.imap_host}:{a.imap_port} ({a.imap_security.value})",
                "smtp": f"{a.smtp_host}:{a.smtp_port} ({a.smtp_security.value})",
                "username": a.username,
                "ca_file": a.ca_file,
                "sample": a.is_sample,
                "tickets": counts.get(a.id, 0),
                "last_error": a.last_error,
                "last_sync_at": a.last_sync_at.isoformat() if a.last_sync_at else None,
                "set_aside": {f.name: f.set_aside_reason for f in a.folders if f.set_aside_reason and f.watch},
            }
            for a in session.scalars(select(Account).order_by(Account.name))
        ]


def syncable_accounts(store: Store) -> list[str]:
    """The names of the accounts a sync covers when none is named: enabled, and not sample data."""
    with store.read() as session:
        return list(session.scalars(select(Account.name).where(Account.enabled.is_(True), Account.is_sample.is_(False))
                                    .order_by(Account.name)))


def remove_account(store: Store, name: str) -> bool:
    """Remove an inbox and its password; its tickets stay, without an inbox.

    Returns False when no keyring was reachable to delete the password from.
    """
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise NotFound(f"There is no account named {name!r}.", hint="See `account list`.")
        account_id = account.id
        session.delete(account)
    try:
        secrets.delete_password(account_id)
    except SecretStoreUnavailable:
        return False
    return True


def set_watched(store: Store, name: str, folders: list[str], *, watch: bool) -> list[str]:
    """Start or stop syncing the named folders of an account (INBOX is always watched)."""
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise NotFound(f"There is no account named {name!r}.", hint="See `account list`.")
        for folder_name in folders:
            if folder_name.upper() == "INBOX" and not watch:
                raise InvalidInput("INBOX is always synced.")
            folder = session.scalar(select(Folder).where(Folder.account_id == account.id,
                                                         Folder.name == folder_name))
            if folder is None:
                if watch:
                    session.add(Folder(account_id=account.id, name=folder_name, watch=True))
            else:
                folder.watch = watch  # a folder set aside stays so: only `resync` starts it afresh
        session.flush()
        return list(session.scalars(select(Folder.name).where(Folder.account_id == account.id,
                                                              Folder.watch.is_(True)).order_by(Folder.name)))


@dataclass(frozen=True)
class SetAside:
    """A folder the sync stopped syncing after the server renumbered it, and why."""

    account: str
    folder: str
    reason: str


def set_aside_folders(store: Store, name: str | None = None) -> list[SetAside]:
    """Folders set aside (of one account, or of all): each an error until a person starts it afresh."""
    with store.read() as session:
        query = (select(Account.name, Folder.name, Folder.set_aside_reason).join(Folder, Folder.account_id == Account.id)
                 .where(Folder.set_aside_reason.is_not(None), Folder.watch.is_(True)).order_by(Account.name, Folder.name))
        if name is not None:
            query = query.where(Account.name == name)
        return [SetAside(account, folder, reason) for account, folder, reason in session.execute(query)]


def resync_folder(store: Store, name: str, folder_name: str) -> int:
    """Start a folder afresh: its stored messages stay (marked as no longer on the server under the old
    numbers, with their tickets), and the next sync reads the folder again from the start under the
    server's new UIDVALIDITY. Returns how many stored messages were kept aside."""
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise NotFound(f"There is no account named {name!r}.", hint="See `account list`.")
        folder = session.scalar(select(Folder).where(Folder.account_id == account.id, Folder.name == folder_name))
        if folder is None:
            raise NotFound(f"{name} has no folder {folder_name!r}.", hint=f"`account watch {name} FOLDER` adds one.")
        live = (Message.folder_id == folder.id, Message.expunged_at.is_(None))
        kept = session.scalar(select(func.count()).select_from(Message).where(*live)) or 0
        # The next sync re-maps the stored messages it can match on the server (no second copy of those),
        # keeps the others as local copies marked gone from the server, and downloads the rest.
        folder.resync_requested = True
        folder.set_aside_reason = None
        folder.watch = True
        return kept
