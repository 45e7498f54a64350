"""Timing: the years an article names, each with its role, and the markers that make a figure cumulative, new or a
target.

A year's role decides whether it can date a figure: the end of a period can, the start of "từ năm 2019 đến nay" and
the base of "so với năm 2023" never do, a full date is the day of an event (a decision signed in January for the
previous year's round). Markers are found once over the whole text and looked up per figure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ocop_pipeline.articles import rules
from ocop_pipeline.articles.patterns import (Spans, alternation, compiled, matches_at, quick_init, required_words,
                                             scan)
from ocop_pipeline.articles.segment import BODY, CAPTION, TITLE, Document
from ocop_pipeline.numbers import parse_numeral
from ocop_pipeline.vocab import FIRST_CERTIFICATE_YEAR, NATIONAL_PROGRAMME_YEAR

_YEARS = [(r, compiled(r.pattern)) for r in rules.YEARS]
_YEAR_NOT_AFTER = compiled(rules.YEAR_NOT_AFTER)
_PERIOD_REPORTED = compiled(rules.PERIOD_REPORTED)
_PERIOD_OF_A_PROGRAMME = compiled(rules.PERIOD_OF_A_PROGRAMME)
_DECISION_CITED_BEFORE = compiled(rules.DECISION_CITED_BEFORE)
_DAY_BEFORE_ITS_YEAR = compiled(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$")
# Kind markers are words or phrases: they start a word.
_KIND_MARKERS = alternation([r for r in rules.KINDS if not r.pattern.startswith("^") and not r.pattern.endswith("$")],
                            at_word_start=True, scanning=True)
_KIND_RULES = [r for r in rules.KINDS if not r.pattern.startswith("^") and not r.pattern.endswith("$")]
RECOGNISED_BEFORE = compiled(next(r for r in rules.KINDS if r.id == "kind.recognised").pattern)
NEW_AFTER_NOUN = compiled(next(r for r in rules.KINDS if r.id == "kind.new_after_noun").pattern)
RECOGNISED_AFTER = compiled(next(r for r in rules.KINDS if r.id == "kind.recognised_after").pattern)
COMPARED_BASE = compiled(next(r for r in rules.KINDS if r.id == "kind.compared_base").pattern)
PLAN_FIGURE = compiled(next(r for r in rules.KINDS if r.id == "kind.plan_figure").pattern)
_TARGET_SECTION = compiled(next(r for r in rules.KINDS if r.id == "kind.target_section").pattern, re.MULTILINE)
_TARGET_LIST = compiled(next(r for r in rules.KINDS if r.id == "kind.target_list").pattern, re.MULTILINE)
_TARGET_LIST_ITEM = compiled(rules.TARGET_LIST_ITEM)
_SECTION_HEADING = compiled(rules.SECTION_HEADING, re.MULTILINE)
NEXT_YEAR = compiled(rules.NEXT_YEAR)
_PROGRAMME_YEARS_RUN = compiled(rules.PROGRAMME_YEARS_RUN)
THIS_YEAR = compiled(rules.THIS_YEAR)
# Roles a year never dates a figure by.
NOT_DATING = ("since", "base", "name")


@quick_init
@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    year: int
    role: str  # period | since | base | month | date | plain
    first_year: int | None = None  # for a period, its first year
    rule: str = ""


@quick_init
@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    kind: str  # target | achieved | cumulative | new
    rule: str
    text: str


def find_years(doc: Document) -> list[YearMention]:
    """Every year in the text with its role; where rules overlap the first in ``rules.YEARS`` wins."""
    key = doc.key
    found: list[YearMention] = []
    taken = Spans()
    for rule, pattern in _YEARS:
        for m in scan(pattern, key):
            span = m.span(m.lastindex)
            if taken.covers(span[0]):
                continue
            if _YEAR_NOT_AFTER.search(key, max(0, m.start() - 8), m.start()):
                continue
            role = rule.yields["role"]
            if role == "period":
                first, last = int(m.group(1)), int(m.group(2))
                if not 0 <= last - first <= 15:
                    continue
                found.append(YearMention(m.start(), m.end(), last, role, first, rule.id))
            else:
                found.append(YearMention(m.start(1), m.end(1), int(m.group(1)), role, rule=rule.id))
            taken.add(*m.span())
    return sorted(found, key=lambda y: y.start)


# Each rule with its kind, by the name of its group in ``_KIND_MARKERS`` (``rule_of`` finds the same rule).
_KIND_BY_GROUP = {r.id.replace(".", "__"): (r.id, r.yields["kind"]) for r in _KIND_RULES}


def find_markers(doc: Document) -> list[Marker]:
    markers = []
    text = doc.text
    for m in _KIND_MARKERS.finditer(doc.key):
        rule_id, kind = _KIND_BY_GROUP[m.lastgroup]
        start, end = m.span()
        markers.append(Marker(start, end, kind, rule_id, text[start:end]))
    return markers


def target_sections(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of each plan's section of objectives: from its heading to the next section's heading."""
    found = doc.memo.get("target_sections")
    if found is None:
        found = doc.memo["target_sections"] = []
        key = doc.key
        for m in _target_headings(key):
            after = _SECTION_HEADING.search(key, m.end())
            found.append((m.end(), after.start() if after else len(key)))
        for m in scan(_TARGET_LIST, key):  # tried only where 'mục tiêu'/'chỉ tiêu' stand (its opening runs)
            end = line_end = m.end()
            while line_end < len(key) and (item := _TARGET_LIST_ITEM.match(key, line_end + 1)):
                next_line = key.find("\n", item.end())
                end = line_end = next_line if next_line >= 0 else len(key)
            if end > m.end():
                doc.fired.add("kind.target_list")
                found.append((m.end(), end))
    return found


