"""Places an article names: provinces and regions (through the resolver), the country, districts, former provinces,
provincial seats and nicknames; and the province the article itself is about.

Mentions are found once over the whole text, so the cost is linear in its length.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from urllib.parse import unquote, urlparse

from ocop_pipeline.articles import rules
from ocop_pipeline.articles.patterns import Spans, compile_family, compiled, quick_init
from ocop_pipeline.articles.segment import BODY, TITLE, Document, is_meta_line
from ocop_pipeline.geography import (PRE2025, NameTrie, Place, Province, district_kinds, district_provinces,
                                     district_spellings,
                                     preceded_by_sub_provincial_word,
                                     province_by_key, provinces_around, resolver, whole_words_of)
from ocop_pipeline.vocab import MERGER_DATE, NATIONAL_NAME
from ocop_pipeline.text import match_key, strip_diacritics

_RULES = {r.id: r for r in rules.PLACES}
_NATIONAL = compiled(_RULES["place.national"].pattern, scanning=True)
_DISTRICT_PREFIX = compiled(_RULES["place.district"].pattern, scanning=True)
_FORMER_AFTER = compiled(_RULES["place.former"].pattern)
_FORMER_BEFORE = compiled(_RULES["place.former_before"].pattern)
# "Trước sáp nhập, tỉnh Bình Định có 372 sản phẩm; Gia Lai có 278": every province of the sentence is a former one.
_FORMER_SENTENCE = compiled(rules.FORMER_SENTENCE)
_CITY_PREFIX = compiled(rf"^(?:{rules.CITY_PREFIX})")
_CAP_NAME = compiled(r"{CAP}(?:[ \t]+{CAP}){0,3}")
_NOT_NAMES = frozenset(rules.NOT_DISTRICT_NAMES)
_NOT_NAMES_AFTER_PREFIX = frozenset(rules.NOT_NAMES_AFTER_PREFIX)
_CENTRAL_OFFICE = compiled(rules.CENTRAL_OFFICE)
_NATIONAL_ROUND = compiled(rules.NATIONAL_ROUND)
_NAME_BEFORE_BRACKET = compiled(_RULES["place.district_in_brackets"].pattern)
_CLOSING_BRACKET = re.compile(r"\s*\)")
_CITY_PREFIX_AT = compiled(rf"(?:{rules.CITY_PREFIX})(?!\w)")
_PROVINCE_WORD_BEFORE = compiled(rf"(?<!\w)(?:{'|'.join(rules.PROVINCE_WORDS)})\s+$")
_OFFICIAL_BEFORE = compiled(rules.OFFICIAL_BEFORE)
_LOCATING_BRACKET = compiled(rules.LOCATING_BRACKET)
_SEVERAL_DISTRICTS = compiled(rules.SEVERAL_DISTRICTS)
_COUNTRY_IN_A_NAME = compiled(rules.COUNTRY_IN_A_NAME)
_BEFORE_A_BARE_DISTRICT = frozenset(rules.BEFORE_A_BARE_DISTRICT)
# The word right before a name, when only spaces part them (none after a comma, a bracket or a line break).
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


@quick_init
@dataclass(frozen=True)
class Mention:
    start: int  # offsets in the NFC text
    end: int
    text: str
    level: str  # national | region | province | district
    place: Place | None  # the country, a region or a province (None for a district)
    district: str | None = None
    former: bool = False  # "Bạc Liêu (cũ)": the unit before the 2025 merger
    rule: str = ""


@cache
def _seats() -> tuple[NameTrie, dict[str, str]]:
    """Provincial seats, large towns and nicknames → the pre2025 province they stand for."""
    text = resources.files("ocop_pipeline.reference").joinpath("seats_and_nicknames.csv").read_text(encoding="utf-8")
    trie, kinds = NameTrie(), {}
    for row in csv.DictReader(text.splitlines()):
        trie.add(row["name"], row["province"])
        trie.add(row["name"].upper(), row["province"])
        kinds[row["name"]] = row["kind"]
    return trie, kinds


def seat_province(name: str, date: dt.date | None) -> Place | None:
    """The province a seat, town or nickname stands for, in the layout in force at ``date``."""
    found = next(_seats()[0].finditer(name), None)
    if found is None:
        return None
    old = resolver().resolve(found[2], None)
    if old is None or date is None or date < MERGER_DATE:
        return old
    successor = resolver().successor(old)
    return resolver().resolve(successor.name, date) if successor else old


def find_mentions(doc: Document, outlet: str | None = None) -> list[Mention]:
    """Every place named in the article, sorted by position; ``outlet`` (the manifest's, "Hà Nội Mới") lets the bare
    names of its one province's districts count as they do on a page that names the province."""
    text, key, cased = doc.text, doc.key, doc.cased
    mentions: list[Mention] = []
    taken = Spans()
    for m in _DISTRICT_PREFIX.finditer(key):
        name = _CAP_NAME.match(cased, m.end())
        if not name or name.group().split()[0].lower() in _NOT_NAMES_AFTER_PREFIX:
            continue
        written = text[name.start():name.end()]
        if written.isupper():
            # "HUYỆN BỐ TRẠCH CÓ 12 SẢN PHẨM" in a headline in capitals: the name is the district's, not the words after
            end = _known_district_end(written)
            if end is None:
                # ("CHỈ TIÊU CỦA HUYỆN ĐÃ CÓ 31 SẢN PHẨM": in capitals no word shows where a name ends; only a district
                # the gazetteer knows is one)
                continue
            name = _CAP_NAME.match(cased, name.start(), name.start() + end)
            written = text[name.start():name.end()]
        place = resolver().resolve(written)
        if place is not None and place.level == "region":
            continue
        if place is not None and place.level == "province" and _a_city_in_either_layout(written) and \
                _CITY_PREFIX.match(key[m.start():m.end()]):
            # "thành phố Hà Nội", "TP. Hồ Chí Minh": the province-level city itself
            mentions.append(Mention(m.start(), name.end(), text[m.start():name.end()], "province", place,
                                    rule="place.province"))
            taken.add(m.start(), name.end())
            continue
        if len(name.group().split()) >= 3 and _OFFICIAL_BEFORE.search(key, max(0, m.start() - 60), m.start()):
            # "Phó Chủ tịch UBND huyện Nguyễn Minh Vương": the official's name; "Chủ tịch UBND huyện Tuy Phong Nguyễn
            # Trung Trực": the district's name, then the official's
            end = _district_before_a_person(cased, name)
            if end is None:
                continue
            name = _CAP_NAME.match(cased, name.start(), end)
            written = text[name.start():name.end()]
        # A masthead in capitals ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĨNH LINH") names the district the body names.
        mentions.append(Mention(m.start(), name.end(), text[m.start():name.end()], "district", None,
                                district=written.title() if written.isupper() else written, rule="place.district"))
        taken.add(m.start(), name.end())
    _named_again(text, cased, mentions, taken)
    # The words the names of units, seats and districts start with, found in one pass for the three tries.
    words = whole_words_of(cased, _first_words_of_names())
    for m in resolver().find_in_text(text, cased=cased, found=words):
        if taken.covers(m.start):
            continue
        after = bool(_FORMER_AFTER.match(key[m.end:m.end + 40]))
        sentence = doc.sentence_at(m.start)
        before = bool(_FORMER_BEFORE.search(key, max(0, m.start - 40), m.start)) or (
            m.place.level == "province" and sentence is not None and
            _FORMER_SENTENCE.match(key, sentence.start, sentence.end) is not None)
        rule = "place.former" if after else "place.former_before" if before else f"place.{m.place.level}"
        mentions.append(Mention(m.start, m.end, m.text, m.place.level, m.place, former=after or before, rule=rule))
    _districts_in_brackets(text, cased, mentions, taken)
    seat_kinds = _seats()[1]
    for start, end, province in _seats()[0].finditer(cased, words):
        if taken.covers(start) or preceded_by_sub_provincial_word(cased, start):
            continue
        written = text[start:end]
        if seat_kinds.get(written, seat_kinds.get(written.title(), "seat")) != "nickname" and \
                not _DATELINE_AT.match(cased, start, min(len(cased), end + 4)) and not written.isupper():
            continue  # a seat in running text is a town ("Quang Vinh" a company); only a dateline names the province
        place = resolver().resolve(province)
        if place is not None:
            mentions.append(Mention(start, end, text[start:end], "seat", place, rule="place.seat"))
            taken.add(start, end)
    _districts_of_the_provinces_named(text, cased, mentions, taken, words, _outlet_provinces(outlet))
    for m in _NATIONAL.finditer(key):
        if key.startswith(rules.COUNTRY_WORD, m.start()) and \
                _COUNTRY_IN_A_NAME.search(key, max(0, key.rfind("\n", max(0, m.start() - 60), m.start()) + 1,
                                                   m.start() - 60), m.start()):
            continue  # "Báo Nông nghiệp Việt Nam": an outlet's name, not the country
        mentions.append(Mention(m.start(), m.end(), text[m.start():m.end()], "national",
                                Place(level="national", name=NATIONAL_NAME), rule="place.national"))
    mentions.sort(key=lambda x: (x.start, -x.end))
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue  # "Việt Nam" inside a longer name, a seat inside a district's name
        if doc.sentence_at(mention.start) is None and is_meta_line(key, mention.start):
            continue  # a weather strip's cities, a footer's address: the page's furniture names no place of its own
        kept.append(mention)
    return kept


@cache
def _district_keys() -> frozenset[str]:
    return frozenset(_district_spellings())


@cache
def _district_spellings() -> dict[str, str]:
    """The name the gazetteer gives a district, by the comparison key of each of its spellings."""
    spellings: dict[str, str] = {}
    for spelling, name in district_spellings().items():
        spellings.setdefault(match_key(spelling), name)
    return spellings


def is_a_city_below_a_province(place: Place | None, district: str | None) -> bool:
    """Is the district a city ("thành phố Pleiku") of a province that is no city itself? Then the page's "thành phố"
    is that district, not the province."""
    if district is None or place is None or place.province is None or place.province.kind == rules.CITY_KIND:
        return False
    return district_kinds().get(district_as_the_gazetteer_spells_it(district)) == rules.CITY_KIND


def district_as_the_gazetteer_spells_it(written: str) -> str:
    """A district's name as the gazetteer gives it, where the page wrote a known one another way ("Ứng Hoà" with the
    tone mark placed the old way, "ỨNG HÒA" in capitals, "Đăk Song" for "Đắk Song"): one district, one name in the
    warehouse."""
    return _district_spellings().get(match_key(written), written)


def _known_district_end(written: str) -> int | None:
    """Where the longest district name opening ``written`` (a name in capitals) ends, if one does."""
    ends = [m.end() for m in re.finditer(r"\S+", written)]
    for end in reversed(ends):
        if match_key(written[:end].title()) in _district_keys():
            return end
    return None


def _a_city_in_either_layout(name: str) -> bool:
    """Is the name a centrally-run city before or after the 2025 merger ("thành phố Huế" is one from 2025)?"""
    return any(place is not None and place.level == "province" and place.province.kind == "city"
               for place in (resolver().resolve(name), resolver().resolve(name, MERGER_DATE)))


def _districts_in_brackets(text: str, cased: str, mentions: list[Mention], taken: Spans) -> None:
    """"Phú Quốc (Kiên Giang)": the name before a bracketed province is a place inside it; the article's later bare
    "Phú Quốc" is that place too."""
    found = []
    for mention in mentions:
        if mention.level != "province" or not _CLOSING_BRACKET.match(cased, mention.end):
            continue
        m = _NAME_BEFORE_BRACKET.search(cased, max(0, mention.start - 40), mention.start)
        if m is None or taken.covers(m.start("name")):
            continue
        name = m.group("name")
        if name.split()[0].lower() in _NOT_NAMES or resolver().resolve(name) is not None:
            continue
        found.append(Mention(m.start("name"), m.end("name"), text[m.start("name"):m.end("name")], "district", None,
                             district=name, rule="place.district_in_brackets"))
        taken.add(m.start("name"), m.end("name"))
    if found:
        mentions.extend(found)
        _named_again(text, cased, mentions, taken, single_words=True)


def _outlet_provinces(outlet: str | None) -> tuple[Province, ...]:
    """The one province an outlet's name holds ("Nhịp sống Hà Nội (Hànộimới)"), if it holds exactly one."""
    if not outlet:
        return ()
    named = {m.place.name: m.place.province for m in resolver().find_in_text(outlet)
             if m.place.level == "province" and m.place.province is not None}
    return tuple(named.values()) if len(named) == 1 else ()


def _districts_of_the_provinces_named(text: str, cased: str, mentions: list[Mention], taken: Spans,
                                      words: list[tuple[int, int, str]] | None = None,
                                      outlet_provinces: tuple[Province, ...] = ()) -> None:
    """"Hải Hậu có 102 sản phẩm OCOP" in an article naming Nam Định: a bare name of a district of a province the
    article names (``geography.provinces_around``) is that district. Names of one word, names a province or region
    also bears ("Quảng Ninh" of Quảng Bình), names after a commune's or a street's word, names inside a longer name
    ("gạo Hải Hậu": see ``rules.BEFORE_A_BARE_DISTRICT``) and names in brackets (where a product comes from) are
    left alone."""
    allowed = frozenset().union(*(provinces_around(m.place.province) for m in mentions
                                  if m.place is not None and m.place.province is not None),
                                *(provinces_around(province) for province in outlet_provinces))
    if not allowed:
        return
    holders = district_provinces()
    for start, end, name in _district_trie().finditer(cased, words):
        if not holders[name] & allowed or taken.covers(start) or preceded_by_sub_provincial_word(cased, start):
            continue
        word = _WORD_BEFORE.search(cased, max(0, start - 24), start)
        if word is not None and word.group(1).lower() not in _BEFORE_A_BARE_DISTRICT:
            continue
        if _inside_brackets(text, text.rfind("\n", 0, start) + 1, start):
            continue  # "thanh long (Châu Thành), nếp (Thủ Thừa)": where a product comes from, an aside
        written = text[start:end]
        mentions.append(Mention(start, end, written, "district", None, district=name if written.isupper() else written,
                                rule="place.district_gazetteer"))
        taken.add(start, end)


@cache
def _first_words_of_names() -> frozenset[str]:
    """Every word a unit's, a seat's or a district's name (of ``_district_trie``) starts with."""
    return resolver().name_first_words() | _seats()[0].first_words() | _district_trie().first_words()


@cache
def _district_trie() -> NameTrie:
    """Every district name of two or more words that no province or region bears, found in one pass over a text."""
    trie = NameTrie()
    for name in sorted(district_provinces()):
        if len(name.split()) >= 2 and resolver().resolve(name) is None:
            trie.add(name, name)
            trie.add(name.upper(), name)  # a headline in capitals ("VÂN ĐỒN: 53 SẢN PHẨM …")
    return trie


# A name that cannot be one Vietnamese syllable: only unaccented letters, five or more, as the Central Highlands'
# names written from other languages ("Pleiku").
_NOT_A_SYLLABLE = re.compile(r"[A-Za-z]{5,}")


def _named_again(text: str, cased: str, mentions: list[Mention], taken: Spans, single_words: bool = False) -> None:
    """A district named once with its prefix ("huyện Mộc Châu") is the same district when the article names it bare
    later ("Mộc Châu đã có 35 sản phẩm"): its bare occurrences are district mentions too."""
    # A district named like its province ("TP Bắc Giang") is only that district with its prefix.
    # (a one-word name is too often a syllable of other names, "Vinh" of "Quang Vinh"; one that is no Vietnamese
    # syllable at all, "Pleiku", is safe)
    names = {m.district for m in mentions if m.level == "district" and m.district and (
        len(m.district.split()) >= 2 or single_words or _NOT_A_SYLLABLE.fullmatch(m.district)) and
        resolver().resolve(m.district) is None}
    if not names:
        return
    trie = NameTrie()
    for name in names:
        trie.add(name, name)
    for start, end, name in trie.finditer(cased):
        if taken.covers(start) or _opens_a_longer_province_name(text, start, end):
            continue
        mentions.append(Mention(start, end, text[start:end], "district", None, district=name,
                                rule="place.district_named_before"))
        taken.add(start, end)


def _opens_a_longer_province_name(text: str, start: int, end: int) -> bool:
    """"thành phố Bà Rịa" named before, then "(Bà Rịa – Vũng Tàu)": the name opens the province's, no district."""
    found = next(iter(resolver().find_in_text(text[start:start + LONGEST_PROVINCE_NAME])), None)
    return found is not None and found.start == 0 and found.end > end - start


def _district_before_a_person(cased: str, name: re.Match) -> int | None:
    """Where a district's name ends when a person's name (two words or more) follows it in one run of capitalised
    words, if the run starts with a district's name."""
    words = list(_WORD.finditer(cased, name.start(), name.end()))
    names = district_provinces()
    for size in range(len(words) - 2, 0, -1):
        if cased[words[0].start():words[size - 1].end()] in names:
            return words[size - 1].end()
    return None


_WORD = re.compile(r"\S+")


def article_district(doc: Document, mentions: list[Mention]) -> str | None:
    """The district an article is about: one its title names and its body names at least as often as any province,
    or, with none in the title, the one district its lead names, when the body names it more often than any
    province."""
    named = [(m.district, s) for m in mentions if m.level == "district" and m.district
             and (s := doc.sentence_at(m.start)) is not None]
    in_title = [district for district, s in named if s.block == TITLE]
    # (a line above the headline, "Dalat Info - Thông tin Đà Lạt", is the site's name: neither lead nor body)
    title = next((s.index for s in doc.sentences if s.block == TITLE), -1)
    body_sentences = [s.index for s in doc.sentences if s.block == BODY and s.index > title][:LEAD_SENTENCES]
    # An address in brackets ("… xã Bình Kiến (TP Tuy Hòa)") is not what the lead is about.
    in_lead = [m.district for m in mentions if m.level == "district" and m.district
               and (s := doc.sentence_at(m.start)) is not None and s.index in body_sentences
               and not _inside_brackets(doc.text, s.start, m.start)]
    in_body = [m for m in mentions if (s := doc.sentence_at(m.start)) is not None and s.block == BODY
               and s.index > title and m.level in ("district", "province", "seat")]
    # "huyện Diễn Châu (Nghệ An)": a province in brackets after a district only says where the district is.
    locating = {id(m) for m, before in zip(in_body[1:], in_body, strict=False) if m.level != "district"
                and before.level == "district" and _inside_brackets(doc.text, before.end, m.start)
                and _LOCATING_BRACKET.fullmatch(doc.key, before.end, m.start)}
    # (the venue of an event, "hội chợ ở TP. Quy Nhơn", is no place the page is about)
    in_body = [m for m in in_body if not _VENUE.search(doc.key, max(doc.sentence_at(m.start).start, m.start - 60),
                                                       m.start)]
    body = Counter(m.district if m.level == "district" else "province" for m in in_body if id(m) not in locating)
    if in_title:
        district = in_title[0]
        title_city = any(m.district == district and _CITY_PREFIX_AT.match(doc.key, m.start) for m in mentions
                         if m.level == "district" and (s := doc.sentence_at(m.start)) is not None and s.block == TITLE)
        # "Thành phố Bắc Kạn: thêm 07 sản phẩm …": a city named like its province; the bare name in the body
        # ("tinh nghệ Bắc Kạn") is no other place's, but "tỉnh Bắc Kạn" is.
        provinces = sum(1 for m in in_body if m.level != "district" and id(m) not in locating and not (
            title_city and m.place is not None and m.place.name == district
            and not _PROVINCE_WORD_BEFORE.search(doc.key, max(0, m.start - 8), m.start)))
        # (a headline's district that the body never names again stands when the body names no other place either)
        others = sum(count for name, count in body.items() if name != district)
        return district if body[district] >= max(1, provinces) or not others else None
    several = any(_SEVERAL_DISTRICTS.search(doc.key, doc.sentences[i].start, doc.sentences[i].end)
                  for i in body_sentences)
    if len(set(in_lead)) == 1 and not several:
        # One district in the lead ("Thủy Nguyên có 21 xã, phường …"); a lead naming several ("Hội đồng của ba huyện
        # A, B và C") speaks of the province.
        # (with no province named in the body but where the district is, its one mention is enough; a nickname in a
        # product's name, "bánh ram xứ Nghệ", names none)
        named = sum(1 for m in in_body if m.level == "province" and id(m) not in locating)
        opening = body_sentences[0] if body_sentences else None
        if any(m.level == "province" and id(m) not in locating and doc.sentence_at(m.start).index == opening
               for m in in_body) and not any(m.level == "district" and doc.sentence_at(m.start).index == opening
                                             for m in in_body):
            # "Với 351 sản phẩm OCOP, Hải Dương sở hữu … Vải Thanh Hà …": a lead opening on the province alone speaks
            # of it; the district after is one of its places
            return None
        return in_lead[0] if body[in_lead[0]] > max(1, body["province"]) or named == 0 else None
    return None


_COMMUNE_WORD_RIGHT_BEFORE = compiled(_RULES["place.page_commune"].pattern)


def communes_named_like_districts(doc: Document, mentions: list[Mention]) -> frozenset[str]:
    """The districts' names this page gives only to communes: written after a commune's word ("xã Yên Châu") and
    never after a district's ("huyện Yên Châu"). Since the 2025 reform many communes bear the name of the district
    they replaced; on such a page the bare name is the commune (``rules`` "place.page_commune")."""
    with_prefix = {m.district for m in mentions if m.level == "district" and m.rule == "place.district"}
    names = {m.district for m in mentions if m.level == "district" and m.district and m.district not in with_prefix}
    communes = set()
    for name in names:
        written = match_key(name)
        at = doc.key.find(written)
        while at >= 0:
            if _COMMUNE_WORD_RIGHT_BEFORE.search(doc.key, max(0, at - 16), at):
                communes.add(name)
                break
            at = doc.key.find(written, at + len(written))
    return frozenset(communes)


def page_commune(doc: Document, communes: frozenset[str]) -> str | None:
    """The one commune of ``communes`` the headline or the lead names, bare or after its word: the page's subject."""
    if not communes:
        return None
    title = next((s for s in doc.sentences if s.block == TITLE), None)
    lead = [s for s in doc.sentences if s.block == BODY and (title is None or s.index > title.index)][:LEAD_SENTENCES]
    named = {name for name in communes for s in ([title] if title else []) + lead
             if match_key(name) in doc.key[s.start:s.end]}
    return next(iter(named)) if len(named) == 1 else None


@dataclass(frozen=True)
class AddressPlaces:
    """The places a page's address names in its words ("…/cho-don-co-17-chi-tieu-dat-…-post52604.html"): the
    headline's slug, without its marks. A page quoted without its headline still has it there."""

    province: Place | None = None
    district: str | None = None  # a district of ``province``'s, or of one province only


NO_ADDRESS = AddressPlaces()
# The words of an address's slug: letters only (numbers are ids and dates), split at hyphens and underscores.
_SLUG_WORD = re.compile(r"[a-z]+")
_SLUG_SEPARATOR = re.compile(r"[-_+]+")


def address_places(url: str | None, date: dt.date | None) -> AddressPlaces:
    """The one province and the one district (of two words or more, no province's name) that ``url``'s slug names."""
    if not url:
        return NO_ADDRESS
    parsed = urlparse(url)
    words = [w for part in (parsed.path, unquote(parsed.query)) for segment in re.split(r"[/=&?]", part)
             for w in _SLUG_SEPARATOR.split(segment.lower()) if _SLUG_WORD.fullmatch(w)]
    provinces: dict[str, Place] = {}
    districts: set[str] = set()
    names = _districts_by_ascii()
    for size in (4, 3, 2):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            place = resolver().resolve(phrase, date)
            if place is not None and place.level == "province":
                provinces[place.name] = place
            districts |= names.get(phrase, set())
    province = next(iter(provinces.values())) if len(provinces) == 1 else None
    holders = district_provinces()
    if province is not None:
        around = provinces_around(province.province) if province.province is not None else frozenset()
        districts = {d for d in districts if holders[d] & around}
    else:
        districts = {d for d in districts if len(holders[d]) == 1}
    return AddressPlaces(province, next(iter(districts)) if len(districts) == 1 else None)


@cache
def _districts_by_ascii() -> dict[str, set[str]]:
    """Each district name of two words or more that no province bears, by its letters without marks."""
    out: dict[str, set[str]] = {}
    for name in district_provinces():
        if len(name.split()) >= 2 and resolver().resolve(name) is None:
            out.setdefault(strip_diacritics(name).lower(), set()).add(name)
    return out


def _inside_brackets(text: str, start: int, offset: int) -> bool:
    return text.rfind("(", start, offset) > text.rfind(")", start, offset)


# Characters enough to hold any province's name ("Bà Rịa – Vũng Tàu", "Thừa Thiên Huế").
LONGEST_PROVINCE_NAME = 40
# How many body sentences make an article's lead.
LEAD_SENTENCES = 2


TITLE_WEIGHT = 3
# A district's name says a little of its province: among provinces the page names as often, the one whose districts it
# names is the one it is about ("… vùng núi Tây Bắc như Lào Cai, Điện Biên, Lai Châu; ở Thanh Hóa, đồng bào các huyện
# Mường Lát, Quan Hóa … Về huyện Thạch Thành, …").
DISTRICT_WEIGHT = 0.5
_VENUE = compiled(_RULES["place.venue"].pattern + "$")
_OUTLET = compiled(_RULES["place.outlet"].pattern)
_DATELINE_AT = re.compile(r"[^\n]{0,40}?\s*[-–]\s")
_DATELINE = re.compile(r"^\s*\(?([^\W\d_][^-–(]{1,40}?)\)?\s*[-–]\s")


def article_place(doc: Document, mentions: list[Mention], date: dt.date | None,
                  outlet: str | None = None) -> Place | None:
    """The province the article speaks of: the one its title and body name most often (the first named among
    equals), counting a dateline's seat or nickname; a region when the page names it more than any province; else
    the country when it speaks of the country; else none."""
    counts: Counter[str] = Counter()
    regions: Counter[str] = Counter()
    first: dict[str, Place] = {}
    national = 0
    for mention in mentions:
        sentence = doc.sentence_at(mention.start)
        if sentence is None or sentence.block not in (BODY, TITLE) or mention.place is None:
            continue
        # A name in the headline says more about what the article is about than one in passing; the venue of an
        # event says nothing, and a unit that no longer existed when the article was written is a former one.
        weight = TITLE_WEIGHT if sentence.block == TITLE else 1
        if _VENUE.search(doc.key, max(sentence.start, mention.start - 60), mention.start):
            continue
        if _a_listed_address(doc, mention):
            continue
        if _OUTLET.search(doc.key, max(sentence.start, mention.start - 40), mention.start):
            # A provincial paper writes mostly of its province, but its masthead is no headline.
            doc.fired.add("place.outlet")
            weight = 1
        if mention.level in ("province", "seat"):
            if mention.level == "seat":
                mention = replace(mention, place=seat_province(mention.text, date) or mention.place)
            dated = resolver().resolve(mention.place.name, date)
            if mention.former or (dated is not None and not dated.exists_on_date):
                weight = weight / 2
            name = mention.place.name
            counts[name] += weight
            first.setdefault(name, mention.place)
        elif mention.level == "national":
            national += weight
        elif mention.level == "region":
            regions[mention.place.name] += weight
            first.setdefault(mention.place.name, mention.place)
    holders = district_provinces()
    for mention in mentions:
        sentence = doc.sentence_at(mention.start)
        if mention.level != "district" or sentence is None or sentence.block not in (BODY, TITLE) or \
                _a_listed_address(doc, mention):
            continue
        codes = holders.get(mention.district or "", frozenset())
        province = province_by_key(PRE2025, next(iter(codes))) if len(codes) == 1 else None
        if province is not None and province.name not in counts and sentence.block == TITLE and \
                (resolved := resolver().resolve(province.name, date)) is not None:
            first.setdefault(province.name, resolved)
        if province is not None and (province.name in counts or province.name in first):
            # (a district the headline is about speaks for its province as the headline's own names do: "Pleiku có
            # 80 sản phẩm OCOP" on a page whose body names another province's city in passing, the province named
            # nowhere: "Krông Bông tập trung xây dựng sản phẩm OCOP" over a quote selling "ở TP. Hồ Chí Minh")
            counts[province.name] += TITLE_WEIGHT if sentence.block == TITLE else DISTRICT_WEIGHT
    lead = [s for s in doc.sentences if s.block == TITLE] + \
        [s for s in doc.sentences if s.block == BODY][:LEAD_SENTENCES]
    if any(_NATIONAL_ROUND.search(doc.key, s.start, s.end) and not any(
            m.level in ("province", "seat") for m in doc.within(mentions, s)) for s in lead):
        national += TITLE_WEIGHT
        doc.fired.add("place.national_round")
    if not counts and not national:
        masthead = _masthead_province(doc, mentions, date) or _outlet_province(doc, outlet, date)
        if masthead is not None:
            return masthead
    region = max(regions, key=lambda name: (regions[name], -list(first).index(name)), default=None)
    if region is not None and regions[region] > max(counts.values(), default=0) and regions[region] >= national:
        # "Các tỉnh đồng bằng sông Cửu Long quảng bá …": a region's page, its provinces named in passing.
        doc.fired.add("place.region_page")
        return first[region]
    if not counts or national > max(counts.values()):
        if national or _CENTRAL_OFFICE.search(doc.key):
            return Place(level="national", name=NATIONAL_NAME)
        return None
    best = max(counts, key=lambda name: (counts[name], -list(first).index(name)))
    place = first[best]
    return resolver().resolve(place.name, date) or place


_LIST_ITEM_OPENING = compiled(rules.LIST_ITEM_OPENING)
_OWNER_LABEL_LINE = compiled(rules.OWNER_LABEL_LINE)


def _a_listed_address(doc: Document, mention: Mention) -> bool:
    """Is the mention the address of a product in a list ("3. Dừa sáp sợi (Công ty …, huyện Cầu Kè, tỉnh Trà Vinh)",
    "Chủ thể: Công ty …, huyện Gia Lâm, Hà Nội")? A list of a national round's products names their provinces, not the
    page's."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    return _inside_brackets(doc.text, line_start, mention.start) and \
        _LIST_ITEM_OPENING.match(doc.key, line_start) is not None or \
        _OWNER_LABEL_LINE.match(doc.key, line_start) is not None


def _masthead_province(doc: Document, mentions: list[Mention], date: dt.date | None) -> Place | None:
    """The one province named above the headline ("BÁO QUẢNG NAM ĐIỆN TỬ | Kinh tế"), for a page whose headline and
    body name no province: a provincial paper writing of its own districts."""
    title = next((s for s in doc.sentences if s.block == TITLE), None)
    if title is None:
        return None
    return _the_one_province(doc, [m.place for m in mentions if m.start < title.start and m.level == "province"
                                   and m.place is not None and not m.former], date)


def province_of_district(doc: Document, district: str | None, date: dt.date | None) -> Place | None:
    """The province of a page's district when the page names none ("Di Linh: 13 sản phẩm …"): the one province that
    ever had a district of that name, in the layout in force at ``date``."""
    codes = district_provinces().get(district or "", frozenset())
    if len(codes) != 1:
        return None
    province = province_by_key(PRE2025, next(iter(codes)))
    doc.fired.add("place.district_gazetteer")
    return resolver().resolve(province.name, date) or resolver().resolve(province.name)


def _outlet_province(doc: Document, outlet: str | None, date: dt.date | None) -> Place | None:
    """The one province a page's outlet names ("Báo Ninh Thuận", from the manifest), for a page that names none."""
    if not outlet:
        return None
    return _the_one_province(doc, [m.place for m in resolver().find_in_text(outlet) if m.place.level == "province"],
                             date)


def _the_one_province(doc: Document, places: list[Place], date: dt.date | None) -> Place | None:
    """The province of a paper's name, when the name holds exactly one, in the layout in force at ``date``."""
    named = {place.name: place for place in places}
    if len(named) != 1:
        return None
    doc.fired.add("place.outlet")
    place = next(iter(named.values()))
    return resolver().resolve(place.name, date) or place


def district_item(cased_left: str) -> re.Match | None:
    """A bare district name standing just before a figure in a list ("…, Tam Dương 17 sản phẩm")."""
    m = _DISTRICT_ITEM.search(cased_left)
    if m is None:
        return None
    words = m.group("name").split()
    if words[0].lower() in _NOT_NAMES or any(w.lower() in rules.NOT_NAME_WORDS for w in words):
        return None
    if resolver().resolve(m.group("name")) is not None:
        return None
    return m


_DISTRICT_ITEM = compiled(rules.DISTRICT_ITEM)
SCOPES = compile_family(r for r in rules.PLACES if r.id.startswith("place.scope."))


_ADMIN_PREFIX = compiled(rules.ADMIN_PREFIX)


def strip_prefix(name: str) -> str:
    """'Huyện Mộc Châu' -> 'Mộc Châu'."""
    m = _ADMIN_PREFIX.match(name.lower())
    return name[m.end():].strip() if m else name.strip()
