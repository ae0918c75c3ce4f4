"""Turning raw RFC 5322 bytes into the fields the store keeps.

Nothing here raises for bad mail: a header that cannot be decoded, a broken
MIME structure, an unknown charset or a missing Date each become a recorded
defect, and the raw bytes are always kept by the caller. A message the
parser cannot read at all comes back with only its size, hash and the defect.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import _header_value_parser as header_parser
from email import errors as email_errors
from email import message as email_message
from email.header import decode_header, make_header
from email.message import Message
from email.utils import collapse_rfc2231_value, parsedate_to_datetime
from pathlib import Path
from typing import Any

import nh3

from workstation.categories import suggest as suggest_category
from workstation.language import detect as detect_language
from workstation.sync import mime

SNIPPET_LENGTH = 200
UNREADABLE_TEXT = 20_000  # characters of an unreadable message's text kept for reading and search
_SNIPPET_HEAD = 4 * SNIPPET_LENGTH  # the body's head a snippet is read from, when it gives enough
_MSGID = re.compile(r"<[^<>\s\x00-\x1f\x7f]+>")
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fw|fwd|rv|reenv|res|aw|wg|sv|vs)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_AUTO_PRECEDENCE = {"bulk", "junk", "list", "auto_reply", "auto-reply"}
#: Characters no header value may carry once decoded: C0 controls (CR, LF and NUL among them), DEL, C1
#: controls, and Unicode's line and paragraph separators.
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
#: What a display name that shows an address looks like (checked after NFKC, so "＠" counts).
_SHOWN_ADDRESS = re.compile(r"[^\s<>()\[\]\"',;:‘’]+@[^\s<>()\[\]\"',;:‘’@]+\.[^\s<>()\[\]\"',;:‘’@.]+")
#: At most this many characters of a header are decoded (the raw message keeps the rest): the email
#: package's decode_header takes time growing with the square of its input.
MAX_HEADER_DECODED = 16 * 1024
_BOUNCE_SENDERS = ("mailer-daemon@", "postmaster@")


@dataclass
class ParsedAttachment:
    filename: str | None
    safe_filename: str
    mime_type: str
    data: bytes
    sha256: str
    content_id: str | None
    inline: bool


@dataclass
class ParsedMessage:
    content_hash: str
    size: int
    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    from_addr: str | None = None
    from_name: str | None = None
    to_addrs: list[str] = field(default_factory=list)
    cc_addrs: list[str] = field(default_factory=list)
    subject: str = ""
    date: datetime | None = None
    body_text: str = ""
    body_html: str | None = None
    snippet: str = ""
    attachments: list[ParsedAttachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    is_auto: bool = False
    #: The complaint category its text suggests (see workstation.categories), computed here, in the
    #: parsing workers, rather than in the process that stores; None for auto-replies, which open no ticket.
    category: str | None = None
    #: The server's spam filter marked it (X-Spam-Flag: YES, X-Spam-Status: Yes...).
    is_spam: bool = False
    #: "es" or "en", from the sender's own words (quoted text left out); None when they do not say.
    language: str | None = None
    #: The parser could not read its structure: only its headers (if any) and the raw bytes are kept.
    unreadable: bool = False


def normalize_subject(subject: str) -> str:
    """Lower-cased subject without Re:/Fwd:/RV: prefixes and extra spaces."""
    return _SPACE.sub(" ", _SUBJECT_PREFIX.sub("", subject or "")).strip().lower()[:500]


def snippet(text: str) -> str:
    """The text's first SNIPPET_LENGTH characters, white space collapsed. Collapsing is local, so a head of
    the text gives the same characters when it is long enough: most bodies are not collapsed whole."""
    head = _SPACE.sub(" ", text[:_SNIPPET_HEAD]).strip()
    if len(head) >= SNIPPET_LENGTH or len(text) <= _SNIPPET_HEAD:
        return head[:SNIPPET_LENGTH]
    return _SPACE.sub(" ", text).strip()[:SNIPPET_LENGTH]


#: Names Windows keeps for devices, with any extension ("CON", "aux.txt"): a file cannot be saved under them.
_DEVICE_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
#: File systems take names of at most 255 bytes; room is left for a " (2)" when the name is taken.
MAX_FILENAME_BYTES = 200


def _cut(text: str, limit: int) -> str:
    """``text``'s head of at most ``limit`` bytes in UTF-8, cut between characters."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def safe_filename(name: str | None, fallback: str = "attachment") -> str:
    """A file name safe to write anywhere: no path, no control characters, no device name, at most
    MAX_FILENAME_BYTES bytes."""
    if not name:
        return fallback
    name = unicodedata.normalize("NFC", name).replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*').strip(" .")
    if not name or name in {".", ".."}:
        return fallback
    if name.split(".")[0].strip().lower() in _DEVICE_NAMES:
        name = f"_{name}"
    stem, dot, ext = name.rpartition(".")
    if dot and len(ext) <= 16:
        ext = _cut(ext, 40)
        return (_cut(stem, MAX_FILENAME_BYTES - 1 - len(ext.encode("utf-8"))).rstrip(" .") or "_") + "." + ext
    return _cut(name, MAX_FILENAME_BYTES).rstrip(" .") or fallback


