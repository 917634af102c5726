"""Baselines: ``--write-baseline`` records today's findings, ``--baseline`` reports only new ones."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run
from timecheck.baseline import Baseline, apply_baseline, baseline_data
from timecheck.fingerprint import fingerprints
from timecheck.model import Finding, Report, Severity

CLI = Callable[..., Run]

# Sept. 14, 2011 was a Wednesday: TC201.
NEW_CONTRADICTION = "The embassy was attacked on Tuesday, Sept. 14, 2011.\n"


def _article(number: int) -> str:
    """A small article with exactly one finding: TC102 (three in four) or TC101 (one in four).

    Update stamps differ by the minute, so no batch rule (TC301) joins in.
    """
    if number % 4 == 0:
        return (f"Published 15 September 2011, 04:12 IST\n"
                f"Updated 14 September 2011, 21:{number:02d} IST\n"
                f"Talks on the handover went on in Kabul, article {number}.\n")
    return (f"Published 15 September 2011, 04:12 IST\n"
            f"Last Updated 04 May 2018, 03:{number:02d} IST\n"
            f"Talks on the handover went on in Kabul, article {number}.\n")


def _path(archive: Path, number: int) -> Path:
    return archive / f"{2011 + number % 3}" / f"article-{number:02d}.txt"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """40 articles in three folders, 40 findings (30 TC102 warnings, 10 TC101 errors)."""
    folder = tmp_path / "archive"
    for number in range(40):
        path = _path(folder, number)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_article(number), encoding="utf-8")
    return folder


def _findings(run: Run) -> list[dict[str, object]]:
    return [json.loads(line) for line in run.out.splitlines()]


def test_a_baseline_of_40_findings_then_one_new_contradiction(cli: CLI, archive: Path, tmp_path: Path) -> None:
    before = _findings(cli("check", "--format", "jsonl", str(archive)))
    assert len(before) == 40
    assert sorted({str(f["code"]) for f in before}) == ["TC101", "TC102"]
    baseline = tmp_path / "timecheck-baseline.json"
    written = cli("check", "--write-baseline", str(baseline), str(archive))
    assert written.status == 0, "writing a baseline accepts today's findings"
    assert written.err == f"Wrote a baseline of 40 findings to {baseline}.\n"
    assert len(json.loads(baseline.read_text(encoding="utf-8"))["findings"]) == 40

    clean = cli("check", "--baseline", str(baseline), str(archive))
    assert clean.status == 0 and clean.out == "All clear: 40 documents checked.\n"

    # The edit adds a new contradiction *above* the old findings: every line below it moves.
    edited = _path(archive, 17)
    edited.write_text(NEW_CONTRADICTION + edited.read_text(encoding="utf-8"), encoding="utf-8")
    run = cli("check", "--baseline", str(baseline), "--format", "jsonl", str(archive))
    (new,) = _findings(run)
    assert (new["path"], new["code"], new["line"]) == (str(edited), "TC201", 1)
    assert run.status == 1
    assert "40 findings in the baseline" in run.err
    # Without the baseline all 41 are there, and the moved TC102 is on line 3 now.
    everything = _findings(cli("check", "--format", "jsonl", str(archive)))
    assert len(everything) == 41
    assert [f["line"] for f in everything if f["path"] == str(edited)] == [1, 3]


def test_the_baseline_works_from_another_working_directory(cli: CLI, archive: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    baseline = tmp_path / "baseline.json"
    monkeypatch.chdir(tmp_path)
    cli("check", "--write-baseline", "baseline.json", "archive")
    assert {entry["path"][:8] for entry in json.loads(baseline.read_text(encoding="utf-8"))["findings"]} == {"archive/"}
    monkeypatch.chdir(archive / "2011")
    run = cli("check", "--baseline", str(baseline), "--format", "jsonl", str(archive))
    assert run.status == 0 and run.out == ""


def test_fixed_findings_are_reported_as_stale_entries(cli: CLI, archive: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    cli("check", "--write-baseline", str(baseline), str(archive))
    for number in (1, 2):  # two TC102 articles get a plausible update stamp
        path = _path(archive, number)
        path.write_text(path.read_text(encoding="utf-8").replace("04 May 2018, 03:", "15 September 2011, 05:"),
                        encoding="utf-8")
    run = cli("check", "--baseline", str(baseline), str(archive))
    assert run.status == 0
    assert "2 baseline entries no longer occur" in run.err
    assert cli("check", "--quiet", "--baseline", str(baseline), str(archive)).err == ""


def test_a_second_identical_finding_is_new(cli: CLI, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Published 15 September 2011\n" + NEW_CONTRADICTION, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    cli("check", "--write-baseline", str(baseline), str(article))
    article.write_text(article.read_text(encoding="utf-8") + "Again: " + NEW_CONTRADICTION, encoding="utf-8")
    run = cli("check", "--baseline", str(baseline), "--format", "jsonl", str(article))
    (new,) = _findings(run)
    assert new["code"] == "TC201"


def test_records_keep_their_identity_when_records_are_inserted(cli: CLI, tmp_path: Path) -> None:
    def record(ident: str) -> str:
        return json.dumps({"id": ident, "published": "2011-09-15T04:12:00+05:30",
                           "updated": "2018-05-04T03:18:00+05:30", "text": "Talks went on."}) + "\n"

    archive = tmp_path / "records.jsonl"
    archive.write_text(record("a") + record("b"), encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    cli("check", "--write-baseline", str(baseline), str(archive))
    archive.write_text(record("new") + record("a") + record("b"), encoding="utf-8")
    (new,) = _findings(cli("check", "--baseline", str(baseline), "--format", "jsonl", str(archive)))
    assert (new["id"], new["line"]) == ("new", 1)


@pytest.mark.parametrize(("content", "words"), [
    (None, "no such file"),
    ("not json", "not a JSON file"),
    ('{"findings": []}', "not a timecheck baseline"),
    ('{"tool": "timecheck", "version": 99, "findings": []}', "version 99 is not supported"),
    ('{"tool": "timecheck", "version": 1, "findings": [{"code": "TC102"}]}', 'findings[0] has no "fingerprint"'),
])
def test_a_bad_baseline_is_a_usage_error(cli: CLI, archive: Path, tmp_path: Path, content: str | None,
                                         words: str) -> None:
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    run = cli("check", "--baseline", str(baseline), str(archive))
    assert run.status == 2 and words in run.err and run.out == ""


def test_apply_baseline_keeps_equal_findings_apart() -> None:
    finding = Finding(path="a.txt", doc_id="a.txt", code="TC106", name="missing-publication-date",
                      severity=Severity.WARNING, message="m", line=1, column=1, end_line=1, end_column=1, span=None)
    report = Report(batch_findings=(finding, finding))
    (first, second) = [print_ for _, print_ in fingerprints(report, root="/")]
    assert first != second
    filtered = apply_baseline(report, Baseline(frozenset({first}), "/"))
    assert filtered.report.findings == (finding,) and filtered.hidden == 1 and filtered.stale == 0
    entries = baseline_data(report, root="/")["findings"]
    assert isinstance(entries, list) and len(entries) == 2
