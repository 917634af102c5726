"""Hostile inputs: each gives its clean error or result, never a crash, and the batch goes on."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.hostile.cases import HOSTILE, Hostile
from timecheck import InputError, Settings
from timecheck.model import Document
from timecheck.readers import read_paths


def test_there_are_at_least_thirty_cases() -> None:
    assert len(HOSTILE) >= 30
    assert len({case.name for case in HOSTILE}) == len(HOSTILE)


@pytest.mark.parametrize("case", HOSTILE, ids=lambda c: c.name)
def test_hostile_input_is_read_cleanly(case: Hostile, tmp_path: Path) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.data)
    items = list(read_paths([str(path)], Settings()))
    documents = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert len(documents) == case.documents, [str(e) for e in errors]
    if case.error:
        assert errors and any(case.error in error.reason for error in errors), [str(e) for e in errors]
        assert all(error.path == str(path) and error.line >= 0 for error in errors)
    else:
        assert not errors, [str(e) for e in errors]
    assert path.read_bytes() == case.data, "an input file was modified"


@pytest.mark.parametrize("case", HOSTILE, ids=lambda c: c.name)
def test_hostile_input_through_the_command(case: Hostile, tmp_path: Path, cli: Callable[..., Run]) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.data)
    run = cli("extract", "--format", "jsonl", str(path))
    out = [json.loads(line) for line in run.out.splitlines()]
    assert len(out) == case.documents
    assert run.status == (2 if case.error else 0), run.err
    assert "Traceback" not in run.err and "internal error" not in run.err, run.err


@pytest.mark.parametrize("case", HOSTILE, ids=lambda c: c.name)
def test_every_rule_on_hostile_input(case: Hostile, tmp_path: Path, cli: Callable[..., Run]) -> None:
    path = tmp_path / case.name
    path.write_bytes(case.data)
    run = cli("check", "--select", "ALL", "--format", "jsonl", str(path))
    assert run.status in (0, 1, 2), run.err
    assert "Traceback" not in run.err and "internal error" not in run.err + run.out, run.err


def test_the_whole_hostile_folder_in_one_batch(tmp_path: Path, cli: Callable[..., Run]) -> None:
    for case in HOSTILE:
        (tmp_path / case.name).write_bytes(case.data)
    (tmp_path / "good.txt").write_bytes(b"Published 15 September 2011\nIt ended yesterday.\n")
    run = cli("check", "--format", "json", str(tmp_path))
    data = json.loads(run.out)
    assert run.status == 2
    assert data["summary"]["documents"] == sum(case.documents for case in HOSTILE) + 1
    errored = {Path(error["path"]).name for error in data["errors"]}
    assert errored == {case.name for case in HOSTILE if case.error}


def test_undecodable_file_name_in_every_format(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"Published 1 May 2020\nIt ended yesterday.\n")
    for name in ("text", "json", "jsonl", "sarif", "github", "junit", "html"):
        proc = subprocess.run([sys.executable, "-m", "timecheck", "check", "--select", "ALL", "--fail-on", "info", "--format", name,
                               str(tmp_path)], capture_output=True, cwd=ROOT)
        assert proc.returncode == 1, (name, proc.stderr[-400:])
        assert b"Traceback" not in proc.stderr
        assert b"caf" in proc.stdout


def test_lone_surrogates_never_reach_the_output(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"id": "a\\udc00b", "text": "It ended yesterday."}\n')
    proc = subprocess.run([sys.executable, "-m", "timecheck", "check", "--format", "jsonl", str(path)],
                          capture_output=True, cwd=ROOT)
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {line["id"] for line in lines} == {"a\ufffdb"}
    assert "TC002" in {line["code"] for line in lines}


def test_audit_of_a_thousand_good_articles_and_fifty_hostile_files(tmp_path: Path,
                                                                     cli: Callable[..., Run]) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for number in range(1000):
        day = 1 + number % 28
        (archive / f"good-{number:04d}.txt").write_text(
            f"Council meets\n\nPublished {day} March 2015, 10:00 GMT\n\nThe council met yesterday.\n",
            encoding="utf-8")
    # Hostile files that hold no readable document: each must be one error, and nothing else.
    failing = [case for case in HOSTILE if case.error and case.documents == 0]
    for number in range(50):
        case = failing[number % len(failing)]
        (archive / f"hostile-{number:02d}-{case.name}").write_bytes(case.data)
    summary = tmp_path / "summary.json"
    run = cli("audit", str(archive), "--db", str(tmp_path / "audit.db"), "--json", str(summary),
              "--workers", "2", "--progress", "never", "--now", "2026-01-01T00:00Z")
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert data["inputs"]["documents"] == 1000, run.err
    assert data["inputs"]["errors"] == 50
    errored = {Path(error["path"]).name for error in data["errors"]}
    assert errored == {f"hostile-{n:02d}-{failing[n % len(failing)].name}" for n in range(50)}
    assert data["inputs"]["units"] == 1050
