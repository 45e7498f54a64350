"""Spreadsheets under OCOP_RAW_DIR/spreadsheets → producers, products, ratings and summary figures.

Each file is read on its own. Every data row below a header ends up either loaded or in the quarantine with its
reason; section headings, total and footnote rows are recognised (and counted in ``rows_structural``), never loaded
as products. A file that cannot be read at all is quarantined whole and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from ocop_pipeline import cache, sources, vocab
from ocop_pipeline.cache import FileWork
from ocop_pipeline.contracts import DIM_PRODUCT, DIM_SUBJECT, FACT_PRODUCT_RATING, RATING_ROWS, SHEET_CLAIMS
from ocop_pipeline.geography import Place, resolver
from ocop_pipeline.numbers import NUMERAL, parse_numeral
from ocop_pipeline.quarantine import FileLedger, IngestBatch, Intake, describe_exception
from ocop_pipeline.spreadsheets import parse
from ocop_pipeline.spreadsheets.read import Grid, UnreadableFile, column_letters, read_grids
from ocop_pipeline.text import ascii_key

SUMMARY_METRICS = {
    "count_3": ("products", "3"), "count_4": ("products", "4"), "count_5": ("products", "5"),
    "count_potential_5": ("products", vocab.POTENTIAL_5), "count_total": ("products", None),
    "count_subjects": ("subjects", None),
}
# A product or producer name longer than this is a pasted paragraph or a broken export, not a name.
MAX_NAME_CHARS = 500


@dataclass
class SheetContext:
    """What the title rows, the sheet name and the file name say about every row below."""

    place: Place | None
    place_how: str
    year: int | None
    decision: str | None
    decided_on: dt.date | None
    kind: str


@dataclass
class SpreadsheetBatch(IngestBatch):
    intake: Intake = field(default_factory=Intake)
    ratings: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)

    def ratings_frame(self) -> pl.DataFrame:
        return RATING_ROWS.frame(self.ratings)

    def claims_frame(self) -> pl.DataFrame:
        return SHEET_CLAIMS.frame(self.claims)


def row_item(sheet: str, row_number: int) -> str:
    """The ledger's name for one spreadsheet row (the same as ``Intake.validated`` builds from sheet and row)."""
    return f"{sheet}!{row_number}"


def _province_named_in(text: str, date: dt.date | None) -> Place | None:
    """The first province written out in running text ('xã Phong Hiền, huyện Phong Điền, tỉnh Thừa Thiên Huế')."""
    for mention in resolver().find_in_text(text, date):
        if mention.place.level == "province":
            return resolver().resolve(mention.place.name, date)
    return None


def _place_in_words(text: str, date: dt.date | None) -> Place | None:
    """A province named in a title, sheet or file name, also as lower-case ASCII words ('ben_tre_2023.xlsx')."""
    place = _province_named_in(text, date)
    if place is not None:
        return place
    words = re.findall(r"[a-z]+", ascii_key(text.replace("_", " ").replace("-", " ")))
    for size in (4, 3, 2):
        for i in range(len(words) - size + 1):
            place = resolver().resolve(" ".join(words[i:i + size]), date)
            if place is not None and place.level == "province":
                return place
    return None


def sheet_context(path: Path, grid: Grid, header: parse.Header) -> SheetContext:
    title = " ".join(v for row in grid.rows[: header.first_row] for v in row if v)
    decision, decided_on = parse.parse_decision(title)
    year = (decided_on.year if decided_on else None) or parse.year_in(title) or parse.year_in(grid.sheet) \
        or parse.year_in(path.stem)
    date = decided_on or (dt.date(year, 12, 31) if year else None)
    place, how = None, ""
    for text, source in ((title, "title rows"), (grid.sheet, "sheet name"), (path.stem, "file name")):
        place = _place_in_words(text, date) if text else None
        if place:
            how = source
            break
    from ocop_pipeline.articles.extract import kind_of_phrase  # the extractor is compiled only when a sheet is read

    return SheetContext(place, how, year, decision, decided_on, kind_of_phrase(title))


