"""``tinnhiem-desktop minutes FILE -o OUT.pdf``: exit codes and Vietnamese messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.builders import small_session
from tests.reports.pdfread import all_text
from tinnhiem_desktop.cli import main
from tinnhiem_desktop.domain.fingerprint import group_hex


def test_minutes_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = small_session(tmp_path)
    fingerprint = s.verify().fingerprint
    path = s.path
    s.close()
    out = tmp_path / "bien-ban.pdf"
    assert main(["minutes", str(path), "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert group_hex(fingerprint) in printed.out
    assert printed.err == ""
    assert group_hex(fingerprint) in all_text(out.read_bytes())


def test_minutes_bad_input_and_bad_file(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    s = small_session(tmp_path)
    path = s.path
    s.close()
    assert main(["minutes", str(path), "-o", str(tmp_path / "x.txt")]) == 2
    assert "phải kết thúc bằng .pdf" in capsys.readouterr().err
    assert main(["minutes", str(path), "-o", str(tmp_path / "khong-co" / "x.pdf")]) == 2
    assert "Không ghi được" in capsys.readouterr().err
    junk = tmp_path / "rac.tinnhiem"
    junk.write_bytes(b"not a session file at all" * 100)
    assert main(["minutes", str(junk), "-o", str(tmp_path / "y.pdf")]) == 3
    err = capsys.readouterr().err
    assert err.startswith("Lỗi:") and "Traceback" not in err
    assert not (tmp_path / "y.pdf").exists()
