"""Reconciliation: every reported figure in one shape, one reconciled figure per province and year, and national and
regional aggregates that say what was reported, what the provinces add up to, and how much of the country that covers.

Plain polars over the claim frames; no Dagster, no I/O. Every decision is written beside its result (``rule``).

Every step works on whole frames (group-bys and joins), never one group or row at a time: at national scale the
claims run to hundreds of thousands of rows and tens of thousands of keys, and a Python loop that filtered or
collected per key cost about half a millisecond a key. Where a choice depends on the order of the claims (the first
figure a source gave is the one shown), the row order is carried as a column and used explicitly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import polars as pl

from ocop_pipeline.contracts import (
    AGG_NATIONAL, ARTICLE_CLAIMS, CLAIMS, PROVINCE_STATS, RECONCILIATION_ISSUES, REPORTED_VALUE, SHEET_CLAIMS,
    STAT_KEY,
)
from ocop_pipeline.geography import province_by_key, provinces as reference_provinces
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
ROW = "_row"  # the claims' row order, where the first reported figure wins


# ----------------------------------------------------------------------------------------------------------------
# texts and ids, the same as a person reads them in every table


def _id(*parts) -> str:
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def _ids(frame: pl.DataFrame, *parts: str | pl.Expr) -> pl.Series:
    """``_id`` of each row's parts. Polars has no SHA-1, so the joined parts are hashed in Python: the one step per
    row left, about a microsecond each."""
    texts = frame.select(pl.concat_str(
        [(pl.col(p) if isinstance(p, str) else p).cast(pl.String).fill_null("") for p in parts], separator="|",
    )).to_series()
    return pl.Series([hashlib.sha1(t.encode()).hexdigest()[:16] for t in texts], dtype=pl.String)


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _fmt_column(values: pl.Series) -> pl.Series:
    """``_fmt`` of each value. Python's ``g`` format (6 significant digits, exponents) has no polars equivalent, so
    each distinct value is formatted once in Python: counts repeat, so that is a few thousand calls at most."""
    distinct = values.drop_nulls().unique()
    return values.replace_strict(distinct, [_fmt(v) for v in distinct], default="", return_dtype=pl.String)


def _as_written(column: str) -> pl.Expr:
    """A column as an f-string writes it, NULL as 'None' (the messages have always said so)."""
    return pl.col(column).cast(pl.String).fill_null("None")


def _series_sum(column: str) -> pl.Expr:
    """A group's sum as ``Series.sum`` adds it, in the group's row order. A grouped ``sum()`` adds in another order,
    which can change the last bit of a sum of fractions (0.1 + 0.2 …); counts are whole numbers, but a figure read
    as 11.5 must not move."""
    return pl.col(column).implode().list.sum()


def _has_top() -> pl.Expr:
    """Is there a range top, as Python's truthiness read it: NULL and 0 are none (a range 0-0 shows as 0)."""
    return pl.col("value_high").is_not_null() & (pl.col("value_high") != 0)


def _top() -> pl.Expr:
    """``value_high or value``: the top of a range, else the figure itself."""
    return pl.when(_has_top()).then(pl.col("value_high")).otherwise(pl.col("value"))


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


def _province_names() -> pl.DataFrame:
    return pl.DataFrame(
        [(p.layout, p.province_code, p.name, p.region) for p in reference_provinces()],
        schema={"layout": pl.String, "province_code": pl.String, "geo_name": pl.String, "region": pl.String},
        orient="row",
    )


