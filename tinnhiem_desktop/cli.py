"""The headless subcommands: the contract scripts and archive checks rely on. Never imports Qt.

Exit codes: 0 success; 2 bad input or usage; 3 a file that is not ours, newer, damaged, altered,
locked or unwritable; 4 (``compare`` only) the files hold different ballots. Messages are
Vietnamese; none of these prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from tinnhiem_desktop import __version__
from tinnhiem_desktop.atomic_write import write_atomic, write_atomic_all
from tinnhiem_desktop.domain.checks import CheckKind
from tinnhiem_desktop.domain.deck import difference_words, outcome_words
from tinnhiem_desktop.domain.errors import InvalidInput, UserFacingError
from tinnhiem_desktop.domain.fingerprint import group_hex, parse_fingerprint
from tinnhiem_desktop.domain.integrity import Verdict
from tinnhiem_desktop.domain.model import ElectingBodySetting, Role
from tinnhiem_desktop.domain.regimes import Basis
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.domain.tally import format_percent_vi
from tinnhiem_desktop.domain.text import ascii_digits, clean
from tinnhiem_desktop.domain.wording import ROLE_LABELS, parse_role
from tinnhiem_desktop.exchange import ballots_csv, deck_files
from tinnhiem_desktop.exchange.csv_text import read_csv
from tinnhiem_desktop.exchange.results_export import export_results
from tinnhiem_desktop.exchange.results_json import results_to_dict
from tinnhiem_desktop.exchange.tally_sheet import read_tally_sheet
from tinnhiem_desktop.reports.ballot_paper import render_ballot_papers
from tinnhiem_desktop.reports.comparison import render_comparison_report
from tinnhiem_desktop.reports.deck import render_certificate, render_deck
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.services.session import (
    RECONCILE_REASON,
    BallotRow,
    Comparison,
    Session,
    check_merged_groups,
    compare_files,
    copy_setup,
    make_trial_copy,
    merge_groups,
    shipped_regimes,
    verify_file,
)

EXIT_OK, EXIT_INPUT, EXIT_FILE, EXIT_DIFFER = 0, 2, 3, 4


class _Parser(argparse.ArgumentParser):
    """argparse with Vietnamese usage errors (exit 2, no traceback)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"Lỗi: lệnh không đúng cú pháp ({message}). Xem --help.\n")


def _count(text: str) -> int:
    """A count typed on the command line: ASCII digits only (``str.isdigit`` takes any script)."""
    if not ascii_digits(text.strip()):
        raise argparse.ArgumentTypeError(
            f"“{clean(text)}” không phải số nguyên không âm (chỉ dùng chữ số 0–9)"
        )
    return int(text)


