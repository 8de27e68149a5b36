"""Copies to places that cannot take them, and rolling copies of a file whose name a glob pattern
would misread."""

from __future__ import annotations

import datetime as _dt
import itertools
from pathlib import Path

import pytest

from tests.helpers import make_readonly, make_session, run_cli, sha256_of
from tinnhiem_desktop.services.backups import (
    PARTIAL_SUFFIX,
    ROLLING_EVERY,
    ROLLING_KEEP,
    RollingBackup,
    backup_folder,
)
from tinnhiem_desktop.services.session import Session, verify_file


@pytest.fixture
def session(tmp_path: Path) -> Path:
    s = make_session(tmp_path, n_candidates=2, collected=4)
    s.record_ballot(s.ballot_type().id, "12")
    s.close()
    return s.path


def _refused(capsys: pytest.CaptureFixture[str], session: Path, dest: Path, code: int,
             words: str) -> None:
    before = sha256_of(session)
    folder = dest.parent if dest.parent.is_dir() else session.parent
    listing = sorted(p.name for p in folder.iterdir())
    got, out, err = run_cli(capsys, "backup", session, dest)
    assert (got, out) == (code, ""), err
    assert err.startswith("Lỗi:") and words in err, err
    assert sha256_of(session) == before
    assert sorted(p.name for p in folder.iterdir()) == listing


def test_backup_into_a_folder_that_cannot_be_written(
    session: Path, capsys: pytest.CaptureFixture[str], immutable: list[Path]
) -> None:
    folder = session.parent / "chi-doc"
    folder.mkdir()
    make_readonly(folder, immutable)
    _refused(capsys, session, folder / "x.tinnhiem", 3, "Không ghi được bản sao")


def test_backup_to_a_folder_a_missing_folder_or_under_a_file(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = session.parent / "thu-muc"
    folder.mkdir()
    _refused(capsys, session, folder, 2, "là một thư mục")
    _refused(capsys, session, session.parent / "khong-co" / "x.tinnhiem", 2, "không tồn tại")
    _refused(capsys, session, session / "x.tinnhiem", 2, "không tồn tại")
    assert not list(folder.iterdir())


def test_a_good_copy_after_the_refusals(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = session.parent / "ban-sao.tinnhiem"
    assert run_cli(capsys, "backup", session, dest)[0] == 0
    assert verify_file(dest).ok


@pytest.mark.parametrize("name", ["Hội nghị [lần 2].tinnhiem", "phiên*?.tinnhiem",
                                  "[abc].tinnhiem"])
def test_rolling_copies_are_pruned_whatever_the_name(tmp_path: Path, name: str) -> None:
    make_session(tmp_path, n_candidates=2, collected=20, name=name).close()
    path = tmp_path / name
    seconds = itertools.count()
    rolling = RollingBackup(every=1, keep=3, now=lambda: _dt.datetime(2026, 11, 27, 8, 0)
                            + _dt.timedelta(seconds=next(seconds)))
    folder = backup_folder(path)
    with Session.open(path, rolling_backup=rolling) as s:
        t = s.ballot_type().id
        s.record_ballot(t, "12")
        (folder / f"{path.stem}-20260101-000000-00001.tinnhiem{PARTIAL_SUFFIX}").write_bytes(b"")
        for _ in range(7):
            s.record_ballot(t, "21")
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"{path.stem}-20261127-08000{i}-0000{i + 1}.tinnhiem" for i in (5, 6, 7)]


def test_the_rolling_defaults_are_one_constant() -> None:
    rolling = RollingBackup()
    assert (rolling.every, rolling.keep) == (ROLLING_EVERY, ROLLING_KEEP) == (25, 10)
