"""Which language a customer writes in: Spanish or English, from their own words.

A small field-made heuristic rather than a statistical model: the most common
function words of each language (articles, prepositions, pronouns, the verbs
"to be" and "to have") and the characters only Spanish uses (ñ, ¿, ¡, accented
vowels). Support mail is short and full of names, order numbers and product
words that belong to neither language; function words are what is left of a
language in a two-line message. Quoted text (lines starting with ">", and
everything below "On ... wrote:", "El ... escribió:" or a forwarded header
block) and signatures are stripped first, so an English customer answering a
Spanish reply is read as English.

Returns None when the text gives too little evidence either way.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "es")

_FUNCTION_WORDS = {
    "es": frozenset("""
        de la que el en y los del se las por un para con no una su al lo como más pero sus le ya o este sí
        porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante
        todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra
        él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros mi mis
        tú te ti tu tus ellas nosotras vosotros os mío mía tuyo suyo nuestro nuestra esos esas estoy está
        estamos están estaba he ha hemos han había sido es son era fue tengo tiene tenemos tienen tenía
        hola gracias buenos buenas días tardes saludos favor usted ustedes pedido todavía aún ningún
        ninguna nunca ayer hoy mañana semana llegado sigo sigue quiero puedo pueden necesito
    """.split()),
    "en": frozenset("""
        the of and to in is you that it he was for on are as with his they at be this have from or one had
        by but not what all were we when your can said there use an each which she do how their if will up
        other about out many then them these so some her would make like him into has look two more
        go see no way could my than been who its now did get come made may part i me am our us
        hello hi thanks thank please dear regards still yet yesterday today tomorrow week order arrived
        received haven't hasn't don't doesn't can't won't isn't wasn't i'm i've it's need want could just
    """.split()),
}
_SPANISH_CHARS = re.compile(r"[ñ¿¡áéíóúü]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
#: Where a quoted message starts: "On Mon, 2 Nov 2026, Ana wrote:", "El lun, 2 nov 2026, Ana escribió:",
#: Outlook's "-----Original Message-----" / "-----Mensaje original-----", or a "From:/De:" header block.
_QUOTE_START = re.compile(
    r"^\s*(?:on\b.{0,200}\bwrote:|el\b.{0,200}\bescribi[oó]:|-{2,}\s*(?:original message|mensaje original)"
    r"\s*-{2,}|(?:from|de|sent|enviado(?: el)?|to|para|subject|asunto):\s.*$)",
    re.IGNORECASE)
_SIGNATURE = re.compile(r"^--\s*$")
MIN_EVIDENCE = 2  # function words (or Spanish-only characters) before a guess is made


HEAD = 1500  # characters of the customer's own words read: a language shows in its first lines


def own_words(text: str) -> str:
    """The customer's own words: no quoted lines, nothing below a quote header or a signature."""
    kept = []
    for line in (text or "").splitlines():
        # Every quote header ends in a colon or is a line of dashes: other lines skip the expression.
        if ("-" in line or ":" in line) and (_SIGNATURE.match(line) or _QUOTE_START.match(line)):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return "\n".join(kept)


def scores(text: str) -> dict[str, float]:
    """Evidence for each language in ``text`` (already stripped of quotes)."""
    words = _WORD.findall(text.lower())
    found = {lang: float(sum(map(vocabulary.__contains__, words))) for lang, vocabulary in _FUNCTION_WORDS.items()}
    found["es"] += 1.5 * len(_SPANISH_CHARS.findall(text))
    return found


def detect(text: str, subject: str = "") -> str | None:
    """"es", "en", or None when the customer's own words (and the subject) do not say."""
    found = scores(f"{subject}\n{own_words(text[:HEAD])}")
    best = max(LANGUAGES, key=lambda lang: found[lang])
    other = min(LANGUAGES, key=lambda lang: found[lang])
    if found[best] < MIN_EVIDENCE or found[best] < 1.5 * found[other]:
        return None
    return best
