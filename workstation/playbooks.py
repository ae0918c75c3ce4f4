"""Playbooks: guided scripts for the moments that decide whether a customer stays.

Each playbook is a YAML file (``resources/playbooks/``, and the supervisor's
own in the data folder's ``playbooks/``, which replace shipped ones with the
same key). A bad file is reported with its name, line and what is wrong, and
the others still load.

A run walks a ticket through the steps. A step is done only when what it
requires is there (a reply sent for "acknowledge", a reply carrying an action
through the resolution gate for "action", a follow-up, a loop-closing
reply...), or with the agent's own words where only a person can tell
("restate", "own"). Skipping a step needs a reason. Every step lands in the
ticket's timeline with its time against the playbook's target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.agents import acting_agent
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput, NotFound
from workstation.paths import RESOURCES
from workstation.store.db import Store
from workstation.store.models import (
    Action,
    Direction,
    Event,
    FollowUp,
    Message,
    Note,
    PlaybookRun,
    Reply,
    ReplyState,
    Ticket,
)
from workstation.text import fold

REQUIREMENTS = {
    "acknowledge": "a reply to the customer",
    "restate": "the problem in the customer's words",
    "own": "what we got wrong, said plainly",
    "action": "a reply that commits to a concrete action",
    "followup": "a follow-up with a date",
    "notify_owner": "an internal note naming who fixes the cause",
    "close_loop": "the loop-closing message to the customer",
    "none": "nothing",
}
#: Requirements a person states in words (the step's evidence); the others are checked in the store.
STATED = ("restate", "own")
LANGUAGES = ("en", "es")
#: libyaml's parser where PyYAML has it (ten times faster; the window reads playbooks on a worker
#: that shares the interpreter with the GUI thread).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Step:
    key: str
    title: dict[str, str]
    guidance: dict[str, str]
    requires: str
    within_minutes: int | None = None
    optional: bool = False

    def text(self, field_name: str, language: str) -> str:
        values: dict[str, str] = getattr(self, field_name)
        return values.get(language) or values.get("en") or ""


@dataclass(frozen=True)
class Playbook:
    key: str
    title: dict[str, str]
    keywords: dict[str, tuple[str, ...]]
    categories: tuple[str, ...]
    min_customer_messages: int | None
    targets: dict[str, int]
    steps: tuple[Step, ...]
    path: Path | None = None

    def name(self, language: str = "en") -> str:
        return self.title.get(language) or self.title.get("en") or self.key

    def step(self, key: str) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise NotFound(f"The playbook {self.key!r} has no step {key!r}.")


@dataclass(frozen=True)
class Problem:
    """What is wrong in a playbook file, where."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path.name}, line {self.line}: {self.message}"


@dataclass
class Library:
    playbooks: dict[str, Playbook] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def get(self, key: str) -> Playbook:
        try:
            return self.playbooks[key]
        except KeyError:
            raise NotFound(f"There is no playbook {key!r}.", hint=f"Playbooks: {', '.join(self.playbooks)}.",
                           code="no_playbook", params={"playbook": key}) from None


# --- reading and checking ---------------------------------------------------------------


