"""``timecheck audit``: the command line of the archive audit (registered by ``timecheck.cli``)."""

from __future__ import annotations

import argparse
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, TextIO

from timecheck.audit.defaults import DEFAULT_DB, DEFAULT_LINK_TEMPLATE
from timecheck.errors import ConfigError
from timecheck.readers.lines import MAX_DECOMPRESSED_BYTES, Limits

if TYPE_CHECKING:
    from timecheck.audit.runner import RunStats
    from timecheck.audit.store import Store
    from timecheck.audit.summary import Summary

# Input errors echoed on standard error; the rest are in the JSON summary and the database.
ERRORS_SHOWN = 20
INTERRUPTED = 130


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], *,
               parents: Sequence[argparse.ArgumentParser] = ()) -> argparse.ArgumentParser:
    """Add the ``audit`` subcommand to ``subparsers`` (``parents``: the options every command shares)."""
    parser = subparsers.add_parser(
        "audit", parents=list(parents), help="audit an archive into a database, with a report",
        description="Audit an archive (folders, globs, JSON Lines, .jsonl.gz) in parallel into a SQLite "
                    "database that is also the checkpoint: re-run to resume, --incremental to re-audit "
                    "only what changed.")
    if not parents:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or quoted globs")
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"audit database (default {DEFAULT_DB})")
    parser.add_argument("--workers", type=_positive, default=0, metavar="N",
                        help="worker processes (default: every core)")
    parser.add_argument("--incremental", action="store_true",
                        help="keep the last complete audit; re-audit only inputs whose content changed")
    parser.add_argument("--fresh", action="store_true", help="discard the database's results and start over")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local process pool, or a Dask cluster (needs timecheck[dask])")
    parser.add_argument("--scheduler", default="", metavar="ADDRESS", help="Dask scheduler address (tcp://host:8786)")
    parser.add_argument("--report", metavar="FILE", help="write the HTML report here")
    parser.add_argument("--json", metavar="FILE", help="write the JSON summary here (- for standard output)")
    parser.add_argument("--csv", metavar="FILE", help="write one CSV row per input item here")
    parser.add_argument("--report-rows", type=_positive, default=5000, metavar="N",
                        help="documents listed in the HTML report, worst first (default 5000)")
    parser.add_argument("--link-template", default=DEFAULT_LINK_TEMPLATE, metavar="TEMPLATE",
                        help="report links; fields {uri} {path} {line} {column} (vscode://file/{path}:{line}:{column})")
    parser.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                        help="progress bar on standard error (auto: only on a terminal)")
    parser.add_argument("--max-decompressed-size", type=_size, default=MAX_DECOMPRESSED_BYTES, metavar="BYTES",
                        help="stop reading a .gz input past this many decompressed bytes (suffixes K, M, G)")
    parser.add_argument("--chunk-size", type=_positive, default=64, metavar="N", help=argparse.SUPPRESS)
    return parser


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the audit the arguments describe; return the exit status."""
    # The audit's machinery (a process pool, SQLite) is loaded here, when an audit runs: every
    # command builds this one's options, and a check in a pre-commit hook needs none of it.
    from timecheck.audit.pool import WorkerError
    from timecheck.audit.progress import ProgressBar
    from timecheck.audit.runner import AuditInterrupted, AuditOptions, Meter, audit
    from timecheck.audit.store import SEVERITY_RANK_SQL, Store
    from timecheck.audit.summary import summarize
    from timecheck.cli import (  # the CLI turns shared options into Settings
        ExitStatus,
        _now,
        _settings,
    )

    settings = _settings(args)
    now = _now(args.now)
    options = AuditOptions(db=args.db, workers=args.workers, incremental=args.incremental, fresh=args.fresh,
                           engine=args.engine, scheduler=args.scheduler, chunk_size=args.chunk_size,
                           limits=Limits(max_decompressed=args.max_decompressed_size))
    meter = Meter()
    enabled = args.progress == "always" or (args.progress == "auto" and err.isatty())
    bar = ProgressBar(meter, err, enabled=enabled)
    try:
        with _terminate_as_interrupt():
            stats = audit(args.paths, settings=settings, now=now, options=options, meter=meter, tick=bar.tick)
    except WorkerError as exc:
        bar.close()
        err.write(f"timecheck: {exc}\n")
        return ExitStatus.ERROR
    except AuditInterrupted as exc:
        bar.close()
        err.write(f"timecheck: audit interrupted after storing {exc.stored} more inputs in {args.db}. "
                  "Run the same command again to resume.\n")
        return INTERRUPTED
    bar.close()
    store = Store(args.db)
    try:
        summary = summarize(store)
        _write_outputs(args, store, summary, stats, out)
        _echo_errors(store, summary, err)
        failing = store.scalar(f"SELECT count(*) FROM findings WHERE {SEVERITY_RANK_SQL} >= ?",
                               (settings.fail_on.rank,))
    finally:
        store.close()
    if summary.errors:
        return ExitStatus.ERROR
    return ExitStatus.FINDINGS if failing else ExitStatus.CLEAN


def _write_outputs(args: argparse.Namespace, store: Store, summary: Summary, stats: RunStats, out: TextIO) -> None:
    from timecheck.audit.report import write_report
    from timecheck.audit.reportdata import report_documents, report_errors
    from timecheck.audit.summary import write_csv, write_json, write_text

    if args.json == "-":
        write_json(summary, store, out, stats=stats)
    else:
        write_text(summary, out, stats=stats, database=args.db)
        if args.json:
            with _open_output(args.json) as handle:
                write_json(summary, store, handle, stats=stats)
    if args.csv:
        with _open_output(args.csv) as handle:
            write_csv(store, handle)
    if args.report:
        with _open_output(args.report) as handle:
            write_report(handle, summary=summary, documents=report_documents(store, args.report_rows),
                         errors=report_errors(store, args.report_rows),
                         shown=min(args.report_rows, summary.documents_with_findings), database=args.db,
                         generated=stats.now, link_template=args.link_template)


def _echo_errors(store: Store, summary: Summary, err: TextIO) -> None:
    from timecheck.audit.summary import error_rows

    for index, row in enumerate(error_rows(store)):
        if index == ERRORS_SHOWN:
            err.write(f"... and {summary.errors - ERRORS_SHOWN} more input errors (see --json or the errors table)\n")
            break
        err.write(f"{row['path']}:{row['line']}: error: {row['reason']}\n")


@contextmanager
def _open_output(path: str) -> Iterator[TextIO]:
    try:
        handle = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from exc
    with handle:
        yield handle


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C, so a stopped audit stores what it finished before it exits."""
    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {number}")
    return number


def _size(value: str) -> int:
    units = {"K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}
    text = value.strip().upper().removesuffix("B")
    factor = units.get(text[-1:], 1)
    digits = text[:-1] if text[-1:] in units else text
    try:
        number = int(digits)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a size such as 64G, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive size, got {value!r}")
    return number * factor


__all__ = ["add_parser", "run"]

