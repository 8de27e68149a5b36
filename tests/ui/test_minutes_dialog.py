"""The minutes preview: shows the PDF, prints it page by page, saves it, opens it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from tests.reports.builders import small_session
from tests.reports.pdfread import pages_text
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.ui.dialogs import minutes_dialog
from tinnhiem_desktop.ui.dialogs.minutes_dialog import MinutesDialog


@pytest.fixture
def dialog(qtbot: Any, tmp_path: Path) -> MinutesDialog:
    session = small_session(tmp_path)
    dlg = MinutesDialog(session)
    qtbot.addWidget(dlg)
    return dlg


def test_preview_shows_the_minutes(dialog: MinutesDialog, tmp_path: Path) -> None:
    assert dialog.document.status() == QPdfDocument.Status.Ready
    expected = pages_text(render_minutes(dialog._session.results()))
    shown = pages_text(dialog.pdf_path.read_bytes())
    assert shown == expected  # the same minutes (the bytes differ only by the creation time)
    assert dialog.document.pageCount() == len(expected)
    assert dialog.view.document() is dialog.document
    assert dialog.windowTitle() == "Biên bản kiểm phiếu"


def test_save_as_pdf(dialog: MinutesDialog, tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "luu" / "bien-ban"
    target.parent.mkdir()

    class FakeFileDialog:
        @staticmethod
        def getSaveFileName(parent: QWidget, title: str, start: str,
                            filters: str) -> tuple[str, str]:
            assert start.endswith("-bien-ban.pdf")
            return str(target), filters

    monkeypatch.setattr(minutes_dialog, "QFileDialog", FakeFileDialog)
    dialog.save_button.click()
    saved = target.with_name("bien-ban.pdf")
    assert saved.read_bytes() == dialog.pdf_path.read_bytes()
    assert str(saved) in dialog.status.text()


def test_save_failure_is_shown(dialog: MinutesDialog, tmp_path: Path) -> None:
    assert not dialog.save_to(tmp_path / "khong-co" / "x.pdf")
    assert "Không lưu được" in dialog.status.text()


def test_a_save_cut_short_leaves_the_old_minutes_whole(
    dialog: MinutesDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saved through write_atomic: the disk failing half-way (a full USB stick) leaves the file
    of that name as it was and no temporary file; it was written in place, half a PDF."""
    import errno

    from tinnhiem_desktop import atomic_write

    folder = tmp_path / "luu-tru"
    folder.mkdir()
    target = folder / "bien-ban.pdf"
    target.write_bytes(b"%PDF-1.7 the minutes signed yesterday")

    def full_disk(temp: Path, data: bytes, mode: int | None) -> None:
        temp.write_bytes(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_write, "_write_synced", full_disk)
    assert not dialog.save_to(target)
    assert "Không lưu được biên bản" in dialog.status.text()
    assert "No space left on device" in dialog.status.text()
    assert target.read_bytes() == b"%PDF-1.7 the minutes signed yesterday"
    assert sorted(p.name for p in folder.iterdir()) == ["bien-ban.pdf"]


def test_open_without_viewer_shows_the_path(dialog: MinutesDialog,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []

    class NoViewer:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url)
            return False

    monkeypatch.setattr(minutes_dialog, "QDesktopServices", NoViewer)
    dialog.open_button.click()
    assert len(opened) == 1
    path = Path(opened[0].toLocalFile())
    try:
        assert path.read_bytes() == dialog.pdf_path.read_bytes()
        assert str(path) in dialog.status.text()
        assert "Không tìm thấy chương trình xem PDF" in dialog.status.text()
    finally:
        path.unlink()


def test_open_with_viewer(dialog: MinutesDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    class Viewer:
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            return True

    monkeypatch.setattr(minutes_dialog, "QDesktopServices", Viewer)
    dialog.open_button.click()
    assert dialog.opened_path is not None
    try:
        assert "Đã mở" in dialog.status.text()
    finally:
        Path(dialog.opened_path).unlink()


def test_print_renders_every_page(dialog: MinutesDialog, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "may-in.pdf"
    seen: list[QPrinter] = []

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: QWidget) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setResolution(72)
            seen.append(printer)

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(minutes_dialog, "QPrintDialog", FakePrintDialog)
    dialog.print_button.click()
    assert seen and out.exists()
    assert len(pages_text(out.read_bytes())) == dialog.document.pageCount()
    assert "Đã gửi" in dialog.status.text()


def test_print_cancelled_prints_nothing(dialog: MinutesDialog,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    class Cancel:
        def __init__(self, printer: QPrinter, parent: QWidget) -> None:
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(minutes_dialog, "QPrintDialog", Cancel)
    before = dialog.status.text()
    dialog.print_button.click()
    assert dialog.status.text() == before


def test_close_removes_the_temporary_file(dialog: MinutesDialog) -> None:
    path = dialog.pdf_path
    dialog.close_button.click()
    assert not path.exists()


def test_ctrl_p_renders_the_minutes_off_the_windows_thread(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+P reads the results on the window's thread and renders the PDF on a worker (with
    hundreds of officials it takes seconds); the preview shows that very PDF."""
    import threading

    from PySide6.QtCore import Qt

    from tests.reports.pdfread import all_text
    from tests.ui.builders import ModalAnswer, counted_session

    threads: list[int] = []
    made: list[bytes] = []
    real = minutes_dialog.render_minutes

    def spy(results: Any) -> bytes:
        threads.append(threading.get_ident())
        made.append(real(results))
        return made[-1]

    monkeypatch.setattr(minutes_dialog, "render_minutes", spy)
    assert window.open_path(counted_session(tmp_path))
    shown: list[bytes] = []
    answer = ModalAnswer(lambda d: (shown.append(d.pdf_path.read_bytes()), d.reject()))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    answer.check()
    assert threads == [threads[0]] and threads[0] != threading.get_ident()
    assert shown == made
    assert "BIÊN BẢN KIỂM PHIẾU" in all_text(shown[0]).upper()


def test_cancelling_while_the_minutes_render_shows_no_preview(
    qtbot: Any, window: Any, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    from tests.ui.builders import ModalAnswer, cancel_progress, counted_session
    from tinnhiem_desktop.ui.long_task import SHOW_AFTER_MS

    real = minutes_dialog.render_minutes

    def slow(results: Any) -> bytes:
        time.sleep(SHOW_AFTER_MS / 1000 + 0.6)  # hundreds of officials
        return real(results)

    monkeypatch.setattr(minutes_dialog, "render_minutes", slow)
    assert window.open_path(counted_session(tmp_path))
    cancel = ModalAnswer(cancel_progress, QProgressDialog)  # a click on "Hủy" once it shows
    previews = ModalAnswer(lambda d: d.reject())  # a preview, if one came, is closed and seen
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)
    cancel.check()
    assert previews.seen == []
    assert dialogs.warnings == []
