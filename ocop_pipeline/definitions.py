"""Dagster definitions: a thin layer of assets, checks, resources, jobs and schedules over the plain modules.

Every published table is an asset returning a frame validated against its contract (``contracts.py``), which also
gives the asset's description and column schema. ``ocop_warehouse`` writes every table into a new DuckDB file (or
copies the published one and writes again only the tables whose frames changed), runs the blocking checks on it
(asset checks in the UI) and moves it over the published warehouse only when all of them passed, and appends the
run to ``refresh_log``. Frames travel between assets as Parquet beside the warehouse,
keyed by the run's raw folder (``resources.StageIOManager``); ``OcopSettings`` says which folder and warehouse a run
uses and holds the warehouse's refresh lock for the run. The ingest assets reuse each unchanged file's parsed result
from the parse cache (``cache.py``). The raw-folder sensor and the nightly schedule are in ``sensors.py``.
"""

import datetime as dt

import dagster as dg
import polars as pl

from ocop_pipeline import cache, contracts, exports, geography, reconcile, report, sensors, status, warehouse
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


def table_output(settings: OcopSettings, table: Table, frame: pl.DataFrame, output_name: str | None = None,
                 extra: dict | None = None) -> dg.Output:
    """A frame our own code built, checked strictly against its contract: a failure is a defect and fails the step.
    A frame equal to one that passed by the same code is not checked again (``derived.ValidatedFrames``); its
    metadata says which (``contract``: validated or unchanged)."""
    validated = settings.validated_frames()
    if validated is None:
        frame, how = table.pandera.validate(table.conform(frame)), "validated"
    else:
        skipped = len(validated.skipped)
        frame = validated.validate(table, frame)
        how = "unchanged" if len(validated.skipped) > skipped else "validated"
    return dg.Output(frame, output_name=output_name or "result", metadata={**frame_metadata(frame, table),
                                                                           "contract": how, **(extra or {})})


def work_metadata(work: cache.FileWork) -> dict:
    return {"files_reused_from_cache": work.reused, "files_parsed": work.parsed}


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


def ledger_outputs(path: str, rejections: pl.DataFrame, files: pl.DataFrame) -> list[dg.Output]:
    return [dg.Output(rejections, output_name=f"{path}_rejections", metadata={"dagster/row_count": rejections.height}),
            dg.Output(files, output_name=f"{path}_source_files", metadata={"dagster/row_count": files.height})]


@dg.asset(group_name=REFERENCE, kinds={"polars"}, description=contracts.DIM_REGION.doc)
def dim_region(settings: OcopSettings) -> dg.Output:
    return table_output(settings, contracts.DIM_REGION, geography.dim_region_frame())


@dg.asset(group_name=REFERENCE, kinds={"polars"}, description=contracts.DIM_PROVINCE.doc)
def dim_province(settings: OcopSettings) -> dg.Output:
    return table_output(settings, contracts.DIM_PROVINCE, geography.dim_province_frame())


@dg.asset(group_name=REFERENCE, kinds={"polars"}, description=contracts.PROVINCE_MERGER_2025.doc)
def province_merger_2025(settings: OcopSettings) -> dg.Output:
    return table_output(settings, contracts.PROVINCE_MERGER_2025, geography.province_merger_frame())


