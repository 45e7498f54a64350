"""Metamorphic census: the read press extracts rewritten the ways the press writes the same thing, and how many of them
the extractor then reads otherwise.

    .venv/bin/python benchmarks/metamorphic.py [--show N] [--only NAME ...] [--include-blind]

Each rewrite replaces a wording in every extract of ``tests/data/press`` with one another paper would use for it
("sản phẩm đạt chuẩn OCOP" for "sản phẩm OCOP", a day written "20-11-2023", a count in words …) and compares the
claims (place, year, kind, metric, stars, producer type, values) with those of the page as it is. An extract whose
claims change shows a wording the rules know one way only. No labels are needed, so it measures what the scores of
the press sets cannot: whether a rule was written for a phrase or for the structure under it.

Some rewrites are kept only as references: they change what a reader takes from the page in some contexts ("đạt" →
"xếp hạng" inside a potential's words), or write what no read page writes ("3*", "phần trăm"). The blind batches are
left out unless ``--include-blind``: a census of their extracts would be reading them. The zero-change cases are held
in ``tests/test_extract_robustness.py``; this script measures the rest (README, "Measured quality", thirteenth pass).
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ocop_pipeline.articles.decode import decode_article  # noqa: E402
from ocop_pipeline.articles.extract import extract  # noqa: E402

PRESS = ROOT / "tests" / "data" / "press"
# The batches kept unread as blind measures (tests/data/press/README.md says which and since when).
BLIND = frozenset({"heldout4", "heldout28", "heldout47", "heldout50", "heldout52", "heldout32", "heldout33", "heldout45", "heldout46",
                   "para2", "para8", "para12", "para19", "para22", "para25", "para30", "para32",
                   "para33", "para34", "para38", "para39", "para40", "para50", "para51"})


def _sub(pattern: str, replacement) -> Callable[[str], str]:
    compiled = re.compile(pattern)
    return lambda text: compiled.sub(replacement, text)


_IN_WORDS = {"2": "hai", "3": "ba", "4": "bốn", "6": "sáu", "7": "bảy", "8": "tám", "9": "chín", "10": "mười"}
_OLD_TONES = (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("ủy", "uỷ"), ("úy", "uý"),
              ("ùy", "uỳ"), ("ụy", "uỵ"), ("Hòa", "Hoà"), ("Thủy", "Thuỷ"))


def _old_tones(text: str) -> str:
    for new, old in _OLD_TONES:
        text = text.replace(new, old)
    return text


def _headline_in_capitals(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(line.split()) >= 6:
            lines[i] = line.upper()
            break
    return "\n".join(lines)


# name → (rewrite, kept only as a reference: not always the same meaning, or written by no read page)
REWRITES: dict[str, tuple[Callable[[str], str], bool]] = {
    "sản phẩm đạt chuẩn OCOP": (lambda t: t.replace("sản phẩm OCOP", "sản phẩm đạt chuẩn OCOP"), False),
    "công nhận → chứng nhận": (lambda t: t.replace("công nhận", "chứng nhận"), False),
    "UBND written out": (lambda t: t.replace("UBND", "Ủy ban nhân dân"), False),
    "đánh giá và phân hạng": (lambda t: t.replace("đánh giá, phân hạng", "đánh giá và phân hạng"), False),
    "đánh giá, xếp hạng": (lambda t: t.replace("đánh giá, phân hạng", "đánh giá, xếp hạng"), False),
    "hiện đã có": (_sub(r"\bhiện có\b", "hiện đã có"), False),
    "tính đến nay": (_sub(r"(?<![Tt]ính )\bđến nay\b", "tính đến nay"), False),
    "đã có → có": (_sub(r"\bđã có (?=\d)", "có "), False),
    "counts of two to ten in words": (_sub(r"(?<![\d.,])(10|[2-46-9])(?= (?:sản phẩm|chủ thể))",
                                           lambda m: _IN_WORDS[m.group(1)]), False),
    "days with hyphens": (_sub(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", r"\1-\2-\3"), False),
    "days in words": (_sub(r"\bngày (\d{1,2})/(\d{1,2})/(20\d\d)\b", r"ngày \1 tháng \2 năm \3"), False),
    "tone marks placed the old way": (_old_tones, False),
    "Đăk for Đắk": (lambda t: t.replace("Đắk", "Đăk"), False),
    "a headline in capitals": (_headline_in_capitals, False),
    "HTX for hợp tác xã": (_sub(r"\b[Hh]ợp tác xã\b", "HTX"), False),
    "hợp tác xã for HTX": (_sub(r"\bHTX\b", "hợp tác xã"), False),
    "TP. for thành phố": (_sub(r"\b[Tt]hành phố (?=[A-ZĐ])", "TP. "), False),
    "Ocop for OCOP": (lambda t: t.replace("OCOP", "Ocop"), False),
    # (only where a paper would leave it out: "đạt 3 sao", "OCOP 3 sao"; "xếp 3 sao", "Ở 3 sao" are no one's wording)
    "hạng left out before stars": (_sub(r"\b(đạt|OCOP|phẩm) hạng (\d) sao", r"\1 \2 sao"), False),
    "từ 3 sao without trở lên": (_sub(r"(từ \d sao) trở lên", r"\1"), False),
    "trong số đó for trong đó": (_sub(r"\btrong đó\b", "trong số đó"), False),
    "bao gồm for gồm": (_sub(r"(?<!bao )\bgồm\b", "bao gồm"), False),
    "thousands unseparated": (_sub(r"(?<![\d.,])(\d{1,2})\.(\d{3})(?![\d.,])", r"\1\2"), False),
    "chủ thể OCOP": (_sub(r"(?<=\d) chủ thể\b(?! OCOP)", " chủ thể OCOP"), False),
    # (the next sentence opens with a capital, as a writer would put it)
    "semicolons as full stops": (_sub(r"; ([a-zđ])", lambda m: ". " + m.group(1).upper()), False),
    "kí for ký": (_sub(r"(?<!\w)ký(?!\w)", "kí"), False),
    "đạt chuẩn N sao": (_sub(r"\bđạt (\d) sao", r"đạt chuẩn \1 sao"), False),
    "sản phẩm đạt OCOP": (_sub(r"(?<=\d) sản phẩm OCOP\b", " sản phẩm đạt OCOP"), False),
    "hiện đang có": (_sub(r"\bhiện có\b", "hiện đang có"), False),
    "hiện nay có": (_sub(r"\bhiện có\b", "hiện nay có"), False),
    "TX. for thị xã": (_sub(r"\b[Tt]hị xã (?=[A-ZĐ])", "TX. "), False),
    "đợt in Roman numerals": (_sub(r"\b([Đđ])ợt ([1-4])\b",
                                   lambda m: m.group(1) + "ợt " + ("I" * int(m.group(2)) if m.group(2) != "4" else "IV")),
                              False),
    "no comma after an opening year": (_sub(r"\b([Nn]ăm \d{4}), (?=[a-zđĐA-Z\d])", r"\1 "), False),
    "zero-padded counts": (_sub(r"(?<![\d.,/])([1-9])(?= (?:sản phẩm|chủ thể))", r"0\1"), False),
    "xếp hạng for đạt": (_sub(r"\bđạt (\d+) sao", r"xếp hạng \1 sao"), True),
    "SP for sản phẩm": (_sub(r"\bsản phẩm\b", "SP"), False),
    "3* for 3 sao": (_sub(r"(?<=\d) sao\b", "*"), True),
    "phần trăm for %": (_sub(r"(?<=\d)%", " phần trăm"), True),
}


def extracts(include_blind: bool) -> list[tuple[str, str, dt.date | None]]:
    found = []
    for folder in sorted(p for p in PRESS.iterdir() if p.is_dir()):
        if folder.name in BLIND and not include_blind:
            continue
        if not (folder / "manifest.csv").exists():
            print(f"skipped {folder.name}: no manifest.csv (a batch still being written?)", file=sys.stderr)
            continue
        dates = {}
        with (folder / "manifest.csv").open(encoding="utf-8") as manifest:
            for row in csv.DictReader(manifest):
                dates[row["file"]] = dt.date.fromisoformat(row["published"][:10]) if row.get("published") else None
        for path in sorted(folder.glob("*.txt")):
            found.append((f"{folder.name}/{path.name}", decode_article(path.read_bytes()).text, dates.get(path.name)))
    return found


def facts(text: str, source: str, published: dt.date | None) -> collections.Counter:
    return collections.Counter((c.geo_level, c.geo_name, c.year, c.kind, c.metric, c.stars, c.subject_type, c.value,
                                c.value_high) for c in extract(text, source, published).claims)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list the claims lost and gained in up to N extracts")
    parser.add_argument("--only", nargs="*", default=None, help="the rewrites to run, by name")
    parser.add_argument("--include-blind", action="store_true", help="the blind batches too (reads them)")
    args = parser.parse_args()
    started = time.perf_counter()
    texts = extracts(args.include_blind)
    base = {source: facts(text, source, published) for source, text, published in texts}
    print(f"{len(texts)} extracts ({'with' if args.include_blind else 'without'} the blind batches)")
    print("| rewrite | extracts touched | claims changed in |")
    print("| --- | ---: | ---: |")
    details = []
    for name, (rewrite, reference) in REWRITES.items():
        if args.only and name not in args.only:
            continue
        touched, changed = 0, []
        for source, text, published in texts:
            rewritten = rewrite(text)
            if rewritten == text:
                continue
            touched += 1
            after = facts(rewritten, source, published)
            if after != base[source]:
                changed.append((source, base[source] - after, after - base[source]))
        label = f"{name} (reference)" if reference else name
        print(f"| {label} | {touched} | {len(changed)} |", flush=True)
        details.append((name, changed))
    for name, changed in details:
        for source, lost, gained in changed[:args.show]:
            print(f"\n{name}: {source}")
            for fact in lost:
                print("  -", fact)
            for fact in gained:
                print("  +", fact)
    print(f"\n{time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
