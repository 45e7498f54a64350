"""The raw-file inventory: every input file, identified by its path relative to OCOP_RAW_DIR and its content hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt",)
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")
MANIFEST_NAME = "manifest.csv"


@dataclass(frozen=True)
class RawFile:
    source_id: str  # path relative to the raw folder, with forward slashes
    path: Path
    kind: str  # article | spreadsheet
    sha256: str
    size_bytes: int


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scan(raw_dir: Path, kind: str) -> list[RawFile]:
    """Every file of one kind under ``raw_dir`` (articles/ or spreadsheets/), sorted by source_id."""
    folder, suffixes = {
        "article": ("articles", ARTICLE_SUFFIXES),
        "spreadsheet": ("spreadsheets", SPREADSHEET_SUFFIXES),
    }[kind]
    root = raw_dir / folder
    # A bare folder of files (no articles/ or spreadsheets/ inside) is read as it is, without descending.
    paths = sorted(root.rglob("*")) if root.is_dir() else sorted(raw_dir.glob("*")) if raw_dir.is_dir() else []
    files = []
    for path in paths:
        if not path.is_file() or path.name.startswith(".") or path.name == MANIFEST_NAME:
            continue
        if path.suffix.lower() not in suffixes:
            continue
        files.append(
            RawFile(
                source_id=path.relative_to(raw_dir).as_posix(),
                path=path,
                kind=kind,
                sha256=sha256_of(path),
                size_bytes=path.stat().st_size,
            )
        )
    return files
