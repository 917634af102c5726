"""Run the service with uvicorn: on the options' address, or on sockets a caller already bound."""

from __future__ import annotations

import socket

import uvicorn

from timecheck.serve.app import Service
from timecheck.serve.options import ServeOptions

# A backstop under the service's own JSON 503 (``max_pending``): past this many open
# connections and tasks, uvicorn itself answers a plain 503.
MAX_CONNECTIONS = 1024


def make_server(service: Service, *, log_level: str = "info", access_log: bool = True) -> uvicorn.Server:
    """Return an uvicorn server for ``service`` (not started)."""
    options = service.options
    config = uvicorn.Config(
        service.app(), host=options.host, port=options.port, log_level=log_level, access_log=access_log,
        lifespan="on", proxy_headers=False, server_header=False, limit_concurrency=MAX_CONNECTIONS,
        timeout_keep_alive=5, timeout_graceful_shutdown=int(options.timeout) + 1,
    )
    return uvicorn.Server(config)


def serve(options: ServeOptions, *, sockets: list[socket.socket] | None = None) -> bool:
    """Serve until interrupted; return False when the server could not start (port taken, say)."""
    server = make_server(Service(options))
    server.run(sockets=sockets)
    return server.started
