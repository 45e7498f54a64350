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


def split_valid(model: type[pa.DataFrameModel], frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Validate row by row: return (valid rows, failure cases with the offending row index and check).

    Frame-level faults (a missing column, a wrong dtype) are defects in our own code, not in the input, and raise.
    """
    try:
        return model.validate(frame, lazy=True), frame.clear().select([]).with_columns()
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        frame_level = cases.filter(pl.col("index").is_null())
        if frame_level.height:
            raise
        bad_rows = cases.get_column("index").unique().to_list()
        valid = frame.with_row_index("__row").filter(~pl.col("__row").is_in(bad_rows)).drop("__row")
        return model.validate(valid), cases
