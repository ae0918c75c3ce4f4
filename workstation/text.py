"""Small text helpers shared by the matchers (playbooks, categories)."""

from __future__ import annotations

import unicodedata


class _WithoutMarks(dict[int, int | None]):
    """str.translate table dropping combining marks, filled as characters are first met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def fold(text: str) -> str:
    """Lower case without accents, so "caída" matches "caida"."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered  # nothing to decompose
    return unicodedata.normalize("NFKD", lowered).translate(_WITHOUT_MARKS)
