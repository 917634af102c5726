"""Find the dates a web page's markup states about itself: meta tags, JSON-LD, microdata, ``<time>``.

The HTML reader hands over what it saw (``PageFacts``: elements with their attributes, their
text and where they are); this module knows which names mean "published" and which "updated"
as they occur in the wild (OpenGraph, Dublin Core, Parse.ly, Sailthru, schema.org, hAtom...) and
turns each into a ``Stamp`` with its source and a selector naming the tag or field. Nothing is
chosen here: every candidate is kept, with where it came from (``stamps/choose.py`` ranks them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from timecheck.grammar.lexicon import fold_case
from timecheck.model import Moment, Precision, Stamp, StampKind, StampSource
from timecheck.stamps.parse import Reading, first_date, read_stamp


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a page that may carry a date.

    ``attrs`` are lower-case names with unescaped values; ``text`` is the element's visible text
    (empty for ``<meta>``); ``span`` is where that text sits in ``Document.text`` (None when it
    is not part of the article text); ``position`` is the tag's 1-based (line, column) in the
    source; ``context`` names what the element sits in (``article``, ``boilerplate``, an
    itemscope type) so the choice can weigh it.
    """

    name: str
    attrs: tuple[tuple[str, str], ...]
    position: tuple[int, int]
    text: str = ""
    span: tuple[int, int] | None = None
    context: str = ""

    def attr(self, key: str) -> str:
        """Return the value of attribute ``key`` ("" when absent)."""
        for name, value in self.attrs:
            if name == key:
                return value
        return ""

    def has(self, key: str) -> bool:
        """Say whether the element has attribute ``key`` (``<time pubdate>``)."""
        return any(name == key for name, _ in self.attrs)


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the HTML reader collected for stamp finding, in document order."""

    lang: str = ""
    metas: tuple[Element, ...] = ()
    scripts: tuple[Element, ...] = ()
    times: tuple[Element, ...] = ()
    itemprops: tuple[Element, ...] = ()
    dated: tuple[Element, ...] = ()
    canonical: str = ""
    canonical_position: tuple[int, int] | None = None


# <meta> names and properties (lower case) that state the publication date, as publishers write
# them: OpenGraph (ogp.me, article:*), Dublin Core (dc.*, dcterms.*), Parse.ly, Sailthru,
# Highwire/Google Scholar (citation_*), PRISM, schema.org itemprops on <meta>, and the ad-hoc
# names big CMSs print (pubdate, publishdate, ...).
META_PUBLISHED: frozenset[str] = frozenset({
    "article:published_time", "article:published", "og:published_time", "og:article:published_time",
    "article:publication_date", "published_time", "published-time", "publish_time", "publish-time",
    "article.published", "article_date_original", "article.created", "datepublished",
    "date_published", "date-published", "published_date", "published-date", "publishdate",
    "publish-date", "publish_date", "publication_date", "publication-date", "publicationdate",
    "pubdate", "pub_date", "pub-date", "parsely-pub-date", "sailthru.date", "date", "dc.date",
    "dc.date.issued", "dc.date.created", "dc.date.published", "dc.created", "dc.issued",
    "dcterms.date", "dcterms.issued", "dcterms.created", "citation_publication_date",
    "citation_date", "citation_online_date", "prism.publicationdate", "originalpublicationdate",
    "original-publish-date", "rnews:datepublished", "bt:pubdate", "cxenseparse:recs:publishtime",
    "article:post_date", "release_date", "displaydate", "pdate", "ptime", "created",
    "creation_date", "datecreated", "date_created", "shareaholic:article_published_time",
    "og:pubdate", "article.publishdate", "vr:published_time", "nv:date", "dc.date.available",
})
META_UPDATED: frozenset[str] = frozenset({
    "article:modified_time", "article:modified", "og:updated_time", "og:modified_time",
    "article:updated_time", "modified_time", "modified-time", "updated_time", "updated-time",
    "datemodified", "date_modified", "date-modified", "lastmod", "last-modified", "lastmodified",
    "last_modified", "last-updated", "lastupdated", "last_updated", "dc.date.modified",
    "dcterms.modified", "dc.modified", "article.updated", "article.modified", "revised",
    "dc.date.updated", "eomportal-lastupdate", "shareaholic:article_modified_time", "mdate",
    "utime", "sailthru.lastmodified", "updated", "modified",
})
# http-equiv headers a server or CMS writes into the page; weak evidence, kept as candidates.
HTTP_EQUIV: dict[str, StampKind] = {"last-modified": StampKind.UPDATED, "date": StampKind.OTHER}

# schema.org date properties (JSON-LD keys and microdata itemprops).
SCHEMA_DATES: dict[str, StampKind] = {
    "datepublished": StampKind.PUBLISHED,
    "datecreated": StampKind.PUBLISHED,
    "uploaddate": StampKind.PUBLISHED,
    "datemodified": StampKind.UPDATED,
}
# schema.org types whose dates are the page's own. Other typed objects (a Comment, a Person, an
# Event, an ImageObject inside an article) keep their dates as OTHER stamps.
ARTICLE_TYPES: frozenset[str] = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "satiricalarticle",
    "blogposting", "liveblogposting", "socialmediaposting", "discussionforumposting",
    "techarticle", "scholarlyarticle", "medicalscholarlyarticle", "report", "advertisercontentarticle",
    "creativework", "webpage", "itempage", "aboutpage", "faqpage", "qapage", "collectionpage",
    "medicalwebpage", "profilepage", "searchresultspage", "realestatelisting", "recipe", "howto",
    "videoobject", "audioobject", "podcastepisode", "newsmediaorganization_article",
})
# class, id and itemprop words of <time>, <abbr> and other elements that name the kind of date.
_UPDATED_HINT = re.compile(r"updat|modif|aktualisiert|mise-a-jour|changed|revised|lastmod", re.IGNORECASE)
_PUBLISHED_HINT = re.compile(r"publi|pubdate|posted|created|datepub|erschienen|veroeffentlicht|dateline",
                             re.IGNORECASE)
_ENTRY_HINT = re.compile(r"entry-date|post-date|article-date", re.IGNORECASE)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:[T ]?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$")
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")
_SCHEMA_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?schema\.org/", re.IGNORECASE)


def find_markup_stamps(facts: PageFacts, *, zones: Mapping[str, str], default_zone: str = "UTC",
                       dayfirst: bool | None = None) -> Iterator[Stamp]:
    """Yield every stamp the page's markup states: meta tags, JSON-LD, microdata and ``<time>``."""
    options = _Options(zones, default_zone, dayfirst)
    yield from _meta_stamps(facts.metas, options)
    for number, script in enumerate(facts.scripts, 1):
        yield from jsonld_stamps(script.text, number=number, position=script.position, zones=zones,
                                 default_zone=default_zone)
    yield from _microdata_stamps(facts.itemprops, options)
    yield from _time_stamps(facts.times, options)


