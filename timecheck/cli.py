"""The command line: turn arguments into Settings, call the library, pick a formatter, return an exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timezone
from enum import IntEnum
from types import MappingProxyType
from typing import TextIO

from timecheck import __version__
from timecheck.api import check, to_moment
from timecheck.config import DATE_ORDERS, discover
from timecheck.engine import run
from timecheck.errors import ConfigError
from timecheck.fixer import FixedFile, plan_fixes, write_atomically
from timecheck.formats import CHECK_FORMATS, EXTRACT_FORMATS, RenderOptions
from timecheck.model import Finding, Report, Severity
from timecheck.readers import READERS, read_paths
from timecheck.rules import ALL_RULES, RULES_BY_CODE
from timecheck.rules.docs import rule_doc
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
    common.add_argument("--config", metavar="FILE", help="config file (default: nearest timecheck.toml or pyproject.toml)")
    common.add_argument("--anchor", metavar="ISO", help="anchor for documents without a publication stamp")
    common.add_argument("--input-format", choices=sorted(READERS), help="read every input as this format")
    common.add_argument("--field", action="append", default=[], metavar="ROLE=NAME",
                        help="record field for a role (id, url, text, html, published, updated); repeatable")
    common.add_argument("--default-zone", metavar="ZONE", help="zone of stamps that name none (default UTC)")
    common.add_argument("--date-order", choices=sorted(DATE_ORDERS),
                        help="how numeric dates such as 03/04/2011 are read (default: ambiguous)")

    check_cmd = commands.add_parser("check", parents=[common], help="lint articles and report contradictions")
    check_cmd.add_argument("--format", choices=sorted(CHECK_FORMATS), default="text")
    check_cmd.add_argument("--select", metavar="CODES", help="comma-separated rule codes or prefixes to run")
    check_cmd.add_argument("--ignore", metavar="CODES", help="comma-separated rule codes or prefixes to skip")
    check_cmd.add_argument("--extend-select", metavar="CODES", help="rules to run on top of the selection")
    check_cmd.add_argument("--fail-on", choices=[s.value for s in Severity],
                           help="lowest severity that makes the exit code 1 (default: error)")
    check_cmd.add_argument("--now", metavar="ISO", help="the current time, for repeatable runs")
    check_cmd.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check_cmd.add_argument("--fix", action="store_true", help="apply certain fixes (TC201, TC208) to the files")
    check_cmd.add_argument("--diff", action="store_true", help="print the fixes as a diff; change nothing")

    extract_cmd = commands.add_parser("extract", parents=[common], help="print the temporal expressions and their values")
    extract_cmd.add_argument("--format", choices=sorted(EXTRACT_FORMATS), default="text")
    extract_cmd.add_argument("--explain", action="store_true",
                             help="name the pattern behind each expression and why each stamp was chosen")

    commands.add_parser("rules", help="list the rules")
    rule_cmd = commands.add_parser("rule", help="explain one rule")
    rule_cmd.add_argument("code", metavar="CODE")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    settings = discover(args.config)
    if args.anchor:
        try:
            settings = replace(settings, anchor=to_moment(args.anchor, default_zone=settings.default_zone))
        except ValueError as exc:
            raise ConfigError(f"--anchor: {exc}") from exc
    if args.input_format:
        settings = replace(settings, input_format=args.input_format)
    if args.default_zone:
        settings = replace(settings, default_zone=args.default_zone)
    if args.date_order:
        settings = replace(settings, dayfirst=DATE_ORDERS[args.date_order])
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
    report = check(args.paths, settings=settings, now=_now(args.now))
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
        for fixed in _fixes(report):
            with open(fixed.path, "rb") as handle:
                bom = handle.read(3) == b"\xef\xbb\xbf"
            write_atomically(fixed.path, fixed.after, encoding="utf-8-sig" if bom else "utf-8")
            done.update(fixed.fixed)
        if done:
            err.write(f"Fixed {len(done)} finding{'s' if len(done) != 1 else ''}.\n")
        report = replace(report, results=tuple(
            replace(result, findings=tuple(f for f in result.findings if f not in done))
            for result in report.results))
    color = args.color == "always" or (args.color == "auto" and out.isatty())
    CHECK_FORMATS[args.format](report, out, options=RenderOptions(color=color))
    _report_problems(report, err)
    if report.problems:
        return ExitStatus.ERROR
    if any(f.severity.rank >= settings.fail_on.rank for f in report.findings):
        return ExitStatus.FINDINGS
    return ExitStatus.CLEAN


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> ExitStatus:
    settings = _settings(args)
    report = run(read_paths(args.paths, settings), settings=settings, now=None, check_rules=False)
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


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; return the exit status instead of exiting (tests call this in-process)."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits on --help, --version and usage errors
        return int(exc.code or 0) if isinstance(exc.code, int) else ExitStatus.ERROR
    try:
        if args.command == "check":
            return _cmd_check(args, out, err)
        if args.command == "extract":
            return _cmd_extract(args, out, err)
        if args.command == "rules":
            return _cmd_rules(out)
        return _cmd_rule(args.code, out, err)
    except ConfigError as exc:
        err.write(f"timecheck: {exc}\n")
        return ExitStatus.ERROR
    except BrokenPipeError:
        return ExitStatus.CLEAN
