"""The queue as an agent works it: views, search, bulk assign, merge, undo, remote images."""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QInputDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ui.main_window import MainWindow
from workstation import demo
from workstation.agents import add_agent
from workstation.mail.endpoints import Security
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Agent,
    Customer,
    CustomerAddress,
    Direction,
    Message,
    Role,
    Ticket,
)



def _png_pixel() -> bytes:
    """A valid 1x1 PNG, built by hand so the test needs no image file."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00\xff"))
            + chunk(b"IEND", b""))


PIXEL = _png_pixel()


@pytest.fixture
def window(qtbot: QtBot, sqlite_store: Store) -> Iterator[MainWindow]:
    demo.seed(sqlite_store, 150)
    add_agent(sqlite_store, "Marta", "marta@example.com", Role.SUPERVISOR)
    win = MainWindow(sqlite_store, agent="Marta")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.is_ready, timeout=10000)
    qtbot.waitUntil(lambda: win.workspace.model.rowCount() > 0, timeout=10000)
    yield win
    win.tasks.wait()


def choose_view(qtbot: QtBot, win: MainWindow, key: str) -> None:
    sidebar = win.workspace.sidebar
    for i in range(sidebar.topLevelItemCount()):
        item = sidebar.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole + 10) == key:
            sidebar.setCurrentItem(item)
            break
    else:
        raise AssertionError(f"no view {key}")
    qtbot.waitUntil(lambda: win.workspace.model.view() == key and not win.workspace.model._loading
                    and not win.tasks.is_busy(), timeout=5000)


def select_rows(table, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Select exactly these rows, whatever modifier keys an earlier key click left behind."""
    selection = table.selectionModel()
    flags = selection.SelectionFlag
    selection.clearSelection()
    for row in rows:
        selection.select(table.model().index(row, 0), flags.Select | flags.Rows)
    selection.setCurrentIndex(table.model().index(rows[0], 0), flags.NoUpdate)


def test_the_model_passes_qts_model_checks(qtbot: QtBot, window: MainWindow) -> None:
    tester = ModelTester(None)
    tester.check(window.workspace.model, force_py=True)
    choose_view(qtbot, window, "all")
    window.workspace.table.scrollToBottom()  # fetchMore under the tester's eye
    qtbot.wait(200)


def test_views_filter_and_search_narrows_with_filters(qtbot: QtBot, window: MainWindow, sqlite_store: Store) -> None:
    choose_view(qtbot, window, "overdue")
    model = window.workspace.model
    now = datetime.now(UTC)
    assert all(model.row_at(i).due_at < now for i in range(model.rowCount()))  # type: ignore[union-attr,operator]
    choose_view(qtbot, window, "all")
    window.workspace.search.setText("router status:open")
    qtbot.waitUntil(lambda: model.search() == "router status:open" and not model._loading, timeout=5000)
    rows = [model.row_at(i) for i in range(model.rowCount())]
    assert rows and all(r.status.value == "open" for r in rows)  # type: ignore[union-attr]
    assert window.workspace.save_search.isEnabled()


def test_bulk_assign_with_a_key_then_undo(qtbot: QtBot, window: MainWindow, sqlite_store: Store) -> None:
    choose_view(qtbot, window, "unassigned")
    table = window.workspace.table
    table.setFocus()
    select_rows(table, [0, 1])
    chosen = table.selected_ids()
    assert len(chosen) == 2
    with qtbot.waitSignal(window.workspace.actions.changed, timeout=5000):
        qtbot.keyClick(table, Qt.Key.Key_A)
    with sqlite_store.read() as session:
        marta = session.scalar(select(Agent.id).where(Agent.name == "Marta"))
        assert {t.assignee_id for t in session.scalars(select(Ticket).where(Ticket.id.in_(chosen)))} == {marta}
    with qtbot.waitSignal(window.workspace.actions.changed, timeout=5000):
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with sqlite_store.read() as session:
        assert {t.assignee_id for t in session.scalars(select(Ticket).where(Ticket.id.in_(chosen)))} == {None}


def test_merge_from_the_ticket_menu(qtbot: QtBot, window: MainWindow, sqlite_store: Store,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    choose_view(qtbot, window, "all")
    model = window.workspace.model
    source, target = model.row_at(0).id, model.row_at(1).id  # type: ignore[union-attr]
    select_rows(window.workspace.table, [0])
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (target, True))  # the agent types it
    with qtbot.waitSignal(window.workspace.actions.changed, timeout=5000):
        window.workspace.actions.merge.trigger()
    with sqlite_store.read() as session:
        assert session.get(Ticket, source).merged_into_id == target  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: source not in model.ids(), timeout=5000)  # merged tickets leave the queue


