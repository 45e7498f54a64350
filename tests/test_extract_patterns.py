"""The patterns of the real press the extractor misread (issue 10's table), at least two sentences each, written by
the team: same structure as real sentences, other places, numbers and words."""

from __future__ import annotations

import datetime as dt

import pytest

from ocop_pipeline.articles.extract import extract


def facts(text: str, published: dt.date | None = None) -> list[tuple]:
    """(level, place, year, kind, metric, stars, type, value, value_high, qualifier) of every core claim, in order."""
    result = extract(text, "articles/test.txt", published)
    for c in result.claims:
        assert text[c.span_start:c.span_end] == c.quote
    return [(c.geo_level, c.geo_name, c.year, c.kind, c.metric, c.stars, c.subject_type, c.value, c.value_high,
             c.qualifier) for c in result.claims
            if c.metric in ("products", "subjects") or c.metric.endswith("_uplift_pct")]


def short(text: str, published: dt.date | None = None) -> list[tuple]:
    """(place, year, kind, stars, value) of every claim: the fields most patterns are about."""
    return [(f[1], f[2], f[3], f[5], f[7]) for f in facts(text, published)]


# 1. The year of an undated stock is its publication's, never a programme period's or the start of "từ năm X".

def test_a_stock_since_a_start_year_is_dated_by_publication() -> None:
    text = "Từ năm 2020 đến nay, tỉnh Tuyên Quang đã có 212 sản phẩm đạt chuẩn OCOP."
    assert short(text, dt.date(2024, 9, 3)) == [("Tuyên Quang", 2024, "cumulative", None, 212)]


def test_a_programme_period_elsewhere_does_not_date_a_stock() -> None:
    text = "Thực hiện Đề án giai đoạn 2021 - 2025, hiện Lào Cai có 260 sản phẩm OCOP từ 3 sao trở lên."
    assert short(text, dt.date(2023, 11, 20)) == [("Lào Cai", 2023, "cumulative", None, 260)]


def test_a_decision_signed_in_january_approves_the_round_of_the_year_before() -> None:
    text = "Ngày 15/1/2025, UBND tỉnh Hưng Yên ký quyết định công nhận 42 sản phẩm OCOP năm 2024."
    assert short(text, dt.date(2025, 1, 20)) == [("Hưng Yên", 2024, "new", None, 42)]


def test_without_a_publication_date_an_undated_stock_takes_the_latest_year_achieved() -> None:
    text = ("Kon Tum phát triển sản phẩm OCOP\n"
            "Tỉnh Kon Tum hiện có 125 sản phẩm OCOP. Năm 2023, tỉnh công nhận thêm 20 sản phẩm.")
    assert short(text) == [("Kon Tum", 2023, "cumulative", None, 125), ("Kon Tum", 2023, "new", None, 20)]


# 2. A round's results are new even without "mới"; a year-end stock is cumulative even with "công nhận".

def test_round_results_without_a_recognition_verb_are_new() -> None:
    text = "Kết quả đợt đánh giá tháng 9/2024, Hội đồng tỉnh Bình Định chọn được 18 sản phẩm đạt 3 sao."
    assert short(text, dt.date(2024, 10, 1)) == [("Bình Định", 2024, "new", "3", 18)]
    assert short("Đợt 1 năm 2025, tỉnh Hà Tĩnh có 27 sản phẩm đạt chuẩn OCOP.")[0][1:3] == (2025, "new")


def test_a_year_end_stock_using_cong_nhan_is_cumulative() -> None:
    text = "Tính đến cuối năm 2023, tỉnh Quảng Trị đã xây dựng và công nhận 132 sản phẩm OCOP."
    assert short(text, dt.date(2024, 2, 1)) == [("Quảng Trị", 2023, "cumulative", None, 132)]
    text = "Lũy kế đến tháng 6/2024, Hải Dương đã công nhận 289 sản phẩm OCOP."
    assert short(text, dt.date(2024, 7, 1)) == [("Hải Dương", 2024, "cumulative", None, 289)]


# 3. The producer type or the star level named before the count.

def test_producer_types_named_before_their_counts() -> None:
    text = ("Năm 2024, sản phẩm OCOP của tỉnh Bắc Ninh thuộc 68 chủ thể. Về chủ thể, hợp tác xã có 25 đơn vị, "
            "doanh nghiệp 06 và hộ sản xuất 37.")
    got = [(f[6], f[7]) for f in facts(text)]
    assert got == [(None, 68), ("cooperative", 25), ("enterprise", 6), ("household", 37)]


def test_star_levels_named_before_their_counts() -> None:
    text = "Năm 2024, tỉnh Phú Thọ công nhận 65 sản phẩm OCOP. Theo hạng sao, 4 sao có 14 sản phẩm, 3 sao có 51."
    assert short(text)[1:] == [("Phú Thọ", 2024, "new", "4", 14), ("Phú Thọ", 2024, "new", "3", 51)]


# 4. District figures after the province's total.

def test_a_list_of_districts_with_bare_names_and_each() -> None:
    text = ("Năm 2024, Phú Yên có 88 sản phẩm OCOP. Dẫn đầu là huyện Tây Hòa với 16 sản phẩm, tiếp theo là "
            "Sơn Hòa 11 sản phẩm; Đông Hòa và Phú Hòa mỗi huyện 9 sản phẩm.")
    got = [(f[0], f[1], f[7]) for f in facts(text)]
    assert got == [("province", "Phú Yên", 88), ("district", "Tây Hòa", 16), ("district", "Sơn Hòa", 11),
                   ("district", "Đông Hòa", 9), ("district", "Phú Hòa", 9)]


def test_districts_listed_with_their_figures_respectively() -> None:
    text = "Năm 2023, các huyện Krông Pắc, Cư M'gar và Lắk của tỉnh Đắk Lắk lần lượt có 7, 5 và 3 sản phẩm 3 sao."
    got = [(f[0], f[1], f[7]) for f in facts(text)]
    assert got == [("district", "Krông Pắc", 7), ("district", "Cư M'gar", 5), ("district", "Lắk", 3)]


def test_this_locality_is_the_district_just_named() -> None:
    text = "Năm 2024, thị xã Sơn Tây (Hà Nội) có thêm 4 sản phẩm OCOP, nâng tổng số của địa phương này lên 23."
    got = [(f[0], f[1], f[3], f[7]) for f in facts(text)]
    assert got == [("district", "Sơn Tây", "new", 4), ("district", "Sơn Tây", "cumulative", 23)]


# 5. A star level separated from its count, or given only in the framing clause.

def test_a_star_level_after_the_producers_and_carried_to_the_districts() -> None:
    text = ("Năm 2023, UBND tỉnh Quảng Ninh công nhận 12 sản phẩm của 8 chủ thể đạt 4 sao; trong đó huyện Ba Chẽ "
            "5 sản phẩm, huyện Tiên Yên 4 sản phẩm.")
    got = [(f[0], f[4], f[5], f[7]) for f in facts(text)]
    assert got == [("province", "products", "4", 12), ("province", "subjects", None, 8),
                   ("district", "products", "4", 5), ("district", "products", "4", 4)]


def test_a_star_level_framing_a_clause() -> None:
    text = "Năm 2024, tỉnh Tây Ninh có thêm 30 sản phẩm OCOP. Ở hạng 4 sao, 6 sản phẩm lần đầu được công nhận."
    assert short(text)[-1] == ("Tây Ninh", 2024, "new", "4", 6)


# 6. Potential five stars.

def test_products_proposed_for_the_national_rating_are_potential_five_stars() -> None:
    text = "Năm 2024, tỉnh Lâm Đồng chọn 3 sản phẩm tiềm năng để đề xuất Trung ương đánh giá, phân hạng 5 sao."
    assert short(text) == [("Lâm Đồng", 2024, "new", "potential_5", 3)]
    text = "Năm 2023, Hội đồng tỉnh Sơn La chọn 2 sản phẩm đủ điều kiện dự thi OCOP 5 sao."
    assert short(text) == [("Sơn La", 2023, "new", "potential_5", 2)]


def test_a_potential_in_a_stock_is_a_stock() -> None:
    text = "Đến nay, tỉnh Hà Giang có 120 sản phẩm OCOP, trong đó 4 sản phẩm có tiềm năng đạt 5 sao."
    assert short(text, dt.date(2024, 3, 1))[-1] == ("Hà Giang", 2024, "cumulative", "potential_5", 4)


# 7. A subset is not a total: "3-4 sao" subtotals, awards, upgrades.

def test_a_three_to_four_star_count_is_a_total_unless_five_star_products_are_counted_beside_it() -> None:
    # The issue's own example: the 36 are a subset beside the potential 5-star ones, never the round's total.
    text = "Năm 2024, tỉnh Bến Tre chấm 40 sản phẩm, có 36 sản phẩm đạt 3 - 4 sao và 4 sản phẩm tiềm năng 5 sao."
    assert [(f[5], f[7]) for f in facts(text)] == [("potential_5", 4)]
    text = "Đến nay tỉnh Thái Nguyên có 250 sản phẩm đạt 3 - 4 sao và 3 sản phẩm đạt 5 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("5", 3)]


def test_awards_and_upgrades_are_not_recognised_counts() -> None:
    text = ("Năm 2023, tỉnh Nam Định có 30 sản phẩm OCOP 4 sao, trong đó 6 sản phẩm được nâng hạng từ 3 sao; "
            "10 sản phẩm OCOP được khen thưởng.")
    assert [(f[5], f[7]) for f in facts(text)] == [("4", 30)]


# 8. National or regional figures never go to the province.

def test_a_national_figure_with_an_aside_about_provinces() -> None:
    text = "Cả nước có hơn 8.500 sản phẩm OCOP, trừ TP.HCM và Bình Dương, tỉnh nào cũng có sản phẩm 4 sao."
    assert [(f[0], f[7], f[9]) for f in facts(text, dt.date(2023, 5, 1))] == [("national", 8500, "at_least")]


def test_an_unnamed_region_is_nobody_s_figure() -> None:
    text = "Tỉnh Kiên Giang hiện có 180 sản phẩm OCOP. Vùng này có 1.200 sản phẩm OCOP."
    assert short(text, dt.date(2024, 1, 5)) == [("Kiên Giang", 2024, "cumulative", None, 180)]


# 9. Context carried to the next line or sentence of a breakdown.

def test_a_breakdown_on_the_next_line_keeps_the_place_kind_and_year() -> None:
    text = "Năm 2023 tỉnh Sơn La công nhận 35 sản phẩm OCOP.\nTrong đó 21 sản phẩm lần đầu, 14 sản phẩm đánh giá lại."
    assert short(text) == [("Sơn La", 2023, "new", None, 35), ("Sơn La", 2023, "new", None, 21)]


def test_a_star_breakdown_on_the_next_line() -> None:
    text = "Đợt 1/2025, tỉnh Thái Bình có 21 sản phẩm đạt chuẩn OCOP.\nTrong đó, 5 sản phẩm đạt 4 sao."
    assert short(text)[-1] == ("Thái Bình", 2025, "new", "4", 5)


# 10. Targets, ranges, producer units, national level, increases and totals raised to a figure.

def test_an_upgrade_target_is_a_target_at_the_level_reached() -> None:
    text = "Năm 2025, tỉnh Vĩnh Long phấn đấu nâng hạng 2 sản phẩm từ 3 sao lên 4 sao."
    assert short(text) == [("Vĩnh Long", 2025, "target", "4", 2)]


def test_an_approximate_range_target() -> None:
    text = "Năm 2025, tỉnh Gia Lai phấn đấu có khoảng 8 đến 10 sản phẩm 4 sao."
    assert [(f[3], f[5], f[7], f[8], f[9]) for f in facts(text)] == [("target", "4", 8, 10, "approx")]


def test_three_to_five_stars_is_every_level_and_units_are_producers() -> None:
    text = "Năm 2024, tỉnh Đồng Nai có 40 sản phẩm đạt từ 3 đến 5 sao của 26 đơn vị."
    assert [(f[4], f[5], f[7]) for f in facts(text)] == [("products", None, 40), ("subjects", None, 26)]


def test_the_national_level_is_five_stars() -> None:
    text = "Đến nay, Hà Tĩnh đã có 3 sản phẩm được công nhận OCOP cấp quốc gia."
    assert short(text, dt.date(2024, 4, 2)) == [("Hà Tĩnh", 2024, "cumulative", "5", 3)]


def test_an_increase_is_not_a_count_and_a_raised_total_is_a_stock() -> None:
    text = ("Năm 2024, cả nước có thêm khoảng 1.100 sản phẩm so với năm trước, nâng tổng số sản phẩm OCOP lên "
            "16.000.")
    got = [(f[3], f[7]) for f in facts(text)]
    assert ("cumulative", 16000) in got
    text = "Tỉnh Cà Mau có 188 sản phẩm OCOP, tăng 41 sản phẩm so với năm 2023."
    assert [f[7] for f in facts(text, dt.date(2024, 12, 30))] == [188]


def test_a_province_named_only_through_its_seat_in_the_dateline() -> None:
    text = "Gia Lai phát triển sản phẩm OCOP\n\nPLEIKU - Đến nay toàn tỉnh có 310 sản phẩm OCOP."
    assert short(text, dt.date(2023, 8, 1)) == [("Gia Lai", 2023, "cumulative", None, 310)]


def test_a_former_province_after_the_merger_keeps_its_own_figure() -> None:
    text = "Tỉnh Tây Ninh hiện có 520 sản phẩm OCOP, riêng Long An (cũ) có 300 sản phẩm."
    got = extract(text, "articles/x.txt", dt.date(2025, 9, 1)).claims
    assert [(c.geo_name, c.layout, c.value, c.place_exists_on_date) for c in got] == [
        ("Tây Ninh", "from2025", 520, True), ("Long An", "pre2025", 300, False)]


def test_hard_negatives_give_nothing() -> None:
    for text in (
        "Tỉnh Đồng Tháp tổ chức bình chọn Top 20 sản phẩm OCOP tiêu biểu với 64 sản phẩm tham gia.",
        "Năm 2025, tỉnh An Giang hỗ trợ chuẩn hóa bao bì, tem nhãn cho 24 sản phẩm OCOP.",
        "Năm 2024, Lạng Sơn có 85 hồ sơ sản phẩm đăng ký tham gia đánh giá OCOP.",
    ):
        assert facts(text) == [], text


# 10. Patterns found reading more of the press (dev2): what a whole list is, whose products, which unit.

def test_a_registration_list_is_entries_item_by_item_and_its_producers_too() -> None:
    text = ("Năm 2025, huyện Lục Nam đăng ký nhiều nhất với 19 sản phẩm của 7 chủ thể; huyện Yên Thế 12 sản phẩm; "
            "huyện Tân Yên 8 sản phẩm. Tỉnh Bắc Giang hiện có 420 sản phẩm OCOP.")
    assert [f[7] for f in facts(text, dt.date(2025, 5, 1))] == [420]
    text = "Hội đồng tỉnh Gia Lai đã chấm 44 sản phẩm của 29 chủ thể trong hai ngày."
    assert facts(text, dt.date(2024, 9, 1)) == []


def test_an_item_s_own_re_rating_does_not_spread_to_the_list_after_it() -> None:
    text = ("Năm 2023, tỉnh Phú Thọ công nhận 60 sản phẩm (trong đó 12 sản phẩm đánh giá lại); 9 sản phẩm đạt "
            "4 sao, 51 sản phẩm đạt 3 sao.")
    assert [(f[5], f[7]) for f in facts(text)] == [(None, 60), ("4", 9), ("3", 51)]


def test_one_producer_s_products_are_no_count_unless_their_rating_is_said() -> None:
    text = "Ở Hưng Yên, Công ty TNHH Long Nhãn Phố Hiến hiện có 6 sản phẩm của Công ty được trưng bày tại cửa hàng."
    assert facts(text, dt.date(2024, 2, 1)) == []
    text = "Năm 2022, tỉnh Sơn La có 5 sản phẩm của hợp tác xã Mộc Châu được Trung ương công nhận 5 sao."
    assert [(f[1], f[5], f[7]) for f in facts(text)] == [("Sơn La", "5", 5)]


def test_a_product_category_after_the_noun_is_a_group_not_a_total() -> None:
    text = "Tỉnh Lâm Đồng có 320 sản phẩm OCOP, trong đó 95 sản phẩm cà phê và 40 sản phẩm trà."
    assert [f[7] for f in facts(text, dt.date(2024, 6, 1))] == [320]
    text = "Xét theo ngành hàng, thực phẩm có 140 sản phẩm; đồ uống 32 sản phẩm; thảo dược 17 sản phẩm."
    assert facts("Tỉnh Nghệ An có 189 sản phẩm OCOP. " + text, dt.date(2024, 6, 1))[1:] == []


def test_a_commune_s_figures_and_their_breakdown_belong_to_no_level_we_hold() -> None:
    text = "Hiện xã Đông Thạnh có 11 sản phẩm OCOP: 3 sản phẩm đạt 4 sao và 8 sản phẩm đạt 3 sao."
    assert facts("Hà Nội phát triển OCOP\n\n" + text, dt.date(2025, 9, 1)) == []
    text = "Làng gốm Phù Lãng có 7 sản phẩm OCOP. Tỉnh Bắc Ninh hiện có 190 sản phẩm OCOP."
    assert [f[7] for f in facts(text, dt.date(2024, 3, 1))] == [190]


def test_places_that_share_one_figure_with_cung() -> None:
    text = "Năm 2024, huyện Văn Yên và huyện Trấn Yên cùng 9 sản phẩm OCOP."
    assert [(f[1], f[7]) for f in facts("Yên Bái: kết quả OCOP\n\n" + text)] == [("Văn Yên", 9), ("Trấn Yên", 9)]


def test_a_difference_between_two_dates_is_no_count() -> None:
    text = "Đến nay cả nước có 17.000 sản phẩm OCOP, tăng 2.100 sản phẩm so với năm 2024 và 9.000 sản phẩm so với năm 2020."
    assert [f[7] for f in facts(text, dt.date(2025, 10, 1))] == [17000]


def test_star_levels_and_counts_written_in_words() -> None:
    text = "Năm 2019, tỉnh Quảng Bình có hai sản phẩm đạt bốn sao và mười một sản phẩm đạt ba sao."
    assert [(f[5], f[7]) for f in facts(text)] == [("4", 2), ("3", 11)]
    text = "Năm 2021, tỉnh Hà Tĩnh có hai mươi tư sản phẩm đạt chuẩn OCOP."
    assert [f[7] for f in facts(text)] == [24]


def test_a_figure_right_after_a_round_s_result_is_of_that_round() -> None:
    text = ("Đợt 2 năm 2024, Hội đồng tỉnh Hà Giang công nhận 33 sản phẩm OCOP. Có 26 sản phẩm của 14 hợp tác xã, "
            "hộ kinh doanh được chứng nhận 3 sao.")
    assert [(f[3], f[7]) for f in facts(text)][:2] == [("new", 33), ("new", 26)]


def test_parts_that_add_up_to_a_total_take_its_kind_and_year() -> None:
    text = ("Sau 6 năm, tỉnh Vĩnh Long đã có 210 sản phẩm OCOP của 131 chủ thể. Riêng năm nay có thêm 30 sản phẩm. "
            "Về loại hình, hộ kinh doanh 80 chủ thể, hợp tác xã 41 và doanh nghiệp 10.")
    got = {(f[4], f[6]): f[3] for f in facts(text, dt.date(2025, 12, 1))}
    assert got[("subjects", "household")] == got[("subjects", "cooperative")] == "cumulative"


def test_an_article_about_one_district_gives_it_the_figures_that_name_no_place() -> None:
    text = ("Quảng Ninh: Huyện Tiên Yên có thêm 4 sản phẩm OCOP\n\n"
            "UBND huyện Tiên Yên vừa công bố kết quả đánh giá sản phẩm OCOP năm 2024. Ở hạng 4 sao có 1 sản phẩm. "
            "Tính đến nay, Tiên Yên đã có 24 sản phẩm OCOP, dẫn đầu toàn tỉnh Quảng Ninh về số sản phẩm 4 sao.")
    got = [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 12, 20))]
    assert ("district", "Tiên Yên", 1) in got and ("district", "Tiên Yên", 24) in got
    assert not any(level == "province" for level, _, _ in got)


def test_a_plan_s_own_figure_is_a_target_and_a_comparison_base_a_past_stock() -> None:
    text = "Năm 2024, Cao Bằng có thêm 35 sản phẩm OCOP, vượt xa kế hoạch 20 sản phẩm của năm."
    assert [(f[3], f[7]) for f in facts(text)] == [("new", 35), ("target", 20)]
    text = "Năm 2025, Bình Định có 400 sản phẩm OCOP, tăng mạnh so với 260 sản phẩm của năm 2022."
    assert [(f[2], f[3], f[7]) for f in facts(text)] == [(2025, "cumulative", 400), (2022, "cumulative", 260)]


def test_a_proposal_to_the_centre_is_a_five_star_candidate() -> None:
    text = "Năm 2023, Hội đồng tỉnh Thái Nguyên thống nhất đề nghị Trung ương công nhận 4 sản phẩm đạt chuẩn 5 sao."
    assert short(text) == [("Thái Nguyên", 2023, "new", "potential_5", 4)]


def test_a_year_of_its_own_beats_the_whole_province_having() -> None:
    text = "Tính riêng năm 2023, toàn tỉnh có 18 sản phẩm được công nhận, nâng tổng số sản phẩm OCOP lên 142."
    assert [(f[3], f[7]) for f in facts("Kon Tum tổng kết\n\n" + text, dt.date(2024, 1, 10))] == [
        ("new", 18), ("cumulative", 142)]


def test_a_weather_strip_above_the_page_names_no_place() -> None:
    text = ("Hà Nội: 30°C   TP Hồ Chí Minh: 33°C\n\nĐiện Biên có thêm 12 sản phẩm OCOP\n\n"
            "Năm 2024, tỉnh có thêm 12 sản phẩm OCOP.")
    assert short(text) == [("Điện Biên", 2024, "new", None, 12)]


def test_a_seat_in_the_dateline_stands_for_the_province_that_held_it_on_the_day() -> None:
    text = "Gia Lai: kết quả OCOP cuối năm\n\nQUY NHƠN - Hội đồng tỉnh vừa công nhận 31 sản phẩm OCOP."
    assert short(text, dt.date(2025, 12, 20)) == [("Gia Lai", 2025, "new", None, 31)]
    text = "Bình Định: kết quả OCOP\n\nQUY NHƠN - Hội đồng tỉnh vừa công nhận 24 sản phẩm OCOP."
    assert short(text, dt.date(2024, 12, 20)) == [("Bình Định", 2024, "new", None, 24)]


def test_a_breadcrumb_above_the_headline_is_not_the_headline() -> None:
    text = ("TRÀ VINH | Kinh tế | Nông thôn mới\n\nTrà Cú có thêm 6 sản phẩm OCOP\n\n"
            "UBND huyện Trà Cú vừa trao chứng nhận cho 6 sản phẩm OCOP 3 sao. Đến nay huyện có 41 sản phẩm OCOP.")
    got = [(f[0], f[1], f[3], f[7]) for f in facts(text, dt.date(2024, 11, 5))]
    assert ("district", "Trà Cú", "new", 6) in got and ("district", "Trà Cú", "cumulative", 41) in got


def test_a_district_named_with_a_word_that_is_also_a_product() -> None:
    text = "Năm 2023, huyện Trà Ôn có 15 sản phẩm OCOP, thị xã Bình Minh 9 sản phẩm."
    assert [(f[0], f[1], f[7]) for f in facts("Vĩnh Long tổng kết OCOP\n\n" + text)] == [
        ("district", "Trà Ôn", 15), ("district", "Bình Minh", 9)]


def test_producer_types_in_the_sentence_after_the_producers() -> None:
    text = ("Đến nay tỉnh Sóc Trăng có 250 sản phẩm OCOP. Đứng sau các sản phẩm là 140 chủ thể. Hộ kinh doanh đông "
            "nhất với 71; kế đến là hợp tác xã 45, doanh nghiệp 22.")
    got = {f[6]: f[7] for f in facts(text, dt.date(2024, 8, 1)) if f[6]}
    assert got == {"household": 71, "cooperative": 45, "enterprise": 22}


def test_producers_taking_part_are_the_programme_s_producers_and_products_taking_part_are_entries() -> None:
    text = "Đến nay chương trình OCOP của Hà Nam đã thu hút 31 doanh nghiệp, 40 hợp tác xã và 58 hộ sản xuất tham gia."
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 4, 1))] == [
        ("enterprise", 31), ("cooperative", 40), ("household", 58)]
    text = "Năm 2024, tỉnh Hà Nam có 47 sản phẩm tham gia; kết quả sẽ được công bố vào tháng 11."
    assert facts(text) == []


def test_first_time_products_are_new_and_a_district_level_rating_is_not_a_district() -> None:
    text = "Ở hạng 4 sao, tỉnh Đồng Tháp có 30 sản phẩm lần đầu tham gia trong năm 2022."
    assert [(f[3], f[5], f[7]) for f in facts(text)] == [("new", "4", 30)]
    text = "Năm 2023, tỉnh Thái Bình ở cấp tỉnh có thêm 7 sản phẩm 4 sao; ở cấp huyện có 40 sản phẩm 3 sao."
    assert [(f[0], f[7]) for f in facts(text)] == [("province", 7), ("province", 40)]


def test_after_an_evaluation_a_count_that_states_its_result_is_a_result() -> None:
    text = "Sau khi chấm, Hội đồng tỉnh Kon Tum xác định 49 sản phẩm đạt từ 3 sao trở lên."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2022, 11, 1))] == [("new", 49)]
    text = "Hội đồng tỉnh Kon Tum đã chấm 52 sản phẩm của 30 chủ thể."
    assert facts(text, dt.date(2022, 11, 1)) == []


def test_a_part_of_a_stock_with_a_year_of_its_own_is_that_year_s_round() -> None:
    text = "Tính đến nay tỉnh Yên Bái có 210 sản phẩm OCOP, trong đó năm 2023 có 34 sản phẩm đạt chuẩn."
    assert short(text, dt.date(2024, 3, 1)) == [("Yên Bái", 2024, "cumulative", None, 210),
                                               ("Yên Bái", 2023, "new", None, 34)]
    text = ("Tỉnh Hòa Bình hiện có 180 sản phẩm OCOP, trong đó 30 sản phẩm 4 sao. Năm 2023, có 9 sản phẩm 4 sao và "
            "21 sản phẩm 3 sao.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2024, 3, 1))][2:] == [(2023, "new", 9), (2023, "new", 21)]


def test_after_the_merger_the_former_units_in_a_breakdown_keep_their_figures() -> None:
    text = ("Sau sáp nhập, tỉnh Lâm Đồng có 620 sản phẩm OCOP, trong đó Đắk Nông (cũ) đóng góp 140 sản phẩm và "
            "Bình Thuận (cũ) 210 sản phẩm.")
    got = [(f[1], f[7]) for f in facts("Lâm Đồng sau sáp nhập\n\n" + text, dt.date(2025, 8, 20))]
    assert got == [("Lâm Đồng", 620), ("Đắk Nông", 140), ("Bình Thuận", 210)]


def test_the_count_before_a_raised_total_is_the_increment() -> None:
    text = ("Năm 2024, tỉnh Nghệ An có 42 sản phẩm được công nhận OCOP, nâng tổng số sản phẩm OCOP của tỉnh lên "
            "650 sản phẩm.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2025, 1, 10))] == [("new", 42), ("cumulative", 650)]
    text = "Trong năm, Đắk Lắk có 28 sản phẩm đạt chuẩn OCOP, đưa tổng số lên 213 sản phẩm."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 12, 28))] == [("new", 28), ("cumulative", 213)]


def test_sales_growth_over_last_year_is_not_what_certification_brought() -> None:
    text = "Trong 9 tháng, doanh thu từ sản phẩm OCOP của tỉnh Đồng Tháp đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ."
    assert facts(text, dt.date(2024, 10, 1)) == []
    text = "Sau khi được công nhận OCOP, doanh thu của các chủ thể ở Đồng Tháp tăng 20 - 30% so với trước đó."
    assert [(f[4], f[7], f[8]) for f in facts(text, dt.date(2024, 10, 1))] == [("revenue_uplift_pct", 20, 30)]


def test_a_star_level_after_the_communes_or_the_company_that_own_the_products() -> None:
    text = "Năm 2023, tỉnh Sơn La công nhận 9 sản phẩm của các xã Tân Lập, Chiềng Sơn và Đông Sang đạt 3 sao."
    assert short(text) == [("Sơn La", 2023, "new", "3", 9)]
    text = "Năm 2023, UBND tỉnh Hà Tĩnh công nhận 5 sản phẩm của Công ty TNHH Thương mại Hồng Lam đạt 4 sao."
    assert short(text) == [("Hà Tĩnh", 2023, "new", "4", 5)]


# Issue 10, third batch (dev3): patterns of real news read in a third pass, sentences written by the team.

def test_a_star_level_written_with_a_leading_zero_is_a_level_never_a_count_of_zero() -> None:
    text = "Năm 2022, tỉnh Bắc Kạn công nhận 31 sản phẩm OCOP, gồm 04 sản phẩm đạt 04 sao và 27 sản phẩm đạt 03 sao."
    assert short(text) == [("Bắc Kạn", 2022, "new", None, 31), ("Bắc Kạn", 2022, "new", "4", 4),
                           ("Bắc Kạn", 2022, "new", "3", 27)]
    text = "Hiện huyện Sìn Hồ có 12 sản phẩm OCOP. Trong số đó, 01 sản phẩm 05 sao được công nhận OCOP quốc gia."
    assert [f[5:8] for f in facts(text, dt.date(2023, 5, 2))] == [(None, None, 12), ("5", None, 1)]
    text = "Kết quả, 9 sản phẩm được xếp hạng OCOP 04 sao, 11 sản phẩm được xếp hạng 03 sao."
    assert [(f[5], f[7]) for f in facts("Hậu Giang xếp hạng sản phẩm OCOP đợt 2\n\n" + text, dt.date(2021, 11, 3))] == [("4", 9), ("3", 11)]


def test_a_zero_padded_every_level_range_keeps_the_whole_total() -> None:
    text = "Đến nay, toàn tỉnh Lai Châu có 164 sản phẩm đạt 03 sao trở lên của 98 chủ thể."
    assert short(text, dt.date(2024, 6, 1)) == [("Lai Châu", 2024, "cumulative", None, 164),
                                                ("Lai Châu", 2024, "cumulative", None, 98)]
    text = "Tỉnh Lai Châu hiện có 164 sản phẩm OCOP từ 03 - 05 sao."
    assert short(text, dt.date(2024, 6, 1)) == [("Lai Châu", 2024, "cumulative", None, 164)]


def test_the_producers_of_one_star_level_inside_a_breakdown_are_no_producer_count() -> None:
    text = ("Năm 2023, tỉnh Vĩnh Long công nhận 96 sản phẩm OCOP của 51 chủ thể. Cụ thể, 20 sản phẩm của 9 chủ thể đạt "
            "4 sao; 76 sản phẩm của 42 chủ thể đạt 3 sao.")
    got = [(f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 1, 5))]
    assert got == [("products", None, 96), ("subjects", None, 51), ("products", "4", 20), ("products", "3", 76)]
    text = "Năm 2024, Ninh Bình có 60 sản phẩm được công nhận OCOP, trong đó 8 sản phẩm của 5 chủ thể đạt 4 sao."
    assert [(f[4], f[7]) for f in facts(text)] == [("products", 60), ("products", 8)]


def test_a_round_whose_products_share_one_level_keeps_its_producers() -> None:
    text = "Năm 2023, UBND tỉnh Hưng Yên công nhận 14 sản phẩm của 9 hợp tác xã, hộ kinh doanh đạt 4 sao."
    assert [(f[4], f[5], f[7]) for f in facts(text)] == [("products", "4", 14), ("subjects", None, 9)]


def test_a_photo_caption_between_paragraphs_gives_no_kind_to_the_next_figures() -> None:
    text = ("Quảng Ngãi có 210 sản phẩm OCOP\n\n"
            "Tính đến tháng 6/2024, tỉnh Quảng Ngãi có 210 sản phẩm OCOP.\n\n"
            "Ảnh: Sản phẩm được công nhận OCOP 4 sao năm 2023.\n\n"
            "Nhiều nhất là huyện Mộ Đức với 31 sản phẩm.")
    got = [(f[1], f[3], f[7]) for f in facts(text, dt.date(2024, 7, 1))]
    assert got == [("Quảng Ngãi", "cumulative", 210), ("Mộ Đức", "cumulative", 31)]


def test_viet_nam_at_the_end_of_an_outlet_or_company_name_is_no_place() -> None:
    text = ("Vietnam.vn - Nền tảng quảng bá Việt Nam\n\n"
            "Sóc Trăng: thêm 27 sản phẩm OCOP\n\n"
            "Báo Nông nghiệp Việt Nam 03/01/2025\n\n"
            "UBND tỉnh vừa phê duyệt kết quả đánh giá sản phẩm OCOP năm 2024: 27 sản phẩm được công nhận, trong đó "
            "5 sản phẩm đạt 4 sao.")
    assert {f[1] for f in facts(text, dt.date(2025, 1, 3))} == {"Sóc Trăng"}
    text = ("Bắc Ninh có thêm sản phẩm OCOP\n\n"
            "Hai sản phẩm của Công ty TNHH PTK 879 Việt Nam được nâng hạng. Năm 2022, tỉnh Bắc Ninh có 93 sản phẩm "
            "OCOP.")
    assert [f[1] for f in facts(text, dt.date(2022, 11, 1))] == ["Bắc Ninh"]


def test_the_country_in_running_text_is_still_the_country() -> None:
    text = "Đến cuối năm 2024, Việt Nam có 14.642 sản phẩm OCOP từ 3 sao trở lên."
    assert short(text, dt.date(2025, 1, 16)) == [("Việt Nam", 2024, "cumulative", None, 14642)]


def test_a_count_spread_over_several_provinces_is_the_countrys() -> None:
    text = ("Bộ công nhận sản phẩm OCOP 5 sao\n\n"
            "Năm 2024, Bộ Nông nghiệp vừa công nhận thêm 31 sản phẩm OCOP 5 sao, thuộc 17 công ty, hợp tác xã ở 11 "
            "tỉnh, thành phố. Trong đó, tỉnh Bến Tre có 4 sản phẩm, tỉnh Bến Tre là nơi có nhiều sản phẩm nhất.")
    assert [(f[0], f[7]) for f in facts(text, dt.date(2024, 8, 1))][0] == ("national", 31)
    text = "Năm 2022, tỉnh Tiền Giang có 27 sản phẩm của 9 địa phương được đánh giá đạt chuẩn OCOP."
    assert [(f[0], f[1], f[7]) for f in facts(text)] == [("province", "Tiền Giang", 27)]


def test_the_products_of_one_kind_of_producer_are_no_count_and_neither_is_their_breakdown() -> None:
    text = ("Năm 2021, tỉnh Bắc Giang cấp giấy chứng nhận cho 39 sản phẩm OCOP. Trong đợt này, 28 sản phẩm thuộc về "
            "các hợp tác xã, chiếm 71,8%.")
    assert [f[7] for f in facts(text)] == [39]
    text = ("Hưng Yên hiện có 271 sản phẩm OCOP. Riêng khu vực kinh tế tập thể đã có 198 sản phẩm được chứng nhận; "
            "trong đó 180 sản phẩm đạt 3 sao và 18 sản phẩm đạt 4 sao.")
    assert [f[7] for f in facts(text, dt.date(2024, 11, 1))] == [271]
    text = "Đến tháng 12/2021, tỉnh Bắc Giang có 156 sản phẩm OCOP, trong đó 120 sản phẩm của hợp tác xã (76,9%)."
    assert [f[7] for f in facts(text)] == [156]


def test_producers_named_with_their_type_still_own_a_rounds_products() -> None:
    text = "Năm 2023, UBND tỉnh Yên Bái công nhận 12 sản phẩm OCOP của 8 hợp tác xã, hộ kinh doanh."
    assert [(f[4], f[7]) for f in facts(text)] == [("products", 12), ("subjects", 8)]


def test_htxnn_is_a_cooperative() -> None:
    text = "Tỉnh Phú Yên có 120 sản phẩm OCOP của 64 chủ thể; về loại hình, HTXNN có 15, doanh nghiệp 12, hộ kinh doanh 37."
    got = [(f[6], f[7]) for f in facts(text, dt.date(2023, 5, 1)) if f[4] == "subjects"]
    assert got == [(None, 64), ("cooperative", 15), ("enterprise", 12), ("household", 37)]


def test_a_score_that_sends_products_to_the_next_council_is_no_rating() -> None:
    text = ("Đến nay, tỉnh Quảng Trị có 150 sản phẩm OCOP; 03 sản phẩm ở huyện Hải Lăng đạt trên 70 điểm, đã trình "
            "Hội đồng cấp tỉnh.")
    assert [f[7] for f in facts(text, dt.date(2024, 3, 1))] == [150]
    text = "Năm 2023, huyện Krông Năng có 7 sản phẩm được chấm từ 70 điểm, chuyển lên tỉnh đánh giá 4 sao."
    assert facts(text) == []
    text = "Năm 2023, tỉnh Gia Lai có 2 sản phẩm đạt trên 90 điểm, đủ điều kiện đề nghị Trung ương công nhận 5 sao."
    assert [(f[5], f[7]) for f in facts(text)] == [("potential_5", 2)]


def test_the_result_of_a_scoring_is_no_activity() -> None:
    text = ("Ngày 5/9/2023, UBND tỉnh Quảng Bình phê duyệt kết quả chấm điểm 02 sản phẩm tiềm năng 5 sao của chương "
            "trình OCOP năm 2023.")
    assert short(text) == [("Quảng Bình", 2023, "new", "potential_5", 2)]
    text = "Năm 2024, huyện Đức Trọng tổ chức chấm điểm 12 sản phẩm OCOP của 8 chủ thể."
    assert facts(text) == []


def test_a_level_given_to_the_products_named_after_it() -> None:
    text = ("Năm 2023, tỉnh Long An đề nghị Trung ương đánh giá, phân hạng 5 sao cho ba sản phẩm: thanh long ruột đỏ "
            "của Công ty TNHH Hoàng Phát và gạo hữu cơ.")
    assert short(text) == [("Long An", 2023, "new", "potential_5", 3)]
    text = "Năm 2023, UBND huyện Cần Giuộc cấp giấy chứng nhận OCOP 3 sao cho tổng cộng mười hai sản phẩm của sáu chủ thể."
    assert [(f[4], f[5], f[7]) for f in facts(text)] == [("products", "3", 12), ("subjects", None, 6)]


def test_one_is_a_count_where_the_text_insists_on_it() -> None:
    text = "Đợt 2 năm 2022, tỉnh Phú Yên công nhận 4 sản phẩm OCOP. Duy nhất một sản phẩm đạt bốn sao."
    assert [(f[5], f[7]) for f in facts(text)] == [(None, 4), ("4", 1)]
    text = "Năm 2021, Lào Cai công nhận 22 sản phẩm OCOP. Chỉ có một sản phẩm đạt 4 sao là bưởi Múc."
    assert [(f[5], f[7]) for f in facts(text)] == [(None, 22), ("4", 1)]
    text = "Bưởi Múc là một sản phẩm OCOP 4 sao của tỉnh Lào Cai năm 2021; Mỗi xã một sản phẩm đã lan tỏa."
    assert facts(text) == []


def test_a_count_in_brackets_after_a_listed_district() -> None:
    text = ("Tính đến tháng 10/2024, tỉnh Hải Dương có 150 sản phẩm OCOP. Nhiều nhất là huyện Thanh Hà (24 sản phẩm), "
            "sau đó là huyện Kinh Môn (18) và thành phố Chí Linh (15).")
    got = [(f[1], f[3], f[7]) for f in facts(text, dt.date(2024, 10, 20))]
    assert got == [("Hải Dương", "cumulative", 150), ("Thanh Hà", "cumulative", 24),
                   ("Kinh Môn", "cumulative", 18), ("Chí Linh", "cumulative", 15)]


def test_a_bracketed_number_after_anything_but_a_place_is_no_count() -> None:
    text = ("Năm 2023, tỉnh Hải Dương công nhận 40 sản phẩm OCOP, trong đó có bánh gai Ninh Giang (2) và vải thiều "
            "Thanh Hà (3) của Công ty Hưng Thịnh (7).")
    assert [f[7] for f in facts(text)] == [40]


def test_the_year_the_programme_started_never_dates_a_round() -> None:
    text = ("Gạo ST25 được chấm hạng 5 sao\n\n"
            "Ngày 4/11, Hội đồng OCOP tỉnh Sóc Trăng xếp hạng 4 sao cho chín sản phẩm. Tính từ khi tỉnh khởi động "
            "chương trình năm 2018 tới nay, Sóc Trăng có 238 sản phẩm OCOP.")
    assert short(text, dt.date(2024, 11, 6)) == [("Sóc Trăng", 2024, "new", "4", 9),
                                                 ("Sóc Trăng", 2024, "cumulative", None, 238)]


def test_expired_products_and_a_votes_winners_are_no_count() -> None:
    text = ("Tổng số sản phẩm OCOP được công nhận của Kon Tum đến nay là 260. Tuy vậy, 58 sản phẩm đã hết thời hạn công "
            "nhận, 12 sản phẩm hết hiệu lực.")
    assert [f[7] for f in facts(text, dt.date(2024, 5, 1))] == [260]
    text = "Năm 2024, Hội đồng tỉnh Đồng Tháp xét 92 sản phẩm OCOP đăng ký; 20 sản phẩm có số phiếu cao nhất được vinh danh."
    assert facts(text) == []


def test_a_bare_district_word_refers_to_the_district_just_named() -> None:
    text = ("Quảng Trị có 190 sản phẩm OCOP. Thị xã Quảng Trị là địa phương có bước tiến nhanh. Thị xã vừa có thêm "
            "9 sản phẩm OCOP 3 sao.")
    got = [(f[0], f[1], f[7]) for f in facts(text, dt.date(2025, 3, 1))]
    assert got == [("province", "Quảng Trị", 190), ("district", "Quảng Trị", 9)]


def test_the_past_years_of_the_programme_are_a_stock_last_year_a_round() -> None:
    text = "Trong 5 năm qua, tỉnh Lai Châu có 164 sản phẩm OCOP đạt chuẩn từ 3 đến 5 sao."
    assert short(text, dt.date(2025, 7, 20)) == [("Lai Châu", 2025, "cumulative", None, 164)]
    text = "Những năm qua, tỉnh Lai Châu đã xây dựng được 164 sản phẩm OCOP."
    assert short(text, dt.date(2025, 7, 20))[0][2] == "cumulative"
    text = "Trong năm qua, tỉnh Lai Châu có 27 sản phẩm được công nhận OCOP."
    assert short(text, dt.date(2025, 1, 20))[0][2] == "new"


def test_meeting_the_five_star_standard_in_full_is_five_stars_not_a_proposal() -> None:
    text = "Kết quả, năm 2025 cả nước có 47 sản phẩm của 15 tỉnh, thành phố đáp ứng đầy đủ tiêu chuẩn OCOP 5 sao."
    assert short(text) == [("Việt Nam", 2025, "new", "5", 47)]
    text = "Năm 2024, tỉnh Hà Giang có 2 sản phẩm đủ điều kiện đề nghị Trung ương công nhận 5 sao."
    assert short(text)[0][3] == "potential_5"


def test_a_product_group_named_before_its_count_is_no_total() -> None:
    text = ("Đến cuối năm 2020, Hà Nội có 1.054 sản phẩm OCOP. Phần lớn là thực phẩm với 690 sản phẩm (65,5%); nhóm "
            "lưu niệm, nội thất, trang trí có 300 sản phẩm (28,5%).")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2021, 1, 10))] == [("products", 1054)]
    text = "Năm 2024, Bình Dương có 155 sản phẩm OCOP; nhóm nông sản chiếm 12,26% tổng số, với 19 sản phẩm."
    assert [f[7] for f in facts(text)] == [155]


def test_a_plan_word_that_ends_in_the_qualifier_of_its_figure() -> None:
    text = "Tỉnh Bắc Giang có 300 sản phẩm OCOP. Tỉnh hướng tới 400 sản phẩm OCOP vào năm 2030."
    assert short(text, dt.date(2022, 9, 15)) == [("Bắc Giang", 2022, "cumulative", None, 300),
                                                 ("Bắc Giang", 2030, "target", None, 400)]


def test_a_province_proposing_five_stars_proposes_them_to_the_centre() -> None:
    text = "Năm 2025, tỉnh Đắk Lắk đề nghị phân hạng OCOP 5 sao đối với 3 sản phẩm của tỉnh."
    assert short(text) == [("Đắk Lắk", 2025, "new", "potential_5", 3)]
    text = ("Năm 2025, tỉnh Gia Lai đề nghị Bộ Nông nghiệp và Môi trường xem xét, đánh giá, phân hạng sản phẩm OCOP "
            "5 sao đối với 5 sản phẩm.")
    assert short(text)[0][3:] == ("potential_5", 5)


def test_products_eligible_for_five_stars_inside_a_stock_are_part_of_the_stock() -> None:
    text = ("Hiện toàn tỉnh Hậu Giang có 175 sản phẩm đạt chuẩn OCOP 3 sao và 4 sao. Trong số này có 7 sản phẩm đủ "
            "điều kiện dự thi OCOP 5 sao cấp Trung ương.")
    assert short(text, dt.date(2023, 1, 11)) == [("Hậu Giang", 2023, "cumulative", None, 175),
                                                 ("Hậu Giang", 2023, "cumulative", "potential_5", 7)]
    text = ("Năm 2023, Hội đồng tỉnh Trà Vinh công nhận 104 sản phẩm OCOP, trong đó đề nghị Trung ương công nhận 5 "
            "sao cho 3 sản phẩm.")
    assert short(text)[1][2:4] == ("new", "potential_5")


def test_the_stock_before_a_round_takes_the_rounds_year() -> None:
    text = ("Ninh Thuận thêm 84 sản phẩm OCOP\n\n"
            "UBND tỉnh Ninh Thuận phê duyệt kết quả đánh giá sản phẩm OCOP năm 2024: 84 sản phẩm được công nhận.\n\n"
            "Các sản phẩm chủ yếu là nho, táo, tỏi.\n\n"
            "Trước đợt này, Ninh Thuận đã có 182 sản phẩm OCOP của 81 chủ thể.")
    got = [(f[2], f[3], f[7]) for f in facts(text, dt.date(2025, 1, 2)) if f[7] != 84]
    assert got == [(2024, "cumulative", 182), (2024, "cumulative", 81)]
    text = "Đến nay, Ninh Thuận đã có 266 sản phẩm OCOP."
    assert short(text, dt.date(2025, 1, 2))[0][1] == 2025


def test_a_count_spread_over_provinces_keeps_the_country_when_its_star_level_follows() -> None:
    text = ("Hải Dương có thêm 7 sản phẩm OCOP 5 sao\n\n"
            "Năm 2025, Hội đồng Trung ương đánh giá 63 sản phẩm. Kết quả, 47 sản phẩm của 15 tỉnh, thành phố đáp ứng "
            "đầy đủ tiêu chuẩn OCOP 5 sao.")
    got = [(f[0], f[5], f[7]) for f in facts(text, dt.date(2025, 6, 27)) if f[7] == 47]
    assert got == [("national", "5", 47)]


def test_a_provinces_share_of_a_national_level_count_keeps_the_level() -> None:
    text = "Hải Dương có sản phẩm OCOP 5 sao\n\nCả nước hiện có 126 sản phẩm OCOP 5 sao; Hải Dương chiếm 8 sản phẩm."
    got = [(f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 6, 27))]
    assert got == [("Việt Nam", "cumulative", "5", 126), ("Hải Dương", "cumulative", "5", 8)]


def test_a_producer_type_described_before_its_count() -> None:
    text = ("Hiện Bắc Kạn có 184 sản phẩm OCOP của 110 chủ thể. Hợp tác xã là lực lượng nòng cốt với 73 chủ thể; còn "
            "cơ sở, hộ sản xuất kinh doanh chiếm đông nhất với 91 chủ thể.")
    got = [(f[6], f[7]) for f in facts(text, dt.date(2023, 11, 27)) if f[4] == "subjects"]
    assert got == [(None, 110), ("cooperative", 73), ("household", 91)]
    text = "Hiện Bắc Kạn có 184 sản phẩm OCOP. Hợp tác xã là lực lượng nòng cốt với 73 sản phẩm."
    assert [f for f in facts(text, dt.date(2023, 11, 27)) if f[4] == "subjects"] == []


def test_a_district_named_with_a_word_of_its_terrain() -> None:
    text = "Năm 2023, tỉnh Điện Biên có 56 sản phẩm OCOP. Huyện vùng cao Tủa Chùa có 03 sản phẩm OCOP là trà Shan tuyết."
    got = [(f[0], f[1], f[7]) for f in facts(text, dt.date(2023, 8, 1))]
    assert got == [("province", "Điện Biên", 56), ("district", "Tủa Chùa", 3)]


def test_along_with_after_a_comma_shares_no_figure_among_names() -> None:
    text = ("Năm 2025, Bến Tre công nhận 12 sản phẩm OCOP 4 sao, gồm bưởi Giao Long, sầu riêng Tân Phú, mật ong Tín "
            "Phát, cùng ba sản phẩm nước cốt dừa Delta Coco.")
    assert {f[0] for f in facts(text)} == {"province"}
    text = "Năm 2024, huyện Yên Phong và thành phố Bắc Ninh cùng 7 sản phẩm OCOP."
    assert [(f[1], f[7]) for f in facts(text)] == [("Yên Phong", 7), ("Bắc Ninh", 7)]


def test_products_taking_part_in_a_years_programme_are_entries_unless_rated() -> None:
    text = "Bắc Ninh có 98 sản phẩm tham gia Chương trình OCOP năm 2024."
    assert facts(text, dt.date(2024, 7, 29)) == []
    text = ("UBND tỉnh Khánh Hòa đã quyết định công nhận 18 sản phẩm tham gia Chương trình OCOP năm 2019 trên địa bàn "
            "đạt hạng 3 sao.")
    assert [f[7] for f in facts(text, dt.date(2020, 9, 1))] == [18]


def test_what_is_left_now_is_a_stock_and_every_communes_count_is_no_total() -> None:
    text = ("Năm 2020, huyện Hương Khê có 24 sản phẩm được công nhận OCOP. Theo Phòng NN&PTNT huyện Hương Khê, toàn "
            "huyện hiện còn 17 sản phẩm đạt chuẩn OCOP.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2024, 6, 1))][-1] == (2024, "cumulative", 17)
    text = "Thủy Nguyên: xã, phường nào cũng có 2 - 3 sản phẩm OCOP, cả thành phố Hải Phòng có 900 sản phẩm OCOP."
    assert [f[7] for f in facts(text, dt.date(2025, 3, 15))] == [900]


def test_a_plan_keeps_its_figures_after_the_whole_province_and_from_three_stars_is_every_level() -> None:
    text = "Nghệ An đặt mục tiêu đến năm 2025, toàn tỉnh có ít nhất 650 sản phẩm OCOP đạt từ 3 sao trở lên."
    assert short(text, dt.date(2022, 12, 1)) == [("Nghệ An", 2025, "target", None, 650)]
    text = ("Đến năm 2025, tỉnh Khánh Hòa đặt mục tiêu có thêm ít nhất 50 sản phẩm mới đạt từ 3 sao và ít nhất 50 tổ "
            "chức kinh tế mới tham gia OCOP.")
    assert [(f[3], f[4], f[5], f[7]) for f in facts(text, dt.date(2021, 7, 15))] == [("target", "products", None, 50)]
    text = "Năm 2024, tỉnh Cao Bằng có 15 sản phẩm được nâng hạng từ 3 sao lên 4 sao."
    assert [f[5] for f in facts(text)] in ([], ["4"])


def test_the_whole_province_after_a_round_announced_without_a_figure_is_that_rounds_result() -> None:
    text = ("Sở Nông nghiệp tỉnh Lâm Đồng vừa công bố kết quả phân hạng sản phẩm OCOP năm 2023. Toàn tỉnh có 64 sản "
            "phẩm của 41 chủ thể được công nhận đạt 3 - 4 sao.")
    assert [(f[2], f[3], f[4], f[7]) for f in facts(text, dt.date(2023, 12, 20))] == [
        (2023, "new", "products", 64), (2023, "new", "subjects", 41)]
    text = ("UBND tỉnh Tây Ninh vừa công bố kết quả đánh giá sản phẩm OCOP đợt 2 năm 2022.\n"
            "Toàn tỉnh có 19 sản phẩm đạt chuẩn, trong đó 5 sản phẩm 4 sao.")
    assert short(text, dt.date(2022, 11, 5)) == [("Tây Ninh", 2022, "new", None, 19), ("Tây Ninh", 2022, "new", "4", 5)]
    # A stock stated some sentences later is still a stock.
    text = ("Sở vừa công bố kết quả phân hạng năm 2023 của tỉnh Lâm Đồng. Hội nghị diễn ra tại Đà Lạt. Toàn tỉnh có "
            "320 sản phẩm OCOP còn hiệu lực.")
    assert short(text, dt.date(2023, 12, 20))[-1][2] == "cumulative"


def test_the_figures_of_a_numbered_decision_are_its_round() -> None:
    text = ("UBND tỉnh Thái Bình ban hành Quyết định số 2318/QĐ-UBND ngày 20/10/2021 công nhận sản phẩm OCOP năm "
            "2021. Theo quyết định, tỉnh có 27 sản phẩm OCOP, gồm 6 sản phẩm 4 sao và 21 sản phẩm 3 sao.")
    assert short(text, dt.date(2021, 10, 25)) == [
        ("Thái Bình", 2021, "new", None, 27), ("Thái Bình", 2021, "new", "4", 6), ("Thái Bình", 2021, "new", "3", 21)]
    text = "Theo quyết định, 14 sản phẩm OCOP năm 2022 của 9 chủ thể tỉnh Yên Bái đạt hạng 4 sao."
    assert [(f[3], f[4], f[7]) for f in facts(text, dt.date(2022, 12, 2))] == [
        ("new", "products", 14), ("new", "subjects", 9)]


def test_the_whole_of_one_year_is_that_years_count_not_a_stock() -> None:
    text = ("Tỉnh Bình Phước công nhận 9 sản phẩm OCOP đợt 2 năm 2023. Tính chung cả năm 2023, tỉnh công nhận 21 sản "
            "phẩm; cộng dồn từ khi triển khai chương trình, tỉnh có 126 sản phẩm OCOP.")
    assert short(text, dt.date(2024, 1, 10)) == [("Bình Phước", 2023, "new", None, 9),
                                                  ("Bình Phước", 2023, "new", None, 21),
                                                  ("Bình Phước", 2023, "cumulative", None, 126)]
    text = "Trong cả năm 2024, Quảng Trị có 37 sản phẩm được công nhận OCOP."
    assert short(text, dt.date(2025, 1, 8)) == [("Quảng Trị", 2024, "new", None, 37)]


def test_a_figure_named_again_keeps_what_its_first_statement_said() -> None:
    text = ("Tuyên Quang công nhận thêm 58 sản phẩm OCOP năm 2024.\n"
            "Ngoài 58 sản phẩm có chứng nhận lần đầu, tỉnh còn đánh giá lại 11 sản phẩm hết hạn.")
    assert short(text, dt.date(2024, 12, 30)) == [("Tuyên Quang", 2024, "new", None, 58)]
    text = ("Năm 2022, thành phố Hải Phòng công nhận 16 sản phẩm OCOP 4 sao. Giấy chứng nhận của 16 sản phẩm 4 sao "
            "có giá trị 36 tháng.")
    assert {f[3] for f in facts(text, dt.date(2023, 2, 1))} == {"new"}


def test_a_table_whose_rows_are_star_levels_counts_the_articles_province() -> None:
    text = ("Tỉnh Hưng Yên thưởng các sản phẩm OCOP năm 2023\n\n"
            "Các sản phẩm được công nhận năm 2023:\n"
            "Hạng sao | Số sản phẩm | Mức thưởng\n"
            "3 sao | 61 | 5 triệu đồng\n"
            "4 sao | 17 | 10 triệu đồng")
    assert short(text, dt.date(2024, 2, 1)) == [("Hưng Yên", 2023, "new", "3", 61), ("Hưng Yên", 2023, "new", "4", 17)]


def test_each_district_of_a_list_after_a_semicolon_starts_a_new_list() -> None:
    text = ("Thái Nguyên có 412 sản phẩm OCOP.\nDẫn đầu là các huyện: Đại Từ 44 sản phẩm, Phú Lương 28 sản phẩm; Võ Nhai và Định Hóa "
            "mỗi huyện có 9 sản phẩm.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [
        ("Thái Nguyên", 412), ("Đại Từ", 44), ("Phú Lương", 28), ("Võ Nhai", 9), ("Định Hóa", 9)]


def test_entries_of_an_evaluation_are_no_results_unless_a_result_is_given() -> None:
    text = "Toàn huyện Tiên Lữ có 23 sản phẩm thuộc nhiều ngành hàng của các xã tham gia đánh giá, phân hạng OCOP."
    assert facts(text, dt.date(2022, 8, 1)) == []
    text = "Qua xem xét hồ sơ, 41 sản phẩm OCOP đạt yêu cầu và đủ điều kiện tham gia đánh giá cấp tỉnh năm 2023."
    assert facts(text, dt.date(2023, 8, 1)) == []
    text = ("Năm 2024, tỉnh Vĩnh Phúc có 85 sản phẩm tham gia chấm điểm OCOP, trong đó 71 sản phẩm đạt 3 sao và "
            "nâng hạng 4 sản phẩm từ 3 sao lên 4 sao.")
    assert [f[7] for f in facts(text, dt.date(2024, 12, 1))] == [71]


def test_a_total_written_tong_so_is_a_count_and_a_document_number_is_not() -> None:
    text = "Đến nay, tỉnh Sơn La có tổng số 231 sản phẩm OCOP."
    assert short(text, dt.date(2024, 11, 2)) == [("Sơn La", 2024, "cumulative", None, 231)]
    text = ("Trong tổng số 88 sản phẩm OCOP của tỉnh Điện Biên, 9 sản phẩm đạt 4 sao và 79 sản phẩm đạt 3 sao. Quyết "
            "định số 17 sản phẩm OCOP được ký ngày 3/1/2024.")
    assert [f[7] for f in facts(text, dt.date(2024, 1, 5))] == [88, 9, 79]


def test_new_and_renewed_certificates_of_a_round_are_its_result() -> None:
    text = ("Năm 2023, Cà Mau công nhận mới và công nhận lại 48 sản phẩm OCOP.\n"
            "Trong đó có 6 sản phẩm đạt 4 sao và 42 sản phẩm đạt 3 sao.")
    assert short(text, dt.date(2024, 3, 1)) == [("Cà Mau", 2023, "new", None, 48), ("Cà Mau", 2023, "new", "4", 6),
                                                 ("Cà Mau", 2023, "new", "3", 42)]
    text = "Tỉnh Trà Vinh đã đánh giá lại 12 sản phẩm OCOP hết hạn năm 2024."
    assert facts(text, dt.date(2024, 10, 1)) == []


def test_a_star_level_after_the_products_names_rates_the_count() -> None:
    text = ("Quảng Ninh có thêm sản phẩm OCOP 5 sao\n\nHai sản phẩm là miến dong (xã Đồng Văn) và hoa hồi (xã Đồng "
            "Sơn) của Bình Liêu được Hội đồng Trung ương công nhận đạt 5 sao năm 2024.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [("5", 2)]
    text = ("Tỉnh Phú Yên có ba sản phẩm mang thương hiệu Thanh Hà (truyền thống, cá cơm, cá nục) của Công ty Thanh "
            "Hà vừa được xếp hạng OCOP 4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 5, 1))] == [("4", 3)]
    # A part named between keeps the total without a star level; a headline's star level is not the body's.
    text = "Năm 2023, tỉnh Phú Yên công nhận 21 sản phẩm OCOP, trong đó có 3 sản phẩm đạt 4 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1))] == [(None, 21), ("4", 3)]
    text = "Phú Yên thêm sản phẩm OCOP 4 sao\n\nHai sản phẩm của tỉnh Phú Yên vừa được công nhận đạt 3 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1))] == [("3", 2)]


def test_a_total_raised_after_counts_with_star_levels_has_no_star_level_of_its_own() -> None:
    text = ("Năm 2024, tỉnh Nghệ An công nhận thêm 96 sản phẩm 3 sao và 11 sản phẩm 4 sao, nâng tổng số sản phẩm OCOP "
            "của tỉnh lên 768.")
    assert short(text, dt.date(2024, 12, 20)) == [("Nghệ An", 2024, "new", "3", 96), ("Nghệ An", 2024, "new", "4", 11),
                                                  ("Nghệ An", 2024, "cumulative", None, 768)]
    text = "Về hạng 4 sao, tỉnh Nghệ An có 60 sản phẩm của 41 chủ thể; hạng 3 sao: 708 sản phẩm."
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 12, 20))] == [
        ("products", "4", 60), ("subjects", None, 41), ("products", "3", 708)]


def test_districts_each_with_its_number_and_the_noun_written_once() -> None:
    text = ("Tỉnh Yên Bái hiện có 296 sản phẩm OCOP. Về địa bàn, dẫn đầu là huyện Văn Chấn với 52 sản phẩm; tiếp đến "
            "Lục Yên 41, Trấn Yên 38 và Mù Cang Chải 12 sản phẩm.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 9, 9))] == [
        ("province", "Yên Bái", 296), ("district", "Văn Chấn", 52), ("district", "Lục Yên", 41),
        ("district", "Trấn Yên", 38), ("district", "Mù Cang Chải", 12)]
    # A name that begins with a number word is a name: "Ba Chẽ 9" is nine products of Ba Chẽ.
    text = "Quảng Ninh có 460 sản phẩm OCOP, nhiều nhất là Đông Triều 70, Ba Chẽ 9 và Tiên Yên 21 sản phẩm."
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 9, 9))] == [
        ("Quảng Ninh", 460), ("Đông Triều", 70), ("Ba Chẽ", 9), ("Tiên Yên", 21)]


def test_producers_counted_by_a_trait_of_their_owners_are_no_total() -> None:
    text = "Tỉnh Hà Giang có 128 chủ thể OCOP; trong đó có 41 chủ thể do phụ nữ làm chủ."
    assert [f[7] for f in facts(text, dt.date(2024, 5, 1))] == [128]
    text = "Tỉnh Lai Châu có 70 chủ thể OCOP, 52 chủ thể là người dân tộc thiểu số."
    assert [f[7] for f in facts(text, dt.date(2024, 5, 1))] == [70]


def test_the_producers_of_the_new_products_named_again_share_their_round() -> None:
    text = ("Bản tin ngày 12/1/2022\n\nTrong năm 2021, tỉnh Trà Vinh công nhận thêm 41 sản phẩm OCOP.\n\n"
            "Các sản phẩm mới này thuộc 27 chủ thể: 5 doanh nghiệp, 9 hợp tác xã và 13 hộ kinh doanh.")
    assert {(f[2], f[3]) for f in facts(text, dt.date(2022, 1, 12))} == {(2021, "new")}


def test_a_star_level_after_the_producers_of_a_dated_provincial_count() -> None:
    text = "Theo quyết định, 12 sản phẩm OCOP cấp tỉnh năm 2024 của 8 chủ thể tỉnh Hà Nam đạt hạng 4 sao."
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [
        ("products", "4", 12), ("subjects", None, 8)]


def test_five_stars_awaiting_the_centre_is_a_potential_and_from_three_stars_is_every_level() -> None:
    text = ("Tỉnh Ninh Thuận quyết định công nhận 11 sản phẩm OCOP năm 2022: một sản phẩm được chấm đạt 5 sao, chờ "
            "Trung ương công nhận, và 3 sản phẩm đạt 4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 12, 1))] == [(None, 11), ("4", 3)]
    text = "Tỉnh Ninh Thuận hiện có 2 sản phẩm đạt 5 sao đang chờ Bộ thẩm định và 118 sản phẩm được công nhận từ 3 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 3, 1))] == [("potential_5", 2), (None, 118)]


def test_an_article_about_a_district_gives_its_unplaced_figures_to_the_district() -> None:
    text = ("Những đặc sản của đảo ngọc\n\nCôn Đảo (Bà Rịa - Vũng Tàu) đã đưa nhiều đặc sản vào Chương trình OCOP. "
            "Đến nay, Côn Đảo có 9 sản phẩm OCOP, trong đó 2 sản phẩm 4 sao.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 4, 1))] == [
        ("district", "Côn Đảo", 9), ("district", "Côn Đảo", 2)]
    text = ("Thạch Thành trao chứng nhận OCOP\n\nChiều 12/10/2023, UBND huyện Thạch Thành (Thanh Hóa) tổ chức lễ trao "
            "chứng nhận cho các sản phẩm OCOP. Phó Chủ tịch UBND huyện Lê Văn Quang trao giấy chứng nhận 3 sao cho "
            "11 sản phẩm của 6 chủ thể.")
    assert {(f[0], f[1]) for f in facts(text, dt.date(2023, 10, 13))} == {("district", "Thạch Thành")}
    text = ("Tân Uyên nâng tầm nông sản\n\nUBND thị xã Tân Uyên vừa công nhận 7 sản phẩm OCOP 3 sao năm 2024. Đến "
            "nay, Tân Uyên có 31 sản phẩm OCOP.")
    assert {(f[0], f[1]) for f in facts(text, dt.date(2024, 11, 1))} == {("district", "Tân Uyên")}


def test_counts_adding_up_to_the_figure_before_break_it_down() -> None:
    text = ("Trong 5 năm qua, khu vực Bắc Kạn (cũ) có 184 sản phẩm OCOP. Một sản phẩm miến dong là sản phẩm được "
            "công nhận 5 sao; còn lại 165 sản phẩm 3 sao và 18 sản phẩm 4 sao.")
    assert {f[1] for f in facts(text, dt.date(2025, 7, 20))} == {"Bắc Kạn"}
    assert {f[3] for f in facts(text, dt.date(2025, 7, 20))} == {"cumulative"}
    # Counts that do not add up are no breakdown of it.
    text = ("Tỉnh Bắc Kạn có 184 sản phẩm OCOP. Năm 2024, tỉnh công nhận thêm 20 sản phẩm 3 sao và 4 sản phẩm 4 sao.")
    assert [f[3] for f in facts(text, dt.date(2025, 1, 20))] == ["cumulative", "new", "new"]


def test_producers_named_by_the_products_they_have_are_no_round() -> None:
    text = ("Tỉnh Sóc Trăng đã có 210 sản phẩm OCOP. Về chủ thể, 118 đơn vị có sản phẩm được công nhận, hợp tác xã "
            "chiếm đông nhất với 49 chủ thể.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [
        ("cumulative", 210), ("cumulative", 118), ("cumulative", 49)]


def test_a_number_inside_a_producers_name_is_no_count() -> None:
    text = ("Năm 2024 tỉnh Cà Mau có 30 sản phẩm OCOP của 21 chủ thể, trong đó có trà của HTX 3T Farm và mắm của HTX "
            "ba khía Đầm Dơi.")
    assert [f[7] for f in facts(text, dt.date(2024, 12, 1))] == [30, 21]
    text = "Về chủ thể OCOP của tỉnh Cà Mau, hợp tác xã có 12 chủ thể, doanh nghiệp 7, hộ kinh doanh 4."
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [
        ("cooperative", 12), ("enterprise", 7), ("household", 4)]


def test_products_of_the_land_are_no_ocop_products_unless_rated() -> None:
    text = "Hiện Điện Biên có 70 sản phẩm OCOP; tỉnh còn khoảng 150 sản phẩm nông nghiệp lợi thế chưa được khai thác."
    assert [f[7] for f in facts(text, dt.date(2024, 3, 1))] == [70]
    text = "Tỉnh Điện Biên đã rà soát 45 sản phẩm chủ lực của các huyện để xây dựng OCOP."
    assert facts(text, dt.date(2024, 3, 1)) == []
    text = "Năm 2024 Điện Biên có 12 sản phẩm nông nghiệp đạt chuẩn OCOP 3 sao."
    assert [f[7] for f in facts(text, dt.date(2024, 12, 1))] == [12]


def test_a_price_premium_over_unrated_goods_is_a_price_uplift() -> None:
    text = "Tại Bến Tre, sản phẩm OCOP bán được giá cao hơn 10 - 15% so với sản phẩm cùng loại chưa được gắn sao."
    assert [(f[4], f[7], f[8], f[9]) for f in facts(text, dt.date(2024, 5, 1))] == [("price_uplift_pct", 10, 15, None)]
    text = "Ở Bến Tre, doanh thu của các chủ thể OCOP tăng hơn 20%, trong khi tỷ lệ hộ nghèo cao hơn 5% so với năm trước."
    assert [(f[4], f[7], f[9]) for f in facts(text, dt.date(2024, 5, 1))] == [
        ("revenue_uplift_pct", 20, "at_least")]


def test_a_districts_producers_are_no_administrative_units() -> None:
    text = "Năm 2023, huyện Lục Nam có 7 đơn vị được cấp giấy chứng nhận OCOP với 12 sản phẩm."
    assert [(f[0], f[4], f[7]) for f in facts(text, dt.date(2023, 12, 1))] == [
        ("district", "subjects", 7), ("district", "products", 12)]
    assert [f[3] for f in facts(text, dt.date(2023, 12, 1))][-1] == "new"
    text = "Trong số 10 huyện, thị xã của tỉnh Bắc Giang, có 9 đơn vị đã có sản phẩm OCOP."
    assert [f[4] for f in facts(text, dt.date(2023, 12, 1))] == []


def test_this_place_is_the_place_just_named() -> None:
    text = ("Vĩnh Long mới có gần 600 sản phẩm OCOP\n\nBến Tre (cũ) nổi tiếng với kẹo dừa và bưởi da xanh. Tính đến "
            "tháng 7/2025, địa bàn này có 316 sản phẩm OCOP.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2025, 8, 1)) if f[7] == 316] == [("Bến Tre", 316)]
    text = ("Huyện Chợ Gạo có nhiều đặc sản thanh long. Theo Sở Nông nghiệp tỉnh Tiền Giang, tỉnh này hiện có 210 "
            "sản phẩm OCOP.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 8, 1))] == [("Tiền Giang", 210)]


def test_a_lead_naming_several_districts_speaks_of_the_province() -> None:
    text = ("Nghệ An: thêm 9 sản phẩm OCOP 3 sao\n\nHội đồng OCOP của ba huyện Quỳnh Lưu, Yên Thành và Diễn Châu vừa "
            "họp đánh giá. Kết quả, 9 sản phẩm mới được công nhận đạt 3 sao.\n\nQuỳnh Lưu có nhiều sản phẩm nhất. "
            "Quỳnh Lưu có nước mắm và nem chua.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 10, 1)) if f[7] == 9][-1] == ("province", "Nghệ An", 9)


def test_before_the_merger_every_province_of_the_sentence_is_a_former_one() -> None:
    text = ("Gia Lai mới phát triển OCOP\n\nTrước sáp nhập, tỉnh Bình Định có 372 sản phẩm OCOP; Gia Lai có 278 sản "
            "phẩm. Hiện toàn tỉnh Gia Lai có 650 sản phẩm OCOP.")
    result = extract(text, "articles/test.txt", dt.date(2025, 9, 1))
    assert [(c.geo_name, c.layout, c.value) for c in result.claims] == [
        ("Bình Định", "pre2025", 372), ("Gia Lai", "pre2025", 278), ("Gia Lai", "from2025", 650)]
    text = "Cà Mau mới\n\nTỉnh Bạc Liêu (cũ) có 90 sản phẩm OCOP, Cà Mau (cũ) có 250 sản phẩm OCOP."
    result = extract(text, "articles/test.txt", dt.date(2025, 9, 1))
    assert [(c.geo_name, c.layout) for c in result.claims] == [("Bạc Liêu", "pre2025"), ("Cà Mau", "pre2025")]


def test_a_communes_or_wards_figure_is_never_the_provinces() -> None:
    text = "Phường Hạ Long có 25 sản phẩm OCOP\n\nPhường Hạ Long (tỉnh Quảng Ninh) hiện có 25 sản phẩm OCOP."
    assert facts(text, dt.date(2025, 9, 1)) == []
    text = "Xã Đông Sang (tỉnh Sơn La) vừa có thêm 4 sản phẩm OCOP 3 sao. Toàn tỉnh Sơn La hiện có 412 sản phẩm OCOP."
    assert [(f[1], f[7]) for f in facts(text, dt.date(2025, 9, 1))] == [("Sơn La", 412)]


def test_a_result_stated_after_the_plan_in_its_own_clause_is_achieved() -> None:
    text = ("Năm 2023, kế hoạch của tỉnh Hòa Bình là phát triển thêm 35 sản phẩm OCOP; kết quả đã công nhận 41 sản "
            "phẩm, vượt kế hoạch.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2023, 12, 28))] == [("target", 35), ("new", 41)]
    # A part of the plan in a clause of its own is still the plan.
    text = "Năm 2023, tỉnh Hòa Bình phấn đấu có thêm 30 sản phẩm OCOP; trong đó có thêm 5 sản phẩm 4 sao."
    assert [f[3] for f in facts(text, dt.date(2023, 1, 5))] == ["target", "target"]


def test_an_address_in_brackets_makes_no_district_article_and_one_alone_is_quoted_whole() -> None:
    text = ("Công nhận bốn sản phẩm OCOP đợt 2\n\nTUY HÒA - UBND tỉnh Phú Yên vừa công nhận bốn sản phẩm OCOP năm "
            "2022.\n\nDuy nhất một sản phẩm đạt bốn sao: cà phê của Công ty Hương Phú, xã Bình Kiến (TP Tuy Hòa).")
    result = extract(text, "articles/test.txt", dt.date(2022, 12, 15))
    assert [(c.geo_level, c.geo_name, c.stars, c.value, c.quote) for c in result.claims][-1] == (
        "province", "Phú Yên", "4", 1, "một sản phẩm đạt bốn sao")


def test_a_respectively_list_takes_the_names_of_its_own_clause() -> None:
    text = ("Ở hạng 4 sao, tỉnh Kon Tum có 19 sản phẩm. Thành phố Kon Tum nhiều nhất với 8 sản phẩm; các huyện Đắk Hà, "
            "Ngọc Hồi và Sa Thầy lần lượt có 5, 4 và 2 sản phẩm.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2023, 12, 1))][-3:] == [
        ("Đắk Hà", 5), ("Ngọc Hồi", 4), ("Sa Thầy", 2)]


def test_places_named_together_each_with_a_number_share_the_noun_written_once() -> None:
    text = ("Ở hạng 3 sao, tỉnh Đắk Lắk có 60 sản phẩm. Nhiều nhất là huyện Cư M'gar với 12 sản phẩm; Krông Pắc và "
            "Ea Kar mỗi huyện 7; Lắk 5; Buôn Đôn, Ea Súp và thị xã Buôn Hồ mỗi nơi 2 sản phẩm.")
    got = [(f[1], f[7]) for f in facts(text, dt.date(2024, 5, 1))]
    assert got == [("Đắk Lắk", 60), ("Cư M'gar", 12), ("Krông Pắc", 7), ("Ea Kar", 7), ("Lắk", 5), ("Buôn Đôn", 2),
                   ("Ea Súp", 2), ("Buôn Hồ", 2)]


def test_a_total_raised_by_a_verb_before_its_noun_and_a_score_between_a_count_and_its_level() -> None:
    text = "Đợt này, Vĩnh Long công nhận 40 sản phẩm OCOP. Kết quả này đưa số sản phẩm OCOP của tỉnh lên 212."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [("new", 40), ("cumulative", 212)]
    text = ("Năm 2024 tỉnh Vĩnh Long công nhận 21 sản phẩm OCOP, trong đó:\n- 16 sản phẩm có điểm từ 70,5 đến 89,2, "
            "được công nhận 3 sao;\n- 5 sản phẩm đạt 4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [(None, 21), ("3", 16), ("4", 5)]


def test_one_as_an_item_of_a_star_breakdown_is_a_count() -> None:
    text = "Theo quyết định, tỉnh Hà Nam có 9 sản phẩm OCOP: một sản phẩm 4 sao và tám sản phẩm 3 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2021, 1, 5))] == [(None, 9), ("4", 1), ("3", 8)]
    text = "Hà Nam có 80 sản phẩm OCOP. Chè Hà Nam là một sản phẩm 4 sao của tỉnh, cùng mười một sản phẩm 3 sao khác."
    assert [f[7] for f in facts(text, dt.date(2021, 1, 5))] == [80, 11]


def test_a_total_said_again_with_one_level_for_all_of_it_is_a_count_of_that_level() -> None:
    text = ("UBND tỉnh Sóc Trăng vừa phê duyệt kết quả đánh giá 12 sản phẩm OCOP năm 2023. Toàn bộ 12 sản phẩm của 8 "
            "chủ thể đều đạt 3 sao.")
    assert {(f[4], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1))} == {("products", "3", 12),
                                                                             ("subjects", None, 8)}
    # A part at one level says nothing of the total's.
    text = "Năm 2023, tỉnh Sóc Trăng công nhận 12 sản phẩm OCOP; 5 sản phẩm trong số đó đạt 4 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1))] == [(None, 12), ("4", 5)]


def test_products_something_is_done_for_are_no_count_of_recognised_products() -> None:
    text = ("Kế hoạch năm 2024 của tỉnh Tuyên Quang đặt chỉ tiêu số sản phẩm có truy xuất nguồn gốc là 30 và 25 sản phẩm "
            "OCOP được mở rộng vùng nguyên liệu.")
    assert facts(text, dt.date(2024, 2, 1)) == []
    text = "Tỉnh Tuyên Quang có 212 sản phẩm OCOP; 40 sản phẩm được hỗ trợ thiết kế bao bì mới."
    assert [f[7] for f in facts(text, dt.date(2024, 2, 1))] == [212]


def test_an_ocop_articles_list_of_districts_counts_ocop_products_far_from_the_word_ocop() -> None:
    prose = "Nhiều chủ thể đã cải tiến bao bì và mẫu mã. Các hội chợ giúp người mua biết đến sản phẩm địa phương. "
    text = ("Phú Thọ có 350 sản phẩm OCOP\n\nĐến nay, tỉnh Phú Thọ có 350 sản phẩm OCOP, trong đó 60 sản phẩm 4 sao.\n\n"
            + prose * 3 + "\n\nHiện nay, dẫn đầu là huyện Tam Nông với 40 sản phẩm, tiếp theo là huyện Thanh Ba với 32 "
            "sản phẩm.")
    got = [(f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 6, 1))]
    assert got[-2:] == [("Tam Nông", None, 40), ("Thanh Ba", None, 32)]
    # Registrations listed by place are no OCOP products.
    text = ("Phú Thọ duyệt danh mục sản phẩm OCOP năm 2024\n\nTỉnh Phú Thọ vừa duyệt danh mục sản phẩm OCOP năm 2024.\n\n"
            + prose * 3 + "\n\nNơi có nhiều sản phẩm đăng ký nhất là huyện Tam Nông (23 sản phẩm), kế đến là huyện "
            "Thanh Ba (18 sản phẩm).")
    assert facts(text, dt.date(2024, 6, 1)) == []


def test_a_unit_renamed_in_2025_named_after_the_merger_is_the_unit_of_that_date() -> None:
    text = "Hiện thành phố Huế có 255 sản phẩm OCOP từ 3 sao trở lên."
    after = extract(text, "articles/test.txt", dt.date(2025, 9, 1)).claims
    before = extract(text, "articles/test.txt", dt.date(2023, 9, 1)).claims
    assert [(c.geo_level, c.geo_name, c.layout, c.province_code) for c in after] == [
        ("province", "Huế", "from2025", "46")]
    assert [(c.geo_name, c.layout) for c in before] == [("Thừa Thiên Huế", "pre2025")]


def test_revoked_recognitions_and_dossiers_ready_for_a_council_are_no_counts() -> None:
    text = "UBND tỉnh Long An ban hành quyết định thu hồi giấy chứng nhận OCOP đối với 31 sản phẩm của 20 chủ thể."
    assert facts(text, dt.date(2024, 12, 1)) == []
    text = ("Năm 2021 có 60 sản phẩm của 41 chủ thể hoàn thiện hồ sơ đủ điều kiện để Hội đồng tỉnh Lào Cai chấm điểm; "
            "sau thẩm định, 35 sản phẩm đạt 3 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 1, 10))] == [("3", 35)]


def test_three_and_four_stars_written_with_hang_is_every_provincial_level() -> None:
    text = "Chỉ tính riêng năm 2022, tỉnh Yên Bái công nhận 59 sản phẩm OCOP hạng 3 sao và 4 sao."
    assert short(text, dt.date(2023, 1, 10)) == [("Yên Bái", 2022, "new", None, 59)]


def test_years_of_the_programme_make_a_stock() -> None:
    text = "Gần bốn năm kể từ khi bắt tay vào chương trình, tỉnh Lào Cai đã cấp chứng nhận OCOP cho 193 sản phẩm."
    assert short(text, dt.date(2023, 3, 1)) == [("Lào Cai", 2023, "cumulative", None, 193)]


def test_a_table_without_a_header_whose_cells_name_what_they_count() -> None:
    text = ("Yên Bái phân bổ chỉ tiêu OCOP\n\nTheo kế hoạch phân bổ đến năm 2025 của tỉnh Yên Bái:\n"
            "Huyện Văn Yên | 51 sản phẩm\nHuyện Trấn Yên | 47 sản phẩm")
    assert [(f[1], f[2], f[3], f[7]) for f in facts(text, dt.date(2023, 3, 15))] == [
        ("Văn Yên", 2025, "target", 51), ("Trấn Yên", 2025, "target", 47)]
    # Registrations set out as a table are no OCOP products.
    text = ("Kon Tum điều chỉnh danh sách OCOP\n\nDanh sách ý tưởng sản phẩm đăng ký chu trình OCOP năm 2022 của tỉnh "
            "Kon Tum vừa được sửa đổi. Sau điều chỉnh, danh sách có 190 sản phẩm, phân theo địa phương như sau:\n"
            "Thành phố Kon Tum | 50 sản phẩm | 25 chủ thể\nHuyện Ngọc Hồi | 12 sản phẩm | 11 chủ thể")
    assert [f[7] for f in facts(text, dt.date(2022, 12, 3))] in ([], [190])


def test_candidates_and_eligible_producers_are_no_counts_and_a_group_of_entries_is_no_product_group() -> None:
    text = "Lai Châu lên danh sách 80 sản phẩm OCOP tiềm năng\n\nDanh sách gồm 80 sản phẩm có tiềm năng, của 31 chủ thể."
    assert facts(text, dt.date(2020, 9, 15)) == []
    text = "Rà soát cho thấy có 48 cơ sở hội đủ điều kiện vào Chương trình OCOP của tỉnh Bình Thuận, với hơn 100 sản phẩm."
    assert facts(text, dt.date(2020, 5, 15)) == []
    text = ("Kết quả tại Hội đồng tỉnh Hưng Yên: ở nhóm tham gia năm 2022 có 15 sản phẩm đạt 4 sao và 40 sản phẩm đạt "
            "3 sao.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2022, 12, 28))] == [
        ("products", "4", 15), ("products", "3", 40)]


# L. Fifth pass (heldout5 read): owners between a count and its result, star-level producers, lists after entries,
# national rounds.

def test_a_result_after_the_producers_and_an_aside_is_still_a_result() -> None:
    text = ("Sau hai vòng chấm, 31 sản phẩm của 22 chủ thể – gồm doanh nghiệp và hợp tác xã – được nhận giấy chứng "
            "nhận OCOP hạng 3 sao của tỉnh Lạng Sơn.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2022, 12, 20))] == [
        ("products", "3", 31), ("subjects", None, 22)]
    text = "Qua thẩm định, 18 sản phẩm thuộc 12 chủ thể (chủ yếu là hộ kinh doanh) đã được công nhận OCOP tại Phú Yên."
    assert [(f[1], f[4], f[7]) for f in facts(text, dt.date(2023, 9, 1))] == [
        ("Phú Yên", "products", 18), ("Phú Yên", "subjects", 12)]


def test_entries_with_their_producers_named_between_are_still_entries() -> None:
    text = ("Năm nay tỉnh Điện Biên có 54 sản phẩm thuộc 30 chủ thể hoàn thiện hồ sơ đủ điều kiện để Hội đồng cấp "
            "tỉnh chấm điểm.")
    assert facts(text, dt.date(2023, 10, 1)) == []
    text = "Toàn huyện có 17 sản phẩm của 9 chủ thể đăng ký tham gia đánh giá, phân hạng OCOP tỉnh Bắc Giang năm 2024."
    assert facts(text, dt.date(2024, 6, 1)) == []


def test_producers_of_each_star_level_are_not_the_rounds_producers() -> None:
    text = ("UBND tỉnh Quảng Trị công nhận 6 sản phẩm của 5 chủ thể đạt 4 sao và 21 sản phẩm của 17 chủ thể đạt "
            "3 sao năm 2023.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 30))] == [
        ("products", "4", 6), ("products", "3", 21)]
    # One level for the whole round: its producers are the round's.
    text = "UBND tỉnh Hà Nam công nhận 14 sản phẩm của 9 chủ thể đạt 3 sao năm 2022."
    assert [(f[4], f[7]) for f in facts(text, dt.date(2022, 12, 30))] == [("products", 14), ("subjects", 9)]


def test_the_items_of_a_bulleted_list_keep_the_ocop_context_of_their_introduction() -> None:
    text = ("Năm 2021, tỉnh Bình Định công nhận 40 sản phẩm OCOP, trong đó 9 sản phẩm 4 sao.\n"
            "Các sản phẩm 4 sao thuộc bốn địa phương:\n"
            "- Thị xã An Nhơn có 3 sản phẩm: rượu Bàu Đá, bánh tráng và nem chợ Huyện;\n"
            "- Huyện Tuy Phước có 2 sản phẩm: nước mắm và muối;\n"
            "- Huyện Phù Cát có 2 sản phẩm: bánh ít lá gai và mật ong;\n"
            "- Huyện Hoài Nhơn có 2 sản phẩm: dừa sấy và nước dừa.")
    found = [(f[1], f[5], f[7]) for f in facts(text, dt.date(2021, 12, 30))]
    assert ("Phù Cát", "4", 2) in found and ("Hoài Nhơn", "4", 2) in found


def test_a_place_counts_its_products_whoever_makes_them() -> None:
    text = ("Tỉnh Sơn La có thêm 9 sản phẩm OCOP 4 sao năm 2023. Huyện Mộc Châu có 4 sản phẩm, đều của Công ty cổ phần "
            "Giống bò sữa Mộc Châu.")
    assert ("Mộc Châu", 2023, "new", "4", 4) in short(text, dt.date(2023, 12, 1))
    # Without a place as its subject, one producer's products are no count.
    text = "Tỉnh Sơn La có 120 sản phẩm OCOP. Trong đó có 7 sản phẩm của Công ty cổ phần Giống bò sữa Mộc Châu."
    assert [f[7] for f in facts(text, dt.date(2023, 12, 1))] == [120]


def test_places_listed_after_the_entries_of_a_round_are_entries() -> None:
    text = ("Hội đồng thành phố Đà Nẵng chấm điểm cho 30 sản phẩm của các quận, huyện. Quận Sơn Trà có 5 sản phẩm, "
            "gồm nước mắm và chả cá của cơ sở Bà Tư. Huyện Hòa Vang có 9 sản phẩm của nhiều hợp tác xã.")
    assert facts(text, dt.date(2023, 10, 1)) == []
    # A stock after the list is a stock.
    text = ("Năm 2024, huyện Hiệp Hòa đăng ký tham gia đánh giá 12 sản phẩm; huyện Việt Yên 8 sản phẩm. Huyện Lục "
            "Ngạn hiện có 40 sản phẩm OCOP.")
    assert [f[7] for f in facts(text, dt.date(2024, 5, 1))] == [40]


def test_a_national_round_is_the_countrys_and_its_provinces_are_its_parts() -> None:
    text = ("Thêm 4 sản phẩm OCOP 5 sao\n\nBộ Nông nghiệp và Môi trường vừa ký quyết định công nhận kết quả đánh giá "
            "sản phẩm OCOP cấp quốc gia đợt 1 năm 2025.\n\nỞ đợt này, 4 sản phẩm của 3 chủ thể được xếp hạng 5 sao. "
            "Quảng Ninh góp 3 sản phẩm, đều của Công ty cổ phần Ba Lạt.")
    found = short(text, dt.date(2025, 8, 1))
    # A province's share of the national 5-star round is of that level.
    assert ("Việt Nam", 2025, "new", "5", 4) in found and ("Quảng Ninh", 2025, "new", "5", 3) in found
    text = ("Tỉnh Thanh Hóa có thêm sản phẩm 5 sao\n\nỞ đợt đánh giá cấp quốc gia năm 2024, Hội đồng OCOP Trung ương "
            "đã công bố 30 sản phẩm mới đạt 5 sao. Tỉnh Thanh Hóa hiện có 2 sản phẩm 5 sao.")
    found = short(text, dt.date(2024, 12, 1))
    assert ("Việt Nam", 2024, "new", "5", 30) in found and ("Thanh Hóa", 2024, "cumulative", "5", 2) in found


def test_a_proposal_to_the_central_council_stays_the_provinces() -> None:
    text = ("Hội đồng cấp tỉnh Nam Định nhất trí đề nghị Trung ương công nhận 2 sản phẩm đạt chuẩn 5 sao năm 2023.")
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 1))] == [("Nam Định", "potential_5", 2)]
    text = ("Ngày 4/10, Hội đồng OCOP tỉnh Bến Tre chấm điểm một loạt sản phẩm. Hồ sơ sẽ được gửi Hội đồng Trung ương "
            "xét công nhận.\n\nCùng đợt, hội đồng xếp hạng 4 sao cho 7 sản phẩm.")
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 10, 6))] == [("Bến Tre", "4", 7)]


def test_a_star_level_after_a_count_is_its_own_not_the_next_counts_label() -> None:
    text = ("Hội đồng quốc gia công nhận 17 sản phẩm đạt 5 sao (9 sản phẩm của Hội đồng chuyên ngành số 1 và 8 của "
            "Hội đồng số 2); 12 sản phẩm bị xếp \"không đạt\".")
    found = facts(text, dt.date(2021, 12, 1))
    assert found[0][5] == "5" and found[0][7] == 17 and all(f[7] != 12 for f in found)
    text = "Tỉnh Hòa Bình có 3 sản phẩm không đạt và 25 sản phẩm đạt 3 sao trong đợt này."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 8, 1))] == [("3", 25)]


def test_a_site_named_ocop_viet_nam_is_no_national_subject() -> None:
    text = ("OCOP VIỆT NAM – Làng nghề Việt\nĐịa phương\n\nKon Tum công nhận thêm 21 sản phẩm OCOP\n\n"
            "Trong đợt đánh giá năm 2024, UBND tỉnh Kon Tum công nhận 21 sản phẩm.\n\n"
            "Theo quyết định, 3 sản phẩm được xếp hạng 4 sao; 18 sản phẩm được xếp hạng 3 sao.")
    assert {f[1] for f in facts(text, dt.date(2024, 12, 20))} == {"Kon Tum"}
    text = "Hàng Việt Nam chất lượng cao\n\nTỉnh Gia Lai hiện có 180 sản phẩm OCOP."
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 3, 1))] == [("Gia Lai", 180)]


# M. Sixth batch (heldout6, scored blind at 0.580 / 0.623, then read): districts listed with their noun left out.

def test_districts_listed_with_the_noun_left_out_after_the_first() -> None:
    text = ("Năm 2023, tỉnh Hòa Bình công nhận 52 sản phẩm OCOP. Theo địa bàn, Lạc Sơn là huyện đứng đầu với 14 sản "
            "phẩm; tiếp đến Kim Bôi có 9, Tân Lạc 7; còn huyện Mai Châu và thành phố Hòa Bình lần lượt góp 5 và 4 "
            "sản phẩm.")
    found = [(f[0], f[1], f[7]) for f in facts(text, dt.date(2023, 12, 20))]
    assert found == [("province", "Hoà Bình", 52), ("district", "Lạc Sơn", 14), ("district", "Kim Bôi", 9),
                     ("district", "Tân Lạc", 7), ("district", "Mai Châu", 5), ("district", "Hòa Bình", 4)]
    text = ("Tỉnh Phú Thọ hiện có 280 sản phẩm OCOP. Về địa bàn, dẫn đầu là huyện Tam Nông với 40 sản phẩm, tiếp theo "
            "là Thanh Sơn 31, Yên Lập 22.")
    found = [(f[1], f[3], f[7]) for f in facts(text, dt.date(2024, 5, 2))]
    assert ("Thanh Sơn", "cumulative", 31) in found and ("Yên Lập", "cumulative", 22) in found


def test_a_number_after_a_capitalised_word_outside_a_list_is_no_count() -> None:
    text = "Tỉnh Bắc Giang có 99 sản phẩm OCOP. Năm 2022, Hội đồng họp 3 lần; Quyết định số 12, ngày 5/3."
    assert [f[7] for f in facts(text, dt.date(2022, 12, 1))] == [99]


def test_a_sentence_of_several_levels_gives_none_to_the_list_after_it() -> None:
    text = ("Năm 2022 tỉnh Lai Châu công nhận 30 sản phẩm OCOP. Kỳ này có 5 sản phẩm 4 sao và 25 sản phẩm 3 sao. "
            "Theo địa bàn, huyện Tam Đường có 10 sản phẩm, huyện Than Uyên 8 sản phẩm.")
    found = [(f[1], f[5], f[7]) for f in facts(text, dt.date(2022, 12, 30))]
    assert ("Tam Đường", None, 10) in found and ("Than Uyên", None, 8) in found


def test_the_producers_behind_the_products_stated_before_share_their_kind() -> None:
    text = ("Năm 2023, tỉnh Lạng Sơn công nhận 48 sản phẩm OCOP. Đứng sau 48 sản phẩm là 33 chủ thể, trong đó hợp tác "
            "xã có 20 chủ thể.")
    found = [(f[3], f[4], f[6], f[7]) for f in facts(text, dt.date(2023, 12, 30))]
    assert ("new", "subjects", None, 33) in found and ("new", "subjects", "cooperative", 20) in found


def test_this_years_plan_is_of_the_publication_year_whatever_the_paragraph_named_before() -> None:
    text = ("Kế hoạch yêu cầu nâng cao chất lượng 60 sản phẩm OCOP đã được chứng nhận giai đoạn 2019 - 2022 của tỉnh Lai "
            "Châu. Năm nay tỉnh phấn đấu phát triển mới 20 sản phẩm.")
    assert short(text, dt.date(2023, 4, 10)) == [("Lai Châu", 2022, "cumulative", None, 60),
                                                 ("Lai Châu", 2023, "target", None, 20)]
    text = ("Tỉnh Kon Tum có 71 sản phẩm OCOP tính đến hết năm 2023. Năm nay, Kon Tum đặt mục tiêu có thêm 15 sản "
            "phẩm đạt chuẩn.")
    assert short(text, dt.date(2024, 2, 20)) == [("Kon Tum", 2023, "cumulative", None, 71),
                                                 ("Kon Tum", 2024, "target", None, 15)]


def test_a_star_level_among_the_words_of_a_noun_first_total_is_no_count() -> None:
    text = "Đến nay, cả nước có số sản phẩm được công nhận đạt 3 sao trở lên là 7.600."
    assert [(f[0], f[5], f[7]) for f in facts(text, dt.date(2022, 6, 1))] == [("national", None, 7600)]
    # (four stars and up is neither a count of 4 nor every level: a subset no fact holds, left out)
    text = "Tỉnh Quảng Ninh có số sản phẩm đạt 4 sao trở lên là 120."
    assert facts(text, dt.date(2024, 6, 1)) == []


def test_a_mark_aimed_at_is_a_target() -> None:
    text = "Năm 2023, cả nước nhắm mốc khoảng 10.000 sản phẩm đạt chuẩn OCOP."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2023, 2, 1))] == [("target", 10000)]
    text = "Tỉnh Nghệ An nhắm đến 600 sản phẩm OCOP vào năm 2025."
    assert [(f[1], f[3], f[7]) for f in facts(text, dt.date(2023, 2, 1))] == [("Nghệ An", "target", 600)]


def test_a_newspapers_masthead_is_one_mention_of_its_province_never_a_headline() -> None:
    text = ("BÁO NINH BÌNH ĐIỆN TỬ\n\nCả nước có hơn 12.000 sản phẩm OCOP\n\nĐến nay cả nước có hơn 12.000 sản phẩm "
            "OCOP; cả nước có 90 sản phẩm 5 sao.")
    assert {f[0] for f in facts(text, dt.date(2024, 9, 1))} == {"national"}
    # A district's story in a provincial paper stays in that province.
    text = ("BÁO NINH BÌNH ĐIỆN TỬ\n\nHuyện Kim Sơn có thêm 6 sản phẩm OCOP\n\nNăm 2023, huyện Kim Sơn có thêm 6 sản "
            "phẩm OCOP 3 sao.")
    assert {(f[0], f[1], f[7]) for f in facts(text, dt.date(2023, 12, 1))} == {("district", "Kim Sơn", 6)}


def test_producers_on_the_territory_are_no_back_reference_but_products_named_above_are() -> None:
    text = ("Năm 2024, UBND huyện Phú Lương đã cấp giấy chứng nhận OCOP 3 sao cho 9 sản phẩm thuộc 8 chủ thể trên địa "
            "bàn.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [("products", 9), ("subjects", 8)]
    text = ("Bạc Liêu lần đầu có 2 sản phẩm đạt OCOP 5 sao. Ở đợt này, Hội đồng Trung ương đã công bố 40 sản phẩm "
            "mới đạt 5 sao; hai sản phẩm muối nói trên nằm trong số đó.")
    assert [f[7] for f in facts(text, dt.date(2025, 3, 1))] == [2, 40]


def test_the_whole_after_its_part_named_again_keeps_the_parts_time_not_its_level() -> None:
    text = ("Năm 2023, huyện Định Hóa công nhận 5 sản phẩm OCOP 3 sao. Với 5 sản phẩm này, huyện Định Hóa hiện có 38 "
            "sản phẩm OCOP; trong đó 30 sản phẩm 3 sao và 8 sản phẩm 4 sao.")
    found = [(f[1], f[2], f[3], f[5], f[7]) for f in facts(text)]
    assert ("Định Hóa", 2023, "cumulative", None, 38) in found
    assert ("Định Hóa", 2023, "cumulative", "4", 8) in found


def test_a_meeting_place_is_no_place_of_the_figure() -> None:
    text = ("Tỉnh Thái Bình có 2 sản phẩm được đề xuất đánh giá 5 sao. Ngày 10/1, Hội đồng OCOP Trung ương họp tại Hà "
            "Nội và công nhận cả hai sản phẩm.")
    assert {f[1] for f in facts(text, dt.date(2025, 1, 15))} == {"Thái Bình"}
    text = "Hội nghị sơ kết OCOP họp tại Đà Nẵng; tỉnh Quảng Nam có 320 sản phẩm OCOP."
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 7, 1))] == [("Quảng Nam", 320)]


def test_the_level_of_a_noun_first_total_and_a_total_risen_to() -> None:
    text = "Với kết quả này, số sản phẩm 5 sao của tỉnh Hà Tĩnh đã lên 6."
    assert short(text, dt.date(2025, 2, 1)) == [("Hà Tĩnh", 2025, "cumulative", "5", 6)]
    text = "Tỉnh Bắc Giang có số sản phẩm 4 sao là 45."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 2, 1))] == [("4", 45)]


def test_products_belonging_to_one_cooperative_are_no_count() -> None:
    text = ("Tỉnh Quảng Trị có 3 sản phẩm đạt điểm 5 sao. Hai sản phẩm đầu thuộc Hợp tác xã nấm sạch Tuấn Linh; sản "
            "phẩm còn lại của Công ty Quảng Thủy.")
    assert [f[7] for f in facts(text, dt.date(2024, 8, 1))] == [3]


def test_the_breakdown_of_entries_is_entries_too() -> None:
    text = ("Về sản phẩm dự thi của tỉnh Bạc Liêu: ngành thực phẩm có 30 sản phẩm, đồ uống 5 sản phẩm. Cụ thể, nhóm "
            "thực phẩm gồm 8 sản phẩm tôm khô, 6 sản phẩm muối và 4 sản phẩm bánh.")
    assert facts(text, dt.date(2022, 9, 1)) == []
    # A round's breakdown stays the round's.
    text = "Năm 2022 tỉnh Bạc Liêu công nhận 30 sản phẩm OCOP. Cụ thể, 8 sản phẩm đạt 4 sao và 22 sản phẩm đạt 3 sao."
    assert [f[7] for f in facts(text, dt.date(2022, 12, 1))] == [30, 8, 22]


def test_people_at_a_meeting_and_products_scored_are_no_counts() -> None:
    text = ("Dự hội nghị có đại diện các sở, ngành và hơn 40 tổ chức, cá nhân đang sản xuất sản phẩm OCOP của tỉnh "
            "Quảng Trị.")
    assert facts(text, dt.date(2020, 6, 1)) == []
    text = ("Năm 2019, tỉnh Hà Tĩnh có 70 sản phẩm được chấm theo bộ tiêu chí OCOP; trong đó 35 sản phẩm nằm trong "
            "khoảng từ 2 sao đến 4 sao.")
    assert facts(text, dt.date(2019, 12, 1)) == []


def test_products_recognised_anew_said_after_the_noun_are_new() -> None:
    text = "Năm 2023, tỉnh Kiên Giang có 45 sản phẩm OCOP được công nhận mới."
    assert short(text, dt.date(2023, 12, 20)) == [("Kiên Giang", 2023, "new", None, 45)]
    text = "Năm 2024, tỉnh Sóc Trăng có 31 sản phẩm OCOP được công nhận lần đầu."
    assert short(text, dt.date(2024, 12, 20)) == [("Sóc Trăng", 2024, "new", None, 31)]


def test_a_prize_for_a_provinces_products_and_the_partner_of_a_merger() -> None:
    text = "Tại hội chợ, 15 sản phẩm OCOP của tỉnh Vĩnh Long được trao giải vàng."
    assert facts(text, dt.date(2024, 6, 1)) == []
    text = "Đến hết tháng 6/2025, tỉnh Tuyên Quang mới (sau sáp nhập với Hà Giang) có 560 sản phẩm OCOP."
    assert [(f[1], f[7]) for f in facts(text, dt.date(2025, 7, 10))] == [("Tuyên Quang", 560)]


# N. Seventh batch (heldout7, scored blind at 0.477 / 0.612, then read).

def test_main_products_certified_as_ocop_are_ocop_products_but_candidates_are_not() -> None:
    text = "Đến nay, toàn tỉnh Bạc Liêu có 150 sản phẩm chủ lực được chứng nhận đạt chuẩn OCOP cấp tỉnh."
    assert short(text, dt.date(2024, 5, 1)) == [("Bạc Liêu", 2024, "cumulative", None, 150)]
    text = "Tỉnh Ninh Thuận có hơn 60 sản phẩm đặc trưng vào OCOP trong năm 2020."
    assert facts(text, dt.date(2020, 5, 1)) == []


def test_a_district_run_after_the_star_levels_of_a_stock_counts_all_their_products() -> None:
    text = ("Đến nay, toàn tỉnh Trà Vinh có 200 sản phẩm OCOP. Ở hạng 4 sao có 60 sản phẩm; số còn lại đều xếp hạng "
            "3 sao. Xét theo địa bàn, huyện Cầu Kè đứng đầu với 30 sản phẩm. Huyện Tiểu Cần theo sát với 28 sản phẩm.")
    found = [(f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 5, 1))]
    assert ("Cầu Kè", None, 30) in found and ("Tiểu Cần", None, 28) in found and ("Trà Vinh", "4", 60) in found


def test_a_run_of_districts_after_the_entries_received_is_entries() -> None:
    text = ("Năm 2023, tỉnh Bình Thuận công nhận 40 sản phẩm OCOP. Trước đó, vòng cấp tỉnh đã tiếp nhận 52 sản phẩm của "
            "30 chủ thể đăng ký tham gia. Nhiều nhất là TP Phan Thiết – Mũi Né với 20 sản phẩm; Hàm Thuận Bắc 12; Bắc "
            "Bình 9 và Tuy Phong 5 sản phẩm.")
    assert [f[7] for f in facts(text, dt.date(2023, 12, 20))] == [40]


def test_communes_listed_with_their_counts_are_below_every_level_we_hold() -> None:
    text = ("Năm 2023, huyện Bàu Bàng (Bình Dương) công nhận 12 sản phẩm OCOP 3 sao. Sản phẩm phân bố ở 6 xã, thị trấn: "
            "xã Lai Uyên góp nhiều nhất với 4 sản phẩm; thị trấn Lai Uyên, các xã Trừ Văn Thố, Cây Trường mỗi nơi có "
            "2 sản phẩm.")
    assert [(f[0], f[7]) for f in facts(text, dt.date(2023, 9, 1))] == [("district", 12)]
    text = "Tỉnh Hải Dương có 250 sản phẩm OCOP. Xã Thanh Hải có 5 sản phẩm OCOP 3 sao."
    assert [f[7] for f in facts(text, dt.date(2024, 9, 1))] == [250]


def test_a_masthead_in_capitals_and_a_breadcrumb_leave_the_headline_its_place() -> None:
    from ocop_pipeline.articles.segment import TITLE, segment
    text = ("NÔNG THÔN VIỆT\nTrang chủ › Nông thôn mới › Sơn La\n\nHuyện Mộc Châu có thêm 5 sản phẩm OCOP năm 2023\n\n"
            "Năm 2023, huyện Mộc Châu (Sơn La) công nhận 5 sản phẩm OCOP 3 sao.")
    doc = segment(text)
    titles = [text[s.start:s.end] for s in doc.sentences if s.block == TITLE]
    assert titles == ["Huyện Mộc Châu có thêm 5 sản phẩm OCOP năm 2023"]


def test_a_documents_date_inside_a_line_is_no_publication_date() -> None:
    text = ("Huyện Mai Sơn (Sơn La) đánh giá sản phẩm OCOP năm 2023\n\nNgày 18/12, Hội đồng huyện Mai Sơn công nhận lần "
            "đầu cho 6 sản phẩm OCOP.\n\nHội đồng cũng đánh giá, phân hạng lại 2 sản phẩm đã được cấp giấy chứng nhận "
            "theo Quyết định số 3073/QĐ-UBND ngày 31/12/2020.")
    assert [(f[2], f[3], f[7]) for f in facts(text)] == [(2023, "new", 6)]


def test_products_that_kept_their_level_at_a_rerating_are_no_new_ones() -> None:
    text = ("Hội đồng OCOP tỉnh Yên Bái đã đánh giá và công nhận lại 10 sản phẩm hết hạn chứng nhận. Kết quả, 6 sản "
            "phẩm giữ hạng 4 sao, 4 sản phẩm đạt tiêu chuẩn 3 sao.")
    assert facts(text, dt.date(2023, 3, 1)) == []
    text = ("Hội đồng tỉnh Yên Bái cũng phân hạng lại 5 sản phẩm đã được cấp giấy chứng nhận năm 2020; ở nhóm này, 3 sản "
            "phẩm giữ hạng 4 sao.")
    assert facts(text, dt.date(2023, 3, 1)) == []


def test_star_parts_after_a_raised_total_break_down_that_total() -> None:
    text = ("Kết quả năm 2021, tỉnh Bến Tre công nhận 20 sản phẩm OCOP, nâng tổng số sản phẩm OCOP toàn tỉnh lên 45. "
            "Trong đó, 25 sản phẩm xếp hạng 4 sao – 3 sản phẩm trong số này có tiềm năng đạt 5 sao, đang hoàn thiện "
            "hồ sơ để trình Trung ương đánh giá – và 20 sản phẩm hạng 3 sao.")
    found = [(f[3], f[5], f[7]) for f in facts(text, dt.date(2022, 2, 1))]
    assert ("cumulative", "4", 25) in found and ("cumulative", "3", 20) in found and ("new", None, 20) in found


def test_a_province_described_by_its_region_keeps_its_figure() -> None:
    text = ("Tính đến giữa tháng 1, tỉnh ven biển thuộc vùng Đồng bằng sông Cửu Long này có 210 sản phẩm OCOP. Bạc "
            "Liêu dự kiến hỗ trợ đăng ký nhãn hiệu độc quyền cho khoảng 30 sản phẩm OCOP.")
    assert [(f[1], f[3], f[7]) for f in facts(text, dt.date(2025, 2, 28))] == [("Bạc Liêu", "cumulative", 210)]


def test_the_plans_figure_handed_down_and_a_level_that_takes_the_most() -> None:
    text = ("Năm 2025, tỉnh Lào Cai có 62 sản phẩm mới được công nhận OCOP, trong khi kế hoạch giao là 54 sản phẩm. "
            "Lũy kế đến nay, Lào Cai có 605 sản phẩm OCOP. Trong đó hạng 3 sao chiếm phần lớn với 551 sản phẩm; 52 sản "
            "phẩm đạt 4 sao.")
    found = [(f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 12, 16))]
    assert ("target", None, 54) in found and ("cumulative", "3", 551) in found and ("cumulative", "4", 52) in found


def test_recognised_farm_products_are_ocop_products() -> None:
    text = "Chiều 29-8, UBND huyện Bắc Tân Uyên (Bình Dương) trao chứng nhận OCOP 3 sao cho 12 sản phẩm nông nghiệp."
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2023, 8, 30))] == [("Bắc Tân Uyên", "3", 12)]


def test_a_count_named_again_to_list_its_items_is_no_new_figure() -> None:
    text = ("Trong năm 2022, huyện Phù Mỹ (Bình Định) có 6 sản phẩm được xếp hạng OCOP 3 sao. Sáu sản phẩm gồm: nước "
            "mắm cá cơm, bánh tráng, rượu nếp, muối ớt, mực khô và chả cá.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 12, 30))] == [("3", 6)]
    # Not said before: a count of its own.
    text = "Tỉnh Bình Định hiện có 210 sản phẩm OCOP. Ba sản phẩm 5 sao gồm: rượu Bàu Đá, trà và yến sào."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [(None, 210), ("5", 3)]


def test_the_top_group_is_star_levels_and_products_sent_up_are_entries() -> None:
    text = "Đến nay, tỉnh Gia Lai đã công nhận 700 sản phẩm OCOP. Ở nhóm đầu có 3 sản phẩm 5 sao và 50 sản phẩm 4 sao."
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2025, 9, 1))] == [
        ("products", None, 700), ("products", "5", 3), ("products", "4", 50)]
    text = ("Trong đợt này, 9 sản phẩm thuộc huyện Bình Gia, huyện Lộc Bình và thành phố Lạng Sơn đã được gửi hồ sơ "
            "đề nghị đánh giá, phân hạng cấp tỉnh.")
    assert facts(text, dt.date(2021, 9, 1)) == []


def test_a_years_ratings_and_producers_of_one_type_named_after() -> None:
    text = "Năm 2023, thành phố Hải Phòng đánh giá, phân hạng được 60 sản phẩm, trong đó 2 sản phẩm tiềm năng 5 sao."
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1))] == [
        ("new", None, 60), ("new", "potential_5", 2)]
    text = "Tỉnh Lâm Đồng có 25 chủ thể là hợp tác xã, chiếm 40% tổng số chủ thể OCOP."
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("cooperative", 25)]
    text = "Tỉnh Lâm Đồng có 45 chủ thể OCOP là doanh nghiệp, hợp tác xã và hộ kinh doanh."
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [(None, 45)]


def test_a_stock_risen_from_one_year_to_another_and_a_subject_after_its_figure() -> None:
    text = "Số sản phẩm OCOP của tỉnh Yên Bái tăng từ 120 sản phẩm năm 2021 lên 268 sản phẩm năm 2024."
    assert short(text, dt.date(2025, 2, 1)) == [("Yên Bái", 2021, "cumulative", None, 120),
                                                ("Yên Bái", 2024, "cumulative", None, 268)]
    text = "Tỉnh Thanh Hóa có 450 sản phẩm OCOP. Với 8.500 sản phẩm OCOP, cả nước đã vượt mục tiêu đề ra."
    assert [(f[0], f[7]) for f in facts(text, dt.date(2023, 3, 1))] == [("province", 450), ("national", 8500)]


def test_a_level_named_again_alone_breaks_nothing_down() -> None:
    text = ("Tỉnh Vĩnh Long có 150 sản phẩm OCOP; 40 sản phẩm trong tổng số đã được nâng lên hạng 4 sao. Theo đó, đến "
            "thời điểm này toàn tỉnh có 150 sản phẩm được chứng nhận. Ở hạng 4 sao có 40 sản phẩm; số còn lại đều xếp "
            "hạng 3 sao.\n\nLà tỉnh thuần nông, Vĩnh Long có nhiều nông sản.\n\nXét theo địa bàn, thành phố Vĩnh Long "
            "đứng đầu với 30 sản phẩm.")
    assert ("Vĩnh Long", None, 30) in [(f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 6, 1)) if f[0] == "district"]


# O. Eighth batch (heldout8, scored blind at 0.723 / 0.705, then read).

def test_a_site_address_line_a_same_topic_block_and_the_entries_of_a_round() -> None:
    text = ("Vietnam.vn - Nền tảng quảng bá Việt Nam\n\nBình Phước có thêm 12 sản phẩm OCOP\n\nBước vào đợt này có 14 "
            "sản phẩm của 6 chủ thể; 9 sản phẩm là thực phẩm chế biến từ hạt điều. Sau khi chấm điểm, hội đồng tỉnh "
            "Bình Phước thống nhất 12 sản phẩm đạt OCOP.\n\nCùng chủ đề\nBình Phước có 5 sản phẩm OCOP đạt chuẩn 5 sao")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 10, 8))] == [("new", None, 12)]


def test_every_province_is_the_country_and_a_place_of_its_own_takes_no_level() -> None:
    text = ("Đến cuối tháng 4, cả 63/63 tỉnh, thành phố đã đánh giá, phân hạng được hơn 12.000 sản phẩm OCOP. Trong tổng "
            "số đó, 42 sản phẩm được xếp hạng 5 sao. Riêng Thủ đô, từ năm 2019 đến nay đã đánh giá, phân hạng 2.711 "
            "sản phẩm.")
    found = [(f[0], f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 5, 10))]
    assert found == [("national", "Việt Nam", "cumulative", None, 12000),
                     ("national", "Việt Nam", "cumulative", "5", 42),
                     ("province", "Hà Nội", "cumulative", None, 2711)]


def test_five_written_as_a_word_opening_a_sentence() -> None:
    text = ("Năm 2019, tỉnh Vĩnh Long có 19 sản phẩm được công nhận đạt từ 3 đến 4 sao. Năm sản phẩm được xếp hạng 4 "
            "sao, 14 sản phẩm hạng 3 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2020, 2, 18))] == [(None, 19), ("4", 5), ("3", 14)]
    # Inside a sentence, "năm" before the noun is a year's.
    text = "Dịp cuối năm sản phẩm OCOP của tỉnh Vĩnh Long tiêu thụ mạnh; tỉnh hiện có 210 sản phẩm OCOP."
    assert [f[7] for f in facts(text, dt.date(2024, 12, 20))] == [210]


def test_an_undated_stock_is_as_of_publication_unless_the_page_speaks_of_the_year_just_ended() -> None:
    text = ("Năm 2022, cả nước nhắm mốc khoảng 6.500 sản phẩm OCOP. Số sản phẩm được công nhận đạt 3 sao trở lên là "
            "5.401. Riêng ở hạng cao nhất, cả nước có 20 sản phẩm 5 sao, do Bộ phân hạng trong năm 2020.")
    assert ("Việt Nam", 2022, "cumulative", None, 5401) in short(text, dt.date(2022, 2, 15))
    text = "Quảng Ninh có 346 sản phẩm OCOP\n\nNăm 2023, tỉnh Quảng Ninh có 346 sản phẩm OCOP."
    assert short(text, dt.date(2024, 1, 10)) == [("Quảng Ninh", 2023, "cumulative", None, 346)]


def test_lapsed_and_exported_products_are_no_counts_but_the_valid_rest_is() -> None:
    text = ("Theo quy định, giấy chứng nhận của 30 sản phẩm OCOP cấp cho các chủ thể theo Quyết định số 303/QĐ-UBND "
            "ngày 4/2/2020 của UBND tỉnh Nghệ An đã hết hiệu lực kể từ ngày 4/2/2023.")
    assert facts(text, dt.date(2023, 3, 15)) == []
    text = ("Tỉnh Gia Lai có 409 sản phẩm. Tuy vậy, 104 sản phẩm đã hết thời hạn công nhận, nên số sản phẩm OCOP còn "
            "hiệu lực là 305, gồm 41 sản phẩm 4 sao và 264 sản phẩm 3 sao.")
    assert ("4", 41) in [(f[5], f[7]) for f in facts(text, dt.date(2024, 2, 15))]
    text = "Tin vui là 10 sản phẩm OCOP của tỉnh Yên Bái đáp ứng được yêu cầu chất lượng để xuất khẩu sang Anh."
    assert facts(text, dt.date(2023, 3, 15)) == []


def test_the_result_of_the_entries_and_one_product_a_district_brings() -> None:
    text = ("Theo quyết định, UBND huyện Nho Quan (Ninh Bình) phê duyệt kết quả cho 07 sản phẩm tham gia đánh giá, phân "
            "hạng năm nay, trong đó công nhận hạng 3 sao cấp huyện cho 05 sản phẩm.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2023, 12, 1))] == [("Nho Quan", 5)]
    text = ("Năm 2019, tỉnh Vĩnh Long có 19 sản phẩm OCOP. Huyện Trà Ôn góp mặt với một sản phẩm là khô cá lóc, đạt "
            "hạng 3 sao.")
    assert ("Trà Ôn", "3", 1) in [(f[1], f[5], f[7]) for f in facts(text, dt.date(2020, 2, 18))]


def test_the_new_ones_among_the_entries_are_entries_but_a_rated_part_is_a_result() -> None:
    text = ("Năm 2023, toàn thành phố Đà Nẵng có 40 sản phẩm OCOP tham gia đánh giá, phân hạng; trong đó 30 sản phẩm mới "
            "và 10 sản phẩm đánh giá lại, nâng hạng.")
    assert facts(text, dt.date(2023, 10, 1)) == []
    text = ("Có 500 sản phẩm của 26 quận, huyện của Hà Nội được đưa ra đánh giá; trong đó 100 sản phẩm của 20 quận, "
            "huyện đạt 4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 3, 10))] == [("4", 100)]


def test_a_predecessors_share_named_after_its_count() -> None:
    text = ("Tỉnh An Giang (mới) hiện có 600 sản phẩm OCOP, gồm 350 sản phẩm của An Giang cũ và 250 sản phẩm của Kiên "
            "Giang cũ.")
    found = [(f[1], f[7]) for f in facts(text, dt.date(2025, 8, 1))]
    assert found == [("An Giang", 600), ("An Giang", 350), ("Kiên Giang", 250)]
    result = extract(text, "articles/test.txt", dt.date(2025, 8, 1))
    assert [c.layout for c in result.claims] == ["from2025", "pre2025", "pre2025"]


# A district named bare ("Hải Hậu", never "huyện Hải Hậu") is known from the list of its province's districts.

def test_a_bare_district_of_the_province_named_is_that_district() -> None:
    text = ("Nam Định: Giao Thủy dẫn đầu về sản phẩm OCOP\n"
            "Năm 2023, tỉnh Nam Định công nhận 60 sản phẩm OCOP. Giao Thủy hiện có 48 sản phẩm OCOP, nhiều nhất tỉnh.")
    assert [(f[0], f[1], f[3], f[7]) for f in facts(text, dt.date(2024, 1, 10))] == [
        ("province", "Nam Định", "new", 60), ("district", "Giao Thủy", "cumulative", 48)]
    text = ("Năm 2024, Phú Thọ có thêm 70 sản phẩm OCOP. Dẫn đầu là Tam Nông với 12 sản phẩm, tiếp đến Thanh Ba 9 sản "
            "phẩm, Cẩm Khê 7 sản phẩm.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 12, 20))] == [
        ("Phú Thọ", 70), ("Tam Nông", 12), ("Thanh Ba", 9), ("Cẩm Khê", 7)]


def test_a_district_article_named_bare_in_its_headline_keeps_its_figures() -> None:
    text = ("Hải Hậu có thêm 9 sản phẩm đạt chuẩn OCOP\n"
            "Sáng 20/11, huyện tổ chức trao giấy chứng nhận cho 9 sản phẩm OCOP 3 sao năm 2023. Đến nay Hải Hậu có 102 "
            "sản phẩm OCOP, nhiều nhất tỉnh Nam Định.")
    assert [(f[0], f[1], f[3], f[7]) for f in facts(text, dt.date(2023, 11, 22))] == [
        ("district", "Hải Hậu", "new", 9), ("district", "Hải Hậu", "cumulative", 102)]
    text = ("Cùng lúc, UBND huyện Đức Trọng (Lâm Đồng) trao chứng nhận đợt 2. Trong đợt, huyện công nhận 7 sản phẩm "
            "đạt hạng 3 sao.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2025, 3, 20))] == [("district", "Đức Trọng", 7)]


def test_a_district_name_inside_a_product_or_a_producer_name_is_no_place() -> None:
    text = "Miến dong Hạ Hòa là một trong 40 sản phẩm OCOP mới của tỉnh Phú Thọ năm 2023."
    assert not any(f[0] == "district" for f in facts(text, dt.date(2023, 12, 30)))
    text = "Sản phẩm miến dong Hạ Hòa cùng 39 sản phẩm khác của tỉnh Phú Thọ vừa được công nhận đạt 3 sao."
    assert not any(f[0] == "district" for f in facts(text, dt.date(2023, 12, 30)))
    text = ("Tỉnh Sơn La hiện có 230 sản phẩm OCOP; HTX Nông nghiệp Mộc Châu có 6 sản phẩm, riêng Mai Sơn có 30 sản "
            "phẩm.")
    found = [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 5, 1))]
    assert ("province", "Sơn La", 230) in found and ("district", "Mai Sơn", 30) in found
    assert not any(f[1] == "Mộc Châu" for f in found)


def test_a_count_joined_to_a_recognised_one_shares_its_kind() -> None:
    text = "Trong 6 tháng đầu năm 2025, UBND tỉnh Hưng Yên đã công nhận 34 sản phẩm OCOP 3 sao và 5 sản phẩm 4 sao."
    assert short(text, dt.date(2025, 6, 20)) == [("Hưng Yên", 2025, "new", "3", 34), ("Hưng Yên", 2025, "new", "4", 5)]
    text = "Năm 2022, Sở Nông nghiệp tỉnh Điện Biên chứng nhận 12 sản phẩm hạng 3 sao, 2 sản phẩm hạng 4 sao."
    assert [f[3] for f in facts(text, dt.date(2022, 12, 30))] == ["new", "new"]
    # A count with a verb of its own is read by that verb.
    text = "Năm 2024, tỉnh Hòa Bình công nhận 40 sản phẩm OCOP 3 sao, nâng tổng số sản phẩm OCOP lên 198 sản phẩm."
    assert [f[3] for f in facts(text, dt.date(2024, 12, 30))] == ["new", "cumulative"]


def test_a_district_in_brackets_is_where_a_product_comes_from() -> None:
    text = ("Long An (cũ) nổi tiếng với thanh long (Châu Thành), nếp (Thủ Thừa). Tính đến tháng 7-2025, địa bàn này có "
            "262 sản phẩm OCOP.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2025, 8, 1))] == [("province", "Long An", 262)]
    text = ("Tỉnh Thái Nguyên có 2 sản phẩm tiềm năng 5 sao: nấm hương của Công ty Phú Gia (Đại Từ) và trà của HTX "
            "Phú Lương.")
    assert not any(f[0] == "district" for f in facts(text, dt.date(2025, 1, 17)))


def test_a_number_between_a_place_and_a_figure_closes_the_places_item() -> None:
    text = ("Hạng 3 sao có 83 sản phẩm của tỉnh Gia Lai. Dẫn đầu là huyện Mang Yang với 15 sản phẩm; Chư Sê và Krông Pa "
            "mỗi huyện 9; Đức Cơ 6; Kbang 5 sản phẩm.")
    found = [(f[0], f[1], f[7]) for f in facts(text, dt.date(2022, 12, 1))]
    assert ("district", "Kbang", 5) in found and ("province", "Gia Lai", 5) not in found


def test_each_of_several_districts_named_earlier_in_the_clause() -> None:
    text = ("Hà Nội vừa công nhận 104 sản phẩm OCOP 4 sao. Xét theo địa bàn, ba huyện Thanh Trì, Chương Mỹ và Phú Xuyên "
            "dẫn đầu đợt này, mỗi huyện có 12 sản phẩm được chứng nhận.")
    found = [(f[1], f[7]) for f in facts(text, dt.date(2024, 3, 5))]
    assert found == [("Hà Nội", 104), ("Thanh Trì", 12), ("Chương Mỹ", 12), ("Phú Xuyên", 12)]
    # Without places, "mỗi huyện" is a figure per unit.
    assert facts("Tỉnh Cao Bằng khuyến khích mỗi huyện có ít nhất 5 sản phẩm OCOP.", dt.date(2024, 3, 5)) == []


def test_figures_under_a_plans_heading_of_objectives_are_targets() -> None:
    text = ("KẾ HOẠCH thực hiện Chương trình OCOP tỉnh Quảng Bình năm 2024\n"
            "I. MỤC TIÊU\n"
            "1. Trong năm 2024, phát triển thêm 28 sản phẩm đạt từ 3 sao trở lên, đưa tổng số sản phẩm OCOP của tỉnh "
            "lên 260 sản phẩm.\n"
            "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
            "Năm 2023, tỉnh đã công nhận 35 sản phẩm.")
    assert short(text, dt.date(2024, 3, 1)) == [("Quảng Bình", 2024, "target", None, 28),
                                                ("Quảng Bình", 2024, "target", None, 260),
                                                ("Quảng Bình", 2023, "new", None, 35)]
    text = ("Tỉnh Bạc Liêu năm 2025\nMục tiêu cụ thể:\n- Có thêm ít nhất 20 sản phẩm OCOP được công nhận.\n"
            "Tổ chức thực hiện\nGiao Sở Nông nghiệp chủ trì.")
    assert [f[3] for f in facts(text, dt.date(2025, 2, 1))] == ["target"]


def test_a_noun_first_total_with_its_noun_written_again() -> None:
    text = ("Thanh Hóa: Cẩm Thủy có thêm sản phẩm OCOP\nVới đợt này, số sản phẩm OCOP đạt tiêu chuẩn 3 sao của huyện "
            "Cẩm Thủy hiện đã lên 18 sản phẩm.")
    assert [(f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("Cẩm Thủy", "cumulative", "3", 18)]
    text = "Số sản phẩm OCOP 4 sao của tỉnh Trà Vinh đã tăng lên 25 sản phẩm."
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("cumulative", "4", 25)]


def test_the_central_council_ranking_products_is_the_countrys_round() -> None:
    text = ("Quảng Ngãi lần đầu có sản phẩm 5 sao\nTại phiên họp, Hội đồng Trung ương đã xếp 47 sản phẩm vào hạng OCOP 5 "
            "sao. Quảng Ngãi có 2 sản phẩm được công nhận 5 sao.")
    found = [(f[0], f[5], f[7]) for f in facts(text, dt.date(2025, 6, 27))]
    assert ("national", "5", 47) in found and ("province", "5", 47) not in found


def test_since_the_year_began_is_the_years_count_and_district_units_are_no_producers() -> None:
    text = ("Từ đầu năm đến nay, 4 đơn vị cấp huyện của tỉnh Sóc Trăng đã tổ chức đánh giá, phân hạng 18 sản phẩm của "
            "10 chủ thể. Lũy kế, toàn tỉnh có 250 sản phẩm OCOP.")
    found = [(f[3], f[4], f[7]) for f in facts(text, dt.date(2025, 6, 10))]
    assert ("new", "products", 18) in found and ("cumulative", "products", 250) in found
    assert not any(f[1] == "subjects" and f[2] == 4 for f in found)


def test_an_activity_that_formed_the_products_is_their_count() -> None:
    text = ("Đến nay huyện Tháp Mười (Đồng Tháp) đã hỗ trợ hình thành 46 sản phẩm OCOP, gồm 34 sản phẩm 3 sao và 12 sản "
            "phẩm 4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 10, 1))] == [(None, 46), ("3", 34), ("4", 12)]
    assert facts("Năm 2024, tỉnh Đồng Tháp hỗ trợ 46 sản phẩm OCOP tham gia hội chợ.", dt.date(2024, 10, 1)) == []


def test_a_count_named_again_with_what_they_are_before_the_list() -> None:
    text = ("Năm 2024, UBND huyện Nga Sơn (Thanh Hóa) công nhận 6 sản phẩm OCOP 3 sao.\nẢnh: Các sản phẩm được công "
            "nhận.\nSáu sản phẩm vừa được gắn sao thuộc nhiều xã: chiếu cói Nga Sơn, bánh gai, nước mắm, cói mỹ nghệ, "
            "gạo nếp, rượu.")
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 9, 1))] == [("Nga Sơn", "3", 6)]


def test_a_paragraph_opening_with_a_district_keeps_its_later_figures() -> None:
    text = ("Hà Tĩnh có thêm 10 sản phẩm OCOP 3 sao.\n"
            "Nghi Xuân là nơi có nhiều sản phẩm nhất: Hội đồng huyện kiểm tra và chấm 7 sản phẩm. Tất cả 7 sản phẩm "
            "đều đạt 3 sao.\n"
            "Toàn tỉnh hiện có 420 sản phẩm OCOP.")
    found = [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 10, 15))]
    assert found == [("province", "Hà Tĩnh", 10), ("district", "Nghi Xuân", 7), ("province", "Hà Tĩnh", 420)]
    # The province as the subject of a later sentence takes its figure back.
    text = ("Tỉnh Hà Tĩnh năm 2024.\n"
            "Tại huyện Can Lộc, năm nay có 5 sản phẩm được công nhận OCOP. Tỉnh đặt mục tiêu có thêm 40 sản phẩm "
            "OCOP.")
    assert [(f[0], f[1]) for f in facts(text, dt.date(2024, 10, 15))] == [("district", "Can Lộc"),
                                                                           ("province", "Hà Tĩnh")]


def test_the_list_of_products_taking_part_and_the_central_council_reviewing() -> None:
    text = ("UBND tỉnh Hưng Yên duyệt danh mục sản phẩm tham gia OCOP năm 2024. Danh mục gồm 96 sản phẩm của 38 chủ thể, "
            "chủ yếu là thực phẩm.")
    assert facts(text, dt.date(2024, 4, 1)) == []
    text = ("Hội đồng Trung ương xét công nhận sản phẩm OCOP 5 sao năm 2024\n"
            "Ngày 16/1/2025, Bộ Nông nghiệp họp hội nghị đánh giá sản phẩm OCOP cấp Trung ương năm 2024 tại Hà Nội. "
            "Ở kỳ xét năm 2024, 79 sản phẩm lần đầu được công nhận đạt 5 sao cấp quốc gia.")
    assert [(f[0], f[5], f[7]) for f in facts(text, dt.date(2025, 1, 17))] == [("national", "5", 79)]


def test_a_total_risen_to_its_number_is_a_stock_and_products_reviewed_are_no_result() -> None:
    text = ("Sáng 17/4, Hội đồng cấp tỉnh Nam Định họp xét 30 sản phẩm năm 2024 và đề nghị công nhận cả 30 sản phẩm đạt "
            "4 sao. Với kết quả này, số sản phẩm OCOP 4 sao của tỉnh Nam Định lên 92.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 4, 18))] == [("new", "4", 30), ("cumulative", "4", 92)]
    text = "Dự kiến cuối năm Bắc Ninh sẽ có thêm 50 sản phẩm, nâng tổng số sản phẩm OCOP của tỉnh lên 143."
    assert [f[3] for f in facts(text, dt.date(2023, 6, 1))] == ["target", "target"]


def test_scoring_that_opens_the_sentence_introduces_its_results() -> None:
    text = "Qua chấm điểm, 15 sản phẩm OCOP của tỉnh Bình Thuận đạt hạng 3 sao, 2 sản phẩm đạt 4 sao."
    assert short(text, dt.date(2023, 9, 1)) == [("Bình Thuận", 2023, "new", "3", 15), ("Bình Thuận", 2023, "new", "4", 2)]
    # A survey's eligible products are no result.
    text = "Qua khảo sát, 70 sản phẩm OCOP của tỉnh Hải Dương đáp ứng điều kiện tham gia chương trình."
    assert facts(text, dt.date(2020, 6, 1)) == []


def test_products_selected_as_potential_five_star_ones() -> None:
    text = "Tỉnh Quảng Ninh lựa chọn 4 sản phẩm OCOP có tiềm năng đạt 5 sao để gửi Trung ương đánh giá."
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [("Quảng Ninh", "potential_5", 4)]
    assert facts("Tỉnh Quảng Ninh hỗ trợ 4 sản phẩm OCOP làm bao bì mới.", dt.date(2024, 5, 1)) == []


def test_a_total_among_its_parts_and_a_rounds_year_named_after_the_lead() -> None:
    text = "Trong số 115 chủ thể OCOP của tỉnh Gia Lai, có 40 hợp tác xã, 35 doanh nghiệp."
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [(None, 115), ("cooperative", 40),
                                                                        ("enterprise", 35)]
    text = ("Bình Định trao 14 chứng nhận OCOP\n"
            "Trong số 14 sản phẩm được trao chứng nhận lần này có 3 sản phẩm đạt 4 sao và 11 sản phẩm 3 sao.\n"
            "Chiều 6/3/2024, Sở Nông nghiệp tỉnh Bình Định trao chứng nhận sản phẩm OCOP đợt 3 năm 2023.")
    assert [(f[2], f[7]) for f in facts(text, dt.date(2024, 3, 7))] == [(2023, 14), (2023, 3), (2023, 11)]


def test_producer_types_in_table_rows_and_producers_the_products_belong_to() -> None:
    text = ("Kết quả năm 2022, Hà Nội đã phân hạng 518 sản phẩm OCOP thuộc về 191 chủ thể.\n"
            "Chia theo loại hình chủ thể:\n"
            "Doanh nghiệp | 49 chủ thể | 169 sản phẩm | 32,6%\n"
            "Hợp tác xã | 39 chủ thể | 100 sản phẩm | 19,3%")
    found = [(f[3], f[4], f[6], f[7]) for f in facts(text, dt.date(2023, 3, 14))]
    assert ("new", "subjects", None, 191) in found
    assert ("new", "subjects", "enterprise", 49) in found and ("new", "subjects", "cooperative", 39) in found
    assert not any(f[1] == "products" and f[3] in (169, 100) for f in found)


def test_products_to_be_evaluated_sent_up_or_still_under_review_are_no_results() -> None:
    text = ("Ngày 12/12/2022, Hội đồng OCOP thành phố Hà Nội đã họp để đánh giá, phân hạng 45 sản phẩm.\n"
            "Số sản phẩm từng địa phương gửi lên đợt này:\n"
            "Quận Bắc Từ Liêm | 10 sản phẩm\n"
            "Huyện Đan Phượng | 23 sản phẩm")
    assert facts(text, dt.date(2022, 12, 13)) == []
    text = "Ngoài 17 sản phẩm đang được đánh giá, huyện Tu Mơ Rông (Kon Tum) hiện đã có 30 sản phẩm OCOP."
    assert [f[7] for f in facts(text, dt.date(2024, 12, 11))] == [30]
    text = "Số sản phẩm tham gia chương trình OCOP của tỉnh Quảng Nam tăng dần: năm 2018 có 35 sản phẩm, năm 2019 là 107."
    assert facts(text, dt.date(2020, 12, 1)) == []


def test_certifications_counted_and_the_whole_a_part_is_taken_from() -> None:
    text = "Đến nay tỉnh Thái Nguyên có tổng cộng 620 lượt sản phẩm được chứng nhận OCOP từ 3 đến 5 sao."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2026, 2, 2))] == [("cumulative", 620)]
    text = "Huyện Tu Mơ Rông (Kon Tum) có 17 sản phẩm OCOP; 6 trong 17 sản phẩm có thành phần từ sâm Ngọc Linh."
    assert [f[7] for f in facts(text, dt.date(2024, 12, 11))] == [17]


def test_a_provincial_papers_masthead_names_the_province_of_its_districts_story() -> None:
    text = ("BÁO QUẢNG NAM ĐIỆN TỬ | Kinh tế\n\n"
            "Quế Sơn có 8 sản phẩm đạt chuẩn OCOP 3 sao\n\n"
            "Đến thời điểm này, huyện Quế Sơn có 8 sản phẩm được công nhận OCOP 3 sao. So với trước khi tham gia "
            "chương trình, doanh số bán hàng của các sản phẩm OCOP của huyện đã tăng 57%.")
    found = [(f[0], f[1], f[4], f[7]) for f in facts(text, dt.date(2021, 4, 13))]
    assert ("district", "Quế Sơn", "products", 8) in found
    assert ("district", "Quế Sơn", "revenue_uplift_pct", 57) in found


def test_a_council_that_will_propose_recognition_gives_its_rounds_result() -> None:
    text = ("Hội đồng OCOP huyện Cai Lậy (Tiền Giang) sẽ trình UBND huyện công nhận cả 5 sản phẩm đạt tiêu chuẩn OCOP "
            "3 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 8, 7))] == [("new", "3", 5)]
    text = "Năm 2025, tỉnh Tiền Giang sẽ công nhận thêm 30 sản phẩm OCOP."
    assert [f[3] for f in facts(text, dt.date(2025, 2, 1))] == ["target"]


def test_provinces_counted_as_a_figures_subject_make_it_the_countrys() -> None:
    text = ("Chương trình OCOP sau hai năm\n"
            "Đến nay, 51 tỉnh, thành phố đã tổ chức đánh giá, phân hạng và công nhận tổng cộng 2.956 sản phẩm OCOP.")
    assert [(f[0], f[3], f[7]) for f in facts(text, dt.date(2020, 12, 23))] == [("national", "cumulative", 2956)]
    text = "Tỉnh Sơn La hiện có 202 sản phẩm OCOP, đứng đầu trong 14 tỉnh, thành phố vùng trung du miền núi phía Bắc."
    assert [(f[0], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [("province", 202)]


def test_products_a_plan_will_bring_to_evaluation_are_no_target_count() -> None:
    text = "Theo kế hoạch năm 2022, Hà Nội dự kiến đưa khoảng 400 sản phẩm OCOP ra đánh giá, phân hạng trong năm."
    assert facts(text, dt.date(2022, 9, 1)) == []
    text = "Năm 2024, tỉnh đã đưa số sản phẩm OCOP của tỉnh Hà Tĩnh lên 410."
    assert [f[7] for f in facts(text, dt.date(2024, 12, 1))] == [410]


def test_newer_and_older_headlines_are_related_blocks() -> None:
    text = ("Tỉnh Kon Tum có 120 sản phẩm OCOP\nĐến nay, tỉnh Kon Tum có 120 sản phẩm OCOP.\n\nTin mới hơn\n"
            "- Tu Mơ Rông có 7 sản phẩm đăng kí đánh giá\n- Huyện Đăk Hà có 20 sản phẩm OCOP")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2021, 6, 1))] == [("Kon Tum", 120)]


def test_several_districts_each_having_a_figure_named_after_it() -> None:
    text = ("Năm 2022, tỉnh Tuyên Quang có 66 sản phẩm OCOP mới. Yên Sơn đứng đầu với 15 sản phẩm; hai huyện Na Hang và "
            "Chiêm Hóa cùng có 9 sản phẩm mỗi huyện.")
    found = [(f[1], f[7]) for f in facts(text, dt.date(2023, 1, 20))]
    assert ("Na Hang", 9) in found and ("Chiêm Hóa", 9) in found
    assert facts("Tỉnh Tuyên Quang phấn đấu có 3 sản phẩm OCOP mỗi huyện.", dt.date(2023, 1, 20)) == []


def test_a_plan_of_the_near_future_is_dated_by_its_publication() -> None:
    text = ("Sơn La đặt mục tiêu trong thời gian tới sẽ công nhận thêm 80 sản phẩm OCOP, qua đó đưa tổng số sản phẩm "
            "OCOP của tỉnh lên trên 200 sản phẩm.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2023, 9, 5))] == [(2023, "target", 80),
                                                                              (2023, "target", 200)]
    # (a plan with no time of its own is for no year the warehouse can hold: left out, never dated by publication)
    assert facts("Tỉnh Sơn La phấn đấu có thêm 80 sản phẩm OCOP.", dt.date(2023, 9, 5)) == []


def test_producers_of_one_word_broken_down_into_other_types_are_their_total() -> None:
    text = ("Đến tháng 6/2024 Thái Bình có 194 sản phẩm OCOP của 136 cơ sở sản xuất: 37 doanh nghiệp, 54 hợp tác xã và "
            "45 hộ kinh doanh.")
    found = [(f[6], f[7]) for f in facts(text, dt.date(2024, 7, 15)) if f[4] == "subjects"]
    assert found == [(None, 136), ("enterprise", 37), ("cooperative", 54), ("household", 45)]


def test_the_city_as_subject_in_a_national_report_is_the_city_just_named() -> None:
    text = ("OCOP cả nước đến tháng 4\n"
            "Đến cuối tháng 4, cả nước đã phân hạng hơn 12.000 sản phẩm OCOP; toàn quốc có 42 sản phẩm 5 sao.\n"
            "Riêng Thủ đô, từ năm 2019 đến nay đã phân hạng 2.711 sản phẩm.\n"
            "Thành phố đặt mục tiêu đến năm 2025 có thêm 2.000 sản phẩm OCOP.")
    found = [(f[0], f[1], f[3], f[7]) for f in facts(text, dt.date(2024, 5, 10))]
    assert ("province", "Hà Nội", "target", 2000) in found and ("national", "Việt Nam", "target", 2000) not in found


def test_former_provinces_shares_with_the_noun_written_once() -> None:
    text = ("Tỉnh Ninh Bình (mới) hiện có 980 sản phẩm OCOP, trong đó Nam Định (cũ) có 410, Hà Nam (cũ) 190 và Ninh Bình "
            "(cũ) 380 sản phẩm.")
    found = [(f[1], f[7]) for f in facts(text, dt.date(2025, 8, 1))]
    assert found == [("Ninh Bình", 980), ("Nam Định", 410), ("Hà Nam", 190), ("Ninh Bình", 380)]
    text = "Tỉnh Đồng Tháp (mới) có 2.100 sản phẩm OCOP, trong đó Tiền Giang (cũ) có 1.002, Đồng Tháp (cũ) 1.098 sản phẩm."
    assert [(f[1], f[7]) for f in facts(text, dt.date(2025, 8, 1))][1] == ("Tiền Giang", 1002)


def test_producers_given_money_or_sending_trainees_are_no_count() -> None:
    assert facts("Năm 2024, tỉnh Hà Tĩnh hỗ trợ 4,5 tỷ đồng cho 60 chủ thể OCOP.", dt.date(2024, 6, 1)) == []
    text = "Lớp tập huấn OCOP tại tỉnh Hòa Bình thu hút 85 học viên đến từ 45 hợp tác xã."
    assert facts(text, dt.date(2024, 6, 1)) == []
    # The producers a recognition names stay a count.
    text = "Năm 2024, tỉnh Hà Tĩnh công nhận 60 sản phẩm OCOP của 45 chủ thể."
    assert [f[7] for f in facts(text, dt.date(2024, 6, 1))] == [60, 45]


def test_recognised_since_the_programmes_start_and_the_year_just_passed() -> None:
    text = "Từ năm 2019 đến tháng 6/2024, tỉnh Yên Bái đã công nhận 268 sản phẩm OCOP."
    assert short(text, dt.date(2024, 7, 8)) == [("Yên Bái", 2024, "cumulative", None, 268)]
    text = "Từ năm 2021 đến tháng 6/2024, tỉnh Yên Bái đã công nhận 150 sản phẩm OCOP."
    assert [f[3] for f in facts(text, dt.date(2024, 7, 8))] == ["new"]
    text = "Tỉnh Hải Dương: năm qua có 58 sản phẩm OCOP mới."
    assert [f[2] for f in facts(text, dt.date(2025, 1, 8))] == [2024]
    assert [f[2] for f in facts(text, dt.date(2025, 12, 20))] == [2025]
    text = "Trong 5 năm qua, tỉnh Hải Dương đã có 351 sản phẩm OCOP."
    assert [f[2] for f in facts(text, dt.date(2025, 1, 8))] == [2025]


def test_by_how_much_a_plan_was_exceeded_is_no_count() -> None:
    text = "Đến nay, Hà Nam đã có 102 sản phẩm OCOP, vượt 2 sản phẩm so với mục tiêu 100 sản phẩm vào năm 2025."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 10, 1))] == [("cumulative", 102), ("target", 100)]


def test_a_named_producer_as_subject_and_a_whole_named_again() -> None:
    text = ("Hiện toàn tỉnh Thanh Hóa có 649 sản phẩm OCOP.\nHợp tác xã Chế biến thủy sản Hải Bình (phường Hải Bình) "
            "tham gia chương trình từ năm 2020, hiện có 3 sản phẩm đạt 3 sao.")
    assert [f[7] for f in facts(text, dt.date(2025, 9, 1))] == [649]
    text = "Tỉnh Thái Nguyên có 313 sản phẩm OCOP.\nCông ty cổ phần Chè Tân Cương hiện có 5 sản phẩm OCOP 4 sao."
    assert [f[7] for f in facts(text, dt.date(2024, 9, 1))] == [313]
    text = ("Đến nay tỉnh Lào Cai có 92 sản phẩm OCOP. Tuy vậy, trong số 92 sản phẩm OCOP cấp tỉnh, du lịch mới có một "
            "sản phẩm được công nhận năm 2019.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2021, 6, 1))] == [("cumulative", 92)]


def test_products_honoured_by_another_scheme_and_their_owners_are_no_count() -> None:
    text = ("TP Hồ Chí Minh có 41 sản phẩm OCOP. Qua 3 năm (2018 - 2020), đã có 118 sản phẩm của 117 đơn vị, cá nhân "
            "được tôn vinh trong chương trình nông sản tiêu biểu.")
    assert [f[7] for f in facts(text, dt.date(2022, 3, 1))] == [41]


def test_a_clock_line_with_a_weekday_digit_is_no_headline() -> None:
    text = ("BÁO THÁI BÌNH ĐIỆN TỬ\nThứ 3, 16/04/2024 | 15:06:00   1,626 lượt xem\n\n"
            "Quỳnh Phụ: Phấn đấu có 6 sản phẩm đạt OCOP năm 2024\n\n"
            "Trong năm 2024, huyện Quỳnh Phụ đặt mục tiêu có thêm 6 sản phẩm được công nhận OCOP 3 sao.")
    assert [(f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 4, 16))] == [("Quỳnh Phụ", "target", "3", 6)]


def test_a_rounds_year_named_with_words_between() -> None:
    text = ("Cao Bằng có thêm 41 sản phẩm được chứng nhận OCOP\n"
            "UBND tỉnh Cao Bằng vừa công nhận thêm 41 sản phẩm đạt chứng nhận OCOP.\n"
            "Các sản phẩm này thuộc đợt đánh giá năm 2022; quyết định được ký ngày 20/2/2023.")
    assert [(f[2], f[7]) for f in facts(text, dt.date(2023, 7, 20))] == [(2022, 41)]


def test_entries_whose_owners_carry_an_aside_between_dashes() -> None:
    text = ("Đợt 2 năm 2020, tỉnh Kon Tum có 58 sản phẩm của 35 chủ thể - doanh nghiệp, HTX, hộ kinh doanh ở TP Kon Tum "
            "và các huyện Sa Thầy, Đăk Hà, Đăk Tô, Ngọc Hồi - mang hồ sơ đến hội đồng.")
    assert facts(text, dt.date(2020, 10, 1)) == []


def test_most_read_blocks_are_other_articles_headlines() -> None:
    text = ("Lạng Sơn: Có thêm 25 sản phẩm đạt OCOP\n"
            "Ngày 10/5, UBND tỉnh Lạng Sơn ban hành quyết định công nhận 25 sản phẩm OCOP đợt 1 năm 2024.\n"
            "ĐỌC NHIỀU NHẤT\nCao Bằng có thêm 30 sản phẩm OCOP\nHà Giang: 5 sản phẩm đạt 5 sao")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 5, 12))] == [("Lạng Sơn", 25)]


def test_the_result_of_entries_named_before_it_and_products_eligible_to_be_proposed() -> None:
    text = ("Trong tổng số 45 sản phẩm tham gia đánh giá của tỉnh Hòa Bình năm 2024, có 40 sản phẩm đạt 3 sao trở "
            "lên.")
    assert short(text, dt.date(2024, 10, 1)) == [("Hoà Bình", 2024, "new", None, 40)]
    text = "Năm 2024 tỉnh Hòa Bình có 45 sản phẩm đăng ký tham gia, sau đánh giá có 40 sản phẩm đạt 3 sao trở lên."
    assert [f[3] for f in facts(text, dt.date(2024, 10, 1))] == ["new"]
    text = "Huyện Lương Tài (Bắc Ninh) có 8 sản phẩm đủ điều kiện đề nghị tỉnh đánh giá, phân hạng năm 2024."
    assert facts(text, dt.date(2024, 10, 1)) == []
    # A stock after products still under review stays a stock.
    text = "Ngoài 17 sản phẩm đang được đánh giá, huyện Tu Mơ Rông (Kon Tum) hiện đã có 30 sản phẩm được công nhận OCOP."
    assert [f[3] for f in facts(text, dt.date(2024, 12, 11))] == ["cumulative"]


def test_bare_district_names_are_those_of_the_provinces_the_page_names() -> None:
    # "Tam Nông" is a district of Phú Thọ and of Đồng Tháp; "Hải Hậu" of Nam Định only.
    text = "Tỉnh Đồng Tháp có 311 sản phẩm OCOP; Tam Nông có 20 sản phẩm."
    assert [(f[0], f[1]) for f in facts(text, dt.date(2024, 6, 1))][1] == ("district", "Tam Nông")
    text = "Tỉnh Đồng Tháp có 311 sản phẩm OCOP; Hải Hậu có 20 sản phẩm."
    assert ("district", "Hải Hậu") not in [(f[0], f[1]) for f in facts(text, dt.date(2024, 6, 1))]
    # After the merger, a district of a predecessor is one of the new province's.
    text = "Tỉnh Ninh Bình (mới) có 980 sản phẩm OCOP. Hải Hậu có 102 sản phẩm."
    assert ("district", "Hải Hậu") in [(f[0], f[1]) for f in facts(text, dt.date(2025, 8, 1))]


def test_a_provinces_share_of_a_national_round_takes_the_rounds_level() -> None:
    text = ("5 sản phẩm mới đạt OCOP 5 sao cấp Quốc gia\n"
            "Bộ Nông nghiệp và Phát triển nông thôn vừa phê duyệt kết quả đánh giá sản phẩm OCOP cấp Quốc gia năm "
            "2024, đợt 2.\n"
            "Ở đợt này, 5 sản phẩm được xếp hạng OCOP 5 sao.\n"
            "Bắc Kạn góp 3 sản phẩm, đều của Công ty CP Curcumin Bắc Hà.\n"
            "Lào Cai có 2 sản phẩm còn lại.")
    found = [(f[0], f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 11, 18))]
    assert ("province", "Bắc Kạn", "5", 3) in found and ("province", "Lào Cai", "5", 2) in found


def test_a_district_prescreen_and_products_due_for_renewal_are_no_results() -> None:
    text = ("Năm 2022 tỉnh Hưng Yên có 55 sản phẩm đăng ký. Ở vòng cấp huyện, các sản phẩm tham gia năm 2022 được xếp "
            "10 sản phẩm hạng 4 sao và 45 sản phẩm hạng 3 sao.")
    assert facts(text, dt.date(2022, 12, 28)) == []
    text = "Tỉnh Hưng Yên có 120 sản phẩm OCOP; 4 sản phẩm OCOP đến hạn được đưa ra đánh giá lại."
    assert [f[7] for f in facts(text, dt.date(2022, 12, 28))] == [120]


def test_by_how_much_a_year_beat_its_plan_is_no_target() -> None:
    text = "Riêng năm 2022, Ninh Bình có 47 sản phẩm đạt tiêu chuẩn OCOP, nhiều hơn kế hoạch đề ra 13 sản phẩm."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2023, 1, 10))] == [("new", 47)]
    text = "Năm 2024 tỉnh Ninh Bình có thêm 57 sản phẩm OCOP, vượt xa kế hoạch 30 sản phẩm của năm."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 12, 30))] == [("new", 57), ("target", 30)]


def test_a_page_naming_no_province_takes_its_outlets() -> None:
    text = ("Phấn đấu đến cuối năm 2025 toàn tỉnh có 20 - 30 sản phẩm mới đạt OCOP\n"
            "Kế hoạch đặt mục tiêu đến cuối năm 2025 có thêm 20 - 30 sản phẩm mới đạt chứng nhận OCOP.")
    result = extract(text, "articles/test.txt", dt.date(2025, 2, 15), "Báo Ninh Thuận")
    assert [(c.geo_name, c.kind, c.value, c.value_high) for c in result.claims] == [("Ninh Thuận", "target", 20, 30)]
    assert extract(text, "articles/test.txt", dt.date(2025, 2, 15)).claims == []
    # A page that names its province keeps it, whatever paper printed it.
    text = "Tỉnh Bình Thuận có 196 sản phẩm OCOP."
    result = extract(text, "articles/test.txt", dt.date(2025, 2, 15), "Báo Ninh Thuận")
    assert [c.geo_name for c in result.claims] == ["Bình Thuận"]


def test_a_citys_council_scores_are_no_provincial_levels() -> None:
    text = ("Thành phố Tây Ninh: đánh giá 12 sản phẩm OCOP năm 2022\n"
            "Theo điểm chấm ở cấp thành phố, 1 sản phẩm đạt mức 5 sao, 7 sản phẩm đạt mức 4 sao và 4 sản phẩm ở mức "
            "3 sao.")
    assert [f for f in facts(text, dt.date(2022, 10, 6)) if f[5] is not None] == []


def test_a_rise_in_value_named_after_the_verb() -> None:
    text = "Nhiều sản phẩm OCOP của tỉnh Lâm Đồng tăng giá trị từ 20 - 30% sau khi được gắn sao."
    assert [(f[4], f[7], f[8]) for f in facts(text, dt.date(2025, 3, 1))] == [("revenue_uplift_pct", 20, 30)]
    text = "Sau khi được công nhận OCOP, lợi nhuận của các hộ tại tỉnh Hòa Bình tăng 30%."
    assert facts(text, dt.date(2025, 3, 1)) == []


def test_a_province_named_just_before_a_district_makes_no_list() -> None:
    text = ("Theo Quyết định số 123/QĐ-UBND ngày 15/8/2022 của UBND tỉnh Trà Vinh, huyện Tiểu Cần có 3 sản phẩm OCOP "
            "được công nhận.")
    assert [(f[0], f[1]) for f in facts(text, dt.date(2022, 9, 1))] == [("district", "Tiểu Cần")]
    text = "Năm 2023, Lạng Giang, Lục Ngạn, Tân Yên và TP Bắc Giang có 35 sản phẩm OCOP (Bắc Giang)."
    assert [(f[0], f[1]) for f in facts(text, dt.date(2023, 12, 1))] == [("province", "Bắc Giang")]


def test_a_yearly_quota_and_a_headline_restating_a_ranges_top() -> None:
    text = ("Bắc Giang hướng tới 400 sản phẩm OCOP vào năm 2030\n"
            "Mỗi năm tỉnh Bắc Giang phấn đấu có từ 25 đến 30 sản phẩm được công nhận OCOP.\n"
            "Đến năm 2030, Bắc Giang đặt mục tiêu có từ 350 đến 400 sản phẩm OCOP.")
    found = [(f[2], f[3], f[7], f[8]) for f in facts(text, dt.date(2022, 9, 15))]
    assert found == [(2030, "target", 25, 30), (2030, "target", 350, 400)]


def test_a_headline_tagged_with_its_province_about_a_district_named_at_its_end() -> None:
    text = ("Bắc Giang: Thêm 12 sản phẩm đạt OCOP 3 sao ở huyện Yên Thế\n"
            "Tỉnh Bắc Giang hiện có 420 sản phẩm OCOP.")
    found = [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 10, 12))]
    assert ("district", "Yên Thế", 12) in found and ("province", "Bắc Giang", 12) not in found


def test_a_star_table_under_no_header_gives_each_row_its_level() -> None:
    text = ("Tỉnh Hậu Giang hiện có 64 sản phẩm đạt chứng nhận OCOP. Phân theo hạng sao:\n"
            "5 sao (cấp quốc gia) | 1 sản phẩm\n4 sao | 12 sản phẩm\n3 sao | 51 sản phẩm\n")
    found = [(f[5], f[7]) for f in facts(text, dt.date(2024, 4, 2))]
    assert found == [(None, 64), ("5", 1), ("4", 12), ("3", 51)]
    text = ("Năm 2023, Vĩnh Long công nhận 30 sản phẩm OCOP. Cơ cấu:\n4 sao | 6 sản phẩm\n3 sao | 24 sản phẩm\n")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 1, 5))][1:] == [("new", "4", 6), ("new", "3", 24)]


def test_producers_after_a_district_table_belong_to_the_province() -> None:
    text = ("Năm 2022, UBND tỉnh Lai Châu công nhận 28 sản phẩm OCOP mới.\nChia theo huyện:\n"
            "Tam Đường | 9 sản phẩm\nThan Uyên | 11 sản phẩm\nSìn Hồ | 8 sản phẩm\n"
            "Xét theo chủ thể, có 15 hợp tác xã và 6 hộ kinh doanh có sản phẩm được công nhận đợt này.")
    producers = [(f[0], f[1], f[6], f[7]) for f in facts(text, dt.date(2023, 1, 10)) if f[4] == "subjects"]
    assert producers == [("province", "Lai Châu", "cooperative", 15), ("province", "Lai Châu", "household", 6)]


def test_figures_as_of_a_day_are_a_stock_and_a_colon_ends_the_figures_clause() -> None:
    text = "Số liệu tổng hợp đến ngày 30/6/2023 cho thấy cả nước có 9.877 sản phẩm OCOP đạt từ 3 sao trở lên."
    assert short(text, dt.date(2023, 8, 1)) == [("Việt Nam", 2023, "cumulative", None, 9877)]
    text = ("Đến thời điểm này, Phú Yên có 95 sản phẩm OCOP: năm 2021 có 40 sản phẩm, năm 2022 có thêm 55 sản "
            "phẩm.")
    assert short(text, dt.date(2023, 3, 1)) == [("Phú Yên", 2023, "cumulative", None, 95),
                                                  ("Phú Yên", 2021, "new", None, 40),
                                                  ("Phú Yên", 2022, "new", None, 55)]


def test_a_council_scoring_products_gives_no_result() -> None:
    text = "Kỳ này, Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Kon Tum chấm điểm 11 sản phẩm của 6 chủ thể."
    assert facts(text, dt.date(2023, 9, 12)) == []
    text = "Dự kiến trong tháng 10, Hội đồng cấp tỉnh Sơn La sẽ đánh giá, phân hạng 16 sản phẩm do các huyện gửi lên."
    assert facts(text, dt.date(2024, 9, 20)) == []
    text = "Hội đồng tỉnh Cao Bằng đã chấm điểm 20 sản phẩm đạt 3 sao trong đợt 2 năm 2023."
    assert short(text, dt.date(2023, 12, 1)) == [("Cao Bằng", 2023, "new", "3", 20)]


def test_the_parts_of_entries_and_registrations_of_a_fraction_of_districts_are_entries() -> None:
    text = ("Năm nay tỉnh Thái Bình có 92 sản phẩm được đề nghị đánh giá, phân hạng; 70 sản phẩm đánh giá lần đầu, "
            "22 sản phẩm đánh giá lại.")
    assert facts(text, dt.date(2024, 10, 1)) == []
    text = "Năm 2024, Đà Nẵng có 61 sản phẩm của 7/8 quận, huyện đăng ký tham gia đánh giá."
    assert facts(text, dt.date(2024, 5, 1)) == []


def test_products_owned_by_women_a_persons_aim_and_another_ministrys_scheme_are_no_count() -> None:
    text = "Hiện cả tỉnh Quảng Bình có 97/160 sản phẩm đạt chuẩn OCOP do chị em phụ nữ làm chủ."
    assert facts(text, dt.date(2024, 3, 8)) == []
    text = "Phụ nữ Lạng Sơn xây dựng thành công hơn 60 sản phẩm OCOP."
    assert facts(text, dt.date(2024, 3, 8)) == []
    text = ("Tỉnh Hưng Yên hiện có 350 sản phẩm OCOP. Trang trại của gia đình đã có hai sản phẩm OCOP và anh Tùng "
            "đặt mục tiêu đến năm 2025 nâng lên 5 sản phẩm.")
    assert short(text, dt.date(2024, 6, 1)) == [("Hưng Yên", 2024, "cumulative", None, 350)]
    text = ("Toàn tỉnh Nam Định có 300 sản phẩm OCOP. Ngoài ra, 41 sản phẩm của Nam Định được Bộ Công Thương công "
            "nhận là sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực.")
    assert [f[7] for f in facts(text, dt.date(2024, 6, 1))] == [300]


def test_a_list_of_star_levels_gives_no_level_to_the_district_after_it() -> None:
    text = ("Hiện toàn tỉnh Bắc Ninh có 420 sản phẩm đạt chuẩn OCOP. Cụ thể:\n- OCOP 4 sao: 150 sản phẩm\n"
            "- OCOP 3 sao: 268 sản phẩm\n- Tiềm năng 5 sao: 2 sản phẩm\n"
            "Huyện Gia Bình có 31 sản phẩm được công nhận đạt chuẩn OCOP.")
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 7, 1))][-1] == ("Gia Bình", None, 31)


def test_all_of_a_rounds_products_rated_at_a_level_named_far_after_them() -> None:
    text = ("Cần Giuộc công bố sản phẩm OCOP năm 2023\n"
            "UBND huyện Cần Giuộc (Long An) công bố quyết định công nhận sản phẩm OCOP năm 2023. Theo đó, cả bốn sản phẩm "
            "năm nay đều được công nhận đạt tiêu chuẩn OCOP 3 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 5))] == [("new", "3", 4)]


def test_a_district_located_by_its_province_in_brackets_is_what_the_article_is_about() -> None:
    text = ("Thanh Hóa: Nhiều sản phẩm OCOP nhận giấy chứng nhận\n\n"
            "UBND huyện Hoằng Hóa (Thanh Hóa) vừa tổ chức lễ trao giấy chứng nhận OCOP đợt 1 năm 2024.\n\n"
            "Tại buổi lễ, UBND huyện trao giấy chứng nhận OCOP 3 sao cho 9 sản phẩm.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 7, 1))] == [("district", "Hoằng Hóa", 9)]
    text = ("Thành phố Hà Tĩnh: thêm 5 sản phẩm OCOP đạt 3 sao\n\n"
            "Thành phố Hà Tĩnh tổ chức hội nghị công bố sản phẩm OCOP năm 2022.\n\n"
            "Năm sản phẩm lần đầu được công nhận gồm kẹo cu đơ Hà Tĩnh và nước mắm của Công ty Hà Tĩnh Xanh.")
    assert {f[0] for f in facts(text, dt.date(2022, 12, 1))} == {"district"}


def test_a_stock_after_a_round_is_a_stock() -> None:
    text = ("Lũy kế sau đợt đánh giá thứ hai năm 2024, toàn tỉnh Lào Cai có 310 sản phẩm OCOP, gồm 40 sản phẩm 4 sao "
            "và 270 sản phẩm 3 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 12, 20))] == [
        ("cumulative", None, 310), ("cumulative", "4", 40), ("cumulative", "3", 270)]


def test_a_potential_five_star_product_named_by_its_kind() -> None:
    text = "Tỉnh Hưng Yên có 2 sản phẩm nhãn lồng Phố Hiến tiềm năng 5 sao đang chờ Trung ương đánh giá."
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [("products", "potential_5", 2)]
    text = "Trong đó có 5 sản phẩm trà và 3 sản phẩm mật ong của tỉnh Thái Nguyên."
    assert [f for f in facts(text, dt.date(2024, 5, 1)) if f[4] == "products"] == []


def test_a_total_named_again_to_break_it_down_and_a_raised_total_keeps_no_level() -> None:
    text = ("Trong năm 2023 tỉnh Trà Vinh công nhận 40 sản phẩm OCOP (12 sản phẩm 4 sao, 28 sản phẩm 3 sao), đưa tổng "
            "số sản phẩm OCOP của tỉnh lên 210. Cụ thể, 210 sản phẩm hiện có gồm 70 sản phẩm 4 sao và 140 sản phẩm "
            "3 sao.")
    found = [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 3, 1))]
    assert ("cumulative", None, 210) in found and ("cumulative", "4", 210) not in found
    assert ("new", None, 210) not in found and ("cumulative", "4", 70) in found


def test_a_regions_page_and_the_province_its_sentences_come_back_to() -> None:
    text = ("Các tỉnh Tây Nguyên đẩy mạnh sản phẩm OCOP\n"
            "Các tỉnh Tây Nguyên hiện có 1.050 sản phẩm OCOP được công nhận từ 3 sao trở lên.\n"
            "Tại Gia Lai, chương trình được triển khai bài bản. Đến nay, 240 sản phẩm OCOP của tỉnh được công nhận "
            "3 sao và 4 sao.")
    found = [(f[0], f[1], f[5], f[7]) for f in facts(text, dt.date(2023, 5, 1))]
    assert found == [("region", "Tây Nguyên", None, 1050), ("province", "Gia Lai", None, 240)]


def test_a_second_headline_and_a_site_name_above_a_breadcrumb() -> None:
    text = ("Các tỉnh Đông Nam Bộ quảng bá sản phẩm\n"
            "820 sản phẩm OCOP được chứng nhận từ 3 sao\n"
            "Theo Bộ Nông nghiệp, các tỉnh Đông Nam Bộ hiện có 820 sản phẩm OCOP được chứng nhận từ 3 sao trở lên.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2023, 5, 1))] == [("cumulative", 820)]
    text = ("Nông thôn Việt – Tạp chí điện tử\nOCOP › Địa phương\nPhú Thọ: phát triển sản phẩm OCOP\n"
            "Lâm Thao là một trong những huyện làm OCOP sớm của tỉnh.\nHiện Lâm Thao có 25 sản phẩm OCOP.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2023, 5, 1))] == [("district", "Lâm Thao", 25)]


def test_products_listed_online_by_their_owners_and_a_city_aiming_after_a_time_phrase() -> None:
    text = ("Tỉnh Bến Tre có 250 sản phẩm OCOP; hơn 120 sản phẩm của 45 doanh nghiệp, hợp tác xã được đưa lên các sàn "
            "thương mại điện tử.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [("products", 250)]
    text = ("Cả nước có 16.000 sản phẩm OCOP, toàn quốc có 90 sản phẩm 5 sao. Trong vùng, TP Đà Nẵng có 120 sản "
            "phẩm. Từ nay đến cuối năm, thành phố đặt mục tiêu có thêm 8 sản phẩm OCOP.")
    assert [(f[1], f[3], f[7]) for f in facts(text, dt.date(2025, 9, 1))][-1] == ("Đà Nẵng", "target", 8)


def test_registrations_from_communes_and_first_time_entries_are_no_result() -> None:
    text = ("Năm 2025, tỉnh Hà Tĩnh có 96 sản phẩm của 50 chủ thể thuộc 30 xã, phường đăng ký đánh giá. Trong số "
            "này, 80 sản phẩm tham gia lần đầu, 16 sản phẩm đánh giá lại.")
    assert facts(text, dt.date(2025, 10, 1)) == []


def test_a_rounds_year_named_with_its_results_dates_counts_reported_next_year() -> None:
    text = ("Quảng Ngãi phê duyệt kết quả OCOP năm 2024\n"
            "UBND tỉnh Quảng Ngãi vừa phê duyệt kết quả đánh giá, phân hạng sản phẩm OCOP năm 2024. Tỉnh có thêm 35 "
            "sản phẩm mới của 20 chủ thể lần đầu được công nhận OCOP 3 sao.")
    found = [(f[2], f[3], f[4], f[5], f[7]) for f in facts(text, dt.date(2025, 2, 10))]
    assert found == [(2024, "new", "products", "3", 35), (2024, "new", "subjects", None, 20)]


def test_dossiers_of_a_session_and_their_breakdown_by_group_are_entries() -> None:
    text = ("Đợt này có 24 hồ sơ sản phẩm của 9 huyện tỉnh Yên Bái. Ngành thực phẩm gồm 10 sản phẩm chế biến, "
            "6 sản phẩm chè; ngành thủ công mỹ nghệ có 8 sản phẩm. Kết quả, 5 sản phẩm đạt 4 sao và 19 sản phẩm "
            "đạt 3 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 9, 1))] == [("4", 5), ("3", 19)]


def test_a_sessions_headline_and_proposals_received_are_no_results() -> None:
    text = ("Đánh giá, phân hạng 38 sản phẩm OCOP\n"
            "Tính đến hết năm 2024, Sở đã nhận văn bản đề nghị đánh giá, phân hạng của 12 xã, phường, với 38 sản "
            "phẩm của 20 chủ thể tỉnh Hòa Bình.")
    assert facts(text, dt.date(2025, 1, 8)) == []


def test_a_plan_keeps_its_kind_past_a_stock_word_of_another_figure() -> None:
    text = ("Năm 2023, UBND tỉnh Sóc Trăng đặt mục tiêu chuẩn hóa 60 sản phẩm hiện có và phát triển thêm từ 15 đến 20 "
            "sản phẩm OCOP.")
    found = [(f[3], f[7], f[8]) for f in facts(text, dt.date(2023, 3, 1)) if f[4] == "products"]
    assert ("target", 15, 20) in found


def test_the_central_council_of_a_year_recognises_for_the_country() -> None:
    text = ("Sau bỏ phiếu, Hội đồng Trung ương năm 2023 quyết định công nhận 30 sản phẩm đạt OCOP cấp quốc gia. "
            "Trong 30 sản phẩm này, tỉnh Lâm Đồng có 3 sản phẩm đạt 5 sao.")
    found = [(f[0], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 1, 20))]
    assert found[0] == ("national", "new", "5", 30) and ("province", "new", "5", 3) in found


def test_a_stock_through_the_scorings_and_a_caption_dating_an_undated_page() -> None:
    text = ("Bến Tre phát triển sản phẩm OCOP\n"
            "Tính đến nay, qua đánh giá, phân hạng, tỉnh Bến Tre có 210 sản phẩm đạt chuẩn OCOP.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [("cumulative", 210)]
    text = ("Cam Lộ: vẫn còn xã chưa có sản phẩm OCOP\n"
            "Huyện Cam Lộ (tỉnh Quảng Trị) hiện có 18 sản phẩm được công nhận OCOP.\n"
            "Ảnh: Sản phẩm tiêu Cam Lộ được công nhận OCOP 3 sao năm 2023.")
    assert [(f[1], f[2], f[7]) for f in facts(text)] == [("Cam Lộ", 2023, 18)]


def test_the_items_of_a_list_of_objectives_are_targets_of_the_headlines_year() -> None:
    text = ("Năm 2023, Hậu Giang phát triển mới ít nhất 25 sản phẩm OCOP\n"
            "Kế hoạch của tỉnh Hậu Giang đặt ra các chỉ tiêu:\n"
            "- phát triển mới ít nhất 25 sản phẩm;\n"
            "- công nhận mới ít nhất 20 sản phẩm đạt 3 – 4 sao;\n"
            "- nâng hạng ít nhất 02 sản phẩm OCOP 3 sao lên 4 sao.")
    found = [(f[2], f[3], f[5], f[7]) for f in facts(text)]
    assert found == [(2023, "target", None, 25), (2023, "target", None, 20), (2023, "target", "4", 2)]


def test_a_plan_supporting_products_already_recognised_names_the_stock() -> None:
    text = "Kế hoạch yêu cầu hỗ trợ 95 sản phẩm OCOP đã được tỉnh Trà Vinh công nhận tham gia kết nối tiêu thụ."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2023, 4, 1))] == [("cumulative", 95)]


def test_a_star_table_after_a_stock_of_dossiers_and_upgraded_products() -> None:
    text = ("Đắk Lắk có 120 sản phẩm OCOP\n"
            "Lũy kế tới ngày 30/6, Hội đồng tỉnh Đắk Lắk đã đánh giá 120 hồ sơ sản phẩm do cấp huyện gửi lên, và cả "
            "120 sản phẩm đều đã có giấy chứng nhận. Theo hạng sao:\n3 sao | 80 sản phẩm\n4 sao | 40 sản phẩm\n"
            "Trong số này có 2 sản phẩm đạt 3 sao năm 2021 và được nâng lên 4 sao năm 2022.")
    found = [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 7, 5))]
    assert found == [("cumulative", None, 120), ("cumulative", "3", 80), ("cumulative", "4", 40)]


def test_a_district_portals_capital_masthead_and_its_proposal_to_the_province() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIO LINH – TỈNH QUẢNG TRỊ\n"
            "Công nhận sản phẩm OCOP cấp huyện năm 2024\n"
            "Ngày 10/11/2024, UBND huyện Gio Linh ban hành quyết định công nhận sản phẩm OCOP năm 2024.\n"
            "Theo quyết định, 5 sản phẩm của 4 chủ thể được UBND huyện công nhận hạng 3 sao.\n"
            "Huyện cũng đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh xem xét, công nhận hạng 4 sao "
            "cho 1 sản phẩm.")
    found = [(f[0], f[1], f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 11, 12))]
    assert found == [("district", "Gio Linh", "products", "3", 5), ("district", "Gio Linh", "subjects", None, 4)]


def test_a_communes_page_after_the_merger_gives_no_province_figure() -> None:
    text = ("Lào Cai: Bắc Hà nâng giá trị nông sản\n"
            "Nhờ chuẩn hóa quy trình, xã Bắc Hà (tỉnh Lào Cai) đã có 12 sản phẩm OCOP từ 3 đến 4 sao.\n"
            "Trong năm 2025, xã tổ chức đánh giá và được công nhận thêm 5 sản phẩm đạt OCOP 3 sao. Cộng dồn đến "
            "nay, trên địa bàn xã có 12 sản phẩm OCOP.")
    assert facts(text, dt.date(2025, 12, 1)) == []


def test_the_producers_of_a_registrations_list_are_entries_too() -> None:
    text = ("Trong năm 2023, thành phố Tuyên Quang ghi nhận 7 sản phẩm của 5 đơn vị đăng ký tham gia Chương trình "
            "OCOP. Nhiều nhất là HTX chè Minh Đạt với ba sản phẩm: chè búp, chè xanh và trà túi lọc. Công ty CP "
            "Nông sản Tân Trào góp hai sản phẩm là mật ong và tinh bột nghệ.")
    assert facts(text, dt.date(2023, 10, 1)) == []


def test_one_products_own_sales_are_no_uplift_and_praise_is_no_product_group() -> None:
    text = ("Huyện Kim Bảng hiện có 11 sản phẩm đặc sản, đặc trưng được công nhận OCOP. Theo HTX Thanh Sơn, doanh thu "
            "của riêng sản phẩm này đã tăng 25% so với trước.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [("products", 11)]


def test_products_on_the_market_are_no_stock_word() -> None:
    text = ("Cư Jút đánh giá sản phẩm OCOP năm 2024\n"
            "UBND huyện Cư Jút (Đắk Nông) vừa tổ chức hội nghị đánh giá sản phẩm OCOP năm 2024. Phần lớn sản phẩm đã "
            "có mặt trên thị trường. Hội đồng kết luận cả 6 sản phẩm đủ điều kiện để công nhận là sản phẩm OCOP 3 sao.")
    assert [(f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 9, 16))] == [("Cư Jút", "new", "3", 6)]


def test_a_breakdown_after_a_raised_total_that_adds_up_to_neither_breaks_down_the_total() -> None:
    text = ("Vĩnh Long: Mang Thít có thêm 8 sản phẩm OCOP\n"
            "Tám sản phẩm được chứng nhận OCOP trong năm 2023 đã đưa số sản phẩm đạt từ 3 sao trở lên ở huyện Mang "
            "Thít lên 17.\nXét theo hạng sao, huyện có 12 sản phẩm 3 sao và 3 sản phẩm 4 sao.")
    found = [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 27))]
    assert ("cumulative", "3", 12) in found and ("cumulative", "4", 3) in found


def test_products_proposed_for_five_stars_are_potential_five_star_products() -> None:
    text = "Huyện Châu Thành (Trà Vinh) có 21 sản phẩm OCOP, trong đó 2 sản phẩm được đề xuất đánh giá 5 sao."
    assert ("potential_5", 2) in [(f[5], f[7]) for f in facts(text, dt.date(2024, 3, 1))]
    text = "Tỉnh Bến Tre có 190 sản phẩm OCOP, còn 1 sản phẩm đang được đề nghị thẩm định ở hạng 5 sao."
    assert ("potential_5", 1) in [(f[5], f[7]) for f in facts(text, dt.date(2024, 3, 1))]


def test_producers_bringing_products_into_the_programme_and_a_past_year_after_a_plan() -> None:
    text = ("Chí Linh đặt mục tiêu ít nhất 6 sản phẩm OCOP từ 3 sao\n"
            "Năm 2021, thành phố Chí Linh (Hải Dương) có 7 chủ thể mang 12 sản phẩm tham gia Chương trình OCOP. "
            "Mục tiêu của thành phố là có tối thiểu 6 sản phẩm được công nhận OCOP đạt 3 sao trở lên trong năm nay.")
    assert [(f[3], f[4], f[7]) for f in facts(text, dt.date(2021, 7, 1))] == [("target", "products", 6)]


def test_a_breakdown_after_producers_and_their_products_breaks_down_the_products() -> None:
    text = ("Năm nay, 5 chủ thể của huyện Ia Pa (Gia Lai) có tổng cộng 10 sản phẩm được trao chứng nhận hạng 3 sao; "
            "trong số đó có 07 sản phẩm lần đầu được công nhận và 03 sản phẩm được đánh giá lại.")
    assert ("new", "3", 7) in [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 10, 1))]


def test_communes_in_a_list_are_no_districts() -> None:
    text = ("Huyện Cầu Kè (Trà Vinh) có 8 sản phẩm OCOP. Các sản phẩm phân bố ở 4 xã: xã Hòa Ân có 5 sản phẩm; xã Ninh "
            "Thới, xã Phong Phú và xã An Phú Tân mỗi nơi có 01 sản phẩm.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2022, 9, 1))] == [("district", "Cầu Kè", 8)]


def test_a_noun_first_total_with_its_province_in_brackets() -> None:
    text = ("Vĩnh Long: Trà Ôn có thêm 6 sản phẩm OCOP\n"
            "Sáu sản phẩm được chứng nhận OCOP trong năm 2024 đã đưa số sản phẩm đạt từ 3 sao trở lên ở huyện Trà Ôn "
            "(Vĩnh Long) lên 21.")
    assert ("cumulative", 21) in [(f[3], f[7]) for f in facts(text, dt.date(2024, 12, 20))]


def test_every_round_so_far_and_a_province_name_opening_with_a_districts() -> None:
    text = ("Sau các kỳ đánh giá, phân hạng, 30 sản phẩm của 25 chủ thể tỉnh Bắc Kạn đã đạt chuẩn cấp tỉnh từ 3 sao "
            "trở lên.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2021, 6, 1))] == [("cumulative", 30), ("cumulative", 25)]
    text = ("Huyện Long Điền giáp thành phố Bà Rịa.\nĐến thời điểm này, huyện Long Điền (Bà Rịa – Vũng Tàu) đã có 15 "
            "sản phẩm được xếp hạng sao.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2022, 8, 1))] == [("district", "Long Điền", 15)]


def test_an_undated_page_is_not_dated_by_the_end_of_a_programmes_period() -> None:
    text = ("Tuyên Hóa phát triển sản phẩm OCOP\n"
            "Trong năm 2022, Tuyên Hóa có thêm 2 sản phẩm mới đạt chuẩn 3 sao. Như vậy, số sản phẩm OCOP của cả "
            "huyện (Quảng Bình) hiện đã lên 6.\nTrong giai đoạn 2021-2025, huyện hỗ trợ 8 dự án liên kết sản xuất.")
    assert [(f[2], f[3], f[7]) for f in facts(text)] == [(2022, "new", 2), (2022, "cumulative", 6)]


def test_another_programmes_sentence_and_a_producer_named_before_as_subject() -> None:
    text = ("Về công nghiệp nông thôn, tỉnh Lạng Sơn đã có 48 sản phẩm tiêu biểu cấp tỉnh, 12 sản phẩm trong số đó "
            "được công nhận cấp khu vực và 3 sản phẩm cấp quốc gia. Về OCOP, Lạng Sơn đang có 160 sản phẩm.")
    assert [f[7] for f in facts(text, dt.date(2025, 5, 20))] == [160]
    text = ("Toàn huyện Mường Tè (Lai Châu) hiện có 9 sản phẩm OCOP 3 sao. Chị Lò Thị Hoa, Giám đốc Hợp tác xã Pa Ủ, kể "
            "HTX hiện có 2 sản phẩm 3 sao là chè và mật ong.")
    assert [f[7] for f in facts(text, dt.date(2024, 5, 20))] == [9]


def test_a_page_naming_only_its_district_takes_the_districts_province() -> None:
    text = ("Đức Trọng: 9 sản phẩm được công nhận OCOP 3 sao trong đợt 1/2024\n"
            "Số liệu của huyện Đức Trọng: tại ngày 31/12/2023, Đức Trọng có 20 sản phẩm OCOP. Đợt 1/2024 công nhận "
            "9 sản phẩm, gồm 7 sản phẩm mới và 2 sản phẩm công nhận lại.")
    found = [(f[0], f[1], f[2], f[3], f[7]) for f in facts(text, dt.date(2024, 9, 20))]
    assert ("district", "Đức Trọng", 2023, "cumulative", 20) in found
    assert ("district", "Đức Trọng", 2024, "new", 7) in found


def test_a_stock_of_products_recognised_in_an_earlier_year_and_a_group_subsets_producers() -> None:
    text = ("Tuyên Hóa phát triển OCOP\n"
            "Hiện tại, huyện Tuyên Hóa (Quảng Bình) có 6 sản phẩm được UBND tỉnh công nhận OCOP từ 3 sao trở lên trong "
            "năm 2021.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2022, 11, 15))] == [(2022, "cumulative", 6)]
    text = ("Hiện nay Bạc Liêu có tổng cộng 120 sản phẩm OCOP. Riêng nhóm chế biến từ tôm chiếm 41 sản phẩm của 18 chủ "
            "thể.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2023, 11, 28))] == [("products", 120)]


def test_a_district_councils_level_written_with_asterisks() -> None:
    text = ("Theo quyết định, huyện Kim Sơn (Ninh Bình) phê duyệt kết quả cho 7 sản phẩm, trong đó công nhận hạng 3 sao "
            "(***) cấp huyện cho 06 sản phẩm.")
    assert ("3", 6) in [(f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1))]


def test_the_results_of_an_evaluation_opening_a_sentence_are_results() -> None:
    text = ("Kiên Giang công nhận 30 sản phẩm OCOP đợt II năm 2022\n"
            "KGO - Kết quả đánh giá, phân hạng 30 sản phẩm của 17 chủ thể tham gia Chương trình OCOP đợt II năm 2022 vừa "
            "được Chủ tịch UBND tỉnh Kiên Giang phê duyệt.")
    assert [(f[3], f[4], f[7]) for f in facts(text, dt.date(2022, 12, 1))] == [
        ("new", "products", 30), ("new", "subjects", 17)]


def test_one_companys_products_and_producers_entering_district_councils() -> None:
    text = ("Đến nay huyện Nhơn Trạch (Đồng Nai) có 12 sản phẩm đạt chuẩn OCOP. Phần lớn tập trung ở Công ty CP Thực phẩm "
            "Tân Phú với 7 sản phẩm được chứng nhận đạt 4 sao.")
    assert [(f[0], f[7]) for f in facts(text, dt.date(2023, 5, 8))] == [("district", 12)]
    text = ("Đến nay 11/13 huyện tỉnh Sóc Trăng đã tổ chức Hội đồng đánh giá, phân hạng sản phẩm cấp huyện, với 24 chủ "
            "thể tham gia: 8 công ty, 6 hợp tác xã và 10 hộ sản xuất kinh doanh.")
    assert [f for f in facts(text, dt.date(2021, 6, 1)) if f[4] == "subjects"] == []


def test_the_rounds_so_far_named_one_by_one_and_producers_submitting_ideas() -> None:
    text = ("Trước đó, qua các lần xếp hạng năm 2021 và đợt 1/2022, tỉnh Bạc Liêu có 64 sản phẩm được công nhận OCOP.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2022, 10, 1))] == [("cumulative", 64)]
    text = "Kết quả, 23 chủ thể tỉnh Thái Bình đã tự nguyện nộp 35 phiếu đăng ký ý tưởng sản phẩm tham gia chương trình."
    assert facts(text, dt.date(2019, 10, 1)) == []


def test_a_tag_pages_item_dated_by_its_own_line_and_a_former_stock() -> None:
    text = ("Báo Hà Tĩnh > Tags > sản phẩm OCOP\n"
            "Vượt khó giữ sao OCOP\n"
            "(Baohatinh.vn) 2023 - Theo Phòng NN&PTNT huyện Vũ Quang, toàn huyện hiện còn 11 sản phẩm đạt chuẩn OCOP, "
            "trước đây từng có 15 sản phẩm.")
    assert [(f[1], f[2], f[7]) for f in facts(text, dt.date(2025, 3, 25))] == [("Vũ Quang", 2023, 11)]


def test_a_part_named_by_its_number_alone_of_the_figure_before() -> None:
    text = ("Krông Bông phát triển OCOP\n"
            "Hết năm 2021, toàn huyện Krông Bông (Đắk Lắk) có 9 sản phẩm OCOP. Ba trong số đó đạt hạng 4 sao, gồm cà phê, "
            "mật ong và gạo.")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2022, 6, 1))] == [
        (2021, "cumulative", None, 9), (2021, "cumulative", "4", 3)]


def test_a_pending_proposal_beside_a_stock_a_section_heading_and_test_criteria() -> None:
    text = ("Đến nay, Tiền Giang có 40 sản phẩm đạt chuẩn OCOP, trong đó 25 sản phẩm đạt 4 sao và 15 sản phẩm đạt 3 sao. "
            "Tỉnh cũng đang trình Trung ương xem xét công nhận 2 sản phẩm hạng 5 sao.")
    assert ("cumulative", "potential_5", 2) in [(f[3], f[5], f[7]) for f in facts(text, dt.date(2021, 12, 21))]
    text = ("Thị xã Hương Trà nâng cấp sản phẩm OCOP\n"
            "Thị xã Hương Trà (Thừa Thiên Huế) đã chọn nhiều sản phẩm sẵn có để hoàn thiện, nâng cấp.\n"
            "11 sản phẩm được công nhận OCOP từ 3 - 4 sao\n"
            "Nhiều năm nay, thị xã coi sản phẩm OCOP là nội dung quan trọng.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 8, 5))] == [("cumulative", 11)]
    text = ("Các sản phẩm được Hội đồng huyện Gia Bình (Bắc Ninh) chấm theo các nhóm tiêu chí: tổ chức sản xuất; chỉ tiêu "
            "cảm quan, dinh dưỡng. Chấm xong, Hội đồng xếp được 2 sản phẩm đạt 4 sao và 6 sản phẩm đạt 3 sao.")
    assert {f[3] for f in facts(text, dt.date(2023, 12, 1))} == {"new"}
    text = "Đợt này Hội đồng huyện Con Cuông (Nghệ An) nhận 7 sản phẩm của 4 tổ chức kinh tế."
    assert facts(text, dt.date(2023, 12, 1)) == []
    text = "Đến tháng 10/2023, Hưng Yên có 120 sản phẩm OCOP; 45 sản phẩm trong số đó đạt 4 sao."
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 1))][1] == ("cumulative", "4", 45)


# R. Eighth pass: phrasings read in heldout18 and heldout4-free sentences of our own.

def test_hien_opening_a_clause_whose_subject_is_a_place_of_several_words_is_a_stock() -> None:
    text = ("Sản phẩm đặc trưng của Vĩnh Long\n"
            "Đại biểu dự kỳ họp Hội đồng đánh giá sản phẩm OCOP tỉnh ngày 12-10-2022.\n"
            "Hiện tỉnh Vĩnh Long có 4 huyện có sản phẩm OCOP, cộng lại 62 sản phẩm, gồm 9 sản phẩm 4 sao và 53 sản phẩm "
            "3 sao.")
    assert {f[3] for f in facts(text, dt.date(2022, 11, 2))} == {"cumulative"}
    text = "Theo Sở Nông nghiệp, hiện thành phố Hải Phòng đã có 98 sản phẩm OCOP."
    assert short(text, dt.date(2023, 5, 2)) == [("Hải Phòng", 2023, "cumulative", None, 98)]
    text = "Thực hiện đề án của tỉnh, huyện Gia Lâm có thêm 12 sản phẩm OCOP."
    assert [f[3] for f in facts(text, dt.date(2023, 5, 2))] == ["new"]


def test_a_whole_district_has_after_a_round_sentence_and_what_it_adds_up_to() -> None:
    text = ("Củ Chi lên kệ OCOP\n"
            "Ngày 2/10, huyện Củ Chi trao chứng nhận cho 5 sản phẩm OCOP 3 sao. Toàn huyện Củ Chi có 52 sản phẩm OCOP "
            "của 30 chủ thể; 12 sản phẩm đạt 4 sao.")
    assert [(f[3], f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 10, 3))] == [
        ("new", "products", "3", 5), ("cumulative", "products", None, 52), ("cumulative", "subjects", None, 30),
        ("cumulative", "products", "4", 12)]
    text = ("Thạch Thất có thêm sản phẩm OCOP\n"
            "Ngày 5/11, huyện Thạch Thất công bố 9 sản phẩm đạt OCOP 3 sao. Cộng lại, Thạch Thất có 61 sản phẩm OCOP, "
            "trong đó 14 sản phẩm 4 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 6))] == [
        ("new", "3", 9), ("cumulative", None, 61), ("cumulative", "4", 14)]


def test_the_rest_owned_by_other_places_and_items_rated_after_a_colon() -> None:
    text = ("Tỉnh chọn sản phẩm OCOP đầu tiên\n"
            "Hội đồng tỉnh Phú Yên đã chọn 15 sản phẩm OCOP đầu tiên; riêng thị xã Đông Hòa chiếm 6 sản phẩm, 9 sản phẩm "
            "còn lại thuộc các địa phương khác.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2020, 10, 3))] == [("Phú Yên", 15), ("Đông Hòa", 6)]
    text = ("Huyện Đô Lương có sản phẩm OCOP đầu tiên\n"
            "Kết quả, huyện Đô Lương có 5 sản phẩm được công nhận: tương Nam Đàn đạt 4 sao; 4 sản phẩm còn lại đạt 3 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2021, 10, 3))] == [(None, 5), ("3", 4)]


def test_a_district_named_before_its_officials_name() -> None:
    text = ("Đông Hòa: ba sản phẩm đạt OCOP 3 sao\n"
            "Chủ tịch UBND thị xã Đông Hòa Lê Tấn Hổ vừa ký quyết định công nhận kết quả đánh giá sản phẩm OCOP năm 2022.\n"
            "Ba sản phẩm được xếp hạng OCOP 3 sao trong đợt này là bánh tráng, nước mắm và muối.")
    assert [(f[0], f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2022, 12, 9))] == [
        ("district", "Đông Hòa", "new", "3", 3)]
    text = ("Phó Chủ tịch UBND huyện Nguyễn Minh Vương cho biết, huyện Tánh Linh có 11 sản phẩm OCOP.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 5, 9))] == [("Tánh Linh", 11)]


def test_a_yearly_rise_after_recognition_is_an_uplift_a_yearly_rise_alone_is_growth() -> None:
    text = "Sau khi được công nhận OCOP, doanh thu của các chủ thể ở huyện Nghĩa Hành tăng 10-15%/năm, giá bán tăng 5%."
    assert [(f[4], f[7], f[8]) for f in facts(text, dt.date(2023, 11, 9))] == [
        ("revenue_uplift_pct", 10, 15), ("price_uplift_pct", 5, None)]
    text = "Doanh thu của các chủ thể OCOP ở huyện Nghĩa Hành tăng 10-15%/năm nhờ mở rộng thị trường."
    assert facts(text, dt.date(2023, 11, 9)) == []


def test_a_plan_made_at_the_start_of_the_year_a_page_reports_on() -> None:
    text = ("Kết quả Chương trình OCOP năm 2023 của huyện Cam Lâm\n"
            "Năm 2023, huyện Cam Lâm triển khai Chương trình OCOP với nhiều kết quả. Ngay đầu năm, UBND huyện đặt "
            "mục tiêu hoàn thiện ít nhất 4 sản phẩm đạt 3 sao cấp huyện.")
    assert [(f[2], f[3], f[5], f[7], f[9]) for f in facts(text)] == [(2023, "target", "3", 4, "at_least")]


def test_a_clubs_members_and_a_companys_products_named_after_it_are_no_counts_of_the_place() -> None:
    text = ("Hóc Môn ra mắt câu lạc bộ OCOP\n"
            "Câu lạc bộ OCOP của huyện Hóc Môn được thành lập năm 2024 với 9 chủ thể ban đầu. Huyện có 47 sản phẩm OCOP.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2025, 3, 1))] == [("products", 47)]
    text = ("Sản phẩm từ biển ở Vạn Ninh\n"
            "Với hải sâm, Công ty TNHH Biển Xanh (huyện Vạn Ninh) làm ra nhiều món; công ty đã chuẩn hóa quy trình và "
            "có 2 sản phẩm đạt 3 sao. Toàn huyện có 21 sản phẩm OCOP.")
    assert [f[7] for f in facts(text, dt.date(2025, 3, 1))] == [21]



def test_producers_taking_part_broken_down_by_type_and_parts_of_what_an_activity_served() -> None:
    text = ("Quảng Ninh 10 năm OCOP\n"
            "Sau 10 năm, Quảng Ninh có 501 sản phẩm OCOP; 214 chủ thể tham gia, gồm 82 doanh nghiệp, 68 hợp tác xã, 64 hộ "
            "kinh doanh.")
    assert [(f[4], f[6], f[7]) for f in facts(text, dt.date(2023, 8, 1))] == [
        ("products", None, 501), ("subjects", None, 214), ("subjects", "enterprise", 82),
        ("subjects", "cooperative", 68), ("subjects", "household", 64)]
    text = ("Đồng Nai hỗ trợ OCOP\n"
            "Năm 2024, tỉnh Đồng Nai hỗ trợ 40 chủ thể OCOP tham gia hội chợ, gồm 10 doanh nghiệp và 30 hợp tác xã. Hội "
            "đồng đánh giá 40 sản phẩm, gồm 36 sản phẩm đạt 3 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 10, 1))] == [("new", "3", 36)]


def test_a_total_a_round_leaves_hien_la_and_proposals_of_the_places_to_a_central_council() -> None:
    text = ("Yên Bái thêm sản phẩm 5 sao\n"
            "Hội đồng trung ương đánh giá các sản phẩm mới (12 sản phẩm do các địa phương đề nghị). Hội đồng công nhận "
            "mới 3 sản phẩm đạt OCOP 5 sao. Với kết quả này, số sản phẩm OCOP của Yên Bái hiện là 330 (300 sản phẩm "
            "3 sao, 28 sản phẩm 4 sao, 2 sản phẩm 5 sao).")
    got = [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 11, 20))]
    assert ("new", None, 12) not in got
    assert [g for g in got if g[2] in (330, 300, 28, 2)] == [
        ("cumulative", None, 330), ("cumulative", "3", 300), ("cumulative", "4", 28), ("cumulative", "5", 2)]


def test_two_levels_listed_after_a_count_are_its_whole() -> None:
    text = ("Đặc sản Hà Giang\n"
            "Đến nay, Hà Giang sở hữu 190 sản phẩm OCOP đạt chuẩn 3 sao, 4 sao (170 sản phẩm 3 sao, 20 sản phẩm 4 sao).")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 10, 1))] == [(None, 190), ("3", 170), ("4", 20)]
    text = "Tỉnh Điện Biên có 80 sản phẩm đạt 3 sao, 4 sao có 6 sản phẩm."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 10, 1))] == [("3", 80), ("4", 6)]


def test_on_a_districts_page_the_provinces_own_words_keep_its_figures() -> None:
    text = ("Cổng thông tin điện tử huyện Cam Lộ\n"
            "Cam Lộ có thêm sản phẩm OCOP\n"
            "Huyện Cam Lộ có 10 sản phẩm được đề nghị công nhận 4 sao. Tính chung sau 4 năm, số sản phẩm của tỉnh được "
            "chứng nhận OCOP là 90.")
    assert ("Quảng Trị", 90) in [(f[1], f[7]) for f in facts(text, dt.date(2022, 12, 30))]
    text = ("Trấn Yên dẫn đầu về sản phẩm OCOP\n"
            "Trấn Yên là điểm sáng của tỉnh Yên Bái. Trong tổng số 276 sản phẩm OCOP hiện có của toàn tỉnh, huyện Trấn Yên "
            "chiếm 50 sản phẩm.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 12, 20))] == [
        ("province", "Yên Bái", 276), ("district", "Trấn Yên", 50)]


def test_a_rounds_entries_with_their_producers_and_an_expected_level_are_no_results() -> None:
    text = ("Yên Thế đánh giá sản phẩm OCOP\n"
            "Đây là buổi đánh giá sản phẩm OCOP đợt 2 năm 2024 của Hội đồng huyện Yên Thế. Đợt này, huyện có 15 sản phẩm "
            "của 12 chủ thể tham gia, gồm 11 sản phẩm đánh giá mới và 4 sản phẩm đánh giá lại.")
    assert facts(text, dt.date(2024, 9, 1)) == []
    text = ("Yên Thế: thêm 6 sản phẩm OCOP 3 sao\n"
            "Theo quyết định, huyện Yên Thế có thêm 6 sản phẩm được xếp hạng OCOP 3 sao. UBND huyện cũng xác nhận 2 sản "
            "phẩm có tiềm năng đạt 4 sao, đủ điều kiện gửi lên tỉnh.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 9, 1))] == [("3", 6)]


def test_proposals_to_the_centre_and_submissions_for_five_stars_are_potential() -> None:
    text = ("Thái Bình: 7 sản phẩm được đề xuất lên Trung ương\n"
            "Sau hội nghị, Hội đồng tỉnh Thái Bình thống nhất trình UBND tỉnh để đề nghị Trung ương đánh giá, công nhận "
            "sản phẩm OCOP quốc gia đối với 7 sản phẩm.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 12, 25))] == [("new", "potential_5", 7)]
    text = ("Thành phố Thái Bình phát triển sản phẩm OCOP\n"
            "Hiện thành phố Thái Bình còn 28 sản phẩm OCOP (8 sản phẩm 4 sao, 19 sản phẩm 3 sao; 1 sản phẩm trình 5 sao).")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 4, 2))] == [
        ("cumulative", None, 28), ("cumulative", "4", 8), ("cumulative", "3", 19), ("cumulative", "potential_5", 1)]


def test_a_decision_approving_products_is_a_round() -> None:
    text = ("Nam Trực nhận quyết định công nhận OCOP\n"
            "Toàn bộ quyết định phê duyệt 96 sản phẩm OCOP của tỉnh Nam Định năm 2022, cụ thể: hạng 4 sao: 10 sản phẩm.")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2022, 12, 20))] == [
        (2022, "new", None, 96), (2022, "new", "4", 10)]


def test_a_plans_year_named_in_its_list_heading_or_in_the_sentence_before() -> None:
    text = ("Phê duyệt Đề án OCOP tỉnh Cao Bằng\n"
            "Đề án được UBND tỉnh phê duyệt theo Quyết định số 120/QĐ-UBND ngày 5/3/2019.\n"
            "Mục tiêu đến năm 2030 gồm:\n"
            "- Chuẩn hóa từ 90-100 sản phẩm của các địa phương;\n"
            "- Củng cố 40 tổ chức kinh tế tham gia chương trình.")
    assert [(f[2], f[3], f[4], f[7], f[8]) for f in facts(text)] == [
        (2030, "target", "products", 90, 100), (2030, "target", "subjects", 40, None)]
    text = ("Đề án mỗi xã một sản phẩm tỉnh Quảng Bình\n"
            "Đề án đặt chỉ tiêu: tới năm 2020, số sản phẩm của tỉnh được chứng nhận tối thiểu là 60. Đối với các tổ chức "
            "kinh tế, chỉ tiêu là nâng cấp ít nhất 40 đơn vị đang sản xuất sản phẩm OCOP.")
    assert [(f[2], f[4], f[7]) for f in facts(text)] == [(2020, "products", 60), (2020, "subjects", 40)]


def test_thus_all_of_a_rounds_entries_rated_are_its_result() -> None:
    text = ("Hội nghị đánh giá sản phẩm OCOP năm 2024 của huyện Phong Thổ\n"
            "Ngày 10/12/2024, Hội đồng huyện Phong Thổ họp đánh giá sản phẩm OCOP. Kết quả chấm điểm: chè Sì Lở Lầu đạt "
            "56 điểm, mật ong Mù Sang đạt 55 điểm. Như vậy, cả 2 sản phẩm đều đạt tiêu chuẩn 3 sao. Tính đến nay, huyện Phong Thổ có 18 sản phẩm OCOP.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 12, 11))] == [
        ("new", "3", 2), ("cumulative", None, 18)]


def test_the_country_owning_a_counts_noun_is_its_place() -> None:
    text = ("Bắc Kạn tổng kết OCOP\n"
            "Đến nay, số sản phẩm OCOP của Bắc Kạn là 190. Con số này còn nhỏ so với tổng số sản phẩm OCOP của cả nước "
            "(khoảng 16.000 sản phẩm).")
    assert [(f[0], f[7], f[9]) for f in facts(text, dt.date(2025, 3, 1))] == [
        ("province", 190, None), ("national", 16000, "approx")]


def test_potential_five_stars_with_the_word_hang_and_a_rounds_year_beside_a_programme_period() -> None:
    text = ("Kiên Giang công nhận sản phẩm OCOP đợt 1 năm 2021\n"
            "Kết quả đánh giá sản phẩm OCOP cấp tỉnh đợt 1 năm 2021 vừa được UBND tỉnh Kiên Giang phê duyệt: 6 sản phẩm "
            "tiềm năng đạt hạng 5 sao, cùng 48 sản phẩm xếp hạng từ 3 đến 4 sao.")
    assert ("potential_5", 6) in [(f[5], f[7]) for f in facts(text, dt.date(2021, 12, 13))]
    text = ("Núi Thành có 3 sản phẩm trong đợt công nhận OCOP thứ 02 năm 2023\n"
            "Ngày 28/12/2023, UBND tỉnh Quảng Nam ký quyết định công nhận sản phẩm OCOP đợt 02 năm 2023 thuộc Chương "
            "trình của tỉnh giai đoạn 2021-2025.\n"
            "Theo quyết định, đợt này toàn tỉnh có 15 sản phẩm được xếp hạng 4 sao; 50 sản phẩm được xếp hạng 3 sao.")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 1, 2)) if f[0] == "province"] == [
        (2023, "new", "4", 15), (2023, "new", "3", 50)]


def test_products_a_district_is_proposing_and_one_producers_products_in_a_clause_of_its_own() -> None:
    text = ("Bình Chánh phát triển OCOP\n"
            "Huyện Bình Chánh đã có 9 sản phẩm OCOP 4 sao; 11 sản phẩm đang được huyện đề nghị thành phố đánh giá từ 3 "
            "sao trở lên. Trong đó, Công ty TNHH An Phú góp 2 sản phẩm; Công ty TNHH Xanh Việt có 4 sản phẩm.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 10, 1))] == [("4", 9)]
    text = ("Đak Đoa công nhận 6 sản phẩm OCOP 3 sao\n"
            "UBND huyện Đak Đoa công nhận 6 sản phẩm đạt OCOP 3 sao năm 2024. Cả 6 sản phẩm đạt 3 sao lần này thuộc 3 chủ "
            "thể. Hộ kinh doanh quán ăn Bảy Hòa có 2 sản phẩm: gà nướng và cơm lam.")
    assert [(f[2], f[3], f[4], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [
        (2024, "new", "products", 6), (2024, "new", "subjects", 3)]


def test_a_three_to_four_star_count_beside_potential_five_stars_is_a_subtotal_unless_they_are_its_parts() -> None:
    text = ("An Giang: 40 sản phẩm được công nhận OCOP đợt 1 năm 2022\n"
            "Kết quả đánh giá sản phẩm OCOP cấp tỉnh đợt 1 năm 2022 vừa được UBND tỉnh An Giang phê duyệt: 4 sản phẩm "
            "tiềm năng đạt hạng 5 sao, cùng 36 sản phẩm xếp hạng từ 3 đến 4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 8, 1)) if f[0] == "province"] == [
        (None, 40), ("potential_5", 4)]
    text = ("Gia Lai tổng kết OCOP\n"
            "Đến nay, toàn tỉnh Gia Lai có 120 sản phẩm OCOP đạt từ 3 - 4 sao, trong đó 20 sản phẩm đạt 4 sao, 98 sản "
            "phẩm đạt 3 sao và 2 sản phẩm tiềm năng 5 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 8, 1))] == [
        (None, 120), ("4", 20), ("3", 98), ("potential_5", 2)]


def test_a_proposal_for_the_national_rating_and_products_named_then_entered() -> None:
    text = ("Lâm Đồng đề xuất sản phẩm OCOP quốc gia\n"
            "Giữa tháng 1/2026, UBND tỉnh Lâm Đồng có tờ trình gửi Bộ Nông nghiệp và Môi trường, đề nghị đánh giá, phân "
            "hạng cấp quốc gia cho 6 sản phẩm OCOP.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2026, 2, 22))] == [("new", "potential_5", 6)]
    text = ("Đa dạng sản phẩm OCOP ở Đầm Dơi\n"
            "Đến nay huyện Đầm Dơi có 12 sản phẩm được công nhận OCOP 3 sao. Ba sản phẩm khác là tôm khô, khô cá kèo và "
            "mắm ba khía đã đăng ký OCOP năm 2023.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 6, 1))] == [("3", 12)]


def test_a_provinces_round_on_a_districts_page_named_again_and_broken_down_later() -> None:
    text = ("Trang thông tin điện tử huyện Cầu Kè\n"
            "Cầu Kè có thêm 02 sản phẩm OCOP hạng 3 sao trong năm 2023\n"
            "UBND tỉnh Trà Vinh vừa công nhận kết quả đánh giá cho 30 sản phẩm OCOP năm 2023, xếp ở hai hạng 3 sao và 4 "
            "sao. Riêng huyện Cầu Kè có 2 sản phẩm được xếp hạng 3 sao.\n"
            "Xét theo chủ thể, 30 sản phẩm nói trên thuộc 26 chủ thể trong tỉnh. Về thứ hạng, 8 sản phẩm được xếp 4 sao, "
            "22 sản phẩm xếp 3 sao.")
    got = [(f[0], f[4], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1))]
    assert ("province", "products", None, 2) not in got
    assert [g for g in got if g[3] in (30, 26, 8, 22)] == [
        ("province", "products", None, 30), ("province", "subjects", None, 26), ("province", "products", "4", 8),
        ("province", "products", "3", 22)]


def test_an_undated_plan_for_2025_keeps_the_provinces_of_the_year_it_was_written() -> None:
    text = ("Bình Định nhắm mốc 250 sản phẩm OCOP vào năm 2025\n"
            "Trong giai đoạn 2023-2025, Bình Định đặt mục tiêu công nhận khoảng 250 sản phẩm OCOP, song song với việc "
            "hoàn thiện 217 sản phẩm OCOP đã được tỉnh công nhận trong giai đoạn 2018-2022.")
    assert {f[1] for f in facts(text)} == {"Bình Định"}


def test_a_district_councils_pre_screen_before_districts_could_certify_yields_no_rating() -> None:
    text = ("Cổng thông tin điện tử huyện Châu Thành - tỉnh Đồng Tháp\n"
            "Đánh giá, xếp hạng sản phẩm OCOP năm 2021\n"
            "Hội đồng đánh giá và xếp hạng sản phẩm OCOP huyện Châu Thành vừa đánh giá các sản phẩm năm 2021 trên địa bàn "
            "huyện. Đợt này có 05 sản phẩm của 03 hợp tác xã và cơ sở tham gia. Sau khi chấm điểm, Hội đồng huyện thống "
            "nhất 01 sản phẩm đạt mức 4 sao và 04 sản phẩm đạt mức 3 sao. UBND huyện đã chuyển hồ sơ của các sản phẩm "
            "lên cấp tỉnh để tham gia đánh giá, xếp hạng sản phẩm OCOP năm 2021.")
    assert facts(text, dt.date(2021, 9, 1)) == []
    # After 2023 a district certifies 3-star products itself: its council's results are ratings.
    assert [(f[5], f[7]) for f in facts(text.replace("2021", "2024"), dt.date(2024, 9, 1))
            if f[4] == "products" and f[5]] == [("4", 1), ("3", 4)]


def test_a_stocks_parts_named_with_their_own_years_in_the_next_sentence_and_potential_parts_after_a_whole() -> None:
    text = ("Khánh Vĩnh tổng kết chương trình OCOP\n"
            "Đến nay, huyện Khánh Vĩnh có 9 sản phẩm OCOP đạt 3 sao. Cụ thể, năm 2020 có 5 sản phẩm (chuối, sầu riêng); "
            "năm 2021 có 4 sản phẩm.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2022, 3, 10))] == [
        (2022, "cumulative", 9), (2020, "new", 5), (2021, "new", 4)]
    text = ("Trà Vinh nâng hạng sản phẩm OCOP\n"
            "Trà Vinh hiện có 150 sản phẩm OCOP xếp hạng từ 3 đến 4 sao; 12 sản phẩm trong số đó được UBND tỉnh công nhận "
            "ở mức tiềm năng 5 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [
        ("cumulative", None, 150), ("cumulative", "potential_5", 12)]


def test_an_undated_page_naming_only_its_plans_year_is_of_that_year() -> None:
    text = ("Mỹ Tú: hai sản phẩm đạt chuẩn OCOP\n"
            "Trong đợt này, huyện Mỹ Tú có 2 sản phẩm được Hội đồng tỉnh công nhận, cả hai cùng đạt 3 sao. Sau 3 năm "
            "triển khai, toàn huyện đã có 7 sản phẩm OCOP. Trong năm 2023, huyện phấn đấu có thêm từ 3 đến 5 sản phẩm.")
    assert [(f[2], f[3], f[7]) for f in facts(text)] == [(2023, "new", 2), (2023, "cumulative", 7), (2023, "target", 3)]


def test_a_total_passing_a_mark_after_words_of_more_jobs_and_a_weak_word_of_recognition() -> None:
    text = ("Hà Tĩnh: biến lợi thế thành giá trị cho sản phẩm OCOP\n"
            "Ở Hà Tĩnh, nhờ OCOP, nông thôn có thêm việc làm và người dân có thêm nguồn thu. Số sản phẩm OCOP được công "
            "nhận ở Hà Tĩnh đã vượt mốc 600, tất cả đạt từ 3 sao trở lên. Kết quả này đưa tỉnh vào nhóm dẫn đầu cả nước "
            "về số sản phẩm OCOP được công nhận. Đứng sau các sản phẩm là 380 chủ thể đang tham gia chương trình.")
    assert [(f[3], f[4], f[7]) for f in facts(text, dt.date(2025, 8, 1))] == [
        ("cumulative", "products", 600), ("cumulative", "subjects", 380)]


def test_a_table_of_product_groups_names_no_place() -> None:
    text = ("Ninh Bình chọn sản phẩm thế mạnh\n"
            "Toàn tỉnh Ninh Bình có gần 40 loại sản phẩm chủ lực. Từ danh sách đó, 30 sản phẩm được xếp vào 4 nhóm:\n"
            "Nhóm sản phẩm | Số sản phẩm\n"
            "Thực phẩm | 16\n"
            "Đồ uống | 6\n"
            "Thảo dược | 5\n"
            "Dịch vụ du lịch | 3")
    assert [f for f in facts(text, dt.date(2017, 11, 28)) if f[0] == "district"] == []


def test_entries_coming_from_the_districts_products_still_to_complete_and_products_that_may_become_ocop() -> None:
    text = ("Nghệ An xét sản phẩm OCOP đợt 3\n"
            "Hội đồng tỉnh Nghệ An vừa họp xét các sản phẩm đăng ký đợt 3 năm 2022. Đợt này có 45 sản phẩm đến từ 17 huyện, "
            "thị xã được đưa ra đánh giá. Hội đồng thống nhất xếp 8 sản phẩm đạt 4 sao và 30 sản phẩm đạt 3 sao. Hai sản "
            "phẩm khác phải bổ sung hồ sơ và chờ xét ở đợt sau.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 9, 1))] == [("4", 8), ("3", 30)]
    text = ("Yên Bái đánh thức tiềm năng nông sản\n"
            "Ở các địa phương của Yên Bái có gần 300 sản phẩm lợi thế được xác định có khả năng phát triển thành sản phẩm "
            "OCOP.")
    assert facts(text, dt.date(2021, 4, 8)) == []


def test_a_district_councils_scores_before_the_province_rates_products_of_minorities_and_renewals() -> None:
    text = ("Nam Định: 8 sản phẩm của Hải Hậu được hội đồng huyện chấm mức 3 - 4 sao\n"
            "Chiều 10/9, hội đồng chấm điểm sản phẩm OCOP năm 2021 của huyện Hải Hậu đã họp. Đợt này, 4 cơ sở mang tới "
            "hội đồng 8 sản phẩm. Các thành viên hội đồng chấm từ 55 đến 72 điểm. Huyện sẽ hoàn thiện hồ sơ rồi trình UBND "
            "tỉnh Nam Định đánh giá, phân hạng ở cấp tỉnh.")
    assert facts(text, dt.date(2021, 9, 12)) == []
    text = ("Lào Cai sau mười năm OCOP\n"
            "Tới giữa năm 2025, tỉnh Lào Cai có 300 sản phẩm OCOP. Đáng chú ý, 40 sản phẩm trong số này thuộc về 12 chủ thể "
            "là đồng bào dân tộc thiểu số.")
    assert [f[7] for f in facts(text, dt.date(2025, 8, 1))] == [300]
    text = ("Thêm 12 sản phẩm OCOP được Hà Tĩnh công nhận\n"
            "Phần thứ nhất công nhận lại 4 sản phẩm OCOP được xếp hạng từ năm 2022. Phần thứ hai công nhận 12 sản phẩm đạt "
            "hạng 3 sao, 4 sao. Năm 2024, Bạc Liêu công nhận mới và công nhận lại 40 sản phẩm OCOP.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2026, 3, 1))] == [("Hà Tĩnh", 12), ("Bạc Liêu", 40)]


def test_a_section_label_above_the_headline_every_kind_of_producer_and_n_of_m_parts() -> None:
    text = ("DOANHNGHIEPVN.VN\n"
            "Thị trường\n"
            "Bạc Liêu: doanh thu nhóm sản phẩm OCOP tăng bình quân 10-20%\n"
            "Tỉnh Bạc Liêu đã phê duyệt kết quả đánh giá, xếp hạng 30 sản phẩm của các doanh nghiệp, hợp tác xã và hộ kinh "
            "doanh thuộc chương trình OCOP năm 2020: 10 sản phẩm được xếp hạng 4 sao, 20 sản phẩm hạng 3 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2021, 3, 7)) if f[4] == "products"] == [
        ("new", None, 30), ("new", "4", 10), ("new", "3", 20)]
    text = ("Tiểu Cần nâng chất lượng sản phẩm OCOP\n"
            "Tính đến cuối tháng 10/2023, huyện Tiểu Cần đã có 10 sản phẩm được công nhận OCOP; trong đó, 05/10 sản phẩm "
            "đạt 4 sao, và 02/05 sản phẩm 4 sao có tiềm năng 5 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 3))] == [
        ("cumulative", None, 10), ("cumulative", "4", 5), ("cumulative", "potential_5", 2)]


def test_a_rounds_entries_named_again_as_the_whole_of_a_share_of_results() -> None:
    text = ("Đợt 2 năm 2022: 9 sản phẩm đạt chuẩn OCOP cấp tỉnh\n"
            "Hội đồng tỉnh Đắk Nông đã họp đánh giá đợt 2 năm 2022. Đợt này có 15 sản phẩm của 10 chủ thể đến từ hai huyện "
            "Cư Jút và Krông Nô. Kết quả chấm điểm cho thấy 9 trên 15 sản phẩm đạt mức 3 – 4 sao OCOP cấp tỉnh.")
    assert [f[7] for f in facts(text, dt.date(2022, 12, 27)) if f[4] == "products"] == [9]


def test_the_others_proposed_the_ones_lacking_a_condition_and_a_level_proposed_to_the_centre() -> None:
    text = ("Pleiku: 4 sản phẩm OCOP 3 sao trong đợt 1/2024\n"
            "Hội đồng đánh giá sản phẩm OCOP thành phố Pleiku đã chấm điểm các sản phẩm đợt 1 năm 2024. Ở đợt này, 5 cơ "
            "sở của thành phố đưa 9 sản phẩm vào đánh giá. Hội đồng xác định 4 sản phẩm đạt 3 sao. Ba sản phẩm khác được "
            "đề nghị chuyển lên Hội đồng tỉnh để xét hạng 4 sao. Riêng 2 sản phẩm còn thiếu điều kiện bắt buộc.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 8, 20))] == [("products", "3", 4)]
    text = ("Bình Phước: đặc sản lên tầm mới nhờ OCOP\n"
            "Hiện nay, tỉnh Bình Phước có 80 sản phẩm OCOP, gồm 60 sản phẩm 3 sao và 20 sản phẩm 4 sao. Ngoài ra, một sản "
            "phẩm 4 sao đang được tỉnh trình Bộ Nông nghiệp và Môi trường đánh giá, phân hạng OCOP 5 sao cấp quốc gia.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 9, 1))][-1] == ("cumulative", "potential_5", 1)


def test_a_districts_contribution_a_group_of_districts_and_entries_with_an_upgrade_request() -> None:
    text = ("Mèo Vạc làm OCOP\n"
            "Huyện Mèo Vạc (Hà Giang) chọn mật ong bạc hà làm sản phẩm chủ lực. Gần 2 năm làm OCOP, Mèo Vạc đã đóng góp "
            "cho OCOP của Hà Giang 3 sản phẩm xếp hạng 3 sao.")
    assert [(f[0], f[1], f[7]) for f in facts(text)] == [("district", "Mèo Vạc", 3)]
    text = "Tính tới hết tháng 6/2023, 9 huyện miền núi của tỉnh Nghệ An đã phát triển được 50 sản phẩm OCOP."
    assert facts(text, dt.date(2023, 7, 1)) == []
    text = ("Lâm Thao đăng ký sản phẩm OCOP\n"
            "Năm nay, huyện Lâm Thao có 12 sản phẩm đăng ký đánh giá, phân hạng OCOP: 11 sản phẩm đánh giá lần đầu và 1 sản "
            "phẩm OCOP xin nâng từ 3 sao lên 4 sao. Tới thời điểm này, 11 sản phẩm của 8 chủ thể ở 6 xã đã hoàn thiện hồ "
            "sơ.")
    assert facts(text, dt.date(2023, 9, 22)) == []


def test_a_cooperative_as_the_owner_of_products_and_a_stocks_part_already_proposed_to_the_ministry() -> None:
    text = ("Sóc Sơn phát triển OCOP\n"
            "Hết năm 2021, huyện Sóc Sơn có 70 sản phẩm OCOP. Hợp tác xã Nông nghiệp sạch Phù Linh hiện là chủ thể của 12 "
            "sản phẩm OCOP.")
    assert [f[7] for f in facts(text, dt.date(2022, 1, 10))] == [70]
    text = ("Nam Định có 300 sản phẩm OCOP\n"
            "Tính tới tháng 9/2023, tỉnh Nam Định có 300 sản phẩm OCOP đạt từ 3 sao trở lên. Trong số này, có 3 sản phẩm đã "
            "được UBND tỉnh đề nghị Bộ Nông nghiệp và Phát triển nông thôn xét hạng 5 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 10, 1))] == [
        ("cumulative", None, 300), ("cumulative", "potential_5", 3)]
    text = ("Tỉnh Nghệ An đã phát triển OCOP\n"
            "Tính tới hết tháng 4/2022, 9 huyện miền núi của tỉnh Nghệ An đã phát triển được 30 sản phẩm OCOP; 28 sản phẩm "
            "đạt chất lượng 3 sao, 2 sản phẩm đạt 4 sao.")
    assert facts(text, dt.date(2022, 5, 1)) == []


def test_a_total_opening_its_sentence_a_provinces_districts_and_a_national_round_listed_by_province() -> None:
    text = ("Đánh giá lại sản phẩm OCOP: chủ thể phải chủ động\n"
            "Ba năm triển khai chương trình đã giúp Hưng Yên có nhiều sản phẩm. Tổng cộng 98 sản phẩm đã được công nhận, "
            "phân hạng OCOP; chất lượng 4 sao có 20 sản phẩm, 3 sao có 78 sản phẩm.")
    assert {f[3] for f in facts(text)} == {"cumulative"}
    text = ("Gà đồi Yên Thế đạt sao OCOP\n"
            "Gà đồi là đặc sản của nhiều tỉnh như Lạng Sơn, Thái Nguyên; ở Bắc Giang, bà con các huyện Lục Ngạn, Sơn Động, "
            "Yên Thế đều nuôi gà đồi.\n"
            "Mới đây, đợt 1 cấp tỉnh năm 2023 có 35 sản phẩm đạt tiêu chí xếp hạng OCOP.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2023, 8, 1))] == [("Bắc Giang", 35)]
    text = ("Sầu riêng cấp đông được công nhận OCOP 5 sao\n"
            "Đợt này có 3 sản phẩm đạt tiêu chuẩn OCOP 5 sao: sầu riêng cấp đông (Bến Tre), vải thiều (Bắc Giang) và gia vị "
            "hoàn chỉnh (Thừa Thiên Huế).")
    assert [(f[0], f[7]) for f in facts(text, dt.date(2024, 1, 10))] == [("national", 3)]
    text = "Quảng Ninh: với kỳ đánh giá năm 2023, tỉnh chọn ra 30 sản phẩm 4 sao và 2 sản phẩm tiềm năng 5 sao, tổng cộng 32 sản phẩm."
    assert {f[3] for f in facts(text, dt.date(2023, 12, 1))} == {"new"}


def test_a_table_of_another_programme_investing_in_facilities_and_a_period_being_carried_out() -> None:
    text = ("Ninh Thuận: 40 sản phẩm công nghiệp nông thôn vào vòng bình chọn cấp tỉnh\n"
            "Đến cuối tháng 10, việc bình chọn sản phẩm CNNT tiêu biểu cấp huyện năm 2022 đã xong. Toàn tỉnh có 40 sản "
            "phẩm của 30 đơn vị đăng ký dự bình chọn cấp tỉnh, phân theo địa phương như sau:\n"
            "Địa phương | Sản phẩm\n"
            "Huyện Ninh Hải | 6\n"
            "Huyện Ninh Phước | 9")
    assert facts(text, dt.date(2022, 11, 2)) == []
    text = ("Đặc sản Bình Dương thêm phong phú\n"
            "Các chính sách hỗ trợ chương trình OCOP tỉnh Bình Dương giai đoạn 2024-2025 được triển khai hiệu quả. Tính đến "
            "nay toàn tỉnh có 120 sản phẩm OCOP (năm 2020 một sản phẩm đã được xếp hạng 4 sao). Nhiều cơ sở không ngừng đầu "
            "tư cơ sở vật chất.")
    assert [(f[2], f[4], f[7]) for f in facts(text)] == [(2024, "products", 120)]


def test_a_districts_page_under_a_sites_menu_bar_with_scores_before_the_level() -> None:
    text = ("Trang thông tin điện tử về du lịch nông thôn - Cục Du lịch Quốc gia Việt Nam\n"
            "Trang chủ | Tin tức | Địa phương | Sản phẩm OCOP\n"
            "Krông Búk (Đắk Lắk) có 8 sản phẩm đạt chuẩn OCOP 3 và 4 sao\n"
            "Theo Hội đồng đánh giá sản phẩm OCOP huyện Krông Búk (tỉnh Đắk Lắk), trong năm 2023 có 7 chủ thể đăng ký. "
            "Kết quả có 3 sản phẩm đạt từ 71,5 đến hơn 78 điểm, được xếp hạng tiêu chuẩn OCOP 4 sao.")
    assert [(f[0], f[1], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1)) if f[5] == "4"] == [
        ("district", "Krông Búk", "4", 3)]


def test_entries_named_before_their_number_with_their_districts_and_characteristic_products_rated() -> None:
    text = ("Bến Tre phân hạng thêm 15 sản phẩm OCOP\n"
            "Các sản phẩm đưa ra hội đồng lần này là 16 sản phẩm, đến từ huyện Chợ Lách (4 sản phẩm) và huyện Mỏ Cày Nam "
            "(12 sản phẩm). Tính tới thời điểm này, Bến Tre đã có hơn 80 sản phẩm đặc trưng của địa phương được đánh giá, "
            "phân hạng OCOP.")
    assert [(f[3], f[7], f[9]) for f in facts(text, dt.date(2021, 11, 4))] == [
        ("new", 15, None), ("cumulative", 80, "at_least")]


def test_products_of_a_list_of_unit_kinds_the_rest_that_failed_and_a_plans_share_of_existing_products() -> None:
    text = ("Kon Tum nâng chất sản phẩm đặc thù nhờ OCOP\n"
            "Sau 2 năm triển khai chương trình OCOP, Kon Tum hiện có 90 sản phẩm thuộc 40 xã, phường, thị trấn đã được đánh "
            "giá, phân hạng; trong đó 12 sản phẩm được công nhận 4 sao và 78 sản phẩm đạt 3 sao.")
    assert [(f[5], f[7]) for f in facts(text)] == [(None, 90), ("4", 12), ("3", 78)]
    text = ("Hai sản phẩm của Đồng Tháp được công nhận OCOP 5 sao năm 2021\n"
            "Theo đó, Đồng Tháp có 2 sản phẩm đạt 5 sao năm 2021. Ba sản phẩm còn lại chưa đạt mức quốc gia vì chưa đáp "
            "ứng một số yêu cầu.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2021, 12, 1))] == [("5", 2)]
    text = ("Thị xã Ngã Năm chọn 5 sản phẩm đưa vào chương trình OCOP năm 2021\n"
            "UBND thị xã Ngã Năm vừa ban hành kế hoạch OCOP năm 2021. Theo kế hoạch, thị xã chọn 50% số sản phẩm hiện có "
            "được sản xuất theo chuỗi giá trị, tương đương 5 sản phẩm, để tham gia chương trình.")
    assert [f[3] for f in facts(text, dt.date(2021, 5, 26))] == ["target"]


def test_districts_shares_of_a_round_listed_after_the_new_total() -> None:
    text = ("Hà Nội có thêm 30 sản phẩm được chứng nhận OCOP\n"
            "Đợt này, UBND thành phố Hà Nội công nhận sản phẩm OCOP năm 2022 cho 30 sản phẩm. Như vậy, tổng số sản phẩm "
            "OCOP của thành phố đã lên 2.000.\n"
            "Huyện Ba Vì góp 10 sản phẩm đạt OCOP 3 sao. Huyện Mỹ Đức có 8 sản phẩm. Nhiều nhất là huyện Thạch Thất với 12 "
            "sản phẩm.")
    assert [(f[1], f[3]) for f in facts(text, dt.date(2022, 12, 1)) if f[0] == "district"] == [
        ("Ba Vì", "new"), ("Mỹ Đức", "new"), ("Thạch Thất", "new")]


def test_products_an_activity_brought_into_being() -> None:
    text = ("Bình Liêu phát triển sản phẩm OCOP\n"
            "Gần 5 năm thực hiện chương trình OCOP, huyện Bình Liêu đến nay đã hỗ trợ phát triển được 9 sản phẩm OCOP. "
            "Tỉnh cũng hỗ trợ 20 sản phẩm tham gia hội chợ.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2019, 5, 1))] == [("cumulative", 9)]


def test_a_plan_of_products_evaluated_and_rated_and_an_undated_plans_stock() -> None:
    text = ("Mỹ Xuyên phát triển sản phẩm OCOP\n"
            "Trong năm 2023, huyện Mỹ Xuyên phấn đấu có ít nhất 3 chủ thể tham gia Chương trình OCOP, với từ 3 đến 5 sản "
            "phẩm được đánh giá, xếp hạng 3 sao trở lên.")
    assert (2023, "target", "products", 3, 5) in [(f[2], f[3], f[4], f[7], f[8]) for f in facts(text)]
    text = ("Phú Yên nhắm mốc 150 sản phẩm OCOP\n"
            "Năm 2023, tỉnh đã công nhận thêm 20 sản phẩm. Trong giai đoạn 2023-2025, Phú Yên đặt mục tiêu công nhận "
            "khoảng 150 sản phẩm OCOP, song song với việc hoàn thiện 98 sản phẩm OCOP đã được tỉnh công nhận.")
    assert [(f[2], f[3], f[7]) for f in facts(text)][-1] == (2023, "cumulative", 98)


def test_a_headlines_count_the_body_names_as_entries_and_entries_of_listed_places() -> None:
    text = ("Thành phố Bà Rịa: đánh giá, xếp hạng 9 sản phẩm OCOP năm 2022\n"
            "Sáng 14/9, Hội đồng đánh giá sản phẩm OCOP thành phố Bà Rịa họp đánh giá các sản phẩm trên địa bàn. Đợt này "
            "có 9 sản phẩm được đưa ra hội đồng: bánh tráng, nước mắm và rượu.")
    assert facts(text, dt.date(2022, 10, 6)) == []
    text = ("Đánh giá, phân hạng 11 sản phẩm OCOP đợt 1 năm 2021\n"
            "Sáng 30/11, Hội đồng đánh giá sản phẩm OCOP tỉnh Gia Lai họp đánh giá đợt 1 năm 2021. Đợt này có 11 sản phẩm "
            "của 4 địa phương là Chư Sê, Đak Đoa, Kbang và thị xã An Khê đưa ra hội đồng xem xét.")
    assert facts(text, dt.date(2021, 11, 30)) == []


def test_all_of_a_count_just_stated_named_again() -> None:
    text = ("Chợ Lách phát triển kinh tế\n"
            "Huyện Chợ Lách đã có 14 sản phẩm được công nhận OCOP; trong số đó 02 sản phẩm đạt 03 sao, 12 sản phẩm đạt 04 "
            "sao. Tỉnh đã cấp tem OCOP cho cả 14 sản phẩm của các đơn vị.")
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2023, 3, 23))] == [
        ("Chợ Lách", None, 14), ("Chợ Lách", "3", 2), ("Chợ Lách", "4", 12)]


def test_a_star_level_given_as_a_share_is_not_the_totals_level() -> None:
    text = ("Kỳ Anh phát triển sản phẩm OCOP\n"
            "Đến nay, thị xã Kỳ Anh có 46 sản phẩm OCOP, trong đó sản phẩm 3 sao chiếm 80%, còn lại là 4 sao.")
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 5, 2))] == [("Kỳ Anh", None, 46)]
    text = ("Cả nước vượt mốc 17.000 sản phẩm OCOP\n"
            "Đến cuối năm 2025, cả nước có khoảng 17.000 sản phẩm OCOP; sản phẩm 4 sao chiếm tỷ lệ khoảng 22%.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2026, 1, 10))] == [(None, 17000)]
    # Right after its own noun, the level is the count's own and the share is of that count.
    text = ("Bến Tre tổng kết chương trình OCOP\n"
            "Toàn tỉnh Bến Tre có 210 sản phẩm 3 sao, chiếm 78% số sản phẩm OCOP.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("3", 210)]


def test_a_year_whose_place_has_products_recognised_is_that_years_count() -> None:
    text = ("Gia Lộc phát triển sản phẩm OCOP\n"
            "Năm 2021, huyện Gia Lộc có 6 sản phẩm được công nhận OCOP; năm 2022 có 9 sản phẩm; năm 2023 có 11 sản "
            "phẩm. Đến nay, toàn huyện có 26 sản phẩm OCOP.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2024, 3, 8))] == [
        (2021, "new", 6), (2022, "new", 9), (2023, "new", 11), (2024, "cumulative", 26)]
    # "đã có" and "đến năm" keep the stock.
    text = ("Gia Lộc phát triển sản phẩm OCOP\n"
            "Đến năm 2023, huyện Gia Lộc có 26 sản phẩm được công nhận OCOP. Năm 2022, huyện Gia Lộc đã có 15 sản phẩm "
            "được công nhận OCOP.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2024, 3, 8))] == [
        (2023, "cumulative", 26), (2022, "cumulative", 15)]


def test_a_count_given_an_evaluation_with_a_smaller_result_after_it_is_of_entries() -> None:
    text = ("Thái Nguyên đánh giá sản phẩm OCOP\n"
            "Năm 2022, tỉnh Thái Nguyên tổ chức đánh giá, phân hạng cho 64 sản phẩm, kết quả có 58 sản phẩm đạt từ 3 sao "
            "trở lên.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2023, 1, 9))] == [("new", 58)]
    # Split by single levels that add up to it, the evaluated count is the result.
    text = ("Thái Nguyên đánh giá sản phẩm OCOP\n"
            "Năm 2022, tỉnh Thái Nguyên đánh giá, phân hạng 58 sản phẩm OCOP, trong đó 50 sản phẩm 3 sao và 8 sản phẩm "
            "4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 1, 9))] == [(None, 58), ("3", 50), ("4", 8)]


def test_products_of_a_province_the_centre_recognises_are_the_provinces() -> None:
    text = ("Bến Tre có thêm sản phẩm 5 sao\n"
            "Bộ Nông nghiệp và Phát triển nông thôn vừa công nhận 2 sản phẩm của tỉnh Bến Tre đạt OCOP 5 sao.")
    assert [(f[0], f[1], f[5], f[7]) for f in facts(text, dt.date(2023, 8, 1))] == [("province", "Bến Tre", "5", 2)]


def test_a_section_label_ending_on_a_communes_word_does_not_hide_the_province_below() -> None:
    # "Nông thôn", "Xã hội": words that name a hamlet or a commune before a name on their own line only.
    text = ("KINH TẾ - XÃ HỘI\n"
            "NÔNG NGHIỆP - NÔNG THÔN\n"
            "HÀ GIANG CÓ THÊM 31 SẢN PHẨM ĐẠT CHUẨN OCOP\n"
            "Cập nhật lúc 09:15 ngày 20/11/2023\n"
            "Năm 2023, toàn tỉnh có 31 sản phẩm được công nhận, trong đó có 5 sản phẩm 4 sao.")
    assert [(f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 20))] == [
        ("Hà Giang", "new", None, 31), ("Hà Giang", "new", "4", 5)]
    text = "Nông thôn mới\nThôn Phú Thọ có 2 sản phẩm OCOP."
    assert facts(text, dt.date(2023, 11, 20)) == []


def test_a_plans_indicators_met_are_a_report_not_a_plan() -> None:
    text = ("Kỳ họp HĐND huyện Tương Dương\n"
            "Báo cáo tại kỳ họp nêu rõ, năm 2023 huyện Tương Dương đạt và vượt 16/19 chỉ tiêu; có thêm 3 sản phẩm được "
            "công nhận OCOP 3 sao, nâng tổng số sản phẩm OCOP của huyện lên 12.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2023, 12, 18))] == [(2023, "new", 3), (2023, "cumulative", 12)]


def test_a_table_numbering_its_rows_names_its_districts_in_the_second_column() -> None:
    text = ("Kết quả OCOP của tỉnh Hà Tĩnh năm 2023\n"
            "Số sản phẩm OCOP theo địa phương:\n"
            "STT\tĐịa phương\tSố sản phẩm\t3 sao\t4 sao\n"
            "1\tHương Sơn\t21\t18\t3\n"
            "2\tCan Lộc\t9\t9\t0\n"
            "Tổng cộng\t30\t27\t3\n")
    got = [(f[0], f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 1, 5))]
    assert got == [("district", "Hương Sơn", None, 21), ("district", "Hương Sơn", "3", 18),
                   ("district", "Hương Sơn", "4", 3), ("district", "Can Lộc", None, 9), ("district", "Can Lộc", "3", 9),
                   ("province", "Hà Tĩnh", None, 30), ("province", "Hà Tĩnh", "3", 27), ("province", "Hà Tĩnh", "4", 3)]


def test_an_average_per_year_is_no_count_and_this_years_recognitions_are_new() -> None:
    text = ("Bình Thuận tổng kết OCOP\n"
            "Giai đoạn 2021-2023, tỉnh Bình Thuận đã công nhận 117 sản phẩm OCOP, bình quân mỗi năm gần 40 sản phẩm.")
    assert [f[7] for f in facts(text, dt.date(2024, 1, 20))] == [117]
    text = "Thanh Hóa: Ba sản phẩm đạt 5 sao\nNăm nay, Thanh Hóa có ba sản phẩm được công nhận 5 sao."
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 11, 2))] == [(2024, "new", "5", 3)]


def test_an_undated_page_is_as_recent_as_the_years_the_programme_has_run() -> None:
    text = ("Thái Bình: OCOP nâng giá trị nông sản\n"
            "Qua 5 năm triển khai thực hiện chương trình OCOP đến nay, tỉnh Thái Bình có 232 sản phẩm OCOP của 150 chủ "
            "thể.\n"
            "Sản phẩm bánh cáy được giới thiệu tại hội chợ năm 2021.")
    assert {f[2] for f in facts(text)} == {2023}
    # A start named in its sentence counts from that year; Quảng Ninh's own programme began in 2013.
    text = ("Tiên Yên phát triển sản phẩm OCOP\n"
            "Sau 4 năm triển khai chương trình OCOP kể từ năm 2019, huyện Tiên Yên có 15 sản phẩm OCOP.")
    assert [f[2] for f in facts(text)] == [2023]
    text = ("Đầm Hà phát triển sản phẩm OCOP\n"
            "Gần 5 năm thực hiện chương trình OCOP, huyện Đầm Hà (Quảng Ninh) đến nay đã có 9 sản phẩm OCOP.")
    assert [f[2] for f in facts(text)] == [2018]


def test_a_count_over_a_larger_whole_is_no_plan_achieved() -> None:
    text = ("Hải Phòng dẫn đầu về OCOP\n"
            "Đến nay, thành phố Hải Phòng là một trong những địa phương đi đầu về chương trình OCOP. Thành phố đã công "
            "nhận được 210/11.000 sản phẩm của cả nước.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 9, 3))] == [("cumulative", 210)]
    # Named beside a plan, the first number is achieved against it.
    text = ("Yên Bái vượt kế hoạch OCOP\n"
            "Tính đến hết tháng 10 năm 2023, tỉnh Yên Bái đã cấp chứng nhận OCOP cho 43/34 sản phẩm, đạt 126,5% kế hoạch.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2023, 11, 3))] == [("new", 43)]


def test_recognised_by_the_time_a_figureless_sentence_before_set() -> None:
    text = ("Nghệ An: OCOP tạo đà\n"
            "Tính đến nay, chương trình OCOP đã lan tỏa tới tất cả các huyện. Tỉnh đã công nhận 540 sản phẩm OCOP, trong "
            "đó có 4 sản phẩm 5 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 9, 3))] == [
        ("cumulative", None, 540), ("cumulative", "5", 4)]
    # A round of its own ("vừa", a year) is still the round.
    text = ("Nghệ An: OCOP tạo đà\n"
            "Tính đến nay, chương trình OCOP đã lan tỏa tới tất cả các huyện. Năm 2024, tỉnh đã công nhận 60 sản phẩm "
            "OCOP.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 9, 3))] == [("new", 60)]


def test_products_and_producers_supported_or_rewarded_are_no_counts_of_the_programme() -> None:
    text = ("Thái Bình thưởng sản phẩm OCOP\n"
            "Năm 2023, huyện Tiền Hải có 12 chủ thể (20 sản phẩm OCOP) được hỗ trợ, tổng kinh phí gần 400 triệu đồng; "
            "huyện Kiến Xương có 9 chủ thể được thưởng.")
    assert facts(text, dt.date(2023, 12, 1)) == []


def test_a_districts_share_of_the_provinces_products_of_a_year() -> None:
    text = ("Lệ Thủy dẫn đầu về sản phẩm OCOP\n"
            "Trong số 41 sản phẩm OCOP cấp tỉnh năm 2022, huyện Lệ Thủy có 9 sản phẩm được xếp hạng 3 sao.")
    assert [(f[0], f[1], f[2], f[3], f[7]) for f in facts(text, dt.date(2023, 3, 1))] == [
        ("province", "Quảng Bình", 2022, "new", 41), ("district", "Lệ Thủy", 2022, "new", 9)]
    # A whole without a year of its own stays the stock it reads as.
    text = ("Lệ Thủy dẫn đầu về sản phẩm OCOP\n"
            "Trong tổng số 160 sản phẩm OCOP hiện có của tỉnh, huyện Lệ Thủy có 25 sản phẩm.")
    assert [(f[0], f[3], f[7]) for f in facts(text, dt.date(2023, 3, 1))] == [
        ("province", "cumulative", 160), ("district", "cumulative", 25)]


def test_a_total_named_at_a_level_below_its_part_has_no_single_level() -> None:
    text = ("Phú Thọ phát triển sản phẩm OCOP\n"
            "Hiện nay, tỉnh Phú Thọ có 240 sản phẩm được chứng nhận OCOP đạt hạng 3 sao; trong đó, 31 sản phẩm đạt 4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 5, 5))] == [(None, 240), ("4", 31)]
    text = ("Phú Thọ phát triển sản phẩm OCOP\n"
            "Trong 2 năm, tỉnh Phú Thọ đã có 40 sản phẩm đạt tiêu chuẩn 3 sao và 4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2021, 2, 5))] == [(None, 40)]


def test_a_crosshead_of_figures_between_paragraphs_continues_no_plan() -> None:
    text = ("Nam Định nâng chất lượng sản phẩm OCOP\n"
            "Phấn đấu đến năm 2025, toàn tỉnh Nam Định có 300 sản phẩm OCOP từ 3 sao trở lên.\n"
            "\n"
            "62 sản phẩm OCOP cấp tỉnh\n"
            "\n"
            "Đến nay, toàn tỉnh đã có 62 sản phẩm được công nhận OCOP cấp tỉnh.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2020, 8, 1))] == [("target", 300), ("cumulative", 62)]


def test_a_level_by_level_sentence_breaks_down_the_total_before() -> None:
    text = ("Đồng Tháp có thêm 60 sản phẩm OCOP\n"
            "Năm 2023, Đồng Tháp công nhận thêm 60 sản phẩm OCOP, trong đó 45 sản phẩm 3 sao và 15 sản phẩm 4 sao. "
            "Ở hạng 3 sao, 45 sản phẩm gồm 30 sản phẩm mới và 15 sản phẩm đánh giá lại.")
    assert {(f[3], f[2]) for f in facts(text, dt.date(2024, 2, 1))} == {("new", 2023)}


def test_a_province_owning_the_count_after_its_noun_wins_over_a_producers_district_before() -> None:
    text = ("Hà Nội có thêm sản phẩm 5 sao\n"
            "Lụa tơ tằm của Hợp tác xã Vạn Phúc (quận Hà Đông) và miến dong của Công ty Cự Đà (huyện Thanh Oai) là hai "
            "sản phẩm OCOP của Hà Nội vừa được cấp chứng nhận 5 sao.")
    assert [(f[0], f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 8, 1))] == [("province", "Hà Nội", "5", 2)]


def test_one_cooperative_named_by_its_trade_and_a_unions_share_are_no_places_counts() -> None:
    text = ("Hợp tác xã thanh long khẳng định thương hiệu\n"
            "Đến nay, Hợp tác xã thanh long sạch Hàm Đức (tỉnh Bình Thuận) đã có 6 sản phẩm đạt tiêu chuẩn OCOP 4 sao.")
    assert facts(text, dt.date(2024, 5, 1)) == []
    text = ("Phụ nữ Long An tham gia OCOP\n"
            "Đến nay, toàn tỉnh Long An có 250 sản phẩm OCOP, trong đó có 80 sản phẩm của hội viên phụ nữ.")
    assert [f[7] for f in facts(text, dt.date(2024, 5, 1))] == [250]
    # The co-ops of a whole province are no one producer.
    text = "Hợp tác xã trên địa bàn tỉnh Long An hiện có 120 sản phẩm OCOP."
    assert [f[7] for f in facts(text, dt.date(2024, 5, 1))] == [120]


def test_a_ward_named_with_its_province_after_a_comma_is_no_provinces_count() -> None:
    text = ("Phường Mộc Châu phát triển OCOP\n"
            "Phường Mộc Sơn, tỉnh Sơn La hiện có 28 sản phẩm OCOP.")
    assert facts(text, dt.date(2025, 11, 20)) == []


def test_the_spaces_of_a_web_page_read_as_spaces() -> None:
    # "&nbsp;" pasted from a page, a narrow no-break space, a zero-width space: the same words to a reader.
    text = ("Quảng\u00a0Trị có thêm 20 sản phẩm OCOP\n"
            "Năm 2024, tỉnh Quảng\u202fTrị công nhận 20\u00a0sản\u00a0phẩm OCOP, trong đó 4 sản phẩm\u200b 4 sao.")
    got = [(f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 12, 1))]
    assert got == [("Quảng Trị", "new", None, 20), ("Quảng Trị", "new", "4", 4)]
    claim = extract(text, "articles/nbsp.txt", dt.date(2024, 12, 1)).claims[0]
    assert claim.quote == text[claim.span_start:claim.span_end]  # the quote is the page's own text


def test_a_pages_weather_strip_and_footer_name_no_place_of_its_figures() -> None:
    text = ("Hà Nội 24°C  |  Đà Nẵng 28°C  |  TP Hồ Chí Minh 32°C\n"
            "BÁO HÀ TĨNH\n"
            "Thêm 12 sản phẩm đạt OCOP\n"
            "Năm 2024, toàn tỉnh công nhận thêm 12 sản phẩm OCOP, trong đó 2 sản phẩm 4 sao.\n"
            "Trụ sở: Số 10 đường Phan Đình Phùng, TP Vinh, tỉnh Nghệ An. Điện thoại: 0239.3855.123\n"
            "© Bản quyền thuộc về tòa soạn")
    assert {f[1] for f in facts(text, dt.date(2024, 12, 1))} == {"Hà Tĩnh"}


def test_a_list_of_objectives_parted_by_blank_lines_is_still_the_plans() -> None:
    text = ("Kế hoạch phát triển sản phẩm OCOP của tỉnh Cà Mau năm 2023\n"
            "Năm 2023, kế hoạch của tỉnh đặt ra các chỉ tiêu:\n"
            "\n"
            "- công nhận mới ít nhất 30 sản phẩm đạt 3 sao;\n"
            "\n"
            "- nâng hạng 3 sản phẩm lên 4 sao.\n")
    assert {f[3] for f in facts(text, dt.date(2023, 2, 1))} == {"target"}


def test_a_headline_in_capitals_names_its_district() -> None:
    text = ("VÂN ĐỒN: 53 SẢN PHẨM ĐẠT CHUẨN OCOP\n"
            "Huyện đảo của tỉnh Quảng Ninh đẩy mạnh phát triển sản phẩm OCOP.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 1, 1))] == [("district", "Vân Đồn", 53)]
    text = ("HUYỆN BỐ TRẠCH CÓ 12 SẢN PHẨM OCOP 3 SAO\n"
            "Năm 2020, tỉnh Quảng Bình công nhận 33 sản phẩm OCOP.")
    assert ("district", "Bố Trạch", 12) in [(f[0], f[1], f[7]) for f in facts(text, dt.date(2021, 1, 1))]


def test_digits_inside_a_file_name_are_no_year() -> None:
    text = ("Lào Cai có thêm sản phẩm OCOP\n"
            "Theo tệp z6002604050167-21eef30f522eb4f7c13850d3db1913dc, tỉnh Lào Cai có 269 sản phẩm OCOP.")
    assert [(f[2], f[7]) for f in facts(text, dt.date(2024, 11, 1))] == [(2024, 269)]


def test_an_undated_page_naming_no_year_that_speaks_of_the_merger_is_of_its_year() -> None:
    text = ("Gia Lai sở hữu hơn 500 sản phẩm OCOP\n"
            "Sau hợp nhất, tỉnh Gia Lai có 520 sản phẩm OCOP còn hiệu lực, trong đó Bình Định (cũ) có 250 sản phẩm.")
    assert {f[2] for f in facts(text)} == {2025}


def test_a_sentence_opening_with_its_count_and_its_own_words_names_its_subject_after_the_comma() -> None:
    text = ("Đồng Nai dẫn đầu Đông Nam Bộ về OCOP\n"
            "Với 28 sản phẩm được công nhận đạt chuẩn OCOP, huyện Định Quán thuộc tốp đầu của tỉnh Đồng Nai.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("district", "Định Quán", 28)]


def test_besides_a_count_just_stated_and_producers_mobilised_are_no_new_counts() -> None:
    text = ("Đăk Tô phát triển sản phẩm OCOP\n"
            "Đến nay, huyện Đăk Tô có 07 sản phẩm của 05 chủ thể được công nhận OCOP 03 sao.\n"
            "Ngoài 7 sản phẩm được công nhận OCOP, trong năm 2022, huyện đã vận động 02 doanh nghiệp, 03 hợp tác xã và "
            "6 hộ gia đình tham gia chương trình.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2022, 9, 1))] == [
        ("products", "3", 7), ("subjects", None, 5)]


def test_products_whose_certificates_ran_out_after_their_months_are_no_stock() -> None:
    text = ("Kon Tum rà soát sản phẩm OCOP hết hạn\n"
            "Đến nay, thành phố Kon Tum có 83 sản phẩm OCOP. Qua rà soát, trong tổng số các sản phẩm OCOP của thành "
            "phố có 18 sản phẩm (thuộc các nhóm thực phẩm tươi sống; thực phẩm chế biến; đồ uống) đạt 3 sao và 4 sao "
            "của 10 chủ thể đã hết thời hạn 36 tháng sử dụng nhãn hiệu OCOP.")
    assert [f[7] for f in facts(text, dt.date(2024, 7, 1))] == [83]


def test_products_taking_part_in_a_contest_are_entries() -> None:
    text = ("Kon Tum chuẩn bị đánh giá sản phẩm OCOP\n"
            "Đến nay, thành phố Kon Tum đã tiếp nhận, kiểm tra hồ sơ đối với 14 sản phẩm tham gia thi, đánh giá xếp hạng "
            "đợt 1 năm 2022.")
    assert facts(text, dt.date(2022, 6, 1)) == []


def test_a_star_level_after_the_products_named_again_in_their_rating() -> None:
    text = ("Đăk Hà phát triển sản phẩm OCOP\n"
            "Đến nay, trên địa bàn huyện Đăk Hà có 12 sản phẩm được tỉnh đánh giá và xếp hạng sản phẩm OCOP 3 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 6, 1))] == [("3", 12)]


def test_a_part_of_a_stock_after_proposed_products_stays_the_stocks() -> None:
    text = ("Phù Cát nâng tầm sản phẩm OCOP\n"
            "Đến nay toàn huyện Phù Cát có 30 sản phẩm đạt từ 3 sao trở lên, trong đó có 3 sản phẩm đang đề xuất công "
            "nhận OCOP 4 sao và 27 sản phẩm được công nhận OCOP 3 sao.")
    assert ("cumulative", "3", 27) in [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 6, 1))]


def test_a_photo_caption_between_paragraphs_interrupts_nothing() -> None:
    text = ("Hậu Giang công nhận thêm sản phẩm OCOP\n"
            "Năm 2022, UBND tỉnh Hậu Giang công nhận thêm 40 sản phẩm OCOP cấp tỉnh, gồm 12 sản phẩm 4 sao và 28 sản "
            "phẩm 3 sao.\n"
            "Ảnh: Sản phẩm được trưng bày tại hội chợ.\n"
            "Các sản phẩm này thuộc 25 chủ thể, trong đó có 9 hợp tác xã và 6 doanh nghiệp.")
    assert {f[3] for f in facts(text, dt.date(2022, 12, 20))} == {"new"}


def test_the_last_item_of_a_year_by_year_list_is_its_years_count() -> None:
    text = ("Quảng Trị: OCOP sau 3 năm\n"
            "Sau 3 năm, tỉnh Quảng Trị có 149 sản phẩm OCOP, cụ thể: năm 2019 có 42 sản phẩm; năm 2020 có 50 sản phẩm; "
            "năm 2021 có 57 sản phẩm.")
    assert [(f[2], f[3], f[7]) for f in facts(text)][1:] == [(2019, "new", 42), (2020, "new", 50), (2021, "new", 57)]


@pytest.mark.parametrize("dateline", ["Thứ Tư, 05/06/2024 08:30", "Cập nhật: 08:30 | 05/06/2024", "Thứ tư, 5.6.2024",
                                      "Ngày 05 tháng 06 năm 2024", "2024-06-05 08:30"])
def test_a_pages_dateline_in_any_common_writing_dates_it(dateline: str) -> None:
    text = f"Hà Nam có thêm sản phẩm OCOP\n{dateline}\nĐến nay, tỉnh Hà Nam có 180 sản phẩm OCOP.\n"
    assert extract(text, "articles/a.txt", None).published_from_text == dt.date(2024, 6, 5)


def test_a_respectively_list_opening_on_words_that_name_a_region() -> None:
    text = ("Tây Nguyên đẩy mạnh OCOP\n"
            "Ba địa phương có nhiều sản phẩm OCOP nhất vùng Tây Nguyên là Lâm Đồng, Gia Lai và Đắk Lắk với lần lượt 350, "
            "220 và 210 sản phẩm.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [
        ("Lâm Đồng", 350), ("Gia Lai", 220), ("Đắk Lắk", 210)]


def test_items_of_a_list_of_dated_headlines_are_read_each_afresh() -> None:
    text = ("Tag: OCOP Nghệ An\n"
            "Nghệ An có thêm 30 sản phẩm OCOP 4 sao (12/10/2023)\n"
            "Huyện Quỳnh Lưu dẫn đầu với 42 sản phẩm OCOP (05/08/2023)\n")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 10, 20))] == [("new", "4", 30), ("cumulative", None, 42)]


def test_a_provinces_few_products_no_word_counts_are_a_detail_a_districts_are_its_stock() -> None:
    text = ("Đặc sản An Giang vươn xa\n"
            "Tại lễ hội, tỉnh An Giang giới thiệu 3 sản phẩm OCOP là đường thốt nốt, khô cá lóc và trà kim ngân hoa.")
    assert facts(text, dt.date(2024, 6, 1)) == []
    # Rated, a few products are counted ("hai sản phẩm đạt bốn sao").
    text = "Mường Lát phát triển OCOP\nHuyện Mường Lát có 6 sản phẩm OCOP, đều là đặc sản vùng cao."
    assert [(f[0], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("district", 6)]


def test_a_producers_or_a_communes_count_inside_a_places_sentence_is_no_place_count() -> None:
    # After the district's figure, a clause whose subject is one producer or one commune.
    text = ("Bình Định: OCOP các huyện\nTính đến cuối năm 2023, huyện Tây Sơn đứng thứ hai với 38 sản phẩm OCOP, trong "
            "đó riêng Hợp tác xã Nông nghiệp Bình An đã có 9 sản phẩm làm từ rượu bàu đá.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 1, 10))] == [("Tây Sơn", 38)]
    text = ("Năm 2024, huyện Tiên Du có thêm 11 sản phẩm OCOP, trong đó Công ty TNHH Thực phẩm An Vượng góp 3 sản "
            "phẩm 4 sao.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [("Tiên Du", 11)]
    text = ("Huyện Hàm Yên có 35 sản phẩm OCOP\nTính đến cuối năm 2024, huyện Hàm Yên có 35 sản phẩm OCOP đạt 3 sao "
            "trở lên. Riêng xã Phù Lưu có 4 sản phẩm 3 sao: cam sành, mật ong, chè xanh và miến dong.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2025, 1, 5))] == [("Hàm Yên", 35)]
    text = "Toàn huyện Yên Thế có 27 sản phẩm OCOP. Tại xã Đồng Vương có 5 sản phẩm gà đồi đạt 3 sao."
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 7, 1))] == [("Yên Thế", 27)]
    # A commune the page is about, as the subject of "có".
    assert facts("Xã Tân Lập phát triển OCOP\nNăm nay, xã có 3 sản phẩm được công nhận OCOP 3 sao.",
                 dt.date(2024, 11, 5)) == []


def test_the_parts_of_a_producers_or_a_communes_count_are_no_place_count_either() -> None:
    text = ("Huyện Cần Giuộc có 12 sản phẩm OCOP\nCông ty TNHH Thực phẩm Hoàng Long đặt tại xã Long An, huyện Cần "
            "Giuộc. Hiện doanh nghiệp có 14 sản phẩm, trong đó đã có 6 sản phẩm đạt OCOP 3 sao.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 4, 2))] == [("Cần Giuộc", 12)]
    text = ("Làng nghề Đà Nẵng\nSau 3 năm, làng nghề nước mắm Nam Ô đã có 4 chủ thể tham gia chương trình OCOP. Trong "
            "đó, 3 chủ thể có sản phẩm đạt 4 sao.")
    assert facts(text, dt.date(2024, 11, 5)) == []
    # A breakdown of a place's own count still is the place's.
    text = ("Huyện Phú Lương có 36 sản phẩm OCOP\nĐến nay, huyện có 36 sản phẩm OCOP, gồm 9 sản phẩm 4 sao và 27 sản "
            "phẩm 3 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [(None, 36), ("4", 9), ("3", 27)]


def test_products_named_by_what_they_are_or_are_made_of_are_a_group_not_a_total() -> None:
    text = ("Huyện Chợ Lách có 21 sản phẩm OCOP\nĐến nay, huyện Chợ Lách có 21 sản phẩm OCOP. Về chủng loại, có 7 sản "
            "phẩm sầu riêng, 3 sản phẩm thức uống từ dừa và 2 sản phẩm mứt.")
    assert [f[7] for f in facts(text, dt.date(2024, 8, 1))] == [21]
    text = ("Hợp tác xã Hòa Nghĩa có 10 sản phẩm OCOP\nToàn huyện Thạnh Phú hiện có 15 sản phẩm OCOP, trong đó 8 sản "
            "phẩm làm từ con tôm.")
    assert [f[7] for f in facts(text, dt.date(2024, 8, 1))] == [15]


def test_counts_after_the_groups_they_belong_to_are_announced_are_groups() -> None:
    text = ("Tỉnh Trà Vinh có 20 sản phẩm OCOP năm 2022\nNăm 2022, tỉnh công nhận 20 sản phẩm OCOP. Các sản phẩm thuộc 5 "
            "ngành hàng: thực phẩm tươi sống 04 sản phẩm; thực phẩm chế biến 6; đồ uống 4; thảo dược 2 và thủ công mỹ "
            "nghệ 4.")
    assert [f[7] for f in facts(text, dt.date(2023, 1, 5))] == [20]
    text = "Năm 2023, huyện Lạng Giang có 14 sản phẩm OCOP thuộc 3 nhóm: thực phẩm 10 sản phẩm, đồ uống 3 và thảo dược 1."
    assert [f[7] for f in facts(text, dt.date(2023, 1, 5))] == [14]


def test_establishments_and_households_named_together_are_household_producers() -> None:
    text = ("Đến nay, tỉnh Kon Tum có 120 sản phẩm OCOP của 70 chủ thể: 15 doanh nghiệp, 25 hợp tác xã và 30 cơ sở, hộ "
            "sản xuất kinh doanh.")
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 3, 1)) if f[4] == "subjects"] == [
        (None, 70), ("enterprise", 15), ("cooperative", 25), ("household", 30)]
    text = ("Đến nay Đắk Nông có 60 chủ thể OCOP. Cơ cấu chủ thể: doanh nghiệp 30; hợp tác xã 18; cơ sở, hộ cá thể 11; tổ "
            "hợp tác 1.")
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 3, 1))] == [
        (None, 60), ("enterprise", 30), ("cooperative", 18), ("household", 11), ("cooperative_group", 1)]


def test_on_a_regional_page_a_paragraph_opening_with_a_province_is_about_that_province() -> None:
    text = ("Đồng bằng sông Cửu Long có 1.300 sản phẩm OCOP\nCác tỉnh vùng Đồng bằng sông Cửu Long hiện có 1.300 sản "
            "phẩm OCOP.\nTại Bến Tre, chương trình triển khai từ năm 2019 và được người dân hưởng ứng. Đến nay, 210 sản "
            "phẩm OCOP được công nhận 3 sao và 4 sao.\nTP Cần Thơ vừa công nhận thêm 12 sản phẩm.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [
        ("region", "Đồng bằng sông Cửu Long", 1300), ("province", "Bến Tre", 210), ("province", "Cần Thơ", 12)]


def test_the_whole_a_part_is_taken_from_counts_when_the_page_states_it_nowhere_else() -> None:
    text = ("Đồng Tháp phát triển OCOP\nĐến nay, 250 sản phẩm OCOP của tỉnh Đồng Tháp được công nhận 4 sao và 3 sao. Ba "
            "trong số 58 sản phẩm 4 sao đã được công nhận cấp quốc gia, đạt 5 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 6, 1))] == [(None, 250), ("4", 58)]
    # … not when it was stated before, nor when the level after it is the part's.
    text = ("Tỉnh Lai Châu có 80 sản phẩm OCOP, trong đó 20 sản phẩm 4 sao. Hai trong số 20 sản phẩm 4 sao được đề "
            "xuất đánh giá 5 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 6, 1))] == [(None, 80), ("4", 20)]
    # The part, when the level after the whole's noun follows a verb: "12 trong 21 sản phẩm đạt 3 sao" rates the 12.
    text = "Huyện Yên Lập có 21 sản phẩm OCOP.\nXét theo hạng sao, 12 trong 21 sản phẩm đạt 3 sao và 9 sản phẩm 4 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 6, 1))] == [(None, 21), ("3", 12), ("4", 9)]
    text = "Thị xã Sa Pa hiện có 30 sản phẩm OCOP; hai trong số 30 sản phẩm đó đã được xếp hạng 4 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 6, 1))] == [(None, 30), ("4", 2)]


def test_a_part_without_its_noun_that_says_its_result_is_the_rounds_result() -> None:
    text = ("Năm 2022, huyện Duy Xuyên đưa 7 sản phẩm vào đánh giá, phân hạng OCOP. Sau khi hội đồng chấm điểm, 5 trong "
            "số đó được xếp hạng OCOP 3 sao cấp tỉnh.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 1, 10))] == [("new", "3", 5)]
    text = "Tại kỳ đánh giá năm 2022, huyện Phong Thổ đưa 3 sản phẩm đi dự và cả ba đều được xếp hạng OCOP 3 sao."
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 1, 10))] == [("new", "3", 3)]
    text = "Huyện Hương Khê hiện có 25 sản phẩm OCOP, 3 trong số đó đạt tiêu chuẩn 4 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 1, 10))] == [(None, 25), ("4", 3)]


def test_a_count_since_the_year_began_is_the_years_count_whatever_stock_word_follows() -> None:
    text = "Nghệ An phát triển OCOP\nTừ đầu năm đến nay, tỉnh Nghệ An đã có 18 sản phẩm được công nhận OCOP."
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2022, 10, 10))] == [(2022, "new", 18)]
    text = ("Nghệ An phát triển OCOP\nSau 6 tháng đầu năm 2022, tỉnh Nghệ An đã có 25 sản phẩm được công nhận OCOP 3 "
            "sao trở lên.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2022, 10, 10))] == [(2022, "new", 25)]
    # … not a start year of the programme, years before the page.
    text = "Nghệ An phát triển OCOP\nTừ đầu năm 2019 đến nay, tỉnh Nghệ An đã có 120 sản phẩm OCOP."
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2022, 10, 10))] == [(2022, "cumulative", 120)]


def test_after_another_programmes_sentence_a_recognition_is_that_programmes() -> None:
    text = ("Bến Tre có thêm sản phẩm OCOP và sản phẩm công nghiệp nông thôn\nNăm 2023, tỉnh Bến Tre có thêm 30 sản phẩm "
            "OCOP.\nTheo quyết định, Bộ Công Thương công nhận 180 sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia "
            "năm 2023 của cả nước. Bến Tre có 05 sản phẩm được công nhận, gồm kẹo dừa, bánh phồng và ba sản phẩm mỹ "
            "nghệ.")
    assert [f[7] for f in facts(text, dt.date(2023, 12, 1))] == [30]
    # OCOP named again takes the context back.
    text = ("Năm 2023, tỉnh Đồng Tháp có 12 sản phẩm công nghiệp nông thôn tiêu biểu. Cũng trong năm, tỉnh công nhận thêm "
            "45 sản phẩm OCOP.")
    assert [f[7] for f in facts(text, dt.date(2023, 12, 1))] == [45]


def test_dossiers_sent_up_are_entries_not_ratings() -> None:
    text = ("Krông Pa gửi sản phẩm lên tỉnh\nHuyện Krông Pa (Gia Lai) vừa chuyển hồ sơ 3 sản phẩm là mật ong, tiêu đen "
            "và chuối sấy lên Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh.")
    assert facts(text, dt.date(2023, 5, 1)) == []
    text = "Năm 2023, các chủ thể của huyện Yên Thành đã nộp hồ sơ cho 9 sản phẩm OCOP. Kết quả, 7 sản phẩm đạt 3 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 5, 1))] == [("3", 7)]


def test_the_yearly_rise_of_ocop_products_prices_is_their_uplift() -> None:
    text = ("Nâng chuẩn đánh giá sản phẩm OCOP\nTriển khai được 6 năm, chương trình OCOP đã có mặt ở mọi địa phương "
            "trong cả nước, với hơn 14.000 sản phẩm được công nhận. Theo thống kê, giá bán của các sản phẩm OCOP đã tăng "
            "bình quân khoảng 12% mỗi năm.")
    assert [(f[0], f[2], f[4], f[7]) for f in facts(text)] == [
        ("national", 2024, "products", 14000), ("national", 2024, "price_uplift_pct", 12)]
    # A shop's sales rising each year is no uplift of certified products.
    text = "Năm 2024, doanh thu của cửa hàng giới thiệu sản phẩm tỉnh Bắc Giang tăng khoảng 15% mỗi năm."
    assert facts(text, dt.date(2024, 12, 1)) == []


def test_a_headlines_rated_count_stands_for_the_bodys_count_of_it_without_the_level() -> None:
    text = ("Hậu Giang công nhận 37 sản phẩm OCOP 4 sao\nNgày 30-10-2024, Hội đồng đề nghị UBND tỉnh Hậu Giang công nhận "
            "mới 17 sản phẩm và tái công nhận 20 sản phẩm đạt chuẩn OCOP 4 sao cấp tỉnh, tổng cộng 37 sản phẩm.")
    assert (None, 37) not in [(f[5], f[7]) for f in facts(text, dt.date(2024, 11, 1))]
    assert ("4", 37) in [(f[5], f[7]) for f in facts(text, dt.date(2024, 11, 1))]


def test_the_years_a_programme_has_run_counted_back_date_an_undated_page() -> None:
    text = ("OCOP đi vào đời sống\nHơn 2 năm qua, chương trình OCOP đã được cả hệ thống chính trị hưởng ứng. Đến nay, cả "
            "nước đã đánh giá, phân hạng được 1.500 sản phẩm.")
    assert [(f[2], f[7]) for f in facts(text)] == [(2020, 1500)]
    # The new-rural programme's decade says nothing of OCOP's years.
    text = ("Nông thôn mới và OCOP\nTrong 10 năm qua, chương trình nông thôn mới đã đổi thay diện mạo làng quê. Đến nay, "
            "tỉnh Phú Yên có 60 sản phẩm OCOP được công nhận năm 2023.")
    assert [(f[2], f[7]) for f in facts(text)] == [(2023, 60)]


def test_a_rounds_count_on_a_page_naming_one_star_level_is_at_that_level() -> None:
    text = ("Sông Mã có thêm 4 sản phẩm OCOP 3 sao\nNgày 20/11/2023, Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện "
            "Sông Mã xem xét công nhận lần đầu cho 4 sản phẩm, gồm long nhãn sấy, gạo nếp và hai loại chè.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 21))] == [("new", "3", 4)]
    # … not when the page names two levels, nor a stock.
    text = ("Sông Mã có thêm 4 sản phẩm OCOP\nNăm 2023, huyện Sông Mã công nhận 4 sản phẩm; trong đó 1 sản phẩm 4 sao "
            "và 3 sản phẩm 3 sao.")
    assert (None, 4) in [(f[5], f[7]) for f in facts(text, dt.date(2023, 11, 21))]
    # Another article's headline naming other levels does not make the page name them.
    text = ("Sông Mã có thêm 4 sản phẩm OCOP 3 sao\nNgày 20/11/2023, Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện "
            "Sông Mã xem xét công nhận lần đầu cho 4 sản phẩm, gồm long nhãn sấy, gạo nếp và hai loại chè.\n\nTin liên "
            "quan\nHà Tĩnh: 12 sản phẩm đạt OCOP 4 sao năm 2022\n")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 21))] == [("new", "3", 4)]
    text = "Huyện Mộc Châu hiện có 28 sản phẩm OCOP. Năm 2023, huyện có thêm 5 sản phẩm đạt 3 sao."
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 21))] == [
        ("cumulative", None, 28), ("new", "3", 5)]


def test_products_recognised_again_are_no_new_ones_whatever_level_they_keep() -> None:
    text = ("Năm 2024, Hội đồng đề nghị UBND tỉnh Bạc Liêu công nhận mới 12 sản phẩm và tái công nhận 9 sản phẩm đạt "
            "chuẩn OCOP 3 sao.")
    assert [f[7] for f in facts(text, dt.date(2024, 11, 1))] == [12]


def test_districts_listed_under_each_star_level_heading_take_that_level() -> None:
    text = ("Bạc Liêu công nhận 25 sản phẩm OCOP năm 2023\nUBND tỉnh Bạc Liêu vừa công nhận 25 sản phẩm OCOP năm 2023, "
            "gồm 6 sản phẩm 4 sao và 19 sản phẩm 3 sao. Cụ thể:\n4 sao (6 sản phẩm):\n- TP Bạc Liêu: 4 sản phẩm (bánh "
            "pía, lạp xưởng, muối hồng, trà atiso);\n- Huyện Hòa Bình: 2 sản phẩm (tôm khô, mắm ba khía).\n3 sao (19 sản "
            "phẩm):\n- Huyện Phước Long: 11 sản phẩm (gạo, cá khô, mật ong, nhang, rượu và 6 loại bánh);\n- Thị xã Giá "
            "Rai: 8 sản phẩm (muối, tôm khô, khô cá và 5 loại mắm).")
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1)) if f[0] == "district"] == [
        ("Bạc Liêu", "4", 4), ("Hòa Bình", "4", 2), ("Phước Long", "3", 11), ("Giá Rai", "3", 8)]


def test_five_years_written_in_words_count_the_programmes_years() -> None:
    # "năm năm" is five years; "năm" alone is no numeral, and reading it as one once stopped the whole article.
    text = "Tỉnh Yên Bái phát triển OCOP\nSau hơn năm năm thực hiện, tỉnh Yên Bái có 200 sản phẩm OCOP."
    assert [(f[2], f[7]) for f in facts(text)] == [(2023, 200)]


def test_products_on_a_market_channel_are_no_count_of_recognised_ones() -> None:
    text = ("Đến nay, tỉnh Trà Vinh có 300 sản phẩm OCOP. Trong năm, 12 sản phẩm của tỉnh đã vào hệ thống siêu thị "
            "trong nước và 20 sản phẩm OCOP có mặt trên các sàn thương mại điện tử.")
    assert [f[7] for f in facts(text, dt.date(2024, 8, 1))] == [300]


def test_products_that_had_a_level_and_were_raised_are_upgrades() -> None:
    text = ("Năm 2025, tỉnh Sóc Trăng công nhận 20 sản phẩm OCOP 4 sao. Trong đó, 8 sản phẩm lần đầu được công nhận. 12 "
            "sản phẩm còn lại vốn là 3 sao, nay được nâng lên 4 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2025, 6, 1))] == [("4", 20), ("4", 8)]


def test_a_producer_types_share_then_its_count_is_that_types_producers() -> None:
    text = "Đến nay, tỉnh Nghệ An có 500 chủ thể OCOP. Hợp tác xã chiếm 38%, tương đương 190 chủ thể."
    assert [(f[6], f[7]) for f in facts(text, dt.date(2025, 6, 1))] == [(None, 500), ("cooperative", 190)]
    # Two types together are no one type.
    text = "Đến nay, tỉnh Nghệ An có 500 chủ thể OCOP. Riêng hợp tác xã cùng tổ hợp tác đã chiếm tới 40%, tức 200 chủ thể."
    assert [(f[6], f[7]) for f in facts(text, dt.date(2025, 6, 1))] == [(None, 500)]


def test_tới_thời_điểm_này_is_a_stock_as_đến_thời_điểm_này() -> None:
    text = ("Trong giai đoạn 2015 - 2019, huyện Bình Liêu đã hỗ trợ 9 sản phẩm OCOP. Tới thời điểm này, huyện Bình Liêu "
            "có 12 sản phẩm OCOP.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2021, 3, 1))][-1:] == [("cumulative", 12)]


def test_the_years_a_periods_own_programme_has_run_date_an_undated_page() -> None:
    text = ("Sản phẩm OCOP ở Bảo Yên\nSau gần 3 năm thực hiện Nghị quyết của Huyện ủy về Chương trình OCOP giai đoạn 2021 "
            "- 2025, huyện Bảo Yên hiện có 25 sản phẩm được công nhận đạt tiêu chuẩn OCOP.")
    assert [(f[2], f[7]) for f in facts(text)] == [(2024, 25)]


def test_months_since_the_year_began_written_without_a_preposition() -> None:
    text = ("Lục Yên công nhận thêm sản phẩm OCOP\nNăm 2022, huyện Lục Yên đăng ký phát triển 12 sản phẩm OCOP đạt 3 sao. "
            "Tám tháng đầu năm, toàn huyện có 5 sản phẩm được cấp giấy chứng nhận OCOP hạng 3 sao.")
    assert ("new", "3", 5) in [(f[3], f[5], f[7]) for f in facts(text, dt.date(2022, 9, 20))]


def test_a_sectors_products_and_one_kind_of_producers_products_are_no_place_total() -> None:
    text = ("Theo kế hoạch năm 2020, huyện Bảo Thắng phấn đấu đạt 20 sản phẩm OCOP, trong đó ngành thực phẩm chiếm 15 "
            "sản phẩm, ngành thảo dược 3 sản phẩm và ngành đồ uống 2 sản phẩm.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2020, 3, 1))] == [("target", 20)]
    text = ("Hiện toàn tỉnh Kon Tum có 200 hợp tác xã nông nghiệp. Trong đó, 40 hợp tác xã đã tham gia OCOP và các HTX "
            "này đang có trong tay 95 sản phẩm OCOP được xếp hạng từ 3 sao trở lên.")
    assert [f[7] for f in facts(text, dt.date(2024, 3, 1)) if f[4] == "products"] == []
    # The branches of government are no sector of products.
    text = "Nhờ các cấp, các ngành cùng vào cuộc, đến nay toàn tỉnh Kon Tum đã có 148 sản phẩm OCOP."
    assert [f[7] for f in facts(text, dt.date(2024, 3, 1))] == [148]


def test_a_figure_for_each_fair_or_session_is_no_count() -> None:
    text = ("Trong hai năm qua, Bộ Công Thương tổ chức nhiều kỳ hội chợ OCOP tại Hà Nội. Mỗi kỳ có từ 150 đến 250 chủ thể "
            "OCOP tham gia, trưng bày sản phẩm từ 3 đến 5 sao của 30 tỉnh, thành phố.")
    assert facts(text, dt.date(2025, 6, 1)) == []


def test_after_the_rounds_of_a_year_named_just_before_a_count_is_that_years() -> None:
    text = ("Phú Yên tổng kết OCOP năm 2023\nTrong năm 2023 có 40 chủ thể mang 70 sản phẩm đăng ký vào chương trình. Sau "
            "các kỳ đánh giá, 52 sản phẩm của 31 chủ thể được công nhận và xếp hạng từ 3 sao trở lên.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2024, 3, 1))] == [(2023, "new", 52), (2023, "new", 31)]
    # Without a year's frame, every round so far: a stock.
    text = "Sau các kỳ đánh giá, phân hạng, tỉnh Phú Yên đã có 120 sản phẩm đạt chuẩn OCOP."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 3, 1))] == [("cumulative", 120)]


def test_producers_in_brackets_after_a_skipped_count_and_groups_announced_are_no_counts() -> None:
    text = ("Kế hoạch năm 2024, tỉnh Phú Yên dự kiến đưa vào chương trình 120 sản phẩm của 60 chủ thể (20 doanh nghiệp, "
            "15 hợp tác xã, 25 hộ kinh doanh), chia thành 6 nhóm: thực phẩm 70 sản phẩm, đồ uống 30 sản phẩm và thủ công "
            "mỹ nghệ 20 sản phẩm.")
    assert facts(text, dt.date(2024, 3, 1)) == []


def test_a_provincial_five_star_score_awaiting_the_centre_is_a_potential() -> None:
    text = ("Năm 2023, tỉnh Ninh Thuận công nhận 40 sản phẩm OCOP. Trong số sản phẩm được xếp hạng, 1 sản phẩm đạt điểm 5 "
            "sao và đang được trình Hội đồng đánh giá, phân hạng sản phẩm OCOP Trung ương công nhận.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 3, 1))] == [(None, 40), ("potential_5", 1)]
    # A count of its own named after the centre keeps the level before it.
    text = ("UBND tỉnh Ninh Thuận công nhận thêm 9 sản phẩm OCOP đạt 4 sao, trình Hội đồng Trung ương xem xét 2 sản phẩm "
            "OCOP cấp quốc gia.")
    assert ("4", 9) in [(f[5], f[7]) for f in facts(text, dt.date(2024, 3, 1))]


def test_a_rank_held_now_with_its_count_is_a_stock() -> None:
    # (after a sentence on a round, whose kind and year it no longer takes)
    text = ("Làng nghề và OCOP\nNăm 2020, thành phố công nhận thêm 280 sản phẩm OCOP. Hiện Hà Nội dẫn đầu cả nước với "
            "3.100 sản phẩm được chứng nhận OCOP.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2025, 6, 9))] == [
        (2020, "new", 280), (2025, "cumulative", 3100)]


def test_products_at_a_festival_and_producers_honoured_are_no_counts() -> None:
    text = ("Kon Tum có 18 sản phẩm tiêu biểu tham gia Festival OCOP 2025\nTại lễ khai mạc, Ban Tổ chức vinh danh 20 chủ "
            "thể OCOP quốc gia tiêu biểu của cả nước.")
    assert facts(text, dt.date(2025, 12, 21)) == []


def test_an_ocop_count_in_a_sentence_about_new_rural_standards_is_still_an_ocop_count() -> None:
    text = ("Trong năm 2023, tỉnh Thanh Hóa có thêm 1 huyện và 17 xã đạt chuẩn nông thôn mới, 24 xã đạt chuẩn nông thôn "
            "mới nâng cao, cùng 147 sản phẩm OCOP.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 1, 5))] == [("new", 147)]


def test_a_total_named_by_a_product_word_and_broken_down_by_level_is_the_places_total() -> None:
    text = ("Với kết quả này, lũy kế đến nay Yên Bái có 120 sản phẩm nông sản đạt OCOP cấp tỉnh, trong đó 20 sản phẩm 4 "
            "sao và 100 sản phẩm 3 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 12, 1))] == [(None, 120), ("4", 20), ("3", 100)]
    # A group whose levels do not add up to it stays a group.
    text = "Đến nay Yên Bái có 300 sản phẩm OCOP, trong đó 120 sản phẩm nông sản và 20 sản phẩm 4 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 12, 1))] == [(None, 300), ("4", 20)]


def test_a_body_figure_the_headline_gives_with_its_year_takes_that_year() -> None:
    # An undated page whose latest date is the ceremony's, a year after the round the headline names.
    text = ("Điện Biên công bố 35 sản phẩm OCOP năm 2021\nQua hai đợt phân hạng trong năm, Điện Biên có 35 sản phẩm OCOP "
            "cấp tỉnh. Chiều 14/12/2022, tỉnh tổ chức hội nghị tổng kết và công bố quyết định công nhận. Cụ thể, đợt 1 "
            "công nhận 20 sản phẩm, đợt 2 có thêm 15 sản phẩm.")
    assert {f[2] for f in facts(text)} == {2021}

# Eleventh pass: what was done to a count is read past its owners, and products brought or chosen for an activity are
# no rating (probe sentences written in families; half of each family was written before the rule and checked after).

PROVINCE_PAGE = "Nam Định đẩy mạnh chương trình OCOP\n\nChương trình OCOP của tỉnh tiếp tục được triển khai.\n\n"


@pytest.mark.parametrize("sentence", [
    "Năm 2023, huyện Hải Hậu có 15 chủ thể với 27 sản phẩm được hỗ trợ, tổng kinh phí hơn 600 triệu đồng.",
    "Riêng huyện Cẩm Khê có 10 hợp tác xã với 18 sản phẩm được hỗ trợ kinh phí quảng bá.",
    "Có 25 sản phẩm, của 14 chủ thể, được tỉnh hỗ trợ thiết kế bao bì.",
    "Có 31 sản phẩm, thuộc 20 chủ thể, được huyện hỗ trợ in mã QR truy xuất nguồn gốc.",
    "Năm 2024, 14 chủ thể cùng 25 sản phẩm được tỉnh hỗ trợ tham gia các hội chợ xúc tiến thương mại.",
])
def test_support_named_after_a_counts_owners_is_no_rating(sentence: str) -> None:
    assert facts(PROVINCE_PAGE + sentence, dt.date(2024, 6, 10)) == []


@pytest.mark.parametrize("sentence", [
    "Tỉnh đã chọn 30 sản phẩm OCOP để hỗ trợ xây dựng thương hiệu trong năm 2024.",
    "Sở Công Thương đã chọn 12 sản phẩm OCOP tiêu biểu để giới thiệu tại hội chợ quốc tế.",
    "Đợt này, 8 cơ sở của huyện Xuân Trường mang 13 sản phẩm đến Hội đồng để chấm điểm.",
    "Năm 2024, 6 hợp tác xã của huyện Ý Yên mang 11 sản phẩm tới Hội đồng cấp tỉnh để đánh giá.",
    "Các xã đã đề xuất 24 sản phẩm của 17 chủ thể để tham gia đánh giá trong năm 2024.",
])
def test_products_chosen_or_brought_for_an_activity_are_no_rating(sentence: str) -> None:
    assert facts(PROVINCE_PAGE + sentence, dt.date(2024, 6, 10)) == []


def test_products_named_with_a_registration_are_entries() -> None:
    text = PROVINCE_PAGE + "Đã có 21 chủ thể nộp phiếu đăng ký ý tưởng sản phẩm OCOP với 34 sản phẩm."
    assert facts(text, dt.date(2024, 6, 10)) == []
    text = PROVINCE_PAGE + "Năm nay có 18 chủ thể nộp hồ sơ dự thi với 29 sản phẩm, Hội đồng sẽ chấm vào tháng 10."
    assert facts(text, dt.date(2024, 6, 10)) == []


def test_a_result_or_a_national_aim_keeps_a_count_with_a_purpose() -> None:
    text = PROVINCE_PAGE + "Năm 2024, UBND tỉnh công nhận 30 sản phẩm OCOP để các chủ thể in tem và quảng bá."
    assert short(text, dt.date(2024, 6, 10)) == [("Nam Định", 2024, "new", None, 30)]
    text = PROVINCE_PAGE + "Hiện tỉnh có 2 sản phẩm đủ điểm để đề nghị Trung ương công nhận 5 sao."
    assert short(text, dt.date(2024, 6, 10)) == [("Nam Định", 2024, "cumulative", "potential_5", 2)]


def test_owners_named_without_a_closing_comma_keep_what_follows() -> None:
    # (the owners take part in the programme; the products are the province's stock)
    text = PROVINCE_PAGE + "Cộng dồn các đợt, toàn tỉnh hiện có 312 sản phẩm OCOP của 170 chủ thể tham gia chương trình."
    assert short(text, dt.date(2024, 6, 10)) == [("Nam Định", 2024, "cumulative", None, 312),
                                                  ("Nam Định", 2024, "cumulative", None, 170)]
    text = PROVINCE_PAGE + "Danh mục năm 2024 gồm 96 sản phẩm của 41 chủ thể, chủ yếu là thực phẩm và đồ uống."
    assert facts(text, dt.date(2024, 6, 10)) == []


def test_the_rounds_of_a_named_year_give_new_products() -> None:
    text = PROVINCE_PAGE + "Sau các kỳ đánh giá năm 2023, có 99 sản phẩm được công nhận OCOP từ 3 sao trở lên."
    assert short(text, dt.date(2024, 2, 1)) == [("Nam Định", 2023, "new", None, 99)]
    text = PROVINCE_PAGE + "Sau các đợt xét chọn trong năm 2024, 41 sản phẩm được UBND tỉnh công nhận đạt chuẩn OCOP."
    assert short(text, dt.date(2024, 12, 20)) == [("Nam Định", 2024, "new", None, 41)]
    # (the rounds of two years added up: a stock)
    text = PROVINCE_PAGE + "Trước đó, qua các lần xếp hạng năm 2021 và đợt 1/2022, tỉnh có 88 sản phẩm được công nhận OCOP."
    assert short(text, dt.date(2022, 9, 1))[0][2] == "cumulative"
    # (no year with them: all rounds so far, a stock)
    text = PROVINCE_PAGE + "Qua các đợt đánh giá, đến nay tỉnh đã có 260 sản phẩm đạt chuẩn OCOP."
    assert short(text, dt.date(2024, 12, 20)) == [("Nam Định", 2024, "cumulative", None, 260)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ngày 5/9/2024, UBND tỉnh Nghệ An công nhận 12 sản phẩm OCOP của huyện Yên Thành đạt 3 sao.",
     [("Yên Thành", 2024, "new", "3", 12)]),
    ("Hội đồng tỉnh Quảng Ninh công nhận 5 sản phẩm của thị xã Đông Triều đạt 4 sao.",
     [("Đông Triều", 2024, "new", "4", 5)]),
    ("Tháng 8/2024, UBND tỉnh Thanh Hóa quyết định công nhận 6 sản phẩm OCOP 3 sao của huyện Nga Sơn.",
     [("Nga Sơn", 2024, "new", "3", 6)]),
    ("UBND tỉnh Phú Thọ vừa ra quyết định công nhận 9 sản phẩm OCOP thuộc huyện Thanh Sơn, trong đó có 2 sản phẩm 4 sao.",
     [("Thanh Sơn", 2024, "new", None, 9), ("Thanh Sơn", 2024, "new", "4", 2)]),
    # (two districts own it together: the province's count)
    ("UBND tỉnh Bắc Ninh công nhận 10 sản phẩm OCOP của huyện Gia Bình và huyện Lương Tài.",
     [("Bắc Ninh", 2024, "new", None, 10)]),
])
def test_a_district_named_right_after_the_noun_owns_the_count(sentence: str, expected: list) -> None:
    assert short("Tin OCOP\n\n" + sentence, dt.date(2024, 10, 1)) == expected


# From the thirty-seventh batch (scored blind first: 0.533 / 0.649), each rule checked on a family of our own.

def test_an_undated_page_comparing_with_a_year_is_of_the_year_after() -> None:
    text = "Huyện Tiên Yên phát triển OCOP\n\nĐến nay, huyện Tiên Yên có 21 sản phẩm OCOP, tăng 5 sản phẩm so với cùng kỳ năm 2022."
    assert short(text) == [("Tiên Yên", 2023, "cumulative", None, 21)]
    text = "Huyện Hạ Hòa phát triển OCOP\n\nHiện huyện Hạ Hòa có 33 sản phẩm đạt OCOP, nhiều hơn 8 sản phẩm so với năm 2021."
    assert short(text) == [("Hạ Hòa", 2022, "cumulative", None, 33)]


def test_a_plan_to_the_end_of_the_year_is_the_years_plan() -> None:
    text = ("Huyện Yên Lập phát triển OCOP\n\nHiện huyện Yên Lập có 19 sản phẩm OCOP. Từ nay đến hết năm, huyện phấn đấu "
            "có thêm 3 sản phẩm đạt chuẩn.")
    assert short(text, dt.date(2023, 11, 20)) == [("Yên Lập", 2023, "cumulative", None, 19),
                                                   ("Yên Lập", 2023, "target", None, 3)]


@pytest.mark.parametrize("text", [
    "Huyện Bắc Sơn phát triển OCOP\n\nHiện toàn huyện có 14 sản phẩm đã được UBND tỉnh Lạng Sơn công nhận đạt OCOP, trong "
    "đó 3 sản phẩm đạt 4 sao, 11 sản phẩm đạt 3 sao.",
    "Huyện Bắc Sơn phát triển OCOP\n\nHuyện có 14 sản phẩm được Hội đồng tỉnh Lạng Sơn xếp hạng OCOP; trong đó 3 sản phẩm "
    "4 sao và 11 sản phẩm 3 sao.",
])
def test_the_province_that_recognised_a_districts_count_does_not_take_its_parts(text: str) -> None:
    assert short(text, dt.date(2024, 5, 2)) == [("Bắc Sơn", 2024, "cumulative", None, 14),
                                                 ("Bắc Sơn", 2024, "cumulative", "4", 3),
                                                 ("Bắc Sơn", 2024, "cumulative", "3", 11)]


def test_the_products_of_one_type_of_producer_are_no_count_of_the_place() -> None:
    text = ("Huyện Bình Liêu phát triển OCOP\n\nHiện huyện Bình Liêu có 20 sản phẩm OCOP của 9 chủ thể. Cụ thể, 02 doanh "
            "nghiệp với 05 sản phẩm OCOP, 04 hợp tác xã có 11 sản phẩm OCOP và 03 hộ kinh doanh với 04 sản phẩm OCOP.")
    assert [(f[4], f[6], f[7]) for f in facts(text, dt.date(2024, 5, 2))] == [
        ("products", None, 20), ("subjects", None, 9), ("subjects", "enterprise", 2), ("subjects", "cooperative", 4),
        ("subjects", "household", 3)]


def test_the_rated_part_of_the_programmes_products_now_is_a_stock() -> None:
    text = ("Huyện Tam Đảo phát triển OCOP\n\nHiện nay, toàn huyện có 52 sản phẩm tham gia Chương trình OCOP, trong đó 31 "
            "sản phẩm đã được công nhận từ 3 sao trở lên.")
    assert ("Tam Đảo", 2024, "cumulative", None, 31) in short(text, dt.date(2024, 5, 2))


@pytest.mark.parametrize("text", [
    "Tỉnh Hòa Bình duyệt sản phẩm OCOP\n\nBan Chỉ đạo tỉnh Hòa Bình đã chấp thuận cho 12 sản phẩm tham gia chu trình OCOP "
    "năm 2024, gồm 7 sản phẩm của huyện Lạc Sơn và 5 sản phẩm của huyện Tân Lạc.",
    "Tỉnh Hòa Bình duyệt sản phẩm OCOP\n\nTrong đợt này, 9 sản phẩm mới của tỉnh Hòa Bình được chấp thuận tham gia chu "
    "trình OCOP.",
])
def test_products_admitted_to_the_programme_are_entries(text: str) -> None:
    assert facts(text, dt.date(2024, 5, 2)) == []


def test_months_of_a_named_year_count_new_products() -> None:
    text = ("Huyện Quỳ Hợp phát triển OCOP\n\nĐến tháng 9/2023, huyện Quỳ Hợp có 18 sản phẩm OCOP. Riêng 9 tháng năm 2023, "
            "huyện có thêm 5 sản phẩm được công nhận.")
    assert short(text, dt.date(2023, 10, 2)) == [("Quỳ Hợp", 2023, "cumulative", None, 18),
                                                  ("Quỳ Hợp", 2023, "new", None, 5)]


def test_a_potential_to_take_part_in_the_national_rating_is_a_potential_5_star() -> None:
    text = ("Tỉnh Lào Cai phát triển OCOP\n\nToàn tỉnh có 210 sản phẩm OCOP, trong đó có 02 sản phẩm tiềm năng tham gia đánh "
            "giá, xếp hạng 5 sao cấp quốc gia.")
    assert short(text, dt.date(2023, 10, 2))[1] == ("Lào Cai", 2023, "cumulative", "potential_5", 2)


def test_a_score_band_given_with_its_level_rates_the_count() -> None:
    text = ("Tỉnh Hà Giang chấm OCOP\n\nKết quả chấm điểm, có 12 sản phẩm đạt từ 70 đến dưới 90 điểm (tương đương hạng 4 "
            "sao) và 31 sản phẩm đạt từ 50 đến dưới 70 điểm, tương ứng 3 sao.")
    assert [f[3] for f in short(text, dt.date(2023, 10, 2))] == ["4", "3"]
    # (a score that only sends products on stays no rating)
    text = "Tỉnh Hà Giang chấm OCOP\n\nCó 6 sản phẩm đạt trên 70 điểm được đề nghị Hội đồng tỉnh xem xét."
    assert facts(text, dt.date(2023, 10, 2)) == []


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Sáu sản phẩm lần này đều đạt 3 sao.", ["new"]),
    ("Tổng cộng 14 sản phẩm đợt này được công nhận đạt chuẩn OCOP.", ["new"]),
    ("Có 15 sản phẩm ở kỳ này đạt chuẩn OCOP 3 sao.", ["new"]),
    ("Tổng cộng 20 sản phẩm đợt I năm 2024 được công nhận.", ["new"]),
    ("Hiện tỉnh có 250 sản phẩm OCOP; 12 sản phẩm đợt 1 vừa được trao chứng nhận.", ["cumulative", "new"]),
])
def test_a_rounds_word_right_after_the_noun_makes_the_count_the_rounds(sentence: str, kinds: list) -> None:
    assert [f[2] for f in short(PROVINCE_PAGE + sentence, dt.date(2024, 12, 20))] == kinds


def test_a_province_proposing_its_products_for_the_national_rating_counts_potential_5_stars() -> None:
    text = PROVINCE_PAGE + "Năm nay tỉnh đề xuất 3 sản phẩm tham gia đánh giá, phân hạng cấp quốc gia."
    assert short(text, dt.date(2024, 12, 20)) == [("Nam Định", 2024, "new", "potential_5", 3)]
    text = PROVINCE_PAGE + "Hội đồng cấp tỉnh chọn 4 sản phẩm gửi tham gia đánh giá cấp quốc gia."
    assert short(text, dt.date(2024, 12, 20))[0][3:] == ("potential_5", 4)
    # (the national council's entries, proposed by no one named: entries)
    text = ("Cả nước thêm sản phẩm 5 sao\n\nNăm 2024 có 52 sản phẩm tham gia đánh giá cấp quốc gia, 28 sản phẩm được "
            "công nhận 5 sao.")
    assert [f[4] for f in short(text, dt.date(2024, 12, 20))] == [28]


# From the thirty-eighth batch (scored blind first: 0.587 / 0.658, the same with the pass's start code).

def test_a_one_word_district_named_bare_in_the_headline_is_the_pages_place() -> None:
    text = ("Báo Đắk Lắk điện tử\n\nBuôn Đôn có 12 sản phẩm OCOP 3 sao\n\nẢnh: Sản phẩm của huyện Buôn Đôn được giới "
            "thiệu tại TP. Quy Nhơn.\n\nTừ năm 2020 tới nay, huyện đã có 12 sản phẩm được công nhận OCOP 3 sao. Tại hội "
            "chợ ở TP. Quy Nhơn (Bình Định), các sản phẩm được nhiều khách hàng quan tâm.")
    assert {f[0] for f in short(text, dt.date(2024, 3, 1))} == {"Buôn Đôn"}
    text = ("Báo Gia Lai điện tử\n\nKbang có 9 sản phẩm OCOP\n\nSản phẩm OCOP của huyện Kbang được giới thiệu tại TP. "
            "Tuy Hòa.\n\nĐến nay, huyện đã có 9 sản phẩm đạt OCOP 3 sao. Hội chợ diễn ra ở TP. Tuy Hòa (Phú Yên).")
    assert {f[0] for f in short(text, dt.date(2024, 3, 1))} == {"Kbang"}


@pytest.mark.parametrize(("sentence", "place"), [
    ("Với nhiều lợi thế, ĐBSCL hiện đứng thứ 2 cả nước, chỉ sau vùng Đồng bằng sông Hồng, với hơn 3.900 sản phẩm OCOP.",
     "Đồng bằng sông Cửu Long"),
    ("Năm 2025, Đồng Tháp đứng thứ hai cả nước, chỉ sau Hà Nội, với 860 sản phẩm OCOP.", "Đồng Tháp"),
])
def test_the_place_a_rank_is_compared_with_is_not_the_counts(sentence: str, place: str) -> None:
    assert short("Tin OCOP\n\n" + sentence, dt.date(2025, 9, 1))[0][0] == place


def test_a_place_inside_an_aside_closed_before_the_count_is_the_asides() -> None:
    text = ("Tin OCOP\n\nRiêng vùng ĐBSCL, số sản phẩm đạt 3 sao trở lên đã vượt mốc 2.000 (tương đương 18,8% tổng số sản "
            "phẩm OCOP cả nước), với 922 chủ thể OCOP.")
    assert [f[0] for f in short(text, dt.date(2023, 9, 1))] == ["Đồng bằng sông Cửu Long"] * 2


def test_an_undated_page_of_a_plan_is_written_in_the_year_of_its_first_plan() -> None:
    text = ("Huyện Bảo Lâm phát triển OCOP\n\nĐến nay, huyện Bảo Lâm có 11 sản phẩm OCOP. \"Theo kế hoạch, năm 2023 huyện "
            "sẽ phát triển thêm 6 sản phẩm OCOP. Đến năm 2025, huyện phấn đấu mỗi xã có ít nhất 1 sản phẩm\", ông cho "
            "biết.")
    assert short(text)[0] == ("Bảo Lâm", 2023, "cumulative", None, 11)


def test_a_province_recognising_its_own_round_after_a_year_is_the_rounds_place() -> None:
    # (a year before the authority is no count stated before it: the province decides its own round)
    text = ("Ninh Thuận tin OCOP\n\nTỉnh Ninh Thuận có 90 sản phẩm OCOP.\n\nBình Thuận có thêm 30 sản phẩm OCOP năm 2023\n"
            "Năm 2023, UBND tỉnh Bình Thuận công nhận 30 sản phẩm đạt chuẩn OCOP, chủ yếu là thực phẩm.")
    assert ("Bình Thuận", 2023, "new", None, 30) in short(text, dt.date(2024, 1, 5))


# From the thirty-ninth batch (scored blind first: 0.523 / 0.833, the same with the pass's start code).

@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Theo ông Nguyễn Văn An, Chi cục trưởng Chi cục Phát triển nông thôn, năm 2020 toàn tỉnh có 19 sản phẩm được "
     "công nhận là sản phẩm OCOP cấp tỉnh.", ["new"]),
    ("Sang năm 2021, tỉnh có 37 sản phẩm của 11 chủ thể được công nhận sản phẩm OCOP.", ["new", "new"]),
])
def test_a_year_opening_a_clause_after_a_speaker_or_a_step_of_a_series_dates_its_recognitions(sentence: str,
                                                                                              kinds: list) -> None:
    assert [f[2] for f in short(PROVINCE_PAGE + sentence, dt.date(2022, 3, 1))] == kinds


def test_carrying_out_a_plan_is_no_plan_of_its_own() -> None:
    text = PROVINCE_PAGE + "Năm 2021, khi triển khai kế hoạch của tỉnh, tỉnh đã có 8 sản phẩm được công nhận."
    assert [f[2] for f in short(text, dt.date(2022, 3, 1))] != ["target"]


def test_owning_products_now_is_a_stock() -> None:
    text = ("Huyện Thạch Thất phát triển OCOP\n\nHiện huyện Thạch Thất đã sở hữu 142 sản phẩm được chứng nhận OCOP từ 3 "
            "sao trở lên.")
    assert short(text, dt.date(2022, 6, 1)) == [("Thạch Thất", 2022, "cumulative", None, 142)]


def test_a_districts_products_taking_part_in_this_years_programme_are_entries() -> None:
    text = ("Mê Linh: 60 sản phẩm đạt chuẩn OCOP\n\nĐến hết năm 2023, huyện Mê Linh đã có 60 sản phẩm được công nhận.\n\n"
            "Năm sản phẩm của huyện tham gia Chương trình OCOP năm nay gồm: hoa hồng sấy; trà hoa cúc của Công ty TNHH "
            "Nông sản sạch Việt Nam.")
    assert short(text, dt.date(2023, 6, 1)) == [("Mê Linh", 2023, "cumulative", None, 60)]


def test_a_bare_district_of_the_outlets_province_is_that_district() -> None:
    text = ("Sản phẩm OCOP của Sơn Tây phát huy hiệu quả\n\nĐến thời điểm này, Sơn Tây có 78 sản phẩm của 14 chủ thể đã "
            "qua đánh giá, phân hạng OCOP ở mức 3 sao, 4 sao.")
    result = extract(text, "articles/x.txt", dt.date(2022, 7, 29), outlet="Nhịp sống Hà Nội (Hànộimới)")
    assert {(c.geo_level, c.geo_name) for c in result.claims} == {("district", "Sơn Tây")}


# From the fortieth batch (scored blind first: 0.650 / 0.697, the same with the pass's start code and after three
# batches' rules).

def test_a_stock_told_as_the_years_and_stated_again_as_a_total_is_the_stock() -> None:
    text = ("Hà Nam phát triển OCOP\n\nNăm 2023, tỉnh Hà Nam đã đánh giá và công nhận được 260 sản phẩm OCOP, gồm 70 sản "
            "phẩm 4 sao và 190 sản phẩm 3 sao.\n\nLũy kế từ năm 2019 đến hết năm 2023, tỉnh đã công nhận tổng cộng 260 "
            "sản phẩm OCOP, trong đó 70 sản phẩm 4 sao và 190 sản phẩm 3 sao.")
    assert {f[2] for f in short(text, dt.date(2024, 1, 10))} == {"cumulative"}
    # (a round whose figures are small repeats a stock's by chance: both stay)
    text = ("Huyện Kim Bảng phát triển OCOP\n\nNăm 2020, huyện Kim Bảng công nhận 6 sản phẩm, gồm 2 sản phẩm 4 sao và 4 sản "
            "phẩm 3 sao.\n\nTính đến hết năm 2020, toàn huyện có 6 sản phẩm, trong đó 2 sản phẩm 4 sao và 4 sản phẩm 3 sao.")
    assert {f[2] for f in short(text, dt.date(2021, 1, 10))} == {"new", "cumulative"}


def test_a_rated_item_after_a_comma_is_no_object_of_the_verb_ending_the_item_before() -> None:
    text = (PROVINCE_PAGE + "Trong số đó có 3 sản phẩm 5 sao, 9 sản phẩm tiềm năng 5 sao đang chờ Bộ đánh giá, 420 sản "
            "phẩm 4 sao và 880 sản phẩm 3 sao.")
    assert [f[3:5] for f in short(text, dt.date(2024, 1, 10))] == [("5", 3), ("potential_5", 9), ("4", 420), ("3", 880)]
    # (an activity opening the sentence still rules the count after its comma)
    text = PROVINCE_PAGE + "Sau vòng đánh giá ở cấp huyện, 35 sản phẩm được chọn để tỉnh xem xét xếp hạng 4 sao."
    assert facts(text, dt.date(2024, 1, 10)) == []


def test_where_the_products_of_the_item_before_come_from_is_no_place_of_the_next_count() -> None:
    text = ("Lạng Sơn xếp hạng OCOP\n\nCụ thể, 4 sản phẩm được xếp hạng 4 sao là quýt vàng, tinh dầu hồi (huyện Văn "
            "Quan), thạch đen (huyện Tràng Định); 12 sản phẩm đạt 3 sao, trong đó có vịt cổ xanh, mật ong.")
    assert {f[0] for f in short(text, dt.date(2021, 2, 1))} == {"Lạng Sơn"}


# From the forty-first batch (scored blind first: 0.649 / 0.688 with the pass's start code, 0.667 / 0.688 after
# four batches' rules).

def test_an_undated_page_counting_what_a_past_period_recognised_has_reached_its_end() -> None:
    text = ("Quảng Trị phát triển OCOP\n\nĐến nay toàn tỉnh Quảng Trị đã có 91 sản phẩm được chứng nhận.\n\nTận dụng thế "
            "mạnh của mình, trong giai đoạn 2019 - 2021 huyện Vĩnh Linh có 10 sản phẩm được công nhận đạt chuẩn OCOP.\n\n"
            "Năm 2020 hạt tiêu đỏ của hợp tác xã được chứng nhận OCOP 4 sao.")
    assert short(text) == [("Quảng Trị", 2021, "cumulative", None, 91), ("Vĩnh Linh", 2021, "cumulative", None, 10)]


def test_parts_after_a_raised_total_break_down_that_total() -> None:
    text = ("Huyện Hưng Hà phát triển OCOP\n\nNăm 2023, 19 sản phẩm của huyện Hưng Hà được công nhận OCOP 3 sao, nâng tổng "
            "số sản phẩm OCOP của huyện lên 24 sản phẩm; trong đó có 5 sản phẩm đạt 4 sao.")
    assert short(text, dt.date(2024, 1, 31)) == [("Hưng Hà", 2023, "new", "3", 19), ("Hưng Hà", 2023, "cumulative", None, 24),
                                                  ("Hưng Hà", 2023, "cumulative", "4", 5)]


# From the forty-second batch (scored blind first: 0.614 / 0.743 with the pass's start code, 0.628 / 0.743 after
# five batches' rules).

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ở đợt xếp hạng đầu tiên năm 2022, tỉnh có 8 trên 12 sản phẩm được công nhận OCOP cấp tỉnh.",
     [("Tây Ninh", 2022, "new", None, 8)]),
    ("Sau phiên họp, 8 trên tổng số 12 sản phẩm được xem xét đạt chuẩn OCOP cấp tỉnh.",
     [("Tây Ninh", 2022, "new", None, 8)]),
    ("Năm 2022, tỉnh có 24 trên 25 sản phẩm đạt hạng 3 sao.", [("Tây Ninh", 2022, "new", "3", 24)]),
])
def test_the_part_of_a_share_written_with_tren_is_the_rounds_result(sentence: str, expected: list) -> None:
    page = "Tây Ninh tin OCOP\n\nChương trình OCOP của tỉnh Tây Ninh tiếp tục được triển khai.\n\n"
    assert short(page + sentence, dt.date(2022, 11, 25)) == expected


def test_products_in_a_contest_are_entries_and_those_rated_the_result() -> None:
    text = ("Tây Ninh tin OCOP\n\nNăm 2022, trong 03 sản phẩm của tỉnh Tây Ninh dự hội thi đánh giá OCOP, có 02 sản "
            "phẩm được xếp hạng OCOP 03 sao.")
    assert short(text, dt.date(2022, 11, 25)) == [("Tây Ninh", 2022, "new", "3", 2)]


# From the forty-third batch (scored blind first: 0.630 / 0.640 with the pass's start code and after six batches'
# rules alike).

def test_an_undated_page_is_dated_by_the_unix_time_its_image_is_named_by() -> None:
    text = ("Huyện Ba Tơ phát triển OCOP\n\nanh-ocop-ba-to-1714636978.jpg\n\nSau 7 năm thực hiện Chương trình, đến nay "
            "toàn huyện Ba Tơ có 6 sản phẩm được công nhận đạt chuẩn OCOP.")
    assert short(text) == [("Ba Tơ", 2024, "cumulative", None, 6)]
    # (milliseconds too; a ten-digit id outside the years a page can be of dates nothing)
    text = ("Huyện Ba Tơ phát triển OCOP\n\nz4991510455189_a4fcc8f5.jpg\n\nĐến nay toàn huyện Ba Tơ có 6 sản phẩm được "
            "công nhận đạt chuẩn OCOP. Năm 2022 huyện có thêm 2 sản phẩm.")
    assert short(text)[0][1] == 2022


def test_a_part_of_a_stock_just_recognised_is_the_latest_rounds() -> None:
    text = ("Huyện Yên Lập phát triển OCOP\n\nTính đến tháng 11/2024 huyện Yên Lập đã có 32 sản phẩm được công nhận OCOP. "
            "Trong số đó, 9 sản phẩm vừa được đánh giá, phân hạng hồi tháng 11.")
    assert short(text, dt.date(2024, 12, 2)) == [("Yên Lập", 2024, "cumulative", None, 32),
                                                  ("Yên Lập", 2024, "new", None, 9)]


def test_a_districts_distinctive_products_for_tourism_are_no_ocop_count() -> None:
    text = ("Tịnh Biên phát triển mỗi xã một sản phẩm\n\nTrong năm 2021, huyện Tịnh Biên đã rà soát và phát triển được 22 "
            "sản phẩm đặc thù của địa phương phục vụ du lịch. Năm nay có 02 sản phẩm đạt OCOP 3 sao.")
    assert [f[4] for f in short(text, dt.date(2021, 11, 1))] == [2]


def test_the_target_work_is_done_for_is_a_target() -> None:
    text = (PROVINCE_PAGE + "Tỉnh đang hỗ trợ các chủ thể để trình xem xét công nhận trong đợt 2 năm 2024, nhằm hoàn thành "
            "chỉ tiêu năm 2024 có 10 sản phẩm đạt chuẩn OCOP.")
    assert short(text, dt.date(2024, 9, 1)) == [("Nam Định", 2024, "target", None, 10)]
    text = PROVINCE_PAGE + "Sau đợt 1, tỉnh tiếp tục hoàn thiện hồ sơ để đạt mục tiêu năm 2024 có 30 sản phẩm OCOP."
    assert short(text, dt.date(2024, 9, 1)) == [("Nam Định", 2024, "target", None, 30)]


# From the twelfth pass's own families of sentences (written before any rule; the held-aside half checked after).

def test_a_supplementary_recognition_is_a_rounds_result() -> None:
    text = PROVINCE_PAGE + "Cuối tháng 8/2023, UBND tỉnh đã công nhận bổ sung 12 sản phẩm OCOP 3 sao cho 9 chủ thể."
    assert [(f[2], f[3], f[4], f[7]) for f in facts(text, dt.date(2023, 9, 5))] == [
        (2023, "new", "products", 12), (2023, "new", "subjects", 9)]
    text = PROVINCE_PAGE + "Hội đồng cấp tỉnh chứng nhận bổ sung 4 sản phẩm đạt 4 sao trong năm 2022."
    assert short(text, dt.date(2022, 12, 1)) == [("Nam Định", 2022, "new", "4", 4)]


def test_a_yearly_rise_after_joining_the_programme_is_an_uplift() -> None:
    text = PROVINCE_PAGE + "Từ khi có sản phẩm OCOP, doanh thu của các hợp tác xã tăng bình quân 12 – 18%/năm."
    assert [(f[4], f[7], f[8]) for f in facts(text, dt.date(2024, 6, 1))] == [("revenue_uplift_pct", 12, 18)]
    text = PROVINCE_PAGE + "Kể từ khi tham gia chương trình OCOP, giá bán của nhiều sản phẩm tăng 10%/năm."
    assert [(f[4], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("price_uplift_pct", 10)]
    text = PROVINCE_PAGE + "Sau khi các sản phẩm được chứng nhận, sản lượng tiêu thụ tăng 25%/năm."
    assert [(f[4], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("output_uplift_pct", 25)]
    # (a yearly rise with no recognition before it is still sales growth, not an uplift)
    text = PROVINCE_PAGE + "Doanh thu của các hợp tác xã tăng bình quân 12%/năm trong giai đoạn vừa qua."
    assert facts(text, dt.date(2024, 6, 1)) == []


def test_a_product_groups_list_after_its_first_item_leaves_out_the_verb() -> None:
    text = (PROVINCE_PAGE + "Hiện tỉnh có 250 sản phẩm OCOP. Xét theo nhóm, thực phẩm có 160 sản phẩm, đồ uống 35 sản "
            "phẩm, thảo dược 20 sản phẩm.")
    assert [f[4] for f in short(text, dt.date(2024, 6, 1))] == [250]
    text = PROVINCE_PAGE + "Trong 250 sản phẩm OCOP, nhóm thực phẩm chiếm 160 sản phẩm; lưu niệm 15 sản phẩm."
    assert [f[4] for f in short(text, dt.date(2024, 6, 1))] == [250]


def test_products_evaluated_before_their_result_are_entries() -> None:
    text = (PROVINCE_PAGE + "Trong năm 2022, có 64 sản phẩm được Hội đồng tỉnh đánh giá, phân hạng; kết quả có 51 sản "
            "phẩm đạt từ 3 sao trở lên.")
    assert short(text, dt.date(2022, 12, 20)) == [("Nam Định", 2022, "new", None, 51)]
    # (evaluated and rated in one breath: the rated products themselves)
    text = PROVINCE_PAGE + "Trong năm 2022, có 51 sản phẩm được đánh giá, phân hạng đạt từ 3 sao trở lên."
    assert short(text, dt.date(2022, 12, 20)) == [("Nam Định", 2022, "new", None, 51)]


# From the paraphrase batches para1, para3 and para4 (the same pages as read batches, other words; scored on arrival
# 0.826 / 0.920, 0.511 / 0.622 and 0.646 / 0.732 against 0.95-0.98 on their sources).

def test_a_difference_from_the_same_point_of_last_year_is_no_count() -> None:
    text = ("Huyện Quỳnh Lưu phát triển OCOP\n\nHiện huyện Quỳnh Lưu có 41 sản phẩm OCOP, nhiều hơn 9 sản phẩm so với "
            "cùng thời điểm năm 2023.")
    # (an undated page comparing with 2023 is of the year after)
    assert short(text) == [("Quỳnh Lưu", 2024, "cumulative", None, 41)]


def test_a_producer_types_products_in_brackets_are_no_count() -> None:
    text = (PROVINCE_PAGE + "Đến nay tỉnh có 62 sản phẩm OCOP. Các chủ thể gồm 6 doanh nghiệp (14 sản phẩm), 9 hợp tác "
            "xã (30 sản phẩm) và 7 hộ kinh doanh (18 sản phẩm).")
    assert [(f[4], f[6], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [
        ("products", None, 62), ("subjects", "enterprise", 6), ("subjects", "cooperative", 9),
        ("subjects", "household", 7)]


def test_what_a_place_now_owns_is_a_stock_and_one_producers_products_are_no_count() -> None:
    text = "Huyện Tiên Yên phát triển OCOP\n\nSau đợt đánh giá, huyện Tiên Yên hiện sở hữu 23 sản phẩm OCOP."
    assert short(text, dt.date(2024, 5, 1)) == [("Tiên Yên", 2024, "cumulative", None, 23)]
    text = PROVINCE_PAGE + "Hợp tác xã Rau sạch Nam Điền hiện đứng tên 11 sản phẩm OCOP 3 sao."
    assert facts(text, dt.date(2024, 5, 1)) == []


def test_a_group_that_includes_its_products_is_no_count() -> None:
    text = (PROVINCE_PAGE + "Tỉnh có 300 sản phẩm OCOP. Đồ uống là nhóm đứng thứ hai, gồm 41 sản phẩm, tương đương "
            "13,6%.")
    assert [f[4] for f in short(text, dt.date(2024, 5, 1))] == [300]


def test_products_entering_the_programmes_cycle_are_entries() -> None:
    text = (PROVINCE_PAGE + "Tháng 5/2024, Ban chỉ đạo tỉnh chấp thuận cho 9 sản phẩm tham gia chu trình OCOP. Huyện Ý "
            "Yên có thêm 4 sản phẩm mới vào chu trình OCOP năm nay.")
    assert facts(text, dt.date(2024, 6, 1)) == []
    # (a noun-first count whose own words say its products took part: entries, not a stock)
    text = PROVINCE_PAGE + "Nhờ vậy, tổng số sản phẩm của huyện Ý Yên tham gia chương trình đã tăng lên 28."
    assert facts(text, dt.date(2024, 6, 1)) == []
    # (… unless the same words rate them: the rated part is read)
    text = PROVINCE_PAGE + "Năm 2024, số sản phẩm tham gia đánh giá đạt 3 sao là 12."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [("3", 12)]


def test_one_level_or_another_is_every_level() -> None:
    text = (PROVINCE_PAGE + "Đến nay, huyện Vụ Bản có 22 sản phẩm OCOP, tất cả đều đạt hạng 3 sao hoặc 4 sao.")
    assert short(text, dt.date(2024, 5, 1)) == [("Vụ Bản", 2024, "cumulative", None, 22)]


def test_the_province_a_district_ranks_within_owns_none_of_its_figures() -> None:
    text = ("Hậu Lộc phát triển OCOP\n\nHuyện Hậu Lộc hiện là đơn vị có số sản phẩm OCOP đứng đầu tỉnh Thanh Hóa: tính đến "
            "tháng 9/2022, toàn huyện có 24 sản phẩm.")
    assert short(text, dt.date(2022, 10, 1)) == [("Hậu Lộc", 2022, "cumulative", None, 24)]


def test_the_district_spoken_of_owns_the_products_of_the_district() -> None:
    text = ("Huyện Mai Sơn phát triển OCOP\n\nTheo Phòng Nông nghiệp huyện Mai Sơn, đến nay UBND tỉnh Sơn La đã công nhận "
            "21 sản phẩm OCOP của huyện, trong đó 5 sản phẩm 4 sao.")
    assert short(text, dt.date(2023, 3, 1)) == [("Mai Sơn", 2023, "cumulative", None, 21),
                                                ("Mai Sơn", 2023, "cumulative", "4", 5)]


def test_places_sharing_a_count_after_a_comma_or_each_locality() -> None:
    text = ("Lai Châu phát triển OCOP\n\nĐến nay tỉnh Lai Châu có 80 sản phẩm OCOP. Nhiều nhất là huyện Tam Đường với 20 "
            "sản phẩm; kế đến là Than Uyên và Tân Uyên, mỗi huyện 12 sản phẩm.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [
        ("province", "Lai Châu", 80), ("district", "Tam Đường", 20), ("district", "Than Uyên", 12),
        ("district", "Tân Uyên", 12)]
    # ("Thị xã Sa Pa …" names the places each holding the count, far from the word OCOP)
    text = ("Lào Cai: 267 sản phẩm OCOP\n\nToàn tỉnh có 267 sản phẩm OCOP. Các chủ thể gồm 55 hợp tác xã. Nữ làm chủ 56 "
            "chủ thể. Về địa bàn, huyện Bát Xát, huyện Bảo Yên mỗi địa phương có 40 sản phẩm.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2025, 5, 1)) if f[0] == "district"] == [
        ("Bát Xát", 40), ("Bảo Yên", 40)]
    # (a count "mỗi năm" after a comma is an average, whatever capitalised word stands before the comma)
    text = PROVINCE_PAGE + "Giai đoạn 2021-2023, tỉnh công nhận 117 sản phẩm OCOP, bình quân mỗi năm gần 40 sản phẩm."
    assert [f[7] for f in facts(text, dt.date(2024, 1, 20))] == [117]


def test_products_rated_before_and_raised_this_round_are_upgrades() -> None:
    text = (PROVINCE_PAGE + "Đợt 2 năm 2024, tỉnh công nhận 14 sản phẩm 4 sao. Trong số đó, chín sản phẩm khác trước đó "
            "đã đạt 3 sao, lần này được nâng lên hạng 4 sao.")
    assert short(text, dt.date(2024, 12, 1)) == [("Nam Định", 2024, "new", "4", 14)]


def test_products_registered_by_their_producers_are_entries() -> None:
    text = (PROVINCE_PAGE + "Năm 2024 toàn tỉnh có 120 sản phẩm được các chủ thể đăng ký đánh giá; kết quả 85 sản phẩm "
            "đạt 3 sao.")
    assert short(text, dt.date(2024, 12, 1)) == [("Nam Định", 2024, "new", "3", 85)]


def test_a_proposal_to_the_national_council_named_in_full_is_a_potential() -> None:
    text = (PROVINCE_PAGE + "Năm 2023, UBND tỉnh đã gửi hồ sơ đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp "
            "quốc gia xem xét, công nhận 02 sản phẩm đạt 5 sao.")
    assert short(text, dt.date(2023, 12, 1)) == [("Nam Định", 2023, "new", "potential_5", 2)]
    # (the dossiers of candidates for the national rating: the candidates counted)
    text = (PROVINCE_PAGE + "Năm 2023, tỉnh đã gửi hồ sơ của ba sản phẩm đủ điều kiện tham gia đánh giá OCOP 5 sao cấp "
            "Trung ương.")
    assert short(text, dt.date(2023, 12, 1)) == [("Nam Định", 2023, "new", "potential_5", 3)]


def test_a_potential_for_a_provincial_level_is_no_count() -> None:
    text = (PROVINCE_PAGE + "Đến nay tỉnh có 210 sản phẩm OCOP; bên cạnh đó, 9 sản phẩm được đánh giá là có tiềm năng "
            "nâng hạng lên 4 sao.")
    assert [f[4] for f in short(text, dt.date(2024, 5, 1))] == [210]


def test_a_type_described_with_its_count_in_brackets() -> None:
    text = (PROVINCE_PAGE + "Các sản phẩm OCOP thuộc về 140 chủ thể. Doanh nghiệp là thành phần đông nhất (62 chủ thể), "
            "sau đó là hợp tác xã (48).")
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [(None, 140), ("enterprise", 62),
                                                                        ("cooperative", 48)]


def test_a_share_said_between_a_count_and_its_level() -> None:
    text = (PROVINCE_PAGE + "Đến nay huyện Xuân Trường có 20 sản phẩm OCOP. Số sản phẩm 4 sao là 5, chiếm 25%. Còn lại 15 "
            "sản phẩm, tương đương 75%, được xếp hạng 3 sao.")
    assert short(text, dt.date(2024, 5, 1)) == [("Xuân Trường", 2024, "cumulative", None, 20),
                                                ("Xuân Trường", 2024, "cumulative", "4", 5),
                                                ("Xuân Trường", 2024, "cumulative", "3", 15)]


# From the paraphrase batches para5, para6 and para7 (of heldout5, heldout6 and heldout7).

def test_a_table_after_a_total_of_registered_ideas_counts_entries() -> None:
    text = ("Kon Tum: danh sách ý tưởng OCOP\n\nTheo danh sách mới, tổng số ý tưởng/sản phẩm đăng ký năm 2023 là 140, "
            "chia theo địa phương:\nĐịa phương | Số chủ thể | Số ý tưởng/sản phẩm\nHuyện Đăk Hà | 9 | 20\n"
            "Huyện Kon Rẫy | 5 | 8\n")
    assert facts(text, dt.date(2023, 4, 1)) == []


def test_a_year_in_brackets_after_a_level_is_when_it_was_reached() -> None:
    text = (PROVINCE_PAGE + "Đến nay tỉnh có 300 sản phẩm OCOP. Nước mắm Giao Thủy được nâng từ 3 sao (2020) lên 4 sao "
            "(2023).")
    assert [f[7] for f in facts(text, dt.date(2024, 5, 1))] == [300]


def test_a_plans_range_of_levels_is_no_single_level() -> None:
    text = (PROVINCE_PAGE + "Tỉnh hướng tới mốc năm 2025: số sản phẩm được phân hạng từ 3 sao tới 5 sao đạt 350.")
    assert short(text, dt.date(2023, 5, 1)) == [("Nam Định", 2025, "target", None, 350)]


def test_entries_and_a_result_in_one_noun_first_label() -> None:
    text = (PROVINCE_PAGE + "Theo kết quả cấp tỉnh, số sản phẩm tham gia năm 2024 đạt 4 sao là 6, đạt 3 sao là 21.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [("4", 6), ("3", 21)]


def test_the_centre_rating_a_count_named_after_it_makes_it_the_countrys() -> None:
    text = ("Cà Mau có sản phẩm OCOP 5 sao\n\nKết quả đợt 2 năm 2024 ghi nhận 22 sản phẩm lần đầu được Hội đồng OCOP "
            "Trung ương công nhận 5 sao.")
    assert [(f[0], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 12, 1))] == [("national", "new", "5", 22)]


def test_products_with_potential_are_no_count() -> None:
    text = ("Điện Biên khảo sát sản phẩm\n\nKết quả rà soát cho thấy 64 sản phẩm tại các huyện, kể cả vùng cao, có "
            "tiềm năng để phát triển thành sản phẩm OCOP. Hiện tỉnh có 70 sản phẩm OCOP.")
    assert [f[7] for f in facts(text, dt.date(2022, 5, 1))] == [70]


def test_an_office_named_for_the_national_target_programmes_sets_no_target() -> None:
    text = ("Hậu Giang có 266 sản phẩm OCOP\n\nVăn phòng Điều phối các chương trình mục tiêu quốc gia tỉnh cho biết "
            "tỉnh có 266 sản phẩm OCOP.\n\nPhân theo địa phương, thành phố Vị Thanh có 44 sản phẩm.")
    assert [(f[1], f[2], f[3], f[7]) for f in facts(text, dt.date(2023, 11, 20))] == [
        ("Hậu Giang", 2023, "cumulative", 266), ("Vị Thanh", 2023, "cumulative", 44)]


def test_the_programmes_history_dates_no_undated_stock() -> None:
    text = ("Đồng bằng sông Cửu Long và OCOP\n\nOCOP được khởi xướng năm 2008 theo phong trào của Nhật Bản. Các tỉnh "
            "ĐBSCL hiện có 1.300 sản phẩm OCOP.")
    assert [(f[1], f[2], f[7]) for f in facts(text)] == [("Đồng bằng sông Cửu Long", None, 1300)]


def test_products_shown_at_a_fair_are_no_count() -> None:
    text = ("Tuần lễ OCOP Cần Thơ\n\nHơn 120 sản phẩm OCOP, đặc sản vùng miền được trưng bày tại 15 gian hàng của "
            "tuần lễ.")
    assert facts(text, dt.date(2022, 9, 1)) == []


def test_a_level_kept_in_a_noun_first_count_and_a_score_are_no_counts() -> None:
    text = (PROVINCE_PAGE + "Sau đánh giá lại, số sản phẩm tiếp tục giữ hạng 4 sao là 6.")
    assert facts(text, dt.date(2023, 5, 1)) == []
    text = PROVINCE_PAGE + "Năm 2024, Hội đồng tỉnh chấm 3 sản phẩm đạt mức 5 sao (trên 90 điểm)."
    assert [f[7] for f in facts(text, dt.date(2024, 12, 1))] == [3]


def test_a_level_that_now_has_its_products() -> None:
    text = PROVINCE_PAGE + "Đến nay tỉnh có 99 sản phẩm OCOP; hạng 4 sao hiện có 24 sản phẩm."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [(None, 99), ("4", 24)]


def test_each_district_named_before_its_places_and_a_paragraph_of_places() -> None:
    text = ("Tuyên Quang: 70 sản phẩm OCOP\n\nNăm 2023 tỉnh Tuyên Quang công nhận 70 sản phẩm OCOP. Theo địa phương, "
            "huyện Yên Sơn dẫn đầu với 16 sản phẩm. Kế đến là Hàm Yên với 12 sản phẩm. Mỗi huyện Na Hang, Chiêm Hóa "
            "đạt 8 sản phẩm. Huyện Lâm Bình có 5 sản phẩm.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2023, 12, 1)) if f[0] == "district"] == [
        ("Yên Sơn", 16), ("Hàm Yên", 12), ("Na Hang", 8), ("Chiêm Hóa", 8), ("Lâm Bình", 5)]


def test_the_producers_of_the_rounds_products_are_new() -> None:
    text = (PROVINCE_PAGE + "Tháng 9/2023, UBND tỉnh công nhận 52 sản phẩm OCOP. Tổng cộng 38 chủ thể sở hữu các sản "
            "phẩm vừa được công nhận.")
    assert [(f[3], f[4], f[7]) for f in facts(text, dt.date(2023, 10, 1))] == [
        ("new", "products", 52), ("new", "subjects", 38)]


def test_a_level_heading_over_producers_and_products() -> None:
    text = ("Quảng Ngãi công nhận 13 sản phẩm OCOP\n\nTỉnh có thêm 13 sản phẩm đạt chuẩn OCOP ở kỳ đánh giá thứ hai năm "
            "2025.\n\nHạng 4 sao: 3 chủ thể, tổng cộng 6 sản phẩm\n\nHạng 3 sao: 5 chủ thể, tổng cộng 7 sản phẩm\n")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2025, 12, 1))] == [
        ("products", None, 13), ("subjects", None, 3), ("products", "4", 6), ("subjects", None, 5),
        ("products", "3", 7)]


def test_the_programmes_highest_level_is_five_stars() -> None:
    text = ("Bắc Giang có thêm sản phẩm 5 sao\n\nNăm 2024, Bắc Giang có thêm hai sản phẩm đạt thứ hạng cao nhất của "
            "Chương trình OCOP.")
    assert short(text, dt.date(2024, 12, 1)) == [("Bắc Giang", 2024, "new", "5", 2)]


def test_a_stock_as_of_a_month_and_the_second_of_two_levels() -> None:
    text = ("OCOP cả nước\n\nBộ Nông nghiệp công bố kết quả đánh giá sản phẩm OCOP. Đến thời điểm tháng 6/2024, số sản "
            "phẩm OCOP trên toàn quốc đã đạt 12.000.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 7, 1))] == [("cumulative", 12000)]
    text = (PROVINCE_PAGE + "Qua ba năm thực hiện chương trình, số sản phẩm của tỉnh được chứng nhận đạt hạng 3 sao và 4 "
            "sao đã là 60.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2021, 5, 1))] == [(None, 60)]


def test_a_level_that_belongs_to_its_products_and_a_groups_share_of_a_whole() -> None:
    text = PROVINCE_PAGE + "Năm 2020 tỉnh công nhận 30 sản phẩm OCOP. Hạng 4 sao thuộc về 6 sản phẩm."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2020, 12, 1))] == [(None, 30), ("4", 6)]
    text = PROVINCE_PAGE + "Đến nay tỉnh có 250 sản phẩm OCOP; 90 sản phẩm trong số này do phụ nữ làm chủ."
    assert [f[7] for f in facts(text, dt.date(2024, 5, 1))] == [250]


def test_products_given_support_counted_noun_first_are_no_count() -> None:
    text = (PROVINCE_PAGE + "Năm 2023, tỉnh hỗ trợ các chủ thể OCOP. Tổng số sản phẩm được hỗ trợ là 64, gồm 10 sản phẩm "
            "4 sao và 54 sản phẩm 3 sao.")
    assert facts(text, dt.date(2023, 12, 1)) == []


def test_a_noun_first_count_naming_an_abbreviated_city_or_its_district() -> None:
    text = ("TP. Thái Nguyên phát triển OCOP\n\nĐến thời điểm hiện tại, số sản phẩm OCOP của TP. Thái Nguyên đã được "
            "công nhận là 31.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2022, 10, 1))] == [("district", "Thái Nguyên", 31)]
    text = ("Lý Nhân chú trọng sản phẩm OCOP\n\nChương trình OCOP được huyện Lý Nhân đưa về từng xã. Đến thời điểm này, số "
            "sản phẩm tiêu biểu của huyện đạt chuẩn OCOP là 11.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2022, 10, 1))] == [("district", "Lý Nhân", 11)]


def test_products_a_council_looked_at_are_no_candidates_of_their_own() -> None:
    text = ("Lào Cai có sản phẩm OCOP 5 sao\n\nDựa trên báo cáo thẩm định của các tổ tư vấn thuộc hội đồng trung ương, "
            "hội đồng đã xem xét hồ sơ 18 sản phẩm mới do các địa phương đề nghị, đồng thời rà soát, công nhận lại các sản "
            "phẩm OCOP quốc gia (5 sao) được công nhận từ năm 2021.")
    assert facts(text, dt.date(2024, 12, 1)) == []


def test_every_product_counted_rated_at_a_level_said_after_them() -> None:
    text = ("Tây Ninh: Dương Minh Châu có thêm sản phẩm OCOP\n\nNăm nay có 4 sản phẩm được UBND huyện Dương Minh Châu "
            "cấp giấy chứng nhận, tất cả đều được xếp hạng 3 sao, cụ thể: bánh tráng, mật ong, muối tôm và gạo.")
    assert short(text, dt.date(2024, 12, 1)) == [("Dương Minh Châu", 2024, "new", "3", 4)]


def test_a_noun_first_total_of_proposals_is_entries() -> None:
    text = (PROVINCE_PAGE + "Tổng số sản phẩm của tỉnh được đề nghị công nhận trong năm là 120, gồm 100 sản phẩm đánh giá "
            "lần đầu và 20 sản phẩm đánh giá lại. UBND tỉnh đã công nhận 4 sao cho 30 sản phẩm.")
    assert short(text, dt.date(2023, 12, 1)) == [("Nam Định", 2023, "new", "4", 30)]


# The thirteenth pass: the same page in the words the press uses for one another (tests/test_extract_robustness.py
# finds them over the read extracts).

@pytest.mark.parametrize("standard", ["đạt chuẩn OCOP", "đạt tiêu chuẩn OCOP", "ĐẠT CHUẨN  OCOP"])
def test_products_of_the_ocop_standard_are_the_programmes_products(standard: str) -> None:
    plain = ("Kon Tum củng cố sản phẩm OCOP\n\nKế hoạch năm 2024 yêu cầu hỗ trợ 64 sản phẩm OCOP đã được UBND tỉnh "
             "công nhận tham gia hội chợ; phấn đấu có thêm 20 sản phẩm mới.")
    assert facts(plain.replace("sản phẩm OCOP đã", f"sản phẩm {standard} đã"), dt.date(2024, 3, 1)) == \
        facts(plain, dt.date(2024, 3, 1))
    plain = ("Qua các kỳ đánh giá, phân hạng, huyện Đắk Hà hiện có 12 sản phẩm OCOP 3 sao và 4 sao. Trong số này có "
             "2 sản phẩm đủ điều kiện đề xuất đánh giá 5 sao.")
    written = plain.replace("sản phẩm OCOP", f"sản phẩm {standard}")
    assert facts(written, dt.date(2024, 3, 1)) == facts(plain, dt.date(2024, 3, 1))
    assert [c.quote for c in extract(written, "articles/test.txt", dt.date(2024, 3, 1)).claims][0] == \
        f"12 sản phẩm {standard} 3 sao và 4 sao"


def test_a_rating_closed_by_a_comma_then_a_place_that_has_products() -> None:
    text = ("Sau nhiều đợt hội đồng cấp tỉnh đánh giá, Bạc Liêu hiện có 96 sản phẩm OCOP từ 3 sao trở lên.")
    assert short(text, dt.date(2023, 5, 1)) == [("Bạc Liêu", 2023, "cumulative", None, 96)]
    text = ("Qua 4 năm chấm điểm, huyện Cái Nước đã có 15 sản phẩm OCOP, trong đó 3 sản phẩm 4 sao.")
    assert short(text, dt.date(2022, 5, 1)) == [("Cái Nước", 2022, "cumulative", None, 15),
                                                 ("Cái Nước", 2022, "cumulative", "4", 3)]
    # What a survey found is no rating's
    text = "Theo kết quả khảo sát, tỉnh Bạc Liêu có khoảng 150 sản phẩm có lợi thế để phát triển."
    assert short(text, dt.date(2023, 5, 1)) == []


@pytest.mark.parametrize("separator", ["-", "."])
def test_a_day_written_with_hyphens_or_points_is_a_day(separator: str) -> None:
    # (the dateline under the headline is page furniture, and the deck under it a second headline)
    page = ("TẠP CHÍ NÔNG THÔN\nTrang chủ › Kinh tế\n\nBạc Liêu: 120 sản phẩm đạt chuẩn OCOP\n\n20/11/2023 08:45\n\n"
            "Hồng Dân và Phước Long là hai địa phương dẫn đầu; 40 sản phẩm đã được nâng lên hạng 4 sao.\n\nĐến thời "
            "điểm này toàn tỉnh có 120 sản phẩm OCOP. Dẫn đầu là huyện Hồng Dân với 30 sản phẩm, huyện Phước Long 25 "
            "sản phẩm.")
    expected = [("Bạc Liêu", 2023, "cumulative", "4", 40), ("Bạc Liêu", 2023, "cumulative", None, 120),
                ("Hồng Dân", 2023, "cumulative", None, 30), ("Phước Long", 2023, "cumulative", None, 25)]
    assert short(page) == expected
    assert short(page.replace("/", separator)) == expected


def test_a_site_name_above_the_headline_is_not_the_articles_lead() -> None:
    page = ("BMT Info - Thông tin Buôn Ma Thuột\nTrang chủ | Tin tức | Thương mại | Du lịch | Liên hệ\nThương mại\n\n"
            "17/9/2021, 10:27 GMT+7\n\nĐắk Lắk hướng tới 60 sản phẩm OCOP\n\nGiai đoạn 2021 - 2025, Đắk Lắk đặt mục "
            "tiêu có 60 sản phẩm OCOP. Trong số này, tỉnh hướng tới 5 sản phẩm 5 sao. Về chủ thể, kế hoạch dự kiến có "
            "20 doanh nghiệp, 30 hợp tác xã. Riêng TP Buôn Ma Thuột dự kiến có 12 sản phẩm.")
    assert [(f[0], f[1], f[4], f[5], f[7]) for f in facts(page)] == [
        ("province", "Đắk Lắk", "products", None, 60), ("province", "Đắk Lắk", "products", "5", 5),
        ("province", "Đắk Lắk", "subjects", None, 20), ("province", "Đắk Lắk", "subjects", None, 30),
        ("district", "Buôn Ma Thuột", "products", None, 12)]


def test_a_districts_ordinal_year_names_no_districts() -> None:
    page = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAM LÂM - TỈNH KHÁNH HÒA\nTrang chủ | Tin tức | Kinh tế\n\nKết quả Chương trình "
            "OCOP năm 2023\n\nNăm 2023, huyện Cam Lâm triển khai chương trình OCOP đồng bộ. Đây là năm thứ 5 huyện làm "
            "chương trình. Ngay đầu năm, UBND huyện phấn đấu có ít nhất 4 sản phẩm đạt 3 sao.")
    assert [(f[0], f[1], f[3], f[7]) for f in facts(page, dt.date(2023, 12, 20))] == [
        ("district", "Cam Lâm", "target", 4)]


def test_the_stock_before_a_round_and_as_of_a_day_is_a_stock() -> None:
    text = "Trước đợt đánh giá này, huyện Giao Thủy có 40 sản phẩm OCOP, trong đó 6 sản phẩm 4 sao."
    assert short(text, dt.date(2024, 7, 1)) == [("Giao Thủy", 2024, "cumulative", None, 40),
                                                ("Giao Thủy", 2024, "cumulative", "4", 6)]
    text = "Đến hết ngày 30/6/2024, huyện Xuân Trường có 33 sản phẩm được công nhận OCOP của 16 cơ sở."
    assert [(f[1], f[2], f[3], f[4], f[7]) for f in facts(text, dt.date(2024, 7, 10))] == [
        ("Xuân Trường", 2024, "cumulative", "products", 33), ("Xuân Trường", 2024, "cumulative", "subjects", 16)]
    text = "Về kết quả, cả nước có 11.200 sản phẩm OCOP từ 3 sao trở lên, trong đó 70 sản phẩm 5 sao."
    assert short(text, dt.date(2024, 3, 1)) == [("Việt Nam", 2024, "cumulative", None, 11200),
                                                ("Việt Nam", 2024, "cumulative", "5", 70)]


def test_days_or_months_from_one_to_another_are_that_periods_count() -> None:
    text = "Từ ngày 1/1 đến ngày 30/6/2024, huyện Hải Hậu có 5 sản phẩm được công nhận OCOP."
    assert short(text, dt.date(2024, 7, 15)) == [("Hải Hậu", 2024, "new", None, 5)]
    text = "Từ tháng 1 đến tháng 9/2023, tỉnh Hà Nam có 14 sản phẩm được công nhận OCOP 3 sao."
    assert short(text, dt.date(2023, 10, 2)) == [("Hà Nam", 2023, "new", "3", 14)]


def test_a_plan_is_not_carried_into_a_stock_dated_before_the_page_or_after_years_of_work() -> None:
    text = ("Thái Bình phấn đấu năm 2025 có thêm 60 sản phẩm OCOP.\n\nẢnh: Sản phẩm OCOP của huyện Vũ Thư.\n\n"
            "Ở huyện Kiến Xương, đến tháng 4/2024 có 30 sản phẩm OCOP của 21 chủ thể.")
    assert [(f[1], f[2], f[3], f[4], f[7]) for f in facts(text, dt.date(2024, 7, 15))][1:] == [
        ("Kiến Xương", 2024, "cumulative", "products", 30), ("Kiến Xương", 2024, "cumulative", "subjects", 21)]
    text = ("Huyện Sóc Sơn phấn đấu năm 2025 có 100 sản phẩm OCOP. Qua 5 năm, huyện Sóc Sơn có 82 sản phẩm được công "
            "nhận từ 3 đến 4 sao.")
    assert short(text, dt.date(2024, 5, 1))[1:] == [("Sóc Sơn", 2024, "cumulative", None, 82)]
    text = ("Thực hiện Đề án giai đoạn 2021 - 2025, định hướng đến năm 2030, tính đến nay huyện Đại Từ đã có 45 sản "
            "phẩm được công nhận OCOP.")
    assert short(text, dt.date(2024, 5, 1)) == [("Đại Từ", 2024, "cumulative", None, 45)]


def test_a_district_written_with_the_old_tone_marks_is_named_as_the_gazetteer_spells_it() -> None:
    text = "Năm 2023, huyện Ứng Hoà có thêm 12 sản phẩm OCOP; huyện Thạch Thất có 9 sản phẩm."
    assert [f[1] for f in facts(text, dt.date(2023, 12, 1))] == ["Ứng Hòa", "Thạch Thất"]


def test_counts_in_words_read_as_their_digits_in_table_rows_too() -> None:
    text = ("Hà Giang có thêm 30 sản phẩm OCOP\n\nNăm 2021, UBND tỉnh Hà Giang công nhận 30 sản phẩm OCOP mới.\n\n"
            "Phân theo địa bàn:\nYên Minh | mười sản phẩm\nĐồng Văn | bảy sản phẩm\nMèo Vạc | sáu sản phẩm")
    result = extract(text, "articles/test.txt", dt.date(2022, 3, 1))
    assert [(c.geo_name, c.value, c.quote) for c in result.claims] == [
        ("Hà Giang", 30, "30 sản phẩm"), ("Yên Minh", 10, "mười sản phẩm"), ("Đồng Văn", 7, "bảy sản phẩm"),
        ("Mèo Vạc", 6, "sáu sản phẩm")]
    assert "reading.number_in_words" in result.fired


def test_a_total_raised_for_the_district_spoken_of_counts_what_its_increment_counted() -> None:
    text = ("Đại Lộc có thêm 4 sản phẩm OCOP 3 sao\n\nNăm 2020, UBND tỉnh Quảng Nam công nhận 4 sản phẩm của huyện đạt "
            "3 sao, nâng tổng số sản phẩm OCOP của huyện lên 11.")
    assert [(f[0], f[1], f[3], f[4], f[7]) for f in facts(text, dt.date(2020, 12, 1))] == [
        ("district", "Đại Lộc", "new", "products", 4), ("district", "Đại Lộc", "cumulative", "products", 11)]
    text = "Lâm Đồng phát triển OCOP\n\nNăm 2022, TP Bảo Lộc có thêm 12 sản phẩm của 9 chủ thể, nâng tổng số lên 51."
    assert [(f[1], f[3], f[4], f[7]) for f in facts(text, dt.date(2022, 12, 1))] == [
        ("Bảo Lộc", "new", "products", 12), ("Bảo Lộc", "new", "subjects", 9),
        ("Bảo Lộc", "cumulative", "products", 51)]


def test_the_standard_said_after_a_rating_is_the_ratings_result() -> None:
    text = ("Bạc Liêu phát triển OCOP\n\nĐến nay, Hội đồng cấp tỉnh đã đánh giá, xếp hạng 84 sản phẩm đạt chuẩn OCOP, "
            "vượt chỉ tiêu 40 sản phẩm của Đề án.")
    assert short(text, dt.date(2021, 5, 1))[0] == ("Bạc Liêu", 2021, "cumulative", None, 84)
    # … where the same count without the standard is the rating's entries
    text = "Bạc Liêu phát triển OCOP\n\nHôm nay, Hội đồng cấp tỉnh đánh giá, phân hạng 45 sản phẩm OCOP."
    assert short(text, dt.date(2021, 5, 1)) == []


def test_from_three_stars_alone_is_three_stars_and_up_but_an_upgrade_from_three_is_not() -> None:
    text = "Tuyên Quang tổng kết OCOP\n\nNăm 2024, tỉnh có thêm 18 sản phẩm từ 3 sao, trong đó 4 sản phẩm 4 sao."
    assert short(text, dt.date(2024, 12, 1)) == [("Tuyên Quang", 2024, "new", None, 18),
                                                 ("Tuyên Quang", 2024, "new", "4", 4)]
    text = "Tuyên Quang tổng kết OCOP\n\nNăm 2024, tỉnh có 2 sản phẩm được thăng hạng từ 3 sao."
    assert [(c.metric, c.stars) for c in extract(text, "articles/test.txt", dt.date(2024, 12, 1)).claims] == [
        ("products_upgraded", "3")]


def test_the_central_highlands_names_written_with_a_breve_are_the_same_places() -> None:
    text = "Tỉnh Đăk Lắk hiện có 230 sản phẩm OCOP; huyện Đak Mil có 12 sản phẩm, huyện Đăk Song 8 sản phẩm."
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [
        ("province", "Đắk Lắk", 230), ("district", "Đắk Mil", 12), ("district", "Đắk Song", 8)]


def test_entries_named_with_their_producers_and_places_before_what_makes_them_entries() -> None:
    text = ("Bắc Giang chấm điểm sản phẩm OCOP\n\nHội đồng cấp tỉnh xác định 38 sản phẩm của 14 chủ thể (5 công ty, 9 "
            "hợp tác xã) thuộc 6 huyện, thị xã đủ điều kiện đưa ra chấm điểm. Kết quả, 30 sản phẩm đạt 3 sao.")
    assert short(text, dt.date(2023, 9, 1)) == [("Bắc Giang", 2023, "new", "3", 30)]


def test_products_a_survey_says_could_become_ocop_products_are_no_count() -> None:
    text = ("Thái Bình xây dựng chương trình OCOP\n\nQua điều tra, các huyện thống kê được khoảng 700 sản phẩm có thể "
            "đưa vào xếp hạng OCOP; toàn tỉnh có chừng 450 sản phẩm có khả năng trở thành sản phẩm OCOP. Hiện tỉnh có "
            "60 sản phẩm OCOP, 12 sản phẩm OCOP có thể tham gia thị trường quốc tế.")
    assert short(text, dt.date(2021, 3, 1)) == [("Thái Bình", 2021, "cumulative", None, 60),
                                                ("Thái Bình", 2021, "cumulative", None, 12)]


def test_products_developed_and_upgraded_together_are_the_programmes_products() -> None:
    text = ("Thanh Hóa phê duyệt chương trình OCOP\n\nTrong 5 năm 2021 - 2025, tỉnh sẽ phát triển và nâng cấp 300 sản phẩm "
            "OCOP; riêng năm 2021 phấn đấu nâng hạng 10 sản phẩm từ 3 sao lên 4 sao.")
    result = extract(text, "articles/test.txt", dt.date(2021, 3, 1))
    assert [(c.year, c.kind, c.metric, c.stars, c.value) for c in result.claims] == [
        (2025, "target", "products", None, 300), (2021, "target", "products", "4", 10)]


def test_a_plan_under_a_heading_that_names_its_period_is_dated_by_it() -> None:
    text = ("OCOP Phú Yên: những mục tiêu cụ thể\n\nTrang chủ » Kinh tế\n\nGiai đoạn 2021 - 2025\n\nVề công nhận sản phẩm "
            "OCOP, tỉnh đặt mục tiêu có 30 - 40 sản phẩm đạt hạng 4 sao; trong số đó 2 - 3 sản phẩm đạt hạng 5 sao.")
    assert [(f[2], f[3], f[7], f[8]) for f in facts(text)] == [(2025, "target", 30, 40), (2025, "target", 2, 3)]


def test_a_councils_recommendation_for_five_stars_is_a_proposal() -> None:
    text = ("Hội đồng OCOP quốc gia chấm điểm sản phẩm của Nghệ An\n\nSau khi thảo luận, hội đồng thống nhất kiến nghị "
            "xếp hạng OCOP 5 sao cho 3 sản phẩm của tỉnh Nghệ An.")
    assert [(f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 4, 1))] == [
        ("Nghệ An", "new", "potential_5", 3)]


def test_a_product_on_a_list_of_n_is_no_stock_of_n() -> None:
    text = ("Sâm Ngọc Linh vươn tầm quốc gia\n\nTrong đợt đánh giá năm 2023, theo Quyết định của Bộ Nông nghiệp, sâm "
            "Ngọc Linh của huyện Nam Trà My đã có tên trong danh sách 26 sản phẩm đạt chuẩn 5 sao.")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 3, 1))] == [(2023, "new", "5", 26)]


def test_a_result_measured_against_its_plan_keeps_its_breakdown_and_its_year() -> None:
    text = ("Bắc Ninh tổng kết OCOP\n\nNăm 2023, tỉnh công nhận 160 sản phẩm OCOP, nhiều hơn 40 sản phẩm so với chỉ tiêu "
            "kế hoạch 120 sản phẩm; trong số này, sản phẩm 4 sao là 55, sản phẩm 3 sao là 105.")
    assert short(text, dt.date(2024, 2, 1)) == [
        ("Bắc Ninh", 2023, "new", None, 160), ("Bắc Ninh", 2023, "target", None, 120),
        ("Bắc Ninh", 2023, "new", "4", 55), ("Bắc Ninh", 2023, "new", "3", 105)]


def test_a_breakdown_after_a_plan_beaten_breaks_down_the_result_not_the_plan() -> None:
    text = ("Thái Nguyên vượt kế hoạch OCOP\n\nTrong năm 2022, tỉnh Thái Nguyên đánh giá, phân hạng 74 sản phẩm, vượt 24 "
            "sản phẩm so với kế hoạch 50 sản phẩm; trong đó có 9 sản phẩm 4 sao.")
    assert short(text, dt.date(2023, 1, 10)) == [
        ("Thái Nguyên", 2022, "new", None, 74), ("Thái Nguyên", 2022, "target", None, 50),
        ("Thái Nguyên", 2022, "new", "4", 9)]
    # by how much a plan named in two words was beaten is no count
    text = ("Vĩnh Phúc vượt kế hoạch OCOP\n\nRiêng năm 2023, tỉnh công nhận 90 sản phẩm, vượt chỉ tiêu kế hoạch 30 sản "
            "phẩm.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 1, 20))] == [("new", 90)]


def test_a_recognition_just_made_is_of_the_pages_year_not_an_older_yearly_total() -> None:
    text = ("Thanh Hóa có thêm sản phẩm OCOP 5 sao\n\nBa sản phẩm OCOP của tỉnh Thanh Hóa vừa được công nhận đạt hạng 5 "
            "sao. Trong năm 2023, tỉnh đã công nhận 130 sản phẩm OCOP.")
    assert short(text, dt.date(2024, 8, 5)) == [("Thanh Hóa", 2024, "new", "5", 3), ("Thanh Hóa", 2023, "new", None, 130)]
    # … but the round the page names is the round just recognised
    text = ("Lạng Sơn có thêm sản phẩm OCOP\n\nUBND tỉnh Lạng Sơn vừa công nhận 25 sản phẩm OCOP. Các sản phẩm này thuộc "
            "đợt đánh giá năm 2023 của tỉnh.")
    assert short(text, dt.date(2024, 3, 12)) == [("Lạng Sơn", 2023, "new", None, 25)]


def test_a_day_without_a_year_is_of_the_pages_year_or_the_one_before() -> None:
    text = ("Trao chứng nhận OCOP ở Hải Dương\n\nNăm 2021, tỉnh Hải Dương có 80 sản phẩm OCOP.\n\nChiều 12/5, UBND tỉnh "
            "Hải Dương trao giấy chứng nhận cho 14 chủ thể có sản phẩm OCOP.")
    assert short(text, dt.date(2023, 5, 13))[-1] == ("Hải Dương", 2023, "new", None, 14)
    # a day after the page's own is last year's
    assert short(text, dt.date(2023, 2, 1))[-1] == ("Hải Dương", 2022, "new", None, 14)


def test_rows_of_a_flattened_table_with_the_count_first_and_the_level_after() -> None:
    text = ("Kiên Giang công bố kết quả OCOP\n\nTính đến ngày 15/10, toàn tỉnh Kiên Giang có 120 sản phẩm được cấp giấy "
            "chứng nhận OCOP. Phân theo hạng sao:\n70 sản phẩm | hạng 3 sao\n48 sản phẩm | hạng 4 sao\n2 sản phẩm | 5 sao")
    assert short(text, dt.date(2022, 10, 20)) == [
        ("Kiên Giang", 2022, "cumulative", None, 120), ("Kiên Giang", 2022, "cumulative", "3", 70),
        ("Kiên Giang", 2022, "cumulative", "4", 48), ("Kiên Giang", 2022, "cumulative", "5", 2)]


def test_products_once_rated_then_raised_a_level_are_an_upgrade_not_a_stock_of_the_old_level() -> None:
    for text, count in (("Bình Thuận nâng hạng sản phẩm OCOP\n\nĐáng chú ý, 4 sản phẩm từng đạt 3 sao năm 2021 đã được "
                         "nâng lên hạng 4 sao năm 2023.", 4),
                        ("Bình Thuận nâng hạng sản phẩm OCOP\n\nCó 6 sản phẩm trước đây đạt 3 sao nay đã được nâng lên "
                         "4 sao.", 6)):
        claims = extract(text, "articles/test.txt", dt.date(2024, 1, 5)).claims
        assert [(c.metric, c.stars, c.value) for c in claims] == [("products_upgraded", "4", count)]


def test_the_producers_counted_with_a_comma_among_the_words_before_their_number() -> None:
    text = ("Phú Thọ tổng kết OCOP\n\nSố chủ thể có sản phẩm được công nhận, xếp hạng từ 3 sao trở lên đến nay là 96, "
            "bao gồm 40 doanh nghiệp, 38 hợp tác xã và 18 hộ kinh doanh.")
    assert [(f[3], f[4], f[6], f[7]) for f in facts(text, dt.date(2023, 6, 1))] == [
        ("cumulative", "subjects", None, 96), ("cumulative", "subjects", "enterprise", 40),
        ("cumulative", "subjects", "cooperative", 38), ("cumulative", "subjects", "household", 18)]


def test_a_period_in_a_councils_name_dates_no_figure() -> None:
    text = ("Gia Lai có thêm sản phẩm OCOP\n\nKết thúc đợt đánh giá năm 2020, tỉnh Gia Lai có thêm sản phẩm OCOP. Qua "
            "chấm điểm, Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh giai đoạn 2019 - 2025 công nhận 26 sản phẩm "
            "đạt từ 3 sao trở lên.")
    assert short(text, dt.date(2021, 1, 15)) == [("Gia Lai", 2020, "new", None, 26)]


def test_a_lists_introduction_naming_the_level_the_items_reached() -> None:
    text = ("Quảng Ngãi công nhận sản phẩm OCOP\n\nKết thúc đợt đánh giá năm 2021, tỉnh Quảng Ngãi công nhận 40 sản phẩm "
            "OCOP.\n\nCác địa phương có sản phẩm đạt 4 sao gồm:\n- Huyện Mộ Đức góp 3 sản phẩm là tỏi và mạch nha;\n"
            "- Huyện Bình Sơn: hành tím (1 sản phẩm);")
    assert short(text, dt.date(2022, 1, 20)) == [
        ("Quảng Ngãi", 2021, "new", None, 40), ("Mộ Đức", 2021, "new", "4", 3), ("Bình Sơn", 2021, "new", "4", 1)]


def test_a_star_level_after_the_producers_in_a_bracket_and_stars_drawn_after_it() -> None:
    text = ("Bình Phước công bố kết quả OCOP\n\nTrong đợt này, toàn tỉnh có 14 sản phẩm (của 12 chủ thể) đạt hạng 4 sao "
            "(****) và 37 sản phẩm (của 30 chủ thể) đạt hạng 3 sao (***).")
    got = [f for f in short(text, dt.date(2023, 12, 28)) if f[4] in (14, 37)]
    assert got == [("Bình Phước", 2023, "new", "4", 14), ("Bình Phước", 2023, "new", "3", 37)]


def test_the_owners_of_the_products_just_counted_share_their_time() -> None:
    text = ("Đắk Nông tổng kết OCOP\n\nGiai đoạn 2019 – 2021, tỉnh Đắk Nông có 24 sản phẩm OCOP được xếp hạng từ 3 sao "
            "trở lên.\n\nCác sản phẩm được công nhận thuộc về 15 chủ thể, gồm 9 hợp tác xã và 6 doanh nghiệp.")
    got = facts(text, dt.date(2022, 4, 2))
    assert [(f[2], f[3], f[4], f[6], f[7]) for f in got[1:]] == [
        (got[0][2], got[0][3], "subjects", None, 15), (got[0][2], got[0][3], "subjects", "cooperative", 9),
        (got[0][2], got[0][3], "subjects", "enterprise", 6)]


def test_products_sent_up_to_the_next_council_are_entries() -> None:
    text = ("Thái Bình xét sản phẩm OCOP 4 sao\n\nQua vòng đánh giá cấp huyện, các huyện đã chọn 28 sản phẩm của 12 chủ "
            "thể gửi lên tỉnh để xem xét xếp hạng 4 sao. Hội đồng tỉnh nhất trí công nhận hạng 4 sao cho 25 sản phẩm.")
    assert short(text, dt.date(2023, 11, 2)) == [("Thái Bình", 2023, "new", "4", 25)]


def test_a_sentence_about_another_programme_takes_no_ocop_context_from_the_one_before() -> None:
    text = ("Hưng Yên quảng bá sản phẩm OCOP\n\nHuyện Văn Lâm hiện có 31 sản phẩm OCOP. Về sản phẩm công nghiệp nông "
            "thôn tiêu biểu, số sản phẩm của tỉnh đạt chứng nhận cấp tỉnh là 150; Văn Lâm đóng góp 42 sản phẩm.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 5, 8))] == [("Văn Lâm", 31)]


def test_a_star_level_named_first_with_only_before_its_count() -> None:
    text = ("Cẩm Khê tổng kết OCOP\n\nSố sản phẩm OCOP của huyện Cẩm Khê hiện là 19. Hạng 3 sao chiếm 18 sản phẩm; hạng "
            "4 sao chỉ có 01 sản phẩm là chè xanh.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 5, 8))] == [(None, 19), ("3", 18), ("4", 1)]


def test_the_part_of_a_rounds_entries_that_came_through() -> None:
    text = ("Quảng Bình công bố kết quả OCOP\n\nKết thúc vòng cấp tỉnh, Hội đồng đã đề xuất công nhận 41 trong tổng số 47 "
            "sản phẩm dự thi. 1 sản phẩm còn lại được Hội đồng chuyển lên cấp trung ương để xét công nhận OCOP 5 sao.")
    assert short(text, dt.date(2023, 12, 20)) == [("Quảng Bình", 2023, "new", None, 41),
                                                  ("Quảng Bình", 2023, "new", "potential_5", 1)]
    # … the part said to be recognised after the whole, its level far after its count
    text = ("Phú Yên công nhận sản phẩm OCOP\n\nNăm nay, 33 trong số 90 sản phẩm đã được UBND cấp huyện ra quyết định "
            "công nhận, xếp hạng 3 sao.")
    assert short(text, dt.date(2024, 8, 1)) == [("Phú Yên", 2024, "new", "3", 33)]
    # … and a share with no word of recognition is still no count
    text = "Kon Tum phát triển sâm\n\nHuyện Tu Mơ Rông có 17 sản phẩm OCOP. Có 6 trong số 17 sản phẩm làm từ sâm."
    assert [f[7] for f in facts(text, dt.date(2024, 8, 1))] == [17]


def test_recognitions_so_far_in_the_pages_own_year_are_that_years() -> None:
    text = ("Bình Định tổng kết OCOP\n\nĐến nay, 28 sản phẩm đã được UBND tỉnh công nhận, xếp hạng 3 sao năm 2024.")
    assert short(text, dt.date(2024, 9, 1)) == [("Bình Định", 2024, "new", "3", 28)]
    # (of an earlier year, the products recognised then are part of the stock as of the page)
    text = ("Bình Định tổng kết OCOP\n\nĐến nay, 28 sản phẩm đã được UBND tỉnh công nhận năm 2021.")
    assert short(text, dt.date(2024, 9, 1))[0][2] == "cumulative"


def test_farm_products_rated_by_a_level_first_verb_are_counted() -> None:
    text = ("Dầu Tiếng trao chứng nhận OCOP\n\nĐợt này, huyện Dầu Tiếng xếp hạng 3 sao cho 12 sản phẩm nông nghiệp, thuộc "
            "9 chủ thể trên địa bàn.")
    assert [(f[3], f[4], f[5], f[7]) for f in facts(text, dt.date(2023, 9, 1))] == [
        ("new", "products", "3", 12), ("new", "subjects", None, 9)]


def test_what_a_place_is_having_now_is_a_stock() -> None:
    text = ("Bàu Bàng công nhận sản phẩm OCOP\n\nSau đợt công nhận này, số sản phẩm OCOP 3 sao của huyện Bàu Bàng đã lên "
            "14; ngoài ra, huyện đang có 02 sản phẩm hạng 4 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 9, 1))] == [("cumulative", "3", 14),
                                                                               ("cumulative", "4", 2)]


def test_the_day_a_cited_decision_was_signed_dates_none_of_the_sentences_after_it() -> None:
    text = ("Huyện Mộc Châu (Sơn La) phân hạng sản phẩm OCOP năm 2023\n\nHội đồng cấp huyện lần đầu xem xét công nhận 5 "
            "cạnh đó, Hội đồng tiến hành phân hạng lại 2 sản phẩm từng được UBND tỉnh cấp giấy chứng nhận tại Quyết "
            "định số 1520/QĐ-UBND ngày 30/12/2020.\n\nCăn cứ thang điểm, Hội đồng đã phân hạng 3 sao cho tổng cộng 7 "
            "sản phẩm.")
    assert {f[2] for f in facts(text, dt.date(2023, 12, 20))} == {2023}


def test_a_stock_in_an_item_dated_by_its_year_alone_in_a_bracket() -> None:
    text = ("Tin cùng chuyên mục OCOP Đồng Nai\n\nLong Thành có 16 sản phẩm OCOP.\n\n(2025) Hợp nhất với Bình Phước mở "
            "rộng không gian OCOP của Đồng Nai. Đến nay, toàn tỉnh có chừng 440 sản phẩm đạt OCOP từ 3 sao trở lên.")
    assert [(f[2], f[7]) for f in facts(text, dt.date(2023, 5, 8)) if f[7] == 440] == [(2025, 440)]


def test_a_ministrys_page_naming_no_province_speaks_for_the_country() -> None:
    text = ("Phấn đấu có 9.800 sản phẩm OCOP\n\nBộ Nông nghiệp và Phát triển nông thôn cho biết, năm 2024 Bộ phấn đấu "
            "tỷ lệ số xã đạt chuẩn nông thôn mới là 80%.\n\nSố lượng sản phẩm đạt chuẩn theo bộ tiêu chí của Chương "
            "trình OCOP là 9.800 sản phẩm.")
    assert [(f[0], f[3], f[7]) for f in facts(text, dt.date(2024, 1, 20))] == [("national", "target", 9800)]


def test_a_headlines_plan_stays_a_plan_and_sets_no_kind_for_the_body() -> None:
    text = ("Na Rì phấn đấu có thêm 12 sản phẩm OCOP trong năm 2020\n\nHuyện Na Rì có 7 sản phẩm OCOP. Năm nay huyện có "
            "12 sản phẩm đăng ký mới tham gia chương trình.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2020, 3, 2))] == [(2020, "target", 12),
                                                                               (2020, "cumulative", 7)]


def test_ky_spelled_with_i_and_the_recipients_of_a_support() -> None:
    text = ("Đông Giang tổng kết OCOP\n\nNăm 2021, huyện Đông Giang có 15 sản phẩm đăng kí tham gia chương trình OCOP; "
            "huyện hỗ trợ 20.000 cây giống cho 450 hộ. Đã có 9 sản phẩm đạt hạng 3 sao.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2021, 12, 1))] == [("products", 9)]


def test_a_noun_first_count_of_the_round_its_words_name() -> None:
    text = ("Thêm sản phẩm được đề nghị công nhận 5 sao\n\nTổng số sản phẩm được đề nghị công nhận đạt OCOP 5 sao đợt "
            "này là 16 sản phẩm, đến từ 9 tỉnh, thành phố trên cả nước.")
    assert [(f[0], f[3], f[7]) for f in facts(text, dt.date(2022, 6, 1))] == [("national", "new", 16)]


def test_community_tourism_products_written_with_a_comma_or_ve() -> None:
    for text in ("Du lịch cộng đồng chuẩn OCOP\n\nĐến nay, cả nước đã có gần 90 sản phẩm, dịch vụ du lịch cộng đồng được "
                 "xác định là sản phẩm OCOP từ 3 sao trở lên.",
                 "Du lịch cộng đồng chuẩn OCOP\n\nHiện nay, tỉnh Bình Định có 40 sản phẩm OCOP, trong đó có 02 sản phẩm "
                 "OCOP về dịch vụ du lịch cộng đồng đạt 4 sao."):
        assert "products_tourism" in {c.metric for c in extract(text, "articles/test.txt", dt.date(2024, 1, 5)).claims}


def test_a_base_named_as_last_years_result_dates_no_plan() -> None:
    text = ("Kế hoạch OCOP của Hà Nam\n\nTỉnh Hà Nam phấn đấu tỷ lệ xã đạt chuẩn tăng 5% so với kết quả năm 2022; phấn "
            "đấu có thêm 40 sản phẩm OCOP.")
    # (no year of its own: not the base's 2022; a plan for no year is left out, skip.undated_target)
    assert facts(text, dt.date(2024, 2, 1)) == []


def test_the_group_a_council_chose_is_no_product_category() -> None:
    text = ("Quảng Trị trình công nhận OCOP\n\nTrong nhóm được Hội đồng đề xuất UBND tỉnh Quảng Trị công nhận, có 21 sản "
            "phẩm ở hạng 4 sao và 19 sản phẩm ở hạng 3 sao.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2022, 12, 30))] == [("products", "4", 21),
                                                                                 ("products", "3", 19)]


# Fifteenth pass: paraphrase batches para17-22 (what another paper's wording of a read page showed).

def test_a_ranking_of_producer_types_goes_on_after_a_full_stop() -> None:
    text = ("Vĩnh Long tổng kết OCOP\n\nTính đến hết năm 2024, tỉnh Vĩnh Long có 210 sản phẩm OCOP của 118 chủ thể. "
            "Riêng năm 2024, tỉnh công nhận thêm 35 sản phẩm. Về loại hình, nhiều nhất là hộ kinh doanh (62 chủ thể). "
            "Tiếp theo là hợp tác xã (38), doanh nghiệp (16) và tổ hợp tác (2).")
    assert {(f[2], f[3], f[6], f[7]) for f in facts(text, dt.date(2025, 1, 10)) if f[4] == "subjects"} == {
        (2024, "cumulative", None, 118), (2024, "cumulative", "household", 62),
        (2024, "cumulative", "cooperative", 38), (2024, "cumulative", "enterprise", 16),
        (2024, "cumulative", "cooperative_group", 2)}


def test_the_parts_of_one_total_split_over_two_sentences_take_its_kind() -> None:
    text = ("Kết quả OCOP của Sóc Trăng\n\nĐến nay, Sóc Trăng có 145 sản phẩm OCOP do 90 chủ thể sở hữu. Năm nay "
            "tỉnh có thêm 20 sản phẩm được công nhận. Đông nhất là hợp tác xã với 41 chủ thể. Kế đến là doanh nghiệp "
            "với 30, hộ kinh doanh với 19.")
    assert {f[3] for f in facts(text, dt.date(2024, 6, 1)) if f[4] == "subjects"} == {"cumulative"}


def test_a_count_named_again_to_give_all_of_it_one_level() -> None:
    text = ("Yên Lập có thêm sản phẩm OCOP\n\nNăm 2024, huyện Yên Lập có 6 sản phẩm được công nhận OCOP. Sáu sản phẩm "
            "này thuộc 4 chủ thể và đều được xếp hạng 3 sao. Trong đó, 5 sản phẩm lần đầu được công nhận.")
    assert [(f[2], f[3], f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 11, 2))] == [
        (2024, "new", "products", "3", 6), (2024, "new", "subjects", None, 4), (2024, "new", "products", "3", 5)]
    text = ("Hương Trà có 9 sản phẩm OCOP mới\n\nĐợt 2 năm 2023, thị xã Hương Trà có 9 sản phẩm được UBND tỉnh công "
            "nhận OCOP. 9 sản phẩm nói trên của 7 chủ thể, cùng đạt hạng 3 sao.")
    assert ("products", "3", 9) in [(f[4], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 5))]


def test_a_plan_word_inside_a_noun_first_count() -> None:
    text = ("Bình Phước phát triển OCOP\n\nĐến hết năm 2025, số sản phẩm OCOP của tỉnh Bình Phước dự kiến đạt 180, gồm "
            "150 sản phẩm 3 sao và 30 sản phẩm 4 sao.")
    assert {(f[2], f[3]) for f in facts(text, dt.date(2025, 3, 4))} == {(2025, "target")}
    text = "Mèo Vạc đặt chỉ tiêu OCOP\n\nTổng số sản phẩm OCOP của huyện Mèo Vạc phấn đấu đạt 25 vào cuối năm 2024."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 2, 1))] == [("target", 25)]


def test_potential_five_star_products_helped_to_ready_a_dossier_for_the_centre() -> None:
    for text in ("Tiền Giang lập kế hoạch OCOP\n\nNăm 2025, tỉnh Tiền Giang phấn đấu hỗ trợ ít nhất 4 sản phẩm có tiềm "
                 "năng 5 sao hoàn thiện hồ sơ để đề nghị Trung ương đánh giá.",
                 "Tiền Giang lập kế hoạch OCOP\n\nNăm 2025, theo kế hoạch, 3 sản phẩm tiềm năng 5 sao của tỉnh Tiền Giang "
                 "sẽ được hỗ trợ hoàn thiện hồ sơ trình Bộ Nông nghiệp và Môi trường xét công nhận."):
        assert [(f[3], f[5]) for f in facts(text, dt.date(2025, 2, 1))] == [("target", "potential_5")]
    # (helped, and no dossier for the centre: an activity)
    text = "Tiền Giang hỗ trợ OCOP\n\nNăm 2025, tỉnh Tiền Giang hỗ trợ 6 sản phẩm tiềm năng 5 sao quảng bá tại hội chợ."
    assert facts(text, dt.date(2025, 2, 1)) == []


def test_producers_named_with_do_between_a_count_and_its_level() -> None:
    text = ("Cao Bằng công nhận OCOP\n\nNăm 2023, tỉnh Cao Bằng công nhận 40 sản phẩm OCOP. Cụ thể, 8 sản phẩm do 6 hợp "
            "tác xã sản xuất đạt hạng 4 sao. 32 sản phẩm còn lại, do 25 chủ thể sản xuất, đạt hạng 3 sao.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1)) if f[4] == "products"] == [
        ("products", None, 40), ("products", "4", 8), ("products", "3", 32)]


def test_a_headline_of_figures_above_a_sites_menu_stays_the_headline() -> None:
    text = ("Hà Giang có 12 sản phẩm OCOP đạt 4 sao\n\nKINH TẾ\n  • Trang chủ\n  • Kinh tế > Nông nghiệp\n\nNăm 2022, "
            "tỉnh Hà Giang đã công nhận 12 sản phẩm OCOP 4 sao.")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2022, 12, 20))] == [(2022, "new", "4", 12)]


def test_star_levels_named_together_then_their_numbers_in_order() -> None:
    text = ("Kỳ Sơn tổng kết OCOP\n\nĐến nay, huyện Kỳ Sơn có 14 sản phẩm OCOP; số sản phẩm 4 sao và 3 sao lần lượt là 3 "
            "và 11.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [(None, 14), ("4", 3), ("3", 11)]
    text = ("Lạng Sơn tổng kết OCOP\n\nHiện tỉnh Lạng Sơn có 160 sản phẩm OCOP; số sản phẩm đạt 5 sao, 4 sao và 3 sao "
            "tương ứng là 1, 29 và 130 sản phẩm.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 5, 1))][1:] == [
        ("cumulative", "5", 1), ("cumulative", "4", 29), ("cumulative", "3", 130)]
    # (fewer numbers than levels: no level can be told)
    text = "Lạng Sơn tổng kết OCOP\n\nHiện số sản phẩm 4 sao và 3 sao của tỉnh Lạng Sơn lần lượt là 30 sản phẩm."
    assert [f[5] for f in facts(text, dt.date(2024, 5, 1))] == [None]


def test_products_put_before_the_council_are_entries() -> None:
    text = ("Anh Sơn có thêm sản phẩm OCOP\n\nNăm 2021, trong 6 sản phẩm dự đánh giá, huyện Anh Sơn có 5 sản phẩm được "
            "Hội đồng cấp tỉnh công nhận đạt 3 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2021, 12, 1))] == [("new", "3", 5)]


def test_the_body_count_the_headline_rated_keeps_its_level_for_the_breakdown() -> None:
    text = ("Đợt 2/2023, Bảo Lâm có 9 sản phẩm đạt OCOP hạng 3 sao\n\nHuyện Bảo Lâm phấn đấu đến năm 2025 có 30 sản phẩm "
            "OCOP đạt 3 - 5 sao. Trong đợt 2/2023, huyện có thêm 9 sản phẩm được công nhận; cụ thể, 7 sản phẩm công "
            "nhận mới và 2 sản phẩm được công nhận lại.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 3))][1:] == [("new", "3", 9), ("new", "3", 7)]


def test_a_part_of_a_level_judged_to_have_the_potential_for_five_stars() -> None:
    text = ("Châu Thành tổng kết OCOP\n\nĐến tháng 9/2023, huyện Châu Thành, tỉnh Trà Vinh có 18 sản phẩm OCOP, trong đó "
            "có 08 sản phẩm đạt hạng 4 sao; 03 trong 08 sản phẩm 4 sao được đánh giá có tiềm năng lên 5 sao.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 9, 20))] == [(None, 18), ("4", 8), ("potential_5", 3)]
    text = ("Đông Hải tổng kết OCOP\n\nHiện huyện Đông Hải, tỉnh Bạc Liêu có 12 sản phẩm OCOP 4 sao; 2 trong số 12 sản "
            "phẩm này đều có tiềm năng đạt 5 sao.")
    assert ("potential_5", 2) in [(f[5], f[7]) for f in facts(text, dt.date(2023, 9, 20))]


def test_producers_approved_for_a_support_and_products_sent_up_or_failing() -> None:
    text = ("Tiểu Cần hỗ trợ chủ thể OCOP\n\nNăm 2022, huyện Tiểu Cần có 9 sản phẩm OCOP. Ba chủ thể của huyện được duyệt "
            "hỗ trợ thiết kế bao bì. Hội đồng huyện đề nghị chuyển 2 sản phẩm lên Hội đồng tỉnh xem xét hạng 4 sao. Với 3 "
            "sản phẩm chưa đáp ứng đủ điều kiện, Hội đồng đã hướng dẫn các cơ sở hoàn thiện.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2022, 11, 3))] == [("products", 9)]


def test_the_result_of_entries_named_just_before_is_of_their_year() -> None:
    text = ("Hoài Nhơn làm sản phẩm OCOP\n\nNăm 2021, thị xã Hoài Nhơn có 8 sản phẩm tham gia đánh giá, phân hạng OCOP. "
            "Qua chấm điểm của hội đồng, 5/8 sản phẩm đạt hạng 3 sao. Sang năm 2022, số sản phẩm đăng ký mới của thị xã "
            "là 6.")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text)] == [(2021, "new", "3", 5)]


def test_all_of_a_rounds_products_given_one_level_without_their_number() -> None:
    text = ("Bạc Liêu có thêm sản phẩm OCOP\n\nUBND tỉnh Bạc Liêu vừa ký quyết định công nhận 18 sản phẩm OCOP đợt 1 năm "
            "2022 của 11 chủ thể. Tất cả sản phẩm được công nhận trong đợt này đều đạt hạng 3 sao.")
    assert [(f[3], f[4], f[5], f[7]) for f in facts(text, dt.date(2022, 6, 1))] == [
        ("new", "products", "3", 18), ("new", "subjects", None, 11)]
    # (a stock stated just before is not the round's: it keeps no level)
    text = ("Cần Thơ tổng kết OCOP\n\nĐến nay, tổng số sản phẩm OCOP của thành phố Cần Thơ là 60. Đây là lần đầu một đợt "
            "đánh giá của thành phố có tất cả sản phẩm đều đạt 4 sao.")
    assert [f[5] for f in facts(text, dt.date(2022, 6, 1))] == [None]


def test_products_that_entered_the_rating_round_are_entries() -> None:
    text = ("12 sản phẩm của Phú Yên vào vòng đánh giá, phân hạng OCOP năm 2022\n\nNăm 2022, tỉnh Phú Yên có 12 sản phẩm "
            "lọt vào vòng chấm điểm của Hội đồng tỉnh. Kết quả, 9 sản phẩm đạt 3 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2022, 10, 1))] == [("new", "3", 9)]


def test_the_producers_of_entries_and_the_rest_renewed_after_their_owners() -> None:
    text = ("Gia Lai đánh giá OCOP\n\nNăm 2022, Hội đồng tỉnh Gia Lai đã họp đánh giá, phân hạng sản phẩm đợt 1, xem xét 18 sản phẩm do "
            "12 chủ thể ở thị xã An Khê đăng ký. Kết quả, 11 sản phẩm đạt 3 sao.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2022, 12, 20))] == [("products", 11)]
    text = ("Đắk Song công nhận OCOP\n\nNăm 2023, huyện Đắk Song có 9 sản phẩm được công nhận OCOP. Cụ thể, 6 sản phẩm "
            "được công nhận lần đầu, thuộc 5 chủ thể; 3 sản phẩm còn lại của 2 chủ thể được công nhận lại.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2023, 12, 1))] == [("products", 9), ("products", 6),
                                                                       ("subjects", 5)]


def test_a_level_then_its_count_after_a_comma_and_voi() -> None:
    text = ("Gia Lâm tổng kết OCOP\n\nLũy kế đến hết năm 2022, huyện Gia Lâm có 50 sản phẩm OCOP. Phần lớn trong số đó "
            "đạt 4 sao, với 41 sản phẩm; 3 sao có 9 sản phẩm.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 1, 5))] == [(None, 50), ("4", 41), ("3", 9)]


def test_a_potential_level_in_a_list_of_levels_and_their_numbers() -> None:
    text = ("Sản phẩm OCOP cả nước\n\nTính đến tháng 9/2022, cả nước có 8.156 sản phẩm OCOP. Số sản phẩm hạng "
            "3 sao, 4 sao, tiềm năng 5 sao và 5 sao lần lượt là 5.500, 2.530, 90 và 36.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 10, 1))] == [
        (None, 8156), ("3", 5500), ("4", 2530), ("potential_5", 90), ("5", 36)]


def test_the_country_named_right_after_a_counts_noun() -> None:
    text = ("Sản phẩm OCOP lên sàn thương mại điện tử\n\nTính đến tháng 5/2022, 7.463 sản phẩm OCOP (Chương trình Mỗi xã "
            "một sản phẩm) trên cả nước đã được đánh giá, phân hạng từ 3 sao trở lên. Tại Hà Tĩnh, nhiều sản phẩm đã "
            "lên sàn.")
    assert [(f[0], f[7]) for f in facts(text, dt.date(2022, 6, 15))] == [("national", 7463)]


def test_a_speaker_then_the_years_recognitions() -> None:
    text = ("Bình Thuận xúc tiến thương mại OCOP\n\nÔng Nguyễn Văn An, Giám đốc Sở Nông nghiệp, kiêm Phó Ban chỉ đạo "
            "Chương trình OCOP tỉnh, cho biết năm 2021 Bình Thuận có 45 sản phẩm của 20 chủ thể được cấp giấy chứng "
            "nhận OCOP.")
    assert [(f[2], f[3], f[7]) for f in facts(text)] == [(2021, "new", 45), (2021, "new", 20)]


def test_this_year_named_earlier_in_the_paragraph_dates_its_plans() -> None:
    text = ("Phú Yên đẩy mạnh chương trình OCOP\n\nNăm nay, theo kế hoạch, 60 sản phẩm sẽ được tỉnh hỗ trợ nâng cấp. Phú "
            "Yên cũng phấn đấu có ít nhất 2 sản phẩm được gửi lên Trung ương tham gia đánh giá, phân hạng 5 sao.")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2021, 3, 2))] == [(2021, "target", "potential_5", 2)]


def test_products_of_every_kind_of_producer_are_no_one_producers() -> None:
    text = ("Sóc Trăng tổng kết OCOP\n\nKết quả đánh giá, xếp hạng sản phẩm OCOP năm 2019 đã được tỉnh Sóc Trăng phê "
            "duyệt cho 42 sản phẩm của doanh nghiệp, HTX và hộ sản xuất. Cụ thể, hạng 4 sao có 17 sản phẩm.")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2020, 3, 7))] == [
        (2019, "new", None, 42), (2019, "new", "4", 17)]
    # (one producer named: its products, no count of the province)
    text = ("Sóc Trăng tổng kết OCOP\n\nKết quả đánh giá sản phẩm OCOP năm 2019 đã được tỉnh Sóc Trăng phê duyệt cho 5 "
            "sản phẩm của doanh nghiệp Hưng Thịnh.")
    assert facts(text, dt.date(2020, 3, 7)) == []


def test_the_provincial_level_of_a_rating_is_no_province_and_a_citys_page_counts_the_city() -> None:
    text = ("Pleiku phát triển sản phẩm OCOP\n\nLũy kế đến nay, số sản phẩm của thành phố Pleiku được công nhận OCOP 3 "
            "sao, 4 sao cấp tỉnh đã lên tới 83.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2023, 5, 1))] == [("district", "Pleiku", 83)]
    text = "Thành phố Vinh có thêm sản phẩm OCOP\n\nĐến nay, toàn thành phố có 40 sản phẩm OCOP."
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2023, 5, 1))] == [("district", "Vinh", 40)]
    # (a centrally-run city is the province)
    text = "Thành phố Cần Thơ có thêm sản phẩm OCOP\n\nĐến nay, toàn thành phố có 140 sản phẩm OCOP."
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2023, 5, 1))] == [("province", "Cần Thơ", 140)]


def test_a_levels_count_opening_the_sentence_after_a_districts_count_is_that_districts() -> None:
    text = ("Sức bật của OCOP\n\nSau thời gian triển khai, số sản phẩm được chứng nhận 3 đến 4 sao của tỉnh Quảng Trị đến "
            "nay đã lên 91. Phát huy thế mạnh, huyện Gio Linh có 12 sản phẩm đạt chuẩn OCOP trong giai đoạn 2019 - "
            "2021. Ba sản phẩm được xếp hạng 4 sao là bột nghệ của Công ty An Phú, mật ong và hồ tiêu của HTX Hồ tiêu "
            "Gio Linh. Chín sản phẩm 3 sao còn lại gồm nước mắm, bánh ram và rượu.")
    # (the parts of the district's stock, not the province's, nor a round)
    assert [(f[1], f[3], f[5], f[7]) for f in facts(text)] == [
        ("Gio Linh", "cumulative", None, 12), ("Gio Linh", "cumulative", "4", 3), ("Gio Linh", "cumulative", "3", 9)]


def test_the_provinces_count_named_after_a_districts_share() -> None:
    text = ("Mường La phát triển OCOP\n\nNăm 2019, tỏi và chè của huyện Mường La được chọn, góp 2 sản phẩm vào danh sách "
            "30 sản phẩm OCOP của toàn tỉnh.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2019, 12, 1))] == [
        ("district", "Mường La", 2), ("province", "Sơn La", 30)]


def test_a_level_given_to_the_producers_of_a_count() -> None:
    text = ("Anh Sơn trao chứng nhận OCOP\n\nSáng 15/3/2023, UBND huyện Anh Sơn trao giấy chứng nhận sản phẩm OCOP đạt 3 "
            "sao cho các chủ thể của 9 sản phẩm.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 3, 16))] == [("3", 9)]


def test_a_count_named_again_after_a_connective_to_list_its_items() -> None:
    text = ("Anh Sơn trao chứng nhận OCOP\n\nSáng 15/3/2023, UBND huyện Anh Sơn trao giấy chứng nhận sản phẩm OCOP đạt 3 "
            "sao cho các chủ thể của 9 sản phẩm. Cụ thể, 9 sản phẩm được chứng nhận là: gạo nếp, tương, nước mắm, mật "
            "ong, chè, bánh đa, rượu, miến và cam.")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 3, 16))] == [("3", 9)]


def test_a_span_of_months_opening_a_sentence_is_no_total_named_again() -> None:
    text = ("Lục Yên phát triển OCOP\n\nNăm 2022, huyện Lục Yên đặt kế hoạch phát triển 10 sản phẩm đạt chuẩn 3 sao. "
            "Trong 9 tháng đầu năm, 6 sản phẩm của huyện đã được cấp giấy chứng nhận OCOP hạng 3 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2022, 10, 5))] == [("target", "3", 10), ("new", "3", 6)]


def test_all_of_a_count_named_again_past_its_producers_to_give_it_a_level() -> None:
    text = ("Thạnh Trị có thêm sản phẩm OCOP\n\nNăm 2023, Hội đồng huyện Thạnh Trị đã trao giấy chứng nhận cho 8 sản phẩm. "
            "Cả 8 sản phẩm, thuộc 4 chủ thể, đều đạt 3 sao.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2023, 11, 20))] == [("products", "3", 8),
                                                                                  ("subjects", None, 4)]



def test_the_products_a_district_sent_are_that_districts() -> None:
    text = ("OCOP của Sìn Hồ\n\nNăm 2021, Hội đồng tỉnh Lai Châu đã công nhận 3 sản phẩm mà huyện Sìn Hồ đưa đi dự kỳ "
            "đánh giá năm nay.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2021, 12, 1))] == [("district", "Sìn Hồ", 3)]


def test_a_level_explained_in_brackets_before_its_count() -> None:
    text = ("Gia Bình có 12 sản phẩm OCOP năm 2023\n\nKết quả chấm điểm năm 2023 của Hội đồng huyện Gia Bình chia các sản "
            "phẩm thành hai nhóm. Hạng 3 sao (đạt tiêu chuẩn, có thể phát triển lên 4 sao) gồm 09 sản phẩm.")
    assert ("3", 9) in [(f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1))]


def test_products_registered_to_aim_at_the_standard_are_entries() -> None:
    text = ("Kon Tum đăng ký OCOP\n\nNăm 2022, tổng số sản phẩm được các huyện đăng ký phấn đấu đạt chuẩn OCOP của tỉnh "
            "Kon Tum là 60. Cuối năm, tỉnh công nhận 41 sản phẩm.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2022, 12, 30))] == [("new", 41)]


def test_producers_named_with_their_places_then_the_entries_they_send() -> None:
    text = ("Ninh Thuận đánh giá OCOP\n\nỞ vòng đánh giá cấp tỉnh năm 2022, có 38 chủ thể thuộc 6 trên 7 huyện, thành phố "
            "gửi 74 sản phẩm đăng ký tham gia. Kết quả, 52 sản phẩm đạt 3 sao.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2022, 12, 1))] == [("products", 52)]
    text = ("Hải Phòng đánh giá OCOP\n\nNăm 2020, thành phố Hải Phòng có 24 tổ chức, cá nhân ở 9 huyện, quận đăng ký đánh "
            "giá 40 sản phẩm. Kết quả, 34 sản phẩm đạt từ 3 sao trở lên.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2021, 1, 5))] == [("products", 34)]


def test_producers_who_sent_in_ideas_or_joined_a_forum_are_no_programme_count() -> None:
    text = ("Hà Nam triển khai OCOP\n\nNăm 2019, có 31 phiếu đăng ký ý tưởng sản phẩm được 19 chủ thể tự nguyện gửi về "
            "tham gia chương trình. Diễn đàn kết nối tiêu thụ sản phẩm OCOP của tỉnh Hà Nam có hơn 60 doanh nghiệp "
            "tham gia diễn đàn. Đến nay, tỉnh Hà Nam có 80 sản phẩm OCOP.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2019, 12, 1))] == [("products", 80)]


def test_the_producers_of_one_level_of_a_round_stated_before_are_not_the_rounds() -> None:
    text = ("Kon Tum công nhận 64 sản phẩm OCOP năm 2023\n\nNăm 2023, UBND tỉnh Kon Tum công nhận 64 sản phẩm OCOP. Hạng 4 "
            "sao có 15 sản phẩm.\n\nHạng 3 sao có 49 sản phẩm của 37 chủ thể, nhiều nhất là huyện Đăk Hà.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 1, 12))] == [
        ("products", None, 64), ("products", "4", 15), ("products", "3", 49)]
    # … while a round of one level only keeps its producers
    text = ("Kon Tum công nhận sản phẩm OCOP\n\nNăm 2023, UBND tỉnh Kon Tum công nhận 12 sản phẩm của 9 chủ thể đạt OCOP "
            "4 sao.")
    assert [(f[4], f[5], f[7]) for f in facts(text, dt.date(2024, 1, 12))] == [("products", "4", 12),
                                                                                ("subjects", None, 9)]


def test_the_one_who_recognised_a_count_may_stand_between_the_verb_and_its_subject() -> None:
    text = ("Tin nông nghiệp\n\nNăm 2023, huyện Krông Năng có 6 sản phẩm được Chủ tịch UBND tỉnh Đắk Lắk công nhận đạt OCOP "
            "3 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 2, 1))] == [("new", "3", 6)]
    text = ("Tin nông nghiệp\n\nNăm 2024, tỉnh Bắc Giang có 3 sản phẩm được Bộ Nông nghiệp và Môi trường công nhận là sản "
            "phẩm OCOP 5 sao.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 3, 1))] == [("new", "5", 3)]
    # (another verb between is not a recognition: the products a district put forward)
    text = ("Tin nông nghiệp\n\nNăm 2024, huyện Lục Nam có 9 sản phẩm được huyện đưa ra đánh giá để công nhận OCOP.")
    assert [f[3] for f in facts(text, dt.date(2024, 5, 1))] != ["new"]


def test_producers_named_before_the_products_they_own_share_the_products_round() -> None:
    text = ("Tin nông nghiệp\n\nNăm 2023, 7 chủ thể ở huyện Phú Lương (Thái Nguyên) có tổng cộng 8 sản phẩm được UBND "
            "huyện công nhận đạt OCOP 3 sao.")
    assert [(f[2], f[3], f[4], f[7]) for f in facts(text, dt.date(2023, 12, 20))] == [
        (2023, "new", "subjects", 7), (2023, "new", "products", 8)]
    text = ("Tin nông nghiệp\n\nNăm 2022, 5 chủ thể trên địa bàn huyện Đại Từ có 6 sản phẩm được công nhận OCOP 3 "
            "sao.")
    assert [(f[2], f[3], f[4], f[7]) for f in facts(text, dt.date(2023, 1, 20))] == [
        (2022, "new", "subjects", 5), (2022, "new", "products", 6)]


def test_a_round_numbered_in_roman_numerals_is_the_round_of_its_year() -> None:
    text = ("Bạc Liêu xét đợt mới\n\nQua các lần xếp hạng năm 2020 và đợt I/2021, tỉnh Bạc Liêu có 65 sản phẩm được công "
            "nhận OCOP.")
    assert short(text, dt.date(2021, 9, 20)) == [("Bạc Liêu", 2021, "cumulative", None, 65)]


def test_the_parts_of_a_count_not_taken_are_not_taken_in_the_sentence_after() -> None:
    text = ("Vĩnh Long thu hồi chứng nhận OCOP\n\nNgày 12/11/2024, UBND tỉnh Vĩnh Long ban hành quyết định thu hồi giấy "
            "chứng nhận sản phẩm OCOP đối với 21 sản phẩm của 15 chủ thể. Trong đó, 18 sản phẩm hạng 3 sao và 3 sản phẩm "
            "hạng 4 sao. Hiện tỉnh Vĩnh Long có 180 sản phẩm OCOP.")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 11, 14))] == [("cumulative", None, 180)]


def test_already_recognised_with_no_year_or_round_named_is_a_stock_as_of_the_page() -> None:
    text = ("Đắk Nông phát triển hồ tiêu hữu cơ\n\nỞ huyện Đắk Glong, 6 sản phẩm đã được công nhận OCOP 3 sao, gồm cà "
            "phê, mắc ca và mật ong.")
    assert short(text, dt.date(2024, 6, 10)) == [("Đăk Glong", 2024, "cumulative", "3", 6)]
    text = ("Bình Định có 180 sản phẩm OCOP\n\nTỉnh Bình Định hiện có 180 sản phẩm OCOP. Bên cạnh đó, 2 sản phẩm đã được "
            "công nhận OCOP 5 sao.")
    assert short(text, dt.date(2024, 6, 10))[-1] == ("Bình Định", 2024, "cumulative", "5", 2)
    # … while a year, or a round just told, makes it that round's
    text = ("Đắk Nông phát triển hồ tiêu hữu cơ\n\nNăm 2023, 6 sản phẩm của huyện Đắk Glong đã được công nhận OCOP 3 "
            "sao.")
    assert short(text, dt.date(2024, 6, 10)) == [("Đăk Glong", 2023, "new", "3", 6)]


def test_a_plans_part_put_forward_for_five_stars_in_the_sentence_after_is_the_plans() -> None:
    text = ("Tây Ninh đặt mục tiêu OCOP 2025\n\nNăm 2025, tỉnh Tây Ninh phấn đấu có thêm 25 sản phẩm OCOP từ 3 sao trở "
            "lên. Trong đó, 2 sản phẩm tiềm năng được đề xuất Trung ương đánh giá, phân hạng 5 sao.")
    assert short(text, dt.date(2025, 2, 10)) == [("Tây Ninh", 2025, "target", None, 25),
                                                 ("Tây Ninh", 2025, "target", "potential_5", 2)]


def test_organisations_a_plan_will_found_or_strengthen_are_the_plans() -> None:
    text = ("Hải Dương đặt mục tiêu OCOP giai đoạn 2021-2025\n\nTỉnh Hải Dương đặt mục tiêu đến năm 2025 có 500 sản phẩm "
            "OCOP. Huyện, thị xã nào cũng hỗ trợ củng cố, nâng cấp hoặc thành lập mới ít nhất 3 tổ chức kinh tế tham gia "
            "chương trình.")
    assert [(f[2], f[3], f[4], f[7]) for f in facts(text, dt.date(2021, 6, 10))] == [
        (2025, "target", "products", 500), (2025, "target", "subjects", 3)]
    # … while those the programme has now are a stock
    text = ("Chủ thể OCOP ở Nghệ An\n\nChương trình OCOP của tỉnh Nghệ An hiện thu hút 420 chủ thể tham gia, từ "
            "doanh nghiệp đến hộ sản xuất.")
    assert [(f[3], f[4], f[7]) for f in facts(text, dt.date(2025, 6, 10))] == [("cumulative", "subjects", 420)]


def test_a_stocks_products_already_put_forward_for_five_stars_are_part_of_the_stock() -> None:
    text = ("Kiên Giang có 210 sản phẩm OCOP\n\nLũy kế đến nay, Kiên Giang có 210 sản phẩm được công nhận OCOP, gồm 60 sản "
            "phẩm 4 sao và 150 sản phẩm 3 sao. Tỉnh còn 3 sản phẩm OCOP tiềm năng đã hoàn tất thủ tục, hồ sơ để đề nghị "
            "Trung ương đánh giá 5 sao.")
    assert short(text, dt.date(2023, 11, 2))[-1] == ("Kiên Giang", 2023, "cumulative", "potential_5", 3)
    text = ("Bến Tre có 330 sản phẩm OCOP\n\nLũy kế đến nay, Bến Tre có 330 sản phẩm được công nhận OCOP hạng 3 sao trở "
            "lên. UBND tỉnh đã chọn 2 sản phẩm trong số đó để trình Bộ Nông nghiệp và Môi trường đánh giá 5 sao.")
    assert short(text, dt.date(2025, 9, 2))[-1] == ("Bến Tre", 2025, "cumulative", "potential_5", 2)


def test_producers_named_for_what_was_done_to_them_are_no_count_of_the_programmes() -> None:
    text = ("Yên Bái trao chứng nhận OCOP\n\nSáng 20/12, Sở Nông nghiệp và Môi trường tỉnh Yên Bái tổ chức hội nghị tổng "
            "kết. Giấy chứng nhận đã được lãnh đạo Sở trao cho đại diện 9 chủ thể ngay tại hội nghị. Danh sách được hỗ "
            "trợ kinh phí năm nay gồm 40 chủ thể là doanh nghiệp, hợp tác xã và hộ kinh doanh.")
    assert facts(text, dt.date(2024, 12, 21)) == []
    # … while producers named after a product count, or as the programme's, are its producers
    text = ("Yên Bái có 300 sản phẩm OCOP\n\nĐến nay, tỉnh Yên Bái có 300 sản phẩm OCOP. Hơn 190 chủ thể, gồm doanh "
            "nghiệp, hợp tác xã và hộ kinh doanh, làm chủ các sản phẩm này.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2024, 12, 21))] == [("products", 300), ("subjects", 190)]


def test_the_producers_of_entries_named_later_as_a_shares_whole_are_the_entries() -> None:
    text = ("Phú Yên đánh giá OCOP đợt 2\n\nNgày 20 và 21/11/2023, Hội đồng tỉnh Phú Yên họp đánh giá, phân hạng đợt 2 "
            "năm 2023. Đợt này có 24 sản phẩm của 15 chủ thể đến từ 4 huyện. Kết quả, 18 trên 24 sản phẩm đạt 3 sao.")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2023, 11, 22))] == [("products", 18)]


def test_a_total_raised_to_its_number_now_is_as_of_the_page_whatever_year_opens_the_sentence() -> None:
    text = ("Thái Nguyên có sản phẩm 5 sao\n\nThái Nguyên phát triển OCOP.\n\nNăm 2024, tỉnh có thêm 2 sản phẩm được xếp "
            "hạng 5 sao cấp quốc gia, nâng số sản phẩm 5 sao hiện nay lên 4.")
    assert short(text, dt.date(2025, 3, 10)) == [("Thái Nguyên", 2024, "new", "5", 2),
                                                 ("Thái Nguyên", 2025, "cumulative", "5", 4)]


def test_an_undated_page_is_dated_by_the_day_written_into_its_images_name() -> None:
    text = ("Huyện Kỳ Sơn phát triển OCOP\n\nimage_4512873_21112021.jpg\n\nTính đến nay, huyện Kỳ Sơn đã có 5 sản phẩm "
            "OCOP được công nhận hạng 3 sao.")
    assert short(text) == [("Kỳ Sơn", 2021, "cumulative", "3", 5)]
    text = ("Huyện Kỳ Sơn phát triển OCOP\n\n20230918_ocop-ky-son.png\n\nTính đến nay, huyện Kỳ Sơn đã có 5 sản phẩm "
            "OCOP được công nhận hạng 3 sao.")
    assert short(text)[0][1] == 2023
    # (eight digits that read as no day, or as a day both ways, date nothing)
    text = ("Huyện Kỳ Sơn phát triển OCOP\n\n12345678.jpg\n\nTính đến nay, huyện Kỳ Sơn đã có 5 sản phẩm OCOP được công "
            "nhận hạng 3 sao.")
    assert short(text)[0][1] is None


def test_where_products_went_is_no_count_of_the_recognised_ones() -> None:
    for sentence in ("Hơn 40 sản phẩm OCOP của tỉnh Trà Vinh góp mặt tại diễn đàn kết nối vùng.",
                     "Tỉnh Trà Vinh mang 35 sản phẩm OCOP tới hội chợ nông nghiệp quốc tế.",
                     "Mười hai sản phẩm OCOP của tỉnh Trà Vinh sang thị trường châu Âu trong năm nay.",
                     "Trà Vinh: 28 sản phẩm OCOP của ba huyện lên bàn Hội đồng tỉnh."):
        assert facts("Tin OCOP Trà Vinh\n\n" + sentence, dt.date(2024, 10, 10)) == [], sentence


def test_by_how_much_a_years_figure_exceeds_another_years_is_no_count() -> None:
    text = ("OCOP cả nước năm 2022\n\nMục tiêu năm 2022 là cả nước có khoảng 6.500 sản phẩm OCOP, nhiều hơn năm 2021 chừng "
            "1.100 sản phẩm.")
    assert [f[7] for f in facts(text, dt.date(2022, 3, 1))] == [6500]
    text = "OCOP Bình Định\n\nNăm 2023, tỉnh Bình Định có 150 sản phẩm OCOP, tăng so với năm trước là 30 sản phẩm."
    assert [f[7] for f in facts(text, dt.date(2023, 12, 30))] == [150]


def test_a_five_star_list_a_provinces_product_is_in_is_the_countrys_round() -> None:
    # Only the centre rates 5 stars: the list a province's product is named in is the country's, a round of its own,
    # not the province's count nor the stock the sentence before stated.
    lead = "Hà Giang có thêm sản phẩm OCOP 5 sao\n\nTỉnh Hà Giang hiện có 120 sản phẩm OCOP.\n\n"
    for sentence, value in (
            ("Mật ong bạc hà Quản Bạ có tên trong danh sách 19 sản phẩm đạt OCOP 5 sao năm 2023.", 19),
            ("Cam sành Bắc Quang nằm trong số 26 sản phẩm được công nhận 5 sao năm 2023.", 26),
            ("Năm 2023, Hội đồng thống nhất công nhận 12 sản phẩm đạt 5 sao, 3 trong số đó thuộc tỉnh Hà Giang.", 12)):
        got = facts(lead + sentence, dt.date(2024, 1, 20))
        assert [(f[0], f[2], f[3], f[5], f[7]) for f in got[1:]] == [("national", 2023, "new", "5", value)], sentence
    # (a province's own list stays the province's)
    text = lead + "Năm 2023, tỉnh có tên trong danh sách 3 sản phẩm 5 sao của tỉnh Hà Giang."
    assert all(f[0] == "province" for f in facts(text, dt.date(2024, 1, 20)))
    text = lead + "Năm 2023, Hà Giang có thêm 3 sản phẩm đạt 5 sao, 2 trong số đó thuộc huyện Quản Bạ."
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 1, 20))][1] == ("Hà Giang", 3)


def test_products_no_word_of_their_sentence_rates_are_counted_for_something_else() -> None:
    # The kind would come from a word elsewhere (the sentence before, "hội đồng", "theo quyết định"), and nothing in the
    # count's own sentence rates products: counted for something else.
    lead = "Bình Định tổng kết OCOP\n\nĐợt đánh giá cuối năm 2024 của tỉnh Bình Định đã kết thúc.\n\n"
    for sentence in ("Chia theo hội đồng chuyên ngành, hội đồng số 1 có 22 sản phẩm, hội đồng số 2 có 18 sản phẩm.",
                     "Theo quyết định, kinh phí hỗ trợ 300 triệu đồng được chia cho 12 sản phẩm.",
                     "Tỉnh cũng hỗ trợ kinh phí cho 16 chủ thể với 27 sản phẩm."):
        assert facts(lead + sentence, dt.date(2024, 12, 20)) == [], sentence
    # (a district named right before its count is an item of a list of places; a sentence that rates keeps its count)
    lead = ("Bình Định công nhận 40 sản phẩm OCOP\n\nNăm 2024, Hội đồng tỉnh Bình Định công nhận 40 sản phẩm OCOP đạt 3 "
            "sao.\n\n")
    text = lead + "Dẫn đầu các địa phương, huyện Tuy Phước có 9 sản phẩm, tiếp theo là Hoài Nhơn 7 sản phẩm."
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 12, 20))] == [
        ("Bình Định", 40), ("Tuy Phước", 9), ("Hoài Nhơn", 7)]
    text = lead + "Riêng đợt cuối năm, Hội đồng xếp hạng 12 sản phẩm."
    assert [f[7] for f in facts(text, dt.date(2024, 12, 20))] == [40, 12]


def test_a_sites_menu_of_sections_after_its_name_leaves_the_headline_its_place() -> None:
    # "Truyền hình X" then "Mới nhất | Tin nóng | Media | …": the line taken for the headline was the site's name.
    for menu in ("Tin mới | Nóng | Ảnh | Video | Podcast", "Thời sự | Kinh tế | Xã hội | Emagazine"):
        text = (f"Đài Phát thanh và Truyền hình Sơn La\n{menu}\nMộc Châu có 3 sản phẩm OCOP\n"
                "Chè Shan tuyết, mận hậu sấy dẻo và sữa chua nếp cẩm của huyện Mộc Châu là 3 sản phẩm vừa được công "
                "nhận OCOP 3 sao đợt 2 năm 2023.")
        assert short(text, dt.date(2023, 11, 5)) == [("Mộc Châu", 2023, "new", "3", 3)], menu
    # (a table's header under the headline is the table's)
    text = ("Bắc Ninh thưởng sản phẩm OCOP\nHạng sao | Số sản phẩm | Mức thưởng\n4 sao | 12 | 30 triệu đồng\n"
            "3 sao | 40 | 20 triệu đồng")
    assert all(f[0] == "province" for f in facts(text, dt.date(2024, 3, 1)))


def test_the_round_named_after_the_verb_that_rated_the_products_is_theirs() -> None:
    lead = "Huyện Bắc Hà có thêm sản phẩm OCOP 3 sao\n\nĐến nay, huyện Bắc Hà có 25 sản phẩm OCOP.\n\n"
    for sentence, value in (("Năm sản phẩm đạt hạng lần này gồm: chè, mật ong, gạo, miến và măng khô.", 5),
                            ("Bốn sản phẩm xếp hạng đợt này đều là nông sản chế biến.", 4)):
        assert short(lead + sentence, dt.date(2024, 10, 1))[1:] == [("Bắc Hà", 2024, "new", None, value)], sentence


def test_the_centre_handing_over_its_rounds_certificates_at_a_review_meeting() -> None:
    # The ministry handing over certificates is the country's round, whatever province the page is about; a review
    # meeting's name ("sơ kết 3 năm thực hiện …", "giai đoạn 2021 - 2025") says nothing of the count's kind.
    text = ("Hà Nội có thêm sản phẩm OCOP 5 sao\n\nHà Nội hiện có 2.500 sản phẩm OCOP.\n\nNgày 20/8, Bộ Nông nghiệp và Môi "
            "trường đã tổ chức trao giấy chứng nhận sản phẩm OCOP cấp quốc gia đạt 5 sao cho 14 chủ thể, trong đó Hà Nội "
            "có 3 chủ thể.")
    assert [(f[0], f[1], f[4], f[7]) for f in facts(text, dt.date(2024, 8, 25))] == [
        ("province", "Hà Nội", "products", 2500), ("national", "Việt Nam", "subjects", 14),
        ("province", "Hà Nội", "subjects", 3)]
    text = ("Trà Vinh có thêm sản phẩm OCOP 5 sao\n\nTại Hội nghị tổng kết 4 năm thực hiện Chương trình mục tiêu quốc gia "
            "xây dựng nông thôn mới giai đoạn 2021 - 2025, Bộ Nông nghiệp và Phát triển nông thôn đã công bố quyết định "
            "và trao giấy chứng nhận cho 25 sản phẩm đạt chuẩn OCOP 5 sao.")
    assert [(f[0], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 9, 10))] == [("national", "new", "5", 25)]
    # (the level may open the count: "… trao giấy chứng nhận OCOP 5 sao cho 25 sản phẩm")
    text = ("Trà Vinh có thêm sản phẩm OCOP 5 sao\n\nBộ Nông nghiệp và Phát triển nông thôn đã công bố quyết định và trao "
            "giấy chứng nhận OCOP 5 sao cho 25 sản phẩm tại hội nghị.")
    assert [(f[0], f[5], f[7]) for f in facts(text, dt.date(2024, 9, 10))] == [("national", "5", 25)]


def test_a_plans_quota_for_each_place_is_no_places_count() -> None:
    lead = "Phú Yên triển khai OCOP năm 2025\n\nNăm 2024, tỉnh Phú Yên có 150 sản phẩm OCOP.\n\n"
    for sentence in ("Năm 2025, mỗi xã phấn đấu phát triển mới ít nhất 2 sản phẩm OCOP.",
                     "Trong năm 2025, mỗi huyện, thị xã phải có ít nhất 3 sản phẩm đạt từ 3 sao trở lên.",
                     "Mục tiêu năm 2025: các huyện Đồng Xuân, Sơn Hòa và Tây Hòa mỗi nơi có ít nhất 2 sản phẩm 4 sao."):
        assert [f[7] for f in facts(lead + sentence, dt.date(2024, 12, 30))] == [150], sentence
    # (a year's quota is the plan's own; the plan still frames the sentence after it)
    text = lead + "Theo kế hoạch giai đoạn 2025 - 2030, mỗi năm tỉnh phấn đấu có thêm 20 sản phẩm OCOP."
    assert [f[3] for f in facts(text, dt.date(2024, 12, 30))] == ["cumulative", "target"]
    text = (lead + "Cũng trong năm 2025, mỗi huyện phải có ít nhất 2 sản phẩm 4 sao.\n\nKết thúc năm 2024, tỉnh có 150 "
            "sản phẩm được công nhận OCOP, gồm 30 sản phẩm 4 sao và 120 sản phẩm 3 sao.")
    assert {f[3] for f in facts(text, dt.date(2024, 12, 30))} == {"cumulative"}


def test_in_a_line_written_in_capitals_every_word_opens_with_one() -> None:
    # No word shows where an unknown name ends, nor makes a list of names: only the gazetteer's names are places.
    text = ("NGHỊ QUYẾT CỦA HUYỆN ĐỀ RA ĐẾN NĂM 2025 CÓ 30 SẢN PHẨM OCOP, NAY HUYỆN ĐÃ CÓ 32 SẢN PHẨM ĐẠT 3 SAO\n\n"
            "Huyện Na Rì (Bắc Kạn) vượt chỉ tiêu sản phẩm OCOP.")
    assert {(f[0], f[1]) for f in facts(text, dt.date(2024, 6, 1))} == {("district", "Na Rì")}
    text = ("VỚI LỢI THẾ CỦA ĐỊA PHƯƠNG, ĐẾN NAY, THÀNH PHỐ BẮC KẠN CÓ 40 SẢN PHẨM OCOP\n\nThành phố Bắc Kạn phát triển "
            "sản phẩm OCOP gắn với du lịch.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [("district", "Bắc Kạn", 40)]


def test_from_three_stars_without_and_up_is_a_range_not_a_level() -> None:
    # "đạt từ 3 sao" says "from three stars up" as "từ 3 sao trở lên" does, also before a noun-first total's number.
    for sentence, value in (("Trong năm 2021 tỉnh Cà Mau có thêm 40 sản phẩm, đưa tổng số sản phẩm OCOP đạt từ 3 sao lên "
                             "95 sản phẩm.", 95),
                            ("Đến nay, số sản phẩm được công nhận OCOP từ 3 sao của cả nước đã vượt 14.000.", 14000)):
        got = [f for f in facts("Tin OCOP\n\n" + sentence, dt.date(2022, 1, 10)) if f[7] == value]
        assert [(f[3], f[5]) for f in got] == [("cumulative", None)], sentence


def test_a_noun_first_count_names_its_owner_among_its_own_words() -> None:
    text = ("Hậu Giang phát triển OCOP\n\nThị xã Long Mỹ có nhiều sản phẩm OCOP.\n\nĐến nay, số sản phẩm OCOP của huyện "
            "Châu Thành là 38.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2023, 11, 20))] == [("district", "Châu Thành", 38)]
    text = ("ĐBSCL có hơn 2.000 sản phẩm OCOP\n\nVùng Đồng bằng sông Cửu Long có hơn 2.000 sản phẩm OCOP. Số chủ thể OCOP "
            "toàn quốc hiện là hơn 5.600.")
    assert [(f[0], f[4], f[7]) for f in facts(text, dt.date(2023, 11, 20))] == [
        ("region", "products", 2000), ("national", "subjects", 5600)]
    # (not the authority that recognised them, nor a place a description names)
    text = ("Quảng Bình phát triển OCOP\n\nHuyện Bố Trạch có nhiều đặc sản. Số sản phẩm OCOP của huyện Bố Trạch được UBND "
            "tỉnh Quảng Bình công nhận đã lên 19.")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2021, 6, 1))] == [("district", "Bố Trạch", 19)]


def test_a_page_of_the_years_registrations_its_plan_and_its_results_so_far() -> None:
    text = ("Chương trình OCOP Bình Định thu hút nhiều sản phẩm\n\nTrong năm 2024, 150 sản phẩm trên địa bàn tỉnh Bình Định "
            "đã đăng ký tham gia Chương trình mỗi xã một sản phẩm.\n\nTỉnh đặt mục tiêu trong năm 2024 chuẩn hóa tối "
            "thiểu 80 sản phẩm đạt hạng 3 sao trở lên. Mỗi địa phương Hoài Nhơn, Tuy Phước và thị xã An Nhơn phấn đấu "
            "có ít nhất 2 sản phẩm 4 sao; như vậy toàn tỉnh sẽ có tối thiểu 6 sản phẩm OCOP 4 sao.\n\nTính đến nay, UBND "
            "cấp huyện đã ra quyết định công nhận, xếp hạng 3 sao năm 2024 cho 45 sản phẩm trong tổng số 150 sản phẩm "
            "đăng ký.")
    assert [(f[1], f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 11, 1))] == [
        ("Bình Định", 2024, "target", None, 80), ("Bình Định", 2024, "target", "4", 6),
        ("Bình Định", 2024, "new", "3", 45)]
    # (the entries named before their number, and their producers: "sản phẩm tham gia năm nay …, với 150 sản phẩm của
    # 90 chủ thể")
    text = ("Chương trình OCOP Bình Định thu hút nhiều sản phẩm\n\nSo với năm trước, sản phẩm tham gia năm nay tăng cả về "
            "số lượng lẫn chất lượng, với 150 sản phẩm của 90 chủ thể.")
    assert facts(text, dt.date(2024, 11, 1)) == []


def test_a_round_right_after_the_rounds_result_on_an_undated_page_is_of_their_year() -> None:
    # The page names later years only in a plan; the rounds' parts are of the year their result was given.
    text = ("Năm 2021, Sơn La có 52 sản phẩm đạt chuẩn OCOP\n\nHội đồng các cấp đã tổ chức hai đợt đánh giá; kết quả, 52 "
            "sản phẩm đạt hạng OCOP cấp tỉnh từ 3 sao trở lên. Trong đợt 1, 30 sản phẩm được công nhận. Sang đợt 2, thêm "
            "22 sản phẩm đạt chuẩn.\n\nGiai đoạn 2022 - 2025, tỉnh xác định lấy phát triển sản phẩm đặc trưng làm trọng "
            "tâm.")
    assert [(f[2], f[3], f[7]) for f in facts(text)] == [(2021, "new", 52), (2021, "new", 30), (2021, "new", 22)]


def test_producers_named_again_after_a_count_that_gave_no_claim_give_none_either() -> None:
    lead = "Khánh Hòa triển khai OCOP năm 2025\n\n"
    for sentence in ("Theo kế hoạch năm 2025, các huyện dự kiến đưa 120 sản phẩm của 70 chủ thể vào chương trình. Số chủ "
                     "thể này gồm 20 doanh nghiệp, 15 hợp tác xã và 35 hộ kinh doanh.",
                     "Năm nay, tỉnh hỗ trợ kinh phí cho 40 chủ thể. Các chủ thể này gồm 12 doanh nghiệp và 28 hợp tác xã."):
        assert facts(lead + sentence, dt.date(2025, 3, 1)) == [], sentence
    # (producers named again after a count that gave a claim keep their types)
    text = lead + ("Năm 2024, tỉnh công nhận 60 sản phẩm OCOP của 38 chủ thể. Số chủ thể này gồm 10 doanh nghiệp, 8 hợp "
                   "tác xã và 20 hộ kinh doanh.")
    assert [f[7] for f in facts(text, dt.date(2025, 3, 1))] == [60, 38, 10, 8, 20]


def test_the_province_word_after_a_sentence_about_another_province_is_that_ones() -> None:
    text = ("Quảng Ninh và Gia Lai hợp tác tiêu thụ sản phẩm OCOP\n\nSau bảy năm, Quảng Ninh hiện có 470 sản phẩm OCOP "
            "được xếp hạng từ 3 sao trở lên. Còn tỉnh Gia Lai mới thực hiện chương trình được hai năm. Đến nay, 45 sản "
            "phẩm của tỉnh đã được xếp hạng từ 3 sao đến 4 sao.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2020, 10, 1))] == [("Quảng Ninh", 470), ("Gia Lai", 45)]
    # (a province named in passing, not the subject of the sentence before, leaves "của tỉnh" the page's)
    text = ("Quảng Ninh phát triển OCOP\n\nSản phẩm của Quảng Ninh được bán nhiều tại Gia Lai. Đến nay, 470 sản phẩm của "
            "tỉnh đã được xếp hạng từ 3 sao trở lên.")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2020, 10, 1))] == [("Quảng Ninh", 470)]


def test_products_whose_rating_results_were_approved_are_a_round() -> None:
    for sentence in ("Năm 2022, 26 sản phẩm của tỉnh Ninh Bình đã được phê duyệt kết quả đánh giá, phân hạng.",
                     "Năm 2022, 26 sản phẩm của tỉnh Ninh Bình được phê duyệt kết quả xếp hạng OCOP."):
        assert short("Ninh Bình có 60 sản phẩm OCOP\n\n" + sentence, dt.date(2023, 2, 1))[1:] == [
            ("Ninh Bình", 2022, "new", None, 26)], sentence


def test_producers_honoured_by_whoever_and_their_parts_are_no_counts() -> None:
    text = ("Gia Lai khai mạc lễ hội OCOP\n\nTại lễ khai mạc, 18 chủ thể OCOP quốc gia tiêu biểu đã được Ban Tổ chức vinh "
            "danh. Cụ thể, 4 chủ thể từng hai lần có sản phẩm được công nhận OCOP cấp quốc gia; 14 chủ thể còn lại sở "
            "hữu từ 3 sản phẩm OCOP cấp quốc gia trở lên.")
    assert facts(text, dt.date(2025, 11, 20)) == []
    text = "Sơn La tổng kết OCOP\n\nNăm 2024, 12 chủ thể OCOP tiêu biểu đã được UBND tỉnh khen thưởng."
    assert facts(text, dt.date(2024, 12, 20)) == []


def test_with_n_products_the_subject_after_has_them() -> None:
    text = ("Hà Nội phát triển làng nghề gắn với OCOP\n\nNăm 2024, thành phố có thêm 400 sản phẩm được công nhận OCOP.\n\n"
            "Với 3.300 sản phẩm được chứng nhận OCOP, Hà Nội hiện đứng đầu cả nước.")
    assert short(text, dt.date(2025, 6, 9))[-1] == ("Hà Nội", 2025, "cumulative", None, 3300)
    # (not the round that raised a total: "Với 7 sản phẩm vừa đạt chuẩn, tổng số … nâng lên 47")
    text = ("Hóc Môn có thêm 7 sản phẩm OCOP\n\nNgày 28/9, huyện Hóc Môn tổ chức lễ trao chứng nhận OCOP. Với 7 sản phẩm "
            "vừa đạt chuẩn OCOP 3 sao, tổng số sản phẩm OCOP của huyện nâng lên 47.")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 9, 29))] == [("new", 7), ("cumulative", 47)]


def test_products_scored_at_four_stars_and_sent_up_are_candidates() -> None:
    lead = "Khánh Hòa tổng kết OCOP năm 2024\n\nNăm 2024, UBND cấp huyện công nhận 61 sản phẩm đạt 3 sao.\n\n"
    for sentence in ("Bên cạnh đó, hội đồng cấp huyện đã chấm 19 sản phẩm đạt điểm 4 sao (Vạn Ninh có 15, Nha Trang có 4) "
                     "và chuyển lên hội đồng cấp tỉnh để đánh giá.",
                     "Ngoài ra, 12 sản phẩm được hội đồng huyện chấm đạt số điểm 4 sao đã được gửi lên tỉnh."):
        assert [f[7] for f in facts(lead + sentence, dt.date(2024, 12, 20))] == [61], sentence


def test_the_word_any_producer_goes_by_owning_all_the_products_is_no_kind() -> None:
    text = ("Văn Bàn phát triển OCOP\n\nTính đến ngày 31/12/2023, số sản phẩm được công nhận OCOP của huyện Văn Bàn là 36, "
            "thuộc 17 cơ sở sản xuất.")
    assert [(f[4], f[6], f[7]) for f in facts(text, dt.date(2024, 1, 10))] == [("products", None, 36),
                                                                               ("subjects", None, 17)]
    # (among other kinds it is the household kind)
    text = ("Văn Bàn phát triển OCOP\n\nHuyện Văn Bàn hiện có 36 sản phẩm OCOP của 17 chủ thể, gồm 5 hợp tác xã, 2 doanh "
            "nghiệp và 10 cơ sở sản xuất.")
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 1, 10)) if f[4] == "subjects"] == [
        (None, 17), ("cooperative", 5), ("enterprise", 2), ("household", 10)]


def test_what_follows_a_noun_first_count_s_number_is_not_its_recognition() -> None:
    lead = "Mường Lát phát triển sản phẩm OCOP\n\n"
    for sentence in ("Đến nay, huyện Mường Lát có 21 sản phẩm OCOP; số sản phẩm đạt hạng 4 sao là 5, cao nhất khu vực "
                     "miền núi về số sản phẩm được công nhận.",
                     "Hiện huyện Mường Lát có 21 sản phẩm OCOP, trong đó số sản phẩm 4 sao là 5, nhiều hơn mọi huyện "
                     "khác có sản phẩm được xếp hạng."):
        assert [(f[3], f[5], f[7]) for f in facts(lead + sentence, dt.date(2024, 5, 6))] == [
            ("cumulative", None, 21), ("cumulative", "4", 5)], sentence


def test_the_two_upper_levels_together_are_no_level_and_not_every_level() -> None:
    lead = "Kon Tum phát triển sản phẩm OCOP\n\n"
    for sentence in ("Đến nay, tỉnh Kon Tum có 240 sản phẩm OCOP, trong đó 35 sản phẩm đạt 4 sao và 5 sao.",
                     "Đến nay, tỉnh Kon Tum có 240 sản phẩm OCOP; số sản phẩm đạt hạng 4 sao và 5 sao là 35.",
                     "Hiện tỉnh Kon Tum có 240 sản phẩm OCOP, trong số này 35 sản phẩm được xếp hạng 4 - 5 sao.",
                     "Tỉnh Kon Tum hiện có 240 sản phẩm OCOP, gồm 35 sản phẩm từ 4 sao trở lên."):
        assert [(f[3], f[5], f[7]) for f in facts(lead + sentence, dt.date(2025, 3, 2))] == [
            ("cumulative", None, 240)], sentence
    # (a target for products of 4 stars and up is no 4-star target either)
    text = lead + "Năm 2025, tỉnh Kon Tum phấn đấu có thêm 30 sản phẩm OCOP, trong đó ít nhất 6 sản phẩm đạt 4 sao trở lên."
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 3, 2))] == [("target", None, 30)]
    # (every level from three up, and a range with the potential, stay every level)
    text = lead + "Đến nay, tỉnh Kon Tum có 240 sản phẩm OCOP đạt 3 sao, 4 sao và 5 sao."
    assert [(f[5], f[7]) for f in facts(text, dt.date(2025, 3, 2))] == [(None, 240)]


def test_a_section_heading_s_aim_is_no_plan_for_the_paragraph_under_it() -> None:
    lead = "Lạc Dương phát triển sản phẩm OCOP\n\nHuyện Lạc Dương hiện có 32 sản phẩm OCOP, nhiều nhất tỉnh Lâm Đồng.\n\n"
    for heading, body in (
            ("Hướng tới những sản phẩm OCOP 5 sao",
             "3 sản phẩm tiềm năng OCOP 5 sao của huyện Lạc Dương đều thuộc một công ty cà phê ở thị trấn."),
            ("Phấn đấu nâng hạng sao",
             "Cả 9 sản phẩm 4 sao của huyện Lạc Dương đều do hợp tác xã làm ra.")):
        text = lead + heading + "\n\n" + body + "\n"
        assert [f[3] for f in facts(text, dt.date(2024, 6, 1))] == ["cumulative", "cumulative"], heading


def test_a_round_at_one_level_split_by_how_its_products_came_through_keeps_its_level() -> None:
    lead = "Vĩnh Châu công bố sản phẩm OCOP\n\nNgày 18/12, UBND thị xã Vĩnh Châu trao giấy chứng nhận OCOP năm 2024. "
    for sentence in ("Cả 12 sản phẩm, thuộc 06 chủ thể, đều đạt 3 sao; 8 sản phẩm được công nhận lần đầu, 4 sản phẩm được "
                     "đánh giá lại.",
                     "Thị xã công nhận 12 sản phẩm của 6 chủ thể đạt hạng 3 sao. Số sản phẩm lần đầu được công nhận là 8; "
                     "4 sản phẩm còn lại được công nhận lại."):
        # (a page naming another level too: the page's one level cannot settle it)
        text = lead + sentence + "\n\nToàn thị xã hiện có 30 sản phẩm OCOP, trong đó 5 sản phẩm 4 sao.\n"
        found = [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 12, 20)) if f[4] == "products"]
        assert ("new", "3", 8) in found, (sentence, found)


def test_a_headline_s_plan_is_not_what_a_body_sentence_breaks_down() -> None:
    text = ("Hải Phòng đặt mục tiêu đến năm 2025 có thêm 300 sản phẩm OCOP\n\nĐầu tháng 3, UBND thành phố Hải Phòng đã phê "
            "duyệt kết quả đánh giá, phân hạng sản phẩm OCOP 4 sao năm 2023. Có 120 sản phẩm của 10 quận, huyện được đưa "
            "ra đánh giá. Trong đó, 45 sản phẩm của 8 quận, huyện đạt 4 sao.\n")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 3, 20))] == [
        (2025, "target", None, 300), (2023, "new", "4", 45)]


def test_products_a_plan_sentence_says_are_already_recognised_with_their_owner_between() -> None:
    lead = "Mường Lát phát triển OCOP\n\n"
    for sentence in ("Với định hướng tập trung phát triển nông, lâm sản địa phương, hiện 9 sản phẩm của huyện Mường "
                     "Lát đã được chứng nhận OCOP 3 sao.",
                     "Theo định hướng phát triển kinh tế rừng, 9 sản phẩm thuộc huyện Mường Lát đã được công nhận OCOP "
                     "3 sao."):
        assert [(f[3], f[7]) for f in facts(lead + sentence, dt.date(2024, 4, 2))] == [("cumulative", 9)], sentence


def test_products_considered_are_entries_and_what_the_council_recognised_among_them_is_new() -> None:
    lead = "Bình Phước xếp hạng sản phẩm OCOP đợt 2\n\nNgày 20/10, Hội đồng tỉnh Bình Phước họp đánh giá sản phẩm OCOP. "
    for sentence in ("Trên tổng số 15 sản phẩm được xem xét, Hội đồng công nhận 10 sản phẩm đạt chuẩn OCOP cấp tỉnh, gồm "
                     "2 sản phẩm hạng 4 sao và 8 sản phẩm hạng 3 sao.",
                     "Trong tổng số 15 sản phẩm được Hội đồng xem xét, 10 sản phẩm được công nhận đạt chuẩn OCOP, gồm 2 "
                     "sản phẩm hạng 4 sao và 8 sản phẩm hạng 3 sao."):
        assert [(f[3], f[5], f[7]) for f in facts(lead + sentence, dt.date(2024, 10, 21))] == [
            ("new", None, 10), ("new", "4", 2), ("new", "3", 8)], sentence
    # (the part that came through, "8 trên 15 sản phẩm được xem xét đạt chuẩn", is the round's count)
    text = lead + "Kết quả, 8 trên tổng số 15 sản phẩm được xem xét đạt chuẩn OCOP cấp tỉnh."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 10, 21))] == [("new", 8)]


def test_on_a_district_page_a_provincial_decision_s_counts_are_the_province_s() -> None:
    text = ("Năm 2024, huyện Lấp Vò có thêm sản phẩm OCOP 4 sao\n\nNgày 26/12/2024, UBND tỉnh Đồng Tháp ban hành quyết "
            "định công nhận kết quả đánh giá, phân hạng sản phẩm OCOP 4 sao. Theo đó, 36 sản phẩm của 15 chủ thể được "
            "xếp hạng 4 sao. Trong danh sách, huyện Lấp Vò có 4 sản phẩm.\n")
    assert [(f[0], f[1], f[4], f[7]) for f in facts(text, dt.date(2024, 12, 30))] == [
        ("province", "Đồng Tháp", "products", 36), ("province", "Đồng Tháp", "subjects", 15),
        ("district", "Lấp Vò", "products", 4)]
    # (a decision that names the district keeps its count the district's)
    text = ("Huyện Lấp Vò có thêm sản phẩm OCOP 4 sao\n\nNgày 26/12/2024, UBND tỉnh Đồng Tháp công nhận các sản phẩm "
            "OCOP 4 sao của huyện Lấp Vò. Theo đó, 4 sản phẩm của 2 chủ thể được xếp hạng 4 sao.\n")
    assert {f[0] for f in facts(text, dt.date(2024, 12, 30))} == {"district"}


def test_products_registered_by_counted_owners_are_entries() -> None:
    text = ("Hội đồng OCOP quốc gia chấm điểm sản phẩm\n\nSáng 12/3, 10 sản phẩm do 5 chủ thể của Ninh Bình và Nam Định "
            "đăng ký đã được Tổ chuyên gia số 3, Hội đồng OCOP quốc gia, đưa ra chấm điểm.")
    assert facts(text, dt.date(2022, 3, 12)) == []


def test_products_that_may_become_ocop_products_are_no_count_of_them() -> None:
    lead = "Tân Châu rà soát sản phẩm OCOP\n\n"
    for sentence in ("Qua khảo sát, thị xã Tân Châu hiện có 120 sản phẩm tiềm năng của 85 chủ thể.",
                     "Điều tra bước đầu ghi nhận thị xã Tân Châu có khoảng 300 sản phẩm đủ tiềm năng phát triển thành "
                     "sản phẩm OCOP."):
        assert facts(lead + sentence, dt.date(2023, 5, 4)) == [], sentence
    # (a level's candidates, and the potential products a plan will rate, stay counts)
    text = lead + "Năm 2023, thị xã Tân Châu phấn đấu công nhận thêm ít nhất 12 sản phẩm tiềm năng, thế mạnh."
    assert [(f[3], f[7]) for f in facts(text, dt.date(2023, 5, 4))] == [("target", 12)]


def test_a_noun_first_count_naming_its_year_among_its_words() -> None:
    text = ("Nam Định xây dựng chương trình OCOP giai đoạn mới\n\nSố sản phẩm đạt chuẩn OCOP cấp tỉnh của Nam Định trong "
            "năm 2020 là 41. Khi xây dựng chương trình cho giai đoạn mới, tỉnh ghi nhận một số sản phẩm OCOP và nhiều "
            "hộ đặt mục tiêu đến hết năm 2021 nâng lên 60 sản phẩm.")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2021, 3, 1))][:1] == [(2020, "new", 41)]
    assert 60 not in [f[7] for f in facts(text, dt.date(2021, 3, 1)) if f[3] != "target"]


def test_a_round_s_name_before_a_count_is_no_activity_on_its_products() -> None:
    lead = "Phù Cát phát triển OCOP\n\nNăm 2024, huyện Phù Cát có thêm 9 sản phẩm OCOP 3 sao. "
    for sentence in ("Qua đợt đánh giá này, tổng số sản phẩm OCOP của huyện được nâng lên 52.",
                     "Sau kỳ đánh giá năm nay, tổng số sản phẩm OCOP của huyện đã lên 52."):
        assert [(f[3], f[7]) for f in facts(lead + sentence, dt.date(2024, 12, 2))] == [
            ("new", 9), ("cumulative", 52)], sentence
    # (an evaluation round of the level below still brings candidates: "Sau vòng đánh giá ở cấp huyện, 35 sản phẩm
    # … được chọn để tỉnh xem xét")
    text = lead + "Sau vòng đánh giá ở cấp huyện, 12 sản phẩm được chọn để tỉnh xem xét xếp hạng 4 sao."
    assert [f[7] for f in facts(text, dt.date(2024, 12, 2))] == [9]


def test_every_entry_recognised_is_the_round_s_count_and_a_cited_criteria_decision_dates_nothing() -> None:
    text = ("Thêm 6 sản phẩm của huyện Gò Công Đông đạt OCOP\n\nTại phiên họp, Hội đồng chấm điểm từng sản phẩm theo Bộ "
            "tiêu chí ban hành kèm theo Quyết định số 148 ngày 24-2-2023 của Thủ tướng Chính phủ. Hội đồng đã công nhận "
            "toàn bộ 6 sản phẩm được đưa ra xem xét đạt chuẩn OCOP 3 sao, trong đó 5 sản phẩm lần đầu được công "
            "nhận.\n")
    assert [(f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 5, 20))] == [
        (2025, "new", "3", 6), (2025, "new", "3", 5)]


def test_a_headline_s_district_speaks_for_its_province_named_nowhere_and_named_potential_products_are_none() -> None:
    text = ("Krông Năng tập trung xây dựng sản phẩm OCOP\n\nNhiều hộ kinh doanh ở huyện Krông Năng tham gia Chương trình "
            "OCOP. Sản phẩm của anh Tâm nay đã có mặt ở TP. Hồ Chí Minh và Bình Dương. Bên cạnh đó, 12 sản phẩm khác "
            "thuộc nhiều lĩnh vực, ngành nghề trên địa bàn đang được xác định là sản phẩm tiềm năng.\n")
    result = extract(text, "articles/test.txt", dt.date(2022, 11, 15))
    assert result.article_place is not None and result.article_place.name == "Đắk Lắk"
    assert facts(text, dt.date(2022, 11, 15)) == []


def test_products_held_now_said_right_after_them_are_the_place_s_stock() -> None:
    lead = ("Ea Kar tập trung xây dựng sản phẩm OCOP\n\nNăm 2021, sản phẩm cà phê của anh Hòa được cấp giấy chứng nhận "
            "OCOP 3 sao. ")
    for sentence in ("Bốn sản phẩm của huyện Ea Kar hiện đã đạt chuẩn OCOP hạng 3 sao và 4 sao.",
                     "Bốn sản phẩm của huyện Ea Kar hiện nay đã được công nhận OCOP hạng 3 sao và 4 sao."):
        assert [(f[2], f[3], f[7]) for f in facts(lead + sentence, dt.date(2022, 11, 15))] == [
            (2022, "cumulative", 4)], sentence


def test_entries_the_clause_says_all_came_through_are_the_round_s_result() -> None:
    lead = "Huyện Tân Phước có thêm sản phẩm OCOP\n\nHội đồng huyện Tân Phước họp chấm điểm từng hồ sơ trong tháng 5. "
    for sentence in ("Cả 9 sản phẩm đưa ra xem xét đều đạt chuẩn OCOP 3 sao.",
                     "Toàn bộ 9 sản phẩm tham gia đánh giá lần này đều được công nhận hạng 3 sao.",
                     "Tất cả 9 sản phẩm dự thi năm nay cùng đạt 3 sao OCOP."):
        assert [(f[2], f[3], f[5], f[7]) for f in facts(lead + sentence, dt.date(2025, 6, 3))] == [
            (2025, "new", "3", 9)], sentence
    # (entries that are only put forward stay entries, whatever their words say of the others)
    for sentence in ("Có 9 sản phẩm đưa ra xem xét trong phiên họp.",
                     "9 sản phẩm tham gia đánh giá đều được đề nghị lên tỉnh xét hạng 4 sao."):
        assert facts(lead + sentence, dt.date(2025, 6, 3)) == [], sentence
    for sentence in ("Cả 9 sản phẩm đưa ra xem xét đều đạt mức điểm tương ứng 3 sao.",
                     "Cả 9 sản phẩm tham gia đánh giá đều đạt 3 sao và được đề nghị Hội đồng tỉnh công nhận."):
        assert facts(lead + sentence, dt.date(2025, 6, 3)) == [], sentence
    # (… and products shown at a fair that all hold the programme's stars are what was shown)
    text = lead + "Cả 9 sản phẩm tham gia hội chợ tuần này đều đạt chuẩn OCOP 3 sao."
    assert facts(text, dt.date(2025, 6, 3)) == []


def test_the_parts_of_a_count_no_place_of_ours_owns_are_nobody_s_either() -> None:
    # A district the page never names: its count and every part listed after it stay out of the province's figures.
    for parts in ("Cụ thể, 05 sản phẩm đạt 4 sao và 22 sản phẩm đạt 3 sao.",
                  "Trong đó, 05 sản phẩm đạt 4 sao, 22 sản phẩm đạt 3 sao."):
        text = ("Tuyên Quang: nhiều chỉ tiêu về đích sớm\n\nTheo Nghị quyết của huyện, đến năm 2025 phấn đấu có 25 sản "
                "phẩm OCOP; đến nay, số sản phẩm OCOP được xếp hạng của huyện đã là 27. " + parts + "\n")
        assert facts(text, dt.date(2023, 5, 15)) == [], parts
    # A producer's products, listed part after part.
    text = ("Thái Nguyên phát triển sản phẩm chè\n\nTỉnh Thái Nguyên hiện có 300 sản phẩm OCOP. Hợp tác xã chè Tân Cương "
            "hiện có 12 sản phẩm, trong đó 5 sản phẩm đạt OCOP 4 sao, 7 sản phẩm đạt 3 sao.\n")
    assert [f[7] for f in facts(text, dt.date(2023, 5, 15))] == [300]
    text = text.replace("5 sản phẩm đạt OCOP 4 sao, 7 sản phẩm", "5 sản phẩm đạt OCOP 4 sao và 7 sản phẩm")
    assert [f[7] for f in facts(text, dt.date(2023, 5, 15))] == [300]


def test_a_noun_first_count_is_dated_by_the_year_in_its_own_words() -> None:
    text = ("Mê Linh nâng chất sản phẩm OCOP\n\nNăm 2019, huyện Mê Linh có 9 sản phẩm được công nhận. Số sản phẩm được "
            "công nhận OCOP của huyện trong năm 2021 là 27, thuộc 10 chủ thể. Sang năm 2023, huyện có thêm 14 sản phẩm.\n")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2024, 2, 1)) if f[4] == "products"] == [
        (2019, "new", 9), (2021, "new", 27), (2023, "new", 14)]


def test_products_recognised_within_a_named_year_are_that_year_s_round() -> None:
    for sentence in ("Huyện Thạch Thất triển khai chương trình từ năm 2019, và ngay trong năm 2019 đã có 8 sản phẩm "
                     "được công nhận OCOP.",
                     "Chỉ trong năm 2022, huyện Thạch Thất đã có 8 sản phẩm được xếp hạng OCOP."):
        text = "Thạch Thất phát triển OCOP\n\n" + sentence + "\n"
        assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2024, 2, 1))] == [
            (int(sentence.split("năm ")[-1][:4]), "new", 8)], sentence
    # (a stock said after the year's words stays a stock)
    text = ("Thạch Thất phát triển OCOP\n\nTính cả các sản phẩm mới trong năm 2023, đến nay huyện Thạch Thất có tổng cộng "
            "60 sản phẩm được công nhận OCOP.\n")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2024, 2, 1))] == [("cumulative", 60)]


def test_a_noun_first_count_may_carry_its_levels_in_brackets() -> None:
    text = ("Hưng Yên phát triển OCOP\n\nĐến nay, số sản phẩm được công nhận OCOP cấp tỉnh (hạng 3 - 4 sao) của Hưng "
            "Yên đã nâng lên 84, thuộc 40 chủ thể. Trong đó, 30 sản phẩm được xếp hạng 4 sao, 54 sản phẩm xếp hạng 3 "
            "sao.\n")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2021, 3, 1)) if f[4] == "products"] == [
        ("cumulative", None, 84), ("cumulative", "4", 30), ("cumulative", "3", 54)]


def test_a_level_given_to_a_count_by_xep_hang_is_a_rating() -> None:
    lead = "Mường Tè có thêm sản phẩm OCOP\n\nHuyện Mường Tè đã có 15 sản phẩm OCOP. Cuối tháng 11 năm 2022, "
    for sentence in ("Hội đồng tỉnh đã xếp hạng 3 sao cho ba sản phẩm của huyện Mường Tè.",
                     "Hội đồng tỉnh đã xếp hạng 03 sao cho cả ba sản phẩm của huyện Mường Tè.",
                     "Hội đồng tỉnh đã phân hạng 3 sao cho toàn bộ ba sản phẩm của huyện Mường Tè."):
        assert [(f[2], f[3], f[5], f[7]) for f in facts(lead + sentence, dt.date(2022, 12, 10))][1:] == [
            (2022, "new", "3", 3)], sentence


def test_a_place_having_a_total_of_recognised_products_holds_them() -> None:
    lead = "OCOP cả nước\n\nTheo Văn phòng Điều phối, tính đến cuối tháng 12/2023, bộ tiêu chí đã áp dụng ở 63 tỉnh. "
    for sentence in ("Cả nước có tổng cộng 10.500 sản phẩm được xếp hạng từ 3 sao trở lên.",
                     "Cả nước có 5.300 chủ thể với tổng cộng 10.500 sản phẩm được công nhận đạt 3 sao trở lên."):
        assert [(f[3], f[7]) for f in facts(lead + sentence, dt.date(2024, 1, 20)) if f[4] == "products"] == [
            ("cumulative", 10500)], sentence


def test_what_reached_the_standard_in_a_year_a_clause_opens_on_is_that_year_s_result() -> None:
    for sentence in ("Năm 2022, 17 sản phẩm của Chương Mỹ đạt OCOP 3 sao.",
                     "Năm 2022 17 sản phẩm của Chương Mỹ đạt OCOP 3 sao.",
                     "Năm 2022, huyện Chương Mỹ có 17 sản phẩm đạt tiêu chuẩn sao OCOP."):
        text = "Hà Nội: Chương Mỹ phát triển OCOP\n\n" + sentence + "\n"
        assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2023, 4, 1))] == [(2022, "new", 17)], sentence
    # (without a year opening its clause, "có … đạt" is what the place holds)
    text = "Hà Nội: Chương Mỹ phát triển OCOP\n\nHiện huyện Chương Mỹ có 17 sản phẩm đạt tiêu chuẩn sao OCOP.\n"
    assert [(f[3], f[7]) for f in facts(text, dt.date(2023, 4, 1))] == [("cumulative", 17)]


def test_a_number_word_inside_a_place_s_name_counts_nothing() -> None:
    text = ("Đồng Tháp: Tháp Mười có thêm sản phẩm 4 sao\n\nNăm 2023, hai sản phẩm OCOP của Tháp Mười đạt hạng 4 sao. "
            "Sản phẩm của Tháp Mười đạt 3 sao nay là 30.\n")
    assert 10 not in [f[7] for f in facts(text, dt.date(2024, 3, 1))]
    text = "Hà Nội: huyện Ba Vì đón nhận chứng nhận OCOP\n\nHuyện Ba Vì có thêm 12 sản phẩm đạt 3 sao trong năm 2023.\n"
    assert [f[7] for f in facts(text, dt.date(2024, 3, 1))] == [12]


def test_a_part_of_a_rated_count_told_apart_only_by_its_goods_or_commune_is_no_count_of_ours() -> None:
    text = ("Mỹ Đức có thêm sản phẩm OCOP\n\nNăm 2023, huyện Mỹ Đức có 12 sản phẩm OCOP 4 sao, gồm: gạo nếp cái hoa vàng; "
            "năm sản phẩm hương trầm của hộ kinh doanh Lê Hòa; sáu sản phẩm mây tre đan của làng nghề Phú Túc.\n")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 1, 10))] == [("4", 12)]
    text = ("Mỹ Đức có thêm sản phẩm OCOP\n\nNăm 2023, huyện Mỹ Đức có thêm 9 sản phẩm đạt 3 sao, trong đó bảy sản phẩm "
            "thuộc các xã ven sông Đáy, hai sản phẩm thuộc hai xã phía tây huyện.\n")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 1, 10))] == [("3", 9)]
    # (a status tells a part apart: the first-time and the renewed are counts of their own)
    text = ("Mỹ Đức có thêm sản phẩm OCOP\n\nNăm 2023, huyện Mỹ Đức có thêm 9 sản phẩm đạt 3 sao. Trong đó, 7 sản phẩm "
            "lần đầu được công nhận, 2 sản phẩm được công nhận lại.\n")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 1, 10))][:2] == [("3", 9), ("3", 7)]


def test_a_plan_no_year_dates_is_no_target_the_warehouse_can_hold() -> None:
    for sentence in ("Tỉnh phấn đấu phát triển thêm 20 sản phẩm OCOP.",
                     "Kế hoạch chỉ đặt ra 3 - 5 sản phẩm tiềm năng 5 sao được gửi đi đánh giá cấp quốc gia."):
        assert facts("Ninh Thuận phát triển OCOP\n\n" + sentence + "\n", dt.date(2024, 6, 1)) == [], sentence
    # (a plan its page dates stays: "đến năm 2025")
    text = "Ninh Thuận phát triển OCOP\n\nĐến năm 2025, tỉnh phấn đấu phát triển thêm 20 sản phẩm OCOP.\n"
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2024, 6, 1))] == [(2025, "target", 20)]


def test_a_round_s_level_is_its_products_even_when_its_producers_come_first() -> None:
    text = ("Bảo Lộc có thêm sản phẩm OCOP\n\nNăm 2024, thành phố Bảo Lộc có 12 sản phẩm 4 sao. Theo quyết định mới, 8 chủ "
            "thể có tổng cộng 10 sản phẩm được chứng nhận hạng 3 sao. Số sản phẩm lần đầu đạt chuẩn là 7; 3 sản phẩm còn "
            "lại được đánh giá lại.\n")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2025, 1, 20)) if f[4] == "products"][-2:] == [("3", 10), ("3", 7)]


def test_products_a_survey_reviewed_and_the_producers_of_a_survey_s_candidates_are_no_counts() -> None:
    text = ("Châu Thành phát triển OCOP\n\nNăm 2022, huyện Châu Thành có 14 sản phẩm OCOP. Qua khảo sát, huyện có 96 sản "
            "phẩm tiềm năng thuộc 40 loại mặt hàng, do 75 chủ thể sản xuất. Số sản phẩm phục vụ du lịch được huyện rà "
            "soát trong năm 2022 là 12.\n")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2022, 12, 20))] == [("products", 14)]


def test_what_was_supported_given_in_brackets_after_the_support_is_no_count_of_ours() -> None:
    text = ("Thái Bình hỗ trợ chủ thể OCOP\n\nTheo danh sách, 52 chủ thể ở Thái Bình có sản phẩm OCOP được hỗ trợ năm "
            "2023 (tổng cộng có 80 sản phẩm, trong đó có 12 sản phẩm đạt 4 sao, 68 sản phẩm đạt 3 sao).\n")
    assert facts(text, dt.date(2023, 12, 1)) == []


def test_a_headline_s_undated_plan_takes_the_one_year_of_the_body_s_plans() -> None:
    text = ("Sóc Trăng: Đặt chỉ tiêu nâng hạng ít nhất 12 sản phẩm OCOP lên 4 sao\n\nTrong năm 2025, Sóc Trăng sẽ phát "
            "triển mới tối thiểu 35 sản phẩm OCOP.\n")
    assert [(f[2], f[3], f[7]) for f in facts(text, dt.date(2025, 3, 1))] == [(2025, "target", 12), (2025, "target", 35)]
    # (a body of no dated plan dates none: the headline's plan is left out)
    text = "Sóc Trăng: Đặt chỉ tiêu nâng hạng ít nhất 12 sản phẩm OCOP lên 4 sao\n\nTỉnh tập trung nâng chất sản phẩm.\n"
    assert facts(text, dt.date(2025, 3, 1)) == []


def test_a_table_of_producer_types_counts_each_type_s_producers() -> None:
    text = ("Bình Dương tổng kết OCOP\n\nĐến tháng 3/2025, Bình Dương có 150 sản phẩm đạt chuẩn OCOP. Số chủ thể sở hữu "
            "các sản phẩm này là 90, bao gồm:\nLoại hình chủ thể | Số lượng\nDoanh nghiệp | 30\nHợp tác xã | 25\n"
            "Hộ kinh doanh | 35\n")
    assert [(f[3], f[6], f[7]) for f in facts(text, dt.date(2025, 4, 1)) if f[4] == "subjects"] == [
        ("cumulative", None, 90), ("cumulative", "enterprise", 30), ("cumulative", "cooperative", 25),
        ("cumulative", "household", 35)]
    # ("Loại hình" alone is a column of types when another cell names producers; a products column is not read)
    text = ("Huyện Mỹ Tú tổng kết OCOP\n\nHuyện Mỹ Tú hiện có 30 chủ thể OCOP.\nLoại hình | Số chủ thể | Số sản phẩm\n"
            "Doanh nghiệp | 5 | 12\nHợp tác xã | 25 | 40\n")
    assert [(f[1], f[6], f[7]) for f in facts(text, dt.date(2025, 4, 1))] == [
        ("Mỹ Tú", None, 30), ("Mỹ Tú", "enterprise", 5), ("Mỹ Tú", "cooperative", 25)]
    # (a table of product groups stays one)
    text = ("Huyện Mỹ Tú tổng kết OCOP\n\nHuyện Mỹ Tú hiện có 30 sản phẩm OCOP.\nNhóm sản phẩm | Số sản phẩm\n"
            "Thực phẩm | 18\nĐồ uống | 12\n")
    assert [f[7] for f in facts(text, dt.date(2025, 4, 1))] == [30]
    # (a producer count further back gives the rows nothing: "Năm 2019 có 10 chủ thể" two paragraphs up)
    text = ("Huyện Mỹ Tú tổng kết OCOP\n\nNăm 2019, huyện Mỹ Tú có 10 chủ thể OCOP.\n\nĐến nay, huyện Mỹ Tú có 40 sản "
            "phẩm OCOP, chia theo loại hình:\nLoại hình chủ thể | Số lượng\nDoanh nghiệp | 5\nHợp tác xã | 25\n")
    assert [(f[2], f[6], f[7]) for f in facts(text, dt.date(2025, 4, 1)) if f[4] == "subjects"][1:] == [
        (2025, "enterprise", 5), (2025, "cooperative", 25)]


def test_products_sent_up_to_the_province_s_council_are_candidates_not_ratings() -> None:
    for sentence in ("Trong quý II, phòng nông nghiệp hoàn thiện hồ sơ cho 5 sản phẩm đạt 3 sao cấp huyện để dự thi "
                     "đánh giá cấp tỉnh.",
                     "Ngoài ra, 9 sản phẩm khác đã được các xã đăng ký để đưa lên cấp tỉnh xem xét.",
                     "Bốn sản phẩm vừa được Ban Chỉ đạo huyện xét chọn để đề nghị tỉnh công nhận là sản phẩm OCOP.",
                     "Theo quyết định, có 3 sản phẩm được đánh giá có khả năng đạt 4 sao, đủ điều kiện để huyện gửi "
                     "cấp tỉnh đánh giá, phân hạng.",
                     # (the parts of candidates are candidates)
                     "Hội đồng cấp huyện chấm 11 sản phẩm đạt điểm 4 sao (Ea Kar 7 sản phẩm, Krông Bông 4 sản phẩm) "
                     "và đã gửi lên hội đồng cấp tỉnh để đánh giá, phân hạng."):
        text = "Huyện Krông Năng chuẩn bị hồ sơ OCOP\n\nNăm 2024, " + sentence[0].lower() + sentence[1:] + "\n"
        assert facts(text, dt.date(2024, 9, 1)) == [], sentence
    # (the provincial council's proposal to the province's executive is its round's result; a plan's figure stays)
    text = ("Đắk Lắk chấm điểm OCOP\n\nNăm 2024, Hội đồng tỉnh thống nhất đề nghị UBND tỉnh công nhận 20 sản phẩm đạt "
            "OCOP 3 sao. Năm 2025, huyện Krông Năng đặt mục tiêu có thêm 6 sản phẩm được công nhận OCOP 3 sao; đồng "
            "thời chọn 2 sản phẩm để đề nghị tỉnh đánh giá, phân hạng ở mức 4 sao.\n")
    assert [(f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 9, 1))] == [
        ("Đắk Lắk", "new", "3", 20), ("Krông Năng", "target", "3", 6), ("Krông Năng", "target", "4", 2)]
    # (a result reached after taking part in the province's round is that round's)
    text = ("Huyện Krông Năng có thêm sản phẩm OCOP\n\nNăm 2024, huyện Krông Năng có 12 sản phẩm đạt OCOP 3 sao sau khi "
            "tham gia đánh giá cấp tỉnh.\n")
    assert [(f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 9, 1))] == [("Krông Năng", "3", 12)]


def test_a_whole_named_for_the_first_time_after_trong_gives_its_parts_its_own_scope() -> None:
    text = ("Hai sản phẩm của Bến Tre lần đầu đạt OCOP 5 sao\n\nHội đồng Trung ương vừa họp đánh giá, phân hạng sản "
            "phẩm OCOP cấp quốc gia. Trong 64 sản phẩm của 18 tỉnh, thành phố gửi hồ sơ dự đánh giá ở phiên này, 39 "
            "sản phẩm được Hội đồng Trung ương công nhận đạt OCOP 5 sao.\n")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2025, 6, 27))] == [
        ("province", "Bến Tre", 2), ("national", "Việt Nam", 39)]
    # (a total stated before and named again is broken down in its own scope: "Trong 40 sản phẩm …")
    text = ("Bến Tre công nhận OCOP\n\nNăm 2023, tỉnh Bến Tre công nhận 40 sản phẩm OCOP. Trong 40 sản phẩm, có 6 sản "
            "phẩm đạt 4 sao.\n")
    assert [(f[1], f[2], f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 1))] == [
        ("Bến Tre", 2023, "new", None, 40), ("Bến Tre", 2023, "new", "4", 6)]


def test_a_level_named_first_with_the_only_product_it_has() -> None:
    text = ("Vĩnh Long công nhận OCOP đợt 1\n\nNăm 2023, trong đợt này, 12 sản phẩm của 9 chủ thể được cấp giấy chứng "
            "nhận OCOP hạng từ 3 sao trở lên.\n\nCụ thể, hạng 4 sao có duy nhất một sản phẩm là bánh tráng của hộ "
            "kinh doanh Út Hiền. Đạt hạng 3 sao là 11 sản phẩm.\n")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 8, 1)) if f[4] == "products"] == [
        (None, 12), ("4", 1), ("3", 11)]


def test_a_count_said_for_each_of_the_places_named_before_it() -> None:
    text = ("Bến Tre công nhận OCOP\n\nNăm 2023, Bến Tre công nhận 60 sản phẩm OCOP đạt 3 sao.\n\nChợ Lách, Mỏ Cày Nam "
            "và Giồng Trôm là những huyện có nhiều sản phẩm nhất trong đợt, với 9 sản phẩm mỗi huyện.\n")
    assert [(f[0], f[1], f[5], f[7]) for f in facts(text, dt.date(2024, 1, 10))][1:] == [
        ("district", "Chợ Lách", "3", 9), ("district", "Mỏ Cày Nam", "3", 9), ("district", "Giồng Trôm", "3", 9)]
    # (no places named together before it: a figure per district, no count of any)
    text = "Bến Tre phát triển OCOP\n\nNăm 2025, tỉnh phấn đấu có 3 sản phẩm mỗi huyện.\n"
    assert facts(text, dt.date(2024, 1, 10)) == []


def test_with_a_count_then_a_star_level_is_that_level_s_share_of_the_round() -> None:
    text = ("Kon Tum công bố kết quả OCOP\n\nKết quả phân hạng sản phẩm OCOP năm 2023 vừa được công bố: 60 sản phẩm của "
            "40 chủ thể đạt hạng 3 - 4 sao. Số sản phẩm đạt 4 sao là 12. Với 48 sản phẩm của 30 chủ thể, hạng 3 sao "
            "tập trung ở huyện Đăk Hà.\n")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 12, 20)) if f[4] == "products"] == [
        ("new", None, 60), ("new", "4", 12), ("new", "3", 48)]
    # (with a place after it, what the place has)
    text = "Kon Tum phát triển OCOP\n\nVới 120 sản phẩm OCOP, Kon Tum có nhiều đặc sản vùng cao.\n"
    assert [(f[1], f[3], f[7]) for f in facts(text, dt.date(2023, 12, 20))] == [("Kon Tum", "cumulative", 120)]


def test_a_lead_opening_on_the_province_alone_is_the_province_s_page() -> None:
    text = ("Đặc sản OCOP xứ Đông\n\nVới 280 sản phẩm đạt chứng nhận OCOP, Hưng Yên có nhiều đặc sản nổi tiếng.\n\n"
            "Nhãn lồng Khoái Châu của hợp tác xã Hồng Nam là sản phẩm 4 sao; vùng nhãn của huyện Khoái Châu rộng.\n\n"
            "Tương Bần của huyện Văn Lâm đạt 3 sao.\n")
    assert [(f[0], f[1], f[7]) for f in facts(text)] == [("province", "Hưng Yên", 280)]


def test_a_count_larger_than_the_level_count_before_it_takes_no_level_from_it() -> None:
    text = ("Sóc Trăng tổng kết OCOP\n\nLũy kế giai đoạn 2019 - 2024, Sóc Trăng có 60 chủ thể với 150 sản phẩm được "
            "công nhận OCOP hạng 3 - 4 sao. Cụ thể, hạng 4 sao có 30 sản phẩm, hạng 3 sao có 120 sản phẩm.\n\nRiêng năm "
            "2024, số sản phẩm OCOP được công nhận mới và công nhận lại của tỉnh là 45.\n")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 1, 10))][-1] == ("new", None, 45)


def test_a_page_about_a_commune_bearing_a_former_district_s_name_gives_it_no_district_figure() -> None:
    text = ("Sơn La: Mộc Châu phát triển sản phẩm OCOP\n\n15/11/2025\n\nSau sắp xếp đơn vị hành chính, xã Mộc Châu (tỉnh "
            "Sơn La) có vùng chè và bò sữa rộng hơn.\n\nNăm 2025, xã có thêm 4 sản phẩm đạt OCOP 3 sao. Đến nay, Mộc "
            "Châu có tổng cộng 21 sản phẩm OCOP, trong đó 5 sản phẩm 4 sao.\n\nToàn tỉnh Sơn La hiện có 280 sản phẩm "
            "OCOP.\n")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2025, 11, 15))] == [("province", "Sơn La", 280)]
    # (a district named with its word stays a district, a co-operative's name is no commune)
    text = ("TP.HCM: Cần Giờ có thêm sản phẩm OCOP\n\nHợp tác xã Cần Giờ Xanh vừa có 2 sản phẩm đạt 3 sao. Đến nay, "
            "huyện Cần Giờ có 15 sản phẩm OCOP.\n")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2022, 11, 19))] == [("district", "Cần Giờ", 15)]


def test_a_stock_as_of_the_end_of_a_quarter() -> None:
    text = ("Đắk Hà: 24 sản phẩm được chứng nhận OCOP\n\nĐến hết quý II năm nay, số sản phẩm được chứng nhận OCOP của "
            "huyện Đắk Hà đã đạt 24.\n")
    assert [(f[1], f[3], f[7]) for f in facts(text, dt.date(2024, 7, 10))] == [("Đắk Hà", "cumulative", 24)]


def test_a_producer_type_with_its_sector_named_before_its_count() -> None:
    text = ("Phú Yên tổng kết OCOP\n\nNăm 2023, Phú Yên có 90 chủ thể OCOP. Theo loại hình, hợp tác xã nông nghiệp có "
            "21, doanh nghiệp nhỏ và vừa có 15, còn lại là hộ kinh doanh với 54 chủ thể.\n")
    assert [(f[6], f[7]) for f in facts(text, dt.date(2024, 1, 10))] == [
        (None, 90), ("cooperative", 21), ("enterprise", 15), ("household", 54)]


def test_a_level_named_first_whose_products_are_all_one_producer_s() -> None:
    text = ("Yên Bái công nhận OCOP\n\nNăm 2022, tỉnh Yên Bái công nhận 30 sản phẩm OCOP. Ở hạng 4 sao chỉ có 02 sản "
            "phẩm là miến đao và măng khô của Hợp tác xã Tân Lĩnh. Hạng 3 sao có 28 sản phẩm.\n")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 12, 20))] == [(None, 30), ("4", 2), ("3", 28)]


def test_the_rest_with_its_level_named_first_completes_the_whole_before() -> None:
    text = ("Ba Tơ phát triển OCOP\n\nTính đến nay, số sản phẩm đạt chuẩn OCOP của huyện Ba Tơ là 9. Cụ thể, ba sản "
            "phẩm được xếp hạng 4 sao đều là hàng thổ cẩm. Được đánh giá, phân hạng 3 sao là 6 sản phẩm còn lại, gồm dầu "
            "phụng, gạo rẫy và thịt trâu khô.\n")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 5, 2))] == [
        ("cumulative", None, 9), ("cumulative", "4", 3), ("cumulative", "3", 6)]


def test_products_scored_and_ranked_in_a_named_year_are_that_round_s() -> None:
    text = ("Huyện Gia Bình: 12 sản phẩm OCOP năm 2023 được chấm điểm, xếp hạng\n\nHội đồng huyện chấm điểm các sản phẩm "
            "theo bộ tiêu chí.\n")
    assert [(f[1], f[2], f[3], f[7]) for f in facts(text, dt.date(2023, 12, 1))] == [("Gia Bình", 2023, "new", 12)]


def test_a_national_round_s_product_list_names_its_products_provinces_not_the_page_s() -> None:
    text = ("Thêm 18 sản phẩm được công nhận OCOP 5 sao\n\n10:20 12/09/2024\n\nBộ Nông nghiệp và PTNT vừa ra quyết định "
            "công nhận 18 sản phẩm đạt OCOP 5 sao. Với kết quả này, số sản phẩm OCOP 5 sao cấp quốc gia của cả nước "
            "đã được nâng lên 77.\n\nDanh sách một số sản phẩm:\n\n1. Kẹo dừa (Công ty TNHH Thanh Long, huyện Mỏ Cày "
            "Nam, tỉnh Bến Tre).\n2. Bánh phồng (Công ty Sơn Đốc, huyện Giồng Trôm, tỉnh Bến Tre).\n3. Nước mắm (Công "
            "ty Hồng Hạnh, tỉnh Kiên Giang).\n4. Chuối sấy (Hợp tác xã Mỹ Lộc, tỉnh Bến Tre).\n")
    assert [(f[0], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 9, 12))] == [
        ("national", "new", "5", 18), ("national", "cumulative", "5", 77)]


def test_producers_named_before_the_potential_products_they_hold_are_no_ocop_producers() -> None:
    text = ("Điện Biên khảo sát sản phẩm\n\nKết quả rà soát cho thấy 42 chủ thể của tỉnh Điện Biên đang sở hữu tổng "
            "cộng 95 sản phẩm có tiềm năng phát triển thành sản phẩm OCOP.\n")
    assert facts(text, dt.date(2020, 9, 15)) == []
    # (producers holding rated products are counted)
    text = "Điện Biên tổng kết OCOP\n\nĐến nay, 42 chủ thể của tỉnh Điện Biên đang sở hữu 95 sản phẩm OCOP đạt 3 sao.\n"
    assert [(f[4], f[7]) for f in facts(text, dt.date(2024, 8, 1))] == [("subjects", 42), ("products", 95)]


def test_goods_shown_at_a_fair_s_stands_with_a_long_aside_are_no_count() -> None:
    text = ("Bắc Giang tổ chức hội chợ nông sản\n\nHơn 250 sản phẩm, gồm sản phẩm OCOP, nông sản chủ lực và đồ thủ công "
            "mỹ nghệ của các huyện trong tỉnh Bắc Giang, được giới thiệu tại các gian hàng.\n")
    assert facts(text, dt.date(2023, 7, 28)) == []


def test_a_score_worth_five_stars_given_by_a_province_is_a_potential_five_star() -> None:
    text = ("Ninh Thuận công nhận OCOP\n\nUBND tỉnh vừa cấp giấy chứng nhận OCOP năm 2022 cho 20 sản phẩm. Cụ thể, hạng 4 "
            "sao có 7 sản phẩm, hạng 3 sao có 11 sản phẩm. Hai sản phẩm còn lại có số điểm tương đương hạng 5 sao, đang "
            "chờ Hội đồng Trung ương xem xét.\n")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2022, 12, 20))] == [
        (None, 20), ("4", 7), ("3", 11), ("potential_5", 2)]
    text = ("Ninh Thuận lần đầu có hai sản phẩm OCOP chạm ngưỡng 5 sao\n\nUBND tỉnh Ninh Thuận đã phê duyệt kết quả đánh "
            "giá, phân hạng 14 sản phẩm OCOP năm 2024.\n")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2024, 10, 1))] == [("potential_5", 2), (None, 14)]


def test_the_owners_listed_under_a_national_list_name_no_page_province() -> None:
    text = ("Danh sách sản phẩm OCOP cấp quốc gia\n\nChương trình OCOP được triển khai trên cả nước từ năm 2018. Đến nay, "
            "4.200 sản phẩm đã được công nhận OCOP từ 3 sao trở lên.\n\nSản phẩm: Bộ ấm chén men rạn.\nChủ thể: Công ty TNHH Gốm Bát Tràng, huyện Gia Lâm, Hà Nội.\n\n"
            "Sản phẩm: Bình gốm hoa sen.\nChủ thể: Hợp tác xã Gốm Kim Lan, huyện Gia Lâm, Hà Nội.\n\nSản phẩm: Trà hoa "
            "vàng.\nChủ thể: Hợp tác xã Ba Chẽ, tỉnh Quảng Ninh.\n")
    assert [(f[0], f[7]) for f in facts(text, dt.date(2021, 3, 1))] == [("national", 4200)]


def test_the_programme_s_name_after_the_producers_noun_changes_nothing() -> None:
    base = ("Lục Ngạn đánh giá sản phẩm OCOP đợt 3\n\nĐợt này, huyện Lục Ngạn có 18 sản phẩm của 15 chủ thể tham gia, gồm "
            "12 sản phẩm đánh giá mới và 6 sản phẩm đánh giá lại.\n\nSau các vòng thẩm định, 16 sản phẩm của 13 chủ thể "
            "được công nhận OCOP 3 sao.\n")
    written = base.replace("chủ thể", "chủ thể OCOP")
    assert facts(written, dt.date(2024, 11, 20)) == facts(base, dt.date(2024, 11, 20)) == [
        ("district", "Lục Ngạn", 2024, "new", "products", "3", None, 16, None, None),
        ("district", "Lục Ngạn", 2024, "new", "subjects", None, None, 13, None, None)]


def test_a_plan_s_next_item_told_as_a_sentence_of_its_own_is_a_target() -> None:
    text = ("Yên Bái triển khai OCOP năm 2021\n\nNăm 2021, tỉnh Yên Bái phấn đấu nâng hạng 2 sản phẩm từ 3 sao lên 4 sao. "
            "Phát triển thêm 30 sản phẩm OCOP mới đạt từ 3 sao trở lên.\n")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2021, 2, 1))] == [("target", 2), ("target", 30)]
    # (a past marker in its own words ends the plan)
    text = ("Yên Bái triển khai OCOP năm 2021\n\nNăm 2021, tỉnh Yên Bái phấn đấu nâng hạng 2 sản phẩm từ 3 sao lên 4 sao. "
            "Phát triển thêm 30 sản phẩm OCOP, tỉnh đã có 150 sản phẩm đạt từ 3 sao trở lên.\n")
    assert ("target", 30) not in [(f[3], f[7]) for f in facts(text, dt.date(2021, 2, 1))]


def test_a_headline_in_capitals_about_the_programme_s_products_is_the_headline() -> None:
    text = ("TIÊN PHƯỚC TIẾP SỨC CHO CÁC CHỦ THỂ LÀM SẢN PHẨM OCOP\n\nBáo Dân Việt - Bản in\n\nTheo Phòng Nông nghiệp huyện "
            "Tiên Phước (Quảng Nam), năm 2020 huyện đưa 7 sản phẩm vào đánh giá, xếp hạng. Sau khi hội đồng bình xét, 5 "
            "trong số đó được xếp hạng OCOP 3 sao cấp tỉnh.\n\nTỉnh Quảng Nam hiện có 280 sản phẩm OCOP.\n")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2020, 12, 20))][0] == ("district", "Tiên Phước", 5)
    # (a site's name in capitals stays no headline)
    text = ("BÁO QUẢNG NAM ĐIỆN TỬ\n\nTiên Phước có thêm 5 sản phẩm OCOP 3 sao\n\nNăm 2020, huyện Tiên Phước có 5 sản phẩm "
            "được xếp hạng OCOP 3 sao cấp tỉnh.\n")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2020, 12, 20))] == [("district", "Tiên Phước", 5)]


def test_a_district_s_star_score_before_districts_could_certify_is_no_rating() -> None:
    text = ("Nghĩa Đàn đánh giá sản phẩm OCOP\n\nNăm 2020, Hội đồng huyện Nghĩa Đàn đánh giá 5 sản phẩm. Kết quả, 3 sản phẩm "
            "được công nhận đạt 3 sao cấp huyện.\n")
    assert facts(text, dt.date(2020, 11, 10)) == []
    # (from 2023 a district's people's committee certifies 3-star products)
    text = ("Nghĩa Đàn đánh giá sản phẩm OCOP\n\nNăm 2024, UBND huyện Nghĩa Đàn đánh giá 5 sản phẩm. Kết quả, 3 sản phẩm "
            "được công nhận đạt 3 sao cấp huyện.\n")
    assert [(f[2], f[5], f[7]) for f in facts(text, dt.date(2024, 11, 10))] == [(2024, "3", 3)]


def test_a_commune_named_as_an_example_then_what_it_has_is_the_commune_s() -> None:
    for phrase in ("Tiêu biểu như xã Bát Tràng, nơi hiện có", "Điển hình là xã Bát Tràng, hiện có"):
        text = (f"Gia Lâm phát triển OCOP\n\nHuyện Gia Lâm hiện có 120 sản phẩm OCOP. {phrase} 15 sản phẩm OCOP đạt 3 "
                "sao, 4 sao.\n")
        assert [(f[1], f[7]) for f in facts(text, dt.date(2023, 1, 10))] == [("Gia Lâm", 120)]


def test_an_extract_that_never_names_its_district_takes_the_one_its_address_names() -> None:
    text = ("Một trong những chỉ tiêu vượt kế hoạch là phát triển sản phẩm OCOP. Chỉ tiêu của huyện đến năm 2025 là 25 "
            "sản phẩm OCOP đạt 3 sao, thì nay huyện đã có 27 sản phẩm OCOP được xếp hạng sao, trong đó có 04 sản phẩm 4 "
            "sao, 23 sản phẩm 3 sao.\n")
    url = "https://baobackan.com.vn/na-ri-co-15-chi-tieu-dat-va-vuot-ke-hoach-post51234.html"
    claims = extract(text, "articles/test.txt", dt.date(2023, 5, 15), "Báo Bắc Kạn", url).claims
    assert [(c.geo_level, c.geo_name, c.kind, c.stars, c.value) for c in claims] == [
        ("district", "Na Rì", "target", "3", 25), ("district", "Na Rì", "cumulative", None, 27),
        ("district", "Na Rì", "cumulative", "4", 4), ("district", "Na Rì", "cumulative", "3", 23)]
    # (without the address, the district is no place of ours; a page naming its places keeps them)
    assert extract(text, "articles/test.txt", dt.date(2023, 5, 15), "Báo Bắc Kạn").claims == []
    named = text.replace("của huyện đến", "của huyện Chợ Mới đến")
    assert {c.geo_name for c in extract(named, "articles/test.txt", dt.date(2023, 5, 15), "Báo Bắc Kạn", url).claims} \
        == {"Chợ Mới"}


def test_who_rated_each_level_of_a_stock_is_no_round_for_the_sentences_after() -> None:
    text = ("Thanh Hóa dẫn đầu về sản phẩm OCOP\n\nKể từ năm 2019 tới nay, các huyện của tỉnh Thanh Hóa đã làm ra tổng cộng "
            "680 sản phẩm OCOP. Bộ NN&PTNT đã chứng nhận 3 sản phẩm đạt 5 sao; UBND tỉnh phân hạng 177 sản phẩm 4 sao; "
            "phần còn lại, 500 sản phẩm, đạt 3 sao.\n\nXét về số lượng, Thọ Xuân là địa phương dẫn đầu toàn tỉnh với 52 "
            "sản phẩm đã được chứng nhận OCOP.\n")
    assert [(f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2023, 6, 1))] == [
        ("Thanh Hóa", "cumulative", None, 680), ("Thanh Hóa", "cumulative", "5", 3),
        ("Thanh Hóa", "cumulative", "4", 177), ("Thanh Hóa", "cumulative", "3", 500),
        ("Thọ Xuân", "cumulative", None, 52)]


def test_an_undated_page_reaches_the_last_year_of_a_short_span_it_tells_as_past() -> None:
    text = ("Ba Tri gắn sản phẩm OCOP với chuỗi giá trị\n\nDấu ấn rõ nhất rơi vào giai đoạn 2021 – 2022: huyện tập trung "
            "khảo sát sản phẩm có tiềm năng và hỗ trợ chủ thể hoàn thiện hồ sơ.\n\nCộng dồn tới thời điểm này, huyện Ba "
            "Tri đã có 24 sản phẩm được chứng nhận OCOP.\n")
    assert [(f[1], f[2], f[7]) for f in facts(text)] == [("Ba Tri", 2022, 24)]
    # (a programme's period ends in no year the page reached)
    text = ("Ba Tri gắn sản phẩm OCOP với chuỗi giá trị\n\nHuyện triển khai Chương trình OCOP giai đoạn 2021 – 2025 và "
            "năm 2021 tập trung khảo sát sản phẩm.\n\nCộng dồn tới thời điểm này, huyện Ba Tri đã có 24 sản phẩm được "
            "chứng nhận OCOP.\n")
    assert [(f[1], f[2], f[7]) for f in facts(text)] == [("Ba Tri", 2021, 24)]


def test_an_undated_page_counting_the_years_since_the_start_the_sentence_before_names() -> None:
    text = ("OCOP – sứ giả của vùng đất Cố đô\n\nTừ năm 2019, theo chỉ đạo của UBND huyện Gia Viễn, chương trình mỗi xã "
            "một sản phẩm được triển khai xuống các xã. Bốn năm qua, nhiều xã đã hoàn thiện sản phẩm truyền thống của "
            "mình.\n\nHiện nay, huyện Gia Viễn có 24 sản phẩm OCOP.\n")
    assert [(f[1], f[2], f[7]) for f in facts(text)] == [("Gia Viễn", 2023, 24)]


def test_products_supported_then_rated_and_the_place_s_count_after_a_round() -> None:
    text = ("Diên Khánh gắn OCOP với thương hiệu\n\nRiêng năm 2022, huyện Diên Khánh có 04 sản phẩm đăng ký và được hỗ "
            "trợ. Sau đợt này, cả huyện có 09 sản phẩm của 07 chủ thể đã được hỗ trợ, xét chọn và đạt tiêu chuẩn OCOP 3 "
            "sao.\n")
    assert [(f[3], f[4], f[5], f[7]) for f in facts(text, dt.date(2023, 3, 1))] == [
        ("cumulative", "products", "3", 9), ("cumulative", "subjects", None, 7)]
    # (a support alone stays no rating)
    text = "Diên Khánh hỗ trợ OCOP\n\nNăm 2022, huyện Diên Khánh có 09 sản phẩm của 07 chủ thể được hỗ trợ bao bì.\n"
    assert facts(text, dt.date(2023, 3, 1)) == []


def test_a_district_s_share_of_a_level_count_given_as_chiem_toi() -> None:
    text = ("Quảng Ninh dẫn đầu về sản phẩm 5 sao\n\nĐến nay Quảng Ninh có 480 sản phẩm OCOP. Trong 9 sản phẩm 5 sao của "
            "tỉnh, huyện Ba Chẽ chiếm tới 4, các sản phẩm còn lại thuộc những chủ thể ở Hạ Long và Đông Triều.\n")
    assert [(f[0], f[1], f[3], f[5], f[7]) for f in facts(text, dt.date(2024, 6, 1))][-1] == (
        "district", "Ba Chẽ", "cumulative", "5", 4)


def test_a_product_awaiting_the_centre_s_five_star_rating_is_a_potential_five_star_of_the_stock() -> None:
    text = ("Bình Phước có 140 sản phẩm OCOP\n\nĐến nay, Bình Phước có 140 sản phẩm OCOP, trong đó 9 sản phẩm 4 sao; còn 2 "
            "sản phẩm đang chờ Trung ương đánh giá, phân hạng 5 sao cấp quốc gia.\n")
    assert [(f[3], f[5], f[7]) for f in facts(text, dt.date(2025, 3, 1))] == [
        ("cumulative", None, 140), ("cumulative", "4", 9), ("cumulative", "potential_5", 2)]


def test_a_person_s_products_and_a_general_group_of_goods_are_no_count_of_a_group() -> None:
    text = ("Ia Grai nâng tầm nông sản\n\nTới nay, huyện Ia Grai có 12 sản phẩm OCOP. Sau thời gian lập nghiệp ở Bình "
            "Phước, ông chuyển lên Ia Grai mở cơ sở và làm ra 2 sản phẩm đạt OCOP 3 sao.\n")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 10, 27))] == [("Ia Grai", 12)]
    # (one who speaks of a place's count is no producer; a province named "Bà Rịa" is no person)
    text = ("Ia Grai nâng tầm nông sản\n\nÔng Lê Văn Hòa, Trưởng phòng Nông nghiệp huyện Ia Grai cho biết, toàn huyện có 12 "
            "sản phẩm OCOP.\n")
    assert [(f[1], f[7]) for f in facts(text, dt.date(2024, 10, 27))] == [("Ia Grai", 12)]
    text = "Bà Rịa - Vũng Tàu phát triển OCOP\n\nĐến cuối năm 2025, Bà Rịa - Vũng Tàu phấn đấu có 200 sản phẩm OCOP.\n"
    assert [(f[1], f[3], f[7]) for f in facts(text, dt.date(2021, 3, 1))] == [("Bà Rịa - Vũng Tàu", "target", 200)]
    # ("phát triển nhóm sản phẩm hàng hóa, dịch vụ": the programme's goods in general, no group)
    text = ("Cát Tiên có thêm sản phẩm OCOP\n\nTriển khai Chương trình để phát triển nhóm sản phẩm hàng hóa, dịch vụ, tính "
            "đến nay huyện Cát Tiên đã có 11 sản phẩm được công nhận đạt OCOP hạng 3 sao và 4 sao.\n")
    assert [(f[1], f[4], f[7]) for f in facts(text, dt.date(2022, 12, 21))] == [("Cát Tiên", "products", 11)]


def test_producers_accompanied_to_develop_ideas_are_no_ocop_producers() -> None:
    text = ("Ia H'Drai phát triển OCOP\n\nHiện huyện Ia H'Drai có 6 sản phẩm OCOP. UBND huyện đang đồng hành cùng 03 hợp "
            "tác xã để phát triển 8 ý tưởng sản phẩm tham gia chương trình trong năm 2024.\n")
    assert [(f[4], f[7]) for f in facts(text, dt.date(2024, 5, 1))] == [("products", 6)]


def test_a_total_as_of_a_month_and_a_province_s_decision_for_the_page_s_district() -> None:
    text = ("Đà Nẵng lần đầu đề xuất sản phẩm OCOP 5 sao\n\nLần đầu tiên, UBND thành phố Đà Nẵng có quyết định công nhận kết "
            "quả đánh giá sản phẩm OCOP. Theo Sở NN&PTNT, đến tháng 3/2023 thành phố có tổng cộng 70 sản phẩm OCOP đạt từ "
            "3 sao trở lên.\n")
    assert [(f[3], f[7]) for f in facts(text)] == [("cumulative", 70)]
    # (the year's ratings so far stay new)
    text = ("Hải Phòng đánh giá sản phẩm OCOP\n\nĐến tháng 9/2021, 6 quận, huyện của Hải Phòng đã đánh giá, phân hạng 48 "
            "sản phẩm.\n")
    assert [(f[3], f[7]) for f in facts(text, dt.date(2021, 10, 1))] == [("new", 48)]
    text = ("Thị xã Vĩnh Châu có thêm sản phẩm OCOP\n\nThị xã Vĩnh Châu (Sóc Trăng) đẩy mạnh chương trình OCOP. Sau "
            "vòng đánh giá ở cơ sở, Hội đồng cấp tỉnh đã xếp loại và công nhận cho thị xã bảy sản phẩm đạt từ 3 sao trở "
            "lên.\n")
    assert [(f[0], f[1], f[7]) for f in facts(text, dt.date(2021, 3, 5))] == [("district", "Vĩnh Châu", 7)]


def test_products_chosen_into_a_list_of_the_best_are_no_count() -> None:
    text = ("Kiên Giang có 96 sản phẩm OCOP\n\nĐáng chú ý, ba sản phẩm 4 sao của tỉnh Kiên Giang là nước mắm (Công ty Khải "
            "Hoàn), hồ tiêu (HTX Phú Quốc) và rượu sim (Công ty Sim Sơn) đã lọt vào danh sách sản phẩm OCOP tiêu biểu "
            "của vùng.\n")
    assert [(f[5], f[7]) for f in facts(text, dt.date(2023, 7, 15))] == [(None, 96)]
