"""The committee's decisions during a count: doubtful ballots set aside and decided, and random
spot-checks of recorded ballots against their papers (see domain/decisions.py)."""

from __future__ import annotations

from tinnhiem_desktop.domain.decisions import (
    SetAside,
    SpotCheck,
    SpotCheckResult,
    clean_note,
    clean_seed,
    draw_numbers,
    new_seed,
)
from tinnhiem_desktop.domain.errors import InvalidInput, NotFound
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.model import Ballot, check_count, clean_reason, validate_marks
from tinnhiem_desktop.services.ballots import BallotUseCases


class DecisionUseCases(BallotUseCases):
    """Setting ballots aside, the committee's decisions on them, and spot-checks."""

    def set_aside(self, type_id: int, note: str, number: int | None = None) -> SetAside:
        """Set a paper ballot aside for the committee (one key during entry): it takes the next
        number (or ``number``) and counts nowhere until :meth:`decide_set_aside`."""
        self._require(Action.BALLOT_SET_ASIDE)
        note = clean_note(note, required=True)
        bt = self._file.ballot_type(type_id)
        if not self._file.candidates(type_id):
            raise InvalidInput("Chưa có người được lấy phiếu: nhập danh sách trước khi nhập phiếu.")
        number = self._free_number(bt, number)
        return self._file.set_aside_ballot(type_id, number, note)

    def set_aside_ballots(self, type_id: int | None = None) -> list[SetAside]:
        """Ballots set aside (of a type, or all) and still undecided, in order."""
        decided = self._file.decisions()
        return [s for s in self._file.set_aside()
                if s.id not in decided and (type_id is None or s.ballot_type_id == type_id)]

    def decide_set_aside(
        self, set_aside_id: int, marks: str | None = None, invalid_reason: str | None = None
    ) -> Ballot:
        """The committee's decision on a set-aside ballot: valid with ``marks``, or invalid as a
        whole with ``invalid_reason``. Recorded as that ballot, under its number."""
        self._require(Action.SET_ASIDE_DECIDED)
        held = next((s for s in self._file.set_aside() if s.id == set_aside_id), None)
        if held is None:
            raise NotFound(f"Không có phiếu để riêng mã {set_aside_id}.")
        if set_aside_id in self._file.decisions():
            raise InvalidInput(f"Phiếu số {held.number} đã có quyết định của Ban kiểm phiếu.")
        if (marks is None) == (invalid_reason is None):
            raise InvalidInput("Ghi quyết định: các mức đánh dấu (phiếu hợp lệ) hoặc lý do phiếu "
                               "không hợp lệ, một trong hai.")
        if invalid_reason is not None:
            invalid_reason, marks = clean_reason(invalid_reason, "phiếu không hợp lệ"), ""
        else:
            assert marks is not None
            marks = validate_marks(marks, self.regime, len(self._file.candidates(
                held.ballot_type_id)))
        self._free_number(self._file.ballot_type(held.ballot_type_id), held.number,
                          deciding=held.id)
        ballot, _ = self._file.decide_set_aside(held, marks, invalid_reason)
        self._after_recording()
        return ballot

    def decide_set_aside_number(
        self, type_id: int, number: int, marks: str | None = None,
        invalid_reason: str | None = None,
    ) -> Ballot:
        """:meth:`decide_set_aside` for the undecided ballot of a type set aside as ``number``."""
        held = next((h for h in self.set_aside_ballots(type_id) if h.number == number), None)
        if held is None:
            name = self._file.ballot_type(type_id).name
            raise NotFound(f"Không có phiếu số {number} đang để riêng chờ quyết định trong "
                           f"“{name}”.")
        return self.decide_set_aside(held.id, marks, invalid_reason)

    def draw_spot_check(self, type_id: int, k: int, seed: str | None = None) -> SpotCheck:
        """Draw ``k`` of the recorded ballot numbers of a type for the committee to compare with
        their papers. The seed (typed by the committee, or drawn here) is printed with the
        numbers, so that anyone can redo the draw (domain/decisions.py says how)."""
        self._require(Action.SPOT_CHECK_DRAWN)
        self._file.ballot_type(type_id)
        k = check_count(k, "Số phiếu cần bốc")
        seed = new_seed() if seed is None else clean_seed(seed)
        numbers = [b.number for b in self.active_ballots(type_id)]
        if not numbers:
            raise InvalidInput("Chưa có phiếu nào đã nhập để bốc thăm kiểm tra.")
        return self._file.draw_spot_check(type_id, seed, draw_numbers(seed, numbers, k))

    def record_spot_check(
        self, check_id: int | None, number: int, matches: bool, note: str = ""
    ) -> SpotCheckResult:
        """What the committee found for one drawn paper: it matches its record ("khớp"), or the
        difference in a short note. ``check_id`` None: the latest draw."""
        self._require(Action.SPOT_CHECK_RECORDED)
        checks = self._file.spot_checks()
        if not checks:
            raise InvalidInput("Chưa có lần bốc thăm nào: bốc thăm trước khi ghi kết quả.")
        check = checks[-1] if check_id is None else next(
            (c for c in checks if c.id == check_id), None)
        if check is None:
            raise NotFound(f"Không có lần bốc thăm số {check_id}.")
        check_id = check.id
        if number not in check.numbers:
            raise InvalidInput(f"Phiếu số {number} không có trong lần bốc thăm số {check_id} "
                               f"(các số: {', '.join(map(str, check.numbers))}).")
        if any(r.spot_check_id == check_id and r.number == number
               for r in self._file.spot_check_results()):
            raise InvalidInput(f"Đã ghi kết quả đối chiếu phiếu số {number}.")
        note = clean_note(note, required=not matches)
        return self._file.record_spot_check(check_id, number, matches, note)
