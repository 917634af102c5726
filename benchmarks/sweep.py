"""Show every probe sentence whose values a change moves (a regression sweep).

    python3 benchmarks/sweep.py [--against REV] [--anchors 2026-12-03,2025-04-10] [--show N]

Runs every sentence of ``benchmarks/sentences/*.txt`` (about 27,000 lines of news copy that the
team's probes wrote) through :func:`timecheck.grammar.find_expressions` at each anchor, in this
tree and in the tree of the git revision ``--against`` (default ``HEAD``: the last commit, so the
sweep shows what the uncommitted change does), each in its own process. It prints the lines whose
expressions or values differ, old above new, and how many differ. The sentences carry no expected
values: a reader judges each change. The two anchors are far apart in the year, so that a change
of tense shows in months as well as in weekdays.

Whole articles (``benchmarks/articles/*.txt``: the publication date on the first line, then the
text) run too, each at its own date, as one document: what one sentence names governs the next
("a year earlier", "the end of the month", a clock after a day). They list one line per
expression, named by file and line, with the words before it.

The revision is taken with ``git archive`` into a temporary directory (no worktree is left
behind). Exit status 0 whatever the differences: this is a tool for reading, not a test.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tarfile
import tempfile
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = Path(__file__).resolve().parent / "sentences"
ARTICLES = Path(__file__).resolve().parent / "articles"
DEFAULT_ANCHORS = "2026-12-03,2025-04-10"


def sentences() -> list[str]:
    """The probe sentences, in file order, each once."""
    seen: dict[str, None] = {}
    for path in sorted(SENTENCES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.setdefault(line.strip(), None)
    return list(seen)


def listing(tree: Path, anchors: list[str]) -> list[str]:
    """One line per sentence and anchor: the expressions the grammar of ``tree`` finds."""
    output = subprocess.run(
        [sys.executable, __file__, "--list", str(tree), "--anchors", ",".join(anchors)],
        check=True, capture_output=True, text=True).stdout
    return output.splitlines()


def _list(tree: str, anchors: list[str]) -> None:
    """The child's work: import the grammar from ``tree`` and print the listing."""
    sys.path.insert(0, tree)
    from timecheck.grammar import find_expressions
    from timecheck.model import Moment, Precision

    moments = [Moment(datetime.fromisoformat(day).replace(tzinfo=timezone.utc), Precision.DAY,
                      False) for day in anchors]
    lines = []
    for sentence in sentences():
        for anchor, day in zip(moments, anchors):
            found = "; ".join(
                f"{expression.text!r}={expression.type.value[:3]}:{expression.value}"
                + (f"/{expression.mod}" if expression.mod else "")
                for expression in find_expressions(sentence, anchor=anchor))
            lines.append(f"{day} {sentence} || {found}")
    for name, day, text in articles():
        anchor = Moment(datetime.fromisoformat(day).replace(tzinfo=timezone.utc), Precision.DAY,
                        False)
        for expression in find_expressions(text, anchor=anchor):
            line = text.count("\n", 0, expression.start) + 2  # the date is the file's line 1
            before = " ".join(text[max(0, expression.start - 50):expression.start].split())
            lines.append(f"{name}:{line} {day} ...{before} [{expression.text}] = "
                         f"{expression.type.value[:3]}:{expression.value}"
                         + (f"/{expression.mod}" if expression.mod else ""))
    sys.stdout.write("\n".join(lines) + "\n")


def articles() -> list[tuple[str, str, str]]:
    """The probe articles: (file name, publication date, text), in file order."""
    found = []
    for path in sorted(ARTICLES.glob("*.txt")):
        day, _, text = path.read_text(encoding="utf-8").partition("\n")
        found.append((path.stem, day.strip(), text))
    return found


def revision_tree(revision: str, into: Path) -> Path:
    """Unpack the ``timecheck`` package of ``revision`` under ``into``; return the tree root."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "timecheck"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", default="HEAD", help="git revision to compare with")
    parser.add_argument("--anchors", default=DEFAULT_ANCHORS,
                        help="publication dates, comma-separated")
    parser.add_argument("--show", type=int, default=400,
                        help="print at most this many changed lines (0: only the count)")
    parser.add_argument("--list", metavar="TREE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    anchors = [day.strip() for day in args.anchors.split(",") if day.strip()]
    if args.list:
        _list(args.list, anchors)
        return
    with tempfile.TemporaryDirectory(prefix="timecheck-sweep-") as temporary:
        old = listing(revision_tree(args.against, Path(temporary)), anchors)
    new = listing(ROOT, anchors)
    changed = 0
    shown = 0
    for line in difflib.unified_diff(old, new, lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        if line.startswith("+"):
            changed += 1
        if shown < args.show:
            print(line)
            shown += 1
    print(f"{len(sentences())} sentences at {len(anchors)} anchors and {len(articles())} "
          f"articles; {changed} of {len(new)} lines changed against {args.against}")


if __name__ == "__main__":
    main()
