"""Each extractor rule on the sentence it was written for, and each kind of noise the press puts around figures."""

from __future__ import annotations

import datetime as dt

import pytest

from ocop_pipeline.articles import rules
from ocop_pipeline.articles.extract import extract


def facts(text: str, published: dt.date | None = None, core_only: bool = True) -> list[tuple]:
    """(place, year, kind, metric, stars, subject_type, value, value_high, qualifier) of every claim, in order."""
    result = extract(text, "articles/test.txt", published)
    for c in result.claims:
        assert text[c.span_start:c.span_end] == c.quote
    return [
        (c.geo_name, c.year, c.kind, c.metric, c.stars, c.subject_type, c.value, c.value_high, c.qualifier)
        for c in result.claims
        if not core_only or c.metric in ("products", "subjects") or c.metric.endswith("uplift_pct")
    ]


@pytest.mark.parametrize("rule", rules.COUNT_RULES, ids=lambda r: r.rule_id)
def test_every_count_rule_fires_on_its_own_example(rule: rules.CountRule) -> None:
    text = f"Tỉnh Bến Tre có sản phẩm OCOP; chủ thể gồm nhiều loại. Năm 2022, {rule.example}."
    result = extract(text, "articles/test.txt")
    assert rule.rule_id in {c.rule_id for c in result.claims}


def test_a_province_total_with_producers_and_a_star_breakdown() -> None:
    text = ("Năm 2023, toàn tỉnh Bạc Liêu có 120 sản phẩm OCOP của 75 chủ thể; trong đó 90 sản phẩm đạt 3 sao, "
            "28 sản phẩm 4 sao và 2 sản phẩm tiềm năng 5 sao.")
    assert facts(text) == [
        ("Bạc Liêu", 2023, "cumulative", "products", None, None, 120, None, None),
        ("Bạc Liêu", 2023, "cumulative", "subjects", None, None, 75, None, None),
        ("Bạc Liêu", 2023, "cumulative", "products", "3", None, 90, None, None),
        ("Bạc Liêu", 2023, "cumulative", "products", "4", None, 28, None, None),
        ("Bạc Liêu", 2023, "cumulative", "products", "potential_5", None, 2, None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2024, tỉnh Hậu Giang có 5 sản phẩm 5 sao, 40 sản phẩm 4 sao và 130 sản phẩm 3 sao.",
        "Đến năm 2024, tỉnh Hậu Giang có 130 sản phẩm đạt hạng 3 sao, 40 sản phẩm đạt hạng 4 sao, 5 sản phẩm đạt 5 sao.",
        "Đến năm 2024, tỉnh Hậu Giang có 175 sản phẩm OCOP (3 sao: 130 sản phẩm; 4 sao: 40 sản phẩm; 5 sao: 5 sản phẩm).",
        "Đến năm 2024, số sản phẩm OCOP của Hậu Giang gồm: hạng 3 sao là 130, hạng 4 sao là 40, hạng 5 sao là 5.",
    ],
)
def test_star_breakdowns_in_every_order_and_in_brackets(text: str) -> None:
    by_star = {f[4]: f[6] for f in facts(text) if f[4] is not None}
    assert by_star == {"3": 130, "4": 40, "5": 5}
    assert {f[0] for f in facts(text)} == {"Hậu Giang"}


def test_vietnamese_number_formats_ranges_and_qualifiers() -> None:
    text = ("Đến nay, cả nước có hơn 12.075 sản phẩm OCOP với khoảng 6.542 chủ thể. "
            "Năm 2025, tỉnh Kon Tum phấn đấu phát triển 20 – 25 sản phẩm và tối thiểu 02 sản phẩm 4 sao.")
    assert facts(text) == [
        ("Việt Nam", None, "cumulative", "products", None, None, 12075, None, "at_least"),
        ("Việt Nam", None, "cumulative", "subjects", None, None, 6542, None, "approx"),
        ("Kon Tum", 2025, "target", "products", None, None, 20, 25, None),
        ("Kon Tum", 2025, "target", "products", "4", None, 2, None, "at_least"),
    ]


