"""Searches that skip ahead in C find exactly what the plain engine finds: every rule's pattern, over real-looking
pages, gives the same matches compiled both ways (the skip set only restates what a pattern requires)."""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser as sre_parse

import pytest

from ocop_pipeline.articles import rules
from ocop_pipeline.articles.patterns import alternation, expand, guarded
from ocop_pipeline.articles.segment import segment
from ocop_pipeline.skip_search import first_chars, skipping_pattern
from ocop_pipeline.text import normalize_pattern

PRESS = Path(__file__).parent / "data" / "press"
# A page of every block the extractor reads, and pages of the press corpora, as the engine sees them.
PAGE = ("Hà Tĩnh có thêm 27 sản phẩm OCOP\n\nThứ Hai, 12/02/2024 | 08:15\n\nHÀ TĨNH - Năm 2023, toàn tỉnh có thêm 27 "
        "sản phẩm đạt chuẩn OCOP, nâng tổng số lên 428; trong đó 4 sao: 61 sản phẩm, tiềm năng 5 sao - 02 sản phẩm.\n"
        "Huyện | Số sản phẩm\nCan Lộc | 12\nTổng | 27\n\nẢnh: Thu Hà\n\nTin liên quan\n- Hà Tĩnh phấn đấu 30 sản "
        "phẩm 4 sao năm 2025")


def _texts() -> list[str]:
    pages = [PAGE] + [p.read_text(encoding="utf-8") for p in sorted(PRESS.glob("dev*/*.txt"))[:40]]
    keys = []
    for page in pages:
        doc = segment(page)
        keys += [doc.key, doc.cased]
    return keys


TEXTS = _texts()


def _spans(pattern: re.Pattern) -> list[list[tuple]]:
    return [[(m.span(), m.groupdict()) for m in pattern.finditer(text)] for text in TEXTS]


@pytest.mark.parametrize("rule", rules.all_rules(), ids=lambda r: r.id)
def test_a_rule_finds_the_same_matches_with_and_without_skipping(rule: rules.Rule) -> None:
    source = normalize_pattern(expand(rule.pattern))
    assert _spans(guarded(source)) == _spans(re.compile(source))


def test_an_alternation_of_a_family_finds_the_same_matches_with_and_without_skipping() -> None:
    family = [r for r in rules.KINDS if not r.pattern.startswith("^") and not r.pattern.endswith("$")]
    fast = alternation(family, at_word_start=True)
    assert _spans(fast) == _spans(re.compile(fast.pattern))


def test_patterns_it_cannot_read_are_left_to_the_plain_engine() -> None:
    assert skipping_pattern(r"(?i)sao") is None  # folding case: the skip set would compare characters as they are
    assert skipping_pattern(r"^\s*sao") is None  # anchored: tried once at the start anyway
    assert skipping_pattern(r"a?") is None  # may match nothing
    assert first_chars(sre_parse.parse(r"(?<!\w)(?:tăng|giảm)")) == ({"t", "g"}, False)
    pattern = skipping_pattern(r"(?<!\w)(?:tăng|giảm)\s*\d+")
    assert pattern is not None and pattern.search("doanh thu giảm 5 và tăng 12").group() == "giảm 5"
