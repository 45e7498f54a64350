"""The quarantine and the ledger of input files: nothing a run reads disappears silently.

Every input file gets one ``FileLedger``. Each item read from it (a claim, a spreadsheet row, a manifest line) is
counted once when read and is loaded unless it is quarantined, so ``rows_read = rows_loaded + rows_quarantined``
holds by construction: ``rows_loaded`` is never counted, it is what is left. Every way of rejecting something (a file,
an item, a failed pandera check) goes through ``Intake``, which writes the quarantine row and moves the count in the
same call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pandera.polars as pa
import polars as pl

from ocop_pipeline.contracts import QUARANTINE, SOURCE_FILES, Table


@dataclass(frozen=True)
class Rejection:
    source_id: str
    stage: str  # one of vocab.QUARANTINE_STAGES
    reason: str
    raw_values: dict[str, Any] | None = None
    sheet: str | None = None
    row_number: int | None = None
    column_name: str | None = None
    item_id: str | None = None

    def as_row(self) -> dict[str, Any]:
        return {
            "source_id": self.source_id,
            "stage": self.stage,
            "sheet": self.sheet,
            "row_number": self.row_number,
            "column_name": self.column_name,
            "item_id": self.item_id,
            "reason": self.reason,
            "raw_values": None if self.raw_values is None else json.dumps(self.raw_values, ensure_ascii=False, default=str),
        }


def describe_exception(exc: BaseException) -> str:
    """One line naming an unexpected error: its type and the first line of its message."""
    message = (str(exc).strip().splitlines() or [""])[0][:300]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


class FileLedger:
    """What became of one input file and of every item read from it."""

    def __init__(self, intake: Intake, source_id: str, kind: str, sha256: str | None, size_bytes: int) -> None:
        self._intake = intake
        self.source_id = source_id
        self.kind = kind
        self.sha256 = sha256
        self.size_bytes = size_bytes
        self.read = 0
        self.structural = 0
        self._quarantined: set[str] = set()
        self.error: str | None = None
        self.duplicate_of: str | None = None
        self._file_rejected = False

    @property
    def quarantined(self) -> int:
        return len(self._quarantined)

    @property
    def loaded(self) -> int:
        return self.read - self.quarantined

    @property
    def status(self) -> str:
        if self.duplicate_of is not None:
            return "duplicate"
        if self._file_rejected:
            return "quarantined"
        return "partial" if self._quarantined else "loaded"

    def count_read(self, items: int = 1) -> None:
        self.read += items

    def count_structural(self, rows: int = 1) -> None:
        self.structural += rows

    def quarantine(self, item: str, stage: str, reason: str, **details: Any) -> None:
        """Quarantine one item already counted as read; a second rejection of the same item adds its reason only."""
        self._intake.rejections.append(Rejection(self.source_id, stage, reason, **details))
        self._quarantined.add(item)

    def is_quarantined(self, item: str) -> bool:
        return item in self._quarantined

    def note(self, stage: str, reason: str, **details: Any) -> None:
        """A rejection that is not an item of the count: a sheet without a header, a manifest column missing."""
        self._intake.rejections.append(Rejection(self.source_id, stage, reason, **details))

    def reject_file(self, stage: str, reason: str, **details: Any) -> None:
        """The file as a whole could not be read: it loads nothing, so its counts start again from zero (the caller
        drops whatever it had taken from it) and its quarantine row says why."""
        self._intake.rejections.append(Rejection(self.source_id, stage, reason, **details))
        self._file_rejected = True
        self.error = reason
        self.read = self.structural = 0
        self._quarantined.clear()

    def mark_duplicate(self, of: str) -> None:
        self.duplicate_of = of

    def as_row(self) -> dict[str, Any]:
        return {
            "source_id": self.source_id, "kind": self.kind, "sha256": self.sha256, "size_bytes": self.size_bytes,
            "rows_read": self.read, "rows_loaded": self.loaded, "rows_quarantined": self.quarantined,
            "rows_structural": self.structural, "status": self.status, "error": self.error,
            "duplicate_of": self.duplicate_of,
        }


class Intake:
    """The ledgers of one ingest path's files and every rejection, with the one way to validate a frame."""

    def __init__(self) -> None:
        self.ledgers: dict[str, FileLedger] = {}
        self.rejections: list[Rejection] = []

    def open_file(self, source_id: str, kind: str, sha256: str | None, size_bytes: int) -> FileLedger:
        ledger = FileLedger(self, source_id, kind, sha256, size_bytes)
        self.ledgers[source_id] = ledger
        return ledger

    def validated(self, table: Table, frame: pl.DataFrame, item_columns: tuple[str, ...]) -> pl.DataFrame:
        """The rows of ``frame`` that pass ``table``'s pandera schema.

        A failing row is quarantined with every check it failed and its values, and so is every other row of the same
        item (``item_columns`` within its ``source_id``: a claim, or a spreadsheet row that gave several cells); the
        item's file ledger moves it from loaded to quarantined. For a repeated key, the first row is kept. A failure of
        the frame as a whole (a missing column, a wrong type) is a defect of the pipeline and raises.
        """
        frame = table.conform(frame)
        try:
            return table.pandera.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as errors:
            cases = errors.failure_cases
        frame_level = cases.filter(pl.col("index").is_null())
        if frame_level.height:
            raise ValueError(f"{table.name}: the frame itself breaks its contract: "
                             f"{frame_level.select('check', 'failure_case').rows()[:5]}")
        uniqueness = pl.col("check").is_in(["field_uniqueness", "multiple_fields_uniqueness"])
        reasons: dict[int, list[str]] = {}
        for index, column, check, failure in cases.filter(~uniqueness).select(
                "index", "column", "check", "failure_case").iter_rows():
            reasons.setdefault(index, []).append(f"{column + ': ' if column else ''}{check} ({failure})")
        repeats: set[int] = set()
        if cases.filter(uniqueness).height:
            # The first row of a repeated key is kept; the later ones are the repetitions.
            nth = frame.select(pl.int_range(pl.len()).rank("ordinal").over(list(table.key)).alias("nth"))["nth"]
            repeats = set((nth > 1).arg_true().to_list())
            for index in repeats:
                reasons.setdefault(index, []).append(f"repeats the key {list(table.key)} of an earlier row")
        item_key = pl.concat_str([pl.col(c).cast(pl.String).fill_null("") for c in item_columns], separator="!")
        items = frame.select(pl.col("source_id"), item_key.alias("item"))
        failed_items: set[tuple[str, str]] = set()
        for index in sorted(reasons):
            row = frame.row(index, named=True)
            source_id, item = items.row(index)
            if index in repeats and index not in failed_items:
                item = f"{item}#repeat{index}"  # the first row of the key stays loaded under the item's own name
            else:
                failed_items.add((source_id, item))
            self.ledgers[source_id].quarantine(
                item, "validate", "failed checks: " + "; ".join(reasons[index]), raw_values=row,
                sheet=row.get("sheet"), row_number=row.get("row_number"), item_id=str(row.get(item_columns[0])))
        bad = items.with_row_index("index").select(
            ((pl.struct("source_id", "item").is_in([{"source_id": s, "item": i} for s, i in failed_items]))
             | pl.col("index").is_in(sorted(repeats))).alias("bad"))["bad"]
        return table.pandera.validate(frame.filter(~bad))

    def quarantine_frame(self) -> pl.DataFrame:
        return QUARANTINE.frame(r.as_row() for r in self.rejections)

    def source_files_frame(self) -> pl.DataFrame:
        return SOURCE_FILES.frame(ledger.as_row() for ledger in self.ledgers.values()).sort("source_id")


class IngestBatch:
    """What one ingest path read: its ``Intake`` (ledgers and rejections) and the rows it loaded."""

    intake: Intake

    @property
    def rejections(self) -> list[Rejection]:
        return self.intake.rejections

    @property
    def source_files(self) -> list[dict[str, Any]]:
        return [ledger.as_row() for ledger in self.intake.ledgers.values()]
