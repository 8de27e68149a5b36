"""Set-up use cases: the session's details, committee, ballot types, accounting, officials."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tinnhiem_desktop.domain.errors import InvalidInput, SessionLocked
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.messages import Text, render
from tinnhiem_desktop.domain.model import (
    Accounting,
    Role,
    SessionInfo,
    check_count,
    validate_info_for_regime,
)
from tinnhiem_desktop.domain.validation import (
    clean_type_name,
    require_unique_type_name,
    validate_candidates,
    validate_committee,
)
from tinnhiem_desktop.services.base import SessionBase


class SetupUseCases(SessionBase):
    """Changing the set-up; each method is one use case and one transaction."""

    def update_info(self, **changes: Any) -> SessionInfo:
        """Change set-up fields (texts NFC, counts checked)."""
        self._require(Action.INFO_UPDATED)
        if "regime_id" in changes and changes["regime_id"] != self.info.regime_id:
            raise InvalidInput("Không thể đổi thể thức của một phiên đã tạo: hãy tạo phiên mới.")
        info = self.info.updated(**changes)
        validate_info_for_regime(info, self.regime)
        if info != self.info:
            self._file.update_info(info)
        return info

    def set_committee(self, members: Sequence[tuple[str, Role | str]]) -> None:
        """Replace the committee: (name, role) in order."""
        self._require(Action.COMMITTEE_SET)
        self._file.set_committee(validate_committee(members))

    def add_ballot_type(self, name: str) -> int:
        """Add a ballot type with its own list and stack."""
        self._require(Action.BALLOT_TYPE_ADDED)
        name = clean_type_name(name)
        require_unique_type_name(name, [bt.name for bt in self.ballot_types()])
        return self._file.add_ballot_type(name)

    def rename_ballot_type(self, type_id: int, name: str) -> None:
        """Rename a ballot type."""
        self._require(Action.BALLOT_TYPE_RENAMED)
        name = clean_type_name(name)
        require_unique_type_name(name, [bt.name for bt in self.ballot_types() if bt.id != type_id])
        self._file.ballot_type(type_id)
        self._file.rename_ballot_type(type_id, name)

    def set_accounting(self, type_id: int, issued: int, collected: int, spoiled: int = 0) -> None:
        """Ballots issued, spoiled/exchanged and collected for a ballot type."""
        self._require(Action.ACCOUNTING_SET)
        acc = Accounting(
            issued=check_count(issued, "Số phiếu phát ra"),
            spoiled=check_count(spoiled, "Số phiếu hỏng/đổi"),
            collected=check_count(collected, "Số phiếu thu về"),
        )
        if acc.collected > acc.issued:
            raise InvalidInput(Text.of("input.collected_gt_issued", collected=acc.collected,
                                       issued=acc.issued))
        recorded = self.recorded_count(type_id)
        if acc.collected < recorded:
            raise InvalidInput(Text.of("input.collected_lt_recorded", recorded=recorded))
        if acc != self._file.ballot_type(type_id).accounting:
            self._file.set_accounting(type_id, acc)

    def set_candidates(self, type_id: int, rows: Sequence[tuple[str, str]]) -> None:
        """Replace the list of officials (name, position) in ballot order."""
        self._require(Action.CANDIDATES_SET)
        self._file.ballot_type(type_id)
        if self.list_locked(type_id):
            person = render(f"kind.{self.regime.kind.value}.person")
            raise SessionLocked(
                f"Đã nhập phiếu cho loại phiếu này nên danh sách {person} đã khóa: "
                "thứ tự và số người phải giữ nguyên như trên phiếu đã nhập."
            )
        self._file.set_candidates(type_id, validate_candidates(rows))
