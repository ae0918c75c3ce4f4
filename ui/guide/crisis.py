"""Crisis mode: the incidents, their figures, and one update to every affected customer."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.composer.reasons import reason_text
from ui.composer.resolution_panel import ResolutionPanel
from ui.errors import error_text
from ui.labels import event_label
from ui.timers import debouncer
from workstation import incidents
from workstation.changes import ChangeSet
from workstation.resolution.actions import Catalogue
from workstation.resolution.gate import check_reply, preload
from workstation.store.db import Store


@dataclass(frozen=True)
class IncidentRow:
    id: int
    title: str
    service: str
    status: str
    started: str
    figures: incidents.Figures


def read_incidents(store: Store) -> list[IncidentRow]:
    return [IncidentRow(i.id, i.title, i.service or "", i.status, f"{i.started_at.astimezone():%Y-%m-%d %H:%M}",
                        i.figures) for i in incidents.list_incidents(store, limit=200)]


class UpdateDialog(QDialog):
    """One text for many customers (an incident's, a lesson's); the gate checks it as the supervisor writes."""

    def __init__(self, store: Store, customers: int, final: bool, parent: QWidget | None = None, *,
                 catalogue: Catalogue, title: str | None = None, hint: str | None = None,
                 start: str | None = None, recipients: list[incidents.Recipient] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or (self.tr("Resolution for everyone affected") if final else
                                      self.tr("Status update for everyone affected")))
        self.resize(900, 560)
        self._store = store
        hint = QLabel((hint or self.tr(
            "Goes to each of the %1 affected customers, with {name}, {ticket} and {subject} filled in for each. "
            "Say what is being done, by when, and when the next update comes.")).replace("%1", str(customers)))
        hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("updateText")
        self.text.setPlainText(start or self.tr("Hello {name}, about your ticket {ticket}: "))
        self.panel = ResolutionPanel(catalogue)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.send = QPushButton(self.tr("Send to all"))
        self.send.setObjectName("sendUpdateButton")
        self.send.setEnabled(False)
        self.send.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        # Exactly who it goes to, for a person to confirm or trim before anything is queued.
        self.recipients = QListWidget()
        self.recipients.setObjectName("updateRecipients")
        for recipient in recipients or []:
            label = f"#{recipient.ticket_id} · {recipient.name or ''} <{recipient.address or '?'}> · {recipient.subject}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, recipient.ticket_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if recipient.already or not recipient.address
                               else Qt.CheckState.Checked)
            self.recipients.addItem(item)
        self.recipients.itemChanged.connect(lambda _item: self.check())
        self.recipients_label = QLabel(self.tr("It goes to these customers, each at the address a reply to their "
                                               "ticket uses. Untick anyone who should not get it:"))
        self.recipients_label.setWordWrap(True)
        recipients_column = QWidget()
        column = QVBoxLayout(recipients_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.recipients_label)
        column.addWidget(self.recipients, 1)
        recipients_column.setVisible(recipients is not None)
        row = QHBoxLayout()
        row.addWidget(self.text, 2)
        row.addWidget(self.panel, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row, 1)
        layout.addWidget(recipients_column, 1)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)
        self._timer = debouncer(self, 200, self.check)
        self.text.textChanged.connect(self._timer.start)
        self.panel.changed.connect(self._timer.start)
        self.check()

    def check(self) -> None:
        sample = self.text.toPlainText().replace("{name}", "Ana").replace("{ticket}", "#1") \
            .replace("{subject}", "").replace("{change}", "a change")
        result = check_reply(sample, self.panel.actions(), extra_dirs=(self._store.location.data_dir,))
        if result.accepted:
            self.verdict.setText("<span style='color:#1b6e20'><b>✓ " + html.escape(
                self.tr("Ready: every customer gets a concrete commitment.")) + "</b></span>")
        else:
            self.verdict.setText("<span style='color:#b00020'>" + "<br>".join(
                html.escape(reason_text(r)) for r in result.details) + "</span>")
        if self.recipients.count():
            count = len(self.chosen())
            self.send.setText(self.tr("Send to %1 customers").replace("%1", str(count)))
            self.send.setEnabled(result.accepted and count > 0)
        else:
            self.send.setEnabled(result.accepted)

    def chosen(self) -> list[int]:
        """The tickets still ticked in the list of recipients."""
        return [int(self.recipients.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.recipients.count())
                if self.recipients.item(i).checkState() == Qt.CheckState.Checked]


class CrisisDialog(QDialog):
    # Something changed (tickets linked, updates queued): the queue and outbox react.
    changed = Signal(object)  # the ChangeSet of what was declared, linked, queued or resolved
    message = Signal(str, bool)

    def __init__(self, store: Store, run: Callable[..., None], selection: Callable[[], list[int]],
                 agent: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crisis mode"))
        self.resize(1100, 520)
        self._store = store
        self._run = run
        self._selection = selection
        self._agent = agent
        self._rows: list[IncidentRow] = []
        intro = QLabel(self.tr("An outage or a billing error touches many customers at once. Declare it, link "
                               "the affected tickets (new mail that matches joins by itself), and keep every "
                               "customer told: what is being done, by when, and when the next news comes."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("incidentTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Incident"), self.tr("Service"), self.tr("Status"), self.tr("Started"), self.tr("Customers"),
            self.tr("Acknowledged"), self.tr("Median wait"), self.tr("With an action"), self.tr("Follow-ups kept")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.empty = QLabel(self.tr("No incident. When something breaks for many customers, declare it here."))
        self.timeline = QListWidget()
        self.timeline.setObjectName("incidentTimeline")
        self.timeline.setMaximumHeight(150)
        buttons = QHBoxLayout()
        self.declare_button = QPushButton(self.tr("Declare incident…"))
        self.declare_button.setObjectName("declareButton")
        self.link_button = QPushButton(self.tr("Link selected tickets"))
        self.update_button = QPushButton(self.tr("Write update…"))
        self.update_button.setObjectName("updateButton")
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.log_button = QPushButton(self.tr("Public log…"))
        for button, slot in ((self.declare_button, self.declare), (self.link_button, self.link_selected),
                             (self.update_button, lambda: self.write_update(final=False)),
                             (self.resolve_button, self.resolve), (self.log_button, self.public_log)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(QLabel(self.tr("Timeline of the selected incident:")))
        layout.addWidget(self.timeline)
        layout.addLayout(buttons)
        self._pending_update: int | None = None  # an incident whose update opens once the list is read
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemSelectionChanged.connect(self._read_timeline)
        self.reload()

    def reload(self) -> None:
        store = self._store
        # The action catalogue is read here too, on the worker, for the update dialog.
        self._run(lambda: (read_incidents(store), preload((store.location.data_dir,))), self._show)

    def _show(self, loaded: tuple[list[IncidentRow], Catalogue]) -> None:
        rows, self.catalogue = loaded
        self._rows = rows
        selected = self.current().id if self.current() else None
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            f = row.figures
            wait = self.tr("%1 min").replace("%1", f"{f.minutes_to_acknowledge_median:g}") \
                if f.minutes_to_acknowledge_median is not None else "–"
            for c, text in enumerate((row.title, row.service, row.status, row.started, str(f.tickets),
                                      f"{f.acknowledged} / {f.tickets}", wait, f"{f.share_with_action:.0%}",
                                      f"{f.followups_kept} / {f.followups_due}")):
                item = QTableWidgetItem(text)
                if c == 5 and f.acknowledged < f.tickets:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(r, c, item)
            if row.id == selected or (selected is None and r == 0):
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not rows)
        self._enable()
        self._read_timeline()
        pending, self._pending_update = self._pending_update, None
        if pending is not None:
            for r, row in enumerate(rows):
                if row.id == pending:
                    self.table.selectRow(r)
                    self.write_update(final=False)

    def update_when_loaded(self, incident_id: int) -> None:
        """Open the update to this incident (its text and recipients) as soon as the incidents are read."""
        self._pending_update = incident_id

    def _read_timeline(self) -> None:
        incident, store = self.current(), self._store
        if incident is None:
            self.timeline.clear()
            return

        def read() -> list[str]:
            return [f"{e.created_at.astimezone():%Y-%m-%d %H:%M} · {e.actor or ''} · {event_label(e.kind)}"
                    + (f" — {e.title}" if e.title else "") + (f" ({e.tickets})" if e.tickets is not None else "")
                    for e in incidents.timeline(store, incident.id)]

        self._run(read, self._show_timeline)

    def _show_timeline(self, lines: list[str]) -> None:
        self.timeline.clear()
        self.timeline.addItems(lines)

    def current(self) -> IncidentRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _enable(self) -> None:
        incident = self.current()
        open_ = incident is not None and incident.status != "resolved"
        for button in (self.link_button, self.update_button, self.resolve_button):
            button.setEnabled(open_)
        self.log_button.setEnabled(incident is not None)

    def _done(self, text: str) -> Callable[[ChangeSet], None]:
        def done(changes: ChangeSet) -> None:
            self.message.emit(text, False)
            self.changed.emit(changes)
            self.reload()
        return done

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(error_text(exc), True)

    def declare(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Declare incident"), self.tr("What is happening?"))
        if not ok or not title.strip():
            return
        match, ok = QInputDialog.getText(self, self.tr("Declare incident"),
                                         self.tr("Words that new mail about it contains (optional):"))
        store, agent = self._store, self._agent()
        self._run(lambda: incidents.declare(store, title, match=match.strip() or None if ok else None,
                                            actor=agent).changes,
                  self._done(self.tr("Incident declared.")), self._failed)

    def link_selected(self) -> None:
        incident, ids = self.current(), self._selection()
        if incident is None:
            return
        if not ids:
            self.message.emit(self.tr("Select the affected tickets in the queue first."), True)
            return
        store, agent = self._store, self._agent()
        self._run(lambda: incidents.link(store, incident.id, tickets=ids, actor=agent).changes,
                  self._done(self.tr("Tickets linked.")), self._failed)

    def write_update(self, *, final: bool) -> None:
        incident, store = self.current(), self._store
        if incident is None:
            return
        self._run(lambda: incidents.recipients(store, incident.id),
                  lambda found: self._write_update(incident, found, final), self._failed)

    def _write_update(self, incident: IncidentRow, found: list[incidents.Recipient], final: bool) -> None:
        self.dialog = dialog = UpdateDialog(self._store, len(found), final, self, catalogue=self.catalogue,
                                            recipients=found)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store, agent = self._store, self._agent()
        text, actions, only = dialog.text.toPlainText(), dialog.panel.actions(), dialog.chosen()
        self._run(lambda: incidents.update(store, incident.id, text, actions, actor=agent, final=final,
                                           only=only).changes,
                  self._done(self.tr("Update queued for %1 customers.").replace("%1", str(len(only)))),
                  self._failed)

    def resolve(self) -> None:
        incident = self.current()
        if incident is None:
            return
        summary, ok = QInputDialog.getMultiLineText(self, self.tr("Resolve"), self.tr(
            "What went wrong and what was changed (for the public log):"))
        if not ok:
            return
        store = self._store
        self._run(lambda: incidents.recipients(store, incident.id),
                  lambda found: self._resolve(incident, found, summary), self._failed)

    def _resolve(self, incident: IncidentRow, found: list[incidents.Recipient], summary: str) -> None:
        self.dialog = final = UpdateDialog(self._store, len(found), True, self, catalogue=self.catalogue,
                                           recipients=found)
        if final.exec() != QDialog.DialogCode.Accepted:
            return  # resolving goes with telling everyone what was done
        store, agent = self._store, self._agent()
        text, actions, only = final.text.toPlainText(), final.panel.actions(), final.chosen()

        def work() -> ChangeSet:  # told first: a refused text leaves the incident open
            told = incidents.update(store, incident.id, text, actions, actor=agent, final=True, only=only)
            return told.changes | incidents.resolve(store, incident.id, summary=summary.strip() or None, actor=agent)

        self._run(work, self._done(self.tr("Incident resolved and every affected customer told.")), self._failed)

    def public_log(self) -> None:
        incident = self.current()
        if incident is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Public log"), f"incident-{incident.id}.html",
                                                "HTML (*.html)")
        if not target:
            return
        store, html_path = self._store, Path(target)
        markdown_path = html_path.with_suffix(".md")

        def write() -> None:
            incidents.write_public_log(store, incident.id, markdown_path, html_path)

        self._run(write, lambda _r: self.message.emit(
            self.tr("Wrote %1 and %2.").replace("%1", str(html_path)).replace("%2", markdown_path.name), False),
            self._failed)
