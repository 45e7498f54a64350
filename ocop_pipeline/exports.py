"""Exports for analysts who live in Excel or other tools, written beside the warehouse with each publish.

* ``<name>_tables.xlsx``: one sheet per analyst view (``sql/views``), a ``data_dictionary`` sheet of every table, view
  and column with its type and description (the warehouse's own comments, from ``contracts.py`` and ``sql/views``),
  and an ``about`` sheet saying where it came from;
* ``<name>_parquet/``: every table as ``<table>.parquet`` (DuckDB ``COPY … (FORMAT parquet)``).

Both are read from the published warehouse alone, opened read-only, and replace the previous ones atomically: the
workbook through a temporary file and ``os.replace``; the Parquet folder is a symbolic link to a versioned folder
(``.<name>_parquet.<time>``), switched in one ``os.replace`` once every file is written, so a reader always sees one
complete set. The previous set is kept until the next export (a reader may still be reading it). One export of a
warehouse at a time (a lock beside it).

Neither is written again for nothing: a Parquet file whose table was loaded from the same frame as before is linked
into the new set, and the workbook is left as it is when every table its sheets show (all but ``refresh_log``, which
no view reads) was loaded from the same frames by the same code as when it was written (its ``about`` sheet then
keeps the time it was written). Writing it took 0.17 s of a nothing-changed refresh at 10,000 articles.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl
from filelock import FileLock

from ocop_pipeline import cache
from ocop_pipeline.cache import records_dir
from ocop_pipeline.config import SQL_DIR
from ocop_pipeline.report import outputs_beside, sections_key
from ocop_pipeline.warehouse import file_identity, open_published

EXCEL_MAX_ROWS = 1_048_575  # rows of a sheet below its header
EXPORT_LOCK_TIMEOUT_S = 600.0


@dataclass
class ExportResult:
    workbook: Path
    parquet: Path
    sheets: dict[str, int]  # sheet -> data rows written
    tables: dict[str, int]  # table -> rows written to Parquet
    seconds: float = 0.0
    truncated: dict[str, int] = field(default_factory=dict)  # sheet -> rows of the view not in the sheet
    workbook_kept: bool = False  # the workbook written earlier from the same tables by the same code, left as it was


def views(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND NOT internal "
        "ORDER BY view_name").fetchall()]


def tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY table_name"
    ).fetchall()]


DICTIONARY_SQL = """
SELECT o.object_name AS "object", o.object_type, NULL AS "column", NULL AS data_type, o.comment AS description,
       0 AS column_index
FROM (SELECT table_name AS object_name, 'table' AS object_type, comment FROM duckdb_tables()
      WHERE database_name = current_database()
      UNION ALL
      SELECT view_name, 'view', comment FROM duckdb_views() WHERE database_name = current_database() AND NOT internal) o
UNION ALL
SELECT c.table_name, CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END, c.column_name, c.data_type,
       c.comment, c.column_index
