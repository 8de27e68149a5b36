"""``copy_file``: "Lưu bản sao" as the window's worker thread makes it, from a connection of its
own — a copy verified in full with progress, carrying the file's fingerprint, named only once it
passes; stopped, refused or failed, it leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import make_session, sha256_of
from tests.robustness.forgery import forging
from tinnhiem_desktop.domain.errors import InvalidInput, TamperedFile
from tinnhiem_desktop.services import backups
from tinnhiem_desktop.services.backups import PARTIAL_SUFFIX
from tinnhiem_desktop.services.session import Session, copy_file, verify_file


@pytest.fixture
def session(tmp_path: Path) -> Path:
    s = make_session(tmp_path, n_candidates=3, collected=40)
    for marks in ("123", "312", "231", "111"):
        s.record_ballot(s.ballot_type().id, marks)
    s.close()
    return s.path


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_copy_is_verified_with_progress_and_has_the_files_fingerprint(
    session: Path, tmp_path: Path
) -> None:
    with Session.open(session) as s:  # the window holds the file open (and locked) meanwhile
        s.record_ballot(s.ballot_type().id, "222")
        fingerprint, entries = s.fingerprint(), s.verify().entries
        calls: list[tuple[int, int]] = []
        dest = tmp_path / "ban-sao.tinnhiem"
        report = copy_file(session, dest, lambda done, total: calls.append((done, total)))
    assert report.ok and report.fingerprint == fingerprint and report.entries == entries
    assert calls and calls[-1] == (entries, entries)
    again = verify_file(dest)
    assert again.ok and again.fingerprint == fingerprint
    assert not (tmp_path / ("ban-sao.tinnhiem" + PARTIAL_SUFFIX)).exists()


def test_a_copy_stopped_by_its_progress_leaves_nothing(session: Path, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    before, listing = sha256_of(session), _listing(tmp_path)
    with pytest.raises(Stop):
        copy_file(session, tmp_path / "ban-sao.tinnhiem", stop)
    assert _listing(tmp_path) == listing
    assert sha256_of(session) == before


@pytest.mark.parametrize("where", ["exists", "folder", "no-folder"])
def test_a_destination_to_choose_again_is_refused_before_anything_is_written(
    session: Path, tmp_path: Path, where: str
) -> None:
    dest = {"exists": session, "folder": tmp_path,
            "no-folder": tmp_path / "khong-co" / "x.tinnhiem"}[where]
    before, listing = sha256_of(session), _listing(tmp_path)
    with pytest.raises(InvalidInput):
        copy_file(session, dest)
    assert _listing(tmp_path) == listing
    assert sha256_of(session) == before


def test_a_file_edited_outside_the_app_gives_no_copy(session: Path, tmp_path: Path) -> None:
    with forging(session) as conn:
        conn.execute("UPDATE ballots SET marks = '333' WHERE id = 2")
    listing = _listing(tmp_path)
    with pytest.raises(TamperedFile, match="không qua được kiểm tra"):
        copy_file(session, tmp_path / "ban-sao.tinnhiem")
    assert _listing(tmp_path) == listing


def test_a_copy_that_is_not_a_state_the_file_had_is_not_kept(
    session: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy must end where the file's own log ended when it was read (the hash the source
    holds at the copy's length): here the source is made to say another hash."""
    real = backups.snapshot_to

    def other_head(source: Path, dest: Path) -> tuple[int, str]:
        entries, _ = real(source, dest)
        return entries, "0" * 64

    monkeypatch.setattr(backups, "snapshot_to", other_head)
    listing = _listing(tmp_path)
    with pytest.raises(TamperedFile, match="khác tệp đang mở"):
        copy_file(session, tmp_path / "ban-sao.tinnhiem")
    assert _listing(tmp_path) == listing
