"""What the gate reads of a reply: the agent's own new text, its sentences, its dates and its amounts.

An email reply carries much that is not the agent's commitment: a greeting,
the signature, a legal footer, the customer's quoted message. The gate
judges only the agent's own words, so :func:`own_text` blanks the rest
(spaces of the same length: every offset still points into the original
text, where the composer highlights).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from workstation.resolution.morph import fold

# --- the agent's own text -------------------------------------------------------------------

_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:"
    r"on\b[^\n]{0,200}?(?:\n[^\n]{0,120}?)?\bwrote:[ \t]*$"
    r"|el\b[^\n]{0,200}?(?:\n[^\n]{0,120}?)?\bescribi[oó]:[ \t]*$"
    # the same in the languages a Spanish or English desk's customers write from: Catalan, Galician, Portuguese,
    # French, Italian, German
    r"|[^\n]{0,200}?\b(?:va escriure|escribiu|escreveu|a [ée]crit|ha scritto|schrieb)[ \t]*:[ \t]*$"
    r"|-{2,}[ \t]*(?:original message|forwarded message|mensaje original|mensaje reenviado)[ \t]*-*[ \t]*$"
    r"|_{5,}[ \t]*$"
    r"|(?:from|de):[^\n]*\n(?:[ \t]*(?:sent|enviado(?: el)?|date|fecha|to|para|cc|subject|asunto):[^\n]*\n?){2,}"
    r")", re.IGNORECASE | re.MULTILINE)
#: The ">" lines right under a quote's header, blank lines among them.
_QUOTED_BLOCK = re.compile(r"(?:[ \t]*\n)+(?:[ \t]*>[^\n]*(?:\n[ \t]*(?=\n|>))*(?:\n|$))+")
_SIGNATURE = re.compile(r"^--[ \t]*$", re.MULTILINE)
#: (from the line's start or its last sentence's: "We've refunded €20. About your message of 24/11:" keeps the refund)
_DATED_HEADER = re.compile(r"(?:^|(?<=[.!?] ))(?:[^\n>.!?]|\.(?=\d)){0,200}\d(?:[^\n>.!?]|\.(?=\d)){0,200}:[ \t]*$"
                           r"(?=\n(?:[ \t]*\n)?[ \t]*>)", re.MULTILINE)
_CLOSING = re.compile(
    r"^[ \t]*(?:(?:best|kind|warm|warmest|many|kindest)?\s*(?:regards|wishes)|best|all (?:the )?best|thanks(?: again| so much)?|"
    r"thanks (?:&|and) regards|thank you(?: again)?|"
    r"cheers|sincerely|yours (?:sincerely|faithfully|truly)|all the best|take care|talk soon|"
    r"(?:un |muchos |afectuosos )?saludos?(?: cordiales| afectuosos)?|un (?:cordial |fuerte )?saludo|atentamente|"
    r"cordialmente|un abrazo|abrazos|(?:muchas )?gracias(?: de nuevo)?|quedo (?:atent[oa]|a (?:su|tu) disposici[oó]n)|"
    r"reciba un cordial saludo|sin otro particular[^\n]*)[ \t]*[,.!]?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_FOOTER_MARKERS = re.compile(
    r"confidential|intended (?:solely |only )?for|privileged|disclaimer|unsubscribe|do not reply to this|"
    r"registered (?:office|in england)|company (?:no|number)|vat (?:no|number|reg)|environment before printing|"
    r"aviso legal|confidencial|destinatario|protecci[oó]n de datos|(?<![/.])\b(?:lopd|rgpd|gdpr)\b(?![/.]?\w)|"
    r"antes de imprimir|darse de baja|no responda a este|este (?:mensaje|correo)[^.]{0,60}(?:dirigido|contiene)|"
    r"this (?:e-?mail|message)[^.]{0,60}(?:intended|contains|may contain)|privacy (?:policy|notice)|"
    r"pol[ií]tica de privacidad|inscrita en el registro|raz[oó]n social", re.IGNORECASE)
_STRONG_FOOTER = {"confidential", "confidencial", "disclaimer", "unsubscribe", "aviso legal", "privileged", "lopd",
                  "rgpd", "gdpr", "antes de imprimir", "environment before printing", "protección de datos",
                  "proteccion de datos", "darse de baja"}


def _blank(text: str, start: int, end: int) -> str:
    piece = text[start:end]
    return text[:start] + re.sub(r"[^\n]", " ", piece) + text[end:]


def own_text(text: str) -> str:
    """The text with everything that is not the agent's new words blanked out (offsets kept).

    Blanked: quoted lines (``>``), a quoted message under its header ("On ...
    wrote:", "El ... escribió:", "-----Original Message-----", an Outlook
    "From:/Sent:/To:" block) to the end, the signature after "-- " or after a
    closing line ("Best regards,", "Un saludo,"), and paragraphs that read
    like a legal or marketing footer.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    at = 0
    while (header := _QUOTE_HEADER.search(text, at)) is not None:
        # A quote of ">" lines that the agent answers under ("Dear Ms Okonedo, / On 24 Nov … wrote: / > … / I have
        # cancelled it today"): only the header and its lines are theirs. Otherwise the rest is the quoted message.
        block = _QUOTED_BLOCK.match(text, header.end())
        rest = text[block.end():] if block is not None else ""
        # (a blank line must part them: a quoted line the customer's mail program wrapped has lost its ">")
        parted = block is not None and bool(re.search(r"\n[ \t]*\n$", block.group(0)) or re.match(r"[ \t]*\n", rest))
        if not (parted and rest.strip()):
            text = _blank(text, header.start(), len(text))
            break
        text = _blank(text, header.start(), block.end())
        at = block.end()
    # a header in any other words, dated, that opens the quoted lines under it: "24/11/2026 13:40, Fátima:"
    text = _DATED_HEADER.sub(lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"(?m)^[ \t]*>[^\n]*", lambda m: " " * len(m.group(0)), text)
    signature = _SIGNATURE.search(text)
    if signature is not None:
        text = _blank(text, signature.start(), len(text))
    for closing in _CLOSING.finditer(text):
        before = text[:closing.start()]
        following = re.match(r"\s*([^\n]*)", text[closing.end():]).group(1)
        if re.search(r"saludo", closing.group(0), re.IGNORECASE) and closing.group(0).rstrip().endswith(".") and \
                len(re.findall(r"\w+", following)) >= 8:
            continue  # a greeting, not a sign-off, when the letter goes on under it: "Reciba un cordial saludo. Su
            # reclamo fue aprobado…" (a sign-off ends in a comma or nothing, and a name or a title follows it)
        if len(re.findall(r"\w+", before)) >= 6:  # a closing after some content: the rest is the signature
            text = _blank(text, closing.start(), len(text))
            break
    for paragraph in re.finditer(r"(?s)(?:^|\n\s*\n)(.+?)(?=\n\s*\n|$)", text):
        body = paragraph.group(1)
        markers = {m.group(0).lower() for m in _FOOTER_MARKERS.finditer(body)}
        if (len(markers) >= 2 or markers & _STRONG_FOOTER) and not _has_commitment_shape(body):
            text = _blank(text, paragraph.start(1), paragraph.end(1))
    return text


