"""When a refresh runs by itself: the raw-folder sensor and the nightly schedule (both on by default; the Dagster
daemon, which ``make dev`` starts, evaluates them).

``raw_folder_sensor`` looks at ``OCOP_RAW_DIR`` every minute. Its cursor is the digest of the folder's content (every
file's source_id and SHA-256, hashed again only when a file's stat changed): a new, changed or removed file changes
the digest and requests one refresh, with a run key made of the digest and a counter, so the same content never
requests two runs (a tick that crashed and is evaluated again asks under the same key) while a folder that returns to
an earlier content is refreshed again. The files behind each digest are kept beside the parse cache, so a tick says
which files changed. It does not request a run when

* a file changed less than ``OCOP_SENSOR_SETTLE`` seconds ago (a copy in progress: it looks again next tick);
* the published warehouse already holds this content (after a ``make run``, or on the first tick after a restart);
* a refresh is queued and has not started yet: it will read the folder as it is when it starts.

A requested run queues behind a running refresh (the ``ocop/refresh`` run-queue limit of the instance), so refreshes
never overlap. ``nightly_refresh`` runs the same job at 02:00 Asia/Ho_Chi_Minh unless the published warehouse was
built from the same files by the same code (the tick then says so and why).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from ocop_pipeline import cache, config, inventory, status
from ocop_pipeline.resources import OcopSettings

JOB = "refresh_warehouse"
SENSOR_INTERVAL_S = 60


def run_tags(trigger: str, settings: OcopSettings) -> dict[str, str]:
    return {"ocop/trigger": trigger, "ocop/raw_dir": str(settings.raw_path()),
            "ocop/warehouse": str(settings.warehouse_path())}


@dataclass(frozen=True)
class Look:
    """One look at the raw folder: a run to request (with its key), or why not; and the cursor to keep."""

    cursor: str | None
    message: str
    run_key: str | None = None

    @property
    def request(self) -> bool:
        return self.run_key is not None


def look_at_folder(raw_dir: Path, target: Path, cursor: str | None,
                   refresh_waiting: Callable[[], bool] = lambda: False, settle: float | None = None) -> Look:
    """The sensor's decision, without Dagster (``refresh_waiting`` says whether a refresh is queued, not started)."""
    if not raw_dir.is_dir():
        return Look(cursor, f"the raw folder {raw_dir} is not a folder (not mounted?): nothing to look at")
    try:
        state = json.loads(cursor) if cursor else {}
    except ValueError:  # a cursor from another version: look as if for the first time
        state = {}
    now = inventory.take_with_cache(raw_dir, target)
    folder = cache.cache_dir(target)
    if state.get("digest") == now.digest:
        return Look(cursor, f"no change since the last look ({len(now.files)} files)")
    quiet_s = (time.time_ns() - now.newest_change_ns) / 1e9
    settle = config.sensor_settle_s() if settle is None else settle
    if quiet_s < settle:
        return Look(cursor, f"a file changed {quiet_s:.0f} s ago: waiting until the folder has been quiet for "
                            f"{settle:g} s (a copy may be in progress)")
    before = inventory.load_snapshot(folder, state["digest"]) if state.get("digest") else None
    inventory.save_snapshot(folder, now)
    if before is not None:
        what = inventory.diff(before, now.files).describe()
    elif state:
        what = f"{len(now.files)} files; the list behind the previous look is gone (cache cleared), so no detail"
    else:
        what = f"first look: {len(now.files)} files"
    generation = int(state.get("generation", 0)) + 1
    kept = json.dumps({"digest": now.digest, "generation": generation, "files": len(now.files)})
    published = status.last_publish(target)
    if published and published["inventory_digest"] == now.digest and published["raw_dir"] == str(raw_dir):
        return Look(kept, f"no refresh needed: the published warehouse (run {published['run_id']}) already holds "
                          f"exactly these files. {what}")
    if refresh_waiting():
        return Look(kept, f"a refresh is queued and has not started: it will read these files. {what}")
    return Look(kept, what, run_key=f"{now.digest[:16]}-{generation}")


def _refresh_waiting(instance: dg.DagsterInstance) -> bool:
    waiting = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED]
    return bool(instance.get_run_records(dg.RunsFilter(job_name=JOB, statuses=waiting), limit=1))


@dg.sensor(
    job_name=JOB,
    minimum_interval_seconds=SENSOR_INTERVAL_S,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Requests one refresh when files in the raw folder are added, changed or removed (by content hash); "
                "waits for a copy to finish, and never while a requested refresh is still queued.",
)
def raw_folder_sensor(context: dg.SensorEvaluationContext, settings: OcopSettings):
    look = look_at_folder(settings.raw_path(), settings.warehouse_path(), context.cursor,
                          refresh_waiting=lambda: _refresh_waiting(context.instance))
    if look.cursor != context.cursor:
        context.update_cursor(look.cursor)
    if not look.request:
        return dg.SkipReason(look.message)
    context.log.info(look.message)
    return dg.RunRequest(run_key=look.run_key, tags={**run_tags("sensor", settings), "ocop/changes":
                                                     look.message.splitlines()[0][:200]})


@dg.schedule(
    job_name=JOB,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Nightly refresh at 02:00 Viet Nam time, picking up every file in the raw folder and any change of "
                "code or rules; skipped when the published warehouse was built from the same files by the same code.",
)
def nightly_refresh(context: dg.ScheduleEvaluationContext, settings: OcopSettings):
    reason = status.up_to_date(settings.raw_path(), settings.warehouse_path())
    if reason:
        return dg.SkipReason(reason)
    return dg.RunRequest(tags=run_tags("schedule", settings))
