"""Links between meetings of one article read from what one says of the other, not from a cue word between them.

- A planned meeting (a visit invited, a summit scheduled) talked over in a held meeting's sentence, or in
  one of the three after it when no meeting is told between, is what that meeting prepares:
  プーチン大統領はオンライン会談で、習氏から今年前半の中国訪問を招請され受諾した.
- Rounds the text numbers (2回目の連立交渉 … 3度目の会談) follow each other: round n precedes round n + 1.
- Talks told after a visit the sentence calls under way (訪問中のワシントンで…会談した) are part of it.
- A meeting planned as the sides' next one (7月20日の会合で改めて協議する, 次回の協議, 協議を再開する) comes after
  the meeting of the same sides held and told just before it: that one precedes it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from core.meetings.agreement import is_country
from core.meetings.same_sides import same_people
from core.meetings.proposal import Proposal
from core.text import NARROW_DIGITS, previous_sentence_start

_PLANNED = ("scheduled", "proposed")

# what the sides of a held meeting do with a planned one: invite to it, accept it, talk it over
_TALKED_OVER = re.compile(r"招請|招待|招き|受諾|受け入れ|議論|協議し|話し合|意見交換|調整|確認")
# talked over by its sides, a sentence or more after their meeting (not 中国訪問の招待については, the invitation)
_DISCUSSED = re.compile(r"議論し|協議し|話し合|意見交換し|意見を交わ|意見を交換")
# 2回目の, 第3回, 3度目の, 第2次: the number of a round written right before its meeting word (3回会談した
# counts meetings, it numbers none)
_NUMBER = "[0-9０-９一二三四五六七八九十]{1,3}"
_ROUND = re.compile(rf"(?:第(?P<n>{_NUMBER})(?:回目?|次)|(?P<m>{_NUMBER})(?:回目|度目))の?[^\s、。「」]{{0,4}}$")
_KANJI = {c: i for i, c in enumerate("〇一二三四五六七八九", 0)}


def _sides(proposal: Proposal, country_of) -> set[str]:
    """The people and countries of a meeting (a person stands for their country too)."""
    keys = set()
    for p in proposal.participants:
        key = p.entity_id or p.name
        keys.add(key)
        country = country_of(key) if country_of is not None and p.entity_id else None
        if country:
            keys.add(country)
    return keys


def prepares_planned(proposals: list[Proposal], body: str, country_of) -> list[tuple]:
    """(held, planned, "prepares", evidence): a planned meeting of the held one's sides told in its sentence,
    with words of inviting or talking it over after the planned one (…中国訪問を招請され受諾した)."""
    held_in: dict[tuple[int, int], list[Proposal]] = {}  # sentence → the held meetings told in it
    for held in proposals:
        if held.status == "held":
            for sentence in {m.sentence for m in held.mentions}:
                held_in.setdefault(sentence, []).append(held)
    sides: dict[int, set[str]] = {}
    links = []
    told = sorted(m.start for p in proposals for m in p.mentions)
    keys = sorted(held_in)
    for planned in proposals:
        if planned.status not in _PLANNED:
            continue
        for mention in planned.mentions:
            begin, end = mention.sentence
            if not _TALKED_OVER.search(body, mention.end, end):
                continue
            held_here = held_in.get(mention.sentence)
            if not held_here and _DISCUSSED.search(body, mention.end, end):  # …中国訪問…について議論した
                held_here = [held for held in _told_just_before(held_in, keys, mention.sentence, body, told)
                             if _named_in(held, body, begin, mention.start)]
            for held in held_here or ():
                for p in (held, planned):
                    if id(p) not in sides:
                        sides[id(p)] = _sides(p, country_of)
                if held is planned or not sides[id(held)] & sides[id(planned)]:
                    continue
                last = planned.end or planned.start  # 今年前半: the plan's time runs to June
                if held.start and last and held.start[:len(last)] > last:
                    continue  # a meeting held after the plan's time cannot prepare it
                links.append((held, planned, "prepares", body[begin:end]))
    return links


def _told_just_before(held_in: dict, keys: list, sentence: tuple[int, int], body: str,
                      told: list[int]) -> list[Proposal]:
    """The held meetings of the last sentence that told one, when the sentence that talks a plan over tells
    none, two sentences at most lie between and no meeting is told there (電話会談し…協議した。…。…。トランプ
    氏は…「4月に予定している中国訪問」…について議論した: the visit was talked over in that call). held_in's
    sentences (keys) and told are sorted: looked up by bisection."""
    i = bisect_right(keys, (sentence[0], sentence[0]))
    before = [s for s in keys[max(0, i - 4):i] if s[1] <= sentence[0]]  # sentences do not overlap
    if not before:
        return []
    last = max(before)
    gap = body[last[1]:sentence[0]]
    if len(re.findall(r"[。！？!?]", gap)) > 2 or bisect_left(told, last[1]) < bisect_left(told, sentence[0]):
        return []
    return held_in[last]


def _named_in(held: Proposal, body: str, begin: int, end: int) -> bool:
    """Whether one of the held meeting's people is named in body[begin:end] (トランプ氏は投稿で…): the one who
    tells what was talked over took part in it."""
    return any(p.name and not (p.entity_id or "").startswith("country:") and p.name in body[begin:end]
               for p in held.participants)


def round_number(body: str, proposal: Proposal) -> int | None:
    """The round a meeting's words number (2回目の連立交渉 → 2, 3度目の会談 → 3), None when none does."""
    for mention in proposal.mentions:
        found = _ROUND.search(body, max(mention.sentence[0], mention.start - 12), mention.start)
        if found:
            return _number(found["n"] or found["m"])
    return None


