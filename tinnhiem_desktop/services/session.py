"""The use cases of a counting session: the one API the window, the CLI and the tests call."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tinnhiem_desktop.domain.checks import CheckKind
from tinnhiem_desktop.domain.errors import InvalidInput, NotFound, SessionLocked, TamperedFile
from tinnhiem_desktop.domain.model import (
    AcceptedWarning,
    Accounting,
    Addendum,
    Ballot,
    BallotType,
    Candidate,
    CommitteeMember,
    Finalisation,
    Role,
    SessionInfo,
    Void,
    check_count,
    clean_reason,
    validate_info,
    validate_info_for_regime,
    validate_marks,
)
from tinnhiem_desktop.domain.regimes import Regime, load_regimes
from tinnhiem_desktop.domain.results import BallotTypeInput, SessionResults, session_results
from tinnhiem_desktop.domain.text import clean, fold_key
from tinnhiem_desktop.resources import resource
from tinnhiem_desktop.services.backups import RollingBackup, checked_copy
from tinnhiem_desktop.storage.session_file import SessionFile, now_iso
from tinnhiem_desktop.storage.verify import VerifyReport
from tinnhiem_desktop.storage.writes import Clock

DEFAULT_BALLOT_TYPE = "Phiếu lấy phiếu tín nhiệm"


@cache
def shipped_regimes() -> Mapping[str, Regime]:
    """The regimes shipped in ``resources/regimes``, loaded and validated once."""
    return load_regimes(resource("regimes"))


@dataclass(frozen=True)
class BallotRow:
    """One ballot to record: number (None = next), marks, or a whole-ballot invalid reason."""

    number: int | None
    marks: str
    invalid_reason: str | None = None
    line: int | None = None


class Session:
    """An open counting session. Every method is one use case and one transaction."""

    def __init__(
        self,
        file: SessionFile,
        regimes: Mapping[str, Regime],
        rolling_backup: RollingBackup | None = None,
    ) -> None:
        self.file = file
        self._regimes = regimes
        self.rolling_backup = rolling_backup
        """Copies every 25 ballots beside the file, when the app asked for them (see backups)."""
        info = file.info()
        if info.regime_id not in regimes:
            raise InvalidInput(
                f"Tệp dùng thể thức “{info.regime_id}” mà bản phần mềm này không có."
            )

    # ------------------------------------------------------------ opening

    @classmethod
    def create(
        cls,
        path: Path,
        regime_id: str,
        ballot_types: Sequence[str] = (DEFAULT_BALLOT_TYPE,),
        regimes: Mapping[str, Regime] | None = None,
        clock: Clock = now_iso,
        **info_fields: Any,
    ) -> Session:
        """Create a session file with its set-up and ballot types."""
        regimes = shipped_regimes() if regimes is None else regimes
        if regime_id not in regimes:
            raise InvalidInput(
                f"Không có thể thức “{regime_id}”. Chọn một trong: {', '.join(sorted(regimes))}."
            )
        regime = regimes[regime_id]
        info_fields.setdefault("denominator", regime.denominator)
        info = validate_info(SessionInfo(regime_id=regime_id, **info_fields))
        validate_info_for_regime(info, regime)
        names = [_clean_type_name(n) for n in ballot_types]
        if not names or len({fold_key(n) for n in names}) != len(names):
            raise InvalidInput(
                "Cần ít nhất một loại phiếu, và tên các loại phiếu không trùng nhau."
            )
        return cls(SessionFile.create(Path(path), info, names, clock), regimes)

    @classmethod
    def open(
        cls,
        path: Path,
        regimes: Mapping[str, Regime] | None = None,
        readonly: bool = False,
        clock: Clock = now_iso,
        rolling_backup: bool | RollingBackup = False,
    ) -> Session:
        """Open an existing session file.

        Opening for writing also verifies the file: nothing is ever added to a file that was
        altered outside the app (the new entries would seem to vouch for it). ``rolling_backup``
        (the app passes True) keeps copies every 25 ballots in ``<name>.saoluu/`` beside it.
        """
        file = SessionFile.open(Path(path), clock=clock, readonly=readonly)
        try:
            session = cls(file, shipped_regimes() if regimes is None else regimes)
            if not readonly:
                session.require_intact()
                if rolling_backup:
                    rb = rolling_backup if isinstance(rolling_backup, RollingBackup) else (
                        RollingBackup()
                    )
                    rb.start(file.count_all_ballots(), file.path)
                    session.rolling_backup = rb
            return session
        except BaseException:
            file.close()
            raise

    @classmethod
    def open_to_view(cls, path: Path) -> Session:
        """Open read-only (no lock) for viewing, printing or exporting, refusing
        (:class:`TamperedFile`) a file altered outside the app, as a writable open does."""
        session = cls.open(path, readonly=True)
        try:
            session.require_intact()
        except BaseException:
            session.close()
            raise
        return session

    def close(self) -> None:
        """Close the file (making a deferred rolling copy first)."""
        if not self.readonly:
            self.run_pending_backup()
        self.file.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ reading

    @property
    def path(self) -> Path:
        """The session file."""
        return self.file.path

    @property
    def info(self) -> SessionInfo:
        """The set-up."""
        return self.file.info()

    @property
    def regime(self) -> Regime:
        """The regime the session follows."""
        return self._regimes[self.file.info().regime_id]

    @property
    def finalised(self) -> Finalisation | None:
        """The finalisation, once done."""
        return self.file.finalisation()

    @property
    def readonly(self) -> bool:
        """True when the file was opened for viewing only: nothing can be written to it."""
        return self.file.readonly

    def finalised_fingerprint(self) -> str | None:
        """The fingerprint as it was at finalising (printed on the finalised minutes), or None.

        Later addenda change :meth:`fingerprint`, never this.
        """
        return self.file.finalised_hash()

    def ballot_types(self) -> tuple[BallotType, ...]:
        """Ballot types in order."""
        return self.file.ballot_types()

    def ballot_type(self, name: str | None = None) -> BallotType:
        """The ballot type named ``name``; with one type, ``None`` picks it."""
        types = self.file.ballot_types()
        if name is None:
            if len(types) == 1:
                return types[0]
            names = ", ".join(f"“{t.name}”" for t in types)
            raise InvalidInput(f"Phiên có nhiều loại phiếu: cần chọn một ({names}).")
        key = fold_key(name)
        for bt in types:
            if fold_key(bt.name) == key or str(bt.id) == name.strip():
                return bt
        raise NotFound(f"Không có loại phiếu “{clean(name)}”.")

    def candidates(self, type_id: int) -> tuple[Candidate, ...]:
        """Officials of a ballot type in ballot order."""
        return self.file.candidates(type_id)

    def committee(self) -> tuple[CommitteeMember, ...]:
        """The counting committee."""
        return self.file.committee()

    def ballots(self, type_id: int) -> list[Ballot]:
        """Every ballot of a type ever recorded, voided ones included, in recording order."""
        return self.file.ballots(type_id)

    def active_ballots(self, type_id: int) -> list[Ballot]:
        """Active ballots of a type in number order."""
        voids = self.file.voids()
        return sorted(
            (b for b in self.file.ballots(type_id) if b.id not in voids), key=lambda b: b.number
        )

    def voids(self) -> dict[int, Void]:
        """Voids keyed by ballot id."""
        return self.file.voids()

    def recorded_count(self, type_id: int) -> int:
        """Active ballots of a type."""
        return self.file.count_ballots(type_id)

    def list_locked(self, type_id: int) -> bool:
        """A ballot type's list is locked once its first ballot is recorded."""
        return self.file.count_ballots(type_id, include_voided=True) > 0

    def last_recorded(self, type_id: int | None = None) -> Ballot | None:
        """The most recently recorded ballot still active (of a type, or of any)."""
        voids = self.file.voids()
        for ballot in reversed(self.file.ballots(type_id)):
            if ballot.id not in voids:
                return ballot
        return None

    def next_number(self, type_id: int) -> int:
        """The number the next ballot of a type gets when recorded without one."""
        return self.file.max_active_number(type_id) + 1

    def fingerprint(self) -> str:
        """The session's current fingerprint."""
        return self.file.fingerprint()

    def results(self) -> SessionResults:
        """Every figure and every check: the one source for every output."""
        inputs = []
        for bt in self.file.ballot_types():
            marks, reasons = self.file.active_marks(bt.id)
            inputs.append(BallotTypeInput(bt, self.file.candidates(bt.id), marks, reasons))
        return session_results(
            self.regime,
            self.file.info(),
            self.file.committee(),
            self.file.fingerprint(),
            inputs,
            self.file.finalisation(),
            self.file.addenda(),
        )

    def verify(self) -> VerifyReport:
        """Integrity check, hash chain and replay."""
        return self.file.verify()

    def require_intact(self) -> VerifyReport:
        """Verify, and refuse (:class:`TamperedFile`) a file altered outside the app.

        Call before printing or exporting from a file opened read-only: its tables could say
        something its log (and so its fingerprint) does not.
        """
        report = self.file.verify()
        if not report.ok:
            raise TamperedFile(
                f"Tệp {self.path.name} không nguyên vẹn, không dùng được:\n"
                + "\n".join(f"- {p}" for p in report.problems)
                + "\nTệp không bị thay đổi. Hãy dùng bản sao lưu hoặc bản lưu trữ gốc."
            )
        return report

    # ------------------------------------------------------------ set-up

    def _require_open(self) -> None:
        if self.file.finalisation() is not None:
            raise SessionLocked(
                "Phiên đã chốt kết quả: không thể thay đổi. Mọi sửa chữa phải ghi thành đính chính."
            )

    def update_info(self, **changes: Any) -> SessionInfo:
        """Change set-up fields (texts NFC, counts checked)."""
        self._require_open()
        if "regime_id" in changes and changes["regime_id"] != self.info.regime_id:
            raise InvalidInput("Không thể đổi thể thức của một phiên đã tạo: hãy tạo phiên mới.")
        info = self.info.updated(**changes)
        validate_info_for_regime(info, self.regime)
        if info != self.info:
            self.file.update_info(info)
        return info

    def set_committee(self, members: Sequence[tuple[str, Role | str]]) -> None:
        """Replace the committee: (name, role) in order."""
        self._require_open()
        cleaned = []
        for i, (name, role) in enumerate(members, start=1):
            name = clean(name)
            if not name:
                raise InvalidInput(f"Thành viên thứ {i} của Ban kiểm phiếu chưa có họ tên.")
            try:
                cleaned.append(CommitteeMember(name, Role(role)))
            except ValueError:
                raise InvalidInput(f"Vai trò “{role}” không hợp lệ.") from None
        self.file.set_committee(cleaned)

    def add_ballot_type(self, name: str) -> int:
        """Add a ballot type with its own list and stack."""
        self._require_open()
        name = _clean_type_name(name)
        if any(fold_key(bt.name) == fold_key(name) for bt in self.ballot_types()):
            raise InvalidInput(f"Đã có loại phiếu “{name}”.")
        return self.file.add_ballot_type(name)

    def rename_ballot_type(self, type_id: int, name: str) -> None:
        """Rename a ballot type."""
        self._require_open()
        name = _clean_type_name(name)
        others = [bt for bt in self.ballot_types() if bt.id != type_id]
        if any(fold_key(bt.name) == fold_key(name) for bt in others):
            raise InvalidInput(f"Đã có loại phiếu “{name}”.")
        self.file.ballot_type(type_id)
        self.file.rename_ballot_type(type_id, name)

    def set_accounting(self, type_id: int, issued: int, collected: int, spoiled: int = 0) -> None:
        """Ballots issued, spoiled/exchanged and collected for a ballot type."""
        self._require_open()
        acc = Accounting(
            issued=check_count(issued, "Số phiếu phát ra"),
            spoiled=check_count(spoiled, "Số phiếu hỏng/đổi"),
            collected=check_count(collected, "Số phiếu thu về"),
        )
        if acc.collected > acc.issued:
            raise InvalidInput(
                f"Số phiếu thu về ({acc.collected}) không thể lớn hơn số phiếu phát ra "
                f"({acc.issued}). Kiểm tra lại hai số này."
            )
        recorded = self.recorded_count(type_id)
        if acc.collected < recorded:
            raise InvalidInput(
                f"Đã nhập {recorded} phiếu: số phiếu thu về không thể nhỏ hơn {recorded}. "
                "Hủy các phiếu nhập thừa trước."
            )
        if acc != self.file.ballot_type(type_id).accounting:
            self.file.set_accounting(type_id, acc)

    def set_candidates(self, type_id: int, rows: Sequence[tuple[str, str]]) -> None:
        """Replace the list of officials (name, position) in ballot order."""
        self._require_open()
        self.file.ballot_type(type_id)
        if self.list_locked(type_id):
            raise SessionLocked(
                "Đã nhập phiếu cho loại phiếu này nên danh sách người được lấy phiếu đã khóa: "
                "thứ tự và số người phải giữ nguyên như trên phiếu đã nhập."
            )
        self.file.set_candidates(type_id, validate_candidates(rows))

    # ------------------------------------------------------------ ballots

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several use cases into one all-or-nothing transaction."""
        with self.file.transaction():
            yield

    def record_ballot(
        self,
        type_id: int,
        marks: str = "",
        invalid_reason: str | None = None,
        number: int | None = None,
    ) -> Ballot:
        """Record one paper ballot; durable on disk when this returns."""
        self._require_open()
        bt = self.file.ballot_type(type_id)
        candidates = self.file.candidates(type_id)
        if not candidates:
            raise InvalidInput("Chưa có người được lấy phiếu: nhập danh sách trước khi nhập phiếu.")
        if invalid_reason is not None:
            invalid_reason = clean_reason(invalid_reason, "phiếu không hợp lệ")
            marks = ""
        else:
            marks = validate_marks(marks, self.regime, len(candidates))
        top = self.file.max_active_number(type_id)
        # Active numbers are distinct and positive, so fewer than `collected` ballots exist while
        # the top number is below it: the exact count (a scan) is only needed near the end.
        if top >= bt.accounting.collected and (
            self.file.count_ballots(type_id) >= bt.accounting.collected
        ):
            if bt.accounting.collected == 0:
                raise InvalidInput(
                    "Chưa nhập số phiếu thu về: nhập số phiếu phát ra và thu về "
                    "trước khi nhập phiếu."
                )
            raise InvalidInput(
                f"Đã nhập đủ {bt.accounting.collected} phiếu thu về: không thể nhập thêm. "
                "Nếu đếm lại thấy nhiều phiếu hơn, sửa số phiếu thu về trước."
            )
        if number is None:
            number = top + 1
        else:
            number = check_count(number, "Số phiếu")
            if number < 1:
                raise InvalidInput("Số thứ tự phiếu bắt đầu từ 1.")
            if self.file.active_ballot_by_number(type_id, number) is not None:
                raise InvalidInput(f"Phiếu số {number} đã được nhập (hủy phiếu đó trước).")
        ballot = self.file.record_ballot(type_id, number, marks, invalid_reason)
        self._after_recording()
        return ballot

    def _after_recording(self) -> None:
        """Rolling copy once the ballot is committed (not inside a batch: the batch does it)."""
        if self.rolling_backup is not None and not self.file.in_transaction:
            self.rolling_backup.after_record(self.file, self.file.count_all_ballots())

    def run_pending_backup(self) -> None:
        """Make a rolling copy that was deferred (see :class:`RollingBackup`), if one is due."""
        if self.rolling_backup is not None and not self.file.in_transaction:
            self.rolling_backup.run_pending(self.file)

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
        self._require_open()
        reason = clean_reason(reason, "hủy phiếu")
        self.file.ballot(ballot_id)
        if ballot_id in self.file.voids():
            raise InvalidInput("Phiếu này đã bị hủy trước đó.")
        return self.file.void_ballot(ballot_id, reason)

    def void_ballot_number(self, type_id: int, number: int, reason: str) -> Ballot:
        """Void the active ballot with this number; returns it (for re-entry)."""
        ballot = self.file.active_ballot_by_number(type_id, number)
        if ballot is None:
            raise NotFound(f"Không có phiếu số {number} đang có hiệu lực.")
        self.void_ballot(ballot.id, reason)
        return ballot

    # ------------------------------------------------------------ closing

    def finalise(self, by: str, accepted: Mapping[str, str] | None = None) -> Finalisation:
        """Finalise: refused while a blocking check stands or a warning is not accepted."""
        self._require_open()
        by = clean(by)
        if not by:
            raise InvalidInput("Cần ghi tên người chốt kết quả.")
        accepted = dict(accepted or {})
        results = self.results()
        if results.blocking:
            raise InvalidInput(
                "Chưa thể chốt kết quả:\n" + "\n".join(f"- {c.message}" for c in results.blocking)
            )
        pending = [c for c in results.checks if c.kind is CheckKind.WARNING
                   and not clean(accepted.get(c.code.value, ""))]
        if pending:
            raise InvalidInput(
                "Cần ghi giải trình cho các cảnh báo trước khi chốt:\n"
                + "\n".join(f"- {c.message}" for c in pending)
            )
        warned = {c.code.value for c in results.warnings}
        unknown = sorted(set(accepted) - warned)
        if unknown:
            # A mistyped code would otherwise drop its explanation from the minutes silently.
            raise InvalidInput(
                f"Không có cảnh báo mã {', '.join(unknown)} để giải trình. Các cảnh báo hiện có: "
                + (", ".join(sorted(warned)) or "không có") + "."
            )
        items = [AcceptedWarning(code, clean_reason(text, "giải trình"))
                 for code, text in accepted.items() if code in warned]
        return self.file.finalise(by, items)

    def add_addendum(self, text: str, by: str) -> Addendum:
        """A numbered correction after finalising (refused before: then edit normally)."""
        if self.file.finalisation() is None:
            raise InvalidInput("Phiên chưa chốt: sửa trực tiếp, không cần đính chính.")
        by = clean(by)
        if not by:
            raise InvalidInput("Cần ghi tên người lập đính chính.")
        return self.file.add_addendum(clean_reason(text, "đính chính"), by)

    def backup(self, dest: Path) -> VerifyReport:
        """Write a consistent single-file copy and verify it (a copy that fails is removed)."""
        return checked_copy(self.file, Path(dest))


def verify_file(path: Path) -> VerifyReport:
    """Verify a session file as archived: read-only, no lock, no regime needed."""
    with SessionFile.open(Path(path), readonly=True) as file:
        return file.verify()


def _clean_type_name(name: str) -> str:
    name = clean(name)
    if not name:
        raise InvalidInput("Tên loại phiếu không được để trống.")
    if len(name) > 200:
        raise InvalidInput("Tên loại phiếu quá dài (tối đa 200 ký tự).")
    return name


def validate_candidates(rows: Sequence[tuple[str, str]]) -> list[Candidate]:
    """Clean a list of (name, position); refuses empty names and duplicates, naming the row."""
    seen: dict[str, int] = {}
    out = []
    for i, (name, position) in enumerate(rows, start=1):
        name, position = clean(name), clean(position)
        if not name:
            raise InvalidInput(f"Dòng {i}: thiếu họ tên người được lấy phiếu.")
        if len(name) > 200 or len(position) > 300:
            raise InvalidInput(f"Dòng {i}: họ tên hoặc chức vụ quá dài.")
        key = fold_key(name) + "\n" + fold_key(position)
        if key in seen:
            raise InvalidInput(
                f"Dòng {i}: “{name}” trùng với dòng {seen[key]} (cùng họ tên và chức vụ)."
            )
        seen[key] = i
        out.append(Candidate(i, name, position))
    return out
