"""Spreadsheets for the shipped sample data, the tests and the benchmarks.

One real batch (Thừa Thiên Huế, đợt 2/2020) laid out as a provincial annex is written from the reference facts;
everything else is synthetic, deterministic, and named ``synthetic_*``. Run ``python -m
ocop_pipeline.spreadsheets.synthetic DIR`` to (re)write the shipped set into DIR.
"""

from __future__ import annotations

import csv
import random
import sys
from importlib import resources
from pathlib import Path

import xlsxwriter

SYNTHETIC_PRODUCTS = (
    "Mắm tôm chua", "Khô cá lóc", "Mật ong rừng tràm", "Gạo ST25", "Chuối sấy dẻo", "Trà mãng cầu", "Rượu nếp than",
    "Bánh phồng tôm", "Tinh dầu sả", "Nước mắm cá cơm", "Kẹo dừa sáp", "Nấm linh chi", "Cà phê bột", "Mứt gừng",
    "Hạt điều rang muối", "Bưởi da xanh", "Dầu dừa tinh khiết", "Chả cá thát lát", "Bánh tráng phơi sương", "Miến dong",
)
SYNTHETIC_PRODUCERS = (
    "Công ty TNHH Thực phẩm Phú Sơn", "HTX Nông nghiệp Tân Hưng", "Hộ kinh doanh Nguyễn Văn Ba", "Cơ sở Bà Tư",
    "Tổ hợp tác Rau sạch Mỹ Lợi", "CTCP Đặc sản Miền Tây", "Hợp tác xã Dịch vụ Phước Long", "DNTN Hòa Bình Xanh",
)
DISTRICTS_BEN_TRE = ("Châu Thành", "Giồng Trôm", "Mỏ Cày Nam", "Ba Tri", "Chợ Lách")


def formats(workbook):
    """The cell formats every synthetic workbook shares (the shipped files and the benchmark's generator)."""
    return {
        "title": workbook.add_format({"bold": True, "align": "center", "font_size": 13}),
        "header": workbook.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1,
                                       "text_wrap": True}),
        "section": workbook.add_format({"bold": True, "italic": True}),
        "cell": workbook.add_format({"border": 1}),
    }


def write_recognition_list_header(sheet, fmt, titles: tuple[str, str, str], sixth_column: str) -> None:
    """The head of a provincial recognition list as the provinces lay it out: three merged title lines, then a
    two-row header whose "Chủ thể" spans the producer's name and address; the data starts on row 7."""
    for row, title in enumerate(titles, start=1):
        sheet.merge_range(f"A{row}:G{row}", title, fmt["title"])
    sheet.merge_range("A5:A6", "STT", fmt["header"])
    sheet.merge_range("B5:B6", "Tên sản phẩm", fmt["header"])
    sheet.merge_range("C5:D5", "Chủ thể", fmt["header"])
    sheet.write("C6", "Tên chủ thể", fmt["header"])
    sheet.write("D6", "Địa chỉ", fmt["header"])
    sheet.merge_range("E5:E6", "Hạng sao", fmt["header"])
    sheet.merge_range("F5:F6", sixth_column, fmt["header"])
    sheet.merge_range("G5:G6", "Ghi chú", fmt["header"])


def write_hue_2020_batch(path: Path) -> None:
    """The real 11-product batch of Quyết định 2919/QĐ-UBND as a provincial annex: title rows, a merged two-row
    header, one section row per district, a total row and a footnote."""
    text = resources.files("ocop_pipeline.reference").joinpath("product_list_thua_thien_hue_2020.csv").read_text(
        encoding="utf-8")
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    workbook = xlsxwriter.Workbook(path)
    fmt = formats(workbook)
    sheet = workbook.add_worksheet("Phụ lục")
    write_recognition_list_header(
        sheet, fmt, ("UBND TỈNH THỪA THIÊN HUẾ", "DANH SÁCH SẢN PHẨM ĐẠT CHỨNG NHẬN SẢN PHẨM OCOP CẤP TỈNH ĐỢT 2 NĂM 2020",
                     "(Kèm theo Quyết định số 2919/QĐ-UBND của UBND tỉnh Thừa Thiên Huế)"), "Quyết định công nhận")
    r = 6
    by_district: dict[str, list[dict]] = {}
    for row in rows:
        by_district.setdefault(row["district"], []).append(row)
    for number, (district, products) in enumerate(by_district.items(), start=1):
        sheet.merge_range(r, 0, r, 6, f"{_roman(number)}. {district}", fmt["section"])
        r += 1
        for product in products:
            sheet.write_row(r, 0, [int(product["stt"]), product["product_name"], product["subject_name"] or None,
                                   f"{product['commune']}, {product['district']}", f"{product['stars']} sao",
                                   product["decision"], None], fmt["cell"])
            r += 1
    sheet.write_row(r, 0, ["Tổng cộng", f"{len(rows)} sản phẩm"], fmt["section"])
    sheet.write(r + 2, 0, "Ghi chú: chủ thể chỉ được nêu tên với sản phẩm 4 sao trong nguồn tin.")
    workbook.close()


