"""Holders and spans of claims the clause reader reads, on sentences of Japanese Wikinews (CC BY 2.5;
articles outside every gold draw) and of the claims gold's development part: a source is not the
holder (AによるとBは…), a place written as a setting is not, a person speaks rather than their
country, a name inside another quote never holds, quotes told as a statement are claims."""

from tests.core.claim_helpers import candidates, holder_of


def test_the_source_tells_what_the_people_named_after_it_hold():
    text = ("毎日新聞によると、原告らは「年寄りは早く死ねという今日の判決は、国による完全な棄民政策だ」、"
            "「権利侵害を救済すべき司法の責務を放棄するもの」などと判決を厳しく批判しており、控訴する方針である。")
    found = candidates(text)
    assert [c.text[:6] for c in found] == ["「年寄りは早", "「権利侵害を"]
    assert all(holder_of(c) == "原告ら" and [v["text"] for v in c.via] == ["毎日新聞"] for c in found)


def test_a_place_written_as_a_setting_does_not_hold():
    text = "また、朝日新聞によれば、東京都では、26日、東京大学教授らのグループが、記者会見を行い、改正に反対する声明を発表した。"
    [c] = candidates(text)
    assert c.text == "改正" and holder_of(c) == "東京大学教授らのグループ"


def test_what_was_done_is_the_claim_of_the_one_protesting_it():
    [c] = candidates("組合は、組合からの要求が政府によって考慮されていないことに抗議している。")
    assert c.text == "組合からの要求が政府によって考慮されていない" and holder_of(c) == "組合"
    [d] = candidates("日本政府は、中国海警局の船が領海に侵入したことに抗議した。")
    assert d.text == "中国海警局の船が領海に侵入した"


def test_where_it_was_said_is_not_what_was_said():
    text = "BBCによれば、バイニマラマ司令官は、この会見で、バイニマラマ司令官を排除しようとしたガラセ首相が、軍との間に緊張を生み出したと述べた。"
    [c] = candidates(text)
    assert c.text.startswith("バイニマラマ司令官を排除") and holder_of(c) == "バイニマラマ"


def test_a_quote_told_as_a_statement_and_its_speaker_not_their_country():
    text = "アメリカ合衆国のジョージ・ブッシュ大統領は5日、テキサス州で「イラクの民主主義にとって大きな成果だ」とする声明を明らかにした。"
    [c] = candidates(text)
    assert c.text == "「イラクの民主主義にとって大きな成果だ」" and c.attribution == "direct"
    assert holder_of(c) == "ブッシュ"  # George W. Bush, a known person, under the name the registry gives him


def test_a_name_inside_another_quote_never_holds():
    text = ("15日、石原都知事は会見で、「言語が残念な気がする」と説明した。\n"
            "また、「フランス語のやっかいさは阻害要因になっている。\n東京都が設立した首都大学東京で、フランス語の受講者はいなかった」"
            "「批判が当たっているか当たっていないか真摯に考えるべきではないか」と反論した。")
    found = candidates(text)
    assert len(found) == 3 and all(holder_of(c).startswith("石原") for c in found)


def test_a_judgement_told_with_to_miru():
    [c] = candidates("毎日新聞によると安倍氏陣営の幹部は「批判票ではないか」とみている。")
    assert c.text == "「批判票ではないか」" and holder_of(c) == "安倍氏陣営の幹部"


def test_a_reported_clause_after_the_quotes_of_its_sentence():
    text = ("大統領は「北朝鮮が拉致を許したことは国家として信じがたいことだ」「北朝鮮が国際社会から尊敬されたいなら人権を尊重するべき」"
            "と述べ、拉致問題への協力と働きかけを強めたいとした。")
    found = candidates(text)
    assert [c.attribution for c in found] == ["direct", "direct", "indirect"]
    assert found[-1].text == "拉致問題への協力と働きかけを強めたい" and found[-1].cue == "した"


def test_a_source_told_as_someone_elses_word_is_no_claim():
    text = "ロイター通信の話として朝日新聞が報じたところによると、ポルトープランス周辺では多くの建物が倒壊し、多数の死傷者が出ている模様である。"
    assert not any(c.text == "ロイター通信の話" for c in candidates(text))


def test_two_reports_in_one_sentence_and_a_title_alone_holds_nothing():
    text = "両紙によれば、新首相は、欧州連合(EU)や、北大西洋条約機構(NATO)への加盟を早期に実現させたいと語り、セルビアとの友好関係も保っていきたいとの考えを示した。"
    found = candidates(text)
    assert [c.text for c in found] == ["欧州連合(EU)や、北大西洋条約機構(NATO)への加盟を早期に実現させたい",
                                       "セルビアとの友好関係も保っていきたい"]
    assert all(c.holder_text != "新首相" for c in found)  # a title stands for someone named before, or nobody


def test_a_foreign_name_no_entity_knows_holds_after_its_office():
    text = ("デイトン合意を実現させたアメリカ合衆国の外交官リチャード・ホルブルック(RichardHolbrooke)はBBCに対して、"
            "カラジッチを「世界最悪の人物の一人、ヨーロッパのビンラディン」と呼び、「カラジッチ被告なくして虐殺は成り立たなかった」と話し、"
            "その逮捕を歓迎した。")
    quoted = [c for c in candidates(text) if c.text.startswith("「カラジッチ被告")]
    assert quoted and holder_of(quoted[0]) == "リチャード・ホルブルック"


def test_the_holder_named_after_a_reported_clause_with_its_long_office():
    text = "爆発は、今週発足した新政府に対するメッセージである、とヨセフ・サルキス・レバノン観光相は語った。"
    [c] = candidates(text)
    assert c.text == "爆発は、今週発足した新政府に対するメッセージである" and holder_of(c) == "ヨセフ・サルキス"


def test_a_matter_spoken_of_with_ni_tsuite():
    found = candidates("IRINなどによれば、報告書は反対派の責任についても言及している。")
    assert [c.text for c in found] == ["反対派の責任"]
    assert not candidates("報告書は反対派の責任について言及していない。")
