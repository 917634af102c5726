"""``timecheck serve``: the command line of the service (registered by ``timecheck.cli``).

The web framework is an optional extra; without it the command says how to install it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from typing import TextIO

from timecheck.config import resolve
from timecheck.serve.options import (
    DEFAULT_HOST,
    DEFAULT_MAX_BODY,
    DEFAULT_MAX_PENDING,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT,
    TOKEN_VARIABLE,
    ServeOptions,
    choose_token,
)

_UNITS = {"K": 1024, "M": 1024**2}


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``serve`` subcommand to ``subparsers``."""
    parser = subparsers.add_parser(
        "serve", help="serve the JSON API and the annotated page (needs timecheck[serve])",
        description="Serve POST /v1/check, POST /v1/extract, GET /v1/rules, GET /healthz, and at / a page "
                    "where an editor pastes an article and sees every date resolved. Loopback only unless "
                    f"a bearer token is given (--token or ${TOKEN_VARIABLE}).")
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to listen on (default {DEFAULT_HOST}; any other needs a token)")
    parser.add_argument("--port", type=_port, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--token", metavar="TOKEN",
                        help=f"bearer token the API requires (default ${TOKEN_VARIABLE}; prefer the variable: "
                             "a command line is visible to other users)")
    parser.add_argument("--workers", type=_positive, default=os.cpu_count() or 1, metavar="N",
                        help="worker processes that check articles (default: every core)")
    parser.add_argument("--max-body", type=_size, default=DEFAULT_MAX_BODY, metavar="BYTES",
                        help="largest request body accepted, suffixes K and M (default 2M)")
    parser.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"longest time one request may take to arrive, and to check (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--max-pending", type=_positive, default=DEFAULT_MAX_PENDING, metavar="N",
                        help="articles in flight before the service answers 503 busy "
                             f"(default {DEFAULT_MAX_PENDING})")
    parser.add_argument("--config", action="append", default=[], metavar="FILE|KEY=VALUE",
                        help="config file or 'key = value' override, as for check; a request's own "
                             "'config' table applies on top; repeatable")
    return parser


def options_from_args(args: argparse.Namespace, environ: Mapping[str, str]) -> ServeOptions:
    """Turn the arguments into ServeOptions, refusing a non-loopback address without a token.

    Raises:
        ConfigError: no token for a public address, a short token, or a bad ``--config``.
    """
    token = choose_token(args.token, environ, args.host)
    resolve(args.config)  # fail now, once, rather than in every worker
    return ServeOptions(host=args.host, port=args.port, token=token, workers=args.workers,
                        max_body=args.max_body, timeout=args.timeout, max_pending=args.max_pending,
                        config=tuple(args.config), cwd=os.getcwd())


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Serve until interrupted; return the exit status."""
    from timecheck.cli import ExitStatus  # the CLI owns the exit codes

    options = options_from_args(args, os.environ)
    try:
        from timecheck.serve.server import serve
    except ImportError as exc:
        err.write(f"timecheck: serve needs the web server ({exc.name} is missing): "
                  "python3 -m pip install 'timecheck[serve]'\n")
        return ExitStatus.ERROR
    shown = f"[{options.host}]" if ":" in options.host else options.host
    port = options.port or "(a free port, below)"
    err.write(f"timecheck: serving http://{shown}:{port}/ with {options.workers} workers"
              f"{', bearer token required' if options.token else ''}\n")
    return ExitStatus.CLEAN if serve(options) else ExitStatus.ERROR


def _port(value: str) -> int:
    number = _whole(value)
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, got {number}")
    return number


def _positive(value: str) -> int:
    number = _whole(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {number}")
    return number


def _whole(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None


def _size(value: str) -> int:
    text = value.strip().upper().removesuffix("B")
    factor = _UNITS.get(text[-1:], 1)
    number = _whole(text[:-1] if text[-1:] in _UNITS else text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive size, got {value!r}")
    return number * factor


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {value!r}")
    return number
