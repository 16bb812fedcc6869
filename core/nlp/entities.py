"""Entity mentions in an article body: gazetteer, titles, UniDic tags, abbreviations, dates.

Types follow spaCy/OntoNotes: PERSON, GPE, LOC, ORG, LAW, EVENT, DATE. Spans are
the name without title or honorific, never nested; where candidates overlap
the longest wins, then the more trusted source.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from itertools import compress, count, repeat
from operator import contains, itemgetter

from core.dates.mentions import find_dates
from core.nlp import tagger as tagger_model
from core.nlp.abbreviations import abbreviation_mentions
from core.nlp.agency_names import agency_mentions
from core.nlp.article_aliases import unify_spellings
from core.nlp.club_names import clubs_in_context
from core.nlp.company_names import company_mentions, short_company_forms
from core.nlp.compound_names import DISEASE_AFTER, compound_mentions
from core.nlp.datelines import dateline_places, joined_dateline_agencies
from core.nlp.demonyms import without_peoples
from core.nlp.kind_names import kind_named_mentions
from core.nlp.learned_spans import tagger_mentions
from core.nlp.linking import later_short_forms, link_new_names, short_forms_retyped
from core.nlp.name_lists import listed_mentions
from core.nlp.name_votes import one_type_per_name
from core.model import Mention
from core.nlp.place_parts import town_before_head
from core.nlp.bodies_and_sites import body_mentions, natural_place_mentions, site_mentions
from core.nlp.given_names import split_given_names
from core.nlp.name_parts import mend
from core.nlp.readings import readings
from core.nlp.title_names import outside_bmp_names, people_before_titles
from core.nlp.offices import (HONORIFICS, MINISTRY_AFTER, OFFICE_AFTER, OFFICE_BEFORE_NAME, OFFICE_RE, office_after,
                              office_for_name)
from core.nlp.office_terms import (agrees, names_office, common_alone, former_title, heads_government, office_in_context,
                                   shared_surname, surname_alone)
from core.nlp.team_names import clubs_named_short, school_team_mentions
from core.nlp.tokens import Token, tokenize
from core.nlp.user_lexicon import UserLexicon
from core.registry import Entity, Registry, given_name_agrees
from core.scan import finditer
from core.text import fold

TYPES = ("PERSON", "GPE", "LOC", "ORG", "LAW", "EVENT", "DATE")
# Lower is more trusted when two candidates cover the same characters.
PRIORITY = {"user": -1, "registry": 0, "gazetteer": 1, "title": 2, "compound": 3, "date": 4, "abbreviation": 5,
            "tagger": 6, "unidic": 7}
# Administrative suffixes that belong to a place name (習志野市, 広東省 is not here: 省 is
# also a ministry), and the heads of noun chains that name an organisation
# (東京地裁, 日本野球機構, 駐日中国大使館 ... ).
_PLACE_SUFFIXES = {"市", "区", "県", "都", "府", "州", "町", "村", "郡"}
# Place names UniDic knows that are everyday words before anything but a place suffix (中央区 is a ward).
_KIND_WORDS = {"中央"}
_DIRECTION_PART = re.compile(r"(?:[東西南北]{1,2}|中)部$")
_ORG_HEADS_NOUN = {
    "大学", "大学院", "機構", "協会", "連盟", "銀行", "新聞", "新聞社", "通信", "通信社", "放送",
    "研究所", "財団", "委員会", "評議会", "裁判所", "地裁", "高裁", "最高裁", "地検", "高検", "警察", "警察署", "警察本部",
    "大使館", "領事館", "総領事館", "議会", "庁", "党", "公社", "基金", "沿岸警備隊", "警備隊", "航空",
    "グループ", "学園", "高校", "高等学校", "病院", "球団", "工業", "電機", "製作所", "商事", "物産", "証券",
    "自動車", "重工", "電力", "鉄道", "金庫", "信金", "日報", "新報",
}
# Units a region (not a country) is divided into: 浙江省, パレスチナ自治区 (after a country 省 is
# a ministry's: 中国外務省), and the forms of state after a country's name (セルビア共和国).
_PROVINCE = re.compile(r"(?:自治区|自治州|特別区|特別市|省)(?![庁令])")
_STATE_FORM = re.compile(r"(?:連邦|民主|人民|社会主義|イスラム)?(?:共和国|王国|公国|首長国|大公国)")
# A place with its reading in brackets and its unit: 金海(キムヘ)市, 烽下(ポンハ)村 (…市郊外 too).
_PLACE_WITH_READING = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}[(（][\u30a1-\u30faー]+[)）]"
                                 r"(?:市|村|郡|道|県|州|省|区|町|邑|面|里)"
                                 r"(?:(?![\u4e00-\u9fff])|(?=郊外|内|近郊|周辺|中心部))")
# Heads that make an organisation out of any proper name before them (山田電機, 角川グループ).
_ORG_HEAD_NOUN_RE = re.compile("|".join(sorted(_ORG_HEADS_NOUN, key=len, reverse=True)))
_ORG_AFTER_NAME = {"大学", "グループ", "学園", "学院", "高校", "高等学校", "病院", "球団", "工業", "実業", "商業", "電機", "製作所",
                   "商事", "物産", "証券", "證券", "銀行", "新聞", "新聞社", "通信社", "研究所", "財団", "協会",
                   "信用金庫", "信用組合", "労働金庫"}
_ORG_AFTER_NAME_RE = re.compile("|".join(sorted(_ORG_AFTER_NAME, key=len, reverse=True)))
# Bodies that follow another head word as the name's own head (日本新聞|協会, 東京大学|病院, 愛知工業|大学).
_BODY_AFTER_HEAD = {"連盟", "協会", "大学", "高校", "高等学校", "病院", "財団", "研究所", "委員会", "評議会", "機構",
                    "基金", "学園"}
# An office right after a body word (球団|社長, 協会|長): with a person's name before, the body is the title's.
_OFFICE_AFTER_BODY = re.compile(r"(?:前|元|新|現)?(?:副?社長|副?会長|副?代表|オーナー|本部長|取締役|専務|常務|長)")
_TITLE_BODIES = {"球団", "協会", "病院"}
_ORG_HEADS = {"代表", "議長", "委員長", "事務局長", "総裁", "首席", "党首", "幹事長"}
# A katakana run with a title right after it (the look-ahead keeps the scan in C).
_KATAKANA_NAME = re.compile(
    r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]+(?:[・=＝][\u30a1-\u30faー]+)*(?=" + OFFICE_AFTER.pattern + ")"
)
# A katakana run, and a title's own word: a run is tried as a name before a title only when a title word
# begins near its end (from 5 letters before it, エネルギー相, to 23 after, 米国務長官 after a country), so
# re does not try the whole title after each letter of every katakana word, backing off from its end.
_KATAKANA_RUN = re.compile(r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]+(?:[・=＝][\u30a1-\u30faー]+)*")
_OFFICE_WORD = re.compile(OFFICE_RE)
_MINISTRY_WORD = re.compile("相")  # a shortened ministry's title ends in 相 at most 18 letters after the run
# The same before a minister named by a shortened ministry (シン・ウンサン統一相, ダクラッラー情報相).
_KATAKANA_MINISTER = re.compile(
    r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]+(?:[・=＝][\u30a1-\u30faー]+)*(?=" + MINISTRY_AFTER.pattern + ")"
)
# A katakana name before a role that is no office (アネルカ選手, ウェア候補, テイラー政権): a person when
# UniDic reads the run as a name or does not know it (ラグビー選手 is no one).
# The name's run is taken whole (possessive: a role begins with a kanji, so no shorter run can be followed by one).
_KATAKANA_ROLE = re.compile(
    r"(?<![\u30a1-\u30faー・=＝])(?P<name>[\u30a1-\u30faー]{2,}+(?:[・=＝][\u30a1-\u30faー]+)*+)"
    r"(?:前|元|新|現)?(?P<role>選手|監督|候補|容疑者|被告|次長|会長|社長|理事長|教授|博士|政権|陣営|夫妻)"
)
# A name with a middle initial (ジョージ・W・ブッシュ, ロバート・M・ゲイツ): a person, whatever follows.
_INITIAL_NAME = re.compile(r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})*(?:・[A-Z]\.?)+"
                           r"・[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})*(?![\u30a1-\u30faー])")
_INITIAL_AFTER_DOT = re.compile(r"・[A-Z]")  # a literal first: found far faster than the name's own pattern
_LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:[ ・][A-Z][a-z]+)+(?![A-Za-z])")
_ORDINAL_BEFORE = re.compile(r"第\d+回$")
# A name with its reading in brackets: 朴喆熙(パク・チョルヒ), 習近平(シー・ジンピン), 臼井儀人(うすい・よしと),
# 小野田寛郎(おのだ・ひろお) (five letters: a three-letter surname and a two-letter given name).
_NAME_WITH_READING = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<kanji>[\u4e00-\u9fff]{2,5})[(（](?P<kana>[\u30a1-\u30faー]+(?:・[\u30a1-\u30faー]+)+"
    r"|(?P<hiragana>[\u3041-\u3096]+・[\u3041-\u3096]+))[)）]"
)
# Two people before one title shared with 両 (茂木・中野両容疑者, 安倍・福田両氏).
_PAIR_WITH_TITLE = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・])(?P<a>[\u4e00-\u9fff]{2,4}|[\u30a1-\u30faー]{2,})"
                              r"・(?P<b>[\u4e00-\u9fff]{2,4}|[\u30a1-\u30faー]{2,})両")
_PAIR_ROLE = re.compile(r"(?:容疑者|被告|候補|選手|監督|議員|首脳|氏)")
# Named meetings of a grouping: ASEAN首脳会議, 先進7カ国(G7)外相会合, G20サミット.
_MEETING_AFTER = re.compile(
    r"(?:[(（][A-Za-z0-9]+[)）])?(?:首脳会議|首脳会合|外相会議|外相会合|外相理事会|閣僚会議|閣僚会合|"
    r"閣僚理事会|国防相会議|国防相会合|財務相・中央銀行総裁会議|財務相会合|財務相会議|サミット|総会)"
)
# 【ナイアガラ共同】: the agency in a dateline bracket.
_DATELINE_AGENCY = re.compile(r"【[^】=＝]{1,15}?(?P<agency>共同|時事)】")
_AGENCY_NAMES = {"共同": "共同通信", "時事": "時事通信"}
# After a known surname these mean the person too: 高市政権, 石破陣営.
_OUTSIDE_BMP = re.compile(r"[\U00020000-\U0003ffff]")
_PERSON_SUFFIX = re.compile(r"政権|陣営|夫妻|一家|氏ら")
# A token's fields, read in C by map (detection runs these over every token of an article).
_start, _end, _pos = itemgetter(0), itemgetter(1), itemgetter(3)


def detect(text: str, registry: Registry, reference: date | None = None, tagger=None,
           lexicon: UserLexicon | None = None) -> list[Mention]:
    """Every entity mention in text, in order, non-overlapping.

    tagger: the statistical tagger to fill gaps with (None: the bundled model,
    False: rules alone). Its spans stand only where no rule's span does.
    lexicon: what the user's corrections in the library taught (core.nlp.user_lexicon).
    """
    folded = fold(text)
    tokens = tokenize(folded)
    day = reference.isoformat() if reference else None
    # where tokens start and end, computed once for every pass below
    starts = list(map(_start, tokens))
    index_at = dict(zip(starts, range(len(tokens))))
    ends = set(map(_end, tokens))
    candidates: list[Mention] = []
    candidates += _gazetteer(folded, starts, ends, registry, day)
    candidates += _titled_people(folded, tokens, starts, index_at, registry, day)
    if "共同" in folded or "時事" in folded:
        candidates += joined_dateline_agencies(folded, tokens, starts, registry)
    if "=" in folded:
        candidates += dateline_places(folded, registry)
    # the proper nouns, picked once in C (a search of every token's features): UniDic's names and the given
    # names split_given_names reads are among them
    proper = list(compress(count(), map(contains, map(_pos, tokens), repeat(",固有名詞,"))))
    candidates += _unidic(folded, tokens, proper)
    candidates += split_given_names(folded, tokens, index_at, registry, proper)
    candidates += abbreviation_mentions(tokens, registry)
    candidates += listed_mentions(folded, registry.abbreviations)
    if "庁" in folded:
        candidates += agency_mentions(tokens, candidates)
    candidates += _compounds(folded, tokens, index_at, candidates)
    candidates += [
        Mention(d.start, d.end, "", "DATE", value=d.value, source="date")
        for d in find_dates(folded, reference)
    ]
    candidates += body_mentions(folded, candidates, registry)
    candidates += compound_mentions(folded, candidates)
    candidates += site_mentions(folded, tokens, index_at, ends)
    candidates += natural_place_mentions(folded, tokens, index_at)
    candidates += kind_named_mentions(folded, tokens, index_at)
    candidates += school_team_mentions(folded, tokens)
    candidates += company_mentions(folded, tokens)
    if _OUTSIDE_BMP.search(folded):
        candidates += outside_bmp_names(folded, tokens)
    if lexicon is not None:
        candidates += lexicon.mentions(folded, index_at, ends)
    if tagger is None:
        tagger = tagger_model.load()
    containers: list[Mention] = []
    learned = tagger_mentions(folded, tokens, index_at, registry, tagger, containers) if tagger else []
    taken = bytearray(len(text) + 1)
    # UniDic's person names compete with the rules (李|明博 is longer than a surname alone);
    # its places come after the tagger, which reads them in context (東京|オリンピック).
    weak = [c for c in candidates if c.source == "unidic" and c.type != "PERSON"]
    chosen = _resolve([c for c in candidates if c.source != "unidic" or c.type == "PERSON"], taken)
    chosen = _give_way(folded, chosen, learned, taken)
    if CONTAINERS_HOLD:
        chosen = _give_way(folded, chosen, containers, taken, hold=True)
    chosen += _resolve(learned, taken)
    chosen += _resolve(weak, taken)
    if lexicon is not None:
        chosen = [m for m in chosen if m.source == "user" or lexicon.allows(m, folded[m.start : m.end])]
    chosen = mend(folded, chosen, registry)
    chosen = people_before_titles(folded, chosen)
    chosen = readings(folded, chosen)
    chosen = one_type_per_name(folded, chosen)
    chosen = clubs_in_context(folded, chosen, registry, tokens, index_at)
    chosen = short_company_forms(folded, chosen)
    chosen = short_forms_retyped(folded, chosen, tokens, index_at)
    chosen = clubs_named_short(folded, chosen)
    chosen = sorted(chosen + later_short_forms(folded, chosen, index_at, ends, tokens), key=lambda m: m.start)
    linked = link_new_names(folded, without_peoples(folded, chosen, tokens, index_at), text)
    return unify_spellings(folded, linked, registry, index_at, ends, text)


def _gazetteer(folded, starts: list[int], ends: set, registry: Registry, day) -> list[Mention]:
    """Registry surfaces that start and end on token boundaries (longest first)."""
    out = []
    # Only token starts whose first letters begin some surface are walked in the trie: picked in C
    # (map, compress), where a regex search for any surface tried every letter of the text.
    size, openings = registry.openings
    position = 0
    for start in compress(starts, map(openings.__contains__,
                                      map(folded.__getitem__, map(slice, starts, map(size.__add__, starts))))):
        if start < position:
            continue
        position = start + 1
        for end, ids in registry.longest_matches(folded, start):
            inside = end not in ends
            if inside and not (folded.startswith("軍", end) and end + 1 in ends) and end - start < 3:
                continue  # a short name inside a token, unless its force follows (イスラム国|軍 read as イスラム|国軍)
            entity = _choose(ids, registry, folded, start, end, day)
            if entity is None or (entity.type == "ORG" and folded.startswith("議員", end)):
                continue  # 上院議員 is an office, not the Senate
            if inside and entity.type != "ORG" and not folded.startswith("軍", end) \
                    and not (entity.type == "PERSON" and _title_at_once(folded, end)):
                continue  # an organisation's long name read across a token's edge: 衆議|院本|会議
                # (a person's, when a title follows at once: 金大|中元|大統領 is 金大中 元大統領)
            if surname_alone(entity, folded[start:end]):
                title = office_for_name(folded, end)  # (麻生、ライス両外相)
                office = title["office"] if title else None
                if not agrees(entity, office, day, bool(title) and former_title(title)) or (
                        _unsupported(entity, office, folded, end)):
                    # a person's name still, but not shown to be this known person (カラス in 2010)
                    out.append(Mention(start, end, "", "PERSON", source="gazetteer"))
                    position = end
                    break
            begin = start
            meeting = _MEETING_AFTER.match(folded, end) if entity.attributes.get("kind") == "international" else None
            if meeting:
                out.append(Mention(begin, meeting.end(), "", "EVENT", source="compound"))
            if entity.type == "EVENT" and (ordinal := _ORDINAL_BEFORE.search(folded, 0, start)):
                begin = ordinal.start()
            out.append(Mention(begin, end, "", entity.type, entity.id))
            position = end
            break
    return out


def _title_at_once(folded: str, end: int) -> bool:
    """Whether a title starts at end, after nothing or only 前/元/新/現 (元大統領; not 博大統領)."""
    title = office_after(folded, end)
    return title is not None and folded[end : title.start("office")] in ("", "前", "元", "新", "現")


def _choose(ids, registry: Registry, folded: str, start: int, end: int, day) -> Entity | None:
    """The entity a surface stands for here; people with a common-word surname need a title for it alone."""
    entities = [registry.entities[i] for i in ids if i in registry.entities]
    surface = folded[start:end]
    if len(entities) == 1 and not common_alone(entities[0], surface):
        return entities[0]  # the common case: one meaning, no title needed to choose
    title = office_for_name(folded, end)  # (ブッシュ、プーチン両大統領)
    if title:
        people = [e for e in entities if e.type == "PERSON"]
        person = _holder(people, title["office"], day, former_title(title))
        if person:
            return person
    plain = [e for e in entities if not common_alone(e, surface)]
    if not plain:
        return None
    non_people = [e for e in plain if e.type != "PERSON"]
    return (non_people or sorted(plain, key=lambda e: not agrees(e, title and title["office"], day, bool(title) and former_title(title))))[0]


def _unsupported(person: Entity, title: str | None, folded: str, end: int) -> bool:
    """Whether a surname shared by many people, with no office after it (alone, or with 氏), is left
    unlinked because nothing around it names this holder's office or full name."""
    return (title is None or title in HONORIFICS) and shared_surname(person) \
        and not heads_government(person, folded, end) and not office_in_context(person, folded)