def _has_commitment_shape(paragraph: str) -> bool:
    """A paragraph that speaks to the customer in the first person is the agent's, whatever words it holds."""
    return bool(re.search(r"\b(?:we(?:'ve|'ll| have| will)|i(?:'ve|'ll| have| will)|hemos|he (?:\w+ado|\w+ido)|"
                          r"le (?:hemos|he)|te (?:hemos|he))\b", paragraph, re.IGNORECASE)) \
        and len(paragraph) < 600


# --- sentences and words ----------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str  # as written
    norm: str  # folded


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token]


_CONTRACTION = re.compile(r"(?i)^(.+?)(n't|'ll|'ve|'re|'m|'d|'s)$")
#: Contractions typed without their apostrophe, as hurried agents do.
_BARE = {"ive": ("i", "'ve"), "weve": ("we", "'ve"), "im": ("i", "'m"), "youll": ("you", "'ll"),
         "theyll": ("they", "'ll"), "itll": ("it", "'ll"), "hes": ("he", "'s"), "shes": ("she", "'s"),
         "dont": ("do", "n't"), "cant": ("ca", "n't"), "wont": ("wo", "n't"), "didnt": ("did", "n't"),
         "isnt": ("is", "n't"), "arent": ("are", "n't"), "doesnt": ("does", "n't"), "wasnt": ("was", "n't"),
         "havent": ("have", "n't"), "hasnt": ("has", "n't"), "couldnt": ("could", "n't")}


def _split(start: int, word: str) -> list[Token]:
    """One word, or two for an English contraction: "we'll" -> "we" "'ll", "won't" -> "wo" "n't"."""
    plain = word.replace("’", "'")
    folded = fold(plain)
    match = _CONTRACTION.match(plain)
    if match is not None and len(match.group(1)) > 0:
        head = match.group(1)
        return [Token(start, start + len(head), word[:len(head)], fold(head)),
                Token(start + len(head), start + len(word), word[len(head):], match.group(2).lower())]
    if folded in _BARE:
        head, tail = _BARE[folded]
        cut = len(word) - (len(tail) - 1)
        return [Token(start, start + cut, word[:cut], head), Token(start + cut, start + len(word), word[cut:], tail)]
    return [Token(start, start + len(word), word, _TYPOS.get(folded, folded))]


#: Auxiliaries as they are typed in a hurry ("we hav initiated the refund", "it wil reflect"): read as meant.
_TYPOS = {"hav": "have", "hve": "have", "hv": "have", "wil": "will", "wll": "will", "hs": "has", "bn": "been",
          "ben": "been", "dispached": "dispatched", "refundd": "refunded", "refundded": "refunded"}


_ABBREVIATION = re.compile(r"\b(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Srta|Ing|Lic|Av|Avda|St|No|Nº|Núm|[Rr]ef|approx|aprox|etc|Co|Ltd|"
                           r"Inc|Jr|Prof|Dept|Depto|Col|Tel|Ext|nr|n[º°]|núm|núms|pág|tel|Rs|rs|Dña|Dna|Sres|Sras|Ud|Uds|Lcda|Lcdo|Arq|"
                           r"Mtro|Mtra|Ldo|Lda|Bs|Gs|Cd|Cdad|Cdla|Urb|Fracc|Dpto|Pje|Psje|Blvd|Edif|Mz|Km|Ab|Abg|Abog)\.(?=\s+\S)|"
                           r"(?<=\d)\s?m\.(?=\s+[a-zà-ÿ])|"  # "12:00 m." (noon), then more
                           r"(?<!\w)[BS]/\.(?=\s?\d)")  # "B/. 12.00" (the balboa), "S/. 45" (the sol)


#: A greeting line ending in a comma, before a line that starts with a capital: "Hey Sam,\nCancelled…".
_GREETING_LINE = re.compile(r"(?im)^[ \t]*(?:hi|hey|hello|dear|good (?:morning|afternoon|evening)|morning|hola|"
                            r"estimad[oa]s?|querid[oa]s?|buen(?:os|as) (?:d[ií]as|tardes|noches)|buen d[ií]a)\b[^\n,]{0,40},\n"
                            r"(?=[ \t]*[A-ZÁÉÍÓÚÑ¿¡])")


