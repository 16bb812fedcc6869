"""Claims read sentence by sentence, each with its holder, its source and the subject it leaves to the next."""

from __future__ import annotations

import re

from core.claims.act_reasons import act_reasons
from core.claims.asides import aside_speaker, captioned, verbless
from core.claims.candidate import HOLDER_TYPES, Candidate, confidence
from core.claims.cited import came_from, cited_source
from core.claims.clefts import focus_in
from core.claims.clauses import TITLE
from core.claims.headlines import HeadlineSpeaker
from core.claims.held_stances import held_stances
from core.claims.findings import findings
from core.claims.hearsay import HEARSAY_OF, hearsay
from core.claims.party_claims import party_claims
from core.claims.holders import PRONOUN
from core.claims.imperial import respectful_speech
from core.claims.introduced import introduced
from core.claims.mention_views import MentionViews, views_of
from core.claims.line_breaks import joined_lines
from core.claims.named_holder import named_holder
from core.claims.persons import Persons
from core.claims.positions import positions
from core.claims.quote_marks import quotes
from core.claims.quote_neighbours import carried_on, closing_quote, continued, going_on, said_after, said_next
from core.claims.standing import OPENINGS, standing_alone
from core.claims.quotes import clause_before, direct, told
from core.claims.quote_tails import QuoteTails
from core.claims.raised import raised_views
from core.claims.reported import after_quotes, indirect, passive_telling
from core.claims.reports import (
    ARTICLE_WORDS, OUTLET_NAME, REPORTS, SHORT_OUTLET, announced, outlet_verb, publisher_before, remarks,
    reported_before_as_claim, written_in_full,
)
from core.claims.seats import Seats
from core.claims.sentence_holder import PROMPTS
from core.claims.shares import person_noun_before
from core.claims.sources import VIA, sources_of
from core.claims.subjects import answered_after, subject_of
from core.claims.things import is_thing
from core.claims.unclaimed import OmittedSubject
from core.claims.voices import OWNER_OF, VOICED, VOICES_HEARD, headline_quote, speaker_after, voices
from core.clauses.titles import strip_title
from core.model import Mention
from core.sentences import sentence_spans


# Who a quote came from, told in the passive: タレントのやしきたかじんさんから「…」と言われ, 野党の韓国民主党からは「…」と
# 批判され, 佐々木則夫監督からも「…」と評価される; not a reason (…とあることからも「…」などコメントが寄せられ)
_SAID_BY = re.compile(r"(?P<name>[\u4e00-\u9fff々\u30a1-\u30faーぁ-ゖ]{2,12}?)(?:さん|氏|ら)?(?<!こと)(?<!もの)(?<!ところ)から(?:は|も)?、?(?=「)")
# A clause before the one a quote came from, up to its last particle or verb ending: 美咲を演じる際に|監督から,
# 撮影を終えた|妻夫木から, と答えるものの|司会から (not の: 周囲の人から is one noun)
_CLAUSE_BEFORE_NAME = re.compile(r".*(?:[にをはがでとも、]|[ぁ-ゖ]{2,}|(?<=[\u4e00-\u9fff])[るたいうくすつむぬぶぐ])"
                                 r"(?=[\u4e00-\u9fff\u30a1-\u30fa])")
# What an outlet tells of a thing, the thing its object: …が確定したことを伝えた, …を報じた
_TOLD_THING = re.compile(r"^(?:こと)?を(?:伝え|報じ)")
# A description before a person named by a latin letter (男子生徒・A容疑者, 同級生・A少年, 夫・Nさん; not M・Sさん, マギー・Qさん);
# before a suspect or a minor any description (アルバイト・B少年: a letter before 容疑者 or 少年 is never a name's end)
_DESCRIBED_LETTER = re.compile(r"^[^・]*(?:[\u4e00-\u9fff]・(?=[A-ZＡ-Ｚ]{1,2}(?:容疑者|被告|少年|少女|さん|氏|君|くん|ちゃん)?$)"
                               r"|[^A-Za-zＡ-Ｚａ-ｚ・]・(?=[A-ZＡ-Ｚ](?:容疑者|被告|少年|少女)$))")
_CONNECTIVE = re.compile(r"^(?:(?:一方|また|さらに|なお|ただ|しかし|特に)、?|[0-9０-９]{1,2}日(?:付)?の)(?=.{2})")


