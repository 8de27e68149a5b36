"""The entry point: a window that cannot load says what is missing, and fails."""

import sys

import pytest

from tinnhiem_desktop.__main__ import main


def test_a_broken_qt_install_is_an_error_naming_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "tinnhiem_desktop.ui.app", None)
    monkeypatch.setattr(sys, "argv", ["tinnhiem-desktop"])
    assert main() == 1
    out, err = capsys.readouterr()
    assert out == ""  # not the command line's help
    assert "tinnhiem_desktop.ui.app" in err and "cài đặt lại" in err


def test_a_file_named_starts_its_verification_in_a_child(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``tinnhiem-desktop FILE`` (a double click on a file) starts the child that verifies it
    (before importing the window, which fails here); without a file there is no child."""
    from pathlib import Path

    from tinnhiem_desktop import verify_ahead

    started: list[Path] = []
    monkeypatch.setattr(verify_ahead, "start", started.append)
    monkeypatch.setitem(sys.modules, "tinnhiem_desktop.ui.app", None)
    for argv, expected in ((["phien.tinnhiem"], [Path("phien.tinnhiem")]), ([], [])):
        started.clear()
        monkeypatch.setattr(sys, "argv", ["tinnhiem-desktop", *argv])
        assert main() == 1
        assert started == expected
    capsys.readouterr()
