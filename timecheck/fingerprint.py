"""Fingerprint findings so the same finding is recognised after edits elsewhere in its file.

Baselines (``--baseline``) and SARIF ``partialFingerprints`` both use these. A fingerprint is
a hash of:

- the path, relative to a root (the baseline's folder, or the SARIF root), with ``/`` separators;
- the document id, for files that hold many documents (JSON Lines archives); a document whose
  id is its path contributes nothing more;
- the rule code;
- the text of the finding's span, with runs of whitespace made one space and case folded;
- the occurrence index among findings that agree on all of the above, in document order.

Line and column numbers are left out on purpose: adding a paragraph above a finding moves it
without making it new. The message is left out too, so rewording a message in a new timecheck
release does not resurface a whole baseline. A finding without a span (a missing stamp, a
``<meta>`` tag) is told apart from its siblings by its occurrence index alone.

The occurrence index is the price of leaving lines out: when a finding equal in all the parts
above is added *before* an old one, the new one takes the old one's index and the old one is
reported as new. The count of new findings is still right; which of the twins is shown is not.
"""

from __future__ import annotations

import hashlib
import os
import re

from timecheck.model import Document, Finding, Report

# Bump when the recipe changes: old baselines then stop matching instead of matching wrongly.
FINGERPRINT_VERSION = 1
# The key of timecheck's entry in a SARIF result's ``partialFingerprints``.
SARIF_KEY = f"timecheck/v{FINGERPRINT_VERSION}"
# Hex digits kept of the SHA-256: 128 bits, far beyond any archive's number of findings.
_LENGTH = 32
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Collapse whitespace to single spaces, strip the ends and fold case."""
    return _SPACE.sub(" ", text).strip().casefold()


def path_key(path: str, root: str | None) -> str:
    """Return ``path`` relative to ``root`` with ``/`` separators (as given when root is None).

    Standard input (``<stdin>``, ``-``) is kept as it is.
    """
    if root is None or path in ("-", "<stdin>"):
        return path.replace(os.sep, "/")
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive on Windows: no relative path exists
        relative = os.path.abspath(path)
    return relative.replace(os.sep, "/")


def span_text(finding: Finding, document: Document | None) -> str:
    """Return the normalized text the finding points at, or "" when it has no span in the text."""
    if document is None or finding.span is None:
        return ""
    start, end = finding.span
    if not 0 <= start <= end <= len(document.text):
        return ""
    return normalize(document.text[start:end])


def fingerprint(*, path: str, doc_id: str, code: str, context: str, occurrence: int) -> str:
    """Hash the parts of a finding that survive edits elsewhere in its file (see module doc)."""
    parts = (str(FINGERPRINT_VERSION), path, doc_id, code, context, str(occurrence))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:_LENGTH]


def fingerprints(report: Report, *, root: str | None = None) -> list[tuple[Finding, str]]:
    """Return every finding of ``report`` (in report order) with its fingerprint.

    ``root`` is the folder paths are made relative to; None keeps them as given.
    """
    documents = {(result.document.path, result.document.id): result.document for result in report.results}
    seen: dict[tuple[str, str, str, str], int] = {}
    out: list[tuple[Finding, str]] = []
    for finding in report.findings:  # document order: occurrences count from the top
        key_path = path_key(finding.path, root)
        # Text and HTML files use their path as the document id: do not count the path twice,
        # nor in a form (absolute, ./relative) that depends on how timecheck was called.
        doc_id = "" if finding.doc_id == finding.path else finding.doc_id
        context = span_text(finding, documents.get((finding.path, finding.doc_id)))
        group = (key_path, doc_id, finding.code, context)
        occurrence = seen.get(group, 0)
        seen[group] = occurrence + 1
        out.append((finding, fingerprint(path=key_path, doc_id=doc_id, code=finding.code, context=context,
                                         occurrence=occurrence)))
    return out
