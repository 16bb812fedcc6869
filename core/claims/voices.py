"""Quotes told under a noun of voice or as the content of a position, with no verb of speech after と.

Web news quotes its readers' reactions so: ネット掲示板では「A」「B」と、…同情する声が相次いだ;
コメント欄には「A」「B」など、…批判コメントが寄せられた; 「C」と懸念する声もあがっており. The
quotes one after the other are one claim, held by the place the text names for them (ネット掲示板,
コメント欄, ツイッター上, 韓国のSNS, ネットユーザーらは); a sentence that names none goes on with
the holder before. A quote may also be what a position on an object says: 記事では、「A」「B」と、
韓国側の警備体制を批判した (the one who criticised said them). And a quote whose verb describes the one
who said it: 「…」と報じた韓国紙や, 「…」と述べた野田首相の決意文 (held by the paper, by 野田).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from core.claims.candidate import HOLDER_TYPES
from core.claims.clauses import SPEECH, WENT_ON
from core.claims.holders import NOT_A_HOLDER, SPEAKER_END
from core.claims.quote_marks import has_kana
from core.claims.quote_tails import TOLD_AFTER, QuoteTails, tails_of
from core.claims.reports import Told
from core.nlp.offices import OFFICE_WORDS

# Nouns of voice: what readers wrote (声, 意見, 反論, 褒め言葉…; 疑問 and 不満 only as what was raised: 「…」と、疑問が噴出,
# not 不満を爆発させる野村氏, where the one who holds it is named after, nor …という疑問もあった, …という疑問が出てくるはず,
# a writer's own thought)
# (not a crowd's cheer or call: 「おめでとう」などの歓声が沸きあがった, 掛け声, 喚声)
NOUNS_OF_VOICE = r"(?:(?<![歓喚奇嬌掛け])声|意見|コメント|反応|書き込み|投稿|ツイート|苦言|批判|非難|反論|褒め言葉|賛辞|称賛|賞賛|同情|(?:疑問|不満)(?=[がも][^。「」、]{0,12}?(?:噴出|殺到|相次|寄せられ|上が|あが|挙が|書き[込こ]まれ|続出|集ま|広が|出てお|出てい|出た)))"
_NOUN_OF_VOICE = re.compile(NOUNS_OF_VOICE)
# A noun of voice in the passive (批判が寄せられた): who spoke is told by where they were, not by a source
VOICED = re.compile(NOUNS_OF_VOICE + r"(?:は|が|も)?[^。「」]{0,12}?"
                    r"(?:寄せられ|見られ|みられ|書き[込こ]まれ)")
# The quotes' last mark, then the noun of voice (声, 意見, コメント…) and what happened to it
# What happened to the voices: they came, rose, were many
# (or are there, told in the present right after the noun: 「A」「B」などの声がある, との声もあり、, という意見まで様々だ; not
# …に書き込まれたコメントである, …と投稿し、発覚したこともあり)
_HEARD = (r"(?:相次|寄せられ|上が|挙が|あが|殺到|見られ|みられ|広が|集ま|書き[込こ]まれ|続出|噴出|目立|多か|多い|出て|出た|だった|あった|"
          r"(?:(?<=声[がも])|(?<=意見[がも])|(?<=反論[がも])|(?<=批判[がも])|(?<=コメント[がも]))(?:ある(?=[。、\n]|$)|あり(?=、|ます))"
          r"|(?<=まで)様々|"
          r"(?<=声も)(?=。)|(?<=声も)(?=[、\n]))")
_VOICE = re.compile(
    r"(?:など|なんて)?(?:と|との|という|といった|などの|など)?、?(?P<cue>[^。「」]{0,64}?"
    + NOUNS_OF_VOICE + r"(?:は|が|も)?[^。「」]{0,12}?" + _HEARD + ")")
# A claim's cue telling of voices others raised (の声が寄せられ, のコメントが殺到), not a verb of its speaker (と批判した)
VOICES_HEARD = re.compile(NOUNS_OF_VOICE + r"(?:は|が|も)[^。「」]{0,12}?" + _HEARD)
# The voices may be described at length after the quotes (…などと、普段はフランスで生活をしながらも…中山美穂に対する
# 不信感を示す声が相次いだ); so far from them, the quotes must close on a quotative (と, など, という), or they are a
# name the sentence goes on about (「本屋大賞」を受賞した…, 「テレフォンショッキング」にAKB48が…)
_NEAR_VOICE = 40
# 「…」というヒトラーの言葉を引用し: words cited are said again by the one citing them
_CITED = re.compile(r"という[^。「」、]{0,12}?(?:言葉|格言|名言|一節|ことわざ)を(?P<cue>引用し|引き)")
# 「A」「B」と、韓国側の警備体制を批判した: the quotes are what the criticism said
_POSITION = re.compile(r"(?:など)?と、(?P<object>[^。「」]{1,30}?)を(?P<cue>批判|非難|賞賛|称賛|絶賛|歓迎|擁護|揶揄|酷評|疑問視|問題視)し")
# What every reading after a quote but a noun of voice's opens with (_POSITION, _CITED; _SPEAKER_AFTER, _VIEW_OF,
# _WRITING_OF, _SPEAKER_CLOSES, _MESSAGE_AFTER, _PERSON_DESCRIBED below)
_TOLD_AFTER = TOLD_AFTER  # (core.claims.quote_tails: read once a quote, its told)
# Between two quotes of one chain: nothing, a comma, や, とか
_JOIN = ("", "、", "や", "とか", "とか、")
# What opens the clause before the quotes and is no place: これに対して, 一方, また
_OPENER = re.compile(r"^(?:これに対して|これに対し|これを受けて|その一方で|一方で?|また|さらに|しかし|現在|なお)、?")
# The place or group that voiced them: ネット掲示板では, コメント欄には, ツイッター上には, ネットユーザーらは
_PLACE = re.compile(r"(?P<name>(?:[^ぁ-ゖ、。「」]+の)*[^ぁ-ゖ、。「」]{2,16}?)(?:上)?(?:らから|らは|たちは|では|には|からは|から|でも|にも|(?<=[ー\u30a1-\u30fa\u4e00-\u9fff])は)、?$")


def chains(body: str, s_start: int, s_end: int, tails: QuoteTails | None = None) -> list[tuple[int, int]]:
    """Runs of quotes written one after the other, as (start of the first, end of the last)."""
    out = []
    for start, end in tails_of(body, s_start, s_end, tails).spans:
        if out and body[out[-1][1] : start] in _JOIN:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def voices(body: str, s_start: int, s_end: int, place_before: tuple[int, int] | None = None,
           tails: QuoteTails | None = None) -> list[tuple]:
    """Quote chains under a noun of voice or a position, as claim tuples (start, end, cue, attribution, gap, told).

    place_before is where the article's last voices were (ネット掲示板では…声が相次いだ。一方で「C」と…声も):
    voices whose sentence names no place of their own were heard there too. tails: the sentence's quotes as the
    reader read them (core.claims.quote_tails)."""
    out, last_place = [], place_before
    tails = tails_of(body, s_start, s_end, tails)
    found = chains(body, s_start, s_end, tails)
    # a noun of voice after a chain, which every _VOICE reading holds, is looked for once in the sentence (most
    # sentences with a quote have none); _POSITION and _CITED open with と or など, as the quote's tail must
    heard = bool(found) and _NOUN_OF_VOICE.search(body, found[0][1], s_end) is not None
    for start, end in found:
        match = heard and _VOICE.match(body, end, s_end) or (
            _POSITION.match(body, end, s_end) or _CITED.match(body, end, s_end) if end in tails.told else None)
        if match is None or match.re is _VOICE and len(match.group("cue")) > _NEAR_VOICE and match.start("cue") == end:
            continue  # 「本屋大賞」を受賞した人気小説…に期待する声が多かった: a name far before the voices, not their words
        place = (_place(body, s_start, start) or _opening_place(body, s_start, start)) if match.re is _VOICE else None
        if place is None and match.re is _VOICE:  # 「…」とネット上では批判の声が上がっている: the place opens the cue
            opening = _PLACE_BEFORE_VOICE.match(body, match.start("cue"), match.end())
            place = opening.span("name") if opening is not None and not NOT_A_HOLDER.search(opening.group("name")) else None
        if place is None and match.re is _VOICE:
            after = _PLACE_AFTER.search(body, match.start("cue"), match.end())
            place = after.span("name") if after is not None and not NOT_A_HOLDER.search(after.group("name")) else None
        if place is None and match.re is _VOICE and last_place is not None:
            place = last_place  # …と大島をバッシングする声が相次いだが、「C」という反論も: the same place's voices
        last_place = place if match.re is _VOICE else last_place
        # a voice no place was named for holds Told(None, None): readers, never the last person named
        told = (Told(None, place),) if place is not None else (Told(None, None),) if match.re is _VOICE else ()
        out.append((start, end, match.group("cue").lstrip("、"), "direct", None, *told))
    return out


# The place named after the noun of voice: 「A」「B」という声がネット掲示板に殺到した, …との意見がツイッター上で相次いだ
_PLACE_AFTER = re.compile(NOUNS_OF_VOICE + r"(?:が|も)(?P<name>[^ぁ-ゖ、。「」]{2,16}?)(?:上)?(?:に|で|から)(?=[^ぁ-ゖ、。「」]{0,2}"
                          r"(?:相次|寄せられ|上が|挙が|あが|殺到|広が|集ま|書き[込こ]まれ|続出|噴出|目立|出て|出た))")
# The place named between the quotes and the noun of voice: 「…」とネット上では批判の声が上がっている
# (上 marks it a place on the web: not 尋常ではない…声, 一部では…声)
_PLACE_BEFORE_VOICE = re.compile(r"(?P<name>[^ぁ-ゖ、。「」]{2,16}?)上(?:では|には|からは)、?(?=[^。「」]{0,20}?" + NOUNS_OF_VOICE + ")")
_NOT_A_PLACE = re.compile(r"(?:以外|以上|以下|内容|ほか|他|直後|直前|以降|以来)$")


def _place(body: str, s_start: int, start: int) -> tuple[int, int] | None:
    """The span naming where the voices were, in the clause right before the first quote."""
    comma = body.rfind("、", s_start, start - 1)
    clause_start = comma + 1 if comma >= s_start else s_start
    opener = _OPENER.match(body, clause_start, start)
    if opener is not None:
        clause_start = opener.end()
    match = _PLACE.search(body, clause_start, start)
    if match is None or match.start() != clause_start and not "ぁ" <= body[match.start() - 1] <= "ゖ":
        return None  # the whole noun phrase, not the tail of a longer name
    if NOT_A_HOLDER.search(match.group("name")) or _NOT_A_PLACE.search(match.group("name")):
        # 今回の放送内容以外にも、「…」: a matter, not where the voices were; ツイッター上では放送直後から「…」: the place before
        inner = _PLACE_BEFORE.match(body, clause_start, match.start())
        return inner.span("name") if inner is not None else None
    return match.span("name")


# A place that opens the clause before a time or a matter: ツイッター上では放送直後から
_PLACE_BEFORE = re.compile(r"(?P<name>[^ぁ-ゖ、。「」]{2,16}?)(?:上)?(?:では|には|からは)$")


# ネット掲示板上では、…声が目立ったほか、「A」「B」など、…意見が書き込まれた: the place opens the sentence
_OPENING_PLACE = re.compile(r"(?:(?:これに対して|これを受けて|その一方で|一方で?|また|さらに|しかし|現在|なお)、?)?"
                            r"(?P<name>[^ぁ-ゖ、。「」]{2,16}?)(?:上)?(?:では|には|からは)、")


def _opening_place(body: str, s_start: int, start: int) -> tuple[int, int] | None:
    match = _OPENING_PLACE.match(body, s_start, start)
    if match is None or _MANNER.search(match.group("name")):
        return None  # 具体的には、…: how the matter goes, no place
    return match.span("name")


# A word of manner, not a place: 具体的, 基本的, 一般的
_MANNER = re.compile(r"的$")


# 「…」と述べた野田首相の決意文, 「…」と報じた韓国紙や, 「…」と説明した大学病院教授の発言: the verb describes its speaker,
# named right after it
_SPEAKER_AFTER = re.compile(r"(?:など)?と(?P<cue>述べ|語っ|報じ|伝え|主張し|批判し|非難し|訴え|話し|発言し|強調し|指摘し|呼ん"
                            r"|説明し|証言し|答え|回答し|反論し|明かし|コメントし|発表し|表明し|警告し|断言し|明言し|言っ)"
                            r"(?:た|ている|ていた|でいる|でいた)(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{2,16}?(?:さん)?)"
                            r"(?=の|や|は|が|も|、|に|と)")
# A share of those a survey asked, right after the ones described (…と答えた女性は44％, …と回答した男性は、77％)
_SHARE_AFTER = re.compile(r"(?:は|が|も)、?[^、。「」]{0,8}?(?:[0-9０-９][0-9０-９.．]*(?:％|%|割|人|名)|半数|過半数|大半|[一二三四五六七八九]割)")
# The verbs of speech and those telling how words went on (と切り出した塚原氏は, と前置きしたさんまは)
_SPEECH_OR_WENT_ON = SPEECH.replace("(?P<cue>", "(?P<cue>" + WENT_ON.replace("|る[。、とや]", "|る").replace("す[。、とやも]", "す") + "|")
# 「…」と語る駒田氏だった, 「…」と素直に認める矢部だった: the sentence closes on the speaker its verb describes
_SPEAKER_CLOSES = re.compile(r"(?:など)?と、?(?:[^、。「」]{1,10}?(?:に|く|を)、?)?" + _SPEECH_OR_WENT_ON + r"(?:を浮かべ|を見せ)?(?:する|した|している|していた|る|す|つ|う|く|た|った|ている|ていた|ってい|でいる|てくれた|てくれる)?"
    r"(?P<name>(?!(?:模様|様子|見込み|見通し|予定|方針|状況|格好|次第|感じ|雰囲気|表情|内容|形)(?:だった|であった))"
    r"[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{2,16}?)(?:だった|であった)(?:。|が)")  # not …と話している模様である
_OFFICE_END = re.compile("(?:" + "|".join(sorted(OFFICE_WORDS, key=len, reverse=True)) + "|氏|さん|教授|博士|監督|選手)$")


# 大西氏から取締役会にて「…」と認める発言があった, スタッフから同署に「…」と連絡があり: a message that came from the one
# named before the quote, in its clause (no comma between but one closing a place: …に対し、)
_CAME_FROM = re.compile(r"(?P<name>(?:[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{1,16}の)?[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{2,16}(?:さん)?)から(?:[^、。「」]{0,16}?(?:にて|で|に|へ|あて|あてに|に対し))?、?$")
_MESSAGE_AFTER = re.compile(r"(?:と|との|という|といった)[^、。「」]{0,8}?(?P<cue>発言|連絡|回答|メッセージ|コメント|返答|報告)"
                            r"(?:が|も)(?:あ|寄せ|届)")


def _sender(body: str, came: re.Match, people: list) -> tuple[int, int] | None:
    """The span of the one a message came from: a person its name ends on, from their name on (経理部の山田氏から: 山田氏,
    not 経理部), else the whole name when it ends as people, a body or an office do (旅館の従業員から), else None."""
    start, end = came.span("name")
    person = next((m for m in people if m.type == "PERSON" and start <= m.start and body[m.end : end] in ("", "氏", "さん")
                   and m.end <= end), None)
    if person is not None:
        return person.start, end
    return (start, end) if SPEAKER_END.search(came.group("name")) or _OFFICE_END.search(came.group("name")) else None


# 「…」と、識者の意見を紹介した: an outlet passes on the view of the one it names
# (「…」と韓国外交通商部関係者の言葉も伝えている: the words of the one it names)
_VIEWS = "意見|見方|見解|分析|コメント|談話|言葉|発言|証言"
_VIEW_OF = re.compile(r"(?:など)?と、?(?!いう|いった|する|した)(?P<name>[^、。「」をのと]{2,20})の(?:" + _VIEWS + ")(?:を|も)"
                      r"(?P<cue>紹介し|伝え|報じ|引用し)")


# 「…」という北朝鮮当局よりの書類: a writing the quote is the content of, from the one named before it; a statement
# the quote is the content of, of the one named before it (「…」としたぷららのニュースリリース, 「…」とするパラオ大統領府
# 関係者の発言を、…は伝えている, 「…」というツイッター社のコメント, 「…」との関係者の談話): theirs, whoever passes it on
_WRITINGS = "書類|書簡|文書|手紙|メッセージ|声明|通知|談話|親書|コメント|発言|発表|見解|(?:ニュース)?リリース|主張|証言"
_WRITING_OF = re.compile(r"(?:など)?(?:という|との|とする|とした|といった)(?P<name>[^、。「」をのと]{2,24}?)(?:より|から|による)?の"
                         r"(?P<cue>" + _WRITINGS + ")")
# The one a view or writing is of, written before it with の (識者の意見を紹介した, 日本サッカー協会の主張を紹介。): its
# owner, no subject of the sentence that passes it on
OWNER_OF = re.compile(r"(?:より|から|による)?の(?:" + _WRITINGS + "|" + _VIEWS + ")")


# 「…」と語る中田は, 「…」と話す長友。, 「…」と露骨にムッとした表情で話しはじめるラモス。, 「…」と語った立石。,
# 「…」と断言する田中氏に、, 「…」と話してくれたアヤさん。: the verb describes the person
# named right after it, who closes the sentence or is the next clause's topic (a person the article names); not when
# the clause has its own が-subject (その攝津が「…」と語る田中は: 攝津 says it of 田中)
_PERSON_DESCRIBED = re.compile(r"(?:など)?と、?(?:[^、。「」]{1,16}?(?:に|く|で|を|ながら)、?)?" + _SPEECH_OR_WENT_ON
                               + r"(?:はじめ|始め)?(?:する|した|している|していた|る|す|つ|う|く|た|った|ている|ていた|ってい|でいる|てくれた|てくれる)?"
                               r"(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{2,16}?)"
                               r"(?:氏|さん|選手|監督|投手|コーチ|アナ|容疑者|被告)?(?:[（(][0-9０-９]{1,3}(?:歳|才)[）)])?"
                               r"(?=[。、\n]|は|が|も|だ(?:が|。|った)|に(?:、|対し|は)|$)")


def _named_entity(match: re.Match, people: list, known: frozenset = frozenset()) -> tuple[int, int] | None:
    """The span of the person or body a statement's owner ends on (ツイッター社の: the entity, from its start) or is
    named as elsewhere (ぷららの: among known, the article's names of entities), or None when no entity ends the name (自身の見解, 趣旨の発言, 驚きのコメント)."""
    start, end = match.span("name")
    inside = None
    # only the names that start in the owner's words are read (people are in order), not the sentence's every name
    i = bisect_left(people, start, key=lambda m: m.start)
    while inside is None and i < len(people) and people[i].start < end:
        m = people[i]
        if m.type in HOLDER_TYPES and m.end <= end and (m.end == end or _OFFICE_END.fullmatch(match.string, m.end, end)
                                                         or match.string[m.end:end] in ("社", "側")):
            inside = m.start, end
        i += 1
    # a name the article gives an entity elsewhere, written here where the detector did not see it (としたぷららの)
    return inside or ((start, end) if match.group("name") in known else None)


def speaker_after(body: str, s_start: int, s_end: int, people: list = (),
                  known: frozenset = frozenset(), tails: QuoteTails | None = None) -> list[tuple]:
    """Quotes whose verb qualifies the one who said them (「…」と報じた韓国紙, 「…」と語る中田は: a person among
    people), whose view an outlet passes on (「…」と、識者の意見を紹介した), or that are the content of a statement
    of the one named after them (「…」とするXのコメント: X, a speaker or an entity, known its names elsewhere in the
    article), as claim tuples held by that name. tails: the sentence's quotes as the reader read them
    (core.claims.quote_tails)."""
    out = []
    tails = tails_of(body, s_start, s_end, tails)
    for start, end in tails.spans:
        if end not in tails.told:
            continue  # every reading below opens with と or など: a quote followed by の, を, （, a line break (most) has none
        match = _SPEAKER_AFTER.match(body, end, s_end) or _VIEW_OF.match(body, end, s_end) \
            or _WRITING_OF.match(body, end, s_end) or _SPEAKER_CLOSES.match(body, end, s_end + 1)
        if match is not None and match.re is _SPEAKER_AFTER and _SHARE_AFTER.match(body, match.end("name")):
            match = None  # 「…」と回答したユーザーは2.8％: a survey's answer and the share who gave it, no one's claim
        if match is not None and match.re is _WRITING_OF and body[end - 2] in "？?":
            match = None  # 「…ってなんですか？」とのTwitter読者の発言に対して: a question asked is no claim
        named_body = _named_entity(match, people, known) if match is not None and match.re is _WRITING_OF else None
        if match is not None and (match.re in (_VIEW_OF, _SPEAKER_CLOSES) or SPEAKER_END.search(match.group("name"))
                                  or _OFFICE_END.search(match.group("name")) or named_body is not None):
            cue = match.group("cue") if match.re is not _SPEAKER_AFTER else body[match.start("cue") : match.start("name")]
            named = named_body or match.span("name")
            if match.re is _SPEAKER_AFTER and body[named[1] : named[1] + 1] == "の":
                # 「…」と回答した少数派の真弓さんは: the person the name describes, written right after its の, said it
                person = next((m for m in people if m.type == "PERSON" and m.start == named[1] + 1), None)
                named = (person.start, person.end) if person is not None else named
            out.append((start, end, cue, "direct", None, Told(None, named)))
        elif (sent := _MESSAGE_AFTER.match(body, end, s_end)) is not None \
                and (came := _CAME_FROM.search(body, max(s_start, start - 40), start)) is not None \
                and (sender := _sender(body, came, people)) is not None:
            # 大西氏から取締役会にて「…」と認める発言があった: the one the words came from said them
            out.append((start, end, sent.group("cue"), "direct", None, Told(None, sender)))
        elif people and body[start - 1 : start] != "が" and body[end - 2] not in "？?" \
                and (described := _PERSON_DESCRIBED.match(body, end, s_end)) is not None \
                and any(m.type == "PERSON" and m.start == described.start("name") and m.end <= described.end("name")
                        for m in people):
            # (not 「…どう思いましたか？」と続けるアンディ君に: a question asked is no claim)
            cue = body[described.start("cue") : described.start("name")]  # 語る, 話しはじめる
            out.append((start, end, cue, "direct", None, Told(None, described.span("name"))))
    return out


# A headline's quote after its speaker, with no verb: グリー田中社長「…」, ・ケニア女性「二度と韓国には行かない」,
# 高田 「いつ知ったの？」 (a transcript's line). The quote ends the line; what it says reads as a sentence.
_HEADLINE = re.compile(r"[・■◆●▼]?\s*(?P<before>[^、。「」\n]{0,40}?)(?P<speaker>[^、。「」\s]{1,16}?)[ \u3000]?"
                       r"(?P<quote>「[^「」\n]*(?:「[^「」\n]*」[^「」\n]*)*」)[！!？?]*\s*$")  # not 」。: a cited headline and its byline
# A headline's clause before its quote, its が-subject the speaker: …芹那が激白「…」, …ソーが明かす「…」
_HEADLINE_SUBJECT = re.compile(r"(?P<name>[^、。「」\s・：:】』”]{2,16}?)が(?P<verb>[^、。「」\sがはの]{1,12})$")
# A label before the speaker of a list's headline: インタビュー：X「…」, 動画インタビュー：X「…」
_LABEL = re.compile(r"[^、。「」\s]{1,10}[：:]")
# A name the detector may not know: letters of one script run, no particle (忽那汐里, 林遣都＆桐谷美玲)
_NAME_LIKE = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z0-9]{2,12}[＆&]?){1,3}")