def section_heading_year(doc: Document, years: list[YearMention], offset: int) -> int | None:
    """The latest year the heading of the plan's section holding ``offset`` names ("Mục tiêu đến năm 2030 gồm:")."""
    section = next(((start, end) for start, end in target_sections(doc) if start <= offset < end), None)
    if section is None:
        return None
    heading = doc.sentence_at(max(0, section[0] - 1))  # the sentence that opens the list, not its whole paragraph
    if heading is None:
        return None
    named = [y.year for y in years if heading.start <= y.start < section[0] and y.role not in NOT_DATING]
    return max(named, default=None)


# A heading of objectives opens a line, and names one of these words.
_TARGET_SECTION_WORDS = required_words(_TARGET_SECTION)


def _target_headings(key: str) -> Iterable[re.Match]:
    """``_TARGET_SECTION.finditer(key)``, tried only at the start of each line (where its "^" lets a match start) of a
    text holding one of its words: the engine entered it at every character a heading may open with."""
    if _TARGET_SECTION_WORDS is not None and not any(word in key for word in _TARGET_SECTION_WORDS):
        return ()
    starts = [0]
    newline = key.find("\n")
    while newline >= 0:
        starts.append(newline + 1)
        newline = key.find("\n", newline + 1)
    return matches_at(_TARGET_SECTION, key, starts)


def in_target_section(doc: Document, offset: int) -> bool:
    sections = target_sections(doc)
    return bool(sections) and any(start <= offset < end for start, end in sections)


def _years_the_programme_ran(doc: Document, years: list[YearMention], programme_start: int) -> int | None:
    """On an undated page, the year its "qua 6 năm triển khai" reaches: that many years after the start its sentence
    names ("từ năm 2019"), else after ``programme_start`` (the place's programme's first year); a count of years that
    would pass the certificates' first decade is of an older, provincial programme, and says nothing."""
    reached = None
    for m in _PROGRAMME_YEARS_RUN.finditer(doc.key):
        sentence = doc.sentence_at(m.start())
        if sentence is None or sentence.block not in (BODY, TITLE):
            continue
        # ("Sau gần 4 năm thực hiện Nghị quyết … giai đoạn 2021 - 2025": the years of the period's own programme)
        before = doc.sentences[sentence.previous] if sentence.previous is not None else None
        starts = [y.year for y in doc.within(years, sentence) if y.role == "since"] or \
            [y.first_year for y in doc.within(years, sentence) if y.role == "period" and y.first_year is not None
             and y.start > m.start()] or \
            ([y.year for y in doc.within(years, before) if y.role == "since"] if before is not None else [])
        written = next(group for group in m.groups() if group)
        # ("Sau hơn năm năm thực hiện": five years; "năm" alone is no numeral elsewhere, it is "year")
        ran = 5 if written == rules.FIVE_WORD else int(parse_numeral(written))
        year = (starts[0] if starts else programme_start) + ran
        if ran <= 10 and year <= FIRST_CERTIFICATE_YEAR + 10:
            reached = year if reached is None else max(reached, year)
    return reached


def signs_a_cited_decision(key: str, year: YearMention) -> bool:
    """Is this the year of the day a decision cited by its number was signed ("… tại Quyết định số 3073/QĐ-UBND ngày
    31/12/2020")? It dates that document, not what the page counts."""
    if year.role != "date":
        return False
    day = _DAY_BEFORE_ITS_YEAR.search(key, max(0, year.start - 12), year.start)
    start = day.start() if day is not None else year.start
    return _DECISION_CITED_BEFORE.search(key, max(0, start - 60), start) is not None


