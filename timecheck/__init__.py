"""timecheck: find temporal contradictions in news articles.

    >>> import timecheck
    >>> report = timecheck.check("article.txt")
    >>> timexes = timecheck.extract("It ended yesterday.", anchor="2011-09-15")
"""

from __future__ import annotations

from timecheck.api import check, extract, to_moment
from timecheck.errors import ConfigError, InputError, TimecheckError
from timecheck.model import (
    Document,
    Finding,
    Moment,
    Report,
    Severity,
    Stamp,
    StampKind,
    StampSource,
    TimeExpression,
    TimexType,
)
from timecheck.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "ConfigError", "Document", "Finding", "InputError", "Moment", "Report", "Settings", "Severity",
    "Stamp", "StampKind", "StampSource", "TimeExpression", "TimecheckError", "TimexType", "check",
    "extract", "to_moment",
]
