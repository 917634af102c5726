"""The HTTP layer over the worker pool: routes, the bearer token, body limits, JSON errors.

Every refusal is ``{"error": {"status", "type", "message"}}`` with its status, never a stack
trace: 400 body is not acceptable JSON, 401 missing or wrong token, 404/405 no such route or
method, 408 body not received in time, 413 body over the limit, 415 not ``application/json``,
422 not a valid request, 500 a worker stopped, 503 the article took too long to check, or too many
articles are waiting already.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timezone

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from timecheck import __version__
from timecheck.serve.analysis import Answer, Job, encode, error_answer
from timecheck.serve.options import ServeOptions
from timecheck.serve.page import build_page
from timecheck.serve.payload import rules_payload
from timecheck.serve.request import RequestError
from timecheck.serve.workers import PoolBusy, WorkerPool

log = logging.getLogger("timecheck.serve")

JSON = "application/json"
# Refusals sent before the body was read: the connection is closed after them rather than
# drained, so a client cannot make the server swallow an endless upload.
_CLOSE_AFTER = frozenset({401, 408, 413, 415, 503})
_ERROR_TYPES = {404: "not_found", 405: "method_not_allowed"}


class Service:
    """The routes of ``timecheck serve``, bound to its options and worker pool."""

    def __init__(self, options: ServeOptions, pool: WorkerPool | None = None) -> None:
        self.options = options
        self.pool = pool or WorkerPool(options.workers, timeout=options.timeout,
                                       queue_timeout=options.queue_timeout, config=options.config, cwd=options.cwd)
        self.page = build_page(None, title="timecheck")
        self.rules = encode({"rules": rules_payload()})
        self.pending = 0  # article requests in flight; only the event loop's thread touches it

    def app(self) -> ASGIApp:
        """Return the ASGI application."""
        routes = [
            Route("/", self.index, methods=["GET"]),
            Route("/healthz", self.health, methods=["GET"]),
            Route("/v1/rules", self.list_rules, methods=["GET"]),
            Route("/v1/check", self.check, methods=["POST"]),
            Route("/v1/extract", self.extract, methods=["POST"]),
        ]
        app = Starlette(routes=routes, lifespan=self._lifespan, exception_handlers={
            RequestError: _refusal, HTTPException: _http_error, Exception: _internal_error,
        })
        return _Headers(app)

    @asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(self.pool.start)
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(self.pool.close)

    async def index(self, request: Request) -> Response:
        """Serve the editor's page."""
        return Response(self.page.html, media_type="text/html; charset=utf-8", headers={
            "Content-Security-Policy": self.page.policy + "; frame-ancestors 'none'",
            "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache",
        })

    async def health(self, request: Request) -> Response:
        """Say whether the service can check articles (503 with no live worker), and if it wants a token."""
        workers = len(self.pool.pids())
        return _json(encode({"status": "ok" if workers else "unavailable", "version": __version__,
                             "workers": workers, "auth": "bearer" if self.options.token else "none"}),
                     200 if workers else 503)

    async def list_rules(self, request: Request) -> Response:
        """List the rules with their documentation."""
        self._authorize(request)
        return _json(self.rules)

    async def check(self, request: Request) -> Response:
        """Check one article: findings, chosen stamps, expressions."""
        return await self._article(request, "check")

    async def extract(self, request: Request) -> Response:
        """Find and resolve one article's expressions, without running the rules."""
        return await self._article(request, "extract")

    async def _article(self, request: Request, endpoint: str) -> Response:
        self._authorize(request)
        _require_json(request)
        if self.pending >= self.options.max_pending:
            raise RequestError(503, "busy", f"the service is busy: {self.pending} articles are waiting; retry later")
        self.pending += 1
        try:
            body = await self._body(request)
            job = Job(endpoint, body, datetime.now(timezone.utc))  # the clock is read here, at the edge
            try:
                answer: Answer = await anyio.to_thread.run_sync(self.pool.exchange, job)
            except PoolBusy as exc:
                answer = error_answer(503, "busy", f"the service is busy: {exc}")
        finally:
            self.pending -= 1
        return _json(answer.body, answer.status)

    def _authorize(self, request: Request) -> None:
        if self.options.token is None:
            return
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        # Compared in constant time, so the answer's timing says nothing about the token.
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self.options.token.encode()):
            raise RequestError(401, "unauthorized", "a bearer token is required: Authorization: Bearer TOKEN")

    async def _body(self, request: Request) -> bytes:
        limit = self.options.max_body
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _drain(request)
            raise RequestError(413, "body_too_large", f"the body is {declared} bytes; the limit is {limit}")
        chunks: list[bytes] = []
        size = 0
        try:
            with anyio.fail_after(self.options.timeout):
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > limit:
                        await _drain(request)
                        raise RequestError(413, "body_too_large", f"the body is over the limit of {limit} bytes")
                    chunks.append(chunk)
        except TimeoutError as exc:
            raise RequestError(408, "body_timeout",
                               f"the body did not arrive within {self.options.timeout:g} s") from exc
        except ClientDisconnect as exc:
            raise RequestError(400, "client_disconnected", "the client went away before sending the body") from exc
        return b"".join(chunks)


