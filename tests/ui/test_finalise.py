"""Finalising (chốt kết quả) and addenda (đính chính) from the window, by keys and clicks: the
real dialogs, the real file; afterwards nothing but addenda can be written, and the status bar and
results say ĐÃ CHỐT with who, when and the fingerprint at finalising."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.fingerprint import group_hex, short_fingerprint
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.dialogs.finalise_dialog import (
    AddendumDialog,
    FinaliseAnswer,
    FinaliseDialog,
)
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.models.results_models import AddendaModel, ChecksModel
from tinnhiem_desktop.ui.workspace import ENTRY, OFFICIALS, RESULTS, SESSION

from .builders import BALLOTS, CHAIR, SECRETARY, ModalAnswer, counted_session
from .conftest import Dialogs
from .keys import type_text

EXPLANATION = "Vắng 10 người có lý do: đi công tác theo Quyết định của Thường trực Tỉnh ủy."
EXPLANATIONS = {
    "many_invalid_rows": "Ban kiểm phiếu đã đối chiếu lại từng phiếu: đúng như ghi.",
    "collected_lt_present": "Đã thu về đủ phiếu của những người bỏ phiếu; số còn lại không nộp.",
}
ADDENDUM = "Chức vụ của bà Đặng Thị Ngọc Thịnh ghi đúng là “Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy”."


def _finalise_by_keys(qtbot: QtBot) -> ModalAnswer:
    """Type the explanation, keep the chair as signer, tick "Tôi hiểu", click Chốt kết quả."""

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, FinaliseDialog) and not dialog.refused
        assert dialog.by_edit.text() == CHAIR  # the chair by default
        assert not dialog.ok_button.isEnabled()
        assert list(dialog.explanations) == list(EXPLANATIONS)
        for code, edit in dialog.explanations.items():  # Tab from one to the next
            assert edit.hasFocus(), code
            type_text(qtbot, edit, EXPLANATIONS[code])
            qtbot.keyClick(edit, Qt.Key.Key_Tab)
        assert dialog.by_edit.hasFocus()
        qtbot.keyClick(dialog.by_edit, Qt.Key.Key_Tab)
        assert not dialog.ok_button.isEnabled()  # not yet acknowledged
        check = dialog.findChild(QCheckBox)
        assert check is not None and check.hasFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return ModalAnswer(answer)


def test_finalise_from_the_results_button_then_everything_is_read_only(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path)
    assert window.open_path(path)
    assert window.workspace is not None and window.controller is not None
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    results = window.workspace.results_screen
    assert results.isVisible() and results.finalise_button.isVisible()
    assert not results.addendum_button.isVisible() and not results.closing_label.isVisible()

    modal = _finalise_by_keys(qtbot)
    qtbot.mouseClick(results.finalise_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert dialogs.infos and "Đã chốt kết quả" in dialogs.infos[-1]

    with Session.open(path, readonly=True) as s:
        fin = s.finalised
        report = s.verify()
    assert fin is not None and fin.by == CHAIR
    assert {a.code: a.explanation for a in fin.accepted} == EXPLANATIONS
    assert report.ok and report.finalised_hash is not None
    at_finalising = report.finalised_hash
    assert group_hex(at_finalising) in dialogs.infos[-1]

    # The status bar and the results screen say so, with who, when and the fingerprint.
    status = window.status
    assert status.state_label.isVisible()
    assert status.state_label.text().startswith("ĐÃ CHỐT") and CHAIR in status.state_label.text()
    assert short_fingerprint(at_finalising) in status.fingerprint_label.text()
    banner = results.closing_label.text()
    assert results.closing_label.isVisible() and "ĐÃ CHỐT KẾT QUẢ" in banner and CHAIR in banner
    assert group_hex(at_finalising) in banner
    shown = {results.checks_model.data(results.checks_model.index(r, 2))
             for r in range(results.checks_model.rowCount())}
    assert shown == set(EXPLANATIONS.values())
    assert not results.finalise_button.isVisible() and results.addendum_button.isVisible()
    assert not window.finalise_action.isEnabled() and window.addendum_action.isEnabled()

    # Entry refuses every key that would change something; nothing is recorded.
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    assert entry.lock_label.isVisible() and "ĐÃ CHỐT" in entry.number_label.text()
    for key in ("1", "x", Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_F8):
        qtbot.keyClick(entry.paper_view, key)
        assert "đã chốt" in entry.message_label.text()
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "đã chốt" in entry.message_label.text()
    assert entry.paper.is_blank()
    assert dialogs.questions == [] and dialogs.warnings == []  # refused without a modal box

    # Set-up and officials cannot be changed.
    window.show_screen(SESSION)
    session_screen = window.workspace.session_screen
    assert all(edit.isReadOnly() for edit in session_screen.edits.values())
    assert not session_screen.trial_check.isEnabled()
    assert not any(w.isEnabled() for w in session_screen.committee_box.edit_widgets)
    assert not session_screen.types_box.add_button.isEnabled()
    committee = session_screen.committee_box.model
    assert not committee.flags(committee.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    window.show_screen(OFFICIALS)
    officials = window.workspace.officials_screen
    assert officials.model.locked and "đã chốt" in officials.lock_label.text()
    assert not officials.name_edit.isEnabled()
    with Session.open(path, readonly=True) as s:
        assert s.recorded_count(s.ballot_type().id) == len(BALLOTS)
        assert s.fingerprint() == at_finalising


def test_finalising_is_refused_while_a_blocking_check_stands(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, collected=10, recorded=8)
    assert window.open_path(path)
    assert window.workspace is not None

    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, FinaliseDialog) and dialog.refused
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "CHƯA THỂ CHỐT" in text and "8/10" in text
        assert not dialog.findChildren(QPlainTextEdit)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    modal = ModalAnswer(close)
    window.finalise_action.trigger()  # the menu Kết quả → Chốt kết quả…
    modal.check()
    with Session.open(path, readonly=True) as s:
        assert s.finalised is None
    assert window.controller is not None and not window.controller.read_only
    assert dialogs.infos == []


def test_the_service_checks_again_what_the_dialog_sent(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dialog that let an empty explanation through would still be refused, with the reason."""
    path = counted_session(tmp_path)
    assert window.open_path(path)
    monkeypatch.setattr(Prompter, "finalise",
                        lambda self, parent, results, by: FinaliseAnswer(by, {}))
    assert window.workspace is not None
    assert not window.workspace.closing.finalise(window)
    assert dialogs.warnings and "giải trình" in dialogs.warnings[-1]
    with Session.open(path, readonly=True) as s:
        assert s.finalised is None


