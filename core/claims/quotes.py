"""Quotes and the predicates that report them: which 「…」 or clause is said, and by which verb.

Pieces of the clause reader (core.claims.clauses) that read one sentence's quotes with their verb in the same
sentence: a quote and its verb (「…」と述べた), quotes one after the other sharing it, a quote's speaker in a cleft or
a clause describing them, and what someone told as a source (…が語ったところによると). The quote marks are read in
core.claims.quote_marks, the verb after a quote in core.claims.quote_verbs, quotes whose speaker stands in another
sentence in core.claims.quote_neighbours.
"""

from __future__ import annotations

import re

from core.claims.clauses import AFTER_QUOTE, TOLD, gap_of
from core.claims.line_breaks import after_line_break
from core.claims.quote_marks import has_kana
from core.claims.quote_tails import QuoteTails, tails_of
from core.claims.own_predicate import own_predicate, subject_after_to
from core.claims.quote_verbs import cleft_speaker, cue_name, cue_of, qualifies_a_noun, verb_end
from core.claims.said_forms import (
    TOLD_CUES, captioned_before, described_person, described_speaker, named_after_to, possessor_before,
)


# A bracketed aside right after a quote: who said it or where it was read (（中央日報）, (東京新聞による))
_ASIDE_AFTER_QUOTE = re.compile(r"[(（](?![0-9０-９]{1,4}年|[0-9０-９]{1,2}月)[^()（）「」。\n]{1,24}[)）]")  # not a date (2008年6月5日)


# A copula between a quote and its と (「…」だと指摘した, 「…」ですと答えた); the verb after it is read as after the quote itself,
# unless a topic or subject right before the quote is what the copula tells of (引きこもりは「…」であると指摘: the whole clause
# is the claim, read as reported speech), or the verb is として or という (a view's matter, hearsay)
_COPULA = re.compile(r"(?:だ|である|です)(?=と)")
# A source named right before the quote, with no verb of its own: …によると「…」だという
_BY_SOURCE = ("によると", "によると、", "によれば", "によれば、")


# What follows として when a quote is what was said: 「不当」として抗議した, 「違憲」として提訴
_AS_SAID = re.compile(r"(?:は、?)?(?:[^、。「」]{0,12}?)(?:批判|非難|抗議|反発|反対|主張|提訴|訴え|説明|発表|表明|強調|指摘|拒否|"
                      r"否定|評価|歓迎|要求|求め|撤回|懸念|問題視|処分|告発)")
# 「A」と、またオダギリ氏も「B」とそれぞれ話していた: a second speaker named between two quotes under one verb
_NEXT_SPEAKER = re.compile(r"と、(?:また|さらに)?、?(?P<name>[^。「」、]{1,24}?(?:は|も|が))、?(?=「)"
                           # 清原選手は「A」、桑田氏(元巨人軍)も「B」と話している, 住人は「A」、別の住人は「B」と話した:
                           # speakers listed, each before their words (not a place: 下段には「B」と書いてある)
                           r"|、(?:また|さらに)?、?(?P<listed>[^。「」、と]{1,24}?(?:[(（][^()（）「」。]{1,20}[)）])?(?:も|が|(?<![にでと])は))、?(?=「)")


# A clause describing the one named between two quotes (松岡氏に訊かれた錦織は): the readers find them in the sentence
_CLAUSE_IN_NAME = re.compile(r"[たるいうくすだ](?=[\u4e00-\u9fff\u30a1-\u30fa])")


# Views listed with their speakers in brackets, under one passive noun: などの分析が述べられた, といった意見が出た
_LISTED_VIEWS = re.compile(r"(?:など|といった)の?(?P<cue>(?:分析|意見|見方|見解|指摘|コメント|声|解説|予想)(?:が|も)"
                           r"(?:述べられ|出され|示され|寄せられ|相次|出)[ぁ-ゖ]{0,4})")


# What follows として when the quote is a name something is known by: 「…」として有名, として知られる, として親しまれ
_KNOWN_AS = re.compile(r"(?:[^、。「」]{0,8}?(?:に|で|の間で))?(?:有名|知られ|親しまれ|人気|話題|定着|愛され)")
# A quote that is a title: 「…」と題した記事, 「…」と銘打った, 「…」と名付けた (not と命名権取得について説明: the naming rights)
TITLED = re.compile(r"(?:など)?と(?:題し|題す|題され|銘打|名付け|名づけ|命名(?!権))")


