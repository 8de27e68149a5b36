"""Every CLI subcommand against paths that are not what it needs: a missing path, a folder, a file
that is not a session (not SQLite; another program's SQLite), an output folder that cannot be
written, an output path that is a folder. Each answers with exit 2 or 3 and a Vietnamese message
starting with "Lỗi:", never a traceback, and leaves the session file byte for byte as it was and
nothing new beside it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import NAMES, make_readonly, make_session, run_cli, sha256_of

ROOT = Path(__file__).resolve().parents[2]
REGIME = "party-qd96-2023"

# Every subcommand of build_parser(), with {f} the session file, {cand} and {bal} input CSVs and
# {out} an output path without its extension.
COMMANDS: dict[str, tuple[str, ...]] = {
    "new": ("new", "{f}", "--regime", REGIME),
    "candidates-import": ("candidates", "import", "{f}", "{cand}"),
    "accounting": ("accounting", "{f}", "--issued", "5", "--collected", "5"),
    "ballots-import": ("ballots", "import", "{f}", "{bal}"),
    "ballots-export": ("ballots", "export", "{f}", "{out}.csv"),
    "results": ("results", "{f}"),
    "results-json": ("results", "{f}", "--json"),
    "verify": ("verify", "{f}"),
    "verify-expect": ("verify", "{f}", "--expect", "0" * 64),
    "minutes": ("minutes", "{f}", "-o", "{out}.pdf"),
    "ballot-paper": ("ballot-paper", "{f}", "-o", "{out}.pdf"),
    "export-csv": ("export", "{f}", "-o", "{out}.csv"),
    "export-xlsx": ("export", "{f}", "-o", "{out}.xlsx"),
    "export-json": ("export", "{f}", "-o", "{out}.json"),
    "finalise": ("finalise", "{f}", "--by", "Nguyễn Văn Hiền"),
    "addendum": ("addendum", "{f}", "--by", "Vũ Thị Ngọc Ánh", "--text", "Sửa chức vụ."),
    "backup": ("backup", "{f}", "{out}.tinnhiem"),
    "committee": ("committee", "{f}", "--member", "Nguyễn Văn Hiền:Trưởng ban"),
    "set-aside": ("set-aside", "{f}", "--note", "Dấu mờ"),
    "decide": ("decide", "{f}", "1", "--marks", "123"),
    "spot-check-draw": ("spot-check", "draw", "{f}", "-k", "1"),
    "spot-check-record": ("spot-check", "record", "{f}", "1", "--match"),
    "test-deck": ("test-deck", "{f}", "-o", "{out}.pdf"),
    "test-deck-csv": ("test-deck", "{f}", "-o", "{out}.pdf", "--csv", "{out}.csv"),
    "test-deck-check": ("test-deck-check", "{f}", "{bal}"),
    "copy-setup": ("copy-setup", "{f}", "--group", "Tổ 1", "{out}.tinnhiem"),
    "compare": ("compare", "{f}", "{out}.tinnhiem", "--json"),
    "reconcile": ("reconcile", "{f}", "1", "--marks", "123"),
    "merge": ("merge", "{out}.tinnhiem", "{f}"),
    "hand-count": ("hand-count", "{f}", "--csv", "{cand}"),
    "verify-groups": ("verify", "{f}", "--groups", "{out}.tinnhiem"),
}
OPENING = [name for name in COMMANDS if name != "new"]
WRITERS = ["candidates-import", "accounting", "ballots-import", "finalise", "addendum",
           "committee", "set-aside", "decide", "spot-check-draw", "spot-check-record",
           "test-deck-check", "reconcile"]
OUTPUTS = ["ballots-export", "minutes", "ballot-paper", "export-csv", "export-xlsx",
           "export-json", "backup", "test-deck", "test-deck-csv", "copy-setup"]
CSV_INPUTS = ["candidates-import", "ballots-import"]


def test_every_subcommand_is_tried() -> None:
    """A new subcommand must join COMMANDS (and so every bad-path test below)."""
    import argparse

    from tinnhiem_desktop.cli import build_parser

    def leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...]) -> set[tuple[str, ...]]:
        found = set()
        for action in parser._actions:  # noqa: SLF001 - argparse has no public listing
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                for name, sub in action.choices.items():
                    found |= leaves(sub, (*prefix, name)) or {(*prefix, name)}
        return found

    tried = {tuple(a for a in args if not a.startswith(("{", "-"))) for args in COMMANDS.values()}
    missing = {leaf for leaf in leaves(build_parser(), ())
               if not any(t[: len(leaf)] == leaf for t in tried)}
    assert not missing, missing


def _args(name: str, f: Path, out: Path, cand: Path, bal: Path) -> list[str]:
    return [a.format(f=f, out=out, cand=cand, bal=bal) for a in COMMANDS[name]]


def _tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its sha256 (folders as "dir")."""
    return {str(p.relative_to(folder)): "dir" if p.is_dir() else sha256_of(p)
            for p in sorted(folder.rglob("*"))}


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A session with officials, accounting and a few ballots, plus good input CSVs."""
    folder = tmp_path / "lam-viec"
    folder.mkdir()
    s = make_session(folder, n_candidates=3, collected=10)
    t = s.ballot_type().id
    for marks in ["123", "321", "111"]:
        s.record_ballot(t, marks)
    s.close()
    (folder / "ds.csv").write_text("ho_ten,chuc_vu\n" + "".join(f"{n},{p}\n" for n, p in NAMES),
                                   encoding="utf-8")
    header = "so_phieu," + ",".join(n for n, _ in NAMES[:3])
    (folder / "phieu.csv").write_text(f"{header}\n4,1,2,3\n", encoding="utf-8")
    return folder


def _refused(capsys: pytest.CaptureFixture[str], args: list[str], watched: Path) -> str:
    """Run; assert a polite refusal that changed nothing under ``watched``; return stderr."""
    before = _tree(watched)
    code, out, err = run_cli(capsys, *args)
    assert code in (2, 3), (args, code, out, err)
    assert err.startswith("Lỗi: "), (args, err)
    assert "Traceback" not in out + err
    assert _tree(watched) == before, args
    return err


# ------------------------------------------------------------------ the session file is wrong


def _missing(path: Path) -> None:
    pass


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "ben-trong.txt").write_text("một tệp trong thư mục", encoding="utf-8")


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE ballots (id INTEGER PRIMARY KEY, marks TEXT)")
    conn.execute("INSERT INTO ballots VALUES (1, '123')")
    conn.commit()
    conn.close()


BAD_SESSIONS: dict[str, Callable[[Path], None]] = {
    "missing": _missing, "folder": _folder, "not-sqlite": _not_sqlite,
    "other-sqlite": _other_sqlite,
}


@pytest.mark.parametrize("kind", BAD_SESSIONS)
@pytest.mark.parametrize("name", OPENING)
def test_a_session_path_that_is_not_a_session(
    work: Path, capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    bad = work / "khong-phai.tinnhiem"
    BAD_SESSIONS[kind](bad)
    err = _refused(capsys, _args(name, bad, work / "ra", work / "ds.csv", work / "phieu.csv"),
                   work)
    expected = {"missing": "Không tìm thấy", "folder": "khong-phai.tinnhiem",
                "not-sqlite": "không phải tệp phiên", "other-sqlite": "chương trình khác"}[kind]
    assert expected in err, err


@pytest.mark.parametrize("name", ["results", "verify"])
def test_a_folder_given_as_the_session_is_called_a_folder(
    work: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """A folder is named as one, in Vietnamese, with what to do (it once said "Không đọc được
    tệp …: Is a directory.")."""
    bad = work / "khong-phai.tinnhiem"
    _folder(bad)
    err = _refused(capsys, _args(name, bad, work, work, work), work)
    assert "thư mục" in err and "directory" not in err, err


@pytest.mark.parametrize("kind", ["existing-session", "not-sqlite", "other-sqlite", "folder",
                                  "missing-folder", "under-a-file"])
def test_new_refuses_a_path_it_cannot_create(
    work: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    target = {"existing-session": work / "phien.tinnhiem", "missing-folder":
              work / "khong-co" / "moi.tinnhiem", "under-a-file": work / "ds.csv" / "moi.tinnhiem"
              }.get(kind, work / "moi.tinnhiem")
    if kind in BAD_SESSIONS:
        BAD_SESSIONS[kind](target)
    _refused(capsys, _args("new", target, work, work, work), work)


def _really_readonly(folder: Path) -> None:
    """Prove the folder refuses a new file (as root, mode bits and os.access() would lie: the
    test would then prove nothing)."""
    with pytest.raises(OSError):
        (folder / "thu-ghi").write_bytes(b"")


@pytest.mark.parametrize("name", ["new", *WRITERS])
def test_a_folder_that_cannot_be_written(
    work: Path, capsys: pytest.CaptureFixture[str], immutable: list[Path], name: str
) -> None:
    """The session (or, for ``new``, the file to create) in a read-only folder. As root, mode
    bits stop nothing: make_readonly uses ``chattr +i`` then."""
    session = work / ("moi.tinnhiem" if name == "new" else "phien.tinnhiem")
    make_readonly(work, immutable)
    _really_readonly(work)
    err = _refused(capsys, _args(name, session, work / "ra", work / "ds.csv", work / "phieu.csv"),
                   work)
    assert "chỉ cho phép đọc" in err or "Không ghi được" in err or "không ghi" in err, err


# ------------------------------------------------------------------ an input CSV that is wrong


@pytest.mark.parametrize("kind", ["missing", "folder", "not-text", "a-session"])
@pytest.mark.parametrize("name", CSV_INPUTS)
def test_an_input_csv_that_is_not_a_csv(
    work: Path, capsys: pytest.CaptureFixture[str], name: str, kind: str
) -> None:
    if kind == "a-session":
        bad = work / "phien.tinnhiem"  # the session file itself given as the CSV
    else:
        bad = work / "vao.csv"
        if kind == "folder":
            _folder(bad)
        elif kind == "not-text":
            bad.write_bytes(bytes(range(256)) * 16)
    _refused(capsys, _args(name, work / "phien.tinnhiem", work / "ra", bad, bad), work)


# ------------------------------------------------------------------ an output it cannot write


@pytest.mark.parametrize("kind", ["read-only-folder", "a-folder", "missing-folder", "under-a-file"])
@pytest.mark.parametrize("name", OUTPUTS)
def test_an_output_that_cannot_be_written(
    work: Path, capsys: pytest.CaptureFixture[str], immutable: list[Path], name: str, kind: str
) -> None:
    out_folder = work / "ra"
    out_folder.mkdir()
    if kind == "read-only-folder":
        out = out_folder / "ket-qua"
        make_readonly(out_folder, immutable)
        _really_readonly(out_folder)
    elif kind == "a-folder":
        out = out_folder / "la-thu-muc"
        extension = Path(COMMANDS[name][-1]).suffix
        (out_folder / f"la-thu-muc{extension}").mkdir()
    elif kind == "missing-folder":
        out = work / "khong-co" / "ket-qua"
    else:
        out = work / "ds.csv" / "ket-qua"
    err = _refused(capsys, _args(name, work / "phien.tinnhiem", out, work / "ds.csv",
                                 work / "phieu.csv"), work)
    assert "Không ghi được" in err or "thư mục" in err, err


@pytest.mark.parametrize("length", ["over-255-bytes", "255-bytes"])
@pytest.mark.parametrize("name", [*OUTPUTS, "new", "merge"])
def test_an_output_name_too_long_for_the_system(
    work: Path, capsys: pytest.CaptureFixture[str], name: str, length: str
) -> None:
    """A file name over 255 bytes (86 Vietnamese letters are enough) made ``Path.is_dir`` raise
    and the command end in a traceback; one of exactly 255 bytes is too long once the temporary
    name's ending is added. Either is refused, saying the name is too long."""
    template = next((a for a in COMMANDS[name] if a.startswith("{out}")), "{f}.tinnhiem")
    extension = Path(template).suffix
    stem = "Biên bản kiểm phiếu " * 20  # 540 bytes
    if length == "255-bytes":
        room = 255 - len(extension.encode())
        stem = "ế" * (room // 3) + "e" * (room % 3)  # "ế" takes 3 bytes
    out = work / stem
    if name == "new":
        args = _args("new", Path(f"{out}{extension}"), work, work, work)
    else:
        args = _args(name, work / "phien.tinnhiem", out, work / "ds.csv", work / "phieu.csv")
    named = len(Path(next(a for a in args if stem in a)).name.encode())
    assert named == 255 if length == "255-bytes" else named > 255
    err = _refused(capsys, args, work)
    if name == "merge" and length == "255-bytes":  # the name fits: the groups are checked next
        assert "không phải bản cho tổ kiểm phiếu" in err, err
    else:
        assert "tên quá dài" in err, err


def test_the_installed_entry_point_prints_no_traceback(work: Path) -> None:
    """The same refusals through a real process (what a script sees)."""
    (work / "la-thu-muc.pdf").mkdir()
    for args in (["minutes", work / "phien.tinnhiem", "-o", work / "la-thu-muc.pdf"],
                 ["backup", work / "phien.tinnhiem", work / "khong-co" / "x.tinnhiem"],
                 ["verify", work]):
        done = subprocess.run([sys.executable, "-m", "tinnhiem_desktop", *map(str, args)],
                              cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                              timeout=120)
        assert done.returncode in (2, 3), done.stderr
        assert done.stderr.startswith("Lỗi: ") and "Traceback" not in done.stderr
