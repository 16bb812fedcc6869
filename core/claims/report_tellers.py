"""Who tells what a sentence reports when the verb says more than the sentence's topic: a report only an outlet
makes (河北によると、VICSは…と報じている: 河北, not VICS), a body's own account (岡山県警による発表では、容疑者は…と
した: the police, not the suspect) and news a source passes on that is its subject's own (毎日新聞によると、高島彩
アナウンサー(31)が…退社することを明らかにした: hers).
"""

from __future__ import annotations

import re

from core.claims.clause_topics import GA_AFTER_NAME, named_within
from core.claims.outlet_topics import outlet_topic
from core.claims.reports import OUTLET_NAME, SHORT_OUTLET
from core.sentences import LONGEST
from core.text import last_match, sentence_start

_NAME = r"[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z0-9＝=.]"
# A source a sentence names before what it reports: 河北によると, ITProの記事によると, NHKが…伝えたところよると
_SOURCE = re.compile(rf"(?<!{_NAME})(?P<name>{_NAME}{{2,24}}?)(?:[(（][^()（）、。]{{1,20}}[)）])?"
                     r"(?:の(?:記事|報道|続報|別記事|電子版|ウェブサイト))?"
                     r"(?:(?:に|が[^、。「」]{0,40}?(?:伝え|報じ)たところ(?:に)?)よ(?:ると|れば)|によれば)、?")
# A body's own account: 岡山県警による発表では, 札幌市の発表によれば, 同省の説明では
_ACCOUNT = re.compile(rf"(?<!{_NAME})(?P<name>{_NAME}{{2,24}}?)(?:の|による)(?:発表|説明|調べ|声明|見解)"
                      r"(?:では|によると|によれば)、?")
# Verbs that carry no speaker of their own: the account's owner says it (…とした, …と発表した)
_ACCOUNT_CUE = re.compile(r"^(?:発表|説明)?(?:した|している|し|する|しており|していた)$")
# Verbs only an outlet uses of what it tells, right after the claim's と
_REPORT_CUE = re.compile(r"^(?:報じ|伝え)(?:た|ている|ていた|る|ており|て)?$")
# Bodies of a state that make things known themselves (当局, 政府, 国防省, 県警)
_STATE_BODY = re.compile(r"(?:当局|政府|省|庁|警察|県警|府警|署|軍|委員会|大統領府|官邸)$")
# One a message is told to (大統領に対し、…と伝えた): 伝え then tells the speaker's message, not an outlet's report
RECIPIENT = re.compile(r"に(?:対し(?:て)?|向けて)?、")
_NOT_A_SOURCE = re.compile(r"^(?:報道|関係者|情報|話|説明|発表|調べ|一部報道|複数の報道)$")


def is_outlet(name: str | None, kind: str | None) -> bool:
    """A news outlet by its registry kind or by how its name is written (共同通信, 朝日, 河北, 米紙)."""
    return kind == "media" or bool(name) and (OUTLET_NAME.search(name) is not None or SHORT_OUTLET.search(name) is not None)


def reporting_outlet(body: str, people: list, start: int, end: int, cue: str, quoted: bool,
                     holder: str | None) -> tuple[str | None, str] | None:
    """(entity id, text) of the outlet a sentence names as its source, when the claim at start..end is told
    with と報じた or と伝えた right after it: the report is the outlet's, whoever the reported clause is about.
    A quote passed on (習主席は「…」と伝えた), a message told to someone (大統領に対し…と伝えた) and what an
    authority made known (タス通信によると、ダゲスタンの当局は…と伝えていた) stay the speaker's."""
    if not _REPORT_CUE.match(cue) or not body.startswith(("と" + cue, "、と" + cue), end):
        return None
    s_start = sentence_start(body, start, LONGEST)
    found = last_match(_SOURCE, body, s_start, start)
    topic = outlet_topic(body, people, found.end() if found is not None else s_start, start)
    if topic is not None and not (cue.startswith("伝え") and (quoted or RECIPIENT.search(body, topic[2], start))):
        return topic[:2]  # 聯合ニュースで、北朝鮮は…と報じた: the outlet named before the report's matter
    if found is None or _NOT_A_SOURCE.match(found.group("name")):
        return None
    if cue.startswith("伝え") and (quoted or RECIPIENT.search(body, found.end(), start) or _STATE_BODY.search(holder or "")):
        return None
    name = found.group("name")
    named = named_within(people, found.start("name"), found.end("name"))
    if not cue.startswith("報じ") and not is_outlet(name, None) and named is None:
        return None  # 法務省によると、…と伝えている: a ministry may tell it too, but only a named outlet is sure
    return named or (None, name)


def account_owner(body: str, people: list, start: int, cue: str) -> tuple[str | None, str] | None:
    """(entity id, text) of the body whose account (Xによる発表では, Xの発表によれば) a sentence gives, when its
    verb before the claim has no speaker of its own (…とした, …と発表した)."""
    if not _ACCOUNT_CUE.match(cue):
        return None
    s_start = sentence_start(body, start, LONGEST)
    found = last_match(_ACCOUNT, body, s_start, start)
    if found is None:
        return None
    name = found.group("name")
    named = named_within(people, found.start("name"), found.end("name"))
    if named is None and len(name) > 12:
        return None  # a clause, not a name
    return named or (None, name)


# Verbs with which a body or a person makes its own news known: …ことを発表した, …ことを明らかにした, 「…」として
_OWN_NEWS = re.compile(r"^(?:を|ことを)?(?:発表|公表|表明|明らかにし|明かし|として|とし)")


def announcer(body: str, people: list, start: int, cue: str, source: dict) -> tuple[str | None, str] | None:
    """(entity id, text) of the が-subject that opens a claim a source passes on, when the claim is that
    subject's own news (毎日新聞によると、高島彩アナウンサー(31)が…退社することを明らかにした: hers, told by the
    paper), or None."""
    if not _OWN_NEWS.match(cue):
        return None
    s_start = sentence_start(body, start, LONGEST)
    named = [m for m in people if s_start <= m.start and m.end <= start and m.type in ("PERSON", "ORG")
             and (m.entity_id is None or m.entity_id != source.get("entity_id")) and m.text != source.get("text")]
    if not named:
        return None
    last = named[-1]
    gap = GA_AFTER_NAME.fullmatch(body, last.end, start)
    return (last.entity_id, last.text) if gap is not None else None
