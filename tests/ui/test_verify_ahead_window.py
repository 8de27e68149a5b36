"""The window takes the report of the child that verified the file named on the command line
(``verify_ahead.py``) instead of verifying it again, and only for the file as it has
it open: a file forged after the child verified it is verified again, and refused."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tinnhiem_desktop import verify_ahead
from tinnhiem_desktop.bench.figures import build_big_session
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui import controller as controller_module
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.main_window import MainWindow

from ..helpers import ROOT
from ..robustness.forgery import forging
from .conftest import Dialogs


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """The files the window verifies itself (calls through to the real ``verify_file``)."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # the child: this checkout's package
    calls: list[Path] = []
    real = controller_module.verify_file

    def verify_file(path: Path, *args: Any, **kwargs: Any) -> Any:
        calls.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(controller_module, "verify_file", verify_file)
    yield calls
    verify_ahead.stop()


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "phien.tinnhiem"
    build_big_session(path, 5, 2000).close()
    return path


def test_a_file_verified_ahead_is_not_verified_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, verifications: list[Path]
) -> None:
    path = _file(tmp_path)
    verify_ahead.start(path)
    assert window.open_path(path)
    assert window.controller is not None
    qtbot.waitUntil(lambda: window.controller is not None and not window.controller.verifying)
    assert verifications == []
    controller = window.controller
    controller.record_ballot(controller.ballot_type_ids()[0], "11111")  # writes are released
    assert controller.session.recorded_count(controller.ballot_type_ids()[0]) == 2001


def test_a_file_forged_after_the_child_verified_it_is_verified_again_and_refused(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    verifications: list[Path]
) -> None:
    path = _file(tmp_path)
    verify_ahead.start(path)
    ahead = verify_ahead._started  # noqa: SLF001
    assert ahead is not None
    ahead._process.wait()  # it verified the file as it was  # noqa: SLF001
    with forging(path) as conn:
        conn.execute("UPDATE ballots SET marks = '33333' WHERE id = 7")
    assert not window.open_path(path)
    assert verifications == [path]
    assert len(dialogs.warnings) == 1 and "không nguyên vẹn" in dialogs.warnings[0]
    assert window.controller is None


def test_closing_the_file_while_the_child_verifies_it_stops_the_child(
    qtbot: QtBot, tmp_path: Path, verifications: list[Path]
) -> None:
    """Closing does not wait for the child's next word (it says one every 2,000 log entries,
    but nothing while it starts): here a child that would say nothing for a minute."""
    path = _file(tmp_path)
    silent = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    verify_ahead._started = verify_ahead.Ahead(path, silent)  # noqa: SLF001
    controller = SessionController(Session.open(path, verify=False))
    controller.start_verify()
    assert controller._ahead is not None and silent.poll() is None  # noqa: SLF001
    start = time.monotonic()
    controller.close()
    assert time.monotonic() - start < 10
    assert silent.poll() is not None
    assert controller.verifying  # never verified: nothing was released
