"""The queue at scale: first page from process start, scrolling, view switches, search.

    .venv/bin/python benchmarks/queue_bench.py [--tickets 130000]

Seeds a throw-away store with ``demo seed`` (130,000 tickets is about 500,000
messages), then runs the window in a child process (offscreen) that reports:

- process start to the first page of the queue shown (the parent measures
  from spawning the child to the child's "ready" line);
- scrolling the queue from top to bottom (every page fetched as it comes
  into view): the longest gap between ticks of a 10 ms timer on the GUI thread;
- each view switch and a full-text search: from the request to the rows shown;
- peak memory of the child (/usr/bin/time).

Anchors, measured in the same run on the same store: an empty PySide6 window
from process start to shown, and the first page's SQL run directly with
sqlite3 (no ORM, no Qt).

Targets (issue 4): first page < 1.5 s from process start, every view switch
and search < 150 ms, no stall > 50 ms while scrolling, peak memory < 400 MB.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
from workstation.paths import Location
from workstation.store.db import open_store

store = open_store(Location.resolve(sys.argv[1], None))
window = MainWindow(store)
window.resize(1400, 900)
window.show()
out = {}
model, table = window.workspace.model, window.workspace.table

def ready():
    print("ready", flush=True)
    ticker.start()  # the first paints settle (fonts, glyph caches, the conversation): measured apart
    QTimer.singleShot(1000, scroll)

gaps, settling, last = [], [], [time.perf_counter()]
started = [0.0]
def tick():
    now = time.perf_counter()
    (gaps if started[0] else settling).append(now - last[0])
    last[0] = now
ticker = QTimer(); ticker.setInterval(10); ticker.timeout.connect(tick)

# One persistent timer drives the scrolling (many QTimer.singleShot(0, fn) calls crash PySide6 6.12).
stepper = QTimer(); stepper.setInterval(0)

def scroll():
    started[0] = time.perf_counter()
    last[0] = started[0]
    stepper.timeout.connect(step)
    stepper.start()

def step():
    bar = table.verticalScrollBar()
    if model.canFetchMore() or model._loading or bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
    else:
            stepper.stop()
            ticker.stop()
            out["scroll_rows"] = model.rowCount()
            out["scroll_seconds"] = time.perf_counter() - started[0]
            out["scroll_max_gap_ms"] = max(gaps) * 1000
            out["scroll_p99_gap_ms"] = sorted(gaps)[int(len(gaps) * 0.99)] * 1000
            out["settle_max_gap_ms"] = max(settling or [0]) * 1000
            switch_views()

# Apply each value in turn (a view, a search) and time it until its rows are shown.
def time_each(values, apply, key, then):
    timings = {}
    def step(i=0):
        if i == len(values):
            out[key] = timings
            then()
            return
        started = time.perf_counter()
        def loaded():
            model.loaded.disconnect(loaded)
            timings[values[i]] = (time.perf_counter() - started) * 1000
            QTimer.singleShot(0, lambda: step(i + 1))
        model.loaded.connect(loaded)
        apply(values[i])
    step()

def finish():
    print(json.dumps(out), flush=True)
    app.quit()

def search():
    time_each(["factura", "router", "reembolso duplicado", "pedido"], model.set_search, "search_ms", finish)

def switch_views():
    time_each(["unassigned", "overdue", "waiting", "resolved", "all", "open"], model.set_view, "views_ms", search)

window.ready.connect(ready)
app.exec()
window.tasks.wait()
"""

EMPTY_WINDOW = r"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1400, 900); w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""


def timed_until_ready(code: str, *args: str) -> tuple[float, str, int]:
    """Seconds from spawn to the child's 'ready' line, the child's remaining output, peak RSS in KB."""
    rss = Path(tempfile.mktemp(suffix=".rss"))
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    child = subprocess.Popen(["/usr/bin/time", "-o", str(rss), "-f", "%M", sys.executable, "-c", code, *args],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    first = child.stdout.readline()
    ready = time.perf_counter() - started
    if first.strip() != "ready":
        raise SystemExit(f"the probe did not get ready: {first!r}")
    rest = child.stdout.read()
    child.wait(timeout=600)
    peak = int(rss.read_text().split()[-1]) if rss.exists() else 0
    rss.unlink(missing_ok=True)
    return ready, rest.strip(), peak


def first_page_sql(database: Path) -> float:
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from workstation.queue import rows_query

    sql = str(rows_query("open").limit(200).compile(dialect=sqlite_dialect.dialect(),
                                                     compile_kwargs={"literal_binds": True}))
    conn = sqlite3.connect(database)
    started = time.perf_counter()
    conn.execute(sql).fetchall()
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=130000)
    parser.add_argument("--data-dir", help="reuse a store seeded earlier (default: a new temporary one)")
    args = parser.parse_args()
    data = Path(args.data_dir or tempfile.mkdtemp(prefix="mostrador-queue-bench-"))
    database = data / "mostrador.sqlite3"
    if not database.exists():
        seeded = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data), "demo", "seed",
                                 str(args.tickets), "--json"], cwd=ROOT, capture_output=True, text=True, check=True)
        print("# seeded", seeded.stdout.replace("\n", " "))
    conn = sqlite3.connect(database)
    tickets, messages = conn.execute(
        "SELECT (SELECT count(*) FROM tickets), (SELECT count(*) FROM messages)").fetchone()
    conn.close()
    empty, _, empty_peak = timed_until_ready(EMPTY_WINDOW)
    sql_seconds = first_page_sql(database)
    ready, report, peak = timed_until_ready(PROBE, str(data))
    figures = json.loads(report.splitlines()[-1])
    print(f"# store: {tickets} tickets, {messages} messages")
    print(f"anchor  empty PySide6 window, process start to shown   {empty:.2f} s  ({empty_peak / 1024:.0f} MB)")
    print(f"anchor  first page SQL alone (sqlite3)                {sql_seconds * 1000:.0f} ms")
    print(f"ours    process start to first page shown             {ready:.2f} s   (target < 1.5 s)")
    print(f"ours    scroll top to bottom: {figures['scroll_rows']} rows in {figures['scroll_seconds']:.1f} s, "
          f"longest stall {figures['scroll_max_gap_ms']:.0f} ms, p99 {figures['scroll_p99_gap_ms']:.0f} ms "
          "(target < 50 ms)")
    print(f"ours    the first second after the first page (fonts, first paints): longest stall "
          f"{figures['settle_max_gap_ms']:.0f} ms")
    for view, ms in figures["views_ms"].items():
        print(f"ours    view switch to {view:<12} {ms:6.0f} ms   (target < 150 ms)")
    for words, ms in figures["search_ms"].items():
        print(f"ours    search {words!r:<24} {ms:6.0f} ms   (target < 150 ms)")
    print(f"ours    peak memory of the window process           {peak / 1024:.0f} MB  (target < 400 MB)")


if __name__ == "__main__":
    main()
