"""``Session.open(..., verify=False)``: the window's way to show a file at once. Every write is
held back until ``finish_opening`` takes a verification of this very file; the CLI's way
(``verify=True``, the default) still verifies before returning."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tinnhiem_desktop.domain.errors import SessionLocked, TamperedFile
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.services.backups import RollingBackup
from tinnhiem_desktop.services.session import Session, verify_file

from ..helpers import make_session
from ..robustness.forgery import forging


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _file_with_ballots(tmp_path: Path, n: int = 3) -> Path:
    with make_session(tmp_path) as s:
        t = s.ballot_type().id
        for marks in ["123", "321", "111"][:n]:
            s.record_ballot(t, marks)
        return s.path


def test_nothing_is_written_until_the_verification_is_taken(tmp_path: Path) -> None:
    path = _file_with_ballots(tmp_path)
    before = _sha(path)
    s = Session.open(path, rolling_backup=True, verify=False)
    try:
        t = s.ballot_type().id
        assert not s.verified
        assert s.recorded_count(t) == 3  # reading works at once
        assert s.rolling_backup is not None  # where copies go is known, none is made yet
        with pytest.raises(SessionLocked, match="đang được kiểm tra"):
            s.record_ballot(t, "222")
        with pytest.raises(SessionLocked, match="đang được kiểm tra"):
            s.update_info(title="Đổi tên")
        assert not s.may(Action.BALLOT_RECORDED)  # the window's menus ask this
        assert _sha(path) == before
        report = verify_file(path, progress=lambda done, total: None)
        s.finish_opening(report)
        assert s.verified
        s.record_ballot(t, "222")
        assert s.recorded_count(t) == 4
    finally:
        s.close()
    assert verify_file(path).ok


def test_a_failed_verification_is_refused_as_opening_refuses_it(tmp_path: Path) -> None:
    path = _file_with_ballots(tmp_path)
    with forging(path) as conn:
        conn.execute("UPDATE ballots SET marks = '333' WHERE id = 2")
    before = _sha(path)
    # The CLI's way: refused on opening.
    with pytest.raises(TamperedFile) as cli_refusal:
        Session.open(path)
    s = Session.open(path, verify=False)
    try:
        report = verify_file(path)
        with pytest.raises(TamperedFile) as window_refusal:
            s.finish_opening(report)
        assert window_refusal.value.message == cli_refusal.value.message
        assert "phiếu đã nhập" in window_refusal.value.message
        assert not s.verified
        with pytest.raises(SessionLocked):
            s.record_ballot(s.ballot_type().id, "111")
    finally:
        s.close()
    assert _sha(path) == before


def test_a_verification_of_another_state_is_refused(tmp_path: Path) -> None:
    """A report made before the file changed (another program wrote to it meanwhile) does not
    vouch for what it holds now."""
    path = _file_with_ballots(tmp_path, n=2)
    old_report = verify_file(path)
    with Session.open(path) as writer:
        writer.record_ballot(writer.ballot_type().id, "111")
    s = Session.open(path, verify=False)
    try:
        with pytest.raises(TamperedFile, match="đã thay đổi trong khi đang được kiểm tra"):
            s.finish_opening(old_report)
        assert not s.verified
    finally:
        s.close()


def test_rolling_copies_start_once_verified(tmp_path: Path) -> None:
    path = _file_with_ballots(tmp_path)
    rolling = RollingBackup(every=1)
    s = Session.open(path, rolling_backup=rolling, verify=False)
    try:
        s.finish_opening(verify_file(path))
        s.record_ballot(s.ballot_type().id, "222")
        assert rolling.last_copy is not None and rolling.last_copy.exists()
        assert verify_file(rolling.last_copy).ok
    finally:
        s.close()


def test_the_progress_reaches_the_end(tmp_path: Path) -> None:
    path = _file_with_ballots(tmp_path)
    calls: list[tuple[int, int]] = []
    report = verify_file(path, progress=lambda done, total: calls.append((done, total)))
    assert report.ok
    # 1 creation, 1 ballot type, officials, accounting, 3 ballots: 7 entries; a report at the end.
    assert calls == [(7, 7)]
