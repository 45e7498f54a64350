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

from ocop_pipeline import sources
from ocop_pipeline.articles.extract import kind_of_phrase
from ocop_pipeline.geography import FROM2025, Place, resolver
from ocop_pipeline.quarantine import Rejection, file_record
from ocop_pipeline.spreadsheets import parse
from ocop_pipeline.spreadsheets.read import Grid, UnreadableFile, read_grids
from ocop_pipeline.text import ascii_key

CERTIFICATE_MONTHS = 36

RATING_ROW_SCHEMA = {
    "source_id": pl.String, "sheet": pl.String, "row_number": pl.Int64,
    "product_name": pl.String, "subject_name": pl.String, "subject_type": pl.String,
    "layout": pl.String, "province_code": pl.String, "province_name": pl.String, "successor_code": pl.String,
    "district": pl.String, "commune": pl.String, "address": pl.String, "product_group": pl.String,
    "stars": pl.Int64, "status": pl.String, "decision": pl.String, "recognized_on": pl.Date,
    "recognized_year": pl.Int64, "score": pl.Float64,
    "product_key": pl.String, "subject_key": pl.String, "product_id": pl.String, "subject_id": pl.String,
    "rating_id": pl.String,
}

SHEET_CLAIM_SCHEMA = {
    "claim_id": pl.String, "source_id": pl.String, "sheet": pl.String, "row_number": pl.Int64, "cell": pl.String,
    "geo_level": pl.String, "geo_name": pl.String, "province_code": pl.String, "layout": pl.String,
    "region": pl.String, "place_exists_on_date": pl.Boolean, "year": pl.Int64, "as_of": pl.Date, "kind": pl.String,
    "metric": pl.String, "stars": pl.String, "subject_type": pl.String, "value": pl.Float64,
    "value_high": pl.Float64, "qualifier": pl.String, "quote": pl.String, "rule_id": pl.String,
    "decided_by": pl.String,
}

SUMMARY_METRICS = {
    "count_3": ("products", "3"), "count_4": ("products", "4"), "count_5": ("products", "5"),
    "count_potential_5": ("products", "potential_5"), "count_total": ("products", None),
    "count_subjects": ("subjects", None),
}


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
class SpreadsheetBatch:
    ratings: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    source_files: list[dict] = field(default_factory=list)

    def ratings_frame(self) -> pl.DataFrame:
        return pl.DataFrame(self.ratings, schema=RATING_ROW_SCHEMA)

    def claims_frame(self) -> pl.DataFrame:
        return pl.DataFrame(self.claims, schema=SHEET_CLAIM_SCHEMA)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


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
    return SheetContext(place, how, year, decision, decided_on, kind_of_phrase(title))


def ingest_spreadsheets(raw_dir: Path) -> SpreadsheetBatch:
    batch = SpreadsheetBatch()
    for raw in sources.scan(raw_dir, "spreadsheet"):
        record = file_record(raw.source_id, "spreadsheet", raw.sha256, raw.size_bytes)
        batch.source_files.append(record)
        try:
            grids = read_grids(raw.path)
        except UnreadableFile as exc:
            batch.rejections.append(Rejection(raw.source_id, "read", str(exc)))
            record.update(status="quarantined", error=str(exc))
            continue
        headers_found = 0
        for grid in grids:
            header = parse.find_header(grid.rows)
            if header is None:
                if any(any(row) for row in grid.rows):
                    batch.rejections.append(Rejection(
                        raw.source_id, "header", "no header row found: no column named like a product list "
                        "(tên sản phẩm + hạng sao) or a summary (3 sao, 4 sao …)", sheet=grid.sheet))
                continue
            headers_found += 1
            context = sheet_context(raw.path, grid, header)
            if header.kind == "product_list":
                _product_rows(raw.source_id, grid, header, context, batch, record)
            else:
                _summary_rows(raw.source_id, grid, header, context, batch, record)
        if headers_found == 0:
            record.update(status="quarantined", error="no sheet with a recognisable header")
            if not any(r.source_id == raw.source_id for r in batch.rejections):
                batch.rejections.append(Rejection(raw.source_id, "header", "no sheet with a recognisable header"))
        elif record["rows_quarantined"]:
            record["status"] = "partial"
    return batch


def _cell(row: list[str | None], header: parse.Header, name: str) -> str | None:
    j = header.columns.get(name)
    return row[j] if j is not None and j < len(row) else None


