"""Stamps printed in text, and the choice of publication, update and anchor among them."""

from __future__ import annotations

from timecheck.grammar.lexicon import ZONES
from timecheck.model import Precision, StampKind, StampSource
from timecheck.stamps.choose import choose_anchor, choose_published, choose_updated, complete_datelines
from timecheck.stamps.visible import find_visible_stamps


def stamps(text: str) -> tuple:  # type: ignore[type-arg]
    return tuple(find_visible_stamps(text, zones=ZONES))


def test_seed_article_stamps(seed_path) -> None:  # type: ignore[no-untyped-def]
    text = seed_path.read_text(encoding="utf-8")
    found = stamps(text)
    assert [(s.kind, text[s.span[0]:s.span[1]]) for s in found] == [
        (StampKind.UPDATED, "04 May 2018, 03:18 IST"),
        (StampKind.PUBLISHED, "15 September 2011, 04:12 IST"),
    ]


def test_the_anchor_is_the_publication_not_the_first_date() -> None:
    text = "Last Updated 04 May 2018, 03:18 IST\nbody\n(Published 15 September 2011, 04:12 IST)\n"
    found = stamps(text)
    published = choose_published(found)
    anchor, reason = choose_anchor(published, found, None)
    assert anchor is not None and anchor.iso() == "2011-09-15T04:12+05:30"
    assert "publication" in reason
    assert choose_updated(found).stamp.raw == "04 May 2018, 03:18 IST"  # type: ignore[union-attr]


def test_labels() -> None:
    text = ("First published on 1 March 2011\nPosted on: March 2, 2011\nBy Jane Doe | Updated: March 3, 2011\n"
            "Last modified 4 March 2011\nWe updated the software on 5 March 2011 in prose.\n")
    found = stamps(text)
    assert [(s.kind, s.moment.iso()) for s in found] == [  # type: ignore[union-attr]
        (StampKind.PUBLISHED, "2011-03-01"), (StampKind.PUBLISHED, "2011-03-02"),
        (StampKind.UPDATED, "2011-03-03"), (StampKind.UPDATED, "2011-03-04"),
    ]
    assert all(s.source is StampSource.VISIBLE for s in found)


def test_wire_datelines() -> None:
    text = "KABUL, Sept. 14 (Reuters) - The assault ended.\nWASHINGTON, Sept. 14, 2011 (AP) _ More.\nIn Kabul, Sept. 14 - lower case is prose\n"
    found = stamps(text)
    assert [s.kind for s in found] == [StampKind.DATELINE, StampKind.DATELINE]
    assert found[0].moment is None and found[0].problem == ""
    assert found[1].moment is not None and found[1].moment.iso() == "2011-09-14"


def test_yearless_dateline_takes_the_year_nearest_publication() -> None:
    text = "Published 2 January 2012\nKABUL, Dec. 31 (Reuters) - It ended.\n"
    found = stamps(text)
    completed = complete_datelines(found, choose_published(found).stamp)
    dateline = [s for s in completed if s.kind is StampKind.DATELINE][0]
    assert dateline.moment is not None and dateline.moment.iso() == "2011-12-31"


def test_dateline_anchors_when_there_is_no_publication_stamp() -> None:
    found = stamps("WASHINGTON, Sept. 14, 2011 (AP) _ More.\n")
    anchor, reason = choose_anchor(choose_published(found), found, None)
    assert anchor is not None and anchor.iso() == "2011-09-14" and "dateline" in reason


def test_record_source_outranks_visible_text() -> None:
    from timecheck.model import Moment, Stamp
    from datetime import datetime, timezone

    visible = stamps("Published 15 September 2011\n")
    record = Stamp(StampKind.PUBLISHED, StampSource.RECORD, "2011-09-16",
                   Moment(datetime(2011, 9, 16, tzinfo=timezone.utc), Precision.DAY, False))
    chosen = choose_published((*visible, record))
    assert chosen.stamp is record and "2 candidates" in chosen.reason


def test_earliest_publication_and_latest_update_win_within_a_source() -> None:
    found = stamps("Published 3 March 2011\nPublished 1 March 2011\nUpdated 4 March 2011\nUpdated 9 March 2011\n")
    assert choose_published(found).stamp.moment.iso() == "2011-03-01"  # type: ignore[union-attr]
    assert choose_updated(found).stamp.moment.iso() == "2011-03-09"  # type: ignore[union-attr]


def test_a_labelled_clock_without_a_day_is_not_a_stamp() -> None:
    found = stamps("Published 3 May 2020\nUpdated 9.45pm\nActualizado 11:17 CET\nUpdated: 99/99/2011\n")
    assert [(s.kind, s.problem != "") for s in found] == [(StampKind.PUBLISHED, False), (StampKind.UPDATED, True)]
