"""Opening a file that is verified before its screens are built (most files: verify starts first
and runs beside the build): the window shows it usable in its first frame, never a frame of it
disabled; a tampered one is refused all the same, having taken no key. And the window started on
a file says it is opening it, then shows it (or the start page, if it cannot)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui import app as app_module
from tinnhiem_desktop.ui import controller as controller_module
from tinnhiem_desktop.ui import main_window as main_window_module
from tinnhiem_desktop.ui import workspace as workspace_module
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.settings import AppSettings

from ..helpers import sha256_of
from ..robustness.forgery import forging
from .conftest import Dialogs


class PaintsWhileDisabled(QObject):
    """Every paint of the workspace (or a widget in it), and whether it was disabled then."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.paints: list[bool] = []  # enabled, at each paint

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        workspace = self.window.workspace
        if event.type() == QEvent.Type.Paint and workspace is not None and (
                watched is workspace or workspace.isAncestorOf(watched)):
            self.paints.append(workspace.isEnabled())
        return False


@pytest.fixture
def verified_before_the_build(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The screens are built only once the worker has verified the file: the case of a file
    small enough to be verified while they are built, made certain."""
    done = threading.Event()
    real_verify = controller_module.verify_file

    def verify_file(*args: Any, **kwargs: Any) -> Any:
        try:
            return real_verify(*args, **kwargs)
        finally:
            done.set()

    class BuiltAfterVerify(workspace_module.Workspace):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            assert done.wait(10)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(controller_module, "verify_file", verify_file)
    monkeypatch.setattr(workspace_module, "Workspace", BuiltAfterVerify)
    return done


def test_a_file_verified_during_the_build_is_usable_in_its_first_frame(
    qtbot: QtBot, window: MainWindow, session_path: Path, verified_before_the_build: Any,
) -> None:
    watch = PaintsWhileDisabled(window)
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
    shown: list[tuple[int, int]] = []
    show = window.status.show_verify_progress
    window.status.show_verify_progress = (  # type: ignore[method-assign]
        lambda done, total: (shown.append((done, total)), show(done, total)))
    try:
        assert window.open_path(session_path)
        workspace = window.workspace
        assert workspace is not None and window.controller is not None
        assert not window.controller.verifying and workspace.isEnabled()
        qtbot.waitUntil(lambda: len(watch.paints) > 0)
    finally:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
    assert all(watch.paints), watch.paints  # never a frame disabled
    assert shown == []  # no "Đang kiểm tra tệp" at all
    assert window.close_action.isEnabled() and window.finalise_action.isEnabled()


def test_a_file_verified_a_moment_after_the_build_is_usable_in_its_first_frame(
    qtbot: QtBot, window: MainWindow, session_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Verify still running when the screens are built, and ending within ``VERIFY_GRACE_S``:
    the window waits for it rather than paint a frame of the file disabled."""
    built = threading.Event()
    real_verify = controller_module.verify_file
    real_settle = controller_module.SessionController.settle_verify

    def verify_file(*args: Any, **kwargs: Any) -> Any:
        assert built.wait(10)  # starts only once the screens are built
        return real_verify(*args, **kwargs)

    def settle_verify(self: Any, within: float = 0.0) -> None:
        built.set()
        real_settle(self, within)

    monkeypatch.setattr(controller_module, "verify_file", verify_file)
    monkeypatch.setattr(controller_module.SessionController, "settle_verify", settle_verify)
    # The mechanism, not the constant: a loaded test machine may take longer than 150 ms.
    monkeypatch.setattr(main_window_module, "VERIFY_GRACE_S", 10.0)
    watch = PaintsWhileDisabled(window)
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
    try:
        assert window.open_path(session_path)
        assert built.is_set() and window.controller is not None
        assert not window.controller.verifying and window.workspace is not None
        assert window.workspace.isEnabled()
        qtbot.waitUntil(lambda: len(watch.paints) > 0)
    finally:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
    assert all(watch.paints), watch.paints  # never a frame disabled


def test_a_tampered_file_verified_during_the_build_is_refused_unchanged(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path,
    verified_before_the_build: Any,
) -> None:
    with forging(session_path) as conn:
        conn.execute("UPDATE ballot_types SET name = 'Phiếu khác'")
    before = sha256_of(session_path)
    watch = PaintsWhileDisabled(window)
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
    try:
        assert not window.open_path(session_path)
    finally:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
    assert not any(watch.paints)  # never shown usable
    assert len(dialogs.warnings) == 1 and "không nguyên vẹn" in dialogs.warnings[0]
    assert window.controller is None and window.stack.currentWidget() is window.start_page
    assert sha256_of(session_path) == before
    assert not session_path.with_name(session_path.name + ".lock").exists()


def _started_on(qtbot: QtBot, settings: AppSettings, font_family: str,
                path: Path) -> MainWindow:
    win = MainWindow(settings, Prompter(), font_family, opening=path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_started_on_a_file_it_says_so_then_shows_it(
    qtbot: QtBot, settings: AppSettings, dialogs: Dialogs, font_family: str, session_path: Path,
) -> None:
    win = _started_on(qtbot, settings, font_family, session_path)
    assert win.opening_label is not None
    assert win.stack.currentWidget().isAncestorOf(win.opening_label)
    assert win.opening_label.text() == f"Đang mở tệp phiên {session_path.name}…"
    assert not win.close_action.isEnabled() and not win.finalise_action.isEnabled()
    assert win._start_page is None  # not built: never seen
    assert win.open_first(session_path)
    assert win.controller is not None and win.stack.currentWidget() is win.workspace
    assert win.stack.count() == 1  # the opening page is gone
    assert win._start_page is None
    # The recorder edits the title and closes the session (Ctrl+W) without leaving the field:
    # the edit is saved as the field loses the focus, while the file is still open.
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    title = win.focusWidget()
    assert isinstance(title, QLineEdit) and title.objectName() == "title"
    title.selectAll()
    qtbot.keyClicks(title, "Hoi nghi giua nhiem ky")
    win.close_session()
    assert win.stack.currentWidget() is win.start_page
    with Session.open(session_path, readonly=True) as s:
        assert s.info.title == "Hoi nghi giua nhiem ky"


def test_started_on_a_file_it_cannot_open_it_shows_the_start_page(
    qtbot: QtBot, settings: AppSettings, dialogs: Dialogs, font_family: str, tmp_path: Path,
) -> None:
    missing = tmp_path / "khong-co.tinnhiem"
    win = _started_on(qtbot, settings, font_family, missing)
    assert not win.open_first(missing)
    assert len(dialogs.warnings) == 1 and "khong-co.tinnhiem" in dialogs.warnings[0]
    assert win.controller is None and win.stack.currentWidget() is win.start_page
    assert win.stack.count() == 1


@pytest.mark.parametrize("case", ["opens", "missing", "tampered", "no file"])
def test_collection_is_back_on_once_the_first_opening_is_over(
    qtbot: QtBot, settings: AppSettings, dialogs: Dialogs, font_family: str, session_path: Path,
    tmp_path: Path, case: str,
) -> None:
    """``__main__.main`` stops the collection of cyclic garbage while the app starts; whatever
    becomes of the file named on the command line (opened, missing, refused once verified) or
    with none, it is on again once the first frame's work is done."""
    path: Path | None = session_path
    if case == "missing":
        path = tmp_path / "khong-co.tinnhiem"
    elif case == "tampered":
        with forging(session_path) as conn:
            conn.execute("UPDATE ballot_types SET name = 'Phiếu khác'")
    elif case == "no file":
        path = None
    win = MainWindow(settings, Prompter(), font_family, opening=path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    gc.disable()
    try:
        app_module._started(win, path)
        assert gc.isenabled()
    finally:
        gc.enable()
    assert (win.controller is not None) == (case == "opens")
    assert len(dialogs.warnings) == (1 if case in ("missing", "tampered") else 0)
    win.close_session()
