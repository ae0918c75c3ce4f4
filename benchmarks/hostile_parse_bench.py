"""Parsing hostile mail: a 12.9 MB message whose Subject is encoded words, and a deeply nested multipart.

    .venv/bin/python benchmarks/hostile_parse_bench.py [--anchor-timeout 120]

For each message, in one run and on the same bytes:

- ours: ``workstation.sync.parse.parse`` (what the sync stores: addresses, subject, text, attachments);
- anchor: ``email.message_from_bytes(raw, policy=policy.default)``, then what a program reads of it: the
  Subject (and, for the nested one, every part). Reading a header of ``policy.default`` grows with the
  square of its length, so the anchor runs in a child process stopped after ``--anchor-timeout`` seconds;
  the same anchor on 1/100 and 1/25 of the Subject shows how it grows. The child may use 6 GiB.

Each figure is the median of a few runs (one for the slow anchors). Not part of the test run.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from email import message_from_bytes, policy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workstation.sync.parse import parse  # noqa: E402

SUBJECT_WORD = "=?utf-8?q?Reembolso_pedido_n=C3=BAmero_77?="


def encoded_subject(size: int = 12_900_000) -> bytes:
    """A message of about ``size`` bytes, nearly all of it a Subject of adjacent encoded words."""
    count = size // (len(SUBJECT_WORD) + 3)
    subject = "\r\n ".join([SUBJECT_WORD] * count)
    return (f"From: Ana <ana@example.org>\r\nTo: soporte@example.com\r\nSubject: {subject}\r\n"
            "Message-ID: <big@example.org>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nHola.\r\n").encode()


def deeply_nested(depth: int = 2000) -> bytes:
    """A multipart inside a multipart ``depth`` times, one text part at the bottom."""
    head = ("From: Ana <ana@example.org>\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"
            "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\n")
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth))
    closing = "".join(f"--b{i}--\r\n" for i in reversed(range(depth)))
    return (head + opening + "Content-Type: text/plain\r\n\r\nHola.\r\n" + closing).encode()


def anchor(raw: bytes) -> None:
    message = message_from_bytes(raw, policy=policy.default)
    str(message["Subject"])
    for part in message.walk():
        part.get_content_type()


_CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from benchmarks.hostile_parse_bench import anchor
raw = Path(sys.argv[1]).read_bytes()
started = time.perf_counter()
try:
    anchor(raw)
    print(f"{time.perf_counter() - started:.3f} s")
except (RecursionError, MemoryError) as exc:
    print(f"{time.perf_counter() - started:.3f} s ({type(exc).__name__})")
"""
#: The anchor's child may use this much memory (policy.default's header parsing of the 12.9 MB Subject
#: grows past any machine's memory); beyond it, it stops with MemoryError instead of calling the OOM killer.
CHILD_MEMORY = 6 * 1024 ** 3


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def anchor_in_child(raw: bytes, timeout: float) -> str:
    """The anchor on ``raw`` in a child process (the time counts from the bytes in memory), stopped after
    ``timeout`` seconds."""
    with tempfile.NamedTemporaryFile(suffix=".eml") as handle:
        handle.write(raw)
        handle.flush()
        try:
            done = subprocess.run([sys.executable, "-c", _CHILD, handle.name, str(ROOT)], capture_output=True,
                                  text=True, timeout=timeout, preexec_fn=_limit_memory)
        except subprocess.TimeoutExpired:
            return f"> {timeout:.0f} s (stopped)"
    return done.stdout.strip() or f"failed ({done.stderr.strip().splitlines()[-1:]})"


def median_seconds(work: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anchor-timeout", type=float, default=120.0)
    args = parser.parse_args()
    rows = []
    big = encoded_subject()
    parsed = parse(big)
    rows.append((f"encoded Subject, {len(big) / 1e6:.1f} MB", f"{median_seconds(lambda: parse(big)):.3f} s",
                 anchor_in_child(big, args.anchor_timeout), "; ".join(d for d in parsed.defects if "Subject" in d)))
    for share in (100, 25):
        small = encoded_subject(len(big) // share)
        rows.append((f"  the same, 1/{share} ({len(small) / 1e6:.2f} MB)", f"{median_seconds(lambda: parse(small)):.3f} s",
                     anchor_in_child(small, args.anchor_timeout), ""))
    for depth in (500, 2000):
        nested = deeply_nested(depth)
        parsed = parse(nested)
        rows.append((f"multipart nested {depth} deep, {len(nested) / 1e3:.0f} KB",
                     f"{median_seconds(lambda: parse(nested)):.3f} s", anchor_in_child(nested, args.anchor_timeout),
                     "; ".join(parsed.defects)[:80]))
    print("| message | ours: parse() | anchor: message_from_bytes(policy.default) + Subject + walk | our defect |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
