"""Shared fixtures: every test that builds a warehouse gets its own raw folder and output path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from refreshing import SHIPPED_RAW

DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture()
def warehouse_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point OCOP_RAW_DIR at an empty raw tree and OCOP_WAREHOUSE into tmp; return the warehouse path."""
    raw = tmp_path / "raw"
    (raw / "articles").mkdir(parents=True)
    (raw / "spreadsheets").mkdir(parents=True)
    target = tmp_path / "warehouse" / "ocop.duckdb"
    monkeypatch.setenv("OCOP_RAW_DIR", str(raw))
    monkeypatch.setenv("OCOP_WAREHOUSE", str(target))
    return target


@pytest.fixture()
def shipped(tmp_path: Path) -> Path:
    """A copy of the shipped raw folder the test may change."""
    raw = tmp_path / "raw"
    shutil.copytree(SHIPPED_RAW, raw)
    return raw
