"""The Dask engine: audit each input file as one task on a cluster (``timecheck[dask]``).

Partitions are the input files: a worker reads its file itself (so the cluster needs the
same paths, on shared storage), skips the units the checkpoint already holds, and sends the
outcomes back; the main process stores them and judges the batch rules exactly as with the
local engine, so both engines give the same findings and summary. Few large files make few
tasks: split an archive into many files to spread it over a cluster.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from timecheck.audit.analysis import Auditor
from timecheck.audit.pool import Delivery
from timecheck.audit.portable import PortableSettings
from timecheck.audit.records import error_outcome
from timecheck.audit.runner import Meter
from timecheck.audit.units import iter_units
from timecheck.errors import ConfigError, InputError
from timecheck.readers.lines import Limits

# Tasks in flight per worker thread: enough to keep a worker busy, few enough to keep memory flat.
IN_FLIGHT_PER_THREAD = 2
_AUDITORS: dict[PortableSettings, Auditor] = {}


def audit_file(path: str, source: str, state: PortableSettings, known: dict[int, str], limits: Limits) -> Delivery:
    """Audit one input file on a Dask worker; units whose digest is in ``known`` are only marked unchanged.

    ``path`` is the name the results carry, ``source`` the absolute path the worker reads.
    """
    auditor = _AUDITORS.get(state)
    if auditor is None:
        auditor = _AUDITORS[state] = Auditor(state.settings(), state.now)
    delivery = Delivery()
    for found in iter_units(path, auditor.settings, limits=limits, source=source):
        if isinstance(found, InputError):
            outcome = error_outcome(found)
            if known.get(outcome.line) == outcome.digest:
                delivery.unchanged.append((outcome.path, outcome.line))
            else:
                delivery.outcomes.append(outcome)
        elif known.get(found.line) == found.digest:
            delivery.unchanged.append((found.path, found.line))
        else:
            delivery.outcomes.append(auditor.audit(found))
    return delivery


def run_dask(files: Iterable[str | InputError], known_file: Callable[[str], dict[int, str]], *,
             state: PortableSettings, scheduler: str, limits: Limits, meter: Meter) -> Iterator[Delivery]:
    """Audit every file on the Dask cluster at ``scheduler``; yield deliveries as tasks finish."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise ConfigError("--engine dask needs the dask extra: pip install 'timecheck[dask]'") from exc
    if not scheduler:
        raise ConfigError("--engine dask needs --scheduler ADDRESS (tcp://host:8786)")
    try:
        client: Any = Client(scheduler, timeout="30s")  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"--scheduler {scheduler}: cannot reach the Dask scheduler: {exc}") from exc
    try:
        threads = sum(client.nthreads().values()) or 1
        limit = threads * IN_FLIGHT_PER_THREAD
        pending: Any = as_completed()  # type: ignore[no-untyped-call]
        sizes: dict[Any, int] = {}
        in_flight = 0
        for item in files:
            if isinstance(item, InputError):
                outcome = error_outcome(item)
                if known_file(item.path).get(item.line) == outcome.digest:
                    yield Delivery(unchanged=[(item.path, item.line)])
                else:
                    yield Delivery(outcomes=[outcome])
                continue
            if item == "-":
                yield Delivery(outcomes=[error_outcome(InputError(
                    "<stdin>", 0, "standard input cannot be sent to a Dask cluster; use --engine local"))])
                continue
            future = client.submit(audit_file, item, os.path.abspath(item), state, known_file(item), limits,
                                   pure=False)
            sizes[future] = _size(item)
            pending.add(future)
            in_flight += 1
            while in_flight >= limit:
                yield _collect(next(pending), sizes, meter)
                in_flight -= 1
        for future in pending:
            yield _collect(future, sizes, meter)
    finally:
        client.close()


def _collect(future: Any, sizes: dict[Any, int], meter: Meter) -> Delivery:
    delivery = future.result()
    assert isinstance(delivery, Delivery)
    meter.done_bytes += sizes.pop(future, 0)
    future.release()
    return delivery


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
