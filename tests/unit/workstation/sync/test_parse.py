"""Parsing shortcuts give exactly what the email package gives."""

from __future__ import annotations

import random
from workstation.sync.parse import (
    MAX_HEADER_DECODED,
    SNIPPET_LENGTH,
    _SPACE,
    _simple_addresses,
    _unfold,
    parse,
    registry_addresses,
    sanitize_html,
    snippet,
)

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


def test_common_address_lists_read_as_the_header_registry_reads_them() -> None:
    rnd = random.Random(4)
    taken = left = 0
    for _ in range(30_000):
        value = _unfold(address_lists(rnd))
        pairs = _simple_addresses(value)
        if pairs is None:
            left += 1
            continue
        taken += 1
        reference = registry_addresses(value)
        assert [address for _, address in pairs] == [address for _, address in reference], value
        # Display names alike but for blanks at their ends; the registry reads some obsolete names with
        # periods in them ("Dr.<a@x>") as no name at all.
        assert all(name == shown.strip() or not shown for (name, _), (shown, _) in zip(pairs, reference)), value
    assert taken > 2000 and left > 2000  # both the shortcut and the registry were used, many times


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
    assert parsed.cc_addrs == ["raro@example.com"]  # a comment: the registry reads it
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


def test_control_characters_in_header_values_are_removed_and_recorded() -> None:
    raw = (b"From: =?utf-8?q?Ana=00_P=C3=A9rez=0D=0ABcc=3A?= <ana@example.org>\r\n"
           b"Subject: =?utf-8?q?Pedido=0D=0ABcc=3A_x=40evil=2Eexample=00_77?=\r\n"
           b"Message-ID: <a\x01b@example.org>\r\nIn-Reply-To: <ok@example.org>\r\n\r\nhola\r\n")
    parsed = parse(raw)
    assert (parsed.from_name, parsed.from_addr) == ("Ana Pérez Bcc:", "ana@example.org")
    assert parsed.subject == "Pedido Bcc: x@evil.example 77"
    assert (parsed.message_id, parsed.in_reply_to) == (None, "<ok@example.org>")
    assert "control characters in the From display name removed" in parsed.defects
    assert "control characters in the Subject removed" in parsed.defects


def test_an_address_is_read_before_display_names_are_decoded() -> None:
    forged = b"From: =?utf-8?q?Victor_Victim_=3Cvictim=40bank=2Eexample=3E=2C?= <attacker@evil.example>\r\n\r\nx"
    parsed = parse(forged)
    assert parsed.from_addr == "attacker@evil.example"
    assert parsed.from_name == "‘victim@bank.example’ via attacker@evil.example"
    fullwidth = "From: \"victim＠bank.example\" <attacker@evil.example>\r\n\r\nx".encode()
    assert parse(fullwidth).from_name == "‘victim@bank.example’ via attacker@evil.example"
    own = parse(b"From: \"ana@example.org\" <ANA@example.org>\r\n\r\nx")
    assert (own.from_name, own.from_addr) == ("ana@example.org", "ana@example.org")  # her own address: no flag


def test_a_huge_encoded_header_is_decoded_only_in_its_head() -> None:
    from benchmarks.hostile_parse_bench import SUBJECT_WORD, encoded_subject

    parsed = parse(encoded_subject(2_000_000))
    assert "Subject header of 1,999," in parsed.defects[0] and "only its first 16,384 are read" in parsed.defects[0]
    assert parsed.subject.startswith("Reembolso pedido número 77Reembolso pedido número 77")
    assert len(parsed.subject) < MAX_HEADER_DECODED and "=?" not in parsed.subject[:-len(SUBJECT_WORD)]


def test_deeply_nested_mail_is_read_as_deep_as_the_email_package_reads_it() -> None:
    from benchmarks.hostile_parse_bench import deeply_nested

    assert parse(deeply_nested(500)).body_text == "Hola."  # deeper than the fast path goes: the email package
    too_deep = parse(deeply_nested(2000))  # deeper than the email package goes: kept raw, with the reason
    assert too_deep.unreadable and too_deep.defects[0] == (
        "message could not be parsed: RecursionError: maximum recursion depth exceeded")
