"""The extractor's parts one at a time, on sentences written by the team: segmentation, places, years, counts and
tables. The engine's end-to-end behaviour is in test_extract_patterns.py; these say which part is wrong when it
fails."""

from __future__ import annotations

import datetime as dt

import pytest

from ocop_pipeline.articles import figures, places, tables, timing
from ocop_pipeline.articles.segment import BODY, CAPTION, MAX_SENTENCE_CHARS, RELATED, TABLE, TITLE, segment
from ocop_pipeline.vocab import POTENTIAL_5


def sentences(text: str) -> list[tuple[str, str, str | None]]:
    doc = segment(text)
    return [(s.block, text[s.start:s.end], s.continues) for s in doc.sentences]


# ---------------------------------------------------------------------------------------------------------------
# segmentation


def test_a_page_is_cut_into_title_body_caption_related_headlines_and_table_rows() -> None:
    text = ("Ninh Thuận nâng chất sản phẩm OCOP\n"
            "Thứ Ba, 14/05/2024 08:30\n"
            "Năm 2023, tỉnh Ninh Thuận có thêm 21 sản phẩm OCOP. Trong đó, 4 sản phẩm đạt 4 sao.\n"
            "Sản phẩm nho của hợp tác xã tại hội chợ. - Ảnh: Minh Tâm\n"
            "Huyện | Số sản phẩm\n"
            "Ninh Phước | 9\n"
            "Tin liên quan\n"
            "Bình Thuận có 150 sản phẩm OCOP\n")
    got = sentences(text)
    assert got[0] == (TITLE, "Ninh Thuận nâng chất sản phẩm OCOP", None)
    assert all("14/05/2024" not in s for _, s, _ in got), "the page's date line is no sentence"
    assert got[1] == (BODY, "Năm 2023, tỉnh Ninh Thuận có thêm 21 sản phẩm OCOP.", None)
    assert got[2] == (BODY, "Trong đó, 4 sản phẩm đạt 4 sao.", "continue.breakdown")
    assert [b for b, _, _ in got[3:]] == [CAPTION, CAPTION, TABLE, TABLE, RELATED]
    assert got[-1] == (RELATED, "Bình Thuận có 150 sản phẩm OCOP", None)


def test_an_abbreviation_does_not_end_a_sentence_and_a_huge_line_is_cut_in_bounded_sentences() -> None:
    got = sentences("TP. Cần Thơ có 60 sản phẩm OCOP. Q. Ninh Kiều có 12 sản phẩm.")
    assert [s for _, s, _ in got] == ["TP. Cần Thơ có 60 sản phẩm OCOP.", "Q. Ninh Kiều có 12 sản phẩm."]
    dump = "sản phẩm OCOP, " * 2000
    doc = segment(dump)
    assert len(doc.sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in doc.sentences)


def test_runs_of_spaces_read_as_one_and_spans_map_back_to_the_pages_own_text() -> None:
    page = "Tỉnh Nam Định có  120 sản phẩm.   Trong đó,\u00a0 30 sản phẩm 4 sao.\nHuyện Hải Hậu có 12  sản phẩm."
    doc = segment(page)
    assert doc.text == "Tỉnh Nam Định có 120 sản phẩm. Trong đó, 30 sản phẩm 4 sao.\nHuyện Hải Hậu có 12 sản phẩm."
    assert len(doc.key) == len(doc.text) and doc.quoted == page
    for word in ("120 sản phẩm", "30 sản phẩm 4 sao", "12 sản phẩm", "Huyện"):
        start = doc.text.index(word)
        begin, end = doc.quoted_span(start, start + len(word))
        assert page[begin:end].split() == word.split()
    # The no-break space written as an HTML entity is a space.
    page = "Huyện Hải Hậu có 12 sản&nbsp;phẩm OCOP."
    doc = segment(page)
    assert doc.text == "Huyện Hải Hậu có 12 sản phẩm OCOP."
    start = doc.text.index("12")
    assert page[slice(*doc.quoted_span(start, start + len("12 sản phẩm")))] == "12 sản&nbsp;phẩm"
    # A page with single spaces only is read as it is.
    single = segment("Tỉnh Nam Định có 120 sản phẩm.")
    assert single.source is None and single.quoted_span(3, 9) == (3, 9)


