"""Build hook for the optional compiled grammar (the metadata is in pyproject.toml).

``pip install .`` is a pure-Python install: seconds, no compiler. With ``TIMECHECK_COMPILE=1``
(and timecheck's dependencies, mypy with the type stubs of the ``test`` extra, setuptools and a
C compiler at hand: ``pip install --no-build-isolation .``) the
grammar modules, the hot path of every check, are compiled with mypyc; they are the same typed
Python, so results are identical (``benchmarks/speed.py --compiled`` checks that and times it).
Not for editable installs: the compiled modules would shadow the sources being edited.
"""

from __future__ import annotations

import os

from setuptools import setup

COMPILED = [f"timecheck/grammar/{name}.py" for name in (
    "__init__", "alternation", "lexicon", "lists", "mention", "numbers", "patterns", "resolver",
    "tagger", "tense", "trie", "values")]

ext_modules = []
if os.environ.get("TIMECHECK_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")

setup(ext_modules=ext_modules)
