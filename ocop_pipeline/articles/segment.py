"""Segmentation: an article's text cut into lines of a page (title, page chrome, body, caption, related headlines,
table rows) and sentences, each with its offsets in the NFC text.

Everything here is linear in the length of the text: lines are found once, sentences with one regular-expression pass
per line, and a sentence longer than ``MAX_SENTENCE_CHARS`` is cut, so that no later step looks at more than one
bounded sentence at a time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ocop_pipeline.articles import rules
from ocop_pipeline.articles.patterns import alternation, compile_family, compiled, guarded, required_words, rule_of, sub
from ocop_pipeline.numbers import as_int_if_whole, parse_numeral
from ocop_pipeline.text import SPACES, fold_key, match_key

BODY, TITLE, RELATED, CAPTION, META, TABLE = "body", "title", "related_headline", "caption", "meta", "table"
# Real sentences are far shorter; a longer run of text (a table flattened to one line, a dump) is cut at its last
# ';', ',' or space before the limit.
MAX_SENTENCE_CHARS = 1500
# A related-news block lists short headlines; a long line after it is the article again (or another teaser).
MAX_HEADLINE_CHARS = 240
# A related-headline teaser is a headline and a line of summary; a lead paragraph is longer.
MAX_TEASER_CHARS = 150
# The number of a numbered list's item ("1. Bánh dừa nướng …"): its period ends no sentence.
_LIST_NUMBER = re.compile(r"\s*\d{1,2}[.)]$")
# A line this short, without sentence punctuation, at the top of a page is its title, a byline or a breadcrumb.
MAX_TITLE_CHARS = 220
# The longest second headline under the first ("1.276 sản phẩm OCOP được chứng nhận ở mức 3-5 sao").
MAX_DECK_CHARS = 120
MIN_HEADLINE_WORDS = 4
# A section's name under a site's name ("Tài chính", "Nông nghiệp nông thôn"): at most this many words.
MAX_SECTION_LABEL_WORDS = 3
BREADCRUMB_MARKS = (" › ", " » ", " > ")
# A site's menu of sections between bars: at least this many, each of at most this many words.
MIN_MENU_CELLS = 3
MAX_MENU_CELL_WORDS = 4
# A site's name in capitals above the headline is at most this long.
MAX_MASTHEAD_CHARS = 60
# A cell of a table flattened to text is a name or a number; a longer "cell" is a headline with a separator in it.
MAX_CELL_CHARS = 60

_UPPER = rules.UPPER_LETTERS
_MENU_BAR = compiled(rules.MENU_BAR)
_TABLE_HEADER_WORD = compiled(rules.TABLE_HEADER_WORD)
_SECTION_PATH = compiled(rules.SECTION_PATH)
_DATED_ITEM = re.compile(r"\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d(?:\s+\d{1,2}:\d\d)?\s*\)\s*$")
_STAR_WORD = guarded(rules.STAR_WORD)
_STAR_PADDED = guarded(rules.STAR_PADDED)
_ONE_SAID_ALONE = guarded(rules.ONE_SAID_ALONE)
_FIVE_BEFORE_NOUN = guarded(rules.FIVE_BEFORE_NOUN)
_ONE_IN_A_BREAKDOWN = guarded(rules.ONE_IN_A_BREAKDOWN)


def _star_digit(m: re.Match) -> str:
    return str(rules.STAR_WORDS[m.group(1)]).rjust(len(m.group(1)))
_CAPTION_CONTINUES = compiled(rules.CAPTION_CONTINUES)
# The mark ending a sentence is matched, not looked behind for: the engine skips to the few marks of a line, where
# it tried every space; group 1 is the break after the mark, the match a look-behind for the mark would find.
_SENTENCE_END = guarded(rf"[.!?…]([\"”')\]]*\s+)(?=[\"“(\[-]?\s*[{_UPPER}0-9])")
_ABBREVIATION = compiled(rules.ABBREVIATION_BEFORE_PERIOD)
_BLOCKS = compile_family(rules.BLOCKS)
_RELATED = next(p for r, p in _BLOCKS if r.yields["block"] == "related_headline")
# Each with the words one of which its every match holds: most lines hold none, and are done with in a few
# substring tests.
_CAPTIONS = [(r, p, required_words(p)) for r, p in _BLOCKS if r.yields["block"] == "caption"]
_META_RULE, _META = next((r, p) for r, p in _BLOCKS if r.yields["block"] == "meta")
# One pattern for every continuation rule: a sentence's start is matched once, and the first rule that matches it
# (the first alternative) decides, as when each rule was tried in turn.
_CONTINUATION = alternation(rules.CONTINUATIONS)
_TABLE_CELLS = re.compile(r"\s*\|\s*|\t+")
_HAS_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"\w+")
_OCOP_WORD = compiled(rules.OCOP_WORD)
_LETTER_WORDS = re.compile(r"[^\W\d_]+")
_BRACKETED_COUNTER = re.compile(r"\(\d+\)")


# What opens an item of a list written one item a line.
LIST_BULLETS = ("-", "–", "•", "+", "*")


@dataclass
class Sentence:
    index: int
    start: int  # offsets in the NFC text
    end: int
    block: str
    line: int  # index of the line (paragraph) it belongs to
    first_in_line: bool
    continues: str | None = None  # id of the rule that made it continue the sentence before
    # The index of the sentence read before it: a photo's caption or another article's headline between two
    # paragraphs interrupts nothing ("… công nhận thêm 59 sản phẩm." / "Ảnh: …" / "Trong đó …").
    previous: int | None = None


@dataclass(frozen=True)
class Rewriting:
    """Pieces of a text replaced by others: for each, in order, where its replacement starts and ends in the result and
    where the piece started and ended in the text."""

    starts: list[int]
    ends: list[int]
    source_starts: list[int]
    source_ends: list[int]

    def in_source(self, offset: int) -> int:
        """The offset in the text of the character at ``offset`` of the result: inside a replacement, the character of
        the piece at the same distance from its start, or the piece's last."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return offset
        if offset < self.ends[i]:
            last = max(self.source_starts[i], self.source_ends[i] - 1)
            return min(self.source_starts[i] + offset - self.starts[i], last)
        return self.source_ends[i] + offset - self.ends[i]


