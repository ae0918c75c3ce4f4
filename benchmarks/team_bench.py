"""Team mode: three desks on one PostgreSQL, one syncing 20k messages while two work the queue.

    .venv/bin/python benchmarks/team_bench.py [--messages 20000] [--tickets 5000] [--changes 20]

Starts a throw-away PostgreSQL (tests/support/servers.py) and the lab's Dovecot (../shared/imap-lab), seeds
one mailbox with ``--messages`` messages and the team database with ``--tickets`` sample tickets, then:

1. the anchor, same run: one desk alone (a window process, as a person opens it) measures the first page
   from process start and six view switches, twice round;
2. the team: desk 1 syncs the mailbox (``sync``: it takes the inbox's lock and stores every message) while
   desks 2 and 3 (window processes) measure the same; then desk 2 changes ``--changes`` tickets' priority,
   one every 0.3 s, twice: while the sync still runs (the bench says if it ended before the last change),
   and once it is done; desk 3 records when each change shows in its queue (NOTIFY, the change log read,
   then the window's rows): the delay from desk 2's commit to desk 3's rows, median and worst, per phase.

Prints each figure with the anchor's and their ratio. Clocks: all desks run on this machine, so their
wall clocks agree.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LAB = ROOT.parent / "shared" / "imap-lab"
PORT = 14144
USER = "agent@example.com"
VIEWS = ["unassigned", "overdue", "waiting", "resolved", "all", "open"]

DESK = r"""
import json, os, sys, threading, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
from workstation.paths import Location
from workstation.store.db import open_store

url, mode, agent = sys.argv[1], sys.argv[2], sys.argv[3]
store = open_store(Location.resolve("/tmp", url))
window = MainWindow(store, agent=agent)
window.resize(1400, 900)
window.show()
model = window.workspace.model
out = {"views_ms": [], "seen": {}}
VIEWS = %(views)r

def ready():
    print("ready", flush=True)
    QTimer.singleShot(200, lambda: switch(0))

def switch(i):
    if i == 2 * len(VIEWS):
        return after()
    started = time.perf_counter()
    def loaded():  # the rows shown: loaded, or refreshed when another desk's change overtook the load
        model.loaded.disconnect(loaded)
        model.refreshed.disconnect(loaded)
        out["views_ms"].append((time.perf_counter() - started) * 1000)
        QTimer.singleShot(0, lambda: switch(i + 1))
    model.loaded.connect(loaded)
    model.refreshed.connect(loaded)
    model.set_view(VIEWS[i %% len(VIEWS)])

def watch():  # every (ticket, priority) shown, the first time: changes from other desks
    now = time.time()
    for row in model._rows:
        out["seen"].setdefault(f"{row.id}:{row.priority}", now)

def after():
    if mode != "watch":
        return finish()
    model.set_view("open")  # the sidebar's view, which the window goes back to on each refresh
    model.loaded.connect(watch)  # the window reads again the rows another desk changed (rows_refreshed),
    model.refreshed.connect(watch)  # or all of them (loaded, refreshed)
    model.rows_refreshed.connect(watch)
    print("watching", flush=True)
    threading.Thread(target=lambda: (sys.stdin.readline(), told.set()), daemon=True).start()
    poll.start()

# The parent says on stdin when the changes are done; read on a thread, noticed here on the GUI thread.
told = threading.Event()
poll = QTimer()
poll.setInterval(50)
poll.timeout.connect(lambda: (poll.stop(), finish()) if told.is_set() else None)

def finish():
    print(json.dumps(out), flush=True)
    app.quit()

window.ready.connect(ready)
app.exec()
window.tasks.wait()
""" % {"views": VIEWS}

CHANGER = r"""
import sys, time, json
from workstation.paths import Location
from workstation.store.db import open_store
from workstation.store.models import Priority
from workstation.tickets import Change, apply
url, agent, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
ids = json.loads(sys.argv[4])
store = open_store(Location.resolve("/tmp", url))
done = []
for i in range(count):
    ticket = ids[i %% len(ids)]
    priority = [Priority.URGENT, Priority.LOW, Priority.HIGH][i %% 3]
    apply(store, [ticket], Change(priority=priority), actor=agent)
    done.append((ticket, priority.value, time.time()))
    time.sleep(0.3)
