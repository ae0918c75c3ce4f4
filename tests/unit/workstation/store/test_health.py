"""A damaged store is found, said in one sentence, never written to, and recovered; the data folder is
private. Each through ``python -m workstation`` as a person would run it."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workstation.errors import StoreCorrupt
from workstation.paths import Location
from workstation.store import health
from workstation.store.db import open_store

ROOT = Path(__file__).resolve().parents[4]
PAGE = 16384


def seeded(run_cli, data_dir: Path, tickets: int = 150) -> Path:  # type: ignore[no-untyped-def]
    result = run_cli("--data-dir", str(data_dir), "demo", "seed", str(tickets))
    assert result.returncode == 0, result.stderr
    return data_dir / "mostrador.sqlite3"


def damage(database: Path, pages: int = 6, seed: int = 18) -> None:
    """Random bytes over whole pages in the middle of the file, as a failing disk leaves them."""
    rnd = random.Random(seed)
    count = database.stat().st_size // PAGE
    with open(database, "r+b") as handle:
        for page in rnd.sample(range(count // 4, count - 1), pages):
            handle.seek(page * PAGE)
            handle.write(rnd.randbytes(PAGE))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_a_damaged_store_is_refused_in_one_sentence_and_never_written(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    database = seeded(run_cli, data_dir)
    damage(database)
    files = [database, *data_dir.glob("mostrador.sqlite3-*")]
    before = [digest(path) for path in files]
    for command in (["info"], ["demo", "seed", "20"], ["agent", "add", "Marta"]):
        result = run_cli("--data-dir", str(data_dir), *command)
        assert result.returncode == 1, (command, result.stdout)
        line = one_line(result.stderr)
        assert "is damaged" in line and "will not write to it" in line and "check --recover" in line
    assert [digest(path) for path in files] == before
    # A reader may leave SQLite's empty -wal and -shm files behind; nothing is ever written into them.
    assert all(path.stat().st_size == 0 for path in data_dir.glob("mostrador.sqlite3-wal") if path not in files)


def test_check_names_the_damage_and_recover_copies_what_can_be_read(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    database = seeded(run_cli, data_dir)
    healthy = run_cli("--data-dir", str(data_dir), "check")
    assert healthy.returncode == 0 and "no damage found" in healthy.stdout
    damage(database)
    checked = run_cli("--data-dir", str(data_dir), "check")
    assert checked.returncode == 1 and "is damaged" in checked.stderr
    recovered = run_cli("--data-dir", str(data_dir), "check", "--recover")
    assert recovered.returncode == 0, recovered.stderr
    kept = list((data_dir / "backups").glob("mostrador-damaged-*.sqlite3"))
    assert len(kept) == 1
    info = run_cli("--data-dir", str(data_dir), "info", "--json")
    assert info.returncode == 0, info.stderr
    counts = json.loads(info.stdout)["counts"]
    assert 0 < counts["tickets"] <= 150 and counts["messages"] > 0
    assert run_cli("--data-dir", str(data_dir), "check").returncode == 0
    assert run_cli("--data-dir", str(data_dir), "demo", "seed", "5").returncode == 0  # writable again


def test_a_store_left_open_by_a_killed_process_is_checked_at_the_next_start(data_dir: Path, cli_env) -> None:  # type: ignore[no-untyped-def]
    store = open_store(Location.resolve(data_dir, None))
    store.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from workstation.paths import Location; "
         "from workstation.store.db import open_store; open_store(Location.resolve(sys.argv[1], None)); "
         "print('open', flush=True); time.sleep(60)", str(data_dir)],
        cwd=ROOT, env=cli_env, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    database = data_dir / "mostrador.sqlite3"
    damage(database, pages=2)
    stamp = database.stat().st_mtime_ns
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdout.close()
    os.utime(database, ns=(stamp, stamp))  # the file looks as it did: only the dead holder tells
    with pytest.raises(StoreCorrupt, match="is damaged"):
        open_store(Location.resolve(data_dir, None))


def test_the_weekly_check_finds_damage_a_clean_close_hid(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    database = seeded(run_cli, data_dir)
    location = Location.resolve(data_dir, None)
    assert health.check_if_due(location) is None  # no check on record: it runs now, and finds nothing
    stamp = database.stat().st_mtime_ns
    damage(database)
    os.utime(database, ns=(stamp, stamp))
    assert health.check_if_due(location, now=datetime.now(UTC) + timedelta(days=1)) is None  # not due yet
    found = health.check_if_due(location, now=datetime.now(UTC) + timedelta(days=8))
    assert found is not None and "is damaged" in str(found)
    with pytest.raises(StoreCorrupt, match="is damaged"):
        open_store(location)


def test_the_data_folder_and_its_files_are_private(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    database = seeded(run_cli, data_dir, tickets=5)
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in [database, *data_dir.glob("mostrador.sqlite3-*"), data_dir / health.STATE_FILE]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    os.chmod(database, 0o644)  # as an older Mostrador left it
    assert run_cli("--data-dir", str(data_dir), "info").returncode == 0
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


def _can_mount_tmpfs() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                          capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_mount_tmpfs(), reason="needs a private tmpfs (unshare -rm, user namespaces)")
def test_a_full_disk_at_start_is_one_sentence(cli_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A store in WAL mode, closed cleanly (no -wal or -shm file), on a disk with no room left."""
    script = tmp_path / "full.sh"
    script.write_text(
        "set -e\nmount -t tmpfs -o size=8m tmpfs \"$1\"\n"
        f"{sys.executable} -m workstation --data-dir \"$1/data\" init >/dev/null\n"
        "dd if=/dev/zero of=\"$1/fill\" bs=4k 2>/dev/null || true\n"
        f"for command in info 'agent add Marta' 'outbox flush'; do\n"
        f"  {sys.executable} -m workstation --data-dir \"$1/data\" $command || echo \"exit $?\" >&2\n"
        "done\n")
    mount = tmp_path / "mnt"
    mount.mkdir()
    result = subprocess.run(["unshare", "-rm", "sh", str(script), str(mount)], cwd=ROOT, env=cli_env,
                            capture_output=True, text=True, timeout=120)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in lines if line.startswith("mostrador:")]
    assert len(errors) == 3 and all("is full" in line for line in errors), result.stderr
    assert [line for line in lines if line.startswith("exit")] == ["exit 1"] * 3


def test_other_environment_failures_at_start_are_one_sentence(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    result = run_cli("--data-dir", str(a_file), "info")
    assert result.returncode == 1 and "Cannot create the data folder" in one_line(result.stderr)
    (tmp_path / "data" / "mostrador.sqlite3").mkdir(parents=True)
    result = run_cli("--data-dir", str(tmp_path / "data"), "info")
    assert result.returncode == 1 and "is a folder, not a database file" in one_line(result.stderr)
    assert not (tmp_path / "data" / health.STATE_FILE).exists() or "damaged" not in (
        tmp_path / "data" / health.STATE_FILE).read_text()  # not taken for damage
