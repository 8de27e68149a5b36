"""Reading CSV as Vietnamese offices produce it: UTF-8 (BOM or not), UTF-16, or cp1258."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from tinnhiem_desktop.domain.errors import InvalidInput, NotFound
from tinnhiem_desktop.domain.text import clean, nfc

MAX_ERRORS = 20


@dataclass(frozen=True)
class CsvTable:
    """A decoded CSV: header, rows with their line numbers, and what was detected."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str
    blank_lines: tuple[int, ...] = ()
    """Lines with no text at all (skipped in ``rows``): fine at the end, suspicious between rows."""

    def blank_lines_between_rows(self) -> list[int]:
        """Blank lines before the last row: a ballot or a name may be missing there."""
        last = self.rows[-1][0] if self.rows else 0
        return [line for line in self.blank_lines if line < last]


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to NFC text; returns (text, a human name of the encoding used)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return nfc(data[3:].decode("utf-8")), "UTF-8 (có BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return nfc(data.decode("utf-16")), "UTF-16"
    # UTF-16 without a BOM shows as every other byte NUL in ASCII-heavy text.
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        return nfc(data.decode("utf-16-le")), "UTF-16 LE"
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        return nfc(data.decode("utf-16-be")), "UTF-16 BE"
    try:
        return nfc(data.decode("utf-8")), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        # cp1258 spells tones as combining marks: NFC composes them.
        return nfc(data.decode("cp1258")), "Windows-1258 (cp1258)"
    except UnicodeDecodeError:
        raise InvalidInput(
            "Không đọc được bảng mã của tệp CSV. Hãy lưu lại tệp dưới dạng "
            "“CSV UTF-8” trong Excel rồi nhập lại."
        ) from None


def parse(text: str, encoding: str = "UTF-8") -> CsvTable:
    """Split CSV text into a header and rows; the delimiter is one of , ; or tab."""
    lines = text.splitlines()
    first = lines[0] if lines else ""
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    blank: list[int] = []
    try:
        for record in reader:
            if header is None:
                header = [clean(cell) for cell in record]
                continue
            if not any(cell.strip() for cell in record):
                blank.append(reader.line_num)  # not a row; the importers decide if it may be
                continue
            rows.append((reader.line_num, [nfc(cell) for cell in record]))
    except csv.Error as exc:
        raise InvalidInput(f"Dòng {reader.line_num}: tệp CSV sai định dạng ({exc}).") from exc
    if not header or not any(header):
        raise InvalidInput("Tệp CSV rỗng hoặc thiếu dòng tiêu đề.")
    return CsvTable(header, rows, encoding, delimiter, tuple(blank))


def read_csv(path: Path) -> CsvTable:
    """Read and parse a CSV file from disk."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise NotFound(f"Không tìm thấy tệp {path}.") from None
    except OSError as exc:
        raise InvalidInput(f"Không đọc được tệp {path}: {exc.strerror}.") from exc
    text, encoding = decode(data)
    return parse(text, encoding)


class ErrorList:
    """Collects per-line errors so the user sees them all at once (up to a limit)."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, line: int, message: str) -> None:
        """Record an error on a line."""
        self.items.append(f"Dòng {line}: {message}")

    def raise_if_any(self, what: str) -> None:
        """Raise one :class:`InvalidInput` listing the errors; nothing is imported."""
        if not self.items:
            return
        shown = self.items[:MAX_ERRORS]
        more = len(self.items) - len(shown)
        tail = f"\n… và {more} lỗi khác." if more else ""
        raise InvalidInput(
            f"Không nhập {what}: tệp có {len(self.items)} lỗi (chưa có gì được ghi).\n"
            + "\n".join(shown) + tail
        )
