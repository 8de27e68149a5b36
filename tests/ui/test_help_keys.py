"""F1 lists every key of ballot entry — on the paper ballot, in the ballot list (F6), and the
window's — in both languages, and the list is held against what the keys really do: every key the
entry screen acts on is in the box, and every key in the box does what the box says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.ui.dialogs.help import HelpBoxes, KeySection
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.i18n import install_translators
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.screens.entry_screen import EntryScreen
from tinnhiem_desktop.ui.settings import AppSettings
from tinnhiem_desktop.ui.workspace import ENTRY

from .conftest import Dialogs
from .entry_sessions import entry_session

K = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
Combo = tuple[Qt.Key, Qt.KeyboardModifier]

PLAIN_KEYS: list[Qt.Key] = [
    *(K(int(K.Key_0) + d) for d in range(10)),
    *(K(int(K.Key_A) + c) for c in range(26)),
    K.Key_Space, K.Key_Backspace, K.Key_Delete, K.Key_Insert, K.Key_Up, K.Key_Down,
    K.Key_Left, K.Key_Right, K.Key_Home, K.Key_End, K.Key_PageUp, K.Key_PageDown,
    K.Key_Return, K.Key_Enter, K.Key_Escape,
    *(K(int(K.Key_F2) + f) for f in range(11)),  # F2 … F12 (F1 is this box itself)
]
"""Every key without a modifier a recorder could press on the entry screen."""


def _combo(sequence: QKeySequence | str) -> Combo:
    combination = QKeySequence(sequence)[0]
    return combination.key(), combination.keyboardModifiers()


def _keys(section: KeySection) -> set[Combo]:
    return {_combo(name) for row in section.rows for name in row.keys}


def _sections() -> dict[str, KeySection]:
    paper, ballot_list, window = HelpBoxes(Prompter()).key_sections()
    return {"paper": paper, "list": ballot_list, "window": window}


def _open(window: MainWindow, path: Path) -> EntryScreen:
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    return window.workspace.entry_screen


@pytest.fixture(autouse=True)
def _note_box_declined(monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    """The set-aside key (F9) opens a note box of its own (tests/ui/test_decisions_window.py
    answers it by keys): here it is asked, recorded like every question, and cancelled."""

    def note(self: Prompter, parent: object, title: str, label: str) -> None:
        dialogs.asked.append(label)

    monkeypatch.setattr(Prompter, "note", note)


def _decline_every_question(dialogs: Dialogs) -> None:
    """A key that asks something is seen to act; the answer is always no."""
    dialogs.questions[:] = [False] * 3
    dialogs.texts[:] = [None] * 3
    dialogs.items[:] = [None] * 3


def _paper_state(window: MainWindow, entry: EntryScreen, dialogs: Dialogs) -> tuple[Any, ...]:
    """What a key on the paper ballot can change (a refusal message is not a change)."""
    assert window.controller is not None and window.workspace is not None
    return (entry.paper.marks(), entry.paper.current, entry.readback.title_text(),
            entry.number_label.text(), QApplication.focusWidget(), len(dialogs.asked),
            len(dialogs.infos), window.workspace.currentIndex(), window.font().pointSizeF(),
            len(window.controller.session.voids()), entry.ballot_list.rowCount())


def _to_state(qtbot: QtBot, window: MainWindow, entry: EntryScreen, dialogs: Dialogs,
              state: str) -> None:
    """Bring the paper ballot to ``state``: two rows typed, all typed, or re-entering."""
    window.show_screen(ENTRY)
    entry.focus_ballot()
    reentering = "đang nhập lại" in entry.readback.title_text()
    if state == "reentry":
        if not reentering:
            entry.paper.clear()  # a reset between keys, not a key under test
            dialogs.questions[:] = [True]
            dialogs.texts[:] = ["Nhập sai"]
            qtbot.keyClick(entry.paper_view, K.Key_Z, CTRL)
        assert "đang nhập lại" in entry.readback.title_text()
        return
    if reentering:
        qtbot.keyClick(entry.paper_view, K.Key_Escape)
    entry.paper.clear()
    qtbot.keyClicks(entry.paper_view, "12" if state == "partial" else "12x03")


def test_every_key_the_paper_ballot_acts_on_is_in_the_box_and_back(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, collected=40, recorded=3))
    sections = _sections()
    acted: set[Combo] = set()
    for state in ("partial", "complete", "reentry"):
        for key in PLAIN_KEYS:
            _to_state(qtbot, window, entry, dialogs, state)
            _decline_every_question(dialogs)
            before = _paper_state(window, entry, dialogs)
            qtbot.keyClick(entry.paper_view, key)
            if _paper_state(window, entry, dialogs) != before:
                acted.add((key, NONE))
    # The screen's own shortcuts (Ctrl+Z, F6, F8) act too.
    acted |= {_combo(s) for action in entry.actions() for s in action.shortcuts()}
    named = _keys(sections["paper"])
    assert acted - named - _keys(sections["window"]) == set(), "acts but not in F1"
    assert named - acted == set(), "in F1 but does nothing on the paper ballot"
    window.close_session()


def _list_state(window: MainWindow, entry: EntryScreen, dialogs: Dialogs) -> tuple[Any, ...]:
    assert window.controller is not None
    return (entry.list_view.currentIndex().row(), QApplication.focusWidget(), len(dialogs.asked),
            len(window.controller.session.voids()), entry.paper.marks())


def _middle_of_the_list(qtbot: QtBot, entry: EntryScreen) -> None:
    """F6 from the paper ballot (the list opens on the last ballot), then two up."""
    entry.focus_ballot()
    qtbot.keyClick(entry.paper_view, K.Key_F6)
    assert entry.list_view.hasFocus()
    for _ in range(2):
        qtbot.keyClick(entry.list_view, K.Key_Up)


def test_every_key_the_ballot_list_acts_on_is_in_the_box_and_back(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, collected=40, recorded=30))
    acted: set[Combo] = set()
    interval = QApplication.keyboardInputInterval()
    # Each key a search of its own: typed digits would otherwise run on as one number.
    QApplication.setKeyboardInputInterval(0)
    try:
        for key in PLAIN_KEYS:
            _middle_of_the_list(qtbot, entry)
            _decline_every_question(dialogs)
            before = _list_state(window, entry, dialogs)
            qtbot.wait(3)
            qtbot.keyClick(entry.list_view, key)
            if _list_state(window, entry, dialogs) != before:
                acted.add((key, NONE))
    finally:
        QApplication.setKeyboardInputInterval(interval)
    # The screen's shortcuts (F8, Ctrl+Z, F6) work from the list too.
    acted |= {_combo(s) for action in entry.actions() for s in action.shortcuts()}
    named = _keys(_sections()["list"])
    assert acted - named == set(), "acts but not in F1"
    # No ballot number starts with 0: 0 only goes on with a number (2, 0: ballot 20, below).
    assert named - acted == {(K.Key_0, NONE)}, "in F1 but does nothing in the ballot list"
    window.close_session()


def test_the_list_keys_do_what_the_box_says(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, collected=40, recorded=30))
    view = entry.list_view

    def highlighted() -> int:
        return int(entry.ballot_list.ballot_at(view.currentIndex().row()).number)

    qtbot.keyClick(entry.paper_view, K.Key_F6)
    assert highlighted() == 30  # opens on the most recent ballot
    qtbot.keyClick(view, K.Key_Up)
    assert highlighted() == 29
    qtbot.keyClick(view, K.Key_Down)
    assert highlighted() == 30
    qtbot.keyClick(view, K.Key_Home)
    assert highlighted() == 1
    qtbot.keyClick(view, K.Key_PageDown)
    page = highlighted()
    assert page > 2
    qtbot.keyClick(view, K.Key_PageUp)
    assert highlighted() == 1
    qtbot.keyClick(view, K.Key_End)
    assert highlighted() == 30
    qtbot.keyClicks(view, "20")  # a ballot number, typed
    assert highlighted() == 20
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new number
    qtbot.keyClicks(view, "12")
    assert highlighted() == 12
    dialogs.questions.append(False)
    qtbot.keyClick(view, K.Key_Delete)
    assert "phiếu số 12 " in dialogs.asked[-1]  # asks about that ballot; no: nothing voided
    assert window.controller is not None and not window.controller.session.voids()
    qtbot.keyClick(view, K.Key_Escape)
    assert entry.paper_view.hasFocus()
    qtbot.keyClick(entry.paper_view, K.Key_F6)
    qtbot.keyClick(view, K.Key_F6)
    assert entry.paper_view.hasFocus()
    window.close_session()


def _menu(window: MainWindow, index: int) -> list[QAction]:
    menu = window.menuBar().actions()[index].menu()
    assert menu is not None
    return [a for a in menu.actions() if a.shortcuts()]


def test_the_window_keys_in_the_box_are_the_view_and_help_menus_keys(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    actions = _menu(window, titles.index("&Xem")) + _menu(window, titles.index("T&rợ giúp"))
    keys = {_combo(s) for action in actions for s in action.shortcuts()}
    assert keys == _keys(_sections()["window"])


def test_f1_shows_every_line_of_the_box(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs
) -> None:
    qtbot.keyClick(window, K.Key_F1)
    text = dialogs.infos[-1]
    for section in _sections().values():
        assert section.title.upper() in text
        for row in section.rows:
            assert row.line() in text
    for words in ("Trên lá phiếu", "danh sách phiếu (F6)", "PgUp / PgDn", "Home / End",
                  "Delete", "Esc", "Backspace", "Cách", "Ctrl+Z", "F8"):
        assert words.lower() in text.lower(), words


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    assert translators
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_box_in_english(
    qtbot: QtBot, english: None, dialogs: Dialogs, tmp_path: Path, font_family: str
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                           tmp_path / "data")
    window = MainWindow(settings, Prompter(), font_family)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, K.Key_F1)
    text = dialogs.infos[-1]
    for line in ("ON THE PAPER BALLOT", "IN THE BALLOT LIST (F6)", "WINDOW",
                 "0 or Space: no mark (row invalid) and move down",
                 "Up / Down: previous / next ballot (the list opens on the most recent ballot)",
                 "PgUp / PgDn: up / down one page", "Home / End: first / most recent ballot",
                 "Type a ballot number: go to that ballot (type the digits together)",
                 "Esc or F6: back to the paper ballot"):
        assert line in text
    assert not set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ") & set(text.lower())
