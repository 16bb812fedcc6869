"""The holder among several names, read by the grammatical role each has in the clause the speech verb closes: the
suspect who admits or denies a charge, the noun a describing clause qualifies (not the name inside that clause), the
people set off as the が-subject before a setting, and a role written with its time (現・親方). Sentences of the kind
crime, sports and local news are written in."""

from tests.core.claim_helpers import candidates, holder_of


def _claim(body, cue):
    [claim] = [c for c in candidates(body) if c.cue == cue]
    return claim


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
