"""Dagster resources: where a run reads and writes, and where its intermediate frames live.

``OcopSettings`` carries the raw folder, the warehouse and the publish guard of one run. It is read from the
environment (``OCOP_RAW_DIR``, ``OCOP_WAREHOUSE`` …, read when each run starts) unless a run launched from the UI
overrides a field. In a run it holds the warehouse's refresh lock for the whole run, so two refreshes of one warehouse
never interleave, and records the folder and warehouse it resolved as run tags (``ocop/raw_dir``,
``ocop/warehouse``), so every run in the UI says what it read and where it published. The sensor and the schedule use
it too (without the lock: they only look).

``StageIOManager`` keeps each asset's frame as Parquet beside the warehouse, in a folder named after the run's raw
folder: a run on another raw folder or another warehouse never feeds its frames to the default one, and an asset
materialized alone from the UI reads the frames its upstream assets last produced from the same inputs.
"""

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import polars as pl
from pydantic import Field, PrivateAttr

from ocop_pipeline import cache, config, derived, warehouse


class OcopSettings(dg.ConfigurableResource):
    """The raw folder, the warehouse and the publish guard of a run; empty fields fall back to the environment."""

    raw_dir: str = Field(default="", description="Raw input folder; empty: OCOP_RAW_DIR, else data/raw.")
    warehouse: str = Field(default="", description="Published DuckDB file; empty: OCOP_WAREHOUSE, else "
                                                   "data/warehouse/ocop.duckdb.")
    accept_shrink: bool = Field(default=False, description="Publish even when the warehouse shrinks by more than "
                                                           "max_shrink_share (OCOP_ACCEPT_SHRINK=1 does the same).")
    max_shrink_share: float = Field(default=-1.0, description="Largest share (0-1) by which readable files, claims or "
                                                              "ratings may fall; negative: OCOP_MAX_SHRINK, else 0.5.")
    lock_timeout_s: float = Field(default=-1.0, description="Seconds to wait for another refresh of the same "
                                                            "warehouse; negative: OCOP_LOCK_TIMEOUT, else 1800.")
    parse_cache: bool = Field(default=True, description="Reuse each unchanged file's parsed result from the cache "
                                                        "beside the warehouse; false parses every file again (the "
                                                        "result is the same).")

    def raw_path(self) -> Path:
        return Path(self.raw_dir).resolve() if self.raw_dir else config.raw_dir()

    def warehouse_path(self) -> Path:
        return Path(self.warehouse).resolve() if self.warehouse else config.warehouse_path()

    def shrink_accepted(self) -> bool:
        return self.accept_shrink or config.accept_shrink()

    def shrink_share(self) -> float:
        return self.max_shrink_share if self.max_shrink_share >= 0 else config.max_shrink_share()

    def stage_dir(self) -> Path:
        """Intermediate frames of runs on this raw folder and this warehouse."""
        target = self.warehouse_path()
        key = hashlib.sha256(str(self.raw_path()).encode()).hexdigest()[:16]
        return target.with_name(f".{target.name}.stage") / key

    @contextmanager
    def file_work(self, kind: str, say: Callable[[str], object] | None = None) -> Iterator[cache.FileWork]:
        """The hashes, parse cache and progress of one ingest path in this run."""
        if self.parse_cache:
            work = cache.open_work(kind, self.raw_path(), self.warehouse_path(), say=say)
        else:
            work = cache.FileWork(kind, self.raw_path(), None, say=say, bar=None)
        try:
            yield work
        finally:
            work.close()

    _validated: derived.ValidatedFrames | None = PrivateAttr(default=None)

    def validated_frames(self) -> derived.ValidatedFrames | None:
        """Which frames passed their contracts in earlier runs by the same code, beside the warehouse (none without
        the parse cache: every frame is validated). One per run: Dagster makes the resource again for each run."""
        if not self.parse_cache:
            return None
        if self._validated is None:
            self._validated = derived.validated_frames(self.warehouse_path())
        return self._validated

    def derived_frames(self, step: str) -> derived.DerivedFrames | None:
        """The frames a pure step made last time from the same frames, beside the warehouse (none without the
        parse cache: a refresh with ``parse_cache`` false reads and writes no cache)."""
        return derived.derived_frames(self.warehouse_path(), step) if self.parse_cache else None

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["OcopSettings"]:
        if context.dagster_run is None:  # a sensor or schedule evaluation: it only looks, it never refreshes
            yield self
            return
        timeout = self.lock_timeout_s if self.lock_timeout_s >= 0 else config.lock_timeout_s()
        target = self.warehouse_path()
        run_id = context.run_id or "no-run"
        say = context.log.info if context.log else print
        with warehouse.refresh_lock(target, run_id, timeout, say=say) as took_lock:
            if took_lock:
                say(f"raw folder {self.raw_path()}, warehouse {target}; holding the refresh lock")
                self._tag_run(context)
            yield self

    def _tag_run(self, context: dg.InitResourceContext) -> None:
        """Record on the run which folder and warehouse it used (a launch may have overridden them)."""
        tags = {"ocop/raw_dir": str(self.raw_path()), "ocop/warehouse": str(self.warehouse_path())}
        run = context.dagster_run
        if context.instance is not None and any(run.tags.get(k) != v for k, v in tags.items()):
            context.instance.add_run_tags(run.run_id, tags)