@dg.multi_asset(
    group_name=ARTICLES,
    outs={
        "articles": table_out(contracts.ARTICLES),
        "article_claims": table_out(contracts.ARTICLE_CLAIMS),
        **ledger_outs("article", "manifest rows and claims"),
    },
)
def article_extraction(context: dg.AssetExecutionContext, settings: OcopSettings):
    """Decode every file in the raw folder's articles/, extract its OCOP claims, validate them with pandera; an
    unchanged file's rows come from the previous run's frames, a changed file's result from the parse cache when
    its content was parsed before."""
    raw_dir = settings.raw_path()
    with settings.file_work("article", context.log.info) as work:
        tables = article_ingest.article_tables(raw_dir, work)
    files = tables.source_files
    context.log.info(
        f"{tables.articles.height} article files in {raw_dir} ({work.summary()}): {tables.claims.height} claims "
        f"loaded, {files['rows_quarantined'].sum()} quarantined, {files.filter(pl.col('status') == 'duplicate').height} "
        f"duplicates, {files.filter(pl.col('status') == 'quarantined').height} files unreadable"
    )
    yield table_output(settings, contracts.ARTICLES, tables.articles, "articles", work_metadata(work))
    yield table_output(settings, contracts.ARTICLE_CLAIMS, tables.claims, "article_claims")
    yield from ledger_outputs("article", tables.rejections, tables.source_files)


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
    """Read every file in the raw folder's spreadsheets/: find headers, map columns, parse rows, build dimensions;
    an unchanged file's rows come from the previous run's frames, a changed file's result from the parse cache when
    its content was parsed before."""
    raw_dir = settings.raw_path()
    with settings.file_work("spreadsheet", context.log.info) as work:
        tables = sheet_ingest.spreadsheet_tables(raw_dir, work)
    claims, files = tables.claims, tables.source_files
    subjects, products, ratings = sheet_ingest.build_dimensions(tables.ratings)
    context.log.info(
        f"{files.height} spreadsheets in {raw_dir} ({work.summary()}): {files['rows_read'].sum()} data rows read, "
        f"{files['rows_loaded'].sum()} loaded, {files['rows_quarantined'].sum()} quarantined; "
        f"{products.height} products, {ratings.height} ratings, {claims.height} summary figures"
    )
    yield table_output(settings, contracts.DIM_SUBJECT, subjects, "dim_subject", work_metadata(work))
    yield table_output(settings, contracts.DIM_PRODUCT, products, "dim_product")
    yield table_output(settings, contracts.FACT_PRODUCT_RATING, ratings, "fact_product_rating")
    yield table_output(settings, contracts.SHEET_CLAIMS, claims, "sheet_claims")
    yield from ledger_outputs("spreadsheet", tables.rejections, files)


@dg.asset(group_name=PUBLISH, kinds={"polars"}, description=contracts.QUARANTINE.doc)
def quarantine(settings: OcopSettings, article_rejections: pl.DataFrame,
               spreadsheet_rejections: pl.DataFrame) -> dg.Output:
    return table_output(settings, contracts.QUARANTINE, pl.concat([article_rejections, spreadsheet_rejections]))


@dg.asset(group_name=PUBLISH, kinds={"polars"}, description=contracts.SOURCE_FILES.doc)
def source_files(settings: OcopSettings, article_source_files: pl.DataFrame,
                 spreadsheet_source_files: pl.DataFrame) -> dg.Output:
    return table_output(settings, contracts.SOURCE_FILES,
                        pl.concat([article_source_files, spreadsheet_source_files]).sort("source_id"))


@dg.asset(group_name=RECONCILIATION, kinds={"polars"}, description=contracts.CLAIMS.doc)
def claims(settings: OcopSettings, article_claims: pl.DataFrame, sheet_claims: pl.DataFrame,
           fact_product_rating: pl.DataFrame) -> dg.Output:
    return table_output(settings, contracts.CLAIMS,
                        reconcile.all_claims(article_claims, sheet_claims, fact_product_rating))