def sentences(text: str) -> list[Sentence]:
    """Sentences of the (own) text: split at . ! ? ; and at blank lines, list items and short lines."""
    found: list[Sentence] = []
    text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "\u2024"), text)  # "Dr. Pulido" stays one sentence
    text = re.sub(r"(?<=[A-ZÁÉÍÓÚ][a-záéíóúñ]{2} )[A-Z]\.(?=\s+[a-z])|(?<=[A-ZÁÉÍÓÚ][a-záéíóúñ]{3} )[A-Z]\.(?=\s+[a-z])|"
                  r"(?<=[A-ZÁÉÍÓÚ][a-záéíóúñ]{4} )[A-Z]\.(?=\s+[a-z])|(?<=[A-ZÁÉÍÓÚ][a-záéíóúñ]{5} )[A-Z]\.(?=\s+[a-z])",
                  lambda m: m.group(0).replace(".", "\u2024"), text)  # "our technician Ramesh K. will visit"
    text = re.sub(r"\b[ap]\. ?m\.", lambda m: m.group(0).replace(".", "\u2024"), text, flags=re.IGNORECASE)
    text = re.sub(r"\b[Nn]o\.(?=\s*\d)", "No\u2024", text)  # "outside no. 14"
    text = re.sub(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|ene|abr|ago|set|dic)\.(?=\s*\d)",
                  lambda m: m.group(0).replace(".", "\u2024"), text, flags=re.IGNORECASE)  # "Starting Tuesday, Dec. 1"
    text = re.sub(r"\b(?:w\.e\.f|i\.e|e\.g|a\.s\.a\.p|p\.ej|vs)\.", lambda m: m.group(0).replace(".", "\u2024"), text,
                  flags=re.IGNORECASE)  # "w.e.f. today", "i.e. by Friday": one sentence
    text = re.sub(r"\([^()\n]{0,120}\)", lambda m: m.group(0).replace(";", ",").replace(". ", "\u2024 ")
                  .replace(": ", "\u2236 "), text)  # (nor does a colon in brackets: "via NEFT (UTR: HDFCN5202611)"; the
    # stand-ins "․" and "∶" stay in the sentence's text)
    # A greeting on a line of its own ends there: "Hey Sam,\nCancelled your Pro plan" (its comma becomes the break).
    text = _GREETING_LINE.sub(lambda m: m.group(0)[:-2] + "\n\n", text)
    # (an emoji ends a sentence when the next one starts with a capital: "del 20 al 23 de noviembre 😞 Se le bonifican")
    # (nor does a colon before the word that tells the result: "Roaming pass: off.", "Seguro: retirado")
    # (nor does a semicolon before when to expect it: "your new card goes out in the mail; expect it by Thursday 3rd")
    pieces = re.split(r"(?<=[.!?;])(?<!;(?=\s+(?:expect|you'll (?:have|get|receive)|you should (?:have|get|receive)) "
                      r"(?:it|them)\b))[\"')\]]?\s+|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)|"
                      r"(?<=[:])\s+(?!(?:off|done|removed|cancell?ed|refunded|credited|waived|fixed|sorted|updated|closed|"
                      r"blocked|apagad[oa]s?|anulad[oa]s?|hech[oa]s?|listo|eliminad[oa]s?|quitad[oa]s?|realizad[oa]s?|"
                      r"procesad[oa]s?|completad[oa]s?)\b)|"
                      r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])", text)
    cursor = 0
    for piece in pieces:
        if piece is None:
            continue
        start = text.find(piece, cursor)
        if start < 0:
            continue
        cursor = start + len(piece)
        if not piece.strip():
            continue
        tokens = []
        for match in _WORD.finditer(piece):
            tokens.extend(_split(start + match.start(), match.group(0)))
        if tokens:
            found.append(Sentence(start, start + len(piece), piece, tokens))
    return _sums_after_colons(found, text)


#: When money went back, said before the colon that gives the sum: "hoy", "esta mañana", "today".
_JUST_NOW = re.compile(r"\b(?:today|this (?:morning|afternoon)|just now|hoy|esta (?:manana|tarde)|ahora mismo|recien)\b")
#: A sum right after a colon on the same line.
_SUM_FIRST = re.compile(r"(?:[$€£₹]|US\$|U\$S|S/|R\$|RD\$|COP|MXN|ARS|CLP|PEN|USD|EUR|GBP)\s?\d")


def _sums_after_colons(found: list[Sentence], text: str) -> list[Sentence]:
    """A sentence that ends in a colon, with the sum after it on the same line, is one with it: "los dos tickets se te
    reintegraron esta mañana: $184.000 a la Visa", when it is told as of today. Not a label ("Amount paid: £96.00"):
    four words or more before it on its line."""
    merged: list[Sentence] = []
    for sentence in found:
        last = merged[-1] if merged else None
        line = last.text.rstrip().rsplit("\n", 1)[-1] if last is not None else ""
        if last is not None and line.endswith(":") and len(re.findall(r"[^\W\d_]{2,}", line)) >= 4 and \
                _JUST_NOW.search(fold(line)) and \
                "\n" not in text[last.end:sentence.start] and _SUM_FIRST.match(sentence.text):
            merged[-1] = Sentence(last.start, sentence.end, text[last.start:sentence.end], last.tokens + sentence.tokens)
        else:
            merged.append(sentence)
    return merged


# --- when ------------------------------------------------------------------------------------

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|"
           r"julio|agosto|se?ptiembre|octubre|noviembre|diciembre|ene|abr|ago|dic)\.?")
_WEEKDAYS = (r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|lunes|martes|mi[eé]rcoles|jueves|"
             r"viernes|s[aá]bado|domingo")
_NUMBER = (r"(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|"
           r"fifteen|twenty|thirty|forty[- ]eight|seventy[- ]two|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|"
           r"nueve|diez|doce|catorce|quince|veinte|treinta|veinticuatro|cuarenta y ocho|setenta y dos)")
_UNIT = (r"(?:(?:working|business|calendar|banking|bank|week|natural)\s+)?(?:hours?|hrs?|days?|weeks?|"
         r"horas?|d[ií]as?|semanas?)(?:\s+(?:h[aá]biles|laborables|naturales|corridos|working))?")
