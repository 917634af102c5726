"""The JSON Schema of timecheck's findings, shipped beside this module as ``finding.schema.json``."""

from __future__ import annotations

import json
from importlib import resources

SCHEMA_FILE = "finding.schema.json"


def finding_schema() -> dict[str, object]:
    """Return the schema: a finding at the top, the json report, input errors, baselines in ``$defs``."""
    text = resources.files("timecheck.formats").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data
