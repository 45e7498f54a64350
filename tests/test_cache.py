"""The parse cache: unchanged files are reused, changed ones parsed again, removed ones gone; a rules change
invalidates; a cached, an uncached and a cleared-cache refresh publish identical tables; a broken cache never fails a
run; hashes are recomputed only when a file's stat changed."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

import hostile_inputs as H
from refreshing import SHIPPED_RAW, contents, refresh
from ocop_pipeline import cache, contracts, derived, sources, warehouse
from ocop_pipeline.articles import ingest as article_ingest
from ocop_pipeline.articles.ingest import ingest_articles
from ocop_pipeline.spreadsheets import ingest as sheet_ingest
from ocop_pipeline.spreadsheets.ingest import ingest_spreadsheets

LONG_AN = "Đến hết năm 2024, tỉnh Long An có 180 sản phẩm OCOP của 120 chủ thể.\n"
BAC_LIEU = "Năm 2023, tỉnh Bạc Liêu công nhận mới 25 sản phẩm OCOP, nâng tổng số lên 140 sản phẩm.\n"


def work_counts(result: dg.ExecuteInProcessResult) -> dict[str, tuple[int, int]]:
    """(reused, parsed) per ingest path, from the materializations' metadata."""
    counts = {}
    for event in result.get_asset_materialization_events():
        materialization = event.materialization
        metadata = materialization.metadata
        if "files_reused_from_cache" in metadata:
            counts[materialization.asset_key.to_user_string()] = (metadata["files_reused_from_cache"].value,
                                                                 metadata["files_parsed"].value)
    return counts


def test_cached_uncached_and_cleared_refreshes_publish_identical_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(SHIPPED_RAW, raw)
    H.write_all(raw, bomb_bytes=None, paragraphs=200)  # every kind of bad file and row: the ledger is replayed
    cached, uncached = tmp_path / "a" / "ocop.duckdb", tmp_path / "b" / "ocop.duckdb"

    cold = refresh(raw, cached)
    warm = refresh(raw, cached)
    refresh(raw, uncached, parse_cache=False)
    assert not cache.cache_dir(uncached).exists(), "parse_cache=false neither reads nor writes a cache"

    readable = {"articles": sum(1 for p in sources.scan(raw, "article") if p.problem is None),
                "spreadsheets": sum(1 for p in sources.scan(raw, "spreadsheet") if p.problem is None)}
    assert work_counts(cold)["articles"][0] == 0
    reused = work_counts(warm)
    assert reused["articles"][1] == 0 and reused["dim_subject"][1] == 0, "nothing parsed the second time"
    assert reused["articles"][0] > 0.8 * readable["articles"] and reused["dim_subject"][0] > 0
    assert contents(cached) == contents(uncached)

    assert cache.main([]) == 2, "usage without the command"
    monkeypatch.setenv("OCOP_WAREHOUSE", str(cached))
    assert cache.main(["clear"]) == 0  # what make clean-cache runs
    assert not cache.cache_dir(cached).exists()
    again = refresh(raw, cached)
    assert work_counts(again)["articles"][0] == 0, "a cleared cache parses everything again"
    assert contents(cached) == contents(uncached)


