"""The command line end to end, in-process: exit codes, formats, the seed article, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import ROOT, TBAQ, Run

CLI = Callable[..., Run]


def test_seed_check_reports_only_tc102(cli: CLI, seed_path: Path) -> None:
    run = cli("check", str(seed_path))
    lines = run.out.splitlines()
    assert lines[0] == (f"{seed_path}:3:14: TC102 updated 2018-05-04 03:18 IST, six years, seven months "
                        "after publication 2011-09-15 04:12 IST")
    assert lines[1].startswith("Found 1 finding (1 warning)")
    assert len(lines) == 2
    assert run.status == 0, "a warning is below the default --fail-on error"


def test_seed_check_fails_on_warning(cli: CLI, seed_path: Path) -> None:
    run = cli("check", "--fail-on", "warning", "--format", "jsonl", str(seed_path))
    assert run.status == 1
    (finding,) = [json.loads(line) for line in run.out.splitlines()]
    assert finding["code"] == "TC102" and finding["severity"] == "warning"
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (3, 14, 3, 36)


def test_check_json_has_summary(cli: CLI, seed_path: Path) -> None:
    data = json.loads(cli("check", "--format", "json", str(seed_path)).out)
    assert data["version"] == 1 and data["summary"]["warning"] == 1 and data["errors"] == []
    assert [f["name"] for f in data["findings"]] == ["update-long-after-publication"]


def test_select_and_ignore(cli: CLI, seed_path: Path) -> None:
    assert "TC102" not in cli("check", "--ignore", "TC102", str(seed_path)).out
    assert "TC102" not in cli("check", "--select", "TC101,TC106", str(seed_path)).out
    assert cli("check", "--select", "TC9", str(seed_path)).status == 2


def test_seed_extract_values(cli: CLI, seed_path: Path) -> None:
    run = cli("extract", "--format", "json", str(seed_path))
    assert run.status == 0
    (doc,) = json.loads(run.out)
    assert doc["anchor"] == "2011-09-15T04:12+05:30"
    assert doc["published"] == "2011-09-15T04:12+05:30" and doc["updated"] == "2018-05-04T03:18+05:30"
    text = seed_path.read_text(encoding="utf-8")
    values = {}
    for timex in doc["timexes"]:
        assert text[timex["start"]:timex["end"]] == timex["text"]
        values.setdefault(timex["text"].lower(), timex["value"])
    assert values["yesterday"] == "2011-09-14"
    assert values["may"] == "2011-05"
    assert values["20-hour"] == "PT20H"
    assert values["years"] == "PXY"
    assert values["dawn yesterday"] == "2011-09-14TMO"


def test_extract_explain_names_rules_and_choices(cli: CLI, seed_path: Path) -> None:
    (doc,) = json.loads(cli("extract", "--format", "json", "--explain", str(seed_path)).out)
    assert "publication stamp" in doc["explain"]["anchor"]
    assert all(timex["rule"] for timex in doc["timexes"])


def test_extract_text_format(cli: CLI, seed_path: Path) -> None:
    run = cli("extract", str(seed_path))
    assert "anchor 2011-09-15T04:12+05:30" in run.out
    assert "DATE\t2011-09-14\t'yesterday'" in run.out


def test_extract_jsonl_records(cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "d1", "dct": "1998-08-07", "text": "It happened yesterday."}\n'
                    '{"id": "d2", "text": "Published 15 September 2011\\nIt ended yesterday."}\n', encoding="utf-8")
    run = cli("extract", "--format", "jsonl", str(path))
    assert run.status == 0
    d1, d2 = (json.loads(line) for line in run.out.splitlines())
    assert (d1["id"], d1["anchor"], d1["published"], d1["updated"]) == ("d1", "1998-08-07", "1998-08-07", None)
    assert [(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in d1["timexes"]] == [
        (12, 21, "yesterday", "DATE", "1998-08-06")]
    assert d2["timexes"][-1]["value"] == "2011-09-14"


def test_extract_reads_numeric_dates_in_the_page_language_order(cli: CLI, tmp_path: Path) -> None:
    # a British page writes day first; the archive's date-order setting overrides the page
    page = ('<html lang="en-GB"><head><meta property="article:published_time" content="2019-01-02">'
            '</head><body><p>The deal was signed on 05/12/2018.</p></body></html>')
    path = tmp_path / "uk.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = json.loads(cli("extract", "--format", "json", str(path)).out)
    assert [t["value"] for t in doc["timexes"] if t["text"] == "05/12/2018"] == ["2018-12-05"]
    (doc,) = json.loads(cli("extract", "--format", "json", "--date-order", "month-first", str(path)).out)
    assert [t["value"] for t in doc["timexes"] if t["text"] == "05/12/2018"] == ["2018-05-12"]


def test_anchor_option_is_the_fallback(cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("It ended yesterday.\n", encoding="utf-8")
    (doc,) = json.loads(cli("extract", "--format", "json", "--anchor", "2020-03-01", str(path)).out)
    assert doc["anchor"] == "2020-03-01" and doc["timexes"][0]["value"] == "2020-02-29"
    assert cli("extract", "--anchor", "not a date", str(path)).status == 2


def test_bad_inputs_exit_2_and_the_rest_is_processed(cli: CLI, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)))
    (tmp_path / "recs.jsonl").write_text(
        '{"id": "good1", "text": "Published 15 September 2011\\nyesterday"}\n{"id": broken}\n'
        '{"id": "good2", "dct": "2011-09-15", "text": "yesterday"}\n', encoding="utf-8")
    run = cli("extract", "--format", "jsonl", str(tmp_path))
    assert run.status == 2
    assert [json.loads(line)["id"] for line in run.out.splitlines()] == ["good1", "good2"]
    errors = run.err.splitlines()
    assert f"{tmp_path / 'binary.txt'}:1: error: binary data, not text (NUL byte at offset 0)" in errors
    assert f"{tmp_path / 'empty.txt'}:1: error: empty file" in errors
    assert any(line.startswith(f"{tmp_path / 'recs.jsonl'}:2: error: invalid JSON") for line in errors)
    check = cli("check", str(tmp_path))
    assert check.status == 2 and len(check.err.splitlines()) == 3


def test_usage_errors_exit_2(cli: CLI) -> None:
    assert cli("check").status == 2
    assert cli("frobnicate").status == 2
    assert cli("rule", "TC999").status == 2


def test_rules_and_rule(cli: CLI) -> None:
    table = cli("rules").out
    assert "TC102   update-long-after-publication" in table
    doc = cli("rule", "tc102").out
    assert doc.startswith("TC102 update-long-after-publication (warning)")
    assert "Why it matters" in doc and "max_gap_days = 365" in doc


def test_config_file_thresholds_apply(cli: CLI, seed_path: Path, tmp_path: Path) -> None:
    config = tmp_path / "timecheck.toml"
    config.write_text("[rules.TC102]\nmax-gap-days = 3650\n", encoding="utf-8")
    assert "TC102" not in cli("check", "--config", str(config), str(seed_path)).out
    config.write_text("[rules.TC102]\nmax-gap = 3650\n", encoding="utf-8")
    run = cli("check", "--config", str(config), str(seed_path))
    assert run.status == 2 and "unknown key 'rules.TC102.max-gap'" in run.err


def test_module_entry_point_runs(seed_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "timecheck", "check", "--fail-on", "warning", str(seed_path)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1 and "TC102" in proc.stdout


def test_tbaq_extract_runs_through_every_record(cli: CLI, tmp_path: Path) -> None:
    records = [json.loads(line) for line in TBAQ.read_text(encoding="utf-8").splitlines()]
    stripped = tmp_path / "tbaq.jsonl"
    stripped.write_text("".join(json.dumps({k: r[k] for k in ("id", "dct", "text")}) + "\n" for r in records),
                        encoding="utf-8")
    run = cli("extract", "--format", "jsonl", str(stripped))
    assert run.status == 0, run.err
    out = [json.loads(line) for line in run.out.splitlines()]
    assert [d["id"] for d in out] == [r["id"] for r in records]
    # The anchor is written at the precision the DCT states: "1998-02-13T14:26:00" as "...T14:26".
    assert all(d["anchor"] == r["dct"][:16] for d, r in zip(out, records))
    assert sum(len(d["timexes"]) for d in out) > 1000


def test_fix_corrects_a_wrong_weekday_and_a_second_run_is_clean(cli: CLI, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text((ROOT / "corpus" / "wrong-weekday.txt").read_text(encoding="utf-8"), encoding="utf-8")
    first = cli("check", "--select", "TC201", str(article))
    assert "TC201" in first.out and first.status == 1
    before = article.read_text(encoding="utf-8")
    diff = cli("check", "--select", "TC201", "--diff", str(article))
    assert diff.status == 1 and "-and NATO headquarters in Kabul on Tuesday, Sept. 14, 2011" in diff.out
    assert "+and NATO headquarters in Kabul on Wednesday, Sept. 14, 2011" in diff.out
    assert article.read_text(encoding="utf-8") == before, "--diff must not write"
    fixed = cli("check", "--select", "TC201", "--fix", str(article))
    assert fixed.status == 0 and "Fixed 1 finding" in fixed.err
    after = article.read_text(encoding="utf-8")
    assert after == before.replace("on Tuesday, Sept. 14, 2011", "on Wednesday, Sept. 14, 2011")
    again = cli("check", "--select", "TC201", str(article))
    assert again.status == 0 and "All clear" in again.out


def test_check_never_writes_without_fix(cli: CLI, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text((ROOT / "corpus" / "wrong-weekday.txt").read_text(encoding="utf-8"), encoding="utf-8")
    stat = article.stat()
    cli("check", "--select", "ALL", str(article))
    assert article.stat().st_mtime_ns == stat.st_mtime_ns and article.stat().st_size == stat.st_size


def test_fix_keeps_a_byte_order_mark(cli: CLI, tmp_path: Path) -> None:
    article = tmp_path / "bom.txt"
    article.write_bytes(b"\xef\xbb\xbfPublished 15 September 2011\r\nIt ended yesterday.\r\n")
    cli("check", "--select", "TC208", "--fix", str(article))
    assert article.read_bytes() == b"\xef\xbb\xbfPublished 15 September 2011\r\nIt ended Wednesday.\r\n"


def test_inline_suppression(cli: CLI, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("<!-- timecheck: ignore[TC102] -->\nLast Updated 04 May 2018, 03:18 IST\n"
                       "(Published 15 September 2011, 04:12 IST)\n", encoding="utf-8")
    assert "TC102" not in cli("check", str(article)).out
    article.write_text("<!-- timecheck: ignore[TC102] -->\n\n(Published 15 September 2011, 04:12 IST)\n",
                       encoding="utf-8")
    assert "TC001" in cli("check", str(article)).out


def test_inline_suppression_in_html_and_markdown(cli: CLI, tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text('<html><head><meta property="article:published_time" content="2011-09-15T04:12:00+05:30">'
                    "</head><body>\n<!-- timecheck: ignore[TC201] -->\n"
                    "<p>It ended on Tuesday, Sept. 14, 2011.</p>\n<p>It began on Monday, Sept. 14, 2011.</p>\n"
                    "</body></html>\n", encoding="utf-8")
    run = cli("check", "--select", "TC201,TC001", "--format", "jsonl", str(page))
    findings = [json.loads(line) for line in run.out.splitlines()]
    assert [(f["code"], f["line"]) for f in findings] == [("TC201", 4)]
    post = tmp_path / "b.md"
    post.write_text("---\ndate: 2011-09-15\n---\n\n<!-- timecheck: ignore-file[TC201] -->\n"
                    "It ended on Tuesday, Sept. 14, 2011.\n", encoding="utf-8")
    assert cli("check", "--select", "TC201", str(post)).status == 0


def test_a_check_loads_neither_the_audit_machinery_nor_unused_formats(seed_path: Path) -> None:
    # every command builds the whole command line; a check in a pre-commit hook must not pay at
    # start-up for the audit's process pool and database, nor for formats it does not write
    program = (
        "import sys\n"
        "from timecheck.cli import main\n"
        f"main(['check', '--format', 'json', {str(seed_path)!r}])\n"
        "heavy = ('multiprocessing', 'sqlite3', 'urllib.request', 'xml.etree.ElementTree',"
        " 'timecheck.audit.runner', 'timecheck.formats.html', 'timecheck.formats.text')\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
        "print('timecheck.formats.json' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT,
                         check=True)
    loaded, json_loaded = run.stdout.splitlines()[-2:]
    assert loaded == ""
    assert json_loaded == "True"