# The longest span of years ("giai đoạn 2022 – 2023") a page names as a stretch of past events rather than a plan's or a
# programme's period (those run three to five years: 2018 – 2020, 2021 – 2025).
SHORT_SPAN_YEARS = 1


def latest_years(years: list[YearMention], doc: Document, target_sentences: set[int], published: dt.date | None,
                 lines: Iterable[int], programme_start: int = NATIONAL_PROGRAMME_YEAR,
                 ) -> tuple[int | None, dict[int, int | None], dict[int, int | None]]:
    """The latest year the article speaks of as achieved (not a plan's, a start or a comparison base), the same for
    each of its lines (paragraphs), and the latest year each line's plans name. Each year is looked at once, in the
    sentence holding it: an article names far fewer years than it has sentences."""
    achieved: dict[int, int | None] = dict.fromkeys(lines)
    planned: dict[int, int | None] = dict.fromkeys(lines)
    in_captions: int | None = None
    reached: list[int] = []
    compared_with: list[int] = []
    plans: list[int] = []  # every year a plan names, in the order named
    for year in years:
        sentence = doc.holding(year)
        if sentence is not None and year.role == "base" and sentence.block in (BODY, TITLE):
            compared_with.append(year.year)
        if sentence is None or year.role in NOT_DATING or signs_a_cited_decision(doc.key, year):
            continue
        if sentence.index in target_sentences:
            best = planned[sentence.line]
            planned[sentence.line] = year.year if best is None else max(best, year.year)
            plans.append(year.year)
        elif year.year < programme_start:
            continue  # the programme's history ("OCOP do Bộ … khởi xướng năm 2008"): no year its figures are of
        elif sentence.block in (BODY, TITLE) and not (published and year.year > published.year):
            best = achieved[sentence.line]
            achieved[sentence.line] = year.year if best is None else max(best, year.year)
            # (a period's first year is reached by a page that reports on it: "chính sách … giai đoạn 2024-2025 được
            # triển khai hiệu quả"; its last, by one that counts what was recognised in it: "trong giai đoạn 2019 -
            # 2021 huyện Vĩnh Linh có 10 sản phẩm được công nhận")
            of_a_programme = year.role == "period" and \
                _PERIOD_OF_A_PROGRAMME.search(doc.key, max(sentence.start, year.start - 60), year.start) is not None
            reported = year.role == "period" and _PERIOD_REPORTED.match(doc.key, year.end, sentence.end) and \
                not of_a_programme
            # (a span of two years no programme names, "Dấu ấn rõ nhất rơi vào giai đoạn 2022 – 2023: huyện tập
            # trung …", is of events told as past: its last year is reached)
            short_span = year.role == "period" and year.first_year is not None and \
                year.year - year.first_year <= SHORT_SPAN_YEARS and not of_a_programme
            reached.append(year.year if year.role != "period" or reported or short_span else
                           year.first_year or year.year)
        elif sentence.block == CAPTION and published is None:
            in_captions = year.year if in_captions is None else max(in_captions, year.year)
    # An undated page whose body names no year: a photo's caption ("… công nhận OCOP 3 sao năm 2024") still says
    # how recent it is.
    latest = max((y for y in achieved.values() if y is not None), default=in_captions)
    if published is None and reached and latest is not None and latest > max(reached):
        # An undated page: the end of a programme's period ("giai đoạn 2019-2025") is no year it has reached.
        latest = max(reached)
    if published is None and latest is None:
        # An undated page naming no year but its plans' ("Trong năm 2022, huyện phấn đấu …"): written in the year of
        # its first plan, or the year before it; the plan's year is the nearer guess a reader makes.
        # (a year before the first certificates, "chương trình khởi xướng năm 2008", is no plan of the page's time)
        # (every plan's year, not each paragraph's latest: "Theo kế hoạch, năm 2023 huyện sẽ phát triển 19 sản phẩm …
        # đến năm 2025, huyện phấn đấu …" in one paragraph is written in 2023)
        latest = min((y for y in plans if y >= FIRST_CERTIFICATE_YEAR), default=None)
    if published is None and compared_with and (latest is None or latest <= max(compared_with)):
        # An undated page comparing with a year ("tăng 13 sản phẩm so với cùng kỳ năm 2023"): written after it, in
        # the next year at the earliest.
        latest = max(compared_with) + 1
    if published is None:
        # An undated page telling how long the programme has run ("Qua 6 năm triển khai … đến nay"): it is at least
        # that recent (a place may have started later than the country), whatever older year it names.
        run = _years_the_programme_ran(doc, years, programme_start)
        if run is not None and (latest is None or run > latest):
            latest = run
    return latest, achieved, planned
