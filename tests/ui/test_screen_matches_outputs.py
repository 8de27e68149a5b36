"""The results screen shows exactly the figures of ``results --json`` (which the minutes, the
exports and the CLI print too): one function, every output."""

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from tinnhiem_desktop.exchange.results_json import results_to_dict
from tinnhiem_desktop.resources import resource
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import RESULTS


def test_results_screen_cells_equal_the_json(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "mau.tinnhiem"  # the sample: bands, blank rows, double marks, a void
    shutil.copyfile(resource("samples", "mau.tinnhiem"), path)
    with Session.open_to_view(path) as s:
        expected = results_to_dict(s.results())["ballot_types"][0]
        bands = {b.id: b.label for b in s.regime.bands}
        levels = list(s.regime.level_ids)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(RESULTS)
    model = window.workspace.results_screen.model
    qtbot.waitUntil(lambda: model.rowCount() == len(expected["candidates"]))
    for row, cand in enumerate(expected["candidates"]):
        cells = [model.index(row, col).data() for col in range(model.columnCount())]
        want = [str(cand["order"]), cand["name"], cand["position"], str(cand["valid"]),
                str(cand["invalid"])]
        for level in levels:
            pct = cand["percent"][level]
            want += [str(cand["counts"][level]),
                     f"{'—' if pct is None else pct.replace('.', ',')} %"]
        want.append(bands.get(cand["band"], "—"))
        assert cells == want
    assert any(c["band"] != "none" for c in expected["candidates"])  # a band is exercised
