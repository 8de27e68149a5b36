"""Editable table models of the session screen: the committee, and ballot types with accounting.

Each edit goes straight to the controller; a refusal changes nothing and is reported through
``refused`` (the screen shows it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from tinnhiem_desktop.domain.errors import UserFacingError
from tinnhiem_desktop.domain.model import CommitteeMember, Role, parse_count
from tinnhiem_desktop.domain.wording import ROLE_LABELS
from tinnhiem_desktop.ui.controller import SessionController, TypeProgress
from tinnhiem_desktop.ui.core_texts import error_text
from tinnhiem_desktop.ui.models.table_model import ALIGN, DISPLAY, EDIT, RIGHT, Index, RowsModel

_FIRST_ROLES = (Role.CHAIR, Role.MEMBER, Role.SECRETARY)
ROLES = _FIRST_ROLES + tuple(r for r in ROLE_LABELS if r not in _FIRST_ROLES)
"""Every role of the domain: the first three in their usual place, then any role added there
(Phó Trưởng ban) at the end of the list."""


class EditableModel(RowsModel[Any]):
    """Shared by the editable models: a signal for refusals and a guarded apply."""

    refused = Signal(str)

    def _apply(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except UserFacingError as exc:
            self.refused.emit(error_text(exc))
            return False
        return True


class CommitteeModel(EditableModel):
    """The counting committee in order: name and role."""

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.reload()

    def reload(self) -> None:
        """Read the committee from the session."""
        self.update_rows(list(self._controller.session.committee()))

    def role_label(self, role: Role) -> str:
        """The role in the interface language."""
        translated = {
            Role.CHAIR: self.tr("Trưởng ban"),
            Role.VICE_CHAIR: self.tr("Phó Trưởng ban"),
            Role.MEMBER: self.tr("Ủy viên"),
            Role.SECRETARY: self.tr("Thư ký"),
        }
        return translated.get(role, ROLE_LABELS[role])

    def headers(self) -> list[str]:
        return [self.tr("Họ và tên"), self.tr("Vai trò")]

    def cell(self, row: CommitteeMember, column: int, role: int) -> Any:
        if role == DISPLAY:
            return row.name if column == 0 else self.role_label(row.role)
        if role == EDIT:
            return row.name if column == 0 else row.role.value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._controller.read_only:
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def _save(self, members: list[CommitteeMember]) -> bool:
        pairs = [(m.name, m.role) for m in members]
        if self._apply(lambda: self._controller.set_committee(pairs)):
            self.reload()
            return True
        return False

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid():
            return False
        members = list(self._rows)
        old = members[index.row()]
        if index.column() == 0:
            members[index.row()] = CommitteeMember(str(value), old.role)
        else:
            members[index.row()] = CommitteeMember(old.name, Role(str(value)))
        return self._save(members)

    def add(self, name: str, role: Role) -> bool:
        """Append a member."""
        return self._save([*self._rows, CommitteeMember(name, role)])

    def remove(self, row: int) -> bool:
        """Remove the member at ``row``."""
        members = list(self._rows)
        del members[row]
        return self._save(members)

    def move(self, row: int, step: int) -> bool:
        """Move a member up (-1) or down (+1)."""
        target = row + step
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return False
        members = list(self._rows)
        members[row], members[target] = members[target], members[row]
        return self._save(members)


class BallotTypesModel(EditableModel):
    """Ballot types and their accounting: name, issued, spoiled, collected, recorded."""

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.reload()

    def reload(self) -> None:
        """Read the ballot types from the session."""
        self.update_rows(list(self._controller.type_progress()))

    def headers(self) -> list[str]:
        return [self.tr("Loại phiếu"), self.tr("Phát ra"), self.tr("Hỏng / đổi"),
                self.tr("Thu về"), self.tr("Đã nhập")]

    def cell(self, row: TypeProgress, column: int, role: int) -> Any:
        acc = row.ballot_type.accounting
        values = [row.ballot_type.name, acc.issued, acc.spoiled, acc.collected, row.recorded]
        if role in (DISPLAY, EDIT):
            return str(values[column])  # edited as text: typed digits replace the figure
        if role == ALIGN and column > 0:
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        if self._controller.read_only:
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() < 4 else flags

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or index.column() > 3:
            return False
        row = self._rows[index.row()]
        bt, acc = row.ballot_type, row.ballot_type.accounting
        if index.column() == 0:
            done = self._apply(lambda: self._controller.rename_ballot_type(bt.id, str(value)))
        else:
            field = ("issued", "spoiled", "collected")[index.column() - 1]
            figures = {"issued": acc.issued, "spoiled": acc.spoiled, "collected": acc.collected}

            def save() -> None:
                typed = parse_count(str(value), field)  # ASCII digits only: "٣٠" is refused
                figures[field] = typed if typed is not None else 0
                self._controller.set_accounting(bt.id, **figures)

            done = self._apply(save)
        if done:
            self.reload()
        return done
