"""Progress of long steps: files done / total and rate in the log every few seconds or every N files, and a
progress bar (tqdm) when the run writes to a terminal (``make run``).

Plain module: the caller gives the function that logs (a Dagster ``context.log.info``, ``print`` …).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from ocop_pipeline import config

T = TypeVar("T")

LOG_EVERY_S = 5.0  # a log line at least this often …
LOG_EVERY_N = 2000  # … or every this many files, whichever comes first


def bar_wanted() -> bool:
    """A bar on a terminal (``make run``), never in the daemon or the UI's run workers; ``OCOP_PROGRESS_BAR=0``
    turns it off."""
    return config.progress_bar() and sys.stderr.isatty()


class Progress:
    """Counts files through a step; ``detail()`` adds words to each log line (e.g. how many came from the cache)."""

    def __init__(self, label: str, total: int, say: Callable[[str], object] | None = None,
                 detail: Callable[[], str] | None = None, bar: bool | None = None,
                 every_s: float = LOG_EVERY_S, every_n: int = LOG_EVERY_N) -> None:
        self.label, self.total, self.say, self.detail = label, total, say, detail
        self.every_s, self.every_n = every_s, every_n
        self.done = 0
        self.started = self._last_time = time.monotonic()
        self._last_done = 0
        self._bar = None
        if (bar_wanted() if bar is None else bar) and total:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=label, unit="file", file=sys.stderr, leave=False, mininterval=0.5)

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        share = f" ({100 * self.done / self.total:.0f} %)" if self.total else ""
        extra = f", {self.detail()}" if self.detail else ""
        return f"{self.label}: {self.done}/{self.total} files{share}, {self.rate():.0f} files/s{extra}"

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
        now = time.monotonic()
        if self.say and (now - self._last_time >= self.every_s or self.done - self._last_done >= self.every_n):
            self._last_time, self._last_done = now, self.done
            self.say(self.line())

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        if self.say and self.total:
            self.say(f"{self.line()} in {time.monotonic() - self.started:.1f} s")

    def each(self, items: Iterable[T]) -> Iterator[T]:
        """The items, counting each once the caller has finished with it."""
        try:
            for item in items:
                yield item
                self.advance()
        finally:
            self.close()