def test_addenda_from_the_menu_are_numbered_and_listed(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, summoned=None, present=None)
    with Session.open(path) as s:
        s.finalise(CHAIR, {w.code.value: "Đã đối chiếu." for w in s.results().warnings})
    assert window.open_path(path)
    assert window.workspace is not None and window.controller is not None
    # A finalised file opens on the results, read-only.
    assert window.workspace.currentIndex() == RESULTS
    results = window.workspace.results_screen
    assert not results.addenda_view.isVisible()

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, AddendumDialog)
        assert any("Đính chính số 1." in label.text() for label in dialog.findChildren(QLabel))
        assert dialog.by_edit.text() == CHAIR and not dialog.ok_button.isEnabled()
        type_text(qtbot, dialog.text_edit, ADDENDUM)
        dialog.by_edit.selectAll()
        type_text(qtbot, dialog.by_edit, SECRETARY)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    modal = ModalAnswer(write)
    window.addendum_action.trigger()
    modal.check()
    # Cancelled: nothing written.
    modal = ModalAnswer(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    qtbot.mouseClick(results.addendum_button, Qt.MouseButton.LeftButton)
    modal.check()
    # A second one, from the results screen's button.
    def second(dialog: QDialog) -> None:
        assert isinstance(dialog, AddendumDialog)
        assert any("Đính chính số 2." in label.text() for label in dialog.findChildren(QLabel))
        type_text(qtbot, dialog.text_edit, "Phiếu số 7 có chữ ký: vẫn hợp lệ.")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    modal = ModalAnswer(second)
    qtbot.mouseClick(results.addendum_button, Qt.MouseButton.LeftButton)
    modal.check()

    rows = [[results.addenda_model.data(results.addenda_model.index(r, c)) for c in range(3)]
            for r in range(results.addenda_model.rowCount())]
    assert rows == [["1", ADDENDUM, SECRETARY], ["2", "Phiếu số 7 có chữ ký: vẫn hợp lệ.", CHAIR]]
    assert results.addenda_view.isVisible()
    with Session.open(path, readonly=True) as s:
        addenda = s.results().addenda
        report = s.verify()
        finalised = s.finalised
    assert [(a.number, a.text, a.by) for a in addenda] == [(1, ADDENDUM, SECRETARY),
                                                          (2, rows[1][1], CHAIR)]
    assert report.ok and report.fingerprint != report.finalised_hash
    assert finalised is not None and finalised.by == CHAIR
    # The fingerprint at finalising stays what the minutes printed; the current one moved on.
    assert group_hex(report.finalised_hash or "") in results.closing_label.text()
    assert group_hex(report.fingerprint) in results.fingerprint_label.text()
    status = window.status.fingerprint_label.text()
    assert short_fingerprint(report.finalised_hash or "") in status
    assert short_fingerprint(report.fingerprint) in status
    assert dialogs.warnings == []


def test_addendum_refused_before_finalising(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    assert window.open_path(counted_session(tmp_path))
    assert not window.addendum_action.isEnabled()
    assert window.workspace is not None
    assert not window.workspace.closing.add_addendum(window)
    assert dialogs.warnings and "chưa chốt" in dialogs.warnings[-1]


def test_closing_models(qtmodeltester: object, tmp_path: Path) -> None:
    path = counted_session(tmp_path)
    with Session.open(path) as s:
        s.finalise(CHAIR, EXPLANATIONS)
        s.add_addendum(ADDENDUM, SECRETARY)
        results = s.results()
    checks = ChecksModel()
    checks.set_checks(results.checks, EXPLANATIONS)
    qtmodeltester.check(checks)  # type: ignore[attr-defined]
    assert checks.columnCount() == 3
    addenda = AddendaModel()
    addenda.set_rows(list(results.addenda))
    qtmodeltester.check(addenda)  # type: ignore[attr-defined]
    assert addenda.data(addenda.index(0, 3)).count("/") == 2
