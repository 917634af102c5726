"""The command line: turn arguments into Settings, call the library, pick a formatter, return an exit code."""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from enum import IntEnum
from types import MappingProxyType
from typing import TextIO

from timecheck import __version__
from timecheck.api import to_moment
from timecheck.audit import command as audit_command
from timecheck.baseline import apply_baseline, load_baseline, write_baseline
from timecheck.config import DATE_ORDERS, resolve, settings_from_table
from timecheck.engine import run
from timecheck.errors import ConfigError, InputError
from timecheck.fixer import FixedFile, plan_fixes, write_atomically
from timecheck.formats import (
    CHECK_FORMATS,
    EXTRACT_FORMATS,
    STATISTICS_FORMATS,
    RenderOptions,
)
from timecheck.model import Document, Finding, Report, Severity
from timecheck.readers import READERS, format_of, read_paths
from timecheck.rules import ALL_RULES, RULES_BY_CODE
from timecheck.rules.docs import rule_doc
from timecheck.serve import command as serve_command
from timecheck.settings import Settings


class ExitStatus(IntEnum):
    """Exit codes, documented in the README."""

    CLEAN = 0
    FINDINGS = 1
    ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timecheck", description="Find temporal contradictions in news articles.")
    parser.add_argument("--version", action="version", version=f"timecheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="+", metavar="PATH", help="files or folders; - reads standard input")
    common.add_argument("--config", action="append", default=[], metavar="FILE|KEY=VALUE",
                        help="config file (default: nearest timecheck.toml or pyproject.toml), or a TOML "
                             "'key = value' overriding one setting, e.g. 'rules.TC102.max-gap-days = 730'; repeatable")
    common.add_argument("--stdin-filename", metavar="PATH",
                        help="lint standard input (given as -) as if it were this file: its format, "
                             "per-file ignores and the path in findings (for editors)")
    common.add_argument("--anchor", metavar="ISO", help="anchor for documents without a publication stamp")
    common.add_argument("--input-format", choices=sorted(READERS), help="read every input as this format")
    common.add_argument("--field", action="append", default=[], metavar="ROLE=NAME",
                        help="record field for a role (id, url, text, html, published, updated); repeatable")
    common.add_argument("--verbose", action="store_true", help="log details, such as internal tracebacks")
    common.add_argument("--default-zone", metavar="ZONE", help="zone of stamps that name none (default UTC)")
    common.add_argument("--date-order", choices=sorted(DATE_ORDERS),
                        help="how numeric dates such as 03/04/2011 are read (default: ambiguous)")
    common.add_argument("--zone", action="append", default=[], metavar="ABBR=ZONE",
                        help="what a zone abbreviation means (IANA name or offset), e.g. IST=Europe/Dublin; repeatable")

    # The options of the commands that judge (check and audit): which rules, how severe, when.
    judging = argparse.ArgumentParser(add_help=False)
    judging.add_argument("--select", metavar="CODES", help="comma-separated rule codes or prefixes to run")
    judging.add_argument("--ignore", metavar="CODES", help="comma-separated rule codes or prefixes to skip")
    judging.add_argument("--extend-select", metavar="CODES", help="rules to run on top of the selection")
    judging.add_argument("--severity", action="append", default=[], metavar="CODE=LEVEL",
                         help="severity of a rule (error, warning, info), e.g. TC102=error; repeatable")
    judging.add_argument("--fail-on", choices=[s.value for s in Severity],
                         help="lowest severity that makes the exit code 1 (default: error)")
    judging.add_argument("--now", metavar="ISO", help="the current time, for repeatable runs")

    check_cmd = commands.add_parser("check", parents=[common, judging],
                                    help="lint articles and report contradictions")
    check_cmd.add_argument("--format", choices=sorted(CHECK_FORMATS), default="text")
    check_cmd.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                           help="ANSI colour in text output (auto: on a terminal, unless NO_COLOR is set)")
    check_cmd.add_argument("--show-source", action=argparse.BooleanOptionalAction, default=None,
                           help="print each finding's line of text with a ^^^ marker under the expression "
                                "(text format; default: on a terminal)")
    check_cmd.add_argument("-q", "--quiet", action="store_true",
                           help="print findings only: no summary line, no notes on standard error")
    check_cmd.add_argument("--statistics", action="store_true",
                           help="print how many findings each rule produced instead of the findings "
                                "(text, json and jsonl formats)")
    check_cmd.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE instead of standard output")
    check_cmd.add_argument("--baseline", metavar="FILE",
                           help="report only findings that are not in this baseline file")
    check_cmd.add_argument("--write-baseline", metavar="FILE",
                           help="record every current finding in FILE (for --baseline) and exit 0")
    check_cmd.add_argument("--fix", action="store_true", help="apply certain fixes (TC201, TC208) to the files")
    check_cmd.add_argument("--diff", action="store_true", help="print the fixes as a diff; change nothing")

    extract_cmd = commands.add_parser("extract", parents=[common], help="print the temporal expressions and their values")
    extract_cmd.add_argument("--format", choices=sorted(EXTRACT_FORMATS), default="text")
    extract_cmd.add_argument("--explain", action="store_true",
                             help="name the pattern behind each expression and why each stamp was chosen")

    audit_command.add_parser(commands, parents=[common, judging])
    serve_command.add_parser(commands)
    commands.add_parser("rules", help="list the rules")
    rule_cmd = commands.add_parser("rule", help="explain one rule")
    rule_cmd.add_argument("code", metavar="CODE")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    settings = resolve(args.config)
    if args.default_zone:
        settings = settings_from_table({"default-zone": args.default_zone}, "--default-zone", settings)
    if args.anchor:
        try:
            settings = replace(settings, anchor=to_moment(args.anchor, default_zone=settings.default_zone))
        except ValueError as exc:
            raise ConfigError(f"--anchor: {exc}") from exc
    if args.input_format:
        settings = replace(settings, input_format=args.input_format)
    if args.date_order:
        settings = replace(settings, dayfirst=DATE_ORDERS[args.date_order])
    if args.zone:
        settings = settings_from_table({"zones": _pairs(args.zone, "--zone", "ABBR=ZONE")}, "--zone", settings)
    if getattr(args, "severity", None):
        settings = settings_from_table({"severity": _pairs(args.severity, "--severity", "CODE=LEVEL")},
                                       "--severity", settings)
    if args.field:
        fields = dict(settings.fields)
        for item in args.field:
            role, equals, name = item.partition("=")
            if not equals or role not in fields or not name:
                raise ConfigError(f"--field {item!r}: expected ROLE=NAME with ROLE one of {', '.join(fields)}")
            fields[role] = tuple(name.split(","))
        settings = replace(settings, fields=MappingProxyType(fields))
    if getattr(args, "select", None):
        settings = replace(settings, select=_codes(args.select))
    if getattr(args, "ignore", None):
        settings = replace(settings, ignore=_codes(args.ignore))
    if getattr(args, "extend_select", None):
        settings = replace(settings, extend_select=settings.extend_select + _codes(args.extend_select))
    if getattr(args, "fail_on", None):
        settings = replace(settings, fail_on=Severity(args.fail_on))
    return settings


