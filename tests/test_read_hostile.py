"""Hostile files at the reader level: what ``read_grids`` and ``decode_article`` return or refuse, and why.

The cases come from ``hostile_inputs`` (shared with the ingest tests). A read that could take the process down if
a guard regressed (a sheet spanning the whole grid, a zip bomb, a shared-string bomb) runs in a subprocess with a
memory limit, so a regression fails one test instead of killing the run.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

import hostile_inputs as H
from ocop_pipeline.articles.decode import decode_article
from ocop_pipeline.spreadsheets import read
from ocop_pipeline.spreadsheets.read import UnreadableFile, read_grids

ARTICLE_NFC = unicodedata.normalize("NFC", H.ARTICLE)
MEMORY_LIMIT = 4 * 1024**3


def run_isolated(code: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter limited to 4 GB of address space."""
    limit = f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))\n"
    return subprocess.run([sys.executable, "-c", limit + textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout, cwd=Path(__file__).parent.parent)


def read_isolated(*paths: Path, timeout: float = 60) -> dict | list[dict]:
    """read_grids(path) for each path in one subprocess: the grids summarised, and the seconds each took."""
    proc = run_isolated(f"""
        import json, time
        from pathlib import Path
        from ocop_pipeline.spreadsheets.read import read_grids, UnreadableFile
        results = []
        for path in {[str(p) for p in paths]!r}:
            start = time.perf_counter()
            try:
                grids = read_grids(Path(path))
                out = {{"grids": [{{"sheet": g.sheet, "rows": len(g.rows), "error": g.error,
                                   "first": g.rows[:2], "last": g.rows[-1][-3:] if g.rows else None}}
                                  for g in grids]}}
            except UnreadableFile as exc:
                out = {{"unreadable": str(exc)}}
            out["seconds"] = time.perf_counter() - start
            results.append(out)
        print(json.dumps(results))
    """, timeout)
    assert proc.returncode == 0, f"the reader died (exit {proc.returncode}): {proc.stderr[-2000:]}"
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    return results[0] if len(paths) == 1 else results


# ---------------------------------------------------------------------------------------------------------------
# articles


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for writer in H.ARTICLE_CASES.values():
        writer(folder)
    return folder


def decode(path: Path):
    return decode_article(path.read_bytes())


@pytest.mark.parametrize("case", ["empty", "whitespace_only"])
def test_empty_articles_are_refused(tmp_path: Path, case: str) -> None:
    decoded = decode(H.ARTICLE_CASES[case](tmp_path))
    assert (decoded.text, decoded.error) == (None, "empty file")


def test_binary_data_named_txt_is_refused(tmp_path: Path) -> None:
    decoded = decode(H.write_binary_article(tmp_path))
    assert decoded.text is None and decoded.error.startswith("binary data")


@pytest.mark.parametrize(
    ("case", "encoding"),
    [("utf16_le_bom", "utf-16"), ("utf16_be_bom", "utf-16"), ("utf16_le_no_bom", "utf-16-le"),
     ("utf16_be_no_bom", "utf-16-be")],
)
def test_utf16_with_and_without_bom_reads_the_same_text(tmp_path: Path, case: str, encoding: str) -> None:
    decoded = decode(H.ARTICLE_CASES[case](tmp_path))
    assert (decoded.text, decoded.encoding, decoded.error, decoded.warnings) == (ARTICLE_NFC, encoding, None, ())


@pytest.mark.parametrize("case", ["windows_1258", "tcvn3", "vni"])
def test_legacy_vietnamese_encodings_are_refused_not_guessed(tmp_path: Path, case: str) -> None:
    decoded = decode(H.ARTICLE_CASES[case](tmp_path))
    assert decoded.text is None
    assert "legacy encoding" in decoded.error and "convert the file to UTF-8" in decoded.error


def test_legacy_samples_are_what_those_encodings_write() -> None:
    # Windows-1258: base letters plus a combining tone byte (hook D2, acute EC); ê is one byte (EA)
    assert H.cp1258_bytes("Tỉnh Bến Tre") == b"Ti\xd2nh B\xea\xecn Tre"
    assert H.tcvn3_bytes("sản phẩm") == b"s\xb6n ph\xc8m"  # one byte per accented letter
    assert H.vni_bytes("sản phẩm") == b"sa\xfbn pha\xe5m"  # base letter plus a mark byte


def test_a_few_invalid_bytes_in_good_utf8_are_replaced_and_reported(tmp_path: Path) -> None:
    path = H.write_invalid_bytes_article(tmp_path)
    decoded = decode(path)
    assert decoded.error is None and decoded.text.count("\ufffd") == 3
    first = path.read_bytes().index(b"\xff")
    assert decoded.warnings == (f"3 invalid UTF-8 byte sequences replaced by U+FFFD (first at byte {first})",)
    assert decoded.text.replace("\ufffd", "") .startswith(ARTICLE_NFC[:200])


def test_damaged_bytes_need_good_utf8_around_them() -> None:
    good = H.ARTICLE.encode()
    # one bad byte in all-ASCII text: nothing vouches for UTF-8, so it is refused (Windows-1252 punctuation?)
    assert "legacy encoding" in decode_article(b"Ben Tre co 215 san pham OCOP \x92dat chuan\x92.").error
    # a damaged paragraph pasted from Windows-1258 into good UTF-8: too much of it is not UTF-8
    mixed = good + H.cp1258_bytes(H.ARTICLE) + good
    assert "legacy encoding" in decode_article(mixed).error
    # a long article with 9 damaged sequences spread through it is read
    damaged = (good * 3).replace(b"OCOP", b"OC\xffOP")
    assert decode_article(damaged).warnings[0].startswith("9 invalid UTF-8 byte sequences")


def test_a_nul_byte_becomes_a_space_with_a_warning(tmp_path: Path) -> None:
    decoded = decode(H.write_nul_article(tmp_path))
    assert decoded.error is None and "\x00" not in decoded.text
    assert decoded.text == ARTICLE_NFC.replace("Năm 2024", " Năm 2024")
    assert "1 control character (NUL) replaced by a space" in decoded.warnings[0]


def test_word_line_breaks_become_line_ends_and_a_few_controls_are_tolerated() -> None:
    decoded = decode_article(("Bến Tre\x0bcó 215 sản phẩm\x07 OCOP." + " Đạt chuẩn." * 20).encode())
    assert decoded.text.startswith("Bến Tre\ncó 215 sản phẩm  OCOP.")
    assert decoded.warnings and "2 control characters (U+0007, U+000B)" in decoded.warnings[0]
    assert decode_article(b"OCOP" + b"\x01\x02\x03\x04\x05" * 3).error.startswith("binary data")


@pytest.mark.parametrize("case", ["cr_only", "crlf"])
def test_cr_only_and_crlf_become_lf(tmp_path: Path, case: str) -> None:
    decoded = decode(H.ARTICLE_CASES[case](tmp_path))
    assert (decoded.text, decoded.warnings) == (ARTICLE_NFC, ())


def test_five_thousand_paragraphs(tmp_path: Path) -> None:
    decoded = decode(H.write_many_paragraphs_article(tmp_path))
    assert decoded.text.count("\n\n") == 5000 and "Đoạn 5000: " in decoded.text


def test_absurd_numbers_are_text_for_the_extractor(tmp_path: Path) -> None:
    decoded = decode(H.write_absurd_numbers_article(tmp_path))
    assert "999.999.999 sản phẩm OCOP" in decoded.text and decoded.warnings == ()


def test_odd_file_names_are_written_and_read(tmp_path: Path) -> None:
    paths = H.write_odd_name_articles(tmp_path)
    assert [p.name for p in paths] == ["Bài báo OCOP Bến Tre 2024.txt", "-bai bao dau gach.txt", "--help.txt"]
    assert all(decode(p).error is None for p in paths)


def test_a_30_mb_article_on_one_line_decodes_in_seconds(tmp_path: Path) -> None:
    path = H.write_huge_single_line_article(tmp_path, 30 * H.MB)
    data = path.read_bytes()
    start = time.perf_counter()
    decoded = decode_article(data)
    elapsed = time.perf_counter() - start
    assert decoded.error is None and "\n" not in decoded.text and len(data) >= 29 * H.MB
    assert elapsed < 3, f"{elapsed:.1f} s"
    damaged = data[:1000] + b"\xff" + data[1000:]
    start = time.perf_counter()
    warning = "1 invalid UTF-8 byte sequence replaced by U+FFFD (first at byte 1000)"
    assert decode_article(damaged).warnings == (warning,)
    legacy = H.cp1258_bytes(H.ARTICLE) * 20000  # ~13 MB of Windows-1258
    assert "legacy encoding" in decode_article(legacy).error
    assert time.perf_counter() - start < 5


# ---------------------------------------------------------------------------------------------------------------
# spreadsheets: whole files


def test_truncated_xlsx(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="truncated or damaged .xlsx"):
        read_grids(H.write_truncated_xlsx(tmp_path))


def test_zero_byte_xlsx(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match=r"empty file \(0 bytes\)"):
        read_grids(H.write_zero_byte_xlsx(tmp_path))


def test_encrypted_xlsx(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="password-protected .*remove the password"):
        read_grids(H.write_encrypted_xlsx(tmp_path))


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("page.xlsx", b"<!DOCTYPE html><html><body>404 Not Found</body></html>", "HTML"),
        ("report.xls", b"<html><table><tr><td>OCOP</td></tr></table></html>", "HTML"),
        ("doc.pdf.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
        ("wrong.csv", b"PK\x03\x04" + bytes(100), "zip file"),
        ("bin.csv", bytes(range(256)) * 8, "binary data"),
        ("notes.docx", b"PK", "unsupported file type .docx"),
    ],
)
def test_files_that_are_not_what_their_name_says(tmp_path: Path, name, content, reason) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFile, match=reason):
        read_grids(path)


