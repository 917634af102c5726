"""Build the annotated page from its assets: the same HTML, CSS and script for ``/`` and ``--format html``.

The served page starts empty and asks the API; the static file carries its data in a JSON block
(``<script type="application/json">``, which never runs) that the same script draws. Data goes
in only through ``json_for_script``; the template's other slots take fixed text.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from timecheck import __version__

_SLOT = re.compile(r"@@([A-Z]+)@@")
# In a <script> block, "</script" or "<!--" would end or bend it: JSON may say \u003c instead.
_SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                                 "\u2029": "\\u2029"})


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page and its Content-Security-Policy (also in its ``<meta>``)."""

    html: str
    policy: str


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """Return one of the page's files (``page.html``, ``page.css``, ``page.js``)."""
    return resources.files("timecheck.serve").joinpath("static").joinpath(name).read_text(encoding="utf-8")


def policy() -> str:
    """Return the page's Content-Security-Policy: our own inline style and script, nothing else.

    Hashes, not 'unsafe-inline': an element or handler that slipped into the page could not
    run. ``connect-src 'self'`` lets the served page call the API and nothing else.
    """
    return ("default-src 'none'; "
            f"script-src '{_digest(asset('page.js'))}'; style-src '{_digest(asset('page.css'))}'; "
            "img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'")


def build_page(data: Mapping[str, object] | None, *, title: str = "timecheck") -> Page:
    """Return the page, drawing ``data`` (``payload.report_payload``) or, with None, the editor."""
    rule = policy()
    values = {
        "TITLE": html.escape(title),
        "POLICY": _attribute(rule),
        "GENERATOR": _attribute(f"timecheck {__version__}"),
        "STYLE": asset("page.css"),
        "SCRIPT": asset("page.js"),
        "DATA": json_for_script(data),
    }
    # One pass over the template: text put into a slot is never searched for slots itself.
    page = _SLOT.sub(lambda match: values[match.group(1)], asset("page.html"))
    return Page(page, rule)


def json_for_script(data: object) -> str:
    """Return ``data`` as JSON that is safe inside a ``<script>`` element."""
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in some text: JSON can still say it
        text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return text.translate(_SCRIPT_ESCAPES)


def _attribute(value: str) -> str:
    # Slots that are attribute values in double quotes: single quotes may stay as they are.
    return html.escape(value, quote=False).replace('"', "&quot;")


def _digest(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
