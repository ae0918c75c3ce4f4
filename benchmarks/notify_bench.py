"""From a customer's message stored to the agent's desktop notification.

    .venv/bin/python benchmarks/notify_bench.py [--tickets 20000] [--rounds 20] [--data-dir DIR]

Seeds ``demo seed`` (20,000 tickets by default), opens the window's notifier (offscreen) for an agent
with tickets, then, round after round, stores a new inbound message on one of that agent's tickets, as
the sync's filing does (one transaction), and asks the notifier to look, as the window does when a sync
pass reports new mail; the time is from the commit to the notification given (its text built,
``QSystemTrayIcon.showMessage`` called where there is a tray).

Anchor, same run: a round trip through the same worker with the cheapest read the look needs
(``SELECT max(id) FROM messages``), from asking to the answer back on the GUI thread.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime
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


def main() -> int:
    args = desk_arguments()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from sqlalchemy import func, select

    from ui.notify import Notifier
    from ui.settings import Settings
    from ui.tasks import Tasks
    from workstation.store.models import Agent, Direction, Message, Ticket

    store = demo_desk(args, "mostrador-notify-bench-")
    with store.read() as session:
        agent_id, agent = session.execute(
            select(Agent.id, Agent.name).join(Ticket, Ticket.assignee_id == Agent.id).limit(1)).one()
        tickets = list(session.scalars(select(Ticket.id).where(Ticket.assignee_id == agent_id).limit(args.rounds)))

    tasks = Tasks()
    notifier = Notifier(store, tasks.run, Settings(), lambda: agent)

    notifier.start()
    wait_until(lambda: notifier._mark is not None and not tasks.is_busy())
    notifier.timer.stop()  # only the looks this benchmark asks for
    ours: list[float] = []
    anchor: list[float] = []
    for round_number, ticket_id in enumerate(tickets * (1 + args.rounds // max(len(tickets), 1)), start=1):
        if round_number > args.rounds:
            break
        before = len(notifier.shown)
        with store.session() as session:
            session.add(Message(ticket_id=ticket_id, message_id=f"<bench{round_number}-{time.time()}@example.org>",
                                from_addr="bench@example.org", from_name="Bench", subject="Re: bench",
                                direction=Direction.INBOUND, date=datetime.now(UTC), body_text="¿Alguna novedad?"))
        stored = time.perf_counter()
        notifier.check()
        wait_until(lambda: len(notifier.shown) > before)  # noqa: B023
        ours.append(time.perf_counter() - stored)

        answered: list[float] = []
        asked = time.perf_counter()

        def probe() -> int:
            with store.read() as session:
                return session.scalar(select(func.max(Message.id))) or 0

        tasks.run(probe, lambda _r: answered.append(time.perf_counter()))
        wait_until(lambda: bool(answered))  # noqa: B023
        anchor.append(answered[0] - asked)
    tasks.wait()
    store.close()

    print_table(f"{args.tickets:,} tickets, {len(ours)} rounds, agent {agent}", [
        ("message stored to notification given", figure(ours, 1)),
        ("anchor: worker round trip with SELECT max(id)", figure(anchor, 1))])
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
