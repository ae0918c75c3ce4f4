"""The conversation pane: a ticket's whole story, safely shown.

Customers' HTML was sanitized when it was stored; here remote images stay
blocked (``MailBrowser.loadResource`` never fetches anything) until the
agent allows them for one message or for every message from that sender.
Links inside mail are never followed; only the pane's own actions are
(mark a promise done, allow images, save an attachment, open another ticket).
Attachments are saved under their cleaned name, through a save dialog.

A reply opens under the thread (:meth:`ConversationPane.show_reply`), as in Help Scout: the thread stays
above it, scrollable, with the customer's last message in view.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text, stored_error_text
from ui.formatting import amount, date_text, datetime_text
from ui.theme import colour
from ui.labels import (
    action_label,
    action_status_label,
    event_label,
    followup_label,
    language_name,
    reply_state_label,
    status_label,
)
from workstation import conversation
from workstation.remote_content import AllowedSenders, fetch_images, remote_images
from workstation.store.db import Store


class MailBrowser(QTextBrowser):
    """A QTextBrowser that loads no remote resource unless it was fetched after the agent allowed it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # nothing is followed from mail
        self.allowed_images: dict[str, QImage] = {}
        self.blocked: set[str] = set()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 - Qt's name
        address = url.toString() if isinstance(url, QUrl) else str(url)
        if address.lower().startswith(("http://", "https://", "ftp://", "//")):
            if address in self.allowed_images:
                return self.allowed_images[address]
            self.blocked.add(address)
            return None
        if kind == QTextDocument.ResourceType.ImageResource.value and not address.startswith("data:"):
            return None  # cid: and file: images are not loaded from anywhere either
        return super().loadResource(kind, url)


def _match_span() -> str:
    """A search match: the theme's match colours, and underlined, so it shows without colour too."""
    return (f"<span style='background:{colour('match_bg')};color:{colour('match_text')};"
            "text-decoration:underline'>\\1</span>")


def _highlight_text(text: str, terms: list[str]) -> str:
    escaped = html.escape(text)
    if not terms:
        return escaped
    pattern = re.compile("(" + "|".join(re.escape(html.escape(t)) for t in terms) + ")", re.IGNORECASE)
    return pattern.sub(_match_span(), escaped)


