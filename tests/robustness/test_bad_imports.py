"""CSV imports as offices really send them, good and bad, through the CLI. A bad file is refused
with its line number and what is wrong, and nothing is imported (session file bytes unchanged)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.helpers import NAMES, make_session, run_cli, sha256_of
from tinnhiem_desktop.services.session import Session

HEADER = "so_phieu,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết,Phạm Ngọc Ẩn,khong_hop_le"


def to_cp1258(text: str) -> bytes:
    """As Windows writes Vietnamese in cp1258: â ê ô ă ơ ư đ precomposed, tones combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", char)
        shape = [m for m in marks if m in "\u0302\u0306\u031b"]  # circumflex, breve, horn
        letter = unicodedata.normalize("NFC", base + "".join(shape))
        out.append(letter.encode("cp1258"))
        out.extend(m.encode("cp1258") for m in marks if m not in shape)
    return b"".join(out)






@pytest.fixture
def session(tmp_path: Path) -> Path:
    make_session(tmp_path, n_candidates=3, collected=20).close()
    return tmp_path / "phien.tinnhiem"


def active(path: Path) -> list[tuple[int, str, str | None]]:
    with Session.open(path, readonly=True) as s:
        t = s.ballot_type().id
        return [(b.number, b.marks, b.invalid_reason) for b in s.active_ballots(t)]


GOOD_ROWS = "1,1,2,3,\n2,x,,3,\n3,,,,Phiếu không do Ban kiểm phiếu phát ra\n4,3,3,1,\n"
EXPECTED = [(1, "123", None), (2, "x03", None),
            (3, "", "Phiếu không do Ban kiểm phiếu phát ra"), (4, "331", None)]


@pytest.mark.parametrize(
    ("encode", "label"),
    [
        (lambda t: t.encode("utf-8"), "UTF-8"),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "UTF-8 (có BOM)"),
        (lambda t: t.replace(",", "\t").encode("utf-16"), "UTF-16"),
        (lambda t: to_cp1258(t), "Windows-1258 (cp1258)"),
        (lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), "UTF-8"),  # NFD text
        (lambda t: t.replace(",", ";").replace("\n", "\r\n").encode("utf-8"), "UTF-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-tab", "cp1258-nfd", "utf8-nfd", "semicolon-crlf"],
)
def test_encodings_are_read_and_reported(
    session: Path, capsys: pytest.CaptureFixture[str], encode, label: str
) -> None:
    csv = session.with_name("phieu.csv")
    csv.write_bytes(encode(HEADER + "\n" + GOOD_ROWS))
    code, out, err = run_cli(capsys, "ballots", "import", session, csv)
    assert code == 0, err
    assert "Đã nhập 4 phiếu" in out and f"bảng mã: {label}" in out
    assert active(session) == EXPECTED


def test_officials_in_nfd_cp1258_are_normalised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = Session.create(tmp_path / "p.tinnhiem", "party-qd96-2023")
    s.close()
    csv = tmp_path / "ds.csv"
    text = "ho_ten,chuc_vu\n" + "".join(f"{n},{p}\n" for n, p in NAMES)
    csv.write_bytes(to_cp1258(text))
    code, out, err = run_cli(capsys, "candidates", "import", tmp_path / "p.tinnhiem", csv)
    assert code == 0 and "Windows-1258" in out, err
    with Session.open(tmp_path / "p.tinnhiem", readonly=True) as s:
        got = [(c.name, c.title) for c in s.candidates(s.ballot_type().id)]
    assert got == NAMES
    assert all(unicodedata.is_normalized("NFC", n + p) for n, p in got)


BAD_BALLOTS = [
    ("1,1,2,3,\n1,3,3,3,\n", "Dòng 3: số phiếu 1 lặp lại (đã có ở dòng 2)"),
    ("1,1,2,3,\n3,1,1,1,\n2,3,3,3,\n", "Dòng 4: số phiếu 2 không theo thứ tự (sau số 3)"),
    ("1,1,2,3,\n2,1,2\n", "Dòng 3: có 3 cột, cần 5 cột"),
    ("1,1,2,3,,,\n", "Dòng 2: có 7 cột, cần 5 cột"),
    ("1,1,2,3,\n2,1,0,3,\n", "Dòng 3: ô của “Trần Thị Ánh Tuyết” có mã “0”"),
    ("1,1,2,4,\n", "Dòng 2: ô của “Phạm Ngọc Ẩn” có mã “4”"),
    ("1,cao,2,3,\n", "Dòng 2: ô của “Nguyễn Thị Việt Dung” có mã “cao”"),
    ("1,1,2,3,\n,1,1,1,\n", "Dòng 3: số phiếu “” phải là số nguyên dương"),
    ("0,1,2,3,\n", "Dòng 2: số phiếu “0” phải là số nguyên dương"),
    ("1,1,2,3,\n\n3,1,1,1,\n", "Dòng 3: dòng trống giữa các phiếu"),
    ("1,1,2,3,\n,,,,\n3,1,1,1,\n", "Dòng 3: dòng trống giữa các phiếu"),
    ("1,1,2,3,Phiếu gạch tên\n", "Dòng 2: phiếu không hợp lệ toàn bộ thì để trống"),
    ("1,1,2,3,\n\"2,1,2,3,\n", "Dòng"),  # an unclosed quote
]


