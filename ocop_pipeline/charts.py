"""The report's charts, drawn with matplotlib from rows the report's queries returned: plain functions, no Dagster.

Each function takes rows (dicts, as ``polars.DataFrame.to_dicts()`` gives them) and returns the picture as SVG bytes
(or PNG for the README's picture). matplotlib is imported when a chart is drawn, never when the module is imported,
so the Dagster definitions load as fast as before.

The encodings every chart shares:

* a sum of the provinces' figures is a bar: **hatched and pale when partial** (some units have no figure), solid only
  when every unit of the area has one; under each bar ``9/63`` says how many units it covers and how many of them
  carried an earlier year's figure forward;
* a figure a source reported about the whole area is a black diamond (red when a complete sum disagrees with it),
  labelled ``≥`` for "more than" and ``≈`` for "about";
* a province's sources are points around its reconciled line; a year whose sources disagree is ringed in red and
  labelled with every value.
"""

from __future__ import annotations

import functools
import io
import math
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]

PARTIAL_FACE = "#d6e6f4"
COMPLETE_FACE = "#3f78ad"
EDGE = "#2c5a85"
REPORTED = "#111111"
CONFLICT = "#c62828"
MUTED = "#8a8a8a"
NO_FIGURE = "#ededed"
STAR_COLORS = {"3": "#f1c453", "4": "#e0892b", "5": "#a9501c", "potential_5": "#7b52a6"}
STAR_LABELS = {None: "all levels", "3": "3★", "4": "4★", "5": "5★", "potential_5": "potential 5★"}
SOURCE_MARKERS = {"article": ("o", "#1f77b4", "article"), "sheet": ("s", "#2e8b57", "summary table"),
                  "product_list": ("^", "#8e44ad", "product list")}
UPLIFT_COLORS = {"revenue": "#2e7d32", "price": "#1565c0", "output": "#ef6c00"}
QUALIFIER_MARKS = {"at_least": "≥", "approx": "≈"}

# Fixed, so the same data draws the same bytes (matplotlib salts the ids it writes with a random value otherwise).
STYLE = {
    # Text stays text (small, fast to write); a viewer without DejaVu Sans falls back to the next font of the list
    # matplotlib writes (Verdana, Arial …), all of them narrower, so no label outgrows the room measured for it.
    "svg.fonttype": "none",
    "svg.hashsalt": "ocop-report",
    "font.family": "DejaVu Sans",  # ships with matplotlib and covers Vietnamese
    "font.size": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 9,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "legend.frameon": False,
    "hatch.color": EDGE,
    "hatch.linewidth": 0.6,
}