def _highlight_html(markup: str, terms: list[str]) -> str:
    if not terms:
        return markup
    pattern = re.compile("(" + "|".join(re.escape(t) for t in terms) + ")", re.IGNORECASE)
    parts = re.split(r"(<[^>]+>)", markup)
    return "".join(part if part.startswith("<") else
                   pattern.sub(_match_span(), part) for part in parts)


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(size // 1024, 1)} KB"


class ConversationPane(QWidget):
    """The selected ticket's thread and what was promised in it."""

    reply_requested = Signal(int)
    # The agent marks a promised action done (the action's id).
    action_done_requested = Signal(int)
    # The agent asks for another ticket of the same customer.
    ticket_requested = Signal(int)
    # The agent opens the customer's record (the customer's id), by clicking their name.
    customer_requested = Signal(int)
    # The agent splits a message off into a ticket of its own (the message's id).
    split_requested = Signal(int)
    # Something to tell the agent (a file saved, an error).
    message = Signal(str, bool)
    # A conversation was put in front of the agent (workstation.conversation.Conversation): it is seen.
    shown = Signal(object)
    # Another ticket is about to be shown (its id): a reply open under the previous one is put away.
    ticket_changed = Signal(int)

    def __init__(self, store: Store, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._run = run
        self._wanted: int | None = None
        self._conv: conversation.Conversation | None = None
        self._terms: list[str] = []
        # A review pack: nothing to reply to or mark done from here.
        self.read_only = False
        # The newest message on top (Preferences); the oldest first otherwise, as the thread was written.
        self.newest_first = False
        self._allowed_messages: set[int] = set()
        self._senders = AllowedSenders(store.location.data_dir)
        self._allowed_senders: set[str] = set()  # read with each ticket, on the worker
        self.title = QLabel()
        self.title.setObjectName("conversationTitle")
        self.title.setWordWrap(True)
        self.reply_button = QPushButton(self.tr("Reply… (r)"))
        self.reply_button.setObjectName("replyButton")
        self.reply_button.setEnabled(False)
        self.reply_button.clicked.connect(self.request_reply)
        self.browser = MailBrowser()
        self.browser.setObjectName("conversationBrowser")
        self.browser.anchorClicked.connect(self._anchor)
        # The thread over the reply being written (when there is one): both visible, the split movable.
        self.reply: QWidget | None = None
        self.thread = QSplitter(Qt.Orientation.Vertical)
        self.thread.setObjectName("threadSplitter")
        self.thread.addWidget(self.browser)
        self.thread.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.reply_button)
        layout.addLayout(heading)
        self.presence = QLabel()  # team mode: who else is on this ticket
        self.presence.setObjectName("conversationPresence")
        self.presence.setStyleSheet("color: #8a5a00; font-weight: bold")
        self.presence.setVisible(False)
        layout.addWidget(self.presence)
        layout.addWidget(self.thread, 1)
        self.show_placeholder()

    # --- what is shown ------------------------------------------------------------------

    def set_presence(self, found: dict[int, tuple[Any, ...]]) -> None:
        """Who else is on the ticket shown, from {ticket: (Present, ...)} (team mode, ui.presence)."""
        from ui.presence import describe

        if self._wanted in found:
            text = describe(found[self._wanted])
            self.presence.setText(text)
            self.presence.setVisible(bool(text))

    def shown_ticket(self) -> int | None:
        return self._wanted

    def set_highlight(self, terms: list[str]) -> None:
        """Words of the current search, marked in the conversation."""
        self._terms = [t for t in terms if len(t) >= 2]
        if self._conv is not None:
            self._render(self._conv)

    def reload(self) -> None:
        if self._wanted is not None:
            self.show_ticket(self._wanted)

    def request_reply(self) -> None:
        if self._conv is not None and not self._conv.is_sample and not self.read_only:
            self.reply_requested.emit(self._conv.ticket_id)

    def show_placeholder(self) -> None:
        self._conv = None
        self.reply_button.setEnabled(False)
        self.title.setText(self.tr("No ticket selected"))
        self.browser.setHtml(
            f"<p style='color:{colour('muted')}'>" + html.escape(self.tr("Pick a ticket in the queue to read the whole "
                                                           "conversation and what was promised.")) + "</p>"
        )

    # --- the reply under the thread -----------------------------------------------------

    def show_reply(self, reply: QWidget) -> None:
        """Put ``reply`` (a composer) under the thread; the thread keeps the room the customer's last message
        needs, the reply the rest."""
        if self.reply is not None and self.reply is not reply:
            self.take_reply()
        self.reply = reply
        self.thread.addWidget(reply)
        reply.show()
        total = max(self.thread.height(), 400)
        thread = max(min(total // 3, 260), 140)  # the last message in view; the reply gets what it needs
        self.thread.setSizes([thread, total - thread])
        self._scroll_to_last_message()

    def take_reply(self) -> QWidget | None:
        """Take the reply away from under the thread (closed, sent, or popped out), and give it back."""
        reply, self.reply = self.reply, None
        if reply is not None:
            reply.hide()
            reply.setParent(None)  # type: ignore[call-overload]
        return reply

    def _scroll_to_last_message(self) -> None:
        """The customer's last message at the top of the thread, once it is laid out."""
        QTimer.singleShot(0, lambda: self.browser.scrollToAnchor("last-customer-message"))

    def show_ticket(self, ticket_id: int) -> None:
        changed = self._wanted is not None and ticket_id != self._wanted
        if ticket_id != self._wanted:
            self.presence.setVisible(False)
        self._wanted = ticket_id
        if changed:
            self.ticket_changed.emit(ticket_id)
        store = self._store

        senders = self._senders

        def fetch() -> tuple[conversation.Conversation, set[str]]:
            conv = conversation.load(store, ticket_id)
            return conv, senders.load() if any(e.html for e in conv.entries) else set()  # a file: read here

        self._run(fetch, self._loaded)

    def _loaded(self, loaded: tuple[conversation.Conversation, set[str]]) -> None:
        conv, self._allowed_senders = loaded
        self._render(conv)

    # --- the pane's own links -----------------------------------------------------------

    def _anchor(self, url: QUrl) -> None:
        scheme, rest = url.scheme(), url.path()
        if scheme == "mostrador-done" and rest.isdigit():
            self.action_done_requested.emit(int(rest))
        elif scheme == "mostrador-ticket" and rest.isdigit():
            self.ticket_requested.emit(int(rest))
        elif scheme == "mostrador-images" and rest.isdigit():
            self.allow_images(int(rest), sender=False)
        elif scheme == "mostrador-images-sender" and rest.isdigit():
            self.allow_images(int(rest), sender=True)
        elif scheme == "mostrador-save" and rest.isdigit():
            self.save_attachment(int(rest))
        elif scheme == "mostrador-split" and rest.isdigit():
            self.split_requested.emit(int(rest))
        elif scheme == "mostrador-customer" and rest.isdigit():
            self.customer_requested.emit(int(rest))
        elif scheme == "mostrador-original" and rest.isdigit():
            self.save_original(int(rest))
        # Anything else is a link inside a customer's mail: never followed from here.

    def allow_images(self, message_id: int, *, sender: bool) -> None:
        conv = self._conv
        entry = next((e for e in conv.entries if e.message_id == message_id), None) if conv else None
        if entry is None:
            return
        self._allowed_messages.add(message_id)
        urls = remote_images(entry.html)
        senders, address = self._senders, entry.from_addr

        def fetch() -> dict[str, bytes]:
            if sender and address:
                senders.allow(address)
            return fetch_images(urls)

        if sender and address:
            self._allowed_senders.add(address.lower())

        def fetched(images: dict[str, bytes]) -> None:
            for url, data in images.items():
                image = QImage()
                if image.loadFromData(data):
                    self.browser.allowed_images[url] = image
            if self._conv is not None:
                self._render(self._conv)

        self._run(fetch, fetched)

    def save_attachment(self, attachment_id: int) -> None:
        conv = self._conv
        info = next((a for e in (conv.entries if conv else []) for a in e.attachments if a.id == attachment_id),
                    None)
        if info is None:
            return
        self._save(self.tr("Save attachment"), info.safe_filename,
                   lambda store, path: conversation.save_attachment(store, attachment_id, path))

    def save_original(self, message_id: int) -> None:
        """The message as it arrived (an .eml), for one the parser could not read or that arrived damaged."""
        self._save(self.tr("Save the original message"), f"message-{message_id}.eml",
                   lambda store, path: conversation.save_original(store, message_id, path))

    def _save(self, title: str, name: str, write: Callable[[Store, Path], int]) -> None:
        """Ask where, then write there on the worker and say so."""
        target, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name))
        if not target:
            return
        store, path = self._store, Path(target)

        self._run(lambda: write(store, path), lambda _n: self.message.emit(self.tr("Saved %1.").replace("%1", str(path)), False),
                  lambda exc: self.message.emit(error_text(exc), True))

    # --- drawing ------------------------------------------------------------------------

    def _dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def _render(self, conv: conversation.Conversation) -> None:
        if conv.ticket_id != self._wanted:
            return
        same = self._conv is not None and self._conv.ticket_id == conv.ticket_id
        if not same:
            self.browser.blocked.clear()
        self._conv = conv
        self.reply_button.setEnabled(not conv.is_sample and not self.read_only)
        self.reply_button.setToolTip(self.tr("Sample tickets cannot be answered: their inbox is not real.")
                                     if conv.is_sample else "")
        self.title.setText(f"#{conv.ticket_id} · {conv.subject}")
        dark = self._dark()
        who = html.escape(conv.customer)
        if conv.customer_id is not None:  # the name opens the customer's record
            who = (f"<a href='mostrador-customer:{conv.customer_id}' title='{html.escape(self.tr('Customer record'))}'>"
                   f"{who or html.escape(self.tr('Customer record'))}</a>")
        parts = [f"<p><b>{who}</b> · {html.escape(status_label(conv.status))}</p>"]
        splittable = sum(1 for e in conv.entries if e.message_id is not None) > 1 and not self.read_only
        last_inbound = next((e for e in reversed(conv.entries) if not e.outbound), None)
        for entry in (reversed(conv.entries) if self.newest_first else conv.entries):
            if entry is last_inbound:  # where a reply being written scrolls the thread to
                parts.append("<a name='last-customer-message'></a>")
            parts.append(self._entry(entry, dark, self._allowed_senders, splittable))
        parts += self._actions(conv) + self._notes(conv) + self._followups(conv) + self._timeline(conv)
        for score, comment in conv.scores:
            said = self.tr("The customer's score: %1 of 5").replace("%1", str(score))
            parts.append(f"<p><b>★ {html.escape(said)}</b>" + (f" — “{html.escape(comment)}”" if comment else "")
                         + "</p>")
        if conv.other_tickets:
            heading = self.tr("This customer's other tickets")
            parts.append(f"<h4>{html.escape(heading)}</h4><ul>")
            for ticket_id, subject, status, opened in conv.other_tickets:
                parts.append(f"<li><a href='mostrador-ticket:{ticket_id}'>#{ticket_id} {html.escape(subject)}</a>"
                             f" · {html.escape(status_label(status))} · {date_text(opened)}</li>")
            parts.append("</ul>")
        scroll = self.browser.verticalScrollBar()
        kept = scroll.value() if same else 0  # the same ticket read again (another desk's note): stay put
        self.browser.setHtml("".join(parts))
        if kept:
            scroll.setValue(kept)
        elif self.reply is not None:
            self._scroll_to_last_message()
        self.shown.emit(conv)

    def _entry(self, entry: conversation.Entry, dark: bool, allowed_senders: set[str], splittable: bool) -> str:
        who = self.tr("Agent") if entry.outbound else self.tr("Customer")
        when = datetime_text(entry.date) if entry.date else "?"
        background = colour("outbound_bg" if entry.outbound else "inbound_bg", dark)
        if entry.outbox_state:
            who = f"{who} · {reply_state_label(entry.outbox_state)}"
            background = colour("note_bg", dark)
        notice = ""
        if entry.html:
            body = _highlight_html(entry.html, self._terms)
            pending = [u for u in remote_images(entry.html) if u not in self.browser.allowed_images]
            allowed = entry.message_id in self._allowed_messages or (entry.from_addr or "").lower() in allowed_senders
            if pending and not allowed:
                text = self.tr("Remote images are blocked: loading them tells the sender you opened this.")
                once, always = self.tr("Load them for this message"), self.tr("Always for this sender")
                notice = (f"<p style='background:{colour('sample_bg', dark)};color:{colour('sample_text', dark)}'>"
                          f"<small>{html.escape(text)} "
                          f"<a href='mostrador-images:{entry.message_id}'>{html.escape(once)}</a> · "
                          f"<a href='mostrador-images-sender:{entry.message_id}'>{html.escape(always)}</a>"
                          "</small></p>")
            elif pending and allowed and entry.message_id is not None and entry.message_id not in self._allowed_messages:
                self.allow_images(entry.message_id, sender=False)  # an allowed sender: fetch now, off this thread
        else:
            body = _highlight_text(entry.body, self._terms).replace("\n", "<br>")
        files = ""
        if entry.attachments:
            save = html.escape(self.tr("Save…"))
            files = "<br>" + "<br>".join(
                f"📎 {html.escape(a.filename)} ({_size(a.size)}) <a href='mostrador-save:{a.id}'>{save}</a>"
                for a in entry.attachments)
        defects = ""
        if entry.defects:
            label = self.tr("Arrived damaged, shown as well as possible:")
            original = html.escape(self.tr("Save the original…"))
            link = (f" <a href='mostrador-original:{entry.message_id}'>{original}</a>"
                    if entry.message_id is not None else "")
            defects = (f"<br><small style='color:{colour('error', dark)}'>{html.escape(label)} "
                       f"{html.escape('; '.join(entry.defects))}</small>{link}")
        split = ""
        if splittable and entry.message_id is not None and not entry.outbound:
            label = html.escape(self.tr("Split into a new ticket"))
            split = f" · <a href='mostrador-split:{entry.message_id}'>{label}</a>"
        return (f"<table width='100%' cellpadding='8' style='background:{background};"
                f"color:{colour('message_text', dark)};margin-bottom:6px'>"
                f"<tr><td><small>{html.escape(who)} · {html.escape(entry.sender)} · {when}{split}</small>{notice}"
                f"<br>{body}"
                f"{files}{defects}</td></tr></table>")

    @staticmethod
    def _headed_list(heading: str, items: list[str], style: str = "") -> list[str]:
        """A heading over a list of (HTML) items, or nothing when there are none."""
        if not items:
            return []
        return [f"<h4>{html.escape(heading)}</h4><ul{style}>", *(f"<li>{item}</li>" for item in items), "</ul>"]

    def _actions(self, conv: conversation.Conversation) -> list[str]:
        mark_done = self.tr("Mark done…")
        items = []
        for action in conv.actions:
            due = date_text(action.due_at) if action.due_at else ""
            money = amount(action.value, action.currency) if action.value is not None else action.amount
            detail = " · ".join(x for x in (money, action.reference, due) if x)
            done = ""
            if action.status in ("promised", "missed") and not conv.is_sample and not self.read_only:
                done = f" · <a href='mostrador-done:{action.id}'>{html.escape(mark_done)}</a>"
            status = html.escape(action_status_label(action.status))
            if action.status == "missed":  # the word says it; the colour only repeats it
                status = f"<span style='color:{colour('error')}'>{status}</span>"
            items.append(f"{html.escape(action_label(action.kind))} — {status} · {html.escape(detail)}{done}")
        return self._headed_list(self.tr("Actions promised"), items)

    def _notes(self, conv: conversation.Conversation) -> list[str]:
        if not conv.notes:
            return []
        heading = self.tr("Internal notes (never sent)")
        parts = [f"<h4>{html.escape(heading)}</h4>"]
        for when, who, text in conv.notes:
            parts.append(f"<p style='background:{colour('note_bg')};color:{colour('note_text')}'>"
                         f"<small>{datetime_text(when)} · "
                         f"{html.escape(who)}</small><br>{html.escape(text).replace(chr(10), '<br>')}</p>")
        return parts

    def _followups(self, conv: conversation.Conversation) -> list[str]:
        now = datetime.now(UTC)
        items = []
        for item in conv.followups:
            what = followup_label(item.kind) + (f" ({action_label(item.action_kind)})" if item.action_kind else "")
            due = datetime_text(item.due_at)
            if item.due_at < now:
                late = self.tr("late")
                due = f"<span style='color:{colour('error')}'>{due} ({html.escape(late)})</span>"
            items.append(f"{due} · {html.escape(what)}")
        return self._headed_list(self.tr("Follow-ups"), items)

    def _timeline(self, conv: conversation.Conversation) -> list[str]:
        items = []
        for event in conv.timeline:
            detail = self._why(event.kind, event.data) or event.data.get("what") or event.data.get("reason") \
                or (stored_error_text(event.data["error"], event.data.get("error_code"), event.data.get("error_params"))
                    if event.data.get("error") else "")
            line = f"{datetime_text(event.at)} · {event.actor} · {event_label(event.kind)}"
            items.append(html.escape(line) + (f" — {html.escape(str(detail))}" if detail else ""))
        return self._headed_list(self.tr("Timeline"), items, f" style='color:{colour('muted')}'")

    def _why(self, kind: str, data: dict[str, Any]) -> str:
        """Why the store did something by itself, in a sentence (reopened, filed as spam...)."""
        if kind == "ticket_reopened":
            return self.tr("%1 wrote again; it was %2, and is new again with a fresh response deadline.") \
                .replace("%1", str(data.get("sender") or self.tr("The customer"))) \
                .replace("%2", status_label(str(data.get("from", ""))))
        if kind == "filed_as_spam":
            return (self.tr("the sender is blocked") if data.get("reason") == "sender_blocked"
                    else self.tr("the mail server's spam filter marked it as spam"))
        if kind == "filed_for_the_record":
            return {"automatic_message": self.tr("an automatic reply or a bounce: kept, nobody waits for an answer"),
                    "sent_elsewhere": self.tr("sent from another mail program, in reply to no ticket: kept")}.get(
                str(data.get("reason")),
                self.tr("the sender could not be read; the original can be saved from the message"))
        if kind == "inbox_removed":
            return f"{data.get('inbox', '')} <{data.get('email', '')}>"
        if kind == "customer_merged":  # who turned out to be the same person
            return f"{data.get('removed_name') or ''} <{', '.join(data.get('addresses') or [])}>".strip()
        if kind == "language_set":
            return language_name(str(data.get("after", "")))
        return ""
