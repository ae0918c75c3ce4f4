"""Parsing processes (and the resource tracker beside them) end when the process that started them is
killed, as a sync killed with SIGKILL is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

STARTER = """
import os, sys, time
from multiprocessing import resource_tracker
from workstation.sync.engine import _parser_pool

with _parser_pool(10, threshold=1) as pool:
    futures = [pool.submit(time.sleep, 0.3) for _ in range(8)]
    [f.result() for f in futures]
    workers = {pid for pid in pool._processes}
    print(" ".join(map(str, sorted(workers | {resource_tracker._resource_tracker._pid}))), flush=True)
    time.sleep(120)
"""


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in state  # a zombie has ended; only its parent's wait is missing


@pytest.mark.skipif(not Path("/proc").is_dir() or (os.cpu_count() or 1) < 2, reason="needs /proc and two cores")
def test_parsing_processes_end_when_their_parent_is_killed() -> None:
    starter = subprocess.Popen([sys.executable, "-c", STARTER], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert starter.stdout is not None
    helpers = [int(pid) for pid in starter.stdout.readline().split()]
    starter.stdout.close()
    assert len(helpers) >= 2 and all(running(pid) for pid in helpers)
    starter.send_signal(signal.SIGKILL)
    starter.wait()
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in helpers if running(pid)] == []
