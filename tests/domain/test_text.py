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
