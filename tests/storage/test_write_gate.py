"""A rolling copy read by a worker never makes the writer meet SQLite's "busy" (and its busy
handler's sleeps of 1, 2, 5, 10 … ms): the two take turns through the file's write gate."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from tests.helpers import make_session, raw_connection
from tinnhiem_desktop.services.session import BallotRow, Session, verify_file
from tinnhiem_desktop.storage.gate import WriteGate, gate_for
from tinnhiem_desktop.storage.session_file import snapshot_to


def _session_file(tmp_path: Path, ballots: int) -> Path:
    s = make_session(tmp_path, n_candidates=6, collected=9000)
    s.record_ballots(s.ballot_type().id, [BallotRow(None, "123x01") for _ in range(ballots)])
    s.close()
    return tmp_path / "phien.tinnhiem"


def test_ballots_recorded_during_a_copy_never_meet_busy(tmp_path: Path) -> None:
    path = _session_file(tmp_path, 3000)  # some 250 pages: the copy outlasts a few commits
    dest = tmp_path / "ban-sao.tinnhiem"
    result: list[object] = []
    with Session.open(path) as s:
        # No busy handler at all: a commit that met the copy's read lock would fail at once
        # ("database is locked") instead of sleeping.
        raw_connection(s).execute("PRAGMA busy_timeout = 0")
        t = s.ballot_type().id
        worker = threading.Thread(target=lambda: result.append(
            snapshot_to(path, dest, step_pages=2)))
        worker.start()
        during = 0
        while worker.is_alive() and during < 300:
            s.record_ballot(t, "321321")
            during += 1
        worker.join()
        history = {entry.hash for entry in s.log()}
    assert during >= 3, "the copy was over before a ballot could be recorded during it"
    assert len(result) == 1 and isinstance(result[0], tuple)
    entries, fingerprint = result[0]
    report = verify_file(dest)
    assert report.ok, report.problems
    assert report.fingerprint == fingerprint and fingerprint in history
    assert report.entries == entries


def test_without_the_gate_a_commit_meets_busy(tmp_path: Path) -> None:
    """The test above can fail: a commit while another connection holds a read lock (what a
    copy's step is, without the gate) fails at once with no busy handler."""
    path = _session_file(tmp_path, 10)
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    with Session.open(path) as s:
        raw_connection(s).execute("PRAGMA busy_timeout = 0")
        t = s.ballot_type().id
        before = s.recorded_count(t)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM log").fetchone()  # holds the read lock
        refused = ""
        try:
            s.record_ballot(t, "321321")
        except Exception as exc:  # noqa: BLE001 - whatever the app says for "busy"
            refused = str(exc)
        reader.execute("COMMIT")
        assert refused
        assert s.recorded_count(t) == before  # refused whole: nothing half-written
        s.record_ballot(t, "321321")
        assert s.recorded_count(t) == before + 1
    reader.close()


def test_the_gate_lets_a_waiting_writer_go_between_two_steps() -> None:
    gate = WriteGate()
    order: list[str] = []
    asked = threading.Event()

    def writer() -> None:
        asked.set()
        with gate.writing():
            order.append("write")

    with gate.reading() as give_way:
        order.append("step 1")
        thread = threading.Thread(target=writer)
        thread.start()
        asked.wait(5)
        deadline = time.monotonic() + 5
        while not gate.writer_waiting and time.monotonic() < deadline:
            time.sleep(0.001)
        order.append("step 2")  # the writer waits for the step being read
        give_way()
        order.append("step 3")
    thread.join(5)
    assert order == ["step 1", "step 2", "write", "step 3"]
    assert not gate.writer_waiting


def test_one_gate_per_file_whatever_the_spelling(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    f = tmp_path / "a" / "phien.tinnhiem"
    f.write_bytes(b"")
    assert gate_for(f) is gate_for(tmp_path / "a" / ".." / "a" / "phien.tinnhiem")
    assert gate_for(f) is not gate_for(tmp_path / "khac.tinnhiem")


def _record_while(path: Path, worker: threading.Thread, seconds: float) -> float:
    """Record a ballot every few milliseconds for ``seconds`` (the worker started first);
    the moment the last one was committed."""
    with Session.open(path) as s:
        t = s.ballot_type().id
        worker.start()
        end = time.monotonic() + seconds
        last = time.monotonic()
        while time.monotonic() < end:
            s.record_ballot(t, "321321")
            last = time.monotonic()
            time.sleep(0.005)
        worker.join()
    return last


def test_a_copy_is_written_to_disk_once_the_recorder_pauses(tmp_path: Path) -> None:
    """Syncing megabytes makes a commit that meets it wait for the disk: a worker's copy, read
    into memory, is written once no ballot has been recorded for ``quiet`` seconds."""
    path = _session_file(tmp_path, 200)
    done: list[float] = []

    def copy() -> None:
        snapshot_to(path, tmp_path / "ban-sao.tinnhiem", quiet=0.3, quiet_at_most=30)
        done.append(time.monotonic())

    last = _record_while(path, threading.Thread(target=copy), 0.6)
    assert done and done[0] >= last + 0.3
    assert verify_file(tmp_path / "ban-sao.tinnhiem").ok


def test_a_copy_waits_for_a_pause_only_so_long(tmp_path: Path) -> None:
    path = _session_file(tmp_path, 200)
    done: list[float] = []

    def copy() -> None:
        snapshot_to(path, tmp_path / "ban-sao.tinnhiem", quiet=0.3, quiet_at_most=0.4)
        done.append(time.monotonic())

    last = _record_while(path, threading.Thread(target=copy), 2.5)
    assert done and done[0] < last  # written while ballots were still being recorded
    assert verify_file(tmp_path / "ban-sao.tinnhiem").ok
