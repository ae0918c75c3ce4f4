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

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Category:
    key: str
    label: dict[str, str]
    pattern: re.Pattern[str]  # the definition: findall on folded text counts the category's phrases
    phrases: tuple[str, ...] = ()  # folded, longest first: the pattern's own order


class _Index:
    """The phrases of every category by their first word, to count them all in one pass over the words.

    Counts what each category's pattern counts with findall: matches start where a word starts (the
    pattern's look-behind), each category's matches do not overlap, and at one place the first of its
    phrases in the pattern's order that ends where a word ends wins. Categories with a phrase that does
    not begin with a word character keep their pattern.
    """

    def __init__(self, categories: list[Category]) -> None:
        self.categories = categories
        self.by_word: dict[str, list[tuple[int, list[str]]]] = {}
        self.by_pattern: list[int] = []
        for index, category in enumerate(categories):
            if not category.phrases or any(not _WORD.match(p) for p in category.phrases):
                self.by_pattern.append(index)
                continue
            grouped: dict[str, list[str]] = {}
            for phrase in category.phrases:
                grouped.setdefault(_WORD.match(phrase).group(), []).append(phrase)  # type: ignore[union-attr]
            for word, phrases in grouped.items():
                self.by_word.setdefault(word, []).append((index, phrases))

    def counts(self, folded: str) -> list[int]:
        counts = [0] * len(self.categories)
        free_from = [0] * len(self.categories)  # where each category's next match may start
        length = len(folded)
        for word in _WORD.finditer(folded):
            candidates = self.by_word.get(word.group())
            if candidates is None:
                continue
            start = word.start()
            for index, phrases in candidates:
                if start < free_from[index]:
                    continue
                for phrase in phrases:
                    end = start + len(phrase)
                    if folded.startswith(phrase, start) and (end == length or not _WORD.match(folded, end)):
                        counts[index] += 1
                        free_from[index] = end
                        break
        for index in self.by_pattern:
            counts[index] = len(self.categories[index].pattern.findall(folded))
        return counts


def _read(path: Path) -> dict[str, object]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = str(mark.line + 1 if mark else 1)
        raise InvalidInput(f"{path.name}, line {line}: not valid YAML.", code="categories_not_yaml",
                           params={"file": path.name, "line": line}) from exc
    if not isinstance(data, dict):
        raise InvalidInput(f"{path.name}: expected a mapping of categories.", code="categories_not_mapping",
                           params={"file": path.name})
    return data


@lru_cache(maxsize=4)
def taxonomy(data_dir: Path | None = None) -> dict[str, Category]:
    raw = _read(RESOURCES / "categories.yaml")
    if data_dir is not None and (data_dir / "categories.yaml").is_file():
        raw.update(_read(data_dir / "categories.yaml"))
    categories = {}
    for key, spec in raw.items():
        if not isinstance(spec, dict) or not spec.get("phrases"):
            raise InvalidInput(f"categories.yaml: {key!r} needs phrases.", code="category_without_phrases",
                               params={"category": str(key)})
        phrases = sorted({fold(str(p)) for p in spec["phrases"]}, key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")
        label = spec.get("label") or {}
        categories[str(key)] = Category(str(key), {str(k): str(v) for k, v in dict(label).items()}, pattern,
                                        tuple(phrases))
    return categories


@lru_cache(maxsize=4)
def _index(data_dir: Path | None) -> _Index:
    return _Index(list(taxonomy(data_dir).values()))


def suggest(text: str, data_dir: Path | None = None) -> str | None:
    """The category whose phrases the text matches most, or None when none matches."""
    index = _index(data_dir)
    best, best_hits = None, 0
    for category, hits in zip(index.categories, index.counts(fold(text or "")), strict=True):
        if hits > best_hits:
            best, best_hits = category.key, hits
    return best