def test_producer_breakdown_by_type() -> None:
    text = ("Năm 2022, tỉnh Lạng Sơn có 60 chủ thể OCOP, gồm 20 doanh nghiệp, 25 HTX, 3 tổ hợp tác và "
            "12 hộ sản xuất.")
    assert [(f[5], f[6]) for f in facts(text)] == [
        (None, 60), ("enterprise", 20), ("cooperative", 25), ("cooperative_group", 3), ("household", 12)
    ]


def test_producer_words_outside_a_producer_breakdown_are_not_counts() -> None:
    text = "Năm 2022, 17 doanh nghiệp đã ký hợp đồng tiêu thụ nông sản với 11 hợp tác xã của tỉnh Long An."
    assert facts(text) == []


def test_the_articles_own_province_stands_for_toan_tinh() -> None:
    text = ("Tỉnh Hà Tĩnh tổng kết chương trình OCOP năm 2023.\n"
            "Toàn tỉnh hiện có 250 sản phẩm OCOP, trong đó năm 2023 công nhận mới 40 sản phẩm.")
    assert facts(text) == [
        ("Hà Tĩnh", 2023, "cumulative", "products", None, None, 250, None, None),
        ("Hà Tĩnh", 2023, "new", "products", None, None, 40, None, None),
    ]


def test_a_national_figure_inside_a_provincial_article() -> None:
    text = ("Tỉnh Phú Yên hiện có 80 sản phẩm OCOP. Theo Văn phòng Điều phối nông thôn mới Trung ương, "
            "toàn quốc có trên 11.000 sản phẩm OCOP.")
    assert [(f[0], f[6], f[8]) for f in facts(text, dt.date(2024, 2, 1))] == [
        ("Phú Yên", 80, None),
        ("Việt Nam", 11000, "at_least"),
    ]


def test_a_regional_figure_and_a_rank_that_is_not_a_count() -> None:
    text = ("Năm 2022, vùng Tây Nguyên có 600 sản phẩm OCOP; tỉnh Gia Lai xếp thứ 2/5 tỉnh trong vùng với "
            "150 sản phẩm.")
    assert [(f[0], f[6]) for f in facts(text)] == [("Tây Nguyên", 600), ("Gia Lai", 150)]


def test_a_comparison_frame_is_not_the_place_of_the_figure() -> None:
    text = "Năm 2021, An Giang dẫn đầu ĐBSCL với 99 sản phẩm OCOP."
    assert [f[0] for f in facts(text)] == ["An Giang"]


def test_district_figures_are_not_province_totals() -> None:
    text = ("Năm 2023, tỉnh Nam Định có 300 sản phẩm OCOP. Huyện Hải Hậu có 45 sản phẩm, "
            "thị xã Vĩnh Châu 12 sản phẩm OCOP.")
    got = extract(text, "articles/test.txt").claims
    assert [(c.geo_level, c.geo_name, c.value) for c in got] == [
        ("province", "Nam Định", 300), ("district", "Hải Hậu", 45), ("district", "Vĩnh Châu", 12)
    ]


def test_several_provinces_in_one_sentence() -> None:
    text = "Đến tháng 6/2024, Hà Nội có 2.711 sản phẩm OCOP, Quảng Ninh 437 sản phẩm và Thái Nguyên 240 sản phẩm."
    assert [(f[0], f[1], f[6]) for f in facts(text)] == [
        ("Hà Nội", 2024, 2711), ("Quảng Ninh", 2024, 437), ("Thái Nguyên", 2024, 240)
    ]


def test_related_headlines_keep_their_own_province_or_are_skipped() -> None:
    text = (
        "Tỉnh Tiền Giang hiện có 175 sản phẩm OCOP.\n"
        "Tin liên quan\n"
        "Lâm Đồng: Công nhận 35 sản phẩm OCOP 4 sao năm 2024\n"
        "Thêm 12 sản phẩm đạt chuẩn OCOP\n"
        "Huyện Mỹ Tú có 9 sản phẩm OCOP\n"
    )
    got = extract(text, "articles/test.txt", dt.date(2024, 5, 1)).claims
    assert [(c.geo_name, c.year, c.kind, c.stars, c.value, c.block) for c in got] == [
        ("Tiền Giang", 2024, "cumulative", None, 175, "body"),
        ("Lâm Đồng", 2024, "new", "4", 35, "related_headline"),
    ]