#: A specific moment: the present can stand for the near future only with one of these.
_SPECIFIC = re.compile("|".join([
    r"\bel d[ií]a \d{1,2}\b(?!\s*(?:%|€|\$|de (?:retraso|atraso)))",
    r"(?<![€$£\d.,])\b(?:0?[1-9]|[12]\d|3[01])(?:[/-](?:0?[1-9]|1[0-2])|\.(?:0[1-9]|1[0-2])|\.[1-9](?=\.\d))"
    r"(?:[/.-]\d{2,4})?\b(?![.,]\d)",  # "7.2" alone is a grade or a version, "07.12" or "7.2.2026" a date
    r"\b\d{4}-\d{2}-\d{2}\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th|º|°)?\s+(?:de\s+|of\s+)?{_MONTHS}(?!\w)",
    rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
    rf"(?<!black )(?<!cyber )\b(?:{_WEEKDAYS})\b(?!\s+(?:delivery|supplement|surcharge|fee|service|rate|van|shift|option|slot|"
    rf"opening|hours|special|premium))",
    r"\b(?:today|tomorrow|tmrw|tmr|tomoz|tonight|this (?:morning|afternoon|evening|arvo)|arvo|later today|first thing|"
    r"end of (?:the )?day|eod|mñn|mñna|mnn|"
    r"hoy(?: mismo)?|ma[nñ]ana|esta (?:tarde|ma[nñ]ana|noche)|pasado ma[nñ]ana|ahora mismo|en este momento|"
    r"right now|right away|straight away|immediately|this minute|de inmediato|inmediatamente|en el d[ií]a)\b",
    r"\b(?:en|in|within|dentro de)\s+(?:unos\s+|about\s+|around\s+|the next\s+|los pr[oó]ximos\s+)?\d{1,3}\s+"
    r"(?:minutos?|minutes?|mins?)\b|\bwithin the (?:hour|next hour)\b|\ben la pr[oó]xima hora\b|"
    r"\b(?:about|around|approx\.?|roughly|unos|como)\s+\d{1,3}\s*(?:minutos?|minutes?|mins?)\b",
    r"\b(?:at|a las|sobre las|entre las|hacia las|por la)\s+\d{1,2}(?:[:.h]\d{2})?"
    r"(?!\d|\s*(?:%|(?!y (?:media|cuarto|pico)\b)[a-z]))",  # "a las 2 y media"
    # (not a sum: "la diferencia de 1.920,00 €", "de 45.00 dólares")
    r"\b(?:from|de|between|desde las|hasta las)\s+(?:[01]?\d|2[0-4])(?:[:.h][0-5]\d(?!\d|[.,]\d)\s*"
    r"(?:h\b|hs\b|hrs\b|am\b|pm\b)?|\s*(?:h\b|hs\b|hrs\b|am\b|pm\b|a\.\s?m\.|p\.\s?m\.))",
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hs?\b)",
    r"\b(?:on|by|before|until|till) the \d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:floor|place|time|attempt|try|row|level|storey|"
    r"story|grade|anniversary|percentile)\b)(?!\s+of\s+(?:every|each)\b)",
    r"\b(?:before|by|until|till|antes de las)\s+\d{1,2}[:.]\d{2}\b(?!\s*%)",  # "on the 27th before 12:00"
]), re.IGNORECASE)
#: A deadline or period: enough for a promise, not for the present tense.
#: A span counted back from something with no day of its own is no deadline: "he'll ring half an hour before he
#: arrives", "bookings open 48 hours before instead of a week ahead"; nor is notice given: "more than 48 hours' notice".
_NOT_BEFORE = (r"\b(?!\s+(?:before|ahead|in advance|prior|earlier|antes|de antelaci[oó]n|de anticipaci[oó]n|"
               r"de (?:pre)?aviso)|['’]?\s*(?:notice|warning))")
_DEADLINE = re.compile("|".join([
    rf"\b(?:within|in|in the next|over the next|en|en un plazo(?: m[aá]ximo)? de|dentro de|antes de|en menos de|"
    rf"m[aá]ximo|no more than|up to|hasta|de|entre|between|takes?|tarda(?:r[aá])?|allow)\s+"
    rf"{_NUMBER}(?:\s*(?:-|–|to|a|or|o|y)\s*{_NUMBER})?\s+(?:{_UNIT}|minutes?|mins?|minutos?){_NOT_BEFORE}",
    rf"\b{_NUMBER}\s*(?:-|–|to|a)\s*{_NUMBER}\s+{_UNIT}{_NOT_BEFORE}",
    rf"\b{_NUMBER}\s+{_UNIT}{_NOT_BEFORE}",
    r"\b(?:by|before|no later than|not later than|until|antes del?|como tarde el|a m[aá]s tardar(?: el)?|"
    r"hasta el|para el|el|del|on|on the|alrededor del?)\s+(?:the\s+)?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b",
    # (no day of the month over 31: "el 50% de su boleto")
    r"\b(?:this|next|the following|coming|el pr[oó]ximo|la pr[oó]xima|el que viene|la que viene|esta|este|"
    r"la semana que viene)\s+(?:week(?:end)?|month|semana|mes|fin de semana|business day|working day|d[ií]a h[aá]bil)\b",
    r"\b(?:semana|mes) (?:que viene|pr[oó]xim[oa])\b",
    r"\b(?:next|your next|the next|su pr[oó]xim[oa]|tu pr[oó]xim[oa]|la pr[oó]xima|el pr[oó]ximo|"
    r"en (?:la|su|tu) pr[oó]xim[oa])\s+(?:invoice|bill|statement|billing (?:cycle|period)|factura|recibo|"
    r"ciclo de facturaci[oó]n|cuota|mensualidad|resumen|extracto|liquidaci[oó]n|estado de cuenta|boleta|"
    r"account statement|billing statement)",
    r"\b(?:la |en la |su |tu |your |the |on your |on the )?(?:factura|recibo|boleta|cuota|mensualidad|abono|liquidaci[oó]n|"
    r"bill|invoice|statement|resumen|fee|payment)\s+(?:de |of )?"
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b|\b(?:your |the )?(?:january|february|march|april|"
    r"may|june|july|august|september|october|november|december) (?:bill|invoice|statement|fee|payment|instal?ment)\b",
    r"\b(?:end of|close of|fin de|finales de|principios de|mediados de)\s+(?:the\s+)?(?:week|month|business|semana|"
    r"mes|este mes|la semana)\b",
    r"\bsame day\b|\bmismo d[ií]a\b|\b24h\b|\b48h\b|\b72h\b|\b(?:next|within the next|in the next|within|in)\s+"
    r"(?:half an hour|half hour|hour)\b|\b(?:en|dentro de)\s+(?:la pr[oó]xima\s+)?(?:media hora|una hora|la hora)\b",
]), re.IGNORECASE)
_PAST_TIME = re.compile(r"\b(?:yesterday|last (?:week|month|night|\w+day)|ago|ayer|anoche|anteayer|la semana "
                        r"pasada|el (?:mes|lunes|martes|mi[eé]rcoles|jueves|viernes) pasado|hace \w+)\b",
                        re.IGNORECASE)


_MONTH_NUMBER = {name: number for number, names in enumerate((
    ("jan", "january", "ene", "enero"), ("feb", "february", "febrero"), ("mar", "march", "marzo"),
    ("apr", "april", "abr", "abril"), ("may", "mayo"), ("jun", "june", "junio"), ("jul", "july", "julio"),
    ("aug", "august", "ago", "agosto"), ("sep", "sept", "september", "septiembre", "setiembre"),
    ("oct", "october", "octubre"), ("nov", "november", "noviembre"), ("dec", "december", "dic", "diciembre")),
    start=1) for name in names}
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|º|°)?[\s-]+(?:de\s+|of\s+)?({_MONTHS})(?:[\s,-]+(?:de\s+)?(\d{{4}}))?",
                        re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})(?:[/-](\d{1,2})|\.(\d{2}|\d(?=\.\d)))(?:[/.-](\d{2,4}))?\b|"
                      r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\s+(?:de\s+|of\s+)?(20\d\d)\b", re.IGNORECASE)
