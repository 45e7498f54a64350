"""Reconciliation: every reported figure in one shape, one reconciled figure per province and year, and national and
regional aggregates that say what was reported, what the provinces add up to, and how much of the country that covers.

Plain polars over the claim frames; no Dagster, no I/O. Every decision is written beside its result (``rule``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import polars as pl

from ocop_pipeline.contracts import (
    AGG_NATIONAL, ARTICLE_CLAIMS, CLAIMS, PROVINCE_STATS, RECONCILIATION_ISSUES, SHEET_CLAIMS, STAT_KEY,
)
from ocop_pipeline.geography import province_by_key
from ocop_pipeline.vocab import (
    ADDITIVE_KINDS, CERTIFICATE_MONTHS, CORE_STARS, COUNT_METRICS, FIRST_CERTIFICATE_YEAR, FROM2025, LAYOUTS,
    NATIONAL_NAME, POTENTIAL_5, PRE2025, STAR_LEVELS,
)

# Counts from official lists and tables outrank news figures when both are exact and disagree.
SOURCE_RANK = {"sheet": 0, "product_list": 1, "article": 2}
CERTIFICATE_YEARS = CERTIFICATE_MONTHS // 12
STAT_KEY = list(STAT_KEY)
UNIT_VALUE_SCHEMA = {
    "layout": pl.String, "province_code": pl.String, "year": pl.Int64, "metric": pl.String, "stars": pl.String,
    "kind": pl.String, "value": pl.Float64, "origin": pl.String,
}


# ----------------------------------------------------------------------------------------------------------------
# all figures in one shape


def all_claims(article_claims: pl.DataFrame, sheet_claims: pl.DataFrame, ratings: pl.DataFrame) -> pl.DataFrame:
    """Article claims, summary-table figures and counts derived from product lists, with their provenance."""
    articles = ARTICLE_CLAIMS.conform(article_claims).with_columns(
        pl.lit("article").alias("source_kind"), pl.format("chars {}-{}", "span_start", "span_end").alias("locator"))
    sheets = SHEET_CLAIMS.conform(sheet_claims).with_columns(
        pl.lit("sheet").alias("source_kind"), pl.format("{}!{}", "sheet", "cell").alias("locator"),
        pl.lit(None, pl.Float64).alias("applies_to_share_pct"))
    return pl.concat([CLAIMS.conform(articles.select(CLAIMS.column_names)),
                      CLAIMS.conform(sheets.select(CLAIMS.column_names)), list_counts(ratings)],
                     how="vertical").sort("source_kind", "source_id", "claim_id")


def list_counts(ratings: pl.DataFrame) -> pl.DataFrame:
    """Products recognised per province, year and star level according to the product lists (kind ``new``)."""
    if ratings.is_empty():
        return CLAIMS.empty()
    usable = ratings.filter(pl.col("recognized_year").is_not_null())
    by_star = usable.group_by("layout", "province_code", "recognized_year", "stars").agg(
        pl.len().alias("value"), pl.col("source_id").unique().sort().alias("files"),
        pl.col("recognized_on").max().alias("as_of"))
    total = usable.group_by("layout", "province_code", "recognized_year").agg(
        pl.len().alias("value"), pl.col("source_id").unique().sort().alias("files"),
        pl.col("recognized_on").max().alias("as_of")).with_columns(pl.lit(None, pl.Int64).alias("stars"))
    rows = []
    for row in pl.concat([by_star, total.select(by_star.columns)]).iter_rows(named=True):
        province = province_by_key(row["layout"], row["province_code"])
        stars = None if row["stars"] is None else str(row["stars"])
        files = ", ".join(row["files"])
        rows.append({
            "claim_id": _id("list", row["layout"], row["province_code"], row["recognized_year"], stars),
            "source_kind": "product_list", "source_id": files, "locator": "fact_product_rating",
            "geo_level": "province", "geo_name": province.name, "province_code": province.province_code,
            "layout": province.layout, "region": province.region, "place_exists_on_date": True,
            "year": row["recognized_year"], "as_of": row["as_of"], "kind": "new", "metric": "products",
            "stars": stars, "subject_type": None, "value": float(row["value"]), "value_high": None,
            "qualifier": None,
            "quote": f"{row['value']} {'ratings of ' + stars + ' stars' if stars else 'ratings'} recognised in "
                     f"{row['recognized_year']} in the product lists ({files})",
            "rule_id": "list.count",
        })
    return CLAIMS.frame(rows)


def _id(*parts) -> str:
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


# ----------------------------------------------------------------------------------------------------------------
# one figure per province, year, metric, stars, producer type and kind


def _compatible(exact: float, value: float, value_high: float | None, qualifier: str | None) -> bool:
    """Does an exact figure fit what another source said ("trên 660", "khoảng 16.000", "28-30")?"""
    if value_high is not None:
        return value <= exact <= value_high
    if qualifier == "at_least":
        return exact >= value
    if qualifier == "approx":
        return abs(exact - value) <= 0.05 * max(value, 1)
    return exact == value


def _choose(sources: list[dict], kind: str) -> tuple[float, float | None, str, str]:
    """(value, value_high, rule, status) for one key's reported figures, one per source and distinct value."""
    distinct = {(s["value"], s["value_high"], s["qualifier"]) for s in sources}
    n_sources = len({s["source_id"] for s in sources})
    exact = [s for s in sources if s["qualifier"] is None and s["value_high"] is None]
    if len(distinct) == 1:
        only = sources[0]
        return only["value"], only["value_high"], ("only source" if n_sources == 1 else "all sources agree"), (
            "single" if n_sources == 1 else "agreed")
    if exact and len({s["value"] for s in exact}) == 1 and all(
            _compatible(exact[0]["value"], s["value"], s["value_high"], s["qualifier"]) for s in sources):
        status = "single" if n_sources == 1 else "agreed"
        return exact[0]["value"], None, "exact figure, consistent with the qualified ones", status
    if kind == "target":
        # One plan sets several targets (develop 40, recognise 30 …): they are not competing figures.
        best = max(sources, key=lambda s: (s["value_high"] or s["value"]))
        return best["value"], best["value_high"], "several targets: the largest is shown, all are listed", "several"
    pool = exact or sources
    ranked = sorted(pool, key=lambda s: (SOURCE_RANK[s["source_kind"]], -(s["as_of"] or dt.date.min).toordinal(),
                                         -s["value"], s["source_id"]))
    best = ranked[0]
    reasons = []
    if exact and len(exact) < len(sources):
        reasons.append("exact figures outrank rounded or 'more than' figures")
    if SOURCE_RANK[best["source_kind"]] < max(SOURCE_RANK[s["source_kind"]] for s in pool):
        reasons.append(f"an official {'table' if best['source_kind'] == 'sheet' else 'product list'} outranks news")
    elif best["as_of"] and any((s["as_of"] or dt.date.min) < best["as_of"] for s in pool):
        reasons.append(f"the latest publication wins ({best['as_of']})")
    else:
        reasons.append("the largest figure wins (later in the year; sources undated)")
    return best["value"], best["value_high"], "conflict: " + "; ".join(reasons), "conflict"


