"""The audit database: write outcomes in batched transactions, know what is done, answer queries.

One writer (the main process of an audit), any number of readers (``sqlite3``, the report).
WAL journaling keeps every committed batch safe when the writer is killed, which is what makes
the database the resume checkpoint. The schema is documented in ``timecheck.audit.schema``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from timecheck.audit.records import CandidateRecord, Outcome
from timecheck.audit.schema import DDL, SCHEMA_VERSION
from timecheck.errors import ConfigError

SEVERITY_RANK_SQL = "CASE severity WHEN 'error' THEN 3 WHEN 'warning' THEN 2 ELSE 1 END"


@dataclass(frozen=True, slots=True)
class RunState:
    """Which run this is and how it started: ``fresh``, ``resumed`` or ``incremental``."""

    run: int
    now: str
    mode: str


@dataclass(frozen=True, slots=True)
class StoredCandidate:
    """A batch candidate as stored, with the document it belongs to."""

    document_id: int
    path: str
    doc_id: str
    record: CandidateRecord


@dataclass(frozen=True, slots=True)
class BatchFinding:
    """A finding a batch rule made over the archive, ready to store."""

    document_id: int
    path: str
    doc_id: str
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


def _storable(value: object) -> object:
    # A file name with bytes that are not UTF-8 arrives as a str with lone surrogates
    # (surrogateescape), which SQLite cannot store: keep those bytes as visible escapes (\\xe9).
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return value


class _Connection(sqlite3.Connection):
    """A connection whose parameters are always storable text (see ``_storable``)."""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        return super().execute(sql, tuple(_storable(value) for value in parameters))

    def executemany(self, sql: str, rows: Any, /) -> sqlite3.Cursor:
        return super().executemany(sql, (tuple(_storable(value) for value in row) for row in rows))


class Store:
    """An open audit database."""

    def __init__(self, path: str) -> None:
        try:
            self.connection = sqlite3.connect(path, isolation_level=None, factory=_Connection)
            self.connection.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            raise ConfigError(f"--db {path}: cannot open the audit database: {exc}") from exc
        self.path = path
        self.connection.execute("PRAGMA synchronous=NORMAL")
        self.connection.execute("PRAGMA foreign_keys=ON")
        self.connection.execute("PRAGMA cache_size=-32000")  # 32 MB of pages, whatever the archive size
        try:
            version = self._schema_version()
        except sqlite3.DatabaseError as exc:
            raise ConfigError(f"--db {path}: not an audit database ({exc})") from exc
        if version is not None and version != SCHEMA_VERSION:
            raise ConfigError(f"--db {path}: made with audit schema {version}, this timecheck writes "
                              f"{SCHEMA_VERSION}; use a new --db or --fresh")
        self.connection.executescript(DDL)
        self._next_ids: dict[str, int] = {}
        self._may_exist = True

    def close(self) -> None:
        """Close the database."""
        self.connection.close()

    # -- runs ---------------------------------------------------------------------------------

    def begin_run(self, *, fingerprint: str, now: str, incremental: bool, fresh: bool) -> RunState:
        """Start (or resume) a run; wipe the results when they cannot be kept.

        An interrupted run with the same settings is resumed, with the ``now`` it began with,
        so the result equals one uninterrupted run. ``incremental`` keeps a complete run's
        results and re-audits only what changed. Otherwise, and whenever the settings or
        timecheck itself changed, the audit starts afresh.
        """
        meta = self.meta()
        same = meta.get("fingerprint") == fingerprint
        if not fresh and same and meta.get("status") == "running":
            state = RunState(int(meta["run"]), meta["now"], "resumed")
        elif not fresh and same and incremental and meta.get("status") == "complete":
            state = RunState(int(meta["run"]) + 1, now, "incremental")
        else:
            self._wipe()
            state = RunState(int(meta.get("run", "0")) + 1, now, "fresh")
        self._may_exist = state.mode != "fresh"
        self._set_meta({"schema_version": str(SCHEMA_VERSION), "fingerprint": fingerprint, "run": str(state.run),
                        "status": "running", "now": state.now, "mode": state.mode,
                        "started": meta.get("started", "") if state.mode == "resumed" else _clock()})
        return state

    def complete(self) -> None:
        """Mark the run complete: the next run starts afresh (or incrementally)."""
        self._set_meta({"status": "complete", "finished": _clock()})

    def meta(self) -> dict[str, str]:
        """Return the meta table."""
        return dict(self.connection.execute("SELECT key, value FROM meta").fetchall())

    def _set_meta(self, values: dict[str, str]) -> None:
        with self._transaction():
            self.connection.executemany("INSERT INTO meta(key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value", values.items())

    def _schema_version(self) -> int | None:
        row = self.connection.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if row is None:
            return None
        found = self.connection.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(found[0]) if found is not None else None

    def _wipe(self) -> None:
        with self._transaction():
            for table in ("batch_candidates", "findings", "stamps", "errors", "documents", "units"):
                self.connection.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names

    # -- the checkpoint -------------------------------------------------------------------------

    def lookup(self, path: str, line: int) -> tuple[int, str] | None:
        """Return (unit id, digest) of a stored unit, or None."""
        row = self.connection.execute("SELECT id, digest FROM units WHERE path = ? AND line = ?",
                                      (path, line)).fetchone()
        return (int(row[0]), str(row[1])) if row is not None else None

    def known_lines(self, path: str) -> dict[int, str]:
        """Return {line: digest} of the stored units of one file."""
        return {int(line): str(digest) for line, digest in
                self.connection.execute("SELECT line, digest FROM units WHERE path = ?", (path,))}

    def mark_seen(self, keys: Sequence[tuple[str, int]], run: int) -> None:
        """Record that these stored units (path, line) are still in the input, unchanged."""
        with self._transaction():
            self.connection.executemany("UPDATE units SET seen_run = ? WHERE path = ? AND line = ?",
                                        ((run, path, line) for path, line in keys))

    def write(self, outcomes: Sequence[Outcome], run: int) -> None:
        """Store outcomes, replacing earlier versions of the same units, in one transaction."""
        units: list[tuple[object, ...]] = []
        documents: list[tuple[object, ...]] = []
        stamps: list[tuple[object, ...]] = []
        findings: list[tuple[object, ...]] = []
        candidates: list[tuple[object, ...]] = []
        errors: list[tuple[object, ...]] = []
        with self._transaction():
            for outcome in outcomes:
                if self._may_exist:
                    self.connection.execute("DELETE FROM units WHERE path = ? AND line = ?", (outcome.path, outcome.line))
                unit_id = self._next_id("units")
                units.append((unit_id, outcome.path, outcome.line, outcome.digest, run, run))
                for doc in outcome.documents:
                    document_id = self._next_id("documents")
                    documents.append((document_id, unit_id, doc.doc_id, doc.path, doc.line, doc.url, doc.title,
                                      doc.published, doc.published_utc, doc.published_year, doc.updated,
                                      doc.updated_utc, doc.lag_seconds, doc.anchor, doc.timexes))
                    for stamp in doc.stamps:
                        stamps.append((document_id, stamp.kind, stamp.source, stamp.raw, stamp.value, stamp.value_utc,
                                       stamp.selector, stamp.problem, stamp.line, stamp.column, stamp.role))
                    for finding in doc.findings:
                        findings.append((document_id, doc.path, doc.doc_id, finding.code, finding.name,
                                         finding.severity, finding.message, finding.line, finding.column,
                                         finding.end_line, finding.end_column, finding.span_start, finding.span_end,
                                         finding.fix, finding.evidence, finding.context))
                    for candidate in doc.candidates:
                        candidates.append((document_id, candidate.code, candidate.name, candidate.severity,
                                           candidate.key, candidate.detail, candidate.line, candidate.column,
                                           candidate.end_line, candidate.end_column, candidate.span_start,
                                           candidate.span_end, int(candidate.suppressed)))
                for error in outcome.errors:
                    errors.append((unit_id, error.path, error.line, error.reason, error.doc_id))
            execute = self.connection.executemany
            execute("INSERT INTO units(id, path, line, digest, audited_run, seen_run) VALUES (?, ?, ?, ?, ?, ?)", units)
            execute("INSERT INTO documents(id, unit_id, doc_id, path, line, url, title, published, published_utc, "
                    "published_year, updated, updated_utc, lag_seconds, anchor, timexes) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", documents)
            execute('INSERT INTO stamps(document_id, kind, source, raw, value, value_utc, selector, problem, line, '
                    '"column", role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', stamps)
            execute('INSERT INTO findings(document_id, path, doc_id, code, name, severity, message, line, "column", '
                    'end_line, end_column, span_start, span_end, fix, evidence, context) '
                    'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', findings)
            execute('INSERT INTO batch_candidates(document_id, code, name, severity, key, detail, line, "column", '
                    'end_line, end_column, span_start, span_end, suppressed) '
                    'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', candidates)
            execute("INSERT INTO errors(unit_id, path, line, reason, doc_id) VALUES (?, ?, ?, ?, ?)", errors)

    def drop_unseen(self, run: int) -> int:
        """Delete the units (and all they produced) that this run did not find in the input."""
        with self._transaction():
            cursor = self.connection.execute("DELETE FROM units WHERE seen_run < ?", (run,))
        return cursor.rowcount

    def _next_id(self, table: str) -> int:
        if table not in self._next_ids:
            row = self.connection.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()  # noqa: S608
            self._next_ids[table] = int(row[0])
        self._next_ids[table] += 1
        return self._next_ids[table]

    # -- batch rules ----------------------------------------------------------------------------

    def candidate_groups(self, code: str, min_count: int) -> Iterator[tuple[str, int]]:
        """Yield (key, documents) for every group of a batch rule's candidates at least ``min_count`` big."""
        yield from self.connection.execute(
            "SELECT key, count(*) FROM batch_candidates WHERE code = ? GROUP BY key HAVING count(*) >= ? "
            "ORDER BY key", (code, min_count)).fetchall()

    def candidates(self, code: str, key: str) -> Iterator[StoredCandidate]:
        """Yield the candidates of one group, in input order."""
        cursor = self.connection.execute(
            'SELECT c.document_id, d.path, d.doc_id, c.code, c.name, c.severity, c.key, c.detail, c.line, c."column", '
            "c.end_line, c.end_column, c.span_start, c.span_end, c.suppressed FROM batch_candidates c "
            "JOIN documents d ON d.id = c.document_id WHERE c.code = ? AND c.key = ? ORDER BY d.path, d.line, d.id",
            (code, key))
        for row in cursor:
            record = CandidateRecord(row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10], row[11],
                                     row[12], row[13], bool(row[14]))
            yield StoredCandidate(int(row[0]), str(row[1]), str(row[2]), record)

    def replace_batch_findings(self, findings: Iterable[BatchFinding], *, batch_size: int = 5000) -> int:
        """Delete the previous batch findings and store these, in batches; return how many."""
        count = 0
        with self._transaction():
            self.connection.execute("DELETE FROM findings WHERE batch = 1")
            rows: list[tuple[object, ...]] = []
            for finding in findings:
                rows.append((finding.document_id, finding.path, finding.doc_id, finding.code, finding.name,
                             finding.severity, finding.message, finding.line, finding.column, finding.end_line,
                             finding.end_column, finding.span_start, finding.span_end))
                if len(rows) >= batch_size:
                    count += self._insert_batch_findings(rows)
                    rows = []
            count += self._insert_batch_findings(rows)
        return count

    def _insert_batch_findings(self, rows: list[tuple[object, ...]]) -> int:
        self.connection.executemany(
            'INSERT INTO findings(document_id, path, doc_id, code, name, severity, message, line, "column", end_line, '
            "end_column, span_start, span_end, fix, evidence, context, batch) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', '', 1)", rows)
        return len(rows)

    # -- queries ------------------------------------------------------------------------------

    def scalar(self, sql: str, parameters: Sequence[object] = ()) -> int:
        """Return the one integer a counting query returns."""
        row = self.connection.execute(sql, parameters).fetchone()
        return int(row[0] or 0) if row is not None else 0

    def rows(self, sql: str, parameters: Sequence[object] = ()) -> Iterator[tuple[Any, ...]]:
        """Yield the rows of a query, streamed."""
        yield from self.connection.execute(sql, parameters)

    # -- plumbing -----------------------------------------------------------------------------

    def _transaction(self) -> _Transaction:
        return _Transaction(self.connection)


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises (KeyboardInterrupt too)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute("BEGIN")

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")


def _clock() -> str:
    # The audit's own bookkeeping (when a run started), not an input to any rule.
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
