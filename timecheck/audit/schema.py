"""The audit database schema (SQLite): what analysts query with ``sqlite3``.

Tables
    meta(key, value)
        ``schema_version``, ``fingerprint`` (timecheck version + settings), ``run`` (a counter),
        ``status`` (``running`` or ``complete``), ``now`` (the run's clock), ``started``, ``finished``.
    units(id, path, line, digest, audited_run, seen_run)
        One row per input unit: a JSON Lines record (``line`` = its line) or a whole file
        (``line`` = 0), or an input that failed as a whole (a missing file, a truncated gzip
        stream: ``line`` = where). ``digest`` is the BLAKE2b hash of its bytes;
        ``audited_run`` the run that audited it, ``seen_run`` the last run that found it in the
        input. A unit is stored in the same transaction as everything it produced: its row
        is the checkpoint.
    documents(id, unit_id, doc_id, path, line, url, title, published, published_utc,
              published_year, updated, updated_utc, lag_seconds, anchor, timexes)
        One row per audited document. ``published``/``updated`` are the chosen stamps as
        stated (ISO 8601), ``*_utc`` the same instants in UTC (sortable), ``lag_seconds`` is
        update minus publication.
    stamps(id, document_id, kind, source, raw, value, value_utc, selector, problem, line, column, role)
        Every candidate date of a document; ``role`` is ``published`` or ``updated`` for the
        chosen ones.
    findings(id, document_id, path, doc_id, code, name, severity, message, line, column,
             end_line, end_column, span_start, span_end, fix, evidence, context, batch)
        One row per finding; ``batch`` = 1 for batch rules (TC301), recomputed at the end of
        each run. ``evidence`` is the article text at the span, ``context`` the text around it.
    batch_candidates(id, document_id, code, name, severity, key, detail, line, column,
                     end_line, end_column, span_start, span_end, suppressed)
        What batch rules collect from each document (TC301: ``key`` = update instant in UTC).
    errors(id, unit_id, path, line, reason, doc_id)
        Every input that could not be read or audited, with where and why.

Views ``v_findings`` and ``v_documents`` join the common questions. Deleting a unit deletes
everything it produced (foreign keys, ``ON DELETE CASCADE``).
"""

from __future__ import annotations

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    digest TEXT NOT NULL,
    audited_run INTEGER NOT NULL,
    seen_run INTEGER NOT NULL,
    UNIQUE (path, line)
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    doc_id TEXT NOT NULL,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    published_utc TEXT,
    published_year INTEGER,
    updated TEXT,
    updated_utc TEXT,
    lag_seconds REAL,
    anchor TEXT,
    timexes INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS stamps (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    raw TEXT NOT NULL,
    value TEXT,
    value_utc TEXT,
    selector TEXT NOT NULL,
    problem TEXT NOT NULL,
    line INTEGER,
    "column" INTEGER,
    role TEXT
);
CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    line INTEGER NOT NULL,
    "column" INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    end_column INTEGER NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    fix TEXT,
    evidence TEXT NOT NULL,
    context TEXT NOT NULL,
    batch INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS batch_candidates (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    severity TEXT NOT NULL,
    key TEXT NOT NULL,
    detail TEXT NOT NULL,
    line INTEGER NOT NULL,
    "column" INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    end_column INTEGER NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    suppressed INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    line INTEGER NOT NULL,
    reason TEXT NOT NULL,
    doc_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS units_seen ON units(seen_run);
CREATE INDEX IF NOT EXISTS units_audited ON units(audited_run);
CREATE INDEX IF NOT EXISTS documents_unit ON documents(unit_id);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published_utc);
CREATE INDEX IF NOT EXISTS documents_updated ON documents(updated_utc);
CREATE INDEX IF NOT EXISTS documents_path_line ON documents(path, line);
CREATE INDEX IF NOT EXISTS stamps_document ON stamps(document_id);
CREATE INDEX IF NOT EXISTS findings_document ON findings(document_id);
CREATE INDEX IF NOT EXISTS findings_code ON findings(code, severity);
CREATE INDEX IF NOT EXISTS findings_batch ON findings(batch);
CREATE INDEX IF NOT EXISTS candidates_document ON batch_candidates(document_id);
CREATE INDEX IF NOT EXISTS candidates_key ON batch_candidates(code, key);
CREATE INDEX IF NOT EXISTS errors_unit ON errors(unit_id);
CREATE VIEW IF NOT EXISTS v_findings AS
    SELECT f.path, f.line, f."column", f.code, f.name, f.severity, f.message, f.doc_id,
           d.published, d.updated, f.evidence
    FROM findings f JOIN documents d ON d.id = f.document_id;
CREATE VIEW IF NOT EXISTS v_documents AS
    SELECT d.path, d.line, d.doc_id, d.title, d.published, d.updated, d.lag_seconds / 86400.0 AS lag_days,
           (SELECT count(*) FROM findings f WHERE f.document_id = d.id) AS findings
    FROM documents d;
"""
