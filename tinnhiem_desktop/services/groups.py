"""Several files, one result: copies of a set-up, comparing entries of one stack, correcting the
reference file, merging counting groups (see domain/groups.py).

``copy_setup`` writes a new session file with the source's set-up and no ballots;
``compare_files`` aligns the ballots of two or more entries of one stack; ``Session.correct_ballot``
records the committee's reading of a ballot found different (a void and a re-entry, never a silent
change). The functions open files through :class:`Session` (imported when called: this module is
also the home of the use cases :class:`Session` is made of).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tinnhiem_desktop.atomic_write import sync_folder
from tinnhiem_desktop.domain.clock import Clock, now_iso
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.domain.groups import (
    MAX_LABEL,
    RECONCILE_REASON,
    ComparedFile,
    Comparison,
    CopyKind,
    CopyOrigin,
    Decision,
    Reading,
    differences,
    setup_fingerprint,
)
from tinnhiem_desktop.domain.model import Ballot, check_count, clean_reason, validate_marks
from tinnhiem_desktop.domain.text import clean
from tinnhiem_desktop.services.ballots import BallotUseCases
from tinnhiem_desktop.storage.schema import EXTENSION
from tinnhiem_desktop.storage.session_file import SessionFile

if TYPE_CHECKING:
    from tinnhiem_desktop.services.session import Session


class GroupUseCases(BallotUseCases):
    """A session as a copy of a set-up, and the committee's corrections after a comparison."""

    @property
    def setup_fingerprint(self) -> str:
        """SHA-256 hex of the set-up (session info, committee, ballot types, officials in order,
        accounting), independent of ballots and of the log: equal for a source and its copies."""
        types = self._file.ballot_types()
        return setup_fingerprint(self._file.info(), self._file.committee(), types,
                                 {bt.id: self._file.candidates(bt.id) for bt in types})

    @property
    def copy_origin(self) -> CopyOrigin | None:
        """Where this file was copied from (a counting group, a second pass, a trial), or None."""
        return self._file.copy_origin()

    def readings(self) -> dict[int, dict[int, Reading]]:
        """What the file holds: ballot type id -> number -> reading, active ballots only."""
        voids = self._file.voids()
        found: dict[int, dict[int, Reading]] = {bt.id: {} for bt in self._file.ballot_types()}
        for ballot in self._file.ballots():
            if ballot.id not in voids:
                found[ballot.ballot_type_id][ballot.number] = Reading.of(ballot)
        return found

    def reconcile_decisions(self) -> tuple[Decision, ...]:
        """Every reading the committee recorded after a comparison (voids with
        :data:`RECONCILE_REASON` and what replaced them), in the order they were made."""
        names = {bt.id: bt.name for bt in self._file.ballot_types()}
        found = []
        for void in sorted(self._file.voids().values(), key=lambda v: v.ballot_id):
            if void.reason != RECONCILE_REASON:
                continue
            voided = self._file.ballot(void.ballot_id)
            now = self._file.active_ballot_by_number(voided.ballot_type_id, voided.number)
            after = Reading.of(now) if now is not None and now.id > voided.id else None
            found.append(Decision(names[voided.ballot_type_id], voided.number,
                                  Reading.of(voided), after, void.voided_at))
        return tuple(found)

    def correct_ballot(
        self,
        type_id: int,
        number: int,
        marks: str,
        invalid_reason: str | None = None,
        reason: str = RECONCILE_REASON,
    ) -> Ballot:
        """Record the committee's reading of ballot ``number`` after a comparison: the active
        ballot with that number is voided with ``reason`` and the reading recorded under the
        same number (or, if the file lacks the ballot, recorded fresh), in one transaction.
        Nothing changes when the reading equals the stored one (that ballot is returned)."""
        self._require(Action.BALLOT_RECORDED)
        reason = clean_reason(reason, "sửa phiếu sau đối chiếu")
        candidates = self._file.candidates(type_id)
        if invalid_reason is not None:
            invalid_reason = clean_reason(invalid_reason, "phiếu không hợp lệ")
            marks = ""
        else:
            marks = validate_marks(marks, self.regime, len(candidates))
        current = self._file.active_ballot_by_number(type_id, number)
        if current is not None and (current.marks, current.invalid_reason) == (
            marks, invalid_reason
        ):
            return current
        with self.batch():
            if current is not None:
                self.void_ballot(current.id, reason)
            ballot = self.record_ballot(type_id, marks, invalid_reason, number)
        self._after_recording()
        return ballot


