"""Bad files opened from the window: the service's Vietnamese message through the Prompter, the
previous session (or the start page) still there and usable, the bad file unchanged; a read-only
file may be opened for viewing, where entry and set-up are closed and the results work."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers import make_readonly
from tests.robustness import forgery
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.storage.schema import SCHEMA_VERSION
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY, RESULTS

from .builders import counted_session
from .conftest import Dialogs


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _not_sqlite(p: Path) -> None:
    p.write_text("ho_ten,chuc_vu\nNguyễn Thị Việt Dung,Bí thư\n" * 10, encoding="utf-8")


def _zero(p: Path) -> None:
    p.write_bytes(b"")


def _truncated(p: Path) -> None:
    p.write_bytes(p.read_bytes()[: p.stat().st_size // 2])


def _sql(*statements: str) -> Callable[[Path], None]:
    def change(p: Path) -> None:
        conn = sqlite3.connect(p)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
    return change


def _foreign(p: Path) -> None:
    p.unlink()
    _sql("CREATE TABLE ballots (id INTEGER PRIMARY KEY, marks TEXT)")(p)


def _planted_view(p: Path) -> None:
    conn = sqlite3.connect(p)
    forgery.plant_ballots_view(conn, "11111")
    conn.commit()
    conn.close()


def _impossible_event(p: Path) -> None:
    """A ballot with marks no key can type, appended with a valid hash chain."""
    with forgery.forging(p) as conn:
        forgery.record(conn, 1, 99, "9")


def _payload_not_utf8(p: Path) -> None:
    with forgery.forging(p) as conn:
        forgery.not_utf8(conn, "log", "payload", "seq = 3")


BAD = {
    "not-sqlite": (_not_sqlite, "không phải tệp phiên"),
    "zero-bytes": (_zero, "rỗng"),
    "truncated": (_truncated, "hỏng"),
    "foreign-sqlite": (_foreign, "chương trình khác"),
    "newer": (_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}"), "phiên bản mới hơn"),
    "altered": (_sql("DROP TRIGGER ballots_no_update",
                     "UPDATE ballots SET marks = '33333' WHERE id = 1"), "không nguyên vẹn"),
    "planted-view": (_planted_view, "có thêm view “ballots”"),
    "impossible-event": (_impossible_event, "không nguyên vẹn"),
    "text-not-utf8": (_payload_not_utf8, "không đọc được (không phải mã UTF-8) ở cột “payload”"),
    "schema-not-utf8": (forgery.break_schema_text, "không đọc được (không phải mã UTF-8)"),
}


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_file_keeps_the_previous_session(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path, kind: str
) -> None:
    good = counted_session(tmp_path, collected=20, name="tot.tinnhiem")
    bad = counted_session(tmp_path, name="xau.tinnhiem")
    make, expected = BAD[kind]
    make(bad)
    before = _sha(bad)
    # From the start page: the message, and the start page stays.
    assert not window.open_path(bad)
    assert dialogs.warnings and expected in dialogs.warnings[-1], dialogs.warnings
    assert window.controller is None and window.stack.currentWidget() is window.start_page
    assert window.status.currentMessage() == ""  # no "verifying" left on the start page
    # With a session open: the message, and that session stays open and usable.
    assert window.open_path(good)
    assert not window.open_path(bad)
    assert len(dialogs.warnings) == 2 and expected in dialogs.warnings[-1]
    assert window.controller is not None and window.controller.path == good
    assert window.workspace is not None
    window.show_screen(ENTRY)
    view = window.workspace.entry_screen.paper_view
    qtbot.keyClicks(view, "11111")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert "phiếu số 9" in window.workspace.entry_screen.readback.title_text()
    assert _sha(bad) == before


def test_a_file_open_elsewhere_is_refused_naming_the_other(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = counted_session(tmp_path)
    with Session.open(path):
        assert not window.open_path(path)
    assert dialogs.warnings and f"tiến trình số {os.getpid()}" in dialogs.warnings[-1]
    assert window.controller is None
    assert window.open_path(path)  # released: opens normally
    assert window.open_path(path)  # the file already open here: simply stays open


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_file_opens_for_viewing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    immutable: list[tuple[Path, int]], what: str,
) -> None:
    folder = tmp_path / "luu-tru"
    folder.mkdir()
    path = counted_session(folder)
    before = _sha(path)
    make_readonly(path if what == "file" else folder, immutable)

    dialogs.questions.append(False)  # "open for viewing?" — no: nothing opens
    assert not window.open_path(path)
    assert "chỉ cho phép đọc" in dialogs.asked[-1] and window.controller is None

    dialogs.questions.append(True)
    assert window.open_path(path)
    c = window.controller
    assert c is not None and window.workspace is not None
    assert c.view_only and c.read_only and c.backup_schedule is None
    assert window.workspace.currentIndex() == RESULTS
    results = window.workspace.results_screen
    assert results.closing_label.isVisible() and "CHỈ XEM" in results.closing_label.text()
    assert not results.finalise_button.isVisible() and not results.addendum_button.isVisible()
    assert results.model.rowCount() == 5
    assert window.status.state_label.text() == "CHỈ XEM"
    assert not window.finalise_action.isEnabled() and not window.addendum_action.isEnabled()
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    qtbot.keyClick(entry.paper_view, "1")
    assert "chỉ xem" in entry.message_label.text() and entry.paper.is_blank()
    assert all(e.isReadOnly() for e in window.workspace.session_screen.edits.values())
    assert window.workspace.officials_screen.model.locked
    window.close_session()
    assert _sha(path) == before
