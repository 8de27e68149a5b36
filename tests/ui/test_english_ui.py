"""The English window speaks English everywhere: every screen and dialog is walked and no
Vietnamese-only letter may remain in what it shows, except the user's own data (names, titles,
the session's set-up, ballot type names) and document numbers such as 96-QĐ/TW.

And the Vietnamese window's Qt dialogs (file dialogs, message box buttons) are Vietnamese.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.helpers import VIETNAMESE_ONLY
from tinnhiem_desktop.domain.wording import NOT_ISSUED_REASON
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.dialogs.officials_import import ImportPreviewDialog
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.i18n import install_translators, ui_language
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.settings import AppSettings

from .builders import ModalAnswer, counted_session
from .conftest import Dialogs
from .visible import visible_texts

CTRL = Qt.KeyboardModifier.ControlModifier
DOCUMENT_NUMBER = re.compile(r"\d+-QĐ/TW")


def _language(qapp: QApplication, code: str) -> Iterator[list[QTranslator]]:
    translators = install_translators(qapp, code)
    assert translators, f"the {code} translation did not load"
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    for _ in _language(qapp, "en"):
        assert ui_language() == "en"
        yield


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    for _ in _language(qapp, "vi"):
        assert ui_language() == "vi"
        yield


def _user_data(session: Session) -> list[str]:
    """Every text the user typed or the file holds, longest first (removed before checking)."""
    info = session.info
    data = [info.title, info.body, info.parent_body, info.subject, info.city, info.place,
            session.path.name, str(session.path.parent)]
    data += [m.name for m in session.committee()]
    for bt in session.ballot_types():
        data.append(bt.name)
        data += [t for c in session.candidates(bt.id) for t in (c.name, c.title)]
    return sorted({d for d in data if d}, key=len, reverse=True)


def _not_english(texts: Iterator[tuple[str, str]], data: list[str]) -> list[tuple[str, str]]:
    found = []
    for where, text in texts:
        rest = text
        for datum in data:
            rest = rest.replace(datum, "")
        rest = DOCUMENT_NUMBER.sub("", rest)
        if VIETNAMESE_ONLY & set(rest):
            found.append((where, text))
    return found


def _menu_texts(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        yield path, action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{path} → {action.text()}")


def _english_session(tmp_path: Path) -> Path:
    """A party session with warnings, bands, invalid rows and a preset whole-ballot reason."""
    path = counted_session(tmp_path, collected=10)  # one ballot still to enter: blocking
    with Session.open(path) as s:
        s.record_ballot(s.ballot_type().id, invalid_reason=NOT_ISSUED_REASON)
    return path


def _window(qtbot: QtBot, tmp_path: Path, font_family: str) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                           tmp_path / "data")
    window = MainWindow(settings, Prompter(), font_family)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_every_screen_and_dialog_of_the_english_window_is_english(
    qtbot: QtBot, english: None, dialogs: Dialogs, tmp_path: Path, font_family: str
) -> None:
    window = _window(qtbot, tmp_path, font_family)
    shown = [*visible_texts(window)]
    for action in window.menuBar().actions():
        shown += _menu_texts(action.menu(), action.text())
    assert window.open_path(_english_session(tmp_path))
    assert window.controller is not None and window.workspace is not None
    session = window.controller.session
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4):  # 3, entry: see the test below
        qtbot.keyClick(window, key, CTRL)
        shown += [*visible_texts(window.workspace)]
    results = window.workspace.results_screen
    warnings = len(window.controller.results().warnings)
    assert warnings > 1
    assert results.checks_label.text() == f"Checks: 1 blocking, {warnings} warnings."
    assert results.tr("%n cảnh báo", "", 1) == "1 warning"  # English plurals, both ways
    assert results.tr("%n cảnh báo", "", 2) == "2 warnings"
    assert results.base_label.text() == "Percentages are of the ballots collected (10 ballots)."
    assert "Ballot not issued by the counting committee: 1" in results.accounting_label.text()
    shown += [("band tooltip", str(results.model.data(results.model.index(r, c),
                                                       Qt.ItemDataRole.ToolTipRole)))
              for r in range(results.model.rowCount())
              for c in range(results.model.columnCount())]

    def walk(dialog: QDialog) -> None:
        shown.extend((f"{type(dialog).__name__} {w}", t) for w, t in visible_texts(dialog))
        shown.append((type(dialog).__name__, dialog.windowTitle()))
        dialog.reject()

    for open_dialog in (
        lambda: qtbot.keyClick(results.finalise_button, Qt.Key.Key_Space),  # refused: blocking
        lambda: qtbot.keyClick(window, Qt.Key.Key_P, CTRL),  # the minutes preview
    ):
        modal = ModalAnswer(walk)
        results.finalise_button.setFocus()
        open_dialog()
        modal.check()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)

    data = _user_data(session)
    empty = tmp_path / "trong.tinnhiem"  # a list not yet locked: the paste preview
    Session.create(empty, "state-vote-nq96-2023", title="Kỳ họp thứ 12").close()
    assert window.open_path(empty)
    assert window.controller is not None and window.workspace is not None
    data += _user_data(window.controller.session)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    QGuiApplication.clipboard().setText("STT\tHọ và tên\tChức vụ\n1\tLê Quang Hưng\tỦy viên\n")
    modal = ModalAnswer(walk)
    officials = window.workspace.officials_screen
    officials.view.setFocus()
    qtbot.keyClick(officials.view, Qt.Key.Key_V, CTRL)
    assert isinstance(modal.check(), ImportPreviewDialog)
    for key in (Qt.Key.Key_1, Qt.Key.Key_4):  # a vote's screens too
        qtbot.keyClick(window, key, CTRL)
        shown += [*visible_texts(window.workspace)]

    # The language menu names each language in itself; pasted cells are the user's data.
    data += ["Tiếng Việt", "Lê Quang Hưng", "Ủy viên", "STT | Họ và tên | Chức vụ"]
    wrong = _not_english(iter(shown), data)
    assert not wrong, "\n".join(f"{where}: {text!r}" for where, text in wrong)
    assert len(shown) > 150  # the walk really saw the screens
    window.close_session()


def test_the_english_finalise_dialog_and_preview_are_english(
    qtbot: QtBot, english: None, dialogs: Dialogs, tmp_path: Path, font_family: str
) -> None:
    window = _window(qtbot, tmp_path, font_family)
    assert window.open_path(counted_session(tmp_path))  # nothing blocks: the warnings form
    assert window.workspace is not None and window.controller is not None
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    shown: list[tuple[str, str]] = []

    def walk(dialog: QDialog) -> None:
        shown.extend(visible_texts(dialog))
        dialog.reject()

    modal = ModalAnswer(walk)
    window.workspace.results_screen.finalise_button.setFocus()
    qtbot.keyClick(window.workspace.results_screen.finalise_button, Qt.Key.Key_Space)
    modal.check()
    texts = [t for _, t in shown]
    assert any("Fewer ballots collected (8) than people present (20)." in t for t in texts)
    assert "Explanation (required):" in texts
    wrong = _not_english(iter(shown), _user_data(window.controller.session))
    assert not wrong, wrong
    window.close_session()


def test_the_english_entry_screen_is_english(
    qtbot: QtBot, english: None, dialogs: Dialogs, tmp_path: Path, font_family: str
) -> None:
    window = _window(qtbot, tmp_path, font_family)
    assert window.open_path(_english_session(tmp_path))
    assert window.workspace is not None and window.controller is not None
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    wrong = _not_english(visible_texts(window.workspace.entry_screen),
                         _user_data(window.controller.session))
    window.close_session()
    assert not wrong, wrong


class _Asked(QTranslator):
    """Records every (context, source) Qt asks to translate while a dialog is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        self.asked.add((context, source))
        return None  # not ours to answer: the next translator does


