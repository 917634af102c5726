"""JSON Lines: one finding (check) or one document (extract) per line, for streaming consumers."""

from __future__ import annotations

import json
from typing import TextIO

from timecheck.fingerprint import fingerprints
from timecheck.formats.options import RenderOptions
from timecheck.formats.serialize import document_to_dict, finding_to_dict
from timecheck.model import Report


def render(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write one finding per line (input errors go to standard error, as in every format).

    Each line is an instance of ``formats/finding.schema.json``.
    """
    for finding, print_ in fingerprints(report, root=options.root):
        data = {**finding_to_dict(finding), "fingerprint": print_}
        out.write(json.dumps(data, ensure_ascii=False) + "\n")


def render_expressions(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write one document per line: ``{"id", "anchor", "published", "updated", "stamps", "timexes"}``."""
    for result in report.results:
        out.write(json.dumps(document_to_dict(result, explain=options.explain), ensure_ascii=False) + "\n")
