"""Time-aware reference geography and the place-name resolver used by every ingest path.

Two layouts of provincial units exist: ``pre2025`` (63 units, in force until 2025-06-30) and ``from2025``
(34 units from 2025-07-01). Merged units reused one predecessor's statistics-office code for other territory, so a
province is always identified by (layout, province_code), never by code alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import polars as pl

from ocop_pipeline.contracts import DIM_PROVINCE, DIM_REGION, PROVINCE_MERGER_2025
from ocop_pipeline.skip_search import skipping_pattern
from ocop_pipeline.text import ascii_key, match_key
from ocop_pipeline.vocab import FROM2025, LAYOUTS, MERGER_DATE, NATIONAL_NAME, PRE2025, PRE2025_FIRST_DAY

LAYOUT_VALIDITY = {
    PRE2025: (PRE2025_FIRST_DAY, MERGER_DATE - dt.timedelta(days=1)),
    FROM2025: (MERGER_DATE, None),
}
__all__ = ["FROM2025", "LAYOUTS", "MERGER_DATE", "NATIONAL_NAME", "PRE2025"]

# Words that make a following name a lower-level unit (xã Khánh Hòa is a commune of An Giang, not the province).
SUB_PROVINCIAL_PREFIXES = (
    "xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tx", "tx.", "ấp", "thôn", "khóm", "bản", "làng",
    "khu phố", "đường", "phố", "chợ", "cầu", "sông", "núi", "hồ", "chùa", "đảo",
)
# Prefixes that may stand before a provincial name and belong to its mention.
PROVINCIAL_PREFIXES = ("tỉnh", "thành phố", "tp.", "tp")


_NATIONAL_KEYS = frozenset(
    match_key(n) for n in ("cả nước", "toàn quốc", "Việt Nam", "Vietnam", "Viet Nam", "ca nuoc", "toan quoc", "national")
)


def layout_on(date: dt.date | None) -> str:
    """The layout in force on ``date``; figures of unknown date are read in the 63-unit layout they mostly use."""
    if date is not None and date >= MERGER_DATE:
        return FROM2025
    return PRE2025


def _read_reference_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("ocop_pipeline.reference").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@dataclass(frozen=True)
class Region:
    region_code: str
    name: str
    short_name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Province:
    layout: str
    province_code: str
    name: str
    kind: str
    region: str
    name_ascii: str
    aliases: tuple[str, ...]
    region_basis: str | None = None
    successor_code: str | None = None  # pre2025 units: the from2025 unit they became

    @property
    def valid_from(self) -> dt.date:
        return LAYOUT_VALIDITY[self.layout][0]

    @property
    def valid_to(self) -> dt.date | None:
        return LAYOUT_VALIDITY[self.layout][1]

    def exists_on(self, date: dt.date | None) -> bool:
        return date is None or layout_on(date) == self.layout


@dataclass(frozen=True)
class Place:
    """A resolved place: the country, a region or a provincial unit of one layout."""

    level: str  # national | region | province
    name: str
    region: str | None = None
    province: Province | None = None
    exists_on_date: bool = True

    @property
    def province_code(self) -> str | None:
        return self.province.province_code if self.province else None

    @property
    def layout(self) -> str | None:
        return self.province.layout if self.province else None


@dataclass(frozen=True)
class Mention:
    """A place named in running text, with its span in the NFC text."""

    start: int
    end: int
    text: str
    place: Place


@cache
def regions() -> tuple[Region, ...]:
    return tuple(
        Region(r["region_code"], r["name"], r["short_name"], tuple(a for a in r["aliases"].split(";") if a))
        for r in _read_reference_csv("regions.csv")
    )


@cache
def provinces() -> tuple[Province, ...]:
    merger = {r["old_code"]: r["new_code"] for r in _read_reference_csv("merger_2025.csv")}
    old_units = [
        Province(
            layout=PRE2025,
            province_code=r["code"],
            name=r["name"],
            kind=r["kind"],
            region=r["region"],
            name_ascii=r["name_ascii"],
            aliases=tuple(a for a in r["aliases"].split(";") if a),
            successor_code=merger[r["code"]],
        )
        for r in _read_reference_csv("provinces_63.csv")
    ]
    aliases_by_name = {p.name: p.aliases for p in old_units}
    new_units = []
    for r in _read_reference_csv("provinces_34.csv"):
        # A unit that kept a predecessor's name keeps the ways the press spells it (TP.HCM, Sài Gòn, Hoà Bình…).
        inherited = aliases_by_name.get(r["name"], ())
        if r["name"] == "Huế":
            inherited = ("Thành phố Huế", "TP Huế", "Hue")
        new_units.append(
            Province(
                layout=FROM2025,
                province_code=r["code"],
                name=r["name"],
                kind=r["kind"],
                region=r["region"],
                name_ascii=ascii_key(r["name"]).title(),
                aliases=inherited,
                region_basis=r["region_basis"],
            )
        )
    return tuple(old_units + new_units)


@cache
def _provinces_by_key() -> dict[tuple[str, str], Province]:
    return {(p.layout, p.province_code): p for p in provinces()}


def province_by_key(layout: str, province_code: str) -> Province:
    try:
        return _provinces_by_key()[(layout, province_code)]
    except KeyError:
        raise KeyError(f"no province {province_code} in layout {layout}") from None


@cache
def district_names() -> dict[str, tuple[str, ...]]:
    """Pre-2025 province code → the names of its district-level units (huyện, quận, thị xã, thành phố) that existed
    at some time from 2019 to 30 June 2025, each with its other spellings (``districts_63.csv``, and
    ``spelling_variants``)."""
    names: dict[str, list[str]] = {}
    for code, spellings in _district_rows():
        names.setdefault(code, []).extend(spellings)
    return {code: tuple(dict.fromkeys(found)) for code, found in names.items()}


@cache
def district_kinds() -> dict[str, str]:
    """The gazetteer's name of each district-level unit → its kind (huyện, quận, thị xã, thành phố); the first row's
    where two units share a name."""
    kinds: dict[str, str] = {}
    for row in _read_reference_csv("districts_63.csv"):
        kinds.setdefault(row["name"], row["kind"])
    return kinds


@cache
def district_spellings() -> dict[str, str]:
    """Each spelling of a district's name (``district_names``) → the name the gazetteer gives the district (the first
    where two districts share a spelling)."""
    canonical: dict[str, str] = {}
    for _, spellings in _district_rows():
        for spelling in spellings:
            canonical.setdefault(spelling, spellings[0])
    return canonical


@cache
def _district_rows() -> tuple[tuple[str, list[str]], ...]:
    """Each row of ``districts_63.csv``: its province code and its spellings, the gazetteer's name first."""
    rows = []
    for row in _read_reference_csv("districts_63.csv"):
        spellings = [row["name"]]
        note = row.get("note") or ""
        if "aliases:" in note:
            spellings += [a.strip() for a in note.split("aliases:", 1)[1].split(";") if a.strip()]
        rows.append((row["province_code"], list(dict.fromkeys(v for name in spellings
                                                              for v in sorted(spelling_variants(name), key=name.__ne__)))))
    return tuple(rows)


