"""Parsing shortcuts give exactly what the email package gives."""

from __future__ import annotations

import random
from email.utils import getaddresses

from workstation.sync.parse import SNIPPET_LENGTH, _SPACE, _simple_addresses, parse, sanitize_html, snippet

NAMES = ["Ana", "Pérez", "Dr.", "O'Neil", "A.B", '"Pérez, Ana"', '""', '"x  y"', "ñandú", "x.", "J.R.R.", "Zoë",
         "(nota)", "Ana <", "a@b"]
ADDRESSES = ["a@x.org", "ANA@Ex.ORG", "a.b-c+d@x-y.org", "a..b@x.org", ".a@x.org", "a@x", "a@.x", "x_y@z.com",
             "a@x.org.", '"a b"@x.org', "a@[127.0.0.1]"]
SPACE = ["", " ", "  ", "\t", "\r\n ", "\xa0"]


def address_lists(rnd: random.Random) -> str:
    items = []
    for _ in range(rnd.randint(1, 3)):
        if rnd.random() < 0.3:
            items.append(rnd.choice(SPACE) + rnd.choice(ADDRESSES) + rnd.choice(SPACE))
        else:
            name = " ".join(rnd.choice(NAMES) for _ in range(rnd.randint(0, 3)))
            items.append(f"{rnd.choice(SPACE)}{name}{rnd.choice(SPACE)}<{rnd.choice(ADDRESSES)}>{rnd.choice(SPACE)}")
    return rnd.choice([",", ", ", ",,", ";"]).join(items)


def test_common_address_lists_read_as_getaddresses_reads_them() -> None:
    rnd = random.Random(4)
    taken = left = 0
    for _ in range(30_000):
        value = address_lists(rnd)
        pairs = _simple_addresses(value)
        if pairs is None:
            left += 1
            continue
        taken += 1
        assert pairs == getaddresses([value]), value
    assert taken > 2000 and left > 2000  # both the shortcut and getaddresses were used, many times


def test_the_snippet_is_the_whole_text_collapsed_and_cut() -> None:
    rnd = random.Random(9)
    pieces = ["a", "palabra", "ñandú", " ", "  ", "\n", "\r\n\r\n", "\t", "\xa0", "\u2003", " " * 300, "x" * 150]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 120)))
        assert snippet(text) == _SPACE.sub(" ", text).strip()[:SNIPPET_LENGTH], repr(text)
    assert snippet(" " * 5000 + "hola   mundo") == "hola mundo"  # a head of nothing but blanks


def test_headers_of_a_message_including_raw_utf8() -> None:
    raw = (b'From: "P\xc3\xa9rez, Ana" <Ana@Example.org>\r\nTo: soporte@example.com, Otra <otra@example.com>\r\n'
           b"Cc: (sin nombre) raro@example.com\r\nSubject: Cobro doble \xc2\xa1urgente!\r\n\r\nhola\r\n")
    parsed = parse(raw)
    assert (parsed.from_name, parsed.from_addr) == ("Pérez, Ana", "ana@example.org")
    assert parsed.to_addrs == ["soporte@example.com", "otra@example.com"]
    assert parsed.cc_addrs == ["raro@example.com"]  # a comment: getaddresses reads it
    assert parsed.subject == "Cobro doble ¡urgente!"  # 8-bit UTF-8 as many clients send it (RFC 6532)


def test_stored_html_keeps_only_harmless_markup() -> None:
    hostile = (
        "<p onclick=\"steal()\">Hola <b>Ana</b></p><script>alert(1)</script>"
        "<a href=\"javascript:alert(2)\">pulse</a> <a href=\"https://tienda.example/pedido\">pedido</a>"
        "<img src=\"https://tracker.example/p.gif\" onerror=\"steal()\"><!-- note -->"
        "<iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\"><input></form>"
        "<style>body{display:none}</style>"
    )
    clean = sanitize_html(hostile)
    for gone in ("script", "alert", "onclick", "onerror", "javascript:", "iframe", "<form", "<input", "note",
                 "display:none"):
        assert gone not in clean, gone
    assert "<p>Hola <b>Ana</b></p>" in clean
    assert 'href="https://tienda.example/pedido"' in clean and 'rel="noopener noreferrer nofollow"' in clean
    assert '<img src="https://tracker.example/p.gif">' in clean  # kept; the window blocks loading it
    raw = ("From: Ana <ana@example.org>\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           + hostile).encode()
    assert parse(raw).body_html == clean
