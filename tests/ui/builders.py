"""Session files for the closing, backup and bad-file window tests, and answering a modal dialog
the way a user would (it runs its own event loop, so it is driven from a timer)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton

from tinnhiem_desktop.services.session import Session

from .conftest import NAMES

CHAIR = "Lê Quang Hưng"
SECRETARY = "Trần Thị Ánh Tuyết"
BALLOTS = ["12312", "11111", "33333", "2x213", "x1230", "12121", "32123", "11011"]


def counted_session(
    tmp_path: Path, collected: int = len(BALLOTS), recorded: int = len(BALLOTS),
    summoned: int | None = 30, present: int | None = 20, name: str = "phien-chot.tinnhiem",
) -> Path:
    """A party session with committee and officials; ``recorded`` of ``BALLOTS`` entered.

    With the defaults every ballot is in (nothing blocks finalising; the quorum, 20 of 30, is
    just met) and fewer ballots were collected than people are present (a warning that needs an
    explanation). Below the quorum a party session cannot be finalised at all (QĐ 96).
    """
    path = tmp_path / name
    with Session.create(
        path, "party-qd96-2023",
        title="Hội nghị lấy phiếu tín nhiệm Ban Chấp hành Đảng bộ tỉnh Quảng Ninh khóa XVI",
        summoned=summoned, present=present,
    ) as s:
        t = s.ballot_type().id
        s.set_candidates(t, NAMES)
        s.set_committee([(CHAIR, "truong_ban"), (SECRETARY, "thu_ky")])
        s.set_accounting(t, issued=collected, collected=collected)
        for i in range(recorded):
            s.record_ballot(t, BALLOTS[i % len(BALLOTS)])
    return path


class ModalAnswer:
    """Runs ``handler`` on the next modal dialog as soon as it is shown and has the keyboard
    (polled from a timer: the dialog runs its own event loop). With ``kind``, the next one of
    that kind: so it can answer a dialog opened from another modal dialog."""

    def __init__(self, handler: Callable[[QDialog], None],
                 kind: type[QDialog] = QDialog) -> None:
        self.handler, self.kind = handler, kind
        self.seen: list[QDialog] = []
        self.errors: list[BaseException] = []
        self._tries = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        # Wait until it has the keyboard too (a key sent before would go nowhere). A progress
        # dialog (long work, ui.long_task) asks nothing: the dialog to answer comes after it.
        if not isinstance(widget, self.kind) or not widget.isActiveWindow() or (
                isinstance(widget, QProgressDialog) and self.kind is not QProgressDialog):
            self._tries += 1
            if self._tries < 500:
                QTimer.singleShot(10, self._poll)
            return
        self.seen.append(widget)
        try:
            self.handler(widget)
        except BaseException as exc:  # reported by check(): an assert inside a dialog's loop
            self.errors.append(exc)
            widget.reject()

    def check(self) -> QDialog:
        """The dialog answered (re-raises what failed inside it)."""
        if self.errors:
            raise self.errors[0]
        assert self.seen, f"no {self.kind.__name__} was shown"
        return self.seen[0]


def cancel_progress(dialog: QDialog) -> None:
    """For :class:`ModalAnswer` (``kind=QProgressDialog``): click the long work's "Hủy"."""
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Hủy"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


class OnWorker:
    """Wraps the service function ``module.name`` that a flow runs through
    ``run_with_progress``: records the thread of each call, and has each call wait ``slow``
    seconds first (as for a file of 100,000 ballots), so that the progress dialog shows."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str) -> None:
        self.threads: list[int] = []
        self.slow = 0.0
        real = getattr(module, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.get_ident())
            time.sleep(self.slow)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapped)

    @property
    def off_the_gui_thread(self) -> bool:
        """Called, and never on the thread that runs the window."""
        return bool(self.threads) and threading.get_ident() not in self.threads


def uncaught(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """From now on, every exception that reaches ``sys.excepthook`` (a slot or an event filter
    that raised: the app's crash report) is collected in the list returned instead."""
    errors: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: errors.append(exc))
    return errors


class EveryModal:
    """Hands every modal dialog, as soon as it is the active one, to ``handler`` (which must
    close it), from a 30 ms timer, until :meth:`stop`: random-input tests answer what they open
    this way instead of hanging on a dialog no key reaches."""

    def __init__(self, handler: Callable[[QDialog], None]) -> None:
        self._handler = handler
        self._timer = QTimer()
        self._timer.timeout.connect(self._check)
        self._timer.start(30)

    def _check(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            self._handler(dialog)

    def stop(self) -> None:
        self._timer.stop()
