"""A name written right after the word for its kind: イスラム主義団体ハマース, テロ組織・アルカイダ,
米鉄鋼大手USスチール, 英紙ガーディアン, スポーツメーカー・ミズノ.

News introduces a body it has not named before by its kind: the kind word says
what the name is, wherever the tagger would read the name alone as a person or a
place. Only names in katakana or Latin letters are taken (a kanji compound after
the kind word is read by the other rules), and only when UniDic does not know
the name as a common word (団体ツアー, 組織ぐるみ, 企業イメージ name no one).

A name written right before its kind is one too where UniDic reads the name as
common words: a kana name before a bank's or company's head (みずほ銀行, ゆうちょ銀行),
Japan's numbered banks (十六銀行, 第四銀行; not 3銀行 nor 大手三銀行), and a school named
after its hall or society (立命|館|大学, 同志|社|大学, 学習|院|大学).

A name in brackets right after the word for a political body (中道左派連合「連合」,
政治組織「変化と改革」, 人権団体「…」) is that body, whatever its words, and so is the
same bracketed name wherever else the article writes it (「連合」代表).
"""

from __future__ import annotations

import re

from core.model import Mention
from core.scan import finditer
from core.nlp.suffixed_names import katakana_name_start
from core.nlp.text_index import letter_class, tokens_at_letters
from core.nlp.tokens import Token

# Kinds of organisation, each ending the word before the name; 紙 and 誌 are a newspaper and a magazine.
# 株式会社 is part of the name after it (株式会社ミクシィ), as the tagger reads it.
_KIND = re.compile(
    r"(?P<kind>団体|組織|政党|企業|(?<!株式|有限|合同|合資|合名)会社|勢力|過激派|武装集団|集団|大手|通信社|新聞社|放送局|航空|紙|誌"
    r"|メーカー|チェーン)"
    r"[・\s]?(?P<name>[\u30a1-\u30faー]{2,}(?:[・=＝][\u30a1-\u30faー]+)*"
    r"|[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*)*)"
    r"(?![\u30a1-\u30faーA-Za-z])"
)

# A company named after the word for its trade and ・ (所属事務所・アップフロントエージェンシー, 芸能プロダクション・ホリプロ,
# 出版社・リクルート): a name of two katakana words or more UniDic knows (スターダスト|プロモーション) is a name here, the
# ・ after the trade says so; a single common word is none (ファンド・ドライブ, 事務所・オフィス北野).
_TRADE_DOT = re.compile(r"(?P<kind>事務所|プロダクション|出版社|ファンド|レーベル)・(?P<name>[\u30a1-\u30faー]{2,})"
                        r"(?![\u30a1-\u30faーA-Za-z\u4e00-\u9fff・])")


# A company introduced by its business or its size with の between (紳士服チェーンのフタタ, 精密機器メーカーのオムロン, 米小売
# 大手のウォルマート, 洋菓子メーカーのゴンチャロフ): the same, when the name ends there (not ルフトハンザ|航空, read whole
# elsewhere) and no title or honorific follows (a person of the company: メーカーのスミス社長, …のスミスさん).
_KIND_OF = re.compile(r"(?P<kind>メーカー|チェーン|大手)の(?P<name>[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]+)*)"
                      r"(?![\u30a1-\u30faーA-Za-z\u4e00-\u9fff=＝]|さん|くん|ちゃん)")
# Kinds of business a company is introduced by (スポーツメーカー・ミズノ, 紳士服チェーン…): its name may go on with a head
# of its own in kanji (ゴンチャロフ製菓, ビオフェルミン製薬), which this reading must not cut.
_MAKERS = ("メーカー", "チェーン")
_OWN_HEAD = re.compile(r"(?:製[菓薬紙鋼粉糖作]|工業|電機|電器|電工|産業|商事|物産|精工|建設|化学|化成|重工|食品|証券|銀行|航空|"
                         r"自動車|ホールディングス|グループ)")


# A company's or bank's head after a kana name; a school's head after a hall or society (single tokens).
_COMPANY_HEADS = {"銀行", "証券", "生命", "損保", "自動車", "電機", "製作所", "新聞", "放送", "ホールディングス"}
_SCHOOL_HEADS = {"大学", "高校", "高等学校", "中学校", "学園"}
_HEADS = _COMPANY_HEADS | _SCHOOL_HEADS
_HEAD_LETTERS = letter_class(_HEADS)  # where a head's token can begin
_HALL = ("館", "社", "院", "塾", "舎")
# Words for a kind of building or body that end in a hall's character: no school's name (図書館大学).
_KIND_OF_HALL = {"図書館", "美術館", "博物館", "会館", "体育館", "公民館", "記念館", "大使館", "領事館", "出版社", "新聞社",
                 "通信社", "会社", "神社", "商社", "結社", "大学院", "病院", "寺院", "議院", "校舎", "私塾", "学習塾"}
