"""fold: lower case without combining marks, however the text is made."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from workstation.text import fold


def _by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_accents_go_and_other_letters_stay() -> None:
    assert fold("¿Cuándo llegará el REEMBOLSO? Ñandú, über, façade") == "¿cuando llegara el reembolso? nandu, uber, facade"
    assert fold("Ωμέγα и Йогурт, 東京") == "ωμεγα и иогурт, 東京"
    assert fold("plain ascii") == "plain ascii"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_same_as_the_definition_for_any_text(text: str) -> None:
    assert fold(text) == _by_definition(text)


@given(st.lists(st.sampled_from(["a", "e", "n", " ", "\u0301", "\u0303", "\u0308", "\u05b0", "\u093c", "ß", "Ǆ"]),
                max_size=60))
def test_same_as_the_definition_with_many_marks(chars: list[str]) -> None:
    text = "".join(chars)
    assert fold(text) == _by_definition(text)
