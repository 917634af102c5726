"""The JSON the service answers and the annotated page draws: one document's stamps, expressions and findings.

One shape for ``POST /v1/check``, ``POST /v1/extract`` (without findings) and the data embedded
by ``timecheck check --format html``, built from the serializers the machine formats use.
"""

from __future__ import annotations

from timecheck.errors import InputError
from timecheck.formats.paths import relative_path
from timecheck.formats.serialize import (
    SCHEMA_VERSION,
    finding_to_dict,
    problem_to_dict,
    stamp_to_dict,
    timex_to_dict,
)
from timecheck.model import Choice, DocumentResult, Finding, Report, Severity
from timecheck.rules import ALL_RULES
from timecheck.rules.docs import rule_doc


def document_payload(result: DocumentResult, *, findings: bool, root: str | None = None) -> dict[str, object]:
    """Return what timecheck concluded about one document.

    ``text`` is the text expressions were found in (for HTML, the page's article text), so
    spans index into it. ``published`` and ``updated`` are the chosen stamps with their
    source, or None; ``explain`` says why each was chosen. Each expression carries its TIMEX3
    type and value, its interval, the anchor it was resolved against and the grammar ``rule``
    that found it. With ``findings`` false (extract) the findings and summary are left out.
    """
    document = result.document
    data: dict[str, object] = {
        "version": SCHEMA_VERSION,
        "id": document.id,
        "path": relative_path(document.path, root),
        "text": document.text,
        "anchor": result.anchor.iso() if result.anchor is not None else None,
        "published": _chosen(result.published),
        "updated": _chosen(result.updated),
        "explain": {"anchor": result.anchor_reason, "published": result.published.reason,
                    "updated": result.updated.reason},
        "stamps": [_stamp(result, index) for index in range(len(document.stamps))],
        "expressions": [timex_to_dict(result, timex, explain=True) for timex in result.timexes],
    }
    if findings:
        data["findings"] = [finding_payload(finding, root=root) for finding in result.findings]
        data["summary"] = summary(result.findings)
    return data


def finding_payload(finding: Finding, *, root: str | None) -> dict[str, object]:
    """Return a finding as the machine formats write it, its path relative to ``root``."""
    return {**finding_to_dict(finding), "path": relative_path(finding.path, root)}


def summary(findings: tuple[Finding, ...]) -> dict[str, int]:
    """Return how many findings there are of each severity."""
    return {severity.value: sum(1 for f in findings if f.severity is severity) for severity in Severity}


def report_payload(report: Report, *, root: str | None) -> dict[str, object]:
    """Return every document of a report, with batch findings and input errors (the static page)."""
    return {
        "version": SCHEMA_VERSION,
        "documents": [document_payload(result, findings=True, root=root) for result in report.results],
        "batch_findings": [finding_payload(finding, root=root) for finding in report.batch_findings],
        "errors": [_problem(problem, root) for problem in report.problems],
        "summary": summary(report.findings),
    }


def rules_payload() -> list[dict[str, object]]:
    """Return the rule table with each rule's documentation (``GET /v1/rules``)."""
    rules: list[dict[str, object]] = []
    for rule in ALL_RULES:
        doc = rule_doc(rule)
        rules.append({
            "code": rule.code, "name": rule.name, "severity": rule.severity.value, "fixable": rule.fixable,
            "enabled_by_default": rule.enabled_by_default, "summary": doc.summary, "why": doc.why,
            "bad": doc.bad, "good": doc.good,
            "options": [{"name": option.name.replace("_", "-"), "default": option.default, "help": option.help}
                        for option in rule.options],
        })
    return rules


def _chosen(choice: Choice) -> dict[str, object] | None:
    if choice.stamp is None:
        return None
    return stamp_to_dict(choice.stamp)


def _stamp(result: DocumentResult, index: int) -> dict[str, object]:
    stamp = result.document.stamps[index]
    data = stamp_to_dict(stamp)
    data["chosen"] = [role for role, choice in (("published", result.published), ("updated", result.updated))
                      if choice.stamp == stamp]
    return data


def _problem(problem: InputError, root: str | None) -> dict[str, object]:
    return {**problem_to_dict(problem), "path": relative_path(problem.path, root)}
