"""Each document read in a child process that can be stopped.

A pool of ``jobs`` forked children, each reading one document after another
(a child is replaced after a kill, a crash, a memory stop, or
MAX_TASKS_PER_WORKER documents).  A child ignores
Ctrl-C (the parent stops it), dies with its parent (``PR_SET_PDEATHSIG`` on
Linux), and runs under an address-space limit (``RLIMIT_AS``: the address space it
inherited from the parent plus ``--max-memory``).
The parent waits on the children's pipes; a child that runs past the hard time
limit is killed and its document becomes a ``failed`` row naming the limit; a
child that dies (out of memory, a crash) becomes a ``failed`` row too.  Nothing
a document does can stop the run.
"""
from __future__ import annotations

import ctypes
import gc
import math
import os
import signal
import threading
import time
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Optional

DEFAULT_MAX_MEMORY = 2 * 1024 ** 3

#: held while a child is forked: a thread of the parent that imports modules holds it too,
#: so no child is forked half-way through an import (it would inherit the import's locks)
FORK_LOCK = threading.Lock()

#: a child may run this long past --timeout (the loader stops between pages at
#: --timeout itself and returns what it read; the kill is for work inside a page)
def hard_limit(timeout_s: Optional[float]) -> Optional[float]:
    if not timeout_s:
        return None
    return timeout_s * 1.2 + 2.0


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:  # not Linux: the parent still kills its children on exit
        pass


def available_cores(cgroup: Path = Path("/sys/fs/cgroup")) -> int:
    """The cores this process may use: those it may run on (``sched_getaffinity``), no more
    than a container's CPU quota allows (cgroup v2 ``cpu.max``, v1 ``cpu.cfs_quota_us``),
    rounded up; at least 1."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    quota = None
    try:
        parts = (cgroup / "cpu.max").read_text().split()
        if parts and parts[0] != "max":
            quota = int(parts[0]) / int(parts[1])
    except (OSError, ValueError, IndexError):
        try:
            q = int((cgroup / "cpu" / "cpu.cfs_quota_us").read_text())
            if q > 0:
                quota = q / int((cgroup / "cpu" / "cpu.cfs_period_us").read_text())
        except (OSError, ValueError, ZeroDivisionError):
            pass
    if quota:
        n = min(n, max(1, math.ceil(quota)))
    return max(1, n)


@contextmanager
def _frozen():
    """The parent's objects frozen while a child is forked (``gc.freeze``): the child never
    collects what it inherited, so no finalizer of the parent's objects (a SQLite connection
    or socket of another thread of the parent: Dask, Datasette) runs in the child, and the
    inherited pages stay shared instead of being copied by the collector."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _fork(proc) -> None:
    """Start (fork) ``proc`` with no import half done and the parent's objects frozen."""
    with FORK_LOCK, _frozen():
        proc.start()


def _as_child() -> None:
    """A forked child's first steps: Ctrl-C is the parent's to handle (SIGTERM ends it, as by
    default: the parent's handler, :func:`extract.cli._stop_on_sigterm`, is not inherited); it
    dies with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()


#: a worker is replaced after this many documents, so memory a document leaves behind
#: (caches, fragmentation) cannot build up over a long run
MAX_TASKS_PER_WORKER = 200


def address_space() -> int:
    """This process's virtual address space in bytes (0 where /proc is not there).  A forked
    child starts with its parent's: a parent that reserved much of it (thread stacks, a Dask
    client, Arrow's allocator) would leave a fixed limit nothing for the document."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def limit_memory(max_memory: Optional[int]) -> None:
    """A forked child's address space limited to what it inherited and ``max_memory`` more."""
    if max_memory:
        import resource
        try:
            limit = address_space() + max_memory
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ValueError, OSError):
            pass


#: a worker's cycle-collector threshold: reading a document makes many small objects and
#: few cycles, and at Python's default (700 new objects) the collector walked the young ones
#: so often that it took 4-5% of a worker's CPU (best of 5, alternating, 40 reports and 26
#: distinct texts); cycles are still collected, a little later
WORKER_GC_THRESHOLD = 20_000


