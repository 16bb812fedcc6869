"""A holder carried over from the claim before follows the holder the later readers find for that claim
(core.claims.carried_holders)."""

from core.claims.candidate import Candidate
from core.claims.carried_holders import carried_corrections, holders_of
from tests.core.claim_helpers import holder_of_the


def test_the_speaker_an_outlet_reports_goes_on_not_the_outlet():
    body = ("毎日新聞は、Jリーグ・鬼武健二チェアマンは会見で「会場が危険だという印象を与えてしまった」と話したことを伝えた。\n"
            "また、日刊スポーツによれば、「2度とこのような事態が起こらないように指導を徹底させたい」とも話している。")
    assert holder_of_the(body, "「会場が危険だという印象を与えてしまった」") == "鬼武健二"
    assert holder_of_the(body, "「2度とこのような事態が起こらないように指導を徹底させたい」") == "鬼武健二"


def test_a_claim_naming_its_own_holder_keeps_it():
    body = ("毎日新聞は、Jリーグ・鬼武健二チェアマンは会見で「会場が危険だという印象を与えてしまった」と話したことを伝えた。\n"
            "日本サッカー協会は「指導を徹底させたい」と話している。")
    assert holder_of_the(body, "「指導を徹底させたい」") == "日本サッカー協会"


def test_a_person_read_again_as_a_country_does_not_carry_on():
    body = "杉山氏は「前のピーターは単なるイジメられっ子だった」と分析。\nまた、「スパイダーマンは痩せっぽち」と解説した。"
    first, then = body.index("「前"), body.index("「ス")
    claims = [Candidate(first, body.index("」", first) + 1, "", "分析", "direct", "found:PERSON:杉山", "杉山", [], 0.9),
              Candidate(then, body.index("」", then) + 1, "", "解説した", "direct", "found:PERSON:杉山", "杉山", [], 0.75)]
    read = holders_of(claims)
    claims[0].holder_entity_id, claims[0].holder_text = "country:JP", "日本"  # a later reader's mistake
    assert carried_corrections(body, [], read, claims)[1].holder_text == "杉山"
    claims[0].holder_entity_id, claims[0].holder_text = "found:PERSON:杉山すぴ豊", "杉山すぴ豊"  # its full name
    assert carried_corrections(body, [], read, claims)[1].holder_text == "杉山すぴ豊"


def test_a_long_run_of_carried_claims_indexes_the_mentions_once():
    # 「…」と話した。「…」と話した。… each sentence going on with the speaker before: the corrected speaker is carried
    # through them all, and the article's mentions are indexed once for them, not once for each (work counted)
    from core.model import Mention
    from tests.reliability.counting import READS, counted_mentions

    said = "".join(f"「発言{n}」と話した。" for n in range(200))
    body = "毎日新聞は、鬼武健二チェアマンは「危険だ」と話したと伝えた。" + said
    mentions = counted_mentions([Mention(6, 10, "鬼武健二", "PERSON", "found:PERSON:鬼武健二")]
                                + [Mention(i, i + 2, "東京", "GPE", "country:JP") for i in range(len(body) - 2)])
    quotes = [i for i, letter in enumerate(body) if letter == "「"]
    claims = [Candidate(q, body.index("」", q) + 1, "", "話した", "direct", "org:mainichi", "毎日新聞", [],
                        0.9 if n == 0 else 0.75) for n, q in enumerate(quotes)]
    read = holders_of(claims)
    claims[0].holder_entity_id, claims[0].holder_text = "found:PERSON:鬼武健二", "鬼武健二"  # the clause reader's
    READS[0] = 0
    out = carried_corrections(body, mentions, read, claims)
    assert [c.holder_text for c in out] == ["鬼武健二"] * len(quotes)
    assert READS[0] <= 3 * len(mentions), (READS[0], len(mentions))
