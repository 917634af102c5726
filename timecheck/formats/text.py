"""Human-readable output: ``path:line:col: CODE message``, one finding a line, then a summary."""

from __future__ import annotations

from typing import TextIO

from timecheck.formats.options import RenderOptions
from timecheck.model import Report, Severity

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"


def render(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write the findings of ``check``."""
    for finding in report.findings:
        code = finding.code
        if options.color:
            code = f"{_BOLD}{_COLORS[finding.severity]}{code}{_RESET}"
        out.write(f"{finding.path}:{finding.line}:{finding.column}: {code} {finding.message}\n")
        if finding.fix is not None:
            out.write(f"  fix: {finding.fix.title}\n")
    counts = [(report.count(s), s.value) for s in Severity]
    total = sum(n for n, _ in counts)
    if total:
        detail = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for n, name in counts if n)
        out.write(f"Found {total} finding{'s' if total != 1 else ''} ({detail}) "
                  f"in {len(report.results)} document{'s' if len(report.results) != 1 else ''}.\n")
    else:
        out.write(f"All clear: {len(report.results)} document{'s' if len(report.results) != 1 else ''} checked.\n")


def render_expressions(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write the expressions of ``extract``: a header per document, a line per expression."""
    for result in report.results:
        anchor = result.anchor.iso() if result.anchor is not None else "none"
        out.write(f"{result.document.path} ({result.document.id}): anchor {anchor}")
        out.write(f" [{result.anchor_reason}]\n" if options.explain else "\n")
        for timex in result.timexes:
            line, column = result.document.textmap.position(timex.start)
            rule = f"  [{timex.rule}]" if options.explain else ""
            out.write(f"  {line}:{column}\t{timex.type.value}\t{timex.value}\t{timex.text!r}{rule}\n")
