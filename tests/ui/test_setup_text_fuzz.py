"""Random text into the set-up screens, typed a character at a time or pasted (Ctrl+V): the
session's fields (title, body, date, numbers…) and the officials' name and position, the list
pasted from "Excel" (any lines), rows deleted and moved — with control characters, zero-width and
bidi marks, decomposed accents, other scripts' digits, full-width digits, 300-character runs.
Every preview is accepted or refused at random. Nothing may crash, and the file must verify.

Bounded for the default suite (two seeds, 100 steps on each screen). An exploratory run of three
seeds × 200 steps found no fault.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.services.session import verify_file
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import OFFICIALS, SESSION

from .builders import EveryModal, counted_session, uncaught
from .conftest import Dialogs
from .keys import send_text

SEEDS = int(os.environ.get("FUZZ_SEEDS", "2"))
STEPS = int(os.environ.get("FUZZ_STEPS", "100"))

ALPHABET = (
    "0123456789 ,.-/:;()[]\"'\\\t"
    "abcxyzÀÁẢÃẠăâđêôơưẮẰỀ"
    "\u0301\u0300\u200b\u00a0\ufeff\u202e\x00\x07\n\r"  # combining, invisible, control
    "𝟘𝟙٣۴１２３"  # digits of other scripts, full width
)


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.choice([0, 1, 2, 5, 12, 40, 300])))


def _type(qtbot: QtBot, widget: QWidget, text: str, rng: random.Random) -> None:
    """Pasted (Ctrl+V), or a key event per character as a keyboard with an input method sends
    them (QTest's key clicks take ASCII only)."""
    if rng.random() < 0.4:
        QGuiApplication.clipboard().setText(text)
        qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        return
    send_text(widget, text)


@pytest.mark.parametrize("seed", range(SEEDS))
def test_random_text_in_the_set_up_screens_never_crashes(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, seed: int,
) -> None:
    rng = random.Random(seed)
    errors = uncaught(monkeypatch)
    dialogs.questions.extend(rng.random() < 0.5 for _ in range(4 * STEPS))
    dialogs.texts.extend(_text(rng) for _ in range(4 * STEPS))
    previews: list[str] = []

    def answer(dialog: QDialog) -> None:  # the paste preview is a dialog of its own
        previews.append(type(dialog).__name__)
        (dialog.accept if rng.random() < 0.6 else dialog.reject)()

    watch = EveryModal(answer)
    path = counted_session(tmp_path, collected=40, recorded=0)
    assert window.open_path(path)
    assert window.workspace is not None
    try:
        window.show_screen(SESSION)
        fields = [e for e in window.workspace.session_screen.findChildren(QLineEdit)
                  if e.isVisible() and e.isEnabled()]
        assert len(fields) >= 4
        for step in range(STEPS):
            field = rng.choice(fields)
            field.setFocus()
            field.selectAll()
            _type(qtbot, field, _text(rng), rng)
            qtbot.keyClick(field, rng.choice([Qt.Key.Key_Return, Qt.Key.Key_Tab]))
            assert not errors, (step, errors)
        window.show_screen(OFFICIALS)
        officials = window.workspace.officials_screen
        for step in range(STEPS):
            roll = rng.random()
            if roll < 0.5:
                for edit in (officials.name_edit, officials.position_edit):
                    edit.setFocus()
                    edit.clear()
                    _type(qtbot, edit, _text(rng), rng)
                qtbot.keyClick(officials.name_edit, Qt.Key.Key_Return)
            elif roll < 0.7:
                QGuiApplication.clipboard().setText(
                    "\n".join(_text(rng) for _ in range(rng.randint(1, 6))))
                officials.paste()
            elif roll < 0.85:
                officials.view.setFocus()
                qtbot.keyClick(officials.view, rng.choice(
                    [Qt.Key.Key_Delete, Qt.Key.Key_Up, Qt.Key.Key_Down]))
            else:
                officials.move_selected(rng.choice([-1, 1]))
            assert not errors, (step, errors)
    finally:
        watch.stop()
    assert previews, "no paste reached its preview: the officials' part tried little"
    window.close_session()
    report = verify_file(path)
    assert report.ok, report.problems