def fmt(value: float | None, qualifier: str | None = None) -> str:
    """A count as the report writes it: 14,642; ≥10,880; 11.5; – for none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return QUALIFIER_MARKS.get(qualifier or "", "") + text


# ----------------------------------------------------------------------------------------------------------------
# matplotlib, imported on first use


def _figure(width: float, height: float, layout: str | None = "constrained"):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout=layout)


def _save(fig, image_format: str = "svg", dpi: int = 110) -> bytes:
    buffer = io.BytesIO()
    metadata = {"Date": None} if image_format == "svg" else {"Software": None}
    fig.savefig(buffer, format=image_format, dpi=dpi, metadata=metadata)
    return buffer.getvalue()


def _style():
    import matplotlib

    return matplotlib.rc_context(STYLE)


def _title(ax, text: str, size: float, weight: str = "bold") -> None:
    """A left title where ``set_title`` puts one, as plain text: ``set_title`` measures every tick label again at
    each draw to keep clear of them, and nothing is drawn above these axes."""
    from matplotlib.transforms import ScaledTranslation

    ax.text(0, 1, text, transform=ax.transAxes + ScaledTranslation(0, 6 / 72, ax.figure.dpi_scale_trans),
            ha="left", va="baseline", fontsize=size, fontweight=weight)


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, "\n".join(textwrap.wrap(text, 38)), ha="center", va="center", color=MUTED,
            transform=ax.transAxes, fontsize=7.5)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)


# ----------------------------------------------------------------------------------------------------------------
# reported vs bottom-up, with coverage: the country and the regions


@dataclass
class AggregatePanel:
    """One area in one layout: its rows of agg_national or agg_regional (one per year), sorted by year."""

    title: str
    rows: list[Row]
    empty_text: str = "no figure for this area yet"


def _aggregate_panel(ax, panel: AggregatePanel) -> None:
    rows = sorted(panel.rows, key=lambda r: r["year"])
    _title(ax, panel.title, 8.5)
    if not rows:
        _empty(ax, panel.empty_text)
        return
    top = max([r["bottom_up_value"] or 0 for r in rows] + [r["reported_value"] or 0 for r in rows]
              + [v for r in rows for v in (r.get("other_reported_values") or [])]) or 1
    for i, r in enumerate(rows):
        bottom_up = r["bottom_up_value"]
        if bottom_up is not None:
            complete = r["coverage_pct"] >= 100
            ax.bar(i, bottom_up, width=0.62, color=COMPLETE_FACE if complete else PARTIAL_FACE,
                   hatch=None if complete else "////", edgecolor=EDGE, linewidth=0.8, zorder=2)
            ax.annotate(fmt(bottom_up), (i, bottom_up), xytext=(0, 2), textcoords="offset points", ha="center",
                        va="bottom", fontsize=6.5, color=EDGE)
        for other in r.get("other_reported_values") or []:
            ax.plot([i], [other], marker="D", markersize=4.5, markerfacecolor="none", markeredgecolor=REPORTED,
                    linestyle="none", zorder=4)
            ax.annotate(fmt(other), (i, other), xytext=(-5, 3), textcoords="offset points", ha="right",
                        va="bottom", fontsize=6, color="#555555", zorder=5)
        reported = r["reported_value"]
        if reported is not None:
            color = CONFLICT if r["status"] == "conflict" else REPORTED
            ax.plot([i], [reported], marker="D", markersize=5, color=color, linestyle="none", zorder=4)
            ax.annotate(fmt(reported, r["reported_qualifier"]), (i, reported), xytext=(5, 3),
                        textcoords="offset points", ha="left", va="bottom", fontsize=6.5, color=color,
                        fontweight="bold", zorder=5)
    ax.set_xlim(-0.6, len(rows) - 0.4 + (0.6 if rows[-1]["reported_value"] is not None else 0))
    ax.set_ylim(0, top * 1.22)
    _plain_ticks(ax, [_coverage_label(r) for r in rows], grid="#e6e6e6")


def _coverage_label(r: Row) -> str:
    label = f"{r['year']}\n{r['provinces_reporting']}/{r['provinces_total']}"
    carried = r.get("provinces_carried_forward") or 0
    return label + (f"\n↻{carried}" if carried else "")


def aggregate_legend_handles() -> tuple[list, list[str]]:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor=PARTIAL_FACE, hatch="////", edgecolor=EDGE, linewidth=0.8),
        Patch(facecolor=COMPLETE_FACE, edgecolor=EDGE, linewidth=0.8),
        Line2D([], [], marker="D", color=REPORTED, linestyle="none", markersize=5),
        Line2D([], [], marker="D", markerfacecolor="none", markeredgecolor=REPORTED, linestyle="none",
               markersize=4.5),
        Line2D([], [], marker="D", color=CONFLICT, linestyle="none", markersize=5),
    ]
    labels = ["sum of the units' figures: partial (some units have no figure)",
              "sum of the units' figures: complete (every unit has one)",
              "figure a source reported for the whole area (≥ more than, ≈ about)",
              "another source's figure for the same year, not kept",
              "reported figure that a complete sum contradicts",
              ]
    return handles, labels


def aggregate_grid(panels: Sequence[AggregatePanel], ncols: int, panel_size: tuple[float, float] = (4.2, 2.5),
                   image_format: str = "svg", title: str | None = None) -> bytes:
    """Small multiples of reported-vs-bottom-up panels with one shared legend; x labels carry the coverage.

    Laid out by hand in inches (no constrained layout: it draws every figure twice)."""
    from matplotlib.lines import Line2D

    nrows = max(1, math.ceil(len(panels) / ncols))
    left, right, top, gap_x, gap_y, legend = 0.5, 0.1, 0.3 + (0.3 if title else 0), 0.45, 0.75, 0.75
    width = left + right + ncols * panel_size[0] + (ncols - 1) * gap_x
    height = top + legend + 0.45 + nrows * panel_size[1] + (nrows - 1) * gap_y
    with _style():
        fig = _figure(width, height, layout=None)
        axes = fig.subplots(nrows, ncols, squeeze=False, gridspec_kw={
            "left": left / width, "right": 1 - right / width, "top": 1 - top / height,
            "bottom": (legend + 0.45) / height, "wspace": gap_x / panel_size[0], "hspace": gap_y / panel_size[1]})
        for index, ax in enumerate(axes.flat):
            if index < len(panels):
                _aggregate_panel(ax, panels[index])
            else:
                ax.set_visible(False)
        handles, labels = aggregate_legend_handles()
        handles.append(Line2D([], [], color="none"))
        labels.append("under each year: units in the sum / units in the area; ↻ of them carried forward")
        fig.legend(handles, labels, loc="lower left", bbox_to_anchor=(0.01, 0.0), ncols=2 if width > 6 else 1,
                   fontsize=6.6, handlelength=1.6, borderaxespad=0.3)
        if title:
            fig.suptitle(title, fontsize=10, fontweight="bold", x=0.01, ha="left")
        return _save(fig, image_format)


# ----------------------------------------------------------------------------------------------------------------
# the tile map


@dataclass(frozen=True)
class Tile:
    layout: str
    province_code: str
    province_name: str
    col: int
    row: int


@dataclass
class MapLayout:
    """What one map draws: the units of a layout with their map rows, and where their territory lies on the grid.

    ``territory`` maps each unit code to the tiles it covers: for the 63 units their own tile; for the 34 units the
    tiles of their pre2025 predecessors (province_merger_2025), labelled on the tile of the one whose name it kept.
    """

    layout: str
    title: str
    units: dict[str, Row]  # province_code -> the map query's row
    label_tiles: dict[str, tuple[int, int]]  # province_code -> (col, row)
    territory: dict[str, list[tuple[int, int]]]
    tile_names: dict[tuple[int, int], str] = field(default_factory=dict)  # every tile's own (pre2025) name


def _wrap_name(name: str, width: int = 10) -> str:
    return "\n".join(textwrap.wrap(name, width, break_long_words=False)[:2])


def _tile_text(unit: Row) -> tuple[str, str]:
    """The value line and the note line of a unit's tile."""
    origin = unit["origin"]
    if origin == "no_figure":
        have, total = unit.get("predecessors_with_figure"), unit.get("predecessors")
        note = f"{have} of {total} former\nunits have one" if have else ""
        return "–", note
    values = [v for v in (unit.get("values_reported") or []) if v != unit["value"]]
    value = ("Σ " if origin == "rolled_up" else "") + fmt(unit["value"])
    if unit["conflict"] and values:
        value = fmt(unit["value"]) + " / " + " / ".join(fmt(v) for v in values)
    notes = []
    if origin in ("carried_forward", "rolled_up") and unit["figure_year"] != unit["as_of_year"]:
        notes.append(f"as of {unit['figure_year']}")
    if unit["conflict"]:
        notes.append("sources disagree")
    return value, "\n".join(notes)