# A が-subject right before a quote, in the quote's own clause: 、プロのキャディが「 (not …のが「, ことが「: a clause made a noun)
_OWN_SUBJECT = re.compile(r"[\s\u3000]*(?:(?:そして|それも|ここでも|また|さらに|その後|一方|なお|ただ|しかし|合計|計)、?)?[\s\u3000]*"
                          r"(?P<name>(?!(?:これ|それ|あれ|どれ|何|誰|だれ|彼ら|自分)が)[^、。「」\n\s\u3000：:]{1,10}(?<=[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９%％らん])が)、?")


# A topic with a comma and no clause ended after it before the が-subject: 松下は、11日、広報グループが (not オリックス
# 球団は…記者会見を開き、中村監督が: the topic's clause ended, the が-subject speaks)
_TOPIC_HOLDS = re.compile(r"(?:は|では)、(?![^。「」]*?(?:[いしてりけえめせれ」]|ており|ていて)、)")


def _own_subject(body: str, s_start: int, q_start: int) -> re.Match | None:
    """The が-subject that opens a quote's clause right before it (、プロのキャディが「), or None."""
    if body[q_start - 1 : q_start] not in ("が", "、") or q_start - 1 <= s_start:
        return None  # most quotes: one look at the letter before
    left = max(body.rfind("、", s_start, q_start - 1), body.rfind("\n", s_start, q_start - 1), s_start - 1) + 1
    own = _OWN_SUBJECT.fullmatch(body, left, q_start)
    return None if own is None or _A_SHARE_OF_THINGS.search(own.group("name")) else own


# A share of things or a matter as the が-subject (削除依頼の大半が「…」として): what is told of, nobody who speaks
_A_SHARE_OF_THINGS = re.compile(r"(?:大半|半数|一部|全て|すべて|ほとんど|内容|結果|理由|原因|こと|もの|ため)が$")


# 「…」というのは、結婚5年目の美紀さん（29歳）。, 「…」と言うのは…麻美さん（32歳）。: a cleft on いう, its focus a person by title or honorific (not
# 「的を得る」というのは誤用だ: what the words mean)
_SAID_CLEFT = re.compile(r"(?:って|と)?(?:いう|言う)のは、?(?P<focus>[^。「」、]{1,30}?(?:氏|さん|ちゃん|くん|君|選手|監督|社長|教授|代表))"
                         r"(?:[(（][^()（）]{1,16}[)）])?(?:だ|です|である)?(?:。|\n|$)")
# 「…」と嘆くのは保険会社に勤務する宏子さん（36歳）。, 「…」と公言するのは東子さん（36歳）。: a cleft on any verb whose focus is
# a person by honorific (and age): the quote is theirs, however the verb tells it (not a question: 「…？」と聞くのは; not a
# name, 「ノリック」と呼ばれているのは…さん, nor words someone was told, と言われたのは, nor a thing so called that someone
# tried or had, 「…」というおまじないを試したのは)
_NAMED_OR_HEARD = re.compile(r"(?:れ|られ|せ|させ)(?:る|た|ている|ていた|てい)$|呼|名付|名乗|題|称|聞|尋|問|^(?:い|言)(?:う|った).")
_PERSON_CLEFT = re.compile(r"と(?P<cue>[^。「」、]{1,12}?)のは、?(?P<focus>(?:[^。「」、]|「[^「」。]{1,20}」){1,30}?(?:氏|さん|ちゃん|くん|君))"
                           r"(?:[(（][^()（）]{1,16}[)）])?(?:だ|です|である)?(?:。|\n|$)")


# A comma or a stop inside a quote: words said, maybe a caption's comment (王監督「…、…」); searched in place, no copy
_CLAUSE_MARK = re.compile("[、。]")


