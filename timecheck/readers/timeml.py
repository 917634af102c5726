"""Read TimeML and other XML articles safely: no DTD entities, no external entities, ever.

A TimeML file (TempEval-3 style) is ``<TimeML>`` with ``<DOCID>``, ``<DCT><TIMEX3 value=...>``
and ``<TEXT>``; the text is what ``<TEXT>`` holds with its inline tags (TIMEX3, EVENT, SIGNAL)
dropped, and the DCT becomes the publication stamp. Other XML is read as the text of its root.

expat is driven directly so that any entity declaration is refused before it can be used: that
rules out billion-laughs expansion and external entities (file or network) in one place.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from xml.parsers import expat

from timecheck.errors import InputError
from timecheck.model import Document, Stamp, StampKind, StampSource
from timecheck.readers.decode import decode, with_note
from timecheck.readers.text import document_from_text
from timecheck.settings import Settings
from timecheck.stamps.parse import read_stamp
from timecheck.textmap import TextMap

Item = Document | InputError
# Tags whose text is metadata, not article text.
_METADATA = frozenset({"DOCID", "DCT", "TITLE", "EXTRAINFO", "DOCNO", "DOCTYPE", "DATE_TIME"})


class _Refused(Exception):
    """Raised from an expat handler to stop at a construct timecheck does not read."""


class _Collector:
    """Gather article text with its source positions, and the DCT, from expat events."""

    def __init__(self, parser: expat.XMLParserType) -> None:
        self.parser = parser
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.lines: list[int] = []
        self.columns: list[int] = []
        self.length = 0
        self.stack: list[str] = []
        self.has_text_element = False
        self.dct: tuple[str, int, int] | None = None
        self.text_parts: list[tuple[str, int, int]] = []

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.stack.append(name.upper())
        if name.upper() == "TEXT":
            self.has_text_element = True
        in_dct = "DCT" in self.stack
        if name.upper() == "TIMEX3" and (in_dct or attributes.get("functionInDocument") == "CREATION_TIME"):
            if self.dct is None and attributes.get("value"):
                self.dct = (attributes["value"], self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber + 1)

    def end(self, name: str) -> None:
        if self.stack:
            self.stack.pop()

    def data(self, text: str) -> None:
        line, column = self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber + 1
        if any(tag in _METADATA for tag in self.stack):
            return
        self.text_parts.append((text, line, column))
        if "TEXT" in self.stack:
            self._keep(text, line, column)

    def _keep(self, text: str, line: int, column: int) -> None:
        # One anchor per character-data event, and one after each newline inside it, so every
        # offset maps back to its exact line and column.
        position = 0
        while True:
            self.offsets.append(self.length + position)
            self.lines.append(line)
            self.columns.append(column if position == 0 else 1)
            newline = text.find("\n", position)
            if newline == -1:
                break
            position = newline + 1
            line += 1
        self.parts.append(text)
        self.length += len(text)

    def finish(self) -> None:
        """Fall back to the root's text when there is no ``<TEXT>`` element."""
        if not self.has_text_element:
            for text, line, column in self.text_parts:
                self._keep(text, line, column)


def _refuse_entities(*_: object) -> None:
    raise _Refused("XML entity declarations are not read (entity expansion and external entities are disabled)")


def _refuse_external(*_: object) -> int:
    raise _Refused("external XML entities are not read")


def read_timeml(data: bytes, path: str, settings: Settings) -> Iterator[Item]:
    """Yield the one document an XML/TimeML file holds, or why it cannot be read."""
    decoded = decode(data, path)
    if isinstance(decoded, InputError):
        yield decoded
        return
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    collector = _Collector(parser)
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.data
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_external
    parser.buffer_text = False
    try:
        parser.Parse(decoded.text.encode("utf-8"), True)
    except _Refused as exc:
        yield InputError(path, parser.CurrentLineNumber, str(exc))
        return
    except expat.ExpatError as exc:
        yield InputError(path, exc.lineno, f"invalid XML: {expat.errors.messages.get(exc.code, str(exc))}")
        return
    except RecursionError:
        yield InputError(path, parser.CurrentLineNumber, "invalid XML: nested too deeply")
        return
    collector.finish()
    text = "".join(collector.parts)
    if not text.strip():
        yield InputError(path, 1, "no article text in the XML (no <TEXT> or character data)")
        return
    textmap = TextMap(tuple(collector.offsets), tuple(collector.lines), tuple(collector.columns))
    document = document_from_text(text, path=path, doc_id=path, settings=settings, textmap=textmap)
    if collector.dct is not None:
        raw, line, column = collector.dct
        reading = read_stamp(raw, zones=settings.zones, default_zone=settings.default_zone)
        stamp = Stamp(StampKind.PUBLISHED, StampSource.RECORD, raw, reading.moment,
                      selector="TimeML DCT", problem=reading.problem, position=(line, column))
        document = replace(document, stamps=(*document.stamps, stamp))
    yield with_note(document, decoded)
