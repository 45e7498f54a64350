"""What the raw folder holds, by content: every input file's source_id and SHA-256, and one digest of them all.

The raw-folder sensor compares inventories to see new, changed and removed files; the nightly schedule and
``python -m ocop_pipeline.build --if-changed`` compare the digest with the one the published warehouse was built from
(``refresh_log.inventory_digest``) to skip a refresh that would publish the same tables. A refresh computes its
digest from ``source_files`` (what it actually read), so both sides list the same files: every article and
spreadsheet ``sources.scan`` finds (unreadable ones with no hash) and the manifest.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ocop_pipeline import sources

SNAPSHOTS_KEPT = 10


def digest_of(files: Iterable[tuple[str, str | None]]) -> str:
    """SHA-256 over sorted (source_id, sha256) pairs; an unreadable file (no hash) counts by its name alone."""
    digest = hashlib.sha256(b"ocop inventory 1\n")
    for source_id, sha in sorted(files, key=lambda pair: pair[0]):
        digest.update(f"{source_id}\t{sha or '-'}\n".encode())
    return digest.hexdigest()


def manifest_path(raw_dir: Path) -> Path | None:
    """The manifest the article ingest reads: ``manifest.csv`` in the articles folder (``articles/``, or the raw
    folder itself when it holds articles flat), when it is a file inside the raw folder."""
    folder = raw_dir / sources.FOLDERS["article"][0]
    path = (folder if folder.is_dir() else raw_dir) / sources.MANIFEST_NAME
    return path if path.is_file() and sources.inside(path, raw_dir) else None


@dataclass(frozen=True)
class Inventory:
    files: dict[str, str | None]  # source_id -> SHA-256, None for a file that cannot be read
    newest_change_ns: int = 0  # the latest mtime or ctime among the files (to wait for a copy to finish)

    @property
    def digest(self) -> str:
        return digest_of(self.files.items())


def take_with_cache(raw_dir: Path, target: Path) -> Inventory:
    """The folder's inventory, hashing only files whose size or times changed since the parse cache of ``target``
    last saw them (the sensor looks every few seconds; rehashing a national folder each time would cost minutes)."""
    from ocop_pipeline import cache  # cache reads the raw folder too; imported here so neither needs the other first

    store = cache.Store(cache.cache_dir(target))
    hasher = cache.Hasher(store, raw_dir)
    try:
        now = take(raw_dir, hasher)
        hasher.flush()
    finally:
        store.close()
    return now


def take(raw_dir: Path, hasher: Callable[[Path], str] = sources.sha256_of) -> Inventory:
    files: dict[str, str | None] = {}
    paths = []
    for kind in sources.FOLDERS:
        for raw in sources.scan(raw_dir, kind, hasher):
            files[raw.source_id] = raw.sha256
            if raw.sha256 is not None:
                paths.append(raw.path)
    manifest = manifest_path(raw_dir)
    if manifest is not None:
        files[manifest.relative_to(raw_dir).as_posix()] = hasher(manifest)
        paths.append(manifest)
    newest = 0
    for path in paths:
        try:
            stat = os.stat(path)
        except OSError:
            continue
        newest = max(newest, stat.st_mtime_ns, stat.st_ctime_ns)
    return Inventory(files, newest)


@dataclass(frozen=True)
class Changes:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def any(self) -> bool:
        return bool(self.new or self.changed or self.removed)

    def counts(self) -> str:
        return (f"{len(self.new)} new, {len(self.changed)} changed, {len(self.removed)} removed, {self.unchanged} "
                "unchanged")

    def describe(self, limit: int = 10) -> str:
        """Counts, then the first files of each kind of change."""
        lines = [self.counts()]
        for label, names in (("new", self.new), ("changed", self.changed), ("removed", self.removed)):
            lines += [f"  {label}: {name}" for name in names[:limit]]
            if len(names) > limit:
                lines.append(f"  … and {len(names) - limit} more {label}")
        return "\n".join(lines)


def diff(before: Mapping[str, str | None], after: Mapping[str, str | None]) -> Changes:
    new = sorted(k for k in after if k not in before)
    removed = sorted(k for k in before if k not in after)
    changed = sorted(k for k in after if k in before and before[k] != after[k])
    return Changes(new, changed, removed, len(after) - len(new) - len(changed))


# ----------------------------------------------------------------------------------------------------------------
# snapshots: the sensor's cursor holds a digest; the files behind it are kept here, to say what changed


def _snapshot_path(folder: Path, digest: str) -> Path:
    return folder / "inventories" / f"{digest}.json.gz"


def save_snapshot(folder: Path, inventory: Inventory) -> bool:
    """Keep ``inventory``'s files under its digest (atomically), and only the latest few snapshots. A folder that
    cannot be written only costs the detail of the next change (False)."""
    path = _snapshot_path(folder, inventory.digest)
    try:
        if path.exists():
            os.utime(path)
            return True
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_bytes(gzip.compress(json.dumps(inventory.files, sort_keys=True).encode(), 6))
        os.replace(partial, path)
        kept = sorted(path.parent.glob("*.json.gz"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in kept[SNAPSHOTS_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


def load_snapshot(folder: Path, digest: str) -> dict[str, str | None] | None:
    try:
        return json.loads(gzip.decompress(_snapshot_path(folder, digest).read_bytes()))
    except (OSError, ValueError, EOFError):
        return None
