"""The headless subcommands: the contract scripts and archive checks rely on. Never imports Qt.

Exit codes: 0 success; 2 bad input or usage; 3 a file that is not ours, newer, damaged, altered,
locked or unwritable. Messages are Vietnamese; none of these prints a traceback.
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
from tinnhiem_desktop.atomic_write import write_atomic
from tinnhiem_desktop.domain.checks import CheckKind
from tinnhiem_desktop.domain.errors import InvalidInput, UserFacingError
from tinnhiem_desktop.domain.fingerprint import group_hex, parse_fingerprint
from tinnhiem_desktop.domain.integrity import Verdict
from tinnhiem_desktop.domain.model import ElectingBodySetting, Role
from tinnhiem_desktop.domain.regimes import Basis
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.domain.tally import format_percent_vi
from tinnhiem_desktop.domain.text import ascii_digits, clean
from tinnhiem_desktop.domain.wording import ROLE_LABELS, parse_role
from tinnhiem_desktop.exchange import ballots_csv
from tinnhiem_desktop.exchange.csv_text import read_csv
from tinnhiem_desktop.exchange.results_export import export_results
from tinnhiem_desktop.exchange.results_json import results_to_dict
from tinnhiem_desktop.reports.ballot_paper import render_ballot_papers
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.services.session import BallotRow, Session, shipped_regimes, verify_file

EXIT_OK, EXIT_INPUT, EXIT_FILE = 0, 2, 3


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
    how = decide.add_mutually_exclusive_group(required=True)
    how.add_argument("--marks", help="phiếu hợp lệ: các mức, ví dụ 1203x")
    how.add_argument("--invalid", metavar="LY_DO", help="phiếu không hợp lệ toàn phiếu: lý do")

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


def cmd_export(a: argparse.Namespace) -> int:
    with _session(a.session, readonly=True) as s:
        results = s.results()
    fmt = export_results(results, a.output)
    print(f"Đã xuất kết quả ({fmt.upper()}) ra {a.output}.")
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
