"""Ballot use cases: record (one or a batch, all or nothing) and void."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from tinnhiem_desktop.domain.errors import InvalidInput, NotFound
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.model import (
    Ballot,
    BallotType,
    Void,
    check_count,
    clean_reason,
    validate_marks,
)
from tinnhiem_desktop.services.base import SessionBase


@dataclass(frozen=True)
class BallotRow:
    """One ballot to record: number (None = next), marks, or a whole-ballot invalid reason."""

    number: int | None
    marks: str
    invalid_reason: str | None = None
    line: int | None = None


class BallotUseCases(SessionBase):
    """Recording and voiding ballots; each ballot is durable when the call returns."""


    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several use cases into one all-or-nothing transaction."""
        with self._file.transaction():
            yield

    def record_ballot(
        self,
        type_id: int,
        marks: str = "",
        invalid_reason: str | None = None,
        number: int | None = None,
    ) -> Ballot:
        """Record one paper ballot; durable on disk when this returns."""
        self._require(Action.BALLOT_RECORDED)
        bt = self._file.ballot_type(type_id)
        candidates = self._file.candidates(type_id)
        if not candidates:
            raise InvalidInput("Chưa có người được lấy phiếu: nhập danh sách trước khi nhập phiếu.")
        if invalid_reason is not None:
            invalid_reason = clean_reason(invalid_reason, "phiếu không hợp lệ")
            marks = ""
        else:
            marks = validate_marks(marks, self.regime, len(candidates))
        number = self._free_number(bt, number)
        ballot = self._file.record_ballot(type_id, number, marks, invalid_reason)
        self._after_recording()
        return ballot

    def _free_number(
        self, bt: BallotType, number: int | None, deciding: int | None = None
    ) -> int:
        """The number a ballot may take now: ``number`` if it is free, else the next one; refused
        once every collected ballot is entered (or set aside). ``deciding``: the set-aside
        ballot whose own number this is."""
        type_id = bt.id
        held = self._file.held_numbers(type_id)
        top = max(self._file.max_active_number(type_id), max(held, default=0))
        collected = bt.accounting.collected
        # Numbers in use are distinct and positive, so fewer than `collected` are taken while
        # the top number is below it: the exact count (a scan) is only needed near the end.
        if top >= collected and (
            self._file.count_ballots(type_id) + len(held) - (deciding is not None) >= collected
        ):
            if collected == 0:
                raise InvalidInput(
                    "Chưa nhập số phiếu thu về: nhập số phiếu phát ra và thu về "
                    "trước khi nhập phiếu."
                )
            raise InvalidInput(
                f"Đã nhập đủ {collected} phiếu thu về: không thể nhập thêm. "
                "Nếu đếm lại thấy nhiều phiếu hơn, sửa số phiếu thu về trước."
            )
        if number is None:
            return top + 1
        number = check_count(number, "Số phiếu")
        if number < 1:
            raise InvalidInput("Số thứ tự phiếu bắt đầu từ 1.")
        if self._file.active_ballot_by_number(type_id, number) is not None:
            raise InvalidInput(f"Phiếu số {number} đã được nhập (hủy phiếu đó trước).")
        if number in held and held[number] != deciding:
            raise InvalidInput(
                f"Phiếu số {number} đang để riêng chờ Ban kiểm phiếu quyết định: ghi quyết định "
                "cho phiếu đó thay vì nhập lại."
            )
        return number

    def _after_recording(self) -> None:
        """Rolling copy once the ballot is committed (not inside a batch: the batch does it)."""
        if self.rolling_backup is not None and not self._file.in_transaction:
            self.rolling_backup.after_record(self._file, self._file.count_all_ballots())

    def run_pending_backup(self) -> None:
        """Make a rolling copy that was deferred (see :class:`RollingBackup`), if one is due."""
        if self.rolling_backup is not None and not self._file.in_transaction:
            self.rolling_backup.run_pending(self._file)

    def start_pending_backup(self) -> bool:
        """Hand a deferred rolling copy to a worker thread (the window's way: no keystroke
        waits for it); see :meth:`RollingBackup.start_pending`."""
        rolling = self.rolling_backup
        return rolling is not None and rolling.start_pending(self._file.path)

    def record_ballots(self, type_id: int, rows: Sequence[BallotRow]) -> list[Ballot]:
        """Record many ballots all-or-nothing, each exactly as if typed."""
        done = []
        with self.batch():
            for i, row in enumerate(rows, start=1):
                try:
                    done.append(
                        self.record_ballot(type_id, row.marks, row.invalid_reason, row.number)
                    )
                except InvalidInput as exc:
                    where = f"Dòng {row.line}" if row.line else f"Phiếu thứ {i}"
                    raise type(exc)(
                        f"{where}: {exc.message}\nKhông có phiếu nào được nhập."
                    ) from exc
        self._after_recording()
        return done

    def void_ballot(self, ballot_id: int, reason: str) -> Void:
        """Void a recorded ballot with a reason; it stays in the file and the log."""
        self._require(Action.BALLOT_VOIDED)
        reason = clean_reason(reason, "hủy phiếu")
        self._file.ballot(ballot_id)
        if ballot_id in self._file.voids():
            raise InvalidInput("Phiếu này đã bị hủy trước đó.")
        return self._file.void_ballot(ballot_id, reason)

    def void_ballot_number(self, type_id: int, number: int, reason: str) -> Ballot:
        """Void the active ballot with this number; returns it (for re-entry)."""
        ballot = self._file.active_ballot_by_number(type_id, number)
        if ballot is None:
            raise NotFound(f"Không có phiếu số {number} đang có hiệu lực.")
        self.void_ballot(ballot.id, reason)
        return ballot
