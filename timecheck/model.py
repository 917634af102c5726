"""The values that flow between timecheck's modules: documents, stamps, expressions, findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum
from typing import Any

from timecheck.errors import InputError
from timecheck.textmap import TextMap


class TimexType(str, Enum):
    """TIMEX3 types (TimeML 1.2.1 guidelines, section 2.2)."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class StampKind(str, Enum):
    """What a stamp claims to date."""

    PUBLISHED = "published"
    UPDATED = "updated"
    DATELINE = "dateline"
    OTHER = "other"


class StampSource(str, Enum):
    """Where a stamp was found."""

    VISIBLE = "visible"
    META = "meta"
    JSONLD = "jsonld"
    MICRODATA = "microdata"
    TIME_ELEMENT = "time-element"
    FRONT_MATTER = "front-matter"
    RECORD = "record"
    URL = "url"
    OPTION = "option"
    # Data a page's scripts or attributes embed for its own code ("published_at" in a store's
    # product JSON): read only when the page states its publication date nowhere else.
    SCRIPT = "script"


class Severity(str, Enum):
    """How serious a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Return 3 for error, 2 for warning, 1 for info."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Precision(str, Enum):
    """How much of an instant a stamp actually states."""

    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


@dataclass(frozen=True, slots=True)
class Moment:
    """An instant as a stamp states it: an aware datetime, its precision, and whether the zone was given.

    When the source names no zone, ``value`` carries the zone timecheck assumed (UTC unless
    configured) and ``zone_stated`` is False, so rules never treat the guess as evidence.
    """

    value: datetime
    precision: Precision
    zone_stated: bool

    def iso(self) -> str:
        """Render as ISO 8601 at the stated precision (``2011-09-15T04:12+05:30``, ``1998-08-07``)."""
        if self.precision is Precision.DAY:
            return self.value.date().isoformat()
        spec = "minutes" if self.precision is Precision.MINUTE else "seconds"
        text = self.value.replace(tzinfo=None).isoformat(timespec=spec)
        if not self.zone_stated:
            return text
        offset = self.value.utcoffset()
        if offset is None:
            return text
        minutes = int(offset.total_seconds()) // 60
        sign = "+" if minutes >= 0 else "-"
        hours, rest = divmod(abs(minutes), 60)
        return f"{text}{sign}{hours:02d}:{rest:02d}"


@dataclass(frozen=True, slots=True)
class Stamp:
    """One candidate date for a document, kept with where it came from.

    ``span`` is a half-open range in ``Document.text`` when the stamp is visible there; metadata
    stamps carry ``None`` and a ``selector`` naming the field or tag instead. ``moment`` is None
    when the raw text could not be read; ``problem`` then says why. ``position`` is the 1-based
    (line, column) of a metadata stamp in the source file (a ``<meta>`` tag, a front matter key),
    so findings about it point there; None when the stamp has a span or no place of its own.
    """

    kind: StampKind
    source: StampSource
    raw: str
    moment: Moment | None
    span: tuple[int, int] | None = None
    selector: str = ""
    zone_name: str = ""
    problem: str = ""
    position: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Interval:
    """The absolute time an expression denotes, half-open, zone-aware."""

    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True, init=False)
class TimeExpression:
    """A temporal expression found in text, with its TIMEX3 annotation.

    ``start``/``end`` are Python str offsets into the text it was found in. ``rule`` names the
    grammar pattern that found it (``extract --explain``). ``anchor`` is the instant it was
    resolved against, or None for absolute and unanchored expressions.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    rule: str
    mod: str = ""
    interval: Interval | None = None
    anchor: datetime | None = None
    alternatives: tuple[str, ...] = ()
    quant: str = ""
    freq: str = ""

    def __init__(self, start: int, end: int, text: str, type: TimexType, value: str, rule: str,
                 mod: str = "", interval: Interval | None = None, anchor: datetime | None = None,
                 alternatives: tuple[str, ...] = (), quant: str = "", freq: str = "") -> None:
        """Set the fields through the slots' setters, as ``Finding.__init__`` does, and why.

        Every expression found is made here, and text made of dates holds one every few
        characters. The parameters are the fields, in order, with their defaults (a test checks).
        """
        (set_start, set_end, set_text, set_type, set_value, set_rule, set_mod, set_interval,
         set_anchor, set_alternatives, set_quant, set_freq) = _EXPRESSION_SETTERS
        set_start(self, start)
        set_end(self, end)
        set_text(self, text)
        set_type(self, type)
        set_value(self, value)
        set_rule(self, rule)
        set_mod(self, mod)
        set_interval(self, interval)
        set_anchor(self, anchor)
        set_alternatives(self, alternatives)
        set_quant(self, quant)
        set_freq(self, freq)


