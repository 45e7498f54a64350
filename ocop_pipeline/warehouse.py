"""Build the DuckDB warehouse into a fresh file, check it, and publish it atomically; one refresh at a time.

Analysts keep read-only connections to the published file while the nightly refresh runs. DuckDB allows one writer or
many readers of a file, never both, so the refresh never opens the published file: it writes ``<name>.<run>.build``
beside it and ``os.replace``-s it over the published path only after every blocking check passed. Open readers keep
the old file (Linux keeps its inode alive) until they reconnect; a failed build leaves the published file untouched.
A build may start as a byte copy of the published file (read as a file, never opened by DuckDB), keeping the tables
that were loaded from the same frames (``published_digests``) and writing the others again.

Two refreshes of one warehouse never break each other: a refresh holds ``<name>.refresh.lock`` for its whole run
(the second waits, then gives up with a message naming the first), and each build file is guarded by a lock of its
own, so a build file is only ever removed when the process that wrote it is gone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl
from filelock import FileLock, Timeout

from ocop_pipeline.cache import records_dir
from ocop_pipeline.config import SQL_DIR, STORAGE_COMPATIBILITY_VERSION
from ocop_pipeline.contracts import PUBLISHED, published_tables

log = logging.getLogger(__name__)
__all__ = ["published_tables"]

# Tables the publishing step writes itself (the refresh history); every other published table comes from an asset.
PUBLISH_STEP_TABLES = ("refresh_log",)


def asset_tables() -> list[str]:
    """The published tables that assets produce and ``ocop_warehouse`` takes as inputs."""
    return [name for name in published_tables() if name not in PUBLISH_STEP_TABLES]


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
SHRINK_CHECK = "not_smaller_than_published"
SHRINK_DESCRIPTION = ("Readable input files, claims and ratings did not fall by more than the allowed share compared "
                      "with the published warehouse, and the raw folder held a readable file "
                      "(OCOP_ACCEPT_SHRINK=1 accepts a deliberate shrink).")


class PublishRefused(RuntimeError):
    """A blocking check failed: the build was not published."""


class RefreshBusy(RuntimeError):
    """Another refresh of the same warehouse holds its lock."""


def read_sql(relative: str) -> str:
    return (SQL_DIR / relative).read_text(encoding="utf-8")


def table_docs() -> dict[str, tuple[str, dict[str, str]]]:
    """Table and column descriptions of every published table (from ``contracts``), for the Dagster UI."""
    return {name: (table.doc, table.docs()) for name, table in PUBLISHED.items()}


def connect_for_build(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION})


# ----------------------------------------------------------------------------------------------------------------
# one refresh at a time, and build files that belong to a live run


def refresh_lock_path(target: Path) -> Path:
    return target.with_name(f"{target.name}.refresh.lock")


def refresh_info_path(target: Path) -> Path:
    return target.with_name(f"{target.name}.refresh.json")


def running_refresh(target: Path) -> dict | None:
    """Who holds the refresh lock of ``target`` now (run id, pid, start), or None when no refresh runs."""
    lock = FileLock(refresh_lock_path(target), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        try:
            return json.loads(refresh_info_path(target).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"run_id": "unknown", "pid": None, "started": None}
    except OSError:
        return None
    lock.release()
    return None


_HELD: dict[tuple[Path, str], int] = {}  # refresh locks this process holds, by warehouse and run


@contextmanager
def refresh_lock(target: Path, run_id: str, timeout_s: float, say=log.info) -> Iterator[bool]:
    """Hold the refresh lock of ``target`` for the duration; wait up to ``timeout_s`` for another refresh to end.

    Re-entrant for one run (a run's resources may ask for it more than once: yields False then, True when this call
    took the lock); another run waits, even in this process.
    """
    held = (target, run_id)
    if _HELD.get(held):
        _HELD[held] += 1
        try:
            yield False
        finally:
            _HELD[held] -= 1
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(refresh_lock_path(target), timeout=0)
    deadline = time.monotonic() + timeout_s
    next_message = 0.0
    while True:
        try:
            lock.acquire()
            break
        except Timeout:
            holder = running_refresh(target) or {}
            if time.monotonic() >= deadline:
                raise RefreshBusy(
                    f"another refresh of {target} is running (run {holder.get('run_id')}, pid {holder.get('pid')}, "
                    f"started {holder.get('started')}); gave up after {timeout_s:g} s. Wait for it, or raise "
                    "OCOP_LOCK_TIMEOUT.") from None
            if time.monotonic() >= next_message:
                say(f"waiting for the refresh of {target} by run {holder.get('run_id')} (pid {holder.get('pid')}) "
                    "to finish")
                next_message = time.monotonic() + 30
            time.sleep(0.5)
    _HELD[held] = 1
    try:
        refresh_info_path(target).write_text(json.dumps({
            "run_id": run_id, "pid": os.getpid(), "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }), encoding="utf-8")
        yield True
    finally:
        del _HELD[held]
        refresh_info_path(target).unlink(missing_ok=True)
        lock.release()


def build_path_for(target: Path, run_tag: str) -> Path:
    return target.with_name(f"{target.name}.{run_tag}.build")


def _build_lock(build_path: Path) -> FileLock:
    return FileLock(build_path.with_name(build_path.name + ".lock"), timeout=0)


@contextmanager
def build_file(target: Path, run_tag: str) -> Iterator[Path]:
    """A build file path guarded by a lock held while this process lives; the file stays after a failure (for
    inspection) and is removed by the next refresh once the lock is free."""
    path = build_path_for(target, run_tag)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = _build_lock(path)
    lock.acquire()
    try:
        yield path
    finally:
        lock.release()
        if not path.exists():  # published (moved over the target): nothing left to guard
            Path(lock.lock_file).unlink(missing_ok=True)


def remove_stale_builds(target: Path) -> list[Path]:
    """Remove build files (and their WAL) whose writer is gone; a build file whose lock is held is left alone."""
    removed = []
    for path in sorted(target.parent.glob(f"{target.name}.*.build")):
        lock = _build_lock(path)
        try:
            lock.acquire()
        except Timeout:
            continue  # a live run is writing it
        try:
            for stale in (path, path.with_name(path.name + ".wal")):
                if stale.exists():
                    stale.unlink()
                    removed.append(stale)
        finally:
            lock.release()
            Path(lock.lock_file).unlink(missing_ok=True)
    for leftover in sorted([*target.parent.glob(f"{target.name}.*.build.wal"),
                            *target.parent.glob(f"{target.name}.*.build.digests.json")]):
        if not leftover.with_name(leftover.name.rsplit(".build.", 1)[0] + ".build").exists():
            leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


# ----------------------------------------------------------------------------------------------------------------
# build, check, publish


def build_warehouse(tables: Mapping[str, pl.DataFrame], build_path: Path, published: Path | None = None,
                    fingerprint: str = "") -> dict[str, int]:
    """Create every table from its contract, load its frame in key order, create ``sql/views``; return row counts.

    With ``published`` (the warehouse this build will replace) and the code's ``fingerprint``: the build starts as a
    copy of the published file when the digests it was built from (``published_digests``) show some of its tables
    loaded from the same frames, and only the other tables are written again. A nothing-changed refresh at 100,000
    articles wrote 0.7 million rows of claims twice, 6 s, to publish the same tables with one more refresh_log row.
    The frames' digests are kept beside the build for ``publish``."""
    missing = [name for name in published_tables() if name not in tables]
    if missing:
        raise ValueError(f"no data given for tables {missing}")
    build_path.parent.mkdir(parents=True, exist_ok=True)
    build_path.unlink(missing_ok=True)
    frames = {name: table.conform(tables[name]) for name, table in PUBLISHED.items()}
    digests = {name: frame_digest(frame) for name, frame in frames.items()}
    vouched = published_digests(published, fingerprint) if published is not None else {}
    kept = {name for name, digest in digests.items() if vouched.get(name) == digest}
    if kept:
        shutil.copyfile(published, build_path)
    counts: dict[str, int] = {}
    con = connect_for_build(build_path)
    try:
        if kept:
            for (view,) in con.execute("SELECT view_name FROM duckdb_views() WHERE database_name = "
                                       "current_database() AND NOT internal").fetchall():
                con.execute(f'DROP VIEW "{view}"')
        for name, table in PUBLISHED.items():
            if name not in kept:
                con.execute(f'DROP TABLE IF EXISTS "{name}"')
                con.execute(table.ddl())
                frame = frames[name]  # noqa: F841 - read by DuckDB's replacement scan below
                # Rows in a stable order, so two runs on the same input publish identical files' contents.
                order = ", ".join(f'"{c}"' for c in (table.key or table.column_names)
                                  if not str(table.schema[c]).startswith(("List", "Struct")))
                con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM frame ORDER BY {order} NULLS FIRST')
            counts[name] = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for view_file in sorted((SQL_DIR / "views").glob("*.sql")):
            con.execute(view_file.read_text(encoding="utf-8"))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    if fingerprint:
        _pending_digests(build_path).write_text(json.dumps({"fingerprint": fingerprint, "digests": digests}),
                                                encoding="utf-8")
    log.info("built %s: %d tables kept from the published file, %d written", build_path, len(kept),
             len(PUBLISHED) - len(kept))
    return counts


