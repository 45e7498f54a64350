"""Spreadsheets about the synthetic world: recognition lists, district summaries and inventory listings.

* ``ds_<layout>_<code>_<year>.xlsx|.csv`` — one recognition round as its decision annex: one row per product the
  round recognised, in one of four layouts the reader accepts (a merged two-row header with district sections, an
  unaccented header, a header with the province and the form of recognition per row, a semicolon CSV with a BOM).
  The rows of a round are exactly ``World.rounds[...]``, so the counts the pipeline derives from the lists agree with
  the round results the articles report.
* ``th_<code>_<year>.xlsx`` — a pre2025 province's stock at the end of a year by district (3, 4, 5 stars, total,
  producers) with its total row: the same stocks the articles report.
* ``dm_<code>_<edition>_<start>_<rows>.xlsx`` — an inventory listing of a province's products (no decision, no year:
  the pipeline loads them as products and ratings without a recognition year, so they add no count). Listings fill
  the product-row budget once every round is written: the world has about 19,000 products, a benchmark may ask for
  200,000 rows.

Every file carries its own title or edition, so no two files have the same bytes; ``revision`` adds a footnote (the
benchmark's "1 % changed").
"""

from __future__ import annotations

import random
import zlib
from datetime import datetime
from pathlib import Path

import xlsxwriter

from gen_text import date_vn, text_name
from gen_world import PRE, Round, Unit, World

from ocop_pipeline.spreadsheets.synthetic import formats, write_recognition_list_header

CREATED = datetime(2026, 1, 1)
STAR_STYLES = (lambda s: f"{s} sao", lambda s: str(s), lambda s: f"{s}*", lambda s: "★" * s,
               lambda s: f"Hạng {s} sao")


def _rng(name: str, seed: int) -> random.Random:
    return random.Random(zlib.crc32(name.encode()) * 31 + seed)


def _workbook(path: Path) -> xlsxwriter.Workbook:
    workbook = xlsxwriter.Workbook(str(path))
    workbook.set_properties({"created": CREATED, "author": "OCOP benchmark generator"})
    return workbook


def _address(product, unit: Unit, with_district: bool) -> str:
    parts = [f"xã {product.commune}"]
    if with_district and product.district:
        parts.append(f"huyện {product.district}")
    parts.append(f"{'thành phố' if unit.kind == 'city' else 'tỉnh'} {text_name(unit.name)}")
    return ", ".join(parts)


def round_file_name(rnd: Round, seed: int) -> str:
    style = _rng(f"{rnd.layout}{rnd.code}{rnd.year}", seed).randrange(8)
    return f"ds_{rnd.layout}_{rnd.code}_{rnd.year}.{'csv' if style == 0 else 'xlsx'}"


