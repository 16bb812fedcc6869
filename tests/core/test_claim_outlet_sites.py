"""A news site named beside a known outlet in brackets is that outlet there (core.nlp.outlet_sites): 47NEWS(共同通信),
毎日jp(毎日新聞), 産経ニュース(産経新聞社), 時事通信(時事ドットコム); not a reporter's byline, a paper of its own, a
common word defined by an acronym, nor the site written bare (texts and citations from Japanese Wikinews, CC BY 2.5)."""

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.claim_helpers import candidates, holder_of


def _ids(text):
    return {m.text: m.entity_id for m in detect(text, bundled_registry(), None)}


def test_the_site_and_its_outlet_in_brackets_are_one_body():
    text = "47NEWS(共同通信)によると、焼津市など一部で津波が観測されたと報じている。"
    ids = _ids(text)
    assert ids["47NEWS"] == ids["共同通信"] == "org:kyodo"
    [c] = candidates(text)
    assert holder_of(c) == "共同通信"


def test_sites_named_before_or_in_the_bracket_after_their_outlet():
    assert _ids("『加藤新社長-毎日jp(毎日新聞)』。\n毎日新聞、2009年4月1日。")["毎日jp"] == "org:mainichi"
    assert _ids("『規定変更を要望』。\n産経ニュース(産経新聞社)、2015年9月18日。")["産経ニュース"] == "org:sankei"
    assert _ids("『都判断』。\n時事通信(時事ドットコム)、2014年10月30日。")["時事ドットコム"] == "org:jiji"
    assert _ids("『初勝利』。\nnikkansports.com(日刊スポーツ)、2014年4月6日。")["nikkansports.com"] == "org:nikkan-sports"
    assert _ids("ＮＨＫニュースウェブ（NHK）によると、首相は辞任した。")["ニュースウェブ"] == "org:nhk"


def test_a_byline_a_paper_of_its_own_and_a_defined_word_keep_their_names():
    ids = _ids("木下訓明(毎日新聞)『自民党:国民新党の自見氏が復党要請』。")
    assert ids["木下訓明"] != "org:mainichi"
    assert _ids("琉球新報(共同通信)によると、首相は辞任した。")["琉球新報"] != "org:kyodo"
    assert _ids("西日本新聞(共同通信)によると、首相は辞任した。")["西日本新聞"] == "org:nishinippon"
    assert _ids("・リツイート（RT）…ほかの人のツイートを広める。").get("リツイート") != "org:rt"
    assert "news" not in _ids("『馬術部の高校生らへ』。\nテレ朝news(テレビ朝日)、2014年7月。")


def test_the_site_written_bare_is_a_body_of_its_own_name():
    text = "47NEWSは、沖縄県で35年ぶりとなる公式戦が那覇市で開かれると伝えた。"
    assert [holder_of(c) for c in candidates(text)] == ["47NEWS"]
