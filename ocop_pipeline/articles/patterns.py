"""Compile the rules' patterns: shared pieces expanded, tone marks placed as the comparison text places them."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Iterator
from functools import cache
from re import _compiler as sre_compiler
from re import _constants as sre
from re import _parser as sre_parse

from ocop_pipeline.articles import rules
from ocop_pipeline.skip_search import first_chars, opening_runs, prefix_guarded, skipping_pattern
from ocop_pipeline.text import normalize_pattern

_PIECE = re.compile(r"\{(" + "|".join([*rules.PIECES, "METRICS"]) + r")\}")


def expand(pattern: str) -> str:
    """``{NUM}``, ``{QUAL}`` … replaced by the shared pieces of ``rules.PIECES``; ``{METRICS}`` by the uplift words;
    each word of ``rules.EQUIVALENT_WORDS`` by the words it stands for."""
    pieces = {**rules.PIECES, "METRICS": "|".join(r.pattern for r in rules.UPLIFTS)}
    return with_equivalents(_PIECE.sub(lambda m: pieces[m.group(1)], pattern))


_EQUIVALENT = re.compile("|".join(re.escape(word) for word in rules.EQUIVALENT_WORDS))
# A character class of a pattern, "]" first or after "^" taken as one of its characters.
_CHARACTER_CLASS = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")


def with_equivalents(pattern: str) -> str:
    """``pattern`` with each word of ``rules.EQUIVALENT_WORDS`` outside a look-behind (whose width must stay fixed)
    replaced by its alternatives."""
    out, depth_in_lookbehind, stack, at = [], 0, [], 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[" and (character_class := _CHARACTER_CLASS.match(pattern, i)):
            i = character_class.end()  # its brackets open no group
            continue
        if ch == "(":
            lookbehind = pattern.startswith(("(?<!", "(?<="), i)
            stack.append(lookbehind)
            depth_in_lookbehind += lookbehind
        elif ch == ")" and stack:
            depth_in_lookbehind -= stack.pop()
        elif not depth_in_lookbehind and (m := _EQUIVALENT.match(pattern, i)):
            out.append(pattern[at:i])
            out.append(rules.EQUIVALENT_WORDS[m.group()])
            at = i = m.end()
            continue
        i += 1
    out.append(pattern[at:])
    return "".join(out)


@cache
def compiled(pattern: str, flags: int = 0, *, scanning: bool = False) -> re.Pattern:
    return guarded(normalize_pattern(expand(pattern)), flags, scanning=scanning)


def guarded(source: str, flags: int = 0, *, scanning: bool = False, lead: str = "") -> re.Pattern:
    """``source`` compiled so that a search skips every position whose character no match can start with: with a
    skip set (``skip_search``), or, where the engine cannot take one and the pattern opens with a look-behind, led by a
    look-ahead for those characters, so that a position fails on one class test. Both only restate what the pattern
    requires, so every match is the same.

    ``scanning``: the pattern is run over whole texts (``finditer``), not matched at one place; it is led by a
    look-ahead for the first characters of its matches too (``skip_search.prefix_guarded``), which rejects most
    words it would otherwise be tried at in a few character tests; ``lead``, a test every match passes where it starts,
    is made before those (``prefix_guarded``)."""
    if scanning:
        source = prefix_guarded(source, flags, lead=lead) or source
    skipping = skipping_pattern(source, flags)
    if skipping is not None:
        return skipping
    pattern = re.compile(source, flags)
    items = sre_parse.parse(source, flags)
    if not len(items) or items[0][0] not in (sre.ASSERT, sre.ASSERT_NOT):
        return pattern
    first, may_be_empty = first_chars(items)
    if first is None or may_be_empty:
        return pattern
    return re.compile("(?=[" + "".join(sorted(first)) + "])" + source, flags)


def compile_family(family: Iterable[rules.Rule], flags: int = 0) -> list[tuple[rules.Rule, re.Pattern]]:
    return [(rule, compiled(rule.pattern, flags)) for rule in family]


def alternation(family: Iterable[rules.Rule], *, at_word_start: bool = False, scanning: bool = False) -> re.Pattern:
    """One pattern matching any rule of the family; ``lastgroup`` names the rule (its id with dots as '__').

    ``at_word_start``: every match starts a word, so the engine tries the alternatives only there (about three times
    faster over running text than trying them at every character). A scan tests that before the openings of the
    alternatives: the kind markers open with most letters, and most places a scan enters are inside a word."""
    parts = [f"(?P<{rule.id.replace('.', '__')}>{normalize_pattern(expand(rule.pattern))})" for rule in family]
    prefix = r"(?<!\w)(?=\w)" if at_word_start else ""
    return guarded(prefix + "(?:" + "|".join(parts) + ")", scanning=scanning,
                   lead=r"(?<!\w)" if at_word_start else "")


def scan(pattern: re.Pattern, text: str, starts: list[int] | None = None) -> Iterable[re.Match]:
    """``pattern.finditer(text)``, without walking a text that lacks a word every match needs, or where a part every
    match holds (``required_tail``) is not found; a pattern every match of which opens with one of a few runs of
    plain characters (``skip_search.opening_runs``: "số", "tổng", "kho") tried only where one of them stands, found
    by substring search. The engine's walk enters such a pattern at every "s", "t" or "k" of the text.

    ``starts``: the places (sorted) where every match of the pattern starts, when the caller has found them
    (``opening_places``); the pattern is tried there only."""
    _, literal, tail, runs = _scan_parts(pattern)
    if literal is not None and literal not in text:
        return ()
    if tail is not None and not tail.search(text):
        return ()
    if starts is not None:
        return matches_at(pattern, text, starts)
    if runs is None:
        return pattern.finditer(text)
    starts: set[int] = set()
    for run in runs:
        found = text.find(run)
        while found >= 0:
            starts.add(found)
            found = text.find(run, found + 1)
    return matches_at(pattern, text, sorted(starts))


# What ``scan`` reads from each pattern, by the pattern's id (the pattern is kept with it, so the id stays its own): a
# pattern's hash is computed from its whole source and program at every lookup (1-5 µs for the long ones), and a scan
# asked three ``cache``s for it, for every pattern of every article.
_SCAN_PARTS: dict[int, tuple] = {}


def _scan_parts(pattern: re.Pattern) -> tuple:
    """(pattern, ``required_literal``, ``required_tail``, ``_opening_runs``) of the pattern, read once."""
    parts = _SCAN_PARTS.get(id(pattern))
    if parts is None or parts[0] is not pattern:
        parts = _SCAN_PARTS[id(pattern)] = (pattern, required_literal(pattern), required_tail(pattern),
                                            _opening_runs(pattern))
    return parts


def opening_places(source: str) -> re.Pattern:
    """A pattern whose ``finditer`` finds, as the one character there, every place a match of ``source`` (a pattern of
    the rules, expanded and normalised here) may start. Several scans whose patterns open with ``source`` (a number
    and its qualifier) are then tried only there (``scan``'s ``starts``), where each walk entered its pattern at
    every digit and every letter a number word or a qualifier opens with."""
    source = normalize_pattern(expand(source))
    first, may_be_empty = first_chars(sre_parse.parse(source))
    if first is None or may_be_empty:
        raise ValueError(f"no first character of {source!r} to find")
    guard = prefix_guarded(source) or source
    # The look-ahead for the whole of ``source``, led by its openings, then one character of those it opens with:
    # a match consumes it, so the next is looked for from the place after.
    return guarded(guard[:len(guard) - len(source)] + "(?=" + source + ")[" + "".join(sorted(first)) + "]")


@cache
def _opening_runs(pattern: re.Pattern) -> tuple[str, ...] | None:
    return opening_runs(pattern.pattern, pattern.flags)


def matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)`` when each starts at one of ``starts`` (sorted): leftmost first, each
    looked for from where the last one ended. A match never starts elsewhere, and a look-behind sees the text before
    where ``match`` is asked to start, so each is the one ``finditer`` finds."""
    done = 0
    for start in starts:
        if start >= done:
            m = pattern.match(text, start)
            if m is not None:
                yield m
                done = m.end()


@cache
def required_tail(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern every match of ``pattern`` holds a match of, and cheap to search for: its items from its longest run
    of plain characters on ("/ 34 sản phẩm" of "43/34 sản phẩm"), up to the first long repetition of repetitions
    (``FEW_REPETITIONS``).

    A scan tries its pattern wherever a match may open (every digit, every number word); a search led by a run of
    plain characters skips in C to where the run is. Where the tail is not found, no match is: from any of its items
    on, a match's items match the rest of it, in the same text. None when the pattern has no such part, when the part
    is the run alone (``required_literal`` says as much), or when the pattern refers back to a group, which its tail
    might not hold."""
    parsed = _parsed_case_kept(pattern)
    items = list(parsed) if parsed is not None else []
    if "GROUPREF" in str(items):
        return None
    start, length = _longest_run(items)
    if not start:
        return None  # no run, or the pattern opens with it: its searches skip to it already
    end = next((j for j in range(start, len(items)) if _repeats_repetition(items[j])), len(items))
    if end - start <= length:
        return None
    return sre_compiler.compile(sre_parse.SubPattern(parsed.state, items[start:end]), pattern.flags)


def _longest_run(items: list) -> tuple[int, int]:
    """Where the longest run of plain characters among a parsed pattern's items starts, and its length (0, 0: none)."""
    start, length, i = 0, 0, 0
    while i < len(items):
        end = i
        while end < len(items) and items[end][0] is sre.LITERAL:
            end += 1
        if end - i > length:
            start, length = i, end - i
        i = max(end, i + 1)
    return start, length


def sub(pattern: re.Pattern, repl, text: str) -> str:
    """``pattern.sub(repl, text)``, the pattern tried only where a match may start: a few characters before each place
    its run of plain characters stands (``literal_anchor``), found by substring search. A rewrite of the whole
    text whose every match holds a common word ("một", "năm") visits a few dozen places, where a search tried every
    word opening like one of its phrases."""
    anchor = literal_anchor(pattern)
    ahead = lookahead_anchor(pattern) if anchor is None else None
    if anchor is None and ahead is None:
        return pattern.sub(repl, text)
    literal, nearest, farthest = anchor or ahead[:3]
    starts: set[int] = set()
    found = text.find(literal)
    while found >= 0:
        if anchor is not None:
            starts.update(range(max(0, found - farthest), found - nearest + 1))
        else:
            # The match ends where the spaces before the run may start; what it consumes is that far before.
            spaces = found
            while spaces > 0 and text[spaces - 1].isspace():
                spaces -= 1
            starts.update(range(max(0, spaces - farthest), found - ahead[3] - nearest + 1))
        found = text.find(literal, found + 1)
    pieces, done = [], 0
    for m in matches_at(pattern, text, sorted(starts)):
        pieces += (text[done:m.start()], repl(m) if callable(repl) else m.expand(repl))
        done = m.end()
    return "".join(pieces) + text[done:] if pieces else text


# How many offsets from a match's start its run of plain characters may stand at, for ``sub`` to try them all.
ANCHOR_SPREAD = 16


@cache
def literal_anchor(pattern: re.Pattern) -> tuple[str, int, int] | None:
    """The longest run of plain characters every match of ``pattern`` holds at the top level, and the nearest and
    farthest it may stand from the match's start (the widths of what comes before it); None without such a run, or
    when what comes before it may be long or of many lengths (more than ``ANCHOR_SPREAD``)."""
    parsed = _parsed_case_kept(pattern)
    items = list(parsed) if parsed is not None else []
    start, length = _longest_run(items)
    if not length:
        return None
    nearest, farthest = sre_parse.SubPattern(parsed.state, items[:start]).getwidth() if start else (0, 0)
    if farthest - nearest > ANCHOR_SPREAD:
        return None
    return "".join(chr(av) for _, av in items[start:start + length]), nearest, farthest


@cache
def lookahead_anchor(pattern: re.Pattern) -> tuple[str, int, int, int] | None:
    """For a pattern that consumes a few characters and then looks ahead for spaces and a run of plain characters
    ("(?<!\\w)(ba|bốn|năm)(?=\\s+sao(?!\\w))"): the run, the least and the most the match consumes, and the least
    number of spaces before the run (0 for "\\s*", 1 for "\\s+"). Every match ends in the spaces right before an
    occurrence of the run, so ``sub`` tries it only that far before each. None for any other shape, a match that may
    be empty, or one whose length may vary by more than ``ANCHOR_SPREAD``."""
    parsed = _parsed_case_kept(pattern)
    items = list(parsed) if parsed is not None else []
    if not items or items[-1][0] is not sre.ASSERT or items[-1][1][0] != 1:
        return None
    ahead = list(items[-1][1][1])
    spaces = (sre.IN, [(sre.CATEGORY, sre.CATEGORY_SPACE)])
    if not ahead or ahead[0][0] is not sre.MAX_REPEAT or ahead[0][1][0] not in (0, 1) or \
            ahead[0][1][1] != sre.MAXREPEAT or list(ahead[0][1][2]) != [spaces]:
        return None
    run = ""
    for op, av in ahead[1:]:
        if op is not sre.LITERAL:
            break
        run += chr(av)
    if len(run) < 2:
        return None
    least, most = sre_parse.SubPattern(parsed.state, items[:-1]).getwidth()
    if least < 1 or most - least > ANCHOR_SPREAD:
        return None
    return run, least, most, ahead[0][1][0]


# A tail may hold a few words of any kind ("(?:\\s+[^\\s\\d,.;:()%]+){0,8}?"); with more, a search tries too many ways.
FEW_REPETITIONS = 8


def _repeats_repetition(item: tuple) -> bool:
    """Is the item a repetition, more than a few times, of something that repeats itself?"""
    op, av = item
    return op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] > FEW_REPETITIONS and any(
        inner in (sre.MAX_REPEAT, sre.MIN_REPEAT) for inner, _ in _walk(av[2]))


def _walk(items):
    """Every item of a parsed pattern, nested ones included, as (op, argument)."""
    for op, av in items:
        yield op, av
        if op is sre.SUBPATTERN:
            yield from _walk(av[-1])
        elif op is sre.BRANCH:
            for alternative in av[1]:
                yield from _walk(alternative)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.ASSERT, sre.ASSERT_NOT):
            yield from _walk(av[-1])


