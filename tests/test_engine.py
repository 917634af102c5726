"""The engine pauses the cyclic garbage collector while it analyses a document, and only then."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT
from timecheck.engine import analyse, collector_paused, selected_rules
from timecheck.model import Document, Finding
from timecheck.readers import read_paths
from timecheck.readers.text import document_from_text
from timecheck.rules import RuleContext
from timecheck.rules.tc201_weekday_mismatch import WeekdayMismatch
from timecheck.settings import Settings

TEXT = "Published 15 September 2011\nIt ended on Monday, 14 September 2011."


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_off_during_the_analysis_and_on_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    check = WeekdayMismatch.check

    def watched(self: WeekdayMismatch, ctx: RuleContext) -> Iterator[Finding]:
        seen.append(gc.isenabled())
        return check(self, ctx)

    monkeypatch.setattr(WeekdayMismatch, "check", watched)
    settings = Settings()
    document = document_from_text(TEXT, path="a.txt", doc_id="a", settings=settings)
    result = analyse(document, settings=settings, now=None, rules=selected_rules(settings))
    assert seen == [False]
    assert gc.isenabled()
    assert [finding.code for finding in result.findings] == ["TC201"]


@pytest.mark.usefixtures("collector_on")
def test_the_collector_comes_back_when_the_analysis_fails() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("rule bug")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled()


class _Made:
    """An object the collector tracks (an instance of a class with a __dict__)."""


@pytest.mark.usefixtures("collector_on")
def test_what_the_analysis_made_goes_to_the_oldest_generation_in_one_step() -> None:
    gc.collect()
    with collector_paused():
        made = _Made()
    assert gc.get_freeze_count() == 0
    assert any(tracked is made for tracked in gc.get_objects(generation=2))
    assert not any(tracked is made for tracked in gc.get_objects(generation=0))


@pytest.mark.usefixtures("collector_on")
def test_objects_a_program_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        with collector_paused():
            made = _Made()
        gc.disable()  # no young collection may move it before it is looked for
        # Not unfrozen (the count would be 0), and what the pause made was not frozen with them.
        # (The count itself may drop: a thread an earlier test left can free frozen objects.)
        assert gc.get_freeze_count() > 0
        assert any(tracked is made for tracked in gc.get_objects(generation=0))
    finally:
        gc.unfreeze()
        gc.enable()


def test_analysing_the_corpus_leaves_no_cyclic_garbage() -> None:
    # what an analysis makes goes straight to the oldest generation, which is seldom walked:
    # that is only sound while it holds no cycles, freed by reference counting alone
    settings = Settings()
    documents = [item for item in read_paths([str(ROOT / "corpus")], settings)
                 if isinstance(item, Document)]
    assert len(documents) >= 40
    rules = selected_rules(settings)
    gc.collect()
    for document in documents:
        analyse(document, settings=settings, now=None, rules=rules)
    assert gc.collect() == 0
