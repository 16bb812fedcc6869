"""A reported claim's holder is never a name written only inside the claim's own words (core.claims.inside)."""

from tests.core.claim_helpers import candidates, holder_of

# Wikinews: the New Zealand National Party leader's admissions, the second told in a sentence opening on また
SECT = ("ニュースサイト「スタッフ」によると、9日、ブラッシュ党首は、何度かこの教団のメンバーと会ったことを認めた。"
        "また、この教団が、国民党の政敵、労働党と緑の党を攻撃するパンフレットを出版する意図を知っていたと認めた。")
# Wikinews: an outlet's figures, the second sentence's teller carried from the first
TOLL = ("ロイターは、パキスタンでの死者を、イスラマバードで3人、カシミールのパキスタン統治区域で25人、"
        "北西辺境州のハザラ地域でおよそ30人と伝えている。"
        "また、カシミールのインド統治地域では少なくとも16人、アフガニスタンで1人の死者があったと報じている。")


def _claim(text, words):
    return next(c for c in candidates(text) if words in c.text)


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
