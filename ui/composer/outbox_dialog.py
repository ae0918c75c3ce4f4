"""The outbox: replies not yet sent, and the decisions only a person can take.

A supervisor approves (or returns) replies above an agent's authority. A
delivery-uncertain reply (the connection dropped after the server had the
whole message) is resent or recorded as sent by a person, never by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ui.labels import reply_state_label
from workstation.agents import AgentInfo, list_agents
from workstation.outbox.compose import approve_reply, return_reply
from workstation.outbox.sender import resolve_uncertain
from workstation.store.db import Store
from workstation.store.models import Reply, ReplyState


@dataclass(frozen=True)
class OutboxRow:
    id: int
    ticket_id: int
    state: str
    to: str
    subject: str
    detail: str


def load_outbox(store: Store) -> tuple[list[OutboxRow], list[AgentInfo]]:
    with store.read() as session:
        rows = [OutboxRow(r.id, r.ticket_id, r.state.value, ", ".join(r.to_addrs), r.subject,
                          r.last_error or " ".join(r.gate_result.get("approval", [])))
                for r in session.scalars(select(Reply).where(Reply.state.not_in([ReplyState.DRAFT, ReplyState.SENT]))
                                         .order_by(Reply.id.desc()).limit(500))]
    return rows, list_agents(store)


class OutboxDialog(QDialog):
    changed = Signal()

    def __init__(self, store: Store, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(980, 420)
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
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
            for column, text in enumerate((f"#{item.ticket_id}", reply_state_label(item.state), item.to,
                                           item.subject, item.detail)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self._selection_changed()

    def _current(self) -> OutboxRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _selection_changed(self) -> None:
        item = self._current()
        state = item.state if item else ""
        self.approve_button.setEnabled(state == "awaiting_approval")
        self.return_button.setEnabled(state == "awaiting_approval")
        self.resend_button.setEnabled(state in ("delivery_uncertain", "failed"))
        self.mark_sent_button.setEnabled(state == "delivery_uncertain")

    def _decide(self, decision: str) -> None:
        item = self._current()
        if item is None:
            return
        who = self.agent_box.currentData()
        store = self._store
        work: Callable[[], None]
        if decision == "return":
            reason, ok = QInputDialog.getText(self, self.tr("Return to author"),
                                              self.tr("What should the author change?"))
            if not ok:
                return
            work = partial(return_reply, store, item.id, reason, supervisor=who)
        elif decision == "approve":
            work = partial(approve_reply, store, item.id, supervisor=who)
        else:
            work = partial(resolve_uncertain, store, item.id, resend=decision == "resend", actor=who or "agent")

        def done(_result: object) -> None:
            self.message.setText("")
            self.changed.emit()
            self.reload()

        self._run(work, done, lambda exc: self.message.setText(str(exc)))
