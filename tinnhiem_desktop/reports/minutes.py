"""The counting minutes (biên bản kiểm phiếu), docs/domain.md §7, as an A4 PDF.

Every figure printed here is read from :class:`SessionResults`; nothing is computed, so the paper
agrees with the screen, the exports and ``results --json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf.enums import Align

from tinnhiem_desktop.atomic_write import write_atomic
from tinnhiem_desktop.domain.messages import render
from tinnhiem_desktop.domain.model import CommitteeMember
from tinnhiem_desktop.domain.regimes import Band
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.domain.tally import BallotTypeResult
from tinnhiem_desktop.domain.wording import ROLE_LABELS, counting_conventions, subtitle
from tinnhiem_desktop.reports.document import (
    BODY_SIZE,
    FONT,
    LINE_H,
    NB_ALIAS,
    ReportPdf,
    draw_header,
)
from tinnhiem_desktop.reports.results_table import draw_results_table, needs_landscape
from tinnhiem_desktop.reports.signatures import draw_signatures, row_height, signature_rows
from tinnhiem_desktop.reports.vn_text import BLANK, date_words, time_words, timestamp_words

TITLE = "BIÊN BẢN KIỂM PHIẾU"


def render_minutes(results: SessionResults, path: Path | str | None = None) -> bytes:
    """The minutes as PDF bytes; also written to ``path`` when one is given."""
    pdf = ReportPdf(fingerprint=results.fingerprint, trial=results.info.trial, title=TITLE,
                    draft=results.finalisation is None)
    pdf.add_page()
    draw_header(pdf, results.regime, results.info)
    _title(pdf, results)
    _opening(pdf, results)
    _committee(pdf, results.committee)
    _attendance(pdf, results)
    _results(pdf, results)
    _decisions(pdf, results)
    _checks(pdf, results)
    _addenda(pdf, results)
    _closing(pdf, results)
    draw_signatures(pdf, results.committee, results.regime.sector)
    _appendix(pdf, results)
    data = bytes(pdf.output())
    if path is not None:
        write_atomic(path, data)
    return data


# ---------------------------------------------------------------- sections


def _title(pdf: ReportPdf, results: SessionResults) -> None:
    pdf.para(TITLE, "B", 15, Align.C, h=7.5)
    pdf.para(subtitle(results.regime, results.info), "B", 14, Align.C, h=6.8)
    if len(results.ballot_types) > 1:
        names = "; ".join(bt.ballot_type.name for bt in results.ballot_types)
        pdf.para(f"(Gồm {len(results.ballot_types)} loại phiếu: {names})", "I", BODY_SIZE,
                 Align.C)
    pdf.ln(3)


def _opening(pdf: ReportPdf, results: SessionResults) -> None:
    info = results.info
    when = f"Vào hồi {time_words(info.time)}, {date_words(info.date)}"
    where = info.place or BLANK
    pdf.para(f"{when}, tại {where}, Ban kiểm phiếu tiến hành kiểm phiếu.")
    pdf.para(f"Hội nghị: {info.title or BLANK}.")
    if info.body:
        pdf.para(f"Cơ quan, tổ chức: {info.body}.")
    pdf.para(f"Thể thức: {results.regime.name}.")


def _heading(pdf: ReportPdf, text: str) -> None:
    pdf.ensure_space(3 * LINE_H)
    pdf.ln(2)
    pdf.para(text, "B")


def _committee(pdf: ReportPdf, committee: Sequence[CommitteeMember]) -> None:
    _heading(pdf, "I. BAN KIỂM PHIẾU")
    if not committee:
        pdf.para(f"Ban kiểm phiếu gồm: {BLANK}", indent=5)
        return
    pdf.para(f"Ban kiểm phiếu gồm {len(committee)} thành viên:")
    for i, member in enumerate(committee, start=1):
        pdf.para(f"{i}. {member.name} — {ROLE_LABELS[member.role]}", indent=5)


def _count(value: int | None, unit: str) -> str:
    return f"{BLANK} {unit}" if value is None else f"{value} {unit}"


def _attendance(pdf: ReportPdf, results: SessionResults) -> None:
    info = results.info
    _heading(pdf, "II. SỐ NGƯỜI THAM GIA")
    pdf.para(f"- Số người được triệu tập: {_count(info.summoned, 'người')}.", indent=5)
    pdf.para(f"- Số người có mặt: {_count(info.present, 'người')}.", indent=5)
    pdf.para(f"- Số người vắng mặt: {_count(results.absent, 'người')}.", indent=5)
    if info.total_delegates is not None:
        pdf.para(f"- Tổng số đại biểu: {info.total_delegates} người.", indent=5)
    met = results.quorum_met
    if results.regime.quorum.value != "none":
        if met is None:
            verdict = "chưa đủ số liệu để xác định số người có mặt so với 2/3 số được triệu tập"
        elif met:
            verdict = "số người có mặt đạt từ 2/3 số người được triệu tập trở lên: đủ điều kiện"
        else:
            verdict = "số người có mặt dưới 2/3 số người được triệu tập: KHÔNG đủ điều kiện"
        held = render("kind." + results.regime.kind.value)  # lấy phiếu / bỏ phiếu
        pdf.para(f"- Kết quả: {verdict} tiến hành {held}.", indent=5)
        if met is False:
            pdf.para("Kết quả kiểm phiếu dưới đây KHÔNG có giá trị để xem xét, quyết định (không "
                     "đủ 2/3 số người được triệu tập có mặt) và không được chốt.", "B", indent=5)


def _results(pdf: ReportPdf, results: SessionResults) -> None:
    names = [cr.candidate.name for bt in results.ballot_types for cr in bt.candidates]
    if needs_landscape(pdf, results.regime, names):
        # A name too long for a portrait table: this section, and the rest of the minutes,
        # on landscape pages, so that no name is split and no page is left half empty.
        pdf.add_page(orientation="L")
    _heading(pdf, "III. KẾT QUẢ KIỂM PHIẾU")
    several = len(results.ballot_types) > 1
    for i, bt in enumerate(results.ballot_types, start=1):
        if several:
            pdf.ensure_space(6 * LINE_H)
            pdf.ln(1)
            pdf.para(f"{i}. Loại phiếu: {bt.ballot_type.name}", "BI")
        _accounting(pdf, bt)
        if not bt.candidates:
            person = render(f"kind.{results.regime.kind.value}.person")
            pdf.para(f"(Loại phiếu này chưa có {person}.)", "I")
            continue
        pdf.ensure_space(40)
        pdf.ln(1)
        base = bt.base_sentence()
        draw_results_table(pdf, results.regime, bt,
                           keep_with_last=1 + pdf.para_height(base, "I"))
        pdf.ln(1)
        pdf.para(base, "I")
        _bands(pdf, results, bt)


def _accounting(pdf: ReportPdf, bt: BallotTypeResult) -> None:
    acc = bt.ballot_type.accounting
    lines = [
        f"- Số phiếu phát ra: {acc.issued} phiếu; số phiếu hỏng, đã đổi: {acc.spoiled} phiếu.",
        f"- Số phiếu thu về: {acc.collected} phiếu; số phiếu đã kiểm: {bt.recorded} phiếu.",
        f"- Số phiếu hợp lệ: {bt.valid_ballots} phiếu.",
        f"- Số phiếu không hợp lệ (toàn phiếu): {bt.whole_invalid} phiếu"
        + (", gồm:" if bt.whole_invalid_reasons else "."),
    ]
    for line in lines:
        pdf.para(line, indent=5)
    for reason, n in bt.whole_invalid_reasons.items():
        pdf.para(f"+ {reason}: {n} phiếu.", indent=10)


def _bands(pdf: ReportPdf, results: SessionResults, bt: BallotTypeResult) -> None:
    """Each official in a band, in the law's words; then, once per band reached, the article's
    own sentence in quotation marks with its citation (docs/domain.md §9): never a paraphrase,
    never a decision."""
    regime = results.regime
    level = next(lv for lv in regime.levels if lv.id == regime.band_level)
    banded = [cr for cr in bt.candidates if cr.band is not None]
    if bt.denominator == 0:
        pdf.para("Chưa có số phiếu làm căn cứ tính tỷ lệ: chưa xác định ngưỡng.")
        return
    if not banded:
        where = (f"quy định tại {regime.document}" if all(b.article for b in regime.bands)
                 else "của thể thức này")
        pdf.para(f"Không có người nào có số phiếu “{level.label.lower()}” thuộc các ngưỡng "
                 f"{where}.")
        return
    pdf.para("Người có số phiếu thuộc các ngưỡng quy định:")
    used: list[Band] = []
    for cr in banded:
        assert cr.band is not None
        pdf.para(f"- {cr.candidate.order}. {cr.candidate.name}: có {cr.band.label} "
                 f"({cr.band.basis}).", indent=5)
        if cr.band not in used:
            used.append(cr.band)
    for band in used:
        if band.quote:
            pdf.para(f"{capitalised(band.article)} quy định: “{band.quote}”", "I", 12, h=5.6)
        else:
            pdf.para(f"Ngưỡng “{band.label}” là quy ước của thể thức đã chọn; chưa xác nhận được "
                     "điều khoản quy định ngưỡng này nên biên bản không trích dẫn hệ quả.",
                     "I", 12, h=5.6)


def _marks_words(results: SessionResults, marks: str) -> str:
    """``1 2 0 x`` as the levels' names, one per official in ballot order."""
    words = {lv.code: lv.label.lower() for lv in results.regime.levels}
    words.update({"0": "không đánh dấu", "x": "nhiều dấu"})
    return "; ".join(f"{i}: {words[c]}" for i, c in enumerate(marks, start=1))


