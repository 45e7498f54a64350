"""Regular expressions whose searches skip, in C, every position no match can start at.

Python's engine skips ahead by itself only for a pattern opening with a literal, a class or an alternation of
literals. Any other pattern (one opening with a look-behind, an optional word, an alternation of groups) is entered at
every position of the text, which costs far more than the one class test that would reject most of them.
``skipping_pattern`` computes, from a pattern's syntax, the set of characters every match starts with and hands it to
the engine as the set to skip to. The set only restates what the pattern requires, so every match is the same.
"""

from __future__ import annotations

import re
from re import _compiler as sre_compiler
from re import _constants as sre
from re import _parser as sre_parse

import _sre


def skipping_pattern(source: str, flags: int = 0) -> re.Pattern | None:
    """``re.compile(source, flags)``, its searches skipping to the characters a match can start with; None when the
    pattern has a skip set or a literal prefix of its own, may match nothing, starts with a construct not understood
    here, folds case, is anchored at the start of the text (the engine tries it there once, a skip set would try it
    everywhere), or when the engine's internals are not the ones this was written for (CPython 3.11-3.13: an INFO
    block leads the code, a class compiles to IN or LITERAL, ``_sre.compile`` takes the code)."""
    if flags & re.IGNORECASE:
        return None  # the skip set compares characters as they are
    try:
        parsed = sre_parse.parse(source, flags)
        flags |= parsed.state.flags
        if flags & re.IGNORECASE:
            return None
        first, may_be_empty = first_chars(parsed)
        if first is None or may_be_empty:
            return None
        first = _word_chars_only(parsed, first)
        code = sre_compiler._code(parsed, flags)
        if code[0] != sre.INFO or code[2] != 0 or code[3] == 0:
            return None
        body = code[1 + code[1]:]
        if body[0] == sre.AT and body[1] in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            return None
        # The engine's own program for the class, as the skip set of the INFO block leading the code.
        class_code = sre_compiler._code(sre_parse.parse("[" + "".join(sorted(first)) + "]", flags), flags)
        op = class_code[1 + class_code[1]:]
        if op[0] == sre.IN:
            charset = op[2:1 + op[1]]
        elif op[0] == sre.LITERAL:
            charset = [sre.LITERAL, op[1], sre.FAILURE]
        else:
            return None
        info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, code[3], code[4], *charset]
        info[1] = len(info) - 1
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        return _sre.compile(source, flags, info + body, parsed.state.groups - 1, parsed.state.groupdict,
                            tuple(indexgroup))
    except Exception:  # noqa: BLE001 - a bad pattern, or another engine's internals: re.compile decides
        return None


_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}
# A look-ahead for a word character ("(?=\w)": a phrase starting a word).
_WORD_AHEAD = (sre.ASSERT, (1, [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]))
_WORD_CHAR = re.compile(r"\w")


def _word_chars_only(items, first: set[str]) -> set[str]:
    """``first`` without the members no word character matches (spaces, punctuation) when the pattern looks ahead for
    a word character before anything it consumes: a match never starts there, and a scan of running text would
    enter the pattern at every space to find that out."""
    for op, av in items:
        if op not in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return first
        if op is sre.ASSERT and (op, (av[0], list(av[1]))) == _WORD_AHEAD:
            break
    else:
        return first
    # A member is a character (escaped or not), a range or a category; only spaces and single characters that are no
    # word character are left out, anything else is kept.
    return {member for member in first if not (member == r"\s" or (
        len(re.sub(r"\\(.)", r"\1", member)) == 1 and not _WORD_CHAR.match(re.sub(r"\\(.)", r"\1", member))))}




