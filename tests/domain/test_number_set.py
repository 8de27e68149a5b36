"""``NumberSet``, the replay's bitmap of the ballot numbers in use, behaves as a ``set`` of
them: the same members, count and order, whatever is added and removed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tinnhiem_desktop.domain.number_set import NumberSet

OPERATIONS = st.lists(st.tuples(st.sampled_from(["add", "remove"]),
                                st.one_of(st.integers(0, 40), st.integers(0, 100_000))),
                      max_size=60)


@settings(max_examples=300, deadline=None)
@given(OPERATIONS, st.lists(st.one_of(st.integers(-5, 50), st.just(10_000_000)), max_size=10))
def test_a_number_set_is_a_set_of_numbers(operations: list[tuple[str, int]],
                                          probes: list[int]) -> None:
    numbers, expected = NumberSet(), set()
    for op, number in operations:
        if op == "add":
            numbers.add(number)
            expected.add(number)
        elif number in expected:
            numbers.remove(number)
            expected.remove(number)
        else:
            with pytest.raises(KeyError):
                numbers.remove(number)
    assert len(numbers) == len(expected)
    assert list(numbers) == sorted(expected)
    for number in probes + [n for _, n in operations]:
        assert (number in numbers) == (number in expected)


def test_memory_follows_the_largest_number_not_how_many() -> None:
    numbers = NumberSet()
    for number in range(1, 100_001):
        numbers.add(number)
    assert len(numbers) == 100_000
    assert len(numbers.bits) <= 100_000 // 8 + 1 + 1024  # 12.5 kB and the room to grow
    assert "7" not in numbers and 1.5 not in numbers and -1 not in numbers
