"""The refresh history (``refresh_log``) and ``ocop status``: what a person needs to know about the warehouse.

``refresh_log`` gets one row per publish, written by the publishing step into the build it is about to publish and
carried forward from the warehouse it replaces. ``ocop status`` (``make status``, ``python -m ocop_pipeline.status``)
reads the published warehouse alone (read-only, so it never blocks a refresh) and the refresh lock beside it:

    ocop status [--warehouse PATH] [--history N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from ocop_pipeline import cache, config, contracts, inventory, warehouse

log = logging.getLogger(__name__)
CHANGES_KEPT = 1000  # file names listed per publish in refresh_log.changes (the counts are always complete)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def utc(moment: dt.datetime) -> str:
    """A timestamp as UTC text (DuckDB hands TIMESTAMPTZ back in the session's time zone)."""
    moment = moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC"


# ----------------------------------------------------------------------------------------------------------------
# what the published warehouse holds


@dataclass
class Published:
    """What the refresh needs from the warehouse it is about to replace."""

    files: dict[str, str | None] = field(default_factory=dict)  # source_id -> sha256 of its source_files
    log: pl.DataFrame = field(default_factory=contracts.REFRESH_LOG.empty)

    @property
    def last(self) -> dict | None:
        if self.log.is_empty():
            return None
        return self.log.sort("finished").row(-1, named=True)


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND "
                       "table_name = ?", [name]).fetchall()[0][0] > 0


def read_published(target: Path) -> Published:
    """The published warehouse's files and refresh history; empty when there is none or it cannot be read (a
    warehouse from before refresh_log simply has no history yet)."""
    if not target.exists():
        return Published()
    try:
        con = duckdb.connect(str(target), read_only=True)
    except duckdb.Error as exc:
        log.warning("the published warehouse %s cannot be read (%s): no history to carry forward", target, exc)
        return Published()
    try:
        published = Published()
        if _has_table(con, "source_files"):
            published.files = dict(con.execute("SELECT source_id, sha256 FROM source_files").fetchall())
        if _has_table(con, "refresh_log"):
            frame = con.sql("SELECT * FROM refresh_log").pl()
            # Columns added to the contract later are NULL in older rows; columns since removed are dropped.
            schema = contracts.REFRESH_LOG.schema
            frame = frame.with_columns(pl.lit(None, dtype).alias(c) for c, dtype in schema.items()
                                       if c not in frame.columns)
            published.log = contracts.REFRESH_LOG.conform(frame.select(list(schema)))
        return published
    finally:
        con.close()


def last_publish(target: Path) -> dict | None:
    """The last refresh_log row of the published warehouse, or None."""
    return read_published(target).last


def up_to_date(raw_dir: Path, target: Path) -> str | None:
    """Why a refresh of ``target`` from ``raw_dir`` would publish the same tables (its last publish read the same
    folder, the same files by content and was built by the same code), or None when it would not."""
    published = last_publish(target)
    if published is None or published["raw_dir"] != str(raw_dir) or not raw_dir.is_dir():
        return None
    if published["code_fingerprint"] != cache.pipeline_fingerprint():
        return None
    now = inventory.take_with_cache(raw_dir, target)
    if now.digest != published["inventory_digest"]:
        return None
    return (f"nothing changed since run {published['run_id']} published {target} at "
            f"{utc(published['finished'])}: the same {len(now.files)} files and the same code")


# ----------------------------------------------------------------------------------------------------------------
# the new row


def trigger_of(tags: Mapping[str, str]) -> str:
    if "dagster/schedule_name" in tags:
        return "schedule"
    if "dagster/sensor_name" in tags:
        return "sensor"
    if tags.get("ocop/trigger") == "make run":
        return "make run"
    return "launched"


def refresh_row(*, run_id: str, started: dt.datetime | None, trigger: str, raw_dir: Path, target: Path,
                tables: Mapping[str, pl.DataFrame], previous: Published, code_fingerprint: str) -> dict:
    """The refresh_log row of a publish: what changed since ``previous``, rows per table, open issues."""
    files = tables["source_files"]
    current = dict(files.select("source_id", "sha256").iter_rows())
    changes = inventory.diff(previous.files, current)
    issues = tables["reconciliation_issues"]
    by_kind = issues.group_by("kind").len().sort("kind").rows() if issues.height else []
    listed = sorted([(s, "new") for s in changes.new] + [(s, "changed") for s in changes.changed]
                    + [(s, "removed") for s in changes.removed])
    return {
        "run_id": run_id, "started": started, "finished": now(), "trigger": trigger,
        "raw_dir": str(raw_dir), "warehouse": str(target),
        "files_new": len(changes.new), "files_changed": len(changes.changed), "files_unchanged": changes.unchanged,
        "files_removed": len(changes.removed),
        "files_quarantined": files.filter(pl.col("status") == "quarantined").height,
        "rows_quarantined": tables["quarantine"].height,
        "open_issues": issues.height,
        "issues_by_kind": [{"kind": k, "issues": n} for k, n in by_kind],
        "table_rows": [{"table_name": name, "rows": tables[name].height} for name in sorted(tables)
                       if name != contracts.REFRESH_LOG.name],
        "changes": [{"source_id": s, "change": c} for s, c in listed[:CHANGES_KEPT]],
        "inventory_digest": inventory.digest_of(current.items()),
        "code_fingerprint": code_fingerprint,
    }


def refresh_log_frame(previous: Published, row: dict) -> pl.DataFrame:
    """The history carried forward with this publish's row appended (a rerun of the same run id replaces its row)."""
    earlier = previous.log.filter(pl.col("run_id") != row["run_id"])
    return contracts.REFRESH_LOG.conform(pl.concat([earlier, contracts.REFRESH_LOG.frame([row])]))


