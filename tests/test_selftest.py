"""``--self-test`` passes from the source tree (the frozen app runs the same code)."""

import pytest

from tinnhiem_desktop.selftest import main


def test_self_test_passes(capsys: pytest.CaptureFixture[str], qapp) -> None:  # noqa: ANN001
    from tinnhiem_desktop.ui.selfcheck import check_qt

    assert main(check_qt) == 0
    out = capsys.readouterr().out
    assert "ĐẠT" in out and "biên bản PDF" in out and "Qt" in out
