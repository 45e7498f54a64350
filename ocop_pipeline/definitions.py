"""Dagster definitions: a thin layer of assets, checks, jobs and schedules over the plain modules.

Every published table is an asset returning a validated polars frame. ``warehouse_build`` writes them all into a
fresh DuckDB file and runs the blocking warehouse checks on it; ``ocop_warehouse`` publishes that file atomically
only when those checks passed (Dagster skips it otherwise).
"""


from pathlib import Path

import dagster as dg
import polars as pl

from ocop_pipeline import config, geography, reconcile, schemas, warehouse
from ocop_pipeline.articles import ingest as article_ingest
from ocop_pipeline.quarantine import quarantine_frame, source_files_frame
from ocop_pipeline.spreadsheets import ingest as sheet_ingest

REFERENCE = "reference"
ARTICLES = "articles"
SPREADSHEETS = "spreadsheets"
RECONCILIATION = "reconciliation"
PUBLISH = "warehouse"


def frame_metadata(frame: pl.DataFrame, table: str, preview_rows: int = 10) -> dict:
    """Standard table metadata shown in the Dagster UI: row count, documented column schema, a small preview."""
    description, columns = warehouse.table_docs().get(table, ("", {}))
    return {
        "dagster/row_count": frame.height,
        "dagster/column_schema": dg.TableSchema(
            columns=[dg.TableColumn(name, str(dtype), description=columns.get(name)) for name, dtype in frame.schema.items()]
        ),
        "table_description": description,
        "preview": dg.MetadataValue.md(_markdown_preview(frame.head(preview_rows))),
    }


