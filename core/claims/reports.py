"""Reports of reports and reports told apart from what they report.

- An outlet that tells what someone said: 選管のモリス委員長は…と語った、とBBCは伝えた and
  BBCは、選挙監視団が、…を賞賛したと伝えた. The speaker holds the claim, the outlet is its source.
- An outlet's report told in a sentence of its own after the report: …確実となった。17日のBBCなどが
  伝えた。 The sentence before is the outlet's claim.
- A quote a sentence announces (…は次のように語った。「…」) and a surname that stands for the person
  the article named in full before (シン統一相 → シン･ウンサン), not a namesake in the gazetteer.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from core.claims.candidate import HOLDER_TYPES
from core.claims.quote_marks import quotes
from core.claims.quote_tails import QuoteTails, tails_of
from core.clauses.referents import office_of
from core.clauses.spans import SpanIndex
from core.clauses.predicates import predicates
from core.model import Mention
from core.nlp.offices import OFFICE_WORDS

# The verbs by which an outlet passes on what it learnt
_OUTLET_VERB = re.compile(r"(?:伝え|報じ|報道)")
# A sentence that only says who reported: 17日のBBCなどが伝えた。 ロイター通信がこれを報じた。
_REPORTED_BY = re.compile(
    r"(?:このニュースは|これは)?(?:(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日|同日|前日)(?:付)?の?)?(?P<name>[^、。「」をにでとはがの]{2,24}?(?:の[^、。「」をにでとはがの]{2,12})?)"
    r"(?:など(?:の各社)?|ら|各紙|各社)?(?:が|は)(?:[0-9０-９]{1,2}日、?)?(?:これを|この(?:こと|ニュース)を)?(?:伝え|報じ|報道し)(?:た|ている|ていた)。?$")
# A subject opening the reported clause: 選挙監視団が、 / 同国政府は
_INNER_SUBJECT = re.compile(r"(?P<name>[^、。「」をにでとはがも]{2,20}?)(?:ら|側)?(?:が|は)、?")
# Words that end the name of people or a body that speak (選挙監視団, 国連人権理事会, 外務省)
_SPEAKER_END = re.compile(r"(?:当局|人|員|者|家|官|団|省|庁|局|府|会|党|社|紙|軍|派|機関|政府|代表|幹部|関係者|連合|組合|連盟|"
                          r"協会|団体|委員会|閣僚|各国|諸国|政権|スポークスマン)$")


# A statement made, its content before it: …を非難する声明を出した, …はないとする談話を発表した
_STATED = re.compile(r"(?P<joint>とする|との|という|する|した)(?P<cue>(?:声明|談話|コメント|見解)(?:文)?を"
                     r"(?:出し|発表し|発出し|公表し)(?:た|ている|ていた))")
# What may stand before the name of who speaks inside an outlet's report: a country (イランの, 中国・)
_OF_COUNTRY = re.compile(r"[\u4e00-\u9fff\u30a1-\u30faー]{1,10}(?:の|・)?")
# A position shown, its content before it: …する方針を示した, …との考えを表明した
_POSITION_SHOWN = re.compile(r"(?P<noun>意向|見解|考え|認識|立場|姿勢|見方|方針|構え)を(?P<cue>示|表明|明らかに)(?:し|した|している|していた)$")
# How it was said, between the object and the verb: 強く非難した, 厳しく批判した, 改めて表明した
_MANNER = r"(?:(?:[\u4e00-\u9fff][ぁ-ゖ]{0,2}く|改めて|重ねて|再び|一斉に|直ちに|即座に)、?)?"
# What ends a verb of saying past its stem: 語|った, 語|っている, 述べて|いる
_INFLECTION = re.compile(r"(?:っ|い)?(?:た|て(?:いる|いた|おり)?)?|いる|いた|おり")
_SAID_ON_A_DAY = re.compile(r"と[0-9０-９]{1,2}日、?(?P<cue>語っ|述べ|話し|言っ|明らかにし|表明し|発表し|強調し|主張し)(?:た|ている|ていた)$")


class Told(NamedTuple):
    """Who passed a claim on (the span naming the outlet) and, when read here, who holds it."""

    reporter: tuple[int, int] | None
    holder: tuple[int, int] | None = None


def outlet_verb(cue: str) -> bool:
    return _OUTLET_VERB.match(cue) is not None


def inner_report(body: str, start: int, end: int, mentions: list) -> tuple[int, int, str, tuple[int, int]] | None:
    """(start, end, cue, holder span) of what the subject of an outlet's report said, when the reported
    clause start..end is itself a report (選挙監視団が、…ことを賞賛した), else None."""
    subject = _INNER_SUBJECT.match(body, start, end)
    if subject is None:
        return None
    name = subject.span("name")
    # サーリーフ候補の批判者が: people named by whose they are (the critics), not the one named first
    named = any(m.start == name[0] and m.end <= name[1] and m.type in ("PERSON", "ORG") and "の" not in body[m.end : name[1]]
                for m in mentions)
    if not named:  # イランのロウハニ大統領が: the person or body after its country speaks
        inside = [m for m in mentions if name[0] < m.start and m.end <= name[1] and m.type in ("PERSON", "ORG")
                  and _OF_COUNTRY.fullmatch(body, name[0], m.start)]
        if inside:
            name, named = (inside[-1].start, name[1]), True
    if not named and not _SPEAKER_END.search(subject.group("name")) and subject.group("name") not in OFFICE_WORDS:
        return None  # 首相が: a bare title is read as any title is, by who holds it
    stated = _STATED.search(body, subject.end(), end)
    if stated is not None and stated.end() == end:  # …襲撃犯を非難する声明を出した: the statement is theirs
        said_end = stated.end("joint") if stated.group("joint") in ("する", "した") else stated.start("joint")
        return (subject.end(), said_end, stated.group("joint") + stated.group("cue"), name) \
            if said_end - subject.end() >= 4 else None
    shown = _POSITION_SHOWN.search(body, subject.end(), end)
    if shown is not None and shown.end() == end and shown.start() - subject.end() >= 4:
        # 大統領が制裁を強化する方針を示したと伝えた: the position is the president's, as without the outlet
        return subject.end(), shown.end("noun"), shown.group("noun") + "を" + shown.group("cue"), name
    last = None
    for kind, p_start, p_end in predicates(body, subject.end(), end):
        if kind in ("speech", "position"):
            last = (p_start, p_end)
    dated = _SAID_ON_A_DAY.search(body, subject.end(), end)
    if dated is not None:  # …を望むと23日語った: the day stands between と and the verb
        last = dated.span("cue")[0], end
    # …ことを生前に表明していた, …と公式に述べた: a short word of when or how between と or を and the verb
    lead = re.search(r"[とをに]、?(?:[0-9０-９]{1,2}日、?)?(?:(?<=[とを])[\u4e00-\u9fff]{2,3}に、?)?" + _MANNER + "$",
                     body[subject.end() : last[0]]) if last else None
    if last is not None and _INFLECTION.fullmatch(body, last[1], end):
        last = last[0], end  # 語った, 述べている: the verb's ending is read past the predicate the clause reader gives
    if last is None or last[1] != end or lead is None:
        return None  # …望むと23日語ったと伝えた: a day may stand between と and the verb
    said_end = subject.end() + lead.start()
    if body.endswith("こと", subject.end(), said_end):
        said_end -= 2  # …ことを賞賛した: what is praised is before こと
    if said_end - subject.end() < 4:
        return None
    return subject.end(), said_end, body[last[0] : last[1]], name


def reported_by(body: str, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The span of the outlet a sentence names when all it says is who reported (…などが伝えた。)."""
    if all(body.find(verb, s_start, s_end) < 0 for verb in _REPORTING_VERBS):
        return None  # the verb every reading ends with is not there (most sentences): found in C
    match = _REPORTED_BY.fullmatch(body, s_start, s_end)
    if match is None:
        return None
    return match.span("name")


