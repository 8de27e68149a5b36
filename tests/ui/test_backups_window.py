"""Rolling copies from the window: made every 25 ballots beside the file, a failure shown in the
status bar without a modal box (the ballot is recorded regardless), new sessions included; and
"Lưu bản sao…" reports the verified copy's fingerprint."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.services.session import Session, shipped_regimes, verify_file
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.flows import copies
from tinnhiem_desktop.ui.long_task import SHOW_AFTER_MS
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY

from .builders import ModalAnswer, OnWorker, cancel_progress, counted_session
from .conftest import Dialogs


def _type_ballots(qtbot: QtBot, window: MainWindow, n: int) -> None:
    assert window.workspace is not None
    view = window.workspace.entry_screen.paper_view
    for _ in range(n):
        qtbot.keyClicks(view, "12312")
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_rolling_copies_and_a_failing_copy_never_stops_entry(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, collected=80, recorded=20, summoned=None, present=None)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    folder = path.with_name(path.stem + ".saoluu")
    assert str(folder) in window.workspace.session_screen.backup_label.text()

    _type_ballots(qtbot, window, 5)  # ballot 25: a copy, made once the screen shows the ballot
    rolling = window.workspace.controller.session.rolling_backup
    assert rolling is not None
    qtbot.waitUntil(lambda: not rolling.pending)
    copies = sorted(folder.glob("*.tinnhiem"))
    assert len(copies) == 1 and copies[0].name.endswith("-00025.tinnhiem")
    assert verify_file(copies[0]).ok
    assert "Đã sao lưu tự động" in window.status.currentMessage()

    # The folder becomes impossible to write (a file with its name): copy 50 fails.
    shutil.rmtree(folder)
    folder.write_text("không phải thư mục", encoding="utf-8")
    _type_ballots(qtbot, window, 25)
    qtbot.waitUntil(lambda: not rolling.pending)
    assert "phiếu số 50" in entry.readback.title_text()
    assert window.status.backup_label.isVisible()
    assert "Không tạo được bản sao lưu tự động" in window.status.backup_label.text()
    assert dialogs.warnings == [] and dialogs.infos == []  # no modal box in the recorder's way
    with Session.open(path, readonly=True) as s:
        assert s.recorded_count(s.ballot_type().id) == 50

    # Fixed: the next copy works and the red message goes.
    folder.unlink()
    _type_ballots(qtbot, window, 25)
    qtbot.waitUntil(lambda: not rolling.pending)
    assert not window.status.backup_label.isVisible()
    assert [p.name[-15:] for p in folder.glob("*.tinnhiem")] == ["-00075.tinnhiem"]


def test_new_session_gets_rolling_copies(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "phien-moi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    regime = shipped_regimes()["party-qd96-2023"]
    dialogs.items.append(f"{regime.name} [{regime.id}]")
    window.new_session()
    assert window.controller is not None
    assert window.controller.path == target.with_suffix(".tinnhiem")
    assert window.controller.backup_schedule == (25, 10)


def test_backup_folder_action(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(Prompter, "show_folder", lambda self, folder: opened.append(folder) or True)
    path = counted_session(tmp_path)
    assert window.open_path(path)
    folder = path.with_name(path.stem + ".saoluu")
    window.show_backup_folder()
    assert opened == [] and dialogs.infos and str(folder) in dialogs.infos[-1]
    folder.mkdir()
    window.show_backup_folder()
    assert opened == [folder]


def test_save_copy_by_keyboard_reports_the_fingerprint(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = counted_session(tmp_path)
    target = tmp_path / "ban-sao"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    copy = target.with_suffix(".tinnhiem")
    report = verify_file(copy)
    assert report.ok
    assert dialogs.infos and "nguyên vẹn" in dialogs.infos[-1]
    assert group_hex(report.fingerprint) in dialogs.infos[-1]
    assert window.controller is not None
    assert report.fingerprint == window.controller.session.fingerprint()


def test_the_copy_is_made_on_a_worker_and_a_cancelled_one_leaves_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy = OnWorker(monkeypatch, copies, "copy_file")
    path = counted_session(tmp_path)
    target = tmp_path / "ban-sao.tinnhiem"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert window.open_path(path)
    copy_keys = (Qt.Key.Key_S,
                 Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, *copy_keys)
    assert copy.off_the_gui_thread
    assert verify_file(target).ok and "nguyên vẹn" in dialogs.infos[-1]

    target.unlink()
    copy.slow = SHOW_AFTER_MS / 1000 + 0.6
    listing, shown = sorted(tmp_path.iterdir()), len(dialogs.infos)
    cancel = ModalAnswer(cancel_progress, QProgressDialog)
    qtbot.keyClick(window, *copy_keys)
    cancel.check()
    assert len(copy.threads) == 2
    assert sorted(tmp_path.iterdir()) == listing  # no copy, no partial copy
    assert len(dialogs.infos) == shown and dialogs.warnings == []


def test_a_worker_makes_the_copy_while_the_recorder_types_and_closing_waits(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, collected=300, recorded=20, summoned=None, present=None)
    assert window.open_path(path)
    assert window.workspace is not None and window.controller is not None
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    rolling = window.controller.session.rolling_backup
    assert rolling is not None and rolling.background
    rolling.step_pages, rolling.step_pause = 1, 0.004  # a copy that lasts while keys come
    rolling.quiet_at_most = 0.3  # these keys never pause: its write waits so long at most
    _type_ballots(qtbot, window, 5)  # ballot 25: a copy is due once the screen shows it
    qtbot.waitUntil(lambda: rolling.running)
    typed = 25
    while rolling.running:
        _type_ballots(qtbot, window, 1)
        typed += 1
        assert entry.readback.title_text() == f"ĐÃ GHI — phiếu số {typed}"
    assert typed > 25, "the copy ended before a ballot could be typed during it"
    qtbot.waitUntil(lambda: "Đã sao lưu tự động" in window.status.currentMessage())
    # The next copy, still being made when the window is closed: closing waits for it.
    while not rolling.running:
        _type_ballots(qtbot, window, 1)
        typed += 1
        if rolling.pending:
            qtbot.waitUntil(lambda: rolling.running)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.controller is None and not rolling.running
    folder = path.with_name(path.stem + ".saoluu")
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 and all(n.endswith(".tinnhiem") for n in names)
    assert all(verify_file(folder / n).ok for n in names)
    assert dialogs.warnings == [] and dialogs.questions == []
    with Session.open(path, readonly=True) as s:
        assert s.recorded_count(s.ballot_type().id) == typed
    with Session.open(folder / names[-1], readonly=True) as s:
        assert s.recorded_count(s.ballot_type().id) >= typed // 25 * 25


def test_a_copy_name_too_long_for_the_system_is_refused_in_words(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A name of 285 bytes (225 characters) reached the crash report as an OSError."""
    path = counted_session(tmp_path)
    target = tmp_path / ("Bản sao phiên họp " * 12)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert window.open_path(path)
    listing = sorted(tmp_path.iterdir())
    qtbot.keyClick(window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dialogs.warnings and "tên quá dài" in dialogs.warnings[-1]
    assert sorted(tmp_path.iterdir()) == listing