def list_counts(ratings: pl.DataFrame) -> pl.DataFrame:
    """Products recognised per province, year and star level according to the product lists (kind ``new``)."""
    if ratings.is_empty():
        return CLAIMS.empty()
    usable = ratings.filter(pl.col("recognized_year").is_not_null())
    place = ["layout", "province_code", "recognized_year"]
    facts = (pl.len().alias("value"), pl.col("source_id").unique().sort().str.join(", ").alias("files"),
             pl.col("recognized_on").max().alias("as_of"))
    counts = pl.concat([
        usable.group_by(*place, "stars").agg(*facts).with_columns(pl.col("stars").cast(pl.String)),
        usable.group_by(*place).agg(*facts).with_columns(pl.lit(None, pl.String).alias("stars")),
    ], how="diagonal")
    names = _province_names()
    unknown = counts.join(names, on=["layout", "province_code"], how="anti")
    if not unknown.is_empty():
        province_by_key(unknown["layout"][0], unknown["province_code"][0])  # raises, naming the unit
    counts = counts.join(names, on=["layout", "province_code"])
    what = pl.when(pl.col("stars").is_null()).then(pl.lit("ratings")).otherwise(
        pl.format("ratings of {} stars", "stars"))
    return CLAIMS.conform(counts.select(
        _ids(counts, pl.lit("list"), "layout", "province_code", "recognized_year", "stars").alias("claim_id"),
        pl.lit("product_list").alias("source_kind"), pl.col("files").alias("source_id"),
        pl.lit("fact_product_rating").alias("locator"), pl.lit("province").alias("geo_level"), "geo_name",
        "province_code", "layout", "region", pl.lit(True).alias("place_exists_on_date"),
        pl.col("recognized_year").alias("year"), "as_of", pl.lit("new").alias("kind"),
        pl.lit("products").alias("metric"), "stars", pl.lit(None, pl.String).alias("subject_type"),
        pl.col("value").cast(pl.Float64), pl.lit(None, pl.Float64).alias("value_high"),
        pl.lit(None, pl.String).alias("qualifier"), pl.lit(None, pl.Float64).alias("applies_to_share_pct"),
        pl.format("{} {} recognised in {} in the product lists ({})", "value", what, "recognized_year",
                  "files").alias("quote"),
        pl.lit("list.count").alias("rule_id"),
    )).sort("claim_id")


# ----------------------------------------------------------------------------------------------------------------
# one figure per province, year, metric, stars, producer type and kind


def _compatible(exact: pl.Expr) -> pl.Expr:
    """Does an exact figure fit what each source said ("trên 660", "khoảng 16.000", "28-30")?"""
    value, high, qualifier = pl.col("value"), pl.col("value_high"), pl.col("qualifier")
    return (pl.when(high.is_not_null()).then((value <= exact) & (exact <= high))
            .when(qualifier == "at_least").then(exact >= value)
            .when(qualifier == "approx").then((exact - value).abs() <= 0.05 * pl.max_horizontal(value, pl.lit(1.0)))
            .otherwise(exact == value))


