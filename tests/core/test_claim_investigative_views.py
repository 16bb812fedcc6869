"""A body's view it acts on in an inquiry (県警は…可能性があると見て調べている, 警視庁は…と見て捜査している, 同府警は…と見て
追及する方針) is its claim, as a view it holds (…と見ている) already is; a view that only leads to a move (…手薄と見て攻撃に
出た) is none."""

from tests.core.claim_helpers import candidates, holder_of


def _viewed(sentence: str, cue: str = "見て") -> list[tuple[str, str | None]]:
    return [(c.text, holder_of(c)) for c in candidates(sentence) if c.cue.startswith(cue)]


def test_a_view_an_inquiry_acts_on_is_the_investigating_bodys_claim():
    assert _viewed("長野県警は、小型機が山の斜面に接触して墜落した可能性があると見て調べている。") == [
        ("小型機が山の斜面に接触して墜落した可能性がある", "長野県警")]
    assert _viewed("警視庁は、何者かが男性を連れ去ったと見て、捜査を続けている。") == [("何者かが男性を連れ去った", "警視庁")]
    assert _viewed("大阪府警は、容疑者が密売組織の一員と見て追及する方針だ。") == [("容疑者が密売組織の一員", "大阪府警")]


def test_a_view_that_only_leads_to_a_move_is_no_claim():
    assert _viewed("主将は相手の守備が手薄と見て攻撃に出た。") == []
    assert _viewed("投資家は好機と見て株を買い増した。") == []
    assert _viewed("2位の選手は先頭の足が止まったと見て追い上げた。") == []
    assert _viewed("騎手は前が空いたと見て追い込みをかけた。") == []


def test_a_view_written_in_kana_is_read_as_one_written_in_kanji():
    assert _viewed("千葉県警は、男性が事件に巻き込まれた可能性があるとみて調べている。", "みて") == [
        ("男性が事件に巻き込まれた可能性がある", "千葉県警")]
    assert _viewed("大阪府警は、強盗殺人事件とみて捜査している。", "みて") == [("強盗殺人事件", "大阪府警")]
    assert _viewed("騎手は前が空いたとみて追い込みをかけた。", "みて") == []