def _holder(people: list[Entity], title: str, day, former: bool = False) -> Entity | None:
    """Among people, the one whose office at the time matches the title (or the only one, when it agrees)."""
    if len(people) == 1:
        return people[0] if agrees(people[0], title, day, former) else None
    if title in HONORIFICS:
        return None
    for person in people:
        office = person.office_on(day)
        if office and names_office(title, office["office"]):
            return person
    return None


def _titled_people(folded, tokens: list[Token], starts: list[int], index_at: dict, registry: Registry,
                   day) -> list[Mention]:
    """Names right before a title: 習主席, 王外相, ベッセント財務長官, Jane Doe氏."""
    out = []
    surnames = registry.surnames
    # Surnames are found by one regex scan; only tokens that begin with one are looked at.
    for match in registry.surname_pattern.finditer(folded):
        index = index_at.get(match.start())
        if index is None:
            continue
        token = tokens[index]
        if index and ",助数詞" in token.pos and tokens[index - 1].pos.startswith("名詞,数詞"):
            continue  # 第44|回|衆議院議員: a counter after a number counts; it is no surname (回良玉)
        # A surname is a token of its own (習|主席) or the head of one (習氏).
        for size in range(min(len(token.surface), 4), 0, -1):
            ids = surnames.get(token.surface[:size])
            if not ids:
                continue
            end = token.start + size
            # a list shares a title only after a whole token (麻生、ライス両外相); a list begins with 、・と, no
            # suffix of a person's side (政権, 夫妻) does, so the order of the two tests changes nothing
            title = office_for_name(folded, end, listed=size == len(token.surface)) or _PERSON_SUFFIX.match(folded, end)
            # inside a token (習氏) the title must follow at once: 安|全保障上級代表 is no name
            # (a shortened ministry never does: 文|部科学相 is a ministry, no 文)
            inside_ok = size == len(token.surface) or (
                title is not None and title.re is not MINISTRY_AFTER and title.end() >= token.end
                and title.start(title.lastindex or 0) == end)
            if title and inside_ok:
                people = [registry.entities[i] for i in ids]
                office = title.groupdict().get("office", "氏")
                person = _holder(people, office, day, "office" in title.groupdict() and former_title(title))
                if person and _unsupported(person, office, folded, end):
                    person = None  # 松浦氏 in a story about a shopkeeper is not the UNESCO head
                out.append(Mention(token.start, end, "", "PERSON", person.id if person else None, source="title"))
                break
    for match in _katakana_titled(folded, "相" in folded):
        # the look-ahead already matched the title: its office group says which
        inside = _tokens_in(tokens, starts, match.start(), match.end())
        if town_before_head(folded, inside, office_after(folded, match.end())):
            out.append(Mention(match.start(), match.end(), "", "LOC", source="title"))  # ロッテルダム市長: the town
        elif _looks_like_name(inside, match["office"]):
            out.append(Mention(match.start(), match.end(), "", "PERSON", _known_holder(match, registry, folded, day),
                               source="title"))
    for match in finditer(_KATAKANA_ROLE, folded):
        inside = _tokens_in(tokens, starts, match.start("name"), match.end("name"))
        named = any(",人名," in t.pos for t in inside)
        if named or (match["role"] not in ("政権", "陣営") and any(t.unknown for t in inside)):
            out.append(Mention(match.start("name"), match.end("name"), "", "PERSON", source="title"))
    for match in finditer(_INITIAL_NAME, folded) if _INITIAL_AFTER_DOT.search(folded) else ():
        out.append(Mention(match.start(), match.end(), "", "PERSON", _person_by_surname(match.group(), registry),
                           source="title"))
    for match in finditer(_LATIN_NAME, folded):
        if office_after(folded, match.end()):
            out.append(Mention(match.start(), match.end(), "", "PERSON", source="title"))
    for match in finditer(OFFICE_BEFORE_NAME, folded):
        inside = _tokens_in(tokens, starts, match.start("name"), match.end("name"))
        if any(t.unknown or ",固有名詞," in t.pos for t in inside):
            out.append(Mention(match.start("name"), match.end("name"), "", "PERSON",
                               _person_by_surname(match["name"], registry), source="title"))
    for match in finditer(_NAME_WITH_READING, folded):
        kanji = _tokens_in(tokens, starts, match.start("kanji"), match.end("kanji"))
        # a reading in hiragana split by ・ is a family and a given name, whatever UniDic reads the kanji as
        if match["hiragana"] or not any(",地名," in t.pos for t in kanji):
            start = match.start("kanji")
            if match.end("kanji") - start == 5 and kanji and ",地名," in kanji[0].pos and kanji[0].end - start < 5:
                start = kanji[0].end  # 広島|今村猛(いまむら・たける): a team's place before a three-letter name
            out.append(Mention(start, match.end("kanji"), "", "PERSON", source="title"))
            out.append(Mention(match.start("kana"), match.end("kana"), "", "PERSON", source="title"))
    for match in finditer(_PAIR_WITH_TITLE, folded):
        if office_after(folded, match.end()) or _PAIR_ROLE.match(folded, match.end()):
            for group in ("a", "b"):
                name = match[group]
                if not any(registry.entities[i].type in ("GPE", "LOC", "ORG")
                           for i in registry.named(name) or () if i in registry.entities):
                    out.append(Mention(match.start(group), match.end(group), "", "PERSON",
                                       _person_by_surname(name, registry), source="title"))
    for match in finditer(_DATELINE_AGENCY, folded):
        ids = next((ids for _, ids in registry.longest_matches(_AGENCY_NAMES[match["agency"]], 0)), [])
        out.append(Mention(match.start("agency"), match.end("agency"), "", "ORG",
                           ids[0] if ids else None, source="title"))
    return out


