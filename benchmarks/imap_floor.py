"""The least a client can spend fetching new mail: a bare socket, no IMAP library, no parsing, no store.

    python -S benchmarks/imap_floor.py PORT USER PASSWORD FIRST_UID

Logs in on 127.0.0.1:PORT, EXAMINEs INBOX, fetches what a sync fetches (flags, internal date, size and
the whole message) for the UIDs from FIRST_UID up, logs out, and prints how many messages came.
`sync_bench.py` times it as a process, start-up included, the way the anchors' incremental re-runs
are timed: what is left is the server's own time and the interpreter's start.

Standard library only, so that ``-S`` (no site packages) can start it.
"""

from __future__ import annotations

import socket
import sys


def main(port: int, user: str, password: str, first_uid: int) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock, sock.makefile("rb") as lines:
        lines.readline()  # the greeting
        fetched = 0

        def command(tag: bytes, text: str) -> None:
            nonlocal fetched
            sock.sendall(tag + b" " + text.encode() + b"\r\n")
            while line := lines.readline():
                if line.startswith(b"* ") and b" FETCH " in line:
                    fetched += 1
                while line.endswith(b"}\r\n"):  # a literal: its bytes, then the rest of the line
                    lines.read(int(line[line.rindex(b"{") + 1:-3]))
                    line = lines.readline()
                if line.startswith(tag + b" "):
                    if not line.startswith(tag + b" OK"):
                        raise SystemExit(f"{text.split()[0]} failed: {line.decode(errors='replace').strip()}")
                    return
            raise SystemExit("the server closed the connection")

        command(b"a", f'LOGIN "{user}" "{password}"')
        command(b"b", "EXAMINE INBOX")
        command(b"c", f"UID FETCH {first_uid}:* (FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[])")
        command(b"d", "LOGOUT")
    return fetched


if __name__ == "__main__":
    print(main(int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])))
