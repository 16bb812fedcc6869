"""Companies named before a word only a company has: 京セラの社長, 任天堂の株価, …を買収, …と業務提携.

Business news names a company by its short form (京セラ, 任天堂, 日産) with no kind word
after it; UniDic knows many such names as proper nouns of no class, and the tagger,
reading them without a head, often leaves them out. The words around the name say
what it is: its head (の社長, の会長, の頭取), its shares (の株価, の株主), its parts
(の子会社, 傘下, の本社), and deals only companies make (…を買収, …と提携,
…と経営統合). The name is the run of nouns right before such a word that holds a
proper noun UniDic does not class as a person or a place, a word it does not know,
or a katakana or Latin name; a run of common words (同社, 政府, メーカー) and a person
(山田の社長就任) or a place (大阪の工場) alone are no company; a name in katakana or Latin
letters in brackets before the word is one too (「インスタグラム」を買収). A short form written after
the full name (フジテレビ … フジは) is the company where only UniDic or the tagger read it
as a person or a place.
"""

from __future__ import annotations

import re

from core import scan
from core.model import Mention
from core.nlp.text_index import TokenEnds, ends_index
from core.nlp.tokens import Token
from core.sentences import LONGEST
from core.text import sentence_start

# What follows a company's name: its officers, shares and parts after の (or glued to it), and deals.
_COMPANY_WORD = re.compile(
    r"(?<![副元前兼])(?:(?:代表)?取締役)?(?:社長|副社長|会長|頭取|最高経営責任者|CEO|株価|株主|筆頭株主|子会社|親会社|本社"
    r"|経営陣|決算)"
    r"(?![\u4e00-\u9fff])|傘下|を(?:買収|子会社化)|と(?:の)?(?:業務|資本)?(?:提携|合併|経営統合)"
)
_PARTS = ("・", "=", "＝")
_WORDLIKE = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff々A-Za-z0-9&・=＝]")
_QUOTED_BEFORE = re.compile(r"「(?P<name>[\u30a1-\u30faー・A-Za-z][\u30a1-\u30faー・A-Za-z0-9&.\- ]{1,20})」$")
# Words for a kind of company or a part of one, which end no company's name here (IT企業, 同業他社, …日本法人).
KIND_WORDS = {"企業", "会社", "メーカー", "メーカ", "業界", "各社", "他社", "大手", "グループ", "陣営", "連合", "側",
               "法人", "支社", "支店", "本部", "部門", "事業部", "平均", "指数"}  # a part of a company (ボーダフォン日本法人の社長) is read elsewhere
_KATAKANA = re.compile(r"[\u30a1-\u30faー]+")
# A name's last word may be a suffix UniDic splits off a company's name (任天|堂).
_NAME_SUFFIXES = {"堂", "屋"}


def company_mentions(folded: str, tokens: list[Token], edges: TokenEnds | None = None) -> list[Mention]:
    """ORG mentions for names right before a word only a company has. edges: the article's token ends shared
    by detection's passes (else the pass's own), indexed only for an article with such a word."""
    out: list[Mention] = []
    ends_at: dict[int, int] | None = None
    for match in scan.finditer(_COMPANY_WORD, folded):  # tried only at its first letters
        if ends_at is None:
            ends_at = ends_index(tokens, edges)
        at = match.start()
        if at and folded[at - 1] == "の" and folded[at] not in "をと":
            at -= 1  # the name ends before の, or right at the word
        quoted = _QUOTED_BEFORE.search(folded, max(0, at - 24), at)
        if quoted:  # 「インスタグラム」を買収: a name in katakana or Latin letters in brackets
            out.append(Mention(quoted.start("name"), quoted.end("name"), "", "ORG", source="compound"))
            continue
        last = ends_at.get(at)
        if last is None or match.end() not in ends_at and folded[match.end() - 1] != "社":
            continue  # 1頭|取り消し: the word must end a token
        run = _name_run(folded, tokens, last)
        if run is not None:
            out.append(Mention(run[0].start, run[-1].end, "", "ORG", source="compound"))
    return out


