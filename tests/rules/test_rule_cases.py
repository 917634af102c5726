"""Run every rule's cases from ``tests/rules/cases/<CODE>.toml`` (sqlfluff's YAML cases, in TOML)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from timecheck import Report, Settings, check, to_moment
from timecheck.fixer import plan_fixes
from timecheck.model import Document
from timecheck.readers.text import read_text
from timecheck.readers.html import document_from_html
from timecheck.readers.markdown import document_from_markdown
from timecheck.readers.text import document_from_text

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

CASES = Path(__file__).parent / "cases"


def load_cases() -> list[Any]:
    """Return one pytest param per ``[[case]]`` of every case file."""
    params = []
    for path in sorted(CASES.glob("TC*.toml")):
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
        for case in data["case"]:
            params.append(pytest.param(path.stem, case, id=f"{path.stem}: {case['name']}"))
    return params


def run_case(code: str, case: dict[str, Any]) -> Report:
    """Lint a case's text with its rule (or ``select``), options and ``now``; return the findings."""
    settings = Settings(select=tuple(case.get("select", [code])), dayfirst=case.get("dayfirst"))
    if "options" in case:
        settings = replace(settings, rule_options=MappingProxyType({code: MappingProxyType(case["options"])}))
    if "anchor" in case:
        settings = replace(settings, anchor=to_moment(case["anchor"]))
    now: datetime | None = to_moment(case["now"]).value if "now" in case else None
    # ``format = "html"`` or ``"markdown"`` reads the case as that kind of file; text is the default.
    read = {"text": document_from_text, "html": document_from_html,
            "markdown": document_from_markdown}[case.get("format", "text")]
    if "encoding" in case:
        # The case's bytes, as a file in that encoding would hold them, through the file reader.
        documents = [item for item in read_text(case["text"].encode(case["encoding"]), "case.txt", settings)
                     if isinstance(item, Document)]
    else:
        documents = [read(case["text"], path=f"case{copy}.{case.get('format', 'txt')}",
                          doc_id=f"{case['name']} {copy}", settings=settings)
                     for copy in range(case.get("copies", 1))]
    report = check(documents, settings=settings, now=now)
    assert not report.problems, report.problems
    return report


@pytest.mark.parametrize(("code", "case"), load_cases())
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    report = run_case(code, case)
    findings = list(report.findings)
    expected = case["expect"] * case.get("copies", 1)
    got = [(f.code, f.line, f.column) for f in findings]
    want = [(e["code"], e["line"], e["column"]) for e in expected]
    assert got == want, [f.message for f in findings]
    for finding, expectation in zip(findings, expected):
        assert expectation.get("message", "") in finding.message


@pytest.mark.parametrize(("code", "case"), [p for p in load_cases() if "fixed" in p.values[1]])
def test_fixed_text(code: str, case: dict[str, Any]) -> None:
    (result,) = run_case(code, case).results
    fixed = plan_fixes(result, case["text"], result.findings)
    assert fixed.after == case["fixed"]
    assert len(fixed.fixed) == len(result.findings)