def test_photo_captions_never_borrow_the_articles_province() -> None:
    text = (
        "Tỉnh Bình Phước hiện có 70 sản phẩm OCOP.\n"
        "Hạt điều Bình Phước tại hội chợ - Ảnh 1.\n"
        "Gian hàng giới thiệu 30 sản phẩm OCOP đạt 3 sao\n"
        "Với 70 sản phẩm OCOP, Bình Phước đứng đầu khu vực - Ảnh 2.\n"
    )
    got = extract(text, "articles/test.txt", dt.date(2023, 3, 1)).claims
    assert [(c.geo_name, c.value, c.block) for c in got] == [
        ("Bình Phước", 70, "body"),
        ("Bình Phước", 70, "caption"),
    ]


def test_other_programmes_are_not_ocop() -> None:
    text = ("Năm 2023, tỉnh Bắc Giang có 110 sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh, 20 sản phẩm cấp "
            "khu vực và 5 sản phẩm cấp quốc gia; tỉnh cũng có 260 sản phẩm OCOP.")
    assert [(f[0], f[6]) for f in facts(text)] == [("Bắc Giang", 260)]


@pytest.mark.parametrize(
    "text",
    [
        "Theo Quyết định 490/QĐ-TTg và Kế hoạch số 42/KH-UBND, tỉnh Cà Mau triển khai chương trình OCOP.",
        "Hội chợ OCOP tỉnh Sóc Trăng năm 2024 có 350 gian hàng và 120 điểm bán sản phẩm.",
        "Tỉnh Trà Vinh đã giải ngân 11,5 tỷ đồng cho 22 xã phát triển sản phẩm OCOP.",
        "Cà Mau xếp thứ 27/63 tỉnh, thành phố về số sản phẩm OCOP và thứ 4/13 trong vùng.",
        "Ngày 19/11/2020, tỉnh Long An tổ chức hội nghị OCOP với 121 điểm cầu.",
        "Tỉnh Đồng Nai hỗ trợ 40 sản phẩm OCOP tham gia hội chợ và hướng dẫn 25 chủ thể làm hồ sơ.",
        "Năm 2024, tỉnh Quảng Trị có 60 sản phẩm tham gia đánh giá OCOP.",
        "Chương trình Mỗi xã một sản phẩm của tỉnh Bình Định được triển khai rộng khắp.",
        "Tỉnh Yên Bái có 30% chủ thể OCOP là hợp tác xã.",
    ],
)
def test_numbers_that_are_not_ocop_counts(text: str) -> None:
    assert facts(text) == []


def test_a_target_beside_an_achievement() -> None:
    text = ("Năm 2023, tỉnh Ninh Thuận có 45 sản phẩm OCOP (vượt chỉ tiêu 40 sản phẩm). "
            "Năm 2024, tỉnh phấn đấu có thêm ít nhất 15 sản phẩm, nâng tổng số lên 60 sản phẩm.")
    assert [(f[1], f[2], f[6], f[8]) for f in facts(text)] == [
        (2023, "cumulative", 45, None),
        (2023, "target", 40, None),
        (2024, "target", 15, "at_least"),
        (2024, "target", 60, None),
    ]


def test_new_versus_cumulative_markers() -> None:
    text = ("Riêng năm 2022, tỉnh Vĩnh Long công nhận 35 sản phẩm mới; tổng số sản phẩm OCOP toàn tỉnh lên 150. "
            "Năm 2022, tỉnh có thêm 10 chủ thể OCOP, tăng 12 sản phẩm so với năm 2021.")
    assert [(f[1], f[2], f[3], f[6]) for f in facts(text)] == [
        (2022, "new", "products", 35),
        (2022, "new", "subjects", 10),
        (2022, "new", "products", 12),
    ]


