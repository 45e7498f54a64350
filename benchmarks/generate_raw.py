"""A large, realistic raw folder for the refresh benchmarks: N articles and M product rows.

    .venv/bin/python benchmarks/generate_raw.py DIR [ARTICLES] [ROWS]      (default 5,000 articles, 20,000 rows)

Articles are the shipped extracts (``data/raw/articles``, and ``tests/data/press/dev`` when present) used as
templates: each copy gets its own counts (every "N sản phẩm" / "N chủ thể" moves by a few units) and a footer line,
so every file's bytes are unique, and a manifest row with the template's outlet and date. Product rows are written
by the project's own generator (``spreadsheets.synthetic.write_large_product_list``) as files of 1,000 rows.
``touch_share(DIR, share)`` edits that share of the files in place (the benchmark's "1 % changed" refresh).
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
from pathlib import Path

from ocop_pipeline.articles.decode import decode_article
from ocop_pipeline.config import PROJECT_ROOT
from ocop_pipeline.spreadsheets.synthetic import write_large_product_list

TEMPLATE_FOLDERS = (PROJECT_ROOT / "data" / "raw" / "articles", PROJECT_ROOT / "tests" / "data" / "press" / "dev")
ROWS_PER_SHEET = 1000
COUNT = re.compile(r"\b(\d{2,4})(?= (?:sản phẩm|chủ thể))")


def templates() -> list[tuple[str, str, dict]]:
    """(stem, text, manifest row) of every template article."""
    found = []
    for folder in TEMPLATE_FOLDERS:
        if not folder.is_dir():
            continue
        manifest = {}
        if (folder / "manifest.csv").is_file():
            text = decode_article((folder / "manifest.csv").read_bytes()).text or ""
            manifest = {row["file"]: row for row in csv.DictReader(io.StringIO(text))}
        for path in sorted(folder.glob("*.txt")):
            text = decode_article(path.read_bytes()).text
            if text:
                found.append((path.stem, text, manifest.get(path.name, {})))
    return found


def vary(text: str, number: int, rng: random.Random) -> str:
    """The template with its counts moved by a few units and a footer naming the copy."""
    varied = COUNT.sub(lambda m: str(max(1, int(m.group(1)) + rng.randint(-3, 3))), text)
    return f"{varied.rstrip()}\n\n(Bản tin tổng hợp số {number}.)\n"


def generate(raw: Path, articles: int = 5000, rows: int = 20000, seed: int = 11) -> None:
    rng = random.Random(seed)
    folder = raw / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    found = templates()
    manifest_rows = []
    for i in range(articles):
        stem, text, entry = found[i % len(found)]
        name = f"bench_{i:05d}_{stem}.txt"
        (folder / name).write_text(vary(text, i, rng), encoding="utf-8")
        manifest_rows.append({"file": name, "url": entry.get("url") or f"https://example.vn/bai/{i}",
                              "outlet": entry.get("outlet") or "", "published": entry.get("published") or ""})
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "url", "outlet", "published"])
        writer.writeheader()
        writer.writerows(manifest_rows)
    sheets = raw / "spreadsheets"
    sheets.mkdir(parents=True, exist_ok=True)
    for n in range(max(1, rows // ROWS_PER_SHEET)):
        write_large_product_list(sheets / f"bench_list_{n:03d}.xlsx", min(ROWS_PER_SHEET, rows), seed=1000 + n)


def touch_share(raw: Path, share: float, seed: int = 5) -> list[Path]:
    """Edit ``share`` of the raw files (articles and spreadsheets alike) so that their bytes change."""
    files = sorted(p for p in raw.rglob("*") if p.is_file() and p.name != "manifest.csv")
    rng = random.Random(seed)
    chosen = rng.sample(files, max(1, round(len(files) * share)))
    for path in chosen:
        if path.suffix == ".txt":
            path.write_text(path.read_text(encoding="utf-8") + "(Cập nhật.)\n", encoding="utf-8")
        else:
            write_large_product_list(path, ROWS_PER_SHEET, seed=rng.randint(10_000, 99_999))
    return chosen


if __name__ == "__main__":
    target = Path(sys.argv[1])
    generate(target, *(int(a) for a in sys.argv[2:4]))
    print(f"wrote {sum(1 for _ in target.rglob('*.txt'))} articles and "
          f"{sum(1 for _ in target.rglob('*.xlsx'))} spreadsheets into {target}")