def _worker(conn, work: Callable, max_memory: Optional[int]) -> None:
    """A long-lived child: reads items from ``conn`` until the parent closes it."""
    _as_child()
    limit_memory(max_memory)
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            break
        if item is None:  # the parent is done with this worker
            break
        try:
            result = ("ok", work(item[0]))
        except MemoryError:
            result = ("memory", None)
        except BaseException as e:  # noqa: BLE001 - reported by the parent
            result = ("error", f"{type(e).__name__}: {e}")
        try:
            conn.send(result)
        except MemoryError:
            conn.send(("memory", None))
            break
        if result[0] == "memory":
            break  # the heap may be in any state: a fresh worker takes the next item
    conn.close()
    os._exit(0)


class _Worker:
    def __init__(self, ctx, work, max_memory):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker, args=(child, work, max_memory), daemon=True)
        _fork(self.proc)
        child.close()
        self.tasks: deque = deque()   # the items sent: the first is being read, one more may wait behind it
        self.started = 0.0            # when the first began
        self.done = 0

    @property
    def task(self) -> Optional[int]:
        return self.tasks[0] if self.tasks else None

    def give(self, i: int, item) -> None:
        if not self.tasks:
            self.started = time.monotonic()
        self.tasks.append(i)
        try:
            self.conn.send((item,))
        except OSError:  # the child is gone: its pipe's end says so (EOF) to the parent's wait
            pass

    def stop(self, kill: bool = False) -> None:
        self.ask_to_stop(kill)
        self.reap()

    def ask_to_stop(self, kill: bool = False) -> None:
        """The child told it is done (its pipe closed: it ends), or killed."""
        if kill:
            self.proc.kill()
        try:
            if not kill:
                self.conn.send(None)
            self.conn.close()
        except (OSError, ValueError):
            pass

    def reap(self) -> None:
        """Wait for the child to end (killed after 5 s)."""
        _reap(self.proc)


def _reap(proc) -> None:
    """Wait for ``proc`` to end (killed after 5 s)."""
    proc.join(5)
    if proc.is_alive():
        proc.kill()
        proc.join(5)


#: children that were told to end, or that gave their result and end by themselves, not yet
#: waited for (:func:`reap_exited`): a child's exit takes its address space down, the run's
#: start-up inherited whole (5-20 ms), and nothing the run does next needs it gone
_EXITING: list = []
_EXITING_LOCK = threading.Lock()


def _exiting(proc) -> None:
    with _EXITING_LOCK:
        _EXITING.append(proc)


def reap_exited() -> None:
    """Every child left to end by itself (``run_all(..., wait=False)``, :meth:`InChild.result`)
    waited for (killed after 5 s, as :meth:`_Worker.reap` does).  By the time a run has written
    its output they have long ended: this only takes their exit status."""
    with _EXITING_LOCK:
        procs = list(_EXITING)
        _EXITING.clear()
    for proc in procs:
        _reap(proc)


