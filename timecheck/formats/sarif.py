"""SARIF 2.1.0: the Static Analysis Results Interchange Format that code-scanning services read.

One run; the tool's rule table is every rule of ``ALL_RULES`` with the documentation of its
docstring (``rules/docs.py``): summary, why it matters, the bad and good examples. Each result
names its rule by id and index, carries the severity in force (``level``), its region with
1-based columns counted in Unicode code points (``columnKind``), and a stable
``partialFingerprints`` entry (``timecheck.fingerprint``) so a finding keeps its identity when
lines move. File locations are relative URIs against the ``SRCROOT`` base id, which
``originalUriBaseIds`` maps to the root folder; files outside the root get absolute
``file://`` URIs. Input errors are tool execution notifications, and they make
``executionSuccessful`` false.

Specification: OASIS SARIF 2.1.0 (errata 01), sections 3.14 (run), 3.19 (toolComponent),
3.27 (result), 3.30 (region), 3.49 (reportingDescriptor), 3.58 (notification).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TextIO

from timecheck import __version__
from timecheck.errors import InputError
from timecheck.fingerprint import SARIF_KEY, fingerprints
from timecheck.formats.options import RenderOptions
from timecheck.formats.paths import uri_reference
from timecheck.model import Finding, Report, Severity
from timecheck.rules import ALL_RULES, Rule
from timecheck.rules.docs import rule_doc

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "SRCROOT"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# Rule families by code prefix, as tags code-scanning services filter on.
_FAMILIES = {"TC0": "suppressions", "TC1": "stamps", "TC2": "expressions", "TC3": "archive"}
_RST_LITERAL = re.compile(r"``([^`]+)``")


def render(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write the report as one SARIF 2.1.0 log."""
    json.dump(sarif_log(report, root=options.root), out, ensure_ascii=False, indent=2)
    out.write("\n")


def sarif_log(report: Report, *, root: str | None) -> dict[str, object]:
    """Return the SARIF log of a report as JSON-ready data."""
    root = root if root is not None else os.getcwd()
    index = {rule.code: number for number, rule in enumerate(ALL_RULES)}
    results = [_result(finding, print_, index, root) for finding, print_ in fingerprints(report, root=root)]
    run: dict[str, object] = {
        "tool": {"driver": {
            "name": "timecheck",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [reporting_descriptor(rule) for rule in ALL_RULES],
        }},
        "originalUriBaseIds": {ROOT_ID: {"uri": _directory_uri(root)}},
        "invocations": [{
            "executionSuccessful": not report.problems,
            "toolExecutionNotifications": [_notification(problem, root) for problem in report.problems],
        }],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def reporting_descriptor(rule: type[Rule]) -> dict[str, object]:
    """Return a rule's SARIF metadata: id, name, descriptions, help, default level, tags."""
    doc = rule_doc(rule)
    summary = _plain(doc.summary)
    why = _paragraphs(doc.why)
    text = [summary, "", "Why it matters:", why, "", "Bad:", _indent(doc.bad), "", "Good:", _indent(doc.good)]
    markdown = [_markdown(doc.summary), "", "## Why it matters", "", _markdown(why), "",
                "## Bad", "", "```text", doc.bad, "```", "", "## Good", "", "```text", doc.good, "```"]
    if rule.options:
        text += ["", "Options:"] + [f"    {o.name} = {o.default!r}: {o.help}" for o in rule.options]
        markdown += ["", "## Options", ""] + [f"- `{o.name}` (default `{o.default!r}`): {o.help}"
                                                for o in rule.options]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": why or summary},
        "help": {"text": "\n".join(text), "markdown": "\n".join(markdown)},
        "defaultConfiguration": {"enabled": rule.enabled_by_default, "level": LEVELS[rule.severity]},
        "properties": {
            "tags": ["timecheck", _FAMILIES.get(rule.code[:3], "other")],
            "fixable": rule.fixable,
        },
    }


def _result(finding: Finding, print_: str, index: dict[str, int], root: str) -> dict[str, object]:
    properties = {"documentId": finding.doc_id, "ruleName": finding.name}
    if finding.fix is not None:
        properties["fix"] = finding.fix.title
    result: dict[str, object] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{
            "physicalLocation": _physical_location(finding.path, root, _region(finding)),
            "logicalLocations": [{"name": finding.doc_id, "kind": "document"}],
        }],
        "partialFingerprints": {SARIF_KEY: print_},
        "properties": properties,
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    return result


def _region(finding: Finding) -> dict[str, int] | None:
    if finding.line < 1:
        return None
    region = {"startLine": finding.line, "startColumn": max(finding.column, 1)}
    # SARIF's endColumn is the column after the region, as timecheck's is (half-open spans).
    if finding.end_line >= 1 and (finding.end_line, finding.end_column) >= (finding.line, finding.column):
        region["endLine"] = finding.end_line
        region["endColumn"] = max(finding.end_column, 1)
    return region


def _physical_location(path: str, root: str, region: dict[str, int] | None) -> dict[str, object]:
    uri, relative = uri_reference(path, root)
    artifact: dict[str, object] = {"uri": uri}
    if relative:
        artifact["uriBaseId"] = ROOT_ID
    location: dict[str, object] = {"artifactLocation": artifact}
    if region is not None:
        location["region"] = region
    return location


def _notification(problem: InputError, root: str) -> dict[str, object]:
    region = {"startLine": problem.line} if problem.line >= 1 else None
    return {
        "level": "error",
        "message": {"text": problem.reason},
        "locations": [{"physicalLocation": _physical_location(problem.path, root, region)}],
        "descriptor": {"id": "input-error"},
    }


def _directory_uri(root: str) -> str:
    uri = Path(os.path.abspath(root)).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _plain(text: str) -> str:
    return _RST_LITERAL.sub(r'"\1"', " ".join(text.split()))


def _markdown(text: str) -> str:
    return _RST_LITERAL.sub(r"`\1`", text)


def _paragraphs(text: str) -> str:
    """Join the wrapped lines of each paragraph; keep the blank lines between paragraphs."""
    return "\n\n".join(" ".join(part.split()) for part in text.split("\n\n") if part.strip())


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.splitlines())