def _decisions(pdf: ReportPdf, results: SessionResults) -> None:
    """What the committee decided during the count: doubtful ballots and random spot-checks."""
    if not results.set_aside and not results.spot_checks:
        return
    pdf.ensure_space(4 * LINE_H)
    pdf.ln(1)
    pdf.para("Quyết định của Ban kiểm phiếu trong khi kiểm phiếu:", "B")
    for row in results.set_aside:
        held = row.held
        where = f"{row.ballot_type}, " if len(results.ballot_types) > 1 else ""
        head = (f"- Phiếu số {held.number} ({where}để riêng lúc {timestamp_words(held.at)}; "
                f"lý do: {held.note}): ")
        if row.decided is None:
            outcome = "CHƯA có quyết định."
        elif row.decided.invalid_reason is not None:
            outcome = f"không hợp lệ toàn phiếu — {row.decided.invalid_reason}."
        else:
            outcome = f"hợp lệ, ghi nhận: {_marks_words(results, row.decided.marks)}."
        pdf.para(head + outcome, indent=5)
    for spot in results.spot_checks:
        check = spot.check
        where = f" ({spot.ballot_type})" if len(results.ballot_types) > 1 else ""
        numbers = ", ".join(str(n) for n in check.numbers)
        pdf.para(f"- Bốc thăm kiểm tra số {check.id}{where}, mã bốc thăm {check.seed} "
                 f"(ai cũng làm lại được: sắp các số phiếu theo SHA-256 của “mã:số” rồi lấy "
                 f"{len(check.numbers)} số đầu), các phiếu số {numbers}:", indent=5)
        found = {r.number: r for r in spot.results}
        for number in check.numbers:
            r = found.get(number)
            verdict = ("chưa đối chiếu" if r is None else "khớp với bản ghi" if r.matches
                       else f"KHÁC bản ghi — {r.note}")
            pdf.para(f"+ Phiếu số {number}: {verdict}.", indent=10)


