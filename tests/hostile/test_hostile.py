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