_WEEKDAY_DAY = re.compile(rf"\b(?:{_WEEKDAYS})\.?,?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?![/.-]\d)(?!\s*(?:de\s+)?{_MONTHS})", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _dates(text: str, today: date) -> tuple[date, ...]:
    return tuple(_read_dates(text, today))


def _read_dates(text: str, today: date) -> list[date]:
    found = []
    text = text.replace("\u2024", ".")  # "Dec. 1" kept from ending a sentence

    def day_of(day: int, month: int, year: int | None) -> date | None:
        if year is not None and year < 100:
            year += 2000
        try:
            when = date(year or today.year, month, day)
        except ValueError:
            return None
        if year is None:  # the nearest of this year's, last year's and next year's
            candidates = []
            for shift in (-1, 0, 1):
                try:
                    candidates.append(when.replace(year=when.year + shift))
                except ValueError:
                    continue
            when = min(candidates, key=lambda d: abs((d - today).days))
        return when

    def add(day: int, month: int, year: int | None) -> None:
        when = day_of(day, month, year)
        if when is not None:
            found.append(when)

    for match in _DAY_MONTH.finditer(text):
        add(int(match.group(1)), _MONTH_NUMBER[match.group(2).lower().rstrip(".")[:9].strip()] if
            match.group(2).lower().rstrip(".") in _MONTH_NUMBER else 0, int(match.group(3)) if match.group(3) else None)
    for match in _MONTH_DAY.finditer(text):
        month = _MONTH_NUMBER.get(match.group(1).lower().rstrip("."), 0)
        add(int(match.group(2)), month, int(match.group(3)) if match.group(3) else None)
    for match in _NUMERIC.finditer(text):
        if _hours_apart(text, match):
            continue
        if match.group(5):
            add(int(match.group(7)), int(match.group(6)), int(match.group(5)))
        else:
            first, second = int(match.group(1)), int(match.group(2) or match.group(3))
            if second > 12 >= first:
                first, second = second, first  # 11/27: the American order
            year = int(match.group(4)) if match.group(4) else None
            weekday = _WEEKDAY_BEFORE.search(fold(text[max(0, match.start() - 12):match.start()]))
            if weekday and first <= 12 and second <= 12 and first != second:
                # "Tues 12/1": the order whose day is that weekday (1 December 2026 and 12 January 2027 both are).
                number = _WEEKDAY_SHORT[weekday.group(1)]
                agreeing = [when for when in (day_of(first, second, year), day_of(second, first, year))
                            if when is not None and when.weekday() == number]
                if agreeing:
                    found.extend(agreeing)
                    continue
            add(first, second, year)
    taken = [m.span() for m in _DAY_MONTH.finditer(text)]
    for match in _MONTH_YEAR.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue  # "30 de noviembre de 2026" is the 30th, not the 1st
        add(1, _MONTH_NUMBER.get(match.group(1).lower().rstrip("."), 0), int(match.group(2)))
    for match in _WEEKDAY_DAY.finditer(text):  # "el viernes 20": the nearest month with that day
        day = int(match.group(1))
        candidates = []
        for shift in (-1, 0, 1):
            month, year = today.month + shift, today.year
            month, year = (12, year - 1) if month == 0 else (1, year + 1) if month == 13 else (month, year)
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
        if candidates:
            found.append(min(candidates, key=lambda d: abs((d - today).days)))
    return found


#: A weekday just before a numeric date, in full or short (folded): "Tues 12/1", "mié. 2/12".
_WEEKDAY_BEFORE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun|lun|mar|mie|jue|vie|sab|dom)[a-z]*\.?,?\s*$")


#: After a pair of hours: "9-5 Eastern", "8-10 AM", "2-4pm" (not the 9th of May).
_HOUR_MARK = re.compile(r"\s*(?:am|pm|a\.\s?m|p\.\s?m|h|hs|hrs|eastern|central|pacific|mountain|et|est|edt|pt|pst|pdt|"
                        r"ct|cst|mt|o'clock)\b", re.IGNORECASE)


def _hours_apart(text: str, match: re.Match[str]) -> bool:
    """A numeric "date" that is a span of hours: a hyphen, no year, and an hour's mark after it."""
    return "-" in match.group(0) and not match.group(4) and not match.group(5) and \
        _HOUR_MARK.match(text, match.end()) is not None


def _day_and_month(match: re.Match[str]) -> bool:
    """Whether a numeric match can be a day and a month either way round ("50-70" cannot: a range)."""
    if not match.group(1) or not match.group(2):
        return True
    first, second = int(match.group(1)), int(match.group(2))
    return 1 <= first <= 31 and 1 <= second <= 12 or 1 <= second <= 31 and 1 <= first <= 12


@lru_cache(maxsize=4096)
def without_dates(text: str) -> str:
    """The text with its calendar dates blanked ("no hay clases el viernes 27" -> its 27 is a day, not a figure). An
    amount of money is no date: "£19.50 a month" stays."""
    amounts = [(m.start, m.end) for m in money(text)]

    def blank(match: re.Match[str]) -> str:
        if any(start < match.end() and match.start() < end for start, end in amounts) or \
                match.re is _NUMERIC and (_hours_apart(text, match) or not _day_and_month(match)):
            return match.group(0)
        return " " * len(match.group(0))

    for pattern in (_DAY_MONTH, _MONTH_DAY, _NUMERIC, _MONTH_YEAR, _WEEKDAY_DAY):
        text = pattern.sub(blank, text)
    return text


def has_date(text: str, today: date) -> bool:
    """A calendar date, or a day said another way ("mañana viernes", "on Monday", "within 3 days")."""
    return bool(_dates(text, today)) or has_deadline(text)


