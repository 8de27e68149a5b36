"""Comparing entries of one stack (issue 13, part 2): a first pass and blind second passes built
through the CLI, every difference listed, the committee's decisions recorded as void and
re-entry, the comparison report read back from its PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import run_cli
from tests.reports.pdfread import all_text
from tests.robustness import forgery
from tests.services.group_files import copy, import_ballots, make_source
from tinnhiem_desktop.domain.errors import InvalidInput, TamperedFile
from tinnhiem_desktop.services.session import (
    RECONCILE_REASON,
    Reading,
    Session,
    compare_files,
)

FIRST = [(1, "123"), (2, "111"), (3, "222"), (4, "!"), (5, "x03")]
SECOND = [(1, "123"), (2, "121"), (4, "!"), (5, "x03"), (6, "333")]


@pytest.fixture
def passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The first pass and a blind second pass of one stack, differing on ballots 2, 3, 6."""
    first = make_source(tmp_path, capsys)
    second = copy(first, tmp_path / "lan-2.tinnhiem", capsys)
    import_ballots(first, FIRST, capsys)
    import_ballots(second, SECOND, capsys)
    return first, second


def test_compare_lists_every_difference_as_json(
    passes: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = passes
    code, out, _ = run_cli(capsys, "compare", first, second, "--json")
    assert code == 4
    data = json.loads(out)
    assert data["same"] is False
    assert [f["name"] for f in data["files"]] == ["phien.tinnhiem", "lan-2.tinnhiem"]
    assert data["files"][1]["origin"]["kind"] == "second_pass"
    assert data["files"][0]["setup_fingerprint"] == data["files"][1]["setup_fingerprint"]
    found = [(d["ballot_type"], d["number"],
              [(r["file"], r["present"], r["marks"], r["invalid_reason"]) for r in d["readings"]])
             for d in data["differences"]]
    kind = "Phiếu lấy phiếu tín nhiệm"
    assert found == [
        (kind, 2, [("phien.tinnhiem", True, "111", None), ("lan-2.tinnhiem", True, "121", None)]),
        (kind, 3, [("phien.tinnhiem", True, "222", None), ("lan-2.tinnhiem", False, None, None)]),
        (kind, 6, [("phien.tinnhiem", False, None, None), ("lan-2.tinnhiem", True, "333", None)]),
    ]


def test_compare_as_text(passes: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "compare", *passes)
    assert code == 4
    assert "3 phiếu khác nhau" in out
    assert "phiếu số 2:\n    phien.tinnhiem: 111\n    lan-2.tinnhiem: 121" in out
    assert "phiếu số 6:\n    phien.tinnhiem: (không có)\n    lan-2.tinnhiem: 333" in out


def test_the_committee_resolves_every_difference_then_the_files_agree(
    passes: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = passes
    # Ballot 2: the paper says 121 (the second pass was right); 3: the paper exists and is 222
    # (the second pass missed it); 6: exists, 333 (the first pass missed it).
    assert run_cli(capsys, "reconcile", first, "2", "--marks", "121")[0] == 0
    code, out, _ = run_cli(capsys, "reconcile", first, "3", "--marks", "222")
    assert code == 0 and "không thay đổi gì" in out
    assert run_cli(capsys, "reconcile", first, "6", "--marks", "333")[0] == 0
    with Session.open(second) as s:
        s.correct_ballot(s.ballot_type().id, 3, "222")
    code, out, _ = run_cli(capsys, "compare", first, second, "--json")
    assert code == 0 and json.loads(out)["differences"] == []
    with Session.open_to_view(first) as s:
        assert s.verify().ok
        bt = s.ballot_type()
        voided = [b for b in s.ballots(bt.id) if b.id in s.voids()]
        assert [(b.number, b.marks) for b in voided] == [(2, "111")]
        assert [v.reason for v in s.voids().values()] == [RECONCILE_REASON]
        assert [(b.number, b.marks) for b in s.active_ballots(bt.id)] == [
            (1, "123"), (2, "121"), (3, "222"), (4, ""), (5, "x03"), (6, "333")]
        decisions = s.reconcile_decisions()
    assert [(d.number, d.before, d.after) for d in decisions] == [
        (2, Reading("111", None), Reading("121", None))]
    # The report: files, fingerprints, (no) differences, the decision, signatures.
    pdf = tmp_path / "doi-chieu.pdf"
    code, out, _ = run_cli(capsys, "compare", first, second, "--pdf", pdf)
    assert code == 0 and "Đã in biên bản đối chiếu" in out
    text = all_text(pdf.read_bytes())
    assert "BIÊN BẢN ĐỐI CHIẾU CÁC LƯỢT NHẬP PHIẾU" in text
    assert "phien.tinnhiem" in text and "lan-2.tinnhiem (lượt nhập kiểm tra)" in text
    assert "các tệp giống nhau" in text
    assert "Phiếu số 2 (Phiếu lấy phiếu tín nhiệm" in text and "111 → 121" in text
    assert "Nguyễn Văn Hiền" in text and "Vũ Thị Ngọc Ánh" in text


def test_the_report_lists_the_differences(
    passes: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "doi-chieu.pdf"
    with Session.open_to_view(passes[0]) as s:
        fingerprint = s.fingerprint()
    assert run_cli(capsys, "compare", *passes, "--pdf", pdf)[0] == 4
    text = all_text(pdf.read_bytes())
    assert "3 phiếu" in text
    assert "Phiếu số 3: phien.tinnhiem: 222 lan-2.tinnhiem: không có phiếu này" in text
    assert "Chưa ghi quyết định nào" in text
    assert " ".join(fingerprint[i:i + 4] for i in range(0, 64, 4)) in text


def test_correct_ballot_in_one_transaction_and_refused_after_finalising(
    passes: tuple[Path, Path]
) -> None:
    first, _ = passes
    with Session.open(first) as s:
        bt = s.ballot_type()
        entries = len(s.log())
        ballot = s.correct_ballot(bt.id, 4, "", invalid_reason="Phiếu rách")
        assert len(s.log()) == entries  # the same reading: nothing written
        ballot = s.correct_ballot(bt.id, 4, "112")
        assert (ballot.number, ballot.marks) == (4, "112")
        assert [e.action.value for e in s.log()[entries:]] == ["ballot_voided",
                                                               "ballot_recorded"]
        with pytest.raises(InvalidInput):
            s.correct_ballot(bt.id, 5, "9")
        for n in range(6, 31):
            s.record_ballot(bt.id, "111", number=n)
        s.finalise("Nguyễn Văn Hiền")
        with pytest.raises(InvalidInput, match="đã chốt"):
            s.correct_ballot(bt.id, 5, "111")


def test_refusals(passes: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
                  tmp_path: Path) -> None:
    first, second = passes
    code, _, err = run_cli(capsys, "compare", first)
    assert code == 2 and "ít nhất hai tệp" in err
    code, _, err = run_cli(capsys, "compare", first, second, first)
    assert code == 2 and "hai lần" in err
    # A checked copy is the same file under another name: same fingerprint.
    assert run_cli(capsys, "backup", first, tmp_path / "ban-sao.tinnhiem")[0] == 0
    code, _, err = run_cli(capsys, "compare", first, tmp_path / "ban-sao.tinnhiem")
    assert code == 2 and "cùng một tệp" in err
    # Another set-up: a session of its own, or a copy whose set-up was changed afterwards.
    other_folder = tmp_path / "khac"
    other_folder.mkdir()
    other = make_source(other_folder, capsys, collected=31)
    code, _, err = run_cli(capsys, "compare", first, other)
    assert code == 2 and "không phải bản của cùng một thiết lập" in err
    assert "phien.tinnhiem" in err and other.name in err
    with Session.open(second) as s:
        s.set_committee([("Nguyễn Văn Hiền", "truong_ban")])
    with pytest.raises(InvalidInput, match="lan-2.tinnhiem"):
        compare_files([first, second])


def test_a_file_altered_outside_the_app_stops_the_comparison(
    passes: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = passes
    with forgery.forging(second) as conn:
        conn.execute("UPDATE ballots SET marks = '111' WHERE number = 2")
    code, _, err = run_cli(capsys, "compare", first, second, "--json")
    assert code == 3 and "lan-2.tinnhiem" in err
    with pytest.raises(TamperedFile):
        compare_files([first, second])


readings = st.one_of(st.none(), st.sampled_from(["111", "123", "x03", "!"]))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(readings, readings), min_size=1, max_size=8))
def test_compare_finds_exactly_the_ballots_that_differ(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str],
    pairs: list[tuple[str | None, str | None]]
) -> None:
    folder = tmp_path_factory.mktemp("hyp")
    first = make_source(folder, capsys)
    second = copy(first, folder / "lan-2.tinnhiem", capsys)
    a = [(n, r) for n, (r, _) in enumerate(pairs, start=1) if r is not None]
    b = [(n, r) for n, (_, r) in enumerate(pairs, start=1) if r is not None]
    if a:
        import_ballots(first, a, capsys)
    if b:
        import_ballots(second, b, capsys)
    expected = [n for n, (x, y) in enumerate(pairs, start=1) if x != y]
    result = compare_files([first, second])
    assert [d.number for d in result.differences] == expected
    assert result.same is (not expected)
