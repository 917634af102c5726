"""Read HTML pages: the article text with a map back to the file, and every date the page states.

Parsing uses the standard library's ``html.parser``: it needs no install (the pre-commit hook
stays light), never fetches or expands an external entity (it has no DTD processing at all),
tolerates any tag soup, and reports the exact line and column of every token, which is what
the text map needs. It builds no tree, so this module pairs start and end tags itself: an
element whose end tag is missing simply is not treated as a container.

Two passes: the tokenizer records every token with its source offset; the builder walks them,
drops boilerplate (script, style, nav, aside, site headers and footers, hidden elements, comment
and sidebar blocks), keeps ``<time>`` contents in place, and writes the text with one text-map
anchor wherever the text stops being a verbatim copy of the source.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from html import unescape
from html.parser import HTMLParser

from timecheck.errors import InputError
from timecheck.model import Document, Stamp, StampKind
from timecheck.readers.decode import Decoded, decode, with_note
from timecheck.settings import Settings
from timecheck.stamps.languages import day_first, locale_with_url_region, region_of
from timecheck.stamps.metadata import Element, PageFacts, embedded_stamps, find_markup_stamps
from timecheck.stamps.urls import url_stamps
from timecheck.stamps.visible import (
    find_element_stamps,
    find_text_dates,
    find_visible_stamps,
)
from timecheck.stamps.zones import (
    express_in_zone,
    publisher_zone,
    stated_offset_zone,
    visible_offset_zone,
    zones_for_region,
)
from timecheck.suppression import find_suppressions
from timecheck.textmap import TextMap

Item = Document | InputError

# Elements whose content is never article text.
_ALWAYS_SKIPPED = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head", "title",
    "nav", "aside", "select", "button", "dialog", "menu", "canvas", "video", "audio",
})
# Elements that are boilerplate outside an article (site banner, site footer) but part of it
# inside <article> or <main> (the article's own header holds the byline and date).
_SKIPPED_OUTSIDE_ARTICLE = frozenset({"header", "footer"})
_ARTICLE = frozenset({"article", "main"})
# Elements that end a line of text.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tr", "ul",
    "summary", "caption", "center", "td", "th", "body", "html", "hgroup", "legend", "option",
})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "keygen"})
# class and id words of blocks that are not the article: comments, sidebars, sharing bars,
# cookie banners, related-article lists (where dates of other pages live).
_BOILERPLATE_WORD = re.compile(
    r"^(?:comments?|comment-?list|commentlist|comments-area|disqus_thread|sidebar|widget-area|"
    r"related(?:[-_][\w-]+)?|cookie[\w-]*|breadcrumbs?|"
    r"newsletter|navbar|navigation|site-header|site-footer|masthead|teaser-list|recommendations?|"
    r"more-stories|most-popular|trending)$",
    re.IGNORECASE,
)
# class, id and itemprop words of an element whose text is likely a date (htmldate's
# "expressions" list, reduced): bylines, date lines, meta lines.
_DATED_WORD = re.compile(
    r"date|datum|time|zeit|publi|posted|updat|modif|byline|meta|timestamp|fecha|data-|"
    r"stand|aktualisiert|calendar",
    re.IGNORECASE,
)
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\u00a0\u2009\u202f\u2007]+")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);?")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.IGNORECASE)
# Text of a dated element longer than this is a paragraph, not a date line.
_DATED_TEXT_LIMIT = 160


@dataclass(slots=True)
class _Token:
    kind: str  # "start", "end", "data", "ref", "comment"
    name: str
    offset: int
    length: int
    attrs: tuple[tuple[str, str], ...] = ()
    self_closing: bool = False


class _Tokenizer(HTMLParser):
    """Record every token of a page with its absolute source offset."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = _line_starts(source)
        self.tokens: list[_Token] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or ""
        self.tokens.append(_Token("start", tag, self._offset(), len(raw), _attrs(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or ""
        self.tokens.append(_Token("start", tag, self._offset(), len(raw), _attrs(attrs), self_closing=True))

    def handle_endtag(self, tag: str) -> None:
        self.tokens.append(_Token("end", tag, self._offset(), 0))

    def handle_data(self, data: str) -> None:
        self.tokens.append(_Token("data", data, self._offset(), len(data)))

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def _reference(self) -> None:
        offset = self._offset()
        match = _ENTITY.match(self.source, offset)
        raw = match.group(0) if match else "&"
        self.tokens.append(_Token("ref", unescape(raw), offset, len(raw)))

    def handle_comment(self, data: str) -> None:
        self.tokens.append(_Token("comment", data, self._offset(), len(data) + 7))

    def unknown_decl(self, data: str) -> None:
        # "<![CDATA[...]]>" outside foreign content, and similar: not text.
        return


def _attrs(attrs: list[tuple[str, str | None]]) -> tuple[tuple[str, str], ...]:
    return tuple((name, value or "") for name, value in attrs)


def _line_starts(source: str) -> list[int]:
    starts = [0]
    position = source.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = source.find("\n", position + 1)
    return starts


@dataclass(slots=True)
class Page:
    """An HTML page read: its article text, the map back to the source, and the facts for stamps."""

    text: str
    textmap: TextMap
    facts: PageFacts
    title: str = ""


@dataclass(slots=True)
class _Builder:
    source: str
    line_starts: list[int]
    first_line: int
    pieces: list[str] = field(default_factory=list)
    length: int = 0
    offsets: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    columns: list[int] = field(default_factory=list)
    next_source: int = -1  # source offset right after the last verbatim character, -1: none

    def position(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.line_starts, offset) - 1
        return self.first_line + index, offset - self.line_starts[index] + 1

    def _anchor(self, source_offset: int) -> None:
        line, column = self.position(source_offset)
        if self.offsets and self.offsets[-1] == self.length:
            self.lines[-1], self.columns[-1] = line, column
            return
        self.offsets.append(self.length)
        self.lines.append(line)
        self.columns.append(column)

    def copy(self, text: str, source_offset: int) -> None:
        """Append text that is a verbatim copy of the source at ``source_offset``."""
        if not text:
            return
        if source_offset != self.next_source:
            self._anchor(source_offset)
        self.pieces.append(text)
        self.length += len(text)
        self.next_source = source_offset + len(text)

    def put(self, text: str, source_offset: int) -> None:
        """Append text that stands for ``source_offset`` but is not a copy (an entity, a space)."""
        if not text:
            return
        self._anchor(source_offset)
        self.pieces.append(text)
        self.length += len(text)
        self.next_source = -1

    def tail(self, start: int, limit: int) -> str:
        """Return the text written since offset ``start`` ("" when that is more than ``limit``)."""
        if self.length - start > limit or start > self.length:
            return ""
        parts: list[str] = []
        size = 0
        for piece in reversed(self.pieces):
            if size >= self.length - start:
                break
            parts.append(piece)
            size += len(piece)
        joined = "".join(reversed(parts))
        return joined[len(joined) - (self.length - start):]

    def last(self) -> str:
        return self.pieces[-1][-1] if self.pieces else "\n"

    def newline(self, source_offset: int) -> None:
        if self.pieces and self.last() == " ":
            # Drop a trailing space before the line break (it was collapsed whitespace).
            self.pieces[-1] = self.pieces[-1][:-1]
            self.length -= 1
            if not self.pieces[-1]:
                self.pieces.pop()
            while self.offsets and self.offsets[-1] > self.length:
                self.offsets.pop()
                self.lines.pop()
                self.columns.pop()
        if self.pieces and self.last() != "\n":
            self.put("\n", source_offset)

    def text_run(self, data: str, source_offset: int) -> None:
        """Append a run of source text, collapsing whitespace (a single space stays a copy)."""
        position = 0
        for match in _SPACE_RUN.finditer(data):
            start, end = match.span()
            if start > position:
                self.copy(data[position:start], source_offset + position)
            at_line_start = self.last() in "\n "
            if not at_line_start:
                if data[start:end] == " ":
                    self.copy(" ", source_offset + start)
                else:
                    self.put(" ", source_offset + start)
            position = end
        if position < len(data):
            self.copy(data[position:], source_offset + position)

    def textmap(self) -> TextMap:
        if not self.offsets or self.offsets[0] != 0:
            line, column = self.position(0)
            self.offsets.insert(0, 0)
            self.lines.insert(0, line)
            self.columns.insert(0, column)
        return TextMap(tuple(self.offsets), tuple(self.lines), tuple(self.columns))


@dataclass(slots=True)
class _Open:
    """An element whose text is being collected until its end tag (index ``end``)."""

    end: int
    role: str  # "time", "itemprop" or "dated"
    name: str
    attrs: tuple[tuple[str, str], ...]
    position: tuple[int, int]
    start: int
    context: str


def parse_page(source: str, *, first_line: int = 1) -> Page:
    """Read an HTML page into its article text, text map and stamp facts; never raises on bad markup."""
    tokenizer = _Tokenizer(source)
    tokenizer.feed(source)
    tokenizer.close()
    tokens = tokenizer.tokens
    ends = _pair_tags(tokens)
    builder = _Builder(source, tokenizer.line_starts, first_line)
    found: dict[str, list[Element]] = {"meta": [], "script": [], "time": [], "itemprop": [], "dated": []}
    head: dict[str, str] = {"lang": "", "canonical": "", "og:url": "", "title": ""}
    places: dict[str, tuple[int, int]] = {}
    collecting: list[_Open] = []
    scopes: list[tuple[int, str]] = []  # (end token index, itemtype) of open itemscopes
    article_until = -1
    skip_until = -1
    for index, token in enumerate(tokens):
        while collecting and collecting[-1].end < index:
            _close(collecting.pop(), builder, found)
        while scopes and scopes[-1][0] < index:
            scopes.pop()
        skipped = index <= skip_until
        if token.kind == "start":
            attr = dict(token.attrs)
            end = ends.get(index, -1)
            _note_head(token, attr, tokens, index, end, head, found, builder, places)
            if "itemscope" in attr and end != -1:
                scopes.append((end, attr.get("itemtype", "").rstrip("/").rsplit("/", 1)[-1] or "Thing"))
            if not skipped and end != -1 and _skips(token.name, attr, index, article_until):
                # The element's content is not article text; its dates stay candidates.
                skip_until = end
                skipped = True
            if token.name in _ARTICLE and end != -1 and index > article_until:
                article_until = end
            context = "boilerplate" if skipped else ("article" if index <= article_until else "")
            if scopes:
                context = (context + " " if context else "") + f"itemscope:{scopes[-1][1]}"
            role = _role(token.name, attr)
            if role:
                element = Element(token.name, token.attrs, builder.position(token.offset), context=context)
                has_value = bool(attr.get("datetime") or attr.get("content"))
                if has_value or end == -1 or skipped:
                    text = "" if has_value else _inner_text(tokens, index, end)
                    found[role].append(replace(element, text=text))
                else:
                    collecting.append(_Open(end, role, token.name, token.attrs, element.position,
                                            builder.length, context))
            if not skipped and token.name in _BLOCKS:
                builder.newline(token.offset)
        elif skipped:
            continue
        elif token.kind == "end":
            if token.name in _BLOCKS:
                builder.newline(token.offset)
        elif token.kind == "data":
            builder.text_run(token.name, token.offset)
        elif token.kind == "ref":
            text = token.name.replace("\u00a0", " ")
            if text != " " or builder.last() not in "\n ":
                builder.put(text, token.offset)
    while collecting:
        _close(collecting.pop(), builder, found)
    facts = PageFacts(
        lang=head["lang"].strip(), metas=tuple(found["meta"]), scripts=tuple(found["script"]),
        times=tuple(sorted(found["time"], key=lambda e: e.position)),
        itemprops=tuple(sorted(found["itemprop"], key=lambda e: e.position)),
        dated=tuple(sorted(found["dated"], key=lambda e: e.position)),
        canonical=(head["canonical"] or head["og:url"]).strip(),
        canonical_position=places.get("canonical" if head["canonical"] else "og:url"),
    )
    return Page("".join(builder.pieces), builder.textmap(), facts, title=head["title"])


def _note_head(token: _Token, attr: dict[str, str], tokens: list[_Token], index: int, end: int,
               head: dict[str, str], found: dict[str, list[Element]], builder: _Builder,
               places: dict[str, tuple[int, int]]) -> None:
    """Collect what a start tag says about the page: language, canonical URL, metas, JSON-LD."""
    name = token.name
    if name == "html" and not head["lang"]:
        head["lang"] = attr.get("lang", "") or attr.get("xml:lang", "")
    elif name == "meta":
        key = (attr.get("property", "") or attr.get("name", "") or attr.get("http-equiv", "")).lower()
        if key in ("og:locale", "content-language", "language", "dc.language") and not head["lang"]:
            head["lang"] = attr.get("content", "")
        if key == "og:url" and not head["og:url"]:
            head["og:url"] = attr.get("content", "")
            places["og:url"] = builder.position(token.offset)
        found["meta"].append(Element("meta", token.attrs, builder.position(token.offset)))
    elif name == "link" and "canonical" in attr.get("rel", "").lower().split() and not head["canonical"]:
        head["canonical"] = attr.get("href", "")
        places["canonical"] = builder.position(token.offset)
    elif name == "script" and "ld+json" in attr.get("type", "").lower():
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        body = following.name if following is not None and following.kind == "data" else ""
        found["script"].append(Element("script", token.attrs, builder.position(token.offset), text=body))
    elif name == "title" and end != -1 and not head["title"]:
        parts = [t.name for t in tokens[index + 1:end] if t.kind in ("data", "ref")]
        head["title"] = " ".join("".join(parts).split())


def _role(name: str, attr: dict[str, str]) -> str:
    """Say which kind of dated element this is: a time, a microdata date, a dated class, or none."""
    if name == "meta" or name in _VOID and name != "time":
        return ""
    if "itemprop" in attr and _schema_date(attr["itemprop"]):
        return "itemprop"
    if name == "time" or (name == "abbr" and attr.get("title")):
        return "time"
    if name != "a" and _is_dated(attr):
        # A link's date is the linked page's (a teaser), never this one's.
        return "dated"
    return ""


def _schema_date(itemprop: str) -> bool:
    return any(word.lower().rsplit("/", 1)[-1] in ("datepublished", "datemodified", "datecreated", "uploaddate")
               for word in itemprop.split())


def _skips(name: str, attr: dict[str, str], index: int, article_until: int) -> bool:
    if name in _ALWAYS_SKIPPED:
        return True
    if name in _SKIPPED_OUTSIDE_ARTICLE and index > article_until:
        return True
    if "hidden" in attr or attr.get("aria-hidden", "").lower() == "true":
        return True
    style = attr.get("style", "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if attr.get("role", "").lower() in ("navigation", "banner", "contentinfo", "complementary"):
        return True
    words = attr.get("class", "").split() + attr.get("id", "").split()
    return any(_BOILERPLATE_WORD.match(word) for word in words)


def _is_dated(attr: dict[str, str]) -> bool:
    words = " ".join((attr.get("class", ""), attr.get("id", "")))
    return bool(words.strip()) and _DATED_WORD.search(words) is not None


def _inner_text(tokens: list[_Token], start: int, end: int) -> str:
    if end == -1:
        return ""
    parts = [t.name for t in tokens[start + 1:min(end, start + 200)] if t.kind in ("data", "ref")]
    return " ".join("".join(parts).split())[:_DATED_TEXT_LIMIT * 2]


def _close(entry: _Open, builder: _Builder, found: dict[str, list[Element]]) -> None:
    text = builder.tail(entry.start, _DATED_TEXT_LIMIT * 4)
    stripped = text.strip()
    if entry.role == "dated" and (not stripped or len(stripped) > _DATED_TEXT_LIMIT):
        return
    lead = len(text) - len(text.lstrip())
    span = (entry.start + lead, entry.start + lead + len(stripped)) if stripped else None
    found[entry.role].append(Element(entry.name, entry.attrs, entry.position, text=stripped, span=span,
                                     context=entry.context))


def _pair_tags(tokens: list[_Token]) -> dict[int, int]:
    """Map each start tag's index to its end tag's index, nesting per tag name; unclosed: absent."""
    open_by_name: dict[str, list[int]] = {}
    ends: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.kind == "start":
            if token.self_closing or token.name in _VOID:
                continue
            open_by_name.setdefault(token.name, []).append(index)
        elif token.kind == "end":
            stack = open_by_name.get(token.name)
            if stack:
                ends[stack.pop()] = index
    return ends


def decode_html(data: bytes, path: str, *, first_line: int = 1) -> Decoded | InputError:
    """Decode a page: UTF-8, else the charset its ``<meta>`` declares, else the general fallbacks."""
    declared = _CHARSET.search(data[:4096])
    name = declared.group(1).decode("ascii").lower() if declared else ""
    if name:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = ""
        # WHATWG Encoding: a page labelled latin-1 (or ascii) is decoded as windows-1252.
        name = "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec
    return decode(data, path, first_line=first_line, declared=name)


def read_html(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """Yield the one document an HTML file holds, or the reason it cannot be read."""
    decoded = decode_html(data, path)
    if isinstance(decoded, InputError):
        yield decoded
        return
    yield with_note(document_from_html(decoded.text, path=path, doc_id=path, settings=settings), decoded)


def document_from_html(source: str, *, path: str, doc_id: str, settings: Settings, url: str = "",
                       record_line: int | None = None) -> Document:
    """Build a Document from an HTML page: article text, text map, and every stamp of the page.

    ``record_line`` is set when the page came inside a JSON record: positions then map to that
    line of the record file (the page's own lines are not lines of the file).
    """
    page = parse_page(source)
    lang = locale_with_url_region(page.facts.lang, url or page.facts.canonical)
    dayfirst = settings.dayfirst if settings.dayfirst is not None else day_first(lang)
    zones = zones_for_region(settings.zones, region_of(lang))
    lang_zone = publisher_zone(lang)
    # Zone-less stamps are read on the publisher's clock when the page's locale names one and
    # the configuration left the default zone alone.
    default_zone = lang_zone if lang_zone and settings.default_zone == "UTC" else settings.default_zone
    stamps: list[Stamp] = []
    stamps.extend(find_visible_stamps(page.text, zones=zones, default_zone=default_zone, dayfirst=dayfirst,
                                      urls=False))
    stamps.extend(find_element_stamps(page.facts.dated, text=page.text, zones=zones, default_zone=default_zone,
                                      dayfirst=dayfirst, taken=tuple(stamps)))
    stamps.extend(find_markup_stamps(page.facts, zones=zones, default_zone=default_zone, dayfirst=dayfirst))
    stamps.extend(find_text_dates(page.text, zones=zones, default_zone=default_zone, dayfirst=dayfirst,
                                  taken=tuple(stamps)))
    page_url = url or page.facts.canonical
    urls = [u for u in dict.fromkeys((url, page.facts.canonical)) if u]
    for address in urls:
        where = page.facts.canonical_position if address == page.facts.canonical else None
        stamps.extend(replace(stamp, position=where) for stamp in url_stamps(address))
    if not any(stamp.kind is StampKind.PUBLISHED and stamp.moment is not None for stamp in stamps):
        stamps.extend(embedded_stamps(source, zones=zones, default_zone=default_zone))
    # The publisher's clock: what a visible byline reveals (near the locale's zone), else the
    # locale's zone, else the offset the page's own date fields state.
    zone = visible_offset_zone(stamps, lang_zone) or lang_zone or stated_offset_zone(stamps)
    if zone:
        stamps = list(express_in_zone(stamps, zone))
    textmap = page.textmap
    # Suppression comments are markup, not article text: they are found in the page's source.
    source_map = TextMap.for_text(source)
    if record_line is not None:
        textmap = source_map = TextMap.single_line(record_line)
        stamps = [replace(stamp, position=(record_line, 1)) if stamp.position else stamp for stamp in stamps]
    return Document(id=doc_id, path=path, text=page.text, textmap=textmap, stamps=_unique(stamps), url=page_url,
                    suppressions=find_suppressions(source, source_map), dayfirst=dayfirst)


def _unique(stamps: list[Stamp]) -> tuple[Stamp, ...]:
    seen: set[tuple[object, ...]] = set()
    out: list[Stamp] = []
    for stamp in stamps:
        key = (stamp.kind, stamp.source, stamp.raw, stamp.selector, stamp.span)
        if key in seen:
            continue
        seen.add(key)
        out.append(stamp)
    return tuple(out)
