"""Run an audit: plan the units, skip what the checkpoint already holds, audit the rest, judge the batch.

The engines (``local``: a process pool; ``dask``: a cluster) only turn units into outcomes; the
checkpoint, the batch rules and the bookkeeping live here, so both engines give the same result.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from timecheck.audit.analysis import Auditor
from timecheck.audit.batch import batch_thresholds, bulk_update_findings
from timecheck.audit.defaults import DEFAULT_DB
from timecheck.audit.pool import Delivery, Task, run_pool
from timecheck.audit.portable import fingerprint, portable
from timecheck.audit.records import Outcome, error_outcome
from timecheck.audit.store import Store
from timecheck.audit.units import Unit, expand_paths, iter_units
from timecheck.errors import ConfigError, InputError, TimecheckError
from timecheck.readers.lines import Limits
from timecheck.settings import Settings

# Write to the database at least this often: a kill loses at most this much work.
COMMIT_SECONDS = 1.0
COMMIT_UNITS = 2000


@dataclass(frozen=True, slots=True)
class AuditOptions:
    """How to run an audit (what to check is in ``Settings``)."""

    db: str = DEFAULT_DB
    workers: int = 0
    incremental: bool = False
    fresh: bool = False
    engine: str = "local"
    scheduler: str = ""
    chunk_size: int = 64
    limits: Limits = field(default_factory=Limits)

    def worker_count(self) -> int:
        """Return the number of worker processes: ``workers``, or every core this process may use when 0."""
        if self.workers > 0:
            return self.workers
        if hasattr(os, "sched_getaffinity"):
            return len(os.sched_getaffinity(0)) or 1
        return os.cpu_count() or 1


@dataclass(slots=True)
class Meter:
    """What the progress bar shows: bytes of input read, units done, documents stored."""

    total_bytes: int = 0
    done_bytes: int = 0
    units: int = 0
    documents: int = 0
    started: float = field(default_factory=time.monotonic)


@dataclass(frozen=True, slots=True)
class RunStats:
    """What one invocation did (the database holds what the audit found)."""

    run: int
    mode: str
    now: str
    audited: int
    unchanged: int
    removed: int
    batch_findings: int
    seconds: float
    engine: str
    workers: int


class AuditInterrupted(Exception):
    """The audit stopped early (Ctrl-C); the database holds every unit finished so far."""

    def __init__(self, stored: int) -> None:
        super().__init__(f"interrupted: {stored} units stored")
        self.stored = stored


def audit(paths: Iterable[str], *, settings: Settings, now: datetime, options: AuditOptions,
          meter: Meter | None = None, tick: Callable[[], None] = lambda: None) -> RunStats:
    """Audit ``paths`` into the database ``options.db``; resume or re-audit incrementally as asked.

    Raises:
        AuditInterrupted: on KeyboardInterrupt, after storing every finished unit.
        ConfigError: bad settings, or an engine that cannot start.
    """
    started = time.monotonic()
    meter = meter or Meter()
    if options.engine not in ("local", "dask"):
        raise ConfigError(f"--engine {options.engine!r}: expected local or dask")
    if options.engine == "dask" and not options.scheduler:
        raise ConfigError("--engine dask needs --scheduler ADDRESS (tcp://host:8786)")
    Auditor(settings, now)  # fail on bad settings here, not in every worker
    store = Store(options.db)
    try:
        state = store.begin_run(fingerprint=fingerprint(settings), now=now.isoformat(),
                                incremental=options.incremental, fresh=options.fresh)
        run_now = datetime.fromisoformat(state.now)
        files = list(dict.fromkeys(expand_paths(paths)))  # each file once, in order
        meter.total_bytes = sum(_size(item) for item in files)
        fresh = state.mode == "fresh"

        def known(path: str, line: int) -> str | None:
            if fresh:
                return None
            found = store.lookup(path, line)
            return found[1] if found is not None else None

        def known_file(path: str) -> dict[int, str]:
            return {} if fresh else store.known_lines(path)

        portable_state = portable(settings, run_now)
        if options.engine == "dask":
            from timecheck.audit.distributed import run_dask

            deliveries = run_dask(files, known_file, state=portable_state, scheduler=options.scheduler,
                                  limits=options.limits, meter=meter)
        else:
            source = _tasks(files, settings, known, options, meter)
            deliveries = run_pool(source, workers=options.worker_count(), state=portable_state, tick=tick)
        audited, unchanged = _store_all(deliveries, store, state.run, meter, tick)
        removed = store.drop_unseen(state.run) if not fresh else 0
        batch = _judge_batch(store, settings)
        store.complete()
        return RunStats(state.run, state.mode, state.now, audited, unchanged, removed, batch,
                        time.monotonic() - started, options.engine, options.worker_count())
    finally:
        store.close()


def _size(item: str | InputError) -> int:
    if isinstance(item, InputError) or item == "-":
        return 0
    try:
        return os.path.getsize(item)
    except OSError:
        return 0


def _tasks(files: Iterable[str | InputError], settings: Settings, known: Callable[[str, int], str | None],
           options: AuditOptions, meter: Meter) -> Iterator[Task | Delivery]:
    """Cut the input into tasks of changed units; pass errors and unchanged units on as Deliveries."""
    chunk: list[Unit] = []
    chunk_bytes = 0
    passing = Delivery()
    base = 0
    for item in files:
        found_units: Iterable[Unit | InputError] = [item] if isinstance(item, InputError) else \
            iter_units(item, settings, limits=options.limits)
        for found in found_units:
            if isinstance(found, InputError):
                outcome = error_outcome(found)
                if known(outcome.path, outcome.line) == outcome.digest:
                    passing.unchanged.append((outcome.path, outcome.line))
                else:
                    passing.outcomes.append(outcome)
            else:
                meter.done_bytes = base + found.position
                if known(found.path, found.line) == found.digest:
                    passing.unchanged.append((found.path, found.line))
                else:
                    chunk.append(found)
                    chunk_bytes += len(found.data)
            if len(chunk) >= options.chunk_size or chunk_bytes >= 4 * 1024 * 1024:
                yield Task(chunk)
                chunk, chunk_bytes = [], 0
            if len(passing.outcomes) + len(passing.unchanged) >= 1000:
                yield passing
                passing = Delivery()
        base += _size(item)
        meter.done_bytes = base
    if chunk:
        yield Task(chunk)
    if passing.outcomes or passing.unchanged:
        yield passing


def _store_all(deliveries: Iterator[Delivery], store: Store, run: int, meter: Meter,
               tick: Callable[[], None]) -> tuple[int, int]:
    """Write deliveries in batched transactions; on Ctrl-C keep what arrived, then stop."""
    outcomes: list[Outcome] = []
    unchanged: list[tuple[str, int]] = []
    audited = seen = 0
    last = time.monotonic()

    def flush() -> None:
        # Ctrl-C waits until the batch is stored and taken off the buffers: one that landed
        # right after the commit would leave the stored batch buffered, and the flush on the
        # way out would store it twice (a UNIQUE constraint error instead of a clean stop).
        nonlocal outcomes, unchanged, last
        with interrupts_deferred():
            if outcomes:
                store.write(outcomes, run)
            if unchanged:
                store.mark_seen(unchanged, run)
            outcomes, unchanged, last = [], [], time.monotonic()

    try:
        for delivery in deliveries:
            outcomes.extend(delivery.outcomes)
            unchanged.extend(delivery.unchanged)
            audited += len(delivery.outcomes)
            seen += len(delivery.unchanged)
            meter.units += len(delivery.outcomes) + len(delivery.unchanged)
            meter.documents += sum(len(outcome.documents) for outcome in delivery.outcomes)
            if len(outcomes) + len(unchanged) >= COMMIT_UNITS or time.monotonic() - last >= COMMIT_SECONDS:
                flush()
                tick()
        flush()
    except KeyboardInterrupt:
        flush()
        raise AuditInterrupted(audited) from None
    except TimecheckError:
        flush()  # keep what arrived before the engine failed: the re-run resumes from there
        raise
    return audited, seen


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold a Ctrl-C (SIGINT) that arrives inside the block until the block has ended, then
    raise it as KeyboardInterrupt. Outside the main thread, where no handler can be set, the
    block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received and previous is not signal.SIG_IGN:
        raise KeyboardInterrupt


def _judge_batch(store: Store, settings: Settings) -> int:
    """Recompute the batch rules' findings over the whole database."""
    from timecheck.engine import selected_rules

    thresholds = batch_thresholds(selected_rules(settings), settings)
    threshold = thresholds.get("TC301")
    if threshold is None:
        return store.replace_batch_findings(())
    groups = store.candidate_groups("TC301", threshold)
    findings = bulk_update_findings(groups, lambda key: store.candidates("TC301", key), threshold)
    return store.replace_batch_findings(findings)
