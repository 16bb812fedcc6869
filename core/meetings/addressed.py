"""Sides a clause addresses: the body talks are addressed to (…の日本法人に対して、…買収交渉), and what one office
holder asks of another face to face — talks told by the request alone (…を金田外務副大臣に求めた), or the one asked
at a meeting (会談で、李肇星外相に謝罪を求めた)."""

from __future__ import annotations

import re

from core.meetings.mention import MeetingMention, Participant
from core.meetings.name_read import title_end
from core.meetings.people import name_of


# ボーダフォンの日本法人に対して、ソフトバンクが買収交渉を: the side talks are addressed to, named with に対し(て)
# (a body's part may stand between: の日本法人, の子会社, の政府; not 新聞の取材に対して, where what is addressed is
# an interview)
_ADDRESSED = re.compile(r"(?:の[^、。をがはの]{0,6}?(?:法人|会社|本社|政府|当局|側|経営陣))?に対し(?:て)?(?:、)?")


def side_addressed(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """ボーダフォンの日本法人に対して、ソフトバンクが買収交渉を行っている: the body the talks are addressed to is
    the other side."""
    known = {p.entity_id or p.name for p in mention.participants}
    for m in actors:
        if m.type not in ("ORG", "GPE") or not clause <= m.start < start:
            continue
        addressed = _ADDRESSED.match(body, m.end)
        if addressed is None or addressed.end() > start or "。" in body[addressed.end() : start]:
            continue
        if (m.entity_id or name_of(body, m)) not in known:
            mention.participants.append(Participant(name_of(body, m), m.entity_id))
        return


# …を日本の金田外務副大臣に求めた, 首相に…協力を要請した: what one office holder asked another for, face to face
# (the addressee's office right before に and the verb of asking; 求めている, a standing demand, is no occasion)
_ASKED_OF = re.compile(r"に(?:対し(?:て)?、?)?(?:[^、。にがは「」『』]{0,24}?を)?(?:強く|直接)?"
                       r"(?:求め|要請し|要求し|申し入れ|抗議し|伝え|手渡し|提示し|提案し)(?=た|、)")
# 書簡で, 電話で, 声明で, 会見で, 報道官を通じて: the request went by other means than a meeting
OTHER_MEANS = re.compile(r"書簡|親書|手紙|文書|声明|電話|メール|会見|談話|演説|記者|インタビュー|テレビ|ツイッター|通じ|"
                          r"ビデオ|オンライン|報道官|国会|議会|答弁|質問|委員会|会議|会合|党首討論|集会")


def asks_anyone(body: str) -> bool:
    """Whether body holds a verb of asking someone (…に求めた): a request face to face tells talks with no meeting
    word, so an article holding one is read for meetings though it holds none."""
    return _ASKED_OF.search(body) is not None


def asked_in_person(body: str, actors, s_start: int, s_end: int) -> tuple[int, int, list[Participant]] | None:
    """ラブロフ外相が、…監視することを日本の金田外務副大臣に求めた: one office holder, the subject, asking another
    named with their office for something is talks of the two, told only by what was asked. (start, end of the verb,
    the two sides), else None; not when the sentence tells another means (書簡で, 電話で, 会見で)."""
    if OTHER_MEANS.search(body, s_start, s_end):
        return None
    people = [m for m in actors if m.type == "PERSON" and s_start <= m.start and m.end <= s_end]
    for i, addressee in enumerate(people):
        office = title_end(body, addressee)
        asked = _ASKED_OF.match(body, office) if office else None
        if asked is None:
            continue
        for asker in people[:i]:
            asker_end = title_end(body, asker)
            if asker_end is None or body[asker_end : asker_end + 1] not in ("は", "が") \
                    or (asker.entity_id or name_of(body, asker)) == (addressee.entity_id or name_of(body, addressee)):
                continue
            if "。" in body[asker_end : addressee.start]:
                break
            return office + 1, asked.end(), [Participant(name_of(body, asker), asker.entity_id),
                                             Participant(name_of(body, addressee), addressee.entity_id)]
        return None
    return None


# 会談で、李肇星外相に謝罪を求めた, 会談では大統領に協力を要請した: the meeting the setting of a request
_AT_MEETING = re.compile(r"(?:で|では|の席で|の場で)、?")
# …に(謝罪を)求めた, …に協力を要請した, …に懸念を伝えた: what the one addressed was asked or told
_ASKED_AFTER = re.compile(r"に(?:対し(?:て)?、?)?(?:[^、。にがは「」]{0,24}?を)?(?:強く)?"
                          r"(?:求め|要請し|要求し|申し入れ|伝え|提案し|抗議し|要望し|促し|説明し)(?=た|、|て)")


def addressed_at_meeting(body: str, mention: MeetingMention, actors, end: int, s_end: int) -> None:
    """町村外相は会談で、李肇星外相に謝罪を求めた: the office holder asked at the meeting is its other side, and a
    subject written after the comma (会談で、町村外相は李外相に…) the first; only with one asker known (not
    両首脳は会談で、中国に自制を求めた: a third party asked by both)."""
    setting = _AT_MEETING.match(body, end)
    if setting is None or len(mention.participants) > 1:
        return
    position = setting.end()
    after = [m for m in actors if position <= m.start < s_end and m.type in ("PERSON", "ORG", "GPE")]
    found = []
    for m in after[:4]:
        if m.type == "GPE" and m.start == position and body.startswith("の", m.end):
            position = m.end + 1  # 北朝鮮の朴宜春外相に: the person's country
            continue
        office = title_end(body, m) if m.type == "PERSON" else None
        if m.start != position or office is None:
            return
        if body[office : office + 1] in ("は", "が") and not found:
            found.append(m)
            position = office + 1
            continue
        if _ASKED_AFTER.match(body, office) is None:
            return
        found.append(m)
        break
    else:
        return
    if not mention.participants and len(found) < 2:
        return  # nobody known to ask
    known = {p.entity_id or p.name for p in mention.participants}
    for m in found:
        if (m.entity_id or name_of(body, m)) not in known:
            mention.participants.append(Participant(name_of(body, m), m.entity_id))
