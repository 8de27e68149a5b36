"""Copies of a set-up (issue 13, part 1): counting groups and second passes, through the CLI and
the services, and the forgeries of a copy's origin that verify must catch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import make_session, run_cli, sha256_of
from tests.robustness import forgery
from tinnhiem_desktop.domain.errors import InvalidInput, TamperedFile
from tinnhiem_desktop.services.session import (
    CopyKind,
    CopyOrigin,
    Session,
    copy_setup,
    verify_file,
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A session with a committee, officials, accounting and two ballots."""
    s = make_session(tmp_path, n_candidates=3, collected=10)
    s.set_committee([("Nguyễn Văn Hiền", "truong_ban"), ("Vũ Thị Ngọc Ánh", "thu_ky")])
    bt = s.ballot_type()
    s.record_ballot(bt.id, "123")
    s.record_ballot(bt.id, "x01")
    s.close()
    return tmp_path / "phien.tinnhiem"


def test_a_group_copy_through_the_cli(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = source.with_name("to-1.tinnhiem")
    code, out, err = run_cli(capsys, "copy-setup", source, new, "--group", "  Tổ 1 ",
                             "--ballots", "5")
    assert code == 0, err
    assert "Tổ 1" in out and "nhận 5 phiếu" in out
    with Session.open_to_view(source) as src:
        setup, fingerprint = src.setup_fingerprint, src.fingerprint()
        committee, info = src.committee(), src.info
        officials = src.candidates(src.ballot_type().id)
        accounting = src.ballot_type().accounting
    with Session.open_to_view(new) as copy:
        assert copy.copy_origin == CopyOrigin(CopyKind.GROUP, "Tổ 1", 5, setup, fingerprint,
                                              "phien.tinnhiem")
        assert copy.setup_fingerprint == setup
        assert copy.committee() == committee and copy.info == info
        bt = copy.ballot_type()
        assert copy.candidates(bt.id) == officials and bt.accounting == accounting
        assert copy.ballots(bt.id) == []
        assert copy.verify().ok
    assert len(setup) == 64


def test_a_second_pass_is_blind_and_carries_the_group_label(
    source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    group = source.with_name("to-2.tinnhiem")
    again = source.with_name("to-2-lan-2.tinnhiem")
    assert run_cli(capsys, "copy-setup", source, group, "--group", "Tổ 2")[0] == 0
    with Session.open(group) as g:
        g.record_ballot(g.ballot_type().id, "111")
        group_fingerprint = g.fingerprint()
    code, out, _ = run_cli(capsys, "copy-setup", group, again)
    assert code == 0
    assert "lượt nhập kiểm tra của Tổ 2" in out
    with Session.open_to_view(again) as second:
        origin = second.copy_origin
        assert origin is not None
        assert (origin.kind, origin.label, origin.ballots_handed) == (
            CopyKind.SECOND_PASS, "Tổ 2", None)
        assert origin.source_fingerprint == group_fingerprint
        assert origin.source_name == "to-2.tinnhiem"
        assert second.ballots(second.ballot_type().id) == []


def test_the_setup_fingerprint_ignores_ballots_and_follows_the_setup(source: Path) -> None:
    with Session.open(source) as s:
        before = s.setup_fingerprint
        s.record_ballot(s.ballot_type().id, "333")
        assert s.setup_fingerprint == before
        s.set_committee([("Nguyễn Văn Hiền", "truong_ban")])
        assert s.setup_fingerprint != before


def test_a_trial_copy_and_a_copy_of_a_finalised_session(source: Path) -> None:
    with Session.open(source) as s:
        bt = s.ballot_type()
        for _ in range(8):
            s.record_ballot(bt.id, "111")
        s.finalise("Nguyễn Văn Hiền")
    trial = copy_setup(source, source.with_name("thu.tinnhiem"), trial=True)
    with Session.open(trial) as t:
        assert t.copy_origin is not None and t.copy_origin.kind is CopyKind.TRIAL
        assert t.finalised is None
        t.record_ballot(t.ballot_type().id, "123")


@pytest.mark.parametrize("kwargs,words", [
    ({"group": "   "}, "tên tổ"),
    ({"group": "T" * 101}, "quá dài"),
    ({"ballots": 3}, "--group"),
    ({"group": "Tổ 1", "trial": True}, "không thể cả hai"),
])
def test_bad_requests_are_refused_and_nothing_is_written(
    source: Path, kwargs: dict[str, object], words: str
) -> None:
    new = source.with_name("moi.tinnhiem")
    with pytest.raises(InvalidInput, match=words):
        copy_setup(source, new, **kwargs)  # type: ignore[arg-type]
    assert sorted(p.name for p in source.parent.iterdir()) == ["phien.tinnhiem"]


def test_never_overwrites(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = source.with_name("co-roi.tinnhiem")
    new.write_bytes(b"something else")
    before = sha256_of(new)
    code, _, err = run_cli(capsys, "copy-setup", source, new, "--group", "Tổ 1")
    assert code == 2 and "đã tồn tại" in err
    assert sha256_of(new) == before


def test_a_tampered_source_is_refused(source: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with forgery.forging(source) as conn:
        conn.execute("UPDATE ballots SET marks = '333' WHERE id = 1")
    code, _, err = run_cli(capsys, "copy-setup", source, source.with_name("x.tinnhiem"))
    assert code == 3 and "không nguyên vẹn" in err
    assert not source.with_name("x.tinnhiem").exists()


# ---------------------------------------------------------------- forged origins


def _origin_payload(path: Path) -> tuple[int, dict[str, object]]:
    with forgery.forging(path) as conn:
        seq, payload = conn.execute(
            "SELECT seq, payload FROM log WHERE action = 'copy_origin'").fetchone()
    return seq, json.loads(payload)


@pytest.fixture
def copy(source: Path) -> Path:
    return copy_setup(source, source.with_name("to-1.tinnhiem"), group="Tổ 1", ballots=4)


def test_a_forged_setup_fingerprint_in_the_origin_is_caught(copy: Path) -> None:
    """A plain session passed off as a copy of another set-up: the origin names a set-up the file
    does not have. The chain is recomputed, so only the replay can see it."""
    seq, payload = _origin_payload(copy)
    payload["source_setup_fingerprint"] = "ab" * 32
    with forgery.forging(copy) as conn:
        conn.execute("UPDATE log SET payload = ? WHERE seq = ?",
                     (forgery.canonical(payload), seq))
        forgery.rehash(conn, seq)
    report = verify_file(copy)
    assert not report.ok
    assert "thiết lập của bản sao khác" in report.problems[0]
    with pytest.raises(TamperedFile):
        Session.open_to_view(copy)


def test_an_origin_added_after_ballots_is_caught(source: Path) -> None:
    """A second-pass file dressed up as a group afterwards (it would then merge)."""
    with Session.open_to_view(source) as s:
        setup, fingerprint = s.setup_fingerprint, s.fingerprint()
    with forgery.forging(source) as conn:
        forgery.append_event(conn, "copy_origin", {
            "kind": "group", "label": "Tổ 9", "ballots_handed": None,
            "source_setup_fingerprint": setup, "source_fingerprint": fingerprint,
            "source_name": "phien.tinnhiem", "at": forgery.AT})
    report = verify_file(source)
    assert not report.ok and "copy_origin" in report.problems[0]


def test_a_second_origin_is_caught(copy: Path) -> None:
    _, payload = _origin_payload(copy)
    payload["kind"] = "second_pass"
    payload["label"] = None
    payload["ballots_handed"] = None
    with forgery.forging(copy) as conn:
        forgery.append_event(conn, "copy_origin", payload)
    report = verify_file(copy)
    assert not report.ok and "hai lần" in report.problems[0]


def test_a_group_without_a_label_is_caught(copy: Path) -> None:
    seq, payload = _origin_payload(copy)
    payload["label"] = None
    with forgery.forging(copy) as conn:
        conn.execute("UPDATE log SET payload = ? WHERE seq = ?",
                     (forgery.canonical(payload), seq))
        forgery.rehash(conn, seq)
    report = verify_file(copy)
    assert not report.ok and "không có tên tổ" in report.problems[0]


def test_a_source_named_as_a_mac_writes_names(source: Path) -> None:
    """A file name in decomposed form (NFD, as macOS writes it on a USB stick) is stored as any
    text is: NFC, so the copy's own log verifies."""
    import unicodedata

    name = unicodedata.normalize("NFD", "Tổ Bắc.tinnhiem")
    nfd = source.rename(source.with_name(name))
    copy = copy_setup(nfd, source.with_name("lan-2.tinnhiem"))
    with Session.open_to_view(copy) as s:
        assert s.copy_origin is not None
        assert s.copy_origin.source_name == unicodedata.normalize("NFC", name)