def province_stats(claims: pl.DataFrame) -> pl.DataFrame:
    """Counts (products, subjects) of provinces; uplift percentages go to ``fact_sales_uplift`` instead, since
    figures about different sets of products cannot be reconciled into one.

    Per key, one figure is chosen from its sources (one per source and distinct value, the first the claims hold):
    one distinct figure; else one exact figure every other fits; else for targets the largest; else the best ranked
    (official tables and lists before news, then the latest date, then the largest value, then the source's name).
    """
    counted = claims.filter((pl.col("geo_level") == "province") & pl.col("year").is_not_null()
                            & pl.col("layout").is_not_null() & pl.col("metric").is_in(COUNT_METRICS))
    sources = counted.with_row_index(ROW).unique(
        [*STAT_KEY, "source_id", "value", "value_high", "qualifier"], keep="first", maintain_order=True,
    ).with_columns(
        (pl.col("qualifier").is_null() & pl.col("value_high").is_null()).alias("_exact"),
        _top().alias("_top"),
        pl.col("source_kind").replace_strict(SOURCE_RANK, return_dtype=pl.Int64).alias("_rank"),
    )
    exact_value = pl.col("value").filter(pl.col("_exact")).first()
    summary = sources.group_by(STAT_KEY).agg(
        pl.col("geo_name").first().alias("province_name"), pl.col("region").first(),
        pl.col("value").first().alias("_first_value"), pl.col("value_high").first().alias("_first_high"),
        pl.struct("value", "value_high", "qualifier").n_unique().alias("_distinct"),
        pl.col("source_id").n_unique().alias("n_sources"),
        pl.len().alias("_n"), pl.col("_exact").sum().alias("_n_exact"),
        pl.col("value").filter(pl.col("_exact")).n_unique().alias("_exact_values"),
        exact_value.alias("_exact_value"), _compatible(exact_value).all().alias("_consistent"),
        pl.col("value").min().alias("min_value"), pl.col("_top").max().alias("max_value"),
        pl.struct([f.name for f in REPORTED_VALUE.fields]).alias("reported_values"),
    )
    # In a conflict, exact figures compete among themselves when there are any; ROW settles full ties as the
    # order of the sources did.
    pool = sources.filter(pl.col("_exact") | (pl.col("_exact").sum().over(STAT_KEY) == 0)).sort(
        "_rank", "as_of", "value", "source_id", ROW, descending=[False, True, True, False, False],
        nulls_last=[False, True, False, False, False])
    ranked = pool.group_by(STAT_KEY).agg(
        pl.col("value").first().alias("_best_value"), pl.col("value_high").first().alias("_best_high"),
        pl.col("source_kind").first().alias("_best_kind"), pl.col("as_of").first().alias("_best_as_of"),
        pl.col("_rank").first().alias("_best_rank"), pl.col("_rank").max().alias("_worst_rank"),
        (pl.col("as_of").is_null() | (pl.col("as_of") < pl.col("as_of").first())).any().alias("_earlier"),
    )
    largest_target = sources.filter(pl.col("kind") == "target").sort("_top", ROW, descending=[True, False]).group_by(
        STAT_KEY).agg(pl.col("value").first().alias("_target_value"),
                      pl.col("value_high").first().alias("_target_high"))
    chosen = summary.join(ranked, on=STAT_KEY, how="left", nulls_equal=True).join(
        largest_target, on=STAT_KEY, how="left", nulls_equal=True)

    one_figure = pl.col("_distinct") == 1
    consistent = (pl.col("_n_exact") > 0) & (pl.col("_exact_values") == 1) & pl.col("_consistent")
    target = pl.col("kind") == "target"
    single = pl.col("n_sources") == 1
    reasons = pl.concat_str([
        pl.when((pl.col("_n_exact") > 0) & (pl.col("_n_exact") < pl.col("_n"))).then(
            pl.lit("exact figures outrank rounded or 'more than' figures")),
        pl.when(pl.col("_best_rank") < pl.col("_worst_rank")).then(
            pl.when(pl.col("_best_kind") == "sheet").then(pl.lit("an official table outranks news")).otherwise(
                pl.lit("an official product list outranks news")))
        .when(pl.col("_best_as_of").is_not_null() & pl.col("_earlier")).then(
            pl.format("the latest publication wins ({})", "_best_as_of"))
        .otherwise(pl.lit("the largest figure wins (later in the year; sources undated)")),
    ], separator="; ", ignore_nulls=True)
    return PROVINCE_STATS.conform(chosen.with_columns(
        pl.when(one_figure).then("_first_value").when(consistent).then("_exact_value").when(target).then(
            "_target_value").otherwise("_best_value").alias("value"),
        pl.when(one_figure).then("_first_high").when(consistent).then(None).when(target).then(
            "_target_high").otherwise("_best_high").alias("value_high"),
        pl.when(one_figure).then(pl.when(single).then(pl.lit("only source")).otherwise(pl.lit("all sources agree")))
        .when(consistent).then(pl.lit("exact figure, consistent with the qualified ones"))
        .when(target).then(pl.lit("several targets: the largest is shown, all are listed"))
        .otherwise(pl.lit("conflict: ") + reasons).alias("rule"),
        pl.when(one_figure | consistent).then(pl.when(single).then(pl.lit("single")).otherwise(pl.lit("agreed")))
        .when(target).then(pl.lit("several")).otherwise(pl.lit("conflict")).alias("status"),
    ).select(PROVINCE_STATS.column_names)).sort(STAT_KEY, nulls_last=False)


