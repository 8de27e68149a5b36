"""While a session is open, a full collection of the interpreter's garbage scans only what was
made since it became usable, not the modules, the window and the session's screens (it took
50–250 ms with a 10,000-ballot file open, and could fall on an Enter). Closing the session gives
everything back to the collector."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY

from .conftest import NAMES


class _Cycle:
    me: _Cycle


def _cycle() -> _Cycle:
    """An object only the cyclic collector frees, once nobody else refers to it."""
    cycle = _Cycle()
    cycle.me = cycle
    return cycle


def test_an_open_session_is_not_scanned_by_full_collections(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "mo.tinnhiem"
    with Session.create(path, "party-qd96-2023") as s:
        t = s.ballot_type().id
        s.set_candidates(t, NAMES)
        s.set_accounting(t, issued=10, collected=10)
    held = _cycle()
    assert window.open_path(path)
    assert window.workspace is not None
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the modules, the window, the session's screens
    window.show_screen(ENTRY)
    view = window.workspace.entry_screen.paper_view
    for _ in range(3):
        for _ in NAMES:
            qtbot.keyClick(view, "1")
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.controller is not None
    assert window.controller.session.recorded_count(t) == 3
    # What a full collection examines (every generation but the frozen one): a ballot's
    # objects and the screens shown since, a small part of what is alive.
    assert len(gc.get_objects()) < frozen // 5
    made_now = weakref.ref(_cycle())
    gc.collect()
    assert made_now() is None  # garbage made while it is open is collected as ever
    # The price: an object alive when the session became usable, and garbage since, waits for
    # the session to close.
    was_alive = weakref.ref(held)
    del held
    gc.collect()
    assert was_alive() is not None

    window.close_session()
    assert gc.get_freeze_count() < 1_000  # the session's objects are the collector's again
    gc.collect()
    assert was_alive() is None


def test_opening_another_session_gives_back_the_first(
    window: MainWindow, session_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "khac.tinnhiem"
    Session.create(other, "party-qd96-2023").close()
    assert window.open_path(session_path)
    held = _cycle()
    assert window.open_path(other)  # closes the first, then freezes what is alive again
    assert window.controller is not None and window.controller.path == other
    first_alive = weakref.ref(held)
    del held
    gc.collect()
    assert first_alive() is not None
    window.close_session()
    assert gc.get_freeze_count() < 1_000
    gc.collect()
    assert first_alive() is None
