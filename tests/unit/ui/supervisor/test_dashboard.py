"""The dashboard draws the report's figures, drills down to tickets and prints to PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tests.unit.ui.queue.test_queue_work import select_rows
from tests.unit.workstation.test_reports import hand_made
from ui.supervisor.dashboard import DashboardDialog
from ui.tasks import Tasks
from workstation.store.db import Store


def test_dashboard_drills_down_and_prints(qtbot: QtBot, sqlite_store: Store, tmp_path: Path) -> None:
    ids = hand_made(sqlite_store)
    tasks = Tasks()
    dialog = DashboardDialog(sqlite_store, tasks.run)
    qtbot.addWidget(dialog)
    dialog.since.setDate(QDate(2026, 11, 1))
    dialog.until.setDate(QDate(2026, 11, 19))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.since.date() == date(2026, 11, 1)
                    and dialog.report.tickets == 4, timeout=10000)
    assert "4" in dialog.dashboard.summary.text() and "67%" in dialog.dashboard.summary.text()
    assert len(dialog.dashboard.views) == 5

    with qtbot.waitSignal(dialog.drilled, timeout=5000) as drilled:
        dialog.dashboard.views[2].chart().series()[0].barSets()[1].clicked.emit(0)  # "late" refunds
    assert drilled.args == ["action:refund:late", [ids["t2"]]]

    pdf = dialog.save_pdf(str(tmp_path / "dashboard.pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    tasks.wait()


def test_a_review_pack_opens_read_only_and_keeps_coaching_notes(qtbot: QtBot, sqlite_store: Store,
                                                                 tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog
    from sqlalchemy import select

    from ui.main_window import MainWindow
    from workstation import demo, review_pack
    from workstation.store.models import Note

    demo.seed(sqlite_store, 30)
    pack_path = tmp_path / "pack.mostrador"
    review_pack.export(sqlite_store, pack_path)
    pack = review_pack.open_pack(pack_path)
    win = MainWindow(pack, agent="Lucía Fernández", review=pack_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.workspace.model.rowCount() > 0, timeout=10000)
    assert "read-only" in win.workspace.banner.text.text() and win.workspace.banner.isVisible()
    assert not win.workspace.conversation.reply_button.isEnabled()
    assert not win.workspace.guide.isVisible()
    select_rows(win.workspace.table, [0])  # not selectRow: a Ctrl left held by an earlier test would toggle it
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Di la fecha de entrega.", True))
    with qtbot.waitSignal(win.workspace.actions.changed, timeout=5000):
        win.workspace.actions.note.trigger()
    win.tasks.wait()
    pack.close()
    assert review_pack.import_notes(sqlite_store, pack_path).added == 1
    with sqlite_store.read() as session:
        assert session.scalars(select(Note.kind)).all() == ["coaching"]


def test_the_dashboard_shows_who_the_desk_was_passed_to(qtbot: QtBot, sqlite_store: Store, tmp_path: Path) -> None:
    """A supervisor's switch of the acting agent (recorded in the timeline) is listed where a supervisor
    looks, not only in `agent log`."""
    from workstation import demo
    from workstation.agents import record_owner, switch_acting_agent

    demo.seed(sqlite_store, 20)
    record_owner(sqlite_store, "Lucía Fernández")
    switch_acting_agent(sqlite_store, "Lucía Fernández", "Lucía Fernández", "Aisha")
    tasks = Tasks()
    dialog = DashboardDialog(sqlite_store, tasks.run)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 900)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None and "Aisha Khan" in dialog.dashboard.lists.text(), timeout=10000)
    text = dialog.dashboard.lists.text()
    assert "Who this desk was passed to" in text
    assert "Lucía Fernández → Aisha Khan, by Lucía Fernández" in text
    dialog.grab().save(str(tmp_path / "dashboard-switches.png"))
    tasks.wait()
