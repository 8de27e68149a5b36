"""The child process of the start-up figures: ``python -m tinnhiem_desktop.bench.launch [FILE]``.

It starts the app exactly as ``python -m tinnhiem_desktop [FILE]`` does and prints, each as soon
as it is true: ``painted`` once the main window's first frame is on screen; ``shown start`` or
``shown session`` once the window is usable (with FILE: the session shown, verified, and painted
again); then ``peak <MB>``, this process's peak memory; and quits. The app knows nothing of this:
the bench wraps ``QApplication.exec`` from outside before handing over to the app's own entry
point, and finds the window the app made among the top-level widgets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

SHOWN_MARK = "shown"
PAINTED_MARK = "painted"
PEAK_MARK = "peak"


def exit_when_shown(app: Any, window: Any, what: str,
                    ready: Callable[[], bool] = lambda: True) -> None:
    """Print ``painted`` once ``window`` is exposed and its first frame painted, ``shown
    <what>`` once ``ready()`` is also true and the window painted after it, then ``peak <MB>``;
    then quit.

    Qt paints a widget window synchronously when it is exposed, so the first event-loop turn that
    finds the window exposed comes after its first frame. ``ready`` is polled on every turn of the
    event loop (a timer), including the local loop a window runs while it verifies a file.
    """
    from PySide6.QtCore import QTimer

    from tinnhiem_desktop.bench.memory import peak_rss_mb

    state = {"painted": False, "ready_seen": False}

    def check() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(1, check)
            return
        if not state["painted"]:
            state["painted"] = True
            print(PAINTED_MARK, flush=True)
        if not state["ready_seen"]:
            if ready():
                state["ready_seen"] = True
                window.repaint()  # what it shows now is on screen before the line is printed
            QTimer.singleShot(1, check)
            return
        print(f"{SHOWN_MARK} {what}", flush=True)
        print(f"{PEAK_MARK} {peak_rss_mb()}", flush=True)
        app.quit()

    QTimer.singleShot(0, check)


def main(argv: list[str]) -> int:
    """Run the app's entry point with ``argv``; leave when its window is first shown."""
    from PySide6.QtWidgets import QApplication

    from tinnhiem_desktop import __main__ as entry

    app_exec = QApplication.exec
    files = [a for a in argv if not a.startswith("-")]

    def exec_then_quit_when_shown() -> int:
        app = QApplication.instance()
        # Found by its class's name: importing the window's module here, before the app's
        # entry point, would take its imports off the clock (the app pays them before its
        # first frame).
        windows = [w for w in QApplication.topLevelWidgets()
                   if type(w).__name__ == "MainWindow" and w.isVisible()]
        if len(windows) != 1:
            raise RuntimeError(f"expected one main window, found {len(windows)}")
        window: Any = windows[0]
        if files:
            # The file opens after the first frame, and is usable once verified.
            def ready() -> bool:
                return (window.workspace is not None and window.controller is not None
                        and not window.controller.verifying and not window.verifying
                        and window.workspace.isEnabled())

            exit_when_shown(app, window, "session", ready)
        else:
            exit_when_shown(app, window, "start")
        return int(app_exec())

    QApplication.exec = staticmethod(exec_then_quit_when_shown)  # type: ignore[method-assign]
    sys.argv = ["tinnhiem-desktop", *argv]
    return entry.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
