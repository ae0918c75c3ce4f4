"""Supervise › Export review pack…: the command line's ``export review-pack``, from the window.

The period, the inbox, the agents whose tickets go in (or all) and who the pack is for; the file is chosen
through the platform's save dialog and written on the worker (a pack of a big queue takes a while), and the
dialog says where it went and how to open it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text
from ui.theme import colour
from workstation import review_pack
from workstation.accounts import list_accounts
from workstation.agents import AgentInfo, list_agents
from workstation.store.db import Store

SUFFIX = ".mostrador"


def load_choices(store: Store) -> tuple[list[str], list[AgentInfo]]:
    """The inboxes and agents to choose from (read on the worker)."""
    return [str(a["name"]) for a in list_accounts(store)], list_agents(store)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0)).astimezone()


class ReviewPackDialog(QDialog):
    """``exported`` carries the file written and the number of tickets in it."""

    exported = Signal(str, int)

    def __init__(self, store: Store, run: Callable[..., None], agent: Callable[[], str | None],
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPackDialog")
        self.setWindowTitle(self.tr("Export review pack"))
        self.resize(600, 460)
        self._store, self._run, self._agent = store, run, agent
        today = today or date.today()
        self.intro = QLabel(self.tr("A review pack is a file holding only the tickets chosen here, with their "
                                    "messages and customers, and no passwords: open it on a laptop with no "
                                    "network (mostrador --review FILE), write coaching notes, and bring them back."))
        self.intro.setWordWrap(True)
        self.from_box = QCheckBox(self.tr("&From"))
        self.from_box.setChecked(True)
        self.from_date = QDateEdit(QDate(today - timedelta(days=7)))
        self.until_box = QCheckBox(self.tr("&Until (inclusive)"))
        self.until_box.setChecked(True)
        self.until_date = QDateEdit(QDate(today))
        for box, edit in ((self.from_box, self.from_date), (self.until_box, self.until_date)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))  # the desk's language
            box.toggled.connect(edit.setEnabled)
        self.from_date.setObjectName("packFrom")
        self.until_date.setObjectName("packUntil")
        self.from_date.setAccessibleName(self.tr("Tickets opened from"))
        self.until_date.setAccessibleName(self.tr("Tickets opened until"))
        period = QHBoxLayout()
        period.addWidget(self.from_box)
        period.addWidget(self.from_date)
        period.addSpacing(12)
        period.addWidget(self.until_box)
        period.addWidget(self.until_date)
        period.addStretch(1)
        self.inbox = QComboBox()
        self.inbox.setObjectName("packInbox")
        self.inbox.addItem(self.tr("All inboxes"), None)
        self.all_agents = QCheckBox(self.tr("&All agents' tickets (assigned or not)"))
        self.all_agents.setObjectName("packAllAgents")
        self.all_agents.setChecked(True)
        self.agents = QListWidget()
        self.agents.setObjectName("packAgents")
        self.agents.setAccessibleName(self.tr("Agents whose tickets go in the pack"))
        self.agents.setMaximumHeight(130)
        self.agents.setEnabled(False)
        self.all_agents.toggled.connect(lambda on: self.agents.setEnabled(not on))
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("packReviewer")
        self.target = QLineEdit()
        self.target.setObjectName("packFile")
        self.target.setPlaceholderText(self.tr("Where to write the pack"))
        self.target.setText(str(Path.home() / f"review-{today.isoformat()}{SUFFIX}"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_file)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Tickets opened:"), period)
        inbox_label = QLabel(self.tr("&Inbox:"))
        inbox_label.setBuddy(self.inbox)
        form.addRow(inbox_label, self.inbox)
        form.addRow(self.tr("Agents:"), self.all_agents)
        form.addRow("", self.agents)
        reviewer_label = QLabel(self.tr("&Made for:"))
        reviewer_label.setBuddy(self.reviewer)
        form.addRow(reviewer_label, self.reviewer)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.target)
        form.addRow(file_label, where)
        self.message = QLabel()
        self.message.setObjectName("packMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("packExportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        run(lambda: load_choices(store), self._choices, self._failed)

    def _choices(self, loaded: tuple[list[str], list[AgentInfo]]) -> None:
        inboxes, agents = loaded
        for name in inboxes:
            self.inbox.addItem(name, name)
        me = self._agent()
        for agent in agents:
            item = QListWidgetItem(agent.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.agents.addItem(item)
            self.reviewer.addItem(agent.name, agent.name)
        if me:
            self.reviewer.setCurrentIndex(max(self.reviewer.findData(me), 0))

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the review pack"), self.target.text(),
                                                self.tr("Review packs (*.mostrador)"))
        if chosen:
            self.target.setText(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)

    def chosen_agents(self) -> list[str]:
        if self.all_agents.isChecked():
            return []
        return [self.agents.item(i).text() for i in range(self.agents.count())
                if self.agents.item(i).checkState() == Qt.CheckState.Checked]

    def selection(self) -> dict[str, Any]:
        """What the export is asked for, as ``review_pack.export`` takes it."""
        since = _local_midnight(self.from_date.date().toPython()) if self.from_box.isChecked() else None
        until = _local_midnight(self.until_date.date().toPython() + timedelta(days=1)) \
            if self.until_box.isChecked() else None
        return {"since": since, "until": until, "inbox": self.inbox.currentData(), "assignees": self.chosen_agents(),
                "author": self.reviewer.currentData() or self._agent()}

    def export(self) -> None:
        text = self.target.text().strip()
        if not text:
            self._say(self.tr("Choose where to write the pack."), error=True)
            return
        if not self.all_agents.isChecked() and not self.chosen_agents():
            self._say(self.tr("Tick the agents whose tickets go in, or choose all agents."), error=True)
            return
        target = Path(text).expanduser()
        store, selection = self._store, self.selection()
        self.export_button.setEnabled(False)
        self._say(self.tr("Writing the pack…"))

        def done(info: review_pack.PackInfo) -> None:
            self.export_button.setEnabled(True)
            self._say(self.tr("Review pack written to %1: %2 tickets, no passwords. Open it with "
                              "mostrador --review %1.").replace("%1", str(target)).replace("%2", str(info.tickets)))
            self.exported.emit(str(target), info.tickets)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._say(error_text(exc), error=True)

        self._run(lambda: review_pack.export(store, target, **selection), done, failed)

    def _failed(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {colour('error')}" if error else "")
        self.message.setText(text)
