"""One static HTML file: the annotated view of every document, for CI artifacts.

The page is the one ``timecheck serve`` shows at ``/`` (``timecheck/serve/page.py``), with the
report embedded as data: each text with its expressions highlighted and resolved, the findings
beside it, a timeline of the dates. It needs no network and runs nothing from the articles.
"""

from __future__ import annotations

from typing import TextIO

from timecheck.formats.options import RenderOptions
from timecheck.model import Report

# Module imports, not names: ``serve.payload`` imports ``formats`` helpers, so either package
# may be the one imported first.
from timecheck.serve import page, payload


def render(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write the annotated page of every document of ``report``."""
    count = len(report.results)
    title = f"timecheck: {count} document{'s' if count != 1 else ''}, {len(report.findings)} findings"
    out.write(page.build_page(payload.report_payload(report, root=options.root), title=title).html)
