"""What a refresh takes from earlier runs instead of doing again: contracts already passed by equal frames, stage
files that hold equal frames, and the workbook of unchanged tables; and that none of it is taken when an input row,
the code or a stored file changed (small inputs only)."""

from __future__ import annotations

import json
from pathlib import Path

import pandera.errors
import polars as pl
import pytest

from ocop_pipeline import cache, contracts, derived, warehouse
from ocop_pipeline.report import outputs_beside

# ----------------------------------------------------------------------------------------------------------------
# derived.ValidatedFrames


def _sources(n: int = 3) -> pl.DataFrame:
    """A frame of the published ``quarantine`` contract with ``n`` valid rows."""
    return contracts.QUARANTINE.frame([
        {"source_id": f"articles/a{i}.txt", "stage": "decode", "reason": "not text"}
        for i in range(n)])


def test_a_frame_equal_to_one_that_passed_is_not_validated_again_and_any_other_frame_is(tmp_path: Path) -> None:
    table = contracts.QUARANTINE
    good = _sources()
    validated = derived.ValidatedFrames(tmp_path, "code")
    assert validated.validate(table, good).equals(good) and validated.skipped == [], "nothing passed yet"
    again = derived.ValidatedFrames(tmp_path, "code")
    assert again.validate(table, good).equals(good) and again.skipped == ["quarantine"], "an equal frame passed"

    bad = good.with_columns(pl.when(pl.int_range(pl.len()) == 1).then(pl.lit("no such stage"))
                            .otherwise(pl.col("stage")).alias("stage"))
    with pytest.raises(pandera.errors.SchemaError):
        derived.ValidatedFrames(tmp_path, "code").validate(table, bad)  # one row changed: checked, and refused
    still = derived.ValidatedFrames(tmp_path, "code")
    still.validate(table, good)
    assert still.skipped == ["quarantine"], "a frame that failed is never recorded"

    other_code = derived.ValidatedFrames(tmp_path, "other code")
    other_code.validate(table, good)
    assert other_code.skipped == [], "a record of other code is not believed"
    with pytest.raises(pandera.errors.SchemaError):
        derived.ValidatedFrames(tmp_path, "other code").validate(table, bad)

    record = tmp_path / derived.ValidatedFrames.FILE
    for corrupt in (record.read_bytes()[:20], b"\xff\xfe", b'{"format": 1}'):
        record.write_bytes(corrupt)
        cut = derived.ValidatedFrames(tmp_path, "other code")
        cut.validate(table, good)
        assert cut.skipped == [], "a record cut short or corrupt is no record"
    kept = json.loads(record.read_text(encoding="utf-8"))
    kept["passed"]["quarantine"] = warehouse.frame_digest(good.head(2))
    record.write_text(json.dumps(kept), encoding="utf-8")
    named = derived.ValidatedFrames(tmp_path, "other code")
    named.validate(table, good)
    assert named.skipped == [], "a record of another frame"


# ----------------------------------------------------------------------------------------------------------------
# through the job


def _contracts(result) -> dict[str, str]:
    """Per table output of the run: whether its contract was checked ("validated") or its frame equalled one that
    had passed ("unchanged")."""
    return {event.asset_key.to_user_string(): event.materialization.metadata["contract"].value
            for event in result.get_asset_materialization_events()
            if "contract" in event.materialization.metadata}


def _checks(result) -> dict[str, bool]:
    return {f"{e.asset_key.to_user_string()}.{e.check_name}": e.passed for e in result.get_asset_check_evaluations()}


def _workbook_kept(result) -> bool:
    return next(event.materialization.metadata["workbook_kept"].value for event in
                result.get_asset_materialization_events() if event.asset_key.to_user_string() == "ocop_exports")