def _add_reading(parser: argparse.ArgumentParser) -> None:
    """How the committee reads one paper ballot: valid with its marks, or wholly invalid."""
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument("--marks", help="phiếu hợp lệ: các mức, ví dụ 1203x")
    how.add_argument("--invalid", metavar="LY_DO", help="phiếu không hợp lệ toàn phiếu: lý do")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    p = _Parser(prog="tinnhiem-desktop", description="Kiểm phiếu tín nhiệm (không cần mạng).")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    new = sub.add_parser("new", help="tạo tệp phiên mới")
    new.add_argument("session", metavar="FILE", type=Path)
    new.add_argument("--regime", required=True, help="mã thể thức, ví dụ party-qd96-2023")
    new.add_argument("--title", default="", help="tên hội nghị")
    new.add_argument("--body", default="", help="cơ quan, tổ chức")
    new.add_argument("--parent-body", default="", help="cơ quan cấp trên (dòng đầu tiêu đề)")
    new.add_argument("--city", default="", help="địa danh ghi trước ngày tháng")
    new.add_argument("--date", default="", help="dd/mm/yyyy hoặc yyyy-mm-dd")
    new.add_argument("--time", default="", help="GG:PP")
    new.add_argument("--place", default="")
    new.add_argument("--summoned", type=_count)
    new.add_argument("--present", type=_count)
    new.add_argument("--total-delegates", type=_count)
    new.add_argument("--denominator", choices=[b.value for b in Basis])
    new.add_argument("--trial", action="store_true", help="phiên thử nghiệm")
    new.add_argument("--electing-body", choices=[b.value for b in ElectingBodySetting],
                     default=ElectingBodySetting.AUTO.value,
                     help="thể thức Quốc hội/HĐND: cơ quan đã bầu hoặc phê chuẩn người được lấy "
                          "phiếu, in ở tiêu đề biên bản (quoc_hoi, hdnd; mặc định auto: theo tên "
                          "cơ quan, có chữ “Quốc hội” là Quốc hội, còn lại là Hội đồng nhân dân)")
    new.add_argument("--ballot-type", action="append", dest="ballot_types",
                     help="tên loại phiếu (lặp lại cho nhiều loại)")

    com = sub.add_parser("committee", help="Ban kiểm phiếu: họ tên và vai trò từng thành viên")
    com.add_argument("session", metavar="FILE", type=Path)
    com.add_argument("--member", action="append", required=True, metavar="HỌ_TÊN:VAI_TRÒ",
                     help="một thành viên, theo thứ tự in trên biên bản (lặp lại cho từng người); "
                          "vai trò: Trưởng ban, Phó Trưởng ban, Ủy viên, Thư ký (có dấu hoặc "
                          "không, chữ hoa hay thường) hoặc mã truong_ban, pho_truong_ban, uy_vien, "
                          "thu_ky. Cả Ban được thay bằng danh sách này.")

    cand = sub.add_parser("candidates", help="danh sách người được lấy phiếu")
    cand_sub = cand.add_subparsers(dest="action", required=True, parser_class=_Parser)
    ci = cand_sub.add_parser("import", help="nhập từ CSV (ho_ten,chuc_vu)")
    ci.add_argument("session", metavar="FILE", type=Path)
    ci.add_argument("csv", type=Path)
    ci.add_argument("--ballot-type")

    acc = sub.add_parser("accounting", help="số phiếu phát ra, hỏng, thu về")
    acc.add_argument("session", metavar="FILE", type=Path)
    acc.add_argument("--ballot-type")
    acc.add_argument("--issued", type=_count, required=True)
    acc.add_argument("--collected", type=_count, required=True)
    acc.add_argument("--spoiled", type=_count, default=0)

    bal = sub.add_parser("ballots", help="nhập/xuất phiếu")
    bal_sub = bal.add_subparsers(dest="action", required=True, parser_class=_Parser)
    bi = bal_sub.add_parser("import", help="nhập phiếu từ CSV (tất cả hoặc không)")
    bi.add_argument("session", metavar="FILE", type=Path)
    bi.add_argument("csv", type=Path)
    bi.add_argument("--ballot-type")
    be = bal_sub.add_parser("export", help="xuất phiếu ra CSV")
    be.add_argument("session", metavar="FILE", type=Path)
    be.add_argument("csv", type=Path)
    be.add_argument("--ballot-type")

    res = sub.add_parser("results", help="kết quả")
    res.add_argument("session", metavar="FILE", type=Path)
    res.add_argument("--json", action="store_true")

    ver = sub.add_parser("verify", help="kiểm tra tính toàn vẹn và dấu vân tay")
    ver.add_argument("session", metavar="FILE", type=Path)
    ver.add_argument("--expect", metavar="DAU_VAN_TAY",
                     help="dấu vân tay in trên bản giấy (64 chữ số hex, hoặc ít nhất 16 chữ số "
                          "đầu như trên thanh trạng thái; có hoặc không dấu cách)")
    ver.add_argument("--groups", metavar="GROUP_FILE", type=Path, nargs="+",
                     help="tệp gộp: đưa lại tệp của các tổ; mỗi tệp phải nguyên vẹn và đúng là "
                          "tệp đã gộp (cùng dấu vân tay, cùng các phiếu)")

    fin = sub.add_parser("finalise", help="chốt kết quả (sau đó chỉ ghi được đính chính)")
    fin.add_argument("session", metavar="FILE", type=Path)
    fin.add_argument("--by", required=True, help="người chốt kết quả")
    fin.add_argument("--accept", action="append", default=[], metavar="MA=GIAI_TRINH",
                     help="chấp nhận một cảnh báo kèm giải trình (lặp lại cho nhiều cảnh báo)")

    add = sub.add_parser("addendum", help="ghi đính chính sau khi đã chốt")
    add.add_argument("session", metavar="FILE", type=Path)
    add.add_argument("--by", required=True, help="người lập đính chính")
    add.add_argument("--text", required=True, help="nội dung đính chính")

    aside = sub.add_parser("set-aside", help="để riêng một phiếu chờ Ban kiểm phiếu xem xét")
    aside.add_argument("session", metavar="FILE", type=Path)
    aside.add_argument("--note", required=True, help="lý do ngắn gọn")
    aside.add_argument("--ballot-type")
    aside.add_argument("--number", type=_count, help="số phiếu (mặc định: số tiếp theo)")

    decide = sub.add_parser("decide", help="ghi quyết định của Ban kiểm phiếu về phiếu để riêng")
    decide.add_argument("session", metavar="FILE", type=Path)
    decide.add_argument("number", type=_count, help="số phiếu để riêng")
    decide.add_argument("--ballot-type")
    _add_reading(decide)

    spot = sub.add_parser("spot-check", help="bốc thăm kiểm tra phiếu đã nhập với bản giấy")
    spot_sub = spot.add_subparsers(dest="action", required=True, parser_class=_Parser)
    draw = spot_sub.add_parser("draw", help="bốc K phiếu để đối chiếu")
    draw.add_argument("session", metavar="FILE", type=Path)
    draw.add_argument("-k", type=_count, required=True, help="số phiếu cần bốc")
    draw.add_argument("--seed", help="mã bốc thăm (mặc định: phần mềm chọn và in ra)")
    draw.add_argument("--ballot-type")
    found = spot_sub.add_parser("record", help="ghi kết quả đối chiếu một phiếu đã bốc")
    found.add_argument("session", metavar="FILE", type=Path)
    found.add_argument("number", type=_count, help="số phiếu đã bốc")
    found.add_argument("--draw", type=_count, default=None,
                       help="lần bốc thăm (mặc định: lần gần nhất)")
    outcome = found.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--match", action="store_true", help="bản giấy khớp với bản ghi")
    outcome.add_argument("--difference", metavar="GHI_CHU", help="bản giấy khác: khác ở đâu")

    bak = sub.add_parser("backup", help="lưu bản sao đã kiểm tra của tệp phiên")
    bak.add_argument("session", metavar="FILE", type=Path)
    bak.add_argument("out", type=Path)
    mins = sub.add_parser("minutes", help="in biên bản kiểm phiếu ra PDF")
    mins.add_argument("session", metavar="FILE", type=Path)
    mins.add_argument("-o", "--output", type=Path, required=True, help="tệp PDF")

    paper = sub.add_parser("ballot-paper", help="in phiếu trắng (mẫu phiếu) ra PDF")
    paper.add_argument("session", metavar="FILE", type=Path)
    paper.add_argument("-o", "--output", type=Path, required=True, help="tệp PDF")
    paper.add_argument("--ballot-type", help="chỉ in loại phiếu này (mặc định: mọi loại)")

    deck = sub.add_parser("test-deck", help="lập bộ phiếu thử: phiếu in sẵn dấu, CSV và kết quả "
                                            "đúng")
    deck.add_argument("session", metavar="FILE", type=Path)
    deck.add_argument("-o", "--output", type=Path, required=True,
                      help="tệp PDF: các phiếu thử và bảng kết quả đúng")
    deck.add_argument("--csv", type=Path, help="các phiếu thử dạng CSV (lệnh ballots import); "
                                               "nhiều loại phiếu: một tệp mỗi loại, -1, -2 …")
    deck.add_argument("--expected", type=Path, help="kết quả đúng dạng JSON (như results --json)")
    deck.add_argument("--trial-copy", type=Path, metavar="BAN_THU",
                      help="tạo bản thử của phiên (tệp .tinnhiem mới) để nhập bộ phiếu thử")
    check = sub.add_parser("test-deck-check", help="so kết quả bản thử đã nhập bộ phiếu thử với "
                                                   "kết quả đúng, ghi vào nhật ký phiên thật")
    check.add_argument("session", metavar="FILE", type=Path, help="tệp phiên thật")
    check.add_argument("trial", metavar="TRIAL", type=Path, help="bản thử đã nhập bộ phiếu thử")
    check.add_argument("--expected", type=Path, help="tệp kết quả đúng của lệnh test-deck")
    check.add_argument("--pdf", type=Path, help="in giấy chứng nhận kiểm tra ra PDF")
    cps = sub.add_parser("copy-setup", help="tạo bản cho tổ kiểm phiếu hoặc lượt nhập kiểm tra: "
                         "cùng thiết lập, chưa có phiếu")
    cps.add_argument("source", metavar="SOURCE", type=Path)
    cps.add_argument("new", metavar="NEW", type=Path)
    cps.add_argument("--group", metavar="TÊN_TỔ",
                     help="tên tổ kiểm phiếu, ví dụ “Tổ 1” (không ghi: NEW là lượt nhập kiểm tra "
                          "của cùng xấp phiếu với SOURCE)")
    cps.add_argument("--ballots", type=_count, metavar="N", help="số phiếu giao cho tổ")

    cmp_ = sub.add_parser("compare", help="so sánh các lượt nhập của cùng một xấp phiếu "
                          "(mã thoát 0 giống nhau, 4 khác nhau)")
    cmp_.add_argument("files", metavar="FILE", type=Path, nargs="+",
                      help="hai tệp trở lên, bản của cùng một thiết lập; tệp đầu là tệp tham chiếu")
    cmp_.add_argument("--json", action="store_true")
    cmp_.add_argument("--pdf", type=Path, metavar="OUT.pdf",
                      help="in biên bản đối chiếu (các tệp, dấu vân tay, chỗ khác nhau, các "
                           "quyết định đã ghi trong tệp tham chiếu, chữ ký)")

    rec = sub.add_parser("reconcile", help="ghi cách đọc của Ban kiểm phiếu cho một phiếu khác "
                         "nhau giữa các lượt nhập (hủy và nhập lại, lý do “đối chiếu lượt nhập "
                         "kiểm tra”)")
    rec.add_argument("session", metavar="FILE", type=Path, help="tệp tham chiếu")
    rec.add_argument("number", type=_count, help="số phiếu")
    rec.add_argument("--ballot-type")
    _add_reading(rec)

    mrg = sub.add_parser("merge", help="gộp các tệp của tổ kiểm phiếu thành một phiên")
    mrg.add_argument("out", metavar="OUT", type=Path, help="tệp phiên mới (không ghi đè)")
    mrg.add_argument("groups", metavar="GROUP_FILE", type=Path, nargs="+",
                     help="tệp của từng tổ (tạo bằng copy-setup --group)")

    hand = sub.add_parser("hand-count", help="tổ kiểm phiếu bằng tay: nhập bảng tổng hợp vào "
                          "tệp của tổ")
    hand.add_argument("session", metavar="FILE", type=Path, help="tệp của tổ (copy-setup --group)")
    hand.add_argument("--ballot-type")
    hand.add_argument("--csv", type=Path, required=True,
                      help="bảng tổng hợp: cột ho_ten rồi một cột cho mỗi mức (1 2 3, hoặc 1 2 "
                           "khi bỏ phiếu), 0 (không đánh dấu), x (nhiều dấu); mỗi người một dòng "
                           "theo thứ tự trên phiếu")
    hand.add_argument("--invalid", type=_count, default=0, metavar="N",
                      help="số phiếu không hợp lệ toàn phiếu")

    exp = sub.add_parser("export", help="xuất kết quả ra CSV, XLSX hoặc JSON")
    exp.add_argument("session", metavar="FILE", type=Path)
    exp.add_argument("-o", "--output", type=Path, required=True,
                     help="tệp .csv, .xlsx hoặc .json (định dạng theo đuôi tệp)")
    return p


