"""The customer record: who they are, their tickets and what was promised to them; edit it, merge another in.

Opened from the conversation (the customer's name) or Ticket › Customer record…. Everything is read and
written on the worker through ``workstation.customers``; each write's ChangeSet goes to the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text
from ui.formatting import amount, date_text
from ui.labels import action_label, action_status_label, status_label
from ui.theme import colour, qcolour
from ui.timers import debouncer
from workstation import customers
from workstation.changes import ChangeSet
from workstation.errors import MostradorError
from workstation.store.db import Store


def _error(exc: BaseException) -> str:
    """The record's own errors in the window's language; the others as ``ui.errors`` says them."""
    if isinstance(exc, MostradorError) and exc.code:
        p = exc.params
        own = {
            "phone_without_digits": lambda: QCoreApplication.translate(
                "CustomerDialog", "The phone “%1” has no digits.").replace("%1", p.get("phone", "")),
            "customer_field_too_long": lambda: QCoreApplication.translate(
                "CustomerDialog", "That is too long: at most %1 characters.").replace("%1", p.get("limit", "")),
            "customer_merge_itself": lambda: QCoreApplication.translate(
                "CustomerDialog", "A customer cannot be merged with themselves."),
            "no_customer": lambda: QCoreApplication.translate(
                "CustomerDialog", "There is no customer #%1 any more (merged into another?).").replace(
                "%1", p.get("customer", "")),
        }.get(exc.code)
        if own is not None:
            return own()
    return error_text(exc)


class CustomerDialog(QDialog):
    """One customer's record. ``changed`` carries each write's ChangeSet; ``open_ticket`` a ticket's id."""

    changed = Signal(object)
    open_ticket = Signal(int)

    def __init__(self, store: Store, run: Callable[..., None], customer_id: int, agent: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("Customer record"))
        self.resize(860, 640)
        self._store, self._run, self._agent = store, run, agent
        self.customer_id = customer_id
        self.record: customers.CustomerRecord | None = None

        self.heading = QLabel()
        self.heading.setObjectName("customerHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name = QLineEdit()
        self.name.setObjectName("customerName")
        self.phone = QLineEdit()
        self.phone.setObjectName("customerPhone")
        self.phone.setPlaceholderText(self.tr("e.g. +34 600 123 456"))
        self.company = QLineEdit()
        self.company.setObjectName("customerCompany")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("customerNotes")
        self.notes.setPlaceholderText(self.tr("What the team should know about this customer (internal, never sent)"))
        self.addresses = QLabel()
        self.addresses.setObjectName("customerAddresses")
        self.addresses.setWordWrap(True)
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Addresses:"), self.addresses)
        for label, widget in ((self.tr("&Phone:"), self.phone), (self.tr("C&ompany:"), self.company),
                              (self.tr("N&otes:"), self.notes)):
            form.addRow(label, widget)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveCustomerButton")
        self.save_button.clicked.connect(self.save)
        self.merge_button = QPushButton(self.tr("&Merge another customer into this one…"))
        self.merge_button.setObjectName("mergeCustomerButton")
        self.merge_button.setToolTip(self.tr("The same person writing from another address: their tickets and "
                                             "addresses move here, nothing is lost."))
        self.merge_button.clicked.connect(self.ask_merge)
        details = QWidget()
        left = QVBoxLayout(details)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form, 1)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        left.addLayout(row)

        self.tickets_box = QGroupBox(self.tr("Tickets"))
        self.tickets = QTableWidget(0, 4)
        self.tickets.setObjectName("customerTickets")
        self.tickets.setHorizontalHeaderLabels([self.tr("Ticket"), self.tr("Subject"), self.tr("Status"),
                                                self.tr("Opened")])
        self.promises = QTableWidget(0, 5)
        self.promises.setObjectName("customerPromises")
        self.promises.setHorizontalHeaderLabels([self.tr("Ticket"), self.tr("Action"), self.tr("Amount"),
                                                 self.tr("Due"), self.tr("State")])
        for table in (self.tickets, self.promises):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.cellActivated.connect(lambda row, _col, t=table: self._open_row(t, row))
            table.cellDoubleClicked.connect(lambda row, _col, t=table: self._open_row(t, row))
        self.tickets.setAccessibleName(self.tr("The customer's tickets; Enter opens one"))
        self.promises.setAccessibleName(self.tr("What was promised to the customer; Enter opens its ticket"))
        self.tickets.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.promises.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box = QVBoxLayout(self.tickets_box)
        box.addWidget(self.tickets)
        self.promises_box = QGroupBox(self.tr("Promised to this customer"))
        box = QVBoxLayout(self.promises_box)
        box.addWidget(self.promises)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.tickets_box)
        right.addWidget(self.promises_box)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(details)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        self.message = QLabel()
        self.message.setObjectName("customerMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    # --- reading ------------------------------------------------------------------------

    def reload(self) -> None:
        store, customer_id = self._store, self.customer_id
        self._run(lambda: customers.show(store, customer_id), self._show, self._failed)

    def _show(self, record: customers.CustomerRecord) -> None:
        self.record = record
        self.customer_id = record.id
        title = record.name or (record.addresses[0] if record.addresses else f"#{record.id}")
        self.setWindowTitle(self.tr("Customer record: %1").replace("%1", title))
        lines = [f"<b style='font-size:large'>{_esc(title)}</b>"]
        summary = self.tr("%1 open, %2 closed tickets").replace("%1", str(record.open_count)) \
            .replace("%2", str(record.closed_count))
        if record.first_contact_at:
            summary += " · " + self.tr("first wrote %1").replace("%1", date_text(record.first_contact_at))
        lines.append(_esc(summary))
        if record.blocked:
            lines.append(f"<span style='color:{colour('error')}'>"
                         + _esc(self.tr("Blocked: their mail goes to Spam and reopens nothing.")) + "</span>")
        if record.is_sample:
            lines.append(_esc(self.tr("Sample customer (invented): edits are allowed, nothing is sent.")))
        for merge in record.merges:
            lines.append(f"<span style='color:{colour('muted')}'>" + _esc(
                self.tr("Merged in: %1 (%2), by %3 on %4").replace("%1", merge.name or "?")
                .replace("%2", ", ".join(merge.addresses)).replace("%3", merge.actor)
                .replace("%4", date_text(merge.at))) + "</span>")
        self.heading.setText("<br>".join(lines))
        self.name.setText(record.name)
        self.phone.setText(record.phone)
        self.company.setText(record.company)
        self.notes.setPlainText(record.notes)
        self.addresses.setText("\n".join(record.addresses) or self.tr("(none)"))
        self.tickets_box.setTitle(self.tr("Tickets (%1 open, %2 closed)").replace("%1", str(record.open_count))
                                  .replace("%2", str(record.closed_count)))
        self.tickets.setRowCount(len(record.tickets))
        for row, t in enumerate(record.tickets):
            self._fill(self.tickets, row, t.id, (f"#{t.id}", t.subject, status_label(t.status), date_text(t.opened)),
                       muted=t.closed)
        self.promises.setRowCount(len(record.promises))
        for row, p in enumerate(record.promises):
            money = amount(p.amount, p.currency) if p.amount is not None else ""
            what = action_label(p.kind) + (f" ({p.reference})" if p.reference else "")
            self._fill(self.promises, row, p.ticket_id,
                       (f"#{p.ticket_id}", what, money, date_text(p.due_at) if p.due_at else "",
                        action_status_label(p.status)), muted=p.status in ("done", "cancelled"))
            if p.status == "missed":  # a promise broken: the word and the colour
                self.promises.item(row, 4).setForeground(qcolour("error"))
        self.promises_box.setVisible(bool(record.promises))
        for table in (self.tickets, self.promises):
            table.resizeColumnToContents(0)
            for column in range(2, table.columnCount()):
                table.resizeColumnToContents(column)

    def _fill(self, table: QTableWidget, row: int, ticket_id: int, texts: tuple[str, ...], *, muted: bool) -> None:
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, ticket_id)
            if muted:
                cell.setForeground(self.palette().placeholderText())
            table.setItem(row, column, cell)

    def _open_row(self, table: QTableWidget, row: int) -> None:
        cell = table.item(row, 0)
        if cell is not None:
            self.open_ticket.emit(int(cell.data(Qt.ItemDataRole.UserRole)))

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet(f"color: {colour('error')}")
        self.message.setText(_error(exc))

    def _said(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    # --- writing ------------------------------------------------------------------------

    def save(self) -> None:
        store, customer_id, agent = self._store, self.customer_id, self._agent()
        name, phone, company, notes = (self.name.text(), self.phone.text(), self.company.text(),
                                       self.notes.toPlainText())

        def saved(result: tuple[customers.CustomerRecord, ChangeSet]) -> None:
            record, changes = result
            self._show(record)
            self._said(self.tr("Saved."))
            self.changed.emit(changes)

        self._run(lambda: customers.update_record(store, customer_id, name=name, phone=phone, company=company,
                                                  notes=notes, actor=agent), saved, self._failed)

    def ask_merge(self) -> None:
        picker = MergePicker(self._store, self._run, self.customer_id, self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        self.merge(picker.chosen, confirm=True)

    def merge(self, other: customers.CustomerSummary, *, confirm: bool = True) -> None:
        """Merge ``other`` into the customer shown, after a question that says what moves."""
        if confirm:
            kept = self.record.label if self.record else f"#{self.customer_id}"
            question = self.tr("Merge %1 into %2? Their %3 tickets and their addresses (%4) move to %2, and %1 is "
                               "no longer a customer of their own. The merge is recorded in each ticket's timeline.") \
                .replace("%1", other.label).replace("%2", kept).replace("%3", str(other.tickets)) \
                .replace("%4", ", ".join(other.addresses))
            answer = QMessageBox.question(self, self.tr("Merge customers"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        store, keep, agent = self._store, self.customer_id, self._agent()

        def merged(result: customers.Merged) -> None:
            self._said(self.tr("Merged: %1 tickets and %2 addresses moved here.")
                       .replace("%1", str(len(result.tickets))).replace("%2", str(len(result.addresses))))
            self.changed.emit(result.changes)
            self.reload()

        self._run(lambda: customers.merge(store, keep, other.id, actor=agent), merged, self._failed)


class MergePicker(QDialog):
    """Find the other customer (by name or address) to merge into the one shown."""

    def __init__(self, store: Store, run: Callable[..., None], exclude: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge another customer into this one"))
        self.resize(560, 380)
        self._store, self._run, self._exclude = store, run, exclude
        self.chosen: customers.CustomerSummary | None = None
        self.search = QLineEdit()
        self.search.setObjectName("mergeSearch")
        self.search.setPlaceholderText(self.tr("A name or an address, e.g. pablo@ or Gil"))
        self.results = QListWidget()
        self.results.setObjectName("mergeResults")
        self.hint = QLabel(self.tr("Type at least two characters."))
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("&Find the customer:"))
        label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._timer = debouncer(self, 250, self.find)
        self.search.textChanged.connect(self._timer.start)
        self.results.currentItemChanged.connect(lambda item, _old: self.merge_button.setEnabled(item is not None))
        self.results.itemDoubleClicked.connect(lambda _item: self._accept())

    def find(self) -> None:
        text, store, exclude = self.search.text(), self._store, self._exclude
        if len(text.strip()) < 2:
            self.results.clear()
            self.hint.setText(self.tr("Type at least two characters."))
            return
        self._run(lambda: customers.find(store, text, exclude=exclude), lambda found: self._found(text, found),
                  lambda exc: self.hint.setText(_error(exc)))

    def _found(self, text: str, found: list[customers.CustomerSummary]) -> None:
        if text != self.search.text():
            return  # a later search is on its way
        self.results.clear()
        for summary in found:
            item = QListWidgetItem(self.tr("%1 · %2 tickets").replace("%1", summary.label)
                                   .replace("%2", str(summary.tickets)))
            item.setData(Qt.ItemDataRole.UserRole, summary)
            self.results.addItem(item)
        self.hint.setText(self.tr("No customer has that name or address.") if not found else "")
        if found:
            self.results.setCurrentRow(0)

    def _accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


def _esc(text: str) -> str:
    import html

    return html.escape(text)