def _roman(n: int) -> str:
    return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n - 1]


def write_synthetic_product_list(path: Path) -> None:
    """Two years of a synthetic Bến Tre list on two sheets, in two header dialects, with every ugly row we handle."""
    workbook = xlsxwriter.Workbook(path)
    fmt = formats(workbook)
    first = workbook.add_worksheet("Nam 2022")
    first.merge_range("A1:H1", "SỐ LIỆU GIẢ LẬP - TỈNH BẾN TRE", fmt["title"])
    first.merge_range("A2:H2", "Danh sách sản phẩm OCOP năm 2022", fmt["title"])
    first.write_row(3, 0, ["TT", "Ten san pham", "Chu the san xuat", "Loai hinh", "Xa", "Huyen", "So sao",
                           "So QD"], fmt["header"])
    rows_2022 = [
        ("Bưởi da xanh", "HTX Nông nghiệp Tân Hưng", "", "Tân Hưng", "Chợ Lách", "3", "1201/QĐ-UBND ngày 15/06/2022"),
        ("Kẹo dừa sáp", "Công ty TNHH Thực phẩm Phú Sơn", "", "Phú Sơn", "Châu Thành", "★★★★",
         "1201/QĐ-UBND ngày 15/06/2022"),
        ("Dầu dừa tinh khiết", "Cơ sở Bà Tư", "", "Mỹ Thạnh", "Giồng Trôm", "3*", "1201/QĐ-UBND ngày 15/06/2022"),
        ("Bánh phồng tôm", "Hộ kinh doanh Nguyễn Văn Ba", "", "An Thủy", "Ba Tri", "Hạng 3 sao",
         "1201/QĐ-UBND ngày 15/06/2022"),
        ("Bánh phồng tôm", "Hộ kinh doanh Nguyễn Văn Ba", "", "An Thủy", "Ba Tri", "Hạng 3 sao",
         "1201/QĐ-UBND ngày 15/06/2022"),  # exact duplicate
        ("Rau mầm", "Tổ hợp tác Rau sạch Mỹ Lợi", "Tổ hợp tác", "Mỹ Lợi", "Mỏ Cày Nam", "2 sao",
         "1201/QĐ-UBND ngày 15/06/2022"),  # not an OCOP rating
        ("", "DNTN Hòa Bình Xanh", "", "Phú Sơn", "Châu Thành", "3", "1201/QĐ-UBND ngày 15/06/2022"),  # no name
    ]
    for i, row in enumerate(rows_2022, start=1):
        first.write_row(3 + i, 0, [i, *row], fmt["cell"])
    first.write(3 + len(rows_2022) + 1, 0, "(*) Số liệu giả lập để kiểm thử.")

    second = workbook.add_worksheet("Năm 2023")
    second.merge_range("A1:G1", "DANH SÁCH SẢN PHẨM OCOP CÔNG NHẬN NĂM 2023 (GIẢ LẬP)", fmt["title"])
    second.write_row(2, 0, ["Số TT", "Tên sản phẩm OCOP", "Tên chủ thể", "Tỉnh", "Kết quả xếp hạng",
                            "Hình thức", "Ngày quyết định"], fmt["header"])
    rows_2023 = [
        ("Bưởi da xanh", "HTX Nông nghiệp Tân Hưng", "Bến Tre", "4 sao (nâng hạng)", "Nâng hạng", "20/09/2023"),
        ("Kẹo dừa sáp", "Công ty TNHH Thực phẩm Phú Sơn", "Bến Tre", "5", "Đánh giá lại", "20/09/2023"),
        ("Chuối sấy dẻo", "CTCP Đặc sản Miền Tây", "Bến Tre", "4 sao", "Mới", "20/09/2023"),
        ("Mứt gừng", "Hợp tác xã Dịch vụ Phước Long", "Tỉnh Xyz", "3 sao", "Mới", "20/09/2023"),  # unknown place
        ("Trà mãng cầu", "DNTN Hòa Bình Xanh", "Bến Tre", "sao vàng", "Mới", "20/09/2023"),  # unreadable stars
    ]
    for i, row in enumerate(rows_2023, start=1):
        second.write_row(2 + i, 0, [i, *row], fmt["cell"])
    second.write_row(2 + len(rows_2023) + 1, 0, ["Cộng", "5 sản phẩm"])
    workbook.close()


