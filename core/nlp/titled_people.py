"""People named before their title or role: 習主席, ベッセント財務長官, アネルカ選手, ジョージ・W・ブッシュ, 朴喆熙(パク・チョルヒ)."""

from __future__ import annotations

import re
from bisect import bisect_left

from core.model import Mention
from core.nlp.gazetteer_names import holder, unsupported
from core.nlp.office_terms import former_title, office_written
from core.nlp.offices import (HONORIFICS, MINISTRY_AFTER, OFFICE_AFTER, OFFICE_BEFORE_NAME, OFFICE_RE, office_after,
                               office_for_name)
from core.nlp.place_parts import town_before_head
from core.nlp.tokens import Token
from core.registry import Registry, given_name_agrees
from core.scan import finditer, skipping


_ORG_HEADS = {"代表", "議長", "委員長", "事務局長", "総裁", "首席", "党首", "幹事長"}
# A katakana run with a title right after it (the look-ahead keeps the scan in C).
# Each katakana word of the name is taken whole (possessive): a title's country written in katakana after a ・ must
# not take the end of an occupation's word as its own (コー|チ・平井伯昌氏, ピアニス|ト・辻井伸行さん are no names).
_KATAKANA_NAME = re.compile(
    r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]++(?:[・=＝][\u30a1-\u30faー]++)*(?=" + OFFICE_AFTER.pattern + ")"
)
# A katakana run, and a title's own word: a run is tried as a name before a title only when a title word
# begins near its end (from 5 letters before it, エネルギー相, to 23 after, 米国務長官 after a country), so
# re does not try the whole title after each letter of every katakana word, backing off from its end.
_KATAKANA_RUN = re.compile(r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]+(?:[・=＝][\u30a1-\u30faー]+)*")
# searched near every katakana run of an article (30 thousand windows in a thousand articles): its skipping twin
# (core.scan) passes, in C, the letters no title word begins with, where re tried each title at every letter
_OFFICE_WORD = skipping(re.compile(OFFICE_RE))
_MINISTRY_WORD = re.compile("相")  # a shortened ministry's title ends in 相 at most 18 letters after the run
# The same before a minister named by a shortened ministry (シン・ウンサン統一相, ダクラッラー情報相).
_KATAKANA_MINISTER = re.compile(
    r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]++(?:[・=＝][\u30a1-\u30faー]++)*(?=" + MINISTRY_AFTER.pattern + ")"
)
# A katakana name before a role that is no office (アネルカ選手, ウェア候補, テイラー政権), a rank of the law or of a
# church among them (デトレフ・メーリス検事, ウォロディミール府主教, ベネディクト神父): a person when
# UniDic reads the run as a name or does not know it (ラグビー選手 is no one).
# A Korean name's one-letter surname before a ・ too (オ・グホ講師). The name's run is taken whole (possessive: a
# role begins with a kanji, so no shorter run can be followed by one).
_KATAKANA_ROLE = re.compile(
    r"(?<![\u30a1-\u30faー・=＝])(?P<name>[\u30a1-\u30faー]{2,}+(?:[・=＝][\u30a1-\u30faー]+)*+"
    r"|[\u30a1-\u30fa](?:[・=＝][\u30a1-\u30faー]+)++)"
    r"(?:前|元|新|現)?(?P<role>選手|監督|候補|容疑者|被告|次長|会長|社長|理事長|教授|博士|政権|陣営|夫妻"
    r"|検事|検察官|弁護士|神父|牧師|司祭|司教|主教|府主教|大主教|修道士|修道女|講師|准教授|研究員|記者)"
)
# A katakana word UniDic does not know is cut into pieces, one of them no noun or a letter alone (ウ|サイン・ボルト,
# セメン|ヤ, カッ|ブ): in a name of words joined by ・ before a role, such a piece marks a name (スキー・ジャンプ選手
# is all nouns).
_FRAGMENT = re.compile(r"(?:記号|接尾辞|接頭辞),")
# A name with a middle initial (ジョージ・W・ブッシュ, ロバート・M・ゲイツ): a person, whatever follows.
_INITIAL_NAME = re.compile(r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})*(?:・[A-Z]\.?)+"
                           r"・[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})*(?![\u30a1-\u30faー])")
