"""Merging counting groups (issue 13, parts 3 and 4): group files built through the CLI (one of
them counted by hand), merged, the result checked against a sum computed here, every refusal,
and tampering with a group file or the merged file caught."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import run_cli
from tests.reports.pdfread import all_text
from tests.robustness import forgery
from tests.services.group_files import OFFICIALS, copy, import_ballots, make_source
from tinnhiem_desktop.domain.errors import InvalidInput, TamperedFile
from tinnhiem_desktop.services.session import Session, copy_setup, merge_groups, verify_file

GROUP_1 = [(1, "123"), (2, "111"), (3, "x03"), (4, "!")]
GROUP_2 = [(1, "333"), (2, "213"), (3, "!"), (4, "122"), (5, "111")]
# Tổ 3 counted on paper: per official, how many valid ballots carry 1, 2, 3, 0, x.
SHEET_3 = [
    {"1": 3, "2": 1, "3": 1, "0": 0, "x": 0},
    {"1": 0, "2": 4, "3": 0, "0": 1, "x": 0},
    {"1": 2, "2": 0, "3": 2, "0": 0, "x": 1},
]
SHEET_3_INVALID = 2


def _write_sheet(path: Path) -> Path:
    path.write_text("ho_ten,1,2,3,0,x\n" + "".join(
        f"{name},{c['1']},{c['2']},{c['3']},{c['0']},{c['x']}\n"
        for (name, _), c in zip(OFFICIALS, SHEET_3, strict=True)), encoding="utf-8")
    return path


@pytest.fixture
def groups(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[Path]:
    """Three counting groups of one session (collected 20): two entered, one by hand."""
    source = make_source(tmp_path, capsys, collected=20)
    g1 = copy(source, tmp_path / "to-1.tinnhiem", capsys, "--group", "Tổ 1", "--ballots", "6")
    g2 = copy(source, tmp_path / "to-2.tinnhiem", capsys, "--group", "Tổ 2")
    g3 = copy(source, tmp_path / "to-3.tinnhiem", capsys, "--group", "Tổ 3")
    import_ballots(g1, GROUP_1, capsys)
    import_ballots(g2, GROUP_2, capsys)
    code, out, err = run_cli(capsys, "hand-count", g3, "--csv", _write_sheet(tmp_path / "to3.csv"),
                             "--invalid", str(SHEET_3_INVALID))
    assert code == 0, err
    assert "7 phiếu (5 hợp lệ, 2 không hợp lệ toàn phiếu)" in out
    return [g1, g2, g3]


def _independent_sum() -> tuple[list[dict[str, int]], int, int]:
    """Per official, the count of each level, no-mark and multi-mark; the wholly invalid; and
    every ballot — counted here from the test's own data, not by the app."""
    totals = [dict.fromkeys("1230x", 0) for _ in OFFICIALS]
    whole_invalid, ballots = SHEET_3_INVALID, 5 + SHEET_3_INVALID
    for rows in (GROUP_1, GROUP_2):
        for _, marks in rows:
            ballots += 1
            if marks == "!":
                whole_invalid += 1
                continue
            for i, m in enumerate(marks):
                totals[i][m] += 1
    for i, sheet in enumerate(SHEET_3):
        for code, n in sheet.items():
            totals[i][code] += n
    return totals, whole_invalid, ballots


