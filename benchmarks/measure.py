"""How the benchmark measures: server time of a request through Django's full handler in this process
(middleware, view, template; no network, no browser), repeated; queries counted on one more run."""

import statistics
import time
from dataclasses import asdict, dataclass

from django.db import connection
from django.test.utils import CaptureQueriesContext


@dataclass
class Timing:
    url: str
    status: int
    samples: int
    median_ms: float
    p95_ms: float
    queries: int
    bytes: int

    def as_dict(self) -> dict:
        return asdict(self)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (p95 of 40 samples is the 38th smallest)."""
    ordered = sorted(values)
    rank = max(1, -(-int(share * 100) * len(ordered) // 100))
    return ordered[rank - 1]


# A slow page is requested fewer times, so that one run stays within minutes (never under 5 samples).
TIME_BUDGET_S = 20


def time_get(client, url: str, *, repeat: int, warmup: int = 3) -> Timing:
    for _ in range(warmup):
        started = time.perf_counter()
        response = client.get(url)
        last = time.perf_counter() - started
    repeat = max(min(repeat, 5), min(repeat, int(TIME_BUDGET_S / max(last, 1e-6))))
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return Timing(
        url=url,
        status=response.status_code,
        samples=repeat,
        median_ms=round(statistics.median(samples), 2),
        p95_ms=round(percentile(samples, 0.95), 2),
        queries=len(queries),
        bytes=len(response.content),
    )


def time_calls(function, *, repeat: int) -> dict:
    """Median and p95 seconds of ``function()``; the first (cold) call is reported apart."""
    started = time.perf_counter()
    function()
    cold = time.perf_counter() - started
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return {
        "cold_s": round(cold, 3),
        "median_s": round(statistics.median(samples), 3),
        "p95_s": round(percentile(samples, 0.95), 3),
        "runs": repeat,
    }
