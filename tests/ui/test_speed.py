"""Speed with a big session: 50 officials, 10,000 ballots (slow: run with ``-m slow``)."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.services.session import BallotRow, Session
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY, RESULTS

OFFICIALS, BALLOTS = 50, 10_000


def build(path: Path) -> None:
    rnd = random.Random(50)
    with Session.create(path, "party-qd96-2023") as s:
        bt = s.ballot_types()[0]
        names = [(f"Nguyễn Thị Việt Dung {i}", "Ủy viên") for i in range(OFFICIALS)]
        s.set_candidates(bt.id, names)
        s.set_accounting(bt.id, issued=BALLOTS + 100, collected=BALLOTS + 100)
        rows = [BallotRow(None, "".join(rnd.choice("1112223x0") for _ in range(OFFICIALS)))
                for _ in range(BALLOTS)]
        s.record_ballots(bt.id, rows)


@pytest.mark.slow
def test_keys_and_enter_are_fast(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "lon.tinnhiem"
    build(path)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    view = window.workspace.entry_screen.paper_view
    results = window.workspace.results_screen
    key_times, enter_times = [], []
    for _ in range(5):
        for _ in range(OFFICIALS):
            start = time.perf_counter()
            qtbot.keyClick(view, "2")
            QApplication.processEvents()
            key_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        qtbot.keyClick(view, Qt.Key.Key_Return)  # durable when record_ballot returns
        QApplication.processEvents()
        enter_times.append(time.perf_counter() - start)
    # The results screen refreshes when shown (it is hidden while entering).
    window.show_screen(RESULTS)
    QApplication.processEvents()
    refresh_times = []
    for _ in range(3):
        window.controller._results = None  # type: ignore[union-attr]
        start = time.perf_counter()
        results.refresh()
        QApplication.processEvents()
        refresh_times.append(time.perf_counter() - start)
    key_times.sort()
    key_p95 = key_times[int(len(key_times) * 0.95)] * 1000
    enter_ms, refresh_ms = max(enter_times) * 1000, max(refresh_times) * 1000
    print(f"mark key p95 {key_p95:.1f} ms (max {key_times[-1] * 1000:.1f}); "
          f"Enter {enter_ms:.1f} ms ({', '.join(f'{t * 1000:.1f}' for t in enter_times)}); "
          f"results refresh {refresh_ms:.1f} ms")
    assert window.workspace.entry_screen.ballot_list.rowCount() == BALLOTS + 5
    # The targets (a key within a frame, Enter and the results refresh within 50 ms) are
    # measured by the benchmark (python -m tinnhiem_desktop.bench: mark_key_ms_p99,
    # record_ballot_ms_p99, results_screen_ms), not asserted here: CI shares two cores with
    # whatever else runs, and a timed assertion there fails on noise (it failed on the base
    # commit too). What this long proof asserts is that 10,000 ballots never make the window
    # unusable: nothing near a second.
    assert key_p95 < 160
    assert enter_ms < 500
    assert refresh_ms < 500