def test_changed_removed_renamed_and_duplicated_files(shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    articles = shipped / "articles"
    (articles / "long_an.txt").write_text(LONG_AN, encoding="utf-8")
    refresh(shipped, target)

    (articles / "long_an.txt").write_text(LONG_AN.replace("180", "190"), encoding="utf-8")  # changed
    (articles / "soc_trang_2020.txt").rename(articles / "soc_trang_2020_renamed.txt")  # renamed
    (articles / "ca_mau_ke_hoach_2024.txt").unlink()  # removed
    shutil.copy(articles / "tra_vinh_so_ket_2023.txt", articles / "tra_vinh_so_ket_2023_copy.txt")  # duplicated
    (articles / "bac_lieu.txt").write_text(BAC_LIEU, encoding="utf-8")  # new
    result = refresh(shipped, target)
    reused, parsed = work_counts(result)["articles"]
    assert parsed == 3, "the changed, the renamed and the new file; the copy is a duplicate, read once"
    assert reused == 14, "the other 14 shipped articles"

    con = duckdb.connect(str(target), read_only=True)
    try:
        values = dict(con.execute("select source_id, list(value order by value) from article_claims "
                                  "where source_id in ('articles/long_an.txt', 'articles/bac_lieu.txt') "
                                  "group by 1").fetchall())
        assert values["articles/long_an.txt"] == [120, 190]
        assert 25 in values["articles/bac_lieu.txt"]
        ids = {r[0] for r in con.execute("select distinct source_id from article_claims").fetchall()}
        assert "articles/soc_trang_2020_renamed.txt" in ids and "articles/soc_trang_2020.txt" not in ids
        assert "articles/ca_mau_ke_hoach_2024.txt" not in ids
        gone = con.execute("select count(*) from quarantine where source_id in "
                           "('articles/soc_trang_2020.txt', 'articles/ca_mau_ke_hoach_2024.txt')").fetchall()[0][0]
        assert gone == 0
        copy = con.execute("select status, duplicate_of from source_files "
                           "where source_id = 'articles/tra_vinh_so_ket_2023_copy.txt'").fetchall()
        assert copy == [("duplicate", "articles/tra_vinh_so_ket_2023.txt")], "read once, under the first name"
        log = con.execute("select files_new, files_changed, files_removed from refresh_log "
                          "order by finished desc limit 1").fetchall()
        assert log == [(3, 1, 2)], "new: bac_lieu, the renamed file, the copy; changed: long_an"
    finally:
        con.close()
    fresh = tmp_path / "fresh" / "ocop.duckdb"
    refresh(shipped, fresh, parse_cache=False)
    assert contents(target) == contents(fresh), "an incremental refresh publishes what a full one does"


def test_a_rules_change_invalidates_and_a_manifest_date_change_reparses_its_article(
        shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store_dir = tmp_path / "cache"

    def ingest() -> cache.FileWork:
        work = cache.FileWork("article", shipped, cache.Store(store_dir))
        ingest_articles(shipped, work)
        work.close()
        return work

    assert ingest().reused == 0
    assert ingest().parsed == 0
    manifest = shipped / "articles" / "manifest.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "soc_trang_2020.txt,,Dân Việt,2020-11-19", "soc_trang_2020.txt,,Dân Việt,2021-01-05"), encoding="utf-8")
    assert ingest().parsed == 1, "the article whose published date changed"
    real = cache.fingerprint
    monkeypatch.setattr(cache, "fingerprint", lambda kind: "new rules " + real(kind))
    changed = ingest()
    assert changed.reused == 0 and changed.parsed > 10, "new rules: everything parsed again"


def test_the_fingerprint_follows_the_code_that_parses_each_kind(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "ocop_pipeline"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE", package)
    before = {kind: cache.fingerprint(kind) for kind in cache.KIND_SOURCES}
    (package / "spreadsheets" / "parse.py").write_text("# changed\n", encoding="utf-8")
    after_sheets = {kind: cache.fingerprint(kind) for kind in cache.KIND_SOURCES}
    assert after_sheets["article"] == before["article"]
    assert after_sheets["spreadsheet"] != before["spreadsheet"]
    (package / "articles" / "rules.py").write_text("# changed\n", encoding="utf-8")
    assert cache.fingerprint("article") != before["article"]
    assert cache.fingerprint("spreadsheet") != after_sheets["spreadsheet"], "the parser borrows the extractor"
    (package / "reference" / "provinces_63.csv").write_text("changed\n", encoding="utf-8")
    before_reference = cache.fingerprint("article")
    (package / "reference" / "regions.csv").write_text("changed\n", encoding="utf-8")
    assert cache.fingerprint("article") != before_reference
    unrelated = cache.fingerprint("article")
    (package / "status.py").write_text("# not read by any parser\n", encoding="utf-8")
    assert cache.fingerprint("article") == unrelated


def test_a_corrupt_cache_never_fails_or_changes_a_refresh(shipped: Path, tmp_path: Path) -> None:
    target = tmp_path / "wh" / "ocop.duckdb"
    refresh(shipped, target)
    expected = contents(target)
    database = cache.cache_dir(target) / cache.Store.NAME
    database.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    result = refresh(shipped, target)
    assert contents(target) == expected
    assert work_counts(result)["articles"][0] == 0
    assert refresh(shipped, target) and contents(target) == expected, "rebuilt on the next run"


def test_a_spreadsheet_ledger_is_replayed_exactly(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    H.write_all(raw, bomb_bytes=None, paragraphs=10)
    plain = ingest_spreadsheets(raw)
    store_dir = tmp_path / "cache"
    first = cache.FileWork("spreadsheet", raw, cache.Store(store_dir))
    ingest_spreadsheets(raw, first)
    first.close()
    second = cache.FileWork("spreadsheet", raw, cache.Store(store_dir))
    replayed = ingest_spreadsheets(raw, second)
    second.close()
    assert second.parsed == 0 and second.reused > 10
    assert replayed.source_files == plain.source_files
    assert replayed.rejections == plain.rejections
    assert replayed.ratings == plain.ratings and replayed.claims == plain.claims


def test_hashes_are_read_again_only_when_the_stat_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "raw"
    folder.mkdir()
    path = folder / "a.txt"
    path.write_text("một", encoding="utf-8")
    store = cache.Store(tmp_path / "cache")

    def hash_once() -> cache.Hasher:
        hasher = cache.Hasher(store, folder)
        assert hasher(path) == sources.sha256_of(path)
        hasher.flush()
        return hasher

    # A file changed within RACY_S of being hashed could change again unseen within one clock tick: not trusted.
    monkeypatch.setattr(cache, "RACY_S", 3600.0)
    assert hash_once().hashed == 1
    assert hash_once().hashed == 1
    monkeypatch.setattr(cache, "RACY_S", 0.0)
    assert hash_once().reused == 1, "an unchanged stat, hashed after the last change: not read again"
    # Same size and mtime, new bytes (cp -p over the file): the ctime gives it away.
    stat = path.stat()
    path.write_text("hai", encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    rewritten = hash_once()
    assert rewritten.hashed == 1 and rewritten.reused == 0
    # Replaced by another file (a new inode), same size and times restored: hashed again too.
    replacement = folder / "b.tmp"
    replacement.write_text("bốn", encoding="utf-8")
    os.replace(replacement, path)
    assert hash_once().hashed == 1
    store.close()


def test_clearing_the_cache_waits_for_no_refresh(tmp_path: Path) -> None:
    target = tmp_path / "ocop.duckdb"
    cache.cache_dir(target).mkdir()
    with warehouse.refresh_lock(target, "a-running-refresh", timeout_s=0):
        with pytest.raises(warehouse.RefreshBusy, match="a-running-refresh"):
            cache.clear(target)
    assert cache.cache_dir(target).exists()
    assert cache.clear(target) == [cache.cache_dir(target)]


def test_parallel_parsing_gives_the_same_batch_as_one_process(shipped: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    articles = shipped / "articles"
    for i, template in enumerate(sorted(articles.glob("*.txt")) * 2):
        (articles / f"ban_sao_{i:03d}.txt").write_bytes(template.read_bytes() + f"\n\nBản tin {i}.".encode())
    (articles / "hong.txt").write_bytes(b"\x00\x01binary\xff" * 50)
    monkeypatch.setattr(cache, "MIN_FILES_PER_WORKER", 4)
    in_workers = []
    prefetch = cache.FileWork.prefetch
    monkeypatch.setattr(cache.FileWork, "prefetch", lambda self, *a: in_workers.append(prefetch(self, *a)))
    batches = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("OCOP_WORKERS", workers)
        work = cache.FileWork("article", shipped)
        batches[workers] = ingest_articles(shipped, work)
        work.close()
    one, two = batches["1"], batches["2"]
    assert one.claims == two.claims and one.articles == two.articles
    assert [r.reason for r in one.rejections] == [r.reason for r in two.rejections]
    assert in_workers[0] == 0 and in_workers[1] > 40, "one process, then two"
    assert len(one.claims) > 100 and any(a["status"] == "quarantined" for a in two.articles)


def _tables_equal(a: article_ingest.ArticleTables, b: article_ingest.ArticleTables) -> None:
    for name in ("articles", "claims", "rejections", "source_files"):
        assert getattr(a, name).equals(getattr(b, name)), name


def test_unchanged_files_rows_come_from_the_previous_run_and_equal_a_full_read(
        shipped: Path, tmp_path: Path) -> None:
    """The snapshot of the last run's rows: whatever changes in the folder, the merged rows are the rows a full read
    gives, in the same order; only the files whose basis changed are read."""
    H.write_all(shipped, bomb_bytes=None, paragraphs=20)
    articles = shipped / "articles"
    store_dir = tmp_path / "cache"

    def incremental() -> tuple[article_ingest.ArticleTables, cache.FileWork]:
        work = cache.FileWork("article", shipped, cache.Store(store_dir))
        tables = article_ingest.article_tables(shipped, work)
        work.close()
        return tables, work

    def check(parsed: int | None) -> cache.FileWork:
        tables, work = incremental()
        _tables_equal(tables, article_ingest.article_tables(shipped))
        assert parsed is None or work.parsed == parsed
        return work

    assert check(parsed=None).reused == 0
    assert check(parsed=0).reused > 14, "nothing changed: every row from the snapshot"
    (articles / "long_an.txt").write_text(LONG_AN, encoding="utf-8")  # new
    (articles / "soc_trang_2020.txt").rename(articles / "soc_trang_2020_renamed.txt")  # renamed
    (articles / "ca_mau_ke_hoach_2024.txt").unlink()  # removed
    check(parsed=2)
    # A copy of a kept file is its duplicate; removing the original makes the copy the one extracted.
    shutil.copy(articles / "tra_vinh_so_ket_2023.txt", articles / "tra_vinh_so_ket_2023_copy.txt")
    check(parsed=0)
    (articles / "tra_vinh_so_ket_2023.txt").unlink()
    check(parsed=1)  # the copy, now the first of its bytes (results are kept under the file's name too)
    manifest = articles / "manifest.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "soc_trang_2024.txt,,", "soc_trang_2024.txt,https://example.org/moved,"), encoding="utf-8")
    check(parsed=1)  # a new url is read again: an address may name the place an extract never names


def test_a_file_rewritten_with_its_size_and_mtime_is_read_again(shipped: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The stat cache and the snapshot trust a file only while its size, mtime, ctime, inode and device are the ones
    it was hashed with: new bytes written over it with the old size and mtime put back (cp -p, touch -r) still move
    its ctime, which no program can set, so the file is hashed, extracted and published again."""
    monkeypatch.setattr(cache, "RACY_S", 0.0)  # the test writes within one second of hashing
    path = shipped / "articles" / "long_an.txt"
    path.write_text(LONG_AN, encoding="utf-8")
    store_dir = tmp_path / "cache"

    def claims_of_long_an() -> list[float]:
        work = cache.FileWork("article", shipped, cache.Store(store_dir))
        tables = article_ingest.article_tables(shipped, work)
        work.close()
        return sorted(tables.claims.filter(pl.col("source_id") == "articles/long_an.txt")["value"].to_list())

    assert claims_of_long_an() == [120, 180]
    stat = path.stat()
    path.write_text(LONG_AN.replace("180", "190"), encoding="utf-8")  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert claims_of_long_an() == [120, 190]


def test_a_broken_snapshot_is_no_snapshot(shipped: Path, tmp_path: Path) -> None:
    store_dir = tmp_path / "cache"
    work = cache.FileWork("article", shipped, cache.Store(store_dir))
    expected = article_ingest.article_tables(shipped, work)
    work.close()
    folder = work.snapshot().folder
    for frame in folder.glob("*.claims.parquet"):
        frame.write_bytes(frame.read_bytes()[:100])  # cut short (a crash of the disk, not of the run)
    again = cache.FileWork("article", shipped, cache.Store(store_dir))
    assert again.snapshot().load() is None
    _tables_equal(article_ingest.article_tables(shipped, again), expected)
    again.close()
    assert again.parsed == 0, "every result from the parse cache instead"
    (folder / cache.RowSnapshot.POINTER).write_text("{", encoding="utf-8")
    assert again.snapshot().load() is None
    assert cache.RowSnapshot(folder, "other code").load() is None


# ----------------------------------------------------------------------------------------------------------------
# the spreadsheets' rows from the previous run


def _sheet_tables_in_one_pass(raw: Path) -> sheet_ingest.SpreadsheetTables:
    """What the spreadsheets step handed on before it kept a snapshot: every file read, then validated."""
    batch = ingest_spreadsheets(raw)
    ratings = batch.intake.validated(contracts.RATING_ROWS, batch.ratings_frame(), ("sheet", "row_number"))
    claims = batch.intake.validated(contracts.SHEET_CLAIMS, batch.claims_frame(), ("sheet", "row_number"))
    return sheet_ingest.SpreadsheetTables(ratings, claims, batch.intake.quarantine_frame(),
                                          batch.intake.source_files_frame())


def _sheet_tables_equal(a: sheet_ingest.SpreadsheetTables, b: sheet_ingest.SpreadsheetTables) -> None:
    for name in ("ratings", "claims", "rejections", "source_files"):
        assert getattr(a, name).equals(getattr(b, name)), name


def test_unchanged_spreadsheets_rows_come_from_the_previous_run_and_equal_a_full_read(
        shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As for articles: whatever changes among the spreadsheets, the merged rows, quarantine rows (the file's own and
    validation's, in one pass's order) and ledgers are those of reading every file; only changed files are read."""
    H.write_all(shipped, bomb_bytes=None, paragraphs=20)
    sheets = shipped / "spreadsheets"
    store_dir = tmp_path / "cache"

    def check(parsed: int | None) -> cache.FileWork:
        work = cache.FileWork("spreadsheet", shipped, cache.Store(store_dir))
        tables = sheet_ingest.spreadsheet_tables(shipped, work)
        work.close()
        expected = _sheet_tables_in_one_pass(shipped)
        _sheet_tables_equal(tables, expected)
        _sheet_tables_equal(sheet_ingest.spreadsheet_tables(shipped), expected)
        assert parsed is None or work.parsed == parsed, work.summary()
        return work

    first = check(parsed=None)
    assert first.reused == 0
    validated = _sheet_tables_in_one_pass(shipped).rejections.filter(pl.col("stage") == "validate")
    assert validated.height >= 2 and "spreadsheets/diem_150.xlsx" in set(validated["source_id"]), \
        "rows that parse but fail validation: the quarantine's second phase is exercised too"
    quarantined = {r["source_id"] for r in _sheet_tables_in_one_pass(shipped).source_files.iter_rows(named=True)
                   if r["status"] == "quarantined"}
    assert quarantined, "files that fail are looked up again every run (in the parse cache), never kept"
    looked_up = []
    get = cache.Store.get
    monkeypatch.setattr(cache.Store, "get", lambda self, key: looked_up.append(key) or get(self, key))
    assert check(parsed=0).reused > 10, "nothing changed: every file from the snapshot or the parse cache"
    assert len(looked_up) == len(quarantined), "only the failed files' results are looked up"
    (sheets / "diem_150.xlsx").rename(sheets / "diem_150_moi.xlsx")  # renamed
    (sheets / "synthetic_ben_tre_2022_2023.xlsx").unlink()  # removed
    H.write_tab_csv(sheets).rename(sheets / "tien_giang_moi.csv")  # new
    check(parsed=2)
    # A copy of a kept file is its duplicate; removing the original makes the copy the one read.
    shutil.copy(sheets / "thua_thien_hue_2020_dot2.xlsx", sheets / "thua_thien_hue_2020_dot2_copy.xlsx")
    check(parsed=0)
    (sheets / "thua_thien_hue_2020_dot2.xlsx").unlink()
    check(parsed=1)


def test_a_broken_spreadsheet_snapshot_is_no_snapshot(shipped: Path, tmp_path: Path) -> None:
    store_dir = tmp_path / "cache"
    work = cache.FileWork("spreadsheet", shipped, cache.Store(store_dir))
    expected = sheet_ingest.spreadsheet_tables(shipped, work)
    work.close()
    for frame in work.snapshot().folder.glob("*.ratings.parquet"):
        frame.write_bytes(frame.read_bytes()[:100])
    again = cache.FileWork("spreadsheet", shipped, cache.Store(store_dir))
    assert again.snapshot().load() is None
    _sheet_tables_equal(sheet_ingest.spreadsheet_tables(shipped, again), expected)
    again.close()
    assert again.parsed == 0, "every result from the parse cache instead"


def test_pruning_keeps_the_results_of_files_whose_rows_came_from_the_snapshot(shipped: Path, tmp_path: Path) -> None:
    """Results no file used are dropped once they outnumber the used ones; the files whose rows came from the
    snapshot used theirs, though their keys are only computed when something is pruned."""
    import sqlite3

    store_dir = tmp_path / "cache"

    def keys() -> set[str]:
        con = sqlite3.connect(store_dir / cache.Store.NAME)
        try:
            return {k for (k,) in con.execute("SELECT key FROM results WHERE kind = 'article'")}
        finally:
            con.close()

    work = cache.FileWork("article", shipped, cache.Store(store_dir))
    article_ingest.article_tables(shipped, work)
    work.close()
    kept = keys()
    store = cache.Store(store_dir)
    for i in range(1500):  # results of files removed since
        store.put(f"gone-{i}", "article", work.fingerprint, work.raw_dir, f"articles/gone_{i}.txt", None)
    store.close()
    assert len(keys()) == len(kept) + 1500
    again = cache.FileWork("article", shipped, cache.Store(store_dir))
    article_ingest.article_tables(shipped, again)
    again.close()
    assert again.parsed == 0 and again.reused > 14, "every row from the snapshot"
    assert keys() == kept, "the stale results dropped, every result a file stands on kept"


# ----------------------------------------------------------------------------------------------------------------
# the frames of a pure step, kept under the digests of its inputs


def test_derived_frames_are_read_back_only_under_their_key_and_as_they_were_saved(tmp_path: Path) -> None:
    folder = tmp_path / "derived"
    kept = derived.DerivedFrames(folder, "step", "code")
    given = {"a": pl.DataFrame({"x": [1, 2, None], "y": ["p", None, "q"]}), "b": pl.DataFrame({"z": [1.5]})}
    made = {"out": pl.DataFrame({"x": [3, 1], "s": [["u"], []]}), "empty": pl.DataFrame(schema={"k": pl.String})}
    key = kept.key(given)
    assert kept.load(key) is None, "nothing kept yet"
    assert kept.save(key, made)
    back = kept.load(key)
    assert back is not None and back.keys() == made.keys()
    for name, frame in made.items():
        assert back[name].equals(frame) and back[name].schema == frame.schema

    assert kept.key({**given, "b": pl.DataFrame({"z": [1.25]})}) != key, "another input, another key"
    assert kept.key({**given, "b": pl.DataFrame({"z": [1.5]}, schema={"z": pl.Float32})}) != key, "another type"
    assert kept.key({"a": given["a"], "b2": given["b"]}) != key, "another name"
    assert kept.key({"a": given["a"].reverse(), "b": given["b"]}) != key, "another order of the rows"
    assert kept.key(given) == key
    assert derived.DerivedFrames(folder, "step", "other code").key(given) != key
    assert derived.DerivedFrames(folder, "other step", "code").key(given) != key
    assert kept.load(derived.DerivedFrames(folder, "step", "other code").key(given)) is None, "other code"

    pointer = json.loads((folder / kept.POINTER).read_text(encoding="utf-8"))
    out = folder / f"{pointer['token']}.out.parquet"
    pl.DataFrame({"x": [3, 2], "s": [["u"], []]}).write_parquet(out)  # another frame of the same height
    assert kept.load(key) is None, "a file that is not the one saved is not believed"
    assert kept.save(key, made) and kept.load(key) is not None
    assert len(list(folder.glob("*.parquet"))) == 2, "the older frames are gone"
    pointer = json.loads((folder / kept.POINTER).read_text(encoding="utf-8"))
    out = folder / f"{pointer['token']}.out.parquet"
    out.write_bytes(out.read_bytes()[:40])
    assert kept.load(key) is None, "cut short"
    (folder / kept.POINTER).write_text("{", encoding="utf-8")
    assert kept.load(key) is None