@dataclass(frozen=True, slots=True)
class Suppression:
    """An inline ``timecheck: ignore[TC201]`` comment: codes, and the source line it covers.

    ``line`` is the 1-based source line the suppression applies to (the line after the comment,
    or the comment's own line when it ends a line of text); 0 means the whole file.
    ``comment_line`` is where the comment itself is, for reporting it when it suppresses nothing.
    """

    codes: tuple[str, ...]
    line: int
    comment_line: int
    comment_column: int


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text (where expressions are found), its stamps and a map back to the file."""

    id: str
    path: str
    text: str
    textmap: TextMap
    stamps: tuple[Stamp, ...] = ()
    url: str = ""
    suppressions: tuple[Suppression, ...] = ()
    encoding_note: str = ""
    encoding_line: int = 0
    dayfirst: bool | None = None


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A certain correction: a title for humans and the edits that make it."""

    title: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True, slots=True, init=False)
class Finding:
    """One rule violation, located in the source file."""

    path: str
    doc_id: str
    code: str
    name: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    span: tuple[int, int] | None
    fix: Fix | None = None

    def __init__(self, path: str, doc_id: str, code: str, name: str, severity: Severity, message: str,
                 line: int, column: int, end_line: int, end_column: int, span: tuple[int, int] | None,
                 fix: Fix | None = None) -> None:
        """Set the fields, as the generated ``__init__`` would, at half its cost.

        Hostile text can hold a finding every few characters, so making one is on the hot path
        of a check. A frozen dataclass's generated ``__init__`` sets each field through
        ``object.__setattr__`` (looked up and dispatched by name every time); this one calls the
        slots' own setters, fetched once. The dataclass still makes the rest (``__eq__``,
        ``__hash__``, ``__repr__``, ``replace``), and the fields and their order are unchanged.
        """
        (set_path, set_doc_id, set_code, set_name, set_severity, set_message, set_line, set_column,
         set_end_line, set_end_column, set_span, set_fix) = _FINDING_SETTERS
        set_path(self, path)
        set_doc_id(self, doc_id)
        set_code(self, code)
        set_name(self, name)
        set_severity(self, severity)
        set_message(self, message)
        set_line(self, line)
        set_column(self, column)
        set_end_line(self, end_line)
        set_end_column(self, end_column)
        set_span(self, span)
        set_fix(self, fix)


def slot_setters(cls: type) -> dict[str, Callable[[Any, Any], None]]:
    """The setters of a frozen slotted dataclass's fields, by name, in field order.

    A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__``;
    code that makes its objects by the hundred thousand (findings and expressions of hostile
    text) calls the slots' own setters instead, at half the cost.
    """
    return {field.name: getattr(cls, field.name).__set__ for field in fields(cls)}


# The slot setters of Finding's fields, in field order (``Finding.__init__`` unpacks them).
_FINDING_SETTERS: tuple[Callable[[Finding, Any], None], ...] = tuple(slot_setters(Finding).values())
# The same for TimeExpression (``TimeExpression.__init__``).
_EXPRESSION_SETTERS: tuple[Callable[[TimeExpression, Any], None], ...] = tuple(
    slot_setters(TimeExpression).values())


@dataclass(frozen=True, slots=True)
class Choice:
    """The stamp chosen for one role (publication or update) and why."""

    stamp: Stamp | None
    reason: str


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything timecheck concluded about one document."""

    document: Document
    published: Choice
    updated: Choice
    anchor: Moment | None
    anchor_reason: str
    timexes: tuple[TimeExpression, ...]
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """The results of a run: one entry per document read, and every input problem."""

    results: tuple[DocumentResult, ...] = ()
    problems: tuple[InputError, ...] = ()
    batch_findings: tuple[Finding, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Return every finding, in document order, then the findings of batch rules."""
        out: list[Finding] = []
        for result in self.results:
            out.extend(result.findings)
        out.extend(self.batch_findings)
        return tuple(out)

    def count(self, severity: Severity) -> int:
        """Return how many findings have this severity."""
        return sum(1 for finding in self.findings if finding.severity is severity)
