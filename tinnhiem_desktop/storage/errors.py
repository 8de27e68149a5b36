"""Translation of SQLite's errors about the file or the disk into the user-facing family."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from tinnhiem_desktop.domain.errors import DamagedFile, FileInUse, FileNotWritable


@contextlib.contextmanager
def sql_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors about the file or the disk into polite :class:`FileProblem` s."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise FileInUse(
                f"Tệp {path.name} đang được một chương trình khác mở và ghi. "
                "Hãy đóng chương trình đó (hoặc cửa sổ Tín Nhiệm khác) rồi thử lại."
            ) from exc
        if "readonly" in text or "read-only" in text:
            raise FileNotWritable(
                f"Không ghi được vào tệp {path.name}: tệp hoặc thư mục chỉ cho phép đọc. "
                "Hãy chép tệp sang thư mục có quyền ghi rồi mở lại."
            ) from exc
        if "full" in text or "disk i/o" in text or "unable to open" in text:
            raise FileNotWritable(
                f"Không ghi được vào tệp {path.name} ({exc}). Ổ đĩa có thể đầy hoặc đã bị rút ra: "
                "kiểm tra ổ đĩa rồi mở lại tệp. Phiếu chưa được ghi."
            ) from exc
        raise DamagedFile(f"Tệp {path.name} bị lỗi khi đọc/ghi: {exc}.") from exc
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(
            f"Tệp {path.name} bị hỏng ({exc}). Hãy dùng bản sao lưu gần nhất."
        ) from exc
