"""The extractor's rules, as data: every Vietnamese word or phrase the engine reacts to lives here, and nowhere else.

Each rule is one record, in the spirit of spaCy's EntityRuler patterns:

* ``id``: what the claim's ``rule_id`` or ``decided_by`` names when the rule decided something;
* ``yields``: what the rule decides (a metric, a kind, a star level, a place, a role of a year, or ``skip``);
* ``pattern``: a regular expression over the lower-case comparison text of a sentence (``text.match_key``: tone
  marks placed the new way, "hòa" not "hoà"; dashes made "-"). ``{NUM}``, ``{QUAL}``, ``{STARS}`` and ``{TYPE}``
  stand for the shared pieces defined below;
* ``example``: a sentence, written by the team, that the rule was made for. ``tests/test_rules.py`` runs every
  example and checks that its rule fires.

Adding a phrasing is adding one rule here with its example sentence. The engine (``extract.py`` and the modules it
calls: ``segment``, ``places``, ``timing``, ``figures``) reads the rules by family; it holds no Vietnamese.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ocop_pipeline.numbers import NUMBER_WORD, NUMERAL


@dataclass(frozen=True)
class Rule:
    id: str
    yields: Mapping[str, str]
    pattern: str
    example: str
    note: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "yields", MappingProxyType(dict(self.yields)))


def family(*rules: Rule) -> tuple[Rule, ...]:
    ids = [r.id for r in rules]
    if len(ids) != len(set(ids)):
        raise ValueError(f"repeated rule ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    return rules


# ----------------------------------------------------------------------------------------------------------------
# shared pieces of patterns

# {NUM}: a numeral as written in Vietnamese text or a number written in words (``numbers.NUMERAL``,
# ``numbers.NUMBER_WORD``: why "năm" and "một" alone are no numbers is said there).
# Star levels written in words ("đạt ba sao"); the key text reads them as digits.
STAR_WORDS = {"ba": 3, "bốn": 4, "năm": 5}
STAR_WORD = rf"(?<!\w)({'|'.join(STAR_WORDS)})(?=\s+sao(?!\w))"
# A star level written with a leading zero ("03 sao", "đạt 05 sao"); the key text drops the zero, so every star
# pattern reads it as "3 sao" and no count is ever read from the "0".
STAR_PADDED = r"(?<![\w.,])0(?=[345]\s*sao(?!\w))"
# "một" (one) is a number only where the text insists on it: "duy nhất một sản phẩm", "chỉ (có) một sản phẩm";
# the key text reads it there as "1".
ONE_WORD = "một"
ONE_SAID_ALONE = rf"(duy nhất |chỉ có |chỉ |góp mặt với |góp ){ONE_WORD}(?=\s)"
# "năm" (five) opening a sentence right before a count's noun is a number: "Năm sản phẩm được xếp hạng 4 sao" (inside
# a sentence, "cuối năm sản phẩm …", "mỗi năm sản phẩm …" speak of years). The key text reads it as "5".
FIVE_WORD = "năm"
FIVE_BEFORE_NOUN = rf"(?:(?<=^)|(?<=[.!?:;\n] )|(?<=[\n(]))(?:{FIVE_WORD})(?=\s+(?:sản phẩm|chủ thể)(?!\w))"
# … and as an item of a breakdown by star level: "12 sản phẩm: một sản phẩm 4 sao và mười một sản phẩm 3 sao".
ONE_IN_A_BREAKDOWN = rf"((?:[:;,]|gồm|trong đó|và) ){ONE_WORD}(?= sản phẩm(?: ocop)?(?: đạt| được công nhận| hạng)* [345] sao)"
_CAPITALISED = r"[A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ][^\s,.;:()\d]*"
# "cơ sở, hộ sản xuất kinh doanh", "cơ sở, hộ cá thể": the third kind of producer beside enterprises and co-ops.
# (its head written as plain words, the rarest a text must hold for the rule to be tried)
HOUSEHOLD_PAIR = r"(?:cơ sở, hộ |cơ sở hộ )(?:sản xuất|kinh doanh|cá thể|gia đình)(?:,? kinh doanh)?"
# Words the press uses for one another, every pattern reads either wherever it names one (outside its look-behinds,
# which must keep a fixed width): a certificate and a recognition are the same act of the programme ("UBND tỉnh chứng
# nhận 12 sản phẩm" as "công nhận"; "đề nghị chứng nhận 5 sao" as "đề nghị công nhận 5 sao").
# ("được UBND tỉnh công nhận" written out, "được Ủy ban nhân dân tỉnh công nhận", is the same decision)
# ("Hội đồng kiến nghị xếp hạng 5 sao cho 2 sản phẩm": a council's recommendation, as "đề nghị" is)
# ("20 sản phẩm của 17 chủ thể OCOP tham gia": the programme's name after the producers' noun, as after the products')
EQUIVALENT_WORDS = {"công nhận": "(?:công|chứng) nhận", "ubnd": "(?:ubnd|ủy ban nhân dân)",
                    "đề nghị": "(?:đề|kiến) nghị", "chủ thể": "chủ thể(?:\\s+ocop(?!\\w))?"}
# Ways of writing a phrase that the rules write one way: the engine reads the page with the words of each rule's
# group named "cut…" (one name per rule: the rules are searched as one pattern) as ``yields["instead"]``; the quotes
# keep the page's own words.
# - "12 sản phẩm đạt chuẩn OCOP" names the programme's products as "12 sản phẩm OCOP" does, in a stock as in a plan,
#   except after a rating ("Hội đồng đã đánh giá, xếp hạng 99 sản phẩm đạt chuẩn OCOP"), where it is the rating's
#   result and "đánh giá, phân hạng 45 sản phẩm OCOP" its entries: a rule whose ``yields["not_after"]`` names one of
#   ``READ_AS_NOT_AFTER`` keeps the page's words where that stands right before it;
# - "đánh giá và phân hạng", "đánh giá, xếp hạng", "đánh giá phân hạng": the one act of a round's council, which the
#   rules write "đánh giá, phân hạng";
# - "hiện đã có": what a place has now, "hiện có";
# - a count in words ("ba sản phẩm", "mười hai chủ thể"): the same count in digits ("năm" and "một" stay words:
#   ``numbers.NUMBER_WORD`` says why).
READ_AS_NOT_AFTER = {"a rating": r"(?:đánh giá|phân hạng|xếp hạng|chấm điểm|chấm|thẩm định|xét chọn|xét)(?!\w)"
                                  r"[^.;:\n]{0,40}$"}
READ_AS: tuple[Rule, ...] = family(
    Rule("reading.ocop_standard", {"reads_as": "sản phẩm ocop", "instead": "", "not_after": "a rating"},
         # ("sản phẩm đạt OCOP", the standard left out)
         r"sản phẩm (?P<cut1>đạt (?:(?:tiêu )?chuẩn )?)ocop(?!\w)",
         "Đến hết tháng 6, toàn tỉnh có 120 sản phẩm đạt chuẩn OCOP, trong đó 30 sản phẩm 4 sao."),
    Rule("reading.rating_act", {"reads_as": "đánh giá, phân hạng", "instead": ", phân"},
         r"(?<!\w)đánh giá(?P<cut2>(?: và|,)? xếp| và phân| phân)(?= hạng(?!\w))",
         "Hội đồng đánh giá và phân hạng sản phẩm OCOP tỉnh đã chấm điểm, công nhận 25 sản phẩm đạt 3 sao."),
    Rule("reading.has_now", {"reads_as": "hiện có", "instead": ""},
         r"(?<!\w)hiện(?P<cut3> đã| đang| nay) có(?!\w)",
         "Tỉnh hiện đã có 214 sản phẩm OCOP, trong đó có 45 sản phẩm 4 sao."),
    # ("instead" "{digits}": the number the words say, in digits)
    Rule("reading.number_in_words", {"reads_as": "the count in digits", "instead": "{digits}"},
         r"(?<![\w.,])(?P<cut4>" + NUMBER_WORD + r")(?=\s+(?:sản phẩm|chủ thể|hợp tác xã|htx|doanh nghiệp|cơ sở|hộ"
         r"|tổ hợp tác|đơn vị|huyện|xã)(?!\w))",
         "Huyện Yên Thế có thêm ba sản phẩm 4 sao và mười hai sản phẩm 3 sao, của bảy chủ thể."),
    # "đạt chuẩn 3 sao", "đạt tiêu chuẩn OCOP 4 sao": the level reached, as "đạt 3 sao" says it
    Rule("reading.level_standard", {"reads_as": "đạt N sao", "instead": ""},
         r"(?<!\w)đạt (?P<cut6>(?:tiêu )?chuẩn )(?=(?:ocop\s+)?(?:hạng\s+)?0?[1-5]\s*sao(?!\w))",
         "Năm 2024, tỉnh có thêm 25 sản phẩm đạt chuẩn 3 sao trở lên, trong đó 6 sản phẩm đạt tiêu chuẩn OCOP 4 sao."),
    # "TX. Ayun Pa", "TX Bến Cát": a thị xã, as the place rules write it (they know "TP." for a city)
    Rule("reading.town_abbreviated", {"reads_as": "thị xã", "instead": "thị xã"},
         r"(?<![\w.])(?P<cut7>tx\.?)(?=\s)",
         "Năm 2022, TX. Ayun Pa và huyện Krông Pa mỗi nơi có 3 sản phẩm OCOP 3 sao."),
    # "đợt II năm 2022": a round numbered in Roman numerals ("instead" "{roman}": the number in digits)
    Rule("reading.roman_round", {"reads_as": "the round's number in digits", "instead": "{roman}"},
         r"(?<!\w)(?:đợt|kỳ|lần) (?P<cut8>iii|ii|iv|vi|i|v)(?![\w-])",
         "Đợt II năm 2022, UBND huyện Kỳ Sơn công nhận 6 sản phẩm đạt OCOP 3 sao."),
    # "12 SP OCOP", "các SP đạt 3 sao": the abbreviation government portals use for "sản phẩm" (a word of its own)
    Rule("reading.product_abbreviated", {"reads_as": "sản phẩm", "instead": "sản phẩm"},
         r"(?<![\w.&/-])(?P<cut9>sp)(?![\w&/.-])",
         "Năm 2023, huyện Yên Thế có thêm 12 SP OCOP, nâng tổng số lên 40 SP."),
    # "ngày 21 tháng 12 năm 2023", the day of official texts ("instead" "{day}": written "21/12/2023")
    Rule("reading.day_in_words", {"reads_as": "the day in digits", "instead": "{day}"},
         r"(?<!\w)ngày (?P<cut11>\d{1,2} tháng \d{1,2} năm (?:19|20)\d{2})(?!\d)",
         "Ngày 21 tháng 12 năm 2023, UBND huyện Sông Mã công nhận 4 sản phẩm đạt OCOP 3 sao."),
    # "Năm 2020 trong 03 sản phẩm …", "Trong năm 2023 Hải Hậu là …": a year opening a sentence, its comma left out
    # ("instead" ","; not before another year or a period's end: "Năm 2023 và 2024", "năm 2021 đến 2025")
    Rule("reading.opening_year_comma", {"reads_as": "năm N,", "instead": ","},
         r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:trong|sang|đến|tính đến|riêng|đầu|cuối)\s+)?năm\s+(?:19|20)\d{2}(?P<cut12>)"
         r"(?=\s+[^\s,.;:\d])(?!\s+-)(?!\s+(?:và|đến|tới|hoặc|so|là|của|này|qua|trước|sau)(?!\w))",
         "Năm 2020 trong 03 sản phẩm của huyện Tân Hồng dự hội thi, có 02 sản phẩm được xếp hạng OCOP 3 sao."),
    # "đăng kí", "kí quyết định": the same word spelled with "i" ("đăng ký", "ký")
    Rule("reading.y_for_i", {"reads_as": "ký", "instead": "ý"},
         r"(?<!\w)k(?P<cut5>í)(?!\w)",
         "Năm 2021, huyện Đại Lộc có 13 sản phẩm đăng kí tham gia chương trình OCOP, 11 sản phẩm đạt 3 sao."),
)
PIECES = {
    "NUM": rf"(?:{NUMERAL}|(?:{NUMBER_WORD})(?=\s))",
    "QUAL": r"(?:ít nhất|tối thiểu|không dưới|không ít hơn|hơn khoảng|ước tính|trên|hơn|vượt mốc|vượt ngưỡng|vượt"
            r"|gần|khoảng"
            r"|xấp xỉ|chừng|ước|tới|đến|lên|khoảng chừng)",
    "STARS": r"(?:0?[345])\s*sao",
    # A day in digits: "20/11/2023", and as some papers write it, "20-11-2023", "20.11.2023".
    "DAY": r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2})",
    "TYPE": rf"(?:doanh nghiệp|công ty|dn|hợp tác xã|htxnn|htx|tổ hợp tác|tht|hộ kinh doanh|hộ sản xuất(?:,? kinh doanh)?"
            rf"|hộ gia đình|{HOUSEHOLD_PAIR}|cơ sở sản xuất|cơ sở|hộ)",
    # The word for star levels, and the noun of a product count (for lookaheads).
    "STARS_WORD": r"sao",
    # A score's unit: "5 sao (trên 90 điểm)" is a score, no count.
    "SCORE_WORD": r"điểm",
    "PRODUCT_NOUN": r"sản phẩm|sp\b",
    # The central council or the ministry, who recognise 5-star products.
    # Never the council a province sends its proposals to ("gửi Hội đồng Trung ương xét công nhận").
    "NATIONAL_ACTOR": r"(?<!gửi )(?<!trình )(?<!đề nghị )(?<!lên )"
                      r"(?:hội đồng(?:\s+(?:đánh giá,?|phân hạng|sản phẩm|ocop|chương trình|mỗi xã một sản phẩm))*\s+"
                      r"(?:cấp\s+)?(?:trung ương|quốc gia)|bộ nông nghiệp(?: và (?:phát triển nông thôn|môi trường))?"
                      r"|bộ nn\s*(?:&|và)\s*(?:ptnt|mt))",
    # A capitalised word of a name, in case-preserving text.
    "CAP": _CAPITALISED,
    # Places named together for one figure, in case-preserving text: "huyện Chư Sê và Krông Pa mỗi huyện",
    # "Ia Pa, Kông Chro và thị xã An Khê mỗi nơi".
    "PLACE_NAMES": rf"(?:(?:huyện|thị xã|thành phố|TP\.?|quận)\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}"
                   rf"(?:(?:\s*,\s*|\s+và\s+)(?:(?:huyện|thị xã|thành phố|TP\.?|quận)\s+)?{_CAPITALISED}"
                   rf"(?:\s+{_CAPITALISED}){{0,3}}){{0,8}}"
                   r"(?:\s+(?:mỗi (?:huyện|nơi|địa phương|đơn vị|thị xã)|cùng có|đều có|cùng))?",
}

QUALIFIERS: tuple[Rule, ...] = family(
    Rule("qualifier.at_least", {"qualifier": "at_least"},
         r"ít nhất|tối thiểu|không dưới|không ít hơn|trên|hơn|vượt mốc|vượt ngưỡng|vượt",
         "Đến nay tỉnh Bến Tre có hơn 190 sản phẩm OCOP."),
    Rule("qualifier.approx", {"qualifier": "approx"}, r"hơn khoảng|khoảng chừng|ước tính|gần|khoảng|xấp xỉ|chừng|ước",
         "Hiện tỉnh Tiền Giang có khoảng 160 sản phẩm OCOP."),
)

# ----------------------------------------------------------------------------------------------------------------
# segmentation: blocks of a page, sentences, continuation

BLOCKS: tuple[Rule, ...] = family(
    Rule("block.related", {"block": "related_headline"},
         r"^\s*(?:tin cùng chuyên mục|bài cùng chuyên mục|bài viết cùng chuyên mục|bài viết cùng chủ đề|tin liên quan"
         r"|bài liên quan|xem thêm|đọc thêm|tin khác|bài khác|tin cùng mục|bài cùng mục|tin mới hơn|tin cũ hơn"
         r"|bài mới hơn|bài cũ hơn|tin trước|tin sau|bài trước|bài sau|đọc nhiều nhất|đọc nhiều|xem nhiều nhất"
         r"|tin đọc nhiều|bài đọc nhiều|tin tiêu điểm|tin hot|có thể bạn chưa đọc|bạn có thể quan tâm"
         r"|tin mới nhất|cùng chuyên mục|có thể bạn quan tâm|tin cùng chủ đề|bài cùng chủ đề|tin tức liên quan"
         r"|các tin khác|tin đã đưa|bài viết mới nhất|tin mới|bài mới|tin bài liên quan|các bài viết khác"
         r"|tin nổi bật|đọc tiếp|tin xem nhiều|bài viết liên quan|cùng danh mục|tin cùng loại|cùng chủ đề"
         r"|tin cùng chủ đề|bài viết khác|related news|related articles|read more)\b\s*:?\s*$",
         "Tin liên quan"),
    Rule("block.caption", {"block": "caption"},
         r"(?:[-–]\s*ảnh\s*\d*\s*:?[^.]{0,40}$)|(?:^\s*\(?ảnh\s*(?:\d+\s*)?:)|(?:\(ảnh\s*:?[^)]*\)\s*$)"
         r"|(?:[.!]\s*ảnh\s*\d*\s*:[^.]{0,40}$)"
         r"|(?:^\s*ảnh minh họa)|(?:\.(?:jpe?g|png|webp)\s*$)|(?:^\s*\{[a-z_ ]+\}\s*$)",
         "Gian hàng OCOP của Bến Tre tại hội chợ. - Ảnh: Thu Hà"),
    Rule("block.meta", {"block": "meta"},
         # ("Thứ 3, 16/04/2024 | 15:06": a weekday written with its digit)
         r"^\s*(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7](?=\s*,))|chủ nhật)\b|cập nhật|đăng lúc|ngày đăng|\d{1,2}:\d{2}"
         r"|{DAY}"
         r"|nguồn\s*:|theo\s+[^\s]+(?:\s+[^\s]+){0,5}\s*$|tác giả|bài và ảnh|bài, ảnh|\(?gmt|lượt xem|bình luận"
         # a weather or price widget: "Hà Nội: 27°C   Đà Nẵng: 26°C"
         r"|.*\d\s*°\s*c"
         # the site's footer: its office, contacts, licence and copyright ("Trụ sở: Số 12 Lê Lợi, TP Vinh, tỉnh Nghệ
         # An. Điện thoại: …"), which name the paper's own province
         r"|.*(?:trụ sở|địa chỉ|điện thoại|đt|e-?mail|fax|hotline|đường dây nóng|tổng biên tập|cơ quan chủ quản)\s*:"
         r"|.*(?:giấy phép (?:số|xuất bản|hoạt động|thiết lập)|bản quyền thuộc|©|copyright|chịu trách nhiệm (?:xuất bản|nội dung)"
         r"|ghi rõ nguồn)"
         # a site's name with its address: "Vietnam.vn - Nền tảng quảng bá Việt Nam"
         r"|[\w-]+\.(?:vn|com|net|org|info)\b(?:\s*(?:[-–]|\|).{0,60})?$)",
         "Thứ Tư, 31/12/2025 07:45"),
)
# "TP.", "ThS." …: a period that does not end a sentence.
ABBREVIATION_BEFORE_PERIOD = r"(?:^|\s)(?:tp|tx|ts|ths|th\.s|pgs|gs|bs|ks|st|q|p|h|tt|ubnd)\.$"
# A sentence that begins like this breaks down the figure of the sentence (or line) before it.
CONTINUATIONS: tuple[Rule, ...] = family(
    Rule("continue.breakdown", {"continues": "previous"},
         r"^\s*(?:[•+*]|[-–])?\s*(?:trong đó|trong số (?:này|đó|các sản phẩm (?:này|trên))|trong tổng số (?:này|đó|trên)"
         r"|trong số|cụ thể|bao gồm|gồm"
         r"|phân theo|xét theo|theo hạng sao|theo phân hạng|về hạng sao|về phân hạng|chia theo"
         r"|còn lại|số còn lại|ngoài ra|riêng"
         # "… đông nhất là hộ kinh doanh (86 chủ thể). Tiếp theo là doanh nghiệp (39), …": the next items of a ranking
         r"|(?:tiếp theo|tiếp đến|kế đến|kế tiếp|xếp sau|đứng sau|theo sau) là"
         # "Ở hạng 4 sao, 41 sản phẩm gồm …", "Đối với sản phẩm 3 sao, …": the total before, level by level
         r"|(?:ở|với|đối với|về)\s+(?:sản phẩm\s+)?(?:hạng\s+)?[345]\s*sao)\b",
         "Năm 2024 tỉnh công nhận 33 sản phẩm.\nTrong đó 8 sản phẩm 4 sao, 25 sản phẩm 3 sao."),
    # "Sáu sản phẩm còn lại lần đầu được công nhận", "Ba sản phẩm trong số này …": a part of the figure before.
    Rule("continue.remainder", {"continues": "previous"},
         # ("Tám sản phẩm 3 sao còn lại …": the rest, with their level; "Được xếp hạng 3 sao là 4 sản phẩm còn lại",
         # "Hạng 3 sao (đạt tiêu chuẩn) gồm 07 sản phẩm còn lại": the rest, its level named first)
         r"^\s*(?:[^\d.;()]{0,50}?[345]\s*sao\s*(?:\([^()]{0,80}\)\s*)?(?:là|có|gồm|đạt|với)\s+)?"
         r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:sản phẩm|chủ thể)(?:\s+(?:ocop\s+)?(?:hạng\s+)?[345]\s*sao)?"
         r"\s+(?:còn lại|trong số (?:này|đó))\b",
         "Huyện công nhận 9 sản phẩm OCOP 3 sao. Hai sản phẩm là công nhận lại. Bảy sản phẩm còn lại lần đầu được "
         "công nhận."),
    # "Đợt này có 30 hồ sơ sản phẩm … Ngành thực phẩm gồm 8 sản phẩm tươi sống, …": a breakdown by product group.
    Rule("continue.by_group", {"continues": "previous"},
         r"^\s*(?:ngành|nhóm|ngành hàng)\s+[^,.;:\d]{1,40}?\s(?:gồm|có|bao gồm)\s+(?=\d)",
         "Năm 2024 tỉnh công nhận 33 sản phẩm OCOP. Nhóm thực phẩm gồm 20 sản phẩm, nhóm đồ uống có 13 sản phẩm."),
    # ("Trong 8 tháng đầu năm, 5 sản phẩm …": a span of time, no total)
    Rule("continue.restated_total", {"continues": "the total named again"},
         r"^\s*(?:trong|trong số)\s+\d[\d.]*(?![\d.]|\s*(?:tháng|năm|ngày|quý|tuần)(?!\w))",
         "Tỉnh có 309 sản phẩm OCOP. Trong 309 sản phẩm còn hiệu lực, hạng 4 sao có 43 sản phẩm."),
    Rule("continue.list_item", {"continues": "previous"}, r"^\s*(?:[•+*]|[-–])\s*(?:\d|hạng|[345] sao|tiềm năng)",
         "Kết quả năm 2023 có 40 sản phẩm:\n- 4 sao: 9 sản phẩm\n- 3 sao: 31 sản phẩm"),
)

# ----------------------------------------------------------------------------------------------------------------
# figures: what is counted

COUNTS: tuple[Rule, ...] = family(
    # "620 lượt sản phẩm được chứng nhận": certifications, a product re-certified counted again
    Rule("count.products", {"metric": "products"}, r"(?:lượt\s+)?(?:sản phẩm|sp)(?!\w)",
         "Toàn tỉnh hiện có 184 sản phẩm OCOP của 118 chủ thể."),
    Rule("count.subjects", {"metric": "subjects"}, r"chủ thể|tổ chức kinh tế|tổ chức, cá nhân",
         "Năm 2023 tỉnh có thêm 25 sản phẩm của 17 chủ thể đạt chuẩn OCOP."),
    Rule("count.subjects.units", {"metric": "subjects", "needs": "producer_context"},
         # "4 đơn vị cấp huyện", "đơn vị hành chính": administrative units, not producers
         r"đơn vị(?! cấp (?:huyện|xã|tỉnh))(?! hành chính)(?: sản xuất)?|cơ sở sản xuất, kinh doanh",
         "Có 40 sản phẩm OCOP của 26 đơn vị được trao chứng nhận 4 sao."),
    Rule("count.subjects.enterprise", {"metric": "subjects", "subject_type": "enterprise",
                                       "needs": "producer_context"},
         r"doanh nghiệp|công ty|dn(?!\w)",
         "Các sản phẩm thuộc 47 chủ thể, gồm 21 hợp tác xã, 9 doanh nghiệp và 15 hộ sản xuất."),
    Rule("count.subjects.cooperative_group", {"metric": "subjects", "subject_type": "cooperative_group",
                                              "needs": "producer_context"},
         r"tổ hợp tác|tht(?!\w)",
         "Chủ thể OCOP của tỉnh gồm 5 hợp tác xã và 2 tổ hợp tác."),
    Rule("count.subjects.cooperative", {"metric": "subjects", "subject_type": "cooperative",
                                        "needs": "producer_context"},
         r"hợp tác xã|htx(?:nn)?(?!\w)",
         "Các sản phẩm thuộc 47 chủ thể, gồm 21 hợp tác xã, 9 doanh nghiệp và 15 hộ sản xuất."),
    Rule("count.subjects.household", {"metric": "subjects", "subject_type": "household",
                                      "needs": "producer_context"},
         rf"{HOUSEHOLD_PAIR}|hộ kinh doanh|hộ sản xuất(?:,? kinh doanh)?|hộ gia đình|cơ sở sản xuất|cơ sở(?! hạ tầng)|hộ(?!\w)",
         "Chủ thể gồm 6 hợp tác xã, 4 doanh nghiệp và 13 cơ sở sản xuất."),
)
# "cấp chứng nhận cho 43/34 sản phẩm, đạt 126,5% kế hoạch": achieved over planned; the first number is the count.
RATIO_COUNTS: tuple[Rule, ...] = family(
    Rule("count.products.over_plan", {"metric": "products", "kind": "new"}, r"\s*/\s*\d[\d.]*\s*(?:sản phẩm|sp)(?!\w)",
         "Tính đến hết tháng 10 năm 2023, Yên Bái đã cấp chứng nhận OCOP cho 43/34 sản phẩm, đạt 126,5% kế hoạch."),
    # The part of a whole written "N trên (tổng số) M sản phẩm" ("8 trên 12 sản phẩm được công nhận"): N products, the
    # noun the whole's (the whole itself, the entries, is ``skip.whole_of_a_share``'s).
    Rule("count.products.share_of_a_whole", {"metric": "products"},
         # (not "12 trong số 15 sản phẩm" alone: written so, a share is as often of a stock, a district's scores or a
         # promotion's list as of a round's entries …)
         r"(?:\s+trên\s+(?:tổng(?:\s+số)?\s+)?\d[\d.]*\s*(?:sản phẩm|sp)(?!\w)"
         # (… unless the whole is the round's entries, "công nhận 50 trong tổng số 56 sản phẩm dự thi", or the words
         # after it say the part was recognised, "57 trong số 187 sản phẩm đã được UBND huyện công nhận")
         r"|\s+trong\s+(?:số|tổng số)\s+\d[\d.]*\s*(?:sản phẩm|sp)(?!\w)(?=\s*(?:ocop\s*)?(?:dự thi|tham gia|đăng ký"
         r"|(?:đã\s+|đều\s+)?được\s(?:[^.;\d]{0,50}?\s)?(?:công nhận|xếp hạng|phân hạng|chứng nhận))(?!\w)))",
         "Ở đợt đầu năm 2024, tỉnh Tây Ninh có 9 trên 13 sản phẩm được công nhận OCOP."),
)
# The words after a share's whole that make the whole a round's entries ("50 trong tổng số 56 sản phẩm dự thi"): they
# speak of the whole, the part is what came through.
ENTRIES_WHOLE_AFTER = r"\s*(?:ocop\s*)?(?:dự thi|tham gia|đăng ký)(?!\w)"
# Kept at the level held before, at a re-rating ("giữ hạng 4 sao", "tiếp tục duy trì mức 3 sao"); in a noun-first
# count's own words too ("Số sản phẩm tiếp tục giữ hạng 4 sao là 8").
KEPT_LEVEL = r"(?:vẫn\s*|tiếp tục\s*)?(?:giữ|duy trì)(?:\s+(?:nguyên|vững|được))?\s*(?:hạng|thứ hạng|mức)"
# A count whose own next words make it a candidate for the national rating ("hai sản phẩm đủ điều kiện tham gia đánh
# giá OCOP 5 sao"): the candidates counted, whatever activity its sentence names ("gửi hồ sơ của …"), unlike
# products a council looked at ("xem xét hồ sơ 16 sản phẩm mới do các địa phương đề nghị …").
CANDIDATE_RIGHT_AFTER = (r"^\s*(?:ocop\s*)?(?:(?:đã|được|đều)\s+)*(?:đủ (?:điều kiện|tiêu chuẩn|số điểm|điểm)|tiềm năng"
                         r"|đề xuất|đề nghị)(?!\w)")
# A noun-first count of products given support ("Tổng số sản phẩm được hỗ trợ là 91"): the recipients, no count of
# recognised products.
SUPPORTED_IN_OWN_WORDS = r"(?<!\w)(?:được|nhận|đã nhận)\s+(?:kinh phí\s+)?hỗ trợ(?!\w)"
# A noun-first count whose own words say its products took part or were entered ("tổng số sản phẩm Đông Triều tham
# gia chương trình đã tăng lên 45"): entries, unless the words rate them ("số sản phẩm tham gia đạt 3 sao là 12").
# ("Tổng số sản phẩm của Hải Dương được đề nghị công nhận trong năm là 135": proposed, the council's entries)
# ("Số sản phẩm … được huyện rà soát, phát triển trong năm 2021 là 22": surveyed, candidates of a survey)
ENTRIES_IN_OWN_WORDS = (r"(?<!\w)(?:tham gia|đăng ký|dự thi|dự đánh giá|đưa vào|được chấp thuận|được đề nghị"
                        r"|được đề xuất|rà soát|khảo sát)(?!\w)"
                        # ("… đăng ký phấn đấu đạt chuẩn OCOP là 148": registered, aiming at the standard)
                        r"(?![^.;]{0,60}?(?:(?<!phấn đấu )đạt|được công nhận|được xếp hạng|[345]\s*sao))")
# A whole opening its clause that a place named after it takes a share of ("Trong số 33 sản phẩm OCOP cấp tỉnh năm
# 2020, huyện Bố Trạch có 12 sản phẩm"): the province's whole on a district's page. Matched before the whole.
WHOLE_OF_A_SHARE = r"(?:^|[,;:]\s*)trong (?:tổng )?số\s*(?:các\s*)?$"
# The whole's own words name the year its products were recognised in ("33 sản phẩm OCOP cấp tỉnh năm 2020", "33 sản
# phẩm được công nhận năm 2020"): that year's products, a round's, not a stock. Matched from the whole's noun.
PRODUCTS_OF_A_YEAR = (r"\s*(?:ocop\s*)?(?:cấp (?:tỉnh|huyện)\s*)?(?:(?:được|đã được)\s+(?:công nhận|chứng nhận)\s*"
                      r"(?:ocop\s*)?)?(?:trong\s+)?năm\s+(?:19|20)\d{2}(?!\d)")
# A part opening right after its total ("61 sản phẩm … đạt hạng 3 sao; trong đó, 17 sản phẩm …"): matched on all the
# words between the total's figure and the part's.
PART_RIGHT_AFTER = r"\s*(?:ocop\s*)?[,;.(:]?\s*(?:trong đó|trong số (?:này|đó)|gồm|bao gồm)\s*[,:]?\s*(?:có\s*)?"
# The perfect before a recognition verb ("đã công nhận được"): done by now, not in a round of its own.
PERFECT = r"(?<!\w)đã(?!\w)"
# What makes "43/34 sản phẩm" a count achieved against a plan: the plan named after it in its sentence ("…, đạt 126,5%
# kế hoạch"); without it ("2.167/9.852 sản phẩm, chiếm 22% của cả nước") the second number is a whole it is part of.
RATIO_OF_A_PLAN = r"(?<!\w)(?:kế hoạch|chỉ tiêu|mục tiêu)(?!\w)"
# A list of places with the count in brackets and the noun left out: "huyện Lương Tài (19 sản phẩm), thị xã Thuận
# Thành (17), thành phố Bắc Ninh (13)", "+ huyện Châu Thành (5): bắp non, …". The engine keeps such a count only
# right after a district's or a province's name, inside a list of product counts.
BRACKETED_COUNTS: tuple[Rule, ...] = family(
    Rule("count.products.bracketed", {"metric": "products"}, r"\(\s*(?P<num>\d{1,3})\s*\)(?!\s*%)",
         "Nhiều nhất là huyện Lương Tài (19 sản phẩm), sau đó là thị xã Thuận Thành (17) và thành phố Bắc Ninh (13)."),
)
# The noun of the count is left out in a list: "40 sản phẩm đạt 3 sao, 38 đạt 4 sao", "54 còn lại đạt 3 sao".
ELIDED_COUNTS: tuple[Rule, ...] = family(
    Rule("count.products.elided", {"metric": "products"},
         # ("Hết năm 2021, huyện có 9 sản phẩm OCOP. Ba trong số đó đạt hạng 4 sao": a part of the figure before)
         # ("xếp ở hai hạng 3 sao và 4 sao": a number of levels, no count)
         r"(?!\s*hạng\s*[345]\s*sao\s*(?:và|,|-|hoặc)\s*(?:hạng\s*)?[345]\s*sao)"
         # ("5 trong số đó được xếp hạng OCOP 3 sao", "cả ba đều đạt tiêu chuẩn 4 sao")
         r"\s*(?:sản phẩm\s*)?(?:còn lại\s*|trong số (?:đó|này)\s*)?(?:đều\s*)?(?:đạt|là|được xếp|xếp|được công nhận"
         r"|được chứng nhận)?\s*(?:hạng\s*)?(?:ocop\s*)?(?:(?:tiêu\s*)?chuẩn\s*(?:ocop\s*)?)?(?=0?[345]\s*sao|tiềm năng)",
         "Tỉnh có 87 sản phẩm OCOP; 40 sản phẩm đạt 3 sao, 38 đạt 4 sao."),
)
# A place's number with its noun left out, in a list after a product count of the same sentence: "Yên Sơn đứng đầu
# với 15 sản phẩm; tiếp đến Hàm Yên có 12, Sơn Dương 11; …". Matched on the case-preserving text; a number of at most
# three digits, followed by the end of its item.
PLACE_ELIDED_COUNTS: tuple[Rule, ...] = family(
    Rule("count.products.place_elided", {"metric": "products", "text": "cased"},
         r"(?:^|[,;:]\s*|\s(?:và|là|tiếp đến|kế đến|tiếp theo|sau đó là|rồi đến|trong đó)\s+)"
         # "Nam Định (cũ) có 410, Hà Nam (cũ) 190 …": a former province's share
         # ("Trong 6 sản phẩm 5 sao của Thủ đô, huyện Gia Lâm chiếm tới 5": its share of the count before)
         r"(?:(?:huyện|quận|thị xã|thành phố|tp\.?)\s+)?"
         r"(?P<name>{CAP}(?:\s+{CAP}){0,3})\s+(?:\((?:cũ|trước đây)\)\s+)?"
         # a number of up to three digits, or written with its thousands dot ("1.002"): never a year
         r"(?:có\s+|với\s+|góp\s+|đạt\s+|chiếm\s+(?:tới\s+|đến\s+)?)?(?P<num>\d{1,3}(?:\.\d{3})?)(?=\s*(?:[,;]|\.(?!\d)|và\s|$))",
         "Về địa bàn, huyện Lạc Sơn đứng đầu với 21 sản phẩm OCOP; tiếp đến Kim Bôi có 14, Tân Lạc 12; các huyện còn "
         "lại đều có sản phẩm."),
)
# How far after a product count of its sentence a place's elided number may stand.
PLACE_ELIDED_WINDOW = 200
# Several numbers sharing one noun after "lần lượt" / "tương ứng": "lần lượt có 7, 5 và 3 sản phẩm"; the pattern
# matches the numbers before the last one, which is an ordinary count.
SHARED_NOUN_COUNTS: tuple[Rule, ...] = family(
    Rule("count.shared_noun", {"list": "respectively"},
         r"(?:lần lượt|tương ứng)(?:\s+(?:là|có|được|với|đạt|công nhận|góp|đóng góp|chiếm))?\s*"
         r"(?P<list>(?:{NUM}\s*(?:,\s*và|,|;|và)\s*){1,12})$",
         "Các huyện Vĩnh Thạnh, Hoài Ân và An Lão lần lượt có 9, 6 và 4 sản phẩm OCOP."),
    # Names each followed by its number, the noun written once at the end: "tiếp đến Bắc Hà 31, Văn Bàn 30 và
    # thành phố Lào Cai 7 sản phẩm". Matched on the case-preserving text; the numbers are digits (a name may
    # begin with a number word: "Ba Chẽ").
    # An item may name several places for one number: "Chư Sê và Krông Pa mỗi huyện 9; Kbang 5; Ia Pa, Kông Chro và
    # thị xã An Khê mỗi nơi 2; …". Names split only at a comma or "và", so a run of capitalised words is read once.
    Rule("count.named_items", {"list": "named", "text": "cased"},
         r"(?P<list>(?:{PLACE_NAMES}\s+\d[\d.]*\s*(?:,\s*và|,|;|và)\s*){1,12}){PLACE_NAMES}\s*(?:có\s*|với\s*)?$",
         "Về địa bàn, huyện Bảo Thắng dẫn đầu với 44 sản phẩm OCOP; tiếp đến Bắc Hà 31, Văn Bàn 30 và Mường Khương "
         "21 sản phẩm."),
)
# A noun-first count naming several levels, then their numbers in the same order: "số sản phẩm 4 sao và 3 sao lần lượt
# là 3 và 8". ``pattern`` ends the count's own words; ``NEXT_LEVEL_NUMBER`` reads each further number after it.
LEVEL_LIST_COUNTS: tuple[Rule, ...] = family(
    Rule("count.products.levels_respectively", {"metric": "products", "list": "respectively"},
         r"(?:lần lượt|tương ứng)(?:\s+(?:là|có|đạt|với))?\s*$",
         "Đến nay, huyện Kỳ Sơn có 14 sản phẩm OCOP; số sản phẩm 4 sao và 3 sao lần lượt là 3 và 11."),
)
# … among which a potential is a level of its own: "hạng 3 sao, 4 sao, tiềm năng 5 sao và 5 sao lần lượt là …".
POTENTIAL_LEVEL_BEFORE = r"tiềm năng\s*(?:đạt\s*)?(?:hạng\s*)?$"
NEXT_LEVEL_NUMBER = r"\s*(?:,\s*và|,|;|và)\s*(?P<num>{NUM})(?:\s*sản phẩm)?"
# The star level named before its count: "4 sao: 38 sản phẩm", "hạng 3 sao có 53", "3 sao là 884".
LABEL_FIRST_COUNTS: tuple[Rule, ...] = family(
    Rule("count.products.star_label_first", {"metric": "products"},
         # (never the top of a range: "từ 3 sao tới 5 sao cấp tỉnh đạt 180", "đạt hạng 3 sao và 4 sao đã là 40"; nor
         # its bottom: "tổng số sản phẩm đạt từ 3 sao lên 77 sản phẩm", from three stars up)
         r"(?<!tới )(?<!đến )(?<!hoặc )(?<!sao và )(?<!từ )"
         r"(?:(?P<potential>tiềm năng\s*(?:đạt\s*)?)|hạng\s*|loại\s*|sản phẩm\s*|đạt\s*)?(?P<stars>0?[345])\s*sao"
         # ("công nhận hạng 3 sao (***) cấp huyện cho 05 sản phẩm")
         # ("Hạng 3 sao (đạt tiêu chuẩn, có thể phát triển lên 4 sao) gồm 07 sản phẩm": what the level means)
         r"(?:\s*(?:ocop|cấp tỉnh|cấp quốc gia|quốc gia|cấp trung ương))?(?:\s*\((?:[^()\d]|[345]\s*sao){0,90}\))?"
         r"(?:\s*(?:cấp huyện|cấp tỉnh|cấp thành phố))?"
         # ("hạng 4 sao hiện có 24 sản phẩm": a word of time before the verb)
         # ("hạng 4 sao chỉ có 01 sản phẩm")
         r"(?:\s*,[^:;,\d]{0,50}(?=:))?\s*(?:(?:hiện|nay|đã|hiện nay|chỉ|mới)\s+){0,2}"
         r"(?::|là|có|(?:bao\s+)?gồm(?:\s+có)?|chiếm(?:\s+(?:phần lớn|đa số|nhiều nhất|chủ yếu))?(?:\s+với)?"
         # ("Hạng 4 sao thuộc về 5 sản phẩm")
         # ("Phần lớn đạt 4 sao, với 66 sản phẩm")
         r"|,?\s*với|đạt|được công nhận|thuộc về|=|-(?!\s*\d+\s*sao)"
         # … or the level given to the products: "chứng nhận OCOP 3 sao cho (tổng cộng) mười sản phẩm".
         # ("trao giấy chứng nhận … đạt 3 sao cho các chủ thể của 13 sản phẩm": the products' owners between)
         # ("công nhận, xếp hạng 3 sao năm 2024 cho 61 sản phẩm": the year of the rating between)
         # ("xếp hạng 04 sao cho toàn bộ 12 sản phẩm": all of them)
         r"|(?:(?:trong\s+)?năm\s+(?:19|20)\d{2}\s+)?(?:cho|đối với)(?:\s+tổng cộng|\s+tổng số|\s+toàn bộ|\s+tất cả"
         r"|\s+cả)?"
         r"(?:\s+(?:các\s+)?(?:chủ thể|cơ sở|đơn vị)\s+(?:của|có))?)?"
         # ("hạng 4 sao có duy nhất một sản phẩm": the only one)
         r"(?:\s*(?:duy nhất|vỏn vẹn))?"
         r"\s*[(]?\s*",
         "Phân theo hạng, 4 sao có 9 sản phẩm, 3 sao có 40 sản phẩm."),
)
# Any star level a sentence names.
STAR_LEVEL = r"(?<![\d.,])0?([345])\s*sao(?!\w)"
# A star level among the words of a total whose noun comes first ("Số sản phẩm 5 sao của tỉnh đã lên 4"); "3 sao
# trở lên", "3 - 4 sao" and "từ 3 sao" are ranges, no level.
# ("từ 3 sao tới 5 sao", "3 sao hoặc 4 sao": both ends of a range)
LEVEL_IN_WORDS = (r"(?<![\d\-])(?<!- )(?<!– )(?<!từ )(?<!đến )(?<!tới )(?<!hoặc )([345])\s*sao"
                  r"(?!\s*(?:trở lên|-|đến|tới|hoặc))")
# A star level right after a product count is that count's level, never the label of the next count: "công nhận 20
# sản phẩm đạt 5 sao (11 sản phẩm của Hội đồng số 1, …)".
COUNT_BEFORE_LABEL = r"\d[\d.]*\s*(?:sản phẩm|sp)(?:\s+ocop)?\s*(?:(?:đã|được|đều|xếp|đạt|công nhận)\s*)*$"
# A count with a level of its own right after its noun ("4 sao (51 sản phẩm 3 sao, 9 sản phẩm 4 sao)") is no count of
# the level named before it.
OWN_LEVEL_AFTER = r"\s*(?:sản phẩm|sp)(?:\s+ocop)?\s*(?:đạt\s*)?(?:hạng\s*)?0?[345]\s*sao"
# The producer type named before its count: "hợp tác xã có 20 chủ thể", "doanh nghiệp (14)", "doanh nghiệp 08".
TYPE_FIRST_COUNTS: tuple[Rule, ...] = family(
    Rule("count.subjects.type_first", {"metric": "subjects", "needs": "producer_context"},
         # ("hợp tác xã nông nghiệp có 18", "doanh nghiệp nhỏ và vừa có 12": the type with its sector or size)
         r"(?P<type>{TYPE})(?:\s+(?:nông nghiệp|phi nông nghiệp|thủy sản|thuỷ sản|kiểu mới|nhỏ và vừa|vừa và nhỏ"
         r"|tư nhân))?(?:\s+(?:chiếm nhiều nhất|chiếm áp đảo|chiếm ưu thế|chiếm|đông nhất|nhiều nhất"
         r"|nhiều thứ hai|đứng đầu|đứng thứ hai|đứng sau|xếp sau|tiếp theo|chỉ|cũng))?"
         r"\s*(?:có|là|với|:|gồm|đạt|[(])?\s*(?:với\s*)?",
         "Về chủ thể, hợp tác xã có 20 chủ thể, doanh nghiệp (14 chủ thể), còn lại là hộ kinh doanh với 9 chủ thể."),
    # A type described before its producer count: "Hợp tác xã là lực lượng nòng cốt với 73 chủ thể". It only names
    # the type of a count of producers ("chủ thể", "đơn vị"); it never makes a count of its own.
    Rule("count.subjects.type_described", {"metric": "subjects", "needs": "producer_context", "only_typing": "yes"},
         # ("Hợp tác xã là loại hình đông nhất (55 chủ thể)": the count in brackets)
         r"(?P<type>{TYPE})\s+(?:là|chiếm|đứng|giữ)\s+[^\d,;.:()]{1,40}?(?:\s(?:với|có)\s*|\s*[(]\s*)",
         "Hợp tác xã là lực lượng nòng cốt với 73 chủ thể; hộ kinh doanh có 22 chủ thể."),
)
# The one type of the producers counted, named after them: "25 chủ thể là hợp tác xã" (never a list of types: "45
# chủ thể là doanh nghiệp, hợp tác xã và hộ kinh doanh").
TYPE_NAMED_AFTER = (r"\s*(?:ocop\s*)?(?:đều\s*)?là\s+(?:các\s+)?(?P<type>{TYPE})(?!\w)"
                    r"(?!\s*(?:,|và|hoặc|/)\s*(?:các\s+)?{TYPE})")
# A producer type's share given first, then as a count: "Hợp tác xã chiếm 38%, tương đương 190 chủ thể" (that type's
# producers); "hợp tác xã cùng tổ hợp tác đã chiếm tới 43%, tức 194 chủ thể" (two types together: no one type).
# Matched on the words before the count.
TYPE_SHARE_BEFORE = (r"(?<!\w)(?P<type>{TYPE})(?:\s*(?:cùng|và|,|với)\s*(?:các\s+)?(?P<other>{TYPE}))?(?!\w)[^.;\d]{0,30}?"
                     r"chiếm[^.;\d]{0,15}?\d[\d,.]*\s*%\s*,?\s*(?:tức là|tức|tương đương(?: với)?|hay|với)\s*(?:{QUAL}\s*)?$")
# What may follow a producer type's number: a separator, a bracket or a producer noun ("hộ gia đình 54,",
# "hợp tác xã có 20 chủ thể"); anything else makes the number part of a name ("HTX 3T Farm", "HTX ba khía").
TYPE_COUNT_END = (r"\s*(?:[,;.:)(]|và(?!\w)|hoặc(?!\w)|chủ thể|đơn vị|hợp tác xã|htx|doanh nghiệp|công ty|cơ sở|hộ"
                  r"|tổ hợp tác|thành viên|trên tổng|$)")
# The noun before the number: "số chủ thể OCOP là 8.476", "tổng số sản phẩm OCOP của tỉnh lên 171".
NOUN_FIRST_COUNTS: tuple[Rule, ...] = family(
    Rule("count.products.noun_first", {"metric": "products"},
         # (a bracketed aside among its words: "số sản phẩm … ở huyện Mang Thít (Vĩnh Long) lên 17")
         # ("số sản phẩm OCOP của TP. Thái Nguyên đã được công nhận là 27": an abbreviated unit among its words)
         # ("Số sản phẩm đạt tiêu chuẩn sao OCOP của Hải Phòng trong năm 2020 là 34": a year among its words)
         # (never "một số sản phẩm", some products)
         r"(?<!một )(?:(?:tổng\s*)?số\s*(?:lượng\s*)?|kho\s*)sản phẩm(?:\s*ocop)?(?:[\s,]+(?:tp\.|tx\.|[^\s\d,.;:()%]+"
         # ("số sản phẩm được công nhận OCOP cấp tỉnh (hạng 3 - 4 sao) của Nam Định đã nâng lên 65": the levels in
         # brackets)
         r"|[345]\s*sao|\((?:[^()\d]|(?<![\d.,])[345](?![\d.,])){2,30}\)|(?<=năm )(?:19|20)\d{2}(?!\d)))"
         r"{0,24}?\s*(?:là|đạt|lên|:|=|(?=vượt|gần|hơn|khoảng|xấp xỉ))\s*",
         "Tổng số sản phẩm OCOP của tỉnh đến nay là 1.002."),
    Rule("count.subjects.noun_first", {"metric": "subjects"},
         # ("Số chủ thể có sản phẩm tham gia đánh giá, phân hạng đến nay là 75": a comma among its words)
         r"(?:tổng\s*)?số\s*(?:lượng\s*)?chủ thể(?:\s*ocop)?(?:[\s,]+(?:[^\s\d,.;:()%]+|[345]\s*sao)){0,16}?\s*(?:là|đạt|lên|:|=)\s*",
         "Số chủ thể có sản phẩm được công nhận cấp tỉnh là 45."),
)
# The verb that closes a noun-first count's words when the noun is written again after the number ("số sản phẩm
# 4 sao đã lên 25 sản phẩm"); after a colon a list follows, not the count's own total.
NOUN_FIRST_VERB_END = r"(?<!\w)(?:là|lên)\s*(?:{QUAL}\s+)?$"
# A total raised with its noun left out counts what the count before it in the sentence counts:
# "có thêm 4 sản phẩm OCOP, nâng tổng số của huyện lên 23".
RAISED_TOTALS: tuple[Rule, ...] = family(
    Rule("count.raised_total", {"metric": "of the count before"},
         r"(?:nâng|đưa)\s+(?:tổng\s+)?số(?:\s+lượng)?(?:\s+[^\s\d,.;:()%]+){0,8}?\s+lên\s*",
         "Năm nay huyện Tân Uyên có thêm 5 sản phẩm OCOP, nâng tổng số của huyện lên 31."),
)
# The producers of the count before ("thêm 47 sản phẩm của 23 chủ thể, nâng tổng số lên 80"): a raised total counts
# what the increment counted, not its owners.
OWNERS_BEFORE = r"(?<!\w)(?:của|thuộc)\s+(?:các\s+)?$"
UPLIFTS: tuple[Rule, ...] = family(
    Rule("uplift.revenue", {"metric": "revenue_uplift_pct"}, r"doanh thu|doanh số|giá trị(?! sản xuất)",
         "Sau khi được gắn sao, doanh thu của các chủ thể tăng bình quân 15 - 25%."),
    Rule("uplift.price", {"metric": "price_uplift_pct"}, r"giá bán|giá(?! trị)",
         "Giá bán sản phẩm OCOP tăng trung bình 12% so với sản phẩm cùng loại."),
    Rule("uplift.output", {"metric": "output_uplift_pct"}, r"sản lượng(?: tiêu thụ)?|lượng tiêu thụ|sức tiêu thụ",
         "Sản lượng tiêu thụ của các sản phẩm đạt sao tăng 18 - 22%."),
)
# "tăng 15%", and a premium over the same goods without a star: "bán được giá cao hơn 10 - 15%" (the "hơn" of
# "cao hơn" is read with the percentage, where it says "higher by", never "more than").
UPLIFT_INCREASE = r"(?<!\w)(?:tăng|cao hơn|cao(?=\s*$))(?:\s+(?:thêm|bình quân|trung bình|khoảng|từ))*(?!\w)"
UPLIFT_HIGHER_BY = r"(?<!\w)cao\s*$"
UPLIFT_AFTER = (r"^\s*(?:về|ở|đối với|cả|trong)\s+((?:{METRICS})(?:\s*(?:,|và|cũng như)\s*(?:{METRICS}))*)")
# "có hơn 30% sản phẩm OCOP có doanh thu tăng": the share of products an uplift applies to.
UPLIFT_SHARE_NOUN = r"^\s*(?:số\s*)?(?:sản phẩm|chủ thể|sp)"
# Rises that are not the uplift of recognised products: profit, seasonal sales, tourists, contracts.
# A rise over the year before or the same period is growth of sales, not what certification brought ("tăng 15% so
# với cùng kỳ"); "so với trước khi được công nhận" is the uplift itself.
UPLIFT_NOT_AFTER = r"\s*(?:so với\s*(?:cùng kỳ|năm|tháng|quý|kỳ|đầu năm|cuối năm)|mỗi năm|/\s*năm|hằng năm|hàng năm)"
# … but a yearly rise after recognition is what recognition brought: "sau khi được công nhận, doanh thu tăng 15 -
# 20%/năm". Only the comparison with a period stays sales growth then.
UPLIFT_NOT_AFTER_RECOGNISED = r"\s*so với\s*(?:cùng kỳ|năm|tháng|quý|kỳ|đầu năm|cuối năm)"
# ("giá bán của các sản phẩm OCOP đã tăng bình quân 12% mỗi năm": the certified products' own prices, a rise they
# owe to certification, whatever period it is given for)
AFTER_RECOGNITION = (r"(?<!\w)(?:sau khi|từ khi|kể từ khi)\s+"
                     # ("từ khi sản phẩm được công nhận": what was recognised named first)
                     r"(?:(?:các\s+|những\s+)?(?:sản phẩm|chủ thể|cơ sở|hợp tác xã|doanh nghiệp)\s+(?=được|có|đã|đạt))?"
                     r"(?:đã\s+)?(?:được\s+|có\s+)?(?:công nhận|chứng nhận|đạt chuẩn"
                     r"|đạt sao|gắn sao|xếp hạng|phân hạng|được công nhận|trở thành sản phẩm ocop"
                     # ("sau khi có sản phẩm OCOP", "từ khi tham gia chương trình OCOP": the programme named instead)
                     r"|(?:sản phẩm\s+)?(?:được\s+)?(?:đạt\s+)?ocop|tham gia (?:chương trình\s+)?ocop)"
                     r"|(?<!\w)(?:giá bán|giá|doanh thu|doanh số)\s+(?:của\s+)?(?:các\s+|những\s+)?sản phẩm\s+ocop(?!\w)")
UPLIFT_NOT: tuple[Rule, ...] = family(
    Rule("uplift.not", {"skip": "not an uplift of recognised products"},
         r"lợi nhuận|dịp tết|ngày thường|tháng trước|lượt khách|hợp đồng|thu nhập|giá trị sản xuất|chỉ số|thương mại"
         r" điện tử|cùng kỳ|tăng trưởng|lần"
         # one product's or one producer's own sales: "doanh thu của riêng sản phẩm này đã tăng 30%"
         r"|(?:của\s+)?riêng\s+(?:sản phẩm|hợp tác xã|htx|cơ sở|công ty|doanh nghiệp)|sản phẩm này|của (?:htx|hợp tác xã"
         r"|cơ sở|công ty|gia đình|hộ)\s",
         "Dịp Tết, sức mua hàng OCOP tăng 35% so với tháng trước."),
)

# ----------------------------------------------------------------------------------------------------------------
# figures: what is not an OCOP count (skips)

SKIPS_BEFORE: tuple[Rule, ...] = family(
    # Products rated again, whatever result they keep: "phân hạng lại 3 sản phẩm đã được cấp giấy chứng nhận năm 2020".
    Rule("skip.rerating", {"skip": "products rated again, not the round's new ones"},
         # ("Phần thứ nhất công nhận lại 3 sản phẩm OCOP được xếp hạng từ năm 2022")
         r"(?<!\w)(?:đánh giá|phân hạng|xếp hạng|chấm điểm|đánh giá, phân hạng|công nhận|chứng nhận|cấp)\s+lại"
         r"(?:[\s,]+(?:cho|đối với))?[\s,]*$"
         # ("… công nhận mới 17 sản phẩm và tái công nhận 20 sản phẩm đạt 4 sao": renewed, whatever level they keep)
         r"|(?<!\w)tái\s+(?:công nhận|chứng nhận|cấp(?:\s+giấy chứng nhận)?|đánh giá|xếp hạng)"
         r"(?:[\s,]+(?:cho|đối với))?[\s,]*$",
         "Hội đồng cũng đánh giá, phân hạng lại 3 sản phẩm đã được UBND tỉnh cấp giấy chứng nhận năm 2020."),
    # A person's own aim ("… và chị đặt mục tiêu đến hết năm 2023 nâng lên 3 sản phẩm"): one producer's, not the
    # place's. ("Chị", "anh" name producers and farmers; officials are "ông", "bà".)
    Rule("skip.one_person_target", {"skip": "one producer's own aim"},
         r"(?<!\w)(?:chị|anh)(?:\s+\w+){0,3}?\s+(?:cũng\s+|còn\s+)?(?:đặt mục tiêu|phấn đấu|dự định|ấp ủ|mong muốn"
         r"|kỳ vọng)(?:[^.;\d]|\d{4}){0,60}$",
         "Trang trại đã có hai sản phẩm OCOP và anh Hùng đặt mục tiêu năm sau có thêm 2 sản phẩm."),
    # A group of people as the sentence's subject ("Phụ nữ Hà Tĩnh xây dựng thành công hơn 150 sản phẩm"): what its
    # members own, a part of the place's products.
    Rule("skip.owner_group_subject", {"skip": "products of one group of owners"},
         r"^\s*(?:hội viên\s+)?(?:phụ nữ|nông dân|thanh niên|cựu chiến binh)(?:\s+\S+){0,3}?\s+(?:đã\s+)?"
         r"(?:xây dựng|phát triển|có|sở hữu|làm chủ)[^.;\d]{0,30}$",
         "Nông dân Sóc Trăng xây dựng được 45 sản phẩm OCOP."),
    # An activity on products, not a count of recognised ones.
    Rule("skip.activity", {"skip": "an activity on products"},
         # (not a round's name after the round is over: "Qua đợt đánh giá này, tổng số sản phẩm … được nâng lên 47";
         # "Đăng ký cho kỳ đánh giá năm 2019, …" still counts registrations)
         r"(?<!\w)(?<!được )(?<!bị )(?<!kết quả )(?<!qua đợt )(?<!sau đợt )(?<!qua kỳ )(?<!sau kỳ )"
         r"(?<!kết thúc đợt )(?<!kết thúc kỳ )"
         r"(?:hỗ trợ|hướng dẫn|tư vấn|đào tạo|tập huấn|giới thiệu|trưng bày|quảng bá|kết nối|tham gia|đăng ký"
         r"|vận động|khuyến khích|động viên"
         r"|lựa chọn|khảo sát|rà soát|thu hồi|kiểm tra|thẩm định|xây dựng hồ sơ|hoàn thiện hồ sơ|tiếp nhận|đánh giá"
         # ("kế hoạch giao là 54 sản phẩm": the plan's figure, not products handed over)
         r"|chấm điểm lại|tôn vinh|vinh danh|khen thưởng|thưởng|trao thưởng|(?<!kế hoạch )(?<!chỉ tiêu )(?<!được )giao|phân bổ"
         r"|bày bán|cung ứng|xuất khẩu"
         # ("chấp thuận cho 7 sản phẩm … tham gia chu trình OCOP": admitted to the programme, not rated)
         r"|chấp thuận(?:\s+cho)?"
         r"|đưa(?! tổng| số)|tiêu thụ|chọn lọc|sàng lọc|đánh giá lại|gia hạn|cấp lại|công nhận lại|tái công nhận|tái cấp"
         # ("vừa chuyển hồ sơ 2 sản phẩm lên Hội đồng", "nộp hồ sơ cho 9 sản phẩm": dossiers sent, not ratings)
         r"|chấm|chấm điểm|xem xét|(?<!để )xét(?!\s+(?:theo|về))|thẩm định|đánh giá cho|nhận hồ sơ|bước vào"
         r"|(?:chuyển|gửi|nộp|trình)\s+hồ sơ)"
         r"(?P<between>(?:[\s,]+[^\s,\d;()]+){0,4})[\s,]*$",
         "Tỉnh Đồng Nai hỗ trợ 40 sản phẩm OCOP tham gia hội chợ."),
    Rule("skip.admin_units", {"skip": "administrative units, not producers", "only": "count.subjects.units"},
         # … only when the units are what is listed just before ("30 quận, huyện, thị xã, có 28 đơn vị"); "huyện Lục
         # Ngạn có 6 đơn vị" counts producers of a district.
         # ("25 hợp tác xã và 30 cơ sở": a co-op's word ends on "xã", no commune)
         r"(?:quận|huyện|thị xã|(?<!tác )xã|phường|địa phương|tỉnh|thành phố|tỉnh, thành)(?:[\s,]+(?:quận|huyện|thị xã|(?<!tác )xã"
         r"|phường|thị trấn|thành phố|và|trên địa bàn|toàn tỉnh|(?:của|thuộc|trong)\s+(?:tỉnh|thành phố)(?:\s+[^\s\d.;,]+)"
         r"{0,3}))*[\s,]*(?:trong đó\s*|thì\s*)?"
         r"(?:đã\s*)?(?:có\s*)?$",
         "Trong số 30 quận, huyện, thị xã, có 28 đơn vị đã có sản phẩm OCOP."),
    Rule("skip.entries_owner", {"skip": "producers of dossiers or registrations, not of recognised products"},
         r"(?:hồ sơ|đăng ký|dự thi|đề xuất)\s*(?:sản phẩm\s*)?(?:của|từ)\s*(?:các\s*)?$",
         "Hội đồng đã tiếp nhận 68 hồ sơ của 22 chủ thể trên địa bàn tỉnh."),
    # The products of one type of producer, named after them ("04 doanh nghiệp với 09 sản phẩm đạt OCOP, 05 HTX với 17
    # sản phẩm"): a part of the place's products by who owns them, not a count of the place.
    Rule("skip.products_of_a_type", {"skip": "the products of one type of producer", "only": "count.products"},
         # ("4 doanh nghiệp (9 sản phẩm), 5 HTX (17 sản phẩm)": the type's products in brackets)
         r"(?<![\d.,])\d[\d.]*\s+(?:doanh nghiệp|hợp tác xã|htx|hộ kinh doanh|hộ sản xuất|tổ hợp tác)"
         r"\s*(?:(?:với|có|sở hữu)\s*|\(\s*)$",
         "Toàn huyện có 03 doanh nghiệp với 08 sản phẩm đạt OCOP và 06 hợp tác xã với 15 sản phẩm đạt OCOP."),
    # The products of a registration or dossier, named after it with "với": "21 chủ thể nộp phiếu đăng ký ý tưởng sản
    # phẩm OCOP với 34 sản phẩm".
    Rule("skip.entries_with", {"skip": "the products of registrations or dossiers"},
         r"(?<!\w)(?:đăng ký|dự thi|hồ sơ|ý tưởng)(?!\w)[^.;\d]{0,60}?\s(?:với|gồm)\s*$",
         "Đã có 21 chủ thể gửi phiếu đăng ký ý tưởng sản phẩm OCOP với 34 sản phẩm."),
    Rule("skip.increase", {"skip": "an increase, not a count"},
         r"(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|lên|được|khoảng|gần|hơn|trên))*\s*$"
         # "nhiều hơn kế hoạch đề ra 13 sản phẩm": by how much a plan was beaten
         r"|(?<!\w)(?:nhiều hơn|cao hơn|ít hơn|thấp hơn|vượt)\s+(?:so với\s+)?(?:(?:kế hoạch|mục tiêu|chỉ tiêu)\s*){1,2}"
         r"(?:\s+(?:đề ra|đặt ra|năm|được giao|giao))?\s*$"
         # "nhiều hơn năm 2021 chừng 1.100 sản phẩm", "tăng so với năm trước là 30 sản phẩm": by how much a year's
         # figure exceeds another year's
         r"|(?<!\w)(?:tăng|giảm|nhiều hơn|cao hơn|ít hơn|thấp hơn)\s+(?:so với\s+)?(?:năm|cùng kỳ|cùng thời điểm)"
         r"(?:\s+(?:\d{4}|trước|ngoái|năm trước))?\s*(?:là\s*)?(?:{QUAL}\s*)?$",
         "Đến cuối năm 2024, Hậu Giang có 188 sản phẩm OCOP, tăng 41 sản phẩm so với năm 2023."),
    Rule("skip.per_unit", {"skip": "a figure per unit"},
         # ("Mỗi kỳ có từ 200 đến 300 chủ thể OCOP tham gia": each fair's, session's or time's)
         r"(?<!\w)mỗi\s+(?:xã|huyện|tỉnh|chủ thể|hộ|địa bàn|kỳ|phiên|lần|hội chợ)[^\d]{0,20}$"
         # "xã, phường nào cũng có 2 - 3 sản phẩm": every unit has so many
         r"|(?:xã|phường|huyện|thị trấn|địa phương|tỉnh)\s+nào\s+cũng\s+(?:có|đạt)\s*(?:từ\s*)?$"
         # "bình quân mỗi năm gần 40 sản phẩm": an average, no count of anything
         r"|(?<!\w)(?:bình quân|trung bình)(?:\s+(?:mỗi|một|hằng|hàng)\s+(?:năm|đợt|tháng|xã|huyện|địa phương))?"
         r"\s*(?:có\s*|đạt\s*)?(?:{QUAL}\s*)?$",
         "Tỉnh mong muốn mỗi xã có ít nhất 1 sản phẩm OCOP."),
    Rule("skip.support", {"skip": "support for packaging or traceability, not recognition"},
         r"(?:bao bì|tem nhãn|nhãn mác|truy xuất nguồn gốc|mã vạch|mã qr|thiết kế|nhận diện|nhãn hiệu|sở hữu trí tuệ)"
         r"[^.;\d]{0,25}$",
         "Tỉnh hỗ trợ chuẩn hóa bao bì, tem nhãn cho 24 sản phẩm."),
    # What was supported, given in brackets right after the support: "… có chủ thể được hỗ trợ (tổng cộng có 91 sản
    # phẩm, trong đó …)".
    Rule("skip.supported_in_brackets", {"skip": "products or producers supported, in brackets after the support"},
         r"(?<!\w)(?:được|nhận)\s+(?:hỗ trợ|thưởng|khen thưởng)(?!\w)(?:[^.;()\d]|(?:19|20)\d{2}){0,24}"
         r"\(\s*(?:tổng cộng\s*|gồm\s*|với\s*)?(?:có\s*)?$",
         "Năm 2022, 40 chủ thể ở Nam Định được hỗ trợ (tổng cộng có 60 sản phẩm, trong đó 10 sản phẩm đạt 4 sao)."),
    # The people at a meeting: "Dự hội nghị có … hơn 30 tổ chức, cá nhân đang sản xuất …".
    Rule("skip.attendees", {"skip": "people at a meeting, not producers"},
         r"(?<!\w)(?:dự|tham dự|về dự)\s+(?:hội nghị|hội thảo|lễ|buổi|chương trình|sự kiện|diễn đàn)[^.;\d]{0,80}$"
         # "85 học viên đến từ 45 hợp tác xã": the trainees' producers
         # ("đến từ" may be read as the count's qualifier)
         r"|(?<!\w)(?:học viên|đại biểu|khách mời)(?:\s+(?:đến\s+)?từ)?\s*(?:các\s*)?$",
         "Dự hội nghị có lãnh đạo các sở và hơn 40 chủ thể OCOP của tỉnh Hà Nam."),
    # A district round before the province's ("Ở vòng cấp huyện, các sản phẩm được xếp 10 sản phẩm hạng 4 sao"): a
    # pre-screen whose levels the province has yet to decide.
    Rule("skip.district_prescreen", {"skip": "a district's pre-screen before the provincial round"},
         r"(?<!\w)vòng (?:sơ tuyển|sơ loại|cấp huyện|huyện)(?!\w)(?:[^.;\d]|(?:19|20)\d\d){0,80}$"
         # "Theo điểm chấm ở cấp thành phố, 1 sản phẩm đạt mức 5 sao, 7 sản phẩm …": a city's scores, all of them, for
         # the province to decide
         r"|(?<!\w)điểm chấm (?:ở |của )?(?:cấp |hội đồng )?(?:huyện|thành phố|thị xã|quận)(?!\w)[^.;]{0,100}$",
         "Ở vòng cấp huyện, các sản phẩm tham gia năm 2022 của tỉnh Hưng Yên được xếp 10 sản phẩm hạng 4 sao."),
    # The whole of a share: "13 trên 21 sản phẩm đạt 3 – 4 sao" counts 13 of 21 entries; "trên 21" is no "more than
    # 21" (applied only to a count whose own words open with "trên", see SHARE_OF).
    Rule("skip.whole_of_a_share", {"skip": "the entries a share of results is taken from"},
         r"(?<![\d.,/])\d[\d.]*\s*$",
         "Kết quả chấm điểm cho thấy 13 trên 21 sản phẩm đạt mức 3 – 4 sao."),
    # … and "8 trên tổng số 12 sản phẩm được xem xét": the whole named "tổng số", entries too.
    Rule("skip.whole_of_a_share_named_total", {"skip": "the entries a share of results is taken from"},
         r"(?<![\d.,/])\d[\d.]*\s+trên\s+tổng(?:\s+số)?\s*$",
         "Sau phiên họp, 7 trên tổng số 10 sản phẩm được xem xét đạt chuẩn OCOP cấp tỉnh."),
    # A group of a province's districts ("11 huyện miền núi của tỉnh đã phát triển được 40 sản phẩm"): their sum, no
    # place of ours.
    Rule("skip.district_group", {"skip": "the products of a group of districts, not of a place"},
         r"(?<![\d.,])\d+\s+(?:huyện|huyện, thị xã|địa phương)\s+(?:miền núi|vùng cao|vùng núi|ven biển|đồng bằng|biên giới"
         r"|nghèo|khó khăn|phía (?:bắc|nam|tây|đông))(?!\w)[^.;\d]{0,70}$",
         "Tính tới hết tháng 4/2022, 11 huyện miền núi của tỉnh Thanh Hóa đã phát triển được 40 sản phẩm OCOP."),
    # The products brought before a council, named as the subject of the count: "Các sản phẩm đưa ra hội đồng lần này
    # là 21 sản phẩm, đến từ …".
    Rule("skip.entries_named_first", {"skip": "entries, named before their number"},
         r"(?:sản phẩm|hồ sơ)\s+(?:được\s+)?(?:đưa ra|đưa lên|đưa vào|trình|gửi|đăng ký|tham gia|dự thi)(?!\w)"
         r"[^.;,\d]{0,40}?\s(?:là|gồm|có)\s*$"
         # ("sản phẩm tham gia năm nay tăng cả về số lượng lẫn chất lượng, với 187 sản phẩm của 96 chủ thể")
         r"|(?:sản phẩm|hồ sơ)\s+(?:đăng ký\s+)?(?:tham gia|dự thi|đăng ký)(?!\w)[^.;,\d]{0,60},\s*với\s*$",
         "Các sản phẩm đưa ra hội đồng lần này là 18 sản phẩm, đến từ ba huyện."),
    # Money given to them ("hỗ trợ 4,5 tỷ đồng cho 60 chủ thể OCOP"): the recipients of a support, not a count.
    Rule("skip.funded", {"skip": "the recipients of money, not a count"},
         r"(?<!\w)(?:tỷ|triệu|nghìn|ngàn)\s*đồng\s*(?:để\s+[^\d.;]{0,30}?\s)?(?:cho|tới|đến|hỗ trợ)\s*(?:các\s*)?$",
         "Năm 2024, tỉnh Hà Tĩnh hỗ trợ 4,5 tỷ đồng cho 60 chủ thể OCOP."),
    # The people given a support ("hỗ trợ 15.000 cây quế giống từ nguồn ngân sách cho 600 hộ"): its recipients, not
    # the programme's producers.
    Rule("skip.support_recipients", {"skip": "the recipients of a support, not producers", "only": "count.subjects"},
         r"(?<!\w)hỗ trợ\s+(?!cho\s)(?:[^.;]|\.(?=\d)){0,60}?\scho\s*(?:các\s*)?$",
         "Năm nay, huyện hỗ trợ 15.000 cây quế giống cho 600 hộ; có 9 sản phẩm OCOP được công nhận."),
    Rule("skip.vote", {"skip": "a vote or a top list"}, r"(?<!\w)(?:top|bình chọn|tốp)\s*$",
         "Bình chọn Top 15 sản phẩm OCOP tiêu biểu năm 2024."),
    Rule("skip.owner_type_before", {"skip": "the products of one kind of producer", "only": "count.products"},
         r"(?:khu vực|khối|thành phần)\s+(?:kinh tế tập thể|hợp tác xã|htx|doanh nghiệp)[^.;\d]{0,30}$",
         "Riêng khu vực kinh tế tập thể đã có 204 sản phẩm được chứng nhận OCOP."),
    # A table row whose first cell is a kind of producer ("Hợp tác xã | 39 chủ thể | 100 sản phẩm"): its producers
    # are of that type (``TYPE_ROW``), its products those of one kind of producer. Matched on the row before the count.
    Rule("skip.owner_type_row", {"skip": "the products of one kind of producer, in a table row",
                                 "only": "count.products"},
         r"^\s*(?:[-•+*]\s*)?{TYPE}\s*\|[^\n]*$",
         "Năm 2022 Hà Nội công nhận 518 sản phẩm OCOP của 191 chủ thể.\nChia theo loại hình chủ thể:\nHợp tác xã | 39 "
         "chủ thể | 100 sản phẩm"),
    # An evaluation still to be made, the purpose of a meeting: "Hội đồng đã họp để đánh giá, phân hạng 45 sản phẩm".
    Rule("skip.purpose", {"skip": "products to be evaluated, the purpose of a meeting"},
         r"(?<!\w)(?:để|nhằm)\s+(?:tiến hành\s+|xem xét,?\s+)?(?:đánh giá|phân hạng|xét|chấm điểm|chấm|thẩm định|xếp hạng)"
         r"(?:(?:\s*,\s*|\s+và\s+|\s+)(?:đánh giá|phân hạng|xếp hạng|công nhận|chấm điểm|thẩm định))*\s*(?:cho\s*)?$",
         "Ngày 12/12/2022, Hội đồng OCOP thành phố Hà Nội đã họp để đánh giá, phân hạng 45 sản phẩm."),
    Rule("skip.one_of", {"skip": "one product among others, not a count"},
         r"(?<!\w)(?:là|thuộc|trở thành|là một)?\s*(?:1|một)\s*trong\s*(?:số\s*)?$",
         "Trà Tân Cương là 1 trong 3 sản phẩm 5 sao của tỉnh."),
    # "6 trong 17 sản phẩm có thành phần từ sâm", "Hai trong bảy sản phẩm 4 sao …": the whole a part is taken from,
    # a figure stated before.
    Rule("skip.whole_of_a_part", {"skip": "the whole a part is taken from, stated before"},
         r"(?<![\w.,])(?P<part>\d{1,4}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+trong\s+(?:số\s+|tổng số\s+)?$",
         "Huyện Tu Mơ Rông có 17 sản phẩm OCOP. Có 6 trong 17 sản phẩm làm từ sâm Ngọc Linh."),
    Rule("skip.new_organisations_before", {"skip": "organisations to found, not producers", "only": "count.subjects"},
         r"(?<!\w)phát triển mới\s*(?:{QUAL}\s*)?$",
         "Đề án đặt mục tiêu phát triển mới ít nhất 100 tổ chức kinh tế tham gia OCOP."),
    Rule("skip.year_or_document", {"skip": "a year or a document's number, not a count"},
         # "tổng số 126 sản phẩm", "con số 300", "Trong số 115 chủ thể": a total, not a document's number.
         r"(?:(?<!tổng )(?<!con )(?<!trong )số|năm|đoạn|điều|khoản|mục)\s*$|/\s*$",
         "Theo kế hoạch, trong năm 2023 sản phẩm OCOP của tỉnh tiếp tục nâng cao chất lượng."),
    # An evaluation as the sentence's opening verb, with no "đã": a session's headline ("Đánh giá, phân hạng 46 sản
    # phẩm OCOP", "Gia Lai đánh giá, phân hạng 26 sản phẩm") names the products it scores.
    Rule("skip.evaluation_opening", {"skip": "products a session scores, not its results"},
         r"^\s*(?:(?!đã|vừa|được)[^\s,.;:\d]+\s+){0,4}?(?::\s*)?(?<!kết quả )(?:đánh giá|chấm điểm|thẩm định),?\s*"
         r"(?:phân hạng|xếp hạng)\s*(?:cho\s*)?$",
         "Tỉnh Gia Lai đánh giá, phân hạng 26 sản phẩm OCOP cấp tỉnh."),
    # A district's proposal to the provincial council ("… để đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh
    # xem xét, công nhận hạng 4 sao cho 2 sản phẩm"): candidates, not a rating (a provincial council's proposal to
    # the province's people's committee is its round's result).
    Rule("skip.proposed_to_province", {"skip": "products proposed to the provincial council"},
         r"(?:đề nghị|đề xuất|gửi|trình)\s+(?:lên\s+)?hội đồng[^.;\d]{0,60}?(?:cấp tỉnh|của tỉnh|tỉnh)(?!\w)[^.;\d]{0,60}$",
         "UBND huyện cũng công nhận kết quả để đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh xem xét, "
         "công nhận hạng 4 sao cho 2 sản phẩm."),
    # A producer named before as the subject ("…, kể HTX hiện có 2 sản phẩm 3 sao"): one producer's products.
    # (or with its name: "tập trung ở Công ty CP Chăn nuôi và chế biến sữa Đồng Nai với 9 sản phẩm")
    Rule("skip.producer_has", {"skip": "the products of one producer", "only": "count.products"},
         # ("các HTX này đang có trong tay 133 sản phẩm": the co-ops just named, one kind of producer)
         r"(?<!\w)(?:htx|hợp tác xã|công ty|doanh nghiệp|cơ sở|hộ kinh doanh|tổ hợp tác|trang trại|nhà hàng)\s+"
         r"(?:(?:này|đó|nói trên)\s+)?"
         r"(?:hiện\s+|đã\s+|cũng\s+|nay\s+|đang\s+)*(?:có(?: trong tay)?|sở hữu|nắm giữ)\s*$"
         # ("Hiện DN có hơn 20 sản phẩm": the abbreviation, written as plain words so that a text without it skips the
         # rule)
         r"|(?<!\w)dn (?:hiện |đã |cũng |nay |đang )*(?:có|sở hữu)\s*$"
         r"|(?<!\w)(?:ở|tại|của)\s+(?:htx|hợp tác xã|công ty|doanh nghiệp|cơ sở)\s+(?:cp|tnhh|cổ phần|mtv)?[^,.;\d]{2,60}?"
         r"\s(?:với|có)\s*$"
         # ("…; công ty đã hoàn thiện quy trình để tham gia OCOP và có 3 sản phẩm đạt 3 sao": the producer named
         # before, the subject of a clause of its own)
         r"|[;,]\s*(?:công ty|htx|hợp tác xã|doanh nghiệp|cơ sở)(?:\s+này)?\s+(?:đã|hiện|cũng|nay|đang|vừa)\s"
         r"[^.;\d]{0,80}?\s(?:và\s+)?(?:có|sở hữu)\s*$",
         "Anh Trường, Giám đốc Hợp tác xã Trường Thịnh, kể HTX hiện có 2 sản phẩm 3 sao."),
    # Members of a club or an association ("CLB OCOP huyện ra đời năm 2024 với 7 chủ thể ban đầu"): the club's, not
    # the place's producers.
    Rule("skip.club_members", {"skip": "members of a club or association", "only": "count.subjects"},
         r"(?<!\w)(?:câu lạc bộ|clb|hiệp hội|hội quán)(?!\w)(?:[^.;\d]|\d{4}){0,80}$",
         "Câu lạc bộ OCOP của thị xã được thành lập năm 2023 với 12 chủ thể."),
    # Producers taking part in an evaluation: "đã tổ chức Hội đồng đánh giá, phân hạng sản phẩm cấp huyện, với 29 chủ
    # thể tham gia: …" (the programme's producers "tham gia" are counted elsewhere).
    Rule("skip.producers_entered", {"skip": "producers taking part in an evaluation", "only": "count.subjects"},
         r"(?:hội đồng|đánh giá|dự thi|chấm điểm)[^.;\d]{0,100}?(?<!\w)với\s*$",
         "Đến nay 10 huyện đã tổ chức Hội đồng đánh giá, phân hạng sản phẩm cấp huyện, với 25 chủ thể tham gia."),
    # A stock of some undated past ("toàn huyện hiện còn 17 sản phẩm, trước đây từng có 24 sản phẩm"): no year holds it.
    Rule("skip.former_stock", {"skip": "a stock of an undated past"},
         r"(?<!\w)(?:trước đây|trước kia|có thời điểm)\s+(?:đã\s+)?(?:từng\s+)?(?:có|đạt)\s*(?:{QUAL}\s*)?$",
         "Toàn huyện Đức Thọ hiện còn 15 sản phẩm đạt chuẩn OCOP, trước đây từng có 20 sản phẩm."),
    # A council at work on products ("Đợt này, Hội đồng đánh giá, phân hạng 7 sản phẩm của 4 chủ thể", "Hội đồng cấp
    # tỉnh sẽ đánh giá, phân hạng 8 sản phẩm"): the entries it scores, unless a result follows the count.
    Rule("skip.council_session", {"skip": "products a council scores, not its results"},
         # ("Đợt này Hội đồng nhận 9 sản phẩm của 5 tổ chức kinh tế": received)
         r"(?:hội đồng[^.;\d]{0,80}?|(?<!\w)(?:sẽ|họp|đang))\s*(?<!kết quả )(?:tiến hành\s+)?"
         r"(?:đánh giá|chấm điểm|chấm|thẩm định|(?<!công )(?<!chứng )(?<!\w)(?:tiếp\s+)?nhận)(?:,?\s*(?:phân hạng|xếp hạng))?"
         r"(?:\s+(?:cho|đối với))?[\s,]*$",
         "Đợt này, Hội đồng đánh giá, phân hạng 7 sản phẩm của 4 chủ thể."),
)
# Words that make what follows a part of the count before ("48 sản phẩm tham gia …; trong đó 36 sản phẩm mới").
PART_OF_WORDS = r"(?<!\w)(?:trong đó|trong số đó|trong số này|gồm|bao gồm|cụ thể)(?!\w)"
# A decision's number, a full date or a year ("Quyết định số 303/QĐ-UBND ngày 4/2/2020"): digits that count nothing.
# A count of dossiers ("Đợt này có 30 hồ sơ sản phẩm"): what follows lists entries.
DOSSIER_COUNT = r"(?<![\d.,])\d[\d.]*\s+hồ sơ(?!\w)"
DOCUMENT_REFERENCE = r"\d+(?:/[^\s/,;.]+)+|{DAY}|(?<!\d)(?:19|20)\d{2}(?!\d)"
# The qualifier of a count a stock rose from: "tăng từ 120 sản phẩm năm 2021 lên 268".
RISEN_FROM = r"từ\s*$"
# What opens a sentence whose figure's subject comes after it: "Với 8.500 sản phẩm, cả nước …", "Có 120 sản phẩm, tỉnh …".
OPENS_WITH_FIGURE = r"\s*(?:với|có|sở hữu)\s*(?:{QUAL}\s*)?$"
# … with "với" only ("Với 3.317 sản phẩm được chứng nhận OCOP, Hà Nội hiện đứng đầu cả nước"): what the subject after
# it has, a stock, whatever the sentence before told.
OPENS_WITH_WITH = r"\s*(?:[^,.;\d]{0,40},\s*)?với\s*(?:tổng số\s*|{QUAL}\s*)?$"
# … unless what comes after is a star level, no owner: "Với 83 sản phẩm của 58 chủ thể, hạng 3 sao tập trung ở …" is
# the level's share of what was just said. Matched after the count's noun.
LEVEL_AFTER_WITH = r"[^.;,]{0,60},\s*(?:hạng|loại|mức|nhóm)?\s*[345]\s*sao(?!\w)"
# A verb raising the total named after it ("Kết quả này đưa số sản phẩm OCOP lên 139"): no activity on products.
RAISING_VERB = r"(?<!\w)(?:đưa|nâng)\s*$"
# Words of registrations and entries: a list of places in a sentence with them counts entries ("Nơi có nhiều sản
# phẩm đăng ký nhất là thị xã Quế Võ (23 sản phẩm)"), not OCOP products.
ENTRIES_WORDS = r"(?<!\w)(?:đăng ký|tham gia|dự thi|dự đánh giá|hồ sơ|danh mục|ý tưởng|gửi lên|trình lên|gửi về)(?!\w)"
# A round's total of new and renewed certificates: "công nhận mới và công nhận lại 55 sản phẩm".
NEW_AND_RENEWED = r"(?:công nhận|chứng nhận|cấp)\s+mới\s*(?:và|,|cùng|hoặc)\s*$"
# Result verbs: after an activity verb, a count of the result is still a count ("tổ chức đánh giá, công nhận 99").
RESULT_VERBS = (r"xếp hạng|công nhận|chứng nhận|phân hạng|đạt(?!\s+yêu cầu)|cấp giấy chứng nhận|cấp chứng nhận"
                r"|nhận (?:giấy |quyết định )?(?:chứng nhận|công nhận)")
# A result verb that is no re-rating ("phân hạng lại", "công nhận lại").
RESULT_VERB = rf"(?<!\w)(?:{RESULT_VERBS})(?!\w)(?!\s+lại)"
# The producer type a table row names in its first cell ("Doanh nghiệp | 49 chủ thể | 169 sản phẩm").
TYPE_ROW = r"\s*(?:[-•+*]\s*)?(?P<type>{TYPE})\s*\|"
# An activity opening the sentence as its circumstance, closed by a comma ("Qua chấm điểm, 15 sản phẩm đạt 3 sao",
# "Sau khi thẩm định, …"): what follows is its result.
ACTIVITY_AS_INTRO = r"(?:^|(?<=[.;:\n]\s)|(?<=[.;:\n]))\s*(?:qua|sau khi|sau|kết quả|thông qua|trên cơ sở|căn cứ kết quả)\s+$"
# A rating's clause closed by a comma, then a place that has products: "Qua nhiều kỳ Hội đồng đánh giá, tỉnh hiện có
# 175 sản phẩm" counts the place's products, not those the rating was done to. (What a survey found, "Theo rà soát,
# tỉnh có 184 sản phẩm mang lợi thế", is no rating's.)
STOCK_AFTER_ACTIVITY = r"^(?:đánh giá|chấm điểm|chấm|thẩm định|xét)(?!\w)[^,]*,[^,]*(?<!\w)(?:có|sở hữu)\s*$"
# Products selected as potential 5-star ones ("lựa chọn 4 sản phẩm có tiềm năng đạt 5 sao"): the selection is
# the count of potential 5-star products, not an activity on them.
SELECTED_BEFORE = r"(?<!\w)(?:lựa chọn|chọn lọc|chọn ra|chọn|sàng lọc|rà soát, lựa chọn)\s*(?:được\s*)?(?:{QUAL}\s*)?$"
# Potential 5-star products helped to ready a dossier for the national rating ("hỗ trợ tối thiểu 5 sản phẩm có tiềm năng
# 5 sao hoàn thiện hồ sơ để đề nghị Trung ương đánh giá", "… sẽ được hỗ trợ hoàn thiện hồ sơ đề xuất Bộ công nhận"):
# the province's candidates, not the recipients of a support.
DOSSIER_FOR_THE_CENTRE = (r"[^.;]{0,80}?hồ sơ[^.;]{0,40}?(?:đề nghị|đề xuất|trình|gửi)[^.;]{0,30}?"
                          r"(?:trung ương|bộ\b|cấp quốc gia|quốc gia)")
# A province proposing its own products for the national rating ("tỉnh đề xuất 3 sản phẩm tham gia đánh giá, phân
# hạng cấp quốc gia"): its potential 5-star products, not mere entries (the national council's entries, "52 sản phẩm
# tham gia đánh giá cấp quốc gia", name no one proposing them).
PROPOSED_BEFORE = r"(?<!\w)(?:đề xuất|đề nghị|lựa chọn|chọn|gửi|trình|giới thiệu)\s*(?:được\s*)?(?:{QUAL}\s*)?$"
# A district council's pre-screen, before districts could certify (see vocab.FIRST_DISTRICT_CERTIFICATE_YEAR): the
# council scores the district's products ("Hội đồng đánh giá và xếp hạng sản phẩm OCOP huyện Lai Vung …") and the
# district sends them up ("UBND huyện đã chuyển hồ sơ của 02 sản phẩm … lên cấp tỉnh để tham gia đánh giá"), and no
# one of the district certifies them: the counts on such a page are candidates, never ratings.
# ("hội đồng chấm điểm, xếp hạng sản phẩm OCOP năm 2021 của huyện Trực Ninh": the district's, no province's between)
DISTRICT_COUNCIL = (r"hội đồng(?:\s+(?:đánh giá|xếp hạng|phân hạng|thẩm định|và|,|sản phẩm|ocop|chương trình|mỗi xã một"
                    r" sản phẩm|\(ocop\)|cấp))*\s+(?:huyện|thị xã|thành phố|quận)(?!\s*(?:ủy|uỷ))"
                    r"|hội đồng(?:(?!tỉnh|trung ương|quốc gia)[^.;]){0,80}?\s(?:của\s+)?(?:cấp\s+)?(?:huyện|thị xã|quận)"
                    r"(?!\w)(?!\s*(?:ủy|uỷ))")
SENT_UP_TO_PROVINCE = (r"(?:chuyển|gửi|trình|đề nghị|đề xuất|đưa)\s+[^.;]{0,80}?(?:lên|về)\s+(?:hội đồng\s+)?(?:cấp\s+)?"
                       r"(?:tỉnh|sở)(?!\w)"
                       # "… rồi trình UBND tỉnh Nam Định đánh giá, phân hạng ở cấp tỉnh"
                       r"|(?:trình|gửi|đề nghị)\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng)\s+(?:cấp\s+)?tỉnh(?!\w)"
                       r"[^.;]{0,60}?(?:đánh giá|phân hạng|xếp hạng|xem xét)")
# … whose own sentences of the province's decision ("UBND tỉnh đã công nhận 30 sản phẩm") keep their figures.
PROVINCE_DECIDES = (r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng)\s+(?:cấp\s+)?tỉnh[^.;]{0,80}?(?:công nhận"
                    r"|quyết định|phê duyệt|cấp giấy)")
DISTRICT_CERTIFIES = (r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:huyện|thị xã|thành phố|quận)[^.;]{0,80}?"
                      r"(?:công nhận|cấp giấy chứng nhận|cấp chứng nhận|phê duyệt kết quả)")
# A result given as a share of the entries ("13 trên 21 sản phẩm đạt mức 3 – 4 sao", "đạt 45/50 sản phẩm"): the second
# number is the entries, and a round's count of that value stated on the page is theirs, not a result.
RESULT_OF_ENTRIES = r"(?<![\d.,/])(\d[\d.]*)\s*(?:trên|/)\s*(\d[\d.]*)\s*(?:sản phẩm|sp)(?!\w)"
SHARE_OF = r"\s*trên\s"
# A count an evaluation was given to ("đánh giá, phân hạng cho 52 sản phẩm"), followed in its sentence by the part
# that came through ("…, kết quả có 47 sản phẩm đạt từ 3 sao trở lên"): the evaluated count is of entries. Matched
# before the evaluated count, and between the two counts.
EVALUATED_BEFORE = (r"(?<!\w)(?:đánh giá|thẩm định|chấm điểm|chấm|xét chọn)(?:\s*,?\s*(?:và\s+)?(?:phân hạng|xếp hạng))?"
                    r"\s*(?:cho\s*|đối với\s*)?(?:tổng\s*(?:số\s*)?|các\s*)?$")
# Every entry recognised ("Hội đồng đã công nhận toàn bộ 8 sản phẩm được đưa ra xem xét đạt chuẩn OCOP 3 sao"): the
# entries' words after the count name what was recognised, the round's count. Matched before the count.
ALL_ENTRIES_RECOGNISED = (r"(?<!\w)(?:công nhận|chứng nhận|cấp giấy chứng nhận|xếp hạng|phê duyệt)\s+(?:cho\s+)?"
                          r"(?:toàn bộ|tất cả|cả)\s*(?:(?:các|những)\s*)?$")
RESULT_CUE_BETWEEN = (r"[^.;\d]{0,40}?(?:kết quả|trong đó|trong số (?:này|đó)|qua đó)\s*(?:,|:)?\s*(?:là\s*|có\s*|đã có\s*)?"
                      r"(?:{QUAL}\s*)?$")
# A site's menu bar: "Trang chủ | Tin tức | Địa phương | Sản phẩm OCOP".
MENU_BAR = r"\s*(?:trang chủ|trang nhất|home)\s*[|›»>]"
# The words that may open a sentence before the province that is its subject ("Còn tỉnh Gia Lai …", "Riêng Hà Nội …").
PROVINCE_OPENS_SENTENCE = r"\s*(?:(?:còn|riêng|tại|ở|với|về phía|trong khi đó,?)\s+)?(?:tỉnh\s+|thành phố\s+)?"
# The word any producer goes by ("cơ sở sản xuất"), read as the household kind among other kinds but as all the
# producers when it alone owns a count of products ("… là 36, thuộc 17 cơ sở sản xuất"). Matched after the number.
GENERIC_PRODUCER = r"\s*cơ sở(?:\s+sản xuất)?(?:,?\s*kinh doanh)?\s*$"
# A word of a table's header ("Hạng sao | Số sản phẩm | Mức thưởng"), never of a site's menu of sections ("Mới nhất |
# Tin nóng | Media | Infographic").
TABLE_HEADER_WORD = r"(?<!\w)(?:số|sao|stt|tổng|hạng|tỷ lệ|năm|đơn vị tính|mức)(?!\w)"
# A line of section names only, above the headline or between it and the body ("KINH TẾ - XÃ HỘI", "Nông nghiệp -
# Nông thôn", "Tin tức | Địa phương"): the site's sections, never the headline. Matched on the whole line.
SECTION_NAME = (r"(?:kinh tế|xã hội|kinh tế xã hội|nông nghiệp|nông thôn|nông thôn mới|xây dựng nông thôn mới|tam nông"
                r"|nông nghiệp nông thôn|thời sự|tin tức|sự kiện|tin tức sự kiện|địa phương|tin địa phương|chính trị"
                r"|văn hóa|đời sống|du lịch|thị trường|doanh nghiệp|doanh nhân|tài chính|kinh doanh|đầu tư|thương mại"
                r"|xúc tiến thương mại|tiêu điểm|trong nước|trong tỉnh|khoa học|công nghệ|môi trường|nông sản"
                r"|sản phẩm ocop|ocop|khuyến nông|hợp tác xã|kinh tế tập thể|chuyển đổi số|phóng sự|tin ảnh|video"
                r"|bạn nhà nông|nhà nông|kinh tế - xã hội|nông nghiệp - nông thôn)")
SECTION_PATH = rf"\s*{SECTION_NAME}(?:\s*(?:-|\||/|›|»|>|:|,)\s*{SECTION_NAME}){{0,3}}\s*"
# A province in brackets right after a district, which only says where the district is: "huyện Ea Kar (tỉnh Đắk Lắk)".
LOCATING_BRACKET = r"\s*\(\s*(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?"
# The 2025 merger spoken of anywhere on a page ("Sau sáp nhập, tỉnh Cà Mau hiện có 354 sản phẩm"): an undated page that
# never does, nor names a former province, was written before it.
MERGER_WORDS = r"sáp nhập|hợp nhất|sau khi nhập|(?:tỉnh|thành phố|xã|phường) mới(?!\w)|chính quyền (?:địa phương )?hai cấp"
# A producer named as its sentence's subject ("Hợp tác xã Chế biến thủy sản Hải Bình (…) tham gia chương trình từ
# năm 2020, hiện có 3 sản phẩm đạt 3 sao"): that producer's products. Matched on the case-kept text from the
# sentence's or clause's start to the count.
# ("Ba năm theo chương trình, Công ty TNHH Nông lâm TBT ở xã Đức Chánh đã có 4 sản phẩm": after an opening phrase;
# "…, trong đó riêng Hợp tác xã Bình An đã có 9 sản phẩm": a clause of a district's figure)
PRODUCER_HEAD = (r"(?:[Hh]ợp tác xã|HTX|[Cc]ông ty|[Dd]oanh nghiệp|DN|[Cc]ơ sở|[Hh]ộ kinh doanh|[Tt]ổ hợp tác|[Tt]rang trại"
                 r"|[Nn]ông trại|[Nn]hà hàng|[Cc]ửa hàng|[Nn]hà máy|[Xx]ưởng)")
PRODUCER_SUBJECT = (r"(?:\s*(?:[-•+*]\s*)?(?:[^\d,.;:]{1,50},\s+)?"
                    r"(?:(?:[Tt]rong đó|[Rr]iêng|[Cc]òn|[Hh]iện(?: nay)?|[Nn]ay|[Đđ]ến nay),?\s+){0,2}"
                    rf"(?:{PRODUCER_HEAD}\s+(?:[A-ZĐ]"
                    # ("Hợp tác xã thanh long sạch Hòa Lệ": what it grows, then its name; never "… trên địa bàn tỉnh X")
                    r"|(?:(?!(?:trên|trong|của|tại|ở|thuộc|các|toàn|tỉnh|huyện|xã|thị|thành|và|với)\s)[a-zà-ỹđ]+\s+){1,4}[A-ZĐ]"
                    r"|(?:cổ phần|TNHH|MTV|nông nghiệp|dịch vụ|quán ăn|quán"
                    r"|cơ sở|xưởng|nhà hàng|lò)\s"
                    # "Trang trại của gia đình anh …", "Nông trại đã có …": one farm, named before
                    rf"|của\s+(?:gia đình|anh|chị|ông|bà)\s)|[Tt]rang trại(?=\s)|[Nn]ông trại(?=\s))(?:[^.;\d]|\d{{4}})*?\s"
                    r"(?:hiện\s+|đã\s+|cũng\s+|nay\s+|đang\s+)*(?:có|sở hữu|đứng tên|góp|đóng góp|là chủ thể của|là chủ của|làm chủ)"
                    r"\s*(?:{QUAL}\s+)?"
                    # A person as the clause's subject ("…, ông chuyển lên Ia Krêl mở cơ sở và làm ra 3 sản phẩm"): one
                    # producer's products (not one who speaks of a place's: "ông … cho biết, toàn huyện có 30 sản phẩm")
                    # ("Bà Rịa", "Anh Sơn": places, no person)
                    r"|\s*(?:[^\d,.;:]{1,50},\s+)?(?:[Ôô]ng|[Bb]à(?!\s+(?:Rịa|Đen|Chiểu|Triệu)(?!\w))"
                    r"|[Aa]nh(?!\s+Sơn(?!\w))|[Cc]hị)\s(?:(?!cho biết|nói|chia sẻ|khẳng định"
                    r"|thông tin|phát biểu|nhấn mạnh|báo cáo|toàn|cả|huyện|tỉnh|xã)[^\d.,;:])*?\s(?:đã\s+)?"
                    r"(?:làm ra|sở hữu|có)\s*(?:{QUAL}\s+)?)")
# A part of a count owned below every level we hold (a producer's, a commune's): the words between that count and
# the part ("Hiện doanh nghiệp có 14 sản phẩm, trong đó đã có 6 sản phẩm đạt OCOP 3 sao"), or from the start of the
# next sentence ("Làng nghề … đã có 4 chủ thể tham gia. Trong đó, 3 chủ thể …").
PARTS_OF_AN_UNOWNED_WHOLE: tuple[Rule, ...] = family(
    Rule("skip.part_of_an_unowned_whole", {"skip": "a part of a producer's or a commune's count"},
         r"[^\d;.]{0,40}?(?:(?<!\w)(?:trong đó|trong số (?:này|đó)|bao gồm|gồm|riêng|cụ thể)(?!\w)|:|\()[^\d;.]{0,30}",
         "Hiện doanh nghiệp có 14 sản phẩm, trong đó 6 sản phẩm đạt OCOP 3 sao."),
    # … and the parts listed after it, one after another ("…, 8 sản phẩm đạt 4 sao").
    Rule("skip.next_part_of_an_unowned_whole", {"skip": "the next part of a producer's or a commune's count"},
         r"(?:[^\d;.]|(?<!\d)[345]\s*sao){0,40}?(?:,|(?<!\w)và(?!\w))[^\d;.]{0,12}",
         "Hiện doanh nghiệp có 14 sản phẩm, trong đó 6 sản phẩm đạt OCOP 3 sao, 8 sản phẩm đạt 4 sao."),
)
# A page that names one star level and no other: a round's count without its level is at that level, unless the page
# rates a smaller count of the round (then the larger may hold levels it leaves unnamed). The pattern: what names more
# levels than one ("3 - 4 sao", "từ 3 sao trở lên", "3 đến 5 sao", a potential 5-star).
ONE_LEVEL_PAGES: tuple[Rule, ...] = family(
    Rule("stars.one_level_page", {"stars": "the page's one level"},
         r"[345]\s*(?:sao\s*)?(?:-|đến|tới|và|,|hoặc)\s*(?:hạng\s*)?[345]\s*sao|[345]\s*sao\s*trở lên|tiềm năng",
         "Huyện Sông Mã có thêm 4 sản phẩm OCOP 3 sao.\nNgày 20/11/2023, Hội đồng OCOP huyện Sông Mã công nhận lần "
         "đầu cho 4 sản phẩm, gồm long nhãn sấy và gạo nếp."),
)
# A sentence whose every new figure the page states again as a stock, with the same place, year and values, in a
# sentence of these words ("Năm 2021, Hà Nội … công nhận được 1.649 sản phẩm, gồm …" beside "Lũy kế từ năm 2019 đến
# hết năm 2021, … tổng cộng 1.649 sản phẩm …"): the stock told as if it were the year's (``extract.RESTATED_STOCK_MIN``).
STOCKS_RESTATED: tuple[Rule, ...] = family(
    Rule("kind.stock_restated", {"kind": "cumulative"},
         r"(?:lũy|luỹ) kế|tổng cộng|tổng số|đến nay|tới nay|đến hết năm|tính đến|tính tới",
         "Năm 2021, tỉnh đã công nhận được 160 sản phẩm OCOP, gồm 100 sản phẩm 4 sao và 60 sản phẩm 3 sao.\n\nLũy kế từ "
         "năm 2019 đến hết năm 2021, tỉnh đã công nhận tổng cộng 160 sản phẩm OCOP, trong đó 100 sản phẩm 4 sao và 60 "
         "sản phẩm 3 sao."),
)
# The whole a part is taken from ("Ba trong số 58 sản phẩm 4 sao …") when the page states it nowhere else: a count
# of its own, at the level written right after its noun. The pattern: the words from the noun to the end of the count.
# … and the part, when the level after the whole's noun follows a verb and so rates the part ("12 trong 21 sản phẩm
# đạt 3 sao": 12 products at 3 stars).
WHOLES_STATED_ONLY_HERE: tuple[Rule, ...] = family(
    Rule("count.whole_of_a_part_stated_here", {"metric": "products"},
         r"\s*(?:ocop\s*)?(?:hạng\s*)?0?(?P<level>[345])\s*sao\s*",
         "Đến nay, 250 sản phẩm OCOP của tỉnh được công nhận. Ba trong số 58 sản phẩm 4 sao đã được công nhận cấp "
         "quốc gia, đạt 5 sao."),
    Rule("count.part_of_a_whole_rated", {"metric": "products"},
         r"\s*(?:ocop\s*)?(?:(?:này|đó|trên)\s*)?(?:đều\s*|đã\s*|được\s*)*(?:đạt|xếp hạng|được xếp hạng|được công nhận"
         r"|công nhận)\s*(?:hạng\s*)?"
         r"0?[345]\s*sao",
         "Huyện Yên Lập có 21 sản phẩm OCOP. Xét theo hạng sao, 12 trong 21 sản phẩm đạt 3 sao và 9 sản phẩm đạt 4 sao."),
    # "04 trong 07 sản phẩm 4 sao được đánh giá có tiềm năng lên 5 sao": the part is the potential 5-star count.
    Rule("count.part_of_a_whole_potential", {"metric": "products", "stars": "potential_5"},
         r"\s*(?:ocop\s*)?(?:(?:hạng\s*)?0?[345]\s*sao\s*)?(?:(?:này|đó|trên)\s*)?"
         r"(?:(?:được đánh giá|được xác định|được nhận định|đều|cũng)\s*(?:là\s*)?)*(?:có\s*)?tiềm năng\s*"
         r"(?:đạt\s*|lên\s*|nâng lên\s*|nâng hạng\s*(?:lên\s*)?)?(?:hạng\s*)?(?:ocop\s*)?5\s*sao",
         "Huyện có 14 sản phẩm OCOP, trong đó 7 sản phẩm 4 sao; 4 trong 7 sản phẩm 4 sao được đánh giá có tiềm năng "
         "lên 5 sao."),
)
# "trong số 92 sản phẩm OCOP cấp tỉnh, …": a whole stated before, named again to speak of a part.
# ("Tỉnh đã cấp tem OCOP cho cả 18 sản phẩm của các đơn vị": all of those just counted, named again)
# ("Ngoài 9 sản phẩm được công nhận OCOP cấp tỉnh, trong năm 2021, huyện … đã …": besides those just counted)
BESIDES_WORD = "ngoài"
WHOLE_NAMED_AGAIN = r"(?<!\w)trong(?:\s+tổng)?\s+số\s*$|(?<!\w)(?:cho\s+)?(?:cả|tất cả|toàn bộ)\s*$|(?<!\w)ngoài\s*$"
# An activity whose words go on to say it made the products ("hỗ trợ hình thành 46 sản phẩm OCOP"): a result.
# ("đã hỗ trợ phát triển được 11 sản phẩm OCOP": developed, and reached)
FORMED_AFTER_ACTIVITY = r"(?<!\w)(?:hình thành|tạo ra|tạo nên|tạo dựng|phát triển được|xây dựng được)(?!\w)"
# The producers of a count, with an aside on who they are: "của 29 chủ thể – là doanh nghiệp, hợp tác xã –". Their
# number belongs to the products before them and says nothing of what those products are.
OWNER_PHRASE = (r"(?:của|thuộc)\s*(?:các\s*)?\d[\d.]*\s*(?:chủ thể|cơ sở|đơn vị|hợp tác xã|htx|doanh nghiệp"
                r"|tổ hợp tác|hộ kinh doanh|hộ sản xuất|hộ)(?:\s*-[^-;.]{0,160}-|\s*\([^();.]{0,80}\))?\s*,?")
# A count whose own words go on to say its result ("36 sản phẩm đạt 3 - 4 sao", "40 sản phẩm của 29 chủ thể được
# nhận giấy chứng nhận") is a result, whatever list it is in.
# ("77 sản phẩm OCOP đã được tỉnh công nhận": the one who recognised them may stand before the verb)
# ("4 đến 6 sản phẩm được đánh giá, xếp hạng 3 sao trở lên": evaluated and rated at a level, a result)
RESULT_AFTER = (rf"\s*(?:ocop\s*)?(?:{OWNER_PHRASE}\s*)?(?:đã\s*|được\s*|đều\s*)*"
                r"(?:đánh giá,?\s*(?:và\s+)?(?=(?:xếp hạng|phân hạng|xếp)\s*(?:từ\s*)?[345]\s*sao))?"
                rf"(?:(?:ubnd\s+)?(?:tỉnh|huyện|thành phố)(?:\s+[^\s,.;\d]+){{0,3}}?\s+)?(?:{RESULT_VERBS})(?!\w)")
SKIPS_AFTER: tuple[Rule, ...] = family(
    # The products of one group of people ("109 sản phẩm của chị em", "… của hội viên phụ nữ"): a share of a union's
    # members, not a count of a place.
    Rule("skip.group_subset", {"skip": "the products of one group of producers"},
         # ("109 sản phẩm trong số này do chị em làm chủ": the group named after the whole it is part of)
         r"^\s*(?:ocop\s*)?(?:trong số (?:này|đó)\s+)?(?:là\s+)?(?:của|do)\s+(?:các\s+)?(?:chị em|phụ nữ|hội viên|thanh niên"
         r"|đoàn viên|nữ|cựu chiến binh"
         r"|đồng bào|người dân tộc|nông dân)(?!\w)",
         "Đến nay, toàn tỉnh có 273 sản phẩm OCOP, trong đó có 109 sản phẩm của chị em đạt từ 3 đến 4 sao."),
    Rule("skip.entries", {"skip": "entries, registrations or candidates, not results"},
         # "13 sản phẩm thuộc huyện A, B … đã được gửi hồ sơ đề nghị đánh giá": entries sent up
         r"^\s*(?:ocop\s*)?thuộc\s[^;.\d]{0,60}?(?:đã\s*)?(?:được\s*)?(?:gửi|nộp|trình)\s+hồ sơ"
         # (the owners may carry an aside between dashes: "của 35 chủ thể - doanh nghiệp, HTX … - mang hồ sơ")
         # ("103 sản phẩm của 55 chủ thể thuộc 37 xã, phường đăng ký …")
         # ("60 sản phẩm đến từ 23 huyện, thị xã, thành phố được đưa ra đánh giá": where they come from, between)
         # ("12 sản phẩm của 5 địa phương là Ea Súp, Cư M'gar, Krông Ana … đưa ra hội đồng": their places listed)
         # ("3 sản phẩm còn lại của 2 chủ thể được công nhận lại": the rest, then their owners)
         # ("10 sản phẩm do 5 chủ thể của Hà Nội và Quảng Ninh đăng ký": registered by their owners)
         r"|^\s*(?:ocop\s*)?(?:mới\s+)?(?:còn lại\s+)?(?:trong số (?:này|đó)\s*)?(?:(?:của|đến từ|do)\s*(?:các\s*)?"
         r"(?:\d[\d.]*(?:/\d+)?\s*)?"
         r"[^;.\d]{0,90}?"
         r"(?:(?:thuộc|ở|tại)\s*\d+\s*[^;.\d]{1,30}?)?(?:\s-[^-;.]{0,160}-\s*)?)?"
         # ("23 chủ thể tỉnh Thái Bình đã …", "187 sản phẩm trên địa bàn tỉnh Khánh Hòa đã đăng ký …": the place between)
         r"(?:(?:của\s+|trên địa bàn\s+|ở\s+|tại\s+)?(?:tỉnh|huyện|thành phố|thị xã)(?:\s+[^\s,.;\d]+){1,3}?\s+)?"
         # ("Bốn sản phẩm khác được đề nghị chuyển lên Hội đồng tỉnh …": the others, proposed; "Ba sản phẩm còn lại chưa
         # đạt mức quốc gia": the rest, failed)
         r"(?:khác\s+|còn lại\s+)?(?:là |đã |được |sẽ |lần đầu |thuộc diện |xin )?"
         # "tham gia" alone: products entered; producers "tham gia" are the programme's producers, and products
         # "lần đầu tham gia" are new ones.
         r"(?:(?<!chủ thể )(?<!lần đầu )tham gia(?! chương trình)(?=\s*(?:đánh giá|phân hạng|dự thi|hội chợ|triển lãm"
         r"|xét|chấm|đợt|kỳ|sự kiện|lễ|chương trình kết nối|diễn đàn|hội nghị|phiên chợ|tuần lễ|festival))"
         # ("trong 5 sản phẩm dự đánh giá, có 4 …": put before the council)
         r"|đăng ký|dự thi|dự (?:đánh giá|xét|chấm)|(?:tham\s+)?dự hội thi|(?:mang |nộp |gửi |hoàn thiện |hoàn tất )?hồ sơ"
         # "19 chủ thể đã tự nguyện nộp 31 phiếu đăng ký ý tưởng": submitted
         r"|(?:tự nguyện\s*)?(?:nộp|gửi)\s+(?:\d+\s+)?(?:phiếu|hồ sơ|ý tưởng|đơn)"
         # ("… được 19 chủ thể tự nguyện gửi về tham gia chương trình": sent in)
         r"|(?:tự nguyện\s*)?(?:nộp|gửi)\s+về(?!\w)"
         r"|được đề xuất|đề xuất|(?:được\s+)?chấp thuận"
         # ("35 sản phẩm của 15 chủ thể gửi lên tỉnh để xem xét xếp hạng 4 sao": sent up to the next council)
         r"|(?:gửi|chuyển|trình)\s+lên(?!\w)"
         r"|đề nghị|được đề nghị"
         # "16 sản phẩm do các địa phương đề nghị": proposed by the places, entries of a higher council
         r"|do\s+(?:các\s+)?[^.;\d]{0,40}?(?:đề nghị|đề xuất|gửi|đăng ký|giới thiệu)(?!\w)"
         # ("169 sản phẩm được các chủ thể đăng ký": registered by their producers)
         r"|được\s+(?:các\s+)?(?:chủ thể|địa phương|đơn vị|cơ sở|doanh nghiệp|hợp tác xã|huyện|xã)[^.;\d]{0,30}?"
         r"(?:đăng ký|đề nghị|đề xuất|gửi)(?!\w)"
         r"|đưa ra|đủ điều kiện tham gia|được đưa|được lựa chọn|được chọn tham gia|tham dự|trưng bày|được trưng bày"
         # "Bốn sản phẩm khác là túi xách, ba lô và ví bồn bồn đã đăng ký OCOP năm 2022": the items named, then entered
         r"|(?:khác\s+)?(?:là|(?:bao\s+)?gồm)\s+[^;.\d]{0,120}?\s(?:đã\s+|đang\s+)?(?:đăng ký|dự thi|chờ (?:đánh giá|xét))"
         r"(?!\w)"
         r"|được kiểm tra|được khảo sát|chưa đạt|không đạt|(?:chưa|không) đáp ứng|bị thu hồi|hết hạn"
         # ("178 sản phẩm tiềm năng của 131 chủ thể", "khoảng 900 sản phẩm đủ tiềm năng phát triển thành sản phẩm
         # OCOP": a survey's candidates for the rounds to come, entries like those registered; never "tiềm năng 5
         # sao", a level's candidates, nor a plan's "công nhận thêm ít nhất 30 sản phẩm tiềm năng, thế mạnh", the
         # potential ones it will rate; "có tiềm năng …" is skip.potential_products)
         r"|(?:đủ\s+)?tiềm năng(?=\s+(?:của|thuộc|phát triển|trở thành|thành)(?!\w))"
         r"(?![^.;,\d]{0,25}(?:[345]\s*sao|quốc gia|trung ương))"
         # ("Trên tổng số 12 sản phẩm được xem xét, Hội đồng công nhận 8": considered, not "xem xét, công nhận", nor
         # "8 trên 12 sản phẩm được xem xét đạt chuẩn", the part that came through)
         r"|được\s+(?:hội đồng[^,;.\d]{0,40}?\s)?xem xét(?!\s*,?\s*(?:và\s+)?(?:công nhận|chứng nhận|cấp|xếp hạng"
         r"|phân hạng|đạt|đều đạt))"
         r"|(?:đã\s*)?hết (?:thời hạn|hiệu lực)"
         # ("15 sản phẩm của Quảng Ngãi vào vòng đánh giá, phân hạng": entered the round)
         r"|(?:lọt\s+|được\s+)?vào\s+vòng\s+(?:đánh giá|chấm|xét|thẩm định|chung khảo|sơ khảo)"
         # ("đề nghị chuyển 4 sản phẩm lên Hội đồng … tỉnh để xem xét hạng 4 sao": sent up, not rated)
         r"|lên\s+(?:hội đồng|cấp (?:tỉnh|thành phố|trung ương|quốc gia)|tỉnh|trung ương|bộ)(?!\w)"
         r"|(?:đã\s*|sắp\s*)?đến hạn"
         # "Ngoài 17 sản phẩm đang được đánh giá, …": still being evaluated ("… đang được huyện đề nghị thành phố
         # đánh giá": proposed, not yet rated)
         r"|đang (?:được\s*)?(?:(?:ubnd\s+)?(?:huyện|tỉnh|thành phố|thị xã)\s+)?(?:đánh giá|xét|thẩm định|chấm"
         r"|hoàn thiện hồ sơ|chờ|đề nghị|đề xuất)"
         r"|đã hết hạn|được đánh giá lại"
         # "120 sản phẩm được đánh giá, phân hạng; kết quả có 95 sản phẩm đạt …": evaluated, the result comes after
         r"|được\s+(?:hội đồng[^,;.\d]{0,40}?\s)?(?:đánh giá|chấm điểm|thẩm định)(?:,?\s*(?:và\s+)?(?:phân hạng|xếp hạng))?"
         r"\s*[,;:]\s*(?:kết quả|qua đó|sau đó)(?!\w)"
         r"|đánh giá lại|được cấp lại|cấp lại|công nhận lại|tái công nhận|được gia hạn|gia hạn|cần đánh giá lại"
         r"|(?:được\s*)?(?:xếp hạng|chứng nhận|phân hạng) lại|khác được (?:xếp hạng|chứng nhận|công nhận) lại"
         # ("đủ điều kiện đưa ra chấm điểm": put before the council to be scored)
         r"|đủ điều kiện (?:(?:đưa ra|đưa vào|để)\s+)?(?:dự thi|tham gia|đánh giá|xét|đề nghị|để đề nghị|gửi|trình|chấm)"
         r"(?![^.;]{0,30}(?:5\s*sao|quốc gia|trung ương))"
         r"|(?:đều\s*)?(?:vượt\s*)?qua vòng|xin nâng(?: hạng)?|chờ (?:đánh giá|công nhận|xét)"
         # "Ba sản phẩm khác phải bổ sung hồ sơ … và chờ xét ở một đợt sau": not rated yet
         r"|(?:khác\s+)?(?:phải|cần|còn phải)\s+(?:bổ sung|hoàn thiện)(?!\w)"
         # "Riêng 2 sản phẩm còn thiếu điều kiện bắt buộc": not rated
         r"|(?:khác\s+)?(?:còn\s+)?(?:thiếu|chưa đủ|chưa đáp ứng)\s+(?:điều kiện|tiêu chí|hồ sơ|yêu cầu)"
         r"|có mặt (?:trên|tại)|lên sàn|được bày bán|được giới thiệu|được quảng bá"
         # A score that sends a product to the next council ("đạt trên 70 điểm"): a candidate, not a rating.
         r"|(?:[^\d;.]{0,30}?\s)?(?:đạt|được chấm|chấm|có)\s*(?:trên|từ|hơn)\s*(?!9\d)\d{2}\s*điểm"
         # (… unless the score is given as the level it stands for: "đạt trên 70 điểm, tương đương 4 sao")
         r"(?![^.;]{0,30}?(?:tương ứng|tương đương)\s*(?:với\s*)?(?:hạng\s*|mức\s*)?[345]\s*sao))",
         "Năm 2025, Thái Nguyên có 164 sản phẩm của 98 chủ thể đăng ký tham gia chương trình."),
    # Products taking part in a given year's programme: that year's entries ("98 sản phẩm tham gia Chương trình
    # OCOP năm 2024"), not products rated.
    Rule("skip.entries_of_the_year", {"skip": "products taking part in a year's programme, not results",
                                      "only": "count.products"},
         # ("Bảy sản phẩm của huyện tham gia Chương trình OCOP năm nay": its place between)
         r"^\s*(?:ocop\s*)?(?:của\s*\d+\s*chủ thể\s*|của\s+(?:các\s+)?(?:huyện|tỉnh|xã|thành phố|thị xã|quận|địa phương)"
         r"(?:\s+[^\s,.;\d]+){0,3}?\s+)?(?:đã |được |sẽ )?tham gia (?:chương trình|chu trình)(?:\s+\S+){0,8}?\s+"
         # (… unless its words go on to approve their rating: "Kết quả đánh giá … 30 sản phẩm … tham gia Chương trình
         # OCOP đợt II năm 2022 vừa được … phê duyệt")
         r"(?:năm (?:19|20)\d{2}|năm nay)(?![^.;]{0,80}(?:đạt|xếp|được công nhận)\s*(?:hạng\s*)?(?:từ\s*)?[345]\s*sao)"
         r"(?![^.;]{0,80}phê duyệt)",
         "Năm nay Bắc Ninh có 98 sản phẩm tham gia Chương trình OCOP năm 2024."),
    # Products thought able to reach a provincial level ("6 sản phẩm được xác định có tiềm năng đạt 4 sao"): no rating
    # yet, and no level the vocabulary counts (only the 5-star potential is one).
    Rule("skip.potential_provincial_level", {"skip": "a potential for 3 or 4 stars, not a rating"},
         r"^\s*(?:ocop\s*)?(?:được\s+(?:xác định|đánh giá)\s+)?(?:là\s+)?(?:có\s+)?tiềm năng\s+(?:đạt\s+|lên\s+"
         r"|nâng hạng\s+(?:lên\s+)?)?(?:hạng\s*)?[34]\s*sao",
         "Toàn tỉnh có 153 sản phẩm OCOP; ngoài ra 6 sản phẩm được xác định có tiềm năng đạt 4 sao."),
    # Products found to have potential ("80 sản phẩm có tiềm năng tham gia OCOP", "trên 100 sản phẩm tại các địa phương
    # … có tiềm năng để phát triển thành sản phẩm OCOP"): a survey's candidates, not rated; a potential for 5 stars
    # or the national level is a count of its own (``stars.potential``).
    Rule("skip.potential_products", {"skip": "products with potential, not rated", "only": "count.products"},
         # ("18 sản phẩm khác … đang được xác định là sản phẩm tiềm năng": named as potential products)
         r"^\s*(?:ocop\s*)?(?:[^.;\d]{0,90}?\s)?(?:có|là|mang|giàu|là (?:các |những )?sản phẩm)\s+tiềm năng"
         r"(?!\s*(?:đạt\s*|lên\s*|nâng hạng\s*(?:lên\s*)?|để\s+đạt\s*)?(?:hạng\s*)?(?:ocop\s*)?(?:[345]\s*sao|quốc gia"
         r"|cấp quốc gia))(?![^.;\d]{0,40}?5\s*sao)",
         "Tỉnh Lai Châu đã xác định 80 sản phẩm có tiềm năng tham gia Chương trình OCOP."),
    # Products that could become the programme's, found by a survey: "khoảng 1.000 sản phẩm có thể đưa vào xếp hạng
    # OCOP", "900 sản phẩm có khả năng trở thành sản phẩm OCOP".
    Rule("skip.could_become_ocop", {"skip": "products that could be rated, not rated", "only": "count.products"},
         # ("12 sản phẩm OCOP có thể tham gia thị trường quốc tế": the programme's products, able to sell abroad)
         r"^\s*(?:ocop\s*)?(?:[^.;\d]{0,40}?\s)?(?:có thể|có khả năng|đủ khả năng)\s+(?:được\s+)?(?:đưa vào|đưa ra"
         r"|trở thành|phát triển thành|xây dựng thành|đạt (?:tiêu )?chuẩn|tham gia (?:chương trình|chu trình|ocop"
         r"|đánh giá|xếp hạng|phân hạng))(?!\w)(?![^.;\d]{0,40}?[345]\s*sao)",
         "Qua khảo sát, các huyện thống kê được khoảng 600 sản phẩm có thể đưa vào xếp hạng OCOP."),
    Rule("skip.entries_taking_part", {"skip": "products taking part, not results", "only": "count.products"},
         # ("Đợt này, huyện có 20 sản phẩm của 17 chủ thể tham gia, gồm …": their producers between)
         r"^\s*(?:ocop\s*)?(?:của\s*\d[\d.]*\s*chủ thể\s*)?(?:đã |được |sẽ )?(?<!lần đầu )tham gia(?:\s+lần đầu)?"
         r"(?=\s*(?:[.,;)]|$))"
         # "9 chủ thể mang 15 sản phẩm tham gia Chương trình OCOP": in the programme, not (yet) rated
         r"|^\s*(?:ocop\s*)?(?:đã |được |sẽ )?(?<!lần đầu )tham gia (?:chương trình|chu trình)(?![^.;]{0,120}(?:đạt"
         r"|công nhận|xếp hạng|chứng nhận|phê duyệt|[345]\s*sao))"
         # "có thêm 7 sản phẩm mới vào chu trình OCOP": entered into the programme's cycle, not rated
         r"|^\s*(?:ocop\s*)?(?:mới\s+)?(?:được\s+)?(?:đưa\s+)?vào\s+(?:chu trình|chương trình)(?:\s+ocop)?(?![^.;]{0,60}"
         r"(?:đạt|công nhận|xếp hạng|chứng nhận|[345]\s*sao))"
         # "23 sản phẩm nông nghiệp tiêu biểu tham gia Festival OCOP": at a fair, shown, not rated
         r"|^\s*(?:ocop\s*)?[^.;\d]{0,40}?(?:đã |được |sẽ )?tham gia\s+(?:festival|hội chợ|triển lãm|phiên chợ|tuần lễ|ngày hội)"
         # "Trên 150 sản phẩm OCOP, đặc sản … được trưng bày tại 19 gian hàng": shown at a fair
         # ("Gần 300 sản phẩm, gồm sản phẩm OCOP và nông sản chủ lực của tỉnh, được giới thiệu tại các gian hàng")
         r"|^\s*(?:ocop\s*)?[^.;\d]{0,120}?(?:đã được |được |đang được )(?:trưng bày|giới thiệu|bày bán)\s+(?:tại|ở|trong)\s+"
         r"(?:\d+\s+|các\s+|những\s+)?"
         r"(?:gian hàng|hội chợ|triển lãm|phiên chợ|tuần lễ|ngày hội|festival|sự kiện|không gian)",
         "Năm nay có 64 sản phẩm tham gia, Hội đồng sẽ công bố kết quả vào tháng 12."),
    # Products of the land, not OCOP products: "hơn 200 sản phẩm nông nghiệp lợi thế", "50 sản phẩm chủ lực"; unless
    # the words go on to rate them ("… đạt chuẩn OCOP", "… tiềm năng 5 sao").
    Rule("skip.not_ocop_products", {"skip": "products of the land, not OCOP products", "only": "count.products"},
         r"^\s*(?:ocop\s*)?(?:nông nghiệp|nông sản|chủ lực|chủ yếu|lợi thế|có lợi thế|đặc trưng|đặc thù|tiềm năng|có tiềm năng"
         r"|truyền thống"
         # ("… sản phẩm lợi thế có khả năng phát triển thành sản phẩm OCOP": products that may become OCOP ones)
         r"|công nghiệp nông thôn)(?![^.;\d]{0,60}(?:đạt|được công nhận|được xếp hạng|(?<!thành sản phẩm )(?<!thành )ocop"
         r"|[345]\s*sao|đề xuất|đề nghị"
         r"|trung ương|quốc gia))",
         "Tỉnh Sơn La có 202 sản phẩm OCOP và còn hơn 200 sản phẩm nông nghiệp lợi thế chưa được khai thác."),
    # Producers counted by who owns them ("56 chủ thể do phụ nữ đứng tên"): a part by a trait, not a total.
    # … and products so owned ("154/238 sản phẩm đạt chuẩn OCOP do chị em phụ nữ làm chủ").
    Rule("skip.owner_trait", {"skip": "producers of one kind of owner, or their products"},
         r"^\s*(?:ocop\s*)?(?:[^.;,\d]{0,30}?\s)?(?:do|là|của)\s+(?:chị em\s+|hội viên\s+)?"
         r"(?:phụ nữ|nữ|người dân tộc|đồng bào|thanh niên|cựu chiến binh|người khuyết tật)(?!\w)"
         # ("50 sản phẩm trong số này thuộc về 15 chủ thể là đồng bào dân tộc thiểu số": the products of such owners)
         r"|^\s*(?:ocop\s*)?(?:trong số (?:này|đó)\s+)?(?:thuộc(?:\s+về)?|của)\s+\d[\d.]*\s+chủ thể\s+(?:là|do)\s+"
         r"(?:chị em\s+|hội viên\s+)?(?:phụ nữ|nữ|người dân tộc|đồng bào|thanh niên|cựu chiến binh|người khuyết tật)(?!\w)",
         "Có 56 chủ thể do phụ nữ đứng tên và 59 chủ thể là người dân tộc thiểu số."),
    # Products or producers the sentence does something for, after their noun: "27 sản phẩm được mở rộng vùng nguyên
    # liệu", "18 chủ thể được hỗ trợ kết nối tiêu thụ".
    Rule("skip.activity_after", {"skip": "an activity on products, named after them"},
         # (their owners may stand between: "300 sản phẩm của 60 doanh nghiệp, hợp tác xã được đưa lên sàn")
         # (… and who does it, after "được": "25 sản phẩm được tỉnh hỗ trợ thiết kế bao bì")
         r"^\s*(?:ocop\s*)?(?:của\s+(?:\d[\d.]*\s+)?[^;.\d]{1,60}?\s)?(?:đã\s*|sẽ\s*)?được\s+"
         r"(?:(?:ubnd|hội đồng|sở|ngành)\s+)?(?:(?:tỉnh|huyện|thành phố|thị xã|xã|nhà nước|trung ương)\s+)?"
         r"(?:mở rộng|hỗ trợ|đầu tư|cải tiến|kết nối|xúc tiến|tư vấn|tập huấn"
         r"|đào tạo|đưa lên|đưa vào|ứng dụng|chuyển đổi số|cấp mã|in mã|dán tem"
         # "59 sản phẩm được chấm theo bộ tiêu chí": scored, whatever the score
         r"|chấm(?: điểm)?(?! đạt)(?!\s+\S+\s+đạt))"
         # (not when the activity led to a rating: "06 sản phẩm … đã được hỗ trợ, xét chọn và đạt tiêu chuẩn OCOP 3 sao")
         r"(?![^.;]{0,60}?(?:,|\svà)\s+(?:được\s+)?(?:đạt|công nhận|chứng nhận|xếp hạng)[^.;]{0,40}?(?:[345]\s*sao"
         r"|chuẩn ocop))",
         "Năm 2023, tỉnh có 27 sản phẩm OCOP được mở rộng vùng nguyên liệu."),
    # Products chosen or brought for a purpose ("chọn 12 sản phẩm OCOP tiêu biểu để giới thiệu tại hội chợ", "mang 11
    # sản phẩm tới Hội đồng cấp tỉnh để đánh giá"): what is to be done to them, not a rating they hold. A result
    # between the count and its purpose ("30 sản phẩm đạt 3 sao để …") keeps the count.
    Rule("skip.activity_purpose", {"skip": "products chosen or brought for an activity"},
         r"^\s*(?:ocop\s*)?(?:(?!đạt|công nhận|chứng nhận|xếp hạng|phân hạng|sao(?!\w))[^.;\d]){0,60}?(?<!\w)(?:để|nhằm)\s+"
         r"(?:được\s+)?(?:hỗ trợ|tham gia(?! chương trình)|chấm|đánh giá|xét|thẩm định|giới thiệu|trưng bày|quảng bá|dự thi|đăng ký"
         r"|kiểm tra|nâng cấp|nâng hạng|hoàn thiện|chuẩn hóa|đề nghị|đề xuất|trình|gửi|xây dựng (?:thương hiệu|nhãn hiệu"
         # ("đồng hành cùng 02 hợp tác xã để phát triển 10 ý tưởng sản phẩm": the producers of ideas to come)
         r"|bao bì|hồ sơ)|phát triển(?=\s+(?:\d+\s+)?(?:ý tưởng|sản phẩm mới|thành)))(?!\w)"
         # (… unless the purpose is the national rating: "2 sản phẩm đủ điểm để đề nghị Trung ương công nhận 5 sao", a
         # potential 5-star count)
         r"(?![^.;]{0,60}(?:5\s*sao|quốc gia|trung ương))",
         "Sở Công Thương chọn 15 sản phẩm OCOP tiêu biểu để giới thiệu tại hội chợ quốc tế."),
    Rule("skip.sector", {"skip": "producers of a sector, not of OCOP products", "only": "count.subjects."},
         r"^\s*(?:nông nghiệp|đang hoạt động|thành lập mới|được thành lập|kiểu mới|thủy sản|vận tải|dịch vụ"
         r"|nhỏ và vừa|trên địa bàn)",
         "Tỉnh có 1.136 hợp tác xã nông nghiệp đang hoạt động và 120 sản phẩm OCOP."),
    Rule("skip.per_unit_after", {"skip": "a figure per unit"},
         r"^\s*(?:ocop\s*)?(?:/|trên\s*(?:1|một)\s+|mỗi\s+)(?:xã|huyện|năm|tỉnh|đơn vị|chủ thể)",
         "Phấn đấu mỗi năm có 3 - 4 sản phẩm/huyện đạt chuẩn OCOP."),
    Rule("skip.below_ocop", {"skip": "a result below 3 stars, or a range reaching below"},
         r"^\s*(?:ocop\s*)?(?:chỉ\s*)?(?:dừng\s*)?(?:lại\s*)?(?:ở\s*)?(?:mức\s*)?(?:đạt\s*)?(?:hạng\s*)?[12]\s*sao"
         r"|^\s*(?:ocop\s*)?(?:được\s*)?(?:xếp|đạt|xếp hạng|nằm trong khoảng|trong khoảng|ở mức)?\s*(?:từ\s*)?[12]\s*"
         r"(?:sao\s*)?(?:-|đến|tới)\s*[345]\s*sao"
         # "22 sản phẩm bị xếp "không đạt"", "5 sản phẩm bị loại": failed, no rating at all
         r"|^\s*(?:ocop\s*)?(?:bị\s*)?(?:xếp\s*|đánh giá\s*|chấm\s*)?(?:là\s*|ở mức\s*)?\"?\s*(?:không đạt|chưa đạt|bị loại)",
         "Có 19 sản phẩm đạt 3 sao, 2 sản phẩm chỉ đạt 2 sao."),
    Rule("skip.potential_3_4", {"skip": "an expected rating before the decision"},
         r"^\s*(?:ocop\s*)?(?:đạt\s*|có\s*)?(?:tiềm năng|dự kiến đạt)\s*(?:đạt\s*)?[34]\s*sao",
         "Hội đồng đánh giá 1 sản phẩm đạt tiềm năng 4 sao và 9 sản phẩm tiềm năng 3 sao."),
    Rule("skip.other_programme_after", {"skip": "another programme"},
         # ("34 sản phẩm của tỉnh được Bộ Công Thương công nhận là sản phẩm công nghiệp nông thôn tiêu biểu")
         r"^\s*(?:ocop\s*)?(?:cấp\s*\w+\s*)?(?:của\s+[^.;,\d]{1,30}?\s+)?"
         r"(?:được\s+(?:[^.;,\d]{1,30}?\s+)?(?:công nhận|chứng nhận|bình chọn)\s*)?(?:là\s*)?(?:sản phẩm\s*)?"
         r"(?:công nghiệp nông thôn|cnnt|nông sản tiêu biểu|tiêu biểu"
         # "266 sản phẩm chủ lực được chứng nhận đạt chuẩn OCOP": main products that are OCOP products
         # ("hơn 60 sản phẩm đặc trưng của địa phương được đánh giá, phân hạng OCOP": rated, OCOP products)
         r"|(?:chủ lực|đặc trưng)(?![^.;\d]{0,60}(?:chuẩn ocop|công nhận|chứng nhận|phân hạng|xếp hạng|[345]\s*sao)))",
         "Năm nay có 18 sản phẩm được công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh."),
    # Products sold abroad: "10 sản phẩm OCOP đáp ứng được yêu cầu chất lượng để xuất khẩu sang Vương quốc Anh" — or
    # on a market channel at home: "9 sản phẩm của tỉnh đã vào hệ thống siêu thị", "25 sản phẩm OCOP có mặt trên
    # trang 'phiên chợ khuyến nông'", "được đưa lên sàn giao dịch điện tử".
    Rule("skip.exported", {"skip": "products exported or on a market channel, not a count of recognised ones"},
         r"^\s*(?:ocop\s*)?[^.;\d]{0,80}?(?:xuất khẩu|xuất sang|có mặt tại thị trường"
         r"|vào hệ thống siêu thị|vào siêu thị|lên sàn|lên kệ|có mặt (?:trên|tại|ở)\s+(?:các\s+)?(?:sàn|trang|kênh"
         r"|siêu thị|chợ|hệ thống)|được bày bán|được bán (?:tại|trên))",
         "Tin vui là 12 sản phẩm OCOP của tỉnh Lào Cai đáp ứng được yêu cầu để xuất khẩu sang Nhật Bản."),
    # Products a lower council scored at the 4-star level and sent up: "19 sản phẩm đạt điểm 4 sao (Vạn Ninh có 15, Nha
    # Trang có 4) và chuyển lên hội đồng cấp tỉnh": candidates for the province's rating, not rated yet (a 5-star score
    # sent to the centre is a potential 5-star count, `stars.proposed_5`).
    Rule("skip.scored_and_sent_up", {"skip": "products scored at a level and sent up to be rated"},
         r"^\s*(?:ocop\s*)?(?:(?:được|đã được)\s+[^.;\d]{0,40}?\s)?(?:chấm\s+)?đạt\s+(?:số\s+)?(?:mức\s+)?điểm\s+"
         r"(?:hạng\s+)?4\s*sao[^.;]{0,80}?(?:chuyển|gửi|trình|đề nghị)\s+[^.;]{0,30}?lên(?!\w)",
         "Bên cạnh đó, hội đồng cấp huyện đã chấm 12 sản phẩm đạt điểm 4 sao và chuyển lên hội đồng cấp tỉnh."),
    # Products that kept their level at a re-rating: "8 sản phẩm giữ hạng 4 sao".
    Rule("skip.kept_level", {"skip": "products that kept their level at a re-rating, not the round's new ones"},
         r"^\s*(?:ocop\s*)?" + KEPT_LEVEL,
         "Sau khi công nhận lại, 8 sản phẩm giữ hạng 4 sao, 4 sản phẩm giữ hạng 3 sao."),
    Rule("skip.award", {"skip": "products given a prize or an honour, not a rating"},
         # … whoever owns them: "15 sản phẩm OCOP của tỉnh Vĩnh Long được trao giải vàng"
         # (or "của 117 đơn vị, cá nhân được tôn vinh")
         r"^\s*(?:ocop\s*)?(?:(?:của|thuộc)\s+(?:\d[\d.]*\s+[^\d;.]{1,40}?|[^\d,;.]{1,40}?)\s)?"
         # ("22 chủ thể OCOP quốc gia tiêu biểu đã được Ban Tổ chức vinh danh": the honour's giver between)
         r"(?:(?:cấp\s+)?(?:quốc gia|trung ương|tỉnh|thành phố)\s*)?(?:tiêu biểu\s*)?"
         r"(?:đã\s*)?(?:được\s+(?:ban tổ chức|bộ[^.;,\d]{0,30}?|ubnd[^.;,\d]{0,30}?|hội đồng[^.;,\d]{0,30}?)\s*"
         r"(?:vinh danh|khen thưởng|tôn vinh|biểu dương|trao giải|trao bằng khen)"
         r"|được khen thưởng"
         r"|được tặng (?:giấy|bằng) khen|được khen"
         r"|đạt giải|được trao giải|nhận giải|được vinh danh|được biểu dương|được tôn vinh"
         r"|(?:có\s*)?(?:số phiếu|nhiều phiếu|lượt bình chọn))"
         # "hai sản phẩm 4 sao của tỉnh là … (Công ty …) và … đã lọt vào danh sách sản phẩm OCOP tiêu biểu của vùng": a
         # region's or a fair's selection of the best, whatever stands between
         r"|^\s*(?:ocop\s*)?(?:[^.;\d]|(?<!\d)[345]\s*sao){0,200}?(?<!\w)(?:đã\s+|được\s+)?(?:lọt vào|được chọn vào"
         r"|chọn vào|vào)\s+"
         r"(?:danh sách|top)\s+[^.;\d]{0,40}?(?:tiêu biểu|xuất sắc|bình chọn|được yêu thích)",
         "Tại hội chợ, 12 sản phẩm OCOP được trao giải vàng và 20 sản phẩm được tặng giấy khen."),
    # Where the products went: "hơn 30 sản phẩm OCOP của Bạc Liêu góp mặt tại diễn đàn", "mang 30 sản phẩm tới hội
    # chợ", "10 sản phẩm OCOP sang Vương quốc Anh", "28 sản phẩm OCOP của 3 huyện lên bàn Hội đồng": a forum, a fair, a
    # market or a council, not a count of the recognised ones. (Not "tham dự" alone: "01 sản phẩm tiềm năng tham dự
    # đánh giá 5 sao" is a candidate.)
    Rule("skip.taken_somewhere", {"skip": "products taken to a forum, fair, market or council"},
         r"^\s*(?:ocop\s*)?(?:của\s+\d[\d.]*\s+)?[^.;\d]{0,80}?(?:góp mặt|(?:tới|đến|tại)\s+(?:các\s+)?(?:diễn đàn"
         r"|hội chợ|triển lãm|festival|tuần lễ|hội thi|phiên chợ)|sang (?:thị trường|vương quốc|các nước|nước ngoài"
         r"|châu âu)|lên bàn hội đồng)",
         "Hơn 30 sản phẩm OCOP của tỉnh Bạc Liêu góp mặt tại diễn đàn kết nối vùng."),
    Rule("skip.one_producer", {"skip": "the products of one producer", "only": "count.products"},
         r"^\s*(?:ocop\s*)?(?:[^\d;.:]{0,40}?\s)?(?:của|do|thuộc)\s+(?:công ty|doanh nghiệp|hợp tác xã|htx|cơ sở|hộ ông|hộ bà"
         r"|hộ gia đình (?:ông|bà)|tổ hợp tác|nhà máy|thương hiệu|chị|anh|ông|bà)(?!\w)"
         # ("42 sản phẩm của doanh nghiệp, HTX và hộ sản xuất": every kind of producer, no one of them)
         r"(?!\s*(?:,|và|hoặc)\s*(?:các\s+)?(?:hợp tác xã|htx|doanh nghiệp|tổ hợp tác|hộ|cơ sở|công ty)(?!\w))"
         # … unless a rating follows: then it is a star level's products, all of one producer.
         r"(?![^.;]{0,160}(?:[345]\s*sao|quốc gia|trung ương))",
         "Trong đó có 5 sản phẩm của Công ty cổ phần Trà Tân Cương và 3 sản phẩm của hợp tác xã Đồng Tâm."),
    # The products of one kind of producer: "32 sản phẩm thuộc về các hợp tác xã", "120 sản phẩm của HTX (76,9%)".
    Rule("skip.owner_type_after", {"skip": "the products of one kind of producer", "only": "count.products"},
         # ("39 sản phẩm của các doanh nghiệp, hợp tác xã và hộ kinh doanh": every kind of producer, no one kind)
         r"^\s*(?:ocop\s*)?(?:là\s*)?(?:thuộc(?:\s*về)?|của|do)\s+(?:các\s+|khu vực\s+|khối\s+)"
         r"(?:hợp tác xã|htx|doanh nghiệp|tổ hợp tác|hộ kinh doanh|kinh tế tập thể)(?!\w)"
         r"(?!\s*(?:,|và|hoặc)\s*(?:các\s+)?(?:hợp tác xã|htx|doanh nghiệp|tổ hợp tác|hộ|cơ sở|công ty))"
         r"|^\s*(?:ocop\s*)?(?:là\s*)?(?:thuộc(?:\s*về)?|của|do)\s+(?:hợp tác xã|htx|doanh nghiệp|tổ hợp tác"
         r"|kinh tế tập thể)"
         r"(?!\s*(?:,|và|hoặc)\s*(?:các\s+)?(?:hợp tác xã|htx|doanh nghiệp|tổ hợp tác|hộ|cơ sở|công ty)(?!\w))"
         r"\s*(?:[,(;.]|chiếm|$)",
         "Trong đợt này, 32 sản phẩm thuộc về các hợp tác xã, chiếm 82,1%."),
    # New economic organisations to found or to bring in: a plan for the programme, not a count of its producers.
    Rule("skip.new_organisations", {"skip": "organisations to found, not producers", "only": "count.subjects"},
         r"^\s*mới\s+(?:tham gia|thành lập|được thành lập)",
         "Tỉnh phấn đấu có ít nhất 50 tổ chức kinh tế mới tham gia OCOP."),
    Rule("skip.difference", {"skip": "a difference between two dates, not a count"},
         # … or against a plan ("vượt 2 sản phẩm so với mục tiêu"): by how much it was exceeded
         # ("nhiều hơn 13 sản phẩm so với cùng thời điểm năm 2023": the same point of another year)
         # (not when the change's word stands between: "có 150 sản phẩm OCOP, tăng so với năm trước là 30": the
         # difference follows, the count is the total)
         r"^\s*(?:ocop\s*)?(?:(?:(?!tăng|giảm|hơn)[^\d;.]){0,20}?\s)?so với\s+(?:năm|cùng kỳ|cùng thời điểm"
         r"|cùng thời gian|đầu|cuối|kỳ|thời điểm"
         r"|giai đoạn|trước|mục tiêu"
         r"|kế hoạch|chỉ tiêu)",
         "Cả nước có 8.000 chủ thể OCOP, tăng 1.500 chủ thể so với năm 2022 và 4.000 chủ thể so với năm 2020."),
    # The rest of a total, owned by other places: "riêng huyện A có 8 sản phẩm, 3 sản phẩm còn lại thuộc các địa
    # phương khác" (no place of the page holds them).
    Rule("skip.other_places", {"skip": "products of other places, not of the place named"},
         r"^\s*(?:ocop\s*)?(?:còn lại\s*)?(?:là\s*|đều\s*)?(?:thuộc(?:\s*về)?|của|ở|tại)\s+(?:các\s+|những\s+)?"
         r"(?:địa phương|huyện|thị xã|xã|tỉnh|thành phố|đơn vị|nơi)\s+khác(?!\w)",
         "Riêng huyện Gia Bình có 5 sản phẩm, 4 sản phẩm còn lại thuộc các huyện khác trong tỉnh Bắc Ninh."),
    Rule("skip.back_reference", {"skip": "a figure stated before, referred to again"},
         # "trên địa bàn" is where they are; "hai sản phẩm muối nói trên" names the products of a figure again.
         r"^\s*(?:ocop\s*)?(?:này|nói trên|trên(?!\s+(?:địa bàn|toàn|cả|khắp|\d))|kể trên|đó)(?!\w)"
         r"|^\s*(?:[^\s\d,.;:()]+\s+){1,3}?(?:nói trên|kể trên|vừa kể)(?!\w)",
         "Khi 11 sản phẩm này được công nhận, tổng số sản phẩm OCOP của tỉnh sẽ là 62."),
)
# A whole sentence about another programme, or about something that only looks like OCOP counts.
SKIP_SENTENCES: tuple[Rule, ...] = family(
    Rule("skip.other_programme", {"skip": "another programme"},
         r"công nghiệp nông thôn tiêu biểu|cnnt tiêu biểu|đạt chuẩn nông thôn mới|nông thôn mới nâng cao|ovop"
         r"|mỗi làng một sản phẩm|nông sản tiêu biểu|sản phẩm chủ lực(?![^.;\d]{0,60}(?:chuẩn ocop|công nhận|chứng nhận|[345]\s*sao))"
         r"|hàng việt nam chất lượng cao"
         # "Về công nghiệp nông thôn, tỉnh đã có 61 sản phẩm …, 15 sản phẩm trong số đó …": that programme's sentence
         r"|(?:về|đối với)\s+(?:sản phẩm\s+|chương trình\s+)?công nghiệp nông thôn",
         "Về sản phẩm công nghiệp nông thôn tiêu biểu, tỉnh Bắc Giang có 110 sản phẩm cấp tỉnh."),
    Rule("skip.vote_sentence", {"skip": "a vote or award among OCOP products"},
         r"bình chọn[^.;]{0,40}(?:top|tốp|tiêu biểu|yêu thích|ấn tượng|nổi bật)|(?<!\w)top \d+|tốp \d+"
         r"|tiêu biểu (?:khu vực|vùng|miền|cấp khu vực)|ocop tiêu biểu",
         "Bình chọn Top 15 sản phẩm OCOP tiêu biểu năm 2024 có 64 sản phẩm của 31 chủ thể tham gia."),
    Rule("skip.fair", {"skip": "a fair, stall or sales point"},
         r"gian hàng|hội chợ.{0,40}(?:trưng bày|giới thiệu)|điểm (?:giới thiệu|bán)|cửa hàng|sàn thương mại điện tử",
         "Tại hội chợ có 120 gian hàng với 1.500 sản phẩm OCOP của 40 tỉnh."),
    # Entries of an evaluation: "57 sản phẩm … của các địa phương tham gia đánh giá, phân hạng", "Về sản phẩm dự
    # thi: ngành thực phẩm có 40 sản phẩm". A count with its own result after it ("98 sản phẩm đạt 3 sao") is no
    # entry, nor is one with a result verb between it and the entry's words.
    Rule("skip.entries_clause", {"skip": "entries of an evaluation, not results", "reach": "clause"},
         r"(?<!\w)(?:tham gia|đăng ký)\s*(?:đánh giá|phân hạng|dự thi|thi(?!\w)|xét chọn|chấm)|sản phẩm dự thi|hồ sơ dự thi"
         # … unless the dossier goes to the centre for 5 stars: a potential, counted as such.
         # "Số sản phẩm tham gia chương trình tăng qua từng năm: năm 2018 có 35 …": products taking part, year by year
         r"|số (?:lượng )?sản phẩm (?:đăng ký )?tham gia"
         # "Danh mục gồm 102 sản phẩm của 40 chủ thể": the year's list of products taking part
         r"|danh mục(?:\s+sản phẩm)?(?:\s+(?:đăng ký|tham gia|dự kiến|năm \d{4}))?\s+(?:gồm|có|bao gồm)(?!\w)"
         r"|đủ điều kiện (?:tham gia|vào)|(?:hoàn thiện (?:được )?hồ sơ|hồ sơ đủ điều kiện"
         # "đã nhận văn bản đề nghị đánh giá, phân hạng của 16 xã, với 56 sản phẩm": proposals received
         r"|(?:văn bản|công văn|hồ sơ|tờ trình) đề nghị (?:đánh giá|công nhận|xét|phân hạng)"
         r"(?:,?\s*(?:phân hạng|xếp hạng|công nhận))*)"
         r"(?![^.;]{0,50}(?:quốc gia|trung ương|5\s*sao))",
         "Toàn tỉnh có 57 sản phẩm thuộc ba ngành hàng của các huyện tham gia đánh giá, phân hạng sản phẩm OCOP năm "
         "2021."),
    # Recognitions revoked or lapsed: "thu hồi giấy chứng nhận sản phẩm OCOP đối với 47 sản phẩm".
    Rule("skip.revoked", {"skip": "recognitions revoked or lapsed, not held", "reach": "clause"},
         r"thu hồi (?:giấy |các giấy )?(?:chứng nhận|quyết định công nhận)|bị thu hồi|không (?:tham gia )?đánh giá lại"
         r"|không được (?:đánh giá lại|gia hạn)",
         "Tỉnh Đồng Tháp ban hành quyết định thu hồi giấy chứng nhận sản phẩm OCOP đối với 47 sản phẩm của 27 chủ thể."),
    # Certificates lapsed, said after the count: "giấy chứng nhận của 48 sản phẩm … theo Quyết định … đã hết hiệu lực".
    # Only after it: "104 sản phẩm đã hết thời hạn, nên số còn hiệu lực là 305" leaves the 305 a stock.
    Rule("skip.lapsed", {"skip": "recognitions lapsed, not held", "reach": "after"},
         # ("… đã hết thời hạn 36 tháng sử dụng nhãn hiệu OCOP": the certificate's months, no date)
         r"(?<!\w)(?:đã\s+)?hết (?:hiệu lực|thời hạn|hạn)(?!\s*\d(?!\d*\s*tháng))",
         "Giấy chứng nhận của 30 sản phẩm OCOP cấp theo Quyết định số 303/QĐ-UBND năm 2020 đã hết hiệu lực."),
    # Products a lower level scored or chose and then sends up to the province's council, said after the count: "5
    # sản phẩm đạt 3 sao cấp huyện để dự thi đánh giá cấp tỉnh", "… được xét chọn để đề nghị tỉnh công nhận", "… đăng
    # ký để đưa lên cấp tỉnh": candidates for the province's rating, whatever level the lower council gave them.
    # (past a result of their own: the district's level is no rating of the programme's; a provincial council's own
    # proposal, "đề nghị UBND tỉnh công nhận 20 sản phẩm", names the province's executive, not the province)
    Rule("skip.sent_up_to_be_rated", {"skip": "candidates sent up to the province's council, not rated yet",
                                      "reach": "after", "past_a_result": "yes"},
         r"(?<!\w)(?:(?:chuyển|gửi|trình|đưa|nộp)(?:\s+hồ sơ)?\s+(?:lên\s+|về\s+)?(?:hội đồng\s+)?cấp\s+tỉnh"
         r"|(?:chuyển|gửi|trình|đưa|nộp)(?:\s+hồ sơ)?\s+(?:lên|về)\s+(?:hội đồng\s+)?tỉnh"
         # (entering the province's round only as the purpose: "12 sản phẩm đạt 3 sao sau khi tham gia đánh giá cấp
         # tỉnh" is the province's result)
         r"|để\s+(?:dự thi|tham gia|tham dự)\s+(?:đánh giá(?:\s*,?\s*(?:phân|xếp) hạng)?\s+)?(?:ở\s+)?cấp\s+tỉnh"
         r"|đề nghị\s+(?:về\s+)?(?:cấp\s+)?tỉnh\s+(?:công nhận|đánh giá|xem xét|xếp hạng|phân hạng))(?!\w)",
         "Trong quý II, huyện hoàn thiện hồ sơ cho 5 sản phẩm đạt 3 sao cấp huyện để dự thi đánh giá cấp tỉnh."),
    # Support or rewards given, said after the count: "huyện Giao Thủy có 16 chủ thể (29 sản phẩm) được hỗ trợ, tổng
    # kinh phí …": who or what was paid, not what is recognised or held.
    Rule("skip.supported", {"skip": "products or producers supported or rewarded, not recognised", "reach": "after"},
         # ("Hai chủ thể … được duyệt hỗ trợ": approved for a support)
         r"(?<!\w)(?:được|nhận)\s+(?:(?:phê\s+)?duyệt\s+|xét\s+|chọn\s+)?(?:kinh phí\s+)?"
         r"(?:hỗ trợ|thưởng|khen thưởng|tặng thưởng)(?!\w)"
         # (not when the support led to a rating: "06 sản phẩm … đã được hỗ trợ, xét chọn và đạt tiêu chuẩn OCOP 3 sao")
         r"(?![^.;]{0,60}?(?:,|\svà)\s+(?:được\s+)?(?:đạt|công nhận|chứng nhận|xếp hạng)[^.;]{0,40}?(?:[345]\s*sao"
         r"|chuẩn ocop))",
         "Năm 2022, huyện Giao Thủy có 16 chủ thể (29 sản phẩm OCOP) được hỗ trợ, tổng kinh phí hơn 797 triệu đồng."),
    Rule("skip.owner_subset", {"skip": "the products of one kind of producer"},
         r"(?:hợp tác xã|htx|doanh nghiệp|tổ hợp tác)[^.;]{0,60}(?:sở hữu|chiếm|nắm giữ)\s*{NUM}\s*sản phẩm",
         "Hợp tác xã, tổ hợp tác trong tỉnh sở hữu 176 sản phẩm OCOP."),
)
# A sentence counts OCOP products only when it (or its paragraph) speaks of OCOP at all.
# The programme's name in a headline ("… được công nhận OCOP …", "Mỗi xã một sản phẩm").
OCOP_WORD = r"ocop|mỗi xã một sản phẩm"
OCOP_EVIDENCE = r"ocop|\bsao\b|đạt chuẩn|mỗi xã một sản phẩm|hội đồng (?:đánh giá|thẩm định)|phân hạng|xếp hạng"
PRODUCER_EVIDENCE = r"chủ thể|ocop|tổ chức kinh tế|sản phẩm|loại hình"

# ----------------------------------------------------------------------------------------------------------------
# figures: star levels and producer types near a count

STARS: tuple[Rule, ...] = family(
    Rule("stars.potential", {"stars": "potential_5"},
         r"tiềm năng\s*(?:đạt\s*|nâng hạng\s*(?:lên\s*)?|nâng lên\s*|lên\s*)?(?:hạng\s*)?(?:ocop\s*)?5\s*sao"
         # "04/06 sản phẩm 4 sao có tiềm năng 5 sao": 4-star products with the potential, counted as potential 5-star
         r"|[34]\s*sao\s*(?:đều\s*|cũng\s*)?có\s*tiềm năng\s*(?:đạt\s*|lên\s*)?(?:hạng\s*)?5\s*sao"
         r"|tiềm năng\s*(?:ocop\s*)?(?:quốc gia|cấp quốc gia)"
         # "Hai sản phẩm còn lại có số điểm tương đương hạng 5 sao", "ba sản phẩm chạm chuẩn 5 sao": a score a province
         # gives, which only the centre may turn into 5 stars
         r"|(?:số\s*)?điểm\s*(?:số\s*)?(?:tương đương|tương ứng)\s*(?:với\s*)?(?:hạng\s*|mức\s*)?5\s*sao"
         r"|chạm\s*(?:tới\s*)?(?:chuẩn|ngưỡng|mốc)\s*(?:điểm\s*)?5\s*sao"
         # "01 sản phẩm tiềm năng tham dự đánh giá, phân hạng 5 sao cấp quốc gia": the rating it may take part in
         r"|tiềm năng\s+(?:để\s+)?(?:tham dự|tham gia|dự thi|được)\s+(?:đánh giá|xét|xếp hạng|phân hạng)[^.;\d]{0,25}?5\s*sao",
         "Toàn tỉnh có 184 sản phẩm OCOP, trong đó 6 sản phẩm tiềm năng 5 sao."),
    # Proposed to the centre for the 5-star rating: a step of a round, so a new figure.
    Rule("stars.proposed_5", {"stars": "potential_5", "kind": "new"},
         r"(?<!đầy )đủ (?:điều kiện|tiêu chuẩn|số điểm|điểm)[^.;]{0,60}?(?:5\s*sao|quốc gia)"
         # ("1 sản phẩm được Hội đồng chuyển lên cấp trung ương để thẩm định, xét công nhận OCOP 5 sao")
         # ("1 sản phẩm đang chờ Trung ương đánh giá, phân hạng 5 sao": awaiting the centre's rating)
         r"|(?:đề nghị|đề xuất|trình|gửi|chuyển|chờ)[^.;]{0,50}?(?:trung ương|bộ|hội đồng[^.;\d]{0,50}?(?:cấp )?(?:trung ương"
         r"|quốc gia))"
         r"[^.;]{0,60}?(?:5\s*sao|quốc gia)"
         r"|(?:đề nghị|đề xuất|trình|gửi)[^.;]{0,30}?(?:đánh giá|công nhận|xếp hạng|phân hạng|xem xét|thẩm định)[^.;]{0,20}?"
         r"(?:5\s*sao|cấp quốc gia|ocop quốc gia|quốc gia)"
         r"|dự thi\s*(?:ocop\s*)?5\s*sao|(?:đạt|vượt ngưỡng|trên|từ)\s*(?:từ\s*)?90 điểm"
         # "1 sản phẩm trình 5 sao": submitted for the 5-star rating
         r"|(?:trình|đề nghị|đề xuất)\s+(?:xét\s+)?(?:hạng\s+)?5\s*sao"
         # Rated 5 stars by the province, awaiting the centre: "được chấm đạt mức 5 sao và chờ Trung ương xét".
         r"|5\s*sao\s*(?:và\s*|,\s*)?(?:đang\s*)?(?:chờ|đợi)\s*(?:trung ương|bộ|hội đồng|cấp trên)",
         "Hội đồng chọn 2 sản phẩm đủ điều kiện đề nghị Bộ đánh giá, phân hạng 5 sao."),
    Rule("stars.upgrade_to", {"stars": "reached"}, r"(?:từ\s*0?[345]\s*sao\s*)?lên\s*(?:hạng\s*)?(0?[345])\s*sao",
         "Năm 2025, phấn đấu nâng hạng 2 sản phẩm từ 3 sao lên 4 sao."),
    # The two upper levels together ("35 sản phẩm đạt 4 sao và 5 sao", "từ 4 sao trở lên"): neither one level nor every
    # level, a subset no fact of ours can hold; the count is left out (named before "stars.range", which would read
    # "4 - 5 sao" as every level).
    Rule("stars.upper_levels", {"stars": "upper"},
         r"(?<!3 sao, )(?<!3 sao và )(?:hạng\s*|(?:tiêu\s*)?chuẩn\s*)?(?:từ\s*)?4\s*(?:sao\s*)?(?:-|đến|tới|và|hoặc)\s*"
         r"(?:hạng\s*)?5\s*sao(?!\s*(?:quốc gia|cấp quốc gia))"
         r"|(?:hạng\s*|(?:tiêu\s*)?chuẩn\s*)?(?:từ\s*)?4\s*sao\s*(?:cấp tỉnh\s*|ocop\s*)?trở\s*lên",
         "Đến nay, tỉnh Kon Tum có 240 sản phẩm OCOP, trong đó 35 sản phẩm đạt 4 sao và 5 sao."),
    Rule("stars.range", {"stars": "all"},
         r"(?:hạng\s*|(?:tiêu\s*)?chuẩn\s*)?(?:từ\s*)?[345]\s*(?:sao\s*)?(?:-|đến|tới|và|hoặc)\s*(?:hạng\s*)?5\s*sao"
         r"|(?:hạng\s*)?(?:từ\s*)?3\s*sao\s*(?:cấp tỉnh\s*|ocop\s*)?trở\s*lên"
         # "đạt tiêu chuẩn 4 sao và tiềm năng 5 sao": two levels, one count
         r"|(?:(?:tiêu\s*)?chuẩn\s*|hạng\s*)?[34]\s*sao\s*(?:và|,)\s*(?:có\s*)?tiềm năng\s*(?:đạt\s*)?5\s*sao"
         # "đạt từ 3 sao", "sản phẩm từ 3 sao" alone: from three stars up (never "từ 3 sao lên 4 sao" nor "nâng hạng, thăng hạng
         # từ 3 sao", an upgrade)
         # ("tổng số sản phẩm đạt từ 3 sao lên 77 sản phẩm": the total raised, not an upgrade)
         r"|(?<!\w)(?<!nâng hạng )(?<!thăng hạng )(?<!nâng )(?<!thăng )từ\s*3\s*sao(?!\s*(?:(?:lên|xuống|sang)\s*(?:hạng\s*)?\d\s*sao|trở"
         r"|(?:-|đến|tới|và|hoặc)\s*(?:hạng\s*)?\d))",
         "Bình Phước hiện có 146 sản phẩm đạt từ 3 đến 5 sao."),
    # The levels a province awards: every product it counts (a potential 5-star product holds one of them too),
    # unless the sentence also counts 5-star products, when it is the subtotal beside them.
    Rule("stars.range_provincial", {"stars": "all_provincial"},
         # ("đạt tiêu chuẩn 3 sao và 4 sao": the standard's word before, as a single level's may have it)
         # ("đều đạt hạng 3 sao hoặc 4 sao": either level)
         r"(?:hạng\s*|(?:tiêu\s*)?chuẩn\s*)?(?:từ\s*)?3\s*(?:sao\s*)?(?:-|đến|tới|và|hoặc)\s*(?:hạng\s*)?4\s*sao"
         r"|(?:hạng\s*|(?:tiêu\s*)?chuẩn\s*)?4\s*sao\s*(?:và|,)\s*(?:hạng\s*)?3\s*sao"
         # "đạt chuẩn 3 sao, 4 sao (51 …, 9 …)": both levels, the count's whole
         r"|(?:hạng\s*|(?:tiêu\s*)?chuẩn\s*)?3\s*sao\s*,\s*(?:hạng\s*)?4\s*sao(?!\s*(?::|có|là|gồm|chiếm|\d))",
         "Năm nay Hội đồng tỉnh công nhận 52 sản phẩm đạt 3 - 4 sao."),
    Rule("stars.single", {"stars": "named"}, r"(?:hạng\s*|chuẩn\s*)?(0?[345])\s*sao",
         "Trong đó có 7 sản phẩm đạt 4 sao, 25 sản phẩm đạt 3 sao."),
    Rule("stars.frame", {"stars": "frame"},
         # ("Các địa phương có sản phẩm đạt 4 sao gồm:": the level the list's items reached)
         r"(?:^|[,;:]\s*|\s)(?:ở|với|đối với|về|riêng)?\s*(?:hạng|nhóm|loại|sản phẩm(?:\s+đạt(?:\s+hạng)?)?)\s*(0?[345])"
         r"\s*sao"
         # "Nhóm 4 sao cấp tỉnh năm 2019 trải ở năm địa phương:", "Các sản phẩm 4 sao thuộc bốn huyện:"
         r"(?:\s+(?:ocop|cấp tỉnh|cấp huyện))?(?:\s+năm\s+\d{4})?"
         r"(?:\s+(?:theo|của|tại|ở|thuộc|trải ở|đến từ|phân bố ở)[^,:;.\d]{0,30})?(?:\s+(?:gồm|bao gồm))?"
         r"\s*(?:[,:]|như sau)",
         "Ở hạng 4 sao, 5 sản phẩm được nâng hạng từ 3 sao và 32 sản phẩm lần đầu được công nhận."),
    Rule("stars.national_level", {"stars": "5"},
         r"(?:ocop\s*)?(?:cấp|hạng)\s*quốc gia|(?:ocop|sản phẩm)\s*quốc gia|(?:được\s*)?trung ương công nhận"
         r"|cấp trung ương"
         # ("đạt thứ hạng cao nhất của Chương trình OCOP": the programme's top level, never a province's own top)
         r"|(?:thứ hạng|hạng|mức (?:sao )?)\s*cao nhất(?!\s*(?:cấp tỉnh|của tỉnh|cấp huyện|của huyện|tỉnh|huyện))",
         "Hà Tĩnh đã có 3 sản phẩm được công nhận OCOP cấp quốc gia."),
)
# A 5-star count after a proposal to the centre is a candidate, not a rating: "Hội đồng đề nghị Trung ương công
# nhận 2 sản phẩm đạt chuẩn 5 sao".
STARS_BEFORE: tuple[Rule, ...] = family(
    Rule("stars.proposed_before", {"stars": "potential_5", "kind": "new"},
         # ("đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp quốc gia xem xét, công nhận 01 sản phẩm đạt 5 sao")
         r"(?:đề nghị|đề xuất|trình|gửi)[^.;\d]{0,40}?(?:trung ương|bộ nông nghiệp|hội đồng[^.;\d]{0,50}?(?:cấp )?"
         r"(?:trung ương|quốc gia))[^.;\d]{0,60}$"
         # Only the centre rates 5 stars: a province proposing a 5-star rating proposes it to the centre.
         r"|(?<!được )(?:đề nghị|đề xuất)\s+(?:xét\s+|xem xét\s+)?(?:phân hạng|công nhận|đánh giá)[^.;\d]{0,20}$"
         # ("đề nghị xếp hạng OCOP 5 sao cho 2 sản phẩm": the level proposed, named before the count)
         r"|(?<!được )(?:đề nghị|đề xuất)\s+(?:xét\s+)?(?:xếp hạng|phân hạng|công nhận)\s+(?:ocop\s+)?(?:5\s*sao\s+cho\s*)?$",
         "Hội đồng cấp tỉnh thống nhất đề nghị Trung ương công nhận 3 sản phẩm đạt chuẩn 5 sao."),
)
# A count with no level of its own, proposed to the centre for its national (5-star) rating before it ("trình UBND
# tỉnh để đề nghị Trung ương đánh giá, công nhận sản phẩm OCOP quốc gia đối với 11 sản phẩm"): potential 5-star.
# ("đề nghị đánh giá, phân hạng cấp quốc gia cho 8 sản phẩm": only the centre rates at the national level)
PROPOSED_TO_CENTRE_BEFORE = (r"(?:đề nghị|đề xuất|trình|gửi)[^.;\d]{0,40}?(?:trung ương|bộ nông nghiệp"
                             r"|hội đồng (?:cấp )?(?:trung ương|quốc gia))[^.;\d]{0,20}?(?:đánh giá|công nhận|xếp hạng"
                             r"|phân hạng|xét)[^.;\d]{0,40}?(?:5\s*sao|quốc gia)[^.;\d]{0,25}$"
                             r"|(?<!được )(?:đề nghị|đề xuất)\s+(?:đánh giá|công nhận|xét|phân hạng)(?:,?\s*(?:phân hạng"
                             r"|công nhận|xếp hạng))*\s+(?:sản phẩm\s+)?(?:ocop\s+)?(?:cấp quốc gia|quốc gia|5\s*sao)"
                             r"[^.;\d]{0,15}$")
# A count of one provincial level proposed to the centre after it ("một sản phẩm 4 sao đang được tỉnh trình Bộ Nông
# nghiệp … đánh giá, phân hạng OCOP 5 sao cấp quốc gia"): a potential 5-star product.
# (not when one of them is named between: "42 sản phẩm mang hạng 4 sao - một sản phẩm trong đó đang được … đề nghị …")
PROPOSED_5_AFTER_LEVEL = (r"(?:(?!trong đó|trong số|sản phẩm)[^.;\d]){0,60}?(?:đề nghị|đề xuất|trình|gửi)"
                          r"[^.;\d]{0,100}?(?:5\s*sao|cấp quốc gia|ocop quốc gia|sản phẩm quốc gia"
                          # ("đang được trình Hội đồng … Trung ương công nhận": the level awaits the centre; never a count
                          # of its own named next, "trình Hội đồng Trung ương xem xét 2 sản phẩm")
                          r"|trung ương\s+(?:xem xét\s*,?\s*)?công nhận(?!\s*(?:cho\s*)?\d))")
# … and without its number: "Tất cả sản phẩm được công nhận trong đợt này đều xếp hạng 3 sao", after "công nhận 26 sản
# phẩm của 14 chủ thể": the count just stated is of that level.
ALL_OF_THEM_UNCOUNTED = (r"(?:toàn bộ|tất cả|cả)\s+(?:các\s+|những\s+)?sản phẩm(?:\s+(?:này|trên|nói trên))?[^.;\d]{0,60}?"
                         r"(?:đều|cùng)\s+(?:được\s+)?(?:đạt|xếp hạng|công nhận|phân hạng)\s*(?:chuẩn\s*)?(?:ocop\s*)?"
                         r"(?:hạng\s*)?0?(?P<level>[345])\s*sao")
# Every entry, the clause goes on to say, came through ("Cả 8 sản phẩm đưa ra xem xét đều đạt chuẩn OCOP 3 sao",
# "Toàn bộ 12 sản phẩm tham gia đánh giá lần này đều được công nhận 3 sao"): the round's result, not its entries.
# Entries that only scored, or that a council passes on to the next ("đều đạt mức điểm 3 sao", "… và được đề nghị lên
# tỉnh"), stay entries. Read only after the word "all" (EVERY_ONE_BEFORE, right before the number): the two words
# together leave no doubt. Matched after the count's noun.
ENTRIES_ALL_CAME_THROUGH = (r"\s*(?:ocop\s*)?(?:[^.;,\d]{0,40}?\s)?(?:được\s+)?(?:đưa ra|đưa vào|tham gia|dự thi"
                            r"|dự đánh giá)(?!\w)"
                            # (products at a fair or a show "đều đạt chuẩn OCOP" are what was shown, not a round's)
                            r"(?:(?!hội chợ|triển lãm|trưng bày|gian hàng|phiên chợ|tuần lễ|lễ hội|festival|sự kiện"
                            r"|diễn đàn|hội nghị|kết nối)[^.;\d]){0,50}?\s(?:đều|cùng)\s+(?:được\s+)?(?:đạt|công nhận"
                            r"|chứng nhận|xếp hạng)(?!\w)"
                            # (a score, or a pre-screen passed on: "đều đạt mức điểm 3 sao, được đề nghị tỉnh công nhận")
                            r"(?![^.;]{0,100}?(?:điểm|đề nghị|đề xuất|trình|gửi|chuyển|cấp trên|lên (?:tỉnh|thành phố"
                            r"|hội đồng|trung ương)))")
EVERY_ONE_BEFORE = r"(?<!\w)(?:cả|toàn bộ|tất cả)\s*(?:(?:các|những)\s*)?$"
# A total said again with one level for all of it ("Toàn bộ 15 sản phẩm của 7 chủ thể đều đạt 4 sao"): the total is
# a count of that level.
ALL_OF_THEM = (r"(?:toàn bộ|tất cả|cả)\s+(?:\d+\s+|các\s+)?sản phẩm[^.;]{0,60}?(?:đều|cùng)\s+(?:đạt|được)"
               r"|(?:đều|cùng)\s+(?:đạt|được (?:công nhận|xếp hạng)(?: đạt)?)\s*(?:chuẩn\s*)?(?:ocop\s*)?(?:hạng\s*)?"
               r"[345]\s*sao")
# Words allowed between a count and the star level that belongs to it ("12 sản phẩm OCOP được xếp hạng 4 sao").
STAR_LINK_MAX_CHARS = 45
# The count's share said in an aside before its level ("Còn lại 6 sản phẩm, tương đương 75%, được xếp hạng 3 sao"):
# read as no words between them.
SHARE_ASIDE = r",?\s*(?:tương đương|tương ứng|chiếm|bằng)\s*(?:khoảng\s*|gần\s*|hơn\s*)?[\d.,]+\s*%\s*,?\s*"
# … and further away when the words between are the products' names and the clause ends by rating them: "Ba sản
# phẩm hạt điều (rang muối, nguyên vị) của Công ty Hà Mỵ được Hội đồng Trung ương xếp hạng 5 sao", "hai sản phẩm -
# mắc ca sấy (TP Lạng Sơn) và rượu men lá (huyện Cao Lộc) - đạt OCOP 4 sao". A part ("trong đó", "gồm") or another
# number between (outside brackets) breaks the link.
STAR_SUBJECT_MAX_CHARS = 180
# ("9 sản phẩm được tỉnh đánh giá và xếp hạng sản phẩm OCOP 3 sao": the products named again before the level)
# (the level's own match may take "hạng": "… công nhận, xếp hạng 3 sao" leaves "xếp" before it)
STAR_SUBJECT_RATED = (r"(?<!\w)(?:được|đều|đã|vừa)?\s*[^;\d]{0,40}?(?:xếp hạng|công nhận|chứng nhận|phân hạng|đạt"
                      r"|(?:xếp|phân)(?=\s*$))"
                      r"\s*(?:tiêu\s*)?(?:chuẩn\s*)?(?:là\s*)?(?:sản phẩm\s*)?(?:ocop\s*)?(?:cấp tỉnh\s*)?(?:hạng\s*)?$")
# "… 3 sản phẩm được UBND huyện cấp giấy chứng nhận, tất cả đều được xếp hạng 3 sao": every one of the products
# counted rated at the level, however far it stands (the words between the count and "tất cả" say no other count).
ALL_RATED_BEFORE_LEVEL = (r",\s*(?:và\s+)?(?:tất cả|toàn bộ|cả\s+(?:\d+|hai|ba|bốn|năm)(?:\s+sản phẩm)?)?\s*(?:đều|cùng)\s+"
                          r"(?:được\s+)?(?:(?:công nhận|xếp(?: hạng)?|phân(?: hạng)?|đạt)\s*)+(?:tiêu\s*)?(?:chuẩn\s*)?"
                          r"(?:ocop\s*)?(?:hạng\s*)?$")
# A score between a count and its star level is no other count: "15 sản phẩm có điểm từ 78,66 đến 83,54, được công
# nhận 4 sao".
# ("4 sản phẩm đạt từ 75,27 đến hơn 81 điểm, được xếp hạng … 4 sao": the range of scores before "điểm")
STAR_SUBJECT_SCORE = (r"(?:có\s+)?(?:số\s+)?điểm\s+(?:từ\s+|đạt\s+|là\s+)?[\d.,]+(?:\s*(?:đến|-|–)\s*[\d.,]+)?(?:\s*điểm)?"
                      r"|(?:đạt\s+)?(?:từ\s+)?[\d.,]+\s*(?:điểm\s*)?(?:đến|-|–)\s*(?:hơn\s+|trên\s+)?[\d.,]+\s*điểm")
STAR_SUBJECT_BREAK = r"(?<!\w)(?:trong đó|trong số|gồm|bao gồm|riêng|còn lại|cụ thể|lần lượt|so với|tăng|giảm)(?!\w)"
# A rating verb and a colon between a count and a star level ("8 sản phẩm được đánh giá, phân hạng: nấm linh chi đạt 4
# sao; 7 sản phẩm còn lại …"): the count is rated already, the list after the colon rates its items one by one.
RATED_THEN_LISTED = r"(?:phân hạng|xếp hạng|công nhận|chứng nhận|đánh giá)\s*:"
# A star level followed by its share of a whole ("380 sản phẩm OCOP, trong đó sản phẩm 3 sao chiếm 75%", "… sản phẩm
# 4 sao chiếm tỷ lệ 18%") names a part of the count before it, given as a share: it is not that count's level unless
# it stands right after the count's own noun ("120 sản phẩm 3 sao, chiếm 80%").
STAR_SHARE_AFTER = (r"\s*(?:ocop\s*)?(?:cấp tỉnh\s*)?,?\s*(?:chiếm|chỉ chiếm|đạt|là|với|khoảng|có)?\s*(?:tỷ lệ\s*|tỉ lệ\s*)?"
                    r"(?:khoảng|hơn|gần|trên|dưới|xấp xỉ|gần như)?\s*[\d.,]+\s*%")
# Upgrades: a count moved up a star level; inside a round it is a detail of the round's count, in a plan a target.
UPGRADES: tuple[Rule, ...] = family(
    # ("phát triển và nâng cấp 335 sản phẩm": new and upgraded products together, the programme's products)
    Rule("upgrade.before", {"metric": "products_upgraded"},
         r"(?<!\w)(?<!phát triển và )(?<!phát triển, )(?<!xây dựng và )(?<!xây dựng, )"
         r"(?:nâng hạng|thăng hạng|nâng sao|nâng cấp|nâng lên)(?:\s+(?:cho|thêm|được|ít nhất|tối thiểu"
         r"|khoảng|từ))*[\s,]*$",
         "Năm 2025, phấn đấu nâng hạng 2 sản phẩm từ 3 sao lên 4 sao."),
    Rule("upgrade.after", {"metric": "products_upgraded"},
         r"^\s*(?:ocop\s*)?(?:khác\s*|còn lại\s*)?(?:được\s*|đã\s*|đã được\s*)?"
         r"(?:nâng hạng|thăng hạng|nâng sao|nâng cấp|nâng từ)"
         # "3 sản phẩm đạt 3 sao năm 2019 và được nâng lên 4 sao năm 2020": rated, then upgraded
         # ("12 sản phẩm còn lại vốn là 3 sao, nay được nâng lên 4 sao": the level they had, then the upgrade)
         # ("Mười hai sản phẩm khác trước đó đã đạt 3 sao, đợt này được nâng lên hạng 4 sao")
         r"|^\s*(?:ocop\s*)?(?:khác\s*|còn lại\s*)?(?:trước đó\s*|trước đây\s*)?(?:đã\s*)?"
         r"(?:đạt|được công nhận|xếp hạng|vốn là|vốn đã là|vốn đã đạt|vốn có|trước đây là"
         # ("3 sản phẩm từng đạt 3 sao năm 2019 đã được nâng lên hạng 4 sao năm 2020": no word between)
         r"|từng là|từng đạt)\s*(?:hạng\s*)?[345]\s*sao(?:\s*(?:năm\s*)?\d{4})?\s*(?:(?:,|và)\s*)?"
         r"(?:nay\s*|(?:đợt|lần|năm|kỳ) (?:này|nay)\s*)?(?:đã\s*)?được\s*(?:nâng hạng|nâng lên|thăng hạng)",
         "Năm 2024, tỉnh Cao Bằng có 15 sản phẩm được nâng hạng từ 3 sao lên 4 sao."),
)
# Counts of a product group named before them ("Xét theo nhóm, thực phẩm có 43 sản phẩm, đồ uống 06").
# ("Các sản phẩm thuộc 5 ngành hàng: thực phẩm tươi sống 04 sản phẩm; đồ uống 4 …": the groups announced, then listed)
GROUP_FRAME_BEFORE = (r"(?:(?:theo|về|xét theo|phân theo|chia theo|cơ cấu)\s*(?:nhóm|ngành|phân nhóm|ngành hàng)[^.]*"
                      r"|(?:thuộc|chia thành|chia làm)\s*(?:\d+\s*|các\s*)?(?:nhóm|ngành|phân nhóm|ngành hàng)"
                      r"(?:\s*(?:sản phẩm|hàng))?\s*(?::|gồm)[^.]*"
                      r"|(?:nhóm|ngành hàng|phân nhóm)\s+(?!đầu|cao nhất|dẫn đầu|thấp nhất|sau|cuối|được|đã được)[^\d,;.]{2,30}"
                      r"(?:chiếm|có|với|là)?\s*)$")
# A product group named just before the count (looked for in the few words before it): "nhóm lưu niệm, nội thất,
# trang trí có 299", "nhóm nông sản chiếm 12,26% …, với 19", "Phần lớn là thực phẩm với 691 sản phẩm".
# ("nhóm đầu", "nhóm cao nhất": the top star levels, no product group)
# ("Trong nhóm được Hội đồng đề xuất UBND tỉnh công nhận, có 26 sản phẩm …": the group a council chose, no category)
GROUP_NAMED_BEFORE = (r"(?:(?:nhóm|ngành hàng|phân nhóm)\s+(?!tham gia|đánh giá|sản phẩm mới|công nhận|đầu|cao nhất|dẫn đầu"
                      # ("phát triển nhóm sản phẩm hàng hóa, dịch vụ, tính đến nay huyện … có 9": the programme's
                      # goods in general, no group of them)
                      r"|sản phẩm hàng hóa|sản phẩm hàng hoá|hàng hóa|hàng hoá|sản phẩm,? dịch vụ"
                      r"|được|đã được|này|trên|đó"
                      # ("thuộc nhóm địa phương có nhiều sản phẩm nhất": a group of places)
                      r"|thấp nhất|sau|cuối|địa phương|tỉnh|các tỉnh|huyện|các huyện)[^;.]{2,60}?\s"
                      # ("Thực phẩm là nhóm có số lượng lớn nhất, gồm 307 sản phẩm")
                      r"(?:chiếm|có|với|là|gồm|bao gồm)\s*"
                      # ("ngành thực phẩm chiếm 21 sản phẩm, ngành thảo dược 2 sản phẩm": a sector's products, the verb
                      # perhaps left out; never the branches of government, "các ngành", "Hội đồng chuyên ngành")
                      r"|(?<!các )(?<!chuyên )(?<!liên )(?<!mọi )(?:nhóm|ngành hàng|ngành)\s+(?!và|các|chức năng|liên quan"
                      r"|được|đã được|này|trên|đó"
                      r"|tham gia|đánh giá|sản phẩm mới|công nhận|đầu|cao nhất|dẫn đầu|thấp nhất|sau|cuối|địa phương|tỉnh"
                      r"|huyện)"
                      r"[^;.,\d]{2,30}?\s(?:chiếm\s*)?"
                      r"|(?:^|[,:]\s*|\slà\s+)(?:thực phẩm|đồ uống|thảo dược|dược liệu|lưu niệm|thủ công mỹ nghệ|nông sản"
                      # (after a comma the verb may be left out, as the list's first item set it: "nhóm thực phẩm
                      # chiếm 280 sản phẩm, đồ uống 40 sản phẩm")
                      r"|thủy sản|vải và may mặc|sinh vật cảnh)\s+(?:chiếm|có|với|là)\s*"
                      r"|[,;]\s*(?:thực phẩm|đồ uống|thảo dược|dược liệu|lưu niệm|thủ công mỹ nghệ|nông sản|thủy sản"
                      r"|vải và may mặc|sinh vật cảnh)\s+)$")
PRODUCT_SUBTYPES: tuple[Rule, ...] = family(
    # ("gần 80 sản phẩm, dịch vụ du lịch cộng đồng", "01 sản phẩm OCOP về dịch vụ du lịch cộng đồng")
    Rule("subtype.tourism", {"metric": "products_tourism"},
         r"^\s*(?:ocop\s*)?(?:,\s*(?=dịch vụ)|về\s+(?=dịch vụ|du lịch))?(?:dịch vụ\s*)?du lịch",
         "Tỉnh có ít nhất 01 sản phẩm dịch vụ du lịch cộng đồng đạt OCOP."),
    Rule("subtype.in_group", {"metric": "products_in_group"},
         r"^\s*(?:ocop\s*)?(?:thuộc\s*(?:nhóm|ngành|phân nhóm|bộ sản phẩm)|nhóm|ngành hàng|là\s+(?=thực phẩm|đồ uống))",
         "Trong đó 21 sản phẩm thuộc nhóm thực phẩm."),
    # … or the product category right after the noun: "5 sản phẩm trà", "1 sản phẩm dược liệu" (but a 5-star or a
    # potential 5-star count names its products this way: "1 sản phẩm vải thiều Hồng Xuân tiềm năng 5 sao").
    Rule("subtype.product_word", {"metric": "products_in_group"},
         # ("9 sản phẩm đặc sản, đặc trưng, tiêu biểu được công nhận OCOP": words of praise, no category)
         r"^\s*(?:ocop\s*)?(?:thực phẩm|đồ uống|dược liệu|thảo dược|thủ công|mỹ nghệ|vải(?! thiều)|may mặc|sinh vật cảnh"
         r"|trà|chè|rượu|nước mắm|gạo|mật ong|cà phê|bánh|kẹo|nấm|thịt|cá|tôm|trái cây|rau|hoa|miến|bún|phở|mắm"
         r"|nước uống|nông sản|thủy sản|hải sản|gia vị|tinh dầu|mỹ phẩm"
         r"|thức uống|yến|sầu riêng|dừa|bưởi|xoài|mít|chuối|sâm|muối|tỏi|ớt|bột|sữa|trứng|mực|chả|nem|giò|mứt|khô"
         r"|hạt điều|hồ tiêu|dầu(?! tiếng)|gà|vịt|bò|dê|heo|lợn|gốm|mây tre|thổ cẩm|đồ gỗ|đông trùng hạ thảo)(?!\w)"
         # "8 sản phẩm làm từ con tôm", "sản phẩm chế biến từ hạt sen": what they are made of
         r"|^\s*(?:ocop\s*)?(?:được\s+)?(?:làm từ|chế biến từ|sản xuất từ|tinh chế từ)(?!\w)",
         "Trong đó có 5 sản phẩm trà và 3 sản phẩm mật ong."),
)

# ----------------------------------------------------------------------------------------------------------------
# kind: cumulative, new or target

KINDS: tuple[Rule, ...] = family(
    Rule("kind.target", {"kind": "target"},
         # ("chỉ tiêu cảm quan, dinh dưỡng": a product's test criteria, no plan)
         # ("khi bắt tay thực hiện kế hoạch triển khai chương trình, huyện đã có 11 sản phẩm": a plan carried out)
         # ("Văn phòng Điều phối các chương trình mục tiêu quốc gia": an office's name, no plan)
         r"phấn đấu|(?<!chương trình )mục tiêu(?! quốc gia)|(?<!thực hiện )(?<!triển khai )kế hoạch(?! số)|dự kiến"
         # ("không chỉ tiêu thụ trong tỉnh": "only" and "to sell", no plan)
         r"|(?<!không )chỉ tiêu(?!\s+thụ)(?! (?:cảm quan|chất lượng|kỹ thuật|dinh dưỡng|an toàn|vi sinh"
         r"|hóa lý))|định hướng|đề ra|đặt ra|hướng tới|đặt mục tiêu|nhắm tới"
         r"|nhắm mốc|nhắm đến|hướng đến mốc"
         r"|tầm nhìn|đến năm 20[3-4]\d",
         "Năm 2026, tỉnh phấn đấu có thêm ít nhất 45 sản phẩm đạt từ 3 sao trở lên."),
    # A future that a stock total in its clause turns into a pending count: "tổng số … sẽ được nâng lên 62".
    Rule("kind.target_weak", {"kind": "target_weak"},
         # "Hội đồng sẽ trình UBND huyện công nhận cả 5 sản phẩm": a council's proposal, read as its round's result
         r"(?<!\w)sẽ(?!\w)(?!\s+(?:trình|đề nghị|đề xuất))|cần đạt|yêu cầu"
         r"|phải (?:có|đạt|phát triển|công nhận|hoàn thành|xây dựng)"
         # ("nhằm hoàn thành chỉ tiêu năm 2024 có 10 sản phẩm": the aim the work is for)
         r"|(?:để|nhằm) (?:chạm|đạt|cán|hoàn thành)\s*(?:mốc|mục tiêu|chỉ tiêu)",
         "Năm 2025, tỉnh sẽ có thêm 30 sản phẩm đạt chuẩn OCOP."),
    Rule("kind.achieved_vs_plan", {"kind": "achieved"},
         # ("huyện đạt và vượt 15/18 chỉ tiêu; … 4 sản phẩm được công nhận OCOP": the year's plan met, a report)
         r"(?<!để )(?<!nhằm )(?:vượt|đạt|bằng|hoàn thành|gấp [\d,.]+ lần)\s*(?:[\d,.]+\s*%\s*|\d+\s*/\s*\d+\s*)?[)\s]*"
         r"(?:so với\s*)?"
         r"(?:kế hoạch|chỉ tiêu|mục tiêu)"
         # "công nhận 130 sản phẩm, nhiều hơn 30 sản phẩm so với chỉ tiêu kế hoạch 100 sản phẩm": a plan only as the
         # base a result is measured against (its own figure is read by kind.plan_figure)
         r"|(?<!\w)so với\s+(?:(?:chỉ tiêu|kế hoạch|mục tiêu)\s*){1,2}(?=\s*(?:năm|đề ra|đặt ra|được giao|giao|\d|[,.;)]))",
         "Năm 2024 tỉnh đặt mục tiêu có 30 sản phẩm OCOP, kết quả đã hoàn thành vượt kế hoạch với 51 sản phẩm được "
         "công nhận."),
    Rule("kind.stock", {"kind": "cumulative"},
         r"đến nay|hiện có|hiện còn|hiện nay|hiện tại|(?<!\w)hiện(?= \w+ có|\s+có|\s+toàn|\s+đã|\s+là|\s+(?:đang\s+)?(?:sở hữu|đứng tên))|tính đến|tính tới"
         # "Với kết quả này, số sản phẩm OCOP của tỉnh là 212": the total a round leaves
         r"|với kết quả (?:này|trên|đó)"
         # "Hiện thành phố Cần Thơ có 19 sản phẩm": "hiện" opening its clause, its subject a place of a few words
         # ("Hiện huyện Thạch Thất đã sở hữu 142 sản phẩm": owns them now)
         r"|(?<!\w )(?<!\w)hiện(?=(?:\s+[^\s\d,.;:]+){1,4}\s+(?:đã\s+|cũng\s+)?(?:có|còn|sở hữu)\s)"
         # "Hiện Hà Nội dẫn đầu cả nước với 3.317 sản phẩm": a rank held now, with the stock that holds it
         r"|(?<!\w )(?<!\w)hiện(?=(?:\s+[^\s\d,.;:]+){1,4}\s+(?:dẫn đầu|đứng đầu|đứng thứ|xếp thứ)\s)"
         # "lũy kế sau đợt đánh giá thứ nhất năm 2023, toàn tỉnh có 253": the stock after a round, not the round
         r"|(?:lũy|luỹ) kế(?:\s+(?:sau|qua)\s+(?:các\s+)?(?:đợt|kỳ)[^,.;\d]{0,60})?"
         # ("Đến thời điểm tháng 7/2023, …": as of a month)
         r"|tới nay|(?:đến|tới) thời điểm (?:này|hiện tại|(?:tháng|ngày)\s*\d)|đến hết năm|đến cuối năm"
         # "Đến hết ngày 30/6/2024, huyện có 33 sản phẩm": as of a day ("từ ngày 1/1 đến ngày 30/6" is a period)
         r"|(?<!\d )(?<!\d)(?:đến|tới)\s+(?:hết\s+)?ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}"
         # "đến tháng 2/2023 thành phố có tổng cộng 64 sản phẩm": a total as of a month ("từ tháng 1/2023 đến tháng
         # 6/2023" is a period; "Đến tháng 9/2021, 6 quận, huyện đã đánh giá 60 sản phẩm" the year's ratings so far)
         r"|(?<!\d )(?<!\d)(?<!\w)(?:đến|tới)\s+(?:hết\s+)?tháng\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}"
         r"(?=[^.;]{0,60}?(?<!\w)(?:có tổng cộng|có tổng số|tổng cộng|tổng số|đã có|hiện có)(?!\w))"
         # "Trước đợt đánh giá này, huyện có 40 sản phẩm": the stock a round adds to
         r"|(?<!\w)trước (?:đợt|kỳ)(?!\w)"
         r"|tính chung(?! (?:cả |trong )?năm)"
         # "Số liệu của huyện: tại ngày 31/12/2023, Di Linh có 26 sản phẩm": as of a day
         r"|(?<!\w)tại (?:ngày|thời điểm)\s*\d{1,2}\s*[/.-]\s*\d{1,2}"
         # "Hết năm 2021, toàn huyện Krông Nô có 9 sản phẩm": by the end of a year
         r"|(?<!\w)hết năm(?=\s+\d{4}\s*,)"
         r"|có tất cả(?=\s*\d)"
         # "Sau đợt này, cả huyện có 06 sản phẩm …": the whole place's count the round leaves
         r"|(?<!\w)(?:sau|qua|với) (?:đợt|kỳ)(?: đánh giá| xét chọn| công nhận)?(?: này| lần này)(?=\s*,?\s*(?:cả|toàn)\s)"
         # "Chỉ tiêu đến năm 2025 có 30 sản phẩm, thì nay huyện đã có 31": now, against the plan just named
         r"|(?<!\w)(?:thì|mà|còn) (?:đến )?nay(?!\w)"
         # "ngoài ra, huyện đang có 01 sản phẩm hạng 4 sao": has now
         r"|(?<!\w)đang (?:có|sở hữu)(?=\s+\d)"
         r"|(?:đến|tới) (?:đầu|cuối|hết|giữa) (?:tháng|năm|quý)"
         # ("Như vậy, cả 3 sản phẩm đều đạt 3 sao": the round's entries, all of them rated)
         # (not a plan's sum: "như vậy toàn tỉnh sẽ có tối thiểu 10 sản phẩm 4 sao")
         r"|như vậy(?!,?\s+cả\s+(?:\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w))(?![^.;\d]{0,30}\ssẽ\s)"
         r"|còn hiệu lực|còn thời hạn|đang còn hiệu lực|nâng tổng số|nâng tổng|đưa tổng số"
         # ("50 trong tổng số 56 sản phẩm dự thi": the whole of the entries, no stock)
         r"|tổng số(?!\s*\d[\d.]*\s*(?:sản phẩm|sp)\s*(?:ocop\s*)?(?:dự thi|tham gia|đăng ký))"
         # ("đã có tên trong danh sách 28 sản phẩm": on a list, no stock)
         r"|đã có(?!\s*:)(?!\s+mặt)(?!\s+tên)|lên con số|nâng số|đưa số|cộng dồn|cộng tất cả"
         # "Tổng cộng 105 sản phẩm đã được công nhận" opening its sentence: all of them ("…, tổng cộng 40 sản phẩm"
         # after a round's parts sums the round)
         r"|(?<![\w,] )(?<!\w)tổng cộng(?![^,.;\d]{0,20}(?:năm|đợt|kỳ))"
         # "Bốn năm triển khai chương trình đã giúp …": the programme's years (not a meeting's name: "Hội nghị sơ kết 3
         # năm thực hiện chương trình …, Bộ đã trao giấy chứng nhận cho 22 sản phẩm" tells what the meeting did)
         r"|(?<!kết )(?<!\w)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám)\s+năm\s+(?:triển khai|thực hiện)(?!\w)"
         # "số sản phẩm OCOP … đã vượt mốc 740": a total passing a mark
         r"|(?:vượt|cán|chạm|đạt)\s+(?:mốc|con số|ngưỡng)(?=\s*(?:{QUAL}\s*)?\d)"
         # "Cộng lại, huyện có 47 sản phẩm": all of them, unless a year or round is what is added up
         r"|cộng lại(?![^,.;]{0,20}(?:năm|đợt|kỳ))"
         # "Sau các kỳ đánh giá, phân hạng, 24 sản phẩm … đã đạt chuẩn": every round so far, a stock
         # ("qua các lần xếp hạng năm 2020 và đợt 1/2021, tỉnh có 77": the rounds named are all so far)
         r"|(?:tất cả|qua|sau) các (?:đợt|kỳ|lần)(?: (?:đánh giá|xếp hạng)(?:,? phân hạng)?)?"
         r"(?:[^,.;]{0,30}?\s(?:và|cùng)\s+(?:các\s+)?đợt[^,.;]{0,15})?"
         # "số sản phẩm 5 sao của tỉnh đã lên 4": risen to, a stock
         r"|đã lên(?=\s*\d)"
         # "Trong 5 năm qua, … có 157 sản phẩm": the years of the programme, not last year's round.
         r"|(?:\d+|những|các|mấy|nhiều) năm qua"
         # "Gần bốn năm kể từ khi bắt tay vào chương trình, …", "Sau 5 năm triển khai, …": the programme's years.
         # ("Qua 5 năm, Ba Vì có 138 sản phẩm": the years named alone, before the clause they frame)
         r"|(?:sau|gần|hơn|qua|trải qua)\s+(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám)\s+năm(?:\s+(?:triển khai|thực hiện|kể từ"
         r"|bắt tay|xây dựng)|\s*,)"
         # "Số liệu thống kê đến ngày 31/10/2022 cho thấy cả nước có …": figures as of a day, a stock.
         r"|(?:thống kê|số liệu|báo cáo)(?:\s+\S+){0,3}?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày|tháng)\s*\d",
         "Lũy kế đến hết năm 2024, Ninh Thuận đã công nhận 118 sản phẩm OCOP từ 3 sao trở lên."),
    # The whole province "has": a stock, unless a word of time in its clause says which part ("Tính riêng năm
    # 2022, toàn tỉnh có 14 sản phẩm").
    # ("Toàn huyện Củ Chi hiện có 52 sản phẩm": a district's whole, its name between)
    Rule("kind.stock_scope", {"kind": "cumulative"},
         r"toàn tỉnh (?:đã )?có|toàn thành phố (?:đã )?có"
         r"|toàn (?:huyện|thị xã|quận)(?:\s+[^\s\d,.;:]+){0,3}?\s+(?:đã\s+)?có(?!\w)",
         "Toàn tỉnh có 250 sản phẩm OCOP đạt từ 3 sao trở lên."),
    Rule("kind.round", {"kind": "new"},
         # ("có thêm" of products, not "nông thôn có thêm việc làm")
         # ("UBND tỉnh công nhận bổ sung 9 sản phẩm": a supplementary decision, a round's result)
         r"công nhận mới|công nhận thêm|chứng nhận mới|chứng nhận thêm|mới đạt|mới được công nhận"
         r"|công nhận bổ sung"
         r"|có thêm(?=\s+(?:[\d(]|sản phẩm|chủ thể|ocop|mới|hơn|gần|khoảng|trên|ít nhất|tối thiểu|từ|các|những"
         r"|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s))"
         r"|(?<!\w)(?<!có )thêm"
         # ("Trước đợt này, tỉnh có 182 sản phẩm": the stock the round adds to, ``kind.stock``)
         r"|riêng năm|vừa (?:được )?(?:công nhận|chứng nhận|cấp)|(?<!\w)(?<!trước )đợt|kết quả (?:đánh giá|xét chọn|chấm"
         r"|phân hạng)"
         r"|năm nay có|lần đầu|phát triển mới|trong năm(?! tới| sau)|(?<!\d )(?<!những )(?<!các )(?<!mấy )"
         r"(?<!nhiều )năm qua|kỳ đánh giá|trong kỳ|tính riêng|(?<!\w)lần này(?!\w)"
         # ("Về kết quả, cả nước có 9.852 sản phẩm": the heading of what was achieved so far, no round's)
         r"|(?<!về )kết quả(?:\s*[,:]|\s+là|\s+bình chọn|\s+đã|\s+có)|(?<!\w)trong giai đoạn"
         # The whole of one year: "Tính chung cả năm 2021, tỉnh công nhận 16 sản phẩm".
         r"|(?:tính chung |trong )?cả năm(?= (?:19|20)\d\d| nay)",
         "Đợt 2 năm 2022, tỉnh có thêm 17 sản phẩm đạt chuẩn OCOP."),
    # Words of a recognition event, weaker than a stock marker before them: "Tính đến nay, Hội đồng … 99 sản phẩm".
    Rule("kind.round_weak", {"kind": "new_weak"},
         r"hội đồng|công bố|trao (?:giấy )?chứng nhận|được công nhận|được cấp (?:giấy )?chứng nhận|theo quyết định"
         # "Qua chấm điểm, 15 sản phẩm đạt 3 sao": a round's scoring and its result ("Tính đến nay, qua đánh giá,
         # phân hạng, tỉnh có 42 sản phẩm": the stock the scorings made)
         r"|(?:qua|sau khi|sau|thông qua)\s+(?:chấm điểm|chấm|đánh giá|thẩm định|xét chọn|phân hạng)(?=\s*(?:,|có\s|thì\s))"
         # The decision that approves a round, its number and date between: "Quyết định số 144/QĐ-UBND (ngày …)
         # công nhận …".
         r"|quyết định(?:\s+số)?(?:\s+[\w/.-]*\d[\w/.-]*)?(?:\s+ngày\s+[\d/.-]+)?\s+(?:về việc\s+)?(?:công nhận"
         r"|phê duyệt kết quả)",
         "Tại hội nghị, tỉnh công bố 44 sản phẩm OCOP của 25 chủ thể."),
    # "Từ đầu năm đến nay", "Sau 5 tháng đầu năm": since the year began, the year's count, not a stock ("đến nay" alone
    # is one). Named without a year, it decides over the stock's words of its clause ("… đã có 18 sản phẩm").
    Rule("kind.since_the_year_began", {"kind": "new"},
         # ("Tám tháng đầu năm, toàn huyện có thêm 4 sản phẩm": the months counted with no word before them)
         r"(?:từ|(?:(?:trong|sau|qua)\s+)?(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: một)?)\s+tháng)\s+đầu năm"
         r"(?:\s+(?:nay|\d{4}))?"
         # ("Riêng 10 tháng năm 2021, Nga Sơn có 6 sản phẩm": the months of a named year, "đầu" left out)
         r"|(?<!\w)(?:riêng|trong|sau|qua)\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: một)?)\s+tháng\s+năm\s+"
         r"(?:nay|(?:19|20)\d{2})(?!\d)"
         r"(?:\s+(?:đến nay|tới nay|đến thời điểm (?:này|hiện tại)|đến hiện tại))?"
         # ("Từ ngày 1/1 đến ngày 30/6/2024", "từ tháng 1 đến tháng 6/2024": days or months from one to another)
         r"|(?<!\w)từ\s+(?:ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}|tháng\s*\d{1,2})(?:\s*[/.-]\s*(?:19|20)\d{2})?\s*(?:đến|tới)"
         r"\s*(?:ngày|tháng)\s*\d",
         "Từ đầu năm 2024 đến nay, tỉnh Cà Mau có 18 sản phẩm OCOP."),
    Rule("kind.recognised", {"kind": "new"},
         r"(?:chứng nhận|công nhận|cấp giấy chứng nhận cho|cấp chứng nhận cho|cấp giấy chứng nhận|đánh giá, phân hạng"
         # ("quyết định phê duyệt 109 sản phẩm OCOP của tỉnh": approved, the round's result)
         r"|đánh giá và phân hạng|xếp hạng|phân hạng|chấm đạt|chọn được|đạt chuẩn|phê duyệt)\s*(?:ocop\s*)?"
         r"(?:cho\s*|được\s*)?$",
         "Đà Nẵng chứng nhận 11 sản phẩm OCOP 4 sao."),
    # Between two counts of one verb ("công nhận 34 sản phẩm OCOP 3 sao và 5 sản phẩm 4 sao") stand only the first
    # count's star level and a word joining them: the second is of the same kind and year. Matched from the first
    # count's noun to the second count.
    Rule("kind.joined", {"kind": "the count's before"},
         r"\s*(?:ocop\s*)?(?:(?:đạt\s*)?(?:hạng\s*|chuẩn\s*)?(?:[345]|ba|bốn|năm)\s*sao\s*)?(?:,\s*|và\s+|cùng\s+"
         r"|,\s*và\s+)",
         "Trong quý I, UBND tỉnh Hưng Yên đã công nhận 34 sản phẩm OCOP 3 sao và 5 sản phẩm 4 sao."),
    # A plan's section of objectives: "I. MỤC TIÊU", "2. Mục tiêu cụ thể:", "Chỉ tiêu năm 2025" on a line of its
    # own. Every figure below it is a target, until the next section (``SECTION_HEADING``).
    Rule("kind.target_section", {"kind": "target"},
         r"^[ \t]*(?:(?:[ivx]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*)?(?:mục tiêu|các chỉ tiêu|chỉ tiêu)(?:\s+(?:cụ thể|chung"
         r"|chủ yếu|tổng quát|phấn đấu|(?:đến\s+)?(?:hết\s+)?năm\s+\d{4}|giai đoạn\s+[\d\s\-]+))*\s*:?[ \t]*$",
         "KẾ HOẠCH phát triển sản phẩm OCOP của tỉnh Ninh Thuận năm 2024\nI. MỤC TIÊU\n1. Trong năm 2024, phát "
         "triển thêm 25 sản phẩm đạt từ 3 sao trở lên.\nII. NHIỆM VỤ\nRà soát các sản phẩm."),
    # A line introducing a list of objectives ("… kế hoạch đặt ra các chỉ tiêu:", "Mục tiêu cụ thể của Kế hoạch:"):
    # every item of the list below it is a target. ``TARGET_LIST_ITEM``: what opens an item.
    Rule("kind.target_list", {"kind": "target"},
         r"(?:mục tiêu|chỉ tiêu)[^\n.:]{0,40}:[ \t]*$",
         "Năm 2024, kế hoạch của tỉnh đặt ra các chỉ tiêu:\n- công nhận mới ít nhất 25 sản phẩm đạt 3 sao;\n"
         "- nâng hạng 2 sản phẩm lên 4 sao."),
    # A noun-first total whose own words say it rose to its number ("số sản phẩm OCOP 4 sao của tỉnh lên 67"): the
    # stock after the round. Matched on the count's own words, before its number.
    Rule("kind.risen_to", {"kind": "cumulative"}, r"(?<!\w)(?:đã\s+|nay\s+)?(?:tăng\s+)?lên\s*(?:{QUAL}\s+)?$",
         "Hội đồng đề nghị công nhận 22 sản phẩm đạt 4 sao. Với kết quả này, số sản phẩm OCOP 4 sao của tỉnh Thái "
         "Bình lên 67."),
    # The figure a plan names: "đạt 190% kế hoạch 30 sản phẩm của năm".
    Rule("kind.plan_figure", {"kind": "target"}, r"(?:kế hoạch|chỉ tiêu|mục tiêu)\s*(?:ban đầu\s*|đề ra\s*|đặt ra\s*|của năm\s*)?(?:là\s*)?$",
         "Năm 2024 tỉnh có thêm 57 sản phẩm OCOP, vượt xa kế hoạch 30 sản phẩm của năm."),
    # The base of a comparison is a stock of its own date: "so với 191 sản phẩm hồi cuối năm 2022".
    Rule("kind.compared_base", {"kind": "cumulative"}, r"so với\s*(?:con số\s*|mức\s*)?$",
         "Năm 2024 tỉnh có 240 sản phẩm OCOP, tăng mạnh so với 191 sản phẩm hồi cuối năm 2022."),
    Rule("kind.new_after_noun", {"kind": "new"},
         r"^\s*(?:ocop\s*)?mới\b|^\s*(?:ocop\s*)?(?:được )?công nhận mới|^\s*(?:ocop\s*)?(?:được\s*)?(?:công nhận\s*)?"
         r"lần đầu"
         # "Sáu sản phẩm lần này", "14 sản phẩm đợt này", "9 sản phẩm trong đợt 2 năm 2024": the round's
         # ("Sáu sản phẩm đạt hạng lần này", "8 sản phẩm được công nhận trong đợt này": past the verb of the round)
         r"|^\s*(?:ocop\s*)?(?:(?:được\s+)?(?:đạt hạng|xếp hạng|được xếp hạng|công nhận|đạt chuẩn|đánh giá|chấm điểm)"
         r"\s+)?(?:(?:trong|của|ở|tại)\s+)?(?:lần|đợt|kỳ)\s+(?:này|\d{1,2}|[ivx]{1,4})(?![\w/])"
         # "9 sản phẩm vừa được đánh giá, phân hạng hồi tháng 11": just recognised, the latest round's
         r"|^\s*(?:ocop\s*)?vừa\s+(?:mới\s+)?(?:được\s+)?(?:công nhận|chứng nhận|đánh giá|xếp hạng|phân hạng|cấp giấy)"
         # "46 chủ thể sở hữu các sản phẩm vừa được công nhận": the producers of the round's products
         r"|^\s*(?:ocop\s*)?(?:là chủ của|sở hữu|có|của)\s+(?:các |những )?sản phẩm(?: ocop)?\s+(?:vừa|mới)\s+(?:được\s+)?"
         r"(?:công nhận|xếp hạng|phân hạng)",
         "Năm 2023 tỉnh có 31 sản phẩm mới đạt 3 sao."),
    # The figure is the subject of a recognition ("150 sản phẩm … được công nhận hạng 3 sao"), unless "có" (has) or
    # a stock marker stands before it.
    Rule("kind.recognised_after", {"kind": "new"},
         r"^(?:\s*(?:ocop\s*)?(?:của|thuộc)\s*(?:các\s*)?\d[\d.]*[^.;\d]{0,40}?)?[^.;\d]{0,60}?"
         # ("10 sản phẩm OCOP năm 2023 được chấm điểm, xếp hạng": the year of the round between)
         r"(?:năm\s+(?:19|20)\d{2}\s*)?"
         # (the one who recognised them may stand between: "được Chủ tịch UBND tỉnh công nhận", "được Bộ … công nhận";
         # not after "đã", a stock's "đã được tỉnh công nhận", nor across another verb: "được huyện đưa ra đánh giá")
         r"(?:(?:(?<!đã )được|vừa được|mới được)\s*(?:ubnd|chủ tịch|bộ|tỉnh|huyện|thành phố|thị xã|sở|văn phòng"
         r"|hội đồng)(?!\w)(?:(?!đưa|gửi|để|trình|đề nghị|đề xuất|xem xét|tham gia|đăng ký|chọn|hỗ trợ|chấm)[^.;\d]){0,50}?"
         r"(?:công nhận|chứng nhận|cấp giấy chứng nhận|xếp hạng|phân hạng)"
         r"|(?:được|đã được|vừa được|mới được)\s*(?:ubnd[^.;\d]{0,30}?)?(?:công nhận|chứng nhận"
         r"|cấp giấy chứng nhận|cấp chứng nhận|xếp hạng|đánh giá, phân hạng|phân hạng|gắn sao|trao"
         # ("10 sản phẩm OCOP năm 2023 được chấm điểm, xếp hạng": scored and ranked, the round's result)
         r"|chấm điểm,?\s*(?:và\s+)?(?:xếp hạng|phân hạng)"
         # ("18 sản phẩm của tỉnh đã được phê duyệt kết quả đánh giá, phân hạng": the decision's own words)
         r"|phê duyệt kết quả(?:\s+đánh giá)?,?\s*(?:và\s+)?(?:phân hạng|xếp hạng)))",
         "Sau hai tháng, 150 sản phẩm của 65 chủ thể được công nhận hạng từ 3 đến 4 sao."),
)
# A commune's word before a name in a list ("xã Tân Hùng, xã Hiếu Tử và thị trấn Tiểu Cần mỗi nơi có 01 sản phẩm"):
# communes, below every level the warehouse holds.
COMMUNE_WORD_BEFORE = r"(?<!\w)(?:xã|phường|thị trấn|ấp|thôn|khóm|bản|làng)\s*$"
# Producers named before the entries they bring: "9 chủ thể mang 15 sản phẩm tham gia Chương trình".
# ("6 cơ sở của thành phố đưa 11 sản phẩm … vào đánh giá": where they are, between)
# A score band before the star level it stands for ("08 sản phẩm đạt từ 70 đến dưới 90 điểm (tương ứng hạng 4 sao)"):
# the level rates the count, the band's numbers are no count of their own.
SCORE_BAND_OF_A_LEVEL = (r"\s*(?:ocop\s*)?(?:đạt|được chấm|có điểm|có)?\s*(?:từ\s*|trên\s*)?\d{2,3}(?:[,.]\d+)?\s*(?:điểm\s*)?"
                         r"(?:(?:-|–|đến|tới)\s*(?:dưới\s*)?\d{2,3}(?:[,.]\d+)?\s*)?(?:điểm)?\s*[(,]?\s*"
                         r"(?:tương ứng|tương đương)\s*(?:với\s*)?(?:hạng\s*|mức\s*)?")
# What may stand between a count and the words that say what was done to it: its owners or its products, in brackets
# or between commas ("12 chủ thể (20 sản phẩm) được hỗ trợ", "25 sản phẩm, của 14 chủ thể, được tỉnh hỗ trợ", "15 chủ
# thể với 27 sản phẩm được hỗ trợ"); the rules read after a count are read again after it.
# Owners named without a closing comma keep what follows ("230 sản phẩm của 133 chủ thể tham gia chương trình": the
# owners take part).
# ("54 sản phẩm của 16 chủ thể (6 công ty, 4 hợp tác xã) thuộc 5 quận, huyện đủ điều kiện …": its producers, their
# kinds and the places they are in, one after another, before what is said of the count)
ASIDE_AFTER_COUNT = (r"\s*(?:ocop\s*)?(?:\([^()]{0,80}\)|,\s*(?:của|thuộc)\s+(?:các\s+)?\d[\d.]*\s+[^,.;()\d]{1,30},"
                     r"|(?:với|cùng)\s+(?:các\s+)?\d[\d.]*\s+(?:sản phẩm|chủ thể|cơ sở|hợp tác xã|htx"
                     r"|doanh nghiệp|tổ hợp tác|hộ kinh doanh|hộ sản xuất|hộ)(?!\w)"
                     r"|(?:\s*(?:của|thuộc)\s+(?:các\s+)?\d[\d.]*\s+(?:chủ thể|doanh nghiệp|hợp tác xã|htx|cơ sở|hộ"
                     r"|quận|huyện|thị xã|xã|phường|địa phương)(?:,\s*(?:quận|huyện|thị xã|xã|phường))*(?!\w)"
                     r"(?:\s*\([^()]{0,80}\))?){2,})\s*,?")
# ("38 chủ thể thuộc 6 trên 7 huyện, thành phố gửi 74 sản phẩm đăng ký tham gia", "24 tổ chức, cá nhân ở 9 huyện, quận
# … đăng ký đánh giá 40 sản phẩm": where they are, then the entries they send)
PRODUCERS_BRING = (r"\s*(?:ocop\s*)?(?:(?:của|ở|tại|thuộc)\s+(?:[^\d,.;]{1,30}?|[^.;]{1,80}?)\s+)?(?:đã\s*|tự nguyện\s*)?"
                   r"(?:mang|với|có|đưa|cùng|gửi|nộp|đăng ký(?:\s+(?:đánh giá|tham gia))?)\s*(?:theo\s*|đến\s*|về\s*)?")
# Producers described by the products they have ("67 đơn vị có sản phẩm được công nhận"): the recognition is of
# the products, at any time; it says nothing of the producers' kind.
PRODUCERS_HAVING = r"\s*(?:ocop\s*)?(?:đã\s*|hiện\s*)?(?:có|sở hữu)\s+(?:[\d.]+\s+)?sản phẩm"
# Producers named by the products they own: "46 chủ thể sở hữu các sản phẩm …".
PRODUCERS_OF_PRODUCTS = r"\s*(?:ocop\s*)?(?:là chủ của|sở hữu|có|của)\s+(?:các |những )?sản phẩm"
# A round's result stated in a clause after a plan: "Kế hoạch là 40 sản phẩm; kết quả đã công nhận 52".
RESULT_OF_PLAN = r"kết quả"
# A year-end stock decided later in the text: "... công nhận 150 sản phẩm" after "Tính đến cuối năm 2023".
# A present-state marker after a target ("hiện đã có") ends the target.

# ----------------------------------------------------------------------------------------------------------------
# years: the role of each year a sentence names

YEARS: tuple[Rule, ...] = family(
    # "Hội đồng đánh giá, phân hạng sản phẩm Chương trình OCOP tỉnh giai đoạn 2018 - 2020 xác định 85 sản phẩm …": the
    # period names the council, it dates none of its figures.
    Rule("year.in_a_council_name", {"role": "name"},
         r"(?<!\w)(?:hội đồng|ban chỉ đạo|tổ giúp việc)(?!\w)[^.;\d]{0,90}?giai đoạn\s*(?:19|20)\d{2}\s*-\s*((?:19|20)\d{2})"
         r"(?![\d/])",
         "Qua chấm điểm, Hội đồng đánh giá sản phẩm Chương trình OCOP tỉnh giai đoạn 2018 - 2020 xác định 85 sản phẩm "
         "đạt từ 3 sao trở lên."),
    Rule("year.period", {"role": "period"},
         r"(?<![\d/])((?:19|20)\d{2})\s*(?:-|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*((?:19|20)\d{2})(?![\d/])",
         "Riêng giai đoạn 2019 - 2023, Hà Giang có 236 sản phẩm được công nhận."),
    Rule("year.since", {"role": "since"},
         r"(?:từ|kể từ|bắt đầu từ|sau khi triển khai từ|triển khai từ|khởi động từ|khởi động năm|triển khai năm"
         r"|bắt đầu năm)\s*(?:năm\s*|tháng\s*\d{1,2}\s*[-/.]?\s*(?:năm\s*)?)?((?:19|20)\d{2})(?![\d/])",
         "Từ năm 2019 đến nay, tỉnh Kon Tum đã xây dựng được 71 sản phẩm OCOP từ 3 sao trở lên."),
    # "Tính từ khi tỉnh khởi động chương trình năm 2018 tới nay", "triển khai Đề án OCOP năm 2019": the start again.
    Rule("year.since_start", {"role": "since"},
         r"(?:(?:từ|kể từ) khi[^.;\d]{0,50}?|(?:khởi động|triển khai|bắt đầu thực hiện)\s+(?:chương trình|đề án)"
         r"(?:\s+ocop)?\s+(?:từ\s+)?)năm\s*((?:19|20)\d{2})(?![\d/])",
         "Tính từ khi tỉnh khởi động chương trình năm 2018 tới nay, Sóc Trăng có 238 sản phẩm OCOP."),
    Rule("year.base", {"role": "base"},
         # ("tăng 5% so với kết quả năm 2022")
         r"(?:so với|so cùng kỳ|cùng kỳ|bằng|hơn)\s*(?:kết quả\s*|con số\s*|mức\s*)?(?:cùng (?:kỳ|thời điểm|thời gian)\s*)?"
         r"(?:năm\s*|cuối năm\s*|đầu năm\s*)?((?:19|20)\d{2})",
         "Hậu Giang có 188 sản phẩm OCOP, tăng 41 sản phẩm so với năm 2023."),
    # (the month of a day written with hyphens, "31-12-2023", is the day's: ``year.date``)
    Rule("year.month", {"role": "month"}, r"(?<![\d/])(?<!\d[-.])(?:0?[1-9]|1[0-2])\s*[/-]\s*((?:19|20)\d{2})(?![\d/])",
         "Tính đến tháng 9/2023, huyện Tam Nông có 41 sản phẩm được công nhận OCOP."),
    # ("ngày 20-12-2023", "20.12.2023": some papers write a day with hyphens or points)
    Rule("year.date", {"role": "date"}, r"(?<![\d.,])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)",
         "Ngày 12/1/2024, UBND tỉnh ký quyết định công nhận 36 sản phẩm OCOP năm 2023."),
    Rule("year.plain", {"role": "plain"}, r"(?<![\w/.,])((?:19|20)\d{2})(?![\w/]|[.,]\d)",
         "Năm 2023, tỉnh Điện Biên có 70 sản phẩm OCOP."),
)
# After these, a year is a document's, not the figure's: "Quyết định số 2919/QĐ-UBND năm 2020".
YEAR_NOT_AFTER = r"(?:số|mã|điều|khoản)\s*$"
# A line that opens a plan's next section ("II. NHIỆM VỤ", "III. GIẢI PHÁP", "Tổ chức thực hiện"), ending its
# objectives (``kind.target_section``).
SECTION_HEADING = (r"^[ \t]*(?:(?:[ivx]+|\d+)[.)]\s*)?(?:nhiệm vụ|giải pháp|tổ chức thực hiện|kinh phí|kết quả"
                   r"|tình hình|đánh giá|phân công|nội dung|yêu cầu)(?:[^\n.]{0,60})$")
# What opens an item of a list on its line: a bullet or a number ("3. Dừa sáp sợi (Công ty …, tỉnh Trà Vinh)").
LIST_ITEM_OPENING = r"[ \t]*(?:[•+*]|[-–]|\d{1,3}[.)])[ \t]*"
# A line in capitals that speaks of the programme's products, long enough to say something of them ("NGÂN SƠN CHÚ
# TRỌNG NÂNG CHẤT SẢN PHẨM OCOP"): a headline written in capitals, not a site's name ("OCOP VIỆT NAM", "SẢN PHẨM
# VÙNG MIỀN"), which names the programme in full when it is long ("CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM TỈNH AN GIANG").
CAPITAL_HEADLINE = r"(?<!\w)(?:sản phẩm|ocop)(?!\w)"
CAPITAL_HEADLINE_NOT = r"mỗi xã,? (?:phường,? )?một sản phẩm"
# The district a province's decision was for, named by its word before the count ("Hội đồng cấp tỉnh đã công nhận cho
# thị xã sáu sản phẩm"): the page's district's count, whoever decided.
FOR_THE_DISTRICT = r"(?<!\w)cho\s+(?:thị xã|huyện|quận|thành phố|tp\.?)\s*(?=\S+\s+sản phẩm|\d|$)"
# A line naming a listed product's owner and where it is ("Chủ thể: Công ty TNHH Gốm sứ Quang Vinh, huyện Gia Lâm, Hà
# Nội."): an address, as a list item's brackets are.
OWNER_LABEL_LINE = (r"[ \t]*(?:(?:[•+*]|[-–]|\d{1,3}[.)])[ \t]*)?(?:chủ thể|chủ sở hữu|đơn vị sản xuất|đơn vị|địa chỉ"
                    r"|cơ sở sản xuất)\s*:")
TARGET_LIST_ITEM = r"(?:[ \t]*\n)*[ \t]*(?:(?:[•+*]|[-–])|\d{1,2}[.)])[ \t]*"  # (blank lines may part the items)
# "dự kiến năm tới", "năm sau": the year after publication.
NEXT_YEAR = r"năm tới|năm sau|năm kế tiếp|sang năm"
# "dự kiến đến cuối năm": the year the plan is made in.
# ("Ngay đầu năm, UBND huyện đặt mục tiêu …": the plan made at the start of the year the page speaks of)
THIS_YEAR = r"cuối năm(?!\s*\d)|(?<!\w)hết năm(?!\s*\d)|trong năm(?!\s*\d)|năm nay|đầu năm(?!\s*\d)"
# A second place joined to the one just named ("của huyện A và huyện B", "của các huyện A, B"): the figure is theirs
# together.
# (read in the page's own case: a place's name is capitalised, ", trong đó" is no place)
ANOTHER_PLACE_JOINED = r"\s*(?:,|và|cùng|với)\s*(?:(?:huyện|thị xã|thành phố|TP\.?|quận)\s+)?[A-ZĐ]"
# A count stated before the authority of ``place.recognising_authority`` (a year is none: "Năm 2023, UBND tỉnh Bình
# Thuận công nhận 30 sản phẩm" names the province whose round it is).
COUNT_STATED_BEFORE = r"(?<![\d/.,])\d[\d.]*\s+(?:sản phẩm|chủ thể)(?!\w)"
# A period whose sentence counts what was recognised in it ("trong giai đoạn 2019 - 2021 huyện có 10 sản phẩm được
# công nhận"): a past period, its last year reached by the page (``timing.latest_years``).
# (read from the period's end; no stock word between: "Chương trình OCOP giai đoạn 2021 - 2025, huyện hiện có 25 sản
# phẩm được công nhận" names a programme, its stock is of today)
PERIOD_REPORTED = (r"(?:(?!hiện|đến nay|tới nay)[^.;\d])*\d[\d.]*\s+sản phẩm[^.;]{0,40}?(?:được công nhận|được chứng nhận"
                   r"|đạt chuẩn|đạt\s+(?:từ\s+)?[345]\s*sao)")
# A period named as a programme's, a plan's or a resolution's ("Nghị quyết … về Chương trình OCOP giai đoạn 2021 -
# 2025"): its end is no year the page reports on.
PERIOD_OF_A_PROGRAMME = r"(?:chương trình|đề án|nghị quyết|kế hoạch|ocop|dự án)(?:\s+[^\s.;,]+){0,3}\s+giai đoạn\s*$"
# What follows the authority of ``place.recognising_authority``.
RECOGNISED_RIGHT_AFTER = (r"\s*(?:đã\s+|vừa\s+)?(?:ra\s+)?(?:quyết định\s+)?(?:công nhận|chứng nhận|xếp hạng|phân hạng|phê duyệt"
                          r"|cấp giấy)")
# The words that end a headline's figure before the district it is about ("… đạt OCOP ở huyện Đông Hưng").
AT_THE_DISTRICT = r"(?<!\w)(?:ở|tại|của)\s*(?:(?:huyện|thị xã|thành phố|tp\.?|quận)\s*)?$"
# A quota of every year of a plan ("mỗi năm tỉnh phấn đấu có từ 25 đến 30 sản phẩm"): dated by the plan's horizon.
YEARLY = r"(?<!\w)(?:mỗi năm|hằng năm|hàng năm|bình quân mỗi năm|mỗi năm có)(?!\w)"
# The years the programme has run, told on a page with no date ("Qua 6 năm triển khai thực hiện chương trình OCOP đến
# nay, …"): the page is of the year that many years after the programme's start. Group 1: the number of years.
# ("Triển khai được 6 năm, chương trình …": the years run, written before them)
PROGRAMME_YEARS_RUN = (r"(?<!\w)(?:qua|sau|sau hơn|sau gần|gần|hơn|trải qua)\s+(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám)\s+năm"
                       r"\s+(?:triển khai|thực hiện)"
                       r"|(?<!\w)(?:triển khai|thực hiện)\s+(?:được\s+)?(?:hơn\s+|gần\s+)?(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám)"
                       r"\s+năm(?!\s+\d)"
                       # ("Hơn 2 năm qua, OCOP đã đi vào đời sống": the programme's years, counted back from the page)
                       # (at most eight: "10 năm qua" is the new-rural programme's decade)
                       r"|(?<!\w)(?:hơn|gần|sau|trong)\s+([1-8]|hai|ba|bốn|năm|sáu|bảy|tám)\s+năm\s+qua(?!\w)"
                       # ("Từ năm 2020, chương trình được triển khai xuống các xã. Ba năm qua, …": bare, the years since
                       # the start the sentence before names)
                       r"|(?<![\w,] )(?<!\w)([1-8]|hai|ba|bốn|sáu|bảy|tám)\s+năm\s+qua(?!\w)")
# "Năm qua, tỉnh có 58 sản phẩm OCOP mới" in a page of January: the year just ended (later in the year, the year
# running); "những năm qua", "5 năm qua" are the programme's years.
YEAR_JUST_PASSED = r"(?<!\d )(?<!những )(?<!các )(?<!mấy )(?<!nhiều )(?<!\w)năm (?:vừa )?qua(?!\w)"
# "Hai sản phẩm của tỉnh vừa được công nhận 5 sao": a round just held, of the year the page is written in, whatever
# older year the page names ("năm vừa qua" is the year just passed, above).
JUST_NOW = (r"(?<!\w)vừa\s+(?:(?:được|có|chính thức|mới)\s+)*(?:công nhận|chứng nhận|có thêm|trao|xếp hạng|phân hạng"
            r"|đánh giá|gắn|cấp|công bố|ban hành|phê duyệt|đạt)(?!\w)")
# "Chiều 17/7, Bộ … trao chứng nhận cho 12 chủ thể": a day with no year, of the page's year (the year before, when the
# day falls after the page's). Group 1 is the day, group 2 the month.
DAY_WITHOUT_YEAR = (r"(?<!\w)(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})"
                    r"(?!\s*[/.-]\s*\d)(?![\d,.]\d)")
# "Đến nay, 57 sản phẩm đã được UBND cấp huyện công nhận, xếp hạng 3 sao năm 2024" on a page of 2024: this year's
# recognitions so far, not the stock ("… trong năm 2019" on a later page is a stock's part, as of the page).
RECOGNISED_IN_THE_YEAR = (r"\s*(?:ocop\s*)?(?:đã\s+|đều\s+)?được\s(?=[^.;]{0,90}?(?:công nhận|xếp hạng|phân hạng|chứng nhận))"
                          r"(?:[^.;\d]|[345](?=\s*sao)){0,90}?\s(?:trong\s+)?năm\s+(?P<year>(?:19|20)\d{2})(?![\d/])")
# … or before it, the recognition's agent first: "Tính đến nay, UBND cấp huyện đã ra quyết định công nhận, xếp hạng 3
# sao năm 2024 cho 61 sản phẩm" (matched on the words before the count).
RECOGNISED_IN_THE_YEAR_BEFORE = (r"(?:công nhận|xếp hạng|phân hạng|chứng nhận)(?:[^.;\d]|[345](?=\s*sao)){0,60}?\s"
                                 r"(?:trong\s+)?năm\s+(?P<year>(?:19|20)\d{2})\s+cho\s*(?:tổng số\s*|tổng cộng\s*)?$")
# The words before the day a decision was signed, when the decision is cited ("… từng được cấp giấy chứng nhận tại
# Quyết định số 3073/QĐ-UBND ngày 31/12/2020"): that day dates the document, not a round the next sentences tell of.
# (its symbol may be left out: "Quyết định số 148 ngày 24-2-2023 của Thủ tướng")
DECISION_CITED_BEFORE = r"(?:quyết định|qđ)\s*(?:số\s*)?\d+(?:\s*/\s*[^\s,;.]+)?\s*(?:ngày|ký ngày)\s*$"
# A noun-first count whose own words name the round ("Tổng số sản phẩm được đề nghị công nhận 5 sao đợt này là 20"):
# the round's, whatever "tổng số" says.
# ("Số sản phẩm đạt tiêu chuẩn sao OCOP của Hải Phòng trong năm 2020 là 34": the products a named year rated)
ROUND_IN_OWN_WORDS = r"(?<!\w)(?:(?:đợt|kỳ|lần)\s+(?:đánh giá\s+|xét\s+)?này|trong năm (?:19|20)\d{2})(?!\w)"
# "Sơn La đặt mục tiêu trong thời gian tới sẽ công nhận thêm 80 sản phẩm": a plan of the near future, dated by its
# publication.
NEAR_FUTURE = r"(?<!\w)(?:(?:trong\s+)?thời gian (?:sắp\s+)?tới|sắp tới|tới đây)(?!\w)"
# "Năm nay tỉnh phấn đấu phát triển mới 31 sản phẩm": a plan for the year of publication, whatever years the
# paragraph names before it.
THIS_YEAR_PLAN = r"năm nay"

# ----------------------------------------------------------------------------------------------------------------
# places

PLACES: tuple[Rule, ...] = family(
    Rule("place.national", {"level": "national"},
         # "OCOP Việt Nam", "hàng Việt Nam": a site's or a brand's name, not the country's figures.
         r"(?<!\w)(?:cả nước|toàn quốc|trên toàn quốc|phạm vi cả nước|trên cả nước|cả nước ta"
         # "cả 63/63 tỉnh, thành phố": every province, the country
         r"|(?:cả|tất cả|toàn bộ)\s+(?:63/63|63|34/34|34)\s+tỉnh(?:,\s*thành(?:\s+phố)?)?"
         r"|(?<!ocop )(?<!hàng )việt nam|nước ta)(?!\w)",
         "Đến nay, cả nước có hơn 12.075 sản phẩm OCOP."),
    Rule("place.district", {"level": "district"},
         r"(?<!\w)(?:huyện|thị xã|quận|thành phố|tp\.|tp|tx\.|tx|h\.)\s*"
         # "Huyện vùng cao Tủa Chùa", "huyện biên giới Mường Khương": a word of the terrain before the name
         r"(?:(?:vùng cao|miền núi|biên giới|ven biển|đảo|vùng sâu|nghèo)\s+(?=[^\s\d]))?",
         "Năm 2023, huyện Hải Hậu có 45 sản phẩm OCOP."),
    # A name followed by its province in brackets is a place inside that province: "Phú Quốc (Kiên Giang) có 58
    # sản phẩm OCOP". Matched on the case-preserving text just before the province's name.
    Rule("place.district_in_brackets", {"level": "district"}, r"(?P<name>{CAP}(?:[ \t]+{CAP}){0,3})\s*\(\s*$",
         "Là điểm du lịch lớn, Phú Quốc (Kiên Giang) có 58 sản phẩm OCOP."),
    Rule("place.former", {"layout": "pre2025"},
         r"^\s*(?:\(\s*cũ\s*\)|cũ(?!\w)|\(\s*trước đây\s*\)|trước đây|trước sáp nhập|trước khi sáp nhập"
         r"|trước hợp nhất|trước khi hợp nhất|\(\s*trước sáp nhập\s*\))",
         "Tỉnh Cà Mau hiện có 250 sản phẩm OCOP; tỉnh Bạc Liêu (cũ) có 90 sản phẩm OCOP."),
    Rule("place.former_before", {"layout": "pre2025"},
         r"(?:khu vực|địa bàn|tỉnh|tp\.?|thành phố)?\s*(?:trước đây|trước sáp nhập|trước khi sáp nhập)\s*(?:của\s*)?$",
         "Khu vực trước sáp nhập của Đắk Nông có 96 sản phẩm OCOP."),
    # "Long An (cũ) … Tính đến tháng 7-2025, địa bàn này có 262 sản phẩm": the place the last sentences named (for
    # "tỉnh này", "thành phố này": the province they named; see PROVINCE_WORDS).
    Rule("place.this_place", {"place": "named just before"},
         r"(?<!\w)(?:địa bàn|địa phương|vùng đất|tỉnh|thành phố) (?:này|đó|nói trên)(?!\w)",
         "Long An (cũ) có nền nông nghiệp lâu đời. Tính đến tháng 7-2025, địa bàn này có 262 sản phẩm OCOP."),
    # "Thành phố đặt mục tiêu …", "Tỉnh phấn đấu …" opening a sentence of a national article: the province the last
    # sentences named (in a province's own article, its province).
    Rule("place.province_word_subject", {"place": "the province named just before"},
         # (after an opening phrase of time: "Từ nay đến cuối năm, thành phố đặt mục tiêu …")
         r"\s*(?:[^,.;\d]{0,40},\s*)?(?:tỉnh|thành phố)(?=\s+(?:đặt|phấn đấu|đã|hiện|có|đang|cũng|tiếp tục|sẽ|dự kiến"
         r"|xác định|hướng tới|đề ra|nhắm))",
         "Cả nước có hơn 12.000 sản phẩm OCOP; toàn quốc có 42 sản phẩm 5 sao. Cả nước có 8.000 chủ thể, toàn quốc có "
         "3.000 sản phẩm 4 sao. Riêng Hà Nội đã có 2.711 sản phẩm. Thành phố đặt mục tiêu đến năm 2025 có thêm 2.000 "
         "sản phẩm OCOP."),
    # "Tại Đồng Tháp, … Đến nay, 265 sản phẩm OCOP của tỉnh được công nhận …" in a region's or the country's page:
    # the province the last sentences named owns the count.
    # (on a province's page too, when the sentence before opens on another province, its subject: "Gia Lai thì mới
    # thực hiện Chương trình đến năm thứ hai. Đến nay, 45 sản phẩm của tỉnh đã được xếp hạng …" on a page about
    # Quảng Ninh and Gia Lai; the words that may stand before the province's name: `PROVINCE_OPENS_SENTENCE`)
    Rule("place.province_word_owner", {"place": "the province named just before"},
         r"\s*(?:ocop\s*)?của\s+(?:tỉnh|thành phố)(?=\s*(?:[,.;]|được|đã|đạt|đều|có|là|$))",
         "Cả nước có hơn 12.000 sản phẩm OCOP; toàn quốc có 42 sản phẩm 5 sao. Cả nước có 8.000 chủ thể, toàn quốc "
         "có 3.000 sản phẩm 4 sao. Tại Sơn La, chương trình được triển khai từ năm 2019. Đến nay, 245 sản phẩm của "
         "tỉnh được công nhận đạt 3 sao trở lên."),
    # On a district's page, the counts of a provincial decision ("Ngày 29/12, UBND tỉnh Đồng Tháp ban hành quyết định
    # công nhận … Theo đó, 40 sản phẩm của 13 chủ thể được xếp hạng 4 sao"), named with no place of their own, are
    # the province's; the district's share is named as such ("Trong danh sách, huyện Tháp Mười có 3 sản phẩm"). The
    # pattern: what opens a sentence going on with the decision before it.
    Rule("place.province_decided", {"scope": "province"},
         r"\s*(?:theo đó|theo quyết định(?: này| trên)?|cụ thể|quyết định (?:này|nêu rõ))\s*,?\s*",
         "Chợ Lách: thêm sản phẩm OCOP 4 sao\n\nNgày 29/12/2023, UBND tỉnh Bến Tre ban hành quyết định công nhận kết "
         "quả đánh giá, phân hạng sản phẩm OCOP 4 sao. Theo đó, 40 sản phẩm của 13 chủ thể được xếp hạng 4 sao. Trong "
         "danh sách, huyện Chợ Lách có 5 sản phẩm."),
    # The province's as the owner after the noun: "trong tổng số 276 sản phẩm OCOP hiện có của toàn tỉnh", "45
    # sản phẩm trên địa bàn tỉnh" (on a district's page, the province's figure).
    Rule("place.province_owner_after", {"scope": "province"},
         r"\s*(?:ocop\s*)?(?:(?:hiện có|hiện nay|còn hiệu lực)\s+)?(?:của|trên địa bàn|thuộc)\s+(?:toàn\s+|cả\s+)?"
         r"(?:tỉnh|thành phố)(?=\s*(?:[,.;:)]|–|-|được|đã|đạt|đều|có|là|hiện|$))",
         "Huyện Trấn Yên có nhiều sản phẩm OCOP. Trong tổng số 276 sản phẩm OCOP hiện có của toàn tỉnh, Trấn Yên "
         "chiếm 50 sản phẩm."),
    Rule("place.scope.province", {"scope": "province"},
         r"(?<!\w)(?:toàn tỉnh|cả tỉnh|tỉnh này|của tỉnh|trên địa bàn tỉnh|toàn thành phố|thành phố này|địa bàn tỉnh"
         # ("… 3 sao, 4 sao cấp tỉnh đã lên tới 83": the provincial level of a rating, no province)
         r"|(?<!cấp )tỉnh (?:đã|hiện|có|đạt|công nhận))(?!\s+[A-ZĐ])",
         "Toàn tỉnh hiện có 250 sản phẩm OCOP."),
    # A paragraph that opens with a district as its subject ("Nghi Xuân là nơi có nhiều sản phẩm nhất: Hội đồng
    # huyện chấm 7 sản phẩm. … Tất cả 7 sản phẩm đều đạt 3 sao."): its later figures with no place of their own are
    # that district's. The pattern: what may stand before the district at the paragraph's start.
    Rule("place.paragraph_district", {"place": "the district its paragraph opens with"},
         # (on a national or regional page, a province: "Tại Đồng Tháp, …", "Tỉnh Bến Tre …")
         r"\s*(?:(?:[•+*]|[-–])\s*)?(?:(?:ở|tại|riêng|còn|với|đối với|về phía)\s+)?"
         r"(?:(?:huyện|thị xã|quận|thành phố|tp\.?|tỉnh)\s*)?",
         "Hà Tĩnh có thêm sản phẩm OCOP.\nNghi Xuân là nơi có nhiều sản phẩm nhất trong đợt. Tất cả 7 sản phẩm của "
         "đợt đều đạt 3 sao."),
    # On a page about a district-level city of a province (Pleiku in Gia Lai, Vinh in Nghệ An), "thành phố" in a
    # province's scope words is that city (``places.is_a_city_below_a_province``).
    Rule("place.city_is_the_district", {"scope": "district"}, r"(?:thành phố|tp)(?!\w)",
         "Thành phố Pleiku có thêm sản phẩm OCOP\n\nĐến nay, toàn thành phố có 83 sản phẩm OCOP."),
    Rule("place.scope.district", {"scope": "district"},
         r"(?<!\w)(?:toàn huyện|cả huyện|huyện này|của huyện|trên địa bàn huyện|toàn thị xã|thị xã này|toàn quận"
         r"|địa phương này|đơn vị này|(?<!\w)(?<!cấp )(?:huyện|thị xã|quận) (?:đã |hiện |vừa |cũng |mới |nay )?"
         r"(?:có|đạt|được công nhận|công nhận))(?!\s+[A-ZĐ])",
         "Huyện Mỏ Cày Nam có thêm 5 sản phẩm OCOP. Đến nay, toàn huyện có 19 sản phẩm OCOP."),
    # A commune bearing a district's name, the page's subject: since the 2025 reform many communes took the name of
    # the district they replaced ("xã Mai Sơn", "xã Yên Châu"). A page naming one only with a commune's word, never
    # with a district's ("huyện Mai Sơn"), and naming it in its headline or lead, is about the commune: its bare name
    # is the commune, and a count no other place owns is the commune's, below every level we hold. Matched on the
    # key text just before the name ("hợp tác xã Cần Giờ Tương Lai", "thị xã …" are no communes).
    Rule("place.page_commune", {"scope": "commune"},
         r"(?<!thị )(?<!tác )(?<!\w)(?:xã|phường|đặc khu)\s+$",
         "Sau sắp xếp đơn vị hành chính, xã Giồng Trôm có vùng nguyên liệu rộng hơn. Đến nay, Giồng Trôm có 12 sản "
         "phẩm OCOP."),
    # A commune's or a craft village's figure (below the district): no level of ours holds it.
    Rule("place.scope.commune", {"scope": "commune"},
         r"(?<!\w)(?:(?:hiện|toàn|cả|trên địa bàn)\s+(?:xã|phường|thị trấn|làng|thôn)(?!\s+[A-ZĐ])"
         r"|(?:xã|phường|thị trấn|đặc khu) này"
         # "Trong năm 2025, xã tổ chức đánh giá …": the commune the page is about, as the clause's subject
         # (not the last of a list of unit types: "149 sản phẩm thuộc 53 xã, phường, thị trấn đã được đánh giá")
         r"|(?<=[,.;:] )(?<!xã, )(?<!phường, )(?:xã|phường|thị trấn|đặc khu)\s+(?:tổ chức|đã|hiện|được|vừa|có)(?!\w)"
         r"|của (?:xã|phường|thị trấn)|làng nghề\s+[^\d,;.]{0,30}?\s(?:có|với|đóng góp)|làng\s+[^\d,;.]{2,40}?\s"
         r"(?:có|với|đóng góp)"
         # "Tiêu biểu như xã Đường Lâm, nơi hiện có 8 sản phẩm …", "Điển hình là xã Đường Lâm, hiện có …": the
         # commune, then what it has
         r"|(?<!thị )(?<!tác )(?:xã|phường|thị trấn|làng)\s+(?!hội)[^\d,;.()]{2,30}?,\s*(?:nơi\s+)?(?:hiện\s+|đã\s+)?(?:có|sở hữu)"
         # A clause whose subject is a commune or ward: "Phường Hạ Long hiện có 25 sản phẩm OCOP".
         # ("Riêng xã Phù Lưu có 4 sản phẩm …", "Tại phường Tân An có …": after a word setting it apart)
         r"|(?:^|(?<=[.,;:\n] )|(?<=[.,;:\n]))(?:(?:riêng|còn|tại|ở|trong đó,?)\s+)?(?:xã|phường|thị trấn|đặc khu)\s+(?!hội)"
         r"[^\d,;.()]{2,30}?\s"
         # ("xã Yên Châu (tỉnh Sơn La) đã có 16 sản phẩm": the province in brackets only locates it)
         r"(?:\([^()\d]{2,30}\)\s*)?(?:hiện\s|đã\s|vừa\s)?(?:có|đạt)"
         # … or a run of them: "xã Tân Long góp nhiều nhất với 3 sản phẩm; thị trấn Phước Vĩnh, các xã Tam Lập,
         # Vĩnh Hòa mỗi nơi có 2 sản phẩm"
         r"|(?<=[.,;:] )(?:các\s+)?(?:xã|phường|thị trấn)\s+(?!hội)[^\d;.()]{2,80}?\s(?:góp|mỗi nơi|mỗi xã"
         r"|mỗi phường|cùng có|đều có|nhiều nhất|đứng đầu|dẫn đầu))"
         r"(?!\s+[A-ZĐ])",
         "Hiện phường có 9 sản phẩm OCOP, làng gốm Bát Tràng có 12 sản phẩm."),
    # The central council or the ministry recognising products: "Hội đồng OCOP Trung ương đã công bố 47 sản phẩm
    # mới đạt 5 sao" is the country's round, whatever province the article is about.
    Rule("place.scope.national_round", {"scope": "national"},
         # ("Hội đồng Trung ương năm 2024 quyết định công nhận 28 sản phẩm")
         r"{NATIONAL_ACTOR}\s*(?:năm\s*\d{4}\s*)?(?:đã\s*|vừa\s*|chính thức\s*|xét\s*)*(?:công bố|công nhận|phê duyệt"
         r"|xếp hạng|xếp"
         r"|quyết định công nhận)[^.;\d]{0,30}$"
         # … or handing over the certificates of its round: "Bộ … đã tổ chức trao giấy chứng nhận sản phẩm OCOP cấp quốc
         # gia đạt 5 sao cho 14 chủ thể", "… đã công bố quyết định và trao giấy chứng nhận cho 25 sản phẩm"
         r"|{NATIONAL_ACTOR}\s*(?:(?:đã|vừa|chính thức|tổ chức|công bố quyết định và)\s*)*(?:trao|cấp)(?: tặng)?"
         # (the level may open the figure: "… trao giấy chứng nhận OCOP 5 sao cho 22 sản phẩm")
         r"(?: giấy)? chứng nhận(?:[^.;\d]|\d\s*sao){0,80}?(?:\scho|\socop)\s*$",
         "Đợt 1 năm 2025, Hội đồng OCOP Trung ương đã công bố 47 sản phẩm mới đạt 5 sao."),
    # … or named after the count, as the agent of its rating: "… ghi nhận 47 sản phẩm lần đầu được Hội đồng OCOP Trung
    # ương xếp hạng 5 sao". Matched after the count's noun.
    Rule("place.national_actor_after", {"place": "national"},
         r"^\s*(?:ocop\s*)?(?:lần đầu\s+|mới\s+|vừa\s+)?(?:được|do)\s+{NATIONAL_ACTOR}\s*(?:đánh giá,?\s*)?"
         r"(?:công nhận|xếp hạng|phân hạng|công bố)",
         "Kết quả đợt 1 năm 2025 ghi nhận 47 sản phẩm lần đầu được Hội đồng OCOP Trung ương xếp hạng 5 sao."),
    # A 5-star count that a province's product is listed in: only the centre rates 5 stars, so its list is the country's
    # round, whichever province the page is about ("Mật ong bạc hà Quản Bạ có tên trong danh sách 19 sản phẩm đạt OCOP 5
    # sao", "… nằm trong số 26 sản phẩm vừa được công nhận 5 sao"). Matched before the count.
    Rule("place.the_centres_list", {"place": "national"},
         r"(?:có tên|nằm|góp mặt|lọt|được đưa)\s+(?:trong|vào)\s+(?:danh sách|số)\s*(?:các\s*|những\s*)?$"
         r"|(?<!\w)trong danh sách\s*(?:các\s*|những\s*)?$",
         "Mật ong bạc hà Quản Bạ của tỉnh Hà Giang có tên trong danh sách 19 sản phẩm đạt OCOP 5 sao năm 2023."),
    # (not a list someone owns: "danh sách 3 sản phẩm 5 sao của tỉnh", "… của Công ty Kim Bôi"; case-preserving text)
    # … or whose share for a province follows: "Hội đồng công nhận 12 sản phẩm đạt 5 sao, 3 trong số đó thuộc tỉnh Hà
    # Giang". Matched after the count's noun.
    Rule("place.the_centres_list_shared", {"place": "national"},
         r"^[^.;]{0,80}?,\s*(?:\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:sản phẩm\s+)?"
         r"trong số (?:đó|này|các sản phẩm này)\s+(?:là của|thuộc về|thuộc|của)\s+(?:tỉnh|thành phố)\s",
         "Hội đồng thống nhất công nhận 12 sản phẩm đạt 5 sao, 3 trong số đó thuộc tỉnh Hà Giang."),
    # The owner of a noun-first count named among its own words, right after "của / ở / tại": "Số sản phẩm OCOP của
    # huyện Châu Thành là 38" (not the authority of "… được UBND tỉnh Quảng Bình công nhận …", nor a place a description
    # names, "của tỉnh ven biển vùng Đồng bằng sông Cửu Long này"). Matched before the place's name; the country needs
    # no such word ("Số chủ thể OCOP toàn quốc hiện là hơn 5.600").
    Rule("place.in_own_words", {"place": "owner"},
         r"(?<!\w)(?:của|ở|tại)\s+(?:(?:toàn\s+)?(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận)\s*)?$",
         "Thị xã Long Mỹ có nhiều sản phẩm OCOP. Đến nay, số sản phẩm OCOP của huyện Châu Thành là 38."),
    # Provinces counted as the subject of a figure: "Đến nay, 51 tỉnh, thành phố đã công nhận tổng cộng 2.956 sản
    # phẩm": the country's figure, as far as those provinces go.
    Rule("place.scope.provinces_counted", {"scope": "national"},
         r"(?<![\d.,])\d{2}(?:/\d{2})?\s+tỉnh,\s*thành(?:\s+phố)?(?!\s+(?:trong|thuộc|của)\s+(?:vùng|khu vực))"
         r"[^.;\d]{0,90}$",
         "Đến nay, 51 tỉnh, thành phố đã tổ chức đánh giá, phân hạng và công nhận tổng cộng 2.956 sản phẩm OCOP."),
    # A lead or headline of a national round ("Bộ Nông nghiệp … phê duyệt kết quả … cấp Quốc gia") that names no
    # province: the article is the country's, and the provinces it names later are parts of the round.
    Rule("place.national_round", {"place": "national"},
         r"{NATIONAL_ACTOR}\s*(?:(?:đã|vừa|chính thức|ký|ra|ban hành|quyết định|xét)\s*)*(?:công bố|công nhận|phê duyệt"
         r"|xếp hạng)",
         "Thêm 6 sản phẩm đạt OCOP 5 sao\n\nBộ Nông nghiệp và Môi trường vừa phê duyệt kết quả đánh giá sản phẩm "
         "OCOP cấp quốc gia đợt 2 năm 2025.\n\nỞ đợt này, 6 sản phẩm của 4 chủ thể được công nhận 5 sao. Lâm Đồng "
         "có 4 sản phẩm, Sơn La 2 sản phẩm."),
    # The authority that recognised a count stated before it ("30 sản phẩm đã được UBND tỉnh Sơn La công nhận …, trong
    # đó 11 sản phẩm đạt 4 sao"): who decided, not whose the parts after it are (a province named after the sentence's
    # first number, before ``RECOGNISED_RIGHT_AFTER``).
    Rule("place.recognising_authority", {"skip": "the authority that recognised a count, not its place"},
         r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng[^.;\d]{0,40}?)\s*(?:cấp\s+)?(?:tỉnh|thành phố|tp\.?)?\s*$",
         "Huyện Mộc Châu có nhiều sản phẩm OCOP.\n\nHiện cả huyện có 30 sản phẩm đã được UBND tỉnh Sơn La công nhận là "
         "sản phẩm OCOP, trong đó 11 sản phẩm đạt 4 sao, 19 sản phẩm đạt 3 sao."),
    # A place contributing its count to another's programme ("Quang Bình đã đóng góp cho OCOP của Hà Giang 4 sản
    # phẩm"): the contributor, named before the verb, is the count's place; the one after "cho" only receives it.
    Rule("place.contributor", {"place": "the place named before the verb"},
         r"(?<!\w)(?:đóng góp|góp)\s+(?:cho|vào)\s+[^.;\d]{0,60}$",
         "Huyện Mèo Vạc đã đóng góp cho OCOP của Hà Giang 6 sản phẩm xếp hạng 3 sao."),
    Rule("place.scope.region", {"scope": "region"}, r"(?<!\w)(?:toàn vùng|cả vùng|toàn khu vực|cả khu vực|vùng này|khu vực này|toàn miền|trong vùng"
         r"|các tỉnh (?:trong|thuộc|của) (?:vùng|khu vực))(?!\s+[A-ZĐ])",
         "Toàn vùng có 2.500 sản phẩm OCOP."),
    Rule("place.list.each", {"list": "each"},
         r"(?:mỗi (?:huyện|địa phương|nơi|đơn vị|thị xã|thành phố|quận|tỉnh)|cùng có|đều có|cùng đạt"
         r"|(?<![,;] )(?<![,;])(?<!\w)cùng)"
         r"(?:\s+(?:có|đạt|được công nhận|với))?\s*$",
         "Sông Lô và Yên Lạc mỗi huyện có 9 sản phẩm OCOP."),
    # … or "mỗi huyện" before the places: "Mỗi huyện Na Hang, Chiêm Hóa đạt 9 sản phẩm" (matched before the figure, in
    # case-preserving text: the places are capitalised names).
    Rule("place.list.each_first", {"list": "each"},
         r"(?<!\w)[Mm]ỗi (?:huyện|địa phương|thị xã|quận|đơn vị|nơi)\s+(?P<names>{CAP}[^.;:\d]{2,80}?)\s*"
         r"(?:đều\s+|cùng\s+)?(?:có|đạt|với)?\s*$",
         "Đến nay tỉnh Tuyên Quang có 66 sản phẩm OCOP. Mỗi huyện Na Hang, Chiêm Hóa đạt 9 sản phẩm."),
    # … or "mỗi huyện" after the count: "Chợ Lách, Mỏ Cày Nam và Giồng Trôm dẫn đầu, với 13 sản phẩm mỗi huyện" (matched
    # right after the count's noun; the places are those the clause names before it).
    Rule("place.list.each_after", {"list": "each"},
         r"\s*(?:ocop\s*)?(?:(?:đạt|được công nhận|được chứng nhận|được xếp hạng)(?:\s+[345]\s*sao)?\s*)?"
         r"(?:(?:ở|tại|cho)\s+)?mỗi (?:huyện|địa phương|thị xã|quận|đơn vị|nơi)(?!\w)",
         "Năm 2023, Chợ Lách, Mỏ Cày Nam và Giồng Trôm là những huyện dẫn đầu, với 13 sản phẩm OCOP mỗi huyện."),
    Rule("place.list.respectively", {"list": "respectively"}, r"lần lượt(?:\s+(?:là|có|được|với|đạt))?",
         "Các huyện Đầm Dơi, Trần Văn Thời, U Minh lần lượt có 8, 6 và 5 sản phẩm 3 sao."),
    Rule("place.list.cue", {"list": "districts"},
         r"các huyện|các địa phương|các thị xã|các đơn vị|dẫn đầu là|đứng đầu là|tiếp theo là|tiếp đến là|kế đến là"
         r"|tiếp theo|kế đến|sau đó là|nhiều nhất là|nhiều nhất|ít nhất là|còn lại là|tiếp đến"
         r"|(?:theo|về|xét theo|phân theo) (?:địa bàn|địa phương)"
         # ("Thị xã Sa Pa, huyện Bát Xát mỗi địa phương có 40 sản phẩm": the places named before share the count)
         r"|mỗi (?:huyện|địa phương|thị xã|quận|đơn vị|nơi)(?=\s+(?:có|đạt|với|\d))",
         "Dẫn đầu là huyện Lập Thạch với 22 sản phẩm, tiếp theo là Tam Dương 17 sản phẩm."),
    Rule("place.frame", {"skip": "a comparison frame, not the place of the figure"},
         r"(?:dẫn đầu|đứng đầu|nhất|thứ\s*(?:\d+|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|so với"
         r"|tỉnh,?\s*thành(?:\s*phố)?\s*trong|tỉnh\s*(?:trong|vùng|khu vực)"
         # "tỉnh ven biển thuộc vùng Đồng bằng sông Cửu Long này có 393 sản phẩm": the province, described
         r"|của|trong|thuộc(?:\s+(?:vùng|khu vực|miền))?)\s*$",
         "Năm 2021, An Giang dẫn đầu ĐBSCL với 99 sản phẩm OCOP."),
    # A place a rank is compared with ("ĐBSCL đứng thứ 2 cả nước, chỉ sau vùng Đồng bằng sông Hồng, với hơn 3.900 sản
    # phẩm", "nhiều hơn Thanh Hóa"): the count is the subject's, whatever level the place compared with is.
    Rule("place.compared", {"skip": "a place a rank or a count is compared with, not the place of the figure"},
         r"(?<!\w)(?:(?:chỉ|đứng|xếp|xếp hạng)\s+)*(?:sau|trước)\s*(?:vùng|khu vực|miền|tỉnh|thành phố|tp\.?)?\s*$"
         r"|(?<!\w)(?:nhiều|cao|ít|thấp|đông)\s+hơn\s*(?:vùng|khu vực|miền|tỉnh|thành phố|tp\.?)?\s*$",
         "Năm 2025, Đồng Tháp đứng thứ hai cả nước, chỉ sau Hà Nội, với 860 sản phẩm OCOP."),
    # The province a district ranks within ("huyện Nga Sơn là địa phương có nhiều sản phẩm OCOP nhất tỉnh Thanh Hóa:
    # … toàn huyện có 15 sản phẩm"): the district named before it owns the figure. Matched before the province.
    Rule("place.superlative_scope", {"skip": "the province a district ranks within, not the figure's place"},
         r"(?<!\w)(?:nhất|dẫn đầu|đứng đầu|đứng thứ\s*(?:\d+|hai|ba|tư|năm))\s*(?:của\s+|trong\s+|toàn\s+|cả\s+)?"
         r"(?:tỉnh|thành phố|tp\.?)?\s*$",
         "Huyện Nga Sơn là địa phương có nhiều sản phẩm OCOP nhất tỉnh Thanh Hóa: đến tháng 10/2021, toàn huyện có 15 "
         "sản phẩm OCOP."),
    # The district the page speaks of, owning a count's noun without its name: "UBND tỉnh Sơn La đã công nhận 30 sản
    # phẩm OCOP của huyện". Matched after the noun.
    Rule("place.bare_district_owner", {"place": "the district spoken of"},
         r"^\s*(?:ocop\s*)?của\s+(?:huyện|thị xã|quận)(?:\s+(?:này|nhà))?(?=\s*(?:[,.;:)]|$|được|đã|đạt|và|với|là|đều"
         r"|hiện|gồm|trong))",
         "Huyện Mộc Châu phát triển OCOP\n\nĐến nay UBND tỉnh Sơn La đã công nhận 30 sản phẩm OCOP của huyện."),
    # … and in the words of a count named before its number: "nâng tổng số sản phẩm OCOP của huyện lên 9".
    Rule("place.bare_district_owner_named_first", {"place": "the district spoken of"},
         r"của\s+(?:huyện|thị xã|quận)(?:\s+(?:này|nhà))?\s*(?:hiện\s+)?(?:đã\s+)?(?:lên|là|đạt|tăng lên|có)?\s*(?:{QUAL}\s*)?$",
         "Huyện Tiên Phước phát triển OCOP\n\nNăm 2019, tỉnh công nhận 4 sản phẩm của huyện đạt 3 sao, nâng tổng số "
         "sản phẩm OCOP của huyện lên 9."),
    # A place inside an aside closed before the figure, when a place stands before the aside: "Riêng vùng ĐBSCL, …
    # vượt mốc 2.000 (tương đương 18,8% tổng số sản phẩm OCOP cả nước), với 922 chủ thể" (the pattern: what lies
    # after the place closes a bracket opened before it).
    Rule("place.in_an_aside", {"skip": "a place named in an aside, not the place of the figure"},
         r"[^()]*\)",
         "Riêng vùng ĐBSCL, số sản phẩm đạt 3 sao trở lên đã vượt mốc 2.000 (tương đương 18,8% tổng số sản phẩm OCOP "
         "cả nước), với 922 chủ thể OCOP."),
    # … but the owner of a count's noun is its place: "tổng số sản phẩm OCOP của cả nước (khoảng 17.000 sản phẩm)".
    Rule("place.noun_owner", {"place": "the country or region owning the noun before it"},
         # ("số sản phẩm OCOP 5 sao cấp quốc gia của cả nước": the noun with its level between)
         r"(?:sản phẩm|chủ thể)(?:\s+ocop)?(?:\s+(?:hạng\s+|đạt\s+)?(?:từ\s+)?[345]\s*sao(?:\s+trở lên)?)?"
         r"(?:\s+cấp (?:quốc gia|tỉnh|trung ương))?(?:\s+ocop)?\s+của$",
         "Con số này còn khiêm tốn so với tổng số sản phẩm OCOP của cả nước (khoảng 17.000 sản phẩm)."),
    Rule("place.merged_from", {"skip": "a predecessor named in a merger, not the place of the figure"},
         # ("sau sáp nhập", after the merger, names no predecessor)
         r"(?<!trước )(?<!trước khi )(?<!sau )(?<!sau khi )(?:hình thành từ|hợp nhất từ|hợp nhất|sáp nhập từ|sáp nhập"
         r"|trên cơ sở hợp nhất"
         r"|từ việc hợp nhất|gồm các tỉnh|từ ba tỉnh|từ hai tỉnh)[^.;]{0,60}$"
         # "Tuyên Quang mới (sau sáp nhập với Hà Giang)": the partner of a merger, even after it
         r"|(?:sáp nhập|hợp nhất) với[^.;]{0,60}$",
         "Lâm Đồng mới, được hình thành từ Lâm Đồng, Đắk Nông và Bình Thuận, hiện có hơn 600 sản phẩm OCOP."),
    Rule("place.owner_after", {"place": "owner"},
         # ("cả bốn sản phẩm mà huyện Tam Đường đưa đi dự kỳ đánh giá": the products the district sent)
         r"^\s*(?:ocop\s*)?(?:của|tại|ở|thuộc|mà)\s+(?:(?:tỉnh|thành phố|tp\.?|huyện|thị xã)\s*)?$",
         "Hiện có 184 sản phẩm OCOP của tỉnh Trà Vinh còn hiệu lực."),
    # The country's words right after the count's noun, perhaps past an aside: "7.463 sản phẩm OCOP (Chương trình Mỗi xã
    # một sản phẩm) trên cả nước đã được đánh giá" (the national mention holds its own "trên").
    Rule("place.national_after", {"place": "national"}, r"^\s*(?:ocop\s*)?(?:\([^()]{0,80}\)\s*)?$",
         "Tính đến tháng 5/2022, 7.463 sản phẩm OCOP trên cả nước đã được đánh giá, phân hạng từ 3 sao trở lên."),
    # A sentence opening with the figure and then its subject: "Với 8.500 sản phẩm OCOP, cả nước đã vượt mục tiêu".
    Rule("place.subject_after", {"place": "the subject after the figure that opens the sentence"},
         # ("Với 36 sản phẩm được công nhận đạt chuẩn OCOP, huyện Xuân Lộc thuộc tốp đầu …": the count's own words
         # before the comma)
         r"^\s*(?:ocop\s*)?(?:(?:được|đã được|đã|đều)\s+[^,.;:\d]{0,50})?,\s*(?:(?:tỉnh|thành phố|tp\.?|huyện|thị xã)\s*)?$",
         "Tỉnh Thanh Hóa có 450 sản phẩm OCOP. Với 8.500 sản phẩm OCOP, cả nước đã vượt mục tiêu đề ra."),
    Rule("place.venue", {"skip": "the venue of an event, not the place of the figure"},
         # ("được giới thiệu tại TP. Tuy Hòa": where products were shown)
         r"(?:tổ chức|diễn ra|khai mạc|hội nghị|hội thảo|hội chợ|tuần lễ|lễ hội|festival|diễn đàn|phiên chợ|họp"
         r"|giới thiệu|trưng bày|quảng bá|triển lãm)"
         r"[^.;]{0,40}(?:tại|ở)\s*(?:tỉnh\s*|thành phố\s*|tp\.?\s*)?$",
         "Hội nghị tổ chức tại Cần Thơ; tỉnh Hậu Giang có 132 sản phẩm OCOP."),
    # A newspaper's or portal's name ("BÁO TUYÊN QUANG ĐIỆN TỬ", "Theo Báo Lào Cai"): the outlet, not the place of a
    # figure; a masthead weighs as one mention of its province, never as a headline.
    Rule("place.outlet", {"skip": "a newspaper's or a portal's name, not the place of the figure"},
         r"(?<!\w)(?<!thông )(?:báo|báo điện tử|đài phát thanh và truyền hình|đài truyền hình|đài ptth|cổng thông tin"
         r"(?: điện tử)?|tạp chí)\s*$",
         "Theo Báo Lào Cai, đến nay cả nước có 12.000 sản phẩm OCOP."),
)
# Words that, capitalised at the start of a list item, are not a district's name.
# Words a name after "huyện", "thị xã", "thành phố" … cannot start with: function words only ("huyện Trà Cú",
# "huyện Đại Lộc", "thành phố Hội An" are districts; the longer list below guards bare names).
NOT_NAMES_AFTER_PREFIX = (
    "trong", "trong đó", "riêng", "ở", "tổng", "toàn", "theo", "về", "năm", "đến", "sau", "các", "những", "số",
    "với", "hiện", "đợt", "tại", "và", "hay", "hoặc", "mỗi", "ngày", "tháng", "ubnd", "ocop", "này", "đó", "nhưng",
)
# A district named bare, without "huyện" ("Hải Hậu có 102 sản phẩm"), from the list of its province's districts: only
# at the start of a clause or after one of these words; after any other word it is part of a longer name ("gạo Hải
# Hậu", "HTX Nông nghiệp Giao Thủy", "miến dong Hạ Hòa").
BEFORE_A_BARE_DISTRICT = (
    "tại", "ở", "của", "và", "với", "như", "là", "cho", "đến", "tới", "từ", "thuộc", "gồm", "có", "riêng", "cùng",
    "về", "trong", "theo", "sau", "hay", "hoặc", "còn", "nay", "đó", "này", "nhất", "đầu", "khi", "bên", "ngoài",
    "trên", "phía", "cả", "mà", "thì", "lẫn", "giữa", "quê",
)
# A person's title before "UBND huyện": the name after it is the official's ("Phó Chủ tịch UBND huyện Nguyễn Minh
# Vương"), not a district's.
# ("Chủ tịch Hội Nông dân huyện Trương Hùng Cường": the head of an association of the district)
OFFICIAL_BEFORE = (r"(?:chủ tịch|bí thư|giám đốc|trưởng phòng|trưởng ban|phó trưởng ban|chánh văn phòng)\s+"
                   r"(?:ubnd|hđnd|huyện ủy|huyện uỷ|thị ủy|thành ủy"
                   r"|(?:hội|mặt trận|huyện đoàn|liên minh|phòng|trung tâm)(?:\s+[^\s\d,.;:]+){0,4})?\s*$")
NOT_DISTRICT_NAMES = (
    "trong", "trong đó", "riêng", "ở", "tổng", "toàn", "tỉnh", "huyện", "ngoài", "còn", "cụ", "cụ thể", "theo", "về",
    "năm", "đến", "sau", "các", "những", "số", "nhiều", "một", "bốn", "với", "hiện", "đợt", "kết", "qua", "ngày",
    "tháng", "tại", "đặc", "sản", "phẩm", "hội", "ubnd", "sở", "ocop", "htx", "hợp", "công", "doanh", "nhóm", "thành",
    "thị", "xã", "phường", "ương", "bộ", "cả", "nước", "vùng", "miền", "khu", "vực", "ông", "bà", "anh", "chị", "nhờ",
    "bên", "nhưng", "như", "và", "hay", "hoặc", "mỗi", "mới", "lũy", "tính", "trà", "chè", "gạo", "mật", "rượu",
    "bánh", "tiếp", "kế", "dẫn", "đứng", "sáng", "chiều", "tối", "đây", "này", "đó", "tế", "nghiệp", "thôn",
    "trình", "ban", "phòng", "điều", "phối", "ủy", "chủ", "giám", "phó", "trưởng", "diện", "người", "nguồn",
    "ảnh", "bài", "tin", "xem", "đọc",
)
# A district list item: a capitalised name (one to four words) just before its figure.
# "Yên Sơn là huyện đứng đầu với 15 sản phẩm": the name, then what it is among the others.
DISTRICT_ITEM = (r"(?:^|[,;:]\s*|\s(?:và|với|là|tiếp đến|kế đến|tiếp theo|sau đó là)\s+|\(\s*)(?P<name>{CAP}(?:\s+{CAP}){0,3})"
                 r"\s*(?:là\s+(?:huyện|thị xã|địa phương|đơn vị)[^,;:\d]{0,30}?\s(?:với|có)|có|với|:|đạt|\(|-|–)?\s*$")
# A lead speaking of several districts at once ("Hội đồng của ba huyện A, B và C"): the article is the province's.
# ("năm thứ 4 huyện làm chương trình": the district's fourth year, no districts)
# Places named together before a count ("Chợ Lách, Mỏ Cày Nam và Giồng Trôm …"): a count "mỗi huyện" after it is
# each one's (``place.list.each_after``), matched on the case-preserving text.
NAMES_JOINED = r"{CAP}(?:[ \t]+{CAP})*(?:\s*,\s*{CAP}(?:[ \t]+{CAP})*)*\s+và\s+{CAP}"
SEVERAL_DISTRICTS = (r"(?<!\w)(?<!thứ )(?:các|hai|ba|bốn|năm|sáu|\d+)\s+(?:huyện|quận|thị xã|địa phương)"
                     r"(?:\s*,\s*(?:thị xã|thành phố|quận))*(?!\w)")
# A commune or ward with its province in brackets ("Phường Hạ Long (tỉnh Quảng Ninh) có 25 sản phẩm"): the
# figure is the commune's, never the province's. Matched on the case-preserving text before the province's name.
# ("Phường Sa Đéc, tỉnh Đồng Tháp hiện có 35 sản phẩm": the province after a comma, its word written)
COMMUNE_BEFORE_BRACKET = (r"(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu)\s+{CAP}(?:\s+{CAP}){0,3}\s*(?:\(\s*"
                          r"(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)?|,\s*(?:[Tt]ỉnh|[Tt]hành phố|TP\.?))\s*$")
# A sentence opening before the 2025 merger: the provinces it names are the former ones.
FORMER_SENTENCE = r"\s*(?:trước|trước khi|vào thời điểm trước khi|thời điểm trước)\s+(?:sáp nhập|hợp nhất)"
# Words of "tỉnh này" that only a province can be.
PROVINCE_WORDS = ("tỉnh", "thành phố")
# The province itself as a clause's subject ("Tỉnh đặt mục tiêu …", "toàn tỉnh"): no district's figure.
PROVINCE_AS_SUBJECT = r"(?<!\w)(?<!cấp )(?<!huyện, )tỉnh(?!\w)"
# What makes "thành phố X" / "TP X" the province itself (a centrally-run city) rather than a district.
CITY_PREFIX = r"thành phố|tp"
# The gazetteer's kind of a city, provincial (Đà Nẵng) or district-level (Pleiku): ``reference/*.csv``, column kind.
CITY_KIND = "thành phố"

# ----------------------------------------------------------------------------------------------------------------
# tables flattened to text ("Địa phương | Số sản phẩm 4 sao", then "Thanh Oai | 15"): what a header cell says

TABLE_COLUMNS: tuple[Rule, ...] = family(
    Rule("table.total_row", {"row": "total"}, r"^\s*(?:tổng|tổng cộng|cộng|toàn tỉnh|toàn thành phố|tổng số)\s*$",
         "Địa phương | Công nhận mới\nTP Yên Bái | 17\nTổng | 43"),
    # A row whose label is a star level counts that level of the article's place, not a district named "3 sao".
    Rule("table.star_row", {"row": "stars"}, r"^\s*(?:hạng\s*)?[345]\s*sao(?!\w)",
         "Quyết định khen thưởng các sản phẩm OCOP năm 2024:\nHạng sao | Số sản phẩm\n3 sao | 103\n"
         "4 sao (công nhận lần đầu) | 25"),
    # A first column numbering the rows ("STT", "TT"): the place or group is named in the column after it.
    Rule("table.row_number", {"column": "skip"}, r"^\s*(?:stt|tt|số tt|số thứ tự|thứ tự|số|#)\s*\.?\s*$",
         "Kết quả năm 2023 theo địa phương:\nSTT | Huyện | Số sản phẩm\n1 | Quỳnh Lưu | 15\n2 | Diễn Châu | 10"),
    Rule("table.place", {"column": "place"},
         r"^(?:stt\s*)?(?:địa phương|địa bàn|đơn vị|huyện|quận|thị xã|thành phố|tỉnh|tỉnh, thành|xã|khu vực|vùng)",
         "Địa phương | Số sản phẩm 4 sao\nThanh Oai | 15"),
    # A first column of producer types ("Loại hình chủ thể | Số lượng", then "Doanh nghiệp | 49"): each row counts the
    # producers of one type, of the place the sentence before speaks of. Read before "table.group", whose "loại hình"
    # it shares; "Loại hình" alone is one when another cell of the header names producers ("Loại hình | Số chủ thể").
    Rule("table.producer_type", {"column": "type"},
         r"^(?:stt\s*)?(?:loại hình chủ thể|loại chủ thể|loại hình tổ chức|chủ thể)(?!\w)",
         "Đồng Nai có 165 chủ thể OCOP:\nLoại hình chủ thể | Số lượng\nDoanh nghiệp | 49\nHợp tác xã | 29"),
    # A first column of product groups ("Nhóm sản phẩm | Số sản phẩm"): its rows count groups of a list, no place's.
    Rule("table.group", {"column": "group"},
         r"^(?:stt\s*)?(?:nhóm|ngành hàng|ngành|phân nhóm|loại sản phẩm|loại hình)(?!\w)",
         "Từ danh sách đó, 30 sản phẩm được xếp vào 5 nhóm:\nNhóm sản phẩm | Số sản phẩm\nThực phẩm | 18\nĐồ uống | 2"),
    Rule("table.skip", {"column": "skip"},
         r"đánh giá lại|công nhận lại|cấp lại|hết hạn|tỷ lệ|%|điểm|xếp thứ|thứ hạng|stt|kinh phí|triệu|tỷ",
         "Địa phương | Công nhận mới | Đánh giá lại\nThanh Oai | 15 | 4"),
    Rule("table.new", {"kind": "new"}, r"công nhận mới|(?<!\w)mới(?!\w)|lần đầu|trong năm|năm nay|đợt",
         "Địa phương | Công nhận mới | Đánh giá lại\nThanh Oai | 15 | 4"),
    Rule("table.total", {"kind": "cumulative"}, r"tổng|lũy kế|luỹ kế|đến nay|hiện có",
         "Huyện | Lũy kế sản phẩm OCOP\nMộc Châu | 41"),
    Rule("table.subjects", {"metric": "subjects"}, r"chủ thể",
         "Huyện | Số chủ thể OCOP\nMộc Châu | 21"),
)

# "Loại hình" opening a header whose other cells name producers ("Loại hình | Số chủ thể"): a column of producer types
# ("table.producer_type"); there, a column that names no products ("Số lượng") counts producers.
TYPE_COLUMN_WORD = r"^(?:stt\s*)?loại hình(?!\w)"
PRODUCTS_COLUMN_WORD = r"(?<!\w)(?:sản phẩm|sp)(?!\w)"
# A row of a table without a header whose cells say what they count ("Huyện Văn Yên | 51 sản phẩm"): read as a
# sentence.
TABLE_CELL_COUNT = r"^\s*(?:{QUAL}\s*)?\d[\d.,]*\s*(?:sản phẩm|sp|chủ thể)(?!\w)"

# ----------------------------------------------------------------------------------------------------------------
# connectives: the words the engine reads a sentence's structure from

# A bracket or a colon right after a count's noun explains that count: "vượt chỉ tiêu 118 sản phẩm (mỗi năm 400 sản
# phẩm)" is about the 118, however the bracket reads.
OPENS_AN_ASIDE = r"\s*(?:ocop\s*)?[(:]"
# Between a total and its parts: "120 sản phẩm, trong đó 90 sản phẩm 3 sao", "(3 sao: 600 …)".
BREAKDOWN_CUE = (r"(?<!\w)(?:trong đó|trong có|trong số (?:này|đó)|trong số|gồm|bao gồm|cụ thể|riêng|còn lại|chiếm)(?!\w)"
                 # (a level drawn as stars, "đạt hạng 4 sao (****)", opens no breakdown; nor a bracket closed on words
                 # alone, a place's or a producer's name: "7 chủ thể ở huyện Đồng Hỷ (Thái Nguyên) có 8 sản phẩm")
                 r"|\((?!\s*\*+\s*\))(?![^()\d]*\))|:")
# A sentence breaking down the figure of the sentence before: "Con số này bao gồm …", "Các sản phẩm này thuộc …".
REFERS_BACK = (r"(?<!\w)(?:trong đó|trong số (?:này|đó)|bao gồm|gồm|cụ thể|con số (?:này|trên|đó)"
               r"|(?:các |những )?(?:số )?(?:sản phẩm|chủ thể)(?: ocop)?(?: mới)?(?: được công nhận)? (?:này|trên|đó"
               r"|nói trên|kể trên))(?!\w)"
               # "Các sản phẩm được công nhận thuộc về 11 chủ thể": the products just counted, and who owns them
               r"|(?<!\w)(?:các|những) sản phẩm(?: ocop)?(?: (?:được|đã được) (?:công nhận|xếp hạng|phân hạng|chứng nhận))?"
               r"\s+(?:thuộc(?: về)?|của|do)\s*$")
# A sentence opening with a total stated before: "Trong 309 sản phẩm còn hiệu lực, …".
# Products a plan speaks of that are already recognised ("kế hoạch yêu cầu củng cố 44 sản phẩm OCOP đã được chứng
# nhận qua ba năm 2019–2021"): a stock, not a target. Read right after the count's noun.
# ("11 sản phẩm của Quan Sơn đã được chứng nhận OCOP 3 sao": whose they are may stand between)
OWNER_BETWEEN = r"(?:(?:của|thuộc)\s+(?:[^\s,.;:\d]+\s+){1,4}?)?"
ALREADY_RECOGNISED_AFTER = (r"\s*(?:ocop\s*)?" + OWNER_BETWEEN + r"(?:hiện\s*)?đã\s*(?:được\s*)?"
                            r"(?:(?:ubnd\s+)?(?:tỉnh|huyện|thành phố)(?:\s+[^\s,.;\d]+){0,3}?\s+)?"
                            r"(?:công nhận|chứng nhận|cấp giấy chứng nhận|đạt)")
# Products that hold their rating now, said right after them ("Ba sản phẩm của huyện Krông Bông hiện đã đạt chuẩn OCOP
# hạng 3 sao và 4 sao"): "hiện" before the perfect makes it what the place has, whatever round the sentence before told.
HELD_NOW_AFTER = (r"\s*(?:ocop\s*)?" + OWNER_BETWEEN + r"hiện\s+(?:nay\s+)?đã\s*(?:được\s*)?"
                  r"(?:công nhận|chứng nhận|đạt chuẩn|đạt|xếp hạng)")
# "Đứng sau 68 sản phẩm là 46 chủ thể": the producers of the products stated before.
IN_TOTAL = (r"^\s*(?:trong|trong số|trong tổng số|với|ở|cơ cấu|cơ cấu của|cơ cấu trong|phân bổ|chi tiết|đứng sau"
            r"|đằng sau|làm ra|chủ nhân của)\s*$")
# A part that says so after its noun: "… có 93 sản phẩm OCOP; 59 sản phẩm trong số đó đạt 4 sao".
PART_OF_AFTER = r"\s*(?:ocop\s*)?trong số (?:đó|này|trên)(?!\w)"
# … or it opens the sentence and its parts follow: "Cụ thể, 92 sản phẩm hiện có gồm 58 sản phẩm 4 sao, …".
RESTATED_OPENING = r"^\s*(?:(?:cụ thể|chi tiết|theo đó|trong đó)\s*,?)?\s*$"
BROKEN_DOWN_AFTER = r"\s*(?:ocop\s*)?(?:hiện có|hiện nay|nói trên|này|trên)?\s*(?:gồm|bao gồm|gồm có)\s+(?=\d)"
# … or it says after its noun that it was named before, whatever opens the sentence: "Xét theo chủ thể, 28 sản phẩm
# nói trên thuộc 25 chủ thể trong tỉnh".
NAMED_AGAIN_AFTER = r"\s*(?:ocop\s*)?(?:nói trên|kể trên|vừa kể|vừa nêu)(?!\w)"
# Between a count of products and the count of their producers: "15 sản phẩm của 7 chủ thể".
_OWNED_BY = (r"(?:cấp tỉnh\s*|cấp thành phố\s*)?(?:năm\s*(?:19|20)\d\d\s*)?"
             # "518 sản phẩm được phân hạng thuộc về 191 chủ thể"
             r"(?:(?:đã\s+)?(?:được\s+)?(?:công nhận|phân hạng|xếp hạng|chứng nhận)\s+)?(?:của|thuộc(?:\s+về)?)"
             r"(?:\s+(?:các|tổng số))?\s*$")
# ("11 sản phẩm (của 11 chủ thể) đạt hạng 4 sao": the producers in a bracket)
# ("Mười một sản phẩm này thuộc 05 chủ thể và …": the products named again, then their producers)
# ("32 sản phẩm còn lại, do 28 đơn vị sản xuất, đạt hạng 3 sao": the rest, and who makes them)
OWNED_BY = (r"^\s*(?:mới\s*)?(?:ocop\s*)?(?:(?:này|nói trên|kể trên|trên|còn lại)\s*)?(?:\(\s*)?"
            r"(?:,?\s*do\s*$|(?:,\s*)?" + _OWNED_BY + ")")
# … with the products' level between ("công nhận lại 16 sản phẩm OCOP 3 sao của 11 chủ thể"): their producers too.
OWNED_BY_RATED = r"^\s*(?:mới\s*)?(?:ocop\s*)?(?:(?:đạt\s*)?(?:hạng\s*)?[345]\s*sao\s*)?" + _OWNED_BY
# … the same words ending a longer stretch after the products: "80 sản phẩm có tiềm năng, của 31 chủ thể".
OWNER_LAST = r"(?<!\w)(?:của|thuộc|do)(?:\s+(?:các|tổng số))?\s*$"
# Producers named first, then the products they hold or bring ("27 chủ thể … đang sở hữu tổng cộng 64 sản phẩm có tiềm
# năng", "38 chủ thể mang đến hơn 120 sản phẩm bày bán"): matched on the words between the two counts; the producers
# share what the products' own words make them (potential products, a fair's goods).
OWNER_FIRST = (r"^\s*(?:ocop\s*)?[^.;\d]{0,60}?(?<!\w)(?:đang\s+|hiện\s+|đã\s+)?(?:sở hữu|có|mang(?:\s+(?:đến|tới|theo))?"
               r"|đưa(?:\s+(?:đến|tới))?)(?:\s+(?:tổng cộng|tổng số|tất cả))?\s*$")
# A number of kinds of goods or of places in that stretch, no count of ours ("178 sản phẩm tiềm năng thuộc 62 loại mặt
# hàng, do 131 chủ thể sản xuất").
KINDS_OR_PLACES_COUNTED = (r"(?<![\d.,])\d+\s+(?:loại|nhóm|ngành|mặt hàng|lĩnh vực|xã|phường|thị trấn|huyện|địa phương"
                           r"|làng)(?!\w)")
# … and with places instead of producers: "104 sản phẩm của 20 quận, huyện đạt 4 sao".
# … or with the places named: "9 sản phẩm của các xã Tân Lập, Chiềng Sơn và Đông Sang đạt 3 sao".
OWNED_BY_PLACES = (r"^\s*(?:ocop\s*)?(?:của|thuộc|ở|tại)\s+(?:các\s+)?(?:\d[\d.]*\s+[^\d;]{1,40}?"
                   r"|(?:xã|phường|thị trấn|huyện|thị xã|quận|làng|thành phố)\s+[^\d;.]{1,90}?)(?=đều|đạt|được|xếp|là"
                   r"|hạng|đáp ứng|$)")
# A sentence that opens with a count the sentences before stated, and goes on to name its items: "Chín sản phẩm
# gồm: dầu đậu phộng …, bánh canh …". The figure is said again, not a new one.
NAMED_AGAIN: tuple[Rule, ...] = family(
    Rule("skip.named_again", {"skip": "a figure stated before, named again to list its items"},
         r"\s*(?:ocop\s*)?(?:[^\d,;.:]{0,30}?\s)?(?:(?:gồm|bao gồm|gồm có|là|sau)\s*:|(?:gồm|bao gồm|gồm có)\s+(?!\d))"
         # "Bảy sản phẩm vừa được gắn sao trải đều ở nhiều xã, thị trấn: giò lụa …": what they are, then the list
         r"|\s*(?:ocop\s*)?(?:vừa|mới|đã|được|nói trên|này|kể trên)[^\d;.:]{0,60}:",
         "Năm 2022 huyện Tây Sơn có 7 sản phẩm được xếp hạng OCOP 3 sao. Bảy sản phẩm gồm: rượu Bàu Đá, tré chua và "
         "bánh tráng nước dừa."),
)
# How close to the start of its sentence such a count stands ("Cả 9 sản phẩm gồm:"), past a connective that opens it
# ("Cụ thể, 13 sản phẩm được chứng nhận là: …").
NAMED_AGAIN_OPENING = 6
NAMED_AGAIN_CONNECTIVE = r"\s*(?:cụ thể|theo đó|trong đó)\s*,?\s*(?:cả|toàn bộ|tất cả)?\s*"
# A place that is the subject of its count ("Bắc Kạn góp 3 sản phẩm, đều của Công ty X", "TP Tam Kỳ có 2 sản phẩm,
# đều của HTX Y"): the place's products, whoever makes them (no "one producer's products" skip then).
PLACE_HOLDS_COUNT = r"\s*(?:(?:đã|hiện|cũng|chỉ|thì)\s+)*(?:có|góp|đóng góp|với|sở hữu)\s*(?:thêm\s*)?$"
# After a sentence of entries or of an activity on products, counts each named right after a district ("Quận Cẩm Lệ
# có 8 sản phẩm", "TP Phan Rang – Tháp Chàm với 30 sản phẩm"), or listed with their names ("Ninh Phước 16"), list
# those entries place by place. The pattern: the words between the district and its count.
ENTRIES_LISTS: tuple[Rule, ...] = family(
    Rule("skip.entries_list", {"skip": "entries listed place by place after the entries"}, r"[^\d;.]{0,25}$",
         "Hội đồng thành phố chấm điểm cho 20 sản phẩm của các quận. Quận Hải Châu có 6 sản phẩm, gồm trà thảo mộc "
         "và bánh khô của cơ sở Minh An."),
)
# "có", "còn", "với" right before a figure make it a state ("có 120 sản phẩm được công nhận"), not an event; so do
# they with the whole's word between ("có tổng cộng 8.689 sản phẩm được xếp hạng").
HAS_BEFORE = r"(?<!\w)(?:có|còn|với)\s*(?:tổng cộng\s*|tổng số\s*)?(?:{QUAL}\s*)?$"
# A clause opening on a year whose place "has" products "recognised" ("Năm 2022, tỉnh Hưng Yên có 45 sản phẩm được
# công nhận OCOP; năm 2023 có 52 sản phẩm"): what that year's rounds recognised, not a stock ("đã có", "hiện có",
# "đến năm" are one). Matched from the clause's start to the count.
# The rounds of a year named just before ("Trong năm 2023 có 72 chủ thể mang 134 sản phẩm đăng ký. Sau các kỳ đánh giá,
# 99 sản phẩm … được công nhận"): "sau các kỳ" then speaks of that year's rounds, not of every round so far. Matched
# on a stock marker's words, and on the opening of its sentence or the sentence before.
ALL_ROUNDS_SO_FAR = r"(?:tất cả|qua|sau) các (?:đợt|kỳ|lần)"
# … of one year named with them ("Sau các kỳ đánh giá năm 2023, có 99 sản phẩm được công nhận"): that year's rounds.
# (one year: "qua các lần xếp hạng năm 2020 và đợt 1/2021" adds the rounds of two years up, a stock)
ROUNDS_OF_A_NAMED_YEAR = (ALL_ROUNDS_SO_FAR + r"(?:\s+[^\d,.;]{0,30}?)?\s+(?:trong\s+)?năm\s+(?:19|20)\d{2}(?![\d/])"
                          r"(?!\s*(?:và|,|-|–|đến|tới)\s*(?:các\s+)?(?:đợt|năm|lần|kỳ|\d))")
YEAR_FRAME_OPENING = r"\s*(?:[-•+*]\s*)?(?:trong\s+|riêng\s+|cũng trong\s+)?năm\s+(?:19|20)\d{2}(?!\d)"
# (a speaker may come first: "Theo ông A, Chi cục trưởng …, năm 2020 toàn tỉnh có 19 sản phẩm được công nhận"; "Sang
# năm 2021", "Riêng năm 2022" open one year too)
# ("…, Giám đốc Sở, cho biết năm 2020 Ninh Thuận có 69 sản phẩm … được cấp giấy chứng nhận": what the speaker said)
YEAR_HAS_RECOGNISED = (r"\s*(?:[^,.;\d]{0,60},\s*){0,3}(?:(?:cho biết|thông tin|chia sẻ|khẳng định|nhấn mạnh|báo cáo)"
                       r"\s*:?\s*(?:rằng\s*)?)?(?:(?:trong|sang|riêng|ngay)\s+)?năm\s+(?:(?:19|20)\d{2}|nay)\s*,?\s*"
                       # (the producers who own them may stand between: "Năm 2022, 5 chủ thể trên địa bàn huyện có
                       # 7 sản phẩm được công nhận")
                       r"(?:[^\s\d,.;:]+\s+){0,6}?(?:\d+\s+(?:chủ thể|hộ|hợp tác xã|htx|doanh nghiệp|cơ sở|đơn vị)"
                       r"(?:\s+[^\s\d,.;:]+){0,8}?\s+)?"
                       r"(?<!đã )(?<!hiện )(?<!vẫn )(?<!đều )có\s*(?:tổng cộng\s*)?(?:{QUAL}\s*)?$")
# … and "within the year" with a perfect "đã có" ("và ngay trong năm 2019 đã có 11 sản phẩm được công nhận OCOP"): the
# year's recognitions, not a stock ("Năm 2019 đã có …" alone may be the stock of that year, and stays one). Matched
# right before the count.
# (with no word of a stock between: "Tính cả số sản phẩm mới trong năm 2025, đến nay toàn tỉnh có tổng cộng 620 sản
# phẩm được chứng nhận" is the stock)
WITHIN_A_YEAR_HAS_RECOGNISED = (r"(?<!\w)(?:ngay\s+|cũng\s+)?trong\s+năm\s+(?:19|20)\d{2}\s*,?\s*"
                                r"(?:(?!đến|tới|hiện|lũy kế|luỹ kế|tính|tổng)[^\s\d,.;:]+\s+){0,6}?"
                                r"(?:đã\s+)?có\s*(?:được\s*)?(?:{QUAL}\s*)?$")
# A level-first count that opens on the second word of its verb ("Hội đồng đã xếp hạng 3 sao cho bốn sản phẩm": the
# count's words begin at "hạng"): the verb, read whole, says the count is a rating. Matched at the count's start, and
# before it.
VERB_WORD_OPENING_A_COUNT = r"hạng\s*(?=0?[345]\s*sao)"
VERB_BEFORE_ITS_WORD = r"(?<!\w)(?:xếp|phân)\s*$"
# … and a clause that opens on its year and goes straight to the count ("Năm 2023, 23 sản phẩm của Ứng Hòa đạt OCOP 3
# sao"): the year's results too. Matched from the clause's start to the count.
# (its comma may be left out: "Năm 2023 23 sản phẩm của Ứng Hòa đạt OCOP 3 sao")
YEAR_OPENS_ON_THE_COUNT = r"\s*(?:(?:trong|sang|riêng|ngay)\s+)?năm\s+(?:19|20)\d{2}\s*,?\s*$"
# What a year's count reached, said after its noun and its owners ("… có 34 sản phẩm đạt tiêu chuẩn sao OCOP", "23 sản
# phẩm của Ứng Hòa đạt OCOP 3 sao"): in a clause opening on its year, as much a result as "được công nhận". Matched
# after the count's noun.
REACHED_AFTER = (r"\s*(?:ocop\s*)?(?:(?:của|thuộc)\s+[^.;\d]{0,40}?\s)?(?:đều\s+|cùng\s+)?đạt\s+(?:tiêu\s+)?(?:chuẩn\s+)?"
                 r"(?:sao\s+)?(?:ocop\s*)?(?:hạng\s*)?(?:0?[345]\s*sao|(?<=ocop)|(?<=sao ocop))")
# What tells a part of a rated count apart in the warehouse's terms: its status in the round ("21 sản phẩm được công
# nhận lần đầu, 14 sản phẩm được công nhận lại", "06 sản phẩm mới"). Searched in the part's own words, up to the next
# count.
STATUS_OF_A_PART = (r"(?<!\w)(?:lần đầu|mới|(?:công nhận|chứng nhận|đánh giá|phân hạng|cấp|xếp hạng) lại|tái (?:công nhận"
                    r"|chứng nhận|cấp|đánh giá)|nâng hạng|gia hạn|hết hạn)(?!\w)")
# Items of a list of places, and what joins two places named together.
LIST_SEPARATOR = r"\s*(?:,|;|(?<!\w)và(?!\w)|(?<!\w)cùng(?!\w))\s*"
# What stands between two items of one list that share what the first item's words said: separators and the next
# item's place name, no verb ("; thị xã Thuận Thành 24 sản phẩm", ", Thanh Miện 1 sản phẩm").
LIST_ITEM_GAP = (r"(?:(?!đạt|được|công nhận|chứng nhận|xếp hạng|phân hạng|có thêm|hiện có|tổng|(?<!\w)có(?!\w))"
                 r"[^.\d()]){0,60}")
# The province a list's last item belongs to is not an item: "Krông Pắc và Lắk của tỉnh Đắk Lắk".
LIST_ITEM_OWNER = r"\s+(?:của|thuộc)\s+(?:tỉnh|thành phố|tp\.?)\s.*$"
# A province named right after a district is the district's owner, not the place of the figure:
# "thị xã Sơn Tây (Hà Nội) có thêm 4 sản phẩm", "huyện Mộc Châu, tỉnh Sơn La có 40 sản phẩm".
DISTRICT_OWNER_BETWEEN = r"^\s*(?:\(|,|-|–)\s*(?:tỉnh|thành phố|tp\.?)?\s*$"
LIST_JOINT = r"^\s*(?:,|và|, và|cùng|với)\s*$"
UPPER_LETTERS = "A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# (an acronym, "OCOP," or "HTX,", is no name)
LIST_NAME_BEFORE = r"(?<![\w])(?![" + UPPER_LETTERS + r"]{2,}[\s,])\b{CAP}\s*(?:,|\svà)\s*$"
# Two producer types named for one count: "249 tổ hợp tác và hộ kinh doanh".
MIXED_TYPES = r"^\s*(?:,|và|hoặc|/)\s*{TYPE}"
# A total raised later in the sentence makes the count before it the increment: "năm 2024 có 42 sản phẩm được công
# nhận, nâng tổng số sản phẩm của tỉnh lên 650".
RAISES_TOTAL_AFTER = (r"(?:nâng|đưa)\s+(?:tổng\s+)?số"
                      # ("…, tổng số sản phẩm OCOP của huyện nâng lên 47": the total, raised)
                      r"|(?:tổng\s+)?số\s+(?:sản phẩm|sp)[^.;\d]{0,50}?(?:được\s+)?(?:nâng|tăng)\s+lên")
# A stock as of now: a year named before these is not the figure's year ("Từ năm 2019 đến nay, … có 71").
# ("tính đến nay", "tính tới thời điểm này": the same now)
STOCK_NOW = (r"(?:tính )?(?:đến|tới) nay|hiện có|hiện còn|hiện nay|hiện tại|(?:tính )?(?:đến|tới) thời điểm (?:này|hiện tại)|(?<!thực )(?<!thể )(?<!xuất )(?<!phát )(?<!biểu )(?<!\w)hiện(?=(?: \w+){0,4} có(?!\w))"
             r"|còn hiệu lực|như vậy"
             # ("…, thì nay huyện đã có 31": now, against the plan just named)
             r"|(?<!\w)(?:thì|mà|còn) (?:đến )?nay(?!\w)")
# "Hiện có" as an adjective, closing a noun ("hoàn thiện 100 sản phẩm, dịch vụ hiện có và phát triển mới 7 sản
# phẩm"): the existing things a plan improves, no stock stated; a plan's words still govern what follows.
# ("chọn 60% số sản phẩm hiện có được sản xuất tập trung …, tương đương 6 sản phẩm": right after the noun it qualifies)
EXISTING_ADJECTIVE = r"hiện có(?=\s*(?:và|,|;|\.|\)|…|$))|(?<=sản phẩm )hiện có"
# Words that may lead a number or join a range: "từ 15 đến 20", "bình quân 15 - 25%".
NUMBER_LEAD = r"(?:từ\s+)?"
RANGE_JOIN = r"(?:-|đến|tới)"
AVERAGE = r"(?:bình quân\s+|trung bình\s+)"
# "đánh giá" is an evaluation, not a price ("giá"), before an uplift.
NOT_PRICE_BEFORE = r"(?<!đánh )"
# A caption line ending with "Ảnh:" puts the caption on the next line.
CAPTION_CONTINUES = r"ảnh\s*:?\s*$"
# The stock before the round just described: "Trước đợt này", "Trước đó".
BEFORE_THE_ROUND = r"(?<!\w)trước (?:đợt|kỳ) (?:này|đánh giá này|công nhận này)|(?<!\w)trước đó(?!\w)"
# A standing state, not a round's step: products eligible for, or waiting on, the 5-star rating inside a stock.
STANDING_PROPOSAL = (r"đủ điều kiện|đủ tiêu chuẩn|đang (?:được )?(?:tỉnh |huyện |thành phố )?(?:đề nghị|đề xuất|trình|chờ)"
                     r"|đã được (?:ubnd )?(?:tỉnh |huyện |thành phố )?(?:đề nghị|đề xuất|trình)"
                     # ("4 sản phẩm tiềm năng đã hoàn tất thủ tục, hồ sơ để đề nghị …", "chọn 2 sản phẩm trong số đó để
                     # trình Bộ …": of the stock just stated, put forward)
                     # (not "chọn 8 sản phẩm để hoàn thiện hồ sơ đề nghị …": dossiers still to complete, a round's act)
                     r"|(?<!để )(?:hoàn tất|hoàn thành) (?:thủ tục|hồ sơ)|trong số (?:đó|này) để (?:trình|đề nghị|đề xuất)")
# A count someone owns, named right after it (case-preserving text): "3 sản phẩm 5 sao của tỉnh Hà Giang", "… của Công
# ty Kim Bôi" — no list of the centre's.
OWNED_RIGHT_AFTER = r"^[^.;,]{0,30}?(?<!\w)(?:của|thuộc)\s+(?:(?i:tỉnh|thành phố|tp\.?|huyện|thị xã)(?!\w)|[A-ZĐ])"
# A count spread over several provinces ("47 sản phẩm của 15 tỉnh, thành phố", "thuộc 12 công ty ở 09 tỉnh"): the
# country's figure, whatever province the article names most.
ACROSS_PROVINCES = (r"[^.;]{0,60}?(?<!\w)(?:của|thuộc|ở|tại|trên địa bàn|đến từ)\s+(?:{NUM}|các|nhiều)\s+"
                    r"tỉnh(?!\w)")
# "Việt Nam" at the end of a name — an outlet ("Báo Nông nghiệp Việt Nam", "Nền tảng quảng bá Việt Nam"), a company
# ("Công ty TNHH PTK 879 Việt Nam"), an association — names no place: the words before it on its line, up to it.
COUNTRY_WORD = "việt nam"
# (a firm's name runs longer: "Công ty cổ phần Dược liệu và thực phẩm Việt Nam")
COUNTRY_IN_A_NAME = (r"(?:báo|tạp chí|đài|thông tấn xã|nền tảng|cổng thông tin|truyền hình|ấn phẩm|tiếng nói"
                     r"|tập đoàn|ngân hàng|hội|hiệp hội|liên minh|liên hiệp|vietnam\.vn)(?:\s+[^\s.,;:()\d]+){0,5}\s+$"
                     r"|(?:công ty|hợp tác xã|htx)(?:\s+[^\s.,;:()\d]+){0,9}\s+$")
# An article that names no province but speaks of the central office is a national one.
# (… or the ministry, on a page naming no province: "Bộ Nông nghiệp và Phát triển nông thôn cho biết, Bộ phấn đấu …")
CENTRAL_OFFICE = r"trung ương|văn phòng điều phối nông thôn mới trung ương|{NATIONAL_ACTOR}"
NATIONAL_ROUND = next(r.pattern for r in PLACES if r.id == "place.national_round")
# Words in a list item that show it is not a place's name.
NOT_NAME_WORDS = ("sản", "phẩm", "ocop", "sao")
# An administrative prefix before a district's name in a table row.
ADMIN_PREFIX = r"^(?:huyện|quận|thị xã|thành phố|tp\.?|tx\.?)\s+"
# Upper-case letters of Vietnamese, for names in case-preserving text.

# A line naming a period or a year and nothing else ("Giai đoạn 2020 - 2025", "Mục tiêu đến năm 2030"): the heading of
# the plan below it, which dates the plan's figures that name no year.
PERIOD_HEADING = (r"\s*(?:(?:giai đoạn|mục tiêu|kế hoạch|định hướng|tầm nhìn)(?:\s+(?:đến|tới))?\s+)?(?:năm\s*)?"
                  r"(?:19|20)\d{2}(?:\s*(?:-|đến|tới)\s*(?:năm\s*)?(?:19|20)\d{2})?\s*:?\s*")

# ----------------------------------------------------------------------------------------------------------------
# article dates

DATE_NUMERIC = r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)"
DATE_WORDS = r"(?<!\d)(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm|,)\s*((?:19|20)\d{2})(?!\d)"
# Page chrome above the article (today's date on a site header) is not its publication date.
SITE_HEADER = r"hotline|đường dây nóng|liên hệ quảng cáo|đăng nhập|tòa soạn"


# The year a round's result takes when its sentence names none: the one round the article names with its year.
ROUND_YEARS: tuple[Rule, ...] = family(
    Rule("year.named_round", {"year": "the round's"},
         r"(?<!\w)(?:đợt\s*(?:\d{1,2}|[ivx]+|một|hai|ba|bốn|cuối)?|(?:đợt|kỳ)\s+(?:đánh giá|xét|phân hạng|chấm)[^\d.;]{0,30}?"
         # "phê duyệt kết quả OCOP năm 2025", "kết quả đánh giá, phân hạng sản phẩm … năm 2024"
         r"|kết quả\s+(?:ocop|đánh giá[^\d.;]{0,60}?|phân hạng[^\d.;]{0,60}?)"
         r")"
         r"\s*(?:/\s*|năm\s*|-\s*)(?P<year>(?:19|20)\d{2})(?![\d/])",
         "Trong số 12 sản phẩm được trao chứng nhận lần này có 2 sản phẩm được công nhận 4 sao.\nChiều 2/3/2023, "
         "Sở Nông nghiệp TP Đà Nẵng trao chứng nhận sản phẩm OCOP đợt 2 năm 2022 cho 10 chủ thể."),
)


# A tag or list page's item opening with its own date ("(Baohatinh.vn) 2024 - Ở Hương Khê, … toàn huyện hiện còn 17
# sản phẩm"): its stocks are as of that date, not the page's.
ITEM_DATELINES: tuple[Rule, ...] = family(
    Rule("year.item_dateline", {"year": "the item's"},
         # ("(2025) Hợp nhất với Bình Phước …": the item's year alone in the bracket)
         r"[ \t]*\((?:[^()\n]{2,30}\)\s*(?:\d{1,2}\s*/\s*){0,2})?(?P<year>(?:19|20)\d{2})(?:\s*-|\)\s)",
         "Báo Hà Tĩnh > Tags > sản phẩm OCOP\n(Baohatinh.vn) 2023 - Ở huyện Vũ Quang, toàn huyện hiện có 12 sản phẩm "
         "đạt chuẩn OCOP."),
)
# "5 sản phẩm đã được công nhận OCOP 3 sao" in a sentence naming no year and no round, after no round: what has been
# recognised by now, a stock as of the page's date (the pattern: the perfect's word, within the recognition's words).
ALREADY_RECOGNISED_BY_NOW: tuple[Rule, ...] = family(
    Rule("kind.already_recognised_by_now", {"kind": "cumulative"}, PERFECT,
         "Ở huyện Tuy Đức, 5 sản phẩm đã được công nhận OCOP 3 sao, gồm mắc ca, cà phê và đông trùng hạ thảo."),
)
# A star level a district gave ("2 sản phẩm được công nhận OCOP, cả hai cùng đạt 3 sao cấp huyện"), matched on the
# words from the count on: before districts could certify (``vocab.FIRST_DISTRICT_CERTIFICATE_YEAR``), a district
# council's score only chose candidates for the province, so the count is no rating of the programme's.
DISTRICT_RATINGS: tuple[Rule, ...] = family(
    Rule("skip.district_rating_before_districts_certified", {"skip": "a district council's score before 2023"},
         r"[^.;]{0,120}?[345]\s*sao\s*(?:\)\s*)?,?\s*(?:ở\s+|tại\s+)?cấp huyện(?!\s*(?:trở lên|để|và|,\s*(?:được|đã)))",
         "Năm 2019, huyện Tân Kỳ tổ chức đánh giá sản phẩm OCOP. Kết quả, 2 sản phẩm được công nhận đạt 3 sao cấp huyện."),
)
# A plan's next item told as a sentence of its own, its verb opening it with no subject ("Tỉnh sẽ hỗ trợ nâng cấp 1 sản
# phẩm lên 5 sao. Nâng hạng ít nhất 5 sản phẩm lên 4 sao và phát triển thêm 35 sản phẩm mới."): after a plan's
# sentence, what the plan will do, not what was done. (A past marker in its own words, "đã", "đến nay", ends the plan.)
PLAN_ITEMS: tuple[Rule, ...] = family(
    Rule("kind.plan_item_opening", {"kind": "target"},
         r"\s*(?:(?:[•+*]|[-–])\s*)?(?:đồng thời\s*,?\s*|bên cạnh đó\s*,?\s*)?(?:nâng hạng|nâng cấp|phát triển(?: thêm| mới)?"
         r"|củng cố|chuẩn hóa|chuẩn hoá|hoàn thiện|xây dựng(?: mới)?|hỗ trợ|có thêm|đánh giá lại|công nhận lại)(?!\w)"
         r"(?![^.;]{0,80}?(?:(?<!\w)đã(?!\w)|đến nay|hiện có|vừa))",
         "Năm 2025, tỉnh phấn đấu có thêm 40 sản phẩm OCOP. Phát triển thêm 12 sản phẩm mới đạt 4 sao."),
)
# A product count whose own sentence says nothing of a rating — no programme name, star, standard, recognition or
# rank — and whose kind no word of its own decides (the "default" kind, a weak word such as "hội đồng", or a word of
# the sentence before rather than a figure it continues): products named for something else ("Kinh phí … được chia cho
# 12 sản phẩm", "Giao Thủy được hỗ trợ … cho 16 chủ thể với 29 sản phẩm", "Lần lượt theo từng hội đồng: chuyên ngành số 1 có 11 sản
# phẩm"), unless a district named right before it holds it, an item of a list of places. The pattern: the words that
# rate products.
PRODUCTS_NOTHING_RATES: tuple[Rule, ...] = family(
    Rule("skip.products_nothing_rates", {"skip": "products no word of their sentence rates, of a word elsewhere"},
         OCOP_EVIDENCE + r"|công nhận|chứng nhận|(?<!\w)hạng(?!\w)",
         "Kết quả đợt đánh giá năm 2024 đã được công bố.\n\nKinh phí hỗ trợ 300 triệu đồng được chia cho 12 sản phẩm."),
)
# A part of a rated count, of the same place, year and kind, that no status tells apart ("… 13 sản phẩm OCOP 4 sao,
# là: gạo …; bốn sản phẩm nụ trầm …; bảy sản phẩm nhạc cụ …", "Hai sản phẩm còn lại thuộc hai xã phía tây"): told
# apart by its goods, its commune or its council, none of which the warehouse records. The pattern: the words of a
# status (STATUS_OF_A_PART), whose absence from the part's words makes it one.
PARTS_BY_WHAT_WE_DO_NOT_RECORD: tuple[Rule, ...] = family(
    Rule("skip.part_by_goods_or_commune", {"skip": "a part told apart by what the warehouse does not record"},
         STATUS_OF_A_PART,
         "Năm 2023, tỉnh công nhận 13 sản phẩm OCOP 4 sao, gồm: bốn sản phẩm nụ trầm của hộ kinh doanh Thu Phương; chín "
         "sản phẩm nhạc cụ của làng nghề Đào Xá."),
)
# A plan's figure that no year of its page dates ("Tỉnh phấn đấu phát triển thêm 20 sản phẩm OCOP", no year named for
# the plan, none to take it from): a target for no year the warehouse can hold. The pattern: a plan's words, the rule
# fires when none of the page's years dates the plan they open.
UNDATED_PLANS: tuple[Rule, ...] = family(
    Rule("skip.undated_target", {"skip": "a plan's figure no year dates"},
         r"(?<!\w)(?:phấn đấu|mục tiêu|kế hoạch|dự kiến|chỉ tiêu|đặt ra|sẽ)(?!\w)",
         "Tỉnh phấn đấu phát triển thêm 20 sản phẩm OCOP."),
)
# A plan's quota for each place of a level ("mỗi xã phấn đấu phát triển mới 2 sản phẩm", "mỗi quận, huyện phải có ít
# nhất 2 sản phẩm", "các địa phương A, B và C mỗi nơi có ít nhất 2 sản phẩm 4 sao"): what each must reach, no count of
# any place (a year's quota, "mỗi năm có thêm 50 sản phẩm", is the plan's own). Matched on the figure's clause before it.
QUOTA_OF_EACH_PLACE: tuple[Rule, ...] = family(
    Rule("skip.quota_of_each_place", {"skip": "a plan's quota for each place of a level"},
         r"(?<!\w)mỗi\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|nơi|địa phương|đơn vị hành chính)"
         # ("Mỗi địa phương Vạn Ninh, Diên Khánh, Khánh Sơn, thị xã Ninh Hòa và TP Nha Trang phấn đấu có …": the places
         # listed between)
         r"(?:\s*,\s*(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố))*(?!\w)[^.;\d]{0,120}$",
         "Theo kế hoạch năm 2025, mỗi xã phấn đấu phát triển mới ít nhất 2 sản phẩm OCOP."),
)
# An untyped producer count no word dates ("default" kind), with no product count in its sentence or in the body's
# sentence before it, and none of the words below: producers named for what was done to them (awarded, supported,
# at a fair), not the programme's ("Giấy chứng nhận đã được trao cho đại diện 8 chủ thể"). The pattern: the words
# that make them the programme's producers all the same.
PRODUCERS_OF_NO_PRODUCTS: tuple[Rule, ...] = family(
    Rule("skip.producers_of_no_products", {"skip": "producers named for what was done to them, not the programme's"},
         r"(?<!\w)(?:số chủ thể|chủ thể ocop|số tổ chức|đứng sau|thu hút|tham gia (?:vào )?(?:chương trình|ocop)"
         # ("Các sản phẩm thuộc 47 chủ thể": the products' owners, their count unsaid)
         r"|sản phẩm(?: ocop)?(?: này| trên| đó)? (?:thuộc(?: về)?|của))(?!\w)",
         "Giấy chứng nhận có thời hạn 36 tháng và đã được lãnh đạo Sở trao cho đại diện 8 chủ thể ngay tại hội nghị."),
)
# Producers a plan will found, strengthen or bring in ("củng cố, nâng cấp hoặc thành lập mới ít nhất 3 tổ chức kinh
# tế", "chọn lựa, phát triển và cơ cấu lại từ 50 – 100 tổ chức kinh tế"): what is to be done to organisations, never
# a count of those the place has. The pattern: the verb right before the count (not after "đã", "đã phát triển 45", nor
# "hiện", "đang").
ORGANISATIONS_TO_DEVELOP: tuple[Rule, ...] = family(
    Rule("kind.organisations_to_develop", {"kind": "target"},
         # (nor after a present: "Chương trình hiện thu hút 449 chủ thể tham gia", a stock)
         r"(?<!đã )(?<!đã được )(?<!hiện )(?<!đang )(?<!hiện đang )"
         r"(?:củng cố|nâng cấp|thành lập|phát triển|cơ cấu lại|kiện toàn|hình thành|thu hút)"
         r"(?:\s+(?:mới|thêm|lại))?\s*$",
         "Huyện hỗ trợ củng cố, nâng cấp hoặc thành lập mới ít nhất 3 tổ chức kinh tế tham gia OCOP."),
)
# A breakdown of a count that gave no claim ("… thu hồi giấy chứng nhận đối với 47 sản phẩm của 27 chủ thể. Trong
# đó, 44 sản phẩm hạng 3 sao và 3 sản phẩm hạng 4 sao"): its parts are no claims either, unless they name a place of
# their own. The pattern: what opens such a sentence (the continuations that break down the sentence before).
PARTS_OF_A_WHOLE_NOT_TAKEN: tuple[Rule, ...] = family(
    Rule("skip.parts_of_a_whole_not_taken", {"skip": "the parts of a count that gave no claim"},
         r"(?<!\w)(?:trong đó|trong số (?:này|đó)|bao gồm|gồm|cụ thể)(?!\w)",
         "Ngày 21/12, UBND tỉnh Đồng Tháp thu hồi giấy chứng nhận sản phẩm OCOP đối với 47 sản phẩm của 27 chủ thể. "
         "Trong đó, 44 sản phẩm hạng 3 sao và 3 sản phẩm hạng 4 sao."),
)
# Producers named again at the opening of the next sentence ("… dự kiến đưa 185 sản phẩm của 97 chủ thể vào chương
# trình. Số chủ thể này gồm 34 doanh nghiệp, 17 hợp tác xã …") when their count gave no claim (entries, funded, at a
# fair …): their types are no claims either. The pattern: the words that name them again.
PRODUCERS_NAMED_AGAIN_NOT_TAKEN: tuple[Rule, ...] = family(
    Rule("skip.producers_named_again_not_taken", {"skip": "the types of producers whose count gave no claim"},
         r"\s*(?:số|các|những|toàn bộ|trong số(?: các)?)\s+(?:chủ thể|tổ chức(?: kinh tế)?|đơn vị|cơ sở)\s+"
         r"(?:này|đó|nói trên|trên)(?!\w)",
         "Năm 2024, các huyện dự kiến đưa 185 sản phẩm của 97 chủ thể vào chương trình. Số chủ thể này gồm 34 doanh "
         "nghiệp, 17 hợp tác xã và 46 hộ kinh doanh."),
)
# Producers followed by the products they own, no word of their own dating or typing them: "Năm 2023, 7 chủ thể trên
# địa bàn huyện có tổng cộng 8 sản phẩm được công nhận OCOP 3 sao" (the round's producers). The pattern: the words
# between the producers' noun and the products' number.
PRODUCERS_OF_THEIR_PRODUCTS: tuple[Rule, ...] = family(
    Rule("kind.producers_of_their_products", {"kind": "the kind and year of the products they own"},
         r"\s*(?:ocop\s*)?(?:[^\d.;:]{0,80}?\s)?(?:(?:đã|hiện|cùng)\s*)?(?:có|sở hữu)\s*(?:tổng cộng|tổng số|tất cả)?\s*",
         "Năm 2023, 7 chủ thể ở huyện Krông Năng (Đắk Lắk) có tổng cộng 8 sản phẩm được UBND huyện công nhận đạt "
         "OCOP 3 sao."),
)
# A round at one star level split by how its products came through ("Cả 11 sản phẩm đều đạt 3 sao; 10 sản phẩm được
# công nhận lần đầu, 01 sản phẩm được đánh giá lại", "… 13 sản phẩm được chứng nhận hạng 3 sao. Số sản phẩm lần đầu
# đạt chuẩn là 9"): each part is at the round's level. The pattern: the part's own words, right after its noun or
# among a noun-first count's words.
ROUND_SPLIT_BY_STATUS: tuple[Rule, ...] = family(
    Rule("stars.round_split_by_status", {"stars": "the level of the round it splits"},
         r"(?<!\w)(?:lần đầu|công nhận mới|cấp mới|(?:công nhận|đánh giá|chứng nhận|cấp) lại|tái công nhận"
         r"|tái cấp)(?!\w)",
         "Huyện Mỹ Xuyên công bố kết quả OCOP năm 2023. Cả 11 sản phẩm đều đạt 3 sao; 10 sản phẩm được công nhận lần "
         "đầu, 01 sản phẩm được đánh giá lại."),
)
PRODUCERS_THEN_THEIR_PRODUCTS = PRODUCERS_OF_THEIR_PRODUCTS[0].pattern
PRODUCERS_TAKE_THEIR_PRODUCTS_KIND = PRODUCERS_OF_THEIR_PRODUCTS[0]
FAMILIES: dict[str, tuple[Rule, ...]] = {
    "round split by status": ROUND_SPLIT_BY_STATUS,
    "producers of their products": PRODUCERS_OF_THEIR_PRODUCTS, "producers of no products": PRODUCERS_OF_NO_PRODUCTS, "producers named again not taken": PRODUCERS_NAMED_AGAIN_NOT_TAKEN, "quota of each place": QUOTA_OF_EACH_PLACE, "products nothing rates": PRODUCTS_NOTHING_RATES, "organisations to develop": ORGANISATIONS_TO_DEVELOP, "already recognised by now": ALREADY_RECOGNISED_BY_NOW, "parts of a whole not taken": PARTS_OF_A_WHOLE_NOT_TAKEN,
    "entries lists": ENTRIES_LISTS, "figures named again": NAMED_AGAIN,
    "qualifiers": QUALIFIERS, "blocks": BLOCKS, "continuations": CONTINUATIONS, "counts": COUNTS,
    "ratio counts": RATIO_COUNTS, "place-elided counts": PLACE_ELIDED_COUNTS, "elided counts": ELIDED_COUNTS, "shared-noun counts": SHARED_NOUN_COUNTS, "level-list counts": LEVEL_LIST_COUNTS, "label-first counts": LABEL_FIRST_COUNTS,
    "type-first counts": TYPE_FIRST_COUNTS, "bracketed counts": BRACKETED_COUNTS, "noun-first counts": NOUN_FIRST_COUNTS, "raised totals": RAISED_TOTALS, "uplifts": UPLIFTS,
    "not uplifts": UPLIFT_NOT, "skips before": SKIPS_BEFORE, "skips after": SKIPS_AFTER,
    "skipped sentences": SKIP_SENTENCES, "stars": STARS, "stars before": STARS_BEFORE, "upgrades": UPGRADES, "product subtypes": PRODUCT_SUBTYPES,
    "kinds": KINDS, "years": YEARS, "round years": ROUND_YEARS, "item datelines": ITEM_DATELINES, "places": PLACES,
    "table columns": TABLE_COLUMNS, "parts of an unowned whole": PARTS_OF_AN_UNOWNED_WHOLE,
    "wholes stated only here": WHOLES_STATED_ONLY_HERE, "one-level pages": ONE_LEVEL_PAGES,
    "stocks restated": STOCKS_RESTATED, "words read as the rules write them": READ_AS,
    "parts by what the warehouse does not record": PARTS_BY_WHAT_WE_DO_NOT_RECORD, "undated plans": UNDATED_PLANS,
    "plan items": PLAN_ITEMS, "district ratings": DISTRICT_RATINGS,
}


def all_rules() -> list[Rule]:
    """Every rule of every family, for tests and for checking the ids claims name."""
    return [rule for family_ in FAMILIES.values() for rule in family_]
