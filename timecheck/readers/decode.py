"""Turn a file's bytes into text, or say clearly why they are not text."""

from __future__ import annotations

from timecheck.errors import InputError

# Enough to tell a binary blob from text without reading all of a huge one twice.
_SNIFF_BYTES = 8192


def decode(data: bytes, path: str, *, first_line: int = 1) -> str | InputError:
    """Decode UTF-8 text (a BOM is dropped); return an InputError for empty, binary or non-UTF-8 data."""
    if not data.strip():
        return InputError(path, first_line, "empty file" if not data else "file holds only whitespace")
    nul = data.find(b"\x00", 0, _SNIFF_BYTES)
    if nul != -1:
        return InputError(path, first_line + data.count(b"\n", 0, nul),
                          f"binary data, not text (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        return InputError(path, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})")
