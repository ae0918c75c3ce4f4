"""What the desk's benchmarks share: a store of demo tickets and the window's settings, in one folder.

    from benchmarks.desk_store import desk_arguments, demo_desk
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def desk_arguments(description: str | None = None) -> argparse.Namespace:
    """``--tickets`` (20,000 by default), ``--rounds`` (20), ``--data-dir`` (a throw-away folder)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--tickets", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--data-dir")
    return parser.parse_args()


def demo_desk(args: argparse.Namespace, prefix: str) -> Any:
    """The store in ``--data-dir`` (or a new folder), seeded up to ``--tickets`` demo tickets, with the window's
    settings kept beside it; Qt's application must exist already."""
    from sqlalchemy import func, select

    from ui.settings import use_folder
    from workstation import demo
    from workstation.paths import Location
    from workstation.store.db import open_store
    from workstation.store.models import Ticket

    folder = Path(args.data_dir or tempfile.mkdtemp(prefix=prefix))
    use_folder(folder / "settings")
    store = open_store(Location.resolve(folder, None))
    with store.read() as session:
        have = session.scalar(select(func.count()).select_from(Ticket)) or 0
    if have < args.tickets:
        demo.seed(store, args.tickets - have)
    return store


def figure(seconds: list[float], digits: int = 0) -> str:
    """Median and worst of timings, in milliseconds, as the benchmarks' tables print them."""
    return (f"median {statistics.median(seconds) * 1000:.{digits}f} ms, "
            f"max {max(seconds) * 1000:.{digits}f} ms")


def print_table(title: str, rows: list[tuple[str, str]]) -> None:
    """The title line, then a two-column Markdown table (what, figure), ready for the README."""
    print(title)
    print("| what | figure |")
    print("| --- | --- |")
    for what, value in rows:
        print(f"| {what} | {value} |")


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Run Qt's event loop until ``condition`` holds (a benchmark with no window of its own to wait in)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")
        QTimer.singleShot(1, loop.quit)
        loop.exec()
