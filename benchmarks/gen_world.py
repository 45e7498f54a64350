"""The synthetic OCOP world the benchmark corpus reports on: one set of facts, deterministic by seed.

Every product of the programme is simulated once (province, district, producer, star level, recognition round), and
every figure an article or a spreadsheet states is counted from those products, so the corpus is internally
consistent: a province's stock is the sum of its star levels and of its districts, the country's stock is the sum
of the provinces', a round's result is the difference of two stocks, a merged (34-unit) province holds exactly the
products of its predecessors plus its own rounds, and a product list holds one row per product of its round.

Time model (one recognition round per unit and year, so "the stock of year Y" is the stock after Y's round):

* 2019–2024: one round per pre2025 province, between March and November;
* 2025: a round per pre2025 province before the merger (March – 10 June) and a round per from2025 unit after it
  (20 August – November); the pre2025 stock of 2025 is the stock on 30 June 2025, the from2025 stock of 2025 the
  stock at the end of 2025;
* 2026: one round per from2025 unit between March and June.

The national total grows to about 20,000 products by 2026, close to the real programme's scale. Districts and
communes carry invented names (checked against the place resolver so that none is read as a province or a region);
producers and products carry invented names built from the vocabularies of ``ocop_pipeline.spreadsheets.synthetic``.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources

from ocop_pipeline.spreadsheets.synthetic import SYNTHETIC_PRODUCTS

PRE, NEW = "pre2025", "from2025"
YEARS_PRE = (2019, 2020, 2021, 2022, 2023, 2024, 2025)
YEARS_NEW = (2025, 2026)
MERGER = dt.date(2025, 7, 1)
# Products recognised nationally per round period (about the real programme's pace).
NATIONAL_NEW = {(PRE, 2019): 1400, (PRE, 2020): 1900, (PRE, 2021): 2200, (PRE, 2022): 2900, (PRE, 2023): 2800,
                (PRE, 2024): 2900, (PRE, 2025): 1300, (NEW, 2025): 1400, (NEW, 2026): 1900}
SUBJECT_TYPES = ("cooperative", "enterprise", "household", "cooperative_group")
TYPE_WEIGHTS = (36, 26, 33, 5)

PRODUCT_BASES = SYNTHETIC_PRODUCTS + (
    "Trà hoa vàng", "Mật ong hoa nhãn", "Miến dong riềng", "Chè Shan tuyết", "Gạo nếp cái hoa vàng", "Bánh chưng",
    "Rượu ngô men lá", "Măng khô", "Cao dược liệu", "Tinh bột nghệ", "Nhãn sấy", "Vải thiều sấy", "Cá khô một nắng",
    "Mực một nắng", "Nước mắm truyền thống", "Tôm khô", "Bánh tráng mè", "Muối tôm", "Dầu phộng ép", "Cà phê nhân",
    "Hồ tiêu sọ", "Sầu riêng sấy", "Bơ sáp", "Mít sấy", "Xoài sấy dẻo", "Khô bò", "Lạp xưởng", "Chả lụa", "Bánh pía",
    "Kẹo mè xửng", "Mè xửng", "Trà atiso", "Mứt dâu", "Rau củ sấy", "Nấm rơm sấy", "Đông trùng hạ thảo", "Sâm dây",
    "Gừng sấy", "Tỏi cô đơn", "Hành tím", "Nem chua", "Giò me", "Thịt trâu gác bếp", "Lạp sườn", "Chuối hột rừng",
    "Bưởi năm roi", "Cam sành", "Quýt hồng", "Thanh long ruột đỏ", "Dừa sáp", "Chôm chôm", "Mãng cầu xiêm",
    "Nước cốt dừa", "Bột sắn dây", "Tinh dầu tràm", "Chiếu cói", "Mây tre đan", "Gốm mỹ nghệ", "Thổ cẩm",
)
SECTORS = ("Nông nghiệp", "Dịch vụ nông nghiệp", "Thực phẩm", "Chế biến nông sản", "Thương mại", "Dược liệu",
           "Thủy sản", "Sản xuất và thương mại", "Đặc sản", "Chè", "Cà phê", "Trái cây")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Mai")
MIDDLE = ("Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Quốc", "Xuân", "Thu", "Kim", "Công")
GIVEN = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh",
         "Long", "Mai", "Minh", "Nam", "Nga", "Nhung", "Phong", "Phúc", "Phương", "Quang", "Sơn", "Tâm", "Thảo",
         "Thắng",
         "Thủy", "Tiến", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến", "Ba", "Tư", "Năm", "Sáu")
# Syllables of invented district, commune and brand names.
FIRST = ("Tân", "Phú", "Vĩnh", "Hòa", "Long", "An", "Thạnh", "Mỹ", "Đông", "Xuân", "Thuận", "Hưng", "Phước", "Hàm",
         "Kim", "Thanh", "Lộc", "Đức", "Quế", "Cẩm", "Triệu", "Hải", "Như", "Văn", "Lạc", "Thọ", "Đại", "Gia", "Ngọc",
         "Hoài", "Tam", "Cam", "Diên", "Quỳnh", "Hương", "Trà", "Bảo", "Minh", "Phong", "Lương", "Nghĩa", "Thái",
         "Vạn", "Ea", "Krông", "Mường", "Na", "Bát", "Chiêm", "Duy")
SECOND = ("Lộc", "Phú", "Hòa", "Thành", "Xuân", "Hưng", "Mỹ", "Điền", "Lâm", "Giang", "Khánh", "Thạnh", "Thuận",
          "Phong", "Hiệp", "Lợi", "Trung", "Tiến", "Quang", "Định", "Linh", "Nguyên", "Vinh", "Thủy", "Tường",
          "Xương", "Đức", "Trạch", "Cường", "Sơn", "Hội", "Điền", "Hải", "Khê", "Kiều", "Phước", "Tài", "Nghĩa", "Yên",
          "Bình", "Hà", "Tân", "Lập", "Mai", "Xuyên", "Phúc", "Trường", "Hanh", "Đăng")


@dataclass(frozen=True)
class Unit:
    layout: str
    code: str
    name: str
    kind: str  # province | city
    region: str
    predecessors: tuple[str, ...] = ()  # from2025: codes of the pre2025 units it was merged from
    successor: str | None = None  # pre2025: code of the from2025 unit it became

    @property
    def key(self) -> tuple[str, str]:
        return self.layout, self.code


@dataclass
class Producer:
    ident: int
    name: str
    brand: str
    kind: str
    area: str  # pre2025 code of the area it works in
    district: str | None
    commune: str


@dataclass
class Product:
    name: str
    stars: int
    producer: Producer
    area: str
    district: str | None
    commune: str
    round_key: tuple[str, str, int]  # the round that recognised it: (layout, unit code, year)


@dataclass
class Round:
    layout: str
    code: str
    year: int
    date: dt.date
    decision: str
    products: list[Product] = field(default_factory=list)
    potential_5: int = 0  # 4-star products of the round the council proposed for the national 5-star rating

    @property
    def key(self) -> tuple[str, str, int]:
        return self.layout, self.code, self.year

    @cached_property
    def stars(self) -> Counter:
        return Counter(p.stars for p in self.products)

    @cached_property
    def producers(self) -> list[Producer]:
        seen: dict[int, Producer] = {}
        for p in self.products:
            seen.setdefault(p.producer.ident, p.producer)
        return list(seen.values())

    @cached_property
    def producer_types(self) -> Counter:
        return Counter(p.kind for p in self.producers)

    @cached_property
    def by_district(self) -> Counter:
        return Counter(p.district for p in self.products if p.district)


@dataclass(frozen=True)
class Stock:
    """Products (by star level) and producers (by type) of a place at the end of a year."""

    total: int
    stars: tuple[int, int, int]  # 3, 4, 5 stars
    subjects: int
    types: tuple[int, int, int, int]  # SUBJECT_TYPES order

    def star(self, level: int) -> int:
        return self.stars[level - 3]

    def subject_type(self, kind: str) -> int:
        return self.types[SUBJECT_TYPES.index(kind)]


def _stock(products: list[Product]) -> Stock:
    stars = Counter(p.stars for p in products)
    producers = {p.producer.ident: p.producer for p in products}
    types = Counter(p.kind for p in producers.values())
    return Stock(len(products), (stars[3], stars[4], stars[5]), len(producers),
                 tuple(types[t] for t in SUBJECT_TYPES))


def _read_csv(name: str) -> list[dict]:
    text = resources.files("ocop_pipeline.reference").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


class World:
    """Every unit, district, producer, product and round, and the figures counted from them."""

    def __init__(self, seed: int = 11) -> None:
        self.seed = seed
        rng = random.Random(seed)
        self.units: dict[tuple[str, str], Unit] = {}
        merger = {row["old_code"]: row["new_code"] for row in _read_csv("merger_2025.csv")}
        for row in _read_csv("provinces_63.csv"):
            self.units[(PRE, row["code"])] = Unit(PRE, row["code"], row["name"], row["kind"], row["region"],
                                                  successor=merger[row["code"]])
        for row in _read_csv("provinces_34.csv"):
            self.units[(NEW, row["code"])] = Unit(NEW, row["code"], row["name"], row["kind"], row["region"],
                                                  predecessors=tuple(row["merged_from_codes"].split(";")))
        self.regions = sorted({u.region for u in self.units.values()})
        self.seats = {row["province"]: row["name"] for row in _read_csv("seats_and_nicknames.csv")
                      if row["kind"] == "seat"}
        names = _NamePool(rng, self.units.values(), self.seats.values())
        self.districts: dict[str, list[str]] = {}
        self.district_weight: dict[tuple[str, str], float] = {}
        self.communes: dict[str, list[str]] = {}
        for unit in self.pre_units:
            count = rng.randint(4, 9)
            self.districts[unit.code] = [names.district() for _ in range(count)]
            for d in self.districts[unit.code]:
                self.district_weight[(unit.code, d)] = rng.uniform(0.4, 2.0)
            self.communes[unit.code] = [names.commune() for _ in range(count * 2)]
        self.weight = {u.code: min(2.8, max(0.35, rng.lognormvariate(0, 0.5))) for u in self.pre_units}
        self._names = names
        self._producers: dict[tuple[str, str | None], list[Producer]] = defaultdict(list)
        self._product_names: set[str] = set()
        self.rounds: dict[tuple[str, str, int], Round] = {}
        self._simulate(rng)
        self._count()

    # -- units ------------------------------------------------------------------------------------------------

    @cached_property
    def pre_units(self) -> list[Unit]:
        return [u for u in self.units.values() if u.layout == PRE]

    @cached_property
    def new_units(self) -> list[Unit]:
        return [u for u in self.units.values() if u.layout == NEW]

    def unit(self, layout: str, code: str) -> Unit:
        return self.units[(layout, code)]

    def successor_of(self, unit: Unit) -> Unit:
        return self.units[(NEW, unit.successor)]

    def units_in(self, layout: str, region: str) -> list[Unit]:
        return [u for u in self.units.values() if u.layout == layout and u.region == region]

    # -- simulation -------------------------------------------------------------------------------------------

    def _simulate(self, rng: random.Random) -> None:
        total_weight = sum(self.weight.values())
        for (layout, year), national in NATIONAL_NEW.items():
            units = self.pre_units if layout == PRE else self.new_units
            for unit in units:
                areas = [unit.code] if layout == PRE else list(unit.predecessors)
                weight = sum(self.weight[a] for a in areas)
                n = max(2, round(national * weight / total_weight * rng.uniform(0.65, 1.35)))
                if layout == PRE and year == 2025:
                    date = _day(rng, dt.date(2025, 3, 1), dt.date(2025, 6, 10))
                elif layout == NEW and year == 2025:
                    date = _day(rng, dt.date(2025, 8, 20), dt.date(2025, 11, 30))
                elif year == 2026:
                    date = _day(rng, dt.date(2026, 3, 1), dt.date(2026, 6, 30))
                else:
                    date = _day(rng, dt.date(year, 3, 1), dt.date(year, 11, 30))
                rnd = Round(layout, unit.code, year, date, f"{rng.randint(120, 3900)}/QĐ-UBND")
                p5, p4 = 0.004 + 0.003 * (year - 2019), 0.22 + 0.02 * (year - 2019)
                for _ in range(n):
                    draw = rng.random()
                    stars = 5 if draw < p5 else 4 if draw < p5 + p4 else 3
                    area = rng.choices(areas, [self.weight[a] for a in areas])[0]
                    rnd.products.append(self._product(rng, rnd, area, stars, layout == PRE))
                fours = rnd.stars[4]
                rnd.potential_5 = min(fours, rng.choice((0, 0, 0, 1, 1, 2, 3))) if fours else 0
                self.rounds[rnd.key] = rnd

    def _product(self, rng: random.Random, rnd: Round, area: str, stars: int, with_district: bool) -> Product:
        districts = self.districts[area]
        district = rng.choices(districts, [self.district_weight[(area, d)] for d in districts])[0]
        pool = self._producers[(area, district)]
        if pool and rng.random() < 0.3:
            producer = rng.choice(pool)
        else:
            kind = rng.choices(SUBJECT_TYPES, TYPE_WEIGHTS)[0]
            commune = rng.choice(self.communes[area])
            name, brand = self._names.producer(kind)
            producer = Producer(len(self._names.producers), name, brand, kind, area, district, commune)
            self._names.producers.append(producer)
            pool.append(producer)
        for _ in range(50):
            name = f"{rng.choice(PRODUCT_BASES)} {producer.brand}"
            if name not in self._product_names:
                break
        else:
            name = f"{rng.choice(PRODUCT_BASES)} {producer.brand} {len(self._product_names)}"
        self._product_names.add(name)
        return Product(name, stars, producer, area, district if with_district else None, producer.commune, rnd.key)

    # -- figures ----------------------------------------------------------------------------------------------

    def _count(self) -> None:
        """Stocks of every unit, district, region and the country at the end of every year."""
        by_area_year: dict[tuple[str, int], list[Product]] = defaultdict(list)
        for rnd in self.rounds.values():
            for p in rnd.products:
                by_area_year[(p.area, rnd.year if rnd.layout == PRE else 9999)].append(p)
        self.stock: dict[tuple[str, str, int], Stock] = {}
        self.district_stock: dict[tuple[str, str, int], Stock] = {}
        self.district_new: dict[tuple[str, str, int], int] = {}
        area_products: dict[str, list[Product]] = {u.code: [] for u in self.pre_units}
        for year in YEARS_PRE:
            for unit in self.pre_units:
                area_products[unit.code].extend(by_area_year.get((unit.code, year), []))
                self.stock[(PRE, unit.code, year)] = _stock(area_products[unit.code])
                by_district = defaultdict(list)
                for p in area_products[unit.code]:
                    by_district[p.district].append(p)
                for d in self.districts[unit.code]:
                    self.district_stock[(unit.code, d, year)] = _stock(by_district.get(d, []))
                    self.district_new[(unit.code, d, year)] = self.rounds[(PRE, unit.code, year)].by_district[d]
        for year in YEARS_NEW:
            for unit in self.new_units:
                products = [p for a in unit.predecessors for p in area_products[a]]
                for y in YEARS_NEW:
                    if y <= year:
                        products += self.rounds[(NEW, unit.code, y)].products
                self.stock[(NEW, unit.code, year)] = _stock(products)
        self.national: dict[int, Stock] = {}
        self.national_new: dict[int, Counter] = {}
        all_products: list[Product] = []
        for year in range(2019, 2027):
            this_year = [r for r in self.rounds.values() if r.year == year]
            new = [p for r in this_year for p in r.products]
            all_products += new
            self.national[year] = _stock(all_products)
            self.national_new[year] = Counter(p.stars for p in new)
            self.national_new[year]["total"] = len(new)
        self.regional: dict[tuple[str, str, int], int] = {}
        for layout, years in ((PRE, YEARS_PRE), (NEW, YEARS_NEW)):
            for year in years:
                for region in self.regions:
                    self.regional[(layout, region, year)] = sum(
                        self.stock[(layout, u.code, year)].total for u in self.units_in(layout, region))

    # -- the products behind the figures ------------------------------------------------------------------------

    def round_of(self, unit: Unit, year: int) -> Round | None:
        return self.rounds.get((unit.layout, unit.code, year))

    def products_of_area(self, area: str) -> list[Product]:
        """Every product of a pre2025 area recognised before the merger, in round order."""
        return [p for y in YEARS_PRE for p in self.rounds[(PRE, area, y)].products]

    def target(self, unit: Unit, year: int, salt: str = "") -> int:
        """The stock a unit's plan aims at for ``year`` (one value per unit, year and wording)."""
        rng = random.Random(f"{self.seed}|target|{unit.layout}|{unit.code}|{year}|{salt}")
        base_year = min(year, 2025 if unit.layout == PRE else 2026)
        base = self.stock[(unit.layout, unit.code, base_year)].total
        return _round_to(base * rng.uniform(1.08, 1.35) + 5, 5)

    def uplift(self, unit: Unit, year: int) -> dict[str, tuple[int, int | None]]:
        rng = random.Random(f"{self.seed}|uplift|{unit.layout}|{unit.code}|{year}")
        low = rng.randint(8, 25)
        return {"revenue_uplift_pct": (low, low + rng.choice((5, 10, 15))),
                "price_uplift_pct": (rng.randint(8, 20), None),
                "output_uplift_pct": (rng.randint(10, 20), rng.randint(21, 35))}


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def _round_to(value: float, step: int) -> int:
    return max(step, int(round(value / step)) * step)