def _session(path: Path, readonly: bool = False) -> Session:
    """Open a session; a read-only open is verified too (a writable one always is), so no
    command prints, exports or copies figures that the file's own log does not vouch for."""
    return Session.open_to_view(path) if readonly else Session.open(path)


def cmd_new(a: argparse.Namespace) -> int:
    fields = {
        k: getattr(a, k)
        for k in ("title", "body", "parent_body", "city", "date", "time", "place", "summoned",
                  "present", "total_delegates", "trial")
    }
    if a.denominator:
        fields["denominator"] = Basis(a.denominator)
    fields["electing_body"] = ElectingBodySetting(a.electing_body)
    kwargs = {"ballot_types": a.ballot_types} if a.ballot_types else {}
    with Session.create(a.session, a.regime, **kwargs, **fields) as s:
        print(f"Đã tạo phiên {a.session} (thể thức {s.regime.id}).")
        print(f"Dấu vân tay: {group_hex(s.fingerprint())}")
    return EXIT_OK


def _members(items: Sequence[str]) -> list[tuple[str, Role]]:
    """``Họ tên:Vai trò`` pairs; the role is what follows the last colon."""
    members = []
    for item in items:
        name, sep, role = item.rpartition(":")
        if not sep or not role.strip():
            raise InvalidInput(
                f"“{clean(item)}”: ghi --member theo dạng HỌ TÊN:VAI TRÒ, ví dụ "
                "--member \"Nguyễn Văn Hiền:Trưởng ban\"."
            )
        if not clean(name):
            raise InvalidInput(f"“{clean(item)}”: thiếu họ tên thành viên Ban kiểm phiếu.")
        members.append((name, parse_role(role)))
    return members


