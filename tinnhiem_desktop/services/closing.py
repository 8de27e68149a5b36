"""Closing use cases: finalise, addenda after finalising, checked copies."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tinnhiem_desktop.domain.checks import CheckKind
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.integrity import VerifyReport
from tinnhiem_desktop.domain.model import (
    AcceptedWarning,
    Addendum,
    Finalisation,
    clean_reason,
)
from tinnhiem_desktop.domain.text import clean
from tinnhiem_desktop.domain.validation import clean_person
from tinnhiem_desktop.services.backups import checked_copy
from tinnhiem_desktop.services.base import SessionBase


class ClosingUseCases(SessionBase):
    """Finalising and what may follow it."""


    def finalise(self, by: str, accepted: Mapping[str, str] | None = None) -> Finalisation:
        """Finalise: refused while a blocking check stands or a warning is not accepted."""
        self._require(Action.FINALISED)
        by = clean_person(by, "người chốt kết quả")
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
        return self._file.finalise(by, items)

    def add_addendum(self, text: str, by: str) -> Addendum:
        """A numbered correction after finalising (refused before: then edit normally)."""
        self._require(Action.ADDENDUM_ADDED)
        by = clean_person(by, "người lập đính chính")
        return self._file.add_addendum(clean_reason(text, "đính chính"), by)

    def backup(self, dest: Path) -> VerifyReport:
        """Write a consistent single-file copy and verify it (a copy that fails is removed)."""
        return checked_copy(self._file, Path(dest))
