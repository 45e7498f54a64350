"""The report, the workbook and the Parquet export: written by every refresh beside the warehouse, built from the
published warehouse alone, self-contained, and true to it.

Three refreshes are run once for the module (the shipped raw folder, an empty one, one province); every test reads
what they wrote and compares it with the warehouse, queried here independently of the report's own SQL.
"""

from __future__ import annotations

import base64
import csv
import html
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from refreshing import SHIPPED_RAW, refresh
from ocop_pipeline import cache, charts, cli, exports, report
from ocop_pipeline.config import PROJECT_ROOT

LONG_AN = "Đến hết năm 2024, tỉnh Long An có 180 sản phẩm OCOP của 120 chủ thể.\n"


@pytest.fixture(scope="module")
def instance():
    with dg.instance_for_test() as test_instance:
        yield test_instance


def raw_folder(root: Path, articles: dict[str, str] | None = None) -> Path:
    raw = root / "raw"
    (raw / "articles").mkdir(parents=True)
    (raw / "spreadsheets").mkdir()
    for name, text in (articles or {}).items():
        (raw / "articles" / name).write_text(text, encoding="utf-8")
    return raw


class Built:
    """A refreshed warehouse and what the refresh wrote beside it."""

    def __init__(self, result: dg.ExecuteInProcessResult, target: Path) -> None:
        self.result, self.target = result, target
        self.outputs = report.outputs_beside(target)
        self.html = self.outputs.report.read_text(encoding="utf-8")

    def query(self, sql: str, params: list | None = None) -> pl.DataFrame:
        con = duckdb.connect(str(self.target), read_only=True)
        try:
            return con.sql(sql, params=params or None).pl()
        finally:
            con.close()

    def data(self, chart_id: str) -> dict[str, list[dict]]:
        found = re.search(rf'<script type="application/json" id="data-{re.escape(chart_id)}">(.*?)</script>',
                          self.html, re.S)
        assert found, f"no data embedded for {chart_id}"
        return json.loads(found.group(1))

    def figure(self, chart_id: str) -> str:
        found = re.search(rf'<figure id="{re.escape(chart_id)}"[^>]*>(.*?)</figure>', self.html, re.S)
        assert found, chart_id
        return found.group(1)

    def svgs(self, fragment: str) -> list[str]:
        return [base64.b64decode(b).decode("utf-8")
                for b in re.findall(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', fragment)]

    def materialization(self, asset: str) -> dict:
        event = next(e.materialization for e in self.result.get_asset_materialization_events()
                     if e.materialization.asset_key.to_user_string() == asset)
        return {k: v.value for k, v in event.metadata.items()}

    def check(self, name: str):
        return next(e for e in self.result.get_asset_check_evaluations() if e.check_name == name)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory, instance) -> Built:
    root = tmp_path_factory.mktemp("shipped")
    raw = root / "raw"
    shutil.copytree(SHIPPED_RAW, raw)
    target = root / "wh" / "ocop.duckdb"
    return Built(refresh(raw, target, instance), target)


@pytest.fixture(scope="module")
def empty(tmp_path_factory: pytest.TempPathFactory, instance) -> Built:
    root = tmp_path_factory.mktemp("empty")
    target = root / "wh" / "ocop.duckdb"
    return Built(refresh(raw_folder(root), target, instance), target)


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory, instance) -> Built:
    root = tmp_path_factory.mktemp("single")
    target = root / "wh" / "ocop.duckdb"
    return Built(refresh(raw_folder(root, {"long_an.txt": LONG_AN}), target, instance), target)


def close(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-9)


def rows_equal(embedded: list[dict], expected: pl.DataFrame, columns: list[str]) -> None:
    got = sorted(tuple(json.dumps(r[c], sort_keys=True) for c in columns) for r in embedded)
    want = sorted(tuple(json.dumps(r[c], sort_keys=True, default=str) for c in columns)
                  for r in expected.to_dicts())
    assert got == want


