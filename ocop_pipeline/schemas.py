"""pandera models, one per published table, validated on collected polars frames before anything is published."""

from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from ocop_pipeline.geography import LAYOUTS

REGION_CODES = ["TDMNPB", "DBSH", "BTBDHMT", "TN", "DNB", "DBSCL"]


class DimRegion(pa.DataFrameModel):
    region_code: str = pa.Field(unique=True, isin=REGION_CODES)
    region_name: str = pa.Field(unique=True)
    short_name: str
    aliases: list[str] = pa.Field(nullable=True)
    provinces_pre2025: int = pa.Field(ge=1)
    provinces_from2025: int = pa.Field(ge=1)

    class Config:
        strict = True


class DimProvince(pa.DataFrameModel):
    layout: str = pa.Field(isin=list(LAYOUTS))
    province_code: str = pa.Field(str_matches=r"^\d{2}$")
    province_name: str
    name_ascii: str = pa.Field(str_matches=r"^[A-Za-z \-]+$")
    kind: str = pa.Field(isin=["province", "city"])
    region_code: str = pa.Field(isin=REGION_CODES)
    region_name: str
    region_basis: str
    valid_from: dt.date
    valid_to: dt.date = pa.Field(nullable=True)
    aliases: list[str] = pa.Field(nullable=True)

    class Config:
        strict = True
        unique = ["layout", "province_code"]


class ProvinceMerger2025(pa.DataFrameModel):
    old_layout: str = pa.Field(isin=["pre2025"])
    old_province_code: str = pa.Field(unique=True, str_matches=r"^\d{2}$")
    old_province_name: str = pa.Field(unique=True)
    new_layout: str = pa.Field(isin=["from2025"])
    new_province_code: str = pa.Field(str_matches=r"^\d{2}$")
    new_province_name: str
    effective_date: dt.date
    name_kept: bool

    class Config:
        strict = True


NO_FAILURES = pl.DataFrame(schema={"index": pl.Int32, "column": pl.String, "check": pl.String, "failure_case": pl.String})


