"""``timecheck check`` in pipelines: exit codes, standard input, overrides, statistics, output files."""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, Run
from tests.formats.articles import CLEAN, MIGRATED, UPDATED_BEFORE, WRONG_WEEKDAY, write
from timecheck.cli import _parser
from timecheck.config import KEYS

CLI = Callable[..., Run]


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))


# The README's exit-code table, checked case by case.
@pytest.mark.parametrize(("articles", "args", "status"), [
    ([CLEAN], [], 0),
    ([MIGRATED], [], 0),                           # a warning, below the default --fail-on error
    ([MIGRATED], ["--fail-on", "warning"], 1),
    ([MIGRATED], ["--fail-on", "info"], 1),
    ([UPDATED_BEFORE], [], 1),                     # an error
    ([UPDATED_BEFORE], ["--ignore", "TC101"], 0),
    ([MIGRATED], ["--severity", "TC102=error"], 1),
    ([MIGRATED], ["--config", 'fail-on = "warning"'], 1),
    ([CLEAN, ""], [], 2),                          # an empty file is an input error
    ([UPDATED_BEFORE, ""], [], 2),                 # input errors win over findings
    ([CLEAN], ["--fail-on", "fatal"], 2),          # usage error
    ([CLEAN], ["--no-such-option"], 2),
    ([CLEAN], ["--config", "no-such-file.toml"], 2),
    ([CLEAN], ["--select", "TC9"], 2),
])
def test_exit_codes(cli: CLI, tmp_path: Path, articles: list[str], args: list[str], status: int) -> None:
    paths = [str(write(tmp_path, f"a{number}.txt", text)) for number, text in enumerate(articles)]
    assert cli("check", *args, *paths).status == status


def test_exit_codes_are_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("### Exit codes"):]
    for code in ("| 0 |", "| 1 |", "| 2 |"):
        assert code in table


def test_readme_documents_every_option_and_config_key() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = next(action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction))
    check = commands.choices["check"]
    options = {option for action in check._actions for option in action.option_strings
               if option.startswith("--") and option not in ("--help", "--no-show-source")}
    missing = sorted(option for option in options if f"`{option}" not in readme)
    assert not missing, f"README does not document {missing}"
    missing_keys = sorted(key for key in KEYS if not re.search(rf"^\| `{re.escape(key)}", readme, re.MULTILINE))
    assert not missing_keys, f"README's configuration table lacks {missing_keys}"


def test_stdin_filename_lints_standard_input_as_that_file(cli: CLI, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, MIGRATED)
    run = cli("check", "--stdin-filename", "news/a.txt", "--format", "jsonl", "-")
    (finding,) = [json.loads(line) for line in run.out.splitlines()]
    assert (finding["path"], finding["id"], finding["code"], finding["line"]) == ("news/a.txt", "news/a.txt", "TC102", 2)
    # Per-file ignores see the name.
    config = tmp_path / "timecheck.toml"
    config.write_text('[per-file-ignores]\n"news/*" = ["TC102"]\n', encoding="utf-8")
    _stdin(monkeypatch, MIGRATED)
    run = cli("check", "--config", str(config), "--stdin-filename", "news/a.txt", "-")
    assert run.status == 0 and "TC102" not in run.out


def test_stdin_filename_picks_the_reader_by_suffix(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, json.dumps({"id": "r1", "published": "2011-09-15T04:12:00+05:30",
                                    "updated": "2018-05-04T03:18:00+05:30", "text": "Talks went on."}) + "\n")
    run = cli("check", "--stdin-filename", "archive.jsonl", "--format", "jsonl", "-")
    (finding,) = [json.loads(line) for line in run.out.splitlines()]
    assert (finding["path"], finding["id"], finding["code"]) == ("archive.jsonl", "r1", "TC102")


def test_extract_reads_stdin_as_the_named_file(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, "Published 15 September 2011\nIt ended yesterday.\n")
    (doc,) = json.loads(cli("extract", "--format", "json", "--stdin-filename", "a.txt", "-").out)
    assert (doc["path"], doc["anchor"], doc["timexes"][-1]["value"]) == ("a.txt", "2011-09-15", "2011-09-14")


