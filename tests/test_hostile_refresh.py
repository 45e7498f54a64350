"""One refresh over every kind of bad input mixed with the shipped data: it publishes, every file is in
``source_files`` with read = loaded + quarantined, and each bad file says why in the quarantine.

This is the slowest test of the suite (about 45 seconds): it includes an 8 MB article on one line and a 100,000-row
national product list, which must be read in time linear in their size. (The extractor's time on one-line articles
of growing size is measured in ``benchmarks/bench_extract.py --huge-mb``; decoding a 30 MB one is in
``test_read_hostile.py``.)
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

import hostile_inputs as H
from refreshing import SHIPPED_RAW
from ocop_pipeline.definitions import defs

SECRET = "Tỉnh Sơn La có 4.321 sản phẩm OCOP; dòng này nằm ngoài thư mục raw.\n"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    root = tmp_path_factory.mktemp("hostile")
    raw = root / "raw"
    shutil.copytree(SHIPPED_RAW, raw)
    written = H.write_all(raw, big_article_bytes=8 * H.MB, national_rows=100_000)
    outside = root / "outside"
    outside.mkdir()
    (outside / "son_la.txt").write_text(SECRET, encoding="utf-8")
    (raw / "articles" / "son_la_link.txt").symlink_to(outside / "son_la.txt")
    (raw / "spreadsheets" / "ngoai.csv").symlink_to(outside / "son_la.txt")
    shutil.copy(raw / "articles" / "soc_trang_2020.txt", raw / "articles" / "soc_trang_2020 (ban sao).txt")
    shutil.copy(raw / "spreadsheets" / "thua_thien_hue_2020_dot2.xlsx", raw / "spreadsheets" / "hue_copy.xlsx")
    with open(raw / "articles" / "manifest.csv", "a", encoding="utf-8") as manifest:
        manifest.write("../../outside/son_la.txt,https://x.vn,Báo X,2024-01-01\n")
        manifest.write("bai_rong.txt,,Báo Y,31/02/2024\n")
        manifest.write("xuong_dong_crlf.txt,,Báo Z,hôm qua\n")
    target = root / "wh" / "ocop.duckdb"
    env = {"OCOP_RAW_DIR": str(raw), "OCOP_WAREHOUSE": str(target)}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        result = defs.resolve_job_def("refresh_warehouse").execute_in_process(instance=dg.DagsterInstance.ephemeral())
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    assert result.success
    return raw, target, written


def query(target: Path, sql: str, *params) -> list[tuple]:
    con = duckdb.connect(str(target), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def file_row(target: Path, source_id: str) -> dict:
    rows = query(target, "SELECT status, rows_read, rows_loaded, rows_quarantined, error, duplicate_of "
                         "FROM source_files WHERE source_id = ?", source_id)
    assert rows, f"{source_id} is not in source_files"
    return dict(zip(("status", "read", "loaded", "quarantined", "error", "duplicate_of"), rows[0], strict=True))


def reasons(target: Path, source_id: str) -> str:
    return " | ".join(r[0] for r in query(target, "SELECT reason FROM quarantine WHERE source_id = ?", source_id))


def sid(raw: Path, path: Path) -> str:
    return path.relative_to(raw).as_posix()


def test_every_file_on_disk_is_in_source_files_and_accounted_for(published) -> None:
    raw, target, _ = published
    on_disk = {p.relative_to(raw).as_posix() for p in raw.rglob("*") if p.is_file() or p.is_symlink()}
    listed = {r[0] for r in query(target, "SELECT source_id FROM source_files")}
    assert on_disk == listed
    assert query(target, "SELECT count(*) FROM source_files WHERE rows_read <> rows_loaded + rows_quarantined") == [(0,)]
    assert query(target, "SELECT count(*) FROM source_files WHERE status = 'quarantined' AND source_id NOT IN "
                         "(SELECT source_id FROM quarantine)") == [(0,)]


@pytest.mark.parametrize("case, status, reason", [
    ("empty", "quarantined", "empty file"),
    ("whitespace_only", "quarantined", "empty file"),
    ("binary_as_txt", "quarantined", "binary data"),
    ("windows_1258", "quarantined", "legacy encoding"),
    ("tcvn3", "quarantined", "legacy encoding"),
    ("vni", "quarantined", "legacy encoding"),
    ("utf16_le_bom", "loaded", None),
    ("utf16_be_bom", "loaded", None),
    ("utf16_le_no_bom", "loaded", None),
    ("utf16_be_no_bom", "loaded", None),
    ("invalid_utf8_in_middle", "partial", "could not be decoded (U+FFFD)"),
    ("nul_byte", "loaded", None),
    ("cr_only", "loaded", None),
    ("crlf", "loaded", None),
    ("huge_single_line", "loaded", None),
    ("absurd_numbers", "partial", "implausible"),
    ("truncated_xlsx", "quarantined", "truncated or damaged"),
    ("zero_byte_xlsx", "quarantined", "empty file (0 bytes)"),
    ("encrypted_xlsx", "quarantined", "password-protected"),
    ("twenty_sheets", "loaded", "chart"),
    ("tab_csv", "loaded", None),
    ("semicolon_csv", "loaded", None),
    ("header_only_csv", "loaded", None),
    ("mixed_encoding_csv", "partial", "not valid UTF-8"),
    ("star_cells", "partial", "is not a whole star level"),
    ("score_150", "partial", "score: less_than_or_equal_to(100) (150.0)"),
    ("decision_1999", "partial", "recognized_year: greater_than_or_equal_to(2013) (1999)"),
    ("unknown_province_list", "partial", "unknown province"),
    ("unknown_province_summary", "partial", "unknown place"),
    ("absurd_summary", "partial", "is not a plausible count"),
    ("long_name", "partial", "a name of 10000 characters is not a name"),
    ("xls_far_cell", "quarantined", "XLS_MEMORY_LIMIT"),
    ("shared_string_bomb", "loaded", "MAX_SHEET_TEXT_BYTES"),
    ("zip_bomb", "loaded", "expands to more than 256 MB"),
    ("declared_extent", "loaded", None),
    ("far_cell", "loaded", None),
    ("national_list", "loaded", None),
])
def test_each_bad_input_shows_up_with_its_reason(published, case: str, status: str, reason: str | None) -> None:
    raw, target, written = published
    row = file_row(target, sid(raw, written[case]))
    assert row["status"] == status, (case, row)
    if reason:
        assert reason in f"{row['error'] or ''} | {reasons(target, sid(raw, written[case]))}", case


def test_star_cells_are_read_or_refused_one_by_one(published) -> None:
    raw, target, written = published
    refused = reasons(target, sid(raw, written["star_cells"]))
    for why in ("6 stars is outside 3-5", "0 stars is outside 3-5", "-1 stars is outside 3-5",
                "'3.5' is not a whole star level"):
        assert why in refused
    stars = {r[0] for r in query(target, "SELECT r.stars FROM fact_product_rating r WHERE source_id = ?",
                                 sid(raw, written["star_cells"]))}
    assert stars <= {3, 4, 5} and 5 in stars, "'5 sao' and 'ba' are read"


def test_links_and_manifest_rows_outside_the_raw_folder_never_reach_the_warehouse(published) -> None:
    _, target, _ = published
    for source_id in ("articles/son_la_link.txt", "spreadsheets/ngoai.csv"):
        row = file_row(target, source_id)
        assert row["status"] == "quarantined" and "outside the raw folder" in row["error"]
    assert "outside articles/" in reasons(target, "articles/manifest.csv")
    assert "not a real day" in reasons(target, "articles/manifest.csv")
    assert "not a date" in reasons(target, "articles/manifest.csv")
    assert query(target, "SELECT count(*) FROM claims WHERE value = 4321") == [(0,)]
    assert query(target, "SELECT count(*) FROM quarantine WHERE raw_values LIKE '%4.321%'") == [(0,)]


def test_the_same_content_under_two_names_is_read_once(published) -> None:
    _, target, _ = published
    # The first name in sorted order is read; "soc_trang_2020 (ban sao).txt" sorts before "soc_trang_2020.txt".
    original = file_row(target, "articles/soc_trang_2020.txt")
    assert (original["status"], original["duplicate_of"]) == ("duplicate", "articles/soc_trang_2020 (ban sao).txt")
    assert file_row(target, "spreadsheets/thua_thien_hue_2020_dot2.xlsx")["duplicate_of"] == "spreadsheets/hue_copy.xlsx"
    assert query(target, "SELECT count(*) FROM article_claims WHERE source_id = 'articles/soc_trang_2020.txt'") == [(0,)]
    assert query(target, "SELECT count(*) FROM article_claims WHERE source_id = ?",
                 "articles/soc_trang_2020 (ban sao).txt")[0][0] > 0
    assert query(target, "SELECT count(*) FROM fact_product_rating WHERE source_id LIKE '%hue%'") == [(11,)]


def test_formula_and_sql_looking_text_is_stored_verbatim(published) -> None:
    raw, target, written = published
    names = {r[0] for r in query(target, "SELECT p.product_name FROM dim_product p JOIN fact_product_rating r "
                                         "USING (product_id) WHERE r.source_id = ?", sid(raw, written["injection_xlsx"]))}
    assert set(H.INJECTION_NAMES) <= names
    assert query(target, "SELECT count(*) FROM dim_province") == [(97,)], "no SQL string was executed"


def test_the_national_list_loads_every_row(published) -> None:
    raw, target, written = published
    row = file_row(target, sid(raw, written["national_list"]))
    assert row["read"] == row["loaded"] == 100_000


def test_quarantined_claims_keep_their_raw_values(published) -> None:
    raw, target, written = published
    rows = query(target, "SELECT raw_values FROM quarantine WHERE source_id = ? AND stage = 'extract'",
                 sid(raw, written["absurd_numbers"]))
    assert rows and all(json.loads(r[0])["quote"] for r in rows)