def test_phrases_read_as_the_rules_write_them_and_spans_map_back_to_the_pages_own_words() -> None:
    page = "Hội đồng đánh giá phân hạng xong.  Tỉnh có 120 sản phẩm đạt chuẩn OCOP 4 sao, 9 sản phẩm đạt OCOP."
    doc = segment(page)
    assert doc.text == "Hội đồng đánh giá, phân hạng xong. Tỉnh có 120 sản phẩm OCOP 4 sao, 9 sản phẩm OCOP."
    assert {"reading.rating_act", "reading.ocop_standard"} <= doc.fired
    for word, written in (("120 sản phẩm OCOP 4 sao", "120 sản phẩm đạt chuẩn OCOP 4 sao"), ("Hội đồng", "Hội đồng"),
                          ("9 sản phẩm OCOP.", "9 sản phẩm đạt OCOP."), ("đánh giá, phân hạng", "đánh giá phân hạng"),
                          ("giá, phân", "giá phân")):
        start = doc.text.index(word)
        assert page[slice(*doc.quoted_span(start, start + len(word)))] == written
    # Inside a replacement longer than the page's words, an offset stays inside those words.
    start = doc.text.index(", phân")
    assert page[slice(*doc.quoted_span(start, start + 2))] == " p"


def test_a_restated_total_and_a_list_item_continue_the_sentence_before() -> None:
    text = "Tỉnh có 120 sản phẩm OCOP.\nTrong 120 sản phẩm này, 30 sản phẩm đạt 4 sao.\n- 3 sao: 90 sản phẩm"
    assert [c for _, _, c in sentences(text)] == [None, "continue.restated_total", "continue.list_item"]


def test_the_number_of_a_numbered_item_ends_no_sentence() -> None:
    text = ("Năm sản phẩm được xếp hạng 4 sao:\n1. Nước mắm Cát Hải - Công ty cổ phần Cát Hải.\n"
            "2) Gạo nếp cái hoa vàng (xã Kiến Quốc).\nTỉnh có 45 sản phẩm đạt 3 sao. Sản phẩm mới có 12.")
    assert [s for _, s, _ in sentences(text)] == [
        "Năm sản phẩm được xếp hạng 4 sao:", "1. Nước mắm Cát Hải - Công ty cổ phần Cát Hải.",
        "2) Gạo nếp cái hoa vàng (xã Kiến Quốc).", "Tỉnh có 45 sản phẩm đạt 3 sao.", "Sản phẩm mới có 12."]


def test_a_sidebar_of_headlines_above_the_article_ends_where_its_lead_paragraph_begins() -> None:
    text = ("Hội đồng Trung ương công nhận sản phẩm OCOP 5 sao năm 2023\n\nBài liên quan\n"
            "Quảng Ninh có thêm hai sản phẩm OCOP 5 sao\nHà Nội vinh danh 12 sản phẩm 5 sao\n\n"
            "Ngày 20/1/2024, Bộ Nông nghiệp và Phát triển nông thôn tổ chức hội nghị đánh giá, phân hạng sản phẩm OCOP "
            "cấp Trung ương năm 2023 tại Hà Nội và công nhận 46 sản phẩm đạt 5 sao.\n\nXem thêm\n"
            "Bắc Giang có 300 sản phẩm OCOP, trong đó 60 sản phẩm 4 sao được công nhận trong năm 2023 vừa qua, tăng mạnh "
            "so với cùng kỳ năm trước và vượt kế hoạch đề ra.")
    blocks = [b for b, _, _ in sentences(text)]
    assert blocks == [TITLE, RELATED, RELATED, BODY, RELATED]


# ---------------------------------------------------------------------------------------------------------------
# places