class _Checker:
    """Walks the YAML node tree so each problem names the line it is on."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def fail(self, node: yaml.Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(Problem(self.path, line, message))

    @staticmethod
    def items(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        return {str(k.value): (k, v) for k, v in node.value}

    def mapping(self, node: yaml.Node | None, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping (key: value lines).")
            return None
        return self.items(node)

    def text(self, node: yaml.Node | None, what: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            self.fail(node, f"{what} must be a non-empty text.")
            return None
        return str(node.value)

    def languages(self, node: yaml.Node | None, what: str) -> dict[str, str]:
        values = self.mapping(node, what)
        if values is None:
            return {}
        out = {}
        for lang in LANGUAGES:
            if lang not in values:
                self.fail(node, f"{what} needs an {lang!r} text (English and Spanish).")
                continue
            text = self.text(values[lang][1], f"{what} ({lang})")
            if text is not None:
                out[lang] = text
        return out

    def check(self, root: yaml.Node | None) -> Playbook | None:
        top = self.mapping(root, "A playbook")
        if top is None:
            return None
        for required in ("key", "title", "when", "steps"):
            if required not in top:
                self.fail(root, f"the playbook has no {required!r}.")
        known = {"key", "title", "when", "targets", "steps"}
        for name, (key_node, _) in top.items():
            if name not in known:
                self.fail(key_node, f"unknown field {name!r}; a playbook has {', '.join(sorted(known))}.")
        key = self.text(top["key"][1], "key") if "key" in top else None
        if key is not None and not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            self.fail(top["key"][1], f"the key {key!r} must be lower-case letters, digits and _.")
        title = self.languages(top["title"][1], "title") if "title" in top else {}
        keywords: dict[str, tuple[str, ...]] = {}
        categories: tuple[str, ...] = ()
        min_messages = None
        if "when" in top:
            when = self.mapping(top["when"][1], "when")
            if when is not None:
                if "keywords" in when:
                    per_lang = self.mapping(when["keywords"][1], "when.keywords")
                    for lang, (_, value) in (per_lang or {}).items():
                        if not isinstance(value, yaml.SequenceNode):
                            self.fail(value, f"when.keywords.{lang} must be a list of phrases.")
                            continue
                        keywords[lang] = tuple(str(v.value) for v in value.value if isinstance(v, yaml.ScalarNode))
                if "categories" in when:
                    value = when["categories"][1]
                    if isinstance(value, yaml.SequenceNode):
                        categories = tuple(str(v.value) for v in value.value)
                    else:
                        self.fail(value, "when.categories must be a list.")
                if "min_customer_messages" in when:
                    min_messages = self.number(when["min_customer_messages"][1], "when.min_customer_messages")
                if not keywords and not categories and min_messages is None:
                    self.fail(top["when"][1], "when needs keywords, categories or min_customer_messages.")
        targets: dict[str, int] = {}
        if "targets" in top:
            for name, (_, value) in (self.mapping(top["targets"][1], "targets") or {}).items():
                number = self.number(value, f"targets.{name}")
                if number is not None:
                    targets[name] = number
        steps = self.steps(top["steps"][1]) if "steps" in top else ()
        if self.problems or key is None:
            return None
        return Playbook(key, title, keywords, categories, min_messages, targets, steps, self.path)

    def number(self, node: yaml.Node, what: str) -> int | None:
        if isinstance(node, yaml.ScalarNode) and str(node.value).isdigit() and int(node.value) > 0:
            return int(node.value)
        self.fail(node, f"{what} must be a whole number above zero.")
        return None

    def steps(self, node: yaml.Node) -> tuple[Step, ...]:
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.fail(node, "steps must be a non-empty list.")
            return ()
        steps, seen = [], set()
        for item in node.value:
            fields = self.mapping(item, "A step")
            if fields is None:
                continue
            key = self.text(fields["key"][1], "step key") if "key" in fields else None
            if key is None:
                self.fail(item, "a step needs a 'key'.")
                continue
            if key in seen:
                self.fail(fields["key"][1], f"the step {key!r} appears twice.")
            seen.add(key)
            requires = str(fields["requires"][1].value) if "requires" in fields else "none"
            if requires not in REQUIREMENTS:
                self.fail(fields["requires"][1], f"the step {key!r} requires {requires!r}, which is not one of "
                          f"{', '.join(REQUIREMENTS)}.")
            within = self.number(fields["within_minutes"][1], f"{key}.within_minutes") \
                if "within_minutes" in fields else None
            optional = str(fields["optional"][1].value).lower() == "true" if "optional" in fields else False
            title = self.languages(fields["title"][1], f"{key}.title") if "title" in fields else {}
            guidance = self.languages(fields["guidance"][1], f"{key}.guidance") if "guidance" in fields else {}
            if "title" not in fields or "guidance" not in fields:
                self.fail(item, f"the step {key!r} needs a title and guidance in English and Spanish.")
            steps.append(Step(key, title, guidance, requires, within, optional))
        return tuple(steps)


def check_text(text: str, path: Path) -> tuple[Playbook | None, list[Problem]]:
    """Read one playbook's YAML; the playbook, or the problems with their lines."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [Problem(path, (mark.line + 1) if mark else 1, f"not valid YAML: {problem}.")]
    checker = _Checker(path)
    playbook = checker.check(root)
    return playbook, checker.problems


