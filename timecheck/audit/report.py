"""The audit report: one self-contained HTML file an editor can open from disk.

Charts are inline SVG (``timecheck.audit.charts``); the one script, written here, sorts and
filters the table. Nothing is fetched at view time, and a Content-Security-Policy allows no
script but ours (by hash), so article text, which is always escaped, could not run even if an
escape were missed. Pure: data in, markup out.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TextIO

from timecheck.audit.charts import bar_chart
from timecheck.audit.defaults import DEFAULT_LINK_TEMPLATE
from timecheck.audit.summary import Summary

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class ReportFinding:
    """A finding as the report lists it."""

    code: str
    name: str
    severity: str
    message: str
    line: int
    column: int
    evidence: str


@dataclass(frozen=True, slots=True)
class ReportDocument:
    """A row of the report's table."""

    path: str
    line: int
    doc_id: str
    title: str
    published: str
    updated: str
    lag_days: float | None
    findings: tuple[ReportFinding, ...]


@dataclass(frozen=True, slots=True)
class ReportError:
    """An input error as the report lists it."""

    path: str
    line: int
    reason: str


SCRIPT = """
(function () {
  "use strict";
  var table = document.getElementById("documents");
  if (!table) { return; }
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function key(row, index, type) {
    var cell = row.cells[index];
    var value = cell.getAttribute("data-sort");
    if (value === null) { value = cell.textContent; }
    if (type === "number") { var number = parseFloat(value); return isNaN(number) ? -Infinity : number; }
    return value.toLowerCase();
  }
  function sortBy(index) {
    var header = headers[index];
    var type = header.getAttribute("data-type");
    var direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, index, type), y = key(b, index, type);
      return x < y ? -direction : x > y ? direction : 0;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  headers.forEach(function (header, index) {
    if (!header.hasAttribute("data-type")) { return; }
    header.tabIndex = 0;
    header.addEventListener("click", function () { sortBy(index); });
    header.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(index); }
    });
  });
  var filter = document.getElementById("filter");
  if (filter) {
    filter.addEventListener("input", function () {
      var needle = filter.value.toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) === -1;
      });
    });
  }
  document.documentElement.setAttribute("data-ready", "true");
})();
"""

STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem; color: #1d2330; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.cards { display: flex; flex-wrap: wrap; gap: 1rem; }
.card { border: 1px solid #d6dbe4; border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
.card b { display: block; font-size: 1.4rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure.chart { margin: 0; border: 1px solid #e3e7ee; border-radius: 6px; padding: .5rem; overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg .grid { stroke: #e8ebf0; } svg .axis { stroke: #8a93a3; }
svg .tick, svg .label { font-size: 11px; fill: #4a5363; }
table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
th, td { border-bottom: 1px solid #e3e7ee; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th[data-type] { cursor: pointer; user-select: none; white-space: nowrap; }
th[aria-sort="ascending"]::after { content: " \\25B2"; } th[aria-sort="descending"]::after { content: " \\25BC"; }
.sev-error { color: #b3261e; font-weight: 600; } .sev-warning { color: #8a5a00; } .sev-info { color: #3b6ea5; }
ul.findings { margin: 0; padding-left: 1rem; } #documents td:last-child { width: 38%; } .evidence { color: #5a6273; font-style: italic; }
code { font-size: .92em; } .empty { color: #5a6273; } .note { color: #5a6273; }
"""


def script_hash() -> str:
    """Return the CSP source that allows exactly the report's own script."""
    digest = hashlib.sha256(SCRIPT.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def write_report(out: TextIO, *, summary: Summary, documents: Iterable[ReportDocument],
                 errors: Iterable[ReportError], shown: int, database: str, generated: str,
                 link_template: str = DEFAULT_LINK_TEMPLATE) -> None:
    """Write the whole report; ``documents`` and ``errors`` are streamed into the tables."""
    policy = (f"default-src 'none'; style-src 'unsafe-inline'; script-src {script_hash()}; "
              "img-src data:; base-uri 'none'; form-action 'none'")
    out.write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
              f'<meta http-equiv="Content-Security-Policy" content="{escape(policy)}">\n'
              '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
              f"<title>timecheck audit</title><style>{STYLE}</style></head><body>\n")
    out.write(f"<h1>timecheck audit</h1><p class=\"note\">Database <code>{escape(database)}</code>, "
              f"generated {escape(generated)}.</p>\n")
    out.write(_cards(summary))
    out.write(_charts(summary))
    out.write(f"<h2>Documents with findings</h2><p class=\"note\">{_shown_note(shown, summary)}"
              " Click a column heading to sort.</p>\n"
              '<label>Filter <input id="filter" type="search" placeholder="code, path, text"></label>\n'
              '<table id="documents"><thead><tr>'
              '<th data-type="text">Document</th><th data-type="text">ID</th><th data-type="text">Title</th>'
              '<th data-type="text">Published</th><th data-type="text">Updated</th>'
              '<th data-type="number">Lag (days)</th><th data-type="number">Findings</th>'
              '<th data-type="number">Worst</th><th>What was found</th></tr></thead><tbody>\n')
    for document in documents:
        out.write(_row(document, link_template))
    out.write("</tbody></table>\n")
    out.write('<h2>Input errors</h2><table id="errors"><thead><tr><th>Input</th><th>Reason</th></tr></thead><tbody>\n')
    for error in errors:
        out.write(f"<tr><td><a href=\"{escape(_link(link_template, error.path, error.line, 1))}\">"
                  f"{escape(error.path)}:{error.line}</a></td><td>{escape(error.reason)}</td></tr>\n")
    out.write(f"</tbody></table>\n<script>{SCRIPT}</script>\n</body></html>\n")


def _cards(summary: Summary) -> str:
    severities = dict(summary.by_severity)
    cards = [
        ("Inputs", f"{summary.items:,}", f"{summary.documents:,} documents + {summary.errors:,} errors"),
        ("Findings", f"{summary.findings:,}", f"in {summary.documents_with_findings:,} documents"),
        ("Errors", f"{severities.get('error', 0):,}", "findings of severity error"),
        ("Warnings", f"{severities.get('warning', 0):,}", "findings of severity warning"),
        ("No publication date", f"{summary.no_publication:,}", "documents"),
    ]
    body = "".join(f'<div class="card">{escape(title)}<b>{escape(value)}</b>{escape(detail)}</div>'
                   for title, value, detail in cards)
    return f'<div class="cards" id="counts">{body}</div>\n'


def _charts(summary: Summary) -> str:
    by_rule = [(rule.code, rule.findings) for rule in summary.by_rule]
    merged: dict[str, int] = {}
    for code, count in by_rule:
        merged[code] = merged.get(code, 0) + count
    charts = [
        bar_chart("chart-rules", "Findings per rule", list(merged.items()), color="#b3261e"),
        bar_chart("chart-lag", "Update minus publication", list(summary.lag_histogram), color="#8a5a00",
                  empty="no document has both dates"),
        bar_chart("chart-publications", "Publications per year",
                  [(str(year), count) for year, count in summary.publication_years_filled()], color="#3b6ea5"),
        bar_chart("chart-findings-years", "Findings per year of publication", list(summary.findings_per_year),
                  color="#6b4fa3"),
    ]
    return '<h2>Distributions</h2><div class="charts">' + "".join(charts) + "</div>\n"


def _shown_note(shown: int, summary: Summary) -> str:
    if shown < summary.documents_with_findings:
        return (f"The {shown:,} documents with the worst findings of {summary.documents_with_findings:,}; "
                "query the database for the rest (table <code>v_findings</code>).")
    return f"All {summary.documents_with_findings:,} documents with findings."


def _row(document: ReportDocument, link_template: str) -> str:
    worst = max((SEVERITIES[::-1].index(f.severity) + 1 for f in document.findings if f.severity in SEVERITIES),
                default=0)
    worst_name = SEVERITIES[::-1][worst - 1] if worst else ""
    lag = f"{document.lag_days:.1f}" if document.lag_days is not None else ""
    items = "".join(
        f'<li><a href="{escape(_link(link_template, document.path, f.line, f.column))}">{f.line}:{f.column}</a> '
        f'<span class="sev-{escape(f.severity)}">{escape(f.code)}</span> {escape(f.message)}'
        + (f' <span class="evidence">“{escape(f.evidence)}”</span>' if f.evidence else "") + "</li>"
        for f in document.findings)
    return (f'<tr><td data-sort="{escape(document.path)}:{document.line:09d}">'
            f'<a href="{escape(_link(link_template, document.path, document.line, 1))}">'
            f"{escape(document.path)}:{document.line}</a></td>"
            f"<td>{escape(document.doc_id)}</td><td>{escape(document.title)}</td>"
            f"<td>{escape(document.published)}</td><td>{escape(document.updated)}</td>"
            f'<td data-sort="{escape(lag)}">{escape(lag)}</td><td>{len(document.findings)}</td>'
            f'<td data-sort="{worst}" class="sev-{escape(worst_name)}">{escape(worst_name)}</td>'
            f'<td><ul class="findings">{items}</ul></td></tr>\n')


def _link(template: str, path: str, line: int, column: int) -> str:
    absolute = os.path.abspath(path) if not path.startswith("<") else path
    uri = Path(absolute).as_uri() if os.path.isabs(absolute) else absolute
    return template.format(uri=uri, path=absolute, line=line, column=column)