def has_future_date(text: str, today: date) -> bool:
    """A calendar date today or after ("by 3rd December 2026")."""
    return any(when >= today for when in _dates(text, today))


def has_past_date(text: str, today: date) -> bool:
    """A calendar date two days or more before today ("sent on 16 November", "el viernes 20")."""
    return any(when < today - timedelta(days=1) for when in _dates(text, today))


_WEEKDAY_NUMBER = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
                   "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6}
#: A weekday's first three letters, folded, in either language: "tue", "mie".
_WEEKDAY_SHORT = {name[:3]: number for name, number in _WEEKDAY_NUMBER.items()}
_TODAY_WORDS = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|later today|hoy|esta (?:manana|tarde|"
                          r"noche)|ahora mismo|(?:in|within|en|dentro de)\s+(?:\d+|an?|one|two|un|una|media|un par de)\s+"
                          r"(?:minutes?|mins?|hours?|hrs?|minutos?|horas?))\b")
_TOMORROW = re.compile(r"\b(?:tomorrow|tmrw|tmr|tomoz|tmw|(?<!la )(?<!esta )(?<!pasado )manana(?! (?:por|de) la))\b")
_AFTER_TOMORROW = re.compile(r"\b(?:the day after tomorrow|pasado manana)\b")
_WEEKDAY_NAMED = re.compile(r"\b(?:on|this|next|coming|by|el|este|proximo|al|hasta el|para el)\s+(" +
                            "|".join(_WEEKDAY_NUMBER) + r")\b(?!\s*,?\s*\d)|"
                            # English names the day bare: "I'll be at your place Monday between 8 and 11", not a
                            # day gone by ("since Monday", "last Friday") or one's thing ("Monday's outage").
                            r"(?<!last )(?<!since )(?<!past )(?<!from )(?<!previous )(?<!el )(?<!este )(?<!al )\b(" +
                            "|".join(list(_WEEKDAY_NUMBER)[:7]) + r")\b(?!\s*,?\s*\d)(?!'s|s\b| night'?s\b)")


def days_named(text: str, today: date, *, relative: bool = True) -> set[date]:
    """The calendar days a text names, written or (``relative``) relative: "on 3 December", "tomorrow", "el
    lunes", "hoy"."""
    folded = fold(text)
    days = set(_dates(text, today))
    if not relative:
        return days
    if _TODAY_WORDS.search(folded):
        days.add(today)
    if _AFTER_TOMORROW.search(folded):
        days.add(today + timedelta(days=2))
    elif _TOMORROW.search(folded):
        days.add(today + timedelta(days=1))
    for match in _WEEKDAY_NAMED.finditer(folded):
        ahead = (_WEEKDAY_NUMBER[match.group(1) or match.group(2)] - today.weekday()) % 7 or 7
        days.update({today + timedelta(days=ahead), today + timedelta(days=ahead + 7)})  # "next Monday" is either
    return days


@lru_cache(maxsize=4096)
def has_specific_time(text: str) -> bool:
    return bool(_SPECIFIC.search(text))


#: The day of their trouble, or a weekday gone by: "el corte del pasado martes", "la caída del servicio del domingo",
#: "la falla del día martes", "last Friday", "el martes pasado" (not "the last Friday of November"; English "the fault
#: on Monday" may be the day of the repair).
_TROUBLE_DAY = re.compile(
    r"\b(?:corte|ca[ií]da|falla|fallo|aver[ií]a|apag[oó]n|interrupci[oó]n|incidencia|partido)"
    r"(?:\s+(?:de|del)\s+[\wáéíóú]+){0,2}"
    r"\s+(?:del?|de la)\s+(?:d[ií]a\s+)?(?:pasado\s+)?(?:" + _WEEKDAYS + r"|fin de semana)\b|"
    r"\b(?:el|del)\s+pasado\s+(?:" + _WEEKDAYS + r")\b|\b(?:el|del)\s+(?:" + _WEEKDAYS + r")\s+pasado\b|"
    r"(?<!the )\blast\s+(?:" + _WEEKDAYS + r"|weekend)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def has_deadline(text: str) -> bool:
    """A day, a time or a span that says when (not the day of their trouble: "por el corte del pasado martes")."""
    text = _TROUBLE_DAY.sub(lambda m: " " * len(m.group(0)), text.replace("\u2024", "."))
    return bool(_SPECIFIC.search(text) or _DEADLINE.search(text))


@lru_cache(maxsize=4096)
def has_past_time(text: str) -> bool:
    return bool(_PAST_TIME.search(text))


# --- money -----------------------------------------------------------------------------------

_CURRENCY_WORDS = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "usd": "USD", "us$": "USD",
    "u$s": "USD", "u$d": "USD", "dollar": "USD", "dollars": "USD", "dolares": "USD", "dólares": "USD", "£": "GBP", "gbp": "GBP",
    "pound": "GBP", "pounds": "GBP", "libras": "GBP", "mxn": "MXN", "ars": "ARS", "cop": "COP", "clp": "CLP",
    "pen": "PEN", "s/": "PEN", "s/.": "PEN", "soles": "PEN", "pesos": "", "peso": "", "inr": "INR", "₹": "INR",
    "rs": "INR", "rs.": "INR", "rupees": "INR", "aud": "AUD", "a$": "AUD", "au$": "AUD", "cad": "CAD",
    "chf": "CHF", "uyu": "UYU", "brl": "BRL", "r$": "BRL", "bob": "BOB", "gtq": "GTQ", "dop": "DOP",
    "nzd": "NZD", "mx$": "MXN", "col$": "COP", "cents": "", "céntimos": "", "centimos": "", "quid": "GBP",
    "bucks": "USD", "verdes": "USD", "lucas": "", "zar": "ZAR", "rand": "ZAR", "r": "ZAR", "bs": "VES", "bs.": "VES", "ves": "VES",
    "bolivares": "VES", "bolívares": "VES", "bolivianos": "BOB", "ca$": "CAD", "c$": "CAD", "nz$": "NZD", "$u": "UYU",
    "rd$": "DOP", "s$": "SGD", "hk$": "HKD", "b/": "PAB", "b/.": "PAB", "₡": "CRC", "¢": "CRC", "₲": "PYG", "₱": "PHP",
    "¥": "JPY",
    "gs": "PYG", "q": "GTQ", "l": "HNL", "lps": "HNL", "crc": "CRC", "hnl": "HNL", "nio": "NIO", "pyg": "PYG",
    "pab": "PAB", "sgd": "SGD", "hkd": "HKD", "aed": "AED", "jpy": "JPY", "php": "PHP", "cup": "CUP",
    "quetzal": "GTQ", "quetzales": "GTQ", "colones": "CRC", "lempira": "HNL", "lempiras": "HNL", "guaranies": "PYG",
    "guaraníes": "PYG", "balboa": "PAB", "balboas": "PAB", "cordoba": "NIO", "cordobas": "NIO", "córdoba": "NIO",
    "córdobas": "NIO", "dirham": "AED", "dirhams": "AED",
    # The Caribbean's dollars: "J$12,500.00", "TT$450", "B$35", "EC$120", "BDS$80", "BZ$60", "CI$40", "G$5,000".
    "j$": "JMD", "ja$": "JMD", "jmd": "JMD", "tt$": "TTD", "ttd": "TTD", "b$": "BSD", "bsd": "BSD", "ec$": "XCD",
    "xcd": "XCD", "bds$": "BBD", "bbd": "BBD", "bz$": "BZD", "bzd": "BZD", "ci$": "KYD", "kyd": "KYD", "g$": "GYD",
    "gyd": "GYD", "bmd": "BMD",
    # Africa, Asia and the rest of Europe, as their people write them: "₦7,800", "KSh 1,500", "GH₵ 120", "RM45.90",
    # "Rp 150.000", "Tk 500", "zł 49", "500 kr" ("kr" is the Swedish, Norwegian, Danish and Icelandic crown alike).
    "₦": "NGN", "ngn": "NGN", "naira": "NGN", "n": "NGN", "gh₵": "GHS", "gh¢": "GHS", "₵": "GHS", "ghs": "GHS",
    "cedis": "GHS",
    "ksh": "KES", "kshs": "KES", "kes": "KES", "ush": "UGX", "ugx": "UGX", "tsh": "TZS", "tzs": "TZS", "e£": "EGP",
    "egp": "EGP", "pkr": "PKR", "lkr": "LKR", "npr": "NPR", "bdt": "BDT", "৳": "BDT", "tk": "BDT", "taka": "BDT",
    "rm": "MYR", "myr": "MYR", "ringgit": "MYR", "rp": "IDR", "idr": "IDR", "rupiah": "IDR", "฿": "THB", "thb": "THB",
    "baht": "THB", "₫": "VND", "vnd": "VND", "₩": "KRW", "krw": "KRW", "₺": "TRY", "₽": "RUB", "₴": "UAH", "uah": "UAH",
    "₪": "ILS", "ils": "ILS", "shekels": "ILS", "sar": "SAR", "riyals": "SAR", "qar": "QAR", "kwd": "KWD", "zł": "PLN",
    "zl": "PLN", "pln": "PLN", "zloty": "PLN", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "kr": "", "kr.": "",
    "czk": "CZK", "kč": "CZK", "huf": "HUF", "lei": "RON",
}
#: "$" is the dollar's and the peso's sign, and the Australian, Canadian and New Zealand dollar's.
_DOLLAR_SIGN = frozenset("USD MXN CLP COP ARS UYU AUD CAD NZD DOP CUP HKD SGD JMD TTD BSD XCD BBD BZD KYD GYD BMD".split())