def test_a_word_document_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "bao_cao.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(UnreadableFile, match="no xl/workbook.xml"):
        read_grids(path)


def test_a_file_beyond_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    for name in ("huge.csv", "huge.xlsx"):
        path = tmp_path / name
        with path.open("wb") as handle:  # sparse: no bytes are written
            handle.truncate(read.MAX_FILE_BYTES + 1)
        with pytest.raises(UnreadableFile, match=r"beyond the 100 MB limit .*MAX_FILE_BYTES"):
            read_grids(path)


def test_twenty_sheets_with_hidden_and_chart_only_ones(tmp_path: Path) -> None:
    grids = read_grids(H.write_twenty_sheets_xlsx(tmp_path))
    assert len(grids) == 20
    by_name = {g.sheet: g for g in grids}
    hidden, very_hidden = H._provinces_63()[16:18]
    assert by_name["Ẩn"].error is None and by_name["Ẩn"].rows[4][1] == f"Sản phẩm 1 của {hidden}"
    assert by_name["Rất ẩn"].error is None and by_name["Rất ẩn"].rows[6][1] == f"Sản phẩm 3 của {very_hidden}"
    assert by_name["Biểu đồ"].rows == [] and "chartsheet" in by_name["Biểu đồ"].error
    assert by_name["Chỉ có đồ thị"].rows == [] and "only a chart" in by_name["Chỉ có đồ thị"].error
    provinces = [g for g in grids if g.error is None]
    assert len(provinces) == 18 and all(g.rows[3] == H.PRODUCT_HEADER for g in provinces)


