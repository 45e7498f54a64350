"""Hostile input files, written on demand into a folder: articles and spreadsheets as real life sends them.

Plain Python (no pytest), so any test can build a raw folder from them::

    from hostile_inputs import write_all  # pytest puts tests/ on sys.path
    paths = write_all(tmp_path)  # {case name: path}, under tmp_path/articles and tmp_path/spreadsheets

Each ``write_*`` function writes one case into ``folder`` and returns the path it wrote. Sizes of the big cases are
parameters; ``write_all`` uses small ones unless told otherwise. Text is Vietnamese wherever text appears, and
product lists use headers the parser understands (see ``ocop_pipeline/spreadsheets/parse.py``), so the row-level
cases reach the row parser.
"""

from __future__ import annotations

import codecs
import csv
import io
import random
import re
import struct
import unicodedata
import zipfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import xlsxwriter

from ocop_pipeline.spreadsheets.read import column_letters

MB = 1024 * 1024

# ---------------------------------------------------------------------------------------------------------------
# text

ARTICLE = (
    "Bến Tre: 215 sản phẩm đạt chuẩn OCOP\n\n"
    "Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre, đến hết năm 2023 toàn tỉnh có 215 sản phẩm đạt "
    "chuẩn OCOP, trong đó 168 sản phẩm đạt 3 sao, 45 sản phẩm đạt 4 sao và 2 sản phẩm đạt 5 sao.\n\n"
    "Huyện Chợ Lách dẫn đầu với 42 sản phẩm, chủ yếu là bưởi da xanh, chôm chôm và cây giống. Các chủ thể tham gia "
    "gồm hợp tác xã, doanh nghiệp nhỏ và hộ kinh doanh; nhiều sản phẩm kẹo dừa, bánh tráng, mật ong đã có mặt trong "
    "hệ thống siêu thị.\n\n"
    "Năm 2024, tỉnh phấn đấu có thêm 30 sản phẩm được công nhận, nâng tổng số lên khoảng 245 sản phẩm OCOP.\n"
)
SENTENCE = "Toàn tỉnh Trà Vinh hiện có 184 sản phẩm OCOP, trong đó 12 sản phẩm đạt 4 sao."


def cp1258_bytes(text: str) -> bytes:
    """Text as Windows saves it in code page 1258: base letters (â ă ê ô ơ ư đ precomposed) plus a combining tone
    mark byte, except for the few toned letters the code page holds precomposed."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + tones).encode("cp1258", errors="replace")
    return bytes(out)


_TCVN3_LOWER = dict(zip(
    "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
    [0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
     0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
     0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
     0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
     0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE],
    strict=True,
))
_TCVN3_UPPER_BASE = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}


def tcvn3_bytes(text: str) -> bytes:
    """Text in TCVN3 (ABC), the font encoding of the .VnTime fonts: one byte in 0xA1-0xFE per accented letter.
    Toned capitals share the lower-case codes (the .VnTimeH font draws them as capitals)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ord(ch))
        elif ch in _TCVN3_UPPER_BASE:
            out.append(_TCVN3_UPPER_BASE[ch])
        elif ch.lower() in _TCVN3_LOWER:
            out.append(_TCVN3_LOWER[ch.lower()])
        else:
            out += unicodedata.normalize("NFD", ch).encode("ascii", errors="ignore") or b"?"
    return bytes(out)


