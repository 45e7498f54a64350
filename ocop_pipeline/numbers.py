"""Vietnamese number writing: 10.880 is ten thousand eight hundred and eighty, 11,5 is eleven and a half, 02 is two."""

from __future__ import annotations

import re

# A numeral as written in Vietnamese text: thousands grouped with dots, decimals after a comma.
NUMERAL = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER_WORDS = {
    "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
}
# "năm" (five) is left out on purpose: it is also "year" and stands before every year in the text; "một" (one)
# too: it is the article of "Mỗi xã một sản phẩm", the programme's own name. After "mười"/"mươi" the units are
# unambiguous ("mười bảy", "hai mươi mốt", "mười lăm"), except "năm", which still reads as "ten years".
_UNITS_AFTER_TENS = {**NUMBER_WORDS, "một": 1, "mốt": 1, "lăm": 5}
del _UNITS_AFTER_TENS["mười"]
_TEN_WORD = "mười"
_TENS_WORD = "mươi"
_UNIT_WORD = "|".join(sorted(_UNITS_AFTER_TENS, key=len, reverse=True))
_TENS_LEAD = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("tư", _TEN_WORD)), key=len, reverse=True))
# A number written in words: "mười bảy", "hai mươi mốt", "ba mươi", "bảy"; longest first.
# "tư" (four) alone is the second syllable of "đầu tư" (to invest: "đầu tư cơ sở vật chất") far more often than a
# count: it stands alone as a number only where no "đầu" comes before it.
_ALONE = "|".join(sorted((w for w in NUMBER_WORDS if w != "tư"), key=len, reverse=True))
NUMBER_WORD = (rf"(?:(?:{_TENS_LEAD})\s+{_TENS_WORD}|{_TEN_WORD})(?:\s+(?:{_UNIT_WORD})(?!\w))?"
               rf"|(?:{_ALONE})|(?<!đầu )(?<!Đầu )tư")
DASH = r"[-–—‐‑−]"


def parse_numeral(text: str) -> float:
    """'10.880' -> 10880, '11,5' -> 11.5, '02' -> 2, 'ba' -> 3."""
    words = text.strip().lower().split()
    if len(words) == 1 and words[0] in NUMBER_WORDS:
        return float(NUMBER_WORDS[words[0]])
    if words and (words[0] == _TEN_WORD or words[1:2] == [_TENS_WORD]):
        tens = 10 if words[0] == _TEN_WORD else 10 * NUMBER_WORDS[words[0]]
        rest = words[1:] if words[0] == _TEN_WORD else words[2:]
        return float(tens + (_UNITS_AFTER_TENS[rest[0]] if rest else 0))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "")
    return float(text.replace(",", "."))


def as_int_if_whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
