"""Shared fixtures: a fresh data dir and store per test, a test keyring, servers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MOSTRADOR_DATA_DIR"] = "/nonexistent/tests-must-pass-a-data-dir"

import keyring  # noqa: E402
import pytest  # noqa: E402

from tests.support.dovecot import Dovecot  # noqa: E402
from tests.support.keyring_backend import MemoryKeyring  # noqa: E402
from tests.support.servers import PostgresServer, start_postgres  # noqa: E402
from tests.support.smtp import SmtpServer  # noqa: E402
from workstation.features import wire  # noqa: E402
from workstation.paths import Location  # noqa: E402
from workstation.store.db import Store, open_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def features_wired() -> None:
    """As the application does at start (workstation.features): tests that sync in-process are the application.
    A test that unwires them (workstation.sync.hooks.clear) gets them back for the next one."""
    wire()


@pytest.fixture(autouse=True)
def test_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring, never the user's."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def sqlite_store(data_dir: Path) -> Iterator[Store]:
    store = open_store(Location.resolve(data_dir, None))
    yield store
    store.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    base = Path(tempfile.mkdtemp(prefix="mostrador-pg-"))
    server = start_postgres(base)
    yield server
    server.stop()
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the throw-away server."""
    return postgres_server.create_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Store]:
    """The store on each engine: tests using it run on SQLite and on PostgreSQL."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    opened = open_store(Location.resolve(data_dir, url))
    yield opened
    opened.close()


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for ``python -m workstation`` in a subprocess, with a file keyring."""
    env = {k: v for k, v in os.environ.items() if k != "MOSTRADOR_DATA_DIR"}
    env["PYTHONPATH"] = str(ROOT)
    env["PYTHON_KEYRING_BACKEND"] = "tests.support.keyring_backend.FileKeyring"
    env["MOSTRADOR_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture
def run_cli(cli_env: dict[str, str]):  # type: ignore[no-untyped-def]
    """Run ``python -m workstation ARGS`` and return the completed process."""

    def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "workstation", *args],
            input=stdin, capture_output=True, text=True, cwd=ROOT, env={**cli_env, **(env or {})}, timeout=timeout,
        )

    return run


def _dovecot(tls: bool) -> Iterator[Dovecot]:
    from tests.support.dovecot import start_dovecot

    server = start_dovecot(tls=tls)
    yield server
    server.stop()
    shutil.rmtree(server.base, ignore_errors=True)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that records what it accepts."""
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A real Dovecot with TLS (STARTTLS on ``port``, implicit TLS on ``ssl_port``)."""
    yield from _dovecot(tls=True)


@pytest.fixture(scope="session")
def dovecot_without_tls() -> Iterator[Dovecot]:
    """A real Dovecot with TLS switched off: it offers no STARTTLS."""
    yield from _dovecot(tls=False)
