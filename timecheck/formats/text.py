"""Human-readable output: ``path:line:col: CODE message``, one finding a line, then a summary.

With ``show_source`` each finding is followed by its line of article text and a ``^^^`` marker
under the expression it is about (the line of the document's text, which for plain text is
the source line; for HTML it is the extracted prose, for records the record's text field).
"""

from __future__ import annotations

import unicodedata
from typing import TextIO

from timecheck.formats.options import RenderOptions
from timecheck.model import Document, Finding, Report, Severity

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"
_GUTTER = "\033[34m"
# Longest stretch of a source line shown; longer lines are cut around the marker.
_WIDTH = 120
_CONTEXT_BEFORE = 40
_ELLIPSIS = "…"


def render(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write the findings of ``check``, each with its source line if asked, then a summary."""
    documents: dict[tuple[str, str], Document] = {}
    if options.show_source:
        documents = {(result.document.path, result.document.id): result.document for result in report.results}
    for finding in report.findings:
        code, path = finding.code, finding.path
        if options.color:
            code = f"{_BOLD}{_COLORS[finding.severity]}{code}{_RESET}"
            path = f"{_BOLD}{path}{_RESET}"
        message = _printable_text(finding.message)
        out.write(f"{path}:{finding.line}:{finding.column}: {code} {message}\n")
        if options.show_source:
            for line in snippet(finding, documents.get((finding.path, finding.doc_id)), color=options.color):
                out.write(line + "\n")
        if finding.fix is not None:
            out.write(f"  fix: {finding.fix.title}\n")
        if options.show_source:
            out.write("\n")
    if not options.quiet:
        out.write(summary(report) + "\n")


def summary(report: Report) -> str:
    """Return the closing line: how many findings of each severity in how many documents."""
    counts = [(report.count(s), s.value) for s in Severity]
    total = sum(n for n, _ in counts)
    documents = f"{len(report.results)} document{'s' if len(report.results) != 1 else ''}"
    if not total:
        return f"All clear: {documents} checked."
    detail = ", ".join(f"{n} {name}{'s' if n != 1 else ''}" for n, name in counts if n)
    return f"Found {total} finding{'s' if total != 1 else ''} ({detail}) in {documents}."


def snippet(finding: Finding, document: Document | None, *, color: bool = False) -> list[str]:
    """Return the line of text a finding points into, and a marker line under its span.

    Empty when the finding has no span in the document's text (a missing stamp, a ``<meta>``
    tag, a comment). A span running past its line is marked to the end of the line.
    """
    if document is None or finding.span is None:
        return []
    text = document.text
    start, end = finding.span
    if not 0 <= start <= end <= len(text):
        return []
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end == -1:
        line_end = len(text)
    line = text[line_start:line_end]
    if line.endswith("\r"):
        line = line[:-1]
    mark_start = min(start - line_start, len(line))
    mark_end = max(min(end - line_start, len(line)), mark_start + 1)
    shown, mark_start, mark_end = _crop(line, mark_start, mark_end)
    shown = _printable_text(shown)
    marker = _blank(shown[:mark_start]) + "^" * max(_display_width(shown[mark_start:mark_end]), 1)
    number = str(finding.line) if document.textmap.exact else ""
    pad = " " * len(number)
    if color:
        severity = _COLORS[finding.severity]
        return [f"{_GUTTER}{number} |{_RESET} {shown}", f"{_GUTTER}{pad} |{_RESET} {severity}{marker}{_RESET}"]
    return [f"{number} | {shown}", f"{pad} | {marker}"]


def _crop(line: str, mark_start: int, mark_end: int) -> tuple[str, int, int]:
    """Cut a long line to a window around the marker, with an ellipsis where it was cut."""
    if len(line) <= _WIDTH:
        return line, mark_start, mark_end
    begin = max(0, mark_start - _CONTEXT_BEFORE)
    finish = min(len(line), begin + _WIDTH)
    shown = line[begin:finish]
    mark_start -= begin
    mark_end = min(mark_end, finish) - begin
    if begin > 0:
        shown = _ELLIPSIS + shown
        mark_start += 1
        mark_end += 1
    if finish < len(line):
        shown += _ELLIPSIS
    return shown, mark_start, max(mark_end, mark_start + 1)


def _printable_text(text: str) -> str:
    """Return ``text`` with control characters replaced (see :func:`_printable`).

    ``str.isprintable`` is False for every character that replaces (and for a few more, such
    as tabs and no-break spaces), so the common message is passed through at C speed and only
    the rest is read character by character: a check can print a finding per expression.
    """
    if text.isprintable():
        return text
    return "".join(_printable(char) for char in text)


def _printable(char: str) -> str:
    # Control characters would move the cursor or recolour the terminal: an article is data.
    if char != "\t" and unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
        return "\N{REPLACEMENT CHARACTER}"
    return char


def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _display_width(text: str) -> int:
    return sum(_char_width(char) for char in text)


def _blank(text: str) -> str:
    """Return whitespace as wide as ``text`` on a terminal (tabs kept, so the marker lines up)."""
    return "".join("\t" if char == "\t" else " " * _char_width(char) for char in text)


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
