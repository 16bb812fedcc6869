"""Who travels on a visit the clause tells: the one a relative clause of the visit describes (訪米中の岩屋外相,
平壌を訪問中の唐家セン国務委員), the one a visit is asked of (…に訪韓を要請した), the subject a visit is the purpose
of (中国訪問のために…首相が)."""

from __future__ import annotations

import re

from core.meetings.mention import Participant
from core.meetings.named_after import person_at
from core.meetings.people import SUBJECT_AFTER, name_of, not_a_side, place_country
from core.meetings.side_lists import official_of
from core.nlp.office_names import full_office
from core.nlp.offices import HONORIFICS, office_after


# 訪問中の, 訪問した, 訪れていた, 訪れている: a visit told as a relative clause of the name after it
RELATIVE_VISIT = re.compile(r"(?:中の|中だった|した|していた|している|する|予定の|ていた|ている|た)(?=[^、。])")


# …に訪韓を要請した, …に訪日を正式に招請: a visit asked of the one addressed with に before it
_INVITED_AFTER = re.compile(r"を(?:正式に|改めて|重ねて)?(?:要請|招請|招待|求め|打診|促)")
_ADDRESSED_BEFORE = re.compile(r"に(?:対し(?:て)?)?、?(?:[^、。をがは]{0,10}?の)?$")


def invited(body: str, actors, s_start: int, start: int, end: int) -> Participant | None:
    """The person a visit is asked of (李大統領は福田首相に訪韓を要請した: 福田), named with に right before the
    visit's word; None when the visit is not asked for or nobody is addressed."""
    if not _INVITED_AFTER.match(body, end):
        return None
    for m in sorted((m for m in actors if m.type == "PERSON" and s_start <= m.start and m.end <= start),
                    key=lambda m: m.start, reverse=True):
        title = office_after(body, m.end)
        position = title.end() if title is not None and title.start() == m.end else m.end
        if _ADDRESSED_BEFORE.search(body, position, start) and body.startswith("に", position):
            return Participant(name_of(body, m), m.entity_id, role="visitor")
    return None


def described_visitor(body: str, actors, end: int) -> Participant | None:
    """平壌を訪問中の中国の唐家セン国務委員, モスクワを訪れた米国のライス国務長官: the person the visit's
    relative clause describes, right after it (behind their country and の), or None."""
    relative = RELATIVE_VISIT.match(body, end)
    if relative is None:
        return None
    m = _person_right_at(body, actors, relative.end())
    return Participant(name_of(body, m), m.entity_id) if m is not None else None


def hosted_place_before(body: str, mentions, start: int) -> bool:
    """Whether the place written right before the を of a visit at start is a country, or a place the bundled
    registry knows the country of (北京を訪れている岸田外相: China hosts); 南部フロリダを訪れている首相 names no
    host Kaidan knows, and a visitor alone is no meeting of sides."""
    return any(m.end == start - 1 and body.startswith("を", m.end) and (m.type == "GPE" or place_country(m))
               for m in mentions)


def _person_right_at(body: str, actors, position: int):
    """The person mention starting right at position, behind their country and の (中国の唐家セン), that is a
    side; None when anything else stands there."""
    m = person_at(body, actors, position)
    return None if m is None or not_a_side(body, m.end) else m


# 中国訪問のためにブラウン首相が乗っていた: the visit as the purpose of the clause whose subject follows
_FOR_THE_VISIT = re.compile(r"の?ため(?:に)?、?")


def visitor_of_purpose(body: str, actors, end: int) -> Participant | None:
    """中国訪問のためにイギリスのゴードン・ブラウン首相が乗っていた: the subject named right after a visit told as
    the purpose of its clause (behind their country and の) is the visitor; None otherwise."""
    purpose = _FOR_THE_VISIT.match(body, end)
    if purpose is None:
        return None
    m = _person_right_at(body, actors, purpose.end())  # イギリスのブラウン首相
    if m is None:
        return None
    title = office_after(body, m.end)
    after = title.end() if title and title.start() == m.end else m.end
    return Participant(name_of(body, m), m.entity_id) if SUBJECT_AFTER.match(body, after) else None


# 来日した際に, 訪米する前に, 訪中した後: the visit's verb ends a clause of time, not one describing a person
_WHEN = re.compile(r"(?:際|時|とき|後|あと|折|前|ため|直後|直前|間|以来|まで|ことが|ことを|ことに|ことで|の[はがで])")


# Between a visit's relative clause and its visitor: no sentence or clause end, quote or particle but の
# (訪日中の韓国大統領は“金正日…: the one after は is another's)
_CROSSED = re.compile(r"[。、\n「」『』“”()（）]|[\u3041-\u306d\u306f-\u309f]")


def visitor_after(body: str, actors, end: int):
    """The person right after 訪米中の / 来日中の (behind their country and の: 来日中のノルウェーのハンセン外相), or the
    country whose title follows (訪日中の韓国大統領), as its officer."""
    # (訪米の李大統領, 訪日の胡錦濤主席と: a headline's short 訪Xの tells the one visiting as 訪米中の does)
    match = re.match(r"中の|した|する|予定(?:の|だった)|中だった|していた|の", body[end : end + 6])
    if not match or _WHEN.match(body, end + match.end()):
        return None  # 来日した際に小泉首相と会談する: the visit tells when, the one after it is the host's side
    after = end + match.end()
    for mention in actors:
        if mention.type == "PERSON" and after <= mention.start <= after + 10 \
                and not _CROSSED.search(body, after, mention.start):  # (来日した。麻生外相は: another's)
            return Participant(body[mention.start : mention.end],
                               mention.entity_id)
    official = next((m for m in actors if m.start == after and m.type == "GPE"), None)
    title = office_after(body, official.end) if official is not None else None
    if title is not None and title.start() == official.end and title["office"] not in HONORIFICS \
            and not re.match(r"[\u4e00-\u9fff]", body[title.end() : title.end() + 1]):  # (米国代表団: its delegation)
        return Participant(body[official.start : official.end], official.entity_id, office=full_office(title))
    of = official_of(body, actors, official) if official is not None and title is None else None
    if of is not None:  # 来日中の韓国の外相と, 訪米したインドの首相は: the country's officer, written after の
        return Participant(body[official.start : official.end], official.entity_id, office=of["office"])
    return None  # 訪日中の韓国大統領は: the country's officer, whom core.meetings.titles names
