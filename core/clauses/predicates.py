"""The predicates a clause is read around: verbs of speech, positions taken on an object, meetings.

Stems only: the inflection that follows is free (述べた, 述べている, 述べ、).
"""

from __future__ import annotations

import re

from core.text import words_pattern
from core.scan import skipping
from core.scan_words import needed_words

# Speech after と / との (and after a quote): 述べた, 語った, 伝えた, 報じた, …との見方を示した.
# 話し is not 話し合い; 示し needs a noun of position before を.
SPEECH_STEMS = """
見方を示 考えを示 認識を示 立場を示 姿勢を示 見解を示 見通しを示 意向を示 懸念を示 期待を示 意欲を示 自信を示
難色を示 不快感を示 理解を示 考えを表明 見解を表明 意向を表明 考えを明らかに 認識を明らかに 不満を漏ら
表明 明らかに(?!な) 述べ 語 話し(?!合) 言っ 言い 強調 指摘 伝え 報じ 報道(?!陣|機関|各社|関係) 投稿 答え 応じ 主張 批判 訴え 求め 呼びかけ
呼び掛け 警告 説明 発表 発言 記し 書き込 評価 反論 否定 約束 宣言 コメント 断言 補足 明言 明かし 言明 示唆
非難 抗議 要求 要請 要望 提案 付け加え 力説 反発 歓迎 懸念 漏らし 皮肉 伝達 分析 言及 働きかけ 働き掛け 強く
表し 希望し 謝罪し 考えて(?=[いお]) 演説 勧告 ツイート つぶやい
考えを述べ 見解を述べ 認識を述べ 意見を述べ 感想を述べ 考えを語 思いを語
言われ 見られ みられ 結論 見積も 推計し
見込まれ 予想され 予測され 推計され 推定され 考えられ
判断 認め 確認し 予想し 予測し 推測し 推定し 見込ん 見込み 判定し 認定し 断定し 結論付け 結論づけ 報告 通告 通知
通達 証言 供述 回答 釈明 弁明 告げ 確信し 明記し 見立て 否認 謝罪 苦言を呈 疑問を呈 異議を唱え 絶句 いい(?=、)
激励 挨拶 評し 問題視 応え 話す 賞賛 称賛 絶賛 信じ 論評 観測し 形容し 呼ん 呼び(?!かけ|掛け|出|込|寄|戻|止|声)
明かす 繰り返し 意欲を見せ 意欲をみせ 意欲をのぞかせ 意欲(?=[。、]) 自信(?=[。、]) 決意(?=[。、])

""".split()
# 見て / みて is a view held before い/お (…と見ている) or an inquiry's verb (…と見て調べている, …とみて捜査), not a move
# (…と見て攻撃に出た, …と見て追い上げた).
_VIEW_HELD = r"(?=[いお]|、?(?:調べ|捜査|詳し|身元|追及|調査|行方|確認を急|追って))"
SPEECH_STEMS += ["見て" + _VIEW_HELD, "みて" + _VIEW_HELD]
# A position taken on an object (…を批判した) or toward someone (…に反対した).
POSITION_STEMS = """
批判 非難 歓迎 評価 要請 要求 求め 宣言 表明 明かし 明らかにし 発表 否定 支持 拒否 抗議 提案 主張 訴え 懸念
反対 賛成 同意 言及 強調 指摘 示唆 呼びかけ 呼び掛け 公表 申し入れ 伝え 述べ 賞賛 称賛 絶賛
""".split()
# Words that speak of a meeting; the meeting detector (core.meetings) says which kind each is.
MEETING_STEMS = """
電話会談 電話協議 首脳会談 外相会談 会談 会見 面会 会談し 協議し 会っ 会い 訪問し 訪れ 来日し 訪中し 訪米し 訪朝し
""".split()

KINDS = {"speech": SPEECH_STEMS, "position": POSITION_STEMS, "meeting": MEETING_STEMS}


def _alternation(stems: list[str]) -> str:
    """The stems, longest first, behind a look-ahead of their first letters (core.text.words_pattern)."""
    return words_pattern(sorted(stems, key=len, reverse=True))


# What a predicate follows: a particle (と, に, が, は …) for speech, を/に for a position, anything
# for a meeting word. 語 after a noun (日本語, 物語) is no predicate.
PREDICATE = re.compile(
    r"(?:(?<=[と」にがはも、])|(?<=との))(?P<speech>" + _alternation(SPEECH_STEMS) + ")"
    r"|(?<=[をに])(?:あらためて|改めて|重ねて|再び|公然と|[\u4e00-\u9fff]{1,2}しく|[\u4e00-\u9fff]{1,2}く)?(?P<position>" + _alternation(POSITION_STEMS) + ")"
    r"|(?P<meeting>" + _alternation(MEETING_STEMS) + ")"
)
PREDICATE = skipping(PREDICATE)  # core.scan's skipping twin: the same matches


def _stem_words(stems: list[str]) -> list[str]:
    """Words one of which every match of any of the stems holds, none holding another (考えを述べ is left to 述べ):
    each stem's read by core.scan_words.needed_words from the stem itself (表明(?:し)|述べ: 表明し or 述べ); [""], a
    gate passing every text, when one stem's cannot be told (a stem that may match no letter: 語?)."""
    words: set[str] = set()
    for stem in stems:
        needed = needed_words(re.compile(stem))
        if needed is None:
            return [""]
        words.update(needed)
    return sorted(word for word in words if not any(other != word and other in word for other in words))


# Every predicate holds one stem's words (found in a sentence of a few: most sentences have no predicate); a text
# holding none holds no predicate, told by one search that skips, in C, every letter no word begins with (the
# pattern's own search tries each kanji, where a position's adverb may begin).
_ANY_STEM = skipping(re.compile("|".join(map(re.escape, _stem_words(SPEECH_STEMS + POSITION_STEMS + MEETING_STEMS)))))
_INFLECTION = re.compile(r"(?:し|して|した|している|していた|しており|する|します|した|さ)?"
                         r"(?:[たてい]|ている|ていた|ており|る|ます|ました)?")


# A noun of speech after との, its quote or clause its content: …との発言に対する謝罪, …との批判を受けて
_NOUN_USE = re.compile(r"[にがはのでも]|を(?:めぐ|巡|受け|きっかけ|理由|撤回|否定)")


def noun_of_speech(text: str, start: int, end: int) -> bool:
    """Whether the speech word text[start:end] after との is a noun (…との発言に対する), not a verb."""
    return text.endswith("との", 0, start) and _NOUN_USE.match(text, end) is not None


def predicates(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each predicate in text[start:end], its inflection included."""
    if _ANY_STEM.search(text, start, end) is None:
        return []  # no stem written there: a cheaper search than the predicates' (most sentences)
    out = []
    for match in PREDICATE.finditer(text, start, end):
        kind = match.lastgroup
        if kind == "speech" and noun_of_speech(text, match.start(kind), match.end()):
            continue
        tail = _INFLECTION.match(text, match.end(), end)
        out.append((kind, match.start(kind), tail.end() if tail else match.end()))
    return out
