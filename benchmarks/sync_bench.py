"""Full and incremental sync against Dovecot on loopback, with anchors from the same run.

    .venv/bin/python benchmarks/sync_bench.py [--sizes 20000,100000] [--skip-raw-sqlite-above 20000] [--pairs N]

Starts a throw-away Dovecot with ../shared/imap-lab/dovecot-up, seeds one
mailbox per size with ../shared/imap-lab/seed-mailbox, then on the same
mailbox measures:

- the anchors, by ../shared/imap-lab/anchor-sync: a raw imapclient fetch
  (bytes discarded: the network limit), raw fetch + email parse + SQLite
  insert, and mbsync;
- this project's full sync (``python -m workstation sync``, process start
  included, peak RSS of the process tree's main process); with ``--pairs N``,
  N-1 more pairs of mbsync (with its and the raw fetch's incremental re-runs)
  and this full sync, one after the other, since this machine's speed, and
  mbsync's, move by 10-20% between runs;
- this project's incremental sync of 100 new messages (N times with ``--pairs N``): a fresh `sync`
  process right after 100 IMAP APPENDs (start-up, login and SELECT included), timed as the anchors'
  re-runs are; and a worker already watching (IDLE), as the window runs it: from the start of a Maildir
  delivery to the last message stored;
- before each fresh incremental sync, on 100 messages of its own, the least any client can take:
  ``imap_floor.py``, a bare socket under ``python -S`` (no IMAP library, no parsing, no store);
- the GUI event loop while the window's sync controller pulls the whole
  mailbox: the longest gap between ticks of a 10 ms timer;
- what a fresh interpreter takes to start, and to import SQLAlchemy's ORM, the models, and the CLI with
  the sync engine (median of 5 each): what a fresh `sync` spends before it can handle any mail.

Targets (issue 3): full sync >= 1.5x mbsync's rate; incremental +100 on the
100k box < 0.5 s; peak memory < 300 MB at 100k; no event-loop stall > 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

ROOT = Path(__file__).resolve().parent.parent
LAB = ROOT.parent / "shared" / "imap-lab"
PORT = 14143
USERS = {20000: "agent@example.com", 100000: "supervisor@example.com"}
SETTLE = 1.5  # seconds: past Dovecot's MAILDIR_SYNC_SECS (1 s), so no appending starts on a folder just changed

STALL_PROBE = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.sync_controller import SyncController
from ui.tasks import Tasks
from workstation.paths import Location
from workstation.store.db import open_store

app = QApplication([])
store = open_store(Location.resolve(sys.argv[1], None))
tasks = Tasks()
controller = SyncController(store, tasks.run)
gaps, last = [], [time.perf_counter()]
def tick():
    now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
timer = QTimer(); timer.setInterval(10); timer.timeout.connect(tick); timer.start()
result = {}
def done(account, summary):
    result["new"] = getattr(summary, "new", 0); app.quit()
def failed(account, exc):
    result["error"] = str(exc); app.quit()
controller.finished.connect(done); controller.failed.connect(failed)
QTimer.singleShot(200, controller.sync_all)
started = time.perf_counter()
app.exec()
controller.shutdown()
result["seconds"] = time.perf_counter() - started
gaps.sort()
result["max_gap_ms"] = gaps[-1] * 1000 if gaps else None
result["p99_gap_ms"] = gaps[int(len(gaps) * 0.99)] * 1000 if gaps else None
print(json.dumps(result))
"""


def run(cmd: list[str], env: dict[str, str] | None = None, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def cli_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="tests.support.keyring_backend.FileKeyring",
               MOSTRADOR_TEST_KEYRING_FILE=str(tmp / "keyring.json"), QT_QPA_PLATFORM="offscreen")
    return env


def add_account(data: Path, user: str, env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "workstation", "--data-dir", str(data), "account", "add", "Lab", "--email", user,
         "--imap-host", "127.0.0.1", "--imap-port", str(PORT), "--imap-security", "plain", "--smtp-host",
         "127.0.0.1", "--smtp-port", "25", "--smtp-security", "plain", "--password-stdin"],
        cwd=ROOT, env=env, input="secret\n", capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(result.stderr)


