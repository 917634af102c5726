"""Each corpus article gives exactly its reviewed expected output (``tests/regenerate_corpus.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus_output import ARTICLE_SUFFIXES, ROOT, expected_path, observed

ARTICLES = sorted(p for p in (ROOT / "corpus").iterdir()
                  if p.suffix in ARTICLE_SUFFIXES and not p.name.endswith(".expected.json"))


def test_corpus_is_not_empty() -> None:
    assert len(ARTICLES) >= 5


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_corpus_article(article: Path) -> None:
    path = expected_path(article)
    assert path.is_file(), f"{path.name} is missing: run python tests/regenerate_corpus.py and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert observed(article) == expected
