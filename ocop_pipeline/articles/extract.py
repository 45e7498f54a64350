"""Extract OCOP figures from Vietnamese article text: one engine applying the rules in ``rules.py``.

For each figure the engine decides, from the words around it:
  what is counted (the rule), the star level or producer type, the value and qualifier;
  the place (nearest place named before it in its sentence, else the sentence it continues, else the article's own
  province; headlines and captions never borrow the article's province);
  the kind (target / new / cumulative, from markers read left to right);
  the year (named in its sentence, else the sentence it continues, else the latest achieved year of its paragraph,
  then of the article, else the publication year).
Every claim carries its exact span in the NFC text, its rule id, and how place, kind and year were decided.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ocop_pipeline.articles import rules
from ocop_pipeline.geography import NATIONAL_NAME, Place, resolver
from ocop_pipeline.numbers import DASH, NUMBER_WORD, NUMERAL, as_int_if_whole, parse_numeral
from ocop_pipeline.text import match_key
from ocop_pipeline.vocab import POTENTIAL_5

BODY, TITLE, RELATED, CAPTION = "body", "title", "related_headline", "caption"


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
    decided_by: str  # how place, kind and year were chosen, for tracing a wrong figure


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    block: str
    paragraph: int
    continuation: bool = False
    years: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, year), sentence-relative
    is_target: bool = False


@dataclass
class State:
    """What a sentence leaves to the one that continues it ("Trong đó, ...")."""

    place: Place | None = None
    kind: str = "cumulative"
    year: int | None = None
    subject_context: bool = False
    ocop_context: bool = False


@dataclass(frozen=True)
class Extraction:
    claims: list[Claim]
    article_place: Place | None
    published_from_text: dt.date | None


# ----------------------------------------------------------------------------------------------------------------
# compiled vocabulary


def _words(phrases) -> re.Pattern:
    keys = sorted({match_key(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")


_TARGET = _words(rules.TARGET_MARKERS)
_PRESENT = _words(rules.PRESENT_MARKERS)
_NEW = _words(rules.NEW_MARKERS)
_TOTAL = _words(rules.TOTAL_MARKERS)
_RECOGNITION_BEFORE = re.compile(r"(?:" + "|".join(re.escape(match_key(v)) for v in rules.RECOGNITION_VERBS) + r")\s*$")
_ACTIVITY_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(match_key(v)) for v in rules.ACTIVITY_VERBS) + r")(?P<between>(?:[\s,]+[^\s,\d]+){0,3})[\s,]*$"
)
_RESULT_VERB = _words(rules.RESULT_VERBS)
_UPGRADE_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(match_key(v)) for v in rules.UPGRADE_VERBS) + r")[\s,]*$")
_OTHER_PROGRAMME = _words(rules.OTHER_PROGRAMMES)
_NOT_RECOGNISED_AFTER = tuple(match_key(w) for w in rules.NOT_RECOGNISED_AFTER)
_OCOP_EVIDENCE = re.compile(rules.OCOP_EVIDENCE, re.I)
_CONTINUATION = re.compile(match_key(rules.CONTINUATION))
_NEW_AFTER_NOUN = re.compile(r"^" + rules.NEW_AFTER_NOUN)
_UPGRADED_AFTER = re.compile(rules.UPGRADED_AFTER)
_OWNER_AFTER = re.compile(rules.OWNER_AFTER)
_INLINE_BREAKDOWN = re.compile(match_key(rules.INLINE_BREAKDOWN))
_INCREASE_BEFORE = re.compile(rules.INCREASE_BEFORE)
_COMPARISON_BASE_BEFORE = re.compile(rules.COMPARISON_BASE_BEFORE)
_QUALIFIER = {match_key(q): kind for q, kind in rules.QUALIFIERS}
_QUALIFIER_ALT = "|".join(re.escape(q) for q in sorted(_QUALIFIER, key=len, reverse=True))
_NUMBER = rf"(?:{NUMERAL}|(?:{NUMBER_WORD})(?=\s))"

_COUNT = [
    (
        rule,
        re.compile(
            rf"(?<![\w/.,])(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?:từ\s+)?(?P<num>{_NUMBER})"
            rf"(?:\s*{DASH}\s*(?P<num2>{NUMERAL}))?\s*(?P<noun>{match_key(rule.noun, lower=False)})(?!\w)",
            re.I,
        ),
    )
    for rule in rules.COUNT_RULES
]
_STAR_LABEL_FIRST = re.compile(
    rules.STAR_LABEL_FIRST[1] + rf"(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?P<num>{NUMERAL})(?![\d.,]*\s*%)(?:\s*sản phẩm)?", re.I
)
_STAR_LABEL_BEFORE = re.compile(rules.STAR_LABEL_BEFORE, re.I)
_NOUN_FIRST = [
    (rule_id, re.compile(rf"(?<!\w){pattern}(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?P<num>{NUMERAL})(?![\d%/])(?![.,]?\d*\s*sao)",
                         re.I), metric)
    for rule_id, pattern, metric in rules.NOUN_FIRST
]
_STAR_PATTERNS = [
    (re.compile(rules.STARS_POTENTIAL, re.I), lambda m: POTENTIAL_5),
    (re.compile(rules.STARS_RANGE, re.I), lambda m: None),
    (re.compile(rules.STARS_AND_UP, re.I), lambda m: None),
    (re.compile(rules.STARS_SINGLE, re.I), lambda m: m.group(1)),
]
_PERCENT = re.compile(
    rf"(?:(?P<qual>{_QUALIFIER_ALT})\s+)?(?:bình quân\s+)?(?:từ\s+)?(?P<a>{NUMERAL})\s*%?\s*"
    rf"(?:(?:{DASH}|đến|tới)\s*(?P<b>{NUMERAL})\s*)?%",
    re.I,
)
_SHARE_AFTER = re.compile(r"^\s*" + rules.SHARE_NOUNS, re.I)
_UPLIFT_WORDS = re.compile(
    r"(?<!\w)(?<!đánh )(" + "|".join(re.escape(w) for w, _ in rules.UPLIFT_METRICS) + r")(?!\w)", re.I
)
_UPLIFT_METRIC = {w: m for w, m in rules.UPLIFT_METRICS}
_INCREASE = re.compile(r"(?<!\w)tăng(?!\w)", re.I)
_METRICS_AFTER = re.compile(
    r"^\s*(?:về|ở|đối với|cả)\s+((?:" + "|".join(re.escape(w) for w, _ in rules.UPLIFT_METRICS)
    + r")(?:\s*(?:,|và|cũng như)\s*(?:" + "|".join(re.escape(w) for w, _ in rules.UPLIFT_METRICS) + r"))*)",
    re.I,
)
_RELATED_MARKER = re.compile(
    r"^\s*(?:" + "|".join(re.escape(match_key(m)) for m in rules.RELATED_BLOCK_MARKERS) + r")\b\s*:?\s*$"
)
_CAPTION = re.compile(rules.CAPTION_LINE, re.I)
_NATIONAL = _words(rules.NATIONAL_WORDS)
_SUB_PROVINCIAL_SCOPE = re.compile(rules.SUB_PROVINCIAL_SCOPE)
_REGION_SCOPE = re.compile(rules.REGION_SCOPE)
_PROVINCE_SCOPE = re.compile(rules.PROVINCE_SCOPE)
_FRAME_BEFORE = re.compile(
    r"(?:dẫn đầu|đứng đầu|nhất|thứ\s*\d+|so với|tỉnh,?\s*thành(?:\s*phố)?\s*trong|tỉnh\s*(?:trong|vùng|khu vực))\s*$"
)
_UPPER = "A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_DISTRICT = re.compile(
    r"(?<!\w)(?P<prefix>(?i:huyện|thị xã|quận|thành phố|tp\.|tp|tx\.|tx))\s*"
    rf"(?P<name>[{_UPPER}][^\s,.;:()]*(?:\s+[{_UPPER}][^\s,.;:()]*){{0,3}})"
)
_YEAR_RANGE = re.compile(
    r"(?<![\d/])((?:19|20)\d{2})\s*(?:[-–—]|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*((?:19|20)\d{2})(?![\d/])", re.I
)
_YEAR_SINGLE = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})(?![\d/.,]\d)")
_DATE_IN_TEXT = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?!\d)")
_MONTH_YEAR = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/((?:19|20)\d{2})(?![\d/])")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(\[]?[A-ZĐÀ-Ỹ0-9])")
_ABBREVIATION_BEFORE = re.compile(r"(?:^|\s)(?:TP|Tp|TX|Tx|TS|ThS|Th\.S|PGS|GS|BS|KS|St|Q|P|H)\.$")
MAX_SENTENCE_CHARS = 2000


# ----------------------------------------------------------------------------------------------------------------
# segmentation


def published_date_in_text(text: str) -> dt.date | None:
    """A full date near the top ('Thứ năm, ngày 19/11/2020', '19/04/2025 08:39') is the publication date."""
    for m in _DATE_IN_TEXT.finditer(text[:600]):
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            continue
    return None


def segment(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    block = BODY
    offset = 0
    previous_was_photo = False
    first_content_line = True
    for paragraph, line in enumerate(text.split("\n")):
        line_start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if _RELATED_MARKER.match(match_key(stripped)):
            block = RELATED
            continue
        if block == RELATED:
            line_block = RELATED
        elif _CAPTION.search(stripped) or previous_was_photo:
            line_block = CAPTION
        elif first_content_line and len(stripped) < 160 and not stripped.endswith("."):
            line_block = TITLE
        else:
            line_block = BODY
        previous_was_photo = bool(re.search(r"[-–]\s*Ảnh\s*\d+\s*\.?\s*$", stripped))
        first_content_line = False
        pieces = [0] + [m.end() for m in _SENTENCE_END.finditer(line) if not _abbreviation_before(line, m.start())]
        for piece_start, piece_end in _bounded(line, pieces):
            chunk = line[piece_start:piece_end]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if not chunk:
                continue
            start = line_start + piece_start + lead
            sentence = Sentence(start, start + len(chunk), chunk, line_block, paragraph)
            sentence.continuation = bool(_CONTINUATION.match(match_key(chunk)))
            sentence.years = _years_in(chunk, dated_events=line_block == BODY)
            sentence.is_target = bool(_TARGET.search(match_key(chunk)))
            sentences.append(sentence)
    return sentences


def _abbreviation_before(line: str, end: int) -> bool:
    """Does the period before ``end`` close an abbreviation ("TP. Hồ Chí Minh")? Only the last few characters are
    looked at, so a line is split in time linear in its length."""
    window = line[max(0, end - 10):end]
    return bool(_ABBREVIATION_BEFORE.search(window if end <= 10 else "x" + window))


def _bounded(line: str, starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each sentence, a sentence longer than MAX_SENTENCE_CHARS cut at its last ';', ',' or space
    before the limit: real sentences are far shorter, and every rule looks at most at one sentence."""
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


