"""The set-up forms as a recorder uses them: by keyboard only, on real session files.

Refusals are written beside the field (a modal box would swallow the keys typed next), dates are
typed dd/mm/yyyy, counts take ASCII digits only, Enter does what the screen says, and every new
screen puts the keyboard on its first field.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.model import Role
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.screens.session_screen import SessionScreen
from tinnhiem_desktop.ui.settings import AppSettings
from tinnhiem_desktop.ui.workspace import SESSION

from .builders import counted_session
from .conftest import Dialogs
from .keys import type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _session_screen(qtbot: QtBot, window: MainWindow, path: Path) -> SessionScreen:
    assert window.open_path(path)
    assert window.workspace is not None
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    return window.workspace.session_screen


def _type_and_leave(qtbot: QtBot, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Type as a keyboard does: every key goes to whatever has the focus at that moment (the
    first digit in a table opens an editor, which takes the next ones)."""
    for char in text:
        widget = _focus()
        assert widget is not None
        type_text(qtbot, widget, char)
    widget = _focus()
    assert widget is not None
    qtbot.keyClick(widget, key)


def test_a_date_is_typed_dd_mm_yyyy_and_shown_back_so(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path
) -> None:
    screen = _session_screen(qtbot, window, session_path)
    date = screen.edits["date"]
    qtbot.keyClick(_focus(), Qt.Key.Key_N, ALT)  # "&Ngày (dd/mm/yyyy):"
    assert _focus() is date
    _type_and_leave(qtbot, "27/11/2026")
    assert window.controller is not None
    assert window.controller.session.info.date == "2026-11-27"  # stored ISO
    assert date.text() == "27/11/2026"  # shown as typed in Vietnam
    labels = [w.text() for w in screen.findChildren(type(screen.quorum_label))]
    assert "&Ngày (dd/mm/yyyy):" in labels
    assert not any("NNNN" in text for text in labels)
    assert not dialogs.warnings


def test_a_refused_date_is_said_under_it_and_the_next_keys_go_on(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path
) -> None:
    screen = _session_screen(qtbot, window, session_path)
    assert window.controller is not None
    info = lambda: window.controller.session.info  # noqa: E731
    qtbot.keyClick(_focus(), Qt.Key.Key_N, ALT)
    _type_and_leave(qtbot, "30/02/2026")  # no such day: refused, Tab still moves on
    assert _focus() is screen.edits["time"]
    _type_and_leave(qtbot, "8h30")  # typed straight after: it reaches the next field
    assert info().time == "08:30" and info().date == ""
    assert not dialogs.warnings  # never a modal box
    message = screen.messages["date"]
    assert message.isVisible() and "không tồn tại" in message.text()
    assert screen.edits["date"].text() == "30/02/2026"  # kept, to be corrected

    qtbot.keyClick(_focus(), Qt.Key.Key_N, ALT)
    qtbot.keyClick(_focus(), Qt.Key.Key_A, CTRL)
    type_text(qtbot, screen.edits["date"], "28/02/2026")
    assert not message.isVisible()  # gone as soon as it is right
    qtbot.keyClick(screen.edits["date"], Qt.Key.Key_Return)
    assert info().date == "2026-02-28" and screen.edits["date"].text() == "28/02/2026"


@pytest.mark.parametrize("typed", ["٣٠", "３０", "30 người"])
def test_counts_take_ascii_digits_only(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path, typed: str
) -> None:
    screen = _session_screen(qtbot, window, session_path)
    assert window.controller is not None
    summoned = screen.edits["summoned"]
    summoned.setFocus()
    _type_and_leave(qtbot, typed)
    assert window.controller.session.info.summoned is None  # never read as 30
    assert "chỉ gõ chữ số 0–9" in screen.messages["summoned"].text()
    assert screen.messages["summoned"].isVisible() and not dialogs.warnings
    assert _focus() is screen.edits["present"]
    summoned.setFocus()
    qtbot.keyClick(summoned, Qt.Key.Key_A, CTRL)
    _type_and_leave(qtbot, "30")
    assert window.controller.session.info.summoned == 30
    assert not screen.messages["summoned"].isVisible()


def test_no_field_holds_a_grey_example_that_looks_like_data(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path
) -> None:
    assert window.open_path(session_path)
    assert window.workspace is not None
    for screen in (window.workspace.session_screen, window.workspace.officials_screen):
        edits = [*screen.findChildren(QLineEdit), *screen.findChildren(QPlainTextEdit)]
        assert edits
        shown = {e.objectName() or type(e).__name__: e.placeholderText() for e in edits
                 if e.placeholderText()}
        assert not shown, shown


