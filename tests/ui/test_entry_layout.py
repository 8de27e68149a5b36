"""The entry screen in a real room: on a 1024×768 or 1366×768 laptop, maximised (the taskbar and
title bar take their share), the whole current ballot is in view without scrolling, the read-back
strip names every official with the level recorded, nothing the recorder reads is cut short, and
nothing moves from one ballot to the next; zoom in, out and back leaves every text whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QStyle, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.wording import NOT_ISSUED_REASON
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.screens.entry_screen import EntryScreen
from tinnhiem_desktop.ui.settings import AppSettings
from tinnhiem_desktop.ui.widgets import fast_table
from tinnhiem_desktop.ui.widgets.readback import ReadbackShape
from tinnhiem_desktop.ui.workspace import ENTRY

from .conftest import Dialogs
from .entry_sessions import LONG_NAMES, entry_session

HEIGHT = 768 - 60
"""A maximised window on a 768-pixel-high screen: the taskbar and the title bar take ~60."""
CTRL = Qt.KeyboardModifier.ControlModifier
DISPLAY = Qt.ItemDataRole.DisplayRole


def _open(window: MainWindow, path: Path) -> EntryScreen:
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    return window.workspace.entry_screen


def _settle(qtbot: QtBot) -> None:
    qtbot.wait(30)


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def _text_lines(value: object) -> list[str]:
    return str(value or "").split("\n")


def header_problems(view: QTableView) -> list[str]:
    """Header sections too narrow for their text (every line of it)."""
    header = view.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = header.fontMetrics()
    model = view.model()
    bad = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        text = model.headerData(column, Qt.Orientation.Horizontal, DISPLAY)
        lines = _text_lines(text)
        need = max(metrics.horizontalAdvance(line) for line in lines) + margin
        if need > header.sectionSize(column):
            bad.append(f"header {text!r}: {need} > {header.sectionSize(column)}")
        height = len(lines) * metrics.height()
        if height > header.height():
            bad.append(f"header {text!r}: {height} px high > {header.height()}")
    return bad


def cell_problems(view: QTableView, columns: list[int] | None = None) -> list[str]:
    """Cells whose text does not fit their column (as the delegate draws it, margins included)."""
    model = view.model()
    style = view.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    bad = []
    for column in columns if columns is not None else range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        for row in range(model.rowCount()):
            index: QModelIndex = model.index(row, column)
            text = str(model.data(index, DISPLAY) or "")
            font = model.data(index, Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
            need = metrics.horizontalAdvance(text) + margin
            if need > view.columnWidth(column):
                bad.append(f"row {row} column {column} {text!r}: {need} > "
                           f"{view.columnWidth(column)}")
            if metrics.height() > view.rowHeight(row):
                bad.append(f"row {row} {text!r}: {metrics.height()} px high > "
                           f"{view.rowHeight(row)}")
    return bad


def rows_out_of_view(view: QTableView, rows: range) -> list[int]:
    """Rows (every column of them) not wholly inside the viewport."""
    model = view.model()
    viewport = view.viewport().rect()
    last = model.columnCount() - 1
    out = []
    for row in rows:
        rect = view.visualRect(model.index(row, 0)).united(view.visualRect(model.index(row, last)))
        if not viewport.contains(rect):
            out.append(row)
    return out


def label_problems(root: QWidget) -> list[str]:
    """Visible labels under ``root`` whose one-line text does not fit them."""
    bad = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text():
            continue
        if label.textFormat() == Qt.TextFormat.RichText:
            continue
        need = max(label.fontMetrics().horizontalAdvance(line) for line in _text_lines(
            label.text().replace("&", "")))
        if need > label.contentsRect().width():
            bad.append(f"label {label.text()!r}: {need} > {label.contentsRect().width()}")
    return bad


def assert_whole_ballot_in_view(window: MainWindow, entry: EntryScreen) -> None:
    view = entry.paper_view
    assert rows_out_of_view(view, range(entry.paper.size)) == []
    assert header_problems(view) == []
    assert cell_problems(view) == []
    strip = entry.readback
    assert strip.isVisible()
    central = window.centralWidget()
    assert central.rect().contains(_rect_in(strip, central)), "read-back cut off"
    assert not _rect_in(strip, central).intersects(_rect_in(view, central))
    assert strip.overflows() == []
    assert label_problems(entry) == []


@pytest.mark.parametrize(("width", "officials"), [(1024, 12), (1366, 15)])
def test_the_whole_ballot_and_its_read_back_fit(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path, width: int,
    officials: int,
) -> None:
    window.resize(width, HEIGHT)
    entry = _open(window, entry_session(tmp_path, officials=officials, recorded=5))
    _settle(qtbot)
    # Reopened mid-count: the last ballot is read back, every official by name.
    assert "phiếu số 5" in entry.readback.title_text()
    text = entry.readback.body_text()
    for name, _ in LONG_NAMES[:officials]:
        assert name in text
    assert_whole_ballot_in_view(window, entry)
    strip, grid = entry.readback.geometry(), entry.paper_view.geometry()

    # A ballot typed and recorded: still all in view, and nothing moved.
    view = entry.paper_view
    qtbot.keyClicks(view, ("123x0" * 4)[:officials])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    _settle(qtbot)
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 6"
    assert "Tín nhiệm thấp" in entry.readback.body_text()
    assert_whole_ballot_in_view(window, entry)
    assert (entry.readback.geometry(), entry.paper_view.geometry()) == (strip, grid)

    # Half the next one: the current row is the middle one, all rows still in view.
    qtbot.keyClicks(view, "2" * (officials // 2))
    _settle(qtbot)
    assert_whole_ballot_in_view(window, entry)

    # A whole-ballot invalid one (F8) and a void (Ctrl+Z): the strip keeps its place and size.
    for _ in range(officials // 2):
        qtbot.keyClick(view, Qt.Key.Key_Backspace)
    dialogs.items.append(NOT_ISSUED_REASON)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    _settle(qtbot)
    assert "phiếu số 7" in entry.readback.title_text()
    assert (entry.readback.geometry(), entry.paper_view.geometry()) == (strip, grid)
    assert_whole_ballot_in_view(window, entry)
    dialogs.questions.append(True)
    dialogs.texts.append("Đọc nhầm")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    _settle(qtbot)
    assert (entry.readback.geometry(), entry.paper_view.geometry()) == (strip, grid)
    assert_whole_ballot_in_view(window, entry)

    # The ballot list (F6): numbers, times and states whole.
    qtbot.keyClick(view, Qt.Key.Key_F6)
    _settle(qtbot)
    assert entry.list_view.isVisible()
    assert header_problems(entry.list_view) == []
    assert cell_problems(entry.list_view, [0, 1, 2]) == []
    window.close_session()  # the ballot being typed again is left unfinished on purpose


def test_zoom_in_out_and_reset_keep_every_text_whole(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    window.resize(1366, HEIGHT)
    entry = _open(window, entry_session(tmp_path, officials=12, collected=150, recorded=120))
    _settle(qtbot)
    view = entry.paper_view
    widths = [view.columnWidth(c) for c in range(entry.paper.columnCount())]
    list_widths = [entry.list_view.columnWidth(c) for c in range(3)]
    assert_whole_ballot_in_view(window, entry)
    for key, presses in ((Qt.Key.Key_Equal, 3), (Qt.Key.Key_Minus, 5)):
        for _ in range(presses):
            qtbot.keyClick(view, key, CTRL)
            _settle(qtbot)
            assert header_problems(view) == []
            assert cell_problems(view) == []
            assert entry.readback.overflows() == []
            qtbot.keyClicks(view, "12")
            assert rows_out_of_view(view, range(entry.paper.current,
                                                entry.paper.current + 1)) == []
            for _ in range(2):
                qtbot.keyClick(view, Qt.Key.Key_Backspace)
            assert header_problems(entry.list_view) == []
            assert cell_problems(entry.list_view, [0, 1, 2]) == []
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    _settle(qtbot)
    assert [view.columnWidth(c) for c in range(entry.paper.columnCount())] == widths
    assert [entry.list_view.columnWidth(c) for c in range(3)] == list_widths
    assert_whole_ballot_in_view(window, entry)


def test_many_officials_scroll_and_the_current_row_stays_in_view(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    window.resize(1366, HEIGHT)
    entry = _open(window, entry_session(tmp_path, officials=40, recorded=2))
    _settle(qtbot)
    view = entry.paper_view
    assert entry.readback.overflows() == []
    assert "phiếu số 2" in entry.readback.title_text()
    for row in range(40):
        qtbot.keyClick(view, "1")
        current = min(entry.paper.current, 39)
        assert rows_out_of_view(view, range(current, current + 1)) == [], row
    for _ in range(40):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert rows_out_of_view(view, range(0, 1)) == []
    qtbot.keyClick(view, Qt.Key.Key_Return)
    _settle(qtbot)
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 3"
    assert header_problems(view) == [] and cell_problems(view) == []
    assert entry.readback.overflows() == []


def test_a_type_set_on_the_screen_is_measured_again(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    """The read-back keeps what it measured by its font's key, which it reads again only when
    its font changes: a type set on the screen (not the zoom, which changes the base size the
    measures are also kept by) is measured afresh, and every name still fits its place."""
    window.resize(1366, HEIGHT)
    entry = _open(window, entry_session(tmp_path, officials=12, collected=150, recorded=120))
    _settle(qtbot)
    strip = entry.readback
    shape = ReadbackShape(1.25, 1)
    natural = strip.size_for(shape).width()
    font = QFont(entry.font())
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 150)
    entry.setFont(font)
    _settle(qtbot)
    assert strip.font().key() == font.key()
    assert strip.size_for(shape).width() > natural * 1.2  # the names, spaced out
    assert strip.overflows() == []
    window.close_session()


def _style_margins(widget: QWidget) -> tuple[int, int]:
    """The style's margins beside a header's and a cell's text, asked here (not through the
    code under test): PM_HeaderMargin, and PM_FocusFrameHMargin + 1 as Qt's delegate uses it."""
    style = widget.style()
    return (style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, widget),
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)


