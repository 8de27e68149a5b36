import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tinnhiem_desktop.domain.text import ascii_digits, clean, clean_multiline, fold_key


def test_nfd_input_is_stored_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Việt Dung")
    assert nfd != "Nguyễn Thị Việt Dung"
    assert clean(nfd) == "Nguyễn Thị Việt Dung"
    assert unicodedata.is_normalized("NFC", clean(nfd))


def test_spaces_folded_and_keys_equal_across_forms() -> None:
    assert clean("  Ưng   Hoàng\tPhúc ") == "Ưng Hoàng Phúc"
    assert fold_key(unicodedata.normalize("NFD", "ĐẶNG thị")) == fold_key("Đặng Thị")


def test_subtitle_from_the_subject() -> None:
    from tinnhiem_desktop.domain.model import SessionInfo
    from tinnhiem_desktop.domain.regimes import Basis
    from tinnhiem_desktop.domain.wording import subtitle
    from tinnhiem_desktop.services.session import shipped_regimes

    poll, vote = shipped_regimes()["party-qd96-2023"], shipped_regimes()["state-vote-nq96-2023"]
    info = SessionInfo(regime_id=poll.id, denominator=Basis.COLLECTED)
    assert subtitle(poll, info) == poll.subtitle
    who = "người giữ chức vụ lãnh đạo, quản lý"
    assert subtitle(poll, info.updated(subject=who)) == f"Lấy phiếu tín nhiệm đối với {who}"
    assert subtitle(vote, info.updated(subject="đối với Chủ tịch UBND")) == (
        "Bỏ phiếu tín nhiệm đối với Chủ tịch UBND"
    )
    whole = "Lấy phiếu tín nhiệm đối với các chức danh do HĐND bầu"
    assert subtitle(poll, info.updated(subject=whole)) == whole


# ------------------------------------------------------------------ input hygiene (issue 9)

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\u2061", "\u2062",
             "\u2063", "\u2064", "\ufeff", "\u00ad", "\u202a", "\u202b", "\u202c", "\u202d",
             "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c", "\U000e0001"]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x1c", "\x1f", "\x7f", "\x80", "\x9b",
            "\x9f"]


@pytest.mark.parametrize("char", INVISIBLE + CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_controls_and_invisible_characters_are_removed(char: str) -> None:
    name = f"Nguy{char}ễn Thị{char} Việt Dung{char}"
    assert clean(name) == "Nguyễn Thị Việt Dung"
    assert clean_multiline(f"Dòng một{char}\nDòng hai") == "Dòng một\nDòng hai"
    assert fold_key(name) == fold_key("Nguyễn Thị Việt Dung")


def test_a_mark_split_from_its_letter_by_an_invisible_character_is_composed() -> None:
    # NFD "ễ" with a zero-width space between the letter and its marks: one letter after cleaning.
    split = "Nguye\u200b\u0302\u0303n"
    assert clean(split) == "Nguyễn"


def test_tabs_and_line_breaks() -> None:
    assert clean("Lê\tQuang\r\nHưng\u2028") == "Lê Quang Hưng"
    assert clean_multiline(" Phiếu\trách \r\n\r\n  không dấu\x0b\u2029cuối \n") == (
        "Phiếu rách\n\nkhông dấu\n\ncuối"
    )
    assert clean("\x1b[31mĐỏ\x1b[0m") == "[31mĐỏ[0m"  # ESC gone: a terminal shows it as text


def test_lone_surrogates_become_a_visible_replacement() -> None:
    # What Python makes of undecodable bytes in a command-line argument.
    assert clean("Ph\udcff\udcfem") == "Ph\ufffd\ufffdm"
    clean("Ph\udcffm").encode("utf-8")  # storable


def test_ascii_digits_only() -> None:
    assert ascii_digits("0123456789")
    for text in ["", "٢٠٢٣", "２０２３", "²", "১২", "12a", " 12", "-1", "1.5"]:
        assert not ascii_digits(text), text


def _no_hidden(text: str, allowed: str = "") -> bool:
    return all(
        unicodedata.category(c) not in ("Cc", "Cf", "Cs") or c in allowed for c in text
    )


TEXT = st.text(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(INVISIBLE + CONTROLS + ["\t", "\n", "\r", " ", "\u00a0", "\u0301",
                                                 "\u0303", "e", "\u1ec5", "\u2028"]),
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_clean_property(text: str) -> None:
    once = clean(text)
    assert _no_hidden(once)
    assert "\n" not in once and "\t" not in once
    assert once == once.strip()
    assert unicodedata.is_normalized("NFC", once)
    assert clean(once) == once


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_clean_multiline_property(text: str) -> None:
    once = clean_multiline(text)
    assert _no_hidden(once, allowed="\n")
    assert "\r" not in once and "\t" not in once
    assert unicodedata.is_normalized("NFC", once)
    assert clean_multiline(once) == once
    assert all(clean(line) == line for line in once.split("\n"))