@dataclass(frozen=True, slots=True)
class _Options:
    zones: Mapping[str, str]
    default_zone: str
    dayfirst: bool | None


def read_value(raw: str, *, zones: Mapping[str, str], default_zone: str = "UTC",
               dayfirst: bool | None = None) -> Reading:
    """Read a machine-written date value: ISO 8601, ``20190503``, epoch seconds, or a written date.

    Unlike a visible stamp the whole value must be the date: trailing words make it unreadable.
    """
    text = raw.strip()
    compact = _COMPACT.match(text)
    if compact:
        year, month, day, hour, minute, second, zone = compact.groups()
        iso = f"{year}-{month}-{day}"
        if hour:
            iso += f"T{hour}:{minute}:{second or '00'}"
            if zone:
                iso += "Z" if zone == "Z" else f"{zone[:3]}:{zone[3:]}"
        text = iso
    elif _EPOCH.match(text):
        seconds = float(text)
        if seconds > 10**11:  # milliseconds
            seconds /= 1000
        try:
            value = datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return Reading(None, len(raw), problem=f"epoch value {text} is out of range")
        return Reading(Moment(value, Precision.SECOND if value.second else Precision.MINUTE, True), len(raw))
    reading = read_stamp(text, zones=zones, default_zone=default_zone, dayfirst=dayfirst)
    if reading.moment is not None:
        trailing = text[reading.end:].strip(" \t\r\n.,;")
        if trailing and not _ignorable_tail(trailing):
            return Reading(None, reading.end, problem=f"unexpected text after the date: {trailing[:40]!r}")
    return reading


