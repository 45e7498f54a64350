"""Dagster definitions: a thin layer of assets, checks, resources, jobs and schedules over the plain modules.

Every published table is an asset returning a frame validated against its contract (``contracts.py``), which also
gives the asset's description and column schema. ``ocop_warehouse`` writes every table into a fresh DuckDB file,
runs the blocking checks on it (asset checks in the UI) and moves it over the published warehouse only when all of
them passed. Frames travel between assets as Parquet beside the warehouse, keyed by the run's raw folder
(``resources.StageIOManager``); ``OcopSettings`` says which folder and warehouse a run uses and holds the
warehouse's refresh lock for the run.
"""

import dagster as dg
import polars as pl

from ocop_pipeline import contracts, geography, reconcile, warehouse
from ocop_pipeline.articles import ingest as article_ingest
from ocop_pipeline.contracts import Table
from ocop_pipeline.resources import OcopSettings, settings_from_environment, stage_io_manager
from ocop_pipeline.spreadsheets import ingest as sheet_ingest

REFERENCE = "reference"
ARTICLES = "articles"
SPREADSHEETS = "spreadsheets"
RECONCILIATION = "reconciliation"
PUBLISH = "warehouse"
REFRESH_TAG = {"ocop/refresh": "warehouse"}  # the instance's run queue lets one run with this tag run at a time


def frame_metadata(frame: pl.DataFrame, table: Table, preview_rows: int = 10) -> dict:
    """Standard table metadata shown in the Dagster UI: row count, documented column schema, a small preview."""
    return {
        "dagster/row_count": frame.height,
        "dagster/column_schema": dg.TableSchema(
            columns=[dg.TableColumn(c.name, contracts.duckdb_type(c.dtype), description=c.doc) for c in table.columns]
        ),
        "preview": dg.MetadataValue.md(markdown_preview(frame.head(preview_rows))),
    }


