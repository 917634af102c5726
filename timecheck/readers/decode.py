"""Turn a file's bytes into text, or say clearly why they are not text.

UTF-8 is expected. Byte order marks select UTF-16/32. Text that is not UTF-8 is still read,
never skipped: as the charset a page declares, as windows-1252 when it has no UTF-8 sequences
at all (old newsroom exports), else as UTF-8 with the bad bytes replaced. Whatever was done is
kept as a note on the document, which rule TC002 reports.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, replace

from timecheck.errors import InputError
from timecheck.model import Document

# Enough to tell a binary blob from text without reading all of a huge one twice.
_SNIFF_BYTES = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (tab, newlines, form feed and escape do).
_BINARY_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, and a note when the bytes were not clean UTF-8 (where: ``note_line``)."""

    text: str
    note: str = ""
    note_line: int = 0


def with_note(document: Document, decoded: Decoded) -> Document:
    """Keep the decoding note on the document, so a rule can report it (TC002)."""
    if not decoded.note:
        return document
    return replace(document, encoding_note=decoded.note, encoding_line=decoded.note_line)


def decode(data: bytes, path: str, *, first_line: int = 1, declared: str = "") -> Decoded | InputError:
    """Decode text; return an InputError for empty or binary data, and never drop non-UTF-8 text.

    ``declared`` is the charset the document itself names (an HTML ``<meta charset>``), tried
    when the bytes are not UTF-8.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            if codec == "utf-8":
                data = body
                break
            text = body.decode(codec, errors="replace")
            if not text.strip():
                return InputError(path, first_line, "empty file (only a byte order mark)")
            note = f"{text.count(chr(0xFFFD))} undecodable {codec} sequences replaced" if "\ufffd" in text else ""
            return Decoded(text, note, first_line if note else 0)
    if not data.strip():
        return InputError(path, first_line, "empty file" if not data else "file holds only whitespace")
    head = data[:_SNIFF_BYTES]
    nul = head.find(b"\x00")
    if nul != -1:
        return InputError(path, first_line + data.count(b"\n", 0, nul),
                          f"binary data, not text (NUL byte at offset {nul})")
    if sum(head.count(byte) for byte in _BINARY_BYTES) * 10 > len(head):
        return InputError(path, first_line, "binary data, not text (control bytes)")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        bad_line = first_line + data.count(b"\n", 0, exc.start)
        first_bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    if declared:
        try:
            text = data.decode(declared, errors="replace")
        except LookupError:
            pass
        else:
            return Decoded(text, f"not UTF-8 ({first_bad}); decoded as the declared charset {declared}", bad_line)
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good_multibyte = sum(1 for char in replaced if ord(char) > 127) - bad
    if good_multibyte == 0:
        try:
            return Decoded(data.decode("cp1252"), f"not UTF-8 ({first_bad}); decoded as windows-1252", bad_line)
        except UnicodeDecodeError:
            pass
    return Decoded(replaced, f"not UTF-8 ({first_bad}); {bad} undecodable byte sequence"
                             f"{'s' if bad != 1 else ''} replaced", bad_line)
