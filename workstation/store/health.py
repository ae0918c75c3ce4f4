"""A SQLite store that knows its health: damage is found early, and a damaged store is never written to.

SQLite reads a damaged page only when a query reaches it, so a store with pages overwritten opens, reads
and takes new mail as if nothing were wrong, spreading the damage. Here:

- ``PRAGMA quick_check`` runs at start when the last close was not clean: a process that had the store
  open is gone without closing it, or the file is not as the last one to close it left it (size and
  modification time). It runs again weekly in the sync worker's background (:func:`check_if_due`), and
  ``python -m workstation check`` runs the full ``integrity_check``.
- Damage found is remembered (``store-health.json`` beside the database): every later start refuses the
  store with one sentence naming the newest backup, until ``check --recover`` copies what can be read
  into a new file (as SQLite's ``.recover`` does) and puts it in place, the damaged file kept in
  ``backups/``.

The state file is read and written under an advisory lock, so the window, its workers and commands
started by hand can share it.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from workstation.errors import StoreCorrupt, StoreError
from workstation.paths import Location

STATE_FILE = "store-health.json"
CHECK_EVERY = timedelta(days=7)
#: The most problems a check reports (integrity_check alone can list thousands).
MAX_PROBLEMS = 20
PRIVATE_FILE = 0o600
_SQLITE_CORRUPT = 11
PRIVATE_DIR = 0o700


def private_file(path: Path) -> None:
    """Only its owner may read ``path`` (customers' mail lives in it)."""
    try:
        if path.exists() and path.stat().st_mode & 0o077:
            path.chmod(PRIVATE_FILE)
    except OSError:
        pass  # not ours to change (a shared folder): SQLite still opens it


def create_private(path: Path) -> None:
    """Create an empty ``path`` readable by its owner only, unless it exists."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
    except OSError:
        pass  # SQLite reports what is wrong with it, in its own words
    private_file(path)


@contextmanager
def _state(data_dir: Path, *, write: bool = True) -> Iterator[dict[str, Any]]:
    """The health state, locked against the other processes of this store; written back when ``write``."""
    path = data_dir / STATE_FILE
    try:
        handle = open(os.open(data_dir / f".{STATE_FILE}.lock", os.O_CREAT | os.O_RDWR, PRIVATE_FILE),  # noqa: SIM115
                      "r+b")
    except OSError:
        if write:
            raise
        yield _read(path)
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        state = _read(path)
        try:
            yield state
        finally:  # what was learnt before a refusal (the damage) is kept too
            if write:
                partial = path.with_name(f".{STATE_FILE}.part")
                with open(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE), "w") as out:
                    json.dump(state, out)
                partial.replace(path)


def _read(path: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fingerprint(path: Path) -> list[int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns]


def newest_backup(location: Location) -> Path | None:
    try:
        backups = sorted(location.backups_dir.glob("mostrador-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    except OSError:
        return None
    backups = [b for b in backups if not b.name.startswith("mostrador-damaged-")]
    return backups[-1] if backups else None


def damaged(location: Location, problem: str) -> StoreCorrupt:
    """The one sentence a damaged store is refused with, and what to do."""
    backup = newest_backup(location)
    offer = f"restore the newest backup ({backup}) or " if backup else ""
    facts = {"where": str(location.sqlite_path), "problem": problem}
    return StoreCorrupt(
        f"The database {location.sqlite_path} is damaged ({problem}); Mostrador will not write to it.",
        hint=f"To go on, {offer}run `python -m workstation check --recover`, which copies what can be read "
             "into a new database.",
        code="store_marked_damaged_backup" if backup else "store_marked_damaged",
        params={**facts, "backup": str(backup)} if backup else facts)


def check(path: Path, *, full: bool = False) -> list[str]:
    """SQLite's own check of every page (``integrity_check`` when ``full``, else ``quick_check``): the
    problems found, none when the file is sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=30)
        try:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF != _SQLITE_CORRUPT:
            raise  # busy, not a database at all, a disk that fails: the caller says which, it is no damage
        return [str(exc)]
    return [] if rows == ["ok"] else [str(row) for row in rows]


def _summary(problems: list[str]) -> str:
    first = problems[0].splitlines()[0][:200]
    more = f", and {len(problems) - 1} more" if len(problems) > 1 else ""
    return f"{first}{more}"