def province_stats(claims: pl.DataFrame) -> pl.DataFrame:
    """Counts (products, subjects) of provinces; uplift percentages go to ``fact_sales_uplift`` instead, since
    figures about different sets of products cannot be reconciled into one."""
    counted = claims.filter((pl.col("geo_level") == "province") & pl.col("year").is_not_null()
                            & pl.col("layout").is_not_null() & pl.col("metric").is_in(COUNT_METRICS))
    rows = []
    for key, group in counted.group_by(STAT_KEY, maintain_order=True):
        sources = group.unique(["source_id", "value", "value_high", "qualifier"], maintain_order=True).to_dicts()
        value, value_high, rule, status = _choose(sources, key[STAT_KEY.index("kind")])
        rows.append({
            **dict(zip(STAT_KEY, key, strict=True)),
            "province_name": sources[0]["geo_name"], "region": sources[0]["region"],
            "value": value, "value_high": value_high, "rule": rule, "status": status,
            "n_sources": len({s["source_id"] for s in sources}),
            "min_value": min(s["value"] for s in sources), "max_value": max(s["value_high"] or s["value"] for s in sources),
            "reported_values": [
                {"value": s["value"], "value_high": s["value_high"], "qualifier": s["qualifier"],
                 "source_kind": s["source_kind"], "source_id": s["source_id"], "claim_id": s["claim_id"],
                 "as_of": s["as_of"], "quote": s["quote"]}
                for s in sources
            ],
        })
    return PROVINCE_STATS.frame(rows).sort(STAT_KEY, nulls_last=False)


