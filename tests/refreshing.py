"""Running the refresh job in the test process and reading what it published: one way for every test that needs it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ocop_pipeline.config import PROJECT_ROOT

if TYPE_CHECKING:
    import dagster as dg

SHIPPED_RAW = PROJECT_ROOT / "data" / "raw"  # the raw inputs shipped in the repository


def refresh(raw: Path, target: Path, instance: dg.DagsterInstance | None = None, tags: dict[str, str] | None = None,
            **settings) -> dg.ExecuteInProcessResult:
    """The refresh_warehouse job on ``raw`` into ``target`` (settings: the resource's other fields); it must succeed."""
    # On use: conftest imports this module, and most tests need no Dagster.
    import dagster as dg

    from ocop_pipeline.definitions import defs

    config = {"raw_dir": str(raw), "warehouse": str(target), **settings}
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
        instance=instance or dg.DagsterInstance.ephemeral(), tags=tags or None,
        run_config={"resources": {"settings": {"config": config}}})
    assert result.success
    return result


def contents(target: Path) -> dict[str, list]:
    """Every published table's rows, in the published order (refresh_log, which names the run, left out)."""
    con = duckdb.connect(str(target), read_only=True)
    try:
        names = [r[0] for r in con.execute("select table_name from duckdb_tables() order by 1").fetchall()]
        return {n: con.execute(f'select * from "{n}"').fetchall() for n in names if n != "refresh_log"}
    finally:
        con.close()
