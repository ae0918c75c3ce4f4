"""The worker protocol: what the sync and outbox processes tell the window, one JSON object a line.

Both sides import this module: the worker commands (``python -m workstation
sync --events`` and ``outbox flush --events``) write events with
:func:`encode`; the window reads them with a :class:`Decoder`, which turns
the bytes of a pipe, however they are cut, into these typed events:

- :class:`Progress`: a sync's progress through a folder;
- :class:`SyncFinished`: a sync pass ended, with its figures and what it changed (a
  :class:`~workstation.changes.ChangeSet`);
- :class:`FlushFinished`: an outbox flush ended, likewise;
- :class:`Failed`: a pass or a flush failed, with the one sentence for a person, the kind of error
  (its class: ``AuthenticationFailed``, ``HostUnreachable``, ``StoreLocked``...) and whether trying
  again later may help.

Keep it free of SQLAlchemy and Qt: the window imports it, and so does a
worker before it has imported the store.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, ClassVar

from workstation.changes import ChangeSet
from workstation.errors import MostradorError

if TYPE_CHECKING:
    from workstation.outbox.sender import FlushSummary
    from workstation.sync.engine import SyncProgress, SyncSummary


class ProtocolError(ValueError):
    """A line that is not one of the events below (a bug on one side, or stray output)."""


@dataclass(frozen=True)
class Progress:
    EVENT: ClassVar[str] = "progress"

    account: str
    folder: str
    done: int
    total: int
    rate: float  # messages per second in this pass

    @classmethod
    def of(cls, progress: SyncProgress) -> Progress:
        return cls(progress.account, progress.folder, progress.done, progress.total, round(progress.rate, 1))


@dataclass(frozen=True)
class SyncFinished:
    """One sync pass of one account ended; ``errors`` are its folders' problems (the pass went on)."""

    EVENT: ClassVar[str] = "finished"

    account: str
    new: int = 0
    updated: int = 0
    expunged: int = 0
    remapped: int = 0
    tickets_created: int = 0
    tickets_updated: int = 0
    errors: tuple[str, ...] = ()
    seconds: float = 0.0
    changes: ChangeSet = field(default_factory=ChangeSet)

    @classmethod
    def of(cls, summary: SyncSummary) -> SyncFinished:
        figures = summary.as_dict()
        return cls(account=summary.account, new=figures["new"], updated=figures["updated"],
                   expunged=figures["expunged"], remapped=figures["remapped"],
                   tickets_created=figures["tickets_created"], tickets_updated=figures["tickets_updated"],
                   errors=tuple(figures["errors"]), seconds=figures["seconds"], changes=summary.changes())


@dataclass(frozen=True)
class FlushFinished:
    """One outbox flush ended; ``busy``: another flush was running, so this one did nothing."""

    EVENT: ClassVar[str] = "flushed"

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    uncertain: int = 0
    filed: int = 0
    found_in_sent: int = 0
    busy: bool = False
    errors: tuple[str, ...] = ()
    changes: ChangeSet = field(default_factory=ChangeSet)
    # ``errors`` with their codes and facts (:func:`workstation.errors.as_fact`), for the window's language.
    problems: tuple[dict[str, Any], ...] = ()

    @classmethod
    def of(cls, summary: FlushSummary) -> FlushFinished:
        figures = summary.as_dict()
        return cls(sent=figures["sent"], retrying=figures["retrying"], failed=figures["failed"],
                   uncertain=figures["uncertain"], filed=figures["filed"], found_in_sent=figures["found_in_sent"],
                   busy=figures["busy"], errors=tuple(figures["errors"]), changes=summary.changes(),
                   problems=tuple(summary.problems))


@dataclass(frozen=True)
class Failed:
    """A pass (``account``) or a flush (``account`` empty) failed; ``retry``: waiting may fix it."""

    EVENT: ClassVar[str] = "failed"

    account: str
    error: str  # one sentence for a person, naming the cause
    kind: str = "MostradorError"  # the error's class
    retry: bool = True
    code: str = ""  # the error's code and facts, when it has them: the window says it in its own language
    params: dict[str, Any] = field(default_factory=dict)  # a fact is a string, or another error (as_fact)

    @classmethod
    def of(cls, exc: MostradorError, *, account: str = "", retry: bool | None = None) -> Failed:
        """``retry`` defaults to what the error says of itself (mail server errors do), else True."""
        return cls(account, str(exc), type(exc).__name__,
                   bool(getattr(exc, "retry", True)) if retry is None else retry, exc.code or "", dict(exc.params))

    def as_error(self) -> WorkerFailed:
        return WorkerFailed(self.error, kind=self.kind, retry=self.retry, code=self.code or None, params=self.params)


