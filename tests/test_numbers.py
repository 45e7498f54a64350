from __future__ import annotations

import pytest

from ocop_pipeline.numbers import parse_numeral


@pytest.mark.parametrize(
    ("written", "value"),
    [("10.880", 10880), ("1.002", 1002), ("11,5", 11.5), ("02", 2), ("01", 1), ("184", 184), ("1.234.567", 1234567),
     ("76,2", 76.2), ("ba", 3), ("Hai", 2)],
)
def test_vietnamese_numerals(written: str, value: float) -> None:
    assert parse_numeral(written) == value
