"""Is this file ours, and which schema version? Read from the header bytes, SQLite untouched."""

from __future__ import annotations

from pathlib import Path

from tinnhiem_desktop.domain.errors import (
    DamagedFile,
    FileNotWritable,
    NewerVersion,
    NotFound,
    NotOurFile,
)
from tinnhiem_desktop.storage import schema

SQLITE_MAGIC = b"SQLite format 3\x00"


def read_header(path: Path) -> tuple[int, int]:
    """Read (application_id, user_version) from the file's header without SQLite touching it.

    Refuses, with :class:`NotOurFile`, a file that is empty, too short or not SQLite at all.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise NotFound(f"Không tìm thấy tệp {path}.") from None
    except IsADirectoryError:
        raise NotOurFile(
            f"{path.name} là một thư mục, không phải tệp phiên Tín Nhiệm: hãy chọn tệp .tinnhiem "
            "bên trong nó."
        ) from None
    except PermissionError:
        raise FileNotWritable(
            f"Không có quyền đọc tệp {path.name}: hãy chép tệp sang thư mục của mình rồi mở lại."
        ) from None
    except OSError as exc:
        raise DamagedFile(f"Không đọc được tệp {path.name}: {exc.strerror}.") from exc
    if not head:
        raise NotOurFile(f"Tệp {path.name} rỗng (0 byte): không phải tệp phiên Tín Nhiệm.")
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise NotOurFile(f"Tệp {path.name} không phải tệp phiên Tín Nhiệm (không phải SQLite).")
    user_version = int.from_bytes(head[60:64], "big")
    application_id = int.from_bytes(head[68:72], "big")
    return application_id, user_version


def check_identity(path: Path) -> int:
    """Refuse a file that is not ours or is newer; return its schema version."""
    application_id, version = read_header(path)
    if application_id != schema.APPLICATION_ID:
        raise NotOurFile(
            f"Tệp {path.name} là tệp SQLite của một chương trình khác, không phải tệp phiên "
            "Tín Nhiệm. Tệp không bị thay đổi."
        )
    if version > schema.SCHEMA_VERSION:
        raise NewerVersion(
            f"Tệp {path.name} được tạo bởi phiên bản mới hơn của Tín Nhiệm (lược đồ {version}, "
            f"bản này đọc được đến {schema.SCHEMA_VERSION}). Hãy cập nhật phần mềm. "
            "Tệp không bị thay đổi."
        )
    if version < 1:
        raise DamagedFile(f"Tệp {path.name} chưa được tạo xong (không có phiên bản lược đồ).")
    return version
