"""Rule regimes are data: one TOML file per regime, parsed and validated here.

A regime names its levels (in the order printed on the ballot), the basis of its denominator, and
its bands: integer tests on one level's count against the denominator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.messages import render
from tinnhiem_desktop.domain.text import clean

NO_MARK = "0"
"""Mark code: the voter left this official's row unmarked (the row is invalid)."""
MULTI_MARK = "x"
"""Mark code: more than one box ticked on this official's row (the row is invalid)."""
ROW_INVALID_CODES = (NO_MARK, MULTI_MARK)


class MarkTotals:
    """An official's ballots by what they give him (mixed into the dataclasses that hold the
    counts): valid for a level, or no valid mark."""

    counts: dict[str, int]
    """level id -> number of ballots marking that level."""
    no_mark: int
    multi_mark: int
    whole_invalid: int

    @property
    def valid(self) -> int:
        """Rows validly marked for this official."""
        return sum(self.counts.values())

    @property
    def invalid(self) -> int:
        """Ballots that give this official no valid mark (row invalid or whole ballot invalid)."""
        return self.no_mark + self.multi_mark + self.whole_invalid


class Kind(StrEnum):
    """Poll (lấy phiếu, 3 levels) or vote (bỏ phiếu, 2 levels)."""

    POLL = "poll"
    VOTE = "vote"


class Sector(StrEnum):
    """Party bodies and state bodies print different minutes headers."""

    PARTY = "party"
    STATE = "state"


class Basis(StrEnum):
    """What the 100 % base D counts."""

    COLLECTED = "collected"
    ISSUED = "issued"
    TOTAL_DELEGATES = "total_delegates"


BASIS_LABELS: dict[Basis, str] = {basis: render("basis." + basis.value) for basis in Basis}
"""The base in Vietnamese ("tổng số phiếu thu về" …), from the catalogue."""


class Quorum(StrEnum):
    """Whether the regime requires a quorum of those summoned."""

    NONE = "none"
    TWO_THIRDS_OF_SUMMONED = "two_thirds_of_summoned"


class ElectingBody(StrEnum):
    """Who elected or approved the officials of a state regime: the subtitle names it."""

    QUOC_HOI = "quoc_hoi"
    HDND = "hdnd"


class RegimeError(ValueError):
    """A regime file is malformed. This is a packaging defect, so it is not a user error."""


@dataclass(frozen=True)
class Level:
    """One box column on the ballot."""

    id: str
    code: str
    label: str
    label_en: str = ""


@dataclass(frozen=True)
class Band:
    """A legal band on the band level's count n: ``n/D > t`` (or ``>=`` when inclusive).

    ``label`` is the band in the law's own words ("trên 50% nhưng dưới 2/3 số phiếu tín nhiệm
    thấp"). ``quote`` is the article's sentence on what the band means, word for word (``…``
    where a part could not be confirmed and is left out), and ``article`` where it stands
    ("khoản 2 Điều 11 Quy định số 96-QĐ/TW"). A band whose rule could not be found in a text has
    neither: the minutes then state the band and say that no article is quoted
    (docs/domain.md §9: a consequence is printed only as a quotation with its article).
    """

    id: str
    numerator: int
    denominator: int
    inclusive: bool
    label: str
    quote: str = ""
    article: str = ""
    label_en: str = ""
    quote_en: str = ""
    """English of the quotation, for the window only: the minutes print the law's own words."""
    article_en: str = ""

    def holds(self, n: int, d: int) -> bool:
        """Decide on integers only: ``n*den > num*D`` (or ``>=``). Never on a percentage."""
        left, right = n * self.denominator, self.numerator * d
        return left >= right if self.inclusive else left > right

    @property
    def basis(self) -> str:
        """Where the band is laid down: the article, or the regime's convention when none."""
        return self.article or "quy ước của thể thức, chưa xác nhận được điều khoản"

    @property
    def wording(self) -> str:
        """The band and what it means, for a tooltip: the quotation when there is one."""
        return f"“{self.quote}”" if self.quote else self.label


