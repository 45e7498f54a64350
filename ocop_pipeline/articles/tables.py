"""Tables flattened to text: a header line of cells ("Địa phương | Số sản phẩm 4 sao") and rows under it
("Thanh Oai | 15"). The header says what each column counts (metric, star level, kind); each row names a place and
gives its figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ocop_pipeline.articles import rules
from ocop_pipeline.articles.patterns import compile_family, compiled
from ocop_pipeline.numbers import as_int_if_whole, parse_numeral
from ocop_pipeline.text import match_key

_CELL = re.compile(r"[^|\t]+")
_NUMBER = re.compile(rf"^\s*(?:{rules.NUMERAL})\s*$")
_COLUMNS = compile_family(rules.TABLE_COLUMNS)
_PRODUCERS = compiled(next(r.pattern for r in rules.TABLE_COLUMNS if r.id == "table.subjects"))
_TYPE_COLUMN_WORD = compiled(rules.TYPE_COLUMN_WORD)
_PRODUCTS_COLUMN_WORD = compiled(rules.PRODUCTS_COLUMN_WORD)
_STARS = compile_family(r for r in rules.STARS
                        if r.id in ("stars.potential", "stars.range", "stars.range_provincial", "stars.single"))
_DIGIT = re.compile(r"\d")
_CELL_COUNT = compiled(rules.TABLE_CELL_COUNT)
_LEADING_STARS = compiled(next(r for r in rules.TABLE_COLUMNS if r.id == "table.star_row").pattern)


@dataclass(frozen=True)
class Column:
    role: str  # place | group | type | figure | skip
    metric: str = "products"
    stars: str | None = None
    kind: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Cell:
    start: int  # offsets in the NFC text
    end: int
    text: str


def cells(text: str, start: int, end: int) -> list[Cell]:
    out = []
    for m in _CELL.finditer(text, start, end):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        if raw.strip():
            out.append(Cell(m.start() + lead, m.end() - trail, raw.strip()))
    return out


def is_header(row: list[Cell]) -> bool:
    return len(row) >= 2 and not any(_DIGIT.search(c.text) and not _stars_of(c.text)[0] for c in row[1:]) and \
        not _DIGIT.search(row[0].text)


def _stars_of(text: str) -> tuple[str | None, str]:
    key = match_key(text)
    for rule, pattern in _STARS:
        m = pattern.search(key)
        if m:
            if rule.yields["stars"] == "potential_5":
                return "potential_5", rule.id
            if rule.yields["stars"] == "named":
                return str(int(m.group(1))), rule.id
            return None, rule.id
    return None, ""


def stars_of_label(text: str) -> str | None:
    """The star level a row's label names ("4 sao (công nhận lần đầu)"), when the label begins with it."""
    stars, _ = _stars_of(text)
    return stars if stars is not None and _LEADING_STARS.match(match_key(text)) else None


def states_its_counts(row: list[Cell]) -> bool:
    """A row that needs no header: a cell after the first says what it counts ("Huyện Văn Yên | 51 sản phẩm"), or the
    first does and a cell after it names their star level ("58 sản phẩm | hạng 3 sao")."""
    return len(row) >= 2 and (any(_CELL_COUNT.match(match_key(cell.text)) for cell in row[1:]) or (
        bool(_CELL_COUNT.match(match_key(row[0].text))) and any(stars_of_label(cell.text) for cell in row[1:])))


def header_columns(row: list[Cell]) -> list[Column]:
    columns = []
    first = 0  # the column that names each row: the first, or the one after a column numbering the rows
    for index, cell in enumerate(row):
        key = match_key(cell.text)
        said = {rule.id: rule for rule, pattern in _COLUMNS if pattern.search(key)}
        if index == first and "table.row_number" in said and index + 1 < len(row):
            columns.append(Column("skip", rule="table.row_number"))
            first = index + 1
            continue
        index -= first
        if index == 0 and ("table.producer_type" in said or _TYPE_COLUMN_WORD.match(key) and any(
                _PRODUCERS.search(match_key(other.text)) for other in row[first + 1:])):
            columns.append(Column("type", rule="table.producer_type"))
            continue
        if index == 0 and "table.group" in said:
            columns.append(Column("group", rule="table.group"))
            continue
        if index == 0 and ("table.place" in said or not _DIGIT.search(key)):
            columns.append(Column("place", rule="table.place"))
            continue
        if "table.skip" in said:
            columns.append(Column("skip", rule="table.skip"))
            continue
        stars, star_rule = _stars_of(cell.text)
        kind = next((r.yields["kind"] for r in said.values() if "kind" in r.yields), None)
        of_types = any(column.role == "type" for column in columns)
        metric = "subjects" if "table.subjects" in said or of_types and not _PRODUCTS_COLUMN_WORD.search(key) \
            else "products"
        columns.append(Column("figure", metric, stars, kind, star_rule or next(iter(said), "table.column")))
    return columns


def aligned(row: list[Cell], header: list[Column]) -> list[tuple[Cell, Column]]:
    """Each cell of a row with its column. A row with fewer cells than its header lost its empty or merged cells
    ("Tổng cộng | 25 | 20 | 5" under "STT | Huyện | Số sản phẩm | 3 sao | 4 sao"): its first cell names the row and
    its figures are the last columns'."""
    if len(row) >= len(header) or not row:
        return list(zip(row, header, strict=False))
    naming = next((i for i, column in enumerate(header) if column.role in ("place", "group")), None)
    if naming is None or value(row[0].text) is not None:
        return list(zip(row, header, strict=False))
    figures = row[1:]
    return [(row[0], header[naming])] + list(zip(figures, header[len(header) - len(figures):], strict=True))


def value(text: str) -> float | None:
    return as_int_if_whole(parse_numeral(text.strip())) if _NUMBER.match(text) else None