FROM duckdb_columns() c
LEFT JOIN duckdb_views() v ON v.database_name = c.database_name AND v.view_name = c.table_name
WHERE c.database_name = current_database() AND NOT c.internal
ORDER BY 2 DESC, 1, 6
"""


def data_dictionary(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """Every table and view (a row with column NULL) and each of its columns, with its type and description."""
    return con.sql(DICTIONARY_SQL).pl().drop("column_index")


def _for_excel(frame: pl.DataFrame) -> pl.DataFrame:
    """Nested values (lists, structs) as text: a cell holds one value."""
    nested = [c for c, t in frame.schema.items() if isinstance(t, (pl.List, pl.Struct, pl.Array))]
    return frame.with_columns(pl.col(c).map_elements(lambda v: None if v is None else str(v),
                                                     return_dtype=pl.String) for c in nested) if nested else frame


def write_workbook(con: duckdb.DuckDBPyConnection, path: Path, source: Path) -> tuple[dict[str, int], dict[str, int]]:
    """The analyst views, the data dictionary and an about sheet, written atomically; (rows per sheet, truncated)."""
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    written, truncated = {}, {}
    try:
        with xlsxwriter.Workbook(str(partial)) as book:
            sheets = []
            for view in views(con):
                frame = _for_excel(con.sql(f'SELECT * FROM "{view}"').pl())
                if frame.height > EXCEL_MAX_ROWS:
                    truncated[view[:31]] = frame.height - EXCEL_MAX_ROWS
                    frame = frame.head(EXCEL_MAX_ROWS)
                sheets.append((view[:31], frame))
            sheets.append(("data_dictionary", data_dictionary(con)))
            about = [("warehouse", str(source)),
                     ("written", dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")),
                     ("sheets", "one per analyst view of the warehouse, and data_dictionary: every table, view and "
                                "column with its type and description"),
                     ("every table", "as Parquet in the folder beside this workbook")]
            about += [(f"truncated: {sheet}", f"{rows:,} rows are not in this sheet (Excel's limit): use the "
                                              "warehouse or the Parquet files") for sheet, rows in truncated.items()]
            about_sheet = book.add_worksheet("about")
            about_sheet.set_column(0, 0, 22)
            about_sheet.set_column(1, 1, 110)
            for i, (key, value) in enumerate(about):
                about_sheet.write_string(i, 0, key)
                about_sheet.write_string(i, 1, value)
            for name, frame in sheets:
                frame.write_excel(workbook=book, worksheet=name, autofit=True, float_precision=1,
                                  freeze_panes=(1, 0), table_style="Table Style Light 9")
                written[name] = frame.height
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return written, truncated


def workbook_key(digests: dict[str, str], fingerprint: str, source: Path) -> str:
    """What the workbook of ``source`` is made of: the frames its tables were loaded from
    (``report.sections_key``: every table but refresh_log) and the code; "" (never kept) when that is not known or
    when a view reads refresh_log, which every publish extends."""
    if any("refresh_log" in view.read_text(encoding="utf-8") for view in (SQL_DIR / "views").glob("*.sql")):
        return ""
    tables_key = sections_key(digests, fingerprint)
    return f"{tables_key} {source}" if tables_key else ""


def _kept_workbook(record: Path, path: Path, key: str) -> tuple[dict[str, int], dict[str, int]] | None:
    """The sheets of the workbook at ``path`` when its record says it was written under ``key`` and it is the very
    file then written (inode, size, time of its last write); otherwise None."""
    if not key:
        return None
    try:
        kept = json.loads(record.read_text(encoding="utf-8"))
        if kept["key"] == key and kept["file"] == file_identity(path):
            return dict(kept["sheets"]), dict(kept["truncated"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _record_workbook(record: Path, path: Path, key: str, sheets: dict[str, int], truncated: dict[str, int]) -> None:
    try:
        if not key:
            record.unlink(missing_ok=True)
            return
        cache.write_atomic(record, json.dumps({"key": key, "file": file_identity(path), "sheets": sheets,
                                               "truncated": truncated}).encode(), durable=False)
    except OSError:
        record.unlink(missing_ok=True)


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


@dataclass(frozen=True)
class Loaded:
    """What the tables being exported were loaded from (``warehouse.published_digests``, by the code of
    ``fingerprint``), and where the record of the Parquet set's own digests is kept."""

    digests: dict[str, str]
    fingerprint: str
    record: Path


def _unchanged_files(folder: Path, loaded: Loaded) -> tuple[Path | None, set[str]]:
    """The current Parquet set and its tables loaded from the same frames as now, when its record names it and the
    same code wrote it."""
    try:
        record = json.loads(loaded.record.read_text(encoding="utf-8"))
        current = folder.with_name(os.readlink(folder))
        if record["version"] == current.name and record["fingerprint"] == loaded.fingerprint and current.is_dir():
            return current, {n for n, d in record["digests"].items() if loaded.digests.get(n) == d}
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None, set()


