"""Reconciliation on worked examples from the seed facts, written as our own article extracts."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import asdict, dataclass
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from ocop_pipeline import geography, reconcile
from ocop_pipeline.articles.ingest import ingest_articles, validated_claims
from ocop_pipeline.contracts import (
    AGG_NATIONAL, CLAIMS, FACT_PRODUCT_RATING, PROVINCE_STATS, RECONCILIATION_ISSUES,
)
from ocop_pipeline.definitions import defs
from ocop_pipeline.spreadsheets.ingest import SpreadsheetBatch, build_dimensions
from ocop_pipeline.vocab import (
    ADDITIVE_KINDS, CERTIFICATE_MONTHS, CORE_STARS, COUNT_METRICS, FIRST_CERTIFICATE_YEAR, LAYOUTS, NATIONAL_NAME,
    POTENTIAL_5, STAR_LEVELS,
)


def claims_from(tmp_path: Path, articles: dict[str, tuple[str | None, str]], ratings: pl.DataFrame | None = None):
    """Claims of the given articles ({file: (published ISO date or None, text)}) and product-list ratings."""
    folder = tmp_path / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    manifest = ["file,url,outlet,published"]
    for name, (published, text) in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        manifest.append(f"{name},,,{published or ''}")
    (folder / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    batch = ingest_articles(tmp_path)
    empty_ratings = build_dimensions(SpreadsheetBatch().ratings_frame())[2]
    ratings = empty_ratings if ratings is None else ratings
    return reconcile.all_claims(validated_claims(batch), SpreadsheetBatch().claims_frame(), ratings), ratings


def reconciled(tmp_path: Path, articles, ratings=None):
    claims, ratings = claims_from(tmp_path, articles, ratings)
    stats = reconcile.province_stats(claims)
    issues = reconcile.reconciliation_issues(claims, stats, ratings)
    return claims, stats, issues


TRA_VINH = ("2023-06-12", "Trà Vinh sơ kết OCOP.\nGiai đoạn 2019-2022, toàn tỉnh Trà Vinh có 184 sản phẩm OCOP; "
                          "trong đó 137 sản phẩm 3 sao, 38 sản phẩm 4 sao, 3 sản phẩm 5 sao và 6 sản phẩm tiềm năng 5 sao.")


def test_tra_vinh_breakdown_closes_with_the_potential_five_star_products(tmp_path: Path) -> None:
    _, _, issues = reconciled(tmp_path, {"tra_vinh.txt": TRA_VINH})
    assert issues.filter(pl.col("kind") == "breakdown_mismatch").is_empty()


def test_a_breakdown_that_does_not_add_up_is_an_issue(tmp_path: Path) -> None:
    _, _, issues = reconciled(tmp_path, {"x.txt": ("2023-06-12", "Năm 2022, tỉnh Bến Tre có 150 sản phẩm OCOP, "
                                                                 "trong đó 90 sản phẩm 3 sao và 40 sản phẩm 4 sao.")})
    mismatch = issues.filter(pl.col("kind") == "breakdown_mismatch")
    assert mismatch.height == 1
    assert "adds up to 130, not the total 150" in mismatch["message"].item()


CA_MAU_PLAN = ("2025-04-19", "Cà Mau lập kế hoạch OCOP.\nTừ năm 2020 đến năm 2023, toàn tỉnh Cà Mau có 138 sản phẩm "
                             "được công nhận OCOP, gồm 109 sản phẩm 3 sao và 29 sản phẩm 4 sao.")
CA_MAU_FESTIVAL = (None, "Festival Tôm Cà Mau năm 2023.\nCà Mau hiện có 145 sản phẩm OCOP được công nhận, trong đó "
                         "113 sản phẩm 3 sao và 32 sản phẩm 4 sao.")


def test_ca_mau_2023_shows_both_figures_as_a_conflict_with_the_chosen_value_and_rule(tmp_path: Path) -> None:
    _, stats, issues = reconciled(tmp_path, {"plan.txt": CA_MAU_PLAN, "festival.txt": CA_MAU_FESTIVAL})
    row = stats.filter((pl.col("province_name") == "Cà Mau") & (pl.col("year") == 2023) & pl.col("stars").is_null()
                       & (pl.col("metric") == "products")).to_dicts()
    assert len(row) == 1
    row = row[0]
    assert sorted(v["value"] for v in row["reported_values"]) == [138, 145]
    assert (row["status"], row["n_sources"], row["min_value"], row["max_value"]) == ("conflict", 2, 138, 145)
    assert row["value"] == 138 and "latest publication wins (2025-04-19)" in row["rule"]
    conflict = issues.filter((pl.col("kind") == "source_conflict") & pl.col("stars").is_null())
    assert "145" in conflict["values"].item() and "138" in conflict["values"].item()


def test_agreeing_sources_and_a_consistent_rounded_figure(tmp_path: Path) -> None:
    _, stats, _ = reconciled(tmp_path, {
        "a.txt": ("2025-10-08", "Thanh Hóa: Hơn 660 sản phẩm OCOP\nTỉnh Thanh Hóa hiện có 661 sản phẩm OCOP."),
        "b.txt": ("2025-10-20", "Tỉnh Thanh Hóa hiện có 661 sản phẩm OCOP."),
    })
    row = stats.filter(pl.col("stars").is_null()).to_dicts()[0]
    assert (row["value"], row["status"], row["n_sources"]) == (661, "agreed", 2)


def test_a_national_figure_stands_beside_the_bottom_up_sum_with_its_coverage(tmp_path: Path) -> None:
    claims, stats, _ = reconciled(tmp_path, {
        "national.txt": ("2023-12-10", "Đến nay cả nước có trên 10.880 sản phẩm OCOP, với 5.610 chủ thể."),
        "ca_mau.txt": ("2023-12-10", "Năm 2023, tỉnh Cà Mau có 145 sản phẩm OCOP."),
        "tra_vinh.txt": TRA_VINH,
    })
    national = reconcile.aggregates(stats, claims, geography.dim_province_frame(), geography.province_merger_frame(),
                                    "national")
    row = national.filter((pl.col("layout") == "pre2025") & (pl.col("year") == 2023) & (pl.col("metric") == "products")
                          & pl.col("stars").is_null() & (pl.col("kind") == "cumulative")).to_dicts()[0]
    # Trà Vinh's 2022 figure is carried forward into 2023.
    assert (row["reported_value"], row["reported_qualifier"], row["bottom_up_value"]) == (10880, "at_least", 329)
    assert (row["provinces_reporting"], row["provinces_carried_forward"], row["provinces_total"]) == (2, 1, 63)
    assert row["coverage_pct"] == pytest.approx(3.2)
    assert (row["gap"], row["reconciled_value"], row["status"]) == (10551, 10880, "reported")
    partial = national.filter((pl.col("year") == 2022) & (pl.col("layout") == "pre2025")
                              & pl.col("stars").is_null() & (pl.col("metric") == "products")).to_dicts()[0]
    assert (partial["status"], partial["reconciled_value"]) == ("partial", None)


def test_a_figure_dated_after_the_merger_lands_in_the_from2025_layout_only(tmp_path: Path) -> None:
    _, stats, issues = reconciled(tmp_path, {
        "vinh_long.txt": ("2025-10-02", "Tỉnh Vĩnh Long hiện có 530 sản phẩm OCOP."),
        "tra_vinh_cu.txt": ("2025-10-05", "Tỉnh Trà Vinh (cũ) hiện có 200 sản phẩm OCOP."),
    })
    vinh_long = stats.filter(pl.col("province_name") == "Vĩnh Long")
    assert vinh_long.select("layout", "province_code", "year", "value").rows() == [("from2025", "86", 2025, 530)]
    assert issues.filter(pl.col("kind") == "place_not_in_force")["geo_name"].to_list() == ["Trà Vinh"]


def test_pre2025_figures_roll_up_into_their_2025_unit_only_when_every_predecessor_reported(tmp_path: Path) -> None:
    claims, stats, _ = reconciled(tmp_path, {
        "a.txt": ("2024-12-01", "Năm 2024, tỉnh Cà Mau có 200 sản phẩm OCOP; tỉnh Bạc Liêu có 110 sản phẩm OCOP; "
                                "tỉnh Bến Tre có 316 sản phẩm OCOP."),
    })
    provinces, merger = geography.dim_province_frame(), geography.province_merger_frame()
    values = reconcile.unit_values(stats, provinces, merger)
    rolled = values.filter((pl.col("layout") == "from2025") & (pl.col("year") == 2024) & pl.col("stars").is_null())
    # Cà Mau (new) = Cà Mau + Bạc Liêu: both reported. Vĩnh Long (new) also needs Trà Vinh and Vĩnh Long: not used.
    assert rolled.select("province_code", "value", "origin").rows() == [("96", 310, "rolled_up")]
    regional = reconcile.aggregates(stats, claims, provinces, merger, "region")
    mekong = regional.filter((pl.col("layout") == "from2025") & (pl.col("region") == "Đồng bằng sông Cửu Long")
                             & (pl.col("year") == 2024) & pl.col("stars").is_null()).to_dicts()[0]
    assert (mekong["bottom_up_value"], mekong["provinces_rolled_up"], mekong["provinces_total"],
            mekong["status"]) == (310, 1, 5, "partial")


def test_a_falling_count_is_flagged_with_the_expiry_explanation_where_it_fits(tmp_path: Path) -> None:
    _, _, issues = reconciled(tmp_path, {
        "a.txt": ("2020-11-19", "Năm 2020, tỉnh Sóc Trăng có 99 sản phẩm OCOP, trong đó 24 sản phẩm 4 sao."),
        "b.txt": ("2021-03-01", "Năm 2021, tỉnh Sóc Trăng có 95 sản phẩm OCOP."),
        "c.txt": ("2024-02-20", "Năm 2024, tỉnh Sóc Trăng có 227 sản phẩm OCOP, trong đó 21 sản phẩm 4 sao."),
    })
    falls = {(r["stars"], r["year"]): r for r in issues.filter(pl.col("kind") == "count_falls").to_dicts()}
    assert falls[(None, 2021)]["explained_by_expiry"] is False
    assert "no certificate could have expired yet" in falls[(None, 2021)]["message"]
    assert falls[("4", 2024)]["explained_by_expiry"] is True
    assert "fell from 24 in 2020 to 21 in 2024" in falls[("4", 2024)]["message"]


def test_a_product_list_that_disagrees_with_a_reported_count(tmp_path: Path) -> None:
    ratings = pl.DataFrame({
        "rating_id": ["r1", "r2"], "product_id": ["p1", "p2"], "stars": [3, 4], "status": [None, None],
        "decision": ["2919/QĐ-UBND"] * 2, "recognized_on": [dt.date(2020, 11, 20)] * 2, "recognized_year": [2020] * 2,
        "expires_on": [dt.date(2023, 11, 20)] * 2, "layout": ["pre2025"] * 2, "province_code": ["46"] * 2,
        "score": [None, None], "source_id": ["spreadsheets/hue.xlsx"] * 2, "sheet": ["S"] * 2, "row_number": [3, 4],
    }, schema_overrides={"status": pl.String, "score": pl.Float64})
    _, stats, issues = reconciled(tmp_path, {
        "hue.txt": ("2020-11-28", "UBND tỉnh Thừa Thiên Huế công nhận 11 sản phẩm OCOP đợt 2 năm 2020."),
    }, ratings)
    row = stats.filter((pl.col("kind") == "new") & pl.col("stars").is_null()).to_dicts()[0]
    assert (row["value"], row["status"]) == (2, "conflict")
    assert "official product list outranks news" in row["rule"]
    assert issues.filter(pl.col("kind") == "list_disagrees").height == 1


def test_structural_faults_are_blocking_and_data_doubts_are_warnings(tmp_path: Path) -> None:
    claims, stats, issues = reconciled(tmp_path, {"tra_vinh.txt": TRA_VINH})
    broken = stats.with_columns(pl.lit(-1.0).alias("value"), pl.lit("7").alias("stars"))
    empty = reconcile.aggregates(stats.clear(), claims.clear(), geography.dim_province_frame(),
                                 geography.province_merger_frame(), "national")
    rows = reconcile.check_rows(claims, broken, issues, empty, empty)
    assert rows["counts_not_negative"].height == broken.height
    assert rows["stars_in_set"].height == broken.height
    blocking = {c.name for c in reconcile.RECONCILIATION_CHECKS if c.blocking}
    assert blocking == {"counts_not_negative", "stars_in_set", "province_keys_have_layout", "coverage_at_most_100"}
    specs = {key.name for key in defs.resolve_asset_graph().asset_check_keys}
    assert {c.name for c in reconcile.RECONCILIATION_CHECKS} <= specs


def table_snapshot(path: Path, table: str) -> list:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
    finally:
        con.close()


def test_a_full_run_publishes_every_table_and_rerunning_gives_identical_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OCOP_RAW_DIR", raising=False)
    outputs = []
    for attempt in ("first", "second"):
        target = tmp_path / attempt / "ocop.duckdb"
        monkeypatch.setenv("OCOP_WAREHOUSE", str(target))
        result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
            instance=dg.DagsterInstance.ephemeral())
        assert result.success
        outputs.append(target)
    tables = ["claims", "province_stats", "fact_sales_uplift", "reconciliation_issues", "agg_national",
              "agg_regional", "article_claims", "fact_product_rating", "dim_product", "source_files", "quarantine"]
    for table in tables:
        first = table_snapshot(outputs[0], table)
        assert first, f"{table} is empty on the shipped data"
        assert first == table_snapshot(outputs[1], table), table
    views = duckdb.connect(str(outputs[0]), read_only=True).execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()
    assert [v[0] for v in views] == ["v_province_latest", "v_province_timeseries", "v_region_year"]


def test_a_blocking_reconciliation_check_stops_the_publish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ocop.duckdb"
    monkeypatch.delenv("OCOP_RAW_DIR", raising=False)
    monkeypatch.setenv("OCOP_WAREHOUSE", str(target))
    honest_check_rows = reconcile.check_rows

    def with_a_negative_count(*frames):
        rows = honest_check_rows(*frames)
        rows["counts_not_negative"] = pl.DataFrame({"layout": ["pre2025"], "province_code": ["96"], "year": [2023],
                                                    "value": [-1.0]})
        return rows

    monkeypatch.setattr(reconcile, "check_rows", with_a_negative_count)
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
        instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
    assert not result.success
    failed = [e for e in result.get_asset_check_evaluations() if not e.passed]
    assert {e.check_name for e in failed} >= {"counts_not_negative"}
    assert not target.exists(), "nothing may be published after a blocking check failed"


# ----------------------------------------------------------------------------------------------------------------
# Whole-frame reconciliation decides exactly as the loop version it replaced. The oracle below is that version
# (commit d866659), kept as it was apart from names: one group or row at a time, easy to check by reading.


@dataclass(frozen=True)
class OracleIssue:
    kind: str
    layout: str | None
    province_code: str | None
    geo_name: str | None
    year: int | None
    metric: str | None
    stars: str | None
    values: str
    sources: str
    message: str
    explained_by_expiry: bool | None = None
    severity: str = "warning"


def oracle_list_counts(ratings: pl.DataFrame) -> pl.DataFrame:
    if ratings.is_empty():
        return CLAIMS.empty()
    usable = ratings.filter(pl.col("recognized_year").is_not_null())
    facts = (pl.len().alias("value"), pl.col("source_id").unique().sort().alias("files"),
             pl.col("recognized_on").max().alias("as_of"))
    by_star = usable.group_by("layout", "province_code", "recognized_year", "stars").agg(*facts)
    total = usable.group_by("layout", "province_code", "recognized_year").agg(*facts).with_columns(
        pl.lit(None, pl.Int64).alias("stars"))
    rows = []
    for row in pl.concat([by_star, total.select(by_star.columns)]).iter_rows(named=True):
        province = geography.province_by_key(row["layout"], row["province_code"])
        stars = None if row["stars"] is None else str(row["stars"])
        files = ", ".join(row["files"])
        rows.append({
            "claim_id": reconcile._id("list", row["layout"], row["province_code"], row["recognized_year"], stars),
            "source_kind": "product_list", "source_id": files, "locator": "fact_product_rating",
            "geo_level": "province", "geo_name": province.name, "province_code": province.province_code,
            "layout": province.layout, "region": province.region, "place_exists_on_date": True,
            "year": row["recognized_year"], "as_of": row["as_of"], "kind": "new", "metric": "products",
            "stars": stars, "value": float(row["value"]),
            "quote": f"{row['value']} {'ratings of ' + stars + ' stars' if stars else 'ratings'} recognised in "
                     f"{row['recognized_year']} in the product lists ({files})",
            "rule_id": "list.count",
        })
    return CLAIMS.frame(rows)


def oracle_compatible(exact: float, value: float, value_high: float | None, qualifier: str | None) -> bool:
    if value_high is not None:
        return value <= exact <= value_high
    if qualifier == "at_least":
        return exact >= value
    if qualifier == "approx":
        return abs(exact - value) <= 0.05 * max(value, 1)
    return exact == value


def oracle_choose(sources: list[dict], kind: str) -> tuple[float, float | None, str, str]:
    distinct = {(s["value"], s["value_high"], s["qualifier"]) for s in sources}
    n_sources = len({s["source_id"] for s in sources})
    exact = [s for s in sources if s["qualifier"] is None and s["value_high"] is None]
    if len(distinct) == 1:
        only = sources[0]
        return only["value"], only["value_high"], ("only source" if n_sources == 1 else "all sources agree"), (
            "single" if n_sources == 1 else "agreed")
    if exact and len({s["value"] for s in exact}) == 1 and all(
            oracle_compatible(exact[0]["value"], s["value"], s["value_high"], s["qualifier"]) for s in sources):
        status = "single" if n_sources == 1 else "agreed"
        return exact[0]["value"], None, "exact figure, consistent with the qualified ones", status
    if kind == "target":
        best = max(sources, key=lambda s: (s["value_high"] or s["value"]))
        return best["value"], best["value_high"], "several targets: the largest is shown, all are listed", "several"
    pool = exact or sources
    rank = reconcile.SOURCE_RANK
    ranked = sorted(pool, key=lambda s: (rank[s["source_kind"]], -(s["as_of"] or dt.date.min).toordinal(),
                                         -s["value"], s["source_id"]))
    best = ranked[0]
    reasons = []
    if exact and len(exact) < len(sources):
        reasons.append("exact figures outrank rounded or 'more than' figures")
    if rank[best["source_kind"]] < max(rank[s["source_kind"]] for s in pool):
        reasons.append(f"an official {'table' if best['source_kind'] == 'sheet' else 'product list'} outranks news")
    elif best["as_of"] and any((s["as_of"] or dt.date.min) < best["as_of"] for s in pool):
        reasons.append(f"the latest publication wins ({best['as_of']})")
    else:
        reasons.append("the largest figure wins (later in the year; sources undated)")
    return best["value"], best["value_high"], "conflict: " + "; ".join(reasons), "conflict"


STAT_KEY = list(reconcile.STAT_KEY)


def oracle_province_stats(claims: pl.DataFrame) -> pl.DataFrame:
    counted = claims.filter((pl.col("geo_level") == "province") & pl.col("year").is_not_null()
                            & pl.col("layout").is_not_null() & pl.col("metric").is_in(COUNT_METRICS))
    rows = []
    for key, group in counted.group_by(STAT_KEY, maintain_order=True):
        sources = group.unique(["source_id", "value", "value_high", "qualifier"], maintain_order=True).to_dicts()
        value, value_high, rule, status = oracle_choose(sources, key[STAT_KEY.index("kind")])
        rows.append({
            **dict(zip(STAT_KEY, key, strict=True)),
            "province_name": sources[0]["geo_name"], "region": sources[0]["region"],
            "value": value, "value_high": value_high, "rule": rule, "status": status,
            "n_sources": len({s["source_id"] for s in sources}),
            "min_value": min(s["value"] for s in sources),
            "max_value": max(s["value_high"] or s["value"] for s in sources),
            "reported_values": [{k: s[k] for k in ("value", "value_high", "qualifier", "source_kind", "source_id",
                                                   "claim_id", "as_of", "quote")} for s in sources],
        })
    return PROVINCE_STATS.frame(rows).sort(STAT_KEY, nulls_last=False)


fmt = reconcile._fmt


def oracle_breakdown_issues(claims: pl.DataFrame) -> list[OracleIssue]:
    issues = []
    counts = claims.filter(pl.col("metric").is_in(COUNT_METRICS) & pl.col("qualifier").is_null()
                           & pl.col("value_high").is_null())
    for key, group in counts.group_by(["source_id", "geo_level", "geo_name", "layout", "province_code", "year",
                                       "kind", "metric"], maintain_order=True):
        source_id, _, geo_name, layout, code, year, kind, metric = key
        totals = sorted(group.filter(pl.col("stars").is_null() & pl.col("subject_type").is_null())["value"].unique())
        if not totals:
            continue
        stars = {s: v for s, v in group.filter(pl.col("stars").is_not_null()).select("stars", "value").unique(
            "stars", keep="first", maintain_order=True).iter_rows()}
        types = group.filter(pl.col("subject_type").is_not_null()).group_by(
            "subject_type", maintain_order=True).agg(pl.col("value").first())
        for total in totals:
            if metric == "products" and sum(1 for s in CORE_STARS if s in stars) >= 2:
                core = sum(stars.get(s, 0) for s in CORE_STARS)
                with_potential = core + stars.get(POTENTIAL_5, 0)
                if total not in (core, with_potential):
                    parts = " + ".join(f"{fmt(stars[s])} ({s}★)" for s in STAR_LEVELS if s in stars)
                    issues.append(OracleIssue(
                        "breakdown_mismatch", layout, code, geo_name, year, metric, None,
                        f"total {fmt(total)}; parts {parts} = {fmt(with_potential)}", source_id,
                        f"{geo_name} {year} ({kind}): the star breakdown {parts} adds up to {fmt(with_potential)}, "
                        f"not the total {fmt(total)} stated by the same source; check the source text."))
            if metric == "subjects" and types.height >= 2:
                parts_sum = types["value"].sum()
                if parts_sum != total:
                    issues.append(OracleIssue(
                        "breakdown_mismatch", layout, code, geo_name, year, metric, None,
                        f"total {fmt(total)}; producer types add up to {fmt(parts_sum)}", source_id,
                        f"{geo_name} {year}: producers by type add up to {fmt(parts_sum)}, not the total "
                        f"{fmt(total)} of the same source."))
    return issues


def oracle_conflict_issues(stats: pl.DataFrame) -> list[OracleIssue]:
    issues = []
    for row in stats.filter(pl.col("status") == "conflict").iter_rows(named=True):
        values = ", ".join(f"{fmt(r['value'])}{'-' + fmt(r['value_high']) if r['value_high'] else ''}"
                           f"{' (' + r['qualifier'] + ')' if r['qualifier'] else ''}" for r in row["reported_values"])
        sources = "; ".join(f"{r['source_id']} ({r['as_of'] or 'undated'})" for r in row["reported_values"])
        from_list = any(r["source_kind"] == "product_list" for r in row["reported_values"])
        stars = f"{row['stars']}★ " if row["stars"] else ""
        issues.append(OracleIssue(
            "list_disagrees" if from_list else "source_conflict", row["layout"], row["province_code"],
            row["province_name"], row["year"], row["metric"], row["stars"], values, sources,
            f"{row['province_name']} {row['year']} {row['kind']} {stars}{row['metric']}: sources say {values}; "
            f"kept {fmt(row['value'])} ({row['rule']}). Confirm with the provincial office if it matters."))
    return issues


def oracle_falling_count_issues(stats: pl.DataFrame, ratings: pl.DataFrame) -> list[OracleIssue]:
    issues = []
    cumulative = stats.filter((pl.col("kind") == "cumulative") & pl.col("metric").is_in(COUNT_METRICS)).sort("year")
    for key, group in cumulative.group_by(["layout", "province_code", "metric", "stars", "subject_type"],
                                          maintain_order=True):
        layout, code, metric, stars, _ = key
        previous = None
        for row in group.iter_rows(named=True):
            if previous and row["value"] < previous["value"]:
                expiring = 0
                if not ratings.is_empty():
                    expiring = ratings.filter(
                        (pl.col("layout") == layout) & (pl.col("province_code") == code)
                        & pl.col("expires_on").is_not_null()
                        & (pl.col("expires_on").dt.year() > previous["year"])
                        & (pl.col("expires_on").dt.year() <= row["year"])).height
                could_expire = row["year"] - CERTIFICATE_MONTHS // 12 >= FIRST_CERTIFICATE_YEAR and (
                    row["year"] - previous["year"] >= 1)
                why = (f"{expiring} certificates in the product lists expired in between" if expiring else
                       f"certificates issued up to {row['year'] - CERTIFICATE_MONTHS // 12} had expired by "
                       f"{row['year']} ({CERTIFICATE_MONTHS} months), which fits" if could_expire else
                       "no certificate could have expired yet")
                stars_text = f"{stars}★ " if stars else ""
                issues.append(OracleIssue(
                    "count_falls", layout, code, row["province_name"], row["year"], metric, stars,
                    f"{fmt(previous['value'])} ({previous['year']}) → {fmt(row['value'])} ({row['year']})",
                    "; ".join(sorted({r["source_id"] for r in (*previous["reported_values"],
                                                                *row["reported_values"])})),
                    f"{row['province_name']}: {stars_text}{metric} fell from {fmt(previous['value'])} in "
                    f"{previous['year']} to {fmt(row['value'])} in {row['year']}; {why}.",
                    explained_by_expiry=expiring > 0 or could_expire))
            previous = row
    return issues


def oracle_place_issues(claims: pl.DataFrame) -> list[OracleIssue]:
    return [OracleIssue(
        "place_not_in_force", row["layout"], row["province_code"], row["geo_name"], row["year"], row["metric"],
        row["stars"], fmt(row["value"]), row["source_id"],
        f"{row['geo_name']} ({row['layout']} unit) is named for a figure dated {row['as_of'] or row['year']}, "
        f"when it no longer existed; the figure is kept under the old unit and rolls up into its successor.")
        for row in claims.filter(~pl.col("place_exists_on_date")).iter_rows(named=True)]


def oracle_reconciliation_issues(claims: pl.DataFrame, stats: pl.DataFrame, ratings: pl.DataFrame) -> pl.DataFrame:
    issues = [*oracle_breakdown_issues(claims), *oracle_conflict_issues(stats),
              *oracle_falling_count_issues(stats, ratings), *oracle_place_issues(claims)]
    rows = [{"issue_id": reconcile._id(i.kind, i.layout, i.province_code, i.year, i.metric, i.stars, i.values,
                                       i.sources), **asdict(i)} for i in issues]
    return RECONCILIATION_ISSUES.frame(rows).unique("issue_id", keep="first", maintain_order=True).sort("issue_id")


def oracle_unit_values(stats: pl.DataFrame, provinces: pl.DataFrame, merger: pl.DataFrame) -> pl.DataFrame:
    own = stats.filter(pl.col("subject_type").is_null() & pl.col("kind").is_in(ADDITIVE_KINDS)).select(
        "layout", "province_code", "year", "metric", "stars", "kind", "value", pl.lit("reported").alias("origin"))
    if own.is_empty():
        return pl.DataFrame(schema=reconcile.UNIT_VALUE_SCHEMA)
    years = sorted(own["year"].unique().to_list())
    keys = own.select("metric", "stars", "kind").unique().sort(pl.all(), nulls_last=False)
    rows = []
    for layout in LAYOUTS:
        units = provinces.filter(pl.col("layout") == layout)["province_code"].to_list()
        mine = own.filter(pl.col("layout") == layout)
        for metric, stars, kind in keys.iter_rows():
            series = mine.filter((pl.col("metric") == metric) & (pl.col("kind") == kind)
                                 & (pl.col("stars").is_null() if stars is None else pl.col("stars") == stars))
            by_unit = {}
            for code, year, value in series.select("province_code", "year", "value").iter_rows():
                by_unit.setdefault(code, {})[year] = value
            for year in years:
                for code in units:
                    history = by_unit.get(code, {})
                    if year in history:
                        rows.append((layout, code, year, metric, stars, kind, history[year], "reported"))
                    elif kind == "cumulative" and any(y < year for y in history):
                        latest = max(y for y in history if y < year)
                        rows.append((layout, code, year, metric, stars, kind, history[latest], f"carried:{latest}"))
    values = pl.DataFrame(rows, schema=reconcile.UNIT_VALUE_SCHEMA, orient="row")
    if values.is_empty():
        return values
    old = values.filter(pl.col("layout") == "pre2025").join(
        merger.select(pl.col("old_province_code").alias("province_code"), "new_province_code"), on="province_code")
    predecessors = merger.group_by("new_province_code").agg(pl.len().alias("n_predecessors"))
    rolled = old.group_by("new_province_code", "year", "metric", "stars", "kind").agg(
        pl.col("value").sum(), pl.len().alias("n_reporting")).join(predecessors, on="new_province_code").filter(
        pl.col("n_reporting") == pl.col("n_predecessors")).select(
        pl.lit("from2025").alias("layout"), pl.col("new_province_code").alias("province_code"), "year", "metric",
        "stars", "kind", "value", pl.lit("rolled_up").alias("origin"))
    rolled = rolled.join(values.filter(pl.col("layout") == "from2025"),
                         on=["layout", "province_code", "year", "metric", "stars", "kind"], how="anti",
                         nulls_equal=True)
    return pl.concat([values, rolled.select(values.columns)]).sort(
        "layout", "province_code", "year", "metric", "stars", "kind", nulls_last=False)


def oracle_aggregates(stats, claims, provinces, merger, level: str) -> pl.DataFrame:
    values = oracle_unit_values(stats, provinces, merger)
    reported = claims.filter((pl.col("geo_level") == level) & pl.col("year").is_not_null()
                             & pl.col("metric").is_in(COUNT_METRICS) & pl.col("subject_type").is_null()
                             & pl.col("kind").is_in(ADDITIVE_KINDS))
    rows = []
    for layout in LAYOUTS:
        units = provinces.filter(pl.col("layout") == layout).select("province_code", "region_name")
        groups = [(NATIONAL_NAME, units)] if level == "national" else [
            (region, units.filter(pl.col("region_name") == region))
            for region in sorted(units["region_name"].unique().to_list())]
        keys = set(reported.select("year", "metric", "stars", "kind").iter_rows())
        if not values.is_empty():
            keys |= set(values.filter(pl.col("layout") == layout).select("year", "metric", "stars", "kind").iter_rows())
        for region, members in groups:
            codes = set(members["province_code"].to_list())
            for year, metric, stars, kind in keys:
                same_stars = pl.col("stars").is_null() if stars is None else pl.col("stars") == stars
                mine = values if values.is_empty() else values.filter(
                    (pl.col("layout") == layout) & (pl.col("year") == year) & (pl.col("metric") == metric)
                    & (pl.col("kind") == kind) & same_stars & pl.col("province_code").is_in(codes))
                said = reported.filter((pl.col("year") == year) & (pl.col("metric") == metric)
                                       & (pl.col("kind") == kind) & same_stars)
                if level == "region":
                    said = said.filter(pl.col("geo_name") == region)
                if not (mine.is_empty() and said.is_empty()):
                    rows.append(oracle_aggregate_row(layout, region, year, metric, stars, kind, mine, said, len(codes)))
    return AGG_NATIONAL.frame(rows).sort("layout", "region", "year", "metric", "stars", "kind", nulls_last=False)


def oracle_aggregate_row(layout, region, year, metric, stars, kind, mine, said, total) -> dict:
    reporting = mine.height
    carried = mine.filter(pl.col("origin").str.starts_with("carried")).height if reporting else 0
    rolled = mine.filter(pl.col("origin") == "rolled_up").height if reporting else 0
    bottom_up = float(mine["value"].sum()) if reporting else None
    coverage = round(100.0 * reporting / total, 1)
    reported_value, qualifier, sources = None, None, ""
    if said.height:
        sources_list = said.unique(["source_id", "value", "qualifier"], maintain_order=True).sort(
            "source_id", "value").to_dicts()
        exact = [s for s in sources_list if s["qualifier"] is None] or sources_list
        best = sorted(exact, key=lambda s: (-(s["as_of"] or dt.date.min).toordinal(), -s["value"]))[0]
        reported_value, qualifier = best["value"], best["qualifier"]
        sources = "; ".join(
            f"{s['source_id']}: {fmt(s['value'])}{' (' + s['qualifier'] + ')' if s['qualifier'] else ''}"
            for s in sources_list)
    gap = None if reported_value is None or bottom_up is None else reported_value - bottom_up
    if reported_value is not None:
        complete_disagrees = coverage == 100.0 and gap not in (None, 0.0) and qualifier is None
        status, reconciled = ("conflict" if complete_disagrees else "reported"), reported_value
    elif coverage == 100.0:
        status, reconciled = "complete_bottom_up", bottom_up
    else:
        status, reconciled = "partial", None
    return {
        "layout": layout, "region": region, "year": year, "metric": metric, "stars": stars, "kind": kind,
        "reported_value": reported_value, "reported_qualifier": qualifier, "bottom_up_value": bottom_up,
        "provinces_reporting": reporting, "provinces_carried_forward": carried, "provinces_rolled_up": rolled,
        "provinces_total": total, "coverage_pct": coverage, "gap": gap, "reconciled_value": reconciled,
        "status": status, "sources": sources,
    }


# Synthetic inputs at any scale: about 6 claims per article over both layouts and the years 2019-2026, several
# sources per key, and the cases that make reconciliation decide: ties in date and value, undated and unyeared
# figures, ranges (one of 0-0), qualified figures, a source repeating itself or another's file name, both layouts
# and units named after the merger, district, regional and national rows, breakdowns that do not close, counts
# that fall, product lists with and without dates.

CLAIM_DATES = [dt.date(y, m, d) for y in range(2019, 2027) for m in (1, 4, 7, 10) for d in (1, 15)]
DISTRICTS = ("Châu Thành", "Ba Tri", "Chợ Lách", "Mỏ Cày Nam", "Giồng Trôm")
MERGER_DAY = dt.date(2025, 7, 1)


def synthetic_inputs(articles: int, seed: int = 0) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(claims, ratings) in the pipeline's shapes, deterministic for a seed."""
    rng = random.Random(seed)
    units = geography.provinces()
    old = [p for p in units if p.layout == "pre2025"]
    new = [p for p in units if p.layout == "from2025"]
    regions = [r.name for r in geography.regions()]
    truth = {(p.layout, p.province_code, y): 20 + 25 * (y - 2019) + rng.randrange(60)
             for p in units for y in range(2019, 2027)}
    rows: list[dict] = []

    def claim(source, place, year, value, kind="cumulative", metric="products", stars=None, subject_type=None,
              high=None, qualifier=None, level="province", name=None, as_of=None, exists=True):
        source_id, source_kind = source
        rows.append({
            "claim_id": f"{source_id}#{len(rows)}", "source_kind": source_kind, "source_id": source_id,
            "locator": "synthetic", "geo_level": level,
            "geo_name": name or (place.name if place else NATIONAL_NAME),
            "province_code": place.province_code if place else None, "layout": place.layout if place else None,
            "region": place.region if place else (name if level == "region" else None),
            "place_exists_on_date": exists, "year": year, "as_of": as_of, "kind": kind, "metric": metric,
            "stars": stars, "subject_type": subject_type, "value": float(value), "value_high": high,
            "qualifier": qualifier, "quote": f"{value} ({len(rows)})", "rule_id": "synthetic",
        })

    sources: list[tuple[str, str]] = []
    for i in range(articles):
        source = (f"spreadsheets/s{i:06d}.xlsx", "sheet") if i % 23 == 0 else (f"articles/a{i:06d}.txt", "article")
        if sources and rng.random() < 0.03:
            source = rng.choice(sources)  # a file name seen before: the same source speaking twice
        sources.append(source)
        as_of = None if rng.random() < 0.15 else rng.choice(CLAIM_DATES)
        exists = True
        if as_of is not None and as_of >= MERGER_DAY:
            place = rng.choice(new)
            if rng.random() < 0.1:
                place, exists = rng.choice(old), False
        else:
            place = rng.choice(old)
        year = min(2026, max(2019, as_of.year - rng.choice((0, 0, 1)) if as_of else rng.randrange(2019, 2027)))
        real = truth[(place.layout, place.province_code, year)]
        said, qualifier = real, None
        draw = rng.random()
        if draw < 0.15:
            said = real + rng.choice((-12, -3, 1, 5, 0.5))
        elif draw < 0.25:
            said, qualifier = real // 10 * 10, "at_least"
        elif draw < 0.3:
            said, qualifier = round(real, -1), "approx"
        said_year = None if rng.random() < 0.03 else year
        on = dict(as_of=as_of, exists=exists)
        claim(source, place, said_year, said, qualifier=qualifier, **on)
        if rng.random() < 0.05:
            claim(source, place, said_year, said + rng.choice((0, 2)), **on)  # repeated, or said differently
        if rng.random() < 0.7:
            three, four = round(real * 0.7), round(real * 0.2)
            parts = {"3": three, "4": four, "5": real - three - four}
            if rng.random() < 0.2:
                parts["potential_5"], parts["3"] = 2, three - 2
            if rng.random() < 0.15:
                parts["4"] += rng.choice((1, 2, 0.5))
            if rng.random() < 0.2:
                del parts[rng.choice(("3", "5"))]
            for stars, value in parts.items():
                claim(source, place, said_year, value, stars=stars, **on)
        if rng.random() < 0.4:
            subjects = round(real * 0.6)
            claim(source, place, year, subjects, metric="subjects", **on)
            types = {"enterprise": subjects // 3, "cooperative": subjects // 3}
            types["household"] = subjects - sum(types.values()) + rng.choice((0, 0, 0, 1))
            for subject_type, value in rng.sample(sorted(types.items()), k=rng.choice((1, 2, 3))):
                claim(source, place, year, value, metric="subjects", subject_type=subject_type, **on)
        if rng.random() < 0.3:
            claim(source, place, year, rng.randrange(5, 40), kind="new", stars=rng.choice((None, None, "3", "4")), **on)
        if rng.random() < 0.2:
            target = real + rng.randrange(10, 60)
            claim(source, place, year + 1, target, kind="target", qualifier=rng.choice((None, "at_least")), **on)
            if rng.random() < 0.5:
                claim(source, place, year + 1, target - 15, kind="target", high=float(target + 5), **on)
            if rng.random() < 0.05:
                claim(source, place, year + 1, 0, kind="target", high=0.0, **on)
        if rng.random() < 0.06:
            value = rng.choice((9000 + 1000 * (year - 2019), 10880, 1234567))
            claim(source, None, year, value, level="national", qualifier=rng.choice((None, "at_least", "approx")),
                  stars=rng.choice((None, None, "4")), as_of=as_of)
            claim(source, None, year, rng.choice((1500, 4534)), kind="new", level="national", as_of=as_of)
            if rng.random() < 0.3:  # a national breakdown that does not close: an issue without a layout
                claim(source, None, year, 6000, stars="3", level="national", as_of=as_of)
                claim(source, None, year, 700, stars="5", level="national", as_of=as_of)
        if rng.random() < 0.05:
            claim(source, None, year, rng.choice((900, 1200)), level="region", name=rng.choice(regions),
                  qualifier=rng.choice((None, "at_least")), as_of=as_of)
        if source[1] == "sheet":
            for district in DISTRICTS[:rng.randrange(2, 6)]:
                total, three = rng.choice(((10, 6), (12, 8))), rng.choice((None, 3))
                claim(source, place, year, total[0], level="district", name=district, **on)
                claim(source, place, year, total[1], stars="3", level="district", name=district, **on)
                claim(source, place, year, three or 4, stars="4", level="district", name=district, **on)
        if rng.random() < 0.01:
            claim(source, place, year, 3, metric="subjects", stars="4", subject_type="household", **on)

    # Full ties, made by hand since chance rarely makes them: one source saying the same figure twice, qualified
    # differently (no exact figure beside it), for a province and for the country; two targets with the same top;
    # a 0-0 range among new counts; a unit named after the merger in an undated, unyeared figure.
    hue, ca_mau = geography.province_by_key("pre2025", "46"), geography.province_by_key("pre2025", "96")
    tie_source, other = ("articles/tie.txt", "article"), ("articles/tie_other.txt", "article")
    for qualifier in ("approx", "at_least"):
        claim(tie_source, hue, 2021, 500, qualifier=qualifier, as_of=dt.date(2021, 5, 1))
        claim(tie_source, hue, 2021, 500, qualifier=qualifier, high=510.0, as_of=dt.date(2021, 5, 1))
        claim(tie_source, None, 2021, 1200, kind="new", stars="4", level="national", qualifier=qualifier,
              as_of=dt.date(2021, 5, 1))
    claim(other, hue, 2021, 480, qualifier="at_least", as_of=dt.date(2021, 5, 1))
    claim(other, None, 2021, 1200, kind="new", stars="4", level="national", qualifier="at_least")
    claim(tie_source, ca_mau, 2027, 300, kind="target", high=320.0)
    claim(other, ca_mau, 2027, 310, kind="target", high=320.0)
    claim(tie_source, ca_mau, 2022, 0, kind="new", high=0.0, as_of=dt.date(2022, 3, 1))
    claim(other, ca_mau, 2022, 14, kind="new", as_of=dt.date(2022, 3, 1))
    claim(tie_source, hue, None, 40, exists=False)

    # One national summary table: every pre2025 unit in 2023 and every from2025 unit in 2025, so that sums
    # are complete in some years and disagree with the national figures.
    summary = ("spreadsheets/tong_hop_ca_nuoc.xlsx", "sheet")
    for place in old:
        claim(summary, place, 2023, truth[(place.layout, place.province_code, 2023)])
        claim(summary, place, 2023, truth[(place.layout, place.province_code, 2023)] // 2, metric="subjects")
    for place in new:
        claim(summary, place, 2025, truth[(place.layout, place.province_code, 2025)], as_of=dt.date(2025, 12, 1))

    ratings = []
    for i in range(2 * articles):
        recognized = rng.choice(CLAIM_DATES) if rng.random() < 0.95 else None
        layout_units = new if recognized and recognized >= MERGER_DAY else old
        place = rng.choice(layout_units)
        year = recognized.year if recognized else (None if rng.random() < 0.3 else rng.randrange(2019, 2027))
        ratings.append({
            "rating_id": f"r{i}", "product_id": f"p{i}", "stars": rng.choice((3, 3, 4, 5)), "recognized_on": recognized,
            "recognized_year": year, "layout": place.layout, "province_code": place.province_code,
            "expires_on": recognized.replace(year=recognized.year + 3) if recognized else None,
            "source_id": f"spreadsheets/list_{i % max(1, articles // 40):03d}.xlsx", "sheet": "S", "row_number": 2 + i,
        })
    ratings = FACT_PRODUCT_RATING.frame(ratings)
    claims = pl.concat([CLAIMS.frame(rows), reconcile.list_counts(ratings)]).sort("source_kind", "source_id",
                                                                                    "claim_id")
    return claims, ratings


def assert_same(new: pl.DataFrame, old: pl.DataFrame) -> None:
    """Equal to the last bit: by default polars compares floats with a tolerance."""
    assert_frame_equal(new, old, check_exact=True)


def issue_rows(issues: list[OracleIssue] | pl.DataFrame) -> list[tuple]:
    columns = [c for c in RECONCILIATION_ISSUES.column_names if c != "issue_id"]
    if isinstance(issues, pl.DataFrame):
        return issues.select(columns).rows()
    return [tuple(getattr(i, c) for c in columns) for i in issues]


@pytest.mark.parametrize(("articles", "seed", "shuffled"), [(300, 1, False), (1200, 2, False), (700, 3, True)])
def test_whole_frame_reconciliation_gives_what_the_loop_version_gave(articles: int, seed: int, shuffled: bool) -> None:
    claims, ratings = synthetic_inputs(articles, seed)
    if shuffled:
        # First-reported-wins choices follow the frame's order, whatever it is; and sums of fractions that binary
        # floating point cannot hold exactly (0.1 + 0.2 ≠ 0.3) come out to the last bit as before.
        fractions = random.Random(seed).choices((0.0, 0.1, 0.2, 0.3, 0.7), k=claims.height)
        claims = claims.with_columns(pl.col("value") + pl.Series(fractions)).sample(fraction=1.0, shuffle=True,
                                                                                    seed=seed)
        ratings = ratings.sample(fraction=1.0, shuffle=True, seed=seed)
    provinces, merger = geography.dim_province_frame(), geography.province_merger_frame()

    assert_same(reconcile.list_counts(ratings).sort("claim_id"), oracle_list_counts(ratings).sort("claim_id"))
    stats = reconcile.province_stats(claims)
    assert_same(stats, oracle_province_stats(claims))
    # The issue lists in the oracle's order: a repeated issue_id keeps the first.
    assert issue_rows(reconcile.breakdown_issues(claims)) == issue_rows(oracle_breakdown_issues(claims))
    assert issue_rows(reconcile.conflict_issues(stats)) == issue_rows(oracle_conflict_issues(stats))
    assert sorted(issue_rows(reconcile.falling_count_issues(stats, ratings)), key=str) == sorted(
        issue_rows(oracle_falling_count_issues(stats, ratings)), key=str)
    assert issue_rows(reconcile.place_issues(claims)) == issue_rows(oracle_place_issues(claims))
    assert_same(reconcile.reconciliation_issues(claims, stats, ratings),
                       oracle_reconciliation_issues(claims, stats, ratings))
    assert_same(reconcile.unit_values(stats, provinces, merger), oracle_unit_values(stats, provinces, merger))
    for level in ("national", "region"):
        assert_same(reconcile.aggregates(stats, claims, provinces, merger, level),
                           oracle_aggregates(stats, claims, provinces, merger, level))

    # The inputs hold what the comparison is meant to cover.
    issues = reconcile.reconciliation_issues(claims, stats, ratings)
    assert set(issues["kind"]) == {"breakdown_mismatch", "source_conflict", "list_disagrees", "count_falls",
                                   "place_not_in_force"}
    assert set(stats["status"]) == {"single", "agreed", "conflict", "several"}
    national = reconcile.aggregates(stats, claims, provinces, merger, "national")
    assert set(national["status"]) >= {"reported", "complete_bottom_up", "partial", "conflict"}
    assert national["provinces_rolled_up"].sum() > 0 and national["provinces_carried_forward"].sum() > 0


def test_whole_frame_reconciliation_of_nothing() -> None:
    claims, ratings = synthetic_inputs(50, 4)
    provinces, merger = geography.dim_province_frame(), geography.province_merger_frame()
    claims, ratings = claims.clear(), ratings.clear()
    stats = reconcile.province_stats(claims)
    assert_same(stats, oracle_province_stats(claims))
    assert_same(reconcile.list_counts(ratings), oracle_list_counts(ratings))
    assert_same(reconcile.reconciliation_issues(claims, stats, ratings),
                       oracle_reconciliation_issues(claims, stats, ratings))
    assert_same(reconcile.unit_values(stats, provinces, merger), oracle_unit_values(stats, provinces, merger))
    assert_same(reconcile.aggregates(stats, claims, provinces, merger, "national"),
                       oracle_aggregates(stats, claims, provinces, merger, "national"))


# ----------------------------------------------------------------------------------------------------------------
# the tables of the last run, kept while reconciliation is given the same frames by the same code


def test_reconciliation_keeps_its_tables_only_while_its_inputs_and_the_code_are_the_same(
        shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from refreshing import contents, refresh

    from ocop_pipeline import cache

    target = tmp_path / "wh" / "ocop.duckdb"
    honest = reconcile.reconciled
    computed = []

    def counted(*frames):
        computed.append(1)
        return honest(*frames)

    def computes(**settings) -> bool:
        """Whether a refresh of ``target`` (or of settings' warehouse) reconciled instead of keeping its tables."""
        computed.clear()
        refresh(shipped, settings.pop("warehouse", target), **settings)
        return bool(computed)

    def full_build(folder: str) -> Path:
        full = tmp_path / folder / "ocop.duckdb"
        refresh(shipped, full, parse_cache=False)
        return full

    monkeypatch.setattr(reconcile, "reconciled", counted)
    assert computes()
    assert not computes(), "the same claims, units and ratings: the tables of the last run"
    assert contents(target) == contents(full_build("full1"))

    (shipped / "articles" / "long_an.txt").write_text(
        "Đến hết năm 2024, tỉnh Long An có 180 sản phẩm OCOP của 120 chủ thể.\n", encoding="utf-8")
    assert computes(), "other claims: computed again"
    assert contents(target) == contents(full_build("full2"))
    assert not computes()

    monkeypatch.setattr(cache, "pipeline_fingerprint", lambda: "0" * 64)  # other code
    assert computes(), "a record of other code is not believed"
    assert not computes()

    other = tmp_path / "other" / "ocop.duckdb"
    assert computes(warehouse=other, parse_cache=False)
    assert computes(warehouse=other, parse_cache=False), "parse_cache false: no kept frames either"
    assert not cache.cache_dir(other).exists()
