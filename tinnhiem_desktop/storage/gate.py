"""Turn-taking, inside this process, between a session file's writer and a copy read from it.

With a rollback journal a commit must wait until no connection is reading the file. A rolling
copy is read by a worker thread (:func:`~tinnhiem_desktop.storage.session_file.snapshot_to`); if
the recorder's Enter commits while the worker is reading, SQLite answers "busy" and its busy
handler sleeps 1, 2, 5, 10, 15 … ms before trying again. Measured at 10,000 ballots with copies
being made: 91 of 150 Enters slept at least once, some for 25 ms, which made the slowest Enters
two frames long.

The gate replaces those sleeps with a turn: the worker reads one step at a time holding the
gate, and between two steps gives way to any writer that has asked for it; a writer asks, then
waits at most for the step being read (a fraction of a millisecond), never for a sleep. Other
processes never write (the writer's :class:`~tinnhiem_desktop.storage.lock.FileLock`), so the
only readers that can hold up a commit are our own.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol


class GiveWay(Protocol):
    """What :meth:`WriteGate.reading` yields."""

    def __call__(self, pause: float = 0.0) -> None: ...


class WriteGate:
    """One per session file in this process (:func:`gate_for`)."""

    def __init__(self) -> None:
        self._turn = threading.Condition(threading.Lock())
        self._count = threading.Lock()
        self._writers = 0
        self.last_write = 0.0
        """``time.monotonic()`` when the last write ended (0: none in this process yet)."""

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the file for one write transaction: asks the reader (if any) to give way after
        its current step, waits for that, and lets it go on once the write is over."""
        with self._count:
            self._writers += 1
        self._turn.acquire()
        try:
            yield
        finally:
            self.last_write = time.monotonic()
            with self._count:
                self._writers -= 1
            self._turn.notify_all()
            self._turn.release()

    @contextlib.contextmanager
    def reading(self) -> Iterator[GiveWay]:
        """Hold the file for a copy being read; yields ``give_way(pause=0.0)``, to be called
        between two steps of the read (SQLite's backup progress callback): it lets every writer
        that has asked go first, then takes the file back. ``pause``: seconds to wait without
        holding the file (tests slow a copy down this way)."""
        self._turn.acquire()

        def give_way(pause: float = 0.0) -> None:
            if pause:
                self._turn.wait(pause)  # the file is free meanwhile
            if self._writers:
                self._turn.wait_for(lambda: self._writers == 0)

        try:
            yield give_way
        finally:
            self._turn.release()

    def wait_quiet(self, quiet: float, at_most: float) -> None:
        """Wait (a worker) until no write has ended for ``quiet`` seconds and none is going
        on, or ``at_most`` seconds have passed."""
        deadline = time.monotonic() + at_most
        while True:
            now = time.monotonic()
            idle = now - self.last_write
            if (idle >= quiet and not self._writers) or now >= deadline:
                return
            time.sleep(min(max(quiet - idle, 0.005), deadline - now))

    @property
    def writer_waiting(self) -> bool:
        """A writer has asked for the file and not finished yet."""
        return self._writers > 0


_GATES: dict[str, WriteGate] = {}
_GATES_LOCK = threading.Lock()


def gate_for(path: Path) -> WriteGate:
    """The gate of the file at ``path`` (the same object for every spelling of the path)."""
    key = os.path.normcase(os.path.realpath(path))
    with _GATES_LOCK:
        gate = _GATES.get(key)
        if gate is None:
            gate = _GATES[key] = WriteGate()
        return gate
