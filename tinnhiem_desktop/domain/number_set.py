"""A set of ballot numbers as a bitmap: what ``verify``'s replay keeps per ballot type.

The replay must know which numbers of a type are in use (a number entered twice is refused), for
every ballot of the log. A Python ``set`` of 100,000 numbers takes about 7 MB (the table and an
int object per number); a bitmap takes one bit per number up to the largest, 12.5 kB for numbers
up to 100,000 and about 1.25 MB at most (numbers stop at ten million). So the replay's memory
follows the largest number typed, not the length of the log.
"""

from __future__ import annotations

from collections.abc import Iterator


class NumberSet:
    """Non-negative ints in a growing bitmap, with their count.

    ``bits`` is public so that the replay's hot path can test and set a bit inline (a method
    call per ballot would cost more than the test itself); everything else goes through the
    methods, which keep ``count`` right.
    """

    __slots__ = ("bits", "count")

    def __init__(self) -> None:
        self.bits = bytearray()
        self.count = 0

    def __contains__(self, number: object) -> bool:
        if type(number) is not int or number < 0:
            return False
        index = number >> 3
        return index < len(self.bits) and bool(self.bits[index] >> (number & 7) & 1)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[int]:
        """The numbers, ascending."""
        for index, byte in enumerate(self.bits):
            if byte:
                base = index << 3
                for bit in range(8):
                    if byte >> bit & 1:
                        yield base + bit

    def add(self, number: int) -> None:
        """Put ``number`` (>= 0) in the set; nothing happens if it is there already."""
        index = number >> 3
        if index >= len(self.bits):
            self.grow(index)
        mask = 1 << (number & 7)
        if not self.bits[index] & mask:
            self.bits[index] |= mask
            self.count += 1

    def remove(self, number: int) -> None:
        """Take ``number`` out of the set; :class:`KeyError` if it is not there."""
        if number not in self:
            raise KeyError(number)
        self.bits[number >> 3] &= ~(1 << (number & 7)) & 0xFF
        self.count -= 1

    def grow(self, index: int) -> None:
        """Make byte ``index`` exist, with 1 kB to spare (numbers come mostly in rising order:
        one extension per 8,192 of them)."""
        self.bits.extend(bytes(index + 1 - len(self.bits) + 1024))
