"""The rules' fast scans find what the plain case-insensitive patterns find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timecheck.rules import tc202_impossible_date, tc205_elapsed_time_mismatch
from timecheck.rules.scan import LowerScan

_WORDS = ("five", "5", "Twenty", "12", "years", "Year", "YEARS", "ago", "Ago", "after", "later",
          "earlier", "agony", "-", "2001", "31", "31st", "of", "Feb", "February", "April", "May",
          "may", "x", "_3", "\n", "\t", "İ", "é")
_TEXT = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(("", " ", "  ", "\t"))),
                 max_size=14).map(lambda parts: "".join(word + gap for word, gap in parts))


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


@given(text=_TEXT)
def test_a_lower_case_scan_finds_what_ignorecase_finds(text: str) -> None:
    for scan in (*tc202_impossible_date._NAMED, tc205_elapsed_time_mismatch._ANNIVERSARY):
        plain = re.compile(scan.lower.pattern, re.IGNORECASE)
        assert _spans(scan.finditer(text)) == _spans(plain.finditer(text))


@given(text=_TEXT)
def test_years_phrases_found_around_year_are_all_of_them(text: str) -> None:
    module = tc205_elapsed_time_mismatch
    for scan in (module._AGO, module._AFTER):
        plain = re.compile(scan.lower.pattern, re.IGNORECASE)
        assert _spans(module._around_years(scan, text, text.lower())) == _spans(plain.finditer(text))


def test_a_text_whose_length_changes_when_lowered_is_searched_in_any_case() -> None:
    scan = LowerScan(r"\bmay\b")
    text = "İ May"
    assert len(text.lower()) != len(text)
    assert [text[slice(*span)] for span in _spans(scan.finditer(text))] == ["May"]