@dataclass(frozen=True)
class Regime:
    """A rule regime loaded from ``resources/regimes/<id>.toml``."""

    id: str
    name: str
    kind: Kind
    sector: Sector
    legal_basis: str
    document: str
    subtitle: str
    quorum: Quorum
    denominator: Basis
    denominator_options: tuple[Basis, ...]
    levels: tuple[Level, ...]
    band_level: str
    bands: tuple[Band, ...]
    body_subtitles: tuple[tuple[ElectingBody, str], ...] = ()
    """State regimes: the subtitle for officials elected or approved by each body."""

    def subtitle_for(self, body: ElectingBody | None) -> str:
        """The regime's subtitle, naming ``body`` where the regime distinguishes bodies."""
        for which, text in self.body_subtitles:
            if which is body:
                return text
        return self.subtitle
    name_en: str = ""
    legal_basis_en: str = ""
    """English for the window (the ``*_en`` keys of the file); the minutes are Vietnamese."""

    @property
    def level_ids(self) -> tuple[str, ...]:
        """The level ids in ballot order."""
        return tuple(level.id for level in self.levels)

    @property
    def codes(self) -> tuple[str, ...]:
        """The key/CSV codes of the levels in ballot order."""
        return tuple(level.code for level in self.levels)

    @cached_property
    def marks_alphabet(self) -> frozenset[str]:
        """Every character a ballot's marks may hold: the level codes, ``0`` and ``x``."""
        return frozenset(self.codes) | frozenset(ROW_INVALID_CODES)

    def level_by_code(self, code: str) -> Level:
        """The level typed as ``code``; raises :class:`InvalidInput` for another code."""
        for level in self.levels:
            if level.code == code:
                return level
        raise InvalidInput(f"Mã mức “{code}” không có trong thể thức này.")

    def band_for(self, n: int, d: int) -> Band | None:
        """The highest band that ``n`` of ``d`` falls in, or None. D = 0 gives no band."""
        if d <= 0:
            return None
        for band in self.bands:
            if band.holds(n, d):
                return band
        return None


def _req(data: dict[str, Any], key: str, kind: type, source: str) -> Any:
    if key not in data:
        raise RegimeError(f"{source}: thiếu khóa “{key}”")
    value = data[key]
    if not isinstance(value, kind):
        raise RegimeError(f"{source}: “{key}” phải là {kind.__name__}")
    return value


def _opt(data: dict[str, Any], key: str, source: str) -> str:
    """An optional text (the English of the window); empty when absent."""
    value = data.get(key, "")
    if not isinstance(value, str):
        raise RegimeError(f"{source}: “{key}” phải là str")
    return clean(value)