def _name_run(folded: str, tokens: list[Token], last: int) -> list[Token] | None:
    """The run of words ending at tokens[last] that names a company, or None (a kind word, a person, a place,
    a run of common words)."""
    first = last
    while first > 0:
        if _name_word(tokens[first - 1]) and _joined(folded, tokens[first - 1], tokens[first]):
            first -= 1
        elif first > 1 and tokens[first - 1].surface in _PARTS and _KATAKANA.fullmatch(tokens[first].surface) \
                and _KATAKANA.fullmatch(tokens[first - 2].surface) \
                and tokens[first - 2].end == tokens[first - 1].start:
            first -= 2  # フォーカス・フィーチャーズ: katakana words joined by ・
        else:
            break
    run = tokens[first : last + 1]
    while len(run) > 1 and (run[0].pos.startswith("接尾辞") or not _names_company(run[0]) and ",地名," not in run[0].pos
                            and run[1].surface not in _PARTS and any(_names_company(t) for t in run[1:])):
        run = run[1:]  # 持株会社|セガ…, 当時|クライスラー: the common words before the name are no part of it
    cut = max((i for i in range(len(run) - 1) if _KATAKANA.fullmatch(run[i + 1].surface)
               and _names_company(run[i + 1]) and not _names_company(run[i])
               and "\u4e00" <= run[i].surface[-1] <= "\u9fff"), default=-1)
    run = run[cut + 1 :]  # CS独占放映権|ソフトバンク: a katakana name begins after the last common word
    if "\u3041" <= folded[run[-1].end - 1] <= "\u3096":
        return None  # ソンダースが|会長: a word UniDic does not know swallowed the particle
    if run[-1].surface in KIND_WORDS or ",地名," in run[-1].pos:
        return None  # IT企業の社長: a kind of company, not one; 産経新聞大阪|本社: the office's place
    if not all(_WORDLIKE.match(t.surface) for t in run):
        return None  # 東証システム障害:|社長: a mark is no part of a name
    suffixed = len(run) > 1 and run[-1].surface in _NAME_SUFFIXES and run[-1].pos.startswith("接尾辞")
    if run[0].pos.startswith("接尾辞") or not (suffixed or any(_names_company(t) for t in run)):
        return None
    if any(",人名," in t.pos for t in run):
        return None
    return run


# What a company or a body does as the subject of its sentence, or as the source of what is told: it announces
# (発表した, 公表した, 明らかにした, …とコメントした, 声明を出した), or it is the one a report comes from (Xによると).
_ANNOUNCES = re.compile(r"(?:発表|公表)(?:し|す|を|に)|明らかにし|とコメントし|声明を(?:出|発表)")
_ACCORDING = re.compile(r"によ(?:ると|れば)")
_SOURCE_CLAUSE = re.compile(r"[^。\n「」]{0,40}?によ(?:ると|れば)、")
_SUBJECT = re.compile(r"[はが]")
_NAME_CHAR = re.compile(r"[\u30a1-\u30ff\u4e00-\u9fff々A-Za-z0-9]")


