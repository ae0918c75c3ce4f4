"""From Ctrl+Enter on a reply written in place to the next ticket shown.

    .venv/bin/python benchmarks/reply_bench.py [--tickets 20000] [--rounds 20] [--data-dir DIR]

Seeds ``demo seed`` (20,000 tickets by default) and makes its inboxes real ones (sample tickets cannot be
answered), their SMTP server a closed port on 127.0.0.1 so the outbox's flush, which follows every send,
fails at once instead of reaching anyone. Opens the main window (offscreen) as a supervisor with
"After sending: show the next ticket" on, then, round after round, on the ticket selected in Open: Reply,
a reply that passes the gate (a refund, its sentence written as the resolution panel writes it), and
Ctrl+Enter. The time is from the key press to the next ticket's conversation drawn in the pane (the
send-time check, the reply queued, the next row selected, its conversation read and rendered).

Anchor, same run, same window: a plain selection change to the next ticket of the same queue (j), from
the key press to that ticket's conversation drawn.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.desk_store import (
    demo_desk,
    desk_arguments,
    figure,
    print_table,
    wait_until,
)


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> int:
    args = desk_arguments()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from sqlalchemy import select, update

    from ui.main_window import MainWindow
    from ui.settings import Settings
    from workstation.agents import add_agent
    from workstation.resolution.actions import ActionSpec
    from workstation.resolution.phrasing import commitment_sentence
    from workstation.store.models import Account, Agent, Customer, Role, Ticket

    store = demo_desk(args, "mostrador-reply-bench-")
    with store.session() as session:
        for model in (Account, Customer, Ticket):
            session.execute(update(model).values(is_sample=False))
        session.execute(update(Account).values(smtp_host="127.0.0.1", smtp_port=closed_port()))
        known = session.scalar(select(Agent.id).where(Agent.name == "Bench Supervisor")) is not None
    if not known:
        add_agent(store, "Bench Supervisor", None, Role.SUPERVISOR)
    settings = Settings()
    settings.next_after_send = True
    settings.sync()

    window = MainWindow(store, agent="Bench Supervisor", settings=settings)
    window.resize(1366, 768)
    window.show()
    workspace, conversation = window.workspace, window.workspace.conversation

    def drawn(ticket_id: int) -> bool:
        shown = conversation._conv  # what the pane last rendered
        return shown is not None and shown.ticket_id == ticket_id

    wait_until(lambda: window.is_ready() and workspace.model.rowCount() > args.rounds + 2 and not window.tasks.is_busy())
    ours: list[float] = []
    stored: list[float] = []  # of which: Ctrl+Enter to the reply in the outbox (checked, written)
    anchor: list[float] = []
    refund = {"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-24"}
    for _ in range(args.rounds):
        ids = workspace.model.ids()
        current = workspace.table.selected_ids()[0]
        following = ids[ids.index(current) + 1]
        wait_until(lambda: drawn(current) and not window.tasks.is_busy())  # noqa: B023

        # The anchor: j, to the next ticket and back (k), nothing written.
        workspace.table.setFocus()
        pressed = time.perf_counter()
        QTest.keyClick(workspace.table, Qt.Key.Key_J)
        wait_until(lambda: drawn(following))  # noqa: B023
        anchor.append(time.perf_counter() - pressed)
        QTest.keyClick(workspace.table, Qt.Key.Key_K)
        wait_until(lambda: drawn(current) and not window.tasks.is_busy())  # noqa: B023

        window.reply_to(current)
        wait_until(lambda: window.composer is not None and window.composer.editor.isEnabled())
        composer = window.composer
        assert composer is not None
        language = composer._context.language if composer._context else "en"  # type: ignore[union-attr]
        action = ActionSpec.from_dict(refund)
        composer.panel.set_actions([action])
        composer.editor.setPlainText(commitment_sentence(action, language))
        result = composer.check()
        assert result is not None and result.accepted, [r.text for r in result.details] if result else None
        wait_until(lambda: not window.tasks.is_busy())
        queued_at: list[float] = []
        composer.queued.connect(lambda *_: queued_at.append(time.perf_counter()))  # noqa: B023
        pressed = time.perf_counter()
        QTest.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        wait_until(lambda: drawn(following))  # noqa: B023
        ours.append(time.perf_counter() - pressed)
        stored.append(queued_at[0] - pressed)
        QTest.keyRelease(workspace.table, Qt.Key.Key_Control)  # the agent lets go of Ctrl
        wait_until(lambda: window.composer is None and not window.tasks.is_busy())
    wait_until(lambda: window.outbox._worker is None, timeout=60)  # the last flush has failed on the closed port
    window.close()
    store.close()

    print_table(f"{args.tickets:,} tickets, {len(ours)} rounds, the Open view, offscreen at 1366x768", [
        ("Ctrl+Enter to the next ticket's conversation shown", figure(ours)),
        ("of which: Ctrl+Enter to the reply in the outbox (send-time check, gate, write)", figure(stored)),
        ("anchor: j (selection change to the next ticket) to its conversation shown", figure(anchor))])
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
