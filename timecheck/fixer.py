"""Apply certain fixes (TC201, TC208) to source files: only when asked, atomically.

Edits are made on a document's text; they are carried back to the file through its text map, and
an edit is applied only where the file still holds exactly the text the edit replaces, so a fix
can never land on the wrong characters.
"""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass

from timecheck.model import DocumentResult, Edit, Finding


@dataclass(frozen=True, slots=True)
class FixedFile:
    """A file's source before and after its fixes, and the findings those fixes resolve."""

    path: str
    before: str
    after: str
    fixed: tuple[Finding, ...]

    def diff(self) -> str:
        """Return the change as a unified diff."""
        return "".join(difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True),
            fromfile=f"a/{self.path}", tofile=f"b/{self.path}"))


def _line_starts(source: str) -> list[int]:
    starts = [0]
    position = source.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = source.find("\n", position + 1)
    return starts


def _source_span(result: DocumentResult, edit: Edit, starts: list[int], source: str) -> tuple[int, int] | None:
    textmap = result.document.textmap
    if not textmap.exact:
        return None
    begin_line, begin_column = textmap.position(edit.start)
    if edit.end > edit.start:
        end_line, end_column = textmap.position(edit.end - 1)
        end_column += 1  # one past the last replaced character, not past any markup after it
    else:
        end_line, end_column = begin_line, begin_column
    if begin_line > len(starts) or end_line > len(starts):
        return None
    begin = starts[begin_line - 1] + begin_column - 1
    end = starts[end_line - 1] + end_column - 1
    if source[begin:end] != result.document.text[edit.start:edit.end]:
        return None
    return begin, end


def plan_fixes(result: DocumentResult, source: str, findings: Iterable[Finding]) -> FixedFile:
    """Apply the fixes of ``findings`` (one document's) to ``source``; overlapping fixes are skipped."""
    starts = _line_starts(source)
    planned: list[tuple[int, int, str, Finding]] = []
    for finding in findings:
        if finding.fix is None:
            continue
        spans = [(_source_span(result, edit, starts, source), edit.replacement) for edit in finding.fix.edits]
        if any(span is None for span, _ in spans):
            continue
        for span, replacement in spans:
            assert span is not None
            planned.append((span[0], span[1], replacement, finding))
    planned.sort(key=lambda item: (item[0], item[1]))
    after: list[str] = []
    position = 0
    fixed: list[Finding] = []
    for begin, end, replacement, finding in planned:
        if begin < position:
            continue  # overlaps an edit already taken; the next run will offer it again
        after.append(source[position:begin])
        after.append(replacement)
        position = end
        if finding not in fixed:
            fixed.append(finding)
    after.append(source[position:])
    return FixedFile(result.document.path, source, "".join(after), tuple(fixed))


def write_atomically(path: str, text: str, *, encoding: str = "utf-8") -> None:
    """Replace a file's content atomically: a failed write leaves the original intact."""
    folder = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".timecheck-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