def run_all(items: list, work: Callable, on_fail: Callable, *, jobs: int = 1,
            timeout_s: Optional[float] = None, max_memory: Optional[int] = DEFAULT_MAX_MEMORY,
            on_done: Optional[Callable] = None, on_start: Optional[Callable] = None,
            queue_behind: Optional[Callable] = None, wait: bool = True) -> list:
    """``work(item)`` for every item in a pool of ``jobs`` child processes; results in item order.

    Children are forked once and read one item after another (a tiny text file
    costs no process start); a child past the time limit, or one that dies, is
    replaced by a fresh one.  ``on_fail(item, reason)`` makes the result of an
    item whose child was killed, died or raised; ``on_start(item)`` and
    ``on_done(item, result)`` are called as each one starts and finishes.
    ``on_done`` may return more items (the pages of a long PDF cut into ranges,
    then the job that puts them together): they are done next, before the items
    still waiting, and their results follow the given items' in the list returned.
    While at least ``jobs`` items wait, a child reading an item for which
    ``queue_behind(item)`` is true is sent its next item already when that one is such an
    item too (small to send, quick to read), so it goes on without
    waiting for this process to take the result; an item waiting behind one that is
    killed, or whose child dies, goes back to the front of the queue, not started.
    At the end every child is told to stop, then waited for; with ``wait`` False a child told
    to stop (not one killed) is left to end by itself, and :func:`reap_exited` waits for it."""
    from multiprocessing.connection import wait   # (imported when documents are read: a re-run has none)

    pool = _Pool(list(items), work, on_fail, jobs=jobs, timeout_s=timeout_s, max_memory=max_memory,
                 on_done=on_done, on_start=on_start, queue_behind=queue_behind)
    try:
        while pool.pending or any(w.tasks for w in pool.workers):
            pool.hand_out()
            busy = {w.conn: w for w in pool.workers if w.tasks}
            for conn in wait(list(busy), timeout=0.2):
                pool.received(busy[conn])
            pool.stop_overdue()
    finally:
        killed = []
        for w in pool.workers:   # (every child told first, then waited for: they end together)
            killed.append(bool(w.tasks))
            w.ask_to_stop(kill=killed[-1])
        for w, kill in zip(pool.workers, killed):
            if wait or kill:
                w.reap()
            else:
                _exiting(w.proc)
    return pool.results


class _Pool:
    """The state of one :func:`run_all`: the items (more may come from ``on_done``), their
    results, the indexes waiting, and the children reading."""

    def __init__(self, items: list, work: Callable, on_fail: Callable, *, jobs: int,
                 timeout_s: Optional[float], max_memory: Optional[int], on_done: Optional[Callable],
                 on_start: Optional[Callable], queue_behind: Optional[Callable]):
        self.items, self.work, self.on_fail = items, work, on_fail
        self.jobs, self.timeout_s, self.max_memory = max(1, jobs), timeout_s, max_memory
        self.on_done, self.on_start, self.queue_behind = on_done, on_start, queue_behind
        import multiprocessing as mp

        self.ctx = mp.get_context("fork")
        self.results: list = [None] * len(items)
        self.pending = deque(range(len(items)))
        self.workers: list[_Worker] = []
        self.limit = hard_limit(timeout_s)

    def finish(self, i: int, result) -> None:
        self.results[i] = result
        more = self.on_done(self.items[i], result) if self.on_done else None
        if more:
            first = len(self.items)
            self.items.extend(more)
            self.results.extend([None] * len(more))
            self.pending.extendleft(reversed(range(first, len(self.items))))

    def retire(self, w: _Worker, kill: bool = False) -> None:
        """``w`` stopped and removed; the items waiting behind its current one go back, not started."""
        self.workers.remove(w)
        self.pending.extendleft(reversed(w.tasks))
        kill = kill or bool(w.tasks)
        w.tasks.clear()
        w.stop(kill=kill)

    def give(self, w: _Worker) -> None:
        i = self.pending.popleft()
        w.give(i, self.items[i])
        if self.on_start and len(w.tasks) == 1:
            self.on_start(self.items[i])

    def may_queue(self, w: _Worker) -> bool:
        # (both ``queue_behind``: a large item, a PDF's ranges put together, is sent only to a child
        # waiting for it; one sent to a busy child could fill the pipe while its result fills the other way)
        return (self.queue_behind is not None and len(w.tasks) == 1 and len(self.pending) >= self.jobs
                and w.done + 2 <= MAX_TASKS_PER_WORKER and self.queue_behind(self.items[w.tasks[0]])
                and self.queue_behind(self.items[self.pending[0]]))

    def hand_out(self) -> None:
        """An item to every idle child, new children up to ``jobs``, and a next item queued
        behind the current one where :meth:`may_queue` allows."""
        for w in [w for w in self.workers if not w.tasks]:
            if not self.pending:
                break
            self.give(w)
        while self.pending and len(self.workers) < self.jobs:
            self.workers.append(_Worker(self.ctx, self.work, self.max_memory))
            self.give(self.workers[-1])
        for w in [w for w in self.workers if self.may_queue(w)]:
            self.give(w)

    def stop_overdue(self) -> None:
        """Every child past the hard time limit killed; its item a failed result."""
        if self.limit is None:
            return
        now = time.monotonic()
        for w in [w for w in self.workers if w.tasks and now - w.started > self.limit]:
            i = w.tasks.popleft()
            self.retire(w, kill=True)
            self.finish(i, self.on_fail(self.items[i], f"stopped: still running after {now - w.started:.0f} s "
                                        f"(--timeout {self.timeout_s:g} s); killed, nothing kept"))

    def received(self, w: _Worker) -> None:
        """The result of ``w``'s current item (or why there is none) taken and finished."""
        i = w.tasks.popleft()
        try:
            kind, value = w.conn.recv()
        except (EOFError, OSError):
            kind, value = "died", None
        w.done += 1
        if kind != "ok" and kind != "error" or w.done >= MAX_TASKS_PER_WORKER:
            self.retire(w)
        elif w.tasks:  # the item waiting behind it has begun
            w.started = time.monotonic()
            if self.on_start:
                self.on_start(self.items[w.tasks[0]])
        if kind == "ok":
            self.finish(i, value)
        elif kind == "memory":
            self.finish(i, self.on_fail(self.items[i], f"stopped: the memory limit of "
                                        f"{_gb(self.max_memory)} (--max-memory) was reached"))
        elif kind == "error":
            self.finish(i, self.on_fail(self.items[i], f"could not be read ({value})"))
        else:
            self.finish(i, self.on_fail(self.items[i], f"the worker reading it ended without a result "
                                        f"(exit code {w.proc.exitcode}; out of memory?)"))