def direct(body: str, s_start: int, s_end: int, people=(), tails: QuoteTails | None = None) -> list[tuple]:
    """Quotes followed by a speech verb, with the span between them (it may name the holder); people: the sentence's
    mentions, for a speaker named with no title after the quote (「…」という錦織は); tails: the sentence's quotes as
    the reader read them (core.claims.quote_tails)."""
    found, waiting = [], []
    named_between = {}  # a quote's start → the speaker named between it and the quote before (「A」、B氏は「C」)
    for q_start, q_end in tails_of(body, s_start, s_end, tails).spans:
        said = has_kana(body, q_start + 1, q_end - 1)  # words said, not a name or a term: read once
        match = AFTER_QUOTE.match(body, after_line_break(body, q_end, s_end), s_end)  # 「…」\nと話した: one sentence
        copula = _COPULA.match(body, q_end, s_end) if match is None and body[q_start - 1 : q_start] not in "はがも" else None
        if copula is not None:  # 自分のことを「アフリカ人候補」だと強調した: the quote is what the verb tells
            match = AFTER_QUOTE.match(body, copula.end(), s_end)
            if match is not None and match.group("as") and not (
                    body.endswith(_BY_SOURCE, s_start, q_start) and match.group("as") == "という"):
                match = None  # であるとして, であるという: a view's matter (not 広報担当者によると「…」だという: the source's)
        aside = _ASIDE_AFTER_QUOTE.match(body, q_end, s_end) if match is None else None
        if aside is not None:  # 「…」(朝日新聞より)とコメントした, 「…」(同社幹部談)として: a source or speaker in brackets
            match = AFTER_QUOTE.match(body, aside.end(), s_end)
            if match is not None and match.group("as") and not said:
                match = None  # 「馬関駅」(ばかんえき)として開業: a name and its reading
        if match and match.group("as") and body[q_start - 1 : q_start] == "を" \
                and not said:
            match = None  # 3日間を「哀悼日」とし: a name given, not a statement
        if match and match.group("as") == "として" and not said \
                and not _AS_SAID.match(body, match.end()):
            match = None  # 「ノリック」として知られ, 「紳助・竜介」として活躍: a name, not what was said
        if match and match.group("as") == "として" and _KNOWN_AS.match(body, match.end()):
            match = None  # 「負け組の星」として有名となった: a name it is known by, not what anyone said
        if match and cue_name(match) in TOLD_CUES and not said:
            match = None  # …を「起訴相当」と議決したことを明らかにした: a term in a clause told, not words said
        if match and cue_name(match) == "cue15" and "から" not in body[max(s_start, q_start - 24) : q_start]:
            match = None  # 「…」という指摘もあった: no one named it came from (Xから「…」というアナウンスがあり: theirs)
        if match and TITLED.match(body, q_end):
            match = None  # 「在韓日本大使館にトラック突入！」と題した記事: a title given, not a statement
        if match is None and (cleft := _SAID_CLEFT.match(body, q_end, s_end)) is not None:
            # 「…」というのは、結婚5年目の美紀さん（29歳）。: the one the cleft closes on said it
            found += [(a, b, "いう", "direct", cleft.span("focus")) for a, b in waiting + [(q_start, q_end)]]
            waiting = []
            continue
        if match is None and body[q_end - 2] not in "？?" and said \
                and (cleft := _PERSON_CLEFT.match(body, q_end, s_end)) is not None and not _NAMED_OR_HEARD.search(cleft.group("cue")):
            found += [(a, b, cleft.group("cue"), "direct", cleft.span("focus")) for a, b in waiting + [(q_start, q_end)]]
            waiting = []
            continue
        if match is None and aside is not None and (listed := _LISTED_VIEWS.match(body, aside.end(), s_end)):
            # 「A」(高英起:デイリーNK)、「B」(…)などの分析が述べられた: each said by the one in its brackets
            found += [(a, b, listed.group("cue"), "direct", None) for a, b in waiting]
            found.append((q_start, q_end, listed.group("cue"), "direct", None))
            waiting = []
            continue
        named = named_after_to(body, q_end, s_end) if match is None else None
        if named is None and match is None and not waiting and _CLAUSE_MARK.search(body, q_start, q_end):
            named = captioned_before(body, s_start, q_start)  # …より)王監督「…」イチロー選手「…」: comments as captions
        if named is not None and said:
            # 「…」とプロデューサーの阿武野勝彦さん（57）。: the one the sentence ends on said it, no verb written
            cue = "と" if named[0] >= q_end else "談"  # (王監督「…」: a caption's comment)
            found += [(a, b, cue, "direct", named) for a, b in waiting + [(q_start, q_end)]]
            waiting = []
            continue
        described = None
        if match is None and body.startswith("という", q_end):
            described = described_speaker(body, q_end + 3) or described_person(body, q_end + 3, people)  # 「…」というユミさんは
        elif match is not None and qualifies_a_noun(body, match):
            at = verb_end(body, match)[2]  # 「…」と明かしたデーブ氏は, 「…」と語った夏目は: he said it (not その攝津が「…」と
            described = described_speaker(body, at, verb=True) or (  # 語る田中将大は: the clause names its own speaker)
                None if _own_subject(body, s_start, q_start) else described_person(body, at, people, verb=True))
        if described is not None and said:
            cue = cue_of(body, match) if match is not None else "いう"
            found += [(a, b, cue, "direct", described) for a, b in waiting + [(q_start, q_end)]]
            waiting = []
            continue
        own = _own_subject(body, s_start, q_start) if match and not waiting and gap_of(match) is None else None
        topic = None
        if own is not None and cue_name(match) == "cue11" and "は" in own.group("name")[1:]:
            # 両首脳は日中関係が「…」ことを再確認した: が is the fact's own subject, the topic before it told it
            topic, own = (own.start("name"), own.start("name") + own.group("name").index("は", 1) + 1), None
        if match and not qualifies_a_noun(body, match, own is not None):
            # プロのキャディが「…」と絶賛する装備: a clause describing a noun names its own speaker, the one read
            if own is not None and not qualifies_a_noun(body, match) and _TOPIC_HOLDS.search(body, s_start, own.start("name")):
                own = None  # 松下は、11日、広報グループが「…」: the topic speaks through its own people
            gap = gap_of(match) or (own.span("name") if own is not None else topic) \
                or cleft_speaker(body, match, s_end) or _subject_after_to(body, match, people)
            if gap is None and cue_name(match) == "cue14" and body[q_start - 1 : q_start] == "の":
                gap = possessor_before(body, s_start, q_start)  # …北アイルランド相の「…」とする発言を伝えた: his
            # 「A」「B」と述べた: quotes written one after the other share the last one's predicate; 「A」、B氏は「C」と
            # それぞれ話した: C is the one named before it's
            found += [(a, b, cue_of(body, match), "direct", named_between.get(a, gap)) for a, b in waiting]
            found.append((q_start, q_end, cue_of(body, match), "direct", named_between.get(q_start, gap)))
            waiting = []
        elif body.startswith(("「", "、「", "とか、「", "とか「", "が、「"), q_end) or _NEXT_SPEAKER.match(body, q_end, s_end) \
                or aside is not None and body.startswith(("「", "、「"), aside.end()):
            # 「A」とか、「B」などと話し, 「A」が、「B」と述べた: both said; 「A」と、またB氏も「C」とそれぞれ話した: each said theirs
            waiting.append((q_start, q_end))
            next_speaker = _NEXT_SPEAKER.match(body, q_end, s_end)
            name = next_speaker.group("name") or next_speaker.group("listed") if next_speaker is not None else None
            if name and not _CLAUSE_IN_NAME.search(name):
                named_between[next_speaker.end()] = next_speaker.span("name" if next_speaker.group("name") else "listed")
        elif match is None and (own := own_predicate(body, s_start, waiting[0][0] if waiting else q_start, q_end, people)):
            # 浜田社長は「…」と陳謝した: any predicate of theirs; 関係者は「A」「B」と真っ向から反論した: both quotes, the
            # speaker before the first
            found += [(a, b, own[0], "direct", named_between.get(a, own[1])) for a, b in waiting + [(q_start, q_end)]]
            waiting = []
        else:
            waiting = []
    return found


