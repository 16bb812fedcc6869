"""Quotes whose speaker or verb stands outside their own clause: after the quote with no と, in the next sentence.

Reads a sentence that is a quote and then who said it (「…」トランプ大統領は、そう強調した。), a sentence that is only
quotes with its speaker in a later one (…はこう語った。), and a quote whose verb opens the next sentence (「A」。「B」と述べた).
"""

from __future__ import annotations

import re

from core.claims.clauses import AFTER_QUOTE
from core.claims.own_predicate import THEN_NEXT_QUOTE
from core.claims.quote_marks import SAID_WORDS, quotes
from core.claims.quotes import direct
from core.claims.reports import outlet_verb
from core.claims.voices import NOUNS_OF_VOICE


# Verbs こう or そう tells the quote with: こう語った, そう強調した, 日本の対応をこう批判した, こう投稿した
_SO_VERBS = r"語っ|語り|述べ|話し|強調し|説明し|明かし|訴え|答え|主張し|指摘し|力説し|振り返っ|振り返り" \
    r"|批判し|非難し|反論し|評価し|歓迎し|分析し|述懐し|嘆い|憤っ" \
    r"|投稿し|書き込ん|書い|記し|つづっ|綴っ|ツイートし"  # 「…」。大統領はツイッターにこう投稿した
# What こう's verb may take between them: こう日本を批判した, こう記者団に語った
_WHOM = r"(?:[^「」。、\n]{1,12}?[をに])?"


# 「…」トランプ大統領は、そう強調した。 「…」別の男性、クライド・パウレスは言った。: the speaker after the quote, no と;
# not 「…支援」も供与すると、…外相が語った (the quote is part of a clause)
_SAID_AFTER = re.compile(r"(?![ぁ-ゖ])(?:[^「」。]{0,40}?(?:、|に|で|後|前))??(?P<gap>[^「」。、をにでがはと]{2,24}?(?:は|が)、?)(?:そう|こう)?"
                         r"(?P<cue>言っ|語っ|述べ|話し|強調し|答え|説明し|主張し|付け加え|反論し|切り返し)(?:た|ている)。?$")


# 「…」安倍首相は15日、記者団にこう述べ、…: the speaker right after the quote, the setting and こう before the verb, which
# may go on (こう述べ、…に意欲を示した); with no こう, only nouns of a setting before a verb ending the sentence
# (「…」岸田外相は10日の記者会見で強調した)
_NAMED_THEN_SO = re.compile(r"[—―─ \u3000]*(?P<gap>[^「」。、をにでがはと\n]{2,24}?(?:は|が)、?)"
                            r"(?:[^「」。\n]{0,30}?(?:こう|そう|このように|そのように)" + _WHOM + r"(?P<cue>" + _SO_VERBS + r")(?=[たてい、だで])"
                            r"|(?:(?:[0-9０-９]{1,2}日|同日)、?|(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９・]|の){1,16}?"
                            r"(?:で|に|に対し|に対して)、?){0,3}(?P<cue2>" + _SO_VERBS + r")(?:た|ている|ていた)。?$)")


# 「…」。外相は10日の記者会見で、米国の対応を批判した / 強調し、自制を求めた: a quote leading the sentence of its speaker,
# whose verb is a stance on a target (批判した, 非難した, 不快感を示した, 語気を強めた) or a verb of speech the sentence goes on
# after; only who, when, where and to whom before it. Not a verb of speech with an object of its own (訪問の成果を語った:
# it tells something else), nor a deed (逮捕した, 発表した).
_SETTING = r"(?:(?:[0-9０-９]{1,2}日|同日)(?:夜|朝|午前|午後)?、?|(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９・]|の){1,16}?" \
    r"(?:で|に|に対し|に対して)、?){0,3}"
_LEAD_TOLD = re.compile(
    r"(?P<lead>[^「」。、はが\n]{1,16}?、)?(?P<gap>[^「」。、をにでがはと\n]{2,24}?(?:は|が)、?)" + _SETTING +
    r"(?:(?P<cue>(?:語り|述べ|話し|強調し|説明し|訴え|主張し|指摘し|力説し)(?=、)"
    r"|(?:(?P<object>[^「」。、\n]{1,20}?)を(?:強く|厳しく|改めて|重ねて|激しく)?)?(?:批判し|非難し|牽制し|けん制し|一蹴し)(?:た|(?=、))"
    r"|(?:(?P<target>[^「」。、\n]{1,16}?)(?:に|への|に対する|に対して))?(?:強い|深い|大きな)?"
    r"(?:不快感|不満|懸念|憤り|怒り|警戒感|危機感|遺憾の意)を(?:示し|あらわにし|露わにし|にじませ|表明し)(?:た|(?=、))"
    r"|語気を強め(?:た|(?=、))))(?=、|。?$)")  # the sentence's verb: not 批判した議員に反論した (it describes a noun)