def write_round(folder: Path, world: World, rnd: Round, seed: int, revision: int = 0) -> Path:
    """One round's decision annex; returns its path."""
    unit = world.unit(rnd.layout, rnd.code)
    name = round_file_name(rnd, seed)
    rng = _rng(name, seed)
    path = folder / name
    decision = f"{rnd.decision} ngày {date_vn(rnd.date)}"
    scope = "THÀNH PHỐ" if unit.kind == "city" else "TỈNH"
    uname = text_name(unit.name)
    products = list(rnd.products)
    star = rng.choice(STAR_STYLES)
    if name.endswith(".csv"):
        lines = [f"Danh sách sản phẩm OCOP {scope.lower()} {uname} năm {rnd.year}",
                 "STT;Tên sản phẩm;Chủ thể;Địa chỉ;Hạng sao;Quyết định"]
        for i, p in enumerate(products, start=1):
            lines.append(f"{i};{p.name};{p.producer.name};{_address(p, unit, rnd.layout == PRE)};{star(p.stars)};"
                         f"{decision}")
        lines.append(f"Tổng cộng;{len(products)} sản phẩm;;;;")
        if revision:
            lines.append(f"Ghi chú: bản cập nhật lần {revision}")
        path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
        return path
    workbook = _workbook(path)
    fmt = formats(workbook)
    style = rng.randrange(3)
    if style == 0 and rnd.layout == PRE:
        sheet = workbook.add_worksheet("Phụ lục")
        write_recognition_list_header(
            sheet, fmt, (f"UBND {scope} {uname.upper()}",
                         f"DANH SÁCH SẢN PHẨM ĐẠT CHỨNG NHẬN SẢN PHẨM OCOP CẤP TỈNH NĂM {rnd.year}",
                         f"(Kèm theo Quyết định số {decision} của UBND {scope.lower()} {uname})"), "Nhóm sản phẩm")
        r = 6
        by_district: dict[str, list] = {}
        for p in products:
            by_district.setdefault(p.district, []).append(p)
        stt = 0
        for number, (district, items) in enumerate(sorted(by_district.items()), start=1):
            sheet.write(r, 0, f"{_roman(number)}. Huyện {district}", fmt["section"])
            r += 1
            for p in items:
                stt += 1
                sheet.write_row(r, 0, [stt, p.name, p.producer.name, _address(p, unit, False), star(p.stars),
                                       rng.choice(("Thực phẩm", "Đồ uống", "Thảo dược", "Thủ công mỹ nghệ")), None],
                                fmt["cell"])
                r += 1
        sheet.write_row(r, 0, ["Tổng cộng", f"{len(products)} sản phẩm"], fmt["section"])
        r += 2
    elif style == 1:
        sheet = workbook.add_worksheet(f"Nam {rnd.year}")
        sheet.write(0, 0, f"DANH SÁCH SẢN PHẨM OCOP {scope} {uname.upper()} NĂM {rnd.year}", fmt["title"])
        sheet.write(1, 0, f"Theo Quyết định số {decision}")
        sheet.write_row(3, 0, ["TT", "Ten san pham", "Chu the san xuat", "Xa", "Huyen", "So sao", "So QD"],
                        fmt["header"])
        r = 4
        for i, p in enumerate(products, start=1):
            sheet.write_row(r, 0, [i, p.name, p.producer.name, p.commune, p.district or "", star(p.stars),
                                   rnd.decision], fmt["cell"])
            r += 1
        r += 1
    else:
        sheet = workbook.add_worksheet(f"Năm {rnd.year}")
        sheet.write(0, 0, f"DANH SÁCH SẢN PHẨM OCOP CÔNG NHẬN NĂM {rnd.year}", fmt["title"])
        sheet.write_row(2, 0, ["Số TT", "Tên sản phẩm OCOP", "Tên chủ thể", "Tỉnh", "Kết quả xếp hạng", "Hình thức",
                               "Ngày quyết định"], fmt["header"])
        r = 3
        for i, p in enumerate(products, start=1):
            sheet.write_row(r, 0, [i, p.name, p.producer.name, uname, star(p.stars), "Mới", date_vn(rnd.date)],
                            fmt["cell"])
            r += 1
        sheet.write_row(r, 0, ["Cộng", f"{len(products)} sản phẩm"])
        r += 2
    if revision:
        sheet.write(r, 0, f"Ghi chú: bản cập nhật lần {revision}.")
    workbook.close()
    return path


def write_summary(folder: Path, world: World, code: str, year: int, seed: int, revision: int = 0) -> Path:
    """A pre2025 province's stock at the end of ``year`` by district, with its total row."""
    unit = world.unit(PRE, code)
    path = folder / f"th_{code}_{year}.xlsx"
    workbook = _workbook(path)
    fmt = formats(workbook)
    sheet = workbook.add_worksheet("Tong hop")
    scope = "THÀNH PHỐ" if unit.kind == "city" else "TỈNH"
    sheet.merge_range("A1:F1", f"TỔNG HỢP SẢN PHẨM OCOP {scope} {text_name(unit.name).upper()} ĐẾN HẾT NĂM {year}",
                      fmt["title"])
    sheet.merge_range("A3:A4", "Huyện", fmt["header"])
    sheet.merge_range("B3:D3", "Số sản phẩm theo hạng", fmt["header"])
    sheet.write_row(3, 1, ["3 sao", "4 sao", "5 sao"], fmt["header"])
    sheet.merge_range("E3:E4", "Tổng số sản phẩm", fmt["header"])
    sheet.merge_range("F3:F4", "Số chủ thể", fmt["header"])
    r = 4
    for district in world.districts[code]:
        s = world.district_stock[(code, district, year)]
        sheet.write_row(r, 0, [f"Huyện {district}", *s.stars, s.total, s.subjects], fmt["cell"])
        r += 1
    total = world.stock[(PRE, code, year)]
    sheet.write_row(r, 0, ["Tổng cộng", *total.stars, total.total, total.subjects], fmt["section"])
    sheet.write(r + 2, 0, "Nguồn: số liệu tổng hợp của chương trình OCOP (giả lập cho kiểm thử hiệu năng).")
    if revision:
        sheet.write(r + 3, 0, f"Ghi chú: bản cập nhật lần {revision}.")
    workbook.close()
    return path