_REPORTING_VERBS = ("伝え", "報じ", "報道し")  # the verbs _REPORTED_BY ends with


# Verbs by which an outlet reports (報じた, 報道した), never a government's own statement
REPORTS = re.compile(r"(?:報じ|報道)")
# Words that end a news outlet's name (英タイムズ紙, 共同通信, BBC)
_OUTLET_WORDS = "新聞|通信|放送|テレビ|ラジオ|紙|ニュース|タイムズ|ポスト|BBC|CNN|NHK"
# Outlets opening a sentence as its topic: 各報道機関は, 報道各社は, 英タイムズ紙は
OUTLET_OPENS = re.compile(r"(?:また|一方|さらに|なお)?、?(?P<name>各報道機関|報道各社|各社|各紙|[^、。「」はがをにで]{0,12}?"
                          rf"(?:{_OUTLET_WORDS}))(?:など)?は、?")
# …と発言したと伝えた。: the sentence is an outlet's report of what was said
TOLD_AT_END = re.compile(r"[たるい]と(?:伝え|報じ)(?:た|ている|ていた)。?$")
# Words that end an outlet's name, magazines, agencies and media included
OUTLET_NAME = re.compile(rf"(?:{_OUTLET_WORDS}|誌|ジャーナル|日報|報道|メディア|AP|AFP)")
# Outlets written short or named as sports papers (朝日によると, デイリーによると, 日刊スポーツによれば): they tell, not say
SHORT_OUTLET = re.compile(r"^(?:朝日|毎日|読売|日経|産経|時事|共同|東京|中日|西日本|北海道|河北|信毎|北國|東奥|熊日|デイリー|スポニチ|"
                          r"サンスポ|中スポ|東スポ|報知|日刊|夕刊フジ|聯合|新華社|タス|ロイター|ブルームバーグ|AP|AFP|ITmedia)$"
                          r"|スポーツ$|新報$|日報$|ポスト$|タイムズ$")


