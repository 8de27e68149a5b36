"""SQLite's integrity check runs beside the rest of ``verify`` (its own thread and read-only
connection): a file with damaged pages is reported as damaged and as nothing else, whether the
damage broke the replay's reading or not, in the window's verify and in ``verify_file``; a verify
stopped half-way stops the check too."""

from __future__ import annotations

import random
import sqlite3
import threading
from pathlib import Path

import pytest

from tinnhiem_desktop.domain.errors import DamagedFile
from tinnhiem_desktop.services.session import BallotRow, Session, verify_file
from tinnhiem_desktop.storage import verify as verify_module


def _reader(path: Path) -> sqlite3.Connection:
    """Another program reading the file (read-only)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

NAMES = [(f"Người {i}", "Ủy viên") for i in range(5)]


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trang") / "phien.tinnhiem"
    rng = random.Random(7)
    with Session.create(path, "party-qd96-2023", title="Hội nghị") as s:
        t = s.ballot_type().id
        s.set_candidates(t, NAMES)
        s.set_accounting(t, issued=2200, collected=2200)
        s.record_ballots(t, [BallotRow(None, "".join(rng.choice("1230") for _ in NAMES))
                             for _ in range(2100)])
    return path


def _page_of(path: Path, name: str, which: int) -> tuple[int, int]:
    """(page number, page size) of the ``which``-th leaf page of table or index ``name``."""
    conn = _reader(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [p for (p,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (name,))]
    finally:
        conn.close()
    return pages[which], size


def _smash(path: Path, name: str, which: int) -> None:
    """Another program (a bad disk, a bad copy) overwrites a page's header and cell pointers."""
    page, size = _page_of(path, name, which)
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    data[start: start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def _flip(path: Path, name: str, which: int) -> None:
    """A bad disk flips bits in the cells of a page (its header intact): SQLite can still read
    the page, and its integrity check finds it wrong."""
    page, size = _page_of(path, name, which)
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    for offset in range(size - 600, size - 8, 7):
        data[start + offset] ^= 0x01
    path.write_bytes(bytes(data))


def _copy(sound: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hong.tinnhiem"
    path.write_bytes(sound.read_bytes())
    return path


def _only_damage(problems: list[str]) -> None:
    assert len(problems) == 1, problems
    assert problems[0].startswith("SQLite báo tệp hỏng: ")


def test_a_sound_file_passes_and_leaves_no_thread(sound: Path) -> None:
    report = verify_file(sound)
    assert report.ok and report.entries == 2104
    assert not [t for t in threading.enumerate() if t.name == "tinnhiem-pages"]


# Where the replay reads (the log, the ballots), and where it never does (an index: it reads the
# tables by their key).
@pytest.mark.parametrize(("name", "which"), [("log", 20), ("ballots", 5), ("ballots_by_type", 0)])
def test_damaged_cells_are_reported_as_damage_alone(
    sound: Path, tmp_path: Path, name: str, which: int
) -> None:
    path = _copy(sound, tmp_path)
    _flip(path, name, which)
    _only_damage(verify_file(path).problems)


@pytest.mark.parametrize(("name", "which"), [("log", 20), ("ballots", 5)])
def test_a_page_smashed_past_reading_is_a_damaged_file(
    sound: Path, tmp_path: Path, name: str, which: int
) -> None:
    path = _copy(sound, tmp_path)
    _smash(path, name, which)
    conn = _reader(path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()  # reading it fails
    conn.close()
    with pytest.raises(DamagedFile, match="bị hỏng .*Hãy dùng bản sao lưu gần nhất"):
        verify_file(path)


def test_the_open_sessions_verify_checks_the_pages_beside_it_too(
    sound: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's verify (of the file it has open: opening refuses damaged pages through its
    quick check) runs the integrity check on its own thread as ``verify_file`` does."""
    path = _copy(sound, tmp_path)
    checked: list[tuple[Path, str]] = []

    class Watched(verify_module._PagesCheck):
        def _run(self) -> None:
            checked.append((self._path, threading.current_thread().name))
            super()._run()

    monkeypatch.setattr(verify_module, "_PagesCheck", Watched)
    with Session.open(path) as s:  # opening verifies the file, then the window's Verify
        assert checked == [(path, "tinnhiem-pages")]
        assert s.verify().ok
    assert checked == [(path, "tinnhiem-pages")] * 2


def test_a_verify_stopped_half_way_stops_the_check(sound: Path) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if 0 < done < total:
            raise Stop

    with pytest.raises(Stop):
        verify_file(sound, progress=progress)
    assert not [t for t in threading.enumerate() if t.name == "tinnhiem-pages"]
