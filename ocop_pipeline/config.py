"""Where the pipeline reads and writes, and the run's safety settings.

Read from the environment at call time, so a test, ``make run`` or a Dagster run (through ``OcopSettings``) can point
elsewhere. Every variable is documented in the README's "Inputs and outputs" table.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SQL_DIR = PROJECT_ROOT / "sql"

DEFAULT_RAW_DIR = "data/raw"
DEFAULT_WAREHOUSE = "data/warehouse/ocop.duckdb"
# A publish that loses more than this share of readable files, claims or ratings is refused unless accepted.
DEFAULT_MAX_SHRINK_SHARE = 0.5
# How long a refresh waits for another refresh of the same warehouse before giving up.
DEFAULT_LOCK_TIMEOUT_S = 1800.0
# How long the raw folder must be quiet before the sensor requests a refresh (a copy may be in progress).
DEFAULT_SENSOR_SETTLE_S = 10.0

# DuckDB 2.0 writes a storage format 1.x cannot open unless asked to stay compatible.
STORAGE_COMPATIBILITY_VERSION = "v1.4.0"


def raw_dir() -> Path:
    """Input folder (``OCOP_RAW_DIR``, default ``data/raw``); relative paths are taken from the working directory."""
    return Path(os.environ.get("OCOP_RAW_DIR") or DEFAULT_RAW_DIR).resolve()


def warehouse_path() -> Path:
    """Published DuckDB file (``OCOP_WAREHOUSE``, default ``data/warehouse/ocop.duckdb``)."""
    return Path(os.environ.get("OCOP_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


def accept_shrink() -> bool:
    """``OCOP_ACCEPT_SHRINK=1`` publishes a warehouse much smaller than the published one (a deliberate clean-up)."""
    return os.environ.get("OCOP_ACCEPT_SHRINK", "").strip().lower() in ("1", "true", "yes", "on")


def max_shrink_share() -> float:
    """``OCOP_MAX_SHRINK`` (0–1, default 0.5): the largest share by which a publish may shrink without acceptance."""
    raw = os.environ.get("OCOP_MAX_SHRINK", "").strip()
    if not raw:
        return DEFAULT_MAX_SHRINK_SHARE
    value = float(raw)
    if not 0 <= value <= 1:
        raise ValueError(f"OCOP_MAX_SHRINK={raw} must be a share between 0 and 1")
    return value


def lock_timeout_s() -> float:
    """``OCOP_LOCK_TIMEOUT`` (seconds): how long a refresh waits for another refresh of the same warehouse."""
    raw = os.environ.get("OCOP_LOCK_TIMEOUT", "").strip()
    return float(raw) if raw else DEFAULT_LOCK_TIMEOUT_S


def sensor_settle_s() -> float:
    """``OCOP_SENSOR_SETTLE`` (seconds, default 10): how long the raw folder must be quiet before the sensor requests
    a refresh."""
    raw = os.environ.get("OCOP_SENSOR_SETTLE", "").strip()
    return float(raw) if raw else DEFAULT_SENSOR_SETTLE_S


def progress_bar() -> bool:
    """``OCOP_PROGRESS_BAR=0`` hides the progress bar ``make run`` draws on a terminal."""
    return os.environ.get("OCOP_PROGRESS_BAR", "1").strip() != "0"


def workers() -> int:
    """``OCOP_WORKERS``: how many processes parse article files at once (default: one per core; 1 parses in the
    run's own process). The result is the same whatever the number."""
    raw = os.environ.get("OCOP_WORKERS", "").strip()
    if raw:
        return max(1, int(raw))
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