@cache
def required_literal(pattern: re.Pattern) -> str | None:
    """The longest run of plain characters every match of ``pattern`` contains, if any: a text lacking it cannot
    hold a match, so a scan of the whole text can be skipped on one substring test."""
    if pattern.flags & re.IGNORECASE:
        return None
    best, run = "", ""
    for op, av in sre_parse.parse(pattern.pattern, pattern.flags):
        if op is sre.LITERAL:
            run += chr(av)
            continue
        best, run = max(best, run, key=len), ""
    best = max(best, run, key=len)
    return best or None


@cache
def last_item_screen(pattern: re.Pattern) -> re.Pattern | None:
    """For a pattern that must end where the searched text ends ("…$") and opens with a group repeated at least once
    (a list of items, then what ends it), the part every match ends with: the last item from its first digit on, and
    what follows the list. The text of a match holds a match of it, so where it is not found in a window, the pattern
    is not either; it costs one pass over the digits of the window, where the pattern is tried at every word.

    None when the pattern has another shape (or back-references): the caller searches the pattern itself then."""
    found = _last_item(pattern)
    return None if found is None else sre_compiler.compile(sre_parse.SubPattern(*found), pattern.flags)


@cache
def screened_from_last_number(pattern: re.Pattern) -> bool:
    """Does every match of ``last_item_screen(pattern)`` hold digits only in the number it opens with ("21" of "21 sản
    phẩm", the rest a place's name)? Its search may then start at the run of digits and dots holding the last digit
    of the window (``last_number_start``): a match starting before that run would hold a later digit after its
    number."""
    found = _last_item(pattern)
    if found is None:
        return False
    items = found[1][1:]  # after the digit it opens with
    number_part = ((sre.CATEGORY, sre.CATEGORY_DIGIT), (sre.LITERAL, ord(".")))
    if items and items[0][0] in (sre.MAX_REPEAT, sre.MIN_REPEAT) and len(items[0][1][2]) == 1 and \
            items[0][1][2][0][0] is sre.IN and all(member in number_part for member in items[0][1][2][0][1]):
        items = items[1:]  # the rest of the number: digits and dots
    return not _may_match_a_digit(items)


