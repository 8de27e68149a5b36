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


LEGAL_BASES = {
    "party-qd96-2023": "Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị về việc lấy phiếu "
    "tín nhiệm đối với chức vụ, chức danh lãnh đạo, quản lý trong hệ thống chính trị",
    "party-vote": "Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị về việc lấy phiếu tín "
    "nhiệm đối với chức vụ, chức danh lãnh đạo, quản lý trong hệ thống chính trị (thủ tục bỏ "
    "phiếu tín nhiệm chưa được xác nhận)",
    "state-nq96-2023": "Nghị quyết số 96/2023/QH15 ngày 23/6/2023 của Quốc hội về việc lấy phiếu "
    "tín nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân bầu "
    "hoặc phê chuẩn",
    "state-vote-nq96-2023": "Nghị quyết số 96/2023/QH15 ngày 23/6/2023 của Quốc hội về việc lấy "
    "phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân "
    "dân bầu hoặc phê chuẩn",
    "state-nq85-2014": "Nghị quyết số 85/2014/QH13 ngày 28/11/2014 của Quốc hội về việc lấy "
    "phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân "
    "dân bầu hoặc phê chuẩn",
}


def test_legal_basis_names_the_issuer_and_the_full_title() -> None:
    regimes = load_regimes(resource("regimes"))
    for regime_id, basis in LEGAL_BASES.items():
        assert regimes[regime_id].legal_basis == basis
        assert "Ban Chấp hành Trung ương" not in regimes[regime_id].legal_basis


def test_band_labels_are_the_laws_words() -> None:
    regimes = load_regimes(resource("regimes"))
    labels = {rid: [b.label for b in r.bands] for rid, r in regimes.items()}
    assert labels["party-qd96-2023"] == ["từ 2/3 số phiếu tín nhiệm thấp trở lên",
                                         "trên 50% nhưng dưới 2/3 số phiếu tín nhiệm thấp"]
    assert labels["state-nq96-2023"] == [
        'từ hai phần ba tổng số phiếu đánh giá "tín nhiệm thấp" trở lên',
        'quá nửa đến dưới hai phần ba tổng số phiếu đánh giá "tín nhiệm thấp"',
    ]
    assert labels["state-vote-nq96-2023"] == ['quá nửa tổng số phiếu đánh giá "không tín nhiệm"']
    assert labels["state-nq85-2014"] == [
        'từ hai phần ba tổng số đại biểu Quốc hội, đại biểu Hội đồng nhân dân trở lên đánh giá '
        '"tín nhiệm thấp"',
        'quá nửa tổng số đại biểu Quốc hội, đại biểu Hội đồng nhân dân đánh giá "tín nhiệm thấp"',
    ]
    qd96 = regimes["party-qd96-2023"].bands
    assert [b.article for b in qd96] == ["khoản 3 Điều 11 Quy định số 96-QĐ/TW",
                                         "khoản 2 Điều 11 Quy định số 96-QĐ/TW"]
    for regime in regimes.values():
        for band in regime.bands:
            # Paraphrases of the old files: never in a quotation.
            assert "điều động" not in band.quote
            assert "cấp có thẩm quyền xem xét," not in band.quote
    # The party vote's band is the regime's convention: no article could be found to quote.
    assert [(b.quote, b.article) for b in regimes["party-vote"].bands] == [("", "")]


def test_state_subtitles_name_the_electing_body() -> None:
    from tinnhiem_desktop.domain.regimes import ElectingBody

    regimes = load_regimes(resource("regimes"))
    poll, vote = regimes["state-nq96-2023"], regimes["state-vote-nq96-2023"]
    assert poll.subtitle_for(ElectingBody.QUOC_HOI) == (
        "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội bầu hoặc phê chuẩn")
    assert poll.subtitle_for(ElectingBody.HDND) == (
        "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân bầu")
    assert vote.subtitle_for(ElectingBody.QUOC_HOI) == (
        "Bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội bầu hoặc phê chuẩn")
    assert "Hội đồng nhân dân" not in regimes["state-nq85-2014"].subtitle_for(
        ElectingBody.QUOC_HOI)


def _state_doc() -> dict:
    import tomllib

    return tomllib.loads(resource("regimes", "state-nq96-2023.toml").read_text("utf-8"))


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["bands"][0].pop("article"), "đi cùng nhau"),
        (lambda d: d["bands"][0].pop("quote"), "đi cùng nhau"),
        (lambda d: d["bands"][0].update(article="Điều 13 Nghị quyết số 85/2014/QH13"),
         "phải nêu văn bản"),
        (lambda d: d["bands"][0].update(quote="“" + d["bands"][0]["quote"] + "”"),
         "ngoặc kép bao ngoài"),
        (lambda d: d["bands"][0].update(quote=d["bands"][0]["quote"].replace("từ hai", "trên")),
         "nguyên văn"),
        (lambda d: d["bands"][1].update(quote=d["bands"][1]["quote"].rstrip(".")),
         "cả câu"),
        (lambda d: d["bands"][1].update(label=d["bands"][1]["label"] + " "), "không thừa"),
        (lambda d: d["bands"][1].update(quote=d["bands"][1]["quote"].replace('"', "", 1)),
         "ngoặc kép lẻ"),
        (lambda d: d.pop("subtitles"), "thiếu khóa “subtitles”"),
        (lambda d: d["subtitles"].pop("quoc_hoi"), "quoc_hoi, hdnd"),
        (lambda d: d.update(document="Nghị quyết số 85/2014/QH13"), "legal_basis"),
        (lambda d: d["bands"][1].update(label=d["bands"][0]["label"],
                                        quote=d["bands"][0]["quote"]), "trùng"),
    ],
)
def test_quotations_are_checked_on_load(mutate, message) -> None:
    doc = _state_doc()
    mutate(doc)
    with pytest.raises(RegimeError, match=message):
        parse_regime(doc, "x.toml")


def test_party_regime_has_no_body_subtitles() -> None:
    doc = _doc()
    doc["subtitles"] = {"quoc_hoi": "a", "hdnd": "b"}
    with pytest.raises(RegimeError, match="không có “subtitles”"):
        parse_regime(doc, "x.toml")


def test_every_shipped_regime_has_english_for_the_window() -> None:
    document_number = re.compile(r"\d+-QĐ/TW")  # a number as issued, quoted as such in English
    for regime in shipped_regimes().values():
        texts = [regime.name_en, regime.legal_basis_en]
        texts += [level.label_en for level in regime.levels]
        # A band's consequence is the law's Vietnamese sentence, quoted as such in any language.
        texts += [band.label_en for band in regime.bands]
        for text in texts:
            assert text, regime.id
            assert not VIETNAMESE_ONLY & set(document_number.sub("", text)), (regime.id, text)