def _years_in(text: str, dated_events: bool = False) -> list[tuple[int, int, int]]:
    """Years the sentence speaks of, with spans; full dates count only for events told in the body."""
    dates = [m.span() for m in _DATE_IN_TEXT.finditer(text)]
    found: list[tuple[int, int, int]] = []
    if dated_events:
        found.extend((m.start(), m.end(), int(m.group(3))) for m in _DATE_IN_TEXT.finditer(text))
    taken: list[tuple[int, int]] = []
    for m in _YEAR_RANGE.finditer(text):
        found.append((m.start(), m.end(), int(m.group(2))))
        taken.append(m.span())
    for m in _MONTH_YEAR.finditer(text):  # "tháng 12/2024"
        if not any(a <= m.start() < b for a, b in dates + taken):
            found.append((m.start(), m.end(), int(m.group(1))))
            taken.append(m.span())
    for m in _YEAR_SINGLE.finditer(text):
        if any(a <= m.start() < b for a, b in dates + taken):
            continue
        before = text[max(0, m.start() - 4):m.start()].lower()
        if before.endswith(("số ", "số")):
            continue
        found.append((m.start(), m.end(), int(m.group(1))))
    key = match_key(text)
    return sorted(y for y in found if not _COMPARISON_BASE_BEFORE.search(key[:y[0]]))


