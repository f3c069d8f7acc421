"""The runner's pool: children are reused across documents, and one killed on a
time limit is replaced without losing the other documents."""
import os
import time

from extract.runner import run_all


def _pid(_):
    return os.getpid()


def test_children_are_reused_across_documents():
    pids = run_all(list(range(12)), _pid, lambda i, why: why, jobs=2)
    assert all(isinstance(p, int) for p in pids)
    assert len(set(pids)) <= 2 and os.getpid() not in pids


def _slow_on_three(i):
    if i == 3:
        time.sleep(60)
    return i * 10


def test_a_killed_child_is_replaced_and_the_rest_are_read():
    t = time.monotonic()
    out = run_all(list(range(8)), _slow_on_three, lambda i, why: why, jobs=2, timeout_s=0.5)
    assert time.monotonic() - t < 20
    assert "still running" in out[3]
    assert [out[i] for i in range(8) if i != 3] == [0, 10, 20, 40, 50, 60, 70]


def _raise_on_two(i):
    if i == 2:
        raise ValueError("bad")
    return i


def test_an_error_is_a_row_and_the_child_goes_on():
    out = run_all(list(range(5)), _raise_on_two, lambda i, why: why, jobs=1)
    assert out[:2] == [0, 1] and out[3:] == [3, 4]
    assert "could not be read (ValueError: bad)" in out[2]


def _square_in_child(x, parent):
    return (x * x, os.getpid() != parent)


def _fails_in_child(x, parent):
    if os.getpid() != parent:
        raise RuntimeError("only in the child")
    return x + 1


def _dies_in_child(x, parent):
    if os.getpid() != parent:
        os._exit(3)
    return x + 2


def test_in_child_computes_in_a_child_and_falls_back_to_the_parent():
    from extract.runner import InChild

    me = os.getpid()
    assert InChild(_square_in_child, 7, me).result() == (49, True)  # done in the child
    assert InChild(_fails_in_child, 7, me).result() == 8  # the child raised: done again here
    assert InChild(_dies_in_child, 7, me).result() == 9  # the child died: done again here


_HELD = __import__("threading").Lock()


def _stuck_in_child(x, parent):
    if os.getpid() != parent:
        _HELD.acquire()  # held by the parent when it forked: never released in the child
    return x + 3


def test_in_child_that_makes_no_progress_is_killed_and_done_in_the_parent():
    from extract.runner import InChild

    me = os.getpid()
    with _HELD:  # as another thread of the parent might hold a lock at the fork
        job = InChild(_stuck_in_child, 7, me)
    t = time.monotonic()
    assert job.result() == 10
    assert time.monotonic() - t < InChild.STALLED_S + 5
    assert not job.proc.is_alive()


def _gc_threshold(_):
    import gc

    return gc.get_threshold()


def test_workers_collect_cycles_less_often_than_the_parent():
    import gc

    from extract.runner import WORKER_GC_THRESHOLD

    before = gc.get_threshold()
    out = run_all([1, 2], _gc_threshold, lambda i, why: why, jobs=2)
    assert all(t == (WORKER_GC_THRESHOLD, *before[1:]) for t in out)
    assert gc.get_threshold() == before   # the parent's own is left as it was


def test_the_children_are_all_told_to_stop_before_any_is_waited_for(monkeypatch):
    """At the end every child is told it is done, then each is waited for: they end at the same
    time (each waited for in turn, the second only began to end once the first had)."""
    import multiprocessing

    from extract import runner

    made, told = [], []
    init, reap = runner._Worker.__init__, runner._Worker.reap

    def making(self, *args, **kwargs):
        init(self, *args, **kwargs)
        made.append(self)

    def reaping(self):
        told.append(all(w.conn.closed for w in made))
        reap(self)

    monkeypatch.setattr(runner._Worker, "__init__", making)
    monkeypatch.setattr(runner._Worker, "reap", reaping)
    pids = run_all(list(range(6)), _pid, lambda i, why: why, jobs=2)
    assert len(set(pids)) == 2 and len(made) == 2
    assert told == [True, True]
    assert not [p for p in multiprocessing.active_children() if p.pid in pids]