def ingest_spreadsheets(raw_dir: Path, work: FileWork | None = None) -> SpreadsheetBatch:
    """``work`` (hashes, the parse cache, progress) defaults to hashing every file and parsing every file."""
    work = work or FileWork.plain("spreadsheet", raw_dir)
    batch = SpreadsheetBatch()
    files = sources.scan(raw_dir, "spreadsheet", work.sha256)
    _read_files(batch, files, sources.duplicates(files), work)
    return batch


def _read_files(batch: SpreadsheetBatch, files: list[sources.RawFile], duplicates: dict[str, str],
                work: FileWork) -> None:
    """Each of ``files`` into ``batch``: its rows and its ledger (``duplicates`` over the whole folder)."""
    for raw in work.each(files):
        ledger = batch.intake.open_file(raw.source_id, "spreadsheet", raw.sha256, raw.size_bytes)
        if raw.problem is not None:
            ledger.reject_file("scan", raw.problem)
            continue
        if raw.source_id in duplicates:
            ledger.mark_duplicate(duplicates[raw.source_id])
            continue
        ratings, claims = work.ledgered(raw, ledger, read_spreadsheet)
        batch.ratings.extend(ratings)
        batch.claims.extend(claims)


def read_spreadsheet(raw: sources.RawFile, ledger: FileLedger) -> tuple[list[dict], list[dict]]:
    """One file's rating rows and summary figures; what it counts and rejects goes to ``ledger``. The same bytes and
    name always give the same result and ledger entries (the parse cache replays them)."""
    ratings: list[dict] = []
    claims: list[dict] = []
    try:
        _read_file(raw, ledger, ratings, claims)
    except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the others
        ledger.reject_file("read", f"reading failed: {describe_exception(exc)}")
        return [], []
    return ratings, claims


def _read_file(raw: sources.RawFile, ledger: FileLedger, ratings: list[dict], claims: list[dict]) -> None:
    try:
        grids = read_grids(raw.path)
    except UnreadableFile as exc:
        ledger.reject_file("read", str(exc))
        return
    headers_found = 0
    for grid in grids:
        if grid.error:
            ledger.note("sheet", f"sheet not read: {grid.error}", sheet=grid.sheet)
            continue
        try:
            header = parse.find_header(grid.rows)
            context = sheet_context(raw.path, grid, header) if header else None
        except Exception as exc:  # noqa: BLE001 - one sheet's failure must not stop the others
            ledger.note("sheet", f"sheet not read: {describe_exception(exc)}", sheet=grid.sheet)
            continue
        if header is None:
            if any(any(row) for row in grid.rows):
                ledger.note("header", "no header row found: no column named like a product list (tên sản phẩm + "
                            "hạng sao) or a summary (3 sao, 4 sao …)", sheet=grid.sheet)
            continue
        headers_found += 1
        rows = _product_rows if header.kind == "product_list" else _summary_rows
        rows(raw.source_id, grid, header, context, ledger, ratings if header.kind == "product_list" else claims)
    if headers_found == 0:
        ledger.reject_file("header", "no sheet with a recognisable header")


def _cell(row: list[str | None], header: parse.Header, name: str) -> str | None:
    j = header.columns.get(name)
    return row[j] if j is not None and j < len(row) else None


def _data_rows(grid: Grid, header: parse.Header, ledger: FileLedger, structural: tuple[str, ...]):
    """(row index, row, kind, raw cells) of every row below the header that is not blank or structure; structure
    rows are counted and, for sections, handed out too. Undecodable rows are quarantined here."""
    for index in range(header.row_index + 1, len(grid.rows)):
        row = grid.rows[index]
        kind = parse.row_kind(row, header)
        if kind == "blank":
            continue
        if kind in structural:
            ledger.count_structural()
            yield index, row, kind, None
            continue
        ledger.count_read()
        raw_values = {(header.labels[j] if j < len(header.labels) else None) or column_letters(j + 1): v
                      for j, v in enumerate(row) if v}
        problem = grid.row_problems.get(index)
        if problem:
            ledger.quarantine(row_item(grid.sheet, index + 1), "row", problem, raw_values=raw_values,
                              sheet=grid.sheet, row_number=index + 1)
            continue
        yield index, row, kind, raw_values


