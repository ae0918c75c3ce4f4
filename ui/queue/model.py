"""A table model over the queue that holds only the rows it shows.

Rows arrive a page at a time from a worker (``Tasks``); the view asks for
more with ``canFetchMore``/``fetchMore`` as the user scrolls. Sorting and
filtering happen in SQL (:mod:`workstation.queue`). ``SortRole`` gives real
values (datetimes, enums) rather than display strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from shiboken6 import isValid

from ui.labels import (
    category_label,
    column_title,
    due_in,
    duration,
    priority_label,
    server_state,
    status_label,
    unassigned,
    unread,
)
from ui.formatting import soon_text
from ui.theme import qcolour
from workstation import queue
from workstation.queue import QueueRow
from workstation.store.db import Store

PAGE = 200
SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
FLAG = "⚑"  # before the subject of a ticket flagged on the mail server

Index = QModelIndex | QPersistentModelIndex


class TicketTableModel(QAbstractTableModel):
    COLUMNS = ("customer", "subject", "inbox", "status", "priority", "assignee", "category", "age", "due")

    # Emitted when a page request fails (the message channel shows it).
    load_failed = Signal(object)
    # Emitted after the first page of a view has arrived.
    loaded = Signal()
    # Emitted after rows were re-read in place (refresh).
    refreshed = Signal()
    # Emitted when rows a change named were read again; ``stale`` when one came into the view (it has no
    # place yet: the view is read again in place).
    rows_refreshed = Signal()
    stale = Signal()

    def __init__(self, store: Store, run: Callable[..., None], parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._run = run  # Tasks.run
        self._rows: list[QueueRow] = []
        self._view = "open"
        self._search = ""
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._now = datetime.now(UTC)
        self._agent: str | None = None
        self._refresh_limit = PAGE
        # A column the agent sorted by (the header), and whether downwards; None: the view's own order.
        self._sort: tuple[str, bool] | None = None
        self._pending: set[int] = set()  # rows to read again once the page on its way has landed (reread)
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading ---------------------------------------------------------------

    def set_view(self, view: str) -> None:
        self._view = view
        self.reload()

    def view(self) -> str:
        return self._view

    def set_search(self, text: str) -> None:
        """Full-text search within the view (subject, body, customer); empty shows the whole view."""
        if text.strip() != self._search:
            self._search = text.strip()
            self.reload()

    def search(self) -> str:
        return self._search

    def set_sort(self, column: str | None, descending: bool = False) -> None:
        """Sort by a column (in SQL, over the whole view), or None for the view's own order."""
        wanted = (column, descending) if column else None
        if wanted != self._sort:
            self._sort = wanted
            self.reload()

    def sort_order(self) -> tuple[str, bool] | None:
        return self._sort

    def set_agent(self, name: str | None) -> None:
        """Who is looking: "My queue" and ``assignee:me`` mean them."""
        self._agent = name

    def reload(self) -> None:
        self._generation += 1
        self._request(0, self._replace)

    def refresh(self) -> None:
        """Re-read what is shown (after a sync or a change), in place: rows that stay keep their place,
        and the view keeps its selection and scroll position."""
        self._generation += 1
        self._refresh_limit = max(PAGE, len(self._rows))
        self._request(0, self._update, limit=self._refresh_limit)

    def refresh_rows(self, tickets: Iterable[int], removed: Iterable[int] = ()) -> None:
        """Read again only these tickets' rows (a change-set's), in place; drop the removed ones and those
        that left the view. Rows keep their order, and the view its selection and scroll position."""
        gone = set(removed)
        wanted = (set(tickets) | gone) & set(self.ids())
        news = set(tickets) - gone - wanted  # not shown: a ticket that may have come into the view
        if not wanted and not news:
            return
        if self._search or self._view.startswith("saved:") or self._loading:
            # A search ranks its rows, and a page on its way counts on the rows before it: read it again.
            self.stale.emit()
            return
        generation, store, view, agent = self._generation, self._store, self._view, self._agent
        ask = (wanted | news) - gone
        self._run(lambda: queue.rows_of(store, view, ask, agent=agent),
                  lambda found: self._rows_read(generation, wanted, news, found), self._failed)

    def reread(self, tickets: Iterable[int]) -> None:
        """Read these rows again for how they look (seen or not), never disturbing a page on its way: then
        they are read once it has landed."""
        if self._loading:
            self._pending.update(tickets)
        else:
            self.refresh_rows(tickets)

    def _landed(self) -> None:
        self._loading = False
        if self._pending:
            pending, self._pending = self._pending, set()
            self.refresh_rows(pending)

    def _rows_read(self, generation: int, wanted: set[int], news: set[int], found: dict[int, QueueRow]) -> None:
        if generation != self._generation or not isValid(self):
            return  # the view changed or was read again since (that read is newer), or the window went
        self._now = datetime.now(UTC)
        for row in reversed(range(len(self._rows))):
            ticket_id = self._rows[row].id
            if ticket_id not in wanted:
                continue
            if ticket_id in found:
                self._rows[row] = found[ticket_id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
            else:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        self.rows_refreshed.emit()
        if news & set(found):
            self.stale.emit()

    def _request(self, offset: int, deliver: Callable[[int, list[QueueRow]], None], limit: int = PAGE) -> None:
        """Ask the worker for one page; ``deliver(generation, rows)`` runs on the GUI thread."""
        generation, store, view, search, agent = (self._generation, self._store, self._view, self._search,
                                                  self._agent)
        sort, descending = self._sort or (None, False)

        self._loading = True
        self._run(lambda: queue.page(store, view, agent=agent, limit=limit, offset=offset, search=search,
                                     sort=sort, descending=descending),
                  lambda rows: deliver(generation, rows) if isValid(self) else None, self._failed)

    def _replace(self, generation: int, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return  # an older request, overtaken by a newer view
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < PAGE
        self._now = datetime.now(UTC)
        self.endResetModel()
        self._landed()
        self.loaded.emit()

    def _update(self, generation: int, rows: list[QueueRow]) -> None:
        if generation != self._generation:
            return
        self._now = datetime.now(UTC)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows  # the same tickets in the same order: repaint their cells only
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.COLUMNS) - 1))
        else:
            # Tickets came, went or moved: reset, and let the view put selection and scroll back (refreshed).
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        self._exhausted = len(rows) < self._refresh_limit
        self._landed()
        self.refreshed.emit()

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.load_failed.emit(exc)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._request(len(self._rows), self._append)

    def _append(self, generation: int, rows: list[QueueRow]) -> None:
        if generation != self._generation or not rows:
            self._exhausted = self._exhausted or not rows
            self._landed()
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._exhausted = len(rows) < PAGE
        self.endInsertRows()
        # Only now: a view reacting to the insertion must not ask for this page again.
        self._landed()

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
        column = self.COLUMNS[section]
        return column_title("back" if column == "due" and self._view == "snoozed" else column)

    def set_presence(self, found: dict[int, tuple[Any, ...]]) -> None:
        """Who else is on the listed tickets (team mode, ui.presence): shown before the subject, in full in its
        tooltip."""
        from ui.presence import describe, short

        notes = {**getattr(self, "_presence", {}), **{t: (short(p), describe(p)) for t, p in found.items()}}
        self._presence = {t: note for t, note in notes.items() if note[0]}
        if self._rows:
            column = self.COLUMNS.index("subject")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

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
            note = getattr(self, "_presence", {}).get(row.id)
            return "\n\n".join([*([note[1]] if note else []), f"{row.subject}\n\n{row.snippet}", *server_state(row)])
        if role == Qt.ItemDataRole.ForegroundRole and column == "subject" and row.id in getattr(self, "_presence", {}):
            return QBrush(qcolour("warning"))  # someone else is on it (team mode): the theme's warning colour
        if role == Qt.ItemDataRole.ToolTipRole and column == "customer":
            return row.customer
        if role == Qt.ItemDataRole.ForegroundRole and column == "due" and self._overdue(row):
            return QBrush(qcolour(self.lateness(row)))
        if role == Qt.ItemDataRole.FontRole and (row.unseen or column == "due" and self._overdue(row)
                                                  and self.lateness(row) == "late_weeks"):
            # Bold: a customer message this agent has not seen (the whole row, as a mail client shows unread
            # mail); or weeks late, which stands out from a few hours late by weight, not colour alone.
            return self._bold
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.unseen:
            return unread()  # what bold says, for a screen reader
        if role == Qt.ItemDataRole.ForegroundRole and not row.on_server:
            return QBrush(qcolour("muted"))  # deleted on the mail server: kept here, greyed (still 4.5:1)
        return None

    def lateness(self, row: QueueRow) -> str | None:
        """How late a ticket is, as the theme's colour names it: hours (under a day), days, weeks."""
        if not self._overdue(row):
            return None
        assert row.due_at is not None
        late = (self._now - row.due_at).total_seconds()
        return "late_hours" if late < 86400 else "late_days" if late < 7 * 86400 else "late_weeks"

    def _overdue(self, row: QueueRow) -> bool:
        return (row.due_at is not None and row.status in ("new", "open", "waiting") and row.due_at < self._now
                and not self._snoozed(row))

    def _snoozed(self, row: QueueRow) -> bool:
        until = row.snoozed_until
        if until is None or row.status not in ("new", "open", "waiting"):
            return False
        return (until if until.tzinfo else until.replace(tzinfo=UTC)) > self._now

    def _display(self, row: QueueRow, column: str) -> str:
        if column == "customer":
            return row.customer
        if column == "subject":
            snippet = " ".join(row.snippet.split())
            subject = f"{FLAG} {row.subject}" if row.flagged else row.subject
            text = f"{subject} — {snippet}" if snippet else subject
            note = getattr(self, "_presence", {}).get(row.id)
            return f"{note[0]} · {text}" if note else text
        if column == "inbox":
            return row.inbox
        if column == "status":
            return status_label(row.status)
        if column == "priority":
            return priority_label(row.priority)
        if column == "assignee":
            return row.assignee or unassigned()
        if column == "category":
            return " · ".join(filter(None, [category_label(row.category), ", ".join(row.tags)]))
        if column == "age":
            return duration((self._now - row.created_at).total_seconds())
        if column == "due":
            if self._snoozed(row):  # put aside: when it comes back matters more than a deadline it waits out
                assert row.snoozed_until is not None
                if self._view == "snoozed":  # the header says "Comes back"
                    return soon_text(row.snoozed_until)
                return QCoreApplication.translate("TicketActions", "snoozed until %1").replace(
                    "%1", soon_text(row.snoozed_until))
            if row.due_at is None or row.status not in ("new", "open", "waiting"):
                return ""
            return due_in((row.due_at - self._now).total_seconds())
        return ""

    def _sort_value(self, row: QueueRow, column: str) -> Any:
        if column in ("age",):
            return row.created_at
        if column == "due":
            return row.due_at
        return self._display(row, column)
