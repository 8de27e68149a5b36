"""Table models of the entry screen: the paper ballot being typed, and the recorded ballots."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tinnhiem_desktop.domain.errors import UserFacingError
from tinnhiem_desktop.domain.model import Ballot, Candidate, Void
from tinnhiem_desktop.domain.regimes import MULTI_MARK, NO_MARK, Level
from tinnhiem_desktop.ui.core_texts import level_label, reason_text
from tinnhiem_desktop.ui.models.table_model import (
    ALIGN,
    BACKGROUND,
    CENTER,
    DISPLAY,
    FONT,
    FOREGROUND,
    ROOT,
    TOOLTIP,
    Index,
    header_data,
)
from tinnhiem_desktop.ui.time_text import time_of
from tinnhiem_desktop.ui.widgets.fast_table import CellLook

_PAPER_ROLES = frozenset(int(r) for r in (DISPLAY, TOOLTIP, ALIGN, FONT, BACKGROUND))
"""The roles the paper ballot answers."""

CURRENT_ROW = QColor("#ffe9a8")
MARKED_CELL = QColor("#d6ecd2")
INVALID_CELL = QColor("#f6d5d5")
VOIDED_TEXT = QColor("#8a8a8a")
_BLANK = CellLook("", bold=True, centre=True)
"""A mark cell with nothing in it."""


class PaperBallotModel(QAbstractTableModel):
    """One paper ballot as it is typed: a row per official, a column per level.

    The draft (``None`` = not yet entered) lives here; each key changes one or two rows only, so a
    key costs a couple of ``dataChanged`` signals whatever the size of the session.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._candidates: list[Candidate] = []
        self._levels: list[Level] = []
        self._marks: list[str | None] = []
        self._current = 0
        self._mark_font = QFont()
        self._mark_font.setBold(True)
        self._invalid_texts = self._invalid_words()

    @property
    def mark_font(self) -> QFont:
        """The bold type of the mark columns (follows the window's zoom)."""
        return self._mark_font

    def set_mark_font(self, font: QFont) -> None:
        """A new type for the mark columns (the zoom changed)."""
        self._mark_font = QFont(font)
        if self._candidates:
            self.dataChanged.emit(self.index(0, 3),
                                  self.index(len(self._candidates) - 1, self.columnCount() - 1))

    def column_texts(self, column: int) -> list[str]:
        """Every text ``column`` can show, whatever is typed: its width is measured from these."""
        n_levels = len(self._levels)
        if column == 0:
            numbers = [str(c.order) for c in self._candidates]
            return [*numbers, *(f"» {n}" for n in numbers)]
        if column == 1:
            return [c.name for c in self._candidates]
        if column == 2:
            return [c.title for c in self._candidates]
        if column < 3 + n_levels:
            return ["X"]
        return list(self._invalid_texts.values())

    # ------------------------------------------------------------ draft

    def set_ballot(self, candidates: Sequence[Candidate], levels: Sequence[Level]) -> None:
        """A new list of officials (or a new regime): empty draft, first row current."""
        self.beginResetModel()
        self._candidates = list(candidates)
        self._levels = list(levels)
        self._marks = [None] * len(self._candidates)
        self._current = 0
        self._invalid_texts = self._invalid_words()
        self.endResetModel()

    def _invalid_words(self) -> dict[str, str]:
        return {NO_MARK: self.tr("Không đánh dấu"), MULTI_MARK: self.tr("Nhiều dấu")}

    @property
    def current(self) -> int:
        """The current row; equals the number of rows once the last row is filled."""
        return self._current

    @property
    def size(self) -> int:
        """Number of officials on the ballot."""
        return len(self._candidates)

    @property
    def levels(self) -> list[Level]:
        """The levels (box columns) in ballot order."""
        return list(self._levels)

    def marks(self) -> list[str | None]:
        """The draft, one code or ``None`` per official."""
        return list(self._marks)

    def first_empty(self) -> int | None:
        """The first row not yet entered, or ``None`` when the draft is complete."""
        for i, mark in enumerate(self._marks):
            if mark is None:
                return i
        return None

    def marks_string(self) -> str:
        """The complete draft as the service wants it (call only when complete)."""
        return "".join(m or "" for m in self._marks)

    def is_blank(self) -> bool:
        """Nothing entered yet."""
        return all(m is None for m in self._marks)

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._candidates):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def move_to(self, row: int) -> None:
        """Make ``row`` current (clamped to 0 … size)."""
        row = max(0, min(row, len(self._candidates)))
        old, self._current = self._current, row
        if old != row:
            self._row_changed(old)
            self._row_changed(row)

    def put(self, code: str) -> bool:
        """Mark the current row with ``code`` and move down; False past the last row."""
        if self._current >= len(self._candidates):
            return False
        self._marks[self._current] = code
        self.move_to(self._current + 1)
        self._row_changed(self._current - 1)
        return True

    def back(self) -> bool:
        """Go back one row and clear it; False on the first row."""
        if self._current == 0:
            return False
        self.move_to(self._current - 1)
        self._marks[self._current] = None
        self._row_changed(self._current)
        return True

    def load(self, marks: str) -> None:
        """Fill the draft with a recorded ballot's marks (re-entry), first row current."""
        before, old = self._marks, self._current
        self._marks = [m for m in marks] if len(marks) == len(self._candidates) else (
            [None] * len(self._candidates)
        )
        self._current = 0
        # Only the mark cells that changed, and the rows the cursor left and reached: a view
        # draws again what is reported, and the names need not be drawn again after each ballot.
        changed = [i for i, (a, b) in enumerate(zip(before, self._marks, strict=False)) if a != b]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 3),
                                  self.index(changed[-1], self.columnCount() - 1))
        if old != 0:
            self._row_changed(old)
            self._row_changed(0)

    def clear(self) -> None:
        """An empty draft, first row current."""
        self.load("")

    # ------------------------------------------------------------ model

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4 + len(self._levels)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section < 3:
            return [self.tr("TT"), self.tr("Họ và tên"), self.tr("Chức vụ")][section]
        if section < 3 + len(self._levels):
            level = self._levels[section - 3]
            # Not inside the f-string: lupdate does not see a tr() call there.
            key = self.tr("phím")
            return f"{level_label(level)}\n({key} {level.code})"
        if section == 3 + len(self._levels):
            return self.tr("Không hợp lệ\n(phím 0 / x)")
        return None

    def look(self, row: int, column: int) -> CellLook:
        """How a cell looks (the view draws this; ``data()`` answers from it too)."""
        cand = self._candidates[row]
        mark = self._marks[row]
        current = row == self._current
        background = CURRENT_ROW if current else None
        if column == 0:
            # The cursor is marked in the number column, never in a mark column where it could
            # be read as an entered mark.
            return CellLook(f"» {cand.order}" if current else str(cand.order), background,
                            centre=True)
        if column == 1:
            return CellLook(cand.name, background)
        if column == 2:
            return CellLook(cand.title, background)
        if mark is None and not current:
            return _BLANK  # most cells, after each ballot: nothing to build
        n_levels = len(self._levels)
        if column < 3 + n_levels:
            marked = mark == self._levels[column - 3].code
            return CellLook("X" if marked else "",
                            background or (MARKED_CELL if marked else None),
                            bold=True, centre=True)
        invalid = mark in (NO_MARK, MULTI_MARK)
        return CellLook(self._invalid_texts.get(mark or "", ""),
                        background or (INVALID_CELL if invalid else None), bold=True, centre=True)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in _PAPER_ROLES:
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._candidates) and 0 <= col < self.columnCount()):
            return None
        if role == TOOLTIP:
            if col not in (1, 2):  # the position column gives way in narrow windows
                return None
            cand = self._candidates[row]
            return f"{cand.name} — {cand.title}" if cand.title else cand.name
        look = self.look(row, col)
        if role == DISPLAY:
            return look.text
        if role == BACKGROUND:
            return QBrush(look.background) if look.background is not None else None
        if role == FONT:
            return self._mark_font if look.bold else None
        return CENTER if look.centre else None  # ALIGN


