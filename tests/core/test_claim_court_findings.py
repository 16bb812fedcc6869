"""A court's finding given as the reason of its order (…義務がないとして、…を命じた) is the court's claim; a charge the
sentence goes on to name (…として、背任の罪に問われた) is not; a finding quoted whole is a direct claim."""

from tests.core.claim_helpers import candidates, holder_of


def test_the_reason_of_a_courts_order_is_the_courts_claim():
    [c] = candidates("共同通信によると、東京地方裁判所は21日、起立したり歌ったりする義務がないとして、東京都と東京都教育委員会"
                     "(都教委)に、処分を禁じ、東京都にひとりあたり3万円の損害賠償を命じた。")
    assert c.text == "起立したり歌ったりする義務がない" and holder_of(c) == "東京地方裁判所" and c.attribution == "indirect"
    [d] = candidates("大阪高裁の大出晃之裁判長は、原告が主張する権利は法律に規定がないとして、控訴を棄却した。")
    assert d.text == "原告が主張する権利は法律に規定がない" and "大出晃之" in holder_of(d)


def test_a_finding_quoted_whole_is_a_direct_claim():
    [c] = candidates("大阪地裁は、「女性のプライバシー権や肖像権を侵害し、多大な精神的苦痛を与えた」などとして、両社側に対し"
                     "660万円の支払いを命じた。")
    assert c.text == "「女性のプライバシー権や肖像権を侵害し、多大な精神的苦痛を与えた」" and c.attribution == "direct"


def test_a_charge_named_after_it_is_no_finding():
    assert candidates("秋田地方裁判所は、米を上司の許可を得ずに販売して会社に損害を与えたとして、背任の罪に問われた元営業課長"
                      "(49)に、懲役3年6ヶ月の実刑判決を言い渡した。") == []
