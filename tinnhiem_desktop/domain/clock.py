"""When things happen: every recorded time comes from one clock, which tests replace."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

Clock = Callable[[], str]
"""A function giving the current time as ISO 8601 text (tests pass a fixed sequence)."""


def now_iso() -> str:
    """Local time with its UTC offset, to the second."""
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")
