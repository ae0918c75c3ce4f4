"""Live updates between desks: another process's change reaches this one's listener and window."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from tests.integration.test_team_sync import team_url
from workstation.changes import ChangeSet
from workstation.paths import Location
from workstation.store.db import Store, open_store
from workstation.team.notify import ChangeListener

pytestmark = [pytest.mark.postgres]


class SwitchProxy:
    """Forwards 127.0.0.1:port to PostgreSQL until ``cut()``: then every connection through it drops and new
    ones are closed at once, until ``restore()`` (a network that goes and comes back)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.up = threading.Event()
        self.up.set()
        self._sockets: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if not self.up.is_set():
                client.close()
                continue
            server = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
            self._sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        for sock in (source, sink):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def cut(self) -> None:
        self.up.clear()
        for sock in self._sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # its pipe threads close it
        self._sockets.clear()

    def restore(self) -> None:
        self.up.set()

    def close(self) -> None:
        self._listener.close()
        self.cut()


@pytest.fixture
def team(run_cli, postgres_url: str) -> str:  # type: ignore[no-untyped-def]
    url = team_url(postgres_url)
    assert run_cli("--database", url, "demo", "seed", "12").returncode == 0
    return url


def open_tickets(url: str) -> list[int]:
    with psycopg.connect(url, autocommit=True) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM tickets WHERE status IN ('new', 'open') ORDER BY id")]


def an_agent(url: str) -> str:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT name FROM agents ORDER BY id LIMIT 1").fetchone()[0]


def test_listener_hears_another_process_and_catches_up_after_a_cut(run_cli, team: str, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                                                   tmp_path: Path) -> None:
    proxy = SwitchProxy(make_url(team).port or 5432)
    through_proxy = make_url(team).set(port=proxy.port).render_as_string(hide_password=False)
    store: Store = open_store(Location.resolve(tmp_path, through_proxy))
    heard: list[ChangeSet] = []
    listener = ChangeListener(store, heard.append).start()
    agent = an_agent(team)
    first, second, *_ = open_tickets(team)
    try:
        assert listener.connected.wait(10)
        assert run_cli("--database", team, "--agent", agent, "ticket", "note", str(first), "Llamé.").returncode == 0
        qtbot.waitUntil(lambda: any(first in c.tickets for c in heard), timeout=5000)

        proxy.cut()  # the network goes: a change meanwhile is not notified to this desk
        qtbot.waitUntil(lambda: not listener.connected.is_set(), timeout=5000)
        heard.clear()
        assert run_cli("--database", team, "--agent", agent, "ticket", "priority", "urgent",
                       str(second)).returncode == 0
        proxy.restore()  # back: the listener reads what changed since the last change it saw
        qtbot.waitUntil(lambda: any(second in c.tickets for c in heard), timeout=10000)
    finally:
        listener.stop()
        store.close()
        proxy.close()


