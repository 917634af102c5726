"""Time timecheck's extraction against datefinder and dateparser on the same TBAQ texts (issue 4).

    python3 benchmarks/speed.py [--runs 5] [--dateparser-seconds 20] [--gold PATH] [--compiled]

All three run in this one process, on the same documents:

* timecheck: :func:`timecheck.grammar.find_expressions` (tagging and resolving, anchored on
  each document's DCT), as ``benchmarks/tempeval.py`` times it;
* datefinder 1.x: ``list(datefinder.find_dates(text))`` (its default engine, the compiled Rust
  kernel, in 1.x);
* dateparser: ``dateparser.search.search_dates(text, languages=["en"])``, the call issue 4 names;
* with ``--compiled``, timecheck again with its grammar compiled by mypyc (the optional
  accelerator, ``setup.py``), built in a temporary copy and timed in a child process
  (``compiled_child.py``) after checking that it finds the same expressions.

Figures are CPU seconds of this process (other jobs on the machine do not count; a library that
ran threads would show more CPU than wall time, and the table shows both). timecheck and
datefinder pass over every document ``--runs`` times and the median pass is reported.
dateparser is far slower: it runs once over as many documents, in corpus order, as fit in
``--dateparser-seconds`` of CPU time, and its rate is scaled per MB from that subset (the table
says how much it covered). The "timecheck is" column is paired, so that the machine's slow
spells (which move single timings by a third here) land on both sides of it: each datefinder
pass is timed right after a timecheck pass, each chunk of dateparser's documents right after
timecheck's passes over the same chunk; the column is the median of datefinder's ratios, and
dateparser's CPU time over timecheck's on the same chunks. The compiled grammar's column
divides the table's rates. The two libraries are installed for this benchmark only: when they
cannot be imported, ``pip install --target`` puts them in ``benchmarks/.deps`` (ignored by git),
which only this script puts on its path; they are not dependencies of timecheck.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timecheck.grammar import find_expressions  # noqa: E402

from compiled_child import shape  # noqa: E402
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
                runs: int) -> tuple[float, float, float]:
    """Median (CPU, wall) seconds of ``runs`` passes of ``extract`` over every document, and the
    CPU seconds of the first pass (which warms up: patterns compiled on first use, caches)."""

    def one_pass() -> None:
        for text, dct in docs:
            extract(text, dct)

    first, _ = timed(one_pass)
    passes = [timed(one_pass) for _ in range(runs)]
    cpu = statistics.median(spent for spent, _ in passes)
    return cpu, statistics.median(waited for _, waited in passes), first


def paired(theirs: Callable[[str, datetime], object], docs: list[Doc],
           repeat: int = 1) -> tuple[float, float, float]:
    """Time one pass of timecheck over ``docs`` and, right after it, one pass of ``theirs``, so
    that a slow spell of a shared machine lands on both: return timecheck's CPU seconds (of
    ``repeat`` passes, divided by ``repeat``: a few documents take too little time to time
    once), and the other's CPU and wall seconds."""

    def ours() -> None:
        for _ in range(repeat):
            for text, dct in docs:
                timecheck_extract(text, dct)

    def their_pass() -> None:
        for text, dct in docs:
            theirs(text, dct)

    our_seconds, _ = timed(ours)
    their_seconds, their_wall = timed(their_pass)
    return our_seconds / repeat, their_seconds, their_wall


def timecheck_extract(text: str, dct: datetime) -> object:
    """timecheck's extraction, anchored as benchmarks/tempeval.py anchors it."""
    return find_expressions(text, anchor=anchor_of(dct.date().isoformat()))


def compiled_pass(gold: Path, runs: int) -> tuple[float, float]:
    """Build the compiled grammar in a temporary copy of the package and time it there.

    The copy runs in a child process (one process cannot import both builds), which checks
    first that every expression comes out as the pure-Python grammar gives it, then prints the
    median (CPU, wall) seconds of ``runs`` passes.
    """
    with tempfile.TemporaryDirectory(prefix="timecheck-mypyc-") as folder:
        tree = Path(folder)
        shutil.copytree(ROOT / "timecheck", tree / "timecheck",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        shutil.copy(ROOT / "setup.py", tree / "setup.py")
        subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=tree,
                       env={**os.environ, "TIMECHECK_COMPILE": "1"}, check=True,
                       stdout=subprocess.DEVNULL)
        expected = [[shape(e) for e in timecheck_extract(text, dct)] for text, dct in load(gold)]
        child = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("compiled_child.py")), str(gold),
             str(runs)],
            cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, check=True,
            capture_output=True, text=True, input=json.dumps(expected))
        cpu, wall = json.loads(child.stdout.splitlines()[-1])
        return float(cpu), float(wall)


