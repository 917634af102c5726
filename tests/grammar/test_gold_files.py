"""The hand-written golds of the probe articles (``benchmarks/gold``) and their scorer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import goldscore  # type: ignore[import-not-found]  # noqa: E402

GOLDS = sorted((BENCHMARKS / "gold").glob("*.tsv"))
TYPES = {"DATE", "TIME", "DURATION", "SET"}


def test_there_are_golds() -> None:
    assert len(GOLDS) >= 80


@pytest.mark.parametrize("gold", GOLDS, ids=[path.stem for path in GOLDS])
def test_each_gold_names_text_on_its_article_line(gold: Path) -> None:
    lines = (BENCHMARKS / "articles" / f"{gold.stem}.txt").read_text(encoding="utf-8").split("\n")
    for row in gold.read_text(encoding="utf-8").splitlines():
        number, text, kind, value = row.split("\t")
        assert 2 <= int(number) <= len(lines), row
        assert text.lower() in lines[int(number) - 1].lower(), row
        assert kind in TYPES and value, row


def test_right_needs_the_same_line_overlapping_text_and_value() -> None:
    gold = [("x-a01", 3, "last Tuesday", "DATE", "2024-05-07"),
            ("x-a01", 3, "two days", "DURATION", "P2D"),
            ("x-a01", 4, "May", "DATE", "2024-05")]
    found = ["x-a01\t3\tTuesday\t2024-05-07",  # inside the gold's text: right
             "x-a01\t3\ttwo days\tP3D",  # another value
             "x-a01\t5\tMay\t2024-05"]  # another line
    assert goldscore.right(gold, found) == [True, False, False]


@pytest.mark.parametrize(("found", "gold", "same"), [
    ("2012-07-19T24:00", "2012-07-20T00:00", True),
    ("2012-07-20T00:00", "2012-07-19T24:00", True),
    ("2012-12-31T24:00", "2013-01-01T00:00", True),
    ("2012-07-19T24:00", "2012-07-19T00:00", False),
    ("2012-07-19", "2012-07-19", True),
    ("2012-07-19", "2012-07-20", False),
])
def test_scorer_takes_a_midnight_written_either_way_as_one_value(found: str, gold: str,
                                                                  same: bool) -> None:
    assert goldscore.same_value(found, gold) is same