@dataclass
class Document:
    """An article's text with its comparison keys and its sentences."""

    # The text as the engine reads it: the page's own, with HTML markup and hard-wrapped line breaks as spaces or line
    # ends, runs of spaces as one, and phrases written as the rules write them (``source`` is the page's own text,
    # for quotes; ``quoted_span`` maps offsets back to it).
    text: str
    sentences: list[Sentence]
    # Lower-case comparison text, offset for offset the same as ``text``; a star level written in words reads as its
    # digit ("ba sao" as " 3 sao"), so every star pattern sees one way of writing it.
    key: str
    cased: str  # the same key with case kept, for names
    fired: set[str] = field(default_factory=set)  # ids of the block and continuation rules that decided something
    # For each list ``within`` was asked about: the list, its items by sentence index, its start offsets, and its items
    # by the span of any other range asked about.
    _by_sentence: dict = field(default_factory=dict, repr=False)
    # Answers the engine's modules keep about this text (searches made once per clause …), by their own keys.
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    source: str | None = None  # the page's own text when ``text`` differs from it
    # Each rewriting that made ``text`` from ``source``, in order: runs of spaces read as one (``_single_spaced``),
    # then phrases read as the rules write them (``_as_the_rules_write_it``).
    _rewritings: tuple[Rewriting, ...] = field(default=(), repr=False)

    @property
    def quoted(self) -> str:
        """The text quotes are cut from: the page's own."""
        return self.source if self.source is not None else self.text

    def quoted_span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets in ``quoted`` of the span ``start:end`` of ``text``."""
        if not self._rewritings or end <= start:
            return start, end
        last = end - 1
        for rewriting in reversed(self._rewritings):
            start, last = rewriting.in_source(start), rewriting.in_source(last)
        return start, last + 1

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if offset < s.end else None

    def holding(self, item) -> Sentence | None:
        """The sentence ``item`` (anything with a start and an end) lies inside: the one ``within`` lists it in.
        Sentences never overlap, so there is at most one; going through a few items this way replaces asking every
        sentence for its items."""
        sentence = self.sentence_at(item.start)
        return sentence if sentence is not None and item.end <= sentence.end else None

    def within(self, items: list, sentence: Sentence) -> list:
        """The items (a list sorted by ``start``, never changed afterwards) that lie inside ``sentence``."""
        cached = self._by_sentence.get(id(items))
        if cached is None or cached[0] is not items:
            cached = self._by_sentence[id(items)] = (items, self._by_index(items), [item.start for item in items], {})
        # The engine asks about every sentence, many times: the items are handed to their sentences in one pass when
        # a list is first asked about, and each answer copied out. A sentence of this document is looked up by its
        # index; any other span by its offsets.
        by_index = cached[1]
        index = sentence.index
        if 0 <= index < len(by_index) and self.sentences[index] is sentence:
            return list(by_index[index])
        _, _, starts, found = cached
        inside = found.get((sentence.start, sentence.end))
        if inside is None:
            lo = bisect.bisect_left(starts, sentence.start)
            hi = bisect.bisect_left(starts, sentence.end)
            inside = found[sentence.start, sentence.end] = [item for item in items[lo:hi] if item.end <= sentence.end]
        return list(inside)

    def _by_index(self, items: list) -> list[list]:
        """The items each sentence holds, by the sentence's index (``holding``)."""
        by_index: list[list] = [[] for _ in self.sentences]
        for item in items:
            sentence = self.holding(item)
            if sentence is not None:
                by_index[sentence.index].append(item)
        return by_index


