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
