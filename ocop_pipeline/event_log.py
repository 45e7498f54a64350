"""The Dagster instance's event log: Dagster's own SQLite storage, with each database's connection kept open.

Every refresh writes about 230 events (each step's start, inputs, outputs, materializations, checks, the planned
assets). Dagster's ``SqliteEventLogStorage`` opens a new SQLAlchemy engine and SQLite connection for every write,
and an asset event is written twice (the run's database and the index): about 6 ms per event, 1.5 s of a 6 s
refresh of 10,000 articles with nothing changed, and the same in every other refresh. This storage keeps one engine
per database for the life of the process and writes with ``synchronous=NORMAL``; everything else (the files, their
tables, what is written and read) is Dagster's, so the UI, the daemon and earlier runs' history read it as before.

Why keeping connections is safe: the databases are in WAL mode (Dagster sets it), where readers in other processes
(the UI, the daemon) see each committed transaction whatever connection wrote it; every use is still one transaction
under the storage's lock, as in Dagster's version. A database file that was removed or replaced since its engine
was made (``dagster instance wipe`` in another process, a deleted run) is noticed by its inode, and a new engine is
made for the new file; a forked child makes its own engines. ``synchronous=NORMAL`` in WAL mode: a commit is not
fsync-ed, so a power cut (not a crash of the process) may lose the last events of a run, never the database.

The instance uses it through ``ocop_pipeline/instance/dagster.yaml``: its ``instance_class`` (``OcopInstance``, a
``DagsterInstance`` that changes nothing but the default storage) makes Dagster's default SQLite storage of the
instance's folder with this event log (``KeptConnectionsStorage``); the run and schedule storages are Dagster's, all
in the folders Dagster uses by default. (The ``event_log_storage`` key of ``dagster.yaml`` would need the folder
spelled out: it cannot say "the instance's folder", and ``DAGSTER_HOME`` is not always the folder opened.)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dagster as dg
import sqlalchemy as db
import yaml
from dagster._core.instance.ref import InstanceRef
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage, _event_logs_directory
from dagster._serdes import ConfigurableClassData


def _identity(path: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def _pragmas(connection: Any, _record: Any) -> None:
    connection.execute("PRAGMA synchronous=NORMAL")


class OcopInstance(dg.DagsterInstance):
    """Dagster's instance, whose default storage keeps its event log's connections (``KeptConnectionsStorage``)."""

    @classmethod
    def config_schema(cls) -> dict:
        return {}

    @staticmethod
    def config_defaults(base_dir: str) -> dict[str, ConfigurableClassData | None]:
        return {**InstanceRef.config_defaults(base_dir), "storage": ConfigurableClassData(
            __name__, KeptConnectionsStorage.__name__, yaml.dump({"base_dir": base_dir}, default_flow_style=False))}


class KeptConnectionsStorage(DagsterSqliteStorage):
    """Dagster's default SQLite storage of an instance's folder, with ``KeptConnectionsEventLogStorage``."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        super().__init__(base_dir, inst_data=inst_data)
        self._event_log_storage = KeptConnectionsEventLogStorage(_event_logs_directory(base_dir))

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData,  # ty: ignore[invalid-method-override]
                          config_value: dict) -> KeptConnectionsStorage:
        return cls.from_local(inst_data=inst_data, **config_value)


class KeptConnectionsEventLogStorage(SqliteEventLogStorage):
    """``SqliteEventLogStorage`` with one engine per database kept while its file is the same and the process is
    the one that made it."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        self._engines: dict[str, tuple[db.engine.Engine, tuple[int, int] | None, int]] = {}
        super().__init__(base_dir, inst_data=inst_data)

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData | None,  # ty: ignore[invalid-method-override]
                          config_value: dict) -> KeptConnectionsEventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    def _engine(self, shard: str) -> db.engine.Engine:
        """The kept engine of ``shard``'s database, or a new one (none yet, its file replaced or removed, or made
        by the parent of this process). Called under the storage's lock."""
        path = self.path_for_shard(shard)
        kept = self._engines.get(shard)
        if kept is not None:
            engine, identity, pid = kept
            if pid == os.getpid() and identity is not None and identity == _identity(path):
                return engine
            # Another file, or another process: its connections are not this one's to use (nor to close).
            engine.dispose(close=pid == os.getpid())
            self._initialized_dbs.discard(shard)
        engine = db.create_engine(self.conn_string_for_shard(shard), connect_args={
            "timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False})
        db.event.listen(engine, "connect", _pragmas)
        if shard not in self._initialized_dbs:
            self._initdb(engine)
            self._initialized_dbs.add(shard)
        self._engines[shard] = (engine, _identity(path), os.getpid())
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[db.engine.Connection]:
        with self._db_lock:
            with self._engine(shard).connect() as conn:
                with conn.begin():
                    yield conn

    def dispose(self) -> None:
        with self._db_lock:
            for engine, _identity_, pid in self._engines.values():
                engine.dispose(close=pid == os.getpid())
            self._engines.clear()
        super().dispose()
