"""Build the DuckDB warehouse into a fresh file, check it, and publish it atomically.

Analysts keep read-only connections to the published file while the nightly refresh runs. DuckDB allows one writer or
many readers of a file, never both, so the refresh never opens the published file: it writes ``<name>.<run>.build``
beside it and ``os.replace``-s it over the published path only after every blocking check passed. Open readers keep
the old file (Linux keeps its inode alive) until they reconnect; a failed build leaves the published file untouched.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

from ocop_pipeline.config import SQL_DIR, STORAGE_COMPATIBILITY_VERSION

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckOutcome:
    name: str
    description: str
    blocking: bool
    faults: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.faults


@dataclass(frozen=True)
class WarehouseCheck:
    """A SQL file under ``sql/checks`` whose every returned row (first column) is a fault."""

    name: str
    description: str
    sql_file: str
    blocking: bool = True


WAREHOUSE_CHECKS: tuple[WarehouseCheck, ...] = (
    WarehouseCheck(
        "reference_geography",
        "63 pre2025 units (13 in Đồng bằng sông Cửu Long), 34 from2025 units, 6 regions, every old unit mapped once.",
        "reference_geography.sql",
    ),
    WarehouseCheck(
        "rows_accounted",
        "For every input file, items read = loaded + quarantined, and every quarantined item has its quarantine row.",
        "rows_accounted.sql",
    ),
    WarehouseCheck(
        "claims_traceable",
        "Every claim's quote has its span's length; every province key (claims, ratings) carries a layout found in dim_province; every rating has its product.",
        "claims_traceable.sql",
    ),
    WarehouseCheck(
        "reconciliation_structure",
        "No negative counts, stars outside the set, coverage above 100 % or province key without layout.",
        "reconciliation_structure.sql",
    ),
    WarehouseCheck(
        "documented_tables",
        "Every published table, view and column has a COMMENT.",
        "documented_tables.sql",
    ),
)


class PublishRefused(RuntimeError):
    """A blocking check failed: the build was not published."""


def read_sql(relative: str) -> str:
    return (SQL_DIR / relative).read_text(encoding="utf-8")


def table_sql_files() -> list[Path]:
    """DDL files in build order (their numeric prefix)."""
    return sorted((SQL_DIR / "tables").glob("*.sql"))


def table_name_of(sql_file: Path) -> str:
    return sql_file.stem.split("_", 1)[1]


def published_tables() -> list[str]:
    return [table_name_of(f) for f in table_sql_files()]


@cache
def table_docs() -> dict[str, tuple[str, dict[str, str]]]:
    """Table and column comments of every published table, read from its DDL: the one data dictionary that the
    warehouse, the Dagster UI and the tests share."""
    con = duckdb.connect()
    try:
        for sql_file in table_sql_files():
            con.execute(sql_file.read_text(encoding="utf-8"))
        tables = dict(con.execute("SELECT table_name, comment FROM duckdb_tables()").fetchall())
        docs = {name: (comment or "", {}) for name, comment in tables.items()}
        for table, column, comment in con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns()"
        ).fetchall():
            if table in docs:
                docs[table][1][column] = comment or ""
        return docs
    finally:
        con.close()


def connect_for_build(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION})


def build_path_for(target: Path, run_tag: str) -> Path:
    return target.with_name(f"{target.name}.{run_tag}.build")


def remove_stale_builds(target: Path) -> list[Path]:
    stale = sorted(target.parent.glob(f"{target.name}.*.build")) + sorted(target.parent.glob(f"{target.name}.*.build.wal"))
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def build_warehouse(tables: Mapping[str, pl.DataFrame], build_path: Path) -> dict[str, int]:
    """Create every table from ``sql/tables``, load its frame, create ``sql/views``; return row counts."""
    missing = [name for name in published_tables() if name not in tables]
    if missing:
        raise ValueError(f"no data given for tables {missing}")
    build_path.parent.mkdir(parents=True, exist_ok=True)
    build_path.unlink(missing_ok=True)
    counts: dict[str, int] = {}
    con = connect_for_build(build_path)
    try:
        for sql_file in table_sql_files():
            name = table_name_of(sql_file)
            con.execute(sql_file.read_text(encoding="utf-8"))
            frame = tables[name]  # noqa: F841 - read by DuckDB's replacement scan below
            con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM frame')
            counts[name] = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for view_file in sorted((SQL_DIR / "views").glob("*.sql")):
            con.execute(view_file.read_text(encoding="utf-8"))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return counts


def run_checks(path: Path, checks: tuple[WarehouseCheck, ...] = WAREHOUSE_CHECKS) -> list[CheckOutcome]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        outcomes = []
        for check in checks:
            rows = con.execute(read_sql(f"checks/{check.sql_file}")).fetchall()
            outcomes.append(CheckOutcome(check.name, check.description, check.blocking, [str(r[0]) for r in rows]))
        return outcomes
    finally:
        con.close()


def publish(build_path: Path, target: Path, outcomes: list[CheckOutcome]) -> Path:
    """Replace ``target`` by ``build_path`` atomically, unless a blocking check failed."""
    failed = [o for o in outcomes if o.blocking and not o.passed]
    if failed:
        reasons = "; ".join(f"{o.name}: {', '.join(o.faults[:5])}" for o in failed)
        raise PublishRefused(f"{target} left as it was, because blocking checks failed: {reasons}")
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(build_path, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(build_path, target)
    directory = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    log.info("published %s", target)
    return target


def table_row_counts(path: Path) -> dict[str, int]:
    """Row count of every base table of a warehouse, opened read-only."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY table_name"
        ).fetchall()]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()
