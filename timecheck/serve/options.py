"""The options of a running service in one frozen object, and the loopback-or-token rule."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass

from timecheck.errors import ConfigError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8750
# An article is tens of kilobytes; a whole HTML page with its scripts rarely passes 1 MB.
DEFAULT_MAX_BODY = 2 * 1024 * 1024
# Seconds one request may spend in a worker (about 2.5 s per MB of text on one core).
DEFAULT_TIMEOUT = 10.0
# Seconds a request may wait for a free worker before the service answers 503.
DEFAULT_QUEUE_TIMEOUT = 30.0
# Article requests in flight (reading, queued or being checked) before the service answers 503
# at once; with the body limit this bounds the memory requests can hold (64 x 2 MB).
DEFAULT_MAX_PENDING = 64
TOKEN_VARIABLE = "TIMECHECK_TOKEN"
MIN_TOKEN_LENGTH = 16


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """How the service listens, whom it answers and how much work one request may ask for.

    ``token`` None means no authentication (allowed on loopback only). ``config`` holds the
    ``--config`` values (a file, or ``key = value`` overrides), read by every worker; a
    request's own ``config`` table applies on top. ``cwd`` is where the nearest config file is
    looked for.
    """

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    token: str | None = None
    workers: int = 2
    max_body: int = DEFAULT_MAX_BODY
    timeout: float = DEFAULT_TIMEOUT
    queue_timeout: float = DEFAULT_QUEUE_TIMEOUT
    max_pending: int = DEFAULT_MAX_PENDING
    config: tuple[str, ...] = ()
    cwd: str | None = None


def is_loopback(host: str) -> bool:
    """Return whether ``host`` only ever reaches this machine (127.0.0.0/8, ::1, localhost).

    A host name other than ``localhost`` may resolve to any address, so it is not loopback;
    neither is ``0.0.0.0`` or ``::``, which bind every interface.
    """
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def choose_token(given: str | None, environ: Mapping[str, str], host: str) -> str | None:
    """Return the bearer token (``--token``, else ``$TIMECHECK_TOKEN``), enforcing the bind rule.

    Raises:
        ConfigError: a non-loopback ``host`` without a token, or a token that is too short.
    """
    token = given if given else environ.get(TOKEN_VARIABLE) or None
    if token is None:
        if not is_loopback(host):
            raise ConfigError(f"--host {host} is not a loopback address: the service needs a bearer token "
                              f"there (--token, or the {TOKEN_VARIABLE} environment variable)")
        return None
    if len(token) < MIN_TOKEN_LENGTH or token.strip() != token:
        raise ConfigError(f"the bearer token must be at least {MIN_TOKEN_LENGTH} characters, without "
                          "surrounding spaces (python3 -c 'import secrets; print(secrets.token_urlsafe(32))')")
    return token
