"""Where the pipeline reads and writes. Read at call time so a test or a run can point elsewhere via the environment."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SQL_DIR = PROJECT_ROOT / "sql"

DEFAULT_RAW_DIR = "data/raw"
DEFAULT_WAREHOUSE = "data/warehouse/ocop.duckdb"

# DuckDB 2.0 writes a storage format 1.x cannot open unless asked to stay compatible.
STORAGE_COMPATIBILITY_VERSION = "v1.4.0"


def raw_dir() -> Path:
    """Input folder (``OCOP_RAW_DIR``, default ``data/raw``); relative paths are taken from the working directory."""
    return Path(os.environ.get("OCOP_RAW_DIR") or DEFAULT_RAW_DIR).resolve()


def warehouse_path() -> Path:
    """Published DuckDB file (``OCOP_WAREHOUSE``, default ``data/warehouse/ocop.duckdb``)."""
    return Path(os.environ.get("OCOP_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()
