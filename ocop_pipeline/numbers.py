"""Vietnamese number writing: 10.880 is ten thousand eight hundred and eighty, 11,5 is eleven and a half, 02 is two."""

from __future__ import annotations

import re

# A numeral as written in Vietnamese text: thousands grouped with dots, decimals after a comma.
NUMERAL = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER_WORDS = {
    "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
}
# "năm" (five) is left out on purpose: it is also "year" and stands before every year in the text; "một" (one)
# too: it is the article of "Mỗi xã một sản phẩm", the programme's own name.
NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
DASH = r"[-–—‐‑−]"


def parse_numeral(text: str) -> float:
    """'10.880' -> 10880, '11,5' -> 11.5, '02' -> 2, 'ba' -> 3."""
    word = text.strip().lower()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    return float(text.replace(",", "."))


def as_int_if_whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
