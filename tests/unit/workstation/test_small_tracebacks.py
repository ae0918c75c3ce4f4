"""Environment problems that ended in a traceback end in one sentence. Through ``python -m workstation`` and the store, as a person would meet them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_an_unknown_keyring_backend_is_one_sentence(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("--data-dir", str(data_dir), "account", "add", "Soporte", "--email", "s@example.com",
                     "--imap-host", "127.0.0.1", "--password-stdin", stdin="secreto\n",
                     env={"PYTHON_KEYRING_BACKEND": "keyrings.nowhere.Keyring"})
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert "PYTHON_KEYRING_BACKEND='keyrings.nowhere.Keyring' cannot be loaded" in line
    listed = run_cli("--data-dir", str(data_dir), "account", "list", "--json")
    assert listed.stdout.strip() == "[]"  # nothing was written


def test_a_lexicon_with_a_python_tag_is_one_sentence(run_cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "lexicons").mkdir(parents=True)
    (data_dir / "lexicons" / "mine.yaml").write_text('apology:\n  - !!python/object/apply:os.system ["touch pwned"]\n')
    reply = tmp_path / "reply.txt"
    reply.write_text("Lo sentimos mucho.")
    result = run_cli("--data-dir", str(data_dir), "check-reply", str(reply))
    assert result.returncode == 2  # the gate names the file it cannot read: a supervisor's input to fix
    line = one_line(result.stderr)
    assert "cannot be read" in line and "python/object/apply" in line and "line 2" in line
    assert not (ROOT / "pwned").exists()


@pytest.fixture
def nobodys_folder() -> Iterator[Path]:
    """A folder another user (nobody) owns: root may write anywhere, the test needs someone who may not."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to act as another user")
    base = Path(tempfile.mkdtemp(prefix="mostrador-ro-"))
    base.chmod(0o755)
    yield base
    shutil.rmtree(base, ignore_errors=True)


def test_outbox_flush_on_a_read_only_data_folder_is_one_sentence(nobodys_folder: Path, cli_env) -> None:  # type: ignore[no-untyped-def]
    data_dir = nobodys_folder / "data"
    as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "workstation",
                 "--data-dir", str(data_dir)]
    env = {**cli_env, "HOME": str(nobodys_folder)}
    os.chown(nobodys_folder, 65534, 65534)
    assert subprocess.run([*as_nobody, "init"], env=env, cwd=ROOT, capture_output=True).returncode == 0
    holder = subprocess.Popen(  # keeps the store open: its -wal and -shm files stay, as while the window runs
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c",
         "import sys, time; from workstation.paths import Location; from workstation.store.db import open_store; "
         "s = open_store(Location.resolve(sys.argv[1], None)); s.engine.connect(); print('open', flush=True); "
         "time.sleep(60)", str(data_dir)], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        data_dir.chmod(0o555)
        result = subprocess.run([*as_nobody, "outbox", "flush"], env=env, cwd=ROOT, capture_output=True, text=True)
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
        data_dir.chmod(0o700)
    assert result.returncode == 1
    assert "data folder" in one_line(result.stderr)
