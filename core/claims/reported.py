"""Reported speech without quotes: the clause before と + a speech verb (…と述べた, …としている), what a
person told written as hearsay (…によると、…という), and positions taken on an object (…を批判した).
Hearsay is read in core.claims.hearsay, positions in core.claims.positions, views raised in core.claims.raised;
the teller a sentence lists or turns to in core.claims.report_topics.
"""

from __future__ import annotations

import re

from core.claims.clauses import TAKES_AS, clauses_told, gap_of, with_partner
from core.claims.nested_teller import nested_teller
from core.claims.holders import NOT_A_HOLDER, SPEAKER_END, group_topic_span, speaker_topic, topic_phrase
from core.claims.quote_marks import quotes
from core.claims.quote_verbs import cleft_speaker, cue_of, qualifies_a_noun
from core.claims.quotes import TITLED
from core.claims.report_topics import new_speaker, opening_speaker, second_teller, under_a_topic
from core.claims.reports import OUTLET_OPENS, Told, inner_report, outlet_verb
from core.claims.sentence_holder import NAME_TOPIC
from core.claims.sources import VIA
from core.claims.subjects import subject_of
from core.clauses.spans import SpanIndex


_ADDRESSEE = re.compile(r"[^、。「」をは]{1,12}に(?:対し|対して)?、")
_SETTING = re.compile(r"(?:また|さらに|一方|ただ|なお|その上で|そのうえで)、|[^、。「」をがはと]{1,14}?(?:で|において|の場で|の席で)、"
                      # where it was said, with no comma after it: 共同会見で韓国の…と強調, 10日の記者会見で…と述べた
                      r"|(?:[^、。「」をがはと]{0,12}?の)?(?:共同記者会見|記者会見|共同会見|会見|インタビュー|演説|講演|国会答弁|閣議)で(?:、|(?!は|も))"
                      # when it was said, right after its topic: 岩永峯一農相は20日、記者会見で、…と語った (opening the
                      # sentence or after が, 22日、…女性が刺された, 千石正一さんが7日、…亡くなった, the day may be the event's)
                      r"|(?:(?<=[はも])|(?<=[はも]、))(?:[0-9０-９]{1,2}日|同日|前日|翌日)(?:[(（][^()（）、。]{1,12}[)）])?(?:午前|午後|夜)?、")
# A verb in the passive (述べられ, 報道され, 言われ, 見込まれ; 書き込まれ is a voice's verb, core.claims.voices)
PASSIVE = re.compile(r"(?:され|られ|われ|(?<=見込)まれ)")
# Words received, in the passive: 言われ, 聞かされ, 告げられ, 指摘され, 勧められ (the words came from another)
_WORDS_RECEIVED = re.compile(r"(?:言わ|いわ|聞かさ|聞か|訊か|告げら|問わ|尋ねら|指摘さ|注意さ|忠告さ|怒ら|叱ら|勧めら|頼ま|誘わ|"
                             r"求めら|言い渡さ|命じら|書か|記さ|呼ば|称さ|批判さ|非難さ)れ")


def passive_telling(cue: str) -> bool:
    """Whether a quote's cue tells it in the passive: its verb (と言われた, と批判された), or words received in the
    clause its verb takes as its object (と監督に言われたことを明かした: the director's words). A passive in the matter
    of a view shown, closed by という or との, is not (と処分が解除されるという感触を示した: the speaker's own words); a passive describing a noun
    (…に踊らされているファンを嘲笑する意見も) still is."""
    at = cue.rfind("を") + 1
    view = max(cue.rfind("という", 0, at), cue.rfind("との", 0, at))  # where the view's matter ends
    return PASSIVE.search(cue, view if view >= 0 else 0) is not None or _WORDS_RECEIVED.search(cue, 0, at) is not None


# A judgement in the passive, a source's only (core.clauses.predicates): 考えられる, 見込まれる, 予想される
_JUDGED_PASSIVE = re.compile(r"(?:考えられ|見込まれ|予想され|予測され|推計され|推定され)")
# A document that holds what it says: この条例では、…としている (報告書は…としている)
_DOCUMENT_TOPIC = re.compile(r"(?:また、?)?(?:この|同)?(?P<name>[\u4e00-\u9fff\u30a1-\u30fa]{0,10}(?:条例|法案|法律|報告書|声明|宣言|決議|条約|協定|"
                             r"憲法|提言|答申|判決|社説|談話|合意文書|共同声明))(?:で)?は、")
