"""The audit finds what ``timecheck check`` finds, TC301 included, and accounts for every input."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.audit.helpers import NOW, count, findings_of, summary_of, write_archive
from tests.conftest import ROOT, TBAQ, Run
from timecheck.api import check, to_moment
from timecheck.audit.batch import bulk_update_message
from timecheck.settings import Settings

CLI = Callable[..., Run]
CORPUS = ROOT / "corpus"


def test_audit_findings_equal_check_findings(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "audit.db"
    run = cli("audit", str(CORPUS), str(TBAQ), "--db", str(db), "--now", NOW, "--workers", "2")
    assert run.status in (0, 1, 2), run.err
    report = check([str(CORPUS), str(TBAQ)], settings=Settings(), now=to_moment(NOW).value)
    expected = sorted((f.path, f.line, f.column, f.code, f.message) for f in report.findings)
    assert findings_of(db) == expected
    assert any(code == "TC301" for _, _, _, code, _ in expected), "the corpus has a bulk update batch"
    summary = summary_of(db)
    inputs = summary["inputs"]
    assert isinstance(inputs, dict)
    assert inputs["documents"] == len(report.results)
    assert inputs["errors"] == len(report.problems)


def test_tc301_threshold_option_and_message(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 60)
    db = tmp_path / "audit.db"
    config = tmp_path / "timecheck.toml"
    config.write_text("[rules.TC301]\nmin-documents = 1000\n", encoding="utf-8")
    cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "1")
    migrated = count(db, "SELECT count(*) FROM documents WHERE updated_utc = '2018-05-03T21:48:00+00:00'")
    assert migrated >= 10
    messages = {m for _, _, _, code, m in findings_of(db) if code == "TC301"}
    assert messages == {bulk_update_message("2018-05-04 03:18 +05:30", migrated, 10)}
    cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "1", "--config", str(config))
    assert count(db, "SELECT count(*) FROM findings WHERE code = 'TC301'") == 0


def test_every_input_is_accounted_for(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl.gz"
    write_archive(archive, 30, extra_lines=("{broken json", '["not an object"]', '{"id": "x", "text": 5}'))
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    db = tmp_path / "audit.db"
    out = tmp_path / "summary.json"
    table = tmp_path / "summary.csv"
    run = cli("audit", str(tmp_path), str(tmp_path / "missing.jsonl"), "--db", str(db), "--now", NOW,
              "--workers", "2", "--json", str(out), "--csv", str(table))
    assert run.status == 2, "input errors make the exit status 2"
    data = json.loads(out.read_text(encoding="utf-8"))
    inputs = data["inputs"]
    assert inputs["documents"] == 30
    assert inputs["errors"] == 6
    assert inputs["items"] == inputs["documents"] + inputs["errors"] == 36
    reasons = {(Path(e["path"]).name, e["line"]): e["reason"] for e in data["errors"]}
    assert reasons[("a.jsonl.gz", 31)].startswith("invalid JSON")
    assert reasons[("a.jsonl.gz", 32)] == "record is a JSON list, not an object"
    assert "not a string" in reasons[("a.jsonl.gz", 33)]
    assert reasons[("empty.jsonl", 1)] == "empty file: no records"
    assert reasons[("binary.txt", 1)].startswith("binary data")
    assert reasons[("missing.jsonl", 0)] == "no such file or folder"
    assert "missing.jsonl:0: error: no such file or folder" in run.err
    with table.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 36
    assert sum(1 for row in rows if row["status"] == "error") == 6


def test_database_schema_is_documented_and_indexed(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 20)
    db = tmp_path / "audit.db"
    cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "1")
    with sqlite3.connect(db) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert {"documents", "stamps", "findings", "errors", "units", "batch_candidates", "meta"} <= names
        assert {"findings_code", "documents_published", "stamps_document", "v_findings"} <= names
        plan = " ".join(str(row) for row in connection.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM findings WHERE code = 'TC201'"))
        assert "findings_code" in plan
        chosen = connection.execute("SELECT count(*) FROM stamps WHERE role = 'published'").fetchone()[0]
        assert chosen == 20
        assert connection.execute("SELECT count(*) FROM v_documents").fetchone()[0] == 20


def test_exit_status_and_quiet_progress(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 40)
    db = tmp_path / "audit.db"
    run = cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "1")
    assert run.status == 1, "weekday mismatches are errors"
    assert "\r" not in run.err and run.err == "", "no progress bar when standard error is not a terminal"
    assert "Audited 40 inputs: 40 documents, 0 errors" in run.out
    clean = cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "1", "--select", "TC106")
    assert clean.status == 0


def test_a_file_that_is_not_an_audit_database_is_refused(cli: CLI, tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my notes, not a database\n", encoding="utf-8")
    run = cli("audit", str(CORPUS), "--db", str(db))
    assert run.status == 2
    assert "not a database" in run.err
    assert db.read_text(encoding="utf-8") == "my notes, not a database\n", "nothing is overwritten"
