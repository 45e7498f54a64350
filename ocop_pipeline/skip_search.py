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
                if inner is sre.LITERAL:
                    out.add(re.escape(chr(value)))
                elif inner is sre.RANGE:
                    out.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif inner is sre.CATEGORY and value in _CATEGORIES:
                    out.add(_CATEGORIES[value])
                else:
                    return None, False
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
