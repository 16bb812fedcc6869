"""The speaker an article's headline names, and the body's words that repeat what it has them say.

A headline often says whose words the article is about: ラモス「やりたいですよ」, 松岡修造氏は「…」,
テリー、岡田監督に「…」, 「…」 トランプ氏, フジモリ元大統領、大統領選に出馬表明. The body gives the
words again, often with nobody named in their sentence (番組の冒頭から、「生のダルビッシュ、すげー。…」):
the headline's speaker said them. The speaker must be one the body names (a person or a body the entity
layer found there), so a headline's word is never taken for a name. The headline itself is no claim: it
is not in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.claims.quote_marks import has_kana
from core.nlp.short_forms import short_forms
from core.nlp.offices import OFFICE_WORDS

# What may stand between a speaker and their quote in a headline: a title or honorific, a particle, a word of
# manner or of saying (北斗キッパリ「…」, みのも上機嫌「…」, 芹那が激白「…」, 松岡修造氏は「…」)
_TITLE = r"(?:" + "|".join(sorted(OFFICE_WORDS, key=len, reverse=True)) + r"|社長|会長|監督|弁護士|教授|選手|投手|コーチ|" \
    r"オーナー|親方|議員|代表|容疑者|被告|氏|さん|くん|ちゃん|アナ)"
_TITLED = r"(?:[元前]?" + _TITLE + r")?"
_MANNER = (r"(?:キッパリ|きっぱり|ピシャリ|ぴしゃり|ポツリ|ぽつり|断言|激白|告白|明かす|語る|激怒|苦言|絶賛|反論|上機嫌|本音|"
           r"持論|怒り|反省|悲痛|心境|決意|告げる|吐露|宣言|発言|言及|悲鳴|苦笑|号泣|涙)")
_BEFORE_QUOTE = re.compile(_TITLED + r"[・]?(?:は|が|も)?" + _MANNER + r"?(?:は|も)?[、 \u3000]?「")
# The headline's topic, then what they say to or of someone: テリー、岡田監督に「…」, 吉田、シウバ戦振り返り「…」
_TOPIC_THEN = re.compile(_TITLED + r"(?:は|も)?、(?P<rest>[^、。「」]{1,30})「")
# After a quote: its speaker (「…」 トランプ氏, 「…」管財人が発言)
_SPEAKER_AFTER = re.compile(_TITLED + r"(?:が|は)?" + _MANNER + r"?(?:[ \u3000!！?？]|$)")
# A headline reporting what someone said with no quote: フジモリ元大統領、…出馬表明, カストロ議長が退任表明
_REPORTING = r"(?:表明|発言|批判|否定|主張|言及|強調|示唆|明言|抗議|非難|反発|宣言|語る|明かす|激白|告白)"
_REPORTED = re.compile(_TITLED + r"(?:、|が|は)(?P<words>[^「」]{2,40}?)(?:を|に|と)?" + _REPORTING + r"(?:へ)?$")
# Its verb closing a headline: the first, cheap look at whether a headline without a quote reports words
_REPORTED_END = re.compile(_REPORTING + r"へ?$")
# A quote in a headline that is readers' voices or a name, not the speaker's words: 「…」の声, 「…」と話題
_NOT_WORDS = re.compile(r"(?:」(?:の|との|という|などの)(?:声|意見|書き込み|反応))|」(?:と|が)話題")
# Marks and spaces that do not count when words are compared
_NOISE = re.compile(r"[「」『』“”\"'、。，．・！!？?…‥〜~ー\s\u3000（）()]")
# A headline's section label: 【Sports Watch】, 【韓国ニュース】
_LABEL = re.compile(r"^(?:【[^】]{0,20}】\s*)+")


@dataclass(frozen=True)
class HeadlineSpeaker:
    """Who the headline names as speaking (a mention in the body) and the words it gives them."""

    speaker: object  # the body's mention of them (the first)
    words: str
    quoted: bool

    def repeated_in(self, text: str) -> bool:
        """Whether text repeats the headline's words: most of the quote's letter pairs, or, for a headline
        that reports (…出馬表明), a word of its content."""
        said = _pairs(self.words)
        if not said:
            return False
        found = _pairs(text)
        share = len(said & found) / len(said)
        return share >= 0.5 if self.quoted else share >= 0.3


def _pairs(text: str) -> set[str]:
    plain = _NOISE.sub("", text)
    return {plain[i : i + 2] for i in range(len(plain) - 1)}


def headline_speaker(title: str | None, body: str, mentions: list) -> HeadlineSpeaker | None:
    """The speaker the headline names, found among the body's people and bodies, with the words it gives
    them; None when the headline names nobody the body names, or reports no words."""
    if not title or not ("「" in title or _REPORTED_END.search(title)):
        return None  # most headlines: no quote, no verb of saying (one test each)
    title = _LABEL.sub("", title.strip())
    names = _names(body, mentions)
    if not names:
        return None
    for quote in re.finditer(r"「(?P<words>[^「」]{2,80})」", title):
        if _NOT_WORDS.match(title, quote.end() - 1) or not has_kana(quote.group("words")):
            continue  # 「…」の声: readers'; TBS「ニュース23」: a name, not words
        before = title[: quote.start()]
        found = _named_before(before, names) or _named_after(title, quote.end(), names)
        if found is not None:
            return HeadlineSpeaker(_as_named(body, found, mentions), quote.group("words"), True)
    if "「" in title:
        return None
    for name, mention in names:
        if title.startswith(name):
            reported = _REPORTED.match(title, len(name))
            if reported is not None:
                return HeadlineSpeaker(_as_named(body, mention, mentions), reported.group("words"), False)
    return None


def _as_named(body: str, found, mentions: list):
    """The person a headline's name stands for, without the group it is written with (芹那 of SDN48芹那; not 宗則 of
    川崎宗則: a group's name holds a Latin letter or a digit)."""
    name = body[found.start : found.end]
    return next((m for m in mentions if m.type == "PERSON" and m is not found and len(m.text) >= 2
                 and name.endswith(m.text) and _GROUP.search(name[: -len(m.text)])), found)


