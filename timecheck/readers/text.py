"""Read plain-text articles: the whole file is the text, stamps are its printed bylines."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.errors import InputError
from timecheck.model import Document
from timecheck.readers.decode import decode, with_note
from timecheck.settings import Settings
from timecheck.stamps.visible import find_visible_stamps
from timecheck.suppression import find_suppressions
from timecheck.textmap import TextMap


def read_text(data: bytes, path: str, settings: Settings) -> Iterator[Document | InputError]:
    """Yield the one document a text file holds, or the reason it cannot be read."""
    decoded = decode(data, path)
    if isinstance(decoded, InputError):
        yield decoded
        return
    yield with_note(document_from_text(decoded.text, path=path, doc_id=path, settings=settings), decoded)


def document_from_text(text: str, *, path: str, doc_id: str, settings: Settings,
                       textmap: TextMap | None = None) -> Document:
    """Build a Document from article text, with the stamps printed in it."""
    stamps = tuple(find_visible_stamps(text, zones=settings.zones, default_zone=settings.default_zone,
                                       dayfirst=settings.dayfirst))
    textmap = textmap or TextMap.for_text(text)
    return Document(id=doc_id, path=path, text=text, textmap=textmap, stamps=stamps,
                    suppressions=find_suppressions(text, textmap))
