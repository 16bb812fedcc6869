"""core.progress.run_each: the one loop long work runs through (progress, cancel, streams)."""

from __future__ import annotations

from core.progress import run_each


def test_every_item_is_stepped_with_progress_before_each_and_a_final_report():
    seen, reports = [], []
    cancelled = run_each(["a", "b", "c"], seen.append, lambda *r: reports.append(r), None)
    assert not cancelled and seen == ["a", "b", "c"]
    assert reports == [(0, 3, "a"), (1, 3, "b"), (2, 3, "c"), (3, 3, "")]


def test_cancel_stops_before_the_next_item_and_makes_no_final_report():
    seen, reports = [], []
    cancelled = run_each(range(10), seen.append, lambda *r: reports.append(r), lambda: len(seen) >= 4)
    assert cancelled and seen == [0, 1, 2, 3]
    assert reports[-1] == (3, 10, "3")


def test_a_stream_is_read_one_item_at_a_time_with_the_total_given():
    pulled = []

    def stream():
        for n in range(7):
            pulled.append(n)
            yield n

    reports = []
    steps_saw = []
    run_each(stream(), lambda n: steps_saw.append(len(pulled)), lambda *r: reports.append(r), None,
             every=3, total=0, label=lambda n: f"row {n}")
    assert steps_saw == [1, 2, 3, 4, 5, 6, 7]  # never read ahead of the step
    assert reports == [(0, 0, "row 0"), (3, 0, "row 3"), (6, 0, "row 6"), (7, 7, "")]


def test_no_callbacks_and_no_items():
    assert run_each([], lambda _x: None, None, None) is False
    reports = []
    assert run_each([], lambda _x: None, lambda *r: reports.append(r), lambda: False) is False
    assert reports == [(0, 0, "")]
