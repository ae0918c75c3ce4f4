"""Errors the environment causes, each with a message fit for a person.

Bugs are not modelled here: they propagate with their traceback. Anything
raised from this module is something the user can act on, so the CLI prints
its message on one line and the window shows it in the message channel.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class MostradorError(Exception):
    """An environment problem the user can fix. ``str()`` is the message.

    ``code`` and ``params``, when given, name the problem and its facts so the window can say it in its own
    language (as the gate's reasons do); ``str()`` stays the English sentence the command line prints. A fact
    is a string, or another error as :func:`as_fact` gives it (the cause of "gave up after 3 days: ...")."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None, code: str | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.code = code
        self.params = dict(params or {})

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} {self.hint}"
        return self.message


class StoreError(MostradorError):
    """The database cannot be opened or used.

    ``kind`` names the cause ("locked", "damaged", "full", "disk", "read_only", "unreachable") and ``where``
    the database, so that a window can say the same sentence in its user's language."""

    def __init__(self, message: str, *, hint: str | None = None, kind: str | None = None,
                 where: str | None = None, code: str | None = None, params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message, hint=hint, code=code, params=params)
        self.kind = kind
        self.where = where


class StoreUnreachable(StoreError):
    """A database server did not answer or refused the connection."""


class StoreLocked(StoreError):
    """Another program holds a write lock on the SQLite file for too long."""


class StoreCorrupt(StoreError):
    """The file is not a database or its pages are damaged."""


class StoreTooNew(StoreError):
    """The database was written by a newer Mostrador than this one."""


class SecretStoreUnavailable(MostradorError):
    """No working keyring backend: secrets cannot be stored or read."""


class InvalidInput(MostradorError):
    """A value given by the user does not make sense."""

    exit_code = 2


class Refused(MostradorError):
    """Refused with a verdict a script can read: the CLI prints ``verdict`` as JSON and exits 3."""

    exit_code = 3

    def __init__(self, message: str, verdict: dict[str, object]) -> None:
        super().__init__(message)
        self.verdict = verdict


class NotFound(MostradorError):
    """A named thing (account, ticket...) does not exist."""

    exit_code = 4


def as_fact(exc: BaseException) -> dict[str, Any]:
    """``exc`` as a fact of another error: its English sentence, and its code and facts when it has them."""
    fact: dict[str, Any] = {"text": str(exc)}
    if isinstance(exc, MostradorError) and exc.code:
        fact.update(code=exc.code, params=dict(exc.params))
    return fact


def error_record(exc: BaseException) -> tuple[str, str | None, dict[str, Any] | None]:
    """What is kept beside a reply or an inbox about ``exc``: its English sentence, its code and its facts
    (``last_error``, ``last_error_code``, ``last_error_params``)."""
    if isinstance(exc, MostradorError) and exc.code:
        return str(exc), exc.code, dict(exc.params)
    return str(exc), None, None
