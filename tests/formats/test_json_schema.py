"""The one documented JSON schema (``timecheck/formats/finding.schema.json``) matches what we print."""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import ROOT, Run
from tests.formats.articles import MIGRATED, UPDATED_BEFORE, WRONG_WEEKDAY, write
from timecheck.formats.schema import SCHEMA_FILE, finding_schema

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CLI = Callable[..., Run]


def _validator(definition: str | None = None) -> jsonschema.Draft202012Validator:
    schema = finding_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    if definition is not None:
        schema = {**schema, "$ref": f"#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _errors(validator: jsonschema.Draft202012Validator, instance: Any) -> list[str]:
    return [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(instance)]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    write(tmp_path, "migrated.txt", MIGRATED)
    write(tmp_path, "before.txt", UPDATED_BEFORE)
    write(tmp_path, "weekday.txt", WRONG_WEEKDAY)
    (tmp_path / "records.jsonl").write_text(
        json.dumps({"id": "r1", "published": "2011-09-15", "text": "It was Tuesday, Sept. 14, 2011."}) + "\n"
        + '{"id": broken}\n', encoding="utf-8")
    return tmp_path


def test_every_jsonl_line_is_a_finding(cli: CLI, archive: Path) -> None:
    run = cli("check", "--format", "jsonl", str(archive))
    lines = [json.loads(line) for line in run.out.splitlines()]
    assert {line["code"] for line in lines} == {"TC101", "TC102", "TC201"}
    assert any(line["fix"] is not None for line in lines) and any(line["fix"] is None for line in lines)
    validator = _validator()
    for line in lines:
        assert _errors(validator, line) == []


def test_the_json_report_matches_its_definition(cli: CLI, archive: Path) -> None:
    run = cli("check", "--format", "json", str(archive))
    data = json.loads(run.out)
    assert data["errors"] and data["findings"], "both lists are exercised"
    assert _errors(_validator("report"), data) == []


def test_the_schema_rejects_what_we_do_not_print(cli: CLI, archive: Path) -> None:
    (line, *_) = [json.loads(line) for line in cli("check", "--format", "jsonl", str(archive)).out.splitlines()]
    validator = _validator()
    for broken in ({**line, "extra": 1}, {**line, "severity": "fatal"}, {**line, "line": 0},
                   {**line, "span": [1]}, {key: value for key, value in line.items() if key != "fingerprint"}):
        assert _errors(validator, broken), broken
    report = json.loads(cli("check", "--format", "json", str(archive)).out)
    broken_report = copy.deepcopy(report)
    broken_report["summary"]["documents"] = "3"
    assert _errors(_validator("report"), broken_report)


def test_statistics_and_baselines_match_their_definitions(cli: CLI, archive: Path) -> None:
    stats = json.loads(cli("check", "--statistics", "--format", "json", str(archive)).out)
    assert stats and all(_errors(_validator("statistic"), item) == [] for item in stats)
    baseline = archive / "baseline.json"
    cli("check", "--write-baseline", str(baseline), str(archive))
    assert _errors(_validator("baseline"), json.loads(baseline.read_text(encoding="utf-8"))) == []


def test_the_schema_ships_in_the_package() -> None:
    path = ROOT / "timecheck" / "formats" / SCHEMA_FILE
    assert path.is_file() and json.loads(path.read_text(encoding="utf-8")) == finding_schema()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["timecheck.formats"]
    assert any(path.match(pattern) for pattern in patterns), "package-data must include the schema"
