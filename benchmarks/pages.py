"""Compare timecheck's publication and update dates with htmldate's on the same web pages.

    python3 benchmarks/pages.py [--gold PATH] [--scorer PATH] [--errors N] [--limit N]
                                [--keep DIR]

Both tools see only ``{id, url, html}`` of each page of ``shared/data/pages/dev.jsonl``, in the
same run:

- timecheck as users run it: ``python3 -m timecheck extract --format jsonl`` over the stripped
  records (``published``/``updated`` of each output line);
- htmldate (``pip install htmldate``; a benchmark-only dependency, never timecheck's) with
  ``find_date(html, url=url, original_date=True)`` for the publication date, its documented
  setting for the original date, and ``original_date=False`` for the latest (update) date.

Each prediction file is scored by the shared ``score_pages.py``; the script prints both tables,
the publication accuracy of each tool and the gap in points, the wall time of each tool, the
pages timecheck gets wrong (with the reason ``extract --explain`` gives), and any page
timecheck could not read. Accuracy is deterministic, so one run is enough; times are one run
each and only indicative.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = _SHARED / "data" / "pages" / "dev.jsonl"
DEFAULT_SCORER = _SHARED / "eval" / "score_pages.py"


def strip_gold(gold: Path, out: Path, limit: int) -> list[dict[str, str]]:
    """Write ``{id, url, html}`` of each gold page to ``out``; return those records."""
    records = []
    with open(gold, encoding="utf-8") as source, open(out, "w", encoding="utf-8") as sink:
        for line in source:
            if not line.strip():
                continue
            record = json.loads(line)
            kept = {key: record[key] for key in ("id", "url", "html") if record.get(key) is not None}
            records.append(kept)
            sink.write(json.dumps(kept) + "\n")
            if limit and len(records) >= limit:
                break
    return records


def run_timecheck(pages: Path, pred: Path) -> tuple[float, dict[str, dict[str, object]], str]:
    """Run ``timecheck extract --explain --format jsonl``; return seconds, output by id, stderr."""
    command = [sys.executable, "-m", "timecheck", "extract", "--explain", "--format", "jsonl", str(pages)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    by_id: dict[str, dict[str, object]] = {}
    with open(pred, "w", encoding="utf-8") as sink:
        for line in done.stdout.splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            by_id[str(record["id"])] = record
            sink.write(json.dumps({"id": record["id"], "published": record.get("published"),
                                   "updated": record.get("updated")}) + "\n")
    if done.returncode not in (0, 2):
        raise SystemExit(f"timecheck extract exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return seconds, by_id, done.stderr


def run_htmldate(records: list[dict[str, str]], pred: Path) -> float:
    """Run htmldate on every page (original and latest date); write predictions; return seconds."""
    try:
        from htmldate import find_date
    except ImportError as exc:  # the benchmark needs it; timecheck itself never does
        raise SystemExit("htmldate is not installed: pip install htmldate") from exc
    start = time.perf_counter()
    with open(pred, "w", encoding="utf-8") as sink:
        for record in records:
            published = _htmldate(find_date, record, original=True)
            updated = _htmldate(find_date, record, original=False)
            sink.write(json.dumps({"id": record["id"], "published": published, "updated": updated}) + "\n")
    return time.perf_counter() - start


def _htmldate(find_date: object, record: dict[str, str], *, original: bool) -> str | None:
    try:
        value = find_date(record["html"], url=record.get("url"), original_date=original)  # type: ignore[operator]
    except Exception:  # noqa: BLE001 - a third-party tool's crash is a missing prediction
        return None
    return value if isinstance(value, str) else None


def run_stamps_only(pages: Path, pred: Path) -> float:
    """Read the pages and choose their dates in-process, without the body-text grammar.

    This isolates the readers and ``stamps.choose`` from the expression tagger, so a crash or
    slowness there does not hide what the page-date choice does.
    """
    sys.path.insert(0, str(ROOT))
    from timecheck.model import Document
    from timecheck.readers import read_paths
    from timecheck.settings import Settings
    from timecheck.stamps.choose import choose_published, choose_updated

    start = time.perf_counter()
    with open(pred, "w", encoding="utf-8") as sink:
        for item in read_paths([str(pages)], Settings()):
            if not isinstance(item, Document):
                continue
            published, updated = choose_published(item.stamps).stamp, choose_updated(item.stamps).stamp
            sink.write(json.dumps({
                "id": item.id,
                "published": published.moment.iso() if published is not None and published.moment else None,
                "updated": updated.moment.iso() if updated is not None and updated.moment else None,
            }) + "\n")
    return time.perf_counter() - start


def score(scorer: Path, gold: Path, pred: Path) -> dict[str, object]:
    """Run the shared scorer; return its JSON result."""
    done = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                          capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def table(name: str, result: dict[str, object]) -> str:
    """Format one tool's scores as two lines."""
    lines = []
    for field in ("published", "updated"):
        row = result[field]
        assert isinstance(row, dict)
        accuracy = "n/a" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
        lines.append(f"  {name:<10} {field:<9} n={row['n']:<4} correct={row['correct']:<4} "
                     f"accuracy={accuracy}  coverage={_fraction(row['coverage'])}  precision={_fraction(row['precision'])}")
    return "\n".join(lines)


