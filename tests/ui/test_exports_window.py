"""Exports from the window: "Xuất kết quả…" writes CSV, XLSX or JSON whose figures are those of
``results --json``; "In mẫu phiếu trắng…" writes a PDF with every list in ballot order and
offers to open it; a refusal is shown in Vietnamese and nothing is written."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.reports.pdfread import pages_text
from tinnhiem_desktop.exchange.results_json import results_to_dict
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.dialogs import prompts
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import OFFICIALS, RESULTS

from .builders import CHAIR, counted_session
from .conftest import NAMES, Dialogs

CENT = Decimal("0.01")
SECOND_TYPE = "Phiếu lấy phiếu tín nhiệm Ủy ban Kiểm tra"
SECOND_NAMES = [("Hoàng Văn Bảy", "Ủy viên Ủy ban Kiểm tra"),
                ("Võ Thị Ân", "Phó Chủ nhiệm Ủy ban Kiểm tra")]


class SaveDialog:
    """Answers the save dialogs in turn with (path, filter); records what was offered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[tuple[Path | None, str]] = []
        self.offered: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._ask))

    def _ask(self, parent: object, title: str, start: str, filters: str,
             *args: object, **kw: object) -> tuple[str, str]:
        self.offered.append((start, filters))
        path, chosen = self.answers.pop(0)
        return ("" if path is None else str(path), chosen)


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    return SaveDialog(monkeypatch)


