"""Time and peak memory of spreadsheet ingestion on a synthetic product list.

    .venv/bin/python benchmarks/bench_spreadsheet_ingest.py [ROWS]      (default 200,000)

Writes the list with the project's generator into a temporary folder, then measures reading + parsing
(ingest_spreadsheets) and building the dimensions (build_dimensions) separately.
"""

from __future__ import annotations

import sys
import tempfile
import time
import resource
from pathlib import Path

from ocop_pipeline.spreadsheets.ingest import build_dimensions, ingest_spreadsheets
from ocop_pipeline.spreadsheets.synthetic import write_large_product_list


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "spreadsheets"
        folder.mkdir()
        started = time.perf_counter()
        write_large_product_list(folder / "synthetic_large.xlsx", rows)
        print(f"generate {rows:,} rows: {time.perf_counter() - started:.1f} s, "
              f"{(folder / 'synthetic_large.xlsx').stat().st_size / 1e6:.1f} MB")
        started = time.perf_counter()
        batch = ingest_spreadsheets(Path(tmp))
        parsed = time.perf_counter() - started
        started = time.perf_counter()
        subjects, products, ratings = build_dimensions(batch.ratings_frame())
        built = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        record = batch.source_files[0]
        print(f"ingest: {parsed:.1f} s ({rows / parsed:,.0f} rows/s); dimensions: {built:.1f} s; "
              f"peak resident memory {peak_mb:.0f} MB")
        print(f"rows read {record['rows_read']:,} = loaded {record['rows_loaded']:,} + quarantined "
              f"{record['rows_quarantined']:,}; {products.height:,} products, {ratings.height:,} ratings, "
              f"{subjects.height:,} producers")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
