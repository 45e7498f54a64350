"""Score extracted claims against hand-made labels, with the rules of the team's scorer.

A claim matches a label when article, place, kind, metric, stars, producer type, value and value_high agree and its
year is one the label accepts. Claims are de-duplicated on that key first (a fact stated twice counts once); metrics
outside the core set are ignored; optional labels never count against recall, and a claim matching one is not a
false positive. Required labels that differ only in value are alternatives: finding one satisfies the group. An
article with no label at all (a hard negative) is scored too when its name is given: every claim from it is false.

    python -m ocop_pipeline.articles.evaluate WAREHOUSE.duckdb LABELS.jsonl [--articles DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

CORE_METRICS = {"products", "subjects", "revenue_uplift_pct", "price_uplift_pct", "output_uplift_pct"}
_PREFIXES = ("tinh ", "thanh pho ", "tp. ", "tp.", "tp ", "huyen ", "thi xa ", "tx. ", "tx ", "quan ")


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


def fold(name) -> str:
    """A place name without case, diacritics, spaces, dashes or an administrative prefix."""
    s = unicodedata.normalize("NFD", str(name or "")).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    for prefix in _PREFIXES:
        if s.startswith(prefix):
            s = s[len(prefix):]
    return "".join(c for c in s if c.isalnum())


def _place_key(level: str, name: str) -> str:
    level = (level or "").lower()
    if level == "national":
        return "national"
    return f"{level}:{fold(name)}" if level in ("region", "district") else fold(name)


def _label_place_key(geo: str) -> str:
    if geo == "national":
        return "national"
    if geo.startswith("region:"):
        return "region:" + fold(geo[len("region:"):])
    if geo.startswith("district:"):
        return "district:" + fold(geo.split("/", 1)[-1])
    return fold(geo)


def _number(x) -> float | None:
    return None if x is None else round(float(x), 6)


def _stars(x) -> str | None:
    if x is None:
        return None
    s = str(x).strip().lower()
    return None if s in ("", "none", "null") else s.removesuffix(".0")


def _label_key(label: Mapping) -> tuple:
    return (label["id"], _label_place_key(label["geo"]), label["kind"], label["metric"], _stars(label["stars"]),
            label["subject_type"], _number(label["value"]), _number(label["value_high"]))


def score(claims: Iterable[Mapping], labels: list[Mapping], articles: Iterable[str] = ()) -> Score:
    """``articles``: names (stems) of every article scored, so that unlabelled ones count as hard negatives."""
    article_ids = {label["id"] for label in labels} | set(articles)
    predicted: dict[tuple, set] = {}
    for claim in claims:
        article = PurePosixPath(str(claim["source_id"])).stem
        if article not in article_ids or claim["metric"] not in CORE_METRICS:
            continue
        key = (article, _place_key(claim["geo_level"], claim["geo_name"]), claim["kind"], claim["metric"],
               _stars(claim["stars"]), claim["subject_type"] or None, _number(claim["value"]),
               _number(claim["value_high"]))
        predicted.setdefault(key, set()).add(claim["year"])
    groups = {_label_key(label)[:6] for label in labels if not label.get("optional")}
    matched, hit_groups, missed = set(), set(), []
    for label in labels:
        key = _label_key(label)
        years = label["year"] if isinstance(label["year"], list) else None if label["year"] is None else [label["year"]]
        if key in predicted and (years is None or predicted[key] & set(years)):
            matched.add(key)
            if not label.get("optional"):
                hit_groups.add(key[:6])
        elif not label.get("optional"):
            missed.append(dict(label))
    missed = [label for label in missed if _label_key(label)[:6] not in hit_groups]
    false_positives = sorted((k for k in predicted if k not in matched), key=str)
    return Score(
        precision=len(matched) / len(predicted) if predicted else 0.0,
        recall=len(hit_groups) / len(groups) if groups else 0.0,
        facts=len(predicted),
        labels=len(groups),
        missed=missed,
        false_positives=[(*k, sorted(predicted[k], key=str)) for k in false_positives],
    )


def read_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report(result: Score, verbose: bool) -> str:
    lines = []
    if verbose:
        lines += [f"MISSED {label['id']} {label['geo']} {label['kind']} {label['metric']} {label['stars']} "
                  f"{label['subject_type']} {label['value']} {label['value_high']} {label['year']}"
                  for label in result.missed]
        lines += ["FALSE+ " + " ".join(map(str, key)) for key in result.false_positives]
    lines.append(f"facts {result.facts} labels {result.labels}: precision {result.precision:.3f} "
                 f"recall {result.recall:.3f} f1 {result.f1:.3f}")
    return "\n".join(lines)


def score_folder(folder: Path, labels: Path) -> Score:
    """Extract every article of ``folder`` (with its manifest) directly, without a warehouse, and score it."""
    from ocop_pipeline.articles.ingest import articles_folder, ingest_articles

    batch = ingest_articles(folder)
    return score(batch.claims, read_labels(labels), [p.stem for p in articles_folder(folder).glob("*.txt")])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a warehouse (.duckdb), or a folder of articles to extract")
    parser.add_argument("labels", type=Path)
    parser.add_argument("--articles", type=Path, help="folder of the scored articles (unlabelled ones count)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if args.source.is_dir():
        print(report(score_folder(args.source, args.labels), args.verbose))
        return
    import duckdb

    con = duckdb.connect(str(args.source), read_only=True)
    rows = con.sql("SELECT * FROM article_claims").pl().to_dicts()
    names = [p.stem for p in args.articles.glob("*.txt")] if args.articles else []
    print(report(score(rows, read_labels(args.labels), names), args.verbose))


if __name__ == "__main__":
    main()
