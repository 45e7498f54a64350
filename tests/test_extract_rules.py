"""The extractor's rules as data: each rule fires on the sentence it was written for, ids are unique, and the engine
holds no Vietnamese of its own (every word it reacts to is a rule)."""

from __future__ import annotations

import ast
import datetime as dt
import re
from re import _parser as sre_parse
from pathlib import Path

import pytest

from ocop_pipeline.articles import rules
from ocop_pipeline.articles.extract import extract
from ocop_pipeline.articles.patterns import expand, normalize_pattern

ENGINE = ["extract.py", "segment.py", "places.py", "timing.py", "figures.py", "tables.py", "patterns.py"]
# An article about a province, so that a sentence naming no place has one to belong to.
CONTEXT = "Bến Tre tổng kết chương trình OCOP\n\n"
VIETNAMESE = re.compile(r"[àáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]|\b(?:ocop|sao)\b",
                        re.IGNORECASE)


@pytest.mark.parametrize("rule", rules.all_rules(), ids=lambda r: r.id)
def test_every_rule_fires_on_its_own_example(rule: rules.Rule) -> None:
    result = extract(CONTEXT + rule.example, "articles/example.txt", dt.date(2024, 6, 1))
    assert rule.id in result.fired, (rule.example, sorted(result.fired))
    for claim in result.claims:
        assert (CONTEXT + rule.example)[claim.span_start:claim.span_end] == claim.quote


def test_rule_ids_are_unique_and_every_rule_has_a_record_shape() -> None:
    ids = [r.id for r in rules.all_rules()]
    assert len(ids) == len(set(ids))
    for rule in rules.all_rules():
        assert rule.id and rule.yields and rule.pattern and rule.example, rule.id


def test_every_claim_names_a_declared_rule() -> None:
    text = (CONTEXT + "Năm 2023, toàn tỉnh có 120 sản phẩm OCOP của 75 chủ thể; trong đó 90 sản phẩm đạt 3 sao, "
            "4 sao: 28 sản phẩm và 2 sản phẩm tiềm năng 5 sao. Doanh thu tăng 10 - 15%.")
    declared = {r.id for r in rules.all_rules()}
    assert {c.rule_id for c in extract(text, "articles/x.txt").claims} <= declared


@pytest.mark.parametrize("module", ENGINE)
def test_the_engine_holds_no_vietnamese_words_outside_its_documentation(module: str) -> None:
    path = Path(rules.__file__).with_name(module)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    literals = [node.value for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                and VIETNAMESE.search(node.value)]
    assert literals == [], f"move these into rules.py: {literals}"


def _ranges(source: str) -> list[tuple[int, int]]:
    """Every character range of the character classes of a regular expression."""
    found = []

    def walk(node) -> None:
        if isinstance(node, sre_parse.SubPattern):
            for op, av in node:
                if op == sre_parse.IN:
                    found.extend(a for o, a in av if o == sre_parse.RANGE)
                else:
                    walk(av)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)

    walk(sre_parse.parse(source))
    return sorted(found)


def test_folding_a_pattern_never_makes_a_character_range() -> None:
    # Patterns are folded like the text they search ("–" becomes "-"): "[-–•+*]" became "[--•+*]", a range from "-" to
    # "•" holding every digit and letter, and every line opening on two digits read as a list item.
    patterns = [(r.id, r.pattern) for r in rules.all_rules()] + [
        (name, value) for name, value in vars(rules).items() if name.isupper() and isinstance(value, str)]
    changed = [name for name, pattern in patterns
               if _ranges(expand(pattern)) != _ranges(normalize_pattern(expand(pattern)))]
    assert changed == []
    assert _ranges(normalize_pattern(r"[-–•+*]")) != _ranges(r"[-–•+*]")  # what the test guards against
