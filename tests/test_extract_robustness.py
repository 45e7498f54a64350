"""The extractor reads the same article the same way whatever furniture or typography a page wraps it in.

Each case rewrites real extracts the team has read (tests/data/press) in a way that changes no fact a reader would
take from them: section labels above the headline, a weather strip, a site footer naming the paper's province,
no-break spaces, blank lines between paragraphs, Windows line ends, share buttons, HTML tags, two spaces after a full
stop or a comma. The claims must not change. Found
by running the whole read corpus through each rewrite; each case held a general fault (a no-break space between
"sản" and "phẩm" lost almost every figure, a footer's address moved figures to the paper's province).
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from ocop_pipeline.articles.decode import decode_article
from ocop_pipeline.articles.extract import extract

PRESS = Path(__file__).parent / "data" / "press"
# Sets read while rules were written (the blind ones stay out of sight), every third extract: about 180 texts.
READ_SETS = ("dev", "dev2", "dev3", "heldout", "heldout2", "heldout3", *(f"heldout{n}" for n in range(5, 27)),
             "heldout29")


def _extracts() -> list[tuple[str, str, dt.date | None]]:
    found = []
    for name in READ_SETS:
        folder = PRESS / name
        dates = {}
        with (folder / "manifest.csv").open(encoding="utf-8") as manifest:
            for row in csv.DictReader(manifest):
                dates[row["file"]] = dt.date.fromisoformat(row["published"][:10]) if row.get("published") else None
        for path in sorted(folder.glob("*.txt"))[::3]:
            found.append((f"{name}/{path.name}", decode_article(path.read_bytes()).text, dates.get(path.name)))
    return found


EXTRACTS = _extracts()


def _facts(text: str, source: str, published: dt.date | None) -> collections.Counter:
    return collections.Counter((c.geo_level, c.geo_name, c.year, c.kind, c.metric, c.stars, c.subject_type, c.value,
                                c.value_high) for c in extract(text, source, published).claims)


_DAY = re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b")
_SMALL_COUNT = re.compile(r"(?<![\d.,])(10|[2-46-9])(?= (?:sản phẩm|chủ thể))")
_IN_WORDS = {"2": "hai", "3": "ba", "4": "bốn", "6": "sáu", "7": "bảy", "8": "tám", "9": "chín", "10": "mười"}
_OCOP_PRODUCTS = re.compile("sản phẩm OCOP")
_RATING_BEFORE = re.compile(r"(?:đánh giá|phân hạng|xếp hạng|chấm điểm|chấm|thẩm định|xét chọn|xét)(?!\w)[^.;:\n]{0,40}$",
                            re.IGNORECASE)


def _ocop_products_as(wording: str):
    """"sản phẩm OCOP" written as ``wording``, except after a rating, where the words say the rating's result."""
    return lambda text: _OCOP_PRODUCTS.sub(
        lambda m: m.group() if _RATING_BEFORE.search(text, max(0, m.start() - 60), m.start()) else wording, text)


REWRITES = {
    "section labels above the headline": lambda t: "KINH TẾ - XÃ HỘI\nNông nghiệp - Nông thôn\n" + t,
    "a breadcrumb": lambda t: "Trang chủ » Kinh tế » Nông thôn mới\n" + t,
    "a footer with the paper's address": lambda t: t.rstrip("\n") + (
        "\n\nTrụ sở: Số 12 đường Lê Lợi, TP Vinh, tỉnh Nghệ An. Điện thoại: 0238.3844.123\n"
        "© Bản quyền thuộc về Báo Nghệ An\n"),
    "no-break spaces": lambda t: t.replace("sản phẩm", "sản\u00a0phẩm").replace(" sao", "\u00a0sao"),
    "blank lines between paragraphs": lambda t: t.replace("\n", "\n\n"),
    "Windows line ends": lambda t: decode_article(t.replace("\n", "\r\n").encode("utf-8")).text,
    "share buttons at the end": lambda t: t.rstrip("\n") + "\n\nChia sẻ: Facebook | Zalo | Twitter\nBình luận (0)\n",
    "HTML tags left in a pasted extract": lambda t: "".join(f"<p>{line}</p>" if line.strip() else "<br/>"
                                                            for line in t.split("\n")),
    "two spaces after full stops and commas": lambda t: t.replace(". ", ".  ").replace(", ", ",  "),
    "days written with hyphens": lambda t: _DAY.sub(lambda m: m.group().replace("/", "-"), t),
}


