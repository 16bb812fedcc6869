"""A meeting the article recalls is not dated by its report's day (nor by a day carried from the sentence before):
one years or months are counted from (日朝首脳会談から10年, …と会談して以来), and one told after a time its sentence
writes that is older than the report's week (去年9月の別居後、…話し合った). It stays undated rather than wrongly dated;
the meeting of the report's days is still dated by them."""

from core.meetings.mention import MeetingMention
from core.meetings.occasion import read_occasion
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.dates import reference_date
from tests.core.meeting_helpers import REGISTRY

REPORTED = "2012-08-23"


def _dated(text, reported=REPORTED):
    """(first meeting word, start) of each proposal of the text, planned as an import plans it."""
    mentions = detect(text, REGISTRY, reference_date(reported, None))
    return [(p.mentions[0].text, p.start) for p in plan_meetings(text, mentions, reported, None, REGISTRY).proposals]


def test_a_summit_the_years_are_counted_from_takes_no_report_day():
    text = "元首相の藤本健二氏が訪朝した。小泉首相の日朝首脳会談からちょうど10年の節目に合わせたとみられる。"
    assert _dated(text) == [("訪朝", REPORTED), ("首脳会談", None)]
    quoted = "番組では「小泉元総理の日朝首脳会談からのちょうど10年という節目」との見方が示された。"
    assert _dated(quoted) == [("首脳会談", None)]


def test_a_summit_the_years_are_counted_from_takes_no_day_carried_from_before():
    text = "藤本氏は22日、平壌に入った。日朝首脳会談から10年の節目の訪朝となる。"
    assert ("首脳会談", None) in _dated(text)


def test_a_meeting_a_span_starts_from_takes_no_report_day():
    text = "日朝の首脳が会談するのは、小泉首相が金正日総書記と会談して以来だ。"
    assert _dated(text) == [("会談", REPORTED), ("会談", None)]


def test_talks_told_after_a_time_older_than_the_report_s_week_are_undated():
    assert _dated("2003年の政権交代の後、首相は米国のオバマ大統領と会談した。", "2009-01-10") == [("会談", None)]
    # a time of the report's week leaves them dated by the report's days
    assert _dated("5日の到着後、首相は米国のオバマ大統領と会談した。", "2009-01-10") == [("会談", "2009-01-05")]


def test_years_or_months_counted_from_a_meeting_but_not_days():
    def counted(text, word="会談"):
        start = text.index(word)
        mention = MeetingMention(start, start + len(word), word, "talks", "held", (0, len(text)))
        read_occasion(text, mention)
        return mention.counted_from

    assert counted("日朝首脳会談から10年となる。", "首脳会談")
    assert counted("両首脳が会談してから３カ月がたった。")
    assert counted("会談からの約1年で関係は進んだ。")
    assert not counted("会談から2日後、両国は合意した。")
    assert not counted("会談から戻った首相は述べた。")


def test_talks_told_at_or_after_an_older_time_are_undated_whatever_frames_them():
    for text in ("2007年の就任直後、麻生首相は米国のブッシュ大統領と会談した。",
                 "1998年の訪中時、麻生首相は中国の江沢民国家主席と会談した。",
                 "2006年の外相在任中、麻生首相は中国の胡錦濤国家主席と会談した。"):
        assert ("会談", None) in _dated(text, "2009-03-10"), text


def test_an_older_time_of_what_the_talks_are_about_leaves_them_of_the_report_s_days():
    # the time is the declaration's, the election's, or one the talks are the first since: they are of today
    for text in ("2002年の日朝平壌宣言に基づき、小泉首相は北朝鮮の金正日総書記と会談した。",
                 "昨年の大統領選の結果を受け、麻生首相は米国のオバマ大統領と電話会談した。",
                 "2008年の北京五輪以来初めて、麻生首相は中国の胡錦濤国家主席と会談した。",
                 "2008年の日中の合意について、麻生首相は中国の胡錦濤国家主席と会談した。"):
        assert [start for _, start in _dated(text, "2009-03-10")] == ["2009-03-10"], text