# How much of a refused body is read and dropped before the refusal, and for how long at most.
# Closing a connection whose upload is still arriving makes the system reset it, and a reset can
# drop the refusal before the client reads it; reading on a while first lets the answer arrive
# (what web servers call a lingering close). A client that keeps sending past these is cut off.
_DRAIN_BYTES = 64 * 1024 * 1024
_DRAIN_SECONDS = 2.0


async def _drain(request: Request) -> None:
    """Read and drop what is left of a refused body, within _DRAIN_BYTES and _DRAIN_SECONDS.

    It reads the connection's messages directly, so it serves both before the body was read and
    in the middle of ``request.stream()``.
    """
    drained = 0
    with anyio.move_on_after(_DRAIN_SECONDS):
        try:
            while drained <= _DRAIN_BYTES:
                message = await request.receive()
                if message["type"] != "http.request":
                    return
                drained += len(message.get("body", b""))
                if not message.get("more_body", False):
                    return
        except ClientDisconnect:
            return


def _require_json(request: Request) -> None:
    value = request.headers.get("content-type", "")
    media, _, parameters = value.partition(";")
    charset = ""
    for parameter in parameters.split(";"):
        key, _, item = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = item.strip().strip('"').lower()
    if media.strip().lower() != JSON or charset not in ("", "utf-8", "utf8"):
        shown = value[:60] or "none"
        raise RequestError(415, "unsupported_media_type", f"send the article as {JSON} in UTF-8 (got {shown})")


def _json(body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(body, status_code=status, media_type=JSON, headers={"Cache-Control": "no-store", **(headers or {})})


def _error(status: int, kind: str, message: str, headers: dict[str, str] | None = None) -> Response:
    extra = dict(headers or {})
    if status in _CLOSE_AFTER:
        extra["Connection"] = "close"
    if status == 401:
        extra["WWW-Authenticate"] = 'Bearer realm="timecheck"'
    return _json(error_answer(status, kind, message).body, status, extra)


async def _refusal(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestError)
    return _error(exc.status, exc.kind, exc.message)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    kind = _ERROR_TYPES.get(exc.status_code, "http_error")
    headers = dict(exc.headers or {})
    return _error(exc.status_code, kind, f"{request.method} {request.url.path}: {exc.detail}", headers)


async def _internal_error(request: Request, exc: Exception) -> Response:
    # Starlette logs the traceback after this answer; the client gets one line.
    return _error(500, "internal_error", "internal error; the server log has the details")


class _Headers:
    """Add the headers every answer carries (``nosniff``: a JSON answer is never run as a page)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"x-content-type-options", b"nosniff")]
            await send(message)

        await self.app(scope, receive, send_with_headers)
