"""Opening never waits on verify: the window shows a big file at once, verifies it on a worker
thread with progress in the status bar, and takes no key and writes nothing until it is verified;
a file that fails is refused after the paint, with nothing written to it."""

from __future__ import annotations

import hashlib
import random
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers import make_readonly, make_session
from tinnhiem_desktop.domain.errors import SessionLocked
from tinnhiem_desktop.services.session import BallotRow, Session
from tinnhiem_desktop.ui import controller as controller_module
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY, RESULTS

from ..robustness.forgery import forging
from .conftest import NAMES, Dialogs

BALLOTS = 5000
"""Enough for two progress reports (one every 2,000 log entries) before the end."""


def _big_session(path: Path) -> Path:
    rng = random.Random(15)
    with Session.create(path, "party-qd96-2023", title="Hội nghị lớn") as s:
        t = s.ballot_type().id
        s.set_candidates(t, NAMES)
        s.set_accounting(t, issued=BALLOTS + 10, collected=BALLOTS + 10)
        s.record_ballots(t, [BallotRow(None, "".join(rng.choice("1230x") for _ in NAMES))
                             for _ in range(BALLOTS)])
    return path


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _big_session(tmp_path_factory.mktemp("big") / "lon.tinnhiem")


@pytest.fixture(autouse=True)
def verify_outlasts_the_build(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about a file whose verification lasts longer than building its screens
    (a big file on the recorder's laptop). Verify starts before the screens are built and runs
    beside them, so on a fast machine 5,000 ballots could be verified first, and the window
    would rightly show the file usable at once (the test after these checks that case). Here
    the worker starts only once the window waits for it, as it does for a big file."""
    real_verify = controller_module.verify_file

    def verify_file(path: Path, *args: Any, **kwargs: Any) -> Any:
        _until_the_window_waits(window)
        return real_verify(path, *args, **kwargs)

    monkeypatch.setattr(controller_module, "verify_file", verify_file)


def _until_the_window_waits(window: MainWindow) -> None:
    """On the verify worker: wait (10 s at most) until the window waits for the verdict."""
    for _ in range(10_000):
        if window.verifying:
            return
        threading.Event().wait(0.001)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Paints(QObject):
    """Counts the paints of the window's workspace (installed on the window's children as they
    come: the workspace is built inside ``open_path``)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _during_verification(window: MainWindow, seen: list[dict[str, Any]],
                         paints: Paints, path: Path, qtbot: QtBot) -> None:
    """At each progress report (the worker still verifying), what the window shows and does."""
    show = window.status.show_verify_progress

    def observe(done: int, total: int) -> None:
        show(done, total)
        workspace = window.workspace
        controller = window.controller
        if workspace is not None and paints not in workspace.findChildren(Paints):
            workspace.installEventFilter(paints)
            workspace.entry_screen.installEventFilter(paints)
        state: dict[str, Any] = {"done": done, "total": total, "paints": paints.count,
                                 "label": window.status.currentMessage()}
        if workspace is not None and controller is not None:
            state["verifying"] = controller.verifying
            state["enabled"] = workspace.isEnabled()
            screen = workspace.entry_screen
            # The recorder types a ballot and Enter: nothing may take it.
            for key in "11111":
                qtbot.keyClick(screen.paper_view, key)
            qtbot.keyClick(screen.paper_view, "\r")
            state["paper_blank"] = screen.paper.is_blank()
            try:
                controller.record_ballot(screen.type_id, "11111")
            except SessionLocked as exc:
                state["refused"] = exc.message
            state["sha"] = _sha(path)
        seen.append(state)

    window.status.show_verify_progress = observe  # type: ignore[method-assign]


def test_a_big_file_is_shown_at_once_and_takes_keys_once_verified(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, big_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "lon.tinnhiem"
    path.write_bytes(big_file.read_bytes())
    before = _sha(path)
    seen: list[dict[str, Any]] = []
    paints = Paints()
    window.resize(1366, 708)  # room for the progress in full (a narrower window: the next test)
    # The workspace is painted while verifying: count its paints from the first report on.
    _during_verification(window, seen, paints, path, qtbot)
    assert window.open_path(path)

    during = [s for s in seen if s.get("verifying")]
    # Shown (0 of an unknown total), then reports at 2,000 and 4,000 of 5,004 entries at least.
    assert [s["done"] for s in during[:3]] == [0, 2000, 4000], seen
    assert all(s["total"] == BALLOTS + 4 for s in during[1:])
    assert during[1]["label"] == (
        "Đang kiểm tra tệp: 2000 / 5004 mục nhật ký (39 %) — chưa nhập được")
    # Painted before verification ended (the second report comes after the first's paint).
    assert during[-1]["paints"] > 0
    # While verifying: the screens disabled, keys and writes refused, the file untouched.
    assert all(not s["enabled"] and s["paper_blank"] for s in during)
    assert all("đang được kiểm tra" in s["refused"] for s in during)
    assert all(s["sha"] == before for s in during)

    # Verified: usable, the progress gone, keys recorded.
    controller = window.controller
    workspace = window.workspace
    assert controller is not None and workspace is not None
    assert not controller.verifying and workspace.isEnabled()
    assert "Đang kiểm tra" not in window.status.currentMessage()
    window.show_screen(ENTRY)
    screen = workspace.entry_screen
    qtbot.keyClicks(screen.paper_view, "11111")
    qtbot.keyClick(screen.paper_view, "\r")
    assert f"phiếu số {BALLOTS + 1}" in screen.readback.title_text()
    assert _sha(path) != before


@pytest.mark.parametrize(("width", "expected"), [
    (1366, "Đang kiểm tra tệp: 2000 / 5004 mục nhật ký (39 %) — chưa nhập được"),
    (1024, "Đang kiểm tra tệp: 39 % — chưa nhập được"),
    (800, "Kiểm tra: 39 %"),  # below the laptops we plan for: the file and counts leave ~110 px
])
def test_the_progress_fits_the_room_the_status_bar_has(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, big_file: Path, tmp_path: Path,
    width: int, expected: str,
) -> None:
    """Qt cuts the status bar's message short without a mark: in a 1024-pixel window the full
    sentence lost its percentage ("… 66000 / 100004 m"). The longest wording that fits is
    shown, whole, and always with the percentage."""
    path = tmp_path / "lon.tinnhiem"
    path.write_bytes(big_file.read_bytes())
    window.resize(width, 708)
    status = window.status
    shown: list[tuple[int, str, int]] = []
    show = status.show_verify_progress

    def observe(done: int, total: int) -> None:
        show(done, total)
        if total:
            # Where Qt draws the message (QStatusBarPrivate::messageRect, then 3 px in from
            # each side): from x = 6 to 2 px before the first permanent label shown.
            room = status.file_label.x() - 2 - 6 - 3 - 3
            shown.append((done, status.currentMessage(), room))

    status.show_verify_progress = observe  # type: ignore[method-assign]
    assert window.open_path(path)
    assert shown and shown[0][0] == 2000
    _, text, room = shown[0]
    assert text == expected
    if width >= 1024:
        assert status.fontMetrics().horizontalAdvance(text) <= room
    window.close_session()

def _tamper_one_ballot(path: Path, ballot_id: int) -> None:
    """Another program changes one ballot's marks behind the log's back."""
    with forging(path) as conn:
        conn.execute("UPDATE ballots SET marks = '33333' WHERE id = ?", (ballot_id,))


def test_a_tampered_big_file_is_refused_after_the_paint_with_nothing_written(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, big_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "sua.tinnhiem"
    path.write_bytes(big_file.read_bytes())
    _tamper_one_ballot(path, 4321)
    before = _sha(path)
    seen: list[dict[str, Any]] = []
    paints = Paints()
    _during_verification(window, seen, paints, path, qtbot)
    assert not window.open_path(path)

    during = [s for s in seen if s.get("verifying")]
    assert len(during) >= 3 and during[-1]["paints"] > 0  # shown, painted, then refused
    assert all(not s["enabled"] and s["paper_blank"] and s["sha"] == before for s in during)
    # Refused as opening always refused it: the same message, the file closed and unchanged.
    assert len(dialogs.warnings) == 1
    assert "không nguyên vẹn" in dialogs.warnings[0]
    assert "phiếu đã nhập" in dialogs.warnings[0]
    assert window.controller is None and window.stack.currentWidget() is window.start_page
    assert _sha(path) == before
    assert not path.with_name(path.name + ".lock").exists()
    assert not path.with_name(path.stem + ".saoluu").exists()


def test_a_tampered_file_opened_over_a_session_leaves_that_session_usable(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, big_file: Path, tmp_path: Path
) -> None:
    good = tmp_path / "tot.tinnhiem"
    good.write_bytes(big_file.read_bytes())
    bad = tmp_path / "sua.tinnhiem"
    bad.write_bytes(big_file.read_bytes())
    _tamper_one_ballot(bad, 17)
    before = _sha(bad)
    assert window.open_path(good)
    first = window.controller
    assert not window.open_path(bad)
    assert len(dialogs.warnings) == 1 and "không nguyên vẹn" in dialogs.warnings[0]
    assert window.controller is first and window.workspace is not None
    assert window.workspace.isEnabled()
    window.show_screen(ENTRY)
    screen = window.workspace.entry_screen
    qtbot.keyClicks(screen.paper_view, "22222")
    qtbot.keyClick(screen.paper_view, "\r")
    assert f"phiếu số {BALLOTS + 1}" in screen.readback.title_text()
    assert _sha(bad) == before


def test_closing_while_verifying_stops_it_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, big_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "dong.tinnhiem"
    path.write_bytes(big_file.read_bytes())
    before = _sha(path)
    show = window.status.show_verify_progress

    def close_at_first_report(done: int, total: int) -> None:
        show(done, total)
        if done:
            window.close_session()  # Ctrl+W, or the window closed, mid-verification

    window.status.show_verify_progress = close_at_first_report  # type: ignore[method-assign]
    assert not window.open_path(path)
    assert window.controller is None and window.stack.currentWidget() is window.start_page
    assert dialogs.warnings == []
    assert _sha(path) == before
    assert not path.with_name(path.name + ".lock").exists()
    # And the file opens again, verified, as it should.
    window.status.show_verify_progress = show  # type: ignore[method-assign]
    assert window.open_path(path)


def _view_only_open(window: MainWindow, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch,
                    qtbot: QtBot, path: Path) -> list[dict[str, Any]]:
    """Open ``path`` (read-only on disk) the way the recorder does: Tệp → Mở… (Ctrl+O), the
    file chosen, "open for viewing?" answered yes. What the window shows at each progress
    report is returned; the GUI thread is free meanwhile (it handles the reports)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    seen: list[dict[str, Any]] = []
    show = window.status.show_verify_progress
    # The thread each report was made on (read when it is shown, later, on the GUI thread).
    made_on: dict[int, str] = {}
    real_verify = controller_module.verify_file

    def verify_file(path: Path, progress: Any = None, **kwargs: Any) -> Any:
        def report(done: int, total: int) -> None:
            made_on[done] = threading.current_thread().name
            progress(done, total)

        return real_verify(path, progress=report, **kwargs)

    monkeypatch.setattr(controller_module, "verify_file", verify_file)

    def observe(done: int, total: int) -> None:
        show(done, total)
        controller, workspace = window.controller, window.workspace
        seen.append({
            "done": done, "total": total, "label": window.status.currentMessage(),
            "gui_thread": threading.current_thread() is threading.main_thread(),
            "worker": made_on.get(done) == "tinnhiem-verify",
            "verifying": controller is not None and controller.verifying,
            "enabled": workspace is not None and workspace.isEnabled(),
            "view_only": controller is not None and controller.view_only,
            "finalise": window.finalise_action.isEnabled(),
        })

    window.status.show_verify_progress = observe  # type: ignore[method-assign]
    dialogs.questions.append(True)  # "Mở tệp ở chế độ chỉ xem?" — yes
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    window.status.show_verify_progress = show  # type: ignore[method-assign]
    assert "chỉ cho phép đọc" in dialogs.asked[-1]
    return seen


def test_a_read_only_file_is_verified_off_the_gui_thread_with_progress(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, big_file: Path, tmp_path: Path,
    immutable: list[tuple[Path, int]], monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "luu-tru.tinnhiem"
    path.write_bytes(big_file.read_bytes())
    make_readonly(path, immutable)
    window.resize(1366, 708)  # room for the progress in full
    seen = _view_only_open(window, dialogs, monkeypatch, qtbot, path)

    during = [s for s in seen if s["verifying"]]
    # Shown at once (0 of an unknown total), disabled, then reports at 2,000 and 4,000 of the
    # 5,004 log entries while the worker thread verifies and the GUI thread shows them.
    assert [s["done"] for s in during[:3]] == [0, 2000, 4000], seen
    assert during[1]["label"] == (
        "Đang kiểm tra tệp: 2000 / 5004 mục nhật ký (39 %) — chưa nhập được")
    assert all(s["gui_thread"] and s["worker"] for s in during[1:])
    assert all(s["view_only"] and not s["enabled"] and not s["finalise"] for s in during)
    # Verified: shown for viewing, as before (results screen, nothing writable).
    c = window.controller
    assert c is not None and window.workspace is not None
    assert c.view_only and not c.verifying and window.workspace.isEnabled()
    assert window.workspace.currentIndex() == RESULTS
    assert "Đang kiểm tra" not in window.status.currentMessage()
    assert window.status.state_label.text() == "CHỈ XEM"
    assert dialogs.warnings == []


def test_a_tampered_read_only_file_is_refused_after_its_verification(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, big_file: Path, tmp_path: Path,
    immutable: list[tuple[Path, int]], monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "sua-chi-doc.tinnhiem"
    path.write_bytes(big_file.read_bytes())
    _tamper_one_ballot(path, 4321)
    before = _sha(path)
    make_readonly(path, immutable)
    seen = _view_only_open(window, dialogs, monkeypatch, qtbot, path)

    during = [s for s in seen if s["verifying"]]
    assert len(during) >= 3 and all(not s["enabled"] for s in during)
    assert all(s["gui_thread"] and s["worker"] for s in during[1:])
    # Refused as the view-only open always refused it: the same message, nothing left open.
    assert len(dialogs.warnings) == 1
    assert "không nguyên vẹn" in dialogs.warnings[0]
    assert "phiếu đã nhập" in dialogs.warnings[0]
    assert window.controller is None and window.stack.currentWidget() is window.start_page
    assert _sha(path) == before


@pytest.mark.parametrize("when", ["while the screens are built", "while the window waits"])
@pytest.mark.parametrize("over_a_session", [False, True])
def test_a_bug_in_verify_refuses_the_file_instead_of_waiting_for_ever(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, when: str, over_a_session: bool,
) -> None:
    """Verify failing with an error that is not the file's fault (a bug) used to leave the
    window disabled, "verifying", for ever: nothing published a verdict. The file is now refused
    with a message, the session open before stays usable, and the error still reaches the crash
    report (here, pytest-qt's capture)."""
    make_session(tmp_path, n_candidates=len(NAMES), name="tot.tinnhiem").close()
    good = tmp_path / "tot.tinnhiem"
    other = tmp_path / "khac.tinnhiem"
    other.write_bytes(good.read_bytes())
    if over_a_session:
        assert window.open_path(good)

    def failing(path: Path, *args: Any, **kwargs: Any) -> Any:
        if when == "while the window waits":
            _until_the_window_waits(window)
        raise RuntimeError("lỗi thử trong verify")

    monkeypatch.setattr(controller_module, "verify_file", failing)
    with qtbot.captureExceptions() as exceptions:
        assert not window.open_path(other)
    assert [str(e[1]) for e in exceptions] == ["lỗi thử trong verify"]
    assert len(dialogs.warnings) == 1
    assert "phần mềm gặp lỗi ngoài dự kiến" in dialogs.warnings[0]
    assert "khac.tinnhiem" in dialogs.warnings[0]
    assert not window.verifying
    if over_a_session:
        assert window.controller is not None and window.controller.path == good
        assert window.workspace is not None and window.workspace.isEnabled()
        window.show_screen(ENTRY)
        screen = window.workspace.entry_screen
        qtbot.keyClicks(screen.paper_view, "1" * len(NAMES))
        qtbot.keyClick(screen.paper_view, Qt.Key.Key_Return)
        assert "phiếu số 1" in screen.readback.title_text()
    else:
        assert window.controller is None
        assert window.stack.currentWidget() is window.start_page
