"""A confidence vote (bỏ phiếu) is never called a poll (lấy phiếu): the default ballot type of a
new session, from the CLI as from the window, and every sentence of the minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.reports.builders import COMMITTEE, NAMES
from tests.reports.pdfread import all_text
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.services.session import Session


@pytest.mark.parametrize(("regime", "name"), [
    ("party-qd96-2023", "Phiếu lấy phiếu tín nhiệm"),
    ("state-vote-nq96-2023", "Phiếu bỏ phiếu tín nhiệm"),
    ("party-vote", "Phiếu bỏ phiếu tín nhiệm"),
])
def test_cli_new_names_the_ballot_type_after_the_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], regime: str, name: str
) -> None:
    path = tmp_path / "phien.tinnhiem"
    code, _, err = run_cli(capsys, "new", path, "--regime", regime)
    assert code == 0, err
    with Session.open(path) as s:
        assert [bt.name for bt in s.ballot_types()] == [name]


@pytest.mark.parametrize("regime", ["party-vote", "state-vote-nq96-2023"])
@pytest.mark.parametrize("present", [19, 28])
def test_vote_minutes_never_say_poll(tmp_path: Path, regime: str, present: int) -> None:
    with Session.create(tmp_path / "bo-phieu.tinnhiem", regime, title="Kỳ họp thứ 12",
                        summoned=30, present=present) as s:
        s.set_committee(COMMITTEE)
        bt = s.ballot_type()
        s.set_candidates(bt.id, NAMES[:3])
        s.set_accounting(bt.id, issued=3, collected=3)
        for marks in ("122", "221", "2x0"):
            s.record_ballot(bt.id, marks)
        s.add_ballot_type("Phiếu thứ hai")  # no officials: its own sentence
        text = all_text(render_minutes(s.results()))
        law = s.regime.legal_basis  # the title of NQ 96/2023 names both: the law's own words
    assert law.lower() in text.lower()
    assert "lấy phiếu" not in text.lower().replace(law.lower(), "")
    if regime == "party-vote":  # quorum rule: the verdict names the vote
        verdict = "KHÔNG đủ điều kiện" if present == 19 else "đủ điều kiện"
        assert f"{verdict} tiến hành bỏ phiếu." in text
    assert "Loại phiếu này chưa có người được bỏ phiếu tín nhiệm." in text
    assert "Chưa có người được bỏ phiếu tín nhiệm." in text  # the blocking check