def _product_rows(source_id, grid, header, context, batch, record) -> None:
    section_district: str | None = None
    section_place: Place | None = None
    seen: dict[tuple, int] = {}
    for index in range(header.row_index + 1, len(grid.rows)):
        row = grid.rows[index]
        row_number = index + 1
        kind = parse.row_kind(row, header)
        if kind == "blank":
            continue
        if kind in ("section", "total", "footnote"):
            record["rows_structural"] += 1
            if kind == "section":
                text = parse.section_place(next(v for v in row if v))
                place = resolver().resolve(text, context.decided_on)
                if place is not None and place.level == "province":
                    section_place, section_district = place, None
                else:
                    section_district = parse.strip_admin_prefix(text)
            continue
        record["rows_read"] += 1
        raw_values = {header.labels[j] or _column_letter(j): v for j, v in enumerate(row) if v}

        def reject(reason: str, column: str | None = None, raw_values=raw_values, row_number=row_number) -> None:
            record["rows_quarantined"] += 1
            batch.rejections.append(Rejection(source_id, "row", reason, raw_values, grid.sheet, row_number, column))

        product = _cell(row, header, "product_name")
        if not product:
            reject("no product name", header.labels[header.columns["product_name"]])
            continue
        stars_text = _cell(row, header, "stars")
        stars, status_hint = parse.parse_stars(stars_text)
        stars_label = header.labels[header.columns["stars"]] if "stars" in header.columns else None
        if stars is None:
            reject(f"stars unreadable: {stars_text!r}" if stars_text else "no star rating", stars_label)
            continue
        if not 3 <= stars <= 5:
            reject(f"{stars} stars is outside 3-5: only 3, 4 and 5 stars are OCOP products", stars_label)
            continue
        decision, decided_on = parse.parse_decision(_cell(row, header, "decision"))
        decided_on = parse.parse_date(_cell(row, header, "decision_date")) or decided_on or context.decided_on
        decision = decision or context.decision
        year = (decided_on.year if decided_on else None) or parse.year_in(_cell(row, header, "year")) or context.year
        date = decided_on or (dt.date(year, 12, 31) if year else None)
        place, problem = _row_place(row, header, section_place, context, date)
        if place is None:
            reject(problem, "province")
            continue
        subject = _cell(row, header, "subject_name")
        product_key = parse.normalised_name(product)
        subject_key = parse.normalised_name(subject) if subject else None
        key = (product_key, subject_key, stars, decision, year)
        if key in seen:
            reject(f"exact duplicate of row {seen[key]}")
            continue
        seen[key] = row_number
        address = _cell(row, header, "address")
        commune = _cell(row, header, "commune") or _commune_in(address)
        successor = resolver().successor(place)
        successor_code = successor.province_code if successor else None
        batch.ratings.append({
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
            "stars": stars, "status": parse.parse_status(_cell(row, header, "status")) or status_hint,
            "decision": decision, "recognized_on": decided_on, "recognized_year": year,
            "score": _number(_cell(row, header, "score")),
        })
        record["rows_loaded"] += 1


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
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _summary_rows(source_id, grid, header, context, batch, record) -> None:
    place_col = header.columns.get("place", 0)
    for index in range(header.row_index + 1, len(grid.rows)):
        row = grid.rows[index]
        row_number = index + 1
        kind = parse.row_kind(row, header)
        if kind in ("blank", "footnote", "section"):
            if kind != "blank":
                record["rows_structural"] += 1
            continue
        label = row[place_col] if place_col < len(row) else None
        record["rows_read"] += 1
        raw_values = {header.labels[j] or _column_letter(j): v for j, v in enumerate(row) if v}
        date = context.decided_on or (dt.date(context.year, 12, 31) if context.year else None)
        if kind == "total":
            level, place, district = "province", context.place, None
        else:
            place = resolver().resolve(label, date) if label else None
            if place is not None and place.level == "province":
                level, district = "province", None
            else:
                level, district, place = "district", parse.strip_admin_prefix(label or ""), context.place
        if place is None or (level == "district" and not district):
            record["rows_quarantined"] += 1
            batch.rejections.append(Rejection(source_id, "row", f"unknown place {label!r} in a summary table",
                                              raw_values, grid.sheet, row_number, header.labels[place_col]))
            continue
        values = []
        for column, (metric, stars) in SUMMARY_METRICS.items():
            j = header.columns.get(column)
            value = _number(row[j]) if j is not None and j < len(row) else None
            if value is not None:
                values.append((j, metric, stars, value))
        if not values or any(v < 0 for *_, v in values):
            record["rows_quarantined"] += 1
            batch.rejections.append(Rejection(source_id, "row", "no readable count in a summary row" if not values
                                              else "negative count", raw_values, grid.sheet, row_number))
            continue
        province = resolver().resolve(place.name, date) or place
        for j, metric, stars, value in values:
            cell = f"{_column_letter(j)}{row_number}"
            batch.claims.append({
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
        record["rows_loaded"] += 1


# ---------------------------------------------------------------------------------------------------------------
# dimensions


def _key(*parts: str | None) -> str:
    return hashlib.sha1("|".join(p or "" for p in parts).encode()).hexdigest()[:16]


def build_dimensions(ratings: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """dim_subject, dim_product and fact_product_rating from loaded rating rows.

    A product is one name within one (from2025) province: recognised again or upgraded in a later year it keeps its
    id and gains a rating. Producers are keyed the same way.
    """
    rows = ratings.sort("recognized_on", "recognized_year", "source_id", "row_number", nulls_last=False)
    latest = rows.group_by("product_id", maintain_order=True).last()
    subject_of_product = rows.filter(pl.col("subject_id").is_not_null()).group_by("product_id").agg(
        pl.col("subject_id").last())
    dim_product = latest.drop("subject_id").join(subject_of_product, on="product_id", how="left").select(
        "product_id", "product_name", pl.col("product_key").alias("normalized_name"), "subject_id", "layout",
        "province_code", "province_name", pl.lit(FROM2025).alias("successor_layout"), "successor_code", "district",
        "commune", "product_group",
    ).sort("product_id")
    dim_subject = rows.filter(pl.col("subject_id").is_not_null()).group_by("subject_id", maintain_order=True).last().select(
        "subject_id", "subject_name", pl.col("subject_key").alias("normalized_name"), "subject_type", "layout",
        "province_code", "province_name", "address",
    ).sort("subject_id")
    fact = rows.select(
        "rating_id", "product_id", "stars", "status", "decision", "recognized_on", "recognized_year",
        pl.col("recognized_on").dt.offset_by(f"{CERTIFICATE_MONTHS}mo").alias("expires_on"),
        "layout", "province_code", "score", "source_id", "sheet", "row_number",
    ).sort("source_id", "sheet", "row_number")
    return dim_subject, dim_product, fact