def ours(data: Path, env: dict[str, str]) -> tuple[float, int, int]:
    """Seconds, messages and peak RSS (KB, the main process, as /usr/bin/time reports) of one `sync` run."""
    rss_file = data.parent / f"{data.name}.rss"
    started = time.perf_counter()
    result = run(["/usr/bin/time", "-o", str(rss_file), "-f", "%M", sys.executable, "-m", "workstation",
                  "--data-dir", str(data), "sync", "--json"], env)
    seconds = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(result.stderr)
    summary = json.loads(result.stdout)["accounts"][0]
    return seconds, summary["new"], int(rss_file.read_text().split()[-1])


def watching(data: Path, maildir: Path, env: dict[str, str], times: int, count: int = 100) -> list[float]:
    """Seconds from the start of delivering ``count`` messages into the Maildir to the last of them stored
    by a worker already watching (the window's: `sync --events --watch`, IDLE on INBOX), ``times`` times."""
    worker = subprocess.Popen([sys.executable, "-m", "workstation", "--data-dir", str(data), "sync", "--events",
                               "--watch"], cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    assert worker.stdout is not None and worker.stdin is not None
    try:
        while json.loads(worker.stdout.readline())["event"] != "finished":  # the first pass: nothing new
            pass
        seconds = []
        for attempt in range(times):
            time.sleep(2.0)  # in IDLE, and Dovecot's Maildir has settled (it re-reads one changed <1 s ago)
            started = time.perf_counter()
            subprocess.run([str(LAB / "seed-mailbox"), str(maildir), str(count), str(700 + attempt)], check=True,
                           capture_output=True)  # each seed its own messages
            stored = 0
            while stored < count:
                event = json.loads(worker.stdout.readline())
                if event["event"] == "finished":
                    stored += event["new"]
            seconds.append(time.perf_counter() - started)
        return seconds
    finally:
        worker.stdin.close()
        worker.wait(timeout=30)


def append_new(lab: Path, user: str, seed: int, count: int = 100) -> int:
    """Appends ``count`` new messages (made by the lab's seed-mailbox) to the user's INBOX over IMAP, as
    anchor-sync does before the anchors' incremental re-runs; returns the UID the first of them got."""
    source = lab / "append-source"
    shutil.rmtree(source, ignore_errors=True)
    subprocess.run([str(LAB / "seed-mailbox"), str(source), str(count), str(seed), "--new"], check=True,
                   capture_output=True)
    with IMAPClient("127.0.0.1", port=PORT, ssl=False, timeout=60) as client:
        client.login(user, "secret")
        first_uid = client.folder_status("INBOX", [b"UIDNEXT"])[b"UIDNEXT"]
        for path in sorted((source / "new").iterdir()):
            client.append("INBOX", path.read_bytes())
    return first_uid


def bare_fetch(user: str, first_uid: int) -> tuple[float, int]:
    """Seconds (process start included) and messages of `imap_floor.py` fetching from ``first_uid`` up."""
    started = time.perf_counter()
    result = run([sys.executable, "-S", str(ROOT / "benchmarks" / "imap_floor.py"), str(PORT), user, "secret",
                  str(first_uid)])
    seconds = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(result.stderr)
    return seconds, int(result.stdout)


def start_seconds(code: str, env: dict[str, str]) -> float:
    """Seconds a fresh interpreter takes to run ``code``, its start included."""
    started = time.perf_counter()
    result = run([sys.executable, "-c", code], env)
    if result.returncode:
        raise SystemExit(result.stderr)
    return time.perf_counter() - started


def anchors(user: str, size: int, tools: list[str], incr: int) -> list[str]:
    env = dict(os.environ, INCR=str(incr), TIMEOUT="900")
    result = run([str(LAB / "anchor-sync"), str(PORT), user, "secret", *tools], env, timeout=3600)
    return [line for line in result.stdout.splitlines() if line and not line.startswith("#")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="20000,100000")
    parser.add_argument("--skip-raw-sqlite-above", type=int, default=20000)
    parser.add_argument("--pairs", type=int, default=1,
                        help="mbsync and our full and incremental syncs, this many times each")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    lab = Path(tempfile.mkdtemp(prefix="mostrador-sync-bench-"))
    os.chmod(lab, 0o755)  # Dovecot's mail user must reach the Maildir below
    try:
        # Dovecot daemonizes and keeps inherited pipes open: its output goes to a file.
        with open(lab / "dovecot-up.log", "w") as log:
            subprocess.run([str(LAB / "dovecot-up"), str(lab / "dc"), str(PORT)], check=True, stdout=log,
                           stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        rows = []
        env = cli_env(lab)
        for size in sizes:
            user = USERS[size]
            subprocess.run([str(LAB / "seed-mailbox"), str(lab / "dc" / "mail" / user), str(size), "1"],
                           check=True, capture_output=True)
            tools = ["raw", "mbsync"] + (["raw-sqlite"] if size <= args.skip_raw_sqlite_above else [])
            for line in anchors(user, size, tools, incr=100):
                rows.append(f"{size:>7}  anchor  {line}")
            data = lab / f"ours-{size}"
            add_account(data, user, env)
            seconds, new, peak = ours(data, env)
            rows.append(f"{size:>7}  ours    full-sync {new} {seconds:.2f} {new / seconds:.0f} {peak}")
            for pair in range(2, args.pairs + 1):
                reruns = [line for line in anchors(user, size, ["raw", "mbsync"], incr=100)
                          if line.split()[0] in ("mbsync", "raw-incr", "mbsync-incr")]
                rows.extend(f"{size:>7}  anchor  {line}  # pair {pair}" for line in reruns)
                again = lab / f"ours-{size}-{pair}"
                add_account(again, user, env)
                seconds, new, peak = ours(again, env)
                rows.append(f"{size:>7}  ours    full-sync {new} {seconds:.2f} {new / seconds:.0f} {peak}"
                            f"  # pair {pair}")
            # 100 new messages by IMAP APPEND, as the anchors get theirs, and at once the timed run (process
            # start included): first the bare client, then, on another 100, this project's sync.
            for attempt in range(args.pairs):
                ours(data, env)  # not timed: what the anchors' re-runs appended, the first time
                time.sleep(SETTLE)
                first_uid = append_new(lab, user, 3000 + 2 * attempt)
                floor_seconds, floor_count = bare_fetch(user, first_uid)
                rows.append(f"{size:>7}  anchor  bare-socket-incr {floor_count} {floor_seconds:.2f}")
                ours(data, env)  # not timed: the bare client's 100
                time.sleep(SETTLE)
                append_new(lab, user, 3001 + 2 * attempt)
                inc_seconds, inc_new, _ = ours(data, env)
                rows.append(f"{size:>7}  ours    incremental {inc_new} {inc_seconds:.2f}")
            watch_seconds = watching(data, lab / "dc" / "mail" / user, env, args.pairs)
            rows.append(f"{size:>7}  ours    watching-incremental 100 "
                        f"{' / '.join(f'{seconds:.2f}' for seconds in watch_seconds)}")
            stall_data = lab / f"stall-{size}"
            add_account(stall_data, user, env)
            probe = run([sys.executable, "-c", STALL_PROBE, str(stall_data)], env)
            rows.append(f"{size:>7}  ours    gui-stall {probe.stdout.strip() or probe.stderr.strip()[-300:]}")
        # What a fresh `sync` process spends before it can handle any mail, whatever the server does
        # (importing with the collector off, as `python -m workstation` does).
        for what, modules in (("python", ""), ("sqlalchemy-orm", "sqlalchemy.orm"),
                              ("models", "workstation.store.models"),
                              ("sync-engine", "workstation.cli, workstation.sync.engine")):
            code = f"import gc; gc.disable(); import {modules}" if modules else "pass"
            times = sorted(start_seconds(code, env) for _ in range(5))
            rows.append(f"      -  anchor  import-{what} - {times[2]:.2f}  # median of 5: "
                        + " ".join(f"{t:.2f}" for t in times))
        print("# size   who     tool messages seconds msgs_per_s peak_rss_kb")
        print("\n".join(rows))
    finally:
        subprocess.run([str(LAB / "dovecot-down"), str(lab / "dc")], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.rmtree(lab, ignore_errors=True)


if __name__ == "__main__":
    main()
