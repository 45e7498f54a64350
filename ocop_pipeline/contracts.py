"""One declaration per table: its columns, types, constraints and documentation.

Everything else is derived from these declarations, never written again:

* the DuckDB DDL with a COMMENT on every table and column (``Table.ddl``), which the warehouse build executes;
* the polars schema every frame is built with (``Table.schema``, ``Table.frame``), so no column type is ever guessed
  from rows;
* the pandera schema every frame is validated with (``Table.pandera``);
* the Dagster column schema and descriptions shown in the UI, and the data dictionary
  (``python -m ocop_pipeline.contracts`` prints it as Markdown).

Columns shared by several tables (the claim shape, the aggregate shape) are declared once and composed.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pandera.polars as pa
import polars as pl

from ocop_pipeline import vocab

# ----------------------------------------------------------------------------------------------------------------
# the declaration language


@dataclass(frozen=True)
class Col:
    """A column: name, polars type, documentation and the constraints pandera checks on every row."""

    name: str
    dtype: Any  # a polars data type
    doc: str
    nullable: bool = True
    isin: tuple | None = None
    ge: float | None = None
    le: float | None = None
    pattern: str | None = None
    min_length: int | None = None

    def documented(self, doc: str) -> Col:
        return dataclasses.replace(self, doc=doc)

    def checks(self) -> list[pa.Check]:
        checks = []
        if self.isin is not None:
            checks.append(pa.Check.isin(list(self.isin)))
        if self.ge is not None:
            checks.append(pa.Check.ge(self.ge))
        if self.le is not None:
            checks.append(pa.Check.le(self.le))
        if self.pattern is not None:
            checks.append(pa.Check.str_matches(self.pattern))
        if self.min_length is not None:
            checks.append(pa.Check.str_length(min_value=self.min_length))
        return checks


@dataclass(frozen=True)
class RowRule:
    """A rule across columns that every row must satisfy (a polars expression that is true for a valid row)."""

    name: str
    doc: str
    expression: Callable[[], pl.Expr]


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    columns: tuple[Col, ...]
    key: tuple[str, ...] = ()
    rules: tuple[RowRule, ...] = ()
    published: bool = True  # False: an intermediate frame, validated but never written to the warehouse

    def __post_init__(self) -> None:
        names = [c.name for c in self.columns]
        duplicated = {n for n in names if names.count(n) > 1}
        unknown_key = [k for k in self.key if k not in names]
        if duplicated or unknown_key:
            raise ValueError(f"table {self.name}: repeated columns {duplicated}, key columns not declared {unknown_key}")

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @cached_property
    def schema(self) -> dict[str, Any]:
        return {c.name: c.dtype for c in self.columns}

    def column(self, name: str) -> Col:
        return next(c for c in self.columns if c.name == name)

    def frame(self, rows: Iterable[Mapping[str, Any]] | None = None) -> pl.DataFrame:
        """A frame of this table built from dict rows with the declared schema (missing keys are NULL)."""
        rows = list(rows or [])
        if not rows:
            return pl.DataFrame(schema=self.schema)
        return pl.DataFrame(rows, schema=self.schema)

    def empty(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.schema)

    def conform(self, frame: pl.DataFrame) -> pl.DataFrame:
        """The declared columns in declared order and types (a defect in our code raises here, not in DuckDB)."""
        missing = [c for c in self.column_names if c not in frame.columns]
        extra = [c for c in frame.columns if c not in self.schema]
        if missing or extra:
            raise ValueError(f"frame for {self.name}: missing columns {missing}, undeclared columns {extra}")
        return frame.select(self.column_names).cast(self.schema)

    @cached_property
    def pandera(self) -> pa.DataFrameSchema:
        checks = [pa.Check(_row_check(rule), name=rule.name, error=rule.doc) for rule in self.rules]
        return pa.DataFrameSchema(
            {c.name: pa.Column(c.dtype, checks=c.checks(), nullable=c.nullable) for c in self.columns},
            strict=True,
            unique=list(self.key) or None,
            checks=checks,
            name=self.name,
        )

    def ddl(self) -> str:
        lines = [f"    {_quoted(c.name)} {duckdb_type(c.dtype)}{'' if c.nullable else ' NOT NULL'}" for c in self.columns]
        if self.key and not any(self.column(k).nullable for k in self.key):
            # DuckDB's PRIMARY KEY forbids NULL; keys with nullable parts (stars) are checked unique by pandera.
            lines.append(f"    PRIMARY KEY ({', '.join(_quoted(k) for k in self.key)})")
        statements = [f"CREATE TABLE {self.name} (\n" + ",\n".join(lines) + "\n);",
                      f"COMMENT ON TABLE {self.name} IS {_literal(self.doc)};"]
        statements += [f"COMMENT ON COLUMN {self.name}.{_quoted(c.name)} IS {_literal(c.doc)};" for c in self.columns]
        return "\n".join(statements)

    def docs(self) -> dict[str, str]:
        return {c.name: c.doc for c in self.columns}


def _row_check(rule: RowRule):
    def check(data) -> pl.LazyFrame:
        return data.lazyframe.select(rule.expression())

    return check


_RESERVED = {"values", "order", "group", "default", "select", "from", "where"}


def _quoted(name: str) -> str:
    return f'"{name}"' if name in _RESERVED else name


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def duckdb_type(dtype: Any) -> str:
    """The DuckDB type of a polars data type."""
    simple = {
        pl.String: "VARCHAR", pl.Int64: "BIGINT", pl.Int32: "INTEGER", pl.Float64: "DOUBLE", pl.Boolean: "BOOLEAN",
        pl.Date: "DATE",
    }
    for polars_type, sql in simple.items():
        if dtype == polars_type:
            return sql
    if isinstance(dtype, pl.Datetime):
        return "TIMESTAMPTZ" if dtype.time_zone else "TIMESTAMP"
    if isinstance(dtype, pl.List):
        return duckdb_type(dtype.inner) + "[]"
    if isinstance(dtype, pl.Struct):
        return "STRUCT(" + ", ".join(f"{_quoted(f.name)} {duckdb_type(f.dtype)}" for f in dtype.fields) + ")"
    raise TypeError(f"no DuckDB type declared for polars type {dtype}")


def _docs(columns: Iterable[Col], **docs: str) -> tuple[Col, ...]:
    """The same columns with some descriptions made specific to one table."""
    unknown = set(docs) - {c.name for c in columns}
    if unknown:
        raise ValueError(f"no such columns {unknown}")
    return tuple(c.documented(docs[c.name]) if c.name in docs else c for c in columns)


# ----------------------------------------------------------------------------------------------------------------
# shared columns

TEXT, INT, FLOAT, BOOL, DATE = pl.String, pl.Int64, pl.Float64, pl.Boolean, pl.Date
TIMESTAMP = pl.Datetime("us", "UTC")
GSO_CODE = r"^\d{2}$"
SHA256 = r"^[0-9a-f]{64}$"

LAYOUT = Col("layout", TEXT, "pre2025 (63 units, until 2025-06-30) or from2025 (34 units, from 2025-07-01).",
             isin=vocab.LAYOUTS)
PROVINCE_CODE = Col("province_code", TEXT, "Statistics-office (GSO) code, two digits as text; unique only within a layout.",
                    pattern=GSO_CODE)
YEAR = Col("year", INT, "Year the figure refers to.", ge=vocab.YEAR_MIN, le=vocab.YEAR_MAX)
STARS = Col("stars", TEXT, "3, 4, 5, potential_5 (tiềm năng 5 sao), or NULL for every level from 3 stars up.",
            isin=vocab.STAR_LEVELS)
SUBJECT_TYPE = Col("subject_type", TEXT, "enterprise, cooperative, cooperative_group or household for a producer "
                   "breakdown; NULL for all producers.", isin=vocab.SUBJECT_TYPES)
SOURCE_ID = Col("source_id", TEXT, "Path of the input file relative to OCOP_RAW_DIR (forward slashes).", nullable=False)

# The shape of every reported figure, whether an article said it, a summary-table cell held it or a product list
# implies it. article_claims, sheet_claims and claims share it.
CLAIM_SHAPE: tuple[Col, ...] = (
    Col("geo_level", TEXT, "national, region, province or district.", nullable=False, isin=vocab.GEO_LEVELS),
    Col("geo_name", TEXT, "Canonical place: Việt Nam, a dim_region.region_name, a dim_province.province_name, or the "
        "district name as written.", nullable=False),
    PROVINCE_CODE.documented("GSO code of the province (for a district, of its province); NULL for national and "
                             "regional figures."),
    LAYOUT.documented("Layout of province_code: the one in force at the figure's date. Always set with province_code."),
    Col("region", TEXT, "Socio-economic region of the place."),
    Col("place_exists_on_date", BOOL, "False when the named province did not exist at the figure's date (Trà Vinh in "
        "late 2025): the claim keeps the old unit; reconciliation rolls it up.", nullable=False),
    YEAR,
    Col("as_of", DATE, "Publication or decision date, when known: the latest one wins a conflict."),
    Col("kind", TEXT, "cumulative (total up to a point), new (recognised in that year or round) or target (phấn đấu, "
        "mục tiêu, kế hoạch, dự kiến).", nullable=False, isin=vocab.KINDS),
    Col("metric", TEXT, "products, subjects (chủ thể), revenue_uplift_pct, price_uplift_pct, output_uplift_pct, or a "
        "narrower count: products_upgraded (nâng hạng), products_tourism, products_in_group.", nullable=False,
        pattern=r"^[a-z_0-9]+$"),
    STARS,
    SUBJECT_TYPE,
    Col("value", FLOAT, "The figure (10.880 read as 10880, 11,5 as 11.5); the low end of a range.", nullable=False, ge=0),
    Col("value_high", FLOAT, "Top of a range (5-8%, 28-30 tổ chức), else NULL.", ge=0),
    Col("qualifier", TEXT, "at_least (trên, hơn, ít nhất, tối thiểu), approx (khoảng, gần) or NULL.",
        isin=vocab.QUALIFIERS),
)
QUOTE = Col("quote", TEXT, "The words or cell the figure came from.", nullable=False, min_length=1)
RULE_ID = Col("rule_id", TEXT, "Rule that produced the figure.", nullable=False)
DECIDED_BY = Col("decided_by", TEXT, "How place, kind and year were chosen, to trace a wrong figure.", nullable=False)


def _claim_key_has_layout() -> pl.Expr:
    return pl.col("province_code").is_null() | pl.col("layout").is_not_null()


PROVINCE_KEY_HAS_LAYOUT = RowRule("province_keys_carry_their_layout",
                                  "A figure that names a province names its layout too (codes were reused in 2025).",
                                  _claim_key_has_layout)
RANGE_FORWARD = RowRule("ranges_run_forward", "value_high, when set, is not below value.",
                        lambda: pl.col("value_high").is_null() | (pl.col("value_high") >= pl.col("value")))

# ----------------------------------------------------------------------------------------------------------------
# reference geography

DIM_REGION = Table(
    "dim_region",
    "The 6 socio-economic regions of Viet Nam (GSO statistical classification), with how many provincial units each "
    "holds in each layout. Regions of the 34 from2025 units are inferred (see dim_province.region_basis).",
    (
        Col("region_code", TEXT, "Short stable key of the region, e.g. DBSCL.", nullable=False),
        Col("region_name", TEXT, "Official Vietnamese name, e.g. Đồng bằng sông Cửu Long.", nullable=False),
        Col("short_name", TEXT, "Abbreviation used in reports, e.g. ĐBSCL.", nullable=False),
        Col("aliases", pl.List(TEXT), "Other names the press uses for the region (miền Tây, miền núi phía Bắc …); the "
            "resolver accepts all of them."),
        Col("provinces_pre2025", INT, "Number of provincial units in the region in the 63-unit layout (until "
            "2025-06-30).", nullable=False, ge=1),
        Col("provinces_from2025", INT, "Number of provincial units in the region in the 34-unit layout (from "
            "2025-07-01), by the inferred assignment.", nullable=False, ge=1),
    ),
    key=("region_code",),
)

DIM_PROVINCE = Table(
    "dim_province",
    "Provincial units, one row per unit and layout: 63 pre2025 units (until 2025-06-30) and 34 from2025 units (from "
    "2025-07-01). Codes were reused for other territory in 2025 (80 was Long An, is now Tây Ninh): always join on "
    "(layout, province_code).",
    (
        dataclasses.replace(LAYOUT, nullable=False, doc="pre2025 (63 units, until 2025-06-30) or from2025 (34 units, "
                            "from 2025-07-01). Part of the key."),
        dataclasses.replace(PROVINCE_CODE, nullable=False),
        Col("province_name", TEXT, "Canonical name without prefix (Cà Mau, Hồ Chí Minh, Thừa Thiên Huế).",
            nullable=False),
        Col("name_ascii", TEXT, "The name without diacritics.", nullable=False, pattern=r"^[A-Za-z \-]+$"),
        Col("kind", TEXT, "province (tỉnh) or city (centrally-run thành phố).", nullable=False,
            isin=("province", "city")),
        Col("region_code", TEXT, "Region key, see dim_region.", nullable=False),
        Col("region_name", TEXT, "Socio-economic region name.", nullable=False),
        Col("region_basis", TEXT, "How the region was assigned: GSO classification (pre2025) or the inference rule for "
            "the from2025 units.", nullable=False),
        Col("valid_from", DATE, "First day the unit exists in this layout.", nullable=False),
        Col("valid_to", DATE, "Last day the unit exists in this layout; NULL while in force."),
        Col("aliases", pl.List(TEXT), "Spellings seen in news and spreadsheets (TP.HCM, BR-VT, Bắc Cạn …) that the "
            "resolver maps to this unit."),
    ),
    key=("layout", "province_code"),
)

PROVINCE_MERGER_2025 = Table(
    "province_merger_2025",
    "The 2025 reorganisation: each of the 63 pre2025 units and the one from2025 unit it became on 2025-07-01 (no unit "
    "was split). Use it to roll pre2025 figures up into the 34-unit layout.",
    (
        Col("old_layout", TEXT, "Always pre2025.", nullable=False, isin=(vocab.PRE2025,)),
        Col("old_province_code", TEXT, "GSO code of the unit before the merger.", nullable=False, pattern=GSO_CODE),
        Col("old_province_name", TEXT, "Name of the unit before the merger.", nullable=False),
        Col("new_layout", TEXT, "Always from2025.", nullable=False, isin=(vocab.FROM2025,)),
        Col("new_province_code", TEXT, "GSO code of the unit it became (may equal another old unit's code).",
            nullable=False, pattern=GSO_CODE),
        Col("new_province_name", TEXT, "Name of the unit it became.", nullable=False),
        Col("effective_date", DATE, "Date the new layout took effect (2025-07-01).", nullable=False),
        Col("name_kept", BOOL, "True when the new unit kept this old unit's name.", nullable=False),
    ),
    key=("old_layout", "old_province_code"),
)

# ----------------------------------------------------------------------------------------------------------------
# articles

ARTICLES = Table(
    "articles",
    "One row per article extract under OCOP_RAW_DIR/articles, read or not: where it came from, the province it is "
    "about, how many claims it gave.",
    (
        SOURCE_ID.documented("Path of the file relative to OCOP_RAW_DIR (e.g. articles/ca_mau_2021.txt): the key "
                             "every claim points back to."),
        Col("sha256", TEXT, "SHA-256 of the file's bytes; NULL for a file that was not read (a link pointing "
            "outside the raw folder).", pattern=SHA256),
        Col("encoding", TEXT, "Encoding the text was read in (utf-8, utf-8-sig, utf-16, utf-16-le, utf-16-be); NULL "
            "when unreadable."),
        Col("url", TEXT, "Address of the original article, from manifest.csv."),
        Col("outlet", TEXT, "Publishing outlet, from manifest.csv."),
        Col("published", DATE, "Publication date: from manifest.csv, else the first full date near the top of the "
            "text, else NULL."),
        Col("published_from", TEXT, "Where published came from: manifest, address (a date in the article's url) or "
            "text (a dateline).", isin=("manifest", "address", "text")),
        Col("province_name", TEXT, "The article's own province: the one it names most often in its headline and "
            "body; for a page naming none, the one its masthead or else its manifest outlet names, else the province "
            "of the district it is about when only one province had a district of that name, else the one province "
            "the slug of its manifest url names. A page about the "
            "country or a region holds that name here, with province_code NULL. It stands for \"tỉnh\"/\"toàn "
            "tỉnh\" in sentences naming no place."),
        PROVINCE_CODE.documented("GSO code of province_name in layout."),
        LAYOUT.documented("Layout of province_code (pre2025 or from2025)."),
        Col("characters", INT, "Length of the NFC text in characters (0 when unreadable).", nullable=False, ge=0),
        Col("claims", INT, "Claims loaded into article_claims from this article.", nullable=False, ge=0),
        Col("claims_quarantined", INT, "Claims found but sent to the quarantine (implausible, invalid, or in damaged "
            "text).", nullable=False, ge=0),
        Col("status", TEXT, "loaded; quarantined when the file could not be read at all (see error and the quarantine "
            "table); duplicate when its bytes equal an earlier file's (see duplicate_of: its claims are that file's).",
            nullable=False, isin=vocab.ARTICLE_STATUSES),
        Col("error", TEXT, "Why the file could not be read (empty, binary, not UTF-8/UTF-16)."),
        Col("warnings", TEXT, "What was repaired while reading a readable file (invalid bytes replaced by U+FFFD, "
            "control characters removed); NULL when nothing was."),
        Col("duplicate_of", TEXT, "For a duplicate: the source_id of the earlier file with the same bytes."),
    ),
    key=("source_id",),
)

ARTICLE_CLAIMS = Table(
    "article_claims",
    "Every OCOP figure stated in an article, one row per statement, as the source said it (never overwritten): "
    "place, year, kind, metric, value and the exact words it came from.",
    (
        Col("claim_id", TEXT, "Stable id: the first 16 hex digits of the article's SHA-256 and the claim's number in "
            "it (a file whose bytes repeat an earlier one's is recorded as a duplicate and not extracted again).",
            nullable=False),
        SOURCE_ID.documented("The article (articles.source_id)."),
        *_docs(
            CLAIM_SHAPE,
            year="Year the figure refers to: named in its sentence, else the sentence it continues, else the latest "
                 "achieved year of its paragraph or article, else the publication year; NULL when unknown (always for "
                 "targets that name none).",
            as_of="Publication date of the article, when known.",
            layout="Layout of province_code: the one in force at the figure's date (publication date, else 31 Dec of "
                   "year). Always set with province_code.",
        ),
        Col("applies_to_share_pct", FLOAT, "For an uplift: the share of products it applies to, when stated (có hơn "
            "30% sản phẩm ...).", ge=0, le=100),
        Col("span_start", INT, "Start offset of the quote in the article's NFC text (0-based, characters).",
            nullable=False, ge=0),
        Col("span_end", INT, "End offset (exclusive) of the quote in the NFC text.", nullable=False, ge=1),
        QUOTE.documented("Exactly the NFC text between span_start and span_end."),
        RULE_ID.documented("Extractor rule that produced the figure (ocop_pipeline/articles/rules.py); a>b means rule "
                           "a, re-typed as metric b."),
        Col("block", TEXT, "Where in the article: body, title, caption, or related_headline (a headline of another "
            "article listed on the page).", nullable=False, isin=vocab.ARTICLE_BLOCKS),
        DECIDED_BY.documented("How place, kind and year were chosen (the marker or mention that decided), to trace a "
                              "wrong figure."),
    ),
    key=("claim_id",),
    rules=(PROVINCE_KEY_HAS_LAYOUT, RANGE_FORWARD),
)

# ----------------------------------------------------------------------------------------------------------------
# spreadsheets

DIM_SUBJECT = Table(
    "dim_subject",
    "OCOP producers (chủ thể) named in product lists, one row per normalised name within one from2025 province.",
    (
        Col("subject_id", TEXT, "Stable key: hash of normalized_name and the from2025 province code.", nullable=False),
        Col("subject_name", TEXT, "Name as last written in a list.", nullable=False),
        Col("normalized_name", TEXT, "Name with case, tone-mark placement, punctuation and spacing folded: what "
            "identifies the producer.", nullable=False),
        SUBJECT_TYPE.documented("enterprise (Công ty, CTCP, TNHH, DNTN), cooperative (HTX, Hợp tác xã), "
                                "cooperative_group (THT, Tổ hợp tác), household (Hộ kinh doanh, HKD, Hộ, Cơ sở); NULL "
                                "when the name does not say."),
        dataclasses.replace(LAYOUT, nullable=False, doc="Layout of province_code (the one in force at its latest "
                            "rating)."),
        dataclasses.replace(PROVINCE_CODE, nullable=False, doc="GSO code of the province of its latest rating."),
        Col("province_name", TEXT, "Province name in that layout.", nullable=False),
        Col("address", TEXT, "Address as last written, when the list gives one."),
    ),
    key=("subject_id",),
)

DIM_PRODUCT = Table(
    "dim_product",
    "OCOP products from product lists: one row per product (normalised name within one from2025 province), however "
    "often it was recognised again or upgraded.",
    (
        Col("product_id", TEXT, "Stable key: hash of normalized_name and successor_code, so a product keeps its id "
            "across years and the 2025 merger.", nullable=False),
        Col("product_name", TEXT, "Name as last written in a list.", nullable=False),
        Col("normalized_name", TEXT, "Name with case, tone-mark placement, punctuation and spacing folded.",
            nullable=False),
        Col("subject_id", TEXT, "Its producer (dim_subject), when a list names one."),
        dataclasses.replace(LAYOUT, nullable=False, doc="Layout of province_code: the one in force at its latest "
                            "rating."),
        dataclasses.replace(PROVINCE_CODE, nullable=False, doc="GSO code of its province at its latest rating."),
        Col("province_name", TEXT, "Province name in that layout.", nullable=False),
        Col("successor_layout", TEXT, "Always from2025.", nullable=False, isin=(vocab.FROM2025,)),
        Col("successor_code", TEXT, "GSO code of the from2025 unit its province is or became.", nullable=False,
            pattern=GSO_CODE),
        Col("district", TEXT, "District (huyện) from its section row, column or address, as of its latest rating "
            "(districts were abolished in 2025)."),
        Col("commune", TEXT, "Commune from its column or address."),
        Col("product_group", TEXT, "Product group (phân nhóm, ngành hàng) as the list writes it."),
    ),
    key=("product_id",),
)

_RATING_FACTS: tuple[Col, ...] = (
    Col("stars", INT, "3, 4 or 5 (read from 3, \"3 sao\", \"3*\", \"★★★\", \"Hạng 3 sao\", \"4 sao (nâng hạng)\").",
        nullable=False, isin=vocab.RATED_STARS),
    Col("status", TEXT, "new, re_evaluated or upgraded when the list says (mới, đánh giá lại, nâng hạng); NULL "
        "otherwise.", isin=vocab.RATING_STATUSES),
    Col("decision", TEXT, "Recognition decision number, e.g. 2919/QĐ-UBND, from the row or the title rows."),
    Col("recognized_on", DATE, "Decision date when stated (row, column or title rows)."),
    Col("recognized_year", INT, "Year of recognition: of recognized_on, else a year column, the title rows, the sheet "
        "or the file name.", ge=vocab.YEAR_MIN, le=vocab.YEAR_MAX),
)
_RATING_PLACE: tuple[Col, ...] = (
    dataclasses.replace(LAYOUT, nullable=False, doc="Layout in force at the decision date."),
    dataclasses.replace(PROVINCE_CODE, nullable=False, doc="GSO code of the recognising province in that layout."),
)
_RATING_SCORE = Col("score", FLOAT, "Evaluation score out of 100, when the list gives it.", ge=0, le=vocab.SCORE_MAX)
_RATING_ORIGIN: tuple[Col, ...] = (
    SOURCE_ID.documented("Spreadsheet file (path relative to OCOP_RAW_DIR)."),
    Col("sheet", TEXT, "Sheet name (the file name for a CSV).", nullable=False),
    Col("row_number", INT, "Row number as the spreadsheet shows it (1-based).", nullable=False, ge=1),
)

FACT_PRODUCT_RATING = Table(
    "fact_product_rating",
    "One row per star rating a list records: the same product recognised again or upgraded in a later year has "
    "several. Each row points to its file, sheet and row.",
    (
        Col("rating_id", TEXT, "Stable key: hash of source_id, sheet and row_number.", nullable=False),
        Col("product_id", TEXT, "The product (dim_product).", nullable=False),
        *_RATING_FACTS,
        Col("expires_on", DATE, "recognized_on + 36 months (certificates last 36 months); NULL when the decision date "
            "is unknown."),
        *_RATING_PLACE,
        _RATING_SCORE,
        *_RATING_ORIGIN,
    ),
    key=("rating_id",),
)

# One loaded product-list row with everything the dimensions are built from (not published as such).
RATING_ROWS = Table(
    "rating_rows",
    "Product-list rows as parsed, before the producer and product dimensions are built from them.",
    (
        *_RATING_ORIGIN,
        Col("product_name", TEXT, "Product name as written.", nullable=False),
        Col("subject_name", TEXT, "Producer name as written."),
        SUBJECT_TYPE,
        *_RATING_PLACE,
        Col("province_name", TEXT, "Province name in that layout.", nullable=False),
        Col("successor_code", TEXT, "GSO code of the from2025 unit.", nullable=False, pattern=GSO_CODE),
        Col("district", TEXT, "District."),
        Col("commune", TEXT, "Commune."),
        Col("address", TEXT, "Address."),
        Col("product_group", TEXT, "Product group."),
        *_RATING_FACTS,
        _RATING_SCORE,
        Col("product_key", TEXT, "Normalised product name.", nullable=False),
        Col("subject_key", TEXT, "Normalised producer name."),
        Col("product_id", TEXT, "Product key.", nullable=False),
        Col("subject_id", TEXT, "Producer key."),
        Col("rating_id", TEXT, "Rating key.", nullable=False),
    ),
    key=("rating_id",),
    published=False,
)

SHEET_CLAIMS = Table(
    "sheet_claims",
    "Figures from summary tables (counts by district and star level), one per cell, in the same shape as "
    "article_claims so reconciliation treats every reported figure alike.",
    (
        Col("claim_id", TEXT, "Stable key: hash of source_id, sheet and cell.", nullable=False),
        SOURCE_ID.documented("Spreadsheet file (path relative to OCOP_RAW_DIR)."),
        Col("sheet", TEXT, "Sheet name.", nullable=False),
        Col("row_number", INT, "Row number as the spreadsheet shows it.", nullable=False, ge=1),
        Col("cell", TEXT, "Cell reference of the figure, e.g. C7.", nullable=False, pattern=r"^[A-Z]+\d+$"),
        *_docs(
            CLAIM_SHAPE,
            geo_level="district for a district row, province for the total row or a province row.",
            geo_name="District name as written (without Huyện), or the canonical province name.",
            province_code="GSO code of the province (the file's province for a district row).",
            layout="Layout of province_code at the table's date.",
            place_exists_on_date="False when the province did not exist at the table's date.",
            year="Year from the title rows, sheet or file name.",
            as_of="Decision date named in the title rows, if any.",
            kind="cumulative, new or target, from the title's wording (same markers as articles).",
            metric="products or subjects.",
            value="The count in the cell.",
            value_high="Always NULL (cells hold single values); kept for the claims shape.",
            qualifier="Always NULL; kept for the claims shape.",
        ),
        QUOTE.documented("Row label, column header and cell text: what the cell says."),
        RULE_ID.documented("sheet.summary.<metric>."),
        DECIDED_BY.documented("Where place and year came from."),
    ),
    key=("claim_id",),
    rules=(PROVINCE_KEY_HAS_LAYOUT,),
)

# ----------------------------------------------------------------------------------------------------------------
# reconciliation

CLAIMS = Table(
    "claims",
    "Every reported figure in one shape: article claims, summary-table cells and counts derived from the product "
    "lists (ratings recognised per province, year and star level), each with its provenance.",
    (
        Col("claim_id", TEXT, "Id of the figure (article_claims.claim_id, sheet_claims.claim_id, or a hash for list "
            "counts).", nullable=False),
        Col("source_kind", TEXT, "article, sheet (summary table) or product_list (count of fact_product_rating rows).",
            nullable=False, isin=vocab.SOURCE_KINDS),
        SOURCE_ID.documented("File the figure came from (for product_list: the list files, comma-separated)."),
        Col("locator", TEXT, "Where in the file: chars <start>-<end> of the article, <sheet>!<cell>, or "
            "fact_product_rating.", nullable=False),
        *CLAIM_SHAPE,
        Col("applies_to_share_pct", FLOAT, "For an uplift: the share of products it applies to, when the article "
            "states it; NULL otherwise.", ge=0, le=100),
        QUOTE,
        RULE_ID,
    ),
    key=("claim_id",),
    rules=(PROVINCE_KEY_HAS_LAYOUT,),
)

REPORTED_VALUE = pl.Struct({
    "value": FLOAT, "value_high": FLOAT, "qualifier": TEXT, "source_kind": TEXT, "source_id": TEXT, "claim_id": TEXT,
    "as_of": DATE, "quote": TEXT,
})
STAT_KEY = ("layout", "province_code", "year", "metric", "stars", "subject_type", "kind")

PROVINCE_STATS = Table(
    "province_stats",
    "One reconciled count per layout × province × year × metric × stars × producer type × kind, with every reported "
    "value and its source beside it, and the rule that chose the value.",
    (
        dataclasses.replace(LAYOUT, nullable=False, doc="pre2025 or from2025 (from the figures' dates; a pre2025 "
                            "figure is never copied into from2025 here, see agg_* for roll-ups)."),
        dataclasses.replace(PROVINCE_CODE, nullable=False, doc="GSO code within layout."),
        dataclasses.replace(YEAR, nullable=False, doc="Year the figures refer to."),
        Col("metric", TEXT, "products or subjects.", nullable=False, isin=vocab.COUNT_METRICS),
        STARS,
        SUBJECT_TYPE.documented("Producer type, or NULL for all."),
        Col("kind", TEXT, "cumulative, new or target.", nullable=False, isin=vocab.KINDS),
        Col("province_name", TEXT, "Province name in layout.", nullable=False),
        Col("region", TEXT, "Socio-economic region."),
        Col("value", FLOAT, "The reconciled figure.", nullable=False, ge=0),
        Col("value_high", FLOAT, "Top of the range when the chosen figure is a range.", ge=0),
        Col("rule", TEXT, "Why this value: only source; all sources agree; exact figure consistent with the qualified "
            "ones; conflict: an official table or list outranks news / exact figures outrank rounded ones / the "
            "latest publication wins / the largest figure wins; several targets.", nullable=False),
        Col("status", TEXT, "single (one source), agreed (several, consistent), conflict (sources disagree: see "
            "reconciliation_issues), several (targets).", nullable=False, isin=vocab.STAT_STATUSES),
        Col("n_sources", INT, "Number of distinct source files that reported a value.", nullable=False, ge=1),
        Col("min_value", FLOAT, "Smallest reported value.", nullable=False),
        Col("max_value", FLOAT, "Largest reported value (top of ranges).", nullable=False),
        Col("reported_values", pl.List(REPORTED_VALUE), "Every value reported, one per source and distinct value, with "
            "source, claim id, date and quote.", nullable=False),
    ),
    key=STAT_KEY,
)

FACT_SALES_UPLIFT = Table(
    "fact_sales_uplift",
    "How much revenue, price or output rose after OCOP recognition, as each source stated it (ranges kept as "
    "low/high).",
    (
        Col("claim_id", TEXT, "The claim (claims.claim_id).", nullable=False),
        Col("geo_level", TEXT, "province, region, national or district.", nullable=False, isin=vocab.GEO_LEVELS),
        Col("geo_name", TEXT, "Place name.", nullable=False),
        LAYOUT.documented("Layout of province_code."),
        PROVINCE_CODE.documented("GSO code of the province, when the place is one."),
        Col("region", TEXT, "Socio-economic region."),
        YEAR,
        Col("kind", TEXT, "cumulative (observed) or target.", nullable=False, isin=vocab.KINDS),
        Col("metric", TEXT, "revenue, price or output.", nullable=False, isin=("revenue", "price", "output")),
        Col("low_pct", FLOAT, "Rise in percent (low end of a range).", nullable=False),
        Col("high_pct", FLOAT, "Top of the range (= low_pct for a single figure).", nullable=False),
        Col("share_pct", FLOAT, "Share of products the rise applies to, when stated (có hơn 30% sản phẩm …).",
            ge=0, le=100),
        Col("qualifier", TEXT, "at_least, approx or NULL.", isin=vocab.QUALIFIERS),
        SOURCE_ID.documented("The article."),
        QUOTE.documented("The words it came from."),
    ),
    key=("claim_id",),
)

RECONCILIATION_ISSUES = Table(
    "reconciliation_issues",
    "One row per problem reconciliation found, with a sentence a person can act on.",
    (
        Col("issue_id", TEXT, "Stable id of the issue.", nullable=False),
        Col("kind", TEXT, "breakdown_mismatch (parts of one source do not add up), source_conflict, list_disagrees (a "
            "product list and a reported count differ), count_falls (a cumulative count went down), "
            "place_not_in_force (a unit named after it ceased to exist).", nullable=False, isin=vocab.ISSUE_KINDS),
        Col("severity", TEXT, "warning: data to check, never a reason to stop a refresh.", nullable=False,
            isin=("warning",)),
        LAYOUT.documented("Layout of province_code."),
        PROVINCE_CODE.documented("GSO code of the province concerned."),
        Col("geo_name", TEXT, "Place concerned."),
        YEAR.documented("Year concerned."),
        Col("metric", TEXT, "Metric concerned."),
        STARS.documented("Star level concerned, if any."),
        Col("values", TEXT, "The values involved.", nullable=False),
        Col("sources", TEXT, "The sources involved.", nullable=False),
        Col("explained_by_expiry", BOOL, "For count_falls: whether certificate expiry (36 months) can explain the "
            "fall."),
        Col("message", TEXT, "What happened and what to do.", nullable=False),
    ),
    key=("issue_id",),
)

_AGGREGATE: tuple[Col, ...] = (
    dataclasses.replace(LAYOUT, nullable=False, doc="pre2025 (63 units) or from2025 (34 units; pre2025 figures roll up "
                        "into their 2025 unit when every predecessor reported)."),
    Col("region", TEXT, "Region name.", nullable=False),
    dataclasses.replace(YEAR, nullable=False, doc="Year."),
    Col("metric", TEXT, "products or subjects.", nullable=False, isin=vocab.COUNT_METRICS),
    STARS.documented("3, 4, 5, potential_5 or NULL (all)."),
    Col("kind", TEXT, "cumulative or new.", nullable=False, isin=vocab.ADDITIVE_KINDS),
    Col("reported_value", FLOAT, "What a source about the whole area said (exact figures first, then the latest), NULL "
        "if none did."),
    Col("reported_qualifier", TEXT, "at_least / approx when the reported value was \"trên\" / \"khoảng\".",
        isin=vocab.QUALIFIERS),
    Col("bottom_up_value", FLOAT, "Sum of the provinces' reconciled values (including carried-forward and rolled-up "
        "ones)."),
    Col("provinces_reporting", INT, "Units with a value in the sum (their own that year, carried forward, or rolled "
        "up).", nullable=False, ge=0),
    Col("provinces_carried_forward", INT, "Of those, units whose cumulative count was carried forward from an earlier "
        "year because they reported none that year.", nullable=False, ge=0),
    Col("provinces_rolled_up", INT, "Of those, from2025 units whose value is the sum of all their pre2025 "
        "predecessors.", nullable=False, ge=0),
    Col("provinces_total", INT, "Units in the area in this layout.", nullable=False, ge=1),
    Col("coverage_pct", FLOAT, "100 × provinces_reporting / provinces_total.", nullable=False, ge=0, le=100),
    Col("gap", FLOAT, "reported_value − bottom_up_value."),
    Col("reconciled_value", FLOAT, "The figure to use: the reported value when there is one, the bottom-up sum only "
        "when coverage is 100 %, else NULL."),
    Col("status", TEXT, "reported, complete_bottom_up, partial (no total can be given), or conflict (a complete "
        "bottom-up sum disagrees with an exact reported value).", nullable=False, isin=vocab.AGG_STATUSES),
    Col("sources", TEXT, "The sources about the whole area and their values.", nullable=False),
)
AGG_KEY = ("layout", "region", "year", "metric", "stars", "kind")
REPORTING_WITHIN_TOTAL = RowRule("reporting_within_total", "No more units report than the area has.",
                                 lambda: pl.col("provinces_reporting") <= pl.col("provinces_total"))

AGG_NATIONAL = Table(
    "agg_national",
    "The country per layout, year, metric, star level and kind: what a national source reported beside what the "
    "provinces add up to and how much of the country that covers. A partial sum is never presented as a total.",
    _docs(_AGGREGATE, region="Always Việt Nam.", provinces_total="Units in the country in this layout.",
          reported_value="What a national source said (exact figures first, then the latest), NULL if none did.",
          sources="The national sources and their values."),
    key=AGG_KEY,
    rules=(REPORTING_WITHIN_TOTAL,),
)

AGG_REGIONAL = Table(
    "agg_regional",
    "Each socio-economic region per layout, year, metric, star level and kind: what a regional source reported "
    "beside what the provinces add up to and how much of the region that covers. A partial sum is never presented as "
    "a total.",
    _docs(_AGGREGATE, region="Region name (dim_region.region_name).", provinces_total="Units in the region in this "
          "layout.", reported_value="What a regional source said (exact figures first, then the latest), NULL if "
          "none did.", sources="The regional sources and their values."),
    key=AGG_KEY,
    rules=(REPORTING_WITHIN_TOTAL,),
)

# ----------------------------------------------------------------------------------------------------------------
# what the run could not read, and what became of every file

QUARANTINE = Table(
    "quarantine",
    "Everything rejected, with its reason: unreadable files, files outside the raw folder, bad manifest or "
    "spreadsheet rows, implausible or invalid claims, items whose parsing failed. Nothing is dropped silently.",
    (
        SOURCE_ID.documented("File the rejected item came from (path relative to OCOP_RAW_DIR)."),
        Col("stage", TEXT, "Where it was rejected: scan (not read: outside the raw folder, unreadable), decode, "
            "manifest, extract, validate, read, sheet, header, row.", nullable=False, isin=vocab.QUARANTINE_STAGES),
        Col("sheet", TEXT, "Spreadsheet sheet, when the item is a spreadsheet row or sheet."),
        Col("row_number", INT, "Row number in the file or sheet (1-based, as a spreadsheet shows it; manifest: line "
            "number)."),
        Col("column_name", TEXT, "Column at fault, when one is."),
        Col("item_id", TEXT, "Id of the rejected item when it has one (a claim_id, a rating_id), else NULL."),
        Col("reason", TEXT, "Why it was rejected, in words a person can act on (a failed check names the check; an "
            "unexpected error names its type).", nullable=False, min_length=1),
        Col("raw_values", TEXT, "The rejected item as JSON (the claim or the row's raw cells)."),
    ),
)

SOURCE_FILES = Table(
    "source_files",
    "Every input file of the run with what became of it; rows_read = rows_loaded + rows_quarantined for every file.",
    (
        SOURCE_ID.documented("Path relative to OCOP_RAW_DIR."),
        Col("kind", TEXT, "article, manifest or spreadsheet.", nullable=False, isin=vocab.FILE_KINDS),
        Col("sha256", TEXT, "SHA-256 of the file's bytes; NULL for a file that was not read (outside the raw folder, "
            "unreadable).", pattern=SHA256),
        Col("size_bytes", INT, "File size in bytes.", nullable=False, ge=0),
        Col("rows_read", INT, "Items read: claims found (articles), data rows below the header including total rows "
            "(spreadsheets), lines (manifest).", nullable=False, ge=0),
        Col("rows_loaded", INT, "Items loaded into the warehouse.", nullable=False, ge=0),
        Col("rows_quarantined", INT, "Items sent to the quarantine.", nullable=False, ge=0),
        Col("rows_structural", INT, "Spreadsheet rows recognised as structure, not data: section headings (give the "
            "district below), footnotes. Not counted in rows_read.", nullable=False, ge=0),
        Col("status", TEXT, "loaded, partial (some items quarantined), quarantined (the file could not be read, see "
            "error) or duplicate (same bytes as duplicate_of, whose items stand for both).", nullable=False,
            isin=vocab.FILE_STATUSES),
        Col("error", TEXT, "Why the file could not be read."),
        Col("duplicate_of", TEXT, "For a duplicate: the source_id of the earlier file with the same bytes."),
    ),
    key=("source_id",),
    rules=(RowRule("every_item_read_is_loaded_or_quarantined", "rows_read = rows_loaded + rows_quarantined.",
                   lambda: pl.col("rows_read") == pl.col("rows_loaded") + pl.col("rows_quarantined")),),
)

# ----------------------------------------------------------------------------------------------------------------
# the history of publishes

_TABLE_ROWS = pl.List(pl.Struct({"table_name": TEXT, "rows": INT}))
REFRESH_LOG = Table(
    "refresh_log",
    "One row per publish of this warehouse, newest last: which run published it, from which raw folder, what changed "
    "since the previous publish, and how many rows each table had. Carried forward from the warehouse it replaced, so "
    "the history survives every republish.",
    (
        Col("run_id", TEXT, "Dagster run that published this warehouse.", nullable=False),
        Col("started", TIMESTAMP, "When the run started (UTC)."),
        Col("finished", TIMESTAMP, "When the build passed its checks and was published (UTC).", nullable=False),
        Col("trigger", TEXT, "What started the run: schedule, sensor, make run, or launched (the UI or the API).",
            nullable=False, isin=("schedule", "sensor", "make run", "launched")),
        Col("raw_dir", TEXT, "Absolute path of the raw folder the run read (OCOP_RAW_DIR or the settings "
            "resource).", nullable=False),
        Col("warehouse", TEXT, "Absolute path the warehouse was published to.", nullable=False),
        Col("files_new", INT, "Input files (source_id) not in the previous publish.", nullable=False, ge=0),
        Col("files_changed", INT, "Input files whose SHA-256 differs from the previous publish.", nullable=False,
            ge=0),
        Col("files_unchanged", INT, "Input files with the same SHA-256 as in the previous publish.", nullable=False,
            ge=0),
        Col("files_removed", INT, "Input files of the previous publish that are gone: their claims, products and "
            "quarantine rows are gone too.", nullable=False, ge=0),
        Col("files_quarantined", INT, "Input files that could not be read at all (source_files.status = "
            "quarantined).", nullable=False, ge=0),
        Col("rows_quarantined", INT, "Rows of the quarantine table (files, sheets, rows and claims rejected).",
            nullable=False, ge=0),
        Col("open_issues", INT, "Rows of reconciliation_issues.", nullable=False, ge=0),
        Col("issues_by_kind", pl.List(pl.Struct({"kind": TEXT, "issues": INT})), "Open reconciliation issues per "
            "kind."),
        Col("table_rows", _TABLE_ROWS, "Rows of every other published table."),
        Col("changes", pl.List(pl.Struct({"source_id": TEXT, "change": TEXT})), "The files behind files_new, "
            "files_changed and files_removed (change = new, changed or removed), sorted by source_id; at most "
            "1,000 per publish (the counts are always complete)."),
        Col("inventory_digest", TEXT, "SHA-256 over every input file's source_id and SHA-256: equal digests mean "
            "the same raw folder content.", nullable=False, pattern=SHA256),
        Col("code_fingerprint", TEXT, "SHA-256 of the pipeline's code, rules, reference data and SQL that built "
            "this warehouse.", nullable=False, pattern=SHA256),
    ),
    key=("run_id",),
)

# Build order: a table is created before the tables and views that read it.
TABLES: tuple[Table, ...] = (
    DIM_REGION, DIM_PROVINCE, PROVINCE_MERGER_2025, ARTICLES, ARTICLE_CLAIMS, DIM_SUBJECT, DIM_PRODUCT,
    FACT_PRODUCT_RATING, SHEET_CLAIMS, CLAIMS, PROVINCE_STATS, FACT_SALES_UPLIFT, RECONCILIATION_ISSUES, AGG_NATIONAL,
    AGG_REGIONAL, QUARANTINE, SOURCE_FILES, REFRESH_LOG,
)
PUBLISHED: dict[str, Table] = {t.name: t for t in TABLES if t.published}


def table(name: str) -> Table:
    return PUBLISHED[name]


def published_tables() -> list[str]:
    return list(PUBLISHED)


def data_dictionary() -> str:
    """Every published table and column with its type and description, as Markdown."""
    out = []
    for t in TABLES:
        out.append(f"### `{t.name}`\n\n{t.doc}\n")
        if t.key:
            out.append(f"Key: `({', '.join(t.key)})`\n")
        out.append("| column | type | description |\n| --- | --- | --- |")
        out += [f"| `{c.name}` | {duckdb_type(c.dtype)}{'' if c.nullable else ' NOT NULL'} | {c.doc} |"
                for c in t.columns]
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    if sys.argv[1:] == ["--ddl"]:
        print("\n\n".join(t.ddl() for t in TABLES))
    else:
        print(data_dictionary())