def same_currency(written: str, wanted: str | None) -> bool:
    """Could an amount written in ``written`` (an ISO code read from its sign, or "" when unknown) be one in
    ``wanted``? "£75" is not 75 EUR; "$75" may be 75 MXN; "Bs 45" is the bolívar's sign and the boliviano's."""
    if not written or not wanted or written == wanted.upper():
        return True
    return written == "USD" and wanted.upper() in _DOLLAR_SIGN or written == "VES" and wanted.upper() == "BOB" or \
        written == "INR" and wanted.upper() in _RUPEE_SIGN or {written, wanted.upper()} in ({"PAB", "USD"}, {"CAD", "NIO"})
    # (the balboa is the US dollar in Panama: "B/. 40.00" may be a refund of 40 USD, and "$40" one of 40 PAB; "C$" is
    # the Canadian dollar's sign and the Nicaraguan córdoba's)


#: "Rs" is the Indian, Pakistani, Sri Lankan, Nepalese and Mauritian rupee's sign.
_RUPEE_SIGN = frozenset("INR PKR LKR NPR MUR SCR".split())

_CUR = (r"(?:€|\$u(?=\s?\d)|\$|£|₹|us\$|u\$[sd]|ca\$|c\$|nz\$|a\$|au\$|r\$|mx\$|col\$|s/\.?|rs\.?|eur\b|euros?\b|usd\b|d[oó]lares\b|dollars?\b|gbp\b|"
        r"pounds?\b|libras\b|mxn\b|ars\b|cop\b|clp\b|pen\b|soles\b|pesos?\b|inr\b|rupees\b|aud\b|cad\b|chf\b|"
        r"uyu\b|brl\b|bob\b|gtq\b|dop\b|nzd\b|quid\b|bucks\b|verdes\b|lucas?\b|zar\b|rand\b|(?<!\w)bs[.\u2024]?(?=\s?\d)|ves\b|"
        r"bol[ií]vares\b|bolivianos\b|(?<!\w)(?-i:R)(?=\s?\d[\d,. ]*\b(?![A-Za-z]))|"
        # Central America and the Caribbean, Paraguay, Panama, Asia: "Q650.00", "₡15.000", "RD$1,500", "L. 500", "Gs.
        # 20.000", "B/. 25.00", "S$40" (a "Q" or "L" with two digits at least: "Q3" is a quarter)
        r"rd\$|s\$|hk\$|(?<!\w)(?:ja?|tt|bds|bz|ec|ci|b|g)\$|jmd\b|ttd\b|bsd\b|xcd\b|bbd\b|bzd\b|kyd\b|gyd\b|"
        r"bmd\b|₦|ngn\b|naira\b|gh¢|(?<!\w)(?-i:N)(?=\d{1,3}(?:,\d{3})+(?:\.\d{2})?\b|\d+\.\d{2}\b)|gh₵|₵|ghs\b|"
        r"cedis\b|"
        r"kshs?(?=\s?\d)|kshs?\b|kes\b|ush\b|ugx\b|tsh\b|tzs\b|e£|egp\b|pkr\b|lkr\b|npr\b|bdt\b|৳|"
        r"(?<!\w)tk\.?(?=\s?\d)|taka\b|"
        r"(?<!\w)(?-i:RM)(?=\s?\d)|myr\b|ringgit\b|(?<!\w)(?-i:Rp)\.?(?=\s?\d)|idr\b|rupiah\b|฿|thb\b|baht\b|₫|vnd\b|"
        r"₩|krw\b|₺|₽|₴|uah\b|₪|ils\b|shekels\b|sar\b|riyals\b|qar\b|kwd\b|zł|(?<!\w)zl(?=\s?\d)|pln\b|zloty\b|"
        r"sek\b|nok\b|dkk\b|(?<!\w)kr\.?(?=\s?\d)|(?<=\d\s)kr\b|czk\b|kč|huf\b|(?<=\d\s)lei\b|"
        r"b/\.?|₡|₲|₱|¥|gs\.?(?=\s?\d)|lps\.?(?=\s?\d)|(?<!\w)(?-i:Q)(?=\s?\d[\d,.]*\d)|"
        r"(?<!\w)(?-i:L)\.(?=\s?\d[\d,.]*\d)|(?<!\w)(?<!size )(?<!talla )(?<!tamaño )(?-i:L)(?=\s\d[\d,.]*\d\b)|"
        r"(?<![a-z])¢(?=\s?\d)|crc\b|hnl\b|nio\b|pyg\b|pab\b|sgd\b|hkd\b|aed\b|jpy\b|php\b|cup\b|"
        r"quetzal(?:es)?\b|colones\b|lempiras?\b|guaran[ií]es\b|balboas?\b|c[oó]rdobas?\b|dirhams?\b)")
