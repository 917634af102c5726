"""Gzipped JSON Lines are streamed with caps; globs expand; a line reads as the JSON Lines reader reads it."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

from tests.audit.helpers import NOW, summary_of, write_archive
from tests.conftest import Run
from timecheck.audit.progress import render
from timecheck.audit.runner import Meter
from timecheck.errors import InputError
from timecheck.model import Document
from timecheck.readers import read_paths
from timecheck.readers.jsonl import read_jsonl_bytes, read_jsonl_file
from timecheck.readers.lines import Limits, Line, iter_lines
from timecheck.readers.records import record_from_line
from timecheck.settings import Settings

CLI = Callable[..., Run]
LINES = (b'{"id": "a", "published": "2011-09-15", "text": "It ended yesterday."}', b"", b"{broken",
         b'"a string"', b'{"id": "b", "text": "no stamp"}', b"\xff\xfe bad bytes", b"   ")


def _key(item: Document | InputError) -> tuple[object, ...]:
    if isinstance(item, InputError):
        return ("error", item.path, item.line, item.reason)
    return ("doc", item.id, item.path, item.textmap.position(0), item.text, item.stamps)


def test_record_from_line_reads_as_the_jsonl_reader() -> None:
    settings = Settings()
    expected = [_key(item) for item in read_jsonl_bytes(b"\n".join(LINES), "x.jsonl", settings)]
    found = [_key(record_from_line(data, "x.jsonl", number, settings))
             for number, data in enumerate(LINES, 1) if data.strip()]
    assert found == expected


def test_gzipped_jsonl_reads_like_plain_jsonl(tmp_path: Path) -> None:
    plain, packed = tmp_path / "a.jsonl", tmp_path / "a.jsonl.gz"
    data = b"\n".join(LINES) + b"\n"
    plain.write_bytes(data)
    packed.write_bytes(gzip.compress(data))
    settings = Settings()
    expected = [_key(item) for item in read_paths([str(plain)], settings)]
    found = [_key(item) for item in read_paths([str(packed)], settings)]
    assert [key[:1] + key[2:] if key[0] == "error" else key[:2] + key[3:] for key in found] == \
           [key[:1] + key[2:] if key[0] == "error" else key[:2] + key[3:] for key in expected]
    assert len(found) == 5


def test_truncated_gzip_is_an_error_after_the_lines_it_could_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    write_archive(path, 400)
    path.write_bytes(path.read_bytes()[:-40])
    items = list(read_jsonl_file(str(path), Settings(), gzipped=True))
    *documents, last = items
    assert all(isinstance(item, Document) for item in documents) and len(documents) >= 300
    assert isinstance(last, InputError)
    assert last.line == len(documents) + 1 and "truncated" in last.reason


def test_not_gzip_data_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(b"plain text, not gzip\n")
    (item,) = read_jsonl_file(str(path), Settings(), gzipped=True)
    assert isinstance(item, InputError) and item.reason.startswith("gzip:")


def test_decompressed_size_is_capped() -> None:
    bomb = gzip.compress(b'{"text": "x"}\n' * 100_000)
    items = list(iter_lines(io.BytesIO(bomb), "bomb.jsonl.gz", gzipped=True, limits=Limits(max_decompressed=10_000)))
    *lines, last = items
    assert all(isinstance(line, Line) for line in lines) and len(lines) < 1000
    assert isinstance(last, InputError)
    assert "decompressed size passes the limit of 10000 bytes" in last.reason


def test_over_long_line_is_skipped_with_an_error() -> None:
    data = b'{"a": 1}\n' + b"x" * 5000 + b"\n" + b'{"b": 2}\n'
    items = list(iter_lines(io.BytesIO(data), "a.jsonl", gzipped=False, limits=Limits(max_line=1000)))
    assert isinstance(items[0], Line) and items[0].number == 1
    assert isinstance(items[1], InputError) and items[1].line == 2 and "longer than 1000 bytes" in items[1].reason
    assert isinstance(items[2], Line) and items[2].number == 3 and items[2].data == b'{"b": 2}'


def test_audit_cap_option_and_quoted_globs(cli: CLI, tmp_path: Path) -> None:
    for part in range(3):
        write_archive(tmp_path / f"part-{part}.jsonl.gz", 20, seed=part)
    db = tmp_path / "a.db"
    run = cli("audit", str(tmp_path / "part-*.jsonl.gz"), "--db", str(db), "--now", NOW, "--workers", "1",
              "--max-decompressed-size", "2K")
    assert run.status == 2
    assert "decompressed size passes the limit of 2048 bytes" in run.err
    run = cli("audit", str(tmp_path / "part-*.jsonl.gz"), str(tmp_path / "nothing-*.jsonl"), "--db", str(db),
              "--now", NOW, "--workers", "1")
    inputs = summary_of(db)["inputs"]
    assert isinstance(inputs, dict) and inputs["documents"] == 60 and inputs["errors"] == 1
    assert "no file matches this pattern" in run.err


def test_progress_line_shows_rate_and_time_left() -> None:
    meter = Meter(total_bytes=1000, done_bytes=250, documents=500, started=100.0)
    line = render(meter, 110.0)
    assert "25.0%" in line and "500 docs" in line and "50 docs/s" in line and "30s left" in line
