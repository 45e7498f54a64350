"""The parse cache: each input file's parsed result, reused while nothing that produced it changed.

A refresh reads every file of the raw folder, but parses again only what changed. An article's result (its row's
fields, its claims and the claims it refused) and a spreadsheet's (rating rows, summary figures, and every ledger
entry it made: items read, structure rows, quarantined rows and notes) are stored under a key made of

* the file's SHA-256 (its content) and its ``source_id`` (its name: ids, claim rows and a spreadsheet's province
  guessed from the file name depend on it, so a renamed file is parsed again under its new name);
* the fingerprint of the code and data that parse that kind of file (``fingerprint``: the source of
  ``articles/``, ``spreadsheets/``, the shared modules and ``reference/``, and the versions of the libraries that
  read spreadsheets): any change to the extractor, its rules or the parser invalidates every result of that kind;
* what else the parser is given: an article's date, outlet and address from the manifest (they decide years,
  layouts and, for a page that names none, its place).

A removed file is simply never asked for, so its claims, products and quarantine rows are gone from the next publish.
Results are applied in the refresh's own order (files sorted by ``source_id``), so a cached and an uncached run
publish identical tables, and ``make clean-cache`` (``python -m ocop_pipeline.cache clear``) throws the cache away
without changing any result.

Storage: one SQLite database, ``.<warehouse name>.cache/parse.sqlite`` beside the warehouse, in WAL mode: a crash
mid-write loses at most the results of the last uncommitted second of work (they are parsed again next time),
never the database. Each result is a compressed pickle (the cache folder is as trusted as the warehouse folder
beside it). An unreadable or corrupt database is set aside and the run goes on without it.

Hashing: the same database keeps each file's SHA-256 with its (size, mtime_ns, ctime_ns, inode, device). A file whose
stat is unchanged is not read again; a file written within ``RACY_S`` seconds of being hashed is hashed again next
time (the way git treats "racily clean" files), so a rewrite within one clock tick is never missed. The content hash
stays the key: the stat only decides whether it must be recomputed. Why a stat that did not change means bytes that
did not change: writing a file's bytes sets its mtime and ctime; ``touch`` or ``cp -p`` can set the mtime back, but
nothing but the kernel's clock sets the ctime (no system call takes a ctime), so a rewrite that restores size and
mtime still moves the ctime; a file replaced by another (``mv``, an editor's save) has another inode.

The previous run's rows (``RowSnapshot``): looking up and unpickling every file's result, and replaying it into the
run's ledger, costs about as much per file as reading the file's stat, and that adds up to tens of seconds for a
national folder in which nothing changed. So each ingest path also keeps the frames it handed on last time in this raw
folder, with each file's basis (its name, hash, size, scan problem, duplicate status and whatever else its parse was
given); the next run takes the rows of every file whose basis is unchanged straight from those frames, and runs the
per-file path above only for the others. The frames are Parquet files named by a token, and a small JSON file names
the current token: it is replaced (atomically, after the frames are on disk) only once the frames are whole, so a
crash leaves the previous snapshot or the new one, never a mix, and an unreadable snapshot only means a run that
takes every file's result from the results above.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import sqlite3
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

import polars as pl

from ocop_pipeline import config, sources
from ocop_pipeline.progress import Progress

log = logging.getLogger(__name__)
T = TypeVar("T")

FORMAT = 1  # bump when the stored layout changes
PACKAGE = Path(__file__).resolve().parent
RACY_S = 2.0
COMMIT_EVERY_S = 2.0
# What each kind's result depends on, relative to the package (folders are taken whole).
SHARED_SOURCES = ("geography.py", "text.py", "numbers.py", "vocab.py", "contracts.py", "quarantine.py", "sources.py",
                  "cache.py", "reference")
KIND_SOURCES = {
    "article": ("articles", *SHARED_SOURCES),
    # The spreadsheet parser borrows the article extractor's kind phrases, so it depends on articles/ too.
    "spreadsheet": ("spreadsheets", "articles", *SHARED_SOURCES),
}
KIND_LIBRARIES = {"article": (), "spreadsheet": ("polars", "fastexcel", "openpyxl")}
# What a whole published warehouse depends on besides its input files (the no-op check of the schedule).
PIPELINE_LIBRARIES = ("polars", "duckdb", "pandera", "fastexcel", "openpyxl")


# ----------------------------------------------------------------------------------------------------------------
# fingerprints


def _files_under(paths: Iterable[Path]) -> list[Path]:
    found = []
    for path in paths:
        if path.is_dir():
            found += [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                      and p.suffix not in (".pyc", ".pyo")]
        elif path.is_file():
            found.append(path)
    return sorted(set(found))


def _library_versions(names: Iterable[str]) -> str:
    versions = [f"python {sys.version_info[:3]}"]
    for name in names:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} -")
    return "\n".join(versions)


def _digest_files(files: Iterable[Path], root: Path, extra: str) -> str:
    digest = hashlib.sha256(f"ocop parse cache {FORMAT}\n{extra}\n".encode())
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def fingerprint(kind: str) -> str:
    """SHA-256 of the code, rules and reference data that parse one kind of file, and of the library versions."""
    files = _files_under(PACKAGE / part for part in KIND_SOURCES[kind])
    return _digest_files(files, PACKAGE, f"{kind}\n{_library_versions(KIND_LIBRARIES[kind])}")


def pipeline_fingerprint() -> str:
    """SHA-256 of everything besides the input files that decides a published warehouse: the whole package (code,
    rules, reference data), the SQL checks and views, the libraries' versions, and the current year (a manifest date
    beyond next year is refused, so the same files can read differently next year)."""
    files = _files_under([PACKAGE, config.SQL_DIR])
    files = [f for f in files if f.relative_to(PACKAGE.parent).parts[:2] != ("ocop_pipeline", "instance")]
    extra = f"pipeline\n{_library_versions(PIPELINE_LIBRARIES)}\nyear {time.gmtime().tm_year}"
    return _digest_files(files, PACKAGE.parent, extra)


# ----------------------------------------------------------------------------------------------------------------
# the store


def cache_dir(warehouse: Path) -> Path:
    """The cache folder of a warehouse: ``.<warehouse name>.cache`` beside it."""
    return warehouse.with_name(f".{warehouse.name}.cache")


def records_dir(warehouse: Path) -> Path:
    """What the published warehouse's tables and its Parquet export were loaded from (``warehouse.published_digests``,
    ``exports.write_parquet``): ``.<warehouse name>.records`` beside it, apart from the parse cache, which a refresh
    may go without."""
    return warehouse.with_name(f".{warehouse.name}.records")


def charts_dir(warehouse: Path) -> Path:
    """The report's charts of a warehouse, each kept under the digest of what it was drawn from (``report.Drawings``):
    ``.<warehouse name>.charts`` beside it."""
    return warehouse.with_name(f".{warehouse.name}.charts")


SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY, kind TEXT NOT NULL, fingerprint TEXT NOT NULL, raw_dir TEXT NOT NULL,
    source_id TEXT NOT NULL, payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS results_by_kind ON results (kind, raw_dir);
CREATE TABLE IF NOT EXISTS hashes (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL, device INTEGER NOT NULL, sha256 TEXT NOT NULL, hashed_ns INTEGER NOT NULL
);
"""


