"""The child process of the start-up figures: ``python -m tinnhiem_desktop.bench.launch [FILE]``.

It starts the app exactly as ``python -m tinnhiem_desktop [FILE]`` does and, once the main window's
first frame is painted, prints ``shown start`` or ``shown session`` and quits. The app knows
nothing of this: the bench wraps ``QApplication.exec`` from outside before handing over to the
app's own entry point, and finds the window the app made among the top-level widgets.
"""

from __future__ import annotations

import sys
from typing import Any

SHOWN_MARK = "shown"


def exit_when_shown(app: Any, window: Any, what: str) -> None:
    """Print ``shown <what>`` once ``window`` is exposed and its first frame painted; then quit.

    Qt paints a widget window synchronously when it is exposed, so the first event-loop turn that
    finds the window exposed comes after its first frame.
    """
    from PySide6.QtCore import QTimer

    def check() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(1, check)
            return
        print(f"{SHOWN_MARK} {what}", flush=True)
        app.quit()

    QTimer.singleShot(0, check)


def main(argv: list[str]) -> int:
    """Run the app's entry point with ``argv``; leave when its window is first shown."""
    from PySide6.QtWidgets import QApplication

    from tinnhiem_desktop import __main__ as entry
    from tinnhiem_desktop.ui.main_window import MainWindow

    app_exec = QApplication.exec

    def exec_then_quit_when_shown() -> int:
        app = QApplication.instance()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if len(windows) != 1:
            raise RuntimeError(f"expected one main window, found {len(windows)}")
        window = windows[0]
        exit_when_shown(app, window, "session" if window.workspace is not None else "start")
        return int(app_exec())

    QApplication.exec = staticmethod(exec_then_quit_when_shown)  # type: ignore[method-assign]
    sys.argv = ["tinnhiem-desktop", *argv]
    return entry.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
