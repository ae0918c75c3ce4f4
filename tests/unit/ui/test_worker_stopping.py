"""Workers stopped when the window closes: nobody waits for them then; the application's end gives the ones
still finishing a last grace, then kills them."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot

from ui.worker_process import WorkerProcess, finish_stopping

SLEEPER = ["-c", "import sys, time; print('{\"event\": \"started\"}', flush=True); time.sleep(60)"]


def test_a_worker_stopped_in_the_background_outlives_its_owner_until_the_grace_runs_out(qtbot: QtBot) -> None:
    owner = QObject()  # the window's controller
    worker = WorkerProcess(SLEEPER, parent=owner)
    ended: list[int] = []
    worker.ended.connect(lambda code, _detail: ended.append(code))
    worker.start()
    qtbot.waitUntil(lambda: worker.process.processId() > 0, timeout=10000)

    started = time.monotonic()
    worker.stop_in_background(terminate=False)  # a flush: let it finish what it holds
    assert time.monotonic() - started < 0.5
    assert worker.parent() is QCoreApplication.instance()
    owner.deleteLater()  # the window goes
    qtbot.wait(100)
    assert worker.is_running()  # closing the window did not kill it

    started = time.monotonic()
    finish_stopping(300)  # the application ends: a last grace, then a kill
    assert time.monotonic() - started < 3
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)  # killed: its end reported as any other


def test_a_sync_told_to_stop_ends_at_once(qtbot: QtBot) -> None:
    worker = WorkerProcess(SLEEPER)
    worker.start()
    qtbot.waitUntil(lambda: worker.process.processId() > 0, timeout=10000)
    with qtbot.waitSignal(worker.ended, timeout=5000):
        worker.stop_in_background(terminate=True)
