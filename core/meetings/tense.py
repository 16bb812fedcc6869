"""A meeting word's status and day from the words around it and the tense its sentence is told in: held,
scheduled, proposed or cancelled; a day carried from before, a plan's season, a day of a past month.
"""

from __future__ import annotations

import re

from core.meetings.dates import SeasonDate, earliest_day, first_day, from_the_day_told, season_date
from core.meetings.sentence import in_the_future, in_the_past, told_as_past
from core.meetings.setting import last_date_before, nearest_date, time_right_after
from core.meetings.triggers import STATUS_CUES, TALKS_TO_COME, TALKS_WORDS
from core.scan_ending import search_ending


# 訪問し、…会談した: a clause joined to a sentence told in the past (…た。) took place too
# (米国との協議を経て…決めた, EUとの加盟交渉の中で、…約束した: the talks the clause went through)
_JOINED_TO_PAST = re.compile(r"(?:し|して|を行い|を行って|中で|中の|を終え|に合わせ(?:て)?|(?<=[しけれいび]))、"
                             r"|の(?:中|過程)で、|を経て")  # (ワシントンを訪れ、…と会った; 電話をかけ、…伝えた: the word a verb of its own)
# 日米両政府は10日、輸入問題で協議。: talks the sentence closes on, news told by the noun (体言止め), took place
_CLOSING_NOUN = re.compile(r"。|\n|$")


_PAST_END = re.compile(r"た[」』]?。?\s*$")


# …と会談したことが2日、分かった: the day a meeting came out, not its own
DISCLOSED_ON = re.compile(r"ことが")


DISCLOSED = re.compile(r"(?:、|に)?(?:分かった|わかった|判明した|明らかになった|明らかにされた)")


def _ends_in_past(body: str, s_end: int) -> bool:
    """Whether the sentence ending at s_end ends in the past tense (…会談した。)."""
    return bool(_PAST_END.search(body[max(0, s_end - 4) : s_end]))


def date_told(body: str, mention, dates, all_dates, start: int, end: int, clause: int, s_start: int, s_end: int,
              paragraph: int, reference) -> None:
    """The meeting's date: the nearest its sentence (or its quote) writes, else one carried from before; a day
    that is the proposal's or the preparing talks' is not the meeting's; a plan's season."""
    if clause > s_start:  # X氏は26日、「会談に向け…」と述べた: 26日 is the day of the words
        closed = body.find("」", end, s_end)
        mention.date = nearest_date(body, dates, start, clause, closed if closed >= 0 else s_end)
    else:
        mention.date = nearest_date(body, dates, start, s_start, s_end)
        if mention.date is None and not any(s_start <= d.start < start and d.value for d in dates):
            # (a sentence whose only day before the word is another noun's, 2009年2月の契約満了まで…その後の
            # 協議で, tells the meeting with no day: none carried from before)
            mention.date = time_right_after(body, all_dates, s_start) \
                or last_date_before(body, all_dates, s_start, paragraph + 1)
            mention.date_carried = mention.date is not None
            if mention.date is not None and mention.status in ("scheduled", "proposed") and reference \
                    and len(dated := str(mention.date.value or "")) == 10 and dated < reference.isoformat():
                # 9日、…と会談した。今後、…と改めて会談する方針だ: a day already past carried into talks
                # still to come is the day of what was told before, not theirs
                mention.date = None  # (still carried: it has no day of its own)
    if mention.status == "proposed" and mention.date is not None and mention.date.end <= start \
            and body.startswith("、", mention.date.end):
        mention.date = None  # 与党は9日、修正協議を民主党に提案した: the day of the proposal, not of the talks
    if mention.status == "scheduled" and mention.date is not None and mention.date.end <= start \
            and body.startswith("、", mention.date.end) and _PREPARED_BY.match(body, end):
        mention.date = None  # 両国は11日、首脳会談に向けた協議を行った: the day of the talks that prepare it
    if mention.status in ("scheduled", "proposed") and (
            mention.date is None or re.fullmatch(r"\d{4}", str(mention.date.value or ""))):
        # 秋にも訪中する方向, 来年春にも: the season, in the year written or the next one to come
        season = season_date(body, mention.date.start if mention.date else clause, end, reference)
        if season is not None and mention.date is not None:
            season = SeasonDate(str(mention.date.value), body[mention.date.start : season.end],
                                mention.date.start, season.end)
        mention.date = season or mention.date


