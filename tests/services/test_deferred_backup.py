"""A deferred rolling copy (the window's mode) is made after the ballot, or at close at latest."""

from pathlib import Path

from tests.helpers import make_session
from tinnhiem_desktop.services.backups import RollingBackup, backup_folder
from tinnhiem_desktop.services.session import Session


def _copies(path: Path) -> list[str]:
    return sorted(p.name[-15:] for p in backup_folder(path).glob("*.tinnhiem"))


def test_deferred_copy_waits_for_run_pending_then_close(tmp_path: Path) -> None:
    make_session(tmp_path, collected=60).close()
    path = tmp_path / "phien.tinnhiem"
    rolling = RollingBackup(every=25)
    rolling.defer = True
    s = Session.open(path, rolling_backup=rolling)
    t = s.ballot_type().id
    for _ in range(25):
        s.record_ballot(t, "123")
    assert rolling.pending and _copies(path) == []
    s.run_pending_backup()
    assert not rolling.pending and _copies(path) == ["-00025.tinnhiem"]
    for _ in range(25):
        s.record_ballot(t, "321")
    assert rolling.pending
    s.close()  # closing makes the copy that was still due
    assert _copies(path) == ["-00025.tinnhiem", "-00050.tinnhiem"]
