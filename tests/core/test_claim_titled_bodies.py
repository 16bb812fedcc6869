"""A country or body written with an office and no name holds as the titled person (パキスタン外務大臣), a name written
before the country and office as that person; a seat the registry knows is still read as its holder."""

from tests.core.claim_helpers import candidates, candidates_on, holder_of


def _holders(text):
    return [(holder_of(c), c.holder_entity_id) for c in candidates(text)]


def test_an_office_after_a_country_or_body_is_the_person_in_it():
    # Wikinews, outside the gold: the minister and the spokesman of a country the registry seats no one for
    text = "パキスタン外務大臣は「衝撃を受けた」と述べ、「遺された夫と子息に哀悼の意を表したい」と述べた。"
    assert _holders(text) == [("パキスタン外務大臣", None), ("パキスタン外務大臣", None)]
    assert _holders("パキスタン内務省報道官は「テロリストは選挙を妨害しようとしている」と述べた。") == [
        ("パキスタン内務省報道官", None)]
    assert _holders("北朝鮮外務省報道官は「敵視政策だ」と非難した。") == [("北朝鮮外務省報道官", None)]


def test_a_name_before_the_country_and_office_speaks():
    text = ("AP通信によると、地元警察のほか、ミッチェル・ライス米北アイルランド特使が、暴動に責任があると"
            "プロテスタント系住民指導者を非難している。")
    assert [holder_of(c) for c in candidates(text)] == ["ミッチェル・ライス"]


def test_a_seat_the_registry_knows_a_named_spokesman_and_a_team_stay_as_read():
    [c] = candidates_on("米国務長官は「北朝鮮との対話を続ける」と述べた。", "2019-06-01")
    assert c.holder_entity_id == "person:mike-pompeo"
    assert [holder_of(c) for c in candidates("米国務省のプライス報道官は「深く憂慮している」と述べた。")] == ["プライス"]
    assert _holders("日本代表は「全力を尽くす」と語った。") == [("日本", "country:JP")]  # the national team


def test_an_office_after_a_body_and_its_no():
    # Wikinews, outside the gold: the spokesman or member of a body, written with の
    assert [holder_of(c) for c in candidates("他の自民党の議員は、「あえて私人としての参拝を明確にしない首相の責任は重い」"
                                             "と述べた。")] == ["他の自民党の議員"]
    assert _holders("中国外務省の報道官は「断固反対する」と述べた。") == [("中国外務省の報道官", None)]
    # a person named by the readers keeps the name: the title adds nothing
    assert [holder_of(c) for c in candidates("田中外相は「遺憾だ」と述べた。")] == ["田中眞紀子"]


def test_a_country_and_office_stand_for_the_person_the_article_named_with_them():
    # the title alone in a later sentence is whoever the article named with it, written before or after the name
    # or as the country's person with the office (the registry seats nobody: no day is given)
    for named in ("ナイジェリア大統領ムハンマド・ブハリ", "ブハリ・ナイジェリア大統領", "ナイジェリアのブハリ大統領"):
        text = f"{named}は9日、首都で演説した。ナイジェリア大統領は「選挙は公正に行われる」と述べた。"
        assert [holder_of(c) for c in candidates(text)] == [holder_of(candidates(f"{named}は「公正だ」と述べた。")[0])]


def test_a_former_holder_of_the_office_is_not_the_one_who_holds_it():
    text = "ジョナサン前ナイジェリア大統領は9日、首都で演説した。ナイジェリア大統領は「選挙は公正に行われる」と述べた。"
    assert _holders(text)[-1] == ("ナイジェリア大統領", None)
    text = "ナイジェリア大統領ブハリは9日、演説した。ナイジェリア外務大臣は「協議を続ける」と述べた。"
    assert _holders(text)[-1] == ("ナイジェリア外務大臣", None)  # another office: nobody named with it


def test_an_office_after_a_body_named_in_katakana_or_latin_letters():
    # a body whose name ends in no kanji of a body (ハマス, NATO, ユニセフ): the readers kept its name alone as words;
    # the spokesperson speaks, as 中国外務省の報道官 does
    assert _holders("ハマスの報道官は「停戦には応じない」と語った。") == [("ハマスの報道官", None)]
    assert _holders("NATOの報道官は「加盟国の防衛に全力を尽くす」と述べた。") == [("NATOの報道官", None)]
    assert _holders("ユニセフの報道官は、子どもたちが危険にさらされていると述べた。") == [("ユニセフの報道官", None)]
    # the body speaking for itself, and a spokesperson named, keep what the readers read
    assert _holders("ハマスは「停戦には応じない」と表明した。") == [("ハマス", "org:hamas")]
    assert [holder_of(c) for c in candidates("NATOのストルテンベルグ事務総長は「結束している」と述べた。")] == ["ストルテンベルグ"]