def sales_uplift(claims: pl.DataFrame) -> pl.DataFrame:
    return claims.filter(pl.col("metric").str.ends_with("_uplift_pct")).select(
        "claim_id", "geo_level", "geo_name", "layout", "province_code", "region", "year", "kind",
        pl.col("metric").str.replace("_uplift_pct", "").alias("metric"),
        pl.col("value").alias("low_pct"), pl.coalesce("value_high", "value").alias("high_pct"),
        pl.col("applies_to_share_pct").alias("share_pct"), "qualifier", "source_id", "quote",
    ).sort("geo_name", "year", "metric", nulls_last=False)


# ----------------------------------------------------------------------------------------------------------------
# issues a person can act on
#
# Each function returns reconciliation_issues rows in the order the issues were found; reconciliation_issues keeps
# the first of a repeated issue_id (two districts of one table with the same figures share one), so that order is
# part of the result.

ISSUE_ID_PARTS = ("kind", "layout", "province_code", "year", "metric", "stars", "values", "sources")


def _issue_rows(issues: pl.DataFrame) -> pl.DataFrame:
    """reconciliation_issues rows from kind, place, values, sources and message (explained_by_expiry optional)."""
    if "explained_by_expiry" not in issues.columns:
        issues = issues.with_columns(pl.lit(None, pl.Boolean).alias("explained_by_expiry"))
    issues = issues.with_columns(pl.lit("warning").alias("severity"), _ids(issues, *ISSUE_ID_PARTS).alias("issue_id"))
    return RECONCILIATION_ISSUES.conform(issues.select(RECONCILIATION_ISSUES.column_names))


BREAKDOWN_KEY = ["source_id", "geo_level", "geo_name", "layout", "province_code", "year", "kind", "metric"]


def breakdown_issues(claims: pl.DataFrame) -> pl.DataFrame:
    """Star or producer parts that do not add up to their total within one source.

    Per source, place, year, kind and metric: each distinct total against the first figure given for each star
    level (products: closing with or without the potential-5-star ones) or for each producer type (subjects).
    """
    counts = claims.filter(pl.col("metric").is_in(COUNT_METRICS) & pl.col("qualifier").is_null()
                           & pl.col("value_high").is_null()).with_row_index(ROW)
    star = {level: pl.col(f"_stars_{level}") for level in STAR_LEVELS}
    parts = counts.group_by(BREAKDOWN_KEY).agg(
        pl.col(ROW).min().alias("_found"),
        *(pl.col("value").filter(pl.col("stars") == level).first().alias(f"_stars_{level}") for level in STAR_LEVELS),
    )
    # Producer types in the order they were first given, each with its first figure: that order is the order of
    # the sum, which decides its last bit.
    types = counts.filter(pl.col("subject_type").is_not_null()).group_by(*BREAKDOWN_KEY, "subject_type").agg(
        pl.col("value").first(), pl.col(ROW).min()).sort(ROW).group_by(BREAKDOWN_KEY).agg(
        pl.len().alias("_types"), _series_sum("value").alias("_types_sum"))
    totals = counts.filter(pl.col("stars").is_null() & pl.col("subject_type").is_null()).select(
        *BREAKDOWN_KEY, pl.col("value").alias("_total")).unique()
    core = pl.lit(0.0)
    for level in CORE_STARS:  # added one by one, in the same order as before: sums of fractions stay bit-identical
        core = core + star[level].fill_null(0)
    checked = totals.join(parts, on=BREAKDOWN_KEY, nulls_equal=True).join(
        types, on=BREAKDOWN_KEY, how="left", nulls_equal=True).with_columns(
        (core + star[POTENTIAL_5].fill_null(0)).alias("_closing"), core.alias("_core"))
    stars_given = pl.sum_horizontal(*(star[level].is_not_null() for level in CORE_STARS))
    products = (pl.col("metric") == "products") & (stars_given >= 2) & (pl.col("_total") != pl.col("_core")) & (
        pl.col("_total") != pl.col("_closing"))
    subjects = (pl.col("metric") == "subjects") & (pl.col("_types") >= 2) & (pl.col("_types_sum") != pl.col("_total"))
    found = checked.filter(products | subjects).sort("_found", "_total")
    found = found.with_columns(
        *(_fmt_column(found[c]).alias(f"{c}_text") for c in ("_total", "_closing", "_types_sum",
                                                             *(f"_stars_{level}" for level in STAR_LEVELS))))
    parts_text = pl.concat_str([
        pl.when(star[level].is_not_null()).then(pl.format(f"{{}} ({level}★)", f"_stars_{level}_text"))
        for level in STAR_LEVELS], separator=" + ", ignore_nulls=True)
    star_breakdown = pl.col("metric") == "products"
    return _issue_rows(found.select(
        pl.lit("breakdown_mismatch").alias("kind"), "layout", "province_code", "geo_name", "year", "metric",
        pl.lit(None, pl.String).alias("stars"),
        pl.when(star_breakdown).then(pl.format("total {}; parts {} = {}", "_total_text", parts_text, "_closing_text"))
        .otherwise(pl.format("total {}; producer types add up to {}", "_total_text", "_types_sum_text"))
        .alias("values"),
        pl.col("source_id").alias("sources"),
        pl.when(star_breakdown).then(pl.format(
            "{} {} ({}): the star breakdown {} adds up to {}, not the total {} stated by the same source; check the "
            "source text.", "geo_name", _as_written("year"), "kind", parts_text, "_closing_text", "_total_text"))
        .otherwise(pl.format("{} {}: producers by type add up to {}, not the total {} of the same source.",
                             "geo_name", _as_written("year"), "_types_sum_text", "_total_text")).alias("message"),
    ))


