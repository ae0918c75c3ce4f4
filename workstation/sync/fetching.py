"""UID FETCH of whole messages, read without imaplib's and imapclient's general response readers.

imaplib reads each response line through several regular expressions and
imapclient then lexes the FETCH answers one character at a time in Python;
for whole messages that is a sixth of a full sync's CPU, spent on the few
dozen bytes around each message. Here the command is sent on imaplib's own
connection and its answer read straight from the socket's buffered file
(``_answer``: the same list ``imaplib.IMAP4.uid`` returns, other untagged
responses kept where imaplib keeps them). The answers to our own FETCH have
one shape (``n (UID u FLAGS (...) INTERNALDATE "..." RFC822.SIZE s BODY[] {s}``,
then the literal, then ``)``), and a regular expression reads it. Whatever
does not have that shape (an unsolicited FETCH for another message, items
in another order, a server's extra items) sends the whole answer to
imapclient's own parser, so the result is always what ``IMAPClient.fetch``
gives: {uid: {b"SEQ", b"FLAGS", b"INTERNALDATE", b"RFC822.SIZE", b"BODY[]", ...}}.
"""

from __future__ import annotations

import imaplib
import re
from collections.abc import Sequence
from typing import Any

from imapclient import IMAPClient
from imapclient.datetime_util import parse_to_datetime
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from imapclient.response_parser import parse_fetch_response

ITEMS = "(FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])"
#: Servers may refuse longer command lines; RFC 7162 asks clients to stay near 8,192 octets.
MAX_SET_LENGTH = 8000
_HEAD = re.compile(
    rb"(\d+) \(UID (\d+) (?:MODSEQ \((\d+)\) )?FLAGS \(([^()\"]*)\) INTERNALDATE \"([^\"]+)\" "
    rb"RFC822\.SIZE (\d+) BODY\[\] \{(\d+)\}")


def fetch_messages(client: IMAPClient, uids: Sequence[int], *,
                   max_set_length: int = MAX_SET_LENGTH) -> dict[int, dict[bytes, Any]]:
    """Flags, internal date, size and the whole message (not marked as read) of each UID still there,
    in as many commands as keep each command line short."""
    result: dict[int, dict[bytes, Any]] = {}
    for uid_set in uid_sets(uids, max_set_length):
        data = _answer(client._imap, f"UID FETCH {uid_set} {ITEMS}")  # imapclient's own fetch uses _imap too
        parsed = _read(data, client.normalise_times)
        if parsed is None:
            parsed = parse_fetch_response(data, client.normalise_times, True)
        result.update(parsed)
    wanted = set(uids)
    return {uid: items for uid, items in result.items() if uid in wanted}


def uid_sets(uids: Sequence[int], limit: int = MAX_SET_LENGTH) -> list[str]:
    """IMAP sequence sets naming exactly these UIDs, runs of consecutive ones as ``first:last``, each
    set at most ``limit`` characters long."""
    runs: list[str] = []
    ordered = sorted(set(uids))
    start = 0
    for index in range(1, len(ordered) + 1):
        if index == len(ordered) or ordered[index] != ordered[index - 1] + 1:
            first, last = ordered[start], ordered[index - 1]
            runs.append(str(first) if first == last else f"{first}:{last}")
            start = index
    sets: list[str] = []
    current: list[str] = []
    length = 0
    for run in runs:
        if current and length + 1 + len(run) > limit:
            sets.append(",".join(current))
            current, length = [], 0
        current.append(run)
        length += len(run) + (1 if length else 0)
    if current:
        sets.append(",".join(current))
    return sets


def _answer(imap: imaplib.IMAP4, command: str) -> list[Any]:
    """Send ``command`` and read its answer: the FETCH responses as imaplib's ``uid`` returns them
    (``(line, literal)`` pairs and lines, without "* " and "FETCH"), the other untagged responses
    (EXISTS, EXPUNGE...) filed in imaplib's ``untagged_responses`` as its own reader files them.
    A NO or BAD raises IMAPClientError; BYE or a closed connection, IMAPClientAbortError."""
    tag = imap._new_tag()
    imap.send(tag + b" " + command.encode("ascii") + b"\r\n")
    readline, read = imap.file.readline, imap.file.read
    fetched: list[Any] = []

    def line() -> bytes:
        text = readline(imaplib._MAXLINE + 1)
        if not text.endswith(b"\r\n"):
            raise IMAPClientAbortError("socket error: EOF" if not text else f"unreadable line from the server: "
                                       f"{text[:80]!r}")
        return text[:-2]

    while True:
        text = line()
        if text.startswith(tag + b" "):
            status, _, said = text[len(tag) + 1:].partition(b" ")
            if status != b"OK":
                raise IMAPClientError(f"{command.split()[1].lower()} failed: {said.decode('utf-8', 'replace')}")
            return fetched
        match = imaplib.Untagged_status.match(text) or imaplib.Untagged_response.match(text)
        if match is None:
            raise IMAPClientError(f"unexpected answer from the server: {text[:80]!r}")
        kind = match["type"].decode("ascii")
        data = match["data"]
        if match.re is imaplib.Untagged_status and match["data2"]:
            data = data + b" " + match["data2"]
        items = fetched.append if kind == "FETCH" else (lambda item, kind=kind: imap._append_untagged(kind, item))
        while (literal := imaplib.Literal.match(data or b"")) is not None:
            size = int(literal["size"])
            content = read(size)
            if len(content) != size:
                raise IMAPClientAbortError("socket error: EOF")
            items((data, content))
            data = line()
        items(data)
        if kind == "BYE":
            raise IMAPClientAbortError(f"the server closed the connection: {(data or b'').decode('utf-8', 'replace')}")


def _read(data: list[Any], normalise: bool) -> dict[int, dict[bytes, Any]] | None:
    """The answers when every one has the expected shape, else None."""
    if len(data) % 2:
        return None
    result: dict[int, dict[bytes, Any]] = {}
    for index in range(0, len(data), 2):
        literal, close = data[index], data[index + 1]
        if not isinstance(literal, tuple) or close != b")":
            return None
        head, body = literal
        match = _HEAD.fullmatch(head)
        if match is None or int(match[7]) != len(body):
            return None
        seq, uid, modseq, flags, internal_date, size, _ = match.groups()
        items: dict[bytes, Any] = {b"SEQ": int(seq), b"FLAGS": tuple(flags.split()),
                                   b"INTERNALDATE": parse_to_datetime(internal_date, normalise=normalise),
                                   b"RFC822.SIZE": int(size), b"BODY[]": body}
        if modseq is not None:
            items[b"MODSEQ"] = (int(modseq),)
        result[int(uid)] = items
    return result