_KANA_NAME = re.compile(r"[\u3041-\u3096ゝゞ\u30a1-\u30faー]{2,}")
_NUMBERED_BANK = re.compile(r"(?<![\u4e00-\u9fff\d])(?:第[一二三四五六七八九]|[一二三四五六七八九十百]{2,4})銀行")


def _before_kind(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """ORG mentions for names UniDic reads as common words right before their kind (みずほ|銀行, 同志|社|大学)."""
    out = []
    for index in [i for i in tokens_at_letters(folded, index_at, _HEAD_LETTERS) if tokens[i].surface in _HEADS]:
        if not index:
            continue
        token = tokens[index]
        if not token.pos.startswith("名詞"):
            continue
        before = tokens[index - 1]
        if before.end != token.start:
            continue
        if token.surface in _COMPANY_HEADS and before.pos.startswith("名詞") \
                and _KANA_NAME.fullmatch(before.surface) and (",固有名詞," in before.pos or not before.surface[0] >= "\u30a0"):
            out.append(Mention(katakana_name_start(tokens, index - 1), token.end, "", "ORG", source="title"))
        elif token.surface in _SCHOOL_HEADS and before.surface in _HALL and index >= 2:
            name = tokens[index - 2]
            if name.end == before.start and name.pos.startswith("名詞") and len(name.surface) >= 2 \
                    and name.surface + before.surface not in _KIND_OF_HALL \
                    and all("\u4e00" <= c <= "\u9fff" for c in name.surface):
                out.append(Mention(name.start, token.end, "", "ORG", source="title"))
    return out


_QUOTED_AFTER_KIND = re.compile(r"(?:団体|組織|政党|連合|会派|勢力|党派|労組|組合|連立)「(?P<name>[^「」。、\s]{1,20})」")
# A religious body's, a newspaper's or a broadcaster's name in brackets after its kind (教団「…」, 韓国紙「…」, 英字紙;
# not 手紙), and a bracketed name followed by という and its kind (「BBsezTOKYO」というサポーターグループ). After an
# outlet a bracketed headline may stand as well (英紙「最も安心させる選手は香川」): a name has no kana of grammar
# and no question or ellipsis.
_NAME_IN_BRACKETS = r"「(?P<name>[^「」。、\s\u3041-\u309f…?!？！]{1,20})」"
_QUOTED_NAME_AFTER_KIND = re.compile(r"(?:教団|宗派|(?:国|[米英仏独中韓露朝台]|英字|経済|日刊|地元|現地|有力)(?:紙|誌)|"
                                     r"通信社|新聞社|放送局|テレビ局)" + _NAME_IN_BRACKETS)
# A company's, an incorporated body's or an outlet's name in brackets after its kind (第三セクター「大阪シティドーム」,
# 運営会社「…」, NPO法人「…」, ニュースサイト「スタッフ」, ラジオ局「…」, 諮問機関「…」, 地下鉄「東京メトロ」 but not
# 地下鉄「大江戸線」), and the names bracketed after it
# in the same list (子会社「A」「B」, 「A」と「B」). A name has no kana of grammar and no parenthesis (「ベネッセ(以下…)」
# is a name with a note, left to the other rules); a programme, a station or a site of another kind is not taken
# (放送「…」, 鉄道「…駅」, 掲示板サイト「…」), nor a magazine's issue (雑誌「ゼクシィ9月号」).
_COMPANY_NAME = r"[^「」。、\s\u3041-\u309f…?!？！()（）]{1,20}"
# A magazine or an information site named in brackets after its kind (週刊誌「FLASH」は…と報じた, 情報サイト「ITMedia」が
# 伝えた, 雑誌「an.an」が, ファッション誌『Zipper』): an outlet, a teller of news; its name is often a common word (「MORE」,
# 「Ray」), so only its bracketed repeats count.
_MAGAZINE_KINDS = r"(?:週刊|月刊|女性|男性|情報|ファッション)誌|雑誌|夕刊紙|スポーツ紙|情報サイト"
_QUOTED_COMPANY_AFTER_KIND = re.compile(r"(?:会社|法人|第[3三]セクター|ニュースサイト|ラジオ局|NGO|NPO|機関|地下鉄|私鉄|"
                                        + _MAGAZINE_KINDS + r")・?"
                                        r"「(?P<name>" + _COMPANY_NAME + r")(?<![線駅号])」"
                                        r"(?P<more>(?:[と、・]?「" + _COMPANY_NAME + r"」)*)")
_LISTED_AFTER = re.compile(r"「(?P<name>" + _COMPANY_NAME + r")」")
_QUOTED_BEFORE_KIND = re.compile(_NAME_IN_BRACKETS + r"という[\u30a1-\u30faー\u4e00-\u9fff]{0,6}?"
                                 r"(?:団体|組織|政党|グループ|教団|宗派|会社|企業|新聞|雑誌|通信社)")
# A name with katakana or Latin letters is no common word: written again without brackets it is the body again
# (韓国紙「ヘラルド経済」は… ヘラルド経済の取材後); a kanji name (「連合」) is, so only its bracketed repeats count.
_NOT_A_WORD = re.compile(r"[\u30a1-\u30faーA-Za-z]")
_NAME_CHAR = re.compile(r"[\u30a1-\u30faー\u4e00-\u9fffA-Za-z0-9]")


def _quoted_bodies(folded: str) -> list[Mention]:
    """ORG mentions for a bracketed name after the word for a body (or before it, with という), and the same name
    bracketed again, or written again unbracketed when letters or katakana make it no word."""
    found = [m for pattern in (_QUOTED_AFTER_KIND, _QUOTED_NAME_AFTER_KIND, _QUOTED_BEFORE_KIND) for m in finditer(pattern, folded)]
    # a company's or an outlet's name may be a common word (ニュースサイト「スタッフ」): only its bracketed repeats count
    bracketed_only = []
    if "「" in folded:
        for match in finditer(_QUOTED_COMPANY_AFTER_KIND, folded):
            bracketed_only.append(match)
            if match.group("more"):
                bracketed_only += _LISTED_AFTER.finditer(folded, match.start("more"), match.end("more"))
    names = dict.fromkeys(m.group("name") for m in sorted(found + bracketed_only, key=lambda m: m.start()))  # text order
    strict = {m.group("name") for m in bracketed_only} - {m.group("name") for m in found}
    out = []
    for name in names:
        loose = len(name) >= 3 and _NOT_A_WORD.search(name) and name not in strict
        start = folded.find(name)
        while start >= 0:
            end = start + len(name)
            quoted = folded[start - 1 : start] == "「" and folded[end : end + 1] == "」"
            if quoted or (loose and not _NAME_CHAR.match(folded[start - 1 : start] or " ")
                          and not (_NAME_CHAR.match(folded[end : end + 1] or " ") and _NOT_A_WORD.match(folded[end - 1]))):
                out.append(Mention(start, end, "", "ORG", source="title"))
            start = folded.find(name, end)
    return out


# A federation or association named by its scope, its field and its head: 日本|高校|野球|連盟, 国際|陸上|競技|連盟,
# 全日本|柔道|連盟. The scope makes the field's common words a name (野球連盟 alone names no one body).
_FEDERATION = re.compile(
    r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?:全日本|全国|日本|国際|世界|アジア|欧州|全米|全英|全豪|全仏)"
    r"[\u4e00-\u9fff\u30a1-\u30faー]{2,8}?(?:連盟|協会|連合会)"
)
_FEDERATION_HEADS = ("連盟", "協会", "連合会")