# Syllables of the Central Highlands' names the press writes several ways ("Đắk Lắk", "Đăk Lắk", "Đăk Lăk", "Đak
# Song"): every way of writing one is a way of writing the others.
_SYLLABLE_SPELLINGS = (("Đắk", "Đăk", "Đak"), ("Lắk", "Lăk"))


def spelling_variants(name: str) -> set[str]:
    """``name`` and the names it becomes with each of its syllables of ``_SYLLABLE_SPELLINGS`` written another way."""
    options = []
    for word in name.split(" "):
        family = next((f for f in _SYLLABLE_SPELLINGS if word in f), None)
        options.append(family or (word,))
    return {" ".join(combination) for combination in itertools.product(*options)}


@cache
def district_provinces() -> dict[str, frozenset[str]]:
    """Each district name (and spelling) → the pre2025 provinces that had a district of that name."""
    holders: dict[str, set[str]] = {}
    for code, names in district_names().items():
        for name in names:
            holders.setdefault(name, set()).add(code)
    return {name: frozenset(codes) for name, codes in holders.items()}


@cache
def provinces_around(province: Province) -> frozenset[str]:
    """The pre2025 province codes whose districts an article about ``province`` may name bare: its own (a from2025
    unit: every unit merged into it) and, for a pre2025 unit, those of the units it was merged with in 2025, which
    post-merger articles name as parts of the new province."""
    successor = province.province_code if province.layout == FROM2025 else province.successor_code
    return frozenset(p.province_code for p in provinces() if p.layout == PRE2025 and p.successor_code == successor)