def opened(location: Location) -> None:
    """A process opens the SQLite store at ``location`` for writing: refuse it when damage is known, check
    it when the last close was not clean, and count this process among those that have it open."""
    path = location.sqlite_path
    assert path is not None
    try:
        with _state(location.data_dir) as state:
            if state.get("damaged"):
                raise damaged(location, str(state["damaged"]))
            holders = [pid for pid in state.get("open", []) if isinstance(pid, int)]
            alive = [pid for pid in holders if _alive(pid)]
            fingerprint = _fingerprint(path)
            unclean = len(alive) < len(holders) or (
                not alive and fingerprint is not None and fingerprint[0] > 0
                and state.get("closed") != fingerprint)
            state["open"] = alive
            if unclean:
                problems = check(path)
                state["checked_at"] = datetime.now(UTC).isoformat()
                if problems:
                    state["damaged"] = _summary(problems)
                    raise damaged(location, state["damaged"])
            state["open"] = [*alive, os.getpid()]
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StoreError(f"The disk holding {path} is full.",
                             hint="Free some space and try again; nothing was lost.",
                             kind="full", where=str(path), code="store_full", params={"where": str(path)}) from exc
        raise StoreError(f"Cannot write to the data folder {location.data_dir}: {exc.strerror}.",
                         hint="Check that it exists, that you may write to it and that its disk is not full.",
                         code="store_folder_unwritable",
                         params={"folder": str(location.data_dir), "reason": str(exc.strerror)}) from exc


def closed(location: Location) -> None:
    """This process closed the store: the last one out records how it left the file."""
    path = location.sqlite_path
    assert path is not None
    try:
        with _state(location.data_dir) as state:
            holders = [pid for pid in state.get("open", []) if isinstance(pid, int)]
            if os.getpid() in holders:
                holders.remove(os.getpid())
            holders = [pid for pid in holders if _alive(pid)]
            state["open"] = holders
            if not holders and not state.get("damaged"):
                state["closed"] = _fingerprint(path)
    except OSError:
        pass  # the next start finds it unclean and checks it: nothing is lost


def mark_damaged(location: Location, problem: str) -> None:
    """Damage met while working (SQLite said "malformed"): no later start writes to the store."""
    try:
        with _state(location.data_dir) as state:
            state["damaged"] = problem
    except OSError:
        pass


def check_if_due(location: Location, *, now: datetime | None = None) -> StoreCorrupt | None:
    """The weekly quick_check, run by the sync worker in the background; the damage it found, if any."""
    path = location.sqlite_path
    if path is None:
        return None
    now = now or datetime.now(UTC)
    with _state(location.data_dir, write=False) as state:
        last = state.get("checked_at")
    try:
        if last and now - datetime.fromisoformat(last) < CHECK_EVERY:
            return None
    except ValueError:
        pass
    problems = check(path)
    with _state(location.data_dir) as state:
        state["checked_at"] = now.isoformat()
        if problems:
            state["damaged"] = _summary(problems)
    return damaged(location, _summary(problems)) if problems else None


# --- check and recover ---------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    problems: list[str]
    recovered: Path | None = None
    kept: Path | None = None
    rows: int = 0


def integrity(location: Location) -> CheckResult:
    """``python -m workstation check``: the full integrity_check; damage found is remembered."""
    path = location.sqlite_path
    if path is None:
        raise StoreError("`check` reads a workstation's SQLite file; a PostgreSQL server checks its own data.")
    if not path.exists():
        raise StoreError(f"There is no database at {path}.")
    problems = check(path, full=True)
    with _state(location.data_dir) as state:
        state["checked_at"] = datetime.now(UTC).isoformat()
        if problems:
            state["damaged"] = _summary(problems)
        else:
            state.pop("damaged", None)
    return CheckResult(problems)


