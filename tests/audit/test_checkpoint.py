"""The database is the checkpoint: a killed audit resumes to the same result; --incremental re-audits only edits."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.audit.helpers import NOW, count, findings_of, summary_of, write_archive
from tests.conftest import interruptible
from tests.conftest import ROOT, Run
from timecheck.audit.pool import Task, WorkerError, _after_death, run_pool
from timecheck.audit.portable import PortableSettings
from timecheck.audit.units import Unit

CLI = Callable[..., Run]
DOCUMENTS = 2400
# Large enough that the audit is still running when the signal arrives, however fast the machine:
# the first commit stores at most 2,000 units, so most of these are still to do.
INTERRUPTED_DOCUMENTS = 20_000


def _start(archive: Path, db: Path, workers: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "timecheck", "audit", str(archive), "--db", str(db), "--now", NOW,
               "--workers", str(workers), "--chunk-size", "8", "--progress", "never"]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=interruptible)


def _stored_units(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM units").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _wait_for_units(db: Path, process: subprocess.Popen[bytes], at_least: int) -> None:
    deadline = time.monotonic() + 120
    while _stored_units(db) < at_least:
        assert process.poll() is None, "the audit ended before it could be interrupted"
        assert time.monotonic() < deadline, "the audit stored nothing for two minutes"
        time.sleep(0.02)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                found.extend(int(child) for child in handle.read().split())
        except OSError:
            continue  # a thread that has just ended
    return found


def _workers(pid: int) -> list[int]:
    """Return the audit's worker processes (not multiprocessing's resource tracker)."""
    found = []
    for child in _children(pid):
        try:
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(child)
        except OSError:
            continue  # it has just exited
    return found


def _reference(cli: CLI, archive: Path, tmp_path: Path) -> Path:
    db = tmp_path / "reference.db"
    run = cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "2")
    assert run.status == 1, run.err
    return db


def test_killed_audit_resumes_to_the_same_summary(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl.gz"
    write_archive(archive, DOCUMENTS)
    db = tmp_path / "killed.db"
    process = _start(archive, db, workers=1)
    try:
        _wait_for_units(db, process, 100)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the audit and its workers, as a power cut would
        process.wait()
    stored = _stored_units(db)
    assert 0 < stored < DOCUMENTS
    with sqlite3.connect(db) as connection:
        assert dict(connection.execute("SELECT key, value FROM meta").fetchall())["status"] == "running"
    resumed = cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "2")
    assert "This run (resumed)" in resumed.out
    assert f"{DOCUMENTS - stored:,} units audited" in resumed.out, "nothing stored before the kill is redone"
    reference = _reference(cli, archive, tmp_path)
    assert summary_of(db) == summary_of(reference)
    assert findings_of(db) == findings_of(reference)
    assert count(db, "SELECT count(*) FROM units") == DOCUMENTS


def test_interrupted_audit_stores_what_it_finished(tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, INTERRUPTED_DOCUMENTS)
    db = tmp_path / "interrupted.db"
    process = _start(archive, db, workers=1)
    try:
        _wait_for_units(db, process, 50)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130, err.decode(errors="replace")[-2000:]
    assert b"Run the same command again to resume" in err
    assert 50 <= _stored_units(db) < INTERRUPTED_DOCUMENTS


def test_killed_worker_is_replaced_and_nothing_is_lost(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl.gz"
    write_archive(archive, DOCUMENTS)
    db = tmp_path / "worker.db"
    process = _start(archive, db, workers=2)
    try:
        _wait_for_units(db, process, 100)
        workers = _workers(process.pid)
        assert len(workers) == 2, "the audit runs two worker processes"
        os.kill(workers[0], signal.SIGKILL)
        deadline = time.monotonic() + 60
        while not set(_workers(process.pid)) - set(workers):
            assert time.monotonic() < deadline, "the killed worker was not replaced"
            time.sleep(0.02)
        _, err = process.communicate(timeout=180)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 1, err.decode(errors="replace")
    reference = _reference(cli, archive, tmp_path)
    assert summary_of(db) == summary_of(reference)
    assert count(db, "SELECT count(*) FROM errors") == 0, "the killed worker's task was retried"


def test_incremental_rechecks_exactly_the_edited_documents(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, 300)
    db = tmp_path / "audit.db"
    first = cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "2")
    assert "This run (fresh): 300 units audited" in first.out
    lines = archive.read_text(encoding="utf-8").splitlines()
    edited = [3, 40, 41, 99, 150, 151, 152, 200, 250, 300]
    for number in edited:
        record = json.loads(lines[number - 1])
        record["text"] = str(record["text"]).replace("next week", "on Monday, 3 March 2003")
        lines[number - 1] = json.dumps(record)
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    second = cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "2", "--incremental",
                 "--json", str(tmp_path / "s.json"))
    assert "This run (incremental): 10 units audited, 290 unchanged" in second.out
    run = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["run"]
    assert (run["mode"], run["audited"], run["unchanged"]) == ("incremental", 10, 290)
    with sqlite3.connect(db) as connection:
        current = int(dict(connection.execute("SELECT key, value FROM meta").fetchall())["run"])
        rechecked = sorted(row[0] for row in connection.execute(
            "SELECT line FROM units WHERE audited_run = ?", (current,)))
    assert rechecked == edited
    fresh = tmp_path / "fresh.db"
    cli("audit", str(archive), "--db", str(fresh), "--now", NOW, "--workers", "1")
    assert summary_of(db) == summary_of(fresh)
    assert findings_of(db) == findings_of(fresh)


def test_incremental_forgets_removed_documents(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, 50)
    db = tmp_path / "audit.db"
    cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "1")
    lines = archive.read_text(encoding="utf-8").splitlines()
    archive.write_text("\n".join(lines[:45]) + "\n", encoding="utf-8")
    run = cli("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "1", "--incremental")
    assert "0 units audited, 45 unchanged, 5 gone from the input" in run.out
    assert count(db, "SELECT count(*) FROM documents") == 45


def test_a_unit_that_kills_two_workers_becomes_an_error() -> None:
    units = [Unit("a.jsonl", line, "record", b"{}", "d", 0) for line in (1, 2)]
    retry: deque[Task] = deque()
    assert _after_death(Task(list(units)), -9, retry) is None
    assert len(retry) == 1 and retry[0].attempts == 1
    assert _after_death(retry.popleft(), -9, retry) is None
    assert [task.units for task in retry] == [[units[0]], [units[1]]], "then unit by unit"
    lost = _after_death(retry.popleft(), -9, retry)
    assert lost is not None
    (outcome,) = lost.outcomes
    assert (outcome.path, outcome.line) == ("a.jsonl", 1)
    assert "died (signal 9)" in outcome.errors[0].reason


def test_changed_settings_or_a_plain_rerun_start_afresh(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, 30)
    db = tmp_path / "audit.db"
    args = ("audit", str(archive), "--db", str(db), "--now", NOW, "--workers", "1")
    assert "This run (fresh): 30 units audited" in cli(*args).out
    assert "This run (fresh): 30 units audited" in cli(*args).out, "a complete audit is redone unless --incremental"
    assert "This run (incremental): 0 units audited, 30 unchanged" in cli(*args, "--incremental").out
    assert "This run (fresh): 30 units audited" in cli(*args, "--incremental", "--fresh").out
    changed = cli(*args, "--incremental", "--ignore", "TC201")
    assert "This run (fresh): 30 units audited" in changed.out, "other settings invalidate the stored results"
    assert count(db, "SELECT count(*) FROM findings WHERE code = 'TC201'") == 0


def test_workers_that_cannot_start_stop_the_audit() -> None:
    broken = PortableSettings((("no_such_setting", 1),), None)  # every worker dies building its Settings
    source = iter([Task([Unit("a.jsonl", line, "record", b"{}", "d", 0)]) for line in range(1, 20)])
    with pytest.raises(WorkerError, match="died 8 times in a row"):
        list(run_pool(source, workers=2, state=broken))


def test_ctrl_c_right_after_a_commit_stores_the_batch_once() -> None:
    # A SIGINT that lands just after a batch was committed must not leave the batch buffered:
    # the flush on the way out would write it again (a UNIQUE constraint error, exit 1).
    from timecheck.audit.pool import Delivery
    from timecheck.audit.records import error_outcome
    from timecheck.audit.runner import AuditInterrupted, Meter, _store_all

    written: list[int] = []

    class Store:
        def write(self, outcomes: list[object], run: int) -> None:
            written.append(len(outcomes))
            if len(written) == 1:
                os.kill(os.getpid(), signal.SIGINT)  # arrives as the first write returns

        def mark_seen(self, unchanged: list[object], run: int) -> None:
            raise AssertionError("nothing was unchanged")

    from timecheck import InputError

    deliveries = iter([Delivery(outcomes=[error_outcome(InputError("a.jsonl", 1, "bad"))])])
    # Ctrl-C as a terminal delivers it, whatever this test process inherited (a background job
    # starts with SIGINT ignored)
    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(AuditInterrupted):
            _store_all(deliveries, Store(), 1, Meter(), lambda: None)  # type: ignore[arg-type]
    finally:
        signal.signal(signal.SIGINT, inherited)
    assert written == [1]