def _appendix(pdf: ReportPdf, results: SessionResults) -> None:
    """The ballots voided and entered again, and the ballots invalid as a whole: for the
    committee to check against the papers and sign."""
    if not results.corrections and not results.whole_invalid:
        return
    pdf.add_page()
    pdf.para("PHỤ LỤC", "B", align=Align.C)
    pdf.para("Phiếu đã hủy và nhập lại; phiếu không hợp lệ toàn phiếu", "B", align=Align.C)
    pdf.ln(2)
    several = len(results.ballot_types) > 1
    if results.corrections:
        pdf.para("1. Phiếu đã hủy (và nhập lại):", "B")
        for c in results.corrections:
            where = f"{c.ballot_type}, " if several else ""
            before = (f"không hợp lệ toàn phiếu ({c.voided.invalid_reason})"
                      if c.voided.invalid_reason is not None
                      else _marks_words(results, c.voided.marks))
            if c.replacement is None:
                after = "không nhập lại"
            elif c.replacement.invalid_reason is not None:
                after = f"không hợp lệ toàn phiếu ({c.replacement.invalid_reason})"
            else:
                after = _marks_words(results, c.replacement.marks)
            pdf.para(f"- Phiếu số {c.voided.number} ({where}nhập lúc "
                     f"{timestamp_words(c.voided.recorded_at)}, hủy lúc "
                     f"{timestamp_words(c.void.voided_at)}; lý do: {c.void.reason}): "
                     f"{before} → {after}.", indent=5)
    if results.whole_invalid:
        pdf.para("2. Phiếu không hợp lệ toàn phiếu:", "B")
        for w in results.whole_invalid:
            where = f"{w.ballot_type}, " if several else ""
            pdf.para(f"- Phiếu số {w.ballot.number} ({where}nhập lúc "
                     f"{timestamp_words(w.ballot.recorded_at)}): {w.ballot.invalid_reason}.",
                     indent=5)
    pdf.ln(4)
    pdf.para("Ban kiểm phiếu đã đối chiếu phụ lục này với các phiếu giấy.", "I")
    draw_signatures(pdf, results.committee, results.regime.sector)