def _link(existing: Path, new: Path) -> bool:
    try:
        os.link(existing, new)
        return True
    except OSError:
        return False


def write_parquet(con: duckdb.DuckDBPyConnection, folder: Path, loaded: Loaded | None = None) -> dict[str, int]:
    """Every table as Parquet in a new versioned folder, then ``folder`` (a symbolic link) switched to it.

    With ``loaded``, a table loaded from the same frame as its file in the current set is linked into the new folder
    (a second name of that file, which is never written again) instead of written: writing every table took 1.5 s at
    100,000 articles, for files most of which held the same rows as before."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    version = folder.with_name(f".{folder.name}.{stamp}-{os.getpid()}")
    version.mkdir()
    current, same = _unchanged_files(folder, loaded) if loaded and loaded.digests else (None, set())
    written = {}
    try:
        for name in tables(con):
            target = version / f"{name}.parquet"
            if not (name in same and _link(current / target.name, target)):
                con.execute(f'COPY (SELECT * FROM "{name}") TO {_sql_path(target)} (FORMAT parquet)')
            written[name] = con.execute(f"SELECT count(*) FROM read_parquet({_sql_path(target)})").fetchall()[0][0]
    except BaseException:
        shutil.rmtree(version, ignore_errors=True)
        raise
    if loaded:
        _record(loaded, version, written)
    previous = os.readlink(folder) if folder.is_symlink() else None
    if folder.exists() and not folder.is_symlink():  # a plain folder from elsewhere: set aside as a version
        folder.rename(folder.with_name(f".{folder.name}.{stamp}-replaced"))
    link = folder.with_name(f".{folder.name}.{os.getpid()}.link")
    link.unlink(missing_ok=True)
    os.symlink(version.name, link)
    os.replace(link, folder)
    keep = {version.name, previous}
    for old in folder.parent.glob(f".{folder.name}.*"):
        if old.name not in keep and old.is_dir() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
    return written


def _record(loaded: Loaded, version: Path, written: dict[str, int]) -> None:
    """Record the digests of the new set before the link is switched to it: a record naming a set the link does not
    point to is never believed, so a crash in between only costs the next export its links."""
    try:
        if not loaded.digests:
            loaded.record.unlink(missing_ok=True)
            return
        loaded.record.parent.mkdir(parents=True, exist_ok=True)
        cache.write_atomic(loaded.record, json.dumps({
            "version": version.name, "fingerprint": loaded.fingerprint,
            "digests": {name: loaded.digests[name] for name in written if name in loaded.digests}}).encode(),
            durable=False)
    except OSError:
        loaded.record.unlink(missing_ok=True)


def export_all(warehouse: Path) -> ExportResult:
    """The workbook and the Parquet export of ``warehouse``, beside it, from a read-only connection."""
    started = time.perf_counter()
    warehouse = Path(warehouse)
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}: run make run first (or give the path of one)")
    outputs = outputs_beside(warehouse)
    lock = FileLock(str(warehouse.with_name(f".{warehouse.name}.exports.lock")), timeout=EXPORT_LOCK_TIMEOUT_S)
    fingerprint = cache.pipeline_fingerprint()
    with lock:
        con, digests = open_published(warehouse, fingerprint)
        try:
            key, record = workbook_key(digests, fingerprint, warehouse), records_dir(warehouse) / "workbook.json"
            kept = _kept_workbook(record, outputs.workbook, key)
            if kept is None:
                record.unlink(missing_ok=True)
                sheets, truncated = write_workbook(con, outputs.workbook, warehouse)
                _record_workbook(record, outputs.workbook, key, sheets, truncated)
            else:
                sheets, truncated = kept
            written = write_parquet(con, outputs.parquet, Loaded(digests, fingerprint,
                                                                 records_dir(warehouse) / "parquet_tables.json"))
        finally:
            con.close()
    return ExportResult(outputs.workbook, outputs.parquet, sheets, written, time.perf_counter() - started,
                        truncated, kept is not None)