def _product_rows(source_id, grid, header, context, ledger: FileLedger, out: list[dict]) -> None:
    section_district: str | None = None
    section_place: Place | None = None
    seen: dict[tuple, int] = {}
    for index, row, kind, raw_values in _data_rows(grid, header, ledger, ("section", "total", "footnote")):
        row_number = index + 1
        if kind == "section":
            text = parse.section_place(next(v for v in row if v))
            place = resolver().resolve(text, context.decided_on)
            if place is not None and place.level == "province":
                section_place, section_district = place, None
            else:
                section_district = parse.strip_admin_prefix(text)
            continue
        if raw_values is None:
            continue
        try:
            problem, column, parsed = _product_row(source_id, grid, header, context, row, row_number,
                                                   section_place, section_district, seen)
        except Exception as exc:  # noqa: BLE001 - one row's failure must not stop the sheet
            problem, column, parsed = f"parsing failed: {describe_exception(exc)}", None, None
        if problem:
            ledger.quarantine(row_item(grid.sheet, row_number), "row", problem, raw_values=raw_values,
                              sheet=grid.sheet, row_number=row_number, column_name=column)
            continue
        out.append(parsed)


def _product_row(source_id, grid, header, context, row, row_number, section_place, section_district, seen):
    """(problem, column at fault, None) or (None, None, the rating row)."""
    label = {name: header.labels[j] for name, j in header.columns.items()}
    product = _cell(row, header, "product_name")
    if not product:
        return "no product name", label["product_name"], None
    subject = _cell(row, header, "subject_name")
    for column, name in (("product_name", product), ("subject_name", subject)):
        if name and len(name) > MAX_NAME_CHARS:
            return (f"a name of {len(name)} characters is not a name (at most {MAX_NAME_CHARS}): a pasted paragraph "
                    "or a broken export", label[column], None)
    stars_text = _cell(row, header, "stars")
    stars, status_hint = parse.parse_stars(stars_text)
    if stars is None:
        return (f"stars unreadable: {stars_text!r}" if stars_text else "no star rating"), label.get("stars"), None
    if not float(stars).is_integer():
        return f"{stars_text!r} is not a whole star level: only 3, 4 and 5 stars exist", label.get("stars"), None
    if stars not in vocab.RATED_STARS:
        return (f"{stars} stars is outside 3-5: only 3, 4 and 5 stars are OCOP products", label.get("stars"), None)
    decision, decided_on = parse.parse_decision(_cell(row, header, "decision"))
    decided_on = parse.parse_date(_cell(row, header, "decision_date")) or decided_on or context.decided_on
    decision = decision or context.decision
    year = (decided_on.year if decided_on else None) or parse.year_in(_cell(row, header, "year")) or context.year
    date = decided_on or (dt.date(year, 12, 31) if year else None)
    place, problem = _row_place(row, header, section_place, context, date)
    if place is None:
        return problem, label.get("province"), None
    product_key = parse.normalised_name(product)
    subject_key = parse.normalised_name(subject) if subject else None
    key = (product_key, subject_key, stars, decision, year)
    if key in seen:
        return f"exact duplicate of row {seen[key]}", None, None
    seen[key] = row_number
    address = _cell(row, header, "address")
    commune = _cell(row, header, "commune") or _commune_in(address)
    successor_code = resolver().successor(place).province_code
    return None, None, {
        "product_key": product_key, "subject_key": subject_key,
        # A product is one name within one from2025 province: it keeps its id across years and the merger.
        "product_id": _key(product_key, successor_code),
        "subject_id": _key(subject_key, successor_code) if subject_key else None,
        "rating_id": _key(source_id, grid.sheet, str(row_number)),
        "source_id": source_id, "sheet": grid.sheet, "row_number": row_number,
        "product_name": product, "subject_name": subject,
        "subject_type": parse.subject_type_of(_cell(row, header, "subject_type")) or parse.subject_type_of(subject),
        "layout": place.layout, "province_code": place.province_code, "province_name": place.name,
        "successor_code": successor_code,
        "district": parse.strip_admin_prefix(_cell(row, header, "district") or "") or section_district
        or _district_in(address),
        "commune": parse.strip_admin_prefix(commune) if commune else None,
        "address": address, "product_group": _cell(row, header, "product_group"),
        "stars": int(stars), "status": parse.parse_status(_cell(row, header, "status")) or status_hint,
        "decision": decision, "recognized_on": decided_on, "recognized_year": year,
        "score": _number(_cell(row, header, "score")),
    }


