"""Time of each reconciliation step, the loop version it replaced (before) against the whole-frame one (after).

    .venv/bin/python benchmarks/bench_reconcile.py [--sizes 1000 10000 100000] [--runs 3] [--before-runs N]

Inputs come from ``synthetic_inputs`` in tests/test_reconcile.py, deterministic by seed: about 6 claims per article
over the 63 + 34 units and the years 2019-2026, several sources per key, 2 product-list ratings per article. The
"before" functions are the oracle kept in that test file. Each figure is the median of --runs runs (--before-runs
for the loop version, which takes minutes at 100,000 articles). Every "after" result is checked equal to the
"before" one, to the last bit, at every size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import test_reconcile as oracle  # noqa: E402  (the loop version lives beside the test that compares against it)

from ocop_pipeline import geography, reconcile  # noqa: E402


def timed(function: Callable, runs: int) -> tuple[float, object]:
    seconds, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), result


def same(after, before) -> None:
    if isinstance(after, pl.DataFrame) and isinstance(before, pl.DataFrame):
        assert_frame_equal(after, before, check_exact=True)
    else:  # issue lists: the oracle's Issue objects against the new frame's rows
        after = oracle.issue_rows(after)
        before = oracle.issue_rows(before)
        assert sorted(after, key=str) == sorted(before, key=str)


def steps(claims: pl.DataFrame, ratings: pl.DataFrame, stats: pl.DataFrame) -> list[tuple[str, Callable, Callable]]:
    provinces, merger = geography.dim_province_frame(), geography.province_merger_frame()
    return [
        ("list_counts", lambda: reconcile.list_counts(ratings).sort("claim_id"),
         lambda: oracle.oracle_list_counts(ratings).sort("claim_id")),
        ("province_stats", lambda: reconcile.province_stats(claims), lambda: oracle.oracle_province_stats(claims)),
        ("breakdown_issues", lambda: reconcile.breakdown_issues(claims),
         lambda: oracle.oracle_breakdown_issues(claims)),
        ("conflict_issues", lambda: reconcile.conflict_issues(stats), lambda: oracle.oracle_conflict_issues(stats)),
        ("falling_count_issues", lambda: reconcile.falling_count_issues(stats, ratings),
         lambda: oracle.oracle_falling_count_issues(stats, ratings)),
        ("place_issues", lambda: reconcile.place_issues(claims), lambda: oracle.oracle_place_issues(claims)),
        ("reconciliation_issues (all four)", lambda: reconcile.reconciliation_issues(claims, stats, ratings),
         lambda: oracle.oracle_reconciliation_issues(claims, stats, ratings)),
        ("unit_values", lambda: reconcile.unit_values(stats, provinces, merger),
         lambda: oracle.oracle_unit_values(stats, provinces, merger)),
        ("aggregates national", lambda: reconcile.aggregates(stats, claims, provinces, merger, "national"),
         lambda: oracle.oracle_aggregates(stats, claims, provinces, merger, "national")),
        ("aggregates region", lambda: reconcile.aggregates(stats, claims, provinces, merger, "region"),
         lambda: oracle.oracle_aggregates(stats, claims, provinces, merger, "region")),
    ]


# The reconciliation asset runs these: province_stats, reconciliation_issues and both aggregates (list_counts runs
# in the claims asset). unit_values and the four issue functions are inside them, so they are not added again.
ASSET_STEPS = ("province_stats", "reconciliation_issues (all four)", "aggregates national", "aggregates region")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before-runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    table = []
    for articles in args.sizes:
        started = time.perf_counter()
        claims, ratings = oracle.synthetic_inputs(articles, args.seed)
        stats = reconcile.province_stats(claims)
        print(f"{articles:,} articles: {claims.height:,} claims, {ratings.height:,} ratings, {stats.height:,} "
              f"province figures (generated in {time.perf_counter() - started:.1f} s)", flush=True)
        totals = [0.0, 0.0]
        for name, after, before in steps(claims, ratings, stats):
            after_s, after_result = timed(after, args.runs)
            before_s, before_result = timed(before, args.before_runs)
            same(after_result, before_result)
            table.append((name, articles, before_s, after_s))
            if name in ASSET_STEPS:
                totals[0] += before_s
                totals[1] += after_s
            print(f"  {name:34} before {before_s:8.3f} s  after {after_s:7.3f} s", flush=True)
        table.append(("reconciliation asset (sum of the above)", articles, *totals))

    print("\n| step | articles | before (s) | after (s) | speed-up |\n| --- | ---: | ---: | ---: | ---: |")
    for name, articles, before_s, after_s in table:
        ratio = before_s / after_s
        print(f"| {name} | {articles:,} | {before_s:.3f} | {after_s:.3f} | "
              f"{f'{ratio:.1f}' if ratio < 10 else f'{ratio:,.0f}'}× |")
    print(f"\nmedian of {args.runs} runs after, {args.before_runs} before; polars {pl.__version__}, "
          f"Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