_INITIAL_AFTER_DOT = re.compile(r"・[A-Z]")  # a literal first: found far faster than the name's own pattern
_LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:[ ・][A-Z][a-z]+)+(?![A-Za-z])")
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
# 【ナイアガラ共同】: the agency in a dateline bracket.
_DATELINE_AGENCY = re.compile(r"【[^】=＝]{1,15}?(?P<agency>共同|時事)】")
_AGENCY_NAMES = {"共同": "共同通信", "時事": "時事通信"}
# After a known surname these mean the person too: 高市政権, 石破陣営.
_PERSON_SUFFIX = re.compile(r"政権|陣営|夫妻|一家|氏ら")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
_LOANWORD = ",外,"  # UniDic's word origin: a loanword (its 語種 field)


def titled_people(folded, tokens: list[Token], starts: list[int], index_at: dict, registry: Registry,
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
            if title and inside_ok and not _name_before_honorific(title, end):
                people = [registry.entities[i] for i in ids]
                office = office_written(title) if title.groupdict().get("office") else "氏"
                person = holder(people, office, day, "office" in title.groupdict() and former_title(title))
                if person and unsupported(person, office, folded, end):
                    person = None  # 松浦氏 in a story about a shopkeeper is not the UNESCO head
                out.append(Mention(token.start, end, "", "PERSON", person.id if person else None, source="title"))
                break
    for match in _katakana_titled(folded, "相" in folded):
        # the look-ahead already matched the title: its office group says which
        inside = _tokens_in(tokens, starts, match.start(), match.end())
        if town_before_head(folded, inside, office_after(folded, match.end())):
            out.append(Mention(match.start(), match.end(), "", "LOC", source="title"))  # ロッテルダム市長: the town
        elif country := _country_at_end(match.group(), registry):
            # プーチンロシア大統領, ゲアハルト・シュレーダードイツ連邦首相: the name, then its country with no ・ between
            # (サッカーブラジル代表: a common word glued before the country is no name)
            cut = match.end() - len(country[0])
            if not _common_word(_tokens_in(tokens, starts, match.start(), cut)):
                out.append(Mention(match.start(), cut, "", "PERSON", source="title"))
            out.append(Mention(cut, match.end(), "", "GPE", country[1], source="title"))
        elif _looks_like_name(inside, match["office"]) and not _region_word(tokens, starts, inside) \
                and not _title_of_a_place(match, inside, registry) and not _trade_before_honorific(folded, match, inside):
            out.append(Mention(match.start(), match.end(), "", "PERSON", _known_holder(match, registry, folded, day),
                               source="title"))
    for match in finditer(_KATAKANA_ROLE, folded):
        inside = _tokens_in(tokens, starts, match.start("name"), match.end("name"))
        named = any(",人名," in t.pos for t in inside) or ("・" in match["name"] and _broken_word(inside))
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
        # a word glossed in katakana (恋愛(ボーイズ・ラブ), 入院患者(ロバート・デ・ニーロ): a role and its actor) is no name
        if match["hiragana"] or not (any(",地名," in t.pos for t in kanji) or _common_word(kanji, whole=False)):
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


def _name_before_honorific(title: re.Match, end: int) -> bool:
    """Whether kanji stand between a surname and the honorific after them: the rest of a longer name, a given name
    (文|本貴士氏, 孫|正義氏), so the surname alone is no one's name there and no known person's by a part of it."""
    return title.groupdict().get("office") in HONORIFICS and title.start("office") > end


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


def _country_at_end(name: str, registry: Registry) -> tuple[str, str] | None:
    """(surface, id) of the country a katakana name before a title ends with, glued to a name of two letters or more
    (プーチン|ロシア, ゲアハルト・シュレーダー|ドイツ); None for a whole name that ends like one (…インド is rare)."""
    last = re.split(r"[・=＝]", name)[-1]
    for size in range(len(last) - 2, 1, -1):
        ids = registry.named(last[-size:])
        if ids and any(i.startswith("country:") for i in ids):
            return last[-size:], next(i for i in ids if i.startswith("country:"))
    return None


def _known_holder(match: re.Match, registry: Registry, folded: str, day) -> str | None:
    """The known person a katakana name before their title stands for, where the surname pass cannot take it:
    a surname longer than four letters (エリザベス女王) or cut in two words by UniDic (タミ|ム首長)."""
    ids = registry.surnames.get(match.group())
    if not ids:
        return None
    title = office_after(folded, match.end())
    person = title and holder([registry.entities[i] for i in ids], office_written(title), day, former_title(title))
    return person.id if person and not unsupported(person, match["office"], folded, match.end()) else None


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


def _broken_word(inside: list[Token]) -> bool:
    """Whether a katakana run's tokens hold a piece of a word UniDic does not know (a mark, a prefix or a suffix)."""
    return any(t.surface != "・" and (_FRAGMENT.match(t.pos) or len(t.surface) == 1) for t in inside)


def _region_word(tokens: list[Token], starts: list[int], inside: list[Token]) -> bool:
    """Whether a katakana run before a title is one common word UniDic knows glued after a place's name, the two a
    compound naming a part of the country (近畿ブロック知事会議, 関東エリア): no person's name."""
    if len(inside) != 1 or inside[0].unknown or ",普通名詞," not in inside[0].pos:
        return False
    index = bisect_left(starts, inside[0].start)
    return index > 0 and tokens[index - 1].end == inside[0].start and ",固有名詞,地名," in tokens[index - 1].pos


def _common_word(inside: list[Token], whole: bool = True) -> bool:
    """Whether tokens are common nouns UniDic knows (whole: one word only): カメラマン, サッカー, 入院|患者."""
    return bool(inside) and (len(inside) == 1 or not whole) and all(
        not t.unknown and t.pos.startswith("名詞,普通名詞,") for t in inside)


def _title_of_a_place(match: re.Match, inside: list[Token], registry: Registry) -> bool:
    """Whether a katakana run before an office (no honorific) is a place's name, the office's country: ブラジル代表,
    イングランド代表, パキスタン外務大臣, アラブ首長国連邦. A place the gazetteer knows (and no person of that name) or
    one UniDic reads as a country. A person named like a place keeps the honorific (チャド氏, マリさん)."""
    if match["office"] in HONORIFICS:
        return False
    ids = registry.named(match.group()) or ()
    kinds = {registry.entities[i].type for i in ids if i in registry.entities}
    if kinds and "PERSON" not in kinds and kinds <= {"GPE", "LOC"}:
        return True
    return len(inside) == 1 and ",固有名詞,地名,国," in inside[0].pos


def _trade_before_honorific(folded: str, match: re.Match, inside: list[Token]) -> bool:
    """Whether a katakana run before an honorific is a trade or a common word, no name: a loanword UniDic knows alone
    before さん (モデルさん, カメラマンさん, メイドさん; a native word is a given name too: ユリさん, ミドリさん),
    or any common word before a kanji name and its honorific (カメラマン棚田信二さん, オーナー坂井信也氏).
    A katakana word glued after kanji is a name's end (千原ジュニアさん)."""
    office = match["office"]
    if office not in HONORIFICS or not _common_word(inside) or (match.start() and _KANJI.match(folded, match.start() - 1)):
        return False
    between = folded[match.end() : match.start("office")]
    return bool(_KANJI.search(between)) or (office == "さん" and not between and _LOANWORD in inside[0].pos)


def _looks_like_name(inside: list[Token], office: str) -> bool:
    """A katakana run before a title is a name unless it is plain words before an org head."""
    if office not in _ORG_HEADS:
        return True
    return any(t.unknown or ",固有名詞," in t.pos for t in inside)
