"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff.

    ::error file=news/a.txt,line=3,col=14,endLine=3,endColumn=36,title=TC102 update-long-after-publication::TC102 updated ...

Severities map to the three annotation levels: error, warning, and notice (info). Values are
escaped the way the Actions runner unescapes them (``actions/toolkit``, ``command.ts``): ``%``,
CR and LF in the message; those and ``:`` and ``,`` in properties. Paths are relative to the
root (the workspace, where the job runs), which is what GitHub matches against the diff.
Input errors become ``error`` annotations too, so a broken file shows up where it is.
"""

from __future__ import annotations

from typing import TextIO

from timecheck.formats.options import RenderOptions
from timecheck.formats.paths import relative_path
from timecheck.model import Finding, Report, Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message: ``%``, carriage return and line feed."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value: as a message, plus ``:`` and ``,`` (they delimit properties)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, properties: list[tuple[str, str]]) -> str:
    """Return one workflow command line (without its newline)."""
    rendered = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{level} {rendered}::{escape_data(message)}" if rendered else f"::{level}::{escape_data(message)}"


def annotation(finding: Finding, root: str | None) -> str:
    """Return the annotation of one finding."""
    properties = [("file", relative_path(finding.path, root))]
    if finding.line > 0:
        properties += [("line", str(finding.line)), ("col", str(finding.column))]
        if (finding.end_line, finding.end_column) >= (finding.line, finding.column):
            properties += [("endLine", str(finding.end_line)), ("endColumn", str(finding.end_column))]
    properties.append(("title", f"{finding.code} {finding.name}"))
    return command(LEVELS[finding.severity], f"{finding.code} {finding.message}", properties)


def render(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write one annotation per finding, then one per input error."""
    for finding in report.findings:
        out.write(annotation(finding, options.root) + "\n")
    for problem in report.problems:
        properties = [("file", relative_path(problem.path, options.root))]
        if problem.line > 0:
            properties.append(("line", str(problem.line)))
        properties.append(("title", "timecheck input error"))
        out.write(command("error", problem.reason, properties) + "\n")
