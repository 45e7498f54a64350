"""Faults around a refresh: a killed run, two runs at once, a read-only warehouse folder, a shrinking raw folder.

These run ``python -m ocop_pipeline.build`` (what ``make run`` runs) in subprocesses on copies of the shipped data.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from refreshing import contents


def run_build(raw: Path, target: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ocop_pipeline.build"], env=build_env(raw, target, **env),
                          capture_output=True, text=True, timeout=300)


def build_env(raw: Path, target: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME", "OCOP_ACCEPT_SHRINK", "OCOP_MAX_SHRINK")}
    return {**env, "OCOP_RAW_DIR": str(raw), "OCOP_WAREHOUSE": str(target), "OCOP_LOG_LEVEL": "WARNING", **extra}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".build", ".wal", ".build.lock")))


def test_a_refresh_killed_half_way_leaves_the_published_file_and_the_next_run_cleans_up(
        shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    assert run_build(shipped, target).returncode == 0
    before = target.read_bytes()

    process = subprocess.Popen([sys.executable, "-m", "ocop_pipeline.build"], env=build_env(shipped, target),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(target.parent.glob("*.build")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run must be killed before it finished"
    assert target.read_bytes() == before, "the published warehouse is the previous one, intact"
    assert contents(target)["dim_province"], "and it still opens"

    again = run_build(shipped, target)
    assert again.returncode == 0, again.stderr
    assert leftovers(target.parent) == [], "the next run removed the killed run's build file"


def test_two_refreshes_started_together_both_finish_and_publish_one_good_warehouse(
        shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    runs = [subprocess.Popen([sys.executable, "-m", "ocop_pipeline.build"], env=build_env(shipped, target),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err[-2000:] for _, err in outputs]
    assert contents(target)["articles"]
    assert leftovers(target.parent) == []


def test_a_refresh_that_cannot_get_the_lock_in_time_says_who_holds_it(shipped: Path, tmp_path: Path) -> None:
    from ocop_pipeline import warehouse

    target = tmp_path / "wh" / "ocop.duckdb"
    with warehouse.refresh_lock(target, "the-other-run", timeout_s=0):
        result = run_build(shipped, target, OCOP_LOCK_TIMEOUT="1")
    assert result.returncode == 1
    assert "another refresh of" in result.stderr and "the-other-run" in result.stderr
    assert not target.exists()


@contextlib.contextmanager
def read_only(folder: Path):
    """A folder nobody can write into, root included (root ignores mode bits, not the immutable attribute)."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a folder read-only for root here (no chattr +i)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)


def test_a_read_only_warehouse_folder_gives_a_clear_error_and_corrupts_nothing(shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    assert run_build(shipped, target).returncode == 0
    before = target.read_bytes()
    with read_only(target.parent):
        result = run_build(shipped, target)
    assert result.returncode == 2
    assert "cannot write into the warehouse folder" in result.stderr
    assert target.read_bytes() == before


def test_an_empty_raw_folder_never_replaces_a_good_warehouse_unless_accepted(shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    assert run_build(shipped, target).returncode == 0
    before = target.read_bytes()
    empty = tmp_path / "unmounted"
    (empty / "articles").mkdir(parents=True)

    refused = run_build(empty, target)
    assert refused.returncode == 1
    assert "not_smaller_than_published" in refused.stderr
    assert "the raw folder holds no readable file" in refused.stderr
    assert target.read_bytes() == before

    accepted = run_build(empty, target, OCOP_ACCEPT_SHRINK="1")
    assert accepted.returncode == 0, accepted.stderr
    assert contents(target)["articles"] == []


def test_losing_most_articles_is_refused_and_the_counts_are_named(shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    assert run_build(shipped, target).returncode == 0
    for path in sorted((shipped / "articles").glob("*.txt"))[:12]:
        path.unlink()
    for path in (shipped / "spreadsheets").iterdir():
        path.unlink()
    refused = run_build(shipped, target)
    assert refused.returncode == 1
    assert "readable input files fell from 20 to 4" in refused.stderr
    allowed = run_build(shipped, target, OCOP_MAX_SHRINK="1")
    assert allowed.returncode == 0, allowed.stderr


def test_two_runs_on_the_same_input_publish_identical_tables(shipped: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "ocop.duckdb", tmp_path / "b" / "ocop.duckdb"
    assert run_build(shipped, first).returncode == 0
    assert run_build(shipped, second).returncode == 0
    # refresh_log is the one table that names its run (id, times, paths): every other table is identical.
    assert contents(first) == contents(second)
