"""Sides told with a count: the countries of the compound a count of countries is written after (日中韓3か国の
外相会合, 英仏独3か国とイランの協議), the members listed before a count (A・B・CのN者は), and the sides a count as the
subject stands for (3社は: the last list of three companies); each only when the count agrees with them."""

from __future__ import annotations

import re

from core.clause_scan import last_before
from core.meetings.country_letters import VISIT_HOST
from core.meetings.mention import MeetingMention, Participant
from core.meetings.people import name_of, unique

# 日中韓3か国の外相会合: the countries a count of countries is written after, one character each
_COUNTED_COMPOUND = re.compile(r"(?<![\u4e00-\u9fff])[日米中韓朝露ロ英仏独印豪台]{2,6}$")
_KANJI_COUNT = {**{c: i for i, c in enumerate("〇一二三四五六七八九十")}, "両": 2}


def counted_countries(body: str, count_start: int, count: str) -> list[Participant]:
    """The countries of a compound written right before a count of countries that agrees with it
    (日中韓3か国: 日本, 中国, 韓国); none when the count is another or no compound is written."""
    compound = _COUNTED_COMPOUND.search(body, max(0, count_start - 6), count_start)
    number = count_value(count)
    if compound is None or number != len(compound.group(0)) or len(set(compound.group(0))) != number:
        return []
    return [Participant(c, VISIT_HOST[c]) for c in compound.group(0)]


def count_value(count: str) -> int | None:
    """A count written in digits (3, ３), one kanji (三) or 両 (two)."""
    if count.isdigit():
        return int(count)
    return _KANJI_COUNT.get(count)


# 日米韓3か国の外相は…会談した: the countries counted, as the clause's subject
_COUNTED_SUBJECT = re.compile(r"(?P<count>[0-9０-９]|[二三四五六七八九])[カヵケか]国(?:の|間の)?"
                              r"(?:首脳|外相|閣僚|首相|財務相|国防相|代表|高官|政府)?(?:ら)?(?:は|が)")


def counted_subject(body: str, clause: int, start: int) -> list[Participant]:
    """日米韓3か国の外相は10日、会談した: the countries of the compound a count of countries as the subject
    is written after (none when the count disagrees with it)."""
    found = last_before(_COUNTED_SUBJECT, body, clause, start)
    return counted_countries(body, found.start(), found["count"]) if found is not None else []


# 英仏独3か国とイランの協議, 英仏独の3カ国と: the countries counted, joined by と to another side
_COUNTED_PARTNER = re.compile(r"(?P<count>[0-9０-９]|[二三四五六七八九])[カヵケか]国(?:の[^、。とはが]{0,6}?)?(?:ら)?(?:と|との)")


def counted_partner(body: str, participants: list[Participant], clause: int, start: int) -> list[Participant]:
    """The participants, with the countries of a compound counted as one side joined by と (英仏独3か国とイランの
    協議: 英国, フランス, ドイツ and イラン) put first, when the count agrees with the compound."""
    found = last_before(_COUNTED_PARTNER, body, clause, start)
    counted = counted_countries(body, found.start(), found["count"]) if found is not None else []
    known = {p.entity_id for p in participants}
    return unique([c for c in counted if c.entity_id not in known] + participants) if counted else participants


# 欧州3か国（英国、フランス、ドイツ）と, 2か国（フィジー、トンガ）の首脳と, 3党（自民、公明、維新）は: a count whose
# aside in brackets lists what it counts, then the partner's or the subject's particle
_COUNT_ASIDE = re.compile(r"(?<![0-9０-９])(?P<n>[2-9２-９二三四五六七八九両])(?:か国|カ国|ヵ国|ヶ国|者|社|党|団体)"
                          r"(?P<aside>[（(][^（）()。]{2,60}[）)])(?:の[^、。とはが（(]{0,6}?)?(?:ら)?(?:と|との|は|が)")


