"""Reading a folder of article extracts: manifest, ugly files, the quarantine, and the extractor's measured quality."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import dagster as dg
import pytest

from refreshing import SHIPPED_RAW
from ocop_pipeline.articles.evaluate import read_labels, score
from ocop_pipeline.articles.ingest import date_in_address, ingest_articles, validated_claims
from ocop_pipeline.definitions import defs

LABELS = Path(__file__).parent / "data" / "article_labels.jsonl"


def write_raw(root: Path) -> Path:
    articles = root / "articles"
    articles.mkdir(parents=True)
    (articles / "long_an_2024.txt").write_text(
        "Long An có 180 sản phẩm OCOP\nĐến hết năm 2024, tỉnh Long An có 180 sản phẩm OCOP của 120 chủ thể.\n",
        encoding="utf-8",
    )
    (articles / "kien_giang_utf16.txt").write_bytes(
        "Năm 2023, tỉnh Kiên Giang có 140 sản phẩm OCOP.\r\n".encode("utf-16")
    )
    (articles / "empty.txt").write_bytes(b"")
    (articles / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (articles / "legacy.txt").write_bytes("Tỉnh Bình Thuận có 90 sản phẩm OCOP.".encode("cp1258", errors="replace"))
    (articles / "manifest.csv").write_text(
        "file,url,outlet,published\n"
        "long_an_2024.txt,https://example.vn/long-an,Báo Long An,2025-01-05\n"
        "kien_giang_utf16.txt,,Báo Kiên Giang,05/01/2024\n"
        "missing.txt,,Báo Mất,2024-01-01\n",
        encoding="utf-8",
    )
    return root


def test_every_file_is_loaded_or_quarantined_with_its_reason(tmp_path: Path) -> None:
    batch = ingest_articles(write_raw(tmp_path))
    validated_claims(batch)
    status = {a["source_id"]: (a["status"], a["error"]) for a in batch.articles}
    assert status["articles/long_an_2024.txt"] == ("loaded", None)
    assert status["articles/kien_giang_utf16.txt"] == ("loaded", None)
    assert status["articles/empty.txt"] == ("quarantined", "empty file")
    assert "binary data" in status["articles/photo.txt"][1]
    assert "legacy encoding" in status["articles/legacy.txt"][1]

    reasons = {(r.source_id, r.stage): r.reason for r in batch.rejections}
    assert reasons[("articles/empty.txt", "decode")] == "empty file"
    assert [r.reason for r in batch.rejections if r.source_id == "articles/manifest.csv"] == [
        "file missing.txt listed in the manifest does not exist"]

    for record in batch.source_files:
        assert record["rows_read"] == record["rows_loaded"] + record["rows_quarantined"]
    manifest = next(r for r in batch.source_files if r["kind"] == "manifest")
    assert (manifest["rows_read"], manifest["rows_loaded"], manifest["rows_quarantined"]) == (3, 2, 1)


def test_the_manifest_dates_the_figures_and_a_utf16_file_is_read(tmp_path: Path) -> None:
    batch = ingest_articles(write_raw(tmp_path))
    long_an = next(a for a in batch.articles if a["source_id"] == "articles/long_an_2024.txt")
    assert (long_an["published"], long_an["published_from"], long_an["url"]) == (
        dt.date(2025, 1, 5), "manifest", "https://example.vn/long-an"
    )
    kien_giang = next(a for a in batch.articles if a["source_id"] == "articles/kien_giang_utf16.txt")
    assert kien_giang["published"] == dt.date(2024, 1, 5), "a day-first Vietnamese date is read as such"
    assert long_an["province_name"] == "Long An"
    values = {(c["source_id"], c["metric"], c["value"], c["year"]) for c in batch.claims}
    assert ("articles/long_an_2024.txt", "products", 180, 2024) in values
    assert ("articles/kien_giang_utf16.txt", "products", 140, 2023) in values


def test_the_manifests_outlet_names_the_province_of_a_page_that_names_none(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir(parents=True)
    (articles / "ke_hoach.txt").write_text(
        "Toàn tỉnh phấn đấu có thêm 25 sản phẩm OCOP\nKế hoạch đặt mục tiêu năm 2025 toàn tỉnh có thêm 25 sản phẩm "
        "OCOP mới.\n", encoding="utf-8")
    (articles / "manifest.csv").write_text(
        "file,url,outlet,published\nke_hoach.txt,https://example.vn/kh,Báo Ninh Thuận,2025-02-15\n", encoding="utf-8")
    batch = ingest_articles(tmp_path)
    assert [(c["geo_name"], c["kind"], c["value"]) for c in batch.claims] == [("Ninh Thuận", "target", 25)]
    assert batch.articles[0]["province_name"] == "Ninh Thuận"


@pytest.mark.parametrize(("url", "date"), [
    ("https://baotinh.vn/kinh-te/202010/phan-dau-30-san-pham-ocop-f48d8/", dt.date(2020, 10, 15)),
    ("https://baotinh.vn/vi-sao-nong-dan-me-sao-ocop-20230802140027433.htm", dt.date(2023, 8, 2)),
    ("https://tv.vn/portal/pages/2021-7-12/huyen-dan-dau-ve-ocop-18486.aspx", dt.date(2021, 7, 12)),
    ("https://ocoptinh.com/2023/08/08/ban-hanh-ke-san-pham-ocop/", dt.date(2023, 8, 8)),
    ("https://baotinh.vn/tinh-ho-tro-25-ty-dong-cho-ocop-post746882.html", None),  # an id, no date
    ("https://baotinh.vn/them-hai-san-pham-ocop-5-sao-161230718144843085.htm", None),  # digits further in an id
    ("https://baotinh.vn/2013-13-40/ocop/", None),  # no real day
    (None, None),
])
def test_an_address_carries_the_publication_date_news_sites_write_into_it(url: str | None, date) -> None:
    assert date_in_address(url) == date


def test_a_manifest_without_a_date_dates_the_article_by_its_address(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir(parents=True)
    (articles / "ton_kho.txt").write_text(
        "Ninh Thuận có 142 sản phẩm OCOP\nĐến nay, tỉnh Ninh Thuận có 142 sản phẩm OCOP.\n", encoding="utf-8")
    (articles / "manifest.csv").write_text(
        "file,url,outlet,published\nton_kho.txt,https://baotinh.vn/kinh-te/202311/ninh-thuan-142-ocop/,,\n",
        encoding="utf-8")
    batch = ingest_articles(tmp_path)
    assert (batch.articles[0]["published"], batch.articles[0]["published_from"]) == (dt.date(2023, 11, 15), "address")
    assert [(c["year"], c["value"]) for c in batch.claims] == [(2023, 142)]


def test_an_implausible_figure_goes_to_the_quarantine(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "typo.txt").write_text(
        "Năm 2023, tỉnh Lai Châu có 90 sản phẩm OCOP; tỉnh Sơn La có 45.000 sản phẩm OCOP.", encoding="utf-8"
    )
    batch = ingest_articles(tmp_path)
    assert [c["value"] for c in batch.claims] == [90]
    rejected = [r for r in batch.rejections if r.stage == "extract"]
    assert len(rejected) == 1 and "implausible for one province" in rejected[0].reason
    assert json.loads(rejected[0].as_row()["raw_values"])["quote"] == "45.000 sản phẩm"
    record = batch.source_files[0]
    assert (record["rows_read"], record["rows_loaded"], record["rows_quarantined"]) == (2, 1, 1)


def test_a_claim_failing_validation_moves_to_the_quarantine_and_the_counts_follow(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Năm 2023, tỉnh Lai Châu có 90 sản phẩm OCOP.", encoding="utf-8")
    batch = ingest_articles(tmp_path)
    batch.claims[0]["stars"] = "7"  # a defect upstream must not reach the warehouse
    assert validated_claims(batch).height == 0
    assert [r.stage for r in batch.rejections] == ["validate"]
    assert "isin" in batch.rejections[0].reason
    article = batch.articles_frame().row(0, named=True)
    assert (article["claims"], article["claims_quarantined"]) == (0, 1)
    assert batch.source_files[0]["status"] == "partial"


def test_extractor_quality_on_the_shipped_labelled_extracts() -> None:
    batch = ingest_articles(SHIPPED_RAW)
    result = score(batch.claims, read_labels(LABELS))
    assert result.labels >= 90
    assert result.precision >= 0.97, result.false_positives
    assert result.recall >= 0.95, result.missed


def test_shipped_quotes_are_the_exact_text_at_their_spans() -> None:
    from ocop_pipeline.articles.decode import decode_article

    batch = ingest_articles(SHIPPED_RAW)
    texts = {}
    for claim in batch.claims:
        path = SHIPPED_RAW / claim["source_id"]
        text = texts.setdefault(path, decode_article(path.read_bytes()).text)
        assert text[claim["span_start"]:claim["span_end"]] == claim["quote"]


def test_a_full_run_publishes_articles_claims_quarantine_and_source_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = write_raw(tmp_path / "raw")
    target = tmp_path / "ocop.duckdb"
    monkeypatch.setenv("OCOP_RAW_DIR", str(raw))
    monkeypatch.setenv("OCOP_WAREHOUSE", str(target))
    result = defs.resolve_job_def("refresh_warehouse").execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success
    con = duckdb.connect(str(target), read_only=True)
    assert con.execute("select count(*) from articles").fetchone()[0] == 5
    assert con.execute("select count(*) from article_claims").fetchone()[0] == 3  # body 180 (the title restates it), 120, 140
    assert con.execute("select count(*) from quarantine where stage = 'decode'").fetchone()[0] == 3
    assert con.execute(
        "select count(*) from source_files where rows_read <> rows_loaded + rows_quarantined"
    ).fetchone()[0] == 0