# ----------------------------------------------------------------------------------------------------------------
# written by the refresh, never failing it


def test_a_refresh_writes_the_report_the_workbook_and_the_parquet_export_beside_the_warehouse(shipped: Built) -> None:
    assert shipped.outputs.report == shipped.target.with_name("ocop_report.html")
    assert shipped.outputs.workbook.exists() and (shipped.outputs.parquet / "claims.parquet").exists()
    assert shipped.check("report_built").passed and shipped.check("exports_written").passed
    assert not list(shipped.target.parent.glob(".*.partial")), "no temporary file is left behind"
    meta = shipped.materialization("ocop_report")
    assert meta["path"] == str(shipped.outputs.report) and meta["open"].startswith("file://")
    latest = shipped.query("SELECT year, reported_value, bottom_up_value, provinces_reporting, provinces_total "
                           "FROM agg_national WHERE metric = 'products' AND kind = 'cumulative' AND stars IS NULL "
                           "AND layout = 'pre2025' AND reported_value IS NOT NULL ORDER BY year DESC LIMIT 1").row(0)
    assert (meta["national_year"], meta["national_reported"], meta["national_bottom_up"]) == (
        latest[0], f"{latest[1]:,.0f}", f"{latest[2]:,.0f}")
    assert meta["national_coverage"].startswith(f"{latest[3]}/{latest[4]} units")
    assert "partial" in meta["national_coverage"]
    assert meta["open_issues"] == shipped.query("SELECT count(*) AS n FROM reconciliation_issues")["n"][0]
    assert "partial sum, not a total" in meta["summary"]
    chart = shipped.materialization("agg_national")["national_chart"]
    assert f"| pre2025 | {latest[0]} | {latest[1]:,.0f} | {latest[2]:,.0f} | {latest[3]}/{latest[4]} |" in chart