_GROUP = re.compile(r"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]")


def _names(body: str, mentions: list) -> list[tuple[str, object]]:
    """(name as a headline may write it, the body's mention): each person's or body's name, and the short forms
    a person's name takes later in an article (core.nlp.short_forms.short_forms: 吉田 of 吉田麻也, ダルビッシュ of
    ダルビッシュ有, ザッカーバーグ of マーク・ザッカーバーグ), longest first."""
    out: dict[str, object] = {}
    for mention in sorted(mentions, key=lambda m: m.start - m.end):  # a name in full first: ラモス is ラモス瑠偉
        if mention.type not in ("PERSON", "ORG"):
            continue
        name = body[mention.start : mention.end]
        for form in (name, *(short_forms(name) if mention.type == "PERSON" else ())):
            if len(form) >= 2:
                out.setdefault(form, mention)
    return sorted(out.items(), key=lambda item: -len(item[0]))


def _named_before(before: str, names: list) -> object | None:
    """The speaker named right before a headline's quote (X「, X氏は「, X断言「), else the headline's topic
    before a comma (X、…に「)."""
    for name, mention in names:
        at = before.rfind(name)
        while at >= 0:
            if _whole(before, at, name) and _BEFORE_QUOTE.fullmatch(before + "「", at + len(name)):
                return mention
            at = before.rfind(name, 0, at)
    for name, mention in names:
        if before.startswith(name) and _TOPIC_THEN.fullmatch(before + "「", len(name)) \
                and not _NAMED_THEN.search(before[len(name):]):
            return mention
    return None


# After the topic's comma, a subject of its own (錦織圭快挙も、松岡修造氏は「…」 is read above, not here)
_NAMED_THEN = re.compile(r"(?:は|が)$")


def _named_after(title: str, end: int, names: list) -> object | None:
    """The speaker named right after a headline's quote: 「…」 トランプ氏, 「…」管財人が発言."""
    rest = title[end:].lstrip(" \u3000")
    for name, mention in names:
        if rest.startswith(name) and _SPEAKER_AFTER.match(rest, len(name)):
            return mention
    return None


def _whole(text: str, at: int, name: str) -> bool:
    """Whether name at `at` is not the tail of a longer word of the same script (大島 in 小大島)."""
    if at == 0:
        return True
    before, first = text[at - 1], name[0]
    same = lambda a, b: (a.isascii() and a.isalnum() and b.isascii() and b.isalnum()) or (  # noqa: E731
        "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff") or ("\u30a1" <= a <= "\u30fa" and "\u30a1" <= b <= "\u30fa")
    return not same(before, first) or before in "・元前"