def test_a_continuation_sentence_breaks_down_the_previous_total() -> None:
    text = ("Đến cuối năm 2021, toàn tỉnh Tây Ninh có 68 sản phẩm OCOP, vượt 20 sản phẩm so với kế hoạch. "
            "Trong đó, 50 sản phẩm đạt 3 sao và 18 sản phẩm đạt 4 sao.")
    assert [(f[1], f[2], f[4], f[6]) for f in facts(text)][-2:] == [
        (2021, "cumulative", "3", 50),
        (2021, "cumulative", "4", 18),
    ]


def test_sales_uplift_with_the_share_it_applies_to() -> None:
    text = ("Năm 2023, khoảng 40% sản phẩm OCOP của tỉnh Hưng Yên có doanh thu tăng 15-25%, "
            "giá bán tăng hơn 10% và sản lượng tăng từ 5% đến 12%.")
    result = extract(text, "articles/test.txt")
    assert [(c.metric, c.value, c.value_high, c.qualifier, c.applies_to_share_pct) for c in result.claims] == [
        ("revenue_uplift_pct", 15, 25, None, 40),
        ("price_uplift_pct", 10, None, "at_least", 40),
        ("output_uplift_pct", 5, 12, None, 40),
    ]


def test_uplift_metrics_named_after_the_percentage() -> None:
    text = "Năm 2022, các chủ thể OCOP tỉnh Bắc Ninh đều tăng khoảng 20% -35% về doanh thu và sản lượng."
    assert [(f[3], f[6], f[7], f[8]) for f in facts(text)] == [
        ("revenue_uplift_pct", 20, 35, "approx"),
        ("output_uplift_pct", 20, 35, "approx"),
    ]


def test_year_comes_from_the_sentence_then_the_article_then_the_publication_date() -> None:
    text = ("Giai đoạn 2019-2022, tỉnh Hòa Bình phát triển mạnh sản phẩm OCOP.\n"
            "Tỉnh hiện có 160 sản phẩm OCOP.\n"
            "Đến hết năm 2023, tỉnh có 190 sản phẩm OCOP.")
    assert [(f[1], f[6]) for f in facts(text, dt.date(2024, 3, 1))] == [(2023, 160), (2023, 190)]
    assert [(f[1], f[6]) for f in facts("Tỉnh Hòa Bình hiện có 160 sản phẩm OCOP.", dt.date(2024, 3, 1))] == [
        (2024, 160)
    ]
    assert facts("Tỉnh Hòa Bình hiện có 160 sản phẩm OCOP.")[0][1] is None


def test_a_figure_dated_after_the_merger_resolves_in_the_34_unit_layout() -> None:
    text = "Tỉnh Cà Mau hiện có 250 sản phẩm OCOP; tỉnh Bạc Liêu (cũ) có 90 sản phẩm OCOP."
    got = extract(text, "articles/test.txt", dt.date(2025, 10, 2)).claims
    assert [(c.geo_name, c.layout, c.province_code, c.place_exists_on_date) for c in got] == [
        ("Cà Mau", "from2025", "96", True),
        ("Bạc Liêu", "pre2025", "95", False),
    ]


def test_upgrades_and_tourism_products_keep_their_own_metric() -> None:
    text = ("Năm 2024, tỉnh Quảng Bình phấn đấu nâng hạng ít nhất 5 sản phẩm lên 4 sao và công nhận "
            "2 sản phẩm dịch vụ du lịch cộng đồng đạt OCOP.")
    got = extract(text, "articles/test.txt").claims
    assert [(c.metric, c.value, c.kind) for c in got] == [
        ("products_upgraded", 5, "target"),
        ("products_tourism", 2, "target"),
    ]


def test_every_claim_carries_its_rule_and_how_it_was_placed_dated_and_typed() -> None:
    claim = extract("Năm 2023, tỉnh Điện Biên có 70 sản phẩm OCOP.", "articles/x.txt").claims[0]
    assert claim.rule_id == "count.products"
    assert "place:'Điện Biên' named before it" in claim.decided_by
    assert "year:sentence" in claim.decided_by


