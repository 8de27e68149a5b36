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
