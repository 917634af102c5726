"""The audit's defaults that the ``timecheck audit`` command line shows before anything runs.

Kept apart from the modules that use them, so that building the command line (for every
command, ``check`` in a pre-commit hook too) loads neither the process pool nor SQLite.
"""

from __future__ import annotations

DEFAULT_DB = "timecheck-audit.db"
DEFAULT_LINK_TEMPLATE = "{uri}#L{line}"
