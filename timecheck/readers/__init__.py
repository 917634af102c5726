"""Turn inputs (files, folders, standard input) into Documents, and unreadable ones into InputErrors.

A reader never raises for bad input: it yields an ``InputError`` next to the documents it could
read, so one bad file or line never stops a batch.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator

from timecheck.errors import InputError
from timecheck.model import Document
from timecheck.readers.html import read_html
from timecheck.readers.jsonl import (
    read_jsonl_bytes,
    read_jsonl_file,
    read_jsonl_gz_bytes,
)
from timecheck.readers.markdown import read_markdown
from timecheck.readers.records import read_json
from timecheck.readers.text import read_text
from timecheck.readers.timeml import read_timeml
from timecheck.settings import Settings

Item = Document | InputError
log = logging.getLogger("timecheck")


# Input format name -> reader of a whole file's bytes. Suffixes map onto these names.
READERS: dict[str, Callable[[bytes, str, Settings], Iterator[Item]]] = {
    "text": read_text,
    "json": read_json,
    "jsonl": read_jsonl_bytes,
    "jsonl-gz": read_jsonl_gz_bytes,
    "html": read_html,
    "markdown": read_markdown,
    "timeml": read_timeml,
}
SUFFIXES: dict[str, str] = {".gz": "jsonl-gz", ".txt": "text", ".text": "text", ".json": "json", ".jsonl": "jsonl",
                            ".ndjson": "jsonl", ".html": "html", ".htm": "html", ".md": "markdown",
                            ".markdown": "markdown", ".tml": "timeml", ".timeml": "timeml", ".xml": "timeml"}


def format_of(path: str, settings: Settings) -> str:
    """Return the input format of a path: ``--input-format`` if set, else by suffix, else text."""
    if settings.input_format:
        return settings.input_format
    return SUFFIXES.get(os.path.splitext(path)[1].lower(), "text")


def iter_files(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Expand folders into the files of known suffixes under them (sorted); keep explicit files."""
    for path in paths:
        if path == "-" or os.path.isfile(path):
            yield path
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if os.path.splitext(name)[1].lower() in SUFFIXES and not name.endswith(".expected.json"):
                        yield os.path.join(root, name)
        else:
            yield InputError(path, 0, "no such file or folder")


def read_paths(paths: Iterable[str], settings: Settings) -> Iterator[Item]:
    """Yield every document (or input error) of every path, in order."""
    for path in iter_files(paths):
        if isinstance(path, InputError):
            yield path
            continue
        yield from read_path(path, settings)


def read_path(path: str, settings: Settings) -> Iterator[Item]:
    """Yield the documents of one file (``-`` is standard input); a reader bug ends only that file.

    Readers report bad input as InputError themselves; an exception escaping one is a bug in
    timecheck. Like the engine's per-document boundary, this per-file boundary turns it into an
    InputError (traceback in the log) so the rest of the batch goes on.
    """
    count = 0
    line = 0
    try:
        for item in _read_path(path, settings):
            count += 1
            if isinstance(item, Document):
                line = item.textmap.position(0)[0]
            yield item
    except Exception as exc:  # the per-file boundary, see the docstring
        log.debug("internal error reading %s", path, exc_info=True)
        where = f" after {count} document{'s' if count != 1 else ''}" if count else ""
        yield InputError(path, line, f"internal error while reading{where}: {type(exc).__name__}: {exc}")


def _too_large(path: str, limit: int) -> InputError:
    return InputError(path, 0, f"file is larger than the document size limit of {limit / 2**20:g} MiB "
                               "(max-document-mb); it was not read")


def _read_path(path: str, settings: Settings) -> Iterator[Item]:
    kind = format_of(path, settings) if path != "-" else (settings.input_format or "text")
    limit = settings.max_document_bytes
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            yield _too_large("<stdin>", limit)
            return
        yield from READERS[kind](data, "<stdin>", settings)
        return
    if kind in ("jsonl", "jsonl-gz"):
        # Streamed line by line, each line capped: a JSON Lines archive may be far larger than memory.
        yield from read_jsonl_file(path, settings, gzipped=kind == "jsonl-gz")
        return
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        yield InputError(path, 0, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > limit:
        yield _too_large(path, limit)
        return
    yield from READERS[kind](data, path, settings)
