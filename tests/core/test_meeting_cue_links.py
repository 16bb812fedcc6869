"""A cue after a meeting with no meeting after it in its sentence (…首脳会談に向けて論点整理した) ties the meeting told
in the sentence just before; one told further back is no longer what the sentence speaks of. An agreement signed as
the result of talks (交渉の結果…締結された) is part of them (real articles)."""

import json
from pathlib import Path

from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry
from core.dates import reference_date
from tests.shared_data import SHARED, livedoor_text, require

REGISTRY = bundled_registry()
CLAIMS_GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "wikinews_gold" / "claims.jsonl"


def links_of(body: str, published: str) -> list[tuple[str, str, str]]:
    """(first meeting's word, relation, second meeting's word) of each link the article's plan reads."""
    plan = plan_meetings(body, detect(body, REGISTRY, reference_date(published, None)), published, None, REGISTRY)
    return sorted((a.mentions[0].text, relation, b.mentions[0].text) for a, b, relation, _ in plan.links)


def test_a_meeting_told_thirteen_sentences_before_is_not_what_the_cue_continues():
    # Wikinews, July 2005 (the Asia-Pacific climate pact): ほぼ1年にわたる非公開の交渉の結果。 … 協定の詳細は、11月に
    # 行われる6カ国協議の後、決定される。この協議は気候変動に関する次回の国連サミットの直前に行われる。
    article = next(r for r in map(json.loads, CLAIMS_GOLD.read_text(encoding="utf-8").splitlines())
                   if r["id"] == "wn-00740")
    assert links_of(article["body"], article["reference_date"]) == [("6カ国協議", "precedes", "国連サミット"),
                                                                    ("結", "part_of", "交渉")]


def test_the_meeting_of_the_sentence_just_before_is_what_the_cue_continues():
    # 会談で日米同盟は…と強調した。 / 石破茂首相とトランプ大統領の初の首脳会談に向けて論点整理した。
    body = require(SHARED / "seeds" / "002_375588a7e3fcd12b.txt", "the seed articles").read_text(encoding="utf-8")
    assert any(relation == "prepares" and to == "首脳会談" for _, relation, to in links_of(body, "2025-01-22"))


def test_an_agreement_signed_as_the_result_of_talks_is_part_of_them():
    # livedoor film news: …日本と韓国の間で紛争が勃発し、交渉の結果「日韓大陸棚協定」が締結された。
    lines = livedoor_text("movie-enter/movie-enter-5875131.txt").split("\n")
    assert ("締結", "part_of", "交渉") in links_of("\n".join(lines[3:]), lines[1][:10])
    # what talks came to that is no signing links nothing (livedoor sports: 「話し合いの結果、退団を決意しました」)
    lines = livedoor_text("sports-watch/sports-watch-4736424.txt").split("\n")
    assert links_of("\n".join(lines[3:]), lines[1][:10]) == []
