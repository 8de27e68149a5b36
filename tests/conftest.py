"""Test set-up: Qt runs offscreen when there is no display; each test gets its own files."""

from __future__ import annotations

import os

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    # Must happen before any QApplication exists, or Qt aborts the whole process.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
