"""``--self-test`` passes from the source tree (the frozen app runs the same code)."""

import pytest

from tinnhiem_desktop.selftest import main


def test_self_test_passes(capsys: pytest.CaptureFixture[str], qapp) -> None:  # noqa: ANN001
    from tinnhiem_desktop.ui.selfcheck import check_qt

    assert main(check_qt) == 0
    out = capsys.readouterr().out
    assert "ĐẠT" in out and "biên bản PDF" in out and "Qt" in out


def test_commands_without_a_console_write_to_a_log(
    tmp_path, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    """A Windows GUI build has no standard streams: output goes to a log, nothing crashes."""
    import sys
    import tempfile

    from tinnhiem_desktop.__main__ import main as entry

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["tinnhiem-desktop", "verify", str(tmp_path / "none")])
    try:
        assert entry() == 2
    finally:
        log = sys.stdout
        monkeypatch.undo()
        log.close()
    assert "Không tìm thấy tệp" in (tmp_path / "tinnhiem-desktop.log").read_text("utf-8")