def _katakana_titled(folded: str, ministers: bool) -> list[re.Match]:
    """Katakana names before a title (_KATAKANA_NAME's matches), then, when ministers, before a shortened
    ministry's title (_KATAKANA_MINISTER's): each katakana run, walked once for both, is matched from its start
    only when a title word begins near its end (from 5 letters before it to 30 after; 相 up to 18 after)."""
    named, ministers_named = [], []
    for run in finditer(_KATAKANA_RUN, folded):
        start, end = run.span()
        if _OFFICE_WORD.search(folded, max(start, end - 5), end + 30) and (match := _KATAKANA_NAME.match(folded, start)):
            named.append(match)
        if ministers and _MINISTRY_WORD.search(folded, end, end + 18) and (
                match := _KATAKANA_MINISTER.match(folded, start)):
            ministers_named.append(match)
    return named + ministers_named


def _known_holder(match: re.Match, registry: Registry, folded: str, day) -> str | None:
    """The known person a katakana name before their title stands for, where the surname pass cannot take it:
    a surname longer than four letters (エリザベス女王) or cut in two words by UniDic (タミ|ム首長)."""
    ids = registry.surnames.get(match.group())
    if not ids:
        return None
    title = office_after(folded, match.end())
    person = title and _holder([registry.entities[i] for i in ids], title["office"], day, former_title(title))
    return person.id if person and not _unsupported(person, match["office"], folded, match.end()) else None