# ---------------------------------------------------------------------------------------------------------------
# spreadsheets: CSV


def test_tab_delimited_csv(tmp_path: Path) -> None:
    grid, = read_grids(H.write_tab_csv(tmp_path))
    assert grid.rows[0] == H.PRODUCT_HEADER
    assert grid.rows[1][3] == "xã Tân Thiềng, huyện Chợ Lách, tỉnh Tiền Giang" and len(grid.rows) == 4


def test_semicolon_csv_with_a_title_line(tmp_path: Path) -> None:
    grid, = read_grids(H.write_semicolon_csv(tmp_path))
    assert grid.rows[0] == ["Danh sách sản phẩm OCOP tỉnh Vĩnh Long năm 2023"]
    assert grid.rows[1] == H.PRODUCT_HEADER and grid.rows[2][1] == "Bánh tét lá cẩm"


def test_header_only_csv(tmp_path: Path) -> None:
    grid, = read_grids(H.write_header_only_csv(tmp_path))
    assert grid.rows == [H.PRODUCT_HEADER] and grid.row_problems == {}


def test_one_column_csv(tmp_path: Path) -> None:
    grid, = read_grids(H.write_one_column_csv(tmp_path))
    assert grid.rows == [["Tên sản phẩm"], ["Kẹo dừa"], ["Bánh pía"]]


