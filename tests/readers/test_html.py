"""The HTML reader: article text, its map back to the file, and every stamp the page states."""

from __future__ import annotations

from pathlib import Path

import pytest

from timecheck import Settings, check
from timecheck.model import Document, StampKind, StampSource
from timecheck.readers import read_paths
from timecheck.readers.html import document_from_html, parse_page

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def html_doc(source: str, **kwargs: object) -> Document:
    return document_from_html(source, path="page.html", doc_id="page", settings=Settings(), **kwargs)  # type: ignore[arg-type]


def kinds(doc: Document, source: StampSource) -> list[tuple[str, str | None, str]]:
    return [(s.kind.value, s.moment.iso() if s.moment else None, s.selector) for s in doc.stamps if s.source is source]


def test_boilerplate_is_dropped_and_time_contents_stay_in_place() -> None:
    page = parse_page(
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<header class='site'><nav><a>Home</a></nav>Site name</header>"
        "<article><header><h1>Storm</h1><p>By Jane | <time datetime='2019-05-03'>3 May 2019</time></p></header>"
        "<p>It hit the coast <time>yesterday</time>.</p><script>var a = 'yesterday';</script>"
        "<footer>Filed under weather</footer></article>"
        "<aside>Related: old news</aside><footer>Copyright</footer></body></html>")
    assert page.text.strip().split("\n") == ["Storm", "By Jane | 3 May 2019", "It hit the coast yesterday.",
                                     "Filed under weather"]
    assert "Home" not in page.text and "Copyright" not in page.text and "var a" not in page.text


def test_text_offsets_map_to_the_exact_line_and_column_of_the_file() -> None:
    source = ("<html>\n<body>\n  <p>Tom &amp; Jerry   met\n     on <b>Tuesday</b>,\n"
              "  &nbsp;a &#x201C;quiet&#x201D; day.</p>\n</body></html>\n")
    page = parse_page(source)
    lines = source.split("\n")
    for word in ("Tom", "Jerry", "met", "on", "Tuesday", "a", "quiet", "day"):
        offset = page.text.index(word)
        line, column = page.textmap.position(offset)
        assert lines[line - 1][column - 1:column - 1 + len(word)] == word, word
    assert page.text.strip() == "Tom & Jerry met on Tuesday, a \u201cquiet\u201d day."


def test_positions_survive_crlf_and_a_first_line_offset() -> None:
    source = "<p>first</p>\r\n<p>  second line</p>\r\n"
    page = parse_page(source, first_line=10)
    assert page.textmap.position(page.text.index("second")) == (11, 6)


def test_no_external_entity_is_ever_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    source = (f'<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY xxe SYSTEM "file://{secret}">\n'
              '<!ENTITY inner "EXPANDED-INTERNAL">\n]>\n<html><body><p>Published 3 May 2019 &xxe; &inner;</p>'
              '<script type="application/ld+json">{"@type": "Article", "datePublished": "&xxe;"}</script>'
              '<meta name="date" content="&xxe;"></body></html>')
    page = tmp_path / "xxe.html"
    page.write_text(source, encoding="utf-8")
    (doc,) = list(read_paths([str(page)], Settings()))
    assert isinstance(doc, Document)
    everything = doc.text + " ".join(s.raw for s in doc.stamps)
    assert "TOP-SECRET" not in everything and "EXPANDED-INTERNAL" not in everything
    assert "&xxe;" in doc.text  # an unknown reference stays literally as written


META_CASES = [
    ('<meta property="article:published_time" content="2019-05-03T09:00:00+01:00">', "published"),
    ('<meta property="og:updated_time" content="2019-05-04T09:00:00+01:00">', "updated"),
    ('<meta property="article:modified_time" content="2019-05-04T09:00:00+01:00">', "updated"),
    ('<meta name="date" content="2019-05-03">', "published"),
    ('<meta name="DC.date.issued" content="2019-05-03">', "published"),
    ('<meta name="dcterms.modified" content="2019-05-04">', "updated"),
    ('<meta name="parsely-pub-date" content="2019-05-03T08:00:00Z">', "published"),
    ('<meta name="sailthru.date" content="2019-05-03 08:00:00">', "published"),
    ('<meta name="pubdate" content="20190503">', "published"),
    ('<meta name="publishdate" content="2019-05-03">', "published"),
    ('<meta itemprop="datePublished" content="2019-05-03">', "published"),
    ('<meta http-equiv="last-modified" content="2019-05-04">', "updated"),
]


@pytest.mark.parametrize(("tag", "kind"), META_CASES)
def test_meta_names_in_the_wild(tag: str, kind: str) -> None:
    doc = html_doc(f"<html><head>{tag}</head><body><p>Text.</p></body></html>")
    dated = [s for s in doc.stamps if s.kind.value == kind and s.moment is not None]
    assert len(dated) == 1, doc.stamps
    assert dated[0].position == (1, 13)
    assert dated[0].source in (StampSource.META, StampSource.MICRODATA)