@pytest.mark.parametrize(
    ("rule_id", "example"),
    [
        (rules.STAR_LABEL_FIRST[0], rules.STAR_LABEL_FIRST[2]),
        (rules.UPLIFT_RULE[0], rules.UPLIFT_RULE[1]),
        (rules.UPLIFT_AFTER_RULE[0], rules.UPLIFT_AFTER_RULE[1]),
        ("count.products.noun_first", "tổng số sản phẩm OCOP là 1.002"),
        ("count.subjects.noun_first", "số chủ thể OCOP là 8.476"),
    ],
)
def test_every_other_rule_fires_on_its_own_example(rule_id: str, example: str) -> None:
    text = f"Năm 2024, tỉnh Tiền Giang có sản phẩm OCOP; {example}."
    assert rule_id in {c.rule_id for c in extract(text, "articles/test.txt").claims}


@pytest.mark.parametrize(("pattern", "metric", "example"), rules.PRODUCT_SUBTYPES)
def test_product_subtypes_keep_their_metric(pattern: str, metric: str, example: str) -> None:
    text = f"Năm 2024, tỉnh Tiền Giang công nhận sản phẩm OCOP; {example}."
    assert metric in {c.metric for c in extract(text, "articles/test.txt").claims}


def test_a_district_article_never_gives_its_figure_to_the_province() -> None:
    text = ("Huyện Phú Lộc (Thừa Thiên Huế) phát triển sản phẩm OCOP.\n"
            "Đến nay, toàn huyện có 30 sản phẩm OCOP; toàn tỉnh Thừa Thiên Huế có 250 sản phẩm OCOP.")
    assert [(f[0], f[6]) for f in facts(text)] == [("Thừa Thiên Huế", 250)]


def test_a_place_named_right_after_the_figure_owns_it() -> None:
    text = "Tỉnh Phú Yên mở điểm bán OCOP. Hiện có 184 sản phẩm OCOP của tỉnh Trà Vinh được bày bán tại đây."
    assert [(f[0], f[6]) for f in facts(text)] == [("Trà Vinh", 184)]


def test_upgrades_named_after_the_noun_and_expired_products_are_not_recognised_counts() -> None:
    text = ("Năm 2024, tỉnh Cao Bằng có 15 sản phẩm được nâng hạng từ 3 sao lên 4 sao; "
            "20 sản phẩm OCOP của tỉnh hết hạn công nhận.")
    got = extract(text, "articles/test.txt").claims
    assert [(c.metric, c.value) for c in got] == [("products_upgraded", 15)]


def test_a_star_level_is_never_read_as_a_count() -> None:
    text = "Năm 2023, số sản phẩm OCOP đạt 4 sao là 89 sản phẩm, đạt 3 sao là 149 sản phẩm của tỉnh Thái Nguyên."
    assert [(f[4], f[6]) for f in facts(text)] == [("4", 89), ("3", 149)]


def test_a_breakdown_inside_the_sentence_shares_the_kind_of_its_total() -> None:
    text = ("Năm 2025, tỉnh Quảng Trị đã đánh giá, phân hạng và công nhận 85 sản phẩm OCOP, trong đó có "
            "70 sản phẩm 3 sao, 15 sản phẩm 4 sao. Lũy kế đến nay, tỉnh có 420 sản phẩm OCOP.")
    assert [(f[2], f[4], f[6]) for f in facts(text, dt.date(2025, 3, 1))] == [
        ("new", None, 85), ("new", "3", 70), ("new", "4", 15), ("cumulative", None, 420)
    ]


def test_the_total_named_before_the_number_after_a_place() -> None:
    text = "UBND TP Cần Thơ công nhận 12 sản phẩm OCOP năm 2024, nâng tổng số sản phẩm OCOP của thành phố lên 171."
    assert [(f[0], f[2], f[6]) for f in facts(text)] == [("Cần Thơ", "new", 12), ("Cần Thơ", "cumulative", 171)]


def test_the_province_speaking_after_a_wider_place_and_an_unnamed_region() -> None:
    text = ("Tỉnh Hà Tĩnh tham dự hội nghị OCOP.\n"
            "Tại hội nghị toàn quốc năm 2024, toàn tỉnh báo cáo có 420 sản phẩm OCOP. "
            "Toàn vùng có 2.500 sản phẩm OCOP.")
    assert [(f[0], f[6]) for f in facts(text)] == [("Hà Tĩnh", 420)]