# ----------------------------------------------------------------------------------------------------------------
# places


@dataclass(frozen=True)
class PlaceMention:
    start: int  # sentence-relative
    end: int
    text: str
    level: str  # province | region | national | district
    place: Place | None
    district: str | None = None


def _mentions(sentence: Sentence) -> list[PlaceMention]:
    text = sentence.text
    key = match_key(text)
    mentions: list[PlaceMention] = []
    for m in resolver().find_in_text(text):
        before = key[max(0, m.start - 30):m.start]
        if m.place.level == "region" and _FRAME_BEFORE.search(before.rstrip()):
            continue
        mentions.append(PlaceMention(m.start, m.end, m.text, m.place.level, m.place))
    for m in _NATIONAL.finditer(key):
        if _FRAME_BEFORE.search(key[max(0, m.start() - 30):m.start()].rstrip()):
            continue
        mentions.append(PlaceMention(m.start(), m.end(), text[m.start():m.end()], "national",
                                     Place(level="national", name=NATIONAL_NAME)))
    for m in _DISTRICT.finditer(text):
        name = m.group("name")
        if not name[:1].isupper():
            continue
        prefix = m.group("prefix").lower()
        place = resolver().resolve(name)
        if place is not None and place.level == "province":
            # "TP. Hồ Chí Minh" is a province-level city; "TP. Sóc Trăng" is the capital town of its province.
            if prefix.startswith(("thành phố", "tp")) and place.province.kind == "city":
                continue
        elif place is not None:
            continue
        mentions = [x for x in mentions if not (m.start() <= x.start < m.end())]
        mentions.append(PlaceMention(m.start(), m.end(), m.group(0), "district", None, district=name))
    return sorted(mentions, key=lambda x: x.start)