def cmd_committee(a: argparse.Namespace) -> int:
    members = _members(a.member)
    with _session(a.session) as s:
        s.set_committee(members)
        committee = s.committee()
    print(f"Đã ghi Ban kiểm phiếu gồm {len(committee)} thành viên:")
    for i, m in enumerate(committee, start=1):
        print(f"{i}. {m.name} — {ROLE_LABELS[m.role]}")
    return EXIT_OK


def cmd_candidates(a: argparse.Namespace) -> int:
    table = read_csv(a.csv)
    rows = ballots_csv.parse_candidates(table)
    with _session(a.session) as s:
        bt = s.ballot_type(a.ballot_type)
        s.set_candidates(bt.id, rows)
        print(f"Đã nhập {len(rows)} người vào “{bt.name}” (bảng mã: {table.encoding}).")
    return EXIT_OK


def cmd_accounting(a: argparse.Namespace) -> int:
    with _session(a.session) as s:
        bt = s.ballot_type(a.ballot_type)
        s.set_accounting(bt.id, issued=a.issued, collected=a.collected, spoiled=a.spoiled)
        print(f"“{bt.name}”: phát ra {a.issued}, hỏng/đổi {a.spoiled}, thu về {a.collected}.")
    return EXIT_OK


def cmd_ballots(a: argparse.Namespace) -> int:
    if a.action == "export":
        with _session(a.session, readonly=True) as s:
            bt = s.ballot_type(a.ballot_type)
            ballots = s.active_ballots(bt.id)
            text = ballots_csv.write_ballots(s.candidates(bt.id), ballots)
        write_atomic(a.csv, text.encode("utf-8"))
        print(f"Đã xuất {len(ballots)} phiếu ra {a.csv}.")
        return EXIT_OK
    table = read_csv(a.csv)
    with _session(a.session) as s:
        bt = s.ballot_type(a.ballot_type)
        parsed = ballots_csv.parse_ballots(table, s.regime, s.candidates(bt.id))
        rows = [BallotRow(p.number, p.marks, p.invalid_reason, p.line) for p in parsed]
        s.record_ballots(bt.id, rows)
        print(f"Đã nhập {len(rows)} phiếu vào “{bt.name}” (bảng mã: {table.encoding}).")
    return EXIT_OK


