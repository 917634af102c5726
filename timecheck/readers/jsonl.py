"""Read JSON Lines, plain or gzipped, as a stream: one record per line, every line capped.

A JSON Lines archive may be far larger than memory, so lines are read one at a time
(``readers.lines``) and each becomes a Document or an InputError (``records.record_from_line``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from timecheck.errors import InputError
from timecheck.model import Document
from timecheck.readers.lines import Limits, Line, iter_lines
from timecheck.readers.records import record_from_line
from timecheck.settings import Settings

Item = Document | InputError


def limits_for(settings: Settings) -> Limits:
    """Return the line cap the settings ask for (``max-document-mb``), with the default gzip cap."""
    return Limits(max_line=settings.max_document_bytes)


def read_jsonl_file(path: str, settings: Settings, *, gzipped: bool, limits: Limits | None = None) -> Iterator[Item]:
    """Yield the documents of a JSON Lines file on disk, decompressing gzip as it goes."""
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield InputError(path, 0, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        yield from read_jsonl_stream(handle, path, settings, gzipped=gzipped, limits=limits or limits_for(settings))


def read_jsonl_bytes(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """Yield the documents of JSON Lines held in memory (standard input)."""
    return read_jsonl_stream(io.BytesIO(data), path, settings, gzipped=False, limits=limits_for(settings))


def read_jsonl_gz_bytes(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """Yield the documents of gzipped JSON Lines held in memory (standard input)."""
    return read_jsonl_stream(io.BytesIO(data), path, settings, gzipped=True, limits=limits_for(settings))


def read_jsonl_stream(handle: BinaryIO, path: str, settings: Settings, *, gzipped: bool,
                      limits: Limits) -> Iterator[Item]:
    """Yield one document (or input error) per non-blank line of ``handle``."""
    seen_any = False
    for line in iter_lines(handle, path, gzipped=gzipped, limits=limits):
        seen_any = True
        if isinstance(line, Line):
            yield record_from_line(line.data, path, line.number, settings)
        else:
            yield line
    if not seen_any:
        yield InputError(path, 1, "empty file: no records")
