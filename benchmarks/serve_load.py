"""Load on ``timecheck serve``: the seed article, 2,000 requests from 8 concurrent clients on loopback.

    python3 benchmarks/serve_load.py                     # 2,000 requests, 8 clients, a worker per core
    python3 benchmarks/serve_load.py --requests 500 --clients 4 --workers 1

1. Baseline, measured in the same run: the code a worker runs for one request
   (``timecheck.serve.analysis.respond``: parse, check, encode), in this process, one thread,
   without HTTP. Its median is the floor of any request's latency; its rate is one core's.
2. The service runs as ``python -m timecheck serve --port 0`` in its own process, as a user
   would run it (access log on). Clients are threads, each with one keep-alive connection;
   every answer must be 200 with the TC102 finding, or it counts as an error.
3. Memory is the whole process tree of the server (uvicorn's process and its workers): the
   sum of resident sizes sampled every 20 ms (the peak the machine saw), and each process's own
   high-water mark (``VmHWM``) at the end.

It prints the figures and exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "data" / "seed-article.txt"
START_DEADLINE = 120.0


@dataclass
class Results:
    """What the clients saw."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    issued: int = 0


def baseline(body: bytes, repeats: int) -> list[float]:
    """Return the seconds ``respond`` takes on the seed article, ``repeats`` times, in this process."""
    sys.path.insert(0, str(ROOT))
    from timecheck.serve.analysis import Job, respond
    from timecheck.settings import Settings

    settings = Settings()
    times: list[float] = []
    for _ in range(repeats + 5):
        started = time.perf_counter()
        answer = respond(Job("check", body, datetime.now(timezone.utc)), settings=settings)
        times.append(time.perf_counter() - started)
        assert answer.status == 200 and b'"TC102"' in answer.body
    return times[5:]  # the first few warm the caches


def start_server(workers: int) -> tuple[subprocess.Popen[str], int, list[str]]:
    """Start ``timecheck serve`` on a free loopback port; return the process, the port and its log."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("TIMECHECK_TOKEN", None)
    process = subprocess.Popen([sys.executable, "-m", "timecheck", "serve", "--port", "0", "--workers", str(workers)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log: list[str] = []
    found = threading.Event()
    port: list[int] = []

    def drain() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            log.append(line)
            match = re.search(r"Uvicorn running on http://127\.0\.0\.1:(\d+)", line)
            if match:
                port.append(int(match.group(1)))
                found.set()
        found.set()

    threading.Thread(target=drain, daemon=True).start()
    if not found.wait(START_DEADLINE) or not port:
        process.kill()
        raise SystemExit("the server did not start:\n" + "".join(log))
    return process, port[0], log


def tree(pid: int) -> list[int]:
    """Return ``pid`` and every descendant of it (from /proc)."""
    out = [pid]
    index = 0
    while index < len(out):
        try:
            for task in Path(f"/proc/{out[index]}/task").iterdir():
                out.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:
            pass
        index += 1
    return out


def status_kb(pid: int, key: str) -> int:
    """Return one ``/proc/PID/status`` size in kB (0 when the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def cpu_seconds(pid: int) -> float:
    """Return the user + system CPU seconds ``pid`` has used (0 when the process is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def sample_memory(pid: int, stop: threading.Event, peak: list[int]) -> None:
    """Keep the largest sum of resident sizes of the server's process tree in ``peak[0]``."""
    while not stop.is_set():
        peak[0] = max(peak[0], sum(status_kb(member, "VmRSS") for member in tree(pid)))
        stop.wait(0.02)


def client(port: int, body: bytes, total: int, results: Results) -> None:
    """Send requests on one keep-alive connection until ``total`` have been issued overall."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": "application/json"}
    while True:
        with results.lock:
            if results.issued >= total:
                break
            results.issued += 1
        started = time.perf_counter()
        try:
            connection.request("POST", "/v1/check", body=body, headers=headers)
            response = connection.getresponse()
            answer = response.read()
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with results.lock:
                results.errors.append(f"{type(exc).__name__}: {exc}")
            continue
        elapsed = time.perf_counter() - started
        with results.lock:
            if response.status != 200 or b'"TC102"' not in answer:
                results.errors.append(f"{response.status}: {answer[:200]!r}")
            else:
                results.latencies.append(elapsed)
    connection.close()


def percentile(values: list[float], share: int) -> float:
    """Return the ``share``-th percentile (1-99) of ``values``."""
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--baseline", type=int, default=200, help="library-only runs for the baseline")
    args = parser.parse_args()
    body = json.dumps({"text": SEED.read_text(encoding="utf-8"), "id": "seed"}).encode("utf-8")

    floor = baseline(body, args.baseline)
    floor_median = statistics.median(floor)
    print(f"baseline (library, one thread, no HTTP): median {floor_median * 1000:.2f} ms per article, "
          f"{1 / floor_median:.0f} articles/s on one core")

    process, port, log = start_server(args.workers)
    try:
        warm = Results()
        client(port, body, 4 * args.workers, warm)
        if warm.errors:
            raise SystemExit(f"warm-up failed: {warm.errors[:3]}")
        cpu_before = {member: cpu_seconds(member) for member in tree(process.pid)}
        own_before = time.process_time()
        stop = threading.Event()
        peak = [0]
        sampler = threading.Thread(target=sample_memory, args=(process.pid, stop, peak), daemon=True)
        sampler.start()
        results = Results()
        threads = [threading.Thread(target=client, args=(port, body, args.requests, results))
                   for _ in range(args.clients)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        stop.set()
        sampler.join()
        own_cpu = time.process_time() - own_before
        members = tree(process.pid)
        high_water = {member: status_kb(member, "VmHWM") for member in members}
        cpu = {member: cpu_seconds(member) - cpu_before.get(member, 0.0) for member in members}
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()

    done = len(results.latencies)
    print(f"service: {args.requests} requests of the seed article ({len(body):,} bytes), {args.clients} clients, "
          f"{args.workers} workers, loopback")
    print(f"  answered 200 with TC102: {done}; errors: {len(results.errors)}")
    if done >= 2:
        latencies = results.latencies
        print(f"  latency: p50 {percentile(latencies, 50) * 1000:.1f} ms, p90 {percentile(latencies, 90) * 1000:.1f} ms, "
              f"p99 {percentile(latencies, 99) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms")
        print(f"  throughput: {done / wall:.0f} requests/s over {wall:.1f} s "
              f"({done / wall * floor_median:.2f} times the one-core baseline)")
    print(f"  peak memory of the server's process tree: {peak[0] / 1024:.0f} MB (sum of resident sizes, sampled)")
    print("  high-water mark per process: " + ", ".join(
        f"{'server' if member == process.pid else 'pid ' + str(member)} {kb / 1024:.0f} MB"
        for member, kb in high_water.items() if kb))
    print("  CPU seconds during the load: " + ", ".join(
        f"{'server' if member == process.pid else 'pid ' + str(member)} {seconds:.1f}"
        for member, seconds in cpu.items() if seconds >= 0.05) + f", clients (this process) {own_cpu:.1f}")
    for error in results.errors[:5]:
        print(f"  error: {error}")
    return 1 if results.errors or done != args.requests else 0


if __name__ == "__main__":
    sys.exit(main())