def html_to_text(markup: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", text)
    text = html.unescape(_TAGS.sub(" ", text))
    lines = [_SPACE.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


# Built once: nh3.clean builds its rules again on every call (about a fifth of its time on lab mail).
_SANITIZER = nh3.Cleaner(link_rel="noopener noreferrer nofollow", strip_comments=True)


def sanitize_html(markup: str) -> str:
    """Only harmless markup: no scripts, no event handlers, no forms or frames.

    Remote images stay as <img src> here; the window blocks their loading
    until the user allows it.
    """
    return _SANITIZER.clean(markup)


def _decode_words(value: str, defects: list[str], name: str) -> str:
    """RFC 2047 encoded words to text; raw 8-bit bytes read as UTF-8."""
    value = _capped(_as_text(value), defects, name)  # raw 8-bit bytes: surrogates from the parser
    if "=?" not in value:
        return value
    try:
        try:
            return str(make_header(decode_header(value)))
        except UnicodeDecodeError:  # raw 8-bit text beside encoded words: read as the header registry reads it
            return str(header_parser.get_unstructured(value))
    except (LookupError, UnicodeError, ValueError, IndexError, email_errors.HeaderParseError) as exc:
        defects.append(f"undecodable {name} header ({type(exc).__name__}); shown as sent")
        return value


def _first_headers(msg: Message) -> dict[str, str]:
    """Each header's first value as sent, by lower-case name: raw 8-bit bytes still surrogates, so
    _decode_words reads them as UTF-8 (Message.get would wrap them in an unknown-8bit Header)."""
    first: dict[str, str] = {}
    for name, value in msg.raw_items():
        first.setdefault(name.lower(), value)
    return first


def _header(headers: dict[str, str], name: str, defects: list[str]) -> str | None:
    value = headers.get(name.lower())
    if value is None:
        return None
    return _decode_words(value, defects, name)


_FWS = r"[ \t\r\n]"
_NAME_WORD = r"[^ \t\r\n()<>@,:;.\"\[\]\\]+(?:\.[^ \t\r\n()<>@,:;.\"\[\]\\]*)*"
_ADDR_SPEC = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
# One mailbox of the common shapes: "Name" <addr>, Name <addr>, <addr>, addr.
_MAILBOX = re.compile(
    rf'{_FWS}*(?:"(?P<quoted>[^"\\\r\n]*)"|(?P<name>{_NAME_WORD}(?:{_FWS}+{_NAME_WORD})*))?{_FWS}*<(?P<addr>{_ADDR_SPEC})>{_FWS}*'
    rf"|{_FWS}*(?P<bare>{_ADDR_SPEC}){_FWS}*")
_SPACES = re.compile(_FWS + "+")


def _simple_addresses(value: str) -> list[tuple[str, str]] | None:
    """What registry_addresses reads in a list of mailboxes of the common shapes, None for anything else."""
    found = []
    position, length = 0, len(value)
    while True:
        match = _MAILBOX.match(value, position)
        if match is None:
            return None
        if match["bare"] is not None:
            found.append(("", match["bare"]))
        else:
            name = match["quoted"] if match["quoted"] is not None else _SPACES.sub(" ", match["name"] or "").strip()
            found.append((name, match["addr"]))
        position = match.end()
        if position == length:
            return found
        if value[position] != ",":
            return None
        position += 1


def registry_addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) of each mailbox in an address header, as the email package's header registry
    reads them (``policy.default``), encoded words in display names decoded, without its refusal of CR or LF
    in a display name (the caller removes them). ``value``: the header as sent, unfolded. A mailbox the
    registry itself fails on (it raises for some malformed ones, a group inside a group or an unclosed
    quote) is left out, as reading the header through ``policy.default`` would fail on it."""
    # The registry's parser meets hostile input with errors of many kinds (fuzzing found HeaderParseError,
    # IndexError, AttributeError, UnboundLocalError): any of them means it cannot read that part.
    try:
        address_list, _ = header_parser.get_address_list(value)
        mailboxes = [mb for address in address_list.addresses for mb in address.all_mailboxes]
    except Exception:  # noqa: BLE001 - see above
        return []
    pairs = []
    for mb in mailboxes:
        try:
            local, domain = mb.local_part or "", mb.domain or ""
        except Exception:  # noqa: BLE001 - see above
            continue
        if not domain:  # no address at all ("undisclosed-recipients", "0@x" in quotes)
            continue
        if not header_parser.DOT_ATOM_ENDS.isdisjoint(local):
            local = header_parser.quote_string(local)
        try:
            display = mb.display_name or ""
        except Exception:  # noqa: BLE001 - see above
            display = ""
        pairs.append((display, f"{local}@{domain}"))
    return pairs


_LINE_ENDS = re.compile("[\r\n]")


def _unfold(value: str) -> str:
    """A header value on one line (RFC 5322's unfolding: its CR and LF removed; other characters Python
    counts as line ends, U+2028 say, stay, to be removed as controls where they show)."""
    return _LINE_ENDS.sub("", value)


def _is_unicode(value: str) -> bool:
    """False for text holding undecodable bytes (surrogates from an encoded word of invalid UTF-8)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _clean(value: str, defects: list[str], what: str) -> str:
    """``value`` without control characters (each becomes a space) or undecodable bytes (each a
    replacement character), with a defect when it had any."""
    if not _is_unicode(value):
        defects.append(f"undecodable bytes in the {what} replaced")
        value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if CONTROLS.search(value) is None:
        return value
    defects.append(f"control characters in the {what} removed")
    return _SPACE.sub(" ", CONTROLS.sub(" ", value)).strip()


def _addresses(raw: str | None, defects: list[str], name: str) -> list[tuple[str, str]]:
    """(display name, address) of an address header, read as RFC 5322 says: the addresses from the header as
    sent, display names decoded only afterwards, so nothing an encoded word holds can become an address.
    An address with a control character or without a domain is dropped; a display name that shows another
    address is replaced by "‘that address’ via the address"."""
    if not raw:
        return []
    value = _capped(_unfold(_as_text(raw)), defects, name)
    pairs = _simple_addresses(value)
    fast = pairs is not None
    if pairs is None:
        pairs = registry_addresses(value)
    found = []
    for display, address in pairs:
        address = address.strip().lower()
        if "@" not in address or address.startswith("@") or address.endswith("@"):
            continue
        if CONTROLS.search(address) or any(ch.isspace() for ch in address) or not _is_unicode(address):
            defects.append(f"an address with control characters, spaces or undecodable bytes in the {name} "
                           "header ignored")
            continue
        if fast:  # the registry has decoded them already
            display = _decode_words(display, defects, f"{name} display name")
        display = _clean(display, defects, f"{name} display name").strip()
        found.append((_unmasked(display, address, defects, name), address))
    return found


def _unmasked(display: str, address: str, defects: list[str], name: str) -> str:
    """A display name that shows an address other than the sender's own, as "‘shown’ via address"."""
    if "@" not in display and "\uff20" not in display and "\ufe6b" not in display:
        return display
    for shown in _SHOWN_ADDRESS.findall(unicodedata.normalize("NFKC", display)):
        shown = shown.strip(".").lower()
        if shown and shown != address:
            defects.append(f"the {name} display name shows another address ({shown}) than the sender's ({address})")
            return f"‘{shown}’ via {address}"
    return display


def _capped(value: str, defects: list[str], name: str) -> str:
    """The head of a header that is decoded (MAX_HEADER_DECODED characters), with a defect when cut."""
    if len(value) <= MAX_HEADER_DECODED:
        return value
    defects.append(f"{name} header of {len(value):,} characters; only its first {MAX_HEADER_DECODED:,} are read")
    return value[:MAX_HEADER_DECODED]


def _as_text(value: str) -> str:
    """A header as sent, raw 8-bit bytes (surrogates from the parser) read as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value


def _message_ids(value: str | None) -> list[str]:
    return _MSGID.findall(value or "")


class _Params:
    """A part's Content-Type and Content-Disposition parameters, each header read once: the answers of
    Message.get_filename and get_content_charset, which read Content-Type again on every call (about
    a twentieth of a message's parsing went to reading the same parameters a second and third time)."""

    def __init__(self, part: Message) -> None:
        self.type = part._get_params_preserve(None, "content-type")
        self.disposition = part._get_params_preserve(None, "content-disposition")

    @staticmethod
    def _get(params: list[tuple[str, Any]] | None, name: str) -> Any:
        for key, value in params or ():
            if key.lower() == name:
                return email_message._unquotevalue(value)
        return _MISSING

    def filename(self) -> str | None:
        name = self._get(self.disposition, "filename")
        if name is _MISSING:
            name = self._get(self.type, "name")
        return None if name is _MISSING else collapse_rfc2231_value(name).strip()

    def charset(self) -> str | None:
        charset = self._get(self.type, "charset")
        if charset is _MISSING:
            return None
        if isinstance(charset, tuple):  # RFC 2231: (charset, language, value)
            try:
                charset = str(charset[2].encode("raw-unicode-escape"), charset[0] or "us-ascii")
            except (LookupError, UnicodeError):
                charset = charset[2]
        return charset.lower() if charset.isascii() else None


_MISSING = object()


def _text_of(part: Message, defects: list[str], params: _Params | None) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = (params.charset() if params else part.get_content_charset()) or "utf-8"
    try:
        return payload.decode(charset)
    except LookupError:
        defects.append(f"unknown charset {charset!r} in a {part.get_content_type()} part; shown as UTF-8")
    except UnicodeDecodeError:
        defects.append(f"text not valid {charset} in a {part.get_content_type()} part; shown with replacements")
        return payload.decode(charset, errors="replace")
    return payload.decode("utf-8", errors="replace")


def parse(raw: bytes, categories_dir: Path | None = None) -> ParsedMessage:
    """Parse one message; never raises for malformed input. ``categories_dir`` holds a supervisor's own
    ``categories.yaml``, if any."""
    result = ParsedMessage(content_hash=hashlib.sha256(raw).hexdigest(), size=len(raw))
    try:
        msg = mime.read(raw)  # compat32's tree: headers are decoded here, only the few the store keeps
    except Exception as exc:  # the parser itself gave up (e.g. RecursionError on deep nesting)
        result.defects.append(f"message could not be parsed: {type(exc).__name__}: {exc}")
        return _unreadable(raw, result)
    defects = result.defects
    defects.extend(type(d).__name__ for d in msg.defects)
    headers = _first_headers(msg)

    message_id = _message_ids(_header(headers, "Message-ID", defects))
    result.message_id = message_id[0] if message_id else None
    in_reply_to = _message_ids(_header(headers, "In-Reply-To", defects))
    result.in_reply_to = in_reply_to[0] if in_reply_to else None
    result.references = _message_ids(_header(headers, "References", defects))

    senders = _addresses(headers.get("from"), defects, "From")
    if senders:
        result.from_name, result.from_addr = senders[0][0] or None, senders[0][1]
    else:
        defects.append("no usable From address")
    result.to_addrs = [addr for _, addr in _addresses(headers.get("to"), defects, "To")]
    result.cc_addrs = [addr for _, addr in _addresses(headers.get("cc"), defects, "Cc")]
    result.subject = _clean(_SPACE.sub(" ", _header(headers, "Subject", defects) or "").strip(), defects,
                            "Subject")

    date_header = _header(headers, "Date", defects)
    if date_header:
        try:
            date = parsedate_to_datetime(date_header)
            result.date = date.astimezone(UTC) if date.tzinfo else date.replace(tzinfo=UTC)
        except (TypeError, ValueError, IndexError, OverflowError):
            defects.append(f"invalid Date header: {date_header[:60]!r}")
    else:
        defects.append("missing Date header")

    _walk(msg, result, defects)
    if not result.body_text and result.body_html:
        result.body_text = html_to_text(result.body_html)
    result.snippet = snippet(result.body_text)
    result.is_auto = _is_automatic(msg, headers, result, defects)
    result.is_spam = _is_spam(headers, defects)
    result.language = detect_language(result.body_text, result.subject)
    if not result.from_addr and not result.subject and not result.body_text:
        result.unreadable = True
    if not result.is_auto:  # auto-replies and bounces open no ticket to suggest a category for
        result.category = suggest_category(f"{result.subject} {result.body_text[:2000]}", categories_dir)
    return result


def _unreadable(raw: bytes, result: ParsedMessage) -> ParsedMessage:
    """What can still be read of a message whose structure the parser gave up on: its headers (read
    without the body), and its text as sent, so the ticket it opens says who wrote and what about."""
    result.unreadable = True
    try:
        msg = mime._full.parsebytes(raw, headersonly=True)
        headers = _first_headers(msg)
        defects = result.defects
        senders = _addresses(headers.get("from"), defects, "From")
        if senders:
            result.from_name, result.from_addr = senders[0][0] or None, senders[0][1]
        result.subject = _clean(_SPACE.sub(" ", _header(headers, "Subject", defects) or "").strip(), defects,
                                "Subject")
        message_id = _message_ids(_header(headers, "Message-ID", defects))
        result.message_id = message_id[0] if message_id else None
        result.in_reply_to = next(iter(_message_ids(_header(headers, "In-Reply-To", defects))), None)
        result.references = _message_ids(_header(headers, "References", defects))
        result.is_spam = _is_spam(headers, defects)
        payload = msg.get_payload()
        if isinstance(payload, str):
            result.body_text = payload[:UNREADABLE_TEXT].encode("ascii", "surrogateescape").decode("utf-8", "replace")
            result.snippet = snippet(result.body_text)
    except Exception as exc:  # not even the headers: the raw bytes are all there is
        result.defects.append(f"headers could not be read either: {type(exc).__name__}")
    return result


def _is_spam(headers: dict[str, str], defects: list[str]) -> bool:
    """The server's spam filter said so (SpamAssassin's and rspamd's headers)."""
    flag = (_header(headers, "X-Spam-Flag", defects) or "").strip().lower()
    status = (_header(headers, "X-Spam-Status", defects) or "").strip().lower()
    return flag in ("yes", "true") or status.startswith(("yes", "spam"))


def _walk(msg: Message, result: ParsedMessage, defects: list[str]) -> None:
    try:
        parts = list(msg.walk())
    except Exception as exc:
        defects.append(f"broken MIME structure: {type(exc).__name__}")
        parts = [msg]
    for part in parts:
        if part.is_multipart():
            defects.extend(type(d).__name__ for d in part.defects)
            continue
        content_type = part.get_content_type()
        params: _Params | None = None
        try:
            params = _Params(part)
            disposition = part.get_content_disposition()
            filename = params.filename()
            if filename:
                filename = _decode_words(filename, defects, "filename")
        except Exception as exc:
            defects.append(f"unreadable part headers: {type(exc).__name__}")
            params, disposition, filename = None, None, None
        is_attachment = disposition == "attachment" or (filename is not None and disposition != "inline") or (
            not content_type.startswith("text/") and part is not msg)
        if not is_attachment and content_type == "text/plain" and not result.body_text:
            result.body_text = _text_of(part, defects, params).strip()
            continue
        if not is_attachment and content_type == "text/html" and result.body_html is None:
            result.body_html = sanitize_html(_text_of(part, defects, params))
            continue
        if not is_attachment and content_type.startswith("text/"):
            continue
        try:
            data = part.get_payload(decode=True) or b""
        except Exception as exc:
            defects.append(f"undecodable attachment: {type(exc).__name__}")
            data = b""
        content_id = part.get("Content-ID")
        result.attachments.append(ParsedAttachment(
            filename=filename,
            safe_filename=safe_filename(filename, fallback=f"attachment-{len(result.attachments) + 1}"),
            mime_type=content_type,
            data=data,
            sha256=hashlib.sha256(data).hexdigest(),
            content_id=str(content_id).strip() if content_id else None,
            inline=disposition == "inline",
        ))


def _is_automatic(msg: Message, headers: dict[str, str], result: ParsedMessage, defects: list[str]) -> bool:
    """Auto-replies and bounces: they neither open tickets nor restart timers."""
    auto_submitted = (_header(headers, "Auto-Submitted", defects) or "").strip().lower()
    if auto_submitted and auto_submitted != "no":
        return True
    if _header(headers, "X-Autoreply", defects) or _header(headers, "X-Autorespond", defects):
        return True
    if (_header(headers, "Precedence", defects) or "").strip().lower() in _AUTO_PRECEDENCE:
        return True
    if msg.get_content_type() == "multipart/report":
        return True
    return bool(result.from_addr and result.from_addr.startswith(_BOUNCE_SENDERS))
