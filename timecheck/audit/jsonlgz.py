"""Read gzipped JSON Lines (``.jsonl.gz``) as a stream, one record per line.

Registered in ``timecheck.readers`` as the ``jsonl-gz`` format, so ``check`` and ``extract``
read such archives too; ``audit`` uses ``record_from_line`` to parse lines in its workers.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from timecheck.audit.lines import Limits, Line, iter_lines
from timecheck.errors import InputError
from timecheck.model import Document
from timecheck.readers.records import record_from_line
from timecheck.settings import Settings

Item = Document | InputError


def read_jsonl_gz(path: str, settings: Settings, *, limits: Limits = Limits()) -> Iterator[Item]:
    """Yield the documents of a gzipped JSON Lines file, decompressing as it goes."""
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield InputError(path, 0, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        yield from _records(handle, path, settings, limits)


def read_jsonl_gz_bytes(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """Yield the documents of gzipped JSON Lines held in memory (standard input)."""
    return _records(io.BytesIO(data), path, settings, Limits())


def _records(handle: BinaryIO, path: str, settings: Settings, limits: Limits) -> Iterator[Item]:
    seen_any = False
    for line in iter_lines(handle, path, gzipped=True, limits=limits):
        seen_any = True
        if isinstance(line, Line):
            yield record_from_line(line.data, path, line.number, settings)
        else:
            yield line
    if not seen_any:
        yield InputError(path, 1, "empty file: no records")
