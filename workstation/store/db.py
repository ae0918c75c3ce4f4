"""Opening the store: engine, SQLite pragmas, migrations with a backup first.

``open_store`` is the one way in. It creates a new database at the head
revision, or upgrades an older one after copying it aside through SQLite's
online backup API, and turns environment failures (a locked or corrupt file,
an unreachable server) into :mod:`workstation.errors` with a clear message.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from workstation.errors import (
    MostradorError,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreTooNew,
    StoreUnreachable,
)
from workstation.paths import Location
from workstation.store import health

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_BUSY_TIMEOUT_MS = 5000
PAGE_SIZE = 16384  # a new SQLite file's; an existing one keeps its own
WRITE_OPTION = "mostrador_write"
DURABLE_OPTION = "mostrador_durable"

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
#: Below this much free space, an I/O error is taken for a full disk (SQLite says "disk I/O error" when
#: it cannot create the WAL's shared-memory file, for one).
_NEARLY_FULL = 1024 * 1024


def _busy_timeout_ms() -> int:
    value = os.environ.get("MOSTRADOR_SQLITE_BUSY_TIMEOUT_MS")
    return int(value) if value and value.isdigit() else DEFAULT_BUSY_TIMEOUT_MS


#: The newest migration. Opening a store at this revision needs no Alembic at
#: all, which keeps every command's start-up short; a test checks it against
#: the migrations folder.
HEAD_REVISION = "0013"


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The newest revision according to the migrations themselves (loads Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine with the pragmas every SQLite connection needs."""
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "postgresql" and sa_url.drivername == "postgresql":
        sa_url = sa_url.set(drivername="postgresql+psycopg")
    if sa_url.get_backend_name() != "sqlite":
        args: dict[str, Any] = {"connect_timeout": 10}
        if read_only:
            args["options"] = "-c default_transaction_read_only=on"
        return create_engine(sa_url, pool_pre_ping=True, connect_args=args)

    busy = _busy_timeout_ms()
    database = sa_url.database or ""
    connect_args: dict[str, Any] = {"timeout": busy / 1000, "check_same_thread": False}
    if read_only and database:
        sa_url = sa_url.set(database=f"file:{Path(database).resolve().as_posix()}?mode=ro", query={"uri": "true"})
    engine = create_engine(sa_url, connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy own transactions: disable pysqlite's own BEGIN handling
        # and emit BEGIN ourselves (see the SQLAlchemy SQLite dialect docs).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {busy}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            # Only a new, empty file takes it: 16 KiB pages hold a message's row and raw content in fewer
            # overflow pages than 4 KiB ones; a 20,000-message sync spent about 10% less time storing.
            cur.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # A writer takes the write lock up front, so it waits its turn (busy
        # timeout) instead of failing when its read snapshot goes stale.
        # Readers begin deferred and never wait for a writer in WAL mode.
        options = conn.get_execution_options()
        immediate = options.get(WRITE_OPTION) and not read_only
        if immediate:
            # The outbox's commits survive a power cut too, not only a crash.
            conn.exec_driver_sql(f"PRAGMA synchronous = {'FULL' if options.get(DURABLE_OPTION) else 'NORMAL'}")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def sqlite_result(exc: BaseException) -> int | None:
    """SQLite's primary result code behind a database exception, if it is SQLite's."""
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def translate_error(exc: BaseException, where: str) -> MostradorError | None:
    """The environment error behind a database exception, or None for a bug."""
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return StoreLocked(
                f"The database {where} is locked by another program.",
                hint="Close the other Mostrador window or command that uses it and try again.",
                kind="locked", where=where, code="store_locked", params={"where": where},
            )
        if primary in (_SQLITE_NOTADB, SQLITE_CORRUPT):
            return StoreCorrupt(
                f"The file {where} is not a readable Mostrador database (damaged or not a database).",
                hint="Restore a copy from the backups folder beside it, or point --data-dir elsewhere.",
                kind="damaged", where=where, code="store_damaged", params={"where": where},
            )
        if primary == _SQLITE_FULL or (primary == _SQLITE_IOERR and _nearly_full(where)):
            return StoreError(f"The disk holding {where} is full.", hint="Free some space and try again; nothing was lost.",
                              kind="full", where=where, code="store_full", params={"where": where})
        if primary == _SQLITE_IOERR:
            return StoreError(f"The disk holding {where} failed to read or write ({orig}).",
                              hint="Check the disk; the database is as its last completed change left it.",
                              kind="disk", where=where, code="store_disk", params={"where": where, "reason": str(orig)})
        if primary in (_SQLITE_CANTOPEN, _SQLITE_READONLY):
            return StoreError(
                f"The database {where} cannot be opened for writing.",
                hint="Check that the folder exists and that you may write to it.",
                kind="read_only", where=where, code="store_read_only", params={"where": where},
            )
        return None
    try:
        import psycopg
    except ImportError:  # pragma: no cover - the postgres extra is optional
        psycopg = None  # type: ignore[assignment]
    if psycopg is not None and isinstance(orig, psycopg.OperationalError):
        first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return StoreUnreachable(
            f"Cannot reach the database server at {where}: {first_line}.",
            hint="Check the URL given with --database and that the server is running.",
            kind="unreachable", where=where, code="store_unreachable", params={"where": where, "reason": first_line},
        )
    if isinstance(exc, sa_exc.NoSuchModuleError | sa_exc.ArgumentError):
        return StoreError(f"The database URL {where} is not one Mostrador can use: {exc}.", code="store_bad_url",
                          params={"where": where, "reason": str(exc)})
    return None


def explain(exc: BaseException, location: Location, *, mark: bool = True) -> MostradorError | None:
    """The environment error behind a database exception met while using the store at ``location``, or
    None for a bug. Damage found (SQLite's "malformed") marks a SQLite store damaged (``mark``), so that no
    later start writes to it, and says what to do."""
    if not isinstance(exc, sa_exc.DBAPIError):
        return None
    translated = translate_error(exc, describe(location.database_url))
    if mark and sqlite_result(exc) == SQLITE_CORRUPT and location.sqlite_path is not None:
        health.mark_damaged(location, str(exc.orig))
        translated = health.damaged(location, str(exc.orig))
    return translated


def _nearly_full(where: str) -> bool:
    import shutil

    folder = Path(where).parent
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL
    except OSError:
        return False


def describe(url: str) -> str:
    """A URL fit to show: the file path for SQLite, no password for servers."""
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        return sa_url.database or ":memory:"
    return sa_url.render_as_string(hide_password=True)


class Store:
    """An open store: the engine and its two kinds of session."""

    def __init__(self, location: Location, engine: Engine, *, read_only: bool = False,
                 watched: bool = False) -> None:
        self.location = location
        self.engine = engine
        self.read_only = read_only
        self._watched = watched  # counted in the store's health state (see workstation.store.health)
        self.backup: str | None = None  # the copy opening took before migrating, if it had to
        self._writers = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        self._readers = sessionmaker(engine, expire_on_commit=False)
        self._durable = sessionmaker(engine.execution_options(**{WRITE_OPTION: True, DURABLE_OPTION: True}),
                                     expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, durable: bool = False) -> Iterator[Session]:
        """A session for work that writes: commits on success, rolls back on error.

        On SQLite it holds the write lock from its first statement to its end,
        so keep it short. ``durable`` syncs the commit to disk before it
        returns (the outbox: what was sent must never be forgotten).
        """
        with self._errors_kept(), (self._durable if durable else self._writers).begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; on SQLite it never waits for a writer."""
        with self._errors_kept(), self._readers.begin() as session:
            yield session

    @contextmanager
    def _errors_kept(self) -> Iterator[None]:
        """A database error the environment causes (locked, disk full, damaged, server gone) leaves a session
        as its one-sentence cause (a :class:`MostradorError`), whoever opened it; a bug's keeps its kind."""
        try:
            yield
        except sa_exc.DBAPIError as exc:
            translated = explain(exc, self.location, mark=self._watched)
            if translated is None:
                raise
            raise translated from exc

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()

    def refresh_statistics(self) -> None:
        """Re-read the tables' statistics after a bulk load (SQLite's ANALYZE; PostgreSQL's autovacuum
        does it by itself), so the planner reads the queue from its indexes instead of sorting."""
        if self.dialect == "sqlite" and not self.read_only:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")

    def close(self) -> None:
        self.engine.dispose()
        if self._watched:
            self._watched = False
            health.closed(self.location)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database through the online backup API."""
    target.parent.mkdir(mode=health.PRIVATE_DIR, parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True, timeout=_busy_timeout_ms() / 1000)
    try:
        health.create_private(target)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=4096)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _migrate(store: Store, current: str | None) -> str | None:
    """Bring the schema to head; return the backup path when one was made."""
    if current == HEAD_REVISION:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreTooNew(
            f"The database {describe(store.location.database_url)} was written by a newer Mostrador "
            f"(schema {current}).",
            hint="Install the newer version to open it.",
            code="store_too_new", params={"where": describe(store.location.database_url), "schema": str(current)},
        )
    if current is None:
        with store.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if tables:
            raise StoreError(
                f"The database {describe(store.location.database_url)} holds tables that are not Mostrador's.",
                hint="Use an empty database or another --data-dir.",
                code="store_foreign_tables", params={"where": describe(store.location.database_url)},
            )
    backup: Path | None = None
    sqlite_path = store.location.sqlite_path
    if current is not None and sqlite_path is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(sqlite_path, store.location.backups_dir / f"mostrador-{current}-{stamp}.sqlite3")
        log.info("backed up %s to %s before upgrading from %s", sqlite_path, backup, current)
    cfg = alembic_config()
    with store.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return str(backup) if backup else None


def open_store(location: Location, *, upgrade: bool = True, read_only: bool = False,
               watch_health: bool = True) -> Store:
    """Open (creating or upgrading as needed) the store at ``location``. ``watch_health``: a workstation's
    own SQLite store, checked at start and refused when damaged (see workstation.store.health); not a
    review pack."""
    where = describe(location.database_url)
    sqlite_path = location.sqlite_path
    watched = sqlite_path is not None and not read_only and watch_health
    if sqlite_path is not None and not read_only:
        try:
            # The data folder and the database hold customers' mail: their owner's only.
            sqlite_path.parent.mkdir(mode=health.PRIVATE_DIR, parents=True, exist_ok=True)
            location.data_dir.mkdir(mode=health.PRIVATE_DIR, parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the data folder {sqlite_path.parent}: {exc.strerror}.",
                             code="store_no_folder",
                             params={"folder": str(sqlite_path.parent), "reason": str(exc.strerror)}) from exc
        health.create_private(sqlite_path)
        for suffix in ("-wal", "-shm"):
            health.private_file(Path(f"{sqlite_path}{suffix}"))
    if read_only and sqlite_path is not None and not sqlite_path.exists():
        raise StoreError(f"There is no database at {where}.", code="store_missing", params={"where": where})
    if sqlite_path is not None and sqlite_path.is_dir():
        raise StoreError(f"{where} is a folder, not a database file.", hint="Point --data-dir or --database elsewhere.",
                         code="store_is_folder", params={"where": where})
    try:
        if watched:
            health.opened(location)
        engine = make_engine(location.database_url, read_only=read_only)
        store = Store(location, engine, read_only=read_only, watched=watched)
        current = store.revision()
        if read_only:
            if current != HEAD_REVISION:
                raise StoreError(f"The database {where} is at schema {current}; open it once for writing to "
                                 "upgrade it.", code="store_needs_upgrade", params={"where": where, "schema": str(current)})
        elif upgrade:
            store.backup = _migrate(store, current)
    except (sa_exc.DBAPIError, sa_exc.ArgumentError, sa_exc.NoSuchModuleError, sqlite3.Error) as exc:
        translated = translate_error(exc, where)
        if watched:
            if sqlite_result(exc) == SQLITE_CORRUPT:  # damage met while opening: no later start writes
                health.mark_damaged(location, str(getattr(exc, "orig", exc)))
            health.closed(location)
        if translated is None:
            raise
        raise translated from exc
    except BaseException:
        if watched:
            health.closed(location)
        raise
    return store
