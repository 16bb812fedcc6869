"""People's names UniDic cuts in pieces: a surname and a given name before a title (李|洛淵首相, 自|見|庄三郎金融相)."""

from __future__ import annotations

import re
from itertools import compress, count, repeat
from operator import contains, itemgetter

from core.model import Mention
from core.nlp.local_heads import head_after_place
from core.nlp.name_chars import KANJI_ONLY, is_kanji
from core.nlp.office_names import known_office
from core.nlp.offices import office_after
from core.nlp.tokens import Token, tokenize
from core.registry import Registry

_pos = itemgetter(3)  # a token's features, read in C
# Words before a name that are no part of it: time, order, the late, the same.
_NOT_A_SURNAME_START = set("後故前元新同両各他等日月年時番号回位")


def given_name_before_office(folded: str, end: int) -> bool:
    """Whether the one kanji at end closes a name rather than opening the title after it: the title after that
    kanji is an office the gazetteer knows whole (統一相, 外交通商相) and the title read with the kanji is none
    (奭統一相; not 官|房長官, where 官房長官 is the office)."""
    if not _ONE_NAME_KANJI.fullmatch(folded, end, end + 1):
        return False
    title = office_after(folded, end + 1)
    if title is None or title.start() != end + 1 or not known_office(title.group(0)):
        return False
    with_kanji = office_after(folded, end)
    return with_kanji is None or not known_office(with_kanji.group(0))


# A kanji that may end a given name: none a title or a body's name begins with (as _GIVEN_NAME_END)
_ONE_NAME_KANJI = re.compile(r"(?![前元新副両各故現准旧総次初派社党組局省庁部課会団校協州都道府県市町村区国大院家長氏他等駐])"
                             r"[\u4e00-\u9fff]")


def split_surname(folded: str, start: int, end: int) -> bool:
    """The kanji before a name is the first of its surname: alone between non-kanji and a one-character
    surname that a given name follows (鬼|武|健二チェアマン), a common noun to UniDic, no counter or time word."""
    if start < 1 or not is_kanji(folded[start - 1]) or (start >= 2 and is_kanji(folded[start - 2])) \
            or folded[start - 1] in _NOT_A_SURNAME_START:
        return False
    words = tokenize(folded[start - 1 : end])
    return len(words) >= 3 and len(words[0].surface) == 1 and words[0].pos.startswith(("名詞,普通名詞,一般", "記号,一般")) \
        and len(words[1].surface) == 1 and ",人名,姓" in words[1].pos and ",人名,名" in words[2].pos


# Surnames of one character common in Korea and China; with the registry's own one-character surnames
# they begin a name whose given part UniDic splits (李|洛淵, 文|在|寅, 康|京和, 朴|槿恵).
_EAST_ASIAN_SURNAMES = set("李金朴文康王習胡潘崔鄭尹張劉陳楊趙黄周呉孫馬朱韓姜林盧洪許宋郭梁謝范")
# Characters that begin a title or a qualifier, never a given name: 李|副首相, 王|前外相, 金|元大統領.
_NOT_GIVEN = set("前元副新旧現両同各総大次首国外")
# Honorifics and titles after which the span is a person's name (offices are matched by office_after).
_HONORIFIC_AFTER = re.compile(r"氏(?![名族神])|さん|大統領|夫人")


def split_given_names(folded: str, tokens: list[Token], index_at: dict, registry: Registry,
                      proper: list[int] | None = None) -> list[Mention]:
    """PERSON mentions for a one-character surname and a given name of one or two kanji UniDic splits
    (unknown words, single characters, a name part, symbols), before a title or an honorific:
    李洛淵首相, 文在寅大統領, 康京和外相. The surname alone before the title (李首相) is no such name.
    proper: the indices of the proper nouns among tokens, when the caller has them."""
    out = []
    # only the tokens a surname stands at are looked at, found by one scan of the text
    for found in _surname_pattern(registry).finditer(folded):
        index = index_at.get(found.start())
        if index is None or index + 1 >= len(tokens) or tokens[index].end != found.end():
            continue
        token = tokens[index]
        last, size = index, 0
        while last + 1 < len(tokens) and size < 2:
            part = tokens[last + 1]
            if part.start != tokens[last].end or not KANJI_ONLY.match(part.surface) or size + len(part.surface) > 2 \
                    or (part.surface[0] in _NOT_GIVEN and ",人名," not in part.pos) or not _given_name_part(part) \
                    or _HONORIFIC_AFTER.match(folded, part.start) \
                    or (",地名," in part.pos and head_after_place(folded, part.end)):
                break  # a place before a head's title is the seat (林|横浜市長), no given name; 洪|磊|氏: 氏 is no part
            last += 1
            size += len(part.surface)
        if last > index and _title_at(folded, tokens, last + 1):
            out.append(Mention(token.start, tokens[last].end, "", "PERSON", source="title"))
    # the given names UniDic knows: among the proper nouns when they are given (a few dozen, not every token),
    # else picked in C (map, compress) from all the tokens
    if proper is not None:
        given = [index for index in proper if ",固有名詞,人名,名" in tokens[index].pos]
    else:
        given = list(compress(count(), map(contains, map(_pos, tokens), repeat(",固有名詞,人名,名"))))
    out += _surnames_read_as_symbols(folded, tokens, given)
    out += _surnames_read_as_words(folded, tokens, given)
    if proper is not None:
        surnames = [index for index in proper if ",固有名詞,人名,姓" in tokens[index].pos]
    else:
        surnames = list(compress(count(), map(contains, map(_pos, tokens), repeat(",固有名詞,人名,姓"))))
    out += _given_names_read_as_words(folded, tokens, surnames)
    return out


