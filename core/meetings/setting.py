"""Where and when a meeting told in a sentence took place: the date written for it (not one of another
noun, a deadline or an aside) and the place written with で."""

from __future__ import annotations

import re
from dataclasses import replace

from core.clauses.spans import SpanIndex
from core.meetings.role_cues import CLAUSE_END
from core.meetings.triggers import TRIGGER
from core.text import sentence_start

# …クアラルンプールで, …の首都Xで, 東京都内の飯倉公館で (東京都|内 or 東京|都内), …を訪れ
# (バグダッドを電撃訪問, 北京を公式訪問: a word or two on how the visit is made may stand before it)
_PLACE_AFTER = re.compile(r"(?:都内|市内|内|郊外|近郊)?(?:の[^、。でにと]{1,12})?で(?!は|も)|を(?:[^、。をでとがはに]{1,4})?訪(?:れ|問)")


def _in_aside(body: str, position: int, s_start: int) -> bool:
    """Whether position is inside a parenthesis of its sentence: 21日午後(日本時間22日午前)."""
    opened = max(body.rfind("(", s_start, position), body.rfind("（", s_start, position))
    return opened >= 0 and max(body.rfind(")", opened, position), body.rfind("）", opened, position)) < 0


_TARGET_DAY = re.compile(r"を?(?:目処|目途|めど|メド)に|までに|(?:に|が|を)期限")
# 11月1日から…関税を課すと警告した: the first day of what that sentence tells, never carried to a later one's meeting
_FROM_DAY = re.compile(r"から(?!の)")


def _dates_another_noun(body: str, date, position: int) -> bool:
    """A date that modifies another noun (20日の政権発足に伴い、…会談): the day of that event, not of the meeting."""
    if _TARGET_DAY.match(body, date.end):
        return True  # 2010年4月1日を目処に…覚書を締結した, 11月10日に期限を迎える: a day aimed at, not the meeting's
    if body.startswith("以来", date.end):
        return True  # 2019年6月以来の外相会談: the day a span starts from, an earlier meeting's
    if not body.startswith("の", date.end):
        return False
    between = body[date.end : position]
    return bool(re.search(r"[、。]|に伴|を受け|以来|以降|から|まで", between))


# 首脳会談(での合意)を受けて, …に先立ち, …に続き, …に向け, …の際: words that tell the meeting after them from the
# one before them (a follow-up, a preparation, a meeting on its sidelines)
# (首脳会談)での合意, の結果: what came of a meeting, between it and the word that links another to it
OUTCOME = re.compile(r"で?の(?:合意|結果|成果|決定|内容|議論|決裂|開催|実現)")
PARTING_CUE = re.compile(rf"(?:{OUTCOME.pattern})?"
                         r"(?:を受け|に先立|に続|に向け|へ向け|を前に|を控え|の後|の前|の直前|の直後|の際|の準備|の合間|の傍ら)")


# a meeting the cue leads to, told after it (…を受け、…と協議した; not 握手を交わす, a verb the triggers read too)
_MEETING_WORD = re.compile(r"会談|協議|会合|会議|交渉|サミット|首脳|訪問|訪[日米中韓朝露英仏独印]|来日|面会|会見")


def nearest_date(body: str, dates, position: int, s_start: int, s_end: int):
    """The date written before the trigger in the sentence, else the finest one after it (先週24日 → 24日),
    unless a cue after the meeting word leads to another meeting (会談を受け, 首脳会談に先立ち), whose day it is.

    A date in a parenthesis (日本時間22日午前) converts the one before it, which wins;
    a date that modifies another noun (20日の政権発足に伴い) does not date the meeting.
    """
    inside = [d for d in dates if s_start <= d.start < s_end and d.value]
    before = [d for d in inside if d.end <= position and not _dates_another_noun(body, d, position)]
    plain = [d for d in before if not _in_aside(body, d.start, s_start)]
    if plain or before:
        return (plain or before)[-1]
    word = TRIGGER.match(body, position)
    cue = PARTING_CUE.match(body, word.end()) if word is not None else None
    if cue is not None and _MEETING_WORD.search(body, cue.end(), s_end):
        # 会談を受け、上川外相は11日…と協議した: the day after dates the meeting the cue leads to (not a caption's
        # 会談を前に握手を交わす…=15日: no other meeting, the picture's day is the meeting's)
        return None
    # a day before the word that modifies another noun stays that noun's when the sentence writes no other
    # (12月29日の東京大賞典への出走も想定していたが、…と協議した); a day aimed at may be the meeting's own
    # (2月23日をメドに…市長と会談して)
    inside = [d for d in inside if (d.start >= position or not body.startswith("の", d.end))
              and not (d.start >= position and (_report_day(body, d, position) or _SINCE_CLAUSE.match(body, d.end)
                                                or _ANOTHER_MEETING_ON.match(body, d.end)))]
    after = [d for d in inside if "W" not in str(d.value)] or inside
    # 会談は、10月2日に行われる投票後の10月5日に行われる: the day the clause ends on, not one of another noun
    closing = [d for d in after if _HELD_ON.match(body, d.end)]
    if closing:
        return closing[-1]
    return max(after, key=lambda d: len(str(d.value))) if after else None


