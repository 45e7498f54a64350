"""Figures: the counts and percentages a sentence states, with what the words right around each say about it (the
counted noun, the star level, the producer type, the qualifier, a range), and the figures that are no OCOP count.

Counts are found once over the whole text with one pattern per family; the words around each figure are looked at in
bounded windows inside its sentence, so the cost is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from ocop_pipeline.articles import rules
from ocop_pipeline.articles.patterns import (compile_family, compiled, expand, guarded, last_item_screen,
                                             last_number_start, matches_at, opening_places, required_literal,
                                             PresentWords, quick_init, required_words, scan,
                                             screened_from_last_number)
from ocop_pipeline.articles.segment import Document, Sentence
from ocop_pipeline.numbers import as_int_if_whole, parse_numeral
from ocop_pipeline.text import match_key, normalize_pattern
from ocop_pipeline.vocab import POTENTIAL_5

# The provincial levels (3-4 stars): every product, or a subtotal beside a 5-star count; decided per sentence.
ALL_PROVINCIAL = "3-4"
# The two upper levels together (4 and 5 stars): a subset no fact holds, left out once the sentence is read.
UPPER_LEVELS = "4-5"
_UPPER_LEVELS_RULE = next(r for r in rules.STARS if r.yields["stars"] == "upper")
# How far to look around a figure for the words that qualify it.
LEFT_WINDOW = 80
# How far before a 5-star count the proposal that makes it a candidate may begin.
PROPOSAL_WINDOW = 160
# How far after a count its result may be said when an activity opening the sentence introduces it.
INTRO_RESULT_REACH = 60
RIGHT_WINDOW = 200

_QUALIFIERS = compile_family(rules.QUALIFIERS)
# A number ends where its digits end: "03 sao" is a star level, never the count 0 before "3 sao".
_NUMBER = (r"(?<![\w/.,%])(?:(?P<qual>{QUAL})\s+)?" + rules.NUMBER_LEAD + r"(?P<num>{NUM})(?![\d.,]\d)(?!\d)"
           r"(?:\s*" + rules.RANGE_JOIN + r"\s*(?P<num2>{NUM})(?![\d.,]\d)(?!\d))?")
_COUNT = guarded(normalize_pattern(expand(
    _NUMBER + r"\s*(?:" + "|".join(f"(?P<{r.id.replace('.', '__')}>{r.pattern})" for r in rules.COUNTS) + r")(?!\w)"
)), scanning=True)
_COUNT_RULES = {r.id.replace(".", "__"): r for r in rules.COUNTS}
_ELIDED = [(r, compiled(_NUMBER + r.pattern, scanning=True)) for r in rules.ELIDED_COUNTS]
_ELIDED_RULE = rules.ELIDED_COUNTS[0].id
# Where a number (with its qualifier) may start: the counts and the elided counts open with one, and are tried there.
_NUMBER_PLACES = opening_places(_NUMBER)
# Each with the screen of its list's last item (``patterns.last_item_screen``), and the words one of which every
# match holds (``patterns.required_words``, "lần lượt" …): most windows hold no such list.
_SHARED_NOUN = [(r, p, last_item_screen(p), required_words(p))
                for r, p in ((r, compiled(r.pattern)) for r in rules.SHARED_NOUN_COUNTS)]
# The rules whose screen is searched from the window's last number only (``patterns.screened_from_last_number``).
_FROM_LAST_NUMBER = frozenset(r.id for r, p, screen, _ in _SHARED_NOUN if screen and screened_from_last_number(p))
_BRACKETED = [(r, compiled(r.pattern)) for r in rules.BRACKETED_COUNTS]
_PLACE_ELIDED = [(r, compiled(r.pattern)) for r in rules.PLACE_ELIDED_COUNTS]
# Capitalised words that open a sentence or a phrase, never a place's name ("Năm 2024", "Tháng 9").
_NOT_PLACE_WORDS = frozenset(rules.NOT_DISTRICT_NAMES)
# How far after a product count a bracketed count of the same list may be.
BRACKETED_WINDOW = 300
_LISTED_NUMBER = compiled(r"(?<![\w.,])(?P<num>{NUM})(?![\d.,]\d)")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_LISTED_DIGITS = compiled(r"(?<![\w.,])(?P<num>\d[\d.]*)(?![\d.,]\d)")
# How far before a count its list of numbers sharing the noun may start.
SHARED_NOUN_WINDOW = 120
# A list of places each with its number is longer: a dozen districts ("Mang Yang 15; Chư Sê và Krông Pa mỗi huyện 9 …").
NAMED_ITEMS_WINDOW = 320
# (a year in brackets after a level is when it was reached: "nâng từ 3 sao (2019) lên 4 sao (2021)")
_LABEL_FIRST = [(r, compiled(r"(?<!\w)" + r.pattern + r"(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})"
                            r"(?![\d.,]*\s*(?:%|/|{STARS_WORD}|{SCORE_WORD}))(?!\d)(?<!\(19\d\d)(?<!\(20\d\d)",
                            scanning=True))
                for r in rules.LABEL_FIRST_COUNTS]
_TYPE_FIRST = [(r, compiled(r"(?<!\w)" + r.pattern + r"(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})"
                           r"(?![\d.,]*\s*(?:%|/|{STARS_WORD}|{PRODUCT_NOUN}))", scanning=True))
               for r in rules.TYPE_FIRST_COUNTS]
# Where a producer type's word may start: every type-first count opens with one ("(?P<type>{TYPE})"), and is tried
# there only.
_TYPE_PLACES = opening_places(r"(?<!\w){TYPE}")
# A single star level named among a noun-first total's words, not as the start of a range ("3 sao trở lên").
_LEVEL_IN_WORDS = compiled(rules.LEVEL_IN_WORDS)
_UPPER_LEVELS = compiled(_UPPER_LEVELS_RULE.pattern)
_NOUN_FIRST_VERB_END = compiled(rules.NOUN_FIRST_VERB_END)
_LEVEL_IN_WORDS_RULE = next(r.id for r in rules.STARS if r.id == "stars.single")
_LEVEL_LIST_RULE = rules.LEVEL_LIST_COUNTS[0].id
_POTENTIAL_BEFORE = compiled(rules.POTENTIAL_LEVEL_BEFORE)
_LEVEL_LIST = compiled(rules.LEVEL_LIST_COUNTS[0].pattern)
_NEXT_LEVEL_NUMBER = compiled(rules.NEXT_LEVEL_NUMBER)
# "Số sản phẩm được công nhận đạt 3 sao trở lên là 5.401": a star level among the words is no count.
_NOUN_FIRST = [(r, compiled(r"(?<!\w)" + r.pattern + r"(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})"
                            r"(?![\d%/]|\s*{STARS_WORD})", scanning=True))
               for r in rules.NOUN_FIRST_COUNTS]
# A noun-first count's own words stand before its number; what follows the number is the next clause's.
NOUN_FIRST_RULES = frozenset(r.id for r in rules.NOUN_FIRST_COUNTS)
_RAISED = [(r, compiled(r"(?<!\w)" + r.pattern + r"(?:(?P<qual>{QUAL})\s+)?(?P<num>{NUM})(?![\d%/]|[.,]\d)",
                         scanning=True))
           for r in rules.RAISED_TOTALS]
_OWNERS_BEFORE = compiled(rules.OWNERS_BEFORE)
# How far before a raised total the count whose noun it shares may be.
RAISED_WINDOW = 160
_RATIO = [(r, compiled(r"(?<![\w/.,%])(?:(?P<qual>{QUAL})\s+)?(?P<num>" + rules.NUMERAL + r")" + r.pattern,
                        scanning=True))
          for r in rules.RATIO_COUNTS]
_TYPE_WORDS = [(r, compiled(r"^(?:" + r.pattern + r")")) for r in rules.COUNTS if "subject_type" in r.yields]
_TYPE_NAMED_AFTER = compiled(rules.TYPE_NAMED_AFTER)
_TYPE_SHARE_BEFORE = compiled(rules.TYPE_SHARE_BEFORE)
_BRACKET_OPENS = re.compile(r"\s*\(")
_OTHER_PROGRAMME_RULE = "skip.other_programme"
_PRODUCT_WORD_RULE = "subtype.product_word"
_OCOP_RIGHT_AFTER = compiled(rf"\s*(?:{rules.OCOP_WORD})(?!\w)")
_SKIPS_BEFORE = compile_family(rules.SKIPS_BEFORE)
_SKIPS_AFTER = compile_family(rules.SKIPS_AFTER)
_SKIP_SENTENCES = compile_family(rules.SKIP_SENTENCES)
# The same, with the prefix of the rule ids each rule is limited to ("only"), read once rather than per figure.
_SKIPS_BEFORE_ONLY = [(rule, pattern, rule.yields.get("only")) for rule, pattern in _SKIPS_BEFORE]
_SKIPS_AFTER_ONLY = [(rule, pattern, rule.yields.get("only")) for rule, pattern in _SKIPS_AFTER]
_SKIP_SENTENCES_NUMBERED = list(enumerate(_SKIP_SENTENCES))
# A rule every match of which holds one of at most this many words is looked for only in a sentence holding one. The
# words of every rule are looked for together, in one pass over the sentence (``_PRESENT_SCREENED_WORDS``): the
# rules of many words (an activity's or entries' 41) are screened too, where each word was once a substring test.
FEW_WORDS = 64


def _with_words(entries: list[tuple]) -> list[tuple[tuple, frozenset[str] | None]]:
    """Each entry (a rule and its pattern first) with the few words one of which every match of its pattern holds;
    None for a rule of many words or none, which is looked for in every sentence."""
    screened = []
    for entry in entries:
        words = required_words(entry[1])
        screened.append((entry, frozenset(words) if words is not None and len(words) <= FEW_WORDS else None))
    return screened


def _held(screened: list[tuple[tuple, frozenset[str] | None]], present: set[str]) -> list[tuple]:
    """The entries whose pattern may match somewhere in a text holding, of the words of ``_SCREENED_WORDS``, those
    ``present``; in their order. A figure's windows lie inside its sentence, and most sentences hold the words of few
    skip or star rules: each word is looked for once per sentence, where each rule was searched in the windows of
    every figure."""
    return [entry for entry, words in screened if words is None or not words.isdisjoint(present)]


_SKIPS_BEFORE_WORDS = _with_words(_SKIPS_BEFORE_ONLY)
_SKIPS_AFTER_WORDS = _with_words(_SKIPS_AFTER_ONLY)
# The rules of a count's clause, each with its place in the family (which keys the searches made once per clause).
_SKIP_SENTENCES_WORDS = _with_words([(rule, pattern, number) for number, (rule, pattern) in _SKIP_SENTENCES_NUMBERED])
_RESULT_VERB = compiled(rules.RESULT_VERB)
# A dash standing alone between an activity's words and a count closes an aside the activity belonged to.
_RISEN_FROM = compiled(rules.RISEN_FROM)
_DOCUMENT_REFERENCE = compiled(rules.DOCUMENT_REFERENCE)
_ASIDE_END = re.compile(r"(?:^|\s)-(?:\s|$)")
_RESULT_AFTER = compiled(rules.RESULT_AFTER)
_OWNER_PHRASE = compiled(rules.OWNER_PHRASE)
_COUNT_BEFORE_LABEL = compiled(rules.COUNT_BEFORE_LABEL)
_OWN_LEVEL_AFTER = compiled(rules.OWN_LEVEL_AFTER)
# How far before a star label a count's number may stand for the label to be that count's.
LABEL_LOOKBACK = 30
_NEW_AND_RENEWED = compiled(rules.NEW_AND_RENEWED)
_RAISING_VERB = compiled(rules.RAISING_VERB)
# How far after a count the words of an evaluation's entries still speak of it ("57 sản phẩm thuộc các ngành hàng …
# của các địa phương tham gia đánh giá").
ENTRIES_REACH = 120
_DIGIT = re.compile(r"\d")
# The comma that ends the item before a count ("… đang chờ Bộ đánh giá, 1.098 sản phẩm 4 sao").
_NEW_ITEM_AFTER_A_COMMA = re.compile(r",\s*$")
# An aside in brackets ("(thôn 1, xã Kon Gang)"): its numbers are an address's, no count between two items.
_ASIDE_IN_BRACKETS = re.compile(r"\([^()]*\)")
# A digit that opens a number other than a year ("… tham gia chu trình OCOP năm 2024, gồm 7 sản phẩm": the year is no
# count between the whole and its part).
_COUNT_DIGIT = re.compile(r"(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d")
_KINDS_OR_PLACES_COUNTED = compiled(rules.KINDS_OR_PLACES_COUNTED)
_STARS = compile_family(rules.STARS)
# Read after a count (the frame is read before it, ``frame_stars``), each with its place in the family, which decides
# between two levels found at one place.
_STARS_WORDS = _with_words([(rule, pattern, order) for order, (rule, pattern) in enumerate(_STARS)
                            if rule.id != "stars.frame"])
_STARS_BEFORE = compile_family(rules.STARS_BEFORE)
_PROPOSED_TO_CENTRE_BEFORE = compiled(rules.PROPOSED_TO_CENTRE_BEFORE)
_PROPOSED_5_AFTER_LEVEL = compiled(rules.PROPOSED_5_AFTER_LEVEL)
_UPGRADES = {r.id: compiled(r.pattern) for r in rules.UPGRADES}
_SUBTYPES = compile_family(rules.PRODUCT_SUBTYPES)
_OCOP = compiled(rules.OCOP_EVIDENCE)
_PRODUCER = compiled(rules.PRODUCER_EVIDENCE)
_PERCENT = compiled(r"(?:(?P<qual>{QUAL})\s+)?" + rules.AVERAGE + "?" + rules.NUMBER_LEAD + r"(?P<a>" + rules.NUMERAL
                    + r")\s*%?\s*(?:" + rules.RANGE_JOIN + r"\s*(?P<b>" + rules.NUMERAL + r")\s*)?%")
_UPLIFT_WORDS = [(r, compiled(r"(?<!\w)" + rules.NOT_PRICE_BEFORE + r"(?:" + r.pattern + r")(?!\w)"))
                 for r in rules.UPLIFTS]
_INCREASE = compiled(rules.UPLIFT_INCREASE)
_HIGHER_BY = compiled(rules.UPLIFT_HIGHER_BY)
_UPLIFT_AFTER = compiled(rules.UPLIFT_AFTER)
_SHARE_NOUN = compiled(rules.UPLIFT_SHARE_NOUN)
_UPLIFT_NOT = compile_family(rules.UPLIFT_NOT)
_UPLIFT_NOT_AFTER = compiled(rules.UPLIFT_NOT_AFTER)
_UPLIFT_NOT_AFTER_RECOGNISED = compiled(rules.UPLIFT_NOT_AFTER_RECOGNISED)
_AFTER_RECOGNITION = compiled(rules.AFTER_RECOGNITION)
_GROUP_BEFORE = compiled(rules.GROUP_FRAME_BEFORE)
_ENTRIES_IN_OWN_WORDS = compiled(rules.ENTRIES_IN_OWN_WORDS)
_SHARE_ASIDE = compiled(rules.SHARE_ASIDE)
_KEPT_LEVEL_IN_OWN_WORDS = compiled(r"(?<!\w)" + rules.KEPT_LEVEL)
_SUPPORTED_IN_OWN_WORDS = compiled(rules.SUPPORTED_IN_OWN_WORDS)
_CANDIDATE_RIGHT_AFTER = compiled(rules.CANDIDATE_RIGHT_AFTER)
_ALL_RATED_BEFORE_LEVEL = compiled(rules.ALL_RATED_BEFORE_LEVEL)
_EACH_FIRST = compiled(next(r for r in rules.PLACES if r.id == "place.list.each_first").pattern)
_GROUP_NAMED = compiled(rules.GROUP_NAMED_BEFORE)
# How far before a count its product group may be named.
GROUP_NAMED_WINDOW = 90
# The words one of which a sentence naming a product group before a count holds.
_GROUP_WORDS = frozenset((*required_words(_GROUP_BEFORE), *required_words(_GROUP_NAMED)))
# Every word the rules above are screened by, each looked for once per sentence.
_SCREENED_WORDS = tuple(sorted({word for screened in (_SKIPS_BEFORE_WORDS, _SKIPS_AFTER_WORDS, _STARS_WORDS,
                                                       _SKIP_SENTENCES_WORDS)
                                for _, words in screened if words is not None for word in words} | _GROUP_WORDS))
# The words of ``_SCREENED_WORDS`` a sentence holds, found in one pass.
_PRESENT_SCREENED_WORDS = PresentWords(_SCREENED_WORDS)
# The rules held by each set of present words met (``_rules_held``); sentences hold few sets of them.
_HELD_BY_WORDS: dict[frozenset[str], tuple] = {}
HELD_BY_WORDS_KEPT = 4096


def _rules_held(present: frozenset[str]) -> tuple:
    """(the skip rules before, after and of the clause, the star rules, whether a product group may be named) a
    sentence holding, of ``_SCREENED_WORDS``, those ``present`` may match (``_held``), worked out once per set."""
    held = _HELD_BY_WORDS.get(present)
    if held is None:
        if len(_HELD_BY_WORDS) >= HELD_BY_WORDS_KEPT:
            _HELD_BY_WORDS.clear()
        held = _HELD_BY_WORDS[present] = (
            (_held(_SKIPS_BEFORE_WORDS, present), _held(_SKIPS_AFTER_WORDS, present),
             _held(_SKIP_SENTENCES_WORDS, present)),
            _held(_STARS_WORDS, present), not _GROUP_WORDS.isdisjoint(present))
    return held


_OWNED_BY_PLACES = compiled(rules.OWNED_BY_PLACES)
_OWNED_BY = compiled(rules.OWNED_BY)
SHARE_OF_A_WHOLE_RULE = next(r.id for r in rules.RATIO_COUNTS if r.id.endswith(".share_of_a_whole"))
_ENTRIES_WHOLE_AFTER = compiled(rules.ENTRIES_WHOLE_AFTER)
_ALL_ENTRIES_RECOGNISED = compiled(rules.ALL_ENTRIES_RECOGNISED)
# (a two-word name may close its list with a comma: "Như Thanh và Thạch Thành, mỗi huyện 5")
_NAME_BEFORE_EACH = compiled(r"{CAP}\s*$|{CAP}[ \t]+{CAP}\s*,\s*$")
# Two capitalised words: a place's or a producer's name ("Giao Thủy", "Chấm Hồng"), whatever words it is made of.
_A_NAME_AT = compiled(r"{CAP}[ \t]+{CAP}")
_SEVERAL_DISTRICTS = compiled(rules.SEVERAL_DISTRICTS)
_NAMES_JOINED = compiled(rules.NAMES_JOINED)
_EACH_PLACE_AFTER = compiled(next(r for r in rules.PLACES if r.id == "place.list.each_after").pattern)
_FORMED_AFTER_ACTIVITY = compiled(rules.FORMED_AFTER_ACTIVITY)
_ACTIVITY_AS_INTRO = compiled(rules.ACTIVITY_AS_INTRO)
_STOCK_AFTER_ACTIVITY = compiled(rules.STOCK_AFTER_ACTIVITY)
_SELECTED_BEFORE = compiled(rules.SELECTED_BEFORE)
_DOSSIER_FOR_THE_CENTRE = compiled(rules.DOSSIER_FOR_THE_CENTRE)
_PROPOSED_BEFORE = compiled(rules.PROPOSED_BEFORE)
_TYPE_ROW = compiled(rules.TYPE_ROW)
_PRODUCER_SUBJECT = compiled(rules.PRODUCER_SUBJECT)
# A count's own words that are only its qualifier ("khoảng 400 sản phẩm"): no noun before its number.
_QUALIFIER_ONLY = compiled(r"\s*(?:{QUAL})\s*")
_MIXED_TYPES = compiled(rules.MIXED_TYPES)
_NAME_AFTER_NUMBER = compiled(r"[ \t]+{CAP}")
_TYPE_COUNT_END = compiled(rules.TYPE_COUNT_END)
_LIST_ITEM_GAP = compiled(rules.LIST_ITEM_GAP)
# Skips read before a list's first count (an activity, dossiers): they say what the whole list is. A skip read after
# a count ("26 sản phẩm đánh giá lại") says what that item is, and reaches only its own producers.
_LIST_SKIPS = frozenset({"skip.activity", "skip.council_session", "skip.evaluation_opening", "skip.producers_entered",
                         "skip.rerating", "skip.kept_level", "skip.entries_owner",
                         "skip.district_prescreen"})
# Skips whose words must open the sentence (their pattern is anchored at the start of the window before the figure).
_OPENING_SKIPS = frozenset({"skip.owner_group_subject", "skip.evaluation_opening"})
_RERATING_SKIPS = frozenset({"skip.rerating", "skip.kept_level"})
# … and the producers "của 31 chủ thể" of skipped products: entries, candidates, revoked ones.
_OWNER_SKIPS = _LIST_SKIPS | {"skip.entries", "skip.entries_clause", "skip.entries_taking_part",
                              "skip.not_ocop_products", "skip.revoked", "skip.award", "skip.activity_after",
                              "skip.potential_products"}
# A skipped total whose breakdown ("trong đó 189 sản phẩm đạt 3 sao …") is skipped with it.
# Skips whose breakdown ("trong đó 36 sản phẩm mới …") shares them: a part of entries is entries too.
# (a part of the candidates sent up is a candidate too: "11 sản phẩm đạt điểm 4 sao (A 7 sản phẩm, B 4 sản phẩm) và
# đã gửi lên hội đồng cấp tỉnh")
_ENTRY_SUBSET_SKIPS = frozenset({"skip.entries", "skip.entries_clause", "skip.entries_taking_part",
                                  "skip.council_session", "skip.entries_named_first", "skip.scored_and_sent_up",
                                  "skip.sent_up_to_be_rated"})
# (a part of the products supported is supported too: "Tổng số sản phẩm được hỗ trợ là 91, gồm 16 sản phẩm 4 sao …")
_SUBSET_SKIPS = frozenset({"skip.owner_type_after", "skip.owner_type_before", "skip.owner_subset",
                           "skip.support", "skip.supported_in_brackets"}) | _ENTRY_SUBSET_SKIPS
_BREAKDOWN_CUE = compiled(rules.BREAKDOWN_CUE)
_PRODUCERS_BRING = compiled(rules.PRODUCERS_BRING)
_ASIDE_AFTER_COUNT = compiled(rules.ASIDE_AFTER_COUNT)
_SCORE_BAND_OF_A_LEVEL = compiled(rules.SCORE_BAND_OF_A_LEVEL)
_ENTRY_SKIPS_OF_PRODUCTS = _ENTRY_SUBSET_SKIPS | {"skip.entries_of_the_year"}
_ACTIVITY_SKIPS = frozenset({"skip.activity", "skip.activity_after", "skip.activity_purpose"})
_ENTRIES_NAMED_FIRST = "skip.entries_named_first"
# The rules after a count that say what was done to it, read again past an aside of its owners (``ASIDE_AFTER_COUNT``).
_PREDICATES_AFTER = frozenset({"skip.activity_after", "skip.activity_purpose", "skip.entries", "skip.entries_taking_part",
                               "skip.entries_of_the_year"})
_PART_OF_WORDS = compiled(rules.PART_OF_WORDS)
_PLAN_WORDS = compiled(next(r for r in rules.KINDS if r.id == "kind.target").pattern)
_PART_OF_AFTER = compiled(rules.PART_OF_AFTER)
_SHARE_OF = compiled(rules.SHARE_OF)
_OWNER_LAST = compiled(rules.OWNER_LAST)
_OWNED_BY_RATED = compiled(rules.OWNED_BY_RATED)
_OWNER_FIRST = compiled(rules.OWNER_FIRST)


@quick_init
@dataclass(frozen=True)
class Figure:
    start: int  # offsets in the NFC text: the quote is text[start:end]
    end: int
    num_start: int
    num_end: int
    metric: str
    value: float
    value_high: float | None
    qualifier: str | None
    rule_id: str
    noun_end: int  # where the counted noun ends (star levels and skips are looked for after it)
    subject_type: str | None = None
    stars: str | None = None
    stars_rule: str | None = None
    share: float | None = None  # for an uplift: the share of products it applies to
    skip: str | None = None  # why this is not an OCOP figure (id of the rule)
    needs_producer: bool = False  # a typed producer count: only in a sentence about OCOP producers
    qualifier_rule: str | None = None
    metric_rule: str | None = None  # the rule that made it a narrower count (an upgrade, a product group)


_FIELDS = frozenset(Figure.__dataclass_fields__)


def with_changes(figure: Figure, **changes) -> Figure:
    """``dataclasses.replace(figure, **changes)`` without its generic machinery (the engine makes thousands of these
    per article): a Figure has no ``__post_init__`` and no field left out of ``__init__``, so copying its fields and
    setting the changed ones makes the same object."""
    if not changes.keys() <= _FIELDS:
        raise TypeError(f"Figure has no field {sorted(changes.keys() - _FIELDS)}")
    new = object.__new__(Figure)
    fields = new.__dict__
    fields.update(figure.__dict__)
    fields.update(changes)
    return new


@lru_cache(maxsize=4096)
def _value(text: str | None) -> float | None:
    return None if text is None else as_int_if_whole(parse_numeral(text))


def _qualifier(written: str | None) -> str | None:
    rule = qualifier_rule(written)
    return rule.yields["qualifier"] if rule else None


def qualifier_rule(written: str | None) -> rules.Rule | None:
    """The rule a qualifier word follows; None for "lên", "đến" …, words that lead a number without qualifying it."""
    if not written:
        return None
    for rule, pattern in _QUALIFIERS:
        if pattern.fullmatch(written):
            return rule
    return None


def _levels_respectively(key: str, m: re.Match, levels: list[str]) -> list[tuple[int, int, float]]:
    """(start, end, value) of each number of a noun-first count listing its levels "lần lượt là 3 và 8", when there are
    as many numbers as levels; else nothing."""
    if _LEVEL_LIST.search(key, m.start(), m.start("num")) is None or m.group("qual"):
        return []
    listed = [(m.start("num"), m.end("num"), _value(m.group("num")))]
    end = m.end("num")
    while len(listed) < len(levels) and (more := _NEXT_LEVEL_NUMBER.match(key, end)) is not None:
        listed.append((more.start("num"), more.end("num"), _value(more.group("num"))))
        end = more.end("num")
    if len(listed) != len(levels) or _NEXT_LEVEL_NUMBER.match(key, end):
        return []
    return listed


def type_of_producers(words: str) -> str | None:
    """The producer type a few words name ("Doanh nghiệp", "Hợp tác xã", "Cơ sở sản xuất"), as the counts do."""
    key = match_key(words).strip()
    return next((rule.yields["subject_type"] for rule, pattern in _TYPE_WORDS if pattern.match(key)), None)


def _a_names_word(cased: str, m: re.Match) -> bool:
    """Is the count's number a word of a proper name ("… của Tháp Mười đạt hạng 4 sao", "Huyện Ba Vì"): a number word,
    capitalised, right after another capitalised word?"""
    at = m.start("num")
    if cased[at].isdigit() or not cased[at].isupper():
        return False
    end = at
    while end > 0 and cased[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and cased[start - 1].isalpha():
        start -= 1
    return 0 < end < at and start < end and cased[start].isupper()


def find_counts(doc: Document) -> list[Figure]:
    """Every count in the text (a number and what it counts), before any decision about its sentence."""
    key, cased = doc.key, doc.cased
    figures: dict[int, Figure] = {}

    def add(figure: Figure) -> None:
        if figure.num_start not in figures:
            figures[figure.num_start] = figure

    numbers = [m.start() for m in _NUMBER_PLACES.finditer(key)]
    for m in matches_at(_COUNT, key, numbers):
        # The rule's group is the one that closes last, unless a rule's words hold a group of their own.
        rule_key = m.lastgroup if m.lastgroup in _COUNT_RULES else next(
            name for name, value in m.groupdict().items() if value is not None and name in _COUNT_RULES)
        rule = _COUNT_RULES[rule_key]
        num = m.group("num")
        if not num[0].isdigit() and not cased[m.start("num")].isupper() and m.start("num") > 0 and \
                key[m.start("num") - 1] not in " ,;(:":
            continue
        if _a_names_word(cased, m):
            continue
        add(Figure(m.start(), m.end(), m.start("num"), m.end("num"), rule.yields["metric"], _value(num),
                   _value(m.group("num2")), _qualifier(m.group("qual")), rule.id, m.end(),
                   subject_type=rule.yields.get("subject_type"), needs_producer=bool(rule.yields.get("needs"))))
    for rule, pattern in _NOUN_FIRST:
        for m in scan(pattern, key):
            if _across_lines(key, m):
                continue
            # "số sản phẩm 5 sao của tỉnh đã lên 4": one star level among its words is the total's level.
            levels = _LEVEL_IN_WORDS.findall(key, m.start(), m.start("num")) if rule.yields["metric"] == "products" \
                else []
            stars = levels[0] if len(levels) == 1 else None
            stars_rule = _LEVEL_IN_WORDS_RULE if stars else None
            if rule.yields["metric"] == "products" and _UPPER_LEVELS.search(key, m.start(), m.start("num")):
                # "số sản phẩm đạt 4 sao và 5 sao là 92", "số sản phẩm từ 4 sao trở lên là 15"
                stars, stars_rule = UPPER_LEVELS, _UPPER_LEVELS_RULE.id
            if len(levels) > 1 and (listed := _levels_respectively(key, m, levels)):
                # ("hạng 3 sao, 4 sao, tiềm năng 5 sao và 5 sao lần lượt là …": the potential is a level of its own)
                levels = [POTENTIAL_5 if _POTENTIAL_BEFORE.search(key, max(m.start(), level.start() - 20), level.start())
                          else level.group(1) for level in _LEVEL_IN_WORDS.finditer(key, m.start(), m.start("num"))]
                # "số sản phẩm 4 sao và 3 sao lần lượt là 3 và 8": one count per level, in the order named
                for (num_start, num_end, value), level in zip(listed, levels):
                    figures[num_start] = Figure(m.start() if num_start == m.start("num") else num_start,
                                                num_end, num_start, num_end, "products", value, None, None,
                                                _LEVEL_LIST_RULE, num_end, stars=level,
                                                stars_rule=_LEVEL_IN_WORDS_RULE)
                continue
            existing = figures.get(m.start("num"))
            if existing is not None:
                if existing.metric == rule.yields["metric"] and existing.stars is None and existing.start > m.start() \
                        and _NOUN_FIRST_VERB_END.search(key, m.start(), m.start("num")):
                    # "số sản phẩm OCOP 4 sao của huyện đã tăng lên 25 sản phẩm": the noun written twice; the words
                    # before the number are the count's own (a total risen to 25, of that level).
                    figures[m.start("num")] = with_changes(existing, start=m.start(), stars=stars,
                                                           stars_rule=_LEVEL_IN_WORDS_RULE if stars else None)
                continue
            add(Figure(m.start(), m.end(), m.start("num"), m.end("num"), rule.yields["metric"], _value(m.group("num")),
                       None, _qualifier(m.group("qual")), rule.id, m.end(), stars=stars, stars_rule=stars_rule))
    for rule, pattern in _LABEL_FIRST:
        for m in scan(pattern, key):
            if _across_lines(key, m) or _COUNT_BEFORE_LABEL.search(key, max(0, m.start() - LABEL_LOOKBACK), m.start()) \
                    or _OWN_LEVEL_AFTER.match(key, m.end()):
                continue  # a headline's "… 5 sao" above a line opening "Hai sản phẩm …"; "20 sản phẩm đạt 5 sao (11 …"
            stars = POTENTIAL_5 if m.group("potential") else str(int(m.group("stars")))
            existing = figures.get(m.start("num"))
            if existing is not None:
                if existing.metric == "products" and existing.stars is None:
                    figures[m.start("num")] = with_changes(existing, start=min(existing.start, m.start()),
                                                           stars=stars, stars_rule=rule.id)
                continue
            add(Figure(m.start(), m.end(), m.start("num"), m.end("num"), "products", _value(m.group("num")), None,
                       _qualifier(m.group("qual")), rule.id, m.end(), stars=stars, stars_rule=rule.id))
    types = [m.start() for m in _TYPE_PLACES.finditer(key)]
    for rule, pattern in _TYPE_FIRST:
        for m in scan(pattern, key, types):
            if _across_lines(key, m):
                continue
            if _NAME_AFTER_NUMBER.match(cased, m.end("num")) or not _TYPE_COUNT_END.match(key, m.end("num")):
                continue  # "cơ sở 10 Thúc", "HTX 3T Farm", "HTX ba khía Đầm Dơi": the number belongs to a name
            subject_type = next(r.yields["subject_type"] for r, p in _TYPE_WORDS if p.match(m.group("type")))
            existing = figures.get(m.start("num"))
            if existing is not None:
                if existing.metric == "subjects" and existing.subject_type is None:
                    figures[m.start("num")] = with_changes(existing, start=min(existing.start, m.start()),
                                                           subject_type=subject_type, rule_id=rule.id,
                                                           needs_producer=True)
                continue
            if rule.yields.get("only_typing"):
                continue
            add(Figure(m.start(), m.end(), m.start("num"), m.end("num"), "subjects", _value(m.group("num")), None,
                       _qualifier(m.group("qual")), rule.id, m.end(), subject_type=subject_type,
                       needs_producer=True))
    for rule, pattern in _RATIO:
        for m in scan(pattern, key):
            add(Figure(m.start(), m.end(), m.start("num"), m.end("num"), rule.yields["metric"], _value(m.group("num")),
                       None, _qualifier(m.group("qual")), rule.id, m.end()))
    for figure in list(figures.values()):
        _add_shared_noun(key, cased, figure, add)
    by_num_end = sorted(figures.values(), key=lambda f: f.num_end)
    num_ends = [f.num_end for f in by_num_end]
    for rule, pattern in _RAISED:
        for m in scan(pattern, key):
            # The counts ending within the window before the raised total, found by bisection, not by a scan.
            window = by_num_end[bisect.bisect_right(num_ends, m.start() - RAISED_WINDOW):
                                bisect.bisect_right(num_ends, m.start())]
            before = [f for f in window if "." not in key[f.num_end:m.start()].replace("tp.", "")]
            if m.start("num") in figures or not before:
                continue
            counted = max([f for f in before if not _OWNERS_BEFORE.search(key, max(0, f.start - 12), f.start)]
                          or before, key=lambda f: f.num_end)
            add(Figure(m.start(), m.end(), m.start("num"), m.end("num"), counted.metric, _value(m.group("num")),
                       None, _qualifier(m.group("qual")), rule.id, m.end(), subject_type=counted.subject_type,
                       needs_producer=counted.needs_producer))
    ordered = sorted(figures.values(), key=lambda f: f.num_start)
    for rule, pattern in _ELIDED:
        # Only inside a list of product counts: "40 sản phẩm đạt 3 sao, 38 đạt 4 sao".
        for m in scan(pattern, key, numbers):
            if m.start("num") in figures or not any(f.metric == "products" and f.end <= m.start()
                                                    and m.start() - f.end < 120 for f in ordered) or \
                    _a_names_word(cased, m):
                continue
            add(Figure(m.start(), m.end(), m.start("num"), m.end("num"), "products", _value(m.group("num")),
                       _value(m.group("num2")), _qualifier(m.group("qual")), rule.id, m.end()))
    for rule, pattern in _PLACE_ELIDED:
        for m in scan(pattern, cased):
            if m.start("num") in figures or m.group("name").split()[0].lower() in _NOT_PLACE_WORDS:
                continue
            sentence = doc.sentence_at(m.start("num"))
            if sentence is None or not any(
                    f.metric == "products" and sentence.start <= f.start and f.end <= m.start()
                    and m.start() - f.end < rules.PLACE_ELIDED_WINDOW for f in ordered):
                continue
            add(Figure(m.start("num"), m.end("num"), m.start("num"), m.end("num"), "products",
                       _value(m.group("num")), None, None, rule.id, m.end("num")))
    product_ends = sorted(f.end for f in figures.values() if f.metric == "products")
    for rule, pattern in _BRACKETED:
        for m in scan(pattern, key):
            last = bisect.bisect_right(product_ends, m.start())
            if m.start("num") in figures or not last or m.start() - product_ends[last - 1] >= BRACKETED_WINDOW:
                continue
            add(Figure(m.start(), m.end(), m.start("num"), m.end("num"), "products", _value(m.group("num")), None,
                       None, rule.id, m.end()))
    return sorted((_without_a_name_word(cased, f) for f in figures.values()), key=lambda f: f.num_start)


def _across_lines(key: str, m: re.Match) -> bool:
    """Does the words-first part of a match ("4 sao:", "Hợp tác xã") stand on another line than its number?"""
    return "\n" in key[m.start():m.start("num")]


def _without_a_name_word(cased: str, figure: Figure) -> Figure:
    """A capitalised qualifier right after a capitalised word ends a place name ("Đại Từ 44 sản phẩm", "Gò Công 9"):
    it does not qualify the number."""
    lead = cased[figure.start:figure.num_start].strip()
    if not lead or " " in lead or not lead[0].isupper():
        return figure
    previous = cased[max(0, figure.start - 25):figure.start]
    word = previous.rstrip().rsplit(None, 1)[-1] if previous.strip() else ""
    if previous.endswith(" ") and word[:1].isupper() and word[-1:].isalpha():
        return with_changes(figure, start=figure.num_start, qualifier=None)
    return figure


def _add_shared_noun(key: str, cased: str, figure: Figure, add) -> None:
    """The numbers listed before a count that share its noun ("lần lượt có 7, 5 và 3 sản phẩm", "Bắc Hà 31, Văn Bàn
    30 và Si Ma Cai 14 sản phẩm"): each a figure of the same metric, quoted from its number to the shared noun."""
    if figure.qualifier is not None or figure.value_high is not None:
        return
    for rule, pattern, screen, words in _SHARED_NOUN:
        text = cased if rule.yields.get("text") == "cased" else key
        window_start = max(0, figure.num_start - (NAMED_ITEMS_WINDOW if text is cased else SHARED_NOUN_WINDOW))
        if words is not None and all(text.find(word, window_start, figure.num_start) < 0 for word in words):
            continue  # a match lies inside the window, and holds one of the words
        if screen is not None:
            begin = last_number_start(text, window_start, figure.num_start) if rule.id in _FROM_LAST_NUMBER \
                else window_start
            if begin is None or screen.search(text, begin, figure.num_start) is None:
                continue  # no list's last item ends the window: the list cannot either
        m = pattern.search(text, window_start, figure.num_start)
        if m is None:
            continue
        numbers = _LISTED_DIGITS if rule.yields.get("text") == "cased" else _LISTED_NUMBER
        listed = list(numbers.finditer(key, m.start("list"), m.end("list")))
        if rule.yields.get("text") == "cased" and any(_YEAR_NUMBER.fullmatch(n.group("num")) for n in listed):
            return  # "Năm 2023, Kiên Giang có 45 sản phẩm": a year, then the place of one count
        for number in listed:
            add(Figure(number.start("num"), figure.end, number.start("num"), number.end("num"), figure.metric,
                       _value(number.group("num")), None, None, rule.id, figure.noun_end,
                       subject_type=figure.subject_type, stars=figure.stars, stars_rule=figure.stars_rule,
                       needs_producer=figure.needs_producer))
        return


def attach(doc: Document, sentence: Sentence, figures: list[Figure]) -> list[Figure]:
    """The sentence's figures with their star level, subtype and upgrades read, and skips decided."""
    if not figures:
        return []
    key = doc.key
    out: list[Figure] = []
    clauses = doc.memo.setdefault("skip_sentences", {})  # (rule, clause start, clause end) -> its match
    skips_held, stars_held, group_named = _rules_held(
        frozenset(_PRESENT_SCREENED_WORDS(key, sentence.start, sentence.end)))
    for i, figure in enumerate(figures):
        # Numbers sharing this figure's noun ("7, 5 và 3 sản phẩm") start before it ends: the next figure is the
        # first one after its noun.
        following = min([f.start for f in figures[i + 1:] if f.start >= figure.noun_end], default=sentence.end)
        left = key[max(sentence.start, figure.start - LEFT_WINDOW):figure.start]
        right = key[figure.noun_end:min(sentence.end, figure.noun_end + RIGHT_WINDOW)]
        skip = _skip(left, right, key, sentence, figure, doc.cased, clauses, skips_held)
        if skip in ("skip.entries", "skip.entries_clause") and figure.rule_id == SHARE_OF_A_WHOLE_RULE and \
                _ENTRIES_WHOLE_AFTER.match(right):
            skip = None  # "công nhận 50 trong tổng số 56 sản phẩm dự thi": the entries are the whole, not the part
        if skip in ("skip.entries", "skip.entries_clause") and _ALL_ENTRIES_RECOGNISED.search(left):
            skip = None  # "công nhận toàn bộ 8 sản phẩm được đưa ra xem xét đạt chuẩn OCOP 3 sao": every entry rated
        metric, metric_rule = figure.metric, None
        if metric == "products":
            for rule, pattern in _SUBTYPES:
                # A group frame governs its whole sentence: "Theo nhóm ngành, thực phẩm 127 sản phẩm; đồ uống …".
                if pattern.match(right) or (rule.id == "subtype.in_group" and group_named and (
                        _GROUP_BEFORE.search(key, sentence.start, figure.start)
                        or _GROUP_NAMED.search(key, max(sentence.start, figure.start - GROUP_NAMED_WINDOW),
                                               figure.start))):
                    metric, metric_rule = rule.yields["metric"], rule.id
            for rule_id, pattern in _UPGRADES.items():
                if pattern.search(left) if rule_id == "upgrade.before" else pattern.match(right):
                    metric, metric_rule = "products_upgraded", rule_id
        if metric == "subjects" and figure.subject_type is None and "%" in left and \
                (share := _TYPE_SHARE_BEFORE.search(left)) is not None:
            # "Hợp tác xã chiếm 38%, tương đương 190 chủ thể": that type's producers; two types together, none
            figure = with_changes(figure, subject_type="mixed" if share.group("other") else next(
                r.yields["subject_type"] for r, p in _TYPE_WORDS if p.match(share.group("type"))))
        if metric == "subjects" and figure.subject_type is None:
            typed = _TYPE_NAMED_AFTER.match(key, figure.noun_end) or _TYPE_ROW.match(key, sentence.start)
            if typed:
                # "25 chủ thể là hợp tác xã": the producers of one type, named after the count
                figure = with_changes(figure, subject_type=next(r.yields["subject_type"] for r, p in _TYPE_WORDS
                                                                if p.match(typed.group("type"))))
        if metric == "subjects" and figure.subject_type and figure.rule_id.startswith("count.subjects.") and \
                figure.rule_id != "count.subjects.type_first" and _MIXED_TYPES.match(key[figure.noun_end:following]):
            # "249 tổ hợp tác và hộ kinh doanh": no single type can say it.
            figure = with_changes(figure, subject_type="mixed")
        stars, stars_rule, star_end = figure.stars, figure.stars_rule, figure.end
        if stars is None and metric in ("products", "products_upgraded"):
            counted = figure if metric == figure.metric else with_changes(figure, metric=metric)
            stars, stars_rule, star_end = _stars_after(key, counted, following, figures[i + 1:], sentence,
                                                       stars_held)
        elif stars is None and metric_rule == "subtype.product_word":
            named = _stars_after(key, figure, following, figures[i + 1:], sentence, stars_held)
            if named[0] in ("5", POTENTIAL_5):
                metric, metric_rule = figure.metric, None
                stars, stars_rule, star_end = named
        if stars is None and metric == "products" and _PROPOSED_TO_CENTRE_BEFORE.search(left):
            stars, stars_rule = POTENTIAL_5, "stars.proposed_before"
        # ("1 sản phẩm đạt điểm 5 sao và đang được trình Hội đồng … Trung ương công nhận": the province's 5-star
        # score awaiting the centre, a potential)
        if stars in ("3", "4", "5") and metric == "products" and _PROPOSED_5_AFTER_LEVEL.match(key, star_end):
            stars, stars_rule = POTENTIAL_5, "stars.proposed_5"
        if stars == "5":
            # (a proposal names its council in full: "đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp quốc gia
            # xem xét, công nhận 01 sản phẩm đạt 5 sao" stands further back than the usual window)
            proposal_start = max(sentence.start, figure.start - PROPOSAL_WINDOW)
            for rule, pattern in _STARS_BEFORE:
                if pattern.search(key, proposal_start, figure.start):
                    stars, stars_rule = POTENTIAL_5, rule.id
                    if skip == "skip.activity":
                        skip = None  # "đề nghị Trung ương đánh giá, phân hạng 5 sao cho 2 sản phẩm": the proposal
        if skip in ("skip.entries_owner", "skip.activity") and stars == POTENTIAL_5 and \
                stars_rule == "stars.proposed_5" and _CANDIDATE_RIGHT_AFTER.match(right):
            skip = None  # "gửi hồ sơ của hai sản phẩm đủ điều kiện tham gia đánh giá 5 sao": the candidates counted
        if skip == "skip.activity" and stars in ("3", "4", "5") and _NEW_ITEM_AFTER_A_COMMA.search(left) and \
                _COUNT_DIGIT.search(left):
            # "13 sản phẩm … đang chờ Bộ đánh giá, 1.098 sản phẩm 4 sao và 534 sản phẩm 3 sao": the verb ends the item
            # before; a count rated at its own level after the comma is an item of its own (an intro, "Sau vòng đánh
            # giá ở cấp huyện, 35 sản phẩm …", names no item before it)
            skip = None
        if stars == "5" and stars_rule == "stars.national_level" and (skip in _ENTRY_SUBSET_SKIPS or
                                                                      skip == "skip.activity") and \
                _PROPOSED_BEFORE.search(left):
            # "đề xuất 3 sản phẩm tham gia đánh giá … cấp quốc gia": the proposal, a step of a round
            stars, stars_rule, skip = POTENTIAL_5, "stars.proposed_before", None
        if stars == POTENTIAL_5 and stars_rule in ("stars.proposed_5", "stars.potential") and \
                skip in ("skip.entries", "skip.entries_clause"):
            skip = None  # "2 sản phẩm được đề xuất đánh giá 5 sao": the proposal is the potential 5-star count
        if stars == POTENTIAL_5 and skip == "skip.activity" and _SELECTED_BEFORE.search(left):
            skip = None  # "lựa chọn 4 sản phẩm có tiềm năng đạt 5 sao": the selection is the potential
        if stars == POTENTIAL_5 and skip in ("skip.activity", "skip.supported") and \
                _DOSSIER_FOR_THE_CENTRE.match(key, figure.noun_end, sentence.end):
            skip = None  # "hỗ trợ 5 sản phẩm tiềm năng 5 sao hoàn thiện hồ sơ đề nghị Trung ương …": the candidates
        qualifier = _qualifier_written(key, figure)
        out.append(with_changes(figure, metric=metric, stars=stars, stars_rule=stars_rule,
                                end=max(figure.end, star_end), skip=skip, metric_rule=metric_rule,
                                qualifier_rule=qualifier))
    out = _skips_shared_in_lists(key, out)
    out = _parts_in_brackets_of_a_skipped_count(key, out)
    out = _parts_of_entries(out)
    out = _producers_of_entries(key, out)
    out = _untyped_totals_of_typed_parts(key, out)
    out = _group_words_of_totals_broken_down_by_level(out)
    return [_levels_settled(key, f, out) for f in out]


def _levels_settled(key: str, figure: Figure, figures: list[Figure]) -> Figure:
    """A count read at several levels, once its sentence is read: the provincial levels are every product unless a
    5-star count stands beside it; the two upper levels are a subset no fact holds, so a product count of them is left
    out (an upgrade "lên 4 - 5 sao" still counts the products upgraded, to a level it does not settle)."""
    if figure.stars == ALL_PROVINCIAL:
        beside = "stars.range_provincial" if _beside_a_national_level(key, figure, figures) else None
        return with_changes(figure, stars=None, skip=figure.skip or beside)
    if figure.stars == UPPER_LEVELS:
        upper = _UPPER_LEVELS_RULE.id if figure.metric == "products" else None
        return with_changes(figure, stars=None, skip=figure.skip or upper)
    return figure


def _beside_a_national_level(key: str, figure: Figure, figures: list[Figure]) -> bool:
    """Is a count "đạt 3 - 4 sao" a subtotal beside a 5-star count, or beside a potential 5-star count named as its
    sibling ("6 sản phẩm tiềm năng 5 sao, cùng 48 sản phẩm xếp hạng từ 3 đến 4 sao")? A potential 5-star product
    still holds a provincial rating: named as a part of the count ("138 sản phẩm đạt từ 3 - 4 sao, trong đó … 1 sản
    phẩm tiềm năng 5 sao"), it leaves the count the whole."""
    for other in figures:
        if other.stars == "5":
            return True
        if other.stars == POTENTIAL_5 and (other.start < figure.start or not (
                _PART_OF_WORDS.search(key, figure.end, other.start) or _PART_OF_AFTER.match(key, other.noun_end))):
            return True
    return False


def _producers_of_entries(key: str, figures: list[Figure]) -> list[Figure]:
    """"9 chủ thể mang 15 sản phẩm tham gia Chương trình": the producers named before entries bring entries."""
    out = list(figures)
    for i in range(len(out) - 1):
        producers, products = out[i], out[i + 1]
        if producers.metric == "subjects" and producers.skip is None and products.metric.startswith("products") and \
                (products.skip in _ENTRY_SKIPS_OF_PRODUCTS or products.skip in _ACTIVITY_SKIPS) and \
                _PRODUCERS_BRING.fullmatch(key, producers.noun_end, products.start):
            out[i] = with_changes(producers, skip=products.skip)
    for i in range(1, len(out)):
        products, producers = out[i - 1], out[i]
        # "… sản phẩm tham gia năm nay …, với 187 sản phẩm của 96 chủ thể": the owners of entries named first
        if producers.metric == "subjects" and producers.skip is None and products.metric == "products" and \
                products.skip == _ENTRIES_NAMED_FIRST and \
                _OWNED_BY.match(key[products.noun_end:producers.start].strip()):
            out[i] = with_changes(producers, skip=products.skip)
    return out


def _group_words_of_totals_broken_down_by_level(figures: list[Figure]) -> list[Figure]:
    """"Lào Cai có 142 sản phẩm nông sản đạt OCOP, trong đó 29 sản phẩm 4 sao và 113 sản phẩm 3 sao": a count named by a
    product word whose star levels, counted after it, add up to it is the place's total, the word only describing it."""
    out = list(figures)
    for i, whole in enumerate(out):
        if whole.metric_rule != _PRODUCT_WORD_RULE or whole.skip is not None or whole.value is None:
            continue
        levels = [f.value or 0 for f in out[i + 1:]
                  if f.metric == "products" and f.stars in ("3", "4", "5") and f.skip is None]
        if len(levels) >= 2 and sum(levels) == whole.value:
            out[i] = with_changes(whole, metric="products", metric_rule=None)
    return out


def _parts_in_brackets_of_a_skipped_count(key: str, figures: list[Figure]) -> list[Figure]:
    """"đưa vào chương trình 185 sản phẩm của 97 chủ thể (34 doanh nghiệp, 17 hợp tác xã, …)": the counts in the bracket
    right after a skipped count are its parts, skipped with it."""
    out = list(figures)
    for i, whole in enumerate(out):
        if whole.skip is None or not _BRACKET_OPENS.match(key, whole.noun_end):
            continue
        close = key.find(")", whole.noun_end)
        for j in range(i + 1, len(out)):
            part = out[j]
            if close < 0 or part.start > close:
                break
            if part.metric == whole.metric and part.skip is None:
                out[j] = with_changes(part, skip=whole.skip)
    return out


def _parts_of_entries(figures: list[Figure]) -> list[Figure]:
    """"135 sản phẩm được đề nghị công nhận; 117 sản phẩm đánh giá lần đầu, 18 sản phẩm đánh giá lại": counts right
    after a count of entries (or of a group of districts) that add up to it, of two or more, are its parts, skipped
    with it."""
    out = list(figures)
    for i, whole in enumerate(out):
        if (whole.skip not in _ENTRY_SUBSET_SKIPS and whole.skip != "skip.district_group") or whole.value is None:
            continue
        parts: list[int] = []
        for j in range(i + 1, len(out)):
            # (a part may name the level it asks to reach: "1 sản phẩm OCOP xin nâng từ 3 sao lên 4 sao"; a group of
            # districts' products are split by level: "40 sản phẩm; 39 sản phẩm đạt 3 sao, 1 sản phẩm đạt 4 sao")
            if out[j].metric != whole.metric or (out[j].stars is not None and out[j].stars_rule != "stars.upgrade_to"
                                                 and whole.skip != "skip.district_group"):
                break
            parts.append(j)
            if sum(out[k].value or 0 for k in parts) >= whole.value:
                break
        if len(parts) >= 2 and sum(out[k].value or 0 for k in parts) == whole.value:
            for k in parts:
                out[k] = with_changes(out[k], skip=out[k].skip or whole.skip)
    return out


def _untyped_totals_of_typed_parts(key: str, figures: list[Figure]) -> list[Figure]:
    """"136 cơ sở sản xuất: 37 doanh nghiệp, 54 hợp tác xã và 45 hộ kinh doanh": a producer count broken down into
    two or more other types right after it is their total, whatever word of one type it used for producers."""
    out = list(figures)
    for i, figure in enumerate(out):
        if figure.metric != "subjects" or figure.subject_type in (None, "mixed"):
            continue
        parts = [f for f in out[i + 1:] if f.metric == "subjects" and f.subject_type not in (None, "mixed")]
        if len({f.subject_type for f in parts} - {figure.subject_type}) >= 2 and \
                _BREAKDOWN_CUE.match(key, figure.noun_end, parts[0].start) and \
                sum(f.value or 0 for f in parts) == figure.value:
            out[i] = with_changes(figure, subject_type=None)
    return out


def _skips_shared_in_lists(key: str, figures: list[Figure]) -> list[Figure]:
    """An entries or activity count makes the rest of its list entries too: the producers "của 8 chủ thể" of a
    skipped product count, and the items after it ("đăng ký nhiều nhất với 28 sản phẩm; thị xã B 24 sản phẩm …")
    that state no verb of their own."""
    out = list(figures)
    for i in range(1, len(out)):
        before, figure = out[i - 1], out[i]
        subset = next((f for f in out[:i] if f.metric == figure.metric and f.skip in _SUBSET_SKIPS
                       and _BREAKDOWN_CUE.search(key, f.end, figure.start)), None)
        if subset is not None and subset.skip in _ENTRY_SUBSET_SKIPS:
            # A part of entries is entries ("48 sản phẩm tham gia đánh giá; trong đó 36 sản phẩm mới …") when it
            # breaks down the entries themselves, with no level or result of its own ("trong đó 104 sản phẩm … đạt
            # 4 sao" is the round's result).
            nearest = next((f for f in reversed(out[:i]) if f.metric == figure.metric), None)
            cue = _PART_OF_WORDS.search(key, subset.end, figure.start)
            if nearest is not subset or figure.stars is not None or cue is None or \
                    _RESULT_VERB.search(key, cue.end(), figure.start) or \
                    _RESULT_AFTER.match(key, figure.noun_end, figure.noun_end + RIGHT_WINDOW):
                subset = None
        if figure.skip is None and subset is not None:
            out[i] = with_changes(figure, skip=subset.skip)
            continue
        if figure.skip is None and before.skip in _LIST_SKIPS and before.metric == figure.metric and \
                figure.stars is None and (cue := _PART_OF_WORDS.search(key, before.end, figure.start)) and \
                not _COUNT_DIGIT.search(_ASIDE_IN_BRACKETS.sub("", key[before.end:figure.start])) and \
                not _RESULT_VERB.search(key, cue.end(), figure.start) and \
                not _RESULT_AFTER.match(key, figure.noun_end, figure.noun_end + RIGHT_WINDOW):
            # "hỗ trợ 40 chủ thể tham gia hội chợ, gồm 10 doanh nghiệp": a part of what the activity was done for
            out[i] = with_changes(figure, skip=before.skip)
            continue
        if before.skip is None and before.metric == "subjects" and figure.metric == "products" and \
                figure.skip in _OWNER_SKIPS and _OWNER_FIRST.match(key[before.noun_end:figure.start]):
            # "27 chủ thể … đang sở hữu 64 sản phẩm có tiềm năng", "5 chủ thể đưa 11 sản phẩm tham gia đánh giá": the
            # producers of the skipped products, as when they are named after them
            out[i - 1] = with_changes(before, skip=figure.skip)
            continue
        if figure.skip is not None or before.skip not in _OWNER_SKIPS:
            continue
        between = key[before.noun_end:figure.start]
        if figure.metric == "subjects" and (_OWNED_BY_RATED.match(between) or (
                _OWNER_LAST.search(between) and not _DIGIT.search(_KINDS_OR_PLACES_COUNTED.sub(" ", between)) and
                len(between) <= RIGHT_WINDOW)):
            # "80 sản phẩm có tiềm năng, của 31 chủ thể": the producers of the skipped products.
            out[i] = with_changes(figure, skip=before.skip)
            continue
        same = next((f for f in reversed(out[:i]) if f.metric == figure.metric), None)
        own_result = _RESULT_AFTER.match(key, figure.noun_end, figure.noun_end + RIGHT_WINDOW) or \
            _result_in_its_words(key, figure)
        # A result of its own stays a result, except in a list of re-ratings, where every result is kept or lost.
        if same is not None and same.skip in _LIST_SKIPS and (not own_result or same.skip in _RERATING_SKIPS) and \
                _LIST_ITEM_GAP.fullmatch(key, before.end, figure.start):
            out[i] = with_changes(figure, skip=same.skip)
    return out


def _result_in_its_words(key: str, figure: Figure) -> bool:
    """Does a count whose noun is left out say its result between its number and its level ("5 trong số đó được xếp
    hạng OCOP 3 sao", "cả ba đều đạt 3 sao")?"""
    return figure.rule_id == _ELIDED_RULE and _RESULT_VERB.search(key, figure.num_start, figure.end) is not None


def _qualifier_written(key: str, figure: Figure) -> str | None:
    rule = qualifier_rule(key[figure.start:figure.num_start].strip()) if figure.qualifier else None
    return rule.id if rule else None


def _skip(left: str, right: str, key: str, sentence: Sentence, figure: Figure, cased: str,
          clauses: dict, skips_held: tuple[list, list, list]) -> str | None:
    """Why the figure is no OCOP count, if it is not; ``skips_held``: the rules of ``SKIPS_BEFORE``, ``SKIPS_AFTER``
    and ``SKIP_SENTENCES`` whose words its sentence holds (``_held``)."""
    def cased_left(figure: Figure, m: re.Match) -> str:
        left_start = max(sentence.start, figure.start - LEFT_WINDOW)
        return cased[max(sentence.start, left_start + m.start() - 30):left_start + m.start()]

    # A count whose noun comes first ("số sản phẩm có truy xuất nguồn gốc là 20") says what it counts before its number.
    own_words = key[figure.start:figure.num_start] if figure.start < figure.num_start else ""
    rule_id = figure.rule_id
    if own_words and _ENTRIES_IN_OWN_WORDS.search(own_words):
        return "skip.entries_named_first"  # "tổng số sản phẩm … tham gia chương trình đã tăng lên 45": entries
    if own_words and _KEPT_LEVEL_IN_OWN_WORDS.search(own_words):
        return "skip.kept_level"  # "Số sản phẩm tiếp tục giữ hạng 4 sao là 8": kept at a re-rating
    if own_words and _SUPPORTED_IN_OWN_WORDS.search(own_words):
        return "skip.support"  # "Tổng số sản phẩm được hỗ trợ là 91": the recipients of a support
    before_rules, after_rules, clause_rules = skips_held
    for rule, pattern, only in before_rules:
        if only is not None and not rule_id.startswith(only):
            continue
        if rule.id == "skip.whole_of_a_share" and not _SHARE_OF.match(own_words):
            continue
        m = pattern.search(left)
        if not m and own_words and rule.id == "skip.support" and pattern.search(own_words):
            return rule.id
        if not m:
            continue
        if rule.id in ("skip.activity", "skip.council_session") and _result_in_its_words(key, figure):
            continue  # "Sau khi hội đồng chấm điểm, 5 trong số đó được xếp hạng 3 sao": its result in its own words
        if rule.id == "skip.activity" and (_RESULT_VERB.search(m.group("between") or "") or
                                           _FORMED_AFTER_ACTIVITY.search(m.group("between") or "") or
                                           _RESULT_AFTER.match(right)):
            # "chấm, công nhận 99 sản phẩm", "sau khi chấm, xác định 53 sản phẩm đạt 3 sao", "hỗ trợ hình thành 46
            # sản phẩm": results
            continue
        if rule.id in _OPENING_SKIPS and figure.start - sentence.start > LEFT_WINDOW:
            continue  # its words must open the sentence, and the window no longer begins there
        if rule.id == "skip.council_session" and _RESULT_AFTER.match(right):
            continue  # "Hội đồng đã chấm điểm 20 sản phẩm đạt 3 sao": the council's result
        if rule.id == "skip.activity" and "," in left[m.start():] and _ACTIVITY_AS_INTRO.search(left, 0, m.start()) \
                and _RESULT_VERB.search(right, 0, INTRO_RESULT_REACH):
            # "Qua chấm điểm, 15 sản phẩm của tỉnh đạt 3 sao": the activity introduces its results ("Qua khảo sát, 70
            # sản phẩm đáp ứng điều kiện" names none)
            continue
        if rule.id == "skip.activity" and _A_NAME_AT.match(cased, max(sentence.start, figure.start - LEFT_WINDOW)
                                                           + m.start()):
            continue  # "Giao Thủy hiện có 48 sản phẩm": a district's name, not "giao" (to hand over)
        if rule.id == "skip.activity" and _STOCK_AFTER_ACTIVITY.search(m.group()):
            continue  # "Qua các kỳ đánh giá, Hậu Giang hiện có 175 sản phẩm": the place's products
        if rule.id == "skip.activity" and _PART_OF_WORDS.search(m.group("between") or ""):
            continue  # "214 chủ thể tham gia, gồm 82 doanh nghiệp": the activity is the whole's, the part shares it
        if rule.id == "skip.activity" and _ASIDE_END.search(m.group("between") or ""):
            continue  # "… – 4 sản phẩm … để trình Trung ương đánh giá – và 12 sản phẩm hạng 3 sao": an aside ended
        if rule.id == "skip.activity" and figure.start != figure.num_start and _RAISING_VERB.search(left) and \
                not _QUALIFIER_ONLY.fullmatch(own_words):
            continue  # "đưa số sản phẩm OCOP của tỉnh lên 139": the total raised, named before its number
        if rule.id in ("skip.activity", "skip.rerating") and _NEW_AND_RENEWED.search(left, 0, m.start()):
            continue  # "công nhận mới và công nhận lại 55 sản phẩm": the round's whole result
        if rule.id == "skip.increase" and _RISEN_FROM.match(key, figure.start, figure.num_start):
            continue  # "tăng từ 120 sản phẩm năm 2021 lên 268 năm 2024": the stock it rose from, at its own date
        if rule.id == "skip.year_or_document" and figure.start != figure.num_start:
            continue  # "Số sản phẩm 3 sao là 884": the word before the figure's own words, not before a number
        if rule.id == "skip.per_unit" and (_NAME_BEFORE_EACH.search(cased_left(figure, m)) or
                                           _SEVERAL_DISTRICTS.search(left, 0, m.start()) or
                                           _EACH_FIRST.search(cased, max(sentence.start, figure.start - 120),
                                                              figure.start)):
            # "Sông Lô và Yên Lạc mỗi huyện 9 sản phẩm", "ba huyện A, B và C dẫn đầu, mỗi huyện có 12 sản phẩm": a
            # figure for each of the places named
            continue
        return rule.id
    # (… or of a clause: "…; Công ty TNHH Thiên Nhiên Việt có 5 sản phẩm")
    # ("…, trong đó riêng HTX Kỳ Sơn đã có 11 sản phẩm": of the clause after a place's figure)
    clause_start = max(sentence.start, cased.rfind(";", sentence.start, figure.start) + 1)
    if rule_id.startswith("count.products") and (
            _PRODUCER_SUBJECT.fullmatch(cased, clause_start, figure.start) or
            clause_start < (comma := cased.rfind(",", clause_start, figure.start) + 1) and
            _PRODUCER_SUBJECT.fullmatch(cased, comma, figure.start)):
        return "skip.one_producer"  # "Hợp tác xã Hải Bình … hiện có 3 sản phẩm": one producer's products
    aside = _ASIDE_AFTER_COUNT.match(right)
    # (what was done to the count is read past its owners; what the count is, "102 sản phẩm của 40 chủ thể, chủ yếu
    # là …", is not)
    readings = [(right, None)] + ([(right[aside.end():], _PREDICATES_AFTER)] if aside and aside.end() else [])
    for (words, only_rules), (rule, pattern, only) in itertools.product(readings, after_rules):
        if only is not None and not rule_id.startswith(only) or only_rules is not None and rule.id not in only_rules:
            continue
        if pattern.match(words):
            if rule.id in ("skip.not_ocop_products", "skip.activity_purpose") and (
                    _RESULT_VERB.search(left) or _RESULT_VERB.search(key, max(sentence.start, figure.start - 12),
                                                                     figure.num_start)):
                # "trao chứng nhận OCOP 3 sao cho 15 sản phẩm nông nghiệp": recognised, whatever their kind; "công nhận
                # 30 sản phẩm để …": recognised, whatever for (… "xếp hạng 3 sao cho 15 sản phẩm nông nghiệp", the
                # verb's last word inside a level-first count's own words)
                continue
            if rule.id == "skip.one_producer" and figure.stars is not None:
                # "Ở hạng 4 sao chỉ có 01 sản phẩm là bưởi Múc của HTX …": a level's products, all of one producer, as
                # when the level follows them
                continue
            if rule.id == "skip.entries" and _every_entry_came_through(left, right):
                continue  # "Cả 8 sản phẩm đưa ra xem xét đều đạt chuẩn OCOP 3 sao"
            if rule.id == "skip.per_unit_after" and (
                    _SEVERAL_DISTRICTS.search(left) or
                    _EACH_PLACE_AFTER.match(words) and _NAMES_JOINED.search(cased, sentence.start, figure.start)):
                continue  # "hai huyện Na Hang và Chiêm Hóa cùng có 9 sản phẩm mỗi huyện": each place's figure
            if rule.id == "skip.back_reference" and _ALL_OF_THEM.search(key, figure.noun_end,
                                                                         _clause_end(key, figure.noun_end, sentence.end)):
                # "Mười một sản phẩm này thuộc 05 chủ thể và cùng được xếp hạng 3 sao": the figure named again to
                # give all of it a level, which the first statement takes (extract._totals_all_of_one_level)
                continue
            return rule.id
    clause_start = max(key.rfind(";", sentence.start, figure.start) + 1, sentence.start)
    clause_end = _clause_end(key, figure.noun_end, sentence.end)
    for rule, pattern, number in clause_rules:
        if rule.yields.get("reach") == "after":
            m = pattern.search(key, figure.noun_end, clause_end)
            if m is None or _RESULT_AFTER.match(right) and not rule.yields.get("past_a_result"):
                continue
            if rule.yields.get("past_a_result") and _PLAN_WORDS.search(key, sentence.start, figure.start):
                continue  # "đặt mục tiêu … chọn 1 sản phẩm để đề nghị tỉnh đánh giá ở mức 4 sao": the plan's figure
            # (an aside in brackets says more of the count: "16 chủ thể (29 sản phẩm) được hỗ trợ"; so does its star
            # level: "18 sản phẩm … đạt 3 sao và 4 sao của 10 chủ thể đã hết thời hạn")
            between = _STAR_LEVEL.sub(" ", _BRACKETED_TEXT.sub(" ", _DOCUMENT_REFERENCE.sub(" ", _OWNER_PHRASE.sub(
                " ", key[figure.noun_end:m.start()]))))
            if len(between) > ENTRIES_REACH or _DIGIT.search(between) or "(" in between:
                # too far, or another count's (a decision's number and date are no count), or an aside's words
                # ("220 sản phẩm 3 sao (một sản phẩm … sắp hết hạn …)")
                continue
            return rule.id
        # The figures of one clause search it alike: each search is made once per clause.
        found = clauses.get((number, clause_start, clause_end), clauses)
        if found is clauses:
            found = clauses[number, clause_start, clause_end] = pattern.search(key, clause_start, clause_end)
        m = found
        if m is None:
            continue
        if rule.yields.get("reach") == "clause":
            between = _OWNER_PHRASE.sub(" ", key[figure.noun_end:m.start()])
            if _RESULT_AFTER.match(right) or _every_entry_came_through(left, right) or (
                    m.start() > figure.noun_end and (
                    len(between) > ENTRIES_REACH or _RESULT_VERB.search(between) or _DIGIT.search(between))) or (
                    m.end() <= figure.num_start and _RESULT_VERB.search(key, m.end(), figure.num_start)):
                # a result of its own, the entries of the count named between, or the result of the entries
                # named before ("06 sản phẩm tham gia đánh giá, trong đó công nhận hạng 3 sao cho 05 sản phẩm"), or a
                # noun-first count's own entries and result ("số sản phẩm tham gia đánh giá đạt 3 sao là 12")
                continue
            return rule.id
        if rule.id == _OTHER_PROGRAMME_RULE and _OCOP_RIGHT_AFTER.match(key, figure.noun_end):
            continue  # "… 17 xã đạt chuẩn nông thôn mới, cùng 147 sản phẩm OCOP": the count names its programme
        if m.start() < figure.num_start or m.start() - figure.noun_end < 40:
            return rule.id
    return None


def _every_entry_came_through(left: str, right: str) -> bool:
    """Does the clause say every entry it counts came through ("Toàn bộ 12 sản phẩm tham gia đánh giá đều được công
    nhận 3 sao")?"""
    return _EVERY_ONE_BEFORE.search(left) is not None and _ENTRIES_ALL_CAME_THROUGH.match(right) is not None


def _clause_end(key: str, start: int, end: int) -> int:
    """Where the clause holding ``start`` ends: the first ";" after it outside brackets ("18 sản phẩm (thuộc các
    nhóm thực phẩm tươi sống; thực phẩm chế biến; …) … đã hết thời hạn" is one clause), else ``end``."""
    at = key.find(";", start, end)
    while at >= 0:
        opened = key.rfind("(", start, at)
        if opened < 0 or key.rfind(")", opened, at) >= 0:
            return at
        closed = key.find(")", at, end)
        if closed < 0:
            return at
        at = key.find(";", closed, end)
    return end


def _stars_after(key: str, figure: Figure, following: int, later: list[Figure], sentence: Sentence,
                 stars_held: list[tuple]):
    """The star level stated right after a count's noun, and where it ends; ``stars_held``: the star rules whose
    words the sentence holds (``_held``).

    Only linking words may stand between (at most ``STAR_LINK_MAX_CHARS``); a producer count introduced by "của"
    ("14 sản phẩm của 9 hợp tác xã đạt 4 sao") is stepped over.
    """
    end, start = following, figure.noun_end
    if later and later[0].metric == "subjects" and _OWNED_BY.match(key[figure.noun_end:later[0].start]):
        # "41 sản phẩm của 10 chủ thể đạt 4 sao": the producers stand between the count and its star level.
        start = later[0].noun_end
        end = later[1].start if len(later) > 1 else sentence.end
    clause_end = key.find(";", start, end)
    end = end if clause_end < 0 else clause_end
    window = key[start:end]
    if figure.metric == "products_upgraded":
        # An upgrade names the level it starts from and the level it reaches: the count is of the level reached.
        rule, pattern = next((r, p) for r, p in _STARS if r.id == "stars.upgrade_to")
        m = pattern.search(window)
        if m and m.start() <= 2 * rules.STAR_LINK_MAX_CHARS:
            return str(int(m.group(1))), rule.id, start + m.end()
    found = sorted(((m.start(), order, rule, m) for rule, pattern, order in stars_held
                    if (m := pattern.search(window))), key=lambda c: c[:2])
    if not found:
        return None, None, figure.end
    _, _, rule, m = found[0]
    between = window[:m.start()]
    owner = _OWNED_BY_PLACES.match(between)  # "104 sản phẩm của 20 quận, huyện đạt 4 sao"
    linking = _SHARE_ASIDE.sub(" ", between[owner.end():] if owner else between)
    if _RATED_THEN_LISTED.search(linking):
        return None, None, figure.end
    if rule.id == _LEVEL_IN_WORDS_RULE and _STAR_SHARE_AFTER.match(window, m.end()) and \
            (_CLAUSE_MARK.search(linking) or _STAR_SUBJECT_BREAK.search(linking)):
        return None, None, figure.end  # "380 sản phẩm, trong đó sản phẩm 3 sao chiếm 75%": a share's level
    if rule.id not in ("stars.potential", "stars.proposed_5") and not _SCORE_BAND_OF_A_LEVEL.fullmatch(linking) and (
            len(linking) > rules.STAR_LINK_MAX_CHARS or _DIGIT.search(linking)) and \
            not (_ALL_RATED_BEFORE_LEVEL.search(linking) and not _DIGIT.search(linking)):
        # Far from its count, a star level still rates it at the end of a clause naming the products.
        rated = next(((r, later) for _, _, r, later in found if r.id not in ("stars.potential", "stars.proposed_5")
                      and _rated_subject(window[:later.start()])), None)
        if rated is None:
            return None, None, figure.end
        rule, m = rated
    if rule.id in ("stars.potential", "stars.proposed_5") and _DIGIT.search(between):
        return None, None, figure.end
    kind = rule.yields["stars"]
    if kind == "potential_5":
        stars = POTENTIAL_5
    elif kind in ("named", "reached"):
        stars = str(int(m.group(1)))
    elif kind == "all":
        stars = None
    elif kind == "all_provincial":
        stars = ALL_PROVINCIAL
    elif kind == "upper":
        stars = UPPER_LEVELS
    else:
        stars = kind
    return stars, rule.id, start + m.end()


def _rated_subject(linking: str) -> bool:
    """Do the words between a count and a star level name the counted products and then rate them?"""
    if len(linking) > rules.STAR_SUBJECT_MAX_CHARS:
        return False
    bare = _STAR_SUBJECT_SCORE.sub(" ", _BRACKETED_TEXT.sub(" ", linking))
    return not _DIGIT.search(bare) and not _STAR_SUBJECT_BREAK.search(bare) and \
        bool(_STAR_SUBJECT_RATED.search(bare))


# An aside in brackets, or between dashes at the start of the words ("– gồm doanh nghiệp và hợp tác xã –"): it
# describes the products or their producers and never breaks the link to their star level.
_BRACKETED_TEXT = re.compile(r"\([^()]*\)|^\s*-[^-;]{1,80}-")
_STAR_LEVEL = compiled(r"{STARS}")
_ALL_OF_THEM = compiled(rules.ALL_OF_THEM)
_ENTRIES_ALL_CAME_THROUGH = compiled(rules.ENTRIES_ALL_CAME_THROUGH)
_EVERY_ONE_BEFORE = compiled(rules.EVERY_ONE_BEFORE)
_STAR_SUBJECT_RATED = compiled(rules.STAR_SUBJECT_RATED)
_STAR_SUBJECT_BREAK = compiled(rules.STAR_SUBJECT_BREAK)
_STAR_SUBJECT_SCORE = compiled(rules.STAR_SUBJECT_SCORE)
_RATED_THEN_LISTED = compiled(rules.RATED_THEN_LISTED)
_STAR_SHARE_AFTER = compiled(rules.STAR_SHARE_AFTER)
_CLAUSE_MARK = re.compile(r"[,;(]")
_STAR_FRAME = compiled(next(r for r in rules.STARS if r.id == "stars.frame").pattern)
# Every frame names its level with this word: most clauses hold none, and are done with on one substring search.
_STAR_FRAME_WORD = required_literal(_STAR_FRAME)


def frame_stars(key: str, sentence: Sentence, figure: Figure | None, previous: tuple[Figure, ...] = ()) -> str | None:
    """A star level framing the clause the figure stands in ("Ở hạng 4 sao, 5 sản phẩm …"); without a figure, the
    last framing star level of the sentence ("Số sản phẩm 4 sao như sau:"). The star level of a figure before
    ("… 2 sản phẩm 4 sao, nâng tổng số lên 482", "… 51 sản phẩm (33 sản phẩm 4 sao, 18 sản phẩm 3 sao), đưa tổng số
    … lên 92") is that figure's own, no frame."""
    end = figure.start if figure is not None else sentence.end
    clause_start = max(key.rfind(";", sentence.start, end) + 1, sentence.start)
    if _STAR_FRAME_WORD is not None and key.find(_STAR_FRAME_WORD, clause_start, end) < 0:
        return None
    found = None
    # (from the character before the clause: the frame's pattern opens on the space or line break before its words,
    # so a frame opening a sentence, "Nhóm 4 sao: 2 chủ thể, tổng cộng 5 sản phẩm", is found too)
    for m in _STAR_FRAME.finditer(key, max(0, clause_start - 1), end):
        if not any(p.start <= m.start(1) < p.end for p in previous):
            found = m
    return str(int(found.group(1))) if found else None


def has_ocop_evidence(key: str, start: int, end: int) -> bool:
    return bool(_OCOP.search(key, start, end))


def has_producer_evidence(key: str, start: int, end: int) -> bool:
    return bool(_PRODUCER.search(key, start, end))


def find_uplifts(doc: Document, sentence: Sentence) -> list[Figure]:
    """Uplift percentages of one sentence: a percentage after "tăng", about revenue, price or output."""
    key = doc.key
    figures: list[Figure] = []
    if key.find("%", sentence.start, sentence.end) < 0:
        return figures  # every uplift is a percentage: most sentences are done with at C speed
    previous_end = sentence.start
    share = None
    for m in _PERCENT.finditer(key, sentence.start, sentence.end):
        window_start, previous_end = previous_end, m.end()
        if _SHARE_NOUN.match(key[m.end():sentence.end]):
            share = _value(m.group("a"))
            continue
        before = key[window_start:m.start()]
        increases = list(_INCREASE.finditer(before))
        if not increases:
            continue
        growth = _UPLIFT_NOT_AFTER_RECOGNISED if _AFTER_RECOGNITION.search(key, sentence.start, m.start()) else \
            _UPLIFT_NOT_AFTER
        if any(p.search(before[max(0, increases[-1].start() - 40):]) for _, p in _UPLIFT_NOT) or \
                growth.match(key, m.end(), sentence.end):
            figures.append(Figure(m.start(), m.end(), m.start("a"), m.end("a"), "uplift", 0, None, None,
                                  "uplift.not", m.end(), skip="uplift.not"))
            continue
        last_increase = increases[-1]
        qualifier = None if _HIGHER_BY.search(before) else _qualifier(m.group("qual"))
        value, high = _value(m.group("a")), _value(m.group("b"))
        words = [(r, w) for r, p in _UPLIFT_WORDS for w in p.finditer(before) if w.end() <= last_increase.start()]
        if not words:
            # "tăng giá trị từ 20 - 30%": the measure named between the rise and its percentage
            words = [(r, w) for r, p in _UPLIFT_WORDS for w in p.finditer(before) if w.start() >= last_increase.end()]
        if words:
            rule, word = max(words, key=lambda rw: rw[1].start())
            figures.append(Figure(window_start + word.start(), m.end(), m.start("a"), m.end("a"),
                                  rule.yields["metric"], value, high, qualifier, rule.id, m.end(), share=share))
            continue
        after_text = key[m.end():sentence.end]
        after = _UPLIFT_AFTER.match(after_text)
        if after:
            for rule, pattern in _UPLIFT_WORDS:
                for _ in pattern.finditer(after.group(1)):
                    figures.append(Figure(window_start + last_increase.start(), m.end() + after.end(), m.start("a"), m.end("a"),
                                          rule.yields["metric"], value, high, qualifier, rule.id,
                                          m.end() + after.end(), share=share))
                    break
    return figures
