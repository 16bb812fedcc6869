"""A meeting told again in a cited source's headline is the article's meeting, told by another outlet: one
proposal, whose sides and date stay the article's; a headline that fits two of its meetings as well, one of its
own day, or a plan beside a held meeting, stays apart."""

from datetime import date

from core.meetings.cited_headlines import JOINED_WHY
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from tests.core.meeting_helpers import REGISTRY

# Wikinews, 2009-10-13 (shortened): the talks of the 12th, a call, talks to come on the 14th, and the sources
AIRPORT = (
    "日経新聞によると、前原誠司国土交通大臣と大阪府の橋下徹知事が10月12日(UTC+9)会談し、前原大臣が、"
    "「羽田空港を国際化とハブ空港にする」意向を示した。\n"
    "また、朝日新聞によると、その記者会見において前原大臣は、小泉市長と電話で話し、千葉県の森田健作知事とは14日の"
    "会談で考えを説明する、と語った。\n"
    "asahi.com『国交相、羽田の国際ハブ空港化示す橋下知事と会談』。\n"
    "朝日新聞社、2009年10月12日。\n"
)


def _proposals(body, published):
    found = detect(body, REGISTRY, date.fromisoformat(published))
    return plan_meetings(body, found, published, None, REGISTRY).proposals


def _holding(proposals, body, piece):
    at = body.index(piece)
    return [p for p in proposals if any(at <= m.start < at + len(piece) for m in p.mentions)]


def test_a_cited_headline_of_the_articles_talks_joins_them_and_brings_no_side_of_its_own():
    proposals = _proposals(AIRPORT, "2009-10-13")
    held = _holding(proposals, AIRPORT, "12日(UTC+9)会談し")
    assert len(held) == 1 and held == _holding(proposals, AIRPORT, "橋下知事と会談』")
    assert sorted(p.name for p in held[0].participants) == ["前原誠司", "橋下徹"]  # not 羽田 of the headline
    assert held[0].start == "2009-10-12"
    assert [m.joined_by for m in held[0].mentions if m.cited] == [JOINED_WHY]
    assert len(proposals) == 3  # the call and the talks to come stay apart


def test_a_headline_of_its_own_day_is_another_meeting():
    body = AIRPORT.replace("『国交相、羽田の国際ハブ空港化示す橋下知事と会談』", "『国交相、20日に橋下知事と再び会談』")
    proposals = _proposals(body, "2009-10-13")
    assert _holding(proposals, body, "12日(UTC+9)会談し") != _holding(proposals, body, "橋下知事と再び会談』")


def test_a_headline_that_fits_two_of_the_articles_meetings_as_well_joins_neither():
    body = ("前原誠司国土交通大臣は12日、大阪府の橋下徹知事と会談した。\n"
            "前原大臣は13日、千葉県の森田健作知事とも会談した。\n"
            "asahi.com『前原国交相が知事らと相次ぎ会談』。\n"
            "朝日新聞社、2009年10月13日。\n")
    proposals = _proposals(body, "2009-10-13")
    cited = _holding(proposals, body, "相次ぎ会談』")
    assert len(cited) == 1 and all(m.cited for m in cited[0].mentions)


# Wikinews, 2006-06-10 (shortened): the signing of 9 June; the headline's line follows a citation dated 1 May
DOME = (
    "大阪市の第三セクター「大阪シティドーム」について、6月9日同社管財人とオリックスとの間での売買契約に調印し、"
    "正式に大阪ドームのオリックスへの売却が決定した。\n"
    "大阪ドーム、オリックスが買収へ(2006年5月1日)日経ネット関西版『大阪ドーム売却調印──オリックスと』。\n"
    "日本経済新聞、2006年6月10日。\n"
)


def test_a_date_the_line_lends_from_outside_the_headline_does_not_keep_it_apart():
    proposals = _proposals(DOME, "2006-06-10")
    signed = _holding(proposals, DOME, "売買契約に調印し")
    assert len(signed) == 1 and signed == _holding(proposals, DOME, "大阪ドーム売却調印")
    assert signed[0].start == "2006-06-09"


# Wikinews, 2006-08-31 (shortened): the Russian minister's talks in Moscow, and a source on Hokkaido's own talks
FISHING = (
    "またモスクワタイムズによると同30日、モスクワではラブロフ外相が、「ロシア領海」内での密漁をしないよう監視することを"
    "日本の金田外務副大臣に求めた。\n"
    "『密漁船情報を交換へ道とロシア側、洋上会談』。\n"
    "北海道新聞、2006年8月30日。\n"
)


def test_a_headline_naming_a_known_side_the_meeting_lacks_is_another_meeting():
    proposals = _proposals(FISHING, "2006-08-31")
    assert len(_holding(proposals, FISHING, "金田外務副大臣に求めた")) == 1
    assert _holding(proposals, FISHING, "金田外務副大臣に求めた") != _holding(proposals, FISHING, "洋上会談』")
