"""Read every article extract under OCOP_RAW_DIR into the ``articles`` and ``article_claims`` frames.

Each file is decoded and extracted on its own; an unreadable file, a bad manifest row and an implausible or invalid
claim each become a quarantine row, and the run goes on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl

from ocop_pipeline import sources
from ocop_pipeline.articles.decode import decode_article
from ocop_pipeline.articles.extract import Claim, extract
from ocop_pipeline.quarantine import Rejection, file_record

MANIFEST_COLUMNS = ("file", "url", "outlet", "published")

CLAIM_SCHEMA = {
    "claim_id": pl.String,
    "source_id": pl.String,
    "geo_level": pl.String,
    "geo_name": pl.String,
    "province_code": pl.String,
    "layout": pl.String,
    "region": pl.String,
    "place_exists_on_date": pl.Boolean,
    "year": pl.Int64,
    "as_of": pl.Date,
    "kind": pl.String,
    "metric": pl.String,
    "stars": pl.String,
    "subject_type": pl.String,
    "value": pl.Float64,
    "value_high": pl.Float64,
    "qualifier": pl.String,
    "applies_to_share_pct": pl.Float64,
    "span_start": pl.Int64,
    "span_end": pl.Int64,
    "quote": pl.String,
    "rule_id": pl.String,
    "block": pl.String,
    "decided_by": pl.String,
}

ARTICLE_SCHEMA = {
    "source_id": pl.String,
    "sha256": pl.String,
    "encoding": pl.String,
    "url": pl.String,
    "outlet": pl.String,
    "published": pl.Date,
    "published_from": pl.String,
    "province_name": pl.String,
    "province_code": pl.String,
    "layout": pl.String,
    "characters": pl.Int64,
    "claims": pl.Int64,
    "claims_quarantined": pl.Int64,
    "status": pl.String,
    "error": pl.String,
}

# Largest figure that is believable per place level; above it a number was misread (a year, a sum of money …).
PLAUSIBLE_MAX = {"national": 100_000, "region": 40_000, "province": 6_000, "district": 1_000}
PLAUSIBLE_MAX_PCT = 1_000


@dataclass(frozen=True)
class ManifestEntry:
    url: str | None
    outlet: str | None
    published: dt.date | None


@dataclass
class ArticleBatch:
    articles: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    source_files: list[dict] = field(default_factory=list)

    def articles_frame(self) -> pl.DataFrame:
        return pl.DataFrame(self.articles, schema=ARTICLE_SCHEMA)

    def claims_frame(self) -> pl.DataFrame:
        return pl.DataFrame(self.claims, schema=CLAIM_SCHEMA)


def read_manifest(raw_dir: Path, batch: ArticleBatch) -> dict[str, ManifestEntry]:
    """``articles/manifest.csv`` (file,url,outlet,published): optional; bad rows are quarantined, not fatal."""
    path = raw_dir / "articles" / sources.MANIFEST_NAME
    if not path.is_file():
        return {}
    source_id = path.relative_to(raw_dir).as_posix()
    record = file_record(source_id, "manifest", sources.sha256_of(path), path.stat().st_size)
    batch.source_files.append(record)
    decoded = decode_article(path.read_bytes())
    if decoded.text is None:
        batch.rejections.append(Rejection(source_id, "manifest", f"manifest unreadable: {decoded.error}"))
        record.update(status="quarantined", error=decoded.error)
        return {}
    reader = csv.DictReader(io.StringIO(decoded.text))
    missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        reason = f"manifest lacks columns {missing} (expected {','.join(MANIFEST_COLUMNS)})"
        batch.rejections.append(Rejection(source_id, "manifest", reason))
        record.update(status="quarantined", error=reason)
        return {}
    entries: dict[str, ManifestEntry] = {}
    articles_dir = raw_dir / "articles"
    for line_number, row in enumerate(reader, start=2):
        record["rows_read"] += 1
        name = (row.get("file") or "").strip()
        problem = None
        published = None
        if not name:
            problem = "no file name"
        elif not (articles_dir / name).is_file():
            problem = f"file {name} listed in the manifest does not exist"
        else:
            raw_date = (row.get("published") or "").strip()
            if raw_date:
                try:
                    published = dt.date.fromisoformat(raw_date[:10])
                except ValueError:
                    problem = f"published '{raw_date}' is not an ISO date (YYYY-MM-DD)"
        if problem:
            record["rows_quarantined"] += 1
            batch.rejections.append(Rejection(source_id, "manifest", problem, dict(row), row_number=line_number))
            continue
        record["rows_loaded"] += 1
        entries[f"articles/{name}"] = ManifestEntry(
            (row.get("url") or "").strip() or None, (row.get("outlet") or "").strip() or None, published
        )
    return entries


def implausibility(claim: Claim) -> str | None:
    if claim.value_high is not None and claim.value_high < claim.value:
        return f"range {claim.value}–{claim.value_high} runs backwards"
    if claim.metric.endswith("_pct"):
        if claim.value > PLAUSIBLE_MAX_PCT:
            return f"{claim.value}% is not a plausible uplift"
        return None
    ceiling = PLAUSIBLE_MAX.get(claim.geo_level)
    if ceiling and max(claim.value, claim.value_high or 0) > ceiling:
        return f"{claim.value:g} {claim.metric} is implausible for one {claim.geo_level} (more than {ceiling})"
    if claim.year is not None and not 2008 <= claim.year <= 2040:
        return f"year {claim.year} is outside the programme's life"
    return None


def ingest_articles(raw_dir: Path) -> ArticleBatch:
    batch = ArticleBatch()
    manifest = read_manifest(raw_dir, batch)
    for raw in sources.scan(raw_dir, "article"):
        entry = manifest.get(raw.source_id, ManifestEntry(None, None, None))
        article = {"source_id": raw.source_id, "sha256": raw.sha256, "url": entry.url, "outlet": entry.outlet,
                   "published": entry.published, "published_from": "manifest" if entry.published else None,
                   "characters": 0, "claims": 0, "claims_quarantined": 0, "status": "loaded", "error": None,
                   "encoding": None, "province_name": None, "province_code": None, "layout": None}
        record = file_record(raw.source_id, "article", raw.sha256, raw.size_bytes)
        try:
            decoded = decode_article(raw.path.read_bytes())
        except OSError as exc:
            decoded = None
            error = f"cannot read file: {exc}"
        else:
            error = decoded.error
        if decoded is None or decoded.text is None:
            batch.rejections.append(Rejection(raw.source_id, "decode", error))
            article.update(status="quarantined", error=error)
            record.update(status="quarantined", error=error)
            batch.articles.append(article)
            batch.source_files.append(record)
            continue
        result = extract(decoded.text, raw.source_id, entry.published)
        if not entry.published and result.published_from_text:
            article.update(published=result.published_from_text, published_from="text")
        place = result.article_place
        article.update(encoding=decoded.encoding, characters=len(decoded.text),
                       province_name=place.name if place else None,
                       province_code=place.province_code if place else None,
                       layout=place.layout if place else None)
        for number, claim in enumerate(result.claims):
            row = {"claim_id": f"{raw.sha256[:12]}-{number:03d}", **asdict(claim)}
            reason = implausibility(claim)
            if decoded.text[claim.span_start:claim.span_end] != claim.quote:
                reason = "quote does not match its span"
            if reason:
                batch.rejections.append(Rejection(raw.source_id, "extract", reason, row))
                article["claims_quarantined"] += 1
            else:
                batch.claims.append(row)
                article["claims"] += 1
        record.update(rows_read=len(result.claims), rows_loaded=article["claims"],
                           rows_quarantined=article["claims_quarantined"])
        batch.articles.append(article)
        batch.source_files.append(record)
    return batch


def validated_claims(batch: ArticleBatch) -> pl.DataFrame:
    """The batch's claims that pass the ``ArticleClaims`` model; failures move to the quarantine with the check."""
    from ocop_pipeline.schemas import ArticleClaims, split_valid

    frame = batch.claims_frame()
    valid, failures = split_valid(ArticleClaims, frame)
    if failures.height:
        reasons: dict[int, list[str]] = {}
        for case in failures.iter_rows(named=True):
            reasons.setdefault(case["index"], []).append(f"{case['column']}: {case['check']} ({case['failure_case']})")
        per_source: dict[str, int] = {}
        for index, why in reasons.items():
            row = frame.row(index, named=True)
            batch.rejections.append(Rejection(row["source_id"], "validate", "; ".join(why), row))
            per_source[row["source_id"]] = per_source.get(row["source_id"], 0) + 1
        for record in batch.articles:
            moved = per_source.get(record["source_id"], 0)
            record["claims"] -= moved
            record["claims_quarantined"] += moved
        for record in batch.source_files:
            moved = per_source.get(record["source_id"], 0)
            record["rows_loaded"] -= moved
            record["rows_quarantined"] += moved
    for record in batch.source_files:
        if record["status"] == "loaded" and record["rows_quarantined"]:
            record["status"] = "partial"
    return valid
