"""timecheck's exceptions: every one derives from TimecheckError."""

from __future__ import annotations


class TimecheckError(Exception):
    """Base class of every error timecheck raises on purpose."""


class ConfigError(TimecheckError):
    """A configuration value is wrong; the message names the key and the file."""


class InputError(TimecheckError, ValueError):
    """An input (or part of one) cannot be read.

    Readers yield these next to the documents they could read, so one bad file or line never
    stops a batch. ``line`` is 1-based (0 when the problem is the whole file).
    """

    def __init__(self, path: str, line: int, reason: str, *, doc_id: str = "") -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason
        self.doc_id = doc_id

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InputError):
            return NotImplemented
        return (self.path, self.line, self.reason) == (other.path, other.line, other.reason)

    def __hash__(self) -> int:
        return hash((self.path, self.line, self.reason))
