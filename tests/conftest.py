"""Test set-up: Qt runs offscreen when there is no display; each test gets its own files."""

from __future__ import annotations

import os

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    # Must happen before any QApplication exists, or Qt aborts the whole process.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from collections.abc import Iterator  # noqa: E402 - the platform is chosen before any Qt import
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.helpers import undo_readonly  # noqa: E402


@pytest.fixture
def immutable() -> Iterator[list[tuple[Path, int]]]:
    """Paths made read-only by ``tests.helpers.make_readonly`` in a test, restored after it
    whether it passed or failed."""
    made: list[tuple[Path, int]] = []
    try:
        yield made
    finally:
        undo_readonly(made)
