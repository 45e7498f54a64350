"""Article extracts about the synthetic world, with the labels of the facts each one states.

Each article is built from the team's own sentence templates (several wordings per fact, chosen by a per-article
random generator seeded from the corpus seed and the article's number), around the figures of ``gen_world.World``.
Labels follow ``tests/data/press/README.md``: every figure a careful reader takes from the body is required; figures of
related headlines and headline roundings are optional; hard negatives (fairs, registrations, rural-industrial
products, money, shares, …) are never labelled, and an article made only of them has no label at all.

Kinds of article (weights in ``KINDS``): a province's recognition round, a province's stock, a merged (34-unit)
province after 1 July 2025 with its former provinces "(cũ)", the country, a region, a district, uplift (revenue,
price and output after recognition), a tag page of several teasers, and hard negatives.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from gen_text import (
    BYLINES, CAPTIONS, PLAIN_HEADLINES, WIDGETS, background, count, date_vn, dateline, negative, num, person,
    text_name, NATIONAL_ROLES, ROLES,
)
from gen_world import MERGER, NEW, PRE, SUBJECT_TYPES, Round, Unit, World

KINDS = {"round": 27, "stock": 22, "merged": 8, "national": 6, "region": 5, "district": 7, "uplift": 8,
         "tag_page": 3, "negative": 8}
TYPE_WORDS = {
    "cooperative": ("hợp tác xã", "HTX"),
    "enterprise": ("doanh nghiệp", "công ty"),
    "household": ("hộ kinh doanh", "hộ sản xuất", "cơ sở sản xuất"),
    "cooperative_group": ("tổ hợp tác",),
}
SITE_SECTIONS = ("kinh-te", "nong-nghiep", "nong-thon-moi", "thoi-su", "ocop")
NATIONAL_OUTLETS = ("Văn phòng Điều phối nông thôn mới Trung ương", "Tạp chí Nông thôn mới (bản tổng hợp)",
                    "Bản tin Kinh tế nông thôn", "Cổng thông tin OCOP quốc gia (bản tổng hợp)")


@dataclass
class Article:
    name: str
    text: str
    manifest: dict
    labels: list[dict]


@dataclass
class Draft:
    """An article being written: its random generator, the labels of the facts it states, the background
    sentences it used."""

    ident: str
    rng: random.Random
    labels: list[dict] = field(default_factory=list)
    used: set[str] = field(default_factory=set)  # background sentences already written

    def fact(self, geo: str, year, kind: str, metric: str, value, stars=None, subject_type=None, value_high=None,
             qualifier=None, optional=False, note="") -> None:
        years = None if year is None else sorted(set(year)) if isinstance(year, (list, tuple, set)) else [year]
        label = {"id": self.ident, "geo": geo, "year": years, "kind": kind, "metric": metric, "stars": stars,
                 "subject_type": subject_type, "value": value, "value_high": value_high, "qualifier": qualifier,
                 "optional": optional, "note": note}
        if label not in self.labels:
            self.labels.append(label)


def join_list(items: list[str], word: str = "và") -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"


class ArticleWriter:
    """Writes article number ``i`` of the corpus of ``seed``: the same number always gives the same article."""

    def __init__(self, world: World, seed: int) -> None:
        self.world = world
        self.seed = seed
        self.kinds = list(KINDS)
        self.weights = [KINDS[k] for k in self.kinds]
        self.pre = world.pre_units
        self.new = world.new_units

    def article(self, i: int, attempt: int = 0) -> Article:
        rng = random.Random(self.seed * 1_000_003 + i * 7919 + attempt)
        kind = rng.choices(self.kinds, self.weights)[0]
        return getattr(self, f"_{kind}")(i, rng)

    # -- shared pieces --------------------------------------------------------------------------------------------

    def _start(self, i: int, rng: random.Random, slug: str, kind: str) -> Draft:
        return Draft(f"{i:06d}_{slug}_{kind}", rng)

    @staticmethod
    def _ref(unit: Unit, rng: random.Random, after_merger: bool = False) -> str:
        """The unit as a sentence names it: "tỉnh Phú Yên", "thành phố Cần Thơ", "Phú Yên"."""
        name = text_name(unit.name)
        if unit.kind == "city":
            if name == "Hồ Chí Minh":
                return rng.choice(("TP Hồ Chí Minh", "TP.HCM", "Thành phố Hồ Chí Minh"))
            return rng.choice((f"thành phố {name}", f"TP {name}", name))
        if after_merger and rng.random() < 0.4:
            return rng.choice((f"tỉnh {name} mới", f"tỉnh {name} (mới)", f"tỉnh {name} sau hợp nhất"))
        return rng.choice((f"tỉnh {name}", f"tỉnh {name}", name))

    @staticmethod
    def _title(unit: Unit) -> str:
        """The unit in a headline."""
        return "TP.HCM" if unit.name == "Hồ Chí Minh" else text_name(unit.name)

    @staticmethod
    def _scope(unit: Unit) -> str:
        return "toàn thành phố" if unit.kind == "city" else "toàn tỉnh"

    @staticmethod
    def _short(unit: Unit) -> str:
        return "thành phố" if unit.kind == "city" else "tỉnh"

    def _slots(self, unit: Unit | None, rng: random.Random) -> dict[str, str]:
        area = (unit.code if unit.layout == PRE else rng.choice(unit.predecessors)) if unit else rng.choice(
            self.pre).code
        rnd = self.world.rounds[(PRE, area, rng.choice((2019, 2020, 2021, 2022, 2023, 2024)))]
        product = rng.choice(rnd.products)
        word = "các địa phương" if unit is None else "thành phố" if unit.kind == "city" else "tỉnh"
        return {"P": self._ref(unit, rng) if unit else "các địa phương", "product": product.name,
                "producer": product.producer.name, "person": person(rng),
                "role": rng.choice(ROLES if unit else NATIONAL_ROLES), "t": word, "T": word.capitalize()}

    def _filler(self, draft: Draft, unit: Unit | None, year: int, budget: int, topics=None) -> list[str]:
        """Background paragraphs of about ``budget`` bytes, a hard negative now and then."""
        rng = draft.rng
        slots = self._slots(unit, rng)
        paragraphs, size = [], 0
        topics = topics or ("programme", "product", "market", "quality", "support", "difficulty", "plan")
        while size < budget:
            topic = rng.choice(topics)
            sentences = []
            for _ in range(rng.randint(2, 4)):
                sentences.append(background(topic, rng, slots, draft.used))
            if rng.random() < 0.35:
                sentences.insert(rng.randint(0, len(sentences)), negative(rng, year, slots))
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
            if rng.random() < 0.3:
                slots = self._slots(unit, rng)
        return paragraphs

    def _finish(self, draft: Draft, unit: Unit | None, year: int, published: dt.date | None, facts: list[str],
                title: str, outlet: str, related_layout: str, manifest_date: bool = True) -> Article:
        """Title, dateline and page chrome around the fact paragraphs, background prose up to the article's size,
        captions, byline, related headlines and widgets."""
        rng = draft.rng
        target = min(9000, max(1400, int(rng.gauss(3900, 1300))))
        head: list[str] = []
        if published and manifest_date and rng.random() < 0.15:
            today = dt.date(2026, 3, 22) + dt.timedelta(days=rng.randint(0, 200))
            head.append(f"{today.day:02d}/{today.month:02d}/{today.year} | Đường dây nóng | Liên hệ quảng cáo")
        if rng.random() < 0.2:
            head.append(rng.choice(("Kinh tế > Nông nghiệp", "Trang chủ > Nông thôn mới > OCOP", "Thời sự | Kinh tế")))
        head.append(title)
        if published and (not manifest_date or rng.random() < 0.7):
            head.append(dateline(published, rng))
        used = sum(len(x.encode()) for x in head) + sum(len(x.encode()) for x in facts)
        filler = self._filler(draft, unit, year, max(0, target - used - 350))
        body = list(facts)
        for paragraph in filler:
            body.insert(rng.randint(1, len(body)) if body else 0, paragraph)
        slots = self._slots(unit, rng)
        for _ in range(rng.choice((0, 1, 1, 2))):
            caption = rng.choice(CAPTIONS).format(photo=person(rng), k=rng.randint(1, 9), **slots)
            body.insert(rng.randint(1, len(body)), caption)
        tail = []
        byline = rng.choice(BYLINES)
        initials = "".join(w[0] for w in person(rng).split()) + "."
        tail.append(byline.format(person=person(rng), initials=initials,
                                  U=text_name(unit.name) if unit else "Nông nghiệp"))
        related = self._related(draft, unit, related_layout, published or dt.date(year, 12, 31))
        if related:
            tail.extend(related)
        if rng.random() < 0.12:
            a, b, c = rng.randint(1, 9), rng.randint(1, 9), rng.randint(20, 35)
            tail.append(rng.choice(WIDGETS).format(a=a, b=b, c=c))
        sep = "\n\n"
        text = sep.join(head) + sep + sep.join(body) + sep + sep.join(tail) + "\n"
        slug = outlet_slug(outlet)
        manifest = {"file": f"{draft.ident}.txt",
                    "url": f"https://{slug}.example.vn/{rng.choice(SITE_SECTIONS)}/{draft.ident.replace('_', '-')}"
                           f".html",
                    "outlet": outlet,
                    "published": published.isoformat() if published and manifest_date else ""}
        return Article(draft.ident, text, manifest, draft.labels)

    def _related(self, draft: Draft, unit: Unit | None, layout: str, before: dt.date) -> list[str]:
        """A related-news block: other units' round results (optional labels for their own place) and plain
        headlines."""
        rng = draft.rng
        if rng.random() < 0.35:
            return []
        lines = [rng.choice(("Tin liên quan", "Xem thêm:", "Các tin khác", "Bài viết mới nhất"))]
        units = self.pre if layout == PRE else self.new
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.55:
                other = rng.choice(units)
                if unit is not None and other.key == unit.key:
                    continue
                years = [y for y in ((2019, 2020, 2021, 2022, 2023, 2024, 2025) if layout == PRE else (2025, 2026))
                         if self.world.rounds[(layout, other.code, y)].date < before]
                if not years:
                    continue
                year = rng.choice(years)
                rnd = self.world.rounds[(layout, other.code, year)]
                n = len(rnd.products)
                name = text_name(other.name)
                with_year = rng.random() < 0.5
                lines.append("- " + rng.choice((
                    f"{name} có thêm {num(n)} sản phẩm OCOP" + (f" năm {year}" if with_year else ""),
                    f"{name}: công nhận {num(n)} sản phẩm đạt chuẩn OCOP" + (f" năm {year}" if with_year else ""),
                )))
                draft.fact(other.name, year if with_year else None, "new", "products", n, optional=True,
                           note="related headline: not the article's place")
            else:
                lines.append("- " + rng.choice(PLAIN_HEADLINES))
        return lines if len(lines) > 1 else []

    # -- sentences of figures ---------------------------------------------------------------------------------------

    def _stars_sentence(self, draft: Draft, geo: str, year, kind: str, stars: tuple[int, int, int] | dict,
                        lead: str = "Trong đó", note: str = "") -> str:
        rng = draft.rng
        levels = [(s, stars[s - 3] if isinstance(stars, tuple) else stars.get(s, 0)) for s in (3, 4, 5)]
        levels = [(s, n) for s, n in levels if n > 0]
        if not levels:
            return ""
        for s, n in levels:
            draft.fact(geo, year, kind, "products", n, stars=s, note=note or "star breakdown")
        if rng.random() < 0.5:
            levels.reverse()
        style = rng.randrange(5)
        if style == 0:
            parts = [f"{count(n, rng)} sản phẩm đạt {s} sao" for s, n in levels]
            return f"{lead}, {join_list(parts)}."
        if style == 1:
            parts = [f"{count(n, rng)} sản phẩm {s} sao" for s, n in levels]
            return f"{lead} có {join_list(parts)}."
        if style == 2:
            parts = [f"{s} sao có {count(n, rng)} sản phẩm" for s, n in levels]
            return f"Phân theo hạng, {join_list(parts)}."
        if style == 3:
            parts = [f"hạng {s} sao: {count(n, rng)} sản phẩm" for s, n in levels]
            return f"Cụ thể, {'; '.join(parts)}."
        parts = [f"{s} sao là {count(n, rng)}" for s, n in levels]
        return f"Số sản phẩm {join_list(parts)}."

    def _types_sentence(self, draft: Draft, geo: str, year, kind: str, total: int, types: tuple | dict,
                        frame: str) -> str:
        """Producers of the figure: ``frame`` introduces the total ("Các sản phẩm này thuộc {n} chủ thể"), their
        types follow (D1, D2, D3)."""
        rng = draft.rng
        values = [(t, types[i] if isinstance(types, tuple) else types.get(t, 0)) for i, t in enumerate(SUBJECT_TYPES)]
        nonzero = [(t, n) for t, n in values if n > 0]
        draft.fact(geo, year, kind, "subjects", total, note="producers")
        opening = frame.format(n=count(total, rng))
        if len(nonzero) < 2 or rng.random() < 0.2:
            return opening + "."
        for t, n in nonzero:
            draft.fact(geo, year, kind, "subjects", n, subject_type=t, note="producer type")
        kinds = {t for t, _ in nonzero}
        value = dict(nonzero)
        if kinds == {"cooperative", "enterprise", "household"} and value["cooperative"] > max(
                value["enterprise"], value["household"]) and rng.random() < 0.4:
            return (f"{opening}. Trong đó, hợp tác xã chiếm nhiều nhất với {count(value['cooperative'], rng)} đơn vị, "
                    f"doanh nghiệp {count(value['enterprise'], rng)}, còn lại là hộ sản xuất với "
                    f"{count(value['household'], rng)} chủ thể.")
        rng.shuffle(nonzero)
        words = {t: rng.choice(TYPE_WORDS[t]) for t, _ in nonzero}
        if words.get("household") == "cơ sở sản xuất" and not {"cooperative", "enterprise"} & kinds:
            words["household"] = "hộ kinh doanh"
        parts = [f"{count(n, rng)} {words[t]}" for t, n in nonzero]
        return f"{opening}, gồm {join_list(parts)}."

    def _districts_stock(self, draft: Draft, unit: Unit, year: int, label_year, when: str) -> str:
        """E1: the districts with the most products, by name, after the province's total."""
        rng = draft.rng
        stocks = sorted(((self.world.district_stock[(unit.code, d, year)].total, d)
                         for d in self.world.districts[unit.code]), reverse=True)
        stocks = [(n, d) for n, d in stocks if n > 0]
        if len(stocks) < 2:
            return ""
        geo = lambda d: f"district:{unit.name}/{d}"  # noqa: E731
        ties = [(a, b) for a, b in zip(stocks, stocks[1:], strict=False) if a[0] == b[0]]
        (n1, d1), (n2, d2) = stocks[0], stocks[1]
        draft.fact(geo(d1), label_year, "cumulative", "products", n1, note="district list")
        draft.fact(geo(d2), label_year, "cumulative", "products", n2, note="district list")
        prefix = f"{when}, d" if when else "D"
        if n1 == n2:
            return f"{prefix}ẫn đầu là hai huyện {d1} và {d2}, mỗi huyện {count(n1, rng)} sản phẩm."
        sentence = rng.choice((
            f"{prefix}ẫn đầu là huyện {d1} với {count(n1, rng)} sản phẩm, tiếp theo là huyện {d2} với "
            f"{count(n2, rng)} sản phẩm",
            f"{prefix}ẫn đầu là huyện {d1} với {count(n1, rng)} sản phẩm, kế đến là huyện {d2} ({count(n2, rng)} "
            f"sản phẩm)",
        ))
        later = [t for t in ties if t[0][0] < n2]
        if later and rng.random() < 0.7:
            (n3, d3), (_, d4) = later[0]
            draft.fact(geo(d3), label_year, "cumulative", "products", n3, note="'mỗi huyện'")
            draft.fact(geo(d4), label_year, "cumulative", "products", n3, note="'mỗi huyện'")
            sentence += f"; {d3} và {d4} mỗi huyện {count(n3, rng)} sản phẩm"
        return sentence + "."

    def _districts_table(self, draft: Draft, unit: Unit, year: int, label_year) -> str:
        """H5: a table flattened to text, one district per row, after a sentence that dates it."""
        rows = [(d, self.world.district_stock[(unit.code, d, year)].total) for d in self.world.districts[unit.code]]
        rows = [(d, n) for d, n in rows if n > 0]
        if len(rows) < 3:
            return ""
        lines = [f"Số sản phẩm OCOP theo địa phương đến hết năm {year}:", "Địa phương | Số sản phẩm OCOP"]
        for d, n in rows:
            lines.append(f"{d} | {num(n)}")
            draft.fact(f"district:{unit.name}/{d}", label_year, "cumulative", "products", n, note="table row")
        return "\n".join(lines)

    def _target_sentences(self, draft: Draft, unit: Unit, year: int) -> list[str]:
        """Plans: a stock to reach (A9, F3 ranges), products to add (at_least), upgrades (A10)."""
        rng = draft.rng
        name, geo = text_name(unit.name), unit.name
        last = 2025 if unit.layout == PRE else 2030
        if year >= last:
            return []
        choice = rng.choices((0, 1, 2, 3), (4, 4, 3, 1))[0]
        if choice == 0:
            goal = rng.choice([y for y in range(year + 1, last + 1)])
            t = self.world.target(unit, goal)
            draft.fact(geo, goal, "target", "products", t, note="target stock")
            return [rng.choice((
                f"Mục tiêu đến năm {goal}, {name} có {num(t)} sản phẩm OCOP.",
                f"{self._short(unit).capitalize()} phấn đấu đến năm {goal} có {num(t)} sản phẩm đạt chuẩn OCOP.",
            ))]
        if choice == 1:
            goal = year + 1
            typical = len(self.world.rounds[(unit.layout, unit.code, min(goal, 2025 if unit.layout == PRE else 2026))]
                          .products)
            add = max(5, typical // 5 * 5)
            draft.fact(geo, goal, "target", "products", add, qualifier="at_least", note="target: at least N more")
            return [f"Năm {goal}, {self._short(unit)} phấn đấu có thêm ít nhất {num(add)} sản phẩm đạt từ 3 sao trở "
                    f"lên."]
        if choice == 2:
            goal = rng.choice([y for y in range(year + 1, last + 1)])
            t = self.world.target(unit, goal, "range")
            high = t + rng.choice((10, 20, 30, 50))
            five = rng.randint(1, 4)
            five_high = five + rng.choice((1, 2))
            draft.fact(geo, goal, "target", "products", t, value_high=high, note="target range")
            draft.fact(geo, goal, "target", "products", five, stars=5, value_high=five_high, note="5-star target range")
            return [f"Mục tiêu đến năm {goal}, {name} có {num(t)} – {num(high)} sản phẩm OCOP, trong đó {five} – "
                    f"{five_high} sản phẩm 5 sao."]
        goal = year + 1
        up = rng.randint(2, 12)
        draft.fact(geo, goal, "target", "products", up, stars=4, note="upgrade target: the level reached")
        return [f"Năm {goal}, {self._short(unit)} phấn đấu hỗ trợ nâng hạng {up} sản phẩm từ 3 sao lên 4 sao."]

    # -- articles -----------------------------------------------------------------------------------------------------

    def _pick_unit(self, rng: random.Random) -> tuple[Unit, int]:
        if rng.random() < 0.78:
            return rng.choice(self.pre), rng.choice((2019, 2020, 2021, 2022, 2023, 2024, 2025))
        return rng.choice(self.new), rng.choice((2025, 2026))

    def _outlet(self, unit: Unit | None, rng: random.Random) -> str:
        if unit is None:
            return rng.choice(NATIONAL_OUTLETS)
        name = text_name(unit.name)
        return rng.choice((f"Báo {name}", f"Báo {name} điện tử", f"Cổng thông tin điện tử {self._short(unit)} {name}",
                           f"Đài Phát thanh và Truyền hình {name}"))

    @staticmethod
    def _after(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
        last = max(first, last)
        return first + dt.timedelta(days=rng.randint(0, (last - first).days))

    @staticmethod
    def _year_end(unit: Unit, year: int) -> dt.date:
        """The last day an article can report ``year``'s stock as current."""
        if (unit.layout, year) == (PRE, 2025):
            return dt.date(2025, 6, 30)
        return dt.date(2026, 11, 20) if year == 2026 else dt.date(year, 12, 28)

    def _round(self, i: int, rng: random.Random) -> Article:
        unit, year = self._pick_unit(rng)
        rnd = self.world.rounds[(unit.layout, unit.code, year)]
        draft = self._start(i, rng, slugify(unit.name), f"{year}_dot")
        published = self._after(rng, rnd.date + dt.timedelta(days=1),
                                min(self._year_end(unit, year), rnd.date + dt.timedelta(days=25)))
        geo, name, ref = unit.name, self._title(unit), self._ref(unit, rng, unit.layout == NEW)
        n, stock = len(rnd.products), self.world.stock[(unit.layout, unit.code, year)]
        draft.fact(geo, year, "new", "products", n, note="round result")
        title = rng.choice((
            f"{name} có thêm {num(n)} sản phẩm đạt chuẩn OCOP",
            f"{name}: Công nhận {num(n)} sản phẩm OCOP năm {year}",
            f"Thêm {num(n)} sản phẩm của {name} được gắn sao OCOP",
            f"{name} công bố kết quả đánh giá, phân hạng sản phẩm OCOP năm {year}",
        ))
        lead = rng.choice((
            f"UBND {ref} vừa ban hành Quyết định số {rnd.decision} công nhận {count(n, rng)} sản phẩm đạt chuẩn OCOP "
            f"năm {year}.",
            f"Ngày {date_vn(rnd.date)}, UBND {ref} ký quyết định công nhận kết quả đánh giá, phân hạng sản phẩm OCOP "
            f"năm {year}, theo đó {count(n, rng)} sản phẩm đạt từ 3 sao trở lên.",
            f"Năm {year}, {ref} có thêm {count(n, rng)} sản phẩm được công nhận đạt chuẩn OCOP.",
            f"Hội đồng đánh giá, phân hạng sản phẩm OCOP {ref} vừa hoàn thành đợt chấm điểm năm {year}; kết quả có "
            f"{count(n, rng)} sản phẩm đạt 3 sao trở lên được công nhận.",
            f"Trong đợt xét chọn năm {year}, {ref} công nhận thêm {count(n, rng)} sản phẩm OCOP.",
        ))
        first = [lead]
        stars = self._stars_sentence(draft, geo, year, "new", (rnd.stars[3], rnd.stars[4], rnd.stars[5]))
        if stars:
            first.append(("\n" if rng.random() < 0.3 else " ") + stars)  # H6: the breakdown on the next line
        if rng.random() < 0.7:
            first.append(" " + self._types_sentence(
                draft, geo, year, "new", len(rnd.producers), rnd.producer_types,
                rng.choice(("Các sản phẩm này thuộc {n} chủ thể", "Những sản phẩm được công nhận đợt này thuộc {n} "
                                                                  "chủ thể"))))
        facts = ["".join(first)]
        second = []
        if unit.layout == PRE and rng.random() < 0.55:
            second.append(self._round_districts(draft, unit, rnd))
        if rnd.potential_5 and rng.random() < 0.8:
            k = rnd.potential_5
            draft.fact(geo, year, "new", "products", k, stars="potential_5", note="proposed to the centre")
            second.append(rng.choice((
                f"Hội đồng cấp {self._short(unit)} cũng chọn {count(k, rng)} sản phẩm đủ điều kiện đề nghị Trung ương "
                f"đánh giá, phân hạng 5 sao.",
                f"Ngoài ra, {count(k, rng)} sản phẩm được đánh giá tiềm năng 5 sao.",
                f"Đáng chú ý, có {count(k, rng)} sản phẩm đủ số điểm đề nghị Trung ương công nhận 5 sao.",
            )))
        if second:
            facts.append(" ".join(x for x in second if x))
        if rng.random() < 0.75:
            draft.fact(geo, year, "cumulative", "products", stock.total, note="stock after the round")
            sentence = rng.choice((
                f"Như vậy, đến nay {self._scope(unit)} có {count(stock.total, rng)} sản phẩm OCOP",
                f"Kết quả này nâng tổng số sản phẩm OCOP của {self._short(unit)} lên {count(stock.total, rng)} sản "
                f"phẩm",
                f"Với kết quả trên, {ref} hiện có {count(stock.total, rng)} sản phẩm OCOP",
            ))
            if rng.random() < 0.5:
                facts.append(sentence + ". " + self._stars_sentence(draft, geo, year, "cumulative", stock.stars,
                                                                     note="stock breakdown"))
            else:
                facts.append(sentence + ".")
        if rng.random() < 0.5:
            facts.append(" ".join(self._target_sentences(draft, unit, year)))
        facts = [f for f in facts if f]
        return self._finish(draft, unit, year, published, facts, title, self._outlet(unit, rng),
                            unit.layout, manifest_date=rng.random() > 0.05)

    def _round_districts(self, draft: Draft, unit: Unit, rnd: Round) -> str:
        rng = draft.rng
        top = [(d, n) for d, n in rnd.by_district.most_common() if n > 0][: rng.randint(2, 4)]
        if len(top) < 2:
            return ""
        for d, n in top:
            draft.fact(f"district:{unit.name}/{d}", rnd.year, "new", "products", n, note="district of the round")
        if rng.random() < 0.5:
            names = [f"{d}" for d, _ in top]
            values = [count(n, rng) for _, n in top]
            return (f"Trong đợt này, các huyện {join_list(names)} lần lượt có {join_list(values)} sản phẩm được công "
                    f"nhận.")
        parts = [f"huyện {d} {count(n, rng)} sản phẩm" for d, n in top]
        return f"Chi tiết theo địa phương trong đợt này: {', '.join(parts)}."

    def _stock_timing(self, unit: Unit, year: int, rng: random.Random) -> tuple[dt.date, str, str]:
        """(publication date, the words that date the stock, the words that date a later sentence)."""
        rnd = self.world.rounds[(unit.layout, unit.code, year)]
        if not ((unit.layout, year) == (PRE, 2025) or year == 2026) and rng.random() < 0.45:
            published = self._after(rng, dt.date(year + 1, 1, 5), dt.date(year + 1, 4, 25))
            words = rng.choice((f"Tính đến hết năm {year}", f"Lũy kế đến cuối năm {year}", f"Đến ngày 31/12/{year}",
                                f"Đến hết năm {year}"))
            return published, words, rng.choice((f"Đến cuối năm {year}", f"Tính đến hết năm {year}"))
        published = self._after(rng, rnd.date + dt.timedelta(days=2), self._year_end(unit, year))
        words = rng.choice(("Đến nay", "Hiện nay", "Hiện", f"Tính đến tháng {published.month}/{year}",
                            "Đến thời điểm này"))
        return published, words, rng.choice(("Hiện nay", "Đến nay"))

    def _stock(self, i: int, rng: random.Random) -> Article:
        unit, year = self._pick_unit(rng)
        if unit.layout == NEW:
            return self._merged(i, rng, unit, year)
        stock = self.world.stock[(PRE, unit.code, year)]
        draft = self._start(i, rng, slugify(unit.name), f"{year}_tong")
        published, words, when = self._stock_timing(unit, year, rng)
        geo, name, ref = unit.name, self._title(unit), self._ref(unit, rng)
        s = stock.total
        draft.fact(geo, year, "cumulative", "products", s, note="stock")
        rounded = (s // 10) * 10
        if published.year != year:
            title = rng.choice((f"{name}: {num(s)} sản phẩm OCOP tính đến hết năm {year}",
                                f"Sản phẩm OCOP của {name} đến cuối năm {year}"))
        elif rounded >= 20 and rounded != s and rng.random() < 0.3:
            title = f"{name} có hơn {num(rounded)} sản phẩm OCOP"
            draft.fact(geo, year, "cumulative", "products", rounded, qualifier="at_least", optional=True,
                       note="headline rounding")
        else:
            title = rng.choice((f"{name}: Sản phẩm OCOP tăng cả về số lượng và chất lượng",
                                f"Nâng chất sản phẩm OCOP ở {name}", f"{name} có {num(s)} sản phẩm OCOP"))
        verb = "đã có" if words.startswith(("Tính", "Lũy", "Đến h", "Đến ng")) else "có"
        comma = " " if words == "Hiện" else ", "
        lead = rng.choice((
            f"{words}{comma}{self._scope(unit)} {verb} {count(s, rng)} sản phẩm OCOP",
            f"{words}{comma}{ref} {verb} {count(s, rng)} sản phẩm đạt chuẩn OCOP từ 3 sao trở lên",
            f"{words}{comma}{ref} {verb} {count(s, rng)} sản phẩm được công nhận OCOP",
        ))
        with_subjects = rng.random() < 0.3
        if with_subjects:
            draft.fact(geo, year, "cumulative", "subjects", stock.subjects, note="producers with the stock")
            lead += f" của {count(stock.subjects, rng)} chủ thể"
        lead += "."
        five = stock.star(5)
        if five and rng.random() < 0.2:
            draft.fact(geo, year, "cumulative", "products", stock.star(4), stars=4, note="stock breakdown")
            draft.fact(geo, year, "cumulative", "products", five, stars=5, note="'cấp quốc gia'")
            draft.fact(geo, year, "cumulative", "products", stock.star(3), stars=3, optional=True,
                       note="implied remainder")
            breakdown = (f"Trong đó, {count(stock.star(4), rng)} sản phẩm đạt 4 sao, còn lại đạt 3 sao. Đáng chú ý, "
                         f"{self._short(unit)} đã có {count(five, rng)} sản phẩm được công nhận OCOP cấp quốc gia.")
        else:
            breakdown = self._stars_sentence(draft, geo, year, "cumulative", stock.stars, note="stock breakdown")
        facts = [lead + (("\n" if rng.random() < 0.25 else " ") + breakdown if breakdown else "")]
        more = []
        if not with_subjects and rng.random() < 0.6:
            frame = rng.choice((f"{when}, {self._scope(unit)} có {{n}} chủ thể OCOP",
                                f"Về chủ thể, {when[0].lower() + when[1:]} {self._scope(unit)} có {{n}} chủ thể"))
            more.append(self._types_sentence(draft, geo, year, "cumulative", stock.subjects, stock.types, frame))
        if rng.random() < 0.55:
            more.append(self._districts_stock(draft, unit, year, year, when))
        if more:
            facts.append(" ".join(x for x in more if x))
        if rng.random() < 0.12:
            facts.append(self._districts_table(draft, unit, year, year))
        if year > 2019 and rng.random() < 0.3:
            national = self.world.national[year - 1].total
            draft.fact("national", year - 1, "cumulative", "products", national, note="national figure")
            facts.append(f"Tính đến hết năm {year - 1}, cả nước có {num(national)} sản phẩm OCOP; {name} nằm trong "
                         f"nhóm các địa phương có số sản phẩm tăng nhanh.")
        if rng.random() < 0.55:
            facts.append(" ".join(self._target_sentences(draft, unit, year)))
        facts = [f for f in facts if f]
        return self._finish(draft, unit, year, published, facts, title, self._outlet(unit, rng), PRE,
                            manifest_date=rng.random() > 0.05)

    def _merged(self, i: int, rng: random.Random, unit: Unit | None = None, year: int | None = None) -> Article:
        """A from2025 unit after 1 July 2025: its stock, its former provinces "(cũ)" on 30 June 2025, its round."""
        unit = unit or rng.choice(self.new)
        year = year or rng.choice((2025, 2026))
        stock = self.world.stock[(NEW, unit.code, year)]
        rnd = self.world.rounds[(NEW, unit.code, year)]
        draft = self._start(i, rng, slugify(unit.name), f"{year}_moi")
        published, words, when = self._stock_timing(unit, year, rng)
        geo, name = unit.name, self._title(unit)
        ref = self._ref(unit, rng, True)
        s = stock.total
        draft.fact(geo, year, "cumulative", "products", s, note="merged unit's stock")
        if published.year != year:
            title = f"{name}: {num(s)} sản phẩm OCOP tính đến hết năm {year}"
        else:
            title = rng.choice((f"{name} mới có {num(s)} sản phẩm OCOP",
                                f"Sản phẩm OCOP sau hợp nhất: {name} có {num(s)} sản phẩm",
                                f"Phát triển sản phẩm OCOP ở {name} sau hợp nhất"))
        lead = rng.choice((
            f"{words}{' ' if words == 'Hiện' else ', '}{ref} có {count(s, rng)} sản phẩm OCOP",
            f"Sau hợp nhất, {words[0].lower() + words[1:]}, {ref} có {count(s, rng)} sản phẩm đạt chuẩn OCOP",
        ))
        facts = [lead + ". " + self._stars_sentence(draft, geo, year, "cumulative", stock.stars,
                                                     note="stock breakdown")]
        if len(unit.predecessors) > 1 and rng.random() < 0.8:
            parts = []
            for code in unit.predecessors:
                old = self.world.unit(PRE, code)
                old_stock = self.world.stock[(PRE, code, 2025)]
                draft.fact(old.name, 2025, "cumulative", "products", old_stock.total,
                           note="former province on 30 June 2025")
                parts.append((text_name(old.name), count(old_stock.total, rng)))
            if rng.random() < 0.5:
                listed = join_list([f"{n} (cũ) có {v} sản phẩm" for n, v in parts])
                facts.append(f"Trước hợp nhất, tính đến ngày 30/6/2025, {listed}.")
            else:
                facts.append(" ".join(f"Tính đến ngày 30/6/2025, trước khi hợp nhất, tỉnh {n} (cũ) có {v} sản phẩm "
                                      f"OCOP." for n, v in parts))
        if rng.random() < 0.7:
            n = len(rnd.products)
            draft.fact(geo, year, "new", "products", n, note="round after the merger")
            if year == 2025:
                sentence = (f"Riêng đợt đánh giá đầu tiên sau hợp nhất trong năm 2025, {self._ref(unit, rng)} công "
                            f"nhận thêm {count(n, rng)} sản phẩm")
            else:
                sentence = f"Năm {year}, {self._ref(unit, rng)} công nhận thêm {count(n, rng)} sản phẩm OCOP"
            sentence += "."
            if rng.random() < 0.5:
                sentence += " " + self._stars_sentence(draft, geo, year, "new", (rnd.stars[3], rnd.stars[4],
                                                                                  rnd.stars[5]))
            facts.append(sentence)
        if rng.random() < 0.5:
            frame = f"{when}, {self._ref(unit, rng)} có {{n}} chủ thể OCOP"
            facts.append(self._types_sentence(draft, geo, year, "cumulative", stock.subjects, stock.types, frame))
        if rng.random() < 0.6:
            facts.append(" ".join(self._target_sentences(draft, unit, year)))
        facts = [f for f in facts if f]
        return self._finish(draft, unit, year, published, facts, title, self._outlet(unit, rng), NEW,
                            manifest_date=rng.random() > 0.05)

    def _national(self, i: int, rng: random.Random) -> Article:
        year = rng.choice((2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026))
        draft = self._start(i, rng, "ca_nuoc", f"{year}")
        if year == 2026 or rng.random() < 0.35:
            published = self._after(rng, dt.date(year, 12, 1) if year < 2026 else dt.date(2026, 7, 5),
                                    dt.date(year, 12, 28) if year < 2026 else dt.date(2026, 11, 20))
            words, when = rng.choice(("Hiện nay", "Đến nay", f"Tính đến tháng {published.month}/{year}")), "Hiện nay"
        else:
            published = self._after(rng, dt.date(year + 1, 1, 5), dt.date(year + 1, 4, 28))
            words = rng.choice((f"Tính đến hết năm {year}", f"Đến cuối năm {year}", f"Lũy kế đến hết năm {year}"))
            when = f"Đến hết năm {year}"
        layout = NEW if published >= MERGER else PRE
        stock = self.world.national[year]
        draft.fact("national", year, "cumulative", "products", stock.total, note="national stock")
        title = rng.choice((f"Cả nước có {num(stock.total)} sản phẩm OCOP" + (
            "" if published.year == year else f" tính đến hết năm {year}"),
            f"Chương trình OCOP: Nhìn lại kết quả năm {year}",
            f"Sản phẩm OCOP năm {year}: Tăng về số lượng, nâng về chất lượng"))
        facts = [f"{words}, cả nước có {count(stock.total, rng)} sản phẩm OCOP đạt từ 3 sao trở lên. "
                 + self._stars_sentence(draft, "national", year, "cumulative", stock.stars, note="national breakdown")]
        draft.fact("national", year, "cumulative", "subjects", stock.subjects, note="national producers")
        share = pct(100 * stock.subject_type("cooperative") / stock.subjects)
        facts.append(f"{when}, cả nước có {num(stock.subjects)} chủ thể OCOP; hợp tác xã chiếm {share}, còn lại là "
                     f"doanh nghiệp, tổ hợp tác và hộ sản xuất.")
        new = self.world.national_new[year]
        if rng.random() < 0.6:
            draft.fact("national", year, "new", "products", new["total"], note="national new of the year")
            sentence = f"Riêng năm {year}, cả nước công nhận thêm {num(new['total'])} sản phẩm."
            if new[5] and rng.random() < 0.6:
                draft.fact("national", year, "new", "products", new[5], stars=5, note="'Trung ương công nhận'")
                sentence += (f" Cũng trong năm {year}, có {num(new[5])} sản phẩm được Trung ương công nhận đạt 5 "
                             f"sao.")
            facts.append(sentence)
        if rng.random() < 0.7:
            regions = sorted(self.world.regions, key=lambda r: -self.world.regional[(layout, r, year)])
            r1, r2 = regions[0], regions[1]
            v1, v2 = self.world.regional[(layout, r1, year)], self.world.regional[(layout, r2, year)]
            draft.fact(f"region:{r1}", year, "cumulative", "products", v1, note="regional figure")
            draft.fact(f"region:{r2}", year, "cumulative", "products", v2, note="regional figure")
            facts.append(f"Xét theo vùng, {when[0].lower() + when[1:]}, {r1} có nhiều sản phẩm nhất với {num(v1)} sản "
                         f"phẩm, tiếp theo là vùng {r2} với {num(v2)} sản phẩm.")
        if rng.random() < 0.6:
            units = self.pre if layout == PRE else self.new
            ranked = sorted(units, key=lambda u: -self.world.stock[(layout, u.code, year)].total)[:3]
            parts = []
            for u in ranked:
                v = self.world.stock[(layout, u.code, year)].total
                draft.fact(u.name, year, "cumulative", "products", v, note="province ranking")
                parts.append(f"{text_name(u.name)} ({num(v)} sản phẩm)")
            if published.year == year:
                facts.append(f"Các địa phương hiện có nhiều sản phẩm OCOP nhất là {join_list(parts)}.")
            else:
                facts.append(f"Lũy kế đến hết năm {year}, các địa phương có nhiều sản phẩm OCOP nhất là "
                             f"{join_list(parts)}.")
        if rng.random() < 0.5:
            goal = 2025 if year < 2025 else 2030
            t = _round_up(stock.total * (1.2 if goal == 2025 else 1.5), 1000)
            draft.fact("national", goal, "target", "products", t, qualifier="at_least", note="national target")
            facts.append(f"Mục tiêu đến năm {goal}, cả nước có ít nhất {num(t)} sản phẩm OCOP.")
        return self._finish(draft, None, year, published, facts, title, rng.choice(NATIONAL_OUTLETS), layout,
                            manifest_date=rng.random() > 0.05)

    def _region(self, i: int, rng: random.Random) -> Article:
        region = rng.choice(self.world.regions)
        layout = PRE if rng.random() < 0.75 else NEW
        year = rng.choice((2019, 2020, 2021, 2022, 2023, 2024)) if layout == PRE else rng.choice((2025, 2026))
        draft = self._start(i, rng, slugify(region), f"{year}_vung")
        if year < 2026:
            published = self._after(rng, dt.date(year + 1, 1, 5), dt.date(year + 1, 4, 28))
            words = when = f"Tính đến hết năm {year}"
        else:
            published = self._after(rng, dt.date(2026, 7, 5), dt.date(2026, 11, 20))
            words, when = "Hiện nay", "Hiện nay"
        total = self.world.regional[(layout, region, year)]
        draft.fact(f"region:{region}", year, "cumulative", "products", total, note="regional stock")
        title = rng.choice((f"Vùng {region} có {num(total)} sản phẩm OCOP" + (
            "" if published.year == year else f" tính đến hết năm {year}"),
            f"Sản phẩm OCOP vùng {region}: Nhiều dư địa phát triển"))
        facts = [f"{words}, toàn vùng {region} có {num(total)} sản phẩm OCOP."]
        units = sorted(self.world.units_in(layout, region),
                       key=lambda u: -self.world.stock[(layout, u.code, year)].total)
        parts = []
        for u in units[:rng.randint(2, 3)]:
            v = self.world.stock[(layout, u.code, year)].total
            draft.fact(u.name, year, "cumulative", "products", v, note="provinces of the region")
            parts.append((text_name(u.name), v))
        lead = f"{when}, dẫn đầu vùng là {parts[0][0]} với {num(parts[0][1])} sản phẩm"
        rest = [f"{n} {num(v)} sản phẩm" for n, v in parts[1:]]
        facts.append(lead + (f", kế đến là {join_list(rest)}." if rest else "."))
        if rng.random() < 0.5:
            national = self.world.national[year].total
            draft.fact("national", year, "cumulative", "products", national, note="national figure")
            facts.append(f"{when}, cả nước có {num(national)} sản phẩm OCOP; vùng {region} chiếm "
                         f"{pct(100 * total / national)} tổng số.")
        return self._finish(draft, None, year, published, facts, title, rng.choice(NATIONAL_OUTLETS), layout,
                            manifest_date=rng.random() > 0.05)

    def _district(self, i: int, rng: random.Random) -> Article:
        unit = rng.choice(self.pre)
        year = rng.choice((2019, 2020, 2021, 2022, 2023, 2024, 2025))
        candidates = [d for d in self.world.districts[unit.code]
                      if self.world.district_stock[(unit.code, d, year)].total > 0]
        if not candidates:
            return self._round(i, rng)
        district = rng.choice(candidates)
        stock = self.world.district_stock[(unit.code, district, year)]
        rnd = self.world.rounds[(PRE, unit.code, year)]
        draft = self._start(i, rng, slugify(district), f"{year}_huyen")
        published = self._after(rng, rnd.date + dt.timedelta(days=2), self._year_end(unit, year))
        geo = f"district:{unit.name}/{district}"
        name = text_name(unit.name)
        draft.fact(geo, year, "cumulative", "products", stock.total, note="district stock")
        title = rng.choice((f"Huyện {district} có {num(stock.total)} sản phẩm OCOP",
                            f"Huyện {district} ({name}) phát triển sản phẩm OCOP"))
        opening = rng.choice((f"Đến nay, huyện {district} có {count(stock.total, rng)} sản phẩm OCOP",
                              f"Hiện huyện {district} có {count(stock.total, rng)} sản phẩm đạt chuẩn OCOP"))
        if stock.star(4):
            draft.fact(geo, year, "cumulative", "products", stock.star(4), stars=4, note="district 4-star")
            facts = [f"{opening}, trong đó {count(stock.star(4), rng)} sản phẩm đạt 4 sao."]
        else:
            draft.fact(geo, year, "cumulative", "products", stock.total, stars=3, optional=True,
                       note="'tất cả đều ở hạng 3 sao'")
            facts = [f"{opening}, tất cả đều ở hạng 3 sao."]
        new = self.world.district_new[(unit.code, district, year)]
        if new and rng.random() < 0.7:
            draft.fact(geo, year, "new", "products", new, note="district's part of the round")
            facts.append(f"Riêng năm {year}, huyện có thêm {count(new, rng)} sản phẩm được UBND tỉnh công nhận.")
        if rng.random() < 0.6:
            province = self.world.stock[(PRE, unit.code, year)].total
            draft.fact(unit.name, year, "cumulative", "products", province, note="province stock in a district story")
            facts.append(f"Toàn tỉnh {name} hiện có {num(province)} sản phẩm OCOP.")
        return self._finish(draft, unit, year, published, facts, title, self._outlet(unit, rng), PRE)

    def _uplift(self, i: int, rng: random.Random) -> Article:
        unit, year = self._pick_unit(rng)
        rnd = self.world.rounds[(unit.layout, unit.code, year)]
        published = self._after(rng, rnd.date + dt.timedelta(days=2), self._year_end(unit, year))
        draft = self._start(i, rng, slugify(unit.name), f"{year}_hieu_qua")
        geo, name, ref = unit.name, self._title(unit), self._ref(unit, rng, unit.layout == NEW)
        uplift = self.world.uplift(unit, year)
        title = rng.choice((f"Sản phẩm OCOP giúp nông dân {name} tăng thu nhập", f"{name}: Hiệu quả từ chương trình "
                                                                                 f"OCOP"))
        stock = self.world.stock[(unit.layout, unit.code, year)]
        draft.fact(geo, year, "cumulative", "products", stock.total, note="stock")
        facts = [f"Hiện {ref} có {count(stock.total, rng)} sản phẩm OCOP từ 3 sao trở lên."]
        low, high = uplift["revenue_uplift_pct"]
        draft.fact(geo, year, "cumulative", "revenue_uplift_pct", low, value_high=high, note="revenue uplift")
        sentences = [rng.choice((
            f"Sau khi được gắn sao, doanh thu của các chủ thể tăng bình quân {low} – {high}%.",
            f"Theo đánh giá của ngành nông nghiệp, doanh thu của sản phẩm sau công nhận tăng {low}-{high}%.",
        ))]
        if rng.random() < 0.6:
            price = uplift["price_uplift_pct"][0]
            draft.fact(geo, year, "cumulative", "price_uplift_pct", price, note="price uplift")
            sentences.append(f"Giá bán sản phẩm OCOP tăng trung bình {price}% so với sản phẩm cùng loại.")
        if rng.random() < 0.4:
            lo, hi = uplift["output_uplift_pct"]
            draft.fact(geo, year, "cumulative", "output_uplift_pct", lo, value_high=hi, note="output uplift")
            sentences.append(f"Sản lượng tiêu thụ của các sản phẩm đạt sao tăng {lo} – {hi}%.")
        facts.append(" ".join(sentences))
        facts.append(rng.choice((
            f"Dịp Tết, sức mua hàng OCOP tại các điểm bán tăng {rng.randint(20, 45)}% so với ngày thường.",
            f"Lợi nhuận của các hợp tác xã tham gia chương trình tăng {rng.randint(8, 20)}%.",
            f"Số hợp đồng liên kết tiêu thụ tăng {rng.randint(10, 30)}% so với năm trước.",
        )))
        return self._finish(draft, unit, year, published, facts, title, self._outlet(unit, rng),
                            unit.layout, manifest_date=rng.random() > 0.05)

    def _tag_page(self, i: int, rng: random.Random) -> Article:
        """H8: a tag page of teasers, each a round result with its own year; the page itself has no date."""
        draft = self._start(i, rng, "the_ocop", "trang_the")
        layout = PRE if rng.random() < 0.75 else NEW
        units = rng.sample(self.pre if layout == PRE else self.new, rng.randint(3, 5))
        teasers = []
        for unit in units:
            year = rng.choice((2019, 2020, 2021, 2022, 2023, 2024, 2025) if layout == PRE else (2025, 2026))
            rnd = self.world.rounds[(layout, unit.code, year)]
            n = len(rnd.products)
            draft.fact(unit.name, year, "new", "products", n, note="teaser")
            teasers.append((rnd.date, f"{self._title(unit)} có thêm {num(n)} sản phẩm OCOP năm {year}\n"
                                      f"Năm {year}, UBND {self._ref(unit, rng)} công nhận {count(n, rng)} sản phẩm "
                                      f"đạt chuẩn OCOP, chủ yếu là nhóm thực phẩm và đồ uống. "
                                      f"{date_vn(rnd.date + dt.timedelta(days=3))}"))
        teasers.sort(key=lambda t: t[0], reverse=True)  # a tag page lists the newest first
        text = ("Trang chủ > Tags > sản phẩm OCOP\n\nTag: sản phẩm OCOP\n\n" + "\n\n".join(t for _, t in teasers)
                + f"\n\nTrang 1 / {rng.randint(3, 40)}\n")
        manifest = {"file": f"{draft.ident}.txt", "url": f"https://tin-nong-thon.example.vn/tag/ocop-{i}.html",
                    "outlet": "Tin nông thôn (trang thẻ)", "published": ""}
        return Article(draft.ident, text, manifest, draft.labels)

    def _negative(self, i: int, rng: random.Random) -> Article:
        """Hard negatives only: fairs, registrations, rural-industrial products, money, shares …"""
        unit, year = self._pick_unit(rng)
        draft = self._start(i, rng, slugify(unit.name), f"{year}_hoi_cho")
        published = self._after(rng, dt.date(year, 1, 10), self._year_end(unit, year))
        if unit.layout == NEW and published < MERGER:
            published = MERGER + dt.timedelta(days=rng.randint(5, 60))
        name = self._title(unit)
        title = rng.choice((f"Khai mạc Hội chợ sản phẩm OCOP {name} năm {year}",
                            f"{name} tập huấn nâng cao chất lượng sản phẩm OCOP",
                            f"{name} bình chọn sản phẩm công nghiệp nông thôn tiêu biểu"))
        slots = self._slots(unit, rng)
        facts = list(dict.fromkeys(negative(rng, year, slots) for _ in range(rng.randint(3, 6))))
        return self._finish(draft, unit, year, published, facts, title, self._outlet(unit, rng), unit.layout)


def pct(value: float) -> str:
    """A share as the press writes it: 35,6%."""
    return f"{value:.1f}%".replace(".", ",")


def _round_up(value: float, step: int) -> int:
    return int(-(-value // step) * step)


def slugify(name: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return "_".join("".join(c if c.isalnum() else " " for c in s).split())


def outlet_slug(outlet: str) -> str:
    return slugify(outlet).replace("_", "-")[:40]
