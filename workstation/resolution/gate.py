"""The resolution gate: does a reply commit to something concrete, and tell the customer so?

A reply passes when the agent's own words (not the quoted message, the
signature or a footer: :mod:`workstation.resolution.reading`) hold a
commitment (:mod:`workstation.resolution.commitments`): an action already
done ("le he devuelto 29,90 €", "we've put the €35 back on your card"), or
promised with a date or deadline ("el técnico pasa el martes por la tarde",
"se le bonificará en la próxima factura"). Apologies and thanks are welcome
beside an action; a reply made only of them, of vague promises, of
conditions ("if it meets our policy"), refusals, past facts or passing the
complaint on is refused, with one sentence per thing missing, each naming
the next step.

With structured actions (what the agent filled in beside the text), each
action must be complete and stated in the text in ordinary words: its kind,
its amount in any local format (a different amount is a refusal naming
both), its owner by name, and, for an action not yet done, when. A reply
with complete actions whose text the gate does not recognise can be sent
for review: a person with authority decides (``GateResult.review``).

The flagged phrases (apology, flattery, vague, passing it on) live in
``resources/lexicons/``; a supervisor extends them, and teaches the gate
phrasings of actions, with files of the same shape in the data folder's
``lexicons/`` folder (see :func:`learn_phrase`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from workstation.errors import InvalidInput
from workstation.language import detect as detect_language
from workstation.paths import RESOURCES
from workstation.resolution import commitments as cm
from workstation.resolution import learned
from workstation.resolution.actions import (
    FIELD_LABELS,
    ActionKind,
    ActionSpec,
    Catalogue,
    catalogue,
    missing_fields,
    over_limit,
)
from workstation.resolution.morph import fold
from workstation.resolution.reading import (
    _MONTHS,
    FULL_AMOUNT,
    Sentence,
    days_named,
    has_date,
    has_deadline,
    has_past_date,
    has_past_time,
    has_specific_time,
    money,
    numbers,
    own_text,
    same_currency,
    sentences,
    without_dates,
)

KINDS = ("apology", "flattery", "vague", "deflection", "action_done", "action_promised", "negation")
FLAGGED_KINDS = ("apology", "flattery", "vague", "deflection")
SITE_LEXICON = "site.yaml"

#: Which kinds of commitment read in the text state each kind of structured action.
_STATES = {
    "refund": {cm.REFUND, cm.CREDIT}, "credit": {cm.CREDIT, cm.REFUND}, "replacement": {cm.REPLACEMENT, cm.REPAIR},
    # A repair is often a part replaced: "we swapped the stripped wheel stud", "replaced the thermostat".
    "repair_visit": {cm.REPAIR, cm.REPLACEMENT}, "correction": {cm.CORRECTION}, "cancellation": {cm.CANCELLATION},
    "process_change": {cm.PROCESS, cm.CORRECTION},
}


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
    #: Refused, but every structured action is complete: a supervisor may approve it as written.
    review: bool = False

    @classmethod
    def of(cls, reasons: list[Reason], flagged: list[Flag], approval: list[Reason] | None = None,
           review: bool = False) -> GateResult:
        return cls(accepted=not reasons, reasons=[r.text for r in reasons], flagged=flagged, details=reasons,
                   approval=approval or [], review=review and bool(reasons))

    @property
    def needs_approval(self) -> bool:
        return bool(self.approval)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"accepted": self.accepted, "reasons": self.reasons,
                                "flagged": [f.as_dict() for f in self.flagged]}
        if self.review:
            data["review"] = True
        return data

    def as_record(self) -> dict[str, Any]:
        """What the outbox keeps of a verdict: the text's verdict plus the approval reasons."""
        return {**self.as_dict(), "codes": [r.code for r in self.details],
                "approval": [r.text for r in self.approval],
                # with its facts, so the outbox can say it in the supervisor's language
                "approval_details": [{"code": r.code, "text": r.text, "params": dict(r.params)}
                                     for r in self.approval]}


@dataclass(frozen=True)
class Lexicon:
    patterns: dict[str, tuple[re.Pattern[str], ...]]
    #: Phrasings a supervisor taught the gate, by kind of action.
    stated: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)

    def find(self, kind: str, text: str) -> list[Flag]:
        """Every phrase of a kind in the text (one pass: the kind's patterns are joined into one)."""
        joined = _joined(self.patterns.get(kind, ()))
        if joined is None:
            return []
        return [Flag(m.start(), m.end(), kind, m.group(0)) for m in joined.finditer(text)]


@lru_cache(maxsize=64)
def _joined(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


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
    stated: dict[str, list[re.Pattern[str]]] = {}
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f", line {mark.line + 1}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise InvalidInput(f"The lexicon {path} cannot be read: {problem}{where}. Only plain YAML is accepted.",
                               hint="Fix or remove that file in the data folder's lexicons/.") from exc
        if not isinstance(data, dict):
            raise InvalidInput(f"The lexicon {path} must be a mapping of phrase lists (apology:, vague:...).")
        for kind in KINDS:
            for expression in data.get(kind) or []:
                patterns[kind].append(_checked(path, kind, str(expression)))
        for action, expressions in (data.get("stated") or {}).items():
            for expression in expressions or []:
                stated.setdefault(str(action), []).append(_checked(path, f"stated {action}", str(expression)))
    return Lexicon({kind: tuple(items) for kind, items in patterns.items()},
                   {kind: tuple(items) for kind, items in stated.items()})


def _checked(path: Path, kind: str, expression: str) -> re.Pattern[str]:
    try:
        return _compile(expression)
    except re.error as exc:
        raise InvalidInput(f"The lexicon {path}: the {kind} pattern {expression!r} is not valid: {exc}.") from exc


@lru_cache(maxsize=4)
def _default_lexicon(extra_dirs: tuple[Path, ...]) -> Lexicon:
    return load_lexicon(extra_dirs)


def preload(extra_dirs: tuple[Path, ...] = ()) -> Catalogue:
    """Read the lexicons and the action catalogue (files) ahead, on a worker; returns the catalogue.

    After it, checking a reply as the agent types touches no file.
    """
    _default_lexicon(tuple(d / "lexicons" for d in extra_dirs))
    cm.find(sentences("We have refunded 1 EUR."))  # builds the word forms once
    learned.load()  # the reader's weights (tens of milliseconds)
    return catalogue(extra_dirs)


def learn_phrase(data_dir: Path, phrase: str, kind: str) -> Path:
    """Teach the site's lexicon that ``phrase`` states an action of ``kind`` (a supervisor, after a review).

    The phrase is kept literally (not as a pattern) in ``lexicons/site.yaml``;
    the cached lexicons are dropped so the next check reads it.
    """
    phrase = " ".join(phrase.split())
    if len(phrase) < 4:
        raise ValueError("The phrase to learn is too short.")
    path = data_dir / "lexicons" / SITE_LEXICON
    path.parent.mkdir(parents=True, exist_ok=True)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    data = data if isinstance(data, dict) else {}
    stated = data.setdefault("stated", {})
    entries = stated.setdefault(kind, [])
    pattern = re.escape(phrase).replace(r"\ ", r"\s+")
    if pattern not in entries:
        entries.append(pattern)
    path.write_text("# Phrasings this site taught the gate (added when approving a reviewed reply).\n"
                    + yaml.safe_dump(data, allow_unicode=True, sort_keys=True), encoding="utf-8")
    _default_lexicon.cache_clear()
    return path


# --- reading a reply ---------------------------------------------------------------------------


@dataclass
class Reading:
    """What the gate understood of a reply's text."""

    own: str
    sentences: list[Sentence]
    flagged: list[Flag]
    commitments: list[cm.Commitment]
    #: Learned phrasings found, by kind of action.
    taught: dict[str, list[tuple[int, int]]]
    today: date
    #: The lines that sign the reply off, right after the own text: "Abi", "Bundle Delivery Customer Care".
    signed: str = ""

    def committed(self) -> list[cm.Commitment]:
        """Commitments that stand: done, or promised with a date or deadline beside them."""
        return [c for c in self.commitments if c.status == "done" or self.dated(c)]

    def dated(self, commitment: cm.Commitment) -> bool:
        if commitment.timed:
            return True
        following = commitment.sentence + 1
        mine = self.sentences[commitment.sentence] if commitment.sentence < len(self.sentences) else None
        if mine is not None and any(f.kind == "vague" and mine.start <= f.start < mine.end for f in self.flagged):
            return False  # "will be resolved at the earliest": the promise itself is vague
        # (past what a colon split off: "we're refunding the rest of your year: $1,099.00. Expect it…")
        while following < len(self.sentences) - 1 and \
                len(re.findall(r"[^\W\d_]{2,}", self.sentences[following].text)) < 2:
            following += 1
        if following >= len(self.sentences):
            return False
        # A clause of it: "the transfer goes to your card on Tuesday, and your bank may need a few days after that".
        clauses = re.split(r",?\s+(?:and|but|y|pero)\s+(?=\w+\s+(?:bank|banco|entidad|card issuer))|;\s*",
                           self.sentences[following].text)
        # ("Expect his call tomorrow before 2pm" tells them what to expect: no hedge.)
        # ("you should see it by Tuesday" says when it reaches them, which the promise before it fixes: no hedge)
        # (nor when we are open: "Our team is available seven days a week, 8am to 8pm")
        return any(has_deadline(clause) and not _OPENING_HOURS.search(fold(clause)) and
                   not _HEDGE.search(_ROUGHLY.sub(" ", _EXPECT_IT.sub("", _SHOULD_SEE.sub(" ", clause)))) and
                   not has_past_date(clause, self.today - timedelta(days=2)) for clause in clauses)


#: When we are there for them, not when anything happens (folded): "our lines are open Monday to Friday, 8am to 8pm".
_OPENING_HOURS = re.compile(r"\b(?:opening hours|office hours|(?:lines|we|offices?|branch(?:es)?|team|store|shop) (?:are|is|'re) "
                            r"(?:open|available)|atendemos|horario de atencion|estamos abiertos|de lunes a (?:viernes|sabado|"
                            r"domingo)|monday to (?:friday|saturday|sunday)|seven days a week|7 days a week|los siete dias "
                            r"de la semana)\b")
#: When it reaches them, after a thing promised in the sentence before: "you should see this by Tuesday 1 December".
_SHOULD_SEE = re.compile(r"^\W*(?:and\s+)?(?:you|it|they|this|that)\s+should\s+(?:see|receive|get|have|notice|reach|"
                         r"arrive)\b", re.IGNORECASE)
#: "Expect his call tomorrow": what to expect, told, not hoped for.
_EXPECT_IT = re.compile(r"^\W*(?:please\s+)?expect\b", re.IGNORECASE)
#: A deadline in the sentence after a promise counts, unless it is only hoped for.
_HEDGE = re.compile(r"\b(?:(?<!please )(?<!kindly )(?<!can )(?<!will )expect|should|(?<!\d )may(?! \d)|might|hope|hopefully|"
                    r"usually|typically|normally|generally|estimate|could(?! not)|"
                    r"possibly|perhaps|maybe|likely|probable|probablemente|posible|posiblemente|quizas?|tal vez|"
                    r"a lo mejor|ojala|pueda|puedan|previsto|prevista|"
                    r"suele|deber[ií]a|podr[ií]a|normalmente|generalmente|estimamos|" + cm.NOT_AFTER_A_CLITIC + r"esperamos|calculamos|"
                    r"aproximadamente|approximately|depend(?:e|en|s|ing|era|eran))\b", re.IGNORECASE)


#: How long something takes, given roughly beside a firm day: "mañana viernes 27 ... en una hora aproximadamente".
_ROUGHLY = re.compile(r"\b(?:(?:aproximadamente|approximately)\s+(?:\w+\s+)?(?:minut|hora|hour|d[ií]a|day)\w*|"
                      r"(?:minut|hora|hour|d[ií]a|day)\w*\s+(?:aproximadamente|approximately))\b", re.IGNORECASE)


#: A question tagged on to a statement, which asks nothing: "Te escribe el lunes 30 con la resolución, ¿vale?", "the
#: tech goes Saturday at 9, ¿dale?", "done by Friday, ok?", "va el lunes a las 10, ¿le parece?", "te aparece en 2
#: días, cachai?". Read as a full stop (offsets kept).
_TAG_QUESTION = re.compile(r"(?<=[,\s])¿?(?:vale|dale|ok|okay|va|sale|right|alright|yeah|cach[aá]i)\?(?=\s|$)|"
                           r"(?<=,)\s*¿?(?:(?:le|te|les) (?:parece(?: bien)?|sirve)|de acuerdo|est[aá] bien|"
                           r"sounds? good|does that work(?: for you)?)\?(?=\s|$)", re.IGNORECASE)


def read(text: str, lexicon: Lexicon, today: date | None = None) -> Reading:
    own = own_text(text)
    # (not in a sentence that is a question from its start: "¿Pasamos el lunes a las 9, le parece?")
    own = _TAG_QUESTION.sub(lambda m: m.group(0) if "¿" in re.split(r"[.!?\n]", own[:m.start()])[-1] else
                            m.group(0).replace("¿", " ").replace("?", "."), own)
    parts = sentences(own)
    flagged = _without_overlaps([f for kind in FLAGGED_KINDS for f in lexicon.find(kind, own)])
    extra = [(p, "done") for p in lexicon.patterns.get("action_done", ())] + \
        [(p, "promised") for p in lexicon.patterns.get("action_promised", ())]
    found = cm.find(parts, extra, today)
    hollow = [f for f in flagged if f.kind in ("vague", "deflection")]
    # "passed to the relevant team" commits to nothing; "escalated to our manager, Gareth Hughes" names who acts.
    found = [c for c in found if not any(h.start < c.end and c.start < h.end and not (
        h.kind == "deflection" and cm.ESCALATION in c.kinds) for h in hollow)]
    found += _named_call(parts, today or date.today())
    found += [c for c in _headlines(parts) if not any(c.start < f.end and f.start < c.end for f in found)]
    taught = {kind: [(m.start(), m.end()) for p in patterns for m in p.finditer(own)]
              for kind, patterns in lexicon.stated.items()}
    for kind, spans in taught.items():
        for start, end in spans:
            found.append(cm.Commitment(start, end, frozenset({kind, *(_STATES.get(kind, ()))}), "done", 0,
                                       own[start:end]))
    return Reading(own, parts, flagged, found, {k: v for k, v in taught.items() if v}, today or date.today(),
                   _signed(text, own))


def _signed(text: str, own: str) -> str:
    """The first lines after the own text, up to a quoted message: the sign-off and the signature, where the agent who
    writes "I" gives a name."""
    end = len(own.rstrip())
    lines = []
    for line in text[end:].splitlines():
        if line.lstrip().startswith(">") or _QUOTE_HEADER.search(line):
            break
        if line.strip():
            lines.append(line.strip())
    return "\n".join(lines[:4])


#: The line that opens a quoted message: "On 25 Nov 2026, Kieran wrote:", "El mié, 25 nov 2026, Adrián escribió:".
_QUOTE_HEADER = re.compile(r"\b(?:wrote|escribi[oó]|ha escrito|va escriure|escribiu|escreveu|a [ée]crit|schrieb)\s*:|"
                           r"^-{2,}\s*(?:original|mensaje)|^(?:from|de):\s", re.IGNORECASE)
#: The agent speaking as "I" (folded), whom the signature names: "I've booked a redelivery", "te he programado".
_I_DID = re.compile(r"\b(?:i|i've|i'll|i'm|yo)\b|\b(?:te|le|les|lo|la|se lo|se la)\s+he\b|^he\s|[.;:,]\s+he\s")