def tile_map(spec: MapLayout, image_format: str = "svg", tile_in: float = 0.62) -> bytes:
    """A tile grid of the units of one layout coloured by their count; every unit is drawn, with or without figure."""
    import matplotlib
    from matplotlib.collections import LineCollection, PatchCollection
    from matplotlib.colors import PowerNorm
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    all_tiles = [t for tiles in spec.territory.values() for t in tiles]
    cols = max(c for c, _ in all_tiles) + 1
    rows = max(r for _, r in all_tiles) + 1
    values = [u["value"] for u in spec.units.values() if u["value"] is not None]
    norm = PowerNorm(0.5, vmin=0, vmax=max(max(values), 1)) if values else None
    cmap = matplotlib.colormaps["YlGn"]
    owner = {tile: code for code, tiles in spec.territory.items() for tile in tiles}
    merged = any(len(tiles) > 1 for tiles in spec.territory.values())
    inset = 0.0 if merged else 0.03  # the squares of a merged unit join into one block
    plain, hatched, edges, inner = [], [], [], []
    legend_in = 0.75
    with _style():
        width, height = cols * tile_in + 0.2, rows * tile_in + 0.35 + legend_in
        fig = _figure(width, height, layout=None)
        ax = fig.add_axes((0.1 / width, (legend_in + 0.05) / height, cols * tile_in / width, rows * tile_in / height))
        ax.set_xlim(0, cols)
        ax.set_ylim(rows, 0)
        ax.set_axis_off()
        fig.text(0.1 / width, 1 - 0.08 / height, spec.title, fontsize=9, fontweight="bold", va="top")
        for code, tiles in spec.territory.items():
            unit = spec.units.get(code)
            if unit is None:
                continue
            value = unit["value"]
            face = NO_FIGURE if value is None else cmap(0.12 + 0.88 * norm(value))
            carried = unit["origin"] in ("carried_forward", "rolled_up") and unit["figure_year"] != unit["as_of_year"]
            dark = value is not None and norm(value) > 0.55
            for col, row in tiles:
                square = Rectangle((col + inset, row + inset), 1 - 2 * inset, 1 - 2 * inset)
                (hatched if carried else plain).append((square, face))
                if (col, row) != spec.label_tiles.get(code) and spec.tile_names.get((col, row)):
                    ax.text(col + 0.5, row + 0.5, _wrap_name(spec.tile_names[(col, row)], 11), ha="center",
                            va="center", fontsize=3.9, color="#e6e6e6" if dark else "#6b6b6b", style="italic")
                # the unit's outline: every side that borders another unit or the sea; inside a merged unit a faint
                # dotted line between its former units
                for dc, dr, (x0, y0), (x1, y1) in ((0, -1, (0, 0), (1, 0)), (0, 1, (0, 1), (1, 1)),
                                                   (-1, 0, (0, 0), (0, 1)), (1, 0, (1, 0), (1, 1))):
                    segment = [(col + x0, row + y0), (col + x1, row + y1)]
                    if owner.get((col + dc, row + dr)) != code:
                        edges.append((segment, bool(unit["conflict"])))
                    elif merged:
                        inner.append(segment)
            col, row = spec.label_tiles[code]
            ink = "#ffffff" if dark else "#1a1a1a"
            value_text, note = _tile_text(unit)
            ax.text(col + 0.5, row + 0.2, _wrap_name(unit["province_name"]), ha="center", va="top", fontsize=4.6,
                    color=ink, linespacing=0.95)
            ax.text(col + 0.5, row + 0.62, value_text, ha="center", va="center",
                    fontsize=6.4 if len(value_text) < 8 else 4.8, fontweight="bold",
                    color=CONFLICT if unit["conflict"] and not dark else ink)
            if note:
                ax.text(col + 0.5, row + 0.9, note, ha="center", va="bottom", fontsize=3.8, color=ink,
                        linespacing=0.9)
        for squares, hatch in ((plain, None), (hatched, "////")):
            if squares:
                ax.add_collection(PatchCollection([q for q, _ in squares], facecolors=[f for _, f in squares],
                                                  edgecolors="#ffffff", linewidths=0.5 if inset else 0.0,
                                                  hatch=hatch))
        if inner:
            ax.add_collection(LineCollection(inner, colors="#ffffff", linewidths=0.6, linestyles=(0, (2, 2))))
        for conflict in (False, True):  # conflicts on top
            lines = [segment for segment, c in edges if c == conflict]
            if lines:
                ax.add_collection(LineCollection(lines, colors=CONFLICT if conflict else "#4d4d4d",
                                                 linewidths=2.0 if conflict else 0.8, capstyle="round"))
        handles = [Patch(facecolor=NO_FIGURE, edgecolor="#4d4d4d", linewidth=0.8),
                   Patch(facecolor=cmap(0.5), hatch="////", edgecolor="#ffffff", linewidth=0.5),
                   Patch(facecolor=cmap(0.5), edgecolor=CONFLICT, linewidth=2.0)]
        labels = ["no figure", "an earlier year's figure, carried forward", "sources disagree: every value shown"]
        if merged:
            handles.append(Line2D([], [], color="none"))
            labels.append("Σ sum of the former units' figures (italic)")
        fig.legend(handles, labels, loc="lower left", bbox_to_anchor=(0.02, 0.0), ncols=1, fontsize=5.6,
                   handlelength=1.4, borderaxespad=0.2)
        if norm is not None:
            from matplotlib.cm import ScalarMappable
            from matplotlib.ticker import FuncFormatter

            bar_ax = fig.add_axes((0.58, 0.32 / height, 0.38, 0.09 / height))
            bar = fig.colorbar(ScalarMappable(norm=norm, cmap=cmap), cax=bar_ax, orientation="horizontal")
            bar.set_ticks(_colour_ticks(norm))
            bar.ax.tick_params(labelsize=5.5)
            bar.ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
            bar.ax.set_title("products", fontsize=5.5, loc="left")
        return _save(fig, image_format)


