"""One JSON document: ``{"version", "findings", "errors", "summary"}`` for check, a list for extract.

The check document is described by ``formats/finding.schema.json`` (``$defs/report``).
"""

from __future__ import annotations

import json
from typing import TextIO

from timecheck.fingerprint import fingerprints
from timecheck.formats.options import RenderOptions
from timecheck.formats.serialize import (
    SCHEMA_VERSION,
    document_to_dict,
    finding_to_dict,
    problem_to_dict,
)
from timecheck.model import Report, Severity


def render(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write the findings of ``check`` with the input errors and the counts."""
    data = {
        "version": SCHEMA_VERSION,
        "findings": [{**finding_to_dict(finding), "fingerprint": print_}
                     for finding, print_ in fingerprints(report, root=options.root)],
        "errors": [problem_to_dict(problem) for problem in report.problems],
        "summary": {
            "documents": len(report.results),
            "errors_in_input": len(report.problems),
            **{severity.value: report.count(severity) for severity in Severity},
        },
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def render_expressions(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write the documents of ``extract`` as one JSON array."""
    documents = [document_to_dict(result, explain=options.explain) for result in report.results]
    json.dump(documents, out, ensure_ascii=False, indent=2)
    out.write("\n")
