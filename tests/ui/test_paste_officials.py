"""Pasting officials from Excel or Word goes through the same preview as a file: the heading row
and the row numbers are recognised and left out, and nothing is saved until Nhập."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.ui.dialogs.officials_import import ImportPreviewDialog
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.screens.officials_screen import OfficialsScreen

from .builders import ModalAnswer
from .conftest import NAMES, Dialogs

CTRL = Qt.KeyboardModifier.ControlModifier
EXCEL = "STT\tHọ và tên\tChức vụ\n" + "".join(
    f"{i}\t{n}\t{p}\n" for i, (n, p) in enumerate(NAMES, start=1))


def _officials(qtbot: QtBot, window: MainWindow, path: Path) -> OfficialsScreen:
    assert window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.workspace is not None
    return window.workspace.officials_screen


def _paste(qtbot: QtBot, screen: OfficialsScreen, key: Qt.Key) -> tuple[list, str]:
    """Ctrl+V on the list; the preview's rows and summary are read, then ``key`` answers it."""
    seen: list[tuple[list, str]] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        summary = dialog.findChild(QLabel, "importSummary")
        assert summary is not None
        seen.append((dialog.rows, summary.text()))
        qtbot.keyClick(dialog, key)

    modal = ModalAnswer(answer)
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_V, CTRL)
    modal.check()
    return seen[0]


@pytest.mark.parametrize("clipboard", [
    EXCEL,
    unicodedata.normalize("NFD", EXCEL.replace("STT\tHọ và tên\tChức vụ",
                                               "SỐ TT\tHO VA TEN\tCHỨC VỤ")),
    "".join(f"{i}.\t{n}\t{p}\n" for i, (n, p) in enumerate(NAMES, start=1)),  # Word's numbering
], ids=["excel", "nfd-capitals", "word-numbered"])
def test_paste_is_previewed_without_heading_or_numbers(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path, clipboard: str
) -> None:
    screen = _officials(qtbot, window, session_path)
    QGuiApplication.clipboard().setText(clipboard)
    rows, summary = _paste(qtbot, screen, Qt.Key.Key_Return)
    assert rows == NAMES
    assert "Đã bỏ cột số thứ tự." in summary and "dán từ Excel/Word" in summary
    assert ("Đã bỏ dòng tiêu đề" in summary) == (not clipboard.startswith("1."))
    assert screen.model.pairs() == NAMES
    assert "STT" not in [n for n, _ in screen.model.pairs()]
    assert screen.message_label.text() == "Đã dán 5 người."


def test_escape_in_the_preview_pastes_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path
) -> None:
    screen = _officials(qtbot, window, session_path)
    QGuiApplication.clipboard().setText(EXCEL)
    rows, _ = _paste(qtbot, screen, Qt.Key.Key_Escape)
    assert rows == NAMES
    assert screen.model.pairs() == []
    assert window.controller is not None
    assert window.controller.session.candidates(screen.type_id) == ()
