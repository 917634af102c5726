"""A pool of worker processes that answer API requests, each under a hard time limit.

Why processes: the analysis is pure Python, so threads would share one core (the GIL), and a
thread cannot be stopped. A worker that overruns its time is killed and replaced; the client
gets 503 at the deadline and the service keeps answering with the other workers meanwhile.
Workers are started with ``spawn`` (no fork of a process that runs an event loop and threads),
so a script that starts the service itself must guard its entry point with
``if __name__ == "__main__":``, as every spawning program must; ``timecheck serve`` does.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import queue
import signal
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from timecheck.config import resolve
from timecheck.serve.analysis import Answer, Job, error_answer, respond

log = logging.getLogger("timecheck.serve")

# A short article analysed once when a worker starts, so the first request pays no warm-up.
_WARM_UP = "Published 15 September 2011, 04:12 IST\nThe assault ended yesterday, after 20 hours."
# Seconds a starting worker may take to import timecheck and read the config.
_START_TIMEOUT = 60.0


class PoolBusy(Exception):
    """No worker became free in time."""


@dataclass(eq=False)  # compared and hashed by identity: one entry per process
class _Worker:
    process: BaseProcess
    connection: Connection


def _work(connection: Connection, config: Sequence[str], cwd: str | None) -> None:
    """Run in the worker process: answer jobs until the pipe closes or ``None`` arrives."""
    # Ctrl-C reaches the whole process group; the parent shuts the workers down in order.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    settings = resolve(config, cwd)
    respond(Job("check", json.dumps({"text": _WARM_UP}).encode(), datetime(2011, 9, 15, tzinfo=timezone.utc)),
            settings=settings)
    connection.send("ready")
    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        if job is None:
            return
        # An exception here ends the process with its traceback on stderr (the server log); the
        # parent sees the pipe close, answers 500 and starts a new worker.
        connection.send(respond(job, settings=settings))


class WorkerPool:
    """``size`` worker processes; ``exchange`` runs one job on a free one, within ``timeout``.

    ``exchange`` blocks, so the server calls it from a thread. ``config`` and ``cwd`` are
    what each worker reads its settings from (``--config`` values), checked by the caller first.
    """

    def __init__(self, size: int, *, timeout: float, queue_timeout: float, config: Sequence[str] = (),
                 cwd: str | None = None) -> None:
        self.size = size
        self.timeout = timeout
        self.queue_timeout = queue_timeout
        self._config = tuple(config)
        self._cwd = cwd
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.replaced = 0

    def start(self) -> None:
        """Start every worker and wait until each is ready."""
        starting = [self._spawn() for _ in range(self.size)]
        try:
            for worker in starting:
                self._await_ready(worker)
                self._idle.put(worker)
        except RuntimeError:
            self.close()
            raise

    def exchange(self, job: Job) -> Answer:
        """Run ``job`` on a free worker and return its answer.

        A job that overruns ``timeout`` gets a 503 answer and its worker is replaced; a worker
        that dies gets a 500. Raises ``PoolBusy`` when no worker frees up within ``queue_timeout``.
        """
        try:
            worker = self._idle.get(timeout=self.queue_timeout)
        except queue.Empty as exc:
            raise PoolBusy(f"no worker was free within {self.queue_timeout:g} s") from exc
        try:
            worker.connection.send(job)
            if not worker.connection.poll(self.timeout):
                self._replace(worker, f"a request ran past {self.timeout:g} s")
                return error_answer(503, "timeout", f"the article took longer than {self.timeout:g} s to "
                                                    "check; send a shorter one or raise the server's --timeout")
            answer: Answer = worker.connection.recv()
        except (EOFError, OSError):
            self._replace(worker, "a worker died")
            return error_answer(500, "internal_error", "the worker checking this article stopped; "
                                                       "the service has started a new one")
        self._idle.put(worker)
        return answer

    def pids(self) -> list[int]:
        """Return the process ids of the live workers (for tests and the memory benchmark)."""
        with self._lock:
            return [worker.process.pid for worker in self._all if worker.process.pid is not None]

    def close(self) -> None:
        """Stop every worker: idle ones are asked to finish, busy or stuck ones are killed."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            try:
                worker.connection.send(None)
            except OSError:
                pass
        for worker in workers:
            worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_work, args=(child, self._config, self._cwd),
                                        name="timecheck-serve-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _await_ready(self, worker: _Worker) -> None:
        try:
            ready = worker.connection.poll(_START_TIMEOUT) and worker.connection.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            raise RuntimeError("a timecheck worker did not start (see the log above)")

    def _replace(self, worker: _Worker, why: str) -> None:
        """Kill ``worker`` and start its replacement, which joins the idle ones once it is ready."""
        log.warning("%s; replacing worker %s", why, worker.process.pid)
        with self._lock:
            closed = self._closed
            self.replaced += 1
        # The replacement is launched before the old worker goes, so the pool (and /healthz)
        # never looks empty in between.
        fresh = None if closed else self._spawn()
        self._discard(worker)
        if fresh is not None:
            threading.Thread(target=self._admit, args=(fresh,), name="timecheck-serve-restart", daemon=True).start()

    def _admit(self, worker: _Worker) -> None:
        try:
            self._await_ready(worker)
        except RuntimeError:
            if not self._closed:  # a start cut short by shutdown is no error
                log.exception("could not start a replacement worker")
            self._discard(worker)
            return
        with self._lock:
            closed = self._closed
        if closed:
            self._discard(worker)
            return
        self._idle.put(worker)

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.process.kill()
        worker.process.join()
        worker.connection.close()
