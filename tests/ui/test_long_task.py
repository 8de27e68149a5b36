"""Long work off the window's thread (`ui.long_task.run_with_progress`): its result or its error
come back on the window's thread; a progress dialog appears for work that lasts, and cancelling
it stops the work; the window keeps drawing meanwhile."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.ui.long_task import SHOW_AFTER_MS, Progress, run_with_progress


def test_the_result_comes_back_and_the_work_ran_on_another_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ran_on: list[int] = []
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(5)

    def work(progress: Progress) -> int:
        ran_on.append(threading.get_ident())
        for k in range(20):
            progress(k, 20)
            time.sleep(0.01)
        return 42

    assert run_with_progress(parent, "Việc dài", "Đang làm…", work) == 42
    timer.stop()
    assert ran_on and ran_on[0] != threading.get_ident()
    assert ticks[0] >= 5, "the window's event loop did not run while the work ran"


def test_the_works_error_is_raised_on_the_windows_thread(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        raise InvalidInput("Tệp không đúng: hãy chọn tệp khác.")

    with pytest.raises(InvalidInput, match="hãy chọn tệp khác"):
        run_with_progress(None, "Việc dài", "Đang làm…", work)


def test_a_dialog_for_work_that_lasts_and_cancel_stops_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    steps = [0]
    stopped = threading.Event()
    seen: list[QProgressDialog] = []

    def work(progress: Progress) -> str:
        try:
            for k in range(10_000):
                progress(k, 10_000)
                steps[0] = k
                time.sleep(0.002)
        except BaseException:
            stopped.set()
            raise
        return "xong"

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, press_cancel)
            return
        seen.extend(dialogs)
        button = dialogs[0].findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(SHOW_AFTER_MS, press_cancel)
    start = time.monotonic()
    assert run_with_progress(parent, "Việc dài", "Đang làm…", work) is None
    assert seen and seen[0].labelText() == "Đang làm…" and seen[0].windowTitle() == "Việc dài"
    assert stopped.is_set() and steps[0] < 9_999
    assert time.monotonic() - start < 15


def test_keys_and_shortcuts_wait_while_the_work_runs(qtbot: QtBot) -> None:
    """Before the progress dialog shows, the window is not blocked yet: a key typed or a
    shortcut pressed meanwhile must not reach it (a second Ctrl+P, a ballot typed into a file
    being merged)."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QLineEdit

    parent = QWidget()
    qtbot.addWidget(parent)
    field = QLineEdit(parent)
    fired: list[bool] = []
    action = QAction(parent)
    action.setShortcut(QKeySequence("Ctrl+P"))
    action.triggered.connect(lambda: fired.append(True))
    parent.addAction(action)
    parent.show()
    qtbot.waitExposed(parent)
    field.setFocus()

    def during() -> None:
        qtbot.keyClicks(field, "12")
        qtbot.keyClick(field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(30, during)
    assert run_with_progress(parent, "Việc dài", "Đang làm…",
                             lambda progress: time.sleep(0.2) or "xong") == "xong"
    assert field.text() == "" and fired == []
    qtbot.keyClicks(field, "12")  # afterwards, as always
    qtbot.keyClick(field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "12" and fired == [True]


def test_settle_publishes_an_ended_works_outcome_now_and_once(qtbot: QtBot) -> None:
    """`LongTask.settle`: nothing while the work runs; once it has ended, its outcome at once
    on this thread, and not again when the queued end arrives."""
    from tinnhiem_desktop.ui.long_task import LongTask

    task = LongTask()
    results: list[object] = []
    ended: list[bool] = []
    task.succeeded.connect(results.append)
    task.ended.connect(lambda: ended.append(True))
    go = threading.Event()

    def work(progress: Progress) -> str:
        assert go.wait(10)
        return "xong"

    task.start(work)
    assert not task.settle() and task.running and results == []
    go.set()
    deadline = time.monotonic() + 10
    while task.settle() is False:  # no event loop: the worker ends on its own
        assert time.monotonic() < deadline
        time.sleep(0.001)
    assert results == ["xong"] and ended == [True] and not task.running
    assert task.settle()  # published already

    # A second run starts before the first's queued end is delivered: that end is not taken
    # for the second's (which would wait on its thread here and publish it twice).
    go.clear()
    task.start(work)
    qtbot.wait(20)  # the first run's queued end is delivered now
    assert task.running and results == ["xong"] and ended == [True]
    go.set()
    qtbot.waitUntil(lambda: not task.running)
    assert results == ["xong", "xong"] and ended == [True, True]
    qtbot.wait(20)
    assert results == ["xong", "xong"] and ended == [True, True]


def test_settle_within_waits_that_long_at_most_for_the_work_to_end(qtbot: QtBot) -> None:
    """`LongTask.settle(within)`: work that ends within the time is published at once, on this
    thread; work that outlasts it is not waited for longer, and comes through the event loop."""
    from tinnhiem_desktop.ui.long_task import LongTask

    task = LongTask()
    results: list[object] = []
    task.succeeded.connect(results.append)
    go = threading.Event()

    def work(progress: Progress) -> str:
        assert go.wait(10)
        return "xong"

    task.start(work)
    threading.Timer(0.05, go.set).start()  # ends in 50 ms: within the 10 s allowed
    assert task.settle(within=10) and results == ["xong"] and not task.running

    go.clear()
    task.start(work)
    started = time.monotonic()
    assert not task.settle(within=0.1)  # outlasts it
    waited = time.monotonic() - started
    assert 0.09 <= waited < 5 and task.running and results == ["xong"]
    go.set()
    qtbot.waitUntil(lambda: results == ["xong", "xong"])
    assert not task.running
