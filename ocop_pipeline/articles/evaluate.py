"""Score extracted claims against hand-made labels (the vocabulary of ``tests/data/article_labels.jsonl``).

A claim matches a label when article, place, kind, metric, stars, producer type, value and value_high agree and its
year is one the label accepts. Claims are de-duplicated on that key first (a fact stated twice counts once);
metrics outside the core set are ignored; optional labels never count against recall, and a claim matching one is
not a false positive.

    python -m ocop_pipeline.articles.evaluate WAREHOUSE.duckdb LABELS.jsonl [--verbose]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ocop_pipeline.text import ascii_key

CORE_METRICS = {"products", "subjects", "revenue_uplift_pct", "price_uplift_pct", "output_uplift_pct"}


@dataclass
class Score:
    precision: float
    recall: float
    facts: int
    labels: int
    missed: list[dict] = field(default_factory=list)
    false_positives: list[tuple] = field(default_factory=list)

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def _place_key(level: str, name: str) -> str:
    if level == "national":
        return "national"
    return f"{level}:{ascii_key(name)}" if level in ("region", "district") else ascii_key(name)


def _label_place_key(geo: str) -> str:
    if geo == "national":
        return "national"
    if geo.startswith("region:"):
        return _place_key("region", geo[len("region:"):])
    if geo.startswith("district:"):
        return _place_key("district", geo.split("/", 1)[-1])
    return ascii_key(geo)


def _number(x) -> float | None:
    return None if x is None else round(float(x), 6)


def _stars(x) -> str | None:
    return None if x in (None, "") else str(x).removesuffix(".0")


def score(claims: Iterable[Mapping], labels: list[Mapping]) -> Score:
    article_ids = {label["id"] for label in labels}
    predicted: dict[tuple, set] = {}
    for claim in claims:
        article = PurePosixPath(str(claim["source_id"])).stem
        if article not in article_ids or claim["metric"] not in CORE_METRICS:
            continue
        key = (article, _place_key(claim["geo_level"], claim["geo_name"]), claim["kind"], claim["metric"],
               _stars(claim["stars"]), claim["subject_type"], _number(claim["value"]), _number(claim["value_high"]))
        predicted.setdefault(key, set()).add(claim["year"])
    matched, hit, missed = set(), 0, []
    required = [label for label in labels if not label.get("optional")]
    for label in labels:
        key = (label["id"], _label_place_key(label["geo"]), label["kind"], label["metric"], _stars(label["stars"]),
               label["subject_type"], _number(label["value"]), _number(label["value_high"]))
        years = label["year"] if isinstance(label["year"], list) else None if label["year"] is None else [label["year"]]
        if key in predicted and (years is None or predicted[key] & set(years)):
            matched.add(key)
            hit += 0 if label.get("optional") else 1
        elif not label.get("optional"):
            missed.append(dict(label))
    false_positives = sorted((k for k in predicted if k not in matched), key=str)
    return Score(
        precision=len(matched) / len(predicted) if predicted else 0.0,
        recall=hit / len(required) if required else 0.0,
        facts=len(predicted),
        labels=len(required),
        missed=missed,
        false_positives=false_positives,
    )


def read_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    import duckdb

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warehouse", type=Path)
    parser.add_argument("labels", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    con = duckdb.connect(str(args.warehouse), read_only=True)
    rows = con.sql("SELECT * FROM article_claims").pl().to_dicts()
    result = score(rows, read_labels(args.labels))
    if args.verbose:
        for label in result.missed:
            print("MISSED", label)
        for key in result.false_positives:
            print("FALSE+", key)
    print(f"facts {result.facts} labels {result.labels}: precision {result.precision:.3f} "
          f"recall {result.recall:.3f} f1 {result.f1:.3f}")


if __name__ == "__main__":
    main()