print(json.dumps(done))
""" % {}


def env_for(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="tests.support.keyring_backend.FileKeyring",
               MOSTRADOR_TEST_KEYRING_FILE=str(tmp / "keyring.json"), QT_QPA_PLATFORM="offscreen")
    return env


def cli(url: str, env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    done = subprocess.run([sys.executable, "-m", "workstation", "--database", url, *args], cwd=ROOT, env=env,
                          input=stdin, capture_output=True, text=True, timeout=1800)
    if done.returncode:
        raise SystemExit(f"{args}: {done.stderr}")
    return done.stdout


class Desk:
    """A window process; ``first_page`` is from spawn to its first page shown."""

    def __init__(self, url: str, env: dict[str, str], mode: str, agent: str) -> None:
        self.started = time.perf_counter()
        self.process = subprocess.Popen([sys.executable, "-c", DESK, url, mode, agent], cwd=ROOT, env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line.strip() != "ready":
            raise SystemExit(f"desk did not start: {line!r}")
        self.first_page = time.perf_counter() - self.started

    def wait_line(self) -> str:
        return self.process.stdout.readline().strip()  # type: ignore[union-attr]

    def result(self) -> dict[str, object]:
        if self.process.poll() is None and self.process.stdin:
            self.process.stdin.write("\n")
            self.process.stdin.flush()
        out = self.process.stdout.read()  # type: ignore[union-attr]
        self.process.wait(timeout=120)
        return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--tickets", type=int, default=5000)
    parser.add_argument("--changes", type=int, default=20)
    args = parser.parse_args()
    from tests.support.servers import start_postgres

    lab = Path(tempfile.mkdtemp(prefix="mostrador-team-bench-"))
    os.chmod(lab, 0o755)
    server = start_postgres(lab / "pg")
    try:
        with open(lab / "dovecot-up.log", "w") as log:
            subprocess.run([str(LAB / "dovecot-up"), str(lab / "dc"), str(PORT)], check=True, stdout=log,
                           stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        subprocess.run([str(LAB / "seed-mailbox"), str(lab / "dc" / "mail" / USER), str(args.messages), "1"],
                       check=True, capture_output=True)
        env = env_for(lab)
        url = server.create_database().replace("postgresql+psycopg://", "postgresql://")
        cli(url, env, "demo", "seed", str(args.tickets))
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:  # the time the database spends in triggers
            database = conn.execute("SELECT current_database()").fetchone()[0]
            conn.execute(f'ALTER DATABASE "{database}" SET track_functions = \'pl\'')
        cli(url, env, "account", "add", "Lab", "--email", USER, "--imap-host", "127.0.0.1", "--imap-port",
            str(PORT), "--imap-security", "plain", "--smtp-host", "127.0.0.1", "--smtp-port", "25",
            "--smtp-security", "plain", "--no-check", "--password-stdin", stdin="secret\n")
        with psycopg.connect(url, autocommit=True) as conn:
            agents = [r[0] for r in conn.execute("SELECT name FROM agents ORDER BY id LIMIT 3")]

        alone = Desk(url, env, "alone", agents[0])
        anchor = alone.result()

        sync_started = time.perf_counter()
        syncer = subprocess.Popen([sys.executable, "-m", "workstation", "--database", url, "sync", "--json"],
                                  cwd=ROOT, env={**env, "MOSTRADOR_AGENT": agents[2]}, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)  # the syncer holds the lock and stores before the desks open
        working = Desk(url, env, "alone", agents[0])
        watching = Desk(url, env, "watch", agents[1])
        team = working.result()
        assert watching.wait_line() == "watching"
        from workstation.paths import Location
        from workstation.queue import list_rows
        from workstation.store.db import open_store

        def first_page(leave_out: list[int]) -> list[int]:  # tickets on the watching desk's first page of "open"
            store = open_store(Location.resolve(lab, url))
            with store.read() as session:
                ids = [row.id for row in list_rows(session, "open", limit=40) if row.id not in leave_out]
            store.close()
            return ids[:20]

        def change(ids: list[int]) -> list[list[object]]:
            changer = subprocess.run([sys.executable, "-c", CHANGER, url, agents[0], str(args.changes),
                                      json.dumps(ids)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
            if changer.returncode:
                raise SystemExit(changer.stderr)
            return json.loads(changer.stdout)

        syncing_ids = first_page([])
        syncing_before = syncer.poll() is None
        during = change(syncing_ids) if syncing_before else []
        syncing_after = syncer.poll() is None
        stdout, stderr = syncer.communicate(timeout=1800)
        sync_seconds = time.perf_counter() - sync_started
        time.sleep(1.0)
        after = change(first_page(syncing_ids))
        time.sleep(2.0)
        seen = watching.result()
        with psycopg.connect(url, autocommit=True) as conn:
            time.sleep(1.0)  # the backends' function statistics, flushed
            logged = conn.execute("SELECT count(*) FROM change_log").fetchone()[0] if conn.execute(
                "SELECT to_regclass('change_log')").fetchone()[0] else None
            in_triggers = conn.execute(
                "SELECT funcname, calls, total_time FROM pg_stat_user_functions WHERE funcname LIKE 'mostrador_%%' "
                "AND funcname NOT LIKE '%%check' ORDER BY funcname").fetchall()
        summary = json.loads(stdout)["accounts"][0] if stdout.strip() else {"new": "?", "error": stderr[-300:]}

        def delays_of(changes: list[list[object]]) -> tuple[list[float], int]:
            delays, missing = [], 0
            for ticket, priority, committed in changes:
                shown = seen["seen"].get(f"{ticket}:{priority}")  # type: ignore[union-attr]
                if shown is None or shown < committed - 0.001:  # type: ignore[operator]
                    missing += 1  # already shown before (the same priority again): not a measure of this change
                    continue
                delays.append((shown - committed) * 1000)  # type: ignore[operator]
            return delays, missing

        def views(result: dict[str, object]) -> list[float]:
            return list(result["views_ms"])  # type: ignore[arg-type]

        a, t = views(anchor), views(team)
        print(f"# {args.messages:,} messages synced by the lock holder ({summary.get('new')} new, "
              f"{sync_seconds:.1f} s from its start to its end), {args.tickets:,} sample tickets")
        print(f"first page from process start: alone {alone.first_page:.2f} s; while syncing {working.first_page:.2f} s "
              f"and {watching.first_page:.2f} s; ratio {working.first_page / alone.first_page:.2f}x / "
              f"{watching.first_page / alone.first_page:.2f}x")
        print(f"view switch, median (worst) of {len(a)}: alone {statistics.median(a):.0f} ms ({max(a):.0f}); "
              f"while syncing {statistics.median(t):.0f} ms ({max(t):.0f}); ratio {statistics.median(t) / statistics.median(a):.2f}x "
              f"({max(t) / max(a):.2f}x worst)")
        log_ms = sum(t for f, _c, t in in_triggers if f != "mostrador_change")  # the log's includes its helper's
        print(f"the database's time in the change-notifying triggers over the whole run: {log_ms / 1000:.1f} s "
              f"({', '.join(f'{f} {c:,} calls' for f, c, _t in in_triggers)})"
              + (f"; {logged:,} change-log entries" if logged is not None else ""))
        phases = [("while the sync runs" + ("" if syncing_after else " (it ended before the last change)"), during),
                  ("after the sync", after)]
        if not syncing_before:
            print("change while the sync runs: not measured, the sync ended before the desks were ready")
        for phase, changes in phases:
            if phase.startswith("while") and not syncing_before:
                continue
            delays, missing = delays_of(changes)
            if delays:
                print(f"change on desk 2 to its row on desk 3, {phase}: median {statistics.median(delays):.0f} ms, "
                      f"worst {max(delays):.0f} ms, over {len(delays)} changes ({missing} not measurable)")
            else:
                print(f"change to appearance, {phase}: none measured ({missing} not measurable)")
    finally:
        subprocess.run([str(LAB / "dovecot-down"), str(lab / "dc")], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        server.stop()
        shutil.rmtree(lab, ignore_errors=True)


if __name__ == "__main__":
    main()
