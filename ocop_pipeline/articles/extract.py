"""Extract OCOP figures from Vietnamese article text: the engine that assembles claims.

The work is split by job, each in its own module and each reading its words from ``rules.py``:

* ``segment``: lines of the page (title, chrome, body, caption, related headlines, table rows) and sentences;
* ``places``: provinces, regions, the country, districts, former provinces and seats named in the text;
* ``timing``: years with their roles, and the markers of a stock, a round or a target;
* ``figures``: counts and percentages with the words right around them (noun, stars, type, qualifier, skips).

This module decides, for every figure, its place, kind, year and star level from its sentence, and hands a *frame*
(place, kind, year, stars) to the figures that break it down: the parts after "trong đó", "gồm", a colon, the items of
a district list, the sentence after that starts with "Trong đó". Every claim keeps its exact span, the rule that found
it and ``decided_by``: which rule or mention decided place, kind, year and stars.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ocop_pipeline.articles import figures as figs
from ocop_pipeline.articles import places as plc
from ocop_pipeline.articles import rules, tables, timing
from ocop_pipeline.articles.patterns import compile_family, compiled, quick_init, required_literal
from ocop_pipeline.articles.segment import BODY, CAPTION, LIST_BULLETS, RELATED, TABLE, TITLE, Document, Sentence, segment
from ocop_pipeline.geography import Place, resolver
from ocop_pipeline.numbers import as_int_if_whole, parse_numeral
from ocop_pipeline.text import match_key
from ocop_pipeline.vocab import (FIRST_CERTIFICATE_YEAR, FIRST_DISTRICT_CERTIFICATE_YEAR, MERGER_DATE, NATIONAL_NAME,
                               NATIONAL_PROGRAMME_YEAR, PILOT_PROGRAMMES, POTENTIAL_5)


@quick_init
@dataclass(frozen=True)
class Claim:
    source_id: str
    geo_level: str
    geo_name: str
    province_code: str | None
    layout: str | None
    region: str | None
    place_exists_on_date: bool
    year: int | None
    as_of: dt.date | None
    kind: str
    metric: str
    stars: str | None
    subject_type: str | None
    value: float
    value_high: float | None
    qualifier: str | None
    applies_to_share_pct: float | None
    span_start: int
    span_end: int
    quote: str
    rule_id: str
    block: str
    decided_by: str  # how place, kind, year and stars were chosen, for tracing a wrong figure


@dataclass(frozen=True)
class Extraction:
    claims: list[Claim]
    article_place: Place | None
    published_from_text: dt.date | None
    fired: frozenset[str] = frozenset()  # ids of every rule that decided something, for tests and tracing


@dataclass
class Frame:
    """What a figure's sentence decided about it, handed down to the figures that break it down."""

    level: str | None
    place: Place | None
    district: str | None
    place_how: str
    kind: str
    kind_how: str
    year: int | None
    year_how: str
    stars: str | None
    metric: str
    producer: bool = False
    ocop: bool = False
    value: float | None = None  # the figure's own number: a part is never larger than its whole


@quick_init
@dataclass(frozen=True)
class State:
    """What a sentence said that the next sentences may share: its kind, year and (for a total) star level."""

    kind: str
    year: int | None
    stars: str | None
    how: str


@dataclass
class Context:
    """What the whole article says, computed once."""

    doc: Document
    source_id: str
    published: dt.date | None
    mentions: list[plc.Mention]
    years: list[timing.YearMention]
    markers: list[timing.Marker]  # every marker but those of kind.joined
    joined: list[timing.Marker]  # the markers of kind.joined
    article_place: Place | None
    article_district: str | None  # the district the article is about, inside article_place
    article_year: int | None
    line_years: dict[int, int | None]
    target_years: dict[int, int | None]
    fired: set[str] = field(default_factory=set)
    # The commune a page is about when it bears a district's name (``places.page_commune``): counts no place of ours
    # owns are the commune's.
    article_commune: str | None = None
    # What the last sentences said (kind, year): a sentence naming no kind or year whose figures detail it (a
    # district's, a star level's) shares them, even on the next line ("Chi tiết theo địa phương: …").
    recent: State | None = None
    recent_index: int | None = None  # the sentence ``recent`` comes from
    round_year: int | None = None  # the year of the last round's result stated so far
    round_index: int = -1  # the sentence that stated it
    entries_index: int = -1  # the last sentence before this one that counted entries (registrations, candidates)
    # The last sentence whose last count was owned below every level we hold (a producer's, a commune's): a breakdown
    # opening the next sentence ("Trong đó, 3 chủ thể …") is of that whole, no place's either.
    unowned_sentence: int | None = None
    # The last sentence whose counts were a plan's quota for each place, with the plan's year: no claim, but a plan
    # all the same for the sentences after it.
    quota: tuple[int, int | None] | None = None
    # The one star level each sentence stated with its counts, by the sentence's index (a district's too, which its
    # state does not hand on).
    levels: dict[int, str] = field(default_factory=dict)


_RULE_BY_ID = {r.id: r for family in (rules.PLACES, rules.KINDS) for r in family}
_ALL_RULE_IDS = frozenset(r.id for r in rules.all_rules())
_SCOPES = plc.SCOPES
_COMMUNE_SCOPE = next(p for r, p in _SCOPES if r.yields["scope"] == "commune")
_EACH = compiled(_RULE_BY_ID["place.list.each"].pattern)
_EACH_FIRST = compiled(_RULE_BY_ID["place.list.each_first"].pattern)
_EACH_AFTER = compiled(_RULE_BY_ID["place.list.each_after"].pattern)
# Producers named by the products they own, the round's: "46 chủ thể sở hữu các sản phẩm vừa được công nhận".
_OF_PRODUCTS = compiled(rules.PRODUCERS_OF_PRODUCTS)
_RESPECTIVELY = compiled(_RULE_BY_ID["place.list.respectively"].pattern)
_LIST_CUE = compiled(_RULE_BY_ID["place.list.cue"].pattern)
_FRAME = compiled(_RULE_BY_ID["place.frame"].pattern)
_MERGER_WORDS = compiled(rules.MERGER_WORDS)
_RESULT_OF_ENTRIES = compiled(rules.RESULT_OF_ENTRIES)
_RATIO_OF_A_PLAN = compiled(rules.RATIO_OF_A_PLAN)
_PERFECT = compiled(rules.PERFECT)
_WHOLE_OF_A_SHARE = compiled(rules.WHOLE_OF_A_SHARE)
_PRODUCTS_OF_A_YEAR = compiled(rules.PRODUCTS_OF_A_YEAR)
_PRODUCTS_NOUN = compiled("{PRODUCT_NOUN}")
_PART_RIGHT_AFTER = compiled(rules.PART_RIGHT_AFTER)
_EVALUATED_BEFORE = compiled(rules.EVALUATED_BEFORE)
_RESULT_CUE_BETWEEN = compiled(rules.RESULT_CUE_BETWEEN)
_CONTRIBUTED_TO = compiled(_RULE_BY_ID["place.contributor"].pattern)
_OTHER_PROGRAMME = compiled(next(r for r in rules.SKIP_SENTENCES if r.id == "skip.other_programme").pattern)
_DISTRICT_COUNCIL = compiled(rules.DISTRICT_COUNCIL)
_SENT_UP_TO_PROVINCE = compiled(rules.SENT_UP_TO_PROVINCE)
_DISTRICT_CERTIFIES = compiled(rules.DISTRICT_CERTIFIES)
_PROVINCE_DECIDES = compiled(rules.PROVINCE_DECIDES)
_NOUN_OWNER = compiled(_RULE_BY_ID["place.noun_owner"].pattern)
_OWNER_AFTER = compiled(_RULE_BY_ID["place.owner_after"].pattern)
_NATIONAL_AFTER = compiled(_RULE_BY_ID["place.national_after"].pattern)
_CITY_WORD = compiled(_RULE_BY_ID["place.city_is_the_district"].pattern)
_ANOTHER_PLACE_JOINED = compiled(rules.ANOTHER_PLACE_JOINED)
_CLOSES_AN_ASIDE = compiled(_RULE_BY_ID["place.in_an_aside"].pattern)
_COMPARED_WITH = compiled(_RULE_BY_ID["place.compared"].pattern)
_SUPERLATIVE_SCOPE = compiled(_RULE_BY_ID["place.superlative_scope"].pattern)
_BARE_DISTRICT_OWNER = compiled(_RULE_BY_ID["place.bare_district_owner"].pattern)
_BARE_DISTRICT_OWNER_NAMED_FIRST = compiled(_RULE_BY_ID["place.bare_district_owner_named_first"].pattern)
_NATIONAL_ACTOR_AFTER = compiled(_RULE_BY_ID["place.national_actor_after"].pattern)
_THE_CENTRES_LIST = compiled(_RULE_BY_ID["place.the_centres_list"].pattern)
_THE_CENTRES_LIST_SHARED = compiled(_RULE_BY_ID["place.the_centres_list_shared"].pattern)
_OWNED_RIGHT_AFTER = compiled(rules.OWNED_RIGHT_AFTER)
_OWNER_RIGHT_BEFORE = compiled(_RULE_BY_ID["place.in_own_words"].pattern)
_RATES_PRODUCTS = compiled(rules.PRODUCTS_NOTHING_RATES[0].pattern)
_QUOTA_OF_EACH_PLACE = compiled(rules.QUOTA_OF_EACH_PLACE[0].pattern)
_ROUND_SPLIT_BY_STATUS = compiled(rules.ROUND_SPLIT_BY_STATUS[0].pattern)
# How far after a part's noun the words saying how it came through may stand ("được công nhận lần đầu").
STATUS_AFTER_NOUN_REACH = 30
_RECOGNISING_AUTHORITY = compiled(_RULE_BY_ID["place.recognising_authority"].pattern)
_RECOGNISED_RIGHT_AFTER = compiled(rules.RECOGNISED_RIGHT_AFTER)
_COUNT_STATED_BEFORE = compiled(rules.COUNT_STATED_BEFORE)
_JOINED_RULE = "kind.joined"
_JOINED_TO_THE_COUNT_BEFORE = compiled(_RULE_BY_ID[_JOINED_RULE].pattern)
_NAMED_ROUND = compiled(rules.ROUND_YEARS[0].pattern)
_NEAR_FUTURE = compiled(rules.NEAR_FUTURE)
_AT_THE_DISTRICT = compiled(rules.AT_THE_DISTRICT)
_YEARLY = compiled(rules.YEARLY)
_RESULT_AFTER = compiled(rules.RESULT_AFTER)
_WHOLE_NAMED_AGAIN = compiled(rules.WHOLE_NAMED_AGAIN)
_BESIDES = compiled(rules.BESIDES_WORD)
_YEAR_JUST_PASSED = compiled(rules.YEAR_JUST_PASSED)
_JUST_NOW = compiled(rules.JUST_NOW)
_DAY_WITHOUT_YEAR = compiled(rules.DAY_WITHOUT_YEAR)
_RECOGNISED_IN_THE_YEAR = compiled(rules.RECOGNISED_IN_THE_YEAR)
_RECOGNISED_IN_THE_YEAR_BEFORE = compiled(rules.RECOGNISED_IN_THE_YEAR_BEFORE)
_ROUND_IN_OWN_WORDS = compiled(rules.ROUND_IN_OWN_WORDS)
# Until which month of its publication year a page's "năm qua" is the year before.
YEAR_JUST_PASSED_UNTIL_MONTH = 3
_PROVINCE_WORD_SUBJECT = compiled(_RULE_BY_ID["place.province_word_subject"].pattern)
_PROVINCE_WORD_OWNER = compiled(_RULE_BY_ID["place.province_word_owner"].pattern)
_PROVINCE_OPENS_SENTENCE = compiled(rules.PROVINCE_OPENS_SENTENCE)
_OPENS_WITH_WITH = compiled(rules.OPENS_WITH_WITH)
_LEVEL_AFTER_WITH = compiled(rules.LEVEL_AFTER_WITH)
_GENERIC_PRODUCER = compiled(rules.GENERIC_PRODUCER)
_PROVINCE_OWNER_AFTER = compiled(_RULE_BY_ID["place.province_owner_after"].pattern)
_PROVINCE_DECIDED_GOES_ON = compiled(_RULE_BY_ID["place.province_decided"].pattern)
_RISEN_TO = compiled(_RULE_BY_ID["kind.risen_to"].pattern)
_SUBJECT_OPENS = compiled(_RULE_BY_ID["place.paragraph_district"].pattern)
_PROVINCE_NAMED = compiled(rules.PROVINCE_AS_SUBJECT)
_SUBJECT_AFTER = compiled(_RULE_BY_ID["place.subject_after"].pattern)
_OPENS_WITH_FIGURE = compiled(rules.OPENS_WITH_FIGURE)
_ACROSS_PROVINCES = compiled(rules.ACROSS_PROVINCES)
BRACKETED_RULE = rules.BRACKETED_COUNTS[0].id
_STANDING_PROPOSAL = compiled(rules.STANDING_PROPOSAL)
_BEFORE_THE_ROUND = compiled(rules.BEFORE_THE_ROUND)
_VENUE = compiled(_RULE_BY_ID["place.venue"].pattern)
_OUTLET = compiled(_RULE_BY_ID["place.outlet"].pattern)
_THIS_PLACE = compiled(_RULE_BY_ID["place.this_place"].pattern)
_COMMUNE_BEFORE_BRACKET = compiled(rules.COMMUNE_BEFORE_BRACKET)
_RESULT_OF_PLAN = compiled(rules.RESULT_OF_PLAN)
_ENTRIES_WORDS = compiled(rules.ENTRIES_WORDS)
# A stock's word whose own noun names the entries ("tổng số ý tưởng/sản phẩm mới đăng ký là 190").
_ENTRIES_NAMED_RIGHT_AFTER = compiled(r"[^.,;:\d]{0,40}?" + rules.ENTRIES_WORDS)
_ALL_OF_THEM = compiled(rules.ALL_OF_THEM)
_NAMED_AGAIN_CONNECTIVE = compiled(rules.NAMED_AGAIN_CONNECTIVE)
_ALL_OF_THEM_UNCOUNTED = compiled(rules.ALL_OF_THEM_UNCOUNTED)
_PLAN_RULE = "kind.target"
_PROVINCE_WORDS = tuple(rules.PROVINCE_WORDS)
_MERGED_FROM = compiled(_RULE_BY_ID["place.merged_from"].pattern)
_BREAKDOWN_CUE = compiled(rules.BREAKDOWN_CUE)
_REFERS_BACK = compiled(rules.REFERS_BACK)
_HAS_DIGIT = re.compile(r"\d")
# A comma or a colon between a figure and a year after it: "… có 70 sản phẩm OCOP: năm 2020 có 56" is not of 2020.
_CLAUSE_BREAK = re.compile(r"[,:]")
_OWNED_BY = compiled(rules.OWNED_BY)
_PLACE_HOLDS_COUNT = compiled(rules.PLACE_HOLDS_COUNT)
_DISTRICT_THEN_ENTRY = compiled(rules.ENTRIES_LISTS[0].pattern)
_NAMED_AGAIN = compiled(rules.NAMED_AGAIN[0].pattern)
_STAR_LEVEL = compiled(rules.STAR_LEVEL)
_LEVEL_RANGE = compiled(rules.ONE_LEVEL_PAGES[0].pattern)
_ONE_LEVEL_PAGE_RULE = rules.ONE_LEVEL_PAGES[0].id
_STOCK_RESTATED = compiled(rules.STOCKS_RESTATED[0].pattern)
_SHARE_OF_A_WHOLE_RULE = figs.SHARE_OF_A_WHOLE_RULE
_ALREADY_RECOGNISED_AFTER = compiled(rules.ALREADY_RECOGNISED_AFTER)
_PLAN_ITEM_OPENING = compiled(rules.PLAN_ITEMS[0].pattern)
_FOR_THE_DISTRICT = compiled(rules.FOR_THE_DISTRICT)
_HELD_NOW_AFTER = compiled(rules.HELD_NOW_AFTER)
_THIS_YEAR_BEFORE = compiled(rf"(?<!\w)(?:{rules.THIS_YEAR_PLAN})(?!\w)")
_RESULT_VERB = compiled(rules.RESULT_VERB)
_HAS_BEFORE = compiled(rules.HAS_BEFORE)
_YEAR_HAS_RECOGNISED = compiled(rules.YEAR_HAS_RECOGNISED)
_WITHIN_A_YEAR_HAS_RECOGNISED = compiled(rules.WITHIN_A_YEAR_HAS_RECOGNISED)
_STATUS_OF_A_PART = compiled(rules.PARTS_BY_WHAT_WE_DO_NOT_RECORD[0].pattern)
_YEAR_OPENS_ON_THE_COUNT = compiled(rules.YEAR_OPENS_ON_THE_COUNT)
_REACHED_AFTER = compiled(rules.REACHED_AFTER)
_VERB_WORD_OPENING_A_COUNT = compiled(rules.VERB_WORD_OPENING_A_COUNT)
_VERB_BEFORE_ITS_WORD = compiled(rules.VERB_BEFORE_ITS_WORD)
# (a year named "within" is one year's, whatever start of the programme its sentence also names: "Huyện triển khai
# chương trình từ năm 2019, và ngay trong năm 2019 đã có 11 sản phẩm được công nhận")
WITHIN_A_YEAR_HOW = "recognised within the year its clause names (rules.WITHIN_A_YEAR_HAS_RECOGNISED)"
_LIST_BEFORE = compiled(rules.LIST_NAME_BEFORE)
_LIST_JOINT = compiled(rules.LIST_JOINT)
_TOTAL_ROW = compiled(next(r for r in rules.TABLE_COLUMNS if r.id == "table.total_row").pattern)
_IN_TOTAL = compiled(rules.IN_TOTAL)
_DOSSIER_COUNT = compiled(rules.DOSSIER_COUNT)
# The words every count of dossiers holds: most pages hold none, and are done with on one substring test, where every
# sentence was searched.
_DOSSIER_WORD = required_literal(_DOSSIER_COUNT)
# A line that is no sentence: short, without a closing stop.
_A_HEADING_LINE = re.compile(r"[^\n]{5,100}(?<![.!?:;])")
_PERIOD_HEADING = compiled(rules.PERIOD_HEADING)
_PART_OF_AFTER = compiled(rules.PART_OF_AFTER)
_LINE_DATELINE = compiled(rules.ITEM_DATELINES[0].pattern)
_COMMUNE_WORD_BEFORE = compiled(rules.COMMUNE_WORD_BEFORE)
_BREAKDOWNS = frozenset({"continue.breakdown", "continue.by_group", "continue.remainder"})
# The continuations that break down the figure of the sentence before (not "Trong 309 sản phẩm …", a total named again).
_CONTINUES_PREVIOUS = frozenset(r.id for r in rules.CONTINUATIONS if r.yields["continues"] == "previous")
# What ``_place_for`` says of a count no place of ours owns: one owned below every level the warehouse holds (a
# commune's, a craft village's) or by a district the page never names ("toàn huyện có 30 sản phẩm"). The counts
# breaking it down are that owner's too.
NO_PLACE_OF_OURS: list = []
_OWNED_BELOW_OUR_LEVELS = frozenset({"skip.one_producer", "skip.producer_has", "skip.owner_type_after",
                                     "skip.group_subset"})
_WHOLE_OF_A_PART = "skip.whole_of_a_part"
_PRODUCERS_OF_THE_PROGRAMME = compiled(rules.PRODUCERS_OF_NO_PRODUCTS[0].pattern)
_ORGANISATIONS_TO_DEVELOP = compiled(rules.ORGANISATIONS_TO_DEVELOP[0].pattern)
_PARTS_OPENING = compiled(r"\s*(?:" + rules.PARTS_OF_A_WHOLE_NOT_TAKEN[0].pattern + ")")
_PRODUCERS_NAMED_AGAIN = compiled(rules.PRODUCERS_NAMED_AGAIN_NOT_TAKEN[0].pattern)
# Skips of a count whose parts, in the sentence after, are no claims either: what was done to the whole (revoked,
# funded, shown at a fair …) or whose it is (one producer's) is said of its parts. Not a count named again, nor
# entries (their results follow), nor a reading of the noun alone ("sản phẩm nông nghiệp" may still be rated).
_WHOLES_WHOSE_PARTS_ARE_SKIPPED = frozenset({
    "skip.revoked", "skip.lapsed", "skip.one_producer", "skip.producer_has", "skip.owner_type_after", "skip.owner_trait",
    "skip.owner_subset", "skip.support", "skip.supported", "skip.support_recipients", "skip.funded", "skip.fair",
    "skip.exported", "skip.taken_somewhere", "skip.award", "skip.vote", "skip.other_programme", "skip.other_programme_after",
    "skip.potential_products", "skip.could_become_ocop", "skip.proposed_to_province", "skip.district_prescreen",
    "skip.below_ocop", "skip.former_stock"})
_ALL_ROUNDS_SO_FAR = compiled(rules.ALL_ROUNDS_SO_FAR)
_ROUNDS_OF_A_NAMED_YEAR = compiled(rules.ROUNDS_OF_A_NAMED_YEAR)
_NUMBER_AT = re.compile(r"\d[\d.,]*\d|\d")
_YEAR_FRAME_OPENING = compiled(rules.YEAR_FRAME_OPENING)
_SINCE_THE_YEAR_BEGAN = "kind.since_the_year_began"
_YEAR_DIGITS = re.compile(r"\d{4}")
_OWN_LEVEL = compiled(rules.WHOLES_STATED_ONLY_HERE[0].pattern)
_PART_RATED = compiled(rules.WHOLES_STATED_ONLY_HERE[1].pattern)
_PART_POTENTIAL = compiled(rules.WHOLES_STATED_ONLY_HERE[2].pattern)
_PART_BEFORE_ITS_WHOLE = compiled(next(r.pattern for r in rules.SKIPS_BEFORE if r.id == _WHOLE_OF_A_PART))
_PART_OF_AN_UNOWNED_WHOLE = compiled(rules.PARTS_OF_AN_UNOWNED_WHOLE[0].pattern)
_NEXT_PART_OF_AN_UNOWNED_WHOLE = compiled(rules.PARTS_OF_AN_UNOWNED_WHOLE[1].pattern)
ALREADY_RECOGNISED = "already recognised, in a plan's words"
RISEN_TO_HOW = "a total risen to its number"
CENTRES_LIST_HOW = "the centre's 5-star list"
# How a kind taken from a word of the sentence before reads (not from a figure: "kind of the sentence before (its
# figure)"), and the rule of a weak round word.
SENTENCE_BEFORE_HOW = "kind of the sentence before"
SENTENCE_BEFORE_WORD_HOW = SENTENCE_BEFORE_HOW + " ('"
QUOTA_HOW = "a plan's quota for each place"
WITH_HOW = "what the subject after it has (rules.OPENS_WITH_WITH)"
HELD_NOW_HOW = "held now, said right after it (rules.HELD_NOW_AFTER)"
_ROUND_WEAK_RULE = "kind.round_weak"
_RESTATED_OPENING = compiled(rules.RESTATED_OPENING)
_BROKEN_DOWN_AFTER = compiled(rules.BROKEN_DOWN_AFTER)
_NAMED_AGAIN_AFTER = compiled(rules.NAMED_AGAIN_AFTER)
# A sentence this close after one that speaks of OCOP is still about OCOP ("… 35 sản phẩm OCOP. Chi tiết theo địa
# phương: huyện Lạng Giang 7 sản phẩm …").
OCOP_CONTEXT_SENTENCES = 3
# How many years before publication the latest year an article names must be to be some other event's, not the
# date of an undated stock.
STALE_ARTICLE_YEARS = 2
# How far after a count's noun the words that make it new ("mới", "được công nhận lần đầu") may end.
NEW_AFTER_NOUN_REACH = 48
# How far after a sentence of entries its list of places may go on.
ENTRIES_LIST_SENTENCES = 2
# Counts read from a list of places ("Ninh Phước 16; Thuận Nam 13"), each a place's.
_LISTED_RULES = frozenset(r.id for r in (*rules.PLACE_ELIDED_COUNTS, *rules.SHARED_NOUN_COUNTS))
# Skips that make a sentence's product counts entries of an evaluation or products an activity works on.
# Entries named as such by their own words (sent, registered, brought before a council), which a headline's count of
# the same value is too; a count "tham gia chương trình … năm 2022" may still be the round's result the headline names.
_ENTRIES_BY_THEIR_WORDS = frozenset({"skip.entries", "skip.entries_clause", "skip.entries_named_first",
                                     "skip.entries_list"})
_ENTRY_SKIPS = frozenset({"skip.activity", "skip.council_session", "skip.evaluation_opening", "skip.activity_after", "skip.entries", "skip.entries_clause",
                          "skip.entries_taking_part", "skip.entries_of_the_year", "skip.entries_list"})
