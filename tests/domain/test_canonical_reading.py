"""``read_canonical`` reads a ballot's event by one pattern instead of decoding and encoding it
again: for any text, it must give the same value and the same verdict as the slow way. And
``is_ballot_entry``, verify's short path, accepts only what ``chain_hash`` and ``read_canonical``
accept, reading back the same values."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.fingerprint import (
    _PLAIN,
    BALLOT_ACTION,
    GENESIS,
    canonical_json,
    chain_hash,
    is_ballot_entry,
    read_canonical,
    spelt_as_itself,
)


def _slow(text: str) -> Any:
    value = json.loads(text)
    if canonical_json(value) != text:
        raise ValueError("not canonical")
    return value


def _outcome(read: Any, text: str) -> tuple[str, str]:
    """The value with its types spelt out (JSON ``1`` and ``true`` compare equal in Python),
    or the fact of a refusal."""
    try:
        value = read(text)
    except ValueError:
        return ("refused", "")
    return ("read", repr(sorted(value.items())) if isinstance(value, dict) else repr(value))


PLAIN = "0123456789abcxyzXT:+-._ "
strings = st.one_of(st.text(alphabet=PLAIN, max_size=30), st.text(max_size=8),
                    st.sampled_from(["", '"', "\\", "Việt", "a\nb", "\u200b", "x" * 50]))
ints = st.one_of(st.integers(-5, 12_000), st.integers(), st.booleans(), st.floats(-2, 2),
                 st.none(), strings)


@st.composite
def ballot_texts(draw: st.DrawFn) -> str:
    """A ballot's event as the app writes it, or a near miss: another value type, a missing or
    extra key, another key order, spaces, escapes, leading zeros, ``-0``."""
    value: dict[str, Any] = {
        "at": draw(st.one_of(strings, ints)),
        "ballot_type_id": draw(ints),
        "id": draw(ints),
        "invalid_reason": draw(st.one_of(st.none(), strings, ints)),
        "marks": draw(st.one_of(strings, ints)),
        "number": draw(ints),
    }
    if draw(st.booleans()):
        del value[draw(st.sampled_from(sorted(value)))]
    if draw(st.booleans()):
        value[draw(st.sampled_from(["extra", "a", "zz", "id "]))] = draw(ints)
    text = (canonical_json(value) if draw(st.booleans())
            else json.dumps(value, ensure_ascii=draw(st.booleans()),
                            sort_keys=draw(st.booleans()),
                            separators=draw(st.sampled_from([(",", ":"), (", ", ": ")]))))
    mutation = draw(st.sampled_from(["none", "zero", "minus-zero", "space", "escape", "tail"]))
    if mutation == "zero":
        text = text.replace(":1", ":01", 1)
    elif mutation == "minus-zero":
        text = text.replace(":0", ":-0", 1)
    elif mutation == "space":
        text = text.replace(",", " ,", 1)
    elif mutation == "escape":
        text = text.replace("a", "\\u0061", 1)
    elif mutation == "tail":
        text += draw(st.sampled_from([" ", "\n", "}", "x"]))
    return text


@settings(max_examples=600, deadline=None)
@given(ballot_texts())
def test_a_ballot_event_reads_as_decoding_and_encoding_again(text: str) -> None:
    assert _outcome(read_canonical, text) == _outcome(_slow, text)


@pytest.mark.parametrize("text", [
    '{"at":"2026-11-27T08:00:00+07:00","ballot_type_id":1,"id":7,"invalid_reason":null,'
    '"marks":"12x0","number":7}',
    '{"at":"2026-11-27T08:00:00+07:00","ballot_type_id":1,"id":7,"invalid_reason":"Rách",'
    '"marks":"","number":7}',
    '{"at":"2026-11-27T08:00:00+07:00","ballot_type_id":1,"id":07,"invalid_reason":null,'
    '"marks":"12x0","number":7}',
    '{"at":"2026-11-27T08:00:00+07:00","ballot_type_id":1,"id":7,"invalid_reason":null,'
    '"marks":"12x0","number":-0}',
    '{"at":"2026-11-27T08:00:00+07:00","ballot_type_id":true,"id":7,"invalid_reason":null,'
    '"marks":"12x0","number":7}',
    '{"ballot_type_id":1,"at":"2026-11-27T08:00:00+07:00","id":7,"invalid_reason":null,'
    '"marks":"12x0","number":7}',
    '{"id":1,"name":"Phiếu lấy phiếu tín nhiệm"}',
    '{"id": 1}',
    "[1,2]",
])
def test_known_spellings(text: str) -> None:
    assert _outcome(read_canonical, text) == _outcome(_slow, text)


# ---------------------------------------------------------------- is_ballot_entry

BALLOT = Action.BALLOT_RECORDED.value


def test_the_ballot_action_is_spelt_as_the_events_spell_it() -> None:
    assert BALLOT_ACTION == BALLOT
ROW_STRINGS = st.one_of(st.text(alphabet=PLAIN, max_size=12),
                        st.sampled_from(['x"y', "a\\b", "t\x01", "t\n", "\x7f", "\u2028", "Việt",
                                         "é\u0301", ""]))
ROW_INTS = st.one_of(st.integers(-3, 5_000), st.integers(1, 9),
                     st.sampled_from([True, 1.0, 2.5, "7", None]))


def _spelt_raw(value: dict[str, Any]) -> str:
    """Strings between quotes as they are, escaping nothing (what a careless forger writes)."""
    return "{" + ",".join(f'"{k}":' + (f'"{v}"' if isinstance(v, str) else json.dumps(v))
                          for k, v in sorted(value.items())) + "}"


@st.composite
def ballot_entries(draw: st.DrawFn) -> tuple[str, int, Any, Any, Any, tuple[Any, ...]]:
    """A log entry and the table row it may record: the canonical spelling of that row, a raw
    one, another row's, near misses; the right hash or another; the header's time the row's or
    another."""
    marks = draw(st.one_of(st.text(alphabet="0123xX", max_size=6), ROW_STRINGS).filter(
        lambda m: not isinstance(m, str) or spelt_as_itself(m) or m == ""))
    row = (draw(ROW_INTS), draw(ROW_INTS), draw(ROW_INTS), marks,
           draw(st.one_of(st.none(), st.none(), ROW_STRINGS)), draw(ROW_STRINGS))
    values = {"at": row[5], "ballot_type_id": row[1], "id": row[0], "invalid_reason": row[4],
              "marks": row[3], "number": row[2]}
    if not draw(st.integers(0, 3)):
        values[draw(st.sampled_from(sorted(values)))] = draw(st.one_of(ROW_INTS, ROW_STRINGS))
    how = draw(st.sampled_from(["canonical", "canonical", "raw", "raw", "json"]))
    payload = (canonical_json(values) if how == "canonical" else _spelt_raw(values)
               if how == "raw" else json.dumps(values, sort_keys=True))
    at = row[5] if draw(st.booleans()) else draw(st.one_of(ROW_STRINGS, st.just(5)))
    prev = draw(st.sampled_from([GENESIS, hashlib.sha256(b"x").hexdigest()]))
    seq = draw(st.integers(1, 10**6))
    digest = (chain_hash(prev, seq, at, BALLOT, payload)
              if isinstance(at, str) and draw(st.integers(0, 4)) else "0" * 64)
    return prev, seq, at, payload, digest, row


RAW_QUOTE = '{"at":"x"y","ballot_type_id":1,"id":1,"invalid_reason":null,"marks":"12","number":1}'


@settings(max_examples=1500, deadline=None)
@given(ballot_entries())
@example((GENESIS, 3, "T", RAW_QUOTE, chain_hash(GENESIS, 3, "T", BALLOT, RAW_QUOTE),
          (1, 1, 1, "12", None, 'x"y')))
def test_a_ballot_entry_accepted_at_once_reads_back_its_row(
        entry: tuple[str, int, Any, Any, Any, tuple[Any, ...]]) -> None:
    """What ``is_ballot_entry`` accepts, the general path accepts too and reads back as the
    row's values with their types (so verify's short path changes no verdict); and the usual
    entry, the canonical spelling of a plain row with its hash, it does accept."""
    prev, seq, at, payload, digest, row = entry
    ballot_id, type_id, number, marks, reason, ballot_at = row
    expected = {"at": ballot_at, "ballot_type_id": type_id, "id": ballot_id,
                "invalid_reason": reason, "marks": marks, "number": number}
    general = (isinstance(at, str) and chain_hash(prev, seq, at, BALLOT, payload) == digest
               and _outcome(read_canonical, payload) == ("read", repr(sorted(expected.items()))))
    types_usual = (reason is None and all(type(v) is int for v in row[:3])
                   and isinstance(marks, str) and isinstance(ballot_at, str))
    if is_ballot_entry(prev, seq, at, payload, digest, row):
        assert general and types_usual
    elif general and types_usual and _PLAIN.fullmatch(ballot_at) and _PLAIN.fullmatch(at):
        raise AssertionError("the usual entry was sent the general way")