def _row_place(row, header, section_place, context, date) -> tuple[Place | None, str]:
    written = _cell(row, header, "province")
    if written:
        place = resolver().resolve(written, date)
        if place is None or place.level != "province":
            return None, f"unknown province {written!r}"
        return place, ""
    address = _cell(row, header, "address")
    if address:
        # Only a province written out counts: ASCII word guessing would read commune names as provinces.
        place = _province_named_in(address, date)
        if place:
            return place, ""
    place = section_place or context.place
    if place is None:
        return None, "unknown place: no province in the row, its section, the title rows, the sheet or file name"
    return (resolver().resolve(place.name, date) or place), ""


def _commune_in(address: str | None) -> str | None:
    if not address:
        return None
    m = re.search(r"(?i:xã|phường|thị trấn)\s+([^,;]+)", address)
    return m.group(1).strip() if m else None


def _district_in(address: str | None) -> str | None:
    if not address:
        return None
    m = re.search(r"(?i:huyện|thị xã|quận|thành phố|tp\.?)\s+([^,;]+)", address)
    if not m:
        return None
    place = resolver().resolve(m.group(1))
    return None if place is not None and place.level == "province" and place.province.kind == "city" else m.group(1).strip()


def _number(text: str | None) -> float | None:
    """A cell's number: 12, 12.0, 11,5, or Vietnamese thousands 5.000.000; None when it is not one."""
    if not text:
        return None
    written = text.strip()
    if re.fullmatch(NUMERAL, written):
        return parse_numeral(written)
    try:
        return float(written.replace(",", "."))
    except ValueError:
        return None


def _summary_rows(source_id, grid, header, context, ledger: FileLedger, out: list[dict]) -> None:
    place_col = header.columns.get("place", 0)
    date = context.decided_on or (dt.date(context.year, 12, 31) if context.year else None)
    for index, row, kind, raw_values in _data_rows(grid, header, ledger, ("section", "footnote")):
        if raw_values is None:
            continue
        row_number = index + 1
        try:
            problem, column, claims = _summary_row(source_id, grid, header, context, row, row_number, kind, date,
                                                   place_col)
        except Exception as exc:  # noqa: BLE001 - one row's failure must not stop the sheet
            problem, column, claims = f"parsing failed: {describe_exception(exc)}", None, None
        if problem:
            ledger.quarantine(row_item(grid.sheet, row_number), "row", problem, raw_values=raw_values,
                              sheet=grid.sheet, row_number=row_number, column_name=column)
            continue
        out.extend(claims)


