"""``--statistics``: how many findings each rule produced, instead of the findings themselves."""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from timecheck.formats.options import RenderOptions
from timecheck.model import Report, Severity


def statistics(report: Report) -> list[dict[str, object]]:
    """Return one entry per rule that fired: code, name, severity, count; most frequent first."""
    counts: Counter[str] = Counter(finding.code for finding in report.findings)
    about: dict[str, tuple[str, Severity]] = {}
    fixable: set[str] = set()
    for finding in report.findings:
        about.setdefault(finding.code, (finding.name, finding.severity))
        if finding.fix is not None:
            fixable.add(finding.code)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [{"code": code, "name": about[code][0], "severity": about[code][1].value, "count": count,
             "fixable": code in fixable}
            for code, count in rows]


def render(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write a table: count, code, name, severity; a ``[*]`` marks rules with automatic fixes."""
    rows = statistics(report)
    width = max((len(str(row["count"])) for row in rows), default=1)
    name_width = max((len(str(row["name"])) for row in rows), default=0)
    for row in rows:
        mark = "[*]" if row["fixable"] else "   "
        out.write(f"{row['count']:>{width}}  {row['code']}  {mark} {str(row['name']):<{name_width}}  "
                  f"{row['severity']}\n")
    if not options.quiet:
        total = sum(int(str(row["count"])) for row in rows)
        out.write(f"Found {total} finding{'s' if total != 1 else ''} in {len(report.results)} "
                  f"document{'s' if len(report.results) != 1 else ''}.\n")


def render_json(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write the statistics as one JSON array (schema: ``$defs/statistic``)."""
    json.dump(statistics(report), out, ensure_ascii=False, indent=2)
    out.write("\n")