# これは、…と伝えた: the sentence's topic points back, the outlet is not named in it
THIS_IS = re.compile(r"(?:また、?|なお、?)?(?:これ|それ|この[\u4e00-\u9fff]{1,4})(?:は|について|に関して)、")
# Xは次のように述べた。「…」: the quote after the sentence is what was said
# (also こう語った。 このように切り返した。 ダリッチ監督はこういったという。) and Xの話は次の通り。「…」 声明文は以下のとおりである。「…」
_ANNOUNCED = re.compile(r"(?:(?:次の|以下の|この)ように|こう)、?(?P<cue>述べ|語っ|話し|言っ|いっ|説明し|コメントし|発言し|訴え|強調し|主張し|"
                        r"答え|切り返し|反論し|呼びかけ|書い|記し)(?:た|ている|ていた)(?:という|とされる)?。$"
                        r"|(?P<noun>話|談話|発言|声明|声明文|コメント|メッセージ|書簡|発表|会見)(?:の(?:要旨|内容|全文))?は、?(?:次|以下)の(?:通り|とおり)"
                        r"(?:である|だ|です)?。$")


def announced(body: str, s_start: int, s_end: int) -> list[tuple]:
    """The quote a sentence announces (…は次のように述べた。「…」), as its claim."""
    tail = body[max(s_start, s_end - 20):s_end]
    if not ("よう" in tail or "こう" in tail or "通り" in tail or "とおり" in tail):
        return []  # most sentences announce nothing: the pattern is only tried where its words are
    match = _ANNOUNCED.search(body, s_start, s_end)
    at = s_end
    while at < len(body) and body[at] in " \u3000\n":
        at += 1
    if match is None or not body.startswith("「", at):
        return []
    said = next(iter(quotes(body, at, min(len(body), at + 3000))), None)
    gap = None
    if match.group("noun") and body[match.start("noun") - 1] == "の" and match.start("noun") - 1 > s_start:
        gap = (s_start, body.index("は", match.end("noun")) + 1)  # 鉢嶺地震津波監視課長の話は次の通り。: Xの話は, X said it
    cue = match.group("noun") or match.group("cue") + "た"
    return [(said[0], said[1], cue, "direct", gap)] if said and said[0] == at else []