def announcer_mentions(folded: str, tokens: list[Token], edges: TokenEnds | None = None) -> list[Mention]:
    """ORG mentions for a company or a body written bare (任天堂, 京セラ) where its sentence tells what it announced
    (任天堂は10日、…と発表した) or where a report comes from it (京セラによると): the first subject of the sentence,
    or the name before によると, when its words name no person or place and UniDic knows them as proper nouns of no
    class or not at all. Meant to fill gaps: a name the rules or the tagger read stays theirs. edges: as for
    company_mentions."""
    out: list[Mention] = []
    ends_at: dict[int, int] | None = None
    anchors = []
    for verb in scan.finditer(_ANNOUNCES, folded):
        start = sentence_start(folded, verb.start(), LONGEST)
        source = _SOURCE_CLAUSE.match(folded, start, verb.start())
        start = source.end() if source else start  # 読売新聞によると、任天堂は…発表した
        particle = _SUBJECT.search(folded, start, verb.start())
        if particle is not None:
            anchors.append((start, particle.start()))
    anchors += [(None, m.start()) for m in scan.finditer(_ACCORDING, folded)]
    for start, at in anchors:
        if ends_at is None:
            ends_at = ends_index(tokens, edges)
        last = ends_at.get(at)
        if last is None or last + 1 == len(tokens) or not tokens[last + 1].pos.startswith("助詞"):
            continue  # the particle must be one, after a word's end
        run = _name_run(folded, tokens, last)
        if run is None or start is not None and run[0].start != start and folded[run[0].start - 1] not in "の・":
            continue  # the subject is the whole clause's opening words (or a name after its kind: メーカー・X)
        before = folded[max(0, run[0].start - 2) : run[0].start]
        if before[-1:] and before[-1] not in "の・" and (_NAME_CHAR.match(before[-1]) or before[-1] in "._-&"):
            continue  # asahi.|com, 47|NEWS, 中|スポ: the end of a longer name, no name of its own
        if before.endswith("の") and (start is None or before[:1] in "こそあど"):
            continue  # 協会のHPによると, 神社のBlogによると, そのPCは: a thing of someone's, no one's name
        if run[0].start != start and re.fullmatch(r"[a-z]+", folded[run[0].start : run[-1].end]):
            continue  # supercellのryoが: a word in small Latin letters inside a clause, no company's name
        out.append(Mention(run[0].start, run[-1].end, "", "ORG", source="compound"))
    return out


def _joined(folded: str, left: Token, right: Token) -> bool:
    """Two words of one name: glued, or Latin words a space apart (Voice Stream)."""
    if left.end == right.start:
        return True
    return right.start - left.end == 1 and folded[left.end] == " " and left.surface[-1:].isascii() \
        and right.surface[:1].isascii() and left.surface[-1:].isalnum() and right.surface[:1].isalnum()


def _name_word(token: Token) -> bool:
    """A noun or a noun's suffix that may be a word of a name (not a number or a pronoun)."""
    return token.pos.startswith(("名詞", "接尾辞,名詞的")) and ",数詞," not in token.pos and ",代名詞," not in token.pos \
        and not token.surface.isdigit()


def _names_company(token: Token) -> bool:
    """A word that may name a company: a proper noun of no person or place, an unknown word, a name in
    katakana or Latin letters UniDic does not know."""
    if token.unknown:
        return True
    if ",固有名詞," in token.pos:
        return ",人名," not in token.pos and ",地名," not in token.pos
    return False


# The kind word a company's or broadcaster's full name ends in, which its short form drops
# (フジテレビ → フジ, 京セラミタ is no such name).
DROPPED_KIND = re.compile(r"(?:テレビ|放送|新聞|自動車|電機|電器|銀行|証券|電力|航空|商事|物産|製作所|工業|重工|化学|製薬"
                           r"|ホールディングス|グループ)$")


def short_company_forms(folded: str, chosen: list[Mention]) -> list[Mention]:
    """The mentions, with a company's short form after its full name (フジテレビ … フジは) an ORG where only
    UniDic or the tagger read it as a person or a place (a place a list knows stays the place: 東京電力 … 東京)."""
    shorts: dict[str, tuple[int, str | None]] = {}
    for m in chosen:
        if m.type == "ORG":
            name = folded[m.start : m.end]
            kind = DROPPED_KIND.search(name)
            if kind and kind.start() >= 2 and (_KATAKANA.fullmatch(name, 0, kind.start())
                                               or re.fullmatch(r"[A-Za-z&]+", name[: kind.start()])):
                shorts.setdefault(name[: kind.start()], (m.end, m.entity_id))
    if not shorts:
        return chosen
    out = []
    for m in chosen:
        after, entity_id = shorts.get(folded[m.start : m.end], (len(folded) + 1, None))
        if after <= m.start and m.type in ("PERSON", "LOC") and m.entity_id is None \
                and m.source in ("tagger", "unidic"):
            m = Mention(m.start, m.end, "", "ORG", entity_id, source=m.source, confidence=m.confidence)
        out.append(m)
    return out
