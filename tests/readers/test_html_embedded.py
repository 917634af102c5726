"""Data a page embeds for its scripts dates the page only when nothing else does."""

from __future__ import annotations

from timecheck import Settings
from timecheck.model import Document, StampKind, StampSource
from timecheck.readers.html import document_from_html
from timecheck.stamps.choose import choose_published

STORE = ('<html lang="en"><body>\n<div data-product="{&quot;title&quot;:&quot;Beans&quot;,'
         '&quot;published_at&quot;:&quot;2019-03-02T06:22:28+01:00&quot;,'
         '&quot;created_at&quot;:&quot;2019-03-01T06:27:24+01:00&quot;}"></div>\n'
         '<p>Fresh beans, roasted weekly.</p></body></html>')


def html_doc(source: str) -> Document:
    return document_from_html(source, path="page.html", doc_id="page", settings=Settings())


def embedded(doc: Document) -> list[tuple[str, str | None, str, tuple[int, int] | None]]:
    return [(s.kind.value, s.moment.iso() if s.moment else None, s.selector, s.position)
            for s in doc.stamps if s.source is StampSource.SCRIPT]


def test_a_store_attribute_dates_a_page_that_states_nothing_else() -> None:
    doc = html_doc(STORE)
    assert embedded(doc) == [("published", "2019-03-02T06:22:28+01:00", "embedded published_at", (2, 57))]  # the key's place
    choice = choose_published(doc.stamps)
    assert choice.stamp is not None and choice.stamp.source is StampSource.SCRIPT
    assert "no other source dates the page" in choice.reason


def test_framework_state_with_escaped_quotes_and_epoch_milliseconds() -> None:
    state = html_doc('<html><body><p>Story.</p><script>window.__STATE__ = JSON.parse("{\\"publishedAt\\":'
                     '1583020800000,\\"title\\":\\"x\\"}")</script></body></html>')
    assert embedded(state)[0][:3] == ("published", "2020-03-01T00:00+00:00", "embedded publishedAt")
    nextjs = html_doc('<html><body><p>Story.</p><script id="__NEXT_DATA__" type="application/json">'
                      '{"props":{"post":{"datePublished":"2021-06-14","author":"A"}}}</script></body></html>')
    assert embedded(nextjs)[0][:3] == ("published", "2021-06-14", "embedded datePublished")


def test_only_the_first_readable_key_counts() -> None:
    doc = html_doc('<html><body><script>var a = {"publish_date": "soon", "items": ['
                   '{"publish_date": "2018-01-05"}, {"publish_date": "2017-12-30"}]};</script></body></html>')
    assert [moment for _, moment, _, _ in embedded(doc)] == ["2018-01-05"]


def test_any_other_source_outranks_embedded_data() -> None:
    meta = html_doc(STORE.replace("<body>", '<head><meta property="article:published_time" '
                                            'content="2020-05-01"></head><body>'))
    assert embedded(meta) == []  # not even read
    choice = choose_published(meta.stamps)
    assert choice.stamp is not None and choice.stamp.source is StampSource.META
    # An unlabelled <time> in the article still dates the page first.
    timed = html_doc(STORE.replace("<p>Fresh", "<article><time>4 June 2020</time><p>Fresh")
                     .replace("</p></body>", "</p></article></body>"))
    choice = choose_published(timed.stamps)
    assert choice.stamp is not None and choice.stamp.source is StampSource.TIME_ELEMENT
    # A printed update date never dates publication alone (choose.py, rule 4): with the
    # embedded key beside it, the page has both dates.
    updated = html_doc(STORE.replace("<p>Fresh", "<p>Updated: 7 July 2021</p><p>Fresh"))
    choice = choose_published(updated.stamps)
    assert choice.stamp is not None and choice.stamp.source is StampSource.SCRIPT
    assert [s.kind for s in updated.stamps if s.source is StampSource.VISIBLE] == [StampKind.UPDATED]


def test_no_key_or_no_readable_value_gives_no_stamp() -> None:
    assert embedded(html_doc('<html><body><script>var published = "2019-01-01";'
                             ' var x = {"updated_at": "2019-02-02"};</script></body></html>')) == []
    assert embedded(html_doc('<html><body><script>{"published_at": "2019-13-45"}</script></body></html>')) == []
