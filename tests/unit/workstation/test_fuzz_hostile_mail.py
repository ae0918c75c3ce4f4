"""Fuzzing hostile mail through the whole path: parse, file into a ticket, reply, build the message.

Random and mutated From/To/Subject headers (encoded words carrying CR, LF, NUL, angle brackets and other
addresses; quotes, comments, groups; bytes inserted anywhere) and random MIME trees. Properties:

- nothing raises, but a refusal the agent is told (InvalidInput) when a reply cannot be queued;
- no header value the store keeps or a reply carries holds CR, LF, NUL or another control character;
- the address a ticket is filed under is the address the ``email`` package reads from the header as sent
  (its header registry), never one from inside a display name.

A fixed budget, derandomized: the same cases on every run, a few seconds in CI. A longer run:
``MOSTRADOR_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/unit/workstation/test_fuzz_hostile_mail.py``.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from workstation.mail.endpoints import Security
from workstation.errors import InvalidInput
from workstation.outbox.compose import build_message, queue_reply
from workstation.paths import Location
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store, open_store
from workstation.store.models import Account, Agent, CustomerAddress, Direction, Reply, Role, Ticket
from workstation.sync.filing import BatchFiler, Incoming
from workstation.sync.parse import parse, registry_addresses

EXAMPLES = int(os.environ.get("MOSTRADOR_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
BODY = ("Hola: tiene razón, le cobramos dos veces. Hoy le reembolsamos 45,90 € a su tarjeta; "
        "lo verá antes del 1 de diciembre.")
REFUND = {"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"}

# --- what hostile headers are made of -------------------------------------------------------

_TEXT = st.lists(st.sampled_from(list("abcAB Ññ@.<>,;:\"()[]\\'=?_-\r\n\t\x00\x01\x7f\u2028ü") + ["Bcc:", "\r\nBcc: "]),
                 max_size=20).map("".join)
_LOCAL = st.text(alphabet=st.sampled_from(list("abcxyz019.+-_!#$%&'*/=?^`{|}~\"\\ ()@,<>:;")), min_size=1, max_size=12)
_DOMAIN = st.sampled_from(["example.org", "bank.example", "evil.example", "b.c", "x", "[127.0.0.1]", "ex-ample.org.",
                           "", "a..b", "EXAMPLE.ORG"])


def _encoded(text: str, how: str) -> str:
    data = text.encode("utf-8")
    if how == "b":
        return f"=?utf-8?b?{base64.b64encode(data).decode()}?="
    quoted = "".join(chr(b) if chr(b).isalnum() and b < 128 else "_" if b == 32 else f"={b:02X}" for b in data)
    return f"=?utf-8?q?{quoted}?="


@st.composite
def display_names(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["plain", "quoted", "q", "b", "comment", "address"]))
        text = draw(_TEXT)
        if kind == "address":
            text = f"{draw(_LOCAL)}@{draw(_DOMAIN)}"
            kind = draw(st.sampled_from(["plain", "quoted", "q", "b"]))
        if kind == "quoted":
            parts.append('"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"')
        elif kind in ("q", "b"):
            parts.append(_encoded(text, kind))
        elif kind == "comment":
            parts.append(f"({text})")
        else:
            parts.append(text)
    return draw(st.sampled_from([" ", "", "\r\n "])).join(parts)


@st.composite
def mailboxes(draw: st.DrawFn) -> str:
    address = f"{draw(_LOCAL)}@{draw(_DOMAIN)}"
    shape = draw(st.sampled_from(["angle", "bare", "angle-only", "group"]))
    if shape == "bare":
        return address
    if shape == "angle-only":
        return f"<{address}>"
    name = draw(display_names())
    if shape == "group":
        return f"{name}: {address}, <{draw(_LOCAL)}@{draw(_DOMAIN)}>;"
    return f"{name} <{address}>"


@st.composite
def address_headers(draw: st.DrawFn) -> str:
    value = draw(st.sampled_from([", ", ",", " , "])).join(draw(st.lists(mailboxes(), min_size=1, max_size=3)))
    for _ in range(draw(st.integers(0, 3))):  # mutations: a character in, out or replaced anywhere
        at = draw(st.integers(0, len(value)))
        what = draw(st.sampled_from(list('<>@,;:"\\()\r\n\t =?\x00') + ["\r\n ", "=?utf-8?q?", "?="]))
        cut = draw(st.integers(0, 2))
        value = value[:at] + what + value[at + cut:]
    return value


@st.composite
def subjects(draw: st.DrawFn) -> str:
    words = [_encoded(draw(_TEXT), draw(st.sampled_from("qb"))) if draw(st.booleans()) else draw(_TEXT)
             for _ in range(draw(st.integers(0, 4)))]
    return " ".join(words)


def _header_line(name: str, value: str) -> str:
    """A header as a sender writes it: a bare CR or LF inside a value is where a hostile one breaks lines."""
    return f"{name}: {value}\r\n"


@st.composite
def mime_trees(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["text", "html", "attachment"] + (["multipart"] * 2 if depth < 3 else [])))
    if kind == "multipart":
        boundary = draw(st.sampled_from(["b1", "=_x", "----", "a b", "b1"])) + str(depth)
        parts = draw(st.lists(mime_trees(depth + 1), min_size=0, max_size=3))
        closing = draw(st.sampled_from([f"--{boundary}--\r\n", "", f"--{boundary}\r\n"]))
        subtype = draw(st.sampled_from(["mixed", "alternative", "related", "digest"]))
        return (f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'
                + "".join(f"--{boundary}\r\n{part}\r\n" for part in parts) + closing)
    if kind == "attachment":
        name = draw(st.sampled_from(["CON", "a/../../b.txt", "=?utf-8?q?fac=00tura=0D=0A.pdf?=", "ñ" * 120 + ".pdf",
                                     "", "x\r\n.exe"]))
        encoding = draw(st.sampled_from(["base64", "quoted-printable", "7bit", "x-uue"]))
        return (f'Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="{name}"\r\n'
                f"Content-Transfer-Encoding: {encoding}\r\n\r\n{draw(_TEXT)}")
    charset = draw(st.sampled_from(["utf-8", "latin-1", "x-unknown", "utf-7", ""]))
    subtype = "html" if kind == "html" else "plain"
    return f"Content-Type: text/{subtype}; charset={charset}\r\n\r\n{draw(_TEXT)}<b>hola</b>"


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    headers = [_header_line("From", draw(address_headers()))]
    if draw(st.booleans()):
        headers.append(_header_line("To", draw(address_headers())))
    if draw(st.booleans()):
        headers.append(_header_line("Cc", draw(address_headers())))
    headers.append(_header_line("Subject", draw(subjects())))
    if draw(st.booleans()):
        headers.append(_header_line("Message-ID", draw(st.sampled_from(["<a@b>", "<a\x00b@c>", "<x y@z>", "<>", "z"]))))
    headers.append("Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n")
    return ("".join(headers) + draw(mime_trees())).encode("utf-8", "surrogateescape")


# --- what the email package reads --------------------------------------------------------------


def email_reads(raw: bytes) -> str | None:
    """The first usable address of the first From header, as the email package's header registry reads it
    from the header as sent (``policy.default``); None when it has none."""
    message = message_from_bytes(raw, policy=policy.default)
    sent = next((value for name, value in message.raw_items() if name.lower() == "from"), None)
    if sent is None:
        return None
    # 8-bit text in a header is UTF-8 (RFC 6532); the parser hands it over as surrogates.
    text = str(sent).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    for _, address in registry_addresses(re.sub("[\r\n]", "", text)):
        address = address.strip().lower()
        local, at, domain = address.rpartition("@")
        if at and local and domain and not CONTROLS.search(address) and not any(c.isspace() for c in address) \
                and address.encode("utf-8", "surrogatepass").decode("utf-8", "replace") == address:
            return address
    return None


# --- the path, end to end ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store for every case: an inbox to file into and reply from, and the agent who replies."""
    opened = open_store(Location.resolve(tmp_path_factory.mktemp("fuzz") / "data", None))
    with opened.session() as session:
        session.add(Account(name="Soporte", email="soporte@example.com", imap_host="127.0.0.1", imap_port=143,
                            imap_security=Security.PLAIN, smtp_host="127.0.0.1", smtp_port=25,
                            smtp_security=Security.PLAIN, username="soporte@example.com"))
        session.add(Agent(name="Fuzz", role=Role.SUPERVISOR, limits={}))
    yield opened
    opened.close()