# ---------------------------------------------------------------------------------------------------------------
# Published reference tables


def dim_region_frame() -> pl.DataFrame:
    counts = {
        (layout, region): sum(1 for p in provinces() if p.layout == layout and p.region == region)
        for layout in LAYOUTS
        for region in (r.name for r in regions())
    }
    return DIM_REGION.frame(
        {
            "region_code": r.region_code, "region_name": r.name, "short_name": r.short_name,
            "aliases": list(r.aliases), "provinces_pre2025": counts[(PRE2025, r.name)],
            "provinces_from2025": counts[(FROM2025, r.name)],
        }
        for r in regions()
    )


def dim_province_frame() -> pl.DataFrame:
    region_codes = {r.name: r.region_code for r in regions()}
    return DIM_PROVINCE.frame(
        {
            "layout": p.layout, "province_code": p.province_code, "province_name": p.name,
            "name_ascii": p.name_ascii, "kind": p.kind, "region_code": region_codes[p.region],
            "region_name": p.region, "region_basis": p.region_basis or "GSO statistical classification",
            "valid_from": p.valid_from, "valid_to": p.valid_to, "aliases": list(p.aliases),
        }
        for p in provinces()
    )


def province_merger_frame() -> pl.DataFrame:
    rows = []
    for p in provinces():
        if p.layout != PRE2025:
            continue
        new = province_by_key(FROM2025, p.successor_code)
        rows.append({
            "old_layout": PRE2025, "old_province_code": p.province_code, "old_province_name": p.name,
            "new_layout": FROM2025, "new_province_code": new.province_code, "new_province_name": new.name,
            "effective_date": MERGER_DATE, "name_kept": p.name == new.name,
        })
    return PROVINCE_MERGER_2025.frame(rows)


# ---------------------------------------------------------------------------------------------------------------
# Resolver


def _strip_provincial_prefix(name: str) -> str:
    key = match_key(name).strip()
    for prefix in sorted(PROVINCIAL_PREFIXES, key=len, reverse=True):
        if key.startswith(prefix) and len(key) > len(prefix):
            rest = key[len(prefix):]
            if prefix.endswith(".") or rest[:1] in (" ", "."):
                return rest.lstrip(" .")
    return key


def _strip_provincial_prefix_cased(name: str) -> str:
    """The name as written, without a leading 'Tỉnh', 'Thành phố' or 'TP.'."""
    stripped = _strip_provincial_prefix(name)
    return name[len(name) - len(stripped):] if match_key(name).endswith(stripped) else name


def _name_variants(p_or_r_name: str, aliases: tuple[str, ...]) -> set[str]:
    return {variant for name in (p_or_r_name, *aliases) for variant in spelling_variants(name)}


# Words of names and of text; "&" belongs to a word, as in the region abbreviation BTB&DHMT.
_NAME_WORD = re.compile(r"[\w&]+")
# Between two words of one name: spaces, or one dot or dash with optional spaces around it.
_NAME_JOIN = re.compile(r"\s*[-.]\s*|\s+")
_LONGER_NAME_AFTER = re.compile(r"\s+(?:Bắc|Nam|Trung)\b")
# The join to the next word and the word, in one match: the join is taken as ``_NAME_JOIN`` alone takes it (an atomic
# group gives back nothing), and the word must follow it there.
_NEXT_NAME_WORD = re.compile(r"(?>" + _NAME_JOIN.pattern + r")(" + _NAME_WORD.pattern + ")")