Event = Progress | SyncFinished | FlushFinished | Failed

EVENTS: dict[str, type[Event]] = {kind.EVENT: kind for kind in (Progress, SyncFinished, FlushFinished, Failed)}


class WorkerFailed(MostradorError):
    """A failure reported by a worker process, as the window shows it: the sentence, its kind, and whether
    waiting may help."""

    def __init__(self, message: str, *, kind: str = "MostradorError", retry: bool = True, code: str | None = None,
                 params: dict[str, Any] | None = None) -> None:
        super().__init__(message, code=code, params=params)
        self.kind = kind
        self.retry = retry


def encode(event: Event) -> bytes:
    """One line of JSON, newline included, for a worker's standard output."""
    data: dict[str, Any] = {"event": event.EVENT}
    for item in fields(event):
        value = getattr(event, item.name)
        if isinstance(value, ChangeSet):
            value = value.to_json()
        elif isinstance(value, tuple):
            value = list(value)
        data[item.name] = value
    return (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8")


def write(event: Event, stream: Any = None) -> None:
    """Write ``event`` to a worker's standard output (or ``stream``) at once: the window waits for it."""
    stream = stream or sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()  # whatever was written as text goes first
        buffer.write(encode(event))
        buffer.flush()
    else:
        stream.write(encode(event).decode("utf-8"))
        stream.flush()


def decode(line: bytes | str) -> Event:
    """The event a line holds; :class:`ProtocolError` when it holds none. Unknown keys are ignored (a newer
    worker may say more)."""
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"Not a JSON line: {_excerpt(line)}") from exc
    if not isinstance(data, dict):
        raise ProtocolError(f"Not an event: {_excerpt(line)}")
    kind = EVENTS.get(str(data.get("event")))
    if kind is None:
        raise ProtocolError(f"Unknown event {data.get('event')!r}: {_excerpt(line)}")
    values: dict[str, Any] = {}
    try:
        for item in fields(kind):
            if item.name not in data:
                continue  # the field's default (an older worker said less)
            values[item.name] = _typed(item.type, data[item.name])
        return kind(**values)
    except (TypeError, ValueError) as exc:
        raise ProtocolError(f"A malformed {kind.EVENT} event ({exc}): {_excerpt(line)}") from exc


_SCALARS: dict[str, Any] = {"str": str, "int": int, "float": float}


def _typed(annotation: Any, value: Any) -> Any:
    name = str(annotation)
    if name == "ChangeSet":
        if not isinstance(value, dict):
            raise ValueError("changes must be an object")
        return ChangeSet.from_json(value)
    if name.startswith("tuple[dict"):
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise ValueError("a list of objects was expected")
        return tuple(value)
    if name.startswith("tuple"):
        if not isinstance(value, list):
            raise ValueError("a list was expected")
        return tuple(str(item) for item in value)
    if name.startswith("dict"):
        if not isinstance(value, dict):
            raise ValueError("an object was expected")
        return {str(key): _fact(item) for key, item in value.items()}
    if name == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"{value!r} is not true or false")
        return value
    if isinstance(value, (dict, list)) or value is None:
        raise ValueError(f"{value!r} is not a {name}")
    return _SCALARS[name](value)


def _fact(value: Any) -> Any:
    """A fact of an error as it crossed the pipe: a string, or another error (``as_fact``: its text, code and
    facts) kept whole so the window can say it in its language too."""
    if isinstance(value, dict):
        code = value.get("code")
        params = value.get("params")
        fact: dict[str, Any] = {"text": str(value.get("text", ""))}
        if isinstance(code, str) and code:
            fact.update(code=code, params={str(k): _fact(v) for k, v in params.items()} if isinstance(params, dict)
                        else {})
        return fact
    return str(value)


def _excerpt(line: bytes | str) -> str:
    text = line.decode("utf-8", "replace") if isinstance(line, bytes) else line
    return text[:200]


class Decoder:
    """Turns a worker's output, in chunks as a pipe delivers them, into events. A line cut between two
    chunks waits for its end; :meth:`finish` takes a last line the worker did not end."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> list[Event | ProtocolError]:
        """The events of the complete lines so far; a line that is no event comes back as its
        :class:`ProtocolError`, in its place, so one bad line stops nothing."""
        *lines, self._pending = (self._pending + chunk).split(b"\n")
        return [self._one(line) for line in lines if line.strip()]

    def finish(self) -> list[Event | ProtocolError]:
        rest, self._pending = self._pending, b""
        return [self._one(rest)] if rest.strip() else []

    @staticmethod
    def _one(line: bytes) -> Event | ProtocolError:
        try:
            return decode(line)
        except ProtocolError as exc:
            return exc