def _summary_row(source_id, grid, header, context, row, row_number, kind, date, place_col):
    label = row[place_col] if place_col < len(row) else None
    place_label = header.labels[place_col] if place_col < len(header.labels) else None
    if kind == "total":
        level, place, district = "province", context.place, None
    else:
        place = resolver().resolve(label, date) if label else None
        if place is not None and place.level == "province":
            level, district = "province", None
        else:
            level, district, place = "district", parse.strip_admin_prefix(label or ""), context.place
    if place is None or (level == "district" and not district):
        return f"unknown place {label!r} in a summary table", place_label, None
    values = []
    for column, (metric, stars) in SUMMARY_METRICS.items():
        j = header.columns.get(column)
        text = row[j] if j is not None and j < len(row) else None
        value = _number(text)
        if text and value is None:
            return f"count {text!r} is not a number", header.labels[j], None
        if value is not None:
            values.append((j, metric, stars, value))
    if not values:
        return "no readable count in a summary row", None, None
    ceiling = vocab.PLAUSIBLE_MAX_COUNT[level]
    for j, metric, _, value in values:
        if value < 0 or value > ceiling or not float(value).is_integer():
            return (f"{row[j]!r} is not a plausible count of {metric} for one {level} (a whole number from 0 to "
                    f"{ceiling})", header.labels[j], None)
    province = resolver().resolve(place.name, date) or place
    claims = []
    for j, metric, stars, value in values:
        cell = f"{column_letters(j + 1)}{row_number}"
        claims.append({
            "claim_id": hashlib.sha1(f"{source_id}|{grid.sheet}|{cell}".encode()).hexdigest()[:16],
            "source_id": source_id, "sheet": grid.sheet, "row_number": row_number, "cell": cell,
            "geo_level": level, "geo_name": province.name if level == "province" else district,
            "province_code": province.province_code, "layout": province.layout, "region": province.region,
            "place_exists_on_date": province.exists_on_date, "year": context.year, "as_of": context.decided_on,
            "kind": context.kind, "metric": metric, "stars": stars, "subject_type": None, "value": value,
            "value_high": None, "qualifier": None,
            "quote": f"{label or 'Tổng'} | {header.labels[j]}: {row[j]}",
            "rule_id": f"sheet.summary.{metric}",
            "decided_by": f"place:{'row label' if level == 'district' or kind != 'total' else context.place_how}; "
                          f"year:{'title rows, sheet or file name' if context.year else 'unknown'}",
        })
    return None, None, claims


# ---------------------------------------------------------------------------------------------------------------
# what a refresh hands on, unchanged files' rows from the previous run


@dataclass(frozen=True)
class SpreadsheetTables:
    """The spreadsheet ingest path's frames before the dimensions: the validated ``rating_rows`` and
    ``sheet_claims``, and its part of the quarantine and of ``source_files``."""

    ratings: pl.DataFrame
    claims: pl.DataFrame
    rejections: pl.DataFrame
    source_files: pl.DataFrame


# Where a quarantine row was written: a file's own rows (in file order), then the rows validation moved from the rating
# rows, then from the summary figures (each in row order). The snapshot keeps it, so that merged rows come out in the
# order one pass writes them.
FILE_PHASE, RATINGS_PHASE, CLAIMS_PHASE = 1, 2, 3
# What a file's rows are a function of (besides the code, which the snapshot's fingerprint covers).
BASIS = {"source_id": pl.String, "sha256": pl.String, "size_bytes": pl.Int64, "problem": pl.String,
         "duplicate_of": pl.String}


