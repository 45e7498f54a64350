"""The raw-file inventory: every input file, identified by its path relative to OCOP_RAW_DIR and its content hash.

Nothing from outside the raw folder is ever read: a symbolic link is followed only when its target lies inside the
raw folder, and a link pointing elsewhere, a broken link, a folder link or anything that is not a regular file is
listed with the reason it was not read, so that it shows in ``source_files`` and the quarantine.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISDIR, S_ISREG

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


# How scan asks for a file's SHA-256: ``hasher(path, stat)``, with the stat scan took of it (links followed), which a
# hasher may use instead of taking it again (``cache.Hasher`` compares it with the stat the hash was taken at).
FileHasher = Callable[[Path, os.stat_result | None], str]


def sha256_of(path: Path, stat: os.stat_result | None = None) -> str:  # noqa: ARG001 - the shape of a FileHasher
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


def _suffix(name: str) -> str:
    """``Path(name).suffix`` without building a Path: the last dot's part, unless the dot starts or ends the name."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows a link, as os.walk sorts entries into folders and files
    except OSError:
        return False


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _walk(folder: str, prefix: str, recursive: bool) -> Iterator[tuple[os.DirEntry, str, bool]]:
    """(entry, source_id, is a linked folder) of every entry below ``folder``, in a stable order; ``prefix`` is the
    folder's source_id with its slash. One ``os.scandir`` per folder: the entries' types come with the listing, so a
    plain file costs no system call here (a national folder holds 100,000 of them).

    Recursive, it walks as ``os.walk(followlinks=False)`` does: a folder it cannot list is passed over, folders whose
    names start with a dot are entered too (only names are filtered), a linked folder is handed out, never entered.
    Flat (the bare raw folder), it lists the one folder, and a folder it cannot list raises."""
    if recursive:
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            return
    else:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    subfolders = []
    for entry in entries:
        if recursive and _is_dir(entry):
            subfolders.append(entry)
        else:
            yield entry, prefix + entry.name, False
    for entry in subfolders:
        if _is_link(entry):
            yield entry, prefix + entry.name, True
        else:
            yield from _walk(entry.path, f"{prefix}{entry.name}/", True)


def _problem(entry: os.DirEntry, raw_dir: Path) -> tuple[str | None, os.stat_result | None]:
    """Why the entry is not read (None for a regular file inside the raw folder), and its stat (links followed) when
    it has one: the stat the hasher and the size are taken from."""
    try:
        stat = entry.stat()  # one system call; a link's target's stat
    except OSError:
        stat = None
    if _is_link(entry):
        try:
            target = os.readlink(entry.path)
        except OSError:
            target = "?"
        if stat is None:
            return f"broken symbolic link (to {target}): not read", None
        if not inside(Path(entry.path), raw_dir):
            return f"symbolic link to {target}, outside the raw folder: not read", stat
        if S_ISDIR(stat.st_mode):
            return (f"symbolic link to the folder {target}: folders are not followed, put the files in the raw folder",
                    stat)
    if stat is None or not S_ISREG(stat.st_mode):
        return "not a regular file (a device, a pipe or a socket): not read", stat
    return None, stat


def scan(raw_dir: Path, kind: str, hasher: FileHasher = sha256_of) -> list[RawFile]:
    """Every file of one kind under ``raw_dir`` (articles/ or spreadsheets/), sorted by source_id, with its hash.

    A bare folder of files (no articles/ or spreadsheets/ inside) is read as it is, without descending. ``hasher``
    gives a file's SHA-256 (``cache.Hasher`` skips files whose stat did not change).
    """
    folder, suffixes = FOLDERS[kind]
    root = raw_dir / folder
    if root.is_dir() and not root.is_symlink():
        entries, recursive_root = _walk(str(root), f"{folder}/", True), True
    elif raw_dir.is_dir():
        entries, recursive_root = _walk(str(raw_dir), "", False), False
    else:
        return []
    files = []
    for entry, source_id, linked_folder in entries:
        name = entry.name
        if name.startswith(".") or name == MANIFEST_NAME:
            continue
        if _suffix(name).lower() not in suffixes and not linked_folder:
            continue
        if not recursive_root and _is_dir(entry) and not _is_link(entry):
            continue
        path = Path(entry.path)
        problem, stat = _problem(entry, raw_dir)
        if problem is None:
            try:
                files.append(RawFile(source_id, path, kind, hasher(path, stat), stat.st_size))
                continue
            except OSError as exc:
                problem = f"cannot read the file: {exc.strerror or exc}"
        try:
            size = entry.stat(follow_symlinks=False).st_size
        except OSError:
            size = 0
        files.append(RawFile(source_id, path, kind, None, size, problem))
    return sorted(files, key=lambda f: f.source_id)


def readable_file_count(raw_dir: Path) -> int:
    """How many article and spreadsheet files under ``raw_dir`` could be read (before parsing them)."""
    return sum(1 for kind in FOLDERS for f in scan(raw_dir, kind) if f.problem is None)


def duplicates(files: list[RawFile], max_first_bytes: int | None = None) -> dict[str, str]:
    """source_id → the earlier readable file with the same bytes, for every duplicate among ``files`` (in their
    order). With ``max_first_bytes``, a file larger than that never stands for the others: the first readable file
    of a content small enough to be read is the one that is, and the later ones stand for it."""
    first_with: dict[str, str] = {}
    found: dict[str, str] = {}
    for raw in files:
        if raw.problem is not None:
            continue
        if raw.sha256 in first_with:
            found[raw.source_id] = first_with[raw.sha256]
        elif max_first_bytes is None or raw.size_bytes <= max_first_bytes:
            first_with[raw.sha256] = raw.source_id
    return found