_AMOUNT_NUM = (r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[.,\u00a0 '\u2019]\d{3})*(?:[.,]\d{1,2})?|"
               r"\d+(?:[.,]\d{1,2})?)(?!\d)")
# (the first: Indian grouping, "Rs. 1,24,999"; the second also the Colombian "$1'850.000"; never a number cut short:
# "$1500" is not "$150")
#: A thousand or a million said after the number: "$2.4k", "$50 mil", "US$1.2 million".
_TIMES = re.compile(r"\s?(?:(?P<k>k|mil(?! millones)|thousand|grand)|(?P<m>million|millones|mill[oó]n))\b", re.IGNORECASE)
# (not "M.N.", "moneda nacional")
_MONEY = re.compile(
    rf"(?P<pre>{_CUR})\s?(?P<a>{_AMOUNT_NUM})(?:\s?(?P<post1>{_CUR}))?|(?P<b>{_AMOUNT_NUM})\s?(?:-\s?)?(?P<post>{_CUR})",
    re.IGNORECASE)
FULL_AMOUNT = re.compile(
    r"\b(?:full|total|whole|entire|[ií]ntegro|[ií]ntegra|completo|completa|total del?|la totalidad del?|"
    r"todo el|everything you (?:paid|were charged))\s*(?:amount|refund|price|cost|fare|charge|payment|importe|"
    r"reembolso|precio|cargo|cobro|dinero|monto|valor|pago)?\b|\b(?:importe|amount|price|precio|monto|cost|"
    r"valor|fare|cargo|cobro)\s+(?:completo|[ií]ntegro|total|in full)\b|\bin full\b|\bpor completo\b|"
    r"\b(?:every|each) (?:penny|cent)\b|\bhasta el [uú]ltimo (?:c[eé]ntimo|peso)\b|\b\d{1,3}\s?%",
    re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    text: str
    values: frozenset[Decimal]  # every reading of the number (29,90 -> 29.90; 1,250 -> 1250 and 1.25)
    currency: str


def _readings(raw: str) -> frozenset[Decimal]:
    raw = raw.replace("\u00a0", "").replace(" ", "").replace("'", "").replace("\u2019", "")
    found = set()
    candidates = {raw.replace(",", ""), raw.replace(".", "").replace(",", ".")}
    if re.fullmatch(r"\d+[.,]\d{1,2}", raw):
        candidates = {raw.replace(",", ".")}
    for candidate in candidates:
        try:
            found.add(Decimal(candidate))
        except InvalidOperation:
            continue
    return frozenset(found)


_DIGITS = re.compile(r"\d[\d.,\u00a0 '\u2019]*")


def _around_digits(text: str) -> list[tuple[int, int]]:
    """Stretches of the text that can hold an amount: each run of digits with the words on either side
    that could name its currency, cut at spaces. Only these are searched, as the money pattern tried at
    every character of a long reply took most of the gate's time."""
    spans: list[tuple[int, int]] = []
    for digits in _DIGITS.finditer(text):
        start = text.rfind(" ", 0, max(digits.start() - 14, 0)) + 1 if digits.start() > 14 else 0
        end = text.find(" ", digits.end() + 14)
        end = len(text) if end < 0 else end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


@lru_cache(maxsize=4096)
def money(text: str) -> tuple[Money, ...]:
    """Amounts of money written with a currency, in any local format."""
    found = []
    # An abbreviation's dot is kept from ending a sentence as a one-dot leader ("Rs. 350", "Bs. 75").
    text = text.replace("\u2024", ".")
    for match in (m for start, end in _around_digits(text) for m in _MONEY.finditer(text, start, end)):
        number = match.group("a") or match.group("b")
        symbol = (match.group("post1") or match.group("pre") or match.group("post") or "").lower().strip()
        symbol = symbol.replace("\u2024", ".")  # "Bs." after the sentence splitter kept its dot from ending one
        values, end = _readings(number), match.end()
        times = None if match.group("post") else _TIMES.match(text, match.end())
        if times:
            values = frozenset(v * (1000 if times.group("k") else 1000000) for v in values)
            end = times.end()
        found.append(Money(match.start(), end, text[match.start():end], values,
                           _CURRENCY_WORDS.get(symbol, _CURRENCY_WORDS.get(symbol.rstrip("."), ""))))
    return tuple(found)


def numbers(text: str) -> set[Decimal]:
    """Every number in the text, read with either decimal separator."""
    found: set[Decimal] = set()
    for match in re.finditer(r"\d[\d.,\u00a0 ]*\d|\d", text):
        found |= _readings(match.group(0).rstrip(".,"))
    return found
