"""The instance's event log keeps its connections open: what a run writes is Dagster's, readable by any other
instance on the same folder; a database removed or replaced by another process is written again, not lost."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import dagster as dg
import pytest

from refreshing import SHIPPED_RAW, refresh
from ocop_pipeline import event_log
from ocop_pipeline.config import PROJECT_ROOT


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "dagster_home"
    folder.mkdir()
    shutil.copy(PROJECT_ROOT / "ocop_pipeline" / "instance" / "dagster.yaml", folder / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(folder))
    return folder


def test_a_refresh_recorded_through_kept_connections_reads_as_dagster_wrote_it(home: Path, tmp_path: Path) -> None:
    with dg.DagsterInstance.get() as instance:
        assert isinstance(instance, event_log.OcopInstance)
        assert isinstance(instance.event_log_storage, event_log.KeptConnectionsEventLogStorage)
        first = refresh(SHIPPED_RAW, tmp_path / "wh" / "ocop.duckdb", instance=instance)
        second = refresh(SHIPPED_RAW, tmp_path / "wh" / "ocop.duckdb", instance=instance)
    assert (home / "history" / "runs" / f"{first.run_id}.db").exists(), "Dagster's own folder and files"
    # Dagster's own storage, as another process reads it.
    (home / "plain.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    plain = dg.DagsterInstance.from_config(str(home), config_filename="plain.yaml")
    try:
        assert type(plain.event_log_storage).__name__ == "SqliteEventLogStorage"
        assert {r.run_id for r in plain.get_runs()} == {first.run_id, second.run_id}
        for result in (first, second):
            assert plain.get_run_by_id(result.run_id).status == dg.DagsterRunStatus.SUCCESS
            stored = [e.dagster_event.event_type_value for e in plain.all_logs(result.run_id) if e.is_dagster_event]
            assert not Counter(e.event_type_value for e in result.all_events) - Counter(stored), "every event"
        latest = plain.get_latest_materialization_event(dg.AssetKey("claims"))
        assert latest is not None and latest.run_id == second.run_id
        checks = plain.event_log_storage.get_latest_asset_check_execution_by_key(
            [dg.AssetCheckKey(dg.AssetKey("province_stats"), "counts_not_negative")])
        assert checks and next(iter(checks.values())).run_id == second.run_id
    finally:
        plain.dispose()


def test_a_database_removed_or_replaced_by_another_process_is_written_again(
        home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storage = event_log.KeptConnectionsEventLogStorage(str(home / "history" / "runs"))
    try:
        def message(run_id: str, text: str) -> dg.EventLogEntry:
            return dg.EventLogEntry(error_info=None, level="INFO", user_message=text, run_id=run_id,
                                    timestamp=1.0, step_key=None, job_name="job", dagster_event=None)

        storage.store_event(message("run_a", "one"))
        engine = storage._engines["run_a"][0]
        storage.store_event(message("run_a", "two"))
        assert storage._engines["run_a"][0] is engine, "kept"
        assert [e.user_message for e in storage.get_logs_for_run("run_a")] == ["one", "two"]

        database = Path(storage.path_for_shard("run_a"))
        for suffix in ("", "-wal", "-shm"):  # what `dagster instance wipe` does from another process
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        storage.store_event(message("run_a", "three"))
        assert database.exists() and storage._engines["run_a"][0] is not engine
        assert [e.user_message for e in storage.get_logs_for_run("run_a")] == ["three"]

        engine = storage._engines["run_a"][0]
        pid = os.getpid()
        monkeypatch.setattr(event_log.os, "getpid", lambda: pid + 1)  # a forked child
        storage.store_event(message("run_a", "four"))
        assert storage._engines["run_a"][0] is not engine, "a child makes its own engine"
        assert [e.user_message for e in storage.get_logs_for_run("run_a")] == ["three", "four"]
    finally:
        storage.dispose()


def test_the_instance_opened_by_its_folder_keeps_its_events_there(
        home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "another_home"
    elsewhere.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(elsewhere))  # not the folder opened: nothing may go there
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert isinstance(instance.event_log_storage, event_log.KeptConnectionsEventLogStorage)
        result = refresh(SHIPPED_RAW, tmp_path / "wh" / "ocop.duckdb", instance=instance)
    assert (home / "history" / "runs" / f"{result.run_id}.db").exists()
    assert not list(elsewhere.iterdir())
    monkeypatch.delenv("DAGSTER_HOME")
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert instance.get_run_by_id(result.run_id).status == dg.DagsterRunStatus.SUCCESS
