"""Plain-data views of findings, documents and input errors, shared by the machine formats.

The shape is the documented output schema (README, "Output"): keys are stable; new keys may be
added, none renamed.
"""

from __future__ import annotations

from timecheck.errors import InputError
from timecheck.model import DocumentResult, Finding, Stamp, TimeExpression

SCHEMA_VERSION = 1


def finding_to_dict(finding: Finding) -> dict[str, object]:
    """Return a finding as JSON-ready data."""
    data: dict[str, object] = {
        "path": finding.path, "id": finding.doc_id, "code": finding.code, "name": finding.name,
        "severity": finding.severity.value, "message": finding.message,
        "line": finding.line, "column": finding.column,
        "end_line": finding.end_line, "end_column": finding.end_column,
        "span": list(finding.span) if finding.span is not None else None,
        "fix": None,
    }
    if finding.fix is not None:
        data["fix"] = {
            "title": finding.fix.title,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in finding.fix.edits],
        }
    return data


def problem_to_dict(problem: InputError) -> dict[str, object]:
    """Return an input error as JSON-ready data."""
    return {"path": problem.path, "line": problem.line, "reason": problem.reason, "id": problem.doc_id or None}


def stamp_to_dict(stamp: Stamp) -> dict[str, object]:
    """Return a stamp (candidate date) as JSON-ready data."""
    return {
        "kind": stamp.kind.value, "source": stamp.source.value, "raw": stamp.raw,
        "value": stamp.moment.iso() if stamp.moment is not None else None,
        "span": list(stamp.span) if stamp.span is not None else None,
        "selector": stamp.selector, "problem": stamp.problem or None,
    }


def timex_to_dict(result: DocumentResult, timex: TimeExpression, *, explain: bool) -> dict[str, object]:
    """Return an expression with its TIMEX3 attributes, position and (with ``explain``) its rule."""
    line, column = result.document.textmap.position(timex.start)
    data: dict[str, object] = {
        "start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type.value,
        "value": timex.value, "line": line, "column": column,
    }
    for key, extra in (("mod", timex.mod), ("quant", timex.quant), ("freq", timex.freq)):
        if extra:
            data[key] = extra
    if timex.interval is not None:
        data["interval"] = [timex.interval.start.isoformat(), timex.interval.end.isoformat()]
    if timex.alternatives:
        data["alternatives"] = list(timex.alternatives)
    if explain:
        data["rule"] = timex.rule
        data["anchor"] = timex.anchor.isoformat() if timex.anchor is not None else None
    return data


def document_to_dict(result: DocumentResult, *, explain: bool) -> dict[str, object]:
    """Return what ``extract`` says about one document."""
    published, updated = result.published.stamp, result.updated.stamp
    data: dict[str, object] = {
        "id": result.document.id,
        "path": result.document.path,
        "anchor": result.anchor.iso() if result.anchor is not None else None,
        "published": published.moment.iso() if published is not None and published.moment else None,
        "updated": updated.moment.iso() if updated is not None and updated.moment else None,
        "stamps": [stamp_to_dict(stamp) for stamp in result.document.stamps],
        "timexes": [timex_to_dict(result, timex, explain=explain) for timex in result.timexes],
    }
    if explain:
        data["explain"] = {
            "anchor": result.anchor_reason,
            "published": result.published.reason,
            "updated": result.updated.reason,
        }
    return data
