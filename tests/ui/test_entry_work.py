"""Work per mark key and per Enter, counted rather than timed (issue 11: Enter → durable →
painted within one frame, every mark key cheap): no widget of the window is resized, moved or
laid out again by a key or by an Enter, and a mark key reads nothing from the session file.

A label whose text changes after every ballot (the number in the heading, the count in the
status bar) keeps the room of the widest number of its kind. That room was once measured with
"8" for every digit; in the bundled font's bold "4" is wider, so "PHIẾU SỐ 4444" outgrew
"PHIẾU SỐ 8888" and such Enters laid the whole entry screen (and the status bar) out again:
most of an Enter's instructions (50 officials, ballots 2001-2010 of 3000: 65.6 M per
Enter before, 7.1 M after, callgrind).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.services.session import BallotRow, Session
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY

from .conftest import Dialogs
from .entry_sessions import entry_session, marks_for

GEOMETRY = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.LayoutRequest)


class Geometry(QObject):
    """Every resize, move and layout request of the application's widgets."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: Counter[tuple[str, str]] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in GEOMETRY and isinstance(watched, QWidget):
            name = watched.objectName() or type(watched).__name__
            self.seen[(event.type().name, name)] += 1
        return False


@contextmanager
def counting(session: Session) -> Iterator[tuple[Geometry, Counter[str]]]:
    """Geometry events of the window, and the calls to the session's public methods (every
    read of the file goes through one of them), while the block runs and its events settle."""
    geometry = Geometry()
    calls: Counter[str] = Counter()
    originals: dict[str, Any] = {}

    def wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return method(*args, **kwargs)
        return counted

    for name in dir(type(session)):
        method = getattr(session, name, None)
        if not name.startswith("_") and callable(method) and not isinstance(method, type):
            originals[name] = method
            setattr(session, name, wrap(name, method))
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(geometry)
    try:
        yield geometry, calls
        _settle()
    finally:
        app.removeEventFilter(geometry)
        for name in originals:
            delattr(session, name)


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_mark_keys_and_enter_lay_nothing_out_and_keys_read_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    officials = 50
    path = entry_session(tmp_path, officials=officials, collected=9999)
    window.resize(1366, 708)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    # Ballots numbered up to the widest digit of the number's font ("4444" in the bundled
    # font, wider there than "8888"); those before them are recorded before the window opens.
    metrics = QFontMetrics(entry.number_label.font())
    widest = max("0123456789", key=metrics.horizontalAdvance)
    first = int(widest * 4) - 2
    window.close_session()
    with Session.open(path) as s:
        # Enough of them before it for the ballot list to scroll already (its scroll bar
        # appearing once is not per-ballot work).
        s.record_ballots(s.ballot_type().id, [BallotRow(first - 59 + i, marks_for(i, officials))
                                              for i in range(60)])
    assert window.open_path(path)
    window.show_screen(ENTRY)
    assert window.workspace is not None and window.controller is not None
    entry = window.workspace.entry_screen
    session = window.controller.session
    _settle()
    assert entry.number_label.text() == f"PHIẾU SỐ {first + 1}"

    for k in range(1, 4):
        marks = marks_for(k, officials)
        with counting(session) as (geometry, calls):
            for code in marks:
                qtbot.keyClick(entry.paper_view, code)
            _settle()
        assert calls == Counter(), f"mark keys read the session: {calls}"
        assert geometry.seen == Counter(), f"mark keys laid out: {geometry.seen}"

        with counting(session) as (geometry, calls):
            qtbot.keyClick(entry.paper_view, Qt.Key.Key_Return)
        number = first + k
        assert entry.readback.title_text() == f"ĐÃ GHI — phiếu số {number}"
        assert entry.number_label.text() == f"PHIẾU SỐ {number + 1}"
        assert window.status.count_label.text() == f"đã nhập {k + 60} / thu về 9999"
        assert geometry.seen == Counter(), f"Enter on ballot {number} laid out: {geometry.seen}"
        # The set-aside ballots are read once, not after every ballot (the counter and the
        # status bar ask for them after each one).
        assert calls["set_aside_ballots"] == 0
        assert calls["record_ballot"] == 1
