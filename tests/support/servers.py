"""Throw-away servers for tests, started on 127.0.0.1 with free ports.

Where a server's programs are missing the fixture skips, unless
``MOSTRADOR_REQUIRE_SERVERS=1`` (as in CI), where a missing server fails.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

REQUIRE_SERVERS = os.environ.get("MOSTRADOR_REQUIRE_SERVERS") == "1"


def missing(what: str) -> None:
    """Skip, or fail when servers are required."""
    if REQUIRE_SERVERS:
        pytest.fail(f"{what} (MOSTRADOR_REQUIRE_SERVERS=1, so this is a failure, not a skip)")
    pytest.skip(what)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_bindir() -> Path | None:
    for candidate in [shutil.which("pg_ctl")] + sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True):
        if candidate and Path(candidate).exists():
            return Path(candidate).resolve().parent
    return None


@dataclass
class PostgresServer:
    bindir: Path
    datadir: Path
    port: int
    run_as: str | None
    _counter: int = 0

    def _cmd(self, *args: str) -> list[str]:
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *args]
        return list(args)

    def start(self) -> None:
        subprocess.run(self._cmd(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", "postgres",
                                 "--auth=trust", "-E", "UTF8", "--no-sync"),
                       check=True, capture_output=True)
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.datadir} -c fsync=off"
        subprocess.run(self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-o", options,
                                 "-l", str(self.datadir / "server.log"), "-w", "-t", "60", "start"),
                       check=True, capture_output=True)

    def stop(self) -> None:
        subprocess.run(self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop"),
                       capture_output=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        self._counter += 1
        name = f"mostrador_test_{os.getpid()}_{self._counter}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_postgres(base: Path) -> PostgresServer:
    bindir = _pg_bindir()
    if bindir is None or not (bindir / "initdb").exists():
        missing("PostgreSQL (initdb, pg_ctl) is not installed")
    assert bindir is not None
    run_as = None
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            missing("running as root and there is no 'postgres' user to run PostgreSQL as")
        run_as = "postgres"
    base.mkdir(parents=True, exist_ok=True)
    datadir = base / "pgdata"
    if run_as:
        os.chmod(base, 0o755)
        shutil.chown(base, user=run_as)
    server = PostgresServer(bindir, datadir, free_port(), run_as)
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        log = (datadir / "server.log").read_text(errors="replace") if (datadir / "server.log").exists() else ""
        pytest.fail(f"PostgreSQL did not start: {exc.stderr!r} {log[-2000:]}")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    pytest.fail("PostgreSQL did not answer on its port")
    raise AssertionError  # unreachable
