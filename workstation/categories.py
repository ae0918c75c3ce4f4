"""The complaint taxonomy and the category suggested for each new ticket.

Shipped in ``resources/categories.yaml``; a supervisor's ``categories.yaml``
in the data folder replaces or adds categories. The suggestion counts each
category's phrases in the customer's first message (English and Spanish,
accents and case ignored); the agent confirms or changes it in the queue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from workstation.errors import InvalidInput
from workstation.paths import RESOURCES
from workstation.text import fold


@dataclass(frozen=True)
class Category:
    key: str
    label: dict[str, str]
    pattern: re.Pattern[str]


def _read(path: Path) -> dict[str, object]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InvalidInput(f"{path.name}, line {mark.line + 1 if mark else 1}: not valid YAML.") from exc
    if not isinstance(data, dict):
        raise InvalidInput(f"{path.name}: expected a mapping of categories.")
    return data


@lru_cache(maxsize=4)
def taxonomy(data_dir: Path | None = None) -> dict[str, Category]:
    raw = _read(RESOURCES / "categories.yaml")
    if data_dir is not None and (data_dir / "categories.yaml").is_file():
        raw.update(_read(data_dir / "categories.yaml"))
    categories = {}
    for key, spec in raw.items():
        if not isinstance(spec, dict) or not spec.get("phrases"):
            raise InvalidInput(f"categories.yaml: {key!r} needs phrases.")
        phrases = sorted({fold(str(p)) for p in spec["phrases"]}, key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")
        label = spec.get("label") or {}
        categories[str(key)] = Category(str(key), {str(k): str(v) for k, v in dict(label).items()}, pattern)
    return categories


def suggest(text: str, data_dir: Path | None = None) -> str | None:
    """The category whose phrases the text matches most, or None when none matches."""
    folded = fold(text or "")
    best, best_hits = None, 0
    for key, category in taxonomy(data_dir).items():
        hits = len(category.pattern.findall(folded))
        if hits > best_hits:
            best, best_hits = key, hits
    return best
