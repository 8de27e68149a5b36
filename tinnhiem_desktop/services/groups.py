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
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tinnhiem_desktop.atomic_write import sync_folder
from tinnhiem_desktop.domain.clock import Clock, now_iso
from tinnhiem_desktop.domain.errors import InvalidInput, choosing
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
    HandCount,
    Held,
    MergedGroup,
    Reading,
    differences,
    setup_fingerprint,
)
from tinnhiem_desktop.domain.model import Ballot, check_count, clean_reason, validate_marks
from tinnhiem_desktop.domain.text import clean, fold_key
from tinnhiem_desktop.services.backups import check_new_file
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

    def readings(self) -> dict[int, dict[int, Held]]:
        """What the file holds: ballot type id -> number -> (marks, whole-invalid reason),
        active ballots only."""
        found: dict[int, dict[int, Held]] = {bt.id: {} for bt in self._file.ballot_types()}
        for type_id, number, marks, reason in self._file.active_readings():
            found[type_id][number] = (marks, reason)
        return found

    def active_rows(self) -> list[tuple[int, int, str, str | None]]:
        """(type id, number, marks, whole-invalid reason) of every active ballot, by type and
        number."""
        return self._file.active_readings()

    def ballot_total(self, type_id: int) -> int:
        """Ballots of a type this file counts: active ballots, set aside ones, tally sheets
        (its own and merged groups')."""
        sheets = [*self._file.hand_counts(),
                  *(h for g in self._file.merged_groups() for h in g.hand_counts)]
        return (self._file.count_ballots(type_id) + len(self._file.held_numbers(type_id))
                + sum(h.ballots for h in sheets if h.ballot_type_id == type_id))

    def merged_groups(self) -> tuple[MergedGroup, ...]:
        """The counting groups merged into this session (none for an ordinary session)."""
        return self._file.merged_groups()

    def ballots_of_merged(self) -> list[Ballot]:
        """Every ballot of the file (merged ones are never voided by the merge)."""
        return self._file.ballots()

    def hand_counts(self) -> tuple[HandCount, ...]:
        """This file's own tally sheets (a counting group that counted on paper)."""
        return self._file.hand_counts()

    def set_hand_count(self, type_id: int, counts: Sequence[Mapping[str, int]],
                       whole_invalid: int) -> HandCount:
        """A counting group that counted on paper: its tally sheet for one ballot type, per
        official in ballot order the count of each level (codes as on the keyboard: ``1`` ``2``
        ``3``), of ballots with no mark (``0``) and with several (``x``), and the ballots invalid
        as a whole. Only in a counting group's copy, for a type with no ballot entered; once."""
        self._require(Action.HAND_COUNT_SET)
        origin = self._file.copy_origin()
        if origin is None or origin.kind is not CopyKind.GROUP:
            raise InvalidInput("Chỉ tệp của một tổ kiểm phiếu (tạo bằng “Tạo bản cho tổ kiểm "
                               "phiếu”) mới nhập được bảng tổng hợp kiểm phiếu bằng tay.")
        bt = self._file.ballot_type(type_id)
        candidates = self._file.candidates(type_id)
        if self.list_locked(type_id) or self._file.held_numbers(type_id):
            raise InvalidInput(f"“{bt.name}” đã có phiếu nhập hoặc bảng tổng hợp: một tổ hoặc "
                               "nhập từng phiếu, hoặc nhập bảng tổng hợp, không cả hai.")
        symbols = [*self.regime.codes, "0", "x"]
        if len(counts) != len(candidates):
            raise InvalidInput(f"Bảng tổng hợp cần đúng {len(candidates)} dòng, mỗi người một "
                               f"dòng theo thứ tự trên phiếu (có {len(counts)} dòng).")
        rows = []
        for candidate, row in zip(candidates, counts, strict=True):
            unknown = set(row) - set(symbols)
            if unknown:
                raise InvalidInput(f"{candidate.name}: không có mức {', '.join(sorted(unknown))}"
                                   f" (các mức: {', '.join(symbols)}).")
            rows.append({code: check_count(row.get(code, 0), f"Số phiếu của {candidate.name}")
                         for code in symbols})
        totals = {sum(r.values()) for r in rows}
        if len(totals) != 1:
            detail = ", ".join(f"{c.name}: {sum(r.values())}"
                               for c, r in zip(candidates, rows, strict=True))
            raise InvalidInput("Tổng số phiếu hợp lệ của mỗi người phải bằng nhau (mỗi phiếu "
                               f"có một ô cho mỗi người): {detail}. Kiểm tra lại bảng.")
        sheet = HandCount(type_id, tuple(rows), check_count(whole_invalid,
                                                            "Số phiếu không hợp lệ"))
        if sheet.ballots > bt.accounting.collected:
            raise InvalidInput(f"Bảng tổng hợp có {sheet.ballots} phiếu, nhiều hơn số phiếu thu "
                               f"về ({bt.accounting.collected}).")
        self._file.set_hand_count(sheet)
        return sheet

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
    check_new_file(new)


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
        fingerprint, setup = src.fingerprint(), src.setup_fingerprint
        source_origin = src.copy_origin
        if label is None and source_origin is not None:
            label = source_origin.label
        kind = CopyKind.GROUP if group is not None else (
            CopyKind.TRIAL if trial else CopyKind.SECOND_PASS)
        # File names are stored as any text is (a Mac writes them decomposed, NFD).
        origin = CopyOrigin(kind, label, ballots, setup, fingerprint, clean(source.name))
        _build(src, new, clock, lambda file: file.record_copy_origin(origin))
    return new