# Documents dateparser reads between two timecheck passes over the same (paired()).
DATEPARSER_CHUNK = 8

DEPS = Path(__file__).resolve().parent / ".deps"


def install_for_this_benchmark(*packages: str) -> None:
    """Make ``packages`` importable here without installing them into the environment."""
    missing = [package for package in packages if version(package) == "not installed"
               and not any(DEPS.glob(f"{package}-*.dist-info"))]
    if missing:
        print(f"installing {', '.join(missing)} into {DEPS} for this benchmark", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target", str(DEPS),
                        *missing], check=False)
    if DEPS.is_dir():
        sys.path.append(str(DEPS))


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
    parser.add_argument("--compiled", action="store_true",
                        help="also build the optional mypyc-compiled grammar (setup.py, "
                             "TIMECHECK_COMPILE=1) in a temporary folder and time it")
    args = parser.parse_args()
    docs = load(args.gold)
    size = size_of(docs)
    install_for_this_benchmark("datefinder", "dateparser")
    rows: list[tuple[str, str, int, int, float, float]] = []
    # How many times timecheck's rate each library's is, from runs paired with timecheck's
    ratios: dict[str, float] = {}

    cpu, wall, first = median_pass(timecheck_extract, docs, args.runs)
    rows.append(("timecheck", "this tree", len(docs), size, cpu, wall))
    cold = f"timecheck's first pass in this process: {first:.3f} s CPU ({size / first / 1e6:.2f} MB/s)"
    if args.compiled:
        cpu, wall = compiled_pass(args.gold, args.runs)
        rows.append(("timecheck, grammar compiled", "mypyc", len(docs), size, cpu, wall))

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
        cpu, wall, first = median_pass(datefinder_extract, docs, args.runs)
        cold += f"; datefinder's {first:.3f} s"
        rows.append((f"datefinder ({kernel})", version("datefinder"), len(docs), size, cpu, wall))
        pairs = [paired(datefinder_extract, docs) for _ in range(args.runs)]
        ratios[rows[-1][0]] = statistics.median(theirs / our_seconds for our_seconds, theirs, _ in pairs)

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
        ours_total = 0.0
        for start in range(0, len(docs), DATEPARSER_CHUNK):
            if cpu >= args.dateparser_seconds:
                break
            chunk = docs[start:start + DATEPARSER_CHUNK]
            our_seconds, spent, waited = paired(dateparser_extract, chunk, repeat=5)
            cpu, wall = cpu + spent, wall + waited
            ours_total += our_seconds
            subset.extend(chunk)
        rows.append(("dateparser.search_dates", version("dateparser"), len(subset),
                     size_of(subset), cpu, wall))
        ratios[rows[-1][0]] = cpu / ours_total

    print(f"TBAQ: {len(docs)} documents, {size / 1e6:.3f} MB; timecheck and datefinder: median of "
          f"{args.runs} passes over all of them; dateparser: one pass over the documents shown. "
          f"'timecheck is': timed in pairs, run by run (datefinder: the median ratio) or "
          f"{DATEPARSER_CHUNK} documents by {DATEPARSER_CHUNK} (dateparser: the ratio of the sums)")
    print(f"{'extractor':32} {'version':>9} {'docs':>5} {'MB':>6} {'CPU s':>8} {'wall s':>8} "
          f"{'MB/s':>8} {'timecheck is':>14} {'compiled is':>12}")
    rate_timecheck = rows[0][3] / rows[0][4] / 1e6
    compiled = [row for row in rows if row[1] == "mypyc"]
    rate_compiled = compiled[0][3] / compiled[0][4] / 1e6 if compiled else 0.0
    for name, release, count, nbytes, cpu, wall in rows:
        rate = nbytes / cpu / 1e6
        ours = name.startswith("timecheck")
        ratio = "" if ours else f"{ratios[name]:.1f}x"
        ratio_compiled = "" if ours or not rate_compiled else f"{rate_compiled / rate:.1f}x"
        print(f"{name:32} {release:>9} {count:5d} {nbytes / 1e6:6.3f} {cpu:8.3f} {wall:8.3f} "
              f"{rate:8.3f} {ratio:>14} {ratio_compiled:>12}")
    if rate_compiled:
        print(f"the compiled grammar (optional, TIMECHECK_COMPILE=1) runs {rate_compiled / rate_timecheck:.2f}x "
              "the pure-Python build, with the same expressions in every document")
    print(cold + " (first passes compile patterns and fill caches; the table times later ones)")
    print("targets: timecheck >= 5 MB/s, faster than datefinder, >= 50x dateparser (per MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
