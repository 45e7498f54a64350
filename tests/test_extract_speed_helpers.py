"""The extractor's shortcuts change nothing it finds: each only restates what a pattern or a figure already says.

* ``skip_search.prefix_guarded``: a scan led by a look-ahead for the first characters of its matches finds the same
  matches, groups included;
* ``patterns.last_item_screen``: a window where the screen finds nothing holds no match of its pattern, searched from
  the window's last number (``patterns.last_number_start``) when its match holds no digit after its number;
* ``figures.with_changes``: the same figure as ``dataclasses.replace``;
* ``figures._held``: a rule left out of a sentence holds none of its words there;
* ``patterns.sub``: a rewrite tried only near where a match's run of plain characters can stand is the plain one;
* ``patterns.required_tail``: a text where the tail is not found holds no match of its pattern;
* ``patterns.scan`` tried only where one of a pattern's opening runs stands (``skip_search.opening_runs``), or where
  a number or a producer type's word may start (``patterns.opening_places``), finds what ``finditer`` finds;
* ``Document.holding`` and ``timing.latest_years``: an item's sentence, and the years of each line, read item by item
  are what reading sentence by sentence with ``Document.within`` gives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from ocop_pipeline.articles import figures, rules, timing
from ocop_pipeline.articles import segment as segment_module
from ocop_pipeline.articles.patterns import (_opening_runs, expand, guarded, last_item_screen, last_number_start,
                                             literal_anchor, matches_at, opening_places, required_tail, required_words,
                                             scan, screened_from_last_number, sub)
from ocop_pipeline.articles.segment import segment
from ocop_pipeline.skip_search import opening_runs, prefix_guarded
from ocop_pipeline.text import normalize_pattern
from ocop_pipeline.vocab import FIRST_CERTIFICATE_YEAR, NATIONAL_PROGRAMME_YEAR

PRESS = Path(__file__).parent / "data" / "press"
PAGE = ("Hà Tĩnh có thêm 27 sản phẩm OCOP\n\nHÀ TĨNH - Năm 2023, toàn tỉnh có thêm 27 sản phẩm đạt chuẩn OCOP, nâng "
        "tổng số lên 428; trong đó 4 sao: 61 sản phẩm, tiềm năng 5 sao - 02 sản phẩm. Tính đến nay, các huyện lần "
        "lượt có 7, 5 và 3 sản phẩm; tiếp đến Bắc Hà 31, Văn Bàn 30 và Mường Khương 21 sản phẩm. Kế hoạch năm 2025 "
        "là 30 sản phẩm; hợp tác xã có 20 chủ thể, doanh nghiệp (14), cấp chứng nhận cho 43/34 sản phẩm.")


def _docs():
    pages = [PAGE] + [p.read_text(encoding="utf-8") for p in sorted(PRESS.glob("*/*.txt"))[::3]]
    return [segment(page) for page in pages]


DOCS = _docs()
TEXTS = [text for doc in DOCS for text in (doc.key, doc.cased)]


def _found(pattern: re.Pattern) -> list[list[tuple]]:
    return [[(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)] for text in TEXTS]


@pytest.mark.parametrize("rule", rules.all_rules(), ids=lambda r: r.id)
def test_a_rule_scanned_with_its_opening_guard_finds_the_same_matches(rule: rules.Rule) -> None:
    source = normalize_pattern(expand(rule.pattern))
    assert _found(guarded(source, scanning=True)) == _found(re.compile(source))


@pytest.mark.parametrize("name", ["_COUNT", "_ELIDED", "_LABEL_FIRST", "_TYPE_FIRST", "_NOUN_FIRST", "_RAISED",
                                  "_RATIO"])
def test_the_scans_for_counts_find_what_their_plain_patterns_find(name: str) -> None:
    value = getattr(figures, name)
    for pattern in [value] if isinstance(value, re.Pattern) else [p for _, p in value]:
        assert pattern.pattern.startswith("(?=")  # guarded
        assert _found(pattern) == _found(re.compile(_unguarded(pattern.pattern)))


def test_the_kind_markers_scan_finds_what_the_plain_alternation_finds() -> None:
    pattern = timing._KIND_MARKERS
    assert _found(pattern) == _found(re.compile(_unguarded(pattern.pattern)))


def _unguarded(source: str) -> str:
    """The pattern without the look-ahead ``prefix_guarded`` put before it."""
    assert source.startswith("(?=")
    depth, i = 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2  # an escaped character (the guard spells every literal escaped)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return source[i + 1:]
        i += 1
    raise AssertionError(source)


def test_the_opening_guard_spells_what_a_match_must_open_with() -> None:
    guard = prefix_guarded(r"(?<!\w)(?:tăng|giảm)\s*\d+")
    assert guard is not None and guard.startswith("(?=")
    assert re.compile(guard).search("doanh thu giảm 5 và tăng 12").group() == "giảm 5"
    assert re.findall(guard, "tăng giá, tăng 3, giảm 4") == ["tăng 3", "giảm 4"]
    # A month and a year: "0" may open "05/2023", any digit "5/2023"; other digits never open "1[0-2]/…".
    month = r"(?<![\d/])(?:0?[1-9]|1[0-2])\s*[/-]\s*((?:19|20)\d{2})(?![\d/])"
    assert re.findall(prefix_guarded(month), "5/2023, 05/2024, 12 / 2025, 13/2026") == re.findall(
        month, "5/2023, 05/2024, 12 / 2025, 13/2026")
    assert prefix_guarded(r"a?") is None  # may match nothing: nothing to spell
    assert prefix_guarded(r"(?i)sao") is None  # folds case
    assert prefix_guarded(r"(?x) sao \s+ \d") is None  # its flags must stay at its start
    assert prefix_guarded(r"[^a]bc") is None  # opens with a class it does not spell


def test_the_opening_guard_makes_its_lead_test_first_and_finds_the_same_matches() -> None:
    source = r"(?<!\w)(?=\w)(?:tăng|giảm|(?:\d+ )?sao)"
    led = prefix_guarded(source, lead=r"(?<!\w)")
    assert led.startswith(r"(?=(?<!\w)(?:")
    text = "tăng, giảm 3 sao; sao, mắt sao 4 sao tăng\ngiảm5 sao"
    assert re.findall(led, text) == re.findall(prefix_guarded(source), text) == re.findall(source, text)
    # The kind markers' scan is led so.
    assert timing._KIND_MARKERS.pattern.startswith(r"(?=(?<!\w)")


def test_a_list_of_named_items_is_only_searched_where_its_last_item_ends_the_window() -> None:
    rule, pattern, screen, _ = next(item for item in figures._SHARED_NOUN if item[0].id == "count.named_items")
    assert screen is not None
    checked = 0
    for doc in DOCS:
        for m in re.finditer(r"\d", doc.cased):
            start = max(0, m.start() - figures.NAMED_ITEMS_WINDOW)
            found = pattern.search(doc.cased, start, m.start())
            assert found is None or screen.search(doc.cased, start, m.start()) is not None
            checked += found is not None
    assert checked > 0
    text = "tiếp đến Bắc Hà 31, Văn Bàn 30 và Mường Khương 21 sản phẩm"
    end = text.index("21")
    assert pattern.search(text, 0, end).group("list") == "Bắc Hà 31, Văn Bàn 30 và "
    assert screen.search(text, 0, end) is not None
    assert screen.search("Bắc Hà có 31 sản phẩm, Văn Bàn", 0, 30) is None  # the last number ends no item of a list


def test_a_screen_holding_digits_only_in_its_number_is_searched_from_the_window_s_last_number() -> None:
    rule, pattern, screen, _ = next(item for item in figures._SHARED_NOUN if item[0].id == "count.named_items")
    assert screened_from_last_number(pattern) and rule.id in figures._FROM_LAST_NUMBER
    assert last_number_start("Bắc Hà 31, Văn Bàn 1.030 và Mường Khương ", 0, 40) == 19
    assert last_number_start("Bắc Hà 31, Văn Bàn 30 và", 10, 24) == 19
    assert last_number_start("Bắc Hà có, Văn Bàn", 0, 18) is None
    # A list whose last item's words may hold a digit, or whose number is followed by one, is searched whole.
    assert not screened_from_last_number(re.compile(r"(?P<list>(?:[A-Z]\w*\s+\d+,\s*){1,12})[A-Z]\w*$"))
    assert not screened_from_last_number(re.compile(r"(?P<list>(?:[A-Z]\S*\s+\d+,\s*){1,12})[A-Z][^\s,]*$"))
    assert screened_from_last_number(re.compile(r"(?P<list>(?:[A-Z][^\s\d]*\s+\d[\d.]*,\s*){1,12})[A-Z][^\W\d]*$"))
    assert not screened_from_last_number(re.compile(r"(?P<list>(?:[A-Z]\s+\d,\s*){1,12})[A-Z][0-9a-z]$"))
    for doc in DOCS:
        for m in re.finditer(r"\d", doc.cased):
            start = max(0, m.start() - figures.NAMED_ITEMS_WINDOW)
            begin = last_number_start(doc.cased, start, m.start())
            found = screen.search(doc.cased, start, m.start())
            assert (begin is not None and screen.search(doc.cased, begin, m.start()) is not None) == (found is not None)


def test_patterns_of_another_shape_get_no_last_item_screen() -> None:
    assert last_item_screen(re.compile(r"(?:lần lượt)\s*(?P<list>(?:\w+\s*,\s*){1,12})$")) is None  # no digit
    assert last_item_screen(re.compile(r"(?P<list>(?:[A-Z]\w*\s+\d+,\s*){1,12})[A-Z]\w*")) is None  # not at the end


def test_a_figure_with_changes_is_the_figure_dataclasses_replace_makes() -> None:
    doc = segment(PAGE)
    found = figures.find_counts(doc)
    assert found
    for figure in found:
        before = dataclasses.astuple(figure)
        changes = {"stars": "4", "skip": None, "end": figure.end + 3, "metric": "products_upgraded"}
        made = figures.with_changes(figure, **changes)
        assert made == dataclasses.replace(figure, **changes)
        assert made is not figure and dataclasses.astuple(figure) == before  # the original is left as it was
        assert dataclasses.astuple(figures.with_changes(figure)) == dataclasses.astuple(figure)
    with pytest.raises(TypeError):
        figures.with_changes(found[0], colour="red")


def test_the_words_a_pattern_requires_are_read_from_its_syntax() -> None:
    assert required_words(re.compile(r"(?:\.(?:jpe?g|png|webp)\s*$)|(?:^\s*ảnh minh họa)|ảnh\s*:")) == (
        "jp", "png", "webp", "ảnh")
    assert required_words(re.compile(r"(?<!\w)(?:tăng|giảm)\s*\d+")) == ("giảm", "tăng")
    assert required_words(re.compile(r"\d+\s*sao")) == ("sao",)
    assert required_words(re.compile(r"(?:ảnh)?\d+")) is None  # an optional word is required by no match
    assert required_words(re.compile(r"(?i)sao")) is None


@pytest.mark.parametrize("rule", rules.all_rules(), ids=lambda r: r.id)
def test_a_text_without_the_words_a_rule_requires_holds_no_match_of_it(rule: rules.Rule) -> None:
    pattern = re.compile(normalize_pattern(expand(rule.pattern)))
    words = required_words(pattern)
    if words is None:
        return
    for text in TEXTS:
        for m in pattern.finditer(text):
            assert any(word in m.group() for word in words), (rule.id, m.group(), words)


def test_a_few_first_words_are_found_by_substring_search_as_the_pattern_finds_them() -> None:
    from ocop_pipeline.geography import _first_words_pattern, _whole_words

    tricky = "Mộc Châu, MộcChâu, _Mộc Châu, Mộc_Châu, Mộc1 Châu, Mộc&Châu, (Mộc) Châu-Mộc ² Mộc²Yên Lạc Yên"
    for words in (frozenset({"Mộc", "Yên", "Lạc"}), frozenset({"Châu", "Mộc"}), frozenset({"Tam", "Thanh", "Phú"})):
        pattern = _first_words_pattern(words)
        for text in [tricky, *(doc.cased for doc in DOCS)]:
            assert _whole_words(text, words) == [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_within_answers_what_a_scan_of_the_items_answers_and_hands_out_copies() -> None:
    from ocop_pipeline.articles.segment import Sentence

    for doc in DOCS[:20]:
        counts = figures.find_counts(doc)
        for sentence in doc.sentences:
            expected = [f for f in counts if sentence.start <= f.start and f.end <= sentence.end]
            for _ in range(2):  # computed, then remembered
                got = doc.within(counts, sentence)
                assert got == expected
                got.append("changed by a caller")
            # A span that is no sentence of the document (a copy of one, or another span) is answered too.
            other = Sentence(sentence.index, sentence.start, sentence.end, sentence.block, sentence.line, True)
            assert doc.within(counts, other) == expected
            wider = Sentence(-1, sentence.start, min(len(doc.text), sentence.end + 40), sentence.block, 0, True)
            assert doc.within(counts, wider) == [f for f in counts if wider.start <= f.start and f.end <= wider.end]


def test_holding_names_the_sentence_within_lists_an_item_in() -> None:
    for doc in DOCS[:20]:
        for items in (timing.find_markers(doc), timing.find_years(doc)):
            listed = {id(item): sentence for sentence in doc.sentences for item in doc.within(items, sentence)}
            for item in items:
                assert doc.holding(item) is listed.get(id(item))


def test_latest_years_read_once_per_year_are_what_each_sentence_says() -> None:
    published = dt.date(2024, 6, 1)
    for doc in DOCS[:20]:
        years, markers = timing.find_years(doc), timing.find_markers(doc)
        targets = {s.index for s in doc.sentences if any(m.kind == "target" for m in doc.within(markers, s))}
        lines = dict.fromkeys(s.line for s in doc.sentences)
        for date in (published, None):
            achieved = {line: [y.year for s in doc.sentences if s.line == line and s.block in ("body", "title")
                               and s.index not in targets for y in doc.within(years, s)
                               if y.role not in timing.NOT_DATING and not (date and y.year > date.year)]
                        for line in lines}
            planned = {line: [y.year for s in doc.sentences if s.line == line and s.index in targets
                              for y in doc.within(years, s) if y.role not in timing.NOT_DATING] for line in lines}
            article, by_line, plans = timing.latest_years(years, doc, targets, date, lines)
            assert by_line == {line: max(found, default=None) for line, found in achieved.items()}
            assert plans == {line: max(found, default=None) for line, found in planned.items()}
            expected = max((y for found in achieved.values() for y in found), default=None)
            if date is None:
                # An undated page: a period's end is no year reached (its first year is), and a page naming only
                # its plans' years is of its first plan's year.
                reached = [y.first_year or y.year if y.role == "period" else y.year for s in doc.sentences
                           if s.block in ("body", "title") and s.index not in targets for y in doc.within(years, s)
                           if y.role not in timing.NOT_DATING]
                if reached and expected is not None and expected > max(reached):
                    expected = max(reached)
                if expected is None:
                    expected = min((y for found in planned.values() for y in found if y >= FIRST_CERTIFICATE_YEAR),
                                   default=None)
                # … and one telling how long the programme has run is at least that recent.
                run = timing._years_the_programme_ran(doc, years, NATIONAL_PROGRAMME_YEAR)
                if run is not None and (expected is None or run > expected):
                    expected = run
            assert article == expected


def test_a_scan_skipping_the_texts_without_its_tail_finds_every_match() -> None:
    scanned = [p for name in ("_NOUN_FIRST", "_LABEL_FIRST", "_TYPE_FIRST", "_RATIO", "_RAISED", "_ELIDED",
                              "_PLACE_ELIDED", "_BRACKETED") for _, p in getattr(figures, name)]
    scanned += [p for _, p in timing._YEARS]
    scanned += [re.compile(normalize_pattern(expand(rule.pattern))) for rule in rules.all_rules()]
    assert sum(required_tail(p) is not None for p in scanned) > 20
    for pattern in scanned:
        tail = required_tail(pattern)
        for text in TEXTS:
            spans = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan(pattern, text)] == spans
            assert tail is None or not spans or tail.search(text, spans[0][0]).start() < spans[0][1]


def test_a_scan_tried_only_where_an_opening_run_stands_finds_what_finditer_finds() -> None:
    assert opening_runs(r"(?<!\w)(?:(?:tổng\s*)?số|kho)\s*sản phẩm") == ("kho", "số", "tổng")
    assert opening_runs(r"(?<![\d/])((?:19|20)\d{2})(?![\d/])") == ("19", "20")
    assert opening_runs(r"(?:từ|kể từ|từ khi)\s*năm") == ("kể từ", "từ")  # "từ khi" is found where "từ" is
    assert opening_runs(r"\d+ sao") is None  # opens with a class
    assert opening_runs(r"(?:a|bc)\d") is None  # "a" alone is found too often
    assert opening_runs("|".join(f"{c}x" for c in "abcdefgh")) is None  # too many runs
    assert opening_runs(r"(?i)số") is None and opening_runs(r"(?:số)?") is None
    noun_first = figures._NOUN_FIRST[0][1]
    assert _opening_runs(noun_first) is not None
    texts = TEXTS + ["tổng số sản phẩm là 12, số sản phẩm là 3; tổngsố sản phẩm là 4, kho sản phẩm: 5 số sản phẩm 6",
                     "số sản phẩm là số sản phẩm là 7", "2019 2020-2023, năm 20192 và 1920 2025/2026 từ năm 2020"]
    scanned = [noun_first, *(p for _, p in timing._YEARS), *(p for _, p in figures._RAISED)]
    for pattern in scanned:
        for text in texts:
            assert [(m.span(), m.groups()) for m in scan(pattern, text)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_places_a_number_may_start_are_every_place_its_pattern_matches() -> None:
    number = re.compile(normalize_pattern(expand(figures._NUMBER)))
    places = opening_places(figures._NUMBER)
    texts = TEXTS[:12] + ["hơn 3-5 sản phẩm, từ 12 đến 15; ba sản phẩm, khoảng chừng 7 và 1.002 sao"]
    for text in texts:
        found = [m.start() for m in places.finditer(text)]
        assert found == [i for i in range(len(text)) if number.match(text, i)]
        # The counts and the elided counts, tried there only, are what their walks over the text find.
        assert [(m.span(), m.groups()) for m in matches_at(figures._COUNT, text, found)] == \
            [(m.span(), m.groups()) for m in figures._COUNT.finditer(text)]
        for _, pattern in figures._ELIDED:
            assert [(m.span(), m.groups()) for m in scan(pattern, text, found)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)]
    with pytest.raises(ValueError):
        opening_places(r"\d*")  # may match nothing: no first character to look for


def test_the_type_first_counts_tried_where_a_type_word_starts_find_what_their_walks_find() -> None:
    assert all(rule.pattern.startswith("(?P<type>{TYPE})") for rule in rules.TYPE_FIRST_COUNTS)
    texts = TEXTS + ["Hợp tác xã là lực lượng nòng cốt với 73 chủ thể; hộ kinh doanh có 22, HTX 3T Farm, hội 5 hộ 4"]
    for text in texts:
        found = [m.start() for m in figures._TYPE_PLACES.finditer(text)]
        for _, pattern in figures._TYPE_FIRST:
            assert [(m.span(), m.groups()) for m in scan(pattern, text, found)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_scans_for_counts_skip_a_text_without_their_tail() -> None:
    ratio = figures._RATIO[0][1]
    tail = required_tail(ratio)
    assert tail is not None and tail.search("cấp chứng nhận cho 43/34 sản phẩm")
    assert tail.search("ngày 12/10/2023, 43 sản phẩm") is None
    assert list(scan(ratio, "ngày 12/10/2023, 43 sản phẩm")) == []
    assert [m.group("num") for m in scan(ratio, "cấp chứng nhận cho 43/34 sản phẩm")] == ["43"]
    assert required_tail(re.compile(r"(?:ba|bốn)\s+sao")) is None  # the run alone: required_literal says as much
    assert required_tail(re.compile(r"số\s*\d+")) is None  # opens with its run: its searches skip to it already
    assert required_tail(re.compile(r"(\w)\s*số\s*\d+\1")) is None  # refers back to a group before its run
    # A long repetition of repetitions ends the tail: a search for it would try many ways at every "sản phẩm".
    assert required_tail(re.compile(r"\d+\s*sản phẩm(?:[\s,]+(?:\w+|\d\s*sao)){0,24}?\s*là")) is None


def test_a_rule_left_out_of_a_sentence_holds_none_of_its_words_there() -> None:
    families = (figures._SKIPS_BEFORE_WORDS, figures._SKIPS_AFTER_WORDS, figures._STARS_WORDS,
                figures._SKIP_SENTENCES_WORDS)
    left_out = 0
    for doc in DOCS:
        for sentence in doc.sentences:
            text = doc.key[sentence.start:sentence.end]
            present = {word for word in figures._SCREENED_WORDS if word in text}
            if figures._GROUP_WORDS.isdisjoint(present):
                assert figures._GROUP_BEFORE.search(text) is None and figures._GROUP_NAMED.search(text) is None
            for screened in families:
                held = figures._held(screened, present)
                assert held == [entry for entry, _ in screened if entry in held]  # in the family's order
                for entry, words in screened:
                    if entry in held:
                        continue
                    left_out += 1
                    assert words == frozenset(required_words(entry[1]))
                    assert not any(word in text for word in words)
                    assert entry[1].search(text) is None
    assert left_out > 0


def test_a_rewrite_tried_only_near_a_pattern_s_run_of_plain_characters_is_the_plain_rewrite() -> None:
    patterns = [segment_module._ONE_SAID_ALONE, segment_module._ONE_IN_A_BREAKDOWN, segment_module._FIVE_BEFORE_NOUN]
    patterns += [re.compile(normalize_pattern(expand(rule.pattern))) for rule in rules.all_rules()]
    anchored = [p for p in patterns if literal_anchor(p) is not None]
    assert len(anchored) > 10
    texts = TEXTS + ["Chỉ một sản phẩm; chỉ có một sản phẩm: một sản phẩm 4 sao. Năm sản phẩm.\nnăm sản phẩm một",
                     "năm sản phẩm; chỉ một sản phẩm, trong đó một sản phẩm đạt 4 sao (năm sản phẩm)"]
    for pattern in anchored:
        for text in texts:
            assert sub(pattern, lambda m: f"<{m.group()}>", text) == pattern.sub(lambda m: f"<{m.group()}>", text)
            assert sub(pattern, "#", text) == pattern.sub("#", text)
    assert literal_anchor(re.compile(r"(duy nhất |chỉ )một(?=\s)")) == ("một", 4, 9)
    assert literal_anchor(re.compile(r"(?<=\s)năm\s+\d")) == ("năm", 0, 0)
    assert literal_anchor(re.compile(r"\w+\s*sao")) is None  # what comes before the run may be any length
    assert literal_anchor(re.compile(r"[345]\s*sao")) is None  # the same
    assert sub(re.compile(r"(chỉ )một(?=\s)"), lambda m: m.group(1) + "1  ", "chỉ một sản phẩm") == \
        "chỉ 1   sản phẩm"


def test_the_publication_date_skips_only_lines_without_a_digit_where_a_dateline_stands() -> None:
    from ocop_pipeline.articles.extract import published_date_in_text

    assert published_date_in_text("Tin tức\nThứ năm, ngày 19/11/2020\nBài viết") == dt.date(2020, 11, 19)
    assert published_date_in_text("Hotline 0912 Chủ nhật 22/03/2026\nTin tức\n19/04/2025 08:39") == dt.date(2025, 4, 19)
    assert published_date_in_text("x" * 50 + " 19/04/2025\nkhông có ngày") is None  # too deep inside its line
    assert published_date_in_text("Tin tức\nngày 5 tháng 6 năm 2024, tỉnh công nhận") == dt.date(2024, 6, 5)


def test_a_sentence_end_matched_from_its_mark_is_the_one_a_look_behind_for_the_mark_finds() -> None:
    looked_behind = re.compile(rf"(?<=[.!?…])[\"”')\]]*\s+(?=[\"“(\[-]?\s*[{rules.UPPER_LETTERS}0-9])")
    lines = [line for doc in DOCS for line in doc.text.split("\n")]
    lines += ["Ông A. Nguyễn nói.  “Tỉnh có 5 sản phẩm.” (Ảnh) … Rồi! Sao? 3 sản phẩm.)  Hết.", "TP. Hồ Chí Minh. A", ". B"]
    for line in lines:
        assert [(m.start(1), m.end()) for m in segment_module._SENTENCE_END.finditer(line)] == \
            [m.span() for m in looked_behind.finditer(line)]


def test_a_quick_init_makes_the_object_the_dataclass_init_makes() -> None:
    from ocop_pipeline.articles import extract, places
    from ocop_pipeline.articles.patterns import quick_init

    for cls in (figures.Figure, timing.Marker, timing.YearMention, extract.Claim, extract.State, places.Mention):
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
        plain = dataclasses.dataclass(frozen=True)(type(cls.__name__, (), {
            "__annotations__": dict(cls.__annotations__),
            **{f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING}}))
        required = [f for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
        values = [f"v{i}" if i % 2 else i for i in range(len(required))]
        for args, kwargs in ((values, {}), (values[:-1], {required[-1].name: values[-1]})):
            made, expected = cls(*args, **kwargs), plain(*args, **kwargs)
            assert made.__dict__ == expected.__dict__ and list(made.__dict__) == list(expected.__dict__)
            assert repr(made).split("(", 1)[1] == repr(expected).split("(", 1)[1]
            assert made == cls(*args, **kwargs) and hash(made) == hash(cls(*args, **kwargs))
            with pytest.raises(dataclasses.FrozenInstanceError):
                made.start = 1  # type: ignore[misc]
        with pytest.raises(TypeError):
            cls(*values[:-1])
        with pytest.raises(TypeError):
            cls(*values, nonsense=1)

    @dataclasses.dataclass(frozen=True)
    class WithFactory:
        items: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class WithPostInit:
        value: int

        def __post_init__(self) -> None:
            pass

    for cls in (WithFactory, WithPostInit):
        with pytest.raises(TypeError):
            quick_init(cls)


def test_headings_of_objectives_tried_at_line_starts_are_what_the_multiline_scan_finds() -> None:
    texts = [doc.key for doc in DOCS] + [
        "i. mục tiêu\n- đến năm 2025 có 100 sản phẩm\nii. nhiệm vụ\n  2. mục tiêu cụ thể:\n\nmục tiêu\nchỉ tiêu",
        "a) các chỉ tiêu chủ yếu:\n1.2. chỉ tiêu năm 2025\nkhông phải mục tiêu\nmục tiêu\n   \nmục tiêu chung:  ",
        "", "\n", "mục tiêu", "chỉ tiêu\n"]
    for text in texts:
        assert [m.span() for m in timing._target_headings(text)] == \
            [m.span() for m in timing._TARGET_SECTION.finditer(text)]
    assert any(list(timing._target_headings(text)) for text in texts)
    # The lists of objectives ("Mục tiêu đến năm 2025:" and its items) are scanned where their words stand.
    texts += ["mục tiêu đến năm 2025:\n- 30 sản phẩm\nchỉ tiêu cụ thể:  \n", "các chỉ tiêu: a\nmục tiêu:"]
    for text in texts:
        assert [m.span() for m in scan(timing._TARGET_LIST, text)] == \
            [m.span() for m in timing._TARGET_LIST.finditer(text)]


def test_tries_sharing_one_pass_for_their_first_words_find_what_each_finds_alone() -> None:
    from ocop_pipeline.articles import places
    from ocop_pipeline.geography import NameTrie, resolver, whole_words_of

    small = NameTrie()
    for name in ("Mộc Châu", "Yên Châu", "Châu Thành"):
        small.add(name, name)
    tries = [resolver()._text_trie, places._seats()[0], places._district_trie(), small]
    words = places._first_words_of_names() | small.first_words()
    texts = [doc.cased for doc in DOCS] + ["Mộc Châu, Châu Thành (Bến Tre), TP.HCM và Bà Rịa - Vũng Tàu; Hà Nội&Hà"]
    for text in texts:
        found = whole_words_of(text, words)
        assert found == sorted(found)
        for trie in tries:
            assert list(trie.finditer(text, found)) == list(trie.finditer(text))
        assert resolver().find_in_text(text, cased=text, found=found) == resolver().find_in_text(text, cased=text)
    assert whole_words_of("Mộc Châu", frozenset({"Mộc"})) == [(0, 3, "Mộc")]


def test_what_a_scan_reads_from_its_pattern_is_read_once_by_the_pattern_s_identity() -> None:
    from ocop_pipeline.articles.patterns import _opening_runs, _scan_parts, required_literal

    for _, pattern in figures._NOUN_FIRST + figures._ELIDED + timing._YEARS:
        parts = _scan_parts(pattern)
        assert parts == (pattern, required_literal(pattern), required_tail(pattern), _opening_runs(pattern))
        assert _scan_parts(pattern) is parts
    # An equal pattern compiled apart is another pattern: it gets its own entry, never another's.
    twin = re.compile(timing._YEARS[0][1].pattern)
    assert _scan_parts(twin)[0] is twin


def test_a_pattern_looking_ahead_for_a_word_character_skips_spaces_and_punctuation() -> None:
    from re import _parser as sre_parse

    from ocop_pipeline.skip_search import _word_chars_only, first_chars, skipping_pattern

    source = r"(?<!\w)(?=\w)(?:\s*tổng|,?\s?số|[.,]\d|\d+ sản phẩm|-x)"
    parsed = sre_parse.parse(source)
    first, _ = first_chars(parsed)
    assert {r"\s", ",", r"\."} <= first or {r"\s", r"\,", r"\."} <= first
    assert _word_chars_only(parsed, first) == {"t", "s", r"\d"}
    # Without the look-ahead, or with it after what the pattern consumes, every member stays.
    for other in (r"(?<!\w)(?:\s*tổng|,?\s?số)", r"(?:\s*tổng|,?\s?số)(?=\w)"):
        items = sre_parse.parse(other)
        assert _word_chars_only(items, first_chars(items)[0]) == first_chars(items)[0]
    texts = TEXTS + [", số 5 sản phẩm; tổng  số,số -x 12 sản phẩm .5 ,5"]
    assert _found(skipping_pattern(source)) == _found(re.compile(source))
    for text in texts[-1:]:
        assert [m.span() for m in skipping_pattern(source).finditer(text)] == \
            [m.span() for m in re.finditer(source, text)]


def test_the_words_a_span_holds_found_in_one_pass_are_those_each_substring_test_finds() -> None:
    from ocop_pipeline.articles.patterns import PresentWords

    words = figures._SCREENED_WORDS
    finder = PresentWords(words)
    for doc in DOCS:
        for sentence in doc.sentences:
            text = doc.key[sentence.start:sentence.end]
            assert finder(doc.key, sentence.start, sentence.end) == {w for w in words if w in text}
    # Words inside words, overlapping words, a word ending the span, a word cut by the span's end, regex characters.
    small = PresentWords(["ab", "abc", "bcd", "c", "d.", "a+b", "cd"])
    assert small("xabcd.") == {"ab", "abc", "bcd", "c", "d.", "cd"}
    assert small("xabcd.", 0, 4) == {"ab", "abc", "c"}
    assert small("a+b ab", 1) == {"ab"}
    assert small("") == set()
    with pytest.raises(ValueError):
        PresentWords(["a", ""])


def test_the_rules_held_by_a_set_of_words_are_worked_out_once_and_are_what_held_says() -> None:
    figures._HELD_BY_WORDS.clear()
    for doc in DOCS[:20]:
        for sentence in doc.sentences:
            present = frozenset(figures._PRESENT_SCREENED_WORDS(doc.key, sentence.start, sentence.end))
            held = figures._rules_held(present)
            assert held == ((figures._held(figures._SKIPS_BEFORE_WORDS, present),
                             figures._held(figures._SKIPS_AFTER_WORDS, present),
                             figures._held(figures._SKIP_SENTENCES_WORDS, present)),
                            figures._held(figures._STARS_WORDS, present), not figures._GROUP_WORDS.isdisjoint(present))
            assert figures._rules_held(frozenset(present)) is held
    assert 0 < len(figures._HELD_BY_WORDS) <= figures.HELD_BY_WORDS_KEPT


def test_a_rewrite_tried_only_before_the_run_its_look_ahead_names_is_the_plain_rewrite() -> None:
    from ocop_pipeline.articles.patterns import lookahead_anchor

    star_word = segment_module._STAR_WORD
    assert lookahead_anchor(star_word) is not None
    spaced = re.compile(r"(?<!\w)(ab|abc)\s?(?=\s*xyz)")  # may end inside the spaces, or with none before the run
    texts = TEXTS + ["ba sao, bốn  sao; năm\tsao năm sao\nba\nsao bốn sao5 ba saoo tám ba sao",
                     "ab xyz abc  xyz abcxyz ab\txyz xab xyz ab"]
    for pattern in (star_word, spaced):
        for text in texts:
            assert sub(pattern, lambda m: f"<{m.group()}>", text) == pattern.sub(lambda m: f"<{m.group()}>", text)
    assert lookahead_anchor(spaced) == ("xyz", 2, 4, 0)
    for other in (r"(ba|năm)(?=sao)", r"\w+(?=\s+sao)", r"(?=\s+sao)", r"ba(?=\s+s)", r"ba(?!\s+sao)"):
        assert lookahead_anchor(re.compile(other)) is None
