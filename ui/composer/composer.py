"""The composer: a reply, its resolution, and the gate that keeps it honest.

When the agent pauses typing (or presses Send), the gate reads the text
and the actions picked: flagged phrases are highlighted in the text and what
is missing is listed, one sentence each naming the next step. Nothing is
shown in red before that: not on an empty composer, not on a draft just
reopened. Send can always be pressed; a refused press shows the reasons and
is recorded once (``reply_refused``, the dashboard's coaching figure);
closing or keeping a draft records nothing. When every structured action is
complete but the gate does not recognise how the text states it, "Send for
review" lets a supervisor decide. Above the agent's authority, Send becomes
"Send for approval".

Adding an action in the panel writes its sentence at the cursor, in the
ticket's language, so the amount and the date are typed once. What is typed
is saved as a draft a second after each pause, off the GUI thread.

The composer is a widget: the window shows it under the conversation it answers (the thread stays
above it, scrollable), and "Pop out" moves it to a window of its own (:class:`ComposerWindow`). Esc,
like "Close (draft kept)", closes it and keeps the draft; Ctrl+Enter sends.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.composer.reasons import reason_text
from ui.composer.resolution_panel import ResolutionPanel
from ui.composer.spelling import Speller
from ui.errors import error_text
from ui.send_check import SendCheck
from ui.theme import colour
from ui.timers import debouncer
from workstation.agents import AgentInfo, replying_agents
from workstation.followups import LoopProposal
from workstation.outbox.compose import (
    ReplyContext,
    load_draft,
    queue_reply,
    ReplyState,
    read_reply_context,
    record_refusal,
    save_draft,
)
from workstation.paths import RESOURCES
from workstation.resolution.actions import ActionSpec, Catalogue
from workstation.resolution.gate import Flag, GateResult, check_reply, preload
from workstation.store.db import Store

# How long the agent pauses typing before the gate's reasons are shown.
PAUSE_MS = 1500
FLAG_COLOURS = {"apology": "#ffe08a", "flattery": "#ffd0a8", "vague": "#ffb3b3", "deflection": "#e6c3ff"}
# Each kind has its own line under the words as well as its colour, so it reads without colour too.
FLAG_UNDERLINES = {"apology": QTextCharFormat.UnderlineStyle.DashUnderline,
                   "flattery": QTextCharFormat.UnderlineStyle.DotLine,
                   "vague": QTextCharFormat.UnderlineStyle.WaveUnderline,
                   "deflection": QTextCharFormat.UnderlineStyle.DashDotLine}


def flag_name(kind: str) -> str:
    """What a flagged phrase is, in words (its tooltip, and the legend under the text)."""
    return {"apology": QCoreApplication.translate("Composer", "apology"),
            "flattery": QCoreApplication.translate("Composer", "flattery"),
            "vague": QCoreApplication.translate("Composer", "vague promise"),
            "deflection": QCoreApplication.translate("Composer", "passing it on")}.get(kind, kind)


class GateHighlighter(QSyntaxHighlighter):
    """Marks the flagged phrases of the last verdict in the text as it is typed, and misspelled words."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.flags: list[Flag] = []
        self.speller: Speller | None = None

    def set_speller(self, speller: Speller) -> None:
        self.speller = speller if speller.available else None
        self.rehighlight()

    def set_flags(self, flags: list[Flag]) -> None:
        self.flags = flags
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        if self.speller is not None:
            typo = QTextCharFormat()
            typo.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            typo.setUnderlineColor(QColor("#d32f2f"))
            for begin, finish in self.speller.misspelled(text):
                self.setFormat(begin, finish - begin, typo)
        start = self.currentBlock().position()
        end = start + len(text)
        for flag in self.flags:
            if flag.end <= start or flag.start >= end:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(FLAG_COLOURS.get(flag.kind, "#ffe08a")))
            fmt.setForeground(QColor("#1a1a1a"))
            fmt.setUnderlineStyle(FLAG_UNDERLINES.get(flag.kind, QTextCharFormat.UnderlineStyle.WaveUnderline))
            fmt.setUnderlineColor(QColor("#b00020"))
            fmt.setToolTip(flag_name(flag.kind))
            begin = max(flag.start, start) - start
            self.setFormat(begin, min(flag.end, end) - start - begin, fmt)


