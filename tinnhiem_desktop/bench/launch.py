"""The child process of the start-up figures: ``python -m tinnhiem_desktop.bench.launch [FILE]``.

It starts the app exactly as ``python -m tinnhiem_desktop [FILE]`` does and prints, each as soon
as it is true: ``painted`` once the main window's first frame is on screen; ``shown start`` or
``shown session`` once the window is usable (with FILE: the session shown, verified, and painted
again); then ``peak <MB>``, this process's peak memory; and quits. The app knows nothing of this:
the bench hands over to the app's own entry point at once, wraps ``QApplication.exec`` from
outside the moment the app imports Qt (importing it first would delay what the app starts
before it), and finds the window the app made among the top-level widgets.
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


def _when_imported(name: str, then: Callable[[Any], None]) -> None:
    """Call ``then(module)`` as soon as module ``name`` has been imported, by whoever imports it
    first (at once if it has been): the bench reaches into Qt without importing it ahead of
    the app."""
    import importlib.util

    if name in sys.modules:
        then(sys.modules[name])
        return

    class Finder:
        def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            if spec is None or spec.loader is None:
                return spec
            load = spec.loader.exec_module

            def exec_module(module: Any) -> None:
                load(module)
                then(module)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, Finder())


def main(argv: list[str]) -> int:
    """Run the app's entry point with ``argv``; leave when its window is first shown.

    Qt is imported by the app, as it would be (the app starts work before it: verifying the
    file given in a second process); the bench wraps ``QApplication.exec`` the moment it is."""
    from tinnhiem_desktop import __main__ as entry

    files = [a for a in argv if not a.startswith("-")]
    _when_imported("PySide6.QtWidgets", lambda module: _watch(module.QApplication, files))
    sys.argv = ["tinnhiem-desktop", *argv]
    return entry.main()


def _watch(QApplication: Any, files: list[str]) -> None:  # noqa: N803 - the class
    """Make ``QApplication.exec`` quit once the app's window is shown (see the module)."""
    app_exec = QApplication.exec

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

    QApplication.exec = staticmethod(exec_then_quit_when_shown)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
