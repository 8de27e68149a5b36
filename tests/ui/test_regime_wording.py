"""In a confidence vote (bỏ phiếu tín nhiệm) the window never speaks of a poll (lấy phiếu), and
the entry hint names the vote's keys: 1 2, not 1 2 3."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.services.regimes import shipped_regimes
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.core_texts import RegimeHints
from tinnhiem_desktop.ui.main_window import MainWindow

from .conftest import Dialogs
from .entry_sessions import entry_session
from .visible import visible_texts

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(("regime", "keys"), [
    ("party-qd96-2023", "1 2 3: "), ("state-nq96-2023", "1 2 3: "),
    ("state-vote-nq96-2023", "1 2: "), ("party-vote", "1 2: "),
])
def test_the_entry_hint_names_the_keys_of_the_regime(regime: str, keys: str) -> None:
    hint = RegimeHints().entry_hint(shipped_regimes()[regime])
    assert hint.startswith(keys + "đánh dấu và xuống dòng")
    assert "F8: cả phiếu không hợp lệ" in hint


def test_a_vote_session_never_says_poll(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = tmp_path / "bo-phieu.tinnhiem"
    Session.create(path, "party-vote", summoned=30, present=19).close()
    assert window.open_path(path)
    assert window.workspace is not None
    seen = []
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4):  # entry: the other engineer's
        qtbot.keyClick(window, key, CTRL)
        seen += [(where, text) for where, text in visible_texts(window.workspace)]
    assert window.workspace.tabText(1) == "2 · Người được bỏ phiếu tín nhiệm"
    assert window.screen_actions[1].text() == "&2 Người được bỏ phiếu tín nhiệm"
    texts = [text for _, text in seen]
    assert any("Bỏ phiếu tín nhiệm đối với:" in t for t in texts)  # the session form
    assert any("Chưa có người được bỏ phiếu tín nhiệm." in t for t in texts)  # a check
    assert any("tiến hành bỏ phiếu." in t for t in texts)  # the quorum warning
    # The legal basis is a document's own title (QĐ 96 is "về việc lấy phiếu tín nhiệm …"):
    # quoted as it is, it is not the app calling the vote a poll.
    title = window.controller.session.regime.legal_basis
    assert "lấy phiếu" in title
    poll = [(where, text) for where, text in seen if "lấy phiếu" in text.replace(title, "").lower()]
    assert not poll, poll


def test_the_vote_entry_screen_names_only_the_votes_keys(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = entry_session(tmp_path, officials=3, collected=10, recorded=1, regime="party-vote")
    assert window.open_path(path)
    assert window.workspace is not None
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the entry screen, by keyboard
    entry = window.workspace.entry_screen
    assert entry.isVisible() and entry.paper_view.hasFocus()
    # The hint names 1 and 2 only (it once said "1 2 3" whatever the regime).
    assert entry.keys_label.text().startswith("1 2: đánh dấu và xuống dòng")
    assert "1 2 3" not in entry.keys_label.text()
    texts = [text for _, text in visible_texts(window.workspace)]
    texts += [entry.keys_label.text(), entry.readback.title_text(), entry.readback.body_text()]
    assert not [t for t in texts if "lấy phiếu" in t.lower()]
    assert "Tín nhiệm" in entry.readback.body_text()  # the vote's level names
    qtbot.keyClick(entry.paper_view, "3")  # not a mark in a vote: refused, nothing entered
    assert entry.paper.is_blank()
    assert "1 2" in entry.message_label.text()
    qtbot.keyClicks(entry.paper_view, "121")
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Return)
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 2"
    assert "Không tín nhiệm" in entry.readback.body_text()
