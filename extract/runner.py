"""Each document read in a child process that can be stopped.

One forked child per document, at most ``jobs`` at a time.  The child ignores
Ctrl-C (the parent stops it), dies with its parent (``PR_SET_PDEATHSIG`` on
Linux), and runs under an address-space limit (``RLIMIT_AS``, ``--max-memory``).
The parent waits on the children's pipes; a child that runs past the hard time
limit is killed and its document becomes a ``failed`` row naming the limit; a
child that dies (out of memory, a crash) becomes a ``failed`` row too.  Nothing
a document does can stop the run.
"""
from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
import time
from multiprocessing.connection import wait
from typing import Callable, Optional

DEFAULT_MAX_MEMORY = 2 * 1024 ** 3

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


def _child(conn, work: Callable, args: tuple, max_memory: Optional[int]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    if max_memory:
        import resource
        try:
            resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))
        except (ValueError, OSError):
            pass
    try:
        result = work(*args)
    except MemoryError:
        result = ("memory", None)
    except BaseException as e:  # noqa: BLE001 - reported by the parent
        result = ("error", f"{type(e).__name__}: {e}")
    else:
        result = ("ok", result)
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("memory", None))
    conn.close()
    os._exit(0)


def run_all(items: list, work: Callable, on_fail: Callable, *, jobs: int = 1,
            timeout_s: Optional[float] = None, max_memory: Optional[int] = DEFAULT_MAX_MEMORY,
            on_done: Optional[Callable] = None, on_start: Optional[Callable] = None) -> list:
    """``work(item)`` for every item in a child process; results in item order.

    ``on_fail(item, reason)`` makes the result of an item whose child was killed,
    died or raised; ``on_start(item)`` and ``on_done(item, result)`` are called as
    each one starts and finishes."""
    ctx = mp.get_context("fork")
    results: list = [None] * len(items)
    pending = list(range(len(items)))
    running: dict = {}  # conn -> (index, process, started)
    limit = hard_limit(timeout_s)
    try:
        while pending or running:
            while pending and len(running) < max(1, jobs):
                i = pending.pop(0)
                parent, child = ctx.Pipe(duplex=False)
                p = ctx.Process(target=_child, args=(child, work, (items[i],), max_memory), daemon=True)
                p.start()
                child.close()
                running[parent] = (i, p, time.monotonic())
                if on_start:
                    on_start(items[i])
            for conn in wait(list(running), timeout=0.2):
                i, p, _ = running.pop(conn)
                try:
                    kind, value = conn.recv()
                except (EOFError, OSError):
                    kind, value = "died", None
                conn.close()
                p.join(5)
                if kind == "ok":
                    results[i] = value
                elif kind == "memory":
                    results[i] = on_fail(items[i], f"stopped: the memory limit of "
                                         f"{_gb(max_memory)} (--max-memory) was reached")
                elif kind == "error":
                    results[i] = on_fail(items[i], f"could not be read ({value})")
                else:
                    results[i] = on_fail(items[i], f"the worker reading it ended without a result "
                                         f"(exit code {p.exitcode}; out of memory?)")
                if on_done:
                    on_done(items[i], results[i])
            if limit is not None:
                now = time.monotonic()
                for conn, (i, p, started) in list(running.items()):
                    if now - started > limit:
                        p.kill()
                        p.join(5)
                        conn.close()
                        del running[conn]
                        results[i] = on_fail(items[i], f"stopped: still running after {now - started:.0f} s "
                                             f"(--timeout {timeout_s:g} s); killed, nothing kept")
                        if on_done:
                            on_done(items[i], results[i])
    finally:
        for conn, (i, p, _) in running.items():
            p.kill()
            p.join(5)
            conn.close()
    return results


def _gb(n: Optional[int]) -> str:
    return f"{n / 1024 ** 3:g} GB" if n else "none"


def parse_size(text: str) -> int:
    """'2G', '512M', '1.5GB', '1000000' -> bytes."""
    t = text.strip().upper().rstrip("B")
    mult = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3, "T": 1024 ** 4}
    if t and t[-1] in mult:
        return int(float(t[:-1]) * mult[t[-1]])
    return int(float(t))
