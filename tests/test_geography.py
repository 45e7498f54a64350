"""The place-name resolver: every alias, both layouts, the date rule, and the traps seen in real text."""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources

import pytest

from ocop_pipeline.geography import FROM2025, PRE2025, dim_province_frame, province_merger_frame, resolver

BEFORE = dt.date(2023, 6, 12)
AFTER = dt.date(2025, 10, 15)


def reference_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("ocop_pipeline.reference").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def every_pre2025_alias():
    for row in reference_rows("provinces_63.csv"):
        for alias in [row["name"], row["name_ascii"], *filter(None, row["aliases"].split(";"))]:
            yield pytest.param(alias, row["code"], id=f"{row['code']}-{alias}")


@pytest.mark.parametrize(("alias", "code"), list(every_pre2025_alias()))
def test_every_reference_alias_resolves_to_its_pre2025_unit(alias: str, code: str) -> None:
    place = resolver().resolve(alias, BEFORE)
    assert place is not None and place.level == "province"
    assert (place.layout, place.province_code) == (PRE2025, code)


@pytest.mark.parametrize("row", reference_rows("provinces_34.csv"), ids=lambda r: r["name"])
def test_every_from2025_unit_resolves_by_name_after_the_merger(row: dict[str, str]) -> None:
    place = resolver().resolve(f"Tỉnh {row['name']}" if row["kind"] == "province" else f"Thành phố {row['name']}", AFTER)
    assert (place.layout, place.province_code, place.name) == (FROM2025, row["code"], row["name"])


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Hoà Bình", "Hoà Bình"),
        ("Hòa Bình", "Hoà Bình"),
        ("HOÀ BÌNH", "Hoà Bình"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("\u00d0ồng Tháp", "Đồng Tháp"),  # Icelandic eth typed for Đ
        ("Ca\u0300 Mau", "Cà Mau"),  # decomposed (NFD) input
        ("Thừa Thiên – Huế", "Thừa Thiên Huế"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("Tp. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Bắc Cạn", "Bắc Kạn"),
        ("tỉnh  Sóc Trăng ", "Sóc Trăng"),
        ("TRA VINH", "Trà Vinh"),
    ],
)
def test_spelling_variants_resolve(written: str, canonical: str) -> None:
    assert resolver().resolve(written, BEFORE).name == canonical


@pytest.mark.parametrize(
    ("name", "date", "layout", "code", "canonical", "exists"),
    [
        ("Cà Mau", BEFORE, PRE2025, "96", "Cà Mau", True),
        ("Cà Mau", AFTER, FROM2025, "96", "Cà Mau", True),
        ("Vĩnh Long", BEFORE, PRE2025, "86", "Vĩnh Long", True),
        ("Vĩnh Long", AFTER, FROM2025, "86", "Vĩnh Long", True),
        ("Cần Thơ", AFTER, FROM2025, "92", "Cần Thơ", True),
        ("Tây Ninh", BEFORE, PRE2025, "72", "Tây Ninh", True),
        ("Tây Ninh", AFTER, FROM2025, "80", "Tây Ninh", True),  # took Long An's old code
        ("Long An", BEFORE, PRE2025, "80", "Long An", True),
        ("Huế", BEFORE, PRE2025, "46", "Thừa Thiên Huế", True),
        ("Huế", AFTER, FROM2025, "46", "Huế", True),
        ("Hồ Chí Minh", AFTER, FROM2025, "79", "Hồ Chí Minh", True),
        # A unit that no longer exists at the figure's date still resolves, flagged, so it can be rolled up or reported.
        ("Trà Vinh", AFTER, PRE2025, "84", "Trà Vinh", False),
        ("Sóc Trăng", AFTER, PRE2025, "94", "Sóc Trăng", False),
    ],
)
def test_the_date_of_a_figure_chooses_the_layout(name, date, layout, code, canonical, exists) -> None:
    place = resolver().resolve(name, date)
    assert (place.layout, place.province_code, place.name, place.exists_on_date) == (layout, code, canonical, exists)


def test_the_merger_boundary_is_the_first_of_july_2025() -> None:
    assert resolver().resolve("Cà Mau", dt.date(2025, 6, 30)).layout == PRE2025
    assert resolver().resolve("Cà Mau", dt.date(2025, 7, 1)).layout == FROM2025


def test_a_vanished_unit_rolls_up_to_its_successor() -> None:
    trà_vinh = resolver().resolve("Trà Vinh", AFTER)
    successor = resolver().successor(trà_vinh)
    assert (successor.layout, successor.province_code, successor.name) == (FROM2025, "86", "Vĩnh Long")
    long_an = resolver().resolve("Long An", BEFORE)
    assert resolver().successor(long_an).name == "Tây Ninh"


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("Đồng bằng sông Cửu Long", "Đồng bằng sông Cửu Long"),
        ("ĐBSCL", "Đồng bằng sông Cửu Long"),
        ("miền Tây", "Đồng bằng sông Cửu Long"),
        ("vùng Tây Nguyên", "Tây Nguyên"),
        ("miền núi phía Bắc", "Trung du và miền núi phía Bắc"),
        ("Dong bang song Hong", "Đồng bằng sông Hồng"),
        ("Đông Nam Bộ", "Đông Nam Bộ"),
    ],
)
def test_region_names_resolve_to_regions(written: str, region: str) -> None:
    place = resolver().resolve(written)
    assert (place.level, place.name) == ("region", region)