def _ignorable_tail(trailing: str) -> bool:
    # "2019-05-03T10:00:00+02:00[Europe/Berlin]" and "(UTC)" add nothing a reader needs.
    return trailing.startswith(("[", "(")) or trailing.lower() in {"uhr", "h", "gmt", "utc"}


def _stamp(kind: StampKind, source: StampSource, raw: str, selector: str, options: _Options, *,
           position: tuple[int, int] | None = None, span: tuple[int, int] | None = None) -> Stamp:
    reading = read_value(raw, zones=options.zones, default_zone=options.default_zone,
                         dayfirst=options.dayfirst)
    return Stamp(kind, source, raw.strip()[:200], reading.moment, span=span, selector=selector,
                 zone_name=reading.zone_name, problem=reading.problem, position=position)


def meta_kind(key: str) -> StampKind | None:
    """Return what a ``<meta>`` name or property dates (None: not a date we know)."""
    lowered = key.strip().lower()
    if lowered in META_PUBLISHED:
        return StampKind.PUBLISHED
    if lowered in META_UPDATED:
        return StampKind.UPDATED
    return None


def _meta_stamps(metas: tuple[Element, ...], options: _Options) -> Iterator[Stamp]:
    for meta in metas:
        content = meta.attr("content") or meta.attr("datetime") or meta.attr("value")
        if not content.strip():
            continue
        itemprop = meta.attr("itemprop")
        if itemprop:
            kind = SCHEMA_DATES.get(_schema_key(itemprop))
            if kind is not None:
                yield _stamp(kind, StampSource.MICRODATA, content, _itemprop_selector(meta, itemprop), options,
                             position=meta.position)
                continue
        equiv = meta.attr("http-equiv").strip().lower()
        if equiv in HTTP_EQUIV:
            yield _stamp(HTTP_EQUIV[equiv], StampSource.META, content, f'meta[http-equiv="{equiv}"]',
                         options, position=meta.position)
            continue
        for attribute in ("property", "name"):
            key = meta.attr(attribute)
            kind = meta_kind(key) if key else None
            if kind is not None:
                yield _stamp(kind, StampSource.META, content, f'meta[{attribute}="{key.strip()}"]', options,
                             position=meta.position)
                break


def _schema_key(name: str) -> str:
    return _SCHEMA_PREFIX.sub("", name.strip()).lower()


def _itemprop_selector(element: Element, itemprop: str) -> str:
    scope = f" in {element.context}" if element.context else ""
    return f'{element.name}[itemprop="{itemprop.strip()}"]{scope}'


def _microdata_stamps(elements: tuple[Element, ...], options: _Options) -> Iterator[Stamp]:
    for element in elements:
        kind = SCHEMA_DATES.get(_schema_key(element.attr("itemprop")))
        if kind is None:
            continue
        scope = element.context.split(":", 1)[-1].lower()
        if scope and scope not in ARTICLE_TYPES and not scope.startswith("article"):
            kind = StampKind.OTHER
        value = element.attr("datetime") or element.attr("content") or element.attr("title")
        selector = _itemprop_selector(element, element.attr("itemprop"))
        if value.strip():
            yield _stamp(kind, StampSource.MICRODATA, value, selector, options, position=element.position)
            continue
        if not element.text.strip():
            continue
        # A visible microdata value is text ("Updated: August 22, 2019"): read its first date.
        found = _text_stamp(kind, StampSource.MICRODATA, element, selector, options)
        yield found if found is not None else _stamp(kind, StampSource.MICRODATA, element.text, selector,
                                                     options, position=element.position, span=element.span)


