"""The family of errors a user or the environment can cause.

Each carries a Vietnamese message that says what happened and what to do, and the exit code the
CLI uses for it. Bugs are *not* in this family: they are ordinary exceptions.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from tinnhiem_desktop.domain.messages import Text


class UserFacingError(Exception):
    """An error caused by input or environment; shown politely, never as a traceback."""

    exit_code = 2

    def __init__(self, message: str | Text) -> None:
        text = message if isinstance(message, Text) else None
        super().__init__(str(message))
        self.message = str(message)
        self.text = text
        """The catalogue text, when the message has one (the window shows it in English)."""


class InvalidInput(UserFacingError):
    """Bad input: a value out of range, a wrong CSV, a rule broken. Nothing was changed."""

    exit_code = 2


class NotFound(InvalidInput):
    """A named thing (ballot type, ballot number, file) does not exist."""


class SessionLocked(InvalidInput):
    """The session is finalised or its list is locked: the change is refused."""


class FileProblem(UserFacingError):
    """The session file cannot be used: not ours, newer, damaged, altered, locked, unwritable."""

    exit_code = 3


class NotOurFile(FileProblem):
    """The file is not a Tín Nhiệm session file."""


class NewerVersion(FileProblem):
    """The file was written by a newer version of the app."""


class DamagedFile(FileProblem):
    """SQLite reports damage or the file cannot be read."""


class TamperedFile(FileProblem):
    """The fingerprint chain or the replay of the log disagrees with the file's contents."""


class FileInUse(FileProblem):
    """Another instance of the app has the file open."""


class FileNotWritable(FileProblem):
    """The disk is full, read-only or the file cannot be written."""


def unusable_name(path: Path, exc: OSError) -> InvalidInput:
    """A path the user chose that the system will not even look at — a name over 255 bytes
    (a Vietnamese letter takes two or three), a folder on the way that cannot be entered — said
    plainly, so that it is chosen again; nothing has been written."""
    name = path.name if len(path.name) <= 60 else path.name[:57] + "…"
    if exc.errno == errno.ENAMETOOLONG:
        why = "tên quá dài (tên tệp tối đa 255 byte, mỗi chữ có dấu chiếm 2–3 byte)"
    else:
        why = exc.strerror or str(exc)
    return InvalidInput(
        f"Không dùng được tên tệp “{name}”: {why}. Hãy chọn tên ngắn hơn hoặc thư mục khác."
    )


@contextlib.contextmanager
def choosing(path: Path | str) -> Iterator[None]:
    """Around the checks of a path the user named (a folder? there already?): an ``OSError``
    they meet is :func:`unusable_name` (``Path.exists`` and ``is_dir`` raise for a name too
    long, and would otherwise end the command or the window's action as a bug)."""
    try:
        yield
    except OSError as exc:
        raise unusable_name(Path(path), exc) from exc