# Upper-case letters of Latin script (Vietnamese included): where a proper noun can start.
_UPPER = "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isupper() and c.isalpha())


def _words_alternation(words: Iterable[str]) -> str:
    """A regular expression matching exactly the given words, written as a tree of their letters ("B(?:à|ắc)" for
    "Bà", "Bắc"), so that the engine tests each letter of a word once however many words there are; "(?!)", which
    matches nothing, for no words."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[_WORD_ENDS] = {}

    def written(node: dict) -> str:
        branches = [re.escape(char) + written(child) for char, child in sorted(node.items()) if char != _WORD_ENDS]
        if not branches:
            return ""
        if _WORD_ENDS in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return written(tree) if tree else "(?!)"


_WORD_ENDS = ""  # the key marking, in a tree of letters, that a word ends there


class NameTrie:
    """Multi-word names found in running text in time linear in its length, whatever the number of names.

    Case-sensitive: proper nouns are capitalised, which keeps "hòa bình" (peace) or "long an toàn" from reading as a
    province. Words of one name may be joined by spaces, one dot or one dash ("TP.HCM", "Bà Rịa - Vũng Tàu"); the
    longest name wins; a name directly followed by Bắc, Nam or Trung is part of a longer name. Only the words a name
    can start with are visited, found by one regular expression of those words, so the rest of the text is skipped at
    C speed.
    """

    def __init__(self) -> None:
        self._root: dict = {}
        self._starts: re.Pattern | frozenset[str] | None = None
        self._own_words: frozenset[str] | None = None  # ``first_words()``, kept once asked for

    def add(self, name: str, target) -> None:
        words = _NAME_WORD.findall(match_key(name, lower=False))
        if not words:
            return
        node = self._root
        for word in words:
            node = node.setdefault(word, {})
        node.setdefault(None, target)
        self._starts = self._own_words = None

    def first_words(self) -> frozenset[str]:
        """The words ``finditer`` looks for: the whole words a name starts with, capitalised in Latin script, or a
        name written in lower case."""
        return frozenset(w for w in self._root if w[0] in _UPPER or not w[0].isupper())

    def _first_words(self, key_text: str):
        """(start, end, word) of every whole word of ``key_text`` a name starts with, left to right."""
        if self._starts is None:
            words = self.first_words()
            # A few words (an article's own districts) are found by substring search, without compiling a pattern.
            self._starts = words if len(words) <= FEW_FIRST_WORDS else _first_words_pattern(words)
        if isinstance(self._starts, frozenset):
            return _whole_words(key_text, self._starts)
        return ((m.start(), m.end(), m.group()) for m in self._starts.finditer(key_text))

    def finditer(self, key_text: str, found: list[tuple[int, int, str]] | None = None):
        """(start, end, target) of every name in ``key_text`` (a case-preserving ``match_key``), left to right.

        ``found``: (start, end, word) of the whole words of ``key_text`` among a set holding ``first_words()``, left to
        right (``whole_words_of``): several tries searched in one text share one pass over it."""
        taken_until = 0
        if found is None:
            words = self._first_words(key_text)
        else:
            own = self.first_words() if self._own_words is None else self._own_words
            self._own_words = own
            words = [word for word in found if word[2] in own]
        for first_start, first_end, first_word in words:
            if first_start < taken_until:
                continue
            node = self._root.get(first_word)
            if node is None:
                continue
            found = None  # (end of the last word, target)
            end = first_end
            while True:
                target = node.get(None)
                if target is not None and not _LONGER_NAME_AFTER.match(key_text, end):
                    found = (end, target)
                word = _NEXT_NAME_WORD.match(key_text, end)
                node = node.get(word.group(1)) if word else None
                if node is None:
                    break
                end = word.end()
            if found is not None:
                yield first_start, found[0], found[1]
                taken_until = found[0]


# Up to this many first words, a trie's words are found by substring search (``_whole_words``).
FEW_FIRST_WORDS = 16


def _whole_words(text: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of every occurrence of one of ``words`` standing whole in ``text`` (no letter, digit, "_"
    or "&" on either side), in text order: what ``_first_words_pattern(words).finditer`` finds. Each word is made of
    such characters only, so two whole words never overlap."""
    found = []
    size = len(text)
    for word in words:
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not _in_a_word(text[i - 1])) and (end == size or not _in_a_word(text[end])):
                found.append((i, end, word))
            i = text.find(word, i + 1)
    found.sort()
    return found


