"""The comparison report (biên bản đối chiếu lượt nhập kiểm tra) as an A4 PDF: the files compared
with their fingerprints, every difference with each file's reading, the decisions the committee
recorded in the reference file, and signature lines.

Everything printed is read from the :class:`Comparison` and the decisions; nothing is computed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf.enums import Align

from tinnhiem_desktop.atomic_write import write_atomic
from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.domain.groups import RECONCILE_REASON, Comparison, Decision, Reading
from tinnhiem_desktop.domain.model import CommitteeMember, SessionInfo
from tinnhiem_desktop.domain.regimes import Regime
from tinnhiem_desktop.reports.document import BODY_SIZE, ReportPdf, draw_header
from tinnhiem_desktop.reports.signatures import draw_signatures
from tinnhiem_desktop.reports.vn_text import timestamp_words

TITLE = "BIÊN BẢN ĐỐI CHIẾU CÁC LƯỢT NHẬP PHIẾU"


def _reading(r: Reading | None) -> str:
    return "không có phiếu này" if r is None else r.describe()


def render_comparison_report(
    regime: Regime,
    info: SessionInfo,
    committee: Sequence[CommitteeMember],
    comparison: Comparison,
    decisions: Sequence[Decision],
    path: Path | str | None = None,
) -> bytes:
    """The report as PDF bytes; also written to ``path`` when one is given. The first file of
    the comparison is the reference file, where the decisions are recorded."""
    reference = comparison.files[0]
    pdf = ReportPdf(fingerprint=reference.fingerprint, trial=info.trial, title=TITLE)
    pdf.add_page()
    draw_header(pdf, regime, info)
    pdf.para(TITLE, "B", 15, Align.C, h=7.5)
    if info.title:
        pdf.para(info.title, "B", 14, Align.C, h=6.8)
    pdf.ln(3)
    pdf.para("1. Các tệp được đối chiếu (tệp thứ nhất là tệp tham chiếu, nơi ghi quyết định "
             "của Ban kiểm phiếu):", "B")
    for i, f in enumerate(comparison.files, start=1):
        origin = "" if f.origin is None else f" ({f.origin.describe()})"
        pdf.para(f"{i}. {f.path.name}{origin}: {f.ballots} phiếu.", indent=5)
        pdf.para(f"Dấu vân tay: {group_hex(f.fingerprint)}", size=9, indent=10)
    pdf.para(f"Các tệp cùng một thiết lập, dấu vân tay thiết lập: "
             f"{group_hex(reference.setup_fingerprint)}", size=10)
    pdf.ln(2)
    if comparison.same:
        pdf.para("2. Kết quả đối chiếu: các tệp giống nhau (cùng các phiếu, cùng số phiếu, cùng "
                 "các dấu).", "B")
    else:
        pdf.para(f"2. Các phiếu khác nhau giữa các lượt nhập ({len(comparison.differences)} "
                 "phiếu):", "B")
        several = len({d.type_id for d in comparison.differences}) > 1
        for d in comparison.differences:
            where = f" ({d.ballot_type})" if several else ""
            pdf.para(f"- Phiếu số {d.number}{where}:", indent=5)
            for f, r in zip(comparison.files, d.readings, strict=True):
                pdf.para(f"{f.path.name}: {_reading(r)}", size=BODY_SIZE - 1, indent=12)
    pdf.ln(2)
    pdf.para(f"3. Quyết định của Ban kiểm phiếu, ghi trong tệp tham chiếu {reference.path.name} "
             f"(hủy phiếu và nhập lại, lý do “{RECONCILE_REASON}”):", "B")
    if not decisions:
        pdf.para("Chưa ghi quyết định nào: tệp tham chiếu giữ nguyên các phiếu đã nhập.",
                 indent=5)
    for dec in decisions:
        after = "chưa nhập lại" if dec.after is None else dec.after.describe()
        pdf.para(f"- Phiếu số {dec.number} ({dec.ballot_type}, lúc {timestamp_words(dec.at)}): "
                 f"{dec.before.describe()} → {after}.", indent=5)
    pdf.ln(4)
    pdf.para("Ban kiểm phiếu đã xem các phiếu giấy ứng với từng chỗ khác nhau nêu trên.", "I")
    draw_signatures(pdf, committee, regime.sector)
    data = bytes(pdf.output())
    if path is not None:
        write_atomic(path, data)
    return data
