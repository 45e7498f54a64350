"""What a pure step of the refresh (frames in, frames out, nothing else read) made from the same frames last time.

Reconciliation took 3–4 s of a nothing-changed refresh at 100,000 articles to make the tables it had made the run
before. Its frames are kept in the warehouse's cache folder (``make clean-cache`` throws them away with the parse
cache) under a key made of the step, the code fingerprint of the whole pipeline and the digest of every frame it
was given (``warehouse.frame_digest``, as the warehouse's partial rewrite uses it): given frames with the same
digests, the same code makes the same frames, so they are read back instead of computed again. Apart from the parse
cache's module on purpose: a change here does not throw away every parsed file.

The same reasoning spares the contracts: checking every frame with pandera again took 0.3–0.5 s of a nothing-changed
refresh at 10,000 articles, for frames equal to frames that had passed. ``ValidatedFrames`` keeps, per table, the
digest of the last frame that passed its contract under the same code fingerprint (which covers ``contracts.py`` and
the pandera version); an equal frame is not checked again, any other frame is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from pathlib import Path

import polars as pl

from ocop_pipeline import cache
from ocop_pipeline.contracts import Table
from ocop_pipeline.warehouse import frame_digest

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the stored layout changes


class DerivedFrames:
    """The frames a pure step of the refresh (frames in, frames out, nothing else read) made last time, kept with
    the digests of the frames it was given and the code fingerprint: given frames with the same digests, the same
    code makes the same frames, so they are read back instead of computed again.

    What is believed: a pointer file naming the key it was saved under (``key``: the step, the fingerprint and every
    input's digest) and, for each frame, its Parquet file's token, height and digest. A frame read back is checked
    against its digest, so a file cut short, replaced or written by anything else is no reuse; any other key
    (another input, other code) is none either. Saved like ``cache.RowSnapshot``: the frames first, the pointer last."""

    POINTER = "current.json"

    def __init__(self, folder: Path, step: str, fingerprint_: str) -> None:
        self.folder = folder
        self.step = step
        self.fingerprint = fingerprint_

    def key(self, inputs: dict[str, pl.DataFrame]) -> str:
        parts = [f"ocop derived frames {FORMAT}", self.step, self.fingerprint,
                 *(f"{name} {frame_digest(inputs[name])}" for name in sorted(inputs))]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def load(self, key: str) -> dict[str, pl.DataFrame] | None:
        """The frames saved under ``key``, or None (none saved, another key, a file that is not the one saved)."""
        try:
            pointer = json.loads((self.folder / self.POINTER).read_text(encoding="utf-8"))
            if pointer.get("format") != FORMAT or pointer.get("key") != key:
                return None
            frames = {}
            for name, saved in pointer["frames"].items():
                frame = pl.read_parquet(self.folder / f"{pointer['token']}.{name}.parquet")
                if frame.height != saved["height"] or frame_digest(frame) != saved["digest"]:
                    return None
                frames[name] = frame
            return frames
        except Exception:  # noqa: BLE001 - a missing, cut short or corrupt record is no record
            return None

    def save(self, key: str, frames: dict[str, pl.DataFrame]) -> bool:
        """Keep ``frames`` under ``key`` (the frames on disk first, then the pointer; then the older frames go). A
        folder that cannot be written only costs the next run the computation (False)."""
        token = f"{time.time_ns():x}-{os.getpid()}"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            saved = {}
            for name, frame in frames.items():
                path = self.folder / f"{token}.{name}.parquet"
                partial = path.with_name(f".{path.name}.partial")
                frame.write_parquet(partial)
                os.replace(partial, path)
                saved[name] = {"height": frame.height, "digest": frame_digest(frame)}
            # Nothing is fsync-ed: a frame a crash left cut short fails its digest, and is computed again.
            cache.write_atomic(self.folder / self.POINTER,
                         json.dumps({"format": FORMAT, "key": key, "token": token, "frames": saved}).encode(),
                         durable=False)
            for stale in self.folder.glob("*.parquet"):
                if not stale.name.startswith(f"{token}."):
                    stale.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("the frames of %s could not be kept in %s (%s): the next run computes them again",
                        self.step, self.folder, exc)
            return False
        return True


class ValidatedFrames:
    """Which frames passed their contracts: per table, the digest (``frame_digest``) of the last frame that passed
    ``Table.pandera`` under the code fingerprint, in one small JSON file. ``validate`` checks a frame against its
    contract unless a frame with the same digest already passed by the same code, which is the same check on the
    same rows. A frame that fails raises and is never recorded; a record that cannot be read, was written by other
    code or names another digest is no reuse: the frame is validated again. Kept only after the check passed, so
    a crash or a lost write only costs the next run a validation."""

    FILE = "validated.json"

    def __init__(self, folder: Path, fingerprint_: str) -> None:
        self.path = folder / self.FILE
        self.fingerprint = fingerprint_
        self.skipped: list[str] = []  # tables whose frame was not validated again (an equal frame had passed)

    def _passed(self) -> dict[str, str]:
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            if record.get("format") == FORMAT and record.get("fingerprint") == self.fingerprint:
                return {str(name): str(digest) for name, digest in record["passed"].items()}
        except Exception:  # noqa: BLE001 - a missing, cut short or corrupt record is no record
            pass
        return {}

    def validate(self, table: Table, frame: pl.DataFrame) -> pl.DataFrame:
        """``frame`` conformed to ``table`` and checked against its contract (pandera, which raises on a failure),
        or only conformed when an equal frame passed by the same code."""
        frame = table.conform(frame)
        digest = frame_digest(frame)
        passed = self._passed()
        if passed.get(table.name) == digest:
            self.skipped.append(table.name)
            return frame
        frame = table.pandera.validate(frame)
        try:
            cache.write_atomic(self.path, json.dumps({"format": FORMAT, "fingerprint": self.fingerprint,
                                                      "passed": {**passed, table.name: digest}}).encode(),
                               durable=False)
        except OSError as exc:
            log.warning("which frames passed their contracts could not be kept in %s (%s): the next run "
                        "validates them again", self.path, exc)
        return frame


def derived_frames(warehouse: Path, step: str) -> DerivedFrames:
    """The kept frames of a pure step of the refreshes of ``warehouse``, in its cache folder, under the code
    fingerprint of the whole pipeline (any change of the package, the SQL or the libraries: computed again)."""
    return DerivedFrames(cache.cache_dir(warehouse) / "derived" / step, step, cache.pipeline_fingerprint())


def validated_frames(warehouse: Path) -> ValidatedFrames:
    """Which frames of the refreshes of ``warehouse`` passed their contracts, in its cache folder, under the code
    fingerprint of the whole pipeline (``make clean-cache`` forgets them: every frame is validated again)."""
    return ValidatedFrames(cache.cache_dir(warehouse) / "derived", cache.pipeline_fingerprint())
