"""Plain, picklable records of what an audit concluded about one input unit.

Workers turn each ``DocumentResult`` into these small records (no article text, no text map),
send them back to the main process, and the store writes them as rows. Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import timezone

from timecheck.errors import InputError
from timecheck.model import DocumentResult, Finding, Moment, Stamp

# How much article text a finding keeps as evidence: enough to read it in the report.
EVIDENCE_CHARS = 200
CONTEXT_CHARS = 80
TITLE_CHARS = 160


@dataclass(frozen=True, slots=True)
class StampRecord:
    """One candidate date of a document (``stamps`` table)."""

    kind: str
    source: str
    raw: str
    value: str | None
    value_utc: str | None
    selector: str
    problem: str
    line: int | None
    column: int | None
    role: str | None


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """One finding of a per-document rule (``findings`` table)."""

    code: str
    name: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    span_start: int | None
    span_end: int | None
    fix: str | None
    evidence: str
    context: str


@dataclass(frozen=True, slots=True)
class CandidateRecord:
    """What a batch rule needs from one document to judge the archive later (``batch_candidates``).

    ``key`` is what documents are grouped by (TC301: the update instant in UTC); ``detail`` is
    the document's own wording of it; ``suppressed`` says an inline comment silences a finding
    there. The other fields locate the finding the rule makes if the group turns out large.
    """

    code: str
    name: str
    severity: str
    key: str
    detail: str
    line: int
    column: int
    end_line: int
    end_column: int
    span_start: int | None
    span_end: int | None
    suppressed: bool


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """One audited document (``documents`` table) with its stamps, findings and batch candidates."""

    doc_id: str
    path: str
    line: int
    url: str
    title: str
    published: str | None
    published_utc: str | None
    published_year: int | None
    updated: str | None
    updated_utc: str | None
    lag_seconds: float | None
    anchor: str | None
    timexes: int
    stamps: tuple[StampRecord, ...]
    findings: tuple[FindingRecord, ...]
    candidates: tuple[CandidateRecord, ...]


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """An input that could not be read or audited (``errors`` table)."""

    path: str
    line: int
    reason: str
    doc_id: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """Everything one unit (a JSON Lines record, or a whole file) produced, keyed by (path, line)."""

    path: str
    line: int
    digest: str
    documents: tuple[DocumentRecord, ...]
    errors: tuple[ErrorRecord, ...]


def content_digest(data: bytes) -> str:
    """Return the content hash that tells a changed record from an unchanged one."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def error_record(problem: InputError) -> ErrorRecord:
    """Return an input error as a record."""
    return ErrorRecord(problem.path, problem.line, problem.reason, problem.doc_id)


def error_outcome(problem: InputError) -> Outcome:
    """Return the outcome of a unit that is nothing but an error (a missing file, a gzip cap)."""
    return Outcome(problem.path, problem.line, content_digest(problem.reason.encode("utf-8")), (),
                   (error_record(problem),))


def utc_iso(moment: Moment | None) -> str | None:
    """Return an instant as a sortable UTC ISO string (``2011-09-14T22:42:00+00:00``)."""
    if moment is None:
        return None
    return moment.value.astimezone(timezone.utc).isoformat()


def document_record(result: DocumentResult, candidates: tuple[CandidateRecord, ...]) -> DocumentRecord:
    """Return what the audit keeps of one analysed document."""
    document = result.document
    published = result.published.stamp
    updated = result.updated.stamp
    published_moment = published.moment if published is not None else None
    updated_moment = updated.moment if updated is not None else None
    lag = None
    if published_moment is not None and updated_moment is not None:
        lag = (updated_moment.value - published_moment.value).total_seconds()
    stamps = tuple(_stamp_record(result, stamp, published, updated) for stamp in document.stamps)
    return DocumentRecord(
        doc_id=document.id, path=document.path, line=document.textmap.position(0)[0], url=document.url,
        title=_title(document.text),
        published=published_moment.iso() if published_moment is not None else None,
        published_utc=utc_iso(published_moment),
        published_year=published_moment.value.year if published_moment is not None else None,
        updated=updated_moment.iso() if updated_moment is not None else None,
        updated_utc=utc_iso(updated_moment),
        lag_seconds=lag,
        anchor=result.anchor.iso() if result.anchor is not None else None,
        timexes=len(result.timexes),
        stamps=stamps,
        findings=tuple(finding_record(result, finding) for finding in result.findings),
        candidates=candidates,
    )


def finding_record(result: DocumentResult, finding: Finding) -> FindingRecord:
    """Return a finding with the article text it points at (evidence) and around it (context)."""
    text = result.document.text
    fix = None
    if finding.fix is not None:
        fix = json.dumps({"title": finding.fix.title, "edits": [
            {"start": edit.start, "end": edit.end, "replacement": edit.replacement} for edit in finding.fix.edits]})
    evidence = context = ""
    span_start = span_end = None
    if finding.span is not None:
        span_start, span_end = finding.span
        evidence = _squeeze(text[span_start:span_end])[:EVIDENCE_CHARS]
        context = _squeeze(text[max(span_start - CONTEXT_CHARS, 0):span_end + CONTEXT_CHARS])[:2 * CONTEXT_CHARS + EVIDENCE_CHARS]
    return FindingRecord(
        code=finding.code, name=finding.name, severity=finding.severity.value, message=finding.message,
        line=finding.line, column=finding.column, end_line=finding.end_line, end_column=finding.end_column,
        span_start=span_start, span_end=span_end, fix=fix, evidence=evidence, context=context,
    )


def _stamp_record(result: DocumentResult, stamp: Stamp, published: Stamp | None,
                  updated: Stamp | None) -> StampRecord:
    line: int | None = None
    column: int | None = None
    if stamp.span is not None:
        line, column = result.document.textmap.position(stamp.span[0])
    elif stamp.position is not None:
        line, column = stamp.position
    role = "published" if stamp == published else "updated" if stamp == updated else None
    return StampRecord(
        kind=stamp.kind.value, source=stamp.source.value, raw=stamp.raw[:EVIDENCE_CHARS],
        value=stamp.moment.iso() if stamp.moment is not None else None, value_utc=utc_iso(stamp.moment),
        selector=stamp.selector, problem=stamp.problem, line=line, column=column, role=role,
    )


def _title(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return _squeeze(line)[:TITLE_CHARS]
    return ""


def _squeeze(text: str) -> str:
    return " ".join(text.split())
