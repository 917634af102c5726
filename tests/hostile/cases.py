"""Hostile inputs as data: each names its file, its bytes, and the clean outcome expected.

``error`` is a phrase the input error must contain (the file is reported, never crashes the
batch); ``documents`` is how many documents must still be read from it. Adding a case is adding
a line here.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Hostile:
    """One hostile input and what timecheck must make of it."""

    name: str
    data: bytes
    error: str = ""
    documents: int = 0


def _jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(record).encode() + b"\n" for record in records)


_GOOD = {"id": "ok", "text": "Published 15 September 2011\nIt ended yesterday."}
_ARTICLE = b"Published 15 September 2011\nIt ended yesterday.\n"

HOSTILE: tuple[Hostile, ...] = (
    Hostile("empty.txt", b"", error="empty file"),
    Hostile("spaces.txt", b"   \n\t \n", error="only whitespace"),
    Hostile("elf-binary.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, error="binary data"),
    Hostile("png-named.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), error="binary data"),
    Hostile("nul-in-middle.txt", _ARTICLE + b"\x00\x00" + _ARTICLE, error="binary data"),
    Hostile("only-bom.txt", b"\xef\xbb\xbf", error="empty"),
    Hostile("truncated-utf8.txt", _ARTICLE + "café".encode()[:-1], documents=1),
    Hostile("latin1.txt", "Publié le 15 septembre 2011. Café, naïve.\n".encode("latin-1"), documents=1),
    Hostile("utf16-bom.txt", "\ufeffPublished 15 September 2011\nIt ended yesterday.\n".encode("utf-16-le"),
            documents=1),
    Hostile("mojibake.txt", "Published 15 September 2011\nIt ended yesterdayâ€™s talks Ã©tÃ©.\n".encode(), documents=1),
    Hostile("crlf-and-cr.txt", b"Published 15 September 2011\r\nIt ended\ryesterday.\r\n", documents=1),
    Hostile("control-chars.txt", b"Published 15 September 2011\n\x1b[31mred\x1b[0m\x07\x08 yesterday\n", documents=1),
    Hostile("bidi-override.txt", "Published 15 September 2011\n\u202eIt ended yesterday\u202c \u200b.\n".encode(),
            documents=1),
    Hostile("lone-surrogate.jsonl", b'{"id": "s", "text": "Published 15 September 2011\\nyesterday \\ud800 x"}\n',
            documents=1),
    Hostile("lone-surrogate-id.jsonl", b'{"id": "a\\udc00b", "text": "yesterday"}\n', documents=1),
    Hostile("lone-surrogate-array.json", b'[{"id": "\\ud800", "text": "yesterday \\udfff"}]', documents=1),
    Hostile("broken-line.jsonl", _jsonl(_GOOD) + b'{"id": "bad", "text": \n' + _jsonl(dict(_GOOD, id="ok2")),
            error="invalid JSON", documents=2),
    Hostile("almost-json.jsonl", b"{'id': 'x', 'text': 'yesterday',}\n", error="invalid JSON"),
    Hostile("trailing-comma.json", b'[{"id": "a", "text": "yesterday"},]', error="invalid JSON", documents=1),
    Hostile("truncated-array.json", b'[{"id": "a", "text": "yesterday"}, {"id": "b", "te', error="invalid JSON",
            documents=1),
    Hostile("deep-json.json", b"[" * 100_000 + b"]" * 100_000, error="nested too deeply"),
    Hostile("deep-jsonl.jsonl", b"{\"a\":" * 50_000 + b"1" + b"}" * 50_000 + b"\n", error="nested too deeply"),
    Hostile("nan-and-huge.jsonl", b'{"id": "n", "text": "yesterday", "published": NaN}\n'
            b'{"id": "h", "text": "yesterday", "published": 1e400}\n', documents=2),
    Hostile("huge-epoch.jsonl", b'{"id": "e", "text": "yesterday", "published": 99999999999999999999}\n', documents=1),
    Hostile("text-not-string.jsonl", _jsonl({"id": "t", "text": ["a", "b"]}), error="not a string"),
    Hostile("record-is-list.jsonl", _jsonl([1, 2, 3]), error="not an object"),
    Hostile("null-record.json", b"null", error="not an object"),
    Hostile("no-text-field.jsonl", _jsonl({"id": "x", "title": "Only a title"}), error="no text"),
    Hostile("invalid-utf8-line.jsonl", _jsonl(_GOOD) + b'{"id": "x", "text": "\xff\xfe bad"}\n', documents=2),
    Hostile("unclosed-tags.html", b"<html><body><div><p>Published 15 September 2011<p>It ended yesterday"
            b"<script>var x = '</div>", documents=1),
    Hostile("deep-html.html", b"<div>" * 100_000 + b"It ended yesterday." + b"</div>" * 100_000, documents=1),
    Hostile("script-only.html", b"<html><script>document.write('Published 1 May 2020')</script></html>",
            documents=1),
    Hostile("twenty-jsonld.html", b"<html><head>" + b"".join(
        b'<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-05-01"}</script>'
        for _ in range(19)) + b'<script type="application/ld+json">{"datePublished": "2020-05-01",</script>'
        b"</head><body><p>It ended yesterday.</p></body></html>", documents=1),
    Hostile("bad-yaml.md", b"---\ntitle: [unclosed\ndate: 2020-05-01\n---\n\nIt ended yesterday.\n", documents=1),
    Hostile("yaml-bomb.md", b"---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n\nBody.\n",
            documents=1),
    Hostile("xxe.xml", b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
            b"<TimeML><TEXT>&xxe; yesterday</TEXT></TimeML>\n", error="external entities are disabled"),
    Hostile("billion-laughs.xml", b'<?xml version="1.0"?>\n<!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n'
            b"<TimeML><TEXT>&b;</TEXT></TimeML>\n", error="entity expansion"),
    Hostile("malformed.xml", b"<TimeML><TEXT>yesterday</TEX></TimeML>", error="invalid XML"),
    Hostile("not-gzip.jsonl.gz", b"this is not gzip data at all\n", error="gzip"),
    Hostile("truncated.jsonl.gz", gzip.compress(_jsonl(_GOOD, _GOOD))[:-12], documents=1, error="gzip"),
    Hostile("digits.txt", b"Published 15 September 2011\n" + b"1234567890" * 50_000, documents=1),
    Hostile("month-names.txt", b"Published 15 September 2011\n" + b"May June July " * 30_000, documents=1),
    Hostile("one-long-line.txt", b"Published 15 September 2011 " + b"yesterday, " * 50_000, documents=1),
    Hostile("date-list.txt", b"Published 15 September 2011\n" + b"Monday, May 1; June 2, 2010; " * 10_000,
            documents=1),
    Hostile("labels-and-numbers.txt", b"Published: 3 |" * 20_000 + b"\nPublished: 15 September 2011\n",
            documents=1),
    # letters that a case-insensitive match takes for ASCII ones: dotted and dotless i, long s,
    # the Kelvin sign ("FRİDAY" matches "friday"; its lower() is not "friday")
    Hostile("folded-letters.txt", "Publıshed: ſeptember 2011\nİstanbul, FRİDAY, Sept. 14, 2011; on ſunday, "
            "31 ſept 2011, \u212aq1 2011, twenty-fıve years ago in 1998, the ſecond anniverſary.\n".encode(),
            documents=1),
)
