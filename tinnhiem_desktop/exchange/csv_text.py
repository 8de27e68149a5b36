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


BOM_UTF8 = b"\xef\xbb\xbf"
RESAVE = (
    "Hãy mở tệp trong Excel, chọn “Lưu thành” (Save As), kiểu tệp “CSV UTF-8 (Comma delimited)”, "
    "rồi nhập lại tệp vừa lưu."
)


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to NFC text; returns (text, a human name of the encoding used).

    A file is decoded whole in one encoding, never line by line: UTF-8 (with or without a BOM),
    UTF-16 (with a BOM, or recognised by its NUL bytes), else Windows-1258 — but only when no line
    of it reads as UTF-8 with accents. A file mostly in UTF-8 with a line that is not (a line
    pasted from an older file) is refused, naming that line: read as cp1258, every accented letter
    of the UTF-8 lines would be garbled; read per line, nobody could say which reading is right.
    """
    if data.startswith(BOM_UTF8):
        return _decode_utf8(data, len(BOM_UTF8), "UTF-8 (có BOM)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_whole(data, "utf-16", "UTF-16")
    # UTF-16 without a BOM shows as every other byte NUL in ASCII-heavy text.
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        return _decode_whole(data, "utf-16-le", "UTF-16 LE")
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        return _decode_whole(data, "utf-16-be", "UTF-16 BE")
    return _decode_utf8(data, 0, "UTF-8")


def _decode_utf8(data: bytes, skip: int, label: str) -> tuple[str, str]:
    """UTF-8; failing that, Windows-1258 if no line reads as UTF-8 (and no BOM said UTF-8)."""
    try:
        return nfc(data[skip:].decode("utf-8")), label
    except UnicodeDecodeError as exc:
        utf8_line = _first_utf8_line(data[skip:])  # a BOM holds no line break: same numbers
        if utf8_line is not None:
            bad = _line_of(data, skip + exc.start)
            raise InvalidInput(
                f"Dòng {bad}: tệp CSV trộn hai bảng mã. Dòng {utf8_line} (và các dòng khác) được "
                f"ghi bằng UTF-8, nhưng dòng {bad} thì không (có lẽ dòng này được dán từ một tệp "
                f"cũ), nên chữ có dấu sẽ bị sai. Hãy gõ lại dòng {bad} trong Excel. {RESAVE} "
                "Chưa có gì được nhập."
            ) from None
        if skip:
            return _decode_whole(data, "utf-8", label, skip)  # the BOM said UTF-8: refused
    # cp1258 spells tones as combining marks: NFC composes them.
    return _decode_whole(data, "cp1258", "Windows-1258 (cp1258)")


def _decode_whole(data: bytes, codec: str, label: str, skip: int = 0) -> tuple[str, str]:
    try:
        return nfc(data[skip:].decode(codec)), label
    except UnicodeDecodeError as exc:
        line = _line_of(data, skip + exc.start, codec)
        raise InvalidInput(
            f"Dòng {line}: không đọc được bảng mã của tệp CSV (tệp không đọc trọn được bằng "
            f"{label}). {RESAVE} Chưa có gì được nhập."
        ) from None


def _line_of(data: bytes, offset: int, codec: str = "ascii") -> int:
    """The 1-based line holding byte ``offset`` (line breaks: LF, CRLF or a lone CR)."""
    before = data[:offset].decode(codec, errors="replace") if codec.startswith("utf-16") else (
        data[:offset].decode("latin-1"))
    return before.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1


def _first_utf8_line(data: bytes) -> int | None:
    """The first line with accented letters that reads as UTF-8, if any line does.

    Windows-1258 text practically never does: its letters (0xC0 and up) are followed by ASCII
    letters or by its combining tone marks (0xC0 and up too), never by the 0x80–0xBF bytes a UTF-8
    sequence needs.
    """
    for number, line in enumerate(data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
                                  .split(b"\n"), start=1):
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return number
    return None


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


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a file the user named, or a Vietnamese message saying why not."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise NotFound(f"Không tìm thấy tệp {path}.") from None
    except OSError as exc:
        raise InvalidInput(f"Không đọc được tệp {path}: {exc.strerror}.") from exc


def read_csv(path: Path) -> CsvTable:
    """Read and parse a CSV file from disk."""
    text, encoding = decode(read_file_bytes(path))
    return parse(text, encoding)


class ErrorList:
    """Collects per-line errors so the user sees them all at once (up to a limit)."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, line: int, message: str) -> None:
        """Record an error on a line (cleaned: it may quote a cell holding control characters,
        which must not reach a terminal or a dialog raw)."""
        self.items.append(f"Dòng {line}: {clean(message)}")

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
