"""Audit one unit: read it, analyse its documents with the engine, keep the records.

This runs in the workers (a process pool, or Dask). Per-document rules run as in
``timecheck check``; batch rules cannot judge one document, so each is replaced by a probe that
records what the rule would have collected (a ``CandidateRecord``), and the store judges the
whole archive from those at the end (``timecheck.audit.batch``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

from timecheck.audit.records import (
    CandidateRecord,
    DocumentRecord,
    ErrorRecord,
    Outcome,
    document_record,
    error_record,
)
from timecheck.audit.units import RECORD, Unit
from timecheck.engine import analyse, selected_rules
from timecheck.errors import ConfigError, InputError
from timecheck.model import Document, Finding, Suppression
from timecheck.readers import READERS
from timecheck.readers.records import record_from_line
from timecheck.rules import BatchRule, Rule, RuleContext
from timecheck.rules.tc301_bulk_update_stamp import BulkUpdateStamp
from timecheck.settings import Settings
from timecheck.suppression import apply_suppressions

log = logging.getLogger("timecheck")


class BulkUpdateProbe(BulkUpdateStamp):
    """TC301 as the audit runs it: collect exactly what the rule collects, one document at a time.

    The rule's own ``collect`` decides whether a document counts (minute precision, not equal
    to publication); the probe takes the one entry it made and hands it over as a candidate,
    so the rule's state never grows with the archive.
    """

    def __init__(self) -> None:
        super().__init__()
        self.taken: list[CandidateRecord] = []

    def collect(self, ctx: RuleContext) -> None:
        self._groups.clear()
        super().collect(ctx)
        for instant, members in self._groups.items():
            for placeholder, suppressions, described in members:
                self.taken.append(candidate_record(placeholder, suppressions, key=_instant_key(instant),
                                                   detail=described))
        self._groups.clear()

    def take(self) -> tuple[CandidateRecord, ...]:
        """Return and forget the candidates collected since the last call."""
        taken = tuple(self.taken)
        self.taken.clear()
        return taken


# Batch rules the audit knows how to run from candidates, by code. A new batch rule needs a
# probe here and a judge in ``timecheck.audit.batch``.
PROBES: dict[str, type[BulkUpdateProbe]] = {"TC301": BulkUpdateProbe}


def candidate_record(placeholder: Finding, suppressions: tuple[Suppression, ...], *, key: str,
                     detail: str) -> CandidateRecord:
    """Return the candidate of a batch finding that may be made later at ``placeholder``'s place."""
    kept, _ = apply_suppressions([placeholder], suppressions)
    span_start, span_end = placeholder.span if placeholder.span is not None else (None, None)
    return CandidateRecord(
        code=placeholder.code, name=placeholder.name, severity=placeholder.severity.value, key=key,
        detail=detail, line=placeholder.line, column=placeholder.column, end_line=placeholder.end_line,
        end_column=placeholder.end_column, span_start=span_start, span_end=span_end, suppressed=not kept,
    )


def _instant_key(instant: datetime) -> str:
    # Equal instants give equal keys whatever their zone, as aware datetimes do as dict keys.
    return instant.astimezone(timezone.utc).isoformat()


class Auditor:
    """Audit units with one set of settings, ``now`` and rules (built once per worker)."""

    def __init__(self, settings: Settings, now: datetime | None) -> None:
        self.settings = settings
        self.now = now
        rules: list[Rule] = []
        self.probes: list[BulkUpdateProbe] = []
        for rule in selected_rules(settings):
            if isinstance(rule, BatchRule):
                probe_class = PROBES.get(rule.code)
                if probe_class is None:
                    raise ConfigError(f"batch rule {rule.code} has no audit probe yet "
                                      "(timecheck/audit/analysis.py PROBES); --ignore it to audit")
                probe = probe_class()
                self.probes.append(probe)
                rules.append(probe)
            else:
                rules.append(rule)
        self.rules = tuple(rules)

    def audit(self, unit: Unit) -> Outcome:
        """Read and analyse one unit; every document it holds ends as a record or an error."""
        documents: list[DocumentRecord] = []
        errors: list[ErrorRecord] = []
        for item in self._read(unit):
            if isinstance(item, InputError):
                errors.append(error_record(item))
                continue
            try:
                documents.append(self._analyse(item))
            except ConfigError:
                raise
            except Exception as exc:  # the per-document boundary, as in ``engine.run`` (STYLE.md)
                log.debug("internal error on %s (%s)", item.path, item.id, exc_info=True)
                for probe in self.probes:
                    probe.take()
                errors.append(ErrorRecord(item.path, item.textmap.position(0)[0],
                                          f"internal error on document {item.id!r}: {type(exc).__name__}: {exc}",
                                          item.id))
        return Outcome(unit.path, unit.line, unit.digest, tuple(documents), tuple(errors))

    def audit_all(self, units: Iterable[Unit]) -> list[Outcome]:
        """Audit units in order."""
        return [self.audit(unit) for unit in units]

    def _read(self, unit: Unit) -> list[Document | InputError]:
        items: list[Document | InputError] = []
        try:
            for item in self._items(unit):
                items.append(item)
        except Exception as exc:  # the per-file boundary, as in ``timecheck.readers.read_path``
            log.debug("internal error reading %s", unit.path, exc_info=True)
            items.append(InputError(unit.path, unit.line, f"internal error while reading: {type(exc).__name__}: {exc}"))
        return items

    def _items(self, unit: Unit) -> Iterator[Document | InputError]:
        if unit.kind == RECORD:
            yield record_from_line(unit.data, unit.path, unit.line, self.settings)
        else:
            yield from READERS[unit.kind](unit.data, unit.path, self.settings)

    def _analyse(self, document: Document) -> DocumentRecord:
        result = analyse(document, settings=self.settings, now=self.now, rules=self.rules)
        candidates: list[CandidateRecord] = []
        for probe in self.probes:
            candidates.extend(probe.take())
        return document_record(result, tuple(candidates))


__all__ = ["PROBES", "Auditor", "BulkUpdateProbe", "candidate_record"]