def tense_and_day(body: str, mention, word: str, dates, start: int, end: int, s_start: int, s_end: int, reference,
                  captioned: bool) -> bool:
    """The meeting told as past or to come sets its day in the right month and its status; True when the
    sentence tells it as held in the past (a day without its month is then the last such day)."""
    mention.told_past = mention.status == "held" and _ends_in_past(body, s_end)
    own_past = mention.status == "held" and told_as_past(body, word, end, s_end)  # 来日中の, 訪れた際
    in_past = mention.status == "held" and reference is not None and (
        _DONE_AFTER.match(body, end) or _JOINED_TO_PAST.match(body, end) and _ends_in_past(body, s_end)
        or own_past or search_ending(_HELD_BEFORE, body, s_start, start)
        or word.endswith(TALKS_WORDS) and _CLOSING_NOUN.match(body, end))
    if in_past and mention.date is not None:
        mention.date = in_the_past(mention.date, reference)  # 2日、首脳会談を行った (written on the 20th)
    if mention.status in ("scheduled", "proposed") and reference and mention.date is not None:
        mention.date = from_the_day_told(body, dates, mention.date, reference)  # 5月30日、来月訪米する
        mention.date = in_the_future(mention.date, reference)  # 4月に訪中する予定 (written in October)
    if mention.status == "held" and reference and mention.date is not None and not own_past \
            and (dated := earliest_day(mention.date)) > reference.isoformat()[: len(dated)]:
        # (今月下旬に訪中し、…会談すると発表した on the 12th: the month's last days are still to come)
        mention.status = "scheduled"
        mention.planned_by_carried_day = mention.date_carried
    elif mention.status == "scheduled" and mention.date is not None \
            and planned_by_tense(body, end, s_end) and not _SCHEDULED_CUE.search(body, end, s_end) \
            and (reference is None or len(dated := str(mention.date.value)) == 10 and dated < reference.isoformat()):
        # 28日には2回目の協議を行い、10月5日に3回目を行う (on the 29th): the 28th is past; with no report's
        # day, a dated meeting told in the present (2014年7月22日の…会談により合意される) is history
        mention.status = "held"
    elif captioned and mention.status == "scheduled" and reference and mention.date is not None \
            and (dated := first_day(str(mention.date.value))) <= reference.isoformat()[: len(dated)]:
        mention.status = "held"  # 会談に臨む A と B=15日: the picture shows the meeting taking place
    return in_past


def status_of(body: str, start: int, end: int, s_end: int) -> str:
    """held / scheduled / proposed / cancelled / none_planned from the words around the trigger."""
    parts = re.split(r"[、。]", body[end : min(s_end, end + 30)])
    after = parts[0]
    before = re.split(r"[、。]", body[max(0, start - 12) : start])[-1]
    done = _DONE_AFTER.match(body, end)
    if after.endswith(("だったが", "していたが", "されていたが")) and len(parts) > 1 \
            and dict(STATUS_CUES)["cancelled"].search(parts[1]):
        return "cancelled"  # 来日する予定だったが、延期した: the plan told, then undone
    if _QUESTIONED.match(after) or _SUPPOSED.match(after):
        # 来日するかどうかは決まっていない, 来日すれば: a meeting still in question or only supposed, none held
        # (交渉を再開するかどうか: talks to come asked about, before they are read as set)
        return "proposed"
    if body[start:end].endswith(TALKS_WORDS) and not done and (TALKS_TO_COME.match(after) or "今後" in before) \
            and not any(cue.search(after) for status, cue in STATUS_CUES[:3]):
        return "scheduled"
    not_held = _NOT_HELD.match(after)
    if not_held is not None:
        # 会談は行われなかった, 会談に応じず: the meeting did not take place; 会談していない: none has so far
        return "none_planned" if not_held["so_far"] else "cancelled"
    for status, cue in STATUS_CUES:
        if done and status in ("cancelled", "proposed", "scheduled"):
            # 会談した際に創設を提案していた: the plan was made at a meeting that took place; NHKと協議した上で
            # 中止することにした: what the talks called off is something else
            return "held"
        if cue.search(after) or (status in ("proposed", "scheduled") and cue.search(before)
                                 and not (status == "scheduled" and _PURPOSE_BEFORE.search(before))):
            return status
    if planned_by_tense(body, end, s_end):
        return "scheduled"  # 30日に訪米し、…と会談する。: a sentence ending in a plain non-past verb tells a plan
    return "held"