def first_chars(items) -> tuple[set[str] | None, bool]:
    """The class items (as regex text) any match of the parsed sequence starts with, and whether it can match
    nothing; None when a construct is not understood (the pattern is left as it is then)."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is sre.IN:
            for inner, value in av:
                member = _class_member(inner, value, _CATEGORIES)
                if member is None:
                    return None, False
                out.add(member)
            return out, False
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero-width: the match still starts with what follows
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:
                return None, False  # inline flags ("(?i:…)") would make the guard's class read differently
            chars, empty = first_chars(av[-1])
            if chars is None:
                return None, False
            out |= chars
            if not empty:
                return out, False
            continue
        if op is sre.BRANCH:
            any_empty = False
            for alternative in av[1]:
                chars, empty = first_chars(alternative)
                if chars is None:
                    return None, False
                out |= chars
                any_empty = any_empty or empty
            if not any_empty:
                return out, False
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _high, inner_items = av
            chars, empty = first_chars(inner_items)
            if chars is None:
                return None, False
            out |= chars
            if low > 0 and not empty:
                return out, False
            continue
        return None, False
    return out, True


# How many characters of a match the look-ahead of ``prefix_guarded`` reads at most, and how many different openings
# it may list before it is not worth it.
PREFIX_DEPTH = 6
MAX_PREFIXES = 4000


def prefix_guarded(source: str, flags: int = 0, depth: int = PREFIX_DEPTH, lead: str = "") -> str | None:
    """``source`` led by a look-ahead for the first characters every match opens with ("tổng số …", "đến nay …"
    written as a tree of their characters: "(?=t(?:ổng s|ới n)|đ…)"), or None when some match may open with
    anything (a class too wide to spell, a construct not understood here, case folded).

    A scan of the whole text tries a pattern at every position its skip set lets through: for a long alternation of
    phrases (the kind markers, the words before a count) that is every word with a common first letter, and each try
    walks every alternative. The look-ahead rejects such a word in a few character tests. It only restates what the
    pattern requires, so every match, and every group of it, is the same.

    ``lead``: a zero-width test every match passes where it starts ("(?<!\\w)" for words), made before the tree.
    Where the tree is wide (every letter opens some phrase), most positions a scan enters are inside a word, and one
    test rejects them there, where the tree would try a branch for each first letter."""
    if _GLOBAL_FLAGS.match(source):
        return None  # flags written at the start, where no look-ahead may stand before them
    openings = _case_kept_openings(source, flags, depth)
    if openings is None:
        return None
    return "(?=" + lead + _tree(openings) + ")" + source


def _case_kept_openings(source: str, flags: int, depth: int) -> set[tuple[str, ...]] | None:
    """The openings of ``source`` (``_openings``); None when it folds case, or when some match may open with
    anything."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(source, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    openings = _openings(list(parsed), depth)
    return None if openings is None or () in openings else openings


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _class_member(op, av, categories: dict) -> str | None:
    """One item of a character class as regex text: a literal, a range or a known category; None otherwise."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
    if op is sre.CATEGORY and av in categories:
        return categories[av]
    return None


def _class_atom(items) -> str | None:
    members = []
    for op, av in items:
        member = _class_member(op, av, _ATOM_CATEGORIES)
        if member is None:
            return None  # a negated class, another category: not spelled here
        members.append(member)
    if len(members) == 1 and not (items[0][0] is sre.RANGE):
        return members[0]
    return "[" + "".join(members) + "]"


_ATOM_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


def _openings(items: list, depth: int) -> set[tuple[str, ...]] | None:
    """Every sequence of at most ``depth`` one-character atoms (regex text) a match of ``items`` may open with; a
    shorter sequence where the pattern's known part ends (the empty one: nothing is known). None when too many."""
    if depth == 0 or not items:
        return {()}
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL or op is sre.IN:
        atom = re.escape(chr(av)) if op is sre.LITERAL else _class_atom(av)
        if atom is None:
            return {()}
        after = _openings(rest, depth - 1)
        return None if after is None else {(atom, *tail) for tail in after}
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return _openings(rest, depth)  # zero-width: the match still opens with what follows
    if op is sre.SUBPATTERN:
        if av[1] or av[2]:
            return {()}  # inline flags
        return _openings(list(av[-1]) + rest, depth)
    if op is sre.BRANCH:
        found: set[tuple[str, ...]] = set()
        for alternative in av[1]:
            more = _openings(list(alternative) + rest, depth)
            if more is None:
                return None
            found |= more
            if len(found) > MAX_PREFIXES:
                return None
        return found
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _high, inner = av
        # One repetition opens the match (what comes after it is not followed: another repetition may) …
        found = _openings(list(inner), depth)
        if found is None:
            return None
        if low == 0:  # … or none, and the rest of the pattern does
            more = _openings(rest, depth)
            if more is None:
                return None
            found = found | more
        return found if len(found) <= MAX_PREFIXES else None
    return {()}


def _tree(openings: set[tuple[str, ...]]) -> str:
    """The openings as one expression, a tree of their atoms: each atom is tested once however many openings share
    it; an opening that is a prefix of another ends the test there."""
    tree: dict = {}
    for opening in openings:
        node = tree
        for atom in opening:
            node = node.setdefault(atom, {})
        node[None] = {}

    def written(node: dict) -> str:
        if None in node:
            return ""
        branches = [atom + written(child) for atom, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return written(tree)


# A run of plain characters this long is rare enough in running text that finding each by substring search and trying
# the pattern there beats the engine's walk to every character a match may open with; with more runs than this the
# searches cost more than the walk (the nine of a producer type's count did).
MIN_OPENING_RUN = 2
MAX_OPENING_RUNS = 6


def opening_runs(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Runs of plain characters one of which every match of ``source`` opens with ("số", "tổng s", "kho" for
    "(?<!\\w)(?:tổng\\s*)?số|kho"): each opening of ``prefix_guarded`` up to its first class, none holding another
    at its start. None when some match may open with a class or with a run shorter than ``MIN_OPENING_RUN``, when
    there are more than ``MAX_OPENING_RUNS``, or where ``prefix_guarded`` would spell no opening."""
    openings = _case_kept_openings(source, flags, PREFIX_DEPTH)
    if openings is None:
        return None
    runs = set()
    for opening in openings:
        run = ""
        for atom in opening:
            char = atom[1:] if len(atom) == 2 and atom[0] == "\\" and not atom[1].isalnum() else atom
            if len(char) != 1:
                break  # a class: the run ends before it
            run += char
        if len(run) < MIN_OPENING_RUN:
            return None
        runs.add(run)
    kept = tuple(sorted(run for run in runs if not any(other != run and run.startswith(other) for other in runs)))
    return kept if len(kept) <= MAX_OPENING_RUNS else None
