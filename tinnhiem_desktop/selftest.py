"""``tinnhiem-desktop --self-test``: proves an installed or frozen app works on this machine.

In a temporary folder it creates a session, records ballots, writes the minutes PDF, verifies the
file and prints what it did. Exit 0 only when every step passed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tinnhiem_desktop import __version__
from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.domain.model import Role
from tinnhiem_desktop.domain.wording import NOT_ISSUED_REASON
from tinnhiem_desktop.resources import resource, resources_dir
from tinnhiem_desktop.services.session import Session, shipped_regimes

OFFICIALS = [
    ("Nguyễn Thị Việt Dung", "Chủ tịch"),
    ("Trần Thị Ánh Tuyết", "Phó Chủ tịch"),
    ("Phạm Ngọc Ẩn", "Phó Chủ tịch"),
    ("Lê Quang Hưng", "Ủy viên Ban Thường vụ"),
    ("Đặng Thị Ngọc Thịnh", "Trưởng ban"),
    ("Ưng Hoàng Phúc", "Chánh Văn phòng"),
]
FONTS = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "BeVietnamPro-Regular.ttf")


def _step(text: str) -> None:
    print(f"[ok] {text}", flush=True)


def run_self_test(folder: Path) -> None:
    """Every step raises on failure; prints one line per step that passed."""
    print(f"Tín Nhiệm Desktop {__version__} — tự kiểm tra (self-test)")
    print(f"resources: {resources_dir()}")
    regimes = dict(shipped_regimes().items())  # each one read and validated
    _step(f"{len(regimes)} thể thức nạp được: {', '.join(sorted(regimes))}")
    for font in FONTS:
        if not resource("fonts", font).is_file():
            raise RuntimeError(f"thiếu phông chữ {font}")
    _step("phông chữ đi kèm có đủ")
    path = folder / "tu-kiem-tra.tinnhiem"
    with Session.create(path, "party-qd96-2023", title="Hội nghị tự kiểm tra",
                        body="Chi bộ kiểm tra", summoned=30, present=30, trial=True) as s:
        t = s.ballot_type().id
        s.set_committee([("Nguyễn Thị Việt Dung", Role.CHAIR), ("Lê Quang Hưng", Role.MEMBER)])
        s.set_candidates(t, OFFICIALS)
        s.set_accounting(t, issued=30, collected=30)
        _step(f"tạo phiên {path.name} với {len(OFFICIALS)} người được lấy phiếu")
        start = time.perf_counter()
        for i in range(29):
            s.record_ballot(t, "".join("123"[(i + j) % 3] for j in range(len(OFFICIALS))))
        wrong = s.last_recorded(t)
        assert wrong is not None
        s.void_ballot(wrong.id, "Tự kiểm tra: hủy và nhập lại")
        s.record_ballot(t, "1230x1", number=wrong.number)
        s.record_ballot(t, invalid_reason=NOT_ISSUED_REASON)
        per = (time.perf_counter() - start) / 31 * 1000
        _step(f"ghi 31 phiếu (1 phiếu hủy, 1 không hợp lệ), {per:.1f} ms/phiếu")
        results = s.results()
        low = results.ballot_types[0].candidates[0].counts["low"]
        if results.ballot_types[0].recorded != 30 or low != 9:
            raise RuntimeError("kết quả kiểm phiếu sai")
        _step("kết quả đúng (30 phiếu, người thứ nhất 9 phiếu tín nhiệm thấp)")
        try:
            from tinnhiem_desktop.reports.minutes import render_minutes
        except ImportError as exc:
            raise RuntimeError(f"không có mô-đun biên bản: {exc}") from exc
        pdf = folder / "bien-ban.pdf"
        data = render_minutes(results, pdf)
        if not data.startswith(b"%PDF") or pdf.stat().st_size < 1000:
            raise RuntimeError("biên bản PDF không hợp lệ")
        _step(f"biên bản PDF {pdf.stat().st_size // 1024} KB")
        report = s.verify()
        if not report.ok:
            raise RuntimeError("; ".join(report.problems))
        _step(f"tệp nguyên vẹn, dấu vân tay {group_hex(report.fingerprint, 4)} …")


def main(check_qt: Callable[[], None] | None = None) -> int:
    """Run the self-test in a temporary folder; ``check_qt`` (from the UI layer) checks Qt."""
    try:
        with tempfile.TemporaryDirectory(prefix="tinnhiem-selftest-") as tmp:
            run_self_test(Path(tmp))
        if check_qt is not None:
            check_qt()
    except Exception as exc:  # noqa: BLE001 - the self-test reports any failure, then exits 1
        print(f"[LỖI] {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("Tự kiểm tra: ĐẠT (self-test passed)")
    return 0
