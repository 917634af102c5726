"""The Dask engine, on a local cluster of two worker processes on loopback, gives the local engine's result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from distributed import LocalCluster

from tests.audit.helpers import NOW, findings_of, summary_of, write_archive
from tests.conftest import Run

CLI = Callable[..., Run]


def test_dask_engine_matches_local_engine(cli: CLI, tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for part in range(4):
        write_archive(archive / f"part-{part}.jsonl.gz", 60, seed=part)
    write_archive(archive / "broken.jsonl", 5, extra_lines=("{not json",))
    (archive / "note.txt").write_text("Published 15 September 2011\nIt ended yesterday, on Monday.\n",
                                      encoding="utf-8")
    local = tmp_path / "local.db"
    cli("audit", str(archive), "--db", str(local), "--now", NOW, "--workers", "2")
    distributed = tmp_path / "dask.db"
    with LocalCluster(n_workers=2, processes=True, host="127.0.0.1", threads_per_worker=1,
                      dashboard_address=None) as cluster:
        run = cli("audit", str(archive), "--db", str(distributed), "--now", NOW, "--engine", "dask",
                  "--scheduler", cluster.scheduler_address)
        assert run.status == 2, run.err
        incremental = cli("audit", str(archive), "--db", str(distributed), "--now", NOW, "--engine", "dask",
                          "--scheduler", cluster.scheduler_address, "--incremental")
    summary = summary_of(distributed)
    assert summary == summary_of(local)
    assert findings_of(distributed) == findings_of(local)
    inputs = summary["inputs"]
    assert isinstance(inputs, dict) and inputs["documents"] == 246 and inputs["errors"] == 1
    assert "0 units audited, 247 unchanged" in incremental.out


def test_dask_engine_needs_a_scheduler(cli: CLI, tmp_path: Path) -> None:
    run = cli("audit", str(tmp_path), "--db", str(tmp_path / "a.db"), "--engine", "dask")
    assert run.status == 2
    assert "--scheduler" in run.err