# ----------------------------------------------------------------------------------------------------------------
# what the published tables were loaded from


def frame_digest(frame: pl.DataFrame) -> str:
    """SHA-256 of a frame's schema and of its rows' hashes in order: equal digests, equal frames, so equal tables
    once loaded. polars' row hashes are stable within one polars version, which the code fingerprint names."""
    digest = hashlib.sha256(f"{frame.schema}\n{frame.height}\n".encode())
    if frame.height:
        digest.update(frame.hash_rows().to_numpy().tobytes())
    return digest.hexdigest()


def digests_path(target: Path) -> Path:
    """Which frames the published warehouse's tables were loaded from, in its records folder."""
    return records_dir(target) / "published_tables.json"


def _pending_digests(build_path: Path) -> Path:
    return build_path.with_name(build_path.name + ".digests.json")


def file_identity(path: Path) -> list[int]:
    """Inode, size and time of the last write: another value, another file or a file written since."""
    stat = path.stat()
    return [stat.st_ino, stat.st_size, stat.st_mtime_ns]


def open_published(target: Path, fingerprint: str) -> tuple[duckdb.DuckDBPyConnection, dict[str, str]]:
    """A read-only connection to the published warehouse, and the digests its tables were loaded from
    (``published_digests``; none when the file was replaced while it was being opened: they may be the other
    file's)."""
    before = published_digests(target, fingerprint)
    con = duckdb.connect(str(target), read_only=True)
    if before and published_digests(target, fingerprint) != before:
        before = {}
    return con, before