# 会談したことを13日明らかにした, 会談したと、13日発表した: the day of the report, not of the meeting
_REPORTED_ON = re.compile(r"に?、?(?:明らかに|発表|公表|伝え|報じ|語っ|述べ|説明)")
_REPORT_OF = re.compile(r"(?:ことを|と)、?$")


# 外相会談は2019年6月以来, 両氏が昨年春に東京で会談して以来: a date after the meeting word in a
# clause that ends in 以来 is the day a span starts from (an earlier meeting's), never the day of the one told
_SINCE_CLAUSE = re.compile(r"[^、。]{0,40}?以来")


# 会談では、来月10日に東京で首脳会談を開くことで一致した: a date after the meeting word that opens the clause
# of another meeting word is that meeting's day
_ANOTHER_MEETING_ON = re.compile(rf"[^、。]{{0,30}}?(?:{_MEETING_WORD.pattern})")


def _report_day(body: str, date, position: int) -> bool:
    """Whether a date after the meeting word is the day the meeting was made known."""
    return bool(_REPORTED_ON.match(body, date.end) and _REPORT_OF.search(body, position, date.start))


_HELD_ON = re.compile(r"(?:に|から)(?:行われ|開かれ|開催され|実施され)(?:る|た)(?:予定|見通し|見込み)?(?:だ|です)?[。、]")


_MEETING_AFTER_OF = re.compile(r"の[^、。]{0,8}?(?:会談|会合|協議|首脳|訪問|会議)")


# 北京、9月24日-RIA Novosti。: a wire's dateline standing as a sentence of its own, the day of the report
_DATELINE_SENTENCE = re.compile(r"[^\s、。]{1,12}、\s*(?:\d{1,2}月)?\d{1,2}日\s*[-－―—–]\s*[A-Za-z][A-Za-z .]{1,30}。")


def _in_dateline_sentence(body: str, date) -> bool:
    """Whether a date stands in a sentence that is only a wire's dateline: it tells the report's day, no event's,
    so it is carried into no meeting told after it (…上川陽子との会談で: no day of its own, dated by the report)."""
    begin = sentence_start(body, date.start)
    found = _DATELINE_SENTENCE.match(body, begin)
    return found is not None and found.start() <= date.start < found.end()


def last_date_before(body: str, dates: SpanIndex, position: int, paragraph_start: int):
    """The last resolved date of the paragraph before position, but not one that dates another noun (20日の発足)
    nor a wire's dateline (北京、9月24日-RIA Novosti。)."""
    return next((d for d in dates.before(position, paragraph_start)
                 if d.value and not _in_aside(body, d.start, paragraph_start) and not _TARGET_DAY.match(body, d.end)
                 and not _in_dateline_sentence(body, d)
                 and not _FROM_DAY.match(body, d.end)
                 and (not body.startswith("の", d.end) or TRIGGER.match(body, d.end + 1)
                      or _MEETING_AFTER_OF.match(body, d.end))),
                None)


# しかも、その直後、…と会談し: a sentence that opens on the time the sentence before it told
_RIGHT_AFTER = re.compile(r"(?:しかも|また|さらに|そして)?、?(?:その|この)?直後(?:に|、|は|にも)")