def header_section(data: bytes) -> bytes:
    return data.split(b"\r\n\r\n", 1)[0]


_TAIL = b"Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhola"
# What the fuzzing found, each fixed: run on every run, whatever the budget.
FOUND = [
    b"From: <0@example.org>\r\nTo: :; <0@example.org>\r\nSubject: x\r\n" + _TAIL,  # a group in a group
    b'From: "\r" <0@example.org>\r\nSubject: x\r\n' + _TAIL,  # an unclosed quote
    b"From: <=?utf-8?b?MDAwMEB<LmM=?= <0@example.org>\r\nSubject: x\r\n" + _TAIL,  # an address of invalid UTF-8
    b"From: <0@example.org>\r\nSubject: \xc3\x91 =?utf-8?q?=00?=\r\n" + _TAIL,  # 8-bit text beside a NUL
    b"From: <0@example.org>\r\nSubject: \xc3\x91 =?utf-8?q?=0D?=\r\n" + _TAIL,  # ... and beside a CR
    b'From: < @example.org>, "0@example.org" \xe2\x80\xa8 (\r) <0@example.org>\r\nSubject: x\r\n' + _TAIL,
    b"From: <0@example.org>\r\nTo: a@[\r\n \r\r\n  <0@example.org>\r\nSubject: x\r\n" + _TAIL,
]


