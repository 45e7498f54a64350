"""Operations: refresh_log and the publish metadata, the settings resource overridden at launch and recorded on the
run, `ocop status` / `make status`, `python -m ocop_pipeline.build --help` and `--if-changed`, progress lines,
documented views, and `dg check defs`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from refreshing import refresh
from ocop_pipeline import cli, progress, status, warehouse
from ocop_pipeline.config import PROJECT_ROOT
from ocop_pipeline.definitions import defs

LONG_AN = "Đến hết năm 2024, tỉnh Long An có 180 sản phẩm OCOP của 120 chủ thể.\n"


def query(target: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(target), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture()
def instance():
    with dg.instance_for_test() as test_instance:
        yield test_instance


def test_refresh_log_keeps_every_publish_with_what_changed_and_the_same_numbers_as_metadata(
        shipped: Path, tmp_path: Path, instance) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    first = refresh(shipped, target, instance, tags={"ocop/trigger": "make run"})
    (shipped / "articles" / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    (shipped / "articles" / "soc_trang_2024.txt").write_text(LONG_AN.replace("Long An", "Sóc Trăng"),
                                                            encoding="utf-8")
    (shipped / "spreadsheets" / "synthetic_corrupt.xlsx").unlink()
    second = refresh(shipped, target, instance)

    rows = query(target, "select run_id, trigger, raw_dir, warehouse, files_new, files_changed, files_unchanged, "
                         "files_removed, files_quarantined, started <= finished, changes from refresh_log "
                         "order by finished")
    assert [r[0] for r in rows] == [first.run_id, second.run_id], "the history is carried forward"
    assert rows[0][1:10] == ("make run", str(shipped), str(target), 22, 0, 0, 0, 1, True)
    assert rows[1][1:10] == ("launched", str(shipped), str(target), 1, 1, 20, 1, 0, True)
    assert rows[1][10] == [
        {"source_id": "articles/long_an.txt", "change": "new"},
        {"source_id": "articles/soc_trang_2024.txt", "change": "changed"},
        {"source_id": "spreadsheets/synthetic_corrupt.xlsx", "change": "removed"},
    ]
    counts = dict(query(target, "select t.table_name, t.rows from (select unnest(table_rows) as t from refresh_log "
                                "where run_id = '" + second.run_id + "')"))
    published = warehouse.table_row_counts(target)
    assert counts == {name: n for name, n in published.items() if name != "refresh_log"}
    issues = query(target, "select open_issues, issues_by_kind from refresh_log order by finished desc limit 1")[0]
    by_kind = dict(query(target, "select kind, count(*) from reconciliation_issues group by 1"))
    assert issues[0] == sum(by_kind.values()) and {i["kind"]: i["issues"] for i in issues[1]} == by_kind

    materialization = next(e.materialization for e in second.get_asset_materialization_events()
                           if e.materialization.asset_key.to_user_string() == "ocop_warehouse")
    metadata = {k: v.value for k, v in materialization.metadata.items()}
    assert (metadata["files_new"], metadata["files_changed"], metadata["files_removed"]) == (1, 1, 1)
    assert metadata["raw_dir"] == str(shipped) and metadata["path"] == str(target)
    assert metadata["issues_by_kind"] == by_kind
    assert metadata["rows/claims"] == published["claims"]
    assert instance.get_run_by_id(second.run_id).tags["ocop/raw_dir"] == str(shipped)
    # A warehouse built before refresh_log existed simply starts the history.
    con = duckdb.connect(str(target))
    con.execute("drop table refresh_log")
    con.close()
    third = refresh(shipped, target, instance)
    assert query(target, "select run_id, files_unchanged from refresh_log") == [(third.run_id, 22)]


def test_the_settings_resource_is_overridden_at_launch_and_recorded_on_the_run(
        shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, instance) -> None:
    default_raw, default_target = tmp_path / "default_raw", tmp_path / "default" / "ocop.duckdb"
    default_raw.mkdir()
    monkeypatch.setenv("OCOP_RAW_DIR", str(default_raw))
    monkeypatch.setenv("OCOP_WAREHOUSE", str(default_target))
    target = tmp_path / "elsewhere" / "ocop.duckdb"
    result = refresh(shipped, target, instance)  # what a launchpad's resources: settings: config: does
    assert target.exists() and not default_target.exists()
    tags = instance.get_run_by_id(result.run_id).tags
    assert tags["ocop/raw_dir"] == str(shipped) and tags["ocop/warehouse"] == str(target)
    assert tags["ocop/refresh"] == "warehouse", "the job's tag for the one-refresh-at-a-time queue"
    assert query(target, "select raw_dir, warehouse from refresh_log") == [(str(shipped), str(target))]

    # Without an override the environment decides, read when the run starts.
    (default_raw / "articles").mkdir()
    (default_raw / "articles" / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    plain = defs.resolve_job_def("refresh_warehouse").execute_in_process(instance=instance)
    assert plain.success and default_target.exists()
    assert instance.get_run_by_id(plain.run_id).tags["ocop/raw_dir"] == str(default_raw)


def test_status_says_when_by_whom_what_changed_what_is_quarantined_and_if_a_refresh_runs(
        shipped: Path, tmp_path: Path, capsys: pytest.CaptureFixture, instance) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    assert status.main(["--warehouse", str(target)]) == 1
    assert "not published yet" in capsys.readouterr().out
    refresh(shipped, target, instance)
    (shipped / "articles" / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    second = refresh(shipped, target, instance)

    assert cli.main(["status", "--warehouse", str(target)]) == 0  # what `ocop status` runs
    out = capsys.readouterr().out
    assert f"by run {second.run_id} (launched" in out
    assert "since the previous publish: 1 new, 0 changed, 0 removed, 22 unchanged files" in out
    assert "new      articles/long_an.txt" in out
    assert "files quarantined: 1\n  spreadsheets/synthetic_corrupt.xlsx:" in out
    assert "open reconciliation issues:" in out and "source_conflict" in out
    assert "refresh_log" in out and "claims" in out
    assert "refresh running now: none" in out
    assert "earlier publishes (newest first, 1 of 1)" in out
    with warehouse.refresh_lock(target, "nightly-run-42", timeout_s=0):
        status.main(["--warehouse", str(target)])
    assert "refresh running now: run nightly-run-42" in capsys.readouterr().out


def test_make_status_and_the_ocop_command_run_the_status(shipped: Path, tmp_path: Path, instance) -> None:
    dry = subprocess.run(["make", "-n", "status", "clean-cache", "check-defs"], cwd=PROJECT_ROOT,
                         capture_output=True, text=True)
    assert "python -m ocop_pipeline.status" in dry.stdout and "python -m ocop_pipeline.cache clear" in dry.stdout
    assert "dg check defs" in dry.stdout
    pyproject = (PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'ocop = "ocop_pipeline.cli:main"' in pyproject
    target = tmp_path / "wh" / "ocop.duckdb"
    refresh(shipped, target, instance)
    env = {**os.environ, "OCOP_WAREHOUSE": str(target)}
    shown = subprocess.run([sys.executable, "-m", "ocop_pipeline.status"], env=env, capture_output=True, text=True,
                           timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "last published:" in shown.stdout and "rows per table:" in shown.stdout
    if setup_is_current():  # as under make test: make status runs at once, without installing anything
        made = subprocess.run(["make", "-s", "status"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                              timeout=120)
        assert made.returncode == 0 and f"warehouse: {target}" in made.stdout, made.stdout + made.stderr
        script = Path(sys.executable).with_name("ocop")  # [project.scripts], installed by make's setup
        ocop = subprocess.run([str(script), "status"], env=env, capture_output=True, text=True, timeout=120)
        assert ocop.returncode == 0 and "rows per table:" in ocop.stdout


def setup_is_current() -> bool:
    """Whether make's setup stamp matches requirements.lock and pyproject.toml (make would reinstall otherwise)."""
    checksum = subprocess.run("cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1", shell=True,
                              cwd=PROJECT_ROOT, capture_output=True, text=True).stdout.strip()
    return (PROJECT_ROOT / ".venv" / f".installed-{checksum}").exists()


