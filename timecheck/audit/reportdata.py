"""Read what the HTML report shows from the audit database: the worst documents and the errors."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.audit.report import ReportDocument, ReportError, ReportFinding
from timecheck.audit.store import SEVERITY_RANK_SQL, Store

# Findings of this many documents are fetched per query.
_BATCH = 500


def report_documents(store: Store, limit: int) -> Iterator[ReportDocument]:
    """Yield up to ``limit`` documents with findings, worst first (severity, then how many)."""
    ranked = list(store.rows(
        f"SELECT document_id, max({SEVERITY_RANK_SQL}) AS worst, count(*) AS n FROM findings "
        "GROUP BY document_id ORDER BY worst DESC, n DESC, document_id LIMIT ?", (limit,)))
    for start in range(0, len(ranked), _BATCH):
        ids = [int(row[0]) for row in ranked[start:start + _BATCH]]
        marks = ",".join("?" * len(ids))
        findings: dict[int, list[ReportFinding]] = {}
        for row in store.rows(
                f'SELECT document_id, code, name, severity, message, line, "column", evidence FROM findings '
                f'WHERE document_id IN ({marks}) ORDER BY document_id, line, "column", code', ids):
            findings.setdefault(int(row[0]), []).append(ReportFinding(*row[1:]))
        documents = {int(row[0]): row for row in store.rows(
            f"SELECT id, path, line, doc_id, title, published, updated, lag_seconds FROM documents "
            f"WHERE id IN ({marks})", ids)}
        for document_id in ids:
            row = documents[document_id]
            lag = float(row[7]) / 86400 if row[7] is not None else None
            yield ReportDocument(str(row[1]), int(row[2]), str(row[3]), str(row[4]), str(row[5] or ""),
                                 str(row[6] or ""), lag, tuple(findings.get(document_id, ())))


def report_errors(store: Store, limit: int) -> Iterator[ReportError]:
    """Yield up to ``limit`` input errors, in input order."""
    for path, line, reason in store.rows("SELECT path, line, reason FROM errors ORDER BY path, line, id LIMIT ?",
                                         (limit,)):
        yield ReportError(str(path), int(line), str(reason))