def _colour_ticks(norm) -> list[float]:
    """Round values along the colour bar, spaced apart where the square-root scale puts them."""
    ticks: list[float] = []
    for value in (0, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000):
        if value <= norm.vmax and (not ticks or norm(value) - norm(ticks[-1]) >= 0.18):
            ticks.append(value)
    if norm.vmax - ticks[-1] > 0 and norm(norm.vmax) - norm(ticks[-1]) >= 0.12:
        ticks.append(norm.vmax)
    return ticks


# ----------------------------------------------------------------------------------------------------------------
# every province


def province_chart(title: str, series: list[Row], sources: list[Row], falls: Iterable[int] = (),
                   image_format: str = "svg", with_title: bool = False) -> bytes:
    """One province: its products over time with every source's value (left), its star breakdown (right).

    ``series`` are its province_stats rows (every kind and star level), ``sources`` the reported values behind its
    all-levels figures, ``falls`` the years in which a count_falls issue says the cumulative count went down. The
    legend is drawn once for all provinces (``province_legend``). Points of one kind are drawn in one call: a
    province with many sources costs little more than one with few.
    """
    falls = set(falls)
    with _style():
        fig = _figure(8.2, 2.1, layout=None)
        left, right = fig.subplots(1, 2, width_ratios=[1.35, 1])
        fig.subplots_adjust(left=0.07, right=0.99, bottom=0.12, top=0.88, wspace=0.16)
        if with_title:
            fig.suptitle(title, fontsize=9, fontweight="bold", x=0.01, ha="left")
            fig.subplots_adjust(top=0.8)
        totals = [r for r in series if r["stars"] is None]
        shown_sources = [s for s in sources if s["kind"] != "new"]
        years = sorted({r["year"] for r in totals} | {s["year"] for s in shown_sources})
        if not years:
            _empty(left, "no figure of all star levels")
        else:
            _province_counts(left, totals, shown_sources, years, falls)
        _star_panel(right, series)
        return _save(fig, image_format)