def test_a_change_on_another_desk_appears_in_this_window_within_a_second(run_cli, team: str, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    from ui.main_window import MainWindow

    store = open_store(Location.resolve(tmp_path, team))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    model = window.workspace.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    shown = model.ids()
    qtbot.waitUntil(lambda: window.live.listener is not None and window.live.listener.connected.is_set(),
                    timeout=10000)
    resolved = run_cli("--database", team, "--agent", an_agent(team), "ticket", "status", "resolved", str(shown[0]))
    assert resolved.returncode == 0, resolved.stderr
    # Within a second of the other desk's commit, the ticket has left this desk's Open view.
    qtbot.waitUntil(lambda: shown[0] not in model.ids() and len(model.ids()) == len(shown) - 1, timeout=1000)
    window.close()
    store.close()


def updated_at(url: str, ticket: int):  # type: ignore[no-untyped-def]
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT updated_at FROM tickets WHERE id = %s", (ticket,)).fetchone()[0]


def add_action(url: str, ticket: int, description: str) -> None:
    """A promised refund written by another program (a script, an older desk): the triggers log it too."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO actions (ticket_id, kind, description, amount, currency, details, status, "
                     "created_at) VALUES (%s, 'refund', %s, 45.90, 'EUR', '{}', 'promised', now())",
                     (ticket, description))


def test_a_reconnect_reads_the_change_log_notes_tags_and_actions_included(run_cli, team: str, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    """What was written while the listener was cut arrives after the reconnect, though a note or an action
    leaves its ticket's ``updated_at`` as it was; and not as "read everything again"."""
    proxy = SwitchProxy(make_url(team).port or 5432)
    through_proxy = make_url(team).set(port=proxy.port).render_as_string(hide_password=False)
    store: Store = open_store(Location.resolve(tmp_path, through_proxy))
    heard: list[ChangeSet] = []
    listener = ChangeListener(store, heard.append).start()
    agent = an_agent(team)
    noted, tagged, promised, *_ = open_tickets(team)
    before = {t: updated_at(team, t) for t in (noted, promised)}
    try:
        assert listener.connected.wait(10)
        proxy.cut()
        qtbot.waitUntil(lambda: not listener.connected.is_set(), timeout=5000)
        assert run_cli("--database", team, "--agent", agent, "ticket", "note", str(noted),
                       "Llamé al cliente.").returncode == 0
        assert run_cli("--database", team, "--agent", agent, "ticket", "tag", "vip", str(tagged)).returncode == 0
        add_action(team, promised, "Reembolso del envío")
        assert {t: updated_at(team, t) for t in before} == before  # what a catch-up by updated_at would miss
        assert heard == []
        proxy.restore()
        qtbot.waitUntil(lambda: {noted, tagged, promised} <= set().union(*(c.tickets for c in heard)),
                        timeout=10000)
        assert not any(c.everything for c in heard)
        assert "actions" in set().union(*(c.views for c in heard))
    finally:
        listener.stop()
        store.close()
        proxy.close()


def test_a_customer_edited_on_another_desk_reaches_this_one_as_their_tickets(run_cli, team: str, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                                                            tmp_path: Path) -> None:
    """The customer record (name, phone, notes) shows on each of their tickets: an edit is heard as those."""
    store: Store = open_store(Location.resolve(tmp_path, team))
    heard: list[ChangeSet] = []
    listener = ChangeListener(store, heard.append).start()
    ticket = open_tickets(team)[0]
    with psycopg.connect(team, autocommit=True) as conn:
        customer, = conn.execute("SELECT customer_id FROM tickets WHERE id = %s", (ticket,)).fetchone()
        theirs = {r[0] for r in conn.execute("SELECT id FROM tickets WHERE customer_id = %s", (customer,))}
    try:
        assert listener.connected.wait(10)
        assert run_cli("--database", team, "--agent", an_agent(team), "customer", "set", str(customer),
                       "--phone", "+34 600 12 34 56").returncode == 0
        qtbot.waitUntil(lambda: theirs <= set().union(*(c.tickets for c in heard)), timeout=5000)
    finally:
        listener.stop()
        store.close()


def test_a_transaction_that_commits_after_a_later_one_is_not_lost_across_a_cut(team: str, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                                                               tmp_path: Path) -> None:
    """The log's ids are taken when a row is written: a transaction holding an earlier id that commits after
    the listener read a later one, while the listener is away, still reaches it."""
    proxy = SwitchProxy(make_url(team).port or 5432)
    through_proxy = make_url(team).set(port=proxy.port).render_as_string(hide_password=False)
    store: Store = open_store(Location.resolve(tmp_path, through_proxy))
    heard: list[ChangeSet] = []
    listener = ChangeListener(store, heard.append).start()
    slow_ticket, quick_ticket, *_ = open_tickets(team)
    slow = psycopg.connect(team)  # not autocommit: its transaction stays open
    try:
        assert listener.connected.wait(10)
        slow.execute("INSERT INTO notes (ticket_id, kind, body, created_at) VALUES (%s, 'note', 'Escrito primero', now())",
                     (slow_ticket,))
        with psycopg.connect(team, autocommit=True) as quick:
            quick.execute("INSERT INTO notes (ticket_id, kind, body, created_at) VALUES (%s, 'note', 'Escrito después', now())",
                          (quick_ticket,))
        qtbot.waitUntil(lambda: any(quick_ticket in c.tickets for c in heard), timeout=5000)
        with psycopg.connect(team, autocommit=True) as look:
            ids = dict(look.execute("SELECT ticket_id, id FROM change_log WHERE table_name = 'notes'"))
        assert quick_ticket in ids  # the later id, committed; the earlier one is not visible yet
        assert slow_ticket not in ids

        proxy.cut()
        qtbot.waitUntil(lambda: not listener.connected.is_set(), timeout=5000)
        heard.clear()
        slow.commit()
        with psycopg.connect(team, autocommit=True) as look:
            first = look.execute("SELECT id FROM change_log WHERE table_name = 'notes' AND ticket_id = %s",
                                 (slow_ticket,)).fetchone()[0]
        assert first < ids[quick_ticket]  # "everything after the last id seen" would skip it
        proxy.restore()
        qtbot.waitUntil(lambda: any(slow_ticket in c.tickets for c in heard), timeout=10000)
        assert not any(c.everything for c in heard)
    finally:
        slow.close()
        listener.stop()
        store.close()
        proxy.close()


def test_desk_b_cut_off_shows_desk_a_s_note_and_tag_when_back_without_reading_everything(  # type: ignore[no-untyped-def]
        run_cli, team: str, qtbot: QtBot, tmp_path: Path) -> None:
    """Desk B's window (this process, through a network that goes) shows a ticket; desk A (another process)
    adds a note and a tag to it while B is cut off. Back on line, B's conversation shows the note and its
    queue row the tag, from the change log: no ChangeSet says "everything", and the queue is not read again."""
    from ui.main_window import MainWindow

    proxy = SwitchProxy(make_url(team).port or 5432)
    through_proxy = make_url(team).set(port=proxy.port).render_as_string(hide_password=False)
    store = open_store(Location.resolve(tmp_path, through_proxy))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(window.is_ready, timeout=10000)
        model = window.workspace.model
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
        listener = window.live.listener
        assert listener is not None
        qtbot.waitUntil(listener.connected.is_set, timeout=10000)
        ticket = model.ids()[0]
        window.open_ticket(ticket)
        browser = window.workspace.conversation.browser
        qtbot.waitUntil(lambda: f"#{ticket}" in window.workspace.conversation.title.text(), timeout=5000)
        heard: list[ChangeSet] = []
        window.live.changed.connect(heard.append)
        reads: list[bool] = []
        model.loaded.connect(lambda *_: reads.append(True))
        model.refreshed.connect(lambda *_: reads.append(True))

        proxy.cut()
        qtbot.waitUntil(lambda: not listener.connected.is_set(), timeout=5000)
        agent = an_agent(team)
        assert run_cli("--database", team, "--agent", agent, "ticket", "note", str(ticket),
                       "Desk A: called the courier, parcel found.").returncode == 0
        assert run_cli("--database", team, "--agent", agent, "ticket", "tag", "courier", str(ticket)).returncode == 0
        qtbot.wait(300)
        assert "parcel found" not in browser.toPlainText()  # B is cut off: nothing yet
        proxy.restore()

        qtbot.waitUntil(lambda: "parcel found" in browser.toPlainText(), timeout=10000)
        row = model.ids().index(ticket)
        qtbot.waitUntil(lambda: "courier" in getattr(model.row_at(model.ids().index(ticket)), "tags", ()),
                        timeout=5000)
        assert heard and not any(c.everything for c in heard)
        assert reads == []  # the queue's rows were refreshed in place, not read again
        assert model.ids().index(ticket) == row
    finally:
        window.close()
        store.close()
        proxy.close()


def test_the_change_log_keeps_a_day(run_cli, team: str) -> None:  # type: ignore[no-untyped-def]
    """Entries older than a day go as new ones are written (every ten-thousandth entry prunes); newer ones stay."""
    ticket = open_tickets(team)[0]
    with psycopg.connect(team, autocommit=True) as conn:
        conn.execute("UPDATE change_log SET at = now() - interval '25 hours' WHERE id IN "
                     "(SELECT id FROM change_log ORDER BY id LIMIT 5)")
        old = [r[0] for r in conn.execute("SELECT id FROM change_log WHERE at < now() - interval '1 day'")]
        recent = conn.execute("SELECT count(*) FROM change_log WHERE at >= now() - interval '1 day'").fetchone()[0]
        assert len(old) == 5 and recent > 0
        conn.execute("SELECT setval(pg_get_serial_sequence('change_log', 'id'), 9999)")
    assert run_cli("--database", team, "--agent", an_agent(team), "ticket", "note", str(ticket),
                   "Una nota.").returncode == 0  # its first entry is the 10,000th: it prunes
    with psycopg.connect(team, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM change_log WHERE id = ANY(%s)", (old,)).fetchone()[0] == 0
        kept = conn.execute("SELECT count(*) FROM change_log WHERE id < 10000").fetchone()[0]
        assert kept == recent
        assert conn.execute("SELECT count(*) FROM change_log WHERE ticket_id = %s AND id >= 10000",
                            (ticket,)).fetchone()[0] >= 1
