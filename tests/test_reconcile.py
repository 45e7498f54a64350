"""Reconciliation on worked examples from the seed facts, written as our own article extracts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from ocop_pipeline import geography, reconcile
from ocop_pipeline.articles.ingest import ingest_articles, validated_claims
from ocop_pipeline.definitions import defs
from ocop_pipeline.spreadsheets.ingest import SpreadsheetBatch, build_dimensions


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
