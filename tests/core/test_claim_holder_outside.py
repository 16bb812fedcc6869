"""A reported claim's holder is never a name written only inside the claim's own words (core.claims.inside)."""

from tests.core.claim_helpers import claim_with as _claim, holder_of

# Wikinews: the New Zealand National Party leader's admissions, the second told in a sentence opening on また
SECT = ("ニュースサイト「スタッフ」によると、9日、ブラッシュ党首は、何度かこの教団のメンバーと会ったことを認めた。"
        "また、この教団が、国民党の政敵、労働党と緑の党を攻撃するパンフレットを出版する意図を知っていたと認めた。")
# Wikinews: an outlet's figures, the second sentence's teller carried from the first
TOLL = ("ロイターは、パキスタンでの死者を、イスラマバードで3人、カシミールのパキスタン統治区域で25人、"
        "北西辺境州のハザラ地域でおよそ30人と伝えている。"
        "また、カシミールのインド統治地域では少なくとも16人、アフガニスタンで1人の死者があったと報じている。")


def test_the_matter_of_an_admission_is_not_who_admits_it():
    claim = _claim(SECT, "パンフレット")
    assert claim.attribution == "indirect"
    assert holder_of(claim) == holder_of(_claim(SECT, "メンバーと会った"))
    assert "ブラッシュ" in holder_of(claim)


def test_the_dead_an_outlet_counts_do_not_report_them():
    claim = _claim(TOLL, "1人の死者")
    assert holder_of(claim) == "ロイター"


def test_a_sentence_opening_on_no_connective_keeps_the_speaker_its_span_holds():
    # a span read from the sentence's first word holds its speaker: no claim before takes it over
    text = ("イラク独立選挙管理委員会のアデル・アラミ委員長は、いくつかの州での投票結果が偏っていると述べた。"
            "匿名を条件にBBCの取材に応じたある関係者は、投票率と結果の両方が関心を呼んでいると語った。")
    claim = _claim(text, "関心を呼んで")
    assert "アラミ" not in (holder_of(claim) or "")


def test_a_body_named_only_inside_a_quote_is_not_its_speaker():
    # Wikinews: the Asian Football Confederation's official on a qualifier, and a witness's statement to the police;
    # in the articles the quote's holder was read as the body or the suspect it names
    from core.claims.inside import holders_outside
    from core.claims.candidate import Candidate
    from core.model import Mention
    text = "その上でジヤブ常任理事は「アジア連盟としては予選が適切に行われた」と話している。"
    start, end = text.index("「"), text.index("」") + 1
    named = Mention(start + 1, start + 6, "アジア連盟", "ORG", "found:ORG:アジア連盟")
    quote = Candidate(start, end, text[start:end], "話している", "direct", named.entity_id, "アジア連盟")
    [held] = holders_outside(text, [quote], [named])
    assert (held.holder_entity_id, held.holder_text) == (None, "ジヤブ常任理事")
    text = ("今年5月に覚せい剤取締法違反(所持)容疑で逮捕された都内在住の無職女性(26)が「夏田容疑者から覚醒剤を受け取った」"
            "と供述したため、池袋署が21日に家宅捜索を行った。")
    start, end = text.index("「"), text.index("」") + 1
    suspect = Mention(start + 1, start + 3, "夏田", "PERSON", "found:PERSON:夏田昌和")
    quote = Candidate(start, end, text[start:end], "供述したため", "direct", suspect.entity_id, "夏田昌和")
    [held] = holders_outside(text, [quote], [suspect])
    assert held.holder_text == "無職女性"


def test_a_quote_naming_its_speaker_before_it_keeps_them():
    from core.claims.inside import holders_outside
    from core.claims.candidate import Candidate
    from core.model import Mention
    text = "ジヤブ常任理事は「アジア連盟としては予選が適切に行われた」と話している。"
    start, end = text.index("「"), text.index("」") + 1
    person = Mention(0, 3, "ジヤブ", "PERSON", "found:PERSON:ジヤブ")
    quote = Candidate(start, end, text[start:end], "話している", "direct", person.entity_id, "ジヤブ")
    assert holders_outside(text, [quote], [person]) == [quote]