def settings_from_environment() -> OcopSettings:
    """The settings a run uses by default: every field empty, so each run resolves OCOP_RAW_DIR, OCOP_WAREHOUSE …
    from the environment when it starts. (An ``EnvVar`` would be bound when definitions load and fail a later run
    once the variable is unset; the run's tags say what each run resolved.)"""
    return OcopSettings()


class StageIOManager(dg.IOManager):
    """Asset frames as Parquet files in the run's stage folder, written atomically."""

    def __init__(self, settings: OcopSettings) -> None:
        self.settings = settings

    def _path(self, asset_key: dg.AssetKey) -> Path:
        return self.settings.stage_dir() / f"{'__'.join(asset_key.path)}.parquet"

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame) -> None:
        """Write the frame, unless its file already holds an equal frame: the digest of the frame last written
        (``warehouse.frame_digest``) is kept beside it with the file's identity, so a file written or replaced since
        is written again."""
        if obj is None:
            return
        path = self._path(context.asset_key)
        record = path.with_name(f"{path.name}.digest.json")
        digest = warehouse.frame_digest(obj)
        try:
            kept = json.loads(record.read_text(encoding="utf-8"))
            if kept["digest"] == digest and kept["file"] == warehouse.file_identity(path):
                return
        except (OSError, ValueError, KeyError, TypeError):
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        obj.write_parquet(partial)
        os.replace(partial, path)
        try:
            cache.write_atomic(record, json.dumps({"digest": digest, "file": warehouse.file_identity(path)}).encode(),
                               durable=False)
        except OSError:
            record.unlink(missing_ok=True)

    def load_input(self, context: dg.InputContext) -> pl.DataFrame:
        path = self._path(context.asset_key)
        if not path.exists():
            raise FileNotFoundError(
                f"no frame of {context.asset_key.to_user_string()} for raw folder {self.settings.raw_path()} and "
                f"warehouse {self.settings.warehouse_path()}: materialize it (or the whole refresh_warehouse job) "
                "first")
        return pl.read_parquet(path)


@dg.io_manager(required_resource_keys={"settings"},
               description="Asset frames as Parquet beside the warehouse, in a folder named after the run's raw folder.")
def stage_io_manager(init_context: dg.InitResourceContext) -> StageIOManager:
    # The run's own settings resource (with any override from the launchpad), not a copy of it.
    return StageIOManager(init_context.resources.settings)