def sales_uplift(claims: pl.DataFrame) -> pl.DataFrame:
    return claims.filter(pl.col("metric").str.ends_with("_uplift_pct")).select(
        "claim_id", "geo_level", "geo_name", "layout", "province_code", "region", "year", "kind",
        pl.col("metric").str.replace("_uplift_pct", "").alias("metric"),
        pl.col("value").alias("low_pct"), pl.coalesce("value_high", "value").alias("high_pct"),
        pl.col("applies_to_share_pct").alias("share_pct"), "qualifier", "source_id", "quote",
    ).sort("geo_name", "year", "metric", nulls_last=False)


# ----------------------------------------------------------------------------------------------------------------
# issues a person can act on


@dataclass(frozen=True)
class Issue:
    kind: str
    severity: str
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


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def breakdown_issues(claims: pl.DataFrame) -> list[Issue]:
    """Star or producer parts that do not add up to their total within one source."""
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
                    parts = " + ".join(f"{_fmt(stars[s])} ({s}★)" for s in STAR_LEVELS if s in stars)
                    issues.append(Issue(
                        "breakdown_mismatch", "warning", layout, code, geo_name, year, metric, None,
                        f"total {_fmt(total)}; parts {parts} = {_fmt(with_potential)}", source_id,
                        f"{geo_name} {year} ({kind}): the star breakdown {parts} adds up to {_fmt(with_potential)}, "
                        f"not the total {_fmt(total)} stated by the same source; check the source text.",
                    ))
            if metric == "subjects" and types.height >= 2:
                parts_sum = types["value"].sum()
                if parts_sum != total:
                    issues.append(Issue(
                        "breakdown_mismatch", "warning", layout, code, geo_name, year, metric, None,
                        f"total {_fmt(total)}; producer types add up to {_fmt(parts_sum)}", source_id,
                        f"{geo_name} {year}: producers by type add up to {_fmt(parts_sum)}, not the total "
                        f"{_fmt(total)} of the same source.",
                    ))
    return issues


def conflict_issues(stats: pl.DataFrame) -> list[Issue]:
    issues = []
    for row in stats.filter(pl.col("status") == "conflict").iter_rows(named=True):
        values = ", ".join(f"{_fmt(r['value'])}{'-' + _fmt(r['value_high']) if r['value_high'] else ''}"
                           f"{' (' + r['qualifier'] + ')' if r['qualifier'] else ''}" for r in row["reported_values"])
        sources = "; ".join(f"{r['source_id']} ({r['as_of'] or 'undated'})" for r in row["reported_values"])
        from_list = any(r["source_kind"] == "product_list" for r in row["reported_values"])
        stars = f"{row['stars']}★ " if row["stars"] else ""
        issues.append(Issue(
            "list_disagrees" if from_list else "source_conflict", "warning", row["layout"], row["province_code"],
            row["province_name"], row["year"], row["metric"], row["stars"], values, sources,
            f"{row['province_name']} {row['year']} {row['kind']} {stars}{row['metric']}: sources say {values}; "
            f"kept {_fmt(row['value'])} ({row['rule']}). Confirm with the provincial office if it matters.",
        ))
    return issues