def test_a_report_that_fails_fails_its_check_not_the_refresh(tmp_path: Path, instance, monkeypatch) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    report_path = report.outputs_beside(target).report
    report_path.parent.mkdir(parents=True)
    report_path.write_text("the previous report", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("matplotlib is missing")

    monkeypatch.setattr(report, "build_report", broken)
    result = refresh(raw_folder(tmp_path, {"long_an.txt": LONG_AN}), target, instance)
    assert result.success, "the refresh succeeds: the warehouse is published"
    assert duckdb.connect(str(target), read_only=True).execute("SELECT count(*) FROM claims").fetchall()[0][0] > 0
    check = next(e for e in result.get_asset_check_evaluations() if e.check_name == "report_built")
    assert not check.passed and "matplotlib is missing" in check.metadata["faults"].value[0]
    assert "warehouse was published" in check.metadata["faults"].value[0]
    assert report_path.read_text(encoding="utf-8") == "the previous report", "the previous report is left as it was"
    assert "ocop_report" not in {e.materialization.asset_key.to_user_string()
                                 for e in result.get_asset_materialization_events()}


def test_a_section_that_fails_is_shown_and_reported_and_the_rest_is_written(empty: Built, tmp_path: Path,
                                                                          monkeypatch) -> None:
    def broken(ctx):
        raise ValueError("no such column")

    sections = tuple((a, t, broken if a == "uplift" else f) for a, t, f in report.SECTIONS)
    monkeypatch.setattr(report, "SECTIONS", sections)
    built = report.build_report(empty.target, tmp_path / "r.html")
    assert built.errors == ["Sales after recognition: ValueError: no such column"]
    page = built.path.read_text(encoding="utf-8")
    assert "This section could not be built: ValueError: no such column" in page and 'id="map"' in page


# ----------------------------------------------------------------------------------------------------------------
# self-contained


def test_the_report_loads_nothing_from_anywhere(shipped: Built, empty: Built, single: Built) -> None:
    for built in (shipped, empty, single):
        page = built.html
        assert not re.search(r"https?:|ftp:|//[a-z0-9.-]+\.[a-z]{2,}/", page, re.I), "no URL at all in the page"
        for attribute in re.findall(r'\b(?:src|href|action|poster|data)\s*=\s*"([^"]*)"', page):
            assert attribute.startswith(("data:image/svg+xml;base64,", "#")), attribute
        assert not re.search(r"<(link|iframe|object|embed|base)\b|<script(?![^>]*application/json)|@import|url\(",
                             page, re.I)
        for svg in built.svgs(page):
            assert not re.search(r'href="(?!#|data:image/png;base64,)', svg), "an image refers to nothing outside it"


# ----------------------------------------------------------------------------------------------------------------
# the numbers behind each chart are the warehouse's


AGG = ["layout", "year", "stars", "reported_value", "reported_qualifier", "bottom_up_value", "provinces_reporting",
       "provinces_carried_forward", "provinces_rolled_up", "provinces_total", "coverage_pct", "status"]


def test_the_country_charts_show_agg_national(shipped: Built) -> None:
    for chart_id, key, metric, kind in (("country-total", "national", "products", "cumulative"),
                                        ("country-other", "national_new", "products", "new"),
                                        ("country-other", "national_producers", "subjects", "cumulative")):
        expected = shipped.query(f"SELECT {', '.join(AGG)} FROM agg_national WHERE metric = ? AND kind = ?",
                                 [metric, kind])
        embedded = shipped.data(chart_id)[key]
        if key != "national":
            expected = expected.filter(pl.col("stars").is_null())
        rows_equal(embedded, expected, AGG)
    said = shipped.query("SELECT DISTINCT year, value, source_id FROM claims WHERE geo_level = 'national' AND "
                         "metric = 'products' AND kind = 'cumulative' AND stars IS NULL AND subject_type IS NULL")
    embedded = {r["year"]: r for r in shipped.data("country-total")["national"]
                if r["stars"] is None and r["layout"] == "pre2025"}
    for year, values in said.group_by("year"):
        row = embedded[year[0]]
        assert sorted([row["reported_value"], *row["other_reported_values"]]) == sorted(set(values["value"])), \
            "every national source's value is on the chart, the kept one and the others"
    lead = re.search(r'<p class="lead">(.*?)</p>', shipped.html).group(1)
    pre = shipped.query("SELECT * FROM agg_national WHERE metric = 'products' AND kind = 'cumulative' AND stars IS "
                        "NULL AND layout = 'pre2025' AND year = 2024").row(0, named=True)
    assert f"<strong>{pre['reported_value']:,.0f}</strong>" in lead
    assert f"<strong>{pre['bottom_up_value']:,.0f}</strong>" in lead
    assert f"<strong>{pre['provinces_reporting']} of 63</strong>" in lead
    assert "15,590" in lead, "the other national source is named"
    assert "a partial sum, not a total" in lead


def test_partial_sums_look_partial(shipped: Built) -> None:
    svg = shipped.svgs(shipped.figure("country-total"))[0]
    assert "9/63" in svg, "coverage is written under the year"
    assert "sum of the units' figures: partial" in svg
    assert svg.count('fill="url(#h') > 0 or "hatch" in svg or "<pattern" in svg, "partial bars are hatched"


def test_the_regions_chart_shows_agg_regional_for_both_layouts(shipped: Built) -> None:
    columns = [c for c in AGG if c != "stars"] + ["region"]
    expected = shipped.query(f"SELECT {', '.join(columns)} FROM agg_regional WHERE metric = 'products' AND "
                             "kind = 'cumulative' AND stars IS NULL")
    rows_equal(shipped.data("regions")["regional"], expected, columns)
    assert {r["layout"] for r in shipped.data("regions")["regional"]} == {"pre2025", "from2025"}


def test_the_map_places_every_unit_of_both_layouts_and_adds_up_to_the_bottom_up_sum(shipped: Built) -> None:
    units = shipped.data("map")["map"]
    provinces = shipped.query("SELECT layout, province_code FROM dim_province")
    assert sorted((u["layout"], u["province_code"]) for u in units) == sorted(provinces.iter_rows())
    for layout in ("pre2025", "from2025"):
        mine = [u for u in units if u["layout"] == layout]
        year = mine[0]["as_of_year"]
        agg = shipped.query("SELECT bottom_up_value, provinces_reporting, provinces_carried_forward, "
                            "provinces_rolled_up FROM agg_national WHERE metric = 'products' AND kind = 'cumulative' "
                            "AND stars IS NULL AND layout = ? AND year = ?", [layout, year]).row(0)
        with_figure = [u for u in mine if u["value"] is not None]
        assert close(sum(u["value"] for u in with_figure), agg[0])
        assert len(with_figure) == agg[1]
        assert sum(u["origin"] == "carried_forward" for u in mine) == agg[2]
        assert sum(u["origin"] == "rolled_up" for u in mine) == agg[3]
    svgs = shipped.svgs(shipped.html.split('<figure id="map">', 1)[1].split("</figure>", 1)[0])
    assert len(svgs) == 2, "one map per layout"
    ca_mau = next(u for u in units if u["layout"] == "pre2025" and u["province_name"] == "Cà Mau")
    assert ca_mau["conflict"] and ca_mau["values_reported"] == [138.0, 145.0]
    assert "138 / 145" in svgs[0], "a unit whose sources disagree shows both values"
    assert "as of 2023" in svgs[0], "a carried-forward figure says its year"
    assert "Σ 2,140" in svgs[1], "a 2025 unit takes the sum of its former units"
    assert "Tây Nguyên" not in svgs[0] and svgs[0].count("–") >= 50, "units without a figure are drawn as such"


def test_every_province_with_a_figure_has_its_chart_with_every_source(shipped: Built) -> None:
    keys = shipped.query("SELECT DISTINCT layout, province_code FROM province_stats WHERE metric = 'products' "
                         "AND subject_type IS NULL")
    charted = set(re.findall(r'<figure id="province-(pre2025|from2025)-(\d{2})"', shipped.html))
    assert charted == set(keys.iter_rows())
    series = shipped.data("province-pre2025-96")["province_series"]
    expected = shipped.query("SELECT year, kind, stars, value, status FROM province_stats WHERE layout = 'pre2025' "
                             "AND province_code = '96' AND metric = 'products' AND subject_type IS NULL")
    rows_equal(series, expected, ["year", "kind", "stars", "value", "status"])
    sources = shipped.data("province-pre2025-96")["province_sources"]
    said_2023 = sorted(s["value"] for s in sources if s["year"] == 2023 and s["kind"] == "cumulative")
    assert said_2023 == [138.0, 145.0], "both sources of Cà Mau 2023 are in the chart's data"
    svg = shipped.svgs(shipped.figure("province-pre2025-96"))[0]
    assert "138 / 145" in svg
    assert "fell from 65 in 2022 to 45 in 2023" in shipped.figure("province-pre2025-83"), "a fall is named"


def test_issues_uplift_and_data_quality_are_the_warehouses(shipped: Built) -> None:
    issues = shipped.data("issues")["issues"]
    assert Counter(i["kind"] for i in issues) == dict(shipped.query(
        "SELECT kind, count(*) AS n FROM reconciliation_issues GROUP BY kind").iter_rows())
    for message in shipped.query("SELECT message FROM reconciliation_issues")["message"]:
        assert html.escape(message, quote=True) in shipped.html
    uplift = shipped.query("SELECT geo_name, year, kind, metric, low_pct, high_pct, share_pct, qualifier, source_id "
                           "FROM fact_sales_uplift")
    rows_equal(shipped.data("uplift")["uplift"], uplift, uplift.columns)
    files = shipped.query("SELECT kind, status, count(*) AS files, sum(rows_quarantined) AS rows_quarantined "
                          "FROM source_files GROUP BY ALL")
    rows_equal(shipped.data("files")["files"], files, files.columns)
    quarantined = shipped.query("SELECT count(*) AS n FROM quarantine")["n"][0]
    assert sum(r["items"] for r in shipped.data("files")["quarantine"]) == quarantined
    assert "cannot read workbook" in shipped.html
    run_id = shipped.query("SELECT run_id FROM refresh_log")["run_id"][0]
    assert f"by run {run_id}" in shipped.html, "when and by which run the data was published"


def test_every_query_shown_runs_as_shown(shipped: Built) -> None:
    blocks = [html.unescape(b) for b in re.findall(r"<pre>(.*?)</pre>", shipped.html, re.S)]
    assert len(blocks) >= 10
    con = duckdb.connect(str(shipped.target), read_only=True)
    try:
        for sql in set(blocks):
            assert "$" not in sql, "parameters are written in"
            con.execute(sql).fetchall()
    finally:
        con.close()


# ----------------------------------------------------------------------------------------------------------------
# an empty warehouse, a single province


def test_a_chart_is_drawn_once_per_distinct_data_and_reused_byte_for_byte(shipped: Built, tmp_path: Path,
                                                                         monkeypatch) -> None:
    again = report.build_report(shipped.target, tmp_path / "again.html")
    assert again.charts_drawn == 0 and again.charts_reused > 0, "the refresh's report drew them already"
    shutil.rmtree(cache.charts_dir(shipped.target))
    drawn = report.build_report(shipped.target, tmp_path / "drawn.html")
    assert drawn.charts_reused == 0 and drawn.charts_drawn == again.charts_reused
    pages = [p.read_text(encoding="utf-8") for p in (again.path, drawn.path)]
    assert shipped.svgs(pages[0]) == shipped.svgs(pages[1]), "a reused chart is the one that would be drawn"

    def province_chart(*args, **kwargs):
        raise AssertionError("drawn again")

    never = province_chart
    monkeypatch.setattr(report.charts, "province_chart", never)
    assert not report.build_report(shipped.target, tmp_path / "reused.html").errors



def test_a_section_built_from_the_same_tables_is_taken_from_the_last_page(shipped: Built, tmp_path: Path,
                                                                          monkeypatch) -> None:
    page = tmp_path / "page.html"
    first = report.build_report(shipped.target, page)  # the refresh's record names another page: every section built
    built = page.read_text(encoding="utf-8")

    def never(ctx):
        raise AssertionError("built again")

    monkeypatch.setattr(report, "SECTIONS", tuple((a, t, f if a in report.READS_REFRESH_LOG else never)
                                                  for a, t, f in report.SECTIONS))
    again = report.build_report(shipped.target, page)
    assert not again.errors and again.headline == first.headline
    built_at = re.compile(r"(Built|Report built) \d{4}-\d\d-\d\d \d\d:\d\d UTC")
    assert built_at.sub("", page.read_text(encoding="utf-8")) == built_at.sub("", built)
    page.write_bytes(page.read_bytes() + b"\n")  # a page written since its record: nothing taken from it
    assert len(report.build_report(shipped.target, page).errors) == len(report.SECTIONS) - 1

def test_a_section_whose_queries_return_the_same_rows_is_taken_from_the_last_page_and_no_other(
        shipped: Built, tmp_path: Path, monkeypatch) -> None:
    """Tables loaded from other frames (an edited article: new claim ids, a new hash) whose rows the report's queries
    return unchanged: no section built again; a section whose rows changed, or other code: built again."""
    page = tmp_path / "page.html"
    first = report.build_report(shipped.target, page)
    built = page.read_text(encoding="utf-8")
    honest_key, honest_run, builds = report.sections_key, report.Reader.run, iter(range(1000))
    monkeypatch.setattr(report, "sections_key",  # the tables loaded from other frames at every build
                        lambda digests, fingerprint: f"other {next(builds)} {honest_key(digests, fingerprint)}")

    def never(ctx):
        raise AssertionError("built again")

    monkeypatch.setattr(report, "SECTIONS", tuple((a, t, f if a in report.READS_REFRESH_LOG else never)
                                                  for a, t, f in report.SECTIONS))
    again = report.build_report(shipped.target, page)
    assert not again.errors and again.headline == first.headline, "the same rows: every section taken"
    built_at = re.compile(r"(Built|Report built) \d{4}-\d\d-\d\d \d\d:\d\d UTC")
    assert built_at.sub("", page.read_text(encoding="utf-8")) == built_at.sub("", built)

    def fewer_issues(self, name, **params):
        frame, query = honest_run(self, name, **params)
        return (frame.head(frame.height - 1) if name == "issues" else frame), query

    monkeypatch.setattr(report.Reader, "run", fewer_issues)
    changed = report.build_report(shipped.target, page)
    assert sorted(e.split(":")[0] for e in changed.errors) == [
        "Conflicts and issues", "Every province", "Sales after recognition"], \
        "the sections that read the issues, and the one after them (the headline it starts from counts the issues)"
    monkeypatch.setattr(report.Reader, "run", honest_run)
    report.build_report(shipped.target, page)  # the failed sections are not kept: built on the next page
    monkeypatch.setattr(cache, "pipeline_fingerprint", lambda: "0" * 64)
    assert len(report.build_report(shipped.target, page).errors) == len(report.SECTIONS) - 1, "other code"


def test_drawings_key_on_the_data_and_forget_what_a_report_did_not_use(tmp_path: Path) -> None:
    calls = []

    def chart(rows, size=1):
        calls.append(rows)
        return f"<svg>{rows}{size}</svg>\n".encode()

    first = report.Drawings(tmp_path)
    assert first(chart, [{"v": 1}]) == first(chart, [{"v": 1}]) == b"<svg>[{'v': 1}]1</svg>\n"
    assert first(chart, [{"v": 2}]) != first(chart, [{"v": 1}], size=2)
    assert len(calls) == 3 and (first.drawn, first.reused) == (3, 1)
    for path in tmp_path.glob("*.svg"):
        path.write_bytes(path.read_bytes()[:5])  # cut short: drawn again, never served
    second = report.Drawings(tmp_path)
    second(chart, [{"v": 1}])
    assert len(calls) == 4 and second.reused == 0
    second.prune()
    assert len(list(tmp_path.glob("*.svg"))) == 1
    assert report.Drawings(tmp_path)(chart, [{"v": 1}]) and len(calls) == 4


def test_the_uplift_chart_writes_its_texts_as_one_matplotlib_text_each_would(shipped: Built, monkeypatch) -> None:
    rows = shipped.query(report.read_query("uplift")).select(report.UPLIFT_DRAWN).to_dicts()
    assert rows, "the shipped raw folder states rises"
    made_up = {"geo_name": "A & <B> $x$", "year": None, "metric": "price", "kind": "target", "low_pct": 5.0,
               "high_pct": 5.0, "qualifier": "at_least", "share_pct": 12.5}
    rows += [made_up, {**made_up, "geo_name": "C\nD", "metric": "other", "kind": "cumulative", "high_pct": 7.5,
                       "qualifier": None, "share_pct": None}]  # mathtext and two lines: drawn by matplotlib itself
    fast = {image_format: charts.uplift_chart(rows, image_format) for image_format in ("svg", "png")}

    def one_text_each(ax, texts):
        for stamp, x, y, text, color in texts:
            ax.text(x, y, text, transform=stamp.get_transform(), ha=stamp.get_ha(), va=stamp.get_va(),
                    fontsize=stamp.get_fontsize(), **({} if color is None else {"color": color}))

    monkeypatch.setattr(charts, "_add_texts", one_text_each)
    for image_format, drawn in fast.items():
        assert charts.uplift_chart(rows, image_format) == drawn, image_format


def test_the_report_builds_on_an_empty_warehouse(empty: Built) -> None:
    assert empty.check("report_built").passed and empty.check("exports_written").passed
    assert "No national figure and no provincial figure of products yet." in empty.html
    maps = empty.svgs(empty.html.split('<figure id="map">', 1)[1].split("</figure>", 1)[0])
    assert len(maps) == 2 and all("Hà Nội" in m for m in maps), "both maps are drawn, every unit without figure"
    assert "No province has a figure of products yet." in empty.html
    assert "could not be built" not in empty.html


def test_the_report_builds_on_a_warehouse_with_one_province(single: Built) -> None:
    assert single.check("report_built").passed
    units = {(u["layout"], u["province_name"]): u for u in single.data("map")["map"]}
    long_an = units[("pre2025", "Long An")]
    assert (long_an["value"], long_an["origin"]) == (180.0, "own")
    tay_ninh = units[("from2025", "Tây Ninh")]  # Long An and Tây Ninh became Tây Ninh: one of two has a figure
    assert tay_ninh["value"] is None and tay_ninh["predecessors_with_figure"] == 1 and tay_ninh["predecessors"] == 2
    assert 'id="province-pre2025-80"' in single.html
    assert "from <strong>1 of 63</strong> units" in single.html


# ----------------------------------------------------------------------------------------------------------------
# the map's reference data


def test_every_unit_of_both_layouts_has_one_tile_and_a_2025_unit_covers_its_former_units(shipped: Built) -> None:
    text = (PROJECT_ROOT / "ocop_pipeline" / "reference" / report.TILES_FILE).read_text(encoding="utf-8")
    tiles = list(csv.DictReader(text.splitlines()))
    units = shipped.query("SELECT layout, province_code, province_name FROM dim_province")
    assert sorted((t["layout"], t["province_code"], t["province_name"]) for t in tiles) == sorted(units.iter_rows())
    for layout in ("pre2025", "from2025"):
        positions = [(t["col"], t["row"]) for t in tiles if t["layout"] == layout]
        assert len(positions) == len(set(positions)), f"two units of {layout} share a tile"
    at = {(t["layout"], t["province_code"]): (int(t["col"]), int(t["row"])) for t in tiles}
    merger = shipped.query("SELECT old_province_code, new_province_code, name_kept FROM province_merger_2025")
    for new_code, group in merger.group_by("new_province_code"):
        old = [at[("pre2025", c)] for c in group["old_province_code"]]
        named = group.filter(pl.col("name_kept"))["old_province_code"].to_list() or group["old_province_code"]
        assert at[("from2025", new_code[0])] == at[("pre2025", named[0])], "labelled on the name-giving unit"
        reached, todo = {old[0]}, [old[0]]  # the former units' tiles touch: one block on the map
        while todo:
            c, r = todo.pop()
            for step in ((c + 1, r), (c - 1, r), (c, r + 1), (c, r - 1)):
                if step in old and step not in reached:
                    reached.add(step)
                    todo.append(step)
        assert reached == set(old), f"the former units of {new_code[0]} are not one block"
    sources = (PROJECT_ROOT / "ocop_pipeline" / "reference" / "SOURCES.md").read_text(encoding="utf-8")
    assert report.TILES_FILE in sources


# ----------------------------------------------------------------------------------------------------------------
# the workbook and the Parquet files hold the warehouse's rows


def test_the_workbook_holds_every_analyst_view_and_the_data_dictionary(shipped: Built) -> None:
    views = shipped.query("SELECT view_name FROM duckdb_views() WHERE NOT internal AND database_name = "
                          "current_database()")["view_name"].to_list()
    assert sorted(views) == ["v_province_latest", "v_province_timeseries", "v_region_year"]
    for view in views:
        sheet = pl.read_excel(shipped.outputs.workbook, sheet_name=view)
        expected = shipped.query(f"SELECT * FROM {view}")
        assert sheet.columns == expected.columns and sheet.height == expected.height
        key = [c for c in expected.columns if expected.schema[c] == pl.String]
        assert sheet.sort(key, nulls_last=True).select(key).equals(expected.sort(key, nulls_last=True).select(key))
        for column in expected.columns:
            if expected.schema[column].is_numeric():
                assert sheet.sort(key, nulls_last=True)[column].cast(pl.Float64).equals(
                    expected.sort(key, nulls_last=True)[column].cast(pl.Float64)), (view, column)
    dictionary = pl.read_excel(shipped.outputs.workbook, sheet_name="data_dictionary")
    columns = shipped.query("SELECT count(*) AS n FROM duckdb_columns() WHERE database_name = current_database() "
                            "AND NOT internal")["n"][0]
    objects = len(views) + shipped.query("SELECT count(*) AS n FROM duckdb_tables() WHERE database_name = "
                                         "current_database()")["n"][0]
    assert dictionary.height == columns + objects
    assert dictionary["description"].null_count() == 0, "every table, view and column is described"
    claims = dictionary.filter((pl.col("object") == "claims") & (pl.col("column") == "quote"))
    assert claims["description"][0] == "The words or cell the figure came from."


def test_the_parquet_export_holds_every_table(shipped: Built) -> None:
    folder = shipped.outputs.parquet
    tables = shipped.query("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()")
    assert sorted(p.stem for p in folder.glob("*.parquet")) == sorted(tables["table_name"])
    con = duckdb.connect(str(shipped.target), read_only=True)
    try:
        for name in tables["table_name"]:
            path = str(folder / f"{name}.parquet").replace("'", "''")
            differ = con.execute(f"SELECT count(*) FROM ((SELECT * FROM {name} EXCEPT ALL SELECT * FROM "
                                 f"read_parquet('{path}')) UNION ALL (SELECT * FROM read_parquet('{path}') EXCEPT ALL "
                                 f"SELECT * FROM {name}))").fetchall()[0][0]
            assert differ == 0, name
    finally:
        con.close()


def test_a_second_export_replaces_the_set_atomically_and_keeps_one_previous(empty: Built) -> None:
    folder = empty.outputs.parquet
    first = folder.resolve()
    exports.export_all(empty.target)
    second = folder.resolve()
    assert folder.is_symlink() and first != second and first.exists(), "the previous set stays for its readers"
    exports.export_all(empty.target)
    assert not first.exists() and second.exists(), "older sets are removed"
    assert len(list(folder.parent.glob(f".{folder.name}.*"))) == 2


def test_an_export_links_the_files_of_tables_loaded_from_the_same_frames_and_writes_the_others(
        shipped: Built) -> None:
    def files(folder: Path) -> dict[str, tuple[int, bytes]]:
        return {p.stem: (p.stat().st_ino, p.read_bytes()) for p in folder.resolve().glob("*.parquet")}

    record = cache.records_dir(shipped.target) / "parquet_tables.json"
    exports.export_all(shipped.target)
    before = files(shipped.outputs.parquet)
    kept = json.loads(record.read_text(encoding="utf-8"))
    kept["digests"]["claims"] = "a frame loaded since"
    record.write_text(json.dumps(kept), encoding="utf-8")
    written = exports.export_all(shipped.target)
    after = files(shipped.outputs.parquet)
    assert set(after) == set(before) == set(written.tables)
    assert {name for name in after if after[name][0] != before[name][0]} == {"claims"}, "only claims written again"
    assert after["claims"][1] == before["claims"][1], "and written as it was"


# ----------------------------------------------------------------------------------------------------------------
# ocop report, make report


def test_ocop_report_writes_a_report_of_any_warehouse(single: Built, tmp_path: Path) -> None:
    con = duckdb.connect(str(single.target), read_only=True)  # an analyst holds the warehouse open meanwhile
    try:
        out = tmp_path / "elsewhere" / "mine.html"
        assert cli.main(["report", str(single.target), str(out)]) == 0
    finally:
        con.close()
    assert "Long An" in out.read_text(encoding="utf-8")
    assert cli.main(["report", str(tmp_path / "nothing.duckdb")]) == 2
    dry = subprocess.run(["make", "-n", "report"], cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert "ocop_pipeline.report" in dry.stdout
