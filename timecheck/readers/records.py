"""Read JSON and JSON Lines records, one article per object (SPEC.md, "Inputs")."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import datetime, timezone

from timecheck.errors import InputError
from timecheck.model import Document, Moment, Precision, Stamp, StampKind, StampSource
from timecheck.readers.decode import Decoded, decode, with_note
from timecheck.readers.html import document_from_html
from timecheck.readers.text import document_from_text
from timecheck.settings import Settings
from timecheck.stamps.parse import read_stamp
from timecheck.textmap import TextMap

Item = Document | InputError


def record_from_line(raw: bytes, path: str, number: int, settings: Settings) -> Item:
    """Turn one non-blank JSON Lines line into a Document, or an InputError saying why not."""
    decoded = decode(raw, path, first_line=number)
    if isinstance(decoded, InputError):
        return decoded
    try:
        value, decoded = _loads(decoded, path, number)
    except json.JSONDecodeError as exc:
        return InputError(path, number, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return InputError(path, number, "invalid JSON: nested too deeply")
    return _noted(record_to_document(value, path=path, line=number, settings=settings), decoded)


# A JSON string may escape half of a surrogate pair ("\ud800"): valid JSON, but not text.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: object) -> object:
    """Replace lone surrogates in every string of a decoded JSON value with U+FFFD."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_surrogates(key): _without_surrogates(item) for key, item in value.items()}
    return value


def _loads(decoded: Decoded, path: str, number: int) -> tuple[object, Decoded]:
    """Parse JSON text; lone surrogate escapes become U+FFFD, with a note saying so."""
    value = json.loads(decoded.text)
    if _SURROGATE_ESCAPE.search(decoded.text):
        cleaned = _without_surrogates(value)
        if cleaned != value:
            note = "lone UTF-16 surrogate escapes (\\udXXX) in JSON strings replaced with U+FFFD"
            return cleaned, replace(decoded, note=decoded.note or note, note_line=decoded.note_line or number)
    return value, decoded


def _noted(item: Item, decoded: Decoded) -> Item:
    return with_note(item, decoded) if isinstance(item, Document) else item


def read_json(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """Yield the documents of a JSON file holding one object or an array of objects."""
    decoded = decode(data, path)
    if isinstance(decoded, InputError):
        yield decoded
        return
    text = decoded.text
    if _SURROGATE_ESCAPE.search(text):
        decoded = replace(decoded, note=decoded.note or "lone UTF-16 surrogate escapes in JSON strings "
                          "replaced with U+FFFD", note_line=decoded.note_line or 1)
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if not text.startswith("[", position):
        try:
            value, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            yield InputError(path, exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})")
            return
        except RecursionError:
            yield InputError(path, 1, "invalid JSON: nested too deeply")
            return
        if _skip_space(text, end) != len(text):
            yield InputError(path, text.count("\n", 0, end) + 1, "invalid JSON: extra data after the object")
            return
        yield _noted(record_to_document(_without_surrogates(value), path=path,
                                        line=text.count("\n", 0, position) + 1, settings=settings), decoded)
        return
    # Walk the array one element at a time so each record keeps its own line number.
    position = _skip_space(text, position + 1)
    while position < len(text) and text[position] != "]":
        line = text.count("\n", 0, position) + 1
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            yield InputError(path, exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})")
            return
        except RecursionError:
            yield InputError(path, line, "invalid JSON: nested too deeply")
            return
        yield _noted(record_to_document(_without_surrogates(value), path=path, line=line, settings=settings),
                     decoded)
        position = _skip_space(text, position)
        if text.startswith(",", position):
            position = _skip_space(text, position + 1)
            if text.startswith("]", position):
                yield InputError(path, text.count("\n", 0, position) + 1, "invalid JSON: trailing comma before ']'")
                return
        elif not text.startswith("]", position):
            yield InputError(path, text.count("\n", 0, position) + 1, "invalid JSON: expected ',' or ']'")
            return


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _field(record: Mapping[str, object], names: tuple[str, ...]) -> tuple[str, object] | None:
    for name in names:
        value = record.get(name)
        if value is not None and value != "":
            return name, value
    return None


def record_to_document(value: object, *, path: str, line: int, settings: Settings) -> Item:
    """Turn one decoded JSON value into a Document (or an InputError naming what is missing)."""
    if not isinstance(value, dict):
        return InputError(path, line, f"record is a JSON {type(value).__name__}, not an object")
    fields = settings.fields
    found_id = _field(value, fields["id"])
    doc_id = str(found_id[1]) if found_id else f"{os.path.basename(path)}:{line}"
    found_text = _field(value, fields["text"])
    found_html = _field(value, fields["html"]) if found_text is None else None
    found_url = _field(value, fields["url"])
    url = str(found_url[1]) if found_url else ""
    if found_text is None and found_html is None:
        tried = ", ".join((*fields["text"], *fields["html"]))
        return InputError(path, line, f"record has no text (tried fields: {tried})", doc_id=doc_id)
    name, text = found_text if found_text is not None else found_html  # type: ignore[misc]
    if not isinstance(text, str):
        return InputError(path, line, f"field {name!r} is a JSON {type(text).__name__}, not a string",
                          doc_id=doc_id)
    if found_html is not None:
        # A record that carries a page is read as that page (SPEC.md, "Inputs"); positions map
        # to the record's line, the page's own lines not being lines of this file.
        document = document_from_html(text, path=path, doc_id=doc_id, settings=settings, url=url,
                                      record_line=line)
    else:
        document = document_from_text(text, path=path, doc_id=doc_id, settings=settings,
                                      textmap=TextMap.single_line(line))
    stamps = list(document.stamps)
    for role, kind in (("published", StampKind.PUBLISHED), ("updated", StampKind.UPDATED)):
        found = _field(value, fields[role])
        if found is not None:
            stamps.append(_record_stamp(found[0], found[1], kind, settings))
    return replace(document, stamps=tuple(stamps), url=url or document.url)


def _record_stamp(name: str, raw: object, kind: StampKind, settings: Settings) -> Stamp:
    selector = f"field {name!r}"
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        # Epoch seconds (milliseconds when the number is too large to be seconds).
        seconds = raw / 1000 if raw > 10**11 else raw
        try:
            moment = Moment(datetime.fromtimestamp(seconds, tz=timezone.utc), Precision.SECOND, True)
        except (OverflowError, OSError, ValueError):
            return Stamp(kind, StampSource.RECORD, str(raw), None, selector=selector,
                         problem=f"epoch value {raw} is out of range")
        return Stamp(kind, StampSource.RECORD, str(raw), moment, selector=selector)
    if not isinstance(raw, str):
        return Stamp(kind, StampSource.RECORD, json.dumps(raw)[:80], None, selector=selector,
                     problem=f"a JSON {type(raw).__name__} is not a date")
    reading = read_stamp(raw, zones=settings.zones, default_zone=settings.default_zone)
    problem = reading.problem
    trailing = raw[reading.end:].strip()
    if reading.moment is not None and trailing:
        problem = f"unexpected text after the date: {trailing[:40]!r}"
    return Stamp(kind, StampSource.RECORD, raw, reading.moment if not problem else None,
                 selector=selector, zone_name=reading.zone_name, problem=problem)
