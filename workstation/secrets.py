"""Every secret lives in the OS keyring, keyed by account; nowhere else.

The database, config files and logs never see a password. When no keyring
backend works (a headless machine with no Secret Service, say) the caller gets
:class:`SecretStoreUnavailable` with what to do about it.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors
from keyring.backends import fail

from workstation.errors import SecretStoreUnavailable

SERVICE = "mostrador"

_HOW_TO_FIX = (
    "Start and unlock a Secret Service (GNOME Keyring or KWallet) in your session, "
    "or install another backend (for example `pip install keyrings.alt`) and choose it "
    "with PYTHON_KEYRING_BACKEND; see `python -m keyring diagnose`."
)


def _key(account_id: int, kind: str) -> str:
    return f"account-{account_id}-{kind}"


def _backend() -> keyring.backend.KeyringBackend:
    """The keyring backend, or the reason none can be loaded (a PYTHON_KEYRING_BACKEND naming a module or
    class that is not there)."""
    try:
        return keyring.get_keyring()
    except (ImportError, AttributeError, ValueError, TypeError) as exc:
        chosen = os.environ.get("PYTHON_KEYRING_BACKEND")
        what = f"The keyring backend PYTHON_KEYRING_BACKEND={chosen!r}" if chosen else "The keyring backend"
        raise SecretStoreUnavailable(f"{what} cannot be loaded ({type(exc).__name__}: {exc}).",
                                     hint=_HOW_TO_FIX, code="keyring_chosen_broken" if chosen else "keyring_broken",
                                     params={"backend": chosen or "", "reason": f"{type(exc).__name__}: {exc}"}) \
            from exc


def _backend_name() -> str:
    backend = _backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def check_backend() -> str:
    """Name of the keyring backend in use; raise when none works."""
    if isinstance(_backend(), fail.Keyring):
        raise SecretStoreUnavailable("No keyring backend is available to store passwords.", hint=_HOW_TO_FIX,
                                     code="keyring_missing")
    return _backend_name()


def store_password(account_id: int, password: str, kind: str = "password") -> None:
    check_backend()
    try:
        keyring.set_password(SERVICE, _key(account_id, kind), password)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(
            f"The keyring ({_backend_name()}) refused to store the password: {exc}.", hint=_HOW_TO_FIX,
            code="keyring_store_refused", params={"backend": _backend_name(), "reason": str(exc)},
        ) from exc


def get_password(account_id: int, kind: str = "password") -> str | None:
    check_backend()
    try:
        return keyring.get_password(SERVICE, _key(account_id, kind))
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(
            f"The keyring ({_backend_name()}) could not be read: {exc}.", hint=_HOW_TO_FIX,
            code="keyring_read_failed", params={"backend": _backend_name(), "reason": str(exc)},
        ) from exc


def delete_password(account_id: int, kind: str = "password") -> None:
    """Forget a secret; a secret that is already gone is fine."""
    check_backend()
    try:
        keyring.delete_password(SERVICE, _key(account_id, kind))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(
            f"The keyring ({_backend_name()}) could not delete the password: {exc}.", hint=_HOW_TO_FIX,
            code="keyring_delete_failed", params={"backend": _backend_name(), "reason": str(exc)},
        ) from exc