# 会談しなかった, 会談は結局行われなかった, 会談に応じず, 協議を開かないまま, 会談していない: a meeting told in the
# negative of the verb that holds it took place nowhere (not 協議がまとまらなかった: talks held that came to nothing)
_NOT_HELD = re.compile(r"^(?:[をはがにも][^、。をはが]{0,8}?)?(?:し|せ|行わ|行っ|開か|開い|持た|持っ|行われ|開かれ|実現し|実施され|応じ|臨ま)"
                       r"(?:なかった|ず(?!み)|ないまま|(?P<so_far>ていない|ておらず|ていません))")


# 来日するかどうか, 会談に応じるか否か, 会談が実現するかどうか, 交渉を再開するかどうか: whether the meeting will be,
# asked (not 会談したかどうか: one that may have been)
_QUESTIONED = re.compile(r"^(?:[をはがにも][^、。をはが]{0,8}?)?(?:する|される|しない|できる|行う|行われる|開く|開かれる|"
                         r"応じる|臨む|実現する|再開する|始める|開始する|実施する|持つ|入る)(?:の)?(?:かどうか|か否か)")


# 来日すれば, 会談が実現すれば, 訪問する場合は, 来日したら: a meeting supposed as a condition of what follows
_SUPPOSED = re.compile(r"^(?:[がは]実現)?(?:すれば|されれば|したら|する場合|した場合)")


# …場合は…交渉を再開する可能性がある, …すれば…会談もあり得る, …すれば…会談する用意がある: a meeting supposed
# under a condition
HYPOTHETICAL_AFTER = re.compile(r"[^、。]{0,16}?(?:可能性|こともあり得|もあり得|用意があ|用意はあ)")


# (東亜日報によれば、…首脳会談の「日程変更もあり得る」: a source, によれば, is no condition)
CONDITION_BEFORE = re.compile(r"(?:場合(?:は|に|には|、)|ならば|(?<=[れけ])(?<!よれ)ば、)[^。]*$")


# 経営統合に向けて協議している: the purpose the talks serve, not a plan of talks (…に向けて調整: the cue after)
_PURPOSE_BEFORE = re.compile(r"(?:に|へ)向け(?:て|た)$")


def planned_by_tense(body: str, end: int, s_end: int) -> bool:
    """Whether the sentence of a meeting word ending at end ends in a plain non-past verb, with no past one after
    the word (…と会談する。, 今後協議し、決定する。)."""
    return bool(_NON_PAST_END.search(body, max(end, s_end - 8), s_end)) and not _PAST_VERB.search(body, end, s_end)


_SCHEDULED_CUE = dict(STATUS_CUES)["scheduled"]


# …と会談する。, …を訪問する。: the sentence's last verb in its plain non-past form, nothing past before it
_NON_PAST_END = re.compile(r"(?:する|される|行う|開く|会う|訪れる|臨む|迎える|入る)[」』]?。?\s*$")


_PAST_VERB = re.compile(r"(?:[しっいれえけせべめねきちびみり]た(?![いらめびちまく])|ん[だで])")  # (会談をもったといわれ)


# 首脳会談に向けた協議, 会談の開催に向けて調整: what the sentence tells prepares the meeting
_PREPARED_BY = re.compile(r"(?:の(?:開催|実現))?(?:に|へ)向け")


_DONE_AFTER = re.compile(r"(?:した(?!い|ら)|をした(?!い|ら)|をして(?:き|い)た|を行った|が行われた|が開かれた|を終えた|を開いた|を持った|を実施した"
                         r"|された(?!い|ら)|(?<=結)んだ|(?<=交わ)した|を始めた|を開始した|を再開した|を打ち切った|に臨んだ|に入った|で[^、。「」]{0,10}?(?:合意|一致)(?:した|に達した)"
                         r"|[がは](?:[^、。「」]{0,12}?、)?[^、。「」]{0,16}?(?:行われ|開かれ|開催され|実施され)た"
                         r"|(?:の上で?|を経て|の末に?)(?=[^。\n「」]{0,60}?(?:[しっいれえけせべめねきちびみり]た(?![いらめびちまく])|ん[だで])))")
# (交渉の上…亡命した, 協議を経て…合意した, 交渉の末に承認された: talks told as done before what followed them in
# the past; not 理事会で協議の上決定する, a rule for talks still to come)


# (協議が12日、北京で行われた: the meeting as the subject, its day and place before the past verb)
# 12日に行われた日米首脳会談で, 先月開かれた外相会合では: a meeting a relative clause tells as held
_HELD_BEFORE = re.compile(r"(?:行われ|開かれ|開催され|実施され)た[^、。「」をがはで]{0,12}$")