def _person_by_surname(name: str, registry: Registry) -> str | None:
    """The known person a full katakana name ends with (ジャミーソン・グリーア → Greer)."""
    last = re.split(r"[・=＝]", name)[-1]
    ids = registry.surnames.get(last) or registry.named(last) or []
    # ジョゼフ・ゴードン＝レヴィット is not Karoline Leavitt: a given name written must be the person's
    people = [i for i in ids if registry.entities[i].type == "PERSON" and given_name_agrees(registry.entities[i], name)]
    return people[0] if len(people) == 1 else None


def _tokens_in(tokens: list[Token], starts: list[int], begin: int, end: int) -> list[Token]:
    """The tokens starting inside [begin, end), found by bisection."""
    return tokens[bisect_left(starts, begin) : bisect_left(starts, end)]


def _looks_like_name(inside: list[Token], office: str) -> bool:
    """A katakana run before a title is a name unless it is plain words before an org head."""
    if office not in _ORG_HEADS:
        return True
    return any(t.unknown or ",固有名詞," in t.pos for t in inside)

def _unidic(folded: str, tokens: list[Token], proper: list[int]) -> list[Mention]:
    """UniDic's proper-noun tags (proper: the indices of the proper nouns among tokens): person names,
    countries and places.

    A lone name token counts only before a title: UniDic also tags ノーベル in
    ノーベル平和賞 as a name.
    """
    out, skip_to = [], 0
    for index in proper:
        if index < skip_to:
            continue
        token = tokens[index]
        if ",固有名詞,人名" in token.pos:
            last = index
            while last + 2 < len(tokens) and tokens[last + 1].surface == "・" and ",人名" in tokens[last + 2].pos:
                last += 2
            while last + 1 < len(tokens) and ",固有名詞,人名" in tokens[last + 1].pos:
                last += 1
            start, end = token.start, tokens[last].end
            if folded.startswith("両", end) and "・" in folded[start:end]:
                pass  # 安倍・福田両氏: two people (_PAIR_WITH_TITLE), not one name
            elif end - start >= 2 and (last > index or office_after(folded, end)):
                out.append(Mention(start, end, "", "PERSON", source="unidic"))
            skip_to = last + 1
        elif ",固有名詞,地名" in token.pos and len(token.surface) >= 2:
            if token.surface in _KIND_WORDS and folded[token.end : token.end + 1] not in _PLACE_SUFFIXES:
                continue  # 中央銀行, 中央政府: UniDic's ward name is the word "central" here
            if DISEASE_AFTER.match(folded, token.end):
                continue  # エボラ|出血熱: a disease named after a place
            if _DIRECTION_PART.match(token.surface) and token.start and _is_name_char(folded[token.start - 1]):
                continue  # 大分県中部, チリ中部: a part of the place before it, not the Chubu region
            kind = "GPE" if ",地名,国," in token.pos else "LOC"
            out.append(Mention(token.start, token.end, "", kind, source="unidic"))
    return out


