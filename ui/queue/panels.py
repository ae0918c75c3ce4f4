"""The panels of the workspace: views sidebar, ticket table, conversation."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.labels import (
    action_label,
    action_status_label,
    event_label,
    followup_label,
    reply_state_label,
    status_label,
)
from ui.queue.model import IdRole, TicketTableModel
from workstation import conversation
from workstation.queue import View
from workstation.store.db import Store

ViewKeyRole = Qt.ItemDataRole.UserRole + 10


class ViewsSidebar(QTreeWidget):
    """The views with live counts; one per inbox below the fixed ones."""

    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewsSidebar")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setMinimumWidth(200)
        self.setMaximumWidth(300)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._changed)

    def label(self, view: View) -> str:
        names = {
            "open": self.tr("Open"), "unassigned": self.tr("Unassigned"),
            "waiting": self.tr("Waiting on customer"), "promises": self.tr("Promises to keep"),
            "resolved": self.tr("Resolved"), "all": self.tr("All"),
        }
        return names.get(view.key, view.label)

    def set_views(self, views: list[tuple[View, int]]) -> None:
        current = self.current_key() or "open"
        self.blockSignals(True)
        self.clear()
        inbox_heading_added = False
        for view, count in views:
            if view.key.startswith("inbox:") and not inbox_heading_added:
                heading = QTreeWidgetItem([self.tr("Inboxes"), ""])
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                self.addTopLevelItem(heading)
                inbox_heading_added = True
            item = QTreeWidgetItem([self.label(view), f"{count:,}".replace(",", "\u202f")])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, ViewKeyRole, view.key)
            self.addTopLevelItem(item)
            if view.key == current:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(0, ViewKeyRole) if item else None

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None and current.data(0, ViewKeyRole):
            self.view_chosen.emit(current.data(0, ViewKeyRole))


class QueueTable(QTableView):
    ticket_selected = Signal(int)

    def __init__(self, model: TicketTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {"customer": 160, "subject": 360, "inbox": 100, "status": 140, "priority": 75,
                  "assignee": 125, "category": 155, "age": 90, "due": 130}
        for column, name in enumerate(model.COLUMNS):
            self.setColumnWidth(column, widths[name])
        header.setSectionResizeMode(model.COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.ticket_selected.emit(current.data(IdRole))


class ConversationPane(QWidget):
    """The selected ticket's thread and what was promised in it."""

    reply_requested = Signal(int)
    #: The agent marks a promised action done (the action's id).
    action_done_requested = Signal(int)

    def __init__(self, store: Store, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._run = run
        self._wanted: int | None = None
        self._shown: int | None = None
        self._shown_sample = False
        self.title = QLabel()
        self.title.setObjectName("conversationTitle")
        self.title.setWordWrap(True)
        self.reply_button = QPushButton(self.tr("Reply… (r)"))
        self.reply_button.setObjectName("replyButton")
        self.reply_button.setEnabled(False)
        self.reply_button.clicked.connect(self.request_reply)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # nothing is fetched or followed from mail
        self.browser.anchorClicked.connect(self._anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.reply_button)
        layout.addLayout(heading)
        layout.addWidget(self.browser, 1)
        self.show_placeholder()

    def _anchor(self, url: QUrl) -> None:
        # Only the pane's own links act; a link inside a customer's message is never followed.
        if url.scheme() == "mostrador-done" and url.path().isdigit():
            self.action_done_requested.emit(int(url.path()))

    def reload(self) -> None:
        if self._wanted is not None:
            self.show_ticket(self._wanted)

    def request_reply(self) -> None:
        if self._shown is not None and not self._shown_sample:
            self.reply_requested.emit(self._shown)

    def show_placeholder(self) -> None:
        self._shown = None
        self.reply_button.setEnabled(False)
        self.title.setText(self.tr("No ticket selected"))
        self.browser.setHtml(
            "<p style='color:#666'>" + html.escape(self.tr("Pick a ticket in the queue to read the whole "
                                                           "conversation and what was promised.")) + "</p>"
        )

    def show_ticket(self, ticket_id: int) -> None:
        self._wanted = ticket_id
        store = self._store

        def fetch() -> conversation.Conversation:
            with store.read() as session:
                return conversation.load(session, ticket_id)

        self._run(fetch, self._render)

    def _render(self, conv: conversation.Conversation) -> None:
        if conv.ticket_id != self._wanted:
            return
        self._shown, self._shown_sample = conv.ticket_id, conv.is_sample
        self.reply_button.setEnabled(not conv.is_sample)
        self.reply_button.setToolTip(self.tr("Sample tickets cannot be answered: their inbox is not real.")
                                     if conv.is_sample else "")
        self.title.setText(f"#{conv.ticket_id} · {conv.subject}")
        parts = [f"<p><b>{html.escape(conv.customer)}</b> · {html.escape(status_label(conv.status))}</p>"]
        for entry in conv.entries:
            who = self.tr("Agent") if entry.outbound else self.tr("Customer")
            when = entry.date.astimezone().strftime("%Y-%m-%d %H:%M") if entry.date else "?"
            background = "#eef5ee" if entry.outbound else "#f3f3f6"
            body = html.escape(entry.body).replace("\n", "<br>")
            if entry.outbox_state:
                who = f"{who} · {reply_state_label(entry.outbox_state)}"
                background = "#fff7e0"
            parts.append(
                f"<table width='100%' cellpadding='8' style='background:{background};margin-bottom:6px'>"
                f"<tr><td><small>{html.escape(who)} · {html.escape(entry.sender)} · {when}</small><br>{body}"
                "</td></tr></table>"
            )
        if conv.actions:
            heading = self.tr("Actions promised")
            mark_done = self.tr("Mark done…")
            parts.append(f"<h4>{html.escape(heading)}</h4><ul>")
            for action in conv.actions:
                due = action.due_at.astimezone().strftime("%Y-%m-%d") if action.due_at else ""
                detail = " · ".join(x for x in (action.amount, action.reference, due) if x)
                done = ""
                if action.status in ("promised", "missed") and not conv.is_sample:
                    link = html.escape(mark_done)
                    done = f" · <a href='mostrador-done:{action.id}'>{link}</a>"
                colour = "#b00020" if action.status == "missed" else "inherit"
                parts.append(f"<li>{html.escape(action_label(action.kind))} — <span style='color:{colour}'>"
                             f"{html.escape(action_status_label(action.status))}</span> · {html.escape(detail)}"
                             f"{done}</li>")
            parts.append("</ul>")
        if conv.followups:
            heading = self.tr("Follow-ups")
            parts.append(f"<h4>{html.escape(heading)}</h4><ul>")
            now = datetime.now(UTC)
            for item in conv.followups:
                late = item.due_at < now
                colour = "#b00020" if late else "inherit"
                what = followup_label(item.kind) + (f" ({action_label(item.action_kind)})" if item.action_kind else "")
                parts.append(f"<li><span style='color:{colour}'>{item.due_at.astimezone():%Y-%m-%d %H:%M}</span> · "
                             f"{html.escape(what)}</li>")
            parts.append("</ul>")
        if conv.timeline:
            heading = self.tr("Timeline")
            parts.append(f"<h4>{html.escape(heading)}</h4><ul style='color:#555'>")
            for event in conv.timeline:
                detail = event.data.get("reason") or event.data.get("error") or ""
                line = f"{event.at.astimezone():%Y-%m-%d %H:%M} · {event.actor} · {event_label(event.kind)}"
                parts.append(f"<li>{html.escape(line)}" + (f" — {html.escape(str(detail))}" if detail else "")
                             + "</li>")
            parts.append("</ul>")
        for score, comment in conv.scores:
            said = self.tr("The customer's score: %1 of 5").replace("%1", str(score))
            parts.append(f"<p><b>★ {html.escape(said)}</b>" + (f" — “{html.escape(comment)}”" if comment else "")
                         + "</p>")
        self.browser.setHtml("".join(parts))
