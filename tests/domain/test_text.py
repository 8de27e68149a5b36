import unicodedata

from tinnhiem_desktop.domain.text import clean, fold_key


def test_nfd_input_is_stored_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Việt Dung")
    assert nfd != "Nguyễn Thị Việt Dung"
    assert clean(nfd) == "Nguyễn Thị Việt Dung"
    assert unicodedata.is_normalized("NFC", clean(nfd))


def test_spaces_folded_and_keys_equal_across_forms() -> None:
    assert clean("  Ưng   Hoàng\tPhúc ") == "Ưng Hoàng Phúc"
    assert fold_key(unicodedata.normalize("NFD", "ĐẶNG thị")) == fold_key("Đặng Thị")


def test_subtitle_from_the_subject() -> None:
    from tinnhiem_desktop.domain.model import SessionInfo, subtitle
    from tinnhiem_desktop.domain.regimes import Basis
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