def _article_place(sentences: list[Sentence], mentions: list[list[PlaceMention]]) -> Place | None:
    """The province the body names most often (the first named among equals), else the country, else none."""
    counts: Counter[str] = Counter()
    first: dict[str, PlaceMention] = {}
    for s, found in zip(sentences, mentions, strict=True):
        if s.block not in (BODY, TITLE):
            continue
        for m in found:
            if m.level == "province":
                counts[m.place.name] += 1
                first.setdefault(m.place.name, m)
    if not counts:
        # An article that names no province but speaks of the country or the central office is a national one.
        body = " ".join(match_key(s.text) for s in sentences if s.block in (BODY, TITLE))
        if _NATIONAL.search(body) or "trung ương" in body:
            return Place(level="national", name=NATIONAL_NAME)
        return None
    best = max(counts, key=lambda name: (counts[name], -list(first).index(name)))
    return first[best].place


# ----------------------------------------------------------------------------------------------------------------
# the engine


@dataclass(frozen=True)
class Figure:
    start: int  # sentence-relative, including the qualifier
    end: int
    num_start: int
    metric: str
    subject_type: str | None
    stars: str | None
    value: float
    value_high: float | None
    qualifier: str | None
    rule_id: str
    share: float | None = None


def extract(text: str, source_id: str, published: dt.date | None = None) -> Extraction:
    """All OCOP claims in one article's NFC text."""
    from_text = published_date_in_text(text)
    published = published or from_text
    sentences = segment(text)
    mentions_of = [_mentions(s) for s in sentences]
    article_place = _article_place(sentences, mentions_of)
    article_year = _latest_achieved_year([s for s in sentences if s.block in (BODY, TITLE)], published)
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    paragraph_years = {
        p: _latest_achieved_year([s for s in group if s.block in (BODY, TITLE)], published)
        for p, group in by_paragraph.items()
    }
    target_years = {
        p: max((y for s in group if s.is_target for _, _, y in s.years), default=None)
        for p, group in by_paragraph.items()
    }
    claims: list[Claim] = []
    state = State()
    previous: Sentence | None = None
    for sentence, mentions in zip(sentences, mentions_of, strict=True):
        inherited = state if sentence.continuation else State()
        # A sentence continuing a paragraph about OCOP may leave the word out ("Huyện Đông Anh dẫn đầu với 185 …").
        if previous is not None and previous.paragraph == sentence.paragraph and _OCOP_EVIDENCE.search(previous.text):
            inherited = replace(inherited, ocop_context=True)
        previous = sentence
        figures = _figures(sentence, inherited)
        new_state = _end_state(sentence, inherited)
        first_figure = True
        previous_figure: tuple[Figure, str, str] | None = None
        for figure in figures:
            kind, kind_how = _kind_at(sentence, figure, inherited.kind)
            if previous_figure is not None:
                kind, kind_how = _breakdown_kind(sentence, previous_figure, figure, kind, kind_how)
            previous_figure = (figure, kind, kind_how)
            year, year_how = _year_for(
                sentence, figure, kind, inherited, paragraph_years, article_year, published, target_years
            )
            chosen = _place_for(sentence, figure, mentions, inherited, article_place)
            if chosen is None:
                continue
            place_level, place, district, place_how = chosen
            claim = _claim(source_id, text, sentence, figure, kind, year, published, place_level, place, district,
                           f"place:{place_how}; kind:{kind_how}; year:{year_how}")
            claims.append(claim)
            if first_figure:
                # "Trong đó, ..." breaks down the first figure of the sentence before it.
                new_state.place, new_state.kind, new_state.year = place, kind, year
                first_figure = False
        state = new_state
    return Extraction(claims=_dedupe(claims), article_place=article_place, published_from_text=from_text)