@pytest.mark.parametrize(("rows", "message"), BAD_BALLOTS)
def test_bad_ballot_rows_are_refused_whole(
    session: Path, capsys: pytest.CaptureFixture[str], rows: str, message: str
) -> None:
    csv = session.with_name("phieu.csv")
    csv.write_text(HEADER + "\n" + rows, encoding="utf-8")
    before = sha256_of(session)
    code, _, err = run_cli(capsys, "ballots", "import", session, csv)
    assert code == 2, err
    assert message in err, err
    assert "Traceback" not in err
    assert sha256_of(session) == before


def test_many_errors_are_listed_together(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = session.with_name("phieu.csv")
    csv.write_text(HEADER + "\n1,1,2,9,\n1,1,1,1,\n3,1\n", encoding="utf-8")
    before = sha256_of(session)
    code, _, err = run_cli(capsys, "ballots", "import", session, csv)
    assert code == 2 and "tệp có 3 lỗi (chưa có gì được ghi)" in err
    assert all(f"Dòng {n}:" in err for n in (2, 3, 4))
    assert sha256_of(session) == before


def test_conflict_with_ballots_already_in_the_file(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Session.open(session) as s:
        s.record_ballot(s.ballot_type().id, "111")
    csv = session.with_name("phieu.csv")
    csv.write_text(HEADER + "\n2,1,2,3,\n1,3,3,3,\n", encoding="utf-8")
    before = sha256_of(session)
    code, _, err = run_cli(capsys, "ballots", "import", session, csv)
    assert code == 2
    assert "Dòng 3: số phiếu 1 không theo thứ tự" in err or "Dòng 3: Phiếu số 1 đã được nhập" in err
    assert sha256_of(session) == before
    csv.write_text(HEADER + "\n" + "".join(f"{n},1,2,3,\n" for n in range(2, 22)), "utf-8")
    code, _, err = run_cli(capsys, "ballots", "import", session, csv)
    assert code == 2 and "Dòng 21:" in err and "Không có phiếu nào được nhập" in err
    assert sha256_of(session) == before and len(active(session)) == 1


def test_wrong_header(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = session.with_name("phieu.csv")
    before = sha256_of(session)
    for header in ["so,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết,Phạm Ngọc Ẩn",
                   "so_phieu,Trần Thị Ánh Tuyết,Nguyễn Thị Việt Dung,Phạm Ngọc Ẩn", ""]:
        csv.write_text(header + "\n1,1,2,3\n", encoding="utf-8")
        code, _, err = run_cli(capsys, "ballots", "import", session, csv)
        assert code == 2 and ("Dòng 1:" in err or "tiêu đề" in err), err
    assert sha256_of(session) == before


BAD_OFFICIALS = [
    ("ho_ten,chuc_vu\nNguyễn Thị Việt Dung,Bí thư\nNguyễn Thị Việt Dung,Bí thư\n",
     "Dòng 3: “Nguyễn Thị Việt Dung” trùng với dòng 2"),
    # the same person typed NFD on the second line is still the same person
    ("ho_ten,chuc_vu\nLê Quang Hưng,Ủy viên\n"
     + unicodedata.normalize("NFD", "Lê Quang Hưng,Ủy viên\n"), "Dòng 3:"),
    ("ho_ten,chuc_vu\nLê Quang Hưng,Ủy viên\n,Chánh Văn phòng\n", "Dòng 3: thiếu họ tên"),
    ("ho_ten,chuc_vu\nLê Quang Hưng,Ủy viên,thừa\n", "Dòng 2: có 3 cột"),
    ("ho_ten,chuc_vu\nLê Quang Hưng,Ủy viên\n\nPhạm Ngọc Ẩn,Phó Chủ tịch\n",
     "Dòng 3: dòng trống giữa danh sách"),
    ("chuc_vu\nỦy viên\n", "thiếu cột “ho_ten”"),
    ("ho_ten,chuc_vu\n", "tệp không có người nào"),
]


@pytest.mark.parametrize(("text", "message"), BAD_OFFICIALS)
def test_bad_official_lists_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    Session.create(tmp_path / "p.tinnhiem", "party-qd96-2023").close()
    path = tmp_path / "p.tinnhiem"
    csv = tmp_path / "ds.csv"
    csv.write_text(text, encoding="utf-8")
    before = sha256_of(path)
    code, _, err = run_cli(capsys, "candidates", "import", path, csv)
    assert code == 2 and message in err, err
    assert sha256_of(path) == before


def test_undecodable_and_missing_csv(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = session.with_name("phieu.csv")
    csv.write_bytes(b"so_phieu\n\x81\x8a\x8d\n")
    before = sha256_of(session)
    code, _, err = run_cli(capsys, "ballots", "import", session, csv)
    assert code == 2 and "bảng mã" in err
    code, _, err = run_cli(capsys, "ballots", "import", session, session.with_name("khong-co.csv"))
    assert code == 2 and "Không tìm thấy" in err
    assert sha256_of(session) == before
