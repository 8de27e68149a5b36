"""The test deck from the window, by keyboard: Công cụ → Bộ phiếu thử… writes the deck and a
trial copy and opens it; the recorder types the deck's papers (one with a typo first, then all
correct in a second trial); Công cụ → Kiểm tra kết quả phiếu thử… shows the outcome, records it
in the real session and saves the certificate; the minutes of the real session say so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.reports.pdfread import pages_text
from tinnhiem_desktop.domain.wording import NOT_ISSUED_REASON
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.services.session import Session, verify_file
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY, SESSION

from .conftest import NAMES, Dialogs
from .test_exports_window import SaveDialog, save_dialog, viewer  # noqa: F401 (fixtures)

PDF = "Tệp PDF (*.pdf)"


def real_session(tmp_path: Path) -> Path:
    path = tmp_path / "that.tinnhiem"
    with Session.create(path, "party-qd96-2023", title="Hội nghị thử") as s:
        s.set_candidates(s.ballot_type().id, NAMES[:3])
    return path


def type_deck(qtbot: QtBot, win: MainWindow, dialogs: Dialogs, papers: list[str | None]) -> None:
    assert win.workspace is not None
    win.show_screen(ENTRY)
    view = win.workspace.entry_screen.paper_view
    for marks in papers:
        if marks is None:
            dialogs.items.append(NOT_ISSUED_REASON)
            qtbot.keyClick(view, Qt.Key.Key_F8)
        else:
            qtbot.keyClicks(view, marks.replace("0", " "))
            qtbot.keyClick(view, Qt.Key.Key_Return)


# The deck of three officials as the papers show it (written here, read from the printed PDF
# by the test below): None is the paper invalid as a whole.
DECK: list[str | None] = ["111", "222", "223", "323", None, "330", "30x", "0x1", "x11"]


def test_the_deck_by_keyboard_in_a_trial_copy_and_its_certificate(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, save_dialog: SaveDialog,  # noqa: F811
    viewer: list[Path], tmp_path: Path,  # noqa: F811
) -> None:
    real = real_session(tmp_path)
    assert window.open_path(real)
    assert window.workspace is not None and window.workspace.currentIndex() == SESSION
    real_before = verify_file(real).fingerprint

    # Công cụ → Bộ phiếu thử…: save the deck, open it in the viewer, open the trial copy.
    deck_pdf = tmp_path / "bo-phieu-thu.pdf"
    save_dialog.answers.append((deck_pdf, PDF))
    dialogs.questions += [True, True]
    window.deck_action.trigger()
    trial = tmp_path / "that-ban-thu.tinnhiem"
    assert viewer == [deck_pdf]
    assert save_dialog.offered[0][0] == str(tmp_path / "that-bo-phieu-thu.pdf")
    assert "Đã tạo bản thử của phiên" in dialogs.infos[-1] and str(trial) in dialogs.infos[-1]
    assert {p.name for p in tmp_path.iterdir()} >= {
        "bo-phieu-thu.pdf", "bo-phieu-thu.csv", "bo-phieu-thu-ket-qua-dung.json",
        "that-ban-thu.tinnhiem"}
    pages = pages_text(deck_pdf.read_bytes())
    assert len(pages) == 10 and all("PHIẾU THỬ" in p for p in pages)
    assert "PHIẾU THỬ SỐ 5" in pages[4] and NOT_ISSUED_REASON in pages[4]
    assert "KẾT QUẢ ĐÚNG CỦA BỘ PHIẾU THỬ" in pages[9]
    assert window.controller is not None and window.controller.path == trial
    assert verify_file(real).fingerprint == real_before  # making the deck wrote nothing there

    # The recorder slips on paper 1 (the second official's "1" typed as "2").
    type_deck(qtbot, window, dialogs, ["121", *DECK[1:]])
    dialogs.questions += [True]
    certificate = tmp_path / "chung-nhan-1.pdf"
    save_dialog.answers.append((certificate, PDF))
    window.deck_check_action.trigger()
    outcome = dialogs.infos[-1]
    assert outcome.startswith("KHÔNG ĐẠT")
    assert f"2. {NAMES[1][0]} — Tín nhiệm cao: nhập 1, đúng là 2" in outcome
    assert f"2. {NAMES[1][0]} — Tín nhiệm: nhập 4, đúng là 3" in outcome
    text = " ".join(" ".join(pages_text(certificate.read_bytes())).split())
    assert "KẾT QUẢ: KHÔNG ĐẠT" in text and f"{NAMES[1][0]} — Tín nhiệm cao: nhập 1" in text
    assert viewer[-1] == certificate

    # Back to the real session, a second trial copy entered without a slip.
    assert window.open_path(real)
    save_dialog.answers.append((deck_pdf, PDF))
    dialogs.questions += [False, True]
    window.deck_action.trigger()
    second = tmp_path / "that-ban-thu-2.tinnhiem"
    assert window.controller is not None and window.controller.path == second
    type_deck(qtbot, window, dialogs, DECK)
    dialogs.questions += [False]  # no certificate this time
    window.deck_check_action.trigger()
    assert dialogs.infos[-1].startswith("ĐẠT")

    with Session.open_to_view(real) as s:
        assert [c.passed for c in s.deck_checks()] == [False, True]
        assert [c.trial_name for c in s.deck_checks()] == [trial.name, second.name]
        minutes = " ".join(" ".join(pages_text(render_minutes(s.results()))).split())
    assert "Ban kiểm phiếu đã kiểm tra phần mềm bằng bộ phiếu thử: đạt" in minutes


def test_the_check_is_refused_on_a_session_that_is_no_trial_copy(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    assert window.open_path(real_session(tmp_path))
    window.deck_check_action.trigger()
    assert "không phải bản thử" in dialogs.warnings[-1]


def test_a_trial_copy_name_too_long_for_the_system_is_refused_in_words(
    window: MainWindow, dialogs: Dialogs, save_dialog: SaveDialog,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The trial copy is named after the session: "<name>-ban-thu.tinnhiem" passes 255 bytes
    for a session named with 80 Vietnamese letters (240 bytes), which reached the crash report."""
    real = tmp_path / ("ế" * 80 + ".tinnhiem")
    real_session(tmp_path).rename(real)
    assert window.open_path(real)
    listing = sorted(tmp_path.iterdir())
    save_dialog.answers.append((tmp_path / "bo-phieu-thu.pdf", PDF))
    window.deck_action.trigger()
    assert dialogs.warnings and "tên quá dài" in dialogs.warnings[-1]
    assert sorted(tmp_path.iterdir()) == listing  # no deck written, no trial copy
