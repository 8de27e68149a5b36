"""Validation of what the recorder types, with the limits ``verify``'s replay applies too.

A use case cleans and checks input before writing it; ``verify`` (domain/replay.py) asks of what
the log holds that it is exactly what this cleaning leaves, within these limits (``MAX_*``), with
no duplicate by :func:`fold_key`. So a name with a control character or a ballot with marks
``"9"``, appended by another tool with a valid hash chain, is refused as if it had been typed.
"""

from __future__ import annotations

from collections.abc import Sequence

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.messages import Text
from tinnhiem_desktop.domain.model import Candidate, CommitteeMember, Role
from tinnhiem_desktop.domain.text import clean, fold_key

MAX_TYPE_NAME = 200
MAX_NAME = 200
MAX_TITLE = 300


def clean_type_name(name: str) -> str:
    """A ballot type's name, cleaned; refuses an empty or over-long one."""
    name = clean(name)
    if not name:
        raise InvalidInput(Text.of("input.type_name_empty"))
    if len(name) > MAX_TYPE_NAME:
        raise InvalidInput(f"Tên loại phiếu quá dài (tối đa {MAX_TYPE_NAME} ký tự).")
    return name


def require_unique_type_name(name: str, others: Sequence[str]) -> None:
    """Refuse a ballot type name equal (after cleaning, any case) to one of ``others``."""
    key = fold_key(name)
    if any(fold_key(other) == key for other in others):
        raise InvalidInput(Text.of("input.type_name_taken", name=name))


def validate_candidates(rows: Sequence[tuple[str, str]]) -> list[Candidate]:
    """Clean a list of (name, job title); refuses empty names and duplicates, naming the row.

    Duplicates are found after cleaning, so a name typed with a zero-width space or in decomposed
    Unicode is the same official as the plain one.
    """
    seen: dict[str, int] = {}
    out = []
    for i, (name, title) in enumerate(rows, start=1):
        name, title = clean(name), clean(title)
        if not name:
            raise InvalidInput(Text.of("input.candidate_unnamed", n=i))
        if len(name) > MAX_NAME or len(title) > MAX_TITLE:
            raise InvalidInput(f"Dòng {i}: họ tên hoặc chức vụ quá dài.")
        key = fold_key(name) + "\n" + fold_key(title)
        if key in seen:
            raise InvalidInput(Text.of("input.candidate_twice", n=i, name=name, first=seen[key]))
        seen[key] = i
        out.append(Candidate(i, name, title))
    return out


def validate_committee(members: Sequence[tuple[str, Role | str]]) -> list[CommitteeMember]:
    """Clean the committee: every member named, every role one of :class:`Role`."""
    cleaned = []
    for i, (name, role) in enumerate(members, start=1):
        name = clean(name)
        if not name:
            raise InvalidInput(Text.of("input.member_unnamed", n=i))
        if len(name) > MAX_NAME:
            raise InvalidInput(f"Thành viên thứ {i}: họ tên quá dài.")
        try:
            cleaned.append(CommitteeMember(name, Role(role)))
        except ValueError:
            raise InvalidInput(f"Vai trò “{role}” không hợp lệ.") from None
    return cleaned


def clean_person(name: str, what: str) -> str:
    """A required person's name (who finalised, who wrote an addendum), cleaned."""
    name = clean(name)
    if not name:
        raise InvalidInput(f"Cần ghi tên {what}.")
    if len(name) > MAX_NAME:
        raise InvalidInput(f"Tên {what} quá dài (tối đa {MAX_NAME} ký tự).")
    return name
