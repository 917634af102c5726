"""Every rule is documented, has cases that fire and cases that do not, and its doc examples run."""

from __future__ import annotations

import re
from datetime import datetime, timezone
import sys
from pathlib import Path

import pytest

from timecheck import Settings, check
from timecheck.model import Document
from timecheck.readers.text import read_text
from timecheck.rules import ALL_RULES, RULES_BY_CODE, Rule
from timecheck.rules.docs import rule_doc

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

CASES = Path(__file__).parent / "cases"
# Doc examples are read as of this moment, so rules about the present judge them repeatably.
NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)


def test_codes_are_unique_and_sorted() -> None:
    codes = [rule.code for rule in ALL_RULES]
    assert codes == sorted(set(codes))
    assert len(RULES_BY_CODE) == len(ALL_RULES)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_identity(rule: type[Rule]) -> None:
    assert re.fullmatch(r"TC[0-3]\d\d", rule.code)
    assert re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)+", rule.name)
    module = sys.modules[rule.__module__].__name__.rsplit(".", 1)[1]
    assert module == f"{rule.code.lower()}_{rule.name.replace('-', '_')}"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_has_cases_both_ways(rule: type[Rule]) -> None:
    path = CASES / f"{rule.code}.toml"
    assert path.is_file(), f"{rule.code} has no case file {path.name}"
    with open(path, "rb") as handle:
        cases = tomllib.load(handle)["case"]
    assert any(case["expect"] for case in cases), f"{rule.code} has no must-fire case"
    assert any(not case["expect"] for case in cases), f"{rule.code} has no must-not-fire case"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_docs_are_complete(rule: type[Rule]) -> None:
    doc = rule_doc(rule)
    assert doc.summary and not doc.summary.endswith(" ")
    assert doc.why, f"{rule.code} docstring lacks 'Why it matters:'"
    assert doc.bad and doc.good, f"{rule.code} docstring lacks 'Bad:' or 'Good:'"
    for option in rule.options:
        assert option.name in doc.options, f"{rule.code} does not document option {option.name}"


def _codes(rule: type[Rule], text: str, encoding: str = "utf-8") -> list[str]:
    """Lint a doc example; a batch rule sees it as a batch of ``min_documents`` copies.

    The example is read as a file's bytes in ``encoding``, so input rules see what readers see.
    """
    # Unused-suppression judges other rules' suppressions, so it needs them running too.
    settings = Settings(select=("ALL",) if rule.after_suppressions else (rule.code,))
    copies = int(next((o.default for o in rule.options if o.name == "min_documents"), 1))
    documents = [item for n in range(copies) for item in read_text((text + "\n").encode(encoding), f"doc{n}.txt",
                                                                    settings) if isinstance(item, Document)]
    findings = check(documents, settings=settings, now=NOW).findings
    codes = [finding.code for finding in findings if finding.code == rule.code]
    return sorted(set(codes)) if copies > 1 else codes


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_bad_example_fires(rule: type[Rule]) -> None:
    assert _codes(rule, rule_doc(rule).bad, rule.bad_example_encoding) == [rule.code]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_good_example_is_silent(rule: type[Rule]) -> None:
    assert _codes(rule, rule_doc(rule).good) == []


def test_readme_lists_every_rule() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for rule in ALL_RULES:
        assert f"| {rule.code} | {rule.name} | {rule.severity.value}" in readme, f"README lacks {rule.code}"
