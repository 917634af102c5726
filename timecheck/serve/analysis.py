"""Answer one API request with the library: read the article, run the engine, build the payload.

This is all a worker process does; it knows nothing of HTTP beyond the status it returns.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import datetime

from timecheck.api import to_moment
from timecheck.config import settings_from_table
from timecheck.engine import run
from timecheck.errors import ConfigError
from timecheck.model import Document, Moment, Stamp, StampKind, StampSource
from timecheck.readers.html import document_from_html
from timecheck.readers.markdown import document_from_markdown
from timecheck.readers.text import document_from_text
from timecheck.serve.payload import document_payload
from timecheck.serve.request import ArticleRequest, RequestError, parse_body
from timecheck.settings import Settings
from timecheck.stamps.parse import read_stamp
from timecheck.stamps.urls import url_stamps

log = logging.getLogger("timecheck.serve")

@dataclass(frozen=True, slots=True)
class Job:
    """One request for a worker: the endpoint, the raw body, and the time it arrived."""

    endpoint: str
    body: bytes
    now: datetime


@dataclass(frozen=True, slots=True)
class Answer:
    """A worker's reply: the HTTP status and the JSON body, already encoded."""

    status: int
    body: bytes


def respond(job: Job, *, settings: Settings) -> Answer:
    """Parse, check and answer one request; a refused request becomes its error answer."""
    try:
        request = parse_body(job.body)
        data = answer(request, endpoint=job.endpoint, base=settings, now=job.now)
    except RequestError as exc:
        return error_answer(exc.status, exc.kind, exc.message)
    return Answer(200, encode(data))


def answer(request: ArticleRequest, *, endpoint: str, base: Settings, now: datetime) -> dict[str, object]:
    """Return the payload of ``check`` (with findings) or ``extract`` for one article.

    Raises:
        RequestError: 422 for a config table, anchor, date or rule selection that is not valid;
            500 when the engine could not analyse the article.
    """
    settings = request_settings(request, base)
    if request.now is not None:
        now = _moment(request.now, "now", settings).value
    document = request_document(request, settings)
    checking = endpoint == "check"
    try:
        report = run([document], settings=settings, now=now, check_rules=checking)
    except ConfigError as exc:  # an unknown code in select/ignore is only seen when rules are chosen
        raise RequestError(422, "invalid_config", f"config: {exc}") from exc
    if report.problems:
        # The engine turned a crash into an input error and logged the traceback; the client
        # gets the one line, never the trace.
        raise RequestError(500, "internal_error", report.problems[0].reason)
    return document_payload(report.results[0], findings=checking)


def request_settings(request: ArticleRequest, base: Settings) -> Settings:
    """Apply the request's ``config`` table and ``anchor`` over the service's settings.

    Raises:
        RequestError: 422 naming the unknown or wrong key, exactly as a config file would.
    """
    try:
        settings = settings_from_table(request.config, "config", base)
    except ConfigError as exc:
        raise RequestError(422, "invalid_config", str(exc)) from exc
    if request.anchor is not None:
        settings = replace(settings, anchor=_moment(request.anchor, "anchor", settings))
    return settings


def request_document(request: ArticleRequest, settings: Settings) -> Document:
    """Read the article with the reader of its kind, then add the CMS's own dates and URL."""
    name = request.doc_id
    if request.kind == "html":
        document = document_from_html(request.source, path=name, doc_id=name, settings=settings, url=request.url)
    elif request.kind == "markdown":
        document = document_from_markdown(request.source, path=name, doc_id=name, settings=settings)
    else:
        document = document_from_text(request.source, path=name, doc_id=name, settings=settings)
    stamps = list(document.stamps)
    if request.url and request.kind != "html":  # the HTML reader reads the URL's date itself
        stamps.extend(url_stamps(request.url))
    for role, raw, kind in (("published", request.published, StampKind.PUBLISHED),
                            ("updated", request.updated, StampKind.UPDATED)):
        if raw is not None:
            stamps.append(_request_stamp(role, raw, kind, settings))
    return replace(document, stamps=tuple(stamps), url=request.url or document.url)


def _request_stamp(role: str, raw: str, kind: StampKind, settings: Settings) -> Stamp:
    # The CMS's own field is asserted, like a record's field (stamps/choose.py, rule 1): it
    # outranks whatever the page prints. One that cannot be read stays, with its problem, so
    # TC109 reports it like any unreadable stamp.
    reading = read_stamp(raw, zones=settings.zones, default_zone=settings.default_zone, dayfirst=settings.dayfirst)
    problem = reading.problem
    trailing = raw[reading.end:].strip()
    if reading.moment is not None and trailing:
        problem = f"unexpected text after the date: {trailing[:40]!r}"
    return Stamp(kind, StampSource.RECORD, raw, reading.moment if not problem else None,
                 selector=f"field {role!r}", zone_name=reading.zone_name, problem=problem)


def _moment(raw: str, key: str, settings: Settings) -> Moment:
    try:
        return to_moment(raw, default_zone=settings.default_zone)
    except ValueError as exc:
        raise RequestError(422, "invalid_request", f"{key!r}: {exc}") from exc


def error_answer(status: int, kind: str, message: str) -> Answer:
    """Return the JSON error body every refusal of the service has."""
    return Answer(status, encode({"error": {"status": status, "type": kind, "message": message}}))


def encode(data: object) -> bytes:
    """Encode a payload as UTF-8 JSON."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