def counted_in_aside(body: str, participants: list[Participant], actors, clause: int, start: int) -> list[Participant]:
    """The participants, with the names an aside lists after a count (欧州3か国（英国、フランス、ドイツ）と核協議:
    英国, フランス, ドイツ) put in, when as many as counted, one after another with only 、, ・ or と between."""
    found = last_before(_COUNT_ASIDE, body, clause, start)
    if found is None:
        return participants
    inner_start, inner_end = found.start("aside") + 1, found.end("aside") - 1
    listed = [m for m in actors if inner_start <= m.start and m.end <= inner_end and m.type in ("GPE", "ORG")]
    position = inner_start
    for m in listed:
        if body[position : m.start] not in ("", "、", "・", "と"):
            return participants  # (3か国（うち日本は議長国）: no list of the counted)
        position = m.end
    if position != inner_end or len(listed) != count_value(found["n"]):
        return participants
    known = {p.entity_id or p.name for p in participants}
    counted = [Participant(name_of(body, m), m.entity_id) for m in listed]
    return unique(participants + [c for c in counted if (c.entity_id or c.name) not in known])


def counted_sides(participants: list[Participant], count: str) -> list[Participant]:
    """麻生外相は…ライス国務長官、潘基文外交通商相と3か国外相会談: the sides the clause names, when as
    many as the count of the meeting's name; none otherwise."""
    return participants if len(participants) == count_value(count) else []


# SKR・滋賀県・甲賀市・JR西日本の4者は, 自民・公明・民主の3党が: the members, then their count
_COUNTED = re.compile(r"(?P<members>[^、。「」()（）はがをにで]{4,80})の(?:[^、。はが]{0,4}?)(?P<n>[2-9２-９二三四五六七八九])"
                      r"(?:者|社|行|党|団体|か国|カ国|ヵ国|ヶ国|政府|銀行|信用金庫|自治体|機関|首脳|外相|閣僚)(?:は|が|による|の間で)")
_SPLIT = re.compile(r"・|、|と|及び|および")
_LEADING_TIME = re.compile(r"^(?:[^・、]*?[0-9０-９]+[年月日]|[^・、]*?(?:今後|今回|以後|以降|から|まで|までに))+(?:以後|以降|から|ごろ|頃|にも|に)?")


# …の三者は, …の3社が: a count right after a list whose names are entities (A、B、Cの三者は)
# (朝日新聞、テレビ朝日と陸連の3者協議: the count glued to the meeting word, the list its sides; 自民、公明、民主3党の
# 協議: the count glued to the last name)
_COUNT_AFTER = re.compile(r"の?(?P<n>[2-9２-９二三四五六七八九])(?:者|社|党|団体|か国|カ国|ヵ国|ヶ国|政府|組織|勢力)"
                          r"(?:は|が|による|の間で|(?:首脳|党首|代表|トップ)?の?$)")
_LIST_MARK = "、・と"


def entities_listed(body: str, actors, end: int, marks: str = _LIST_MARK) -> list:
    """The entity mentions listed right before end, one after another, joined by one of marks (、, ・ or と:
    SLA、JEM、AU), from the first of the list."""
    ending = {m.end: m for m in actors if m.type in ("PERSON", "GPE", "ORG", "LOC")}
    out, position = [], end
    while position in ending:
        out.insert(0, ending[position])
        position = ending[position].start
        if position <= 0 or body[position - 1] not in marks or position - 1 not in ending:
            break
        position -= 1
    return out