def conflict_issues(stats: pl.DataFrame) -> pl.DataFrame:
    conflicts = stats.filter(pl.col("status") == "conflict").with_row_index("_issue")
    said = conflicts.select("_issue", "reported_values").explode("reported_values").unnest("reported_values")
    said = said.with_columns(_fmt_column(said["value"]).alias("_value"), _fmt_column(said["value_high"]).alias("_high"))
    qualified = pl.col("qualifier").is_not_null() & (pl.col("qualifier") != "")
    listed = said.group_by("_issue").agg(
        pl.concat_str([
            "_value", pl.when(_has_top()).then(pl.lit("-") + pl.col("_high")).otherwise(pl.lit("")),
            pl.when(qualified).then(pl.format(" ({})", "qualifier")).otherwise(pl.lit("")),
        ]).str.join(", ").alias("values"),
        pl.format("{} ({})", "source_id", pl.col("as_of").cast(pl.String).fill_null("undated")).str.join(
            "; ").alias("sources"),
        (pl.col("source_kind") == "product_list").any().alias("_from_list"),
    )
    found = conflicts.join(listed, on="_issue", how="left").sort("_issue")
    found = found.with_columns(_fmt_column(found["value"]).alias("_value"))
    stars = pl.when(pl.col("stars").is_not_null() & (pl.col("stars") != "")).then(
        pl.format("{}★ ", "stars")).otherwise(pl.lit(""))
    return _issue_rows(found.select(
        pl.when("_from_list").then(pl.lit("list_disagrees")).otherwise(pl.lit("source_conflict")).alias("kind"),
        "layout", "province_code", pl.col("province_name").alias("geo_name"), "year", "metric", "stars", "values",
        "sources",
        pl.format("{} {} {} {}{}: sources say {}; kept {} ({}). Confirm with the provincial office if it matters.",
                  "province_name", "year", "kind", stars, "metric", "values", "_value", "rule").alias("message"),
    ))