_REVERSED_NUMBER = re.compile(r"\d[\d.]*")


def last_number_start(text: str, start: int, end: int) -> int | None:
    """Where the run of digits and dots holding the last digit of ``text[start:end]`` starts; None without a digit.
    Read on the window reversed, where the engine finds it in one skip to the first digit."""
    m = _REVERSED_NUMBER.search(text[start:end][::-1])
    return None if m is None else end - m.end()


def _may_match_a_digit(items) -> bool:
    """May a match of the parsed items hold a digit? True for anything not understood here."""
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # they hold no character of the match
        if op is sre.LITERAL:
            if chr(av).isdigit():
                return True
        elif op is sre.IN:
            if _class_may_match_a_digit(av):
                return True
        elif op is sre.SUBPATTERN:
            if _may_match_a_digit(av[-1]):
                return True
        elif op is sre.BRANCH:
            if any(_may_match_a_digit(alternative) for alternative in av[1]):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            if _may_match_a_digit(av[2]):
                return True
        else:
            return True
    return False


# Categories of a class none of whose characters is a digit, and those that hold every digit.
_NO_DIGIT = (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_DIGIT, sre.CATEGORY_NOT_WORD)
_EVERY_DIGIT = (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD)
# A range wider than this is taken to hold a digit, not read character by character.
_RANGE_READ = 5000