def recover(location: Location) -> CheckResult:
    """Copy what can be read of a damaged store into a new file, check the copy, and put it in place of the
    damaged one, which is kept in ``backups/``.

    The new file is a new store at the current schema; each table's rows are read from the damaged file in
    rowid order, and a damaged page is stepped over (the rows on it are lost) by reading on from further and
    further rowids. The search index is rebuilt as the messages go in (the triggers); rows left pointing at
    rows that were lost are dropped at the end. (SQLite's own ``.recover`` in the sqlite3 program does the
    same page by page, but fails on this schema's full-text tables in the versions Debian ships.)"""
    from workstation.store.db import open_store

    path = location.sqlite_path
    if path is None or not path.exists():
        raise StoreError(f"There is no database at {path} to recover.")
    with _state(location.data_dir, write=False) as state:
        others = [pid for pid in state.get("open", []) if isinstance(pid, int) and pid != os.getpid()
                  and _alive(pid)]
    if others:
        raise StoreError(f"The database {path} is open in another Mostrador (process {others[0]}).",
                         hint="Close the window and any sync, then recover.")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}-recovered-{stamp}.sqlite3")
    open_store(Location(location.data_dir, f"sqlite:///{target.as_posix()}"), watch_health=False).close()
    try:
        copied = _salvage(path, target)
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise
    problems = check(target, full=True)
    if problems:
        raise StoreError(f"The recovered copy {target} is not sound either ({_summary(problems)}).",
                         hint="Restore the newest backup instead.")
    kept = _set_aside(location, stamp)
    target.replace(path)
    with _state(location.data_dir) as state:
        state.pop("damaged", None)
        state["checked_at"] = datetime.now(UTC).isoformat()
        state["closed"] = _fingerprint(path)
    return CheckResult([], recovered=path, kept=kept, rows=copied)


def _set_aside(location: Location, stamp: str) -> Path:
    """Move the damaged database, and its WAL and shared-memory files, into ``backups/``."""
    path = location.sqlite_path
    assert path is not None
    kept = location.backups_dir / f"mostrador-damaged-{stamp}.sqlite3"
    kept.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        journal = Path(f"{path}{suffix}")
        if journal.exists():
            journal.replace(Path(f"{kept}{suffix}"))
    if path.exists():
        path.replace(kept)
    return kept


def restore_backup(location: Location, backup: Path) -> Path:
    """Put ``backup`` in place of the damaged store, which is kept in ``backups/``; returns where it went."""
    import shutil

    path = location.sqlite_path
    assert path is not None
    partial = path.with_name(f".{path.name}.restoring")
    try:
        shutil.copyfile(backup, partial)
        partial.chmod(PRIVATE_FILE)
        kept = _set_aside(location, datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Cannot restore {backup} in place of {path}: {exc.strerror}.", code="store_restore_failed",
                         params={"backup": str(backup), "where": str(path), "reason": str(exc.strerror)}) from exc
    with _state(location.data_dir) as state:
        state.pop("damaged", None)
        state["closed"] = _fingerprint(path)
    return kept


_READ_BATCH = 500


def _salvage(source: Path, target: Path) -> int:
    """Every readable row of ``source`` into the same tables of ``target``; the number of rows copied.
    Two connections: a read that meets damage spoils the transaction it runs in."""
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    conn = sqlite3.connect(target)
    conn.isolation_level = None
    copied = 0
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'messages_fts%' AND name != 'alembic_version' ORDER BY name")]
        try:
            old_tables = {name for (name,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"Not even the list of tables of {source} can be read ({exc}).",
                             hint="Restore the newest backup instead.") from exc
        conn.execute("BEGIN")
        for table in tables:
            if table not in old_tables:
                continue
            new_columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            old_columns = {row[1] for row in src.execute(f'PRAGMA table_info("{table}")')}
            columns = [c for c in new_columns if c in old_columns]
            names = ", ".join(f'"{c}"' for c in columns)
            insert = f'INSERT OR IGNORE INTO "{table}" (rowid, {names}) VALUES (?{", ?" * len(columns)})'
            for rows in _readable(src, f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? '
                                       f"ORDER BY rowid LIMIT ?"):
                conn.executemany(insert, rows)
                copied += len(rows)
        conn.execute("COMMIT")
        conn.execute("BEGIN")
        for _ in range(10):  # rows pointing at rows that were lost (a message whose ticket was on a bad page)
            orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
            if not orphans:
                break
            for table, rowid, _parent, _key in orphans:
                conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                copied -= 1
        conn.execute("COMMIT")
    finally:
        conn.close()
        src.close()
    return copied


def _readable(conn: sqlite3.Connection, query: str) -> Iterator[list[tuple[Any, ...]]]:
    """Batches of the rows ``query`` reads (rowid first) past every page that cannot be read."""
    last, step = -(2 ** 63), 1
    while True:
        try:
            rows = conn.execute(query, (last, _READ_BATCH)).fetchall()
        except sqlite3.DatabaseError:
            try:
                rows = conn.execute(query, (last, 1)).fetchall()
            except sqlite3.DatabaseError:
                rows = None
            if rows is None:  # the next row is on a damaged page: read on from further along
                if last >= 2 ** 62:
                    return
                last = max(last, 0) + step
                step *= 2
                continue
        if not rows:
            return
        step = 1
        last = rows[-1][0]
        yield rows