def test_ctrl_n_opens_the_new_session_with_the_keyboard_on_its_first_field(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "bo-phieu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialogs.items.append("Bỏ phiếu tín nhiệm trong hệ thống chính trị (theo quy định của Đảng) "
                         "[party-vote]")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.workspace is not None and window.controller is not None
    assert window.controller.path == target.with_suffix(".tinnhiem")
    assert _focus() is window.workspace.session_screen.edits["title"]
    # A vote: its first ballot type is named as a vote's.
    assert [bt.name for bt in window.controller.session.ballot_types()] == [
        "Phiếu bỏ phiếu tín nhiệm"]
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert _focus() is window.workspace.officials_screen.name_edit  # the list is empty
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert _focus() is window.workspace.session_screen.edits["title"]


def test_enter_on_the_start_page_opens_the_selected_recent_file(
    qtbot: QtBot, dialogs: Dialogs, tmp_path: Path, font_family: str
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                           tmp_path / "data")
    older, newer = counted_session(tmp_path, name="cu.tinnhiem"), counted_session(tmp_path)
    settings.add_recent(older)
    settings.add_recent(newer)
    window = MainWindow(settings, Prompter(), font_family)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.start_page
    assert _focus() is page.recent_list and page.recent_list.currentRow() == 0
    qtbot.keyClick(page.recent_list, Qt.Key.Key_Down)  # the older one
    qtbot.keyClick(page.recent_list, Qt.Key.Key_Return)
    assert window.controller is not None and window.controller.path == older
    window.close_session()


def test_the_committee_adds_on_enter_and_warns_before_a_second_chair(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path
) -> None:
    screen = _session_screen(qtbot, window, session_path)
    box = screen.committee_box
    assert window.controller is not None
    committee = window.controller.session.committee

    def add(name: str, chair: bool) -> None:
        qtbot.keyClick(_focus(), Qt.Key.Key_H, ALT)  # "&Họ và tên:"
        assert _focus() is box.name_edit
        type_text(qtbot, box.name_edit, name)
        qtbot.keyClick(box.name_edit, Qt.Key.Key_V, ALT)  # "&Vai trò:"
        assert _focus() is box.role_combo
        if chair:
            qtbot.keyClick(box.role_combo, Qt.Key.Key_Home)  # Trưởng ban, first of the list
        qtbot.keyClick(box.role_combo, Qt.Key.Key_Return)  # Enter on the role adds too

    add("Lê Quang Hưng", chair=True)
    add("Đặng Thị Ngọc Thịnh", chair=False)  # the role went back to Ủy viên by itself
    assert [(m.name, m.role) for m in committee()] == [
        ("Lê Quang Hưng", Role.CHAIR), ("Đặng Thị Ngọc Thịnh", Role.MEMBER)]

    add("Trần Thị Ánh Tuyết", chair=True)
    assert len(committee()) == 2  # not added yet: warned
    assert box.message_label.isVisible()
    assert "đã có Trưởng ban: Lê Quang Hưng" in box.message_label.text()
    assert not dialogs.warnings
    qtbot.keyClick(box.role_combo, Qt.Key.Key_Return)  # Enter again: really a second chair
    assert [m.role for m in committee()] == [Role.CHAIR, Role.MEMBER, Role.CHAIR]
    assert not box.message_label.isVisible()


def test_counts_are_typed_straight_into_the_ballot_types_table(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path
) -> None:
    screen = _session_screen(qtbot, window, session_path)
    assert window.controller is not None
    types = screen.types_box
    view = types.view
    view.setFocus()
    view.setCurrentIndex(types.model.index(0, 0))
    for figure in ("30", "1", "29"):  # issued, spoiled, collected: no F2, no double-click
        qtbot.keyClick(_focus(), Qt.Key.Key_Right)
        _type_and_leave(qtbot, figure, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: _focus() is view)  # the editor commits on the next turn
    acc = window.controller.session.ballot_types()[0].accounting
    assert (acc.issued, acc.spoiled, acc.collected) == (30, 1, 29)

    _type_and_leave(qtbot, "٢٩", Qt.Key.Key_Return)  # other digits: refused, not read
    qtbot.waitUntil(lambda: _focus() is view)
    qtbot.wait(1)
    assert window.controller.session.ballot_types()[0].accounting.collected == 29
    assert types.message_label.isVisible()
    assert "chỉ gõ chữ số 0–9" in types.message_label.text() and not dialogs.warnings
    assert window.workspace is not None
    window.show_screen(SESSION)