def test_build_help_prints_usage_and_if_changed_skips_an_unchanged_folder(shipped: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    target = tmp_path / "wh" / "ocop.duckdb"
    env.update(OCOP_RAW_DIR=str(shipped), OCOP_WAREHOUSE=str(target), OCOP_LOG_LEVEL="WARNING")

    def build(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "ocop_pipeline.build", *args], env=env, capture_output=True,
                              text=True, timeout=300)

    helped = build("--help")
    assert helped.returncode == 0 and "usage: python -m ocop_pipeline.build" in helped.stdout
    assert "OCOP_RAW_DIR" in helped.stdout and "--if-changed" in helped.stdout
    assert not target.exists(), "--help runs nothing"
    assert build("--no-such-option").returncode == 2

    assert build("--if-changed").returncode == 0 and target.exists(), "nothing published yet: it refreshes"
    skipped = build("--if-changed")
    assert skipped.returncode == 0 and "nothing changed since run" in skipped.stdout
    assert len(query(target, "select * from refresh_log")) == 1
    (shipped / "articles" / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    assert build("--if-changed").returncode == 0
    assert query(target, "select files_new from refresh_log order by finished") == [(22,), (1,)]


def test_progress_reports_done_total_and_rate() -> None:
    said: list[str] = []
    counter = progress.Progress("articles", 5, said.append, detail=lambda: "3 reused from the cache", bar=False,
                                every_n=2, every_s=3600)
    assert list(counter.each(range(5))) == [0, 1, 2, 3, 4]
    assert said[0].startswith("articles: 2/5 files (40 %), ") and "files/s, 3 reused from the cache" in said[0]
    assert said[-1].startswith("articles: 5/5 files (100 %)") and said[-1].endswith(" s")
    assert len(said) == 3


def test_every_view_column_is_documented_and_the_check_covers_views(tmp_path: Path) -> None:
    con = duckdb.connect()
    con.execute("create table t (a integer); comment on table t is 'x'; comment on column t.a is 'y'")
    con.execute("create view v_x as select a, a + 1 as b from t; comment on view v_x is 'z'")
    con.execute("comment on column v_x.a is 'documented'")  # DuckDB 2.0 takes column comments on views
    faults = [r[0] for r in con.execute(warehouse.read_sql("checks/documented_tables.sql")).fetchall()]
    assert faults == ["column v_x.b has no comment"]
    con.close()
    for view_file in sorted((PROJECT_ROOT / "sql" / "views").glob("*.sql")):
        text = view_file.read_text(encoding="utf-8")
        view = text.split("CREATE VIEW ", 1)[1].split()[0]
        assert f"COMMENT ON VIEW {view}" in text and f"COMMENT ON COLUMN {view}." in text, view_file.name


def test_published_view_columns_carry_their_comments(shipped: Path, tmp_path: Path, instance) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    refresh(shipped, target, instance)
    rows = query(target, "select table_name, column_name, comment from duckdb_columns() "
                         "where table_name like 'v\\_%' escape '\\' order by all")
    assert {r[0] for r in rows} == {"v_province_latest", "v_province_timeseries", "v_region_year"}
    assert all(r[2] for r in rows), [r[:2] for r in rows if not r[2]]


def test_dg_check_defs_passes() -> None:
    venv_bin = Path(sys.executable).parent
    dg_cli = venv_bin / "dg"
    if not dg_cli.exists():
        pytest.fail("dg is not installed: dagster-dg-cli is pinned in requirements.lock (make setup installs it)")
    env = {**os.environ, "VIRTUAL_ENV": str(venv_bin.parent), "PATH": f"{venv_bin}:{os.environ['PATH']}"}
    checked = subprocess.run([str(dg_cli), "check", "defs"], cwd=PROJECT_ROOT, env=env, capture_output=True,
                             text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "All definitions loaded successfully" in checked.stdout + checked.stderr
    assert "superseded" not in (checked.stdout + checked.stderr).lower()