def capitalised(text: str) -> str:
    """``text`` with its first letter upper-cased (a citation that opens a sentence)."""
    return text[:1].upper() + text[1:]


def _checks(pdf: ReportPdf, results: SessionResults) -> None:
    fin = results.finalisation
    if fin is None:
        if results.checks:
            _heading(pdf, "IV. CÁC ĐIỂM CẦN LƯU Ý (KẾT QUẢ CHƯA CHỐT)")
            for check in results.checks:
                pdf.para(f"- {check.message}", indent=5)
        return
    _heading(pdf, "IV. CÁC CẢNH BÁO ĐÃ ĐƯỢC BAN KIỂM PHIẾU CHẤP NHẬN")
    if not fin.accepted:
        pdf.para("Không có cảnh báo.")
    for item in fin.accepted:
        messages = [c.message for c in results.checks if c.code.value == item.code]
        for message in messages or [item.code]:
            pdf.para(f"- {message}", indent=5)
        pdf.para(f"Giải trình: {item.explanation}", "I", indent=10)
    pdf.para(f"Kết quả đã được chốt vào hồi {timestamp_words(fin.at)}; người chốt: {fin.by}.")


def _addenda(pdf: ReportPdf, results: SessionResults) -> None:
    if not results.addenda:
        return
    _heading(pdf, "V. ĐÍNH CHÍNH")
    for add in results.addenda:
        pdf.para(f"Đính chính số {add.number} (lập vào hồi {timestamp_words(add.at)}, "
                 f"người lập: {add.by}):", "B", indent=5)
        pdf.para(add.text, indent=10)


def _closing(pdf: ReportPdf, results: SessionResults) -> None:
    fin = results.finalisation
    when = timestamp_words(fin.at) if fin else f"{time_words('')}, {date_words('')}"
    # The pages are counted only when the document is written: "{nb}" is measured as three
    # digits' room, more than any count of pages.
    lines = [
        (f"Biên bản được lập xong vào hồi {when}, gồm 999 trang.", "", BODY_SIZE, LINE_H),
        (counting_conventions(results.info), "I", 12, 5.6),
        (f"Căn cứ: {results.regime.legal_basis}.", "I", 12, 5.6),
    ]
    rows = [row_height(r) for r in signature_rows(results.committee, results.regime.sector)]
    closing = 3 + sum(pdf.para_height(t, st, sz, h) for t, st, sz, h in lines) + 4
    # The closing lines and every signature on one page when they fit on one (a page of
    # signatures alone could be put under another text); else at least the first signatures.
    whole = closing + sum(rows)
    page = pdf.page_break_trigger - pdf.t_margin
    pdf.ensure_space(whole if whole <= page else closing + rows[0])
    pdf.ln(3)
    for text, style, size, h in lines:
        pdf.para(text.replace("gồm 999 trang", f"gồm {NB_ALIAS} trang"), style, size, h=h)
    pdf.set_font(FONT, "", BODY_SIZE)
    pdf.ln(4)