# --- the editor's form: the same YAML, written back as the shipped files are --------------------------


#: How the shipped playbooks are written (PyYAML's block style at this width): a playbook edited in the
#: form and saved reads like them, and one opened and saved unchanged comes back byte for byte.
DUMP_WIDTH = 110


def split_header(text: str) -> tuple[str, str]:
    """The comment lines at the top of a playbook file (kept as they are), and the rest."""
    lines = text.splitlines(keepends=True)
    count = 0
    while count < len(lines) and (lines[count].startswith("#") or not lines[count].strip()):
        count += 1
    return "".join(lines[:count]), "".join(lines[count:])


def form_data(text: str) -> dict[str, Any] | None:
    """A playbook's YAML as plain data for the form; None when it is not YAML holding a mapping (the raw
    text is then the only way to fix it)."""
    try:
        data = yaml.load(split_header(text)[1], Loader=_LOADER)
    except yaml.YAMLError:
        return None
    return data if isinstance(data, dict) else None


def form_text(data: dict[str, Any], header: str = "") -> str:
    """The YAML of what the form holds, with the file's header comments in front."""
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=DUMP_WIDTH)


def check_file(path: Path) -> tuple[Playbook | None, list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(path, 1, f"cannot be read ({exc}).")]
    return check_text(text, path)


def user_folder(data_dir: Path) -> Path:
    return data_dir / "playbooks"


