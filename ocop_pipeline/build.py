"""``python -m ocop_pipeline.build``: run the ``refresh_warehouse`` job through Dagster and report what was published.

This is what ``make run`` calls. The run is recorded in the Dagster instance at ``DAGSTER_HOME`` when that is set
(``make`` sets it to the project's ``.dagster_home``), so it shows in ``make dev``; otherwise it uses a temporary one.
Files whose content did not change since an earlier refresh are not parsed again (the parse cache beside the
warehouse); progress is logged every few seconds, with a bar on a terminal. The last line says what happened: what
was published, or which asset or check stopped the publish and why.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ocop_pipeline import config, warehouse

if TYPE_CHECKING:
    import dagster as dg

USAGE = """settings come from the environment:
  OCOP_RAW_DIR        the raw folder (default data/raw)
  OCOP_WAREHOUSE      the published warehouse (default data/warehouse/ocop.duckdb)
  OCOP_ACCEPT_SHRINK  1: publish even when much smaller than the published warehouse
  OCOP_MAX_SHRINK     largest share by which files, claims or ratings may fall (default 0.5)
  OCOP_LOCK_TIMEOUT   seconds to wait for another refresh of the same warehouse (default 1800)
  OCOP_LOG_LEVEL      log level (default INFO)
  DAGSTER_HOME        the Dagster instance the run is recorded in (make sets .dagster_home)

exit status: 0 published (or, with --if-changed, nothing to do), 1 the refresh failed or was refused,
2 bad settings (no raw folder, warehouse folder not writable)."""


def _writable(folder: Path) -> str | None:
    """Why nothing can be written into ``folder`` (created if missing), or None."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".ocop-write-test-"):
            pass
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def _failure_lines(result: dg.ExecuteInProcessResult) -> list[str]:
    import dagster as dg

    lines = []
    for evaluation in result.get_asset_check_evaluations():
        if evaluation.passed:
            continue
        detail = evaluation.metadata.get("faults") or evaluation.metadata.get("offending_rows")
        blocking = evaluation.severity == dg.AssetCheckSeverity.ERROR
        lines.append(f"{'check failed' if blocking else 'warning'}: {evaluation.asset_key.to_user_string()} "
                     f"{evaluation.check_name}: {detail.value if detail else ''}")
    for event in result.all_events:
        if event.is_step_failure:
            error = event.step_failure_data.error
            message = (error.message.strip().splitlines() or [""])[-1] if error else ""
            if error and error.cls_name == "Failure":
                message = (event.step_failure_data.user_failure_data.description
                           if event.step_failure_data.user_failure_data else message)
            lines.append(f"asset step {event.step_key} failed: {message}")
    return lines


def parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(
        prog="python -m ocop_pipeline.build",
        description="Refresh the OCOP warehouse: run the refresh_warehouse job through Dagster (what make run does) "
                    "and report what was published.",
        epilog=USAGE, formatter_class=argparse.RawDescriptionHelpFormatter)


def main(argv: list[str] | None = None) -> int:
    arguments = parser()
    arguments.add_argument("--if-changed", action="store_true",
                           help="do nothing when the published warehouse was built from the same raw files (by "
                                "content) by the same code: what the nightly schedule does")
    try:
        args = arguments.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    target = config.warehouse_path()
    raw_dir = config.raw_dir()
    print(f"raw input:  {raw_dir}")
    print(f"warehouse:  {target}")
    if not raw_dir.is_dir():
        # An empty warehouse from a mistyped folder would silently replace a good one.
        print(f"OCOP_RAW_DIR {raw_dir} is not a folder; nothing was built and {target} was left as it was.",
              file=sys.stderr)
        return 2
    problem = _writable(target.parent)
    if problem:
        print(f"cannot write into the warehouse folder {target.parent} ({problem}); nothing was built and "
              f"{target} was left as it was.", file=sys.stderr)
        return 2
    if args.if_changed:
        from ocop_pipeline import status

        reason = status.up_to_date(raw_dir, target)
        if reason:
            print(f"{reason}; {target} left as it was.")
            return 0
    import dagster as dg

    from ocop_pipeline.definitions import defs

    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
        instance=instance,
        raise_on_error=False,
        run_config={"loggers": {"console": {"config": {"log_level": os.environ.get("OCOP_LOG_LEVEL", "INFO")}}}},
        tags={"ocop/trigger": "make run"},
    )
    failures = _failure_lines(result)
    for line in failures:
        print(line, file=sys.stderr)
    if not result.success:
        stopped = next((line for line in reversed(failures) if line.startswith("asset step")), "the run failed")
        print(f"refresh failed (run {result.run_id}); {target} was left as it was. {stopped}", file=sys.stderr)
        return 1
    print(f"published {target} (run {result.run_id}):")
    for name, rows in warehouse.table_row_counts(target).items():
        print(f"  {name:<32} {rows:>8} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