def write_synthetic_summary(path: Path) -> None:
    """A synthetic summary by district with a two-row header, a total row and a footnote."""
    workbook = xlsxwriter.Workbook(path)
    fmt = formats(workbook)
    sheet = workbook.add_worksheet("Tong hop")
    sheet.merge_range("A1:F1", "TỔNG HỢP SẢN PHẨM OCOP TỈNH BẾN TRE ĐẾN HẾT NĂM 2023 (SỐ LIỆU GIẢ LẬP)", fmt["title"])
    sheet.merge_range("A3:A4", "Huyện", fmt["header"])
    sheet.merge_range("B3:D3", "Số sản phẩm theo hạng", fmt["header"])
    sheet.write_row(3, 1, ["3 sao", "4 sao", "5 sao"], fmt["header"])
    sheet.merge_range("E3:E4", "Tổng số sản phẩm", fmt["header"])
    sheet.merge_range("F3:F4", "Số chủ thể", fmt["header"])
    data = [("Châu Thành", 30, 12, 1), ("Giồng Trôm", 22, 9, 0), ("Mỏ Cày Nam", 18, 6, 0), ("Ba Tri", 25, 10, 1),
            ("Chợ Lách", 20, 8, 0)]
    r = 4
    for district, three, four, five in data:
        sheet.write_row(r, 0, [f"Huyện {district}", three, four, five, three + four + five,
                               (three + four + five) // 2], fmt["cell"])
        r += 1
    totals = [sum(d[i] for d in data) for i in (1, 2, 3)]
    sheet.write_row(r, 0, ["Tổng cộng", *totals, sum(totals), sum((d[1] + d[2] + d[3]) // 2 for d in data)],
                    fmt["section"])
    sheet.write(r + 2, 0, "Nguồn: số liệu giả lập để kiểm thử, không phải số liệu chính thức.")
    workbook.close()


def write_synthetic_semicolon_csv(path: Path) -> None:
    """A synthetic CSV as Excel saves it in Vietnamese locales: UTF-8 with BOM, semicolons, a title line."""
    lines = [
        "Danh sách sản phẩm OCOP tỉnh Sóc Trăng năm 2024 (giả lập)",
        "STT;Tên sản phẩm;Chủ thể;Địa chỉ;Hạng sao;Quyết định",
        "1;Bánh pía sầu riêng;Công ty TNHH Bánh Pía Tân Huê Viên;phường 1, TP. Sóc Trăng, tỉnh Sóc Trăng;4;"
        "512/QĐ-UBND ngày 03/04/2024",
        "2;Lạp xưởng tươi;HTX Thương mại Mỹ Xuyên;thị trấn Mỹ Xuyên, huyện Mỹ Xuyên, tỉnh Sóc Trăng;3 sao;"
        "512/QĐ-UBND ngày 03/04/2024",
        "3;Gạo thơm ST24;Tổ hợp tác Lúa gạo Hồ Quang Cua;xã Thạnh Phú, huyện Mỹ Xuyên, tỉnh Sóc Trăng;3;"
        "512/QĐ-UBND ngày 03/04/2024",
        ";;;;;",
        "Tổng cộng;3 sản phẩm;;;;",
    ]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")


def write_synthetic_corrupt_xlsx(path: Path) -> None:
    """A truncated .xlsx, as a failed download leaves it."""
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00synthetic truncated workbook" + bytes(200))


def write_large_product_list(path: Path, rows: int, seed: int = 7) -> None:
    """A synthetic product list of ``rows`` rows (for benchmarks): one header, one section row per 1,000 rows."""
    rng = random.Random(seed)
    workbook = xlsxwriter.Workbook(path, {"constant_memory": True})
    sheet = workbook.add_worksheet("Danh sach")
    sheet.write_row(0, 0, ["DANH SÁCH SẢN PHẨM OCOP TỈNH BẾN TRE (GIẢ LẬP)"])
    sheet.write_row(2, 0, ["STT", "Tên sản phẩm", "Chủ thể", "Huyện", "Hạng sao", "Quyết định"])
    r = 3
    for i in range(rows):
        if i % 1000 == 0:
            sheet.write_row(r, 0, [f"Huyện {rng.choice(DISTRICTS_BEN_TRE)}"])
            r += 1
        sheet.write_row(r, 0, [
            i + 1, f"{rng.choice(SYNTHETIC_PRODUCTS)} số {i}", rng.choice(SYNTHETIC_PRODUCERS),
            rng.choice(DISTRICTS_BEN_TRE), f"{rng.choice((3, 3, 3, 4, 4, 5))} sao",
            f"{rng.randint(100, 3000)}/QĐ-UBND ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2019, 2025)}",
        ])
        r += 1
    workbook.close()


SHIPPED = {
    "thua_thien_hue_2020_dot2.xlsx": write_hue_2020_batch,
    "synthetic_ben_tre_2022_2023.xlsx": write_synthetic_product_list,
    "synthetic_ben_tre_tong_hop_2023.xlsx": write_synthetic_summary,
    "synthetic_soc_trang_2024_semicolon_bom.csv": write_synthetic_semicolon_csv,
    "synthetic_corrupt.xlsx": write_synthetic_corrupt_xlsx,
}


def write_shipped(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, writer in SHIPPED.items():
        writer(folder / name)
        written.append(folder / name)
    return written


if __name__ == "__main__":
    for written_path in write_shipped(Path(sys.argv[1] if len(sys.argv) > 1 else "data/raw/spreadsheets")):
        print(written_path)
