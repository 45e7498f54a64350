"""Read every article extract under OCOP_RAW_DIR into the ``articles`` and ``article_claims`` frames.

Each file is read on its own and can only fail on its own: an unreadable file, a file outside the raw folder, a bad
manifest row, an implausible or invalid claim, and an unexpected error while decoding or extracting one article each
become a quarantine row, and the run goes on. A file whose bytes repeat an earlier file's is recorded as a duplicate
and extracted once.

``article_tables`` is what a refresh calls: the same rows, validated, with the rows of every file whose basis (name,
bytes, size, duplicate status, manifest entry) did not change since the last run taken from that run's frames
(``cache.RowSnapshot``) instead of from each file's cached result.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import polars as pl

from ocop_pipeline import cache, config, sources, vocab
from ocop_pipeline.articles.decode import decode_article
from ocop_pipeline.cache import FileWork
from ocop_pipeline.contracts import ARTICLE_CLAIMS, ARTICLES
from ocop_pipeline.quarantine import IngestBatch, Intake, describe_exception

if TYPE_CHECKING:
    from ocop_pipeline.articles.extract import Claim

MANIFEST_COLUMNS = ("file", "url", "outlet", "published")
# Real extracts are a few KB and a long report a few hundred; beyond this a file is a dump or not text at all.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
# Letters standing in for bytes that could not be decoded (decode_article puts U+FFFD there).
DAMAGED = "\ufffd"


@dataclass(frozen=True)
class ManifestEntry:
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None

    @property
    def dated(self) -> tuple[dt.date | None, str | None]:
        """The publication date the extractor reads the article by, and where it came from: the manifest's, else the
        one its address carries (``date_in_address``), else none (the extractor then looks for a dateline)."""
        if self.published is not None:
            return self.published, "manifest"
        from_address = date_in_address(self.url)
        return (from_address, "address") if from_address is not None else (None, None)


NO_ENTRY = ManifestEntry()


@dataclass
class ArticleResult:
    """What one article's bytes give: its row's fields, its claims, and the claims it refused with their reasons."""

    encoding: str | None = None
    error: str | None = None
    warnings: str | None = None
    characters: int = 0
    published_from_text: dt.date | None = None
    province_name: str | None = None
    province_code: str | None = None
    layout: str | None = None
    claims: list[dict] = field(default_factory=list)
    refused: list[tuple[dict, str]] = field(default_factory=list)


@dataclass
class ArticleBatch(IngestBatch):
    intake: Intake = field(default_factory=Intake)
    articles: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)

    def articles_frame(self) -> pl.DataFrame:
        rows = []
        for article in self.articles:
            ledger = self.intake.ledgers[article["source_id"]]
            rows.append({**article, "claims": ledger.loaded if ledger.kind == "article" else 0,
                         "claims_quarantined": ledger.quarantined})
        return ARTICLES.frame(rows)

    def claims_frame(self) -> pl.DataFrame:
        return ARTICLE_CLAIMS.frame(self.claims)


# ----------------------------------------------------------------------------------------------------------------
# manifest


# Dates news sites write into an article's address: "/2023/08/08/…", "/kinh-te/202010/…", "/2021-7-12/…",
# "/20230802/…", "…-20230802140027433.htm" (the timestamp that opens an article id). A day the address leaves out is
# the month's middle. Ids that merely hold such digits further in ("post746882", "161230718144843085") are no dates.
_ADDRESS_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})(?:/(\d{1,2}))?/"),
    re.compile(r"/((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})/"),
    re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)?/"),
    re.compile(r"[-_/]((?:19|20)\d\d)(\d\d)(\d\d)\d{6,12}(?:\.[a-z]{2,5})?(?:[?#]|$)"),
)


def date_in_address(url: str | None) -> dt.date | None:
    """The publication date an article's address carries, if it carries a plausible one."""
    if not url:
        return None
    for pattern in _ADDRESS_DATES:
        m = pattern.search(url)
        if m is None:
            continue
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 15)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if vocab.YEAR_MIN <= date.year <= dt.date.today().year:
            return date
    return None