def _latest_achieved_year(sentences: list[Sentence], published: dt.date | None) -> int | None:
    years = [y for s in sentences if not s.is_target for _, _, y in s.years]
    if published:
        years = [y for y in years if y <= published.year]
    return max(years) if years else None


def _end_state(sentence: Sentence, inherited: State) -> State:
    key = match_key(sentence.text)
    kind, _ = _kind_before(key, len(key), inherited.kind, sentence.text)
    year = sentence.years[-1][2] if sentence.years else inherited.year
    return State(
        place=inherited.place,
        kind=kind,
        year=year,
        subject_context=inherited.subject_context or "chủ thể" in key,
        ocop_context=inherited.ocop_context or bool(_OCOP_EVIDENCE.search(sentence.text)),
    )


def _closed_parentheses(text: str, upto: int) -> list[tuple[int, int]]:
    closed, stack = [], []
    for i, ch in enumerate(text[:upto]):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            closed.append((stack.pop(), i))
    return closed


def _kind_before(key: str, pos: int, initial: str, text: str) -> tuple[str, str]:
    """The kind at ``pos``, and the marker (as written) that decided it."""
    closed = _closed_parentheses(text, pos)
    markers = []
    for kind, pattern in (("target", _TARGET), ("present", _PRESENT), ("new", _NEW), ("total", _TOTAL)):
        for m in pattern.finditer(key, 0, pos):
            if any(a < m.start() < b for a, b in closed):
                continue
            markers.append((m.start(), kind, text[m.start():m.end()]))
    state, how = initial, "default" if initial == "cumulative" else "continued"
    for _, kind, word in sorted(markers):
        if kind == "target":
            state, how = "target", f"'{word}'"
        elif kind == "present":
            state, how = "cumulative", f"'{word}'"
        elif kind == "new" and state != "target":
            state, how = "new", f"'{word}'"
        elif kind == "total" and state != "target":
            state, how = "cumulative", f"'{word}'"
    return state, how


def _kind_at(sentence: Sentence, figure: Figure, initial: str) -> tuple[str, str]:
    key = match_key(sentence.text)
    kind, how = _kind_before(key, figure.start, initial, sentence.text)
    if kind != "target":
        if _INCREASE_BEFORE.search(key[:figure.start]):
            return "new", "'tăng' before the figure"
        if _NEW_AFTER_NOUN.match(key[figure.end:figure.end + 8]) and figure.metric == "products":
            return "new", "'mới' after the noun"
        if how in ("default", "continued") and _RECOGNITION_BEFORE.search(key[:figure.start].rstrip()):
            return "new", "recognition verb before the figure"
    return kind, how


BREAKDOWN_HOW = "breakdown of the figure before it"


