"""Whole pages through the library and the CLI: conflicts named, agreement silent, bad input survived."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from timecheck import Settings, check

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"
CONFLICT_RULES = ("TC103", "TC104", "TC107", "TC108")


def test_json_ld_opengraph_and_byline_disagree_and_every_source_is_named() -> None:
    report = check(PAGES / "conflicting-sources.html", settings=Settings(select=CONFLICT_RULES))
    (finding,) = report.findings
    assert finding.code == "TC103" and (finding.line, finding.column) == (18, 47)
    for source in ("jsonld", "meta[property=\"article:published_time\"]", "visible label 'Published'"):
        assert source in finding.message
    assert "2019-05-03" in finding.message and "2019-05-04" in finding.message and "2019-05-05" in finding.message


def test_sources_that_agree_in_different_zones_give_nothing() -> None:
    report = check(PAGES / "agreeing-zones.html", settings=Settings(select=CONFLICT_RULES))
    assert not report.findings and not report.problems
    (result,) = report.results
    assert result.published.stamp is not None
    assert result.published.stamp.moment.iso() == "2018-05-04T03:18+05:30"  # type: ignore[union-attr]


def test_bad_inputs_never_crash_the_batch() -> None:
    paths = [PAGES / "malformed.html", PAGES / "twenty-jsonld.html", PAGES / "bad-front-matter.md"]
    report = check(paths, settings=Settings(select=("ALL",)))
    assert not report.problems and len(report.results) == 3
    codes = {Path(f.path).name: f.code for f in report.findings if f.code == "TC109"}
    assert codes == {"twenty-jsonld.html": "TC109", "bad-front-matter.md": "TC109"}


def test_cli_check_and_extract_on_pages(cli: Callable[..., Any], tmp_path: Path) -> None:
    run = cli("check", "--select", "TC103", str(PAGES / "conflicting-sources.html"))
    assert run.status == 0  # TC103 is a warning; the default fail-on is error
    assert f"{PAGES / 'conflicting-sources.html'}:18:47: TC103 publication dates disagree" in run.out
    records = tmp_path / "pages.jsonl"
    records.write_text(json.dumps({"id": "p1", "url": "https://x.test/2019/05/03/a",
                                   "html": (PAGES / "conflicting-sources.html").read_text(encoding="utf-8")}) + "\n",
                       encoding="utf-8")
    run = cli("extract", "--explain", "--format", "jsonl", str(records))
    line = json.loads(run.out.splitlines()[0])
    assert run.status == 0 and line["id"] == "p1"
    assert line["published"] == "2019-05-03T09:00+01:00" and line["updated"] == "2019-05-03T11:30+01:00"
    assert "has the most weight" in line["explain"]["published"]
