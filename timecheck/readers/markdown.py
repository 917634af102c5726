"""Read Markdown articles with YAML (``---``) or TOML (``+++``) front matter (Hugo, Jekyll).

The front matter's date keys become FRONT_MATTER stamps positioned at their key's line; the body
after it is the text, mapped line for line to the file. YAML is read with ``yaml.safe_load``
only (no tags, no object construction); TOML with the standard library's ``tomllib``. Front
matter that does not parse is not fatal: its date keys are read line by line (``date: ...``)
and an unreadable stamp names the parse error, so the file still gets a best reading and a
TC109 finding instead of nothing.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timezone
from typing import Any

from timecheck import timeutil
from timecheck.errors import InputError
from timecheck.model import Document, Moment, Precision, Stamp, StampKind, StampSource
from timecheck.readers.decode import decode, with_note
from timecheck.settings import Settings
from timecheck.stamps.metadata import read_value
from timecheck.stamps.visible import find_visible_stamps
from timecheck.suppression import find_suppressions
from timecheck.textmap import TextMap

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

Item = Document | InputError

# Front matter keys (lower case) and what they date: Hugo (date, publishDate, lastmod,
# expiryDate), Jekyll (date, last_modified_at) and common variants.
FRONT_MATTER_KEYS: dict[str, StampKind] = {
    "date": StampKind.PUBLISHED,
    "publishdate": StampKind.PUBLISHED,
    "published": StampKind.PUBLISHED,
    "pubdate": StampKind.PUBLISHED,
    "date_published": StampKind.PUBLISHED,
    "published_at": StampKind.PUBLISHED,
    "created": StampKind.PUBLISHED,
    "lastmod": StampKind.UPDATED,
    "last_modified_at": StampKind.UPDATED,
    "modified": StampKind.UPDATED,
    "updated": StampKind.UPDATED,
    "date_modified": StampKind.UPDATED,
    "updated_at": StampKind.UPDATED,
    "expirydate": StampKind.OTHER,
}
_FENCES = {"---": "yaml", "+++": "toml"}
_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(?P<value>.*?)[ \t]*$")
# A front matter block larger than this is not front matter (and YAML of that size is slow).
_MAX_FRONT_MATTER = 64 * 1024


def read_markdown(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """Yield the one document a Markdown file holds, or the reason it cannot be read."""
    decoded = decode(data, path)
    if isinstance(decoded, InputError):
        yield decoded
        return
    yield with_note(document_from_markdown(decoded.text, path=path, doc_id=path, settings=settings), decoded)


def split_front_matter(text: str) -> tuple[str, str, int, int] | None:
    """Return (format, front matter, its first line, the body's first line) or None without one."""
    lines = text.split("\n")
    fence = lines[0].rstrip("\r").strip() if lines else ""
    kind = _FENCES.get(fence)
    if kind is None:
        return None
    closers = (fence, "...") if fence == "---" else (fence,)
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r").strip() in closers:
            front = "\n".join(lines[1:index])
            return kind, front, 2, index + 2
    return None


def document_from_markdown(text: str, *, path: str, doc_id: str, settings: Settings) -> Document:
    """Build a Document from Markdown: front matter stamps, then the body and its printed stamps."""
    split = split_front_matter(text)
    if split is None:
        body, body_line, stamps = text, 1, []
    else:
        kind, front, front_line, body_line = split
        body = "\n".join(text.split("\n")[body_line - 1:])
        stamps = list(front_matter_stamps(front, kind, first_line=front_line, settings=settings))
    textmap = TextMap.for_text(body, first_line=body_line)
    stamps.extend(find_visible_stamps(body, zones=settings.zones, default_zone=settings.default_zone,
                                      dayfirst=settings.dayfirst))
    return Document(id=doc_id, path=path, text=body, textmap=textmap, stamps=tuple(stamps),
                    suppressions=find_suppressions(text, TextMap.for_text(text)), dayfirst=settings.dayfirst)


def front_matter_stamps(front: str, kind: str, *, first_line: int, settings: Settings) -> Iterator[Stamp]:
    """Yield the date stamps of a front matter block (``kind`` is "yaml" or "toml")."""
    lines = _key_lines(front, first_line)
    if len(front) > _MAX_FRONT_MATTER:
        yield Stamp(StampKind.OTHER, StampSource.FRONT_MATTER, front[:60], None, selector=f"{kind} front matter",
                    problem=f"front matter is larger than {_MAX_FRONT_MATTER // 1024} KiB", position=(first_line, 1))
        return
    data, problem, problem_line = _load(front, kind, first_line)
    if problem:
        # Best reading: the date keys line by line, and a stamp that says why the block failed.
        yield Stamp(StampKind.OTHER, StampSource.FRONT_MATTER, (front.strip().split("\n") or [""])[0][:60], None,
                    selector=f"{kind} front matter", problem=f"front matter is not valid {kind.upper()}: {problem}",
                    position=(problem_line, 1))
        for key, (raw, line) in lines.items():
            role = FRONT_MATTER_KEYS.get(key.lower())
            if role is not None:
                yield _stamp(role, key, raw.strip().strip("'\""), line, settings)
        return
    if not isinstance(data, Mapping):
        return
    for key, value in data.items():
        role = FRONT_MATTER_KEYS.get(str(key).lower())
        if role is None:
            continue
        line = lines.get(str(key), ("", first_line))[1]
        yield _stamp(role, str(key), value, line, settings)


def _load(front: str, kind: str, first_line: int) -> tuple[object, str, int]:
    if kind == "toml":
        try:
            return tomllib.loads(front), "", first_line
        except tomllib.TOMLDecodeError as exc:
            line = getattr(exc, "lineno", None) or _line_in_message(str(exc)) or 1
            return None, str(exc), first_line + line - 1
    import yaml  # type: ignore[import-untyped,unused-ignore]  # only YAML front matter needs it

    try:
        return yaml.load(front, Loader=_text_dates_loader()), "", first_line
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, f"{reason} (line {first_line + line - 1})", first_line + line - 1
    except RecursionError:
        return None, "nested too deeply", first_line
    except (ValueError, OverflowError) as exc:  # a value a constructor rejects (a huge integer, say)
        return None, str(exc), first_line


@functools.lru_cache(maxsize=1)
def _text_dates_loader() -> Any:
    """Return a safe loader that keeps dates as text, so the stamp reader judges them.

    PyYAML's SafeLoader turns ``2019-02-30`` into a ``date`` and raises on impossible ones;
    timecheck wants the raw text, to report an impossible date as TC109 with its line.
    """
    import yaml  # type: ignore[import-untyped,unused-ignore]

    class TextDatesLoader(yaml.SafeLoader):  # type: ignore[misc,name-defined,unused-ignore]
        """SafeLoader without the implicit timestamp resolver."""

    TextDatesLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return TextDatesLoader


def _line_in_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _key_lines(front: str, first_line: int) -> dict[str, tuple[str, int]]:
    """Map each top-level key to (its raw value, its line in the file)."""
    found: dict[str, tuple[str, int]] = {}
    for offset, line in enumerate(front.split("\n")):
        match = _KEY_LINE.match(line)
        if match and match.group("key") not in found:
            found[match.group("key")] = (match.group("value"), first_line + offset)
    return found


def _stamp(kind: StampKind, key: str, value: object, line: int, settings: Settings) -> Stamp:
    selector = f"front matter {key!r}"
    position = (line, 1)
    # YAML and TOML hand over dates and datetimes already typed.
    if isinstance(value, datetime):
        if value.tzinfo is None:
            aware = timeutil.localize(value, timeutil.zone(settings.default_zone))
            moment = Moment(aware, Precision.SECOND if value.second else Precision.MINUTE, False)
        else:
            offset = value.utcoffset()
            aware = value.replace(tzinfo=timezone(offset)) if offset is not None else value
            moment = Moment(aware, Precision.SECOND if value.second else Precision.MINUTE, True)
        return Stamp(kind, StampSource.FRONT_MATTER, value.isoformat(), moment, selector=selector, position=position)
    if isinstance(value, date):
        moment = Moment(datetime.combine(value, time(), tzinfo=timezone.utc), Precision.DAY, False)
        return Stamp(kind, StampSource.FRONT_MATTER, value.isoformat(), moment, selector=selector, position=position)
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        return Stamp(kind, StampSource.FRONT_MATTER, repr(value)[:60], None, selector=selector,
                     problem=f"a {type(value).__name__} is not a date", position=position)
    raw = str(value)
    reading = read_value(raw, zones=settings.zones, default_zone=settings.default_zone, dayfirst=settings.dayfirst)
    return Stamp(kind, StampSource.FRONT_MATTER, raw, reading.moment, selector=selector,
                 zone_name=reading.zone_name, problem=reading.problem, position=position)
