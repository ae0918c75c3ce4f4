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
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from workstation.paths import RESOURCES

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


@dataclass
class GateResult:
    accepted: bool
    reasons: list[str] = field(default_factory=list)
    flagged: list[Flag] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"accepted": self.accepted, "reasons": self.reasons, "flagged": [f.as_dict() for f in self.flagged]}


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


def check_text(text: str, *, extra_lexicons: tuple[Path, ...] = ()) -> GateResult:
    """Judge the text of a reply alone: is there a concrete commitment in it?"""
    lexicon = _default_lexicon(extra_lexicons)
    flagged = _without_overlaps([f for kind in FLAGGED_KINDS for f in lexicon.find(kind, text)])
    done = [a for a in lexicon.find("action_done", text) if not _negated(text, a, lexicon)]
    promised = [a for a in lexicon.find("action_promised", text) if not _negated(text, a, lexicon)]
    when = list(_WHEN.finditer(text))
    amounts = list(_AMOUNT.finditer(text))

    reasons: list[str] = []
    if not done and not promised:
        reasons.append("No concrete action: say what you are doing about it (a refund, a replacement, a repair, "
                       "a correction, a cancellation, or a named person who will act).")
    elif not done and not when:
        reasons.append("No date or deadline: say when it will happen (a date, a day, or within how many days).")
    money = [a for a in done + promised if _MONEY_ACTION.search(a.text)]
    if money and len(money) == len(done + promised) and not amounts:
        reasons.append("The refund or credit has no amount: say how much (or that it is the full amount).")
    if not done and not when:
        for flag in flagged:
            if flag.kind == "vague" and re.search(r"possible|posible|brevedad|antes|soon|pronto|breve", flag.text,
                                                  re.IGNORECASE):
                reasons.append(f"“{flag.text}” is not a date: give one.")
                break
    if reasons and any(f.kind in ("apology", "flattery") for f in flagged):
        reasons.append("Apologies and thanks are welcome beside an action, never instead of one.")
    if reasons and any(f.kind == "deflection" for f in flagged):
        reasons.append("Passing the complaint on needs a named owner and a date, or it commits to nothing.")
    return GateResult(accepted=not reasons, reasons=reasons, flagged=flagged)
