"""Atomic publish: analysts reading the published file while a refresh runs, and failed builds."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import polars as pl
import pytest

from ocop_pipeline import contracts, geography, warehouse


def reference_tables() -> dict[str, pl.DataFrame]:
    """The reference geography, and every other table empty (as from an empty raw folder), typed by its contract."""
    return {
        **{name: table.empty() for name, table in contracts.PUBLISHED.items()},
        "dim_region": geography.dim_region_frame(),
        "dim_province": geography.dim_province_frame(),
        "province_merger_2025": geography.province_merger_frame(),
    }


def build_and_publish(tables: dict[str, pl.DataFrame], target: Path, tag: str) -> None:
    build = warehouse.build_path_for(target, tag)
    warehouse.build_warehouse(tables, build)
    warehouse.publish(build, target, warehouse.run_checks(build))


def count_in_subprocess(target: Path) -> int:
    code = f"import duckdb; print(duckdb.connect({str(target)!r}, read_only=True).execute('select count(*) from dim_province').fetchone()[0])"
    return int(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)


def test_refresh_while_an_analyst_holds_a_read_only_connection(tmp_path: Path) -> None:
    target = tmp_path / "ocop.duckdb"
    first = reference_tables()
    first["dim_province"] = first["dim_province"].filter(pl.col("layout") == "pre2025")
    # Publish a first version directly (its checks would refuse it, which is not what this test is about).
    build = warehouse.build_path_for(target, "first")
    warehouse.build_warehouse(first, build)
    warehouse.publish(build, target, [])

    reader = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, duckdb
            con = duckdb.connect({str(target)!r}, read_only=True)
            q = 'select count(*) from dim_province'
            print(con.execute(q).fetchone()[0], flush=True)
            sys.stdin.readline()          # wait while the refresh publishes
            print(con.execute(q).fetchone()[0], flush=True)
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "63"
        build_and_publish(reference_tables(), target, "second")  # must neither block nor fail
        reader.stdin.write("go\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "63", "the open connection keeps reading its snapshot"
    finally:
        reader.communicate(timeout=30)
    assert reader.returncode == 0
    assert count_in_subprocess(target) == 97, "a new connection reads the new warehouse"
    assert list(tmp_path.glob("*.build")) == []


def test_a_failing_blocking_check_leaves_the_published_file_in_place(tmp_path: Path) -> None:
    target = tmp_path / "ocop.duckdb"
    build_and_publish(reference_tables(), target, "good")
    before = target.read_bytes()

    broken = reference_tables()
    broken["dim_province"] = broken["dim_province"].filter(pl.col("province_name") != "Cà Mau")
    build = warehouse.build_path_for(target, "broken")
    warehouse.build_warehouse(broken, build)
    outcomes = warehouse.run_checks(build)
    geography_check = next(o for o in outcomes if o.name == "reference_geography")
    assert not geography_check.passed
    assert any("62" in fault for fault in geography_check.faults)
    with pytest.raises(warehouse.PublishRefused, match="reference_geography"):
        warehouse.publish(build, target, outcomes)
    assert target.read_bytes() == before
    assert count_in_subprocess(target) == 97


def test_every_table_and_column_is_documented_and_readable_by_duckdb_1_4(tmp_path: Path) -> None:
    build = tmp_path / "ocop.duckdb.t.build"
    counts = warehouse.build_warehouse(reference_tables(), build)
    assert {k: v for k, v in counts.items() if v} == {"dim_region": 6, "dim_province": 97, "province_merger_2025": 63}
    con = duckdb.connect(str(build), read_only=True)
    undocumented = con.execute(warehouse.read_sql("checks/documented_tables.sql")).fetchall()
    assert undocumented == []
    storage = con.execute("select tags from duckdb_databases() where database_name = current_database()").fetchone()[0]
    assert storage["storage_version"].startswith("v1.4.0")


def test_a_table_without_a_comment_fails_the_documentation_check(tmp_path: Path) -> None:
    build = tmp_path / "ocop.duckdb.t.build"
    warehouse.build_warehouse(reference_tables(), build)
    con = duckdb.connect(str(build))
    con.execute("create table scratch (x int)")
    con.close()
    outcome = next(o for o in warehouse.run_checks(build) if o.name == "documented_tables")
    assert outcome.faults == ["table scratch has no comment", "column scratch.x has no comment"]


def test_a_missing_table_frame_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    tables = reference_tables()
    del tables["dim_region"]
    with pytest.raises(ValueError, match="dim_region"):
        warehouse.build_warehouse(tables, tmp_path / "x.build")
    assert not (tmp_path / "x.build").exists()


def contents(path: Path) -> dict:
    """Every table's rows in their stored order, every view's definition and every comment of a warehouse."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] for r in con.execute("select table_name from duckdb_tables() order by 1").fetchall()]
        return {"tables": {n: con.execute(f'select * from "{n}"').fetchall() for n in names},
                "views": con.execute("select view_name, sql from duckdb_views() where not internal "
                                     "order by 1").fetchall(),
                "comments": con.execute("select table_name, column_name, data_type, comment from duckdb_columns() "
                                        "order by 1, column_index").fetchall()}
    finally:
        con.close()


def test_a_build_keeps_the_published_tables_loaded_from_the_same_frames_and_equals_a_full_build(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    target = tmp_path / "ocop.duckdb"
    tables = reference_tables()
    first = warehouse.build_path_for(target, "first")
    warehouse.build_warehouse(tables, first, published=target, fingerprint="code")
    warehouse.publish(first, target, [])
    assert set(warehouse.published_digests(target, "code")) == set(contracts.PUBLISHED)
    assert warehouse.published_digests(target, "other code") == {}, "another code's tables are never kept"

    changed = {**tables, "dim_region": tables["dim_region"].head(5)}
    second = warehouse.build_path_for(target, "second")
    with caplog.at_level("INFO", logger=warehouse.__name__):
        counts = warehouse.build_warehouse(changed, second, published=target, fingerprint="code")
    assert f"{len(contracts.PUBLISHED) - 1} tables kept from the published file, 1 written" in caplog.text
    full = tmp_path / "full.duckdb"
    assert warehouse.build_warehouse(changed, full) == counts and counts["dim_region"] == 5
    assert contents(second) == contents(full), "the same tables, rows, views and comments as a full build"
    warehouse.publish(second, target, [])

    con = duckdb.connect(str(target))  # written since its build: its record no longer vouches for it
    con.execute("delete from dim_region")
    con.close()
    assert warehouse.published_digests(target, "code") == {}
    plain = warehouse.build_path_for(target, "plain")
    warehouse.build_warehouse(tables, plain)  # no fingerprint: nothing recorded, and the old record is dropped
    warehouse.publish(plain, target, [])
    assert not warehouse.digests_path(target).exists()


def test_a_frame_digest_tells_every_change_of_rows_order_or_type() -> None:
    frame = pl.DataFrame({"a": [1, 2, 3], "b": ["x", None, "z"], "c": [[1], [], None]})
    digests = {warehouse.frame_digest(f) for f in (
        frame, frame.reverse(), frame.head(2), frame.with_columns(pl.col("a").cast(pl.Int32)),
        frame.with_columns(b=pl.Series(["x", "", "z"])), frame.with_columns(c=pl.Series([[1], None, None])),
        frame.clear())}
    assert len(digests) == 7
    assert warehouse.frame_digest(frame) == warehouse.frame_digest(frame.clone())