def format_results(r: SessionResults) -> str:
    """The readable Vietnamese table of ``results``."""
    out = [r.info.title or r.regime.name, f"Thể thức: {r.regime.id} — {r.regime.legal_basis}"]
    if r.quorum_met is not None:
        out.append("Đủ 2/3 số người được triệu tập: " + ("có" if r.quorum_met else "KHÔNG"))
    labels = [lv.label for lv in r.regime.levels]
    for bt in r.ballot_types:
        acc = bt.ballot_type.accounting
        out += [
            "",
            f"== {bt.ballot_type.name} ==",
            f"Phát ra {acc.issued}, hỏng/đổi {acc.spoiled}, thu về {acc.collected}, "
            f"đã nhập {bt.recorded} (không hợp lệ toàn phiếu: {bt.whole_invalid}).",
            "TT | Họ tên | Chức vụ | Hợp lệ | Không HL | "
            + " | ".join(f"{lab} (số, %)" for lab in labels) + " | Ngưỡng",
        ]
        for cr in bt.candidates:
            cells = [
                f"{cr.counts[lv.id]} ({format_percent_vi(cr.percents[lv.id])} %)"
                for lv in r.regime.levels
            ]
            band = "—" if cr.band is None else cr.band.label
            out.append(
                f"{cr.candidate.order} | {cr.candidate.name} | {cr.candidate.title} | "
                f"{cr.valid} | {cr.invalid} | " + " | ".join(cells) + f" | {band}"
            )
        out.append(bt.base_sentence())
    if r.checks:
        out += ["", "Kiểm tra:"]
        out += [f"- [{'CHẶN' if c.kind is CheckKind.BLOCKING else 'cảnh báo'}] {c.message}"
                for c in r.checks]
    out += ["", f"Dấu vân tay: {group_hex(r.fingerprint)}"]
    return "\n".join(out)


def cmd_results(a: argparse.Namespace) -> int:
    with _session(a.session, readonly=True) as s:
        results = s.results()
    if a.json:
        print(json.dumps(results_to_dict(results), ensure_ascii=False, indent=2))
    else:
        print(terminal_safe(format_results(results)))
    return EXIT_OK


def cmd_verify(a: argparse.Namespace) -> int:
    expected = parse_fingerprint(a.expect) if a.expect is not None else None
    report = verify_file(a.session, expected)
    if not report.ok:
        print("Tệp KHÔNG nguyên vẹn:", file=sys.stderr)
        for problem in report.problems:
            print(f"- {problem}", file=sys.stderr)
        return EXIT_FILE
    print(f"Tệp nguyên vẹn ({report.entries} mục nhật ký).")
    print(f"Dấu vân tay: {group_hex(report.fingerprint)}")
    if report.finalised_hash is not None:
        print(f"Dấu vân tay lúc chốt kết quả: {group_hex(report.finalised_hash)}")
    if a.groups:
        problems, notes = check_merged_groups(a.session, a.groups)
        for note in notes:
            print(f"Lưu ý: {note}")
        if problems:
            print("Tệp của các tổ KHÔNG khớp với tệp gộp:", file=sys.stderr)
            for problem in problems:
                print(f"- {problem}", file=sys.stderr)
            return EXIT_FILE
        print(f"Tệp của {len(a.groups)} tổ khớp với tệp gộp (cùng dấu vân tay, cùng các phiếu).")
    if expected is None:
        return EXIT_OK
    verdict, text = report.paper_verdict()
    if verdict is Verdict.STANDS:
        print(text)
        return EXIT_OK
    print(text, file=sys.stderr)
    return EXIT_INPUT if verdict is Verdict.AMBIGUOUS else EXIT_FILE


def _accepted(items: Sequence[str]) -> dict[str, str]:
    accepted: dict[str, str] = {}
    for item in items:
        code, sep, text = item.partition("=")
        if not sep or not code.strip() or not text.strip():
            raise InvalidInput(f"“{clean(item)}”: ghi --accept theo dạng MÃ=GIẢI TRÌNH.")
        accepted[code.strip()] = text
    return accepted