def _time_stamps(elements: tuple[Element, ...], options: _Options) -> Iterator[Stamp]:
    for element in elements:
        value = element.attr("datetime") or (element.attr("title") if element.name == "abbr" else "")
        raw = value or element.text
        if not raw.strip():
            continue
        hints = " ".join((element.attr("class"), element.attr("id"), element.attr("itemprop"),
                          element.attr("name")))
        # hAtom and WordPress: "entry-date published", "updated", "entry-date updated"; a class
        # naming both publication and update (an unedited post) is the publication.
        if element.has("pubdate") or _PUBLISHED_HINT.search(hints):
            kind = StampKind.PUBLISHED
        elif _UPDATED_HINT.search(hints):
            kind = StampKind.UPDATED
        elif _ENTRY_HINT.search(hints):
            kind = StampKind.PUBLISHED
        elif element.name == "abbr":
            continue
        else:
            kind = StampKind.OTHER
        selector = element.name + ("[datetime]" if element.attr("datetime") else "")
        if element.has("pubdate"):
            selector += "[pubdate]"
        classes = element.attr("class").split()
        if classes:
            selector += "." + ".".join(classes[:3])
        if element.context:
            selector += f" in {element.context}"
        if value:
            yield _stamp(kind, StampSource.TIME_ELEMENT, raw, selector, options, position=element.position)
            continue
        # Only text: read its first date ("Publié le 02/11/2023 à 15h57").
        found = _text_stamp(kind, StampSource.TIME_ELEMENT, element, selector, options)
        if found is not None:
            yield found
        elif kind is not StampKind.OTHER and "boilerplate" not in element.context:
            # An unreadable publication or update date in the article (TC109); a clock ("18:28"),
            # a video length or a teaser list elsewhere is no date stamp at all.
            yield _stamp(kind, StampSource.TIME_ELEMENT, raw, selector, options, position=element.position,
                         span=element.span)


def _text_stamp(kind: StampKind, source: StampSource, element: Element, selector: str,
                options: _Options) -> Stamp | None:
    """Read the first date of an element's visible text, spanning just that date; None without one."""
    found = first_date(element.text, zones=options.zones, default_zone=options.default_zone,
                       dayfirst=options.dayfirst)
    if found is None:
        return None
    offset, reading = found
    span = None
    if element.span is not None:
        span = (element.span[0] + offset, element.span[0] + offset + max(reading.end, 1))
    return Stamp(kind, source, element.text[offset:offset + reading.end], reading.moment, span=span,
                 selector=selector, zone_name=reading.zone_name, position=element.position)


# --------------------------------------------------------------------------------------- JSON-LD

_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_JSON_COMMENT = re.compile(r"^\s*(?:<!--|//<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\]\]>|\]\]>)\s*$")
_LOOSE_DATE = re.compile(r'"(datePublished|dateCreated|dateModified|uploadDate)"\s*:\s*"([^"]{4,60})"')


def jsonld_stamps(text: str, *, number: int, position: tuple[int, int], zones: Mapping[str, str],
                  default_zone: str = "UTC") -> Iterator[Stamp]:
    """Yield the schema.org dates of one JSON-LD block (``@graph``, arrays and nesting included).

    A block that is not JSON is repaired where the repair is certain (HTML comment wrappers,
    trailing commas, raw newlines in strings); failing that, its dates are read by pattern and an
    unreadable OTHER stamp says the block is broken, so one bad block never hides the others.
    """
    options = _Options(zones, default_zone, None)
    data, problem = _load_jsonld(text)
    where = f"jsonld[{number}]"
    if problem:
        for match in _LOOSE_DATE.finditer(text):
            kind = SCHEMA_DATES[fold_case(match.group(1))]
            yield _stamp(kind, StampSource.JSONLD, match.group(2), f"{where} {match.group(1)} (read by pattern)",
                         options, position=position)
        yield Stamp(StampKind.OTHER, StampSource.JSONLD, text.strip()[:60], None, selector=where,
                    problem=f"JSON-LD block {number} is not valid JSON: {problem}", position=position)
        return
    yield from _walk(data, where, options, position, primary=True, depth=0)


