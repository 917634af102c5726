"""Score the grammar on the probe articles that carry a hand-written gold (held-out style data).

    python3 benchmarks/goldscore.py [--against REV] [--misses] [PREFIX ...]

Each gold file ``benchmarks/gold/<article>.tsv`` belongs to ``benchmarks/articles/<article>.txt``
and has one line per expression a probe's annotator wrote before running the tool (and corrected
after judging each difference by hand): ``LINE<TAB>TEXT<TAB>TYPE<TAB>VALUE``, the line counted
with the publication date as line 1. An expression counts as right when the grammar finds one on
the same line whose text overlaps it (one holds the other, ignoring case) with the same value
(a midnight written as the end of one day, ``T24:00``, or as the start of the next, ``T00:00``,
is one value): a value measure, lenient about span, as these golds were written for values.

The annotators wrote their golds without seeing the grammar's output, so a probe no rule has
been written from yet measures what held-out text gets better than TempEval-3's dev figures do;
once rules come from a probe it is dev data like the rest (the commit that adds a probe names the
tree it was written on). It prints the gold count and how many are right for each article prefix (a genre) and in all;
``--against REV`` prints the same for the grammar of a git revision beside it, ``--misses`` every
expression the grammar gets wrong. Exit status 0: a tool for reading.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sweep import revision_tree

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "gold"
ARTICLES = Path(__file__).resolve().parent / "articles"

# (article, line, text, type, value)
Gold = tuple[str, int, str, str, str]


def golds(prefixes: list[str]) -> list[Gold]:
    """The gold expressions of the articles whose names begin with one of ``prefixes`` (all
    articles with a gold when there are none)."""
    found = []
    for path in sorted(GOLD.glob("*.tsv")):
        if prefixes and not path.stem.startswith(tuple(prefixes)):
            continue
        for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            fields = row.split("\t")
            if not row.strip():
                continue
            if len(fields) < 4 or not fields[0].strip().isdigit():
                raise SystemExit(f"{path}:{number}: expected LINE<TAB>TEXT<TAB>TYPE<TAB>VALUE")
            found.append((path.stem, int(fields[0]), fields[1], fields[2].strip(),
                          fields[3].strip()))
    return found


def listing(tree: Path, names: list[str]) -> list[str]:
    """What the grammar of ``tree`` finds in the articles ``names``: one tab-separated line per
    expression (article, line, text, value), from a child process that imports ``tree``."""
    return subprocess.run([sys.executable, __file__, "--list", str(tree), *names], check=True,
                          capture_output=True, text=True).stdout.splitlines()


def _list(tree: str, names: list[str]) -> None:
    """The child's work: import the grammar from ``tree`` and print the listing."""
    sys.path.insert(0, tree)
    from timecheck.grammar import find_expressions
    from timecheck.model import Moment, Precision

    for name in names:
        day, _, text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
        anchor = Moment(datetime.fromisoformat(day.strip()).replace(tzinfo=timezone.utc),
                        Precision.DAY, False)
        for expression in find_expressions(text, anchor=anchor):
            line = text.count("\n", 0, expression.start) + 2  # the date is the file's line 1
            # (a span may run over a line break: "at 8 p.m.\nSaturday" in text wrapped by hand)
            written = " ".join(expression.text.split())
            print(f"{name}\t{line}\t{written}\t{expression.value}")


def right(gold: list[Gold], found: list[str]) -> list[bool]:
    """For each gold expression, whether ``found`` (a listing) has it with its value."""
    by_line: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    for row in found:
        name, line, text, value = row.split("\t")
        by_line[name, int(line)].append((text.lower(), value))
    marks = []
    for article, number, written, _, gold_value in gold:
        wanted = written.lower()
        marks.append(any((wanted in seen or seen in wanted) and same_value(seen_value, gold_value)
                         for seen, seen_value in by_line[article, number]))
    return marks


_MIDNIGHT = re.compile(r"(\d{4}-\d\d-\d\d)T24:00$")


def same_value(found: str, gold: str) -> bool:
    """Whether two TIMEX3 values are the same: equal, or one midnight written both ways (the end
    of a day, ``2012-07-19T24:00``, is the start of the next, ``2012-07-20T00:00``; TimeBank
    writes the first, the annotators wrote either)."""
    if found == gold:
        return True
    for end, start in ((found, gold), (gold, found)):
        if (day := _MIDNIGHT.match(end)) is not None:
            following = date.fromisoformat(day.group(1)) + timedelta(days=1)
            return start == f"{following.isoformat()}T00:00"
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("prefixes", nargs="*", help="article prefixes (genres); default: all")
    parser.add_argument("--against", help="git revision to score beside this tree")
    parser.add_argument("--misses", action="store_true", help="list what this tree gets wrong")
    parser.add_argument("--list", metavar="TREE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.list:
        _list(args.list, args.prefixes)
        return
    gold = golds(args.prefixes)
    names = sorted({name for name, *_ in gold})
    columns = {"this tree": right(gold, found := listing(ROOT, names))}
    if args.against:
        with tempfile.TemporaryDirectory(prefix="timecheck-gold-") as temporary:
            columns[args.against] = right(gold, listing(
                revision_tree(args.against, Path(temporary)), names))
    genres = sorted({name.split("-")[0] for name in names})
    print("genre      gold  " + "  ".join(f"{column:>10}" for column in columns))
    for genre in [*genres, None]:
        picked = [index for index, (name, *_) in enumerate(gold)
                  if genre is None or name.split("-")[0] == genre]
        cells = "  ".join(f"{sum(marks[index] for index in picked):>10}"
                          for marks in columns.values())
        print(f"{genre or 'all':<10} {len(picked):>4}  {cells}")
    if args.misses:
        by_line: dict[str, list[str]] = defaultdict(list)
        for row in found:
            name, line, text, value = row.split("\t")
            by_line[f"{name}:{line}"].append(f"{text}={value}")
        for (article, number, written, kind, gold_value), mark in zip(gold, columns["this tree"]):
            if not mark:
                place = f"{article}:{number}"
                print(f"{place} [{written}] {kind} {gold_value}; found: "
                      + ("; ".join(by_line[place]) or "-"))


if __name__ == "__main__":
    main()
