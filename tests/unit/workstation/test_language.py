"""The language of the customer's own words, on real-looking support mail in Spanish and English."""

from __future__ import annotations

import pytest

from workstation.language import detect, own_words
from workstation.store.search import Matcher

SAMPLES = [
    ("es", "Hola, el pedido 4512 todavía no ha llegado. ¿Podéis mirarlo? Gracias, Ana"),
    ("es", "Me habeis cobrado dos veces la factura de octubre, quiero que me lo devolvais"),  # no accents typed
    ("es", "buenas tardes, el router se reinicia solo cada hora desde ayer"),
    ("es", "No me funciona la app"),
    ("en", "Hi, my order 4512 still hasn't arrived. Could you check it please? Thanks, Tom"),
    ("en", "You charged me twice for the October invoice and I want a refund"),
    ("en", "the router keeps rebooting every hour since yesterday"),
    ("en", "The app is not working for me"),
    # The customer answers in English below our Spanish reply (quoted, or under "El ... escribió:").
    ("en", "Thanks, but the parcel has not arrived yet.\n\nEl lun, 2 nov 2026, Soporte escribió:\n"
           "> Hola, su pedido está en camino y llegará el jueves. Un saludo."),
    ("en", "It is still broken.\n> Hola, ¿nos puede decir qué modelo de router tiene y desde cuándo falla?"),
    # And in Spanish below an English one, with an Outlook header block and a signature.
    ("es", "Sigue sin llegar, es la tercera vez que os escribo.\n\n-----Original Message-----\nFrom: Support\n"
           "Sent: Monday\nSubject: Your order\nHello, your order is on its way and will arrive on Thursday."),
    ("es", "Ya está arreglado, gracias.\n-- \nThe Best Company Ltd, registered in England and Wales"),
]


@pytest.mark.parametrize(("expected", "text"), SAMPLES)
def test_the_customers_own_language_is_found(expected: str, text: str) -> None:
    assert detect(text) == expected


def test_too_little_to_tell_says_nothing() -> None:
    assert detect("PED-4512 / 45,90 EUR") is None
    assert detect("") is None
    assert detect("ok") is None


def test_quoted_text_and_signatures_are_not_the_customers_words() -> None:
    words = own_words("Vale.\n> quoted line\nOn Mon, 2 Nov 2026, Support wrote:\n> more")
    assert words == "Vale."


def test_matching_is_by_whole_words_accent_folded_with_phrases_in_order() -> None:
    phrase = Matcher('"no carga"')
    assert phrase("La página NO CARGA desde ayer") and phrase("no cargá")
    assert not phrase("now the cargador") and not phrase("carga no") and not phrase("no sé si carga")
    words = Matcher("no carga")
    assert words("carga, no") and not words("nocarga") and not words("now cargador")
    assert Matcher("cafe")("Un CAFÉ frío") and not Matcher("")("anything")
