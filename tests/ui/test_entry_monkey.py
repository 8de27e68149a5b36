"""Random keys on the entry screen, as a tired recorder might press them: marks, codes that do
not exist, Enter on a half-filled ballot, Backspace, arrows, the list (F6) and Delete on it (void
and re-enter), F8 (wholly invalid), F9 (set aside), Tab and Escape — with every question answered
at random (yes or no, a reason or none, cancelled). Nothing may crash, the window must always
show the count the file holds, and the file must verify at the end with that count.

Bounded for the default suite (three seeds of 1,500 keys, a few seconds). A longer exploratory
run: ``MONKEY_SEEDS=12 MONKEY_KEYS=4000`` (48,000 keys, about 2,000 ballots: no fault found).
"""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.services.session import Session, verify_file
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY

from .builders import EveryModal, counted_session, uncaught
from .conftest import Dialogs

SEEDS = int(os.environ.get("MONKEY_SEEDS", "3"))
KEYS_PER_RUN = int(os.environ.get("MONKEY_KEYS", "1500"))

K = Qt.Key
NO_TEXT = ""
KEYS: list[tuple[Qt.Key, str]] = (
    [(K.Key_1, "1"), (K.Key_2, "2"), (K.Key_3, "3")] * 6
    + [(K.Key_0, "0"), (K.Key_X, "x"), (K.Key_X, "X"), (K.Key_Space, " "), (K.Key_4, "4"),
       (K.Key_9, "9"), (K.Key_A, "a")]
    + [(K.Key_Return, NO_TEXT)] * 5
    + [(key, NO_TEXT) for key in (
        K.Key_Enter, K.Key_Backspace, K.Key_Backspace, K.Key_Delete, K.Key_Escape, K.Key_Up,
        K.Key_Down, K.Key_Home, K.Key_End, K.Key_Tab, K.Key_Backtab, K.Key_F6, K.Key_F6,
        K.Key_F8, K.Key_F9, K.Key_PageUp, K.Key_PageDown, K.Key_Left, K.Key_Right)]
)


@pytest.mark.parametrize("seed", range(SEEDS))
def test_random_keys_on_the_entry_screen_never_crash_and_the_file_agrees(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, seed: int,
) -> None:
    rng = random.Random(seed)
    errors = uncaught(monkeypatch)
    # F9's note box (a dialog of its own): a note, an empty one (refused), or cancelled.
    monkeypatch.setattr(Prompter, "note",
                        lambda self, *a, **k: rng.choice([None, "", "dấu mờ ở dòng 2"]))

    def get_item(parent: object, title: str, label: str, items: list[str], *a: Any,
                 **k: Any) -> tuple[str, bool]:
        dialogs.asked.append(label)
        return ("", False) if rng.random() < 0.3 else (rng.choice(list(items)), True)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    dialogs.questions.extend(rng.random() < 0.5 for _ in range(KEYS_PER_RUN))
    dialogs.texts.extend(rng.choice([None, "", "ghi nhầm"]) for _ in range(KEYS_PER_RUN))
    path = counted_session(tmp_path, collected=400, recorded=3)
    assert window.open_path(path)
    assert window.workspace is not None and window.controller is not None
    entry, controller = window.workspace.entry_screen, window.controller
    type_id = controller.session.ballot_type().id
    # Any other dialog is not scripted: it is closed and named, and the test fails saying which
    # instead of waiting for ever for a key it cannot send.
    unexpected: list[str] = []
    watch = EveryModal(lambda dialog: (
        unexpected.append(f"{type(dialog).__name__}: {dialog.windowTitle()}"), dialog.reject()))
    try:
        for pressed in range(KEYS_PER_RUN):
            focus = QApplication.focusWidget()
            # Tab and the list wander off: the recorder comes back to the ballot now and then.
            if (rng.random() < 0.05 or focus is None or not entry.isAncestorOf(focus)
                    or window.workspace.currentIndex() != ENTRY):
                window.show_screen(ENTRY)
                entry.paper_view.setFocus()
            key, text = rng.choice(KEYS)
            shift = Qt.KeyboardModifier.ShiftModifier if text == "X" else \
                Qt.KeyboardModifier.NoModifier
            qtbot.keyClick(QApplication.focusWidget() or window, key, shift)
            assert not errors and not unexpected, (pressed, errors, unexpected)
            if pressed % 50 == 0:
                assert (controller.progress(type_id).recorded
                        == controller.session.recorded_count(type_id))
    finally:
        watch.stop()
    recorded = controller.session.recorded_count(type_id)
    assert recorded > 3 + KEYS_PER_RUN // 40, "too few ballots recorded to have tried much"
    window.close_session()
    report = verify_file(path)
    assert report.ok, report.problems
    with Session.open(path, readonly=True) as s:
        assert s.recorded_count(type_id) == recorded
