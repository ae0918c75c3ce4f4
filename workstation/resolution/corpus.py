"""Judge a corpus of replies with a gate and count how often it agrees with the people who wrote them.

A corpus folder holds ``<lang>_text.yaml`` (replies judged on their text:
``verdict: concrete|noncommittal``) and ``<lang>_actions.yaml`` (replies
with structured actions: ``expect: accept|refuse``). Used by the tests (the
targets), by ``benchmarks/gate_bench.py`` (today's gate against an earlier
one, on the same replies) and by hand while working on the gate.
"""

from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

#: The day the corpus was written for: "yesterday" and "on 19 November" are read against it.
WRITTEN_ON = date(2026, 11, 26)

#: Text-only replies whose concrete content is an answer, not an action: without a structured ``answer``
#: action no gate can tell them from a policy quoted or instructions given, so the text target leaves them out.
#: Writers label them in their own words ("answer", "direct_answer", "respuesta_directa"): a concrete reply
#: whose family names an answer is one.
ANSWER_WORDS = re.compile(r"answer|respuesta")


def is_answer(item: dict[str, Any]) -> bool:
    return item.get("verdict") == "concrete" and ANSWER_WORDS.search(str(item.get("family", ""))) is not None


@dataclass
class Tally:
    concrete: int = 0
    concrete_accepted: int = 0
    noncommittal: int = 0
    noncommittal_refused: int = 0
    actions_accept: int = 0
    actions_accepted: int = 0
    actions_refuse: int = 0
    actions_refused: int = 0
    misses: list[tuple[str, str, Any]] = field(default_factory=list)

    @property
    def concrete_share(self) -> float:
        return self.concrete_accepted / self.concrete if self.concrete else 1.0

    @property
    def noncommittal_share(self) -> float:
        return self.noncommittal_refused / self.noncommittal if self.noncommittal else 1.0

    def line(self, label: str) -> str:
        return (f"{label}: concrete accepted {self.concrete_accepted}/{self.concrete} "
                f"({100 * self.concrete_share:.1f}%), non-committal refused {self.noncommittal_refused}/"
                f"{self.noncommittal} ({100 * self.noncommittal_share:.1f}%); with actions: accepted "
                f"{self.actions_accepted}/{self.actions_accept}, refused {self.actions_refused}/{self.actions_refuse}")


def load(folder: Path) -> dict[str, list[dict[str, Any]]]:
    items: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(folder.glob("*.yaml")):
        items[path.stem] = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return items


def judge(folder: Path, check_text: Callable[[str], Any], check_reply: Callable[..., Any],
          action_from_dict: Callable[[dict[str, Any]], Any], *, answers: bool = False) -> Tally:
    """Run both kinds of item through the gate's functions; ``answers`` keeps answer-only texts in."""
    tally = Tally()
    for name, items in load(folder).items():
        language = name.split("_")[0]
        for item in items:
            if name.endswith("_text"):
                if is_answer(item) and not answers:
                    continue
                accepted = check_text(item["text"], today=WRITTEN_ON).accepted
                if item["verdict"] == "concrete":
                    tally.concrete += 1
                    tally.concrete_accepted += accepted
                else:
                    tally.noncommittal += 1
                    tally.noncommittal_refused += not accepted
                if accepted != (item["verdict"] == "concrete"):
                    tally.misses.append((item["id"], item["verdict"], item.get("family")))
            else:
                actions = [action_from_dict(a) for a in item.get("actions") or []]
                result = check_reply(item["text"], actions, language=language, today=WRITTEN_ON)
                if item["expect"] == "accept":
                    tally.actions_accept += 1
                    tally.actions_accepted += result.accepted
                else:
                    tally.actions_refuse += 1
                    tally.actions_refused += not result.accepted
                if result.accepted != (item["expect"] == "accept"):
                    tally.misses.append((item["id"], item["expect"], [r.code for r in result.details]
                                         or item.get("why")))
    return tally
