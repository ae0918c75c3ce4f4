"""Render the desk's pictures (issue 22): ``.venv/bin/python docs/desk_screenshots.py``.

The queue at a 1366x768 laptop's size and at 1920x1080 (at 100% and at 150%, QT_SCALE_FACTOR=1.5 over
1280x720 logical pixels), in English and Spanish, light and dark; Preferences; the first run's question,
who is at this desk; the Snoozed view (the sample data snoozes a few tickets until a morning soon); the reply in
place refused by the gate, in dark and at 150%. Each picture is ``main.py --screenshot`` on a throw-away store of
sample tickets, with its own throw-away settings (the defaults a new desk starts with). The notifications'
pictures are drawn by ``docs/notify_screenshots.py``, run at the end.
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
    "snoozed-en.png": ({}, ["--agent", "Carmen", "--view", "snoozed", "--size", "1366x768", "--theme", "light"]),
    "snoozed-es-dark.png": ({}, ["--agent", "Carmen", "--view", "snoozed", "--size", "1920x1080", "--lang", "es",
                                 "--theme", "dark"]),
}

#: The reply in place, refused by the gate (Send pressed on a draft that promises nothing): file: (language,
#: extra environment, arguments). The same draft as docs/screenshots.py's reply-refused-* pictures.
REPLIES: dict[str, tuple[str, dict[str, str], list[str]]] = {
    "reply-refused-en-1366x768-dark.png": ("en", {}, ["--size", "1366x768", "--theme", "dark"]),
    "reply-refused-es-1920x1080-dark.png": ("es", {}, ["--size", "1920x1080", "--theme", "dark"]),
    "reply-refused-es-1920-150.png": ("es", {"QT_SCALE_FACTOR": "1.5"}, ["--size", "1280x720", "--theme", "light"]),
}


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="mostrador-desk-") as folder:
        data = Path(folder) / "data"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MOSTRADOR_DATA_DIR": str(data)}
        subprocess.run([sys.executable, "-m", "workstation", "demo", "seed", "400"], cwd=ROOT, env=env, check=True)
        for name, (extra, args) in PICTURES.items():
            subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args,
                            "--screenshot", str(HERE / name)], cwd=ROOT, env={**env, **extra}, check=True)
        refused = _refused_drafts(data)
        for name, (lang, extra, args) in REPLIES.items():
            subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--agent", "Marta",
                            "--lang", lang, "--reply", str(refused[lang]), "--press-send", *args,
                            "--screenshot", str(HERE / name)], cwd=ROOT, env={**env, **extra}, check=True)
    subprocess.run([sys.executable, str(HERE / "notify_screenshots.py")], cwd=ROOT, check=True)
    return 0


def _refused_drafts(data: Path) -> dict[str, int]:
    """A customer's ticket in each language with the draft the gate refuses, as docs/screenshots.py writes it."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(HERE))
    from screenshots import DRAFTS, real_ticket

    from workstation.agents import add_agent
    from workstation.outbox.compose import save_draft
    from workstation.paths import Location
    from workstation.store.db import open_store
    from workstation.store.models import Role

    store = open_store(Location.resolve(data, None))
    try:
        add_agent(store, "Marta", "marta@example.com", Role.SUPERVISOR)
        tickets = {}
        for lang in ("en", "es"):
            tickets[lang] = real_ticket(store, lang)
            save_draft(store, tickets[lang], DRAFTS[lang]["refused"], [], author="Marta")
        return tickets
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
