"""The supervisor's dashboard and report over a big store.

    .venv/bin/python benchmarks/report_bench.py [--tickets 100000] [--data-dir DIR]

Seeds ``demo seed`` (100,000 tickets by default), then measures, for the
last 30 days (the dashboard's default period):

- the dashboard computed and drawn: from asking for the figures to the charts
  painted (a child process, offscreen);
- ``python -m workstation report --json``, process start to exit;

and, as anchors in the same run on the same store, the rows the report reads
fetched with sqlite3 alone, and ``python -c pass``.

Targets (issue 7): dashboard under 1 s; ``report --json`` under 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys, time
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.supervisor.dashboard import DashboardDialog
from ui.tasks import Tasks
from workstation.paths import Location
from workstation.store.db import open_store
store = open_store(Location.resolve(sys.argv[1], None))
tasks = Tasks()
dialog = DashboardDialog(store, tasks.run)
dialog.resize(1300, 900)
dialog.show()
def wait_shown():
    # An idle event loop, as in the window: a busy loop here would fight the worker for the GIL.
    loop = QEventLoop()
    dialog.shown.connect(loop.quit)
    loop.exec()
    dialog.shown.disconnect(loop.quit)

wait_shown()
timings = []
for _ in range(3):
    started = time.perf_counter()
    dialog.reload()
    wait_shown()
    dialog.dashboard.grab()  # the charts painted
    timings.append(time.perf_counter() - started)
print(json.dumps({"seconds": timings, "tickets": dialog.report.tickets}))
tasks.wait()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=100000)
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    data = Path(args.data_dir or tempfile.mkdtemp(prefix="mostrador-report-bench-"))
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    if not (data / "mostrador.sqlite3").exists():
        subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data), "demo", "seed",
                        str(args.tickets)], cwd=ROOT, env=env, check=True, capture_output=True)
    conn = sqlite3.connect(data / "mostrador.sqlite3")
    since = (datetime.now(UTC) - timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S")
    started = time.perf_counter()
    rows = conn.execute("SELECT id, created_at, category, first_response_at, first_response_due, resolved_at, "
                        "resolution_due, customer_id FROM tickets WHERE created_at >= ?", (since,)).fetchall()
    anchor_sql = time.perf_counter() - started
    total = conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
    conn.close()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    anchor_python = time.perf_counter() - started

    started = time.perf_counter()
    report = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data), "report", "--json"],
                            cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    report_seconds = time.perf_counter() - started
    in_period = json.loads(report.stdout)["tickets"]
    probe = subprocess.run([sys.executable, "-c", PROBE, str(data)], cwd=ROOT, env=env, capture_output=True,
                           text=True, check=True)
    dashboard = json.loads(probe.stdout.strip().splitlines()[-1])
    print(f"# store: {total} tickets; {in_period} opened in the last 30 days")
    print(f"anchor  the report's rows fetched with sqlite3 alone      {anchor_sql * 1000:.0f} ms ({len(rows)} rows)")
    print(f"anchor  python -c pass                                   {anchor_python * 1000:.0f} ms")
    print("ours    dashboard computed and drawn (3 runs)            "
          + ", ".join(f"{s * 1000:.0f} ms" for s in dashboard["seconds"]) + "   (target < 1 s)")
    print(f"ours    report --json, process start to exit             {report_seconds:.2f} s   (target < 2 s)")


if __name__ == "__main__":
    main()
