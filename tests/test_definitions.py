"""The Dagster layer: definitions load, the asset graph is what we expect, and a full run publishes."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb

from ocop_pipeline.definitions import defs


def asset_graph() -> dict[str, list[str]]:
    graph = defs.resolve_asset_graph()
    return {
        key.to_user_string(): sorted(p.to_user_string() for p in graph.get(key).parent_keys)
        for key in graph.get_all_asset_keys()
    }


def test_definitions_load() -> None:
    defs.resolve_all_job_defs()
    assert defs.resolve_job_def("refresh_warehouse") is not None


def test_every_published_table_feeds_the_publish() -> None:
    graph = asset_graph()
    from ocop_pipeline.contracts import published_tables
    from ocop_pipeline.warehouse import PUBLISH_STEP_TABLES

    # refresh_log is the one table the publishing step writes itself (the history of publishes).
    assert PUBLISH_STEP_TABLES == ("refresh_log",)
    assert graph["ocop_warehouse"] == sorted(set(published_tables()) - set(PUBLISH_STEP_TABLES))


def test_the_nightly_schedule_runs_by_default() -> None:
    schedule = defs.resolve_schedule_def("nightly_refresh")
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Asia/Ho_Chi_Minh"


def test_a_full_run_publishes_the_reference_geography(warehouse_env: Path) -> None:
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    assert all(e.passed for e in result.get_asset_check_evaluations())
    con = duckdb.connect(str(warehouse_env), read_only=True)
    assert con.execute("select count(*) from dim_region").fetchone()[0] == 6
    assert con.execute("select layout, count(*) from dim_province group by all order by 1").fetchall() == [
        ("from2025", 34),
        ("pre2025", 63),
    ]
    assert con.execute("select count(*) from province_merger_2025").fetchone()[0] == 63
    assert list(warehouse_env.parent.glob("*.build")) == []


def test_make_run_refuses_a_raw_folder_that_does_not_exist(tmp_path: Path, monkeypatch) -> None:
    from ocop_pipeline import build

    monkeypatch.setenv("OCOP_RAW_DIR", str(tmp_path / "typo"))
    monkeypatch.setenv("OCOP_WAREHOUSE", str(tmp_path / "ocop.duckdb"))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    assert build.main() == 2
    assert not (tmp_path / "ocop.duckdb").exists()


def test_every_published_column_is_documented_once_for_the_warehouse_and_the_ui() -> None:
    from ocop_pipeline.contracts import published_tables
    from ocop_pipeline.warehouse import table_docs

    docs = table_docs()
    assert sorted(docs) == sorted(published_tables())
    for table, (description, columns) in docs.items():
        assert description, table
        assert columns and all(columns.values()), (table, [c for c, d in columns.items() if not d])