def save_user_playbook(data_dir: Path, text: str) -> Path:
    """Write a supervisor's playbook beside the shipped ones (same key replaces a shipped one); only a
    valid one is written, and atomically."""
    playbook, problems = check_text(text, Path("playbook.yaml"))
    if playbook is None:
        raise InvalidInput("The playbook has problems: " + "; ".join(str(p) for p in problems))
    folder = user_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{playbook.key}.yaml"
    partial = target.with_suffix(".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
    return target


def sources(data_dir: Path | None, language: str = "en") -> list[tuple[str, str]]:
    """(title in ``language``, YAML text) of every playbook that loads, for the editor."""
    return [(f"{p.name(language)} ({key})", p.path.read_text(encoding="utf-8"))
            for key, p in load(data_dir).playbooks.items() if p.path is not None]


def load(data_dir: Path | None = None) -> Library:
    """Shipped playbooks, then the supervisor's (which replace shipped ones of the same key).

    Read again only when a file changed (the guide asks on every ticket selected).
    """
    folders = [RESOURCES / "playbooks"] + ([user_folder(data_dir)] if data_dir is not None else [])
    files = tuple((path, path.stat().st_mtime_ns) for folder in folders if folder.is_dir()
                  for path in sorted(folder.glob("*.yaml")))
    return _load(files)


@lru_cache(maxsize=8)
def _load(files: tuple[tuple[Path, int], ...]) -> Library:
    library = Library()
    for path, _mtime in files:
        playbook, problems = check_file(path)
        library.problems.extend(problems)
        if playbook is not None:
            library.playbooks[playbook.key] = playbook
    return library


# --- which playbook fits a ticket ----------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    key: str
    score: int
    matched: tuple[str, ...]


def suggest(library: Library, text: str, *, category: str | None = None,
            customer_messages: int = 1) -> list[Suggestion]:
    """Playbooks that fit, best first: keyword phrases found (either language), category, repeated contact."""
    folded = fold(text)
    found = []
    for playbook in library.playbooks.values():
        matched = [phrase for phrases in playbook.keywords.values() for phrase in phrases
                   if re.search(rf"(?<!\w){re.escape(fold(phrase))}(?!\w)", folded)]
        score = len(matched)
        if category and category in playbook.categories:
            score += 2
        if playbook.min_customer_messages and customer_messages >= playbook.min_customer_messages:
            score += 3
        elif playbook.min_customer_messages and not matched:
            score = 0
        if score > 0:
            found.append(Suggestion(playbook.key, score, tuple(matched)))
    return sorted(found, key=lambda s: -s.score)


def suggest_for_ticket(store: Store, library: Library, ticket_id: int) -> list[Suggestion]:
    """The playbooks that fit this ticket, best first."""
    with store.read() as session:
        return _suggest(session, library, ticket_id)


def _suggest(session: Session, library: Library, ticket_id: int) -> list[Suggestion]:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound(f"There is no ticket #{ticket_id}.", code="no_ticket", params={"ticket": str(ticket_id)})
    inbound = list(session.execute(select(Message.subject, Message.body_text).where(
        Message.ticket_id == ticket_id, Message.direction == Direction.INBOUND, Message.is_auto.is_(False))))
    text = " ".join(f"{s or ''} {b or ''}" for s, b in inbound) or ticket.subject
    return suggest(library, text, category=ticket.category, customer_messages=len(inbound))


# --- runs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepState:
    key: str
    state: str  # "todo", "done", "skipped"
    at: str | None
    note: str | None
    minutes: int | None  # from the ticket's opening, when it was done
    late: bool
    ticket_id: int | None = None  # set when a step is recorded: the ticket whose timeline shows it

    @property
    def changes(self) -> ChangeSet:
        """What recording the step changed: its ticket (the timeline's new event)."""
        return ChangeSet.of(tickets=() if self.ticket_id is None else (self.ticket_id,))


@dataclass(frozen=True)
class Started:
    run_id: int
    ticket_id: int

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.of(tickets=(self.ticket_id,))


def start(store: Store, ticket_id: int, key: str, *, actor: str | None = None,
          data_dir: Path | None = None) -> Started:
    """Start ``key`` on the ticket (or return the run already under way)."""
    library = load(data_dir or store.location.data_dir)
    playbook = library.get(key)
    with store.session() as session:
        agent = acting_agent(session, actor)
        if session.get(Ticket, ticket_id) is None:
            raise NotFound(f"There is no ticket #{ticket_id}.", code="no_ticket", params={"ticket": str(ticket_id)})
        existing = session.scalar(select(PlaybookRun.id).where(PlaybookRun.ticket_id == ticket_id,
                                                               PlaybookRun.playbook_key == key,
                                                               PlaybookRun.completed_at.is_(None)))
        if existing is not None:
            return Started(existing, ticket_id)
        run = PlaybookRun(playbook_key=key, ticket_id=ticket_id, steps={})
        session.add(run)
        session.flush()
        session.add(Event(ticket_id=ticket_id, actor=agent.name, kind="playbook_started",
                          data={"run": run.id, "playbook": key, "title": playbook.name()}))
        return Started(run.id, ticket_id)


def _requirement_met(session: Session, ticket: Ticket, requires: str, evidence: str | None) -> bool:
    replies = select(func.count()).select_from(Reply).where(
        Reply.ticket_id == ticket.id, Reply.state.not_in([ReplyState.DRAFT, ReplyState.FAILED]))
    if requires == "none":
        return True
    if requires in STATED:
        return bool(evidence and evidence.strip())
    if requires == "acknowledge":
        return bool(session.scalar(replies)) or ticket.first_response_at is not None
    if requires == "action":
        return bool(session.scalar(select(func.count()).select_from(Action).where(
            Action.ticket_id == ticket.id, Action.reply_id.is_not(None))))
    if requires == "followup":
        return bool(session.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.ticket_id == ticket.id)))
    if requires == "notify_owner":
        return bool(session.scalar(select(func.count()).select_from(Note).where(Note.ticket_id == ticket.id))) \
            or bool(evidence and evidence.strip())
    if requires == "close_loop":
        return bool(session.scalar(replies.where(Reply.purpose == "close_loop")))
    return False


