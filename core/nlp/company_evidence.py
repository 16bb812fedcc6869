"""Companies and bodies named by a common word, read as such on what the article itself tells of them.

UniDic knows シャープ, グリー, 楽天 and 連合 as common words (sharp, glee, optimism, union), so the rules that
want a proper noun (core.nlp.company_names) and the tagger, which reads them as words, leave them out, and a
meeting or a claim loses the body that is its side or its holder. The article says what such a word is:
- a legal form or a kind written with it: 株式会社楽天, 楽天株式会社, 通信大手のKDDI, 家電大手シャープ;
- an officer named after it: 楽天の三木谷浩史会長兼社長, 連合の古賀伸明会長;
- a later sentence referring back to it: シャープは…。同社は… (同社, 同行, 同グループ, 同党);
- a deal only a body makes, with another body as the partner: グリーはミクシィと提携, 楽天はTBSの株を買い増し.
- its legal form, there or on another mention: 株式会社楽天 … 楽天, 日本郵政株式会社 … 日本郵政 (the place inside gives way).
One such cue makes the word a body in the whole article: every place it is written as a word of its own (not
inside a longer name: 東北楽天, 楽天市場) becomes an ORG mention where no other mention stands, or where only the
tagger or UniDic guessed a person or a place. A person's
name, a place, a time word (当時の社長), a pronoun and a word that only refers (同社, 当社, 各社) never are.
"""

from __future__ import annotations

import re

from core import scan
from core.model import Mention
from core.nlp.company_names import KIND_WORDS
from core.nlp.text_index import TokenEnds, ends_index
from core.nlp.tokens import Token
from core.sentences import LONGEST
from core.text import sentence_start

# Words before or after a name that give its legal form or its kind.
_LEGAL_FORMS = ("株式会社", "有限会社", "合同会社", "(株)", "（株）")
# A kind of company qualified by its trade, right before the name: 通信大手のKDDI, 家電大手シャープ.
_KIND_BEFORE = re.compile(r"[\u30a1-\u30faー\u4e00-\u9fff]大手の?$")
# An officer of a body written after its name and a person's: の三木谷浩史会長, の古賀伸明会長.
_OFFICERS = re.compile(r"(?:代表取締役)?(?:社長|会長|頭取|最高経営責任者|CEO)")
# What a company has, after の: its shares, its owners, its results, its parts (シャープの株価, グリーの決算).
_HOLDINGS = re.compile(r"の(?:株価|株主|筆頭株主|経営陣|決算)(?![\u4e00-\u9fff])")
# What may follow a name (a particle of an argument, a mark): not a noun's case (形式で, 組織に).
_NAME_ENDS = re.compile(r"(?:[はがのともを、」』）)]|$)")
# A product's word around a name (the name stands as \0): アプリ「\0」, アプリ名:\0, サービス「\0」, \0アプリ.
_PRODUCT = re.compile(r"(?:アプリ|ソフト|ゲーム|端末|製品|商品|サービス|サイト)名?[:：の]?[「『]?\0(?![\u30a1-\u30faーA-Za-z0-9\u4e00-\u9fff々])|\0[」』]?アプリ")
# The cues' own words, to find the words they may be about: a legal form or a kind before the name, a legal form
# or a holding after it, a word referring back to the sentence before.
_AFTER_CUE = re.compile(r"株式会社|有限会社|合同会社|\(株\)|（株）|大手の?")
_BEFORE_CUE = re.compile(r"株式会社|有限会社|合同会社|\(株\)|（株）|の(?:株価|株主|筆頭株主|経営陣|決算)")
# The words that refer back to a body named before, and the same opening a sentence (after its 。).
_BACK = re.compile(r"[^。\n]{0,6}?(?:同社|同行|同グループ|同党|同労組)[はがも]")
_BACK_ANY = re.compile("。" + _BACK.pattern)
# Deals only bodies make, with another body's name before them: Yを買収, Yと提携, Yに出資, Yの株を.
_DEALS = re.compile(r"(?:を(?:買収|子会社化)|と(?:の)?(?:業務|資本)?(?:提携|合併|経営統合)|に出資|の株(?:式)?を)")
# The first words of a word that only refers or counts (同社, 当社, 各社, 両社, 本社, 自社, 他社).
_REFERRING = tuple("同当各両本自他前元現全諸")
# The last letters of a generic body's word (協会, 委員会, 組合, 政府, 本部, 企業, 業界, 陣営): a kind, not a name.
_GENERIC_HEADS = tuple("会党省庁府社団局部課所校院組署隊室業界手人店門営")
_NAME_WORD = re.compile(r"[\u30a1-\u30faーA-Za-z\u4e00-\u9fff々&]+")
_KATAKANA = re.compile(r"[\u30a1-\u30faー]+")
_GLUED = re.compile(r"[\u30a1-\u30faーA-Za-z0-9\u4e00-\u9fff々]|[・=＝][\u30a1-\u30faーA-Za-z\u4e00-\u9fff]")