# ---------------------------------------------------------------- copies of a set-up


def _clean_label(group: str) -> str:
    label = clean(group)
    if not label:
        raise InvalidInput("Cần ghi tên tổ kiểm phiếu, ví dụ “Tổ 1”.")
    if len(label) > MAX_LABEL:
        raise InvalidInput(f"Tên tổ kiểm phiếu quá dài (tối đa {MAX_LABEL} ký tự).")
    return label


def _check_new(new: Path) -> None:
    if new.suffix.lower() != EXTENSION:
        raise InvalidInput(f"Tệp “{new.name}”: tên tệp phiên phải kết thúc bằng {EXTENSION}.")
    if new.is_dir():
        raise InvalidInput(f"{new} là một thư mục: hãy ghi cả tên tệp mới.")
    if new.exists() or new.is_symlink():
        raise InvalidInput(f"Tệp {new} đã tồn tại: chọn tên khác (không ghi đè tệp nào).")
    if not new.parent.is_dir():
        raise InvalidInput(
            f"Thư mục {new.parent} không tồn tại: chọn thư mục khác hoặc tạo thư mục đó trước.")


def copy_setup(
    source: Path,
    new: Path,
    *,
    group: str | None = None,
    ballots: int | None = None,
    trial: bool = False,
    clock: Clock = now_iso,
) -> Path:
    """Write NEW: a session file with SOURCE's set-up and no ballots, whose log records where it
    came from. ``group`` given: a counting group with that label (``ballots``: how many ballots
    were handed to it); ``trial``: a trial copy; otherwise a second, blind pass of SOURCE's stack
    (carrying SOURCE's group label, if it has one). SOURCE must be intact, in any state (even
    finalised). NEW is never overwritten; it is built under a temporary name, verified, then
    renamed, so a failure leaves nothing under its name."""
    from tinnhiem_desktop.services.session import Session

    source, new = Path(source), Path(new)
    _check_new(new)
    if group is not None and trial:
        raise InvalidInput("Một bản sao là bản cho tổ kiểm phiếu hoặc bản thử, không thể cả hai.")
    label = None if group is None else _clean_label(group)
    if ballots is not None:
        if group is None:
            raise InvalidInput("Số phiếu giao cho tổ chỉ ghi khi tạo bản cho tổ kiểm phiếu "
                               "(--group).")
        ballots = check_count(ballots, "Số phiếu giao cho tổ")
    with Session.open_to_view(source) as src:
        info, committee, types = src.info, src.committee(), src.ballot_types()
        candidates = {bt.id: src.candidates(bt.id) for bt in types}
        fingerprint, setup = src.fingerprint(), src.setup_fingerprint
        source_origin = src.copy_origin
    if label is None and source_origin is not None:
        label = source_origin.label
    kind = CopyKind.GROUP if group is not None else (
        CopyKind.TRIAL if trial else CopyKind.SECOND_PASS)
    origin = CopyOrigin(kind, label, ballots, setup, fingerprint, source.name)
    tmp = new.with_name(new.name + ".dang-chep")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        with SessionFile.create(tmp, info, [bt.name for bt in types], clock) as file:
            if committee:
                file.set_committee(committee)
            for bt in types:
                if candidates[bt.id]:
                    file.set_candidates(bt.id, candidates[bt.id])
                if bt.accounting != file.ballot_type(bt.id).accounting:
                    file.set_accounting(bt.id, bt.accounting)
            file.record_copy_origin(origin)
        with Session.open_to_view(tmp) as copy:
            if copy.setup_fingerprint != setup:
                raise InvalidInput(
                    f"Không chép được thiết lập của {source.name} nguyên vẹn (bản chép có thiết "
                    "lập khác). Không có tệp nào được tạo.")
        if new.exists():
            raise InvalidInput(f"Tệp {new} vừa được tạo bởi việc khác: chọn tên khác.")
        os.replace(tmp, new)
        sync_folder(new.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return new


# ---------------------------------------------------------------- comparing entries of one stack


def _distinct(paths: Sequence[Path], what: str) -> list[Path]:
    paths = [Path(p) for p in paths]
    seen: dict[Path, Path] = {}
    for p in paths:
        key = p.resolve()
        if key in seen:
            raise InvalidInput(f"Tệp {p.name} được đưa vào hai lần: mỗi tệp chỉ {what} một lần.")
        seen[key] = p
    return paths


def _read_file(path: Path) -> tuple[ComparedFile, dict[int, dict[int, Reading]], Session]:
    from tinnhiem_desktop.services.session import Session

    session = Session.open_to_view(path)
    try:
        readings = session.readings()
        compared = ComparedFile(
            path=path, fingerprint=session.fingerprint(),
            setup_fingerprint=session.setup_fingerprint, origin=session.copy_origin,
            ballots=sum(len(r) for r in readings.values()))
    except BaseException:
        session.close()
        raise
    return compared, readings, session


def require_same_setup(files: Sequence[ComparedFile], what: str) -> None:
    """Refuse (:class:`InvalidInput`) files that are not copies of one set-up, naming them, and
    the same file given twice (equal fingerprints)."""
    by_fingerprint: dict[str, ComparedFile] = {}
    for f in files:
        twin = by_fingerprint.get(f.fingerprint)
        if twin is not None:
            raise InvalidInput(
                f"Tệp {twin.path.name} và {f.path.name} là cùng một tệp (cùng dấu vân tay "
                f"{group_hex(f.fingerprint, 4)}…): mỗi tệp chỉ {what} một lần.")
        by_fingerprint[f.fingerprint] = f
    setups: dict[str, list[str]] = {}
    for f in files:
        setups.setdefault(f.setup_fingerprint, []).append(f.path.name)
    if len(setups) > 1:
        groups = "; ".join(f"{', '.join(names)} (thiết lập {group_hex(fp, 2)}…)"
                           for fp, names in setups.items())
        raise InvalidInput(
            "Các tệp không phải bản của cùng một thiết lập (thông tin phiên, Ban kiểm phiếu, "
            f"loại phiếu, danh sách, số phiếu thu về phải giống hệt): {groups}. Hãy dùng các tệp "
            "được tạo bằng “Tạo bản cho tổ kiểm phiếu” hoặc “Tạo lượt nhập kiểm tra” từ cùng một "
            "tệp, và không sửa thiết lập trong từng bản.")


def compare_files(paths: Sequence[Path]) -> Comparison:
    """Compare two or more entries of one stack: each is verified (:class:`TamperedFile` for one
    altered outside the app), they must share the set-up and be distinct files; the ballots are
    aligned by type and number and every disagreement listed (active ballots only: voided ones
    are history)."""
    paths = _distinct(paths, "được so sánh")
    if len(paths) < 2:
        raise InvalidInput("Cần ít nhất hai tệp để so sánh.")
    files: list[ComparedFile] = []
    readings: list[dict[int, dict[int, Reading]]] = []
    types = None
    for path in paths:
        compared, held, session = _read_file(path)
        with session:
            if types is None:
                types = session.ballot_types()
        files.append(compared)
        readings.append(held)
    require_same_setup(files, "được so sánh")
    assert types is not None
    return Comparison(tuple(files), differences(types, readings))