def test_live_update_keeps_selection_and_scroll(qtbot: QtBot, window: MainWindow, sqlite_store: Store) -> None:
    choose_view(qtbot, window, "all")
    table, model = window.workspace.table, window.workspace.model
    select_rows(table, [5])
    chosen = table.current_id()
    with sqlite_store.session() as session:  # what a sync does: a new ticket lands at the top
        account = session.scalar(select(Account).where(Account.is_sample.is_(True)))
        customer = Customer(name="Nueva Clienta", addresses=[CustomerAddress(address="nueva@example.org")])
        session.add(customer)
        session.flush()
        now = datetime.now(UTC)
        session.add(Ticket(account_id=account.id, customer_id=customer.id, subject="Recién llegado",  # type: ignore[union-attr]
                           normalized_subject="recién llegado", created_at=now, first_response_due=now,
                           resolution_due=now))
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        window.refresh()
    assert "Recién llegado" in [model.row_at(i).subject for i in range(model.rowCount())]  # type: ignore[union-attr]
    assert table.current_id() == chosen
    assert table.selected_ids() == [chosen]


class _Images(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(PIXEL)

    def log_message(self, *args: object) -> None:
        pass


def test_remote_images_wait_until_allowed(qtbot: QtBot, sqlite_store: Store) -> None:
    from ui.queue.conversation_pane import ConversationPane
    from ui.tasks import Tasks

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Images)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/track.png"
    _Images.requests = []
    try:
        with sqlite_store.session() as session:
            account = Account(name="Soporte", email="s@example.com", imap_host="127.0.0.1", imap_port=143,
                              imap_security=Security.PLAIN, smtp_host="127.0.0.1", smtp_port=25,
                              smtp_security=Security.PLAIN, username="s@example.com")
            session.add(account)
            session.flush()
            ticket = Ticket(account_id=account.id, subject="Oferta", normalized_subject="oferta")
            session.add(ticket)
            session.flush()
            session.add(Message(ticket_id=ticket.id, from_addr="news@example.net", subject="Oferta",
                                direction=Direction.INBOUND, body_text="Mire la foto",
                                body_html=f"<p>Mire la foto</p><img src='{url}'>"))
            ticket_id = ticket.id
        tasks = Tasks()
        pane = ConversationPane(sqlite_store, tasks.run)
        qtbot.addWidget(pane)
        pane.show()
        pane.show_ticket(ticket_id)
        qtbot.waitUntil(lambda: pane.title.text().startswith("#"), timeout=5000)
        qtbot.wait(300)
        assert _Images.requests == []  # shown, and nothing was fetched
        assert url in pane.browser.blocked
        assert "Remote images are blocked" in pane.browser.toPlainText()

        message_id = pane._conv.entries[0].message_id  # type: ignore[union-attr]
        pane.browser.anchorClicked.emit(QUrl(f"mostrador-images:{message_id}"))  # the agent clicks "Load them"
        qtbot.waitUntil(lambda: url in pane.browser.allowed_images, timeout=5000)
        assert _Images.requests == ["/track.png"]
        assert "Remote images are blocked" not in pane.browser.toPlainText()
        tasks.wait()
    finally:
        server.shutdown()
        server.server_close()


def test_split_a_message_from_the_conversation(qtbot: QtBot, window: MainWindow, sqlite_store: Store) -> None:
    from sqlalchemy import func

    with sqlite_store.read() as session:
        ticket_id = session.scalar(select(Message.ticket_id).where(Message.direction == Direction.INBOUND)
                                   .group_by(Message.ticket_id).having(func.count() >= 2).limit(1))
        message_id = session.scalars(select(Message.id).where(Message.ticket_id == ticket_id,
                                                              Message.direction == Direction.INBOUND)
                                     .order_by(Message.id.desc())).first()
    pane = window.workspace.conversation
    window.open_ticket(ticket_id)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: pane.title.text().startswith(f"#{ticket_id} "), timeout=5000)
    assert "Split into a new ticket" in pane.browser.toPlainText()
    pane.browser.anchorClicked.emit(QUrl(f"mostrador-split:{message_id}"))  # the agent clicks the link

    def split() -> bool:
        with sqlite_store.read() as session:
            return session.get(Message, message_id).ticket_id != ticket_id  # type: ignore[union-attr]

    qtbot.waitUntil(split, timeout=5000)
    # The worker commits, then tells the window: the message comes a moment after the store changed.
    qtbot.waitUntil(lambda: "split into ticket" in window.message.text(), timeout=5000)