Progress = Callable[[int, int], None]
"""``progress(done, total)``: how far a long piece of work is (the window's progress bar)."""

FILE_STEPS = 1000
"""Progress steps per file read (its verification's share of the whole)."""


def _build(src: GroupUseCases, new: Path, clock: Clock,
           fill: Callable[[SessionFile], object], progress: Progress | None = None) -> None:
    """Write NEW with SRC's set-up, then ``fill`` it; built under a temporary name, verified,
    its set-up checked equal to SRC's, then renamed (never over an existing file)."""
    from tinnhiem_desktop.services.session import Session

    setup, types = src.setup_fingerprint, src.ballot_types()
    tmp = new.with_name(new.name + ".dang-tao")
    with choosing(new), contextlib.suppress(FileNotFoundError):  # NEW fits, ".dang-tao" not
        tmp.unlink()
    try:
        with SessionFile.create(tmp, src.info, [bt.name for bt in types], clock) as file:
            committee = src.committee()
            if committee:
                file.set_committee(committee)
            for bt in types:
                candidates = src.candidates(bt.id)
                if candidates:
                    file.set_candidates(bt.id, candidates)
                if bt.accounting != file.ballot_type(bt.id).accounting:
                    file.set_accounting(bt.id, bt.accounting)
            fill(file)
        with Session.open_to_view(tmp, progress=progress) as made:
            if made.setup_fingerprint != setup:
                raise InvalidInput(
                    f"Không chép được thiết lập của {src.path.name} nguyên vẹn (bản chép có "
                    "thiết lập khác). Không có tệp nào được tạo.")
        if new.exists():
            raise InvalidInput(f"Tệp {new} vừa được tạo bởi việc khác: chọn tên khác.")
        os.replace(tmp, new)
        sync_folder(new.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


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


def _file_progress(progress: Progress | None, index: int, count: int) -> Progress | None:
    """File ``index`` of ``count``'s own progress, as a share of the whole work's."""
    if progress is None:
        return None
    whole = count * FILE_STEPS

    def report(done: int, total: int) -> None:
        progress(index * FILE_STEPS + (done * FILE_STEPS // total if total else FILE_STEPS),
                 whole)

    return report


def _read_file(path: Path, progress: Progress | None = None
               ) -> tuple[ComparedFile, dict[int, dict[int, Held]], Session]:
    from tinnhiem_desktop.services.session import Session

    session = Session.open_to_view(path, progress=progress)
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


def compare_files(paths: Sequence[Path], progress: Progress | None = None) -> Comparison:
    """Compare two or more entries of one stack: each is verified (:class:`TamperedFile` for one
    altered outside the app), they must share the set-up and be distinct files; the ballots are
    aligned by type and number and every disagreement listed (active ballots only: voided ones
    are history). ``progress``: called as the files are verified (a worker thread may run
    this: every file is opened here, on the calling thread)."""
    paths = _distinct(paths, "được so sánh")
    if len(paths) < 2:
        raise InvalidInput("Cần ít nhất hai tệp để so sánh.")
    files: list[ComparedFile] = []
    readings: list[dict[int, dict[int, Held]]] = []
    types = None
    for index, path in enumerate(paths):
        compared, held, session = _read_file(path, _file_progress(progress, index, len(paths)))
        with session:
            if types is None:
                types = session.ballot_types()
        files.append(compared)
        readings.append(held)
    require_same_setup(files, "được so sánh")
    assert types is not None
    return Comparison(tuple(files), differences(types, readings))


# ---------------------------------------------------------------- merging counting groups


KIND_WORDS = {CopyKind.SECOND_PASS: "lượt nhập kiểm tra", CopyKind.TRIAL: "bản thử"}


def merge_groups(out: Path, group_files: Sequence[Path], clock: Clock = now_iso,
                 progress: Progress | None = None) -> Path:
    """Merge counting groups into OUT, a new normal session file whose results are the sum.

    Each group file is verified (:class:`TamperedFile`); refused (:class:`InvalidInput`, nothing
    written): different set-ups, the same file twice (same path or same fingerprint), two files
    with the same group label, a file that is not a counting group's copy (a second pass or a
    trial would count a stack twice), a group with ballots still set aside, and more ballots in
    all than were collected (per ballot type). OUT's log records each group's label, file name,
    fingerprint and ballots; its ballots keep their group and their number within it.
    ``progress``: called as the group files are verified, then as OUT is built and verified
    (a worker thread may run this: every file is opened here, on the calling thread)."""

    out = Path(out)
    _check_new(out)
    paths = _distinct(group_files, "được gộp")
    if not paths:
        raise InvalidInput("Cần ít nhất một tệp của tổ kiểm phiếu để gộp.")
    files: list[ComparedFile] = []
    sessions: list[Session] = []
    try:
        steps = len(paths) + 1  # the groups, then the merged file made and verified
        for index, path in enumerate(paths):
            compared, _, session = _read_file(path, _file_progress(progress, index, steps))
            sessions.append(session)
            files.append(compared)
        require_same_setup(files, "được gộp")
        labels: dict[str, str] = {}
        for f, session in zip(files, sessions, strict=True):
            if f.origin is None or f.origin.kind is not CopyKind.GROUP:
                what = ("một phiên riêng, không phải bản cho tổ kiểm phiếu" if f.origin is None
                        else KIND_WORDS[f.origin.kind])
                raise InvalidInput(
                    f"Tệp {f.path.name} là {what}: chỉ gộp các bản cho tổ kiểm phiếu (gộp lượt "
                    "nhập kiểm tra hay bản thử sẽ đếm một xấp phiếu hai lần).")
            assert f.origin.label is not None
            key = fold_key(f.origin.label)
            if key in labels:
                raise InvalidInput(
                    f"Tệp {labels[key]} và {f.path.name} cùng là của “{f.origin.label}”: mỗi tổ "
                    "chỉ gộp một lần. Nếu đó là hai lượt nhập của cùng một tổ, hãy so sánh và "
                    "đối chiếu chúng (compare) rồi gộp tệp tham chiếu.")
            labels[key] = f.path.name
            pending = session.set_aside_ballots()
            if pending:
                raise InvalidInput(
                    f"Tệp {f.path.name} ({f.origin.label}) còn {len(pending)} phiếu để riêng "
                    "chưa có quyết định của Ban kiểm phiếu: quyết định xong rồi gộp.")
        reference = sessions[0]
        _require_within_collected(reference, files, sessions)

        def fill(file: SessionFile) -> None:
            next_number: dict[int, int] = {bt.id: 1 for bt in reference.ballot_types()}
            for seq, (f, session) in enumerate(zip(files, sessions, strict=True), start=1):
                rows = []
                for type_id, group_number, marks, reason in session.active_rows():
                    number = next_number[type_id]
                    next_number[type_id] = number + 1
                    rows.append((type_id, number, group_number, marks, reason))
                assert f.origin is not None and f.origin.label is not None
                sheets = session.hand_counts()
                file.merge_group(MergedGroup(
                    seq, f.origin.label, bool(sheets), f.origin.ballots_handed, clean(f.path.name),
                    f.fingerprint, f.setup_fingerprint, "", (), sheets), rows)

        _build(reference, out, clock, fill, _file_progress(progress, len(paths), steps))
    finally:
        for session in sessions:
            session.close()
    return out


def _require_within_collected(reference: GroupUseCases, files: Sequence[ComparedFile],
                              sessions: Sequence[GroupUseCases]) -> None:
    for bt in reference.ballot_types():
        per_group = [(f.origin.label if f.origin else f.path.name, s.ballot_total(bt.id))
                     for f, s in zip(files, sessions, strict=True)]
        total = sum(n for _, n in per_group)
        if total > bt.accounting.collected:
            detail = ", ".join(f"{label}: {n}" for label, n in per_group)
            raise InvalidInput(
                f"“{bt.name}”: các tổ có tổng cộng {total} phiếu, nhiều hơn số phiếu thu về "
                f"({bt.accounting.collected}) — {detail}. Có tổ đã nhập trùng phiếu của tổ "
                "khác, hoặc số phiếu thu về ghi sai: kiểm tra lại trước khi gộp.")


def check_merged_groups(merged: Path, group_files: Sequence[Path]) -> tuple[list[str], list[str]]:
    """Present group files again to a merged file: each must be intact and be, byte for byte in
    its log, the file that was merged (same fingerprint) with the same ballots. Returns
    (problems, notes): a problem for each file that is not; a note naming the merged groups
    whose file was not presented."""
    from tinnhiem_desktop.services.session import Session, verify_file

    problems: list[str] = []
    with Session.open_to_view(merged) as out:
        groups = out.merged_groups()
        by_id = {b.id: b for b in out.ballots_of_merged()}
    if not groups:
        raise InvalidInput(f"Tệp {Path(merged).name} không phải tệp gộp các tổ kiểm phiếu.")
    by_fingerprint = {g.source_fingerprint: g for g in groups}
    by_label = {fold_key(g.label): g for g in groups}
    seen: set[int] = set()
    for path in _distinct(group_files, "được đưa vào"):
        report = verify_file(path)
        if not report.ok:
            problems.append(f"Tệp tổ {path.name} không nguyên vẹn: " + "; ".join(report.problems))
            continue
        group = by_fingerprint.get(report.fingerprint)
        if group is None:
            with Session.open_to_view(path) as s:
                origin = s.copy_origin
            same = None if origin is None or origin.label is None else by_label.get(
                fold_key(origin.label))
            if same is not None:
                seen.add(same.seq)
                problems.append(
                    f"Tệp {path.name} ({same.label}) đã thay đổi sau khi gộp: dấu vân tay lúc gộp "
                    f"{group_hex(same.source_fingerprint)}, nay {group_hex(report.fingerprint)}. "
                    "Kết quả gộp không còn là kết quả của tệp này.")
            else:
                problems.append(f"Tệp {path.name} không phải tệp của tổ nào đã gộp (dấu vân tay "
                                f"{group_hex(report.fingerprint)}).")
            continue
        seen.add(group.seq)
        with Session.open_to_view(path) as s:
            held = sorted(s.active_rows())
            sheets = s.hand_counts()
        merged_ballots = sorted(
            (by_id[i].ballot_type_id, n, by_id[i].marks, by_id[i].invalid_reason)
            for i, n in group.ballots)
        if held != merged_ballots or sheets != group.hand_counts:
            problems.append(f"Các phiếu của {group.label} trong tệp gộp khác tệp {path.name}.")
    notes = [f"Không đưa vào tệp của {g.label} ({g.source_name}): tổ này không được kiểm lại."
             for g in groups if g.seq not in seen]
    return problems, notes
