"""Shared fixtures: paths to the shared dev data and a clean in-process CLI runner."""

from __future__ import annotations

import io
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from timecheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "data" / "seed-article.txt"
TBAQ = SHARED / "data" / "tempeval3" / "tbaq.jsonl"


@dataclass(frozen=True)
class Run:
    """What one in-process CLI run produced."""

    status: int
    out: str
    err: str


@pytest.fixture
def cli() -> Callable[..., Run]:
    """Run ``timecheck`` in-process and capture its output."""

    def invoke(*argv: str) -> Run:
        out, err = io.StringIO(), io.StringIO()
        status = main(list(argv), out=out, err=err)
        return Run(status, out.getvalue(), err.getvalue())

    return invoke


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The motivating article; CI checks it out beside the project as ../shared."""
    assert SEED.is_file(), f"{SEED} is missing: the tests need ../shared beside the project"
    return SEED


def interruptible() -> None:
    """Give a child process Ctrl-C's default meaning (a ``preexec_fn``), whatever the tests' own.

    A shell starts a background job with SIGINT ignored, and its children inherit that; Python
    then leaves it ignored, so a test that interrupts a child would see it carry on.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