def _load_jsonld(text: str) -> tuple[object, str]:
    cleaned = "\n".join(line for line in text.strip().splitlines() if not _JSON_COMMENT.fullmatch(line))
    try:
        return json.loads(cleaned, strict=False), ""
    except RecursionError:
        return None, "nested too deeply"
    except json.JSONDecodeError as exc:
        first = f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", cleaned), strict=False), ""
    except (json.JSONDecodeError, RecursionError):
        return None, first


def _types(node: Mapping[str, object]) -> list[str]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return [_schema_key(kind)]
    if isinstance(kind, list):
        return [_schema_key(item) for item in kind if isinstance(item, str)]
    return []


def _walk(node: object, where: str, options: _Options, position: tuple[int, int], *, primary: bool,
          depth: int) -> Iterator[Stamp]:
    if depth > 12:
        return
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, f"{where}[{index}]", options, position, primary=primary, depth=depth + 1)
        return
    if not isinstance(node, dict):
        return
    types = _types(node)
    label = "|".join(types) if types else "object"
    # An untyped object at the top of a block counts as the page's (some CMSs omit @type).
    is_page = primary and (not types or any(t in ARTICLE_TYPES or t.endswith("article") for t in types))
    for key, value in node.items():
        lowered = key.lower()
        kind = SCHEMA_DATES.get(_schema_key(lowered))
        if kind is not None and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            raw = str(value)
            if not raw.strip():
                continue
            yield _stamp(kind if is_page else StampKind.OTHER, StampSource.JSONLD, raw,
                         f"{where} {label}.{key}", options, position=position)
    for key, value in node.items():
        if not isinstance(value, (dict, list)):
            continue
        lowered = key.lower()
        if lowered == "@graph":
            yield from _walk(value, f"{where} @graph", options, position, primary=primary, depth=depth + 1)
        elif lowered == "mainentity" or lowered == "mainentityofpage":
            yield from _walk(value, f"{where} {label}.{key}", options, position, primary=primary, depth=depth + 1)
        else:
            # Anything else nested in an object (its comments, author, images, live updates) is
            # not the page: its dates stay OTHER.
            yield from _walk(value, f"{where} {label}.{key}", options, position, primary=False, depth=depth + 1)


# ------------------------------------------------------------------------------- embedded data

# A publication date in data a page embeds for its own scripts: a framework's page state
# (``"publishedAt"``), a store's product JSON in an attribute (``data-product="{&quot;
# published_at&quot;: ...}"``). The key is quoted as JSON, escaped JSON or an HTML attribute
# writes it; the value is an ISO date (to its closing quote) or epoch seconds or milliseconds.
_QUOTE = r"(?:\"|\\\"|&quot;|&#34;|')"
_EMBEDDED_PUBLISHED = re.compile(
    _QUOTE + r"(date_?published|published_?at|publish_?date|publication_?date|first_?published_?at"
    r"|pub_?date)" + _QUOTE + r"\s*:\s*(?:" + _QUOTE + r"(\d{4}-\d\d-\d\d[^\"'&\\]{0,30})"
    r"|(\d{10}(?:\d{3})?)\b)", re.IGNORECASE)


def embedded_stamps(source: str, *, zones: Mapping[str, str], default_zone: str = "UTC") -> Iterator[Stamp]:
    """Yield the first readable publication date the page's embedded data states, if any.

    The last resort for a page that states its publication date nowhere else (the reader calls
    it only then): the first such key is usually the page's own item, later ones are related
    items'. Unreadable values are skipped; they are not the page's stamps to report.
    """
    options = _Options(zones, default_zone, None)
    for match in _EMBEDDED_PUBLISHED.finditer(source):
        stamp = _stamp(StampKind.PUBLISHED, StampSource.SCRIPT, match.group(2) or match.group(3),
                       f"embedded {match.group(1)}", options, position=_line_column(source, match.start()))
        if stamp.moment is not None:
            yield stamp
            return


def _line_column(source: str, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of ``offset`` in ``source``."""
    return source.count("\n", 0, offset) + 1, offset - source.rfind("\n", 0, offset)
