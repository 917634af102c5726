"""A small process pool that survives a killed worker and says which unit killed it.

Why not ``concurrent.futures.ProcessPoolExecutor``: when one of its workers dies, every
pending future fails with ``BrokenProcessPool`` and nobody knows which task did it. Here each
worker has its own pipe and holds one task at a time, so a death is pinned on that task: it is
retried once in a fresh worker (the kill may have come from outside), then unit by unit, and
a unit that still kills its worker is reported as an input error. Nothing is lost either way.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from timecheck.audit.analysis import Auditor
from timecheck.audit.portable import PortableSettings
from timecheck.audit.records import ErrorRecord, Outcome
from timecheck.audit.units import Unit
from timecheck.errors import TimecheckError

# How long the main process waits for a result before it refreshes the progress bar.
TICK_SECONDS = 0.25
# Workers dying this many times in a row, with no result in between, are broken, not unlucky.
MAX_DEATHS_IN_A_ROW = 8


class WorkerError(TimecheckError):
    """Worker processes keep dying (they cannot start, or the machine kills them)."""


@dataclass(slots=True)
class Task:
    """Units sent to one worker at once."""

    units: list[Unit]
    attempts: int = 0


@dataclass(slots=True)
class Delivery:
    """What the pool hands back: finished outcomes, and units found unchanged (path, line)."""

    outcomes: list[Outcome] = field(default_factory=list)
    unchanged: list[tuple[str, int]] = field(default_factory=list)


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    connection: Connection
    task: Task | None = None


def serve(connection: Connection, state: PortableSettings) -> None:
    """Worker loop: audit each task received, send the outcomes back; stop on None or EOF."""
    # Ctrl-C reaches the whole process group; only the main process decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    auditor = Auditor(state.settings(), state.now)
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            connection.send(auditor.audit_all(task))
        except (BrokenPipeError, OSError):
            return


def run_pool(source: Iterator[Task | Delivery], *, workers: int, state: PortableSettings,
             tick: Callable[[], None] = lambda: None) -> Iterator[Delivery]:
    """Audit every task of ``source`` on ``workers`` processes; pass its Deliveries straight through.

    Results come back as they finish (not in input order). At most one task per worker is in
    flight, so memory stays flat however long ``source`` is.
    """
    first: Task | None = None
    for early in source:  # start no process while there is nothing to audit (an unchanged archive)
        if isinstance(early, Task):
            first = early
            break
        yield early
    if first is None:
        return
    source = itertools.chain([first], source)
    context = multiprocessing.get_context("spawn")
    pool = [_start(context, state) for _ in range(max(workers, 1))]
    retry: deque[Task] = deque()
    exhausted = False
    deaths = 0
    # Finished work is handed on only after idle workers have new tasks, so they never wait
    # for the database.
    ready_now: list[Delivery] = []
    try:
        while True:
            for index in range(len(pool)):
                while pool[index].task is None and (retry or not exhausted):
                    if retry:
                        item: Task | Delivery | None = retry.popleft()
                    else:
                        item = next(source, None)
                    if item is None:
                        exhausted = True
                        break
                    if isinstance(item, Delivery):
                        ready_now.append(item)
                        continue
                    try:
                        pool[index].connection.send(item.units)
                    except (BrokenPipeError, OSError):
                        # The worker died while idle: the task never started; give it to a new one.
                        deaths = _count_death(deaths, pool[index])
                        retry.appendleft(item)
                        _stop([pool[index]])
                        pool[index] = _start(context, state)
                        continue
                    pool[index].task = item
            yield from ready_now
            ready_now = []
            busy = [worker for worker in pool if worker.task is not None]
            if not busy:
                if exhausted and not retry and not ready_now:
                    return
                continue
            waitables: list[object] = [worker.connection for worker in busy]
            waitables += [worker.process.sentinel for worker in busy]
            ready = wait(waitables, timeout=TICK_SECONDS)  # type: ignore[arg-type]
            tick()
            for index, worker in enumerate(pool):
                if worker.task is None:
                    continue
                if worker.connection not in ready and worker.process.sentinel not in ready:
                    continue
                outcomes = _receive(worker)
                if outcomes is not None:
                    worker.task = None
                    deaths = 0
                    ready_now.append(Delivery(outcomes=outcomes))
                    continue
                if worker.process.is_alive():
                    continue
                task = worker.task
                worker.task = None
                deaths = _count_death(deaths, worker)
                _stop([worker])
                pool[index] = _start(context, state)
                lost = _after_death(task, worker.process.exitcode, retry)
                if lost is not None:
                    ready_now.append(lost)
    finally:
        _stop(pool)


def _count_death(deaths: int, worker: _Worker) -> int:
    worker.process.join(timeout=5.0)
    if deaths + 1 >= MAX_DEATHS_IN_A_ROW:
        raise WorkerError(f"worker processes died {deaths + 1} times in a row (last exit code "
                          f"{worker.process.exitcode}); the audit so far is stored: fix the cause and re-run")
    return deaths + 1


def _receive(worker: _Worker) -> list[Outcome] | None:
    try:
        if worker.connection.poll():
            received = worker.connection.recv()
            assert isinstance(received, list)
            return received
    except (EOFError, OSError):
        pass
    return None


def _after_death(task: Task, exitcode: int | None, retry: deque[Task]) -> Delivery | None:
    """Retry a task whose worker died; give up on a single unit that killed two workers."""
    task.attempts += 1
    if task.attempts < 2:
        retry.appendleft(task)
        return None
    if len(task.units) > 1:
        for unit in reversed(task.units):
            retry.appendleft(Task([unit], attempts=1))
        return None
    (unit,) = task.units
    how = f"signal {-exitcode}" if exitcode is not None and exitcode < 0 else f"exit code {exitcode}"
    reason = f"the worker process died ({how}) while auditing this input, twice"
    return Delivery(outcomes=[Outcome(unit.path, unit.line, unit.digest, (),
                                      (ErrorRecord(unit.path, unit.line, reason, ""),))])


def _start(context: multiprocessing.context.SpawnContext, state: PortableSettings) -> _Worker:
    parent, child = context.Pipe(duplex=True)
    process = context.Process(target=serve, args=(child, state), daemon=True, name="timecheck-audit-worker")
    process.start()
    child.close()
    return _Worker(process, parent)


def _stop(pool: list[_Worker]) -> None:
    for worker in pool:
        try:
            if worker.task is None:
                worker.connection.send(None)
        except (BrokenPipeError, OSError):
            pass
    for worker in pool:
        worker.process.join(timeout=1.0 if worker.task is None else 0)
        if worker.process.is_alive():
            worker.process.terminate()
            worker.process.join(timeout=5.0)
        worker.connection.close()
