"""The resolution gate, on the text of a reply: is there a concrete commitment in it?

A reply passes when it states an action to the customer, and either the
action is already done ("we have refunded 45.90 EUR") or it is promised with
a date or deadline ("a technician will visit on Thursday 14th"). Apologies
and thanks are welcome beside an action; a reply made only of them, or of
vague promises ("as soon as possible", "we are looking into it") or of
passing the complaint on without a name and a date, is refused, with one
sentence per thing that is missing.

The phrase lexicons live in ``resources/lexicons/`` (English and Spanish);
a supervisor extends them with files of the same shape in the data folder's
``lexicons/`` folder. Every text is checked against both languages, since
customers and agents mix them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from workstation.paths import RESOURCES
from workstation.resolution.actions import (
    FIELD_LABELS,
    ActionKind,
    ActionSpec,
    Catalogue,
    catalogue,
    missing_fields,
    over_limit,
)

KINDS = ("apology", "flattery", "vague", "deflection", "action_done", "action_promised", "negation")
FLAGGED_KINDS = ("apology", "flattery", "vague", "deflection")

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|"
           r"julio|agosto|se?ptiembre|octubre|noviembre|diciembre)")
_WEEKDAYS = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|"
             r"jueves|viernes|sábado|sabado|domingo)")
_NUMBER_WORDS = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|fifteen|thirty|"
                 r"un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|catorce|quince|treinta)")
_WHEN = re.compile("|".join([
    r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b",  # 14/11, 14.11.2026
    r"\b\d{4}-\d{2}-\d{2}\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th|º)?\s+(?:de\s+)?{_MONTHS}\b",  # 14 de noviembre, 14th November
    rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b",  # November 14
    rf"\b{_WEEKDAYS}\b",
    r"\b(?:today|tomorrow|tonight|this (?:morning|afternoon|evening|week)|end of (?:the )?(?:day|week)|"
    r"hoy|mañana|esta (?:tarde|mañana|noche|semana)|este (?:mes|fin de semana)|fin de semana)\b",
    rf"\b(?:within|in|in the next|en|en un plazo de|dentro de|antes de|en menos de|máximo)\s+{_NUMBER_WORDS}\s+"
    r"(?:working |business |calendar )?(?:hours?|days?|weeks?|horas?|días?|semanas?)(?:\s+(?:hábiles|laborables))?\b",
    r"\b(?:by|before|no later than|antes del?|como tarde el|a más tardar el)\s+(?:the\s+)?\d{1,2}\b",
    r"\b(?:at|a las|sobre las|entre las)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:h\b|am\b|pm\b|a\.m\.|p\.m\.)?",
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b",
    r"\b(?:next|the following|el próximo|la próxima|el que viene)\s+(?:week|month|\w+day|semana|mes|lunes|martes|"
    r"miércoles|jueves|viernes)\b",
]), re.IGNORECASE)
_AMOUNT = re.compile(r"(?:[€$£]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:€|eur\b|euros?\b|usd\b|\$|dollars?\b|£|gbp\b)|"
                     r"\b(?:full|total|whole|entire|íntegro|íntegra|completo|completa|total del) "
                     r"(?:amount|refund|price|importe|reembolso|precio|cargo)\b|"
                     r"\b(?:importe|amount|price|precio) (?:completo|íntegro|total|in full)\b|"
                     r"\b\d{1,3}\s?%)", re.IGNORECASE)
_MONEY_ACTION = re.compile(r"refund|credit|reimburs|compensat|discount|devol|reembols|abon|reintegr|descuent|compens",
                           re.IGNORECASE)


@dataclass(frozen=True)
class Flag:
    start: int
    end: int
    kind: str
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "text": self.text}


@dataclass(frozen=True)
class Reason:
    """One thing missing from a reply: a stable ``code`` (the window translates it), the English sentence,
    and the facts the sentence names."""

    code: str
    text: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class GateResult:
    accepted: bool
    reasons: list[str] = field(default_factory=list)
    flagged: list[Flag] = field(default_factory=list)
    details: list[Reason] = field(default_factory=list)
    #: Why a supervisor must approve before it is sent (the reply itself is fine).
    approval: list[Reason] = field(default_factory=list)

    @classmethod
    def of(cls, reasons: list[Reason], flagged: list[Flag], approval: list[Reason] | None = None) -> GateResult:
        return cls(accepted=not reasons, reasons=[r.text for r in reasons], flagged=flagged, details=reasons,
                   approval=approval or [])

    @property
    def needs_approval(self) -> bool:
        return bool(self.approval)

    def as_dict(self) -> dict[str, Any]:
        return {"accepted": self.accepted, "reasons": self.reasons, "flagged": [f.as_dict() for f in self.flagged]}

    def as_record(self) -> dict[str, Any]:
        """What the outbox keeps of a verdict: the text's verdict plus the approval reasons."""
        return {**self.as_dict(), "codes": [r.code for r in self.details],
                "approval": [r.text for r in self.approval]}