def test_mixed_encoding_csv_keeps_the_row_and_reports_it(tmp_path: Path) -> None:
    grid, = read_grids(H.write_mixed_encoding_csv(tmp_path))
    assert len(grid.rows) == 4
    assert grid.rows[1][1] == "Sen sấy Tháp Mười" and grid.rows[3][1] == "Bánh phồng tôm Sa Giang"
    assert set(grid.row_problems) == {2}
    assert grid.row_problems[2].startswith("row is not valid UTF-8") and "another encoding" in grid.row_problems[2]
    assert grid.rows[2][:2] == ["2", "Nem Lai Vung"] and grid.rows[2][2].startswith("HTX N\ufffdng nghi\ufffd")


def test_a_csv_mostly_in_a_legacy_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cp1258.csv"
    path.write_bytes(H.cp1258_bytes("STT;Tên sản phẩm;Hạng sao\r\n1;Bánh phồng tôm;3\r\n2;Nem Lai Vung;4\r\n"))
    with pytest.raises(UnreadableFile, match=r"CSV is not UTF-8: 2 of 3 lines .*save it as CSV UTF-8"):
        read_grids(path)


def test_utf16_csv_and_blank_lines_keep_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes("Tên sản phẩm\tHạng sao\r\n\r\nChè\t3\r\n".encode("utf-16"))
    assert read_grids(path)[0].rows == [["Tên sản phẩm", "Hạng sao"], [], ["Chè", "3"]]