def listing_name(code: str, edition: int, start: int, rows: int) -> str:
    return f"dm_{code}_{edition}_{start}_{rows}.xlsx"


def write_listing(folder: Path, world: World, code: str, edition: int, start: int, rows: int,
                  revision: int = 0) -> Path:
    """Rows ``start`` … ``start + rows`` of a province's products, without decisions or years."""
    unit = world.unit(PRE, code)
    products = world.products_of_area(code)
    path = folder / listing_name(code, edition, start, rows)
    workbook = _workbook(path)
    fmt = formats(workbook)
    sheet = workbook.add_worksheet("Danh muc")
    scope = "THÀNH PHỐ" if unit.kind == "city" else "TỈNH"
    sheet.write(0, 0, f"DANH MỤC SẢN PHẨM OCOP TRÊN ĐỊA BÀN {scope} {text_name(unit.name).upper()} (BẢN TỔNG HỢP "
                      f"SỐ {edition}, TỪ DÒNG {start + 1})", fmt["title"])
    sheet.write_row(2, 0, ["STT", "Tên sản phẩm", "Chủ thể", "Địa chỉ", "Hạng sao"], fmt["header"])
    r = 3
    for i in range(rows):
        p = products[(start + i) % len(products)]
        sheet.write_row(r, 0, [start + i + 1, p.name, p.producer.name, _address(p, unit, True), f"{p.stars} sao"],
                        fmt["cell"])
        r += 1
    if revision:
        sheet.write(r + 1, 0, f"Ghi chú: bản cập nhật lần {revision}.")
    workbook.close()
    return path


def plan(world: World, rows: int, summaries: int, seed: int) -> list[tuple]:
    """What to write for ``rows`` product rows and ``summaries`` summary tables: ("round", key) for whole rounds
    in a seeded order while they fit, then ("listing", code, edition, start, n) up to exactly ``rows``, and
    ("summary", code, year)."""
    rng = random.Random(f"{seed}|sheets")
    rounds = sorted(world.rounds)
    rng.shuffle(rounds)
    out: list[tuple] = []
    left = rows
    for key in rounds:
        n = len(world.rounds[key].products)
        if n <= left:
            out.append(("round", key))
            left -= n
    codes = [u.code for u in world.pre_units]
    edition = 0
    while left > 0:
        code = codes[edition % len(codes)]
        size = len(world.products_of_area(code))
        n = min(left, max(50, min(size, 1000)))
        start = (edition // len(codes)) * 137 % size
        out.append(("listing", code, edition // len(codes) + 1, start, n))
        left -= n
        edition += 1
    pairs = [(u.code, y) for u in world.pre_units for y in (2019, 2020, 2021, 2022, 2023, 2024)]
    for code, year in rng.sample(pairs, min(summaries, len(pairs))):
        out.append(("summary", code, year))
    return out


def write(folder: Path, world: World, item: tuple, seed: int, revision: int = 0) -> Path:
    if item[0] == "round":
        return write_round(folder, world, world.rounds[item[1]], seed, revision)
    if item[0] == "listing":
        return write_listing(folder, world, *item[1:], revision=revision)
    return write_summary(folder, world, item[1], item[2], seed, revision)


def item_of(name: str) -> tuple | None:
    """The plan item a file name was written from (for rewriting it)."""
    stem, _, _suffix = name.partition(".")
    parts = stem.split("_")
    if parts[0] == "ds":
        return ("round", (parts[1], parts[2], int(parts[3])))
    if parts[0] == "th":
        return ("summary", parts[1], int(parts[2]))
    if parts[0] == "dm":
        return ("listing", parts[1], int(parts[2]), int(parts[3]), int(parts[4]))
    return None


def _roman(n: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letter in numerals:
        while n >= value:
            out += letter
            n -= value
    return out

