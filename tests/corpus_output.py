"""What the corpus test compares: the findings of ``check`` and the expressions of ``extract``."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

from timecheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".md")
# A fixed clock, so rules about the present give the same answer on every run.
NOW = "2026-01-01T00:00Z"


def expected_path(article: Path) -> Path:
    """Return ``corpus/name.expected.json`` for ``corpus/name.txt``."""
    return article.with_name(article.stem + ".expected.json")


def _run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue()


def options_of(article: Path) -> list[str]:
    """Return the extra ``check`` options of an article: ``name.options``, one argument a line.

    Rules that are off by default (TC208) are shown in the corpus this way.
    """
    path = article.with_suffix(".options")
    return path.read_text(encoding="utf-8").split() if path.is_file() else []


def observed(article: Path) -> dict[str, Any]:
    """Run check and extract on one article, with its path relative to the project root."""
    relative = os.path.relpath(article, ROOT)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        status, check_out = _run("check", "--format", "jsonl", "--fail-on", "warning", "--now", NOW,
                                 *options_of(article), relative)
        _, extract_out = _run("extract", "--format", "json", relative)
    finally:
        os.chdir(cwd)
    findings = [json.loads(line) for line in check_out.splitlines()]
    documents = json.loads(extract_out)
    return {
        "check": {
            "exit": status,
            "findings": [{k: f[k] for k in ("code", "line", "column", "message")} for f in findings],
        },
        "extract": [
            {
                "id": doc["id"], "anchor": doc["anchor"], "published": doc["published"], "updated": doc["updated"],
                "timexes": [{k: t[k] for k in ("start", "end", "text", "type", "value")} for t in doc["timexes"]],
            }
            for doc in documents
        ],
    }