def falling_count_issues(stats: pl.DataFrame, ratings: pl.DataFrame) -> list[Issue]:
    """A cumulative count lower than in an earlier year; certificate expiry (36 months) may explain it."""
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
                could_expire = row["year"] - CERTIFICATE_YEARS >= FIRST_CERTIFICATE_YEAR and (
                    row["year"] - previous["year"] >= 1)
                explained = expiring > 0 or could_expire
                why = (f"{expiring} certificates in the product lists expired in between" if expiring else
                       f"certificates issued up to {row['year'] - CERTIFICATE_YEARS} had expired by {row['year']} "
                       f"({CERTIFICATE_MONTHS} months), which fits" if could_expire else "no certificate could have expired yet")
                stars_text = f"{stars}★ " if stars else ""
                issues.append(Issue(
                    "count_falls", "warning", layout, code, row["province_name"], row["year"], metric, stars,
                    f"{_fmt(previous['value'])} ({previous['year']}) → {_fmt(row['value'])} ({row['year']})",
                    "; ".join(sorted({r["source_id"] for r in (*previous["reported_values"], *row["reported_values"])})),
                    f"{row['province_name']}: {stars_text}{metric} fell from {_fmt(previous['value'])} in "
                    f"{previous['year']} to {_fmt(row['value'])} in {row['year']}; {why}.",
                    explained_by_expiry=explained,
                ))
            previous = row
    return issues


def place_issues(claims: pl.DataFrame) -> list[Issue]:
    issues = []
    for row in claims.filter(~pl.col("place_exists_on_date")).iter_rows(named=True):
        issues.append(Issue(
            "place_not_in_force", "warning", row["layout"], row["province_code"], row["geo_name"], row["year"],
            row["metric"], row["stars"], _fmt(row["value"]), row["source_id"],
            f"{row['geo_name']} ({row['layout']} unit) is named for a figure dated {row['as_of'] or row['year']}, "
            f"when it no longer existed; the figure is kept under the old unit and rolls up into its successor.",
        ))
    return issues


def reconciliation_issues(claims: pl.DataFrame, stats: pl.DataFrame, ratings: pl.DataFrame) -> pl.DataFrame:
    issues = [*breakdown_issues(claims), *conflict_issues(stats), *falling_count_issues(stats, ratings),
              *place_issues(claims)]
    rows = [{"issue_id": _id(i.kind, i.layout, i.province_code, i.year, i.metric, i.stars, i.values, i.sources),
             **{k: getattr(i, k) for k in RECONCILIATION_ISSUES.column_names if k != "issue_id"}} for i in issues]
    return RECONCILIATION_ISSUES.frame(rows).unique("issue_id", keep="first", maintain_order=True).sort("issue_id")


# ----------------------------------------------------------------------------------------------------------------
# regional and national aggregates