# What makes the quote the matter the speaker reacted to, not words of theirs: a stance on this (これを批判した, この発言に
# 不快感を示した), a sentence opening with what it answers (これに対し、, 声明を受けて、)
_REFERS_BACK = re.compile(r"(?:これ|それ|あれ|この|その|あの|こうした|そうした|こういった|そういった|こんな|そんな)")
_REACTING = re.compile(r"(?:に対し|に対して|を受け|を受けて|について|をめぐり|をめぐって)、$")


def _lead_told(body: str, start: int, stop: int) -> re.Match | None:
    """_LEAD_TOLD's match after a quote, unless the sentence reacts to the quote (「…」。これに対し、外相は…批判した)."""
    match = _LEAD_TOLD.match(body, start, stop)
    if match is None or (match.group("lead") and _REACTING.search(match.group("lead"))) \
            or any(match.group(name) and _REFERS_BACK.search(match.group(name)) for name in ("object", "target")):
        return None
    return match


def said_after(body: str, s_start: int, s_end: int) -> list[tuple]:
    """A sentence that is a quote and then who said it, with no と between (a translated style)."""
    if body[s_start] != "「" or body[s_end - 1] not in "。た":
        return []
    found = quotes(body, s_start, s_end)
    if not found:
        return []
    end = found[-1][1]
    match = _SAID_AFTER.fullmatch(body, end, s_end) or _NAMED_THEN_SO.match(body, end, s_end)
    if match is None and all(SAID_WORDS.search(body, a, b) for a, b in found):
        match = _lead_told(body, end, s_end)  # 「…」外相は10日、米国の対応を批判した
    if match is None:
        return []
    verb = "cue2" if "cue2" in match.re.groupindex and match.group("cue2") else "cue"
    tail = re.match(r"[ぁ-ゖ]*", body[match.end(verb):s_end]).group(0)  # こう述べ、…に意欲を示した: the verb's own ending
    gap, cue = match.span("gap"), match.group(verb) + tail
    return [(a, b, cue, "direct", gap) for a, b in found]


# 「…」。岸田外相は10日の記者会見でこう語った。: the quote stands alone, the next sentence names who said it, maybe after
# when it opens with (会談後、岸田氏はこう語った, 12日、外務省幹部はこう語った: a time or a setting, no one named in it)
_SAID_SO = re.compile(r"(?:[^「」。、はが]{1,16}?、)?(?P<gap>[^「」。、]{2,40}?(?:は|が)、?)[^「」。]{0,30}?(?:こう|そう|このように|そのように)"
                      + _WHOM + r"(?P<cue>" + _SO_VERBS + r"|語る|話す|述べる)"
                      r"(?:(?:た|ている|ていた|だ|でいる|でいた)?。?$"
                      # or the sentence goes on after the verb, as in the quote's own sentence: 「…」。外相は10日、こう述べ、
                      # 米国に再考を求めた (こう tells the quote; what follows is a deed of the same speaker)
                      r"|(?<=[べしえりい])(?P<goes_on>、[^「」。]{1,60}。?)$)")
# 「…」。ポンペオ国務長官が記者団に語った。: with no こう, only the speaker, when and where or to whom, and a verb of speech
# ending the sentence (a clause of its own, …と語った or …を語った, tells something else)
_SAID_PLAIN = re.compile(r"(?:[^「」。、はが]{1,16}?、)?(?P<gap>[^「」。、をにでと]{2,40}?(?:は|が)、?)"
                         r"(?:(?:[0-9０-９]{1,2}日|同日)(?:夜|朝|午前|午後)?、?|(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９・]|の){1,16}?"
                         r"(?:で|に|に対し|に対して)、?){0,3}"
                         r"(?P<cue>語っ|述べ|話し|強調し|説明し|明かし|訴え|答え|主張し|指摘し|力説し)(?:た|ている|ていた)。?$")

