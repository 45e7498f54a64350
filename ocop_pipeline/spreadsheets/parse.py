"""Find the header of an OCOP spreadsheet, map its Vietnamese column names, classify rows and parse cell values.

Pure functions over a ``Grid`` (rows of text): no I/O, no Dagster.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ocop_pipeline.text import ascii_key, match_key

# ---------------------------------------------------------------------------------------------------------------
# column names: ordered (canonical, regex on the diacritic-free lower-case label); the first that matches wins

COLUMN_RULES: tuple[tuple[str, str], ...] = (
    ("stt", r"^(stt|tt|so tt|so thu tu)$"),
    ("decision_date", r"ngay.*(quyet dinh|qd|cong nhan|ban hanh|cap)|(quyet dinh|qd).*ngay"),
    ("decision", r"quyet dinh|^so qd|^qd|so hieu"),
    ("product_group", r"nhom|nganh hang|phan loai|bo tieu chi|loai san pham"),
    ("subject_type", r"loai hinh"),
    ("address", r"dia chi"),
    # Labels that count ("Tổng số sản phẩm", "Số chủ thể") belong to summary tables, not to these two.
    ("subject_name", r"^(?!so |tong ).*(chu the|co so san xuat|don vi san xuat|to chuc ca nhan|ten co so|ten don vi|nha san xuat)"),
    ("product_name", r"^(?!so |tong ).*san pham|^ten sp|^sp$|^ten hang"),
    ("score", r"diem"),
    ("stars", r"sao|xep hang|phan hang|ket qua|^hang$|cap hang"),
    ("status", r"hinh thuc|tinh trang|danh gia moi|loai danh gia|^ghi chu$"),
    ("commune", r"^(xa|phuong|xa phuong|xa phuong thi tran|phuong xa|xa thi tran)$"),
    ("district", r"^(huyen|quan huyen|huyen thi xa|huyen thi xa thanh pho|huyen thi|don vi hanh chinh|quan)$"),
    ("province", r"^(tinh|tinh thanh pho|tinh tp|tinh thanh)$"),
    ("year", r"^nam( cong nhan| danh gia)?$"),
)
# Summary tables: counts per place and star level.
SUMMARY_RULES: tuple[tuple[str, str], ...] = (
    ("count_potential_5", r"tiem nang"),
    ("count_3", r"(^|\s)3 ?(sao|\*)$"),
    ("count_4", r"(^|\s)4 ?(sao|\*)$"),
    ("count_5", r"(^|\s)5 ?(sao|\*)$"),
    ("count_total", r"^tong( so)?( san pham| sp)?( ocop)?$|^tong cong$|^cong$"),
    ("count_subjects", r"chu the"),
    ("place", r"^(huyen|don vi|dia phuong|dia ban|tinh|huyen thi xa|huyen thi xa thanh pho|quan huyen|don vi hanh chinh|tinh thanh pho)$"),
)


@lru_cache(maxsize=4096)
def canonical_column(label: str | None, rules=COLUMN_RULES) -> str | None:
    if not label:
        return None
    key = ascii_key(label)
    for name, pattern in rules:
        if re.search(pattern, key):
            return name
    return None


@dataclass(frozen=True)
class Header:
    row_index: int  # 0-based index of the last header row
    first_row: int  # 0-based index of the first header row (rows above it are title rows)
    labels: list[str | None]
    columns: dict[str, int]  # canonical -> column index
    kind: str  # product_list | summary


def _combined_labels(parent: list[str | None], child: list[str | None]) -> list[str | None]:
    """Join a two-row header: a merged parent label spans the child labels under it."""
    labels, current = [], None
    for j in range(max(len(parent), len(child))):
        p = parent[j] if j < len(parent) else None
        c = child[j] if j < len(child) else None
        if p:
            current = p
        elif not c:
            current = None
        if c:
            labels.append(f"{current} {c}" if current and not p else (f"{p} {c}" if p else c))
        else:
            labels.append(p)
    return labels


def _map(labels: list[str | None]) -> tuple[dict[str, int], dict[str, int]]:
    product, summary = {}, {}
    for j, label in enumerate(labels):
        name = canonical_column(label)
        if name and name not in product:
            product[name] = j
        name = canonical_column(label, SUMMARY_RULES)
        if name and name not in summary:
            summary[name] = j
    return product, summary


def find_header(rows: list[list[str | None]], search_rows: int = 25) -> Header | None:
    """The row (or pair of rows) under the title rows that best names the columns."""
    best: Header | None = None
    best_score = 0
    for i in range(min(search_rows, len(rows))):
        candidates = [(i, rows[i])]
        if i + 1 < len(rows):
            candidates.append((i + 1, _combined_labels(rows[i], rows[i + 1])))
        for last_row, labels in candidates:
            product, summary = _map(labels)
            if "product_name" in product and ("stars" in product or "decision" in product or "subject_name" in product):
                score = len(product) + 1
                kind, columns = "product_list", product
            elif sum(1 for k in summary if k.startswith("count_")) >= 2 and "product_name" not in product:
                score = len(summary)
                kind, columns = "summary", summary
            else:
                continue
            if score > best_score:
                best, best_score = Header(last_row, i, list(labels), columns, kind), score
    return best


# ---------------------------------------------------------------------------------------------------------------
# rows

_ROMAN_OR_LETTER = re.compile(r"^\s*(?:[IVXLC]+|[A-Z]|\d+)\s*[.)/-]\s*")
_FOOTNOTE = re.compile(r"^\s*(?:\(?\*+\)?|ghi chu|chu thich|nguon|luu y|chu y)\b")
# Matched on text that keeps its diacritics: folded, "Cộng" (total) would equal "Công ty" (company).
_TOTAL = re.compile(r"^\s*(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh)(?!\w)")
SECTION_PREFIXES = ("huyện", "thị xã", "thành phố", "tp.", "tp", "quận", "tỉnh", "xã", "phường")


def row_kind(row: list[str | None], header: Header) -> str:
    """blank, footnote, total, section or data."""
    filled = [(j, v) for j, v in enumerate(row) if v]
    if not filled:
        return "blank"
    first_text = ascii_key(filled[0][1])
    if _FOOTNOTE.match(first_text) or (first_text.startswith("*")):
        return "footnote"
    if any(v[:1] in "TtCc" and _TOTAL.match(match_key(v)) for _, v in filled[:2]):
        return "total"
    name_col = header.columns.get("product_name", header.columns.get("place"))
    stt_col = header.columns.get("stt")
    if len(filled) == 1 and (name_col is None or filled[0][0] <= max(name_col, stt_col or 0)):
        if stt_col is not None and filled[0][0] == stt_col and filled[0][1].strip().isdigit():
            return "data"
        return "section"
    if len(filled) == 1 and len(filled[0][1]) > 60:
        return "footnote"
    return "data"


def section_place(text: str) -> str:
    """'I. Huyện Phong Điền' -> 'Huyện Phong Điền'."""
    return _ROMAN_OR_LETTER.sub("", text).strip(" :")


_PREFIXES_LONGEST_FIRST = sorted(SECTION_PREFIXES, key=len, reverse=True)


def strip_admin_prefix(name: str) -> str:
    cleaned = name.strip()
    lowered = cleaned.lower()
    for prefix in _PREFIXES_LONGEST_FIRST:
        if lowered.startswith(prefix + " ") or (prefix.endswith(".") and lowered.startswith(prefix)):
            return cleaned[len(prefix):].strip(" .")
    return cleaned


# ---------------------------------------------------------------------------------------------------------------
# values

_STAR_WORDS = {"ba": 3, "bon": 4, "nam": 5}
STATUS_WORDS: tuple[tuple[str, str], ...] = (
    ("nang hang", "upgraded"), ("thang hang", "upgraded"), ("danh gia lai", "re_evaluated"),
    ("cong nhan lai", "re_evaluated"), ("tai cong nhan", "re_evaluated"), ("gia han", "re_evaluated"),
    ("moi", "new"), ("cong nhan moi", "new"), ("lan dau", "new"),
)
# The first number of the cell, sign and decimals kept: "-1" and "3.5" must not read as 1 and 3.
_STAR_NUMBER = re.compile(r"(?<![\d.,])(-?\d+(?:[.,]\d+)?)")


@lru_cache(maxsize=4096)
def parse_stars(text: str | None) -> tuple[int | float | None, str | None]:
    """'3', '3 sao', '3*', '★★★', 'Hạng 3 sao', '4 sao (nâng hạng)', 'Ba sao' -> (stars, status hint).

    The number is returned as written (6, 0, -1, 3.5): whether it is a star level is the caller's to say. None when
    the cell holds no number and no number word.
    """
    if not text:
        return None, None
    status = parse_status(text) if "(" in text or "nang" in ascii_key(text) else None
    stars_drawn = text.count("★")
    if stars_drawn:
        return stars_drawn, status
    m = _STAR_NUMBER.search(text)
    if m:
        value = float(m.group(1).replace(",", "."))
        return (int(value) if value.is_integer() else value), status
    words = ascii_key(text).split()
    if words and words[0] in _STAR_WORDS and (len(words) == 1 or words[1] == "sao"):
        return _STAR_WORDS[words[0]], status
    for word, value in _STAR_WORDS.items():
        if re.search(rf"\b{word} sao\b", " ".join(words)):
            return value, status
    return None, status


@lru_cache(maxsize=4096)
def parse_status(text: str | None) -> str | None:
    if not text:
        return None
    key = ascii_key(text)
    for word, status in STATUS_WORDS:
        if re.search(rf"\b{word}\b", key):
            return status
    return None


SUBJECT_TYPES: tuple[tuple[str, str], ...] = (
    (r"^(cong ty|cty|ctcp|ctytnhh|tnhh|dntn|doanh nghiep)\b|\b(tnhh|co phan)\b", "enterprise"),
    (r"^(htx|hop tac xa)\b|\bhop tac xa\b", "cooperative"),
    (r"^(tht|to hop tac)\b", "cooperative_group"),
    (r"^(ho kinh doanh|hkd|ho san xuat|ho|co so|csxs|co so san xuat)\b", "household"),
)


@lru_cache(maxsize=4096)
def subject_type_of(name: str | None) -> str | None:
    if not name:
        return None
    key = ascii_key(name)
    for pattern, kind in SUBJECT_TYPES:
        if re.search(pattern, key):
            return kind
    return None


DECISION_NUMBER = re.compile(r"(\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐa-zđ]{1,4}[-–][A-ZĐa-zđ&]{2,10}(?:[-–][A-ZĐa-zđ]{2,6})?)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")
_ISO = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d{2})(?![\d/])")


@lru_cache(maxsize=4096)
def parse_decision(text: str | None) -> tuple[str | None, dt.date | None]:
    """'2919/QĐ-UBND ngày 27/11/2020' -> ('2919/QĐ-UBND', date(2020, 11, 27))."""
    if not text:
        return None, None
    number = DECISION_NUMBER.search(text)
    return (re.sub(r"\s+", "", number.group(1)).replace("–", "-") if number else None), parse_date(text)


@lru_cache(maxsize=4096)
def parse_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    for pattern, order in ((_ISO, (1, 2, 3)), (_DMY, (3, 2, 1))):
        m = pattern.search(text)
        if m:
            try:
                return dt.date(int(m.group(order[0])), int(m.group(order[1])), int(m.group(order[2])))
            except ValueError:
                continue
    serial = text.strip()
    if re.fullmatch(r"\d{5}", serial) and 30000 < int(serial) < 60000:  # an Excel serial day number
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(serial))
    return None


@lru_cache(maxsize=4096)
def year_in(text: str | None) -> int | None:
    if not text:
        return None
    years = [int(y) for y in _YEAR.findall(text)]
    return years[-1] if years else None


_WORD = re.compile(r"\w+")


def normalised_name(name: str) -> str:
    """Comparison form of a product or producer name: case, tone placement, punctuation and spaces folded."""
    return " ".join(_WORD.findall(match_key(name)))