@pytest.mark.parametrize("rewrite", REWRITES)
def test_page_furniture_and_typography_change_no_claim(rewrite: str) -> None:
    changed = [source for source, text, published in EXTRACTS
               if _facts(REWRITES[rewrite](text), source, published) != _facts(text, source, published)]
    assert len(EXTRACTS) > 150
    assert changed == []


# Words the press uses for one another (``rules.EQUIVALENT_WORDS``, ``rules.READ_AS``): written either way, a page says
# the same.
WORDINGS = {
    "a certificate for a recognition": lambda t: t.replace("công nhận", "chứng nhận").replace("Công nhận", "Chứng nhận"),
    "the people's committee written out": lambda t: t.replace("UBND", "Ủy ban nhân dân"),
    # (after a rating, "đánh giá, xếp hạng 99 sản phẩm đạt chuẩn OCOP" says the rating's result: a reader would not
    # write the standard in there without changing what the page says)
    "products of the OCOP standard": _ocop_products_as("sản phẩm đạt chuẩn OCOP"),
    "the council's act joined by 'và'": lambda t: t.replace("đánh giá, phân hạng", "đánh giá và phân hạng"),
    "the council's act as 'xếp hạng'": lambda t: t.replace("đánh giá, phân hạng", "đánh giá, xếp hạng"),
    "has now, 'đã' said": lambda t: t.replace("hiện có", "hiện đã có"),
    "'tính' before 'đến nay'": lambda t: re.sub(r"(?<![Tt]ính )\bđến nay\b", "tính đến nay", t),
    "tone marks placed the old way": lambda t: t.replace("òa", "oà").replace("óa", "oá").replace("ủy", "uỷ"),
    # ("năm" and "một" stay digits: ``numbers.NUMBER_WORD`` says why they are no numbers alone)
    "counts of two to ten in words": lambda t: _SMALL_COUNT.sub(lambda m: _IN_WORDS[m.group(1)], t),
    "the Central Highlands' 'Đắk' with a breve": lambda t: t.replace("Đắk", "Đăk"),
    "'ký' spelled with 'i'": lambda t: re.sub(r"(?<!\w)ký(?!\w)", "kí", t),
    # ("xếp hạng 3 sao", "Ở hạng 4 sao" keep it: no paper writes "xếp 3 sao")
    "'hạng' left out before a level": lambda t: re.sub(r"\b(đạt|OCOP|phẩm) hạng (\d) sao", r"\1 \2 sao", t),
    "the level reached as a standard": lambda t: re.sub(r"\bđạt (\d) sao", r"đạt chuẩn \1 sao", t),
    "products reaching OCOP, the standard left out": _ocop_products_as("sản phẩm đạt OCOP"),
    "a thị xã abbreviated": lambda t: re.sub(r"\b[Tt]hị xã (?=[A-ZĐ])", "TX. ", t),
    "has now, 'đang' said": lambda t: t.replace("hiện có", "hiện đang có"),
    "has now, 'nay' said": lambda t: t.replace("hiện có", "hiện nay có"),
    "'sản phẩm' abbreviated 'SP'": lambda t: re.sub(r"\bsản phẩm\b", "SP", t),
    "an opening year without its comma": lambda t: re.sub(r"\b([Nn]ăm \d{4}), (?=[^\d\s])", r"\1 ", t),
    "'bao gồm' for 'gồm'": lambda t: re.sub(r"(?<!bao )\bgồm\b", "bao gồm", t),
    "a day written in words": lambda t: re.sub(r"\bngày (\d{1,2})/(\d{1,2})/(20\d\d)\b", r"ngày \1 tháng \2 năm \3", t),
    "a round numbered in Roman numerals": lambda t: re.sub(r"\b([Đđ])ợt ([1-4])\b",
                                                          lambda m: m.group(1) + "ợt " + "I" * int(m.group(2))
                                                          if m.group(2) != "4" else m.group(1) + "ợt IV", t),
}


@pytest.mark.parametrize("wording", WORDINGS)
def test_words_the_press_uses_for_one_another_change_no_claim(wording: str) -> None:
    changed = [source for source, text, published in EXTRACTS
               if _facts(WORDINGS[wording](text), source, published) != _facts(text, source, published)]
    assert changed == []
