"""The holder among several names, read by the grammatical role each has in the clause the speech verb closes: the
suspect who admits or denies a charge, the noun a describing clause qualifies (not the name inside that clause), the
people set off as the が-subject before a setting, and a role written with its time (現・親方). Sentences of the kind
crime, sports and local news are written in."""

from tests.core.claim_helpers import candidates, claim_cued as _claim, holder_of


def test_a_charge_admitted_is_the_suspects_over_a_later_clauses_topic():
    body = ("読売新聞によると、亀山容疑者は、2007年8月に被害者の少女と知り合い、数回に亘り実際に会った後、2009年5月頃に"
            "「久しぶりに会いたい」と手紙を送ったものの、少女の母親はこれを断っており、「会えないので、脅迫文を置いた」と、"
            "容疑を認めている。")
    assert "亀山" in holder_of(_claim(body, "認めている"))


def test_a_charge_denied_after_the_police_is_the_suspects():
    body = ("大阪府警によると、山田太郎容疑者は12日夜、路上で男性を殴った疑いが持たれている。\n"
            "府警捜査一課は、「殴ったことはない」と容疑を否認していると説明した。")
    claim = [c for c in candidates(body) if c.text == "「殴ったことはない」"][0]
    assert "山田" in holder_of(claim)


def test_a_suspect_the_rules_read_keeps_the_charge():
    body = "朝日新聞によると、壱崎容疑者は、「自分1人でやった」と容疑を認めている。"
    assert holder_of(_claim(body, "認めている")) == "壱崎"


def test_the_noun_a_clause_describes_holds_not_the_name_inside_it():
    body = ("また手島さんが経営していたうどん店近くの建具店のオーナーも「1週間くらい前までは自転車に乗ってきて、"
            "頑張っているなぁと思ったばかりだった」と絶句したという。")
    assert holder_of(_claim(body, "絶句した")) == "建具店のオーナー"
    body = "田中さんが勤めていた会社の同僚も「まじめで優しい人だった」と話した。"
    assert holder_of(_claim(body, "話した")) == "会社の同僚"
    body = "山本容疑者が住んでいたアパートの住民は「挨拶もしない人だった」と話している。"
    assert holder_of(_claim(body, "話している")) == "アパートの住民"


def test_a_name_qualifying_the_speaker_directly_still_holds():
    body = "米国のトランプ大統領は「貿易赤字は受け入れられない」と述べた。"
    assert "トランプ" in holder_of(_claim(body, "述べた"))


def test_people_set_off_as_the_subject_before_a_setting_hold_the_quote():
    body = ("国土交通省は、福岡航空交通管制部の管制官が、職場体験中の中学生2人に無線交信させていたと発表した。\n"
            "ところが、同日午後になって、当該の中学生が、同管制部の庁舎内で行われた体験学習の報告会で、"
            "「口外しないよう言われたが、嬉しかったので、もう一度お礼が言いたい」と話し、経緯が明らかになった。")
    assert holder_of(_claim(body, "話し")) == "中学生"


def test_a_later_topic_after_the_comma_subject_holds_instead():
    body = ("市教育委員会は、教諭が体罰をしていたと発表した。\n"
            "その後、被害を受けた生徒の保護者が、学校に抗議したが、校長は「指導の一環だった」と話した。")
    assert holder_of(_claim(body, "話した")) != "保護者"


def test_a_role_written_with_its_time_holds_what_follows():
    body = ("日本相撲協会の武蔵川理事長は会見で「師匠に3人の解雇処分を通告しました」と話した。\n"
            "また現・時津風親方も「協会や相撲ファンの皆さんにご心配をおかけしたことをお詫びします」と謝罪した。")
    assert holder_of(_claim(body, "謝罪した")) == "時津風親方"
