"""The outbox: replies not yet sent, and the decisions only a person can take.

A supervisor approves (or returns) replies above an agent's authority, and
replies sent for review (the gate refused them, though their actions are
complete): the text is shown with why it waits, and approving can teach the
gate the phrasing it missed (the site's lexicon). A delivery-uncertain reply (the connection dropped after the server had the
whole message) is resent or recorded as sent by a person, never by itself.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.composer.reasons import reason_text
from ui.errors import error_text, stored_error_text
from ui.formatting import amount, date_text
from ui.labels import action_label, reply_state_label
from workstation.agents import AgentInfo, list_agents
from workstation.changes import ChangeSet
from workstation.outbox.compose import approve_reply, return_reply
from workstation.outbox.sender import resolve_uncertain
from workstation.outbox.waiting import OutboxRow, PlannedAction, waiting_replies
from workstation.store.db import Store


def _action_line(action: PlannedAction) -> str:
    """One action the reply commits to, in words: what, how much, reference, who, by when."""
    parts = [action_label(action.kind)]
    if action.amount is not None:
        parts.append(amount(action.amount, action.currency))
    if action.reference:
        parts.append(QCoreApplication.translate("OutboxDialog", "ref. %1").replace("%1", action.reference))
    if action.owner:
        parts.append(QCoreApplication.translate("OutboxDialog", "owner: %1").replace("%1", action.owner))
    if action.due_at is not None:
        parts.append(QCoreApplication.translate("OutboxDialog", "by %1").replace("%1", date_text(action.due_at)))
    line = " · ".join(parts)
    if action.description:
        line += f" — {action.description}"
    return line


def envelope_html(item: OutboxRow) -> str:
    """The reply's recipients, subject and actions as read-only rich text (every value escaped)."""
    rows = [(QCoreApplication.translate("OutboxDialog", "To:"), ", ".join(item.to_addrs) or item.to),
            (QCoreApplication.translate("OutboxDialog", "Cc:"), ", ".join(item.cc_addrs)),
            (QCoreApplication.translate("OutboxDialog", "Subject:"), item.subject)]
    out = ["<table cellspacing='0' cellpadding='1'>"]
    for label, value in rows:
        if value:
            out.append(f"<tr><td><b>{html.escape(label)}</b>&nbsp;</td><td>{html.escape(value)}</td></tr>")
    out.append("</table>")
    if item.actions:
        commits = QCoreApplication.translate("OutboxDialog", "Commits to:")
        out.append(f"<b>{html.escape(commits)}</b><ul style='margin-top:0'>")
        out.extend(f"<li>{html.escape(_action_line(a))}</li>" for a in item.actions)
        out.append("</ul>")
    else:
        alone = QCoreApplication.translate("OutboxDialog", "No structured action: the text alone answers.")
        out.append(f"<i>{html.escape(alone)}</i>")
    return "".join(out)


def load_outbox(store: Store) -> tuple[list[OutboxRow], list[AgentInfo]]:
    return waiting_replies(store), list_agents(store)