def cmd_finalise(a: argparse.Namespace) -> int:
    accepted = _accepted(a.accept)
    with _session(a.session) as s:
        fin = s.finalise(a.by, accepted)
        fingerprint = s.fingerprint()
    print(f"Đã chốt kết quả: {fin.by}, lúc {fin.at}. Từ nay tệp chỉ ghi thêm được đính chính.")
    for item in fin.accepted:
        print(f"Cảnh báo đã chấp nhận: {item.code}: {item.explanation}")
    print(f"Dấu vân tay (in trên biên bản): {group_hex(fingerprint)}")
    return EXIT_OK


def cmd_addendum(a: argparse.Namespace) -> int:
    with _session(a.session) as s:
        add = s.add_addendum(a.text, a.by)
        fingerprint = s.fingerprint()
    print(f"Đã ghi đính chính số {add.number} ({add.by}, lúc {add.at}).")
    print(f"Dấu vân tay mới: {group_hex(fingerprint)}")
    return EXIT_OK


def cmd_set_aside(a: argparse.Namespace) -> int:
    with _session(a.session) as s:
        bt = s.ballot_type(a.ballot_type)
        held = s.set_aside(bt.id, a.note, a.number)
    print(f"Đã để riêng phiếu số {held.number} của “{bt.name}” chờ Ban kiểm phiếu xem xét: "
          f"{held.note}. Phiếu này chưa được tính cho đến khi có quyết định (lệnh decide).")
    return EXIT_OK


def cmd_decide(a: argparse.Namespace) -> int:
    with _session(a.session) as s:
        bt = s.ballot_type(a.ballot_type)
        ballot = s.decide_set_aside_number(bt.id, a.number, a.marks, a.invalid)
    what = (f"không hợp lệ toàn phiếu ({ballot.invalid_reason})" if ballot.invalid_reason
            else f"hợp lệ, các mức {ballot.marks}")
    print(f"Ban kiểm phiếu quyết định phiếu số {ballot.number}: {what}. Đã ghi.")
    return EXIT_OK


def cmd_spot_check(a: argparse.Namespace) -> int:
    with _session(a.session) as s:
        if a.action == "draw":
            bt = s.ballot_type(a.ballot_type)
            check = s.draw_spot_check(bt.id, a.k, a.seed)
            print(f"Lần bốc thăm số {check.id} (“{bt.name}”), mã bốc thăm {check.seed}: "
                  f"đối chiếu các phiếu số {', '.join(map(str, check.numbers))}.")
            return EXIT_OK
        found = s.record_spot_check(a.draw, a.number, a.match, a.difference or "")
    print(f"Đã ghi kết quả đối chiếu phiếu số {found.number} (lần bốc thăm số "
          f"{found.spot_check_id}): " + ("khớp." if found.matches else f"khác — {found.note}."))
    return EXIT_OK


def cmd_backup(a: argparse.Namespace) -> int:
    with _session(a.session, readonly=True) as s:
        report = s.backup(a.out)
    print(f"Đã lưu bản sao {a.out} và kiểm tra: nguyên vẹn ({report.entries} mục nhật ký).")
    print(f"Dấu vân tay: {group_hex(report.fingerprint)}")
    return EXIT_OK


