"""Article extraction throughput: the extractor against a floor that only reads the text.

    .venv/bin/python benchmarks/bench_extract.py [--repeat N] [--huge-mb M] [--generated DIR]

Three measurements, each on the text already decoded (decoding is measured with the refresh):

- **corpus**: every extract of ``data/raw/articles`` and ``tests/data/press/*`` extracted one by one, ``--repeat``
  times; MB/s of text.
- **floor**: the same texts through NFC normalisation, a split into sentences and eight plain searches for numbers
  and the words every count needs; no extractor can read an article faster than it can look at it, so the ratio
  says how much of the time is the extractor's own reasoning.
- **generated** (with ``--generated DIR``): the articles of a folder ``generate_raw.py`` wrote (``DIR/articles``),
  about 4 KB each like the national corpus of ``make bench``, extracted once each; MB/s of text.
- **huge**: one article of ``--huge-mb`` MB made of the corpus's paragraphs, once on many lines and once on a single
  line (the shape of a scraped page without line breaks): its time must grow linearly with its size.

``--profile N`` prints, instead, where the time goes: one pass of the extractor over the corpus (or over the
``--generated`` articles) under cProfile, the N functions that take the most time of their own.
"""

from __future__ import annotations

import argparse
import cProfile
import platform
import pstats
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ocop_pipeline.articles.decode import decode_article  # noqa: E402
from ocop_pipeline.articles.extract import extract  # noqa: E402

FLOOR_PATTERNS = [re.compile(p) for p in (
    r"\d[\d.,]*", r"sản phẩm", r"chủ thể", r"sao", r"năm \d{4}", r"tỉnh", r"huyện", r"%",
)]


def corpus() -> list[str]:
    return texts_of([ROOT / "data" / "raw" / "articles", *sorted((ROOT / "tests" / "data" / "press").glob("*/"))])


def texts_of(folders: list[Path]) -> list[str]:
    texts = [decode_article(p.read_bytes()).text for folder in folders for p in sorted(folder.glob("*.txt"))]
    return [t for t in texts if t]


def floor(text: str) -> int:
    text = unicodedata.normalize("NFC", text)
    hits = 0
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        for pattern in FLOOR_PATTERNS:
            hits += len(pattern.findall(sentence))
    return hits


def timed(function, texts: list[str], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            function(text)
    return time.perf_counter() - start


def profile(texts: list[str], top: int) -> None:
    """One pass of the extractor under cProfile (after one pass to warm its caches), by time of its own."""
    for text in texts[:20]:
        extract(text, "bench")
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        extract(text, "bench")
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--huge-mb", type=float, default=4.0)
    parser.add_argument("--generated", type=Path, help="a folder written by generate_raw.py")
    parser.add_argument("--profile", type=int, metavar="N", help="print the N functions taking the most time instead")
    args = parser.parse_args()
    texts = corpus()
    if args.profile:
        profile(texts_of([args.generated / "articles"]) if args.generated else texts, args.profile)
        return
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}; "
          f"{len(texts)} articles, {megabytes:.2f} MB of text, {args.repeat} passes")
    seconds = timed(lambda t: extract(t, "bench"), texts, args.repeat)
    floor_seconds = timed(floor, texts, args.repeat)
    rate, floor_rate = megabytes * args.repeat / seconds, megabytes * args.repeat / floor_seconds
    print(f"corpus: extractor {rate:.2f} MB/s ({seconds / (len(texts) * args.repeat) * 1000:.1f} ms per article); "
          f"floor {floor_rate:.2f} MB/s; extractor / floor = {rate / floor_rate:.2f}")
    if args.generated:
        generated = texts_of([args.generated / "articles"])
        generated_mb = sum(len(t.encode()) for t in generated) / 1e6
        seconds = timed(lambda t: extract(t, "bench"), generated, 1)
        print(f"generated: {len(generated)} articles, {generated_mb:.2f} MB: extractor {generated_mb / seconds:.2f} MB/s "
              f"({seconds / len(generated) * 1000:.1f} ms per article)")
    paragraphs = "\n\n".join(texts)
    for label, joiner in (("many lines", "\n\n"), ("one line", " ")):
        for size in (args.huge_mb / 4, args.huge_mb):
            body = joiner.join(paragraphs.split("\n\n"))
            body = (body * (int(size * 1e6 / len(body.encode())) + 1))[: int(size * 1e6)]
            start = time.perf_counter()
            claims = len(extract("Bến Tre tổng kết OCOP\n\n" + body, "bench").claims)
            took = time.perf_counter() - start
            print(f"huge, {label}: {size:.1f} MB in {took:.1f} s ({size / took:.2f} MB/s), {claims} claims")


if __name__ == "__main__":
    main()
