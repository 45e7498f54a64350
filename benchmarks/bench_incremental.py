"""Where the time of an incremental refresh goes: the job with nothing changed and after 1 % of the files changed,
stage by stage, and whether it publishes what a full refresh publishes.

    .venv/bin/python benchmarks/bench_incremental.py RAW WORK [--runs 3] [--code DIR]

``RAW`` is a generated raw folder (``generate_raw.py RAW 10000 20000``); it is copied into ``WORK/raw`` (times kept)
and never changed. In ``WORK`` (emptied first), each refresh is ``python -m ocop_pipeline.build`` in a new process
with a Dagster instance of its own, as ``bench.py`` runs it (``--code``: the checkout to run, default this one):

1. a full refresh (no cache, no warehouse);
2. ``--runs`` times the job with nothing changed;
3. ``--runs`` times: 1 % of the files edited (``generate_raw.touch_share``, seeds 100, 101 …), the job;
4. a full refresh of the final folder into a new warehouse, whose tables must equal the incremental one's
   (``--no-final``: not done, to save a full refresh at 100,000 articles; compare the digests with another checkout's
   instead).

Printed: each refresh's wall and CPU time, its Dagster steps (``bench.step_times``), the digest of its published
tables (``bench.published_digest``), and the medians. The same seeds give the same folders, so the digests of two
checkouts' sequences can be compared table for table.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402
from generate_raw import touch_share  # noqa: E402


def refresh(raw: Path, target: Path, work: Path, label: str, code: Path) -> dict:
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)
    env = {**bench.refresh_env(raw, target, home), "PYTHONPATH": str(code)}
    log = work / f"{label}.log"
    # -P: the child runs in this checkout's folder, and ``python -m`` would put that folder ahead of PYTHONPATH,
    # running this checkout's code whatever ``--code`` says.
    measured = bench.run_child([sys.executable, "-P", "-m", "ocop_pipeline.build"], env, log)
    bench._check(measured, log)
    measured.update(label=label, steps=bench.step_times(home), tables=bench.published_digest(target))
    steps = " ".join(f"{name} {seconds:.1f}" for name, seconds in measured["steps"].items() if seconds >= 0.05)
    bench.say(f"{label}: {measured['wall']:.1f} s wall, {measured['cpu']:.1f} s CPU, tables "
              f"{measured['tables'][:12]} | {steps}")
    return measured


def summary(name: str, runs: list[dict], full: float) -> str:
    walls = [r["wall"] for r in runs]
    steps = sorted({s for r in runs for s in r["steps"]}, key=lambda s: -max(r["steps"].get(s, 0) for r in runs))
    per_step = ", ".join(f"{s} {bench.fmt([r['steps'].get(s, 0.0) for r in runs])}" for s in steps
                         if s != "run" and max(r["steps"].get(s, 0) for r in runs) >= 0.1)
    outside = [r["wall"] - sum(v for s, v in r["steps"].items() if s != "run") for r in runs]
    return (f"{name}: {bench.fmt(walls)} s ({100 * bench._median(walls) / full:.1f} % of the full refresh); "
            f"steps: {per_step}; outside the steps (start-up, Dagster, row counts) {bench.fmt(outside)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--code", type=Path, default=HERE.parent)
    parser.add_argument("--no-final", action="store_true", help="skip the full refresh of the final folder")
    args = parser.parse_args(argv)
    work, code = args.work.resolve(), args.code.resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    raw, target = work / "raw", work / "wh" / "ocop.duckdb"
    subprocess.run(["cp", "-a", str(args.raw), str(raw)], check=True)
    bench.say(f"{bench.machine()}; code {code}")
    full = refresh(raw, target, work, "full", code)
    unchanged = [refresh(raw, target, work, f"nothing changed {run + 1}", code) for run in range(args.runs)]
    changed = []
    for run in range(args.runs):
        touched = touch_share(raw, 0.01, seed=100 + run)
        time.sleep(0.05)
        changed.append(refresh(raw, target, work, f"1 % changed {run + 1} ({len(touched)} files)", code))
    again = None if args.no_final else refresh(raw, work / "wh_full" / "ocop.duckdb", work,
                                               "full refresh of the final folder", code)
    print(summary("nothing changed", unchanged, full["wall"]))
    print(summary("1 % changed", changed, full["wall"]))
    same = True
    if again is None:
        print(f"full refresh: {full['wall']:.1f} s wall, {full['cpu']:.1f} s CPU; no full refresh of the final folder "
              "(--no-final): compare the digests above with another checkout's")
    else:
        same = again["tables"] == changed[-1]["tables"] if changed else again["tables"] == full["tables"]
        print(f"full refresh: {full['wall']:.1f} s wall, {full['cpu']:.1f} s CPU; the incremental refresh publishes "
              f"{'the same tables as' if same else 'OTHER TABLES THAN'} a full refresh of the same folder")
    runs = [full, *unchanged, *changed, *([again] if again else [])]
    (work / "results.json").write_text(json.dumps(runs, default=str, indent=1), encoding="utf-8")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