def _pdf_output(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise InvalidInput(f"Tệp “{path.name}”: tên tệp in ra phải kết thúc bằng .pdf.")
    return path


def cmd_minutes(a: argparse.Namespace) -> int:
    out = _pdf_output(a.output)
    with _session(a.session, readonly=True) as s:
        results = s.results()
    render_minutes(results, out)
    print(f"Đã in biên bản kiểm phiếu ra {out}.")
    if results.finalisation is None:
        print("Lưu ý: kết quả chưa chốt."
              + (" Các điểm cần lưu ý được ghi ở mục IV của biên bản." if results.checks else ""))
    print(f"Dấu vân tay in trên biên bản: {group_hex(results.fingerprint)}")
    return EXIT_OK


def cmd_ballot_paper(a: argparse.Namespace) -> int:
    out = _pdf_output(a.output)
    with _session(a.session, readonly=True) as s:
        types = [s.ballot_type(a.ballot_type)] if a.ballot_type else list(s.ballot_types())
        forms = [(bt, s.candidates(bt.id)) for bt in types]
        regime, info = s.regime, s.info
    render_ballot_papers(regime, info, forms, out)
    names = ", ".join(f"“{bt.name}”" for bt in types)
    print(f"Đã in mẫu phiếu {names} ra {out}.")
    return EXIT_OK


def deck_csv_paths(path: Path, n_types: int) -> list[Path]:
    """Where the deck's CSV goes: ``path`` itself for one ballot type, else one file per type,
    ``<name>-1.csv``, ``<name>-2.csv`` … in the session's order."""
    if n_types == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{i}{path.suffix}") for i in range(1, n_types + 1)]


def cmd_test_deck(a: argparse.Namespace) -> int:
    out = _pdf_output(a.output)
    with _session(a.session, readonly=True) as s:
        deck = s.test_deck()
        expected = s.test_deck_expected()
        regime, info = s.regime, s.info
    files = [(out, render_deck(regime, info, deck, expected))]
    csv_paths = [] if a.csv is None else deck_csv_paths(a.csv, len(deck.forms))
    files += [(path, deck_files.deck_csv(form).encode("utf-8"))
              for form, path in zip(deck.forms, csv_paths, strict=False)]
    if a.expected is not None:
        files.append((a.expected, deck_files.expected_json(expected, deck).encode("utf-8")))
    write_atomic_all(files)  # all of them, or none
    print(f"Đã in bộ phiếu thử ({deck.size} phiếu) và bảng kết quả đúng ra {out}.")
    for form, path in zip(deck.forms, csv_paths, strict=False):
        print(f"Đã ghi {form.size} phiếu thử của “{form.ballot_type}” ra {path} "
              f"(nhập vào bản thử: ballots import BẢN_THỬ {path}"
              + (f" --ballot-type \"{form.ballot_type}\"" if len(deck.forms) > 1 else "")
              + ").")
    if a.expected is not None:
        print(f"Đã ghi kết quả đúng ra {a.expected}.")
    if a.trial_copy is not None:
        make_trial_copy(a.session, a.trial_copy)
        print(f"Đã tạo bản thử {a.trial_copy}: nhập bộ phiếu thử vào đó, rồi kiểm tra bằng lệnh "
              f"test-deck-check {a.session} {a.trial_copy}.")
    print(f"Mã bộ phiếu thử: {group_hex(deck.fingerprint)}")
    return EXIT_OK


def cmd_test_deck_check(a: argparse.Namespace) -> int:
    if a.pdf is not None:
        _pdf_output(a.pdf)
    expected = None
    if a.expected is not None:
        expected = deck_files.read_expected(a.expected)
    with _session(a.session) as s, s.batch():
        check = s.check_test_deck(a.trial, expected)
        regime, named = s.regime, len(s.test_deck().forms) > 1
        if a.pdf is not None:
            # Inside the transaction: a certificate that cannot be written records nothing.
            render_certificate(regime, s.info, check, s.path.name, named, a.pdf)
        name = s.path.name
    print(outcome_words(regime, check, named))
    for d in check.differences:
        print(f"- {difference_words(regime, d, named)}")
    print(f"Đã ghi lần kiểm tra số {check.id} vào nhật ký của {name}.")
    if a.pdf is not None:
        print(f"Đã in giấy chứng nhận ra {a.pdf}.")
    return EXIT_OK if check.passed else EXIT_INPUT


def cmd_export(a: argparse.Namespace) -> int:
    with _session(a.session, readonly=True) as s:
        results = s.results()
    fmt = export_results(results, a.output)
    print(f"Đã xuất kết quả ({fmt.upper()}) ra {a.output}.")
    return EXIT_OK


def cmd_copy_setup(a: argparse.Namespace) -> int:
    new = copy_setup(a.source, a.new, group=a.group, ballots=a.ballots)
    with _session(new, readonly=True) as s:
        origin, setup = s.copy_origin, s.setup_fingerprint
    assert origin is not None
    print(f"Đã tạo {new.name}: {origin.describe()}, cùng thiết lập với {a.source.name}, "
          "chưa có phiếu.")
    print(f"Dấu vân tay thiết lập: {group_hex(setup)}")
    return EXIT_OK


def comparison_to_dict(c: Comparison) -> dict[str, object]:
    """The JSON of ``compare --json``."""
    names = [f.path.name for f in c.files]
    return {
        "same": c.same,
        "files": [
            {"name": f.path.name, "path": str(f.path), "fingerprint": f.fingerprint,
             "setup_fingerprint": f.setup_fingerprint, "ballots": f.ballots,
             "origin": None if f.origin is None else f.origin.to_json()}
            for f in c.files
        ],
        "differences": [
            {"ballot_type": d.ballot_type, "type_id": d.type_id, "number": d.number,
             "readings": [
                 {"file": name, "present": r is not None,
                  "marks": None if r is None else r.marks,
                  "invalid_reason": None if r is None else r.invalid_reason}
                 for name, r in zip(names, d.readings, strict=True)
             ]}
            for d in c.differences
        ],
    }


def format_comparison(c: Comparison) -> str:
    """The text of ``compare``: the files, then each difference with every file's reading."""
    out = ["Các tệp được so sánh (tệp đầu là tệp tham chiếu):"]
    for i, f in enumerate(c.files, start=1):
        origin = "" if f.origin is None else f" — {f.origin.describe()}"
        out.append(f"{i}. {f.path.name}{origin}: {f.ballots} phiếu, dấu vân tay "
                   f"{group_hex(f.fingerprint)}")
    out.append(f"Dấu vân tay thiết lập chung: {group_hex(c.files[0].setup_fingerprint)}")
    if c.same:
        out.append("Các tệp giống nhau: cùng các phiếu, cùng số phiếu, cùng các dấu.")
        return "\n".join(out)
    out += ["", f"{len(c.differences)} phiếu khác nhau:"]
    for d in c.differences:
        out.append(f"- {d.ballot_type}, phiếu số {d.number}:")
        for f, r in zip(c.files, d.readings, strict=True):
            out.append(f"    {f.path.name}: {'(không có)' if r is None else r.describe()}")
    return "\n".join(out)


def cmd_compare(a: argparse.Namespace) -> int:
    pdf = None if a.pdf is None else _pdf_output(a.pdf)
    comparison = compare_files(a.files)
    if pdf is not None:
        with _session(a.files[0], readonly=True) as reference:
            decisions = reference.reconcile_decisions()
            regime, info, committee = reference.regime, reference.info, reference.committee()
        render_comparison_report(regime, info, committee, comparison, decisions, pdf)
    if a.json:
        print(json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=2))
    else:
        print(terminal_safe(format_comparison(comparison)))
    if pdf is not None:
        print(f"Đã in biên bản đối chiếu ra {pdf}.", file=sys.stderr if a.json else sys.stdout)
    return EXIT_OK if comparison.same else EXIT_DIFFER


