"""Inline suppressions: ``timecheck: ignore[TC201]`` in a comment, for one line or a whole file.

    <!-- timecheck: ignore[TC201] -->         the next non-blank line
    Tuesday, May 3 <!-- timecheck: ignore[TC201] -->   this line (text before the comment)
    <!-- timecheck: ignore-file[TC102] -->    the whole file
    <!-- timecheck: ignore -->                every code, on the next line

Any comment syntax works (HTML, Markdown, ``#`` in plain text): the marker is what counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timecheck.model import Finding, Suppression
from timecheck.textmap import TextMap

_MARKER = re.compile(
    r"timecheck:[ \t]*ignore(?P<file>-file)?(?:\[(?P<codes>[A-Za-z0-9, \t]{1,200})\])?"
)
# What may stand before a marker on its own line: comment openers and blanks.
_COMMENT_OPENERS = re.compile(r"^[ \t]*(?:<!--|#|//|/\*|\[//\]:\s*#\s*\(|%)?[ \t]*$")
ALL_CODES = "ALL"


def find_suppressions(text: str, textmap: TextMap) -> tuple[Suppression, ...]:
    """Return every suppression comment in ``text``, mapped to source lines through ``textmap``."""
    found: list[Suppression] = []
    for match in _MARKER.finditer(text):
        codes = tuple(
            code.strip().upper() for code in re.split(r"[,\s]+", match.group("codes") or "") if code.strip()
        ) or (ALL_CODES,)
        comment_line, comment_column = textmap.position(match.start())
        if match.group("file"):
            found.append(Suppression(codes, 0, comment_line, comment_column))
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _COMMENT_OPENERS.match(text[line_start:match.start()]):
            target = _next_text_line(text, match.end())
            line = textmap.position(target)[0] if target is not None else comment_line
        else:
            line = comment_line
        found.append(Suppression(codes, line, comment_line, comment_column))
    return tuple(found)


def _next_text_line(text: str, position: int) -> int | None:
    newline = text.find("\n", position)
    while newline != -1:
        start = newline + 1
        end = text.find("\n", start)
        line = text[start:end if end != -1 else len(text)]
        if line.strip():
            return start
        newline = end
    return None


def _covers(suppression: Suppression, finding: Finding) -> bool:
    if suppression.line not in (0, finding.line):
        return False
    return ALL_CODES in suppression.codes or any(finding.code.startswith(code) for code in suppression.codes)


def apply_suppressions(findings: Iterable[Finding],
                       suppressions: tuple[Suppression, ...]) -> tuple[list[Finding], set[Suppression]]:
    """Drop suppressed findings; return the rest and the suppressions that suppressed something.

    A document can hold a finding every few characters (hostile text), so the suppressions are
    grouped by the line they cover once, and each finding looks at its own line's and the
    file-wide ones only, rather than testing every suppression of the document; most documents
    have none, and then nothing is looked at.
    """
    if not suppressions:
        return list(findings), set()
    by_line: dict[int, list[Suppression]] = {}
    for suppression in suppressions:
        by_line.setdefault(suppression.line, []).append(suppression)
    whole_file = by_line.pop(0, [])
    kept: list[Finding] = []
    used: set[Suppression] = set()
    for finding in findings:
        covering = [s for s in (*whole_file, *by_line.get(finding.line, ())) if _covers(s, finding)]
        if covering:
            used.update(covering)
        else:
            kept.append(finding)
    return kept, used