def test_jsonld_graph_arrays_and_nested_objects() -> None:
    doc = html_doc(
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "x"},'
        '{"@type": ["NewsArticle"], "datePublished": "2019-05-03T09:00:00+01:00", "dateModified": "2019-05-04T09:00:00+01:00",'
        ' "comment": [{"@type": "Comment", "datePublished": "2019-06-01"}]}]}</script>'
        '<script type="application/ld+json">[{"@type": "VideoObject", "uploadDate": "2019-05-02"}]</script>')
    found = kinds(doc, StampSource.JSONLD)
    assert ("published", "2019-05-03T09:00+01:00", "jsonld[1] @graph[1] newsarticle.datePublished") in found
    assert ("updated", "2019-05-04T09:00+01:00", "jsonld[1] @graph[1] newsarticle.dateModified") in found
    assert ("published", "2019-05-02", "jsonld[2][0] videoobject.uploadDate") in found
    assert all(kind == "other" for kind, _, selector in found if "comment" in selector)


def test_twenty_jsonld_blocks_one_broken_loses_nothing_else() -> None:
    (doc,) = list(read_paths([str(PAGES / "twenty-jsonld.html")], Settings()))
    assert isinstance(doc, Document)
    broken = [s for s in doc.stamps if s.problem]
    assert len(broken) == 1 and "JSON-LD block 14 is not valid JSON" in broken[0].problem
    assert broken[0].position == (19, 1)
    readable = kinds(doc, StampSource.JSONLD)
    assert ("published", "2021-03-08T10:00+01:00", "jsonld[8] newsarticle.datePublished") in readable
    assert ("published", "2021-03-08T10:00+01:00", "jsonld[14] datePublished (read by pattern)") in readable
    report = check(PAGES / "twenty-jsonld.html", settings=Settings(select=("TC109",)))
    assert [f.code for f in report.findings] == ["TC109"] and not report.problems


def test_microdata_time_elements_and_hatom() -> None:
    doc = html_doc(
        '<body><article itemscope itemtype="https://schema.org/NewsArticle">'
        '<span itemprop="datePublished">Published: 3 May 2019</span>'
        '<time class="entry-date updated" datetime="2019-05-04T10:00:00Z">4 May</time>'
        '<time pubdate datetime="2019-05-03">3 May</time>'
        '<abbr class="published" title="2019-05-03T09:00:00+01:00">3 May</abbr>'
        '<div itemscope itemtype="https://schema.org/Comment"><span itemprop="datePublished">9 May 2019</span></div>'
        '</article></body>')
    micro = kinds(doc, StampSource.MICRODATA)
    assert micro[0][:2] == ("published", "2019-05-03") and "itemscope:NewsArticle" in micro[0][2]
    assert micro[1][:2] == ("other", "2019-05-09")
    times = kinds(doc, StampSource.TIME_ELEMENT)
    # The Z time is shown on the publisher's clock (+01:00, the offset the page states).
    assert [t[:2] for t in times] == [("updated", "2019-05-04T11:00+01:00"), ("published", "2019-05-03"),
                                      ("published", "2019-05-03T09:00+01:00")]
    visible_micro = [s for s in doc.stamps if s.source is StampSource.MICRODATA and s.span is not None]
    assert doc.text[visible_micro[0].span[0]:visible_micro[0].span[1]] == "3 May 2019"  # type: ignore[index]


def test_canonical_url_date_path_is_a_stamp() -> None:
    doc = html_doc('<html><head>\n<link rel="canonical" href="https://x.test/news/2019/05/03/storm"></head>'
                   '<body><p>Text</p></body></html>')
    (stamp,) = [s for s in doc.stamps if s.source is StampSource.URL]
    assert stamp.kind is StampKind.PUBLISHED and stamp.moment is not None
    assert stamp.moment.iso() == "2019-05-03" and stamp.position == (2, 1)
    assert doc.url == "https://x.test/news/2019/05/03/storm"


def test_multilingual_bylines_and_day_first_from_the_page_language() -> None:
    german = html_doc('<html lang="de"><body><p>Veröffentlicht am 3. Mai 2019</p><p>Stand: 19.08.2013, 14:05 Uhr</p>'
                      '<p class="date">03/04/2019</p></body></html>')
    assert [(s.kind.value, s.moment.iso()) for s in german.stamps if s.moment] == [  # type: ignore[union-attr]
        ("published", "2019-05-03"), ("updated", "2013-08-19T14:05"), ("other", "2019-04-03")]
    french = html_doc('<html lang="fr"><body><p>Publié le 1er décembre 2019 à 14h05</p>'
                      '<p>Mis à jour le 2 décembre 2019</p></body></html>')
    assert [(s.kind.value, s.moment.value.date().isoformat()) for s in french.stamps if s.moment] == [  # type: ignore[union-attr]
        ("published", "2019-12-01"), ("updated", "2019-12-02")]
    arabic = html_doc('<html lang="ar"><body><p>نشر في ٣ مايو ٢٠١٩</p><p>آخر تحديث: 5 أيار 2019</p></body></html>')
    assert [(s.kind.value, s.moment.iso()) for s in arabic.stamps if s.moment] == [  # type: ignore[union-attr]
        ("published", "2019-05-03"), ("updated", "2019-05-05")]


