"""Verify a session file: integrity check, hash chain, and replay of the log against the tables."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from tinnhiem_desktop.domain.errors import UserFacingError
from tinnhiem_desktop.domain.events import Action, Replayer, ReplayError
from tinnhiem_desktop.domain.fingerprint import GENESIS, canonical_json, chain_hash
from tinnhiem_desktop.domain.model import Snapshot
from tinnhiem_desktop.storage import schema


@dataclass
class VerifyReport:
    """What ``verify`` found. ``ok`` is true only when nothing is wrong."""

    fingerprint: str
    entries: int
    problems: list[str] = field(default_factory=list)
    finalised_hash: str | None = None
    """The hash of the finalisation entry: the fingerprint printed on the finalised minutes."""
    finalised_seq: int | None = None

    @property
    def ok(self) -> bool:
        """True when the file is intact."""
        return not self.problems

    def matching(self, expected: str) -> str | None:
        """Which fingerprint of the file ``expected`` (64 lower-case hex) is, in Vietnamese, or
        None: the current one, or the one at finalising (addenda may have followed it)."""
        if expected == self.fingerprint:
            return "Khớp với dấu vân tay hiện tại của tệp" + (
                " (chính là lúc chốt kết quả)." if expected == self.finalised_hash else "."
            )
        if expected == self.finalised_hash and self.finalised_seq is not None:
            later = self.entries - self.finalised_seq
            return (
                f"Khớp với dấu vân tay lúc chốt kết quả (mục nhật ký số {self.finalised_seq}); "
                f"sau đó có {later} mục được ghi thêm (đính chính)."
            )
        return None


def verify_connection(
    conn: sqlite3.Connection, tables_snapshot: Callable[[], Snapshot]
) -> VerifyReport:
    """Check an open session file; ``tables_snapshot`` reads what its tables hold."""
    report = VerifyReport(fingerprint=GENESIS, entries=0)
    result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        report.problems.append("SQLite báo tệp hỏng: " + "; ".join(result[:5]))
        return report
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != schema.APPLICATION_ID:
        report.problems.append("Mã ứng dụng của tệp đã bị thay đổi.")
    rows = conn.execute(
        "SELECT seq, at, action, payload, hash FROM log ORDER BY seq"
    ).fetchall()
    try:
        tables = tables_snapshot()
    except (ValueError, KeyError, TypeError, UserFacingError) as exc:
        # InvalidInput: e.g. session info with a field this app never writes.
        report.problems.append(f"Nội dung các bảng trong tệp không đọc được ({exc!r}).")
        return report
    prev = GENESIS
    replayer = Replayer()
    for expected_seq, (seq, at, action, payload_json, digest) in enumerate(rows, start=1):
        if seq != expected_seq:
            report.problems.append(f"Nhật ký thiếu hoặc thừa mục ở vị trí {expected_seq}.")
            break
        if chain_hash(prev, seq, at, action, payload_json) != digest:
            report.problems.append(f"Mục nhật ký số {seq} ({action}) đã bị sửa.")
            break
        prev = digest
        if action == Action.FINALISED.value and report.finalised_hash is None:
            report.finalised_hash, report.finalised_seq = digest, seq
        try:
            payload = json.loads(payload_json)
            if canonical_json(payload) != payload_json:
                raise ReplayError("nội dung không ở dạng chuẩn")
            replayer.apply(Action(action), payload)
        except (ValueError, ReplayError, UserFacingError) as exc:
            report.problems.append(f"Mục nhật ký số {seq} không hợp lệ: {exc}")
            break
    report.entries = len(rows)
    report.fingerprint = prev
    if report.problems:
        return report
    try:
        replayed = replayer.snapshot()
    except ReplayError as exc:
        report.problems.append(str(exc))
        return report
    report.problems.extend(_differences(replayed, tables))
    return report


_SECTIONS = {
    "info": "thông tin phiên",
    "committee": "Ban kiểm phiếu",
    "ballot_types": "loại phiếu hoặc số liệu phát ra/thu về",
    "candidates": "danh sách người được lấy phiếu",
    "ballots": "phiếu đã nhập",
    "voids": "phiếu đã hủy",
    "finalisation": "thông tin chốt kết quả",
    "addenda": "đính chính",
}


def _differences(replayed: Snapshot, tables: Snapshot) -> list[str]:
    return [
        f"Nội dung “{label}” trong tệp khác với nhật ký: tệp đã bị sửa ngoài phần mềm."
        for name, label in _SECTIONS.items()
        if getattr(replayed, name) != getattr(tables, name)
    ]