@dg.multi_asset(
    group_name=RECONCILIATION,
    outs={name: table_out(contracts.table(name)) for name in reconcile.RECONCILED},
    check_specs=[
        dg.AssetCheckSpec(c.name, asset=c.asset, blocking=c.blocking, description=c.description)
        for c in reconcile.RECONCILIATION_CHECKS
    ],
)
def reconciliation(
    context: dg.AssetExecutionContext,
    settings: OcopSettings,
    claims: pl.DataFrame,
    dim_province: pl.DataFrame,
    province_merger_2025: pl.DataFrame,
    fact_product_rating: pl.DataFrame,
):
    """Reconcile every figure: province_stats, uplift facts, issues, national and regional aggregates, with checks.
    Given the same frames as a previous run, the tables that run made are read back instead of computed again
    (``derived.DerivedFrames``)."""
    kept = settings.derived_frames("reconciliation")
    key = kept.key({"claims": claims, "dim_province": dim_province, "province_merger_2025": province_merger_2025,
                    "fact_product_rating": fact_product_rating}) if kept else ""
    frames = kept.load(key) if kept else None
    reused = frames is not None
    if frames is None:
        frames = reconcile.reconciled(claims, dim_province, province_merger_2025, fact_product_rating)
    stats, issues, national = frames["province_stats"], frames["reconciliation_issues"], frames["agg_national"]
    context.log.info(
        f"{stats.height} province figures ({stats.filter(pl.col('status') == 'conflict').height} in conflict), "
        f"{issues.height} issues, {national.height} national and {frames['agg_regional'].height} regional "
        f"aggregates{' (the same inputs as last time: kept)' if reused else ''}"
    )
    # The national chart in the UI: reported beside bottom-up, with coverage, per layout and year.
    extra = {"agg_national": {"national_chart": dg.MetadataValue.md(report.national_markdown(national))}}
    for name in reconcile.RECONCILED:
        yield table_output(settings, contracts.table(name), frames[name], name, extra.get(name))
    if kept and not reused:  # only frames that passed their contracts are kept
        kept.save(key, frames)
    offending = reconcile.check_rows(claims, stats, issues, national, frames["agg_regional"])
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
    ins={name: dg.AssetIn(name) for name in warehouse.asset_tables()},
    check_specs=[
        *(dg.AssetCheckSpec(check.name, asset="ocop_warehouse", blocking=check.blocking,
                            description=check.description) for check in warehouse.WAREHOUSE_CHECKS),
        dg.AssetCheckSpec(warehouse.SHRINK_CHECK, asset="ocop_warehouse", blocking=True,
                          description=warehouse.SHRINK_DESCRIPTION),
    ],
)
def ocop_warehouse(context: dg.AssetExecutionContext, settings: OcopSettings, **tables: pl.DataFrame):
    """The published warehouse: every table written into a new DuckDB file beside it (a copy of the published file
    when some of its tables were loaded from the same frames: those are kept, the others written again), checked,
    then moved over the published file with os.replace only when every blocking check passed (otherwise the
    published file is untouched and the run fails, naming the checks). The run is appended to refresh_log, carried
    forward from the warehouse it replaces."""
    target = settings.warehouse_path()
    removed = warehouse.remove_stale_builds(target)
    if removed:
        context.log.info(f"removed {len(removed)} stale build file(s) of runs no longer alive: "
                         f"{[p.name for p in removed]}")
    previous = status.read_published(target)
    record = context.instance.get_run_record_by_id(context.run_id)
    started = dt.datetime.fromtimestamp(record.start_time, dt.UTC) if record and record.start_time else None
    fingerprint = cache.pipeline_fingerprint()
    row = status.refresh_row(run_id=context.run_id, started=started, trigger=status.trigger_of(context.run.tags),
                             raw_dir=settings.raw_path(), target=target, tables=tables, previous=previous,
                             code_fingerprint=fingerprint)
    history = contracts.REFRESH_LOG.pandera.validate(status.refresh_log_frame(previous, row))
    with warehouse.build_file(target, context.run_id[:8]) as build_path:
        counts = warehouse.build_warehouse({**tables, contracts.REFRESH_LOG.name: history}, build_path,
                                           published=target, fingerprint=fingerprint)
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
        row["finished"] = status.stamp_finished(build_path, context.run_id)
        warehouse.publish(build_path, target, outcomes)
    context.log.info(f"published {target}: {row['files_new']} new, {row['files_changed']} changed, "
                     f"{row['files_removed']} removed, {row['files_unchanged']} unchanged files since the previous "
                     f"publish; {row['open_issues']} open reconciliation issues")
    yield dg.MaterializeResult(metadata=publish_metadata(row, counts))


def publish_metadata(row: dict, counts: dict[str, int]) -> dict:
    """The refresh_log row of the publish, as the materialization's metadata."""
    return {
        "path": dg.MetadataValue.path(row["warehouse"]), "raw_dir": dg.MetadataValue.path(row["raw_dir"]),
        "trigger": row["trigger"],
        **{name: row[name] for name in ("files_new", "files_changed", "files_unchanged", "files_removed",
                                        "files_quarantined", "rows_quarantined", "open_issues")},
        "issues_by_kind": dg.MetadataValue.json({i["kind"]: i["issues"] for i in row["issues_by_kind"]}),
        "changes": dg.MetadataValue.md(markdown_preview(pl.DataFrame(
            row["changes"][:50], schema={"source_id": pl.String, "change": pl.String}))),
        "inventory_digest": row["inventory_digest"], "code_fingerprint": row["code_fingerprint"],
        **{f"rows/{n}": c for n, c in counts.items()},
    }


REPORT_CHECK = "report_built"
EXPORTS_CHECK = "exports_written"


def _not_built(context: dg.AssetExecutionContext, check: str, what: str, target, exc: Exception):
    """A report or export that failed after the publish: said in the log and by a failed check, never by failing
    the run (the warehouse is published and stays)."""
    message = (f"{what} of {target} not written: {type(exc).__name__}: {exc}. The warehouse was published all the "
               "same; the previous file, if any, is left as it was.")
    context.log.error(message)
    return dg.AssetCheckResult(check_name=check, passed=False, severity=dg.AssetCheckSeverity.ERROR,
                               metadata={"faults": dg.MetadataValue.json([message])})


