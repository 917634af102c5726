"""Settings travel to worker processes and cluster nodes unchanged; their fingerprint guards the checkpoint."""

from __future__ import annotations

import pickle
from datetime import datetime, timezone
from types import MappingProxyType

from timecheck.api import to_moment
from timecheck.audit.portable import fingerprint, portable
from timecheck.model import Severity
from timecheck.settings import Settings

NOW = datetime(2024, 6, 1, tzinfo=timezone.utc)


def _custom() -> Settings:
    return Settings(select=("TC1", "TC301"), ignore=("TC106",),
                    per_file_ignores=(("wire/*", ("TC207",)),),
                    severities=MappingProxyType({"TC102": Severity.ERROR}),
                    rule_options=MappingProxyType({"TC301": MappingProxyType({"min_documents": 3})}),
                    anchor=to_moment("2011-09-15T04:12+05:30"), default_zone="Asia/Kolkata", dayfirst=True)


def test_portable_settings_pickle_back_to_equal_settings() -> None:
    settings = _custom()
    state = pickle.loads(pickle.dumps(portable(settings, NOW)))
    rebuilt = state.settings()
    assert rebuilt == settings
    assert isinstance(rebuilt.rule_options, MappingProxyType)
    assert isinstance(rebuilt.rule_options["TC301"], MappingProxyType)
    assert state.now == NOW


def test_fingerprint_changes_with_anything_that_changes_findings() -> None:
    base = fingerprint(Settings())
    assert fingerprint(Settings()) == base
    assert fingerprint(_custom()) != base
    assert fingerprint(Settings(rule_options=MappingProxyType({"TC301": MappingProxyType({"min_documents": 3})}))) != base