def _compounds(folded: str, tokens: list[Token], index_at: dict, candidates: list[Mention]) -> list[Mention]:
    """Places with their administrative suffix, and organisations named after a place or a name."""
    out = []
    for head in _ORG_AFTER_NAME_RE.finditer(folded):
        i = index_at.get(head.start())
        if not i or not tokens[i].pos.startswith("名詞") or (
                head.end() not in index_at and head.end() != len(folded)):
            continue  # the head is whole words (信用|金庫 is one head of two; 大学院 is not 大学)
        name = tokens[i - 1]
        if name.surface == "中央" and head.group(0) == "銀行":
            continue  # UniDic reads 中央 as a ward; 中央銀行 is a kind of bank (伊中央銀行総裁)
        if name.end == head.start() and ",人名," in name.pos and _titled_body(folded, head, name, index_at):
            continue  # 桃井恒和|球団社長, 牧田|球団社長, 渕三郎|協会長: the body word is the person's title's
        if name.end == head.start() and (",固有名詞," in name.pos or (name.unknown and name.surface[0] >= "\u30a0")):
            out.append(Mention(name.start, head.end(), "", "ORG", source="compound"))
    for place in [m for m in candidates if m.type in ("GPE", "LOC")]:
        i = index_at.get(place.end)
        end = place.end
        if _after_direction(folded, place.start) and end - place.start >= 2:
            # 西|アフリカ, 西|日本新聞: a region named by its direction, and what is named after it
            place = Mention(place.start - 1, end, "", "LOC", source="compound")
            out.append(place)
        if folded[end - 1 : end] in "都道府県" and i is not None and ",地名," in tokens[i].pos and \
                tokens[i].end in index_at and tokens[index_at[tokens[i].end]].surface in _PLACE_SUFFIXES:
            # 北海道夕張市, 東京都八王子市: a town under its prefecture is one place
            suffix = tokens[index_at[tokens[i].end]]
            out.append(Mention(place.start, suffix.end, "", "LOC", source="compound"))
        while i is not None and tokens[i].surface in _PLACE_SUFFIXES:
            end = tokens[i].end
            out.append(Mention(place.start, end, "", "LOC", place.entity_id, source="compound"))
            i = index_at.get(end)
            if i is not None and ",地名," in tokens[i].pos:  # 東京都千代田区
                end = tokens[i].end
                i = index_at.get(end)
        unit = _PROVINCE.match(folded, place.end)
        if unit and (place.type == "LOC" or unit.group(0) != "省") and (
                unit.end() in index_at or unit.end() == len(folded)):
            out.append(Mention(place.start, unit.end(), "", "LOC", source="compound"))
        form = _STATE_FORM.match(folded, place.end)
        if form and (place.type == "GPE" or ",地名,国" in _pos_at(tokens, index_at, place.start)):
            out.append(Mention(place.start, form.end(), "", "GPE", place.entity_id, source="compound"))
        for _ in range(4):
            if i is None or not tokens[i].pos.startswith(("名詞", "接尾辞")):
                break
            if ",地名,国" in tokens[i].pos and folded[place.start - 1 : place.start] == "在":
                break  # 在リビア|韓国大使館: the place says where, the country after it whose (日本インドネシア協会 is one)
            head = _ORG_HEAD_NOUN_RE.match(folded, tokens[i].start)  # whole words: 最高|裁 is one head
            if head and _whole_words(tokens, i, head.end()) and not folded.startswith(("選", "道"), head.end()):
                # not 選 (党|選, a party's election) nor 道 (北陸自動車|道 is an expressway)
                if folded[place.start : head.end()].endswith("中央銀行") and (
                        place.end - place.start == 1 or folded[place.start : place.end] == "中央"):
                    break  # 伊中央銀行総裁: 中央銀行 names a kind of body; the abbreviation is the country
                end = head.end()
                while (j := index_at.get(end)) is not None and (more := _ORG_HEAD_NOUN_RE.match(folded, end)) \
                        and more.group() in _BODY_AFTER_HEAD and _whole_words(tokens, j, more.end()):
                    end = more.end()  # 日本|自動|車|連盟, 日本民間放送|連盟, 熊本工業|高校: the body is the head
                out.append(Mention(place.start, end, "", "ORG", source="compound"))
                break
            i = index_at.get(tokens[i].end)
    out += [Mention(m.start(), m.end(), "", "LOC", source="compound") for m in finditer(_PLACE_WITH_READING, folded)]
    return out