@pytest.mark.parametrize(("url", "dayfirst", "published"), [
    ("https://www.breakingnews.ie/ireland/story.html", True, "2023-11-08"),
    ("https://www.example.co.uk/news/story", True, "2023-11-08"),
    ("https://www.example.com/news/story", None, None),  # American and British alike: unread
])
def test_an_english_page_without_a_region_takes_its_domains(url: str, dayfirst: bool | None,
                                                            published: str | None) -> None:
    doc = html_doc('<html lang="en"><body><p>Published 08/11/2023</p></body></html>', url=url)
    assert doc.dayfirst is dayfirst
    assert [s.moment.iso() for s in doc.stamps if s.kind is StampKind.PUBLISHED and s.moment] == (
        [published] if published else [])


def test_utc_stamps_are_shown_on_the_publishers_clock() -> None:
    doc = html_doc('<html lang="it"><head><meta property="article:published_time" content="2023-11-01T23:01:00Z">'
                   '</head><body><p>Testo.</p></body></html>')
    (stamp,) = [s for s in doc.stamps if s.source is StampSource.META]
    assert stamp.moment is not None and stamp.moment.iso() == "2023-11-02T00:01+01:00"


def test_a_visible_clock_reveals_the_publishers_offset() -> None:
    doc = html_doc('<html lang="en"><head><meta property="article:published_time" content="2020-02-25T02:25:54Z">'
                   '</head><body><p class="byline-date">February 24, 2020 | 9:25pm</p></body></html>')
    (meta,) = [s for s in doc.stamps if s.source is StampSource.META]
    assert meta.moment is not None and meta.moment.iso() == "2020-02-24T21:25:54-05:00"


@pytest.mark.parametrize("source", [
    "<html><body><p>Published 3 May 2019<div><span>open",
    "<p>unclosed <b>bold <i>italic</b></i> &amp &#xZZ; &unknown; </table></tr></div>",
    "<<<>>><p class=>x</p><!-- unterminated comment",
    "<script>var s = '</scr' + 'ipt>';</script><p>after</p>",
    "<html><head><title>only a head",
    "<p>" * 5000 + "deep",
    "\x00\x01<p>control characters</p>",
])
def test_malformed_html_gives_a_best_reading(source: str) -> None:
    doc = html_doc(source)
    assert isinstance(doc, Document)
    for stamp in doc.stamps:
        if stamp.span is not None:
            assert 0 <= stamp.span[0] <= stamp.span[1] <= len(doc.text)


def test_malformed_fixture_is_read_and_checked() -> None:
    report = check(PAGES / "malformed.html", settings=Settings(select=("ALL",)))
    assert not report.problems
    (result,) = report.results
    assert result.published.stamp is not None and result.published.stamp.moment.iso() == "2020-02-19"  # type: ignore[union-attr]
    assert result.updated.stamp is not None and result.updated.stamp.moment.iso() == "2020-02-20T08:15"  # type: ignore[union-attr]
    assert "not text" not in result.document.text


def test_declared_charset_is_honoured_and_undeclared_bytes_are_read_with_a_note(tmp_path: Path) -> None:
    latin = tmp_path / "latin.html"
    latin.write_bytes('<meta charset="iso-8859-1"><p>Veröffentlicht am 3. März 2019</p>'.encode("latin-1"))
    raw = tmp_path / "raw.htm"
    raw.write_bytes(b"<p>caf\xe9</p>")
    doc, guessed = list(read_paths([str(latin), str(raw)], Settings()))
    assert isinstance(doc, Document) and "März" in doc.text
    assert doc.stamps[0].moment is not None and doc.stamps[0].moment.iso() == "2019-03-03"
    assert "declared charset" in doc.encoding_note
    # Never skipped: bytes with no UTF-8 in them are read as windows-1252, and the note says so.
    assert isinstance(guessed, Document) and "café" in guessed.text
    assert "decoded as windows-1252" in guessed.encoding_note and guessed.encoding_line == 1


def test_html_and_markdown_suffixes_are_read_from_folders(tmp_path: Path) -> None:
    for name in ("a.html", "b.htm", "c.md", "d.markdown", "e.txt"):
        (tmp_path / name).write_text("<p>Published 3 May 2019</p>" if "htm" in name else "Published 3 May 2019\n",
                                     encoding="utf-8")
    items = list(read_paths([str(tmp_path)], Settings()))
    assert [Path(i.path).name for i in items] == ["a.html", "b.htm", "c.md", "d.markdown", "e.txt"]
    assert all(isinstance(i, Document) and i.stamps[0].moment is not None for i in items)
