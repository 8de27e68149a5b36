"""The projector view (F5): what the room sees, driven by real key presses on the entry screen.

It shows the ballot just recorded, the progress and the session's title; never a half-typed
ballot, the entry grid or the ballot list; the running results only once the chair turns them on
(a choice kept in the file) or after finalising. It opens without taking the keyboard, closes on
F5 or Esc, and finds its screen: the placement rule is tested on lists of screens, the signal
handlers on a real window, and two real screens in a child process (the offscreen platform can
be given two).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QPaintEvent, QRegion
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers import VIETNAMESE_ONLY
from tests.ui.conftest import NAMES, Dialogs
from tests.ui.test_english_ui import english  # noqa: F401 - the fixture
from tinnhiem_desktop.domain.wording import NOT_ISSUED_REASON
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.screens.projector_layout import ScreenArea, place_projector
from tinnhiem_desktop.ui.screens.projector_window import ProjectorWindow
from tinnhiem_desktop.ui.workspace import ENTRY

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12"
LONG_NAMES = [
    ("Tôn Nữ Hoàng Thị Ngọc Quỳnh Hương", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Nguyễn Huỳnh Phước Thiện Trường Giang", "Giám đốc Sở Kế hoạch và Đầu tư"),
]


def make_session(path: Path, names: list[tuple[str, str]], recorded: list[str],
                 collected: int = 40) -> Path:
    with Session.create(path, "party-qd96-2023", title=TITLE) as s:
        t = s.ballot_type().id
        s.set_candidates(t, names)
        s.set_accounting(t, issued=collected, collected=collected)
        for marks in recorded:
            s.record_ballot(t, marks)
    return path


def open_entry(window: MainWindow, path: Path) -> QWidget:
    assert window.open_path(path)
    window.show_screen(ENTRY)
    assert window.workspace is not None
    return window.workspace.entry_screen.paper_view


def open_projector(qtbot: QtBot, window: MainWindow, view: QWidget) -> ProjectorWindow:
    qtbot.keyClick(view, Qt.Key.Key_F5)
    projector = window.projector
    assert projector is not None
    qtbot.waitUntil(projector.isVisible)
    return projector


def test_f5_opens_the_view_typing_goes_on_and_only_recorded_ballots_show(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, ["12312", "11111"])
    view = open_entry(window, path)
    projector = open_projector(qtbot, window, view)
    board = projector.board
    assert window.projector_action.isChecked()
    # The keyboard stayed with the ballot: the next mark goes to it.
    assert QApplication.focusWidget() is view
    assert board.title_text() == TITLE
    # Opened mid-session: the last ballot recorded, as the read-back shows it.
    assert board.heading_text() == "PHIẾU SỐ 2"
    assert board.progress_text() == "Đã nhập 2 / thu về 40"

    qtbot.keyClicks(view, "21x30")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert board.heading_text() == "PHIẾU SỐ 3"
    assert board.progress_text() == "Đã nhập 3 / thu về 40"
    assert board.body_lines() == [
        "1. Nguyễn Thị Việt Dung: Tín nhiệm",
        "2. Trần Thị Ánh Tuyết: Tín nhiệm cao",
        "3. Phạm Ngọc Ẩn: Nhiều dấu",
        "4. Ưng Hoàng Phúc: Tín nhiệm thấp",
        "5. Đặng Thị Ngọc Thịnh: Không đánh dấu",
    ]
    shown = (board.heading_text(), board.progress_text(), board.body_lines())
    # A half-typed ballot is never shown: marks typed without Enter change nothing.
    qtbot.keyClicks(view, "333")
    assert window.workspace is not None
    assert window.workspace.entry_screen.paper.marks()[:3] == ["3", "3", "3"]
    assert (board.heading_text(), board.progress_text(), board.body_lines()) == shown
    # Neither the entry grid nor the ballot list: the board is the window's only widget.
    assert projector.findChildren(QAbstractItemView) == []
    assert [w for w in projector.findChildren(QWidget) if w is not board] == []
    texts = " ".join([board.heading_text(), *board.body_lines(), *board.results_lines()])
    assert "SỐ 1" not in texts and "SỐ 2" not in texts
    assert board.overflows() == []
    # F5 again, from the entry screen: closed, and the ballot typed so far still there.
    qtbot.keyClick(view, Qt.Key.Key_F5)
    assert window.projector is None and not window.projector_action.isChecked()
    assert window.workspace.entry_screen.paper.marks()[:3] == ["3", "3", "3"]
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Backspace)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F5])
def test_esc_or_f5_on_the_view_itself_closes_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, key: Qt.Key
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, [])
    view = open_entry(window, path)
    projector = open_projector(qtbot, window, view)
    assert projector.board.heading_text() == "Chưa có phiếu nào được ghi."
    projector.activateWindow()
    projector.setFocus()
    # Dragged to a projector: F11 (or a double click) makes it full screen there, and back.
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    qtbot.mouseDClick(projector.board, Qt.MouseButton.LeftButton)
    assert not projector.isFullScreen()
    qtbot.keyClick(projector, key)
    assert window.projector is None and not window.projector_action.isChecked()
    assert not projector.isVisible()


def test_a_void_and_a_wholly_invalid_ballot(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, ["12312"])
    view = open_entry(window, path)
    board = open_projector(qtbot, window, view).board
    qtbot.keyClicks(view, "11111")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert board.heading_text() == "PHIẾU SỐ 2"
    dialogs.questions.append(True)
    dialogs.texts.append("Đọc nhầm, nhập lại")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert board.heading_text() == "phiếu số 2 đã hủy"
    assert board.progress_text() == "Đã nhập 1 / thu về 40"
    dialogs.items.append(NOT_ISSUED_REASON)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert board.heading_text() == "PHIẾU SỐ 2"
    assert board.body_lines() == [f"KHÔNG HỢP LỆ cả phiếu: {NOT_ISSUED_REASON}"]
    assert board.progress_text() == "Đã nhập 2 / thu về 40"


def test_results_only_once_the_chair_turns_them_on_and_the_choice_survives_reopening(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, ["12312", "11111", "33333"])
    view = open_entry(window, path)
    board = open_projector(qtbot, window, view).board
    assert board.results_lines() == []
    assert window.projector_results_action.isEnabled()
    assert not window.projector_results_action.isChecked()
    window.projector_results_action.trigger()
    assert window.projector_results_action.isChecked()
    assert board.results_lines() == [
        "KẾT QUẢ TẠM THỜI — Tỷ lệ % tính trên tổng số phiếu thu về (40 phiếu).",
        "1. Nguyễn Thị Việt Dung | 2 (5,00 %) | 0 (0,00 %) | 1 (2,50 %) | —",
        "2. Trần Thị Ánh Tuyết | 1 (2,50 %) | 1 (2,50 %) | 1 (2,50 %) | —",
        "3. Phạm Ngọc Ẩn | 1 (2,50 %) | 0 (0,00 %) | 2 (5,00 %) | —",
        "4. Ưng Hoàng Phúc | 2 (5,00 %) | 0 (0,00 %) | 1 (2,50 %) | —",
        "5. Đặng Thị Ngọc Thịnh | 1 (2,50 %) | 1 (2,50 %) | 1 (2,50 %) | —",
    ]
    assert board.overflows() == []
    # A ballot recorded: the figures follow a moment later (never on the Enter path).
    qtbot.keyClicks(view, "33333")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert board.results_lines()[1].endswith("| 1 (2,50 %) | —")
    qtbot.waitUntil(lambda: board.results_lines()[1].endswith("| 2 (5,00 %) | 0 (0,00 %) "
                                                             "| 2 (5,00 %) | —"), timeout=3000)
    assert window.controller is not None
    log = window.controller.session.log()
    assert [(e.action.value, e.payload) for e in log][-2] == (
        "projector_results_set", {"before": False, "after": True})

    window.close_session()
    assert window.projector is None
    view = open_entry(window, path)
    assert window.projector_results_action.isChecked()
    board = open_projector(qtbot, window, view).board
    assert board.results_lines()[0].startswith("KẾT QUẢ TẠM THỜI")
    window.projector_results_action.trigger()  # off again
    assert board.results_lines() == []


def test_after_finalising_the_results_are_shown_whatever_was_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, ["12312", "11111"], collected=2)
    with Session.open(path) as s:
        s.finalise("Nguyễn Thị Việt Dung")
    assert window.open_path(path)
    assert window.projector_results_action.isChecked()
    assert not window.projector_results_action.isEnabled()
    assert window.workspace is not None
    projector = open_projector(qtbot, window, window.workspace.results_screen)
    lines = projector.board.results_lines()
    assert lines[0] == "KẾT QUẢ ĐÃ CHỐT — Tỷ lệ % tính trên tổng số phiếu thu về (2 phiếu)."
    assert lines[1] == "1. Nguyễn Thị Việt Dung | 2 (100,00 %) | 0 (0,00 %) | 0 (0,00 %) | —"


class _Paints(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.counts = {w: 0 for w in widgets}
        self.regions: dict[QWidget, QRegion] = {}
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and watched in self.counts:
            assert isinstance(event, QPaintEvent)
            self.counts[watched] += 1  # type: ignore[index]
            self.regions[watched] = QRegion(event.region())  # type: ignore[index]
        return False


def test_it_repaints_with_the_read_back_and_is_never_laid_out_again_per_ballot(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, [])
    view = open_entry(window, path)
    projector = open_projector(qtbot, window, view)
    board = projector.board
    assert window.workspace is not None
    readback = window.workspace.entry_screen.readback
    QApplication.processEvents()
    arranged, size = board.arrangements, board.size()
    paints = _Paints(readback, board)
    for k in range(5):
        qtbot.keyClicks(view, "12312")
        before = dict(paints.counts)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        # One turn of the event loop paints both: the same frame.
        QApplication.processEvents()
        assert paints.counts[readback] == before[readback] + 1
        assert paints.counts[board] == before[board] + 1
        assert board.heading_text() == f"PHIẾU SỐ {k + 1}"
        # Only what changed is drawn again (heading, levels, progress), not the whole board.
        dirty = paints.regions[board]
        assert not dirty.contains(QPoint(1, 1)) and dirty.boundingRect() != board.rect()
    assert board.arrangements == arranged and board.size() == size


@pytest.mark.parametrize(("width", "height", "results_px"),
                         [(1024, 768, 12), (1366, 768, 16), (1920, 1080, 22)])
def test_fifty_long_names_fit_with_and_without_results(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, width: int, height: int, results_px: int
) -> None:
    names = [(f"{LONG_NAMES[i % 2][0]} {i + 1}", LONG_NAMES[i % 2][1]) for i in range(50)]
    path = make_session(tmp_path / "phien.tinnhiem", names, ["123x0" * 10], collected=9999)
    view = open_entry(window, path)
    projector = open_projector(qtbot, window, view)
    projector.resize(width, height)
    QApplication.processEvents()
    board = projector.board
    assert board.overflows() == []
    assert len(board.body_lines()) == 50
    assert board.type_sizes()["name"] >= (12 if width < 1900 else 16)
    assert board.type_sizes()["heading"] >= min(height // 16, 64)
    # Never above 64 px: Qt draws larger text from its outlines on every paint.
    assert max(board.type_sizes().values()) <= 64
    window.projector_results_action.trigger()
    QApplication.processEvents()
    assert board.overflows() == []
    assert len(board.results_lines()) == 51
    # Readable from the back of the room (all fifty on one page: 8 px at 1024 and at 1366,
    # 12 px at 1920): the results come a page at a time, in turn, each official on exactly
    # one page, in the largest type a row's width allows (name, three levels, band).
    assert board.type_sizes()["results"] >= results_px
    pages = int(board.results_page_text().split("/")[1])
    assert pages >= 2 and board.results_page_text() == f"Trang 1/{pages}"
    assert board.results_timer.isActive()
    shown: list[str] = []
    for page in range(pages):
        assert board.results_page_text() == f"Trang {page + 1}/{pages}"
        shown += board.shown_results_lines()
        board.next_results_page()
    assert board.results_page_text() == f"Trang 1/{pages}"
    assert shown == board.results_lines()[1:]
    window.projector_results_action.trigger()  # off: no pages, no timer
    QApplication.processEvents()
    assert board.results_page_text() == "" and not board.results_timer.isActive()


def test_the_view_does_not_follow_the_window_zoom(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, ["12312"])
    view = open_entry(window, path)
    board = open_projector(qtbot, window, view).board
    sizes = board.type_sizes()
    window.zoom(4.0)
    QApplication.processEvents()
    assert board.type_sizes() == sizes
    window.apply_zoom(11.0)


# ------------------------------------------------------------------ screens


PRIMARY = QRect(0, 0, 1366, 768)
PROJECTOR = QRect(1366, 0, 1920, 1080)


def test_placement_full_screen_on_the_screen_that_is_not_the_primary() -> None:
    plan = place_projector([ScreenArea(PRIMARY, True), ScreenArea(PROJECTOR, False)])
    assert (plan.index, plan.full_screen, plan.rect) == (1, True, PROJECTOR)
    # The primary need not come first.
    plan = place_projector([ScreenArea(PROJECTOR, False), ScreenArea(PRIMARY, True)])
    assert (plan.index, plan.full_screen, plan.rect) == (0, True, PROJECTOR)
    # One screen: a normal window in its middle, 70 % of it.
    plan = place_projector([ScreenArea(PRIMARY, True)])
    assert (plan.index, plan.full_screen, plan.rect) == (0, False, QRect(205, 115, 956, 538))
    # A small screen: never smaller than 640×400, never larger than the screen.
    plan = place_projector([ScreenArea(QRect(0, 0, 800, 450), True)])
    assert plan.rect == QRect(80, 25, 640, 400)


def test_a_screen_plugged_in_and_pulled_out_moves_the_real_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, ["12312"])
    open_entry(window, path)
    assert window.controller is not None
    primary = QGuiApplication.primaryScreen()
    real = ScreenArea(QRect(primary.geometry()), True, primary)
    second = ScreenArea(PROJECTOR, False)
    screens = [real]
    projector = ProjectorWindow(window.controller, window, screens=lambda: list(screens))
    qtbot.addWidget(projector)
    projector.open_on_screen()
    assert projector.isVisible() and not projector.isFullScreen()
    assert projector.placement is not None and projector.placement.index == 0
    # A projector plugged in: the view goes full screen on it.
    screens.append(second)
    QGuiApplication.instance().screenAdded.emit(primary)  # type: ignore[attr-defined]
    assert projector.isFullScreen()
    assert projector.placement is not None and projector.placement.rect == PROJECTOR
    # Another screen going away changes nothing.
    projector.screen_removed(object())
    assert projector.isFullScreen()
    # Its own screen pulled out: a normal window on the primary screen again.
    screens.remove(second)
    projector.screen_removed(second)
    assert projector.isVisible() and not projector.isFullScreen()
    assert projector.placement is not None and projector.placement.index == 0
    assert primary.geometry().contains(projector.geometry())
    # The real signal, its own screen gone with no other left: it stays as it is, no crash.
    QGuiApplication.instance().screenRemoved.emit(primary)  # type: ignore[attr-defined]
    assert projector.isVisible() and not projector.isFullScreen()
    projector.close()


TWO_SCREENS = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.i18n import load_ui_font, ui_font
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.settings import AppSettings
from tinnhiem_desktop.ui.workspace import ENTRY
app = QApplication(sys.argv)
family = load_ui_font()
app.setFont(ui_font(family, 11.0))
folder = Path(sys.argv[1])
settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), folder / "d")
window = MainWindow(settings, Prompter(), family)
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
window.open_path(folder / "phien.tinnhiem")
window.show_screen(ENTRY)
view = window.workspace.entry_screen.paper_view
QTest.keyClick(view, Qt.Key.Key_F5)
for _ in range(5):
    app.processEvents()
p = window.projector
QTest.keyClicks(view, "12312")
QTest.keyClick(view, Qt.Key.Key_Return)
g = p.geometry()
print([s.name() for s in app.screens()], window.screen().name(), p.screen().name(),
      p.isFullScreen(), [g.x(), g.y(), g.width(), g.height()], p.board.heading_text(),
      app.focusWidget() is view)
window.close_session()
"""