@pytest.mark.parametrize("written", ["cả nước", "toàn quốc", "Việt Nam"])
def test_the_country(written: str) -> None:
    assert resolver().resolve(written).level == "national"


@pytest.mark.parametrize("written", ["", "   ", None, "Xã Khánh Hòa", "Hội An", "Mỹ Xuyên"])
def test_unknown_places_do_not_resolve(written) -> None:
    assert resolver().resolve(written) is None


def found(text: str, date: dt.date | None = BEFORE) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.place.name, m.place.layout) for m in resolver().find_in_text(text, date)]


def test_places_in_running_text_carry_exact_spans() -> None:
    text = "Đến nay, toàn tỉnh Cà Mau có 77 sản phẩm, xếp thứ 4/13 tỉnh vùng đồng bằng sông Cửu Long."
    mentions = resolver().find_in_text(text, BEFORE)
    assert [(m.place.level, m.place.name) for m in mentions] == [
        ("province", "Cà Mau"),
        ("region", "Đồng bằng sông Cửu Long"),
    ]
    for m in mentions:
        assert text[m.start:m.end] == m.text


def test_place_names_of_the_seed_articles() -> None:
    # The provinces, regions and look-alikes the five seed articles name, in sentences of our own.
    text = (
        "Sóc Trăng dẫn đầu ĐBSCL, trên cả Trà Vinh và Cà Mau. Tin liên quan: Đà Nẵng: Chứng nhận 11 sản phẩm; "
        "Bà Rịa-Vũng Tàu: Thêm 20 sản phẩm; Quảng Nam: Có 479 sản phẩm; Vĩnh Phúc có 141 sản phẩm; "
        "Cà phê Sơn La; Hà Nội - Hà Giang kết nối; gian hàng tại TP. Hồ Chí Minh; thương hiệu tại Thanh Hóa; "
        "hội nghị tại An Giang; học tập tại tỉnh Quảng Ninh; hàng Việt đến Nam Định; Bình Dương đẩy mạnh."
    )
    assert [name for _, name, _ in found(text)] == [
        "Sóc Trăng", "Đồng bằng sông Cửu Long", "Trà Vinh", "Cà Mau", "Đà Nẵng", "Bà Rịa - Vũng Tàu",
        "Quảng Nam", "Vĩnh Phúc", "Sơn La", "Hà Nội", "Hà Giang", "Hồ Chí Minh", "Thanh Hóa", "An Giang",
        "Quảng Ninh", "Nam Định", "Bình Dương",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "sản phẩm của xã Khánh Hòa, huyện Châu Phú",  # a commune named like a province
        "nước mắm ruốc ở xã Hải Dương, thị xã Hương Trà",
        "Thị xã Quảng Yên đánh giá 12 sản phẩm",
        "thị xã Vĩnh Châu và huyện Cù Lao Dung",
        "vì một nền hòa bình lâu dài",  # the common word, not Hoà Bình province
        "long an toàn thực phẩm",
        "tác giả Thanh Hòa",  # a person's name one tone mark away from Thanh Hóa
        "vùng Tây Bắc và miền Tây Bắc Bộ",
    ],
)
def test_running_text_never_matches_inside_lower_units_words_or_names(text: str) -> None:
    assert [name for _, name, _ in found(text) if name in {
        "Khánh Hòa", "Hải Dương", "Quảng Ninh", "Sóc Trăng", "Hoà Bình", "Long An", "Thanh Hóa",
        "Đồng bằng sông Cửu Long",
    }] == []


def test_running_text_uses_the_layout_of_the_figure_date() -> None:
    assert found("Tỉnh Cà Mau công bố", AFTER) == [("Tỉnh Cà Mau", "Cà Mau", FROM2025)]
    assert found("Tỉnh Cà Mau công bố", BEFORE) == [("Tỉnh Cà Mau", "Cà Mau", PRE2025)]


def test_reference_frames_hold_both_layouts() -> None:
    provinces = dim_province_frame()
    assert provinces.filter(provinces["layout"] == PRE2025).height == 63
    assert provinces.filter(provinces["layout"] == FROM2025).height == 34
    merger = province_merger_frame()
    assert merger.height == 63 and merger["old_province_code"].n_unique() == 63
    assert merger.filter(merger["old_province_name"] == "Long An")["new_province_name"].item() == "Tây Ninh"