_last_pattern: tuple[Registry | None, re.Pattern | None] = (None, None)  # one registry serves a session


def _surname_pattern(registry: Registry) -> re.Pattern:
    """One character class of the one-character surnames (East Asian and the registry's), made once a registry."""
    global _last_pattern
    kept_registry, pattern = _last_pattern  # read once: another thread may replace it meanwhile
    if kept_registry is not registry or pattern is None:
        surnames = _EAST_ASIAN_SURNAMES | {s for s in registry.surnames if len(s) == 1 and is_kanji(s)}
        pattern = re.compile("[" + "".join(sorted(surnames)) + "]")
        _last_pattern = (registry, pattern)
    return pattern


def _surnames_read_as_symbols(folded: str, tokens: list[Token], given: list[int]) -> list[Mention]:
    """A given name UniDic knows after a surname it reads as kanji symbols or unknown words, before a title:
    自|見|庄三郎金融相 is 自見庄三郎."""
    out = []
    for index in given:
        token = tokens[index]
        if index == 0 or not _title_at(folded, tokens, index + 1):
            continue
        first, size = index, 0
        while first > 0 and size < 2:
            part = tokens[first - 1]
            if part.end != tokens[first].start or not KANJI_ONLY.match(part.surface) \
                    or not (part.unknown or part.pos.startswith("記号")) or size + len(part.surface) > 2:
                break
            first -= 1
            size += len(part.surface)
        if first < index:
            out.append(Mention(tokens[first].start, token.end, "", "PERSON", source="title"))
    return out


# What ends a name read without a title: a particle, punctuation or a bracket (北側一雄は, 国中均(くになか・ひとし)).
_AFTER_BARE_NAME = re.compile(r"[はがのもとに、。,.・(（「」)）\s]")
# Roles written after a person's full name that are no office (国中均理事, 茶村俊一教授).
_ROLE_AFTER = re.compile(r"(?:副|前|元)?(?:理事長?|教授|准教授|社長|会長|選手|監督|容疑者|被告|弁護士|記者|委員|"
                         r"(?:所|部|局|課|院|校|室|支店|署)長)")
# Common-noun classes no surname is written with: counters, numbers, pronouns, time and place adverbs.
# (a word of time or place, 今後, 当時: one character of that class may begin a surname, 国|中|均, 今|井).
_NOT_SURNAME_WORD = (",数詞", ",助数詞", ",代名詞", ",形状詞可能")
_TIME_WORD = ",副詞可能,"
_NOT_A_SURNAME_CHAR = set("今昨翌毎先当本同")


def _surnames_read_as_words(folded: str, tokens: list[Token], given: list[int]) -> list[Mention]:
    """A given name UniDic knows after a surname it reads as common nouns: 北側|一雄, 茶|村|俊一, 国|中|均. The
    surname is the whole kanji run before the given name (two or three characters, one or two words, after
    no kanji); a title or an honorific follows, or (for a given name of two characters or more) a particle
    or punctuation."""
    out = []
    for index in given:
        token = tokens[index]
        if index == 0 or not KANJI_ONLY.match(token.surface):
            continue
        first, size = index, 0
        while first > 0 and index - first < 2:
            part = tokens[first - 1]
            if part.end != tokens[first].start or not KANJI_ONLY.match(part.surface) \
                    or not part.pos.startswith("名詞,普通名詞") or any(c in part.pos for c in _NOT_SURNAME_WORD) \
                    or (_TIME_WORD in part.pos and (len(part.surface) > 1 or part.surface in _NOT_A_SURNAME_CHAR)):
                break
            first -= 1
            size += len(part.surface)
        start = tokens[first].start
        if not 2 <= size <= 3 or is_kanji(folded[start - 1 : start]) or folded[start] in _NOT_A_SURNAME_START:
            continue
        if _title_at(folded, tokens, index + 1) or _ROLE_AFTER.match(folded, token.end) \
                or (len(token.surface) >= 2 and _AFTER_BARE_NAME.match(folded, token.end)):
            out.append(Mention(start, token.end, "", "PERSON", source="title"))
    return out


