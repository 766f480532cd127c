"""A small HTTP load generator for loopback benchmarks: processes of threads, one request at a
time per thread, a new connection per request (gunicorn's sync workers close each one).

Results are lists of (name, seconds, status); `summary` turns them into req/s and percentiles.
"""

import http.client
import multiprocessing
import statistics
import threading
import time
from urllib.parse import urlsplit


def request(host, port, method, path, body=None, headers=None, timeout=30):
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        content = response.read()
        return response.status, response.headers, content
    finally:
        connection.close()


def _reader(host, port, targets, deadline, offset, out):
    """Request `targets` ((name, path), ...) round-robin until the deadline."""
    i = offset
    while time.monotonic() < deadline:
        name, path = targets[i % len(targets)]
        i += 1
        started = time.perf_counter()
        try:
            status, _headers, _content = request(host, port, "GET", path)
        except OSError:
            status = 0
        out.append((name, time.perf_counter() - started, status))


def _process(base, targets, threads, seconds, first_offset, queue):
    parts = urlsplit(base)
    deadline = time.monotonic() + seconds
    out = []
    workers = [
        threading.Thread(
            target=_reader,
            args=(parts.hostname, parts.port, targets, deadline, first_offset + n, out),
        )
        for n in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    queue.put(out)


def run_readers(base, targets, concurrency, seconds, processes=4):
    """`concurrency` readers spread over `processes` processes for `seconds`."""
    processes = max(1, min(processes, concurrency))
    queue = multiprocessing.Queue()
    spawned = []
    per = [
        concurrency // processes + (1 if n < concurrency % processes else 0)
        for n in range(processes)
    ]
    offset = 0
    for threads in per:
        process = multiprocessing.Process(
            target=_process, args=(base, targets, threads, seconds, offset, queue)
        )
        offset += threads
        process.start()
        spawned.append(process)
    results = []
    for _ in spawned:
        results.extend(queue.get())
    for process in spawned:
        process.join()
    return results


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(results, seconds):
    """{name: {"requests", "rps", "p50_ms", "p99_ms", "errors"}}."""
    by_name = {}
    for name, duration, status in results:
        by_name.setdefault(name, []).append((duration, status))
    table = {}
    for name, rows in by_name.items():
        durations = [d for d, _ in rows]
        table[name] = {
            "requests": len(rows),
            "rps": len(rows) / seconds,
            "p50_ms": 1000 * statistics.median(durations),
            "p99_ms": 1000 * percentile(durations, 0.99),
            "errors": sum(1 for _, status in rows if status != 200),
        }
    return table
