"""The category suggestion counts in one pass over the words exactly what each category's pattern counts."""

from __future__ import annotations

import random
from pathlib import Path

from workstation.categories import Category, _Index, suggest, taxonomy
from workstation.text import fold


def by_pattern(categories: list[Category], folded: str) -> list[int]:
    return [len(category.pattern.findall(folded)) for category in categories]


def test_shipped_taxonomy_counts_like_its_patterns() -> None:
    categories = list(taxonomy(None).values())
    index = _Index(categories)
    assert not index.by_pattern  # every shipped phrase starts with a word: all counted by the index
    phrases = [p for c in categories for p in c.phrases]
    glue = ["", " ", "  ", ", ", "-", "_", "x", "s", "ed", "'", ".\n", "ñ", "é", "2", "no ", "can't "]
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(phrases) + rnd.choice(glue) for _ in range(rnd.randint(1, 12)))
        folded = fold(text)
        assert index.counts(folded) == by_pattern(categories, folded), folded


def test_overlapping_phrases_and_odd_phrases_from_a_supervisors_file(tmp_path: Path) -> None:
    (tmp_path / "categories.yaml").write_text(
        "pricing:\n  label: {en: Pricing}\n  phrases: [price, price increase, increase, $99, charge]\n"
        "billing:\n  label: {en: Billing}\n  phrases: [charge, charged twice, twice]\n", encoding="utf-8")
    categories = list(taxonomy(tmp_path).values())
    index = _Index(categories)
    assert [categories[i].key for i in index.by_pattern] == ["pricing"]  # "$99" starts with no word character
    for text in ("price increase increase", "charged twice, twice charge", "$99 price", "recharge chargeback charge",
                 "price increased", "charge\ncharge_charge"):
        folded = fold(text)
        assert index.counts(folded) == by_pattern(categories, folded), text
    assert suggest("they charged twice and then twice more", tmp_path) == "billing"


def test_suggestions_read_like_a_person_would() -> None:
    assert suggest("Me han cobrado dos veces la factura") == "billing"
    assert suggest("The courier left my parcel at the wrong address") == "delivery"
    assert suggest("Llevo tres días SIN SERVICIO, caída total") == "service_outage"
    assert suggest("Hello there") is None
