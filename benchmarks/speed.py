"""Time timecheck's extraction against datefinder and dateparser on the same TBAQ texts (issue 4).

    python3 benchmarks/speed.py [--runs 5] [--dateparser-seconds 20] [--gold PATH]

All three run in this one process, on the same documents:

* timecheck: :func:`timecheck.grammar.find_expressions` (tagging and resolving, anchored on
  each document's DCT), as ``benchmarks/tempeval.py`` times it;
* datefinder 1.x: ``list(datefinder.find_dates(text))`` (its default engine, the compiled Rust
  kernel, in 1.x);
* dateparser: ``dateparser.search.search_dates(text, languages=["en"])``, the call issue 4 names.

Figures are CPU seconds of this process (other jobs on the machine do not count; a library that
ran threads would show more CPU than wall time, and the table shows both). timecheck and
datefinder pass over every document ``--runs`` times and the median pass is reported.
dateparser is far slower: it runs once over as many documents, in corpus order, as fit in
``--dateparser-seconds`` of CPU time, and its rate is scaled per MB from that subset (the table
says how much it covered). The two libraries are installed for this benchmark only
(``pip install datefinder dateparser``); they are not dependencies of timecheck.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timecheck.grammar import find_expressions  # noqa: E402

from tempeval import DEFAULT_GOLD, anchor_of  # noqa: E402

Doc = tuple[str, datetime]


def load(path: Path) -> list[Doc]:
    """Read the TBAQ texts and their DCTs (as naive datetimes, the libraries' base dates)."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            docs.append((str(record["text"]), datetime.fromisoformat(str(record["dct"])[:10])))
    return docs


def size_of(docs: list[Doc]) -> int:
    """Bytes of UTF-8 text in ``docs``."""
    return sum(len(text.encode("utf-8")) for text, _ in docs)


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Run ``work`` once; return (CPU seconds, wall seconds)."""
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return time.process_time() - cpu, time.perf_counter() - wall


def median_pass(extract: Callable[[str, datetime], object], docs: list[Doc],
                runs: int) -> tuple[float, float]:
    """Median (CPU, wall) seconds of ``runs`` passes of ``extract`` over every document."""

    def one_pass() -> None:
        for text, dct in docs:
            extract(text, dct)

    one_pass()  # warm up: imports, compiled patterns, caches
    passes = [timed(one_pass) for _ in range(runs)]
    cpu = statistics.median(spent for spent, _ in passes)
    return cpu, statistics.median(waited for _, waited in passes)


def timecheck_extract(text: str, dct: datetime) -> object:
    """timecheck's extraction, anchored as benchmarks/tempeval.py anchors it."""
    return find_expressions(text, anchor=anchor_of(dct.date().isoformat()))


def version(package: str) -> str:
    """The installed version of ``package``, or "not installed"."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def main() -> int:
    """Print the timing table, the ratios and what each library covered."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dateparser-seconds", type=float, default=20.0)
    args = parser.parse_args()
    docs = load(args.gold)
    size = size_of(docs)
    rows: list[tuple[str, str, int, int, float, float]] = []

    cpu, wall = median_pass(timecheck_extract, docs, args.runs)
    rows.append(("timecheck", "this tree", len(docs), size, cpu, wall))

    try:
        import datefinder  # type: ignore[import-untyped]
    except ImportError:
        print("datefinder is not installed (pip install datefinder): skipped")
    else:
        def datefinder_extract(text: str, dct: datetime) -> object:
            del dct
            return list(datefinder.find_dates(text))

        kernel = "Rust kernel" if getattr(datefinder, "v2", None) is not None and \
            getattr(datefinder.v2, "_kernel", None) is not None else "pure Python (not 1.x)"
        cpu, wall = median_pass(datefinder_extract, docs, args.runs)
        rows.append((f"datefinder ({kernel})", version("datefinder"), len(docs), size, cpu, wall))

    try:
        from dateparser.search import search_dates  # type: ignore[import-untyped]
    except ImportError:
        print("dateparser is not installed (pip install dateparser): skipped")
    else:
        def dateparser_extract(text: str, dct: datetime) -> object:
            del dct
            return search_dates(text, languages=["en"])

        dateparser_extract(*docs[0])  # warm up: language data, compiled patterns
        subset: list[Doc] = []
        cpu = wall = 0.0
        for doc in docs:
            if cpu >= args.dateparser_seconds:
                break
            spent, waited = timed(lambda: dateparser_extract(*doc))
            cpu, wall = cpu + spent, wall + waited
            subset.append(doc)
        rows.append(("dateparser.search_dates", version("dateparser"), len(subset),
                     size_of(subset), cpu, wall))

    print(f"TBAQ: {len(docs)} documents, {size / 1e6:.3f} MB; timecheck and datefinder: median of "
          f"{args.runs} passes over all of them; dateparser: one pass over the documents shown")
    print(f"{'extractor':32} {'version':>9} {'docs':>5} {'MB':>6} {'CPU s':>8} {'wall s':>8} "
          f"{'MB/s':>8} {'timecheck is':>14}")
    rate_timecheck = rows[0][3] / rows[0][4] / 1e6
    for name, release, count, nbytes, cpu, wall in rows:
        rate = nbytes / cpu / 1e6
        ratio = "" if name == "timecheck" else f"{rate_timecheck / rate:11.1f}x"
        print(f"{name:32} {release:>9} {count:5d} {nbytes / 1e6:6.3f} {cpu:8.3f} {wall:8.3f} "
              f"{rate:8.3f} {ratio:>14}")
    print("targets: timecheck >= 5 MB/s, faster than datefinder, >= 50x dateparser (per MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
