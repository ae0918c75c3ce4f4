"""UID FETCH of whole messages, read without imapclient's general response parser.

imapclient reads every FETCH response one character at a time in Python;
for whole messages that is a tenth of a full sync's time, spent on the few
dozen bytes around each message. The answers to our own FETCH have one
shape (``n (UID u FLAGS (...) INTERNALDATE "..." RFC822.SIZE s BODY[] {s}``,
then the literal, then ``)``), and a regular expression reads it. Whatever
does not have that shape (an unsolicited FETCH for another message, items
in another order, a server's extra items) sends the whole answer to
imapclient's own parser, so the result is always what ``IMAPClient.fetch``
gives: {uid: {b"SEQ", b"FLAGS", b"INTERNALDATE", b"RFC822.SIZE", b"BODY[]", ...}}.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from imapclient import IMAPClient
from imapclient.datetime_util import parse_to_datetime
from imapclient.exceptions import IMAPClientError
from imapclient.response_parser import parse_fetch_response

ITEMS = "(FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])"
_HEAD = re.compile(
    rb"(\d+) \(UID (\d+) (?:MODSEQ \((\d+)\) )?FLAGS \(([^()\"]*)\) INTERNALDATE \"([^\"]+)\" "
    rb"RFC822\.SIZE (\d+) BODY\[\] \{(\d+)\}")


def fetch_messages(client: IMAPClient, uids: Sequence[int]) -> dict[int, dict[bytes, Any]]:
    """Flags, internal date, size and the whole message (not marked as read) of each UID still there."""
    if not uids:
        return {}
    # imapclient's own fetch drives imaplib the same way (its private _imap).
    typ, data = client._imap.uid("FETCH", ",".join(map(str, uids)), ITEMS)
    if typ != "OK":
        raise IMAPClientError(f"fetch failed: {data[0]!r}" if data else "fetch failed")
    parsed = _read(data, client.normalise_times)
    if parsed is None:
        parsed = parse_fetch_response(data, client.normalise_times, True)
    wanted = set(uids)
    return {uid: items for uid, items in parsed.items() if uid in wanted}


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
