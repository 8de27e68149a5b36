"""The one helper for long work off the GUI thread (verify on opening; later merges, big
imports, many minutes): run it on a worker thread, report its progress, and publish its outcome
on the GUI thread (after Anki's ``CollectionOp``/``QueryOp``).

The work gets a ``progress(done, total)`` function to call now and then; each call reaches the
GUI thread as :attr:`LongTask.progressed`. The work must use only what it makes itself — a SQLite
connection serves the thread that made it, so a worker opens its own (read-only) connection
through the services and never touches the window's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside the work by ``progress`` once :meth:`LongTask.cancel` was called."""


class LongTask(QObject):
    """One piece of work on a worker thread. Signals arrive on the GUI thread, in order:
    any number of :attr:`progressed`, then one of :attr:`succeeded` (the work's result) or
    :attr:`failed` (the exception it raised; a cancelled task emits neither)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    _progress = Signal(int, int)
    _over = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._cancelled = threading.Event()
        # Emitted on the worker thread, delivered here on the GUI thread (queued).
        self._progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._over.connect(self._on_over, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        """True from :meth:`start` until the outcome has been published."""
        return self._thread is not None

    def start(self, work: Callable[[Progress], Any], name: str = "tinnhiem-task") -> None:
        """Run ``work(progress)`` on a new worker thread."""
        if self._thread is not None:
            raise RuntimeError("a LongTask runs one piece of work at a time")
        self._cancelled.clear()
        self._thread = threading.Thread(target=self._run, args=(work,), name=name, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next ``progress`` call; nothing more is published."""
        self._cancelled.set()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker thread has ended (closing the window waits for it)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self, work: Callable[[Progress], Any]) -> None:
        def progress(done: int, total: int) -> None:
            if self._cancelled.is_set():
                raise Cancelled
            self._progress.emit(done, total)

        try:
            result = work(progress)
        except Cancelled:
            self._over.emit(None, Cancelled())
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self._over.emit(None, exc)
        else:
            self._over.emit(result, None)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._cancelled.is_set():
            self.progressed.emit(done, total)

    @Slot(object, object)
    def _on_over(self, result: object, error: object) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        if self._cancelled.is_set() or isinstance(error, Cancelled):
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