class Store:
    """The SQLite database of one cache folder. Every failure of the database disables it for the rest of the run
    (the run goes on parsing) and sets the file aside, so a corrupt cache can never fail or alter a refresh."""

    NAME = "parse.sqlite"

    def __init__(self, folder: Path, say: Callable[[str], object] | None = None) -> None:
        self.folder = folder
        self.path = folder / self.NAME
        self.say = say or log.warning
        self.con: sqlite3.Connection | None = None
        self._pending = 0
        self._last_commit = time.monotonic()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            con.executescript(SCHEMA)
            self.con = con
        except (sqlite3.Error, OSError) as exc:
            self._broken(exc)

    @property
    def usable(self) -> bool:
        return self.con is not None

    def _broken(self, exc: BaseException) -> None:
        self.say(f"parse cache {self.path} unusable ({type(exc).__name__}: {exc}); going on without it, it is "
                 "rebuilt on the next run")
        if self.con is not None:
            try:
                self.con.close()
            except sqlite3.Error:
                pass
        self.con = None
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            except OSError:
                pass

    def _run(self, action: Callable[[sqlite3.Connection], T], default: T) -> T:
        if self.con is None:
            return default
        try:
            return action(self.con)
        except (sqlite3.Error, OSError) as exc:
            self._broken(exc)
            return default

    def _write(self, action: Callable[[sqlite3.Connection], Any]) -> None:
        """Writes are batched in one transaction, committed every COMMIT_EVERY_S and at close."""
        def run(con: sqlite3.Connection) -> None:
            if not con.in_transaction:
                con.execute("BEGIN")
            action(con)
            self._pending += 1
            if time.monotonic() - self._last_commit >= COMMIT_EVERY_S:
                self.commit()

        self._run(run, None)

    def commit(self) -> None:
        def run(con: sqlite3.Connection) -> None:
            if con.in_transaction:
                con.execute("COMMIT")
            self._pending = 0
            self._last_commit = time.monotonic()

        self._run(run, None)

    def close(self) -> None:
        self.commit()
        if self.con is not None:
            self.con.close()
            self.con = None

    # results

    def get(self, key: str) -> Any | None:
        row = self._run(lambda con: con.execute("SELECT payload FROM results WHERE key = ?", (key,)).fetchone(), None)
        if row is None:
            return None
        try:
            return pickle.loads(zlib.decompress(row[0]))
        except Exception:  # noqa: BLE001 - an unreadable entry is a miss, parsed again and overwritten
            return None

    def has(self, key: str) -> bool:
        """Whether a result is stored under ``key`` (without reading it)."""
        return self._run(lambda con: con.execute("SELECT 1 FROM results WHERE key = ?", (key,)).fetchone(),
                         None) is not None

    def put(self, key: str, kind: str, fingerprint_: str, raw_dir: str, source_id: str, value: Any) -> None:
        payload = zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self._write(lambda con: con.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?)",
            (key, kind, fingerprint_, raw_dir, source_id, payload)))

    def prune_results(self, kind: str, fingerprint_: str, raw_dir: str, used_count: int,
                      used: Callable[[], set[str]]) -> int:
        """Drop results of other code versions, and results of this raw folder this run did not use once they
        outnumber the ``used_count`` used ones (files removed or changed since): the cache stays about the size of
        the folder. ``used()`` gives the used keys; it is called only then (computing 100,000 keys takes a while)."""
        def run(con: sqlite3.Connection) -> int:
            removed = con.execute("DELETE FROM results WHERE kind = ? AND fingerprint <> ?",
                                  (kind, fingerprint_)).rowcount
            total = con.execute("SELECT count(*) FROM results WHERE kind = ? AND raw_dir = ?",
                                (kind, raw_dir)).fetchone()[0]
            if total > 2 * used_count + 1000:
                con.execute("CREATE TEMP TABLE IF NOT EXISTS used_keys (key TEXT PRIMARY KEY)")
                con.execute("DELETE FROM used_keys")
                con.executemany("INSERT OR IGNORE INTO used_keys VALUES (?)", ((k,) for k in used()))
                removed += con.execute(
                    "DELETE FROM results WHERE kind = ? AND raw_dir = ? AND key NOT IN (SELECT key FROM used_keys)",
                    (kind, raw_dir)).rowcount
            return removed

        return self._run(lambda con: _in_transaction(con, run), 0)

    # hashes

    def known_hashes(self, prefix: str) -> dict[str, tuple]:
        """Every remembered (path → stat and hash) under a folder, in one query."""
        def run(con: sqlite3.Connection) -> dict[str, tuple]:
            rows = con.execute("SELECT path, size, mtime_ns, ctime_ns, inode, device, sha256, hashed_ns FROM hashes "
                               "WHERE path >= ? AND path < ?", (prefix, prefix + "\U0010ffff")).fetchall()
            return {r[0]: r[1:] for r in rows}

        return self._run(run, {})

    def remember_hashes(self, rows: list[tuple]) -> None:
        if rows:
            self._run(lambda con: _in_transaction(con, lambda c: c.executemany(
                "INSERT OR REPLACE INTO hashes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)), None)

    def forget_hashes(self, paths: list[str]) -> None:
        if paths:
            self._run(lambda con: _in_transaction(con, lambda c: c.executemany(
                "DELETE FROM hashes WHERE path = ?", ((p,) for p in paths))), None)


def _in_transaction(con: sqlite3.Connection, action: Callable[[sqlite3.Connection], T]) -> T:
    own = not con.in_transaction
    if own:
        con.execute("BEGIN")
    try:
        result = action(con)
    except BaseException:
        if own:
            con.execute("ROLLBACK")
        raise
    if own:
        con.execute("COMMIT")
    return result


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``path`` through a temporary file beside it and ``os.replace``: a reader sees the old or the new file
    (``durable``: on disk before it replaces the old one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


# ----------------------------------------------------------------------------------------------------------------
# the previous run's rows of an ingest path


class RowSnapshot:
    """The frames one ingest path handed on in its last run on one raw folder, with the code fingerprint they were
    made under (see the module's docstring: a pointer file names the current frames, replaced once they are whole)."""

    POINTER = "current.json"

    def __init__(self, folder: Path, fingerprint_: str) -> None:
        self.folder = folder
        self.fingerprint = fingerprint_

    def load(self) -> dict[str, pl.DataFrame] | None:
        """The frames, or None: no snapshot, one of other code, or one that cannot be read whole."""
        try:
            pointer = json.loads((self.folder / self.POINTER).read_text(encoding="utf-8"))
            if pointer.get("format") != FORMAT or pointer.get("fingerprint") != self.fingerprint:
                return None
            frames = {}
            for name, height in pointer["frames"].items():
                frame = pl.read_parquet(self.folder / f"{pointer['token']}.{name}.parquet")
                if frame.height != height:
                    return None
                frames[name] = frame
            return frames
        except Exception:  # noqa: BLE001 - a missing, cut short or corrupt snapshot is no snapshot
            return None

    def save(self, frames: dict[str, pl.DataFrame]) -> bool:
        """Keep ``frames`` as the snapshot: the frames on disk first, then the pointer; then the older frames go.
        A folder that cannot be written only costs the next run the per-file path (False)."""
        token = f"{time.time_ns():x}-{os.getpid()}"
        try:
            for name, frame in frames.items():
                path = self.folder / f"{token}.{name}.parquet"
                path.parent.mkdir(parents=True, exist_ok=True)
                partial = path.with_name(f".{path.name}.partial")
                frame.write_parquet(partial)
                with open(partial, "rb") as handle:
                    os.fsync(handle.fileno())
                os.replace(partial, path)
            pointer = {"format": FORMAT, "fingerprint": self.fingerprint, "token": token,
                       "frames": {name: frame.height for name, frame in frames.items()}}
            write_atomic(self.folder / self.POINTER, json.dumps(pointer).encode())
            for stale in self.folder.glob("*.parquet"):
                if not stale.name.startswith(f"{token}."):
                    stale.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("the rows of this run could not be kept in %s (%s): the next run reads each file's result",
                        self.folder, exc)
            return False
        return True


# The column of a snapshot's quarantine rows saying when in one pass each was written (its phase): merged rows are
# put back in that order.
PHASE = "phase"


def unchanged_files(basis: pl.DataFrame, previous: dict[str, pl.DataFrame] | None) -> set[str]:
    """The source_ids whose basis (every column of ``basis``, NULLs equal) is the one the previous run's rows were
    made from."""
    if previous is None:
        return set()
    same = basis.join(previous["basis"], on=basis.columns, how="semi", nulls_equal=True)
    return set(same["source_id"].to_list())


def merged_in_phases(fresh: pl.DataFrame, kept: pl.DataFrame, phases: tuple[int, ...]) -> pl.DataFrame:
    """Quarantine rows of the files read now and of the files kept, in one pass's order: phase by phase, and by file
    within a phase (the order within a file is kept: the sorts are stable)."""
    both = pl.concat([fresh, kept])
    return pl.concat([both.filter(pl.col(PHASE) == phase).sort("source_id", maintain_order=True) for phase in phases])


# ----------------------------------------------------------------------------------------------------------------
# hashing with a stat fast path


def _signature(stat: os.stat_result) -> tuple[int, int, int, int, int]:
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev


class Hasher:
    """SHA-256 of files under one folder, read again only when a file's stat changed (or it was racily clean)."""

    def __init__(self, store: Store | None, root: Path) -> None:
        self.store = store if store is not None and store.usable else None
        self.root = str(root.resolve())
        self._known: dict[str, tuple] | None = None
        self._new: list[tuple] = []
        self.seen: set[str] = set()
        self.trusted: dict[str, tuple] = {}  # path -> the stat its hash belongs to
        self.hashed = 0
        self.reused = 0

    def _table(self) -> dict[str, tuple]:
        if self._known is None:
            self._known = self.store.known_hashes(self.root + os.sep) if self.store else {}
        return self._known

    @staticmethod
    def signature(path: Path) -> tuple[int, int, int, int, int]:
        return _signature(os.stat(path))

    def __call__(self, path: Path, stat: os.stat_result | None = None) -> str:
        """``path``'s SHA-256; ``stat``, when given, is the file's stat just taken (``sources.scan`` has it from its
        listing) and saves taking it again."""
        key = str(path)
        before = stat if stat is not None else os.stat(path)
        signature = _signature(before)
        self.seen.add(key)
        known = self._table().get(key)
        if known is not None and tuple(known[:5]) == signature:
            hashed_ns = known[6]
            if hashed_ns - max(before.st_mtime_ns, before.st_ctime_ns) >= RACY_S * 1e9:
                self.reused += 1
                self.trusted[key] = signature
                return known[5]
        sha = sources.sha256_of(path)
        self.hashed += 1
        after = _signature(os.stat(path))
        if after == signature:
            self.trusted[key] = signature
            if self.store is not None:
                row = (key, *signature, sha, time.time_ns())
                self._new.append(row)
                self._table()[key] = row[1:]
        return sha

    def unchanged(self, path: Path) -> bool:
        """Whether ``path`` still has the stat it had when its hash was taken (its bytes are the hashed ones)."""
        try:
            return self.trusted.get(str(path)) == self.signature(path)
        except OSError:
            return False

    def flush(self) -> None:
        """Remember the new hashes; forget files under the folder that are gone, once they are many."""
        if self.store is None:
            return
        self.store.remember_hashes(self._new)
        self._new = []
        gone = [p for p in self._table() if p not in self.seen and not os.path.lexists(p)]
        if len(gone) > 1000 or (gone and len(gone) > len(self.seen)):
            self.store.forget_hashes(gone)


# ----------------------------------------------------------------------------------------------------------------
# what an ingest path uses


class LedgerRecorder:
    """Stands in for a ``FileLedger`` while a file is parsed: forwards every call and records the ones that change
    the ledger, so that a cached result replays them on the next run's ledger exactly."""

    RECORDED = frozenset({"count_read", "count_structural", "quarantine", "note", "reject_file", "mark_duplicate"})

    def __init__(self, ledger: Any) -> None:
        self._ledger = ledger
        self.calls: list[tuple[str, tuple, dict]] = []

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._ledger, name)
        if name not in self.RECORDED:
            return attribute

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args, kwargs))
            return attribute(*args, **kwargs)

        return recorded


def replay(ledger: Any, calls: list[tuple[str, tuple, dict]]) -> None:
    for name, args, kwargs in calls:
        getattr(ledger, name)(*args, **kwargs)


# Parallel parsing pays only from this many files per worker on (a worker process takes about a second to start),
# and hands files to workers in chunks of this size (fewer round trips between processes).
MIN_FILES_PER_WORKER = 200
CHUNK_FILES = 32


class _Parsed:
    """A worker's result or its exception, raised again in the run's process where ``cached`` would have raised it."""

    def __init__(self, result: Any = None, error: BaseException | None = None) -> None:
        self.result, self.error = result, error

    def value(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.result


def _parse_in_worker(job: tuple) -> _Parsed:
    read, path, source_id, sha256, also = job
    try:
        return _Parsed(read(Path(path).read_bytes(), source_id, sha256, *also))
    except Exception as exc:  # noqa: BLE001 - handed back to the run, which quarantines the file
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an exception that cannot cross processes is sent as its words
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        return _Parsed(error=exc)


class FileWork:
    """What one ingest path needs for its files: their hashes, their cached results, and progress.

    ``FileWork.plain(kind)`` hashes every file and caches nothing (what the ingest functions use when called without
    one, e.g. from a notebook or a test).
    """

    def __init__(self, kind: str, raw_dir: Path, store: Store | None = None,
                 say: Callable[[str], object] | None = None, bar: bool | None = False) -> None:
        self.kind = kind
        self.raw_dir = str(raw_dir.resolve())
        self.store = store if store is not None and store.usable else None
        self.fingerprint = fingerprint(kind) if self.store else ""
        folder = raw_dir / sources.FOLDERS[kind][0]
        self.hasher = Hasher(self.store, folder if folder.is_dir() else raw_dir)
        self.say = say
        self.bar = bar
        self.reused = 0
        self.parsed = 0
        self.used: set[str] = set()  # keys of the results looked up
        self._reused_items: list[tuple[sources.RawFile, tuple]] = []  # files whose rows came from the snapshot
        self._prefetched: dict[str, _Parsed] = {}

    @classmethod
    def plain(cls, kind: str, raw_dir: Path) -> FileWork:
        return cls(kind, raw_dir)

    # hashing and progress

    def sha256(self, path: Path, stat: os.stat_result | None = None) -> str:
        return self.hasher(path, stat)

    def each(self, files: list[sources.RawFile]) -> Iterator[sources.RawFile]:
        """The files in order, with progress in the log (and a bar on a terminal)."""
        if self.say is None and not self.bar:
            yield from files
            return
        progress = Progress(f"{self.kind}s", len(files), self.say, detail=self.summary, bar=self.bar)
        yield from progress.each(files)

    def summary(self) -> str:
        return f"{self.reused} reused from the cache, {self.parsed} parsed"

    # results

    def _key(self, raw: sources.RawFile, also: tuple) -> str:
        parts = [FORMAT, self.kind, self.fingerprint, raw.sha256, raw.source_id, *(repr(a) for a in also)]
        return hashlib.sha256("\0".join(str(p) for p in parts).encode()).hexdigest()

    def cached(self, raw: sources.RawFile, read: Callable[..., T], *also: Any) -> T:
        """``read(bytes, source_id, sha256, *also)`` for this file (the shape of ``articles.ingest.read_article``),
        from the cache when the same content, name, code and ``also`` (whatever else ``read`` is given) were parsed
        before; the file is not even opened then. An exception is not cached: it propagates."""
        return self._through_cache(raw, lambda: read(raw.path.read_bytes(), raw.source_id, raw.sha256, *also), also)

    def prefetch(self, items: list[tuple[sources.RawFile, tuple]], read: Callable[..., T], workers: int) -> int:
        """Parse, across ``workers`` processes, the files of ``items`` (each with the ``also`` that ``cached`` will be
        given) that the cache does not hold; ``cached`` then returns those results in the run's own order, so the
        tables are the same whatever the number of workers. ``read`` must be a module-level function. Returns how
        many files were parsed here (none with one worker, or with fewer files than are worth the processes)."""
        todo = [(raw, also) for raw, also in items if raw.sha256 is not None and not self._held(raw, also)]
        if workers <= 1 or len(todo) < MIN_FILES_PER_WORKER * 2:
            return 0
        workers = min(workers, len(todo) // MIN_FILES_PER_WORKER)
        progress = Progress(f"{self.kind}s parsed in {workers} processes", len(todo), self.say, bar=self.bar)
        jobs = [(read, str(raw.path), raw.source_id, raw.sha256, also) for raw, also in todo]
        try:
            # "spawn": a fresh interpreter per worker, never a fork of a process that runs threads (Dagster's).
            with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
                results = pool.map(_parse_in_worker, jobs, chunksize=CHUNK_FILES)
                for (raw, also), parsed in zip(todo, results, strict=True):
                    self._prefetched[self._key(raw, also)] = parsed
                    progress.advance()
        except Exception as exc:  # noqa: BLE001 - a worker killed (memory) or a pool that cannot start: go on alone
            if self.say:
                self.say(f"parallel parsing stopped after {progress.done} files ({type(exc).__name__}: {exc}); "
                         "the rest is parsed in this process")
        progress.close()
        return progress.done

    def snapshot(self) -> RowSnapshot | None:
        """The rows this ingest path handed on in its last run on this raw folder (None without a cache)."""
        if self.store is None:
            return None
        folder = hashlib.sha256(self.raw_dir.encode()).hexdigest()[:16]
        return RowSnapshot(self.store.folder / "rows" / f"{self.kind}-{folder}", self.fingerprint)

    def reuse(self, items: list[tuple[sources.RawFile, tuple]]) -> None:
        """Files whose rows came from the snapshot (each with the ``also`` its parse would be given): counted as
        reused, and their results kept in the parse cache (``close`` prunes the results no file used; their keys are
        only computed when it does)."""
        self._reused_items.extend(items)
        self.reused += len(items)

    def _used_keys(self) -> set[str]:
        return self.used | {self._key(raw, also) for raw, also in self._reused_items}

    def _held(self, raw: sources.RawFile, also: tuple) -> bool:
        return self.store is not None and self.store.has(self._key(raw, also))

    def ledgered(self, raw: sources.RawFile, ledger: Any, read: Callable[..., T], *also: Any) -> T:
        """``read(raw, ledger, *also)`` for a parser that writes into the file's ledger (the shape of
        ``spreadsheets.ingest.read_spreadsheet``): it gets a recorder standing in for the ledger, and a cached result
        replays the recorded entries into this run's ledger, exactly as the parser made them."""
        def parse() -> tuple[list, T]:
            recorder = LedgerRecorder(ledger)
            value = read(raw, recorder, *also)
            return recorder.calls, value

        if self.store is None or raw.sha256 is None:
            self.parsed += 1
            return read(raw, ledger, *also)
        before = self.parsed
        calls, value = self._through_cache(raw, parse, also)
        if self.parsed == before:  # from the cache: this run's ledger has not seen these entries yet
            replay(ledger, calls)
        return value

    def _through_cache(self, raw: sources.RawFile, compute: Callable[[], T], also: tuple) -> T:
        if self.store is None or raw.sha256 is None:
            self.parsed += 1
            key = self._key(raw, also)
            return self._prefetched.pop(key).value() if key in self._prefetched else compute()
        key = self._key(raw, also)
        self.used.add(key)
        found = self.store.get(key)
        if found is not None:
            self.reused += 1
            return found
        value = self._prefetched.pop(key).value() if key in self._prefetched else compute()
        self.parsed += 1
        # Never store a result parsed from bytes other than the hashed ones (the file changed in between).
        if self.hasher.unchanged(raw.path):
            self.store.put(key, self.kind, self.fingerprint, self.raw_dir, raw.source_id, value)
        return value

    def close(self) -> None:
        """Remember new hashes and results, prune what no file needs any more, and close the store."""
        self.hasher.flush()
        if self.store is not None:
            self.store.commit()
            # A file's key is looked up or its rows reused, never both: the count needs no keys.
            removed = self.store.prune_results(self.kind, self.fingerprint, self.raw_dir,
                                               len(self.used) + len(self._reused_items), self._used_keys)
            if removed and self.say:
                self.say(f"parse cache: dropped {removed} {self.kind} results no file needs any more")
            self.store.close()


def open_work(kind: str, raw_dir: Path, warehouse: Path, say: Callable[[str], object] | None = None,
              bar: bool | None = None) -> FileWork:
    """The cached ``FileWork`` of a refresh: its store is the cache folder beside ``warehouse``."""
    return FileWork(kind, raw_dir, Store(cache_dir(warehouse), say=say), say=say, bar=bar)


def clear(warehouse: Path) -> list[Path]:
    """Throw away the parse cache, the staged frames, the report's charts and the records of what the tables were
    loaded from of ``warehouse`` (never while a refresh of it runs)."""
    from ocop_pipeline import warehouse as wh

    holder = wh.running_refresh(warehouse)
    if holder:
        raise wh.RefreshBusy(f"a refresh of {warehouse} is running (run {holder.get('run_id')}, pid "
                             f"{holder.get('pid')}): clear the cache after it finished")
    removed = []
    for folder in (cache_dir(warehouse), warehouse.with_name(f".{warehouse.name}.stage"), charts_dir(warehouse),
                   records_dir(warehouse)):
        if folder.exists():
            shutil.rmtree(folder)
            removed.append(folder)
    return removed


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args != ["clear"]:
        print("usage: python -m ocop_pipeline.cache clear   (the warehouse is OCOP_WAREHOUSE, default "
              f"{config.DEFAULT_WAREHOUSE})\n\nThrows away the parse cache, the staged frames and the report's "
              "charts beside the warehouse. The next refresh parses every file again and publishes the same tables.")
        return 0 if args in (["-h"], ["--help"]) else 2
    target = config.warehouse_path()
    try:
        removed = clear(target)
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    print("\n".join(f"removed {p}" for p in removed) or f"no cache beside {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
