"""Run documents through stamp choice, the grammar and the rules; turn crashes into input errors."""

from __future__ import annotations

import contextlib
import fnmatch
import gc
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from operator import attrgetter

from timecheck.errors import ConfigError, InputError
from timecheck.grammar import find_expressions
from timecheck.model import Document, DocumentResult, Finding, Report
from timecheck.rules import ALL_RULES, BatchRule, Rule, RuleContext
from timecheck.settings import Settings
from timecheck.stamps.choose import (
    choose_anchor,
    choose_published,
    choose_updated,
    complete_datelines,
)
from timecheck.suppression import apply_suppressions

log = logging.getLogger("timecheck")
# Findings are reported by position, then code. ``attrgetter`` builds the key in C: a document
# of hostile text can hold a finding every few characters, and a Python key function per finding
# is then a visible share of the check.
_ORDER = attrgetter("line", "column", "code")


def selected_rules(settings: Settings) -> tuple[Rule, ...]:
    """Instantiate the rules ``select``/``ignore`` leave on (codes or code prefixes, like ruff's)."""
    known = {rule.code for rule in ALL_RULES}
    for code in (*settings.select, *settings.ignore):
        if code != "ALL" and not any(known_code.startswith(code) for known_code in known):
            raise ConfigError(f"unknown rule code or prefix {code!r}")
    chosen: list[Rule] = []
    for rule in ALL_RULES:
        if settings.select:
            on = any(code == "ALL" or rule.code.startswith(code) for code in settings.select)
        else:
            on = rule.enabled_by_default
        on = on or any(rule.code.startswith(code) for code in settings.extend_select)
        if on and not any(rule.code.startswith(code) for code in settings.ignore):
            chosen.append(rule())
    return tuple(chosen)


def rule_options(rule: Rule, settings: Settings) -> Mapping[str, object]:
    """Return a rule's options: defaults, overridden by ``settings.rule_options[code]``."""
    values: dict[str, object] = {option.name: option.default for option in rule.options}
    overrides = settings.rule_options.get(rule.code, {})
    for key, value in overrides.items():
        if key not in values:
            raise ConfigError(f"rule {rule.code} has no option {key!r} (it has: {', '.join(values) or 'none'})")
        values[key] = value
    return values


def ignored_for_path(path: str, settings: Settings) -> tuple[str, ...]:
    """Return the codes ``per-file-ignores`` switch off for ``path``."""
    codes: list[str] = []
    for pattern, ignored in settings.per_file_ignores:
        if fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path.replace("\\", "/"), pattern):
            codes.extend(ignored)
    return tuple(codes)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the duration, if it is on.

    One document makes tens of thousands of small objects (expressions, findings) that hold no
    cycles and are freed by reference counting; the collector would walk them again and again as
    they pile up, which costs a fifth of a check of text dense with dates. Nested or concurrent
    pauses leave the collector to whichever began with it on; cyclic garbage made meanwhile is
    collected once it runs again.

    At the end, what the duration made goes straight to the collector's oldest generation
    (``gc.freeze`` then ``gc.unfreeze`` move it there in one step), instead of being walked by
    the first collection of the young ones: a tenth of a check of text dense with dates, a
    twentieth of news. A program that froze objects itself (before forking workers) keeps them
    frozen, and its young objects are walked as before.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def analyse(document: Document, *, settings: Settings, now: datetime | None,
            rules: tuple[Rule, ...]) -> DocumentResult:
    """Choose the document's stamps and anchor, find its expressions and run ``rules`` on it."""
    with collector_paused():
        return _analyse(document, settings=settings, now=now, rules=rules)


def _analyse(document: Document, *, settings: Settings, now: datetime | None,
             rules: tuple[Rule, ...]) -> DocumentResult:
    published = choose_published(document.stamps)
    stamps = complete_datelines(document.stamps, published.stamp)
    if stamps != document.stamps:
        document = replace(document, stamps=stamps)
    updated = choose_updated(document.stamps)
    anchor, anchor_reason = choose_anchor(published, document.stamps, settings.anchor)
    dayfirst = settings.dayfirst if settings.dayfirst is not None else document.dayfirst
    timexes = find_expressions(document.text, anchor=anchor, zones=settings.zones, dayfirst=dayfirst)
    result = DocumentResult(document, published, updated, anchor, anchor_reason, timexes, ())
    if not rules:
        return result
    ignored = ignored_for_path(document.path, settings)
    active = tuple(rule for rule in rules if not any(rule.code.startswith(code) for code in ignored))
    selected = frozenset(rule.code for rule in active)
    contexts = {rule.code: _context(rule, result, settings, now, selected) for rule in active}
    findings: list[Finding] = []
    for rule in active:
        if isinstance(rule, BatchRule):
            rule.collect(contexts[rule.code])
        elif not rule.after_suppressions:
            findings.extend(rule.check(contexts[rule.code]))
    kept, used = apply_suppressions(findings, document.suppressions)
    for rule in active:
        if rule.after_suppressions:
            kept.extend(rule.check(replace(contexts[rule.code], used_suppressions=frozenset(used))))
    kept.sort(key=_ORDER)
    return replace(result, findings=tuple(kept))


def _context(rule: Rule, result: DocumentResult, settings: Settings, now: datetime | None,
             selected: frozenset[str]) -> RuleContext:
    return RuleContext(
        result=result, now=now, options=rule_options(rule, settings), code=rule.code, name=rule.name,
        severity=settings.severities.get(rule.code, rule.severity), dayfirst=settings.dayfirst,
        selected_codes=selected,
    )


def run(items: Iterable[Document | InputError], *, settings: Settings, now: datetime | None,
        check_rules: bool = True) -> Report:
    """Analyse every document; input errors, and documents that crash, are kept in the report."""
    rules = selected_rules(settings) if check_rules else ()
    results: list[DocumentResult] = []
    problems: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            problems.append(item)
            continue
        try:
            results.append(analyse(item, settings=settings, now=now, rules=rules))
        except ConfigError:
            raise
        except Exception as exc:  # the one broad catch: the per-document boundary (STYLE.md)
            # The traceback goes to the log (``--verbose`` shows it); the report gets one clear line.
            log.debug("internal error on %s (%s)", item.path, item.id, exc_info=True)
            line = item.textmap.position(0)[0]
            problems.append(InputError(item.path, line, f"internal error on document {item.id!r}: "
                                       f"{type(exc).__name__}: {exc}", doc_id=item.id))
    batch: list[Finding] = []
    for rule in rules:
        if isinstance(rule, BatchRule):
            for finding, suppressions in rule.finish():
                kept, _ = apply_suppressions([finding], suppressions)
                batch.extend(kept)
    return Report(tuple(results), tuple(problems), tuple(batch))
