"""bench/meeting_steps.py: where each gold meeting stops, the last step split by its date."""

import json
from pathlib import Path

from bench.meeting_steps import STEPS, meeting_steps
from core.meeting_evaluation import evaluate_meetings
from tests.shared_data import SHARED, require

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "meetings_gold" / "meetings.json"


def test_a_meeting_is_right_at_the_last_step_only_with_its_date_right_as_the_evaluation_counts_it():
    seeds = require(SHARED / "seeds")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    lines: list[str] = []
    counts = meeting_steps(gold, seeds, lines)
    assert sum(counts.values()) == len(gold["meetings"])
    # the meetings the evaluation finds right are the last step's, no more
    found = evaluate_meetings(gold, seeds)["found with the right participants and date"]
    assert counts["proposed, sides and date right"] == found
    # every meeting short of it is told in the details, those with their sides right and their date not too
    assert len(lines) == len(gold["meetings"]) - found
    dated_wrong = [line for line in lines if line.startswith("proposed, sides right, date wrong or missing")]
    assert len(dated_wrong) == counts["proposed, sides right, date wrong or missing"]
    assert STEPS[-2:] == ("proposed, sides right, date wrong or missing", "proposed, sides and date right")
