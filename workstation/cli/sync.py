"""Mail in: one pass, watching, and the event stream the window reads from a sync worker process."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from workstation.cli.common import _print_json, _progress_bar
from workstation.errors import MostradorError
from workstation.store.db import Store
from workstation.sync.head_start import HeadStart


def cmd_sync(args: argparse.Namespace, store: Store) -> int:
    from workstation.sync.engine import BATCH_SIZE, SyncProgress, sync_accounts
    from workstation.sync.watch import watch

    bars: dict[str, Callable[[int, int], None]] = {}

    def progress(p: SyncProgress) -> None:
        key = f"{p.account}/{p.folder}"
        if key not in bars:
            bars[key] = _progress_bar(f"{key} ")
        bars[key](p.done, p.total)

    batch_size = args.batch_size or BATCH_SIZE
    head_start = args.head_start
    if args.events:
        return _sync_events(store, args.account, batch_size, keep_watching=args.watch, head_start=head_start)
    if args.watch:
        return watch(store, args.account, progress=progress, report=lambda line: print(line, flush=True),
                     batch_size=batch_size, head_start=head_start)
    summaries, errors = sync_accounts(store, args.account, progress=progress, batch_size=batch_size,
                                      head_start=head_start)
    if args.json:
        _print_json({"accounts": [s.as_dict() for s in summaries], "errors": errors})
    else:
        if not summaries and not errors:
            print("No accounts to sync. Add one with `account add`.")
        for s in summaries:
            if s.synced_elsewhere:  # team mode: another desk holds the inbox's sync lock
                print(f"{s.account}: {s.synced_elsewhere}")
                continue
            print(f"{s.account}: {s.new} new, {s.updated} updated, {s.expunged} expunged, "
                  f"{s.tickets_created} tickets created, {len(s.errors)} errors, {s.seconds:.2f} s")
            for error in s.errors:
                print(f"  {error}")
        for error in errors:
            print(f"mostrador: {error}", file=sys.stderr)
    return 1 if errors else 0


def _sync_events(store: Store, accounts: list[str] | None, batch_size: int, *, keep_watching: bool = False,
                 head_start: HeadStart | None = None) -> int:
    """One JSON object per line: progress as it happens, then the outcome.

    This is how the window runs a sync in a worker process of its own, so
    that parsing and storing never compete with the GUI thread. With
    ``keep_watching`` the process stays: a "finished" or "failed" line after
    each pass (IDLE wakes it when mail arrives), a pass at once for each
    "sync" line read on its standard input, and the end when that input
    closes (the window went away).
    """
    import threading

    from workstation.mail.errors import SyncError
    from workstation.sync.engine import AccountSync, SyncProgress, SyncSummary
    from workstation.workers import Event, Failed, Progress, SyncFinished, write

    lock = threading.Lock()

    def emit(event: Event) -> None:
        with lock:
            write(event)

    def progress(p: SyncProgress) -> None:
        emit(Progress.of(p))

    def passed(name: str, summary: SyncSummary) -> None:
        emit(SyncFinished.of(summary))

    def failed(name: str, exc: MostradorError, retry: bool) -> None:
        emit(Failed.of(exc, account=name, retry=retry))

    if keep_watching:
        from workstation.sync.watch import Watcher

        watcher = Watcher(store, accounts, progress=progress, passed=passed, batch_size=batch_size,
                          failed=lambda name, exc, retry_in: failed(name, exc, retry_in is not None),
                          head_start=head_start)

        def commands() -> None:
            for line in sys.stdin:
                if line.strip() == "sync":
                    watcher.sync_now()
            watcher.stop()

        def weekly_check() -> None:  # the store's health, in this background process (workstation.store.health)
            from workstation.store import health

            delay = 60.0  # not during the first pass
            while not stopped.wait(delay):
                delay = 3600.0  # is a check due? (one a week)
                found = health.check_if_due(store.location)
                if found is not None:
                    failed("", found, False)
                    watcher.stop()
                    return

        stopped = threading.Event()
        threading.Thread(target=commands, name="commands", daemon=True).start()
        if store.location.sqlite_path is not None:
            threading.Thread(target=weekly_check, name="health", daemon=True).start()
        watcher.start()
        watcher.wait()
        stopped.set()
        return 0
    ok = True
    for name in accounts or []:
        try:
            passed(name, AccountSync(store, name, progress=progress, batch_size=batch_size,
                                     head_start=head_start).run())
        except MostradorError as exc:
            ok = False
            failed(name, exc, exc.retry if isinstance(exc, SyncError) else False)
    return 0 if ok else 1