def cmd_reconcile(a: argparse.Namespace) -> int:
    with _session(a.session) as s:
        bt = s.ballot_type(a.ballot_type)
        before = s.fingerprint()
        ballot = s.correct_ballot(bt.id, a.number, a.marks or "", a.invalid)
        changed = s.fingerprint() != before
    what = (f"không hợp lệ toàn phiếu ({ballot.invalid_reason})" if ballot.invalid_reason
            else f"các mức {ballot.marks}")
    if changed:
        print(f"Đã ghi phiếu số {ballot.number} theo cách đọc của Ban kiểm phiếu: {what} "
              f"(lý do: {RECONCILE_REASON}).")
    else:
        print(f"Phiếu số {ballot.number} đã ghi đúng như vậy ({what}): không thay đổi gì.")
    return EXIT_OK


def cmd_merge(a: argparse.Namespace) -> int:
    out = merge_groups(a.out, a.groups)
    with _session(out, readonly=True) as s:
        groups, fingerprint = s.merged_groups(), s.fingerprint()
    print(f"Đã gộp {len(groups)} tổ kiểm phiếu vào {out.name}:")
    for g in groups:
        how = " (kiểm bằng tay)" if g.hand_counted else ""
        print(f"- {g.label}{how}: {g.ballot_count} phiếu, tệp {g.source_name}, dấu vân tay "
              f"{group_hex(g.source_fingerprint)}")
    print(f"Dấu vân tay tệp gộp: {group_hex(fingerprint)}")
    return EXIT_OK


def cmd_hand_count(a: argparse.Namespace) -> int:
    with _session(a.session) as s:
        bt = s.ballot_type(a.ballot_type)
        symbols = [*s.regime.codes, "0", "x"]
        names = [c.name for c in s.candidates(bt.id)]
        sheet = s.set_hand_count(bt.id, read_tally_sheet(a.csv, symbols, names), a.invalid)
    print(f"Đã ghi bảng tổng hợp kiểm phiếu bằng tay của “{bt.name}”: {sheet.ballots} phiếu "
          f"({sheet.valid} hợp lệ, {sheet.whole_invalid} không hợp lệ toàn phiếu).")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": cmd_new,
    "committee": cmd_committee,
    "candidates": cmd_candidates,
    "accounting": cmd_accounting,
    "ballots": cmd_ballots,
    "results": cmd_results,
    "verify": cmd_verify,
    "minutes": cmd_minutes,
    "ballot-paper": cmd_ballot_paper,
    "export": cmd_export,
    "finalise": cmd_finalise,
    "addendum": cmd_addendum,
    "backup": cmd_backup,
    "set-aside": cmd_set_aside,
    "decide": cmd_decide,
    "spot-check": cmd_spot_check,
    "test-deck": cmd_test_deck,
    "test-deck-check": cmd_test_deck_check,
    "copy-setup": cmd_copy_setup,
    "compare": cmd_compare,
    "reconcile": cmd_reconcile,
    "merge": cmd_merge,
    "hand-count": cmd_hand_count,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_INPUT
    try:
        shipped_regimes()
        return COMMANDS[args.command](args)
    except UserFacingError as exc:
        print(f"Lỗi: {terminal_safe(exc.message)}", file=sys.stderr)
        return exc.exit_code


def terminal_safe(text: str) -> str:
    """``text`` without control characters other than line breaks and tabs.

    Everything typed or imported is cleaned before it is stored (``domain.text.clean``), but a
    file written before that, or a message quoting a command-line argument, could still carry an
    escape sequence: the terminal must show it, not obey it.
    """
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
