"""Rewrite every ``corpus/*.expected.json`` from the current output; review the diff before committing.

    python tests/regenerate_corpus.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus_output import ARTICLE_SUFFIXES, expected_path, observed  # noqa: E402


def main() -> int:
    """Write the expected output of every corpus article."""
    for article in sorted((ROOT / "corpus").iterdir()):
        if article.suffix in ARTICLE_SUFFIXES and not article.name.endswith(".expected.json"):
            data = observed(article)
            expected_path(article).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"wrote {expected_path(article).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
