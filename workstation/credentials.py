"""What an account logs in with: its password, or a fresh OAuth access token. Used by the sync and the
outbox; never opens a browser (an account whose sign-in was refused waits for a person: "sign in again")."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import select, update

from workstation import secrets
from workstation.errors import MostradorError, as_fact, error_record
from workstation.oauth.errors import OAuthError, SignInRequired
from workstation.store.db import Store
from workstation.store.models import Account, utcnow
from workstation.mail.imap import AuthenticationFailed, HostUnreachable

if TYPE_CHECKING:
    from workstation.oauth.providers import Endpoints

SIGN_IN_AGAIN = "sign in again"


class SignInNeeded(SignInRequired, AuthenticationFailed):
    """The account must be signed in again by a person: the sync records it, the outbox keeps replies queued."""


class SignInServerUnavailable(OAuthError, HostUnreachable):
    """The identity provider could not renew the token now (unreachable, an error of its own): try later."""


def oauth_endpoints(account: Account) -> Endpoints:
    from workstation.oauth.providers import endpoints

    from workstation.oauth.tokens import CLIENT_SECRET_KIND

    provider = account.oauth_provider or "issuer"
    return endpoints(provider, account.oauth_client_id, tenant=account.oauth_tenant, issuer=account.oauth_issuer,
                     client_secret=secrets.get_password(account.id, CLIENT_SECRET_KIND))


def secret(store: Store, account_id: int) -> str | None:
    """The account's password, or an access token for an OAuth account (refreshed if needed)."""
    with store.read() as session:
        account = session.get(Account, account_id)
        if account is None or account.auth != "oauth2":
            return secrets.get_password(account_id)
        name, needed = account.name, account.sign_in_needed
        try:
            where = oauth_endpoints(account)
        except OAuthError as exc:
            raise SignInNeeded(f"{name} cannot sign in: {exc}", code="sign_in_impossible",
                               params={"account": name, "reason": as_fact(exc)}) from exc
    from workstation.oauth import tokens

    if needed:
        raise SignInNeeded(f"{name} must be signed in again before it can sync or send.",
                           hint="Use “Sign in again” on the account, or `account sign-in NAME`.",
                           code="sign_in_needed", params={"account": name})
    try:
        return tokens.access_token(account_id, where, store.location.data_dir, who=name)
    except SignInRequired as exc:
        mark_sign_in_needed(store, account_id, exc)
        raise SignInNeeded(str(exc), code=exc.code, params=exc.params) from exc
    except OAuthError as exc:
        raise SignInServerUnavailable(f"{name} could not renew its sign-in: {exc}",
                                      hint="It is tried again at the next sync.", code="sign_in_not_renewed",
                                      params={"account": name, "reason": as_fact(exc)}) from exc


def mark_sign_in_needed(store: Store, account_id: int, why: str | MostradorError) -> None:
    """``why``: the sentence, or the error (its code and facts are kept beside it, for the window)."""
    from workstation.oauth import tokens

    text, code, params = error_record(why) if isinstance(why, MostradorError) else (why, None, None)
    tokens.forget(account_id)
    with store.session() as session:
        session.execute(update(Account).where(Account.id == account_id).values(
            sign_in_needed=True, last_error=text, last_error_code=code, last_error_params=params,
            last_error_at=utcnow()))


def for_store(store: Store) -> Callable[[int], str | None]:
    """The ``password`` callable the sync engine and the outbox take."""
    return partial(secret, store)


def auth_of(store: Store, account_id: int) -> str:
    with store.read() as session:
        return session.scalar(select(Account.auth).where(Account.id == account_id)) or "password"