def time_right_after(body: str, dates: SpanIndex, s_start: int):
    """The month of the last date of the sentence before one that opens with その直後 (今年7月の武力鎮圧….
    しかも、その直後、…と直接会談し → 2007-07): right after that time, whichever noun it dated; a day is
    given as its month (right after a day is not that day), a paragraph break does not part them."""
    if not _RIGHT_AFTER.match(body, s_start):
        return None
    told = len(body[:s_start].rstrip("。\n 　"))  # the end of the sentence before
    previous = sentence_start(body, told)
    found = next((d for d in dates.before(s_start, previous) if d.value and not _in_aside(body, d.start, previous)),
                 None)
    if found is None or not re.match(r"\d{4}-\d{2}", found.value):
        return None
    return replace(found, value=found.value[:7]) if len(found.value) > 7 else found


_TOWN_UNIT = "市郡町村区"


def place_of_parts(body: str, place, registry):
    """A place the entity detector built from parts and left with no known entity (広東省深圳市, カリフォルニア州
    サンノゼ市), given the known place it ends with (the town: 深圳), else the one it starts with (the state): a
    place Kaidan can locate contradicts a meeting told in another city or country, as its parts did before they
    were joined. Any other place is returned as it is."""
    if place is None or registry is None or place.entity_id and not place.entity_id.startswith("found:"):
        return place
    text = body[place.start : place.end]
    known = lambda ids: next((i for i in ids if i.startswith(("loc:", "country:"))), None)  # noqa: E731
    for i in range(1, len(text) - 1):
        for end, ids in registry.longest_matches(text, i):
            if (end == len(text) or end == len(text) - 1 and text[-1] in _TOWN_UNIT) and known(ids):
                return replace(place, entity_id=known(ids))
    for end, ids in registry.longest_matches(text, 0):
        if known(ids):
            return replace(place, entity_id=known(ids))
    return place


# 会談が(は)10日(日本時間11日)、…: a meeting word as the subject of the clause, with nothing between it and the place
# but its day; 行われた, 開かれた: the place written there is where it was held
_SUBJECT_HELD = re.compile(r"[^、。「」]{0,8}?[がは](?:[^、。「」]{0,16}?(?:日|時|分)(?:[(（][^)）]{0,20}[)）])?)?、?")
_HELD_THERE = re.compile(r"(?:行われ|開かれ|開催さ|実施さ)")


def _another_meeting_between(body: str, trigger: int, position: int) -> bool:
    """Whether another meeting word stands between the trigger and a place after it (会談では、…首脳会談を開くほか、
    ジュネーブで開かれる国際会議でも…): the place is that meeting's."""
    word = TRIGGER.match(body, trigger)
    return bool(_MEETING_WORD.search(body, word.end() if word else trigger + 1, position))


def meeting_place(body: str, places, s_start: int, s_end: int, trigger: int, kind: str, registry=None):
    """The LOC/GPE written with で (…クアラルンプールで) before the trigger, or after a meeting word the clause says
    was held there (会談が10日、ニューヨークで行われた); a city wins over a country; a place built from parts is given
    its known part's entity (place_of_parts)."""
    candidates = []
    for mention in places:
        m_start, m_end = mention.start, mention.end
        after = _PLACE_AFTER.match(body, m_end)
        limit = s_end if kind == "multilateral" else trigger  # …会合に出席するためクアラルンプールを訪れた
        if limit == trigger and m_start > trigger and after and after.group(0).endswith("で") \
                and _HELD_THERE.match(body, after.end()) and _SUBJECT_HELD.match(body, trigger, m_start) \
                and not _another_meeting_between(body, trigger, m_start):
            candidates.append(mention)  # 日米首脳会談が10日、ニューヨークで行われた: the word held there
            continue
        if s_start <= m_start and m_end <= limit and after and (kind in ("visit", "multilateral") or after.group(0).endswith("で")):
            if kind == "multilateral" and m_end <= trigger and CLAUSE_END.search(body, after.end(), trigger):
                continue  # 中国の国内で混入された…、…サミット直前に: the place of another clause
            candidates.append(mention)
    if not candidates:
        return None
    cities = [m for m in candidates if m.type == "LOC"] or candidates
    return place_of_parts(body, min(cities, key=lambda m: abs(m.start - trigger)), registry)