def companies_by_evidence(folded: str, chosen: list[Mention], tokens: list[Token], index_at: dict[int, int],
                          ends: set[int], edges: TokenEnds | None = None) -> list[Mention]:
    """The mentions (sorted), with ORG mentions added for every bare common word the article shows to be a
    body (see the module's docstring). index_at, ends: a token's index by its start, and the tokens' ends;
    edges: a token's index by its end, shared by detection's passes (else built here when a cue needs it)."""
    covered = bytearray(len(folded) + 1)
    for m in chosen:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    names = _evidenced_names(folded, chosen, tokens, index_at, edges, covered)
    formal = _formal_names(folded, chosen)
    if not names and not formal:
        return chosen
    people = {m.start for m in chosen if m.type == "PERSON"}
    added, swallowed = [], set()
    for name in names | formal:
        if written_as_product(folded, name):
            continue  # アプリ「妖精眼鏡」, 「オンキヨー」ブランド: the article writes the name as a product's too
        at = folded.find(name)
        while at >= 0:
            span = _with_legal_form(folded, at, at + len(name))
            inside = [m for m in chosen if span[0] <= m.start and m.end <= span[1]]
            free = not any(covered[span[0] : span[1]]) or _guessed(inside, span) \
                or name in formal and _within(inside, span, covered)
            if free and at in index_at and at + len(name) in ends and not _person_or_place(tokens, index_at[at], at + len(name)) \
                    and _alone(folded, span[0], span[1] if span[1] not in people else span[0],
                               left=not _KIND_BEFORE.search(folded, max(0, at - 8), at)):
                added.append(Mention(span[0], span[1], "", "ORG", source="compound"))
                covered[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
                swallowed.update(map(id, inside))
            at = folded.find(name, at + len(name))
    if not added:
        return chosen
    return sorted([m for m in chosen if id(m) not in swallowed] + added, key=lambda m: m.start)


def written_as_product(folded: str, name: str) -> bool:
    """The article writes the name as a product's too (アプリ「妖精眼鏡」, アプリ名:妖精眼鏡, 「オンキヨー」アプリ)."""
    return bool(_PRODUCT.search(folded.replace(name, "\0")))


def _person_or_place(tokens: list[Token], first: int, end: int) -> bool:
    """The words from tokens[first] up to end are all a person's or a place's name (掛布 of 株式会社掛布)."""
    words = [t for t in tokens[first:] if t.end <= end]
    return all(",人名," in t.pos or ",地名," in t.pos for t in words)


def _formal_names(folded: str, chosen: list[Mention]) -> set[str]:
    """The names the article writes with a legal form (日本郵政株式会社, 株式会社楽天): the name without it."""
    out = set()
    for m in chosen:
        if m.type == "ORG":
            text = folded[m.start : m.end]
            for form in _LEGAL_FORMS:
                name = text[len(form) :] if text.startswith(form) else text[: -len(form)] if text.endswith(form) else ""
                if len(name) >= 2 and _NAME_WORD.fullmatch(name):
                    out.add(name)
    return out


def _guessed(inside: list[Mention], span: tuple[int, int]) -> bool:
    """The name's span is one person or place only the tagger or UniDic guessed (グローバリー read as a person)."""
    return len(inside) == 1 and (inside[0].start, inside[0].end) == span and inside[0].type != "ORG" \
        and inside[0].source in ("tagger", "unidic") and inside[0].entity_id is None


def _within(inside: list[Mention], span: tuple[int, int], covered: bytearray) -> bool:
    """The bare name's span, covered only by mentions strictly inside it and not a body's (日本郵政: 日本)."""
    if not inside or any(m.type == "ORG" for m in inside):
        return False
    held = sum(m.end - m.start for m in inside)
    return held == sum(covered[span[0] : span[1]]) and held < span[1] - span[0]


def _with_legal_form(folded: str, start: int, end: int) -> tuple[int, int]:
    """The name's span with the legal form written with it (株式会社楽天, 楽天株式会社)."""
    for form in _LEGAL_FORMS:
        if folded.endswith(form, 0, start):
            return start - len(form), end
        if folded.startswith(form, end):
            return start, end + len(form)
    return start, end


def _evidenced_names(folded: str, chosen: list[Mention], tokens: list[Token], index_at: dict[int, int],
                     edges: TokenEnds | None, covered: bytearray) -> set[str]:
    """The words the article shows to be bodies."""
    orgs = [m for m in chosen if m.type == "ORG"]
    people = {m.start: m for m in chosen if m.type == "PERSON"}
    named = {m.start for m in chosen}
    names = set()
    for i in _candidates(folded, tokens, index_at, edges, people):
        token = tokens[i]
        if not _may_name(token) or any(covered[token.start : token.end]):
            continue
        if token.surface in KIND_WORDS or "サ変可能" in token.pos:
            # a kind (陣営) or an act (逮捕の小川会長, 買収は…。同社は) names no body, save a kanji word with its officer
            # named after it that is also the subject of a sentence of its own: a federation (連合の古賀会長, 連合は)
            if _KATAKANA.fullmatch(token.surface) is None and _alone(folded, token.start, token.end) \
                    and folded.startswith("の", token.end) and _officer_after(folded, people.get(token.end + 1)) \
                    and re.search(rf"(?:^|[。\n]){re.escape(token.surface)}[はが]", folded):
                names.add(token.surface)
            continue
        start, end = token.start, token.end
        if (_legal_form(folded, start, end) or _kind_before(folded, tokens, i, named)) and _alone(folded, start, end, left=False):
            names.add(token.surface)
            continue
        if _officer_after(folded, people.get(end + 1 if folded.startswith("の", end) else end)) \
                and _alone(folded, start, start):
            names.add(token.surface)  # its officer, after の or glued to the name (グリー田中良和社長)
            continue
        if not _alone(folded, start, end):
            continue
        if _HOLDINGS.match(folded, end):
            names.add(token.surface)
        elif folded[end : end + 1] in ("は", "が") and _opens_sentence(folded, start) \
                and (_referred_back(folded, end, orgs) or _deal_with_body(folded, end, orgs)):
            names.add(token.surface)
    return names


def _candidates(folded: str, tokens: list[Token], index_at: dict[int, int], edges: TokenEnds | None,
                people: dict[int, Mention]) -> list[int]:
    """The words a cue may be about, found from the cues (read in C), not from every word: the word after a legal
    form or a kind, before a legal form, a holding or an officer named, and the first word of a sentence before
    a word referring back or of a sentence telling a deal."""
    after = [m.end() for m in scan.finditer(_AFTER_CUE, folded)]
    before = [m.start() for m in scan.finditer(_BEFORE_CUE, folded)]
    before += [p.start - (folded[p.start - 1 : p.start] == "の") for p in people.values() if _OFFICERS.match(folded, p.end)]
    openings = [sentence_start(folded, m.start()) for m in scan.finditer(_BACK_ANY, folded)]
    openings += [sentence_start(folded, m.start() + 1) for m in scan.finditer(_DEALS, folded)]
    if not (after or before or openings):
        return []
    ends_at = ends_index(tokens, edges)
    found = {index_at.get(at) for at in after} | {ends_at.get(at) for at in before}
    for at in openings:
        while at < len(folded) and folded[at] in " 　「":
            at += 1
        found.add(index_at.get(at))
    found.discard(None)
    return sorted(found)


def _may_name(token: Token) -> bool:
    """A common noun (or a proper noun of no person or place) that may be a body's name: katakana, Latin or
    kanji, no time word, counter, pronoun or referring word."""
    pos = token.pos
    if not pos.startswith(("名詞,普通名詞", "名詞,固有名詞,一般")) or "副詞可能" in pos or "助数詞" in pos or len(token.surface) < 2:
        return False
    surface = token.surface
    return bool(_NAME_WORD.fullmatch(surface)) and not surface.startswith(_REFERRING) \
        and not surface.endswith(_GENERIC_HEADS)


def _alone(folded: str, start: int, end: int, left: bool = True) -> bool:
    """The span is a word of its own, not part of a longer name or term (東北楽天, 楽天市場)."""
    if left and start and _GLUED.match(folded[start - 1]):
        return False
    return end == start or not _GLUED.match(folded, end)


def _legal_form(folded: str, start: int, end: int) -> bool:
    """株式会社楽天, 楽天株式会社, (株)楽天; not a kind of company (合同会社形式で, 株式会社組織に)."""
    span = _with_legal_form(folded, start, end)
    if span[1] > end:  # the form after the name: the name is all before it (キリンビール(株) names no ビール)
        return _alone(folded, start, start)
    # the form before the name, which begins there (妖精眼鏡株式会社ブース is another name's)
    return span[0] < start and _alone(folded, span[0], span[0]) and bool(_NAME_ENDS.match(folded, end))


def _kind_before(folded: str, tokens: list[Token], index: int, named: set[int]) -> bool:
    """通信大手のKDDI, 家電大手シャープ: the name right after a kind of company."""
    token = tokens[index]
    if folded.startswith(("「", "『"), token.end) or folded[token.end : token.end + 1] in ("の", "・", "、") \
            and token.end + 1 in named:
        return False  # 最大手のSNS「MySpace」, 準大手ゼネコンの熊谷組: a kind, the name after it
    return bool(_KIND_BEFORE.search(folded, max(0, token.start - 8), token.start))


def _officer_after(folded: str, person: Mention | None) -> bool:
    """A person named right after the name (or its の), with an officer's post after: の三木谷浩史会長, 田中社長."""
    return person is not None and bool(_OFFICERS.match(folded, person.end))


def _opens_sentence(folded: str, start: int) -> bool:
    """The word is the first of its sentence (or of the clause after a date or a comma right at the start)."""
    before = folded[sentence_start(folded, start, LONGEST) : start]
    return not before.strip(" 　「")


def _referred_back(folded: str, end: int, orgs: list[Mention]) -> bool:
    """The next sentence opens on 同社は (同行, 同グループ, 同党) and the word's sentence names no other body."""
    stop = folded.find("。", end)
    if stop < 0 or any(end <= m.start < stop for m in orgs):
        return False
    return bool(_BACK.match(folded, stop + 1))


def _deal_with_body(folded: str, end: int, orgs: list[Mention]) -> bool:
    """The word's sentence tells of a deal with another body named right before the deal's word."""
    stop = folded.find("。", end)
    stop = len(folded) if stop < 0 else stop
    return any(end < m.start and _DEALS.match(folded, m.end) and m.end < stop for m in orgs)
