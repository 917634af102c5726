"""Servers for the service tests: uvicorn in a thread on an ephemeral loopback port, and a client.

Each server is the real stack (uvicorn, starlette, worker processes); only the socket is bound
here, to 127.0.0.1:0, so tests never collide on a port.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

import pytest
import uvicorn

from timecheck.serve.app import Service
from timecheck.serve.options import ServeOptions
from timecheck.serve.server import make_server

TOKEN = "test-token-0123456789abcdef"
# How long a server may take to start its workers before the test fails (not a timing assert:
# a generous bound so a broken start fails instead of hanging).
START_DEADLINE = 120.0


@dataclass(frozen=True)
class Reply:
    """One HTTP answer."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        """Return the body parsed as JSON."""
        return json.loads(self.body)

    @property
    def error(self) -> dict[str, Any]:
        """Return the ``error`` object of a refusal."""
        data = self.json()
        assert set(data) == {"error"}, data
        error: dict[str, Any] = data["error"]
        assert error["status"] == self.status
        return error


@dataclass
class Running:
    """A started server and a small client for it."""

    service: Service
    server: uvicorn.Server
    thread: threading.Thread
    port: int

    @property
    def url(self) -> str:
        """Return the base URL, with a trailing slash."""
        return f"http://127.0.0.1:{self.port}/"

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: Mapping[str, str] | None = None) -> Reply:
        """Send one request on a new connection and return the answer."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=dict(headers or {}))
            response = connection.getresponse()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
        finally:
            connection.close()

    def post(self, path: str, data: object, headers: Mapping[str, str] | None = None) -> Reply:
        """POST ``data`` as JSON."""
        return self.request("POST", path, json.dumps(data).encode("utf-8"),
                            {"Content-Type": "application/json", **(headers or {})})

    def stop(self) -> None:
        """Stop the server and its workers."""
        self.server.should_exit = True
        self.thread.join(timeout=60)
        assert not self.thread.is_alive(), "the server did not stop"


def start_server(options: ServeOptions) -> Running:
    """Start a server for ``options`` on an ephemeral loopback port and wait until it answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    service = Service(replace(options, host="127.0.0.1", port=port))
    server = make_server(service, log_level="warning", access_log=False)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="timecheck-test-server",
                              daemon=True)
    thread.start()
    deadline = time.monotonic() + START_DEADLINE
    while not server.started:
        assert thread.is_alive(), "the server stopped while starting (see the log)"
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    return Running(service, server, thread, port)


@pytest.fixture(scope="session")
def server() -> Iterator[Running]:
    """The service with its default limits, no token, two workers."""
    running = start_server(ServeOptions(workers=2))
    yield running
    running.stop()


@pytest.fixture(scope="session")
def guarded() -> Iterator[Running]:
    """The service with a bearer token."""
    running = start_server(ServeOptions(workers=1, token=TOKEN))
    yield running
    running.stop()


@pytest.fixture(scope="session")
def strict() -> Iterator[Running]:
    """One worker, 0.3 s per request, 4 MB bodies: for the time limits."""
    running = start_server(ServeOptions(workers=1, timeout=0.3, max_body=4 * 1024 * 1024))
    yield running
    running.stop()