class InChild:
    """``fn(*args)`` computed in a forked child while the parent goes on (the run's report
    is rendered while the tables are written); ``result()`` waits for it.  If the child
    fails, dies or stops making progress, ``result()`` computes it in the parent instead,
    so nothing is lost and nothing hangs."""

    def __init__(self, fn: Callable, *args):
        import multiprocessing as mp

        self.fn, self.args = fn, args
        ctx = mp.get_context("fork")
        self.conn, child = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(target=self._child, args=(child,), daemon=True)
        try:
            _fork(self.proc)
        except OSError:  # no fork left: done in the parent when asked
            self.proc = None
        child.close()

    def _child(self, conn) -> None:
        _as_child()
        try:
            conn.send(("ok", self.fn(*self.args)))
        except BaseException:  # noqa: BLE001 - the parent computes it again and reports
            conn.send(("error", None))
        conn.close()
        os._exit(0)

    #: a child whose CPU time has not moved for this many seconds is stuck (a lock another
    #: thread of the parent held when it was forked): killed, and the work done here
    STALLED_S = 5

    def result(self):
        """``fn(*args)``, as the child sent it (the child then ends by itself: not waited for
        here, see :func:`reap_exited`), or computed here when the child failed."""
        kind, value = "error", None
        if self.proc is not None:
            last, still = _cpu_seconds(self.proc.pid), 0
            while True:
                if self.conn.poll(1.0):
                    try:
                        kind, value = self.conn.recv()
                    except (EOFError, OSError):
                        pass
                    break
                if not self.proc.is_alive() and not self.conn.poll(0):
                    break
                cpu = _cpu_seconds(self.proc.pid)
                still = still + 1 if cpu is not None and cpu == last else 0
                last = cpu
                if still >= self.STALLED_S:
                    self.proc.kill()
                    break
            if kind == "ok":
                _exiting(self.proc)   # (it sent its result: it is ending)
            else:
                self.proc.join(5)
        self.conn.close()
        return value if kind == "ok" else self.fn(*self.args)


def _cpu_seconds(pid: int) -> Optional[float]:
    """CPU time (user + system, in clock ticks' resolution) of process ``pid``, None where
    /proc does not give it."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _gb(n: Optional[int]) -> str:
    return f"{n / 1024 ** 3:g} GB" if n else "none"


def parse_size(text: str) -> int:
    """'2G', '512M', '1.5GB', '1000000' -> bytes."""
    t = text.strip().upper().rstrip("B")
    mult = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}
    if t and t[-1] in mult:
        return int(float(t[:-1]) * mult[t[-1]])
    return int(float(t))