def _province_counts(ax, totals: list[Row], sources: list[Row], years: list[int], falls: set[int]) -> None:
    position = {y: i for i, y in enumerate(years)}
    cumulative = sorted((r for r in totals if r["kind"] == "cumulative"), key=lambda r: r["year"])
    new = [r for r in totals if r["kind"] == "new"]
    targets = [r for r in totals if r["kind"] == "target"]
    if new:
        ax.bar([position[r["year"]] for r in new], [r["value"] for r in new], width=0.5, color="#e8e8e8",
               edgecolor="#9a9a9a", linewidth=0.6, zorder=1)
        for r in new:
            ax.annotate(fmt(r["value"]), (position[r["year"]], r["value"]), xytext=(0, 1), textcoords="offset points",
                        ha="center", va="bottom", fontsize=5.5, color="#6b6b6b")
    if cumulative:
        ax.plot([position[r["year"]] for r in cumulative], [r["value"] for r in cumulative], color=EDGE,
                linewidth=1.4, marker="o", markersize=5, zorder=3)
    if targets:
        ax.plot([position[r["year"]] for r in targets], [r["value"] for r in targets], marker="v", markersize=5,
                markerfacecolor="none", markeredgecolor=EDGE, linestyle="none", zorder=3)
    conflicts = [r for r in cumulative + targets if r["status"] == "conflict"]
    if conflicts:
        ax.plot([position[r["year"]] for r in conflicts], [r["value"] for r in conflicts], marker="o",
                markersize=12, markerfacecolor="none", markeredgecolor=CONFLICT, markeredgewidth=1.3,
                linestyle="none", zorder=3)
    for r in cumulative + targets:
        label = fmt(r["value"]) + (" target" if r["kind"] == "target" else "")
        conflict = r["status"] == "conflict"
        if conflict:
            said = {s["value"] for s in sources if s["year"] == r["year"] and s["kind"] == r["kind"]}
            label = " / ".join(fmt(v) for v in sorted(said | {r["value"]}, key=lambda v: (v != r["value"], v)))
        if r["kind"] == "cumulative" and r["year"] in falls:
            label += " ↓ fell"
        ax.annotate(label, (position[r["year"]], r["value"]), xytext=(6, 4), textcoords="offset points",
                    fontsize=6.3, color=CONFLICT if conflict else EDGE, fontweight="bold", zorder=5)
    offsets: dict[tuple, int] = {}
    points: dict[str, tuple[list, list]] = {}
    for s in sources:
        key = (s["year"], s["kind"])
        offsets[key] = offsets.get(key, -1) + 1
        xs, ys = points.setdefault(s["source_kind"], ([], []))
        xs.append(position[s["year"]] - 0.16 - 0.07 * min(offsets[key], 6))
        ys.append(s["value"])
    for source_kind, (xs, ys) in points.items():
        marker, color, _ = SOURCE_MARKERS.get(source_kind, ("o", MUTED, ""))
        ax.plot(xs, ys, marker=marker, markersize=3.6, color=color, alpha=0.9, linestyle="none", zorder=4)
    ax.set_xlim(-0.7, len(years) - 0.3)
    top = max([r["value"] for r in totals] + [s["value"] for s in sources] + [1])
    ax.set_ylim(0, top * 1.3)
    _plain_ticks(ax, [str(y) for y in years])
    _title(ax, "products, all star levels", 7.5, "normal")


def _plain_ticks(ax, labels: list[str], size: float = 6.5, grid: str = "#eeeeee") -> None:
    """Year labels under x = 0, 1 …, counts beside the y axis, their tick marks and grid lines, drawn as two lines,
    one collection and plain texts where matplotlib's ticks would put them: a matplotlib tick is five artists, made
    and measured again at every draw, and was most of the time of a province chart (the report draws one per unit)."""
    from matplotlib.collections import LineCollection
    from matplotlib.ticker import MaxNLocator
    from matplotlib.transforms import ScaledTranslation

    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlim(ax.get_xlim())  # the limits the bars gave, fixed before anything is drawn outside the data
    low, high = ax.get_ylim()
    ys = [float(v) for v in MaxNLocator(nbins=5, integer=True, min_n_ticks=2).tick_values(low, high)
          if low <= v <= high]
    xs = list(range(len(labels)))
    under, beside = ax.get_xaxis_transform(), ax.get_yaxis_transform()
    pad = 7 / 72  # tick length and label pad, 3.5 points each: matplotlib's defaults
    mark = {"linestyle": "none", "markersize": 3.5, "markeredgewidth": 0.8, "color": "black", "clip_on": False}
    ax.plot(xs, [0] * len(xs), transform=under, marker=3, **mark)
    ax.plot([0] * len(ys), ys, transform=beside, marker=0, **mark)
    ax.add_collection(LineCollection([[(0, y), (1, y)] for y in ys], transform=beside, colors=grid, linewidths=0.6,
                                     zorder=0), autolim=False)
    down = under + ScaledTranslation(0, -pad, ax.figure.dpi_scale_trans)
    for x, label in zip(xs, labels, strict=True):
        ax.text(x, 0, label, transform=down, ha="center", va="top", fontsize=size)
    left = beside + ScaledTranslation(-pad, 0, ax.figure.dpi_scale_trans)
    for y in ys:
        ax.text(0, y, f"{y:,.0f}", transform=left, ha="right", va="center_baseline", fontsize=size)


