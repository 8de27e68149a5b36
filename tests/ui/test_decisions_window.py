"""The committee's decisions in the window (issue 12), by keyboard: F9 sets the ballot in hand
aside with a note, the committee decides it (marks typed with the entry keys, or invalid with a
reason), a spot-check is drawn and each paper compared; finalising is refused for the quorum, NQ 85
delegates and undecided ballots. Every flow is checked in the file (through Session) and, for
what the minutes print, in the PDF read back."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.model import ElectingBodySetting
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.dialogs.decisions_dialog import SetAsideDialog, SpotCheckDialog
from tinnhiem_desktop.ui.dialogs.finalise_dialog import FinaliseDialog
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.models.decision_models import DrawnModel, DrawnRow, HeldModel
from tinnhiem_desktop.ui.workspace import ENTRY, RESULTS, SESSION

from ..reports.pdfread import all_text
from .builders import BALLOTS, ModalAnswer, counted_session
from .conftest import NAMES, Dialogs
from .keys import type_text

NOTE = "Dấu không rõ ở dòng 3, tẩy xóa"
REASON = "Phiếu có ghi thêm chữ ký"
DIFFERENCE = "Dòng 2 trên giấy là 3, bản ghi là 1"


def _type_note(qtbot: QtBot, text: str) -> ModalAnswer:
    """Answer the note box by keys: type ``text``, Enter."""

    def answer(dialog: QDialog) -> None:
        edit = dialog.findChild(QLineEdit)
        assert edit is not None and edit.hasFocus()
        type_text(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    return ModalAnswer(answer, QInputDialog)


def _escape_note(qtbot: QtBot) -> ModalAnswer:
    def answer(dialog: QDialog) -> None:
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        type_text(qtbot, edit, "sẽ bỏ")
        qtbot.keyClick(edit, Qt.Key.Key_Escape)

    return ModalAnswer(answer, QInputDialog)


def _back_to(qtbot: QtBot, window: QWidget) -> None:
    """The window has the keyboard again after a modal box closed (its shortcuts need it; the
    offscreen platform does not give it back by itself)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _labels(dialog: QDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_f9_sets_the_ballot_in_hand_aside_and_entry_goes_on(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, collected=10, recorded=8)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    assert entry.number_label.text() == "PHIẾU SỐ 9"
    for key in "12":  # half-typed: the paper goes aside as it is, under its number
        qtbot.keyClick(entry.paper_view, key)

    # Esc in the note: nothing changes, the marks typed stay.
    cancel = _escape_note(qtbot)
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F9)
    cancel.check()
    _back_to(qtbot, window)
    assert entry.paper.marks()[:2] == ["1", "2"]
    assert entry.number_label.text() == "PHIẾU SỐ 9"
    with Session.open(path, readonly=True) as s:
        assert s.set_aside_ballots() == []
        log_length = len(s.log())

    note = _type_note(qtbot, NOTE)
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F9)
    note.check()
    _back_to(qtbot, window)
    assert dialogs.warnings == []
    # The read-back, the counter and the heading tell the truth.
    assert entry.readback.title_text() == "ĐỂ RIÊNG — phiếu số 9"
    assert entry.readback.overflows() == []
    assert entry.readback.body_text() == (
        "Phiếu số 9 để riêng chờ Ban kiểm phiếu quyết định; chưa tính vào kết quả.\n"
        f"Ghi chú: {NOTE}")
    assert entry.number_label.text() == "PHIẾU SỐ 10"
    assert entry.progress_label.text() == "Đã nhập 8 / thu về 10\nđể riêng: 1"
    assert "để riêng chờ Ban kiểm phiếu quyết định" in entry.message_label.text()
    assert window.status.count_label.text() == "đã nhập 8 / thu về 10, để riêng 1"
    assert entry.paper.is_blank() and entry.paper_view.hasFocus()
    with Session.open(path, readonly=True) as s:
        held = s.set_aside_ballots()
        assert [(h.number, h.note) for h in held] == [(9, NOTE)]
        assert s.recorded_count(s.ballot_type().id) == 8
        assert len(s.log()) == log_length + 1

    # Entry continues with the next number; then the stack is full (8 + 1 recorded + 1 aside).
    for key in "12312":
        qtbot.keyClick(entry.paper_view, key)
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Return)
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 10"
    assert entry.number_label.text() == "Đã nhập đủ 9/10 phiếu thu về"
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F9)
    assert "không nhập thêm" in entry.message_label.text()
    with Session.open(path, readonly=True) as s:
        assert [b.number for b in s.active_ballots(s.ballot_type().id)] == [*range(1, 9), 10]
        assert [h.number for h in s.set_aside_ballots()] == [9]