def complete_step(store: Store, run_id: int, step_key: str, *, evidence: str | None = None,
                  actor: str | None = None, now: datetime | None = None) -> StepState:
    """Mark a step done; refused, with what is missing in one sentence, until its requirement holds."""
    now = now or datetime.now(UTC)
    with store.session() as session:
        agent = acting_agent(session, actor)
        run, playbook, ticket = _run(session, store, run_id)
        step = playbook.step(step_key)
        if not _requirement_met(session, ticket, step.requires, evidence):
            # The step's title in both languages (the Spanish sentence says %step_es), and what it needs as a
            # fact of its own (``needs_<requirement>``), so the window says all of it in its language.
            raise InvalidInput(f"“{step.text('title', 'en')}” is not done yet: it needs "
                               f"{REQUIREMENTS[step.requires]}.", code="step_not_done",
                               params={"step": step.text("title", "en"), "step_es": step.text("title", "es"),
                                       "needs": {"text": REQUIREMENTS[step.requires],
                                                 "code": f"needs_{step.requires}"}})
        minutes = int((now - ticket.created_at).total_seconds() // 60)
        late = step.within_minutes is not None and minutes > step.within_minutes
        steps = dict(run.steps or {})
        steps[step_key] = {"state": "done", "at": now.isoformat(), "note": evidence, "minutes": minutes,
                           "late": late}
        run.steps = steps
        _maybe_complete(run, playbook, now)
        session.add(Event(ticket_id=ticket.id, actor=agent.name, kind="playbook_step_done",
                          data={"run": run.id, "playbook": playbook.key, "step": step_key, "minutes": minutes,
                                "target": step.within_minutes, "late": late, "what": step.text("title", "en"),
                                "reason": evidence}))
        return StepState(step_key, "done", now.isoformat(), evidence, minutes, late, ticket.id)


def skip_step(store: Store, run_id: int, step_key: str, reason: str, *, actor: str | None = None) -> StepState:
    if not reason or not reason.strip():
        raise InvalidInput("Skipping a step needs a reason (it goes in the timeline).", code="skip_needs_reason")
    now = datetime.now(UTC)
    with store.session() as session:
        agent = acting_agent(session, actor)
        run, playbook, ticket = _run(session, store, run_id)
        step = playbook.step(step_key)
        steps = dict(run.steps or {})
        steps[step_key] = {"state": "skipped", "at": now.isoformat(), "note": reason.strip(), "minutes": None,
                           "late": False}
        run.steps = steps
        _maybe_complete(run, playbook, now)
        session.add(Event(ticket_id=ticket.id, actor=agent.name, kind="playbook_step_skipped",
                          data={"run": run.id, "playbook": playbook.key, "step": step_key,
                                "what": step.text("title", "en"), "reason": reason.strip()}))
        return StepState(step_key, "skipped", now.isoformat(), reason.strip(), None, False, ticket.id)


def _run(session: Session, store: Store, run_id: int) -> tuple[PlaybookRun, Playbook, Ticket]:
    run = session.get(PlaybookRun, run_id)
    if run is None or run.ticket_id is None:
        raise NotFound(f"There is no playbook run #{run_id}.", code="no_playbook_run", params={"run": str(run_id)})
    ticket = session.get(Ticket, run.ticket_id)
    assert ticket is not None
    return run, load(store.location.data_dir).get(run.playbook_key), ticket


def _maybe_complete(run: PlaybookRun, playbook: Playbook, now: datetime) -> None:
    states = run.steps or {}
    if all(s.key in states or s.optional for s in playbook.steps):
        run.completed_at = run.completed_at or now


@dataclass(frozen=True)
class Guide:
    """A ticket's guide: the playbooks that fit it, and the run under way (or the last one) with its steps."""

    suggestions: list[Suggestion]
    run_id: int | None
    playbook: Playbook | None
    steps: list[StepState]


def guide(store: Store, library: Library, ticket_id: int) -> Guide:
    with store.read() as session:
        runs = [r for r in _runs_for(session, ticket_id) if r.playbook_key in library.playbooks]
        run = next((r for r in reversed(runs) if r.completed_at is None), runs[-1] if runs else None)
        suggestions = _suggest(session, library, ticket_id)
        playbook = library.playbooks[run.playbook_key] if run is not None else None
        steps = states(run, playbook) if run is not None and playbook is not None else []
    return Guide(suggestions, run.id if run else None, playbook, steps)


def _runs_for(session: Session, ticket_id: int) -> list[PlaybookRun]:
    return list(session.scalars(select(PlaybookRun).where(PlaybookRun.ticket_id == ticket_id)
                                .order_by(PlaybookRun.id)))


def states(run: PlaybookRun, playbook: Playbook) -> list[StepState]:
    out = []
    for step in playbook.steps:
        raw: dict[str, Any] = (run.steps or {}).get(step.key) or {}
        out.append(StepState(step.key, raw.get("state", "todo"), raw.get("at"), raw.get("note"), raw.get("minutes"),
                             bool(raw.get("late"))))
    return out
