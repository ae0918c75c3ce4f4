"""The guided panel: the playbook that fits the ticket, step by step.

When a ticket matches a playbook, the panel suggests it; once started, it
shows each step with its guidance, what it requires and its time against the
target. "Done" is refused (with what is missing) until the requirement holds;
"Skip" asks for a reason. Everything lands in the ticket's timeline.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text
from workstation import playbooks
from workstation.store.db import Store

STATE_MARK = {"todo": "○", "done": "✓", "skipped": "⤼"}


@dataclass(frozen=True)
class GuideState:
    ticket_id: int
    suggestions: list[playbooks.Suggestion]
    run_id: int | None
    playbook: playbooks.Playbook | None
    steps: list[playbooks.StepState]
    titles: dict[str, str]


def read_guide(store: Store, ticket_id: int) -> GuideState:
    library = playbooks.load(store.location.data_dir)
    found = playbooks.guide(store, library, ticket_id)
    language = QLocale().name()[:2]
    titles = {key: p.name(language) for key, p in library.playbooks.items()}
    return GuideState(ticket_id, found.suggestions, found.run_id, found.playbook, found.steps, titles)


class PlaybookPanel(QWidget):
    # Something to tell the agent: (text, is_error).
    message = Signal(str, bool)
    # A step changed: the conversation's timeline re-reads.
    changed = Signal(object)  # the ChangeSet of a step started, done or skipped

    def __init__(self, store: Store, run: Callable[..., None], agent: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._run = run
        self._agent = agent
        self._state: GuideState | None = None
        self._language = QLocale().name()[:2]
        self.title = QLabel(self.tr("Guide"))
        self.title.setObjectName("guideTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.suggestions = QVBoxLayout()
        self.steps = QListWidget()
        self.steps.setObjectName("guideSteps")
        self.steps.setWordWrap(True)
        self.steps.setMaximumHeight(170)
        self.guidance = QLabel()
        self.guidance.setObjectName("guideGuidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("stepDoneButton")
        self.skip_button = QPushButton(self.tr("Skip…"))
        self.done_button.clicked.connect(self.mark_done)
        self.skip_button.clicked.connect(self.skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.suggestions)
        layout.addWidget(self.steps)
        layout.addWidget(self.guidance, 1)
        layout.addLayout(buttons)
        self.steps.currentRowChanged.connect(self._show_step)
        self.show_nothing()

    def show_nothing(self) -> None:
        self._state = None
        self.title.setText(self.tr("Guide"))
        self.hint.setText(self.tr("Pick a ticket: when it is a moment that decides whether the customer stays "
                                  "(an outage, a double charge, a public complaint...), a guide appears here."))
        self._clear_suggestions()
        self.steps.clear()
        self.steps.hide()
        self.guidance.clear()
        self.done_button.hide()
        self.skip_button.hide()

    def show_ticket(self, ticket_id: int) -> None:
        store = self._store
        self._run(lambda: read_guide(store, ticket_id), self._render,
                  lambda exc: self.message.emit(error_text(exc), True))

    def reload(self) -> None:
        if self._state is not None:
            self.show_ticket(self._state.ticket_id)

    def _clear_suggestions(self) -> None:
        while self.suggestions.count():
            item = self.suggestions.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _render(self, state: GuideState) -> None:
        self._state = state
        self._clear_suggestions()
        if state.playbook is None:
            self.title.setText(self.tr("Guide"))
            self.steps.hide()
            self.done_button.hide()
            self.skip_button.hide()
            self.guidance.clear()
            if not state.suggestions:
                self.hint.setText(self.tr("No guide fits this ticket. Answer with a concrete action as usual."))
                return
            self.hint.setText(self.tr("This looks like a moment that decides whether the customer stays. "
                                      "Start the guide:"))
            for suggestion in state.suggestions[:3]:
                button = QPushButton(state.titles.get(suggestion.key, suggestion.key))
                button.setObjectName(f"startPlaybook-{suggestion.key}")
                button.setToolTip(", ".join(suggestion.matched))
                button.clicked.connect(lambda _c=False, key=suggestion.key: self.start(key))
                self.suggestions.addWidget(button)
            return
        playbook = state.playbook
        self.title.setText(playbook.name(self._language))
        done = sum(1 for s in state.steps if s.state != "todo")
        self.hint.setText(self.tr("%1 of %2 steps").replace("%1", str(done)).replace("%2", str(len(state.steps))))
        current = self.steps.currentRow()
        self.steps.blockSignals(True)
        self.steps.clear()
        for step, status in zip(playbook.steps, state.steps, strict=True):
            text = f"{STATE_MARK[status.state]}  {step.text('title', self._language)}"
            if status.minutes is not None:
                text += "  · " + self.tr("%1 min").replace("%1", str(status.minutes))
            if step.within_minutes and status.state == "todo":
                text += "  · " + self.tr("target %1 min").replace("%1", str(step.within_minutes))
            item = QListWidgetItem(text)
            if status.late:
                item.setForeground(Qt.GlobalColor.red)
            self.steps.addItem(item)
        self.steps.blockSignals(False)
        self.steps.show()
        self.done_button.show()
        self.skip_button.show()
        first_open = next((i for i, s in enumerate(state.steps) if s.state == "todo"), len(state.steps) - 1)
        self.steps.setCurrentRow(current if 0 <= current < len(state.steps) and
                                 state.steps[current].state == "todo" else first_open)
        self._show_step(self.steps.currentRow())

    def _show_step(self, row: int) -> None:
        state = self._state
        if state is None or state.playbook is None or not 0 <= row < len(state.steps):
            return
        step = state.playbook.steps[row]
        status = state.steps[row]
        needs = self._requirement(step.requires)
        note = f"<br><i>{html.escape(status.note)}</i>" if status.note else ""
        done_when = self.tr("Done when there is: %1").replace("%1", needs)
        self.guidance.setText(f"<b>{html.escape(step.text('title', self._language))}</b><br>"
                              f"{html.escape(step.text('guidance', self._language))}<br>"
                              f"<small>{html.escape(done_when)}</small>"
                              f"{note}")
        self.done_button.setEnabled(status.state == "todo")
        self.skip_button.setEnabled(status.state == "todo")

    def _requirement(self, requires: str) -> str:
        return {
            "acknowledge": self.tr("a reply to the customer"),
            "restate": self.tr("the problem in the customer's words (you write it when marking done)"),
            "own": self.tr("what we got wrong, said plainly (you write it when marking done)"),
            "action": self.tr("a reply that commits to a concrete action, through the resolution gate"),
            "followup": self.tr("a follow-up with a date (every action's due date makes one)"),
            "notify_owner": self.tr("an internal note naming who fixes the cause"),
            "close_loop": self.tr("the loop-closing message (Mark done… on a kept promise)"),
            "none": self.tr("nothing more"),
        }.get(requires, requires)

    # --- doing -------------------------------------------------------------------------------

    def start(self, key: str) -> None:
        state, store, agent = self._state, self._store, self._agent()
        if state is None:
            return
        self._run(lambda: playbooks.start(store, state.ticket_id, key, actor=agent),
                  lambda run: (self.reload(), self.changed.emit(run.changes)), lambda exc: self.message.emit(error_text(exc), True))

    def _current_step(self) -> tuple[int, playbooks.Step] | None:
        state = self._state
        row = self.steps.currentRow()
        if state is None or state.run_id is None or state.playbook is None or not 0 <= row < len(state.steps):
            return None
        return state.run_id, state.playbook.steps[row]

    def mark_done(self) -> None:
        current = self._current_step()
        if current is None:
            return
        run_id, step = current
        evidence = None
        if step.requires in playbooks.STATED or step.requires == "notify_owner":
            text, ok = QInputDialog.getMultiLineText(self, step.text("title", self._language),
                                                     self._requirement(step.requires))
            if not ok:
                return
            evidence = text
        store, agent = self._store, self._agent()
        self._run(lambda: playbooks.complete_step(store, run_id, step.key, evidence=evidence, actor=agent),
                  lambda state: (self.reload(), self.changed.emit(state.changes)), lambda exc: self.message.emit(error_text(exc), True))

    def skip(self) -> None:
        current = self._current_step()
        if current is None:
            return
        run_id, step = current
        reason, ok = QInputDialog.getText(self, self.tr("Skip a step"), self.tr("Why is this step skipped?"))
        if not ok:
            return
        store, agent = self._store, self._agent()
        self._run(lambda: playbooks.skip_step(store, run_id, step.key, reason, actor=agent),
                  lambda state: (self.reload(), self.changed.emit(state.changes)), lambda exc: self.message.emit(error_text(exc), True))
