"""bench_speed.py --split: a worker's idle time is the time between its tasks that it neither ran nor waited for a
core, each task timed whole (cleaning and the chunk's tokens read ahead included), with what crossed to it and back."""

from __future__ import annotations

import pickle

import bench.bench_speed as speed
import core.import_cleaning
import core.jobs.queue


def _row(began, ended, cpu, ran, queued, ran_after, queued_after, articles=4, sent=4000, returned=8000):
    return " ".join(map(str, (began, ended, cpu, ran, queued, ran_after, queued_after, articles, sent, returned)))


def test_idle_between_tasks_leaves_out_running_and_waiting_for_a_core(tmp_path):
    # Two tasks of one worker: the first ends at 12.0, the next begins at 13.0. Of that second, the worker ran
    # 0.1 s (its reply pickled, the next task read) and waited 0.3 s for a core: 0.6 s it waited for the writer.
    (tmp_path / "7.txt").write_text(_row(10.0, 12.0, 1.9, 5.0, 1.0, 7.0, 1.5) + "\n"
                                    + _row(13.0, 14.0, 0.9, 7.1, 1.8, 8.0, 1.9) + "\n", encoding="utf-8")
    (pid, worker), = speed._split(tmp_path, 9.5, 14.5)
    assert pid == 7 and worker.tasks == 2 and worker.articles == 8
    assert (round(worker.first, 6), round(worker.last, 6), round(worker.busy, 6)) == (0.5, 4.5, 3.0)
    assert round(worker.idle, 6) == 0.6 and round(worker.queued, 6) == 0.3
    assert (worker.sent, worker.returned) == (8000, 16000)


def test_tasks_outside_the_import_are_left_out(tmp_path):
    (tmp_path / "3.txt").write_text(_row(1.0, 2.0, 1.0, 0.0, 0.0, 1.0, 0.0) + "\n"
                                    + _row(20.0, 21.0, 1.0, 1.0, 0.0, 2.0, 0.0) + "\n", encoding="utf-8")
    assert speed._split(tmp_path, 10.0, 15.0) == []


def _chunk(pages):
    return [page.upper() for page in pages]


def test_a_timed_task_is_still_sent_by_reference_and_records_the_whole_chunk(tmp_path, monkeypatch):
    _chunk.__module__, _chunk.__qualname__ = "core.import_cleaning", "clean_and_work_many"
    monkeypatch.setattr(core.import_cleaning, "clean_and_work_many", _chunk)
    monkeypatch.setattr(core.jobs.queue, "clean_and_work_many", _chunk)
    speed._time_tasks(tmp_path / "tasks")
    timed = core.jobs.queue.clean_and_work_many
    assert timed is not _chunk and core.import_cleaning.clean_and_work_many is timed
    assert pickle.loads(pickle.dumps(timed)) is timed  # a worker finds it by the cleaner's name
    assert timed(["会談", "首脳"]) == ["会談", "首脳"]
    (row,) = [line.split() for path in (tmp_path / "tasks").glob("*.txt")
              for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(row) == 10 and int(row[7]) == 2
    assert int(row[8]) == len(pickle.dumps(["会談", "首脳"], pickle.HIGHEST_PROTOCOL)) == int(row[9])
