"""districts_63.csv: the district-level units (huyện, quận, thị xã, thành phố thuộc tỉnh) of the 63 provinces.

Only the csv module and pytest (plus the standard library for NFC and paths): the file must stay readable by
anything. See ocop_pipeline/reference/SOURCES.md, section "districts_63.csv", for where the facts come from.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

REFERENCE = Path(__file__).resolve().parents[1] / "ocop_pipeline" / "reference"
DISTRICTS = REFERENCE / "districts_63.csv"
PROVINCES = REFERENCE / "provinces_63.csv"

HEADER = ["province_code", "district_code", "name", "kind", "status", "note"]
KINDS = {"huyện", "quận", "thị xã", "thành phố"}
STATUSES = {"current", "former"}

# District-level units in force on 2025-06-30. The brief expected about 705 (the count of 2021-2024); the 2024-2025
# rearrangement brought it to 696 (two 2025 GSO-derived lists agree, one of them states "696 districts").
CURRENT_UNITS = 696

# Distinct units of one province that share a bare name: a huyện and the thị xã / thành phố next to it.
# They are two rows each, told apart by kind (and code); every other (province_code, name) is unique.
SHARED_NAMES = {
    ("42", "Kỳ Anh"),
    ("82", "Cai Lậy"),
    ("84", "Duyên Hải"),
    ("87", "Cao Lãnh"),
    ("87", "Hồng Ngự"),
    ("93", "Long Mỹ"),
}

PREFIX = re.compile(r"^(huyện|quận|thị xã|thị trấn|thành phố|tp\.?|tx\.?)(\s|$)", re.IGNORECASE)
NUMBERED_QUAN = re.compile(r"^Quận \d{1,2}$")
ALIASES = re.compile(r"(?:^|\| )aliases: (.*)$")


def nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text


@pytest.fixture(scope="module")
def raw() -> bytes:
    return DISTRICTS.read_bytes()


@pytest.fixture(scope="module")
def rows(raw: bytes) -> list[dict[str, str]]:
    text = raw.decode("utf-8")
    reader = csv.DictReader(text.splitlines())
    assert reader.fieldnames == HEADER
    return list(reader)


@pytest.fixture(scope="module")
def province_codes() -> set[str]:
    with PROVINCES.open(encoding="utf-8", newline="") as handle:
        return {row["code"] for row in csv.DictReader(handle)}


def aliases_of(row: dict[str, str]) -> list[str]:
    match = ALIASES.search(row["note"])
    return [part.strip() for part in match.group(1).split(";")] if match else []


def test_file_is_utf8_nfc_without_bom(raw: bytes) -> None:
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert nfc(text)
    assert text.splitlines()[0] == ",".join(HEADER)


def test_every_row_has_all_columns(rows: list[dict[str, str]]) -> None:
    for row in rows:
        assert None not in row, row
        assert all(value is not None for value in row.values()), row


def test_province_codes_exist(rows: list[dict[str, str]], province_codes: set[str]) -> None:
    assert len(province_codes) == 63
    assert {row["province_code"] for row in rows} <= province_codes


def test_all_63_provinces_have_at_least_five_units(rows: list[dict[str, str]], province_codes: set[str]) -> None:
    per_province = Counter(row["province_code"] for row in rows)
    current = Counter(row["province_code"] for row in rows if row["status"] == "current")
    for code in province_codes:
        assert per_province[code] >= 5, code
        assert current[code] >= 5, code
    assert current["01"] == 30  # Hà Nội: 12 quận, 1 thị xã, 17 huyện
    assert current["38"] == 26  # Thanh Hóa after Đông Sơn joined TP Thanh Hóa


def test_vocabularies(rows: list[dict[str, str]]) -> None:
    assert {row["kind"] for row in rows} <= KINDS
    assert {row["status"] for row in rows} <= STATUSES


def test_names_are_clean(rows: list[dict[str, str]]) -> None:
    for row in rows:
        name = row["name"]
        assert name, row
        assert name == name.strip(), row
        assert "  " not in name, row
        assert nfc(name), row
        assert nfc(row["note"]), row
        if NUMBERED_QUAN.match(name):
            assert row["province_code"] == "79" and row["kind"] == "quận", row
            continue
        assert not PREFIX.match(name), row


def test_no_duplicate_units(rows: list[dict[str, str]]) -> None:
    by_name: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_name[(row["province_code"], row["name"])].append(row)
    shared = {key for key, group in by_name.items() if len(group) > 1}
    assert shared == SHARED_NAMES
    for key in shared:
        group = by_name[key]
        assert len(group) == 2, key
        assert {row["status"] for row in group} == {"current"}, key
        kinds = {row["kind"] for row in group}
        assert len(kinds) == 2 and "huyện" in kinds, key
        assert all(row["district_code"] for row in group), key


def test_district_codes(rows: list[dict[str, str]]) -> None:
    codes = [row["district_code"] for row in rows if row["district_code"]]
    assert all(re.fullmatch(r"\d{3}", code) for code in codes), codes
    duplicates = [code for code, count in Counter(codes).items() if count > 1]
    assert not duplicates
    # every unit in force on 2025-06-30 has its GSO code
    assert all(row["district_code"] for row in rows if row["status"] == "current")


def test_current_count(rows: list[dict[str, str]]) -> None:
    current = [row for row in rows if row["status"] == "current"]
    assert 690 <= len(current) <= 720
    assert len(current) == CURRENT_UNITS


def test_former_units_say_what_happened(rows: list[dict[str, str]]) -> None:
    former = [row for row in rows if row["status"] == "former"]
    assert former
    for row in former:
        assert row["note"].strip(), row


def test_sorted_by_province_then_name(rows: list[dict[str, str]]) -> None:
    keys = [(row["province_code"], row["name"], row["kind"]) for row in rows]
    assert keys == sorted(keys)


def test_aliases_are_well_formed(rows: list[dict[str, str]]) -> None:
    for row in rows:
        aliases = aliases_of(row)
        assert len(aliases) == len(set(aliases)), row
        for alias in aliases:
            assert alias and alias == alias.strip() and nfc(alias), row
            assert alias != row["name"], row


@pytest.mark.parametrize(
    ("province", "name", "kind", "status", "code"),
    [
        ("36", "Hải Hậu", "huyện", "current", "366"),
        ("37", "Hoa Lư", "thành phố", "current", "374"),
        ("37", "Ninh Bình", "thành phố", "former", "369"),
        ("22", "Hoành Bồ", "huyện", "former", "204"),
        ("17", "Kỳ Sơn", "huyện", "former", "151"),
        ("40", "Kỳ Sơn", "huyện", "current", "417"),
        ("79", "Thủ Đức", "thành phố", "current", "769"),
        ("79", "Quận 9", "quận", "former", "763"),
        ("79", "Quận 2", "quận", "former", ""),
        ("79", "Quận 1", "quận", "current", "760"),
        ("46", "Thuận Hóa", "quận", "current", "474"),
        ("46", "Huế", "thành phố", "former", ""),
        ("58", "Phan Rang - Tháp Chàm", "thành phố", "current", "582"),
        ("34", "Thái Thụy", "huyện", "current", "341"),
        ("30", "Kinh Môn", "thị xã", "current", "292"),
        ("38", "Nghi Sơn", "thị xã", "current", "407"),
        ("38", "Tĩnh Gia", "huyện", "former", ""),
        ("24", "Chũ", "thị xã", "current", "224"),
        ("77", "Long Đất", "huyện", "current", "753"),
        ("68", "Đạ Huoai", "huyện", "current", "682"),
    ],
)
def test_known_units(
    rows: list[dict[str, str]], province: str, name: str, kind: str, status: str, code: str
) -> None:
    hits = [row for row in rows if (row["province_code"], row["name"], row["kind"]) == (province, name, kind)]
    assert len(hits) == 1
    assert hits[0]["status"] == status
    assert hits[0]["district_code"] == code


def test_spelling_variants_are_aliases(rows: list[dict[str, str]]) -> None:
    def row(province: str, name: str) -> dict[str, str]:
        (hit,) = [r for r in rows if r["province_code"] == province and r["name"] == name]
        return hit

    assert "Thái Thuỵ" in aliases_of(row("34", "Thái Thụy"))
    assert "Krông Buk" in aliases_of(row("66", "Krông Búk"))
    assert "Đăk Mil" in aliases_of(row("67", "Đắk Mil"))
    assert "Hoà Bình" in aliases_of(row("17", "Hòa Bình"))