#: A person named with a title, a surname or a role: "Dr. Chávez, head of anaesthesia", "Manuel Cordero, head of
#: our pivot department", "la Lic. Verónica Ortiz", "Keisha, who runs our school-group bookings".
_NAMED_PERSON = re.compile(
    r"\b(?:(?i:dr|dra|mr|mrs|ms|miss|prof|lic|ing|sr|sra|srta|d[ñn]a|nurse|sister)[.\u2024]?\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+|"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ-]+)?,\s+(?:who|que|our|the|el|la|nuestr[oa]|head|jef[ea]|"
    r"responsable|gerente|coordinadora?|directora?|manager|supervisora?)\b|"
    # or by where they work: "Pieter from the workshop", "Toño del taller"
    r"(?!(?:Someone|Somebody|Reception|Staff|Everyone|Nobody|Alguien|Recepci[oó]n|Personal|Nadie)\b)"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+\s+(?:(?i:from|at) (?:the|our)(?:\s+[\w-]+){0,2}|"
    r"(?i:del|de la|de nuestro|de nuestra))\s+(?i:workshop|garage|"
    r"office|branch|store|shop|depot|team|clinic|lab|surgery|practice|taller|oficina|sucursal|tienda|equipo|"
    r"clinica|cl[ií]nica|laboratorio|consultorio|almac[eé]n|servicio t[eé]cnico)\b|"
    # or as the one a call comes from: "expect a call from Harriet in our Bath office tomorrow between 10 and 11am"
    r"(?i:(?:a|una)\s+(?:phone\s+)?(?:call|llamada)\s+(?:from|de)\s+(?:(?:our|nuestr[oa])\s+\w+\s+)?)[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+\b"
    r"(?!\s+(?i:airport|office|team|station|branch|depot|hub|store|shop|bank|aeropuerto|oficina|sucursal|equipo)\b))")
#: Calling, meeting or seeing the customer, or getting in touch: what a named person does for them at a time.
_CALLS_THEM = re.compile(r"\b(?:will|'ll|is going to|va a|van a)?\s*(?:call|calls|phone|phones|ring|rings|meet|see|"
                         r"visit|llamar\w*|llama|te llama|le llama|la llama|lo llama|te habla|le habla|reunir\w*|"
                         r"se reunira|atender\w*|atiende|recibir\w*|"
                         r"visitar\w*|(?:will|'ll|is going to)\s+(?:get|be)\s+in touch|"
                         r"se\s+(?:pondr[aá]n?|va a poner|van a poner)\s+en contacto)\b", re.IGNORECASE)


def _named_call(parts: list[Sentence], today: date) -> list[cm.Commitment]:
    """A named person who calls, meets or sees the customer at a day and an hour: "Dr. Chávez, head of anaesthesia,
    will call you tomorrow between 3 and 5 pm", "el Dr. Rivera la llamará hoy a las 6 de la tarde". Not when it
    asks, hedges or sets a condition, nor for a day gone."""
    found = []
    for number, sentence in enumerate(parts):
        text = sentence.text
        folded = fold(text)
        if "?" in text or not _NAMED_PERSON.search(text) or not _CALLS_THEM.search(text) or \
                not (_TO_THEM.search(folded) or re.search(r"\b(?:la|lo|las|los) (?:llam|atend|recib|visit)|\bexpect "
                                                          r"(?:a|her|his|their) (?:phone )?call\b|\brecibira una "
                                                          r"llamada\b", folded)) or \
                not has_specific_time(text) or not any(day >= today for day in days_named(text, today)):
            continue
        if _hedged(folded) or has_past_date(text, today):
            continue
        found.append(cm.Commitment(sentence.start, sentence.end, frozenset({cm.ESCALATION}), "promised", number,
                                   text, True))
    return found


#: Words that show a verb, a pronoun or a denial before a participle: then it is no headline.
_NOT_A_HEADLINE = frozenset("is are was were be been being has have had will would 's 're 've ll i we you he she they "
                            "it not n't never no nunca ni ha han he hemos fue fueron era esta estan estaba se te le "
                            "nos les lo la yo tu usted ustedes que which that who if si cuando when haber having "
                            "como because porque as since after despues antes".split())
#: What may follow a participle that tells what was done ("anulado.", "pausadas hasta nuevo aviso", "reissued
#: today"), where a noun after it makes it an adjective ("the extended outage", "the cancelled course").
_AFTER_DONE = frozenset("to for from on in at today now already hasta desde para a al en hoy ya sin de del con "
                        "and y as como by por this esta este".split())
#: The complaint told back, not the remedy: "pedido cancelado por error", "order cancelled without warning".
_THEIR_TROUBLE = re.compile(r"\b(?:" + cm.IN_ERROR_WORDS + r"|sin (?:aviso|avisar|motivo|permiso|autorizacion)|"
                            r"without (?:notice|warning|asking|reason)|twice|"
                            r"dos veces|de mas|duplicad\w*|double)\b")


def _headlines(parts: list[Sentence]) -> list[cm.Commitment]:
    """A fix told as a headline, a thing and what was done to it, with no verb before: "Pedido 44812 anulado",
    "renovación automática desactivada", "booking ref KX-22 cancelled as you asked". Money given back is left
    to its own readings; a verb the tables do not hold ("cajas pausadas") is not read."""
    morph = cm._morph()
    found = []
    for number, sentence in enumerate(parts):
        if "?" in sentence.text:
            continue
        tokens = sentence.tokens
        clause_start = 0
        for index, token in enumerate(tokens):
            between = sentence.text[tokens[index - 1].end - sentence.start:token.start - sentence.start] \
                if index else ""
            if re.search(r"[,;:–—]|\s-\s", between):
                clause_start = index  # a new clause: "Hecho, Xabi: renovación automática desactivada"
            readings = [f for f in morph.forms(token.norm) if f.tense == "pp"]
            if not readings or index == clause_start or index - clause_start > 6:
                continue
            lemma = readings[0].lemma
            kinds, need = (cm._EN_VERBS if readings[0].lang == "en" else cm._ES_VERBS).get(lemma, (frozenset(), ""))
            before = [t.norm for t in tokens[clause_start:index]]
            kinds = kinds - {cm.REFUND, cm.CREDIT}  # (money given back has its own readings, and its amount)
            if not kinds or need or any(w in _NOT_A_HEADLINE for w in before) or \
                    lemma in cm.RUNS_OUT and any(w in cm.PERIODS for w in before) and \
                    not cm.AS_THEY_ASKED.search(fold(sentence.text)):
                continue  # ("the 30 day refund window ended on 01.11.2026": a period run out)
            if index + 1 < len(tokens) and tokens[index + 1].norm not in _AFTER_DONE and not re.search(
                    r"[,;:.!–—()]", sentence.text[token.end - sentence.start:tokens[index + 1].start - sentence.start]):
                continue  # "the extended outage": an adjective before its noun
            end = next((t.start for t in tokens[index + 1:]
                        if re.search(r"[,;:–—]", sentence.text[t.start - sentence.start - 2:t.start - sentence.start])),
                       sentence.end)
            if any(f.tense not in ("pp", "inf", "ing") for t in tokens[index + 1:] if t.start < end
                   for f in morph.forms(t.norm)):
                continue  # "los kilómetros del vuelo cancelado ya se le devolvieron": the verb comes after
            clause = sentence.text[tokens[clause_start].start - sentence.start:end - sentence.start]
            folded = fold(clause)
            if re.search(r"\b(?:por (?:usted|ti|vos|el cliente)|by (?:you|the customer))\b", folded) or \
                    _HOLLOW_CLAUSE.search(clause) or \
                    _THEIR_TROUBLE.search(folded) or _HEDGE.search(folded) or cm._HARD_CONDITION.search(folded) or \
                    cm._SOFT_CONDITION.search(folded) or _NEGATION.search(folded) or \
                    re.search(r"\b(?:por falta de|debido a|a causa de|due to|because of|out of stock|sin stock)\b", folded):
                continue  # ("Pedido cancelado por falta de stock": what happened to the order, and why)
            found.append(cm.Commitment(tokens[clause_start].start, end, kinds, "done", number, clause, False,
                                       lemma=lemma))
    return found


def _without_overlaps(flags: list[Flag]) -> list[Flag]:
    kept: list[Flag] = []
    for flag in sorted(flags, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and flag.start < kept[-1].end:
            continue
        kept.append(flag)
    return kept


# --- the text alone ------------------------------------------------------------------------------

#: Verbs that move money: a refund or credit said with one of these needs its amount.
_MONEY_VERBS = frozenset("refund reimburse repay credit reembolsar devolver abonar reintegrar regresar transferir "
                         "ingresar".split())
_CHARGE_WORDS = re.compile(r"\b(?:charge|charges|fee|fees|difference|deposit|payment|fare|ticket|subscription|"
                           r"cargo|cargos|cobro|cobros|diferencia|cuota|pago|importe|billete|pasaje|fianza|"
                           r"mensualidad|suscripci[oó]n|comisi[oó]n|reserva|booking|order|pedido|compra|purchase|"
                           r"month|mes|invoice|factura|bill|recibo|flete|envio|env[ií]o|shipping|postage)\b",
                           re.IGNORECASE)


#: An amount without its currency, right after the verb that moves it: "refunded the 4.99 to ur card".
_BARE_AMOUNT = re.compile(r"\b(?:refund|credit|reimburs|return|devol|devuel|reembols|abon|reintegr)\w*\s+"
                          r"(?:(?:you|te|le|les)\s+)?(?:(?:the|los|las|el|la)\s+)?\d+[.,]\d{2}\b")
#: Amounts that are not money: "5,000 millas", "10 GB", "500 points".
_UNITS = re.compile(r"\b\d[\d.,]*\s*(?:millas|miles|avios|points|puntos|gb|mb|megas|minutes|minutos|nights|noches|"
                    r"months|meses|days|d[ií]as|"
                    # what an app or a game pays in: "300 Crystals", "500 gemas"
                    r"crystals|gems|coins|tokens|credits|diamonds|cristales|gemas|monedas|fichas|diamantes|"
                    r"cr[eé]ditos)\b",
                    re.IGNORECASE)


def _no_action() -> Reason:
    return Reason("no_action", "No concrete action: say what you are doing about it (a refund, a replacement, a "
                  "repair, a correction, a cancellation, or a named person who will act).")


def _answer_empty() -> Reason:
    return Reason("answer_empty", "The answer is missing: write it in the reply, beyond apologies and thanks.")


def _text_reasons(reading: Reading) -> list[Reason]:
    reasons: list[Reason] = []
    committed = reading.committed()
    if not reading.commitments:
        reasons.append(_no_action())
    elif not committed:
        reasons.append(Reason("no_date", "No date or deadline: say when it will happen (a date, a day, or within "
                              "how many days)."))
    money_only = committed and all(c.lemma in _MONEY_VERBS for c in committed)
    if money_only and not money(reading.own) and not FULL_AMOUNT.search(reading.own) \
            and not _CHARGE_WORDS.search(reading.own) and not _UNITS.search(reading.own) \
            and not _BARE_AMOUNT.search(fold(reading.own)) and not cm._BARE_SUM.search(fold(reading.own)):
        reasons.append(Reason("no_amount", "The refund or credit has no amount: say how much (or that it is the "
                              "full amount)."))
    if not committed:
        reasons.extend(_vague_date(reading.flagged)[:1])
    return reasons


def _vague_date(flagged: list[Flag]) -> list[Reason]:
    return [Reason("vague_date", f"“{flag.text}” is not a date: give one.", {"phrase": flag.text})
            for flag in flagged
            if flag.kind == "vague" and re.search(r"possible|posible|brevedad|antes|soon|pronto|breve|shortly",
                                                  flag.text, re.IGNORECASE)]


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


def check_text(text: str, *, extra_lexicons: tuple[Path, ...] = (), today: date | None = None) -> GateResult:
    """Judge the text of a reply alone: is there a concrete commitment in it? (``today`` dates "past" facts.)"""
    lexicon = _default_lexicon(extra_lexicons)
    reading = read(text, lexicon, today)
    reasons = _second_opinion(reading, _text_reasons(reading), site=bool(extra_lexicons))
    return GateResult.of(reasons + _notes(reasons, reading.flagged), reading.flagged)


def _second_opinion(reading: Reading, reasons: list[Reason], *, site: bool = False) -> list[Reason]:
    """The learned reader's say (:mod:`workstation.resolution.learned`): it may refuse a text the rules took for
    a commitment, and never un-teach what a supervisor taught. It may accept a text the rules found no action
    in only when it reads as a commitment almost surely and the text holds none of the words that make a reply
    non-committal (a hedge, a condition, a question, advice, a promise to look, what was charged)."""
    reader = learned.load()
    if reader is None:
        return reasons
    if reasons:
        found_nothing = {r.code for r in reasons} <= {"no_action", "apology_only"}
        if found_nothing and learned.accepts(reader.probability(reading.own)) and (
                not _wary(reading) or _sure_sentence(reading, reader)):
            return []  # "Your order will be delivered on Saturday between 10am and 2pm."
        return reasons
    # A phrase from the site's lexicons (a taught phrasing, an action pattern) reads as a commitment without a verb.
    taught = bool(reading.taught) or site and any(not c.lemma for c in reading.committed())
    # Money given back, with its amount beside the verb, is the plainest remedy there is: "Le he hecho un
    # reembolso de 45,90 €" is not the reader's to overrule.
    # So are a charge undone with its amount ("I've removed the £18 admin fee") and one of ours coming at a
    # stated time ("en diez minutos sube un técnico").
    # So is a thing we fitted: "Hemos puesto una barandilla en la escalera del portal".
    # Not money given back months before, which is the account's history ("A travel voucher of £50 was issued to
    # you in August"), unless it was today.
    plain = any(c.status == "done" and c.amounts and (c.kinds & {cm.REFUND, cm.CREDIT} or c.lemma in cm._UNDOING)
                and not _months_before(reading.sentences[c.sentence].text, reading.today)
                or c.status == "done" and c.lemma == "poner" and c.kinds >= {cm.REPAIR, cm.PROCESS}
                or cm.in_person(c) for c in reading.committed())
    return [_no_action()] if not plain and learned.vetoes(reader.probability(reading.own), taught=taught) else []


def _months_before(sentence: str, today: date) -> bool:
    """Money given back "in August", "en marzo", "in May 2019", and not today."""
    return cm.months_before(sentence, today) and not cm._TODAY.search(fold(sentence))


def _sure_sentence(reading: Reading, reader: learned.Reader) -> bool:
    """A sentence the reader, on its own, reads as a commitment almost surely, holding none of the words that
    make a reply non-committal: the wary word is somewhere else ("Car's ready whenever you want to swing by",
    after "it's tightened and secured now, no charge")."""
    folded = fold(reading.own)
    if _ACKNOWLEDGED.search(folded) or _SEEN.search(folded) or cm.PRICE_RISE.search(folded) or \
            any(f.kind in ("vague", "deflection") for f in reading.flagged):
        return False  # the whole reply is bookkeeping: "Acusamos recibo de su carta… ya se encuentra digitalizada"
    if _FILED.search(folded):
        return False  # "hemos dado de alta tu reclamación con el nº SIN-2026-4481": filed, nothing done
    if cm._RECORDS_SAY.search(folded):
        return False  # the file speaking: "Según nuestros registros, los Bs 450 ya fueron devueltos el 12/11"
    for sentence in reading.sentences:
        if not _wary(reading, sentence.start, sentence.end) and learned.accepts(reader.probability(sentence.text)):
            return True
        if "?" in sentence.text or _hedged(fold(sentence.text)):
            continue  # a hedge or a condition holds the whole sentence: "…tomorrow, if the part arrives"
        # A promise to look, advice, what was charged, in a clause of its own: "Ya se aplicó el 10 %…, ya lo
        # puede ver en la página" holds a clause that is a commitment without them.
        for start, part in _split_at(_PARTS, sentence.text):
            if len(re.findall(r"[^\W\d_]{2,}", part)) >= 3 and \
                    not _wary(reading, sentence.start + start, sentence.start + start + len(part)) and \
                    learned.accepts(reader.probability(part)):
                return True
    return False


def _hedged(folded: str) -> bool:
    """A hedge, a condition or a "perhaps" in the (folded) text: "should", "if eligible", "una vez recibido"."""
    return bool(_HEDGE.search(folded) or cm._HARD_CONDITION.search(folded) or cm._SOFT_CONDITION.search(folded) or
                cm._PERHAPS.search(folded))


def _wary(reading: Reading, start: int = 0, end: int | None = None) -> bool:
    """Words that leave a reply committing to nothing however sure it sounds: "ojalá el reintegro te aparezca",
    "se le facturaron 1.140 USD", "acusamos recibo de su carta", "we're looking into it", "if...", "could you...?".
    (Between ``start`` and ``end`` of the own text only, when given.)"""
    own = _without_rules(_without_consequence(reading.own[start:end]))
    folded = fold(own)
    looked_at = _LOOKS_AT_A_THING.sub(" ", folded)  # "sube Julio a revisar el aire", "le revisamos los frenos"
    looked_at = _LOOKED_AND_FOUND.sub(" ", looked_at)  # "el Dr. Mora revisó sus exámenes y salieron normales"
    flagged = [f for f in reading.flagged if start <= f.start and (end is None or f.end <= end)]
    return bool("?" in own or _hedged(folded) or _LOOKING.search(looked_at) or _CHARGED.search(folded) or
                cm._ADVICE_EN.search(own) or cm._ADVICE_ES.search(folded) or _ACKNOWLEDGED.search(folded) or
                _SEEN.search(folded) or cm.PRICE_RISE.search(folded) or _MESSAGE_SENT.search(folded) or
                _NOTE_KEPT.search(folded) or _LATE_AS_TOLD.search(folded) or _GIVEN_IN_ERROR.search(folded) or
                _EFFORT.search(folded) or cm._RECORDS_SAY.search(folded) or _REFUSED.search(folded) or
                _THE_FILE_SHOWS.search(folded) or cm.told_long_ago(own, reading.today) or
                any(f.kind in ("vague", "deflection") for f in flagged) or
                any(all(v == 0 for v in m.values) for m in money(own)))  # "we have refunded 0 EUR"


#: A refusal of the remedy (folded): "the $95 fee can't be reversed", "no es reembolsable".
_REFUSED = re.compile(r"\b(?:can't|cannot|can not|won't|unable to|not able to|no (?:podemos|es posible|se puede|procede))\s+"
                      r"(?:be\s+)?(?:\w+\s+)?(?:refund|revers|waiv|cancel|credit|reembols|devolv|revert|anul|bonific)\w*|"
                      r"\bnon-?refundable\b|\bno (?:es )?reembolsable\b")
#: What a statement or a tracking page shows (folded), which is no act of ours: "tracking number 1Z88... shows the
#: package was delivered", "your November statement shows $89.99".
_THE_FILE_SHOWS = re.compile(r"\b(?:statement|tracking(?: number \S+)?|order history|extracto|estado de cuenta|"
                             r"seguimiento|historial) (?:shows?|showed|muestra|indica|refleja)\b")
#: Effort instead of a result (folded): "we'll try to get there earlier", "intentaremos llegar antes", "hicimos lo
#: que pudimos".
_EFFORT = re.compile(r"\b(?:(?:we|i)(?:'ll| will| shall)?\s+(?:try|attempt|endeavou?r|do (?:our|my) best)|"
                     r"(?:we|i) did (?:what (?:we|i) could|(?:our|my) best)|intentar(?:emos|e|a|an)?|"
                     r"procurar(?:emos|e|a|an)?|trataremos de|"
                     r"tratare de|haremos (?:lo posible|todo lo posible)|hicimos lo (?:que pudimos|posible))\b")


#: Something given them by mistake, which is then taken back: "the loyalty credit was added in error on the 3rd and has
#: since been withdrawn", "el descuento se aplicó por error".
_GIVEN_IN_ERROR = re.compile(cm._BENEFIT.pattern + r"[^.;]{0,60}?\b" + cm.IN_ERROR_WORDS + r"\b")


#: What should follow a thing done: "It went out FedEx this morning, and should land Monday", "you should see it in a
#: day or two". The thing is done by us; only its arrival is hoped for. (Not "your parcel is now with Royal Mail and
#: should arrive next week": a state, nothing done.)
_CONSEQUENCE = re.compile(r"\b(?:(?:you|it|they|this|which|that|he|she)\s+)?should\s+(?:now\s+)?(?:arrive|land|reach|be with|"
                          r"be back|be there|be on|be up|be delivered|be in|be ready|be working|be sorted|"
                          r"be fixed|be restored|be live|"
                          r"be active|be \d+ ?(?:mins?|minutes)|already|see|hit|show|appear|get|clear|take|work|have)\b"
                          r"[^.;!?]*", re.IGNORECASE)
_DONE_BEFORE = re.compile(r"\b(?:we|i)(?:'ve| have)\s+\w+|\b(?:went|sent|shipped|posted|fixed|resent|processed|"
                          r"transferred|refunded|placed|dispatched|came|issued|added|credited|reconnected|completed|"
                          r"resubmitted|pushed|ordered|blocked|reissued|printed|booked)\b|\bon (?:its|the|"
                          r"their|his|her) way\b|\b(?:is|are|'s|'re) (?:heading|headed|driving) (?:to|over|out|your)\b|"
                          r"\b(?:is|are|'s|'re) (?:at|on site|back out|out for delivery)\b", re.IGNORECASE)


#: A standing change said to start on a day (folded): "from this week", "starting Friday", "a partir de este curso",
#: "desde hoy". ("now" alone is not enough here: "we can now refund you if you send the receipt".)
_RULE_STARTS = re.compile(r"\b(?:from (?:now on|today|tomorrow|this|next|monday|tuesday|wednesday|thursday|friday|saturday|"
                          r"sunday)|starting (?:today|tomorrow|this|next|monday|tuesday|wednesday|thursday|friday|saturday|"
                          r"sunday)|starts (?:today|tomorrow|this|next|on)|started (?:today|yesterday|this|on|last)|"
                          r"going forward|a partir de|desde (?:hoy|ahora|esta semana|este mes|este curso)|en adelante|"
                          r"empezo (?:ayer|hoy|el|esta|este)|ya no|no longer|"
                          # from a day of the calendar: "from 1 December", "from the 1st", "desde el 1 de diciembre"
                          r"(?:from|starting(?: on)?) (?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? " + _MONTHS + r"|"
                          r"(?:from|starting(?: on)?) " + _MONTHS + r" \d{1,2}|"
                          r"desde el \d{1,2} de " + _MONTHS + r")\b")


def _without_rules(own: str) -> str:
    """The text without the words a new rule is made of, in each sentence that says when it starts: "From this week
    reception texts patients if the doctor is running late", "desde hoy cada pieza dice si es apta"."""
    def plain(match: re.Match[str]) -> str:
        sentence = match.group(0)
        if not _RULE_STARTS.search(fold(sentence)):
            return sentence
        sentence = _RULE_TAIL.sub(lambda m: " " * len(m.group(0)), sentence)
        # (its start stays: "ya no hay que venir" is no advice)
        return _RULE_WORDS_ANY_CASE.sub(lambda m: m.group(0) if fold(m.group(0)) in ("ya no", "no longer") else
                                        " " * len(m.group(0)), sentence)
    return re.sub(r"[^.!?]+[.!?]*", plain, own)


def _without_consequence(own: str) -> str:
    """The text without what should follow a thing done before it in the same sentence, and without what the
    customer can now do with a thing done before it in the text ("Ya está ahí y lo puede recoger hoy hasta las 8")."""
    def blank(match: re.Match[str]) -> str:
        before = re.split(r"[.!?]\s", own[:match.start()])[-1]
        return " " * len(match.group(0)) if _DONE_BEFORE.search(before) else match.group(0)

    def enabled(match: re.Match[str]) -> str:
        before = fold(own[:match.end()])
        done = re.match(r"\W*ya\b", fold(match.group(0))) or _WE_DID.search(before) or _NOW_SO.search(before) or \
            _DONE_BEFORE.search(own[:match.start()])
        return " " * len(match.group(0)) if done else match.group(0)
    return _CAN_NOW.sub(enabled, _CONSEQUENCE.sub(blank, own))


#: A look already taken, told with what it found (folded): "la Dra. Salinas ya revisó sus estudios: salieron
#: normales", "revisamos las cámaras del bus. El conductor quedó suspendido"; not "estamos revisando".
_LOOKED_AND_FOUND = re.compile(r"\b(?:ya\s+)?(?:revis[oe]|revise|hemos revisado|he revisado|ha revisado|reviewed|"
                               r"(?:we|i)(?:'ve| have) (?:looked|checked)|checked|verificamos|comprobamos|hemos comprobado|"
                               r"hemos verificado)\b(?=[^.;:!?]{0,80}(?:[:;]|\b(?:y|and) (?:encontr|found|vimos|saw|"
                               r"efectivamente|en efecto|confirm|you(?:'re| are) right|tiene razon|tienes razon)|"
                               r"\bsalieron\b|\b(?:were|are|came back) (?:all )?(?:normal|fine|clear)))")
#: What the customer can now do with a thing we did: "ya lo puede recoger", "puede reclamarlo desde hoy", "you can pick
#: it up from 9"; not what they must do to get it ("puede solicitar el reembolso en la web").
_CAN_NOW = re.compile(r"\b(?:ya\s+)?(?:(?:lo|la|los|las|se)\s+)?(?:puede|puedes|podes|podés|pueden|podéis|podeis)\s+"
                      r"(?:(?:lo|la|los|las)\s+)?(?:recoger|retirar|buscar|pasar a (?:recoger|buscar|retirar)|usar|utilizar|"
                      r"pagar|volver a|entrar|reclamar|disfrutar|ver|reservar)\w*|"
                      r"\b(?:ya\s+)?(?:le|te|les|os)\s+aparec\w*|"
                      r"\byou can (?:now )?(?:pick (?:it|them) up|collect (?:it|them)|use (?:it|them|the)|grab (?:it|them)|"
                      r"come (?:in|by) (?:and|to) (?:collect|pick))", re.IGNORECASE)


#: What the records show, told back: "we can see the refund left us on Friday", "vemos que el abono se hizo".
_SEEN = re.compile(r"\b(?:(?:we|i) can see|(?:we|i) see that|(?:vemos|notamos) que|podemos ver|puedo ver|consta que)\b")
#: A message sent, which tells and does nothing: "we have sent an email to your inbox today", "te mandamos un
#: correo con los detalles".
_MESSAGE_SENT = re.compile(r"\b(?:sent|emailed|mailed|texted|enviad[oa]|enviamos|mandad[oa]|mandamos|remitid[oa])\s+"
                           r"(?:(?:you|te|le|les|os)\s+)?(?:(?:an?|un|una)\s+)?(?:email|e-mail|mail|message|sms|text|"
                           r"letter|note|notification|correo|mensaje|carta|nota|notificacion|whatsapp|fax)\b")
#: A note kept on their file, which tells whoever reads it and does nothing: "we've added a note to your account that
#: you'd prefer calls after 6pm", "dejamos una nota en su ficha".
_NOTE_KEPT = re.compile(r"\b(?:added|put|left|made|placed|dejamos|dejado|pusimos|puesto|agregamos|agregado|anadimos|"
                        r"anadido)\s+(?:an?\s+|una\s+)?(?:notes?|nota|notas|anotacion|comment|comentario)\s+"
                        r"(?:on|to|in|en|a)\s+(?:your|his|her|the|su|tu|la)\s+(?:account|file|record|profile|cuenta|ficha|"
                        r"expediente|perfil|historial)")
#: How late their flight or parcel came, told back: "Su vuelo LA 2047 llegó con 3 horas de retraso".
_LATE_AS_TOLD = re.compile(r"\b(?:llego|llegaron|salio|salieron|aterrizo|arrived|landed|departed|left)\b[^.;:]{0,40}?"
                           r"\b(?:retraso|demora|atraso|late|delayed|delay)\b")
#: A complaint or claim filed under a number: "dado de alta tu reclamación con el nº", "your case number is".
_FILED = re.compile(r"\b(?:reclamaci[oó]n|reclamo|caso|queja|incidencia|ticket|case|claim|complaint|request|"
                    r"solicitud)\w*\s+(?:\w+\s+){0,3}?(?:n[º°o]\.?|n[uú]mero|number|ref\w*)(?=\W)")
#: Receipt acknowledged, nothing more: "acusamos recibo", "hemos recibido", "we acknowledge receipt".
_ACKNOWLEDGED = re.compile(r"\b(?:acus\w+ (?:de )?recibo|acknowledg\w*|hemos recibido|we(?: have|'ve)? received|"
                           # their own payment, received and filed: "Recibimos tu transferencia de $ 354.000 el 24/11"
                           r"recibimos (?:tu|su) (?:transferencia|pago|deposito))\b")


# --- the whole reply: its structured actions and its text ------------------------------------

MIN_ANSWER_WORDS = 8
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")
_DAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def format_amount(amount: Decimal, currency: str | None, language: str) -> str:
    """An amount as a customer of that language reads it: 29,90 € or €29.90."""
    value = f"{amount:,.2f}"
    symbol = _SYMBOLS.get((currency or "").upper())
    if language == "es":
        value = value.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
        return f"{value} {symbol or (currency or '')}".strip()
    return f"{symbol}{value}" if symbol else f"{value} {currency or ''}".strip()


def format_day(day: datetime, language: str) -> str:
    """A due date in words: viernes 4 de diciembre, Friday 4 December."""
    local = day.astimezone()
    if language == "es":
        return f"{_DAYS_ES[local.weekday()]} {local.day} de {_MONTHS_ES[local.month - 1]}"
    return f"{local:%A} {local.day} {local:%B}"


def _stating(reading: Reading, spec: ActionSpec, kind: ActionKind, others: list[ActionSpec]) -> list[cm.Commitment]:
    """The commitments in the text that state this action."""
    wanted = _STATES.get(kind.key)
    found = [c for c in reading.commitments if kind.key in c.kinds]
    if wanted is not None:
        # (a change of process is not stated by a charge reversed beside the refund that claims it: "the $45.00 fee
        # has been reversed" tells the refund, not "an alert before any fee")
        theirs = _their_kinds(spec, others) if kind.key == "process_change" else set()
        found += [c for c in reading.commitments if c.kinds & wanted and c not in found and
                  (kind.key in c.kinds or not c.kinds & theirs)]
    elif kind.stated:  # a kind a supervisor added, with its own phrasings
        for pattern in kind.stated:
            for match in pattern.finditer(reading.own):
                found.append(cm.Commitment(match.start(), match.end(), frozenset({kind.key}), "done", 0,
                                           match.group(0)))
    elif kind.key not in ("escalation", "answer"):
        found = list(reading.commitments)
    if kind.key == "cancellation" and spec.description and _A_FEE.search(fold(spec.description)):
        # A fee the agent filed as cancelled ("late fee cancelled", "recargo por mora anulado") is stated by the fee
        # taken off: "Late fee's been zeroed out", "Le quitamos el recargo por mora".
        found += [c for c in reading.commitments if c not in found and c.kinds & {cm.CORRECTION, cm.CREDIT} and
                  c.sentence < len(reading.sentences) and _A_FEE.search(fold(reading.sentences[c.sentence].text))]
    if spec.amount is not None:
        # Money given back with another action's amount, and not this one's, is that action: beside a £12.99 refund,
        # "I've refunded the £12.99" does not state a £5 voucher.
        theirs = {o.amount for o in others if o.amount is not None and o.amount != spec.amount}
        found = [c for c in found if not (c.amounts and not any(spec.amount in m.values for m in c.amounts) and
                                          any(a in m.values for a in theirs for m in c.amounts))]
    if kind.key == "correction" and not found:
        # Something put right in other words, which no other action of the reply claims: beside a credit, "it's been
        # reconnected remotely" is the correction of a supply cut off in error.
        claimed = set().union(*(_STATES.get(o.kind, set()) for o in others))
        found = [c for c in reading.commitments if c.status == "done" and c.kinds and not c.kinds & claimed
                 and not c.kinds <= {cm.ESCALATION} and not _unsure(reading, c)]
    if kind.key == "process_change" and not found and spec.due is not None:
        # Whatever the words, a thing that holds from the change's own day on is the change: "From the December 1 bill
        # on, you'll get it by email only", "the R189 monthly fee stops from your 1 December debit order onwards".
        due = spec.due_day
        found = [c for c in reading.commitments if c.sentence < len(reading.sentences) and not _unsure(reading, c) and
                 _from_the_day(reading.sentences[c.sentence].text, due, reading.today)]
        # Nor need the new way be a verb of ours the tables hold: "From Dec 1 we restock the bulk aisle every day, not
        # twice a week" for "bulk aisle restocked daily" (its description's words, from its day, said plainly: no
        # hedge, no promise to look, no question).
        described = _stems(spec.description or "", size=5, plain=_PLAIN_WORDS, activity=frozenset())
        found = found or [cm.Commitment(s.start, s.end, frozenset({cm.PROCESS}), "done", n, s.text, True)
                          for n, s in enumerate(reading.sentences)
                          if _from_the_day(s.text, due, reading.today) and not _hedged(fold(s.text)) and
                          not _wary(reading, s.start, s.end) and
                          described & _stems(fold(s.text), size=5, plain=_PLAIN_WORDS, activity=frozenset())]
    if kind.key not in ("escalation", "answer") and not any(c.status == "done" or reading.dated(c) for c in found):
        # Also when the words found say no day: "the driver will phone" beside "it gets to your office tomorrow
        # (Friday) before 1pm"; and an action told as done in its description's words.
        found = found + _anchored(reading, spec, others) + _described(reading, spec, others)
    if not found and kind.key in ("refund", "credit"):
        found = _by_amount(reading, spec, others)
    if not found and reading.commitments and (
            spec.amount is not None and any(spec.amount in m.values for m in money(reading.own)) and not _waits_on(
                reading, spec.amount)
            or spec.reference and spec.reference.casefold() in reading.own.casefold()):
        # The text commits to something and names this action's own amount or reference: it is about this action
        # (not when every sentence with the amount waits on a condition: "... will be deposited once it clears").
        found = list(reading.commitments)
    if not found and kind.key not in ("escalation", "answer"):
        found = _by_reader(reading, spec, others)
    return found


#: Where a thing starts to hold from a day on (folded): "from the December 1 bill on", "a partir del 1 de diciembre".
_FROM_ON = re.compile(r"\b(?:from|starting(?: with| from)?|beginning(?: with)?|effective|as of|a partir del?|desde el|desde la|"
                      r"empezando (?:con|por|desde)|comenzando (?:con|por|desde))\s+(?:on\s+)?[^,.;]{0,40}")


def _from_the_day(text: str, due: date, today: date) -> bool:
    """Whether the text says something holds from that day on ("from your 1 December debit order onwards")."""
    return any(due in days_named(match.group(0), today, relative=False) for match in _FROM_ON.finditer(fold(text)))


#: A charge, by name (folded): the charges of a subject (fee, cargo, recargo, ...) and a few more ways to name one.
_A_FEE = re.compile(r"\b(?:fines?|cobros?|penalizaciones|penalidad(?:es)?|multas|mora|tarifa por)\b|" +
                    cm._CHARGE_SUBJECT.pattern)


def _waits_on(reading: Reading, amount: Decimal) -> bool:
    """Whether every sentence that names the sum promises it only once something else happens."""
    naming = [s for s in reading.sentences if any(amount in m.values for m in money(s.text))]
    return bool(naming) and all(_WAITS_ON.search(fold(s.text)) for s in naming)


#: A sum still to come that waits on something: "will be deposited once the adjustment finishes processing".
_WAITS_ON = re.compile(r"\b(?:will|'ll|shall|sera|seran|va a|van a)\b.*\b(?:once|as soon as|upon|una vez|en cuanto|"
                       r"tan pronto|apenas)\b|\b(?:once|as soon as|upon|una vez|en cuanto|tan pronto|apenas)\b"
                       r".*\b(?:will|'ll|shall|sera|seran|va a|van a)\b")


def _by_reader(reading: Reading, spec: ActionSpec, others: list[ActionSpec]) -> list[cm.Commitment]:
    """Sentences that tell this action in words no table holds, which the learned reader, on the sentence alone,
    reads as a commitment almost surely: "te quedan 12 € a favor por la clase suspendida, se descuentan en la cuota
    de diciembre". The last way to find an action. Only a sentence closely about it (:func:`_about`) that
    holds no other kind of commitment and no other action's amount (the refund's sentence does not tell the change
    of process beside it), no hedge, condition, question, denial, past day or other wary word (:func:`_wary`), and
    is not hedged by the sentence after it, pointing back; a change of process only from a day ("desde este mes").
    An action due later is dated only by its own day in the sentence, unless the sentence tells it done today."""
    reader = learned.load()
    if reader is None:
        return []
    due = spec.due_day
    found = []
    for number, sentence in enumerate(reading.sentences):
        text = sentence.text
        folded = fold(text)
        # (told as done today, it is done, whenever the action is due: "hoy le hemos hecho la retrocesión de 45,90 €")
        promised = due is not None and due > reading.today and not cm._TODAY.search(folded)
        if "?" in text or not _about(folded, text, spec, closely=True) or _NEGATION.search(folded) or \
                has_past_date(text, reading.today) or \
                spec.kind == "process_change" and not (_FROM_NOW.search(folded) or _RULE_STARTS.search(folded)) or \
                _states_other_kind(reading, sentence.start, text, spec) or \
                any(o.amount is not None and any(o.amount in m.values for m in money(text)) for o in others) or \
                _wary(reading, sentence.start, sentence.end) or not learned.accepts(reader.probability(text)):
            continue
        after = reading.sentences[number + 1] if number + 1 < len(reading.sentences) else None
        if after is not None and _BACK_REF.match(fold(after.text)) and _wary(reading, after.start, after.end):
            continue  # what the next sentence hedges: "the two late fees ($36) were our error. They may be back…"
        found.append(cm.Commitment(sentence.start, sentence.end, frozenset({spec.kind}),
                                   "promised" if promised else "done", number, text,
                                   timed=not promised or due in days_named(text, reading.today)))
    return found


#: A sentence that points back to what the one before named: "They're back in your account", "Se te devolvió hoy".
_BACK_REF = re.compile(r"\W*(?:it|they|them|it's|they're|its|theyre|that|those|these|esos?|esas?|se (?:te|le|les|os)|"
                       r"(?:te|le|les|os) (?:lo|la|los|las)|ya (?:se|te|le|les|os))\b")


def _by_amount(reading: Reading, spec: ActionSpec, others: list[ActionSpec]) -> list[cm.Commitment]:
    """Sentences that give this money back by its own amount, as done or on its day, in words no lexicon holds:
    "They're back in your chequing account as of this morning", "los S/59.90 ... vuelven a tu cuenta mañana". Not
    when the sentence hedges, sets a condition, advises, denies, only looks, or tells what was charged, nor when
    another action of the reply has the same amount."""
    due = spec.due_day
    if spec.amount is None or due is None or any(o.amount == spec.amount for o in others):
        return []
    found = []
    for number, sentence in enumerate(reading.sentences):
        text = sentence.text
        if "?" in text or not _names_amount(text, spec):
            continue
        folded = fold(text)
        if cm._POLICY.search(folded):
            continue  # "overdraft fees of TT$75 are applied in accordance with the account terms": charged by the rules
        after = reading.sentences[number + 1].text if number + 1 < len(reading.sentences) else ""
        if not _HEDGE.search(folded) and not cm._HARD_CONDITION.search(folded) and _BACK_REF.match(fold(after)) and \
                not money(after) and len(after.split()) <= 16:
            # The amount named, then given back by a pronoun: "the three fees ($48) only happened because of us.
            # They're back in your chequing account as of this morning."
            text, folded = after, fold(after)
        # (an apology in another part of it takes nothing away: "Sorry for the wait, Luis, there's $50 off...")
        part = next((p for p in _PARTS.split(text) if money(p)), text)
        if _guarded(text, folded, spec) or _HOLLOW_CLAUSE.search(part) or cm._PERHAPS.search(folded):
            continue
        promised = due > reading.today
        if due in days_named(text, reading.today) if promised else \
                _WE_DID.search(folded) or _NOW_SO.search(folded) or _MONEY_DONE.search(folded) or \
                _DONE_FIRST.match(folded) or reading.today in days_named(text, reading.today):
            found.append(cm.Commitment(sentence.start, sentence.end, frozenset({spec.kind}),
                                       "promised" if promised else "done", number, text, timed=True))
    return found


#: Money back or credit in place, told as a state or a headline (folded): "Sixty quid's gone back on your card today",
#: "there's a €200 credit sitting on your booking", "£60 knocked off the invoice", "cuota devuelta (34,90€)".
_MONEY_DONE = re.compile(r"\b(?:already|devuelt[oa]s?|reembolsad[oa]s?|abonad[oa]s?|acreditad[oa]s?|bonificad[oa]s?|"
                         r"refunded|credited|reversed|knocked off|taken off|gone back|went back|came back|put back|"
                         r"paid back|(?:is|are|'s|s) back|(?:was|were) returned|"
                         r"(?:volvio|volvieron|regreso|regresaron|retorno|retornaron)\s+(?:ya\s+)?(?:a|al|en)\s+(?:tu|su)\b|"
                         r"(?:te|le|les|os|se)\s+(?:(?:lo|la|los|las)\s+)?(?:abonamos|devolvimos|reembolsamos|acreditamos|"
                         r"bonificamos|reintegramos|regresamos|transferimos|depositamos|cargamos)|"
                         r"there(?:'s| is) (?:also )?(?:an? )?(?:\S+ )?(?:credit|voucher)|sitting (?:as (?:a )?credit )?on|"
                         r"saldo a favor)\b")
#: A sum written as money back without its sign, in words or bare: "Eighty-five dollars back", "34,90 devueltos".
_BARE_BACK = re.compile(r"\b(?:back|devuelt[oa]s?|reembolsad[oa]s?|abonad[oa]s?|acreditad[oa]s?|refunded|credited)\b")


def _names_amount(text: str, spec: ActionSpec) -> bool:
    """Whether the text names this action's own amount: with its currency, in words, or bare beside money back."""
    written = money(text)
    if any(spec.amount in m.values and same_currency(m.currency, spec.currency) for m in written):
        return True
    if spec.amount in _spelled_amounts(text):
        return True
    untimed = re.sub(r"\d+[.,:]\d+\s*(?:h|hrs?|horas?|a\.?\s?m|p\.?\s?m)\b", " ", text, flags=re.IGNORECASE)  # "las 14,60 h"
    return not written and spec.amount in numbers(untimed) and bool(_BARE_BACK.search(fold(text)))


#: Words that turn a sentence to the customer: "will meet you", "le llama", "will be in touch".
_TO_THEM = re.compile(r"\b(?:you|your|yours|u|le|te|les|os|usted|ustedes|contigo|vos|in touch|en contacto|"
                      r"(?:su|tu) casa|(?:lo|la)\s+(?:va a\s+|van a\s+)?(?:llam|cit|contact|visit|atiend|recib|esper)\w*)\b")


#: A sentence that goes on about the one just named: "She'll call you Monday", "Él la llama mañana".
_BY_PRONOUN = re.compile(r"\W*(?:she|he|they|ella|el|ellos|ellas)\b|\W*(?:\w+\W+){1,4}?(?:she|he|ella|ellos|ellas)\b")
#: What a call is for, which is no condition on it (folded): "te llama el lunes para ver si hubo algún daño".
_TO_SEE_IF = re.compile(r"\b(?:para (?:ver|saber|confirmar|revisar|comprobar|preguntar\w*|consultar\w*)|to (?:see|check|"
                        r"confirm|find out|ask))\s+(?:si|if|whether)\b.*")


def _naming_owner(reading: Reading, names: list[str]) -> set[int]:
    """The sentences that name the escalation's owner, or follow one by a pronoun: "I've escalated it to Dana
    Whitaker. She'll call you Monday." """
    found = set()
    named_before = False
    for number, sentence in enumerate(reading.sentences):
        folded = fold(sentence.text)
        named = any(re.search(rf"\b{re.escape(fold(n))}\b", folded) for n in names)
        named, named_before = named or named_before and bool(_BY_PRONOUN.match(folded)), named
        if named:
            found.add(number)
    return found


def _owner_on_a_day(reading: Reading, naming: set[int]) -> list[cm.Commitment]:
    """Of the sentences that name the escalation's owner (``naming``, from :func:`_naming_owner`), the one that turns
    to the customer and gives a day or an hour to come: "Dr Apte will meet you tomorrow at 11 AM", "Leire le llama
    esta tarde antes de las 18:00". Not when it hedges or sets a condition."""
    found = []
    for number in sorted(naming):
        sentence = reading.sentences[number]
        folded = _TO_SEE_IF.sub(" ", fold(sentence.text))
        if not _TO_THEM.search(folded):
            continue  # "el Comité de Reclamos sesiona el 1 de diciembre": a fact about them, nothing for the customer
        if not (has_deadline(sentence.text) or has_specific_time(sentence.text) or
                days_named(sentence.text, reading.today) - {reading.today}) or \
                has_past_date(sentence.text, reading.today) or _HEDGE.search(folded) or \
                cm._HARD_CONDITION.search(folded) or cm._SOFT_CONDITION.search(folded) or "?" in sentence.text:
            continue
        found.append(cm.Commitment(sentence.start, sentence.end, frozenset({cm.ESCALATION}), "promised", number,
                                   sentence.text, True))
    return found


def _unsure(reading: Reading, commitment: cm.Commitment) -> bool:
    """The commitment's sentence looks, hedges or sets a condition: "I'll look at whether it can come off"."""
    if commitment.sentence >= len(reading.sentences):
        return False
    folded = fold(reading.sentences[commitment.sentence].text)
    return bool(_LOOKING.search(folded) or _HEDGE.search(folded) or cm._HARD_CONDITION.search(folded) or
                cm._SOFT_CONDITION.search(folded) or re.search(r"\b(?:whether|if|si)\b", folded))


#: A clause that only promises to look, ask, tell or wait, in either language (folded).
_LOOKING = re.compile(
    r"\b(?:review(?! (?:call|meeting|session))|look(?:ing|ed)? (?:into|at)|investigat|"
    r"check(?!ing account)(?!-?out)(?!-?in\b)(?! engine)(?!-?ups?\b)|"
    r"consider|assess|evaluat|analy[sz]|verif|contact|reproduc|replicat|diagnos|pinpoint|"
    r"call(?:ing)? you|ring you|phone you|get back|be in touch|let you know|update you|keep you|"
    r"(?<!glad to )(?<!happy to )(?<!pleased to )inform(?!amos que|o que|a que)|notif|(?<!as )request|"
    r"ticket(?!s\b)(?! for\b)(?!'s)|case number|logged|registered|received|noted|aware|escalat|forward|passed|(?<!as )discuss|decid|decision|"
    r"(?<!reunion de )(?<!llamada de )(?<!sesion de )revis|evalu|analiz|estudi(?!os\b|antes?\b)|investig|verific|comunic|(?<!nuevo )avis|llamar|llamaremos|te llamamos|le llamamos|"
    r"(?<!a su )(?<!a tu )(?<!como lo )(?<!como )(?<!segun su )solicit|registr|"
    r"recib(?!os?\b)(?!a un (?:cordial |afectuoso )?saludo)|anot(?!her)|traslad|deriv|remit|escal(?!on|"
    r"er|as?\b)|respuesta|reclamo n|caso n)")
#: A clause about what was charged or what a statement shows: "the $89 was charged on November 26", "hoy la app
#: te cobró 12,40 €", "mañana cierra el resumen y ahí van a aparecer los cargos".
_CHARGED = re.compile(r"(?<!be )\b(?:charged|billed|debited|(?:was|were) paid(?! (?:into|to you|back|out))|paid for|"
                      r"(?<!sin )(?<!no )(?<!no te )(?<!no le )(?<!no se )(?<!no te la )(?<!no te lo )(?<!no se la )(?<!no se lo )"
                      r"cobr\w*|cargad\w*|debitad\w*|"
                      r"facturaron|facturad[oa]s?|se (?:le |te )?factur[oó]|"
                      r"aparec\w*|figura\w*|(?<!n't )(?<!not )appears?|shows? up|corresponde\w*|records? show|"
                      # a charge applied: "se le aplicó un cargo de $35.900", "the patrol fee of $88.00 has been applied"
                      r"se (?:le |te |les )?aplic[oó] (?:un|el|una|la) (?:\w+ )?(?:cargo|recargo|cobro|comision|penalidad|"
                      r"penalizacion|multa)|(?:fee|charge|penalty|surcharge)s? (?:of \S+ )?(?:was|were|has been|have been) "
                      r"applied)\b")
_CLAUSE = re.compile(r"\s*(?:;|:\s|\s[–—-]\s)\s*")
#: What the customer, or the thing, did not do, which denies nothing we do: "the add-on you never asked for", "el
#: seguro que no contrataste", "the parcel that didn't arrive".
_THEIR_NEGATION = re.compile(r"\b(?:you|he|she|they|it)\s+(?:never|didn't|did not|hadn't|had not|wasn't|weren't)\s+"
                             r"[a-z-]+|\bque\s+(?:usted\s+|tu\s+)?(?:nunca|no)\s+(?:(?:le|lo|la|se|me|nos|te|os|les|los|las)\s+)?"
                             r"(?:habia|habias|habian)?\s*[a-z]+(?:aste|iste|o|io|aron|ieron|ado|ido)\b|"
                             # what failed them, a thing (not us) as the subject: "el traslado no apareció, así que..."
                             r"\b(?:el|la|los|las|su|tu)\s+[a-z]+\s+no\s+(?:aparecio|aparecieron|llego|llegaron|se presento|"
                             r"funciono|funcionaron|salio|salieron|paso|pasaron)\b")
#: ("el tramo no volado": a participle after "no" describes a thing, it denies nothing we do.)
_NEGATION = re.compile(r"\b(?:not|n't|never|cannot|unable|nunca|jamas|imposible|tampoco|(?<!por )no (?!later|"
                       r"extra|charge|cost|worries|"
                       r"fees?\b|more (?:charges|fees|bills|payments)|penalt|penaliz|permanencia|"
                       r"(?:tenes|tienes|tiene|tienen|necesitas|necesita|hace falta) (?:que )?hacer nada|"
                       r"problem|probs|hay problema|te preocupes|se preocupe|"
                       r"additional|more than|mas tarde|tiene (?:ningun )?(?:costo|coste|cargo)|\w+(?:ad|id)[oa]s?\b))",
                       re.IGNORECASE)


_PLAIN_WORDS = frozenset("with from your this that para por con los las del una unos unas sobre their them have será "
                         "will would desde hasta todo toda todos todas".split())


#: Words that name each kind of action, for an action filled in without a description.
_KIND_WORDS = {
    "repair_visit": "repair fixed technician engineer mechanic plumber electrician visit install fitted fitter replace "
                    "part crew starter arreglar reparar reparacion tecnico visita instalar cambiar repuesto cuadrilla "
                    "mecanico fontanero electricista maintenance mantenimiento brigada sparky tradie",
    "replacement": "replacement send sent ship shipped deliver delivery courier driver reemplazo reposicion enviar "
                   "mandar mandamos llevar llevamos lleva reenviar reenviamos reissued reissue "
                   "envio entregar entrega repartidor domiciliario mensajero nuevo nueva nuevos nuevas fresh another "
                   "remake remade reprint reimpr rehac",
    "correction": "account bill invoice record register tariff rate plan profile details address name notes file "
                  "updated changed corrected amended cuenta factura recibo registro tarifa datos perfil suministro "
                  "direccion nombre ficha expediente actualizado cambiado corregido cambiada corregida fixed removed "
                  "deleted eliminado eliminamos quitado quitamos sacamos borrado borramos reading lectura folio "
                  "statement historial score nota calificacion switched moved reclasificado rehicimos rehecho "
                  "registrado registered",
    "cancellation": "cancel cancelled closed stopped ended removed switched deactivated dropped paused reversed "
                    "gone stops turned renewal renew renueva renovacion "
                    "downgraded baja cancelar anular cerrar quitado quitamos eliminado eliminamos retirado "
                    "desactivado anulado anulada pausada pausado cerrada cerrado",
    # A standing change is told by whom it reaches: "from now on reception gives every guest...".
    "process_change": "every everyone anyone always whenever default automatically policy procedure cada todos todas "
                      "cualquier siempre automaticamente procedimiento",
}


#: Words of a kind that tell it only beside its description's words: "the late fee's been waived" for "Late fee
#: cancelled"; alone, "we've waived the early-termination fee" cancels no service.
_KIND_WORDS_BESIDE = {"cancellation": "released void voided waived liberado liberada exonerado condonado"}


def _about(folded: str, clause: str, spec: ActionSpec, *, closely: bool = False) -> bool:
    """The clause names this action's amount, reference or a word of its description (or, with none, of its
    kind: "our tow truck's grabbing your car at 3 this afternoon and we'll have the new starter in"). ``closely``,
    for a sentence only the reader reads: its owner counts too, and a description needs two of its words."""
    if spec.amount is not None and any(spec.amount in m.values for m in money(clause)):
        return True
    if spec.reference and spec.reference.casefold() in clause.casefold() or closely and _names_owner(folded, spec):
        return True
    noted = spec.description if spec.description and not _other_language(spec.description, clause) else None
    named = _stems(noted or _KIND_WORDS.get(spec.kind, ""), size=5, plain=_PLAIN_WORDS, activity=frozenset())
    if not closely and spec.kind == "replacement" and not noted and re.search(r"\bnew\b", folded):
        return True  # "your new key tag will be waiting at reception from 6am Friday"
    shared = named & _stems(folded, size=5, plain=_PLAIN_WORDS, activity=frozenset())
    return len(shared) >= (2 if closely and noted else 1)


def _owner_names(spec: ActionSpec) -> list[str]:
    """The words that name the action's owner, not its titles: "Helen" and "Carter" of "Mrs Helen Carter"."""
    return [n for n in re.findall(r"\w{3,}", spec.owner or "") if fold(n) not in _TITLES]


def _names_owner(folded: str, spec: ActionSpec) -> bool:
    """Whether the (folded) clause names the action's owner, by a name, not a title: "Ray will be at yours around 3"."""
    return any(re.search(rf"\b{re.escape(fold(n))}\b", folded) for n in _owner_names(spec))


def _anchored(reading: Reading, spec: ActionSpec, others: list[ActionSpec]) -> list[cm.Commitment]:
    """Clauses that state this action by its own day: "Both payments will be sent to your bank account
    tomorrow, Friday 27 November", "los $186.400 vuelven a su tarjeta el lunes 30 de noviembre". The day
    the agent filled in, said in the reply, in a clause that is no condition, hedge, advice, refusal or
    promise to look into it, is the text telling the customer about the action."""
    if spec.due is None:
        return []
    due = spec.due_day
    theirs = _their_kinds(spec, others)
    found = []
    for number, where, clause, whole in _with_joined_parts(_statements(reading)):
        if len(re.findall(r"[^\W\d_]{2,}", clause)) < 3 or \
                due not in days_named(_UNTIL.sub(" ", clause), reading.today):
            continue  # (the day a thing lasts until is not the action's: "closed for an audit until 2 December")
        folded = fold(clause)
        if due not in days_named(clause, reading.today, relative=False) and not _about(folded, clause, spec) and \
                not _names_owner(folded, spec) and \
                not (due > reading.today and not _HOLLOW_CLAUSE.search(_visit_words(spec, clause)) and
                     not _states_other_kind(reading, where, clause, spec)):
            # "today" or "on Monday" alone is any day: "removed the old banner effective today". A day to come
            # is this action's own when nothing else is promised for it: "Our rigger will be on your pontoon
            # Monday morning to re-tension the forestay".
            continue
        started = _rule_starts(reading, number, spec)
        if _guarded(clause, folded, spec, started) or \
                whole != clause and _guarded(whole, fold(whole), spec, started) or \
                _states_another(reading, where, clause, theirs):
            continue  # (another action: "we've applied an $84 credit ... on December 1")
        found.append(cm.Commitment(where, where + len(clause), frozenset({spec.kind}),
                                   "done" if due <= reading.today else "promised", number, clause, timed=True))
    return found


#: Where a sentence joins two things done by different hands: "A fresh copy's coming Saturday and I've refunded
#: the postage", "el sábado le revisamos el embrague, y los $35.000 ya se los transferimos".
_JOINT = re.compile(r",?\s+(?:and|but|y|pero)\s+(?=(?:i|we|i've|we've|i'll|we'll|i'm|we're|there's|there|the|your|it|"
                    r"it's|ya|los|las|el|la|le|te|"
                    r"les|hemos|he)\b)", re.IGNORECASE)


#: "until 2 December": how long a thing lasts, not when an action is done.
_UNTIL = re.compile(r"\b(?:until|till|til)\s+(?:\S+\s+){0,3}?\S*\d\S*(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                    r"dec)\w*)?", re.IGNORECASE)


def _with_joined_parts(statements: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """Each clause, then the parts it joins with "and" or "y", when it joins any; each with its whole clause, whose
    hedge or condition holds for its parts too ("bring it Friday at 9 and we'll look at it")."""
    found = []
    for number, where, clause in statements:
        found.append((number, where, clause, clause))
        parts = _split_at(_JOINT, clause)
        found += [(number, where + start, part, clause) for start, part in parts if len(parts) > 1]
    return found


def _statements(reading: Reading) -> list[tuple[int, int, str]]:
    """(sentence number, start in the own text, clause) of each clause of the sentences that ask nothing."""
    return [(number, sentence.start + start, clause) for number, sentence in enumerate(reading.sentences)
            if "?" not in sentence.text for start, clause in _split_at(_CLAUSE, sentence.text)]


def _split_at(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    """(start in ``text``, piece) of each piece of the text between the pattern's matches."""
    found, offset = [], 0
    for piece in pattern.split(text):
        start = text.find(piece, offset)
        offset = start + len(piece)
        found.append((start, piece))
    return found


def _their_kinds(spec: ActionSpec, others: list[ActionSpec]) -> set[str]:
    """The kinds of commitment that state the reply's other actions."""
    return {k for o in others if o.kind != spec.kind for k in _STATES.get(o.kind, {o.kind})}


def _held_in(reading: Reading, where: int, text: str) -> list[cm.Commitment]:
    """The commitments that overlap the words at ``where``."""
    return [c for c in reading.commitments if c.start < where + len(text) and where < c.end]


def _states_another(reading: Reading, where: int, text: str, theirs: set[str]) -> bool:
    """Whether the words at ``where`` hold a commitment of one of the kinds in ``theirs``."""
    return any(c.kinds & theirs for c in _held_in(reading, where, text))


def _states_other_kind(reading: Reading, where: int, text: str, spec: ActionSpec) -> bool:
    """Whether the words at ``where`` hold a commitment of a kind that does not state ``spec``."""
    own = _STATES.get(spec.kind, set()) | {spec.kind}
    return any(not c.kinds & own and not _how_it_is_done(c) for c in _held_in(reading, where, text))


def _how_it_is_done(commitment: cm.Commitment) -> bool:
    """"On the house", "free": how another thing is done, not another thing done."""
    said = fold(commitment.text).strip(" .,;")
    return bool(cm._FREE.fullmatch(said) or cm._ON_THE_HOUSE.fullmatch(said))


#: Looking at a thing, which a visit is (folded): "to look at your meter box", "le revisamos los frenos", "a revisar la
#: regadera"; not at a case, a claim or an account.
_LOOKS_AT_A_THING = re.compile(
    r"\b(?:look at|check|inspect|revisar|revisamos|revisa|revise|evaluar|inspeccionar|chequear)\s+(?:(?:le|te|les|lo|la)\s+)?"
    r"(?:(?:otra vez|de nuevo|again)\s+)?(?:the|your|his|her|their|el|la|los|las|su|sus|tu|tus)\s+"
    r"(?!(?:case|claim|complaint|account|request|file|details|situation|issue|caso|reclam\w*|queja|cuenta|solicitud|"
    r"options?|possibilit\w*|alternativ\w*|refund|reembolso|devolucion|compensa\w*|opcion\w*|posibilidad\w*|"
    r"expediente|situacion|tema|incidencia|consulta|factura|bill|invoice|records?|registro)\b)[a-z]+")


#: When a new rule acts and what it is for, to the end of its clause: "when they arrive, so there's no arguing".
_RULE_TAIL = re.compile(r"\b(?:so(?: that)?|as[ií]|para que|para evitar|to make sure|whenever|when|every time|each time|"
                        r"cada vez que|siempre que|cuando)\b.*$", re.IGNORECASE)


#: Not charging them, which is neither a negation of what we do nor a charge (folded): "no se os cobra permanencia".
_NOT_CHARGED = re.compile(r"\bno se (?:te |le |os |les )?(?:vuelve a |volvera a )?(?:cobr|factur|renuev)\w*(?: nada)?|"
                          r"\bya no se (?:renueva|cobra|factura)\w*|"
                          r"\b(?:won't|will not|wont)\s+(?:be\s+)?(?:charged|billed|renew|renewed|get (?:the|a|any) [\w-]+ fee)"
                          r"(?: again)?(?: after that)?")
#: When a standing change starts (folded): "from this week", "starting Monday", "since your complaint", "now", "no
#: longer", "desde esta semana", "a partir del lunes", "ya no".
_FROM_NOW = re.compile(r"\b(?:now|from (?:now on|today|tomorrow|this|next|monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday)|starting|going forward|since (?:your|then|that|what|last)|as of (?:today|now|this)|"
                       r"with effect from|desde (?:hoy|ahora|esta|este|el|la|lo de|que)|a partir de|en adelante|ahora|"
                       r"ya no|no longer|anymore|any more|(?:has|have) started|started|empez\w+|comenz\w+)\b")
#: The words a rule is made of, once it has started (folded): whom it forbids, until what and if what it acts, what it
#: checks, whom it tells.
_RULE_WORDS = re.compile(r"\b(?:if|si|until|till|unless|before|hasta que|antes de|no longer|ya no|nobody|no one|nadie|"
                         r"ningun[oa]?|never again|nunca mas|as soon as|once|after|en cuanto|apenas|tras|"
                         r"no \w+ (?:may|can|will|gets?|goes|leaves?|is|are)|"
                         r"without|sin|eligib\w*|checks?|checking|confirm\w*|verif\w*|revis\w*|comprueb\w*|avis\w*|"
                         r"notif\w*|(?:calls?|rings?|phones?|texts?)(?: you)?|llam\w*)\b")


#: The same, in the agent's own text as written.
_RULE_WORDS_ANY_CASE = re.compile(_RULE_WORDS.pattern, re.IGNORECASE)


def _rule_starts(reading: Reading, number: int, spec: ActionSpec) -> bool:
    """Whether sentence ``number`` tells a standing change that starts now: "that's live for all clients from today"."""
    return spec.kind == "process_change" and bool(_FROM_NOW.search(fold(reading.sentences[number].text)))


def _visit_words(spec: ActionSpec, clause: str) -> str:
    """The clause without the looking at a thing that a visit is."""
    return _LOOKS_AT_A_THING.sub(" ", fold(clause)) if spec.kind == "repair_visit" and not spec.description else clause


def _guarded(clause: str, folded: str, spec: ActionSpec, started: bool = False) -> bool:
    """Whether the clause hedges, sets a condition, advises, denies, only promises to look, tells what was
    charged, or says what we could do (``started``: its sentence says a rule starts now). Looking is what the
    action is when its description says so: "le revisamos el ruido de la suspensión" states a "revisión del ruido".
    What should follow a thing done in it is no hedge: "your new card has been ordered and should land by Monday"."""
    calm = _without_consequence(clause)
    if calm != clause and fold(clause) == folded:
        clause, folded = calm, fold(calm)
    if spec.kind == "process_change":
        # When the new rule acts, and what it is for, are part of it: "from now on reception gives every guest their
        # late checkout in writing when they arrive, so there's no arguing later".
        clause, folded = _RULE_TAIL.sub(" ", clause), _RULE_TAIL.sub(" ", folded)
        if started or _FROM_NOW.search(folded):
            # So are, in a rule that starts now, whom it forbids, what it checks and whom it tells: "from this week, no
            # installer may sign off until every zone is tested", "ya no asignamos habitaciones sin avisar".
            clause, folded = _RULE_WORDS.sub(" ", fold(clause)), _RULE_WORDS.sub(" ", folded)
    folded = _NOT_CHARGED.sub(" ", _THEIR_NEGATION.sub(" ", folded))  # "the package you never asked for", "no se os cobra"
    looking = _LOOKING.search(folded)
    if looking and spec.description and looking.group(0)[:4] in {w[:4] for w in _stems(spec.description, size=5)}:
        looking = None
    if looking and spec.kind == "repair_visit" and not spec.description and _LOOKS_AT_A_THING.search(folded) and \
            not _LOOKING.search(_LOOKS_AT_A_THING.sub(" ", folded)):
        looking = None  # someone comes to look at a thing: "we'll get a sparky out Saturday to look at your meter box"
    if looking and spec.kind == "repair_visit" and _names_owner(folded, spec):
        looking = None  # the one who comes, named, looks: "Luis will be out tomorrow morning to do the check"
        # (with a description, looking is the action only when the description says so, above)
    return bool(_HEDGE.search(clause) or cm._HARD_CONDITION.search(folded) or cm._SOFT_CONDITION.search(folded) or
                cm._ADVICE_EN.search(clause) or cm._ADVICE_ES.search(folded) or
                _NEGATION.search(folded) or
                looking or _CHARGED.search(folded) or re.search(r"\b(?:can|would)\b", folded) or
                (spec.kind == "cancellation" and re.search(r"\b(?:por falta de (?:stock|existencias|inventario)|out of "
                                                           r"stock|sin stock|agotad[oa]s?)\b", folded)))
    # ("Pedido cancelado por falta de stock": what happened to the order, and why, not a cancellation they asked for)


#: We did it: "we have placed a hold", "I've swapped the reading", "ya actualizamos", "hemos incluido".
_WE_DID = re.compile(r"\b(?:we|i)\s*(?:'ve|have)\s+(?:now\s+|already\s+|just\s+|also\s+)*[a-z]+|"
                     r"\b(?:we|i)\s+(?:now\s+|already\s+|just\s+|also\s+)*(?:[a-z]+ed|made|put|set|sent|gave|took|"
                     r"got|built|brought|kept)\b|"
                     r"\b(?:hemos|he)\s+(?:ya\s+)?[a-z]+(?:ado|ido|to|cho|sto)\b|"
                     r"\bya\s+(?:(?:le|te|les|lo|la|los|las|se)\s+)*[a-z]+(?:amos|imos|e|i)\b")


#: It is so now, or has been made so: "it now correctly runs until November 30, 2027", "the late fee is wiped",
#: "ya consta la nueva cuenta", "se ha aplazado el cargo del segundo plazo".
_NOW_SO = re.compile(r"\b(?:now|ya|ahora|from now on|going forward|from today|desde (?:hoy|ahora)|"
                     r"a partir de (?:hoy|ahora)|en adelante)\b|"
                     r"\b(?:(?:is|are|'s|'re|you're)\s+(?:now\s+)?back (?:on|to)|vuelve al?|vuelven al?)\b|"
                     r"\b(?:is|are|(?:has|have)\s+(?:also\s+|now\s+|already\s+|just\s+)?been|was|were|'s been|'ve been|"
                     r"s been|'s)\s+(?:now\s+|already\s+|all\s+|also\s+)?"
                     r"(?:[a-z]+ed|done|made|set|sent|put|sorted|cleared|shown|taken|wiped|switched|turned)\b|"
                     r"\b(?:ha sido|han sido|fue|fueron|quedo|quedaron|queda|quedan|esta|estan|se ha|se han)\s+"
                     r"(?:ya\s+)?[a-z]+(?:ad|id)[oa]s?\b|"
                     # a new thing waiting for them: "your new card's waiting at the front desk", "Tiene el carné nuevo
                     # en el mostrador", "te espera en recepción"
                     r"\b(?:is|are|'s|'re)\s+(?:now\s+)?(?:waiting|ready)\s+(?:for you\s+)?(?:at|in|on|to collect|"
                     r"for (?:collection|pick-?up))\b|\b(?:te|le|les|os)\s+(?:espera|esperan|aguarda|aguardan)\b|"
                     r"\b(?:tiene|tienes|tenes|tienen)\s+(?:ya\s+)?(?:el|la|los|las|su|sus|tu|tus)\s+(?:\w+\s+)?"
                     r"nuev[oa]s?\b|"
                     # a headline: "Cambiada la dirección", "anulados los dos cargos"
                     r"^\W*[a-z]+(?:ad|id)[oa]s?\s+(?:el|la|los|las|su|tu|sus|tus)\b")


#: A past tense that may tell what happened rather than what we did (folded): "it was submitted on time".
_WAS = re.compile(r"\b(?:was|were|fue|fueron)\b")
#: A sentence that opens by saying it is done: "Done -", "Hecho, Pilar:", "Listo".
_DONE_FIRST = re.compile(r"\W*(?:(?:all\s+)?(?:done|sorted)|(?:you're\s+|you are\s+)?all set|ya esta|hecho|listo|lista|"
                         r"arreglado|solucionado)\b(?!\s+(?:by|for|when|if|once))")
#: A clause that says only that it is done: "fixed now", "sorted", "corregido".
_DONE_SHORT = re.compile(r"\W*(?:(?:all\s+)?(?:fixed|sorted|done|corrected|updated|changed)(?:\s+(?:now|today|already))?|"
                         r"(?:ya\s+)?(?:corregid[oa]|arreglad[oa]|cambiad[oa]|actualizad[oa])(?:\s+(?:ya|hoy))?)\W*")
#: I did it, in the Spanish preterite with its accent (raw text): "También configuré la alerta", "te cambié al 14A",
#: "te pasé a la B14". Not the words that end so and are no verb: "aquí", "así", "café".
_I_DID_ES = re.compile(r"(?<![\w-])(?!(?:aqu[ií]|all[ií]|ah[ií]|as[ií]|aj[ií]|man[ií]|rub[ií]|esqu[ií]|colibr[ií]|"
                       r"jabal[ií]|alhel[ií]|frenes[ií]|bistur[ií]|hait[ií]|dub[aá][ií]|caf[eé]|beb[eé]|jos[eé]|"
                       r"qu[eé]|porqu[eé]|pur[eé]|chal[eé]|comit[eé]|carn[eé]|cors[eé]|canap[eé]|consom[eé])\b)"
                       r"[a-záéíóúñ]{2,}[éí](?![\wáéíóúñ])", re.IGNORECASE)
#: Done today by an impersonal "se" (raw text): "El monto de $299 se le bonificó hoy", "su plan se cambió con efecto
#: inmediato". (Not without "hoy" or its like: "el paquete se activó sin su consentimiento" tells the fault.)
_DONE_TODAY_ES = re.compile(r"\bse\s+(?:(?:le|te|les|lo|la|los|las)\s+)?[a-záéíóúñ]{3,}ó\b(?=.*\b(?:hoy|ya|ahora|"
                            r"inmediat[oa]|en este momento)\b)", re.IGNORECASE)


#: What may come before the verb that opens a part: "Además, bloqueamos…", "y también te agregamos…" (folded).
_LEAD_ES = re.compile(r"\W*(?:(?:ademas|tambien|asimismo|hoy|y|e|por eso|por ello|entonces|ya)\W+)*"
                      r"(?:(?:le|te|les|se|lo|la|los|las|os|nos)\s+)*([a-z]+)")


def _we_did_es(folded: str) -> bool:
    """A part that opens with what we did, in the first person plural of an action verb: "bloqueamos nuevos
    débitos de esa empresa", "agregamos una validación del CUIT". (Not "lamentamos", "esperamos": no action.)"""
    lead = _LEAD_ES.match(folded)
    return bool(lead) and any(f.tense == "pret" and f.person == "1p" for f in cm._morph().forms(lead.group(1)))


def _codes(text: str) -> set[str]:
    """Codes of letters and digits in the (any) text, folded: "14A", "B14", "RF-1001"."""
    return {c.replace("-", "") for c in re.findall(r"\b(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{2,}\b", fold(text))}


#: A headline in Spanish, the thing then its participle: "Portabilidad hecha", "Cuota congelada del 1 de diciembre",
#: "Coche de sustitución gestionado".
_DONE_HEADLINE_ES = re.compile(r"^\W*(?:[a-z]+\s+de\s+[a-z]+\s+|(?:[a-z]+\s+){1,2}?)"
                               r"(?:[a-z]+(?:ad|id)[oa]s?|hech[oa]s?|puest[oa]s?|devuelt[oa]s?|resuelt[oa]s?|cubiert[oa]s?)\b")
#: A piece that opens with the next thing done, its subject the one before: "moved the parcel to the locker".
_DID_NEXT = re.compile(r"\W*(?:also\s+)?(?:[a-z]+ed|put|set|sent|gave|took|got|made)\s+(?:the|your|you|it|them|a|an)\b")
#: Where a clause goes on to another thing: "it's been removed and the money's back in your account".
_AND_THEN = re.compile(r"\s+(?:and|y|e)\s+(?=(?:the|el|la|los|las|your|tu|su|sus|tus|we|i|it|they|ya|se|le|te)\b|"
                       r"(?:[a-z]+ed|put|set|sent|gave|took|got|made)\s+(?:the|your|you|it|them|a|an)\b)",
                       re.IGNORECASE)
#: The parts of a clause, split at its commas and dashes.
_PARTS = re.compile(r"[,;:]\s+|\s[–—-]\s")


def _described(reading: Reading, spec: ActionSpec, others: list[ActionSpec]) -> list[cm.Commitment]:
    """Clauses that tell of this action as done, by us, in the words of its description: with "Payee
    confirmation hold added for new payees", "we have placed a 24-hour hold on any payment to a new payee"."""
    due = spec.due_day
    if due is not None and due > reading.today or not (spec.description or spec.kind in _KIND_WORDS):
        return []
    described = _stems(spec.description or "", size=5, plain=_PLAIN_WORDS, activity=frozenset())
    # Its description's words, and its kind's: "Cambiada la dirección" for "Dirección de entrega corregida".
    kind_words = _KIND_WORDS.get(spec.kind, "") + (" " + _KIND_WORDS_BESIDE.get(spec.kind, "") if described else "")
    named = described | _stems(kind_words, size=5, plain=_PLAIN_WORDS, activity=frozenset())
    # (a description noted in the other language than the reply's cannot be matched word for word: one word shared,
    # a name or a cognate, or one of its kind's words, tells it)
    crossed = bool(spec.description) and _other_language(spec.description or "", reading.own)
    least = min(2, len(described)) if described and not crossed else 1
    theirs = _their_kinds(spec, others)
    codes = _codes(spec.description or "")

    def tells(where: int, part: str, done: bool, started: bool) -> bool:
        folded = fold(part)
        did = bool(_WE_DID.search(folded) or _I_DID_ES.search(part) or _DONE_HEADLINE_ES.match(folded) or
                   _DONE_TODAY_ES.search(part))
        # (one word of the description is enough where we say we did it, or that it is so now: "it's been removed"
        # for "remove duplicate fee"; not where a "was" may tell a fact of the past: "the report was submitted"; a
        # code of it counts as a word: "te cambié al 14A" for "asiento cambiado al 14A")
        enough = 1 if did or _NOW_SO.search(folded) and not _WAS.search(folded) else least
        shared = named & _stems(folded, size=5, plain=_PLAIN_WORDS, activity=frozenset()) | codes & _codes(part)
        return bool(done or started or did or _NOW_SO.search(folded)) and \
            not _guarded(part, folded, spec, started) and len(shared) >= enough \
            and not _states_another(reading, where, part, theirs)

    # A sentence that opens with "Done" or "Hecho" tells the rest of it as done: "Hecho, Pilar: cajas pausadas";
    # so does one after "Hecho, Pilar:" standing alone.
    opens = [bool(_DONE_FIRST.match(fold(s.text))) for s in reading.sentences]
    done = {n for n, s in enumerate(reading.sentences)
            if opens[n] or n and opens[n - 1] and len(re.findall(r"\w+", reading.sentences[n - 1].text)) <= 3}
    found = []
    statements = _statements(reading)
    for index, (number, where, clause) in enumerate(statements):
        previous = statements[index - 1][2] if index else None  # the clause before: what "fixed now" fixed
        # The clause whole, else its parts: "I've added her to the register today, so she can ask for a heater"
        # tells the addition in its first part, whatever "can" says after.
        # Then the things done one after another in the clause or in a part of it, each with the "we did" it follows:
        # "so I've now added it | and put a £10 credit on your account", "I've put the £2.99 back | and moved the
        # parcel to the Tesco Extra locker".
        parts = [(where + start, p, False) for start, p in [(0, clause)] + _split_at(_PARTS, clause)]
        for at, whole, _ in list(parts):
            did = bool(_WE_DID.search(fold(whole)))
            parts += [(at + start, piece, did and bool(n and _DID_NEXT.match(fold(piece))))
                      for n, (start, piece) in enumerate(_split_at(_AND_THEN, whole))]
        # ("bloqueamos nuevos débitos" is done or being done; not with a condition in its clause: "te mandamos la
        # docena que faltó, sin cargo, apenas tengamos moto libre")
        plural = not _hedged(fold(clause))
        told = next(((at, part) for at, part, carried in parts
                     if tells(at, part, number in done or carried or plural and _we_did_es(fold(part)),
                              _rule_starts(reading, number, spec))), None)
        if told is None and previous is not None and _DONE_SHORT.fullmatch(fold(clause)) and \
                len(named & _stems(fold(previous), size=5, plain=_PLAIN_WORDS, activity=frozenset())) >= least and \
                not _states_another(reading, where, clause, theirs):
            told = (where, clause)  # "the Eircode on your profile was wrong (D08 not D06) - fixed now"
        if told is not None:
            found.append(cm.Commitment(told[0], told[0] + len(told[1]), frozenset({spec.kind}), "done", number,
                                       told[1], timed=True))
    return found


#: After "consulta", the doctor's visit rather than the customer's query: "la consulta del lunes", "consulta médica".
_A_VISIT = (r"(?!s? (?:del (?:lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|\d)|m[eé]dica|"
            r"presencial|con (?:el|la) (?:dr|doctor|doctora|especialista)))")
_HOLLOW_CLAUSE = re.compile(
    r"thank(?!sgiving)|grateful|sorry|apolog|regret|inconvenien|understand|appreciat|feedback|patience|priority|pleasure|"
    r"happy to help|here to help|glad to help|any (?:other )?questions|in touch|reach out|get back|contact(?:ing)? us|"
    r"getting in touch|valued|hesitate|have a (?:great|good|lovely|nice)|best wishes|kind regards|shared with|"
    r"passed (?:on|to)|forwarded|gracias|agradec|\blament|sentimos|\bsiento|disculp|perd[oó]n|molestia|entend|comprend|"
    r"valor|prioridad|paciencia|placer|(?<!mesa de )ayud|disponible|qu[eé] pena|contact|"
    r"escrib|consulta(?!tion)" + _A_VISIT + "|"
    r"dud[ae]s?|no dude|saludo|que tengas|que tenga|buen d[ií]a|revis(?!i[oó]n)|cheque(?!s?\b)|\bcheck(?:ing)?\b(?![-\u2011]?(?:in|out)\b)|look(?:ing)? into|investig|novedad|"
    r"update|en breve|pronto|soon|apenas|as soon|cuando tengamos|once we (?:have|know)|get back|te contamos|"
    r"te compartimos|le informaremos|we'll let you know|elegirnos|choosing us|verific|verify|analiz|estudi|evalu|"
    r"assess|correspondiente|relevant|traslad|derivad|remitid|escalad|forwarded|passed on|referred|detenimiento|"
    r"a la brevedad|assist (?:you|further)|to assist|ready to (?:help|assist|answer|support)|wish you|pleasant|"
    r"your interest|hemos recibido|we have received|we received|"
    r"recibimos|pensar en nosotros|thinking of us|confiar en nosotros|let us know|anything else|algo m[aá]s|"
    r"experience|experiencia|improve|mejorar|compromiso|commitment|mejor servicio|best service|valued|information|"
    r"\binfo\b|make sure|viendo|mirando|looking at|pregunta|question|nos encanta|we love|coraz[oó]n|heart|[uú]nic[oa]|"
    r"unique|inspir|instagram|seguirnos|follow us|gusto|pleasure|alegr[ií]a|delighted|importante|important|"
    r"acompa[nñ]|by your side|esforz|transparen|hear you|here for you|aqu[ií] estamos|sencill|common request|"
    r"your interest|tu inter[eé]s|su inter[eé]s|tema de|sobre todo|cualquier (?:otra )?cosa|anything you need|"
    r"lo que necesites|lo que necesite|"
    # pointing elsewhere instead of answering: "you can find all the details on our website"
    r"website|\bweb\b|p[aá]gina web|sitio web|help ?cent|centro de ayuda|\bfaqs?\b|preguntas frecuentes|circular|"
    r"newsletter|\bvar(?:y|ies)\b|var[ií]an?\b|depends? on|dependen? de|estar atent|keep an eye|you can find|"
    r"can be found|encontrar[aá]|podr[aá] encontrar|puede consultar|puedes consultar|feel free|ask at|check our|"
    r"trust cent|more detail|m[aá]s detalle|seriously|en serio|at (?:its|the) core|leading|l[ií]deres|world-class|"
    r"best-in-class|robust|industry|ensure|garantizar|asegurar|protected|protegid|you can see|full details|"
    r"back with us|go through them|if there(?:'s| is) anything|si hay algo|seg[uú]n disponibilidad|"
    r"subject to availability|depending on availability|con gusto le colaboro|range of factors|number of factors|"
    r"varios factores|can change|pueden? cambiar|pueden? demorar|seg[uú]n los horarios|committed to|fair value|"
    r"informaci[oó]n|number of reasons|several reasons|variety of|range of|gama de|variedad de|all the details|"
    r"todos los detalles|varias razones|varios motivos|diversos motivos|as possible|lo m[aá]s \w+ posible|"
    # pride instead of an answer: "we're proud of our supply chain", "estamos muy orgullosos de nuestros proveedores"
    r"\bproud\b|orgullos|"
    # what we did instead of what we found: "I have checked the charge with our billing team", "it has been reviewed",
    # "we wish to assure you", "quedamos a su entera disposición"
    r"\bchecked\b(?!\s+(?:in|out|bags?|baggage|luggage|items?)\b)|\breview(?:ed|ing)\b|\bassure\b|"
    r"disposici[oó]n", re.IGNORECASE)
#: A sentence that sends the customer to read it elsewhere: "Your PDS has all the details", "las comisiones se
#: encuentran detalladas en el tarifario vigente, disponible en nuestras agencias y en la web".
_ELSEWHERE = re.compile(r"\b(?:website|web|(?:our|the|this) (?:\w+ )?page(?! \d)|p[aá]gina (?:web|de)|pds|pdf|manual|"
                        r"(?:the|our|my \w+|mi \w+|nuestra) app|canales oficiales|official channels|"
                        r"(?:el|nuestro) tarifario|brochure|folleto|help ?cent\w*|"
                        r"centro de ayuda|faqs?|(?:our|the|nuestro|el) blog|newsletter|bolet[ií]n|"
                        r"terms and conditions|t[eé]rminos y condiciones|condiciones generales|"
                        r"policy wording|policy document|agencias|sucursales|app store)\b", re.IGNORECASE)


_NAMES_QUESTION = re.compile(r"\s*(?:why|what|how|when|whether|if|which|por ?qu[eé]|qu[eé]|c[oó]mo|cu[aá]ndo|cu[aá]l|"
                             r"si)\b", re.IGNORECASE)


#: An hour on the clock: "2 pm", "14:00", "a las 14 h", "hasta las 13".
_HOUR = re.compile(r"\b(\d{1,2})(?:[:.]\d\d)?\s*(?:(?P<pm>p\.?\s?m\b\.?)|a\.?\s?m\b\.?|h\b|hrs?\b)|"
                   r"\b(?:las|the)\s+(\d{1,2})(?:[:.]\d\d)?\b", re.IGNORECASE)


def _other_clock(text: str) -> set[Decimal]:
    """The hours a text names, on the other clock: 14 for "2 pm", 2 for "14:00", so that an answer noted as "until
    2pm" is told by "hasta las 14 h"; and an hour written with a dot, by its parts: 7 and 52 for "7.52am", as "7:52am"
    is read."""
    found: set[Decimal] = set()
    for match in re.finditer(r"\b(\d{1,2})\.(\d\d)\s*(?:[ap]\.?\s?m\b|h\b|hrs?\b)", text, re.IGNORECASE):
        found |= {Decimal(int(match.group(1))), Decimal(int(match.group(2)))}
    for match in _HOUR.finditer(text):
        hour = int(match.group(1) or match.group(3))
        if match.group("pm") and hour < 12:
            found.add(Decimal(hour + 12))
        elif 12 < hour < 24:
            found.add(Decimal(hour - 12))
    return found


def _restates(reading: Reading, description: str) -> bool:
    """A clause that tells the answer as the agent filled it in, in few words: "CSV exports cap out at 50,000 rows
    each" for "export limit is 50,000 rows per CSV", "con tu credencial pagas $3.500 de lunes a miércoles". Three
    of its words (both, when it has two; two beside its figure), in a clause that does not ask, thank, hedge,
    promise to look or point elsewhere. A description that names the question ("why the bill went up") cannot be
    told back."""
    named = _stems(description, size=5, plain=_PLAIN_WORDS | _QUESTION_WORDS)
    if len(named) < 2 or _NAMES_QUESTION.match(description):
        return False  # "why December budget billing amount increased" names the question, not its answer
    figures = numbers(description)

    def guards(clause: str) -> bool:
        # (A word the answer itself uses guards nothing: "same as manual" for "same as manual".)
        return any(match and fold(match.group(0))[:5] not in named for match in [
            rx.search(clause) for rx in (_COURTESY, _SYMPATHY, _HOLLOW_CLAUSE, _ELSEWHERE, _DODGE, _HEDGE)] + [
            _LOOKING.search(fold(clause))])

    free = _NO_CHARGE.search(fold(description)) and not cm._HARD_CONDITION.search(fold(description))
    for _number, _where, clause in _statements(reading):
        if guards(clause):
            continue
        if free and _NO_CHARGE.search(fold(clause)) and not cm._HARD_CONDITION.search(fold(clause)):
            return True  # "No late-cancellation fee is charged": "your class is cancelled and there's no fee for it"
        shared = len(named & _stems(clause, size=5, plain=_PLAIN_WORDS | _QUESTION_WORDS))
        if shared >= min(3, len(named)) or shared >= 2 and figures & numbers(clause):
            return True
    return False


#: Looking into it, or being on it (folded): "we looked into the surcharge", "ya lo consulté con el equipo", "estamos
#: en eso".
_LOOKED_INTO = re.compile(r"\b(?:look(?:ed|ing)?\s+(?:into|at)|check(?:ed|ing)?\s+(?:into|on)|investigat\w*|"
                          r"(?:lo\s+|la\s+)?consult(?:e|amos|ando)\b|revis(?:e|amos|ando)\b|estamos en (?:eso|ello)|"
                          r"(?:we're|we are|i'm|i am) on it)")


#: A description that names the question rather than its answer: "why the wet-suit hire went up" (folded).
_ASKS = re.compile(r"\W*(?:why|what|when|where|which|how|whether|is|are|does|do|can|por que|porque|que|cual|cuando|"
                   r"donde|como|si)\b")


def _words_needed(reading: Reading, undated: str, wanted: set[Decimal], crossed: bool) -> int:
    """How many informing words an answer needs: half the usual where it says every figure of the answer, or two of
    its words and more besides, and puts nothing off ("Sí, los sábados abrimos de 9 a 14 h", "yes, the gym pool is
    open on Sunday"); not "thanks for asking about the £22 and £19.50 prices, we'll look into it", nor "wet-suit hire
    went up" for "why the wet-suit hire went up"."""
    own = reading.own
    said = bool(wanted) and not wanted - numbers(own) or not crossed and len(_stems(undated) & _stems(own)) >= 2 and \
        bool(_stems(own) - _stems(undated)) and not _ASKS.match(fold(undated))
    return MIN_ANSWER_WORDS // 2 if said and not _hedged_answer(reading) else MIN_ANSWER_WORDS


def _hedged_answer(reading: Reading) -> bool:
    """The reply puts something off, looks into it, hedges or passes it on: "we'll look into it"."""
    return any(f.kind in ("vague", "deflection") for f in reading.flagged) or \
        bool(_LOOKING.search(fold(reading.own)) or _hedged(fold(reading.own)))


#: "Good question -" before the answer (not "great question about X!", which is the courtesy itself).
_GOOD_QUESTION = re.compile(r"^\s*(?:(?:good|great|fair|excellent) question|(?:buena|excelente|muy buena) pregunta)"
                            r"\s*[-–—:]\s+", re.IGNORECASE)


#: A clause that only names the question again, as a lead-in (folded): "About where our socks are made", "Sobre el
#: origen de la lana", "As for the border question", "En cuanto a lo del barco".
_TOPIC_LEAD = re.compile(r"\W*(?:about|as for|as regards|regarding|with regard to|on the (?:question|matter) of|"
                         r"sobre|respecto (?:a|de)|en cuanto a|en relacion (?:a|con)|acerca de|lo de)\s+"
                         # (a question word may hold its own verb: "about where our socks are made"; else no verb)
                         r"(?:(?:where|why|how|what|when|whether|which|donde|por que|como|cuando|cual)\b|"
                         r"(?![^,;:]*\b(?:is|are|was|were|es|son|fue|esta|estan)\b))[^,;:!?]*$")


def _informative(reading: Reading, skip_actions: bool = False, about: str = "") -> int:
    """Words of the own text that inform: clauses that are not thanks, apologies, offers of help or
    passing it on (and not flagged), of three words or more. ``skip_actions``: not the sentences that state
    the reply's other actions (an answer beside a refund must be more than the refund). ``about``: the question
    answered; when given, nothing informs unless some clause names a word of it ("can a pram be checked free":
    "we want to make your journey smooth" names none)."""
    count = 0
    topic = _stems(about)
    asked_figures = numbers(about)
    on_topic = not topic
    acting = list(reading.commitments) if skip_actions else []
    for number, sentence in enumerate(reading.sentences):
        # (a sentence stating another action still informs when it names the question twice over: "you're
        # confirmed on tomorrow's 6:40 flight and we've added a $150 credit" for "flight rebooked"; else its
        # clauses that state no action do: "quedó cancelada y no tiene ningún costo")
        named_twice = len(topic & _stems(sentence.text)) >= 2
        if _points_elsewhere(sentence.text):
            continue  # "you can always check what's included in the app": the whole sentence points elsewhere
        for clause in _clauses_of(sentence.text):
            clause = _GOOD_QUESTION.sub("", clause)  # "Good question - the club ships four times a year": the rest informs
            words = re.findall(r"[^\W\d_]{2,}|\d+", clause)
            if _ELSEWHERE.search(clause) or _BY_THE_RULES.search(clause):
                continue  # "it's all on our website": pointed elsewhere ("the website was wrong" beside it informs)
            if len(words) < 3 or _HOLLOW_CLAUSE.search(clause) or _LOOKED_INTO.search(fold(clause)) or \
                    _TOPIC_LEAD.match(fold(clause)):
                continue  # (what we looked at is not what we found: "We looked into the surcharge on your statement";
                # the question named again is no answer: "About where our socks are made, great question!")
            start = sentence.start + sentence.text.find(clause)
            if not named_twice and any(c.start < start + len(clause) and start < c.end for c in acting):
                continue
            if any(f.start < start + len(clause) and start < f.end for f in reading.flagged):
                continue
            if re.match(r"\s*(?:hi|hello|dear|hola|estimad[oa]|buen[oa]s|good (?:morning|afternoon))\b", clause,
                        re.IGNORECASE):
                continue
            count += len(words)
    for sentence in reading.sentences:
        if on_topic or _DODGE.search(sentence.text) or _BY_THE_RULES.search(sentence.text) or \
                sentence.text.rstrip().endswith("?") or \
                _points_elsewhere(sentence.text):
            continue
        on_topic = any(topic & _stems(clause) or _of_the_asked_type(about, clause, reading.today) or
                       asked_figures & numbers(clause)  # "drivers must be 25 or older": "minimum age to rent is 25"
                       for clause in (_GOOD_QUESTION.sub("", part) for part in _clauses_of(sentence.text))
                       if not _COURTESY.search(clause) and not _SYMPATHY.search(clause) and not _ELSEWHERE.search(clause))
    return count if on_topic else 0


#: "When" that tells when a rule holds, not asks (folded): "the fee is waived when the repair is done".
_WHEN_IT_HOLDS = re.compile(r"\b(?:is|are|was|were|es|son|fue|se)\s+(?:\w+\s+){0,3}?(?:when|cuando)\b")
#: A description that names what is asked for, not its answer: "Reason for the outage on 24/11".
_ABOUT_A_REASON = re.compile(r"\W*(?:the\s+|la\s+|el\s+)?(?:reason|cause|explanation|motivo|causa|razon|explicacion|"
                             r"explain|explicar)\b")
#: Sending them to look it up (folded): "check it in the app", "puede consultar en su web", "keep an eye on the app".
_POINTS_THERE = re.compile(r"\b(?:check|see|find|visit|consult|look|read|download|refer|go to|head to|keep an eye|watch|"
                           r"available|listed|detailed|explained|set out|published|consult\w*|ver|vea|veas|revis\w*|"
                           r"encontr\w*|encuentr\w*|visit\w*|descarg\w*|disponible|publicad\w*|detallad\w*|"
                           r"se rige|estipulad\w*|establecid\w*|pendiente|(?:is|are|'s|'re) (?:all |listed )?(?:on|in)|"
                           r"est[aá]n? en|figura\w* en|aparece\w* en)\b")


def _points_elsewhere(text: str) -> bool:
    """A sentence that sends them to look it up on the website, in the app, in the terms: "our baggage rules are on
    the website" (not one that only names it: "the website was wrong")."""
    return bool(_ELSEWHERE.search(text) and _POINTS_THERE.search(fold(text)))


def _clauses_of(text: str) -> list[str]:
    """A sentence's clauses, cut at commas, colons, dashes and "and"/"but"; a piece of fewer than three words belongs
    to the clause before it: "reopen tomorrow, Friday, at 8 a.m." is one (not a "sorry" or a "thanks" of its own).
    Each is a stretch of the sentence as written."""
    spans: list[list[int]] = []
    start = 0
    for cut in [*re.finditer(r"[,;:—–]\s+|\s+(?:and|but|y|pero)\s+", text), None]:
        end = cut.start() if cut else len(text)
        piece = text[start:end]
        if spans and len(re.findall(r"[^\W\d_]{2,}|\d+", piece)) < 3 and not _HOLLOW_CLAUSE.search(piece) and \
                not _COURTESY.search(piece) and not _SYMPATHY.search(piece):
            spans[-1][1] = end
        else:
            spans.append([start, end])
        start = cut.end() if cut else len(text)
    return [text[a:b] for a, b in spans]


#: Questions of a kind a figure or a day answers: "EMI amount and date" is answered by "₹23,410 ... on 5th Dec".
_ASKS_AMOUNT = re.compile(r"\b(?:amount|how much|cost|price|fee|charge|importe|monto|cu[aá]nto|costo|coste|precio|"
                          r"cuota|valor)\b", re.IGNORECASE)
_ASKS_WHEN = re.compile(r"\b(?:date|when|what time|hours|opening|deadline|fecha|cu[aá]ndo|a qu[eé] hora|horario|"
                        r"plazo)\b", re.IGNORECASE)
#: A question only a day or a time answers: "cuándo vuelve el servicio", "explain when the debit order will stop".
_ASKS_WHEN_STRICT = re.compile(r"\b(?:when|what time|what date|cu[aá]ndo|a qu[eé] hora|qu[eé] d[ií]a|hasta cu[aá]ndo)\b",
                               re.IGNORECASE)


#: A question only a figure answers (or "it's free"): "early termination fee amount", "precio del uniforme".
_ASKS_FIGURE = re.compile(r"\b(?:amount|how much|cost|price|importe|monto|cu[aá]nto|costo|coste|precio)\b",
                          re.IGNORECASE)
#: A description that states the answer rather than naming the question: "standing charge is 53.7p a day".
_TELLS = re.compile(r"\b(?:is|are|was|were|will|es|son|fue|ser[aá]|costs?|cuesta|cuestan)\b", re.IGNORECASE)


def _asks_figure(description: str) -> bool:
    return bool(_ASKS_FIGURE.search(description)) and (
        not _TELLS.search(description) or bool(re.search(r"\b(?:how much|cu[aá]nto)", description, re.IGNORECASE)))


#: Numbers that name rather than count: "year 8", "room 214", "ref 5531", "aula 3".
_LABELLED = re.compile(r"\b(?:year|grade|room|class|ref(?:erence)?|no\.?|number|order|ticket|curso|aula|habitaci[oó]n|"
                       r"grado|pedido|n[º°o]\.?)\s*#?\d+", re.IGNORECASE)

#: A question of a day or an hour named by its noun: "fecha de la reunión de padres", "hora de entrega".
_ASKS_DAY = re.compile(r"\b(?:date|fecha|hora|time slot|franja)\b", re.IGNORECASE)


def _of_the_asked_type(about: str, clause: str, today: date) -> bool:
    return bool(_ASKS_AMOUNT.search(about) and money(clause) or
                _ASKS_WHEN.search(about) and (has_date(clause, today) or has_specific_time(clause)))


def _other_language(description: str, own: str) -> bool:
    """An answer noted in one language and written to the customer in the other ("The make-up exam is on Thursday
    3 December at 7am" for "el supletorio es el jueves 3 de diciembre a las 7 a.m."): its words cannot be
    matched, only its figures and days."""
    noted, written = detect_language(description), detect_language(own)
    return bool(noted and written and noted != written)


_YES_NO = re.compile(r"^\W*(?:yes|no|s[ií])\b", re.IGNORECASE)
#: Nothing to pay, said in either language (folded): "free of charge", "the fee is waived", "no se le cobra", "sin
#: costo", "no te cuesta nada".
_NO_CHARGE = re.compile(
    r"\b(?:free|waived?|complimentary|no (?:[a-z-]+ ){0,2}?(?:charge|cost|fee)s?|(?:not|never|n't|won't) be charged|"
    r"(?:is|are)(?:n't| not) charged|at no (?:extra )?(?:cost|charge)|gratis|gratuit[oa]s?|sin (?:ningun )?(?:costo|coste|cargo|cobro)|"
    r"no (?:se )?(?:(?:le|te|les|os)\s+)?(?:(?:lo|la|los|las)\s+)?(?:cobra|cobramos|cobraremos|cobrara|cobran)|"
    r"no (?:tiene|tendra|tienen|tendran) (?:ningun )?(?:costo|coste|cargo)|"
    r"no (?:te|le|les) (?:cuesta|costara|toca pagar)\w*|"
    r"no hay (?:ningun )?(?:costo|coste|cargo|cobro|recargo)s?|no (?:paga|pagas|pagan|pagara|pagaras|pagaran|pagues|"
    r"pague) (?:nada|ningun)|(?:you )?(?:pay|don't pay|won't pay) nothing|nothing (?:extra |more )?to pay)\b")


def _shares_with(description: str, own: str) -> bool:
    """Something of an answer noted in the other language that the reply still carries: a figure, a name, a word
    both languages share ("alternator", "alternador"), or a yes or a no."""
    if numbers(description) & numbers(own):
        return True
    names = {fold(w) for w in re.findall(r"(?<=\w )[A-ZÁÉÍÓÚÑ][\w'-]+", description)}
    if any(re.search(rf"\b{re.escape(n)}\b", fold(own)) for n in names):
        return True
    if _stems(description, size=5) & _stems(own, size=5):
        return True
    if _NO_CHARGE.search(fold(description)) and _NO_CHARGE.search(fold(own)):
        return True  # "No cancellation fee is charged" told as "no tiene ningún costo"
    if _translated(description, own):
        return True  # "The package was delivered to the doorman" carried by "el paquete se entregó al portero"
    return bool(_YES_NO.match(description) and (_YES_NO.match(own.strip()) or
                                                _YES_NO.match(re.sub(r"^[^,:\n]{0,40}[,:]\s*", "", own.strip()))))


@lru_cache(maxsize=1)
def _bilingual() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The same things said in English and in Spanish, as word beginnings (resources/bilingual.yaml)."""
    pairs = yaml.safe_load((RESOURCES / "bilingual.yaml").read_text(encoding="utf-8")) or []
    return tuple((tuple(fold(str(en)).split()), tuple(fold(str(es)).split())) for en, es in pairs)


def _translated(description: str, own: str) -> bool:
    """Two things of the description named in the reply's own language (one may be only the topic: "la ruta del
    autobús" for "the bus route will keep the stop")."""
    noted = re.findall(r"[a-z]{3,}", fold(description))
    written = re.findall(r"[a-z]{3,}", fold(own))

    def says(words: list[str], beginnings: tuple[str, ...]) -> bool:
        return any(w.startswith(b) for w in words for b in beginnings)
    return sum(says(noted, en) and says(written, es) or says(noted, es) and says(written, en)
               for en, es in _bilingual()) >= 2


#: Titles and roles in an owner's name: "Mrs Helen Carter" is named by "Helen" or "Carter", not by the "Mrs" of
#: "Dear Mr and Mrs Osei"; "Rector Jaime Cortés" not by "el rector".
_TITLES = frozenset("mrs miss sir madam dra sra srta don dona lic ing prof professor doctor doctora rector rectora "
                    "director directora sister nurse father mother hermana senor senora".split())


#: Sympathy that names the topic without answering it: "entendemos lo importante que es recibir tu pedido".
_SYMPATHY = re.compile(r"\b(?:sorry|apolog|understand|appreciat|lament|sentimos|siento\b|disculp|entend|comprend)",
                       re.IGNORECASE)  # (thanks are _COURTESY's)
#: Right by the rules, which tells nothing of what it is: "found the bill generated as per tariff order", "confirm
#: it's correct per our records".
_BY_THE_RULES = re.compile(r"\b(?:generated|calculated|charged|billed|issued|correct|accurate|valid|in order)\s+(?:as per|"
                           r"per|according to|in accordance with|in line with)\s+(?:the\s+|our\s+)?(?:tariff|policy|"
                           r"terms|records|schedule|rules|regulations)\b", re.IGNORECASE)
#: A sentence about the question that still does not answer it: it varies, it depends, there are various kinds,
#: tell us more. "Las comisiones pueden variar según el banco", "moving your broadband is easy - just let us know".
_DODGE = re.compile(r"\b(?:vary|varies|varied|variar|var[ií]an?|differ|differs|difieren?|depends?|depending|depende|"
                    r"dependen|dependiendo|popular|different types|diferentes tipos|distintos tipos|sujet[oa]s? a|"
                    r"can affect|may affect|pueden? afectar|a few things|several things|pueden? aplicarse|may apply|"
                    r"otras condiciones|other conditions|very seriously|muy en serio|industry-leading|at all times|"
                    r"en todo momento|constantemente|constantly|stay tuned|atent[oa] a las novedades|"
                    r"subject to|according to the|de acuerdo (?:a|con) (?:la|las|el|lo|los)|"
                    r"conforme a (?:la|las|el|lo|los)|(?:always|constantly) (?:working|improving|looking)|"
                    r"siempre (?:estamos )?(?:trabajando|mejorando)|"
                    r"designed to|built to|proud of|orgullos[oa]s? de|work hard to|trabajamos (?:duro|mucho) para|"
                    r"nos esforzamos|dise[nñ]ad[oa]s? para|pensad[oa]s? para|(?:we are|we're|estamos) (?:fully |totalmente )?"
                    r"(?:committed|comprometid[oa]s)|"
                    r"various|diversas|diversos|a (?:range|variety) of|una variedad de|let us know|h[aá]ganos saber|"
                    r"ind[ií]quenos|ind[ií]canos|av[ií]senos|av[ií]sanos|d[ií]ganos|dinos)\b", re.IGNORECASE)


#: Where the question is only named back: "thanks for your question about hail cover", "gracias por tu consulta".
_COURTESY = re.compile(r"thank(?!sgiving)|gracias|agradec|(?:your|the|this|great|good|excellent) question|"
                       r"(?:su|tu|esta|la|vuestra|excelente|buena|gran) (?:pregunta|consulta" + _A_VISIT + r")|asking|"
                       r"getting in touch|contacting|writing|escribirnos|contactarnos|regarding|with reference|"
                       r"en relaci[oó]n|respecto", re.IGNORECASE)


_QUESTION_WORDS = frozenset("whether what when where which why how does will would could explain explicar cuando "
                            "donde como porque cual cuales para sobre".split())
#: What the agent did rather than what was asked: "we looked", "revisado", "checked it" name no topic.
_ACTIVITY_STEMS = frozenset("look chec revi inve veri mira busc help ayud info answ resp cont".split())


def _stems(text: str, *, size: int = 4, plain: frozenset[str] = _PLAIN_WORDS | _QUESTION_WORDS,
           activity: frozenset[str] = _ACTIVITY_STEMS) -> set[str]:
    """The first ``size`` letters of each content word, folded: "opening" and "open", "estimated" and "estimadas".
    The stems of a question name its topic; an action's, with five letters, what it is about."""
    return {w[:size] for w in re.findall(r"[a-z]{4,}", fold(text)) if w not in plain} - activity


_UNITS_WORDS = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "trescientos": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
    "setecientos": 700, "ochocientos": 800, "novecientos": 900,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_NUMBER_WORDS = re.compile(r"\b(?:(?:" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) +
                           r"|mil|thousand|y|and)(?:[\s-]+|\b))+", re.IGNORECASE)


def _words_value(words: str) -> Decimal | None:
    """"mil doscientos" is 1200, "thirty-four" 34; None when the words are no number."""
    total, current = 0, 0
    for word in re.findall(r"[a-záéíóúñ]+", words.lower()):
        if word in ("y", "and"):
            continue
        if word in ("mil", "thousand"):
            total, current = total + (current or 1) * 1000, 0
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _UNITS_WORDS:
            current += _UNITS_WORDS[word]
        else:
            return None
    value = total + current
    return Decimal(value) if value else None


def _spelled_amounts(own: str) -> set[Decimal]:
    """Amounts in words: "mil doscientos pesos", "fifty quid", "the thirty-four ninety-nine we took", "120 mil
    pesos", "los 15 mil del envío"."""
    found: set[Decimal] = {Decimal(m.group(1).replace(",", ".")) * 1000 for m in re.finditer(
        r"\b(\d{1,3}(?:[.,]\d)?)\s+mil\b(?!\s+millones)", own, re.IGNORECASE)} | {
        Decimal(10 if m.group(0).lower() == "tenner" else 5) for m in re.finditer(r"\b(?:tenner|fiver)\b", own, re.IGNORECASE)}
    for match in _NUMBER_WORDS.finditer(own):
        text = match.group(0).strip()
        after = own[match.end():match.end() + 12].lower()
        parts = re.split(r"\s+(?=(?:" + "|".join(k for k in _UNITS_WORDS if _UNITS_WORDS[k] >= 20 and _UNITS_WORDS[k] < 100)
                         + r")\b)", text, flags=re.IGNORECASE)
        if len(parts) == 2 and all(_words_value(p) for p in parts) and _words_value(parts[1]) < 100:
            found.add(_words_value(parts[0]) + _words_value(parts[1]) / 100)  # "thirty-four ninety-nine": £34.99
        value = _words_value(text)
        if value is not None and re.match(r"\s*(?:de\s+)?(?:pesos?|euros?|d[oó]lar(?:es)?|soles|quid|pounds?|dollars?|"
                                          r"bucks?|lucas|rand|rupees?)\b", after):  # ("a twenty-five dollar fee")
            found.add(value * (1000 if after.lstrip().startswith("lucas") else 1))
    return found


def _spelled_numbers(own: str) -> set[Decimal]:
    """Numbers in words, whatever they count: "aguanta dos meses", "thirty days after"."""
    return {value for match in _NUMBER_WORDS.finditer(own)
            if match.group(0).strip().lower() not in ("un", "una", "uno", "y", "and")
            and (value := _words_value(match.group(0))) is not None}


def _implied_amounts(own: str, written: tuple) -> set[Decimal]:
    """Amounts the text states without writing them: "las dos cuotas (2 x 27,50 €)" is 55 €, and "you'll be
    charged £56.00 instead of £140.00" takes £84 off; amounts in words."""
    implied: set[Decimal] = _spelled_amounts(own)
    for m in written:
        times = re.search(r"(\d{1,2})\s*[x×]\s*$", own[max(0, m.start - 8):m.start])
        if times:
            implied |= {int(times.group(1)) * v for v in m.values}
    for a, b in zip(written, written[1:]):  # "both charges ($189 + $42.50)"
        if re.fullmatch(r"\s*(?:\+|and|y|plus|más|mas)\s*", own[a.end:b.start], re.IGNORECASE):
            implied |= {x + y for x in a.values for y in b.values}
    for m in written:
        if re.search(r"\blucas?\b", m.text, re.IGNORECASE):
            implied |= {v * 1000 for v in m.values}  # "20 lucas": 20.000 pesos
    for m in re.finditer(r"\b(medio|un|dos|tres|cuatro|cinco)\s+mill[oó]n(?:es)?\b", own, re.IGNORECASE):
        implied.add(Decimal({"medio": "0.5", "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5}[
            m.group(1).lower()]) * 1_000_000)
    if re.search(r"\b(?:instead of|rather than|en lugar de|en vez de|down from|from)\b", own, re.IGNORECASE):
        for a in written:
            for b in written:
                if a is not b and a.currency == b.currency:
                    implied |= {y - x for x in a.values for y in b.values if y > x}
    return implied


#: Words that say a thing is done already (folded): "ya te mandamos otra", "hoy le arreglamos el rayón".
_ALREADY = re.compile(r"\b(?:ya|hoy|ayer|anoche|recien|hace un rato|esta manana|esta tarde|this morning|today|"
                      r"already|just)\b")


#: "Ya" before a future ("ya te diremos", "ya le llegará"): later, not already.
_YA_LATER = re.compile(r"\bya\s+(?:(?:te|le|les|os|nos|lo|la)\s+)*\w+(?:remos|ran|ra)\b")


def _maybe_to_come(reading: Reading, commitment: cm.Commitment, spec: ActionSpec) -> bool:
    """A Spanish verb that reads as done and as to come alike ("te mandamos otra", "le arreglamos el rayón"), with
    nothing that says it is done already, for an action the agent set for a day to come: a promise, which needs its
    day in the text."""
    due = spec.due_day
    if due is None or due <= reading.today or commitment.sentence >= len(reading.sentences):
        return False
    forms = {(f.tense, f.person) for f in cm._morph().forms(fold(commitment.text).strip())}
    if not {("pres", "1p"), ("pret", "1p")} <= forms:
        return False
    # (a day named, or "ya" in it or the sentence after, tells which: "el 24 de noviembre le transferimos", "le
    # aplicamos un crédito … en la factura del 5 de diciembre", "le dejamos un bono… Ya le llegó al correo")
    sentence = reading.sentences[commitment.sentence].text
    after = reading.sentences[commitment.sentence + 1].text if commitment.sentence + 1 < len(reading.sentences) else ""
    # ("ya te diremos" is a promise to tell, not "already")
    told = _YA_LATER.sub(" ", fold(sentence + " " + after))
    return not (_ALREADY.search(told) or days_named(sentence, reading.today) or
                has_past_time(sentence))


#: What a thing costs them, said as a state: "corre por nuestra cuenta", "it's on us", "sin coste", "no pagás nada".
_ON_US = re.compile(r"\b(?:on us|on the house|por nuestra cuenta|cuenta de la casa|gratis|free|sin (?:coste|costo|cargo)|"
                    r"no (?:extra )?(?:cost|charge)|no (?:\w+ )?pag\w* nada|no (?:te|le|les) (?:va a )?cost\w* nada|"
                    r"you pay nothing|won't (?:pay|cost you) (?:a thing|anything|a cent|a penny))\b")


def _its_cost(reading: Reading, commitment: cm.Commitment) -> bool:
    """What a promise beside it (or just before it) costs them, told as done: in "te vamos a mandar una jarra nueva,
    corre por nuestra cuenta" or "…una licuadora nueva con el courier. No pagás nada.", nothing is done yet, and the
    promise still needs its day (which the sentence does not give)."""
    if commitment.sentence >= len(reading.sentences) or not _ON_US.search(fold(commitment.text)):
        return False
    return not _day_or_hour(reading, commitment.sentence) and any(
        c.status == "promised" and (c.sentence == commitment.sentence or
                                    c.sentence == commitment.sentence - 1 and not _day_or_hour(reading, c.sentence))
        for c in reading.commitments)


def _day_or_hour(reading: Reading, number: int) -> bool:
    """Whether the sentence names a day or an hour."""
    sentence = reading.sentences[number].text
    return has_date(sentence, reading.today) or has_specific_time(sentence)


def _action_reasons(reading: Reading, spec: ActionSpec, kind: ActionKind, language: str,
                    others: list[ActionSpec]) -> list[Reason]:
    name = kind.name("en")  # the sentence is English; the window translates it by its code
    params = {"kind": spec.kind}
    missing = missing_fields(spec, kind)
    if missing:
        labels = ", ".join(FIELD_LABELS[m] for m in missing)
        return [Reason("missing_field", f"The {name.lower()} needs: {labels}.", {**params, "fields": ",".join(missing)})]
    reasons: list[Reason] = []
    own = reading.own
    stating = _stating(reading, spec, kind, others)
    if spec.owner and kind.key not in ("escalation", "answer") and _owner_names(spec) and \
            not _names_owner(fold(own), spec) and not (_names_owner(fold(reading.signed), spec) and
                                                      _I_DID.search(fold(own))):
        # Whoever does it, named in the action, is named to the customer: "Craig, our engineer, comes Tuesday", not
        # "one of our engineers is coming out on Tuesday".
        reasons.append(Reason("owner_not_stated", f"Name the owner in the reply: {spec.owner}.",
                              {**params, "owner": spec.owner}))
    if kind.key == "escalation" and spec.owner:
        names = _owner_names(spec)
        folded = own.casefold()
        if names and not any(re.search(rf"\b{re.escape(part.casefold())}\b", folded) for part in names):
            reasons.append(Reason("owner_not_stated", f"Name the owner in the reply: {spec.owner}.",
                                  {**params, "owner": spec.owner}))
        naming = _naming_owner(reading, names) if names else set()
        if not stating:
            # Nothing said of the escalation itself: what the reply commits to, but not a credit applied elsewhere
            # when the sentences naming its owner (and the ones after them) give no day at all ("I've applied an
            # A$840 credit today. Priyanka is looking into it and will send you her write-up.")
            near = [n for n in naming | {n + 1 for n in naming} if n < len(reading.sentences)]
            undated = naming and not any(_day_or_hour(reading, n) for n in near)
            stating = [c for c in reading.commitments if c.sentence in naming] if undated else reading.commitments
        if names and not any(c.status == "done" or reading.dated(c) for c in stating):
            stating = stating + _owner_on_a_day(reading, naming)
    elif kind.key == "answer":
        description = spec.description or ""
        undated = without_dates(description)
        wanted = numbers(undated)
        if wanted and not wanted & (numbers(own) | _spelled_amounts(own) | _spelled_numbers(own) | _other_clock(own)) or \
                undated != description and not has_date(own, reading.today):
            # The answer's figure or day ("excess R2,500", "resets 6 April") is not in the reply: "it depends on
            # your policy" around it is no answer. (A day may be said as "mañana viernes".)
            reasons.append(_answer_empty())
        elif (_ASKS_WHEN_STRICT.search(description) and not _WHEN_IT_HOLDS.search(fold(description)) or
              _ASKS_DAY.search(description) and not _TELLS.search(description)) and \
                not (has_date(own, reading.today) or has_specific_time(own)):
            reasons.append(_answer_empty())  # asked when, told no day or time: "sujeto a la programación vigente"
        elif _asks_figure(description) and not (money(own) or numbers(_LABELLED.sub(" ", own)) - numbers(description)
                                                or _spelled_amounts(own) or _NO_CHARGE.search(fold(own)) or
                                                re.search(r"\bnothing\b", own, re.IGNORECASE)):
            reasons.append(_answer_empty())  # asked a price, told where to find it: "our uniform shop is the place"
        elif (asked_day := days_named(description, reading.today, relative=False)) and \
                not _ASKS.match(fold(undated)) and not _NAMES_QUESTION.match(description) and \
                not _ABOUT_A_REASON.match(fold(description)) and not _hedged_answer(reading) and \
                not wanted - (numbers(own) | _other_clock(own)) and any(
                    asked_day & days_named(clause, reading.today) for clause in _clauses_of(own)
                    if not _COURTESY.search(clause) and not _HOLLOW_CLAUSE.search(clause)):
            pass  # "Es el domingo 29 a las 18:30" for "el partido es el domingo 29 a las 18:30": the day is the answer
        elif ((crossed := _other_language(description, own)) and not _shares_with(description, own) or
              _informative(reading, skip_actions=bool(others), about="" if crossed else undated) <
              _words_needed(reading, undated, wanted, crossed)) and not _restates(reading, description):
            reasons.append(_answer_empty())
        return reasons
    elif not stating:
        reasons.append(Reason("not_stated", f"The reply does not tell the customer about the {name.lower()}: "
                              f"say what you are doing.", params))
    if spec.amount is not None:
        amount = format_amount(spec.amount, spec.currency, language)
        written = money(own)
        foreign = [m for m in written if spec.amount in m.values and not same_currency(m.currency, spec.currency)]
        if foreign and not any(spec.amount in m.values and m not in foreign for m in written):
            said = foreign[0].text.strip()
            reasons.append(Reason("wrong_amount", f"The reply says {said}, but the {name.lower()} is {amount}: "
                                  "make them agree.", {**params, "written": said, "amount": amount}))
        elif any(spec.amount in m.values for m in written) or FULL_AMOUNT.search(own) and not written or \
                spec.amount in _implied_amounts(own, written):
            pass
        elif written and not any(o.amount in m.values for o in others if o.amount is not None for m in written):
            said = written[0].text.strip()
            reasons.append(Reason("wrong_amount", f"The reply says {said}, but the {name.lower()} is {amount}: "
                                  "make them agree.", {**params, "written": said, "amount": amount}))
        elif spec.amount not in numbers(own):
            reasons.append(Reason("amount_not_stated", f"Add the amount: the {name.lower()} is {amount}.",
                                  {**params, "amount": amount}))
    if kind.due and spec.due is not None and not any(
            not _its_cost(reading, c) and (c.status == "done" and not _maybe_to_come(reading, c, spec) or
                                           reading.dated(c)) for c in stating):
        due = format_day(spec.due, language)
        reasons.append(Reason("date_not_stated", f"Say when: the {name.lower()} is due {due}.",
                              {**params, "date": due}))
    return reasons


def check_reply(text: str, actions: list[ActionSpec], *, limits: dict[str, Any] | None = None,
                extra_dirs: tuple[Path, ...] = (), language: str = "en", today: date | None = None) -> GateResult:
    """Judge a whole reply: its actions are concrete and complete, and its text tells the customer.

    ``limits`` are the author's authority; an action above them does not
    refuse the reply but puts it in ``approval`` (a supervisor must approve).
    ``extra_dirs`` are the supervisor's folders for lexicons and actions.
    """
    lexicon = _default_lexicon(tuple(d / "lexicons" for d in extra_dirs))
    kinds = catalogue(extra_dirs)
    reading = read(text, lexicon, today)
    reasons: list[Reason] = []
    approval: list[Reason] = []
    if not actions:
        reasons.append(Reason("no_structured_action", "Add at least one concrete action (refund, replacement, "
                              "repair, correction...) with what it needs."))
        reasons.extend(r for r in _text_reasons(reading) if r.code != "no_action")
    for spec in actions:
        kind = kinds.get(spec.kind)
        others = [o for o in actions if o is not spec]
        reasons.extend(_action_reasons(reading, spec, kind, language, others))
        ceiling = over_limit(spec, kind, limits or {})
        if ceiling is not None:
            amount = format_amount(spec.amount, spec.currency, language) if spec.amount is not None else ""
            approval.append(Reason("over_limit", f"The {kind.name(language).lower()} of {amount} is above your "
                                   f"limit of {ceiling}; a supervisor must approve it.",
                                   {"kind": spec.kind, "amount": amount, "limit": str(ceiling)}))
    if actions and not reasons and not any(c.status == "done" or reading.dated(c) for c in reading.commitments) \
            and not all(kinds.get(s.kind).key in ("answer", "escalation") for s in actions):
        reasons.extend(_vague_date(reading.flagged)[:1])
    complete = bool(actions) and not any(r.code == "missing_field" for r in reasons)
    return GateResult.of(reasons + _notes(reasons, reading.flagged), reading.flagged, approval, review=complete)