def _breakdown_kind(sentence: Sentence, previous: tuple[Figure, str, str], figure: Figure, kind: str, how: str):
    """Parts after "trong đó"/"gồm" share the kind of the total before them (and so do the next items of the list)
    unless a marker between says otherwise."""
    before_figure, before_kind, before_how = previous
    between = match_key(sentence.text[before_figure.end:figure.start])
    in_list = before_how == BREAKDOWN_HOW
    if kind == before_kind or not (in_list or _INLINE_BREAKDOWN.search(between)):
        return kind, how
    if any(p.search(between) for p in (_TARGET, _PRESENT, _NEW, _TOTAL)):
        return kind, how
    return before_kind, BREAKDOWN_HOW


def _year_for(sentence, figure, kind, inherited, paragraph_years, article_year, published, target_years):
    before = [y for s, e, y in sentence.years if e <= figure.start]
    if before:
        return before[-1], "sentence"
    clause_end = sentence.text.find(";", figure.end)
    clause_end = len(sentence.text) if clause_end < 0 else clause_end
    after = [y for s, e, y in sentence.years if s >= figure.end and s < clause_end]
    if after:
        return after[0], "sentence"
    if inherited.year is not None and sentence.continuation:
        return inherited.year, "continued"
    if kind == "target" and target_years.get(sentence.paragraph):
        return target_years[sentence.paragraph], "year of the paragraph's plan"
    if kind == "target" or sentence.block == RELATED:
        return None, "not stated"
    if paragraph_years.get(sentence.paragraph):
        return paragraph_years[sentence.paragraph], "latest year of the paragraph"
    if article_year:
        return article_year, "latest year of the article"
    if published:
        return published.year, "publication date"
    return None, "unknown"


def _place_for(sentence, figure, mentions, inherited, article_place):
    before = [m for m in mentions if m.end <= figure.start]
    if before:
        m = before[-1]
        if (m.level in ("national", "region") and article_place is not None and article_place.level == "province"
                and _PROVINCE_SCOPE.search(sentence.text[m.end:figure.start])):
            return "province", article_place, None, "article's own province ('toàn tỉnh' after a wider place)"
        if m.level == "district":
            if sentence.block == RELATED:
                return None  # a district in another article's headline: its province is unknown
            return "district", article_place, m.district, f"'{m.text}' named before it"
        return m.level, m.place, None, f"'{m.text}' named before it"
    if sentence.continuation and inherited.place is not None:
        return inherited.place.level, inherited.place, None, "continued"
    owner = [m for m in mentions if m.start >= figure.end and m.level != "district"
             and _OWNER_AFTER.match(match_key(sentence.text[figure.end:m.start]))]
    if owner:
        return owner[0].level, owner[0].place, None, f"'{owner[0].text}' owns it (named right after)"
    if _SUB_PROVINCIAL_SCOPE.search(sentence.text[:figure.start]) or _REGION_SCOPE.search(sentence.text[:figure.start]):
        return None  # "toàn huyện có 30 sản phẩm": a district's figure, never the province's
    if sentence.block in (RELATED, CAPTION):
        after = [m for m in mentions if m.start >= figure.end and m.level != "district"]
        if after and sentence.block == CAPTION:
            return after[0].level, after[0].place, None, f"'{after[0].text}' named in the caption"
        return None  # a headline or caption never borrows the article's province
    if article_place is None:
        return None
    return article_place.level, article_place, None, f"article's {'own province' if article_place.level == 'province' else 'subject (national)'}"


def _claim(source_id, text, sentence, figure, kind, year, published, level, place, district, how):
    figure_date = published or (dt.date(year, 12, 31) if year else None)
    province = None
    if level in ("province", "district") and place is not None:
        # Re-dated: the same name may be a unit of the other layout at the figure's date (Cà Mau after 2025).
        province = resolver().resolve(place.name, figure_date) or place
    start, end = sentence.start + figure.start, sentence.start + figure.end
    geo_name = {
        "national": NATIONAL_NAME,
        "region": place.name if place else None,
        "province": province.name if province else None,
        "district": district,
    }[level]
    return Claim(
        source_id=source_id,
        geo_level=level,
        geo_name=geo_name,
        province_code=province.province_code if province else None,
        layout=province.layout if province else None,
        region=(province.region if province else (place.name if level == "region" else None)),
        place_exists_on_date=province.exists_on_date if province else True,
        year=year,
        as_of=published,
        kind=kind,
        metric=figure.metric,
        stars=figure.stars,
        subject_type=figure.subject_type,
        value=figure.value,
        value_high=figure.value_high,
        qualifier=figure.qualifier,
        applies_to_share_pct=figure.share,
        span_start=start,
        span_end=end,
        quote=text[start:end],
        rule_id=figure.rule_id,
        block=sentence.block,
        decided_by=how,
    )


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen, kept = set(), []
    for c in claims:
        key = (c.span_start, c.span_end, c.metric, c.subject_type)
        if key not in seen:
            seen.add(key)
            kept.append(c)
    return kept


