"""The catalogue of concrete actions, and the action an agent fills in.

The catalogue ships in ``resources/actions.yaml``; a supervisor adds kinds
with a file of the same shape, ``actions.yaml``, in the data folder. Each
kind says which fields it needs, whether it has a due date, and how a reply
states it to the customer (see :mod:`workstation.resolution.gate`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from workstation.errors import InvalidInput
from workstation.paths import RESOURCES

FIELDS = ("amount", "currency", "reference", "owner", "date", "description")
FIELD_LABELS = {"amount": "amount", "currency": "currency", "reference": "reference", "owner": "owner",
                "date": "due date", "description": "description"}


def _plain_amount(written: str) -> str:
    """An amount as Decimal reads it, from one written with its thousands grouped: "2,385.00", "2.385,00" and
    "2 385,00" are 2385.00, "29,90" is 29.90. Anything else is left as it is (and refused if it is no number)."""
    written = written.strip()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?", written):
        return re.sub(r"[ \u00a0\u202f]", "", written).replace(",", ".")  # "1 200,00", "R2 450.00"
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", written):
        return written.replace(",", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", written):
        return written.replace(".", "").replace(",", ".")
    if re.fullmatch(r"\d+,\d{1,2}", written):
        return written.replace(",", ".")
    return written


@dataclass(frozen=True)
class ActionKind:
    key: str
    label: dict[str, str]
    fields: tuple[str, ...]
    required: tuple[str, ...]
    due: bool
    authority: bool
    stated: tuple[re.Pattern[str], ...]

    def name(self, language: str = "en") -> str:
        return self.label.get(language) or self.label.get("en") or self.key


@dataclass(frozen=True)
class Catalogue:
    kinds: dict[str, ActionKind]

    def get(self, key: str) -> ActionKind:
        try:
            return self.kinds[key]
        except KeyError:
            raise InvalidInput(f"{key!r} is not a kind of action; the catalogue has: "
                               f"{', '.join(self.kinds)}.", code="action_kind_unknown",
                               params={"kind": key, "kinds": ", ".join(self.kinds)}) from None


def _load_file(path: Path, kinds: dict[str, ActionKind]) -> None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InvalidInput(f"{path}: not valid YAML ({exc}).", code="actions_file_not_yaml",
                           params={"path": str(path), "reason": str(exc)}) from exc
    if not isinstance(data, dict):
        raise InvalidInput(f"{path}: expected a mapping of action kinds.", code="actions_file_not_mapping",
                           params={"path": str(path)})
    for key, spec in data.items():
        if not isinstance(spec, dict):
            raise InvalidInput(f"{path}: the action {key!r} must be a mapping.", code="action_not_mapping",
                               params={"path": str(path), "kind": str(key)})
        fields = tuple(spec.get("fields") or ())
        required = tuple(spec.get("required") or ())
        unknown = [f for f in (*fields, *required) if f not in FIELDS]
        if unknown:
            raise InvalidInput(f"{path}: the action {key!r} names unknown fields {unknown}; known: {list(FIELDS)}.",
                               code="action_unknown_fields",
                               params={"path": str(path), "kind": str(key), "fields": ", ".join(map(str, unknown)),
                                       "known": ", ".join(FIELDS)})
        try:
            stated = tuple(re.compile(str(p), re.IGNORECASE) for p in spec.get("stated") or ())
        except re.error as exc:
            raise InvalidInput(f"{path}: a 'stated' pattern of {key!r} is not valid: {exc}.",
                               code="action_pattern_invalid",
                               params={"path": str(path), "kind": str(key), "reason": str(exc)}) from exc
        label = spec.get("label") or {}
        kinds[str(key)] = ActionKind(
            key=str(key), label={str(k): str(v) for k, v in label.items()} if isinstance(label, dict) else
            {"en": str(label)}, fields=fields, required=required, due=bool(spec.get("due", True)),
            authority=bool(spec.get("authority", False)), stated=stated)


def load_catalogue(extra_dirs: tuple[Path, ...] = ()) -> Catalogue:
    kinds: dict[str, ActionKind] = {}
    _load_file(RESOURCES / "actions.yaml", kinds)
    for directory in extra_dirs:
        path = directory / "actions.yaml"
        if path.is_file():
            _load_file(path, kinds)
    return Catalogue(kinds)


@lru_cache(maxsize=4)
def catalogue(extra_dirs: tuple[Path, ...] = ()) -> Catalogue:
    return load_catalogue(extra_dirs)


@dataclass(frozen=True)
class ActionSpec:
    """One action as the agent fills it in, before it is stored."""

    kind: str
    amount: Decimal | None = None
    currency: str | None = None
    reference: str | None = None
    owner: str | None = None
    due: datetime | None = None
    description: str | None = None
    #: Set when the reply reports an action already stored (e.g. closing the loop).
    action_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def due_day(self) -> date | None:
        """The calendar day it is due (in the time zone it was given in), or None."""
        return self.due.date() if isinstance(self.due, datetime) else self.due

    def value(self, name: str) -> Any:
        return self.due if name == "date" else getattr(self, name)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "amount": str(self.amount) if self.amount is not None else None,
                "currency": self.currency, "reference": self.reference, "owner": self.owner,
                "due": self.due.isoformat() if self.due else None, "description": self.description}

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, tz: Any = None) -> ActionSpec:
        """From JSON: ``{"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"}``."""
        if not isinstance(data, dict) or not data.get("kind"):
            raise InvalidInput("Each action needs at least a 'kind'.", code="action_needs_kind")
        amount = data.get("amount")
        try:
            parsed_amount = Decimal(_plain_amount(str(amount))) if amount not in (None, "") else None
        except InvalidOperation:
            raise InvalidInput(f"{amount!r} is not an amount.", code="not_an_amount",
                               params={"amount": str(amount)}) from None
        if parsed_amount is not None and parsed_amount <= 0:
            raise InvalidInput(f"The amount {amount} must be more than zero.", code="amount_not_positive",
                               params={"amount": str(amount)})
        due = data.get("due") or data.get("date")
        parsed_due: datetime | None = None
        if due:
            try:
                parsed = datetime.fromisoformat(str(due))
            except ValueError:
                raise InvalidInput(f"{due!r} is not a date (use YYYY-MM-DD or an ISO time).", code="not_a_date",
                                   params={"date": str(due)}) from None
            if len(str(due)) <= 10:  # a bare date: the end of that working day
                parsed = datetime.combine(date.fromisoformat(str(due)), time(18, 0))
            parsed_due = parsed if parsed.tzinfo else parsed.astimezone(tz)
        currency = data.get("currency")
        return cls(kind=str(data["kind"]), amount=parsed_amount,
                   currency=str(currency).upper() if currency else None,
                   reference=_text(data.get("reference")), owner=_text(data.get("owner")), due=parsed_due,
                   description=_text(data.get("description")), action_id=data.get("action_id"))


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def missing_fields(spec: ActionSpec, kind: ActionKind) -> list[str]:
    """The required fields left empty (the due date counts when the kind has one)."""
    names = list(kind.required) + (["date"] if kind.due and "date" not in kind.required else [])
    return [name for name in names if spec.value(name) in (None, "")]


def over_limit(spec: ActionSpec, kind: ActionKind, limits: dict[str, Any]) -> Decimal | None:
    """The agent's limit when this action's amount is above it, else None.

    Limits look like ``{"refund": {"amount": "150", "currency": "EUR"}}``; a
    kind without a limit is within the agent's authority.
    """
    limit = limits.get(spec.kind) if kind.authority else None
    if not limit or spec.amount is None:
        return None
    try:
        ceiling = Decimal(str(limit.get("amount")))
    except (InvalidOperation, AttributeError):
        return None
    limit_currency = (limit.get("currency") or "").upper()
    if limit_currency and spec.currency and limit_currency != spec.currency.upper():
        return ceiling  # another currency than the limit's: a supervisor decides
    return ceiling if spec.amount > ceiling else None
