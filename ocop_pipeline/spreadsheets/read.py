"""Read a spreadsheet file into raw grids of text, one per sheet, keeping the row numbers a person sees.

Real files are hostile, and the Rust reader underneath (fastexcel / calamine) does not fail gently: it allocates a
cell for every position of a sheet's bounding box in one go, so a 5 KB ``.xlsx`` holding a value in A1 and one in
XFD1048576 asks for 512 GB and the allocator ABORTS the process (no exception). So an ``.xlsx`` is inspected in
Python first, in bounded time and memory:

* the file is a complete zip (not truncated, not an encrypted OLE container, not an HTML page);
* every part calamine reads is stream-decompressed with a hard cap on the bytes it really expands to (the sizes
  written in the zip can lie), which stops zip bombs;
* each worksheet's real extent is found from its cell references (``<c r="XFD1048576"``) with a regex over the
  decompressed chunks and compared with the limits and with the declared ``<dimension ref=...>``.

A sheet calamine can safely load goes to calamine (fast). A sheet whose cells span more than ``MAX_SHEET_CELLS``
positions (a stray cell far away) is read by a streaming parser here that keeps only the cells that hold something.
A sheet that cannot be read at all becomes ``Grid(error=...)`` and the workbook's other sheets still load. A file
that cannot be read at all raises ``UnreadableFile`` with one line saying what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from operator import itemgetter
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

import fastexcel

from ocop_pipeline.articles.decode import utf16_without_bom

MB = 1024 * 1024

# --- limits: each one is several times what a real OCOP file needs, and small enough that the worst file within
# it is read in seconds and a few hundred MB. A national list of 100,000 products x 15 columns (the largest input
# we can imagine; the whole programme had ~17,000 products in 2025) is ~6 MB as .xlsx, 80 MB of sheet XML with
# inline strings, 1.5 million cells, ~25 MB as CSV.
#
# Any spreadsheet file on disk: 4x a national CSV, 16x a national .xlsx.
MAX_FILE_BYTES = 100 * MB
# Positions (rows x columns of the bounding box) of one sheet handed to calamine, which allocates all of them at once
# (32 bytes each, 160 MB at the limit), and of the grid (8 bytes a cell and more for the text): 3x the national list.
# Beyond it the sheet is read cell by cell here, and only the cells that hold something are kept, up to as many.
MAX_SHEET_CELLS = 5_000_000
# Real (decompressed) bytes of one worksheet's XML: 3x the national list written with inline strings.
MAX_SHEET_XML_BYTES = 256 * MB
# Real bytes of the shared-string table, which calamine loads whole when it opens the workbook, and its entries.
MAX_SHARED_STRINGS_XML_BYTES = 128 * MB
MAX_SHARED_STRINGS = MAX_SHEET_CELLS
# Real bytes of the small parts calamine reads (workbook.xml, its relationships, styles.xml): they are KB in a
# real file.
MAX_PART_XML_BYTES = 16 * MB
# All the XML inspected in one workbook together (each pass counts): bounds the time of a workbook of many big
# sheets to ~10 s to inspect (~1 s per 100 MB) and about as long for calamine to load.
MAX_WORKBOOK_XML_BYTES = 768 * MB
# Text one sheet expands to once every shared-string reference is copied out (fastexcel copies the string for each
# cell that names it): a 5 KB sheet of cells all naming one 32 KB string must not become 100 GB of text.
MAX_SHEET_TEXT_BYTES = 1024 * MB
# Entries in the zip: a real workbook has tens, one per sheet and a few more.
MAX_ZIP_ENTRIES = 10_000
# One XML tag (carried whole from one decompressed chunk to the next): a few hundred bytes in a real file.
MAX_TAG_BYTES = 4 * MB
# Rows one CSV record may span (quoted line breaks in a cell) before it is reported as a probably unclosed quote.
MAX_LINES_PER_CSV_RECORD = 50
# Excel's own grid: a reference beyond it is not from Excel.
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384

CHUNK_BYTES = 1 * MB
# .xls (BIFF8) has no such inside to inspect cheaply (a compound file of binary records), and calamine parses every
# sheet of it when it opens the file, allocating each sheet's bounding box: a 5 KB .xls whose cell records name row
# and column 65535 asks for 160 GB and aborts. So an .xls is read in a child process capped at this much memory
# (a real 65,536-row .xls needs ~1 GB) and this much time; a child that dies takes only that file down.
XLS_MEMORY_LIMIT = 3 * 1024 * MB
XLS_TIMEOUT_SECONDS = 120


@dataclass(frozen=True)
class Grid:
    sheet: str
    rows: list[list[str | None]]  # rows[i] is spreadsheet row i + 1, rows[i][j] is column j (A = 0)
    error: str | None = None  # the sheet could not be read (rows is then empty): one line saying why
    row_problems: dict[int, str] = field(default_factory=dict)  # 0-based row index -> why the row is suspect


class UnreadableFile(Exception):
    """The file cannot be read at all (corrupt, password-protected, not a spreadsheet, beyond the limits)."""


def _cell_text(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].lstrip("-").isdigit():
        text = text[:-2]
    return text or None


def read_grids(path: Path) -> list[Grid]:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".xlsm", ".xls"):
        raise UnreadableFile(f"unsupported file type {suffix or '(none)'}: save it as .xlsx or .csv")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(f"file is {size / MB:.0f} MB, beyond the {MAX_FILE_BYTES // MB} MB limit for one "
                                 "spreadsheet (MAX_FILE_BYTES): split it, or raise the limit if it is real")
        if size == 0:
            raise UnreadableFile("empty file (0 bytes): the download or copy failed; fetch it again")
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError as exc:
        raise UnreadableFile(f"cannot open the file: {exc.strerror or exc}") from exc
    if suffix == ".csv":
        return [_read_csv(path)]
    if head.startswith(b"PK\x03\x04") or (suffix != ".xls" and head.startswith(b"PK")):
        return _read_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if suffix == ".xls":
            return _read_xls_isolated(path)
        raise UnreadableFile(_ole_reason(path))
    kind = _what_is(head)
    raise UnreadableFile(f"cannot read workbook: not an {suffix} file ({kind}); open it in Excel and save it again "
                         "as .xlsx")


def _what_is(head: bytes) -> str:
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")) or b"<html" in lowered[:512]:
        return "an HTML or XML page, e.g. a web export or an error page"
    if lowered.startswith(b"%pdf"):
        return "a PDF document"
    if head.startswith(b"PK"):
        return "a damaged zip"
    sample = head[:512]
    if sample and sum(b < 9 or 13 < b < 32 for b in sample) * 10 > len(sample):
        return f"binary data starting {head[:8].hex(' ')}"
    return f"text starting {head[:24].decode('utf-8', errors='replace')!r}"


def _ole_reason(path: Path) -> str:
    data = path.read_bytes()
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return ("password-protected (encrypted) workbook: an OLE container, not an .xlsx zip; remove the password in "
                "Excel (File > Info > Protect Workbook) and save it again")
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return ("an Excel 97-2003 workbook named .xlsx (OLE container, not an .xlsx zip): rename it to .xls or save "
                "it again as .xlsx")
    return ("password-protected or encrypted workbook, or not a workbook at all (OLE container, not an .xlsx zip): "
            "open it in Excel, remove any password and save it again as .xlsx")


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200]}" if text else type(exc).__name__


def _is_interrupt(exc: BaseException) -> bool:
    return isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError))


# ---------------------------------------------------------------------------------------------------------------
# .xlsx / .xlsm: inspect the zip, then calamine for the sheets it can safely load

_PREFIX = rb"(?:[A-Za-z_][\w.\-]*:)?"  # an optional namespace prefix: <x:c ...> is a cell too
_ATTR_NOT_R = rb"\s+(?!r\s*=)[A-Za-z_][\w.:\-]*\s*=\s*(?:\"[^\"]*\"|'[^']*')"
# A cell with a reference, as spreadsheet programs write it (r first): groups letters, digits, "/" if the element
# is empty (<c r="A1" s="3"/>: no value, calamine skips it).
_FAST_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>/]*(/?)>')
# The same, exactly, attribute by attribute in any order and quoting, with any namespace prefix, and with exactly one
# r attribute (calamine takes the last of several, so a tag with two is not trusted): used on a chunk only when the
# fast pattern did not account for every cell tag and every r attribute in it. Groups: quote, letters, digits, "/".
_CELL = re.compile(rb"<" + _PREFIX + rb"c(?:" + _ATTR_NOT_R + rb")*\s+r\s*=\s*([\"'])([A-Za-z]+)([0-9]+)\1(?:"
                   + _ATTR_NOT_R + rb")*\s*(/?)>")
# Any attribute named r (of a cell, a row, or anything else), and the unusual ways of writing one (r = "…", r='…').
_R_ATTR = re.compile(rb"[\s\"']r\s*=")
_ODD_R_ATTR = re.compile(rb"r(?:\s+=|=\s*'|=\s+\")")
# Every cell start tag, with or without a reference: what calamine counts as a cell.
_ANY_CELL = re.compile(rb"<c[\s/>]")
_ANY_CELL_PREFIXED = re.compile(rb"<" + _PREFIX + rb"c[\s/>]")
_DIMENSION = re.compile(rb"<" + _PREFIX + rb"dimension\b[^>]*?\sref\s*=\s*[\"']([^\"']*)[\"'][^>]*>")
_DRAWING = re.compile(rb"<" + _PREFIX + rb"(?:drawing|legacyDrawing)\b")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_VALUE_NUMBER = re.compile(rb"<" + _PREFIX + rb"v>\s*([0-9]{1,10})\s*<")
_SHARED_STRING = re.compile(rb"<" + _PREFIX + rb"si[\s/>]")
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")


class _TooBig(Exception):
    pass


class _Budget:
    """Decompressed bytes left for the whole workbook."""

    def __init__(self) -> None:
        self.left = MAX_WORKBOOK_XML_BYTES


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: _Budget, what: str) -> Iterator[bytes]:
    """The member's real decompressed bytes in chunks; _TooBig past ``cap`` or the workbook budget."""
    total = 0
    with zf.open(info) as handle:
        while True:
            chunk = handle.read(CHUNK_BYTES)
            if not chunk:
                return
            total += len(chunk)
            budget.left -= len(chunk)
            if total > cap:
                raise _TooBig(f"{what} expands to more than {cap // MB} MB of XML (a zip bomb, or far beyond a real "
                              "OCOP sheet)")
            if budget.left < 0:
                raise _TooBig(f"the workbook's XML expands to more than {MAX_WORKBOOK_XML_BYTES // MB} MB in all "
                              "(MAX_WORKBOOK_XML_BYTES)")
            yield chunk


