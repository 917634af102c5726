"""The optional compiled grammar (setup.py, TIMECHECK_COMPILE=1) finds what the sources find."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.conftest import ROOT, TBAQ
from timecheck.grammar import find_expressions
from timecheck.model import Moment, Precision

_PROBE = """
import json, sys
from datetime import datetime, timezone
import timecheck.grammar
from timecheck.grammar import find_expressions
from timecheck.model import Moment, Precision
assert timecheck.grammar.__file__.endswith(".so"), timecheck.grammar.__file__
out = []
for line in sys.stdin:
    record = json.loads(line)
    day = datetime.fromisoformat(record["dct"][:10]).replace(tzinfo=timezone.utc)
    found = find_expressions(record["text"], anchor=Moment(day, Precision.DAY, False))
    out.append([[e.start, e.end, e.type.value, e.value, e.rule] for e in found])
print(json.dumps(out))
"""


@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None,
                    reason="no C compiler: the compiled grammar cannot be built on this machine")
def test_the_compiled_grammar_finds_the_same_expressions(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "timecheck", tmp_path / "timecheck",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    shutil.copy(ROOT / "setup.py", tmp_path / "setup.py")
    build = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"],
                           cwd=tmp_path, env={**os.environ, "TIMECHECK_COMPILE": "1"},
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    lines = TBAQ.read_text(encoding="utf-8").splitlines()[:40]
    # and a long list of dates, which lists.py reads
    lines.append(json.dumps({"dct": "2011-09-15", "text": "Monday, May 1; June 2, 2010; " * 80}))
    child = subprocess.run([sys.executable, "-c", _PROBE], cwd=tmp_path, input="\n".join(lines),
                           env={**os.environ, "PYTHONPATH": str(tmp_path)}, check=True,
                           capture_output=True, text=True)
    compiled = json.loads(child.stdout)
    pure = []
    for line in lines:
        record = json.loads(line)
        day = datetime.fromisoformat(record["dct"][:10]).replace(tzinfo=timezone.utc)
        found = find_expressions(record["text"], anchor=Moment(day, Precision.DAY, False))
        pure.append([[e.start, e.end, e.type.value, e.value, e.rule] for e in found])
    assert compiled == pure
    assert sum(map(len, pure)) > 200  # the documents hold expressions worth comparing
