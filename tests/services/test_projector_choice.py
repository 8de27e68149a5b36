"""The chair's choice of running results on the projector: one event, on record, checked by
``verify`` like every other (a forged one is caught), and neutral to a printed result."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import make_session, run_cli
from tests.robustness import forgery
from tests.robustness.test_forgeries import refused_everywhere
from tinnhiem_desktop.domain.errors import InvalidInput, SessionLocked
from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.services.session import Session


def test_the_choice_is_an_event_and_comes_back_when_the_file_is_opened_again(
    tmp_path: Path,
) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=4)
    assert s.projector_results is False
    before = len(s.log())
    assert s.set_projector_results(True) is True
    assert s.set_projector_results(True) is False  # already on: nothing written
    s.record_ballot(s.ballot_type().id, "123")
    assert s.set_projector_results(False) is True
    assert s.set_projector_results(True) is True
    entries = s.log()[before:]
    assert [(e.action.value, e.payload) for e in entries if e.action.value != "ballot_recorded"] \
        == [("projector_results_set", {"before": False, "after": True}),
            ("projector_results_set", {"before": True, "after": False}),
            ("projector_results_set", {"before": False, "after": True})]
    s.close()
    path = tmp_path / "phien.tinnhiem"
    with Session.open(path) as again:
        assert again.projector_results is True
        assert again.verify().ok
    with Session.open_to_view(path) as viewed:
        assert viewed.projector_results is True
        with pytest.raises(SessionLocked):
            viewed.set_projector_results(False)


def test_refused_after_finalising_and_for_a_value_that_is_not_on_or_off(tmp_path: Path) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=1)
    with pytest.raises(InvalidInput):
        s.set_projector_results(1)  # type: ignore[arg-type]
    s.record_ballot(s.ballot_type().id, "123")
    s.finalise("Nguyễn Thị Việt Dung")
    length = len(s.log())
    with pytest.raises(SessionLocked):
        s.set_projector_results(True)
    assert len(s.log()) == length
    s.close()


def test_a_paper_printed_before_the_results_were_shown_still_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=3)
    t = s.ballot_type().id
    s.record_ballot(t, "123")
    printed = s.fingerprint()
    s.set_projector_results(True)
    s.close()
    code, out, _ = run_cli(capsys, "verify", tmp_path / "phien.tinnhiem", "--expect",
                           group_hex(printed))
    assert code == 0, out
    assert ("Sau đó chỉ có 1 lần bật/tắt kết quả trên màn hình chiếu: các số liệu trên bản in "
            "không thay đổi.") in out


def _set(before: object, after: object) -> Callable[[sqlite3.Connection], object]:
    return lambda conn: forgery.append_event(
        conn, "projector_results_set", {"before": before, "after": after})


FORGED: dict[str, tuple[Callable[[sqlite3.Connection], object], str]] = {
    # The app writes the event only when the choice changes, as true/false, with what it was.
    "turned on twice": (lambda conn: (_set(False, True)(conn), _set(False, True)(conn)),
                        "“before” khác lựa chọn"),
    "off while off": (_set(False, False), "không hợp lệ (False)"),
    "a number for true": (_set(False, 1), "không hợp lệ (1)"),
    "a wrong before": (_set(True, False), "“before” khác lựa chọn"),
    "a key more": (lambda conn: forgery.append_event(
        conn, "projector_results_set", {"before": False, "after": True, "by": "X"}),
        "nội dung phải có đúng các mục"),
}


@pytest.mark.parametrize("attack", sorted(FORGED))
def test_a_forged_choice_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], attack: str
) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=4)
    s.record_ballot(s.ballot_type().id, "123")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    forge, why = FORGED[attack]
    with forgery.forging(path) as conn:
        forge(conn)
    refused_everywhere(capsys, path, why)


def test_a_choice_forged_after_finalising_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=1)
    s.record_ballot(s.ballot_type().id, "123")
    s.finalise("Nguyễn Thị Việt Dung")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    with forgery.forging(path) as conn:
        _set(False, True)(conn)
    refused_everywhere(capsys, path, "sau khi chốt chỉ được ghi đính chính")
