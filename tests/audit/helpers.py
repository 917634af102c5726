"""Shared helpers of the audit tests: a synthetic archive, and reading results back from a database."""

from __future__ import annotations

import gzip
import json
import random
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from timecheck.audit.store import Store
from timecheck.audit.summary import summarize, summary_dict

NOW = "2024-06-01T00:00:00Z"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MIGRATION = "2018-05-04T03:18:00+05:30"


def article(index: int, rng: random.Random) -> dict[str, object]:
    """Return a short article record; some carry planted contradictions (TC101, TC102, TC201, TC301)."""
    published = datetime(2005, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=rng.randrange(15 * 365 * 24 * 60))
    event = published - timedelta(days=rng.randrange(2, 12))
    roll = rng.random()
    weekday = WEEKDAYS[(event.weekday() + (1 if roll < 0.05 else 0)) % 7]
    text = (f"Story {index}: the council met on {weekday}, {event:%B} {event.day}, {event.year}, "
            f"and said yesterday that a vote would follow next week.")
    record: dict[str, object] = {"id": f"doc-{index:05d}", "published": published.isoformat(), "text": text}
    if roll < 0.08:
        record["updated"] = (published - timedelta(days=2)).isoformat()
    elif roll < 0.25:
        record["updated"] = MIGRATION
    return record


def write_archive(path: Path, count: int, *, seed: int = 1, extra_lines: tuple[str, ...] = ()) -> None:
    """Write ``count`` articles (then ``extra_lines``) as JSON Lines; gzipped when the name ends in .gz."""
    rng = random.Random(seed)
    lines = [json.dumps(article(index, rng)) for index in range(count)] + list(extra_lines)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


def summary_of(db: Path) -> dict[str, object]:
    """Return the database's summary, without the facts of the last run."""
    store = Store(str(db))
    try:
        return summary_dict(summarize(store))
    finally:
        store.close()


def findings_of(db: Path) -> list[tuple[object, ...]]:
    """Return every finding stored, sorted: (path, line, column, code, message)."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute('SELECT path, line, "column", code, message FROM findings').fetchall()
    return sorted(rows)


def count(db: Path, sql: str) -> int:
    """Return the integer a counting query on the database gives."""
    with sqlite3.connect(db) as connection:
        return int(connection.execute(sql).fetchone()[0])
