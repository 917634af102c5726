"""The audit summary: counts that add up to the input, figures for the report, JSON and CSV.

Everything is read back from the database, so a resumed or incremental audit summarises the
same way as one uninterrupted run.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TextIO

from timecheck.audit.aggregate import LagHistogram
from timecheck.audit.runner import RunStats
from timecheck.audit.store import Store

SUMMARY_VERSION = 1


@dataclass(frozen=True, slots=True)
class RuleCount:
    """Findings of one rule and how many documents have them."""

    code: str
    name: str
    severity: str
    findings: int
    documents: int


@dataclass(frozen=True, slots=True)
class Summary:
    """What an audit database holds, in counts and distributions.

    ``items`` (documents + errors) is every input accounted for: each JSON Lines record and
    each other file is either an audited document or an error, never neither.
    """

    units: int
    items: int
    documents: int
    errors: int
    findings: int
    documents_with_findings: int
    by_severity: tuple[tuple[str, int], ...]
    by_rule: tuple[RuleCount, ...]
    publications_per_year: tuple[tuple[int, int], ...]
    findings_per_year: tuple[tuple[str, int], ...]
    lag_histogram: tuple[tuple[str, int], ...]
    no_publication: int
    no_update: int
    bulk_update_groups: tuple[tuple[str, int], ...]

    def publication_years_filled(self, *, max_span: int = 120) -> tuple[tuple[int, int], ...]:
        """Return publications per year with the empty years in between (a gap is news too)."""
        if not self.publications_per_year:
            return ()
        counts = dict(self.publications_per_year)
        first, last = min(counts), max(counts)
        if last - first > max_span:
            return self.publications_per_year
        return tuple((year, counts.get(year, 0)) for year in range(first, last + 1))


def summarize(store: Store) -> Summary:
    """Read the summary of an audit database."""
    documents = store.scalar("SELECT count(*) FROM documents")
    errors = store.scalar("SELECT count(*) FROM errors")
    severities = dict(store.rows("SELECT severity, count(*) FROM findings GROUP BY severity"))
    by_rule = tuple(
        RuleCount(str(code), str(name), str(severity), int(count), int(docs))
        for code, name, severity, count, docs in store.rows(
            "SELECT code, name, severity, count(*), count(DISTINCT document_id) FROM findings "
            "GROUP BY code, name, severity ORDER BY code, severity"))
    per_year = tuple((int(year), int(count)) for year, count in store.rows(
        "SELECT published_year, count(*) FROM documents WHERE published_year IS NOT NULL GROUP BY 1 ORDER BY 1"))
    findings_per_year = tuple((str(year) if year is not None else "unknown", int(count))
                              for year, count in store.rows(
        "SELECT d.published_year, count(*) FROM findings f JOIN documents d ON d.id = f.document_id "
        "GROUP BY 1 ORDER BY d.published_year IS NULL, 1"))
    lags = LagHistogram().add_all(float(row[0]) for row in store.rows(
        "SELECT lag_seconds FROM documents WHERE lag_seconds IS NOT NULL"))
    groups = tuple((str(key), int(count)) for key, count in store.rows(
        "SELECT c.key, count(*) FROM findings f JOIN batch_candidates c "
        "ON c.document_id = f.document_id AND c.code = f.code WHERE f.batch = 1 AND f.code = 'TC301' "
        "GROUP BY c.key ORDER BY 2 DESC, 1"))
    return Summary(
        units=store.scalar("SELECT count(*) FROM units"),
        items=documents + errors, documents=documents, errors=errors,
        findings=store.scalar("SELECT count(*) FROM findings"),
        documents_with_findings=store.scalar("SELECT count(DISTINCT document_id) FROM findings"),
        by_severity=tuple((level, int(severities.get(level, 0))) for level in ("error", "warning", "info")),
        by_rule=by_rule, publications_per_year=per_year, findings_per_year=findings_per_year,
        lag_histogram=lags.bins(),
        no_publication=store.scalar("SELECT count(*) FROM documents WHERE published IS NULL"),
        no_update=store.scalar("SELECT count(*) FROM documents WHERE updated IS NULL"),
        bulk_update_groups=groups,
    )


def summary_dict(summary: Summary, stats: RunStats | None = None) -> dict[str, object]:
    """Return the summary as JSON-ready data (``run`` describes this invocation, when given)."""
    data: dict[str, object] = {
        "version": SUMMARY_VERSION,
        "inputs": {"units": summary.units, "items": summary.items, "documents": summary.documents,
                   "errors": summary.errors},
        "findings": {
            "total": summary.findings,
            "documents_with_findings": summary.documents_with_findings,
            "by_severity": dict(summary.by_severity),
            "by_rule": [asdict(rule) for rule in summary.by_rule],
        },
        "distributions": {
            "publications_per_year": {str(year): count for year, count in summary.publications_per_year},
            "findings_per_year": dict(summary.findings_per_year),
            "update_lag": [{"bin": label, "documents": count} for label, count in summary.lag_histogram],
            "no_publication": summary.no_publication,
            "no_update": summary.no_update,
        },
        "batch": {"TC301": [{"update_instant_utc": key, "documents": count}
                            for key, count in summary.bulk_update_groups]},
    }
    if stats is not None:
        data["run"] = asdict(stats)
    return data


def error_rows(store: Store) -> Iterator[dict[str, object]]:
    """Yield every input error (path, line, reason, id), in input order."""
    for path, line, reason, doc_id in store.rows("SELECT path, line, reason, doc_id FROM errors ORDER BY path, line, id"):
        yield {"path": path, "line": line, "reason": reason, "id": doc_id or None}


def write_json(summary: Summary, store: Store, out: TextIO, *, stats: RunStats | None = None) -> None:
    """Write the JSON summary, with every input error listed (streamed: there may be many)."""
    head = json.dumps(summary_dict(summary, stats), indent=2, ensure_ascii=False)
    out.write(head[:-2].rstrip() + ',\n  "errors": [')
    first = True
    for row in error_rows(store):
        out.write(("\n    " if first else ",\n    ") + json.dumps(row, ensure_ascii=False))
        first = False
    out.write("\n  ]\n}\n" if not first else "]\n}\n")


CSV_COLUMNS = ("path", "line", "id", "status", "published", "updated", "lag_days", "findings", "codes", "reason")


def write_csv(store: Store, out: TextIO) -> None:
    """Write one CSV row per input item: every audited document, then every input error."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for path, line, doc_id, published, updated, lag, count, codes in store.rows(
            "SELECT d.path, d.line, d.doc_id, d.published, d.updated, d.lag_seconds, "
            "(SELECT count(*) FROM findings f WHERE f.document_id = d.id), "
            "(SELECT group_concat(code, ' ') FROM (SELECT DISTINCT code FROM findings f WHERE f.document_id = d.id "
            "ORDER BY code)) FROM documents d ORDER BY d.path, d.line, d.id"):
        lag_days = f"{float(lag) / 86400:.2f}" if lag is not None else ""
        writer.writerow((path, line, doc_id, "audited", published or "", updated or "", lag_days, count, codes or "", ""))
    for row in error_rows(store):
        writer.writerow((row["path"], row["line"], row["id"] or "", "error", "", "", "", "", "", row["reason"]))


def write_text(summary: Summary, out: TextIO, *, stats: RunStats | None = None, database: str = "") -> None:
    """Write the human summary printed at the end of ``timecheck audit``."""
    out.write(f"Audited {summary.items:,} inputs: {summary.documents:,} documents, {summary.errors:,} errors\n")
    if stats is not None:
        out.write(f"This run ({stats.mode}): {stats.audited:,} units audited, {stats.unchanged:,} unchanged, "
                  f"{stats.removed:,} gone from the input, {stats.seconds:.1f}s\n")
    levels = ", ".join(f"{count:,} {level}" for level, count in summary.by_severity if count)
    out.write(f"Found {summary.findings:,} findings ({levels or 'none'}) in "
              f"{summary.documents_with_findings:,} documents\n")
    for rule in summary.by_rule:
        out.write(f"  {rule.code:<6} {rule.name:<32} {rule.severity:<8} {rule.findings:>9,}\n")
    if database:
        out.write(f"Database: {database}\n")