class OutboxDialog(QDialog):
    changed = Signal(object)  # the ChangeSet of a reply approved, returned, sent again or recorded as sent

    def __init__(self, store: Store, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(980, 620)
        self._store = store
        self._run = run
        self._rows: list[OutboxRow] = []
        self.agent_box = QComboBox()
        self.agent_box.setObjectName("outboxAgent")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels([self.tr("Ticket"), self.tr("State"), self.tr("To"), self.tr("Subject"),
                                              self.tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.empty = QLabel(self.tr("Nothing waiting: every reply was sent."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        # The selected reply: its text, why it waits, and (sent for review) the phrasing to teach the gate.
        self.why = QLabel()
        self.why.setObjectName("outboxWhy")
        self.why.setWordWrap(True)
        # Who it goes to and what it commits to, read-only, above the text itself.
        self.envelope = QLabel()
        self.envelope.setObjectName("outboxEnvelope")
        self.envelope.setWordWrap(True)
        self.envelope.setTextFormat(Qt.TextFormat.RichText)
        self.envelope.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("outboxPreview")
        self.preview.setReadOnly(True)
        self.preview.selectionChanged.connect(self._phrase_selected)
        self.learn_phrase = QLineEdit()
        self.learn_phrase.setObjectName("learnPhrase")
        self.learn_phrase.setPlaceholderText(self.tr("Select the words in the text that state the action"))
        self.learn_kind = QComboBox()
        self.learn_kind.setObjectName("learnKind")
        self.learn_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.learn_row = QWidget()
        learn = QHBoxLayout(self.learn_row)
        learn.setContentsMargins(0, 0, 0, 0)
        learn.addWidget(QLabel(self.tr("When approving, teach the gate that")))
        learn.addWidget(self.learn_phrase, 1)
        learn.addWidget(QLabel(self.tr("states a")))
        learn.addWidget(self.learn_kind)
        details = QWidget()
        detail_layout = QVBoxLayout(details)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.why)
        detail_layout.addWidget(self.envelope)
        detail_layout.addWidget(self.preview, 1)
        detail_layout.addWidget(self.learn_row)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveButton")
        self.return_button = QPushButton(self.tr("Return to author…"))
        self.resend_button = QPushButton(self.tr("Send again"))
        self.mark_sent_button = QPushButton(self.tr("The customer got it"))
        self.approve_button.clicked.connect(lambda: self._decide("approve"))
        self.return_button.clicked.connect(lambda: self._decide("return"))
        self.resend_button.clicked.connect(lambda: self._decide("resend"))
        self.mark_sent_button.clicked.connect(lambda: self._decide("mark_sent"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Acting as")))
        top.addWidget(self.agent_box)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.resend_button, self.mark_sent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(details)
        split.setChildrenCollapsible(False)
        split.setSizes([220, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        self._run(lambda: load_outbox(self._store), self._loaded)

    def _loaded(self, loaded: tuple[list[OutboxRow], list[AgentInfo]]) -> None:
        rows, agents = loaded
        current = self.agent_box.currentData()
        self.agent_box.clear()
        for agent in agents:
            self.agent_box.addItem(agent.name, agent.name)
        if current:
            self.agent_box.setCurrentIndex(max(self.agent_box.findData(current), 0))
        self._rows = rows
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            why = self.tr("Sent for review (the gate did not recognise the text)") if item.review else \
                _approval_text(item)
            for column, text in enumerate((f"#{item.ticket_id}", reply_state_label(item.state), item.to,
                                           item.subject, why)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                if column == 4:
                    cell.setToolTip(text)  # the whole sentence; the column shows what fits
                self.table.setItem(row, column, cell)
        for column in range(4):  # "Why" takes the width left (sized to its text, it pushed the table sideways)
            self.table.resizeColumnToContents(column)
        self.empty.setVisible(not rows)
        self._selection_changed()

    def _current(self) -> OutboxRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _selection_changed(self) -> None:
        item = self._current()
        state = item.state if item else ""
        self._show_reply(item)
        self.approve_button.setEnabled(state == "awaiting_approval")
        self.return_button.setEnabled(state == "awaiting_approval")
        self.resend_button.setEnabled(state in ("delivery_uncertain", "failed"))
        self.mark_sent_button.setEnabled(state == "delivery_uncertain")

    def _show_reply(self, item: OutboxRow | None) -> None:
        self.preview.setPlainText(item.body if item else "")  # plain text: nothing in it is interpreted
        self.preview.setVisible(item is not None)
        self.envelope.setText(envelope_html(item) if item else "")
        self.envelope.setVisible(item is not None)
        lines = []
        if item is not None and item.review:
            lines.append(self.tr("Sent for review: the gate refused it, though its actions are complete. Read it "
                                 "and decide:"))
            lines.extend(f"• {reason_text(r)}" for r in item.review)
        elif item is not None and item.state == "awaiting_approval":
            lines.append(self.tr("Waits for approval: %1").replace("%1", _approval_text(item)))
        elif item is not None and item.last_error:
            lines.append(self.tr("Last attempt: %1").replace("%1", _approval_text(item)))
        self.why.setText("\n".join(lines))
        self.why.setVisible(bool(lines))
        reviewable = item is not None and bool(item.review) and item.state == "awaiting_approval"
        self.learn_row.setVisible(reviewable)
        self.learn_phrase.clear()
        self.learn_kind.clear()
        for kind in item.kinds if reviewable and item is not None else ():
            self.learn_kind.addItem(action_label(kind), kind)

    def _phrase_selected(self) -> None:
        selected = self.preview.textCursor().selectedText().replace("\u2029", " ").strip()
        if selected and self.learn_row.isVisible():
            self.learn_phrase.setText(" ".join(selected.split()))

    def _decide(self, decision: str) -> None:
        item = self._current()
        if item is None:
            return
        who = self.agent_box.currentData()
        store = self._store
        work: Callable[[], ChangeSet]
        if decision == "return":
            reason, ok = QInputDialog.getText(self, self.tr("Return to author"),
                                              self.tr("What should the author change?"))
            if not ok:
                return
            work = partial(return_reply, store, item.id, reason, supervisor=who)
        elif decision == "approve":
            phrase = self.learn_phrase.text().strip() if self.learn_row.isVisible() else ""
            kind = self.learn_kind.currentData()
            learn = (phrase, kind) if phrase and kind else None
            work = partial(approve_reply, store, item.id, supervisor=who, learn=learn)
        else:
            work = partial(resolve_uncertain, store, item.id, resend=decision == "resend", actor=who or "agent")

        def done(changes: ChangeSet) -> None:
            self.message.setText("")
            self.changed.emit(changes)
            self.reload()

        self._run(work, done, lambda exc: self.message.setText(error_text(exc)))


def _approval_text(item: OutboxRow) -> str:
    """Why a reply waits (its last error, or why it needs approval), in the window's language where the record
    keeps the code and facts; older records say it in the English they kept."""
    if item.last_error:
        return stored_error_text(item.last_error, item.error_code, item.error_params)
    return " ".join(reason_text(r) for r in item.approval) if item.approval else item.detail
