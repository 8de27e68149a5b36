"""Every table model passes Qt's model tester, filled with real session data."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.modeltest import ModelTester

from tinnhiem_desktop.resources import resource
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.models.entry_models import BallotListModel, PaperBallotModel
from tinnhiem_desktop.ui.models.officials_model import OfficialsModel
from tinnhiem_desktop.ui.models.results_models import ChecksModel, ResultsModel
from tinnhiem_desktop.ui.models.session_models import BallotTypesModel, CommitteeModel


def test_every_table_model(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    path = tmp_path / "mau.tinnhiem"
    shutil.copyfile(resource("samples", "mau.tinnhiem"), path)
    controller = SessionController(Session.open(path))
    try:
        session = controller.session
        bt = session.ballot_types()[0]
        results = session.results()

        paper = PaperBallotModel()
        paper.set_ballot(session.candidates(bt.id), session.regime.levels)
        qtmodeltester.check(paper)
        for code in "12x0":
            paper.put(code)
        paper.back()
        qtmodeltester.check(paper)

        ballots = BallotListModel()
        ballots.set_source(session.ballot_count(bt.id),
                           lambda start, size: session.ballot_page(bt.id, start, size),
                           session.voids())
        qtmodeltester.check(ballots)

        result_model = ResultsModel()
        result_model.set_result(results.ballot_types[0], list(session.regime.levels))
        qtmodeltester.check(result_model)

        checks = ChecksModel()
        checks.set_checks(results.checks)
        qtmodeltester.check(checks)

        officials = OfficialsModel(lambda pairs: None)
        officials.set_rows(list(session.candidates(bt.id)))
        qtmodeltester.check(officials)

        qtmodeltester.check(CommitteeModel(controller))
        qtmodeltester.check(BallotTypesModel(controller))
    finally:
        controller.close()
