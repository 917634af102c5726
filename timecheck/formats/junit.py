"""JUnit XML, for CI dashboards (Jenkins, GitLab, Azure Pipelines) that chart test reports.

One ``<testsuite>`` per input file; one failing ``<testcase>`` per finding (its ``<failure>``
carries the code, the severity and the message), one ``<testcase>`` with an ``<error>`` per
input error, and one passing ``<testcase>`` for a file with neither, so clean files count as
passed tests. The shape follows the de-facto schema most dashboards read (as ruff's
``junit.rs`` and pytest's ``--junitxml`` write it); characters XML 1.0 forbids are replaced.
"""

from __future__ import annotations

import re
from typing import TextIO
from xml.etree import ElementTree

from timecheck.formats.options import RenderOptions
from timecheck.formats.paths import relative_path
from timecheck.model import Finding, Report

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\N{REPLACEMENT CHARACTER}", text)


def render(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write the report as one ``<testsuites>`` document."""
    files: dict[str, list[ElementTree.Element]] = {}
    counts: dict[str, list[int]] = {}  # path -> [tests, failures, errors]
    for result in report.results:
        files.setdefault(result.document.path, [])
        counts.setdefault(result.document.path, [0, 0, 0])
    for finding in report.findings:
        files.setdefault(finding.path, []).append(_failure(finding, options.root))
        tally = counts.setdefault(finding.path, [0, 0, 0])
        tally[0] += 1
        tally[1] += 1
    for problem in report.problems:
        case = ElementTree.Element("testcase", {
            "name": _clean(f"input error at line {problem.line}" if problem.line else "input error"),
            "classname": _clean(_classname(problem.path, options.root)),
            "file": _clean(relative_path(problem.path, options.root)),
        })
        if problem.line:
            case.set("line", str(problem.line))
        ElementTree.SubElement(case, "error", {"type": "input-error", "message": _clean(problem.reason)}).text = \
            _clean(f"{problem.path}:{problem.line}: {problem.reason}")
        files.setdefault(problem.path, []).append(case)
        tally = counts.setdefault(problem.path, [0, 0, 0])
        tally[0] += 1
        tally[2] += 1
    root = ElementTree.Element("testsuites", {"name": "timecheck"})
    for path, cases in files.items():
        if not cases:
            cases = [ElementTree.Element("testcase", {
                "name": "no findings", "classname": _clean(_classname(path, options.root)),
                "file": _clean(relative_path(path, options.root)),
            })]
            counts[path][0] += 1
        tests, failures, errors = counts[path]
        suite = ElementTree.SubElement(root, "testsuite", {
            "name": _clean(relative_path(path, options.root)),
            "tests": str(tests), "failures": str(failures), "errors": str(errors), "skipped": "0",
        })
        suite.extend(cases)
    totals = [sum(tally[i] for tally in counts.values()) for i in range(3)]
    root.set("tests", str(totals[0]))
    root.set("failures", str(totals[1]))
    root.set("errors", str(totals[2]))
    ElementTree.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ElementTree.tostring(root, encoding="unicode"))
    out.write("\n")


def _classname(path: str, root: str | None) -> str:
    # Dashboards group test cases by class name: the file, as the suite is named.
    return relative_path(path, root)


def _failure(finding: Finding, root: str | None) -> ElementTree.Element:
    case = ElementTree.Element("testcase", {
        "name": _clean(f"{finding.code} {finding.name} at {finding.line}:{finding.column}"
                       + (f" in {finding.doc_id}" if finding.doc_id != finding.path else "")),
        "classname": _clean(_classname(finding.path, root)),
        "file": _clean(relative_path(finding.path, root)),
        "line": str(finding.line),
    })
    failure = ElementTree.SubElement(case, "failure", {
        "type": finding.code, "message": _clean(f"{finding.severity.value}: {finding.message}"),
    })
    failure.text = _clean(f"{finding.path}:{finding.line}:{finding.column}: {finding.code} "
                          f"[{finding.severity.value}] {finding.message}")
    return case