def parse_published(raw: str) -> dt.date:
    """An ISO date (2024-01-05, also with a time after it) or a Vietnamese day-first date (05/01/2024, 5-1-2024)."""
    text = raw.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?", text)
    day_first = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif day_first:
        day, month, year = (int(g) for g in day_first.groups())
    else:
        raise ValueError(f"published '{raw}' is not a date (write YYYY-MM-DD)")
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"published '{raw}' is not a real day") from None
    if not vocab.YEAR_MIN <= date.year <= dt.date.today().year + 1:
        raise ValueError(f"published '{raw}' is outside {vocab.YEAR_MIN}–{dt.date.today().year + 1}")
    return date


def articles_folder(raw_dir: Path) -> Path:
    """Where articles and their manifest live: ``articles/``, or the raw folder itself when it holds them flat."""
    folder = raw_dir / sources.FOLDERS["article"][0]
    return folder if folder.is_dir() else raw_dir


def _plain_files(folder: Path) -> set[str]:
    """Every regular file below ``folder`` that is no symbolic link and is reached through no linked folder, by its
    path relative to ``folder``: such a name lies inside the folder and is a file without resolving it."""
    plain = set()
    for parent, _dirs, names in os.walk(folder, followlinks=False):
        relative = os.path.relpath(parent, folder)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        files = set(names)
        with os.scandir(parent) as entries:
            plain.update(prefix + e.name for e in entries if e.name in files and e.is_file(follow_symlinks=False))
    return plain


def _manifest_name(raw_dir: Path, name: str) -> tuple[str | None, str | None]:
    """(source_id, problem) of a manifest's file name: it must name a file inside the articles folder."""
    cleaned = name.strip().replace("\\", "/")
    if not cleaned:
        return None, "no file name"
    relative = PurePosixPath(cleaned)
    folder = articles_folder(raw_dir)
    if relative.is_absolute() or ".." in relative.parts or not sources.inside(folder / relative, folder):
        return None, f"file {name!r} is outside articles/: never read"
    path = folder / relative
    if not path.is_file():
        return None, f"file {name} listed in the manifest does not exist"
    return path.relative_to(raw_dir).as_posix(), None