def is_meta_line(key: str, at: int) -> bool:
    """Is the line of ``key`` holding ``at`` a line of the page's furniture (a date, a weather strip, a footer)?"""
    start = key.rfind("\n", 0, at) + 1
    end = key.find("\n", at)
    return _furniture(key[start:end if end >= 0 else len(key)])


def _short_unstopped(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= 160 and not stripped.endswith((".", ";", ":"))


def _furniture(key_line: str) -> bool:
    """A short line without a closing stop that the block rules read as a page's furniture (``block.meta``)."""
    return _short_unstopped(key_line) and bool(_META.search(key_line))


def _line_block(key_line: str, raw_line: str, first_content: bool, fired: set[str]) -> str:
    for rule, pattern, words in _CAPTIONS:
        if (words is None or any(word in key_line for word in words)) and pattern.search(key_line):
            fired.add(rule.id)
            return CAPTION
    stripped = raw_line.strip()
    if _furniture(key_line) or (_short_unstopped(stripped) and _is_byline(stripped)):
        fired.add(_META_RULE.id)
        return META
    # Most lines hold no separator: they are one cell, without running the splitting pattern over them.
    cells = [c for c in _TABLE_CELLS.split(stripped) if c] if "|" in stripped or "\t" in stripped else [stripped]
    if len(cells) >= 2 and " | " in stripped and sum(len(c) > MAX_CELL_CHARS // 2 for c in cells) >= 2 and \
            all(not c.rstrip().endswith(".") for c in cells):
        return META  # a strip of other articles' headlines ("A | B | C") above or beside the article
    if first_content and len(cells) >= 2 and (" | " in stripped or " > " in stripped) and not _HAS_DIGIT.search(
            stripped):
        return META  # a breadcrumb ("LONG AN | Thời sự | Kinh tế") above the headline
    if first_content and (" > " in stripped or " › " in stripped or " » " in stripped) and \
            not _HAS_DIGIT.search(stripped):
        return META  # "Báo Hà Tĩnh > Tags > sản phẩm OCOP", "Trang chủ › Nông thôn mới › Sơn La"
    if len(cells) >= 2 and ("|" in stripped or "\t" in stripped) and not first_content and \
            all(len(c) <= MAX_CELL_CHARS for c in cells):
        return TABLE
    if first_content and len(stripped) <= MAX_TITLE_CHARS and not stripped.endswith("."):
        return TITLE
    return BODY


def _is_breadcrumb(line: str, next_line: str) -> bool:
    """"Trang chủ › Nông thôn mới › Sơn La", "OCOP » Địa phương": a site's path, no figure."""
    stripped = line.strip()
    # (a counter in brackets, "Giỏ hàng (0)", is part of a site's bar)
    # ("Trang chủ | Tin tức | Địa phương": a site's menu bar, its items between bars)
    return len(stripped) <= MAX_DECK_CHARS and (any(mark in stripped for mark in BREADCRUMB_MARKS) or
                                                bool(_MENU_BAR.match(match_key(stripped))) or
                                                _is_menu_of_sections(stripped, next_line)) and \
        not _HAS_DIGIT.search(_BRACKETED_COUNTER.sub("", stripped))


def _is_menu_of_sections(line: str, next_line: str) -> bool:
    """"Mới nhất | Tin nóng | Media | Magazine | Infographic": a site's sections between bars, each a few words, none
    a sentence nor a table header's ("Hạng sao | Số sản phẩm | Mức thưởng"), and no row of a table under it."""
    cells = [c for c in _TABLE_CELLS.split(line) if c]
    return " | " in line and len(cells) >= MIN_MENU_CELLS and "|" not in next_line and "\t" not in next_line and \
        all(len(c.split()) <= MAX_MENU_CELL_WORDS and not c.endswith(".") for c in cells) and \
        not _TABLE_HEADER_WORD.search(match_key(line))


def _no_headline_yet(sentences: list[Sentence]) -> None:
    """The lines taken for the headline were the site's: they are page text, and the headline is still to come."""
    for sentence in sentences:
        if sentence.block == TITLE:
            sentence.block = BODY


def _is_section_label(line: str) -> bool:
    """A site's section name alone on its line ("Tài chính", "Kinh tế"): a few words, no figure, no stop."""
    stripped = line.strip()
    return 0 < len(_WORDS.findall(stripped)) <= MAX_SECTION_LABEL_WORDS and not _HAS_DIGIT.search(stripped) and \
        not stripped.endswith((".", ";", ":", "?", "!"))


def _is_count_headline(keys: list[str]) -> bool:
    """Do these lines (key text) read as a headline of OCOP figures: a count and the programme's name?"""
    return any(_HAS_DIGIT.search(k) and _OCOP_WORD.search(k) for k in keys)


def _is_headline_of_figures(line: str) -> bool:
    """A line that reads as a headline (short, no closing stop) of OCOP figures."""
    stripped = line.strip()
    return len(stripped) <= MAX_HEADLINE_CHARS and not stripped.endswith((".", ";", ":")) and \
        _is_count_headline([match_key(stripped)])


def _next_line(lines: list[str], index: int) -> str:
    return next((line for line in lines[index + 1:] if line.strip()), "")


def _is_deck(line: str) -> bool:
    """A short line that is no sentence (no closing stop, no table), right under the headline: a second headline."""
    stripped = line.strip()
    return len(stripped) <= MAX_DECK_CHARS and not stripped.endswith((".", ";", ":", "?", "!")) and \
        "|" not in stripped and "\t" not in stripped


def _is_masthead(line: str) -> bool:
    """A short line in capitals without a figure: a site's or a paper's name (not a headline in capitals, long and
    about the programme's products: ``rules.CAPITAL_HEADLINE``)."""
    stripped = line.strip()
    if len(_WORDS.findall(stripped)) >= MIN_CAPITAL_HEADLINE_WORDS and \
            _CAPITAL_HEADLINE.search(key := match_key(stripped)) and not _CAPITAL_HEADLINE_NOT.search(key):
        return False
    return len(stripped) <= MAX_MASTHEAD_CHARS and stripped.upper() == stripped and \
        any(c.isalpha() for c in stripped) and not _HAS_DIGIT.search(stripped)


# The fewest words of a headline in capitals: a site's name in capitals has fewer ("BÁO ĐIỆN TỬ TỈNH LÀO CAI" aside).
MIN_CAPITAL_HEADLINE_WORDS = 7
_CAPITAL_HEADLINE = compiled(rules.CAPITAL_HEADLINE)
_CAPITAL_HEADLINE_NOT = compiled(rules.CAPITAL_HEADLINE_NOT)


def _is_byline(line: str) -> bool:
    """A name or an agency tag alone on its line ("Thu Hà", "H.V", "(BPT)"): no figures live there."""
    words = _WORDS.findall(line)
    return 0 < len(words) <= 4 and not _HAS_DIGIT.search(line) and all(w[:1].isupper() for w in words)


def _bounded(line: str, starts: list[int]) -> list[tuple[int, int]]:
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(line)
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            cut = max(line.rfind(";", start, limit), line.rfind(",", start, limit))
            if cut <= start + MAX_SENTENCE_CHARS // 2:
                cut = line.rfind(" ", start, limit)
            cut = limit if cut <= start else cut + 1
            spans.append((start, cut))
            start = cut
        spans.append((start, end))
    return spans


# A line wrapped by its source (a print view, a PDF, a mail) runs on in the next: the break is a space to read past.
# Only a long line ending without a stop, followed by a line opening in lower case (or a number and a word in lower
# case), and neither a table row.
_STOPS = frozenset(".!?:;\u2026\"\u201d)]|\t")
_NEXT_WORD = re.compile(r"[ \t]*(?:\d+[ \t]+)?(\w)")
MIN_WRAPPED_LINE_CHARS = 50


def _unwrapped(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped lines as spaces, of the same length (offsets stay the text's)."""
    breaks = []
    line_start, at = 0, text.find("\n")
    while at >= 0:
        following = text.find("\n", at + 1)
        last = len(text[line_start:at].rstrip(" \t")) + line_start - 1
        if last - line_start + 1 >= MIN_WRAPPED_LINE_CHARS and text[last] not in _STOPS:
            word = _NEXT_WORD.match(text, at + 1)
            if word is not None and word.group(1).islower() and \
                    "|" not in text[at:following if following >= 0 else len(text)]:
                breaks.append(at)
        line_start, at = at + 1, following
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


# HTML tags left in a pasted extract ("<p>", "<br/>", "<strong>"). (Entities such as "&nbsp;" are longer than what
# they stand for, and a key of the text's length cannot read them as one space.)
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^<>\n]{0,200}>")
_LINE_TAG = re.compile(r"<\s*(?:br|/p|p|/div|div|/li|li|/h\d|h\d)\b[^<>\n]{0,200}>", re.IGNORECASE)


def _without_markup(text: str) -> str:
    """``text`` with HTML tags as spaces, of the same length; a tag that breaks a line ("<br>", "<p>") as a line end,
    so that paragraphs stay paragraphs."""
    if "<" not in text:
        return text
    text = _LINE_TAG.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)


# Two spaces or more inside a line ("… 3 sao.  Năm 2024, …", "sản phẩm,  trong đó", HTML tags read as spaces), and
# the no-break space a pasted page writes as an entity ("sản&nbsp;phẩm"): one space to the rules, which write a space
# as one.
_NBSP_ENTITY = "&nbsp;"
_SPACE_RUN = re.compile(f"(?:[ {SPACES}]|{_NBSP_ENTITY}){{2,}}|{_NBSP_ENTITY}")
_READ_AS = alternation(rules.READ_AS, scanning=True)
_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_READ_AS_NOT_AFTER = {name: compiled(pattern) for name, pattern in rules.READ_AS_NOT_AFTER.items()}
_DIGITS = "{digits}"
_ROMAN = "{roman}"
_DAY = "{day}"
_DIGIT_RUN = re.compile(r"\d+")
_ROMAN_NUMERALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def _single_spaced(text: str) -> tuple[str, Rewriting | None]:
    """``text`` with each run of spaces inside a line as one space, and where the runs were."""
    if "  " not in text and _NBSP_ENTITY not in text and not any(space in text for space in SPACES):
        return text, None
    return _rewritten(text, ((run.start(), run.end(), " ") for run in _SPACE_RUN.finditer(text)))


def _as_the_rules_write_it(text: str, fired: set[str]) -> tuple[str, str, Rewriting | None]:
    """``text`` with the phrases of ``rules.READ_AS`` written as the rules write them ("sản phẩm đạt chuẩn OCOP" as
    "sản phẩm OCOP"), its case-kept comparison text, and where the phrases were."""
    cased = match_key(text, lower=False)
    key = fold_key(cased)
    cuts = []
    for m in _READ_AS.finditer(key):
        rule = rule_of(m, rules.READ_AS)
        not_after = rule.yields.get("not_after")
        if not_after is not None and _READ_AS_NOT_AFTER[not_after].search(key, max(0, m.start() - 60), m.start()):
            continue
        fired.add(rule.id)
        group = next(name for name, value in m.groupdict().items() if value is not None and name.startswith("cut"))
        instead = rule.yields["instead"]
        if instead == _DIGITS:
            instead = str(as_int_if_whole(parse_numeral(key[m.start(group):m.end(group)])))
        elif instead == _ROMAN:
            instead = str(_ROMAN_NUMERALS[key[m.start(group):m.end(group)]])
        elif instead == _DAY:
            instead = "/".join(_DIGIT_RUN.findall(key, m.start(group), m.end(group)))
        elif instead and _OPENS_A_SENTENCE.search(key, max(0, m.start(group) - 3), m.start(group)):
            instead = instead[0].upper() + instead[1:]  # ("… 12 chủ thể. TX. An Khê nhiều nhất": still a sentence)
        cuts.append((m.start(group), m.end(group), instead))
    if not cuts:
        return text, cased, None  # (most pages: their comparison text is already made)
    text, rewriting = _rewritten(text, cuts)
    return text, match_key(text, lower=False), rewriting


def _rewritten(text: str, pieces: Iterable[tuple[int, int, str]]) -> tuple[str, Rewriting | None]:
    """``text`` with each of the ordered, disjoint ``pieces`` (start, end, what stands for it) replaced, and where they
    were (None when there is none)."""
    out, starts, ends, source_starts, source_ends = [], [], [], [], []
    kept_until, length = 0, 0
    for start, end, instead in pieces:
        out.append(text[kept_until:start])
        length += start - kept_until
        out.append(instead)
        starts.append(length)
        length += len(instead)
        ends.append(length)
        source_starts.append(start)
        source_ends.append(end)
        kept_until = end
    if not starts:
        return text, None
    out.append(text[kept_until:])
    return "".join(out), Rewriting(starts, ends, source_starts, source_ends)


_A_WORD = re.compile(r"\w+")


def _names_of_capital_lines_capitalised(cased: str) -> str:
    """``cased`` with each line written in capitals ("QUẾ SƠN CÓ THÊM 4 SẢN PHẨM 3 SAO", a headline, a masthead) as
    words that open with a capital ("Quế Sơn Có Thêm 4 Sản Phẩm 3 Sao"): the case-kept text in which places are
    looked for names them as it names those of any other line. Of the same length."""
    if not any(c.isupper() for c in cased):
        return cased
    lines = cased.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if len(line) >= 6 and not any(c.islower() for c in line) and sum(c.isalpha() for c in line) >= 6:
            lines[i] = _A_WORD.sub(lambda m: m.group()[:1] + m.group()[1:].lower(), line)
            changed = True
    return "\n".join(lines) if changed else cased


def segment(text: str) -> Document:
    """Lines classified into blocks, cut into sentences, each sentence marked when it continues the one before."""
    original = text
    fired: set[str] = set()
    text, after_runs = _single_spaced(_unwrapped(_without_markup(text)))
    text, cased, after_cuts = _as_the_rules_write_it(text, fired)
    cased = _names_of_capital_lines_capitalised(cased)
    key = sub(_STAR_WORD, _star_digit, fold_key(cased))
    if "0" in key:
        key = _STAR_PADDED.sub(" ", key)
    if rules.ONE_WORD in key:
        key = sub(_ONE_SAID_ALONE, lambda m: m.group(1) + "1  ", key)
        key = sub(_ONE_IN_A_BREAKDOWN, lambda m: m.group(1) + "1  ", key)
    if rules.FIVE_WORD in key:
        key = sub(_FIVE_BEFORE_NOUN, "5  ", key)
    sentences: list[Sentence] = []
    in_related = False
    prose_seen = False  # a paragraph of the article's body has been read
    first_content = True
    previous_caption_marker = False
    after_title = False  # the last line read was the headline
    offset = 0
    lines = text.split("\n")
    for line_index, raw_line in enumerate(lines):
        line_start = offset
        offset += len(raw_line) + 1
        if not raw_line.strip():
            continue
        key_line = key[line_start:line_start + len(raw_line)]
        if first_content and not in_related and _SECTION_PATH.fullmatch(key_line) and \
                not any(mark in raw_line for mark in BREADCRUMB_MARKS):
            # "KINH TẾ - XÃ HỘI", "Nông nghiệp - Nông thôn" above the headline: the site's sections.
            fired.add("block.section_label")
            continue
        if first_content and not in_related and _is_section_label(raw_line) and \
                _is_headline_of_figures(_next_line(lines, line_index)):
            # "Thị trường" above "Sóc Trăng: Doanh thu nhóm sản phẩm OCOP tăng …": a section's name, not the headline.
            fired.add("block.section_label")
            continue
        if after_title and not prose_seen and _is_section_label(raw_line) and \
                not _is_count_headline([key[s.start:s.end] for s in sentences if s.block == TITLE]) and \
                _is_headline_of_figures(_next_line(lines, line_index)):
            # "Người Sài Gòn Miền Tây - Gia đình Online", "Tài chính", then "Kiên Giang: 54 sản phẩm được công nhận
            # OCOP …": a site's name in running letters and a section's, above the headline.
            _no_headline_yet(sentences)
            first_content, after_title = True, False
            fired.add("block.masthead_before_section")
            continue
        if _RELATED.search(key_line):
            in_related = True
            fired.add("block.related")
            continue
        if in_related and (len(raw_line.strip()) > MAX_HEADLINE_CHARS or (
                not prose_seen and _reads_as_prose(raw_line))):
            # A long line, or, in a sidebar above the article, a paragraph of sentences: the body has begun.
            in_related = False
        # (a headline of OCOP figures is the article's, whatever site bar follows it: "Bắc Kạn có 5 sản phẩm OCOP đạt
        # hạng 4 sao", then "• Trang chủ")
        if not in_related and not first_content and not prose_seen and \
                _is_breadcrumb(raw_line, _next_line(lines, line_index)) and \
                any(s.block == TITLE for s in sentences) and \
                not _is_count_headline([key[s.start:s.end] for s in sentences if s.block == TITLE]):
            # "OCOP VIỆT NAM – Ấn phẩm của …" then "OCOP › Địa phương": the line taken for the headline was the
            # site's name; the headline comes after the breadcrumb.
            _no_headline_yet(sentences)
            first_content, after_title = True, False
            fired.add("block.masthead_before_breadcrumb")
            continue
        if in_related:
            block = RELATED
        else:
            block = _line_block(key_line, raw_line, first_content, fired)
            if block == BODY and previous_caption_marker:
                block = CAPTION
            elif block == BODY and after_title and _is_deck(raw_line):
                # "1.276 sản phẩm OCOP được chứng nhận ở mức 3-5 sao" under the headline: a second headline, which
                # the body says again with its context.
                block = TITLE
                fired.add("block.deck")
        # A site's or paper's name in capitals above the headline ("NÔNG THÔN VIỆT", "BÁO SƠN LA"): a line of the
        # page, not its headline, which comes next.
        masthead = block == TITLE and _is_masthead(raw_line)
        if masthead:
            block = BODY
        previous_caption_marker = block == CAPTION and bool(_CAPTION_CONTINUES.search(key_line))
        # (a headline of words: a clock line taken for one, "| 30-08-2023 | 08:52", has none under it)
        after_title = block == TITLE and not masthead and len(_LETTER_WORDS.findall(raw_line)) >= MIN_HEADLINE_WORDS
        prose_seen = prose_seen or (block == BODY and _reads_as_prose(raw_line))
        if block not in (META,) and not masthead:
            first_content = False
        if block in (META,):
            continue
        cased_line = cased[line_start:line_start + len(raw_line)]
        cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(raw_line)
                      if not _abbreviation_before(cased_line, m.start(1))
                      and not _LIST_NUMBER.match(raw_line, 0, m.start(1))]
        for n, (a, b) in enumerate(_bounded(raw_line, cuts)):
            piece = raw_line[a:b]
            rest = piece.lstrip()
            # A piece of spaces only has no trailing part left to count: it is skipped all the same.
            start, end = line_start + a + len(piece) - len(rest), line_start + b - (len(rest) - len(rest.rstrip()))
            if end <= start:
                continue
            sentence = Sentence(len(sentences), start, end, block, line_index, n == 0)
            continuation = _CONTINUATION.match(key[start:min(end, start + 80)])
            if continuation:
                sentence.continues = rule_of(continuation, rules.CONTINUATIONS).id
            sentences.append(sentence)
    reading = None
    for sentence in sentences:
        # An item of a list of dated headlines ("Can Lộc có 15 sản phẩm OCOP (01/06/2023)") follows nothing.
        sentence.previous = None if _DATED_ITEM.search(text, sentence.start, sentence.end) else reading
        if sentence.block not in (CAPTION, RELATED):
            reading = sentence.index
    return Document(text, sentences, key, cased, fired, source=original if original != text else None,
                    _rewritings=tuple(r for r in (after_runs, after_cuts) if r is not None))


def _reads_as_prose(line: str) -> bool:
    """A paragraph rather than a headline: longer than a teaser, it ends a sentence and is no list item."""
    stripped = line.strip()
    return len(stripped) > MAX_TEASER_CHARS and stripped.endswith((".", "!", "?", "…")) and \
        not stripped.startswith(LIST_BULLETS)


def _abbreviation_before(cased_line: str, end: int) -> bool:
    """Does the period before ``end`` close an abbreviation ("TP. Hồ Chí Minh")? Only the last characters of the
    line's case-preserving key are looked at, so a line is split in time linear in its length."""
    if not cased_line.endswith(".", 0, end):
        return False  # every abbreviation ends with its period ("!", "?" and "…" end sentences)
    window = fold_key(cased_line[max(0, end - 10):end])
    return bool(_ABBREVIATION.search(window if end <= 10 else "x" + window))
