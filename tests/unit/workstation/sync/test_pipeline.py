"""The pipeline of a sync pass: the batches it fetches and stores, the processes that parse them."""

from __future__ import annotations

import os

import pytest

from workstation.sync.engine import PARSER_NICENESS, RAMP_FLOOR, _batches, _parser_pool


@pytest.mark.parametrize("count", [0, 1, RAMP_FLOOR, RAMP_FLOOR + 1, 3000, 20_206, 100_100])
def test_every_uid_once_in_order_and_no_batch_over_the_size(count: int) -> None:
    uids = list(range(5, 5 + count))
    batches = list(_batches(uids, 2000))
    assert [uid for batch in batches for uid in batch] == uids
    assert all(0 < len(batch) <= 2000 for batch in batches)


def test_a_long_run_ramps_up_and_down_at_its_ends() -> None:
    sizes = [len(batch) for batch in _batches(list(range(20_206)), 2000)]
    assert sizes[:4] == [RAMP_FLOOR, 2 * RAMP_FLOOR, 4 * RAMP_FLOOR, 2000]
    assert sizes[-1] <= RAMP_FLOOR
    tail = sizes[sizes.index(2000, 4):]
    assert tail == sorted(tail, reverse=True)  # only smaller from the first full batch on


def test_small_batch_sizes_are_kept_as_asked() -> None:
    assert [len(batch) for batch in _batches(list(range(35)), 10)] == [10, 10, 10, 5]


@pytest.mark.skipif(not hasattr(os, "nice") or (os.cpu_count() or 1) < 2,
                    reason="no process priorities here, or one core: no parsing processes")
def test_the_parsers_run_at_a_lower_priority_than_the_store() -> None:
    with _parser_pool(10, threshold=1) as pool:
        assert pool is not None
        assert pool.submit(os.nice, 0).result(timeout=60) == min(19, os.nice(0) + PARSER_NICENESS)
    with _parser_pool(10, threshold=100) as pool:
        assert pool is None  # a few messages are parsed in this process