def published_digests(target: Path, fingerprint: str) -> dict[str, str]:
    """The digests of the frames the published warehouse's tables were loaded from, when they are known to be its:
    recorded for this very file (inode, size and time of its last write, so a file written or replaced since is
    not vouched for) by the same code. Anything else (no record, another file, other code): none."""
    try:
        record = json.loads(digests_path(target).read_text(encoding="utf-8"))
        if record["fingerprint"] == fingerprint and record["file"] == file_identity(target):
            return dict(record["digests"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return {}


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


SIZE_MEASURES = {
    "readable input files": "SELECT count(*) FROM source_files WHERE kind <> 'manifest' AND status IN ('loaded', 'partial')",
    "claims": "SELECT count(*) FROM claims",
    "ratings": "SELECT count(*) FROM fact_product_rating",
}


def size_measures(path: Path) -> dict[str, int]:
    """What the shrink guard compares: readable input files, claims and ratings of a warehouse."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {name: con.execute(sql).fetchone()[0] for name, sql in SIZE_MEASURES.items()}
    finally:
        con.close()


def shrink_check(build_path: Path, target: Path, max_share: float, accept: bool) -> CheckOutcome:
    """Refuse a build that holds much less than the published warehouse, unless told to accept it.

    The first build of a warehouse is always allowed; an empty raw folder (no readable file) is refused once a
    warehouse with readable files was published, since it is far more often an unmounted or half-synced folder than
    a deliberate wipe.
    """
    if not target.exists():
        return CheckOutcome(SHRINK_CHECK, SHRINK_DESCRIPTION, True)
    try:
        before = size_measures(target)
    except duckdb.Error as exc:
        log.warning("the published warehouse %s cannot be read (%s): nothing to compare with", target, exc)
        return CheckOutcome(SHRINK_CHECK, SHRINK_DESCRIPTION, True)
    after = size_measures(build_path)
    faults = []
    if after["readable input files"] == 0 and before["readable input files"] > 0:
        faults.append(f"the raw folder holds no readable file, the published warehouse was built from "
                      f"{before['readable input files']}")
    else:
        for name, old in before.items():
            new = after[name]
            if old and new < old * (1 - max_share):
                faults.append(f"{name} fell from {old} to {new} ({100 * (old - new) / old:.0f} % less; at most "
                              f"{100 * max_share:.0f} % allowed)")
    if faults and accept:
        log.warning("accepted a smaller warehouse: %s", "; ".join(faults))
        return CheckOutcome(SHRINK_CHECK, SHRINK_DESCRIPTION, True)
    return CheckOutcome(SHRINK_CHECK, SHRINK_DESCRIPTION, True, faults)


def refusal(outcomes: list[CheckOutcome]) -> str | None:
    """One line naming every failed blocking check and its first faults, or None when the build may be published."""
    failed = [o for o in outcomes if o.blocking and not o.passed]
    if not failed:
        return None
    return "; ".join(f"{o.name}: {', '.join(o.faults[:5])}" for o in failed)


def publish(build_path: Path, target: Path, outcomes: list[CheckOutcome]) -> Path:
    """Replace ``target`` by ``build_path`` atomically, unless a blocking check failed."""
    reasons = refusal(outcomes)
    if reasons:
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
    _record_digests(build_path, target)
    log.info("published %s", target)
    return target


def _record_digests(build_path: Path, target: Path) -> None:
    """Name the published file in the digests its build kept beside it (or forget the old record: a build without
    digests leaves none). Written after the file is in place: a record of another file is never believed, so a
    crash between the two only costs the next refresh a full build."""
    pending = _pending_digests(build_path)
    record = digests_path(target)
    try:
        if not pending.exists():
            record.unlink(missing_ok=True)
            return
        kept = json.loads(pending.read_text(encoding="utf-8"))
        record.parent.mkdir(parents=True, exist_ok=True)
        partial = record.with_name(f".{record.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps({**kept, "file": file_identity(target)}), encoding="utf-8")
        os.replace(partial, record)
        pending.unlink(missing_ok=True)
    except (OSError, ValueError) as exc:
        log.warning("the digests of %s were not recorded (%s): the next refresh builds every table", target, exc)
        record.unlink(missing_ok=True)


def table_row_counts(path: Path) -> dict[str, int]:
    """Row count of every base table of a warehouse, opened read-only."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return table_row_counts_of(con)
    finally:
        con.close()


def table_row_counts_of(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY table_name"
    ).fetchall()]
    return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchall()[0][0] for n in names}
