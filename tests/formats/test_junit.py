"""``--format junit``: one suite per file, a failing case per finding, a passing case per clean file."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import Run
from tests.formats.articles import CLEAN, MIGRATED, WRONG_WEEKDAY, write
from timecheck.formats import RenderOptions
from timecheck.formats.junit import render
from timecheck.model import Finding, Report, Severity

CLI = Callable[..., Run]


def test_junit_counts_findings_clean_files_and_input_errors(cli: CLI, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "news/migrated.txt", MIGRATED)
    write(tmp_path, "news/weekday.txt", WRONG_WEEKDAY)
    write(tmp_path, "news/clean.txt", CLEAN)
    (tmp_path / "news" / "empty.txt").write_bytes(b"")
    run = cli("check", "--format", "junit", "news")
    assert run.status == 2
    assert run.out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ElementTree.fromstring(run.out.encode("utf-8"))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "2", "1")
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert set(suites) == {"news/migrated.txt", "news/weekday.txt", "news/clean.txt", "news/empty.txt"}
    (clean_case,) = suites["news/clean.txt"].findall("testcase")
    assert clean_case.find("failure") is None and clean_case.find("error") is None
    (case,) = suites["news/weekday.txt"].findall("testcase")
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "TC201"
    assert failure.get("message") == "error: 'Tuesday' is named with 2011-09-14, which is a Wednesday"
    assert case.get("line") == "2" and case.get("file") == "news/weekday.txt"
    assert suites["news/migrated.txt"].get("failures") == "1"
    (error_case,) = suites["news/empty.txt"].findall("testcase")
    error = error_case.find("error")
    assert error is not None and error.get("message") == "empty file"
    for suite in suites.values():
        cases = suite.findall("testcase")
        assert suite.get("tests") == str(len(cases))
        assert suite.get("failures") == str(sum(1 for c in cases if c.find("failure") is not None))


def test_junit_is_well_formed_whatever_the_message_holds() -> None:
    finding = Finding(path="a&b<c>.txt", doc_id="a", code="TC109", name="unparseable-stamp",
                      severity=Severity.ERROR, message='stamp "\x00\x1b[31m" & <b>\ud800</b> cannot be read',
                      line=1, column=1, end_line=1, end_column=2, span=None)
    out = io.StringIO()
    render(Report(batch_findings=(finding,)), out, options=RenderOptions())
    root = ElementTree.fromstring(out.getvalue().encode("utf-8"))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == 'error: stamp "\ufffd\ufffd[31m" & <b>\ufffd</b> cannot be read'
    assert root.find("testsuite").get("name") == "a&b<c>.txt"  # type: ignore[union-attr]
