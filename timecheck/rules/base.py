"""What every rule is made of: identity, options, and the context it judges a document in."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from timecheck.model import (
    Choice,
    Document,
    DocumentResult,
    Finding,
    Fix,
    Moment,
    Severity,
    Suppression,
    TimeExpression,
)


@dataclass(frozen=True, slots=True)
class Option:
    """A tunable threshold of a rule, read from config (``[tool.timecheck.rules.TC102]``)."""

    name: str
    default: int | float | str | bool
    help: str


@dataclass(frozen=True, slots=True)
class RuleContext:
    """One document as a rule sees it, plus the rule's identity and resolved options."""

    result: DocumentResult
    now: datetime | None
    options: Mapping[str, object]
    code: str
    name: str
    severity: Severity
    dayfirst: bool | None = None
    selected_codes: frozenset[str] = frozenset()
    used_suppressions: frozenset[Suppression] = frozenset()

    @property
    def document(self) -> Document:
        """The document being judged."""
        return self.result.document

    @property
    def published(self) -> Choice:
        """The chosen publication stamp and why."""
        return self.result.published

    @property
    def updated(self) -> Choice:
        """The chosen update stamp and why."""
        return self.result.updated

    @property
    def anchor(self) -> Moment | None:
        """The instant relative expressions were resolved against."""
        return self.result.anchor

    @property
    def anchor_reason(self) -> str:
        """Why that anchor was chosen."""
        return self.result.anchor_reason

    @property
    def timexes(self) -> tuple[TimeExpression, ...]:
        """The document's temporal expressions."""
        return self.result.timexes

    def finding(self, span: tuple[int, int] | None, message: str, *, fix: Fix | None = None) -> Finding:
        """Make a finding of this rule at ``span`` (half-open offsets in the text; None: the document).

        Hostile text can make a rule fire at every few characters, so this is written for the
        cost per finding: the document is fetched once, a span is located with one lookup
        (:meth:`TextMap.span_position`), and the finding is built from positional arguments.
        """
        document = self.result.document
        if span is None:
            line, column = document.textmap.position(0)
            end_line, end_column = line, column
        else:
            line, column, end_line, end_column = document.textmap.span_position(*span)
        return Finding(document.path, document.id, self.code, self.name, self.severity, message,
                       line, column, end_line, end_column, span, fix)

    def findings(self, located: Iterable[tuple[tuple[int, int], str]]) -> Iterator[Finding]:
        """Make a finding of this rule at each (span, message) of ``located``, in that order.

        What :meth:`finding` makes, for a rule that can fire at every expression of a document
        (text made of dates holds one every few characters): what all of them share is looked
        up once, and spans in text order are located by stepping through the text's lines
        (:meth:`TextMap.span_positions`).
        """
        document = self.result.document
        path, doc_id, code, name, severity = (document.path, document.id, self.code, self.name,
                                              self.severity)
        pairs = list(located)
        positions = document.textmap.span_positions([span for span, _ in pairs])
        for (span, message), (line, column, end_line, end_column) in zip(pairs, positions):
            yield Finding(path, doc_id, code, name, severity, message, line, column, end_line,
                          end_column, span)

    def finding_at(self, line: int, column: int, message: str) -> Finding:
        """Make a finding at a source position that is not in the text (a comment, say)."""
        return Finding(
            path=self.document.path, doc_id=self.document.id, code=self.code, name=self.name,
            severity=self.severity, message=message, line=line, column=column, end_line=line,
            end_column=column, span=None,
        )


class Rule(ABC):
    """Base of every rule: subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    fixable: ClassVar[bool] = False
    enabled_by_default: ClassVar[bool] = True
    options: ClassVar[tuple[Option, ...]] = ()
    # Runs after inline suppressions are applied, and sees which were used (unused-suppression).
    after_suppressions: ClassVar[bool] = False
    # The encoding a file holding the docstring's Bad example is written in (input rules only).
    bad_example_encoding: ClassVar[str] = "utf-8"

    @abstractmethod
    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        """Yield the findings of this rule on one document."""


class BatchRule(Rule):
    """A rule over many documents: it collects from each, then judges them all at the end."""

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        """Batch rules judge nothing per document; see ``collect`` and ``finish``."""
        return iter(())

    @abstractmethod
    def collect(self, ctx: RuleContext) -> None:
        """Remember what this rule needs from one document (keep it small: archives are large)."""

    @abstractmethod
    def finish(self) -> Iterator[tuple[Finding, tuple[Suppression, ...]]]:
        """Yield the findings over everything collected, each with its document's suppressions."""