_SAME_COUNTRY = re.compile(r"(?P<name>同国[\u4e00-\u9fff]{1,6}(?:相|官|長|省|庁|政府))(?:は|が)、")
# What may open a sentence before its topic: 18日、 また、 一方、 パキスタンの通信社
_OPENER = re.compile(r"(?:(?:[0-9０-９]{1,2}日|同日|また|一方|さらに|なお)、)?[^、。「」]{0,16}")


def after_quotes(body: str, q_end: int, s_end: int) -> tuple[int, int]:
    """The span after the last quote's predicate when a reported clause follows it:
    「…」と述べ、…を強めたいとした. Empty when another quote or nothing follows."""
    comma = body.find("、", q_end, s_end)
    if comma < 0 or "「" in body[comma:s_end] or comma - q_end > 12:
        return s_end, s_end
    return comma + 1, s_end


# What ends before an as-form that is no clause held: the verb 落とす (落とした, 見落とし), a manner with と (騒然と,
# じっと, ほっと, 堂々と, 淡々と, しっかりと, はっきりと)
_NOT_AS = re.compile(r"(?:落|(?<![ぁ-ゖ])じっ|(?<![ぁ-ゖ])ほっ|(?<![ぁ-ゖ])そっ|[騒呆平漫唖憮毅悠泰整雑混茫]然|々|[ぁ-ゖ][っん][ぁ-ゖ]り)$")
# An item of a list of rules or terms: a bullet or a note mark opening the line (・当選された権利は…ものとし、)
_RULE_ITEM = re.compile(r"[・※＊*■●○◆]|[0-9０-９]{1,2}[.．)）]")


