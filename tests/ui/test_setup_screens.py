"""Session and officials screens: edits saved through the service, refusals change nothing."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.model import Role
from tinnhiem_desktop.ui.dialogs.officials_import import ImportPreviewDialog
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import OFFICIALS, SESSION

from .builders import ModalAnswer
from .conftest import NAMES, Dialogs
from .keys import type_text


def test_session_fields_committee_and_types(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path
) -> None:
    assert window.open_path(session_path)
    assert window.workspace is not None and window.controller is not None
    window.show_screen(SESSION)
    screen = window.workspace.session_screen
    session = window.controller.session

    place = screen.edits["place"]
    place.setFocus()
    type_text(qtbot, place, "Hội trường tầng 2")
    qtbot.keyClick(place, Qt.Key.Key_Return)
    assert session.info.place == "Hội trường tầng 2"

    date = screen.edits["date"]
    date.setText("2026-02-30")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    # Refused under the field (no modal box), the typed text kept to be corrected.
    assert not dialogs.warnings
    assert "không tồn tại" in screen.messages["date"].text()
    assert screen.messages["date"].isVisible()
    assert session.info.date == "" and date.text() == "2026-02-30"

    for name, value in (("summoned", "30"), ("present", "19")):
        screen.edits[name].setText(value)
        qtbot.keyClick(screen.edits[name], Qt.Key.Key_Return)
    assert "KHÔNG" in screen.quorum_label.text()
    screen.edits["present"].setText("20")
    assert "Đủ 2/3" in screen.quorum_label.text()

    committee = screen.committee_box
    for name, role_index in (("Lê Quang Hưng", 0), ("Trần Thị Ánh Tuyết", 2)):
        committee.role_combo.setCurrentIndex(role_index)
        committee.name_edit.setFocus()
        type_text(qtbot, committee.name_edit, name)
        qtbot.keyClick(committee.name_edit, Qt.Key.Key_Return)
    assert [(m.name, m.role) for m in session.committee()] == [
        ("Lê Quang Hưng", Role.CHAIR), ("Trần Thị Ánh Tuyết", Role.SECRETARY)]
    committee.view.setFocus()
    committee.view.setCurrentIndex(committee.model.index(1, 0))
    qtbot.keyClick(committee.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert session.committee()[0].name == "Trần Thị Ánh Tuyết"
    qtbot.keyClick(committee.view, Qt.Key.Key_Delete)
    assert [m.name for m in session.committee()] == ["Lê Quang Hưng"]

    types = screen.types_box
    dialogs.texts.append("Phiếu Ủy viên Ban Thường vụ")
    types._on_add_clicked()
    assert [bt.name for bt in session.ballot_types()][-1] == "Phiếu Ủy viên Ban Thường vụ"
    model = types.model
    assert model.setData(model.index(1, 0), "Phiếu Ban Thường vụ")
    assert not model.setData(model.index(1, 3), "5")  # collected > issued: refused
    qtbot.wait(1)
    assert "không thể lớn hơn" in types.message_label.text() and not dialogs.warnings
    assert session.ballot_types()[1].accounting.collected == 0


def test_officials_paste_import_and_lock(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_path(session_path)
    assert window.workspace is not None and window.controller is not None
    window.show_screen(OFFICIALS)
    screen = window.workspace.officials_screen
    screen.view.setFocus()
    QGuiApplication.clipboard().setText(
        "Họ và tên\tChức vụ\n" + "\n".join(f"{n}\t{p}" for n, p in NAMES[:3]) + "\n"
    )
    preview = ModalAnswer(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Return))
    qtbot.keyClick(screen.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(preview.check(), ImportPreviewDialog)  # a paste is previewed, as a file
    assert screen.model.pairs() == NAMES[:3]
    window.activateWindow()  # the window manager's job when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)

    csv = tmp_path / "ds.csv"
    text = "ho_ten,chuc_vu\n" + "\n".join(f"{n},{p}" for n, p in NAMES)
    csv.write_bytes(unicodedata.normalize("NFD", text).encode("utf-16"))  # Excel "Unicode text"

    def accept(dialog: ImportPreviewDialog) -> int:
        assert dialog.model.rowCount() == 5
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    assert screen.import_file(csv)
    assert screen.model.pairs() == NAMES
    assert "UTF-16" in screen.message_label.text()

    screen.view.setCurrentIndex(screen.model.index(4, 1))
    qtbot.keyClick(screen.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert screen.model.pairs()[3][0] == NAMES[4][0]

    controller = window.controller
    bt = controller.session.ballot_types()[0]
    controller.set_accounting(bt.id, issued=5, collected=5, spoiled=0)
    controller.record_ballot(bt.id, "11111")
    assert screen.model.locked and screen.lock_label.isVisibleTo(screen)
    assert "khóa" in screen.lock_label.text()
    screen.view.setCurrentIndex(screen.model.index(0, 1))
    qtbot.keyClick(screen.view, Qt.Key.Key_Delete)
    assert len(controller.session.candidates(bt.id)) == 5
    assert not screen.model.setData(screen.model.index(0, 1), "Tên khác")


def test_a_file_or_paste_far_longer_than_an_officials_list_is_refused_and_changes_nothing(
    window: MainWindow, dialogs: Dialogs, session_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another file chosen by mistake (200,000 rows: the window held 8 s to read it through and
    offered a preview of it all) is refused before its rows are parsed; so is a workbook or a
    paste of more rows than any ballot has officials, and a file too large to be read at all."""
    import openpyxl

    from tinnhiem_desktop.exchange.officials_paste import MAX_OFFICIALS

    assert window.open_path(session_path)
    assert window.workspace is not None and window.controller is not None
    window.show_screen(OFFICIALS)
    screen = window.workspace.officials_screen
    QGuiApplication.clipboard().setText("\n".join(f"{n}\t{p}" for n, p in NAMES[:3]))
    preview = ModalAnswer(lambda dialog: dialog.accept())
    assert screen.paste()
    preview.check()
    before = screen.model.pairs()

    big = tmp_path / "phieu.csv"
    big.write_text("ho_ten,chuc_vu\n" + "".join(
        f"Người thứ {i},Chức vụ {i}\n" for i in range(200_000)), encoding="utf-8")
    long_book = tmp_path / "dai.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Họ và tên", "Chức vụ"])
    for i in range(MAX_OFFICIALS + 1):
        sheet.append([f"Người thứ {i}", "Ủy viên"])
    book.save(long_book)
    from tinnhiem_desktop.ui.dialogs import officials_import

    def parse_nothing(*args: object) -> None:
        raise AssertionError("the long file's rows were parsed before it was refused")

    monkeypatch.setattr(officials_import, "parse", parse_nothing)
    for path in (big, long_book):
        assert not screen.import_file(path)
        assert path.name in dialogs.warnings[-1] and "hơn 2.000 dòng" in dialogs.warnings[-1]
    huge = tmp_path / "sao-luu.csv"
    with huge.open("wb") as f:
        f.truncate(60_000_000)  # sparse: 60 MB that are never read
    assert not screen.import_file(huge)
    assert "sao-luu.csv nặng 60 MB" in dialogs.warnings[-1]
    QGuiApplication.clipboard().setText(
        "\n".join(f"Người thứ {i}\tỦy viên" for i in range(MAX_OFFICIALS + 2)))
    assert not screen.paste()
    assert "Phần đã sao chép có hơn 2.000 dòng" in dialogs.warnings[-1]
    assert screen.model.pairs() == before and len(dialogs.warnings) == 4
    session = window.controller.session
    assert [(c.name, c.title) for c in session.candidates(session.ballot_type().id)] == before
