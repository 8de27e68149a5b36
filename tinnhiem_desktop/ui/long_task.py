"""The one helper for long work off the GUI thread (verify on opening; through
:func:`run_with_progress` merging groups, comparing passes, rendering the minutes, checking the
file and saving a copy): run it on a worker thread, report its progress, and publish its outcome
on the GUI thread (after Anki's ``CollectionOp``/``QueryOp``).

The work gets a ``progress(done, total)`` function to call now and then; each call reaches the
GUI thread as :attr:`LongTask.progressed`. The work must use only what it makes itself — a SQLite
connection serves the thread that made it, so a worker opens its own (read-only) connection
through the services and never touches the window's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
T = TypeVar("T")

SHOW_AFTER_MS = 400
"""A progress dialog appears only for work that lasts longer than this."""


class Cancelled(Exception):
    """Raised inside the work by ``progress`` once :meth:`LongTask.cancel` was called."""


class LongTask(QObject):
    """One piece of work on a worker thread. Signals arrive on the GUI thread, in order:
    any number of :attr:`progressed`, then one of :attr:`succeeded` (the work's result) or
    :attr:`failed` (the exception it raised; a cancelled task emits neither)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()
    """Last of all, whatever the outcome (cancelled too): the worker thread has ended."""
    _progress = Signal(int, int)
    _over = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._outcome: tuple[object, object] | None = None
        """(result, error), set by the worker as it ends, taken by whichever of the queued
        ``_over`` and :meth:`settle` comes first."""
        self._run_id = 0
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
        self._outcome = None
        self._run_id += 1
        self._thread = threading.Thread(target=self._run, args=(work, self._run_id), name=name,
                                        daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next ``progress`` call; nothing more is published."""
        self._cancelled.set()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker thread has ended (closing the window waits for it)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def settle(self, within: float = 0.0) -> bool:
        """Publish the outcome now, on this (GUI) thread, if the work has ended, or ends within
        ``within`` seconds (this thread waits that long at most); True if it was published (now
        or before). Saves waiting for the event loop: a window that verified a small file while
        it built its screens shows it usable in its first frame, not after a frame of it
        disabled."""
        thread = self._thread
        if thread is None:
            return True
        if within > 0:
            thread.join(within)
        if thread.is_alive():
            return False
        self._on_over(self._run_id)
        return True

    def _run(self, work: Callable[[Progress], Any], run_id: int) -> None:
        def progress(done: int, total: int) -> None:
            if self._cancelled.is_set():
                raise Cancelled
            self._progress.emit(done, total)

        try:
            self._outcome = (work(progress), None)
        except Cancelled:
            self._outcome = (None, Cancelled())
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self._outcome = (None, exc)
        self._over.emit(run_id)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._cancelled.is_set():
            self.progressed.emit(done, total)

    @Slot(int)
    def _on_over(self, run_id: int) -> None:
        if run_id != self._run_id or self._thread is None:
            return  # published already (settle), or the end of an earlier run
        thread, self._thread = self._thread, None
        thread.join()
        outcome, self._outcome = self._outcome, None
        assert outcome is not None  # set before the thread ended
        result, error = outcome
        try:
            if self._cancelled.is_set() or isinstance(error, Cancelled):
                return
            if error is not None:
                self.failed.emit(error)
            else:
                self.succeeded.emit(result)
        finally:
            self.ended.emit()


class _HoldInput(QObject):
    """While long work runs, the user's keys and clicks reach only its progress dialog: before
    the dialog shows (it waits :data:`SHOW_AFTER_MS`) the window is not blocked yet, and a
    second Ctrl+P, or a ballot typed into a file being merged, must not start meanwhile."""

    KINDS = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
    })

    def __init__(self, dialog: QWidget) -> None:
        super().__init__()
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in self.KINDS:
            return False
        if isinstance(watched, QWidget) and watched.window() is self._dialog:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # taken: no shortcut of the window fires
        return True


def run_with_progress(parent: QWidget | None, title: str, label: str,
                      work: Callable[[Progress], T]) -> T | None:
    """Run ``work(progress)`` on a worker thread (a :class:`LongTask`) and wait for it here with
    the window still drawing itself: a window-modal progress dialog, with a cancel button,
    appears if it lasts longer than :data:`SHOW_AFTER_MS`. Returns the work's result; None if
    the user cancelled (the work stops at its next ``progress`` call, and must leave nothing
    half-made behind it); the work's exception is raised here, on the GUI thread, so that
    :meth:`~tinnhiem_desktop.ui.dialogs.prompts.Prompter.attempt` shows it as it would any.

    The work must open every file it uses itself (a SQLite connection serves one thread).
    """
    task = LongTask()
    dialog = QProgressDialog(label, QCoreApplication.translate("LongTask", "Hủy"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def progressed(done: int, total: int) -> None:
        if total > 0 and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total > 0 else 0)

    # Cancelling stops the work at its next progress call; work that finished first is kept
    # (a file it made exists: the user must hear of it).
    cancelled = threading.Event()

    def guarded(progress: Progress) -> T:
        def checked(done: int, total: int) -> None:
            if cancelled.is_set():
                raise Cancelled
            progress(done, total)

        return work(checked)

    task.progressed.connect(progressed)
    task.succeeded.connect(lambda result: outcome.setdefault("result", result))
    task.failed.connect(lambda error: outcome.setdefault("error", error))
    task.ended.connect(loop.quit)
    dialog.canceled.connect(cancelled.set)
    hold = _HoldInput(dialog)
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(hold)
    try:
        task.start(guarded, "tinnhiem-long-task")
        dialog.setValue(0)  # starts the dialog's clock: it shows itself after SHOW_AFTER_MS
        if task.running:  # it may have ended already (a modal dialog's setValue runs events)
            loop.exec()
    finally:
        if app is not None:
            app.removeEventFilter(hold)
        task.wait()
        dialog.close()
        dialog.deleteLater()
        task.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