def _class_may_match_a_digit(members) -> bool:
    if members and members[0][0] is sre.NEGATE:
        # The class matches a digit unless what it leaves out holds every digit.
        return not any(op is sre.CATEGORY and av in _EVERY_DIGIT for op, av in members[1:])
    for op, av in members:
        if op is sre.LITERAL and chr(av).isdigit():
            return True
        if op is sre.RANGE and (av[1] - av[0] > _RANGE_READ or any(chr(c).isdigit() for c in range(av[0], av[1] + 1))):
            return True
        if op is sre.CATEGORY and av not in _NO_DIGIT:
            return True
        if op not in (sre.LITERAL, sre.RANGE, sre.CATEGORY):
            return True
    return False


def _last_item(pattern: re.Pattern) -> tuple | None:
    """The parse state of ``pattern`` and the items of ``last_item_screen``'s screen, or None (see there)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    items = list(parsed)
    if not items or items[-1] != (sre.AT, sre.AT_END) or "GROUPREF" in str(items):
        return None
    first, rest = items[0], items[1:]
    while first[0] is sre.SUBPATTERN and len(first[1][-1]) == 1 and not first[1][1] and not first[1][2]:
        first = first[1][-1][0]  # a group around the repetition
    if first[0] is not sre.MAX_REPEAT or first[1][0] < 1:
        return None
    body = list(first[1][2])
    while len(body) == 1 and body[0][0] is sre.SUBPATTERN and not body[0][1][1] and not body[0][1][2]:
        body = list(body[0][1][-1])  # the item's own group
    digit = next((i for i, (op, av) in enumerate(body) if op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]),
                 None)
    if digit is None:
        return None
    return parsed.state, body[digit:] + rest


@cache
def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` contains ("ảnh", "png" … for a caption): a text holding none of
    them holds no match, which a few substring tests say faster than a search. Read from the pattern's syntax: a run
    of plain characters, or one for every alternative of a group the match must pass; the set whose shortest word is
    longest. None when no such set is found (or the pattern folds case)."""
    parsed = _parsed_case_kept(pattern)
    if parsed is None:
        return None
    words = _required_words(list(parsed))
    if not words:
        return None
    # A word holding another member is implied by it: "ảnh minh họa" by "ảnh".
    return tuple(sorted(w for w in words if not any(other != w and other in w for other in words)))


