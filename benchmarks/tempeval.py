"""Score the grammar on TempEval-3 (TimeBank + AQUAINT) and measure its speed.

    python3 benchmarks/tempeval.py [--gold PATH] [--scorer PATH] [--runs N] [--verbose]
                                   [--errors N] [--predictions PATH]

Runs :func:`timecheck.grammar.find_expressions` on every document anchored on its DCT (a
``Moment`` at day precision, zone not stated, UTC), writes the predictions to a temporary
JSONL file, runs the shared scorer on it and prints the scorer's table, the most frequent
error classes with an example each, and the throughput (median MB/s of text over several runs,
one process, one core). ``benchmarks/speed.py`` times the same extraction against datefinder and
dateparser on the same texts.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timecheck.grammar import find_expressions  # noqa: E402
from timecheck.model import Moment, Precision  # noqa: E402

_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEFAULT_GOLD = _SHARED / "data" / "tempeval3" / "tbaq.jsonl"
DEFAULT_SCORER = _SHARED / "eval" / "score_timex.py"


def anchor_of(dct: str) -> Moment:
    """Read a TempEval DCT (``1998-08-07`` or ``1998-08-07T09:42``) as a day-precision UTC anchor."""
    day = datetime.fromisoformat(dct[:10])
    return Moment(day.replace(tzinfo=timezone.utc), Precision.DAY, False)


def predict(docs: list[dict[str, object]]) -> list[dict[str, object]]:
    """Run the grammar on every document; return scorer-ready prediction records."""
    out = []
    for doc in docs:
        text = str(doc["text"])
        found = find_expressions(text, anchor=anchor_of(str(doc["dct"])))
        out.append({"id": doc["id"], "timexes": [
            {"start": e.start, "end": e.end, "text": e.text, "type": e.type.value,
             "value": e.value, "rule": e.rule} for e in found]})
    return out


def throughput(docs: list[dict[str, object]], runs: int) -> tuple[float, float, int]:
    """Return (median MB/s, median seconds, bytes) over ``runs`` passes over all texts."""
    texts = [str(doc["text"]) for doc in docs]
    anchors = [anchor_of(str(doc["dct"])) for doc in docs]
    size = sum(len(text.encode("utf-8")) for text in texts)
    timings = []
    for _ in range(runs):
        # CPU time of this process: one core's work, unaffected by other jobs on the machine
        began = time.process_time()
        for text, anchor in zip(texts, anchors):
            find_expressions(text, anchor=anchor)
        timings.append(time.process_time() - began)
    seconds = statistics.median(timings)
    return size / seconds / 1e6, seconds, size


def error_classes(gold_path: Path, pred_path: Path, scorer: Path) -> list[str]:
    """Run the scorer verbosely and group its disagreements into classes, worst first."""
    result = subprocess.run([sys.executable, str(scorer), str(gold_path), str(pred_path),
                             "--verbose"], capture_output=True, text=True, check=True)
    classes: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    for line in result.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) != 4:
            continue
        _, kind, gold, pred = parts
        key = f"{kind:<18} gold {_shape(gold)}  pred {_shape(pred)}"
        classes[key] += 1
        examples.setdefault(key, f"{gold}  |  {pred}")
    return [f"{count:4d}  {key}\n        e.g. {examples[key]}"
            for key, count in classes.most_common()]


def _shape(shown: str) -> str:
    """Reduce a scorer cell ("gold [s:e] 'text' TYPE VALUE") to a class: lower text and type."""
    if shown.endswith("-"):
        return "-"
    body = shown.split("] ", 1)[-1]
    text, _, rest = body.rpartition("' ")
    type_ = rest.split(" ")[0] if rest else ""
    words = text.strip("'").lower()
    return f"{words!r} {type_}"


def main() -> int:
    """Score, print the table, the worst error classes and the throughput."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--errors", type=int, default=10)
    parser.add_argument("--verbose", action="store_true", help="pass --verbose to the scorer")
    parser.add_argument("--predictions", type=Path, help="also keep the predictions here")
    args = parser.parse_args()

    docs = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    records = predict(docs)
    handle, name = tempfile.mkstemp(suffix=".jsonl", prefix="timecheck-tempeval-")
    pred_path = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if args.predictions:
            args.predictions.write_text(pred_path.read_text(encoding="utf-8"), encoding="utf-8")
        command = [sys.executable, str(args.scorer), str(args.gold), str(pred_path)]
        if args.verbose:
            command.append("--verbose")
        table = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        print(table.rstrip())
        print(f"\nworst {args.errors} error classes (count, kind, gold, prediction):")
        for line in error_classes(args.gold, pred_path, args.scorer)[:args.errors]:
            print(line)
    finally:
        pred_path.unlink(missing_ok=True)
    rate, seconds, size = throughput(docs, args.runs)
    print(f"\nthroughput: {rate:.2f} MB/s (median of {args.runs} runs: {seconds * 1000:.0f} ms CPU "
          f"for {size / 1e6:.2f} MB, {len(docs)} documents, one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
