"""What ``verify`` found, and how a fingerprint printed on paper relates to the file.

A session's fingerprint changes with every log entry, so a paper printed at any moment carries the
fingerprint *of that moment*. Matching a paper with the archived file therefore means finding the
entry after which the file had that fingerprint, then saying what happened since: nothing, only the
finalisation and addenda (the printed figures still stand), or changes to the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.fingerprint import NO_MATCH, group_hex
from tinnhiem_desktop.domain.lifecycle import RESULT_NEUTRAL

ACTION_WORDS: dict[Action, str] = {
    Action.SESSION_CREATED: "tạo phiên",
    Action.INFO_UPDATED: "sửa thông tin phiên",
    Action.COMMITTEE_SET: "sửa Ban kiểm phiếu",
    Action.BALLOT_TYPE_ADDED: "thêm loại phiếu",
    Action.BALLOT_TYPE_RENAMED: "đổi tên loại phiếu",
    Action.ACCOUNTING_SET: "sửa số phiếu phát ra/thu về",
    Action.CANDIDATES_SET: "sửa danh sách người được lấy phiếu",
    Action.BALLOT_RECORDED: "nhập phiếu",
    Action.BALLOT_VOIDED: "hủy phiếu",
    Action.FINALISED: "chốt kết quả",
    Action.ADDENDUM_ADDED: "ghi đính chính",
    Action.COPY_ORIGIN: "ghi nguồn của bản sao thiết lập",
    Action.GROUP_MERGED: "gộp một tổ kiểm phiếu",
    Action.HAND_COUNT_SET: "nhập tổng hợp kiểm phiếu bằng tay",
    Action.PROJECTOR_RESULTS_SET: "bật/tắt kết quả trên màn hình chiếu",
}

_COUNTED: dict[Action, str] = {
    Action.BALLOT_RECORDED: "{n} phiếu được nhập",
    Action.BALLOT_VOIDED: "{n} phiếu bị hủy",
    Action.ADDENDUM_ADDED: "{n} đính chính",
}


def describe_changes(counts: dict[Action, int]) -> str:
    """``3 phiếu bị hủy, 3 phiếu được nhập, 1 lần sửa thông tin phiên``, in the log's order of
    kinds (the order of :class:`Action`)."""
    parts = []
    for action in Action:
        n = counts.get(action, 0)
        if not n:
            continue
        if action is Action.FINALISED:
            parts.append("việc chốt kết quả")
        elif action in _COUNTED:
            parts.append(_COUNTED[action].format(n=n))
        else:
            parts.append(f"{n} lần {ACTION_WORDS[action]}")
    return ", ".join(parts)


@dataclass
class PaperMatch:
    """Where in the file's history a printed fingerprint (or its first digits) was found."""

    seq: int
    action: Action
    at: str
    digest: str
    later: dict[Action, int] = field(default_factory=dict)
    """How many entries of each kind came after the matching one."""

    @property
    def changed_since(self) -> bool:
        """True when something after the paper was printed changes what it says."""
        return any(n and action not in RESULT_NEUTRAL for action, n in self.later.items())

    def describe(self) -> str:
        """In Vietnamese: which entry the paper matches and what happened after it."""
        where = f"mục nhật ký số {self.seq} ({ACTION_WORDS[self.action]}, lúc {self.at})"
        if not any(self.later.values()):
            return (f"Khớp với dấu vân tay hiện tại của tệp, sau {where}. "
                    "Không có thay đổi nào sau đó.")
        since = describe_changes(self.later)
        if not self.changed_since:
            return (f"Khớp với dấu vân tay của tệp sau {where}. Sau đó chỉ có {since}: "
                    "các số liệu trên bản in không thay đổi.")
        return (f"Khớp với dấu vân tay của tệp sau {where}, nhưng SAU KHI IN tệp đã có thay đổi "
                f"làm khác nội dung bản in: {since}. Bản in này không còn là kết quả của tệp.")


class Verdict(StrEnum):
    """What a printed fingerprint says about the file."""

    STANDS = "stands"
    """Found, and nothing after it changes what the paper says."""
    CHANGED = "changed"
    """Found, but the result changed after the paper was printed."""
    AMBIGUOUS = "ambiguous"
    """Too few digits: more than one moment of the file's history starts with them."""
    NOT_FOUND = "not_found"
    """Not this file's, at any moment."""


@dataclass
class VerifyReport:
    """What ``verify`` found. ``ok`` is true only when nothing is wrong."""

    fingerprint: str
    entries: int
    problems: list[str] = field(default_factory=list)
    finalised_hash: str | None = None
    """The hash of the finalisation entry: the fingerprint printed on the finalised minutes."""
    finalised_seq: int | None = None
    expected: str | None = None
    """The fingerprint (or the first 16+ hex digits of one) that was looked for, if any."""
    matches: list[PaperMatch] = field(default_factory=list)
    """Every entry whose hash starts with ``expected`` (one, unless too few digits were given)."""

    @property
    def ok(self) -> bool:
        """True when the file is intact."""
        return not self.problems

    def paper_verdict(self) -> tuple[Verdict, str]:
        """For an intact file verified with ``expected``: the verdict and its words."""
        if self.expected is None:
            raise ValueError("verify was not asked for a fingerprint")
        if not self.matches:
            return Verdict.NOT_FOUND, (
                f"{NO_MATCH}\nDấu vân tay mong đợi: {group_hex(self.expected)}"
            )
        if len(self.matches) > 1:
            seqs = ", ".join(str(m.seq) for m in self.matches)
            return Verdict.AMBIGUOUS, (
                f"Dấu vân tay rút gọn {group_hex(self.expected)} khớp với nhiều mục nhật ký "
                f"({seqs}): hãy nhập thêm chữ số."
            )
        match = self.matches[0]
        return (Verdict.CHANGED if match.changed_since else Verdict.STANDS), match.describe()
