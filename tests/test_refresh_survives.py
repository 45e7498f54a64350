"""The refresh survives hostile input: files outside the raw folder, bad manifests, duplicated files, failures of
one item, and partial materializations from the UI. Every file ends in ``source_files`` with
read = loaded + quarantined, and nothing from outside the raw folder reaches the warehouse."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from refreshing import SHIPPED_RAW
from ocop_pipeline import contracts, sources
from ocop_pipeline.articles import extract as extract_module
from ocop_pipeline.articles.ingest import ingest_articles, parse_published, validated_claims
from ocop_pipeline.definitions import defs
from ocop_pipeline.quarantine import Intake
from ocop_pipeline.spreadsheets import ingest as sheet_ingest

LONG_AN = "Đến hết năm 2024, tỉnh Long An có 180 sản phẩm OCOP của 120 chủ thể.\n"
BAC_LIEU = "Năm 2023, tỉnh Bạc Liêu công nhận mới 25 sản phẩm OCOP, nâng tổng số lên 140 sản phẩm.\n"
SECRET = "Tỉnh Sơn La có 999 sản phẩm OCOP (dữ liệu nằm ngoài thư mục raw).\n"


def accounted(batch) -> None:
    for row in batch.source_files:
        assert row["rows_read"] == row["rows_loaded"] + row["rows_quarantined"], row


def test_links_are_followed_only_inside_the_raw_folder(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    articles = raw / "articles"
    articles.mkdir(parents=True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (articles / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    (articles / "secret.txt").symlink_to(outside / "secret.txt")
    (articles / "copy_of_long_an.txt").symlink_to(articles / "long_an.txt")
    (articles / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    (articles / "folder").symlink_to(outside, target_is_directory=True)
    (raw / "more").mkdir()
    (articles / "more").symlink_to(raw / "more", target_is_directory=True)

    batch = ingest_articles(raw)
    accounted(batch)
    files = {r["source_id"]: r for r in batch.source_files}
    assert files["articles/secret.txt"]["status"] == "quarantined"
    assert "outside the raw folder" in files["articles/secret.txt"]["error"]
    assert files["articles/secret.txt"]["sha256"] is None, "never read"
    assert "broken symbolic link" in files["articles/gone.txt"]["error"]
    assert "outside the raw folder" in files["articles/folder"]["error"]
    assert "folders are not followed" in files["articles/more"]["error"]
    # The link and its target hold the same bytes: the first by name is read, the other is its duplicate.
    assert files["articles/long_an.txt"]["status"] == "duplicate"
    assert files["articles/long_an.txt"]["duplicate_of"] == "articles/copy_of_long_an.txt"
    assert {c["value"] for c in batch.claims} == {180, 120}, "nothing from Sơn La's file"
    assert all("999" not in str(r.raw_values) for r in batch.rejections)


def test_a_manifest_row_naming_a_path_outside_articles_is_refused(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (articles / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    (articles / "manifest.csv").write_text(
        "file,url,outlet,published,ghi chú\n"
        "../secret.txt,https://x.vn,Báo X,2024-01-01,cột thừa\n"
        "/etc/hostname,,,2024-01-01,\n"
        "long_an.txt,https://baolongan.vn/a,Báo Long An,31/12/2024,\n"
        "long_an.txt,https://khac.vn,Báo Khác,2024-01-02,\n",
        encoding="utf-8",
    )
    batch = ingest_articles(tmp_path)
    accounted(batch)
    reasons = [r.reason for r in batch.rejections if r.source_id == "articles/manifest.csv"]
    assert sum("outside articles/" in r for r in reasons) == 2
    assert any("listed again (first at line 4)" in r for r in reasons)
    article = batch.articles_frame().filter(pl.col("source_id") == "articles/long_an.txt").row(0, named=True)
    assert (article["url"], article["published"]) == ("https://baolongan.vn/a", dt.date(2024, 12, 31))
    assert [a["source_id"] for a in batch.articles] == ["articles/long_an.txt"]


@pytest.mark.parametrize("written, reason", [
    ("31/02/2024", "not a real day"), ("hôm qua", "not a date"), ("2024-13-01", "not a real day"),
    ("1999-05-01", "outside"), ("2024/01/05", "not a date"),
])
def test_bad_publication_dates_are_refused_with_their_reason(written: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_published(written)


@pytest.mark.parametrize("written, date", [
    ("2024-01-05", dt.date(2024, 1, 5)), ("05/01/2024", dt.date(2024, 1, 5)), ("5-1-2024", dt.date(2024, 1, 5)),
    ("2024-01-05T08:30:00+07:00", dt.date(2024, 1, 5)), (" 2024-1-5 ", dt.date(2024, 1, 5)),
])
def test_publication_dates_as_written_in_the_press(written: str, date: dt.date) -> None:
    assert parse_published(written) == date


def long_an_with_manifest(root: Path, manifest: str):
    articles = root / "articles"
    articles.mkdir()
    (articles / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    (articles / "manifest.csv").write_text(manifest, encoding="utf-8")
    return ingest_articles(root)


def test_a_manifest_without_its_file_column_is_quarantined_and_the_articles_still_load(tmp_path: Path) -> None:
    batch = long_an_with_manifest(tmp_path, "tệp,ngày\nlong_an.txt,2024-01-01\n")
    accounted(batch)
    manifest = next(r for r in batch.source_files if r["kind"] == "manifest")
    assert manifest["status"] == "quarantined" and "no 'file' column" in manifest["error"]
    assert {c["value"] for c in batch.claims} == {180, 120}


def test_a_manifest_missing_optional_columns_loads_what_it_has(tmp_path: Path) -> None:
    batch = long_an_with_manifest(tmp_path, "file,published\nlong_an.txt,2025-01-05\n")
    assert batch.articles[0]["published"] == dt.date(2025, 1, 5)
    assert any("lacks columns ['url', 'outlet']" in r.reason for r in batch.rejections)
    manifest = next(r for r in batch.source_files if r["kind"] == "manifest")
    assert (manifest["rows_read"], manifest["rows_loaded"], manifest["status"]) == (1, 1, "loaded")


def test_many_copies_of_a_few_articles_load_each_text_once(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    texts = [LONG_AN, BAC_LIEU, "Tỉnh Hậu Giang hiện có 96 sản phẩm OCOP đạt từ 3 sao trở lên.\n"]
    for copy in range(20):
        for number, text in enumerate(texts):
            (articles / f"ban_{copy:02d}_{number}.txt").write_text(text, encoding="utf-8")
    batch = ingest_articles(tmp_path)
    claims = validated_claims(batch)
    files = batch.intake.source_files_frame()
    assert files["status"].value_counts().sort("status").rows() == [("duplicate", 57), ("loaded", 3)]
    single = ingest_articles(_only(tmp_path, ["ban_00_0.txt", "ban_00_1.txt", "ban_00_2.txt"]))
    assert claims.height == len(single.claims) > 0, "every claim of the three texts, once"
    assert claims["claim_id"].is_unique().all()
    duplicates = batch.articles_frame().filter(pl.col("status") == "duplicate")
    assert duplicates.height == 57 and duplicates["duplicate_of"].is_not_null().all()


def _only(root: Path, names: list[str]) -> Path:
    other = root.parent / f"{root.name}_subset"
    (other / "articles").mkdir(parents=True)
    for name in names:
        shutil.copy(root / "articles" / name, other / "articles" / name)
    return other


def test_one_article_whose_extraction_fails_is_quarantined_and_the_others_load(tmp_path: Path, monkeypatch) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a_long_an.txt").write_text(LONG_AN, encoding="utf-8")
    (articles / "b_bac_lieu.txt").write_text(BAC_LIEU, encoding="utf-8")
    # (the ingest imports the extractor when it first extracts a file: the extractor's own function is replaced)
    real = extract_module.extract

    def fragile(text, source_id, published=None, outlet=None, url=None):
        if "Bạc Liêu" in text:
            raise IndexError("list index out of range")
        return real(text, source_id, published, outlet, url)

    monkeypatch.setattr(extract_module, "extract", fragile)
    batch = ingest_articles(tmp_path)
    accounted(batch)
    files = {r["source_id"]: r for r in batch.source_files}
    assert files["articles/b_bac_lieu.txt"]["status"] == "quarantined"
    assert files["articles/b_bac_lieu.txt"]["error"] == "extraction failed: IndexError: list index out of range"
    assert [r.stage for r in batch.rejections] == ["extract"]
    assert files["articles/a_long_an.txt"]["status"] == "loaded"


def test_one_spreadsheet_row_whose_parsing_fails_is_quarantined_and_the_others_load(
        tmp_path: Path, monkeypatch) -> None:
    sheets = tmp_path / "spreadsheets"
    sheets.mkdir()
    (sheets / "bac_lieu_2023.csv").write_text(
        "STT,Tên sản phẩm,Chủ thể,Hạng sao,Quyết định\n"
        "1,Muối hột Bạc Liêu,HTX Muối Đông Hải,3,123/QĐ-UBND ngày 01/09/2023\n"
        "2,Rượu Tiến Dâng,Công ty TNHH Tiến Dâng,4,BOOM\n"
        "3,Bánh tằm Ngan Dừa,Cơ sở Út Hiền,3,123/QĐ-UBND ngày 01/09/2023\n",
        encoding="utf-8",
    )
    real = sheet_ingest.parse.parse_decision

    def fragile(text):
        if text == "BOOM":
            raise ZeroDivisionError("division by zero")
        return real(text)

    monkeypatch.setattr(sheet_ingest.parse, "parse_decision", fragile)
    batch = sheet_ingest.ingest_spreadsheets(tmp_path)
    accounted(batch)
    assert [r["product_name"] for r in batch.ratings] == ["Muối hột Bạc Liêu", "Bánh tằm Ngan Dừa"]
    (rejection,) = batch.rejections
    assert (rejection.stage, rejection.row_number) == ("row", 3)
    assert rejection.reason == "parsing failed: ZeroDivisionError: division by zero"
    assert batch.source_files[0]["status"] == "partial"


def test_validation_keeps_the_first_of_a_repeated_key_and_quarantines_the_rest() -> None:
    intake = Intake()
    ledger = intake.open_file("articles/a.txt", "article", "0" * 64, 10)
    ledger.count_read(3)
    frame = contracts.ARTICLE_CLAIMS.frame(
        {**_claim(), "claim_id": claim_id, "value": value} for claim_id, value in (("c1", 1), ("c1", 2), ("c2", -5))
    )
    valid = intake.validated(contracts.ARTICLE_CLAIMS, frame, ("claim_id",))
    assert valid["value"].to_list() == [1.0]
    assert (ledger.read, ledger.loaded, ledger.quarantined) == (3, 1, 2)
    assert {r.item_id for r in intake.rejections} == {"c1", "c2"}
    assert any("greater_than_or_equal_to(0)" in r.reason for r in intake.rejections)


def _claim() -> dict:
    return {"source_id": "articles/a.txt", "geo_level": "province", "geo_name": "Long An", "province_code": "80",
            "layout": "pre2025", "region": "Đồng bằng sông Cửu Long", "place_exists_on_date": True, "year": 2024,
            "kind": "cumulative", "metric": "products", "value": 1.0, "span_start": 0, "span_end": 3, "quote": "abc",
            "rule_id": "count.products", "block": "body", "decided_by": "test"}


def test_every_scanned_name_is_kept_as_written(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("bài viết có dấu cách.txt", "-bat-dau-bang-gach.txt", "Đồng Tháp – 2025.txt"):
        (articles / name).write_text(LONG_AN + name, encoding="utf-8")
    found = [f.source_id for f in sources.scan(tmp_path, "article")]
    assert found == sorted(f"articles/{n}" for n in ("bài viết có dấu cách.txt", "-bat-dau-bang-gach.txt",
                                                     "Đồng Tháp – 2025.txt"))


# ----------------------------------------------------------------------------------------------------------------
# the Dagster layer: an asset materialized alone, runs on other folders


def _full_run(raw: Path, target: Path, monkeypatch) -> None:
    monkeypatch.setenv("OCOP_RAW_DIR", str(raw))
    monkeypatch.setenv("OCOP_WAREHOUSE", str(target))
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success


def _count(target: Path, sql: str) -> int:
    con = duckdb.connect(str(target), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_the_publishing_asset_alone_republishes_what_its_inputs_last_produced(tmp_path: Path, monkeypatch) -> None:
    raw, target = tmp_path / "raw", tmp_path / "wh" / "ocop.duckdb"
    shutil.copytree(SHIPPED_RAW, raw)
    _full_run(raw, target, monkeypatch)
    claims = _count(target, "select count(*) from claims")

    other_raw, other_target = tmp_path / "other", tmp_path / "other_wh" / "ocop.duckdb"
    (other_raw / "articles").mkdir(parents=True)
    (other_raw / "articles" / "bac_lieu.txt").write_text(BAC_LIEU, encoding="utf-8")
    _full_run(other_raw, other_target, monkeypatch)

    target.unlink()
    monkeypatch.setenv("OCOP_RAW_DIR", str(raw))
    monkeypatch.setenv("OCOP_WAREHOUSE", str(target))
    alone = defs.resolve_implicit_global_asset_job_def().execute_in_process(
        asset_selection=[dg.AssetKey("ocop_warehouse")], instance=dg.DagsterInstance.ephemeral())
    assert alone.success
    assert _count(target, "select count(*) from claims") == claims, "the frames of its own raw folder, not the other"
    assert _count(target, "select count(*) from articles where source_id = 'articles/bac_lieu.txt'") == 0


def test_an_asset_materialized_alone_before_its_inputs_exist_says_what_to_do(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("OCOP_RAW_DIR", str(tmp_path / "raw"))
    monkeypatch.setenv("OCOP_WAREHOUSE", str(tmp_path / "wh" / "ocop.duckdb"))
    (tmp_path / "raw").mkdir()
    result = defs.resolve_implicit_global_asset_job_def().execute_in_process(
        asset_selection=[dg.AssetKey("claims")], instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
    assert not result.success
    failure = next(e for e in result.all_events if e.is_step_failure)
    assert "materialize it (or the whole refresh_warehouse job) first" in str(failure.step_failure_data.error)


def test_a_run_can_be_pointed_at_another_folder_through_its_settings(tmp_path: Path, monkeypatch) -> None:
    raw, target = tmp_path / "raw", tmp_path / "wh" / "ocop.duckdb"
    (raw / "articles").mkdir(parents=True)
    (raw / "articles" / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    monkeypatch.setenv("OCOP_RAW_DIR", str(tmp_path / "not_this"))
    monkeypatch.setenv("OCOP_WAREHOUSE", str(tmp_path / "not_this.duckdb"))
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
        instance=dg.DagsterInstance.ephemeral(),
        run_config={"resources": {"settings": {"config": {"raw_dir": str(raw), "warehouse": str(target)}}}},
    )
    assert result.success
    assert _count(target, "select count(*) from article_claims") == 2
    assert not (tmp_path / "not_this.duckdb").exists()
    assert not (tmp_path / ".not_this.duckdb.stage").exists(), "frames are staged beside the run's own warehouse"
    assert (target.parent / ".ocop.duckdb.stage").is_dir()