def written_in_full(index: SpanIndex, holder, body: str | None = None) -> Mention | None:
    """The person this article named in full before, when holder is only their surname or given name.

    Of two named in full with that name (ジョージ・ブッシュ, ジェブ・ブッシュ), the one written with the
    office the holder is written with (ブッシュ大統領は), else the nearest."""
    if holder.type != "PERSON" or "・" in holder.text or "･" in holder.text or not re.fullmatch(r"[\u30a1-\u30faー]{2,}", holder.text):
        return None
    found = [m for m in index.before(holder.start) if m.type == "PERSON" and len(re.split(r"[・･=＝]", m.text)) > 1
             and holder.text in re.split(r"[・･=＝]", m.text)]
    if not found:
        return None
    office = office_of(body, holder) if body is not None else None
    titled = [m for m in found if office is not None and (written := office_of(body, m)) is not None
              and written.group("office") == office.group("office")] if office is not None else []
    names = {m.entity_id or m.text for m in found}
    mention = titled[0] if titled and len(names) > 1 else found[0]
    return mention if mention.entity_id != holder.entity_id or mention.text != holder.text else None


def reported_before_as_claim(body: str, s_start: int, s_end: int, previous, out: list) -> list[tuple]:
    """…確実となった。17日のBBCなどが伝えた。: the sentence before, as the outlet's claim."""
    if previous is None or previous[2]:
        return []
    outlet = reported_by(body, s_start, s_end)
    if outlet is None:
        return []
    start, end = previous[0], previous[1] - (body[previous[1] - 1] == "。")
    if end - start < 6 or any(c.start < end and start < c.end for c in out):
        return []
    return [(start, end, body[outlet[1]:s_end].lstrip("などがはら").rstrip("。"), "indirect", None, Told(None, outlet))]


# A remark told as a noun with its speaker before it: 石原知事の「…」という発言, 首相の「…」との発言
_REMARK = re.compile(r"(?:など)?(?:という|との)(?P<cue>発言|主張|声明|談話|コメント|言葉|見解|批判|指摘|表明|答弁)")
_REMARK_BY = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・A-Za-z])(?P<name>[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]{2,24})の$")


def remarks(body: str, s_start: int, s_end: int, people: list, taken: list,
            tails: QuoteTails | None = None) -> list[tuple]:
    """Quotes told as someone's remark (Xの「…」という発言) that no verb reports, with X as their holder. tails: the
    sentence's quotes as the reader read them (core.claims.quote_tails)."""
    out = []
    tails = tails_of(body, s_start, s_end, tails)
    for q_start, q_end in tails.outer:
        if q_end not in tails.told or any(a <= q_start < b for a, b, *_ in taken):
            continue  # every _REMARK opens with と or など (という, との): most tails (の, を, a line break) are not tried
        said = _REMARK.match(body, q_end, s_end)
        by = _REMARK_BY.search(body, max(s_start, q_start - 25), q_start) if said else None
        if by is None:
            continue
        start, end = by.span("name")
        named = [m for m in people if start <= m.start and m.end <= end and m.type in HOLDER_TYPES]
        if not named and not _SPEAKER_END.search(by.group("name")):
            continue
        span = (named[0].start, end) if named else (start, end)
        out.append((q_start, q_end, said.group("cue"), "direct", None, Told(None, span)))
    return out


