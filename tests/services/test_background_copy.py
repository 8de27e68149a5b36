"""Rolling copies made by a worker thread (the window's way): read through the worker's own
read-only connection while ballots keep being recorded, every copy a state the file really went
through; a failure reported, never raised; closing waits for a copy being made."""

from __future__ import annotations

import time
from pathlib import Path

from tests.helpers import make_session
from tinnhiem_desktop.services.backups import PARTIAL_SUFFIX, RollingBackup, backup_folder
from tinnhiem_desktop.services.session import BallotRow, Session, verify_file


def _slow(rolling: RollingBackup) -> RollingBackup:
    """One page per step and a pause: a copy that lasts while ballots are recorded."""
    rolling.defer = True
    rolling.background = True
    rolling.step_pages = 1
    rolling.step_pause = 0.002
    rolling.quiet_at_most = 0.5  # ballots come without a pause: the write waits so long at most
    return rolling


def _big(tmp_path: Path, ballots: int = 400) -> Path:
    s = make_session(tmp_path, n_candidates=6, collected=2000)
    s.record_ballots(s.ballot_type().id, [BallotRow(None, "123x01") for _ in range(ballots)])
    s.close()
    return tmp_path / "phien.tinnhiem"


def test_a_copy_made_while_ballots_keep_being_recorded(tmp_path: Path) -> None:
    path = _big(tmp_path)
    done: list[bool] = []
    rolling = _slow(RollingBackup(every=25))
    rolling.on_done = lambda: done.append(True)
    with Session.open(path, rolling_backup=rolling) as s:
        t = s.ballot_type().id
        while not rolling.pending:
            s.record_ballot(t, "123123")
        assert s.start_pending_backup()
        during = 0
        # Ballots at a brisk but human pace (a reader calls out a few a second at most): flat
        # out, every commit restarts SQLite's page copy and, on a loaded machine, the stack of
        # 2,000 ran out before the copy ended.
        while rolling.running and during < 1000:
            s.record_ballot(t, "321321")  # never refused, never waits for the copy
            during += 1
            time.sleep(0.004)
        assert during >= 3, "the copy was over before ballots could be recorded during it"
        copy = rolling.wait()  # at once if it is over; a loaded machine may need a moment more
        assert copy is not None and rolling.last_error is None and not rolling.running
        assert done == [True]
        history = {entry.hash for entry in s.log()}
        recorded = s.recorded_count(t)
    report = verify_file(copy)
    assert report.ok, report.problems
    assert report.fingerprint in history  # a state the file really went through
    with Session.open(copy, readonly=True) as c:
        held = c.recorded_count(c.ballot_type().id)
    assert 425 <= held <= recorded
    assert copy.name.endswith(f"-{held:05d}.tinnhiem")


def test_every_copy_verifies_and_only_the_newest_are_kept(tmp_path: Path) -> None:
    path = _big(tmp_path, ballots=10)
    rolling = RollingBackup(every=5, keep=3)
    rolling.defer = rolling.background = True
    made = []
    with Session.open(path, rolling_backup=rolling) as s:
        t = s.ballot_type().id
        for _ in range(40):
            s.record_ballot(t, "111222")
            if s.start_pending_backup():
                made.append(rolling.wait())
    assert len(made) == 8 and None not in made
    copies = sorted(backup_folder(path).glob("*.tinnhiem"))
    assert len(copies) == 3
    assert all(verify_file(c).ok for c in copies)


def test_a_failed_copy_is_reported_never_raised(tmp_path: Path) -> None:
    path = _big(tmp_path, ballots=10)
    backup_folder(path).write_text("một tệp chắn chỗ thư mục sao lưu", encoding="utf-8")
    errors: list[str] = []
    rolling = RollingBackup(every=5, on_error=errors.append)
    rolling.defer = rolling.background = True
    with Session.open(path, rolling_backup=rolling) as s:
        t = s.ballot_type().id
        while not rolling.pending:
            s.record_ballot(t, "123123")
        assert s.start_pending_backup()
        assert rolling.wait() is None
        assert rolling.last_error is not None and errors == [rolling.last_error]
        assert "Không tạo được bản sao lưu tự động" in rolling.last_error
        s.record_ballot(t, "123123")  # recording goes on
        assert s.recorded_count(t) == 16


def test_closing_waits_for_a_copy_being_made(tmp_path: Path) -> None:
    path = _big(tmp_path)
    rolling = _slow(RollingBackup(every=25))
    s = Session.open(path, rolling_backup=rolling)
    t = s.ballot_type().id
    while not rolling.pending:
        s.record_ballot(t, "123123")
    assert s.start_pending_backup() and rolling.running
    s.close()
    assert not rolling.running and not rolling.pending
    assert rolling.last_copy is not None and verify_file(rolling.last_copy).ok
    folder = backup_folder(path)
    assert not [p for p in folder.iterdir() if p.name.endswith(PARTIAL_SUFFIX)]
    assert [p.name for p in folder.iterdir()] == [rolling.last_copy.name]
