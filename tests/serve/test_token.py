"""The bearer token: required off loopback (the service refuses to start without one), enforced when set."""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from timecheck.errors import ConfigError
from timecheck.serve.command import options_from_args
from timecheck.serve.options import TOKEN_VARIABLE, choose_token, is_loopback
from tests.conftest import Run, interruptible
from tests.serve.conftest import TOKEN, Running

CLI = Callable[..., Run]
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.8.0.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("LOCALHOST", True), ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("10.0.0.1", False),
    ("news.example.com", False), ("", False),
])
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_public_address_without_token_refuses_to_start(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_VARIABLE, raising=False)
    run = cli("serve", "--host", "0.0.0.0", "--port", "0")
    assert run.status == 2
    assert "not a loopback address" in run.err and TOKEN_VARIABLE in run.err
    assert "serving" not in run.err


def test_token_comes_from_the_option_or_the_environment() -> None:
    assert choose_token(None, {TOKEN_VARIABLE: TOKEN}, "0.0.0.0") == TOKEN
    assert choose_token(TOKEN + "x", {TOKEN_VARIABLE: TOKEN}, "0.0.0.0") == TOKEN + "x"
    assert choose_token(None, {}, "127.0.0.1") is None
    assert choose_token(None, {TOKEN_VARIABLE: ""}, "127.0.0.1") is None
    with pytest.raises(ConfigError, match="not a loopback"):
        choose_token(None, {TOKEN_VARIABLE: ""}, "10.1.2.3")
    with pytest.raises(ConfigError, match="at least 16"):
        choose_token("short", {}, "0.0.0.0")


def test_public_address_with_token_makes_a_guarded_service() -> None:
    args = argparse.Namespace(host="0.0.0.0", port=8750, token=None, workers=1, max_body=1024, timeout=1.0,
                              max_pending=4, config=[])
    options = options_from_args(args, {TOKEN_VARIABLE: TOKEN})
    assert (options.host, options.token) == ("0.0.0.0", TOKEN)


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token-0123456789", f"Basic {TOKEN}", TOKEN,
                                           f"Bearer {TOKEN}x", "Bearer "])
def test_guarded_service_refuses_without_the_right_token(guarded: Running, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    for method, path, body in (("POST", "/v1/check", {"text": "It ended yesterday."}),
                               ("POST", "/v1/extract", {"text": "It ended yesterday."}),
                               ("GET", "/v1/rules", None)):
        reply = guarded.post(path, body, headers) if method == "POST" else guarded.request(method, path, None, headers)
        assert reply.status == 401, (path, reply.body)
        assert reply.error["type"] == "unauthorized"
        assert reply.headers["www-authenticate"].startswith("Bearer")


def test_guarded_service_answers_with_the_token(guarded: Running) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    reply = guarded.post("/v1/check", {"text": "Published 15 September 2011\nIt ended yesterday."}, headers)
    assert reply.status == 200, reply.body
    assert guarded.post("/v1/extract", {"text": "yesterday", "anchor": "2011-09-15"}, headers).status == 200
    assert guarded.request("GET", "/v1/rules", None, headers).status == 200
    # Health and the page hold no data: open, so a load balancer and a browser can reach them.
    assert guarded.request("GET", "/healthz").json()["auth"] == "bearer"
    assert guarded.request("GET", "/").status == 200
    # The token is checked before the body is even read.
    assert guarded.request("POST", "/v1/check", b"not json", {"Content-Type": "text/plain"}).status == 401


def test_serve_command_runs_and_stops_on_interrupt(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), TOKEN_VARIABLE: ""}
    process = subprocess.Popen([sys.executable, "-m", "timecheck", "serve", "--port", "0", "--workers", "1"],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=interruptible)
    try:
        assert process.stderr is not None
        port = None
        lines: list[str] = []
        deadline = time.monotonic() + 120
        while port is None and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            lines.append(line)
            found = re.search(r"Uvicorn running on http://127\.0\.0\.1:(\d+)", line)
            port = int(found.group(1)) if found else None
        assert port, "".join(lines)
        assert "serving http://127.0.0.1:" in lines[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=30) as response:
            assert response.status == 200
        # The workers, not multiprocessing's resource tracker (which exits on its own, later).
        workers = [pid for pid in _children(process.pid)
                   if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        assert workers, "the worker processes run as children of the server"
    finally:
        process.send_signal(signal.SIGINT)  # as Ctrl-C
        status = process.wait(timeout=60)
    # uvicorn shuts down in order, then re-raises the signal so the shell sees a Ctrl-C exit.
    assert status == -signal.SIGINT
    rest = process.stderr.read()
    assert "Application shutdown complete" in rest, rest
    assert not [pid for pid in workers if _running(pid)], "the server stopped its workers before it exited"


def _running(pid: int) -> bool:
    """Return whether ``pid`` is a live process (an exited one may linger as a zombie of init)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] not in ("Z", "X")


def _children(pid: int) -> list[int]:
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children.extend(int(child) for child in (task / "children").read_text().split())
    return children