# 「…」\nこう語るのは、交際中の彼氏がいる久美子さん（33歳）。 / そう語る美智子さん（35歳）。: the next sentence a cleft or
# a verb describing the one it names, who said the quote (features and interviews); the focus ends on a person's
# title or honorific (not そう言っていたのは約8ヶ月前: a time; not そう答えると…さんは, こう語ったら…, そう話したところ…,
# そう語ったが…: a condition, a time or a contrast, whose clause after it may name someone else; not こう語るのは山田監督の
# 長男だ: a cleft whose focus goes on past the person, who is then only its owner)
_PERSON_END = r"(?:さん|氏|君|くん|ちゃん|先生|監督|選手|社長|代表|教授|医師|弁護士|会長|理事長|店長|院長|所長|夫妻)"
_SAID_CLEFT = re.compile(r"(?:こう|そう|このように|そのように)(?P<cue>語|話|言|明か|答え|述べ|振り返|打ち明け|教えてくれ|"
                         r"話してくれ|説明してくれ|明かしてくれ)[ぁ-ゖ]{0,5}?"
                         r"(?:のは、?(?P<gap>[^「」。\n]{1,50}?" + _PERSON_END + r")(?:[（(][^()（）「」。\n]{1,20}[)）])?"
                         r"(?:だ|です|である)?。?$"
                         r"|(?<=[るた])(?!のは|のに|ので|(?:[とらがも]|けど|ところ)(?![ぁ-ゖ]))(?P<named>[^「」。、\n]{1,30}?" + _PERSON_END + r")(?=[（(、。のはが]))")


def _only_quotes(body: str, s_start: int, s_end: int) -> tuple:
    """The quotes of a sentence that is nothing but quotes, else ()."""
    if body[s_start] != "「":
        return ()
    found = quotes(body, s_start, s_end)
    if not found or found[0][0] != s_start or body[found[-1][1] : s_end].strip("。 \n\u3000―—─"):  # (「…」――。)
        return ()
    return found


def said_next(body: str, s_start: int, s_end: int, later: list[tuple[int, int]]) -> list[tuple]:
    """A sentence that is only a quote (maybe closed by a dash: 「…」――。), its speaker and verb in a later sentence
    (…はこう語った。, …が記者団に語った。), maybe after more sentences that are only quotes (「A」\n「B」\nX外相はこう
    語った。: A is said too)."""
    found = _only_quotes(body, s_start, s_end)
    for n_start, n_end in later:
        if not found or n_start >= n_end:
            return []
        stop = n_end - (body[n_end - 1] == "\n")
        match = _SAID_SO.fullmatch(body, n_start, stop) or _SAID_PLAIN.fullmatch(body, n_start, stop)
        if match is None and all(SAID_WORDS.search(body, a, b) for a, b in found):
            match = _lead_told(body, n_start, stop)  # 「…」。外相は10日の記者会見で強調し、…を求めた
        cleft = _SAID_CLEFT.match(body, n_start, stop) if match is None else None
        if cleft is not None:  # 「…」\nこう語るのは…久美子さん（33歳）。
            gap = cleft.span("gap") if cleft.group("gap") else cleft.span("named")
            cue = re.match(r"[^のはがを、]*", body[cleft.start("cue") : gap[0]]).group(0)  # 語る, 話してくれた
            return [(a, b, cue, "direct", gap) for a, b in found]
        if match is not None:
            # (こう述べ、米国に再考を求めた: the cue ends at the verb, not at the deed the sentence goes on to)
            goes_on = "goes_on" in match.re.groupindex and match.group("goes_on") is not None
            cue = body[match.start("cue") : match.start("goes_on") if goes_on else match.end()].rstrip("。")
            return [(a, b, cue, "direct", match.span("gap")) for a, b in found]
        if not _only_quotes(body, n_start, n_end):
            return []
    return []


def continued(body: str, s_start: int, s_end: int, n_start: int, n_end: int) -> list[tuple]:
    """A sentence that ends with a quote and no verb, the next opening with a quote and its verb:
    首相は記者団に「A」。\n「B」と述べた. A is said by the same verb; the speaker is this sentence's."""
    if n_start >= n_end or body[n_start] != "「":
        return []  # the next sentence opens with no quote (most): one look, before this sentence's quotes are read
    found = quotes(body, s_start, s_end)
    if not found or body[found[-1][1] : s_end].strip("。 \n\u3000") or AFTER_QUOTE.match(body, found[-1][1], s_end):
        return []
    said = direct(body, n_start, n_end)
    if not said or said[0][0] != n_start or said[0][4] is not None:
        return []  # the next quote names its own speaker (「B」と外相は述べた): nothing carries over
    return [(found[-1][0], found[-1][1], said[0][2], "direct", None)]