def indirect(body: str, people: list, index: SpanIndex, s_start: int, s_end: int) -> list[tuple[int, int, str, str]]:
    """A clause ending in と + speech verb, with no quote of its own: the reported content.

    It starts after its holder (Xは、) or the source it came through (Xによると、).
    """
    # the last one: the clause's own predicate; never one inside a quote (「審判は公正だと信じなくては…)
    matches = [m for m in clauses_told(body, s_start, s_end)
               if body.count("「", s_start, m.start()) <= body.count("」", s_start, m.start()) and not with_partner(body, m)]
    if matches and VIA.search(body, s_start, s_end) is None:  # VIA never matches empty
        # …と見られ: a passive with no source names nobody; an earlier report of the sentence may
        # (a judgement in the passive, …と考えられる, …と見込まれる, never: the writer's hedge, nobody's claim)
        matches = [m for m in matches if not PASSIVE.search(cue_of(body, m))] \
            or [m for m in matches if not _JUDGED_PASSIVE.match(cue_of(body, m))]
    match = matches[-1] if matches else None
    turn = new_speaker(body, people, index, s_start, match, matches)
    if turn is not None:  # …発言を行ったが、同日、ブラッシュ党首は、…はないとした: the second topic says it
        return [item[:4] + ((item[4] or turn),) + tuple(item[5:]) for item in indirect(body, people, index, turn[0], s_end)]
    if match is not None and _JOINED_NOUNS.search(body, max(s_start, match.start() - 1), match.start() + 1) \
            and (gap_of(match) or (0, 0))[1] > 0 and body[gap_of(match)[1] - 1] == "も":
        return []  # …の援護と…の充実も要請した: と joins two things asked for, nobody is quoted
    if match is not None and _JOINED_NOUNS.search(body, max(s_start, match.start() - 1), match.start() + 1) \
            and re.search(r"(?:について|に関して|に関し)、?$", body[slice(*(gap_of(match) or (0, 0)))]):
        return []  # …連邦首相とSPDの成功について語った: と joins two topics, nothing is quoted
    if match is None or qualifies_a_noun(body, match):
        return []
    clause_end = match.start()
    if body.endswith("こ", s_start, clause_end) and body.startswith("とも", clause_end):
        clause_end -= 1  # …されることも伝えた: the content is before こと
    while clause_end > s_start and body[clause_end - 1] in "、 \u3000":
        clause_end -= 1  # …メッセージである、と観光相は語った: the comma is no part of it
    if match.group("as") and re.search(r"を(?:「[^ぁ-ゖ「」]{1,12}」|[^ぁ-ゖ、。「」]{1,10}|はじめ)$", body[s_start:clause_end]):
        return []  # 3日間を「哀悼日」とし, 条例案を継続審議とし: a name or a status given, not a statement
    if match.group("as") and TAKES_AS.search(body[max(s_start, clause_end - 8):clause_end]):
        return []  # 経済開発強化などを目的としている: takes as, holds nothing
    if match.group("as") and _NOT_AS.search(body, max(s_start, clause_end - 4), clause_end):
        return []  # 勢力を落とした, 見落としていた, ネット上が騒然としている, じっとしていた: a verb or a manner, no と of holding
    if match.group("as") and body.endswith("もの", s_start, clause_end) and _RULE_ITEM.match(body, s_start):
        return []  # ・当選された権利は、当選者様ご本人のみに帰属するものとし、…: a rule's item, "shall", nobody's view
    clause_start = s_start
    for via in VIA.finditer(body, s_start, clause_end):
        if via.group(0):
            clause_start = via.end()
    listed = second_teller(body, people, clause_start, clause_end) if gap_of(match) is None and len(matches) == 1 else None
    if listed is not None:  # AP通信などは、乗客乗員を117名、読売や共同は…109人と伝えている: each tells its own
        (first_start, first_end), comma, name_start, topic_end = listed
        cue = cue_of(body, match)
        return [(first_end, comma, cue, "indirect", (first_start, first_end)),
                (topic_end, clause_end, cue, "indirect", (name_start, topic_end))]
    subject, subject_text, after_subject = subject_of(body, people, index, s_start, clause_end)
    governing = under_a_topic(body, s_start, subject, after_subject) if after_subject is not None else None
    if governing is not None:
        after_subject = None  # 「スタッフ」は、…NZファースト党が…と伝えた: the topic reports, the party is its matter
        clause_start = max(clause_start, governing[1])
    if after_subject is not None:
        clause_start = max(clause_start, after_subject)
    # …住民の多くは、…と、ロイター通信が伝えている: a speaker named after the words tells them, the share opening the
    # sentence is what it tells
    told_after = re.search(r"(?:は|が)、?$", body[slice(*(gap_of(match) or (0, 0)))])
    group = group_topic_span(body, s_start, clause_end) if after_subject is None and not told_after else None
    if group:
        clause_start = max(clause_start, group[1])  # 犯人は…と述べた: the people said it
    # a subject named inside a quote is the quote's own (「パキスタンが…支援」も供与すると): keep the quote whole
    clause_start = next((a for a, b in quotes(body, s_start, clause_end) if a < clause_start < b), clause_start)
    addressee = _ADDRESSEE.match(body, clause_start, clause_end)
    if addressee:
        clause_start = addressee.end()  # キャロル氏に、/記者団に対し、: whom it was said to
    while clause_start < clause_end and body[clause_start] in " \u3000、":
        clause_start += 1
    gap = gap_of(match) or governing or cleft_speaker(body, match, s_end)  # …がいたと話してくれたのは南さん。
    document = _DOCUMENT_TOPIC.match(body, clause_start, clause_end) if gap is None and after_subject is None else None
    if document is not None:  # この条例では、…を設置するとしている: the ordinance holds it
        return [(document.end(), clause_end, cue_of(body, match), "indirect", (document.start("name"), document.end()))]
    if gap and body.endswith("の話として", *gap):
        gap = None  # …と関係者の話として報じている: whom the report quotes, the topic reports it
    topic = None
    topics = list(NAME_TOPIC.finditer(body, clause_start, clause_end)) if after_subject is None else []
    # the last topic before the reported clause; a は-topic over a later が-subject (報告書は、…秘密警察が、…としている)
    # and the first topic set off by a comma over both (ダクラッラー情報相は、報告書は「…」に基づいていると述べた)
    commas = [t for t in topics if t.group(0).endswith("は、")]
    # (防災科学技術研究所は31日、震央が、…と発表した: a day after the topic keeps it a は-topic)
    topic = commas[0] if commas else ([t for t in topics if "が" not in body[t.end("name") : t.end()]] or topics or [None])[-1]
    named_after = gap is not None and re.search(r"(?:は|が)、?$", body[gap[0]:gap[1]])
    if topic and not NOT_A_HOLDER.search(topic.group("name")) and not named_after:
        gap = gap or topic.span()  # プラウダは、…としている: the topic holds the clause
        clause_start = topic.end()  # (爆発は、…である、とX観光相は語った: the clause's own topic stays in it)
    elif after_subject is None and gap is None and not (group and body[group[1] - 1] == "、"):
        # 報道担当者は、…死亡者は39名と語った: the people opening it, set off by a comma, speak
        speaker = speaker_topic(body, clause_start, clause_end)  # フランスの政府当局は生存が困難との見解を示した
        first_topic = body.find("は、", clause_start, clause_end)  # 20日の国連ニュースは、…: the first topic opens it
        opening = topic_phrase(body, clause_start, first_topic + 2 if first_topic >= 0 else clause_end)
        if opening and (body.find("、", clause_start, opening[1]) < 0 or _OPENER.fullmatch(body, clause_start, opening[1])) \
                and re.search(r"[\u30a1-\u30faA-Za-z」]", opening[0]) and (not speaker or opening[2] < speaker[2]):
            # 米紙ウォールストリート・ジャーナル(電子版)は…と報じている, 19日のBBCNewsは、死者は…: the name opening it holds it
            gap, clause_start = (opening[1], opening[2]), opening[2]
        elif speaker:
            gap, clause_start = (speaker[1], speaker[2]), speaker[2]
    body_at = _BODY_AT.match(body, clause_start, clause_end) if gap is None and after_subject is None and topic is None else None
    if body_at is not None:  # 警察では前方不注意の可能性があるとみている: the body holds it, no comma after it
        gap, clause_start = (body_at.start("name"), body_at.end()), body_at.end()
    if clause_end - clause_start < (4 if gap or after_subject else 6):  # 生存が困難 with its holder named
        return []
    setting = _SETTING.match(body, clause_start, clause_end)
    while setting and clause_end - setting.end() >= 6:  # 記者会見で、/また、: where or how, not what was said
        clause_start = setting.end()
        setting = _SETTING.match(body, clause_start, clause_end)
    if (clause_start, clause_end) in quotes(body, clause_start, clause_end) and TITLED.match(body, clause_end):
        return []  # 9日、「在韓日本大使館にトラック突入！」と題した記事を…発表した: a title given, not what was said
    out = []
    for earlier in matches[:-1]:  # …実現させたいと語り、…保っていきたいとの考えを示した: two reports
        said_end = earlier.start()
        after = earlier.end() + len(cue_of(body, earlier)) - len(earlier.group("cue") or earlier.group("cue3") or "")
        joined = re.compile(r"(?:が|ものの)?、").match(body, after)  # …と伝えたが、…とも指摘している
        if joined and joined.group(0) != "、" and not body.startswith("とも", match.start()) \
                and topic_phrase(body, joined.end(), match.start(), with_comma=True) is None \
                and opening_speaker(body, people, joined.end(), match.start()) is None:
            joined = None  # …と供述しているが、室内が荒らされた経緯はなく…: the contrast is no second report of theirs
        if clause_start < said_end and joined and said_end - clause_start >= 6 \
                and "「" not in body[clause_start:said_end] and not earlier.group("as"):
            out.append((clause_start, said_end, cue_of(body, earlier), "indirect", gap))
            clause_start = joined.end()
        elif clause_start < said_end and after == match.start() and gap_of(earlier) and outlet_verb(cue_of(body, match)) \
                and said_end - clause_start >= 6 and "「" not in body[clause_start:said_end] and not earlier.group("as"):
            # …恐れがあると国連当局者が発言したと伝えた: the official holds it, the outlet told it
            named = gap_of(earlier)
            return [(clause_start, said_end, cue_of(body, earlier), "indirect", None, Told(gap, named))]
    if out and clause_end - clause_start < 2:  # …と語った、とBBCは伝えた: the report tells what was said
        return [item[:4] + (None, Told(gap)) for item in out]
    if out:  # …と明らかにしており、実際、…店長は、…と語った: the second report names its own speaker
        second = topic_phrase(body, clause_start, clause_end, with_comma=True) \
            or (opening_speaker(body, people, clause_start, clause_end)  # …と語ったが、故人の友人は…と話している
                if re.search(r"(?:が|ものの)、$", body[max(s_start, clause_start - 4):clause_start]) else None)
        referring = _SAME_COUNTRY.match(body, clause_start, clause_end)  # …と発表したほか、同国運輸相は、
        if second is None and referring is not None:
            second = (referring.group("name"), referring.start("name"), referring.end())
        if second is not None and not (SPEAKER_END.search(second[0]) or referring is not None
                                       or any(second[1] <= m.start < second[2] for m in people)):
            second = None  # …と予測し、…対EU政策は、…と観測している: a matter, not who speaks
        if second is not None:
            gap, clause_start = (second[1], second[2]), second[2]
    cue = cue_of(body, match)
    attribution = "mixed" if "「" in body[clause_start:clause_end] else "indirect"
    said = quotes(body, clause_start, clause_end) if match.group("cue4") and body[clause_end - 1] == "」" else []
    if said and said[-1][1] == clause_end and not re.search(r"[をがは]", body[clause_start:said[-1][0]]):
        # 5日、テキサス州で「…」とする声明を発表した: the quote is the statement, the day and place are not
        clause_start, attribution = said[-1][0], "direct"
    stated = _STATEMENT_OF.match(body, clause_end, match.end() + 2)
    if stated is not None and (SPEAKER_END.search(stated.group("name"))
                               or any(m.start == stated.start("name") for m in people)):
        # …というチベット亡命政府のスポークスマンの発表を伝えた: the spokesman said it, the outlet told it
        return out + [(clause_start, clause_end, cue, attribution, None, Told(gap, stated.span("name")))]
    # ロイター通信は、ケリー国務長官は…と述べたと報じた: the subject read before the clause is the inner report's speaker
    named_at = -1 if after_subject is None else subject.start if subject is not None \
        else body.rfind(subject_text, s_start, after_subject) if subject_text else -1
    inner_start = named_at if named_at > s_start and OUTLET_OPENS.match(body, s_start, named_at) else clause_start
    inner = inner_report(body, inner_start, clause_end, people) if outlet_verb(cue) and attribution == "indirect" else None
    if inner is not None:  # BBCは、選挙監視団が、…を賞賛したと伝えた: the monitors hold it, BBC told it
        return out + [(inner[0], inner[1], inner[2], "indirect", None, Told(gap, inner[3]))]
    nested = nested_teller(body, people, match, clause_start, clause_end) if attribution == "indirect" else None
    if nested is not None:  # Aは、Bが…と表明したことを批判した: B told it, A speaks of the report
        return out + [(nested[0], clause_end, cue, attribution, nested[1])]
    return out + [(clause_start, clause_end, cue, attribution, gap)]


# A public body or a company opening the clause with では, no comma after it: 警察では…とみている, 同社では…としている
_BODY_AT = re.compile(r"(?:(?:また|一方|なお|さらに)、?)?(?P<name>[\u4e00-\u9fff\u30a1-\u30faー]{0,10}(?:警察|県警|府警|道警|警視庁|"
                      r"警察署|当局|政府|省|庁|委員会|気象台|同社|同署|同省|同庁))では、?")


# A statement an outlet passes on as someone's: …という亡命政府のスポークスマンの発表を伝えた,
# …との気象庁の警告を朝日新聞は伝えている (the outlet may be named between)
_STATEMENT_OF = re.compile(r"(?:という|との|と、)(?P<name>[^、。「」をとに]{2,24}?)の(?:発表|声明|談話|警告|見解|指摘|発言|話|証言)を"
                          r"(?:[^、。「」をとに]{1,16}?(?:は|が)、?)?(?:伝え|報じ)")


# A noun right before と (援護と): the と joins nouns unless a report follows
_JOINED_NOUNS = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]と")