def test_provinces_districts_seats_and_former_units_are_found_with_their_level() -> None:
    text = "BUÔN MA THUỘT - Huyện Krông Năng có 9 sản phẩm. Phú Yên (cũ) có 12 sản phẩm, TP.HCM có 400 sản phẩm."
    doc = segment(text)
    got = [(m.text, m.level, m.place.name if m.place else None, m.district, m.former)
           for m in places.find_mentions(doc)]
    assert got == [("BUÔN MA THUỘT", "seat", "Đắk Lắk", None, False),
                   ("Huyện Krông Năng", "district", None, "Krông Năng", False),
                   ("Phú Yên", "province", "Phú Yên", None, True),
                   ("TP.HCM", "province", "Hồ Chí Minh", None, False)]


def test_an_officials_name_after_the_unit_he_heads_is_no_district() -> None:
    # A title, its body and the unit's word, then a person's name: the name is no district; a district's name may
    # stand between ("Chủ tịch UBND huyện Tuy Phong Nguyễn Trung Trực").
    for text, expected in (("Chủ tịch Hội Nông dân huyện Lê Văn Tám cho biết, toàn huyện có 52 sản phẩm.", []),
                           ("Phó Chủ tịch UBND huyện Nguyễn Minh Vương trao giấy chứng nhận.", []),
                           ("Chủ tịch UBND huyện Tuy Phong Nguyễn Trung Trực vừa ký quyết định.",
                            [("huyện Tuy Phong", "Tuy Phong")]),
                           ("Chủ tịch UBND huyện Tuy Phong, ông Nguyễn Trung Trực, vừa ký.",
                            [("huyện Tuy Phong", "Tuy Phong")])):
        assert [(m.text, m.district) for m in places.find_mentions(segment(text))] == expected, text


def test_a_provincial_seat_counts_only_in_a_dateline_or_in_capitals() -> None:
    # "Vinh" is the seat of Nghệ An and an everyday word in other names; inside a sentence it names nothing.
    doc = segment("Sản phẩm của chị Vinh được công nhận 3 sao.")
    assert [m.level for m in places.find_mentions(doc)] == []


def test_the_article_s_place_weighs_its_title_and_ignores_an_event_s_venue() -> None:
    text = ("Hậu Giang có thêm 15 sản phẩm OCOP\n\n"
            "Tại hội chợ ở TP Cần Thơ, Hậu Giang giới thiệu 15 sản phẩm OCOP mới. Hậu Giang hiện có 140 sản phẩm.")
    doc = segment(text)
    place = places.article_place(doc, places.find_mentions(doc), dt.date(2024, 5, 1))
    assert place is not None and place.name == "Hậu Giang"


def test_a_national_article_has_the_country_as_its_place() -> None:
    text = "Cả nước có hơn 16.000 sản phẩm OCOP\n\nTheo Văn phòng Điều phối nông thôn mới Trung ương, cả nước có 16.000."
    doc = segment(text)
    place = places.article_place(doc, places.find_mentions(doc), dt.date(2025, 2, 1))
    assert place is not None and place.level == "national"


# ---------------------------------------------------------------------------------------------------------------
# years and kind markers


def test_each_year_has_the_role_that_decides_whether_it_dates_a_figure() -> None:
    text = ("Từ năm 2019 đến nay, so với năm 2022, trong giai đoạn 2021 - 2025, ngày 5/2/2024, đến tháng 6/2023 "
            "và năm 2024.")
    got = [(y.year, y.role, y.first_year) for y in timing.find_years(segment(text))]
    assert got == [(2019, "since", None), (2022, "base", None), (2025, "period", 2021), (2024, "date", None),
                   (2023, "month", None), (2024, "plain", None)]
    assert {"since", "base", "name"} == set(timing.NOT_DATING)
    named = "Hội đồng đánh giá sản phẩm OCOP tỉnh giai đoạn 2018 - 2020 công nhận 85 sản phẩm năm 2019."
    assert [(y.year, y.role) for y in timing.find_years(segment(named))] == [(2020, "name"), (2019, "plain")]


def test_a_long_span_is_no_period_and_a_number_is_no_year() -> None:
    got = [(y.year, y.role) for y in timing.find_years(segment("Giai đoạn 1990 - 2025 có 2024 sản phẩm."))]
    assert (2025, "period") not in got


