"""The bundle against a clone: process start to the first window, and what the packages weigh.

    .venv/bin/python benchmarks/start_bench.py [--runs 7]     (after ./mostrador package)

Each way of starting opens the same store (``demo seed`` tickets), offscreen, with ``--screenshot``: the
time is from spawning the process to its "wrote" line, printed once the window has shown the queue's first
page and been drawn (before the PNG is saved and the process exits). Runs alternate between the ways, after
one warm-up run of each; the median and the fastest are printed.

- bundle: ``build/bundle/mostrador/mostrador`` in a clean environment (env -i), as the desktop starts it;
- clone: ``./mostrador start`` (the script's package checks included), and ``.venv/bin/python main.py``;
- anchor: an empty PySide6 window from the clone's interpreter, process start to shown.

Sizes: the bundle's folder, the tarball, the .deb, and the .deb's Installed-Size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "bundle" / "mostrador"

EMPTY_WINDOW = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1400, 900); w.show()
QTimer.singleShot(0, lambda: (print("wrote", flush=True), app.quit()))
app.exec()
"""


def seconds_to_first_window(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.stdout.read()
    if child.wait(timeout=120) != 0 or not line.startswith("wrote"):
        raise SystemExit(f"start_bench: {command[0]} did not show the window: {line!r}")
    return elapsed


def size(path: Path) -> str:
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True).stdout
    return f"{int(out.split()[0]) / 1e6:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tickets", type=int, default=400)
    args = parser.parse_args()
    program = BUNDLE / "mostrador"
    if not program.exists():
        raise SystemExit("start_bench: no bundle; run ./mostrador package first")
    work = Path(tempfile.mkdtemp(prefix="mostrador-start-bench-"))
    data = work / "data"
    subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data), "demo", "seed",
                    str(args.tickets)], cwd=ROOT, check=True, capture_output=True)
    shot = ["--data-dir", str(data), "--screenshot", str(work / "shot.png")]
    clean = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(work), "LANG": "C.UTF-8",
             "QT_QPA_PLATFORM": "offscreen"}
    clone = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    ways = {
        "bundle   build/bundle/mostrador/mostrador": ([str(program), *shot], clean),
        "clone    ./mostrador start": ([str(ROOT / "mostrador"), "start", *shot], clone),
        "clone    .venv/bin/python main.py": ([sys.executable, str(ROOT / "main.py"), *shot], clone),
        "anchor   empty PySide6 window (.venv's python)": ([sys.executable, "-c", EMPTY_WINDOW], clone),
    }
    times: dict[str, list[float]] = {name: [] for name in ways}
    for name, (command, env) in ways.items():
        seconds_to_first_window(command, env)  # warm-up: the page cache, fontconfig's cache
    for _ in range(args.runs):
        for name, (command, env) in ways.items():
            times[name].append(seconds_to_first_window(command, env))
    print(f"# process start to the first window with the queue drawn, offscreen, {args.tickets} tickets, "
          f"{args.runs} runs each (median / fastest)")
    for name, measured in times.items():
        print(f"{name:<50} {statistics.median(measured):5.2f} s / {min(measured):5.2f} s")
    print("# sizes")
    print(f"{'bundle folder (build/bundle/mostrador)':<50} {size(BUNDLE)}")
    for package in sorted((ROOT / "dist").glob("mostrador*")):
        print(f"{package.relative_to(ROOT).as_posix():<50} {size(package)}")
        if package.suffix == ".deb":
            installed = subprocess.run(["dpkg-deb", "-f", str(package), "Installed-Size"], capture_output=True,
                                       text=True, check=True).stdout.strip()
            print(f"{'  installed (Installed-Size)':<50} {int(installed) * 1024 / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
