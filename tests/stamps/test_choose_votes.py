"""The choice of publication and update dates: sources vote for days, and the reason says so."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from timecheck.model import Moment, Precision, Stamp, StampKind, StampSource
from timecheck.stamps.choose import choose_published, choose_updated
from timecheck.stamps.metadata import jsonld_stamps, read_value
from timecheck.grammar.lexicon import ZONES

UTC = timezone.utc


def stamp(source: StampSource, day: str, *, selector: str = "", kind: StampKind = StampKind.PUBLISHED,
          span: tuple[int, int] | None = None, zone: timezone | None = None) -> Stamp:
    value = datetime.fromisoformat(day).replace(tzinfo=zone or UTC)
    precision = Precision.MINUTE if "T" in day else Precision.DAY
    return Stamp(kind, source, day, Moment(value, precision, zone is not None), span=span, selector=selector)


def test_agreeing_sources_outvote_a_single_one() -> None:
    meta = stamp(StampSource.META, "2019-10-18T20:00", selector='meta[name="date"]', zone=UTC)
    jsonld = stamp(StampSource.JSONLD, "2019-10-19T05:00", selector="jsonld[1] newsarticle.datePublished",
                   zone=timezone(timedelta(hours=2)))
    shown = stamp(StampSource.VISIBLE, "2019-10-19T05:00", selector="element div.metainfo", kind=StampKind.OTHER,
                  span=(10, 30))
    choice = choose_published((meta, jsonld, shown))
    assert choice.stamp is jsonld
    assert "2019-10-19 has the most weight" in choice.reason and "over 2019-10-18" in choice.reason


def test_same_instant_in_two_zones_votes_for_one_day_on_the_publishers_clock() -> None:
    ist = timezone(timedelta(hours=5, minutes=30))
    visible = stamp(StampSource.VISIBLE, "2018-05-04T03:18", selector="label 'Published'", zone=ist, span=(0, 5))
    meta = stamp(StampSource.META, "2018-05-04T03:18", selector='meta[property="article:published_time"]', zone=ist)
    choice = choose_published((visible, meta))
    assert choice.stamp is not None and choice.stamp.moment.value.date().isoformat() == "2018-05-04"  # type: ignore[union-attr]


def test_a_tie_goes_to_the_earlier_publication_and_the_later_update() -> None:
    first = stamp(StampSource.META, "2019-05-03", selector='meta[property="article:published_time"]')
    second = stamp(StampSource.JSONLD, "2019-05-04", selector="jsonld[1] article.datePublished")
    assert choose_published((second, first)).stamp is first
    upd_a = stamp(StampSource.META, "2019-05-05", selector='meta[property="article:modified_time"]',
                  kind=StampKind.UPDATED)
    upd_b = stamp(StampSource.JSONLD, "2019-05-07", selector="jsonld[1] article.dateModified", kind=StampKind.UPDATED)
    assert choose_updated((upd_a, upd_b)).stamp is upd_b


def test_a_list_of_teaser_dates_loses_its_votes() -> None:
    teasers = [stamp(StampSource.VISIBLE, f"2022-02-{day:02d}", selector="element span.headline-date",
                     kind=StampKind.OTHER, span=(1000 + day, 1010 + day)) for day in (3, 4, 7)]
    first_line = stamp(StampSource.VISIBLE, "2021-11-02", selector="text date 1", kind=StampKind.OTHER, span=(10, 20))
    assert choose_published((*teasers, first_line)).stamp is first_line
    # The list's own first item keeps half a vote when nothing is printed before it.
    own = stamp(StampSource.VISIBLE, "2021-11-02", selector="element span.headline-date", kind=StampKind.OTHER,
                span=(5, 15))
    assert choose_published((own, *teasers)).stamp is own


def test_a_printed_update_date_dates_a_page_that_prints_no_publication() -> None:
    hidden = stamp(StampSource.JSONLD, "2016-08-29T21:54", selector="jsonld[1] article.datePublished", zone=UTC)
    shown = stamp(StampSource.VISIBLE, "2019-05-06", selector="label 'Updated'", kind=StampKind.UPDATED, span=(0, 9))
    choice = choose_published((hidden, shown))
    assert choice.stamp is shown and "visible-update" in choice.reason
    # ...but not against two hidden sources that agree, and never as the only candidate.
    meta = stamp(StampSource.META, "2016-08-29", selector='meta[property="article:published_time"]')
    assert choose_published((hidden, meta, shown)).stamp is hidden
    assert choose_published((shown,)).stamp is None


def test_asserted_sources_win_outright() -> None:
    record = stamp(StampSource.RECORD, "2019-05-01", selector="field 'published'")
    others = [stamp(StampSource.META, "2019-05-03", selector='meta[property="article:published_time"]'),
              stamp(StampSource.JSONLD, "2019-05-03", selector="jsonld[1] article.datePublished")]
    choice = choose_published((*others, record))
    assert choice.stamp is record and "asserted" in choice.reason


def test_unlabelled_dates_decide_only_when_nothing_states_the_date() -> None:
    text_date = stamp(StampSource.VISIBLE, "2018-02-15", selector="text date 1", kind=StampKind.OTHER, span=(3, 13))
    assert choose_published((text_date,)).stamp is text_date
    meta = stamp(StampSource.META, "2018-02-10", selector='meta[name="parsely-pub-date"]')
    assert choose_published((text_date, meta)).stamp is meta


def test_machine_values() -> None:
    assert read_value("20190503", zones=ZONES).moment.iso() == "2019-05-03"  # type: ignore[union-attr]
    assert read_value("20190503T101500+0200", zones=ZONES).moment.iso() == "2019-05-03T10:15+02:00"  # type: ignore[union-attr]
    assert read_value("1556871300", zones=ZONES).moment.iso() == "2019-05-03T08:15+00:00"  # type: ignore[union-attr]
    assert read_value("1556871300000", zones=ZONES).moment.iso() == "2019-05-03T08:15+00:00"  # type: ignore[union-attr]
    assert read_value("2019-05-03T10:00:00+02:00[Europe/Berlin]", zones=ZONES).moment is not None
    assert "unexpected text" in read_value("2019-05-03 by Jane Doe", zones=ZONES).problem


def test_jsonld_repairs_only_what_is_certain() -> None:
    wrapped = '<!--\n{"@type": "Article", "datePublished": "2019-05-03",}\n-->'
    assert [s.moment.iso() for s in jsonld_stamps(wrapped, number=1, position=(1, 1), zones=ZONES)] == [  # type: ignore[union-attr]
        "2019-05-03"]
    broken = list(jsonld_stamps('{"datePublished": "2019-05-03" "x": }', number=2, position=(4, 2), zones=ZONES))
    assert [s.moment is not None for s in broken] == [True, False]
    assert broken[1].position == (4, 2) and "JSON-LD block 2" in broken[1].problem
    deep = "[" * 5000 + "]" * 5000
    assert [s.problem for s in jsonld_stamps(deep, number=3, position=(1, 1), zones=ZONES)] == [
        "JSON-LD block 3 is not valid JSON: nested too deeply"]