def test_an_unclosed_quote_in_a_csv_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    lines = ["Tên sản phẩm;Hạng sao", '"Bánh pía Tân Huê Viên;4'] + [f"Sản phẩm {i};3" for i in range(80)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    grid, = read_grids(path)
    assert "unclosed quote" in grid.row_problems[1]


def test_a_csv_of_too_many_cells_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_SHEET_CELLS", 1000)
    path = tmp_path / "many.csv"
    path.write_text("a;b;c;d\n" * 300, encoding="utf-8")
    with pytest.raises(UnreadableFile, match="beyond the 1,000-cell limit"):
        read_grids(path)


# ---------------------------------------------------------------------------------------------------------------
# spreadsheets: cells come out verbatim, so the row parser sees (and quarantines) what was written


def _column(grid, name: str) -> list[str | None]:
    header_index = next(i for i, row in enumerate(grid.rows) if name in row)
    j = grid.rows[header_index].index(name)
    return [row[j] if j < len(row) else None for row in grid.rows[header_index + 1:]]


def test_star_cells_are_read_as_written(tmp_path: Path) -> None:
    grid, = read_grids(H.write_star_cells_xlsx(tmp_path))
    assert _column(grid, "Hạng sao") == ["4 sao", *H.STAR_CELLS]


@pytest.mark.parametrize(
    ("writer", "column", "values"),
    [
        (H.write_score_150_xlsx, "Điểm", ["88", "150"]),
        (H.write_decision_1999_xlsx, "Ngày quyết định", ["15/09/2023", "15/06/1999"]),
        (H.write_unknown_province_list_xlsx, "Tỉnh", ["Thái Nguyên", "Tỉnh Atlantis"]),
    ],
)
def test_row_problems_reach_the_row_parser(tmp_path: Path, writer, column, values) -> None:
    grid, = read_grids(writer(tmp_path))
    assert _column(grid, column) == values and grid.error is None and grid.row_problems == {}


def test_summary_tables_with_an_unknown_province_and_absurd_counts(tmp_path: Path) -> None:
    grid, = read_grids(H.write_unknown_province_summary_xlsx(tmp_path))
    assert _column(grid, "Tỉnh") == ["Hà Giang", "Tỉnh Atlantis", "Lào Cai"]
    grid, = read_grids(H.write_absurd_summary_xlsx(tmp_path))
    assert grid.rows[3] == ["Huyện Quỳnh Lưu", "5000000", "1", "0", "5000001"]
    assert grid.rows[4] == ["Huyện Diễn Châu", "5.000.000", "2", "0", "5.000.002"]


@pytest.mark.parametrize("writer", [H.write_injection_xlsx, H.write_injection_csv])
def test_formula_and_sql_looking_text_stays_verbatim(tmp_path: Path, writer) -> None:
    grid, = read_grids(writer(tmp_path))
    assert _column(grid, "Tên sản phẩm") == H.INJECTION_NAMES


def test_a_10000_character_product_name_stays_whole(tmp_path: Path) -> None:
    grid, = read_grids(H.write_long_name_xlsx(tmp_path))
    assert _column(grid, "Tên sản phẩm")[0] == H.long_product_name() and len(H.long_product_name()) == 10_000


def test_columns_keep_their_letters_when_a_sheet_starts_right_of_a(tmp_path: Path) -> None:
    path = tmp_path / "lech.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet("S")
    sheet.write("C3", "Tên sản phẩm")
    sheet.write("D3", "Hạng sao")
    sheet.write("C4", "Chè")
    sheet.write("D4", 3)
    workbook.close()
    grid, = read_grids(path)
    assert grid.rows == [[None] * 4, [None] * 4, [None, None, "Tên sản phẩm", "Hạng sao"], [None, None, "Chè", "3"]]


# ---------------------------------------------------------------------------------------------------------------
# spreadsheets: sizes that would take the process down without the guards (each read in a subprocess)


def test_calamine_itself_aborts_on_a_sheet_spanning_the_whole_grid(tmp_path: Path) -> None:
    """Why the guard exists: fastexcel, given the file directly, kills its process (no exception to catch)."""
    path = H.write_far_cell_xlsx(tmp_path)
    proc = run_isolated(f"""
        import fastexcel
        reader = fastexcel.read_excel({str(path)!r})
        reader.load_sheet(0, header_row=None, dtypes="string").to_polars()
        print("survived")
    """)
    if proc.returncode == 0:
        pytest.skip("this fastexcel no longer aborts on a sheet spanning the whole grid; the guard stays anyway")
    assert proc.returncode == -6 and "memory allocation of 549755813888 bytes failed" in proc.stderr


def test_a_sheet_whose_declared_extent_is_the_whole_grid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = H.write_declared_extent_xlsx(tmp_path)
    assert path.stat().st_size < 10_000
    result = read_isolated(path)
    grid, = result["grids"]
    assert grid["error"] is None and grid["rows"] == 2 and grid["first"][1][1] == "Chè Shan tuyết"
    assert result["seconds"] < 3
    # calamine is handed a copy without the false <dimension> (this fastexcel survives a declared extent alone, so
    # checking that in this process is safe)
    copies = []
    copy = read._copy_without_dimension
    monkeypatch.setattr(read, "_copy_without_dimension", lambda *args: copies.append(args[2]) or copy(*args))
    assert read_grids(path)[0].rows[1][1] == "Chè Shan tuyết" and copies == [{"xl/worksheets/sheet1.xml"}]


@pytest.mark.parametrize("value", ["", "Ghi chú lạc chỗ"])
def test_a_sheet_whose_cells_really_span_the_whole_grid(tmp_path: Path, value: str) -> None:
    """One cell at XFD1048576: read cell by cell; an empty one adds nothing, a filled one keeps its row and column."""
    result = read_isolated(H.write_far_cell_xlsx(tmp_path, value))
    grid, = result["grids"]
    assert grid["error"] is None and grid["first"][1][1] == "Gạo ST25"
    if value:
        assert grid["rows"] == 1_048_576 and grid["last"] == [None, None, value]
    else:
        assert grid["rows"] == 2
    assert result["seconds"] < 5


# Ways of writing a cell at the last position of the grid. calamine positions a cell by its (last) r attribute,
# lower-case letters included, and skips an element with no value: each form must be seen by the inspection.
FAR_CELL_FORMS = {
    "plain": '<c r="XFD1048576" t="inlineStr"><is><t>y</t></is></c>',
    "two spaces": '<c  r="XFD1048576" t="inlineStr"><is><t>y</t></is></c>',
    "single quotes": "<c r='XFD1048576' t='inlineStr'><is><t>y</t></is></c>",
    "spaces around =": '<c r = "XFD1048576" t="inlineStr"><is><t>y</t></is></c>',
    "r second": '<c t="inlineStr" r="XFD1048576"><is><t>y</t></is></c>',
    "line break": '<c\nr="XFD1048576"\nt="inlineStr"><is><t>y</t></is></c>',
    "lower case": '<c r="xfd1048576" t="inlineStr"><is><t>y</t></is></c>',
    "two r, last far": '<c r="B1" r="XFD1048576" t="inlineStr"><is><t>y</t></is></c>',
    "> in a value": '<c r="B1" s="1" foo="a>b" r="XFD1048576" t="inlineStr"><is><t>y</t></is></c>',
    "prefixed": '<x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="XFD1048576" '
                't="inlineStr"><x:is><x:t>y</x:t></x:is></x:c>',
    "beyond the grid": '<c r="ZZZZ99999999" t="inlineStr"><is><t>y</t></is></c>',
    "empty element": '<c r="XFD1048576" s="1"/>',
}


def test_every_way_of_writing_a_far_cell_is_seen(tmp_path: Path) -> None:
    paths = []
    for i, form in enumerate(FAR_CELL_FORMS.values()):
        def sheet(emit, form=form) -> None:
            emit((H._SHEET_HEAD + '<dimension ref="A1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t>'
                  f'</is></c></row><row r="1048576">{form}</row></sheetData></worksheet>').encode())
        paths.append(H.write_raw_xlsx(tmp_path / f"form{i}.xlsx", [("DS", sheet)]))
    results = read_isolated(*paths)  # the subprocess survives them all
    for name, result in zip(FAR_CELL_FORMS, results, strict=True):
        grid, = result["grids"]
        assert grid["error"] or (grid["first"][0][0] == "x" and grid["last"][-1] in ("y", "x")), name
        assert result["seconds"] < 5, name


def test_a_zip_bomb_sheet_is_refused_and_the_other_sheet_loads(tmp_path: Path) -> None:
    path = H.write_zip_bomb_xlsx(tmp_path, 300 * H.MB)
    assert path.stat().st_size < 3 * H.MB
    result = read_isolated(path)
    bomb, good = result["grids"]
    assert bomb["rows"] == 0 and "expands to more than 256 MB of XML" in bomb["error"]
    assert good["error"] is None and good["first"][1][1] == "Kẹo dừa sáp"
    assert result["seconds"] < 5


def test_a_shared_string_bomb_is_refused_and_the_other_sheet_loads(tmp_path: Path) -> None:
    result = read_isolated(H.write_shared_string_bomb_xlsx(tmp_path))
    bomb, good = result["grids"]
    assert "repeat shared strings into" in bomb["error"] and "MAX_SHEET_TEXT_BYTES" in bomb["error"]
    assert good["error"] is None and good["rows"] == 2
    assert result["seconds"] < 3


def test_a_bomb_in_the_shared_string_table_makes_the_file_unreadable(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_SHARED_STRINGS_XML_BYTES", 1 * H.MB)
    path = H.write_raw_xlsx(tmp_path / "sst.xlsx", [("DS", H._small_sheet([["Tên sản phẩm"]]))],
                            shared_strings=["Kẹo dừa " * 100] * 2000)
    with pytest.raises(UnreadableFile, match="shared-string table expands to more than 1 MB"):
        read_grids(path)


def test_an_xls_is_read_in_a_child_process(tmp_path: Path) -> None:
    grid, = read_grids(H.write_xls(tmp_path))
    assert grid.rows[2] == H.PRODUCT_HEADER[:6]
    assert grid.rows[3] == ["1", "Mắm tôm chà Gò Công", "Cơ sở Bà Hai", "xã Bình Đông, thị xã Gò Công", "Tiền Giang",
                            "3 sao"]


def test_an_xls_whose_cells_claim_a_huge_sheet_takes_only_its_child_down(tmp_path: Path) -> None:
    path = H.write_xls_far_cell(tmp_path)
    assert path.stat().st_size < 10_000
    proc = run_isolated(f"""
        import fastexcel
        fastexcel.read_excel({str(path)!r})
        print("survived")
    """)
    assert proc.returncode != 0 and "memory allocation of" in proc.stderr  # calamine alone aborts
    result = read_isolated(path)
    assert "XLS_MEMORY_LIMIT" in result["unreadable"] and result["seconds"] < 5


# ---------------------------------------------------------------------------------------------------------------
# spreadsheets: the streaming reader (sheets calamine must not get) reads like calamine


def test_the_streaming_reader_reads_what_calamine_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "du.xlsx"
    workbook = xlsxwriter.Workbook(path)  # shared strings, numbers, booleans, rich text, a formula, escapes
    sheet = workbook.add_worksheet("DS")
    rows = [["DANH SÁCH <OCOP> & \"sao\""], [], H.PRODUCT_HEADER,
            [1, "Bánh pía", "Cơ sở Tân Huê Viên", "phường 1, TP. Sóc Trăng", "Sóc Trăng", 4, 87.5, "512/QĐ-UBND", True]]
    for r, row in enumerate(rows):
        sheet.write_row(r, 1, row)
    sheet.write_rich_string("B6", "Kẹo ", workbook.add_format({"bold": True}), "dừa", " sáp")
    sheet.write_formula("C6", "=1+2", None, 3)
    workbook.close()
    expected = read_grids(path)
    plan = read._plan_sheet

    def stream_everything(*args) -> None:
        plan(*args)
        if args[1].plan == "calamine":
            args[1].plan = "stream"

    monkeypatch.setattr(read, "_plan_sheet", stream_everything)
    streamed = read_grids(path)
    assert streamed == expected
    assert expected[0].rows[0][1] == 'DANH SÁCH <OCOP> & "sao"' and expected[0].rows[1] == [None] * 10
    assert expected[0].rows[5][1:3] == ["Kẹo dừa sáp", "3"] and expected[0].rows[3][7:] == ["87.5", "512/QĐ-UBND",
                                                                                           "true"]


def test_cells_without_references_and_namespace_prefixes(tmp_path: Path) -> None:
    def no_refs(emit) -> None:
        emit((H._SHEET_HEAD + "<sheetData>"
              + "".join(f'<row><c t="inlineStr"><is><t>{v}</t></is></c><c t="inlineStr"><is><t>{s}</t></is></c>'
                        "</row>" for v, s in (("Tên sản phẩm", "Hạng sao"), ("Chè", "3")))
              + "</sheetData></worksheet>").encode())

    def prefixed(emit) -> None:
        emit(('<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Mắm tôm'
              '</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>').encode())

    grids = read_grids(H.write_raw_xlsx(tmp_path / "raw.xlsx", [("A", no_refs), ("B", prefixed)]))
    assert grids[0].rows == [["Tên sản phẩm", "Hạng sao"], ["Chè", "3"]]
    assert grids[1].rows == [[None, None], [None, "Mắm tôm"]]


def test_unclosed_cells_take_linear_time(tmp_path: Path) -> None:
    def unclosed(emit) -> None:  # 200,000 cells without references and without </c>, in one row
        emit((H._SHEET_HEAD + "<sheetData><row>" + '<c t="inlineStr"><is><t>x</t></is>' * 200_000
              + "</row></sheetData></worksheet>").encode())

    start = time.perf_counter()
    grid, = read_grids(H.write_raw_xlsx(tmp_path / "unclosed.xlsx", [("A", unclosed)]))
    assert grid.rows == [] and time.perf_counter() - start < 3


def test_a_sheet_with_a_dtd_is_refused(tmp_path: Path) -> None:
    def laughs(emit) -> None:
        emit(b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "ha">]><worksheet><sheetData/></worksheet>')

    grid, other = read_grids(H.write_raw_xlsx(tmp_path / "dtd.xlsx", [("A", laughs),
                                                                      ("B", H._small_sheet([["Chè"]]))]))
    assert "DOCTYPE" in grid.error and other.rows == [["Chè"]]


# ---------------------------------------------------------------------------------------------------------------
# a national list


def _national(tmp_path: Path, rows: int) -> float:
    path = H.write_national_list_xlsx(tmp_path, rows)
    start = time.perf_counter()
    grid, = read_grids(path)
    elapsed = time.perf_counter() - start
    assert len(grid.rows) == rows + 3 and grid.rows[2] == H.NATIONAL_HEADER and len(grid.rows[-1]) == 15
    assert grid.rows[-1][0] == str(rows)
    return elapsed


def test_a_100000_row_national_list_reads_in_under_10_seconds(tmp_path: Path) -> None:
    """Writing it takes ~7 s, reading it ~2 s."""
    elapsed = _national(tmp_path, 100_000)
    assert elapsed < 10, f"{elapsed:.1f} s"


def test_write_all_writes_every_case(tmp_path: Path) -> None:
    written = H.write_all(tmp_path, bomb_bytes=None)
    assert set(written) == set(H.ARTICLE_CASES) | set(H.SPREADSHEET_CASES)
    assert len(list((tmp_path / "articles").iterdir())) == len(H.ARTICLE_CASES) + 2
    assert not list(tmp_path.glob("**/_tam*"))
