"""Several files, one result, from the window (issue 13): a counting group's copy and a second,
blind pass made from the File menu, ballots typed in both, the passes compared and a difference
decided against the paper (written to the reference file as a void and re-entry); groups merged
into a session that opens; and the refusals, each a Vietnamese message."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.groups import (
    RECONCILE_REASON,
    CopyKind,
    Difference,
    Reading,
)
from tinnhiem_desktop.services.session import Session, copy_setup, shipped_regimes
from tinnhiem_desktop.ui.dialogs.comparison_dialog import ComparisonDialog
from tinnhiem_desktop.ui.dialogs.group_copy import GroupCopyDialog
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.models.comparison_models import (
    DifferenceRow,
    DifferencesModel,
    ReadingsModel,
)
from tinnhiem_desktop.ui.workspace import ENTRY, RESULTS

from ..reports.pdfread import all_text
from .builders import ModalAnswer, counted_session
from .conftest import NAMES, Dialogs
from .keys import type_text


def _action(window: MainWindow, text: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.text() == text]
    assert len(found) == 1, text
    return found[0]


def _type_ballots(qtbot: QtBot, window: MainWindow, ballots: list[str]) -> None:
    assert window.workspace is not None
    window.show_screen(ENTRY)
    view = window.workspace.entry_screen.paper_view
    for marks in ballots:
        qtbot.keyClicks(view, marks)
        qtbot.keyClick(view, Qt.Key.Key_Return)


def _active(path: Path) -> dict[int, tuple[str, str | None]]:
    with Session.open_to_view(path) as s:
        t = s.ballot_type().id
        return {b.number: (b.marks, b.invalid_reason) for b in s.active_ballots(t)}


def _save_as(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> list[str]:
    """Answer the next save dialogs with ``paths``; returns the default names offered."""
    offered: list[str] = []
    queue = list(paths)

    def ask(parent: object, title: str, start: str, *a: object, **kw: object
            ) -> tuple[str, str]:
        offered.append(start)
        return (str(queue.pop(0)), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return offered


def _choose(monkeypatch: pytest.MonkeyPatch, *answers: list[Path]) -> None:
    queue = list(answers)

    def ask(parent: object, title: str, *a: object, **kw: object) -> tuple[list[str], str]:
        return ([str(p) for p in queue.pop(0)], "")

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(ask))


# ---------------------------------------------------------------- the models, on data built here


def test_the_readings_side_by_side_name_each_official_and_the_level_in_words(
    qtbot: QtBot, qtmodeltester: object
) -> None:
    regime = shipped_regimes()["party-qd96-2023"]
    from tinnhiem_desktop.domain.model import Candidate

    officials = [Candidate(i + 1, name, title) for i, (name, title) in enumerate(NAMES)]
    differ = Difference("Phiếu lấy phiếu tín nhiệm", 1, 7,
                        (Reading("12312", None), Reading("1x302", None)))
    absent = Difference("Phiếu lấy phiếu tín nhiệm", 1, 9,
                        (Reading("", "Phiếu không đúng mẫu"), None))
    readings = ReadingsModel(regime, ["to-1.tinnhiem", "to-1-kiem-tra.tinnhiem"])
    readings.show(differ, officials)
    qtmodeltester.check(readings)  # type: ignore[attr-defined]
    shown = [[readings.index(r, c).data() for c in range(4)] for r in range(6)]
    assert shown == [
        ["", "Cả phiếu", "có phiếu", "có phiếu"],
        ["1", "Nguyễn Thị Việt Dung", "Tín nhiệm cao", "Tín nhiệm cao"],
        ["2", "Trần Thị Ánh Tuyết", "Tín nhiệm", "đánh nhiều ô"],
        ["3", "Phạm Ngọc Ẩn", "Tín nhiệm thấp", "Tín nhiệm thấp"],
        ["4", "Ưng Hoàng Phúc", "Tín nhiệm cao", "không đánh dấu"],
        ["5", "Đặng Thị Ngọc Thịnh", "Tín nhiệm", "Tín nhiệm"],
    ]
    bold = [bool(readings.index(r, 1).data(Qt.ItemDataRole.FontRole)) for r in range(6)]
    assert bold == [False, False, True, False, True, False]
    horizontal = Qt.Orientation.Horizontal
    assert [readings.headerData(c, horizontal) for c in (2, 3)] == ["Tệp 1 (gốc)", "Tệp 2"]
    assert readings.headerData(3, horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "to-1-kiem-tra.tinnhiem")

    readings.show(absent, officials)
    assert [readings.index(0, c).data() for c in (2, 3)] == [
        "không hợp lệ: Phiếu không đúng mẫu", "không có phiếu này"]
    assert readings.index(1, 2).data() == "—"

    rows = DifferencesModel({1: officials})
    rows.set_rows([DifferenceRow(differ), DifferenceRow(absent)])
    qtmodeltester.check(rows)  # type: ignore[attr-defined]
    assert [rows.index(0, c).data() for c in range(4)] == [
        "Phiếu lấy phiếu tín nhiệm", "7", "dấu của 2 người", "chưa quyết định"]
    assert rows.index(1, 2).data() == "có trong một số tệp"
    rows.decide(0, "giữ như tệp gốc")
    assert rows.next_undecided(0) == 1
    rows.decide(1, "giữ như tệp gốc")
    assert rows.next_undecided(0) is None


# ---------------------------------------------------------------- copies, compare, decide


def test_group_copy_and_second_pass_from_the_window_then_compare_and_decide(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = counted_session(tmp_path, recorded=0, name="phien.tinnhiem")
    assert window.open_path(source)

    # Tệp → Tạo bản cho tổ kiểm phiếu…: the label, the ballots handed, the file offered.
    def fill_group(dialog: QDialog) -> None:
        assert isinstance(dialog, GroupCopyDialog)
        qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)  # nothing typed yet: refused
        assert dialog.isVisible() and "Nhập tên tổ" in dialog.message.text()
        type_text(qtbot, dialog.label_edit, "Tổ 1")
        qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.ballots_edit, "4")
        assert dialog.path_edit.text() == str(tmp_path / "phien-to-1.tinnhiem")
        qtbot.keyClick(dialog.ballots_edit, Qt.Key.Key_Return)

    answer = ModalAnswer(fill_group)
    dialogs.questions = [True]  # open the new file now
    _action(window, "Tạo bản cho tổ &kiểm phiếu…").trigger()
    answer.check()
    group = tmp_path / "phien-to-1.tinnhiem"
    assert "Mở tệp này bây giờ?" in dialogs.asked[-1]
    assert window.controller is not None and window.controller.path == group
    origin = window.controller.copy_origin
    assert origin is not None and origin.kind is CopyKind.GROUP
    assert (origin.label, origin.ballots_handed) == ("Tổ 1", 4)
    assert "Tổ kiểm phiếu: Tổ 1 (được giao 4 phiếu)" in window.status.file_label.text()
    assert "Tổ 1" in window.windowTitle()
    _type_ballots(qtbot, window, ["12312", "11111", "33333"])

    # Tệp → Tạo lượt nhập kiểm tra…: blind, nothing of the first pass shows.
    second = tmp_path / "to-1-kiem-tra.tinnhiem"
    offered = _save_as(monkeypatch, second)
    dialogs.questions = [True]
    _action(window, "Tạo lượt nhập kiểm t&ra…").trigger()
    assert offered == [str(tmp_path / "phien-to-1-kiem-tra.tinnhiem")]
    assert window.controller is not None and window.controller.path == second
    assert window.controller.type_progress()[0].recorded == 0
    assert window.workspace is not None
    assert window.workspace.entry_screen.ballot_list.rowCount() == 0
    assert "Lượt nhập kiểm tra của Tổ 1" in window.status.file_label.text()
    _type_ballots(qtbot, window, ["12312", "11211"])  # no. 2 read differently, no. 3 missing

    # Tệp → Đối chiếu các lượt nhập… from the group's file (the reference).
    assert window.open_path(group)
    _choose(monkeypatch, [second])
    report = tmp_path / "doi-chieu"
    offered = _save_as(monkeypatch, report)
    seen: dict[str, object] = {}

    def walk(dialog: QDialog) -> None:
        assert isinstance(dialog, ComparisonDialog)
        seen["rows"] = dialog.differences.rowCount()
        seen["heading"] = dialog.heading.text()
        seen["line 3"] = [dialog.readings.index(3, c).data() for c in range(4)]
        # No. 2: the paper says what the second pass says.
        dialogs.items = ["Theo tệp 2 (to-1-kiem-tra.tinnhiem): 1 1 2 1 1",
                         "Theo tệp 1 (phien-to-1.tinnhiem): 3 3 3 3 3"]
        dialogs.questions = [True]
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
        seen["after"] = dialog.heading.text()
        # No. 3: the paper is there and reads as the reference holds it: kept, nothing written.
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
        seen["decisions"] = [dialog.differences.index(r, 3).data() for r in range(2)]
        # The comparison report, by its button's key (Alt+L); not opened in a PDF viewer.
        dialogs.questions = [False]
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not dialogs.questions)  # a button's key clicks it after 0.1 s
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Escape)  # all decided: closes at once

    answer = ModalAnswer(walk)
    _action(window, "Đối &chiếu các lượt nhập…").trigger()
    answer.check()
    assert seen["rows"] == 2
    assert seen["heading"] == "Phiếu lấy phiếu tín nhiệm — phiếu số 2"
    assert seen["line 3"] == ["3", "Phạm Ngọc Ẩn", "Tín nhiệm cao", "Tín nhiệm"]
    assert seen["after"] == "Phiếu lấy phiếu tín nhiệm — phiếu số 3"
    assert seen["decisions"] == ["đã sửa theo phiếu giấy: 1 1 2 1 1", "giữ như tệp gốc"]
    confirm = next(q for q in dialogs.asked if q.startswith("Sửa phiếu số 2"))
    assert "phien-to-1.tinnhiem" in confirm
    assert "Đang ghi: 1 1 1 1 1" in confirm and "Theo phiếu giấy: 1 1 2 1 1" in confirm
    assert dialogs.warnings == []
    assert offered == [str(tmp_path / "phien-to-1-doi-chieu.pdf")]
    text = all_text((tmp_path / "doi-chieu.pdf").read_bytes())
    assert "BIÊN BẢN ĐỐI CHIẾU CÁC LƯỢT NHẬP PHIẾU" in text
    assert "phien-to-1.tinnhiem" in text and "to-1-kiem-tra.tinnhiem" in text
    assert "Phiếu số 2 (Phiếu lấy phiếu tín nhiệm" in text and "11111 → 11211" in text
    assert "Phiếu số 3" in text  # a difference the committee kept: listed, no decision
    # Written through the open session: its screens already show the corrected ballot.
    assert window.controller is not None
    assert window.controller.type_progress()[0].recorded == 3
    assert window.workspace is not None
    listed = window.workspace.entry_screen.ballot_list
    assert listed.rowCount() == 4  # the voided no. 2 stays in the list, marked voided
    window.close_session()

    assert _active(group) == {1: ("12312", None), 2: ("11211", None), 3: ("33333", None)}
    assert _active(second) == {1: ("12312", None), 2: ("11211", None)}  # never written
    with Session.open_to_view(group) as s:
        t = s.ballot_type().id
        everything = {b.id: b for b in s.ballots(t)}
        voids = s.voids()
        assert [(everything[i].number, everything[i].marks, v.reason)
                for i, v in voids.items()] == [(2, "11111", RECONCILE_REASON)]
        log = s.log()
        assert s.verify().ok
    tail = [entry for entry in log if RECONCILE_REASON in str(entry.payload)]
    assert tail, "the decision is in the log with its reason"


def test_comparing_identical_passes_says_so_and_refusals_are_shown(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = counted_session(tmp_path, recorded=0, name="phien.tinnhiem")
    first, second = tmp_path / "luot-1.tinnhiem", tmp_path / "luot-2.tinnhiem"
    copy_setup(source, first)
    # Made at another time, as on another laptop (two files with one history are one file).
    copy_setup(source, second, clock=lambda: "2026-11-27T09:00:00+07:00")
    for path in (first, second):
        with Session.open(path) as s:
            s.record_ballot(s.ballot_type().id, "12312")
    other = counted_session(tmp_path, recorded=1, name="phien-khac.tinnhiem", present=25)
    assert window.open_path(first)

    _choose(monkeypatch, [second], [other], [first])
    compare = _action(window, "Đối &chiếu các lượt nhập…")
    compare.trigger()
    assert len(dialogs.infos) == 1 and "Các tệp giống nhau" in dialogs.infos[0]
    compare.trigger()  # another session's set-up
    compare.trigger()  # the open file itself
    assert len(dialogs.warnings) == 2
    assert "phien-khac.tinnhiem" in dialogs.warnings[0]
    assert window.controller is not None and window.controller.path == first

    # The group dialog refuses what makes no sense, under the field, and stays open.
    (tmp_path / "luot-1-to-2.tinnhiem").write_bytes(b"")

    def refuse(dialog: QDialog) -> None:
        assert isinstance(dialog, GroupCopyDialog)
        type_text(qtbot, dialog.label_edit, "Tổ 2")
        qtbot.keyClicks(dialog.ballots_edit, "1a2")
        qtbot.keyClick(dialog.ballots_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and "chữ số 0–9" in dialog.message.text()
        dialog.ballots_edit.clear()
        qtbot.keyClick(dialog.ballots_edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and "không ghi đè" in dialog.message.text()
        qtbot.keyClick(dialog.ballots_edit, Qt.Key.Key_Escape)

    answer = ModalAnswer(refuse)
    _action(window, "Tạo bản cho tổ &kiểm phiếu…").trigger()
    answer.check()
    assert sorted(p.name for p in tmp_path.glob("*.tinnhiem")) == [
        "luot-1-to-2.tinnhiem", "luot-1.tinnhiem", "luot-2.tinnhiem", "phien-khac.tinnhiem",
        "phien.tinnhiem"]


def test_a_reading_typed_from_the_paper_and_a_ballot_with_no_paper(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = counted_session(tmp_path, recorded=0, name="phien.tinnhiem")
    first, second = tmp_path / "luot-1.tinnhiem", tmp_path / "luot-2.tinnhiem"
    copy_setup(source, first)
    copy_setup(source, second)
    with Session.open(first) as s:
        t = s.ballot_type().id
        for marks in ("12312", "11111", "22222"):
            s.record_ballot(t, marks)
    with Session.open(second) as s:
        s.record_ballot(t, "12313")
        s.record_ballot(t, "11111")
    assert window.open_path(first)
    _choose(monkeypatch, [second])
    decided: list[str] = []

    def walk(dialog: QDialog) -> None:
        assert isinstance(dialog, ComparisonDialog)
        # No. 1: both passes are wrong; the committee types what the paper says.
        dialogs.items = ["Gõ các dấu theo phiếu giấy…"]
        dialogs.texts = ["1 2 3 x 0"]
        dialogs.questions = [True]
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
        # No. 3: there is no such paper (entered twice by mistake in pass 1).
        dialogs.items = ["Theo tệp 2 (luot-2.tinnhiem): không có phiếu này"]
        dialogs.questions = [False, True]  # said no once: nothing written, still undecided
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
        decided.append(dialog.differences.index(1, 3).data())
        dialogs.items = ["Theo tệp 2 (luot-2.tinnhiem): không có phiếu này"]
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)
        decided.extend(dialog.differences.index(r, 3).data() for r in range(2))
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Escape)

    answer = ModalAnswer(walk)
    _action(window, "Đối &chiếu các lượt nhập…").trigger()
    answer.check()
    assert decided == ["chưa quyết định", "đã sửa theo phiếu giấy: 1 2 3 x 0",
                       "đã sửa theo phiếu giấy: không có phiếu này"]
    assert any("Phiếu số 3" in q and "không có trên giấy" in q for q in dialogs.asked)
    assert dialogs.warnings == []
    window.close_session()
    assert _active(first) == {1: ("123x0", None), 2: ("11111", None)}
    with Session.open_to_view(first) as s:
        reasons = sorted(v.reason for v in s.voids().values())
        assert s.verify().ok
    assert reasons == [RECONCILE_REASON, RECONCILE_REASON]

# ---------------------------------------------------------------- merge


def _group(source: Path, path: Path, label: str, ballots: list[str]) -> Path:
    copy_setup(source, path, group=label, ballots=len(ballots))
    with Session.open(path) as s:
        t = s.ballot_type().id
        for marks in ballots:
            s.record_ballot(t, marks)
    return path


def test_merging_two_groups_from_the_window_opens_the_summed_session(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = counted_session(tmp_path, recorded=0, name="phien.tinnhiem")
    g1 = _group(source, tmp_path / "to-1.tinnhiem", "Tổ 1", ["12312", "11111", "33333"])
    g2 = _group(source, tmp_path / "to-2.tinnhiem", "Tổ 2", ["2x213", "x1230"])
    second = tmp_path / "to-1-kiem-tra.tinnhiem"
    copy_setup(g1, second)
    out = tmp_path / "gop.tinnhiem"
    merge = _action(window, "Gộ&p kết quả các tổ…")  # no session needs to be open

    # Refused: the same group twice; a second pass (it would count a stack twice).
    _choose(monkeypatch, [g1, g1], [g1, second], [g1, g2])
    _save_as(monkeypatch, out, out, out)
    merge.trigger()
    merge.trigger()
    assert len(dialogs.warnings) == 2 and not out.exists()
    assert "to-1.tinnhiem" in dialogs.warnings[0] and "hai lần" in dialogs.warnings[0]
    assert "to-1-kiem-tra.tinnhiem" in dialogs.warnings[1]
    assert "lượt nhập kiểm tra" in dialogs.warnings[1]
    assert window.controller is None

    merge.trigger()
    assert window.controller is not None and window.controller.path == out
    assert "Đã gộp 2 tổ" in dialogs.infos[-1]
    assert window.workspace is not None and window.workspace.currentIndex() == RESULTS
    result = window.controller.results().ballot_types[0]
    assert result.recorded == 5
    counts = [(c.counts["high"], c.counts["medium"], c.counts["low"], c.no_mark, c.multi_mark)
              for c in result.candidates]
    assert counts == [(2, 1, 1, 0, 1), (2, 1, 1, 0, 1), (1, 2, 2, 0, 0), (3, 0, 2, 0, 0),
                      (1, 1, 2, 1, 0)]
    assert window.controller.session.verify().ok


def test_merging_runs_off_the_windows_thread(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge (each group verified, the merged file built and verified) runs on a worker:
    the window keeps drawing; its outcome is the same."""
    from tinnhiem_desktop.ui.flows import groups as flow

    threads: list[int] = []
    real = flow.merge_groups

    def spy(*args: object, **kwargs: object) -> Path:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(flow, "merge_groups", spy)
    test_merging_two_groups_from_the_window_opens_the_summed_session(
        qtbot, window, dialogs, tmp_path, monkeypatch)
    assert len(threads) == 3  # the two refusals and the merge, each on a worker
    assert threading.get_ident() not in threads


