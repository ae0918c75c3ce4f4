"""The fast MIME path builds exactly the email package's tree, and leaves everything unusual to it."""

from __future__ import annotations

import random
from email import policy
from email.message import EmailMessage, Message

import pytest

from workstation.sync import mime
from workstation.sync.parse import parse


def reference(raw: bytes) -> Message:
    return mime._full.parsebytes(raw)


def differences(fast: Message, full: Message, where: str = "message") -> list[str]:
    found = []
    if fast._headers != full._headers:
        found.append(f"{where}: headers {fast._headers!r} != {full._headers!r}")
    if fast.is_multipart() != full.is_multipart():
        return [*found, f"{where}: multipart {fast.is_multipart()} != {full.is_multipart()}"]
    if not fast.is_multipart():
        if fast._payload != full._payload:
            found.append(f"{where}: payload {fast._payload!r} != {full._payload!r}")
        return found
    fast_parts, full_parts = fast.get_payload(), full.get_payload()
    if len(fast_parts) != len(full_parts):
        return [*found, f"{where}: {len(fast_parts)} parts != {len(full_parts)}"]
    for index, (a, b) in enumerate(zip(fast_parts, full_parts, strict=True)):
        found.extend(differences(a, b, f"{where}/{index}"))
    return found


def defects(msg: Message) -> list[str]:
    return [type(defect).__name__ for part in msg.walk() for defect in part.defects]


def corpus() -> list[bytes]:
    """Mail as clients write it: plain, alternative, attachments, inline images, nested, both line ends."""
    messages = []
    bodies = ["Hola, mi pedido 4512 no ha llegado.\n\nGracias,\nAna", "Short.", "Línea con acentos: ñandú, café\n" * 40,
              "-- \nfirma\n--not-a-boundary\n"]
    for index, body in enumerate(bodies):
        for shape in ("plain", "alternative", "mixed", "nested", "related"):
            msg = EmailMessage()
            msg["From"] = "María Peña <maria@example.org>"
            msg["To"] = "soporte@example.com, otra persona <otra@example.com>"
            msg["Subject"] = f"¡Factura duplicada! pedido {index} " + "muy largo " * (index * 4)
            msg["Message-ID"] = f"<m{index}.{shape}@example.org>"
            msg["Date"] = "Mon, 2 Nov 2026 10:00:00 +0100"
            msg.set_content(body)
            if shape in ("alternative", "nested", "related"):
                msg.add_alternative(f"<p>{body}</p><img src='cid:logo'>", subtype="html")
            if shape == "related":
                html = msg.get_payload()[1]
                html.add_related(b"\x89PNG fake", "image", "png", cid="<logo>")
            if shape in ("mixed", "nested"):
                msg.add_attachment(b"%PDF-1.4 " + bytes(range(256)) * 3, maintype="application", subtype="pdf",
                                   filename="factura_ñandú.pdf")
                msg.add_attachment("a,b\n1,2\n", subtype="csv", filename="datos.csv")
            for line_end in ("\r\n", "\n"):
                messages.append(msg.as_bytes(policy=policy.SMTP.clone(linesep=line_end)))
    return messages


def test_well_formed_mail_takes_the_fast_path_and_gives_the_same_tree() -> None:
    for raw in corpus():
        fast = mime.fast_tree(raw)
        assert fast is not None, raw[:200]
        full = reference(raw)
        assert defects(full) == []
        assert differences(fast, full) == []


UNUSUAL = {
    "close boundary missing": b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nuno\r\n",
    "no start boundary": b"Content-Type: multipart/mixed; boundary=b\r\n\r\nsolo texto\r\n",
    "close before start": b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b--\r\n--b\r\n\r\nx\r\n--b--\r\n",
    "two boundaries in a row": b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n--b\r\n\r\nx\r\n--b--\r\n",
    "multipart without boundary": b"Content-Type: multipart/mixed\r\n\r\n--b\r\n\r\nx\r\n--b--\r\n",
    "encoded multipart": (b"Content-Type: multipart/mixed; boundary=b\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                          b"--b\r\n\r\nx\r\n--b--\r\n"),
    "bare CR": b"Subject: a\rb\r\n\r\nhola\r\n",
    "envelope line": b"From ana@example.org Mon Nov  2 10:00:00 2026\r\nSubject: x\r\n\r\nhola\r\n",
    "body where a header should be": b"Subject: x\r\nesto no es una cabecera\r\n\r\nhola\r\n",
    "continuation first": b" continued\r\nSubject: x\r\n\r\nhola\r\n",
    "empty header name": b":x\r\nSubject: x\r\n\r\nhola\r\n",
    "form feed in the headers": b"Subject: a\x0cb\r\n\r\nhola\r\n",
    "attached message": (b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n"
                         b"Subject: dentro\r\n\r\nhola\r\n--b--\r\n"),
    "delivery report": (b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n\r\n"
                        b"fallo\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\n--b--\r\n"),
    "digest": b"Content-Type: multipart/digest; boundary=b\r\n\r\n--b\r\n\r\nSubject: x\r\n\r\nhola\r\n--b--\r\n",
}


@pytest.mark.parametrize("name", sorted(UNUSUAL))
def test_unusual_mail_goes_to_the_email_package(name: str) -> None:
    raw = UNUSUAL[name]
    assert mime.fast_tree(raw) is None
    assert differences(mime.read(raw), reference(raw)) == []


def test_a_broken_message_keeps_the_email_packages_defects() -> None:
    parsed = parse(UNUSUAL["close boundary missing"])
    assert "CloseBoundaryNotFoundDefect" in parsed.defects
    assert parsed.body_text == "uno"


def mutations(raw: bytes, rnd: random.Random) -> bytes:
    """The same message with lines dropped, doubled, cut or boundary lines bent."""
    lines = raw.split(b"\n")
    for _ in range(rnd.randint(1, 3)):
        index = rnd.randrange(len(lines))
        choice = rnd.randrange(5)
        if choice == 0:
            del lines[index]
        elif choice == 1:
            lines.insert(index, lines[index])
        elif choice == 2:
            lines[index] = lines[index][: rnd.randrange(len(lines[index]) + 1)]
        elif choice == 3:
            lines[index] = lines[index] + rnd.choice([b"--", b" ", b"\t", b"x", b"\r"])
        else:
            lines.insert(index, b"")
    return b"\n".join(lines)


def test_mangled_mail_is_either_read_exactly_or_left_to_the_email_package() -> None:
    rnd = random.Random(20261124)
    taken, left = 0, 0
    for raw in corpus():
        for _ in range(40):
            mangled = mutations(raw, rnd)
            fast = mime.fast_tree(mangled)
            if fast is None:
                left += 1
                continue
            taken += 1
            full = reference(mangled)
            assert defects(full) == [], mangled
            assert differences(fast, full) == [], mangled
    assert taken > 300 and left > 300  # both paths were exercised, many times