@dataclass(frozen=True)
class Lexicon:
    patterns: dict[str, tuple[re.Pattern[str], ...]]

    def find(self, kind: str, text: str) -> list[Flag]:
        found = []
        for pattern in self.patterns.get(kind, ()):
            found.extend(Flag(m.start(), m.end(), kind, m.group(0)) for m in pattern.finditer(text))
        return found


def _compile(expression: str) -> re.Pattern[str]:
    prefix = r"\b" if expression[:1].isalnum() or expression.startswith("(") else ""
    return re.compile(prefix + expression + r"(?!\w)", re.IGNORECASE)


def load_lexicon(extra_dirs: tuple[Path, ...] = ()) -> Lexicon:
    """The shipped lexicons plus any a supervisor added (YAML files of the same shape)."""
    files = sorted((RESOURCES / "lexicons").glob("*.yaml"))
    for directory in extra_dirs:
        if directory.is_dir():
            files.extend(sorted(directory.glob("*.yaml")))
    patterns: dict[str, list[re.Pattern[str]]] = {kind: [] for kind in KINDS}
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for kind in KINDS:
            for expression in data.get(kind) or []:
                try:
                    patterns[kind].append(_compile(str(expression)))
                except re.error as exc:
                    raise ValueError(f"{path}: the {kind} pattern {expression!r} is not valid: {exc}") from exc
    return Lexicon({kind: tuple(items) for kind, items in patterns.items()})


@lru_cache(maxsize=4)
def _default_lexicon(extra_dirs: tuple[Path, ...]) -> Lexicon:
    return load_lexicon(extra_dirs)


def preload(extra_dirs: tuple[Path, ...] = ()) -> Catalogue:
    """Read the lexicons and the action catalogue (files) ahead, on a worker; returns the catalogue.

    After it, checking a reply as the agent types touches no file.
    """
    _default_lexicon(tuple(d / "lexicons" for d in extra_dirs))
    return catalogue(extra_dirs)


def _negated(text: str, action: Flag, lexicon: Lexicon) -> bool:
    """An action right after a negation ("we cannot refund") is not an action."""
    window = text[max(0, action.start - 25):action.start]
    return any(neg.end >= len(window) - 12 for neg in lexicon.find("negation", window))


