"""Batch rules over a whole archive, judged from the candidates the workers collected.

TC301 (bulk-update-stamp) groups documents by their update instant; the group sizes are a
mergeable aggregate (a count per key, summed over any partition of the archive), so the
verdict does not depend on how the archive was split between workers or machines. The
messages are word for word those of ``BulkUpdateStamp.finish``; a test holds them together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from timecheck.audit.store import BatchFinding, StoredCandidate
from timecheck.engine import rule_options
from timecheck.rules import BatchRule, Rule
from timecheck.settings import Settings


def bulk_update_message(detail: str, documents: int, threshold: int) -> str:
    """Return TC301's message for one member of a group of ``documents`` sharing an update instant."""
    return (f"update stamp {detail} is shared by {documents} documents "
            f"(threshold {threshold}): a bulk migration stamp, not an edit")


def bulk_update_findings(groups: Iterable[tuple[str, int]], members: Callable[[str], Iterable[StoredCandidate]],
                         threshold: int) -> Iterator[BatchFinding]:
    """Yield TC301's findings: every unsuppressed member of every group of ``threshold`` or more.

    Suppressed members still count towards the group's size, as in the in-memory rule.
    """
    for key, size in groups:
        if size < threshold:
            continue
        for member in members(key):
            record = member.record
            if record.suppressed:
                continue
            yield BatchFinding(
                document_id=member.document_id, path=member.path, doc_id=member.doc_id, code=record.code,
                name=record.name, severity=record.severity,
                message=bulk_update_message(record.detail, size, threshold), line=record.line,
                column=record.column, end_line=record.end_line, end_column=record.end_column,
                span_start=record.span_start, span_end=record.span_end,
            )


def batch_thresholds(rules: Iterable[Rule], settings: Settings) -> Mapping[str, int]:
    """Return each selected batch rule's group threshold (its ``min_documents`` option)."""
    thresholds: dict[str, int] = {}
    for rule in rules:
        if isinstance(rule, BatchRule):
            value = rule_options(rule, settings)["min_documents"]
            assert isinstance(value, int)
            thresholds[rule.code] = value
    return thresholds
