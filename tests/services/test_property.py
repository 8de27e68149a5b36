"""The stored tally always equals a naive recount of what was entered."""

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import NAMES
from tinnhiem_desktop.services.session import Session

N = 4
mark = st.sampled_from(["1", "2", "3", "0", "x"])
ballot = st.one_of(
    st.tuples(st.just("record"), st.just(""), st.lists(mark, min_size=N, max_size=N).map("".join)),
    st.tuples(st.just("invalid"), st.sampled_from(["Phiếu không do Ban kiểm phiếu phát ra",
                                                    "Khác"]), st.just("")),
    st.tuples(st.just("void"), st.integers(0, 1000).map(str), st.just("")),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ballot, max_size=40), st.integers(1, 60))
def test_tally_equals_naive_recount(ops: list[tuple[str, str, str]], collected: int) -> None:
    with TemporaryDirectory() as tmp:
        s = Session.create(Path(tmp) / "p.tinnhiem", "party-qd96-2023")
        t = s.ballot_type().id
        s.set_candidates(t, NAMES[:N])
        s.set_accounting(t, issued=60, collected=collected)
        active: dict[int, tuple[str, str | None]] = {}
        for kind, arg, marks in ops:
            if kind == "void":
                if active:
                    victim = sorted(active)[int(arg) % len(active)]
                    s.void_ballot(victim, "Nhập nhầm")
                    del active[victim]
                continue
            if len(active) >= collected:
                continue
            if kind == "record":
                b = s.record_ballot(t, marks)
                active[b.id] = (marks, None)
            else:
                b = s.record_ballot(t, invalid_reason=arg)
                active[b.id] = ("", arg)
        result = s.results().ballot_types[0]
        assert result.recorded == len(active)
        whole = [r for _, r in active.values() if r is not None]
        assert result.whole_invalid == len(whole)
        for i, cand in enumerate(result.candidates):
            column = [m[i] for m, r in active.values() if r is None]
            assert cand.counts == {
                "high": column.count("1"), "medium": column.count("2"), "low": column.count("3")
            }
            assert cand.no_mark == column.count("0")
            assert cand.multi_mark == column.count("x")
            assert cand.valid + cand.invalid == len(active)
        # and the same again from the file opened cold, and the log replays to the same tables
        s.close()
        with Session.open(Path(tmp) / "p.tinnhiem", readonly=True) as again:
            assert again.results().ballot_types == (result,)
            assert again.verify().ok