def _number(text: str) -> int | None:
    text = text.translate(NARROW_DIGITS)
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if len(text) == 1 and text in _KANJI:
        return _KANJI[text]
    if len(text) == 2 and text[0] == "十" and text[1] in _KANJI:
        return 10 + _KANJI[text[1]]
    return None


def numbered_rounds(proposals: list[Proposal], body: str, country_of) -> list[tuple]:
    """(round n, round n + 1, "precedes", evidence) for meetings of the same sides numbered one after the other."""
    by_number: dict[int, list[Proposal]] = {}
    for p in proposals:
        n = round_number(body, p) if p.mentions and len(p.participants) >= 2 else None
        if n:
            by_number.setdefault(n, []).append(p)
    links = []
    for n, earlier_ones in by_number.items():
        for earlier, later in ((e, x) for e in earlier_ones for x in by_number.get(n + 1, [])):
            if same_people(earlier.participants, later.participants, country_of):
                sentence = later.mentions[0].sentence
                links.append((earlier, later, "precedes", body[sentence[0] : sentence[1]]))
    return links


# 改めて協議する, 再び会談する, 次回の会合で, 引き続き協議: words that make a planned meeting the sides' next one
_AGAIN = re.compile(r"改めて|あらためて|再び|再度|次回|引き続き|引き続いて")


def told_again(proposals: list[Proposal], body: str, country_of) -> list[tuple]:
    """(held, planned, "precedes", evidence): a meeting planned as the next one of the sides (…の会合で改めて
    協議する, 次回の協議, 交渉を再開する) after their held meeting told in its sentence or the one before,
    dated before it (or either undated): the held one precedes it."""
    links = []
    for planned in proposals:
        if planned.status not in _PLANNED or len(planned.participants) < 2 or not planned.mentions:
            continue
        first = min(planned.mentions, key=lambda m: m.start)
        begin, end = first.sentence
        clause_end = min([end] + [body.find(c, first.end, end) for c in "、。" if body.find(c, first.end, end) >= 0])
        if not (first.next_round or _AGAIN.search(body, max(begin, first.start - 8), clause_end)):
            continue
        sentence_before = previous_sentence_start(body, begin)
        held = [p for p in proposals if p is not planned and p.status == "held"
                and any(sentence_before <= m.start < first.start for m in p.mentions)
                and same_people(p.participants, planned.participants, country_of)
                and not (p.start and planned.start and p.start[:len(planned.start)] >= planned.start)]
        if held:
            last = max(held, key=lambda p: max(m.start for m in p.mentions if m.start < first.start))
            links.append((last, planned, "precedes", body[begin:end]))
    return links


# 訪問中の, 訪米中の, 滞在中の, 歴訪中の, 歴訪している, 訪問しており: a visit under way when something else happens
_UNDER_WAY = re.compile(r"中の|中で|中に|中、|している|しており")


def during_a_visit(proposals: list[Proposal], body: str) -> list[tuple]:
    """(talks, visit, "part_of", evidence): talks told later in the sentence of a visit it calls under way
    (訪問中のワシントンで…と会談した, 訪米中の首相は…と会談した), held by someone of the visit, of its status."""
    links = []
    for visit in proposals:
        if visit.kind not in ("visit", "trip"):
            continue
        people = {p.entity_id or p.name for p in visit.participants if not is_country(p)}
        for mention in visit.mentions:
            if not _UNDER_WAY.match(body, mention.end):
                continue
            for talks in proposals:
                if talks is visit or talks.kind not in ("talks", "negotiation_round", "signing") \
                        or talks.status != visit.status \
                        or not people & {p.entity_id or p.name for p in talks.participants}:
                    continue
                if any(m.sentence == mention.sentence and m.start > mention.end for m in talks.mentions):
                    links.append((talks, visit, "part_of", body[mention.sentence[0]:mention.sentence[1]]))
    return links


def read_links(proposals: list[Proposal], body: str, country_of, links: list[tuple]) -> list[tuple]:
    """links with those this module reads added; a pair one prepares drops its plain precedes (a prepared
    meeting comes after what prepares it: the relation says more)."""
    links = links + prepares_planned(proposals, body, country_of) + numbered_rounds(proposals, body, country_of) \
        + told_again(proposals, body, country_of) + during_a_visit(proposals, body)
    prepared = {(id(a), id(b)) for a, b, relation, _ in links if relation == "prepares"}
    seen: set = set()
    out = []
    for link in links:
        key = (id(link[0]), id(link[1]), link[2])
        if key in seen or link[2] == "precedes" and key[:2] in prepared:
            continue
        seen.add(key)
        out.append(link)
    return out


_CONTAINERS = ("multilateral", "trip", "visit", "negotiation_round")


def date_containers(links: list[tuple]) -> None:
    """A summit week, trip or visit the text gives no date of is held at least over the days of the meetings
    told as part of it (ASEANなどの会合に出席するため…を訪れた両外相は11日、会談した): from the first to the
    last of those days, precision "days"."""
    for _ in range(3):  # a visit dated by its talks dates the summit week it is part of (talks → visit → summit)
        days: dict[int, tuple] = {}
        for part, container, relation, _ in links:
            if relation != "part_of" or container.kind not in _CONTAINERS or container.start:
                continue
            if part.start and len(part.start) == 10 and part.status == container.status:
                known = days.get(id(container), (container, []))
                days[id(container)] = (container, known[1] + [part.start])
        if not days:
            return
        for container, dated in days.values():
            container.start, container.end, container.precision = min(dated), max(dated), "days"