def spreadsheet_tables(raw_dir: Path, work: FileWork | None = None, reuse_rows: bool = True) -> SpreadsheetTables:
    """Every spreadsheet's rows, as ``ingest_spreadsheets`` and validation against ``RATING_ROWS`` and
    ``SHEET_CLAIMS`` give them. With a parse cache, the rows of a file whose basis is unchanged since the last run
    come from that run's frames (``cache.RowSnapshot``) instead of replaying its cached result: every check concerns
    its own row except the uniqueness of rating_id and claim_id (hashes of the file's name, sheet and row or cell),
    checked across the merge; a clash reads every file the long way."""
    work = work or FileWork.plain("spreadsheet", raw_dir)
    snapshot = work.snapshot()
    previous = snapshot.load() if snapshot and reuse_rows else None
    files = sources.scan(raw_dir, "spreadsheet", work.sha256)
    duplicates = sources.duplicates(files)
    basis = pl.DataFrame([(raw.source_id, raw.sha256, raw.size_bytes, raw.problem, duplicates.get(raw.source_id))
                          for raw in files], schema=BASIS, orient="row")
    unchanged = cache.unchanged_files(basis, previous)
    batch = SpreadsheetBatch()
    _read_files(batch, [raw for raw in files if raw.source_id not in unchanged], duplicates, work)
    phases = [FILE_PHASE] * len(batch.intake.rejections)
    ratings = batch.intake.validated(RATING_ROWS, batch.ratings_frame(), ("sheet", "row_number"))
    phases += [RATINGS_PHASE] * (len(batch.intake.rejections) - len(phases))
    claims = batch.intake.validated(SHEET_CLAIMS, batch.claims_frame(), ("sheet", "row_number"))
    phases += [CLAIMS_PHASE] * (len(batch.intake.rejections) - len(phases))
    fresh = {"ratings": ratings, "claims": claims,
             "rejections": batch.intake.quarantine_frame().with_columns(
                 pl.Series(cache.PHASE, phases, dtype=pl.Int8)),
             "source_files": batch.intake.source_files_frame()}
    if unchanged:
        kept = {name: previous[name].filter(pl.col("source_id").is_in(unchanged)) for name in fresh}
        if (kept["ratings"]["rating_id"].is_in(ratings["rating_id"]).any()
                or kept["claims"]["claim_id"].is_in(claims["claim_id"]).any()):
            return spreadsheet_tables(raw_dir, work, reuse_rows=False)
        work.reuse([(raw, ()) for raw in files
                    if raw.source_id in unchanged and raw.problem is None and raw.source_id not in duplicates])
        fresh = {"ratings": pl.concat([ratings, kept["ratings"]]).sort("source_id", maintain_order=True),
                 "claims": pl.concat([claims, kept["claims"]]).sort("source_id", maintain_order=True),
                 "rejections": cache.merged_in_phases(fresh["rejections"], kept["rejections"],
                                                      (FILE_PHASE, RATINGS_PHASE, CLAIMS_PHASE)),
                 "source_files": pl.concat([fresh["source_files"], kept["source_files"]]).sort("source_id")}
    if snapshot is not None:
        # A file read now is kept only when its bytes are still the hashed ones, and never a file that failed (its
        # failure may not be its bytes': it is read again).
        again = set(fresh["source_files"].filter(pl.col("status") == "quarantined")["source_id"].to_list())
        trusted = [raw.source_id for raw in files if raw.source_id not in again
                   and (raw.source_id in unchanged or work.hasher.unchanged(raw.path))]
        snapshot.save({"basis": basis.filter(pl.col("source_id").is_in(trusted)), **fresh})
    return SpreadsheetTables(fresh["ratings"], fresh["claims"], fresh["rejections"].drop(cache.PHASE),
                             fresh["source_files"])


# ---------------------------------------------------------------------------------------------------------------
# dimensions


def _key(*parts: str | None) -> str:
    return hashlib.sha1("|".join(p or "" for p in parts).encode()).hexdigest()[:16]


def build_dimensions(ratings: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """dim_subject, dim_product and fact_product_rating from validated rating rows.

    A product is one name within one (from2025) province: recognised again or upgraded in a later year it keeps its
    id and gains a rating. Producers are keyed the same way.
    """
    rows = ratings.sort("recognized_on", "recognized_year", "source_id", "sheet", "row_number", nulls_last=False)
    latest = rows.group_by("product_id", maintain_order=True).last()
    subject_of_product = rows.filter(pl.col("subject_id").is_not_null()).group_by("product_id").agg(
        pl.col("subject_id").last())
    dim_product = latest.drop("subject_id").join(subject_of_product, on="product_id", how="left").with_columns(
        pl.col("product_key").alias("normalized_name"), pl.lit(vocab.FROM2025).alias("successor_layout"),
    )
    dim_subject = rows.filter(pl.col("subject_id").is_not_null()).group_by("subject_id", maintain_order=True).last(
    ).with_columns(pl.col("subject_key").alias("normalized_name"))
    fact = rows.with_columns(
        pl.col("recognized_on").dt.offset_by(f"{vocab.CERTIFICATE_MONTHS}mo").alias("expires_on"))
    return (
        dim_subject.select(DIM_SUBJECT.column_names).sort("subject_id"),
        dim_product.select(DIM_PRODUCT.column_names).sort("product_id"),
        fact.select(FACT_PRODUCT_RATING.column_names).sort("source_id", "sheet", "row_number"),
    )
