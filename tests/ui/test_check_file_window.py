"""Kết quả → Kiểm tra tệp: the full verify from the window, and the paper's fingerprint matched
against the open file (now, or at finalising when addenda followed)."""

from pathlib import Path

from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.main_window import MainWindow

from .builders import counted_session
from .conftest import Dialogs


def _trigger(window: MainWindow) -> None:
    action = next(a for a in window.session_actions if "Kiểm tra tệp" in a.text())
    assert action.isEnabled()
    action.trigger()


def test_check_file_and_paper_fingerprint(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path)
    with Session.open(path) as s:
        s.finalise("Lê Quang Hưng", {c.code.value: "Ban kiểm phiếu đã xem xét"
                                     for c in s.results().warnings})
        at_finalising = s.fingerprint()
        s.add_addendum("Sửa chức vụ dòng 2", "Trần Thị Ánh Tuyết")
        now = s.fingerprint()
    assert window.open_path(path)

    dialogs.texts.append("")  # check the file only
    _trigger(window)
    assert "Tệp nguyên vẹn" in dialogs.infos[-1] and group_hex(now) in dialogs.infos[-1]

    dialogs.texts.append(group_hex(at_finalising).upper())  # as typed from the signed paper
    _trigger(window)
    assert "Khớp với dấu vân tay của tệp sau mục nhật ký số" in dialogs.infos[-1]
    assert "(chốt kết quả, lúc" in dialogs.infos[-1]
    assert "Sau đó chỉ có 1 đính chính" in dialogs.infos[-1]

    dialogs.texts.append("0" * 64)
    _trigger(window)
    assert "KHÔNG khớp" in dialogs.warnings[-1]

    dialogs.texts.append("e148 415f")  # too short: told what a fingerprint looks like
    _trigger(window)
    assert "64 chữ số hex" in dialogs.warnings[-1]

    dialogs.texts.append(None)  # cancelled: nothing shown
    shown = (len(dialogs.infos), len(dialogs.warnings))
    _trigger(window)
    assert (len(dialogs.infos), len(dialogs.warnings)) == shown