def markdown_preview(frame: pl.DataFrame) -> str:
    header = "| " + " | ".join(frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    body = ["| " + " | ".join(str(v).replace("|", "\\|")[:80] for v in row) + " |" for row in frame.iter_rows()]
    return "\n".join([header, rule, *body])


def table_output(table: Table, frame: pl.DataFrame, output_name: str | None = None) -> dg.Output:
    """A frame our own code built, checked strictly against its contract: a failure is a defect and fails the step."""
    frame = table.pandera.validate(table.conform(frame))
    return dg.Output(frame, output_name=output_name or "result", metadata=frame_metadata(frame, table))


def table_out(table: Table) -> dg.AssetOut:
    return dg.AssetOut(kinds={"polars"}, description=table.doc)


def ledger_outs(path: str, items: str) -> dict[str, dg.AssetOut]:
    """The two outputs every ingest path adds to the run's ledger: its part of the quarantine and of source_files."""
    return {
        f"{path}_rejections": dg.AssetOut(description=f"{path.title()} files, {items} rejected, with reasons (the "
                                                      f"{path}s' part of the quarantine)."),
        f"{path}_source_files": dg.AssetOut(description=f"Per {path} file: {items} read, loaded, quarantined (the "
                                                        f"{path}s' part of source_files)."),
    }


def ledger_outputs(path: str, batch) -> list[dg.Output]:
    rejections, files = batch.intake.quarantine_frame(), batch.intake.source_files_frame()
    return [dg.Output(rejections, output_name=f"{path}_rejections", metadata={"dagster/row_count": rejections.height}),
            dg.Output(files, output_name=f"{path}_source_files", metadata={"dagster/row_count": files.height})]


@dg.asset(group_name=REFERENCE, kinds={"polars"}, description=contracts.DIM_REGION.doc)
def dim_region() -> dg.Output:
    return table_output(contracts.DIM_REGION, geography.dim_region_frame())


@dg.asset(group_name=REFERENCE, kinds={"polars"}, description=contracts.DIM_PROVINCE.doc)
def dim_province() -> dg.Output:
    return table_output(contracts.DIM_PROVINCE, geography.dim_province_frame())


@dg.asset(group_name=REFERENCE, kinds={"polars"}, description=contracts.PROVINCE_MERGER_2025.doc)
def province_merger_2025() -> dg.Output:
    return table_output(contracts.PROVINCE_MERGER_2025, geography.province_merger_frame())


@dg.multi_asset(
    group_name=ARTICLES,
    outs={
        "articles": table_out(contracts.ARTICLES),
        "article_claims": table_out(contracts.ARTICLE_CLAIMS),
        **ledger_outs("article", "manifest rows and claims"),
    },
)
def article_extraction(context: dg.AssetExecutionContext, settings: OcopSettings):
    """Decode every file in the raw folder's articles/, extract its OCOP claims, validate them with pandera."""
    raw_dir = settings.raw_path()
    batch = article_ingest.ingest_articles(raw_dir)
    claims = article_ingest.validated_claims(batch)
    files = batch.intake.source_files_frame()
    context.log.info(
        f"{len(batch.articles)} article files in {raw_dir}: {claims.height} claims loaded, "
        f"{files['rows_quarantined'].sum()} quarantined, {files.filter(pl.col('status') == 'duplicate').height} "
        f"duplicates, {files.filter(pl.col('status') == 'quarantined').height} files unreadable"
    )
    yield table_output(contracts.ARTICLES, batch.articles_frame(), "articles")
    yield table_output(contracts.ARTICLE_CLAIMS, claims, "article_claims")
    yield from ledger_outputs("article", batch)


@dg.multi_asset(
    group_name=SPREADSHEETS,
    outs={
        "dim_subject": table_out(contracts.DIM_SUBJECT),
        "dim_product": table_out(contracts.DIM_PRODUCT),
        "fact_product_rating": table_out(contracts.FACT_PRODUCT_RATING),
        "sheet_claims": table_out(contracts.SHEET_CLAIMS),
        **ledger_outs("spreadsheet", "sheets and rows"),
    },
)
def spreadsheet_ingest(context: dg.AssetExecutionContext, settings: OcopSettings):
    """Read every file in the raw folder's spreadsheets/: find headers, map columns, parse rows, build dimensions."""
    raw_dir = settings.raw_path()
    batch = sheet_ingest.ingest_spreadsheets(raw_dir)
    rating_rows = batch.intake.validated(contracts.RATING_ROWS, batch.ratings_frame(), ("sheet", "row_number"))
    claims = batch.intake.validated(contracts.SHEET_CLAIMS, batch.claims_frame(), ("sheet", "row_number"))
    subjects, products, ratings = sheet_ingest.build_dimensions(rating_rows)
    files = batch.intake.source_files_frame()
    context.log.info(
        f"{files.height} spreadsheets in {raw_dir}: {files['rows_read'].sum()} data rows read, "
        f"{files['rows_loaded'].sum()} loaded, {files['rows_quarantined'].sum()} quarantined; "
        f"{products.height} products, {ratings.height} ratings, {claims.height} summary figures"
    )
    yield table_output(contracts.DIM_SUBJECT, subjects, "dim_subject")
    yield table_output(contracts.DIM_PRODUCT, products, "dim_product")
    yield table_output(contracts.FACT_PRODUCT_RATING, ratings, "fact_product_rating")
    yield table_output(contracts.SHEET_CLAIMS, claims, "sheet_claims")
    yield from ledger_outputs("spreadsheet", batch)


@dg.asset(group_name=PUBLISH, kinds={"polars"}, description=contracts.QUARANTINE.doc)
def quarantine(article_rejections: pl.DataFrame, spreadsheet_rejections: pl.DataFrame) -> dg.Output:
    return table_output(contracts.QUARANTINE, pl.concat([article_rejections, spreadsheet_rejections]))


@dg.asset(group_name=PUBLISH, kinds={"polars"}, description=contracts.SOURCE_FILES.doc)
def source_files(article_source_files: pl.DataFrame, spreadsheet_source_files: pl.DataFrame) -> dg.Output:
    return table_output(contracts.SOURCE_FILES,
                        pl.concat([article_source_files, spreadsheet_source_files]).sort("source_id"))


@dg.asset(group_name=RECONCILIATION, kinds={"polars"}, description=contracts.CLAIMS.doc)
def claims(article_claims: pl.DataFrame, sheet_claims: pl.DataFrame, fact_product_rating: pl.DataFrame) -> dg.Output:
    return table_output(contracts.CLAIMS, reconcile.all_claims(article_claims, sheet_claims, fact_product_rating))


@dg.multi_asset(
    group_name=RECONCILIATION,
    outs={name: table_out(contracts.table(name)) for name in
          ("province_stats", "fact_sales_uplift", "reconciliation_issues", "agg_national", "agg_regional")},
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
        yield table_output(contracts.table(name), frame, name)
    offending = reconcile.check_rows(claims, stats, issues, national, regional)
    for check in reconcile.RECONCILIATION_CHECKS:
        rows = offending[check.name]
        yield dg.AssetCheckResult(
            asset_key=check.asset,
            check_name=check.name,
            passed=rows.is_empty(),
            severity=dg.AssetCheckSeverity.ERROR if check.blocking else dg.AssetCheckSeverity.WARN,
            metadata={"offending_rows": rows.height, "rows": dg.MetadataValue.md(markdown_preview(rows.head(25)))},
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
        *(dg.AssetCheckSpec(check.name, asset="ocop_warehouse", blocking=check.blocking,
                            description=check.description) for check in warehouse.WAREHOUSE_CHECKS),
        dg.AssetCheckSpec(warehouse.SHRINK_CHECK, asset="ocop_warehouse", blocking=True,
                          description=warehouse.SHRINK_DESCRIPTION),
    ],
)
def ocop_warehouse(context: dg.AssetExecutionContext, settings: OcopSettings, **tables: pl.DataFrame):
    """The published warehouse: every table written into a fresh DuckDB file beside it, checked, then moved over the
    published file with os.replace only when every blocking check passed (otherwise the published file is untouched
    and the run fails, naming the checks)."""
    target = settings.warehouse_path()
    removed = warehouse.remove_stale_builds(target)
    if removed:
        context.log.info(f"removed {len(removed)} stale build file(s) of runs no longer alive: "
                         f"{[p.name for p in removed]}")
    with warehouse.build_file(target, context.run_id[:8]) as build_path:
        counts = warehouse.build_warehouse(tables, build_path)
        context.log.info(f"built {build_path}: {sum(counts.values())} rows in {len(counts)} tables")
        outcomes = warehouse.run_checks(build_path)
        outcomes.append(warehouse.shrink_check(build_path, target, settings.shrink_share(),
                                               settings.shrink_accepted()))
        for outcome in outcomes:
            yield dg.AssetCheckResult(
                check_name=outcome.name,
                passed=outcome.passed,
                severity=dg.AssetCheckSeverity.ERROR if outcome.blocking else dg.AssetCheckSeverity.WARN,
                metadata={"faults": dg.MetadataValue.json(outcome.faults[:50]), "fault_count": len(outcome.faults)},
            )
        refused = warehouse.refusal(outcomes)
        if refused:
            raise dg.Failure(description=f"not published, {target} left as it was: {refused}",
                             metadata={"build_file": str(build_path)})
        warehouse.publish(build_path, target, outcomes)
    context.log.info(f"published {target}")
    yield dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(target)), "raw_dir": str(settings.raw_path()),
                  **{f"rows/{n}": c for n, c in counts.items()}}
    )


refresh_warehouse = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Rebuild every table from the raw folder and publish the warehouse.",
    tags=REFRESH_TAG,
)

nightly_refresh = dg.ScheduleDefinition(
    name="nightly_refresh",
    job=refresh_warehouse,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Nightly rebuild at 02:00 Viet Nam time, picking up every file in the raw folder.",
)

defs = dg.Definitions(
    assets=[*TABLE_ASSETS, ocop_warehouse],
    jobs=[refresh_warehouse],
    schedules=[nightly_refresh],
    executor=dg.in_process_executor,
    resources={"settings": settings_from_environment(), "io_manager": stage_io_manager},
)
