"""The raw-file inventory: every input file, identified by its path relative to OCOP_RAW_DIR and its content hash.

Nothing from outside the raw folder is ever read: a symbolic link is followed only when its target lies inside the
raw folder, and a link pointing elsewhere, a broken link, a folder link or anything that is not a regular file is
listed with the reason it was not read, so that it shows in ``source_files`` and the quarantine.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt",)
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")
MANIFEST_NAME = "manifest.csv"
FOLDERS = {"article": ("articles", ARTICLE_SUFFIXES), "spreadsheet": ("spreadsheets", SPREADSHEET_SUFFIXES)}


@dataclass(frozen=True)
class RawFile:
    source_id: str  # path relative to the raw folder, with forward slashes
    path: Path
    kind: str  # article | spreadsheet
    sha256: str | None  # None when the file was not read (see problem)
    size_bytes: int
    problem: str | None = None  # why the file was not read; None for a readable file


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` (resolved, links followed) lies inside ``folder`` (resolved)."""
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except (ValueError, OSError, RuntimeError):
        return False


def _walk(root: Path, recursive: bool):
    """Every entry below ``root`` without following folder links, in a stable order."""
    if not recursive:
        yield from sorted(root.iterdir())
        return
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        base = Path(folder)
        for name in sorted(files):
            yield base / name
        for name in dirs:
            if (base / name).is_symlink():
                yield base / name


def _problem(path: Path, raw_dir: Path) -> str | None:
    if path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        if not path.exists():
            return f"broken symbolic link (to {target}): not read"
        if not inside(path, raw_dir):
            return f"symbolic link to {target}, outside the raw folder: not read"
        if path.is_dir():
            return f"symbolic link to the folder {target}: folders are not followed, put the files in the raw folder"
    if not path.is_file():
        return "not a regular file (a device, a pipe or a socket): not read"
    return None


def scan(raw_dir: Path, kind: str, hasher: Callable[[Path], str] = sha256_of) -> list[RawFile]:
    """Every file of one kind under ``raw_dir`` (articles/ or spreadsheets/), sorted by source_id, with its hash.

    A bare folder of files (no articles/ or spreadsheets/ inside) is read as it is, without descending. ``hasher``
    gives a file's SHA-256 (``cache.Hasher`` skips files whose stat did not change).
    """
    folder, suffixes = FOLDERS[kind]
    root = raw_dir / folder
    if root.is_dir() and not root.is_symlink():
        entries, recursive_root = _walk(root, True), True
    elif raw_dir.is_dir():
        entries, recursive_root = _walk(raw_dir, False), False
    else:
        return []
    files = []
    for path in entries:
        if path.name.startswith(".") or path.name == MANIFEST_NAME:
            continue
        if path.suffix.lower() not in suffixes and not (recursive_root and path.is_symlink() and path.is_dir()):
            continue
        if not recursive_root and path.is_dir() and not path.is_symlink():
            continue
        source_id = path.relative_to(raw_dir).as_posix()
        problem = _problem(path, raw_dir)
        if problem is None:
            try:
                files.append(RawFile(source_id, path, kind, hasher(path), path.stat().st_size))
                continue
            except OSError as exc:
                problem = f"cannot read the file: {exc.strerror or exc}"
        try:
            size = path.lstat().st_size
        except OSError:
            size = 0
        files.append(RawFile(source_id, path, kind, None, size, problem))
    return sorted(files, key=lambda f: f.source_id)


def readable_file_count(raw_dir: Path) -> int:
    """How many article and spreadsheet files under ``raw_dir`` could be read (before parsing them)."""
    return sum(1 for kind in FOLDERS for f in scan(raw_dir, kind) if f.problem is None)
