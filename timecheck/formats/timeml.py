"""TimeML: each document as a TimeML file with its DCT and inline TIMEX3 tags (TimeML 1.2.1).

Several documents are written one after another, each a complete XML document; TempEval-3 tool
chains read one file per document, so split on the ``<?xml`` declaration.
"""

from __future__ import annotations

from html import escape as _escape_markup
from typing import TextIO

from timecheck.formats.options import RenderOptions
from timecheck.model import DocumentResult, Report


def escape(text: str) -> str:
    """``text`` as XML character data: "&", "<" and ">" escaped."""
    return _escape_markup(text, quote=False)


def quoteattr(value: str) -> str:
    """``value`` as a quoted XML attribute value: in double quotes, with "&", "<", ">" and
    quotes escaped as XML reads them. The html module is loaded anyway; xml.sax.saxutils would
    load urllib's request machinery with it, tens of milliseconds of every command's start."""
    return f'"{_escape_markup(value, quote=True)}"'


def _attributes(pairs: list[tuple[str, str]]) -> str:
    return "".join(f" {name}={quoteattr(value)}" for name, value in pairs if value)


def _document(result: DocumentResult) -> str:
    document = result.document
    parts = ['<?xml version="1.0" ?>\n<TimeML>\n', f"<DOCID>{escape(document.id)}</DOCID>\n"]
    if result.anchor is not None:
        dct = result.anchor.iso()
        # TimeML's DCT value is a TIMEX3 value: no offset, which is kept out of the value string.
        value = dct[:16] if "T" in dct else dct
        parts.append(f'<DCT><TIMEX3 tid="t0" type="{"TIME" if "T" in value else "DATE"}" '
                     f'value={quoteattr(value)} temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>\n')
    parts.append("<TEXT>")
    position = 0
    for number, timex in enumerate(result.timexes, 1):
        parts.append(escape(document.text[position:timex.start]))
        attributes = _attributes([
            ("tid", f"t{number}"), ("type", timex.type.value), ("value", timex.value), ("mod", timex.mod),
            ("quant", timex.quant), ("freq", timex.freq),
            ("temporalFunction", "true" if timex.anchor is not None else "false"),
            ("anchorTimeID", "t0" if timex.anchor is not None and result.anchor is not None else ""),
        ])
        parts.append(f"<TIMEX3{attributes}>{escape(timex.text)}</TIMEX3>")
        position = timex.end
    parts.append(escape(document.text[position:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def render_expressions(report: Report, out: TextIO, *, options: RenderOptions) -> None:
    """Write every document as TimeML with TIMEX3 tags around its expressions."""
    for result in report.results:
        out.write(_document(result))
