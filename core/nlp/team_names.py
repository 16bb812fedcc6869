"""Schools named as teams in sports news: 鹿児島工, 中部商, 八重山商工, 横浜高, 天理大.

Sports reports shorten a school to its place and a one-word kind (工 for an
industrial high school, 商 commercial, 高, 実 for 実業, 大 a university), and a university's
affiliated school to the university's short name and the school's place (東海大相模, 中京大中京); UniDic
reads the place and a common word (鹿児島|工) or a person (真岡|工), so the place
or a person was shown. The rule takes the name and its kind as one ORG when the
article speaks of matches (試合, 回戦, 決勝, 甲子園 ...), the name is a proper
noun and the kind ends the word (鹿児島工業高校 is read by the longer rules;
塗装工 and 売上高 have no proper noun before the kind). The team across a dash
or 対 from such a school is a team too (鹿児島工―福知山成美戦, 白樺学園-高知商).

A club named in full with its town (a place UniDic knows) before its katakana name (東京ヴェルディ, 浦和レッズ) is often named later by
that name alone (ヴェルディとの交渉); read alone, with no title after it, the name is the club, not a person (unless
the article writes the name with a person's word, ゴンザレス選手, or the name is a common word, トイレ).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.model import Mention
from core.nlp.offices import office_after
from core.nlp.text_index import TokenEnds, ends_index, token_starts
from core.nlp.tokens import Token, surface_positions, tokenize

_SPORTS = re.compile(r"試合|回戦|決勝|初戦|甲子園|高校野球|選抜|センバツ|リーグ戦|大会|対戦|優勝|出場|選手")
# The kinds a school is shortened to; the longer ones are words UniDic knows (商工, 工業, 実業, 学院).
_KINDS = {"工", "商", "高", "実", "農", "商工", "工業", "商業", "実業", "学院", "大"}
# After a surname these are given names (為末大, 和泉実, 佐藤高): only a place takes them.
_PLACE_ONLY = {"高", "大", "実", "農"}
_WORD_GOES_ON = re.compile(r"[\u4e00-\u9fff々\u30a1-\u30faーA-Za-z0-9]")
# What stands between two sides of a match: 鹿児島工―福知山成美戦, 早実(西東京)対鶴崎工.
_SIDES = {"―", "-", "－", "‐", "−", "対"}


def school_team_mentions(folded: str, tokens: list[Token], index_at: dict[int, int] | None = None,
                         edges: TokenEnds | None = None) -> list[Mention]:
    """ORG mentions for schools written as a place and a one-word kind in an article about matches. index_at: a
    token's index by its start, edges: the token ends detection's passes share (else built here when needed)."""
    if _SPORTS.search(folded) is None:
        return []
    out = []
    for index in surface_positions(tokens, _KINDS):
        if not index:
            continue
        kind = tokens[index]
        name = tokens[index - 1]
        if name.end != kind.start:
            continue
        end = _affiliated_school_end(folded, tokens, index) if kind.surface == "大" else None
        if end is not None:  # 東海|大|相模: a university's own school in a place, no place and no person
            out.append(Mention(name.start, end, "", "ORG", source="compound"))
            continue
        if _WORD_GOES_ON.match(folded, kind.end):
            continue
        if not (",地名," in name.pos
                or (kind.surface not in _PLACE_ONLY and (",人名,姓" in name.pos or ",固有名詞,一般" in name.pos))):
            continue
        before = folded[name.start - 1] if name.start else ""
        if before and _WORD_GOES_ON.match(before) and not before.isdigit() and before not in _SIDES:
            continue  # the place ends a longer word (県立八重山|商工 is read by the longer rules)
        out.append(Mention(name.start, kind.end, "", "ORG", source="compound"))
    if not out:
        return out
    index_at = token_starts(tokens) if index_at is None else index_at
    ends_at = ends_index(tokens, edges)
    for school in list(out):
        for side in (_opponent_after(tokens, index_at, school.end), _opponent_before(tokens, ends_at, school.start)):
            if side:
                out.append(Mention(side[0], side[1], "", "ORG", source="compound"))
    return out


def _affiliated_school_end(folded: str, tokens: list[Token], index: int) -> int | None:
    """Where a university's affiliated school ends when a place follows its short name (東海|大|相模, 中京|大|中京):
    大 is UniDic's suffix for a university after a place or a proper noun, the place after it is the school's
    and ends the word; else None (奄美|大島 and 東|大阪 have no such 大)."""
    kind, name = tokens[index], tokens[index - 1]
    if index + 1 >= len(tokens) or not kind.pos.startswith("接尾辞") or not (",地名," in name.pos or ",固有名詞,一般" in name.pos):
        return None
    place = tokens[index + 1]
    if place.start != kind.end or ",地名," not in place.pos or _WORD_GOES_ON.match(folded, place.end):
        return None
    return place.end


def _name_run(run: list[Token]) -> tuple[int, int] | None:
    """The span of a run of nouns that begins with a proper noun, else None."""
    if not run or ",固有名詞," not in run[0].pos:
        return None
    return run[0].start, run[-1].end


def _is_name_noun(token: Token) -> bool:
    return token.pos.startswith("名詞") and ",数詞," not in token.pos


def _opponent_after(tokens: list[Token], index_at: dict, end: int) -> tuple[int, int] | None:
    """The team named across a dash or 対 after a school (its home in brackets skipped)."""
    i = _past_brackets(tokens, index_at.get(end), 1)
    if i is None or i >= len(tokens) or tokens[i].surface not in _SIDES:
        return None
    run = []
    i += 1
    while i < len(tokens) and _is_name_noun(tokens[i]) and tokens[i].start == tokens[i - 1].end:
        run.append(tokens[i])
        i += 1
    return _name_run(run)


def _opponent_before(tokens: list[Token], ends_at: dict, start: int) -> tuple[int, int] | None:
    """The team named across a dash or 対 before a school."""
    i = ends_at.get(start)
    if i is None or tokens[i].surface not in _SIDES:
        return None
    i = _past_brackets(tokens, i - 1, -1)
    run: list[Token] = []
    while i is not None and 0 <= i and _is_name_noun(tokens[i]) and (not run or tokens[i].end == run[0].start):
        run.insert(0, tokens[i])
        i -= 1
    while run and ",固有名詞," not in run[0].pos:
        run.pop(0)  # 1回|戦|白樺|学園: the name begins at its first proper noun
    return _name_run(run)


def _past_brackets(tokens: list[Token], i: int | None, step: int) -> int | None:
    """The index past a bracketed group (a team's home in brackets) that starts at i, or i itself."""
    if i is None or not 0 <= i < len(tokens):
        return i
    opening, closing = (("(", "（"), (")", "）")) if step > 0 else ((")", "）"), ("(", "（"))
    if tokens[i].surface in opening:
        for j in range(i, i + 8 * step, step):
            if not 0 <= j < len(tokens):
                break
            if tokens[j].surface in closing:
                return j + step
    return i


# A word only a person is written with (ゴンザレス選手): the article names someone by that name, not only the body
# (巨人ゴンザレス read as one body)
_PERSON_AFTER = r"(?:氏|さん|選手|投手|捕手|監督|コーチ|容疑者|被告)"
# The katakana name that ends a body's full name after its town or owner (東京|ヴェルディ, 浦和|レッズ)
_CLUB_NAME_END = re.compile(r"(?<=[\u4e00-\u9fff])[\u30a1-\u30faー]{3,}$")


def _a_town(head: str) -> bool:
    """Whether the words before a club's name are a town UniDic knows (東京, 徳島, 浦和)."""
    words = tokenize(head)
    return bool(words) and all(",地名," in t.pos for t in words)


def clubs_named_short(folded: str, chosen: list[Mention]) -> list[Mention]:
    """Chosen mentions (sorted) with a person no list knows, named as the katakana end of a body named before
    and with no title after it (東京ヴェルディ … ヴェルディとの交渉), read as that body."""
    ends: dict[str, int] = {}
    for mention in chosen:
        if mention.type == "ORG":
            name = _CLUB_NAME_END.search(folded, mention.start, mention.end)
            if name is not None and _a_town(folded[mention.start : name.start()]):
                ends.setdefault(name.group(), mention.end)
    if not ends:
        return chosen
    people = {name for name in ends if re.search(re.escape(name) + _PERSON_AFTER, folded)
              or all(",普通名詞," in t.pos and not t.unknown for t in tokenize(name))}  # (トイレ: a common word)
    return [replace(m, type="ORG") if m.type == "PERSON" and m.entity_id is None
            and ends.get(folded[m.start : m.end], len(folded)) <= m.start and office_after(folded, m.end) is None
            and folded[m.start : m.end] not in people else m for m in chosen]