def falling_count_issues(stats: pl.DataFrame, ratings: pl.DataFrame) -> pl.DataFrame:
    """A cumulative count lower than in the previous year it was reported; certificate expiry (36 months) may
    explain it."""
    series = ["layout", "province_code", "metric", "stars", "subject_type"]
    cumulative = stats.filter((pl.col("kind") == "cumulative") & pl.col("metric").is_in(COUNT_METRICS)).sort(
        *series, "year", nulls_last=False)
    falls = cumulative.with_columns(
        pl.col(c).shift().over(series).alias(f"_previous_{c}") for c in ("year", "value", "reported_values")
    ).filter(pl.col("value") < pl.col("_previous_value")).with_row_index("_fall")
    if ratings.is_empty():
        falls = falls.with_columns(pl.lit(0, pl.UInt32).alias("_expiring"))
    else:
        # Certificates per unit and year of expiry, then summed over the years each fall spans: a join on the unit,
        # so the cost is falls x expiry years of one unit, never falls x ratings.
        expiries = ratings.filter(pl.col("expires_on").is_not_null()).group_by(
            "layout", "province_code", pl.col("expires_on").dt.year().alias("_expiry_year")).agg(pl.len().alias("_n"))
        expiring = falls.select("_fall", "layout", "province_code", "_previous_year", "year").join(
            expiries, on=["layout", "province_code"]).filter(
            (pl.col("_expiry_year") > pl.col("_previous_year")) & (pl.col("_expiry_year") <= pl.col("year"))
        ).group_by("_fall").agg(pl.col("_n").sum().alias("_expiring"))
        falls = falls.join(expiring, on="_fall", how="left").with_columns(
            pl.col("_expiring").fill_null(0)).sort("_fall")
    falls = falls.with_columns(_fmt_column(falls["_previous_value"]).alias("_before"),
                               _fmt_column(falls["value"]).alias("_after"))
    could_expire = ((pl.col("year") - CERTIFICATE_YEARS) >= FIRST_CERTIFICATE_YEAR) & (
        (pl.col("year") - pl.col("_previous_year")) >= 1)
    why = (pl.when(pl.col("_expiring") > 0).then(
        pl.format("{} certificates in the product lists expired in between", "_expiring"))
        .when(could_expire).then(pl.format(f"certificates issued up to {{}} had expired by {{}} ({CERTIFICATE_MONTHS} "
                                           f"months), which fits", pl.col("year") - CERTIFICATE_YEARS, "year"))
        .otherwise(pl.lit("no certificate could have expired yet")))
    stars = pl.when(pl.col("stars").is_not_null() & (pl.col("stars") != "")).then(
        pl.format("{}★ ", "stars")).otherwise(pl.lit(""))
    return _issue_rows(falls.select(
        pl.lit("count_falls").alias("kind"), "layout", "province_code", pl.col("province_name").alias("geo_name"),
        "year", "metric", "stars",
        pl.format("{} ({}) → {} ({})", "_before", "_previous_year", "_after", "year").alias("values"),
        pl.concat_list("_previous_reported_values", "reported_values").list.eval(
            pl.element().struct.field("source_id")).list.unique().list.sort().list.join("; ").alias("sources"),
        pl.format("{}: {}{} fell from {} in {} to {} in {}; {}.", "province_name", stars, "metric", "_before",
                  "_previous_year", "_after", "year", why).alias("message"),
        ((pl.col("_expiring") > 0) | could_expire).alias("explained_by_expiry"),
    ))


def place_issues(claims: pl.DataFrame) -> pl.DataFrame:
    misplaced = claims.filter(~pl.col("place_exists_on_date"))
    misplaced = misplaced.with_columns(_fmt_column(misplaced["value"]).alias("_value"))
    return _issue_rows(misplaced.select(
        pl.lit("place_not_in_force").alias("kind"), "layout", "province_code", "geo_name", "year", "metric", "stars",
        pl.col("_value").alias("values"), pl.col("source_id").alias("sources"),
        pl.format("{} ({} unit) is named for a figure dated {}, when it no longer existed; the figure is kept under "
                  "the old unit and rolls up into its successor.", "geo_name", _as_written("layout"),
                  pl.coalesce(pl.col("as_of").cast(pl.String), _as_written("year"))).alias("message"),
    ))


def reconciliation_issues(claims: pl.DataFrame, stats: pl.DataFrame, ratings: pl.DataFrame) -> pl.DataFrame:
    issues = pl.concat([breakdown_issues(claims), conflict_issues(stats), falling_count_issues(stats, ratings),
                        place_issues(claims)])
    return issues.unique("issue_id", keep="first", maintain_order=True).sort("issue_id")


