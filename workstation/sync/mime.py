"""Reading a message's MIME structure: a fast path for well-formed mail, the email package for the rest.

The email package's feed parser reads a message one line at a time in Python
and compiles a regular expression for every multipart boundary it meets:
about half of what parsing a support email costs. Most mail is well formed
(headers, a blank line, parts between boundary lines), and for that mail
``read`` builds the same ``email.message.Message`` tree by slicing the text:
the same header values (through the same policy), the same payload strings,
so everything read from the tree afterwards is what the email package would
give. Whatever it is not certain of (a bare CR, a line in the headers that is
not a header, a From_ line, a multipart without its boundaries or with an
encoding, message/* and digest parts, control characters that split lines)
goes to the email package whole, so broken mail gets exactly its defects.

The fast tree carries headers, parts and payloads; preambles and epilogues,
which nothing in the store reads, are left out.
"""

from __future__ import annotations

import re
from email import policy
from email.message import Message
from email.parser import BytesParser

_full = BytesParser(policy=policy.compat32)
# A header field: its name (printable, no colon), then its value to the line end, with continuation lines.
_FIELD = re.compile(r"([\041-\071\073-\176]+):[ \t]*([^\n]*\n(?:[ \t][^\n]*\n)*)")
_BLANK_LINE = re.compile(r"\n\r?\n")
# Characters str.splitlines() treats as line ends that the email package does not.
_ODD_LINE_ENDS = re.compile(r"[\x0b\x0c\x1c\x1d\x1e]")
_PLAIN_ENCODINGS = ("7bit", "8bit", "binary")


class _Unusual(Exception):
    """Not the common case: the email package reads the whole message."""


def read(raw: bytes) -> Message:
    """The message's tree, as ``BytesParser(policy=compat32).parsebytes`` would build it."""
    return fast_tree(raw) or _full.parsebytes(raw)


def fast_tree(raw: bytes) -> Message | None:
    """The tree by the fast path, or None when the message needs the email package."""
    text = raw.decode("ascii", "surrogateescape")
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return None  # a bare CR ends a line for the email package
    try:
        return _entity(text, leaf_strip=False)
    except (_Unusual, RecursionError):  # deeper than this path recurses: the email package's stack is its own
        return None


def _entity(text: str, *, leaf_strip: bool) -> Message:
    """One entity: its headers, then its body or its parts. ``leaf_strip``: the line end before the
    next boundary belongs to the boundary, not to a body part's payload."""
    msg = Message()
    head, body = _split_head(text)
    if head:
        _set_headers(msg, head)
    maintype = msg.get_content_maintype()
    if maintype == "message":
        raise _Unusual  # nested messages and delivery reports: the email package parses them
    if maintype != "multipart":
        if leaf_strip:
            body = body[:-2] if body.endswith("\r\n") else body[:-1] if body.endswith("\n") else body
        msg._payload = body
        return msg
    boundary = msg.get_boundary()
    if not boundary or msg.get_content_subtype() == "digest":
        raise _Unusual
    if str(msg.get("content-transfer-encoding", "8bit")).lower() not in _PLAIN_ENCODINGS:
        raise _Unusual
    msg._payload = [_entity(part, leaf_strip=True) for part in _parts(body, "--" + boundary)]
    return msg


def _split_head(text: str) -> tuple[str, str]:
    """Header block (with its line ends) and body, split at the first empty line."""
    if text.startswith("\n"):
        return "", text[1:]
    if text.startswith("\r\n"):
        return "", text[2:]
    blank = _BLANK_LINE.search(text)
    if blank is None:
        return text, ""
    return text[: blank.start() + 1], text[blank.end():]


def _set_headers(msg: Message, head: str) -> None:
    """The header block's fields as compat32's ``header_source_parse`` gives them: the name as sent, the
    value without the blanks after the colon, continuation lines kept with their line ends, the last
    line end dropped. One regular expression a field instead of a policy call a field."""
    if _ODD_LINE_ENDS.search(head):
        raise _Unusual
    fields = msg._headers
    position, length = 0, len(head)
    while position < length:
        field = _FIELD.match(head, position)
        if field is None:
            # An envelope (From_) line, body text where a header should be, a continuation with
            # nothing to continue, or a last line without its end.
            raise _Unusual
        fields.append((field[1], field[2].rstrip("\r\n")))
        position = field.end()


def _parts(body: str, separator: str) -> list[str]:
    """The text of each part between boundary lines; exactly one close boundary, after at least one part."""
    starts: list[tuple[int, int]] = []  # (start of the boundary line, end of it)
    closed = False
    position = body.find(separator)
    while position != -1:
        if position == 0 or body[position - 1] == "\n":
            end, is_close = _boundary_line_end(body, position + len(separator))
            if end is not None:
                if is_close:
                    starts.append((position, end))
                    closed = True
                    break
                starts.append((position, end))
        position = body.find(separator, position + 1)
    if not closed or len(starts) < 2:
        raise _Unusual  # no start boundary, no close boundary, or no part
    parts = []
    for (_, part_start), (next_line, _) in zip(starts, starts[1:]):
        if part_start == next_line:
            raise _Unusual  # two boundary lines in a row: the email package merges them
        parts.append(body[part_start:next_line])
    return parts


def _boundary_line_end(body: str, index: int) -> tuple[int | None, bool]:
    """Where a boundary line starting just before ``index`` ends (None: not a boundary line), and
    whether it closes the multipart (``--`` after the separator)."""
    is_close = body.startswith("--", index)
    if is_close:
        index += 2
    length = len(body)
    while index < length and body[index] in " \t":
        index += 1
    if index == length:
        return index, is_close
    if body.startswith("\r\n", index):
        return index + 2, is_close
    if body[index] == "\n":
        return index + 1, is_close
    return None, False
