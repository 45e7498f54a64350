"""The OCOP report: one self-contained HTML file of charts and tables, built from the published warehouse alone.

    python -m ocop_pipeline.report [WAREHOUSE [OUT.html]]     (ocop report …, make report)

It opens the warehouse read-only (a refresh may replace the file meanwhile: the connection keeps the version it
opened), runs the queries in ``sql/report/*.sql`` with bound parameters, draws each chart with matplotlib (``charts``)
and embeds it as an SVG image in the page, beside the numbers it was drawn from (a table, and the same rows as JSON)
and the query behind it with its parameters filled in, ready for the DuckDB command line. The page loads nothing from
anywhere: no script, no font, no stylesheet, no image from another file or host.

Nothing is made to look more complete than it is: a sum of the provinces' figures is drawn hatched and pale unless
every unit of the area has a figure, and says how many units it covers; a province whose sources disagree shows every
value; a unit without a figure is drawn and named as such.

Written atomically (a temporary file beside the target, then ``os.replace``), so a reader never opens half a page. A
section that fails is replaced by a visible error box naming the failure, the rest of the report is still written,
and ``ReportResult.errors`` lists the failures (the ``ocop_report`` asset's check fails with them).
"""

from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import hashlib
import html
import json
import os
import pickle
import re
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from ocop_pipeline import cache, charts, config, vocab
from ocop_pipeline.charts import fmt
from ocop_pipeline.warehouse import file_identity, frame_digest, open_published

REPORT_SQL_DIR = config.SQL_DIR / "report"
TILES_FILE = "province_tiles.csv"
LAYOUT_NAMES = {vocab.PRE2025: "63 units, until 30 June 2025", vocab.FROM2025: "34 units, from 1 July 2025"}
LAYOUT_SHORT = {vocab.PRE2025: "63 units", vocab.FROM2025: "34 units"}
LAYOUT_TITLES = {vocab.PRE2025: "63 units (to 30 Jun 2025)", vocab.FROM2025: "34 units (from 1 Jul 2025)"}
ROWS_SHOWN = 500  # rows of one table printed in the page; the embedded JSON always holds them all


# ----------------------------------------------------------------------------------------------------------------
# where the outputs go


@dataclass(frozen=True)
class Outputs:
    """What a publish writes beside the warehouse, named after it (``ocop.duckdb`` → ``ocop_report.html`` …)."""

    report: Path
    workbook: Path
    parquet: Path


def outputs_beside(warehouse: Path) -> Outputs:
    stem = warehouse.name.removesuffix(".duckdb")
    return Outputs(warehouse.with_name(f"{stem}_report.html"), warehouse.with_name(f"{stem}_tables.xlsx"),
                   warehouse.with_name(f"{stem}_parquet"))


# ----------------------------------------------------------------------------------------------------------------
# charts drawn by earlier reports


class Drawings:
    """Every chart of the report, drawn once per distinct data: a chart whose rows, arguments, drawing code
    (``charts.py``) and library versions are those of a chart an earlier report of this warehouse drew is taken
    from the folder beside the warehouse (``cache.charts_dir``) instead of being drawn again. Drawing is
    most of the report's time and most charts are unchanged from one refresh to the next; a chart is a pure function
    of what it is given (the style fixes the ids matplotlib writes), so a reused chart is byte for byte the one that
    would be drawn. A folder that cannot be read or written only means drawing everything."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.asked: list[str] = []  # every chart's key, in the order asked for (a section's are a slice of it)
        self.reused = self.drawn = 0
        self._salt = ""

    def salt(self) -> str:
        if not self._salt:
            code = Path(charts.__file__)
            self._salt = cache._digest_files([code], code.parent, "report charts\n"
                                             + cache._library_versions(("matplotlib", "numpy")))
        return self._salt

    def __call__(self, draw: Callable[..., bytes], *args: Any, **kwargs: Any) -> bytes:
        if self.folder is None:
            self.drawn += 1
            return draw(*args, **kwargs)
        # repr, not pickle: the same values always give the same text, whatever objects hold them.
        key = hashlib.sha256(f"{self.salt()}\0{draw.__name__}\0{args!r}\0{sorted(kwargs.items())!r}".encode()
                             ).hexdigest()
        self.used.add(key)
        self.asked.append(key)
        path = self.folder / f"{key}.svg"
        try:
            svg = path.read_bytes()
            if svg.endswith(b"</svg>\n"):  # not a file cut short (it is written without waiting for the disk)
                self.reused += 1
                return svg
        except OSError:
            pass
        svg = draw(*args, **kwargs)
        self.drawn += 1
        try:
            cache.write_atomic(path, svg, durable=False)
        except OSError:
            pass
        return svg

    def reuse(self, keys: Iterable[str]) -> None:
        """Count as used the charts of a section taken from an earlier page (``Sections``)."""
        keys = list(keys)
        self.used.update(keys)
        self.reused += len(keys)

    def prune(self) -> None:
        """Forget the charts this report did not use."""
        if self.folder is None:
            return
        try:
            for path in self.folder.glob("*.svg"):
                if path.stem not in self.used:
                    path.unlink(missing_ok=True)
        except OSError:
            pass


@dataclass
class Kept:
    """A section as built: its key (``render``), what it added to the headline and to the context, its charts' keys,
    and where its HTML is in the page last written (byte offsets); and the queries it ran (name and parameters)
    with ``results``, a digest of what it was given (``results_key``: the code, the context it started from and
    every query's rows)."""

    key: str
    headline: dict[str, Any]
    regions: list[dict]
    charts: tuple[str, ...]
    body: str = ""
    span: tuple[int, int] = (0, 0)
    queries: tuple[tuple[str, dict[str, Any]], ...] = ()
    results: str = ""


def results_key(state: str, ran: Iterable[tuple[str, dict[str, Any], str]]) -> str:
    """A digest of what a section was given: ``state`` (the code, the section, the context it started from) and,
    in order, each query it ran with its parameters and the digest of its rows (``warehouse.frame_digest``)."""
    return hashlib.sha256(repr((state, [(name, sorted(params.items()), rows) for name, params, rows in ran])
                               ).encode()).hexdigest()


class Sections:
    """The sections of the page last written to ``page``: a section built from the same tables with the same code, or
    whose queries return the same rows from the same context (``same_results``), is taken from that page (a slice of
    its bytes) instead of being built again. Recorded in ``record`` with the page's
    identity (inode, size and time of its last write): a page written or replaced since is not believed, and a
    record that cannot be read only means building every section."""

    def __init__(self, record: Path | None, page: Path) -> None:
        self.record, self.page = record, page
        self.previous: dict[str, Kept] = {}
        self.built: dict[str, Kept] = {}
        self._bytes: bytes | None = None
        try:
            kept = pickle.loads(record.read_bytes()) if record else None
            if kept and kept["page"] == str(page) and kept["identity"] == file_identity(page):
                self.previous = kept["sections"]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, KeyError, TypeError):
            pass

    def get(self, anchor: str, key: str) -> Kept | None:
        kept = self.previous.get(anchor)
        if kept is None or kept.key != key:
            return None
        return self._read(kept)

    def same_results(self, anchor: str, reader: Reader, state: str) -> Kept | None:
        """The section last built, when its queries, run again now, return the rows they returned then and it
        started from the same ``state``: a section is a function of those alone, so it would be built the same.
        An edited article changes the tables' digests (its claims' ids, its hash) and most often no section's rows."""
        kept = self.previous.get(anchor)
        queries, results = getattr(kept, "queries", ()), getattr(kept, "results", "")
        if kept is None or not queries or not results:
            return None
        try:
            ran = [(name, params, frame_digest(reader.run(name, **params)[0])) for name, params in queries]
        except Exception:  # noqa: BLE001 - a query that no longer runs: the section is built (and shows why)
            return None
        return self._read(kept) if results_key(state, ran) == results else None

    def _read(self, kept: Kept) -> Kept | None:
        try:
            if self._bytes is None:
                self._bytes = self.page.read_bytes()
            start, end = kept.span
            return Kept(kept.key, kept.headline, kept.regions, kept.charts, self._bytes[start:end].decode("utf-8"),
                        queries=getattr(kept, "queries", ()), results=getattr(kept, "results", ""))
        except (OSError, UnicodeDecodeError):
            return None

    def write(self, data: bytes, titles: dict[str, str]) -> None:
        """Record where each section kept by this report is in ``data``, just written to the page."""
        if self.record is None:
            return
        sections = {}
        for anchor, kept in self.built.items():
            opening = f'<section id="section-{anchor}"><h2>{esc(titles[anchor])}</h2>'.encode()
            start = data.find(opening)
            if start >= 0:
                start += len(opening)
                sections[anchor] = Kept(kept.key, kept.headline, kept.regions, kept.charts,
                                        span=(start, start + len(kept.body.encode("utf-8"))),
                                        queries=kept.queries, results=kept.results)
        try:
            cache.write_atomic(self.record, pickle.dumps({"page": str(self.page), "identity": file_identity(self.page),
                                                          "sections": sections}), durable=False)
        except OSError:
            self.record.unlink(missing_ok=True)


