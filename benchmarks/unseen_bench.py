"""What bold for unseen messages costs the queue: a page read with and without working out which rows are
unseen (issue 22), on the same store in the same run.

    .venv/bin/python benchmarks/unseen_bench.py [--tickets 100000] [--data-dir DIR] [--rounds 15]

Seeds a throw-away store with ``demo seed`` unless ``--data-dir`` names one seeded earlier (the queue
benchmark's). For each view, the median of ``--rounds`` reads, taken in turn, of the first page (200 rows, as the window
asks) as an agent sees it (which rows are unseen: one more query per page) against the same page read for
nobody (the anchor: nothing to work out). Half the agent's tickets are marked seen first, so both kinds
of row are there.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workstation import queue  # noqa: E402
from workstation.paths import Location  # noqa: E402
from workstation.agents import agent_id  # noqa: E402
from workstation.seen import mark_seen, mark_unseen, unseen_among  # noqa: E402
from workstation.store.db import open_store  # noqa: E402

VIEWS = ("open", "unassigned", "overdue", "waiting", "resolved", "all")
AGENT = "Tom Becker"


def medians_ms(first, second, rounds: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Both reads in turn, each round (the machine's load drifts alike for both), swapping which goes first."""
    times: tuple[list[float], list[float]] = ([], [])
    for number in range(rounds):
        order = ((0, first), (1, second)) if number % 2 else ((1, second), (0, first))
        for slot, read in order:
            started = time.perf_counter()
            read()
            times[slot].append(time.perf_counter() - started)
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=100000)
    parser.add_argument("--data-dir", help="reuse a store seeded earlier (default: a new temporary one)")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    data = Path(args.data_dir or tempfile.mkdtemp(prefix="mostrador-unseen-bench-"))
    if not (data / "mostrador.sqlite3").exists():
        subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data), "demo", "seed",
                        str(args.tickets)], cwd=ROOT, check=True, capture_output=True)
    store = open_store(Location.resolve(str(data), None))
    for view in VIEWS:  # every other row of each first page seen, the rest unseen
        for number, row in enumerate(queue.page(store, view, agent=AGENT, limit=200)):
            if number % 2:
                mark_seen(store, row.id, 2**31 - 1, agent=AGENT)
            else:
                mark_unseen(store, [row.id], agent=AGENT)
    print(f"# store: {data}, first page of 200 rows, median of {args.rounds}")
    for view in VIEWS:
        anchor, ours = medians_ms(lambda: queue.page(store, view, agent=None, limit=200),
                                  lambda: queue.page(store, view, agent=AGENT, limit=200), args.rounds)
        unseen = sum(row.unseen for row in queue.page(store, view, agent=AGENT, limit=200))
        ids = [row.id for row in queue.page(store, view, agent=None, limit=200)]
        with store.read() as session:
            who = agent_id(session, AGENT)
            alone = medians_ms(lambda: unseen_among(session, who, ids), lambda: None, args.rounds)[0]
        print(f"{view:<11} the unseen query alone {alone:5.1f} ms;  page for nobody (anchor) {anchor:7.1f} ms   as {AGENT}, with unseen {ours:7.1f} ms"
              f"   (+{ours - anchor:5.1f} ms, {unseen} of 200 unseen)")
    store.close()


if __name__ == "__main__":
    main()
