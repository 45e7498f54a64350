"""Two or more checkouts by turns, each on its own copy of one warm folder: the job after the same edits in each.

    .venv/bin/python benchmarks/bench_paired.py STATE OUT before=CHECKOUT,after=CHECKOUT [--nothing 2] [--seeds 101,102]

``STATE`` is a work folder of ``bench_incremental.py`` (its ``raw`` and ``wh``, the warehouse with its caches). Each
checkout gets a copy in ``OUT/NAME`` and runs, by turns with the others: a warm-up job (not counted: it draws the
report's charts with its own code), ``--nothing`` jobs with nothing changed, then one job after each ``--seeds``
edit (``touch_share``, the same in every copy). Each refresh's line gives its Dagster steps, the digest of its
published tables and of the report's images and how many charts the report drew; the last lines give medians and
ranges and whether every refresh published the same tables and images as its counterpart. Use exported snapshots
(``git archive``) as checkouts: a file edited while this runs would change what is measured.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_incremental as bi  # noqa: E402
from generate_raw import touch_share  # noqa: E402


def report_note(home: Path) -> str:
    """What the report step said of its charts (drawn, unchanged) in the latest run at ``home``."""
    import dagster as dg
    instance = dg.DagsterInstance.from_config(str(home))
    try:
        run = instance.get_runs(limit=1)[0]
        for rec in instance.get_records_for_run(run.run_id, limit=100000).records:
            msg = rec.event_log_entry.user_message or ""
            if "charts drawn" in msg:
                return re.search(r"\((\d+) charts drawn, (\d+) unchanged", msg).group(0)
    finally:
        instance.dispose()
    return "?"


def images(page: Path) -> str:
    """A digest of every image of a report page (the rest names the run and the time)."""
    blobs = re.findall(rb'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', page.read_bytes())
    return hashlib.sha256(b"\0".join(blobs)).hexdigest()[:12]


def summary(label: str, runs: list[dict]) -> str:
    def fmt(values: list[float]) -> str:
        return f"{statistics.median(values):.1f} ({min(values):.1f}–{max(values):.1f}, n={len(values)})"

    steps: dict[str, list[float]] = {}
    for r in runs:
        for step, seconds in r["steps"].items():
            steps.setdefault(step, []).append(seconds)
    big = ", ".join(f"{step} {fmt(v)}" for step, v in sorted(steps.items(), key=lambda kv: -max(kv[1]))
                    if step != "run" and max(v) >= 0.3)
    return f"{label}: wall {fmt([r['wall'] for r in runs])}, CPU {fmt([r['cpu'] for r in runs])} | {big}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("state", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("codes", help="NAME=CHECKOUT,NAME=CHECKOUT …")
    parser.add_argument("--nothing", type=int, default=2)
    parser.add_argument("--seeds", default="101,102,103")
    args = parser.parse_args(argv)
    codes = [(name, Path(path).resolve()) for name, path in (c.split("=", 1) for c in args.codes.split(","))]
    works = {}
    for name, _ in codes:
        work = args.out.resolve() / name
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        subprocess.run(["cp", "-a", str(args.state / "raw"), str(args.state / "wh"), str(work)], check=True)
        works[name] = work
    results: dict[str, list[dict]] = {name: [] for name, _ in codes}

    def by_turns(label: str, kind: str, turn: int) -> None:
        for name, code in codes if turn % 2 == 0 else codes[::-1]:
            work = works[name]
            measured = bi.refresh(work / "raw", work / "wh" / "ocop.duckdb", work, f"{name} {label}", code)
            measured.update(kind=kind, report=report_note(work / "home"),
                            images=images(work / "wh" / "ocop_report.html"))
            print(f"   {name} {label}: report {measured['report']}, images {measured['images']}", flush=True)
            results[name].append(measured)

    by_turns("warm-up", "warm-up", 0)
    for turn in range(args.nothing):
        by_turns(f"nothing changed {turn + 1}", "nothing", turn + 1)
    for turn, seed in enumerate(int(s) for s in args.seeds.split(",") if s):
        for work in works.values():
            touch_share(work / "raw", 0.01, seed=seed)
        time.sleep(0.05)
        by_turns(f"1 % changed, seed {seed}", "changed", turn)
    for kind in ("nothing", "changed"):
        for name, _ in codes:
            runs = [r for r in results[name] if r["kind"] == kind]
            if runs:
                print(summary(f"{kind} {name}", runs))
    first, *others = [name for name, _ in codes]
    same = True
    for other in others:
        pairs = list(zip(results[first], results[other], strict=True))
        tables = all(a["tables"] == b["tables"] for a, b in pairs)
        pictures = all(a["images"] == b["images"] for a, b in pairs)
        same = same and tables and pictures
        print(f"{first} and {other}: {'the same' if tables else 'OTHER'} tables, {'the same' if pictures else 'OTHER'} "
              "report images, refresh by refresh")
    (args.out / "results.json").write_text(json.dumps(results, default=str, indent=1), encoding="utf-8")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
