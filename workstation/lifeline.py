"""Helper processes end when the process that started them ends, however it ends.

A process killed with SIGKILL runs no clean-up: the parsing processes of its pool, and the resource
tracker multiprocessing starts beside them, would wait for work for good. Each helper calls
:func:`die_with_parent` first: a thread of its own notices within half a second that its parent is gone
(it is then adopted by another process) and ends it. Once the helpers are gone, the resource tracker
reads the end of its pipe and ends too.
"""

from __future__ import annotations

import os
import threading
import time

CHECK_EVERY = 0.5  # seconds


def die_with_parent(parent: int | None = None) -> None:
    """End this process as soon as ``parent`` (by default, the current parent) is no longer its parent."""
    expected = parent if parent is not None else os.getppid()

    def watch() -> None:
        while os.getppid() == expected:
            time.sleep(CHECK_EVERY)
        os._exit(1)  # nothing of ours to finish: the parent that wanted the work is gone

    threading.Thread(target=watch, name="lifeline", daemon=True).start()
