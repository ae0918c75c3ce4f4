"""The parse deadline's alarm never escapes: a message finishes parsing or is kept as received, whenever the timer
fires (also as it is being stopped, the race a loaded CI machine once hit)."""

from __future__ import annotations

import time

from workstation.sync.engine import parse_within

RAW = b"Subject: Pedido 77\r\nFrom: ana@example.org\r\n\r\n" + b"hola " * 100_000


def test_deadlines_around_the_parse_time_give_a_message_either_way() -> None:
    start = time.perf_counter()
    parse_within(RAW, deadline=None)
    took = time.perf_counter() - start
    kept_as_received = parsed = 0
    for step in range(120):  # deadlines from a tenth of a millisecond to twice the parse time
        message = parse_within(RAW, deadline=1e-4 + took * 2 * step / 120)
        if message.unreadable:
            assert message.size == len(RAW) and "stored as received" in message.defects[0]
            kept_as_received += 1
        else:
            parsed += 1
    assert kept_as_received + parsed == 120 and kept_as_received > 0
