"""Spell-checking in the composer, where the platform offers it.

It uses Enchant (with Hunspell dictionaries) through pyenchant when the
system has the library and a dictionary for the reply's language; without
them the composer simply does not underline, and says nothing is wrong.
``./mostrador start`` installs them on Debian (libenchant-2-2,
hunspell-en-us, hunspell-es).
"""

from __future__ import annotations

import re
from typing import Any

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
DICTIONARIES = {"es": ("es_ES", "es_MX", "es_AR", "es_US"), "en": ("en_US", "en_GB")}
#: Abbreviations Mostrador itself writes (the resolution panel's "(ref. RF-1001)") that some dictionaries lack.
ABBREVIATIONS = frozenset({"ref"})


class Speller:
    """Finds misspelled words; ``available`` is False where the platform has no spell-checker."""

    def __init__(self, language: str) -> None:
        self._dict: Any = None
        try:
            import enchant  # type: ignore[import-untyped]
        except (ImportError, OSError):  # no pyenchant, or no libenchant on the system
            return
        for tag in DICTIONARIES.get(language, (language,)):
            try:
                if enchant.dict_exists(tag):
                    self._dict = enchant.Dict(tag)
                    return
            except enchant.errors.Error:
                continue

    @property
    def available(self) -> bool:
        return self._dict is not None

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        if self._dict is None:
            return []
        spans = []
        for match in WORD.finditer(text):
            word = match.group(0)
            if len(word) < 2 or word.isupper():
                continue  # initials and acronyms (IBAN, SEPA)
            if word.lower() in ABBREVIATIONS and text[match.end():match.end() + 1] == ".":
                continue
            if not self._dict.check(word):
                spans.append((match.start(), match.end()))
        return spans

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        return list(self._dict.suggest(word))[:limit] if self._dict is not None else []