def test_stdin_filename_misuse_is_a_usage_error(cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = write(tmp_path, "a.txt", WRONG_WEEKDAY)
    run = cli("check", "--stdin-filename", "a.txt", str(article))
    assert run.status == 2 and "give - among the paths" in run.err
    _stdin(monkeypatch, WRONG_WEEKDAY)
    run = cli("check", "--fix", "--stdin-filename", str(article), "-")
    assert run.status == 2 and "--stdin-filename" in run.err
    assert article.read_text(encoding="utf-8") == WRONG_WEEKDAY


def test_inline_config_overrides(cli: CLI, tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", MIGRATED)
    assert "TC102" in cli("check", str(article)).out
    assert "TC102" not in cli("check", "--config", "rules.TC102.max-gap-days = 3650", str(article)).out
    config = tmp_path / "timecheck.toml"
    config.write_text('[severity]\nTC102 = "error"\n', encoding="utf-8")
    # A file, then an override on top of it, in order.
    assert cli("check", "--config", str(config), str(article)).status == 1
    assert cli("check", "--config", str(config), "--config", 'severity.TC102 = "info"', str(article)).status == 0
    run = cli("check", "--config", "rules.TC102.max-gap = 1", str(article))
    assert run.status == 2 and "--config 'rules.TC102.max-gap = 1'" in run.err
    assert "unknown key 'rules.TC102.max-gap'" in run.err
    run = cli("check", "--config", "select = [", str(article))
    assert run.status == 2 and "neither a config file nor a TOML" in run.err
    run = cli("check", "--config", str(config), "--config", str(config), str(article))
    assert run.status == 2 and "names 2 files" in run.err


def test_zone_and_severity_flags(cli: CLI, tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", "Published 15 September 2011, 04:12 IST\nIt ended yesterday.\n")
    (doc,) = json.loads(cli("extract", "--format", "json", "--zone", "IST=Europe/Dublin", str(article)).out)
    assert doc["anchor"] == "2011-09-15T04:12+01:00"
    run = cli("extract", "--zone", "IST=Nowhere/Land", str(article))
    assert run.status == 2 and "'zones.IST'" in run.err and "Nowhere/Land" in run.err
    run = cli("check", "--default-zone", "Mars/Olympus", str(article))
    assert run.status == 2 and "'default-zone'" in run.err
    assert cli("check", "--severity", "TC999=error", str(article)).status == 2
    run = cli("check", "--severity", "TC102", str(article))
    assert run.status == 2 and "expected CODE=LEVEL" in run.err


def test_statistics(cli: CLI, tmp_path: Path) -> None:
    for number in range(3):
        write(tmp_path, f"m{number}.txt", MIGRATED.replace("03:18", f"03:1{number}"))
    write(tmp_path, "w.txt", WRONG_WEEKDAY)
    run = cli("check", "--statistics", str(tmp_path))
    assert run.status == 1
    rows = [line.split() for line in run.out.splitlines()]
    assert rows[0] == ["3", "TC102", "update-long-after-publication", "warning"]
    assert rows[1] == ["1", "TC201", "[*]", "weekday-mismatch", "error"]
    assert run.out.splitlines()[-1] == "Found 4 findings in 4 documents."
    data = json.loads(cli("check", "--statistics", "--format", "json", str(tmp_path)).out)
    assert [(row["code"], row["count"], row["fixable"]) for row in data] == [("TC102", 3, False), ("TC201", 1, True)]
    run = cli("check", "--statistics", "--format", "sarif", str(tmp_path))
    assert run.status == 2 and "--statistics works with" in run.err


def test_output_file(cli: CLI, tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", UPDATED_BEFORE)
    target = tmp_path / "out" / "report.sarif"
    target.parent.mkdir()
    run = cli("check", "--format", "sarif", "--output-file", str(target), str(article))
    assert run.status == 1 and run.out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["runs"][0]["results"][0]["ruleId"] == "TC101"
    run = cli("check", "--output-file", str(tmp_path / "missing" / "x.txt"), str(article))
    assert run.status == 2 and "cannot write" in run.err
