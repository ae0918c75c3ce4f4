"""How fast ``demo seed N`` writes sample data, against a plain anchor.

    .venv/bin/python benchmarks/seed_bench.py [--tickets 100000] [--anchor-tickets 10000]

Ours: ``python -m workstation demo seed N`` as a user runs it (process start
included), then ``info --json`` to check the count. Anchor, measured in the
same run on the same machine: the same generated rows written the plain way,
SQLAlchemy Core ``insert()`` executemany in one transaction with the FTS
trigger indexing row by row. Prints a table; target: 100,000 tickets < 30 s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from workstation import demo  # noqa: E402
from workstation.paths import Location  # noqa: E402
from workstation.store.db import open_store  # noqa: E402


def ours(tickets: int, where: Path) -> tuple[float, int]:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(where), "demo", "seed", str(tickets)],
                   cwd=ROOT, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    info = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(where), "info", "--json"],
                          cwd=ROOT, check=True, capture_output=True, text=True)
    counts = json.loads(info.stdout)["counts"]
    assert counts["tickets"] == tickets, counts
    return seconds, counts["messages"]


def anchor(tickets: int, where: Path) -> tuple[float, int]:
    store = open_store(Location.resolve(where, None))
    inboxes, agents, tags = demo._ensure_fixtures(store)
    started = time.perf_counter()
    messages = 0
    with store.session() as session:
        ids = demo._next_ids(session)
        for rows in demo._ticket_rows(7, tickets, datetime.now(UTC), inboxes, agents, tags, ids):
            for table, batch in rows.tables():
                session.execute(insert(table), batch)
            messages += len(rows.messages)
    seconds = time.perf_counter() - started
    store.close()
    return seconds, messages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--anchor-tickets", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mostrador-seed-bench-") as tmp:
        a_seconds, a_messages = anchor(args.anchor_tickets, Path(tmp) / "anchor")
        o_seconds, o_messages = ours(args.tickets, Path(tmp) / "ours")
    print(f"{'what':<44} {'tickets':>8} {'messages':>9} {'seconds':>8} {'tickets/s':>10}")
    print(f"{'anchor: Core insert(), per-row FTS trigger':<44} {args.anchor_tickets:>8} {a_messages:>9} "
          f"{a_seconds:>8.2f} {args.anchor_tickets / a_seconds:>10.0f}")
    print(f"{'ours: python -m workstation demo seed':<44} {args.tickets:>8} {o_messages:>9} "
          f"{o_seconds:>8.2f} {args.tickets / o_seconds:>10.0f}")
    print(f"speed-up over the anchor: {(args.tickets / o_seconds) / (args.anchor_tickets / a_seconds):.1f}x; "
          f"target for 100,000 tickets: under 30 s ({'met' if o_seconds < 30 or args.tickets != 100_000 else 'MISSED'})")


if __name__ == "__main__":
    main()