def _without_overlaps(flags: list[Flag]) -> list[Flag]:
    kept: list[Flag] = []
    for flag in sorted(flags, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and flag.start < kept[-1].end:
            continue
        kept.append(flag)
    return kept


def _real_actions(kind: str, text: str, lexicon: Lexicon, flagged: list[Flag]) -> list[Flag]:
    """Action phrases that are not negated and not part of a vague or passing-it-on phrase
    ("your comments have been sent to our quality team" sends nothing to the customer)."""
    hollow = [f for f in flagged if f.kind in ("vague", "deflection")]
    return [a for a in lexicon.find(kind, text) if not _negated(text, a, lexicon)
            and not any(h.start < a.end and a.start < h.end for h in hollow)]


def _text_reasons(text: str, lexicon: Lexicon, flagged: list[Flag]) -> list[Reason]:
    done = _real_actions("action_done", text, lexicon, flagged)
    promised = _real_actions("action_promised", text, lexicon, flagged)
    when = _WHEN.search(text)
    amounts = _AMOUNT.search(text)

    reasons: list[Reason] = []
    if not done and not promised:
        reasons.append(Reason("no_action", "No concrete action: say what you are doing about it (a refund, a "
                              "replacement, a repair, a correction, a cancellation, or a named person who will "
                              "act)."))
    elif not done and not when:
        reasons.append(Reason("no_date", "No date or deadline: say when it will happen (a date, a day, or within "
                              "how many days)."))
    money = [a for a in done + promised if _MONEY_ACTION.search(a.text)]
    if money and len(money) == len(done + promised) and not amounts:
        reasons.append(Reason("no_amount", "The refund or credit has no amount: say how much (or that it is the "
                              "full amount)."))
    if not done and not when:
        reasons.extend(_vague_date(flagged)[:1])
    return reasons


def _vague_date(flagged: list[Flag]) -> list[Reason]:
    return [Reason("vague_date", f"“{flag.text}” is not a date: give one.", {"phrase": flag.text})
            for flag in flagged
            if flag.kind == "vague" and re.search(r"possible|posible|brevedad|antes|soon|pronto|breve", flag.text,
                                                  re.IGNORECASE)]


def _notes(reasons: list[Reason], flagged: list[Flag]) -> list[Reason]:
    """What the flagged phrases mean, once the reply is refused for something."""
    if not reasons:
        return []
    notes = []
    if any(f.kind in ("apology", "flattery") for f in flagged):
        notes.append(Reason("apology_only", "Apologies and thanks are welcome beside an action, never instead of "
                            "one."))
    if any(f.kind == "deflection" for f in flagged):
        notes.append(Reason("deflection", "Passing the complaint on needs a named owner and a date, or it "
                            "commits to nothing."))
    return notes


def _flagged(text: str, lexicon: Lexicon) -> list[Flag]:
    return _without_overlaps([f for kind in FLAGGED_KINDS for f in lexicon.find(kind, text)])


def check_text(text: str, *, extra_lexicons: tuple[Path, ...] = ()) -> GateResult:
    """Judge the text of a reply alone: is there a concrete commitment in it?"""
    lexicon = _default_lexicon(extra_lexicons)
    flagged = _flagged(text, lexicon)
    reasons = _text_reasons(text, lexicon, flagged)
    return GateResult.of(reasons + _notes(reasons, flagged), flagged)


# --- the whole reply: its structured actions and its text ------------------------------

_NUMBER = re.compile(r"\d[\d.,\u00a0 ]*\d|\d")
_FULL_AMOUNT = re.compile(r"\b(?:full|total|whole|entire|íntegro|íntegra|completo|completa|total del?)\s+"
                          r"(?:amount|refund|price|importe|reembolso|precio|cargo)\b|"
                          r"\b(?:importe|amount|price|precio)\s+(?:completo|íntegro|total|in full)\b", re.IGNORECASE)
MIN_ANSWER_WORDS = 12


def _numbers(text: str) -> set[Decimal]:
    """Every number written in the text, read with either decimal separator."""
    found: set[Decimal] = set()
    for match in _NUMBER.finditer(text):
        raw = re.sub(r"[\u00a0 ]", "", match.group(0)).rstrip(".,")
        candidates = {raw.replace(",", ""), raw.replace(".", "").replace(",", ".")}
        for candidate in candidates:
            try:
                found.add(Decimal(candidate))
            except InvalidOperation:
                continue
    return found


def _own_words(text: str, flagged: list[Flag]) -> int:
    """Words of the reply outside flagged phrases, quoted history and signature."""
    kept = []
    cursor = 0
    for flag in flagged:
        kept.append(text[cursor:flag.start])
        cursor = flag.end
    kept.append(text[cursor:])
    body = "".join(kept).split("\n-- \n")[0]
    lines = [line for line in body.splitlines() if not line.lstrip().startswith(">")]
    return len(re.findall(r"\w{2,}", " ".join(lines)))


def _action_reasons(text: str, spec: ActionSpec, kind: ActionKind, language: str) -> list[Reason]:
    name = kind.name(language)
    params = {"kind": spec.kind}
    missing = missing_fields(spec, kind)
    if missing:
        labels = ", ".join(FIELD_LABELS[m] for m in missing)
        return [Reason("missing_field", f"The {name.lower()} needs: {labels}.", {**params, "fields": ",".join(missing)})]
    reasons = []
    if kind.stated and not any(p.search(text) for p in kind.stated):
        reasons.append(Reason("not_stated", f"The reply does not tell the customer about the {name.lower()}: "
                              "say what you are doing.", params))
    if spec.amount is not None and spec.amount not in _numbers(text) and not _FULL_AMOUNT.search(text):
        amount = f"{spec.amount} {spec.currency or ''}".strip()
        reasons.append(Reason("amount_not_stated", f"Say how much in the reply: {amount}.",
                              {**params, "amount": amount}))
    if kind.due and spec.due is not None and not _WHEN.search(text):
        due = f"{spec.due.astimezone():%Y-%m-%d}"
        reasons.append(Reason("date_not_stated", f"Say when in the reply: the {name.lower()} is due "
                              f"{due}.", {**params, "date": due}))
    if spec.owner and kind.key == "escalation":
        names = re.findall(r"\w{3,}", spec.owner)
        if names and not any(re.search(rf"\b{re.escape(part)}\b", text, re.IGNORECASE) for part in names):
            reasons.append(Reason("owner_not_stated", f"Name the owner in the reply: {spec.owner}.",
                                  {**params, "owner": spec.owner}))
    return reasons


def check_reply(text: str, actions: list[ActionSpec], *, limits: dict[str, Any] | None = None,
                extra_dirs: tuple[Path, ...] = (), language: str = "en") -> GateResult:
    """Judge a whole reply: its actions are concrete and complete, and its text tells the customer.

    ``limits`` are the author's authority; an action above them does not
    refuse the reply but puts it in ``approval`` (a supervisor must approve).
    ``extra_dirs`` are the supervisor's folders for lexicons and actions.
    """
    lexicon = _default_lexicon(tuple(d / "lexicons" for d in extra_dirs))
    kinds = catalogue(extra_dirs)
    flagged = _flagged(text, lexicon)
    reasons: list[Reason] = []
    approval: list[Reason] = []
    if not actions:
        reasons.append(Reason("no_structured_action", "Add at least one concrete action (refund, replacement, "
                              "repair, correction...) with what it needs."))
        reasons.extend(r for r in _text_reasons(text, lexicon, flagged) if r.code != "no_action")
    for spec in actions:
        kind = kinds.get(spec.kind)
        reasons.extend(_action_reasons(text, spec, kind, language))
        ceiling = over_limit(spec, kind, limits or {})
        if ceiling is not None:
            amount = f"{spec.amount} {spec.currency or ''}".strip()
            approval.append(Reason("over_limit", f"The {kind.name(language).lower()} of {amount} is above your "
                                   f"limit of {ceiling}; a supervisor must approve it.",
                                   {"kind": spec.kind, "amount": amount, "limit": str(ceiling)}))
    if actions and all(kinds.get(s.kind).key == "answer" for s in actions) \
            and _own_words(text, flagged) < MIN_ANSWER_WORDS:
        reasons.append(Reason("answer_empty", "The answer is missing: write it in the reply, beyond apologies "
                              "and thanks."))
    if actions and not reasons:
        reasons.extend(_vague_date(flagged)[:1] if not _WHEN.search(text) else [])
    return GateResult.of(reasons + _notes(reasons, flagged), flagged, approval)
