"""Time a full refresh, a refresh with nothing changed and one with 1 % of the files changed, the way ``make run``
runs them, on a generated raw folder (5,000 articles and 20,000 product rows by default).

    .venv/bin/python benchmarks/bench_refresh.py [ARTICLES] [ROWS] [--write-readme]

Each refresh is ``python -m ocop_pipeline.build`` in a fresh process (interpreter start and imports included), with an
ephemeral Dagster instance. Measured:

1. full: no parse cache, no published warehouse;
2. nothing changed: the same folder again, every file's result reused from the cache, reconciliation and the
   publish in full;
3. nothing changed, ``--if-changed``: what the nightly schedule and the sensor do (they compare the folder's content
   digest and the code with the published warehouse's ``refresh_log`` and request no run);
4. 1 % changed: 1 % of the files (articles and spreadsheets alike) edited, the job again;
5. the sensor's look at the unchanged folder (in process).

``--write-readme`` replaces the figures in ``benchmarks/README.md``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import machine  # noqa: E402
from generate_raw import generate, touch_share  # noqa: E402

from ocop_pipeline.config import PROJECT_ROOT  # noqa: E402

README = PROJECT_ROOT / "benchmarks" / "README.md"
BEGIN, END = "<!-- bench_refresh:begin -->", "<!-- bench_refresh:end -->"


def refresh(raw: Path, target: Path, *args: str) -> float:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    env.update(OCOP_RAW_DIR=str(raw), OCOP_WAREHOUSE=str(target), OCOP_LOG_LEVEL="WARNING", OCOP_PROGRESS_BAR="0")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "ocop_pipeline.build", *args], env=env, capture_output=True,
                          text=True, cwd=PROJECT_ROOT)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"refresh failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return took


def sensor_look(raw: Path, target: Path) -> float:
    import json

    from ocop_pipeline.sensors import look_at_folder

    first = look_at_folder(raw, target, None, settle=0)
    cursor = first.cursor or json.dumps({})
    started = time.perf_counter()
    look = look_at_folder(raw, target, cursor, settle=0)
    took = time.perf_counter() - started
    assert not look.request, look.message
    return took


def main(articles: int, rows: int, write_readme: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        raw, target = Path(tmp) / "raw", Path(tmp) / "wh" / "ocop.duckdb"
        generate(raw, articles, rows)
        files = sum(1 for p in raw.rglob("*") if p.is_file())
        full = refresh(raw, target)
        same = refresh(raw, target)
        skipped = refresh(raw, target, "--if-changed")
        look = sensor_look(raw, target)
        changed = touch_share(raw, 0.01)
        time.sleep(0.1)
        one_pct = refresh(raw, target)
    rows_ = [
        ("full refresh (no cache, no warehouse)", full),
        ("nothing changed: the job, every file from the cache", same),
        ("nothing changed: `--if-changed` (the schedule's and sensor's check)", skipped),
        ("nothing changed: one sensor tick (in process)", look),
        (f"1 % changed ({len(changed)} files): the job", one_pct),
    ]
    table = [f"On {articles:,} articles and {rows:,} product rows ({files:,} files), {machine()}; "
             f"{time.strftime('%Y-%m-%d')}:", "", "| refresh | seconds | share of the full refresh |",
             "| --- | ---: | ---: |"]
    table += [f"| {label} | {took:.1f} | {100 * took / full:.1f} % |" for label, took in rows_]
    text = "\n".join(table)
    print(text)
    if write_readme:
        readme = README.read_text(encoding="utf-8") if README.exists() else f"{BEGIN}\n{END}\n"
        readme = re.sub(f"{re.escape(BEGIN)}.*?{re.escape(END)}", f"{BEGIN}\n{text}\n{END}", readme, flags=re.S)
        README.write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    numbers = [int(a) for a in sys.argv[1:] if not a.startswith("--")]
    main(*(numbers + [5000, 20000][len(numbers):]), write_readme="--write-readme" in sys.argv)
