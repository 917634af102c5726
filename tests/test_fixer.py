"""Fixes are written atomically: a failed write leaves the original intact and no debris."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timecheck.fixer import write_atomically


def test_atomic_write_replaces_content_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("old\n", encoding="utf-8")
    os.chmod(path, 0o640)
    write_atomically(str(path), "new\n")
    assert path.read_text(encoding="utf-8") == "new\n"
    assert os.stat(path).st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_failed_write_leaves_the_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text("original\n", encoding="utf-8")

    def broken_replace(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomically(str(path), "half-written\n")
    assert path.read_text(encoding="utf-8") == "original\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"], "the temporary file was left behind"


def test_fix_that_cannot_be_written_is_an_error_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    original = "Published 15 September 2011\nThe talks ended on Tuesday, Sept. 14, 2011.\n"
    path.write_text(original, encoding="utf-8")

    def broken_replace(source: str, target: str) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", broken_replace)
    run = cli("check", "--select", "TC201", "--fix", str(path))
    assert run.status == 2 and "cannot write" in run.err and str(path) in run.err
    assert path.read_text(encoding="utf-8") == original
    assert "TC201" in run.out, "an unfixed finding is still reported"