def test_the_committee_decides_set_aside_ballots_by_keys(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, collected=10, recorded=8)
    with Session.open(path) as s:
        t = s.ballot_type().id
        s.set_aside(t, NOTE)
        s.set_aside(t, "Có chữ viết thêm")
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(RESULTS)
    results = window.workspace.results_screen
    assert results.decide_button.text() == "Phiếu chờ quyết định (2)…"
    dialogs.questions += [True, True]
    dialogs.items += [REASON]

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, SetAsideDialog)
        assert [h.number for h in dialog.model.rows] == [9, 10]
        assert dialog.current() is not None and dialog.current().number == 9
        edit = dialog.marks_edit
        assert edit.hasFocus()
        for key in ("1", "2", "q", Qt.Key.Key_Space, "x"):  # q: refused, Space: no mark
            qtbot.keyClick(edit, key)
        assert edit.text() == "120x"
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # one row short: said, nothing asked
        assert "Còn 1 dòng" in dialog.message.text() and dialogs.asked == []
        qtbot.keyClick(edit, "3")
        qtbot.keyClick(edit, "1")  # a sixth mark for five officials: refused
        assert edit.text() == "120x3" and "Đã đủ các dòng" in dialog.message.text()
        assert f"5. {NAMES[4][0]}: Tín nhiệm thấp" in dialog.preview.text()
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert "phiếu số 9" in dialogs.asked[-1] and "HỢP LỆ" in dialogs.asked[-1]
        assert NOTE in dialogs.asked[-1]
        assert f"1. {NAMES[0][0]}: Tín nhiệm cao" in dialogs.asked[-1]
        assert [h.number for h in dialog.model.rows] == [10]
        assert "phiếu số 9" in dialog.message.text()
        qtbot.keyClick(edit, Qt.Key.Key_F8)  # invalid, with a reason
        assert "phiếu số 10" in dialogs.asked[-1] and "KHÔNG HỢP LỆ" in dialogs.asked[-1]
        assert REASON in dialogs.asked[-1]
        assert dialog.model.rowCount() == 0
        assert "Không còn phiếu nào" in dialog.message.text()
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)

    modal = ModalAnswer(decide, SetAsideDialog)
    qtbot.mouseClick(results.decide_button, Qt.MouseButton.LeftButton)
    modal.check()
    assert dialogs.warnings == []
    assert results.decide_button.text() == "Phiếu chờ quyết định…"

    with Session.open(path, readonly=True) as s:
        t = s.ballot_type().id
        assert s.set_aside_ballots() == []
        by_number = {b.number: b for b in s.active_ballots(t)}
        assert len(by_number) == 10
        assert by_number[9].marks == "120x3" and by_number[9].invalid_reason is None
        assert by_number[10].marks == "" and by_number[10].invalid_reason == REASON
        assert s.verify().ok
        text = all_text(render_minutes(s.results()))
    assert ("Phiếu số 9 (để riêng lúc") in text
    assert (f"lý do: {NOTE}): hợp lệ, ghi nhận: 1: tín nhiệm cao; 2: tín nhiệm; "
            "3: không đánh dấu; 4: nhiều dấu; 5: tín nhiệm thấp.") in text
    assert f"không hợp lệ toàn phiếu — {REASON}." in text
    # The entry screen's list and counter took the decided ballots.
    entry = window.workspace.entry_screen
    assert entry.ballot_list.rowCount() == 10
    assert entry.number_label.text() == "Đã nhập đủ 10/10 phiếu thu về"


def _expected_draw(seed: str, numbers: range, k: int) -> list[int]:
    """The draw as domain/decisions.py documents it for anyone to redo, written out here."""
    ranked = sorted(numbers, key=lambda n: hashlib.sha256(f"{seed}:{n}".encode()).hexdigest())
    return sorted(ranked[:k])


