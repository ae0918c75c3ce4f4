"""Small text helpers shared by the matchers (playbooks, categories)."""

from __future__ import annotations

import re
import unicodedata


class _WithoutMarks(dict[int, int | None]):
    """Each character's code, or None for a combining mark: learnt as characters are first met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lower case without accents, so "caída" matches "caida"."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", lowered)
    # Translating every character costs tens of microseconds a message; the marks present are few
    # (an acute accent, a tilde), found among the non-ASCII characters and removed by str.replace.
    for mark in set(_NON_ASCII.findall(decomposed)):
        if _WITHOUT_MARKS[ord(mark)] is None:
            decomposed = decomposed.replace(mark, "")
    return decomposed
