"""A CSV decodes whole in one encoding or is refused with the first line that does not fit; a
mostly UTF-8 file is never read as Windows-1258."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import NAMES, make_session, run_cli, sha256_of
from tests.robustness.test_bad_imports import to_cp1258
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.exchange.csv_text import decode
from tinnhiem_desktop.services.session import Session

OFFICIALS = "ho_ten,chuc_vu\n" + "".join(f"{n},{p}\n" for n, p in NAMES)
LINES = OFFICIALS.splitlines(keepends=True)


def _mixed(bad_lines: set[int], bom: bool = False) -> bytes:
    """UTF-8, except the 1-based ``bad_lines`` in cp1258 (pasted from an older file)."""
    out = b"\xef\xbb\xbf" if bom else b""
    for number, line in enumerate(LINES, start=1):
        out += to_cp1258(line) if number in bad_lines else line.encode("utf-8")
    return out


@pytest.mark.parametrize(
    ("data", "line"),
    [(_mixed({4}), 4), (_mixed({4, 6}, bom=True), 4), (_mixed({2, 3}), 2),
     (_mixed({7}).replace(b"\n", b"\r\n"), 7), (_mixed({3}).replace(b"\n", b"\r"), 3)],
    ids=["one-line", "bom-two-lines", "cp1258-first", "crlf", "cr"],
)
def test_a_mostly_utf8_file_with_a_foreign_line_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, line: int
) -> None:
    path = tmp_path / "p.tinnhiem"
    Session.create(path, "party-qd96-2023").close()
    csv = tmp_path / "ds.csv"
    csv.write_bytes(data)
    before = sha256_of(path)
    code, out, err = run_cli(capsys, "candidates", "import", path, csv)
    assert (code, out) == (2, ""), out
    assert err.startswith(f"Lỗi: Dòng {line}: tệp CSV trộn hai bảng mã"), err
    assert "CSV UTF-8" in err and "Chưa có gì được nhập" in err
    assert sha256_of(path) == before


def test_a_mixed_ballot_file_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_session(tmp_path, n_candidates=3, collected=5).close()
    path = tmp_path / "phien.tinnhiem"
    header = "so_phieu," + ",".join(n for n, _ in NAMES[:3]) + ",khong_hop_le\n"
    data = (header + "1,1,2,3,\n").encode() + to_cp1258("2,,,,Phiếu rách\n")
    csv = tmp_path / "phieu.csv"
    csv.write_bytes(data)
    before = sha256_of(path)
    code, _, err = run_cli(capsys, "ballots", "import", path, csv)
    assert code == 2 and "Dòng 3: tệp CSV trộn hai bảng mã" in err, err
    assert sha256_of(path) == before


def test_a_whole_cp1258_file_is_still_read_even_with_curly_quotes() -> None:
    # "ồ" is ô + a combining grave (0xF4 0xCC); before ” (0x94) the bytes 0xCC 0x94 happen to be
    # a valid UTF-8 pair: a byte-level guess would call this file UTF-8 and refuse it.
    text = OFFICIALS + "“Lê Văn Hồ”,Ủy viên – Thư ký\n"
    data = to_cp1258(text)
    assert b"\xcc\x94" in data
    assert decode(data) == (text, "Windows-1258 (cp1258)")


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfe" + "ho_ten\nAn\n".encode("utf-16-le")[:-1],  # odd length
     b"\xff\xfe" + "ho_ten\n".encode("utf-16-le") + b"\x00\xd8\x41\x00",  # lone surrogate
     "ho_ten\nAn\nB\xecnh\n".encode("utf-16-le")[:-1],  # no BOM, cut short
     b"\xef\xbb\xbfho_ten\n\xc3\n", b"ho_ten\n\x81\x8d\x90\n"],
    ids=["utf16-odd", "utf16-surrogate", "utf16le-cut", "bom-then-bad", "cp1258-undefined"],
)
def test_files_that_decode_in_no_encoding_are_refused_with_a_line(data: bytes) -> None:
    with pytest.raises(InvalidInput, match=r"^Dòng \d+: không đọc được bảng mã .*CSV UTF-8"):
        decode(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_or_are_refused_politely(data: bytes) -> None:
    try:
        text, _ = decode(data)
    except InvalidInput as exc:
        assert exc.message.startswith("Dòng ")
    else:
        assert isinstance(text, str)