def test_a_spot_check_drawn_and_compared_by_keys_is_in_the_file_and_the_minutes(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path)
    drawn = _expected_draw("KT2026", range(1, len(BALLOTS) + 1), 3)
    assert window.open_path(path)
    dialogs.questions += [True]

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, SpotCheckDialog)
        assert dialog.k_spin.hasFocus() and not dialog.match_button.isEnabled()
        qtbot.keyClick(dialog.k_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.k_spin, "3")
        qtbot.keyClick(dialog.k_spin, Qt.Key.Key_Tab)
        assert dialog.seed_edit.hasFocus()
        qtbot.keyClicks(dialog.seed_edit, "KT2026")
        qtbot.keyClick(dialog.seed_edit, Qt.Key.Key_Return)
        assert "Bốc thăm 3 trong 8 phiếu" in dialogs.asked[-1]
        shown = dialog.draw_label.text()
        assert "mã bốc thăm KT2026" in shown
        assert shown.endswith(f"phiếu số {', '.join(map(str, drawn))}.")
        assert [r.number for r in dialog.model.rows] == drawn
        # The record of each drawn number, to read against its paper.
        assert dialog.model.data(dialog.model.index(0, 1)) == " ".join(
            BALLOTS[drawn[0] - 1])
        assert dialog.view.hasFocus() and dialog.current().number == drawn[0]
        # A button's Alt+letter clicks it after a short animation: wait for what it does.
        qtbot.keyClick(dialog.view, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.current().number == drawn[1])
        assert not dialog.advice.isVisible()
        note = _type_note(qtbot, DIFFERENCE)
        qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.advice.isVisible)
        note.check()
        _back_to(qtbot, dialog)
        assert "lần hai" in dialog.advice.text() and dialog.current().number == drawn[2]
        qtbot.keyClick(dialog.view, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialog.match_button.isEnabled())
        assert [dialog.model.finding(r) for r in dialog.model.rows] == [
            "khớp", f"khác: {DIFFERENCE}", "khớp"]
        qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)

    modal = ModalAnswer(check, SpotCheckDialog)
    window.spot_check_action.trigger()  # Kết quả → Kiểm tra xác suất…
    modal.check()
    assert dialogs.warnings == []

    with Session.open(path, readonly=True) as s:
        results = s.results()
        [spot] = results.spot_checks
        assert spot.check.seed == "KT2026" and list(spot.check.numbers) == drawn
        assert [(r.number, r.matches, r.note) for r in spot.results] == [
            (drawn[0], True, ""), (drawn[1], False, DIFFERENCE), (drawn[2], True, "")]
        assert "spot_check_difference" in {c.code.value for c in results.warnings}
        text = all_text(render_minutes(results))
    assert "mã bốc thăm KT2026" in text
    assert f"các phiếu số {', '.join(map(str, drawn))}:" in text
    assert f"+ Phiếu số {drawn[0]}: khớp với bản ghi." in text
    assert f"+ Phiếu số {drawn[1]}: KHÁC bản ghi — {DIFFERENCE}." in text

    # A difference is a warning: finalising asks for its explanation.
    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, FinaliseDialog) and not dialog.refused
        assert "spot_check_difference" in dialog.explanations
        assert "nên nhập lại lần hai" in _labels(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    modal = ModalAnswer(look, FinaliseDialog)
    window.finalise_action.trigger()
    modal.check()


def _refused_by_click(qtbot: QtBot, window: MainWindow, *expected: str) -> None:
    """Click Chốt kết quả on the results screen; the dialog refuses with ``expected`` texts;
    close it with its button."""
    assert window.workspace is not None
    window.show_screen(RESULTS)

    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, FinaliseDialog) and dialog.refused
        text = _labels(dialog)
        assert "CHƯA THỂ CHỐT KẾT QUẢ" in text
        for part in expected:
            assert part in text, part
        assert not dialog.by_edit.isVisible()
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    modal = ModalAnswer(close, FinaliseDialog)
    qtbot.mouseClick(window.workspace.results_screen.finalise_button,
                     Qt.MouseButton.LeftButton)
    modal.check()


def test_finalising_is_refused_below_the_party_quorum(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, summoned=30, present=19)
    assert window.open_path(path)
    _refused_by_click(qtbot, window, "(19/30)", "Quy định 96-QĐ/TW",
                      "sửa ở màn hình Phiên (Ctrl+1)")
    with Session.open(path, readonly=True) as s:
        assert s.finalised is None
    assert dialogs.infos == []


