"""Writing an output file so that it is either the old file or the whole new one, never half.

Every output (minutes and ballot-paper PDFs, result CSV/XLSX/JSON, the ballots CSV) goes through
:func:`write_atomic`: the bytes go to a temporary file in the same folder, are flushed and synced
to the disk, then renamed over the final name (``os.replace``, atomic on one file system) and, on
POSIX, the folder is synced so the rename itself survives a power cut. A write that fails or a
process killed half-way leaves the old file byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from tinnhiem_desktop.domain.errors import FileNotWritable, InvalidInput, choosing, unusable_name

TEMP_SUFFIX = ".dang-ghi"
"""Ends the name of a file being written ("being written"); never the name the user chose."""
_CHUNK = 1 << 20
_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EBADF}
"""Folder syncs some file systems (network shares, FAT on some kernels) refuse: not a failure."""


def temp_name(path: Path) -> Path:
    """A fresh hidden name beside ``path`` for writing it."""
    import secrets  # here: opening a session imports this module, rarely writes a file

    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def write_atomic(path: Path | str, data: bytes) -> None:
    """Replace (or create) ``path`` with ``data`` atomically and durably.

    Raises :class:`InvalidInput` for a destination the user must choose again (a folder, a missing
    folder) and :class:`FileNotWritable` when the disk refuses (no permission, read-only, full).
    Either way nothing at ``path`` changed and no temporary file is left behind.
    """
    path = Path(path)
    with choosing(path):
        if path.is_dir():
            raise InvalidInput(
                f"Không ghi được {path}: đây là một thư mục. Hãy chọn một tên tệp trong thư mục "
                "đó."
            )
        mode = _mode_of(path)
    if mode is not None and not mode & 0o222:
        # Replacing by rename would get round the read-only mark the user put on the old file.
        raise FileNotWritable(
            f"Không ghi được {path}: tệp đã có và chỉ cho phép đọc. Chọn tên khác, hoặc bỏ thuộc "
            "tính chỉ đọc của tệp cũ rồi thử lại."
        )
    temp = temp_name(path)
    try:
        _write_synced(temp, data, mode)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise _user_error(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    sync_folder(path.parent)


def _mode_of(path: Path) -> int | None:
    """The permissions of the file being replaced, or None when there is none yet."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _write_synced(temp: Path, data: bytes, mode: int | None) -> None:
    # A new file gets the usual 0666 & ~umask; a replaced one keeps its permissions.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o666)
    try:
        if mode is not None and os.name == "posix":
            os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            written = os.write(fd, view[:_CHUNK])
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` durable (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _UNSUPPORTED:
            raise FileNotWritable(
                f"Đã ghi tệp vào {folder} nhưng ổ đĩa báo lỗi khi lưu ({exc.strerror}): "
                "kiểm tra ổ đĩa và mở lại tệp vừa ghi để chắc chắn nó đầy đủ."
            ) from exc
    finally:
        os.close(fd)


def _user_error(path: Path, exc: OSError) -> InvalidInput | FileNotWritable:
    reason = exc.strerror or str(exc)
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return InvalidInput(
            f"Không ghi được {path}: thư mục {path.parent} không tồn tại. "
            "Chọn thư mục khác hoặc tạo thư mục đó trước."
        )
    if isinstance(exc, IsADirectoryError):
        return InvalidInput(
            f"Không ghi được {path}: đây là một thư mục. Hãy chọn một tên tệp trong thư mục đó."
        )
    if exc.errno == errno.ENAMETOOLONG:  # the name fits, with the temporary name's ends it does not
        return unusable_name(path, exc)
    return FileNotWritable(
        f"Không ghi được {path}: {reason}. Chọn thư mục có quyền ghi và còn chỗ trống, hoặc "
        "đóng tệp này nếu nó đang mở trong chương trình khác. Tệp cũ (nếu có) không bị thay đổi."
    )


def write_atomic_all(items: Sequence[tuple[Path, bytes]]) -> None:
    """Write several files that belong together (a deck's PDF, CSV and JSON): every file is
    first written and synced under a temporary name, and only when all of them are written are
    they renamed over their final names. A destination that cannot be written leaves every
    destination as it was (the renames that follow are within one folder each and do not fail
    for want of space or permission)."""
    temps: list[tuple[Path, Path]] = []
    try:
        for path, data in items:
            path = Path(path)
            with choosing(path):
                if path.is_dir():
                    raise InvalidInput(f"Không ghi được {path}: đây là một thư mục. Hãy chọn một "
                                       "tên tệp trong thư mục đó.")
                mode = _mode_of(path)
            if mode is not None and not mode & 0o222:
                raise FileNotWritable(f"Không ghi được {path}: tệp đã có và chỉ cho phép đọc. "
                                      "Chọn tên khác.")
            temp = temp_name(path)
            try:
                _write_synced(temp, data, mode)
            except OSError as exc:
                with contextlib.suppress(OSError):
                    temp.unlink()
                raise _user_error(path, exc) from exc
            temps.append((temp, path))
        for temp, path in temps:
            os.replace(temp, path)
    except BaseException:
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise
    for folder in {path.parent for _, path in temps}:
        sync_folder(folder)
