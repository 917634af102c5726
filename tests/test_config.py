"""Config files: keys applied, unknown keys named with their file."""

from __future__ import annotations

from pathlib import Path

import pytest

from timecheck import ConfigError
from timecheck.config import discover, load_settings
from timecheck.model import Severity


def test_pyproject_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.timecheck]\nselect = ["TC1"]\nignore = ["tc106"]\nfail-on = "warning"\n'
        '[tool.timecheck.zones]\nIST = "Europe/Dublin"\n'
        '[tool.timecheck.fields]\ntext = ["story"]\n'
        '[tool.timecheck.rules.TC102]\nmax-gap-days = 730\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    settings = discover(None, cwd=str(tmp_path / "sub"))
    assert settings.select == ("TC1",) and settings.ignore == ("TC106",)
    assert settings.fail_on is Severity.WARNING
    assert settings.zones["IST"] == "Europe/Dublin"
    assert settings.fields["text"] == ("story",)
    assert settings.rule_options["TC102"]["max_gap_days"] == 730


def test_timecheck_toml_wins_in_its_folder(tmp_path: Path) -> None:
    (tmp_path / "timecheck.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    assert discover(None, cwd=str(tmp_path)).fail_on is Severity.INFO


@pytest.mark.parametrize(("body", "words"), [
    ('selct = ["TC1"]\n', "unknown key 'selct'"),
    ('[rules.TC102]\nmax-gap = 3\n', "unknown key 'rules.TC102.max-gap'"),
    ('[rules.TC999]\nx = 1\n', "unknown rule 'rules.TC999'"),
    ('[rules.TC102]\nmax-gap-days = "long"\n', "must be a int"),
    ('fail-on = "fatal"\n', "'fail-on' must be one of"),
    ('[fields]\nbody = ["x"]\n', "unknown key 'fields.body'"),
    ('select = "TC1"\n', "must be a list of strings"),
    ('select = [\n', "invalid TOML"),
])
def test_bad_config_names_key_and_file(tmp_path: Path, body: str, words: str) -> None:
    path = tmp_path / "timecheck.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert words in str(info.value) and str(path) in str(info.value)


def test_extend_select_per_file_ignores_and_severity(tmp_path: Path) -> None:
    (tmp_path / "timecheck.toml").write_text(
        'extend-select = ["TC208"]\n[per-file-ignores]\n"archive/*.txt" = ["TC102"]\n'
        '[severity]\nTC102 = "error"\n', encoding="utf-8")
    settings = discover(None, cwd=str(tmp_path))
    assert settings.extend_select == ("TC208",)
    assert settings.per_file_ignores == (("archive/*.txt", ("TC102",)),)
    assert settings.severities["TC102"] is Severity.ERROR


def test_per_file_ignores_and_severity_apply(tmp_path: Path) -> None:
    from timecheck import check
    from timecheck.readers.text import document_from_text

    text = "Last Updated 04 May 2018, 03:18 IST\n(Published 15 September 2011, 04:12 IST)\n"
    (tmp_path / "timecheck.toml").write_text(
        '[per-file-ignores]\n"archive/*" = ["TC102"]\n[severity]\nTC102 = "error"\n', encoding="utf-8")
    settings = discover(None, cwd=str(tmp_path))
    archived = document_from_text(text, path="archive/a.txt", doc_id="a", settings=settings)
    fresh = document_from_text(text, path="news/b.txt", doc_id="b", settings=settings)
    findings = check([archived, fresh], settings=settings).findings
    assert [(f.doc_id, f.code, f.severity) for f in findings] == [("b", "TC102", Severity.ERROR)]


def test_date_order(tmp_path: Path) -> None:
    (tmp_path / "timecheck.toml").write_text('date-order = "day-first"\n', encoding="utf-8")
    assert discover(None, cwd=str(tmp_path)).dayfirst is True
    (tmp_path / "timecheck.toml").write_text('date-order = "middle"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="'date-order' must be one of"):
        discover(None, cwd=str(tmp_path))
