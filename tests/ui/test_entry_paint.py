"""One frame per ballot, by counts of work rather than by the clock: an Enter repaints the texts
that changed and nothing behind them, each once, and the strip draws the levels again but not the
names; and what the screen shows after every kind of change is what a full repaint would show
(a region left out of a repaint would leave a stale level on the read-back)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.screens.entry_screen import LIST_CATCH_UP_MS, EntryScreen
from tinnhiem_desktop.ui.workspace import ENTRY

from .conftest import Dialogs
from .entry_sessions import entry_session, marks_for

CTRL = Qt.KeyboardModifier.ControlModifier


class Paints(QObject):
    """Every paint event of the application's widgets, with the region asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.widgets: Counter[QWidget] = Counter()
        self.regions: dict[QWidget, QRegion] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                and isinstance(event, QPaintEvent):
            self.widgets[watched] += 1
            self.regions[watched] = self.regions.get(watched, QRegion()).united(event.region())
        return False


def _settle(qtbot: QtBot) -> None:
    for _ in range(4):
        QApplication.processEvents()
        qtbot.wait(5)


def _open(window: MainWindow, path: Path, width: int = 1366) -> EntryScreen:
    window.resize(width, 708)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    return window.workspace.entry_screen


def test_an_enter_repaints_only_the_texts_that_changed(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=15, collected=40, recorded=3))
    _settle(qtbot)
    assert entry.plan is not None and entry.plan.fits
    qtbot.keyClicks(entry.paper_view, marks_for(7, 15))
    _settle(qtbot)
    paints = Paints()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)
    try:
        qtbot.keyClick(entry.paper_view, Qt.Key.Key_Return)
        _settle(qtbot)
    finally:
        app.removeEventFilter(paints)
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 4"
    status = window.status
    changed = {entry.number_label, entry.message_label, entry.progress_label, entry.readback,
               entry.paper_view.viewport(), status.fingerprint_label, status.count_label}
    painted = set(paints.widgets)
    assert changed <= painted  # the new ballot is shown
    # What is behind a changed text is painted again only behind the heading's labels (they
    # show the page's own background, which only the tabs know how to paint): never behind the
    # read-back, the paper ballot or the status bar, which paint every pixel of their own.
    heading = entry.number_label.geometry().united(entry.progress_label.geometry())
    assert heading.bottom() < entry.paper_view.geometry().top()
    behind = {w: paints.regions[w] for w in painted - changed}
    assert status not in behind
    for widget, region in behind.items():
        assert widget is window or widget.isAncestorOf(entry), type(widget).__name__
        top_left = widget.mapFromGlobal(entry.mapToGlobal(heading.topLeft()))
        in_heading = QRect(top_left, heading.size())
        assert region.subtracted(QRegion(in_heading)).isEmpty(), type(widget).__name__
    assert max(paints.widgets.values()) == 1  # one frame: no widget painted twice
    # The strip repaints its title and levels, not the names it already shows.
    region = paints.regions[entry.readback]
    for index in range(15):
        assert not region.intersects(entry.readback.name_box(index)), index
    assert region.intersects(QRect(entry.readback.name_box(0).right() + 20,
                                   entry.readback.name_box(0).top(), 4, 4))
    window.close_session()


def _shown_matches_a_full_repaint(window: MainWindow) -> bool:
    """What the window shows now (its backing store) equals the window drawn afresh."""
    shown = window.screen().grabWindow(window.winId()).toImage()
    fresh = window.grab().toImage()
    rgb = QImage.Format.Format_RGB32
    return bool(shown.convertToFormat(rgb) == fresh.convertToFormat(rgb))


@pytest.mark.parametrize(("width", "officials"), [(1366, 15), (1024, 12)])
def test_the_screen_shows_after_each_change_what_a_full_repaint_shows(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path, width: int,
    officials: int,
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=officials, collected=40,
                                        recorded=3), width)
    view = entry.paper_view
    _settle(qtbot)
    steps = []

    def step(name: str) -> None:
        # The ballot list shows a new ballot a moment after the read-back (and draws nothing
        # meanwhile, so a fresh drawing of it would be black): compare after that moment.
        qtbot.wait(LIST_CATCH_UP_MS + 100)
        _settle(qtbot)
        steps.append((name, _shown_matches_a_full_repaint(window)))

    for k in (4, 5):
        qtbot.keyClicks(view, marks_for(k, officials))
        qtbot.keyClick(view, Qt.Key.Key_Return)
        step(f"ballot {k}")
    dialogs.questions.append(True)
    dialogs.texts.append("Đọc nhầm")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert entry.readback.title_text() == "phiếu số 5 đã hủy — đang nhập lại"
    step("voided, re-entering")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    step("re-entry given up")
    qtbot.keyClicks(view, "1" * officials)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 5"
    step("typed again")
    dialogs.items.append("Phiếu không đúng mẫu")
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 6"
    step("whole ballot invalid")
    qtbot.keyClicks(view, "2" * officials)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    step("after an invalid one")
    qtbot.keyClicks(view, ("0x3" * 5)[:officials])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 8"
    step("next")
    assert [name for name, same in steps if not same] == []
    window.close_session()