# Words by which a sentence points back to the report or the paper named before: 記事では, 同記事は, 同紙は
ARTICLE_WORDS = ("記事", "同記事", "この記事", "同紙", "同誌", "同サイト", "同ブログ")
# Who published the article a later 記事 stands for: ロイター通信は、…報じた; 韓国紙「ヘラルド経済」は、…報じた;
# ニュースサイト「韓国経済」が、…を掲載した; 鈴木信行氏は、…記事を自身のブログで発表した; 韓国のIT専門ニュースサイト
# 「ブロター・ネット」は、…レビューを掲載している; 米紙「…」は29日、…ゲームを紹介している; デヴィ夫人が自身のブログに
# 「…」と題した記事を投稿し (opening a sentence, any of the page's, or a clause after a comma or kana)
_BY_OPENING = r"(?:^|(?<=[、。\n\u3000 ぁ-ゖ]))"
_BY_BRACKETED = r"[^、。「」]{0,20}?「(?P<bracketed>[^「」]{2,24})」"
_BY_NAME = r"(?P<name>[^、。「」ぁ-ゖ]{2,24}?)"
_BY_TOPIC = r"(?:氏|さん|の記事で)?(?:は|が)、?"
# Where such a name may stand (either form), and each form alone, tried in that order at a place found (publishers_by)
_PUBLISHED_BY = re.compile(_BY_OPENING + "(?:" + _BY_BRACKETED + "|" + _BY_NAME + ")" + _BY_TOPIC)
_PUBLISHED_BY_FORMS = (re.compile(_BY_OPENING + _BY_BRACKETED + _BY_TOPIC), re.compile(_BY_OPENING + _BY_NAME + _BY_TOPIC))
# The verb of publishing the name's clause goes on to, before the sentence's next 。
_PUBLISHING = re.compile(r"報じ|伝え|報道し|掲載し|発表し|載せ|書い|配信し|紹介し|投稿し|公開し|分析し")
_STOP = re.compile("。")
# Where an article was published, told in the passive: …の様子がmsn産経ニュースで報じられ, …記事が、「週刊現代」に掲載され,
# 「週刊文春」において、…が報じられた (the place, a name, right before で, に or において)
_PUBLISHED_IN = re.compile(r"(?:「(?P<bracketed>[^「」]{2,24})」|(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・])"
                           r"(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,24}))"
                           r"(?:[(（][^()（）。]{1,16}[)）])?(?:で|に|において|上で)、?"
                           r"(?=[^。「」]*?(?:報じられ|掲載され|報道され|伝えられ|配信され|紹介され|取り上げられ))")


def publishers_by(body: str, s_start: int, s_end: int) -> list[re.Match]:
    """The names in body[s_start:s_end] told as the subject of a clause that goes on, before its sentence's next 。, to a
    verb of publishing (_PUBLISHED_BY, each form tried as the pattern's alternatives are: the bracketed first). The
    stops and the verbs are found once in the sentence and looked up for each name: a look-ahead for them at each
    place read the rest of the sentence again for every verb in it (a sentence of names and verbs and no 。 grew with
    the cube of its length)."""
    stops = [m.start() for m in _STOP.finditer(body, s_start, s_end)]
    verbs = [m.start() for m in _PUBLISHING.finditer(body, s_start, s_end)] if stops else []
    out, pos = [], s_start
    while verbs and (found := _PUBLISHED_BY.search(body, pos, s_end)) is not None:
        at = found.start()
        for form in _PUBLISHED_BY_FORMS:
            match = form.match(body, at, s_end)
            if match is None:
                continue
            stop, verb = bisect_left(stops, match.end()), bisect_left(verbs, match.end())
            if stop < len(stops) and verb < len(verbs) and verbs[verb] < stops[stop]:
                out.append(match)  # (a verb holds no 。: one that starts before the stop ends by it)
                break
        else:
            pos = at + 1
            continue
        pos = max(out[-1].end(), at + 1)
    return out


def publisher_before(body: str, index: SpanIndex, sentences: list[tuple[int, int]], before: int):
    """(mention, name) of who published the article the last sentences before `before` report, or None."""
    last = bisect_right(sentences, before, key=lambda span: span[1])  # (the sentences ending by before: no scan of all)
    for s_start, s_end in reversed(sentences[max(0, last - 4) : last]):
        quoted = quotes(body, s_start, s_end) if "「" in body[s_start:s_end] else []
        for match in (*publishers_by(body, s_start, s_end), *_PUBLISHED_IN.finditer(body, s_start, s_end)):
            if any(a < match.start() < b for a, b in quoted):
                continue  # 「中島を見舞った所属事務所幹部が…」と伝えており: the report's words, not who published it
            bracketed, name = match.groupdict().get("bracketed"), match.groupdict().get("name")
            start, end = match.span("bracketed") if bracketed else match.span("name")
            inside = [m for m in index.within(start, end) if m.type in ("PERSON", "ORG")]
            if inside:  # 日本人活動家・鈴木信行氏は: the person named last in the phrase
                return inside[-1], inside[-1].text
            if bracketed or name and (_SPEAKER_END.search(name) or OUTLET_NAME.search(name)):
                return None, body[start:end]
    return None