def test_two_real_screens_full_screen_on_the_second(tmp_path: Path) -> None:
    """The offscreen platform given two screens (its configuration file): the view opens full
    screen on the one that is not primary, and the keyboard stays with the entry screen."""
    make_session(tmp_path / "phien.tinnhiem", NAMES, [])
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96},
    ]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               XDG_CONFIG_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", TWO_SCREENS, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == (
        "['laptop', 'projector'] laptop projector True [1366, 0, 1920, 1080] PHIẾU SỐ 1 True")


@pytest.mark.usefixtures("english")
def test_the_english_view_is_english(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, [])
    view = open_entry(window, path)
    projector = open_projector(qtbot, window, view)
    board = projector.board
    assert board.heading_text() == "No ballot recorded yet."
    qtbot.keyClicks(view, "123x0")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    window.projector_results_action.trigger()
    assert board.heading_text() == "BALLOT NO. 1"
    assert board.progress_text() == "Recorded 1 / collected 40"
    assert projector.windowTitle() == f"Projector view — {TITLE}"
    assert window.projector_results_action.text() == "Show &results on the projector"
    names = [f"{i}. {name}" for i, (name, _) in enumerate(NAMES, start=1)]
    shown = [line.removeprefix(name) for name, line in zip(names, board.body_lines(),
                                                           strict=True)]
    shown += [line.removeprefix(name) for name, line in zip(names, board.results_lines()[1:],
                                                            strict=True)]
    shown.append(board.results_lines()[0])
    assert board.results_lines()[0].startswith("RUNNING RESULTS — ")
    assert not [t for t in shown if set(t) & VIETNAMESE_ONLY], shown