def _parsed_case_kept(pattern: re.Pattern) -> sre_parse.SubPattern | None:
    """The pattern's syntax, when it compares characters as they are written (what is read from it holds then)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    return None if parsed.state.flags & re.IGNORECASE else parsed


def _required_words(items) -> set[str] | None:
    candidates: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            inner = _required_words(list(av[-1]))
            if inner:
                candidates.append(inner)
        elif op is sre.BRANCH:
            alternatives = [_required_words(list(alternative)) for alternative in av[1]]
            if all(alternatives):
                candidates.append(set().union(*alternatives))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            inner = _required_words(list(av[2]))
            if inner:
                candidates.append(inner)
        # anything else (a class, a look-around, an optional part) requires no word: the run ends there
    if run:
        candidates.append({run})
    if not candidates:
        return None
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))


def rule_of(match: re.Match, family: Iterable[rules.Rule]) -> rules.Rule:
    wanted = match.lastgroup.replace("__", ".")
    return next(r for r in family if r.id == wanted)


class Spans:
    """Character ranges already taken, asked "is this offset inside one?" in logarithmic time."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        # Spans never overlap each other here, so only the one starting last before the offset can hold it.
        return i >= 0 and offset < self._ends[i]


def quick_init(cls: type) -> type:
    """A frozen dataclass whose ``__init__`` writes its fields straight into the instance's ``__dict__``: the one
    ``dataclass`` writes calls ``object.__setattr__`` once per field (about 1.7 µs for a figure's 18, 0.5 µs here), and
    the engine makes thousands of figures, markers and claims per article. The same signature and defaults, the same
    object: for a class without ``__post_init__``, slots, default factories or fields left out of ``__init__``."""
    fields = list(cls.__dataclass_fields__.values())
    if hasattr(cls, "__post_init__") or hasattr(cls, "__slots__") or any(
            not f.init or f.default_factory is not dataclasses.MISSING or f._field_type is not dataclasses._FIELD
            for f in fields):
        raise TypeError(f"{cls.__name__}: quick_init makes only plain fields")
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}" for f in fields)
    source = f"def __init__(self, {params}):\n    _fields_of_self = self.__dict__\n" + "".join(
        f"    _fields_of_self[{f.name!r}] = {f.name}\n" for f in fields)
    namespace = dict(defaults)
    exec(source, namespace)  # noqa: S102 - the source is made here, from the names of the class's fields
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls


