"""A person's name glued to the head noun of a body, an event, a prize or a place is part of that name.

金正日政治軍事大学 is a university, エリザベス女王杯 a race, 芥川賞 a prize, 准胝観音坐像 a statue: no mention of the
person. The run of nouns after the name (no particle, no honorific, no number) must end on the head, so a person
before their affiliation and title (溝上恵東京大学名誉教授) stays a person. A government (安倍政権, 岸田内閣) is
no head: it is the person's.
"""

from __future__ import annotations

from core.model import Mention
from core.nlp.offices import HONORIFICS, OFFICE_WORDS

# Heads that make a body of the run (read as an ORG, as core.nlp.suffixed_names reads 山田大学).
_BODIES = {"大学", "大学院", "学院", "学園", "財団", "基金", "研究所", "協会"}
# Heads of an event named after a person: races and cups (エリザベス女王杯, 有馬記念, 高松宮記念).
_EVENTS = {"杯", "記念", "カップ", "トロフィー"}
# Heads of a prize, a statue, a ship or a place: no person, and whatever other reader finds stands.
_OTHERS = {"賞", "大賞", "勲章", "像", "銅像", "坐像", "立像", "胸像", "号", "記念館", "記念碑", "記念公園", "記念堂",
           "図書館", "博物館", "美術館", "通り", "広場", "空港", "国際空港", "駅", "橋", "公園", "スタジアム", "競技場"}
_HEADS = _BODIES | _EVENTS | _OTHERS
_NOT_BODIES = _EVENTS | _OTHERS
# After an office (エリザベス女王杯, オバマ大統領図書館) only a head that names something after the holder counts:
# a place word after a title is more often where the holder is (…大統領空港で is unlikely, …大統領、空港で usual).
_AFTER_OFFICE = _BODIES | _EVENTS | {"賞", "大賞", "像", "銅像", "号", "記念館", "記念碑", "図書館", "通り"}
_OFFICES = frozenset(OFFICE_WORDS) | {"女王", "国王", "王", "皇太子", "王子", "王女", "主席", "総書記", "元帥"}
_LONGEST_RUN = 6


def _run_head(folded: str, tokens, index_at: dict, end: int) -> tuple[int, str] | None:
    """Where the run of nouns glued at end stops, and its head, if it ends on one."""
    i = index_at.get(end)
    last = None
    office = False
    while i is not None and i < len(tokens) and i - index_at[end] < _LONGEST_RUN:
        token = tokens[i]
        if token.start != (last or end) or token.surface in HONORIFICS or ",数詞," in token.pos or not (
                token.pos.startswith("名詞") or token.pos.startswith("接尾辞,名詞的")):
            break
        office = office or token.surface in _OFFICES
        last = token.end
        i += 1
    if last is None or (i < len(tokens) and tokens[i].start == last and tokens[i].pos.startswith("接頭辞")):
        return None  # (長沼毅広島大学|准|教授: the body is the person's, before a title with its prefix)
    for size in (1, 2):  # the head is the run's last word or two (記念|館, 国際|空港)
        if i - size < index_at[end]:
            break
        head = folded[tokens[i - size].start : last]
        if head in _HEADS and (not office or head in _AFTER_OFFICE) and (head != "記念" or i - 1 == index_at[end]):
            return last, head  # 記念 right after the name alone (有馬記念; 市川猿之助襲名記念 is the actor's day)
    return None


def _ends_on_head(folded: str, tokens, index_at: dict, mention: Mention) -> bool:
    """Whether a span ends on the head of a prize, an event or a place after a word of its own."""
    words = list(_tokens_in(tokens, index_at, mention))
    if not words or words[-1].end != mention.end:
        return False
    return any(len(words) > size and folded[words[-size].start : mention.end] in _NOT_BODIES for size in (1, 2))


def _tokens_in(tokens, index_at: dict, mention: Mention):
    """The tokens of a span that starts and ends on token edges."""
    i = index_at.get(mention.start)
    while i is not None and i < len(tokens) and tokens[i].end <= mention.end:
        yield tokens[i]
        i += 1


def named_after(folded: str, tokens, index_at: dict, mentions: list[Mention]) -> list[Mention]:
    """mentions without the people glued to a head noun; a body or an event over the whole name where the head
    is one (金正日政治軍事大学: ORG; エリザベス女王杯: EVENT)."""
    out = []
    for mention in mentions:
        if mention.source == "tagger" and mention.type == "PERSON" and _ends_on_head(folded, tokens, index_at, mention):
            continue  # the tagger's person over the head itself (芥川龍之介賞)
        run = _run_head(folded, tokens, index_at, mention.end) \
            if mention.type == "PERSON" and mention.source != "user" else None
        if run is None:
            out.append(mention)
            continue
        last, head = run
        kind = "ORG" if head in _BODIES else "EVENT" if head in _EVENTS else None
        if kind:
            out.append(Mention(mention.start, last, "", kind, source="compound"))
    return out