def test_a_ballot_set_aside_and_the_committees_decision(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, ["12312"])
    view = open_entry(window, path)
    board = open_projector(qtbot, window, view).board
    controller = window.controller
    assert controller is not None
    t = controller.ballot_type_ids()[0]
    held = controller.set_aside(t, "Dấu ở dòng 3 không rõ")  # what F9 does
    assert board.heading_text() == "phiếu số 2 để riêng"
    assert board.body_lines() == ["Chờ Ban kiểm phiếu quyết định; chưa tính vào kết quả."]
    assert board.progress_text() == "Đã nhập 1 / thu về 40"
    assert board.overflows() == []
    controller.decide_set_aside(held, "33333")
    assert board.heading_text() == "PHIẾU SỐ 2"
    assert board.body_lines()[2] == "3. Phạm Ngọc Ẩn: Tín nhiệm thấp"
    assert board.progress_text() == "Đã nhập 2 / thu về 40"


def test_what_the_room_sees_after_partial_repaints_is_the_whole_ballot_drawn_afresh(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Each Enter draws again only the levels that changed: the pixels on the projector's
    screen (its backing store) must then be exactly those of the board drawn whole."""
    names = [(f"Người Thứ {i:02d}", "Ủy viên") for i in range(12)]
    path = make_session(tmp_path / "phien.tinnhiem", names, [])
    view = open_entry(window, path)
    projector = open_projector(qtbot, window, view)
    QApplication.processEvents()
    screen = projector.screen()
    for marks in ("111111111111", "111111111112", "321321321321", "321321321321",
                  "x0x0x0x0x0x0", "111111111111"):
        qtbot.keyClicks(view, marks)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        QApplication.processEvents()
        on_screen = screen.grabWindow(projector.winId()).toImage()
        afresh = projector.grab().toImage()
        assert on_screen.size() == afresh.size()
        assert on_screen.convertToFormat(afresh.format()) == afresh, marks


def test_the_read_back_strip_after_partial_repaints_is_the_strip_drawn_afresh(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The same for the recorder's own screen: the read-back strip draws again only what a
    ballot changes; what is on screen must be the strip drawn whole."""
    names = [(f"Người Thứ {i:02d}", "Ủy viên") for i in range(12)]
    path = make_session(tmp_path / "phien.tinnhiem", names, [])
    view = open_entry(window, path)
    assert window.workspace is not None
    strip = window.workspace.entry_screen.readback
    screen = window.screen()
    for marks in ("111111111111", "111111111112", "321321321321", "x0x0x0x0x0x0"):
        qtbot.keyClicks(view, marks)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        QApplication.processEvents()
        at = strip.mapTo(window, QPoint(0, 0))
        on_screen = screen.grabWindow(window.winId(), at.x(), at.y(), strip.width(),
                                      strip.height()).toImage()
        afresh = strip.grab().toImage()
        assert on_screen.convertToFormat(afresh.format()) == afresh, marks


def test_a_few_officials_need_no_pages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, ["12312"])
    view = open_entry(window, path)
    projector = open_projector(qtbot, window, view)
    projector.resize(1024, 768)
    window.projector_results_action.trigger()
    QApplication.processEvents()
    board = projector.board
    assert board.results_page_text() == "" and not board.results_timer.isActive()
    assert board.shown_results_lines() == board.results_lines()[1:]
    assert board.type_sizes()["results"] >= 14