def _file_dialog_texts(qtbot: QtBot, save: bool) -> list[tuple[str, str]]:
    """Open Qt's own file dialog (the one Linux without a desktop theme gets) as the app does,
    read what it shows, and close it."""
    shown: list[tuple[str, str]] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, read)
            return
        shown.extend(visible_texts(dialog))
        view = dialog.findChild(QWidget, "treeView")
        if view is not None:  # the detail view's column headings
            shown.extend(visible_texts(view))
        dialog.reject()

    QTimer.singleShot(0, read)
    options = QFileDialog.Option.DontUseNativeDialog
    if save:
        QFileDialog.getSaveFileName(None, "Lưu", "", "Phiên kiểm phiếu (*.tinnhiem)",
                                    options=options)
    else:
        QFileDialog.getOpenFileName(None, "Mở", "", "Phiên kiểm phiếu (*.tinnhiem)",
                                    options=options)
    return shown


ENGLISH_QT = {"Look in:", "File &name:", "Files of type:", "&Open", "&Save", "Cancel", "Back",
              "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View",
              "Name", "Size", "Type", "Date Modified", "&Yes", "&No", "OK", "Close", "Kind"}


@pytest.mark.parametrize("save", [False, True], ids=["open", "save"])
def test_the_vietnamese_file_dialog_is_vietnamese(
    qtbot: QtBot, vietnamese: None, qapp: QApplication, save: bool
) -> None:
    asked = _Asked()
    qapp.installTranslator(asked)  # installed last: asked first
    try:
        shown = _file_dialog_texts(qtbot, save)
    finally:
        qapp.removeTranslator(asked)
    texts = {t.replace("&", "") for _, t in shown if t}
    english = {t for t in texts if t in {e.replace("&", "") for e in ENGLISH_QT}}
    assert not english, english
    assert {"Tên tệp:", "Loại tệp:", "Tìm trong:", "Hủy bỏ", "Lưu" if save else "Mở",
            "Quay lại", "Xem chi tiết"} <= texts, texts
    # Every text the dialog asked Qt for (labels, tooltips, menus, column headings) is one the
    # Vietnamese translation answers; key names (Alt+Left) stay as printed on the keyboard.
    untranslated = sorted(
        (context, source) for context, source in asked.asked
        if context.startswith(("QFileDialog", "QFileSystemModel", "QPlatformTheme",
                               "QAbstractFileIconProvider"))
        and QCoreApplication.translate(context, source) == source
        and any(c.isalpha() for c in source) and not source.startswith("Alt+"))
    assert not untranslated, untranslated


def test_the_vietnamese_message_box_buttons_are_vietnamese(
    qtbot: QtBot, vietnamese: None
) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Câu hỏi", "Xóa?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    labels = sorted(b.text() for b in box.findChild(QDialogButtonBox).buttons())
    assert labels == sorted(["&Có", "&Không", "Đồng ý", "Hủy bỏ", "Đóng", "Lưu"])