def _fraction(value: object) -> str:
    return "n/a" if value is None else f"{float(value):.3f}"  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    """Run both tools, score them and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--errors", type=int, default=50, help="list at most N pages timecheck gets wrong")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    parser.add_argument("--keep", type=Path, help="keep the prediction files in this folder")
    args = parser.parse_args(argv)
    if not args.gold.is_file() or not args.scorer.is_file():
        print(f"missing {args.gold} or {args.scorer}: the benchmark needs ../shared", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        pages = folder / "pages.jsonl"
        gold_used = folder / "gold.jsonl"
        records = strip_gold(args.gold, pages, args.limit)
        wanted = {record["id"] for record in records}
        with open(args.gold, encoding="utf-8") as source, open(gold_used, "w", encoding="utf-8") as sink:
            gold_by_id = {}
            for line in source:
                if line.strip():
                    record = json.loads(line)
                    if record["id"] in wanted:
                        gold_by_id[record["id"]] = record
                        sink.write(json.dumps({k: v for k, v in record.items() if k != "html"}) + "\n")
        tc_pred, hd_pred = folder / "timecheck.jsonl", folder / "htmldate.jsonl"
        tc_seconds, tc_out, tc_err = run_timecheck(pages, tc_pred)
        hd_seconds = run_htmldate(records, hd_pred)
        stamps_pred = folder / "stamps-only.jsonl"
        stamps_seconds = run_stamps_only(pages, stamps_pred)
        tc_score, hd_score = score(args.scorer, gold_used, tc_pred), score(args.scorer, gold_used, hd_pred)
        stamps_score = score(args.scorer, gold_used, stamps_pred)
    print(f"{len(records)} pages of {args.gold}")
    print(table("timecheck", tc_score))
    print(table("htmldate", hd_score))
    tc_pub = tc_score["published"]["accuracy"]  # type: ignore[index]
    hd_pub = hd_score["published"]["accuracy"]  # type: ignore[index]
    tc_upd = tc_score["updated"]["accuracy"]  # type: ignore[index]
    print(f"publication accuracy: timecheck {tc_pub:.3f}, htmldate {hd_pub:.3f} "
          f"({100 * (tc_pub - hd_pub):+.1f} points)")
    stamps_pub = stamps_score["published"]["accuracy"]  # type: ignore[index]
    print(f"publication accuracy of the readers and the choice alone (in-process, no expression grammar): "
          f"{stamps_pub:.3f} in {stamps_seconds:.1f} s")
    print(f"update accuracy (timecheck): {'n/a: no gold page has an update date' if tc_upd is None else f'{tc_upd:.3f}'}")
    print(f"time: timecheck {tc_seconds:.1f} s (whole process: reading, stamps, expressions), "
          f"htmldate {hd_seconds:.1f} s (two calls a page)")
    missing = sorted(wanted - set(tc_out))
    if missing:
        print(f"\n{len(missing)} pages timecheck could not analyse:")
        for line in tc_err.splitlines()[:20]:
            print(f"  {line}")
    wrong = []
    for page_id in sorted(wanted & set(tc_out)):
        gold = gold_by_id[page_id]["published"]
        got = tc_out[page_id].get("published")
        if not isinstance(got, str) or got[:10] != gold:
            explain = tc_out[page_id].get("explain")
            why = explain.get("published", "") if isinstance(explain, dict) else ""
            wrong.append((page_id, gold, got, why))
    print(f"\npublication dates timecheck gets wrong ({len(wrong)}): id, gold, predicted, why")
    for page_id, gold, got, why in wrong[:args.errors]:
        print(f"  {page_id}  {gold}  {str(got)[:25]}\n      {str(why)[:220]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
