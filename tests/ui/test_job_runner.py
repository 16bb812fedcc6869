"""The window's one job runner: progress and Cancel while a job runs, its end announced once it is gone."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMainWindow, QMessageBox

from core.progress import run_each
from core.team.merge import merge_libraries
from ui.jobs.runner import JobRunner
from ui.jobs.workers import JobWorker


def gated_count(items, gate: threading.Event, progress=None, cancelled=None):
    """Counts items, each step waiting for the gate: the test decides when work goes on."""
    seen = []

    def step(item):
        gate.wait(10)
        seen.append(item)

    return seen, run_each(items, step, progress, cancelled)


def refuse(progress=None, cancelled=None):
    raise ValueError("<b>row 3</b> is not an article")


def runner_in(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    return window, JobRunner("Counting", window, window.statusBar(), window=window)


def test_progress_shows_while_running_and_the_result_comes_once_the_worker_is_gone(qtbot):
    window, runner = runner_in(qtbot)
    gate = threading.Event()
    seen_running = []
    runner.finished.connect(lambda _result: seen_running.append(runner.is_running()))
    with qtbot.waitSignal(runner.finished, timeout=10000) as blocker:
        assert runner.start(JobWorker(gated_count, list(range(5)), gate), "Counting…")
        assert runner.progress_bar.isVisibleTo(window) and runner.cancel_button.isVisibleTo(window)
        assert not runner.start(JobWorker(gated_count, [1], gate))  # one job at a time
        gate.set()
    assert blocker.args[0] == ([0, 1, 2, 3, 4], False)
    assert seen_running == [False]
    assert not runner.progress_bar.isVisibleTo(window)
    assert runner.progress_bar.format() == "5 / 5"


def test_cancel_stops_the_job_at_its_next_step(qtbot):
    window, runner = runner_in(qtbot)
    gate = threading.Event()
    with qtbot.waitSignal(runner.finished, timeout=10000) as blocker:
        runner.start(JobWorker(gated_count, list(range(100)), gate))
        assert runner.cancel()
        assert not runner.cancel_button.isEnabled()
        gate.set()
    seen, cancelled = blocker.args[0]
    assert cancelled and len(seen) < 100
    assert runner.cancel_button.isEnabled() and not runner.cancel()  # nothing left to cancel


def test_an_error_is_said_in_plain_text_and_failed_comes_after_the_worker(qtbot):
    window, runner = runner_in(qtbot)
    with qtbot.waitSignal(runner.failed, timeout=10000) as blocker:
        runner.start(JobWorker(refuse))
    assert blocker.args[0] == "ValueError: <b>row 3</b> is not an article"
    assert not runner.is_running()
    box = runner.error_box
    assert box.windowTitle() == "Counting failed" and box.icon() == QMessageBox.Critical
    assert box.textFormat() == box.textFormat().PlainText and "<b>row 3</b>" in box.text()
    assert window.statusBar().currentMessage().startswith("Counting failed: ValueError")
    box.close()


def test_a_team_merge_runs_on_the_runner_and_names_a_bad_library(qtbot, tmp_path):
    window, runner = runner_in(qtbot)
    bad = tmp_path / "not_a_library.db"
    bad.write_bytes(b"this is not SQLite" * 100)
    with qtbot.waitSignal(runner.finished, timeout=30000) as blocker:
        runner.start(JobWorker(merge_libraries, [str(bad)], str(tmp_path / "team.db")))
    report = blocker.args[0]
    assert [source for source, _reason in report.failed] == [str(bad)]
    assert not report.cancelled
