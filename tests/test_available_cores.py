"""--jobs defaults to the cores the process may use, within a container's CPU quota."""
import os

from extract.runner import available_cores


def _cgroup(tmp_path, v2=None, v1=None):
    if v2 is not None:
        (tmp_path / "cpu.max").write_text(v2)
    if v1 is not None:
        (tmp_path / "cpu").mkdir()
        (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text(v1[0])
        (tmp_path / "cpu" / "cpu.cfs_period_us").write_text(v1[1])
    return tmp_path


def test_cores_are_those_the_process_may_run_on_without_a_quota(tmp_path):
    assert available_cores(_cgroup(tmp_path)) == len(os.sched_getaffinity(0))
    assert available_cores(_cgroup(tmp_path, v2="max 100000\n")) == len(os.sched_getaffinity(0))


def test_a_cgroup_v2_quota_limits_the_cores(tmp_path):
    affinity = len(os.sched_getaffinity(0))
    assert available_cores(_cgroup(tmp_path, v2="100000 100000\n")) == 1
    assert available_cores(_cgroup(tmp_path, v2="150000 100000\n")) == min(2, affinity)  # 1.5 cores: 2 workers
    assert available_cores(_cgroup(tmp_path, v2="50000 100000\n")) == 1  # never 0


def test_a_cgroup_v1_quota_limits_the_cores(tmp_path):
    assert available_cores(_cgroup(tmp_path, v1=("100000", "100000"))) == 1
    assert available_cores(_cgroup(tmp_path / "none")) >= 1  # no cgroup files at all
    unlimited = tmp_path / "unlimited"
    unlimited.mkdir()
    assert available_cores(_cgroup(unlimited, v1=("-1", "100000"))) == len(os.sched_getaffinity(0))
