"""``--format github``: GitHub Actions workflow commands, escaped as the runner unescapes them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.formats.articles import MIGRATED, WRONG_WEEKDAY, write
from timecheck.formats.github import annotation, escape_data, escape_property
from timecheck.model import Finding, Severity

CLI = Callable[..., Run]

# ::LEVEL key=value,key=value::message  (docs.github.com, "Workflow commands for GitHub Actions").
# Escaped values never hold a raw ":" "," CR or LF; the message never holds a raw CR or LF.
COMMAND = re.compile(r"^::(?P<level>error|warning|notice)(?: (?P<properties>[^:\r\n]*))?::(?P<message>[^\r\n]*)$")
PROPERTY = re.compile(r"^(?P<key>file|line|col|endLine|endColumn|title)=(?P<value>[^,:\r\n]*)$")
NUMBERS = ("line", "col", "endLine", "endColumn")


def unescape(value: str) -> str:
    """Undo the escaping the way the Actions runner does (``%25`` last, so ``%253A`` stays ``%3A``)."""
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(escaped, raw)
    return value


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """Split one workflow command into level, properties and message; fail on any bad syntax."""
    match = COMMAND.match(line)
    assert match, f"not a workflow command: {line!r}"
    properties: dict[str, str] = {}
    for part in (match["properties"] or "").split(","):
        item = PROPERTY.match(part)
        assert item, f"bad property {part!r} in {line!r}"
        assert item["key"] not in properties, f"repeated property in {line!r}"
        properties[item["key"]] = unescape(item["value"])
    for key in NUMBERS:
        if key in properties:
            assert properties[key].isdigit() and int(properties[key]) >= 1
    return match["level"], properties, unescape(match["message"])


def test_annotations_match_the_workflow_command_syntax(cli: CLI, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "news/migrated.txt", MIGRATED)
    write(tmp_path, "news/weekday, 2011: raid.txt", WRONG_WEEKDAY)
    (tmp_path / "news" / "empty.txt").write_bytes(b"")
    run = cli("check", "--format", "github", "news")
    assert run.status == 2
    parsed = [parse(line) for line in run.out.splitlines()]
    assert len(parsed) == 3
    by_title = {properties["title"].split()[0]: (level, properties, message)
                for level, properties, message in parsed}
    warning, error, input_error = by_title["TC102"], by_title["TC201"], by_title["timecheck"]
    assert warning == ("warning", {"file": "news/migrated.txt", "line": "2", "col": "14", "endLine": "2",
                                   "endColumn": "36", "title": "TC102 update-long-after-publication"},
                       warning[2])
    assert warning[2].startswith("TC102 updated 2018-05-04 03:18 IST, six years, seven months after")
    level, properties, message = error
    assert level == "error" and properties["file"] == "news/weekday, 2011: raid.txt"
    assert (properties["line"], properties["col"], properties["endColumn"]) == ("2", "29", "36")
    assert message == "TC201 'Tuesday' is named with 2011-09-14, which is a Wednesday"
    assert input_error == ("error", {"file": "news/empty.txt", "line": "1", "title": "timecheck input error"},
                           "empty file")
    # The comma and colon of the file name are escaped in the raw line, not left to split it.
    assert "file=news/weekday%2C 2011%3A raid.txt," in run.out


def test_info_findings_are_notices(cli: CLI, tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", MIGRATED)
    run = cli("check", "--format", "github", "--severity", "TC102=info", str(article))
    (line,) = run.out.splitlines()
    assert parse(line)[0] == "notice"


@pytest.mark.parametrize(("raw", "data", "prop"), [
    ("plain", "plain", "plain"),
    ("100% sure", "100%25 sure", "100%25 sure"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("x: y, z", "x: y, z", "x%3A y%2C z"),
    ("%3A", "%253A", "%253A"),
])
def test_escaping(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop
    assert unescape(escape_property(raw)) == raw


def test_a_hostile_finding_cannot_break_out_of_its_command() -> None:
    finding = Finding(path="a,b:c%.txt", doc_id="a", code="TC102", name="update-long-after-publication",
                      severity=Severity.ERROR, message="two\nlines: 50%\r\n::error::forged",
                      line=3, column=1, end_line=3, end_column=5, span=None)
    line = annotation(finding, None)
    assert "\n" not in line and "\r" not in line
    level, properties, message = parse(line)
    assert level == "error" and properties["file"] == "a,b:c%.txt"
    assert message == "TC102 two\nlines: 50%\r\n::error::forged"
