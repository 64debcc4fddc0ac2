"""Execution engines: where the per-source and per-block work of a check runs.

``local`` runs in this process, or in ``jobs`` worker processes; ``dask`` runs on a Dask
cluster (the optional ``dask`` extra): extraction per source and matching per block are
mapped over the workers, and the results are put back in a fixed order, so every engine
gives byte-identical reports.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from crosscheck.errors import CrosscheckError
from crosscheck.messages import message

T = TypeVar("T")
R = TypeVar("R")


class Engine(Protocol):
    """Maps a picklable function over items and returns the results in order."""

    def map(
        self, fn: Callable[[T], R], items: Sequence[T], on_done: Callable[[], None] | None = None
    ) -> list[R]:
        """``[fn(x) for x in items]``, computed wherever the engine runs; ``on_done`` per item."""
        ...

    def close(self) -> None:
        """Release workers."""
        ...


class LocalEngine:
    """This process (jobs=1) or a pool of worker processes, at most one per core."""

    def __init__(self, jobs: int = 1) -> None:
        # More processes than cores only add start-up and memory; `--jobs 100000` started a
        # process per block of work, hundreds on a two-core machine.
        self.jobs = max(1, min(jobs, cores()))
        self._pool: ProcessPoolExecutor | None = None

    def map(
        self, fn: Callable[[T], R], items: Sequence[T], on_done: Callable[[], None] | None = None
    ) -> list[R]:
        """Run ``fn`` over ``items``; in worker processes when jobs > 1 and it pays."""
        results: Iterable[R]
        if self.jobs == 1 or len(items) < 2:
            results = (fn(x) for x in items)
        else:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=self.jobs)
            chunk = max(1, len(items) // (self.jobs * 8))
            results = self._pool.map(fn, items, chunksize=chunk)
        return _collect(results, on_done)

    def close(self) -> None:
        """Shut the pool down."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class DaskEngine:
    """A Dask cluster: an existing scheduler's address, or a local cluster of processes."""

    def __init__(self, scheduler: str | None = None, jobs: int | None = None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise CrosscheckError(message("engine.dask_missing")) from None
        self._cluster: Any = None
        try:
            if scheduler:
                # dask.distributed ships no type hints for its constructors
                self._client: Any = Client(scheduler, timeout="30s")  # type: ignore[no-untyped-call]
            else:
                workers = jobs or os.cpu_count() or 1
                self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                )
                self._client = Client(self._cluster)  # type: ignore[no-untyped-call]
        except OSError as exc:
            raise CrosscheckError(
                message("engine.scheduler_unreachable", scheduler=scheduler, exc=exc)
            ) from None
        except (ValueError, TypeError, AssertionError) as exc:
            # what dask.distributed raises for an address it cannot parse or use:
            # "processes" (no port), "foo://x:1" (scheme), "tls://..." (no SSL context),
            # "tcp://256.1.1.1:1" (an assert)
            reason = str(exc) or message("engine.no_reason")
            raise CrosscheckError(
                message("engine.scheduler_unusable", scheduler=scheduler, reason=reason)
            ) from None

    def map(
        self, fn: Callable[[T], R], items: Sequence[T], on_done: Callable[[], None] | None = None
    ) -> list[R]:
        """Submit one task per item (pure=False keeps equal items apart) and gather in order."""
        if not items:
            return []
        futures = self._client.map(fn, list(items), pure=False)
        return _collect((f.result() for f in futures), on_done)

    def close(self) -> None:
        """Close the client (and the local cluster, if this engine started one)."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _collect(results: Iterable[R], on_done: Callable[[], None] | None) -> list[R]:
    collected = []
    for result in results:
        collected.append(result)
        if on_done is not None:
            on_done()
    return collected


def make_engine(name: str = "local", *, jobs: int = 1, scheduler: str | None = None) -> Engine:
    """The engine for the CLI's ``--engine`` and ``--jobs``."""
    if name == "local":
        if scheduler:
            raise CrosscheckError(message("engine.scheduler_without_dask"))
        return LocalEngine(jobs)
    if name == "dask":
        return DaskEngine(scheduler, min(jobs, cores()) if jobs > 1 else None)
    raise CrosscheckError(message("engine.unknown_engine", name=name))


def flatten(chunks: Iterable[Iterable[T]]) -> list[T]:
    """Concatenate mapped results."""
    return [x for chunk in chunks for x in chunk]
