"""Fuzz every reader: any bytes give documents or input errors, never an exception (issue 9)."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timecheck import InputError, Settings
from timecheck.engine import analyse
from timecheck.model import Document
from timecheck.readers import READERS
from timecheck.rules import ALL_RULES

# Bytes that look like the formats (so the fuzz reaches past the first check), and noise.
_FRAGMENTS = st.sampled_from([
    b"<html>", b"</p>", b"<meta property=\"article:published_time\" content=\"", b"<script type=\"application/ld+json\">",
    b"{\"datePublished\": \"", b"\"}", b"2019-02-30T10:00:00Z", b"---\n", b"date: ", b"+++\n", b"{\"id\": 1, \"text\": \"",
    b"Published ", b"Updated: ", b"yesterday", b"May 4, 2018", b"\n", b"<TEXT>", b"</TimeML>", b"<!DOCTYPE x [",
    b"&amp;", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"[", b"]", b",", b"\\u00", b"KABUL, Sept. 14 (Reuters) - ",
])
_BYTES = st.one_of(st.binary(max_size=400), st.lists(_FRAGMENTS, max_size=25).map(b"".join))


@pytest.mark.parametrize("kind", sorted(READERS))
@settings(max_examples=150, deadline=None)
@given(data=_BYTES)
def test_reader_never_raises(kind: str, data: bytes) -> None:
    if kind == "jsonl-gz" and data[:1] != b"\x1f":
        data = gzip.compress(data)
    items = list(READERS[kind](data, f"fuzz.{kind}", Settings()))
    assert all(isinstance(item, (Document, InputError)) for item in items)
    rules = tuple(rule() for rule in ALL_RULES)
    for item in items:
        if isinstance(item, InputError):
            assert item.path == f"fuzz.{kind}" and item.line >= 0 and item.reason
        else:
            # What a reader lets through, the whole pipeline must take: stamps, grammar, every rule.
            analyse(item, settings=Settings(select=("ALL",)), now=None, rules=rules)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_text_reader_takes_any_unicode(text: str) -> None:
    items = list(READERS["text"](text.encode("utf-8", "surrogatepass"), "fuzz.txt", Settings()))
    assert all(isinstance(item, (Document, InputError)) for item in items)