@pytest.fixture
def viewer(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The system's PDF viewer: records what it was asked to open (and succeeds)."""
    opened: list[Path] = []

    class Viewer:
        @staticmethod
        def openUrl(url: QUrl) -> bool:  # noqa: N802 (Qt's name)
            opened.append(Path(url.toLocalFile()))
            return True

    monkeypatch.setattr(prompts, "QDesktopServices", Viewer)
    return opened


def _expected(path: Path) -> dict[str, Any]:
    with Session.open(path, readonly=True) as s:
        return results_to_dict(s.results())


def _table(expected: dict[str, Any]) -> list[tuple[Any, ...]]:
    """(order, name, position, valid, invalid, count and percent of each level, band) per
    official, the percentages as the JSON strings ('' when there is no base)."""
    rows = []
    for bt in expected["ballot_types"]:
        for c in bt["candidates"]:
            levels = []
            for level, count in c["counts"].items():
                levels += [count, c["percent"][level] or ""]
            rows.append((c["order"], c["name"], c["position"], c["valid"], c["invalid"],
                         *levels, c["band"]))
    return rows


def _from_cells(rows: list[list[Any]], n_levels: int) -> list[tuple[Any, ...]]:
    """The same columns read back from the CSV or XLSX table (header dropped)."""
    out = []
    for row in rows[1:]:
        levels = row[13:13 + 2 * n_levels]
        out.append((*row[8:13], *levels, row[13 + 2 * n_levels]))
    return out


def test_export_csv_xlsx_json_match_results_json(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, save_dialog: SaveDialog, tmp_path: Path
) -> None:
    path = counted_session(tmp_path)
    assert window.open_path(path)
    expected = _expected(path)
    n_levels = len(expected["ballot_types"][0]["candidates"][0]["counts"])
    table = _table(expected)
    assert [row[1] for row in table] == [name for name, _ in NAMES]

    # Typed with an extension, the extension decides; typed without, the chosen filter does.
    save_dialog.answers += [(tmp_path / "ket-qua.csv", "Bảng tính Excel (*.xlsx)"),
                            (tmp_path / "ket-qua", "Bảng tính Excel (*.xlsx)"),
                            (tmp_path / "ket-qua-json", "Tệp JSON (*.json)")]
    for _ in range(3):
        window.export_action.trigger()
    assert dialogs.warnings == []
    start, filters = save_dialog.offered[0]
    assert start == str(path.with_name("phien-chot-ket-qua.xlsx"))
    assert all(f"(*.{ext})" in filters for ext in ("csv", "xlsx", "json"))

    text = (tmp_path / "ket-qua.csv").read_bytes().decode("utf-8-sig")
    rows: list[list[Any]] = list(csv.reader(io.StringIO(text)))
    assert _from_cells(rows, n_levels) == [tuple(str(v) for v in row) for row in table]

    sheet = load_workbook(tmp_path / "ket-qua.xlsx")["Kết quả"]
    cells = [["" if v is None else v for v in r] for r in sheet.iter_rows(values_only=True)]
    percent_at = {6 + 2 * i for i in range(n_levels)}  # numbers shown with two decimals
    xlsx = [tuple(str(Decimal(str(v)).quantize(CENT)) if i in percent_at and v != "" else v
                  for i, v in enumerate(row)) for row in _from_cells(cells, n_levels)]
    assert xlsx == table

    data = json.loads((tmp_path / "ket-qua-json.json").read_text("utf-8"))
    assert data == expected

    assert len(dialogs.infos) == 3
    assert str(tmp_path / "ket-qua.csv") in dialogs.infos[0]
    assert "CSV" in dialogs.infos[0] and "chưa chốt" in dialogs.infos[0]


def test_export_from_the_results_screen_after_finalising(
    window: MainWindow, dialogs: Dialogs, save_dialog: SaveDialog, tmp_path: Path
) -> None:
    path = counted_session(tmp_path)
    assert window.open_path(path)
    assert window.controller is not None and window.workspace is not None
    results = window.controller.results()
    window.controller.finalise(CHAIR, {w.code.value: "Đã đối chiếu." for w in results.warnings})
    window.show_screen(RESULTS)
    save_dialog.answers.append((tmp_path / "sau-chot.json", "Tệp JSON (*.json)"))
    window.workspace.results_screen.export_button.click()
    data = json.loads((tmp_path / "sau-chot.json").read_text("utf-8"))
    assert data["session"]["finalised"]["by"] == CHAIR
    assert data == _expected(path)
    assert dialogs.infos and "chưa chốt" not in dialogs.infos[-1]


def test_export_refusals_are_shown_and_write_nothing(
    window: MainWindow, dialogs: Dialogs, save_dialog: SaveDialog, tmp_path: Path
) -> None:
    path = counted_session(tmp_path)
    assert window.open_path(path)
    before = path.read_bytes()
    missing = tmp_path / "khong-co" / "ket-qua.csv"
    save_dialog.answers += [(missing, "Tệp CSV (*.csv)"), (None, "")]
    window.export_action.trigger()
    assert len(dialogs.warnings) == 1 and "Không ghi được" in dialogs.warnings[0]
    assert not missing.parent.exists()
    window.export_action.trigger()  # cancelled: nothing said, nothing written
    assert len(dialogs.warnings) == 1 and dialogs.infos == []
    window.close_session()
    assert path.read_bytes() == before


def test_blank_ballots_every_list_in_order_then_opened(
    window: MainWindow, dialogs: Dialogs, save_dialog: SaveDialog, viewer: list[Path],
    tmp_path: Path,
) -> None:
    path = counted_session(tmp_path)
    with Session.open(path) as s:
        s.set_candidates(s.add_ballot_type(SECOND_TYPE), SECOND_NAMES)
        s.add_ballot_type("Phiếu chưa có danh sách")
    assert window.open_path(path)
    target = tmp_path / "mau-phieu"
    save_dialog.answers.append((target, "Tệp PDF (*.pdf)"))
    dialogs.questions.append(True)
    window.ballot_paper_action.trigger()

    pdf = target.with_suffix(".pdf")
    assert viewer == [pdf]
    assert save_dialog.offered[0][0] == str(path.with_name("phien-chot-mau-phieu.pdf"))
    pages = pages_text(pdf.read_bytes())
    assert len(pages) == 2  # the type with no officials is left out, and said so
    for page, names in zip(pages, (NAMES, SECOND_NAMES), strict=True):
        places = [page.index(f"{i} {name} {position}")
                  for i, (name, position) in enumerate(names, start=1)]
        assert places == sorted(places)
    assert "Phiếu chưa có danh sách" not in " ".join(pages)
    assert str(pdf) in dialogs.asked[-1] and "Phiếu chưa có danh sách" in dialogs.asked[-1]
    assert dialogs.warnings == [] and dialogs.infos == []


def test_blank_ballots_without_a_viewer_show_the_path(
    window: MainWindow, dialogs: Dialogs, save_dialog: SaveDialog, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class NoViewer:
        @staticmethod
        def openUrl(url: QUrl) -> bool:  # noqa: N802 (Qt's name)
            return False

    monkeypatch.setattr(prompts, "QDesktopServices", NoViewer)
    path = counted_session(tmp_path)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(OFFICIALS)
    target = tmp_path / "phieu-trang.pdf"
    save_dialog.answers.append((target, "Tệp PDF (*.pdf)"))
    dialogs.questions.append(True)
    window.workspace.officials_screen.ballot_paper_button.click()
    assert target.is_file()
    assert len(dialogs.infos) == 1 and str(target) in dialogs.infos[0]
    assert "Không tìm thấy chương trình xem PDF" in dialogs.infos[0]


def test_blank_ballots_refused_without_officials(
    window: MainWindow, dialogs: Dialogs, save_dialog: SaveDialog, viewer: list[Path],
    session_path: Path, tmp_path: Path,
) -> None:
    assert window.open_path(session_path)
    window.ballot_paper_action.trigger()  # no list yet: refused before asking for a file
    assert save_dialog.offered == []
    assert len(dialogs.warnings) == 1 and "Chưa có người được lấy phiếu" in dialogs.warnings[0]

    assert window.controller is not None
    window.controller.set_candidates(window.controller.ballot_type_ids()[0], NAMES)
    missing = tmp_path / "khong-co" / "mau-phieu.pdf"
    save_dialog.answers.append((missing, "Tệp PDF (*.pdf)"))
    window.ballot_paper_action.trigger()  # a folder that is not there: refused, nothing opened
    assert len(dialogs.warnings) == 2 and "Không ghi được" in dialogs.warnings[1]
    assert not missing.parent.exists() and viewer == [] and dialogs.asked == []
