"""The child half of ``benchmarks/speed.py --compiled``: time the compiled grammar.

    python3 compiled_child.py GOLD RUNS < expected.json   (cwd and PYTHONPATH: the compiled copy)

It imports timecheck from PYTHONPATH (the copy whose grammar mypyc compiled), checks that every
document gives the expressions on stdin (the pure-Python grammar's), and prints the median
(CPU, wall) seconds of RUNS passes as JSON. It leaves ``sys.path`` alone, so the source tree
beside it is not what gets timed.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path


def shape(expression: object) -> list[object]:
    """What an expression says, for comparing two builds."""
    e = expression
    return [e.start, e.end, e.type.value, e.value, e.rule]  # type: ignore[attr-defined]


def main() -> int:
    """Check the compiled grammar's output, then print its timing."""
    import timecheck.grammar
    from timecheck.grammar import find_expressions
    from timecheck.model import Moment, Precision

    if not str(timecheck.grammar.__file__).endswith(".so"):
        raise SystemExit(f"not the compiled grammar: {timecheck.grammar.__file__}")
    gold, runs = Path(sys.argv[1]), int(sys.argv[2])
    docs = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            day = datetime.fromisoformat(str(record["dct"])[:10]).replace(tzinfo=timezone.utc)
            docs.append((str(record["text"]), Moment(day, Precision.DAY, False)))
    found = [[shape(e) for e in find_expressions(text, anchor=anchor)] for text, anchor in docs]
    if found != json.loads(sys.stdin.read()):
        raise SystemExit("the compiled grammar gives other expressions than the pure one")

    def one_pass() -> None:
        for text, anchor in docs:
            find_expressions(text, anchor=anchor)

    one_pass()
    passes = []
    for _ in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        one_pass()
        passes.append((time.process_time() - cpu, time.perf_counter() - wall))
    print(json.dumps([statistics.median(p[0] for p in passes),
                      statistics.median(p[1] for p in passes)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