def _star_panel(ax, series: list[Row]) -> None:
    by_kind = {kind: [r for r in series if r["stars"] is not None and r["kind"] == kind] for kind in
               ("cumulative", "new")}
    kind = "cumulative" if by_kind["cumulative"] else "new"
    rows = by_kind[kind]
    if not rows:
        _title(ax, "by star level", 7.5, "normal")
        _empty(ax, "no star breakdown reported")
        return
    years = sorted({r["year"] for r in rows})
    levels = [s for s in STAR_COLORS if any(r["stars"] == s for r in rows)]
    width = 0.8 / len(levels)
    labelled = len(rows) <= 16  # beyond that the numbers are in the table below the chart
    for j, level in enumerate(levels):
        mine = [r for r in rows if r["stars"] == level]
        xs = [years.index(r["year"]) - 0.4 + width * (j + 0.5) for r in mine]
        ax.bar(xs, [r["value"] for r in mine], width=width * 0.92, color=STAR_COLORS[level],
               edgecolor=[CONFLICT if r["status"] == "conflict" else STAR_COLORS[level] for r in mine],
               linewidth=1.2, zorder=2)
        if labelled:
            for x, r in zip(xs, mine, strict=True):
                ax.annotate(fmt(r["value"]), (x, r["value"]), xytext=(0, 1), textcoords="offset points",
                            ha="center", va="bottom", fontsize=5.2, color="#444444")
    ax.set_ylim(0, max(r["value"] for r in rows) * 1.25 or 1)
    _plain_ticks(ax, [str(y) for y in years])
    _title(ax, "by star level, " + ("cumulative" if kind == "cumulative" else "recognised that year"), 7.5,
           "normal")


def province_legend(image_format: str = "svg") -> bytes:
    """The legend of every province chart, drawn once."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Line2D([], [], color=EDGE, marker="o", markersize=4, linewidth=1.2),
               Line2D([], [], color=EDGE, marker="v", markerfacecolor="none", linestyle="none"),
               Line2D([], [], marker="o", markersize=10, markerfacecolor="none", markeredgecolor=CONFLICT,
                      linestyle="none"),
               Patch(facecolor="#e8e8e8", edgecolor="#9a9a9a")]
    labels = ["reconciled count (cumulative)", "target", "sources disagree: every value written",
              "recognised that year (new)"]
    for marker, color, name in SOURCE_MARKERS.values():
        handles.append(Line2D([], [], marker=marker, color=color, markersize=4, linestyle="none"))
        labels.append(f"value one {name} reported")
    handles += [Patch(color=color) for color in STAR_COLORS.values()]
    labels += [STAR_LABELS[level] for level in STAR_COLORS]
    with _style():
        fig = _figure(8.2, 0.55, layout=None)
        fig.legend(handles, labels, loc="center", ncols=6, fontsize=6.2, handlelength=1.4, columnspacing=1.0,
                   frameon=False)
        return _save(fig, image_format)


# ----------------------------------------------------------------------------------------------------------------
# sales uplift, data quality


def uplift_chart(rows: list[Row], image_format: str = "svg") -> bytes:
    """Each stated rise as a range from low_pct to high_pct (a dot when single), one line per statement.

    A warehouse of thousands of statements draws thousands of lines, so the figure is laid out by hand in inches
    (constrained layout draws every text twice), its lines are drawn as collections, and its texts by ``_add_texts``
    (a matplotlib text artist per line was most of the time: 17 s for 17,000 statements)."""
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    from matplotlib.transforms import ScaledTranslation, blended_transform_factory

    with _style():
        if not rows:
            fig = _figure(8.2, 1.14)
            _empty(fig.add_subplot(), "no source stated a rise in revenue, price or output")
            return _save(fig, image_format)
        labels = [f"{r['geo_name']} · {r['year'] if r['year'] is not None else 'year ?'} · {r['metric']}"
                  for r in rows]
        row_in, top_in, bottom_in, right_in = 0.24, 0.32, 0.5, 0.1
        width, height = 8.2, top_in + bottom_in + row_in * len(rows)
        left_in = 0.15 + _text_width_in(labels, 6.5)
        fig = _figure(width, height, layout=None)
        ax = fig.add_axes((left_in / width, bottom_in / height, 1 - (left_in + right_in) / width,
                           row_in * len(rows) / height))
        label_at = blended_transform_factory(ax.transAxes, ax.transData) + ScaledTranslation(
            -3.5 / 72, 0, fig.dpi_scale_trans)
        beside = ax.transData + ScaledTranslation(6 / 72, 0, fig.dpi_scale_trans)
        ranges: dict[tuple[str, float], list] = {}
        ends: dict[str, tuple[list, list]] = {}
        value = ax.text(0, 0, "", transform=beside, va="center", fontsize=6.3)
        label = ax.text(0, 0, "", transform=label_at, ha="right", va="center", fontsize=6.5)
        texts: list[tuple] = []
        for i, r in enumerate(rows):
            color = UPLIFT_COLORS.get(r["metric"], MUTED)
            hollow = r["kind"] == "target"
            if r["high_pct"] > r["low_pct"]:
                ranges.setdefault((color, 0.45 if hollow else 0.9), []).append(
                    [(r["low_pct"], i), (r["high_pct"], i)])
            xs, ys = ends.setdefault(color, ([], []))
            xs += [r["low_pct"], r["high_pct"]]
            ys += [i, i]
            text = QUALIFIER_MARKS.get(r["qualifier"] or "", "") + (
                f"{r['low_pct']:g}–{r['high_pct']:g} %" if r["high_pct"] > r["low_pct"] else f"{r['low_pct']:g} %")
            if r["share_pct"] is not None:
                text += f" (for {r['share_pct']:g} % of products)"
            if hollow:
                text += " target"
            texts += [(value, r["high_pct"], i, text, color), (label, 0, i, labels[i], None)]
        _add_texts(ax, texts)
        for (color, alpha), segments in ranges.items():
            ax.add_collection(LineCollection(segments, colors=color, linewidths=4.5, alpha=alpha, capstyle="butt"))
        for color, (xs, ys) in ends.items():
            ax.plot(xs, ys, marker="|", markersize=8, color=color, linestyle="none")
        ax.set_yticks([])
        ax.set_ylim(len(rows) - 0.4, -0.6)
        ax.set_xlim(0, max(r["high_pct"] for r in rows) * 1.45 + 1)
        ax.set_xlabel("rise after OCOP recognition, %", fontsize=7)
        ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
        fig.legend([Line2D([], [], color=c, linewidth=4) for c in UPLIFT_COLORS.values()], list(UPLIFT_COLORS),
                   fontsize=6.3, loc="upper right", bbox_to_anchor=(1 - right_in / width, 1), ncols=3,
                   borderaxespad=0.1)
        return _save(fig, image_format)


def _add_texts(ax, texts: list[tuple]) -> None:
    """Draw ``texts``, each ``(stamp, x, y, text, color)`` in drawing order, as one artist: each as ``stamp`` (an
    empty text of ``ax`` with the font, alignment and transform wanted) would draw itself moved to ``(x, y)`` with
    that text and colour (``None``: the stamp's own), byte for byte.

    ``ax.text`` per item made, laid out and drew one matplotlib artist each, most of the uplift chart's time (17 s
    for 17,000 statements). Into an SVG with text as text, each distinct text is laid out once (its layout does not
    depend on where it stands), each stamp's style is written once by matplotlib and kept, and each item's element
    is written with the arithmetic of ``Text.draw`` and of the SVG renderer, in their order, so every coordinate is
    the same float. Anything else (another renderer, a text of several lines or with mathtext, a rotated, clipped
    or linked stamp) is drawn by the stamp itself. ``test_report`` compares the two ways byte for byte."""
    ax.add_artist(_text_run_class()(texts))


class _Attributes:
    """Stands in for the SVG renderer's writer to keep what it was asked to write for one element."""

    def element(self, tag, text=None, attrib=None, **extra) -> None:
        self.attrib = {**(attrib or {}), **extra}

    def start(self, tag, attrib=None, **extra) -> None:
        pass

    def end(self, tag=None, indent=True) -> None:
        pass


