"""How a pass cuts the UIDs it fetches into batches (one transaction each)."""

from __future__ import annotations

import pytest

from workstation.sync.engine import RAMP_FLOOR, _batches


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
