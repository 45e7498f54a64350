"""Read a spreadsheet file into raw grids of text, one per sheet, keeping the row numbers a person sees."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import fastexcel


@dataclass(frozen=True)
class Grid:
    sheet: str
    rows: list[list[str | None]]  # rows[i] is spreadsheet row i + 1


class UnreadableFile(Exception):
    """The file cannot be read at all (corrupt, password-protected, not a spreadsheet)."""


def _cell_text(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].lstrip("-").isdigit():
        text = text[:-2]
    return text or None


def read_grids(path: Path) -> list[Grid]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return [_read_csv(path)]
    if suffix in (".xlsx", ".xlsm", ".xls"):
        return _read_excel(path)
    raise UnreadableFile(f"unsupported file type {suffix}")


def _read_excel(path: Path) -> list[Grid]:
    head = path.read_bytes()[:8]
    if head.startswith(b"\xd0\xcf\x11\xe0") and path.suffix.lower() != ".xls":
        # An .xlsx saved with a password is an encrypted OLE container, not a zip.
        raise UnreadableFile("password-protected or encrypted workbook (OLE container, not an .xlsx zip)")
    try:
        reader = fastexcel.read_excel(path)
        grids = []
        for name in reader.sheet_names:
            sheet = reader.load_sheet(name, header_row=None, skip_rows=0, dtypes="string")
            frame = sheet.to_polars()
            rows = [[_cell_text(v) for v in row] for row in frame.iter_rows()]
            grids.append(Grid(name, rows))
        return grids
    except UnreadableFile:
        raise
    except Exception as exc:  # fastexcel raises several error types for damaged files
        raise UnreadableFile(f"cannot read workbook: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}") from exc


def _read_csv(path: Path) -> Grid:
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "utf-16"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UnreadableFile("CSV is not UTF-8: save it as UTF-8 (with or without BOM)")
    if "\x00" in text:
        raise UnreadableFile("CSV holds binary data")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = [[_cell_text(v) for v in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return Grid(path.stem, rows)