# ----------------------------------------------------------------------------------------------------------------
# queries


@dataclass(frozen=True)
class Query:
    """A query of ``sql/report`` with the values bound to its parameters."""

    name: str
    params: dict[str, Any]
    sql: str

    @property
    def file(self) -> str:
        return f"sql/report/{self.name}.sql"

    def runnable(self) -> str:
        """The query with its parameters written in as literals: paste it into ``duckdb -readonly WAREHOUSE``."""
        return re.sub(r"\$(\w+)", lambda m: _literal(self.params[m.group(1)]) if m.group(1) in self.params
                      else m.group(0), self.sql).strip()


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def read_query(name: str) -> str:
    return (REPORT_SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


class Reader:
    """The report's read-only connection: runs a report query with bound parameters, remembering what it ran."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.ran: list[tuple[str, dict[str, Any], str]] | None = None  # when a list: each query, its rows' digest

    def run(self, name: str, **params: Any) -> tuple[pl.DataFrame, Query]:
        query = Query(name, params, read_query(name))
        frame = self.con.sql(query.sql, params=params or None).pl()
        if self.ran is not None:
            self.ran.append((name, dict(params), frame_digest(frame)))
        return frame, query

    def has_table(self, name: str) -> bool:
        return self.con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND "
                                "table_name = ?", [name]).fetchall()[0][0] > 0

    def row_counts(self) -> dict[str, int]:
        names = [r[0] for r in self.con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY table_name"
        ).fetchall()]
        return {n: self.con.execute(f'SELECT count(*) FROM "{n}"').fetchall()[0][0] for n in names}


# ----------------------------------------------------------------------------------------------------------------
# reference data: where each unit sits on the tile map


@dataclass(frozen=True)
class Tiles:
    """The tile grid (``reference/province_tiles.csv``): one tile per unit of each layout."""

    by_unit: dict[tuple[str, str], tuple[int, int]]  # (layout, province_code) -> (col, row)
    names: dict[tuple[str, str], str]


def load_tiles() -> Tiles:
    text = resources.files("ocop_pipeline.reference").joinpath(TILES_FILE).read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    return Tiles({(r["layout"], r["province_code"]): (int(r["col"]), int(r["row"])) for r in rows},
                 {(r["layout"], r["province_code"]): r["province_name"] for r in rows})


# ----------------------------------------------------------------------------------------------------------------
# the page's building blocks


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _cell(value: Any, plain: bool = False) -> str:
    if value is None:
        return '<td class="none">–</td>'
    if plain:
        return f'<td class="num">{esc(value)}</td>'
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if isinstance(value, (int, float)):
        text = fmt(value) if isinstance(value, int) or float(value).is_integer() or abs(value) >= 100 else f"{value:g}"
        return f'<td class="num">{text}</td>'
    if isinstance(value, (list, tuple)):
        return f"<td>{esc(', '.join(fmt(v) if isinstance(v, (int, float)) else str(v) for v in value))}</td>"
    if isinstance(value, dt.datetime):
        return f"<td>{esc(value.astimezone(dt.UTC).strftime('%Y-%m-%d %H:%M UTC'))}</td>"
    return f"<td>{esc(value)}</td>"


def table(frame: pl.DataFrame, columns: Iterable[str] | None = None, empty: str = "No rows.",
          caption: str | None = None) -> str:
    columns = list(columns or frame.columns)
    if frame.is_empty():
        return f'<p class="empty">{esc(empty)}</p>'
    shown = frame.head(ROWS_SHOWN)
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    plain = {c for c in columns if c == "year" or c.endswith("_year") or c.endswith("_code") or c == "row_number"}
    body = "".join("<tr>" + "".join(_cell(row[c], c in plain) for c in columns) + "</tr>"
                   for row in shown.iter_rows(named=True))
    more = (f'<p class="note">{frame.height - ROWS_SHOWN:,} more rows are in the data embedded in this page and in '
            "the query's result.</p>" if frame.height > ROWS_SHOWN else "")
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return f'<div class="scroll"><table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{more}'


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def data_script(chart_id: str, data: dict[str, pl.DataFrame]) -> str:
    """The rows a chart was drawn from, as JSON in the page (for a reader's own use, and for the tests)."""
    payload = {name: frame.to_dicts() for name, frame in data.items()}
    text = json.dumps(payload, ensure_ascii=False, default=_json_default, separators=(",", ":"))
    text = text.replace("<", "\\u003c")  # nothing in it can close the script element or open a comment
    return f'<script type="application/json" id="data-{esc(chart_id)}">{text}</script>'


def query_block(queries: Iterable[Query]) -> str:
    parts = []
    for q in queries:
        bound = ", ".join(f"${k} = {_literal(v)}" for k, v in q.params.items())
        parts.append(f'<p class="qfile">{esc(q.file)}{" with " + esc(bound) if bound else ""}</p>'
                     f"<pre>{esc(q.runnable())}</pre>")
    return "<details><summary>The query</summary>" + "".join(parts) + "</details>"


def image(svg: bytes, alt: str) -> str:
    encoded = base64.b64encode(svg).decode("ascii")
    return f'<img src="data:image/svg+xml;base64,{encoded}" alt="{esc(alt)}">'


def chart_block(chart_id: str, title: str, guide: str, svg: bytes | None, data: dict[str, pl.DataFrame],
                queries: Iterable[Query], numbers: str, css_class: str = "",
                nothing: str = "Nothing to draw yet.") -> str:
    """A chart with its one-line reading guide, the numbers behind it and the query behind it (``svg`` None: no
    rows to draw, said in words)."""
    css = f' class="{esc(css_class)}"' if css_class else ""
    picture = image(svg, title) if svg is not None else f'<p class="empty">{esc(nothing)}</p>'
    return (f'<figure id="{esc(chart_id)}"{css}><figcaption><h3>{esc(title)}</h3><p class="guide">{guide}</p>'
            f"</figcaption>{picture}"
            f"<details><summary>The numbers</summary>{numbers}</details>{query_block(queries)}"
            f"{data_script(chart_id, data)}</figure>")


# ----------------------------------------------------------------------------------------------------------------
# the sections


@dataclass
class Context:
    reader: Reader
    warehouse: Path
    tiles: Tiles
    draw: Drawings = field(default_factory=lambda: Drawings(None))
    headline: dict[str, Any] = field(default_factory=dict)
    regions: list[dict] = field(default_factory=list)


AGG_COLUMNS = ["layout", "year", "stars", "reported_value", "reported_qualifier", "bottom_up_value",
               "provinces_reporting", "provinces_carried_forward", "provinces_rolled_up", "provinces_total",
               "coverage_pct", "gap", "reconciled_value", "status", "sources"]


def _panels_by_layout(frame: pl.DataFrame, stars: str | None, title: str) -> list[charts.AggregatePanel]:
    """One panel per layout, or none when neither layout has a row (nothing is drawn for nothing)."""
    rows = frame.filter(pl.col("stars").is_null() if stars is None else pl.col("stars") == stars)
    if rows.is_empty():
        return []
    return [charts.AggregatePanel(f"{title} · {LAYOUT_TITLES[layout]}",
                                  rows.filter(pl.col("layout") == layout).to_dicts())
            for layout in vocab.LAYOUTS]


def grid(ctx: Context, panels: list[charts.AggregatePanel], ncols: int, **kwargs: Any) -> bytes | None:
    return ctx.draw(charts.aggregate_grid, panels, ncols=ncols, **kwargs) if panels else None


def _with_other_sources(frame: pl.DataFrame, sources: pl.DataFrame, area_column: str | None = None) -> pl.DataFrame:
    """Each aggregate row with the other values sources reported for the same area, year and star level."""
    if frame.is_empty():
        return frame.with_columns(pl.lit(None, pl.List(pl.Float64)).alias("other_reported_values"))
    keys = ["year", "stars"] + ([area_column] if area_column else [])
    said = sources.rename({"area": area_column}) if area_column else sources.drop("area")
    said = said.group_by(keys).agg(pl.col("value").unique().sort().alias("all_reported_values"))
    out = frame.join(said, on=keys, how="left", nulls_equal=True)
    return out.with_columns(pl.col("all_reported_values").list.set_difference(
        pl.concat_list(pl.col("reported_value"))).alias("other_reported_values")).drop("all_reported_values")


def country(ctx: Context) -> str:
    reader = ctx.reader
    total, q_total = reader.run("national", metric="products", kind="cumulative")
    said, q_said = reader.run("area_sources", level="national", metric="products", kind="cumulative")
    total = _with_other_sources(total, said)
    ctx.headline.update(national_headline(total))
    panels = _panels_by_layout(total, None, "Products, all star levels")
    out = [f'<p class="lead">{national_sentence(ctx.headline)}</p>']
    out.append(chart_block(
        "country-total", "The country: OCOP products of every star level, year by year",
        "Bars add up the provinces' reconciled figures, hatched while some units have no figure; under each year, "
        "how many units the sum covers. Diamonds are what a national source said.",
        grid(ctx, panels, 2),
        {"national": total, "area_sources": said}, [q_total, q_said],
        table(total.filter(pl.col("stars").is_null()), AGG_COLUMNS + ["other_reported_values"],
              "No national figure and no provincial figure yet.") + "<h4>Every national source</h4>"
        + table(said.filter(pl.col("stars").is_null()), empty="No national source yet.")))
    levels = [level for level in vocab.STAR_LEVELS if not total.filter(pl.col("stars") == level).is_empty()]
    star_panels = [charts.AggregatePanel(f"{charts.STAR_LABELS[level]} · {LAYOUT_SHORT[layout]}", total.filter(
        (pl.col("layout") == layout) & (pl.col("stars") == level)).to_dicts())
        for layout in vocab.LAYOUTS for level in levels]
    out.append(chart_block(
        "country-stars", "The country by star level",
        "The same, one star level per panel (top: the 63-unit layout, bottom: the 34-unit layout); potential 5★ "
        "are 4★ products proposed for 5★ and may or may not be counted in a province's total.",
        grid(ctx, star_panels, max(1, len(levels)), panel_size=(2.35, 2.2)),
        {"national": total.filter(pl.col("stars").is_not_null())}, [q_total],
        table(total.filter(pl.col("stars").is_not_null()), AGG_COLUMNS, "No figure by star level yet.")))
    new, q_new = reader.run("national", metric="products", kind="new")
    producers, q_producers = reader.run("national", metric="subjects", kind="cumulative")
    other = (_panels_by_layout(new, None, "New products")
             + _panels_by_layout(producers, None, "Producers (chủ thể)"))
    out.append(chart_block(
        "country-other", "The country: products recognised each year, and producers",
        "Products recognised within each year (nothing is carried forward for these), and producers holding OCOP "
        "products (cumulative), each in both layouts.",
        grid(ctx, other, 2),
        {"national_new": new.filter(pl.col("stars").is_null()),
         "national_producers": producers.filter(pl.col("stars").is_null())}, [q_new, q_producers],
        "<h4>Products recognised that year</h4>" + table(new.filter(pl.col("stars").is_null()), AGG_COLUMNS)
        + "<h4>Producers</h4>" + table(producers.filter(pl.col("stars").is_null()), AGG_COLUMNS)))
    return "".join(out)


def national_headline(total: pl.DataFrame) -> dict[str, Any]:
    """The country's latest reported figure and what the provinces add up to that year (in the layout in force)."""
    rows = total.filter(pl.col("stars").is_null())
    reported = rows.filter(pl.col("reported_value").is_not_null())
    candidates = reported if not reported.is_empty() else rows.filter(pl.col("bottom_up_value").is_not_null())
    if candidates.is_empty():
        return {"national_year": None}
    year = candidates["year"].max()
    layout = vocab.PRE2025 if year < vocab.MERGER_DATE.year else vocab.FROM2025
    row = rows.filter((pl.col("year") == year) & (pl.col("layout") == layout))
    if row.is_empty():
        row = rows.filter(pl.col("year") == year)
    r = row.row(0, named=True)
    return {"national_year": year, "national_layout": r["layout"], "national_reported": r["reported_value"],
            "national_reported_qualifier": r["reported_qualifier"], "national_other_reported":
            list(r.get("other_reported_values") or []), "national_bottom_up": r["bottom_up_value"],
            "national_units_reporting": r["provinces_reporting"], "national_units_total": r["provinces_total"],
            "national_units_carried_forward": r["provinces_carried_forward"],
            "national_coverage_pct": r["coverage_pct"], "national_status": r["status"]}


def national_sentence(h: dict[str, Any]) -> str:
    if h.get("national_year") is None:
        return "No national figure and no provincial figure of products yet."
    year = h["national_year"]
    parts = []
    if h["national_reported"] is not None:
        others = h.get("national_other_reported") or []
        also = f" (another source says {', '.join(fmt(v) for v in others)})" if others else ""
        parts.append(f"<strong>{fmt(h['national_reported'], h['national_reported_qualifier'])}</strong> OCOP "
                     f"products nationally in {year}, as a national source reported it{also}.")
    else:
        parts.append(f"No national source reported a total for {year}.")
    if h["national_bottom_up"] is not None:
        complete = h["national_coverage_pct"] >= 100
        carried = h["national_units_carried_forward"]
        parts.append(
            f"The provinces' own figures add up to <strong>{fmt(h['national_bottom_up'])}</strong> from "
            f"<strong>{h['national_units_reporting']} of {h['national_units_total']}</strong> units "
            f"({h['national_coverage_pct']:g} %"
            + (f", {carried} of them carried forward from an earlier year" if carried else "") + ")"
            + (": a complete sum." if complete else ": <em>a partial sum, not a total</em>."))
    else:
        parts.append("No province has a figure for that year.")
    return " ".join(parts)


def regions(ctx: Context) -> str:
    reader = ctx.reader
    region_rows, q_regions = reader.run("regions")
    ctx.regions = region_rows.to_dicts()
    frame, q_frame = reader.run("regional", metric="products", kind="cumulative")
    said, q_said = reader.run("area_sources", level="region", metric="products", kind="cumulative")
    frame = _with_other_sources(frame.with_columns(pl.lit(None, pl.String).alias("stars")), said, "region").drop(
        "stars")
    panels, without = [], []
    for region in ctx.regions:
        if frame.filter(pl.col("region") == region["region"]).is_empty():
            without.append(region["region"])
            continue
        for layout in vocab.LAYOUTS:
            total = region["provinces_pre2025" if layout == vocab.PRE2025 else "provinces_from2025"]
            rows = frame.filter((pl.col("region") == region["region"]) & (pl.col("layout") == layout))
            panels.append(charts.AggregatePanel(
                f"{region['short_name']} · {LAYOUT_SHORT[layout]}", rows.to_dicts(),
                f"no unit of {region['region']} has a figure in the {total}-unit layout"))
    note = (f'<p class="note"><strong>No unit has a figure</strong> in {esc(", ".join(without))}.</p>'
            if without else "")
    return note + chart_block(
        "regions", "The regions, in both layouts",
        "One row per region (north to south), the 63-unit layout on the left and the 34-unit layout on the right: "
        "bars add up the region's units (hatched while partial), diamonds are what a regional source said. The "
        "regions of the 34 units are inferred (each kept the region of the unit whose name it kept).",
        grid(ctx, panels, 2, panel_size=(4.2, 2.1)),
        {"regional": frame, "regions": region_rows, "area_sources": said}, [q_frame, q_regions, q_said],
        table(frame, ["layout", "region"] + AGG_COLUMNS[1:2] + AGG_COLUMNS[3:] + ["other_reported_values"],
              "No regional figure and no provincial figure yet.")
        + "<h4>Every regional source</h4>" + table(said, empty="No regional source yet."))


MAP_COLUMNS = ["layout", "province_code", "province_name", "region", "value", "figure_year", "as_of_year", "origin",
               "conflict", "values_reported", "predecessor_figures", "predecessors_with_figure", "predecessors"]


def province_map(ctx: Context) -> str:
    reader = ctx.reader
    units, q_units = reader.run("map", metric="products")
    merger, q_merger = reader.run("merger")
    tiles = ctx.tiles
    blocks, summaries = [], []
    for layout in vocab.LAYOUTS:
        rows = {r["province_code"]: r for r in units.filter(pl.col("layout") == layout).iter_rows(named=True)}
        placed = {code: tiles.by_unit[(layout, code)] for code in rows if (layout, code) in tiles.by_unit}
        unplaced = sorted(set(rows) - set(placed))
        if layout == vocab.PRE2025:
            territory = {code: [tile] for code, tile in placed.items()}
        else:
            territory = {}
            for m in merger.iter_rows(named=True):
                tile = tiles.by_unit.get((vocab.PRE2025, m["old_province_code"]))
                if tile and m["new_province_code"] in placed:
                    territory.setdefault(m["new_province_code"], []).append(tile)
            for code, tile in placed.items():  # a unit with no known predecessor still shows on its own tile
                territory.setdefault(code, [tile])
        names = {tile: tiles.names[(vocab.PRE2025, code)] for (lay, code), tile in tiles.by_unit.items()
                 if lay == vocab.PRE2025}
        with_figure = [r for r in rows.values() if r["value"] is not None]
        year = next((r["as_of_year"] for r in rows.values() if r["as_of_year"] is not None), None)
        summary = {"layout": layout, "as_of_year": year, "units": len(rows), "with_figure": len(with_figure),
                   "carried_forward": sum(r["origin"] == "carried_forward" for r in rows.values()),
                   "rolled_up": sum(r["origin"] == "rolled_up" for r in rows.values()),
                   "conflicts": sum(bool(r["conflict"]) for r in rows.values()),
                   "sum": sum(r["value"] for r in with_figure) if with_figure else None}
        summaries.append(summary)
        ctx.headline[f"units_with_figure_{layout}"] = f"{len(with_figure)}/{len(rows)}"
        title = (f"{LAYOUT_NAMES[layout]}: products as of {year}" if year else f"{LAYOUT_NAMES[layout]}: no figure yet")
        spec = charts.MapLayout(layout, title, rows, placed, territory, names if layout == vocab.FROM2025 else {})
        svg = ctx.draw(charts.tile_map, spec)
        warning = (f'<p class="error">No position on the map for {esc(", ".join(unplaced))}: add them to '
                   f"ocop_pipeline/reference/{TILES_FILE}.</p>" if unplaced else "")
        blocks.append(f'<div class="map">{image(svg, title)}{warning}<p class="note">{map_sentence(summary)}</p>'
                      "</div>")
    summary_frame = pl.DataFrame(summaries, schema={"layout": pl.String, "as_of_year": pl.Int64, "units": pl.Int64,
                                                    "with_figure": pl.Int64, "carried_forward": pl.Int64,
                                                    "rolled_up": pl.Int64, "conflicts": pl.Int64,
                                                    "sum": pl.Float64})
    numbers = table(summary_frame) + table(units.filter(pl.col("value").is_not_null() | pl.col(
        "predecessor_figures").is_not_null()), MAP_COLUMNS, "No unit has a figure yet.")
    return (f'<figure id="map"><figcaption><h3>Every unit on the map, in both layouts</h3><p class="guide">'
            "Each square is one of the 63 units; colour is the unit's latest reconciled count of products (all star "
            "levels). Grey squares have no figure; hatched ones show an earlier year's figure carried forward; a red "
            "outline means sources disagree, and every value is written. On the right the 34 units of 1 July 2025 "
            "cover the squares of the units they absorbed (thick outlines); Σ is the sum of the former units' "
            "figures, used only when every one of them has a figure.</p></figcaption>"
            f'<div class="maps">{"".join(blocks)}</div>'
            f"<details><summary>The numbers</summary>{numbers}</details>{query_block([q_units, q_merger])}"
            f"{data_script('map', {'map': units, 'map_summary': summary_frame})}</figure>")


def map_sentence(s: dict[str, Any]) -> str:
    if not s["with_figure"]:
        return f"No unit of the {s['units']}-unit layout has a figure."
    parts = [f"{s['with_figure']} of {s['units']} units have a figure as of {s['as_of_year']}"]
    if s["carried_forward"]:
        parts.append(f"{s['carried_forward']} carried forward from an earlier year")
    if s["rolled_up"]:
        parts.append(f"{s['rolled_up']} summed from their former units")
    if s["conflicts"]:
        parts.append(f"{s['conflicts']} with sources that disagree")
    return esc("; ".join(parts) + f". Together: {fmt(s['sum'])} products (the bottom-up sum of that year).")


SERIES_COLUMNS = ["year", "kind", "stars", "value", "value_high", "status", "rule", "n_sources"]
SOURCE_COLUMNS = ["year", "kind", "value", "value_high", "qualifier", "source_kind", "source_id", "as_of", "quote"]


def _by_unit(frame: pl.DataFrame) -> dict[tuple, pl.DataFrame]:
    """(layout, province_code) → that unit's rows, in the frame's order."""
    return frame.partition_by("layout", "province_code", as_dict=True, maintain_order=True)


def provinces(ctx: Context) -> str:
    reader = ctx.reader
    series, q_series = reader.run("province_series", metric="products")
    sources, q_sources = reader.run("province_sources", metric="products")
    issues, _ = reader.run("issues")
    region_order = {r["region"]: i for i, r in enumerate(ctx.regions)}
    keys = series.select("layout", "province_code", "province_name", "region").unique().to_dicts()
    keys.sort(key=lambda k: (k["layout"] != vocab.PRE2025, region_order.get(k["region"], 99), k["province_code"]))
    out = ['<p class="guide">Every unit with a figure of products, in its layout: on the left its count over time '
           "with each source's value as a point (a red ring marks a year whose sources disagree, with every value), "
           "on the right its breakdown by star level.</p>"]
    if keys:
        legend = image(ctx.draw(charts.province_legend), "legend of the province charts")
        out.append(f'<div class="legend">{legend}</div>')
    # Each frame split by unit once: a filter per unit would read every row once per unit (97 units, and at national
    # scale tens of thousands of sources).
    by_unit = [_by_unit(frame) for frame in (series, sources, issues)]
    for k in keys:
        own_series, own_sources, own_issues = (parts.get((k["layout"], k["province_code"]), frame.clear())
                                               for parts, frame in zip(by_unit, (series, sources, issues)))
        falls = own_issues.filter((pl.col("kind") == "count_falls") & pl.col("stars").is_null())["year"].to_list()
        chart_id = f"province-{k['layout']}-{k['province_code']}"
        title = f"{k['province_name']} · {k['region'] or 'region unknown'} · {LAYOUT_NAMES[k['layout']]}"
        svg = ctx.draw(charts.province_chart, title, own_series.to_dicts(), own_sources.to_dicts(), falls)
        notes = "".join(f"<li>{esc(m)}</li>" for m in own_issues["message"].to_list())
        numbers = (table(own_series, SERIES_COLUMNS) + "<h4>Every source</h4>"
                   + table(own_sources, SOURCE_COLUMNS, "No source of all star levels."))
        out.append(chart_block(chart_id, title, "" if not notes else f"<ul class='issues'>{notes}</ul>", svg,
                               {"province_series": own_series, "province_sources": own_sources},
                               [q_series, q_sources], numbers, "narrow"))
    if not keys:
        out.append('<p class="empty">No province has a figure of products yet.</p>')
    units, _ = reader.run("map", metric="products")
    with_any = {(k["layout"], k["province_code"]) for k in keys}
    for layout in vocab.LAYOUTS:
        missing = units.filter((pl.col("layout") == layout) & pl.col("province_code").map_elements(
            lambda c, layout=layout: (layout, c) not in with_any, return_dtype=pl.Boolean))
        if missing.is_empty():
            continue
        names = ", ".join(missing.sort("province_code")["province_name"].to_list())
        total = units.filter(pl.col("layout") == layout).height
        if layout == vocab.PRE2025:
            out.append(f'<p class="note"><strong>No figure of products at all</strong> for {missing.height} of '
                       f"{total} units of the 63-unit layout: {esc(names)}.</p>")
        else:
            out.append(f'<p class="note"><strong>No figure of its own</strong> for {missing.height} of {total} '
                       "units of the 34-unit layout (a figure published before 1 July 2025 belongs to the 63-unit "
                       "layout; the map sums the former units' figures where every one of them has one): "
                       f"{esc(names)}.</p>")
    return "".join(out)


ISSUE_KINDS = {
    "source_conflict": "Sources disagree on one figure: the value kept and the rule that kept it are in "
                       "province_stats; check the sources.",
    "count_falls": "A cumulative count went down; certificates last 36 months, so a fall can be real from 2022 on.",
    "breakdown_mismatch": "The parts one source gives (star levels, producer types) do not add up to its total.",
    "list_disagrees": "A product list and a reported count differ.",
    "place_not_in_force": "A unit was named for a date after it ceased to exist; its figure rolls up into its "
                          "successor.",
}
ISSUE_COLUMNS = ["geo_name", "layout", "year", "metric", "stars", "values", "sources", "explained_by_expiry",
                 "message"]


def issues_section(ctx: Context) -> str:
    issues, q_issues = ctx.reader.run("issues")
    counts = issues.group_by("kind").len().sort("kind")
    ctx.headline["open_issues"] = issues.height
    ctx.headline["source_conflicts"] = issues.filter(pl.col("kind") == "source_conflict").height
    out = [f'<p class="lead">{issues.height} open reconciliation issue{"s" if issues.height != 1 else ""}'
           + (": " + ", ".join(f"{n} {esc(k)}" for k, n in counts.iter_rows()) if issues.height else "") + ".</p>"]
    for kind in sorted(set(issues["kind"].to_list()), key=lambda k: list(ISSUE_KINDS).index(k)
                       if k in ISSUE_KINDS else 99):
        rows = issues.filter(pl.col("kind") == kind)
        out.append(f"<h3>{esc(kind)} ({rows.height})</h3><p class='guide'>{esc(ISSUE_KINDS.get(kind, ''))}</p>"
                   + table(rows, ISSUE_COLUMNS))
    out.append(query_block([q_issues]))
    out.append(data_script("issues", {"issues": issues}))
    return "".join(out)


# What uplift_chart draws: the chart is drawn from these alone, so that a statement that only moved (its file edited:
# a new claim_id, which orders ties) or changed its quote finds the chart drawn before instead of drawing thousands
# of lines again.
UPLIFT_DRAWN = ["geo_name", "year", "metric", "kind", "low_pct", "high_pct", "qualifier", "share_pct"]


def uplift(ctx: Context) -> str:
    rows, q_rows = ctx.reader.run("uplift")
    return chart_block(
        "uplift", "What sources say OCOP recognition did to sales",
        "Each line is one statement: the range of the rise it gives (a dot when it gives one number), its place and "
        "year; ≥ means 'more than', ≈ 'about'; a pale line is a target, not an observation.",
        ctx.draw(charts.uplift_chart, rows.select(UPLIFT_DRAWN).to_dicts()) if rows.height else None, {"uplift": rows}, [q_rows],
        table(rows, empty="No source stated a rise in revenue, price or output."), "narrow")


def quality(ctx: Context) -> str:
    reader = ctx.reader
    files, q_files = reader.run("files")
    not_loaded, q_not_loaded = reader.run("files_not_loaded")
    reasons, q_reasons = reader.run("quarantine")
    total = int(files["files"].sum() or 0)
    by_status = {s: int(files.filter(pl.col("status") == s)["files"].sum() or 0) for s in vocab.FILE_STATUSES}
    ctx.headline.update({"files": total, "files_quarantined": by_status["quarantined"],
                         "items_quarantined": int(reasons["items"].sum() or 0)})
    statuses = ", ".join(f"{n} {status}" for status, n in by_status.items() if n)
    lead = (f'<p class="lead">{total} input file{"" if total == 1 else "s"}: {statuses}; '
            f"{ctx.headline['items_quarantined']} items in the quarantine.</p>" if total
            else '<p class="lead">No input file was read.</p>')
    out = [lead, chart_block(
        "files", "Input files and what became of them",
        "Every file of the raw folder, by kind: loaded in full, partly (some rows or claims quarantined), not at all "
        "(quarantined), or a duplicate of another file's bytes.",
        ctx.draw(charts.files_chart, files.to_dicts()) if files.height else None,
        {"files": files, "files_not_loaded": not_loaded, "quarantine": reasons}, [q_files, q_not_loaded, q_reasons],
        table(files, empty="No input file was read."), "narrow")]
    out.append("<h3>Files not loaded in full</h3>" + table(not_loaded, empty="Every file was loaded in full."))
    out.append("<h3>Why items were quarantined</h3>" + table(reasons, empty="The quarantine is empty."))
    if reader.has_table("refresh_log"):
        history, q_history = reader.run("refresh_log", limit=10)
        out.append("<h3>The latest publishes</h3>" + table(history, empty="No publish recorded.")
                   + query_block([q_history]))
    return "".join(out)


SECTIONS: tuple[tuple[str, str, Callable[[Context], str]], ...] = (
    ("country", "The country", country),
    ("regions", "The regions", regions),
    ("map", "The map", province_map),
    ("provinces", "Every province", provinces),
    ("issues", "Conflicts and issues", issues_section),
    ("uplift", "Sales after recognition", uplift),
    ("quality", "Data quality", quality),
)


# ----------------------------------------------------------------------------------------------------------------
# the page


CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;margin:0;color:#1a1a1a;
background:#fafafa;line-height:1.45}
header{background:#1f3b57;color:#fff;padding:1.2rem 2rem}header h1{margin:0 0 .3rem;font-size:1.5rem}
header p{margin:.2rem 0;color:#dbe6f0}main{max-width:1180px;margin:0 auto;padding:1rem 2rem 3rem}
nav{margin:.6rem 0 0}nav a{color:#fff;margin-right:1rem;font-size:.92rem}
section{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:.6rem 1.4rem 1.2rem;margin:1.2rem 0}
h2{border-bottom:2px solid #1f3b57;padding-bottom:.2rem}h3{margin:1.1rem 0 .2rem;font-size:1.05rem}
h4{margin:.8rem 0 .3rem;font-size:.92rem}
figure{margin:1rem 0 1.6rem}figure img{width:100%;max-width:1000px;height:auto;display:block;margin:.4rem 0}
figure.narrow img{max-width:860px}.map img{width:100%}
.guide{color:#4a4a4a;font-size:.9rem;margin:.1rem 0 .4rem}.lead{font-size:1.02rem}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:.8rem 0}.card{background:#fff;border:1px solid #d9e2ea;
border-radius:6px;padding:.6rem .9rem;min-width:11rem;flex:1}.card b{display:block;font-size:1.35rem;color:#1f3b57}
.card span{font-size:.82rem;color:#555}
.legend img{width:100%;max-width:860px}.maps{display:flex;flex-wrap:wrap;gap:1rem}.map{flex:1 1 420px;min-width:320px}
details{margin:.3rem 0}summary{cursor:pointer;color:#1f5f99;font-size:.9rem}
pre{background:#f4f6f8;border:1px solid #e1e5ea;padding:.6rem;overflow-x:auto;font-size:.8rem;white-space:pre-wrap}
.qfile{font-size:.82rem;color:#555;margin:.4rem 0 0}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.8rem;margin:.3rem 0}
th,td{border:1px solid #e1e1e1;padding:.18rem .45rem;text-align:left;vertical-align:top}th{background:#f1f4f7}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.none{color:#aaa;text-align:center}
.empty,.note{color:#555;font-size:.9rem}.error{background:#fdecea;border:1px solid #c62828;color:#8e1b1b;
padding:.6rem;border-radius:4px;white-space:pre-wrap}ul.issues{margin:.2rem 0;font-size:.86rem;color:#8e1b1b}
"""


@dataclass
class ReportResult:
    path: Path
    seconds: float
    size_bytes: int
    headline: dict[str, Any]
    errors: list[str]
    charts_reused: int = 0  # taken from an earlier report of the same warehouse (same data, same code)
    charts_drawn: int = 0


def published_line(reader: Reader, warehouse: Path) -> tuple[str, dict[str, Any]]:
    if reader.has_table("refresh_log"):
        last = reader.con.sql("SELECT finished, run_id, trigger, raw_dir FROM refresh_log ORDER BY finished DESC "
                              "LIMIT 1").fetchall()
        if last:
            finished, run_id, trigger, raw_dir = last[0]
            when = finished.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
            return (f"Published {when} by run {run_id} ({trigger}) from {raw_dir}.",
                    {"published": when, "run_id": run_id})
    when = dt.datetime.fromtimestamp(warehouse.stat().st_mtime, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"The warehouse file was written {when} (it holds no refresh history).", {"published": when}


def cards(h: dict[str, Any]) -> str:
    items = []
    if h.get("national_year") is not None:
        if h["national_reported"] is not None:
            items.append((fmt(h["national_reported"], h["national_reported_qualifier"]),
                          f"products reported nationally, {h['national_year']}"))
        if h["national_bottom_up"] is not None:
            items.append((fmt(h["national_bottom_up"]),
                          f"sum of {h['national_units_reporting']}/{h['national_units_total']} units' figures, "
                          f"{h['national_year']} ({h['national_coverage_pct']:g} % coverage"
                          + (")" if h["national_coverage_pct"] >= 100 else ", partial)")))
    for layout in vocab.LAYOUTS:
        if f"units_with_figure_{layout}" in h:
            items.append((h[f"units_with_figure_{layout}"], f"units with a figure, {LAYOUT_NAMES[layout]}"))
    if "open_issues" in h:
        items.append((str(h["open_issues"]), f"open issues, {h['source_conflicts']} source conflicts"))
    if "files" in h:
        items.append((str(h["files"]), f"input file{'' if h['files'] == 1 else 's'}, {h['files_quarantined']} "
                                       "unreadable"))
    return '<div class="cards">' + "".join(f"<div class='card'><b>{esc(v)}</b><span>{esc(t)}</span></div>"
                                           for v, t in items) + "</div>"


# The sections that read the refresh history (which every publish extends): built every time.
READS_REFRESH_LOG = {"quality"}


def render(con: duckdb.DuckDBPyConnection, warehouse: Path, drawings: Drawings | None = None,
           tables_key: str = "", sections: Sections | None = None,
           fingerprint: str = "") -> tuple[str, dict[str, Any], list[str]]:
    """The page, its headline numbers and the sections that failed.

    ``tables_key`` names the contents of every table but refresh_log and the code (``sections_key``): a section
    that does not read refresh_log is then taken from the last page (``sections``) when that page built it with the
    same key, instead of querying and formatting again: the same tables give the same HTML. Otherwise, with the
    code's ``fingerprint``, a section is taken from the last page when its queries return the same rows as when
    it was built there, from the same context (``Sections.same_results``): the same rows give the same HTML."""
    reader = Reader(con)
    ctx = Context(reader, warehouse, load_tiles(), drawings or Drawings(None))
    published, about = published_line(reader, warehouse)
    ctx.headline.update(about)
    bodies, errors = [], []
    for anchor, title, build in SECTIONS:
        key = (hashlib.sha256(f"{tables_key}\0{ctx.draw.salt()}\0{anchor}".encode()).hexdigest()
               if sections is not None and tables_key and anchor not in READS_REFRESH_LOG else "")
        # What else the section reads: the code, the warehouse's path and what earlier sections left in the context
        # (not the publish's time and run, which no section shows).
        state = (repr((fingerprint, ctx.draw.salt(), anchor, str(warehouse), ctx.regions,
                       sorted((k, v) for k, v in ctx.headline.items() if k not in about)))
                 if key and fingerprint else "")
        kept = sections.get(anchor, key) if key else None
        if kept is None and state:
            kept = sections.same_results(anchor, reader, state)
        if kept is not None:
            body = kept.body
            ctx.headline.update(kept.headline)
            ctx.regions = kept.regions or ctx.regions
            ctx.draw.reuse(kept.charts)
            sections.built[anchor] = Kept(key, kept.headline, kept.regions, kept.charts, body,
                                          queries=kept.queries, results=kept.results)
        else:
            headline, asked = dict(ctx.headline), len(ctx.draw.asked)
            reader.ran = [] if state else None
            try:
                body = build(ctx)
                if key:
                    ran = reader.ran or []
                    sections.built[anchor] = Kept(key, {k: v for k, v in ctx.headline.items()
                                                        if k not in headline or headline[k] != v},
                                                  ctx.regions if anchor == "regions" else [],
                                                  tuple(ctx.draw.asked[asked:]), body,
                                                  queries=tuple((name, params) for name, params, _ in ran),
                                                  results=results_key(state, ran) if state else "")
            except Exception as exc:  # one broken section must not hide the others; it is shown and reported
                errors.append(f"{title}: {type(exc).__name__}: {exc}")
                body = (f'<div class="error">This section could not be built: {esc(type(exc).__name__)}: '
                        f"{esc(exc)}\n{esc(traceback.format_exc(limit=4))}</div>")
        reader.ran = None
        bodies.append(f'<section id="section-{anchor}"><h2>{esc(title)}</h2>{body}</section>')
    counts = reader.row_counts()
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    nav = "".join(f'<a href="#section-{a}">{esc(t)}</a>' for a, t, _ in SECTIONS)
    nav += '<a href="#section-about">About</a>'
    about_section = (
        '<section id="section-about"><h2>About this report</h2>'
        f"<p>Built {generated} from <code>{esc(warehouse)}</code>, opened read-only, by "
        "<code>python -m ocop_pipeline.report</code> (run after every publish, or by <code>make report</code>). "
        "Every chart is drawn with matplotlib from the rows shown under it; the query behind it is in "
        "<code>sql/report/</code>. To reproduce a chart, paste its query into "
        f"<code>duckdb -readonly {esc(warehouse)}</code>.</p>"
        "<p>Counts are reconciled per province (<code>province_stats</code>: one value per province, year, star "
        "level and kind, chosen by a written rule among every source's value); national and regional figures "
        "(<code>agg_national</code>, <code>agg_regional</code>) put what a source about the whole area said beside "
        "the sum of the units' figures and how many units that sum covers. A unit with no figure in a year carries "
        "its latest earlier cumulative figure forward. A partial sum is never a total.</p>"
        "<h3>Tables of this warehouse</h3>"
        + table(pl.DataFrame({"table": list(counts), "rows": list(counts.values())},
                             schema={"table": pl.String, "rows": pl.Int64}))
        + "</section>")
    errors_box = ("".join(f'<p class="error">{esc(e)}</p>' for e in errors)) if errors else ""
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>OCOP report · {esc(ctx.headline.get('published', ''))}</title><style>{CSS}</style></head><body>"
        "<header><h1>OCOP in figures: what the sources say, and what they add up to</h1>"
        f"<p>{esc(published)}</p><p>Report built {generated}.</p><nav>{nav}</nav></header><main>"
        f"{errors_box}{cards(ctx.headline)}{''.join(bodies)}{about_section}</main></body></html>\n")
    return page, ctx.headline, errors


def build_report(warehouse: Path, out: Path | None = None) -> ReportResult:
    """Write the report of ``warehouse`` to ``out`` (default: beside the warehouse) atomically."""
    started = time.perf_counter()
    warehouse = Path(warehouse)
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}: run make run first (or give the path of one)")
    out = Path(out) if out else outputs_beside(warehouse).report
    drawings = Drawings(cache.charts_dir(warehouse))
    sections = Sections(drawings.folder / "sections.pickle" if drawings.folder else None, out)
    fingerprint = cache.pipeline_fingerprint()
    con, digests = open_published(warehouse, fingerprint)
    try:
        page, headline, errors = render(con, warehouse, drawings, sections_key(digests, fingerprint), sections,
                                        fingerprint)
    finally:
        con.close()
    data = page.encode("utf-8")
    cache.write_atomic(out, data)
    sections.write(data, {anchor: title for anchor, title, _ in SECTIONS})
    drawings.prune()
    return ReportResult(out, time.perf_counter() - started, len(data), headline, errors, drawings.reused,
                        drawings.drawn)


def sections_key(digests: dict[str, str], fingerprint: str) -> str:
    """A digest of what every table but refresh_log was loaded from (``warehouse.published_digests``) and of the
    code, or "" when that is not known."""
    if not digests:
        return ""
    return hashlib.sha256(json.dumps([fingerprint, sorted((name, digest) for name, digest in digests.items()
                                                          if name != "refresh_log")]).encode()).hexdigest()


# ----------------------------------------------------------------------------------------------------------------
# the Dagster UI: headline numbers, and the national chart as a Markdown table


def headline_metadata(result: ReportResult) -> dict[str, int | float | str]:
    """The report's headline numbers as plain values (a missing number is said as text, never left out)."""
    h = result.headline
    out: dict[str, int | float | str] = {"build_seconds": round(result.seconds, 2),
                                          "size_mb": round(result.size_bytes / 1e6, 2),
                                          "sections_failed": len(result.errors)}
    if h.get("national_year") is not None:
        out["national_year"] = int(h["national_year"])
        out["national_reported"] = (fmt(h["national_reported"], h["national_reported_qualifier"])
                                    if h["national_reported"] is not None else "none reported")
        out["national_bottom_up"] = fmt(h["national_bottom_up"]) if h["national_bottom_up"] is not None else "none"
        out["national_coverage"] = (f"{h['national_units_reporting']}/{h['national_units_total']} units "
                                    f"({h['national_coverage_pct']:g} %)"
                                    + ("" if h["national_coverage_pct"] >= 100 else ", partial"))
    else:
        out["national_year"] = "no figure yet"
    for key in ("units_with_figure_pre2025", "units_with_figure_from2025", "open_issues", "source_conflicts",
                "files", "files_quarantined", "items_quarantined", "published"):
        if key in h:
            out[key] = h[key]
    return out


def headline_markdown(result: ReportResult) -> str:
    text = national_sentence(result.headline)
    return re.sub(r"</?(strong|em)>", lambda m: "**" if m.group(1) == "strong" else "_", text)


def national_markdown(agg_national: pl.DataFrame, metric: str = "products", kind: str = "cumulative") -> str:
    """agg_national's all-levels rows as a Markdown table with a coverage bar: reported beside bottom-up, per year."""
    rows = agg_national.filter((pl.col("metric") == metric) & (pl.col("kind") == kind) & pl.col("stars").is_null())
    rows = rows.sort(pl.col("layout") == vocab.FROM2025, "year")
    lines = [f"National {metric} ({kind}, all star levels): reported beside the sum of the units' figures",
             "", "| layout | year | reported | bottom-up sum | units | coverage | status |",
             "| --- | ---: | ---: | ---: | ---: | --- | --- |"]
    for r in rows.iter_rows(named=True):
        filled = round(r["coverage_pct"] / 10)
        bar = "█" * filled + "░" * (10 - filled)
        lines.append(f"| {r['layout']} | {r['year']} | {fmt(r['reported_value'], r['reported_qualifier'])} | "
                     f"{fmt(r['bottom_up_value'])} | {r['provinces_reporting']}/{r['provinces_total']} | "
                     f"{bar} {r['coverage_pct']:g} % | {r['status']} |")
    if rows.is_empty():
        lines.append("| – | – | – | – | – | – | no figure yet |")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------------------------
# command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="ocop report",
        description="Build the OCOP report from a published warehouse (read-only). With no OUT.html, the report, "
                    "the Excel workbook of the analyst views and the Parquet export of every table are written "
                    "beside the warehouse, as a publish does; with OUT.html, only that report.")
    parser.add_argument("warehouse", nargs="?", help="the DuckDB warehouse (default: OCOP_WAREHOUSE, else "
                                                     "data/warehouse/ocop.duckdb)")
    parser.add_argument("out", nargs="?", help="where to write the HTML report")
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    warehouse = Path(args.warehouse).resolve() if args.warehouse else config.warehouse_path()
    if not warehouse.exists():
        print(f"no warehouse at {warehouse}: run make run first (or give the path of one)", file=sys.stderr)
        return 2
    result = build_report(warehouse, Path(args.out).resolve() if args.out else None)
    print(f"report: {result.path} ({result.size_bytes / 1e6:.1f} MB, {result.seconds:.1f} s)")
    for error in result.errors:
        print(f"section failed: {error}", file=sys.stderr)
    status = 1 if result.errors else 0
    if not args.out:
        from ocop_pipeline import exports

        written = exports.export_all(warehouse)
        print(f"workbook: {written.workbook} ({len(written.sheets)} sheets)")
        print(f"parquet:  {written.parquet} ({len(written.tables)} tables)")
    return status


if __name__ == "__main__":
    sys.exit(main())
