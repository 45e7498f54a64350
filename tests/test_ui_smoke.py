"""The Dagster UI as `make dev` starts it (`dg dev -w workspace.yaml`: webserver and daemon), on loopback, with a
temporary DAGSTER_HOME and copies of the raw folder: its GraphQL API lists the assets and their checks, the nightly
schedule and the raw-folder sensor (both running), and a refresh launched through the API succeeds and publishes.

Slow (about half a minute: the server, its code server and a run process each import the pipeline), but `make test`
runs it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
import pytest

from ocop_pipeline.config import PROJECT_ROOT

pytestmark = pytest.mark.slow
SHIPPED_RAW = PROJECT_ROOT / "data" / "raw"
REPOSITORY = {"repositoryLocationName": "ocop_pipeline.definitions", "repositoryName": "__repository__"}
STARTUP_S, RUN_S = 90, 120


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def graphql(port: int, query: str, variables: dict | None = None) -> dict:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", method="POST",
                                     data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.loads(response.read())
    assert "errors" not in answer, answer["errors"]
    return answer["data"]


def wait_until_loaded(port: int, server: subprocess.Popen, log: Path) -> dict:
    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        assert server.poll() is None, f"dg dev stopped:\n{log.read_text()[-3000:]}"
        try:
            data = graphql(port, """{ repositoriesOrError { __typename ... on RepositoryConnection { nodes {
                name location { name } pipelines { name }
                schedules { name cronSchedule executionTimezone scheduleState { status } }
                sensors { name sensorState { status } } } } } }""")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
            continue
        nodes = data["repositoriesOrError"].get("nodes") or []
        if nodes:
            return nodes[0]
        time.sleep(0.5)
    raise AssertionError(f"the UI did not load the definitions in {STARTUP_S} s:\n{log.read_text()[-3000:]}")


@pytest.fixture()
def ui(tmp_path: Path):
    home, raw, target = tmp_path / "dagster_home", tmp_path / "raw", tmp_path / "wh" / "ocop.duckdb"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / "ocop_pipeline" / "instance" / "dagster.yaml", home / "dagster.yaml")
    shutil.copytree(SHIPPED_RAW, raw)
    port = free_port()
    venv_bin = Path(sys.executable).parent
    env = {**os.environ, "DAGSTER_HOME": str(home), "OCOP_RAW_DIR": str(raw), "OCOP_WAREHOUSE": str(target),
           # The sensor would request its own refresh of the fresh copy; here it waits (the copy "is in progress").
           "OCOP_SENSOR_SETTLE": "3600",
           "VIRTUAL_ENV": str(venv_bin.parent), "PATH": f"{venv_bin}:{os.environ['PATH']}"}
    log = tmp_path / "dg_dev.log"
    with open(log, "w") as output:
        server = subprocess.Popen([str(venv_bin / "dg"), "dev", "-w", "workspace.yaml", "--host", "127.0.0.1",
                                   "--port", str(port)], cwd=PROJECT_ROOT, env=env, stdout=output,
                                  stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield port, server, log, raw, target
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)  # dg dev stops the webserver, the daemon and the code servers
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(server.pid, signal.SIGKILL)  # anything of this session still running
        except ProcessLookupError:
            pass
        server.wait(timeout=10)


def test_the_ui_lists_assets_checks_schedule_and_sensor_and_runs_a_refresh(ui) -> None:
    port, server, log, raw, target = ui
    repository = wait_until_loaded(port, server, log)
    assert repository["location"]["name"] == REPOSITORY["repositoryLocationName"]
    assert "refresh_warehouse" in {p["name"] for p in repository["pipelines"]}
    schedules = {s["name"]: s for s in repository["schedules"]}
    assert schedules["nightly_refresh"]["scheduleState"]["status"] == "RUNNING"
    assert schedules["nightly_refresh"]["cronSchedule"] == "0 2 * * *"
    assert schedules["nightly_refresh"]["executionTimezone"] == "Asia/Ho_Chi_Minh"
    sensors = {s["name"]: s for s in repository["sensors"]}
    assert sensors["raw_folder_sensor"]["sensorState"]["status"] == "RUNNING"

    assets = graphql(port, """{ assetNodes { assetKey { path } assetChecksOrError {
        ... on AssetChecks { checks { name blocking } } } } }""")["assetNodes"]
    keys = {"/".join(a["assetKey"]["path"]) for a in assets}
    assert {"ocop_warehouse", "article_claims", "province_stats", "source_files"} <= keys
    checks = {c["name"]: c["blocking"] for a in assets for c in (a["assetChecksOrError"].get("checks") or [])}
    assert checks["not_smaller_than_published"] is True and checks["documented_tables"] is True
    assert checks["source_conflicts"] is False

    launched = graphql(port, """mutation($p: ExecutionParams!) { launchPipelineExecution(executionParams: $p) {
        __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message }
        ... on RunConfigValidationInvalid { errors { message } } } }""",
                       {"p": {"selector": {**REPOSITORY, "pipelineName": "refresh_warehouse"}, "runConfigData": {}}})
    assert launched["launchPipelineExecution"]["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["launchPipelineExecution"]["run"]["runId"]
    deadline = time.monotonic() + RUN_S
    status, tags = None, {}
    while time.monotonic() < deadline:
        run = graphql(port, """query($id: ID!) { runOrError(runId: $id) { ... on Run { status
            tags { key value } } } }""", {"id": run_id})["runOrError"]
        status, tags = run["status"], {t["key"]: t["value"] for t in run["tags"]}
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            break
        time.sleep(1)
    assert status == "SUCCESS", f"run {run_id} ended {status}:\n{log.read_text()[-4000:]}"
    assert tags["ocop/raw_dir"] == str(raw) and tags["ocop/warehouse"] == str(target)
    assert tags["ocop/refresh"] == "warehouse"
    con = duckdb.connect(str(target), read_only=True)
    try:
        assert con.execute("select run_id, trigger from refresh_log").fetchall() == [(run_id, "launched")]
    finally:
        con.close()

    ticks = graphql(port, """query($s: SensorSelector!) { sensorOrError(sensorSelector: $s) { ... on Sensor {
        sensorState { ticks(limit: 5) { status skipReason } } } } }""",
                    {"s": {**REPOSITORY, "sensorName": "raw_folder_sensor"}})["sensorOrError"]["sensorState"]["ticks"]
    assert all(t["status"] != "FAILURE" for t in ticks), ticks
