"""A stated plan whose verb's plain form ends in う after its kanji (…を行うとしている, …を支払うとしていた, …を行なうとした):
the holder's claim, as …調査するとしている; …ようとしている stays "is trying to", no claim."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_plan_told_with_a_verb_in_u_and_toshiteiru_is_its_holders_claim():
    [c] = candidates("経済産業省は、今後2年間、苦情の報告を受けるたびに必要な指導を行うとしている。")
    assert c.text == "今後2年間、苦情の報告を受けるたびに必要な指導を行う" and c.cue.endswith("している")
    assert holder_of(c) == "経済産業省" and c.attribution == "indirect"


def test_other_verbs_in_u_and_other_endings_of_toshite():
    said = {c.text: c for c in candidates("日本銀行は、損失の一部を来年度までに支払うとしていた。")}
    assert "損失の一部を来年度までに支払う" in said
    said = {c.text: c for c in candidates("トヨタ自動車は、被災地の販売店で無償点検を行なうとしたが、時期は示さなかった。")}
    assert "被災地の販売店で無償点検を行なう" in said


def test_trying_to_stays_no_claim():
    assert candidates("経済産業省は、業界の再編を進めようとしている。") == []
    assert candidates("トヨタ自動車は、海外での生産を増やそうとしていた。") == []


def test_a_plan_qualifying_the_noun_after_it_is_no_claim():
    # …払うとしていた賞金: a relative clause naming the reward, told by nobody there; …としている他、 goes on
    assert candidates("アフテンポステンによると、2作品は警察によって発見されたため、オスロ市が情報提供者に払うとしていた"
                      "賞金200万ノルウェー・クローネは支払われていない。") == []
    assert candidates("東京都は、都立の3つの定時制高校が関西方面へ行く予定としていた修学旅行を取りやめる方針を決めた。") == []
    said = candidates("Jリーグは債務超過の状態であればJ3加盟資格を喪失するなどとしている他、スタジアムの基準も設けた。")
    assert [(c.text, holder_of(c)) for c in said] == [("債務超過の状態であればJ3加盟資格を喪失するなど", "Jリーグ")]