def test_a_refresh_reuses_what_did_not_change_and_nothing_else(shipped: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from refreshing import contents, refresh

    target = tmp_path / "wh" / "ocop.duckdb"
    stage = target.with_name(f".{target.name}.stage")
    workbook = outputs_beside(target).workbook

    def stage_files() -> dict[str, list[int]]:
        return {p.name: warehouse.file_identity(p) for p in stage.rglob("*.parquet")}

    def full_build(folder: str) -> dict[str, list]:
        full = tmp_path / folder / "ocop.duckdb"
        refresh(shipped, full, parse_cache=False)
        return contents(full)

    first = refresh(shipped, target)
    every_table = set(_contracts(first))
    assert len(every_table) == len(warehouse.asset_tables())
    assert set(_contracts(first).values()) == {"validated"}
    assert not _workbook_kept(first)
    written, book = stage_files(), warehouse.file_identity(workbook)

    same = refresh(shipped, target)
    assert set(_contracts(same).values()) == {"unchanged"}, "nothing changed: no contract checked again"
    assert stage_files() == written, "no stage file written again"
    assert _workbook_kept(same) and warehouse.file_identity(workbook) == book
    assert _checks(same) == _checks(first), "every check ran, with the same outcome"
    assert all(passed for name, passed in _checks(same).items() if name.startswith("ocop_warehouse"))
    assert contents(target) == full_build("full1"), "the same tables as a refresh that reuses nothing"

    # One input row changed: one article's text (its file, claims and everything made from them).
    (shipped / "articles" / "soc_trang_2024.txt").write_text(
        "Đến hết năm 2024, tỉnh Sóc Trăng có 150 sản phẩm OCOP của 90 chủ thể.\n", encoding="utf-8")
    changed = refresh(shipped, target)
    checked = {name for name, how in _contracts(changed).items() if how == "validated"}
    assert {"articles", "article_claims", "claims", "source_files"} <= checked
    assert "dim_region" not in checked and "fact_product_rating" not in checked, "unchanged frames are not"
    assert stage_files()["articles.parquet"] != written["articles.parquet"], "a changed frame is written"
    assert contents(target) == full_build("full2")
    assert _checks(changed)["ocop_warehouse.rows_accounted"]

    # A stored file corrupted: the record of passed contracts, a stage file, the workbook.
    passed = cache.cache_dir(target) / "derived" / derived.ValidatedFrames.FILE
    passed.write_text("{", encoding="utf-8")
    claims_file = next(stage.rglob("claims.parquet"))
    claims_file.write_bytes(claims_file.read_bytes()[:100])
    workbook.write_bytes(b"not a workbook")
    corrupted = refresh(shipped, target)
    assert set(_contracts(corrupted).values()) == {"validated"}, "no record: every contract checked"
    assert pl.read_parquet(claims_file).height == len(contents(target)["claims"]), "the stage file written again"
    assert not _workbook_kept(corrupted) and workbook.read_bytes()[:2] == b"PK", "the workbook written again"
    assert set(_contracts(refresh(shipped, target)).values()) == {"unchanged"}

    # Other code: nothing recorded by the old code is believed.
    monkeypatch.setattr(cache, "pipeline_fingerprint", lambda: "0" * 64)
    other_code = refresh(shipped, target)
    assert set(_contracts(other_code).values()) == {"validated"}
    assert not _workbook_kept(other_code)
    assert contents(target) == full_build("full3")


def test_bad_input_is_still_quarantined_when_every_contract_is_reused(shipped: Path, tmp_path: Path) -> None:
    """The shipped folder's bad files and rows (a corrupt workbook, refused claims) stay in the quarantine, and items
    read = loaded + quarantined, in a refresh whose frames all equal frames that passed."""
    import duckdb
    from refreshing import contents, refresh

    target = tmp_path / "wh" / "ocop.duckdb"
    refresh(shipped, target)
    before = contents(target)
    again = refresh(shipped, target)
    assert set(_contracts(again).values()) == {"unchanged"}
    assert _checks(again)["ocop_warehouse.rows_accounted"]
    assert contents(target)["quarantine"] == before["quarantine"]
    con = duckdb.connect(str(target), read_only=True)
    try:
        corrupt = con.execute("SELECT count(*) FROM quarantine WHERE source_id LIKE '%synthetic_corrupt.xlsx'"
                              ).fetchone()[0]
        unbalanced = con.execute("SELECT count(*) FROM source_files WHERE "
                                 "rows_read <> rows_loaded + rows_quarantined").fetchone()[0]
    finally:
        con.close()
    assert corrupt >= 1 and unbalanced == 0 and len(before["quarantine"]) > corrupt