def _tags(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Chunks cut at the last '<' so that no tag straddles two of them."""
    tail = b""
    for chunk in chunks:
        buf = tail + chunk if tail else chunk
        cut = buf.rfind(b"<")
        if cut <= 0:
            cut = len(buf) if cut < 0 else 0
        body, tail = buf[:cut], buf[cut:]
        if len(tail) > MAX_TAG_BYTES:
            raise _TooBig(f"an XML tag longer than {MAX_TAG_BYTES // MB} MB: not written by a spreadsheet program")
        if body:
            yield body
    if tail:
        yield tail


def _column_number(letters: bytes | str) -> int:
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.upper().decode("ascii"):
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n: int) -> str:
    """The letters of the ``n``-th column (1-based): 1 -> A, 27 -> AA, 16384 -> XFD."""
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class _Scan:
    """What a worksheet's XML holds, from one streaming pass."""

    cells: int = 0  # cells with a reference and possibly a value (not <c .../>)
    untracked: int = 0  # cell tags without a usable reference: their position comes from counting
    max_row: int = 0
    max_col: int = 0
    min_col: int = 0
    declared: str | None = None
    drawing: bool = False
    xml_bytes: int = 0

    @property
    def extent(self) -> int:
        return self.max_row * (self.max_col - self.min_col + 1) if self.cells else 0


def _scan_sheet(zf, info, budget, what) -> _Scan:
    scan = _Scan()
    rows: set[bytes] = set()
    cols: set[bytes] = set()
    head = True
    for body in _tags(_chunks(zf, info, MAX_SHEET_XML_BYTES, budget, what)):
        if not scan.xml_bytes and (b"\x00" in body[:4] or body.startswith((b"\xff\xfe", b"\xfe\xff"))):
            raise _TooBig("the sheet XML is in UTF-16 or UTF-32, which the reader does not take")
        scan.xml_bytes += len(body)
        if b"<!" in body and _DTD.search(body):
            raise _TooBig("the sheet XML declares a DOCTYPE or entities, which an .xlsx never does")
        if head:
            m = _DIMENSION.search(body)
            if m:
                scan.declared = m.group(1).decode("ascii", errors="replace")
            head = scan.declared is None and b"sheetData" not in body
        if scan.untracked:
            continue  # read by the streaming parser anyway: only the size and DTD checks matter now
        if b":c" in body:  # namespace prefixes: the exact pattern only
            tags = len(_ANY_CELL_PREFIXED.findall(body))
            matched = None
        else:
            tags = len(_ANY_CELL.findall(body))
            matched = _FAST_CELL.findall(body)
            # trusted when it matched every cell tag, and every r="…" is the one of a matched cell or of a row
            if (len(matched) != tags or body.count(b'r="') != len(matched) + body.count(b'<row r="')
                    or _ODD_R_ATTR.search(body)):
                matched = None
        if matched is None:
            matched = [m[1:] for m in _CELL.findall(body)] if _R_ATTR.search(body) else []
        scan.untracked += tags - len(matched)
        if sum(map(len, map(itemgetter(2), matched))):
            matched = [m for m in matched if not m[2]]
        scan.cells += len(matched)
        cols.update(map(itemgetter(0), matched))
        rows.update(map(itemgetter(1), matched))
        if not scan.drawing and b"rawing" in body and _DRAWING.search(body):
            scan.drawing = True
    if rows:
        scan.max_row = max(map(int, rows))
        numbers = [_column_number(c) for c in cols]
        scan.max_col, scan.min_col = max(numbers), min(numbers)
    return scan


def _shared_string_lengths(zf, info, budget) -> array:
    """An upper bound of the UTF-8 length of each shared string: the bytes of its <si> element."""
    starts = array("q")
    offset = 0
    for body in _tags(_chunks(zf, info, MAX_SHARED_STRINGS_XML_BYTES, budget, "the shared-string table")):
        starts.extend(offset + m.start() for m in _SHARED_STRING.finditer(body))
        if len(starts) > MAX_SHARED_STRINGS:
            raise _TooBig(f"more than {MAX_SHARED_STRINGS:,} shared strings")
        offset += len(body)
    lengths = array("I", (min(b - a, 2**32 - 1) for a, b in zip(starts, starts[1:])))
    if starts:
        lengths.append(min(offset - starts[-1], 2**32 - 1))
    return lengths


def _shared_text_bytes(zf, info, budget, lengths: array) -> int:
    """Bytes of text the sheet's shared-string references expand to (each <v>N</v> taken as a reference to N)."""
    total, n = 0, len(lengths)
    for body in _tags(_chunks(zf, info, MAX_SHEET_XML_BYTES, budget, "sheet")):
        for digits in _VALUE_NUMBER.findall(body):
            index = int(digits)
            if index < n:
                total += lengths[index]
    return total


@dataclass
class _Sheet:
    name: str
    part: str | None  # the zip member calamine reads
    kind: str  # worksheet, chartsheet, dialogsheet, …
    plan: str = "calamine"  # calamine | stream | error
    error: str | None = None
    scan: _Scan | None = None


class _Zip:
    """Case-insensitive member lookup, as calamine does it."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.by_lower: dict[str, zipfile.ZipInfo] = {}
        for info in zf.infolist():
            key = info.filename.lower()
            if key in self.by_lower:
                raise UnreadableFile(f"cannot read workbook: the zip holds two entries named {info.filename!r} "
                                     "(damaged or tampered with); save it again from Excel")
            self.by_lower[key] = info

    def get(self, name: str) -> zipfile.ZipInfo | None:
        return self.by_lower.get(name.lower())

    def small_xml(self, name: str, budget: _Budget) -> ElementTree.Element | None:
        info = self.get(name)
        if info is None:
            return None
        data = b"".join(_chunks(self.zf, info, MAX_PART_XML_BYTES, budget, name))
        if _DTD.search(data):
            raise UnreadableFile(f"cannot read workbook: {name} declares a DOCTYPE or entities, which an .xlsx never "
                                 "does; save it again from Excel")
        return ElementTree.fromstring(data)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _workbook_sheets(z: _Zip, budget: _Budget) -> list[_Sheet]:
    """The sheets of xl/workbook.xml in order, with the part calamine will read for each (same path rules)."""
    workbook = z.small_xml("xl/workbook.xml", budget)
    if workbook is None:
        raise UnreadableFile("cannot read workbook: the zip has no xl/workbook.xml, so it is not an Excel workbook "
                             "(a Word or PowerPoint file, or another zip renamed?); save it again as .xlsx")
    rels = z.small_xml("xl/_rels/workbook.xml.rels", budget)
    if rels is None:
        raise UnreadableFile("cannot read workbook: xl/_rels/workbook.xml.rels is missing (damaged file); "
                             "save it again from Excel")
    targets = {}
    for rel in rels.iter():
        if _local(rel.tag) == "Relationship":
            targets[rel.get("Id")] = rel.get("Target") or ""
    sheets = []
    for element in workbook.iter():
        if _local(element.tag) != "sheet":
            continue
        name = element.get("name") or ""
        rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
        target = targets.get(rid)
        if target is None:
            sheets.append(_Sheet(name, None, "unknown", "error", "the workbook names this sheet but has no part "
                                 "for it (damaged file)"))
            continue
        part = target[1:] if target.startswith("/xl/") else target if target.startswith("xl/") else f"xl/{target}"
        folder = PurePosixPath(part).parts[1] if len(PurePosixPath(part).parts) > 1 else ""
        kind = {"worksheets": "worksheet", "chartsheets": "chartsheet", "dialogsheets": "dialogsheet"}.get(folder)
        if kind is None:
            # calamine refuses the whole workbook for a sheet kind it does not know (an Excel 4.0 macro sheet …)
            raise UnreadableFile(f"cannot read workbook: sheet {name!r} is a {folder or 'unknown'} sheet, which the "
                                 "reader does not support; delete that sheet or copy the tables into a new workbook")
        sheets.append(_Sheet(name, part, kind))
    if not sheets:
        raise UnreadableFile("cannot read workbook: xl/workbook.xml lists no sheet (damaged file); save it again")
    return sheets


def _plan_sheet(z: _Zip, sheet: _Sheet, budget: _Budget, sst_lengths: array | None) -> None:
    if sheet.plan == "error":
        return
    if sheet.kind != "worksheet":
        sheet.plan, sheet.error = "error", f"a {sheet.kind} holds a chart or a dialog, no cells to read"
        return
    info = z.get(sheet.part)
    if info is None:
        sheet.plan, sheet.error = "error", f"its part {sheet.part} is missing from the zip (damaged file)"
        return
    try:
        scan = _scan_sheet(z.zf, info, budget, f"sheet {sheet.name!r}")
    except _TooBig as exc:
        sheet.plan, sheet.error = "error", str(exc)
        return
    except Exception as exc:  # noqa: BLE001 - BadZipFile (bad CRC), zlib.error, unsupported compression …
        sheet.plan, sheet.error = "error", f"its XML cannot be decompressed ({_one_line(exc)})"
        return
    sheet.scan = scan
    if scan.cells == 0 and scan.untracked == 0 and scan.drawing:
        sheet.plan, sheet.error = "error", "the sheet holds only a chart or picture, no cells"
        return
    beyond_grid = scan.max_row > EXCEL_MAX_ROWS or scan.max_col > EXCEL_MAX_COLUMNS
    if scan.untracked or beyond_grid or scan.extent > MAX_SHEET_CELLS:
        sheet.plan = "stream"  # read here, keeping only the cells that hold something
        return
    if sst_lengths is not None and len(sst_lengths):
        if scan.cells * max(sst_lengths) > MAX_SHEET_TEXT_BYTES:
            try:
                text = _shared_text_bytes(z.zf, info, budget, sst_lengths)
            except _TooBig as exc:
                sheet.plan, sheet.error = "error", str(exc)
                return
            if text > MAX_SHEET_TEXT_BYTES:
                sheet.plan, sheet.error = "error", (
                    f"its cells repeat shared strings into {text / MB:,.0f} MB of text, beyond the "
                    f"{MAX_SHEET_TEXT_BYTES // MB} MB limit (MAX_SHEET_TEXT_BYTES)")


def _declared_area(ref: str | None) -> int:
    if not ref:
        return 0
    corners = ref.split(":")
    points = []
    for corner in corners[:2]:
        m = _REF.match(corner.strip())
        if not m:
            return 0
        points.append((int(m.group(2)), _column_number(m.group(1))))
    if len(points) == 1:
        return 1
    (r1, c1), (r2, c2) = points
    return (abs(r2 - r1) + 1) * (abs(c2 - c1) + 1)


def _read_xlsx(path: Path) -> list[Grid]:
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise UnreadableFile("cannot read workbook: truncated or damaged .xlsx (the zip has no readable directory: "
                             f"{exc}); download or copy it again") from exc
    except (OSError, ValueError, EOFError, NotImplementedError, zipfile.LargeZipFile) as exc:
        raise UnreadableFile(f"cannot read workbook: damaged zip ({_one_line(exc)}); download or copy it again") \
            from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise UnreadableFile(f"cannot read workbook: the zip holds {len(infos):,} entries, beyond the "
                                 f"{MAX_ZIP_ENTRIES:,} limit (MAX_ZIP_ENTRIES): not a workbook Excel writes")
        if any(info.flag_bits & 0x1 for info in infos):
            raise UnreadableFile("password-protected zip: its entries are encrypted; save the workbook again without "
                                 "a password")
        z = _Zip(zf)
        budget = _Budget()
        try:
            sheets = _workbook_sheets(z, budget)
            for small in ("xl/styles.xml", "[Content_Types].xml"):
                info = z.get(small)
                if info is not None:
                    for _ in _chunks(zf, info, MAX_PART_XML_BYTES, budget, small):
                        pass
            sst_info = z.get("xl/sharedStrings.xml")
            sst_lengths = _shared_string_lengths(zf, sst_info, budget) if sst_info is not None else None
        except _TooBig as exc:
            raise UnreadableFile(f"cannot read workbook: {exc}") from exc
        except UnreadableFile:
            raise
        except ElementTree.ParseError as exc:
            raise UnreadableFile(f"cannot read workbook: its workbook XML is malformed ({exc}); save it again from "
                                 "Excel") from exc
        except Exception as exc:  # noqa: BLE001 - zlib.error, CRC errors, unsupported compression …
            raise UnreadableFile(f"cannot read workbook: damaged zip ({_one_line(exc)}); download or copy it again") \
                from exc
        for sheet in sheets:
            _plan_sheet(z, sheet, budget, sst_lengths)

        oversized = [s for s in sheets if s.plan == "calamine" and s.scan
                     and _declared_area(s.scan.declared) > max(MAX_SHEET_CELLS, s.scan.extent)]
        with tempfile.TemporaryDirectory(prefix="ocop-read-") as tmp:
            source = path
            if oversized:
                # calamine sizes buffers from the declared <dimension>; give it a copy without the wrong one
                source = Path(tmp) / f"fixed{path.suffix.lower()}"
                needed = [z.get(name) for name in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                                                   "xl/sharedStrings.xml", "[Content_Types].xml", "_rels/.rels")]
                needed += [z.get(s.part) for s in sheets if s.plan == "calamine"]
                _copy_without_dimension(zf, [i for i in needed if i is not None],
                                        {z.get(s.part).filename for s in oversized}, source)
            grids = _read_with_calamine(source, sheets)
            shared: list[list[str]] = []
            return [_read_streamed(z, sheet, budget, shared, sst_info) if sheet.plan == "stream" else grid
                    for sheet, grid in zip(sheets, grids, strict=True)]


def _copy_without_dimension(zf: zipfile.ZipFile, members: list[zipfile.ZipInfo], parts: set[str],
                            target: Path) -> None:
    """A copy of the parts calamine reads (all inspected within the limits), with the <dimension> of ``parts``
    removed (it is optional in the format)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in members:
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(info) as src, out.open(entry, "w", force_zip64=True) as dst:
                if info.filename in parts:
                    head = b""
                    while len(head) < 16 * MB and b"sheetData" not in head:
                        chunk = src.read(CHUNK_BYTES)
                        if not chunk:
                            break
                        head += chunk
                    dst.write(_DIMENSION.sub(b"", head, count=1))
                shutil.copyfileobj(src, dst, CHUNK_BYTES)


def _read_with_calamine(path: Path, sheets: list[_Sheet] | None) -> list[Grid]:
    """Load with fastexcel the sheets planned for it; the others come back as placeholders (error or to stream)."""
    try:
        reader = fastexcel.read_excel(path)
        names = list(reader.sheet_names)
    except BaseException as exc:  # noqa: BLE001 - fastexcel raises many error types, a Rust panic is a BaseException
        if _is_interrupt(exc):
            raise
        detail = _one_line(exc)
        if "password" in detail.lower():
            raise UnreadableFile("password-protected workbook: remove the password in Excel and save it again") \
                from exc
        raise UnreadableFile(f"cannot read workbook: {detail}; open it in Excel and save it again as .xlsx") from exc
    if sheets is None:  # .xls: no plan, just the size guard below
        sheets = [_Sheet(name, None, "worksheet") for name in names]
    # calamine lists the <sheet> elements of workbook.xml in order, as _workbook_sheets does: load by position, so
    # two sheets with one name (a damaged file) cannot be confused
    same_list = len(names) == len(sheets)
    grids = []
    for index, sheet in enumerate(sheets):
        if sheet.plan == "error":
            grids.append(Grid(sheet.name, [], error=sheet.error))
        elif sheet.plan == "stream":
            grids.append(Grid(sheet.name, []))
        elif same_list or sheet.name in names:
            grids.append(_load_sheet(reader, index if same_list else sheet.name, sheet.name))
        else:
            grids.append(Grid(sheet.name, [], error="the reader does not list this sheet (damaged workbook)"))
    return grids


def _load_sheet(reader, which: int | str, name: str) -> Grid:
    try:
        sheet = reader.load_sheet(which, header_row=None, skip_rows=0, dtypes="string")
        if sheet.height * max(sheet.width, 1) > MAX_SHEET_CELLS:
            return Grid(name, [], error=f"the sheet spans {sheet.height:,} rows x {sheet.width:,} columns, beyond "
                                        f"the {MAX_SHEET_CELLS:,}-cell limit (MAX_SHEET_CELLS)")
        columns = sheet.available_columns()
        offset = columns[0].absolute_index if columns else 0
        frame = sheet.to_polars()
    except BaseException as exc:  # noqa: BLE001 - see _read_with_calamine
        if _is_interrupt(exc):
            raise
        return Grid(name, [], error=f"the sheet cannot be loaded: {_one_line(exc)}")
    pad = [None] * offset
    return Grid(name, [pad + [_cell_text(v) for v in row] for row in frame.iter_rows()])


# ---------------------------------------------------------------------------------------------------------------
# .xls: calamine in a child process with a memory and time cap

_XLS_CHILD = """
import pickle, resource, sys
from pathlib import Path
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from ocop_pipeline.spreadsheets import read
try:
    result = ("grids", read._read_with_calamine(Path(sys.argv[1]), None))
except read.UnreadableFile as exc:
    result = ("unreadable", str(exc))
sys.stdout.buffer.write(pickle.dumps(result))
"""


def _read_xls_isolated(path: Path) -> list[Grid]:
    try:
        child = subprocess.run([sys.executable, "-c", _XLS_CHILD, str(path), str(XLS_MEMORY_LIMIT)],
                               capture_output=True, timeout=XLS_TIMEOUT_SECONDS, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise UnreadableFile(f"the .xls reader took more than {XLS_TIMEOUT_SECONDS} s (XLS_TIMEOUT_SECONDS): a "
                             "damaged or hostile file; open it in Excel and save it as .xlsx") from exc
    if child.returncode == 0:
        kind, value = pickle.loads(child.stdout)  # our own child's output
        if kind == "unreadable":
            raise UnreadableFile(value)
        return value
    stderr = child.stderr.decode("utf-8", errors="replace")
    if "memory allocation" in stderr or "MemoryError" in stderr or child.returncode in (-6, -9):
        raise UnreadableFile(f"the .xls reader needed more than {XLS_MEMORY_LIMIT // (1024 * MB)} GB "
                             "(XLS_MEMORY_LIMIT): its cells claim a far larger sheet than they fill (damaged or "
                             "hostile); open it in Excel and save it as .xlsx")
    last = stderr.strip().splitlines()[-1][:200] if stderr.strip() else f"exit status {child.returncode}"
    raise UnreadableFile(f"cannot read workbook: the .xls reader failed ({last}); open it in Excel and save it as "
                         ".xlsx")


# ---------------------------------------------------------------------------------------------------------------
# sheets too sparse for calamine: a streaming parse that keeps only the cells holding something


_ROW_END = re.compile(rb"</" + _PREFIX + rb"row\s*>")
# Row starts and ends, and cells that hold an element (empty <c .../> cells are skipped at C speed).
_QUOTED_ATTRS = rb"((?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*"


def _content_of(tag: bytes) -> bytes:
    """The content of a <tag>…</tag> element, as a pattern that never runs past the start or end of another element
    of the same name: an unclosed element fails at the next one instead of scanning the rest of the chunk (which
    would make a chunk of many unclosed elements quadratic)."""
    return rb"((?:[^<]|<(?!/?" + _PREFIX + tag + rb"[\s/>]))*)</" + _PREFIX + tag + rb"\s*>"


_STREAM = re.compile(rb"<" + _PREFIX + rb"row\b" + _QUOTED_ATTRS + rb"(/?)>|</" + _PREFIX + rb"row\s*>|<" + _PREFIX
                     + rb"c\b" + _QUOTED_ATTRS + rb">" + _content_of(rb"c"))
_KEY_VALUE = re.compile(rb"([^\s=]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def _attributes(raw: bytes) -> dict[bytes, bytes]:
    """Attribute name -> raw value; the last one wins, as in calamine."""
    return {name: double or single for name, double, single in _KEY_VALUE.findall(raw)}
_V = re.compile(rb"<" + _PREFIX + rb"v\b[^>]*>" + _content_of(rb"v"))
_T = re.compile(rb"<" + _PREFIX + rb"t\b[^>]*?(?:/>|>" + _content_of(rb"t") + rb")")
_PHONETIC = re.compile(rb"<" + _PREFIX + rb"rPh\b[^>]*>" + _content_of(rb"rPh"))
_SI = re.compile(rb"<" + _PREFIX + rb"si\b[^>]*?(?:/>|>" + _content_of(rb"si") + rb")")
_SST_END = re.compile(rb"</" + _PREFIX + rb"si\s*>|<" + _PREFIX + rb"si\b[^>]*/>")


def _xml_text(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace")
    return unescape(text) if "&" in text else text


def _string_item(inner: bytes | None) -> str:
    """The text of an <si> or <is>: its <t> runs, without phonetic (rPh) runs."""
    if not inner:
        return ""
    if b"rPh" in inner:
        inner = _PHONETIC.sub(b"", inner)
    return "".join(_xml_text(t) for t in _T.findall(inner) if t)


def _elements(zf, info, cap, budget, what, end: re.Pattern) -> Iterator[bytes]:
    """Chunks cut after the last match of ``end`` (a row or string end), so no element straddles two of them."""
    tail = b""
    for chunk in _chunks(zf, info, cap, budget, what):
        buf = tail + chunk if tail else chunk
        cut = 0
        window = max(0, len(buf) - len(chunk) - 64)
        for cut_match in end.finditer(buf, window):
            cut = cut_match.end()
        if cut == 0 and len(buf) > 64 * MB:
            raise _TooBig(f"{what}: one element is longer than 64 MB: not written by a spreadsheet program")
        body, tail = buf[:cut], buf[cut:]
        if body:
            yield body
    if tail:
        yield tail


def _shared_strings(z: _Zip, info, budget: _Budget) -> list[str]:
    strings: list[str] = []
    for body in _elements(z.zf, info, MAX_SHARED_STRINGS_XML_BYTES, budget, "the shared-string table", _SST_END):
        strings.extend(_string_item(inner) for inner in _SI.findall(body))
    return strings


def _cell_value(kind: bytes, inner: bytes, shared: list[str]) -> str | None:
    if kind == b"inlineStr":
        return _string_item(inner)
    v = _V.search(inner)
    if v is None:
        return None
    value = v.group(1)
    if kind == b"s":
        try:
            return shared[int(value)]
        except (ValueError, IndexError):
            return None
    if kind == b"b":
        return "true" if value.strip() in (b"1", b"true") else "false"
    return _xml_text(value)


def _read_streamed(z: _Zip, sheet: _Sheet, budget: _Budget, shared: list[list[str]], sst_info) -> Grid:
    """Cells that hold something, at their reference (or counted like calamine when a cell has none). No styles
    here: a date comes out as its Excel serial number (parse.parse_date reads those)."""
    try:
        if sst_info is not None and not shared:
            shared.append(_shared_strings(z, sst_info, budget))
        strings = shared[0] if shared else []
        cells: dict[int, dict[int, str]] = {}
        count = 0
        row_index = col_index = 0
        for body in _elements(z.zf, z.get(sheet.part), MAX_SHEET_XML_BYTES, budget, f"sheet {sheet.name!r}",
                              _ROW_END):
            for m in _STREAM.finditer(body):
                row_attrs, row_empty, cell_attrs, inner = m.groups()
                if cell_attrs is None and inner is None:
                    if row_attrs is not None:  # <row ...> or <row .../>
                        r = _attributes(row_attrs).get(b"r", b"") if b"r" in row_attrs else b""
                        if r.isdigit():
                            row_index = int(r) - 1
                        if row_empty:
                            row_index += 1
                            col_index = 0
                    else:  # </row>
                        row_index += 1
                        col_index = 0
                    continue
                at_row = row_index
                attributes = _attributes(cell_attrs)
                r = attributes.get(b"r")
                if r is not None:
                    ref = _REF.match(r.decode("ascii", errors="replace"))
                    if not ref:
                        raise _TooBig(f"cell reference {r[:20].decode('ascii', errors='replace')!r} is not a cell "
                                      "of a spreadsheet")
                    at_row, col_index = int(ref.group(2)) - 1, _column_number(ref.group(1)) - 1
                text = _cell_value(attributes.get(b"t", b"n"), inner, strings)
                if text is not None and text.strip():
                    if not (0 <= at_row < EXCEL_MAX_ROWS and 0 <= col_index < EXCEL_MAX_COLUMNS):
                        raise _TooBig(f"a cell at {column_letters(col_index + 1)}{at_row + 1} lies beyond "
                                      "Excel's last cell XFD1048576")
                    cells.setdefault(at_row, {})[col_index] = text
                    count += 1
                    if count > MAX_SHEET_CELLS:
                        raise _TooBig(f"more than {MAX_SHEET_CELLS:,} cells hold something (MAX_SHEET_CELLS)")
                col_index += 1
    except _TooBig as exc:
        return Grid(sheet.name, [], error=str(exc))
    except Exception as exc:  # noqa: BLE001 - a damaged stream …
        return Grid(sheet.name, [], error=f"the sheet cannot be read: {_one_line(exc)}")
    if not cells:
        return Grid(sheet.name, [])
    height = max(cells) + 1
    width = max(max(values) for values in cells.values()) + 1
    # rectangular like calamine's grids when that stays within the limit; else ragged (a row ends at its last cell)
    rectangular = height * width <= MAX_SHEET_CELLS
    rows: list[list[str | None]] = [[None] * width if rectangular else [] for _ in range(height)]
    for r, values in cells.items():
        row: list[str | None] = rows[r] if rectangular else [None] * (max(values) + 1)
        for c, text in values.items():
            row[c] = _cell_text(text)
        rows[r] = row
    return Grid(sheet.name, rows)


# ---------------------------------------------------------------------------------------------------------------
# .csv


_CSV_DELIMITERS = ",;\t|"
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _read_csv(path: Path) -> Grid:
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        raise UnreadableFile("not a CSV: a zip file (an .xlsx workbook?) named .csv; rename it to .xlsx")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile("not a CSV: an OLE file (an .xls workbook?) named .csv; rename it to .xls")
    problems: dict[int, str] = {}  # physical line (0-based) -> reason
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    utf16 = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"CSV is not valid {utf16.upper()} at byte {exc.start}: damaged file; save it "
                                 "again as CSV UTF-8") from exc
        controls = len(_CONTROL.findall(text))
        size = len(text)
    else:
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
        size = len(data)
    if controls > max(3, size // 100):
        raise UnreadableFile(f"binary data, not a CSV ({controls} control characters in {size}, starting "
                             f"{data[:8].hex(' ')}); export the table again as CSV UTF-8")
    if not utf16:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, problems = _decode_lines(data)
    delimiter = _delimiter(text)
    cells_estimate = text.count(delimiter) + text.count("\n") + 1
    if cells_estimate > MAX_SHEET_CELLS:
        raise UnreadableFile(f"CSV holds about {cells_estimate:,} cells, beyond the {MAX_SHEET_CELLS:,}-cell limit "
                             "(MAX_SHEET_CELLS): split it")
    has_controls = controls > 0
    rows: list[list[str | None]] = []
    row_problems: dict[int, str] = {}
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    bad_lines = sorted(problems)
    b = 0
    try:
        previous = 0
        for row in reader:
            first, last = previous + 1, reader.line_num  # 1-based physical lines of this record
            previous = last
            index = len(rows)
            while b < len(bad_lines) and bad_lines[b] + 1 <= last:
                if bad_lines[b] + 1 >= first:
                    row_problems.setdefault(index, problems[bad_lines[b]])
                b += 1
            if has_controls and any(_CONTROL.search(v) for v in row):
                row = [_CONTROL.sub(" ", v) for v in row]
                row_problems.setdefault(index, "row holds control characters (NUL …), replaced by spaces: damaged "
                                               "or binary bytes in the file")
            if last - first + 1 > MAX_LINES_PER_CSV_RECORD:
                row_problems.setdefault(index, f"row runs over lines {first}-{last}: an unclosed quote (\") "
                                               "probably swallowed the lines after it")
            rows.append([_cell_text(v) for v in row])
    except csv.Error as exc:
        raise UnreadableFile(f"CSV line {reader.line_num}: {exc} (an unclosed quote?); fix the line or export the "
                             "table again") from exc
    return Grid(path.stem, rows, row_problems=row_problems)


def _decode_lines(data: bytes) -> tuple[str, dict[int, str]]:
    """Mixed encodings: each line that is not UTF-8 is decoded with U+FFFD for the bad bytes and reported."""
    lines = data.splitlines(keepends=True)
    out, problems = [], {}
    non_blank = 0
    for number, line in enumerate(lines):
        if line.strip():
            non_blank += 1
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            out.append(line.decode("utf-8", errors="replace"))
            problems[number] = (f"row is not valid UTF-8 (byte {exc.start} of the line): saved in another encoding? "
                                "bad bytes read as U+FFFD")
    if len(problems) * 2 > non_blank:
        first = min(problems)
        raise UnreadableFile(f"CSV is not UTF-8: {len(problems)} of {non_blank} lines are not (first: line "
                             f"{first + 1}); saved in a legacy encoding (Windows-1258, TCVN3, VNI)? save it as "
                             "CSV UTF-8")
    return "".join(out), problems


def _delimiter(text: str) -> str:
    """The candidate that splits the most sample lines into one same number (>1) of fields; csv.Sniffer breaks ties.

    A CSV whose lines split on none of them has one column, read with the comma.
    """
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[:sample.rfind("\n")]
    try:
        sniffed = csv.Sniffer().sniff(sample[:8192], delimiters=_CSV_DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    best, best_score = ",", (0, 0, 0)
    for candidate in _CSV_DELIMITERS:
        counts: dict[int, int] = {}
        try:
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=candidate):
                if any(cell.strip() for cell in row):
                    counts[len(row)] = counts.get(len(row), 0) + 1
        except csv.Error:
            continue
        agreeing = max(((n, width) for width, n in counts.items() if width > 1), default=(0, 0))
        score = (agreeing[0], candidate == sniffed, agreeing[1])
        if agreeing[0] and score > best_score:
            best, best_score = candidate, score
    return best