_VNI_TONE = {"\u0301": 0xF9, "\u0300": 0xF8, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
_VNI_HAT_TONE = {"": 0xE2, "\u0301": 0xE1, "\u0300": 0xE0, "\u0309": 0xE5, "\u0303": 0xE3, "\u0323": 0xE4}
_VNI_BREVE_TONE = {"": 0xEA, "\u0301": 0xE9, "\u0300": 0xE8, "\u0309": 0xFA, "\u0303": 0xFC, "\u0323": 0xEB}
_VNI_I_TONE = {"\u0301": 0xED, "\u0300": 0xEC, "\u0309": 0xE6, "\u0303": 0xF3, "\u0323": 0xF2}


def vni_bytes(text: str) -> bytes:
    """Text in VNI Windows, the font encoding of the VNI-Times fonts: an ASCII base letter followed by one mark byte
    in 0xD0-0xFF (ơ, ư, đ are single bytes)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ord(ch))
            continue
        if ch in "đĐ":
            out.append(0xF1 if ch == "đ" else 0xD1)
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        tone = "".join(m for m in marks if m in _VNI_TONE)
        if "\u031b" in marks:  # horn: ơ, ư
            out.append({"o": 0xF4, "u": 0xF6, "O": 0xD4, "U": 0xD6}.get(base, ord("?")))
            if tone:
                out.append(_VNI_TONE[tone])
        elif "\u0302" in marks:
            out += base.encode("ascii") + bytes([_VNI_HAT_TONE[tone]])
        elif "\u0306" in marks:
            out += base.encode("ascii") + bytes([_VNI_BREVE_TONE[tone]])
        elif base in "iI" and tone:
            out.append(_VNI_I_TONE[tone])
        elif tone:
            out += base.encode("ascii", errors="replace") + bytes([_VNI_TONE[tone]])
        else:
            out += base.encode("ascii", errors="replace")
    return bytes(out)


# ---------------------------------------------------------------------------------------------------------------
# articles


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def write_empty_article(folder: Path) -> Path:
    return _write(folder / "bai_rong.txt", b"")


def write_whitespace_article(folder: Path) -> Path:
    return _write(folder / "bai_chi_khoang_trang.txt", b"  \r\n\t \n\n   \n")


def write_binary_article(folder: Path) -> Path:
    """A PNG picture saved as .txt (a CMS export gone wrong)."""
    rng = random.Random(3)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    return _write(folder / "anh_san_pham.txt", png + bytes(rng.randrange(256) for _ in range(4000)))


def write_utf16_le_bom_article(folder: Path) -> Path:
    return _write(folder / "utf16_le_bom.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))


def write_utf16_be_bom_article(folder: Path) -> Path:
    return _write(folder / "utf16_be_bom.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"))


def write_utf16_le_article(folder: Path) -> Path:
    """UTF-16 little-endian without a BOM, as some Windows tools save 'Unicode' text."""
    return _write(folder / "utf16_le_khong_bom.txt", ARTICLE.encode("utf-16-le"))


def write_utf16_be_article(folder: Path) -> Path:
    return _write(folder / "utf16_be_khong_bom.txt", ARTICLE.encode("utf-16-be"))


def write_cp1258_article(folder: Path) -> Path:
    return _write(folder / "windows_1258.txt", cp1258_bytes(ARTICLE))


def write_tcvn3_article(folder: Path) -> Path:
    return _write(folder / "tcvn3.txt", tcvn3_bytes(ARTICLE))


def write_vni_article(folder: Path) -> Path:
    return _write(folder / "vni.txt", vni_bytes(ARTICLE))


def write_invalid_bytes_article(folder: Path) -> Path:
    """Good UTF-8 with 3 damaged sequences in the middle (a lone 0xFF, a cut 3-byte letter, a stray 0x80)."""
    data = ARTICLE.encode("utf-8")
    cut = data.index("Huyện Chợ Lách".encode())
    data = data[:cut] + b"\xff" + data[cut:cut + 40] + "ệ".encode()[:2] + data[cut + 40:cut + 90] + b"\x80" \
        + data[cut + 90:]
    return _write(folder / "hong_vai_byte.txt", data)


def write_nul_article(folder: Path) -> Path:
    data = ARTICLE.encode("utf-8")
    cut = data.index("Năm 2024".encode())
    return _write(folder / "co_byte_nul.txt", data[:cut] + b"\x00" + data[cut:])


def write_cr_only_article(folder: Path) -> Path:
    return _write(folder / "xuong_dong_cr.txt", ARTICLE.replace("\n", "\r").encode("utf-8"))


def write_crlf_article(folder: Path) -> Path:
    return _write(folder / "xuong_dong_crlf.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8"))


def write_huge_single_line_article(folder: Path, size_bytes: int = 30 * MB) -> Path:
    """One line of about ``size_bytes`` bytes: sentences with figures, no line break."""
    sentences = [
        f"Năm {2019 + i % 6} huyện số {i} có {i % 40 + 1} sản phẩm OCOP, trong đó {i % 7} sản phẩm đạt 4 sao."
        for i in range(200)
    ]
    block = (" ".join(sentences) + " ").encode("utf-8")
    repeats = max(1, size_bytes // len(block))
    return _write(folder / "mot_dong_rat_dai.txt", block * repeats)


def write_many_paragraphs_article(folder: Path, paragraphs: int = 5000) -> Path:
    lines = [f"Đoạn {i}: xã số {i} có {i % 9 + 1} sản phẩm OCOP đạt 3 sao." for i in range(1, paragraphs + 1)]
    return _write(folder / "nam_nghin_doan.txt", ("Sóc Trăng phát triển sản phẩm OCOP\n\n" + "\n\n".join(lines)
                                                  + "\n").encode("utf-8"))


def write_absurd_numbers_article(folder: Path) -> Path:
    text = ("Cà Mau: 999.999.999 sản phẩm OCOP\n\n"
            "Theo báo cáo, toàn tỉnh Cà Mau hiện có 999.999.999 sản phẩm OCOP, trong đó 123.456.789 sản phẩm đạt "
            "5 sao. Doanh thu tăng 100000% so với năm 2023. Năm 20245 tỉnh phấn đấu có thêm -15 sản phẩm.\n")
    return _write(folder / "so_lieu_vo_ly.txt", text.encode("utf-8"))


def write_odd_name_articles(folder: Path) -> list[Path]:
    """Good articles whose file names have spaces, diacritics and a leading dash."""
    return [
        _write(folder / "Bài báo OCOP Bến Tre 2024.txt", ARTICLE.encode("utf-8")),
        _write(folder / "-bai bao dau gach.txt", SENTENCE.encode("utf-8")),
        _write(folder / "--help.txt", SENTENCE.replace("Trà Vinh", "Vĩnh Long").encode("utf-8")),
    ]


ARTICLE_CASES: dict[str, Callable[..., Path | list[Path]]] = {
    "empty": write_empty_article,
    "whitespace_only": write_whitespace_article,
    "binary_as_txt": write_binary_article,
    "utf16_le_bom": write_utf16_le_bom_article,
    "utf16_be_bom": write_utf16_be_bom_article,
    "utf16_le_no_bom": write_utf16_le_article,
    "utf16_be_no_bom": write_utf16_be_article,
    "windows_1258": write_cp1258_article,
    "tcvn3": write_tcvn3_article,
    "vni": write_vni_article,
    "invalid_utf8_in_middle": write_invalid_bytes_article,
    "nul_byte": write_nul_article,
    "cr_only": write_cr_only_article,
    "crlf": write_crlf_article,
    "many_paragraphs": write_many_paragraphs_article,
    "absurd_numbers": write_absurd_numbers_article,
    "odd_names": write_odd_name_articles,
}

# ---------------------------------------------------------------------------------------------------------------
# spreadsheets: helpers

PRODUCT_HEADER = ["STT", "Tên sản phẩm", "Chủ thể", "Địa chỉ", "Tỉnh", "Hạng sao", "Điểm", "Quyết định công nhận",
                  "Ngày quyết định"]


def _product_row(n: int, name: str, stars="3", score=75, province="Bến Tre", day="15/09/2023",
                 producer="HTX Nông nghiệp Tân Hưng") -> list:
    return [n, name, producer, f"xã Tân Thiềng, huyện Chợ Lách, tỉnh {province}", province, stars, score,
            "1582/QĐ-UBND", day]


def write_xlsx(path: Path, sheets: dict[str, list[list]], *, strings_only: bool = False) -> Path:
    """A workbook of the given rows (None leaves a cell empty). ``strings_only`` writes every value as text, so a
    string starting with '=' stays text instead of becoming a formula."""
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(path, {"strings_to_formulas": False, "strings_to_numbers": False})
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if strings_only or isinstance(value, str):
                    sheet.write_string(r, c, str(value))
                else:
                    sheet.write(r, c, value)
    workbook.close()
    return path


def _title(province: str, year: int = 2023) -> list[list]:
    return [[f"UBND TỈNH {province.upper()}"], [f"DANH SÁCH SẢN PHẨM OCOP NĂM {year}"], []]


def _provinces_63() -> list[str]:
    text = resources.files("ocop_pipeline.reference").joinpath("provinces_63.csv").read_text(encoding="utf-8")
    return [row["name"] for row in csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))]


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '{sheets}</Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _inline_row(r: int, values: list[str]) -> str:
    cells = "".join(
        f'<c r="{column_letters(c + 1)}{r}" t="inlineStr"><is><t>{_xml_escape(v)}</t></is></c>'
        for c, v in enumerate(values) if v is not None)
    return f'<row r="{r}">{cells}</row>'


def write_raw_xlsx(path: Path, sheets: list[tuple[str, Callable[[Callable[[bytes], None]], None]]],
                   shared_strings: list[str] | None = None) -> Path:
    """A minimal workbook written part by part with zipfile: each sheet is (name, writer) where writer(write) emits
    the sheet's XML in pieces, so a sheet can be any size, valid or not; ``shared_strings`` adds a shared-string
    table (cells name its entries with t="s" and <v>index</v>)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        if shared_strings is not None:
            zf.writestr("xl/sharedStrings.xml", (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'count="{len(shared_strings)}" uniqueCount="{len(shared_strings)}">'
                + "".join(f"<si><t>{_xml_escape(v)}</t></si>" for v in shared_strings) + "</sst>").encode("utf-8"))
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1))
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES.format(sheets=overrides))
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/workbook.xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            + "".join(f'<sheet name="{_xml_escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
                      for i, (name, _) in enumerate(sheets, start=1))
            + "</sheets></workbook>"))
        zf.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                      f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, len(sheets) + 1))
            + "</Relationships>"))
        for i, (_, writer) in enumerate(sheets, start=1):
            info = zipfile.ZipInfo(f"xl/worksheets/sheet{i}.xml", (2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(info, "w", force_zip64=True) as handle:
                writer(handle.write)
    return path


def _small_sheet(rows: list[list[str]]) -> Callable[[Callable[[bytes], None]], None]:
    def write(emit: Callable[[bytes], None]) -> None:
        emit((_SHEET_HEAD + f'<dimension ref="A1:{column_letters(max(map(len, rows)))}{len(rows)}"/><sheetData>'
              + "".join(_inline_row(r, row) for r, row in enumerate(rows, start=1))
              + "</sheetData></worksheet>").encode("utf-8"))
    return write


def patch_zip_member(source: Path, target: Path, member: str, edit: Callable[[bytes], bytes]) -> Path:
    """A copy of the workbook ``source`` with one member's bytes replaced by ``edit(bytes)``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, edit(data) if info.filename == member else data)
    return target


# ---------------------------------------------------------------------------------------------------------------
# spreadsheets: whole-file problems


def write_truncated_xlsx(folder: Path) -> Path:
    """A real workbook cut in half, as an interrupted download leaves it."""
    good = write_star_cells_xlsx(folder, name="_tam_de_cat.xlsx")
    data = good.read_bytes()
    good.unlink()
    return _write(folder / "bi_cat_ngang.xlsx", data[: len(data) // 2])


def write_zero_byte_xlsx(folder: Path) -> Path:
    return _write(folder / "rong_0_byte.xlsx", b"")


def ole_container(streams: dict[str, bytes]) -> bytes:
    """A compound file (OLE2, what .xls and encrypted Office files are) holding ``streams`` in its root storage.

    Version 3, 512-byte sectors, one FAT sector (so at most ~60 KB in all); every stream is padded to 4,096 bytes
    so none goes to the mini stream.
    """
    sector = 512
    end, free, fat_sect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    names = sorted(streams, key=lambda n: (len(n), n.upper()))  # sibling order of the directory tree
    fat = [fat_sect, end]
    starts, sizes, body = [], [], b""
    for name in names:
        data = streams[name]
        padded = data.ljust(max(4096, -(-len(data) // sector) * sector), b"\x00")
        first, count = len(fat), len(padded) // sector
        fat += [first + i + 1 for i in range(count - 1)] + [end]
        starts.append(first)
        sizes.append(len(padded))
        body += padded
    assert len(fat) <= sector // 4, "too big for one FAT sector"
    fat += [free] * (sector // 4 - len(fat))
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end)
    struct.pack_into("<I", header, 68, end)
    header[76:76 + 4 * 109] = struct.pack("<109I", 0, *([free] * 108))

    def entry(name: str, kind: int, right=free, child=free, start=end, size=0) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        return (raw.ljust(64, b"\x00") + struct.pack("<HBBIII", len(raw), kind, 1, free, right, child)
                + bytes(16) + struct.pack("<I", 0) + bytes(16) + struct.pack("<IQ", start, size))

    directory = entry("Root Entry", 5, child=1)
    for i, name in enumerate(names, start=1):
        directory += entry(name, 2, right=i + 1 if i < len(names) else free, start=starts[i - 1], size=sizes[i - 1])
    assert len(directory) <= sector, "too many streams for one directory sector"
    directory = directory.ljust(sector, b"\x00")
    return bytes(header) + struct.pack(f"<{sector // 4}I", *fat) + directory + body


def write_encrypted_xlsx(folder: Path) -> Path:
    """What Excel writes for a password-protected workbook: an OLE compound file (D0 CF 11 E0 …) holding the
    streams EncryptionInfo and EncryptedPackage, not a zip."""
    info = (struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" '
            b'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
            b'hashAlgorithm="SHA512"/></encryption>')
    rng = random.Random(11)
    package = struct.pack("<Q", 6000) + bytes(rng.randrange(256) for _ in range(8184))
    return _write(folder / "co_mat_khau.xlsx", ole_container({"EncryptionInfo": info, "EncryptedPackage": package}))


def _biff(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _biff_text(text: str, length_bytes: int = 2) -> bytes:
    return struct.pack("<H" if length_bytes == 2 else "<B", len(text)) + b"\x01" + text.encode("utf-16-le")


def xls_bytes(sheets: dict[str, list[tuple[int, int, object]]]) -> bytes:
    """A minimal Excel 97-2003 (BIFF8) workbook: for each sheet, cells (row, column, value) as LABEL (text) and
    NUMBER records, 0-based. Enough for calamine; Excel itself wants more records."""
    xf = _biff(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    globals_head = _biff(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x1F0B, 0x07CD, 0, 0x06)) + \
        _biff(0x0042, struct.pack("<H", 1200)) + xf * 16 + _biff(0x00E0, struct.pack(
            "<HHHBBBBIIH", 0, 0, 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    boundsheet_sizes = [len(_biff(0x0085, b"\x00" * 6 + _biff_text(name, 1))) for name in sheets]
    offset = len(globals_head) + sum(boundsheet_sizes) + 4  # + EOF
    bodies, boundsheets = [], b""
    for name, cells in sheets.items():
        body = _biff(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x1F0B, 0x07CD, 0, 0x06))
        rows = [r for r, _, _ in cells] or [0]
        cols = [c for _, c, _ in cells] or [0]
        body += _biff(0x0200, struct.pack("<IIHHH", min(rows), max(rows) + 1, min(cols), min(max(cols) + 1, 0xFFFF), 0))
        for r, c, value in cells:
            if isinstance(value, str):
                body += _biff(0x0204, struct.pack("<HHH", r, c, 16) + _biff_text(value))
            else:
                body += _biff(0x0203, struct.pack("<HHHd", r, c, 16, float(value)))
        body += _biff(0x000A, b"")
        boundsheets += _biff(0x0085, struct.pack("<IBB", offset, 0, 0) + _biff_text(name, 1))
        offset += len(body)
        bodies.append(body)
    return ole_container({"Workbook": globals_head + boundsheets + _biff(0x000A, b"") + b"".join(bodies)})


def write_xls(folder: Path, name: str = "danh_sach_cu.xls") -> Path:
    """An Excel 97-2003 product list, still common from district offices."""
    rows = [["DANH SÁCH SẢN PHẨM OCOP NĂM 2021"], [], PRODUCT_HEADER[:6],
            [1, "Mắm tôm chà Gò Công", "Cơ sở Bà Hai", "xã Bình Đông, thị xã Gò Công", "Tiền Giang", "3 sao"]]
    cells = [(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row) if v is not None]
    return _write(folder / name, xls_bytes({"DS": cells}))


def write_xls_far_cell(folder: Path) -> Path:
    """An .xls whose cell records name row 65535 and column 65535 (BIFF8 stops at column 255): a reader that
    allocates the bounding box asks for 4 billion cells."""
    cells = [(0, 0, "Tên sản phẩm"), (1, 0, "Chè"), (65535, 65535, "x")]
    return _write(folder / "o_xa_cu.xls", xls_bytes({"DS": cells}))


def write_twenty_sheets_xlsx(folder: Path) -> Path:
    """20 sheets: 16 provincial lists, a hidden and a very hidden list, a chart sheet and a sheet holding only a
    chart."""
    path = folder / "hai_muoi_trang.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(path)
    provinces = _provinces_63()[:18]
    for i, province in enumerate(provinces):
        name = "Ẩn" if i == 16 else "Rất ẩn" if i == 17 else province[:31]
        sheet = workbook.add_worksheet(name)
        rows = _title(province) + [PRODUCT_HEADER] + [
            _product_row(k, f"Sản phẩm {k} của {province}", stars=str(3 + k % 3), province=province)
            for k in range(1, 4)]
        for r, row in enumerate(rows):
            sheet.write_row(r, 0, row)
        if i == 16:
            sheet.hide()
        if i == 17:
            sheet.very_hidden()
    chart = workbook.add_chart({"type": "column"})
    chart.add_series({"name": "Số sản phẩm", "values": f"='{provinces[0]}'!$G$5:$G$7"})
    workbook.add_chartsheet("Biểu đồ").set_chart(chart)
    pie = workbook.add_chart({"type": "pie"})
    pie.add_series({"values": f"='{provinces[1]}'!$G$5:$G$7"})
    workbook.add_worksheet("Chỉ có đồ thị").insert_chart("B2", pie)
    workbook.close()
    return path


def write_zip_bomb_xlsx(folder: Path, expanded_bytes: int = 300 * MB) -> Path:
    """A workbook of a few hundred KB whose first sheet expands to ``expanded_bytes`` of highly repetitive XML
    (the same row again and again, no references); its second sheet is an ordinary small list."""
    piece = b'<row><c t="inlineStr"><is><t>Bom</t></is></c><c t="inlineStr"><is><t>OCOP</t></is></c></row>'
    block = piece * (MB // len(piece))

    def bomb(emit: Callable[[bytes], None]) -> None:
        emit((_SHEET_HEAD + '<dimension ref="A1:B2"/><sheetData>').encode())
        written = 0
        while written < expanded_bytes:
            emit(block)
            written += len(block)
        emit(b"</sheetData></worksheet>")

    good = _small_sheet([PRODUCT_HEADER, [str(v) for v in _product_row(1, "Kẹo dừa sáp")]])
    return write_raw_xlsx(folder / "bom_giai_nen.xlsx", [("Bom", bomb), ("DS", good)])


def write_shared_string_bomb_xlsx(folder: Path, cells: int = 40_000, length: int = 30_000) -> Path:
    """A small workbook whose ``cells`` cells all name one shared string of ``length`` characters: fastexcel copies
    the string for each cell, 40,000 x 30,000 characters = 1.2 GB of text from a file of ~100 KB."""
    def sheet(emit: Callable[[bytes], None]) -> None:
        emit((_SHEET_HEAD + f'<dimension ref="A1:A{cells}"/><sheetData>').encode())
        emit("".join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(1, cells + 1)).encode())
        emit(b"</sheetData></worksheet>")

    good = _small_sheet([PRODUCT_HEADER, [str(v) for v in _product_row(1, "Kẹo dừa sáp")]])
    return write_raw_xlsx(folder / "bom_chuoi_chung.xlsx", [("Bom", sheet), ("DS", good)],
                          shared_strings=[long_product_name(length)])


def write_declared_extent_xlsx(folder: Path) -> Path:
    """A 5 KB workbook whose declared used range is the whole grid, A1:XFD1048576 (its cells are A1:I3)."""
    source = write_xlsx(folder / "_tam_khai_bao.xlsx", {"DS": [PRODUCT_HEADER, _product_row(1, "Chè Shan tuyết",
                                                                                             province="Hà Giang")]})
    whole_grid = b'<dimension ref="A1:XFD1048576"/>'
    target = patch_zip_member(source, folder / "khai_bao_ca_luoi.xlsx", "xl/worksheets/sheet1.xml",
                              lambda xml: re.sub(rb'<dimension ref="[^"]*"/>', whole_grid, xml))
    source.unlink()
    return target


def write_far_cell_xlsx(folder: Path, value: str = "") -> Path:
    """A small list plus one cell at XFD1048576, the last cell of the grid: the sheet's cells really span the whole
    grid. An empty text cell there is what makes calamine allocate 512 GB and abort; ``value`` puts text in it."""
    source = write_xlsx(folder / "_tam_o_xa.xlsx", {"DS": [PRODUCT_HEADER, _product_row(1, "Gạo ST25",
                                                                                         province="Sóc Trăng")]})
    far = (f'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>{_xml_escape(value)}</t></is></c></row>'
           .encode())
    name = "o_cuoi_luoi_co_chu.xlsx" if value else "o_cuoi_luoi.xlsx"
    target = patch_zip_member(source, folder / name, "xl/worksheets/sheet1.xml", lambda xml: re.sub(
        rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', xml).replace(b"</sheetData>",
                                                                                        far + b"</sheetData>"))
    source.unlink()
    return target


# ---------------------------------------------------------------------------------------------------------------
# spreadsheets: CSV


def _csv_text(rows: list[list], delimiter: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        ["" if v is None else v for v in row] for row in rows)
    return buffer.getvalue()


def _csv_bytes(rows: list[list], delimiter: str, bom: bool = True) -> bytes:
    """As Excel's "CSV UTF-8" saves it: a BOM, CRLF line ends, quotes only where needed."""
    return (b"\xef\xbb\xbf" if bom else b"") + _csv_text(rows, delimiter).encode("utf-8")


def write_tab_csv(folder: Path) -> Path:
    rows = [PRODUCT_HEADER] + [_product_row(i, n, province="Tiền Giang") for i, n in
                               enumerate(["Bánh phồng Cái Bè", "Hủ tiếu Mỹ Tho", "Mắm tôm chà Gò Công"], 1)]
    return _write(folder / "tien_giang_tab.csv", _csv_bytes(rows, "\t"))


def write_semicolon_csv(folder: Path) -> Path:
    rows = [["Danh sách sản phẩm OCOP tỉnh Vĩnh Long năm 2023"], PRODUCT_HEADER] + [
        _product_row(i, n, province="Vĩnh Long") for i, n in enumerate(["Bánh tét lá cẩm", "Khoai lang sấy"], 1)]
    return _write(folder / "vinh_long_cham_phay.csv", _csv_bytes(rows, ";"))


def write_header_only_csv(folder: Path) -> Path:
    return _write(folder / "chi_co_tieu_de.csv", _csv_bytes([PRODUCT_HEADER], ","))


def write_one_column_csv(folder: Path) -> Path:
    return _write(folder / "mot_cot.csv", "Tên sản phẩm\nKẹo dừa\nBánh pía\n".encode("utf-8"))


def write_mixed_encoding_csv(folder: Path) -> Path:
    """A UTF-8 CSV into which one line was pasted from a Windows-1258 file (row 3 of the file)."""
    rows = [PRODUCT_HEADER] + [_product_row(i, n, province="Đồng Tháp") for i, n in
                               enumerate(["Sen sấy Tháp Mười", "Nem Lai Vung", "Bánh phồng tôm Sa Giang"], 1)]
    lines = _csv_text(rows, ";").splitlines(keepends=True)
    data = "".join(lines[:2]).encode("utf-8") + cp1258_bytes(lines[2]) + "".join(lines[3:]).encode("utf-8")
    return _write(folder / "lan_bang_ma.csv", data)


# ---------------------------------------------------------------------------------------------------------------
# spreadsheets: row-level problems (the files read fine; the rows must be quarantined with their reason)

STAR_CELLS = ["5 sao", "6", "0", "-1", "ba", "3.5"]


def write_star_cells_xlsx(folder: Path, name: str = "hang_sao_la.xlsx") -> Path:
    """One good row (4 sao), then a row for each odd star cell: 5 sao (good), 6, 0, -1, ba, 3.5."""
    rows = _title("Bến Tre") + [PRODUCT_HEADER, _product_row(1, "Bưởi da xanh", "4 sao")] + [
        _product_row(i, f"Sản phẩm hạng {stars}", stars) for i, stars in enumerate(STAR_CELLS, start=2)]
    return write_xlsx(folder / name, {"DS": rows})


def write_score_150_xlsx(folder: Path) -> Path:
    rows = _title("Bến Tre") + [PRODUCT_HEADER, _product_row(1, "Kẹo dừa sáp", "4", 88),
                                _product_row(2, "Mật ong hoa dừa", "3", 150)]
    return write_xlsx(folder / "diem_150.xlsx", {"DS": rows})


def write_decision_1999_xlsx(folder: Path) -> Path:
    rows = _title("Bến Tre") + [PRODUCT_HEADER, _product_row(1, "Bánh tráng Mỹ Lồng", "3"),
                                _product_row(2, "Rượu dừa", "3", day="15/06/1999")]
    return write_xlsx(folder / "quyet_dinh_1999.xlsx", {"DS": rows})


def write_unknown_province_list_xlsx(folder: Path) -> Path:
    rows = [["DANH SÁCH SẢN PHẨM OCOP NĂM 2023"], PRODUCT_HEADER, _product_row(1, "Chè Tân Cương", "4",
                                                                             province="Thái Nguyên"),
            _product_row(2, "Nước mắm Atlantis", "3", province="Tỉnh Atlantis")]
    return write_xlsx(folder / "tinh_la_danh_sach.xlsx", {"DS": rows})


SUMMARY_HEADER = ["Tỉnh", "3 sao", "4 sao", "5 sao", "Tổng"]


def write_unknown_province_summary_xlsx(folder: Path) -> Path:
    rows = [["TỔNG HỢP SẢN PHẨM OCOP THEO TỈNH NĂM 2023"], SUMMARY_HEADER, ["Hà Giang", 80, 20, 1, 101],
            ["Tỉnh Atlantis", 10, 2, 0, 12], ["Lào Cai", 60, 15, 0, 75]]
    return write_xlsx(folder / "tinh_la_tong_hop.xlsx", {"TH": rows})


def write_absurd_summary_xlsx(folder: Path) -> Path:
    """Counts no province has: 5,000,000 as a number and as text written the Vietnamese way."""
    rows = [["TỔNG HỢP SẢN PHẨM OCOP TỈNH NGHỆ AN NĂM 2023"], ["Huyện", "3 sao", "4 sao", "5 sao", "Tổng"],
            ["Huyện Nghi Lộc", 12, 3, 0, 15], ["Huyện Quỳnh Lưu", 5000000, 1, 0, 5000001],
            ["Huyện Diễn Châu", "5.000.000", "2", "0", "5.000.002"]]
    return write_xlsx(folder / "tong_hop_vo_ly.xlsx", {"TH": rows})


INJECTION_NAMES = ['=HYPERLINK("http://x","y")', "=1+1", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                   "@SUM(1+1)*cmd|' /C calc'!A0", "'); DROP TABLE products;--", "Robert'); DROP TABLE ratings;--"]


def write_injection_xlsx(folder: Path) -> Path:
    """Product names that look like formulas or SQL: stored as text cells, they must come out verbatim."""
    rows = _title("Bến Tre") + [PRODUCT_HEADER] + [_product_row(i, name) for i, name in
                                                   enumerate(INJECTION_NAMES, start=1)]
    return write_xlsx(folder / "cong_thuc_va_sql.xlsx", {"DS": rows}, strings_only=True)


def write_injection_csv(folder: Path) -> Path:
    rows = [PRODUCT_HEADER] + [_product_row(i, name) for i, name in enumerate(INJECTION_NAMES, start=1)]
    return _write(folder / "cong_thuc_va_sql.csv", _csv_bytes(rows, ";"))


LONG_NAME_LENGTH = 10_000


def long_product_name(length: int = LONG_NAME_LENGTH) -> str:
    words = "Bánh tráng phơi sương Trảng Bàng cuốn thịt heo luộc rau rừng ".split()
    name, i = "", 0
    while len(name) < length:
        name += words[i % len(words)] + " "
        i += 1
    return name[:length - 1] + "X"


def write_long_name_xlsx(folder: Path, length: int = LONG_NAME_LENGTH) -> Path:
    rows = _title("Tây Ninh") + [PRODUCT_HEADER, _product_row(1, long_product_name(length), province="Tây Ninh"),
                                 _product_row(2, "Muối tôm Tây Ninh", province="Tây Ninh")]
    return write_xlsx(folder / "ten_dai_10000.xlsx", {"DS": rows})


NATIONAL_HEADER = ["STT", "Mã số", "Tên sản phẩm", "Tên chủ thể", "Loại hình chủ thể", "Địa chỉ", "Xã", "Huyện",
                   "Tỉnh", "Phân nhóm", "Hạng sao", "Điểm", "Quyết định công nhận", "Ngày quyết định", "Hình thức"]


def write_national_list_xlsx(folder: Path, rows: int = 100_000, seed: int = 2024) -> Path:
    """A national product list of ``rows`` rows x 15 columns across the 63 provinces, as the ministry publishes it."""
    rng = random.Random(seed)
    provinces = _provinces_63()
    products = ["Mật ong rừng", "Chè xanh", "Gạo ST25", "Nước mắm", "Bánh tráng", "Cà phê bột", "Miến dong",
                "Tinh dầu sả", "Rượu nếp", "Bưởi da xanh", "Mứt gừng", "Nấm linh chi", "Khô cá lóc", "Kẹo dừa"]
    producers = [("HTX Nông nghiệp", "Hợp tác xã"), ("Công ty TNHH", "Doanh nghiệp"),
                 ("Hộ kinh doanh", "Hộ kinh doanh"), ("Tổ hợp tác", "Tổ hợp tác"), ("Cơ sở", "Hộ kinh doanh")]
    groups = ["Thực phẩm", "Đồ uống", "Dược liệu", "Thủ công mỹ nghệ", "Dịch vụ du lịch"]
    path = folder / f"danh_sach_toan_quoc_{rows}.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(path, {"constant_memory": True})
    sheet = workbook.add_worksheet("Toàn quốc")
    sheet.write_row(0, 0, ["DANH SÁCH SẢN PHẨM OCOP TOÀN QUỐC"])
    sheet.write_row(2, 0, NATIONAL_HEADER)
    for i in range(rows):
        province = provinces[i % len(provinces)]
        producer, kind = rng.choice(producers)
        year = rng.randint(2019, 2024)
        sheet.write_row(3 + i, 0, [
            i + 1, f"OCOP-{i + 1:06d}", f"{rng.choice(products)} {province} {i}", f"{producer} {province} {i % 97}",
            kind, f"xã Số {i % 50}, huyện Số {i % 9}, tỉnh {province}", f"Số {i % 50}", f"Số {i % 9}", province,
            rng.choice(groups), f"{rng.choice((3, 3, 3, 4, 4, 5))} sao", rng.randint(50, 99),
            f"{rng.randint(100, 3000)}/QĐ-UBND", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}",
            rng.choice(("Mới", "Đánh giá lại", "Nâng hạng")),
        ])
    workbook.close()
    return path


SPREADSHEET_CASES: dict[str, Callable[..., Path]] = {
    "truncated_xlsx": write_truncated_xlsx,
    "zero_byte_xlsx": write_zero_byte_xlsx,
    "encrypted_xlsx": write_encrypted_xlsx,
    "twenty_sheets": write_twenty_sheets_xlsx,
    "tab_csv": write_tab_csv,
    "semicolon_csv": write_semicolon_csv,
    "header_only_csv": write_header_only_csv,
    "one_column_csv": write_one_column_csv,
    "mixed_encoding_csv": write_mixed_encoding_csv,
    "star_cells": write_star_cells_xlsx,
    "score_150": write_score_150_xlsx,
    "decision_1999": write_decision_1999_xlsx,
    "unknown_province_list": write_unknown_province_list_xlsx,
    "unknown_province_summary": write_unknown_province_summary_xlsx,
    "absurd_summary": write_absurd_summary_xlsx,
    "injection_xlsx": write_injection_xlsx,
    "injection_csv": write_injection_csv,
    "long_name": write_long_name_xlsx,
    "xls": write_xls,
    "xls_far_cell": write_xls_far_cell,
    "shared_string_bomb": write_shared_string_bomb_xlsx,
    "declared_extent": write_declared_extent_xlsx,
    "far_cell": write_far_cell_xlsx,
}


def write_all(folder: Path, *, big_article_bytes: int | None = None, national_rows: int | None = None,
              bomb_bytes: int | None = 300 * MB, paragraphs: int = 5000) -> dict[str, Path | list[Path]]:
    """Every case, under folder/articles and folder/spreadsheets: {case name: path (or paths)}.

    The one-line article and the national list are written only when their size is given (``big_article_bytes=8 *
    MB``, ``national_rows=100_000``); the zip bomb (a ~1 MB file) unless ``bomb_bytes`` is None.
    """
    articles, sheets = folder / "articles", folder / "spreadsheets"
    articles.mkdir(parents=True, exist_ok=True)
    sheets.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path | list[Path]] = {}
    for name, writer in ARTICLE_CASES.items():
        written[name] = writer(articles, paragraphs) if name == "many_paragraphs" else writer(articles)
    if big_article_bytes:
        written["huge_single_line"] = write_huge_single_line_article(articles, big_article_bytes)
    for name, writer in SPREADSHEET_CASES.items():
        written[name] = writer(sheets)
    if bomb_bytes:
        written["zip_bomb"] = write_zip_bomb_xlsx(sheets, bomb_bytes)
    if national_rows:
        written["national_list"] = write_national_list_xlsx(sheets, national_rows)
    return written
