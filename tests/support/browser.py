"""A stand-in for the system browser (the ``BROWSER`` variable, which Python's webbrowser reads).

It does what a person's browser does after they sign in: opens the address, follows the redirects to
the loopback address of the waiting program, and reads the page it answers. Each address it was given is
appended to ``MOSTRADOR_TEST_BROWSER_LOG`` when that is set.
"""

from __future__ import annotations

import os
import stat
import sys
import urllib.request
from pathlib import Path


def install(directory: Path) -> Path:
    """An executable for the BROWSER variable (webbrowser takes a program, not a command line)."""
    script = directory / "test-browser"
    script.write_text(f"#!/bin/sh\nexec {sys.executable} {Path(__file__).resolve()} \"$@\"\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def main(url: str) -> int:
    log = os.environ.get("MOSTRADOR_TEST_BROWSER_LOG")
    if log:
        with open(log, "a") as handle:
            handle.write(url + "\n")
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
    except OSError as exc:  # a 400 page is a page too: the browser shows it
        print(f"test-browser: {exc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
