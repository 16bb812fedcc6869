"""A page that repeats one line over and over keeps it as text: one caption at most restates the lead."""

from pathlib import Path

from tests.shared_data import require
from core.cleaning.dump import clean_dump

LIVEDOOR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "livedoor" / "text"


def _a_real_line() -> str:
    require(LIVEDOOR, "the livedoor corpus")
    path = sorted(LIVEDOOR.glob("topic-news/topic-news-*.txt"))[0]
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()[3:]
             if len(line) >= 40 and line.endswith("。") and "http" not in line]
    return lines[0]


def test_a_line_repeated_a_thousand_times_is_text_not_a_thousand_captions():
    line = _a_real_line()
    article = clean_dump("米中首脳が会談\n2024年5月1日\n\n" + "\n".join([line] * 1000) + "\n")
    assert len(article.captions) <= 1
    assert article.body.count(line) >= 999


def test_a_caption_restating_the_lead_is_still_a_caption():
    line = _a_real_line()
    lead = line + "この点について関係者は詳しい説明を避けた。"
    article = clean_dump("米中首脳が会談\n2024年5月1日\n\n" + line + "\n" + lead + "\n次の段落が続く。ここにも文がある。\n")
    assert article.captions == [line]
    assert article.body.startswith(lead)
