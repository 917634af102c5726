"""Read the JSON body of ``POST /v1/check`` and ``/v1/extract`` into an ``ArticleRequest``.

Everything a client can get wrong becomes a ``RequestError`` with its HTTP status: 400 for a
body that is not JSON we accept (undecodable, malformed, nested deeper than any request needs),
422 for JSON that is not a valid request (unknown or missing keys, wrong types).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from timecheck.errors import TimecheckError

# One of these carries the article; the rest are optional strings, except ``config``.
KINDS = ("text", "html", "markdown")
STRINGS = ("published", "updated", "url", "anchor", "now", "id")
KEYS = (*KINDS, *STRINGS, "config")
# A request is an object holding a config table of tables (``rules.TC102.max-gap-days``):
# four levels. Anything much deeper is an attack on the parser, not a request.
MAX_DEPTH = 16


class RequestError(TimecheckError):
    """A request the service refuses: its HTTP status, a short machine-readable type and why."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message


@dataclass(frozen=True, slots=True)
class ArticleRequest:
    """One article to check or extract, as the client sent it.

    ``kind`` is how ``source`` is read (text, html or markdown). ``published`` and ``updated``
    are the CMS's own dates, which weigh like a record's fields. ``config`` is a table shaped
    like ``[tool.timecheck]``, checked later with the same unknown-key errors as a file.
    """

    kind: str
    source: str
    doc_id: str = "article"
    url: str = ""
    published: str | None = None
    updated: str | None = None
    anchor: str | None = None
    now: str | None = None
    config: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))


def parse_body(body: bytes) -> ArticleRequest:
    """Decode and check a request body.

    Raises:
        RequestError: 400 when the body is not acceptable JSON, 422 when it is not a request.
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RequestError(400, "invalid_json", f"the body is not UTF-8 (byte {exc.start})") from exc
    try:
        value: object = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise RequestError(400, "invalid_json",
                           f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    except RecursionError as exc:  # the C decoder's own guard against deep nesting
        raise RequestError(400, "invalid_json", f"JSON nested deeper than {MAX_DEPTH} levels") from exc
    except ValueError as exc:  # NaN and Infinity, refused by _reject_constant
        raise RequestError(400, "invalid_json", f"malformed JSON: {exc}") from exc
    if _depth(value) > MAX_DEPTH:
        raise RequestError(400, "invalid_json", f"JSON nested deeper than {MAX_DEPTH} levels")
    return _request(value)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _depth(value: object) -> int:
    """Return how deeply ``value`` nests, without recursion (a loop over a work list)."""
    deepest = 0
    pending: list[tuple[object, int]] = [(value, 1)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            return level
        pending.extend((child, level + 1) for child in children)
    return deepest


def _request(value: object) -> ArticleRequest:
    if not isinstance(value, dict):
        raise RequestError(422, "invalid_request", f"the body must be a JSON object, not a JSON {_kind(value)}")
    unknown = [key for key in value if key not in KEYS]
    if unknown:
        raise RequestError(422, "invalid_request", f"unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    given = [kind for kind in KINDS if kind in value]
    if len(given) != 1:
        what = "none" if not given else " and ".join(repr(kind) for kind in given)
        raise RequestError(422, "invalid_request",
                           f"give the article as exactly one of 'text', 'html' or 'markdown' (got {what})")
    kind = given[0]
    source = _string(value, kind)
    strings: dict[str, str | None] = {key: _string(value, key) if value.get(key) is not None else None
                                      for key in STRINGS}
    config = value.get("config", {})
    if not isinstance(config, dict):
        raise RequestError(422, "invalid_request",
                           f"'config' must be an object shaped like [tool.timecheck], not a JSON {_kind(config)}")
    return ArticleRequest(
        kind=kind, source=source, doc_id=strings["id"] or "article", url=strings["url"] or "",
        published=strings["published"], updated=strings["updated"], anchor=strings["anchor"],
        now=strings["now"], config=MappingProxyType(config),
    )


def _string(value: dict[str, object], key: str) -> str:
    item = value[key]
    if not isinstance(item, str):
        raise RequestError(422, "invalid_request", f"{key!r} must be a string, not a JSON {_kind(item)}")
    try:
        item.encode("utf-8")
    except UnicodeEncodeError as exc:  # "\ud800" is valid JSON but no text
        raise RequestError(422, "invalid_request",
                           f"{key!r} holds an unpaired surrogate at character {exc.start}") from exc
    return item


def _kind(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
