"""JSON and JSON Lines records that carry a page in ``html`` are read as HTML pages."""

from __future__ import annotations

import json
from pathlib import Path

from timecheck import InputError, Settings
from timecheck.model import Document, StampSource
from timecheck.readers import read_paths

PAGE = ('<html lang="de"><head><meta property="article:published_time" content="2019-10-19T03:00:00Z">'
        '</head><body><article><p>Veröffentlicht am 19.10.2019, 05:00 Uhr</p><p>Gestern.</p></article></body></html>')


def test_html_records_are_pages(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    lines = [
        {"id": "a", "url": "https://x.test/2019/10/19/a", "html": PAGE},
        {"id": "b", "html": PAGE, "published": "2019-10-18"},
        {"id": "c", "html": 42},
        {"id": "d"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    a, b, c, d = list(read_paths([str(path)], Settings()))
    assert isinstance(a, Document) and isinstance(b, Document)
    assert "Gestern." in a.text and "<p>" not in a.text
    assert a.url == "https://x.test/2019/10/19/a"
    sources = {s.source for s in a.stamps}
    assert {StampSource.META, StampSource.VISIBLE, StampSource.URL} <= sources
    meta = [s for s in a.stamps if s.source is StampSource.META][0]
    assert meta.moment is not None and meta.moment.iso() == "2019-10-19T05:00+02:00"
    # Positions inside a JSON string are the record's line, not made-up columns.
    assert a.textmap.position(a.text.index("Gestern")) == (1, 1)
    assert meta.position == (1, 1)
    assert b.textmap.position(5) == (2, 1)
    assert [s.source for s in b.stamps][-1] is StampSource.RECORD
    assert isinstance(c, InputError) and "not a string" in c.reason
    assert isinstance(d, InputError) and "no text" in d.reason and "html" in d.reason


def test_record_field_outranks_the_page(tmp_path: Path) -> None:
    from timecheck import check

    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "b", "html": PAGE, "published": "2019-10-18"}), encoding="utf-8")
    (result,) = check(path).results
    assert result.published.stamp is not None and result.published.stamp.source is StampSource.RECORD


def test_a_day_only_update_on_a_record_s_publication_day_is_not_before_it(tmp_path: Path) -> None:
    # The page's "Stand: 04.02.2022" is a Berlin day and the record's field a day that names no
    # zone: the same calendar day, not an update an hour before publication (TC101).
    from timecheck import check

    page = '<html lang="de"><body><article><p>Stand: 04.02.2022</p><p>Text.</p></article></body></html>'
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "a", "html": page, "published": "2022-02-04"}), encoding="utf-8")
    settings = Settings(select=("TC101",))
    (result,) = check(path, settings=settings).results
    assert result.updated.stamp is not None and result.updated.stamp.source is StampSource.VISIBLE
    assert [finding.code for finding in result.findings] == []
    # a day before it still is
    path.write_text(json.dumps({"id": "a", "html": page, "published": "2022-02-05"}), encoding="utf-8")
    (result,) = check(path, settings=settings).results
    assert [finding.code for finding in result.findings] == ["TC101"]
