"""Archive-scale audit: stream an archive through a process pool (or Dask) into a SQLite database.

The database is both the result and the resume checkpoint; summaries and the HTML report are
read back from it. Library entry points::

    from timecheck.audit import AuditOptions, audit, summarize
    stats = audit(["archive/"], settings=Settings(), now=now, options=AuditOptions(db="audit.db"))

Modules: ``units`` cuts inputs into units, ``analysis`` audits one (in a worker), ``pool`` and
``distributed`` are the engines, ``store``/``schema`` the database, ``batch`` the batch rules,
``summary``/``report``/``charts`` the outputs, ``command`` the ``timecheck audit`` command (and
``defaults`` what its options show before the rest is loaded).
The pool starts workers with the ``spawn`` method: a script that calls ``audit`` must guard its
entry point with ``if __name__ == "__main__":``, as ``multiprocessing`` requires.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timecheck.audit.runner import AuditOptions, RunStats, audit
    from timecheck.audit.store import Store
    from timecheck.audit.summary import Summary, summarize

__all__ = ["AuditOptions", "RunStats", "Store", "Summary", "audit", "summarize"]

_HOMES = {"AuditOptions": "runner", "RunStats": "runner", "audit": "runner", "Store": "store",
          "Summary": "summary", "summarize": "summary"}


def __getattr__(name: str) -> object:
    # Lazy, so ``timecheck.readers`` can import the gzip reader from here without a cycle.
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(f"timecheck.audit.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'timecheck.audit' has no attribute {name!r}")