def unit_values(stats: pl.DataFrame, provinces: pl.DataFrame, merger: pl.DataFrame) -> pl.DataFrame:
    """One value per unit of each layout, year, metric, stars and kind, saying where it came from.

    In a year a unit has no figure of its own, a cumulative count is carried forward from its latest earlier year.
    A from2025 unit without a figure of its own takes the sum of its pre2025 predecessors, but only when every
    predecessor has one (``rolled_up``); a partial sum is never used.
    """
    own = stats.filter(pl.col("subject_type").is_null() & pl.col("kind").is_in(ADDITIVE_KINDS)).select(
        "layout", "province_code", "year", "metric", "stars", "kind", "value", pl.lit("reported").alias("origin"),
    )
    if own.is_empty():
        return pl.DataFrame(schema=UNIT_VALUE_SCHEMA)
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
    values = pl.DataFrame(rows, schema=UNIT_VALUE_SCHEMA, orient="row")
    if values.is_empty():
        return values
    old = values.filter(pl.col("layout") == PRE2025).join(
        merger.select(pl.col("old_province_code").alias("province_code"), "new_province_code"), on="province_code")
    predecessors = merger.group_by("new_province_code").agg(pl.len().alias("n_predecessors"))
    rolled = old.group_by("new_province_code", "year", "metric", "stars", "kind").agg(
        pl.col("value").sum(), pl.len().alias("n_reporting")).join(predecessors, on="new_province_code").filter(
        pl.col("n_reporting") == pl.col("n_predecessors")).select(
        pl.lit(FROM2025).alias("layout"), pl.col("new_province_code").alias("province_code"), "year", "metric",
        "stars", "kind", "value", pl.lit("rolled_up").alias("origin"))
    new_own = values.filter(pl.col("layout") == FROM2025)
    rolled = rolled.join(new_own, on=["layout", "province_code", "year", "metric", "stars", "kind"], how="anti",
                         nulls_equal=True)
    return pl.concat([values, rolled.select(values.columns)]).sort(
        "layout", "province_code", "year", "metric", "stars", "kind", nulls_last=False)


def aggregates(stats: pl.DataFrame, claims: pl.DataFrame, provinces: pl.DataFrame, merger: pl.DataFrame,
               level: str) -> pl.DataFrame:
    """agg_national (level='national') or agg_regional (level='region')."""
    values = unit_values(stats, provinces, merger)
    reported = claims.filter((pl.col("geo_level") == level) & pl.col("year").is_not_null()
                             & pl.col("metric").is_in(COUNT_METRICS) & pl.col("subject_type").is_null()
                             & pl.col("kind").is_in(ADDITIVE_KINDS))
    rows = []
    for layout in LAYOUTS:
        units = provinces.filter(pl.col("layout") == layout).select("province_code", "region_name")
        groups = [(NATIONAL_NAME, units)] if level == "national" else [
            (region, units.filter(pl.col("region_name") == region))
            for region in sorted(units["region_name"].unique().to_list())]
        keys = set()
        if not values.is_empty():
            keys |= set(values.filter(pl.col("layout") == layout).select("year", "metric", "stars", "kind").iter_rows())
        keys |= set(reported.select("year", "metric", "stars", "kind").iter_rows())
        for region, members in groups:
            codes = set(members["province_code"].to_list())
            for year, metric, stars, kind in sorted(keys, key=lambda k: tuple("" if x is None else str(x) for x in k)):
                if not values.is_empty():
                    mine = values.filter((pl.col("layout") == layout) & (pl.col("year") == year)
                                         & (pl.col("metric") == metric) & (pl.col("kind") == kind)
                                         & (pl.col("stars").is_null() if stars is None else pl.col("stars") == stars)
                                         & pl.col("province_code").is_in(codes))
                else:
                    mine = values
                said = reported.filter((pl.col("year") == year) & (pl.col("metric") == metric)
                                       & (pl.col("kind") == kind)
                                       & (pl.col("stars").is_null() if stars is None else pl.col("stars") == stars))
                if level == "region":
                    said = said.filter(pl.col("geo_name") == region)
                if layout == FROM2025 and year is not None and year < 2025 and said.height == 0 and mine.is_empty():
                    continue
                if mine.is_empty() and said.is_empty():
                    continue
                row = _aggregate_row(layout, region, year, metric, stars, kind, mine, said, len(codes))
                rows.append(row)
    return AGG_NATIONAL.frame(rows).sort("layout", "region", "year", "metric", "stars", "kind", nulls_last=False)


