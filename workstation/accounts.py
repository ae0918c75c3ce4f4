"""Support inboxes: add, list, remove. Passwords go to the keyring only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update

from workstation import secrets
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput, MostradorError, NotFound, SecretStoreUnavailable
from workstation.mail.endpoints import Security, is_loopback
from workstation.store.db import Store
from workstation.store.models import Account, Event, Folder, Message, Ticket

if TYPE_CHECKING:
    import threading

    from workstation.oauth.flow import Tokens
    from workstation.oauth.providers import Endpoints


AUTH_KINDS = ("password", "oauth2")


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
    #: "password" or "oauth2"; for OAuth, the provider ("google", "microsoft", "issuer" with its URL).
    auth: str = "password"
    oauth_provider: str | None = None
    oauth_issuer: str | None = None
    oauth_client_id: str | None = None
    oauth_tenant: str | None = None
    #: Google desktop clients' "secret" (not confidential by Google's own account); goes to the keyring.
    oauth_client_secret: str | None = None

    def validate(self) -> None:
        if not self.name.strip():
            raise InvalidInput("The account needs a name.", code="account_needs_name")
        if self.auth not in AUTH_KINDS:
            raise InvalidInput(f"{self.auth!r} is not a way to sign in; use password or oauth2.",
                               code="auth_unknown", params={"auth": self.auth})
        if self.auth == "oauth2" and not self.oauth_client_id:
            raise InvalidInput("Signing in with OAuth needs your organisation's client ID (--client-id).",
                               hint="The README says how to register one with Google or Microsoft.",
                               code="oauth_needs_client_id")
        if "@" not in self.email:
            raise InvalidInput(f"{self.email!r} is not an e-mail address.", code="not_an_address",
                               params={"address": self.email})
        for label, port in (("IMAP", self.imap_port), ("SMTP", self.smtp_port)):
            if not 0 < port < 65536:
                raise InvalidInput(f"The {label} port {port} is not between 1 and 65535.", code="port_out_of_range",
                                   params={"protocol": label, "port": str(port)})
        for label, host, security in (
            ("IMAP", self.imap_host, self.imap_security),
            ("SMTP", self.smtp_host, self.smtp_security),
        ):
            if security is Security.PLAIN and not is_loopback(host):
                raise InvalidInput(
                    f"Plain (unencrypted) {label} is allowed only to this computer, not to {host}.",
                    hint="Use ssl or starttls.", code="plain_only_here", params={"protocol": label, "host": host},
                )


def add_account(store: Store, spec: AccountSpec, password: str | None = None, *,
                tokens: Tokens | None = None) -> Account:
    """Create the account, then put its password (or, for OAuth, the refresh token of the sign-in just made,
    see :func:`sign_in`) in the keyring.

    The keyring is checked first, so a machine without one stops before any
    row is written; if storing the secret fails, the row is rolled back.
    """
    spec.validate()
    if spec.auth == "oauth2":
        if tokens is None or not tokens.refresh_token:
            raise InvalidInput("Sign in in the browser before the account is saved.", code="sign_in_first")
    elif not password:
        raise InvalidInput("The password is empty.", code="password_empty")
    secrets.check_backend()
    with store.session() as session:
        if session.scalar(select(Account.id).where(Account.name == spec.name)) is not None:
            raise InvalidInput(f"An account named {spec.name!r} already exists.", code="account_exists",
                               params={"account": spec.name})
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
            auth=spec.auth,
            oauth_provider=spec.oauth_provider if spec.auth == "oauth2" else None,
            oauth_issuer=spec.oauth_issuer if spec.auth == "oauth2" else None,
            oauth_client_id=spec.oauth_client_id if spec.auth == "oauth2" else None,
            oauth_tenant=spec.oauth_tenant if spec.auth == "oauth2" else None,
        )
        account.folders.append(Folder(name="INBOX", special_use="\\Inbox", watch=True))
        session.add(account)
        session.flush()
        if tokens is not None:
            from workstation.oauth import tokens as token_store

            token_store.remember(account.id, tokens)
            if spec.oauth_client_secret:
                secrets.store_password(account.id, spec.oauth_client_secret, token_store.CLIENT_SECRET_KIND)
        else:
            assert password is not None
            secrets.store_password(account.id, password)
    return account


def account_state(enabled: bool, sign_in_needed: bool, last_error: str | None) -> str:
    """One word for where an account stands: "sign in again", "paused", "error" or "ok"."""
    if sign_in_needed:
        return "sign in again"
    if not enabled:
        return "paused"
    return "error" if last_error else "ok"


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
                "auth": a.auth,
                "provider": (a.oauth_issuer if a.oauth_provider == "issuer" else a.oauth_provider)
                if a.auth == "oauth2" else None,
                "state": account_state(a.enabled, a.sign_in_needed, a.last_error),
                "sample": a.is_sample,
                "tickets": counts.get(a.id, 0),
                "last_error": a.last_error,
                # The same error's code and facts, for a window's language (None for errors kept before 0013).
                "last_error_code": a.last_error_code,
                "last_error_params": a.last_error_params,
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


def remove_account(store: Store, name: str, *, actor: str = "mostrador") -> bool:
    """Remove an inbox and its secrets; its tickets stay, without an inbox, each marked in its timeline
    ("inbox removed", with the inbox's name and address).

    Returns False when no keyring was reachable to delete the secrets from.
    """
    return remove(store, name, actor=actor).secrets_deleted


@dataclass(frozen=True)
class Removed:
    name: str
    tickets_kept: int
    secrets_deleted: bool
    changes: ChangeSet


def remove(store: Store, name: str, *, actor: str = "mostrador") -> Removed:
    with store.session() as session:
        account = _named(session, name)
        account_id = account.id
        ticket_ids = list(session.scalars(select(Ticket.id).where(Ticket.account_id == account_id)))
        session.add_all(Event(ticket_id=ticket_id, actor=actor, kind="inbox_removed",
                              data={"inbox": account.name, "email": account.email}) for ticket_id in ticket_ids)
        session.delete(account)
    from workstation.oauth import tokens

    tokens.forget(account_id)
    deleted = True
    for kind in ("password", tokens.KIND, tokens.CLIENT_SECRET_KIND):
        try:
            secrets.delete_password(account_id, kind)
        except SecretStoreUnavailable:
            deleted = False
    return Removed(name, len(ticket_ids), deleted,
                   ChangeSet.of(tickets=ticket_ids, accounts=[name], views=("open", "mine", "unassigned")))


def _named(session: Any, name: str) -> Account:
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise NotFound(f"There is no account named {name!r}.", hint="See `account list`.", code="no_account",
                       params={"account": name})
    return account


def set_watched(store: Store, name: str, folders: list[str], *, watch: bool) -> list[str]:
    """Start or stop syncing the named folders of an account (INBOX is always watched)."""
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise NotFound(f"There is no account named {name!r}.", hint="See `account list`.", code="no_account",
                           params={"account": name})
        for folder_name in folders:
            if folder_name.upper() == "INBOX" and not watch:
                raise InvalidInput("INBOX is always synced.", code="inbox_always_synced")
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


@dataclass(frozen=True)
class Resynced:
    account: str
    kept: int  # stored messages kept aside

    @property
    def changes(self) -> ChangeSet:
        """The account (its set-aside banner goes); its tickets change when the next sync reads the folder."""
        return ChangeSet.of(accounts=(self.account,))


def resync_folder(store: Store, name: str, folder_name: str) -> Resynced:
    """Start a folder afresh: its stored messages stay (marked as no longer on the server under the old
    numbers, with their tickets), and the next sync reads the folder again from the start under the
    server's new UIDVALIDITY. Returns how many stored messages were kept aside."""
    with store.session() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise NotFound(f"There is no account named {name!r}.", hint="See `account list`.", code="no_account",
                           params={"account": name})
        folder = session.scalar(select(Folder).where(Folder.account_id == account.id, Folder.name == folder_name))
        if folder is None:
            raise NotFound(f"{name} has no folder {folder_name!r}.", hint=f"`account watch {name} FOLDER` adds one.",
                           code="no_folder", params={"account": name, "folder": folder_name})
        live = (Message.folder_id == folder.id, Message.expunged_at.is_(None))
        kept = session.scalar(select(func.count()).select_from(Message).where(*live)) or 0
        # The next sync re-maps the stored messages it can match on the server (no second copy of those),
        # keeps the others as local copies marked gone from the server, and downloads the rest.
        folder.resync_requested = True
        folder.set_aside_reason = None
        folder.watch = True
        return Resynced(name, kept)


# --- accounts that can be fixed ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountSettings:
    """An account as the edit dialog and ``account set`` see it (no secret in it)."""

    name: str
    email: str
    display_name: str | None
    imap_host: str
    imap_port: int
    imap_security: Security
    smtp_host: str
    smtp_port: int
    smtp_security: Security
    username: str
    ca_file: str | None
    auth: str
    oauth_provider: str | None
    oauth_issuer: str | None
    oauth_client_id: str | None
    oauth_tenant: str | None
    enabled: bool
    sign_in_needed: bool
    last_error: str | None
    last_error_code: str | None = None  # the error's code and facts, for a window's language
    last_error_params: dict[str, Any] | None = None

    @property
    def state(self) -> str:
        return account_state(self.enabled, self.sign_in_needed, self.last_error)

    def spec(self) -> AccountSpec:
        return AccountSpec(self.name, self.email, self.imap_host, self.imap_port, self.imap_security, self.smtp_host,
                           self.smtp_port, self.smtp_security, self.username, self.ca_file, self.display_name,
                           self.auth, self.oauth_provider, self.oauth_issuer, self.oauth_client_id, self.oauth_tenant)


def _settings(a: Account) -> AccountSettings:
    return AccountSettings(a.name, a.email, a.display_name, a.imap_host, a.imap_port, a.imap_security, a.smtp_host,
                           a.smtp_port, a.smtp_security, a.username, a.ca_file, a.auth, a.oauth_provider,
                           a.oauth_issuer, a.oauth_client_id, a.oauth_tenant, a.enabled, a.sign_in_needed,
                           a.last_error, a.last_error_code, a.last_error_params)


def get_settings(store: Store, name: str) -> AccountSettings:
    with store.read() as session:
        return _settings(_named(session, name))


#: What :func:`update_settings` may change, besides the name.
EDITABLE = ("email", "display_name", "imap_host", "imap_port", "imap_security", "smtp_host", "smtp_port",
            "smtp_security", "username", "ca_file", "oauth_client_id", "oauth_tenant")


def update_settings(store: Store, name: str, *, new_name: str | None = None,
                    **changes: Any) -> tuple[AccountSettings, ChangeSet]:
    """Change an account's settings (servers, ports, security, login name, address, client ID, tenant);
    checked as a new account would be. A changed server or login name clears the last error."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidInput(f"{', '.join(sorted(unknown))} cannot be changed on an account.")
    with store.session() as session:
        account = _named(session, name)
        current = _settings(account).spec()
        fields = {k: v for k, v in changes.items() if v is not None}
        for key in ("imap_security", "smtp_security"):
            if key in fields:
                fields[key] = Security(fields[key])
        spec = AccountSpec(**{**current.__dict__, **fields, "name": new_name or current.name})
        spec.validate()
        if new_name and new_name != name and session.scalar(select(Account.id).where(Account.name == new_name)):
            raise InvalidInput(f"An account named {new_name!r} already exists.", code="account_exists",
                               params={"account": new_name})
        for key, value in fields.items():
            setattr(account, key, value)
        if new_name:
            account.name = new_name
        if fields:
            account.last_error = account.last_error_code = account.last_error_params = None
            account.last_error_at = None
        session.flush()
        return _settings(account), ChangeSet.of(accounts={name, account.name}, views=("accounts",))


def set_presentation(store: Store, name: str, *, signature: str | None = None, display_name: str | None = None,
                     sla: tuple[str, ...] = ()) -> ChangeSet:
    """An account's signature (every reply from it), the name customers see, and its service levels ("" clears
    the signature or the name; ``sla`` takes settings like "first_response.high=120")."""
    from workstation.sla import parse_setting

    with store.session() as session:
        account = _named(session, name)
        if signature is not None:
            account.signature = signature.rstrip() or None
        if display_name is not None:
            account.display_name = display_name or None
        if sla:
            levels = dict(account.service_levels or {})
            for assignment in sla:
                levels = parse_setting(levels, assignment)
            account.service_levels = levels
        return ChangeSet.of(accounts={name}, views=("accounts",))


def set_paused(store: Store, name: str, paused: bool) -> ChangeSet:
    """Pause syncing an account, or resume it. Nothing is lost: mail waits on the server until it resumes."""
    with store.session() as session:
        account = _named(session, name)
        account.enabled = not paused
    return ChangeSet.of(accounts=[name], views=("accounts",))


def change_password(store: Store, name: str, password: str) -> ChangeSet:
    """A new password for a password account (the keyring's entry is replaced); clears the last error."""
    if not password:
        raise InvalidInput("The password is empty.", code="password_empty")
    with store.session() as session:
        account = _named(session, name)
        if account.auth != "password":
            raise InvalidInput(f"{name} signs in through {account.oauth_provider or 'OAuth'}, not with a password.",
                               hint=f"Use `account sign-in {name}` instead.", code="signs_in_with_oauth",
                               params={"account": name, "provider": account.oauth_provider or "OAuth"})
        secrets.store_password(account.id, password)
        account.last_error = account.last_error_code = account.last_error_params = None
        account.last_error_at = None
    return ChangeSet.of(accounts=[name], views=("accounts",))


def oauth_endpoints(spec: AccountSpec) -> Endpoints:
    from workstation.oauth.providers import endpoints

    if spec.auth != "oauth2":
        raise InvalidInput(f"{spec.name} signs in with a password.", code="signs_in_with_password",
                           params={"account": spec.name})
    return endpoints(spec.oauth_provider or "issuer", spec.oauth_client_id, tenant=spec.oauth_tenant,
                     issuer=spec.oauth_issuer, client_secret=spec.oauth_client_secret)


def sign_in(spec: AccountSpec, *, cancelled: threading.Event | None = None) -> Tokens:
    """The browser sign-in for an account about to be added (or signed in again). Only a person's action
    calls it: it opens the system browser and waits for the answer on 127.0.0.1."""
    from workstation.oauth.flow import sign_in as browser_sign_in

    return browser_sign_in(oauth_endpoints(spec), spec.email, cancelled=cancelled)


def sign_in_again(store: Store, name: str, *, cancelled: threading.Event | None = None) -> ChangeSet:
    """Sign an OAuth account in again in the browser; the new refresh token replaces the old one and the
    account syncs and sends again."""
    from dataclasses import replace

    from workstation.oauth.tokens import CLIENT_SECRET_KIND

    with store.read() as session:
        account_id = _named(session, name).id
    spec = replace(get_settings(store, name).spec(),
                   oauth_client_secret=secrets.get_password(account_id, CLIENT_SECRET_KIND))
    fresh = sign_in(spec, cancelled=cancelled)
    return finish_sign_in(store, name, fresh)


def finish_sign_in(store: Store, name: str, fresh: Tokens) -> ChangeSet:
    from workstation.oauth import tokens

    with store.session() as session:
        account = _named(session, name)
        tokens.remember(account.id, fresh)
        account.sign_in_needed = False
        account.last_error = account.last_error_code = account.last_error_params = None
        account.last_error_at = None
    return ChangeSet.of(accounts=[name], views=("accounts",))


# --- logging in before saving ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginCheck:
    """What a login to each server gave, one sentence each."""

    imap_ok: bool
    imap: str
    smtp_ok: bool
    smtp: str

    @property
    def ok(self) -> bool:
        return self.imap_ok and self.smtp_ok

    def sentences(self) -> list[str]:
        return [self.imap, self.smtp]


def check_login(spec: AccountSpec, secret: str) -> LoginCheck:
    """Log in to the IMAP and the SMTP server with ``secret`` (the password, or an access token for OAuth)
    and log out again; nothing is stored. Each sentence says what worked or why not."""
    from workstation.mail.endpoints import Endpoint
    from workstation.outbox.smtp import SendError, SmtpEndpoint, SmtpSession
    from workstation.mail.imap import SyncError, connect, log_out

    how = "the sign-in token" if spec.auth == "oauth2" else "the password"
    imap_where = f"{spec.imap_host}:{spec.imap_port} ({spec.imap_security.value})"
    try:
        client = connect(Endpoint(spec.imap_host, spec.imap_port, spec.imap_security, spec.username, spec.ca_file,
                                  spec.auth), secret, timeout=30)
    except SyncError as exc:
        imap_ok, imap = False, f"IMAP {imap_where}: {exc}"
    else:
        log_out(client)
        imap_ok, imap = True, f"IMAP {imap_where}: signed in as {spec.username} with {how}."
    smtp_where = f"{spec.smtp_host}:{spec.smtp_port} ({spec.smtp_security.value})"
    try:
        session = SmtpSession(SmtpEndpoint(spec.smtp_host, spec.smtp_port, spec.smtp_security, spec.username,
                                           spec.ca_file, spec.auth), secret)
    except SendError as exc:
        smtp_ok, smtp = False, f"SMTP {smtp_where}: {exc}"
    else:
        asked = session.smtp.has_extn("auth")
        session.close()
        smtp_ok = True
        smtp = (f"SMTP {smtp_where}: signed in as {spec.username} with {how}." if asked
                else f"SMTP {smtp_where}: connected; the server asked for no sign-in.")
    return LoginCheck(imap_ok, imap, smtp_ok, smtp)


def test_account(store: Store, name: str) -> LoginCheck:
    """Log in to a saved account's servers with what it has (the keyring's password, or a token refreshed
    as the sync would: never a browser)."""
    from workstation import credentials
    from workstation.mail.imap import SyncError

    with store.read() as session:
        account = _named(session, name)
        spec, account_id = _settings(account).spec(), account.id
    try:
        secret = credentials.secret(store, account_id)
    except SyncError as exc:
        return LoginCheck(False, f"IMAP: {exc}", False, f"SMTP: {exc}")
    if not secret:
        missing = f"No password for {name} in the keyring."
        return LoginCheck(False, f"IMAP: {missing}", False, f"SMTP: {missing}")
    return check_login(spec, secret)


test_account.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name


# --- a new account from an address -------------------------------------------------------------------------


@dataclass(frozen=True)
class NewAccount:
    """What a person gives for a new account; the rest is found (:func:`plan`)."""

    name: str
    email: str
    auth: str = "auto"  # "password", "oauth2", or "auto": OAuth where the provider takes it
    provider: str = "auto"  # "google", "microsoft", "auto", or an issuer URL
    client_id: str | None = None
    tenant: str | None = None
    client_secret: str | None = None
    imap_host: str | None = None
    imap_port: int | None = None
    imap_security: Security | None = None
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_security: Security | None = None
    username: str | None = None
    ca_file: str | None = None
    display_name: str | None = None


@dataclass(frozen=True)
class Plan:
    spec: AccountSpec
    #: How the settings were found, in a sentence (None when all were given).
    found: str | None
    notes: tuple[str, ...]
    #: For a password account at a provider that wants a password of its own for apps: where to make one.
    app_password: str | None
    #: The provider found, if any (a ``workstation.discovery.Provider``), and how: "provider", "dns-srv", "guess".
    provider: Any = None
    source: str | None = None


DEFAULT_PORTS = {"imap": {Security.SSL: 993, Security.STARTTLS: 143, Security.PLAIN: 143},
                 "smtp": {Security.SSL: 465, Security.STARTTLS: 587, Security.PLAIN: 25}}


def plan(request: NewAccount, *, resolver: Any = None) -> Plan:
    """Settings for a new account: those given, the rest found from the address (provider table, DNS SRV,
    usual names); OAuth where asked for, or where the provider signs in that way ("auto")."""
    from workstation import discovery

    found = None
    if not request.imap_host:
        found = discovery.find_settings(request.email, resolver=resolver)
    imap_security = request.imap_security or (found.imap.security if found else Security.SSL)
    smtp_security = request.smtp_security or (found.smtp.security if found else Security.SSL)
    imap_host = request.imap_host or (found.imap.host if found else "")
    provider_key = request.provider or "auto"
    oauth_provider, issuer = None, None
    if provider_key == "auto":
        oauth_provider = found.oauth if found else None
    elif provider_key in ("google", "microsoft"):
        oauth_provider = provider_key
    else:
        oauth_provider, issuer = "issuer", provider_key
    auth = request.auth
    if auth == "auto":
        auth = "oauth2" if oauth_provider and request.client_id else "password"
    if auth == "oauth2" and oauth_provider is None:
        raise InvalidInput(f"Mostrador does not know how {request.email} signs in with OAuth.",
                           hint="Give --provider google, microsoft, or your identity provider's issuer URL.",
                           code="oauth_provider_unknown", params={"address": request.email})
    spec = AccountSpec(
        name=request.name.strip() or request.email, email=request.email.strip(),
        imap_host=imap_host,
        imap_port=request.imap_port or (found.imap.port if found and not request.imap_host
                                        else DEFAULT_PORTS["imap"][imap_security]),
        imap_security=imap_security,
        smtp_host=request.smtp_host or (found.smtp.host if found else imap_host),
        smtp_port=request.smtp_port or (found.smtp.port if found and not request.smtp_host
                                        else DEFAULT_PORTS["smtp"][smtp_security]),
        smtp_security=smtp_security,
        username=request.username or (found.username if found else request.email.strip()),
        ca_file=request.ca_file, display_name=request.display_name, auth=auth,
        oauth_provider=oauth_provider if auth == "oauth2" else None,
        oauth_issuer=issuer if auth == "oauth2" else None,
        oauth_client_id=request.client_id if auth == "oauth2" else None,
        oauth_tenant=request.tenant if auth == "oauth2" else None,
        oauth_client_secret=request.client_secret if auth == "oauth2" else None)
    spec.validate()
    app_password = found.provider.app_password if (found and found.provider and auth == "password") else None
    return Plan(spec, found.describe() if found else None, found.notes if found else (), app_password,
                found.provider if found else None, found.source if found else None)


class NotSaved(MostradorError):
    """A login before saving failed: nothing was written."""


def set_up(store: Store, planned: Plan, *, password: str | None = None, check: bool = True,
           say: Callable[[str], None] = lambda _line: None,
           cancelled: threading.Event | None = None) -> tuple[Account, LoginCheck | None]:
    """Sign in (OAuth: the browser) or take the password, log in to both servers, and save the account only
    when both logins worked (``check=False`` saves without trying). ``say`` hears each step in a sentence."""
    secrets.check_backend()
    spec = planned.spec
    fresh = None
    if spec.auth == "oauth2":
        say("Waiting for sign-in in your browser…")
        fresh = sign_in(spec, cancelled=cancelled)
        secret = fresh.access_token
    else:
        if not password:
            raise InvalidInput("The password is empty.", code="password_empty")
        secret = password
    result = None
    if check:
        result = check_login(spec, secret)
        for sentence in result.sentences():
            say(sentence)
        if not result.ok:
            failed = " and ".join(kind for kind, ok in (("IMAP", result.imap_ok), ("SMTP", result.smtp_ok)) if not ok)
            raise NotSaved(f"{spec.name} was not saved: the {failed} login did not work.",
                           hint="Fix the settings and try again, or save it untried with --no-check.",
                           code="not_saved_both" if result.imap_ok == result.smtp_ok else "not_saved",
                           params={"account": spec.name, "failed": failed})
    return add_account(store, spec, password, tokens=fresh), result
