"""The extractor's measured quality on the team's labelled corpora (tests/data/press, see its README).

Each floor sits a little under what the extractor scores today, so a change that loses real figures fails here and
says which; a change that gains raises the floor in the same commit. The held-out sets are never read while writing
rules: their scores say whether the rules generalise, and the gap between dev and held-out is part of the report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ocop_pipeline.articles.evaluate import score_folder

PRESS = Path(__file__).parent / "data" / "press"

# set: (precision floor, recall floor) — measured at the commit that set them, minus about 0.02.
FLOORS = {
    "dev": (0.90, 0.92),
    "dev2": (0.81, 0.82),
    "dev3": (0.88, 0.93),
    "heldout": (0.56, 0.53),
    "heldout2": (0.59, 0.75),
    "heldout3": (0.77, 0.77),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_extractor_quality_stays_above_its_measured_floor(name: str) -> None:
    folder = PRESS / name
    result = score_folder(folder, folder / "labels.jsonl")
    precision_floor, recall_floor = FLOORS[name]
    assert result.precision >= precision_floor, (result.precision, result.false_positives[:10])
    assert result.recall >= recall_floor, (result.recall, result.missed[:10])