@pytest.mark.parametrize(("text", "kind"), [
    ("Đến nay tỉnh có 100 sản phẩm.", "cumulative"),
    ("Năm nay tỉnh công nhận mới 20 sản phẩm.", "new"),
    ("Phấn đấu đến năm 2025 có 150 sản phẩm.", "target"),
])
def test_kind_markers_are_found_with_their_kind(text: str, kind: str) -> None:
    assert kind in {m.kind for m in timing.find_markers(segment(text))}


@pytest.mark.parametrize("text", [
    "Nông sản của huyện giờ không chỉ tiêu thụ trong tỉnh mà còn vươn ra cả nước.",
    "Sản phẩm không chỉ tiêu thụ tốt ở chợ quê mà còn vào siêu thị.",
])
def test_not_only_sold_holds_no_plan(text: str) -> None:
    assert "target" not in {m.kind for m in timing.find_markers(segment(text))}
    assert "target" in {m.kind for m in timing.find_markers(segment("Chỉ tiêu năm 2024 là 30 sản phẩm."))}


# ---------------------------------------------------------------------------------------------------------------
# counts


def attached(text: str) -> list[tuple]:
    doc = segment(text)
    out = []
    for sentence in doc.sentences:
        found = [f for f in figures.find_counts(doc) if sentence.start <= f.num_start < sentence.end]
        for f in figures.attach(doc, sentence, found):
            out.append((doc.text[f.num_start:f.num_end], f.metric, f.stars, f.subject_type, f.skip))
    return out


def test_a_count_takes_the_star_level_after_its_noun_even_past_its_producers() -> None:
    assert attached("Năm nay có 14 sản phẩm của 9 hợp tác xã đạt 4 sao, 30 sản phẩm đạt 3 sao.") == [
        ("14", "products", "4", None, None), ("9", "subjects", None, "cooperative", None),
        ("30", "products", "3", None, None)]


def test_a_result_below_three_stars_and_an_award_are_no_ocop_counts() -> None:
    got = attached("Có 25 sản phẩm đạt 3 sao, 3 sản phẩm chỉ đạt 2 sao; 8 sản phẩm được trao giải tại hội chợ.")
    assert [(v, skip) for v, _, _, _, skip in got] == [("25", None), ("3", "skip.below_ocop"), ("8", "skip.award")]


def test_numbers_listed_before_one_noun_are_each_a_count_with_its_star_level() -> None:
    got = attached("Ba huyện lần lượt có 11, 8 và 6 sản phẩm 4 sao.")
    assert [(v, m, s) for v, m, s, _, _ in got] == [("11", "products", "4"), ("8", "products", "4"),
                                                   ("6", "products", "4")]
    # Without "lần lượt" or "tương ứng" a number before a count is not part of it.
    assert [v for v, *_ in attached("Năm 2023, 2024 tỉnh có 40 sản phẩm.")] == ["40"]


def test_a_raised_total_without_its_noun_counts_what_the_count_before_it_counts() -> None:
    got = attached("Năm nay huyện có thêm 3 sản phẩm OCOP, nâng tổng số của huyện lên 19.")
    assert [(v, m) for v, m, *_ in got] == [("3", "products"), ("19", "products")]


def test_a_three_to_four_star_count_is_every_product_unless_five_stars_are_counted_beside_it() -> None:
    assert attached("Tỉnh có 90 sản phẩm đạt 3 - 4 sao.") == [("90", "products", None, None, None)]
    got = attached("Có 70 sản phẩm đạt 3 - 4 sao và 2 sản phẩm đạt 5 sao.")
    assert got == [("70", "products", None, None, "stars.range_provincial"), ("2", "products", "5", None, None)]


def test_a_star_label_before_its_count() -> None:
    got = attached("Phân theo hạng: 4 sao có 12 sản phẩm, 3 sao là 41.")
    assert [(v, s) for v, _, s, _, _ in got] == [("12", "4"), ("41", "3")]


# ---------------------------------------------------------------------------------------------------------------
# tables


def test_a_table_header_says_what_each_column_counts() -> None:
    line = "Địa phương | 3 sao | 4 sao | Tiềm năng 5 sao | Tổng"
    row = tables.cells(line, 0, len(line))
    assert tables.is_header(row)
    got = [(c.role, c.stars) for c in tables.header_columns(row)]
    assert got[:4] == [("place", None), ("figure", "3"), ("figure", "4"), ("figure", POTENTIAL_5)]