def test_a_group_file_name_too_long_for_the_system_is_refused_under_the_field(
    qtbot: QtBot, tmp_path: Path,
) -> None:
    """The name is checked when OK is pressed; one over 255 bytes raised from ``exists()``."""
    dialog = GroupCopyDialog(tmp_path / "phien.tinnhiem", lambda parent, name: None)
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("Tổ 1")
    dialog.path_edit.setText(str(tmp_path / ("Tổ kiểm phiếu số một " * 12)))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert dialog.message.isVisibleTo(dialog) and "tên quá dài" in dialog.message.text()


def test_a_bare_group_file_name_goes_beside_the_session_not_into_the_working_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found by tests/ui/test_menu_monkey.py: a name typed without a folder ("to-2") was made
    relative to the program's working folder (wherever it was started from), a place the
    recorder never chose and would not find; it goes where the offered name was."""
    elsewhere = tmp_path / "noi-chay-chuong-trinh"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    folder = tmp_path / "phien"
    folder.mkdir()
    (folder / "to-3.tinnhiem").write_bytes(b"")
    dialog = GroupCopyDialog(folder / "phien.tinnhiem", lambda parent, name: None)
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("Tổ 2")
    dialog.path_edit.setText("to-2")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.path == folder / "to-2.tinnhiem"
    # And a bare name already taken there is refused, as a full one is.
    again = GroupCopyDialog(folder / "phien.tinnhiem", lambda parent, name: None)
    qtbot.addWidget(again)
    again.label_edit.setText("Tổ 3")
    again.path_edit.setText("to-3.tinnhiem")
    again.accept()
    assert again.result() != QDialog.DialogCode.Accepted.value
    assert "Đã có tệp" in again.message.text() and str(folder) in again.message.text()
    # "~" is no home folder here, just a name: "~khong-co/to-4" is refused as any missing
    # folder is, later, by the service (expanding it raised for a user that does not exist).
    third = GroupCopyDialog(folder / "phien.tinnhiem", lambda parent, name: None)
    qtbot.addWidget(third)
    third.label_edit.setText("Tổ 4")
    third.path_edit.setText("~khong-co/to-4")
    third.accept()
    assert third.path == folder / "~khong-co" / "to-4.tinnhiem"
    assert list(elsewhere.iterdir()) == []
