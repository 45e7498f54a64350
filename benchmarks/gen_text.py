"""Words for the generated articles: numbers as the press writes them, place names, dates, and the background prose
that surrounds the figures (written by the team for this generator; no sentence comes from a real article).

The fact sentences themselves are in ``gen_articles.py``, next to the labels they plant.
"""

from __future__ import annotations

import datetime as dt
import random

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
NUMBER_WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def num(n: int) -> str:
    """A count as the press writes it: 1.205 (dot between thousands)."""
    return f"{n:,}".replace(",", ".")


def written_forms(n: int | float) -> set[str]:
    """Every way ``num``/``count`` may have written ``n`` (for the tests)."""
    n = int(n)
    forms = {num(n), str(n), f"{n:02d}"}
    if n in NUMBER_WORDS:
        forms |= {NUMBER_WORDS[n], NUMBER_WORDS[n].capitalize()}
    return forms


def count(n: int, rng: random.Random) -> str:
    """A count inside a sentence: mostly digits, now and then zero-padded (05) as some portals print them."""
    if n < 10 and rng.random() < 0.06:
        return f"{n:02d}"
    return num(n)


def text_name(name: str) -> str:
    """A unit's name as running text writes it (the reference spells Hoà Bình with the older tone placement)."""
    return name.replace("Hoà", "Hòa")


