"""The holder the sentence rules read, a person written shorter than their full name (岡部氏は for 岡部幸雄, ラージャパクサ
首相は), stands against the clause reader's subject of an earlier clause: the speaker is the sentence's own, not
carried from before (Japanese Wikinews, CC BY 2.5; core.claims.from_clauses)."""

from tests.core.claim_helpers import candidates, holder_of


def test_the_later_topic_written_by_surname_holds_the_quote_not_the_first_topic():
    text = ("騎手の岡部幸雄氏が優勝した。\n"
            "今回の浜競馬には宮古馬が8頭が出場しているが、宮古馬は飼養頭数の減少によって保存事業で頭数を確保している"
            "状態であり、岡部氏は「この浜競馬など活用する良い場所や人もそろっている」と語った。")
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) == "岡部幸雄"


def test_a_body_of_the_person_named_by_surname_still_holds_its_own_quote():
    # 村田さんの所属事務所は: someone of theirs speaks, not the person written shorter
    text = ("お笑い芸人の村田渚さんが死去した。\n"
            "村田さんの所属事務所は、「村田さんが11月10日に亡くなりました」と説明した。")
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) != "村田渚"


def test_a_shorter_writing_counts_as_the_topic_only_with_a_title_not_a_clause():
    # 岡部氏は, 岡部さんは, ラビンCEOは write the person as the topic; 岡部が育てた馬は tells of a horse
    from core.claims.from_clauses import _written

    def topic(sentence, name):
        return _written(sentence, name, 0, len(sentence), True)

    assert topic("岡部氏は「良い」と語った。", "岡部幸雄") and topic("岡部さんは「良い」と語った。", "岡部幸雄")
    assert topic("ラビンCEOは「責任を負う」と強調した。", "シェルダン・ラビン")
    assert not topic("岡部が育てた馬は強く、調教師は「良い」と語った。", "岡部幸雄")
    assert not topic("ブッシュを支持する団体は「当然だ」と述べた。", "ジョージ・ブッシュ")