def read_manifest(raw_dir: Path, intake: Intake) -> dict[str, ManifestEntry]:
    """``articles/manifest.csv`` (file,url,outlet,published): optional; bad rows are quarantined, never fatal."""
    path = articles_folder(raw_dir) / sources.MANIFEST_NAME
    if not path.is_file() or not sources.inside(path, raw_dir):
        return {}
    source_id = path.relative_to(raw_dir).as_posix()
    ledger = intake.open_file(source_id, "manifest", sources.sha256_of(path), path.stat().st_size)
    decoded = decode_article(path.read_bytes())
    if decoded.text is None:
        ledger.reject_file("manifest", f"manifest unreadable: {decoded.error}")
        return {}
    reader = csv.DictReader(io.StringIO(decoded.text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    reader.fieldnames = fields
    if "file" not in fields:
        ledger.reject_file("manifest", f"manifest has no 'file' column (expected {','.join(MANIFEST_COLUMNS)}; "
                                       f"found {','.join(fields) or 'nothing'})")
        return {}
    missing = [c for c in MANIFEST_COLUMNS if c not in fields]
    if missing:
        ledger.note("manifest", f"manifest lacks columns {missing}: those fields stay empty")
    entries: dict[str, ManifestEntry] = {}
    first_line: dict[str, int] = {}
    # A name as the walk writes it, of a plain file, is what _manifest_name would find (without resolving it).
    folder = articles_folder(raw_dir)
    plain = _plain_files(folder)
    prefix = "" if folder == raw_dir else f"{folder.relative_to(raw_dir).as_posix()}/"
    for line_number, row in enumerate(reader, start=2):
        ledger.count_read()
        item = f"line {line_number}"
        row = {k: v for k, v in row.items() if k is not None}
        name = (row.get("file") or "") if isinstance(row.get("file"), str) else ""
        cleaned = name.strip().replace("\\", "/")
        key, problem = (prefix + cleaned, None) if cleaned in plain else _manifest_name(raw_dir, name)
        published = None
        if problem is None and key in first_line:
            problem = f"file {name} is listed again (first at line {first_line[key]})"
        if problem is None and (row.get("published") or "").strip():
            try:
                published = parse_published(row["published"])
            except ValueError as exc:
                problem = str(exc)
        if problem:
            ledger.quarantine(item, "manifest", problem, raw_values=row, row_number=line_number)
            continue
        first_line[key] = line_number
        entries[key] = ManifestEntry((row.get("url") or "").strip() or None,
                                     (row.get("outlet") or "").strip() or None, published)
    return entries


# ----------------------------------------------------------------------------------------------------------------
# one article


def implausibility(claim: Claim) -> str | None:
    if claim.value_high is not None and claim.value_high < claim.value:
        return f"range {claim.value:g}–{claim.value_high:g} runs backwards"
    if claim.metric.endswith("_pct"):
        if claim.value > vocab.PLAUSIBLE_MAX_PCT:
            return f"{claim.value:g}% is not a plausible uplift"
        return None
    ceiling = vocab.PLAUSIBLE_MAX_COUNT.get(claim.geo_level)
    if ceiling and max(claim.value, claim.value_high or 0) > ceiling:
        return f"{claim.value:g} {claim.metric} is implausible for one {claim.geo_level} (more than {ceiling})"
    if claim.year is not None and not vocab.YEAR_MIN <= claim.year <= vocab.YEAR_MAX:
        return f"year {claim.year} is outside the programme's life ({vocab.YEAR_MIN}–{vocab.YEAR_MAX})"
    return None


def _damaged_paragraph(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return DAMAGED in text[line_start:len(text) if line_end < 0 else line_end]


def read_article(data: bytes, source_id: str, sha256: str, published: dt.date | None,
                 outlet: str | None = None, url: str | None = None) -> ArticleResult:
    """Decode and extract one article. Pure: the same bytes, name, date, outlet and address always give the same
    result."""
    decoded = decode_article(data)
    if decoded.text is None:
        return ArticleResult(error=decoded.error)
    text = decoded.text
    # Imported here, not with the module: compiling the extractor's patterns takes about 0.2 s of a process's start,
    # and a refresh whose articles all come from the parse cache never extracts one.
    from ocop_pipeline.articles.extract import extract
    extraction = extract(text, source_id, published, outlet, url)
    place = extraction.article_place
    result = ArticleResult(
        encoding=decoded.encoding, characters=len(text), published_from_text=extraction.published_from_text,
        warnings="; ".join(decoded.warnings) or None,
        province_name=place.name if place else None, province_code=place.province_code if place else None,
        layout=place.layout if place else None,
    )
    damaged = DAMAGED in text
    for number, claim in enumerate(extraction.claims):
        row = {"claim_id": f"{sha256[:16]}-{number:04d}", **asdict(claim)}
        reason = implausibility(claim)
        if text[claim.span_start:claim.span_end] != claim.quote:
            reason = "quote does not match its span"
        if reason is None and damaged and _damaged_paragraph(text, claim.span_start, claim.span_end):
            reason = "its paragraph holds bytes that could not be decoded (U+FFFD): the figure may be misread"
        if reason:
            result.refused.append((row, reason))
        else:
            result.claims.append(row)
    return result


def _article_row(raw: sources.RawFile, entry: ManifestEntry) -> dict:
    return {"source_id": raw.source_id, "sha256": raw.sha256, "url": entry.url, "outlet": entry.outlet,
            "published": entry.dated[0], "published_from": entry.dated[1],
            "characters": 0, "status": "loaded", "error": None, "warnings": None, "duplicate_of": None,
            "encoding": None, "province_name": None, "province_code": None, "layout": None}


def _to_parse(files: list[sources.RawFile], manifest: dict[str, ManifestEntry],
              duplicates: dict[str, str]) -> list[tuple[sources.RawFile, tuple]]:
    """The files ``_extract_files`` will extract (readable, first of their content, not too big), each with the
    arguments it gives ``read_article`` besides the bytes."""
    return [(raw, _read_with(manifest.get(raw.source_id, NO_ENTRY))) for raw in files
            if raw.problem is None and raw.source_id not in duplicates and raw.size_bytes <= MAX_ARTICLE_BYTES]


def _read_with(entry: ManifestEntry) -> tuple:
    """What ``read_article`` is given of a file's manifest entry: its publication date (the address's when the
    manifest gives none), its outlet and its address."""
    return entry.dated[0], entry.outlet, entry.url


def ingest_articles(raw_dir: Path, work: FileWork | None = None) -> ArticleBatch:
    """``work`` (hashes, the parse cache, progress) defaults to hashing every file and parsing every file."""
    work = work or FileWork.plain("article", raw_dir)
    batch = ArticleBatch()
    manifest = read_manifest(raw_dir, batch.intake)
    files = sources.scan(raw_dir, "article", work.sha256)
    _extract_files(batch, files, manifest, sources.duplicates(files, MAX_ARTICLE_BYTES), work)
    return batch


def _extract_files(batch: ArticleBatch, files: list[sources.RawFile], manifest: dict[str, ManifestEntry],
                   duplicates: dict[str, str], work: FileWork) -> None:
    """Each of ``files`` into ``batch``: its row, its claims, its ledger (``duplicates`` over the whole folder)."""
    work.prefetch(_to_parse(files, manifest, duplicates), read_article, config.workers())
    for raw in work.each(files):
        ledger = batch.intake.open_file(raw.source_id, "article", raw.sha256, raw.size_bytes)
        entry = manifest.get(raw.source_id, NO_ENTRY)
        article = _article_row(raw, entry)
        batch.articles.append(article)
        problem, stage = raw.problem, "scan"
        if problem is None and raw.source_id in duplicates:
            ledger.mark_duplicate(duplicates[raw.source_id])
            article.update(status="duplicate", duplicate_of=duplicates[raw.source_id])
            continue
        if problem is None and raw.size_bytes > MAX_ARTICLE_BYTES:
            problem = (f"{raw.size_bytes / 2**20:.0f} MB is more than the {MAX_ARTICLE_BYTES // 2**20} MB an article "
                       "extract can be: split it, or check it is text")
        if problem is None:
            try:
                result = work.cached(raw, read_article, *_read_with(entry))
            except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the others
                problem, stage = f"extraction failed: {describe_exception(exc)}", "extract"
            else:
                problem, stage = result.error, "decode"
        if problem is not None:
            ledger.reject_file(stage, problem)
            article.update(status="quarantined", error=problem)
            continue
        if entry.dated[0] is None and result.published_from_text:
            article.update(published=result.published_from_text, published_from="text")
        article.update(encoding=result.encoding, characters=result.characters, warnings=result.warnings,
                       province_name=result.province_name, province_code=result.province_code, layout=result.layout)
        ledger.count_read(len(result.claims) + len(result.refused))
        for row, reason in result.refused:
            ledger.quarantine(row["claim_id"], "extract", reason, raw_values=row, item_id=row["claim_id"])
        batch.claims.extend(result.claims)


def validated_claims(batch: ArticleBatch) -> pl.DataFrame:
    """The batch's claims that pass the ``article_claims`` contract; failures move to the quarantine with the check."""
    return batch.intake.validated(ARTICLE_CLAIMS, batch.claims_frame(), ("claim_id",))


# ----------------------------------------------------------------------------------------------------------------
# what a refresh hands on, unchanged files' rows from the previous run


@dataclass(frozen=True)
class ArticleTables:
    """The article ingest path's frames: ``articles``, ``article_claims`` (validated), and its part of the
    quarantine and of ``source_files``."""

    articles: pl.DataFrame
    claims: pl.DataFrame
    rejections: pl.DataFrame
    source_files: pl.DataFrame


# Where a quarantine row was written: the manifest's rows, a file's own rows (in file order), then the rows validation
# moved (in claim order). The snapshot keeps it, so that merged rows come out in the order one pass writes them.
PHASE = cache.PHASE
MANIFEST_PHASE, FILE_PHASE, VALIDATE_PHASE = 0, 1, 2
# One pass's order of rejections: the manifest's rows, then every file's own rows by file, then validation's by file.
PHASES = (MANIFEST_PHASE, FILE_PHASE, VALIDATE_PHASE)
# What a file's rows are a function of (besides the code, which the snapshot's fingerprint covers).
BASIS = {"source_id": pl.String, "sha256": pl.String, "size_bytes": pl.Int64, "problem": pl.String,
         "duplicate_of": pl.String, "url": pl.String, "outlet": pl.String, "published": pl.Date}


def _basis(files: list[sources.RawFile], manifest: dict[str, ManifestEntry], duplicates: dict[str, str]) -> pl.DataFrame:
    rows = []
    for raw in files:
        entry = manifest.get(raw.source_id, NO_ENTRY)
        rows.append((raw.source_id, raw.sha256, raw.size_bytes, raw.problem, duplicates.get(raw.source_id), entry.url,
                     entry.outlet, entry.published))
    return pl.DataFrame(rows, schema=BASIS, orient="row")


def _rejections_frame(batch: ArticleBatch, manifest_rows: int, file_rows: int) -> pl.DataFrame:
    phases = [MANIFEST_PHASE] * manifest_rows + [FILE_PHASE] * (file_rows - manifest_rows) + \
        [VALIDATE_PHASE] * (len(batch.intake.rejections) - file_rows)
    return batch.intake.quarantine_frame().with_columns(pl.Series(PHASE, phases, dtype=pl.Int8))


def article_tables(raw_dir: Path, work: FileWork | None = None, reuse_rows: bool = True) -> ArticleTables:
    """Every article file's rows, as ``ingest_articles`` and ``validated_claims`` give them. With a parse cache, the
    rows of a file whose basis is unchanged since the last run come from that run's frames: every check on a claim
    concerns its own row except the uniqueness of claim_id, which is checked across the merge (a clash, which would
    take two files' hashes agreeing on 64 bits, reads every file the long way)."""
    work = work or FileWork.plain("article", raw_dir)
    snapshot = work.snapshot()
    previous = snapshot.load() if snapshot and reuse_rows else None
    batch = ArticleBatch()
    manifest = read_manifest(raw_dir, batch.intake)
    manifest_rows = len(batch.intake.rejections)
    files = sources.scan(raw_dir, "article", work.sha256)
    duplicates = sources.duplicates(files, MAX_ARTICLE_BYTES)
    basis = _basis(files, manifest, duplicates)
    unchanged = cache.unchanged_files(basis, previous)
    _extract_files(batch, [raw for raw in files if raw.source_id not in unchanged], manifest, duplicates, work)
    file_rows = len(batch.intake.rejections)
    claims = validated_claims(batch)
    fresh = {"articles": batch.articles_frame(), "claims": claims,
             "rejections": _rejections_frame(batch, manifest_rows, file_rows),
             "source_files": batch.intake.source_files_frame()}
    if unchanged:
        kept = {name: previous[name].filter(pl.col("source_id").is_in(unchanged)) for name in fresh}
        if not kept["claims"]["claim_id"].is_in(claims["claim_id"]).any():
            work.reuse([item for item in _to_parse([raw for raw in files if raw.source_id in unchanged], manifest,
                                                    duplicates)])
            fresh = {"articles": pl.concat([fresh["articles"], kept["articles"]]).sort("source_id"),
                     "claims": pl.concat([claims, kept["claims"]]).sort("source_id", maintain_order=True),
                     "rejections": cache.merged_in_phases(fresh["rejections"], kept["rejections"], PHASES),
                     "source_files": pl.concat([fresh["source_files"], kept["source_files"]]).sort("source_id")}
        else:
            return article_tables(raw_dir, work, reuse_rows=False)
    if snapshot is not None:
        # A file read now is kept only when its bytes are still the hashed ones, and never a file that failed (its
        # failure may not be its bytes': it is tried again).
        again = set(fresh["source_files"].filter(pl.col("status") == "quarantined")["source_id"].to_list())
        trusted = [raw.source_id for raw in files if raw.source_id not in again
                   and (raw.source_id in unchanged or work.hasher.unchanged(raw.path))]
        snapshot.save({"basis": basis.filter(pl.col("source_id").is_in(trusted)),
                       "articles": fresh["articles"], "claims": fresh["claims"],
                       "rejections": fresh["rejections"].filter(pl.col(PHASE) != MANIFEST_PHASE),
                       "source_files": fresh["source_files"].filter(pl.col("kind") != "manifest")})
    rejections = fresh["rejections"].drop(PHASE)
    return ArticleTables(fresh["articles"], fresh["claims"], rejections, fresh["source_files"])