# An image file named by Unix time, in seconds or milliseconds: the seconds, then what ends the file's name.
_FILE_STAMP = re.compile(r"(?<![\d])(1\d{9})(?:\d{3})?(?![\d])(?=[-_\w]{0,40}\.(?:jpg|jpeg|png|webp|gif)\b)", re.IGNORECASE)
# An image file named with a day written out in eight digits, day first or year first.
_FILE_DAY = re.compile(r"(?<![\d])(\d{8})(?![\d])(?=[-_\w]{0,40}\.(?:jpg|jpeg|png|webp|gif)\b)", re.IGNORECASE)
# The years a file stamp may date a page in (2015-01-01 to 2027-12-31, UTC): other ten-digit numbers are ids.
FILE_STAMP_EARLIEST, FILE_STAMP_LATEST = 1_420_070_400, 1_830_297_599
FILE_STAMP_YEARS = tuple(dt.datetime.fromtimestamp(t, dt.timezone.utc).year
                         for t in (FILE_STAMP_EARLIEST, FILE_STAMP_LATEST))
# The least of a sentence's figures that, restated as a stock elsewhere on the page, makes the sentence the stock's.
RESTATED_STOCK_MIN = 50
# How far back (in characters) a figure named again finds its first statement.
RESTATED_WINDOW = 20_000
# How close a list of districts must follow the sentence whose star level it details ("Ở hạng 4 sao có 26 sản phẩm.
# Thị xã An Khê nhiều nhất với 10 sản phẩm …").
LIST_STARS_SENTENCES = 2
# How far back a breakdown may find the total its parts add up to.
BREAKDOWN_SENTENCES = 3
# How far back a sentence of details looks for the kind and year it shares.
CONTEXT_SENTENCES = 6
# Under this, a province's (or region's, or the country's) count that no word makes a stock, a round or a plan, and no
# star level rates, is a detail (a few named products, one producer's), not the place's figure. Measured on the read
# sets: such counts were right in none of the province's cases, while small district stocks were right in 4 of 4.
SMALLEST_UNMARKED_PROVINCE_COUNT = 10
_NAME_SPLIT = compiled(rules.LIST_SEPARATOR)
_LIST_ITEM_OWNER = compiled(rules.LIST_ITEM_OWNER)
_DISTRICT_OWNER_BETWEEN = compiled(rules.DISTRICT_OWNER_BETWEEN)
_DATE_NUMERIC = compiled(rules.DATE_NUMERIC)
_DATE_WORDS = compiled(rules.DATE_WORDS)
_DATE_ISO = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d/.-])")  # "2024-06-05 08:30"
_SITE_HEADER = compiled(rules.SITE_HEADER)
_CAP_WORDS = compiled(r"^{CAP}(?:\s+{CAP}){0,3}$")
_STOCK_NOW = compiled(rules.STOCK_NOW)
_EXISTING_ADJECTIVE = compiled(rules.EXISTING_ADJECTIVE)
_RAISES_TOTAL_AFTER = compiled(rules.RAISES_TOTAL_AFTER)
_PRODUCERS_HAVING = compiled(rules.PRODUCERS_HAVING)


# ----------------------------------------------------------------------------------------------------------------
# the article's date


# A dateline's date stands at the start of its line; a date further in ("… theo Quyết định số 3073/QĐ-UBND ngày
# 31/12/2020") is a document's.
DATELINE_REACH = 48


def published_date_in_text(text: str) -> dt.date | None:
    """A full date near the top ('Thứ năm, ngày 19/11/2020', '19/04/2025 08:39') is the publication date; a site
    header's date ('Hotline … Chủ nhật 22/03/2026') is not, nor a date deep inside a line."""
    top = match_key(text[:800])
    line_start = 0
    for line in top.split("\n"):
        # Every date is written with digits: a line without one where a dateline's date stands is done with on one
        # class test, not a search for a site header's words.
        if _HAS_DIGIT.search(line, 0, DATELINE_REACH) and not _SITE_HEADER.search(line):
            for pattern, day, year in ((_DATE_NUMERIC, 1, 3), (_DATE_WORDS, 1, 3), (_DATE_ISO, 3, 1)):
                for m in pattern.finditer(line, 0, DATELINE_REACH):
                    try:
                        return dt.date(int(m.group(year)), int(m.group(2)), int(m.group(day)))
                    except ValueError:
                        continue
        line_start += len(line) + 1
    return None


def published_date_from_a_file_stamp(text: str) -> dt.date | None:
    """The day a page's image was stored, from the Unix time many sites name their image files by
    ("…-1714636978.jpg", "1661830902932_a1.jpg"), or from the day written into the name ("image_4108913_16122020.jpg",
    "20231215_ocop.jpg"): on a page with no date of its own, about when it was written."""
    for m in _FILE_STAMP.finditer(text):
        seconds = int(m.group(1))
        if FILE_STAMP_EARLIEST <= seconds <= FILE_STAMP_LATEST:
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
    for m in _FILE_DAY.finditer(text):
        digits = m.group(1)
        readings = {_calendar_day(int(digits[4:]), int(digits[2:4]), int(digits[:2])),  # DDMMYYYY
                    _calendar_day(int(digits[:4]), int(digits[4:6]), int(digits[6:]))}  # YYYYMMDD
        readings.discard(None)
        if len(readings) == 1:  # (a name both ways reads as a day says none)
            return readings.pop()
    return None


