"""The five real page dumps must become what their gold says."""

import json
from datetime import datetime
from pathlib import Path

import pytest

from core.cleaning.dump import clean_dump

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD_FILE = SHARED / "gold" / "seed-cleaning.json"
if not GOLD_FILE.exists():
    pytest.fail("shared seeds are not next to the project", pytrace=False)
GOLD = json.loads(GOLD_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=sorted(GOLD))
def seed(request):
    name = request.param
    raw = (SHARED / "seeds" / name).read_text(encoding="utf-8")
    return GOLD[name], clean_dump(raw), raw


def test_body_paragraphs_exactly(seed):
    gold, result, _ = seed
    assert result.paragraphs == gold["body_paragraphs"]


def test_title(seed):
    gold, result, _ = seed
    assert result.title == gold["title"]


def test_published_instant(seed):
    gold, result, _ = seed
    if gold["published"] is None:
        assert result.published is None
    else:
        assert datetime.fromisoformat(result.published) == datetime.fromisoformat(gold["published"])
        assert result.published_text == gold["published_text"]


def test_authors_and_dateline(seed):
    gold, result, _ = seed
    assert set(result.authors) == set(gold["authors"])
    assert result.dateline == gold["dateline"]


def test_captions_are_metadata_not_body(seed):
    gold, result, _ = seed
    assert set(result.captions) == set(gold["photo_captions"])
    assert not set(result.captions) & set(result.paragraphs)


def test_body_lines_point_at_raw_lines(seed):
    _, result, raw = seed
    lines = raw.split("\n")
    assert [lines[n - 1] for n in result.body_lines] == result.paragraphs
    assert len(result.line_labels) == len(lines)


def test_dropped_lines_match_gold_reasons(seed):
    gold, result, raw = seed
    for span in gold["line_labels"]:
        if span["label"] != "drop":
            continue
        for number in range(span["lines"][0], span["lines"][1] + 1):
            assert result.line_labels[number - 1] in ("drop", "blank"), (number, span)


def test_wire_source_and_outlet():
    raw = (SHARED / "seeds" / "000_55f3fb43f71b764a.txt").read_text(encoding="utf-8")
    result = clean_dump(raw)
    assert result.source_agency == "ロイター"
    assert result.outlet == "ニューズウィーク日本版"
    raw = (SHARED / "seeds" / "002_375588a7e3fcd12b.txt").read_text(encoding="utf-8")
    assert clean_dump(raw).outlet == "日本経済新聞"


def test_override_forces_a_line_in_and_out():
    raw = (SHARED / "seeds" / "000_55f3fb43f71b764a.txt").read_text(encoding="utf-8")
    result = clean_dump(raw, overrides={36: "body", 12: "drop"})
    assert "ロイター" in result.paragraphs
    assert not any(p.startswith("[クアラルンプール") for p in result.paragraphs)
    assert result.line_labels[35] == "body" and result.line_labels[11] == "drop"