def _aggregate_row(layout, region, year, metric, stars, kind, mine, said, total) -> dict:
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
        sources = "; ".join(f"{s['source_id']}: {_fmt(s['value'])}{' (' + s['qualifier'] + ')' if s['qualifier'] else ''}"
                            for s in sources_list)
    gap = None if reported_value is None or bottom_up is None else reported_value - bottom_up
    if reported_value is not None:
        complete_disagrees = coverage == 100.0 and gap not in (None, 0.0) and qualifier is None
        status, reconciled = ("conflict" if complete_disagrees else "reported"), reported_value
    elif coverage == 100.0:
        status, reconciled = "complete_bottom_up", bottom_up
    else:
        status, reconciled = "partial", None  # a partial sum is never presented as a total
    return {
        "layout": layout, "region": region, "year": year, "metric": metric, "stars": stars, "kind": kind,
        "reported_value": reported_value, "reported_qualifier": qualifier, "bottom_up_value": bottom_up,
        "provinces_reporting": reporting, "provinces_carried_forward": carried, "provinces_rolled_up": rolled,
        "provinces_total": total, "coverage_pct": coverage, "gap": gap, "reconciled_value": reconciled,
        "status": status, "sources": sources,
    }


# ----------------------------------------------------------------------------------------------------------------
# checks shown in the Dagster UI


@dataclass(frozen=True)
class ReconciliationCheck:
    name: str
    asset: str
    blocking: bool
    description: str


RECONCILIATION_CHECKS = (
    ReconciliationCheck("breakdown_sums", "reconciliation_issues", False,
                        "Star and producer breakdowns add up to their total within each source."),
    ReconciliationCheck("source_conflicts", "province_stats", False,
                        "Sources agree on each province figure (conflicts are kept, with the rule that chose)."),
    ReconciliationCheck("national_coverage", "agg_national", False,
                        "How much of the country the provinces' figures cover, per year (partial sums are flagged)."),
    ReconciliationCheck("counts_not_negative", "province_stats", True, "No reconciled count is negative."),
    ReconciliationCheck("stars_in_set", "province_stats", True, "Stars are 3, 4, 5, potential_5 or NULL."),
    ReconciliationCheck("province_keys_have_layout", "province_stats", True,
                        "Every province key of claims and province_stats carries its layout."),
    ReconciliationCheck("coverage_at_most_100", "agg_national", True,
                        "Coverage of national and regional aggregates stays within 0-100 %."),
)


def check_rows(claims: pl.DataFrame, stats: pl.DataFrame, issues: pl.DataFrame, national: pl.DataFrame,
               regional: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """For each check, the offending rows (empty = passed; for national_coverage, the partial years)."""
    return {
        "breakdown_sums": issues.filter(pl.col("kind") == "breakdown_mismatch").select(
            "geo_name", "year", "metric", "values", "sources"),
        "source_conflicts": stats.filter(pl.col("status") == "conflict").select(
            "layout", "province_name", "year", "metric", "stars", "kind", "value", "min_value", "max_value", "rule"),
        "national_coverage": national.filter((pl.col("status") == "partial") & pl.col("stars").is_null()).select(
            "layout", "year", "metric", "kind", "bottom_up_value", "provinces_reporting", "coverage_pct"),
        "counts_not_negative": stats.filter(pl.col("value") < 0).select("layout", "province_code", "year", "value"),
        "stars_in_set": stats.filter(pl.col("stars").is_not_null()
                                     & ~pl.col("stars").is_in(list(STAR_LEVELS))).select(
            "layout", "province_code", "year", "stars"),
        "province_keys_have_layout": pl.concat([
            claims.filter(pl.col("province_code").is_not_null() & pl.col("layout").is_null()).select(
                "province_code", "year", pl.col("claim_id").alias("what")),
            stats.filter(pl.col("layout").is_null()).select("province_code", "year",
                                                            pl.lit("province_stats").alias("what")),
        ]),
        "coverage_at_most_100": pl.concat([national, regional]).filter(
            (pl.col("coverage_pct") > 100) | (pl.col("coverage_pct") < 0)).select(
            "layout", "region", "year", "coverage_pct"),
    }
