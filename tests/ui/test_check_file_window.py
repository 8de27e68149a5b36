"""Kết quả → Kiểm tra tệp: the full verify from the window, and the paper's fingerprint matched
against the open file (now, or at finalising when addenda followed)."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog

from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.flows import closing
from tinnhiem_desktop.ui.long_task import SHOW_AFTER_MS
from tinnhiem_desktop.ui.main_window import MainWindow

from .builders import ModalAnswer, OnWorker, cancel_progress, counted_session
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


def test_the_check_runs_on_a_worker_and_can_be_cancelled(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    verify = OnWorker(monkeypatch, closing, "verify_file")
    assert window.open_path(counted_session(tmp_path))
    dialogs.texts.append("")
    _trigger(window)
    assert verify.off_the_gui_thread and "Tệp nguyên vẹn" in dialogs.infos[-1]

    verify.slow = SHOW_AFTER_MS / 1000 + 0.6
    shown = (len(dialogs.infos), len(dialogs.warnings))
    cancel = ModalAnswer(cancel_progress, QProgressDialog)
    dialogs.texts.append("")
    _trigger(window)
    cancel.check()
    assert len(verify.threads) == 2
    assert (len(dialogs.infos), len(dialogs.warnings)) == shown  # cancelled: nothing to say