# ----------------------------------------------------------------------------------------------------------------
# regional and national aggregates

UNIT_SERIES = ["layout", "province_code", "metric", "stars", "kind"]


def unit_values(stats: pl.DataFrame, provinces: pl.DataFrame, merger: pl.DataFrame) -> pl.DataFrame:
    """One value per unit of each layout, year, metric, stars and kind, saying where it came from.

    In a year a unit has no figure of its own, a cumulative count is carried forward from its latest earlier year.
    A from2025 unit without a figure of its own takes the sum of its pre2025 predecessors, but only when every
    predecessor has one (``rolled_up``); a partial sum is never used.
    """
    own = stats.filter(pl.col("subject_type").is_null() & pl.col("kind").is_in(ADDITIVE_KINDS)).select(
        *UNIT_SERIES, "year", "value")
    if own.is_empty():
        return pl.DataFrame(schema=UNIT_VALUE_SCHEMA)
    # Every unit × (metric, stars, kind) reported anywhere × year reported anywhere, then each unit's latest figure
    # carried down its years. The grid is bounded by the reference geography, the series and the years (at most
    # 97 units × 20 series × 28 years), whatever the number of claims.
    grid = provinces.filter(pl.col("layout").is_in(LAYOUTS)).select("layout", "province_code").join(
        own.select("metric", "stars", "kind").unique(), how="cross").join(own.select("year").unique(), how="cross")
    values = grid.join(own.with_columns(pl.col("year").alias("_from")), on=[*UNIT_SERIES, "year"], how="left",
                       nulls_equal=True).sort(*UNIT_SERIES, "year", nulls_last=False).with_columns(
        pl.col("value", "_from").forward_fill().over(UNIT_SERIES)
    ).filter((pl.col("_from") == pl.col("year")) | ((pl.col("kind") == "cumulative") & pl.col("_from").is_not_null()))
    values = values.select(
        "layout", "province_code", "year", "metric", "stars", "kind", "value",
        pl.when(pl.col("_from") == pl.col("year")).then(pl.lit("reported")).otherwise(
            pl.format("carried:{}", "_from")).alias("origin"),
    ).cast(UNIT_VALUE_SCHEMA)
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


AGG_KEY = ["layout", "region", "year", "metric", "stars", "kind"]