def _calendar_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, if it is one and falls in the years a file stamp may date a page in."""
    try:
        return dt.date(year, month, day) if FILE_STAMP_YEARS[0] <= year <= FILE_STAMP_YEARS[1] else None
    except ValueError:
        return None


# ----------------------------------------------------------------------------------------------------------------
# the engine


def extract(text: str, source_id: str, published: dt.date | None = None, outlet: str | None = None,
            url: str | None = None) -> Extraction:
    """All OCOP claims in one article's NFC text; ``outlet`` (the manifest's, "Báo Ninh Thuận") names the province of
    a page that names none itself; ``url`` (the manifest's) does too, and names the district of a page that speaks
    of "the district" without naming any (``places.address_places``: the headline's slug, for an extract quoted
    without its headline)."""
    from_text = published_date_in_text(text)
    published = published or from_text or published_date_from_a_file_stamp(text)
    doc = segment(text)
    mentions = plc.find_mentions(doc, outlet)
    communes = plc.communes_named_like_districts(doc, mentions)
    if communes:
        # "xã Yên Châu" and, bare, "Yên Châu có 16 sản phẩm": the commune, not the district it replaced
        mentions = [m for m in mentions if not (m.level == "district" and m.district in communes)]
    years = timing.find_years(doc)
    # The words joining two counts of one verb ("… 3 sao và 5 sản phẩm 4 sao", kind.joined) are half the markers the
    # scan finds and decide no figure's kind: the engine reads them only to know whether a sentence holds a marker
    # at all (``_sentence_state``), and keeps them apart so that every other look at a sentence's markers is shorter.
    markers, joined = [], []
    for m in timing.find_markers(doc):
        (joined if m.rule == _JOINED_RULE else markers).append(m)
    counts = figs.find_counts(doc)
    target_sentences = {s.index for m in markers if m.kind == "target" and (s := doc.holding(m)) is not None}
    article_place = plc.article_place(doc, mentions, published, outlet)
    article_district = plc.article_district(doc, mentions)
    address = plc.address_places(url, published) if url else plc.NO_ADDRESS
    if article_district is None and address.district is not None and \
            not any(m.level == "district" for m in mentions) and _speaks_of_a_district(doc):
        # "…, thì nay huyện đã có 31 sản phẩm OCOP" on an extract that never names its district, whose address is
        # "…/cho-don-co-17-chi-tieu-…": the district of the headline it was quoted without
        article_district = address.district
    if article_place is None and address.province is not None and article_district is None:
        article_place = address.province
    if article_place is None and article_district is not None:
        article_place = plc.province_of_district(doc, article_district, published)
    article_year, line_years, target_years = timing.latest_years(
        years, doc, target_sentences, published, dict.fromkeys(s.line for s in doc.sentences),
        PILOT_PROGRAMMES.get(article_place.name, NATIONAL_PROGRAMME_YEAR) if article_place else NATIONAL_PROGRAMME_YEAR)
    if published is None and article_year is None and (
            any(m.former for m in mentions) or _MERGER_WORDS.search(doc.key) is not None):
        # An undated page naming no year that speaks of the 2025 merger as done ("Sau sáp nhập, tỉnh Quảng Ngãi có
        # 640 sản phẩm …; Kon Tum (cũ) có 290"): written after it, in its year at the earliest.
        article_year = MERGER_DATE.year
    ctx = Context(
        doc=doc, source_id=source_id, published=published, mentions=mentions, years=years, markers=markers,
        joined=joined,
        article_place=article_place, article_district=article_district,
        article_year=article_year, line_years=line_years, target_years=target_years,
        article_commune=plc.page_commune(doc, communes) if article_district is None else None,
    )
    prescreen_from = _prescreen_start(ctx)
    entry_counts: set[tuple[str, float]] = set()  # (metric, value) of the body's counts of entries
    claims: list[Claim] = []
    previous: Frame | None = None
    previous_index = -1
    # The total a round raised, stated after its increment, and the sentence that stated both.
    raised_total: tuple[int, Frame] | None = None
    states: dict[int, State | None] = {}
    levels = ctx.levels  # the one star level each sentence stated
    last_stated: int | None = None  # the last sentence before this one whose state says something
    table_header: list[tables.Column] | None = None
    table_of_entries = False  # the table's rows count registrations, or another programme's products
    ocop_lines: set[int] = set()
    list_lines: set[int] = set()  # the paragraphs in which a list of places with their counts began
    last_ocop_sentence = -OCOP_CONTEXT_SENTENCES - 1
    last_producer_sentence = -2
    entries_sentence = -ENTRIES_LIST_SENTENCES - 1
    whole_not_taken = -1  # the last sentence whose product counts gave no claim: its breakdown gives none either
    producers_not_taken = -1  # the last sentence whose producer counts gave no claim: named again, neither do they
    # An article whose headline or lead speaks of OCOP: its lists of places with their counts ("Hiện nay, dẫn đầu là
    # huyện Lạc Yên với 64 sản phẩm …") are of OCOP products however far they stand from the word OCOP.
    dossiers = _DOSSIER_WORD is None or _DOSSIER_WORD in doc.key
    ocop_article = any(figs.has_ocop_evidence(doc.key, s.start, s.end)
                       for s in doc.sentences[:plc.LEAD_SENTENCES + 1] if s.block in (TITLE, BODY))
    last_other_programme = -1  # the last sentence speaking of another programme and not of OCOP
    for sentence in doc.sentences:
        ctx.entries_index = entries_sentence
        ocop_here = figs.has_ocop_evidence(doc.key, sentence.start, sentence.end)
        # "Bộ Công Thương công nhận 173 sản phẩm công nghiệp nông thôn tiêu biểu … Trà Vinh có 04 sản phẩm được công
        # nhận": after another programme's sentence, the words of recognition are that programme's, not OCOP's.
        listed = ocop_article and sentence.block == BODY and _places_listed(ctx, sentence)
        if listed:
            list_lines.add(sentence.line)
        # ("Phân theo địa phương, huyện Yên Sơn dẫn đầu với 15 sản phẩm. … Huyện Lâm Bình có 4 sản phẩm": the
        # paragraph a list of places opened goes on listing them)
        # (a sentence naming another programme and not OCOP is that programme's, whatever came before it: "Về sản
        # phẩm công nghiệp nông thôn tiêu biểu, … Cẩm Giàng đóng góp 84 lượt sản phẩm")
        other_here = not ocop_here and sentence.block == BODY and \
            bool(_OTHER_PROGRAMME.search(doc.key, sentence.start, sentence.end))
        ocop = ocop_here or (sentence.line in ocop_lines or
                             sentence.index - last_ocop_sentence <= OCOP_CONTEXT_SENTENCES) and \
            last_other_programme < last_ocop_sentence and not other_here or listed or (
                sentence.line in list_lines and sentence.block == BODY and
                any(m.level == "district" for m in ctx.doc.within(ctx.mentions, sentence)))
        if ocop_here:
            ocop_lines.add(sentence.line)
            last_ocop_sentence = sentence.index
        elif other_here:
            last_other_programme = sentence.index
        elif sentence.block == TABLE or (ocop and sentence.first_in_line and doc.text.startswith(
                LIST_BULLETS, sentence.start)):
            # Rows of a table, and the items of a list ("- Huyện Tiên Phước có 4 sản phẩm: …"), do not distance a
            # sentence from the one that framed them.
            last_ocop_sentence += 1
        # A sentence's state is final once the loop has left it: the last one that said something is kept, not
        # looked for again.
        if sentence.previous is not None and states.get(sentence.previous):
            last_stated = sentence.previous
        elif sentence.previous is None:
            last_stated = None  # the page's first sentence, or an item of a list of dated headlines: read afresh
        ctx.recent_index = last_stated if last_stated is not None and \
            sentence.index - last_stated <= CONTEXT_SENTENCES else None
        ctx.recent = states[ctx.recent_index] if ctx.recent_index is not None else None
        # A photo caption or another article's headline says nothing about the kind or year of the body's figures.
        states[sentence.index] = None if sentence.block in (RELATED, CAPTION) else \
            _carried(_sentence_state(ctx, sentence), states, sentence.index)
        if sentence.block == TABLE:
            row = tables.cells(doc.text, sentence.start, sentence.end)
            if tables.is_header(row):
                table_header = tables.header_columns(row)
                table_of_entries = _introduces_entries(ctx, sentence) or _introduces_other_programme(ctx, sentence)
                if table_header and table_header[0].role == "group":
                    ctx.fired.add("table.group")  # rows of product groups: no place, no claim
            elif table_header is not None and not table_of_entries:
                states[sentence.index] = _table_row_claims(ctx, sentence, row, table_header, claims)
            if table_header is not None or not tables.states_its_counts(row) or _introduces_entries(ctx, sentence):
                continue
            # "Huyện Văn Yên | 51 sản phẩm" under no header: the row reads as a sentence of its own.
        table_header = None
        if sentence.block in (RELATED, CAPTION):
            # Headlines of other articles and photo captions restate or foreshadow figures; a figure found only
            # there is another article's, or a picture's: it is left to the article that states it.
            continue
        if dossiers and _DOSSIER_COUNT.search(doc.key, sentence.start, sentence.end) and \
                not _RESULT_VERB.search(doc.key, sentence.start, sentence.end):
            entries_sentence = sentence.index  # "Đợt này có 30 hồ sơ sản phẩm …": the entries, listed next
        counted = doc.within(counts, sentence)
        found = figs.attach(doc, sentence, counted) if counted else []
        found += figs.find_uplifts(doc, sentence)
        found.sort(key=lambda f: f.num_start)
        if not found:
            continue
        products = [f for f in found if f.metric.startswith("products")]
        if sentence.block == BODY:
            entry_counts.update((f.metric, f.value) for f in products if f.skip in _ENTRIES_BY_THEIR_WORDS)
        if products and all(f.skip in _ENTRY_SKIPS for f in products):
            entries_sentence = sentence.index
        # (a result verb is looked for in the case-kept text: "HTX chè Hảo Đạt" is a name, "đạt" a result)
        elif products and sentence.index - entries_sentence <= ENTRIES_LIST_SENTENCES and \
                not _RESULT_VERB.search(doc.cased, sentence.start, sentence.end) and \
                not any(m.kind == "cumulative" for m in doc.within(markers, sentence)) and (
                    (sentence.continues in _BREAKDOWNS and entries_sentence == sentence.previous) or
                    all(f.skip or _listed(f, products) or _district_just_before(ctx, sentence, f) or
                        _LIST_CUE.search(doc.key, sentence.start, f.start) for f in products)):
            # "Hội đồng chấm điểm cho 26 sản phẩm. Quận Cẩm Lệ có 8 sản phẩm, …": the entries, place by place;
            # "Về sản phẩm dự thi: … Cụ thể, nhóm thực phẩm gồm 9 sản phẩm khô, …": the entries, broken down.
            found = [replace(f, skip="skip.entries_list") if f.skip in (None, "skip.one_producer") else f
                     for f in found]
            entries_sentence = sentence.index
        if prescreen_from is not None and sentence.index >= prescreen_from and \
                not any(m.kind in ("cumulative", "target") for m in doc.within(markers, sentence)) and \
                not _PROVINCE_DECIDES.search(doc.key, sentence.start, sentence.end):
            # A district council's candidates for the province, on a page written before districts could certify.
            found = [replace(f, skip="skip.district_prescreen") if not f.skip and f.metric in ("products", "subjects")
                     else f for f in found]
        restated = _restated_total(doc, sentence, found, claims)
        if restated is None and sentence.continues == "continue.restated_total":
            # "Trong 82 sản phẩm của 20 tỉnh, thành phố đăng ký …, 47 sản phẩm được công nhận 5 sao": a whole no
            # sentence before stated, named here for the first time; its parts are its own, not the sentence
            # before's.
            sentence.continues = None
        if restated is not None and restated[0].stars is not None and \
                _ALL_OF_THEM.search(doc.key, restated[0].noun_end, sentence.end):
            # "9 sản phẩm nói trên của 7 chủ thể, cùng đạt hạng 3 sao": named again to give all of it a level, which
            # the first statement takes (``_totals_all_of_one_level``)
            restated = None
        if restated is not None:
            # "Trong 309 sản phẩm còn hiệu lực, hạng 4 sao có 43 …": the total stated before, broken down now.
            found = [f for f in found if f is not restated[0]]
            if found:
                previous, sentence.continues = restated[1], "continue.restated_total"
            # else "Ở hạng 4 sao có 92 sản phẩm": a figure named again alone, which breaks nothing down
            if any(f.metric == restated[0].metric and (f.value or 0) > (restated[0].value or 0) for f in found):
                # "Với 8 sản phẩm 3 sao mới, huyện hiện có 44 sản phẩm": the part named again, then the whole, which
                # keeps the part's time but not its star level.
                previous = replace(previous, stars=None)
        elif not sentence.continues and previous is not None and previous_index == sentence.previous and (
                _REFERS_BACK.search(doc.key, sentence.start, found[0].start) or
                _parts_add_up(found, claims, doc.sentences[previous_index])):
            # "Con số này bao gồm 12 sản phẩm 4 sao …", or counts adding up to the figure of the sentence before
            # ("… có 157 sản phẩm. Hai sản phẩm … 5 sao; còn lại 153 sản phẩm 3 sao và 2 sản phẩm 4 sao"): its
            # breakdown.
            sentence.continues = "continue.breakdown"
        elif not sentence.continues and previous is not None and previous_index == sentence.previous and \
                _a_level_of_the_districts_count(ctx, sentence, found, previous, claims):
            # "Huyện Vĩnh Linh có 10 sản phẩm đạt chuẩn OCOP. Hai sản phẩm được xếp hạng 4 sao là …": a sentence
            # opening on a level's count, naming no place, goes on with the district's count just stated.
            sentence.continues = "continue.breakdown"
        elif not sentence.continues and (earlier := _earlier_whole(found, claims, sentence)) is not None:
            # "UBND tỉnh công nhận 28 sản phẩm … Riêng huyện A có 1 sản phẩm. … Về thứ hạng, 7 sản phẩm được xếp 4 sao,
            # 21 sản phẩm xếp 3 sao": star levels adding up to a total stated a few sentences before break it down.
            previous, sentence.continues = earlier, "continue.parts_of_an_earlier_total"
        inherited = previous if (sentence.continues and previous is not None) else None
        if inherited is not None and inherited.kind == "target" and previous_index != sentence.previous and \
                sentence.block == BODY and doc.sentences[previous_index].block == TITLE:
            # "Hà Nội đặt mục tiêu đến năm 2025 có thêm 2.000 sản phẩm OCOP" over "… Có 544 sản phẩm được đưa ra đánh
            # giá. Trong đó, 104 sản phẩm đạt 4 sao": the headline's plan is not what a body sentence breaks down.
            inherited = None
        if inherited is not None and previous_index == sentence.previous:
            # "… công nhận 19 sản phẩm, nâng tổng số lên 31. Trong đó, 19 sản phẩm 4 sao … và 12 sản phẩm 3 sao":
            # the parts break down the figure of the sentence before that they add up to.
            # … and parts that add up to neither, after "Mười sản phẩm … đã đưa số sản phẩm … lên 19", break down the
            # total raised ("Xét theo hạng sao, huyện có 13 sản phẩm 3 sao và 2 sản phẩm 4 sao").
            inherited = _whole_of_parts(found, claims, doc.sentences[previous_index]) or (
                raised_total[1] if raised_total is not None and raised_total[0] == previous_index
                and _HAS_BEFORE.search(doc.key, sentence.start, found[0].start) else inherited)
        ocop = ocop or bool(inherited and inherited.ocop)
        # Producer types listed right after a sentence about producers ("… là 448 chủ thể. Hộ kinh doanh đông nhất
        # với 273; kế đến là doanh nghiệp 120 …") still count producers.
        producer_here = figs.has_producer_evidence(doc.key, sentence.start, sentence.end)
        producer = producer_here or bool(inherited and inherited.producer) or \
            sentence.index - last_producer_sentence == 1
        if producer_here:
            last_producer_sentence = sentence.index
        if sentence.continues:
            ctx.fired.add(sentence.continues)
        if sentence.continues in _BREAKDOWNS and sentence.previous == whole_not_taken and \
                _PARTS_OPENING.match(doc.key, sentence.start) and not doc.within(ctx.mentions, sentence):
            # "… thu hồi giấy chứng nhận đối với 47 sản phẩm. Trong đó, 44 sản phẩm hạng 3 sao …", "Đến nay, 14 sản
            # phẩm của xã Mai Sơn được công nhận. Trong đó, 6 sản phẩm 4 sao": the parts of a count not taken.
            ctx.fired.add(rules.PARTS_OF_A_WHOLE_NOT_TAKEN[0].id)
            found = [f if f.skip else replace(f, skip=rules.PARTS_OF_A_WHOLE_NOT_TAKEN[0].id) for f in found]
        if sentence.continues in _BREAKDOWNS and sentence.previous == producers_not_taken and \
                _PARTS_OPENING.match(doc.key, sentence.start) and \
                not any(m.start < min(f.start for f in found) for m in doc.within(ctx.mentions, sentence)):
            # "22 chủ thể OCOP quốc gia tiêu biểu đã được Ban Tổ chức vinh danh. Cụ thể, 5 chủ thể …; 15 chủ thể còn
            # lại sở hữu từ 3 sản phẩm …": the parts of producers honoured, funded … give no claim either, nor what
            # they are said to own
            ctx.fired.add(rules.PARTS_OF_A_WHOLE_NOT_TAKEN[0].id)
            found = [f if f.skip else replace(f, skip=rules.PARTS_OF_A_WHOLE_NOT_TAKEN[0].id) for f in found]
        if sentence.previous == producers_not_taken and _PRODUCERS_NAMED_AGAIN.match(doc.key, sentence.start):
            # "… 185 sản phẩm của 97 chủ thể vào chương trình. Số chủ thể này gồm 34 doanh nghiệp …"
            ctx.fired.add(rules.PRODUCERS_NAMED_AGAIN_NOT_TAKEN[0].id)
            found = [f if f.skip or f.metric != "subjects" else
                     replace(f, skip=rules.PRODUCERS_NAMED_AGAIN_NOT_TAKEN[0].id) for f in found]
        frames = _sentence_claims(ctx, sentence, found, inherited, ocop, producer, claims)
        producers_here = [f for f in found if f.metric == "subjects"]
        if producers_here and sentence.block == BODY and \
                not any(f is not None and f.metric == "subjects" for f in frames) and all(f.skip for f in producers_here):
            producers_not_taken = sentence.index
        if not frames and ctx.quota is not None and ctx.quota[0] == sentence.index:
            states[sentence.index] = _carried(State("target", ctx.quota[1], None, QUOTA_HOW), states, sentence.index)
        products_here = [f for f in found if f.metric.startswith("products")]
        if products_here and sentence.block == BODY and \
                not any(f is not None and f.metric.startswith("products") for f in frames) and \
                all(f.skip in _WHOLES_WHOSE_PARTS_ARE_SKIPPED for f in products_here):
            whole_not_taken = sentence.index
        if len({f.district for f in frames if f.level == "district"}) > 1 and \
                all(f.level == "district" for f in frames) and previous is not None:
            # A list of districts details the total before it; what follows ("Về hạng sao, …") breaks down that
            # total again, not the first district of the list.
            states[sentence.index] = _carried(State(frames[0].kind, frames[0].year, None, "its figure"),
                                              states, sentence.index)
        elif frames and sentence.block == TABLE and previous is not None and previous.level != "district" and \
                all(f is not None and f.level == "district" for f in frames):
            # "Phân theo địa bàn:\nBạch Thông | 10 sản phẩm\n…": rows of districts detail the total before the table;
            # what follows ("Xét theo chủ thể, …") breaks down that total, not the last row's district.
            previous_index = sentence.index
            states[sentence.index] = _carried(State(frames[0].kind, frames[0].year, None, "its figure"),
                                              states, sentence.index)
        elif frames:
            whole = previous if previous is not None and previous_index == sentence.previous else None
            if whole is not None and whole.stars is None and all(f is not None and f.stars is not None and (
                    f.kind, f.level, f.place, f.district, f.metric) == (whole.kind, whole.level, whole.place,
                                                                       whole.district, whole.metric) for f in frames):
                # "… có 266 sản phẩm. Ở hạng 4 sao có 92 sản phẩm; …": star levels of the total before; what
                # follows ("Xét theo địa bàn, …") breaks down that total again, not its 4-star part.
                previous_index = sentence.index
            else:
                previous, previous_index = frames[0], sentence.index
                raised = next((f for f in frames[1:] if f is not None and f.kind == "cumulative"
                               and f.kind_how.startswith(RISEN_TO_HOW)), None)
                raised_total = (sentence.index, raised) if raised is not None and frames[0] is not None and \
                    frames[0].kind == "new" else None
            previous.ocop, previous.producer = ocop, producer
            if previous.kind == "new" and previous.year is not None and sentence.block == BODY:
                ctx.round_year, ctx.round_index = previous.year, sentence.index
            # A sentence of several star levels ("6 sản phẩm 4 sao và 57 sản phẩm 3 sao", "Ở hạng 4 sao có 92 sản
            # phẩm; số còn lại đều xếp hạng 3 sao") gives none to the next.
            stated_levels = set(_STAR_LEVEL.findall(doc.key, sentence.start, sentence.end))
            one_level = len({f.stars for f in frames if f is not None and f.metric == "products"}) == 1 and \
                len(stated_levels) <= 1
            # (only a level the sentence states: the items of a list under "4 sao (6 sản phẩm):" take that level, and
            # the next heading, "3 sao (19 sản phẩm):", starts another list rather than a series of levels)
            # (the products' level, whatever the sentence counts first: "11 chủ thể có tổng cộng 13 sản phẩm được
            # chứng nhận hạng 3 sao")
            rated = next((f for f in frames if f is not None and f.metric == "products"), previous)
            if one_level and rated.stars is not None and stated_levels:
                levels[sentence.index] = rated.stars
            # Lines of a list each stating another level ("- OCOP 4 sao: 118 sản phẩm\n- OCOP 3 sao: 231 sản phẩm")
            # are a breakdown by level: none of them gives its level to what follows.
            series = sentence.index in levels and levels.get(sentence.index - 1) not in (None, levels[sentence.index])
            state = State(previous.kind, previous.year,
                          previous.stars if previous.level != "district" and one_level and not series else None,
                          "its figure")
            states[sentence.index] = state if series else _carried(state, states, sentence.index)
            stock = _stock_its_levels_add_up_to(doc, claims, sentence, frames)
            if stock is not None and state.kind != "cumulative":
                # "… tổng cộng 2.140 sản phẩm. Bộ đã chứng nhận 6 sản phẩm 5 sao; …; phần còn lại, 757 sản phẩm, đạt 3
                # sao": who rated each level of the stock, not a round; the sentences after go on with the stock
                # (``_breakdowns_take_their_total`` gives the parts their total's kind and year)
                states[sentence.index] = State("cumulative", stock.year, None, "its figure")
                for i in range(len(claims) - 1, -1, -1):
                    part = claims[i]
                    if part.span_start < sentence.start:
                        break
                    if part.metric == "products" and part.stars is not None and part.kind != "cumulative":
                        # (now, for the sentences that name a part again: "Trong 6 sản phẩm 5 sao của Thủ đô, …")
                        claims[i] = replace(part, kind="cumulative", year=stock.year, decided_by=part.decided_by +
                                            f"; parts add up to {stock.quote!r}: its kind and year")
            index = sentence.index - 1
            while series and index in levels and states.get(index) is not None:
                earlier = states[index]
                states[index] = State(earlier.kind, earlier.year, None, earlier.how)
                index -= 1
    claims = _without_entries_of_a_share(doc, claims, ctx.fired)
    claims = _without_evaluated_entries(doc, claims, ctx.fired)
    claims = _shares_of_a_whole(doc, claims, ctx.fired)
    claims = _breakdowns_take_their_total(doc, claims, ctx.fired)
    claims = _district_shares_of_a_round(claims, ctx.fired)
    claims = _totals_all_of_one_level(doc, claims)
    claims = _counts_all_of_one_level(doc, claims)
    claims = _totals_rated_below_their_parts(doc, claims)
    claims = _stocks_restated_as_rounds(doc, claims, ctx.fired)
    claims = _round_counts_of_a_one_level_page(doc, claims, ctx.fired)
    claims = _headline_plans_dated(claims, ctx.fired)
    claims = _without_district_ratings_before_districts_certified(ctx, claims)
    return Extraction(_in_the_pages_offsets(doc, _dedupe(_without_restated_headlines(claims, entry_counts))),
                      ctx.article_place, from_text, frozenset(ctx.fired | doc.fired))


def _stock_its_levels_add_up_to(doc: Document, claims: list[Claim], sentence: Sentence,
                                frames: list[Frame | None]) -> Claim | None:
    """The stock stated shortly before that this sentence's product counts, each of a star level, add up to."""
    parts = [f for f in frames if f is not None]
    if len(parts) < 2 or any(f.metric != "products" or f.stars is None or f.value is None for f in parts):
        return None
    total = sum(f.value for f in parts)
    return next((c for c in reversed(claims) if c.metric == "products" and c.stars is None and c.kind == "cumulative"
                 and c.value == total and (s := doc.sentence_at(c.span_start)) is not None
                 and 0 < sentence.index - s.index <= BREAKDOWN_SENTENCES), None)


def _introduces_entries(ctx: Context, sentence: Sentence) -> bool:
    """Do the two sentences before a table speak of registrations or entries ("Danh sách ý tưởng/sản phẩm đăng ký
    … phân theo địa phương như sau:")?"""
    before = [s for s in ctx.doc.sentences[max(0, sentence.index - 12):sentence.index] if s.block == BODY][-2:]
    # ("Lũy kế tới ngày 30/9, … 131 hồ sơ sản phẩm …, cả 131 sản phẩm đều đã có giấy chứng nhận": a stock's words;
    # but "tổng số ý tưởng/sản phẩm mới đăng ký là 190" totals the entries themselves)
    key = ctx.doc.key
    return any(_ENTRIES_WORDS.search(key, s.start, s.end) and
               not any(m.kind == "cumulative" and not _ENTRIES_NAMED_RIGHT_AFTER.match(key, m.end, s.end)
                       for m in ctx.doc.within(ctx.markers, s)) for s in before)


def _introduces_other_programme(ctx: Context, sentence: Sentence) -> bool:
    """Do the two sentences before a table speak of another programme ("bình chọn sản phẩm công nghiệp nông thôn tiêu
    biểu … phân theo địa phương như sau:")?"""
    before = [s for s in ctx.doc.sentences[max(0, sentence.index - 12):sentence.index] if s.block == BODY][-2:]
    return any(_OTHER_PROGRAMME.search(ctx.doc.key, s.start, s.end) for s in before)


def _places_listed(ctx: Context, sentence: Sentence) -> bool:
    """Does the sentence list places with their counts ("dẫn đầu là huyện A với 64 sản phẩm, tiếp theo là …",
    "các huyện A, B lần lượt có 11 và 10")?"""
    key = ctx.doc.key
    return any(m.level in ("district", "province") for m in ctx.doc.within(ctx.mentions, sentence)) and bool(
        _LIST_CUE.search(key, sentence.start, sentence.end) or _RESPECTIVELY.search(key, sentence.start, sentence.end)
    ) and not _ENTRIES_WORDS.search(key, sentence.start, sentence.end)


def _table_row_claims(ctx: Context, sentence: Sentence, row: list[tables.Cell], header: list[tables.Column],
                      claims: list[Claim]) -> State | None:
    """Claims of one row of a table flattened to text: the row names a place, each column says what it counts."""
    cells = tables.aligned(row, header)
    type_cells = [cell for cell, column in cells if column.role == "type"]
    if type_cells:
        _producer_type_row_claims(ctx, sentence, cells, type_cells[0].text, claims)
        return ctx.recent
    place_cells = [cell for cell, column in cells if column.role == "place"]
    if not place_cells:
        return ctx.recent
    label = place_cells[0].text
    ctx.fired.add("table.place")
    ctx.fired.update(column.rule for column in header if column.role == "skip")
    label_stars = tables.stars_of_label(label)
    if _TOTAL_ROW.match(match_key(label)) and ctx.article_place is not None:
        level, where, district = ctx.article_place.level, ctx.article_place, None
        ctx.fired.add("table.total_row")
    elif label_stars is not None and ctx.article_place is not None:
        # "Hạng sao | Số sản phẩm" / "4 sao | 25": each row is a star level of the article's place.
        level, where, district = ctx.article_place.level, ctx.article_place, None
        ctx.fired.add("table.star_row")
    else:
        level, where, district = _row_place(ctx, label)
    recent = ctx.recent
    year_before = _year_before_table(ctx, sentence)
    for cell, column in cells:
        if column.role != "figure":
            continue
        value = tables.value(cell.text)
        if not value:
            continue  # an empty cell, or 0: the table says there is none, it does not count any
        kind = column.kind or (recent.kind if recent else "cumulative")
        year = year_before or (recent.year if recent else None) or ctx.article_year or (
            ctx.published.year if ctx.published else None)
        # A column without a star level beside columns with one is their total, never the sentence's level.
        stars = column.stars or (label_stars if column.metric == "products" else None) or (
            recent.stars if recent and column.metric == "products" and not any(c.stars for c in header) else None)
        figure = figs.Figure(cell.start, cell.end, cell.start, cell.end, column.metric, value, None, None,
                             "table.row", cell.end)
        frame = Frame(level, where, district, f"row label '{label}'", kind,
                      f"column header ({column.rule})" if column.kind else "the sentence before the table",
                      year, "the sentence before the table" if recent else "latest year of the article", stars,
                      column.metric)
        claims.append(_claim(ctx, sentence, figure, frame, column.metric, None, "column header"))
        ctx.fired.update({"table.row", column.rule})
    return ctx.recent


def _producer_type_row_claims(ctx: Context, sentence: Sentence, cells: list, label: str, claims: list[Claim]) -> None:
    """Claims of one row of a table of producer types ("Loại hình chủ thể | Số lượng", then "Doanh nghiệp | 49"): the
    producers of that type, of the kind and year of the producer count in the sentence introducing the table ("Số chủ
    thể sở hữu các sản phẩm này là 165, bao gồm:"), of its district or else the article's place (with none, of the
    sentence before's kind and year); a total row is that count."""
    subject_type = figs.type_of_producers(label)
    total_row = _TOTAL_ROW.match(match_key(label)) is not None
    intro = _sentence_before_table(ctx, sentence)
    whole = next((c for c in reversed(claims) if c.metric == "subjects" and intro is not None
                  and intro.start <= c.span_start < intro.end), None)
    if subject_type is None and not total_row or ctx.article_place is None:
        return  # a label no type names ("Khác"), or no place to hold the row by
    if whole is not None and whole.geo_level == "district":
        level, where, district = "district", _province_of_article(ctx), whole.geo_name
    else:
        level, where, district = ctx.article_place.level, ctx.article_place, None
    kind, year = (whole.kind, whole.year) if whole is not None else \
        ((ctx.recent.kind, ctx.recent.year) if ctx.recent else ("cumulative", ctx.article_year))
    for cell, column in cells:
        value = tables.value(cell.text) if column.role == "figure" and column.metric == "subjects" else None
        if not value:
            continue
        figure = figs.Figure(cell.start, cell.end, cell.start, cell.end, "subjects", value, None, None, "table.row",
                             cell.end)
        frame = Frame(level, where, district, f"row label '{label}'", kind, "the producer count before the table",
                      year, "the producer count before the table", None, "subjects")
        claims.append(_claim(ctx, sentence, figure, frame, "subjects", None if total_row else subject_type, None))
        ctx.fired.update({"table.row", "table.producer_type"})


def _row_place(ctx: Context, label: str):
    """(level, place, district) of a table row's label: a province or region as such, else a district."""
    mention = next((m for m in plc.find_mentions(segment(label)) if m.start == 0), None)
    if mention is not None and mention.level in ("province", "region", "national"):
        return mention.level, mention.place, None
    return "district", _province_of_article(ctx), plc.strip_prefix(label)


def _sentence_before_table(ctx: Context, sentence: Sentence) -> Sentence | None:
    """The sentence introducing the table a row belongs to: the last one before it that is no row (a dozen rows back
    at most)."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 12), -1):
        if ctx.doc.sentences[index].block != TABLE:
            return ctx.doc.sentences[index]
    return None


def _year_before_table(ctx: Context, sentence: Sentence) -> int | None:
    """The year named in the sentence introducing a table ("Kết quả năm 2023 theo địa phương:")."""
    before = _sentence_before_table(ctx, sentence)
    years = [y.year for y in ctx.doc.within(ctx.years, before) if y.role not in timing.NOT_DATING] if before else []
    return years[-1] if years else None


def _sentence_claims(ctx: Context, sentence: Sentence, found: list[figs.Figure], inherited: Frame | None,
                     ocop: bool, producer: bool, claims: list[Claim]) -> list[Frame]:
    """Claims of one sentence's figures; returns the frame of each figure that gave a claim, in order."""
    doc = ctx.doc
    key = doc.key
    frames: list[tuple[figs.Figure, Frame]] = []
    # Where the last count owned below our levels ended: the counts breaking it down are its parts, no place's.
    unowned_end = sentence.start if sentence.continues in _BREAKDOWNS and sentence.previous is not None and \
        ctx.unowned_sentence == sentence.previous else None
    ctx.unowned_sentence = None
    after_a_part = False
    for index, figure in enumerate(found):
        if figure.skip == _WHOLE_OF_A_PART and _PART_POTENTIAL.match(key, figure.noun_end, sentence.end) and \
                (part := _PART_BEFORE_ITS_WHOLE.search(key, max(sentence.start, figure.start - 30), figure.start)):
            # "04 trong 07 sản phẩm 4 sao được đánh giá có tiềm năng lên 5 sao": the part is the potential count.
            ctx.fired.add(rules.WHOLES_STATED_ONLY_HERE[2].id)
            figure = figs.with_changes(figure, start=part.start("part"), num_start=part.start("part"),
                                       value=as_int_if_whole(parse_numeral(part.group("part"))), skip=None,
                                       stars=POTENTIAL_5, stars_rule=rules.WHOLES_STATED_ONLY_HERE[2].id)
        elif figure.skip == _WHOLE_OF_A_PART and (level := _OWN_LEVEL.fullmatch(key, figure.noun_end, figure.end)) \
                and level.group("level") == figure.stars and _stated_before(figure, claims) is None:
            # "Ba trong số 58 sản phẩm 4 sao đã được công nhận 5 sao", the 58 stated nowhere before: the page's
            # only statement of the level's count (its own level right after its noun; a level after a verb is the
            # part's: "12 trong 21 sản phẩm đạt 3 sao").
            ctx.fired.add(rules.WHOLES_STATED_ONLY_HERE[0].id)
            figure = figs.with_changes(figure, skip=None)
        elif figure.skip == _WHOLE_OF_A_PART and figure.stars is not None and \
                _PART_RATED.match(key, figure.noun_end, figure.end) and \
                (part := _PART_BEFORE_ITS_WHOLE.search(key, max(sentence.start, figure.start - 30), figure.start)):
            # "12 trong 21 sản phẩm đạt 3 sao": the part is the count the rating is of.
            ctx.fired.add(rules.WHOLES_STATED_ONLY_HERE[1].id)
            figure = figs.with_changes(figure, start=part.start("part"), num_start=part.start("part"),
                                       value=as_int_if_whole(parse_numeral(part.group("part"))), skip=None)
        if figure.skip and not (figure.skip == "skip.one_producer" and _place_holds(ctx, sentence, figure)):
            ctx.fired.add(figure.skip)
            if figure.skip in _OWNED_BELOW_OUR_LEVELS:
                unowned_end, ctx.unowned_sentence = figure.noun_end, sentence.index
            continue
        if unowned_end is not None and not any(m.start >= unowned_end for m in doc.within(ctx.mentions, sentence)
                                               if m.end <= figure.start) and (
                _PART_OF_AN_UNOWNED_WHOLE.fullmatch(key, unowned_end, figure.start) or
                after_a_part and _NEXT_PART_OF_AN_UNOWNED_WHOLE.fullmatch(key, unowned_end, figure.start)):
            # "Hiện doanh nghiệp có 14 sản phẩm, trong đó 6 sản phẩm đạt OCOP 3 sao, 8 sản phẩm đạt 4 sao": the
            # producer's again, each part of the list.
            ctx.fired.add(rules.PARTS_OF_AN_UNOWNED_WHOLE[1 if after_a_part else 0].id)
            unowned_end, ctx.unowned_sentence, after_a_part = figure.noun_end, sentence.index, True
            continue
        after_a_part = False
        if figure.metric.startswith("products") and not ocop:
            continue
        if figure.stars is None and figure.stars_rule is None and figure.metric == "products" and \
                sentence.block == TABLE:
            # "Cơ cấu theo hạng sao:\n5 sao (cấp quốc gia) | 2 sản phẩm": a row under no header whose label is a
            # star level counts that level.
            label = tables.cells(doc.text, sentence.start, sentence.end)[:1]
            label_stars = tables.stars_of_label(label[0].text) if label and label[0].end <= figure.start else None
            if label_stars is not None:
                figure = figs.with_changes(figure, stars=label_stars, stars_rule="table.star_row")
        subject_type = figure.subject_type
        if figure.needs_producer and not producer:
            continue
        if subject_type == "mixed":
            before = key[frames[-1][0].noun_end:figure.start].strip() if frames else ""
            if frames and frames[-1][0].metric == "products" and _OWNED_BY.match(before):
                subject_type = None
            else:
                continue
        elif subject_type is not None and frames and frames[-1][0].metric == "products" and \
                _GENERIC_PRODUCER.match(key, figure.num_end, figure.noun_end) and \
                _OWNED_BY.match(key[frames[-1][0].noun_end:figure.start].strip()) and \
                not any(f.metric == "subjects" and f.subject_type is not None for f in found if f is not figure):
            # "… là 36, thuộc 17 cơ sở sản xuất": the owners of all the products, named by the word any producer
            # goes by, not one kind of producer beside others
            subject_type = None
        if (figure.start - sentence.start <= rules.NAMED_AGAIN_OPENING or
                _NAMED_AGAIN_CONNECTIVE.fullmatch(key, sentence.start, figure.start)) and \
                _NAMED_AGAIN.match(key, figure.noun_end) \
                and _stated_in(figure, claims, ctx.doc.sentences[max(0, sentence.index - NAMED_AGAIN_SENTENCES)].start):
            ctx.fired.add(rules.NAMED_AGAIN[0].id)
            continue
        # (a headline's figure is the body's to state: the body's statement is kept, see _without_restated_headlines)
        if (again := _WHOLE_NAMED_AGAIN.search(key, max(sentence.start, figure.start - 20), figure.start)) and \
                (earlier := _stated_before(figure, claims, besides=bool(_BESIDES.match(again.group())))) \
                is not None and earlier.block != TITLE and \
                not (figure.stars is not None and _ALL_OF_THEM.search(key, figure.noun_end, sentence.end)):
            # ("Cả 11 sản phẩm, thuộc 05 chủ thể, đều đạt 3 sao": named again to give all of it a level, which the
            # first statement takes, ``_totals_all_of_one_level``)
            ctx.fired.add("skip.back_reference")
            continue  # "trong số 92 sản phẩm OCOP cấp tỉnh, …": the stock stated before, named again
        total = _total_of(key, figure, frames)
        if figure.metric == "subjects" and total is not None and total[0].metric.startswith("products_") and \
                total[0].metric != "products_upgraded":
            continue  # "nhóm chế biến từ tôm chiếm 53 sản phẩm của 22 chủ thể": the producers of one group only
        if _producers_of_a_star_subset(key, figure, subject_type, frames, found, claims):
            continue  # "41 sản phẩm của 10 chủ thể đạt 4 sao" inside a breakdown: producers of one level only
        place = _place_for(ctx, sentence, figure, found, index, total, inherited)
        if place is NO_PLACE_OF_OURS:
            unowned_end, ctx.unowned_sentence = figure.noun_end, sentence.index
            continue
        if place is None:
            continue
        kind, kind_how = _kind_for(ctx, sentence, figure, total, inherited, found)
        year, year_how = _year_for(ctx, sentence, figure, kind, kind_how, total, inherited)
        if place[0][3].startswith(CENTRES_LIST_HOW) and kind != "new" and \
                kind_how.startswith(("default", "continued", SENTENCE_BEFORE_HOW)):
            # "… có tên trong danh sách 19 sản phẩm đạt OCOP 5 sao năm 2023" after the province's stock: the centre's
            # list is a round of its own, not the stock the sentence before stated.
            kind, kind_how = "new", "the centre's 5-star list, a round"
            year, year_how = _year_for(ctx, sentence, figure, kind, kind_how, total, inherited)
        joined = frames[-1] if frames and frames[-1][1] is not None and frames[-1][0].metric == figure.metric and \
            _JOINED_TO_THE_COUNT_BEFORE.fullmatch(key, frames[-1][0].noun_end, figure.start) else None
        if kind_how == "default" and joined is not None:
            # "công nhận 34 sản phẩm 3 sao và 5 sản phẩm 4 sao": the verb before the first count governs both.
            ctx.fired.add("kind.joined")
            kind, kind_how = joined[1].kind, "joined to the count before, of the same verb"
            year, year_how = joined[1].year, "joined to the count before"
        elif kind_how in ("default", ALREADY_RECOGNISED):
            earlier = _stated_before(figure, claims)
            if earlier is not None:
                # "Ngoài 67 sản phẩm có chứng nhận lần đầu …", "Giấy chứng nhận của 8 sản phẩm …": a figure the
                # article already gave, named again; it keeps what its first statement said.
                kind, kind_how = earlier.kind, f"the same figure stated before ({earlier.quote!r})"
                year, year_how = earlier.year, "the same figure stated before"
        if kind_how == "default" and figure.value is not None and figure.value < SMALLEST_UNMARKED_PROVINCE_COUNT and \
                place[0][0] in ("province", "region", "national") and figure.metric == "products" and \
                figure.stars is None:
            # "Lễ hội giới thiệu 8 sản phẩm của tỉnh", "ba sản phẩm" of one producer: a few products no word calls a
            # stock, a round or a plan, and no star level rates, are a detail of the page, not a province's count (a
            # district's few products are: "Mường La có 6 sản phẩm").
            ctx.fired.add("skip.small_unmarked")
            continue
        if kind == "target" and _QUOTA_OF_EACH_PLACE.search(
                key, max(key.rfind(";", sentence.start, figure.start) + 1, sentence.start), figure.start):
            # "mỗi xã phấn đấu phát triển mới 2 sản phẩm": what each place must reach, no place's count
            ctx.fired.add(rules.QUOTA_OF_EACH_PLACE[0].id)
            ctx.quota = (sentence.index, year)
            continue
        if figure.metric == "products" and _of_a_word_elsewhere(kind_how) and \
                not _RATES_PRODUCTS.search(key, sentence.start, sentence.end) and \
                not (place[0][0] == "district" and any(m.level == "district" and m.end <= figure.start
                                                       for m in doc.within(ctx.mentions, sentence))):
            # "Kinh phí … được chia cho 12 sản phẩm", "Lần lượt theo từng hội đồng: chuyên ngành số 1 có 11 sản
            # phẩm": products counted for something else, in a sentence no word of which rates them
            ctx.fired.add(rules.PRODUCTS_NOTHING_RATES[0].id)
            continue
        if kind_how == "default" and figure.metric == "subjects" and subject_type is None and \
                not _producers_of_products(ctx, sentence, figure, found, claims):
            # "Giấy chứng nhận đã được trao cho đại diện 8 chủ thể", "Danh sách được hỗ trợ gồm 65 chủ thể", "2 chủ thể
            # đạt 4 sao": producers no word dates or types and no product count owns, named for what was done to them
            ctx.fired.add(rules.PRODUCERS_OF_NO_PRODUCTS[0].id)
            continue
        if kind == "new" and kind_how != WITHIN_A_YEAR_HOW and (
                ("period year" in year_how and _period_from_start(ctx, sentence, figure)) or
                _since_the_start(ctx, sentence, figure)):
            # "Giai đoạn 2019 - 2020, tỉnh công nhận 1.054 sản phẩm", "Từ năm 2019 đến tháng 6/2024, tỉnh đã công
            # nhận 268 sản phẩm": all recognised since the start, a stock.
            kind, kind_how = "cumulative", "recognised over a period since the programme began"
        stars, stars_how = figure.stars, figure.stars_rule
        if stars is None and figure.stars_rule is None and figure.metric.startswith("products"):
            framed = figs.frame_stars(key, sentence, figure, tuple(f for f in found if f.end <= figure.start))
            if framed:
                stars, stars_how = framed, "stars.frame"
                ctx.fired.add("stars.frame")
        if stars is None and figure.stars_rule is None and figure.metric == "products":
            parent = total[1] if total else (inherited if sentence.continues else None)
            # "… 42 sản phẩm 5 sao. Riêng Thủ đô, … 2.711 sản phẩm": in a sentence of its own, a place of its own is
            # no part of that level ("… 126 sản phẩm 5 sao; Hải Dương chiếm 8 sản phẩm" is).
            own_place = total is None and parent is not None and place[0][3] != "inherited" and (
                place[0][0], place[0][1], place[0][2]) != (parent.level, parent.place, parent.district)
            if parent is not None and parent.stars is not None and parent.metric == "products" and not own_place:
                part_end = min([f.start for f in found[index + 1:]] + [sentence.end])
                if place[0][3] == "inherited" and year == parent.year and kind == parent.kind and \
                        not _STATUS_OF_A_PART.search(key, figure.start, part_end):
                    # "… 13 sản phẩm OCOP 4 sao, là: gạo …; bốn sản phẩm nụ trầm …; bảy sản phẩm nhạc cụ …", "Hai sản
                    # phẩm còn lại thuộc hai xã phía tây": a part of the same place, year, kind and level, told apart
                    # by its goods, its commune or its council, none of which the warehouse records
                    ctx.fired.add(rules.PARTS_BY_WHAT_WE_DO_NOT_RECORD[0].id)
                    continue
                if parent.value is None or figure.value <= parent.value:
                    # ("Riêng năm 2024, … là 55" after "hạng 4 sao có 32 sản phẩm": larger than the count, no part of
                    # it, nor of its level)
                    stars, stars_how = parent.stars, "stars of the figure it breaks down"
        if stars is None and figure.metric == "products" and figure.stars_rule is None and kind == "new" and \
                (level := _level_of_the_round_it_splits(ctx, sentence, figure, frames)) is not None:
            stars, stars_how = level, rules.ROUND_SPLIT_BY_STATUS[0].id
        if stars is None and figure.metric == "products" and figure.stars_rule is None and \
                sentence.block == BODY and figure.value_high is None and \
                (headline := _headlines_level(claims, figure, kind, place[0])) is not None:
            # "Đợt 1/2024, Di Linh có 13 sản phẩm đạt OCOP hạng 3 sao" over "huyện có thêm 13 sản phẩm được công nhận;
            # cụ thể, 11 sản phẩm công nhận mới …": the body's count is the headline's, and has its level.
            stars, stars_how = headline, "the headline's level of the same count"
        # A district of a list, or a province's share of a national round ("Ở đợt này, 5 sản phẩm … OCOP 5 sao. Bắc Kạn
        # góp 3 sản phẩm …"): the level of the round or list it belongs to.
        part_of_a_round = place[0][0] == "district" or (
            place[0][0] == "province" and ctx.article_place is not None and ctx.article_place.level == "national"
            and "place.national_round" in ctx.doc.fired)
        if stars is None and figure.metric == "products" and part_of_a_round and ctx.recent is not None \
                and ctx.recent.stars is not None and kind == ctx.recent.kind and \
                sentence.index - ctx.recent_index <= LIST_STARS_SENTENCES:
            stars, stars_how = ctx.recent.stars, "star level of the list it belongs to"
        if kind == "target" and year is None and sentence.block != TITLE:
            # "Phấn đấu có 9.500 sản phẩm OCOP" on a page no year of which dates the plan: a plan for no year the
            # warehouse can hold (a headline's waits for the body's plans: ``_headline_plans_dated``)
            ctx.fired.add(rules.UNDATED_PLANS[0].id)
            continue
        metric = figure.metric
        if metric == "products_upgraded" and kind == "target" and figure.stars is not None:
            metric = "products"  # "nâng hạng 2 sản phẩm lên 4 sao": a target of 4-star products
        first_frame = None
        for level, where, district, place_how in place:
            frame = Frame(level, where, district, place_how, kind, kind_how, year, year_how, stars, metric,
                          value=figure.value)
            first_frame = first_frame or frame
            claims.append(_claim(ctx, sentence, figure, frame, metric, subject_type, stars_how))
            ctx.fired.update(r for r in (figure.rule_id, figure.stars_rule, figure.metric_rule, figure.qualifier_rule,
                                         stars_how) if r and r in _ALL_RULE_IDS)
        frames.append((figure, first_frame))
        unowned_end, ctx.unowned_sentence = None, None
    _producers_take_their_products_kind(ctx, frames, claims)
    return [frame for _, frame in frames]


_PRODUCERS_THEN_THEIR_PRODUCTS = compiled(rules.PRODUCERS_THEN_THEIR_PRODUCTS)


def _producers_take_their_products_kind(ctx: Context, frames: list[tuple[figs.Figure, Frame]],
                                        claims: list[Claim]) -> None:
    """A producer count no word dated or typed, followed by the products it owns ("Năm 2023, 7 chủ thể trên địa bàn
    huyện có tổng cộng 8 sản phẩm được công nhận OCOP 3 sao"), is of the kind and year of those products: the
    producers of a round when they are a round's."""
    key = ctx.doc.key
    for i, (producers, frame) in enumerate(frames):
        if producers.metric != "subjects" or frame is None or frame.kind_how != "default":
            continue
        products = next(((f, fr) for f, fr in frames[i + 1:] if f.metric == "products"), None)
        if products is None or products[1] is None or products[1].kind_how == "default" or \
                products[1].kind == frame.kind or \
                not _PRODUCERS_THEN_THEIR_PRODUCTS.fullmatch(key, producers.noun_end, products[0].start):
            continue
        ctx.fired.add(rules.PRODUCERS_TAKE_THEIR_PRODUCTS_KIND.id)
        kind, year = products[1].kind, products[1].year
        for j, claim in enumerate(claims):
            if claim.span_start == producers.start and claim.metric == "subjects":
                claims[j] = replace(claim, kind=kind, year=year,
                                    decided_by=claim.decided_by + f"; kind and year of the products it owns "
                                                                  f"({products[0].value})")


def _headline_plans_dated(claims: list[Claim], fired: set[str]) -> list[Claim]:
    """A headline's plan no year dates ("Cà Mau: Đặt chỉ tiêu nâng hạng ít nhất 15 sản phẩm OCOP lên 4 - 5 sao") is of
    the one year the body's plans are for ("Trong năm 2024, Cà Mau sẽ …"); with none, or several, it is left out like
    any plan no year dates."""
    body_years = {c.year for c in claims if c.kind == "target" and c.block != TITLE and c.year is not None}
    kept = []
    for claim in claims:
        if claim.block == TITLE and claim.kind == "target" and claim.year is None:
            if len(body_years) != 1:
                fired.add(rules.UNDATED_PLANS[0].id)
                continue
            claim = replace(claim, year=next(iter(body_years)), decided_by=claim.decided_by.replace(
                "year:not stated", "year:the one year of the body's plans"))
        kept.append(claim)
    return kept


def _headlines_level(claims: list[Claim], figure: figs.Figure, kind: str, place: tuple) -> str | None:
    """The star level a headline gave to the same count of the same place and kind, if it gave one."""
    level, where, district = place[0], place[1], place[2]
    name = plc.district_as_the_gazetteer_spells_it(district) if level == "district" and district else \
        (where.name if where is not None else None)
    for claim in claims:
        if claim.block != TITLE:
            break  # the headline's claims come first
        if claim.metric == "products" and claim.value == figure.value and claim.stars in ("3", "4", "5") and \
                claim.kind == kind and claim.value_high is None and claim.geo_level == level and \
                claim.geo_name == name:
            return claim.stars
    return None


def _a_level_of_the_districts_count(ctx: Context, sentence: Sentence, found: list[figs.Figure], previous: Frame,
                                    claims: list[Claim]) -> bool:
    """Does the sentence open on a product count of one level, smaller than the district's product count the sentence
    before stated, and name no place of its own?"""
    first = found[0]
    if previous.level != "district" or previous.metric != "products" or first.metric != "products" or \
            first.stars not in ("3", "4", "5") or first.skip or ctx.doc.key[sentence.start:first.start].strip() or \
            any(m.level != "district" or m.district != previous.district for m in ctx.doc.within(ctx.mentions, sentence)):
        return False  # (the district itself may come back in a producer's name: "HTX Hồ tiêu Vĩnh Linh")
    before = next((c for c in reversed(claims) if c.geo_level == "district" and c.metric == "products"), None)
    return before is not None and before.value > (first.value or 0)


def _whole_of_parts(found: list[figs.Figure], claims: list[Claim], before: Sentence) -> Frame | None:
    """The frame of the product count of the sentence before, other than its first, that the star-level parts of
    this sentence add up to (potential 5-star products are inside another level, never a part)."""
    parts = [f.value for f in found if f.metric == "products" and not f.skip and f.stars in ("3", "4", "5")
             and f.qualifier is None and f.value_high is None and f.value is not None]
    if len(parts) < 2:
        return None
    in_before = [c for c in _claims_before(claims, before.end) if before.start <= c.span_start < before.end
                 and c.metric == "products"][::-1]
    whole = next((c for c in in_before[1:] if c.value == sum(parts) and c.stars is None), None)
    return _frame_of(whole) if whole is not None else None


def _frame_of(c: Claim) -> Frame:
    """The frame a claim was made in, for the figures that break it down."""
    place = resolver().resolve(c.geo_name) if c.geo_level == "province" else None
    if c.geo_level == "national":
        place = Place(level="national", name=NATIONAL_NAME)
    return Frame(c.geo_level, place, c.geo_name if c.geo_level == "district" else None, "inherited", c.kind,
                 "the total it breaks down", c.year, "the total it breaks down", c.stars, c.metric, ocop=True,
                 value=c.value)


def _earlier_whole(found: list[figs.Figure], claims: list[Claim], sentence: Sentence) -> Frame | None:
    """The frame of the last untyped product count stated within ``EARLIER_WHOLE_WINDOW`` characters before the
    sentence that two or more star-level counts of the sentence add up to."""
    parts = [f.value for f in found if f.metric == "products" and not f.skip and f.stars in ("3", "4", "5")
             and f.qualifier is None and f.value_high is None and f.value is not None]
    if len(parts) < 2:
        return None
    for claim in _claims_before(claims, sentence.start):
        if sentence.start - claim.span_start > EARLIER_WHOLE_WINDOW:
            return None
        if claim.metric == "products" and claim.stars is None and claim.value_high is None:
            return _frame_of(claim) if claim.value == sum(parts) else None
    return None


# How far back a total may stand for star levels adding up to it to break it down: a paragraph or two.
EARLIER_WHOLE_WINDOW = 600


def _parts_add_up(found: list[figs.Figure], claims: list[Claim], before: Sentence) -> bool:
    """Do two or more product counts of a sentence add up to the first product count of the sentence before?"""
    parts = [f.value for f in found if f.metric.startswith("products") and f.metric != "products_upgraded"
             and not f.skip and f.qualifier is None and f.value_high is None]
    if len(parts) < 2:
        return False
    total = None
    for claim in reversed(claims):  # claims are made in text order: only the last ones can be the sentence's
        if claim.span_start < before.start:
            break
        if claim.span_start < before.end and claim.metric == "products":
            total = claim.value
    return total is not None and sum(parts) == total


def _claims_before(claims: list[Claim], offset: int):
    """The claims made so far, latest first, back to ``RESTATED_WINDOW`` characters before ``offset``: a figure named
    again is named within a few paragraphs, and a huge page is read in time linear in its length."""
    for claim in reversed(claims):
        if offset - claim.span_start > RESTATED_WINDOW:
            return
        yield claim


# How many sentences back a count named again to list its items may have been stated (a caption may stand between).
NAMED_AGAIN_SENTENCES = 3


def _stated_in(figure: figs.Figure, claims: list[Claim], since: int) -> bool:
    """Did a claim made from the text since ``since`` state this figure's metric and value?"""
    for claim in reversed(claims):  # claims are made in text order: stop at the first before ``since``
        if claim.span_start < since:
            return False
        if claim.metric == figure.metric and claim.value == figure.value:
            return True
    return False


def _stated_before(figure: figs.Figure, claims: list[Claim], besides: bool = False) -> Claim | None:
    """The claim that first stated this figure's value, when the value is distinctive enough to be the same figure:
    10 or more, or a star level both name; a small bare count ("3 sản phẩm") repeats by chance. ``besides``: the
    words before say "besides" ("Ngoài 9 sản phẩm được công nhận, …"), which only a figure already stated follows:
    any earlier count of that value."""
    if figure.value is None or figure.value_high is not None:
        return None
    for claim in _claims_before(claims, figure.start):
        # (a plan is restated as such only from the headline: "Phấn đấu có 9.500 sản phẩm OCOP" over "Số lượng sản
        # phẩm … là 9.500 sản phẩm"; in the body a plan's figure met again is more often the result that met it)
        if claim.metric != figure.metric or claim.value != figure.value or \
                (claim.kind == "target" and claim.block != TITLE) or ("kind:default" in claim.decided_by and not besides):
            continue
        if besides or (figure.stars is not None and claim.stars == figure.stars) or (
                figure.stars is None and claim.stars is None and figure.value >= 10):
            return claim
    return None


def _restated_total(doc: Document, sentence: Sentence, found: list[figs.Figure], claims: list[Claim]):
    """(figure, frame) when the sentence opens by naming a total stated earlier ("Trong 309 sản phẩm …"), so that its
    other figures break that total down; None otherwise."""
    first = found[0]
    opening = doc.key[sentence.start:first.start]
    if not _IN_TOTAL.search(opening) and not (
            _RESTATED_OPENING.search(opening) and _BROKEN_DOWN_AFTER.match(doc.key, first.noun_end)) and not (
            _NAMED_AGAIN_AFTER.match(doc.key, first.noun_end) and not _HAS_DIGIT.search(opening)):
        return None
    c = next((c for c in _claims_before(claims, first.start) if c.value == first.value and c.metric == first.metric
              and c.value_high is None), None)
    if c is None:
        return None
    return first, _frame_of(c)


def _period_from_start(ctx: Context, sentence: Sentence, figure: figs.Figure) -> bool:
    periods = [y for y in ctx.doc.within(ctx.years, sentence) if y.role == "period" and y.end <= figure.start]
    return bool(periods) and periods[-1].first_year is not None and periods[-1].first_year <= FIRST_CERTIFICATE_YEAR


def _since_the_start(ctx: Context, sentence: Sentence, figure: figs.Figure) -> bool:
    """Does the figure's sentence count from the programme's first year ("Từ năm 2019 đến tháng 6/2024, …")?"""
    return any(y.role == "since" and y.year <= FIRST_CERTIFICATE_YEAR and y.end <= figure.start
               for y in ctx.doc.within(ctx.years, sentence))


def _producers_of_products(ctx: Context, sentence: Sentence, figure: figs.Figure, found: list[figs.Figure],
                           claims: list[Claim]) -> bool:
    """Are the producers those of the programme's products: a product count in their sentence, words that say so
    ("số chủ thể", "chủ thể OCOP", "đứng sau …", "sở hữu các sản phẩm", "tham gia chương trình"), or a product count
    claimed in the body's sentence just before ("… có hơn 13.000 sản phẩm OCOP. Hơn 5.600 chủ thể, gồm …")?"""
    doc = ctx.doc
    if any(f.metric.startswith("products") for f in found) or _OF_PRODUCTS.match(doc.key, figure.noun_end) or \
            _PRODUCERS_OF_THE_PROGRAMME.search(doc.key, sentence.start, sentence.end):
        return True
    before = next((s for s in reversed(doc.sentences[:sentence.index]) if s.block == BODY), None)
    return before is not None and any(c.metric == "products" and before.start <= c.span_start < before.end
                                      for c in claims)


def _producers_of_a_star_subset(key: str, figure: figs.Figure, subject_type: str | None,
                                frames: list[tuple[figs.Figure, Frame]], found: list[figs.Figure],
                                claims: list[Claim]) -> bool:
    """An untyped producer count owned by a product count of one star level that is itself a part of a larger
    total ("trong đó 12 sản phẩm của 7 chủ thể đạt 4 sao"), or that stands beside another level's products with
    their own producers ("12 sản phẩm của 10 chủ thể đạt 4 sao và 73 sản phẩm của 70 chủ thể đạt 3 sao"): the
    producers of one level, never the producers of the place. A round whose every product has one level ("công nhận
    14 sản phẩm của 9 HTX đạt 4 sao") keeps them."""
    if figure.metric != "subjects" or subject_type is not None or not frames:
        return False
    owner, frame = frames[-1]
    if frame is None or not owner.metric.startswith("products") or frame.stars is None \
            or not _OWNED_BY.match(key[owner.noun_end:figure.start]):
        return False
    return frame.place_how == "inherited" or "breaks down" in frame.kind_how or frame.kind_how == "continued" or \
        any(_owns_producers(key, other, found) and other.stars not in (None, frame.stars)
            for other in found if other is not owner and other.metric == "products" and not other.skip) or \
        _a_level_of_a_count_before(owner, frame, claims)


def _a_level_of_a_count_before(owner: figs.Figure, frame: Frame, claims: list[Claim]) -> bool:
    """Is the star-rated product count one level of a count the page gave before, for the same place, kind and year
    ("công nhận 109 sản phẩm … Hạng 3 sao có 83 sản phẩm của 58 chủ thể"): a larger count of every level, or a count
    of another level? (Products put forward for 5 stars are a list of their own, not a level of the round.)"""
    own = next((c for c in reversed(claims) if c.metric == "products" and c.value == owner.value and
                c.stars == frame.stars and c.kind == frame.kind and c.year == frame.year), None)
    if own is None:
        return False
    return any(c is not own and c.metric == "products" and c.geo_level == own.geo_level and c.geo_name == own.geo_name
               and c.kind == own.kind and c.year == own.year and
               ((c.stars is None and c.value is not None and c.value > own.value) or
                c.stars not in (None, own.stars, POTENTIAL_5))
               for c in claims)


def _district_just_before(ctx: Context, sentence: Sentence, figure: figs.Figure) -> bool:
    """Is a district named in the words just before the figure ("TP Phan Rang – Tháp Chàm với 30 sản phẩm")?"""
    return any(m.level == "district" and m.end <= figure.start and
               _DISTRICT_THEN_ENTRY.match(ctx.doc.key, m.end, figure.start)
               for m in ctx.doc.within(ctx.mentions, sentence))


def _listed(figure: figs.Figure, found: list[figs.Figure]) -> bool:
    """Is the figure an item of a list of places with their numbers ("Ninh Phước 16; …; Ninh Sơn 3 sản phẩm"), the
    last item included, whose noun the others share?"""
    return figure.rule_id in _LISTED_RULES or any(
        f.rule_id in _LISTED_RULES and f.noun_end == figure.noun_end for f in found if f is not figure)


def _place_holds(ctx: Context, sentence: Sentence, figure: figs.Figure) -> bool:
    """Is the figure the count of a place named right before it as its subject ("Lào Cai có 2 sản phẩm")?"""
    return any(m.level in ("province", "district", "seat") and m.end <= figure.start and
               _PLACE_HOLDS_COUNT.match(ctx.doc.key, m.end, figure.start)
               for m in ctx.doc.within(ctx.mentions, sentence))


def _owns_producers(key: str, products: figs.Figure, found: list[figs.Figure]) -> bool:
    """Is the product count followed by the count of its producers ("73 sản phẩm của 70 chủ thể")?"""
    return any(f.metric == "subjects" and f.start >= products.noun_end and
               _OWNED_BY.match(key[products.noun_end:f.start]) for f in found)


_OPENS_AN_ASIDE = compiled(rules.OPENS_AN_ASIDE)


def _a_yardstick(key: str, figure: figs.Figure) -> bool:
    """A figure a result is measured against: a comparison's base ("so với 191 sản phẩm") or a plan's figure ("so với
    kế hoạch 400 sản phẩm")."""
    left = max(0, figure.start - 30)
    return bool(timing.COMPARED_BASE.search(key, left, figure.start) or timing.PLAN_FIGURE.search(key, left, figure.start))


def _total_of(key: str, figure: figs.Figure, frames: list[tuple[figs.Figure, Frame]]):
    """The figure of this sentence that ``figure`` breaks down, if any: one followed by "trong đó", "gồm", a colon or
    a bracket ("120 sản phẩm, trong đó 90 sản phẩm 3 sao"), or an untyped producer count that typed ones follow
    ("45 chủ thể; hợp tác xã có 4, doanh nghiệp 20")."""
    if _PART_OF_AFTER.match(key, figure.noun_end):
        own_kind = [(e, f) for e, f in frames if e.metric.startswith("products") == figure.metric.startswith("products")]
        if own_kind:
            return own_kind[-1]  # "… 93 sản phẩm OCOP; 59 sản phẩm trong số đó đạt 4 sao"
    # (the nearest whole of its own kind first: "19 sản phẩm được công nhận …, nâng tổng số … lên 24 sản phẩm; trong đó
    # có 5 sản phẩm đạt 4 sao" breaks down the 24)
    # (never a yardstick, while a figure before it can be the whole: "công nhận 518 sản phẩm, vượt 118 sản phẩm so với
    # kế hoạch 400 sản phẩm; trong số này, sản phẩm 4 sao là 271" breaks down the 518)
    # (a bracket right after a yardstick is its own: "vượt chỉ tiêu 118 sản phẩm (mỗi năm 400 sản phẩm)")
    wholes = [(e, f) for e, f in frames if not _a_yardstick(key, e) or _OPENS_AN_ASIDE.match(key, e.noun_end)] or frames
    for earlier, frame in reversed(wholes):
        if earlier.metric.startswith("products") == figure.metric.startswith("products") and \
                _BREAKDOWN_CUE.search(key, earlier.end, figure.start):
            return earlier, frame
    for earlier, frame in frames:
        between = key[earlier.end:figure.start]
        if _BREAKDOWN_CUE.search(between) and (
                earlier.metric.startswith("products") == figure.metric.startswith("products") or
                not any(e.metric.startswith("products") == figure.metric.startswith("products")
                        for e, _ in frames if e.end <= figure.start and e.start > earlier.start)):
            # (a count of its own kind between is what it breaks down: "6 chủ thể … có 12 sản phẩm …; trong số đó
            # có 09 sản phẩm …" breaks down the 12, not the producers)
            return earlier, frame
        if earlier.metric == "subjects" and earlier.subject_type is None and figure.metric == "subjects" \
                and figure.subject_type is not None and not _HAS_DIGIT.search(between):
            return earlier, frame
        if earlier.metric.startswith("products") and figure.metric == "subjects" and \
                _OWNED_BY.match(key[earlier.noun_end:figure.start]):
            return earlier, frame  # "15 sản phẩm của 7 chủ thể": the producers of those products
    return None


# ----------------------------------------------------------------------------------------------------------------
# place


def _choice(mention: plc.Mention, ctx: Context, how: str):
    ctx.fired.add(mention.rule)
    if mention.level == "district":
        return ("district", ctx.article_place if ctx.article_place and ctx.article_place.level == "province" else None,
                mention.district, how)
    place = mention.place
    if mention.former:
        how += " (a former province)"  # read by _claim: the unit before the 2025 merger
    if mention.level == "seat":
        # A seat stands for the province that held it on the article's date ("QUY NHƠN -" is Gia Lai after 2025).
        return ("province", plc.seat_province(mention.text, ctx.published) or place, None, how)
    return (mention.level, place, None, how)


def _place_for(ctx: Context, sentence: Sentence, figure: figs.Figure, found: list[figs.Figure], index: int,
               total, inherited: Frame | None):
    """[(level, place, district, how)]: one place, or several when one figure is stated for each of a list."""
    doc, key, cased = ctx.doc, ctx.doc.key, ctx.doc.cased
    in_sentence = doc.within(ctx.mentions, sentence)
    before = [m for m in in_sentence if m.end <= figure.start and _counts_as_place(ctx, m, sentence)]
    if before:
        # "Riêng vùng ĐBSCL, … vượt mốc 2.000 (tương đương 18,8% tổng số sản phẩm OCOP cả nước), với 922 chủ thể": a
        # place inside an aside closed before the figure is the aside's, when a place stands before the aside, or when
        # a clause ends between ("… thạch đen (huyện Tràng Định), ngồng hoa cải (thành phố Lạng Sơn); 11 sản phẩm đạt
        # 3 sao": where the products of the item before come from).
        outside = [m for m in before if not _in_a_closed_aside(key, m, sentence.start, figure.start)]
        if len(outside) < len(before) and (outside or ";" in key[before[-1].end:figure.start]):
            ctx.fired.add("place.in_an_aside")
            before = outside
    if figure.rule_id == BRACKETED_RULE:
        # "thị xã Thuận Thành (17)": only the count of the place named right before the bracket.
        named = [m for m in before if m.level in ("district", "province") and not key[m.end:figure.start].strip()]
        return [_choice(named[-1], ctx, f"'{named[-1].text}' named before it")] if named else None
    previous_figure_end = max([f.end for f in found if f.end <= figure.start] + [sentence.start])
    if (listed := _the_centres_list(ctx, sentence, figure, before)) is not None:
        ctx.fired.add(listed)
        return [("national", Place(level="national", name=NATIONAL_NAME), None, f"{CENTRES_LIST_HOW} ({listed})")]
    # "Hiện phường có 9 sản phẩm: 2 sản phẩm đạt 4 sao …": a commune's figures, and their breakdown, are below every
    # level the warehouse holds, unless a place of ours is named after the commune.
    commune = _COMMUNE_SCOPE.search(key, sentence.start, figure.start)
    if commune is not None and not any(commune.end() <= m.start for m in before):
        ctx.fired.add("place.scope.commune")
        return NO_PLACE_OF_OURS
    # "Các huyện A, B, C lần lượt có 8, 6 và 5 sản phẩm": the i-th figure after "lần lượt" is the i-th place.
    respectively = _RESPECTIVELY.search(key, sentence.start, figure.start)
    if respectively:
        # The names of its own clause: "Thị xã A nhiều nhất với 10 sản phẩm; các huyện B, C lần lượt có 4 và 2".
        clause_start = max([f.end for f in found if f.end <= respectively.start()] +
                           [key.rfind(";", sentence.start, respectively.start()) + 1, sentence.start])
        names = _list_names(ctx, sentence, clause_start, respectively.start())
        after = [f for f in found if f.num_start > respectively.end() and f.metric == figure.metric and not f.skip]
        if names and figure in after and after.index(figure) < len(names):
            ctx.fired.add("place.list.respectively")
            return [names[after.index(figure)]]
    # "Sông Lô và Yên Lạc mỗi huyện 9 sản phẩm": the figure is stated for each place of the list before it.
    window_start = max(sentence.start, figure.start - 40)
    each = _EACH.search(key[window_start:figure.start])
    if each:
        each_start = window_start + each.start()
        start = max([f.end for f in found if f.end <= each_start] + [key.rfind(";", sentence.start, each_start) + 1,
                                                                      sentence.start])
        names = _list_names(ctx, sentence, start, each_start)
        if len(names) >= 2:
            ctx.fired.add("place.list.each")
            return names
    each_first = _EACH_FIRST.search(cased, max(sentence.start, figure.start - 120), figure.start)
    if each_first:
        names = _list_names(ctx, sentence, each_first.start("names"), each_first.end("names"))
        if len(names) >= 2:
            ctx.fired.add("place.list.each_first")
            return names
    if _EACH_AFTER.match(key, figure.noun_end):
        start = max([f.end for f in found if f.end <= figure.start] + [key.rfind(";", sentence.start, figure.start) + 1,
                                                                        sentence.start])
        # (only places the gazetteer knows: a bare capitalised word is no place here)
        names = [n for n in _list_names(ctx, sentence, start, figure.start) if n[3] != "listed district"]
        if len(names) >= 2:
            ctx.fired.add("place.list.each_after")
            return names
    # A number between a place and the figure ("Chư Sê và Krông Pa mỗi huyện 9; Kbang 5") closes that place's item.
    own = [m for m in before if m.start >= previous_figure_end and not _HAS_DIGIT.search(key, m.end, figure.start)]
    # A bare district name in a list: "…, tiếp theo là Tam Dương 17 sản phẩm".
    if not own and _district_context(ctx, sentence, figure, in_sentence, inherited):
        window_start = max(previous_figure_end, figure.start - 60)
        item = plc.district_item(cased[window_start:figure.start])
        if item:
            ctx.fired.add("place.list.cue")
            name = doc.text[window_start + item.start("name"):window_start + item.end("name")].strip()
            return [("district", _province_of_article(ctx), name, "listed district")]
    this_place = None if before else _THIS_PLACE.search(key, sentence.start, figure.start)
    if this_place is not None:
        named = _named_just_before(ctx, sentence)
        # "tỉnh này" is a province; "địa bàn này", "địa phương này" whatever place was just named.
        if named is not None and (named.level == "province" or not this_place.group().startswith(
                _PROVINCE_WORDS)):
            ctx.fired.add("place.this_place")
            return None if named.level == "region" else [_choice(named, ctx, f"'{named.text}' (place.this_place)")]
    former_owner = next((m for m in in_sentence if m.start >= figure.end and m.former and m.level == "province"
                         and _OWNER_AFTER.match(key[figure.end:m.start])), None)
    if former_owner is not None:
        # "… gồm 350 sản phẩm của An Giang cũ và 250 sản phẩm của Kiên Giang cũ": a predecessor's share.
        ctx.fired.add("place.owner_after")
        return [_choice(former_owner, ctx, f"'{former_owner.text}' owns it (a former province, named right after)")]
    province_owner = next((m for m in in_sentence if m.start >= figure.noun_end and m.level == "province"
                           and _OWNER_AFTER.match(key[figure.noun_end:m.start])), None) \
        if before and before[-1].level == "district" else None
    if province_owner is not None:
        # "… (huyện Mỹ Đức) là hai sản phẩm OCOP của Hà Nội vừa được cấp chứng nhận 5 sao": the district before named
        # where one producer is; the province after the noun owns the count.
        ctx.fired.add("place.owner_after")
        return [_choice(province_owner, ctx, f"'{province_owner.text}' owns it (named right after its noun)")]
    district_owner = next((m for m in in_sentence if m.start >= figure.noun_end and m.level == "district"
                           and (_OWNER_AFTER.match(key[figure.noun_end:m.start]) or
                                m.start >= figure.end and _OWNER_AFTER.match(key[figure.end:m.start]))), None)
    if district_owner is not None and not _ANOTHER_PLACE_JOINED.match(cased, district_owner.end):
        # "UBND tỉnh Nghệ An công nhận 12 sản phẩm OCOP của huyện Yên Thành": the district named right after the noun
        # owns the count (two places joined there own it together: no one of them).
        ctx.fired.add("place.owner_after")
        return [_choice(district_owner, ctx, f"'{district_owner.text}' owns it (a district named right after)")]
    for rule_id, owner_said in (
            ("place.bare_district_owner",
             _BARE_DISTRICT_OWNER.match(key[figure.noun_end:min(sentence.end, figure.noun_end + 40)])),
            ("place.bare_district_owner_named_first",
             figure.start < figure.num_start and _BARE_DISTRICT_OWNER_NAMED_FIRST.search(key, figure.start,
                                                                                       figure.num_start))):
        if owner_said and (district := _district_spoken_of(ctx, sentence)) is not None:
            # "UBND tỉnh Sơn La đã công nhận 30 sản phẩm OCOP của huyện": the district the page speaks of
            ctx.fired.add(rule_id)
            return [("district", _province_of_article(ctx), district, f"the district spoken of owns it ({rule_id})")]
    district_after = next((m for m in in_sentence if m.start >= figure.end and m.level == "district"), None) \
        if sentence.block == TITLE and before and before[-1].level == "province" else None
    if district_after is not None and _AT_THE_DISTRICT.search(key, figure.end, district_after.start):
        # "Thái Bình: Thêm 4 sản phẩm đạt OCOP ở huyện Đông Hưng": a headline tagged with its province, about a
        # district named at its end.
        ctx.fired.add("place.owner_after")
        return [_choice(district_after, ctx, f"'{district_after.text}' (a headline's place, named after it)")]
    if before and before[-1].level == "province" and \
            _COMMUNE_BEFORE_BRACKET.search(cased, max(0, before[-1].start - 60), before[-1].start):
        ctx.fired.add("place.scope.commune")
        return NO_PLACE_OF_OURS  # "Phường Hạ Long (tỉnh Quảng Ninh) có 25 sản phẩm": a ward's figure
    contributed = _CONTRIBUTED_TO.search(key, sentence.start, figure.start) if before else None
    if contributed is not None:
        # "Quang Bình đã đóng góp cho OCOP của Hà Giang 4 sản phẩm": the contributor's count (the article's district
        # when its name, written bare, is no mention of ours)
        contributors = [m for m in before if m.end <= contributed.start()]
        if contributors:
            ctx.fired.add("place.contributor")
            return [_choice(contributors[-1], ctx, f"'{contributors[-1].text}' contributes it")]
        if ctx.article_district is not None and _province_of_article(ctx) is not None:
            ctx.fired.add("place.contributor")
            return [("district", ctx.article_place, ctx.article_district, "article's own district contributes it")]
    if before:
        mention = before[-1]
        between = key[mention.end:figure.start]
        group = _coordinated(key, cased, before, doc.text)
        if len(group) >= 2 and not _EACH.search(between):
            # "Lạng Giang, Lục Ngạn, Tân Yên và TP Bắc Giang … 35 sản phẩm": the figure of them all, not of the last.
            if all(m.level == "district" for m in group) and _province_of_article(ctx) is not None:
                return [("province", ctx.article_place, None, "the districts named together, of its province")]
            if mention.level == "province":
                return None
        if mention.level in ("national", "region", "seat") and ctx.article_place is not None and \
                ctx.article_place.level == "province":
            for rule, pattern in _SCOPES:
                if rule.yields["scope"] == "province" and pattern.search(between):
                    ctx.fired.add(rule.id)
                    return [("province", ctx.article_place, None, f"article's own province ({rule.id})")]
        if total is not None and mention.start < total[0].start and total[1].level is not None:
            return [(total[1].level, total[1].place, total[1].district, "inherited")]
        if sentence.block == RELATED and mention.level == "district":
            return None  # a district in another article's headline: its province is unknown
        if mention.level == "district" and _PROVINCE_OWNER_AFTER.match(key, figure.noun_end) and \
                (province := plc.province_of_district(doc, mention.district, ctx.published) or
                 _province_of_article(ctx)) is not None:
            # "… huyện Phù Yên …, góp 2 sản phẩm vào danh sách 28 sản phẩm OCOP của toàn tỉnh": the province's
            # own count, whatever district the sentence named first
            ctx.fired.add("place.province_owner_after")
            return [("province", province, None, "the province named right after its noun")]
        return [_choice(mention, ctx, f"'{mention.text}' named before it")]
    if total is not None and total[1].level is not None:
        return [(total[1].level, total[1].place, total[1].district, "inherited")]
    if sentence.continues and inherited is not None and inherited.level is not None:
        return [(inherited.level, inherited.place, inherited.district, "inherited")]
    if _OPENS_WITH_FIGURE.fullmatch(key, sentence.start, figure.start):
        subject = next((m for m in in_sentence if m.start >= figure.end), None)
        if subject is not None and _SUBJECT_AFTER.match(key[figure.end:subject.start]):
            ctx.fired.add("place.subject_after")
            return [_choice(subject, ctx, f"'{subject.text}' is its sentence's subject (named right after it)")]
    # (from the noun: "3 sản phẩm của tỉnh Sóc Trăng đạt OCOP 5 sao", the star level after the owner is the figure's)
    owner = [m for m in in_sentence if m.start >= figure.noun_end and m.level != "district"
             and _OWNER_AFTER.match(key[figure.noun_end:m.start])]
    national = next((m for m in in_sentence if m.start >= figure.noun_end and m.level == "national"
                     and _NATIONAL_AFTER.match(key[figure.noun_end:m.start])), None)
    if national is not None and not owner:
        ctx.fired.add("place.national_after")
        return [_choice(national, ctx, f"'{national.text}' right after its noun (place.national_after)")]
    if owner:
        ctx.fired.add("place.owner_after")
        return [_choice(owner[0], ctx, f"'{owner[0].text}' owns it (named right after)")]
    if _NATIONAL_ACTOR_AFTER.match(key[figure.noun_end:min(sentence.end, figure.noun_end + 120)]):
        ctx.fired.add("place.national_actor_after")
        return [("national", Place(level="national", name=NATIONAL_NAME), None, "rated by the centre, named after it")]
    # An uplift's own words say whose products rose ("doanh số … các sản phẩm OCOP của huyện đã tăng 57%").
    left = key[sentence.start:figure.num_start if figure.metric.endswith("_pct") else figure.start]
    # (a noun-first count's own words say whose products too: "số sản phẩm … của huyện đạt chuẩn OCOP là 9")
    own_words = key[figure.start:figure.num_start]
    named_in_own_words = [m for m in in_sentence if figure.start <= m.start and m.end <= figure.num_start and
                          (m.level == "national" or m.level in ("district", "province", "region") and
                           _OWNER_RIGHT_BEFORE.search(key, max(figure.start, m.start - 30), m.start)) and
                          _counts_as_place(ctx, m, sentence)]
    if figure.start < figure.num_start and named_in_own_words:
        # "Số sản phẩm của huyện Châu Thành là 38", "Số chủ thể OCOP toàn quốc hiện là hơn 5.600": a noun-first count
        # names its place among its own words
        ctx.fired.add("place.in_own_words")
        return [_choice(named_in_own_words[-1], ctx, f"'{named_in_own_words[-1].text}' among its own words")]
    for rule, pattern in _SCOPES:
        if rule.yields["scope"] == "district" and figure.start < figure.num_start and pattern.search(own_words) and \
                (district := _district_spoken_of(ctx, sentence)) is not None:
            ctx.fired.add(rule.id)
            return [("district", _province_of_article(ctx), district, f"the district spoken of ({rule.id})")]
        if rule.yields["scope"] == "national" and pattern.search(left):
            ctx.fired.add(rule.id)
            return [("national", Place(level="national", name=NATIONAL_NAME), None, "the country's round")]
        if rule.yields["scope"] in ("district", "region") and pattern.search(left):
            ctx.fired.add(rule.id)
            if rule.yields["scope"] == "district":
                district = _recent_district(ctx, sentence) or ctx.article_district
                if district:
                    return [("district", _province_of_article(ctx), district, f"the district spoken of ({rule.id})")]
            return NO_PLACE_OF_OURS  # "toàn huyện có 30 sản phẩm": a district's figure, never the province's
    if sentence.block in (RELATED, CAPTION):
        after = [m for m in in_sentence if m.start >= figure.end and m.level not in ("district",)]
        if after and sentence.block == CAPTION:
            return [_choice(after[0], ctx, f"'{after[0].text}' named in the caption")]
        return None  # a headline or a caption never borrows the article's province
    if _ACROSS_PROVINCES.match(key, figure.noun_end, sentence.end) or _items_of_provinces(ctx, sentence, figure):
        ctx.fired.add("place.across_provinces")
        return [("national", Place(level="national", name=NATIONAL_NAME), None, "spread over several provinces")]
    if ctx.article_place is not None and ctx.article_place.level in ("national", "region"):
        rule_id = "place.province_word_subject" if _PROVINCE_WORD_SUBJECT.match(key, sentence.start, figure.start) \
            else "place.province_word_owner" if _PROVINCE_WORD_OWNER.match(key, figure.noun_end) else None
        named = _named_just_before(ctx, sentence) if rule_id else None
        if named is not None and named.level in ("province", "seat"):
            ctx.fired.add(rule_id)
            return [_choice(named, ctx, f"'{named.text}', the province the sentence's province word refers to")]
    if ctx.article_place is not None and ctx.article_place.level == "province" and \
            _PROVINCE_WORD_OWNER.match(key, figure.noun_end) and \
            (named := _named_just_before(ctx, sentence)) is not None and named.level == "province" and \
            named.place is not None and named.place.name != ctx.article_place.name and \
            (opening := doc.sentence_at(named.start)) is not None and opening.line == sentence.line and \
            _PROVINCE_OPENS_SENTENCE.fullmatch(key, opening.start, named.start):
        # "Gia Lai thì mới thực hiện Chương trình đến năm thứ hai. Đến nay, 45 sản phẩm của tỉnh …" on a page about
        # Quảng Ninh and Gia Lai: the province the sentence before is about
        ctx.fired.add("place.province_word_owner")
        return [_choice(named, ctx, f"'{named.text}', the province the sentence's province word refers to")]
    if ctx.article_place is None:
        return None
    province_scope = False
    scope_words: list[str] = []
    # (own_words: "số sản phẩm của tỉnh được chứng nhận … là 90")
    for rule, pattern in _SCOPES:
        if rule.yields["scope"] == "province" and (m := pattern.search(left) or pattern.search(own_words)):
            ctx.fired.add(rule.id)
            province_scope = True
            scope_words.append(m.group())
    if not province_scope and (m := _PROVINCE_OWNER_AFTER.match(key, figure.noun_end)):
        ctx.fired.add("place.province_owner_after")
        province_scope = True
        scope_words.append(m.group())
    if province_scope and all(_CITY_WORD.search(words) for words in scope_words) and \
            plc.is_a_city_below_a_province(ctx.article_place, ctx.article_district) and \
            _province_of_article(ctx) is not None:
        # "số sản phẩm của thành phố … đã lên tới 83" on a page about the city of Pleiku: the city, a district of
        # Gia Lai, not the province
        ctx.fired.add("place.city_is_the_district")
        return [("district", ctx.article_place, ctx.article_district, "the page's city, a district")]
    if not province_scope and ctx.article_district is not None and \
            _WHOLE_OF_A_SHARE.search(key[sentence.start:figure.start]) and \
            any(m.level == "district" and m.start > figure.end for m in in_sentence):
        province_scope = True  # "Trong số 33 sản phẩm …, huyện Bố Trạch có 12": the whole its district shares
    subject = None if province_scope or _PROVINCE_NAMED.search(left) else _paragraph_subject(ctx, sentence)
    if subject is not None and subject.level == "district" and _province_of_article(ctx) is not None:
        ctx.fired.add("place.paragraph_district")
        return [("district", ctx.article_place, subject.district, f"'{subject.text}' is its paragraph's subject")]
    if subject is not None and subject.level == "province" and ctx.article_place.level in ("national", "region"):
        # "Tại Đồng Tháp, … Đến nay, 265 sản phẩm … Bốn trong số 61 sản phẩm 4 sao …" on a regional page: the
        # province the paragraph is about, not the region.
        ctx.fired.add("place.paragraph_district")
        return [_choice(subject, ctx, f"'{subject.text}' is its paragraph's subject")]
    if ctx.article_district is not None and not province_scope and _province_of_article(ctx) is not None and \
            _the_province_decided(ctx, sentence, figure, in_sentence, inherited):
        ctx.fired.add("place.province_decided")
        return [("province", _province_of_article(ctx), None, "the province's decision (place.province_decided)")]
    if ctx.article_district is not None and not province_scope and _province_of_article(ctx) is not None:
        return [("district", ctx.article_place, ctx.article_district, "article's own district")]
    if ctx.article_commune is not None and not province_scope:
        ctx.fired.add("place.page_commune")
        return NO_PLACE_OF_OURS
    how = "article's own province" if ctx.article_place.level == "province" else "article's subject (national)"
    return [(ctx.article_place.level, ctx.article_place, None, how)]


def _the_province_decided(ctx: Context, sentence: Sentence, figure: figs.Figure, in_sentence: list,
                          inherited: Frame | None) -> bool:
    """Is a count naming no place, on a district's page, of a decision the province took, in its own sentence before
    it or in the sentence before, which this one goes on with ("Theo đó, …") and which names no district?"""
    doc, key = ctx.doc, ctx.doc.key
    if in_sentence or inherited is not None or _FOR_THE_DISTRICT.search(key, sentence.start, figure.start):
        return False
    if _PROVINCE_DECIDES.search(key, sentence.start, figure.start):
        return True
    if sentence.previous is None or not _PROVINCE_DECIDED_GOES_ON.match(key, sentence.start):
        return False
    before = doc.sentences[sentence.previous]
    return bool(_PROVINCE_DECIDES.search(key, before.start, before.end)) and \
        not any(m.level == "district" for m in doc.within(ctx.mentions, before))


def _the_centres_list(ctx: Context, sentence: Sentence, figure: figs.Figure, before: list) -> str | None:
    """The rule that makes a 5-star count the country's list a page's product is in, unless a province owns it ("danh
    sách 3 sản phẩm 5 sao của tỉnh") or is named before it as its holder."""
    key = ctx.doc.key
    if figure.stars != "5" or _OWNED_RIGHT_AFTER.match(ctx.doc.cased[figure.noun_end:sentence.end]):
        return None
    if _THE_CENTRES_LIST.search(key[max(sentence.start, figure.start - 40):figure.start]):
        return "place.the_centres_list"
    if not any(m.level == "province" for m in before) and \
            _THE_CENTRES_LIST_SHARED.match(key[figure.noun_end:min(sentence.end, figure.noun_end + 160)]):
        return "place.the_centres_list_shared"
    return None


def _of_a_word_elsewhere(kind_how: str) -> bool:
    """Was a kind decided by no word of the figure's own sentence nor by a figure it continues: the default, a weak
    word ("hội đồng"), or a word of the sentence before?"""
    return kind_how == "default" or kind_how.endswith(f"({_ROUND_WEAK_RULE})") or \
        kind_how.startswith(SENTENCE_BEFORE_WORD_HOW)


def _items_of_provinces(ctx: Context, sentence: Sentence, figure: figs.Figure) -> bool:
    """Are the count's items, listed after it, each of a province named in brackets, two provinces or more ("4 sản phẩm
    đạt OCOP 5 sao: Vải thiều Lục Ngạn (Bắc Giang), bánh đậu xanh … (Hải Dương), …")?"""
    text = ctx.doc.text
    named = {m.place.name for m in ctx.doc.within(ctx.mentions, sentence)
             if m.start >= figure.end and m.level == "province" and m.place is not None
             and text.rfind("(", figure.end, m.start) > text.rfind(")", figure.end, m.start)}
    return len(named) >= 2


def _paragraph_subject(ctx: Context, sentence: Sentence) -> plc.Mention | None:
    """The district (or, on a national or regional page, the province) a paragraph opens with as its subject ("Nghi
    Xuân là nơi có nhiều sản phẩm nhất: … Tất cả 7 sản phẩm đều đạt 3 sao."), when no other place is named in the
    paragraph before this sentence."""
    doc = ctx.doc
    first = sentence
    while first.index > 0 and not first.first_in_line and doc.sentences[first.index - 1].line == sentence.line:
        first = doc.sentences[first.index - 1]
    if first is sentence or first.block != BODY:
        return None
    named = [m for m in ctx.mentions if first.start <= m.start < sentence.start and m.level != "national"]
    if not named or named[0].level not in ("district", "province") or \
            any((m.level, m.district, m.place) != (named[0].level, named[0].district, named[0].place) for m in named) \
            or not _SUBJECT_OPENS.fullmatch(doc.key, first.start, named[0].start):
        return None
    return named[0]


def _coordinated(key: str, cased: str, before: list[plc.Mention], text: str) -> list[plc.Mention]:
    """The last mention before a figure and the mentions of the same level joined to it by ',' or 'và'."""
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        joint = key[mention.end:group[0].start].strip()
        if mention.level == group[0].level and _LIST_JOINT.match(joint):
            group.insert(0, mention)
        else:
            break
    # A place of another level just before it ("… của UBND tỉnh Trà Vinh, huyện Tiểu Cần có 3 sản phẩm") is no list.
    after_another_level = len(before) >= 2 and before[-2].level != "district" and \
        _LIST_JOINT.match(key[before[-2].end:group[0].start].strip())
    if len(group) == 1 and group[0].level == "district" and not after_another_level and \
            _LIST_BEFORE.search(cased, max(0, group[0].start - 40), group[0].start) and \
            any(c.islower() for c in text[max(0, group[0].start - 40):group[0].start]):
        # "Lạng Giang, Lục Ngạn, Tân Yên và TP Bắc Giang": bare names listed before it (not in a line written in
        # capitals, where every word opens with one: "ĐỊA PHƯƠNG, ĐẾN NAY, THÀNH PHỐ KON TUM")
        group.insert(0, group[0])
    return group


def _in_a_closed_aside(key: str, mention: plc.Mention, sentence_start: int, figure_start: int) -> bool:
    """Does the mention stand inside brackets that close before the figure?"""
    opening = key.rfind("(", sentence_start, mention.start)
    return opening >= 0 and key.find(")", opening, mention.start) < 0 and \
        _CLOSES_AN_ASIDE.match(key, mention.end, figure_start) is not None


def _counts_as_place(ctx: Context, mention: plc.Mention, sentence: Sentence) -> bool:
    """A mention that names the place of the figures after it: not a comparison frame, not an event's venue, not a
    predecessor listed in a merger."""
    left = ctx.doc.key[max(sentence.start, mention.start - 70):mention.start]
    if mention.level in ("national", "region") and _FRAME.search(left.rstrip()):
        if _NOUN_OWNER.search(left.rstrip()):
            ctx.fired.add("place.noun_owner")
        else:
            ctx.fired.add("place.frame")
            return False
    for rule_id, pattern in (("place.venue", _VENUE), ("place.merged_from", _MERGED_FROM), ("place.outlet", _OUTLET),
                             ("place.compared", _COMPARED_WITH)):
        if pattern.search(left):
            ctx.fired.add(rule_id)
            return False
    if mention.level == "province" and _RECOGNISING_AUTHORITY.search(left) and \
            _RECOGNISED_RIGHT_AFTER.match(ctx.doc.key, mention.end) and \
            _COUNT_STATED_BEFORE.search(ctx.doc.key, sentence.start, mention.start):
        ctx.fired.add("place.recognising_authority")
        return False
    if mention.level == "province":
        earlier = [m for m in ctx.doc.within(ctx.mentions, sentence) if m.end <= mention.start]
        if earlier and earlier[-1].level == "district" and \
                _DISTRICT_OWNER_BETWEEN.match(ctx.doc.key[earlier[-1].end:mention.start]):
            return False
        if any(m.level == "district" for m in earlier) and _SUPERLATIVE_SCOPE.search(left):
            ctx.fired.add("place.superlative_scope")
            return False
    return True


def _list_names(ctx: Context, sentence: Sentence, start: int, end: int):
    """The places of a list ("huyện Đầm Dơi, Trần Văn Thời và U Minh"), in order, as place choices."""
    named = [m for m in ctx.doc.within(ctx.mentions, sentence) if start <= m.start and m.end <= end]
    names = []
    text = ctx.doc.text
    for part in _NAME_SPLIT.split(text[start:end]):
        part = _LIST_ITEM_OWNER.sub("", part).strip(" :")
        # (the last: "Ba địa phương … nhất vùng Tây Nguyên là Lâm Đồng, Gia Lai và Đắk Lắk" opens on the list's words)
        mention = next((m for m in reversed(named) if text[m.start:m.end] in part), None)
        if mention is not None:
            if not _COMMUNE_WORD_BEFORE.search(ctx.doc.key, max(start, mention.start - 12), mention.start):
                names.append(_choice(mention, ctx, f"'{mention.text}' in a list"))
            continue
        candidate = _capitalised_run(part)
        if candidate and _COMMUNE_WORD_BEFORE.search(match_key(part[:part.find(candidate)])):
            continue  # "xã Tân Hùng": a commune
        if candidate:
            names.append(("district", _province_of_article(ctx), candidate, "listed district"))
    return names


def _capitalised_run(part: str) -> str | None:
    """A place name standing alone in a list item: its capitalised words at the end ("… góp mặt: Bắc Từ Liêm") or,
    failing that, at the start ("Phú Xuyên có nhiều sản phẩm")."""
    words = part.split()
    tail: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        tail.insert(0, word)
    head: list[str] = []
    for word in words:
        if not word[:1].isupper() or len(head) == 4:
            break
        head.append(word)
    for run in (tail, head):
        candidate = " ".join(run).strip(" :,")
        if run is head and len(run) < 2 and len(head) < len(words):
            continue  # one capitalised word opening a phrase ("Phân theo địa phương") is the start of a sentence
        if candidate and len(run) <= 4 and _CAP_WORDS.match(candidate) and \
                candidate.split()[0].lower() not in plc._NOT_NAMES and resolver().resolve(candidate) is None:
            return candidate
    return None


def _district_context(ctx: Context, sentence: Sentence, figure: figs.Figure, in_sentence, inherited) -> bool:
    key = ctx.doc.key
    if any(m.level == "district" and m.end <= figure.start for m in in_sentence):
        return True
    if _LIST_CUE.search(key, sentence.start, figure.start):
        return True
    return bool(inherited is not None and inherited.level == "district")


def _named_just_before(ctx: Context, sentence: Sentence) -> plc.Mention | None:
    """The last place named in the body in the two sentences before this one."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 3), -1):
        before = ctx.doc.sentences[index]
        if before.block not in (BODY, TITLE):
            continue
        named = [m for m in ctx.doc.within(ctx.mentions, before) if _counts_as_place(ctx, m, before)]
        if named:
            return named[-1]
    return None


def _district_spoken_of(ctx: Context, sentence: Sentence) -> str | None:
    """The district the sentences before or the page speak of, when the page's province is known (a district's count
    that names it only as "huyện", "của huyện")."""
    if _province_of_article(ctx) is None:
        return None
    return _recent_district(ctx, sentence) or ctx.article_district


def _recent_district(ctx: Context, sentence: Sentence) -> str | None:
    """The last district named in this sentence or the two before it (a photo's caption or another article's headline
    names its own place, and an event's venue is no place spoken of)."""
    for index in range(sentence.index, max(-1, sentence.index - 3), -1):
        before = ctx.doc.sentences[index]
        if before.block in (RELATED, CAPTION):
            continue
        named = [m for m in ctx.doc.within(ctx.mentions, before)
                 if m.level == "district" and m.end <= sentence.end
                 and not _VENUE.search(ctx.doc.key, max(before.start, m.start - 60), m.start)]
        if named:
            return named[-1].district
    return None


def _province_of_article(ctx: Context) -> Place | None:
    place = ctx.article_place
    return place if place is not None and place.level == "province" else None


# ----------------------------------------------------------------------------------------------------------------
# kind


def _kind_for(ctx: Context, sentence: Sentence, figure: figs.Figure, total, inherited: Frame | None,
              siblings: list[figs.Figure]):
    doc, key = ctx.doc, ctx.doc.key
    if timing.COMPARED_BASE.search(key, max(sentence.start, figure.start - 30), figure.start):
        ctx.fired.add("kind.compared_base")
        return "cumulative", "the base of a comparison (kind.compared_base)"
    if timing.PLAN_FIGURE.search(key, max(sentence.start, figure.start - 30), figure.start):
        ctx.fired.add("kind.plan_figure")
        return "target", "the figure a plan names (kind.plan_figure)"
    if timing.in_target_section(doc, figure.start):
        ctx.fired.add("kind.target_section")
        return "target", "under a plan's heading of objectives (kind.target_section)"
    clause_start = max(key.rfind(";", sentence.start, figure.start) + 1, sentence.start)
    if figure.metric == "subjects" and _ORGANISATIONS_TO_DEVELOP.search(key, clause_start, figure.start):
        ctx.fired.add(rules.ORGANISATIONS_TO_DEVELOP[0].id)
        return "target", "organisations a plan will found or strengthen (kind.organisations_to_develop)"
    # In a figure's own words only a stock marker speaks of it ("nâng tổng số … lên 23"); "Số chủ thể có sản phẩm
    # được công nhận là 45" says which products, not that they are new.
    # A plan's words may end inside the figure's qualifier ("hướng tới 400 sản phẩm": "tới" is both).
    # … and so does a plan's ("số sản phẩm … của toàn tỉnh dự kiến đạt 122": the count planned).
    markers = [m for m in doc.within(ctx.markers, sentence) if m.end <= figure.start or (
        m.end <= figure.num_start and (m.rule == "kind.stock" or m.kind == "target" and (
            m.start < figure.start or m.rule == _PLAN_RULE)))]
    closed = _closed_parentheses(key, sentence.start, figure.start)
    # Markers inside a closed bracket, or inside the words of another figure ("số chủ thể được công nhận là 45"),
    # speak of that bracket or figure only.
    # … and so does a stock's word right after another figure's noun ("nâng cấp 41 sản phẩm hiện có và phát triển
    # thêm 20 sản phẩm": "hiện có" is the 41's).
    markers = [m for m in markers if not any(a < m.start < b for a, b in closed)
               and not any(f.start <= m.start < f.num_start or (m.kind == "cumulative" and f.noun_end <= m.start
                                                                and not key[f.noun_end:m.start].strip())
                           for f in siblings if f is not figure)]
    if sentence.continues and inherited is not None and \
            (back := _REFERS_BACK.search(key, sentence.start, figure.start)) is not None:
        # "Các sản phẩm được công nhận thuộc về 11 chủ thể": the words pointing back at the products just counted
        # say what they were, not whether this count is new
        markers = [m for m in markers if not back.start() <= m.start < back.end()]
    # A plan governs the rest of its sentence, unless the sentence then states what was achieved.
    target = None
    clause_stock = [m for m in markers if m.start >= clause_start and m.rule == "kind.stock"]
    for m in markers:
        if m.kind == "target" or (m.kind == "target_weak" and not clause_stock):
            target = m
        elif m.kind in ("achieved", "cumulative") and target is not None and m.start > target.end and \
                m.rule not in ("kind.stock", "kind.stock_scope") or (
                    m.kind == "cumulative" and target is not None and m.start > target.end and
                    _STOCK_NOW.match(key, m.start) and not _EXISTING_ADJECTIVE.match(key, m.start)) or (
                    # "Kế hoạch là 40 sản phẩm; kết quả đã công nhận 52": a round's result in a clause of its own.
                    m.kind == "new" and target is not None and ";" in key[target.end:m.start] and
                    _RESULT_OF_PLAN.match(key, m.start)):
            ctx.fired.add(m.rule)
            target = None
    if target is not None and _ALREADY_RECOGNISED_AFTER.match(key, figure.noun_end):
        # "Kế hoạch … hỗ trợ 77 sản phẩm OCOP đã được tỉnh công nhận": the stock, named in a plan
        return "cumulative", ALREADY_RECOGNISED
    future = _future_year_before(ctx, sentence, figure)
    if target is None and not future and _HELD_NOW_AFTER.match(key, figure.noun_end):
        return "cumulative", HELD_NOW_HOW
    if target is not None or future:
        how = f"'{target.text}' ({target.rule})" if target else f"year {future} is after publication"
        ctx.fired.add(target.rule if target else "kind.target")
        return "target", how
    if figure.start < figure.num_start and _RISEN_TO.search(key, figure.start, figure.num_start):
        ctx.fired.add("kind.risen_to")
        return "cumulative", f"{RISEN_TO_HOW} (kind.risen_to)"
    if figure.metric.endswith("_pct"):
        return "cumulative", "an uplift observed"
    if figure.start < figure.num_start and _ROUND_IN_OWN_WORDS.search(key, figure.start, figure.num_start):
        return "new", "a noun-first count of the round its own words name (rules.ROUND_IN_OWN_WORDS)"
    written = ctx.published.year if ctx.published else ctx.article_year
    if written is not None and ((this_year := _RECOGNISED_IN_THE_YEAR.match(key, figure.noun_end)) is not None or (
            this_year := _RECOGNISED_IN_THE_YEAR_BEFORE.search(key, max(sentence.start, figure.num_start - 120),
                                                               figure.num_start)) is not None) and \
            int(this_year.group("year")) == written and _STOCK_NOW.search(key, sentence.start, figure.start):
        return "new", "recognised so far in the page's own year (rules.RECOGNISED_IN_THE_YEAR)"
    entries = [f for f in siblings if f.skip in _ENTRY_SKIPS and f.metric.startswith("products") and
               f.end <= figure.start]
    # (never a part of a stock: "… có 46 sản phẩm …, trong đó có 2 sản phẩm đang đề xuất công nhận 4 sao và 44 sản
    # phẩm được công nhận 3 sao")
    if figure.metric.startswith("products") and entries and _RESULT_AFTER.match(key, figure.noun_end) and \
            not _STOCK_NOW.search(key, entries[-1].end, figure.start) and \
            not (total is not None and total[1].kind == "cumulative") and \
            not _STOCK_NOW.search(key, sentence.start, entries[-1].start):
        # ("Hiện toàn thị xã có 40 sản phẩm tham gia Chương trình OCOP; trong đó 29 sản phẩm đã đạt từ 3 sao": the
        # programme's products now, and the rated ones among them, a stock)
        # "Trong tổng số 45 sản phẩm tham gia đánh giá, có 40 sản phẩm đạt 3 sao trở lên": the entries' result.
        return "new", "the result of the entries named before it in its sentence"
    if figure.rule_id == "count.products.over_plan" and total is None and \
            _RATIO_OF_A_PLAN.search(key, figure.end, sentence.end):
        # ("trong đó, 06/12 sản phẩm đạt 4 sao": a part of the 12 just stated, N of M, not achieved against a plan)
        return "new", "achieved against the year's plan (count.products.over_plan)"
    if figure.rule_id == _SHARE_OF_A_WHOLE_RULE and total is None and \
            not _STOCK_NOW.search(key, sentence.start, figure.start):
        # "8 trên 12 sản phẩm được công nhận", "24 trên 25 sản phẩm đạt hạng 3 sao": the part of the entries that came
        # through, the round's result
        return "new", f"the part of the entries rated ({_SHARE_OF_A_WHOLE_RULE})"
    parent = total[1] if total else (inherited if sentence.continues else None)
    if sentence.continues and inherited is not None and inherited.kind == "target" and \
            not _STOCK_NOW.search(key, sentence.start, figure.start) and not _a_crosshead(doc, sentence):
        # ("… phấn đấu có 15 sản phẩm. Trong đó, 1 sản phẩm tiềm năng 5 sao": the plan's part, proposal or not)
        return "target", "continues a plan"
    if ctx.recent is not None and ctx.recent.kind == "target" and ctx.recent_index == sentence.previous and \
            not sentence.continues and _PLAN_ITEM_OPENING.match(key, sentence.start, sentence.end):
        ctx.fired.add(rules.PLAN_ITEMS[0].id)
        return "target", f"the plan's next item, its verb opening the sentence ({rules.PLAN_ITEMS[0].id})"
    if figure.stars_rule in ("stars.proposed_5", "stars.proposed_before") and \
            not _STOCK_NOW.search(key, sentence.start, figure.start):
        if parent is not None and parent.kind == "cumulative" and _STANDING_PROPOSAL.search(key, figure.start,
                                                                                           sentence.end):
            # "Hiện có 175 sản phẩm. Trong số này có 7 sản phẩm đủ điều kiện dự thi 5 sao": a part of the stock.
            return "cumulative", "kind of the figure it breaks down"
        if ctx.recent is not None and ctx.recent.kind == "cumulative" and ctx.recent_index == sentence.previous and \
                _STANDING_PROPOSAL.search(key, sentence.start, sentence.end):
            # "Đến nay, Long An có 26 sản phẩm … Tỉnh cũng đang trình Trung ương xem xét công nhận 4 sản phẩm hạng 5
            # sao": the stock's pending part ("Ngoài ra, một sản phẩm 4 sao đang được tỉnh trình Bộ …" too)
            return "cumulative", "a proposal pending beside the stock just stated"
        return "new", "proposed for the 5-star rating in a round (stars.proposed_5)"
    # Long enough for "… sản phẩm OCOP được công nhận mới", the longest words that say so.
    right = key[figure.noun_end:min(sentence.end, figure.noun_end + NEW_AFTER_NOUN_REACH)]
    if timing.NEW_AFTER_NOUN.match(right) and (figure.metric.startswith("products") or _OF_PRODUCTS.match(right)):
        ctx.fired.add("kind.new_after_noun")
        return "new", "the word after the noun (kind.new_after_noun)"
    counted = ("cumulative", "new", "new_weak")
    in_clause = [m for m in markers if m.start >= clause_start and m.kind in counted]
    own_year = _own_year_before(ctx, sentence, figure, total[0].end if total is not None else clause_start)
    whole = total[1] if total is not None else (
        inherited if sentence.continues and not any(m.kind == "cumulative" for m in in_clause) else None)
    if whole is not None and whole.kind == "cumulative" and own_year is not None and whole.year is not None and (
            own_year != whole.year or _earlier_years_listed(ctx, sentence, figure, own_year)):
        # "… có 200 sản phẩm, trong đó năm 2023 có 30": the part of a stock that names a year is that year's count
        # (… in the sentence after it too: "… cả 10 sản phẩm đều đạt 3 sao. Cụ thể, năm 2019 có 7 sản phẩm"; and the
        # last of a year-by-year list, "năm 2019 có 42; năm 2020 có 50; năm 2021 có 57", whatever year the stock took)
        return "new", f"a part of a stock named with its own year {own_year}"
    if total is not None and not [m for m in in_clause if m.start > total[0].end and m.kind != "new_weak"]:
        return total[1].kind, "kind of the figure it breaks down"
    if not [m for m in in_clause if m.kind == "cumulative"] and \
            _RAISES_TOTAL_AFTER.search(key, figure.noun_end, sentence.end):
        return "new", "the increment of a total raised after it (rules.RAISES_TOTAL_AFTER)"
    stock = [m for m in in_clause if m.kind == "cumulative"]
    # (a level-first count may open on the verb's own word: "đã xếp hạng 3 sao cho bốn sản phẩm", the count from
    # "hạng"; the verb is read whole)
    verb_word = _VERB_WORD_OPENING_A_COUNT.match(key, figure.start)
    verb_end = verb_word.end() if verb_word and \
        _VERB_BEFORE_ITS_WORD.search(key, max(sentence.start, figure.start - 10), figure.start) else figure.start
    left = key[max(sentence.start, figure.start - 60):verb_end]
    if timing.RECOGNISED_BEFORE.search(left) and not stock:
        if not in_clause and own_year is None and ctx.recent is not None and ctx.recent.kind == "cumulative" and \
                ctx.recent.how != "its figure" and ctx.recent_index == sentence.previous and \
                _PERFECT.search(left):
            # "Đến nay, Hà Nội là địa phương đi đầu … Thành phố đã công nhận được 2.167 sản phẩm": what has been
            # recognised by the time the sentence before set, no round of its own
            return "cumulative", f"recognised by the time the sentence before set ({ctx.recent.how})"
        ctx.fired.add("kind.recognised")
        return "new", "recognition verb before the figure (kind.recognised)"
    # ("Năm 2023, toàn tỉnh có 31 sản phẩm được công nhận": the whole province's recognitions of that year)
    # ("Năm 2023, 23 sản phẩm của Ứng Hòa đạt OCOP 3 sao", "Năm 2020, Hải Phòng có 34 sản phẩm đạt tiêu chuẩn sao
    # OCOP": what reached the standard that year)
    if all(m.rule == "kind.stock_scope" for m in stock) and \
            not (sentence.continues and inherited is not None) and figure.metric == "products" and \
            (_YEAR_HAS_RECOGNISED.match(key, clause_start, figure.start) or
             _YEAR_OPENS_ON_THE_COUNT.fullmatch(key, clause_start, figure.start)) and \
            (timing.RECOGNISED_AFTER.match(key[figure.noun_end:min(sentence.end, figure.noun_end + 90)]) or
             _REACHED_AFTER.match(key, figure.noun_end, min(sentence.end, figure.noun_end + 90))):
        return "new", "recognised in the year its clause opens on (rules.YEAR_HAS_RECOGNISED)"
    if figure.metric == "products" and not (sentence.continues and inherited is not None) and \
            _WITHIN_A_YEAR_HAS_RECOGNISED.search(key, max(clause_start, figure.start - 90), figure.start) and \
            timing.RECOGNISED_AFTER.match(key[figure.noun_end:min(sentence.end, figure.noun_end + 90)]):
        return "new", WITHIN_A_YEAR_HOW
    # ("Đến nay, huyện có 16 sản phẩm; số sản phẩm đạt hạng 4 sao là 4, nhiều nhất tỉnh về số sản phẩm được gắn
    # sao": what follows a noun-first count's number is another clause, not its recognition)
    if not in_clause and not _HAS_BEFORE.search(left) and not (sentence.continues and inherited is not None) and \
            not (figure.metric == "subjects" and _PRODUCERS_HAVING.match(key, figure.noun_end)) and \
            figure.rule_id not in figs.NOUN_FIRST_RULES and (recognition := timing.RECOGNISED_AFTER.match(
                key[figure.noun_end:min(sentence.end, figure.noun_end + 90)])):
        if _a_crosshead(doc, sentence) and not doc.within(ctx.years, sentence):
            # "13 sản phẩm được công nhận OCOP từ 3 - 4 sao" as the heading of a section (after the lead's prose), no
            # round or year named: what the place holds
            return "cumulative", "a section heading's count, no round named"
        if _PERFECT.search(recognition.group()) and not doc.within(ctx.years, sentence) and \
                not any(m.kind in ("new", "new_weak") and not figure.noun_end <= m.start < figure.noun_end +
                        recognition.end() for m in doc.within(ctx.markers, sentence)) and \
                (ctx.recent is None or ctx.recent.kind != "new"):
            # "Ở huyện Tuy Đức, 5 sản phẩm đã được công nhận OCOP 3 sao", "Bên cạnh đó, 20 sản phẩm đã được công nhận
            # OCOP 5 sao": what has been recognised by now, no round, year or round just told named
            ctx.fired.add(rules.ALREADY_RECOGNISED_BY_NOW[0].id)
            return "cumulative", "recognised by now, no round or year named (kind.already_recognised_by_now)"
        ctx.fired.add("kind.recognised_after")
        return "new", "the subject of a recognition (kind.recognised_after)"
    this_year = ctx.published.year if ctx.published else ctx.article_year
    year_to_date = next((m for m in in_clause if m.rule == _SINCE_THE_YEAR_BEGAN and (
        (named := _YEAR_DIGITS.search(m.text)) is None or int(named.group()) == this_year)), None)
    if year_to_date is not None:
        # "Từ đầu năm đến nay, tỉnh đã có 18 sản phẩm được công nhận": the year's count so far, whatever stock word
        # follows ("Từ đầu năm 2019 đến nay" on a page of 2022, a start year, is left to the rules of periods)
        ctx.fired.add(_SINCE_THE_YEAR_BEGAN)
        return "new", f"'{year_to_date.text}' ({_SINCE_THE_YEAR_BEGAN})"
    for group in (in_clause, [m for m in markers if m.kind in counted]):
        decided = _decisive(group)
        if decided is not None and decided.kind == "new_weak" and ctx.recent is not None and \
                _details(figure, sentence, ctx):
            break  # "Số sản phẩm được phân hạng 4 sao là 310": a detail of what the sentence before said
        if decided is not None and decided.rule == "kind.stock_scope" and ctx.recent is not None and \
                ctx.recent.kind == "new" and ctx.recent.how != "its figure" and \
                ctx.recent_index == sentence.previous:
            # "Sở vừa công bố kết quả phân hạng năm 2022. Toàn tỉnh có 109 sản phẩm được công nhận …": what the
            # whole province has in the round just announced.
            return "new", f"the round announced in the sentence before ({ctx.recent.how})"
        if decided is not None and decided.rule == "kind.stock" and _ALL_ROUNDS_SO_FAR.match(key, decided.start) and \
                (_in_a_years_frame(ctx, sentence) or _ROUNDS_OF_A_NAMED_YEAR.match(key, decided.start)):
            # "Trong năm 2023 có 134 sản phẩm đăng ký. Sau các kỳ đánh giá, 99 sản phẩm được công nhận": that year's
            # rounds, their new products
            return "new", f"'{decided.text}', the rounds of the year the text is in"
        if decided is not None:
            ctx.fired.add(decided.rule)
            return ("new" if decided.kind == "new_weak" else decided.kind), f"'{decided.text}' ({decided.rule})"
    if sentence.continues and inherited is not None:
        return inherited.kind, "continued"
    after_noun = key[figure.noun_end:min(sentence.end, figure.noun_end + NEW_AFTER_NOUN_REACH)]
    if own_year is None and _OPENS_WITH_WITH.fullmatch(key, sentence.start, figure.start) and \
            not _LEVEL_AFTER_WITH.match(key, figure.noun_end, sentence.end) and \
            not timing.NEW_AFTER_NOUN.match(after_noun) and not _RAISES_TOTAL_AFTER.search(key, figure.noun_end,
                                                                                        sentence.end):
        # (not "Với 7 sản phẩm vừa đạt chuẩn OCOP 3 sao, tổng số … nâng lên 47": the round that raised a total)
        # "Với 3.317 sản phẩm được chứng nhận OCOP, Hà Nội hiện đứng đầu cả nước": what the subject has
        return "cumulative", WITH_HOW
    if ctx.recent is not None and ctx.recent.kind == "cumulative" and own_year is not None and \
            ctx.recent.year is not None and own_year < ctx.recent.year:
        # "Tỉnh hiện có 200 sản phẩm. Năm 2023, có 12 sản phẩm 4 sao …": a year before the stock's is its round.
        return "new", f"a year of its own ({own_year}) before the stock just stated"
    past = own_year is not None and ctx.published is not None and own_year < ctx.published.year or \
        _a_month_before_publication(ctx, sentence, figure, total[0].end if total is not None else clause_start)
    # (nor a headline's plan: "Chợ Đồn phấn đấu có thêm 13 sản phẩm …" over "Huyện Chợ Đồn có 6 sản phẩm OCOP")
    # (nor a section heading's aim, "Phấn đấu có nhiều sản phẩm OCOP 5 sao" over a paragraph of what the district has;
    # nor the plan before a heading that is itself a count, "20 sản phẩm OCOP cấp quốc gia (5 sao)")
    headline_plan = ctx.recent is not None and ctx.recent.kind == "target" and sentence.block == BODY and \
        ctx.recent_index is not None and (ctx.doc.sentences[ctx.recent_index].block == TITLE or
                                          _a_crosshead(doc, ctx.doc.sentences[ctx.recent_index]) or
                                          _a_crosshead(doc, sentence))
    if ctx.recent is not None and not (ctx.recent.kind == "target" and past) and not headline_plan and (
            _details(figure, sentence, ctx) or (ctx.recent.kind == "new" and ctx.recent_index == sentence.previous)):
        # ("Trước đó, năm 2019, Kinh Môn có 2 sản phẩm … 4 sao" after a plan: a past year is no plan's)
        # A detail takes the kind of what was just said; a figure right after a round's result is of that round.
        return ctx.recent.kind, f"{SENTENCE_BEFORE_HOW} ({ctx.recent.how})"
    return "cumulative", "default"


def _level_of_the_round_it_splits(ctx: Context, sentence: Sentence, figure: figs.Figure,
                                  frames: list[tuple[figs.Figure, Frame]]) -> str | None:
    """The one star level of the round a product count splits by how its products came through ("10 sản phẩm được
    công nhận lần đầu" after "Cả 11 sản phẩm đều đạt 3 sao"): the last count of this sentence, else the sentence
    right before, if it rated a round of new products at one level."""
    key = ctx.doc.key
    own_words = key[figure.start:figure.num_start] + " " + key[figure.noun_end:min(
        sentence.end, figure.noun_end + STATUS_AFTER_NOUN_REACH)]
    if not _ROUND_SPLIT_BY_STATUS.search(own_words):
        return None
    before = [frame for _, frame in frames if frame is not None and frame.metric == "products"]
    if before:
        whole = before[-1]
        return whole.stars if whole.kind == "new" and whole.stars in ("3", "4", "5") else None
    recent = ctx.recent
    if recent is not None and ctx.recent_index == sentence.previous and recent.kind == "new":
        return ctx.levels.get(ctx.recent_index)
    return None


def _a_crosshead(doc: Document, sentence: Sentence) -> bool:
    """A short line of its own in the body, no closing stop, after prose ("62 sản phẩm OCOP cấp tỉnh" between two
    paragraphs): a section's heading, which opens what follows and continues nothing before it."""
    return sentence.block == BODY and sentence.first_in_line and doc.text.startswith("\n", sentence.end) and \
        bool(_A_HEADING_LINE.fullmatch(doc.text, sentence.start, sentence.end)) and \
        any(s.block == BODY and doc.text[s.end - 1] == "." for s in doc.sentences[:sentence.index])


def _year_of_the_heading_above(ctx: Context, sentence: Sentence) -> int | None:
    """The latest year named by the nearest line above the sentence that names a period or a year and nothing else
    ("Giai đoạn 2020 - 2025", "Mục tiêu đến năm 2030")."""
    headings = ctx.doc.memo.get("period_headings")
    if headings is None:
        headings = ctx.doc.memo["period_headings"] = _period_headings(ctx)
    at = bisect.bisect_left(headings, (sentence.index,)) - 1
    return headings[at][1] if at >= 0 else None


def _period_headings(ctx: Context) -> list[tuple[int, int | None]]:
    """(index, latest year named) of each line of the page that names a period or a year and nothing else."""
    doc = ctx.doc
    return [(s.index, max((y.year for y in doc.within(ctx.years, s) if y.role not in timing.NOT_DATING), default=None))
            for s in doc.sentences
            if s.first_in_line and s.block not in (RELATED, CAPTION) and doc.text.startswith("\n", s.end)
            and _PERIOD_HEADING.fullmatch(doc.key, s.start, s.end)]


def _earlier_years_listed(ctx: Context, sentence: Sentence, figure: figs.Figure, own_year: int) -> bool:
    """Does the sentence name two other plain years before the figure, as items of a year-by-year list?"""
    return len({y.year for y in ctx.doc.within(ctx.years, sentence)
                if y.end <= figure.start and y.role == "plain" and y.year != own_year}) >= 2


# The month of a year named as "4/2024": its digits just before the year.
_MONTH_BEFORE_ITS_YEAR = re.compile(r"(\d{1,2})\s*[/-]\s*$")


def _own_year_before(ctx: Context, sentence: Sentence, figure: figs.Figure, start: int) -> int | None:
    """A year that dates the figure, named in its sentence between ``start`` and the figure."""
    years = [y for y in ctx.doc.within(ctx.years, sentence) if start <= y.start and y.end <= figure.start
             and y.role not in timing.NOT_DATING and y.role != "date"]
    return years[-1].year if years else None


def _a_month_before_publication(ctx: Context, sentence: Sentence, figure: figs.Figure, start: int) -> bool:
    """Does the figure's sentence date it, between ``start`` and the figure, by a month before the page's ("đến tháng
    4/2024" on a page of July 2024)?"""
    if ctx.published is None:
        return False
    for y in ctx.doc.within(ctx.years, sentence):
        if y.role == "month" and start <= y.start and y.end <= figure.start and \
                (month := _MONTH_BEFORE_ITS_YEAR.search(ctx.doc.key, max(0, y.start - 6), y.start)) is not None and \
                (y.year, int(month.group(1))) < (ctx.published.year, ctx.published.month):
            return True
    return False


def _carried(state: State | None, states: dict[int, State | None], index: int) -> State | None:
    """A sentence that names no star level keeps the one of the last sentences that spoke of the same kind."""
    if state is None or state.stars is not None:
        return state
    for i in range(index - 1, index - 1 - CONTEXT_SENTENCES, -1):
        earlier = states.get(i)
        if earlier is not None and earlier.kind == state.kind and earlier.stars is not None:
            return State(state.kind, state.year if state.year is not None else earlier.year, earlier.stars, state.how)
    return state


def _a_lists_introduction(ctx: Context, sentence: Sentence) -> State | None:
    """"Các sản phẩm 4 sao thuộc bốn địa phương:": the items below are of that level, in the round just told of."""
    if ctx.recent is None or not ctx.doc.text.endswith(":", sentence.start, sentence.end):
        return None
    stars = figs.frame_stars(ctx.doc.key, sentence, None)
    return State(ctx.recent.kind, ctx.recent.year, stars, "a list's introduction") if stars is not None else None


def _sentence_state(ctx: Context, sentence: Sentence) -> State | None:
    """The kind a sentence's own markers decide, and the last year it names that can date a figure, if any."""
    markers = ctx.doc.within(ctx.markers, sentence)
    if not markers:
        # (a sentence holding only markers of kind.joined decides no kind either, and introduces no list)
        return None if ctx.doc.within(ctx.joined, sentence) else _a_lists_introduction(ctx, sentence)
    # (not the day a cited decision was signed: "… được cấp giấy chứng nhận tại Quyết định số 3073/QĐ-UBND ngày
    # 31/12/2020" says when those certificates were given, not the year of what the sentences after it count)
    dating = [y for y in ctx.doc.within(ctx.years, sentence) if y.role not in timing.NOT_DATING and
              not timing.signs_a_cited_decision(ctx.doc.key, y)]
    stars = figs.frame_stars(ctx.doc.key, sentence, None)
    if any(m.kind == "target" for m in markers):
        return State("target", (dating[-1].year if dating else None), stars, "a plan")
    # "… đợt 02 năm 2022 thuộc Chương trình … giai đoạn 2021-2025": the round's year, not the programme period's end
    years = [y.year for y in dating if y.role != "period"] or [y.year for y in dating]
    decided = _decisive([m for m in markers if m.kind in ("cumulative", "new", "new_weak")])
    if decided is None:
        # ("Các địa phương có sản phẩm đạt 4 sao gồm:": a list's introduction whose words decide no kind)
        return _a_lists_introduction(ctx, sentence)
    if decided.kind == "new_weak" and not years and not _HAS_DIGIT.search(ctx.doc.key, sentence.start, sentence.end):
        # "… dẫn đầu cả nước về số sản phẩm OCOP được công nhận.": a weak word of recognition in a sentence with no
        # figure and no year names no round for the sentences after it.
        return None
    kind = "new" if decided.kind == "new_weak" else decided.kind
    return State(kind, (years[-1] if years else None), stars, f"'{decided.text}'")


def _details(figure: figs.Figure, sentence: Sentence, ctx: Context) -> bool:
    """Is this figure a detail (a district's, a star level's or a producer type's) rather than a total of its own?"""
    if figure.stars is not None or figure.subject_type is not None:
        return True
    return any(m.level == "district" for m in ctx.doc.within(ctx.mentions, sentence) if m.end <= figure.start) or \
        bool(_LIST_CUE.search(ctx.doc.key, sentence.start, figure.start))


def _headline_year_of(ctx: Context, sentence: Sentence, figure: figs.Figure) -> int | None:
    """The one year a headline names beside the same number as this body figure's, if it does."""
    if sentence.block != BODY:
        return None
    number = _NUMBER_AT.match(ctx.doc.key, figure.num_start)
    if number is None:
        return None
    titles = ctx.doc.memo.get("titles")
    if titles is None:
        titles = ctx.doc.memo["titles"] = [s for s in ctx.doc.sentences if s.block == TITLE]
    for title in titles:
        if re.search(rf"(?<![\d.,]){re.escape(number.group())}(?![\d.,])", ctx.doc.key[title.start:title.end]):
            years = {y.year for y in ctx.doc.within(ctx.years, title) if y.role not in timing.NOT_DATING}
            return years.pop() if len(years) == 1 else None
    return None


def _in_a_years_frame(ctx: Context, sentence: Sentence) -> bool:
    """Does the sentence, or the one it follows, open on a year ("Trong năm 2023 …", "Năm 2024, …")?"""
    key = ctx.doc.key
    if _YEAR_FRAME_OPENING.match(key, sentence.start):
        return True
    before = ctx.doc.sentences[sentence.previous] if sentence.previous is not None else None
    return before is not None and _YEAR_FRAME_OPENING.match(key, before.start) is not None


def _decisive(markers: list[timing.Marker]) -> timing.Marker | None:
    """The marker that decides among several before a figure: the last strong one; a weak sign of a recognition event
    ("Hội đồng", "công bố") only when no stock marker came before it."""
    if any(m.kind != "new_weak" and m.rule != "kind.stock_scope" for m in markers):
        markers = [m for m in markers if m.rule != "kind.stock_scope"]
    strong = [m for m in markers if m.kind != "new_weak"]
    weak = [m for m in markers if m.kind == "new_weak"]
    if strong and not (weak and weak[-1].start > strong[-1].start and strong[-1].kind == "new"):
        return strong[-1]
    if weak and not any(m.kind == "cumulative" for m in markers):
        return weak[-1]
    return strong[-1] if strong else None


def _closed_parentheses(key: str, start: int, end: int) -> list[tuple[int, int]]:
    closed, stack = [], []
    first = key.find("(", start, end)
    if first < 0:
        return closed  # most sentences hold no bracket before their figure: no walk over their characters
    for bracket in _BRACKET.finditer(key, first, end):
        i = bracket.start()
        if bracket.group() == "(":
            stack.append(i)
        elif stack:
            closed.append((stack.pop(), i))
    return closed


_BRACKET = re.compile(r"[()]")


def _future_year_before(ctx: Context, sentence: Sentence, figure: figs.Figure) -> int | None:
    if ctx.published is None:
        return None
    key = ctx.doc.key
    for year in ctx.doc.within(ctx.years, sentence):
        # "Đề án giai đoạn 2021 - 2025, hiện tỉnh có …": a word of the present after the year states a stock.
        # ("Tại hội nghị sơ kết … giai đoạn 2021 - 2025, Bộ … đã trao giấy chứng nhận cho 22 sản phẩm": the perfect
        # after the period tells what was done in it)
        if year.end <= figure.start and year.role in ("plain", "period") and year.year > ctx.published.year \
                and not _STOCK_NOW.search(key, year.end, figure.start) and \
                not _PERFECT.search(key, year.end, figure.start):
            return year.year
    return None


# ----------------------------------------------------------------------------------------------------------------
# year


def _year_for(ctx: Context, sentence: Sentence, figure: figs.Figure, kind: str, kind_how: str, total,
              inherited: Frame | None):
    doc, key = ctx.doc, ctx.doc.key
    in_sentence = doc.within(ctx.years, sentence)
    ctx.fired.update(y.rule for y in in_sentence)  # each decided what its year is (a start, a base, a date …)
    clause_end = key.find(";", figure.noun_end, sentence.end)
    clause_end = sentence.end if clause_end < 0 else clause_end
    nxt = min([f for f in (clause_end,)])
    # A year stated right after the figure ("công nhận 36 sản phẩm OCOP năm 2023") is its own.
    # A comma, a colon or "trong đó" between starts another clause: "200 sản phẩm, trong đó năm 2023 có 30" is not of
    # 2023.
    # (a year inside a bracket opened after it is an aside's: "120 sản phẩm (năm 2020 một sản phẩm đã …)")
    after = [y for y in in_sentence if figure.noun_end <= y.start < min(nxt, figure.end + 40)
             and y.role not in timing.NOT_DATING and y.role != "date"
             and not _CLAUSE_BREAK.search(key, figure.end, y.start)
             and key.rfind("(", figure.noun_end, y.start) <= key.rfind(")", figure.noun_end, y.start)]
    if after and kind == "cumulative" and ctx.published is not None and after[0].year < ctx.published.year and \
            _STOCK_NOW.search(key, sentence.start, figure.start) and \
            _RESULT_VERB.search(key, figure.noun_end, after[0].start):
        # "Hiện tại, Bố Trạch có 7 sản phẩm được … công nhận … trong năm 2019": the year they were recognised; the
        # stock is as of the page's date.
        return ctx.published.year, "a stock as of the publication date, of products recognised in an earlier year"
    if after:
        ctx.fired.add(after[0].rule)
        return after[0].year, "named right after it"
    own = [y for y in in_sentence if figure.start <= y.start and y.end <= figure.num_start
           and y.role not in timing.NOT_DATING and y.role != "date"]
    if own and not (kind == "cumulative" and _STOCK_NOW.search(key, figure.start, figure.num_start)):
        # "Số sản phẩm được công nhận OCOP của huyện trong năm 2020 là 38": a noun-first count dated in its own words
        ctx.fired.add(own[-1].rule)
        return own[-1].year, "named among its own words"
    before = [y for y in in_sentence if y.end <= figure.start and y.role not in timing.NOT_DATING]
    if before:
        year = before[-1]
        between = key[year.end:figure.start]
        # (… or inside the figure's own words: "nâng số sản phẩm 5 sao hiện nay lên 4", a total as of now)
        stale = (_STOCK_NOW.search(between) or figure.start < figure.num_start and kind == "cumulative" and
                 _STOCK_NOW.search(key, figure.start, figure.num_start)) and kind != "target"
        # (on an undated page, a period ending after the latest year it reports as reached is a plan's too)
        written = ctx.published.year if ctx.published is not None else ctx.article_year
        plan_period = year.role == "period" and kind != "target" and written is not None and year.year > written
        if not stale and not plan_period:
            if total is not None and year.start < total[0].start:
                return total[1].year, "year of the figure it breaks down"
            ctx.fired.add(year.rule)
            return year.year, f"{year.role} year in its sentence"
    if total is not None:
        return total[1].year, "year of the figure it breaks down"
    if sentence.continues and inherited is not None and inherited.year is not None:
        return inherited.year, "continued"
    if kind == "new" and ctx.published and _JUST_NOW.search(key, sentence.start, sentence.end) and \
            _named_round_year(doc) is None:
        # "Hai sản phẩm … vừa được công nhận 5 sao" on a page that also tells of 2022's yearly total: this year's, unless
        # the page names the round it announces ("vừa công nhận 41 sản phẩm" of "đợt đánh giá năm 2022")
        # (on a January page about last year, the year just ended)
        just_ended = ctx.published.month <= 1 and ctx.article_year == ctx.published.year - 1
        return (ctx.article_year if just_ended else ctx.published.year), "just now, as of publication (rules.JUST_NOW)"
    if ctx.recent is not None and ctx.recent.year is not None and kind == ctx.recent.kind and (
            _details(figure, sentence, ctx) or kind_how.startswith(SENTENCE_BEFORE_HOW)) and \
            not _STOCK_NOW.search(key, sentence.start, figure.start):
        # A figure that takes the kind of the sentence before shares its year too.
        return ctx.recent.year, "year of the sentence before"
    if kind == "target":
        if timing.NEXT_YEAR.search(key, sentence.start, sentence.end) and ctx.published:
            return ctx.published.year + 1, "next year after publication"
        if ctx.published and _THIS_YEAR_BEFORE.search(key, sentence.start, figure.start):
            return ctx.published.year, "this year's plan, the year of publication"
        if ctx.target_years.get(sentence.line):
            return ctx.target_years[sentence.line], "year of the paragraph's plan"
        # ("Năm nay, theo kế hoạch, 141 sản phẩm … Quảng Nam cũng phấn đấu có ít nhất 3 sản phẩm …": the paragraph's
        # "năm nay" dates its plans)
        if timing.THIS_YEAR.search(key, doc.text.rfind("\n", 0, sentence.start) + 1, sentence.end):
            year = ctx.line_years.get(sentence.line) or ctx.article_year or (
                ctx.published.year if ctx.published else None)
            return year, "this year's plan (rules.THIS_YEAR)"
        if ctx.published and _NEAR_FUTURE.search(key, sentence.start, sentence.end):
            return ctx.published.year, "a plan of the near future, as of publication (rules.NEAR_FUTURE)"
        horizon = max((y for y in ctx.target_years.values() if y is not None), default=None)
        if horizon is not None and _YEARLY.search(key, sentence.start, figure.start):
            # "mỗi năm tỉnh phấn đấu có từ 25 đến 30 sản phẩm" in a plan to 2030: a quota of every year up to then.
            return horizon, "a yearly quota, dated by the plan's horizon (rules.YEARLY)"
        if "target_list" in kind_how or "target_section" in kind_how:
            headed = timing.section_heading_year(doc, ctx.years, figure.start)
            if headed is not None:
                return headed, "the year its plan's heading names"
            titled = {y.year for y in ctx.years if y.role not in timing.NOT_DATING
                      and (s := doc.holding(y)) is not None and s.block == TITLE}
            if len(titled) == 1:
                # "Năm 2022, Cà Mau phát triển mới … ít nhất 40 sản phẩm" over a list of objectives with no year:
                # the plan's year is the headline's.
                return next(iter(titled)), "the year of the plan's headline"
        if ctx.recent is not None and ctx.recent.kind == "target" and ctx.recent.year is not None and \
                ctx.recent_index == sentence.previous:
            # "… tới năm 2020, số sản phẩm … tối thiểu là 70. Đối với các tổ chức kinh tế, chỉ tiêu là … ít nhất 50
            # đơn vị": the same plan, its year said once
            return ctx.recent.year, "the plan of the sentence before"
        headed = _year_of_the_heading_above(ctx, sentence)
        if headed is not None:
            # "Giai đoạn 2020 - 2025" on a line of its own, then "… tỉnh đặt mục tiêu có 8 - 10 sản phẩm 4 sao": the
            # plan of the period its section's heading names
            return headed, "the period its section's heading names"
        plan_years = {y for y in ctx.target_years.values() if y is not None}
        if len(plan_years) == 1:
            # "Phấn đấu có 9.500 sản phẩm OCOP" over a body whose one plan is "… kế hoạch … năm 2023": that plan's
            return next(iter(plan_years)), "the one year the page's plans name"
        return None, "not stated"
    if sentence.block == RELATED:
        return None, "not stated"
    if _STOCK_NOW.search(key, sentence.start, figure.start) or (kind == "cumulative" and "kind.stock" in kind_how) or \
            kind_how in (WITH_HOW, HELD_NOW_HOW) or \
            (kind == "cumulative" and _STOCK_NOW.search(key, figure.start, figure.num_start)):
        if _BEFORE_THE_ROUND.search(key, sentence.start, figure.start) and ctx.round_year is not None:
            # "Trước đợt này, tỉnh đã có 182 sản phẩm": the stock the round stated before added to.
            return ctx.round_year, "the stock before the round just described"
        dated_line = _LINE_DATELINE.match(doc.key, doc.text.rfind("\n", 0, sentence.start) + 1)
        if dated_line is not None and (ctx.published is None or int(dated_line.group("year")) != ctx.published.year):
            # A tag page's item, "(Baohatinh.vn) 2024 - … toàn huyện hiện còn 17 sản phẩm": as of the item's date.
            ctx.fired.add("year.item_dateline")
            return int(dated_line.group("year")), "a stock as of its item's dateline"
        if ctx.published:
            return ctx.published.year, "a stock as of the publication date"
        if ctx.article_year:
            return ctx.article_year, "latest year of the article (no publication date)"
        return None, "unknown"
    named = ctx.line_years.get(sentence.line) or ctx.article_year
    if kind == "cumulative" and kind_how == "default" and ctx.published and (
            named is None or ctx.published.year - named >= STALE_ARTICLE_YEARS):
        # A stock that no word dates ("Số sản phẩm được công nhận … là 5.401") is as of the day it is published,
        # unless the page speaks of the year just ended (a January page on last year's results).
        return ctx.published.year, "an undated stock, as of the publication date"
    if kind == "new" and ctx.published and _YEAR_JUST_PASSED.search(key, sentence.start, sentence.end):
        # "Năm qua, tỉnh có 58 sản phẩm mới" on 8 January: last year's round.
        year = ctx.published.year - 1 if ctx.published.month <= YEAR_JUST_PASSED_UNTIL_MONTH else ctx.published.year
        return year, "the year just passed (rules.YEAR_JUST_PASSED)"
    if kind == "new" and sentence.previous is not None and ctx.entries_index == sentence.previous and \
            len(entered := {y.year for y in doc.within(ctx.years, doc.sentences[sentence.previous])
                            if y.role not in timing.NOT_DATING}) == 1:
        # "Năm 2019, huyện có 6 sản phẩm tham gia đánh giá … Qua bình xét của hội đồng, 4/6 sản phẩm đạt hạng 3 sao":
        # the result of the entries just named, of their year.
        return next(iter(entered)), "the year of the entries named in the sentence before"
    named_round = _named_round_year(doc) if kind == "new" else None
    if named_round is not None and named_round != ctx.line_years.get(sentence.line):
        # "Trong số 12 sản phẩm được trao chứng nhận đợt này …" before "… trao chứng nhận đợt 2 năm 2022" (on
        # 2/3/2023): the round's year, not the ceremony's.
        ctx.fired.add("year.named_round")
        return named_round, "the one round the article names with its year (year.named_round)"
    headline_year = _headline_year_of(ctx, sentence, figure) if kind == "new" else None
    if headline_year is not None:
        # "Lai Châu công bố 47 sản phẩm OCOP năm 2020" over "Qua hai đợt phân hạng trong năm, Lai Châu có 47 sản
        # phẩm …": the body's figure is the headline's, of the year the headline gives it.
        return headline_year, "the year the headline gives the same figure"
    day = _DAY_WITHOUT_YEAR.search(key, sentence.start, figure.start) if kind == "new" and ctx.published else None
    if day is not None and 1 <= int(day.group(1)) <= 31 and 1 <= int(day.group(2)) <= 12:
        # "Cũng trong ngày 17/7, Bộ … trao chứng nhận … cho 12 chủ thể" on a page of 18/7/2023
        after_the_page = (int(day.group(2)), int(day.group(1))) > (ctx.published.month, ctx.published.day)
        year = ctx.published.year - 1 if after_the_page else ctx.published.year
        return year, "a day with no year, the page's (rules.DAY_WITHOUT_YEAR)"
    if ctx.line_years.get(sentence.line):
        return ctx.line_years[sentence.line], "latest year of the paragraph"
    if kind == "new" and ctx.round_year is not None and ctx.published is None and \
            ctx.round_index == sentence.previous:
        # "… hai đợt đánh giá; kết quả, 47 sản phẩm đạt … Trong đợt 1, 23 sản phẩm được công nhận" on an undated page:
        # a round no year of its own dates, right after a round's result, is of the rounds just told, not of the page's
        # latest year (a plan's)
        return ctx.round_year, "the year of the rounds just told"
    if ctx.article_year:
        return ctx.article_year, "latest year of the article"
    if ctx.published:
        return ctx.published.year, "publication date"
    return None, "unknown"


# ----------------------------------------------------------------------------------------------------------------
# claims


def _named_round_year(doc: Document) -> int | None:
    """The year of the one round the article's title and body name with its year ("đợt 2 năm 2022"), if they name
    exactly one."""
    found = doc.memo.get("named_round_year", doc.memo)
    if found is doc.memo:
        years = {int(m.group("year")) for m in _NAMED_ROUND.finditer(doc.key)
                 if (s := doc.sentence_at(m.start())) is not None and s.block in (BODY, TITLE)}
        found = doc.memo["named_round_year"] = years.pop() if len(years) == 1 else None
    return found


_DISTRICT_RATING = compiled(rules.DISTRICT_RATINGS[0].pattern)


def _without_district_ratings_before_districts_certified(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """Product counts rated "3 sao cấp huyện" in a year before districts could certify (2023): a district council's
    scores, which only chose the candidates it sent up to the province. A plan's figure stays a plan's."""
    key = ctx.doc.key
    written = ctx.published.year if ctx.published else ctx.article_year
    kept = []
    for claim in claims:
        year = claim.year if claim.year is not None else written
        if claim.metric == "products" and claim.kind != "target" and year is not None and \
                year < FIRST_DISTRICT_CERTIFICATE_YEAR and \
                _DISTRICT_RATING.match(key, claim.span_start, min(len(key), claim.span_end + 40)):
            ctx.fired.add(rules.DISTRICT_RATINGS[0].id)
            continue
        kept.append(claim)
    return kept


_DISTRICT_SCOPES = [pattern for rule, pattern in _SCOPES if rule.yields["scope"] == "district"]


def _speaks_of_a_district(doc: Document) -> bool:
    """Does the body speak of "the district" ("toàn huyện", "của huyện", "huyện đã có …")?"""
    return any(pattern.search(doc.key, s.start, s.end) for s in doc.sentences if s.block == BODY
               for pattern in _DISTRICT_SCOPES)


def _prescreen_start(ctx: Context) -> int | None:
    """The index of the first body sentence of a district council's pre-screen page, if the page is one: a district
    council scores, the district sends products up to the province, no one of the district certifies them, and the page
    was written before districts could certify (its date or, undated, its latest year)."""
    doc = ctx.doc
    written = ctx.published.year if ctx.published else ctx.article_year
    if written is None or written >= FIRST_DISTRICT_CERTIFICATE_YEAR or not _SENT_UP_TO_PROVINCE.search(doc.key) or \
            _DISTRICT_CERTIFIES.search(doc.key):
        return None
    council = next((m for m in _DISTRICT_COUNCIL.finditer(doc.key)
                    if (s := doc.sentence_at(m.start())) is not None and s.block in (BODY, TITLE)), None)
    if council is None:
        return None
    ctx.fired.add("skip.district_prescreen")
    return doc.sentence_at(council.start()).index


def _speaks_of_the_merger(ctx: Context) -> bool:
    """Does the page name a former province ("Bạc Liêu (cũ)") or the merger itself ("sau sáp nhập")?"""
    found = ctx.doc.memo.get("speaks_of_the_merger")
    if found is None:
        found = ctx.doc.memo["speaks_of_the_merger"] = any(m.former for m in ctx.mentions) or \
            bool(_MERGER_WORDS.search(ctx.doc.key))
    return found


def _claim(ctx: Context, sentence: Sentence, figure: figs.Figure, frame: Frame, metric: str,
           subject_type: str | None, stars_how: str | None) -> Claim:
    year = frame.year
    figure_date = ctx.published or (dt.date(year, 12, 31) if year else None)
    if ctx.published is None and figure_date is not None and figure_date >= MERGER_DATE and \
            not _speaks_of_the_merger(ctx):
        # An undated page that never speaks of the 2025 merger was written before it: its "Bình Định nhắm mốc 250
        # sản phẩm vào năm 2025" names Bình Định, not the Gia Lai it joined.
        figure_date = MERGER_DATE - dt.timedelta(days=1)
    province = None
    level, place = frame.level, frame.place
    if level in ("province", "district") and place is not None:
        # Re-dated: the same name may be a unit of the other layout at the figure's date (Cà Mau after 2025).
        former = "former" in frame.place_how
        province = (resolver().resolve(place.name, None) if former else resolver().resolve(place.name, figure_date)) \
            or place
        if not former and province.province is not None and not province.exists_on_date:
            # A unit renamed or kept whole in 2025 ("Thừa Thiên Huế" became "Huế"): named after the merger, it is the
            # unit of that date, which holds its code.
            successor = resolver().successor(province)
            if successor is not None and successor.province_code == province.province.province_code and \
                    successor.exists_on(figure_date):
                province = Place(level="province", name=successor.name, region=successor.region, province=successor,
                                 exists_on_date=True)
        if former:
            province = Place(level="province", name=province.name, region=province.region, province=province.province,
                             exists_on_date=province.province.exists_on(figure_date))
    geo_name = {
        "national": NATIONAL_NAME,
        "region": place.name if place else None,
        "province": province.name if province else None,
        "district": plc.district_as_the_gazetteer_spells_it(frame.district) if frame.district else None,
    }[level]
    text = ctx.doc.text  # (its offsets are the engine's; ``_in_the_pages_offsets`` cuts the page's own quote)
    return Claim(
        source_id=ctx.source_id,
        geo_level=level,
        geo_name=geo_name,
        province_code=province.province_code if province else None,
        layout=province.layout if province else None,
        region=(province.region if province else (place.name if level == "region" else None)),
        place_exists_on_date=province.exists_on_date if province else True,
        year=year,
        as_of=ctx.published,
        kind=frame.kind,
        metric=metric,
        stars=frame.stars,
        subject_type=subject_type,
        value=figure.value,
        value_high=figure.value_high,
        qualifier=figure.qualifier,
        applies_to_share_pct=figure.share,
        span_start=figure.start,
        span_end=figure.end,
        quote=text[figure.start:figure.end],
        rule_id=figure.rule_id,
        block=sentence.block if sentence.block in (BODY, TITLE, RELATED, CAPTION) else BODY,
        decided_by=f"place:{frame.place_how}; kind:{frame.kind_how}; year:{frame.year_how}"
                   + (f"; stars:{stars_how}" if stars_how else ""),
    )


def _district_shares_of_a_round(claims: list[Claim], fired: set[str]) -> list[Claim]:
    """Districts' counts listed after a province's round, one district after another, that add up exactly to the
    round's count ("TP.HCM … công nhận 39 sản phẩm … Huyện Cần Giờ góp 6 sản phẩm … Huyện Bình Chánh có 8 … Hóc Môn
    với 17"): the round's shares, of its kind and year, whatever stock was named between. The latest provincial total
    of that sum decides: shares of a stock stay the stock's."""
    out = list(claims)
    for i, whole in enumerate(claims):
        if whole.kind != "new" or whole.geo_level not in ("province", "national") or whole.metric != "products" or \
                whole.stars is not None or whole.value_high is not None:
            continue
        shares: dict[str, int] = {}
        for j in range(i + 1, len(claims)):
            c = claims[j]
            if c.span_start - whole.span_end > DISTRICT_SHARES_WINDOW:
                break  # claims are made in text order: a long page is read in time linear in its claims
            if c.metric != "products":
                continue
            if c.geo_level != "district":
                continue  # the province's own figures between (a stock, a breakdown) do not end the list
            shares.setdefault(c.geo_name, j)  # a district's first count is its share; what follows details it
        total = sum(claims[j].value for j in shares.values())
        if len(shares) < 2 or total != whole.value:
            continue
        first = min(shares.values())
        latest = next((c for c in reversed(claims[i:first]) if c.geo_level in ("province", "national")
                       and c.metric == "products" and c.stars is None and c.value == total), whole)
        if latest.kind != whole.kind:
            continue  # "… có 267 sản phẩm …; Bảo Thắng 44, Sa Pa 40 …": the shares of the stock stated last
        for j in shares.values():
            part = claims[j]
            if (part.kind, part.year) != (whole.kind, whole.year):
                fired.add("continue.district_shares")
                out[j] = replace(part, kind=whole.kind, year=whole.year,
                                 decided_by=part.decided_by + f"; a district's share of {whole.quote!r}")
    return out


# How far after a round its districts' shares may be listed: a few paragraphs.
DISTRICT_SHARES_WINDOW = 2_500


def _breakdowns_take_their_total(doc: Document, claims: list[Claim], fired: set[str]) -> list[Claim]:
    """A sentence's figures by star level or producer type that add up exactly to a total stated shortly before
    ("… của 159 chủ thể. Về thành phần, hộ kinh doanh 86, doanh nghiệp 39, hợp tác xã 31 và tổ hợp tác 3") break
    that total down: they take its kind and year, whatever their own sentence seemed to say."""
    by_sentence: dict[tuple[int, str, str], list[int]] = {}
    # Totals by what they count and their value, in text order, each with its sentence: looked up, never scanned, so
    # the pass stays linear in the number of claims.
    totals: dict[tuple[str, str, float], list[tuple[int, Claim]]] = {}
    for i, c in enumerate(claims):
        sentence = doc.sentence_at(c.span_start)
        if sentence is None or c.kind == "target":
            continue
        if c.stars is not None or c.subject_type is not None:
            # (parts a full stop cut apart are one breakdown: "… hộ kinh doanh (86 chủ thể). Tiếp theo là doanh
            # nghiệp (39), hợp tác xã (31)" lists the same total's parts as the sentence before)
            by_sentence.setdefault((_breakdown_opened_by(doc, sentence), c.metric, c.geo_name), []).append(i)
        else:
            totals.setdefault((c.metric, c.geo_name, c.value), []).append((sentence.index, c))
    out = list(claims)
    for (index, metric, geo), members in by_sentence.items():
        if len(members) < 2:
            continue
        first = claims[members[0]]
        total = sum(claims[i].value for i in members)
        earlier = [c for s_index, c in totals.get((metric, geo, total), ())
                   if c.span_end <= first.span_start and index - s_index <= BREAKDOWN_SENTENCES]
        if not earlier:
            continue
        whole = max(earlier, key=lambda c: c.span_end)
        fired.add("continue.sum_of_parts")
        for i in members:
            part = claims[i]
            if (part.kind, part.year) != (whole.kind, whole.year):
                out[i] = replace(part, kind=whole.kind, year=whole.year,
                                 decided_by=part.decided_by + f"; parts add up to {whole.quote!r}: its kind and year")
    return out


def _breakdown_opened_by(doc: Document, sentence: Sentence) -> int:
    """The index of the sentence whose figure a run of sentences continuing one another ("Trong đó …", "Còn lại …",
    "- 4 sao: 9 sản phẩm") breaks down: the first of the run."""
    while sentence.continues in _CONTINUES_PREVIOUS and sentence.previous is not None:
        sentence = doc.sentences[sentence.previous]
    return sentence.index


def _totals_all_of_one_level(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A total said again with one star level for all of it ("… xếp hạng 15 sản phẩm. Toàn bộ 15 sản phẩm … đều đạt
    4 sao") is a count of that level: the first statement takes it (and the two become one fact)."""
    out = list(claims)
    for i, later in enumerate(claims):
        if later.stars is None or later.metric != "products" or \
                not _ALL_OF_THEM.search(doc.key, later.span_start, later.span_end):
            continue
        for j in range(i - 1, -1, -1):
            earlier = out[j]
            if later.span_start - earlier.span_start > RESTATED_WINDOW:
                break
            if (earlier.metric, earlier.value, earlier.geo_name, earlier.kind, earlier.stars, earlier.value_high) == \
                    (later.metric, later.value, later.geo_name, later.kind, None, later.value_high):
                out[j] = replace(earlier, stars=later.stars,
                                 decided_by=earlier.decided_by + f"; all of them {later.stars} stars ({later.quote!r})")
                break
    return out


def _counts_all_of_one_level(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A sentence giving all the products just counted one level, without their number ("… công nhận 26 sản phẩm của
    14 chủ thể. Tất cả sản phẩm được công nhận trong đợt này đều xếp hạng 3 sao"): the last round's product count of
    the sentence or two before, stated without a level, is of that level."""
    out = list(claims)
    by_sentence: dict[int, int] = {}  # sentence index -> the last unrated product claim made in it
    for i, c in enumerate(claims):
        sentence = doc.sentence_at(c.span_start)
        # (a round's count: "… tổng số … đến nay là 56, gồm …. Đây là lần đầu tiên một đợt … có tất cả sản phẩm đều
        # đạt 4 sao" speaks of the round, not of the stock)
        if sentence is not None and c.metric == "products" and c.kind == "new" and c.stars is None and \
                c.value_high is None:
            by_sentence[sentence.index] = i
    if not by_sentence:
        return claims
    for sentence in doc.sentences:
        if sentence.block != BODY or (m := _ALL_OF_THEM_UNCOUNTED.search(doc.key, sentence.start, sentence.end)) \
                is None or _HAS_DIGIT.search(doc.key, sentence.start, m.start("level")):
            continue
        earlier = next((by_sentence[j] for j in range(sentence.index, sentence.index - 3, -1) if j in by_sentence),
                       None)
        if earlier is not None:
            c = out[earlier]
            out[earlier] = replace(c, stars=m.group("level"),
                                   decided_by=c.decided_by + f"; stars:all of them ({m.group()!r})")
    return out


def _round_counts_of_a_one_level_page(doc: Document, claims: list[Claim], fired: set[str]) -> list[Claim]:
    """On a page that names one star level and no other anywhere ("Sông Mã có 4 sản phẩm đạt OCOP 3 sao": a district's
    round at 3 stars), a round's product count without a level ("… công nhận lần đầu cho 4 sản phẩm") is at that level:
    the round had no other."""
    # (looked at only when the claims leave a round's count without the one level the round's others have)
    rated_levels = {c.stars for c in claims if c.metric == "products" and c.kind == "new" and c.stars in ("3", "4", "5")}
    if len(rated_levels) != 1 or not any(c.metric == "products" and c.kind == "new" and c.stars is None
                                         for c in claims):
        return claims
    # (the page's own words: another article's headline or a photo caption names levels of its own)
    read = [s for s in doc.sentences if s.block not in (RELATED, CAPTION)]
    levels = {level for s in read for level in _STAR_LEVEL.findall(doc.key, s.start, s.end)}
    if levels != rated_levels or any(_LEVEL_RANGE.search(doc.key, s.start, s.end) for s in read):
        return claims
    level = next(iter(levels))
    rated = [c for c in claims if c.metric == "products" and c.kind == "new" and c.stars == level]

    def of_the_level(count: Claim) -> bool:
        # (a count larger than one the page rates may hold levels it does not name: "công nhận 20 sản phẩm; trong
        # đó 4 sản phẩm đạt 4 sao")
        same_round = [r.value for r in rated if r.year == count.year]
        return count.metric == "products" and count.kind == "new" and count.stars is None and \
            count.value_high is None and bool(same_round) and min(same_round) >= count.value

    if not any(of_the_level(c) for c in claims):
        return claims
    fired.add(_ONE_LEVEL_PAGE_RULE)
    return [replace(c, stars=level, decided_by=c.decided_by + f"; stars:the page's one level ({rated[0].quote!r})")
            if of_the_level(c) else c for c in claims]


def _stocks_restated_as_rounds(doc: Document, claims: list[Claim], fired: set[str]) -> list[Claim]:
    """A sentence whose every new figure the page also states as a stock, in another sentence, with the same place,
    year and values ("Năm 2021, Hà Nội đã … công nhận được 1.649 sản phẩm, gồm 4 sản phẩm 5 sao, … 534 sản phẩm 3
    sao" beside "Lũy kế từ năm 2019 đến hết năm 2021, thành phố đã … công nhận tổng cộng 1.649 sản phẩm …"): the stock
    told as if it were the year's. Two figures or more, one of them at least ``RESTATED_STOCK_MIN`` (small counts
    repeat by chance)."""
    def twin(claim: Claim) -> tuple:
        return claim.geo_level, claim.geo_name, claim.year, claim.metric, claim.stars, claim.subject_type, claim.value

    stocks: dict[tuple, set[int]] = {}
    for claim in claims:
        sentence = doc.sentence_at(claim.span_start)
        # (the stock's sentence, or the one whose total it breaks down, states it as a total)
        if claim.kind == "cumulative" and sentence is not None and (
                _STOCK_RESTATED.search(doc.key, sentence.start, sentence.end) or sentence.previous is not None and
                _STOCK_RESTATED.search(doc.key, doc.sentences[sentence.previous].start, sentence.start)):
            stocks.setdefault(twin(claim), set()).add(sentence.index)
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        sentence = doc.sentence_at(claim.span_start)
        if claim.kind == "new" and sentence is not None and claim.metric in ("products", "subjects"):
            by_sentence.setdefault(sentence.index, []).append(claim)
    restated = set()
    for index, news in by_sentence.items():
        if len(news) >= 2 and max(c.value for c in news) >= RESTATED_STOCK_MIN and \
                all(stocks.get(twin(c), set()) - {index} for c in news):
            restated.update(id(c) for c in news)
    if restated:
        fired.add(rules.STOCKS_RESTATED[0].id)
    return [c for c in claims if id(c) not in restated]


def _totals_rated_below_their_parts(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A total named with one star level and broken down in its sentence into a part of a higher level ("61 sản phẩm
    … đạt hạng 3 sao; trong đó, 17 sản phẩm đạt chất lượng 4 sao"): the level was the total's floor, not every
    product's; the total has no single level."""
    out = list(claims)
    for i, total in enumerate(claims):
        if total.metric != "products" or total.stars not in ("3", "4"):
            continue
        sentence = doc.sentence_at(total.span_start)
        for part in claims[i + 1:]:
            if sentence is None or part.span_start >= sentence.end:
                break
            if part.metric == "products" and part.stars in ("4", "5") and int(part.stars) > int(total.stars) and \
                    part.value < total.value and part.geo_name == total.geo_name and \
                    _PART_RIGHT_AFTER.fullmatch(doc.key, total.span_end, part.span_start):
                out[i] = replace(total, stars=None, decided_by=total.decided_by +
                                 f"; a floor, its part {part.quote!r} is rated higher")
                break
    return out


def _without_entries_of_a_share(doc: Document, claims: list[Claim], fired: set[str]) -> list[Claim]:
    """A round's untyped count that the page later names as the whole of a share of results ("Đợt này có 21 sản phẩm
    … Kết quả chấm điểm cho thấy 13 trên 21 sản phẩm đạt …") counted the entries: it is no result."""
    entries = set()
    for m in _RESULT_OF_ENTRIES.finditer(doc.key):
        part, whole = parse_numeral(m.group(1)), parse_numeral(m.group(2))
        sentence = doc.sentence_at(m.start())
        if part < whole and sentence is not None and \
                _RESULT_VERB.search(doc.cased, m.end(), sentence.end):
            entries.add((whole, m.start()))
    if not entries:
        return claims
    dropped = [c for c in claims if c.kind == "new" and c.metric == "products" and c.stars is None and
               any(c.value == whole and c.span_end <= at for whole, at in entries)]
    if not dropped:
        return claims
    fired.add("skip.entries_of_a_share")
    # (and their producers: "Đợt này có 21 sản phẩm của 14 chủ thể …" counted the entries' producers)
    owners = {id(c) for c in claims for d in dropped if c.metric == "subjects" and c.subject_type is None and
              d.span_end <= c.span_start and _OWNED_BY.match(doc.key[d.span_end:c.span_start])}
    gone = owners | {id(c) for c in dropped}
    return [c for c in claims if id(c) not in gone]


def _shares_of_a_whole(doc: Document, claims: list[Claim], fired: set[str]) -> list[Claim]:
    """A whole opening its sentence with "Trong số" and a district's share of it named after ("Trong số 33 sản phẩm
    OCOP cấp tỉnh năm 2020, huyện Bố Trạch có 12 sản phẩm"): a whole whose own words name its products' year is that
    year's round, and the share is of the whole's kind and year."""
    out = list(claims)
    for i, whole in enumerate(claims):
        if whole.metric != "products" or whole.geo_level == "district":
            continue
        sentence = doc.sentence_at(whole.span_start)
        if sentence is None or not _WHOLE_OF_A_SHARE.search(doc.key[sentence.start:whole.span_start]):
            continue
        kind = whole.kind
        noun = _PRODUCTS_NOUN.search(doc.key, whole.span_start, whole.span_end)
        if noun is not None and _PRODUCTS_OF_A_YEAR.match(doc.key, noun.end()) and whole.kind == "cumulative":
            kind = "new"
            out[i] = replace(whole, kind=kind, decided_by=whole.decided_by + "; the products of the year named")
        for j in range(i + 1, len(claims)):
            share = claims[j]
            if share.span_start >= sentence.end:
                break
            if share.geo_level == "district" and share.metric == "products" and share.value < whole.value and \
                    (share.kind, share.year) != (kind, whole.year):
                fired.add("continue.district_shares")
                out[j] = replace(share, kind=kind, year=whole.year,
                                 decided_by=share.decided_by + f"; a district's share of {whole.quote!r}")
    return out


def _without_evaluated_entries(doc: Document, claims: list[Claim], fired: set[str]) -> list[Claim]:
    """A count given an evaluation ("tổ chức đánh giá, phân hạng cho 52 sản phẩm") and followed in its sentence by a
    smaller count that came through it with no level of its own ("kết quả có 47 sản phẩm đạt từ 3 sao trở lên"):
    the first counted the entries. A breakdown by single levels after it ("gồm 40 sản phẩm 3 sao và 7 sản phẩm 4 sao")
    splits a result, and keeps it."""
    key, dropped = doc.key, set()
    for i, evaluated in enumerate(claims):
        if evaluated.kind != "new" or evaluated.metric != "products" or evaluated.stars is not None:
            continue
        sentence = doc.sentence_at(evaluated.span_start)
        if sentence is None or not _EVALUATED_BEFORE.search(key, sentence.start, evaluated.span_start):
            continue
        result = next((c for c in claims[i + 1:] if c.span_start >= evaluated.span_end and
                       c.span_start < sentence.end and c.metric == "products" and c.kind == "new"), None)
        if result is not None and result.stars is None and result.value < evaluated.value and \
                _RESULT_CUE_BETWEEN.match(key, evaluated.span_end, result.span_start) and \
                _RESULT_VERB.search(key, result.span_start, result.span_end):
            dropped.add(i)
    if dropped:
        fired.add("skip.evaluated_entries")
    return [c for i, c in enumerate(claims) if i not in dropped]


def _without_restated_headlines(claims: list[Claim], entries: set[tuple[str, float]]) -> list[Claim]:
    """A headline's figure that the body states again is the body's: the body says it with its full context (a
    headline's "400 sản phẩm" is the body's "từ 350 đến 400 sản phẩm" too), and a headline's untyped count the body
    names as entries (``entries``: "Thành phố Tây Ninh: đánh giá, xếp hạng 12 sản phẩm" over "Đợt này có 12 sản phẩm
    được đưa ra hội đồng") is entries too."""
    # (a headline's plan stays a plan: "Chợ Đồn phấn đấu có thêm 13 sản phẩm OCOP trong năm 2019" over "… 13 sản phẩm
    # đăng ký mới", the entries the plan counts on)
    claims = [c for c in claims if c.block != TITLE or c.stars is not None or c.kind == "target" or
              (c.metric, c.value) not in entries]
    body = {(c.metric, c.value, c.value_high) for c in claims if c.block != TITLE}
    body |= {(c.metric, c.value_high, None) for c in claims if c.block != TITLE and c.value_high is not None}
    # A headline's level the body leaves out ("… OCOP 3 sao cho 15 sản phẩm" over "Đợt này gồm 15 sản phẩm") is
    # the headline's to say.
    levels = {(c.metric, c.value, c.stars) for c in claims if c.block != TITLE}
    kept = [c for c in claims if c.block != TITLE or (c.metric, c.value, c.value_high) not in body or (
        c.stars is not None and (c.metric, c.value, c.stars) not in levels)]
    # … and the body's count of it without that level ("Công nhận 37 sản phẩm OCOP 4 sao" over "…, tổng cộng 37 sản
    # phẩm") is the same figure said with less: the headline's, with its level, stands for both.
    rated_in_title = {(c.geo_level, c.geo_name, c.kind, c.metric, c.value, c.value_high) for c in kept
                      if c.block == TITLE and c.stars is not None}
    return [c for c in kept if c.block == TITLE or c.stars is not None or
            (c.geo_level, c.geo_name, c.kind, c.metric, c.value, c.value_high) not in rated_in_title]


def _in_the_pages_offsets(doc: Document, claims: list[Claim]) -> list[Claim]:
    """The claims with their spans and quotes in the page's own text (the engine reads runs of spaces as one)."""
    if doc.source is None:
        return claims
    placed = []
    for claim in claims:
        start, end = doc.quoted_span(claim.span_start, claim.span_end)
        placed.append(replace(claim, span_start=start, span_end=end, quote=doc.quoted[start:end]))
    return placed


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per span and place, and one per fact: a figure the article says again with everything the same
    ("… 291 sản phẩm. Đứng sau 291 sản phẩm là 197 chủ thể") is kept where it was first said."""
    seen, kept = set(), []
    for c in claims:
        span = (c.span_start, c.span_end, c.metric, c.subject_type, c.geo_name)
        fact = (c.geo_level, c.geo_name, c.year, c.kind, c.metric, c.stars, c.subject_type, c.value, c.value_high)
        if span not in seen and fact not in seen:
            seen.update((span, fact))
            kept.append(c)
    return kept


def kind_of_phrase(text: str) -> str:
    """The kind a title or phrase speaks of ('Kế hoạch …' target, 'công nhận đợt 2' new), else cumulative."""
    doc = segment(text)
    kinds = [m.kind for m in timing.find_markers(doc) if m.kind in ("target", "cumulative", "new")]
    if "target" in kinds:
        return "target"
    return kinds[-1] if kinds else "cumulative"


__all__ = ["Claim", "Extraction", "extract", "kind_of_phrase", "published_date_in_text", "compile_family"]