PAGE_ROWS = 256
"""Ballots the list reads at a time: more than a screenful, in one query."""
UNREAD_TEXT = "…"
"""A row of the list whose ballot could not be read when drawn."""


def _no_ballots(start: int, size: int) -> list[Ballot]:
    return []


class BallotListModel(QAbstractTableModel):
    """Every ballot of a type in recording order; voided ones stay, shown as voided.

    Read :data:`PAGE_ROWS` at a time, as the list shows them: a session opens without reading
    every ballot it holds (at 100,000 ballots that took the window's thread 3 s, beside the
    file's verification). A row always shows the same ballot: ballots are append-only, in the
    order of their ids.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._read: Callable[[int, int], list[Ballot]] = _no_ballots
        self._pages: dict[int, list[Ballot]] = {}
        """Page number → its ballots, as read (a page read at the end grows with appends)."""
        self._voids: dict[int, Void] = {}
        self._states = (self.tr("Có hiệu lực"), self.tr("ĐÃ HỦY"))
        self._headers = [self.tr("Số"), self.tr("Lúc ghi"), self.tr("Trạng thái"),
                         self.tr("Phiếu")]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        return header_data(self._headers, section, orientation, role)

    def set_source(self, count: int, read: Callable[[int, int], list[Ballot]],
                   voids: dict[int, Void]) -> None:
        """Show ``count`` ballots of a type, read as they are shown by ``read(start, size)``
        (positions in recording order: ``Session.ballot_page``); ``voids`` by ballot id. Done
        once per type; later changes come as :meth:`append` and :meth:`mark_voided`."""
        self.beginResetModel()
        self._count, self._read, self._voids, self._pages = count, read, dict(voids), {}
        self.endResetModel()

    def ballot_at(self, row: int) -> Ballot:
        """The ballot in ``row`` (``0 <= row < rowCount()``), read with its page if need be."""
        if not 0 <= row < self._count:
            raise IndexError(f"no row {row} of {self._count}")
        page, offset = divmod(row, PAGE_ROWS)
        rows = self._pages.get(page)
        if rows is None or offset >= len(rows):
            rows = self._pages[page] = self._read(page * PAGE_ROWS, PAGE_ROWS)
            if offset >= len(rows):  # fewer ballots in the file than were counted: a bug
                raise LookupError(f"row {row}: the session holds only "
                                  f"{page * PAGE_ROWS + len(rows)} ballots of the type")
        return rows[offset]

    def last(self) -> Ballot | None:
        """The ballot recorded last (voided or not), or None."""
        return self.ballot_at(self._count - 1) if self._count else None

    def append(self, ballot: Ballot) -> None:
        """One newly recorded ballot at the end."""
        row = self._count
        page, offset = divmod(row, PAGE_ROWS)
        rows = self._pages.get(page)
        if rows is not None and len(rows) == offset:
            rows.append(ballot)
        elif rows is not None and not (len(rows) > offset and rows[offset].id == ballot.id):
            del self._pages[page]  # read again when shown
        self.beginInsertRows(ROOT, row, row)
        self._count += 1
        self.endInsertRows()

    def mark_voided(self, ballot: Ballot, void: Void) -> None:
        """Show a ballot as voided."""
        self._voids[ballot.id] = void
        for page, rows in self._pages.items():  # a row not read yet is drawn voided when read
            at = bisect_left(rows, ballot.id, key=_ballot_id)
            if at < len(rows) and rows[at].id == ballot.id:
                row = page * PAGE_ROWS + at
                self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
                return

    def is_voided(self, ballot: Ballot) -> bool:
        """Whether ``ballot`` was voided."""
        return ballot.id in self._voids

    def last_active(self) -> Ballot | None:
        """The most recently recorded ballot still active."""
        for row in range(self._count - 1, -1, -1):
            ballot = self.ballot_at(row)
            if ballot.id not in self._voids:
                return ballot
        return None

    def state_texts(self) -> list[str]:
        """Every text the state column can show (its width is measured from these)."""
        return list(self._states)

    def marks_text(self, ballot: Ballot) -> str:
        """A ballot's marks as the list shows them (``1 2 x 0 3``), or its whole-invalid reason."""
        if ballot.invalid_reason is None:
            return " ".join(ballot.marks)
        return self.tr("Không hợp lệ toàn bộ: %1").replace("%1",
                                                           reason_text(ballot.invalid_reason))

    def _text(self, ballot: Ballot, column: int) -> str:
        voided = self._voids.get(ballot.id)
        if column == 0:
            return str(ballot.number)
        if column == 1:
            return time_of(ballot.recorded_at)
        if column == 2:
            return self._states[voided is not None]
        text = self.marks_text(ballot)
        if voided is not None:
            text += self.tr(" — hủy lúc %1: %2").replace("%1", time_of(voided.voided_at)) \
                .replace("%2", voided.reason)
        return text

    def _shown(self, row: int) -> Ballot | None:
        """The ballot in ``row`` for drawing, or None when its page cannot be read now (the
        file gone with its USB stick, say): the row is drawn as :data:`UNREAD_TEXT` and read
        again at its next paint. Whatever the recorder does next says what is wrong."""
        try:
            return self.ballot_at(row)
        except UserFacingError:
            return None

    def look(self, row: int, column: int) -> CellLook:
        """How a cell looks (the view draws this; ``data()`` answers from it too)."""
        ballot = self._shown(row)
        if ballot is None:
            return CellLook(UNREAD_TEXT, centre=column == 0)
        return CellLook(self._text(ballot, column),
                        foreground=VOIDED_TEXT if ballot.id in self._voids else None,
                        centre=column == 0)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        column = index.column()
        if role == ALIGN:
            return CENTER if column == 0 else None
        if role not in (DISPLAY, FOREGROUND):
            return None
        ballot = self._shown(index.row())
        if role == DISPLAY:
            return UNREAD_TEXT if ballot is None else self._text(ballot, column)
        return QBrush(VOIDED_TEXT) if ballot is not None and ballot.id in self._voids else None


def _ballot_id(ballot: Ballot) -> int:
    return ballot.id