# What follows a full name: honorifics and the titles of one person. No body's word comes between the name and
# the first (県知事, 市長: 県 and 市 begin no given name); one may before the second (球団|社長, 衆院|議員,
# 建設|社長), so before those the given name must be pieces no word of two characters is (太|香|巳).
_NAME_TITLE = re.compile(r"(?:氏(?![名族神])|さん|夫人|知事|市長|町長|村長|区長|容疑者|被告)")
_ROLE_TITLE = re.compile(r"(?:社長|議員|弁護士|教授|監督)")


def _given_names_read_as_words(folded: str, tokens: list[Token], surnames: list[int]) -> list[Mention]:
    """A surname UniDic knows and a given name it reads as common words or pieces, before a title of one
    person: 伊藤|一長市長, 松沢|成文知事, 近藤|太|香|巳社長, 坂本|フミ|ヱさん, 羽賀|紗|保里さん. The given name is two or three
    characters of one to three words, none a title's or a body's first character (石原|都知事 stays 石原)."""
    out = []
    for index in surnames:
        token = tokens[index]
        if not KANJI_ONLY.match(token.surface) or is_kanji(folded[token.start - 1 : token.start]):
            continue
        last, size, read_as_name, one_word = index, 0, True, False
        while last + 1 < len(tokens) and last - index < 3:
            part = tokens[last + 1]
            if part.start != tokens[last].end or _NAME_TITLE.match(folded, part.start) \
                    or _ROLE_TITLE.match(folded, part.start) or size + len(part.surface) > 3:
                break
            given = ",人名," in part.pos  # a given name's piece UniDic reads as a name (羽賀|紗|保里: 保里 a surname)
            if not (given or (len(part.surface) == 1 and part.pos.startswith("記号"))
                    or _ONE_NAME_KANJI.match(part.surface[0])):
                break
            if not (given or part.pos.startswith(("名詞,普通名詞", "記号")) or part.unknown) \
                    or any(c in part.pos for c in _NOT_SURNAME_WORD):
                break
            read_as_name = read_as_name and ",人名,名" in part.pos
            one_word = one_word or (not given and len(part.surface) > 1 and not part.unknown)
            last += 1
            size += len(part.surface)
        if size < 2 or read_as_name:
            continue
        if _NAME_TITLE.match(folded, tokens[last].end) or (not one_word and _ROLE_TITLE.match(folded, tokens[last].end)):
            out.append(Mention(token.start, tokens[last].end, "", "PERSON", source="title"))
    return out


def _title_at(folded: str, tokens: list[Token], index: int) -> bool:
    """Whether a title or an honorific begins at tokens[index]: 氏, 首相, 前外相, 金融相, 韓国首相, ・韓国外相 (the words
    between the name and the office are known words, never a name's part)."""
    if index >= len(tokens):
        return False
    position = tokens[index].start
    if _HONORIFIC_AFTER.match(folded, position):
        return True
    if folded.startswith("・", position):  # 康京和・韓国外相: the country and the title after a ・
        return index + 1 < len(tokens) and _title_at(folded, tokens, index + 1)
    title = office_after(folded, position)
    if title is None:
        return False
    begins = title.start("office") if title.groupdict().get("office") else title.start()
    while index < len(tokens) and tokens[index].end <= begins:
        between = tokens[index]
        if between.unknown or (len(between.surface) < 2 and between.surface not in "前元新副") \
                or (",固有名詞," in between.pos and ",地名," not in between.pos):
            return False
        index += 1
    return True


def _given_name_part(token: Token) -> bool:
    """Whether UniDic's token can be part of a given name it did not read as one: an unknown word, a name,
    a symbol, or a single character (在, 寅); a known word of two characters (経済) is not."""
    return token.unknown or ",固有名詞," in token.pos or token.pos.startswith("記号") or len(token.surface) == 1