@functools.cache
def _text_run_class():
    import matplotlib
    import numpy as np
    from matplotlib.artist import Artist
    from matplotlib.backends.backend_svg import RendererSVG, _generate_transform, _short_float_fmt
    from matplotlib.colors import to_rgba

    class TextRun(Artist):
        zorder = 3  # where ax.text's artists are drawn

        def __init__(self, texts: list[tuple]) -> None:
            super().__init__()
            self.texts = texts
            self.own = {id(t[0]): t[0].get_color() for t in texts}

        def draw(self, renderer) -> None:
            stamps = list({id(t[0]): t[0] for t in self.texts}.values())
            # savefig hands artists a MixedModeRenderer, which passes every call on to the renderer it holds
            svg = getattr(renderer, "_renderer", renderer)
            if not isinstance(svg, RendererSVG) or matplotlib.rcParams["svg.fonttype"] != "none" or any(
                    s.get_rotation() != 0 or s.get_usetex() or s.get_path_effects() or s._bbox_patch
                    or s.get_url() is not None or s.get_clip_on() or s.get_gid() is not None for s in stamps):
                for stamp, x, y, text, color in self.texts:
                    self._place(stamp, x, y, text, color).draw(renderer)
                self._clear(stamps)
                return
            height = svg.get_canvas_width_height()[1]
            # one transform of all of a stamp's points: the same affine arithmetic, point by point, as one each
            where = {}
            for stamp in stamps:
                mine = [(float(stamp.convert_xunits(x)), float(stamp.convert_yunits(y)))
                        for s, x, y, _, _ in self.texts if s is stamp]
                where[id(stamp)] = iter(stamp.get_transform().transform(np.array(mine, dtype=float).reshape(-1, 2)))
            dir_vert = np.array([np.sin(np.deg2rad(0.0)), np.cos(np.deg2rad(0.0))])
            layouts: dict[tuple[int, str], tuple | None] = {}
            styles: dict[tuple[int, str], str] = {}
            writer = svg.writer
            for stamp, x, y, text, color in self.texts:
                posx, posy = next(where[id(stamp)])
                if not text:
                    continue
                # a stamp is only moved, written and coloured when matplotlib needs it so: each change of a
                # matplotlib artist tells its axes and figure, which cost more than the rest of an item
                layout = layouts.get((id(stamp), text), False)
                if layout is False:
                    stamp.set_text(text)
                    _, info, _ = stamp._get_layout(renderer)
                    line, ismath = stamp._preprocess_math(info[0][0]) if len(info) == 1 else ("", True)
                    layout = layouts[(id(stamp), text)] = None if ismath else (line, *info[0][2])
                if layout is None or not (np.isfinite(posx) and np.isfinite(posy)):
                    self._place(stamp, x, y, text, color).draw(renderer)
                    continue
                line, dx, dy = layout
                color = self.own[id(stamp)] if color is None else color
                style = styles.get((id(stamp), color))
                if style is None:
                    style = styles[(id(stamp), color)] = self._style(svg, self._place(stamp, x, y, text, color),
                                                                     line)
                # Text.draw: the line's place, flipped; the SVG renderer: the anchor, moved by the vertical offset
                tx, ty = dx + posx, height - (dy + posy)
                ax, ay = posx, height - posy
                v_offset = np.dot(dir_vert, [(tx - ax), (ty - ay)])
                ax = ax + v_offset * dir_vert[0]
                ay = ay + v_offset * dir_vert[1]
                svg.open_group("text")
                writer.element("text", line, attrib={
                    "style": style, "x": _short_float_fmt(ax), "y": _short_float_fmt(ay),
                    "transform": _generate_transform([("rotate", (-0.0, ax, ay))])})
                svg.close_group("text")
            self._clear(stamps)

        @staticmethod
        def _style(svg, stamp, line: str) -> str:
            """The style matplotlib writes for the stamp's text in its current colour (the same wherever it
            stands and whatever it says)."""
            gc = svg.new_gc()
            gc.set_foreground(to_rgba(stamp.get_color()), isRGBA=True)
            gc.set_alpha(stamp.get_alpha())
            gc.set_antialiased(stamp._antialiased)
            gc.set_snap(stamp.get_snap())
            kept, svg.writer = svg.writer, _Attributes()
            try:
                svg.draw_text(gc, 0.0, 0.0, line, stamp._fontproperties, 0.0, ismath=False, mtext=stamp)
                return svg.writer.attrib["style"]
            finally:
                svg.writer = kept
                gc.restore()

        def _place(self, stamp, x, y, text, color):
            stamp.set_x(x)
            stamp.set_y(y)
            stamp.set_text(text)
            stamp.set_color(self.own[id(stamp)] if color is None else color)
            return stamp

        def _clear(self, stamps) -> None:
            """Empty again, so that a second drawing of the figure does not draw a stamp's last text twice."""
            for stamp in stamps:
                stamp.set_text("")
                stamp.set_color(self.own[id(stamp)])

    return TextRun