class ReplyEditor(QPlainTextEdit):
    """Plain text (what the customer gets), with spelling suggestions on the context menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speller: Speller | None = None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = self.createStandardContextMenu()
        cursor = self.cursorForPosition(event.pos())
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        word = cursor.selectedText()
        if self.speller is not None and word and self.speller.misspelled(word):
            first = menu.actions()[0] if menu.actions() else None
            for suggestion in self.speller.suggestions(word) or []:
                action = QAction(suggestion, menu)
                action.triggered.connect(lambda _checked=False, c=cursor, s=suggestion: c.insertText(s))
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())


class RecipientsArea(QWidget):
    """Who the reply goes to: the ticket's customer, every address editable (To and Cc). When the ticket holds
    more than one customer (a merge, a colleague writing in the thread), it asks which of them to answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipientsArea")
        self.question = QLabel(self.tr("This ticket holds more than one customer. Answer:"))
        self.question.setObjectName("whichCustomer")
        self.question.setStyleSheet(f"color: {colour('warning')}; font-weight: bold")
        self.which = QComboBox()
        self.which.setObjectName("customerBox")
        self.to = QLineEdit()
        self.to.setObjectName("toField")
        self.cc = QLineEdit()
        self.cc.setObjectName("ccField")
        self.cc.setPlaceholderText(self.tr("Addresses in copy, separated by commas"))
        to_label, cc_label = QLabel(self.tr("To:")), QLabel(self.tr("Cc:"))
        to_label.setBuddy(self.to)
        cc_label.setBuddy(self.cc)
        grid = QGridLayout(self)  # To and Cc side by side: one line less under the conversation
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.question, 0, 0, 1, 2)
        grid.addWidget(self.which, 0, 2, 1, 2)
        grid.addWidget(to_label, 1, 0)
        grid.addWidget(self.to, 1, 1)
        grid.addWidget(cc_label, 1, 2)
        grid.addWidget(self.cc, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.which.activated.connect(lambda _i: self.to.setText(self.which.currentData() or ""))
        self.set_candidates([], None)

    def set_candidates(self, candidates: list[tuple[str, str, bool]], to: str | None) -> None:
        """(label, address, is the ticket's customer) for everyone who wrote; ``to`` preselected."""
        self.which.clear()
        customers = self.tr("ticket's customer")
        for label, address, is_customer in candidates:
            self.which.addItem(f"{label} ({customers})" if is_customer else label, address)
        self.which.setCurrentIndex(max(self.which.findData(to), 0))
        several = len(candidates) > 1
        self.question.setVisible(several)
        self.which.setVisible(several)
        self.to.setText(to or "")

    def addresses(self) -> tuple[list[str], list[str]]:
        return [self.to.text()], [self.cc.text()] if self.cc.text().strip() else []


@dataclass(frozen=True)
class Opening:
    """What the composer needs when it opens, read off the GUI thread."""

    context: ReplyContext
    agents: list[AgentInfo]
    draft_id: int | None
    draft_body: str | None
    draft_actions: list[ActionSpec]
    snippets: list[dict[str, str]]
    speller: Speller
    catalogue: Catalogue


def load_snippets(data_dir: Path) -> list[dict[str, str]]:
    """Saved replies: the shipped ones plus the team's (``snippets.yaml`` in the data folder)."""
    found: list[dict[str, str]] = []
    for path in (RESOURCES / "snippets.yaml", data_dir / "snippets.yaml"):
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            found.extend({"title": str(s["title"]), "text": str(s["text"]), "language": str(s.get("language", ""))}
                         for s in data if isinstance(s, dict) and s.get("title") and s.get("text"))
    return found


def open_composer_data(store: Store, ticket_id: int, agent: str | None) -> Opening:
    context = read_reply_context(store, ticket_id)
    agents = replying_agents(store)  # on a team's PostgreSQL: only the signed-in agent
    if len(agents) == 1 and (agent is None or store.dialect == "postgresql"):
        agent = agents[0].name  # the only one; with several, the agent chooses in "Replying as", never guessed
    draft = load_draft(store, ticket_id, author=agent) if agents and agent else None
    return Opening(context, agents, draft.id if draft else None, draft.body if draft else None,
                   draft.actions if draft else [], load_snippets(store.location.data_dir),
                   Speller(context.language),  # a dictionary from disk: here, not on the GUI thread
                   preload((store.location.data_dir,)))  # so are the lexicons and the action catalogue


class Composer(QWidget):
    """Reply to one ticket. ``queued`` carries the reply id and its state once it is in the outbox; ``closed``
    says the composer is done (sent, or closed with its draft kept) and its host may take it away."""

    queued = Signal(int, str, object)  # the reply, its state, and the ChangeSet
    agent_chosen = Signal(str)
    closed = Signal()
    pop_out_requested = Signal()

    def __init__(self, store: Store, run: Callable[..., None], ticket_id: int, *, agent: str | None = None,
                 proposal: LoopProposal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setWindowTitle(self.tr("Reply to ticket #%1").replace("%1", str(ticket_id)))
        self._store = store
        self._run = run
        self.ticket_id = ticket_id
        self._agent = agent
        # Closing the loop: the proposed message and the done action it reports, instead of a draft.
        self._proposal = proposal
        self._draft_id: int | None = None
        self._context: ReplyContext | None = None
        self._agents: list[AgentInfo] = []
        self._attachments: list[Path] = []
        self._last_text = ""
        self.speller: Speller | None = None
        self.result: GateResult | None = None
        # Whether the agent typed (or pressed Send) since the composer opened: only then are reasons shown.
        self._touched = False
        # The reply (text and actions) whose refused Send was recorded: pressing Send again on it is not news.
        self._refused_key: str | None = None
        self._sending = False
        self._closed = False
        self._inline = False

        self.header = QLabel(self.tr("Loading…"))
        self.header.setObjectName("composerHeader")
        self.header.setWordWrap(True)
        self.agent_box = QComboBox()
        self.agent_box.setObjectName("agentBox")
        self.agent_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.snippet_box = QComboBox()
        self.snippet_box.setObjectName("snippetBox")
        self.snippet_box.addItem(self.tr("Insert a saved reply…"))
        self.snippet_box.activated.connect(self._insert_snippet)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        replying_as = QLabel(self.tr("Replying as"))
        replying_as.setBuddy(self.agent_box)  # a screen reader names the box by its label
        top.addWidget(replying_as)
        top.addWidget(self.agent_box)
        top.addWidget(self.snippet_box)
        self.recipients = RecipientsArea()

        self.editor = ReplyEditor()
        self.editor.setObjectName("replyEditor")
        self.editor.setTabChangesFocus(True)  # Tab leaves the text for the next control, as in a form
        self.editor.setAccessibleName(self.tr("Reply to the customer"))
        self.editor.setPlaceholderText(self.tr("Write to the customer: what you are doing about it, how much or "
                                               "which, and when."))
        self.highlighter = GateHighlighter(self.editor.document())
        self.legend = QLabel()
        self.legend.setObjectName("flagLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.quoted = QLabel()
        self.quoted.setObjectName("quotedHistory")
        self.quoted.setWordWrap(True)
        self.quoted.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.set_quote_style("full")
        self.quoted.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Under the conversation, the customer's words are right above: one line says they go quoted.
        self.quote_note = QLabel(self.tr("Their last message goes quoted under your reply."))
        self.quote_note.setObjectName("quoteNote")
        self.quote_note.setStyleSheet(f"color: {colour('muted')}")
        self.quote_note.setVisible(False)
        self.verdict = QLabel()
        self.verdict.setObjectName("gateVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(self._attach)
        self.attachments = QLabel()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setEnabled(False)  # until the ticket is read
        self.send_button.clicked.connect(self.send)
        self.review_button = QPushButton(self.tr("Send for review"))
        self.review_button.setObjectName("reviewButton")
        self.review_button.setToolTip(self.tr("The gate does not recognise how the text states your actions. A "
                                              "supervisor reads it and decides; nothing goes out before."))
        self.review_button.setVisible(False)
        self.review_button.clicked.connect(self.send_for_review)
        close = self.close_button = QPushButton(self.tr("Close (draft kept)"))
        close.setObjectName("closeReplyButton")
        close.setToolTip(self.tr("Esc"))
        close.clicked.connect(self.reject)
        self.pop_button = QPushButton(self.tr("Pop out"))
        self.pop_button.setObjectName("popOutButton")
        self.pop_button.setToolTip(self.tr("Write this reply in a window of its own"))
        self.pop_button.setVisible(False)
        self.pop_button.clicked.connect(self.pop_out_requested)
        # The window's choice (Preferences): after a send, the next ticket of the queue is shown.
        self.next_box = QCheckBox(self.tr("Then show the next ticket"))
        self.next_box.setObjectName("nextTicketBox")
        self.next_box.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.attachments, 1)
        buttons.addWidget(self.pop_button)
        buttons.addWidget(close)
        buttons.addWidget(self.next_box)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.send_button)

        editor_column = QWidget()
        left = QVBoxLayout(editor_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.editor, 1)
        left.addWidget(self.legend)
        left.addWidget(self.quoted)
        left.addWidget(self.quote_note)
        self.panel = ResolutionPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor_column)
        splitter.addWidget(self.panel)
        splitter.setSizes([720, 360])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.recipients)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)

        # Keys that work wherever the focus is inside the composer (and only there: under the conversation,
        # the queue's own keys stay the queue's): Ctrl+Enter sends, Esc closes and keeps the draft.
        for keys, slot in (("Ctrl+Return", self.send), ("Ctrl+Enter", self.send), ("Esc", self.reject)):
            key = QShortcut(QKeySequence(keys), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(slot)
        self.send_button.setToolTip(self.tr("Ctrl+Enter"))
        self._check_timer = debouncer(self, PAUSE_MS, self._paused)
        self._save_timer = debouncer(self, 1000, self.save_draft)
        self.editor.textChanged.connect(self._edited)
        self.panel.changed.connect(self._edited)
        self.panel.sentence_offered.connect(self.insert_sentence)
        self.agent_box.currentIndexChanged.connect(self._agent_changed)
        self.editor.setEnabled(False)
        self._run(lambda: open_composer_data(store, ticket_id, agent), self._opened, self._failed)
        self.send_check = SendCheck(store, run, ticket_id, self)  # what happened on the ticket meanwhile

    # --- opening ----------------------------------------------------------------------

    def _opened(self, opening: Opening) -> None:
        if self._closed:
            return  # closed (another ticket's reply asked for) before the ticket was read
        context = opening.context
        self._context = context
        self.header.setText(self.tr("Subject: %1").replace("%1", html.escape(context.subject)))
        self.recipients.set_candidates([(c.label(), c.address, c.is_ticket_customer) for c in context.candidates],
                                       context.to)
        self._agents = opening.agents
        self.agent_box.blockSignals(True)
        for info in opening.agents:
            self.agent_box.addItem(info.name, info.name)
        if not opening.agents:
            self.agent_box.addItem(self.tr("me"), None)
        self.agent_box.setPlaceholderText(self.tr("Choose who is replying"))
        if len(opening.agents) == 1:
            self.agent_box.setCurrentIndex(0)
        elif opening.agents:
            # Several agents: whoever is at the desk, and nobody when the window does not know (never the
            # first one alphabetically, which signed replies as someone else).
            self.agent_box.setCurrentIndex(self.agent_box.findData(self._agent) if self._agent else -1)
        self.agent_box.blockSignals(False)
        for snippet in opening.snippets:
            if snippet["language"] in ("", context.language):
                self.snippet_box.addItem(snippet["title"], snippet["text"])
        caption = html.escape(self.tr("Quoted below your reply:"))
        self.quoted.setText(f"<i>{caption}</i><br>" + html.escape(context.quoted[:1200]).replace("\n", "<br>"))
        self.quoted.setVisible(bool(context.quoted) and not self._inline)
        self.quote_note.setVisible(bool(context.quoted) and self._inline)
        self.speller = opening.speller
        self.editor.speller = self.speller if self.speller.available else None
        self.highlighter.set_speller(self.speller)
        self._draft_id = opening.draft_id if self._proposal is None else None
        self.editor.blockSignals(True)
        if self._proposal is not None:
            self.editor.setPlainText(self._proposal.body + (f"\n-- \n{context.signature}" if context.signature else ""))
        elif opening.draft_body is not None:
            self.editor.setPlainText(opening.draft_body)
        elif context.signature:
            self.editor.setPlainText(f"\n\n-- \n{context.signature}")
        self.editor.blockSignals(False)
        self._last_text = self.editor.toPlainText()
        self.panel.set_catalogue(opening.catalogue)
        self.panel.set_language(context.language)
        self.panel.set_actions([self._proposal.action] if self._proposal is not None else opening.draft_actions)
        self._check_timer.stop()  # what was there on opening is not the agent typing
        self._save_timer.stop()
        self._touched = False
        self.editor.setEnabled(True)
        self.send_button.setEnabled(True)
        self.editor.setFocus()
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.editor.setTextCursor(cursor)
        self.check()

    def _failed(self, exc: BaseException) -> None:
        self.header.setText(html.escape(error_text(exc), quote=False))  # quote=False: no &#x27; left showing
        self.verdict.setText("")

    def set_quote_style(self, style: str) -> None:
        """The customer's earlier words under the reply: "full", readable text beside a bar, or "muted",
        smaller and greyer (still at 4.5:1 or more, never the 1.7:1 grey of palette(mid))."""
        if style == "muted":
            self.quoted.setStyleSheet(f"QLabel {{ color: {colour('muted')}; font-size: small; }}")
        else:
            self.quoted.setStyleSheet(f"QLabel {{ color: palette(text); border-left: 3px solid {colour('muted')}; "
                                      "padding-left: 8px; }")

    def _nobody_replying(self) -> bool:
        """Several agents and none chosen in "Replying as": say so instead of signing as someone."""
        if self._agents and self.agent_box.currentData() is None:
            text = self.tr("Choose who is replying in “Replying as” first.")
            self.verdict.setText(f"<p style='color:{colour('error')}'><b>{html.escape(text)}</b></p>")
            self.agent_box.setFocus()
            return True
        return False

    # --- the gate -----------------------------------------------------------------------

    def _edited(self) -> None:
        text = self.editor.toPlainText()
        if self.sender() is self.editor and text == self._last_text:
            return  # highlighting the flags touched the document's formats, not its text
        self._last_text = text
        if self._context is None:
            return  # the draft or the proposal being put in place, not the agent typing
        self._check_timer.start()
        self._save_timer.start()

    def _paused(self) -> None:
        self._touched = True
        self.check()

    def set_replying(self, name: str | None) -> None:
        """Show ``name`` in "Replying as" again (a switch the desk refused), without announcing a choice."""
        self.agent_box.blockSignals(True)
        self.agent_box.setCurrentIndex(self.agent_box.findData(name) if name else -1)
        self.agent_box.blockSignals(False)
        self.check()

    def _agent_changed(self, _index: int) -> None:
        self.agent_chosen.emit(self.agent_box.currentData() or "")
        self.check()

    def insert_sentence(self, sentence: str) -> None:
        """Write an action's sentence at the cursor, with a space on each side where words would touch."""
        cursor = self.editor.textCursor()
        text = self.editor.toPlainText()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if before and not before.isspace():
            sentence = " " + sentence
        if after and not after.isspace():
            sentence += " "
        cursor.insertText(sentence)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def acting(self) -> AgentInfo | None:
        name = self.agent_box.currentData()
        return next((a for a in self._agents if a.name == name), None)

    def check(self) -> GateResult | None:
        """Run the gate on the reply as it is. Its reasons are shown once the agent has paused typing or
        pressed Send; before that (an empty composer, a draft just reopened) only a reply that passes says so."""
        if self._context is None:
            return None  # still reading the ticket (and the lexicons) on the worker
        agent = self.acting()
        result = check_reply(self.editor.toPlainText(), self.panel.actions(),
                             limits=agent.limits if agent else {}, extra_dirs=(self._store.location.data_dir,),
                             language=self._context.language)
        self.result = result
        self._show(result, refused_send=False)
        return result

    def _show(self, result: GateResult, *, refused_send: bool) -> None:
        agent = self.acting()
        approval = result.needs_approval and not (agent is not None and agent.is_supervisor)
        shown = self._touched or result.accepted
        self.highlighter.set_flags(result.flagged if self._touched else [])
        self._show_legend({f.kind for f in result.flagged} if self._touched else set())
        lines: list[str] = []
        if result.accepted:
            ready = self.tr("Ready to send: the reply commits to a concrete action and says so.")
            lines.append(f"<p style='color:{colour('ok')}'><b>✓ {html.escape(ready)}</b></p>")
        elif shown:
            # Red only for a press of Send the gate refused; while typing, the same reasons in a calmer colour.
            tone = colour("error" if refused_send else "warning")
            heading = self.tr("Not sent. The reply still needs:") if refused_send else \
                self.tr("Before you send, the reply needs:")
            lines.append(f"<p style='color:{tone}'><b>{html.escape(heading)}</b></p><ul style='color:{tone}'>")
            lines.extend(f"<li>{html.escape(reason_text(r))}</li>" for r in result.details)
            lines.append("</ul>")
            if result.review:
                hint = self.tr("Sure the reply says it? Send it for review: a supervisor reads it and decides.")
                lines.append(f"<p>{html.escape(hint)}</p>")
        if approval and shown:
            lines.append(f"<p style='color:{colour('warning')}'>" + "<br>".join(html.escape(reason_text(r))
                                                                  for r in result.approval) + "</p>")
        self.verdict.setText("".join(lines))
        self.send_button.setText(self.tr("Send for approval") if approval else self.tr("Send"))
        self.send_button.setEnabled(not self._sending)
        self.review_button.setVisible(shown and not result.accepted and result.review)
        self.review_button.setEnabled(not self._sending)

    def _show_legend(self, kinds: set[str]) -> None:
        lines = {"apology": "- - -", "flattery": "· · ·", "vague": "~~~", "deflection": "-·-·"}
        chips = [f"<span style='background:{FLAG_COLOURS[k]};color:#1a1a1a'>&nbsp;{html.escape(flag_name(k))} "
                 f"{lines[k]}&nbsp;</span>" for k in FLAG_COLOURS if k in kinds]
        self.legend.setText(html.escape(self.tr("Highlighted:")) + " " + " ".join(chips) if chips else "")
        self.legend.setVisible(bool(chips))

    # --- drafts, attachments, snippets --------------------------------------------------

    def save_draft(self, *, closing: bool = False) -> None:
        if self._proposal is not None:
            return  # a loop-closing message is proposed again whenever it is asked for
        store, ticket_id, body, actions = self._store, self.ticket_id, self.editor.toPlainText(), self.panel.actions()
        author, draft_id = self.agent_box.currentData(), self._draft_id

        def saved(new_id: int) -> None:
            self._draft_id = new_id

        self._run(lambda: save_draft(store, ticket_id, body, actions, author=author, draft_id=draft_id), saved,
                  None if closing else self._failed)

    def _attach(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self._attachments.extend(Path(p) for p in paths)
        self.attachments.setText(", ".join(p.name for p in self._attachments))

    def _insert_snippet(self, index: int) -> None:
        text = self.snippet_box.itemData(index)
        if text:
            self.editor.insertPlainText(text)
        self.snippet_box.setCurrentIndex(0)

    # --- sending -------------------------------------------------------------------------

    def send(self) -> None:
        """Send: queue the reply if the gate accepts it; otherwise show why, and record the refusal once."""
        if self._context is None or self._sending or self._nobody_replying():
            return
        self._check_timer.stop()
        self._touched = True
        result = self.check()
        if result is None:
            return
        if not result.accepted:
            self._show(result, refused_send=True)
            self._record_refusal(result)
            return
        self.send_check.then(lambda: self._queue(for_review=False), draft_id=self._draft_id)

    def send_for_review(self) -> None:
        """Queue a refused reply whose actions are complete for a supervisor, who approves or returns it."""
        if self._context is None or self._sending or self._nobody_replying():
            return
        result = self.check()
        if result is None or result.accepted or not result.review:
            return  # nothing to review (it passes now), or it may not be reviewed (no complete action)
        self.send_check.then(lambda: self._queue(for_review=True), draft_id=self._draft_id)

    def _queue(self, *, for_review: bool) -> None:
        assert self._context is not None
        if self._closed:
            return  # closed while the send-time check ran: the draft is kept, nothing goes
        self._save_timer.stop()
        self._sending = True
        self.send_button.setEnabled(False)
        self.review_button.setEnabled(False)
        store, ticket_id, actions = self._store, self.ticket_id, self.panel.actions()
        body, quote = self.editor.toPlainText(), self._context.quoted
        purpose = "close_loop" if self._proposal is not None else "reply"
        author, draft_id, attachments = self.agent_box.currentData(), self._draft_id, list(self._attachments)
        to, cc = self.recipients.addresses()

        def done(queued: Any) -> None:
            self._draft_id = None  # sent: nothing is left to keep as a draft
            self.queued.emit(queued.id, queued.state.value, queued.changes)
            self._finish()

        def failed(exc: BaseException) -> None:
            self._sending = False
            self._failed(exc)
            self.send_button.setEnabled(True)
            self.review_button.setEnabled(True)

        self._run(lambda: queue_reply(store, ticket_id, body, actions, author=author, attachments=attachments,
                                      draft_id=draft_id, quote=quote, purpose=purpose, for_review=for_review,
                                      to=to, cc=cc),
                  done, failed)

    def _record_refusal(self, result: GateResult) -> None:
        """One ``reply_refused`` event for this press of Send (pressing again on the same reply adds none)."""
        key = json.dumps([self.editor.toPlainText(), [a.as_dict() for a in self.panel.actions()]])
        if key == self._refused_key:
            return
        self._refused_key = key
        store, ticket_id, author = self._store, self.ticket_id, self.agent_box.currentData()
        codes = [r.code for r in result.details]
        source = "close_loop" if self._proposal is not None else "composer"
        self._run(lambda: record_refusal(store, ticket_id, author, codes, source))

    def set_inline(self, inline: bool) -> None:
        """Under the conversation (the customer's words above, "Pop out" offered), or in a window of its own
        (the quoted history shown in full under the text)."""
        self.pop_button.setVisible(inline)
        self.quote_note.setVisible(inline and bool(self._context and self._context.quoted))
        self.quoted.setVisible(not inline and bool(self._context and self._context.quoted))
        self._inline = inline

    @property
    def sending(self) -> bool:
        """On its way to the outbox: Send pressed and accepted, the send-time check or the write not back yet
        (closing it now would leave the send half done; it closes by itself once queued)."""
        return self._sending or self.send_check.busy

    def keep_draft(self) -> None:
        """What was typed in the last second goes to the draft now (it would on the next pause). The composer
        is closing: a failure to save is told by the window's message channel, not by the composer."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_draft(closing=True)

    def _finish(self) -> None:
        if not self._closed:
            self._closed = True
            self.closed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.keep_draft()
        super().closeEvent(event)
        self._finish()

    def reject(self) -> None:
        """Close, keeping the draft. Not a refusal: nothing is recorded for the dashboard."""
        if self.sending:
            return  # on its way to the outbox: the send decides
        self.keep_draft()
        if self.isWindow():
            self.hide()
        self._finish()


def state_text(state: str) -> str:
    return {
        ReplyState.AWAITING_APPROVAL.value: QCoreApplication.translate("Composer", "waits for a supervisor's approval"),
        ReplyState.QUEUED.value: QCoreApplication.translate("Composer", "is in the outbox and goes out now"),
    }.get(state, state)


class ComposerWindow(QDialog):
    """A reply popped out of the main window: the same composer, in a window of its own. Closing the window
    (Esc, the title bar) keeps the draft, as "Close (draft kept)" does."""

    def __init__(self, composer: Composer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.composer = composer
        self.setObjectName("composerWindow")
        self.setWindowTitle(composer.windowTitle())
        self.resize(1100, 720)
        composer.set_inline(False)
        layout = QVBoxLayout(self)
        layout.addWidget(composer)
        composer.closed.connect(self._composer_closed)
        composer.show()

    def _composer_closed(self) -> None:
        self.hide()
        self.deleteLater()

    def reject(self) -> None:
        self.composer.reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.composer.reject()
        super().closeEvent(event)
