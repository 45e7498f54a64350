"""The extractor's rules, as data. Each names what it yields and the kind of Vietnamese sentence it was written for.

Adding a phrasing is adding an entry here and its sentence to ``tests/test_extract_rules.py``, not another ``if`` in
the engine (``extract.py``). Every claim records the id of the rule that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CountRule:
    """A count: a number followed by a noun that says what is counted."""

    rule_id: str
    noun: str  # regex, matched right after the number
    metric: str
    example: str
    subject_type: str | None = None
    # Typed producer counts ("17 doanh nghiệp") count OCOP producers only inside a producer breakdown.
    needs_subject_context: bool = False


COUNT_RULES: tuple[CountRule, ...] = (
    CountRule("count.products", r"sản phẩm|SP(?!\w)|đặc sản", "products",
              "Toàn tỉnh hiện có 184 sản phẩm OCOP của 118 chủ thể"),
    # The noun left out in a list: "40 sản phẩm đạt 3 sao, 38 đạt 4 sao".
    CountRule("count.products.elided", r"(?:đạt|là)(?=\s*(?:hạng\s*)?[345]\s*sao)", "products",
              "tỉnh có 87 sản phẩm OCOP; 40 sản phẩm đạt 3 sao, 38 đạt 4 sao"),
    CountRule("count.subjects", r"chủ thể|tổ chức kinh tế", "subjects",
              "nâng tổng số lên 77 sản phẩm của 44 chủ thể"),
    CountRule("count.subjects.enterprise", r"doanh nghiệp|công ty|DN(?!\w)", "subjects",
              "của 52 chủ thể, bao gồm: 17 doanh nghiệp, 11 hợp tác xã và 24 hộ kinh doanh", "enterprise", True),
    CountRule("count.subjects.cooperative_group", r"tổ hợp tác|THT(?!\w)", "subjects",
              "tỉnh có 30 chủ thể OCOP, gồm 5 hợp tác xã và 2 tổ hợp tác", "cooperative_group", True),
    CountRule("count.subjects.cooperative", r"hợp tác xã|HTX(?!\w)", "subjects",
              "của 52 chủ thể, gồm 17 doanh nghiệp, 11 hợp tác xã và 24 hộ kinh doanh", "cooperative", True),
    CountRule("count.subjects.household", r"hộ kinh doanh|hộ sản xuất|hộ gia đình|cơ sở sản xuất|cơ sở|hộ(?!\w)",
              "subjects", "chủ thể OCOP gồm 17 doanh nghiệp, 11 hợp tác xã và 24 hộ kinh doanh", "household", True),
)

# A count directly after one of these verbs is an activity on products, not a count of recognised products.
ACTIVITY_VERBS = (
    "đánh giá", "hỗ trợ", "hướng dẫn", "tư vấn", "đào tạo", "tập huấn", "giới thiệu", "trưng bày", "quảng bá", "kết nối",
    "tham gia", "đăng ký", "lựa chọn", "chọn", "đề nghị", "đề xuất", "khảo sát", "rà soát", "thu hồi", "đánh giá lại",
)
# The activity verb may stand a few words before the number ("đánh giá kỹ lưỡng chất lượng 12 sản phẩm"), unless
# one of these comes between: then the count is of the result ("tổ chức đánh giá, xếp hạng 99 sản phẩm đạt chuẩn").
RESULT_VERBS = ("xếp hạng", "công nhận", "chứng nhận", "phân hạng", "đạt")
# ...and after these, a count of products moved up a star level ("nâng hạng ít nhất 3 sản phẩm").
UPGRADE_VERBS = ("nâng hạng", "thăng hạng", "nâng sao", "nâng lên")
# ...or right after the noun: "có 15 sản phẩm được nâng hạng từ 3 sao lên 4 sao".
UPGRADED_AFTER = r"^\s*(?:ocop\s*)?(?:được\s*|đã\s*|đã được\s*)?(?:nâng hạng|thăng hạng|nâng sao)"
UPGRADED_METRIC = "products_upgraded"

# Nouns right after "sản phẩm" that make it a different count (kept, under its own metric).
PRODUCT_SUBTYPES: tuple[tuple[str, str, str], ...] = (
    (r"(?:dịch vụ )?du lịch", "products_tourism", "có ít nhất 01 sản phẩm dịch vụ du lịch cộng đồng"),
    (r"thuộc\s*(?:nhóm|ngành|phân nhóm)", "products_in_group", "trong đó 21 sản phẩm thuộc nhóm thực phẩm"),
)
# Words after a count of products, in its clause, that make it something other than recognised products
# ("20 sản phẩm OCOP của tỉnh hết hạn công nhận").
NOT_RECOGNISED_AFTER = (
    "tham gia đánh giá", "tham gia dự thi", "dự thi", "đăng ký", "được đánh giá lại", "hồ sơ", "bị thu hồi",
    "hết hạn", "chưa đạt", "không đạt",
)

# Other programmes look like OCOP in the same sentences: counts named after them are not OCOP counts.
# (Not "nông thôn mới" alone: the OCOP coordinating office is the "Văn phòng Điều phối nông thôn mới".)
OTHER_PROGRAMMES = (
    "công nghiệp nông thôn tiêu biểu", "CNNT tiêu biểu", "đạt chuẩn nông thôn mới", "OVOP", "Mỗi làng một sản phẩm",
    "nông sản tiêu biểu", "sản phẩm chủ lực",
)
# A sentence counts OCOP products only when it speaks of OCOP at all.
OCOP_EVIDENCE = r"OCOP|\bsao\b|đạt chuẩn|mỗi xã một sản phẩm"

# Star specifications. "3 sao trở lên" and ranges ("3-4 sao") cover several levels: stars NULL.
STARS_POTENTIAL = r"tiềm năng\s*5\s*sao"
STARS_RANGE = r"(?:từ\s*)?[345]\s*(?:sao\s*)?[-–—]\s*[345]\s*sao"
STARS_AND_UP = r"(?:từ\s*)?3\s*sao\s*trở\s*lên"
STARS_SINGLE = r"(?:hạng\s*)?([345])\s*sao"
# A star label right before a count: "(3 sao: 600 sản phẩm; 4 sao: 59 sản phẩm)".
STAR_LABEL_BEFORE = r"(?:(?P<potential>tiềm năng\s*)|hạng\s*)?(?P<stars>[345])\s*sao\s*(?::|là|có|gồm|chiếm)\s*$"
STAR_LABEL_FIRST = (
    # "4 sao: 38 sản phẩm", "hạng 3 sao là 137", "(3 sao: 137; 4 sao: 38)"
    "count.products.star_label_first",
    r"(?:(?P<potential>tiềm năng\s*)|hạng\s*)?(?P<stars>[345])\s*sao\s*(?::|là|có|gồm|chiếm)\s*",
    "số sản phẩm OCOP gồm: hạng 3 sao là 130, hạng 4 sao là 40",
)

# The noun before the number: "số chủ thể OCOP là 8.476", "tổng số sản phẩm đạt 1.002".
NOUN_FIRST: tuple[tuple[str, str, str], ...] = (
    ("count.products.noun_first",
     r"(?:tổng\s*)?số\s*(?:lượng\s*)?sản phẩm(?:\s*OCOP)?(?:\s+(?:của|toàn|trên|địa|bàn|tỉnh|thành|phố|cả|nước)){0,4}"
     r"\s*(?:là|đạt|lên)\s*", "products"),
    ("count.subjects.noun_first",
     r"(?:tổng\s*)?số\s*(?:lượng\s*)?chủ thể(?:\s*OCOP)?(?:\s+(?:của|toàn|trên|địa|bàn|tỉnh|thành|phố|cả|nước)){0,4}"
     r"\s*(?:là|đạt|lên)\s*", "subjects"),
)

QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("ít nhất", "at_least"), ("tối thiểu", "at_least"), ("không dưới", "at_least"), ("không ít hơn", "at_least"),
    ("trên", "at_least"), ("hơn", "at_least"), ("vượt", "at_least"),
    ("khoảng", "approx"), ("gần", "approx"), ("xấp xỉ", "approx"), ("chừng", "approx"), ("ước", "approx"),
    ("ước tính", "approx"), ("hơn khoảng", "approx"),
)

# Kind markers, read left to right up to the figure. A target marker holds for the rest of the sentence (or of its
# parenthesis) unless a present-state marker resets it; new and total markers do not override a target.
TARGET_MARKERS = (
    "phấn đấu", "mục tiêu", "kế hoạch", "dự kiến", "chỉ tiêu", "đề ra", "đặt ra", "sẽ", "định hướng", "cần đạt",
    "yêu cầu", "phải có", "hướng tới", "đặt mục tiêu",
)
PRESENT_MARKERS = (
    "hiện có", "hiện nay", "hiện đang", "đến nay", "tính đến", "tính từ", "lũy kế", "luỹ kế", "hiện tại", "tới nay",
    "đã có",
)
NEW_MARKERS = (
    "công nhận mới", "công nhận thêm", "chứng nhận mới", "chứng nhận thêm", "mới đạt", "mới được công nhận",
    "có thêm", "thêm", "công bố", "riêng năm", "vừa công nhận", "vừa được công nhận", "phát triển mới", "đợt",
    "trong năm nay", "năm nay có",
)
TOTAL_MARKERS = ("nâng tổng số", "tổng số", "nâng tổng", "tổng cộng", "toàn tỉnh có", "toàn tỉnh hiện có")
# A verb of recognition directly before the number is a new-recognition event, unless the sentence already said
# "đến nay"/"tổng số" ("Đà Nẵng: Chứng nhận 11 sản phẩm OCOP 4 sao").
RECOGNITION_VERBS = ("chứng nhận", "công nhận", "cấp giấy chứng nhận cho", "cấp chứng nhận cho")
# "tăng 4.534 sản phẩm so với năm 2023": an increase is a count of new products, whatever came before.
INCREASE_BEFORE = r"(?<!\w)tăng(?:\s*thêm)?\s*$"
# "so với năm 2023" names the base of a comparison, not the year of the figure.
COMPARISON_BASE_BEFORE = r"(?:so với|so cùng kỳ|cùng kỳ)\s*(?:cùng kỳ\s*)?(?:năm\s*|cuối năm\s*)?$"
# "31 sản phẩm mới đạt 3 sao"
NEW_AFTER_NOUN = r"\s*mới\b"

# A place named right after the figure owns it when the sentence named none before: "184 sản phẩm OCOP của tỉnh
# Trà Vinh".
OWNER_AFTER = r"^\s*(?:ocop\s*)?(?:của|tại|ở|thuộc)\s+(?:(?:tỉnh|thành phố|tp\.?)\s*)?$"

# Inside a sentence, figures after "trong đó", "gồm" … break down the figure before them and share its kind.
INLINE_BREAKDOWN = r"(?<!\w)(?:trong đó|trong có|trong số này|gồm|bao gồm|cụ thể)(?!\w)"

# "Trong đó"/"trong có" continues the previous sentence: the place, year and kind of its first figure carry over.
CONTINUATION = r"^\s*(?:trong đó|trong có|cụ thể|bao gồm|gồm)\b"

# Sales uplift: a percentage after "tăng", about one of these.
UPLIFT_METRICS: tuple[tuple[str, str], ...] = (
    ("doanh thu", "revenue_uplift_pct"), ("doanh số", "revenue_uplift_pct"),
    ("giá bán", "price_uplift_pct"), ("giá trị", "revenue_uplift_pct"), ("giá", "price_uplift_pct"),
    ("sản lượng", "output_uplift_pct"),
)
UPLIFT_RULE = ("uplift.pct", "doanh thu tăng từ 5-8%, giá bán sản phẩm tăng bình quân từ 5-20%")
UPLIFT_AFTER_RULE = ("uplift.pct.metric_after", "đều tăng bình quân từ 10% -30% về sản lượng và doanh thu")
# "có hơn 30% sản phẩm OCOP ... có doanh thu tăng": the share of products an uplift applies to.
SHARE_NOUNS = r"(?:số\s*)?(?:sản phẩm|chủ thể|SP)"

# Lines that open a block of related headlines: figures below belong to each headline's own place, or to none.
RELATED_BLOCK_MARKERS = (
    "tin cùng chuyên mục", "bài viết cùng chủ đề", "tin liên quan", "bài liên quan", "xem thêm", "đọc thêm",
    "tin khác", "tin mới nhất", "cùng chuyên mục", "có thể bạn quan tâm", "tin cùng chủ đề", "bài cùng chủ đề",
    "tin tức liên quan", "các tin khác", "tin đã đưa",
)
# Photo captions: figures there need a place named in the caption itself.
CAPTION_LINE = r"(?:[-–]\s*Ảnh\s*\d+\s*\.?\s*$)|(?:^\s*\(?Ảnh\s*:)|(?:\.\s*\(?Ảnh\s*:[^.]*\)?\s*$)"

# A sentence speaking of "the district" or "the commune" without naming it is about the article's district (or
# nobody's), never about the whole province.
SUB_PROVINCIAL_SCOPE = r"(?<!\w)(?i:toàn|trên địa bàn|của|cả)\s+(?i:huyện|thị xã|quận|xã|phường)(?!\s+[A-ZĐ])"

# "toàn vùng có 2.500 sản phẩm" with no region named in the sentence: unattributable, skipped.
REGION_SCOPE = r"(?<!\w)(?i:toàn|cả)\s+(?i:vùng|khu vực)(?!\s+[A-ZĐ])"
# "Tại hội nghị toàn quốc, toàn tỉnh có 80 sản phẩm": the province speaks, not the country named before it.
PROVINCE_SCOPE = r"(?<!\w)(?i:toàn tỉnh|của tỉnh|tỉnh (?:đã|hiện|có|đạt))(?!\s+[A-ZĐ])"

NATIONAL_WORDS = ("cả nước", "toàn quốc", "trên toàn quốc", "phạm vi cả nước")
