"""The people named after a meeting word in its sentence: the partner 会談相手の names, the subject a relative clause
on the meeting describes (…と会談するため中国を訪れていたキーティング大将は), the people a caption lists."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import SUBJECT_AFTER, name_of, unique
from core.nlp.offices import office_after


# 会談相手のブッシュ大統領, 電話の相手の: the partner named right after the meeting word
_PARTNER_NAMED = re.compile(r"(?:の)?相手(?:の|である|となった)")


def person_at(body: str, actors, position: int):
    """The person mention starting at position, behind their country and の (中国の李外相), or None."""
    for m in actors:
        if m.start < position:
            continue
        if m.start != position:
            return None
        if m.type == "GPE" and body.startswith("の", m.end):
            position = m.end + 1
            continue
        return m if m.type == "PERSON" else None
    return None


# …と会談するため中国を訪れていたキーティング大将は: the subject named after the relative clause
# (…との首脳会談に臨んだ石破首相は, …会談に出席した: the one who sat at it)
_RELATIVE_AFTER = re.compile(r"(?:する|した|している|していた|するため|するために|を終えた|を行った|後の|中の"
                             r"|に(?:臨|出席|参加)(?:んだ|む|した|する))")


def subject_after_clause(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """A meeting in a clause that describes someone named after it: they took part (and the one 会談相手の
    names: 会談相手のブッシュ大統領に, the partner)."""
    partner = _PARTNER_NAMED.match(body, end)
    if partner is not None and len(mention.participants) == 1:
        m = person_at(body, actors, partner.end())
        if m is not None and (m.entity_id or name_of(body, m)) not in {p.entity_id or p.name for p in mention.participants}:
            mention.participants.append(Participant(name_of(body, m), m.entity_id))
        return
    if not _RELATIVE_AFTER.match(body, end):
        return
    known = {p.entity_id or p.name for p in mention.participants}
    for m in actors:
        if m.type != "PERSON" or not end < m.start < min(s_end, end + 40):
            continue
        if "、" in body[end : m.start] or (m.entity_id or name_of(body, m)) in known:
            return
        title = office_after(body, m.end)
        free = re.match(r"[\u4e00-\u9fff]{1,4}?(?=は|が)", body[title.end() if title else m.end :])
        position = title.end() if title else m.end + (free.end() if free else 0)
        if SUBJECT_AFTER.match(body, position):
            role = "visitor" if any(p.role == "host" for p in mention.participants) else "participant"
            mention.participants.insert(0, Participant(name_of(body, m), m.entity_id, role=role))
        else:
            _people_described(body, mention, actors, m, s_end)
        return


_JOINED = re.compile(r"(?:と|、|や|及び|および|＆|&)")
# 会談するマクロン大統領と岸田首相。, …両首脳(左から)=: the people a caption shows, and nothing after them
_CAPTION_END = re.compile(r"(?:ら|の両首脳|両氏)?(?:[。=＝(（\n]|$)")


def _people_described(body: str, mention: MeetingMention, actors, first, s_end: int) -> None:
    """写真は…で会談するマクロン大統領と岸田首相, ソウルで会談した尹大統領と岸田首相は: the people the
    meeting clause describes, listed to the caption's end or to their は, are its participants (the
    place before で is not)."""
    listed, position = [], first.start
    for m in actors:
        if m.start < first.start or m.start >= s_end:
            continue
        if m.start != position or m.type not in ("PERSON", "GPE"):
            break
        if m.type == "GPE" and body.startswith("の", m.end):
            position = m.end + 1  # 日本の岸田文雄首相: the person's country
            continue
        title = office_after(body, m.end)
        after = title.end() if title and title.start() <= m.end + 1 else m.end
        if m.type == "GPE" and title is None:
            break  # a country named for itself, not a person's title
        listed.append(Participant(name_of(body, m), m.entity_id))
        joined = _JOINED.match(body, after)
        position = joined.end() if joined else after
        if not joined:
            break
    if not listed or not (_CAPTION_END.match(body, after) or SUBJECT_AFTER.match(body, after)):
        return
    people = [p for p in mention.participants if not _placed(body, p, mention.start)]
    if len(people) + len(listed) >= 2:
        mention.participants = unique(people + listed)


def _placed(body: str, participant: Participant, start: int) -> bool:
    """首相官邸で会談する: a body named just before で is the place of the meeting."""
    at = body.rfind(participant.name, 0, start)
    return at >= 0 and body.startswith("で", at + len(participant.name)) and start - at <= len(participant.name) + 4