def _codes(value: str) -> tuple[str, ...]:
    return tuple(code.strip().upper() for code in value.split(",") if code.strip())


def _pairs(items: list[str], option: str, shape: str) -> dict[str, object]:
    pairs: dict[str, object] = {}
    for item in items:
        key, equals, value = item.partition("=")
        if not equals or not key.strip() or not value.strip():
            raise ConfigError(f"{option} {item!r}: expected {shape}")
        pairs[key.strip()] = value.strip()
    return pairs


def _items(args: argparse.Namespace, settings: Settings) -> Iterator[Document | InputError]:
    """Read every path; with ``--stdin-filename``, ``-`` is read as that file would be."""
    name = args.stdin_filename
    if name and "-" not in args.paths:
        raise ConfigError("--stdin-filename names standard input: give - among the paths")
    for path in args.paths:
        if path == "-" and name:
            yield from READERS[format_of(name, settings)](sys.stdin.buffer.read(), name, settings)
        else:
            yield from read_paths([path], settings)


def _color(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    # https://no-color.org: an empty NO_COLOR does not count.
    return stream.isatty() and not os.environ.get("NO_COLOR")


def _note(args: argparse.Namespace, err: TextIO, text: str) -> None:
    if not args.quiet:
        err.write(text + "\n")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def _report_problems(report: Report, err: TextIO) -> None:
    for problem in report.problems:
        err.write(f"{problem.path}:{problem.line}: error: {problem.reason}\n")


def _now(value: str | None) -> datetime:
    if value is None:
        return datetime.now(timezone.utc)  # the one place the clock is read: the edge
    try:
        return to_moment(value).value
    except ValueError as exc:
        raise ConfigError(f"--now: {exc}") from exc


def _fixes(report: Report) -> list[FixedFile]:
    """Plan the fixes of every fixable finding, per file, against the file's current source."""
    planned: list[FixedFile] = []
    for result in report.results:
        fixable = [finding for finding in result.findings if finding.fix is not None]
        if not fixable or result.document.path in ("-", "<stdin>"):
            continue
        try:
            with open(result.document.path, encoding="utf-8-sig", newline="") as handle:
                source = handle.read()
        except (OSError, UnicodeDecodeError):
            continue
        fixed = plan_fixes(result, source, fixable)
        if fixed.fixed:
            planned.append(fixed)
    return planned


def _cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    settings = _settings(args)
    if args.stdin_filename and (args.fix or args.diff):
        raise ConfigError("--fix and --diff change files; they cannot be used with --stdin-filename")
    if args.statistics and args.format not in STATISTICS_FORMATS:
        raise ConfigError(f"--statistics works with --format {', '.join(STATISTICS_FORMATS)}, not {args.format}")
    baseline = load_baseline(args.baseline) if args.baseline else None
    report = run(_items(args, settings), settings=settings, now=_now(args.now))
    if args.diff:
        planned = _fixes(report)
        for fixed in planned:
            out.write(fixed.diff())
        _report_problems(report, err)
        if report.problems:
            return ExitStatus.ERROR
        return ExitStatus.FINDINGS if planned else ExitStatus.CLEAN
    if args.fix:
        done: set[Finding] = set()
        unwritten: list[InputError] = []
        for fixed in _fixes(report):
            try:
                with open(fixed.path, "rb") as handle:
                    bom = handle.read(3) == b"\xef\xbb\xbf"
                write_atomically(fixed.path, fixed.after, encoding="utf-8-sig" if bom else "utf-8")
            except OSError as exc:
                # The original is intact (the write is atomic); its findings stay reported.
                unwritten.append(InputError(fixed.path, 0, f"cannot write the fix: {exc.strerror or exc}"))
                continue
            done.update(fixed.fixed)
        if done:
            _note(args, err, f"Fixed {_plural(len(done), 'finding')}.")
        report = replace(report, problems=report.problems + tuple(unwritten), results=tuple(
            replace(result, findings=tuple(f for f in result.findings if f not in done))
            for result in report.results))
    if args.write_baseline:
        count = write_baseline(report, args.write_baseline)
        _note(args, err, f"Wrote a baseline of {_plural(count, 'finding')} to {args.write_baseline}.")
        _report_problems(report, err)
        return ExitStatus.ERROR if report.problems else ExitStatus.CLEAN
    if baseline is not None:
        filtered = apply_baseline(report, baseline)
        report = filtered.report
        if filtered.hidden:
            _note(args, err, f"{_plural(filtered.hidden, 'finding')} in the baseline {args.baseline} not shown.")
        if filtered.stale:
            entries = "1 baseline entry no longer occurs" if filtered.stale == 1 else \
                f"{filtered.stale} baseline entries no longer occur"
            _note(args, err, f"{entries}; run --write-baseline {args.baseline} to drop them.")
    if args.output_file:
        try:
            with open(args.output_file, "w", encoding="utf-8") as handle:
                _render(args, report, handle)
        except OSError as exc:
            raise ConfigError(f"--output-file {args.output_file}: cannot write: {exc.strerror or exc}") from exc
    else:
        _render(args, report, out)
    _report_problems(report, err)
    if report.problems:
        return ExitStatus.ERROR
    if any(f.severity.rank >= settings.fail_on.rank for f in report.findings):
        return ExitStatus.FINDINGS
    return ExitStatus.CLEAN


def _render(args: argparse.Namespace, report: Report, out: TextIO) -> None:
    terminal = out.isatty()
    options = RenderOptions(
        color=_color(args.color, out),
        show_source=terminal if args.show_source is None else args.show_source,
        quiet=args.quiet,
        root=os.getcwd(),
    )
    formats = STATISTICS_FORMATS if args.statistics else CHECK_FORMATS
    formats[args.format](report, out, options=options)


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    settings = _settings(args)
    report = run(_items(args, settings), settings=settings, now=None, check_rules=False)
    EXTRACT_FORMATS[args.format](report, out, options=RenderOptions(explain=args.explain))
    _report_problems(report, err)
    return ExitStatus.ERROR if report.problems else ExitStatus.CLEAN


def _cmd_rules(out: TextIO) -> ExitStatus:
    out.write(f"{'code':<7} {'name':<34} {'severity':<9} {'fixable':<8} summary\n")
    for rule in ALL_RULES:
        fixable = "yes" if rule.fixable else "no"
        out.write(f"{rule.code:<7} {rule.name:<34} {rule.severity.value:<9} {fixable:<8} {rule_doc(rule).summary}\n")
    return ExitStatus.CLEAN


def _cmd_rule(code: str, out: TextIO, err: TextIO) -> ExitStatus:
    rule = RULES_BY_CODE.get(code.upper())
    if rule is None:
        err.write(f"timecheck: unknown rule {code!r} (see `timecheck rules`)\n")
        return ExitStatus.ERROR
    doc = rule_doc(rule)
    out.write(f"{rule.code} {rule.name} ({rule.severity.value}{', fixable' if rule.fixable else ''})\n\n")
    out.write(f"{doc.summary}\n\nWhy it matters\n{_indent(doc.why)}\n\nBad\n{_indent(doc.bad)}\n\nGood\n{_indent(doc.good)}\n")
    if rule.options:
        out.write("\nOptions\n")
        for option in rule.options:
            out.write(f"    {option.name} = {option.default!r}: {option.help}\n")
    return ExitStatus.CLEAN


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.splitlines())


def _tolerant(stream: TextIO) -> TextIO:
    """Let a console stream write any str: a file name with undecodable bytes is shown escaped."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")
    return stream


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; return the exit status instead of exiting (tests call this in-process)."""
    out = out or _tolerant(sys.stdout)
    err = err or _tolerant(sys.stderr)
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code or 0) if isinstance(exc.code, int) else ExitStatus.ERROR
    if getattr(args, "verbose", False):
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s", stream=err)
    try:
        if args.command == "check":
            return _cmd_check(args, out, err)
        if args.command == "extract":
            return _cmd_extract(args, out, err)
        if args.command == "audit":
            return audit_command.run(args, out, err)
        if args.command == "serve":
            return serve_command.run(args, out, err)
        if args.command == "rules":
            return _cmd_rules(out)
        return _cmd_rule(args.code, out, err)
    except ConfigError as exc:
        err.write(f"timecheck: {exc}\n")
        return ExitStatus.ERROR
    except BrokenPipeError:
        return ExitStatus.CLEAN