def view_count(win: MainWindow, key: str) -> int:
    sidebar = win.workspace.sidebar
    item = next(sidebar.topLevelItem(i) for i in range(sidebar.topLevelItemCount())
                if sidebar.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 10) == key)
    return int(item.text(1).replace("\u202f", "").replace(",", "") or 0)


def test_a_change_redraws_its_rows_and_the_counts_and_keeps_the_agents_place(
        qtbot: QtBot, window: MainWindow, sqlite_store: Store) -> None:
    choose_view(qtbot, window, "all")
    model, table = window.workspace.model, window.workspace.table
    active = [r for r in range(model.rowCount()) if model.row_at(r).status.value in ("new", "open")]  # type: ignore[union-attr]
    chosen_rows = [r for r in active if r >= 60][:2]
    assert len(chosen_rows) == 2
    table.scrollTo(model.index(chosen_rows[0], 0), table.ScrollHint.PositionAtTop)
    select_rows(table, chosen_rows)
    chosen, current, scroll = table.selected_ids(), table.current_id(), table.verticalScrollBar().value()
    assert scroll > 0 and current is not None
    resolved_before, open_before = view_count(window, "resolved"), view_count(window, "open")
    resets, repainted = [], []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last: repainted.extend(range(first.row(), last.row() + 1)))

    with qtbot.waitSignal(model.rows_refreshed, timeout=5000):
        window.workspace.actions.resolve.trigger()
    qtbot.waitUntil(lambda: view_count(window, "resolved") == resolved_before + 2, timeout=5000)

    assert view_count(window, "open") == open_before - 2
    assert resets == []  # no reset: nothing else is read again or redrawn
    assert sorted(set(repainted)) == chosen_rows
    status = model.COLUMNS.index("status")
    assert [model.index(r, status).data() for r in chosen_rows] == ["Resolved", "Resolved"]
    assert table.selected_ids() == chosen and table.current_id() == current
    assert table.verticalScrollBar().value() == scroll
    with sqlite_store.read() as session:
        assert {t.status.value for t in session.scalars(select(Ticket).where(Ticket.id.in_(chosen)))} == {"resolved"}


def test_a_ticket_that_leaves_the_view_leaves_the_table_alone(qtbot: QtBot, window: MainWindow) -> None:
    choose_view(qtbot, window, "open")
    model, table = window.workspace.model, window.workspace.table
    rows = model.rowCount()
    gone, kept = model.row_at(3).id, model.row_at(7).id  # type: ignore[union-attr]
    select_rows(table, [3])
    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.rows_refreshed, timeout=5000):
        window.workspace.actions.resolve.trigger()
    assert model.rowCount() == rows - 1 and gone not in model.ids() and model.ids()[6] == kept
    assert resets == []


def test_linking_tickets_to_an_incident_redraws_only_their_rows(
        qtbot: QtBot, window: MainWindow, sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.guide.crisis import CrisisDialog

    choose_view(qtbot, window, "all")
    model, table = window.workspace.model, window.workspace.table
    chosen_rows = [4, 9]
    select_rows(table, chosen_rows)
    chosen, rows = table.selected_ids(), model.rowCount()
    answers = iter([("Cobros duplicados", True), ("", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))  # what the supervisor types
    window.show_crisis()
    [dialog] = window.findChildren(CrisisDialog)
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        dialog.declare_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not window.tasks.is_busy(), timeout=5000)
    dialog.table.selectRow(0)
    resets, repainted, applied = [], [], []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last: repainted.extend(range(first.row(), last.row() + 1)))
    dialog.changed.connect(applied.append)

    with qtbot.waitSignal(model.rows_refreshed, timeout=5000):
        dialog.link_button.click()

    assert applied[0].tickets == set(chosen) and not applied[0].everything  # what the window was told
    assert resets == [] and model.rowCount() == rows  # no reset: nothing else was read again or redrawn
    assert sorted(set(repainted)) == chosen_rows
    assert table.selected_ids() == chosen
    with sqlite_store.read() as session:
        assert {t.incident_id for t in session.scalars(select(Ticket).where(Ticket.id.in_(chosen)))} == {
            dialog.current().id}  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.outbox._worker is None, timeout=20000)  # the flush each write asked for