def date_vn(d: dt.date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def dateline(d: dt.date, rng: random.Random) -> str:
    hour, minute = rng.randint(6, 21), rng.randint(0, 59)
    return rng.choice((
        f"{WEEKDAYS[d.weekday()]}, {date_vn(d)} {hour:02d}:{minute:02d}",
        f"Cập nhật: {WEEKDAYS[d.weekday()]}, {date_vn(d)} | {hour:02d}:{minute:02d}",
        f"{date_vn(d)} {hour:02d}:{minute:02d} GMT+7",
        f"{WEEKDAYS[d.weekday()]}, ngày {d.day}/{d.month}/{d.year}",
        f"Đăng lúc {hour:02d}:{minute:02d} ngày {date_vn(d)}",
    ))


PERSON_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
PERSON_NAMES = ("Văn Hùng", "Thị Lan", "Minh Tuấn", "Thanh Hà", "Quốc Bảo", "Thị Hồng", "Đức Anh", "Ngọc Mai",
                "Văn Sơn", "Thu Trang", "Hữu Phước", "Kim Ngân", "Xuân Trường", "Thị Thu", "Công Minh")
ROLES = ("Phó Giám đốc Sở Nông nghiệp và Môi trường", "Chánh Văn phòng Điều phối nông thôn mới tỉnh",
         "Phó Chủ tịch UBND tỉnh", "Trưởng phòng Phát triển nông thôn", "Giám đốc hợp tác xã",
         "Phó Chánh Văn phòng Điều phối nông thôn mới", "Chủ tịch Hội Nông dân tỉnh", "Giám đốc Trung tâm Khuyến nông")


NATIONAL_ROLES = ("đại diện Văn phòng Điều phối nông thôn mới Trung ương", "chuyên gia về phát triển nông thôn",
                  "đại diện Bộ Nông nghiệp và Môi trường")


def person(rng: random.Random) -> str:
    return f"{rng.choice(PERSON_SURNAMES)} {rng.choice(PERSON_NAMES)}"


# ------------------------------------------------------------------------------------------------------------------
# background prose: no OCOP figure in any of it; slots {P} the province, {T}/{t} "Tỉnh"/"tỉnh" (or "Thành phố"),
# {product}, {producer}, {person}, {role}. A sentence is an opener, a core and sometimes a tail.

BACKGROUND = {
    "programme": (
        "Chương trình Mỗi xã một sản phẩm được {P} xác định là giải pháp quan trọng để phát triển kinh tế khu vực "
        "nông thôn theo hướng gia tăng giá trị",
        "thông qua chương trình, nhiều chủ thể đã chuyển từ sản xuất nhỏ lẻ sang sản xuất hàng hóa có thương hiệu, có "
        "bao bì và nhãn mác rõ ràng",
        "các sở, ngành đã phối hợp với địa phương rà soát, lựa chọn những sản phẩm có lợi thế để hỗ trợ hoàn thiện hồ "
        "sơ tham gia đánh giá",
        "chương trình không chỉ dừng ở việc gắn sao mà còn hướng tới nâng cao năng lực tổ chức sản xuất của hợp tác xã "
        "và doanh nghiệp nhỏ",
        "công tác tuyên truyền được đẩy mạnh trên báo, đài và mạng xã hội, giúp người dân hiểu rõ lợi ích khi tham gia "
        "chương trình",
        "nhiều địa phương đã lồng ghép chương trình với xây dựng nông thôn mới, phát triển làng nghề và du lịch cộng "
        "đồng",
        "việc đánh giá, phân hạng được thực hiện công khai, đúng quy trình, bảo đảm chất lượng sản phẩm trước khi công "
        "nhận",
        "hội đồng đánh giá cấp {t} làm việc theo bộ tiêu chí mới, chú trọng hơn tới câu chuyện sản phẩm và khả năng "
        "tiếp cận thị trường",
        "các chủ thể được hướng dẫn xây dựng tiêu chuẩn cơ sở, công bố chất lượng và đăng ký nhãn hiệu trước khi tham "
        "gia đánh giá",
        "ngành nông nghiệp coi chất lượng, không phải số lượng, là yêu cầu xuyên suốt của chương trình",
        "mỗi sản phẩm được công nhận là kết quả của quá trình chuẩn hóa từ khâu nguyên liệu đến khâu bán hàng",
        "chương trình đã khơi dậy tinh thần khởi nghiệp của thanh niên nông thôn, nhất là những người trở về quê lập "
        "nghiệp",
        "các xã được khuyến khích chọn sản phẩm chủ lực dựa trên nguồn nguyên liệu sẵn có và tay nghề của người dân",
        "sự vào cuộc của cả hệ thống chính trị giúp chương trình lan tỏa đến từng thôn, bản",
        "nhiều sản phẩm truyền thống tưởng chừng mai một đã được khôi phục và có chỗ đứng trên thị trường",
    ),
    "product": (
        "sản phẩm {product} của {producer} là một ví dụ cho hướng đi bài bản từ vùng nguyên liệu đến khâu chế biến",
        "từ chỗ chỉ bán ở chợ quê, {product} nay đã có mặt ở nhiều siêu thị và cửa hàng đặc sản",
        "để có sản phẩm đạt chuẩn, {producer} phải đầu tư lại nhà xưởng và quy trình kiểm soát chất lượng",
        "{producer} liên kết với nhiều hộ dân trong vùng để bảo đảm nguồn nguyên liệu ổn định quanh năm",
        "bao bì của {product} được thiết kế lại, có mã QR truy xuất nguồn gốc và thông tin rõ ràng về thành phần",
        "khách hàng biết đến {product} chủ yếu qua các hội chợ, phiên chợ nông sản và các kênh bán hàng trực tuyến",
        "người tiêu dùng đánh giá cao {product} nhờ hương vị đặc trưng và quy trình sản xuất an toàn",
        "sau khi được công nhận, {producer} tự tin hơn khi chào hàng với các nhà phân phối lớn",
        "{producer} đang hoàn thiện hồ sơ để đưa {product} vào hệ thống bán lẻ hiện đại",
        "những ngày đầu làm {product}, {producer} gặp không ít khó khăn vì thiếu vốn và thiếu kinh nghiệm thị trường",
        "{product} được làm hoàn toàn thủ công theo cách người dân địa phương vẫn làm qua nhiều thế hệ",
        "{producer} vừa mở rộng xưởng sơ chế, lắp thêm máy đóng gói để đáp ứng các đơn hàng lớn",
        "mùa cao điểm, {producer} tạo việc làm thời vụ cho nhiều lao động nữ trong xã",
        "{product} từng được chọn làm quà tặng cho các đoàn khách đến thăm và làm việc tại địa phương",
        "{person}, người sáng lập {producer}, kể rằng cơ sở bắt đầu chỉ với vài chiếc nồi và một gian bếp nhỏ",
        "nhờ tham gia chương trình, {producer} được hỗ trợ xây dựng website và gian hàng trực tuyến cho {product}",
    ),
    "market": (
        "nhiều sản phẩm OCOP đã lên các sàn thương mại điện tử, giúp chủ thể tiếp cận khách hàng ở các thành phố lớn",
        "các điểm giới thiệu và bán sản phẩm OCOP tại trung tâm hành chính, khu du lịch góp phần quảng bá hàng hóa địa "
        "phương",
        "một số sản phẩm đã xuất hiện trên kệ hàng của chuỗi siêu thị và được chọn làm quà tặng trong các dịp lễ, Tết",
        "việc kết nối cung cầu được tổ chức thường xuyên, tạo điều kiện cho chủ thể gặp gỡ trực tiếp các nhà phân phối",
        "đầu ra cho một bộ phận sản phẩm vẫn chưa ổn định, phụ thuộc nhiều vào thương lái",
        "các chủ thể được hướng dẫn bán hàng qua livestream, xây dựng gian hàng trên các nền tảng số",
        "hàng OCOP ngày càng được người tiêu dùng tin dùng nhờ nguồn gốc rõ ràng và chất lượng ổn định",
        "một vài sản phẩm đã có đơn hàng xuất khẩu tiểu ngạch sang các nước trong khu vực",
        "các chuyến hàng OCOP được gửi đi theo đường bưu điện đến khách hàng ở nhiều tỉnh, thành",
        "nhiều khách du lịch mua sản phẩm OCOP làm quà sau mỗi chuyến tham quan",
        "các hội chợ xúc tiến thương mại là dịp để chủ thể lắng nghe góp ý của người mua về mẫu mã và giá cả",
        "mạng lưới cửa hàng tiện lợi bắt đầu dành quầy riêng cho đặc sản địa phương",
        "thị trường ngày càng khó tính, đòi hỏi sản phẩm phải có chứng nhận và thông tin minh bạch",
    ),
    "quality": (
        "nhiều chủ thể đã áp dụng các tiêu chuẩn VietGAP, hữu cơ hoặc hệ thống quản lý chất lượng trong sản xuất",
        "việc truy xuất nguồn gốc bằng tem điện tử giúp người mua kiểm tra thông tin sản phẩm chỉ với chiếc điện thoại",
        "khâu kiểm tra, giám sát sau công nhận được tăng cường để sản phẩm duy trì chất lượng như cam kết",
        "cơ quan chức năng lưu ý các chủ thể phải đánh giá lại khi giấy chứng nhận hết thời hạn",
        "một số sản phẩm đã được nâng cấp mẫu mã, chuyển từ bao bì thủ công sang bao bì in ấn chuyên nghiệp",
        "chất lượng nguyên liệu đầu vào được kiểm soát chặt chẽ, hạn chế tối đa việc dùng phụ gia",
        "các mẫu sản phẩm được gửi kiểm nghiệm định kỳ tại phòng thí nghiệm đạt chuẩn",
        "nhiều cơ sở đã cải tạo khu chế biến theo nguyên tắc một chiều để bảo đảm vệ sinh an toàn thực phẩm",
        "việc ghi nhãn đầy đủ hạn sử dụng, thành phần và cách bảo quản được kiểm tra kỹ trước khi chấm điểm",
        "các chủ thể được khuyến cáo không vì chạy theo đơn hàng mà giảm chất lượng sản phẩm",
    ),
    "support": (
        "{t} có chính sách hỗ trợ kinh phí thiết kế bao bì, xây dựng nhãn hiệu và tham gia hội chợ cho các chủ thể",
        "các lớp tập huấn về quản trị, marketing và thương mại điện tử được tổ chức cho cán bộ hợp tác xã",
        "ngân hàng chính sách và các tổ chức tín dụng dành nguồn vốn ưu đãi cho chủ thể mở rộng sản xuất",
        "các chuyên gia tư vấn trực tiếp tại cơ sở, giúp chủ thể hoàn thiện quy trình và hồ sơ sản phẩm",
        "ngành công thương phối hợp đưa sản phẩm vào các chương trình xúc tiến thương mại trong và ngoài {t}",
        "nguồn lực hỗ trợ được ưu tiên cho sản phẩm có khả năng nâng hạng và có vùng nguyên liệu ổn định",
        "khuyến nông viên cơ sở thường xuyên xuống tận vườn, tận xưởng để hướng dẫn kỹ thuật",
        "các trường đại học và viện nghiên cứu hỗ trợ chủ thể cải tiến công thức và kéo dài thời gian bảo quản",
        "một phần kinh phí sự nghiệp được dùng để in tờ rơi, làm phim giới thiệu sản phẩm của địa phương",
        "hội nông dân các cấp hỗ trợ hội viên tiếp cận vốn vay và tham gia các tổ hợp tác",
    ),
    "difficulty": (
        "chương trình vẫn còn hạn chế như quy mô sản xuất nhỏ, sản lượng không đồng đều",
        "một số chủ thể sau khi được công nhận chưa quan tâm duy trì chất lượng và đổi mới sản phẩm",
        "năng lực tài chính và trình độ quản lý của nhiều hợp tác xã còn hạn chế, khó đầu tư máy móc hiện đại",
        "sự liên kết giữa các chủ thể trong chuỗi giá trị còn lỏng lẻo, chưa tạo được sản lượng lớn cho thị trường",
        "ở vùng sâu, vùng xa, việc vận chuyển hàng hóa đến người tiêu dùng còn tốn kém",
        "nguồn nhân lực am hiểu thương mại điện tử ở khu vực nông thôn vẫn còn thiếu",
        "nhiều sản phẩm còn trùng lặp, chưa tạo được nét riêng so với hàng hóa của các địa phương khác",
        "chi phí kiểm nghiệm, thiết kế bao bì vẫn là gánh nặng với các hộ sản xuất nhỏ",
        "một số sản phẩm mang tính mùa vụ nên khó duy trì nguồn hàng quanh năm",
        "việc quảng bá chủ yếu vẫn dựa vào hội chợ, chưa khai thác hết các kênh trực tuyến",
    ),
    "plan": (
        "thời gian tới, ngành nông nghiệp sẽ tập trung nâng chất sản phẩm hiện có thay vì chạy theo số lượng",
        "địa phương sẽ tiếp tục rà soát, hỗ trợ các sản phẩm có tiềm năng để tham gia đánh giá trong các đợt tiếp theo",
        "{t} chủ trương gắn phát triển sản phẩm OCOP với du lịch nông thôn và bảo tồn các nghề truyền thống",
        "các chủ thể được khuyến khích liên kết với nhau để hình thành chuỗi giá trị và vùng nguyên liệu tập trung",
        "muốn sản phẩm đi xa thì phải có thương hiệu và chất lượng ổn định",
        "địa phương sẽ ưu tiên nguồn lực cho sản phẩm có thế mạnh và có thị trường",
        "việc số hóa dữ liệu sản phẩm sẽ được triển khai để quản lý và quảng bá thuận lợi hơn",
        "các sản phẩm dịch vụ du lịch cộng đồng sẽ được khuyến khích tham gia đánh giá nhiều hơn",
        "công tác hậu kiểm sẽ được làm thường xuyên để giữ uy tín của nhãn hiệu OCOP",
    ),
}
OPENERS = ("Bên cạnh đó, ", "Theo ngành nông nghiệp, ", "Thời gian qua, ", "Đáng chú ý, ",
           "Trên thực tế, ", "Theo {person}, {role}, ", "Cũng theo lãnh đạo địa phương, ", "Ngoài ra, ",
           "Có thể thấy, ", "{person}, {role}, cho biết ")
TAILS = (", góp phần nâng cao thu nhập cho người dân", ", nhất là ở các xã vùng khó",
         ", qua đó tạo thêm việc làm tại chỗ")


def background(topic: str, rng: random.Random, slots: dict[str, str], used: set[str] | None = None) -> str:
    """One sentence of background prose on ``topic``: its core, opener and tail never repeated within one article
    (``used``)."""
    used = set() if used is None else used
    cores = BACKGROUND[topic]
    core = rng.choice(cores)
    for _ in range(6):
        if core not in used:
            break
        core = rng.choice(cores)
    used.add(core)
    opener = rng.choice(OPENERS) if rng.random() < 0.35 else ""
    tail = rng.choice(TAILS) if rng.random() < 0.12 else ""
    opener = "" if opener in used else opener
    tail = "" if tail in used else tail
    used.update((opener, tail))
    text = (opener + core + tail).format(**slots)
    return text[0].upper() + text[1:] + "."


CAPTIONS = (
    "Sản phẩm {product} được trưng bày tại hội chợ. Ảnh: {photo}",
    "{product} của {producer}. Ảnh: {photo}",
    "Khách tham quan gian hàng sản phẩm OCOP. Ảnh: {photo}",
    "Ảnh minh họa",
    "Công nhân đóng gói sản phẩm tại cơ sở sản xuất. - Ảnh: {photo}",
    "Ảnh: {photo}",
    "Lãnh đạo tỉnh trao giấy chứng nhận cho các chủ thể. Ảnh: {photo}",
    "anh-ocop-{k}.jpg",
)
PLAIN_HEADLINES = (
    "Hội nghị tập huấn nâng cao năng lực quản trị hợp tác xã",
    "Khai mạc phiên chợ nông sản an toàn cuối tuần",
    "Nông dân phấn khởi vì được mùa, được giá",
    "Đẩy mạnh tiêu thụ nông sản qua sàn thương mại điện tử",
    "Hỗ trợ hợp tác xã ứng dụng công nghệ số trong sản xuất",
    "Xây dựng thương hiệu cho đặc sản địa phương",
    "Phát triển du lịch nông thôn gắn với làng nghề",
    "Kết nối tiêu thụ sản phẩm giữa các tỉnh trong vùng",
)
WIDGETS = (
    "Giá vàng SJC: {a},{b} triệu đồng/lượng",
    "Thời tiết: {c}°C, có mưa rào vài nơi",
    "Tỷ giá USD: 2{a}.{b}00 đồng",
    "Đường dây nóng: 0{a}{b} {c}{a} {b}{c}",
)
BYLINES = ("{person}", "Theo Cổng TTĐT tỉnh", "{initials}", "Nhóm phóng viên", "{person} (tổng hợp)",
           "Theo Báo {U}", "Bài và ảnh: {person}")


# ------------------------------------------------------------------------------------------------------------------
# figures that are not OCOP figures (hard negatives, PATTERNS.md section I); each a function of the rng and the year


def negative(rng: random.Random, year: int, slots: dict[str, str]) -> str:
    r = rng.randint
    choices = (
        lambda: f"Hội chợ năm nay có {r(80, 400)} gian hàng, trưng bày hơn {num(r(6, 30) * 100)} sản phẩm của các địa "
                f"phương.",
        lambda: f"Năm {year}, có {r(20, 140)} hồ sơ đăng ký tham gia đánh giá, phân hạng sản phẩm OCOP.",
        lambda: f"Toàn tỉnh có {r(40, 160)} xã đạt chuẩn nông thôn mới, {r(5, 40)} xã đạt chuẩn nông thôn mới nâng "
                f"cao.",
        lambda: f"Năm nay có {r(5, 30)} sản phẩm được công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh.",
        lambda: f"Kinh phí hỗ trợ cho chương trình trong năm là {r(2, 30)},{r(1, 9)} tỷ đồng; mỗi sản phẩm 4 sao được "
                f"thưởng {r(5, 20)} triệu đồng.",
        lambda: f"Hội đồng đã tổ chức {r(3, 15)} phiên chấm điểm; {r(60, 300)} học viên tham gia các lớp tập huấn.",
        lambda: f"Tỉnh có thêm {r(2, 9)} điểm giới thiệu và bán sản phẩm OCOP.",
        lambda: f"Vùng nguyên liệu của {slots['producer']} rộng khoảng {r(20, 900)} ha, sản lượng mỗi năm hơn "
                f"{r(50, 900)} tấn.",
        lambda: f"Sản phẩm đạt {r(70, 89)} điểm, giấy chứng nhận có giá trị trong 36 tháng.",
        lambda: f"Giá bán hiện khoảng {num(r(30, 450) * 1000)} đồng/kg, cao hơn sản phẩm cùng loại chưa có thương "
                f"hiệu.",
        lambda: f"Dịp Tết, sức mua hàng OCOP tăng {r(20, 45)}% so với ngày thường.",
        lambda: f"Lợi nhuận của các hợp tác xã tham gia chương trình tăng {r(8, 20)}%.",
        lambda: f"Có {r(2, 6)} sản phẩm chỉ đạt 2 sao nên chưa được công nhận.",
        lambda: f"Hỗ trợ chuẩn hóa bao bì, tem nhãn cho {r(10, 60)} sản phẩm trong năm.",
        lambda: f"Trong cuộc bình chọn sản phẩm tiêu biểu, có {r(20, 90)} sản phẩm của {r(10, 50)} chủ thể tham gia.",
        lambda: f"Hợp tác xã chiếm {r(30, 45)},{r(1, 9)}% số chủ thể, doanh nghiệp {r(18, 28)},{r(1, 9)}%.",
        lambda: f"Năm {year}, {r(120, 400)} lượt khách ghé thăm các điểm du lịch cộng đồng gắn với sản phẩm địa phương "
                f"mỗi ngày.",
    )
    return rng.choice(choices)()
