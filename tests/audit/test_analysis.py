"""A worker turns every document into a record or an error: reader and engine crashes included."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from timecheck.audit import analysis
from timecheck.audit.analysis import Auditor
from timecheck.audit.units import Unit
from timecheck.errors import InputError
from timecheck.model import Document
from timecheck.readers.text import document_from_text
from timecheck.settings import Settings

NOW = datetime(2024, 6, 1, tzinfo=timezone.utc)


def _one_then_crash(data: bytes, path: str, settings: Settings) -> Iterator[Document | InputError]:
    yield document_from_text("Published 15 September 2011\nIt ended on Monday, 14 September 2011.",
                             path=path, doc_id="first", settings=settings)
    raise RuntimeError("reader bug")


def test_a_crashing_reader_keeps_what_it_read_and_reports_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(analysis.READERS, "crashing", _one_then_crash)
    outcome = Auditor(Settings(), NOW).audit(Unit("a.txt", 0, "crashing", b"x", "digest", 1))
    assert [document.doc_id for document in outcome.documents] == ["first"]
    assert [finding.code for finding in outcome.documents[0].findings] == ["TC201"]
    (error,) = outcome.errors
    assert error.reason == "internal error while reading: RuntimeError: reader bug"


def test_a_crash_in_the_engine_is_an_error_for_that_document(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: object, **kwargs: object) -> object:
        raise ValueError("year -981 is out of range")

    monkeypatch.setattr(analysis, "analyse", crash)
    outcome = Auditor(Settings(), NOW).audit(Unit("a.jsonl", 7, "record", b'{"id": "d", "text": "Hi"}', "x", 1))
    assert outcome.documents == ()
    (error,) = outcome.errors
    assert (error.path, error.line, error.doc_id) == ("a.jsonl", 7, "d")
    assert error.reason == "internal error on document 'd': ValueError: year -981 is out of range"
