"""All options of a run in one frozen object, like black's ``Mode``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from timecheck.grammar.lexicon import ZONES
from timecheck.model import Moment, Severity

# Default record field names, in order of preference (SPEC.md, "Inputs").
DEFAULT_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "id": ("id",),
    "url": ("url",),
    "title": ("title",),
    "text": ("text", "body", "content"),
    "html": ("html",),
    "published": ("published", "date_published", "datePublished", "dct"),
    "updated": ("updated", "date_modified", "dateModified"),
})


def _empty() -> Mapping[str, Mapping[str, object]]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Settings:
    """How to read inputs, which rules to run and with which thresholds.

    ``select`` empty means every rule that is on by default; ``extend_select`` adds rules to
    that (rules off by default, such as TC208). ``per_file_ignores`` pairs a path glob with the
    codes ignored there; ``severities`` overrides a rule's default severity. ``rule_options`` maps a rule code
    to its option overrides (``{"TC102": {"max_gap_days": 730}}``). ``fields`` maps a record
    role (``text``, ``published``...) to the field names tried for it. ``anchor`` is used when a
    document has no publication stamp of its own. ``dayfirst`` is the archive's locale for
    numeric dates (True: 03/04 is 3 April; None: unknown, such dates are ambiguous).
    ``max_document_bytes`` caps one file or record: a larger one is reported, never read whole.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severities: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    fail_on: Severity = Severity.ERROR
    rule_options: Mapping[str, Mapping[str, object]] = field(default_factory=_empty)
    zones: Mapping[str, str] = field(default_factory=lambda: MappingProxyType(dict(ZONES)))
    default_zone: str = "UTC"
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: DEFAULT_FIELDS)
    anchor: Moment | None = None
    input_format: str = ""
    dayfirst: bool | None = None
    max_document_bytes: int = 32 * 1024 * 1024