def _enum(enum: type[StrEnum], value: str, key: str, source: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise RegimeError(f"{source}: “{key}” = “{value}” không hợp lệ ({allowed})") from None


def _parse_threshold(text: str, source: str) -> tuple[int, int]:
    parts = text.split("/")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise RegimeError(f"{source}: ngưỡng “{text}” phải có dạng a/b")
    num, den = int(parts[0]), int(parts[1])
    if den == 0 or num <= 0 or num >= den:
        raise RegimeError(f"{source}: ngưỡng “{text}” phải nằm giữa 0 và 1")
    return num, den


_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"'})


def _quote_key(text: str) -> str:
    """Text compared with straight and curly quotes alike, in any case."""
    return text.translate(_QUOTE_MARKS).casefold()


def _text(raw: dict[str, Any], key: str, where: str, required: bool = True) -> str:
    """A text field that must be stored clean (NFC, no stray spaces): quotations are compared
    with the law word for word, so the file itself must hold exactly what is printed."""
    if not required and key not in raw:
        return ""
    value: str = _req(raw, key, str, where)
    if clean(value) != value or not value:
        raise RegimeError(f"{where}: “{key}” phải khác rỗng, dạng NFC, không thừa dấu cách")
    return value


def _parse_band(raw: dict[str, Any], where: str, document: str) -> Band:
    """One band; its quotation, when it has one, is checked against its label and document."""
    num, den = _parse_threshold(_req(raw, "threshold", str, where), where)
    band_id = _req(raw, "id", str, where)
    if band_id not in ("over_half", "two_thirds"):
        raise RegimeError(f"{where}: id “{band_id}” phải là over_half hoặc two_thirds")
    label = _text(raw, "label", where)
    quote = _text(raw, "quote", where, required=False)
    article = _text(raw, "article", where, required=False)
    if bool(quote) != bool(article):
        raise RegimeError(f"{where}: “quote” và “article” phải đi cùng nhau")
    if quote:
        if document not in article:
            raise RegimeError(f"{where}: “article” phải nêu văn bản “{document}”")
        if quote[0] in "\"“”'" or quote[-1] in "\"“”'":
            raise RegimeError(f"{where}: “quote” ghi không kèm dấu ngoặc kép bao ngoài")
        if not quote[0].isupper() or not quote.endswith((".", "…")):
            raise RegimeError(f"{where}: “quote” phải là cả câu (viết hoa đầu, kết thúc bằng "
                              "dấu chấm hoặc “…”)")
        if quote.translate(_QUOTE_MARKS).count('"') % 2:
            raise RegimeError(f"{where}: “quote” có dấu ngoặc kép lẻ")
        if _quote_key(label) not in _quote_key(quote):
            raise RegimeError(f"{where}: “quote” phải chứa nguyên văn “label” (“{label}”)")
    return Band(id=band_id, numerator=num, denominator=den,
                inclusive=_req(raw, "inclusive", bool, where), label=label, quote=quote,
                article=article, label_en=_opt(raw, "label_en", where),
                quote_en=_opt(raw, "quote_en", where), article_en=_opt(raw, "article_en", where))


def _parse_subtitles(data: dict[str, Any], sector: Sector,
                     source: str) -> tuple[tuple[ElectingBody, str], ...]:
    """State regimes name the electing body in the subtitle: one text for each body."""
    if sector is Sector.PARTY:
        if "subtitles" in data:
            raise RegimeError(f"{source}: thể thức của Đảng không có “subtitles”")
        return ()
    raw = _req(data, "subtitles", dict, source)
    if set(raw) != {b.value for b in ElectingBody}:
        raise RegimeError(f"{source}: “subtitles” cần đúng các khóa quoc_hoi, hdnd")
    return tuple((body, _text(raw, body.value, f"{source} subtitles")) for body in ElectingBody)


def parse_regime(data: dict[str, Any], source: str) -> Regime:
    """Validate a parsed regime document and build a :class:`Regime`."""
    levels = []
    for i, raw in enumerate(_req(data, "levels", list, source)):
        where = f"{source} levels[{i}]"
        levels.append(
            Level(
                id=_req(raw, "id", str, where),
                code=_req(raw, "code", str, where),
                label=clean(_req(raw, "label", str, where)),
                label_en=_opt(raw, "label_en", where),
            )
        )
    kind = _enum(Kind, _req(data, "kind", str, source), "kind", source)
    expected = 3 if kind is Kind.POLL else 2
    if len(levels) != expected:
        raise RegimeError(f"{source}: {kind.value} cần {expected} mức, có {len(levels)}")
    codes = [lv.code for lv in levels]
    if codes != [str(i + 1) for i in range(len(levels))]:
        raise RegimeError(f"{source}: mã các mức phải là 1, 2, 3 theo thứ tự in trên phiếu")
    if len({lv.id for lv in levels}) != len(levels):
        raise RegimeError(f"{source}: mã mức bị trùng")
    band_level = _req(data, "band_level", str, source)
    if band_level not in {lv.id for lv in levels}:
        raise RegimeError(f"{source}: band_level “{band_level}” không phải là một mức")
    document = _text(data, "document", source)
    legal_basis = _text(data, "legal_basis", source)
    if not legal_basis.startswith(document):
        raise RegimeError(f"{source}: “legal_basis” phải bắt đầu bằng “{document}”")
    bands = [_parse_band(raw, f"{source} bands[{i}]", document)
             for i, raw in enumerate(_req(data, "bands", list, source))]
    if len({b.label for b in bands}) != len(bands):
        raise RegimeError(f"{source}: nhãn ngưỡng bị trùng")
    # Bands are tried from the highest threshold down; the file must list them that way.
    for upper, lower in zip(bands, bands[1:], strict=False):
        if upper.numerator * lower.denominator <= lower.numerator * upper.denominator:
            raise RegimeError(f"{source}: các ngưỡng phải xếp từ cao xuống thấp")
    denominator = _enum(Basis, _req(data, "denominator", str, source), "denominator", source)
    options = tuple(
        _enum(Basis, v, "denominator_options", source)
        for v in _req(data, "denominator_options", list, source)
    )
    if denominator not in options:
        raise RegimeError(f"{source}: denominator phải nằm trong denominator_options")
    sector = _enum(Sector, _req(data, "sector", str, source), "sector", source)
    return Regime(
        id=_req(data, "id", str, source),
        name=clean(_req(data, "name", str, source)),
        kind=kind,
        sector=sector,
        legal_basis=legal_basis,
        document=document,
        subtitle=_text(data, "subtitle", source),
        quorum=_enum(Quorum, _req(data, "quorum", str, source), "quorum", source),
        denominator=denominator,
        denominator_options=options,
        levels=tuple(levels),
        band_level=band_level,
        bands=tuple(bands),
        body_subtitles=_parse_subtitles(data, sector, source),
        name_en=_opt(data, "name_en", source),
        legal_basis_en=_opt(data, "legal_basis_en", source),
    )


def read_regime_text(text: str) -> dict[str, Any]:
    """What ``tomllib`` reads from ``text`` (:class:`tomllib.TOMLDecodeError` if it is not
    TOML). The very text of a regime file shipped with the app is not read again: what it reads
    is in ``_regime_data`` (written by scripts/update_regime_data.py, which a test holds fresh),
    filed under that text. Opening a session read its regime with ``tomllib``, imported for
    it: ~2.5 ms. Any other text (a file changed, another folder) is read as always."""
    from tinnhiem_desktop.domain._regime_data import PARSED

    known: Callable[[], dict[str, Any]] | None = PARSED.get(text)
    if known is not None:
        return known()  # made afresh: nothing else holds it
    import tomllib

    return tomllib.loads(text)


def load_regime(path: Path) -> Regime:
    """Load and validate one regime file; its id must equal the file's stem."""
    try:
        data = read_regime_text(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # ValueError: TOMLDecodeError, UnicodeDecodeError
        raise RegimeError(f"{path.name}: không đọc được ({exc})") from exc
    regime = parse_regime(data, path.name)
    if regime.id != path.stem:
        raise RegimeError(f"{path.name}: id “{regime.id}” khác tên tệp")
    return regime


class RegimeFolder(Mapping[str, Regime]):
    """The regimes in a folder of ``<id>.toml`` files, keyed by id: which ids there are comes
    from the files' names, and a regime is read and validated (:func:`load_regime`, which also
    holds its id equal to its file's name) the first time it is asked for. Opening a session
    needs its own regime only: reading all five cost 9–10 ms of opening, one costs 2."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._ids = sorted(p.stem for p in directory.glob("*.toml"))
        if not self._ids:
            raise RegimeError(f"{directory}: không có thể thức nào")
        self._loaded: dict[str, Regime] = {}

    def __getitem__(self, regime_id: str) -> Regime:
        regime = self._loaded.get(regime_id)
        if regime is None:
            if regime_id not in self._ids:
                raise KeyError(regime_id)
            regime = self._loaded[regime_id] = load_regime(
                self._directory / f"{regime_id}.toml")
        return regime

    def __contains__(self, regime_id: object) -> bool:
        return regime_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def load_regimes(directory: Path) -> dict[str, Regime]:
    """Load every ``*.toml`` regime in ``directory`` now, keyed by id."""
    return dict(RegimeFolder(directory).items())