def _titled_body(folded: str, head: re.Match, name: Token, index_at: dict) -> bool:
    """A person's name, a body word and an office that make one title with it (球団社長, 協会長).

    After a given name any body word is the title's (…恒和|球団社長); after a surname alone only
    the words that join an office into a title (牧田|球団社長, not 松下|電器社長, the company).
    """
    office = _OFFICE_AFTER_BODY.match(folded, head.end())
    if not office or (office.end() not in index_at and office.end() != len(folded)):
        return False
    return ",人名,名," in name.pos or head.group(0) in _TITLE_BODIES


def _whole_words(tokens: list[Token], i: int, end: int) -> bool:
    """Tokens from i end exactly at end (a line break may follow: 京都地裁\n)."""
    while i < len(tokens) and tokens[i].end < end:
        i += 1
    return i < len(tokens) and tokens[i].end == end


def _after_direction(folded: str, start: int) -> bool:
    """A direction stands alone before start: 西|アフリカ names a region, 関西 is a word of its own."""
    return start >= 1 and folded[start - 1] in "東西南北" and not (start >= 2 and _is_kanji(folded[start - 2]))


def _is_kanji(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char in "々〆"


def _is_name_char(char: str) -> bool:
    """A kanji or katakana character: a word glued to what follows it."""
    return _is_kanji(char) or "\u30a1" <= char <= "\u30fa" or char == "ー"


def _pos_at(tokens: list[Token], index_at: dict, start: int) -> str:
    """UniDic's features of the token starting at start ("" when none does)."""
    i = index_at.get(start)
    return tokens[i].pos if i is not None else ""


# A place at the head of a longer organisation the tagger found (日本ハム, 名古屋電灯) gives
# way to the name; a generic head keeps the place alone (日本政府 and 日本企業 are the country).
_GENERIC_HEADS = ("政府", "側", "人", "国民", "企業", "経済", "社会", "語", "代表", "国内", "領", "問題",
                  "情勢", "戦略", "協力", "関係", "政策", "当局", "議会", "市場")


# How sure the tagger must be of a whole organisation or event name (its lowest marginal) to
# take the place inside it (東京|オリンピック, 日本|ハム): chosen on the stockmark validation
# part and the news development half (bench/tune_nesting.py).
NESTING_CONFIDENCE = 0.5
NESTING_TYPES = ("ORG", "EVENT")
CONTAINERS_HOLD = True
# How sure the tagger must be of an organisation's name to take a place where the looser rule
# leaves it: a place whose name goes on to a generic head with words of its own before it
# (パレスチナ|立法評議会, 京都府|人事委員会: not 日本|政府), or a place that ends a name begun by a
# word in katakana or Latin (ラジオ・|オーストラリア, スポーツ|ニッポン, JR|西日本). The news
# development and learning parts and bench/cross_news.py score the same from 0.3 to 0.95; the
# bar of the looser rule is kept.
SURE_NAME_CONFIDENCE = 0.5
_NAME_BEFORE_PLACE = re.compile(r"[\u30a1-\u30faA-Za-z][\u30a1-\u30faー・A-Za-z ]*")
_WORD_HEADS = tuple(h for h in _GENERIC_HEADS if len(h) > 1)
_ORG_HEAD_AT_END = tuple(sorted(_ORG_HEADS_NOUN, key=len, reverse=True))
# After the place, an event's name holds a word of its own in katakana or Latin (オリンピック, Expo).
_NAMED_REST = re.compile(r"[\u30a1-\u30faA-Za-z]")


def _give_way(folded: str, chosen: list[Mention], learned: list[Mention], taken: bytearray,
              hold: bool = False) -> list[Mention]:
    """Drop the places that a longer learned name holds, when the tagger is sure of it.

    hold: the names are facilities or products, which Kaidan does not annotate;
    their characters stay taken, so no weaker place fills them again.
    """
    dropped = set()
    # Chosen mentions by start, so the ones under a name are found by bisection (a long article
    # holds thousands of both: a scan of all of them for each name grew with the square).
    order = sorted(chosen, key=lambda m: m.start)
    starts = [m.start for m in order]
    longest = max((m.end - m.start for m in order), default=0)
    for name in learned:
        if (name.type not in NESTING_TYPES and not hold) or (name.confidence or 0.0) < NESTING_CONFIDENCE:
            continue
        window = order[bisect_left(starts, name.start - longest):bisect_left(starts, name.end)]
        inside = [m for m in window if name.start < m.end]
        if hold and not inside:
            taken[name.start : name.end] = b"\x01" * (name.end - name.start)
            continue
        if not inside or any(m.start < name.start or m.end > name.end or m.type not in ("GPE", "LOC")
                             or m.source in ("registry", "user") for m in inside):
            continue
        last = max(m.end for m in inside)
        sure = name.type == "ORG" and not hold and (name.confidence or 0.0) >= SURE_NAME_CONFIDENCE
        if last == name.end:
            if not (sure and _NAME_BEFORE_PLACE.fullmatch(folded, name.start, min(m.start for m in inside))):
                continue
        elif folded.startswith(_GENERIC_HEADS, last) or folded.endswith(_GENERIC_HEADS, last, name.end):
            if not (sure and _named_head(folded, last, name.end)):
                continue
        if name.type == "EVENT" and not _NAMED_REST.search(folded, last, name.end):
            continue  # ウクライナ侵略, ガザ停戦: a place and a common word, not an event's name
        dropped.update(id(m) for m in inside)
        taken[name.start : name.end] = (b"\x01" if hold else b"\x00") * (name.end - name.start)
    return [m for m in chosen if id(m) not in dropped]


def _named_head(folded: str, start: int, end: int) -> bool:
    """The rest of a name after its place is words of its own ending in an organisation's head.

    立法評議会 and 人権委員会 are; 政府 and 議会 alone, 政府… and 企業… after the place, and a list
    of places sharing one head (大阪府・市議会 is two assemblies) are not.
    """
    rest = folded[start:end]
    # a one-letter generic word (人, 側, 語) starts longer words of a name's own (人事委員会)
    if rest in _GENERIC_HEADS or rest.startswith(_WORD_HEADS) or rest.startswith(("・", "、")):
        return False
    head = next((h for h in _ORG_HEAD_AT_END if rest.endswith(h)), "")
    return bool(head) and len(rest) > len(head)


def _resolve(candidates: list[Mention], taken: bytearray) -> list[Mention]:
    """Longest first, then the most trusted source; no overlaps with each other or with taken."""
    chosen = []
    for mention in sorted(candidates, key=lambda m: (m.start - m.end, PRIORITY[m.source], m.start)):
        if mention.end <= mention.start or any(taken[mention.start : mention.end]):
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        chosen.append(mention)
    return chosen
