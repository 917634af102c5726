"""Paths as machine formats print them: relative to the root, with ``/`` separators."""

from __future__ import annotations

import os
from urllib.parse import quote


def relative_path(path: str, root: str | None) -> str:
    """Return ``path`` relative to ``root`` when it lies under it; else as given. ``/`` separators."""
    if root is None or path in ("-", "<stdin>"):
        return path.replace(os.sep, "/")
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive on Windows
        return path.replace(os.sep, "/")
    if relative == ".." or relative.startswith(".." + os.sep):
        return path.replace(os.sep, "/")
    return relative.replace(os.sep, "/")


def uri_reference(path: str, root: str | None) -> tuple[str, bool]:
    """Return a URI for ``path`` and whether it is relative to ``root``.

    Under the root: the percent-encoded relative path (``news/2011%20raid.txt``). Elsewhere: an
    absolute ``file://`` URI, so a SARIF consumer never resolves it against the wrong folder.
    """
    shown = relative_path(path, root)
    if path in ("-", "<stdin>"):
        return quote(os.fsencode(path), safe=""), False
    if root is not None and not os.path.isabs(shown):
        return quote(os.fsencode(shown), safe="/"), True
    absolute = os.path.abspath(path).replace(os.sep, "/")
    if not absolute.startswith("/"):
        absolute = "/" + absolute  # Windows drive paths: file:///C:/...
    return "file://" + quote(os.fsencode(absolute), safe="/:"), False