@FUZZ
@given(raw=messages())
@example(raw=FOUND[0])
@example(raw=FOUND[1])
@example(raw=FOUND[2])
@example(raw=FOUND[3])
@example(raw=FOUND[4])
@example(raw=FOUND[5])  # a quoted "0@example.org" with no domain taken for an address; U+2028 as a line end
@example(raw=FOUND[6])  # the registry's parser raising UnboundLocalError on an unclosed domain literal
def test_hostile_mail_through_parse_file_reply_and_build(store: Store, raw: bytes) -> None:
    parsed = parse(raw)
    for value in [parsed.subject, parsed.from_name or "", parsed.from_addr or "", *parsed.to_addrs,
                  *parsed.cc_addrs, parsed.message_id or "", parsed.in_reply_to or "", *parsed.references]:
        assert not CONTROLS.search(value), (value, raw)
    assert parsed.from_addr == email_reads(raw), raw

    with store.session() as session:
        account = session.scalar(select(Account))
        assert account is not None
        item = Incoming(parsed, Direction.INBOUND, datetime.now(UTC))
        BatchFiler(session, account).file([item])
        ticket_id = item.ticket.id if item.ticket is not None else None
    if ticket_id is None:
        return
    with store.read() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        filed_under = set(session.scalars(select(CustomerAddress.address)
                                          .where(CustomerAddress.customer_id == ticket.customer_id)))
    if parsed.from_addr is not None:  # a message with no usable sender has a ticket of its own, no customer
        assert parsed.from_addr in filed_under

    try:
        queued = queue_reply(store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)], author="Fuzz")
    except InvalidInput as refused:  # told to the agent, nothing queued
        assert str(refused)
        return
    with store.read() as session:
        reply = session.get(Reply, queued.id)
        assert reply is not None
        data = build_message(session, reply)
    head = header_section(data)
    assert b"\x00" not in head
    for line in head.split(b"\r\n"):
        assert b"\r" not in line and b"\n" not in line
        assert line[:1] in (b" ", b"\t") or re.match(rb"[!-9;-~]+:", line), (line, raw)
    sent = message_from_bytes(data, policy=policy.default)  # 8-bit (SMTPUTF8) headers come back as surrogates
    to = [a.addr_spec.lower().encode("utf-8", "surrogateescape").decode("utf-8") for a in sent["To"].addresses]
    assert to == reply.to_addrs


@FUZZ
@given(value=address_headers())
def test_addresses_are_what_the_header_registry_reads(value: str) -> None:
    raw = f"From: {value}\r\nSubject: x\r\n\r\nhola\r\n".encode("utf-8", "surrogateescape")
    assert parse(raw).from_addr == email_reads(raw)
