"""``read_canonical`` reads a ballot's event by one pattern instead of decoding and encoding it
again: for any text, it must give the same value and the same verdict as the slow way."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tinnhiem_desktop.domain.fingerprint import canonical_json, read_canonical


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
