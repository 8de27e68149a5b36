"""PySide6 6.12.0 on Python 3.11 drops a reference to None/True/False on many calls; importing
``tinnhiem_desktop.ui`` must make that harmless (see ui/pyside_fixes.py)."""

from __future__ import annotations

import os
import subprocess
import sys

# A fresh interpreter: in the test process None has far more references than in the app, so a
# crash that takes a few thousand calls in the app would take millions here.
CHILD = """
import tinnhiem_desktop.ui
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    fired = Signal()

emitter = Emitter()
for _ in range(50_000):
    emitter.setObjectName("x")   # returns None
    emitter.fired.emit()         # returns True
print("ok")
"""


def test_many_qt_calls_do_not_free_none_or_true() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