# ----------------------------------------------------------------------------------------------------------------
# figures in one sentence


def _value(m: re.Match, group: str) -> float | None:
    raw = m.group(group)
    return None if raw is None else as_int_if_whole(parse_numeral(raw))


def _figures(sentence: Sentence, inherited: State) -> list[Figure]:
    text = sentence.text
    key = match_key(text)
    key_cased = match_key(text, lower=False)
    ocop = inherited.ocop_context or bool(_OCOP_EVIDENCE.search(text))
    subject_context = inherited.subject_context or "chủ thể" in key or "ocop" in key
    other_programme = _OTHER_PROGRAMME.search(key)
    figures: list[Figure] = []

    candidates: list[tuple[re.Match, rules.CountRule]] = []
    for rule, pattern in _COUNT:
        candidates.extend((m, rule) for m in pattern.finditer(key_cased))
    candidates.sort(key=lambda c: c[0].start("num"))
    starts = [m.start("num") for m, _ in candidates]

    for index, (m, rule) in enumerate(candidates):
        num_start, noun_end = m.start("num"), m.end("noun")
        before = key[:m.start()]
        if re.search(r"(?:năm|đoạn|số|/)\s*$", before) or key[m.end("num"):m.end("num") + 1] == "/":
            continue
        after = key[noun_end:noun_end + 60]
        if other_programme and other_programme.start() < num_start and not re.match(r"\s*ocop", after):
            continue
        if _OTHER_PROGRAMME.match(after.lstrip()) or re.match(r"\s*(?:ocop\s*)?(?:cấp\s*)?" + _OTHER_PROGRAMME.pattern, after):
            continue
        if rule.needs_subject_context and not subject_context:
            continue
        metric = rule.metric
        if metric == "products":
            if not ocop:
                continue
            clause_after = re.split(r"[,;.]", after, maxsplit=1)[0]
            if any(w in clause_after for w in _NOT_RECOGNISED_AFTER):
                continue
            if _is_activity(before):
                continue
            if _UPGRADE_BEFORE.search(before) or _UPGRADED_AFTER.match(after):
                metric = rules.UPGRADED_METRIC
            for pattern, subtype_metric, _ in rules.PRODUCT_SUBTYPES:
                if re.match(r"\s*(?:ocop\s*)?" + pattern, after):
                    metric = subtype_metric
        elif _is_activity(before):
            continue
        window_end = starts[index + 1] if index + 1 < len(starts) else len(text)
        semicolon = key.find(";", noun_end, window_end)
        window_end = semicolon if semicolon >= 0 else window_end
        stars, star_end = (None, noun_end)
        label = _STAR_LABEL_BEFORE.search(before)
        if label and metric == "products":
            stars = POTENTIAL_5 if label.group("potential") else label.group("stars")
        elif metric in ("products", rules.UPGRADED_METRIC):
            stars, star_end = _stars_in(text, noun_end, window_end)
        qualifier = _QUALIFIER.get((m.group("qual") or "").lower()) if m.group("qual") else None
        figures.append(
            Figure(
                start=m.start(),
                end=max(noun_end, star_end),
                num_start=num_start,
                metric=metric,
                subject_type=rule.subject_type,
                stars=stars,
                value=_value(m, "num"),
                value_high=_value(m, "num2"),
                qualifier=qualifier,
                rule_id=rule.rule_id if metric == rule.metric else f"{rule.rule_id}>{metric}",
            )
        )

    taken = [(f.num_start, f.end) for f in figures]
    for rule_id, pattern, metric in _NOUN_FIRST:
        for m in pattern.finditer(key_cased):
            if any(a <= m.start("num") < b for a, b in taken) or (metric == "products" and not ocop):
                continue
            figures.append(Figure(
                start=m.start(), end=m.end(), num_start=m.start("num"), metric=metric, subject_type=None,
                stars=None, value=_value(m, "num"), value_high=None,
                qualifier=_QUALIFIER.get((m.group("qual") or "").lower()), rule_id=rule_id,
            ))
            taken.append((m.start("num"), m.end()))
    for m in _STAR_LABEL_FIRST.finditer(key_cased):
        if not ocop or any(a <= m.start("num") < b for a, b in taken):
            continue
        if key[m.end("num"):m.end("num") + 1] in ("/", "%"):
            continue
        figures.append(
            Figure(
                start=m.start(),
                end=m.end(),
                num_start=m.start("num"),
                metric="products",
                subject_type=None,
                stars=POTENTIAL_5 if m.group("potential") else m.group("stars"),
                value=_value(m, "num"),
                value_high=None,
                qualifier=_QUALIFIER.get((m.group("qual") or "").lower()),
                rule_id=rules.STAR_LABEL_FIRST[0],
            )
        )
    figures.extend(_uplifts(key_cased))
    return sorted(figures, key=lambda f: f.start)