class PresentWords:
    """Which of a set of words (or phrases) a span of text holds, ``{w for w in words if w in text[start:end]}``, in
    one pass of the engine: a tree of the words' characters is looked for at every place one may start (each
    place's longest word; a look-ahead, so words overlapping each other are all seen), and every word a found one
    starts with is there too. A sentence was tested with each of some 70 words in turn (about 10 µs)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted(set(words)))
        if not self.words or not all(self.words):
            raise ValueError("PresentWords needs words, none of them empty")
        tree = _tree_of_words(self.words)
        first, _ = first_chars(sre_parse.parse(tree))
        # The look-ahead captures the longest word at a place; the class after it consumes the place's character only,
        # so the next search starts at the next place and every place is tried.
        source = "(?=(" + tree + "))[" + "".join(sorted(first)) + "]"
        self._pattern = skipping_pattern(source) or re.compile(source)
        # Each word with the words it starts with (itself included): those are found at the same place.
        self._prefixes = {w: frozenset(v for v in self.words if w.startswith(v)) for w in self.words}

    def __call__(self, text: str, start: int = 0, end: int | None = None) -> set[str]:
        present: set[str] = set()
        for word in self._pattern.findall(text, start, len(text) if end is None else end):
            present |= self._prefixes[word]
        return present


def _tree_of_words(words: Iterable[str]) -> str:
    """The words as one expression, a tree of their characters; where a word ends inside a longer one the rest is
    optional and greedy, so the longest word at a place is matched."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def written(node: dict) -> str:
        branches = [re.escape(char) + written(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return written(tree)