def split_valid(model: type[pa.DataFrameModel], frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Validate row by row: return (valid rows, failure cases with the offending row index and check).

    Frame-level faults (a missing column, a wrong dtype) are defects in our own code, not in the input, and raise.
    """
    try:
        return model.validate(frame, lazy=True), NO_FAILURES
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        frame_level = cases.filter(pl.col("index").is_null())
        if frame_level.height:
            raise
        bad_rows = cases.get_column("index").unique().to_list()
        valid = frame.with_row_index("__row").filter(~pl.col("__row").is_in(bad_rows)).drop("__row")
        return model.validate(valid), cases


GEO_LEVELS = ["national", "region", "province", "district"]
KINDS = ["cumulative", "new", "target"]
STARS = ["3", "4", "5", "potential_5"]
SUBJECT_TYPES = ["enterprise", "cooperative", "cooperative_group", "household"]
QUALIFIERS = ["at_least", "approx"]


class _ClaimFields(pa.DataFrameModel):
    """Columns every reported figure has, whether it came from an article or a summary table."""

    claim_id: str = pa.Field(unique=True)
    source_id: str
    geo_level: str = pa.Field(isin=GEO_LEVELS)
    geo_name: str
    province_code: str = pa.Field(nullable=True, str_matches=r"^\d{2}$")
    layout: str = pa.Field(nullable=True, isin=list(LAYOUTS))
    region: str = pa.Field(nullable=True)
    place_exists_on_date: bool
    year: int = pa.Field(nullable=True, ge=2008, le=2040)
    as_of: dt.date = pa.Field(nullable=True)
    kind: str = pa.Field(isin=KINDS)
    metric: str = pa.Field(str_matches=r"^[a-z_0-9]+$")
    stars: str = pa.Field(nullable=True, isin=STARS)
    subject_type: str = pa.Field(nullable=True, isin=SUBJECT_TYPES)
    value: float = pa.Field(ge=0)
    value_high: float = pa.Field(nullable=True, ge=0)
    qualifier: str = pa.Field(nullable=True, isin=QUALIFIERS)
    quote: str = pa.Field(str_length={"min_value": 1})
    rule_id: str
    decided_by: str

    @pa.dataframe_check
    def province_keys_carry_their_layout(cls, data) -> pl.LazyFrame:
        """A claim that names a province names its layout too (codes were reused in 2025)."""
        return data.lazyframe.select(pl.col("province_code").is_null() | pl.col("layout").is_not_null())


class ArticleClaims(_ClaimFields):
    applies_to_share_pct: float = pa.Field(nullable=True, ge=0, le=100)
    span_start: int = pa.Field(ge=0)
    span_end: int = pa.Field(ge=1)
    block: str = pa.Field(isin=["body", "title", "related_headline", "caption"])

    class Config:
        strict = True


class Articles(pa.DataFrameModel):
    source_id: str = pa.Field(unique=True)
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    encoding: str = pa.Field(nullable=True)
    url: str = pa.Field(nullable=True)
    outlet: str = pa.Field(nullable=True)
    published: dt.date = pa.Field(nullable=True)
    published_from: str = pa.Field(nullable=True, isin=["manifest", "text"])
    province_name: str = pa.Field(nullable=True)
    province_code: str = pa.Field(nullable=True)
    layout: str = pa.Field(nullable=True, isin=list(LAYOUTS))
    characters: int = pa.Field(ge=0)
    claims: int = pa.Field(ge=0)
    claims_quarantined: int = pa.Field(ge=0)
    status: str = pa.Field(isin=["loaded", "quarantined"])
    error: str = pa.Field(nullable=True)

    class Config:
        strict = True


class Quarantine(pa.DataFrameModel):
    source_id: str
    stage: str
    sheet: str = pa.Field(nullable=True)
    row_number: int = pa.Field(nullable=True)
    column_name: str = pa.Field(nullable=True)
    reason: str = pa.Field(str_length={"min_value": 1})
    raw_values: str = pa.Field(nullable=True)

    class Config:
        strict = True


class SourceFiles(pa.DataFrameModel):
    source_id: str = pa.Field(unique=True)
    kind: str = pa.Field(isin=["article", "manifest", "spreadsheet"])
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    size_bytes: int = pa.Field(ge=0)
    rows_read: int = pa.Field(ge=0)
    rows_loaded: int = pa.Field(ge=0)
    rows_quarantined: int = pa.Field(ge=0)
    rows_structural: int = pa.Field(ge=0)
    status: str = pa.Field(isin=["loaded", "partial", "quarantined"])
    error: str = pa.Field(nullable=True)

    class Config:
        strict = True

    @pa.dataframe_check
    def every_row_read_is_loaded_or_quarantined(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("rows_read") == pl.col("rows_loaded") + pl.col("rows_quarantined"))


class DimSubject(pa.DataFrameModel):
    subject_id: str = pa.Field(unique=True)
    subject_name: str
    normalized_name: str
    subject_type: str = pa.Field(nullable=True, isin=SUBJECT_TYPES)
    layout: str = pa.Field(isin=list(LAYOUTS))
    province_code: str = pa.Field(str_matches=r"^\d{2}$")
    province_name: str
    address: str = pa.Field(nullable=True)

    class Config:
        strict = True


class DimProduct(pa.DataFrameModel):
    product_id: str = pa.Field(unique=True)
    product_name: str
    normalized_name: str
    subject_id: str = pa.Field(nullable=True)
    layout: str = pa.Field(isin=list(LAYOUTS))
    province_code: str = pa.Field(str_matches=r"^\d{2}$")
    province_name: str
    successor_layout: str = pa.Field(isin=["from2025"])
    successor_code: str = pa.Field(str_matches=r"^\d{2}$")
    district: str = pa.Field(nullable=True)
    commune: str = pa.Field(nullable=True)
    product_group: str = pa.Field(nullable=True)

    class Config:
        strict = True


class FactProductRating(pa.DataFrameModel):
    rating_id: str = pa.Field(unique=True)
    product_id: str
    stars: int = pa.Field(isin=[3, 4, 5])
    status: str = pa.Field(nullable=True, isin=["new", "re_evaluated", "upgraded"])
    decision: str = pa.Field(nullable=True)
    recognized_on: dt.date = pa.Field(nullable=True)
    recognized_year: int = pa.Field(nullable=True, ge=2008, le=2040)
    expires_on: dt.date = pa.Field(nullable=True)
    layout: str = pa.Field(isin=list(LAYOUTS))
    province_code: str = pa.Field(str_matches=r"^\d{2}$")
    score: float = pa.Field(nullable=True, ge=0, le=100)
    source_id: str
    sheet: str
    row_number: int = pa.Field(ge=1)

    class Config:
        strict = True


class SheetClaims(_ClaimFields):
    sheet: str
    row_number: int = pa.Field(ge=1)
    cell: str = pa.Field(str_matches=r"^[A-Z]+\d+$")

    class Config:
        strict = True
