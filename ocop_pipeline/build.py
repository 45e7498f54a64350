"""``python -m ocop_pipeline.build``: run the ``refresh_warehouse`` job through Dagster and report what was published.

This is what ``make run`` calls. The run is recorded in the Dagster instance at ``DAGSTER_HOME`` when that is set
(``make`` sets it to the project's ``.dagster_home``), so it shows in ``make dev``; otherwise it uses a temporary one.
"""

from __future__ import annotations

import os
import sys

import dagster as dg

from ocop_pipeline import config, warehouse
from ocop_pipeline.definitions import defs


def main() -> int:
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    target = config.warehouse_path()
    raw_dir = config.raw_dir()
    print(f"raw input:  {raw_dir}")
    print(f"warehouse:  {target}")
    if not raw_dir.is_dir():
        # An empty warehouse from a mistyped folder would silently replace a good one.
        print(f"OCOP_RAW_DIR {raw_dir} is not a folder; nothing was built and {target} was left as it was.",
              file=sys.stderr)
        return 2
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
        instance=instance,
        raise_on_error=False,
        run_config={"loggers": {"console": {"config": {"log_level": os.environ.get("OCOP_LOG_LEVEL", "INFO")}}}},
    )
    failed_checks = [
        evaluation
        for evaluation in result.get_asset_check_evaluations()
        if not evaluation.passed
    ]
    for evaluation in failed_checks:
        detail = evaluation.metadata.get("faults") or evaluation.metadata.get("offending_rows")
        blocking = evaluation.severity == dg.AssetCheckSeverity.ERROR
        print(f"{'check failed' if blocking else 'warning'}: {evaluation.asset_key.to_user_string()} "
              f"{evaluation.check_name}: {detail.value if detail else ''}", file=sys.stderr)
    if not result.success:
        for event in result.all_events:
            if event.is_step_failure:
                print(f"step failed: {event.step_key}: {event.step_failure_data.error.message.strip()}", file=sys.stderr)
        print(f"refresh failed (run {result.run_id}); {target} was left as it was.", file=sys.stderr)
        return 1
    print(f"published {target} (run {result.run_id}):")
    for name, rows in warehouse.table_row_counts(target).items():
        print(f"  {name:<32} {rows:>8} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