def test_margins_remembered_wrong_are_put_right_once_the_style_is_asked(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, settings: AppSettings, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A session opens on the table margins the settings remember (the style is asked only
    after its first usable frame, fast_table.assume_margins); remembered from another style,
    they are the style's a moment later: the settings too, and the screen laid out again as if
    it had asked the style to begin with."""
    monkeypatch.setattr(fast_table, "_margins", {})  # this process has not asked the style
    settings.table_margins = (9, 7)
    window.resize(1366, HEIGHT)
    entry = _open(window, entry_session(tmp_path, officials=12, collected=150, recorded=120))
    _settle(qtbot)
    view = entry.paper_view
    assert not fast_table.margins_asked()
    wide = [view.columnWidth(c) for c in range(3)]
    qtbot.waitUntil(fast_table.margins_asked, timeout=3000)
    _settle(qtbot)
    assert settings.table_margins == _style_margins(view)
    assert [view.columnWidth(c) for c in range(3)] != wide  # planned again
    assert_whole_ballot_in_view(window, entry)
    planned = [view.columnWidth(c) for c in range(entry.paper.columnCount())]
    entry.relayout()  # a plan made now, with the style's margins, changes nothing
    assert [view.columnWidth(c) for c in range(entry.paper.columnCount())] == planned
    window.close_session()


def test_settings_keep_only_sane_margins(settings: AppSettings) -> None:
    assert settings.table_margins is None
    settings.table_margins = (2, 3)
    assert settings.table_margins == (2, 3)
    for bad in ("x", ["1"], ["1", "2", "3"], ["-1", "2"], ["2", "999"], ["a", "b"]):
        settings._settings.setValue("style/table_margins", bad)
        assert settings.table_margins is None, bad


def test_the_style_margins_are_remembered_as_the_window_closes(
    window: MainWindow, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start that ends before the style is asked (MARGINS_CHECK_MS after the first usable
    frame) still teaches the next start the margins."""
    monkeypatch.setattr(fast_table, "_margins", {})
    assert settings.table_margins is None
    assert window.close()
    assert settings.table_margins == _style_margins(window)
