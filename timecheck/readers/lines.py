"""Stream the lines of a JSON Lines file, plain or gzipped, with caps on line and decompressed size.

A JSON Lines archive may be far larger than memory, and a gzip member may be a "bomb" that
inflates a thousandfold. So lines are read one at a time with a length limit (a record longer
than ``max_line`` is reported and skipped, never held whole), and a gzipped file stops with a
clear error once its decompressed size passes ``max_decompressed``.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from timecheck.errors import InputError

# A news record is a few kilobytes; 32 MiB is far past any real one and still fits in memory.
MAX_LINE_BYTES = 32 * 1024 * 1024
# Archives of millions of articles decompress to tens of gigabytes; past this, suspect a bomb.
MAX_DECOMPRESSED_BYTES = 64 * 1024**3
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one input may hold: bytes per line, and decompressed bytes per gzipped file."""

    max_line: int = MAX_LINE_BYTES
    max_decompressed: int = MAX_DECOMPRESSED_BYTES


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: its 1-based number, its bytes (no line ending), and the file position after it."""

    number: int
    data: bytes
    position: int


def is_gzip_path(path: str) -> bool:
    """Return True for ``.gz`` paths (``archive.jsonl.gz``)."""
    return path.lower().endswith(".gz")


def iter_lines(handle: BinaryIO, path: str, *, gzipped: bool, limits: Limits = Limits(),
               position: BinaryIO | None = None) -> Iterator[Line | InputError]:
    """Yield the non-blank lines of ``handle`` (decompressing gzip); problems become InputErrors.

    ``position`` is the raw (compressed) stream whose ``tell()`` measures progress; it defaults
    to ``handle``. After an unreadable gzip stream or the decompressed cap, nothing more is read.
    """
    meter = position if position is not None else handle
    stream: BinaryIO | gzip.GzipFile = gzip.GzipFile(fileobj=handle, mode="rb") if gzipped else handle
    number = 0
    total = 0
    try:
        while True:
            chunk = stream.readline(limits.max_line + 1)
            if not chunk:
                return
            number += 1
            total += len(chunk)
            if len(chunk) > limits.max_line and not chunk.endswith(b"\n"):
                skipped = _skip_rest_of_line(stream, limits.max_line)
                total += skipped
                yield InputError(path, number, f"line longer than {limits.max_line} bytes "
                                 f"({len(chunk) + skipped} or more): record skipped")
            elif chunk.strip():
                yield Line(number, chunk.rstrip(b"\r\n"), _tell(meter))
            if gzipped and total > limits.max_decompressed:
                yield InputError(path, number + 1, f"gzip: decompressed size passes the limit of "
                                 f"{limits.max_decompressed} bytes after line {number}; the rest is not "
                                 "read (a gzip bomb, or raise the limit)")
                return
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        reason = "the compressed data ends early (truncated file)" if isinstance(exc, EOFError) else str(exc)
        yield InputError(path, number + 1, f"gzip: {reason}; the rest of the file is unreadable")
    finally:
        if gzipped:
            stream.close()


def _skip_rest_of_line(stream: BinaryIO | gzip.GzipFile, limit: int) -> int:
    skipped = 0
    while True:
        piece = stream.readline(limit)
        skipped += len(piece)
        if not piece or piece.endswith(b"\n"):
            return skipped


def _tell(handle: BinaryIO) -> int:
    try:
        return handle.tell()
    except (OSError, ValueError):
        return 0