def read_sentences(body: str, mentions: list, seats: Seats, headline: HeadlineSpeaker | None = None,
                   views: MentionViews | None = None) -> list[Candidate]:
    """The claims of each sentence of body in turn, with their holders (not yet checked by the clause reader)."""
    index = views_of(mentions, views).holders  # the holders by start, shared with the steps after (core.claims.mention_views)
    known = frozenset(m.text for m in mentions if m.type in HOLDER_TYPES)  # names an entity has in the article
    persons = Persons()
    out: list[Candidate] = []
    # the omitted subject of Japanese prose continues the last one named (omitted.subject); omitted.speaker: the person
    # of the last quote, while only a body has been described since (else None); omitted.person: who 彼 and 彼女 stand for
    omitted = OmittedSubject(body, index)
    previous = None  # the sentence before: (start, end, whether it had claims)
    last_outlet = None  # the last outlet that reported or was named as a source
    quoted_until = 0  # the end of a quote a sentence announced (次のように述べた。「…」): read already
    last_voices = None  # where the article's last readers' voices were (ネット掲示板, コメント欄)
    # whether the sentence before announced readers' voices (下記のコメントが寄せられている。), or was a line of words under
    # such an announcement: the lines of words after it are anyone's, however long the list (read only before a line of words)
    under_voices = False
    # sentences with no claim since the last one read, newest last: their subjects are read only when a claim
    # needs the last subject, person or speaker (most are never needed: the sentences after an article's last claim)
    unread: list = []
    spans = joined_lines(body, sentence_spans(body))  # 南果歩さんは\n「…」\nと話した: one sentence
    for i, (s_start, s_end) in enumerate(spans):
        if i > 0 and body[s_start] in OPENINGS:
            b_start, b_end = spans[i - 1]
            under_voices = under_voices and body.startswith("「", b_start) or VOICES_HEARD.search(body, b_start, b_end) is not None
        else:
            under_voices = False
        people = index.within(s_start, s_end)  # each sentence reads only its own mentions
        persons.add(body, people)
        if s_start < quoted_until:
            continue
        surnames = persons.surnames(body, s_start, s_end, people)
        people = sorted(people + surnames, key=lambda m: m.start) if surnames else people  # (within's: in order)
        # the rules that read a sentence's quotes (direct … headline_quote below) find nothing where none closes, as in
        # most sentences: they are tried only where one does (each checked so in tests/core/test_claim_quote_rules.py)
        quoted = body.find("」", s_start, s_end) >= 0
        tails = QuoteTails(body, s_start, s_end) if quoted else None  # its quotes and their tails, read once for the rules
        found = (direct(body, s_start, s_end, people, tails) if quoted else []) \
            or announced(body, s_start, s_end) or introduced(body, s_start, s_end) \
            or quoted and (said_after(body, s_start, s_end)
                           or captioned(body, s_start, s_end, people)
                           or verbless(body, s_start, s_end, people)) or []
        if not found and quoted and i + 1 < len(spans):
            found = said_next(body, s_start, s_end, spans[i + 1 : i + 5])  # 「…」。X外相はこう語った。
            if found:
                people = sorted(people + index.within(found[0][4][0], found[0][4][1]), key=lambda m: m.start)
            else:
                found = continued(body, s_start, s_end, *spans[i + 1])  # 首相は「A」\n「B」と述べた: A said too
        if not found and quoted and previous is not None and previous[2] and out and out[-1].start >= previous[0]:
            found = carried_on(body, s_start, s_end, going_on(body, index, out[-1], *previous[:2]))  # 「A」と述べた。「B」。
        if not found and quoted and i > 0 and body[s_start] in OPENINGS:
            # …実和さん(33歳)は…という。\n「…」。: words standing alone after a sentence naming their speaker (or asking)
            before = spans[max(0, i - 2) : i]
            last = out[-1] if out and out[-1].start >= before[-1][0] else None  # the sentence before's last claim
            found = standing_alone(body, s_start, s_end, before, index.within(before[0][0], before[-1][1]),
                                   last.cue if last is not None else None) if not under_voices else []
            if found and found[0][4] is not None:  # the one named before speaks: their mention read with the sentence's
                people = sorted(people + index.within(*found[0][4]), key=lambda m: m.start)
        if quoted:
            found = found + closing_quote(body, s_start, s_end, found, people)  # 「A」と述べた上で、「B」。: B is theirs too
        if found and found[0][0] >= s_end:
            quoted_until = found[-1][1]  # the quotes a sentence announced or introduced: read already
        if found:  # …を受けたとしており、…「わからない」としている: a reported clause before the first quote
            found = indirect(body, people, index, s_start, clause_before(body, s_start, found[0][0])) + found \
                + indirect(body, people, index, *after_quotes(body, found[-1][1], s_end))
            last = found[-1]
            if last[2] == "いう" and last[4] is not None and last[4][0] == last[1] + 3:
                # 「A」という錦織は、「B」と…アピールした: the one A describes goes on to speak, B read as theirs too
                found = found + indirect(body, people, index, last[4][0], s_end)
        else:
            found = told(body, s_start, s_end) or indirect(body, people, index, s_start, s_end) \
                or hearsay(body, people, s_start, s_end)
        # the speakers named after a sentence's quotes and its readers' voices need a quote that closes: a sentence with
        # none (most) has neither, and what is found stays as it is (no list filtered against nothing)
        named_after = speaker_after(body, s_start, s_end, people, known, tails) if quoted else []  # 「…」と報じた韓国紙: named there
        if named_after:
            found = [f for f in found if not any(f[:2] == n[:2] for n in named_after)] + named_after
        voiced = voices(body, s_start, s_end, last_voices, tails) if quoted else []  # ネット掲示板では「A」「B」と…声が相次いだ
        if voiced:
            last_voices = next((v[5].holder for v in reversed(voiced) if len(v) > 5 and v[5].holder), last_voices)
            # 「A」「B」と褒め言葉が寄せられる: the voice's passive verb is no speaker's; the chain is one claim
            # 「A」「B」などと批判の声が多い: a word of speech before の names the voices, no speaker's verb
            found = [f for f in found if not (f[3] == "direct" and (passive_telling(f[2]) and not VOICED.search(f[2])
                                                                    or f[2].endswith("の"))
                                              and any(v[0] <= f[0] and f[1] <= v[1] for v in voiced))]
            found = found + [v for v in voiced if not any(f[0] < v[1] and v[0] < f[1] for f in found)]
        found = found + held_stances(body, s_start, s_end, found)  # ケニヤッタ氏も反対している: a stance with no verb of saying
        found = found + positions(body, s_start, s_end, found)
        found = found + findings(body, s_start, s_end, found)  # 地裁は…義務がないとして、…を命じた: the court's reason
        found = found + act_reasons(body, s_start, s_end, found)  # 弁護側は…を不服として控訴した: the topic's reason
        found = found + party_claims(body, people, s_start, s_end, found)  # …べきだとする国民同盟の要求: the party's
        raised = raised_views(body, s_start, s_end, found)  # 委員各国から…異論もあった: the views' holders
        found = found + raised
        raised = {(r[0], r[1]) for r in raised}  # a view raised by some is no subject the next sentence carries
        if quoted:
            found = found + remarks(body, s_start, s_end, people, found, tails)  # 石原知事の「…」という発言
        if found:
            titles = [m.span() for m in TITLE.finditer(body, s_start, s_end)]
            found = [f for f in found if not any(a <= f[0] < b or f[0] < a < f[1] < b for a, b in titles)]
        # 『…を表明』: a cited headline, also when the claim read runs into it (YOMIURIONLINE『堀江被告らを告発』)
        if not any(f[1] - f[0] >= 2 for f in found):
            found = reported_before_as_claim(body, s_start, s_end, previous, out)  # …。17日のBBCなどが伝えた。
        if not found and quoted:
            found = headline_quote(body, s_start, s_end, people)  # グリー田中社長「…」: a headline's speaker
        if found and unread:
            omitted.after(unread)  # read when a claim below asks, unless its claims set all three first
            unread = []
        said_before = None  # where the sentence's last claim and its verb end
        publisher = None  # (who published the article 記事 stands for,): read once for all the sentence's claims
        unplaced = {(v[0], v[1]) for v in voiced if len(v) > 5 and v[5].holder is None}  # voices no place was named for
        for start, end, cue, attribution, gap, *passed in found:
            if end - start < 2:
                continue
            told_by = passed[0] if passed else None
            holder, holder_text, explicit, reported = named_holder(body, people, index, seats, s_start, s_end, start, end,
                                                                   cue, attribution, gap, told_by, said_before)
            if gap is not None and gap[1] <= start and (
                    cue == "談" and holder is None and holder_text is None or body.startswith("の「", gap[1])):
                # 王監督「…」: the name the caption gives, with its title; BBCは、…北アイルランド相の「…」とする発言を伝えた:
                # whose statement it is, not the outlet that passed it on
                own = focus_in(body, people, *gap) or next(
                    (m for m in reversed(people) if gap[0] <= m.start and m.end <= gap[1] and m.type != "GPE"), None)
                if own is not None or cue == "談":
                    holder, holder_text, explicit = own, None if own is not None else strip_title(body[gap[0]:gap[1]]), True
            via = sources_of(body, people, s_start, start)
            if told_by is not None and (told_by.reporter is not None or told_by.holder is not None):
                # the outlet named between と and its verb, else the sentence's topic before the speaker
                reporter = subject_of(body, people, index, *(told_by.reporter or (s_start, told_by.holder[0])))
                if reporter[0] is not None or reporter[1]:
                    via = via + [{"entity_id": reporter[0].entity_id if reporter[0] is not None else None,
                                  "text": reporter[1] or body[reporter[0].start:reporter[0].end]}]
            cited = cited_source(body, people, s_start, start)
            if cited is not None:  # メディアは、青瓦台の発表を引用し、「…」と述べ: the body cited said it, the media tell it
                if holder is not None or holder_text:
                    via = via + [{"entity_id": holder.entity_id if holder is not None else None,
                                  "text": holder_text or body[holder.start:holder.end]}]
                holder, holder_text, explicit = cited[0], cited[1], True
            if holder is None and holder_text is None and via and attribution != "direct" \
                    and not (omitted.subject is not None and HEARSAY_OF.match(body, end)):
                holder_text = via[0]["text"]  # 朝日新聞によると、…としている: the source, not the last sentence's holder
            told_there = _SOURCE_AT_QUOTE.search(body, max(s_start, start - 30), start + 1) \
                if attribution == "direct" else None
            account = told_there is not None and (told_there.group("way") or told_there.group("way_at"))
            if told_there is not None and (told_there.end() != start + 1 or (holder is not None or holder_text) and not (
                    account and holder is not None and holder.end <= told_there.start())):
                # 加藤さんは…受給しており、日本年金機構の説明では「…」: whose account it is holds, not the topic of the
                # clause before; a bare によると does not (首相は、関係者によると「…」)
                told_there = None
            if told_there is not None and not OUTLET_NAME.search(told_there.group("name")) \
                    and not SHORT_OUTLET.search(told_there.group("name")) \
                    and told_there.group("name") not in ("説明", "発表", "報道", "調べ", "声明", "情報", "談話"):
                holder, holder_text = None, told_there.group("name")  # 集英社広報室によると、「…」: the press office, not an outlet
                owner = told_there.group("owner")
                if owner and not OUTLET_NAME.search(owner) and not SHORT_OUTLET.search(owner):
                    holder_text = f"{owner}の{holder_text}"  # マクドナルド中国法人の広報担当者によると: the company's, named so
            if via and REPORTS.match(cue) and not OUTLET_NAME.search(holder_text or (holder.text if holder is not None else "")):
                # 産経新聞によると、日本政府は…を目指していると報じている: the newspaper reports, the government is its matter
                holder, holder_text = next((m for m in people if m.entity_id == via[0]["entity_id"] and via[0]["entity_id"]), None), via[0]["text"]
            if holder is None and holder_text is None and reported and last_outlet is not None:
                holder = last_outlet  # また…当選したと伝えた: the outlet that told the last report
                holder_text = body[holder.start : holder.end]
            if holder is None and holder_text is not None and _PRONOUN.fullmatch(holder_text):
                # このとき彼は: the person named as a subject before, never the pronoun nor a country
                holder, holder_text = (omitted.person, body[omitted.person.start : omitted.person.end]) if omitted.person else (
                    None, person_noun_before(body, s_start, holder_text))  # ある男性が…。彼は「…」: the man
            named_at = holder.end if holder is not None else (body.rfind(holder_text, s_start, start) + len(holder_text)
                                                                 if holder_text and not is_thing(holder_text) else -1)
            # 審査は…ユネスコの諮問機関から「…」と勧告: a thing as the topic is no one the quote could come from instead
            said_from = came_from(body, people, s_start, start, named_at) if attribution == "direct" else None
            if said_from is not None:  # 桜庭選手側から「…」と抗議: who it came from, not an earlier clause's subject
                holder, holder_text = said_from
            if (start, end) in unplaced and holder is not None and any(
                    a < holder.start < b for a, b in quotes(body, s_start, s_end)):
                # 「佐々木希は…」「…」という声が寄せられた: the one the voices speak of, quoted, is none of their holders
                holder, holder_text = None, None
            if holder is None and holder_text is None and headline is not None and (start, end) not in unplaced \
                    and headline.repeated_in(body[start:end]) and not (
                        headline.speaker.type != "PERSON" and omitted.subject is not None and omitted.subject.type == "PERSON"):
                # ラモス「やりたいですよ」 heads the article, its body quotes 「いや、やりたいですよ。…」 naming nobody: his
                # (a body's headline, a person named before: its head or spokesperson speaks for it, as the body says)
                holder, holder_text, explicit, headline = headline.speaker, None, True, None
            if holder is None and holder_text is None and omitted.subject is not None and (start, end) not in unplaced:
                # (「A」「B」などの声も寄せられた, no place named in the article: readers, not the last person named)
                holder = omitted.subject
                if attribution == "direct" and omitted.speaker is not None:
                    holder = omitted.speaker  # 芹那は「…」と明かし…。SDN48は…卒業が決まっている。…「…」と振り返り: her voice
                holder_text = body[holder.start : holder.end]
            if holder_text and holder_text.startswith("後") and body.rfind("その" + holder_text, s_start, start) >= 0:
                holder_text = holder_text[1:]  # その後政府は: the government, 後 belongs to その
            holder_text = persons.full_name(_CONNECTIVE.sub("", holder_text) if holder_text else holder_text)
            if holder is None and holder_text:  # 3年生の男子生徒・A容疑者: the one the letter names, not the description
                holder_text = _DESCRIBED_LETTER.sub("", holder_text)
            if holder is None and holder_text and _ACCOUNT_OF.search(holder_text):
                holder_text = _ACCOUNT_OF.sub("", holder_text)  # ライス国務長官の声明では「…」: hers, not the statement's
            if holder is None and holder_text:
                holder = _named_person(people, holder_text, s_start, start) or holder
            written = written_in_full(index, holder, body) if holder is not None else None
            if written is not None:  # シン統一相: シン・ウンサン named before, not a namesake in the gazetteer
                holder, holder_text = written, written.text
            said_by = _SAID_BY.search(body, max(s_start, start - 30), start + 1) if passive_telling(cue) else None
            if said_by is not None:  # やしきたかじんさんから「…」と言われ: the one it came from said it
                # (…を演じる際に監督から: the name after the last particle, not the clause before it)
                name = said_by.group("name")
                holder, holder_text, explicit = None, name[m.end() if (m := _CLAUSE_BEFORE_NAME.match(name)) else 0:], True
            elif passive_telling(cue) and not VOICED.search(cue) and not (attribution == "direct" and aside_speaker(body, people, end)) \
                    and not (holder is not None and respectful_speech(holder.text, cue)) \
                    and not (attribution == "direct" and (start, end) in unplaced and VOICES_HEARD.search(cue)
                             and not passive_telling(re.split("[、と]", cue, maxsplit=1)[0])):
                # …と言われている: said by the source, if any, not by the sentence's topic (「…」(岩田氏)などの分析が述べられた: by him);
                # readers' voices that rose keep their words, whatever passive describes what they point out (「…」と、…と
                # 疑われかねない点を指摘する書き込みも目立つ), unless the quote's own verb is one (「どうぞ」と言われる前に…、
                # 批判の声が続出: someone else's word)
                if not via:
                    continue
                holder, holder_text, explicit = None, via[0]["text"], True
            if holder is None and holder_text is None and via:
                holder_text = via[0]["text"]  # AによるとB: nobody else named, A said it
            if holder is None and holder_text in ARTICLE_WORDS:  # 記事では、「…」: who published it, named before
                publisher = publisher or (publisher_before(body, index, spans, s_start),)
                holder, holder_text = publisher[0] or (holder, holder_text)
            speaker = aside_speaker(body, people, end) if attribution == "direct" else None
            # 「…」(熊谷氏)としている: the one named in brackets said this quote; the sentence's subject goes on
            said, said_text = speaker if speaker is not None else (holder, holder_text)
            if said is not None and not said_text:
                said_text = body[said.start : said.end]  # a name the registry does not hold still shows
            out.append(Candidate(start, end, body[start:end], cue.strip(),  # (a cue read over a line break: no break)
                                 ("mixed" if "「" in body[start:end] else "indirect") if attribution == "position" else attribution,
                                 said.entity_id if said else None, said_text, via,
                                 confidence(attribution, cue, explicit or speaker is not None, said is not None or said_text)))
            if holder is None and holder_text and explicit:
                at = body.rfind(holder_text, s_start, start)  # ベルカンヌ校長は「…」と述べた。…という: still him
                holder = Mention(at, at + len(holder_text), holder_text, "PERSON", source=None) if at >= 0 else None
            said_before = body.find("、", end, s_end) + 1 or None  # after the verb of this claim
            if (start, end) in raised:
                continue
            # 「…」と続けるアンディ君に、「…」としどろもどろの内藤: the one spoken to answers, the asker does not go on
            addressed = holder is not None and _ADDRESSED.match(body, holder.end) is not None
            # 小宮アナが「…」と続けると、「…」と述べ: the が-subject who prompts is answered by someone else
            addressed = addressed or holder is not None and holder.end <= start and PROMPTS.match(body, end) is not None \
                and _PROMPTER.fullmatch(body, holder.end, start) is not None
            addressed = addressed or answered_after(body, end)  # Aが「…」と批判したことについて、「…」と反論: another's answer
            if outlet_verb(cue) or (cue == "という" and holder is not None and holder.type == "ORG"):
                # an outlet's report, or a body's hearsay (…によると、…可能性があるという): the speaker before still speaks
                last_outlet = holder or last_outlet
            elif not (cue.endswith(_SUBORDINATE) and holder is not None and body.startswith(("が", "らが", "たちが"), holder.end)) \
                    and not addressed and not (told_by is not None and told_by.holder is not None
                                               and OWNER_OF.match(body, told_by.holder[1])):
                # (「…」といった日本サッカー協会の主張を紹介。: the association owns the claim, the outlet goes on)
                # 両親が…と説得したものの、内緒で出発した: the が-subject of a clause that gives way; the boy goes on
                omitted.subject = holder or omitted.subject
                if holder is not None and _TOLD_THING.match(cue) and OUTLET_NAME.search(holder.text):
                    last_outlet = holder  # 米国営VOA放送は、…ことを伝えた: the outlet a later …と伝えた carries
            if holder is not None and holder.type == "PERSON":
                omitted.person = holder
            omitted.speaker = holder if attribution == "direct" and holder is not None and holder.type == "PERSON" \
                and holder.entity_id and not addressed else None  # a person the article names, not words read as a name
        omitted.settle()
        sources = [m for m in people if (v := VIA.match(body, m.end)) and v.group(0) and m.type == "ORG"]
        if sources:
            last_outlet = sources[-1]  # 中国国際放送によると、…: the outlet a later …と伝えた carries
        previous = (s_start, s_end, bool(found))
        if not found or all(f[2] == "という" for f in found):
            # (a sentence told as hearsay still names its own subject: デイリースポーツによると、…岡田氏が…からだという)
            unread.append((s_start, s_end, people))
    return out