class _NamePool:
    """Invented names, each used once, none of which the resolver reads as a province, a region or a seat."""

    def __init__(self, rng: random.Random, units, seats) -> None:
        from ocop_pipeline.articles import rules
        from ocop_pipeline.geography import resolver

        self.rng = rng
        self._resolver = resolver()
        self._taken = {u.name for u in units} | set(seats)
        self._not = set(rules.NOT_DISTRICT_NAMES)
        self._pairs = [f"{a} {b}" for a in FIRST for b in SECOND if a != b]
        rng.shuffle(self._pairs)
        self._next = 0
        self.producers: list[Producer] = []
        self._producer_names: set[str] = set()

    def _fresh(self) -> str:
        while True:
            name = self._pairs[self._next % len(self._pairs)]
            self._next += 1
            if self._next > len(self._pairs):
                name = f"{name} {self.rng.choice(SECOND)}"
            if name in self._taken or name.split()[0].lower() in self._not:
                continue
            if self._resolver.resolve(name) is not None or self._resolver.find_in_text(f"Tại {name} có"):
                continue
            self._taken.add(name)
            return name

    def district(self) -> str:
        return self._fresh()

    def commune(self) -> str:
        return self._fresh()

    def producer(self, kind: str) -> tuple[str, str]:
        rng = self.rng
        for _ in range(100):
            if kind == "household":
                brand = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
                name = f"{rng.choice(('Hộ kinh doanh', 'Cơ sở', 'Hộ sản xuất'))} {brand}"
            else:
                brand = f"{rng.choice(FIRST)} {rng.choice(SECOND)}"
                prefix = {"cooperative": ("HTX", "Hợp tác xã"),
                          "enterprise": ("Công ty TNHH", "CTCP", "Công ty cổ phần", "DNTN"),
                          "cooperative_group": ("Tổ hợp tác",)}[kind]
                name = f"{rng.choice(prefix)} {rng.choice(SECTORS)} {brand}"
                if brand in self._taken or self._resolver.find_in_text(f"Tại {brand} có"):
                    continue
            if name not in self._producer_names:
                self._producer_names.add(name)
                return name, brand
        name = f"{name} {len(self._producer_names)}"
        self._producer_names.add(name)
        return name, brand
