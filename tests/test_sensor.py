"""The raw-folder sensor and the nightly schedule, evaluated with Dagster's test contexts: new, changed, removed and
unchanged files, a restart with a saved cursor, a copy in progress, a warehouse that already holds the folder, a
refresh already queued; the schedule's cron, timezone and default status, and its skip when nothing changed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

from refreshing import SHIPPED_RAW
from ocop_pipeline import sensors
from ocop_pipeline.definitions import defs
from ocop_pipeline.resources import OcopSettings

LONG_AN = "Đến hết năm 2024, tỉnh Long An có 180 sản phẩm OCOP của 120 chủ thể.\n"


@pytest.fixture()
def instance() -> Iterator[dg.DagsterInstance]:
    with dg.instance_for_test() as test_instance:
        yield test_instance


@pytest.fixture()
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    raw = tmp_path / "raw"
    shutil.copytree(SHIPPED_RAW, raw)
    monkeypatch.setenv("OCOP_SENSOR_SETTLE", "0")  # files written by the test are "being copied" otherwise
    return raw, tmp_path / "wh" / "ocop.duckdb"


def tick(instance: dg.DagsterInstance, raw: Path, target: Path, cursor: str | None):
    with dg.build_sensor_context(instance=instance, cursor=cursor, resources={
            "settings": OcopSettings(raw_dir=str(raw), warehouse=str(target))}) as context:
        return sensors.raw_folder_sensor.evaluate_tick(context)


def test_the_sensor_is_on_by_default_and_looks_every_minute() -> None:
    sensor = defs.resolve_sensor_def("raw_folder_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert sensor.minimum_interval_seconds == 60
    assert sensor.job_name == "refresh_warehouse"


def test_new_changed_removed_and_unchanged_files(instance, folders) -> None:
    raw, target = folders
    first = tick(instance, raw, target, None)
    assert len(first.run_requests) == 1, "first look, nothing published: one refresh"
    request = first.run_requests[0]
    assert request.tags["ocop/trigger"] == "sensor" and request.tags["ocop/raw_dir"] == str(raw)
    assert json.loads(first.cursor)["files"] == 22

    same = tick(instance, raw, target, first.cursor)
    assert not same.run_requests and "no change" in same.skip_message
    assert same.cursor == first.cursor

    (raw / "articles" / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    new = tick(instance, raw, target, first.cursor)
    assert len(new.run_requests) == 1 and "1 new, 0 changed, 0 removed" in new.run_requests[0].tags["ocop/changes"]
    assert new.run_requests[0].run_key != request.run_key

    (raw / "articles" / "long_an.txt").write_text(LONG_AN.replace("180", "190"), encoding="utf-8")
    changed = tick(instance, raw, target, new.cursor)
    assert "0 new, 1 changed, 0 removed" in changed.run_requests[0].tags["ocop/changes"]

    (raw / "spreadsheets" / "synthetic_corrupt.xlsx").unlink()
    removed = tick(instance, raw, target, changed.cursor)
    assert "0 new, 0 changed, 1 removed" in removed.run_requests[0].tags["ocop/changes"]

    # The same bytes written again (a new mtime, the same content) are no change.
    (raw / "articles" / "long_an.txt").write_text(LONG_AN.replace("180", "190"), encoding="utf-8")
    assert not tick(instance, raw, target, removed.cursor).run_requests

    keys = [t.run_requests[0].run_key for t in (first, new, changed, removed)]
    assert len(set(keys)) == 4, "each new content has its own run key"


def test_the_same_content_never_requests_two_runs_and_a_restart_keeps_the_cursor(instance, folders) -> None:
    raw, target = folders
    first = tick(instance, raw, target, None)
    # A tick whose cursor was not saved is evaluated again: same content, same run key (Dagster drops the repeat).
    again = tick(instance, raw, target, None)
    assert again.run_requests[0].run_key == first.run_requests[0].run_key
    # A restarted daemon hands the saved cursor back: nothing new to request.
    with dg.instance_for_test() as restarted:
        assert not tick(restarted, raw, target, first.cursor).run_requests
    # A folder that goes back to an earlier content is refreshed again, under a new key.
    (raw / "articles" / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    added = tick(instance, raw, target, first.cursor)
    (raw / "articles" / "long_an.txt").unlink()
    back = tick(instance, raw, target, added.cursor)
    assert len(back.run_requests) == 1
    assert back.run_requests[0].run_key not in {first.run_requests[0].run_key, added.run_requests[0].run_key}
    assert "0 new, 0 changed, 1 removed" in back.run_requests[0].tags["ocop/changes"]


def test_no_request_while_a_copy_is_in_progress(instance, folders, monkeypatch) -> None:
    raw, target = folders
    monkeypatch.setenv("OCOP_SENSOR_SETTLE", "3600")
    waiting = tick(instance, raw, target, None)
    assert not waiting.run_requests and "waiting until the folder has been quiet" in waiting.skip_message
    assert waiting.cursor is None, "the cursor does not move: the next tick looks again"


def test_no_request_when_the_published_warehouse_holds_the_folder(instance, folders) -> None:
    raw, target = folders
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
        instance=instance, run_config={"resources": {"settings": {"config": {
            "raw_dir": str(raw), "warehouse": str(target)}}}})
    assert result.success
    up_to_date = tick(instance, raw, target, None)
    assert not up_to_date.run_requests and "already holds exactly these files" in up_to_date.skip_message
    assert up_to_date.cursor is not None


def test_no_request_while_a_refresh_is_queued(instance, folders) -> None:
    raw, target = folders
    from dagster._core.test_utils import create_run_for_test

    # A requested run that has not started (a queued run needs a code location to be created; waiting is waiting).
    create_run_for_test(instance, job_name="refresh_warehouse", status=dg.DagsterRunStatus.NOT_STARTED)
    queued = tick(instance, raw, target, None)
    assert not queued.run_requests and "a refresh is queued" in queued.skip_message
    assert queued.cursor is not None, "the queued refresh will read these files: the cursor moves on"


def test_a_missing_raw_folder_requests_nothing(instance, tmp_path) -> None:
    looked = tick(instance, tmp_path / "not_mounted", tmp_path / "ocop.duckdb", None)
    assert not looked.run_requests and "not a folder" in looked.skip_message


def test_the_nightly_schedule_skips_when_nothing_changed(instance, folders) -> None:
    raw, target = folders
    schedule = defs.resolve_schedule_def("nightly_refresh")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Asia/Ho_Chi_Minh"
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING

    def evaluate():
        with dg.build_schedule_context(instance=instance, resources={
                "settings": OcopSettings(raw_dir=str(raw), warehouse=str(target))}) as context:
            return schedule.evaluate_tick(context)

    first = evaluate()
    assert len(first.run_requests) == 1 and first.run_requests[0].tags["ocop/trigger"] == "schedule"
    assert defs.resolve_job_def("refresh_warehouse").execute_in_process(
        instance=instance, tags=first.run_requests[0].tags, run_config={"resources": {"settings": {"config": {
            "raw_dir": str(raw), "warehouse": str(target)}}}}).success
    skipped = evaluate()
    assert not skipped.run_requests and "nothing changed since run" in skipped.skip_message
    (raw / "articles" / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    assert len(evaluate().run_requests) == 1