def aggregates(stats: pl.DataFrame, claims: pl.DataFrame, provinces: pl.DataFrame, merger: pl.DataFrame,
               level: str) -> pl.DataFrame:
    """agg_national (level='national') or agg_regional (level='region'): a row wherever a unit has a value or a
    source about the whole area said something; national figures stand in both layouts."""
    national = level == "national"
    values = unit_values(stats, provinces, merger)
    reported = claims.filter((pl.col("geo_level") == level) & pl.col("year").is_not_null()
                             & pl.col("metric").is_in(COUNT_METRICS) & pl.col("subject_type").is_null()
                             & pl.col("kind").is_in(ADDITIVE_KINDS))
    members = provinces.filter(pl.col("layout").is_in(LAYOUTS)).select(
        "layout", "province_code", (pl.lit(NATIONAL_NAME) if national else pl.col("region_name")).alias("region"),
    ).unique()
    areas = members.group_by("layout", "region").agg(pl.col("province_code").n_unique().alias("provinces_total"))
    if national:  # the country is an area of each layout even without units, as before (and fails below)
        areas = pl.DataFrame({"layout": list(LAYOUTS), "region": NATIONAL_NAME}).join(
            areas, on=["layout", "region"], how="left")

    bottom_up = values.join(members, on=["layout", "province_code"], maintain_order="left").group_by(AGG_KEY).agg(
        pl.len().alias("provinces_reporting"),
        pl.col("origin").str.starts_with("carried").sum().alias("provinces_carried_forward"),
        (pl.col("origin") == "rolled_up").sum().alias("provinces_rolled_up"),
        _series_sum("value").alias("bottom_up_value"),
    )
    said = reported.with_row_index(ROW).select(
        ROW, (pl.lit(NATIONAL_NAME) if national else pl.col("geo_name")).alias("region"), "year", "metric", "stars",
        "kind", "source_id", "value", "qualifier", "as_of",
    ).join(areas.select("layout", "region"), on="region").unique(
        [*AGG_KEY, "source_id", "value", "qualifier"], keep="first", maintain_order=True,
    ).sort("source_id", "value", ROW)  # the order the sources are listed in
    said = said.with_columns(_fmt_column(said["value"]).alias("_value"))
    listed = said.group_by(AGG_KEY).agg(pl.format("{}: {}{}", "source_id", "_value", pl.when(
        pl.col("qualifier").is_not_null() & (pl.col("qualifier") != "")).then(pl.format(" ({})", "qualifier"))
        .otherwise(pl.lit(""))).str.join("; ").alias("sources"))
    # Exact figures first, then the latest, then the largest, then the listing order.
    best = said.sort(pl.col("qualifier").is_not_null(), "as_of", "value", "source_id", ROW,
                     descending=[False, True, True, False, False], nulls_last=[False, True, False, False, False])
    best = best.group_by(AGG_KEY).agg(pl.col("value").first().alias("reported_value"),
                                      pl.col("qualifier").first().alias("reported_qualifier"))

    rows = bottom_up.join(listed, on=AGG_KEY, how="full", coalesce=True, nulls_equal=True).join(
        best, on=AGG_KEY, how="left", nulls_equal=True).join(areas, on=["layout", "region"], how="left").with_columns(
        pl.col("provinces_reporting", "provinces_carried_forward", "provinces_rolled_up").fill_null(0),
        pl.col("sources").fill_null(""))
    empty_areas = rows.filter(pl.col("provinces_total").fill_null(0) == 0)
    if not empty_areas.is_empty():
        raise ValueError(f"no provincial units in layout {empty_areas['layout'][0]}: coverage cannot be computed")
    # round() of Python, not of polars: they can part at a half. Few distinct pairs, so a few calls.
    coverage = rows.select("provinces_reporting", "provinces_total").unique()
    coverage = coverage.with_columns(pl.Series("coverage_pct", [
        round(100.0 * reporting / total, 1) for reporting, total in coverage.iter_rows()], dtype=pl.Float64))
    rows = rows.join(coverage, on=["provinces_reporting", "provinces_total"]).with_columns(
        (pl.col("reported_value") - pl.col("bottom_up_value")).alias("gap"))
    complete = pl.col("coverage_pct") == 100.0
    said_any = pl.col("reported_value").is_not_null()
    complete_disagrees = complete & pl.col("gap").is_not_null() & (pl.col("gap") != 0) & pl.col(
        "reported_qualifier").is_null()
    return AGG_NATIONAL.conform(rows.with_columns(
        pl.when(said_any).then("reported_value").when(complete).then("bottom_up_value").otherwise(None).alias(
            "reconciled_value"),  # a partial sum is never presented as a total
        pl.when(said_any).then(pl.when(complete_disagrees).then(pl.lit("conflict")).otherwise(pl.lit("reported")))
        .when(complete).then(pl.lit("complete_bottom_up")).otherwise(pl.lit("partial")).alias("status"),
    ).select(AGG_NATIONAL.column_names)).sort(*AGG_KEY, nulls_last=False)


RECONCILED = ("province_stats", "fact_sales_uplift", "reconciliation_issues", "agg_national", "agg_regional")


def reconciled(claims: pl.DataFrame, provinces: pl.DataFrame, merger: pl.DataFrame,
               ratings: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Every table reconciliation makes (``RECONCILED``), from the claims, the reference units, the merger and the
    product ratings: nothing else is read, so the same frames give the same tables."""
    stats = province_stats(claims)
    return {
        "province_stats": stats,
        "fact_sales_uplift": sales_uplift(claims),
        "reconciliation_issues": reconciliation_issues(claims, stats, ratings),
        "agg_national": aggregates(stats, claims, provinces, merger, "national"),
        "agg_regional": aggregates(stats, claims, provinces, merger, "region"),
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