def test_a_column_numbering_the_rows_leaves_the_next_column_to_name_them() -> None:
    line = "STT | Huyện | Số sản phẩm | 3 sao | 4 sao"
    header = tables.header_columns(tables.cells(line, 0, len(line)))
    assert [(c.role, c.stars) for c in header] == [
        ("skip", None), ("place", None), ("figure", None), ("figure", "3"), ("figure", "4")]
    # A total row whose label spans the first two columns gives its figures to the last columns.
    row_text = "Tổng cộng | 25 | 20 | 5"
    pairs = tables.aligned(tables.cells(row_text, 0, len(row_text)), header)
    assert [(cell.text, column.role, column.stars) for cell, column in pairs] == [
        ("Tổng cộng", "place", None), ("25", "figure", None), ("20", "figure", "3"), ("5", "figure", "4")]


def test_table_values_are_read_as_vietnamese_numbers_and_text_is_no_value() -> None:
    assert (tables.value("1.200"), tables.value("12,5"), tables.value("gần 30")) == (1200, 12.5, None)


def test_a_sites_name_and_a_section_label_above_a_headline_of_figures() -> None:
    text = ("Người Sài Gòn Miền Tây - Gia đình Online\n"
            "Tài chính\n"
            "Kiên Giang: 54 sản phẩm được công nhận OCOP cấp tỉnh\n"
            "Kết quả đánh giá sản phẩm OCOP cấp tỉnh vừa được phê duyệt.")
    assert [s.block for s in segment(text).sentences] == [BODY, TITLE, BODY]
    # A headline of words under a site's name keeps its place when no headline of figures follows the short line.
    text = "Phát triển sản phẩm đặc trưng ở Cần Thơ\nThu Hà\nTP Cần Thơ triển khai chương trình OCOP từ năm 2018."
    assert [s.block for s in segment(text).sentences][0] == TITLE


def test_lines_of_section_names_above_a_headline_are_the_sites_sections() -> None:
    text = ("KINH TẾ - XÃ HỘI\n"
            "Nông nghiệp - Nông thôn\n"
            "Hà Tĩnh có thêm 30 sản phẩm OCOP\n"
            "Năm 2024, toàn tỉnh công nhận thêm 30 sản phẩm OCOP.")
    doc = segment(text)
    assert [s.block for s in doc.sentences] == [TITLE, BODY]
    assert "block.section_label" in doc.fired


def test_a_hard_wrapped_paragraph_reads_as_one() -> None:
    text = ("Thêm 20 sản phẩm OCOP\n"
            "Năm 2024, tỉnh Quảng Trị công nhận 20 sản phẩm OCOP, trong đó có 4 sản\n"
            "phẩm đạt 4 sao và 16 sản phẩm đạt 3 sao, nâng tổng số sản phẩm OCOP của tỉnh lên\n"
            "198 sản phẩm.\n")
    doc = segment(text)
    assert [s.block for s in doc.sentences] == [TITLE, BODY]
    assert doc.quoted == text and len(doc.text) == len(text)  # quotes are the page's own text, offset for offset
    # A headline is no wrapped line: the body under it opens in capitals.
    assert len(segment("Thêm 20 sản phẩm đạt chuẩn OCOP của tỉnh Quảng Trị năm nay\nNăm 2024, tỉnh có 20.").sentences) == 2


def test_equivalent_words_are_read_either_way_outside_look_behinds_and_character_classes() -> None:
    from ocop_pipeline.articles.patterns import compiled, with_equivalents

    pattern = r"(?<!đề nghị công nhận )công nhận\s+[(]?\d+"
    assert with_equivalents(pattern) == r"(?<!đề nghị công nhận )(?:công|chứng) nhận\s+[(]?\d+"
    assert with_equivalents(r"[^)(]công nhận") == r"[^)(](?:công|chứng) nhận"
    assert compiled(pattern).search("chứng nhận 12") is not None
    # (the look-behind keeps its one width and its one word)
    assert compiled(pattern).search("đề nghị công nhận công nhận 12") is None
