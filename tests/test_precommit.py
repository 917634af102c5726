"""The pre-commit hook: the manifest is valid, and a real ``pre-commit run`` blocks a bad article.

The test repository uses the hook as ``repo: local`` with ``language: system``, its other fields
(id, entry, types, files) copied from our ``.pre-commit-hooks.yaml``. That needs no network:
``language: python`` (what the published manifest says, so users get timecheck installed for
them) would make pre-commit build a virtualenv and pip-install timecheck and its dependencies
from the package index. ``system`` runs the ``timecheck`` already on PATH instead: the test
command installs the project in editable mode, so that is this working tree.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from pre_commit.clientlib import load_manifest

from tests.conftest import ROOT

MANIFEST = ROOT / ".pre-commit-hooks.yaml"
BAD = ("Published 15 September 2011, 04:12 IST\n"
       "Updated 14 September 2011, 22:00 IST\n"
       "Officials met in Kabul.\n")
CLEAN = ("Published 15 September 2011, 04:12 IST\n"
         "The embassy was attacked on Wednesday, Sept. 14, 2011.\n")


def _hook() -> dict[str, object]:
    (hook,) = load_manifest(str(MANIFEST))  # pre-commit's own validation of the manifest
    return dict(hook)


def test_the_manifest_declares_the_timecheck_hook() -> None:
    hook = _hook()
    assert hook["id"] == "timecheck" and hook["entry"] == "timecheck check"
    assert hook["language"] == "python" and hook["pass_filenames"] is True
    files = str(hook["files"])
    for name in ("a.txt", "b.html", "c.htm", "d.md", "e.json", "f.jsonl", "g.markdown"):
        assert re.search(files, name), name
    for name in ("a.py", "b.txt.orig", "c.css"):
        assert not re.search(files, name), name


@pytest.fixture
def repository(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A git repository whose pre-commit config uses the hook; the environment to run it in."""
    scripts = sysconfig.get_path("scripts")
    env = {**os.environ, "PATH": os.pathsep.join([scripts, os.environ.get("PATH", "")]),
           "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_CONFIG_NOSYSTEM": "1",
           "HOME": str(tmp_path), "PRE_COMMIT_COLOR": "never"}
    env.pop("GIT_DIR", None)
    env.pop("GIT_INDEX_FILE", None)
    assert shutil.which("timecheck", path=env["PATH"]), (
        "timecheck is not on PATH: install the project first (python3 -m pip install -e '.[test]')")
    repo = tmp_path / "site"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    hook = _hook()
    local = {key: hook[key] for key in ("id", "name", "entry", "types", "files")}
    config = {"repos": [{"repo": "local", "hooks": [{**local, "language": "system"}]}]}
    # JSON is YAML: no YAML writer needed.
    (repo / ".pre-commit-config.yaml").write_text(json.dumps(config, indent=2), encoding="utf-8")
    (repo / "content").mkdir()
    (repo / "content" / "clean.md").write_text(CLEAN, encoding="utf-8")
    (repo / "README.py").write_text("# not an article: " + BAD.replace("\n", " ") + "\n", encoding="utf-8")
    return repo, env


def _pre_commit(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)


def test_pre_commit_passes_a_clean_article_and_fails_a_bad_one(repository: tuple[Path, dict[str, str]]) -> None:
    repo, env = repository
    clean = _pre_commit(repo, env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "timecheck" in clean.stdout and "Passed" in clean.stdout

    (repo / "content" / "2011" / "raid.txt").parent.mkdir()
    (repo / "content" / "2011" / "raid.txt").write_text(BAD, encoding="utf-8")
    bad = _pre_commit(repo, env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "content/2011/raid.txt:2:9: TC101 updated 2011-09-14 22:00 IST" in bad.stdout
    assert "README.py" not in bad.stdout, "files outside the hook's types are not passed"

    (repo / "content" / "2011" / "raid.txt").write_text(CLEAN, encoding="utf-8")
    fixed = _pre_commit(repo, env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