# A speaker the next clause speaks to: 「…」と切り出す石川に、, と話す古閑に対し (a name's honorific before に)
_PROMPTER = re.compile(r"[^、。「」はが]{0,4}?(?:ら|たち)?が、?")
_ADDRESSED = re.compile(r"(?:氏|さん|君|くん|ちゃん|選手|監督|アナ)?に(?:、|対し|対して)")


def _named_person(people: list, text: str, s_start: int, before: int) -> Mention | None:
    """The person the entity layer found in the sentence before the claim, written as the holder's words
    (ラッツィンガー枢機卿(当時)も、…を批判: the surname it linked to the pope named in full before), or None."""
    return next((m for m in reversed(people) if m.type == "PERSON" and m.text == text
                 and s_start <= m.start and m.end <= before), None)


_PRONOUN = re.compile(PRONOUN)
# A source named right before a quote: 取材に応えた集英社広報室によると、「…」, 事務所によると「…」,
# 日本年金機構の説明では「…」
_SOURCE_AT_QUOTE = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・A-Za-z])(?!同)"
                              r"(?:(?P<owner>[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{2,16}?)の)?"  # ソニーの広報担当者によると
                              r"(?P<name>(?!(?:説明|発表|声明|談話|調べ|見解)(?:によ|では))[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{2,16}?)"
                              r"(?:(?P<way>の(?:説明|発表|話|声明|談話|調べ|見解))?(?:によると|によれば)|(?P<way_at>の(?:説明|発表|話|見解))では)、?「")
_SUBORDINATE = ("ものの", "けれど", "けれども")
# A holder read as someone's account: ライス国務長官の声明, 同省の発表 (the one whose it is speaks)
_ACCOUNT_OF = re.compile(r"(?<=.{2})の(?:声明文?|談話|発表|説明|話|見解|コメント|発言)$")