def headline_quote(body: str, s_start: int, s_end: int, people: list) -> list[tuple]:
    """The quote a headline-like line gives to the one named right before it, as a claim tuple, or nothing."""
    line_end = body.find("\n", s_start, s_end)
    line = body[s_start : s_end if line_end < 0 else line_end].rstrip(" \u3000！!？?")
    if not line.endswith("」"):
        return []  # the quote must close the line: most sentences are read no further
    match = _HEADLINE.fullmatch(body, s_start, s_end if line_end < 0 else line_end + 1)
    if match is None or not has_kana(body, match.start("quote"), match.end("quote")):
        return []  # SCANDALブログ「超SCANDAL」: a name, not a statement
    start = match.start("speaker")
    end = match.end("speaker")
    clause = _HEADLINE_SUBJECT.search(body, match.start("before"), end)
    if clause is not None:  # SDN48芹那が激白「…」, FIFA公式サイトが宮間のFKを絶賛「…」: the が-subject says it
        start, end = clause.span("name")
    named = [m for m in people if m.type in HOLDER_TYPES and match.start("before") <= m.start and m.end <= end
             and (m.end == end or _TITLED.fullmatch(body, m.end, end))]
    label = _LABEL.search(body, start, end) if clause is None else None
    if named:
        told = (named[-1].start, named[-1].end)
    elif SPEAKER_END.search(body[start:end]) or _PEOPLE.search(body[start:end]):
        told = (start, end)  # 主催者「…」, ケニア女性「…」
    elif label is not None and end - label.end() >= 3 and _NAME_LIKE.fullmatch(body, label.end(), end):
        # インタビュー：忽那汐里「…」: the one interviewed, a name no entity knows (not a word: point 2：破滅「…」)
        told = (label.end(), end)
    elif clause is not None and _NAME_LIKE.fullmatch(body, start, end):
        told = (start, end)
    else:
        return []  # 非難殺到 「…」, プルトニウム検出 「…」: no one named says it
    next_line = body.find("\n", match.end("quote")) + 1
    if next_line and body.startswith(body[told[0]:told[1]], next_line):
        return []  # ラブロフ外相「…」\nラブロフ外相は、…: a section's heading, its words told in the section
    return [(match.start("quote"), match.end("quote"), "", "direct", None, Told(None, told))]


_TITLED = re.compile(r"(?:" + "|".join(sorted(OFFICE_WORDS, key=len, reverse=True)) + r"|氏|さん|アナ|社長|会長|監督|選手|容疑者|被告|代表|議員)")
_PEOPLE = re.compile(r"(?:女性|男性|少年|少女|主婦|市民)$")

