"""The sidebar of views and the queue table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ui.formatting import number
from ui.theme import qcolour
from ui.queue.model import IdRole, TicketTableModel
from workstation.queue import View

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
        self.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._changed)

    def label(self, view: View) -> str:
        names = {
            "open": self.tr("Open"), "mine": self.tr("My queue"), "unassigned": self.tr("Unassigned"),
            "due_soon": self.tr("Due soon"), "overdue": self.tr("Overdue"),
            "waiting": self.tr("Waiting on customer"), "promises": self.tr("Promises to keep"),
            "crisis": self.tr("Crisis"), "snoozed": self.tr("Snoozed"), "resolved": self.tr("Resolved"),
            "all": self.tr("All"),
            "spam": self.tr("Spam"),
        }
        return names.get(view.key, view.label)

    def set_views(self, views: list[tuple[View, int]]) -> None:
        current = self.current_key() or "open"
        self.blockSignals(True)
        self.clear()
        headings = {"inbox": self.tr("Inboxes"), "saved": self.tr("Saved searches")}
        added: set[str] = set()
        for view, count in views:
            group = view.key.split(":")[0]
            if group in headings and group not in added:
                heading = QTreeWidgetItem([headings[group], ""])
                heading.setFlags(Qt.ItemFlag.NoItemFlags)
                font = heading.font(0)
                font.setBold(True)
                heading.setFont(0, font)
                self.addTopLevelItem(heading)
                added.add(group)
            shown = number(count) if count >= 0 else ""
            item = QTreeWidgetItem([self.label(view), shown])
            if view.key == "overdue" and count > 0:
                item.setForeground(1, QBrush(qcolour("late_days")))
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


class _SenderDelegate(QStyledItemDelegate):
    """A sender shown as "‘victim@bank.example’ via attacker@evil.example" (a display name showing another
    address) is cut at its start, so the address it came from stays in view."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if " via " in option.text and option.text.startswith("‘"):
            option.textElideMode = Qt.TextElideMode.ElideLeft


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
        # Every row the same height, fixed: the header computes positions instead of walking 40k sections.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {"customer": 160, "subject": 360, "inbox": 100, "status": 140, "priority": 75,
                  "assignee": 125, "category": 155, "age": 90, "due": 130}
        for column, name in enumerate(model.COLUMNS):
            self.setColumnWidth(column, widths[name])
        header.setSectionResizeMode(model.COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)
        # A click on a header sorts the whole view by that column (in SQL); View › Default order undoes it.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.fitted = False  # columns sized by their content yet (or restored from the agent's settings)
        self._senders = _SenderDelegate(self)
        self.setItemDelegateForColumn(model.COLUMNS.index("customer"), self._senders)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def fit_columns(self) -> None:
        """Each column as wide as what it shows on this page (within bounds), the subject taking the rest.
        Done once, on the first page: the agent's own widths (restored by the desk) are never overridden."""
        self.fitted = True
        model = self.model()
        header = self.horizontalHeader()
        bounds = {"customer": 200, "inbox": 130, "status": 170, "priority": 90, "assignee": 150,
                  "category": 190, "age": 80, "due": 250}
        wanted = {column: min(max(self.sizeHintForColumn(column), header.sectionSizeHint(column)) + 8, bounds[name])
                  for column, name in enumerate(model.COLUMNS) if name in bounds}  # type: ignore[attr-defined]
        # On a narrow window (a 1366 laptop, 1920 at 150%) the wordy columns give way so the subject keeps
        # about 30%; the short ones (priority, age, how late) stay whole.
        whole = {model.COLUMNS.index(name) for name in ("priority", "age", "due")}  # type: ignore[attr-defined]
        room = self.viewport().width() * 0.7 - sum(wanted[c] for c in whole)
        total = sum(width for column, width in wanted.items() if column not in whole)
        scale = min(1.0, room / total) if total and room > 0 else 1.0
        for column, width in wanted.items():
            shrunk = width if column in whole else max(int(width * scale), header.minimumSectionSize(), 84)
            self.setColumnWidth(column, shrunk)

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        model = self.model()
        column = model.COLUMNS[section] if 0 <= section < len(model.COLUMNS) else None  # type: ignore[attr-defined]
        model.set_sort(column, order == Qt.SortOrder.DescendingOrder)  # type: ignore[attr-defined]

    def default_order(self) -> None:
        """Back to the view's own order (what is due first, or newest first)."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._sort_changed(-1, Qt.SortOrder.AscendingOrder)

    def apply_header_sort(self) -> None:
        """After the header's state was restored: sort the model as its indicator says."""
        header = self.horizontalHeader()
        self._sort_changed(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def selected_ids(self) -> list[int]:
        model = self.model()
        return sorted({model.data(index, IdRole) for index in self.selectionModel().selectedRows()})

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def keep_place(self) -> Callable[[], None]:
        """Remember the selection, current ticket and scroll; the returned call puts them back."""
        selected, current = self.selected_ids(), self.current_id()
        scroll = self.verticalScrollBar().value()

        def restore() -> None:
            model = self.model()
            ids = model.ids()  # type: ignore[attr-defined]
            selection = self.selectionModel()
            self.blockSignals(True)
            selection.blockSignals(True)
            selection.clearSelection()
            for ticket_id in selected:
                if ticket_id in ids:
                    selection.select(model.index(ids.index(ticket_id), 0),
                                     QItemSelectionModel.SelectionFlag.Select
                                     | QItemSelectionModel.SelectionFlag.Rows)
            if current in ids:
                selection.setCurrentIndex(model.index(ids.index(current), 0),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
            selection.blockSignals(False)
            self.blockSignals(False)
            self.verticalScrollBar().setValue(scroll)
            self.viewport().update()

        return restore

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.ticket_selected.emit(current.data(IdRole))