def _in_a_word(char: str) -> bool:
    r"""``[\w&]`` of the engine: a letter, a digit (``str.isalnum``), "_" or "&"."""
    return char.isalnum() or char == "_" or char == "&"


def whole_words_of(text: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of every occurrence of one of ``words`` standing whole in ``text``, left to right: the words
    of several tries (``NameTrie.first_words``) found in one pass, each trie keeping its own (``NameTrie.finditer``'s
    ``found``). A whole word is a whole run of letters, digits, "_" and "&", so the occurrences of a set of words are
    those of its parts together."""
    if len(words) <= FEW_FIRST_WORDS:
        return _whole_words(text, words)
    return [(m.start(), m.end(), m.group()) for m in _first_words_pattern(words).finditer(text)]


@lru_cache(maxsize=1024)
def _first_words_pattern(first_words: frozenset[str]) -> re.Pattern:
    # Cached: an article's own districts (``places._named_again``) make a small trie per article, often the same.
    source = r"(?<![\w&])(?:" + _words_alternation(first_words) + r")(?![\w&])"
    return skipping_pattern(source) or re.compile(source)


# A sub-provincial word ending the text, at the start of a word ("[^\W_]" is a letter or digit).
_SUB_PROVINCIAL_AT_END = re.compile(
    r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in SUB_PROVINCIAL_PREFIXES) + r")$")


def preceded_by_sub_provincial_word(key_text: str, start: int) -> bool:
    """Is a name at ``start`` the name of a commune, district, street … ("xã Khánh Hòa", "huyện Điện Biên")? Only
    words on its own line count: a section's label above a headline ("Nông thôn" over "Phú Thọ có thêm …", "Kinh tế -
    Xã hội" over "Hà Giang …") ends on such a word and names nothing."""
    window = key_text[max(0, start - 12):start]
    window = window[window.rfind("\n") + 1:]
    return _SUB_PROVINCIAL_AT_END.search(match_key(window).rstrip()) is not None


class PlaceResolver:
    """Resolves place names, dated, to a region or to a provincial unit of the layout in force at that date."""

    def __init__(self) -> None:
        self._by_key: dict[str, dict[str, list[Province]]] = {PRE2025: {}, FROM2025: {}}
        self._by_ascii: dict[str, dict[str, list[Province]]] = {PRE2025: {}, FROM2025: {}}
        for p in provinces():
            for variant in _name_variants(p.name, p.aliases) | {p.name_ascii}:
                stripped = _strip_provincial_prefix(variant)
                self._by_key[p.layout].setdefault(stripped, []).append(p)
                self._by_ascii[p.layout].setdefault(ascii_key(stripped), []).append(p)
        self._regions_by_key: dict[str, Region] = {}
        for r in regions():
            for variant in _name_variants(r.name, r.aliases) | {r.short_name}:
                self._regions_by_key[match_key(variant)] = r
                self._regions_by_key.setdefault(ascii_key(variant), r)
        self._text_trie = self._compile_text_names()

    # -- standalone names (cells, labels, manifest fields) ------------------------------------------------------

    def resolve(self, name: str | None, date: dt.date | None = None) -> Place | None:
        """Resolve a whole name ('Tỉnh Cà Mau', 'TP.HCM', 'ĐBSCL', 'cả nước', 'Ca Mau') dated by ``date``."""
        if name is None or not str(name).strip():
            return None
        # Only the layout in force matters, so every date of one layout shares a cache entry.
        anchor = None if date is None else LAYOUT_VALIDITY[layout_on(date)][0]
        return self._resolve_cached(str(name), anchor)

    @lru_cache(maxsize=16384)  # noqa: B019 - one resolver lives for the whole process
    def _resolve_cached(self, name: str, date: dt.date | None) -> Place | None:
        key = match_key(str(name)).strip(" .,;:")
        if key in _NATIONAL_KEYS:
            return Place(level="national", name=NATIONAL_NAME)
        region = self._regions_by_key.get(key) or self._regions_by_key.get(ascii_key(key))
        if region is None:
            for prefix in ("vùng ", "khu vực ", "vung ", "khu vuc "):
                if key.startswith(prefix):
                    rest = key[len(prefix):]
                    region = self._regions_by_key.get(rest) or self._regions_by_key.get(ascii_key(rest))
        if region is not None:
            return Place(level="region", name=region.name, region=region.name)
        stripped = _strip_provincial_prefix(key)
        return self._pick(
            lambda layout: self._by_key[layout].get(stripped) or self._by_ascii[layout].get(ascii_key(stripped)),
            date,
        )

    def _pick(self, lookup, date: dt.date | None) -> Place | None:
        preferred = layout_on(date)
        other = FROM2025 if preferred == PRE2025 else PRE2025
        for layout in (preferred, other):
            found = lookup(layout)
            if found:
                unit = found[0]
                return Place(
                    level="province",
                    name=unit.name,
                    region=unit.region,
                    province=unit,
                    exists_on_date=unit.exists_on(date),
                )
        return None

    def successor(self, place: Place) -> Province | None:
        """The from2025 unit a pre2025 unit became (itself for a from2025 unit)."""
        if place.province is None:
            return None
        if place.province.layout == FROM2025:
            return place.province
        return province_by_key(FROM2025, place.province.successor_code)

    # -- running text ---------------------------------------------------------------------------------------------

    def _compile_text_names(self) -> NameTrie:
        trie = NameTrie()

        def add(kind: str, ident: str, variant: str) -> None:
            words = _NAME_WORD.findall(match_key(variant, lower=False))
            # Bare ASCII abbreviations like "HN" or "HCM" are too ambiguous in running text without a prefix.
            if kind == "province" and len(words) == 1 and len(words[0]) <= 3 and words[0].isascii():
                return
            trie.add(variant, (kind, ident))

        for p in provinces():
            for variant in _name_variants(p.name, p.aliases):
                ident = _strip_provincial_prefix(variant)
                add("province", ident, variant)
                add("province", ident, _strip_provincial_prefix_cased(variant))
                add("province", ident, variant.upper())
        for r in regions():
            for variant in _name_variants(r.name, r.aliases) | {r.short_name}:
                add("region", r.name, variant)
                add("region", r.name, variant[:1].upper() + variant[1:])
                add("region", r.name, variant[:1].lower() + variant[1:])
        return trie

    def name_first_words(self) -> frozenset[str]:
        """The words ``find_in_text`` looks for first: those every unit's and region's names start with."""
        return self._text_trie.first_words()

    def find_in_text(self, text: str, date: dt.date | None = None, cased: str | None = None,
                     found: list[tuple[int, int, str]] | None = None) -> list[Mention]:
        """Every region or provincial unit named in NFC ``text``, skipping communes, districts and the like;
        ``cased`` is ``match_key(text, lower=False)`` when the caller has it already, ``found`` the whole words of
        it among a set holding the first words of every unit's names (``NameTrie.finditer``)."""
        key_text = cased if cased is not None else match_key(text, lower=False)
        mentions: list[Mention] = []
        for start, end, (kind, ident) in self._text_trie.finditer(key_text, found):
            if preceded_by_sub_provincial_word(key_text, start):
                continue
            if kind == "region":
                place = Place(level="region", name=ident, region=ident)
            else:
                place = self._pick(lambda layout, ident=ident: self._by_key[layout].get(ident), date)
                if place is None:
                    continue
            mentions.append(Mention(start=start, end=end, text=text[start:end], place=place))
        return mentions


@cache
def resolver() -> PlaceResolver:
    return PlaceResolver()
