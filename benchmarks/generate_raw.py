"""A national raw folder of any size for the benchmarks, deterministic by seed: articles, spreadsheets and labels.

    .venv/bin/python benchmarks/generate_raw.py DIR [ARTICLES] [ROWS] [--seed N] [--summaries N]
        (default 5,000 articles and 20,000 product rows, seed 11)

writes

* ``DIR/articles/*.txt`` — article extracts in the team's own words about one simulated world (``gen_world``): all 63
  pre-2025 provinces and the 34 units after 1 July 2025 (articles dated after the merger name the new units, and
  former provinces as "X (cũ)"), the country and the six regions, 2019–2026, about 4 KB each on average, with the
  phrasings and page noise of ``tests/data/press/PATTERNS.md`` (``gen_articles``, ``gen_text``);
* ``DIR/articles/manifest.csv`` — ``file,url,outlet,published`` (the date left empty for about 5 % of the articles,
  which then carry a dateline);
* ``DIR/spreadsheets/`` — recognition lists (one row per product of a round), district summaries and inventory
  listings carrying the same facts, ``ROWS`` product rows in all (``gen_sheets``);
* ``DIR/labels.jsonl`` — every fact the articles state, in the format of ``tests/data/press/dev/labels.jsonl``:
  ``python -m ocop_pipeline.articles.evaluate DIR LABELS`` scores an extraction of the folder against it.

Every file is written as soon as it is made (the corpus is never held in memory) and every file's bytes are unique.
``touch_share(DIR, share)`` edits that share of the files in place without changing a fact (the benchmark's "1 %
changed" refresh).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_sheets  # noqa: E402
from gen_articles import ArticleWriter  # noqa: E402
from gen_world import World  # noqa: E402

SETTINGS = ".generator.json"  # beside articles/ and spreadsheets/, never read by the pipeline
MANIFEST_FIELDS = ["file", "url", "outlet", "published"]
_WORLDS: dict[int, World] = {}


def world_of(seed: int) -> World:
    if seed not in _WORLDS:
        _WORLDS[seed] = World(seed)
    return _WORLDS[seed]


def summaries_for(articles: int) -> int:
    return min(378, max(3, articles // 40))


def generate(raw: Path, articles: int = 5000, rows: int = 20000, seed: int = 11, summaries: int | None = None,
             progress=None) -> dict:
    """Write the folder; returns what was written (counts, bytes, seconds)."""
    started = time.perf_counter()
    world = world_of(seed)
    folder = raw / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    sheets = raw / "spreadsheets"
    sheets.mkdir(parents=True, exist_ok=True)
    writer = ArticleWriter(world, seed)
    seen: set[bytes] = set()
    kinds: Counter = Counter()
    labels = required = text_bytes = 0
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as manifest_file, \
            open(raw / "labels.jsonl", "w", encoding="utf-8") as labels_file:
        manifest = csv.DictWriter(manifest_file, fieldnames=MANIFEST_FIELDS)
        manifest.writeheader()
        for i in range(articles):
            for attempt in range(100):
                article = writer.article(i, attempt)
                data = article.text.encode("utf-8")
                digest = hashlib.sha256(data).digest()
                if digest not in seen:
                    break
            else:
                raise RuntimeError(f"article {i}: no unique text in 100 attempts")
            seen.add(digest)
            (folder / f"{article.name}.txt").write_bytes(data)
            manifest.writerow(article.manifest)
            for label in article.labels:
                labels_file.write(json.dumps(label, ensure_ascii=False) + "\n")
            labels += len(article.labels)
            required += sum(1 for x in article.labels if not x["optional"])
            text_bytes += len(data)
            kinds[_kind_of(article.name)] += 1
            if progress and (i + 1) % 10000 == 0:
                progress(f"generated {i + 1:,} of {articles:,} articles")
    articles_done = time.perf_counter()
    written_rows = 0
    files = Counter()
    for item in gen_sheets.plan(world, rows, summaries_for(articles) if summaries is None else summaries, seed):
        path = gen_sheets.write(sheets, world, item, seed)
        digest = hashlib.sha256(path.read_bytes()).digest()
        if digest in seen:
            raise RuntimeError(f"{path.name} repeats another file's bytes")
        seen.add(digest)
        files[item[0]] += 1
        if item[0] == "round":
            written_rows += len(world.rounds[item[1]].products)
        elif item[0] == "listing":
            written_rows += item[4]
    (raw / SETTINGS).write_text(json.dumps({"seed": seed, "articles": articles, "rows": rows}), encoding="utf-8")
    done = time.perf_counter()
    return {"articles": articles, "article_bytes": text_bytes, "labels": labels, "required_labels": required,
            "kinds": dict(sorted(kinds.items())), "product_rows": written_rows, "spreadsheets": dict(files),
            "seconds_articles": articles_done - started, "seconds_spreadsheets": done - articles_done,
            "seconds": done - started}


def _kind_of(name: str) -> str:
    for kind in ("dot", "tong", "moi", "vung", "huyen", "hieu_qua", "trang_the", "hoi_cho"):
        if name.endswith("_" + kind):
            return kind
    return "ca_nuoc" if "_ca_nuoc_" in name else "other"


def touch_share(raw: Path, share: float, seed: int = 5) -> list[Path]:
    """Edit ``share`` of the raw files (articles and spreadsheets alike) so that their bytes change but no fact does:
    an article gets an editor's note, a spreadsheet a footnote ("bản cập nhật lần N")."""
    settings = json.loads((raw / SETTINGS).read_text(encoding="utf-8")) if (raw / SETTINGS).exists() else {}
    world_seed = settings.get("seed", 11)
    files = sorted(p for p in raw.rglob("*") if p.is_file() and p.parent.name in ("articles", "spreadsheets")
                   and p.name != "manifest.csv")
    rng = random.Random(seed)
    chosen = rng.sample(files, max(1, round(len(files) * share)))
    for path in chosen:
        revision = rng.randint(1, 10**9)
        if path.suffix == ".txt":
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(f"(Bài viết được cập nhật, mã chỉnh sửa {revision}.)\n")
            continue
        item = gen_sheets.item_of(path.name)
        if item is None:
            continue
        gen_sheets.write(path.parent, world_of(world_seed), item, world_seed, revision)
    return chosen


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("articles", type=int, nargs="?", default=5000)
    parser.add_argument("rows", type=int, nargs="?", default=20000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--summaries", type=int, default=None, help="summary tables (default: one per 40 articles)")
    args = parser.parse_args(argv)
    stats = generate(args.folder, args.articles, args.rows, args.seed, args.summaries, progress=print)
    print(f"wrote {stats['articles']:,} articles ({stats['article_bytes'] / 1e6:.1f} MB, "
          f"{stats['article_bytes'] / max(1, stats['articles']) / 1000:.1f} KB on average; "
          f"{stats['labels']:,} labels, {stats['required_labels']:,} required) in {stats['seconds_articles']:.1f} s "
          f"and {sum(stats['spreadsheets'].values()):,} spreadsheets ({stats['product_rows']:,} product rows) in "
          f"{stats['seconds_spreadsheets']:.1f} s into {args.folder}")
    print(f"articles by kind: {stats['kinds']}; spreadsheets: {stats['spreadsheets']}")


if __name__ == "__main__":
    main()