def closing_quote(body: str, s_start: int, s_end: int, found: list[tuple], people: list) -> list[tuple]:
    """The last quote of a sentence, closing it with no verb, after a quote read with its verb in the same sentence and
    nobody else named between them (首相は「A」と述べた上で、「B」。): the same speaker goes on, with that verb."""
    if not found or found[-1][3] != "direct" or outlet_verb(found[-1][2]):
        return []
    last = quotes(body, found[-1][1], s_end)
    if not last or body[last[-1][1] : s_end].strip("。 \u3000\n") or len(last) > 1 and any(
            body[b:c].strip("、") for (_, b), (c, _) in zip(last, last[1:])):
        return []
    start = last[0][0]
    if THEN_NEXT_QUOTE.fullmatch(body, found[-1][1], start) is None \
            or any(found[-1][1] <= m.start < start and m.type in ("PERSON", "ORG") for m in people) \
            or not all(SAID_WORDS.search(body, a, b) for a, b in last):
        return []
    return [(a, b, found[-1][2], "direct", found[-1][4]) for a, b in last]


# A connective a sentence of quotes may open with: その上で「…」。, さらに、「…」。,
# and the matter the words are on: 北朝鮮については「…」。
_CONNECTIVE = re.compile(r"(?:さらに|また|その上で|そのうえで|続けて|加えて|そして|ただ|一方で?)、?"
                         r"(?:[^「」。、はが]{1,20}?(?:について|に関して|に対して|に対し)(?:は|も)、?)?"
                         r"|[^「」。、はが]{1,20}?(?:について|に関して|に対して|に対し)(?:は|も)、?")
# A claim told as readers' voices (…と韓国を非難するコメントが相次いだ, 書き込みが殺到): no one speaker goes on
_VOICES = re.compile(NOUNS_OF_VOICE + r"(?:が|も|は|など)")


def going_on(body: str, index, claim, s_start: int, s_end: int):
    """The last claim of the sentence [s_start, s_end) when its speaker may go on in the next: named in that sentence
    (「…」と語るのは薫さん。, not a holder carried from further back) or a sentence of quotes alone that went on with
    them, and no other person or body named after it (…と述べたが、野党は反発した。), else None. index holds the article's mentions (a core.clauses.spans.SpanIndex)."""
    def holds(m) -> bool:
        return bool(claim.holder_entity_id and m.entity_id == claim.holder_entity_id or m.text == claim.holder_text)
    if not claim.holder_text:
        return None
    opening = _CONNECTIVE.match(body, s_start)
    if _only_quotes(body, opening.end() if opening is not None else s_start, s_end):
        return claim  # 「A」と述べた。\n「B」\n「C」: B went on with its speaker, C goes on too
    if not (body.find(claim.holder_text, s_start, s_end) >= 0 or any(holds(m) for m in index.within(s_start, s_end))):
        return None
    if any(m.type in ("PERSON", "ORG") and not holds(m) for m in index.within(claim.end, s_end)):
        return None
    return claim


def carried_on(body: str, s_start: int, s_end: int, before) -> list[tuple]:
    """The quotes of a sentence that is nothing but words said (その上で「…」。, 「A」「B」。, a quote alone on its line)
    right after a sentence whose last claim was a quote or reported speech (首相は「…」と述べた。, 外相は…行動だと述べた。):
    the same speaker goes on, with that claim's verb. before is the previous sentence's last claim when its speaker may go on (named there, no one after
    it), else None."""
    if before is None or before.attribution not in ("direct", "indirect", "mixed") or _VOICES.search(before.cue) \
            or outlet_verb(before.cue):
        return []  # (…と報じた。「…」: what an outlet told is no speaker's; the quote may be another's or a headline)
    opening = _CONNECTIVE.match(body, s_start)
    start = opening.end() if opening is not None else s_start
    found = _only_quotes(body, start, s_end)
    if not found or not all(SAID_WORDS.search(body, a, b) for a, b in found) \
            or any(body[b:c].strip("、 \u3000\n") for (_, b), (c, _) in zip(found, found[1:])):
        return []
    return [(a, b, before.cue, "direct", None) for a, b in found]