def _text_width_in(texts: Iterable[str], size: float) -> float:
    """Width in inches of the widest of ``texts`` in the style's font, measured once per distinct text."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    renderer = RendererAgg(10, 10, 72)  # at 72 dpi a point is a pixel
    font = FontProperties(size=size)
    return max((renderer.get_text_width_height_descent(t, font, ismath=False)[0] for t in set(texts)),
               default=0.0) / 72


FILE_STATUS_COLORS = {"loaded": "#3f78ad", "partial": "#f1c453", "quarantined": CONFLICT, "duplicate": "#9e9e9e"}


def files_chart(rows: list[Row], image_format: str = "svg") -> bytes:
    """Input files per kind, split by what became of them."""
    with _style():
        kinds = sorted({r["kind"] for r in rows})
        fig = _figure(7.0, 0.9 + 0.3 * max(1, len(kinds)))
        ax = fig.add_subplot()
        if not rows:
            _empty(ax, "no input file was read")
            return _save(fig, image_format)
        for i, kind in enumerate(kinds):
            left = 0
            for status, color in FILE_STATUS_COLORS.items():
                n = sum(r["files"] for r in rows if r["kind"] == kind and r["status"] == status)
                if n:
                    ax.barh(i, n, left=left, color=color, height=0.6, label=status)
                    ax.text(left + n / 2, i, str(n), ha="center", va="center", fontsize=6.5,
                            color="#ffffff" if status in ("loaded", "quarantined") else "#1a1a1a")
                    left += n
        ax.set_yticks(range(len(kinds)), [f"{k} files" for k in kinds], fontsize=7)
        ax.invert_yaxis()
        ax.set_xlabel("files", fontsize=7)
        handles, labels = ax.get_legend_handles_labels()
        unique = dict(zip(labels, handles, strict=True))
        fig.legend(unique.values(), unique.keys(), fontsize=6.5, loc="outside upper right", ncols=4)
        return _save(fig, image_format)
