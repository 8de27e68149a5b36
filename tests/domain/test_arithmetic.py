"""docs/domain.md §4: exact percentages and integer bands, at their boundaries."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tinnhiem_desktop.domain.tally import format_percent_json, format_percent_vi, percent
from tinnhiem_desktop.services.session import shipped_regimes


@pytest.mark.parametrize(
    ("n", "d", "expected"),
    [
        (1, 32, "3.13"),  # 3.125 exactly: half-up, not banker's rounding
        (3, 32, "9.38"),  # 9.375
        (1, 8, "12.50"),
        (1, 3, "33.33"),
        (2, 3, "66.67"),
        (25, 47, "53.19"),
        (6, 485, "1.24"),
        (0, 5, "0.00"),
        (5, 5, "100.00"),
        (1, 200000, "0.00"),  # 0.0005 %
        (1, 200, "0.50"),
        (1, 400, "0.25"),
        (1, 80000, "0.00"),
        (1, 16, "6.25"),
        (5, 16, "31.25"),
        (1, 64, "1.56"),  # 1.5625
    ],
)
def test_percent_half_up_two_decimals(n: int, d: int, expected: str) -> None:
    assert format_percent_json(percent(n, d)) == expected


@given(st.integers(0, 100_000), st.integers(1, 100_000))
def test_percent_equals_decimal_quantize_half_up(n: int, d: int) -> None:
    from decimal import ROUND_HALF_UP, localcontext

    with localcontext() as ctx:
        ctx.prec = 50
        reference = (Decimal(100 * n) / Decimal(d)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert percent(n, d) == reference


def test_no_base_gives_dash_and_null() -> None:
    assert percent(3, 0) is None
    assert format_percent_vi(None) == "—"
    assert format_percent_json(None) is None
    assert format_percent_vi(Decimal("38.88")) == "38,88"


def _band(regime_id: str, n: int, d: int) -> str:
    band = shipped_regimes()[regime_id].band_for(n, d)
    return "none" if band is None else band.id


@pytest.mark.parametrize("regime", ["party-qd96-2023", "state-nq96-2023", "state-nq85-2014"])
def test_three_level_bands_at_their_boundaries(regime: str) -> None:
    assert _band(regime, 50, 100) == "none"  # exactly half is not "quá nửa"
    assert _band(regime, 51, 100) == "over_half"
    assert _band(regime, 2, 3) == "two_thirds"  # exactly 2/3 is "từ 2/3 trở lên"
    assert _band(regime, 66, 99) == "two_thirds"
    assert _band(regime, 65, 99) == "over_half"
    assert _band(regime, 200, 300) == "two_thirds"
    assert _band(regime, 199, 300) == "over_half"  # 66.33 %: below 2/3
    # 66.67 % printed but 2/3 not reached: the band is decided on integers, never on the rounding
    assert _band(regime, 6667, 10001) == "over_half"
    assert _band(regime, 0, 0) == "none"
    assert _band(regime, 5, 0) == "none"


@pytest.mark.parametrize("regime", ["state-vote-nq96-2023", "party-vote"])
def test_vote_band_is_more_than_half(regime: str) -> None:
    assert _band(regime, 50, 100) == "none"
    assert _band(regime, 51, 100) == "over_half"
    assert _band(regime, 100, 100) == "over_half"
    assert _band(regime, 1, 1) == "over_half"
    assert _band(regime, 0, 1) == "none"


@given(st.integers(0, 2000), st.integers(1, 2000))
def test_bands_follow_the_integer_rules(n: int, d: int) -> None:
    n = min(n, d)
    expected = "two_thirds" if 3 * n >= 2 * d else "over_half" if 2 * n > d else "none"
    assert _band("party-qd96-2023", n, d) == expected


def test_count_columns_counts_each_official_and_refuses_foreign_codes() -> None:
    from tinnhiem_desktop.domain.tally import count_columns

    cols = count_columns(3, ["123", "0x3", "113"], "1230x")
    assert [dict(+c) for c in cols] == [{"1": 2, "0": 1}, {"2": 1, "x": 1, "1": 1}, {"3": 3}]
    assert count_columns(2, [], "12") == [{}, {}]
    with pytest.raises(ValueError, match="unknown mark"):
        count_columns(2, ["1z"], "120x")
    with pytest.raises(ValueError, match="number of officials"):
        count_columns(2, ["1", "12"], "120x")


def test_the_chain_hash_header_is_exactly_its_canonical_json() -> None:
    """chain_hash spells plain headers by hand for speed: the bytes must be canonical_json's,
    for plain strings and for any other (a forged action with quotes, a time with a non-ASCII
    digit)."""
    import hashlib

    from tinnhiem_desktop.domain.fingerprint import canonical_json, chain_hash

    cases = [
        ("0" * 64, 1, "2026-11-27T08:00:00+07:00", "session_created", '{"a":1}'),
        ("ab" * 32, 10_000, "2026-11-27T08:00:00.123456+07:00", "ballot_recorded", "{}"),
        ("x", 3, 'a"b\\c\n', 'act"ion', '{"t":"Việt"}'),
        ("y", 4, "٢٠٢٣-٠٢-٠١", "hành động", "[]"),
    ]
    for prev, seq, at, action, payload in cases:
        material = canonical_json([prev, seq, at, action]) + "\n" + payload
        assert chain_hash(prev, seq, at, action, payload) == hashlib.sha256(
            material.encode("utf-8")).hexdigest()


def test_every_mark_is_counted_somewhere_or_the_tally_refuses() -> None:
    """An official's levels + invalid always equal the ballots recorded: the tally counts every
    mark of every column and refuses one it does not know (live entry and verify let only
    1 2 3 0 x through, so on a genuine file this never fires)."""
    from tinnhiem_desktop.domain.model import Accounting, BallotType, Candidate, SessionInfo
    from tinnhiem_desktop.domain.regimes import Basis
    from tinnhiem_desktop.domain.tally import compute

    regime = shipped_regimes()["party-qd96-2023"]
    info = SessionInfo(regime_id=regime.id, denominator=Basis.COLLECTED)
    bt = BallotType(1, "Phiếu", Accounting(issued=4, collected=4))
    people = [Candidate(1, "Nguyễn Thị Việt Dung", "Bí thư"),
              Candidate(2, "Lê Quang Hưng", "Phó Bí thư")]
    sound = compute(regime, info, bt, people, ["12", "3x", "01"], ["Phiếu gạch tên"])
    assert [cr.valid + cr.invalid for cr in sound.candidates] == [4, 4] == [sound.recorded] * 2
    with pytest.raises(ValueError, match="an unknown mark code in column 1"):
        compute(regime, info, bt, people, ["12", "3x", "91"], [])
