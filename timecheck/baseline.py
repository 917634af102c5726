"""Baselines: record today's findings, then report only the ones that are new.

An archive import starts with thousands of old findings nobody will fix this week. A baseline
file lists their fingerprints (``timecheck.fingerprint``); a later run with ``--baseline`` drops
every finding whose fingerprint is listed and reports the rest. Paths in fingerprints are
relative to the baseline file's folder, so the same baseline works from any working directory.

The file is JSON (schema: ``$defs/baseline`` in ``formats/finding.schema.json``)::

    {"tool": "timecheck", "version": 1,
     "findings": [{"fingerprint": "...", "path": "a.txt", "id": "a.txt", "code": "TC102",
                   "line": 3, "message": "..."}]}

Only ``fingerprint`` is used for matching; the other keys are there for people reading the
baseline's diff in review.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, replace

from timecheck.errors import ConfigError
from timecheck.fingerprint import fingerprints, path_key
from timecheck.model import Finding, Report

BASELINE_VERSION = 1


@dataclass(frozen=True, slots=True)
class Baseline:
    """The fingerprints a baseline file lists, and the folder its paths are relative to."""

    fingerprints: frozenset[str]
    root: str


@dataclass(frozen=True, slots=True)
class Filtered:
    """A report without its baselined findings; how many were dropped; how many entries are gone."""

    report: Report
    hidden: int
    stale: int


def baseline_root(path: str) -> str:
    """Return the folder a baseline file's paths are relative to: the file's own folder."""
    return os.path.dirname(os.path.abspath(path))


def baseline_data(report: Report, *, root: str) -> dict[str, object]:
    """Return the baseline of ``report``'s findings as JSON-ready data, sorted for stable diffs."""
    entries = [
        {"fingerprint": print_, "path": path_key(finding.path, root), "id": finding.doc_id,
         "code": finding.code, "line": finding.line, "message": finding.message}
        for finding, print_ in fingerprints(report, root=root)
    ]
    entries.sort(key=lambda entry: (str(entry["path"]), str(entry["id"]), int(str(entry["line"])),
                                    str(entry["code"]), str(entry["fingerprint"])))
    return {"tool": "timecheck", "version": BASELINE_VERSION, "findings": entries}


def write_baseline(report: Report, path: str) -> int:
    """Write the baseline of ``report`` to ``path``; return how many findings it records.

    Raises:
        ConfigError: the file cannot be written.
    """
    data = baseline_data(report, root=baseline_root(path))
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    folder = os.path.dirname(os.path.abspath(path))
    try:
        # Write beside, then rename: an interrupted run never leaves half a baseline.
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".timecheck-baseline-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(text)
            os.chmod(temporary, os.stat(path).st_mode & 0o7777 if os.path.exists(path) else 0o644)
            os.replace(temporary, path)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise
    except OSError as exc:
        raise ConfigError(f"--write-baseline {path}: cannot write: {exc.strerror or exc}") from exc
    findings = data["findings"]
    assert isinstance(findings, list)
    return len(findings)


def load_baseline(path: str) -> Baseline:
    """Read a baseline file.

    Raises:
        ConfigError: the file is missing, is not JSON, or is not a timecheck baseline.
    """
    where = f"--baseline {path}"
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError(f"{where}: no such file (write one with --write-baseline)") from exc
    except OSError as exc:
        raise ConfigError(f"{where}: cannot read: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{where}: not a JSON file: {exc}") from exc
    if not isinstance(data, dict) or data.get("tool") != "timecheck" or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{where}: not a timecheck baseline (expected an object with \"tool\": \"timecheck\" "
                          f"and a \"findings\" list)")
    if data.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{where}: baseline version {data.get('version')!r} is not supported "
                          f"(expected {BASELINE_VERSION}); write it again with --write-baseline")
    found: set[str] = set()
    for number, entry in enumerate(data["findings"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise ConfigError(f"{where}: findings[{number}] has no \"fingerprint\" string")
        found.add(entry["fingerprint"])
    return Baseline(frozenset(found), baseline_root(path))


def apply_baseline(report: Report, baseline: Baseline) -> Filtered:
    """Drop the findings the baseline lists; count them, and the entries that no longer occur."""
    matched: set[str] = set()
    keep: set[int] = set()
    # Findings are values: two equal ones are told apart by their position in the report, so
    # keep by position, not by value.
    for index, (_, print_) in enumerate(fingerprints(report, root=baseline.root)):
        if print_ in baseline.fingerprints:
            matched.add(print_)
        else:
            keep.add(index)
    position = 0
    results = []
    for result in report.results:
        kept: list[Finding] = []
        for finding in result.findings:
            if position in keep:
                kept.append(finding)
            position += 1
        results.append(replace(result, findings=tuple(kept)))
    batch: list[Finding] = []
    for finding in report.batch_findings:
        if position in keep:
            batch.append(finding)
        position += 1
    hidden = len(report.findings) - len(keep)
    filtered = replace(report, results=tuple(results), batch_findings=tuple(batch))
    return Filtered(filtered, hidden, len(baseline.fingerprints - matched))