def test_merged_results_are_the_independent_sum(
    groups: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "gop.tinnhiem"
    code, text, err = run_cli(capsys, "merge", out, *groups)
    assert code == 0, err
    assert "Tổ 3 (kiểm bằng tay): 7 phiếu" in text
    code, text, _ = run_cli(capsys, "results", out, "--json")
    assert code == 0
    data = json.loads(text)
    (bt,) = data["ballot_types"]
    totals, whole_invalid, ballots = _independent_sum()
    assert (ballots, whole_invalid) == (16, 4)
    assert bt["recorded"] == ballots
    assert bt["whole_invalid"] == whole_invalid
    levels = {"1": "high", "2": "medium", "3": "low"}
    for official, expected in zip(bt["candidates"], totals, strict=True):
        assert {code: official["counts"][lvl] for code, lvl in levels.items()} == {
            code: expected[code] for code in levels}, official
        assert official["valid"] == ballots - whole_invalid - expected["0"] - expected["x"]
    assert run_cli(capsys, "verify", out)[0] == 0
    code, text, _ = run_cli(capsys, "verify", out, "--groups", *groups)
    assert code == 0 and "Tệp của 3 tổ khớp với tệp gộp" in text


def test_ballots_keep_their_group_and_number(groups: list[Path], tmp_path: Path) -> None:
    out = merge_groups(tmp_path / "gop.tinnhiem", groups)
    with Session.open_to_view(out) as s:
        merged = s.merged_groups()
        ballots = {b.id: b for b in s.ballots_of_merged()}
        assert [(g.label, g.hand_counted, g.ballots_handed, g.ballot_count) for g in merged] == [
            ("Tổ 1", False, 6, 4), ("Tổ 2", False, None, 5), ("Tổ 3", True, None, 7)]
        g2 = merged[1]
        assert [(n, ballots[i].marks or "!") for i, n in g2.ballots] == GROUP_2
        # Numbers in the merged file run on from group to group.
        assert [ballots[i].number for i, _ in g2.ballots] == [5, 6, 7, 8, 9]
    for path, group in zip(groups, merged, strict=True):
        with Session.open_to_view(path) as g:
            assert group.source_fingerprint == g.fingerprint()
            assert group.source_name == path.name


def test_the_merged_file_is_a_normal_session(
    groups: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = merge_groups(tmp_path / "gop.tinnhiem", groups)
    with Session.open(out) as s:
        bt = s.ballot_type()
        for _ in range(4):  # the last four ballots were counted at the committee's table
            s.record_ballot(bt.id, "111")
        s.finalise("Nguyễn Văn Hiền")
    pdf = tmp_path / "bien-ban.pdf"
    assert run_cli(capsys, "minutes", out, "-o", pdf)[0] == 0
    text = all_text(pdf.read_bytes())
    assert "Các tổ kiểm phiếu có kết quả được gộp vào biên bản này" in text
    assert "1. Tổ 1, nhận 6 phiếu: 4 phiếu; tệp to-1.tinnhiem" in text
    assert "3. Tổ 3, kiểm phiếu bằng tay (bảng tổng hợp): 7 phiếu" in text
    assert "Cộng: 3 tổ, 16 phiếu." in text
    with Session.open_to_view(groups[1]) as g:
        fp = g.fingerprint()
    assert " ".join(fp[i:i + 4] for i in range(0, 64, 4)) in text
    assert verify_file(out).ok


def test_a_group_file_changed_after_merging_is_caught(
    groups: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = merge_groups(tmp_path / "gop.tinnhiem", groups)
    # Tổ 2's file tampered with outside the app after the merge.
    with forgery.forging(groups[1]) as conn:
        conn.execute("UPDATE ballots SET marks = '111' WHERE number = 1")
    code, _, err = run_cli(capsys, "verify", out, "--groups", *groups)
    assert code == 3 and "to-2.tinnhiem không nguyên vẹn" in err
    # Tổ 1's file changed through the app (a ballot voided) after the merge: intact, but no
    # longer the file that was merged.
    with Session.open(groups[0]) as g:
        g.void_ballot_number(g.ballot_type().id, 2, "Nhập nhầm")
    code, _, err = run_cli(capsys, "verify", out, "--groups", groups[0])
    assert code == 3 and "to-1.tinnhiem (Tổ 1) đã thay đổi sau khi gộp" in err
    # The merged file on its own is intact.
    assert run_cli(capsys, "verify", out)[0] == 0


def test_a_forged_merged_file_is_caught(
    groups: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = merge_groups(tmp_path / "gop.tinnhiem", groups)
    # A table edited behind the log: a ballot's group number.
    edited = shutil.copy(out, tmp_path / "sua-bang.tinnhiem")
    with forgery.forging(Path(edited)) as conn:
        conn.execute("UPDATE merged_ballots SET group_number = 9 WHERE ballot_id = 1")
    report = verify_file(Path(edited))
    assert not report.ok and "các tổ kiểm phiếu đã gộp" in report.problems[0]
    # The log and the tables rewritten together, the chain recomputed: a possible history on its
    # own (as for any file, only a printed fingerprint catches that) — but not the groups' files.
    with forgery.forging(out) as conn:
        seq, payload = conn.execute(
            "SELECT seq, payload FROM log WHERE action = 'group_merged' ORDER BY seq").fetchone()
        data = json.loads(payload)
        data["ballots"][0][4] = "333"
        conn.execute("UPDATE log SET payload = ? WHERE seq = ?", (forgery.canonical(data), seq))
        conn.execute("UPDATE ballots SET marks = '333' WHERE id = ?", (data["ballots"][0][0],))
        forgery.rehash(conn, seq)
    assert verify_file(out).ok
    code, _, err = run_cli(capsys, "verify", out, "--groups", *groups)
    assert code == 3 and "đã thay đổi sau khi gộp" not in err
    assert "Các phiếu của Tổ 1 trong tệp gộp khác tệp to-1.tinnhiem" in err
    with pytest.raises(TamperedFile):
        Session.open_to_view(tmp_path / "sua-bang.tinnhiem")


def test_refusals(groups: list[Path], tmp_path: Path,
                  capsys: pytest.CaptureFixture[str]) -> None:
    g1, g2, g3 = groups
    source = tmp_path / "phien.tinnhiem"

    def refused(*files: Path, words: str, code: int = 2) -> None:
        out = tmp_path / "gop.tinnhiem"
        got, _, err = run_cli(capsys, "merge", out, *files)
        assert got == code and words in err, err
        assert not out.exists()

    refused(g1, g1, words="hai lần")
    refused(g1, shutil.copy(g1, tmp_path / "ban-sao-to-1.tinnhiem"), words="cùng một tệp")
    same_label = copy(source, tmp_path / "to-1-b.tinnhiem", capsys, "--group", "tổ 1")
    refused(g1, same_label, g2, words="cùng là của “tổ 1”")
    second = copy(g2, tmp_path / "to-2-lan-2.tinnhiem", capsys)
    refused(g1, second, words="lượt nhập kiểm tra")
    trial = copy_setup(source, tmp_path / "thu.tinnhiem", trial=True)
    refused(g1, trial, words="bản thử")
    refused(g1, source, words="phiên riêng")
    other_folder = tmp_path / "khac"
    other_folder.mkdir()
    other = make_source(other_folder, capsys, collected=21)
    other_group = copy(other, other_folder / "to-9.tinnhiem", capsys, "--group", "Tổ 9")
    refused(g1, other_group, words="không phải bản của cùng một thiết lập")
    # More ballots than collected (20): a fourth group with 5 more makes 21.
    g4 = copy(source, tmp_path / "to-4.tinnhiem", capsys, "--group", "Tổ 4")
    import_ballots(g4, [(n, "111") for n in range(1, 6)], capsys)
    refused(g1, g2, g3, g4, words="tổng cộng 21 phiếu, nhiều hơn số phiếu thu về (20)")
    # A ballot still set aside.
    with Session.open(g4) as g:
        g.void_ballot_number(g.ballot_type().id, 5, "Nhập nhầm")
        g.set_aside(g.ballot_type().id, "Dấu mờ")
    refused(g1, g4, words="để riêng")
    # Not intact: exit 3.
    with forgery.forging(g2) as conn:
        conn.execute("UPDATE ballots SET marks = '111' WHERE number = 1")
    refused(g1, g2, words="không nguyên vẹn", code=3)
    with pytest.raises(InvalidInput, match="đã tồn tại"):
        merge_groups(g3, [g1])


def test_hand_count_refusals(groups: list[Path], tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    g1, _, g3 = groups
    sheet = _write_sheet(tmp_path / "to.csv")
    code, _, err = run_cli(capsys, "hand-count", g1, "--csv", sheet)
    assert code == 2 and "không cả hai" in err
    code, _, err = run_cli(capsys, "hand-count", g3, "--csv", sheet)
    assert code == 2 and "không cả hai" in err
    code, _, err = run_cli(capsys, "hand-count", tmp_path / "phien.tinnhiem", "--csv", sheet)
    assert code == 2 and "Chỉ tệp của một tổ" in err
    g5 = copy(tmp_path / "phien.tinnhiem", tmp_path / "to-5.tinnhiem", capsys, "--group", "Tổ 5")
    bad = tmp_path / "sai.csv"
    bad.write_text("ho_ten,1,2,3\n" + "".join(f"{n},1,1,{i}\n"
                                               for i, (n, _) in enumerate(OFFICIALS)),
                   encoding="utf-8")
    code, _, err = run_cli(capsys, "hand-count", g5, "--csv", bad)
    assert code == 2 and "phải bằng nhau" in err
    with Session.open(g5) as g:
        assert g.hand_counts() == ()
        with pytest.raises(InvalidInput, match="nhiều hơn số phiếu thu về"):
            g.set_hand_count(g.ballot_type().id, [{"1": 21}] * 3, 0)


def test_forged_group_events_are_caught_even_with_matching_tables(
    groups: list[Path], tmp_path: Path
) -> None:
    """Events the app could never write, appended with a valid chain and with the tables made to
    agree: only the replay's rules can refuse them."""
    out = merge_groups(tmp_path / "gop.tinnhiem", groups[:1])
    with forgery.forging(out) as conn:
        (payload,) = conn.execute(
            "SELECT payload FROM log WHERE action = 'group_merged'").fetchone()
        again = json.loads(payload)
        again["seq"] = 2
        first_id = conn.execute("SELECT max(id) FROM ballots").fetchone()[0] + 1
        for i, row in enumerate(again["ballots"]):
            row[0], row[2] = first_id + i, 10 + i
        conn.execute("INSERT INTO merged_groups VALUES (2, ?, 0, ?, ?, ?, ?, ?)",
                     (again["label"], again["ballots_handed"], again["source_name"],
                      again["source_fingerprint"], again["source_setup_fingerprint"],
                      again["at"]))
        for bid, type_id, number, group_number, marks, reason in again["ballots"]:
            conn.execute("INSERT INTO ballots VALUES (?, ?, ?, ?, ?, ?)",
                         (bid, type_id, number, marks, reason, again["at"]))
            conn.execute("INSERT INTO merged_ballots VALUES (?, 2, ?)", (bid, group_number))
        forgery.append_event(conn, "group_merged", again, at=again["at"])
    report = verify_file(out)
    assert not report.ok and "được gộp hai lần" in report.problems[0]
    # A tally sheet in a file that is not a counting group's.
    plain = tmp_path / "phien.tinnhiem"
    sheet = {"ballot_type_id": 1, "counts": [dict(c) for c in SHEET_3], "whole_invalid": 0}
    with forgery.forging(plain) as conn:
        conn.execute("INSERT INTO hand_counts VALUES (0, 1, ?, 0)",
                     (forgery.canonical(sheet["counts"]),))
        forgery.append_event(conn, "hand_count_set", {"sheet": sheet, "at": forgery.AT})
    report = verify_file(plain)
    assert not report.ok and "không phải của tổ kiểm phiếu" in report.problems[0]


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(["111", "123", "321", "x03", "000", "!"]),
                         max_size=6), min_size=1, max_size=4))
def test_merged_tally_is_the_sum_of_the_groups(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str],
    stacks: list[list[str]]
) -> None:
    folder = tmp_path_factory.mktemp("gop")
    source = make_source(folder, capsys, collected=30)
    files = []
    for g, stack in enumerate(stacks, start=1):
        path = copy_setup(source, folder / f"to-{g}.tinnhiem", group=f"Tổ {g}")
        if stack:
            import_ballots(path, list(enumerate(stack, start=1)), capsys)
        files.append(path)
    out = merge_groups(folder / "gop.tinnhiem", files)
    with Session.open_to_view(out) as s:
        (bt,) = s.results().ballot_types
    every = [m for stack in stacks for m in stack]
    assert bt.recorded == len(every)
    assert sum(bt.whole_invalid_reasons.values()) == every.count("!")
    for i, official in enumerate(bt.candidates):
        column = [m[i] for m in every if m != "!"]
        assert official.counts == {"high": column.count("1"), "medium": column.count("2"),
                                   "low": column.count("3")}
        assert (official.no_mark, official.multi_mark) == (column.count("0"), column.count("x"))


def test_merging_reports_its_progress_to_the_end(groups: list[Path], tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    merge_groups(tmp_path / "gop.tinnhiem", groups, progress=lambda d, t: seen.append((d, t)))
    totals = {t for _, t in seen}
    assert len(totals) == 1
    total = totals.pop()
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == total
    # Four files verified (three groups, then the merged file), each reporting its own end.
    assert sum(1 for d in done if d and d % (total // 4) == 0) >= 4


def test_merging_stopped_half_way_leaves_no_file(groups: list[Path], tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    calls = [0]

    def progress(done: int, total: int) -> None:
        calls[0] += 1
        if done * 4 >= total * 3 + 1:  # past the groups: while the merged file is checked
            raise Stop

    out = tmp_path / "gop.tinnhiem"
    with pytest.raises(Stop):
        merge_groups(out, groups, progress=progress)
    assert calls[0] > 1
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "gop" in p.name) == []
