"""The quarantine: every rejected file, row or claim with its reason, so that nothing disappears silently.

One shape serves every ingest path; ``source_files`` then proves, per file, read = loaded + quarantined.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import polars as pl

QUARANTINE_SCHEMA = {
    "source_id": pl.String,
    "stage": pl.String,
    "sheet": pl.String,
    "row_number": pl.Int64,
    "column_name": pl.String,
    "reason": pl.String,
    "raw_values": pl.String,
}

SOURCE_FILES_SCHEMA = {
    "source_id": pl.String,
    "kind": pl.String,
    "sha256": pl.String,
    "size_bytes": pl.Int64,
    "rows_read": pl.Int64,
    "rows_loaded": pl.Int64,
    "rows_quarantined": pl.Int64,
    "rows_structural": pl.Int64,
    "status": pl.String,
    "error": pl.String,
}


@dataclass(frozen=True)
class Rejection:
    source_id: str
    stage: str  # decode | manifest | extract | validate | read | header | row
    reason: str
    raw_values: dict[str, Any] | None = None
    sheet: str | None = None
    row_number: int | None = None
    column_name: str | None = None

    def as_row(self) -> dict[str, Any]:
        return {
            "source_id": self.source_id,
            "stage": self.stage,
            "sheet": self.sheet,
            "row_number": self.row_number,
            "column_name": self.column_name,
            "reason": self.reason,
            "raw_values": None if self.raw_values is None else json.dumps(self.raw_values, ensure_ascii=False, default=str),
        }


def file_record(source_id: str, kind: str, sha256: str, size_bytes: int) -> dict[str, Any]:
    """A fresh ``source_files`` row; ingest paths count rows into it as they go."""
    return {"source_id": source_id, "kind": kind, "sha256": sha256, "size_bytes": size_bytes, "rows_read": 0,
            "rows_loaded": 0, "rows_quarantined": 0, "rows_structural": 0, "status": "loaded", "error": None}


def quarantine_frame(rejections: list[Rejection]) -> pl.DataFrame:
    return pl.DataFrame([r.as_row() for r in rejections], schema=QUARANTINE_SCHEMA)


def source_files_frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=SOURCE_FILES_SCHEMA)
