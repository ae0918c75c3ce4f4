"""A table model over the queue that holds only the rows it shows.

Rows arrive a page at a time from a worker (``Tasks``); the view asks for
more with ``canFetchMore``/``fetchMore`` as the user scrolls. Sorting and
filtering happen in SQL (:mod:`workstation.queue`). ``SortRole`` gives real
values (datetimes, enums) rather than display strings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from workstation.queue import QueueRow, list_rows
from workstation.store.db import Store

PAGE = 200
SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketTableModel", text)


def status_label(status: str) -> str:
    labels = {
        "new": _tr("New"), "open": _tr("Open"), "waiting": _tr("Waiting on customer"),
        "resolved": _tr("Resolved"), "closed": _tr("Closed"), "spam": _tr("Spam"),
    }
    return labels.get(status, status)


def priority_label(priority: str) -> str:
    labels = {"low": _tr("Low"), "normal": _tr("Normal"), "high": _tr("High"), "urgent": _tr("Urgent")}
    return labels.get(priority, priority)


def category_label(category: str | None) -> str:
    if not category:
        return ""
    labels = {
        "billing": _tr("Billing"), "delivery": _tr("Delivery"), "product_defect": _tr("Product defect"),
        "service_outage": _tr("Service outage"), "attention": _tr("Attention received"),
        "account": _tr("Account"),
    }
    return labels.get(category, category)


def action_label(kind: str) -> str:
    labels = {
        "refund": _tr("Refund"), "replacement": _tr("Replacement"), "repair_visit": _tr("Repair visit"),
        "credit": _tr("Credit or discount"), "correction": _tr("Correction"), "cancellation": _tr("Cancellation"),
        "process_change": _tr("Process change"), "escalation": _tr("Escalation"), "answer": _tr("Answer given"),
    }
    return labels.get(kind, kind)


def action_status_label(status: str) -> str:
    labels = {
        "proposed": _tr("proposed"), "awaiting_approval": _tr("awaiting approval"), "promised": _tr("promised"),
        "done": _tr("done"), "missed": _tr("missed"), "cancelled": _tr("cancelled"),
    }
    return labels.get(status, status)


def humanize_age(delta_seconds: float) -> str:
    minutes = int(abs(delta_seconds) // 60)
    if minutes < 60:
        return _tr("%1 min").replace("%1", str(minutes))
    hours = minutes // 60
    if hours < 48:
        return _tr("%1 h").replace("%1", str(hours))
    return _tr("%1 d").replace("%1", str(hours // 24))


class TicketTableModel(QAbstractTableModel):
    COLUMNS = ("customer", "subject", "inbox", "status", "priority", "assignee", "category", "age", "due")

    #: Emitted when a page request fails (the message channel shows it).
    load_failed = Signal(object)
    #: Emitted after the first page of a view has arrived.
    loaded = Signal()

    def __init__(self, store: Store, run: Callable[..., None], parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._run = run  # Tasks.run
        self._rows: list[QueueRow] = []
        self._view = "open"
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._now = datetime.now(UTC)

    # --- loading ---------------------------------------------------------------

    def set_view(self, view: str) -> None:
        self._view = view
        self.reload()

    def view(self) -> str:
        return self._view

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        store, view = self._store, self._view

        def fetch() -> list[QueueRow]:
            with store.read() as session:
                return list_rows(session, view, limit=PAGE)

        self._loading = True
        self._run(fetch, lambda rows: self._replace(generation, rows), self._failed)

    def _replace(self, generation: int, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return  # an older request, overtaken by a newer view
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < PAGE
        self._now = datetime.now(UTC)
        self.endResetModel()
        self._loading = False
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.load_failed.emit(exc)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._loading:
            return
        generation, offset = self._generation, len(self._rows)
        store, view = self._store, self._view

        def fetch() -> list[QueueRow]:
            with store.read() as session:
                return list_rows(session, view, limit=PAGE, offset=offset)

        self._loading = True
        self._run(fetch, lambda rows: self._append(generation, rows), self._failed)

    def _append(self, generation: int, rows: list[QueueRow]) -> None:
        self._loading = False
        if generation != self._generation or not rows:
            self._exhausted = self._exhausted or not rows
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._exhausted = len(rows) < PAGE
        self.endInsertRows()

    # --- Qt's table interface --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = {
            "customer": _tr("Customer"), "subject": _tr("Subject"), "inbox": _tr("Inbox"),
            "status": _tr("Status"), "priority": _tr("Priority"), "assignee": _tr("Assignee"),
            "category": _tr("Category"), "age": _tr("Age"), "due": _tr("Due"),
        }
        return titles[self.COLUMNS[section]]

    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject":
            return f"{row.subject}\n\n{row.snippet}"
        if role == Qt.ItemDataRole.ForegroundRole and column == "due" and self._overdue(row):
            return QBrush(QColor("#c62828"))
        return None

    def _overdue(self, row: QueueRow) -> bool:
        return row.due_at is not None and row.status in ("new", "open", "waiting") and row.due_at < self._now

    def _display(self, row: QueueRow, column: str) -> str:
        if column == "customer":
            return row.customer
        if column == "subject":
            snippet = " ".join(row.snippet.split())
            return f"{row.subject} — {snippet}" if snippet else row.subject
        if column == "inbox":
            return row.inbox
        if column == "status":
            return status_label(row.status)
        if column == "priority":
            return priority_label(row.priority)
        if column == "assignee":
            return row.assignee or _tr("Unassigned")
        if column == "category":
            return category_label(row.category)
        if column == "age":
            return humanize_age((self._now - row.created_at).total_seconds())
        if column == "due":
            if row.due_at is None or row.status not in ("new", "open", "waiting"):
                return ""
            left = (row.due_at - self._now).total_seconds()
            if left < 0:
                return _tr("overdue %1").replace("%1", humanize_age(left))
            return _tr("in %1").replace("%1", humanize_age(left))
        return ""

    def _sort_value(self, row: QueueRow, column: str) -> Any:
        if column in ("age",):
            return row.created_at
        if column == "due":
            return row.due_at
        return self._display(row, column)