def _is_activity(before: str) -> bool:
    m = _ACTIVITY_BEFORE.search(before)
    return bool(m) and not _RESULT_VERB.search(m.group("between"))


def _stars_in(text: str, start: int, end: int) -> tuple[str | None, int]:
    window = text[start:end]
    best = None
    for pattern, value in _STAR_PATTERNS:
        m = pattern.search(window)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, value(m))
    if best is None:
        return None, start
    # A star level belongs to the count only when nothing but linking words stands between them.
    between = match_key(window[: best[0].start()])
    if len(between) > 45 or re.search(r"\d", between):
        return None, start
    return best[1], start + best[0].end()


def _uplifts(text: str) -> list[Figure]:
    """Uplift percentages in a sentence's case-preserving match key (same offsets as the NFC text)."""
    figures: list[Figure] = []
    previous_end = 0
    share = None
    for m in _PERCENT.finditer(text):
        window_start = previous_end
        previous_end = m.end()
        if _SHARE_AFTER.match(text[m.end():]):
            share = _value(m, "a")
            continue
        before = text[window_start:m.start()]
        increases = list(_INCREASE.finditer(before))
        if not increases:
            continue
        last_increase = increases[-1]
        metric_words = [w for w in _UPLIFT_WORDS.finditer(before) if w.end() <= last_increase.start()]
        qualifier = _QUALIFIER.get((m.group("qual") or "").lower()) if m.group("qual") else None
        value, high = _value(m, "a"), _value(m, "b")
        if metric_words:
            word = metric_words[-1]
            figures.append(Figure(
                start=window_start + word.start(), end=m.end(), num_start=m.start("a"),
                metric=_UPLIFT_METRIC[word.group(1).lower()], subject_type=None, stars=None, value=value,
                value_high=high, qualifier=qualifier, rule_id=rules.UPLIFT_RULE[0], share=share,
            ))
            continue
        after = _METRICS_AFTER.match(text[m.end():])
        if after:
            for word in _UPLIFT_WORDS.finditer(after.group(1)):
                figures.append(Figure(
                    start=window_start + last_increase.start(), end=m.end() + after.end(), num_start=m.start("a"),
                    metric=_UPLIFT_METRIC[word.group(1).lower()], subject_type=None, stars=None, value=value,
                    value_high=high, qualifier=qualifier, rule_id=rules.UPLIFT_AFTER_RULE[0], share=share,
                ))
    return figures


def kind_of_phrase(text: str) -> str:
    """The kind a title or phrase speaks of ('Kế hoạch …' target, 'công nhận đợt 2' new), else cumulative."""
    key = match_key(text)
    kind, _ = _kind_before(key, len(key), "cumulative", text)
    return kind