def _markdown_preview(frame: pl.DataFrame) -> str:
    header = "| " + " | ".join(frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    body = ["| " + " | ".join(str(v).replace("|", "\\|") for v in row) + " |" for row in frame.iter_rows()]
    return "\n".join([header, rule, *body])


def validated_output(model, frame: pl.DataFrame, table: str) -> dg.Output:
    """Reference tables come from files we own: any failure is a defect and fails the asset."""
    return dg.Output(model.validate(frame), metadata=frame_metadata(frame, table))


@dg.asset(group_name=REFERENCE, kinds={"polars"})
def dim_region() -> dg.Output:
    """The 6 socio-economic regions with their press aliases and unit counts per layout."""
    return validated_output(schemas.DimRegion, geography.dim_region_frame(), "dim_region")


@dg.asset(group_name=REFERENCE, kinds={"polars"})
def dim_province() -> dg.Output:
    """Provincial units of both layouts: 63 pre2025 (until 2025-06-30) and 34 from2025 (from 2025-07-01)."""
    return validated_output(schemas.DimProvince, geography.dim_province_frame(), "dim_province")


@dg.asset(group_name=REFERENCE, kinds={"polars"})
def province_merger_2025() -> dg.Output:
    """Each of the 63 pre2025 units and the from2025 unit it became on 2025-07-01."""
    return validated_output(schemas.ProvinceMerger2025, geography.province_merger_frame(), "province_merger_2025")


@dg.multi_asset(
    group_name=ARTICLES,
    outs={
        "articles": dg.AssetOut(kinds={"polars"}, description="One row per article extract: source, date, province, claims, status."),
        "article_claims": dg.AssetOut(kinds={"polars"}, description="Every OCOP figure stated in an article, typed, dated, placed and quoted."),
        "article_rejections": dg.AssetOut(description="Article files, manifest rows and claims rejected, with reasons."),
        "article_source_files": dg.AssetOut(description="Per article file: claims read, loaded and quarantined."),
    },
)
def article_extraction(context: dg.AssetExecutionContext):
    """Decode every file in OCOP_RAW_DIR/articles, extract its OCOP claims, validate them with pandera."""
    raw_dir = config.raw_dir()
    batch = article_ingest.ingest_articles(raw_dir)
    claims = article_ingest.validated_claims(batch)
    articles = schemas.Articles.validate(batch.articles_frame())
    read = sum(r["rows_read"] for r in batch.source_files if r["kind"] == "article")
    context.log.info(
        f"{len(batch.articles)} article files in {raw_dir}: {claims.height} claims loaded, "
        f"{len(batch.rejections)} items quarantined ({read} claims read)"
    )
    yield dg.Output(articles, output_name="articles", metadata=frame_metadata(articles, "articles"))
    yield dg.Output(claims, output_name="article_claims", metadata=frame_metadata(claims, "article_claims"))
    rejections = quarantine_frame(batch.rejections)
    yield dg.Output(rejections, output_name="article_rejections", metadata={"dagster/row_count": rejections.height})
    files = source_files_frame(batch.source_files)
    yield dg.Output(files, output_name="article_source_files", metadata={"dagster/row_count": files.height})


@dg.multi_asset(
    group_name=SPREADSHEETS,
    outs={
        "dim_subject": dg.AssetOut(kinds={"polars"}, description="OCOP producers named in product lists."),
        "dim_product": dg.AssetOut(kinds={"polars"}, description="OCOP products, one per name and province."),
        "fact_product_rating": dg.AssetOut(kinds={"polars"}, description="Every star rating a list records."),
        "sheet_claims": dg.AssetOut(kinds={"polars"}, description="Figures of summary tables, shaped like article claims."),
        "spreadsheet_rejections": dg.AssetOut(description="Spreadsheet files and rows rejected, with reasons."),
        "spreadsheet_source_files": dg.AssetOut(description="Per spreadsheet: rows read, loaded, quarantined, structural."),
    },
)
def spreadsheet_ingest(context: dg.AssetExecutionContext):
    """Read every file in OCOP_RAW_DIR/spreadsheets: find headers, map columns, parse rows, build the dimensions."""
    raw_dir = config.raw_dir()
    batch = sheet_ingest.ingest_spreadsheets(raw_dir)
    subjects, products, ratings = sheet_ingest.build_dimensions(batch.ratings_frame())
    subjects = schemas.DimSubject.validate(subjects)
    products = schemas.DimProduct.validate(products)
    ratings = schemas.FactProductRating.validate(ratings)
    claims = schemas.SheetClaims.validate(batch.claims_frame())
    files = source_files_frame(batch.source_files)
    context.log.info(
        f"{files.height} spreadsheets in {raw_dir}: {files['rows_read'].sum()} data rows read, "
        f"{files['rows_loaded'].sum()} loaded, {files['rows_quarantined'].sum()} quarantined; "
        f"{products.height} products, {ratings.height} ratings, {claims.height} summary figures"
    )
    for name, frame in (("dim_subject", subjects), ("dim_product", products), ("fact_product_rating", ratings),
                        ("sheet_claims", claims)):
        yield dg.Output(frame, output_name=name, metadata=frame_metadata(frame, name))
    rejections = quarantine_frame(batch.rejections)
    yield dg.Output(rejections, output_name="spreadsheet_rejections", metadata={"dagster/row_count": rejections.height})
    yield dg.Output(files, output_name="spreadsheet_source_files", metadata={"dagster/row_count": files.height})


@dg.asset(group_name=PUBLISH, kinds={"polars"})
def quarantine(article_rejections: pl.DataFrame, spreadsheet_rejections: pl.DataFrame) -> dg.Output:
    """Everything rejected by any ingest path, with its reason and raw values."""
    frame = schemas.Quarantine.validate(pl.concat([article_rejections, spreadsheet_rejections], how="vertical"))
    return dg.Output(frame, metadata=frame_metadata(frame, "quarantine"))


@dg.asset(group_name=PUBLISH, kinds={"polars"})
def source_files(article_source_files: pl.DataFrame, spreadsheet_source_files: pl.DataFrame) -> dg.Output:
    """Every input file with rows read, loaded and quarantined (read = loaded + quarantined)."""
    frame = schemas.SourceFiles.validate(
        pl.concat([article_source_files, spreadsheet_source_files], how="vertical").sort("source_id")
    )
    return dg.Output(frame, metadata=frame_metadata(frame, "source_files"))


@dg.asset(group_name=RECONCILIATION, kinds={"polars"})
def claims(article_claims: pl.DataFrame, sheet_claims: pl.DataFrame, fact_product_rating: pl.DataFrame) -> dg.Output:
    """Every reported figure in one shape: article claims, summary-table cells and counts derived from product lists."""
    frame = reconcile.all_claims(article_claims, sheet_claims, fact_product_rating)
    return dg.Output(frame, metadata=frame_metadata(frame, "claims"))


@dg.multi_asset(
    group_name=RECONCILIATION,
    outs={
        "province_stats": dg.AssetOut(kinds={"polars"}, description="One reconciled count per province, year and key, with every reported value, the rule and the status."),
        "fact_sales_uplift": dg.AssetOut(kinds={"polars"}, description="Revenue, price and output rises after recognition, as stated."),
        "reconciliation_issues": dg.AssetOut(kinds={"polars"}, description="Breakdowns that do not add up, conflicts, falling counts, units named after they ceased to exist."),
        "agg_national": dg.AssetOut(kinds={"polars"}, description="The country per layout and year: reported vs bottom-up, coverage, status."),
        "agg_regional": dg.AssetOut(kinds={"polars"}, description="Each region per layout and year: reported vs bottom-up, coverage, status."),
    },
    check_specs=[
        dg.AssetCheckSpec(c.name, asset=c.asset, blocking=c.blocking, description=c.description)
        for c in reconcile.RECONCILIATION_CHECKS
    ],
)
def reconciliation(
    context: dg.AssetExecutionContext,
    claims: pl.DataFrame,
    dim_province: pl.DataFrame,
    province_merger_2025: pl.DataFrame,
    fact_product_rating: pl.DataFrame,
):
    """Reconcile every figure: province_stats, uplift facts, issues, national and regional aggregates, with checks."""
    stats = reconcile.province_stats(claims)
    uplift = reconcile.sales_uplift(claims)
    issues = reconcile.reconciliation_issues(claims, stats, fact_product_rating)
    national = reconcile.aggregates(stats, claims, dim_province, province_merger_2025, "national")
    regional = reconcile.aggregates(stats, claims, dim_province, province_merger_2025, "region")
    context.log.info(
        f"{stats.height} province figures ({stats.filter(pl.col('status') == 'conflict').height} in conflict), "
        f"{issues.height} issues, {national.height} national and {regional.height} regional aggregates"
    )
    for name, frame in (("province_stats", stats), ("fact_sales_uplift", uplift), ("reconciliation_issues", issues),
                        ("agg_national", national), ("agg_regional", regional)):
        yield dg.Output(frame, output_name=name, metadata=frame_metadata(frame, name))
    offending = reconcile.check_rows(claims, stats, issues, national, regional)
    for check in reconcile.RECONCILIATION_CHECKS:
        rows = offending[check.name]
        yield dg.AssetCheckResult(
            asset_key=check.asset,
            check_name=check.name,
            passed=rows.is_empty(),
            severity=dg.AssetCheckSeverity.ERROR if check.blocking else dg.AssetCheckSeverity.WARN,
            metadata={"offending_rows": rows.height, "rows": dg.MetadataValue.md(_markdown_preview(rows.head(25)))},
        )


TABLE_ASSETS = [
    dim_region, dim_province, province_merger_2025, article_extraction, spreadsheet_ingest, quarantine, source_files,
    claims, reconciliation,
]


@dg.asset(
    group_name=PUBLISH,
    kinds={"duckdb"},
    ins={name: dg.AssetIn(name) for name in warehouse.published_tables()},
    check_specs=[
        dg.AssetCheckSpec(check.name, asset="warehouse_build", blocking=check.blocking, description=check.description)
        for check in warehouse.WAREHOUSE_CHECKS
    ],
)
def warehouse_build(context: dg.AssetExecutionContext, **tables: pl.DataFrame):
    """All published tables written into a fresh DuckDB file beside the warehouse, then checked (blocking)."""
    target = config.warehouse_path()
    stale = warehouse.remove_stale_builds(target)
    if stale:
        context.log.info(f"removed {len(stale)} stale build file(s): {[p.name for p in stale]}")
    build_path = warehouse.build_path_for(target, context.run_id[:8])
    counts = warehouse.build_warehouse(tables, build_path)
    context.log.info(f"built {build_path} with {counts}")
    yield dg.Output(
        str(build_path),
        metadata={"path": str(build_path), **{f"rows/{name}": n for name, n in counts.items()}},
    )
    for outcome in warehouse.run_checks(build_path):
        yield dg.AssetCheckResult(
            check_name=outcome.name,
            passed=outcome.passed,
            severity=dg.AssetCheckSeverity.ERROR if outcome.blocking else dg.AssetCheckSeverity.WARN,
            metadata={"faults": dg.MetadataValue.json(outcome.faults[:50]), "fault_count": len(outcome.faults)},
        )


@dg.asset(group_name=PUBLISH, kinds={"duckdb"})
def ocop_warehouse(context: dg.AssetExecutionContext, warehouse_build: str) -> dg.MaterializeResult:
    """The published warehouse (OCOP_WAREHOUSE): the checked build file moved over it atomically with os.replace."""
    build_path = Path(warehouse_build)
    target = config.warehouse_path()
    # The blocking checks already stopped a failing build; checking again here guards runs that skip them.
    warehouse.publish(build_path, target, warehouse.run_checks(build_path))
    counts = warehouse.table_row_counts(target)
    context.log.info(f"published {target}")
    return dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(target)), **{f"rows/{n}": c for n, c in counts.items()}}
    )


refresh_warehouse = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Rebuild every table from OCOP_RAW_DIR and publish OCOP_WAREHOUSE.",
)

nightly_refresh = dg.ScheduleDefinition(
    name="nightly_refresh",
    job=refresh_warehouse,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Nightly rebuild at 02:00 Viet Nam time, picking up every file in OCOP_RAW_DIR.",
)

defs = dg.Definitions(
    assets=[*TABLE_ASSETS, warehouse_build, ocop_warehouse],
    jobs=[refresh_warehouse],
    schedules=[nightly_refresh],
    executor=dg.in_process_executor,
    # Explicit, so runs launched from the CLI keep intermediate frames on disk like runs launched from the UI.
    resources={"io_manager": dg.FilesystemIOManager()},
)
