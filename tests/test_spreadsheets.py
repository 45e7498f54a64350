"""Spreadsheets: header variants, star formats, producer types, structure rows, ugly files, nothing lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
import xlsxwriter

from ocop_pipeline.config import PROJECT_ROOT
from ocop_pipeline.spreadsheets import parse
from ocop_pipeline.spreadsheets.ingest import build_dimensions, ingest_spreadsheets
from ocop_pipeline.spreadsheets.read import UnreadableFile, read_grids
from ocop_pipeline.spreadsheets.synthetic import write_shipped


def xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    workbook = xlsxwriter.Workbook(path)
    for name, rows in sheets.items():
        sheet = workbook.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    workbook.close()
    return path


def raw_folder(tmp_path: Path) -> Path:
    (tmp_path / "spreadsheets").mkdir(parents=True, exist_ok=True)
    return tmp_path


@pytest.mark.parametrize(
    ("label", "canonical"),
    [
        ("STT", "stt"), ("TT", "stt"), ("Số TT", "stt"),
        ("Tên sản phẩm", "product_name"), ("Ten san pham", "product_name"), ("TÊN SẢN PHẨM OCOP", "product_name"),
        ("Sản phẩm", "product_name"),
        ("Chủ thể", "subject_name"), ("Tên chủ thể", "subject_name"), ("Cơ sở sản xuất", "subject_name"),
        ("Chủ thể Tên", "subject_name"), ("Tổ chức, cá nhân", "subject_name"), ("Chu the san xuat", "subject_name"),
        ("Địa chỉ", "address"), ("Chủ thể Địa chỉ", "address"),
        ("Hạng sao", "stars"), ("Số sao", "stars"), ("Kết quả xếp hạng", "stars"), ("Phân hạng", "stars"),
        ("Xếp hạng (sao)", "stars"),
        ("Phân nhóm", "product_group"), ("Nhóm sản phẩm", "product_group"), ("Ngành hàng", "product_group"),
        ("Quyết định công nhận", "decision"), ("Số QĐ", "decision"),
        ("Ngày quyết định", "decision_date"), ("Ngày công nhận", "decision_date"),
        ("Hình thức", "status"), ("Xã", "commune"), ("Xã/phường", "commune"), ("Huyện", "district"),
        ("Huyện/thị xã/thành phố", "district"), ("Tỉnh", "province"), ("Năm", "year"), ("Điểm", "score"),
        ("Loại hình chủ thể", "subject_type"),
    ],
)
def test_header_variants_map_to_canonical_columns(label: str, canonical: str) -> None:
    assert parse.canonical_column(label) == canonical


@pytest.mark.parametrize(
    ("written", "stars", "status"),
    [("3", 3, None), ("3.0", 3, None), ("3 sao", 3, None), ("3*", 3, None), ("★★★", 3, None), ("★★★★★", 5, None),
     ("Hạng 3 sao", 3, None), ("4 sao (nâng hạng)", 4, "upgraded"), ("HẠNG 4 SAO", 4, None), ("Bốn sao", 4, None),
     ("2 sao", 2, None), ("sao vàng", None, None), ("", None, None)],
)
def test_star_formats(written: str, stars, status) -> None:
    assert parse.parse_stars(written) == (stars, status)


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Công ty TNHH Thực phẩm Sạch", "enterprise"), ("CTCP Nông sản Việt", "enterprise"),
     ("DNTN Minh Phát", "enterprise"), ("Công ty Cổ phần Chè Tân Cương", "enterprise"),
     ("HTX Nông nghiệp An Lỗ", "cooperative"), ("Hợp tác xã Dịch vụ Thủy Thanh", "cooperative"),
     ("THT Nuôi ong Tân Phú", "cooperative_group"), ("Tổ hợp tác Mây tre đan", "cooperative_group"),
     ("Hộ kinh doanh Lê Thị Hoa", "household"), ("HKD Trần Văn Nam", "household"), ("Hộ Nguyễn Văn An", "household"),
     ("Cơ sở Mắm Mệ Em", "household"), ("Nguyễn Văn Bảy", None)],
)
def test_producer_type_from_the_name(name: str, kind) -> None:
    assert parse.subject_type_of(name) == kind


@pytest.mark.parametrize(
    ("written", "status"),
    [("Mới", "new"), ("Công nhận mới", "new"), ("Đánh giá lại", "re_evaluated"), ("Nâng hạng", "upgraded"),
     ("Công nhận lại", "re_evaluated"), ("", None)],
)
def test_status_words(written: str, status) -> None:
    assert parse.parse_status(written) == status


def test_title_rows_merged_two_row_header_sections_total_and_footnote(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    xlsx(raw / "spreadsheets" / "lai_chau.xlsx", {"DS": [
        ["UBND TỈNH LAI CHÂU"],
        ["DANH SÁCH SẢN PHẨM OCOP NĂM 2023"],
        ["(Kèm theo Quyết định số 1450/QĐ-UBND ngày 12/10/2023)"],
        [],
        ["STT", "Tên sản phẩm", "Chủ thể", None, "Hạng sao"],
        [None, None, "Tên", "Địa chỉ", None],
        ["I. Huyện Tam Đường"],
        [1, "Chè Shan tuyết", "HTX Chè Tân Uyên", "xã Bản Bo, huyện Tam Đường", "4 sao"],
        [2, "Gạo tẻ râu", "Hộ kinh doanh Lò Văn Inh", "xã Bình Lư, huyện Tam Đường", "3 sao"],
        ["II. Huyện Sìn Hồ"],
        [3, "Thảo quả sấy", "Tổ hợp tác Thảo quả Sìn Hồ", "xã Nậm Tăm, huyện Sìn Hồ", "3"],
        ["Tổng cộng", "3 sản phẩm"],
        [],
        ["Ghi chú: danh sách gồm các sản phẩm được công nhận trong năm."],
    ]})
    batch = ingest_spreadsheets(raw)
    ratings = batch.ratings_frame()
    assert ratings.select("product_name", "subject_type", "district", "commune", "stars", "decision",
                          "recognized_on", "province_name", "row_number").rows() == [
        ("Chè Shan tuyết", "cooperative", "Tam Đường", "Bản Bo", 4, "1450/QĐ-UBND", dt.date(2023, 10, 12), "Lai Châu", 8),
        ("Gạo tẻ râu", "household", "Tam Đường", "Bình Lư", 3, "1450/QĐ-UBND", dt.date(2023, 10, 12), "Lai Châu", 9),
        ("Thảo quả sấy", "cooperative_group", "Sìn Hồ", "Nậm Tăm", 3, "1450/QĐ-UBND", dt.date(2023, 10, 12),
         "Lai Châu", 11),
    ]
    record = batch.source_files[0]
    # In a product list the 2 sections, the total row and the footnote are structure, not products.
    assert (record["rows_read"], record["rows_loaded"], record["rows_quarantined"], record["rows_structural"]) == (
        3, 3, 0, 4)


def test_several_sheets_in_one_file_and_the_same_product_in_two_years(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    header = ["TT", "Tên sản phẩm", "Tên chủ thể", "Hạng sao", "Ngày quyết định"]
    xlsx(raw / "spreadsheets" / "hau_giang.xlsx", {
        "2022": [["Hậu Giang - năm 2022"], header, [1, "Khóm Cầu Đúc", "HTX Khóm Hỏa Tiến", "3 sao", "10/08/2022"]],
        "2023": [["Hậu Giang - năm 2023"], header,
                 [1, "Khóm  cầu đúc", "HTX Khóm Hỏa Tiến", "4 sao (nâng hạng)", "15/09/2023"],
                 [2, "Nước mắm cá linh", "Cơ sở Ba Tân", "3", "15/09/2023"]],
    })
    batch = ingest_spreadsheets(raw)
    subjects, products, ratings = build_dimensions(batch.ratings_frame())
    assert products.height == 2
    pineapple = products.filter(pl.col("normalized_name") == "khóm cầu đúc")["product_id"].item()
    history = ratings.filter(pl.col("product_id") == pineapple).sort("recognized_on")
    assert history.select("stars", "status", "recognized_on", "expires_on", "sheet").rows() == [
        (3, None, dt.date(2022, 8, 10), dt.date(2025, 8, 10), "2022"),
        (4, "upgraded", dt.date(2023, 9, 15), dt.date(2026, 9, 15), "2023"),
    ]
    assert subjects.height == 2


def test_rows_that_cannot_be_loaded_go_to_the_quarantine_with_their_reason(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    xlsx(raw / "spreadsheets" / "dong_nai.xlsx", {"DS": [
        ["Danh sách sản phẩm OCOP tỉnh Đồng Nai năm 2024"],
        ["STT", "Tên sản phẩm", "Chủ thể", "Tỉnh", "Hạng sao"],
        [1, "Bưởi Tân Triều", "HTX Bưởi Tân Triều", "Đồng Nai", "4"],
        [2, "Bưởi Tân Triều", "HTX Bưởi Tân Triều", "Đồng Nai", "4"],
        [3, None, "Cơ sở Năm Sang", "Đồng Nai", "3"],
        [4, "Hạt điều rang", "Công ty TNHH Điều Vàng", "Đồng Nai", "2 sao"],
        [5, "Mít sấy", "Hộ Lê Văn Út", "Đồng Nai", "nhiều sao"],
        [6, "Chôm chôm", "HTX Long Khánh", "Tỉnh Atlantis", "3"],
    ]})
    batch = ingest_spreadsheets(raw)
    reasons = [(r.row_number, r.reason) for r in batch.rejections]
    assert reasons == [
        (4, "exact duplicate of row 3"),
        (5, "no product name"),
        (6, "2 stars is outside 3-5: only 3, 4 and 5 stars are OCOP products"),
        (7, "stars unreadable: 'nhiều sao'"),
        (8, "unknown province 'Tỉnh Atlantis'"),
    ]
    assert all(r.raw_values and r.sheet == "DS" for r in batch.rejections)
    record = batch.source_files[0]
    assert (record["rows_read"], record["rows_loaded"], record["rows_quarantined"], record["status"]) == (
        6, 1, 5, "partial")


def test_a_csv_with_bom_and_semicolons(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    text = ("Tên sản phẩm;Chủ thể;Địa chỉ;Hạng sao\r\n"
            "Bánh tét lá cẩm;Cơ sở Út Hiền;xã Long Đức, huyện Long Hồ, tỉnh Vĩnh Long;3 sao\r\n"
            "Khoai lang sấy;Công ty TNHH Khoai Việt;xã Thành Lợi, huyện Bình Tân, tỉnh Vĩnh Long;4\r\n")
    (raw / "spreadsheets" / "vinh_long_2023.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    batch = ingest_spreadsheets(raw)
    assert batch.ratings_frame().select("product_name", "province_name", "district", "stars",
                                        "recognized_year").rows() == [
        ("Bánh tét lá cẩm", "Vĩnh Long", "Long Hồ", 3, 2023),
        ("Khoai lang sấy", "Vĩnh Long", "Bình Tân", 4, 2023),
    ]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"PK\x03\x04 truncated" + bytes(100), "cannot read workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password-protected"),
        (b"<html><body>404</body></html>", "cannot read workbook"),
    ],
)
def test_a_file_that_cannot_be_read_is_quarantined_and_the_run_goes_on(tmp_path: Path, content, reason) -> None:
    raw = raw_folder(tmp_path)
    (raw / "spreadsheets" / "broken.xlsx").write_bytes(content)
    xlsx(raw / "spreadsheets" / "good.xlsx", {"S": [["Tên sản phẩm", "Hạng sao", "Tỉnh"], ["Chè xanh", "3", "Thái Nguyên"]]})
    batch = ingest_spreadsheets(raw)
    broken = next(r for r in batch.source_files if r["source_id"].endswith("broken.xlsx"))
    assert broken["status"] == "quarantined" and reason in broken["error"]
    assert [r.stage for r in batch.rejections] == ["read"]
    assert batch.ratings_frame().height == 1
    with pytest.raises(UnreadableFile):
        read_grids(raw / "spreadsheets" / "broken.xlsx")


def test_a_sheet_without_a_header_is_reported(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    xlsx(raw / "spreadsheets" / "notes.xlsx", {"Ghi chu": [["Biên bản họp hội đồng"], ["Nội dung: ..."]]})
    batch = ingest_spreadsheets(raw)
    assert batch.source_files[0]["status"] == "quarantined"
    assert "no header row found" in batch.rejections[0].reason


def test_a_summary_table_becomes_claims_with_their_cells(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    xlsx(raw / "spreadsheets" / "tong_hop.xlsx", {"TH": [
        ["TỔNG HỢP SẢN PHẨM OCOP TỈNH NINH BÌNH NĂM 2024"],
        ["Đơn vị", "3 sao", "4 sao", "Tổng"],
        ["Huyện Kim Sơn", 10, 4, 14],
        ["TP. Tam Điệp", 6, 1, 7],
        ["Tổng cộng", 16, 5, 21],
    ]})
    batch = ingest_spreadsheets(raw)
    claims = batch.claims_frame().select("cell", "geo_level", "geo_name", "year", "metric", "stars", "value")
    assert claims.rows() == [
        ("B3", "district", "Kim Sơn", 2024, "products", "3", 10),
        ("C3", "district", "Kim Sơn", 2024, "products", "4", 4),
        ("D3", "district", "Kim Sơn", 2024, "products", None, 14),
        ("B4", "district", "Tam Điệp", 2024, "products", "3", 6),
        ("C4", "district", "Tam Điệp", 2024, "products", "4", 1),
        ("D4", "district", "Tam Điệp", 2024, "products", None, 7),
        ("B5", "province", "Ninh Bình", 2024, "products", "3", 16),
        ("C5", "province", "Ninh Bình", 2024, "products", "4", 5),
        ("D5", "province", "Ninh Bình", 2024, "products", None, 21),
    ]


def test_a_product_recognised_after_the_merger_lands_in_the_new_layout(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    xlsx(raw / "spreadsheets" / "ds.xlsx", {"S": [
        ["Tên sản phẩm", "Chủ thể", "Tỉnh", "Hạng sao", "Ngày quyết định"],
        ["Mắm cá linh", "Cơ sở Bảy Tốt", "An Giang", "3", "05/09/2025"],
        ["Khô cá sặc", "Cơ sở Sáu Lành", "Kiên Giang", "3", "05/05/2025"],
    ]})
    ratings = ingest_spreadsheets(raw).ratings_frame()
    assert ratings.select("province_name", "layout", "province_code", "successor_code").rows() == [
        ("An Giang", "from2025", "91", "91"),
        ("Kiên Giang", "pre2025", "91", "91"),
    ]


def test_the_shipped_spreadsheets_account_for_every_row(tmp_path: Path) -> None:
    write_shipped(tmp_path / "spreadsheets")
    batch = ingest_spreadsheets(tmp_path)
    for record in batch.source_files:
        assert record["rows_read"] == record["rows_loaded"] + record["rows_quarantined"], record
    by_file = {r["source_id"].split("/")[-1]: r for r in batch.source_files}
    assert by_file["thua_thien_hue_2020_dot2.xlsx"]["rows_loaded"] == 11
    assert by_file["synthetic_corrupt.xlsx"]["status"] == "quarantined"
    hue = batch.ratings_frame().filter(pl.col("source_id").str.contains("thua_thien_hue"))
    assert hue["stars"].value_counts().sort("stars").rows() == [(3, 10), (4, 1)]
    assert set(hue["district"]) == {"Phong Điền", "Hương Thủy", "Phú Lộc", "Phú Vang", "Hương Trà", "Nam Đông"}


def test_the_shipped_spreadsheets_are_the_generator_output(tmp_path: Path) -> None:
    """Edit the generator, not the files: the shipped set must read exactly like a fresh one."""
    shipped = PROJECT_ROOT / "data" / "raw" / "spreadsheets"
    fresh = write_shipped(tmp_path)
    assert sorted(p.name for p in shipped.iterdir()) == sorted(p.name for p in fresh)
    for path in fresh:
        try:
            expected = read_grids(path)
        except UnreadableFile:
            with pytest.raises(UnreadableFile):
                read_grids(shipped / path.name)
            continue
        assert read_grids(shipped / path.name) == expected, path.name