def stamp_finished(build_path: Path, run_id: str) -> dt.datetime:
    """Set the row's ``finished`` to now, just before the build is published (after its checks passed)."""
    finished = now()
    con = warehouse.connect_for_build(build_path)
    try:
        con.execute("UPDATE refresh_log SET finished = ? WHERE run_id = ?", [finished, run_id])
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return finished


# ----------------------------------------------------------------------------------------------------------------
# ocop status


def _ago(moment: dt.datetime | None) -> str:
    if moment is None:
        return "unknown"
    moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    seconds = (now() - moment).total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{utc(moment)} ({seconds / size:.0f} {unit} ago)"
    return f"{utc(moment)} ({seconds:.0f} s ago)"


def report(target: Path, history: int = 5) -> tuple[str, int]:
    """The status of ``target`` as text, and an exit code (0, or 1 when there is no readable warehouse)."""
    lines = [f"warehouse: {target}"]
    running = warehouse.running_refresh(target)
    running_line = (f"refresh running now: run {running.get('run_id')} (pid {running.get('pid')}), started "
                    f"{running.get('started')}" if running else "refresh running now: none")
    if not target.exists():
        return "\n".join([*lines, "not published yet: run `make run` (or start the refresh in `make dev`)",
                          running_line]), 1
    try:
        con = duckdb.connect(str(target), read_only=True)
    except duckdb.Error as exc:
        return "\n".join([*lines, f"cannot be opened: {exc}", running_line]), 1
    try:
        lines += _published_lines(con, history)
    finally:
        con.close()
    lines.append(running_line)
    return "\n".join(lines), 0


def _published_lines(con: duckdb.DuckDBPyConnection, history: int) -> list[str]:
    lines = []
    rows = []
    if _has_table(con, "refresh_log"):
        rows = con.execute("SELECT run_id, started, finished, trigger, raw_dir, files_new, files_changed, "
                           "files_unchanged, files_removed, changes FROM refresh_log ORDER BY finished DESC").fetchall()
    if rows:
        run_id, started, finished, trigger, raw_dir, new, changed, unchanged, removed, changes = rows[0]
        took = f", {(finished - started).total_seconds():.0f} s after the run started" if started else ""
        lines += [f"last published: {_ago(finished)} by run {run_id} ({trigger}{took})",
                  f"raw folder: {raw_dir}",
                  f"since the previous publish: {new} new, {changed} changed, {removed} removed, {unchanged} "
                  "unchanged files"]
        for change in (changes or [])[:15]:
            lines.append(f"  {change['change']:<8} {change['source_id']}")
        if len(changes or []) > 15 or new + changed + removed > len(changes or []):
            lines.append(f"  … {new + changed + removed - min(15, len(changes or []))} more "
                         "(SELECT changes FROM refresh_log)")
    else:
        lines.append("last published: unknown (this warehouse was built before refresh_log existed)")
    counts = {r[0]: r[1] for r in con.execute(
        "SELECT status, count(*) FROM source_files GROUP BY ALL ORDER BY ALL").fetchall()}
    lines.append(f"input files: {sum(counts.values())} ({', '.join(f'{n} {s}' for s, n in counts.items())})")
    bad = con.execute("SELECT source_id, error FROM source_files WHERE status = 'quarantined' "
                      "ORDER BY source_id").fetchall()
    lines.append(f"files quarantined: {len(bad)}")
    lines += [f"  {source_id}: {error}" for source_id, error in bad[:20]]
    if len(bad) > 20:
        lines.append(f"  … {len(bad) - 20} more (SELECT * FROM source_files WHERE status = 'quarantined')")
    quarantined_rows = con.execute("SELECT count(*) FROM quarantine").fetchall()[0][0]
    lines.append(f"rows in the quarantine: {quarantined_rows}")
    issues = con.execute("SELECT kind, count(*) FROM reconciliation_issues GROUP BY ALL ORDER BY 2 DESC, 1").fetchall()
    lines.append(f"open reconciliation issues: {sum(n for _, n in issues)}")
    lines += [f"  {kind:<20} {n:>7}" for kind, n in issues]
    lines.append("rows per table:")
    for name, n in warehouse.table_row_counts_of(con).items():
        lines.append(f"  {name:<24} {n:>9}")
    if len(rows) > 1 and history > 1:
        lines.append(f"earlier publishes (newest first, {min(history, len(rows)) - 1} of {len(rows) - 1}):")
        for run_id, _, finished, trigger, _, new, changed, _, removed, _ in rows[1:history]:
            lines.append(f"  {utc(finished)}  run {run_id[:8]}  {trigger:<9} +{new} ~{changed} "
                         f"-{removed} files")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ocop status", description=(
        "What the published warehouse holds: when it was last published and by which run, what changed since the "
        "previous publish, row counts, files quarantined, open reconciliation issues by kind, and whether a refresh "
        "is running now. Reads the published warehouse alone, read-only."))
    parser.add_argument("--warehouse", type=Path, default=None,
                        help=f"the warehouse (default: OCOP_WAREHOUSE, else {config.DEFAULT_WAREHOUSE})")
    parser.add_argument("--history", type=int, default=5, help="publishes to list (default 5)")
    args = parser.parse_args(argv)
    target = (args.warehouse or config.warehouse_path()).resolve()
    text, code = report(target, args.history)
    print(text)
    return code


if __name__ == "__main__":
    sys.exit(main())
