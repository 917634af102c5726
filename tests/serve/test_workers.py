"""The worker pool on its own: answers, a worker that cannot start, a hard deadline."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from timecheck.serve.analysis import Job
from timecheck.serve.workers import WorkerPool

NOW = datetime(2024, 6, 1, tzinfo=timezone.utc)


def test_pool_answers_with_the_settings_of_its_config(tmp_path: Path) -> None:
    config = tmp_path / "timecheck.toml"
    config.write_text("[rules.TC102]\nmax-gap-days = 3650\n", encoding="utf-8")
    pool = WorkerPool(1, timeout=30, queue_timeout=30, config=(str(config),))
    pool.start()
    try:
        body = json.dumps({"text": "Published 15 September 2011\nLast Updated 04 May 2018\nIt ended yesterday."})
        answer = pool.exchange(Job("check", body.encode(), NOW))
        assert answer.status == 200
        assert json.loads(answer.body)["findings"] == [], "the config file's threshold applies in the worker"
        refused = pool.exchange(Job("extract", b"[]", NOW))
        assert refused.status == 422
    finally:
        pool.close()
    assert pool.pids() == []


def test_pool_whose_workers_cannot_start_fails_to_start(tmp_path: Path) -> None:
    pool = WorkerPool(1, timeout=30, queue_timeout=30, config=(str(tmp_path / "missing.toml"),))
    with pytest.raises(RuntimeError, match="did not start"):
        pool.start()
    assert pool.pids() == []
