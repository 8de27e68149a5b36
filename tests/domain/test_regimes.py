import re
from pathlib import Path

import pytest

from tests.helpers import VIETNAMESE_ONLY
from tinnhiem_desktop.domain.regimes import (
    Basis,
    Kind,
    RegimeError,
    Sector,
    load_regime,
    load_regimes,
    parse_regime,
)
from tinnhiem_desktop.resources import resource
from tinnhiem_desktop.services.regimes import shipped_regimes

IDS = {"party-qd96-2023", "state-nq96-2023", "state-nq85-2014", "state-vote-nq96-2023",
       "party-vote"}


def test_all_five_regimes_load() -> None:
    regimes = load_regimes(resource("regimes"))
    assert set(regimes) == IDS
    poll = regimes["party-qd96-2023"]
    assert poll.kind is Kind.POLL and poll.sector is Sector.PARTY
    assert poll.level_ids == ("high", "medium", "low")
    assert [b.id for b in poll.bands] == ["two_thirds", "over_half"]
    assert regimes["state-nq85-2014"].denominator is Basis.TOTAL_DELEGATES
    vote = regimes["state-vote-nq96-2023"]
    assert vote.level_ids == ("confidence", "no_confidence")
    assert vote.band_level == "no_confidence"
    assert Basis.TOTAL_DELEGATES in vote.denominator_options
    assert regimes["state-nq96-2023"].denominator_options == (Basis.COLLECTED, Basis.ISSUED)


def _doc() -> dict:
    import tomllib

    return tomllib.loads(resource("regimes", "party-qd96-2023.toml").read_text("utf-8"))


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("levels"), "thiếu khóa “levels”"),
        (lambda d: d.update(kind="referendum"), "kind"),
        (lambda d: d["levels"].pop(), "cần 3 mức"),
        (lambda d: d["levels"][0].update(code="7"), "mã các mức"),
        (lambda d: d.update(band_level="nobody"), "band_level"),
        (lambda d: d["bands"][0].update(threshold="2:3"), "a/b"),
        (lambda d: d["bands"][0].update(threshold="3/2"), "giữa 0 và 1"),
        (lambda d: d["bands"].reverse(), "cao xuống thấp"),
        (lambda d: d.update(denominator="issued"), "denominator_options"),
        (lambda d: d["bands"][0].update(inclusive="yes"), "inclusive"),
    ],
)
def test_malformed_regime_is_refused_with_a_clear_error(mutate, message) -> None:
    doc = _doc()
    mutate(doc)
    with pytest.raises(RegimeError, match=message):
        parse_regime(doc, "x.toml")


def test_regime_id_must_match_file_name(tmp_path: Path) -> None:
    src = resource("regimes", "party-vote.toml").read_text("utf-8")
    (tmp_path / "other.toml").write_text(src, "utf-8")
    with pytest.raises(RegimeError, match="khác tên tệp"):
        load_regime(tmp_path / "other.toml")


def test_every_shipped_regime_has_english_for_the_window() -> None:
    document_number = re.compile(r"\d+-QĐ/TW")  # a number as issued, quoted as such in English
    for regime in shipped_regimes().values():
        texts = [regime.name_en, regime.legal_basis_en]
        texts += [level.label_en for level in regime.levels]
        texts += [t for band in regime.bands for t in (band.label_en, band.wording_en,
                                                       band.basis_en)]
        for text in texts:
            assert text, regime.id
            assert not VIETNAMESE_ONLY & set(document_number.sub("", text)), (regime.id, text)
