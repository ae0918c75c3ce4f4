"""Render the desk's pictures (issue 22): ``.venv/bin/python docs/desk_screenshots.py``.

The queue at a 1366x768 laptop's size and at 1920x1080 (at 100% and at 150%, QT_SCALE_FACTOR=1.5 over
1280x720 logical pixels), in English and Spanish, light and dark; Preferences; the first run's question,
who is at this desk. Each picture is ``main.py --screenshot`` on a throw-away store of sample tickets,
with its own throw-away settings (the defaults a new desk starts with).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: file: (extra environment, arguments)
PICTURES: dict[str, tuple[dict[str, str], list[str]]] = {
    "desk-queue-1366-en.png": ({}, ["--agent", "Carmen", "--size", "1366x768"]),
    "desk-queue-1366-es-dark.png": ({}, ["--agent", "Carmen", "--size", "1366x768", "--lang", "es",
                                         "--theme", "dark"]),
    "desk-queue-1920-en-dark.png": ({}, ["--agent", "Carmen", "--size", "1920x1080", "--theme", "dark"]),
    "desk-queue-1920-150-es.png": ({"QT_SCALE_FACTOR": "1.5"}, ["--agent", "Carmen", "--size", "1280x720",
                                                                "--lang", "es", "--theme", "light"]),
    "desk-preferences-en.png": ({}, ["--agent", "Carmen", "--preferences", "--theme", "light"]),
    "desk-preferences-es-dark.png": ({}, ["--agent", "Carmen", "--preferences", "--lang", "es", "--theme", "dark"]),
    "desk-identity-es.png": ({}, ["--identity", "--lang", "es", "--theme", "light"]),
}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="mostrador-desk-") as folder:
        data = Path(folder) / "data"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOSTRADOR_DATA_DIR": str(data)}
        subprocess.run([sys.executable, "-m", "workstation", "demo", "seed", "400"], cwd=ROOT, env=env, check=True)
        for name, (extra, args) in PICTURES.items():
            subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args,
                            "--screenshot", str(HERE / name)], cwd=ROOT, env={**env, **extra}, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
