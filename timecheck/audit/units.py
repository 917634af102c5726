"""Cut the inputs of an audit into units: one per JSON Lines record, one per other file.

A unit is the grain of the checkpoint: it is audited whole, stored whole, and known again on
the next run by its place (path, line) and its content hash. JSON Lines files, plain or
gzipped, are streamed line by line here in the main process; the lines themselves are parsed
in the workers. Problems found while cutting (a missing path, a truncated gzip stream) are
yielded as InputErrors, each standing for the input it spoils.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from timecheck.audit.records import content_digest
from timecheck.errors import InputError
from timecheck.readers import format_of, iter_files
from timecheck.readers.lines import Limits, Line, is_gzip_path, iter_lines
from timecheck.settings import Settings

# Unit kinds besides the whole-file reader names of ``timecheck.readers.READERS``.
RECORD = "record"
STDIN = "<stdin>"
LINE_FORMATS = frozenset({"jsonl", "jsonl-gz"})


@dataclass(frozen=True, slots=True)
class Unit:
    """One piece of input audited as a whole.

    ``kind`` is ``record`` for one JSON Lines line (``line`` is its number), or the reader
    format of a whole file (``line`` is 0). ``position`` is how far into the file (in stored,
    possibly compressed, bytes) the input has been read once this unit is cut: progress.
    """

    path: str
    line: int
    kind: str
    data: bytes
    digest: str
    position: int


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand quoted globs (``'archive/**/*.jsonl.gz'``), then folders, into files, in order."""
    for path in paths:
        if path != "-" and not os.path.exists(path) and glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield InputError(path, 0, "no file matches this pattern")
                continue
            yield from iter_files(matches)
        else:
            yield from iter_files([path])


def file_format(path: str, settings: Settings) -> str:
    """Return the reader format of a file; ``jsonl-gz`` for gzipped JSON Lines."""
    if settings.input_format:
        return settings.input_format
    if is_gzip_path(path):
        return "jsonl-gz"
    return format_of(path, settings)


def iter_units(path: str, settings: Settings, *, limits: Limits = Limits(),
               source: str | None = None) -> Iterator[Unit | InputError]:
    """Yield the units of one input file (``-``: standard input), or the problems in cutting it.

    ``source`` is where to read the file when that differs from the ``path`` to report (an
    absolute path on a cluster worker).
    """
    kind = file_format(path, settings) if path != "-" else (settings.input_format or "text")
    name = STDIN if path == "-" else path
    try:
        handle: BinaryIO = sys.stdin.buffer if path == "-" else open(source or path, "rb")
    except OSError as exc:
        yield InputError(path, 0, f"cannot read: {exc.strerror or exc}")
        return
    try:
        if kind in LINE_FORMATS:
            yield from _line_units(handle, name, gzipped=kind == "jsonl-gz", limits=limits)
            return
        try:
            data = handle.read()
        except OSError as exc:
            yield InputError(name, 0, f"cannot read: {exc.strerror or exc}")
            return
        yield Unit(name, 0, kind, data, content_digest(data), len(data))
    finally:
        if path != "-":
            handle.close()


def _line_units(handle: BinaryIO, path: str, *, gzipped: bool, limits: Limits) -> Iterator[Unit | InputError]:
    seen_any = False
    try:
        for line in iter_lines(handle, path, gzipped=gzipped, limits=limits):
            seen_any = True
            if isinstance(line, Line):
                yield Unit(path, line.number, RECORD, line.data, content_digest(line.data), line.position)
            else:
                yield line
    except OSError as exc:
        yield InputError(path, 0, f"cannot read: {exc.strerror or exc}")
        return
    if not seen_any:
        yield InputError(path, 1, "empty file: no records")