@dg.asset(
    group_name=PUBLISH,
    deps=[ocop_warehouse],
    kinds={"html"},
    output_required=False,
    description="The OCOP report: one self-contained HTML file beside the warehouse (<name>_report.html) with the "
                "country, the regions, the map of both layouts, every province, the issues, sales uplift and data "
                "quality, each chart with its numbers and query. Built from the published warehouse, read-only, "
                "after every publish; a failure fails its check, never the refresh.",
    check_specs=[dg.AssetCheckSpec(REPORT_CHECK, asset="ocop_report", description=(
        "The report was written and every section of it built (a failed section is shown in the report as an "
        "error box). A failure never undoes the publish."))],
)
def ocop_report(context: dg.AssetExecutionContext, settings: OcopSettings):
    """Write the report beside the published warehouse; its materialization links the file and shows the headline
    numbers."""
    target = settings.warehouse_path()
    try:
        built = report.build_report(target)
    except Exception as exc:  # noqa: BLE001 - the publish is done; a report failure is reported, not raised
        yield _not_built(context, REPORT_CHECK, "the report", target, exc)
        return
    context.log.info(f"report {built.path}: {built.size_bytes / 1e6:.1f} MB in {built.seconds:.1f} s ("
                     f"{built.charts_drawn} charts drawn, {built.charts_reused} unchanged since the last report)"
                     + (f"; sections failed: {built.errors}" if built.errors else ""))
    yield dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(built.path)), "open": dg.MetadataValue.url(built.path.as_uri()),
                  **report.headline_metadata(built), "summary": dg.MetadataValue.md(report.headline_markdown(built))},
        check_results=[dg.AssetCheckResult(
            check_name=REPORT_CHECK, passed=not built.errors, severity=dg.AssetCheckSeverity.ERROR,
            metadata={"faults": dg.MetadataValue.json(built.errors)})])


@dg.asset(
    group_name=PUBLISH,
    deps=[ocop_warehouse],
    kinds={"excel", "parquet"},
    output_required=False,
    description="For analysts in Excel or other tools, beside the warehouse: <name>_tables.xlsx (one sheet per "
                "analyst view and a data dictionary) and <name>_parquet/ (every table), both replaced atomically "
                "after every publish (the workbook only when a table it shows changed). A failure fails its check, "
                "never the refresh.",
    check_specs=[dg.AssetCheckSpec(EXPORTS_CHECK, asset="ocop_exports", description=(
        "The workbook and the Parquet export were written. A failure never undoes the publish."))],
)
def ocop_exports(context: dg.AssetExecutionContext, settings: OcopSettings):
    """Write the workbook of the analyst views and the Parquet export of every table beside the warehouse."""
    target = settings.warehouse_path()
    try:
        written = exports.export_all(target)
    except Exception as exc:  # noqa: BLE001 - the publish is done; an export failure is reported, not raised
        yield _not_built(context, EXPORTS_CHECK, "the workbook and Parquet export", target, exc)
        return
    context.log.info(f"exports beside {target}: {written.workbook.name} ({len(written.sheets)} sheets"
                     f"{', unchanged: kept' if written.workbook_kept else ''}), {written.parquet.name}/ "
                     f"({len(written.tables)} tables) in {written.seconds:.1f} s")
    yield dg.MaterializeResult(
        metadata={"workbook": dg.MetadataValue.path(str(written.workbook)),
                  "parquet": dg.MetadataValue.path(str(written.parquet)),
                  "sheets": dg.MetadataValue.json(written.sheets), "tables": dg.MetadataValue.json(written.tables),
                  "truncated_sheets": dg.MetadataValue.json(written.truncated), "seconds": round(written.seconds, 2),
                  "workbook_kept": written.workbook_kept},
        check_results=[dg.AssetCheckResult(check_name=EXPORTS_CHECK, passed=True)])


refresh_warehouse = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Rebuild every table from the raw folder and publish the warehouse.",
    tags=REFRESH_TAG,
)

nightly_refresh = sensors.nightly_refresh
raw_folder_sensor = sensors.raw_folder_sensor

defs = dg.Definitions(
    assets=[*TABLE_ASSETS, ocop_warehouse, ocop_report, ocop_exports],
    jobs=[refresh_warehouse],
    schedules=[nightly_refresh],
    sensors=[raw_folder_sensor],
    executor=dg.in_process_executor,
    resources={"settings": settings_from_environment(), "io_manager": stage_io_manager},
)
