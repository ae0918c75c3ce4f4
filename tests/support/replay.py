"""Plays a recorded worker stream back, as the worker wrote it: ``python tests/support/replay.py FILE``.

A stand-in for ``python -m workstation sync --events`` (or ``outbox flush --events``) in tests of the
window's controllers (Vorta's way: the job's parsing against recorded output). It writes the file in
uneven pieces, cutting lines in two, with short pauses, so the reader sees what a pipe delivers;
then, with ``--wait``, waits as a watching worker does until its standard input closes; then writes
``--stderr`` to standard error and exits with ``--exit``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--wait", action="store_true", help="then wait until standard input closes")
    parser.add_argument("--stderr", default="", help="written to standard error at the end")
    parser.add_argument("--exit", type=int, default=0)
    args = parser.parse_args()
    data = args.file.read_bytes()
    out = sys.stdout.buffer
    position, pieces = 0, (7, 64, 3, 200, 41)  # every size cuts some line somewhere
    step = 0
    while position < len(data):
        size = pieces[step % len(pieces)]
        out.write(data[position:position + size])
        out.flush()
        position, step = position + size, step + 1
        time.sleep(0.005)
    if args.wait:
        for _ in sys.stdin:
            pass
    if args.stderr:
        sys.stderr.write(args.stderr + "\n")
    return args.exit


if __name__ == "__main__":
    sys.exit(main())