def test_finalising_is_refused_with_fewer_nq85_delegates_than_ballots(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = tmp_path / "nq85.tinnhiem"
    with Session.create(path, "state-nq85-2014", title="Kỳ họp thứ sáu",
                        total_delegates=6) as s:
        t = s.ballot_type().id
        s.set_candidates(t, NAMES)
        s.set_accounting(t, issued=8, collected=8)
        for marks in BALLOTS:
            s.record_ballot(t, marks)
    assert window.open_path(path)
    _refused_by_click(qtbot, window, "Tổng số đại biểu (6) ít hơn số phiếu thu về (8)",
                      "sửa tổng số đại biểu hoặc số phiếu thu về")
    with Session.open(path, readonly=True) as s:
        assert s.finalised is None


def test_finalising_is_refused_while_a_set_aside_ballot_is_undecided(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, recorded=len(BALLOTS) - 1)
    with Session.open(path) as s:
        s.set_aside(s.ballot_type().id, NOTE)
    assert window.open_path(path)
    _refused_by_click(qtbot, window, "Còn 1 phiếu để riêng chờ Ban kiểm phiếu quyết định "
                      "(phiếu số 8)", "Kết quả → Phiếu chờ quyết định…")
    with Session.open(path, readonly=True) as s:
        assert s.finalised is None


def test_the_electing_body_is_set_on_the_session_screen_by_keys(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = tmp_path / "qh.tinnhiem"
    Session.create(path, "state-nq96-2023", title="Kỳ họp thứ sáu").close()
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(SESSION)
    combo = window.workspace.session_screen.electing_combo
    assert combo.isVisible() and combo.currentData() == "auto"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    with Session.open(path, readonly=True) as s:
        assert s.info.electing_body is ElectingBodySetting.QUOC_HOI
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    with Session.open(path, readonly=True) as s:
        assert s.info.electing_body is ElectingBodySetting.HDND
        text = all_text(render_minutes(s.results()))
    assert "do Hội đồng nhân dân bầu" in text


def test_a_party_session_has_no_electing_body_and_f1_lists_f9(
    window: MainWindow, dialogs: Dialogs, session_path: Path
) -> None:
    assert window.open_path(session_path)
    assert window.workspace is not None
    window.show_screen(SESSION)
    assert not window.workspace.session_screen.electing_combo.isVisible()
    window.show_keys()
    assert "F9: để riêng phiếu đang nhập chờ Ban kiểm phiếu quyết định" in dialogs.infos[-1]


def test_the_decision_tables_are_sound_models(qtmodeltester: ModelTester, tmp_path: Path
                                              ) -> None:
    path = counted_session(tmp_path, collected=10, recorded=8)
    with Session.open(path) as s:
        t = s.ballot_type().id
        s.set_aside(t, NOTE)
        check = s.draw_spot_check(t, 2, "A1")
        s.record_spot_check(check.id, check.numbers[0], False, DIFFERENCE)
        held_rows = s.set_aside_ballots()
        ballots = {b.number: b for b in s.active_ballots(t)}
        [spot] = s.results().spot_checks
    held = HeldModel({t: "Phiếu"})
    held.set_rows(held_rows)
    qtmodeltester.check(held)
    assert held.data(held.index(0, 0)) == "9" and held.data(held.index(0, 3)) == NOTE
    found = {r.number: r for r in spot.results}
    drawn = DrawnModel()
    drawn.set_rows([DrawnRow(n, ballots.get(n), found.get(n)) for n in check.numbers])
    qtmodeltester.check(drawn)
    assert [drawn.data(drawn.index(i, 2)) for i in range(2)] == [
        f"khác: {DIFFERENCE}", "chưa đối chiếu"]


def test_f9_on_a_voided_ballot_being_typed_again_sets_it_aside_under_its_number(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, collected=10, recorded=8)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    dialogs.questions += [True]
    dialogs.texts += ["Nhập sai, nhập lại"]
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.readback.title_text() == "phiếu số 8 đã hủy — đang nhập lại"
    note = _type_note(qtbot, NOTE)
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F9)
    note.check()
    _back_to(qtbot, window)
    assert entry.readback.title_text() == "ĐỂ RIÊNG — phiếu số 8"
    assert entry.mode_label.isHidden() and entry.number_label.text() == "PHIẾU SỐ 9"
    with Session.open(path, readonly=True) as s:
        assert [h.number for h in s.set_aside_ballots()] == [8]
        assert s.recorded_count(s.ballot_type().id) == 7


def test_f9_is_refused_once_finalised(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path, summoned=None, present=None)
    with Session.open(path) as s:
        s.finalise("Lê Quang Hưng", {w.code.value: "Đã đối chiếu." for w in s.results().warnings})
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F9)  # no note asked: a box would show here
    assert "đã chốt" in entry.message_label.text()
    assert not window.decide_action.isEnabled() and not window.spot_check_action.isEnabled()
    with Session.open(path, readonly=True) as s:
        assert s.set_aside_ballots() == []
