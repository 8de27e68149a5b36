"""SQLite's errors sorted by cause (its error code), never by the words of its message.

Errors the environment causes — the disk is full, read-only, removed or failing, another program
holds the file, the file is not a database or is damaged — become the user-facing
:class:`FileProblem` family with a Vietnamese message that says what to do. Every other code
(a constraint or an append-only trigger firing, a misspelt table, a wrong parameter count) is a
bug of ours: it propagates unchanged to the crash report and is never shown as "your file is
damaged".
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from tinnhiem_desktop.domain.errors import (
    DamagedFile,
    FileInUse,
    FileNotWritable,
    FileProblem,
    NotOurFile,
)

# The primary result code is the error name up to the first underscore after "SQLITE_"
# (SQLITE_IOERR_FSYNC → SQLITE_IOERR, SQLITE_READONLY_DBMOVED → SQLITE_READONLY).
_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_READONLY = {"SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH"}
_DISK = {"SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_NOLFS"}
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_FORMAT", "SQLITE_RANGE"}
_NOT_A_DB = {"SQLITE_NOTADB"}


_UNDECODABLE = re.compile(r"Could not decode to UTF-8 column '([^']*)'")
"""How the sqlite3 module says a text value of the file is not UTF-8. It is the module's own
error, with no SQLite code, so its words are all there is to know it by (a test forges such a
value and holds this to it). The app writes only UTF-8: such bytes were changed outside it."""


def _unreadable_text(path: Path, column: str | None = None) -> DamagedFile:
    where = f" ở cột “{column}”" if column else ""
    return DamagedFile(
        f"Tệp {path.name} bị hỏng hoặc đã bị sửa ngoài phần mềm: có chữ không đọc được (không "
        f"phải mã UTF-8){where}. Hãy dùng bản sao lưu gần nhất. Tệp không bị thay đổi."
    )


def primary_code(exc: sqlite3.Error) -> str:
    """``SQLITE_IOERR`` for ``SQLITE_IOERR_FSYNC``: the family an extended error code belongs to.

    Errors raised by the sqlite3 module itself (a closed connection, a wrong binding) have no
    error name: they are bugs, and come back as ``""``.
    """
    name = getattr(exc, "sqlite_errorname", None) or ""
    if not name.startswith("SQLITE_"):
        return ""
    head, _, _ = name[len("SQLITE_"):].partition("_")
    return "SQLITE_" + head


def file_problem(exc: sqlite3.Error, path: Path) -> FileProblem | None:
    """The user-facing error for ``exc`` about ``path``, or None when ``exc`` is a bug of ours."""
    code = primary_code(exc)
    name = path.name
    if code in _BUSY:
        return FileInUse(
            f"Tệp {name} đang được một chương trình khác mở và ghi. "
            "Hãy đóng chương trình đó (hoặc cửa sổ Tín Nhiệm khác) rồi thử lại."
        )
    if code in _READONLY:
        return FileNotWritable(
            f"Không ghi được vào tệp {name}: tệp hoặc thư mục chỉ cho phép đọc. "
            "Hãy chép tệp sang thư mục có quyền ghi rồi mở lại."
        )
    if code == "SQLITE_FULL":
        return FileNotWritable(
            f"Không ghi được vào tệp {name}: ổ đĩa đã đầy. Hãy giải phóng chỗ trống trên ổ đĩa "
            "rồi thử lại. Phiếu chưa được ghi."
        )
    if code in _DISK:
        return FileNotWritable(
            f"Không đọc/ghi được tệp {name} ({exc}). Ổ đĩa có thể đầy, hỏng hoặc đã bị rút ra: "
            "kiểm tra ổ đĩa rồi mở lại tệp. Phiếu chưa được ghi."
        )
    if code in _NOT_A_DB:
        return NotOurFile(
            f"Tệp {name} không phải tệp phiên Tín Nhiệm (không đọc được như cơ sở dữ liệu). "
            "Tệp không bị thay đổi."
        )
    if code in _DAMAGED:
        return DamagedFile(
            f"Tệp {name} bị hỏng ({exc}). Hãy dùng bản sao lưu gần nhất. Tệp không bị thay đổi."
        )
    undecodable = _UNDECODABLE.match(str(exc)) if not code else None
    if undecodable is not None:
        return _unreadable_text(path, undecodable.group(1))
    return None


@contextlib.contextmanager
def sql_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors about the file or the disk into polite :class:`FileProblem` s;
    let every other SQLite error (a bug) propagate unchanged."""
    try:
        yield
    except sqlite3.Error as exc:
        problem = file_problem(exc, path)
        if problem is None:
            raise
        raise problem from exc
    except UnicodeDecodeError as exc:
        # SQLite's message quoted bytes of the file that are not UTF-8 (a damaged schema's
        # text), and the sqlite3 module, failing to decode the message, raised this instead
        # of SQLite's error: its code is lost, but the bytes came from the file.
        raise _unreadable_text(path) from exc