def _federations(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """ORG mentions for a federation named by scope, field and head, whose words are all common nouns
    (a person's or place's name inside, or a verb, makes it no such name)."""
    out = []
    for match in finditer(_FEDERATION, folded):
        index = index_at.get(match.start())
        if index is None:
            continue
        while index < len(tokens) and tokens[index].end <= match.end():
            token = tokens[index]
            if not token.pos.startswith(("名詞", "接頭辞", "接尾辞", "形状詞")) or ",人名," in token.pos:
                break
            index += 1
        else:
            index = -1  # the text ends with the name
        if index < 0 or tokens[index - 1].end == match.end() and tokens[index - 1].surface.endswith(_FEDERATION_HEADS):
            out.append(Mention(match.start(), match.end(), "", "ORG", source="title"))
    return out


# Names in katakana or Latin letters listed and then counted as bodies (マクドナルドとファミリーマートの2社, ミズノ、デサント、
# アシックスの3社, ベイスターズとヤクルトスワローズ両球団): each is a body when the count is the number of names. Items are
# joined by 、 or と only (・ joins the words of one name too); a first item glued by ・ to a word before it is that
# word's (スポーツメーカー・ミズノ), and one glued to kanji begins with them (日本マクドナルド).
_LISTED_NAME = r"[\u30a1-\u30faーA-Za-z][\u30a1-\u30faーA-Za-z0-9]*"
_COUNTED_LIST = re.compile(r"(?<![\u30a1-\u30faーA-Za-z0-9])(?P<list>" + _LISTED_NAME + r"(?:[、と]" + _LISTED_NAME + r"){1,6})"
                           r"(?:の)?(?P<count>[2-9]|[二三四五六七八九]|両)(?:社|紙|局|球団|団体)")
_COUNTS = {"両": 2, **{str(n): n for n in range(2, 10)}, **{k: n for n, k in enumerate("二三四五六七八九", start=2)}}
_ITEM = re.compile(_LISTED_NAME)
_GLUED_BEFORE = re.compile(r"[・\u4e00-\u9fff]")  # 日本|マクドナルド, 横浜|ベイスターズ: the name begins before


def _token_end(tokens: list[Token], index_at: dict, start: int, end: int) -> bool:
    """Whether the tokens from start end at end (no word runs across it)."""
    index = index_at[start]
    while index < len(tokens) and tokens[index].end < end:
        index += 1
    return index < len(tokens) and tokens[index].end == end


def _counted_lists(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """ORG mentions for the names of a list counted as bodies right after it (…の3社), when the count is the
    number of names: then each is a body even where UniDic knows the word (デサント)."""
    out = []
    for match in finditer(_COUNTED_LIST, folded):
        items = list(_ITEM.finditer(folded, match.start("list"), match.end("list")))
        if len(items) != _COUNTS[match["count"]]:
            continue
        for item in items:
            if _GLUED_BEFORE.match(folded[item.start() - 1 : item.start()] or " ") or item.start() not in index_at \
                    or not _token_end(tokens, index_at, item.start(), item.end()):
                continue
            out.append(Mention(item.start(), item.end(), "", "ORG", source="title"))
    return out


def kind_named_mentions(folded: str, tokens: list[Token], index_at: dict) -> list[Mention]:
    """ORG mentions for katakana or Latin names right after the word for a kind of organisation,
    for names UniDic reads as common words right before it, and for federations named by scope and field."""
    out = _before_kind(folded, tokens, index_at)
    out += _federations(folded, tokens, index_at)  # these passes skip, in C, an article without the words they need
    out += _quoted_bodies(folded)
    out += _counted_lists(folded, tokens, index_at)
    out += [Mention(m.start(), m.end(), "", "ORG", source="title") for m in finditer(_NUMBERED_BANK, folded)]
    traded = list(finditer(_TRADE_DOT, folded))
    for match in [*finditer(_KIND, folded), *finditer(_KIND_OF, folded), *traded]:
        start, end = match.span("name")
        if match["kind"] in _MAKERS and _OWN_HEAD.match(folded, end):
            continue  # 菓子メーカー・ゴンチャロフ製菓: the company's own head follows; its whole name is read elsewhere
        index = index_at.get(start)
        if index is None:
            continue  # the name must begin a token: 組織|ぐるみ yes, 会社員 no
        if match in traded:  # 事務所・スターダスト|プロモーション: words UniDic knows, made one name after the trade
            last = index
            while last < len(tokens) and tokens[last].end < end:
                last += 1
            if last > index and last < len(tokens) and tokens[last].end == end:
                out.append(Mention(start, end, "", "ORG", source="title"))
                continue
        common = False
        first = index
        while index < len(tokens) and tokens[index].start < end:
            token = tokens[index]
            if token.end > end:
                common = True  # the name ends inside a word
                break
            if token.surface not in "・=＝" and not token.unknown and not token.surface[0].isascii() \
                    and ",固有名詞," not in token.pos:
                common = True  # 団体ツアー, 企業イメージ: a word UniDic knows
            index += 1
        if common and folded[start - 1] in "・の" and _split_name(tokens[first:index], end):
            # 紳士服チェーンのフタタ (フタ|タ), 会社・トレンダーズ (ト|レンダーズ): no words, a name cut up; written again
            # bare (なおフタタとコナカは), it is the company again
            out += _written_again(folded, index_at, start, end)
            common = False
        if not common:
            out.append(Mention(start, end, "", "ORG", source="title"))
    return out


def _split_name(tokens: list[Token], end: int) -> bool:
    """A katakana name UniDic cut into pieces, one of them a lone letter (フタ|タ, ト|レンダーズ, アラク|ス): set off from
    its kind by ・ or の, it is a name, not the common words the pieces happen to be."""
    return len(tokens) >= 2 and tokens[-1].end == end and any(
        len(t.surface) == 1 and "\u30a1" <= t.surface <= "\u30fa" for t in tokens)


def _written_again(folded: str, index_at: dict, start: int, end: int) -> list[Mention]:
    """ORG mentions for a cut-up name written again in the article, beginning a token and no longer word around it."""
    name, out = folded[start:end], []
    at = folded.find(name)
    while at >= 0:
        after = folded[at + len(name) : at + len(name) + 1]
        if at != start and at in index_at and not (after and "\u30a1" <= after <= "\u30fa" or after == "ー") \
                and not (at and ("\u30a1" <= folded[at - 1] <= "\u30fa" or folded[at - 1] in "ー・")):
            out.append(Mention(at, at + len(name), "", "ORG", source="title"))
        at = folded.find(name, at + 1)
    return out