def _counted_entities(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """SLA、JEM、AUの三者は…和平交渉は続くと: the entities listed before the count, with 、 between them,
    are each a side when there are as many as counted."""
    found = last_before(_COUNT_AFTER, body, clause, start)
    if found is None or count_value(found["n"]) is None:
        return
    listed = entities_listed(body, actors, found.start())
    if len(listed) != count_value(found["n"]) or len(listed) <= len(mention.participants):
        return
    mention.participants = [Participant(name_of(body, m), m.entity_id) for m in listed]


def counted_members(body: str, mention: MeetingMention, actors, clause: int, start: int) -> None:
    """A・B・C・Dの4者は…協定を締結した: when the count matches the names listed, each is a side."""
    found = last_before(_COUNTED, body, clause, start)
    if found is None:
        _counted_entities(body, mention, actors, clause, start)
        return
    names = [n for n in _SPLIT.split(found["members"]) if n]
    if names:  # 8月31日以後民主・社民…: a date or a time word before the list is not part of its first name
        names[0] = _LEADING_TIME.sub("", names[0])
    if len(names) != count_value(found["n"]) or len(names) <= len(mention.participants) \
            or any(not 2 <= len(n) <= 15 for n in names):
        _counted_entities(body, mention, actors, clause, start)
        return
    known = {(m.start, m.end): m for m in actors}
    out, position = [], found.start("members")
    for name in names:
        at = body.find(name, position, found.end("members"))
        entity = known.get((at, at + len(name)))
        out.append(Participant(name, entity.entity_id if entity is not None else None))
        position = at + len(name)
    mention.participants = out


# 3社は, 4市市長が, 2行の間で, 4信用金庫は: the sides counted as the clause's subject, named in a list before
_UNITS = r"者|社|行|党|団体|か国|カ国|ヵ国|ヶ国|市|町|村|県|球団|チーム|大学|銀行|信用金庫|信金|労組|組合"
_COUNT_SUBJECT = re.compile(r"(?<![0-9０-９])(?P<n>[2-9２-９二三四五六七八九])(?P<unit>" + _UNITS + r")"
                            r"(?:[\u4e00-\u9fff]{0,4}?)(?:は|が|とも|の間で|による)")
_COUNT_LISTED = re.compile(r"の(?P<n>[2-9２-９二三四五六七八九])(?P<unit>" + _UNITS + r")")
# where the list before …のN社 begins: the nearest stop (a particle, a bracket, a sentence end)
_LIST_STOP = re.compile(r"[。「」()（）はがをにで\n]")
_LOOK_BACK = 1500
# counters that end the names they count (北見市, 公明党): the sides may be named one by one
_NAMED_BY_UNIT = ("市", "町", "村", "県", "党", "銀行", "信用金庫", "信金", "労組", "組合")


def counted_earlier(body: str, mention: MeetingMention, all_actors, all_places, clause: int, start: int) -> None:
    """ミズノ、デサント、アシックスの3社に対し…。3社は…協議に入った: a count as the subject stands for the
    sides the last list of as many (…のN社) named, in this sentence or one before (all_actors, all_places: the
    article's, SpanIndexes; only a clause with a count as its subject reads the names before it)."""
    if len(mention.participants) >= 2 or mention.title:
        return
    found = last_before(_COUNT_SUBJECT, body, clause, start)
    if found is None:
        return
    actors = sorted(all_actors.within(max(0, clause - _LOOK_BACK), start)
                    + all_places.within(max(0, clause - _LOOK_BACK), start), key=lambda m: m.start)
    n, unit = count_value(found["n"]), found["unit"]
    for listed in reversed(list(_COUNT_LISTED.finditer(body, max(0, clause - _LOOK_BACK), found.end("unit")))):
        if count_value(listed["n"]) == n and listed["unit"] == unit:
            sides = _list_before(body, actors, listed.start(), n)  # (上記の3社 names none: the list before it)
            if sides:
                mention.participants = sides
                return
    if unit in _NAMED_BY_UNIT:  # 北見市と旭川市が…、帯広市と岩見沢市の…。4市市長が協議: every one named before
        named: dict[str, Participant] = {}
        for m in actors:
            name = body[m.start : m.end]
            if m.end <= found.start() and name.endswith(unit) and len(name) > len(unit) and name not in named:
                named[name] = Participant(name, m.entity_id)
        if len(named) == n:
            mention.participants = list(named.values())


def _list_before(body: str, actors, end: int, n: int) -> list[Participant] | None:
    """The last n names of the list that ends at end (A、B・CとD), most of them entities Kaidan knows."""
    begin = end
    while begin > 0 and not _LIST_STOP.match(body, begin - 1) and end - begin < 80:
        begin -= 1
    pieces, position = [], begin
    for piece in _SPLIT.split(body[begin:end]):
        pieces.append((body.find(piece, position, end), piece))
        position = pieces[-1][0] + len(piece)
    pieces = [(at, piece) for at, piece in pieces if piece][-n:]
    if len(pieces) != n or any(not 2 <= len(piece) <= 15 for _, piece in pieces):
        return None
    known = {(m.start, m.end): m for m in actors if m.type in ("ORG", "GPE", "PERSON", "LOC")}
    if sum((at, at + len(piece)) in known for at, piece in pieces) < max(1, n - 1):
        return None
    return [Participant(piece, known[(at, at + len(piece))].entity_id if (at, at + len(piece)) in known else None)
            for at, piece in pieces]


# 6カ国協議, 3か国首脳会談: a meeting named by the count of the countries that meet
_COUNTRIES_NAMED = re.compile(r"(?:第[0-9０-９一二三四五六七八九十]{1,3}回)?(?P<n>[2-9２-９二三四五六七八九])[カヵケか]国")
# …、日本の6カ国が, …の6か国は: the count of countries closing a list of them
_COUNTRIES_LISTED = re.compile(r"の(?P<n>[2-9２-９二三四五六七八九])[カヵケか]国")


def countries_counted_before(body: str, mention: MeetingMention, all_actors, start: int) -> None:
    """米国、インド、…、日本の6カ国が地域協定を結んだ。…11月に行われる6カ国協議の後: a meeting named by a count of
    countries with no side read is of the countries the last list of as many before it (…のNカ国) names, each a
    country Kaidan knows (all_actors: the article's, a SpanIndex)."""
    named = _COUNTRIES_NAMED.match(mention.text)
    if mention.participants or named is None:
        return
    n = count_value(named["n"])
    look_from = max(0, start - _LOOK_BACK)
    countries = [m for m in all_actors.within(look_from, start) if m.type == "GPE"]
    before = reversed(list(_COUNTRIES_LISTED.finditer(body, look_from, start)))  # (the nearest list first)
    _sides_from_a_list(body, countries, before, n, mention)


# how far past the meeting's sentence the sentence listing its countries may end (one sentence of news)
_LOOK_AHEAD = 300
# the sentence after: up to its end, as core.sentences ends one (。, ！, ？ or a line break; not the 。 of the sentence
# after a line with none, a heading or a line cut short)
_NEXT_SENTENCE = re.compile(r"\s*+[^。！？\n]*[。！？\n]")


def countries_counted_after(body: str, mention: MeetingMention, all_actors, end: int) -> None:
    """北朝鮮の核問題をめぐる6カ国協議が再開した。協議には日本、米国、…、北朝鮮の6カ国が参加している: a meeting named by
    a count of countries with no side read is of the countries a list of as many (…のNカ国) names after it, in its
    own sentence or the next, each a country Kaidan knows (all_actors: the article's, a SpanIndex)."""
    named = _COUNTRIES_NAMED.match(mention.text)
    if mention.participants or named is None:
        return
    n = count_value(named["n"])
    s_end = mention.sentence[1]
    following = _NEXT_SENTENCE.match(body, s_end, s_end + _LOOK_AHEAD)
    stop = min(following.end() if following else s_end, end + 2 * _LOOK_AHEAD)  # (a sentence of any length: a few lines)
    countries = [m for m in all_actors.within(end, stop) if m.type == "GPE"]
    _sides_from_a_list(body, countries, _COUNTRIES_LISTED.finditer(body, end, stop), n, mention)


def _sides_from_a_list(body: str, countries: list, listings, n: int, mention: MeetingMention) -> None:
    """The mention's sides from the first of listings (lists ending …のNカ国) that counts n, when every name it lists
    is a country Kaidan knows; the lists after it are not read."""
    for listed in listings:
        if count_value(listed["n"]) != n:
            continue
        sides = _list_before(body, countries, listed.start(), n)
        if sides and all((p.entity_id or "").startswith("country:") for p in sides):
            mention.participants = sides
        return