def _subject_after_to(body: str, match: re.Match, people) -> tuple[int, int] | None:
    """The person or body named right after と as the topic of what the words told (「…」とラブロフ外相は記者会見で日本を
    批判した: his words, though the object the form reads runs over his name), else None; a が-subject opening a clause
    made a noun is that clause's own (「…」と、華原が…目指していることを明らかにした: the one named before said it)."""
    if cue_name(match) not in TOLD_CUES or not body.startswith("と", match.start()):
        return None
    named = subject_after_to(body, match.start() + 1 + body.startswith("、", match.start() + 1), people)
    if named is not None and body[named[0]:named[1]].rstrip("、").endswith("が") and "こと" in body[named[1]:match.end()]:
        return None
    return named


def clause_before(body: str, s_start: int, quote_start: int) -> int:
    """Where the clauses before a sentence's first quote end: at its last comma."""
    comma = body.rfind("、", s_start, quote_start)
    return comma if comma > s_start else s_start


def told(body: str, s_start: int, s_end: int) -> list[tuple]:
    """What a source told, written as the source of the rest: キャロル氏が語ったところによると、…。"""
    if body.find("ところ", s_start, s_end) < 0:
        return []  # every reading holds ところ: most sentences are read no further
    match = TOLD.search(body, s_start, s_end)
    if match is None or s_end - match.end() < 6:
        return []
    end = s_end - 1 if body[s_end - 1] == "。" else s_end
    attribution = "mixed" if "「" in body[match.end():end] else "indirect"
    return [(match.end(), end, match.group("cue"), attribution, (s_start, match.start("cue")))]
