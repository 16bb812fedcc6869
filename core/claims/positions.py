"""Positions taken on an object (…を批判した, …の意向を示した, …ことに言及した), outside the quotes and clauses
already read: the objects OBJECT_CUE (core.claims.clauses) finds, read with the clause each begins."""

from __future__ import annotations

import re
from bisect import bisect_left

from core.claims.body_memo import table
from core.claims.clauses import NEGATED, OBJECT_CUE, OBJECT_WORDS
from core.claims.confirmed import confirms_a_finding
from core.claims.stance_verbs import no_stance
from core.claims.reports import Told
from core.scan import skipping
from core.sentences import LONGEST
from core.text import line_start


def positions(body: str, s_start: int, s_end: int, found: list[tuple]) -> list[tuple]:
    """Positions taken on an object (…を批判した) outside the quotes and clauses already found."""
    taken = [(f[0], f[1]) for f in found]
    out = []
    for start, end, cue, cue_start, gap in object_claims(body, s_start, s_end):
        if any(a < end and start < b for a, b in taken) or any(a <= cue_start < b for a, b in taken) \
                or any(start - 4 <= b <= start and "、" not in body[b:start].replace("と、", "と")
                       and not (body.startswith("として", b) and _OWN_OBJECT.search(body, start, end)) for _, b in taken):
            # …との見方を示した, 「…」と、謝罪の意を示した: read already with what was said (「…」として解剖反対を表明,
            # 「…」として…改革に取り組む考えを示した: the quote is the reason given, the stance or the view a claim of its own)
            continue
        if _FELT.search(body, start, end) and any(_AFTER_QUOTE.fullmatch(body, f[1], start) for f in found if f[3] == "direct"):
            continue  # 「…」と述べ、開業に期待を示した: a feeling shown with a quote, no claim beside it
        if body.endswith("など、", s_start, start) and _BARE_NOUN.fullmatch(body, start, end) \
                and any(f[3] in ("direct", "mixed") and f[1] <= start for f in found):
            continue  # 「A」と述べるなど、危機感を示す: the quotes summed up as a feeling, nothing held beside them
        inner = _REPORTED_SAYING.search(body, max(s_start, start - 40), end) if _OUTLET_TOLD.match(cue) else None
        if inner is not None and inner.end() == end and not any(a < inner.start() < b for a, b in taken):
            # AFP通信が死者は35人としたことを伝えた: AFP said it, the outlet named before told it
            out.append((inner.start("said"), inner.end("said"), inner.group("verb"), "indirect", None,
                        Told(None, inner.span("name"))))
            taken.append((inner.start("said"), end))
            continue
        out.append((start, end, cue, "position", gap))
        taken.append((start, end))
    return out


# A stance on a matter, as an object's last word (解剖反対, 増税への反対), or a view with a clause of its own (…改革に
# 取り組む考え)
_OWN_OBJECT = re.compile(r"(?:反対|賛成|支持|不支持|抗議|拒否)$|[うくぐすつぬぶむるただい](?:考え|意向|方針|姿勢|立場|構え)$")
# A feeling shown rather than a view held: condolence, thanks, congratulation, hope, joy, eagerness
_FELT = re.compile(r"(?:哀悼|弔意|追悼|お悔やみ|感謝|謝意|祝意|敬意|期待|喜び|意欲)(?:の意)?$")
# A noun of a feeling or a stance with no content of its own (危機感, 強い懸念, 不快感)
_BARE_NOUN = re.compile(r"(?:強い|深い|大きな)?(?:危機感|懸念|不快感|不信感|警戒感|不満|不安|遺憾の意|反発|理解|期待|意欲|関心|難色)")
# What joins a quote to what its speaker did next in one sentence: 」と述べ、, 」との声明を出し、, 」と語り、
_AFTER_QUOTE = re.compile(r"と[^「」。はが]{0,16}、")
# The object of an outlet's report that is itself someone's saying: …AFP通信が死者は35人としたことを伝えた
_OUTLET_TOLD = re.compile(r"を(?:伝え|報じ)")
_REPORTED_SAYING = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z・])(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z・]{2,16})(?:など)?が、?"
                              r"(?P<said>[^、。「」]{2,60}?)と(?P<verb>した|している|していた|述べた|語った|発表した|明らかにした)$")


# A position verb that qualifies a noun is no claim of its own: 続投を批判していた舛添氏, 中止を求める声 (not 形となった:
# …開示を同意する形となった is the verb told, 形 no noun it describes; …を表明する形で調整 is a plan's form)
RELATIVE = re.compile(r"(?:(?:する|した|している|していた|してきた|す|る|た|ている|ていた)(?=(?![上際後]|一方|形(?:と|に)な)[\u4e00-\u9fff\u30a1-\u30fa0-9０-９]|もの)"
                      r"|の)")  # 批判の矛先: the word is a noun here, not a predicate
# Nouns of a request or statement made (…援助の要請を各国に行った, 理解を示す発言を行った): their verb is 行う alone
_MADE_NOUNS = ("要請", "要望", "提案", "発言")
_MADE_BY = re.compile(r"(?:っ|い)(?:た|てきた|ている|ていた)[\u4e00-\u9fff\u30a1-\u30fa]")
# A verb noun negated by its light verb: この名前については反対を示さなかった, 支持をしなかった
_NOUN_NEGATED = re.compile(r"を(?:示さ|し|せ|表明し|表明せ)(?:な|ず)")
# Particles that cannot take these verbs as a position (…を求め合う is not a claim).
_NOT_A_POSITION = re.compile(r"(?:合|得|続け|かけ)")
_TRIM = " \u3000、"
# A word joining a clause to the one before it, after a comma: 、また, 、さらに, 、一方で
_JOINING = re.compile(r"(?:また|さらに|一方で?|なお|同時に)(?![ぁ-ゖ])、?")
_PRONOUN = re.compile(r"(?:それ|これ|あれ|同)[^ぁ-ゖ]{0,2}|(?:この|その)[^ぁ-ゖ]?")  # この嫌疑, この報告書: a matter named, held


# A clause closing before a noun shown (…を求める姿勢を見せた, …争う構えをみせた, 諦めない構えを見せ, …という姿勢を見せ);
# not an adjective, a manner like 強気な (厳しい姿勢を見せた)
_SHOWN_CLAUSE = re.compile(r"(?:[うくぐすつぬぶむるただ]|[なた]い|との|という)$")
# What one complains of in the body: 症状を訴えた, 体調不良を訴え, 腹痛を訴えて
_SYMPTOM = re.compile(r"(?:症状|体調不良|不調|痛み|[頭腹胸腰]痛|吐き気|めまい|息苦しさ|発熱|しびれ|違和感|不眠)$")


def object_claims(body: str, s_start: int, s_end: int) -> list[tuple]:
    """(start, end, cue, cue_start, gap) of each object a position is taken on, in [s_start, s_end).

    gap is the span between the object and the verb (一連の事件を日本側は抗議した), or None."""
    out = []
    for match in OBJECT_CUE.finditer(body, s_start, s_end) if OBJECT_WORDS.search(body, s_start, s_end) else ():
        if body.count("「", s_start, match.start()) > body.count("」", s_start, match.start()):
            continue  # 「あなたは新しい憲法を認可することに賛成ですか」: inside a quote, someone else's words
        statement = _STATEMENT.match(body, match.end())  # …を非難する声明を発表した: what the statement says
        if match.group("cue") and _COMPOUND.match(match.group("cue")[-1]) and _COMPOUND.match(body, match.end()):
            continue  # CUDは抗議デモを行い: the word begins a compound noun, no verb
        if _INSIDE_KOTO.match(body, match.end()):
            continue  # …就任を拒否したことを評価する: the outer verb takes the whole clause
        if _RECAP_END.match(body, match.end()) and _item_of_a_list(body, match.start()):
            continue  # - 対話と交渉による解決を強調したこと: an item of the article's recap of what was said above
        if _SUPPOSED.match(body, match.end()):
            continue  # …に対応を求めることも考えられる: the writer's guess at what may be done, nobody's position
        if match.group("cue") == "求め" and _SUED_FOR.match(body, match.end()):
            continue  # 損害賠償を求めて…地裁に提訴した, …差し止めを求め仮処分を申し立て: what a suit asks, the suit an act
        if _NOT_A_POSITION.match(body, match.end()) or (RELATIVE.match(body, match.end()) and not statement) \
                or NEGATED.match(body, match.end()) or _NOUN_NEGATED.match(body, match.end()) \
                or body.startswith(("され", "れ", "られ"), match.end()):
            # 反対派から権力乱用を批判されていた, インストールを求められ: the one criticised or asked is the subject
            continue
        praised = match.group("particle") == "に" and _PRAISE_SENT.match(body, match.end())
        if praised:  # …両派に賞賛を送った: the ones praised
            end, cue, gap = match.start(), "に" + match.group("cue") + praised.group(0), None
        elif match.group("noun"):
            made = match.group("cue2") == "行"
            if (match.group("noun") in _MADE_NOUNS) != made or made and _MADE_BY.match(body, match.end()):
                continue  # …の発言を伝えた: a statement passed on, its words not told; 要請を行ってきた幹部: who it describes
            if _PRONOUN.fullmatch(body, clause_start(body, s_start, match.start("noun")), match.start("noun")):
                continue  # その方針を伝えている: the view named before, its content not told here
            if match.group("cue2") in ("見せ", "みせ") and not _SHOWN_CLAUSE.search(body, s_start, match.start("noun")):
                continue  # 強気な姿勢を見せた: a manner shown; …を求める姿勢を見せた tells what is held
            end, cue = match.end("noun"), match.group("noun") + "を" + match.group("cue2")
            gap = match.span("gap2") if match.group("gap2") else None
            joint = next((j for j in ("との", "という", "とする") if body.endswith(j, s_start, match.start("noun"))), None)
            if joint is not None:  # …責任があるとの発言を行った: the clause before との is the content, with its own subject
                end = match.start("noun") - len(joint)
            about = None
            for about in _ABOUT.finditer(body, max(s_start, match.start("noun") - 6), match.start("noun")):
                pass  # the last one, right before the noun
            if about and about.end() == match.start("noun"):
                end = about.start()  # …かどうかについて、懸念を表明: what the concern is about
        else:
            if match.group("gap") and re.search(r"よう(?:に)?、?$", match.group("gap")):
                continue  # 実務を行うように求めた: what is asked is the whole clause (_ASKED)
            if match.group("particle") == "も" and (match.group("gap") or _SPEAKS.search(body, s_start, match.start())):
                continue  # 日本も批判した, 外相も強く求めた: the one who speaks, not what is asked
            if match.group("particle") == "に" and match.group("cue") not in (
                    "言及", "反対", "賛成", "同意", "抗議", "異議を唱え", "疑いを向け", "疑問を呈し", "反論し", "反発し"):
                continue
            end, cue = match.start(), match.group("particle") + match.group("cue")
            gap = match.span("gap") if match.group("gap") else None
        # …ことを表明した, シリアやイランが…可能性も示唆した: the clause keeps its own が-subject
        start = clause_start(body, s_start, end, inner_subject=body.endswith("こと", s_start, end) or (
                                 bool(match.group("noun")) and body.startswith(("との", "という", "とする"), end)),
                             own_subject=match.group("particle") == "も")
        if match.group("noun") and end < match.start("noun") and end - start < 4:
            end = match.end("noun")  # …のではないという認識: too little left of the clause before との; the noun keeps it
        if body[start - 1 : start] == "」" and body[start : start + 1] == "と" \
                and not body.startswith(("とする", "という", "との", "とし"), start):
            start += 1  # 「…」と「遺憾の意」を表明し: the quote before is said, the object is its own
        elif body[start - 1 : start] == "」" and body.startswith("として", start):
            start += 3  # 「…」として解剖反対を表明: the quote is the reason, what follows として the object
        if body[start - 1 : start] == "」" and body[start : start + 1] in ("の", "を"):
            start = body.rfind("「", s_start, start)  # 「ねじれ国会」の下での協力を求めた, 番組「X」を終了することを: the quote names the matter
        while start < end and body[start] in _TRIM:
            start += 1
        joining = _JOINING.match(body, start, end) if body[start - 1 : start] == "、" else None
        if joining is not None:
            start = joining.end()  # …お悔やみを述べ、また2人の…勇敢さを称える: また joins the clause, it is no part of it
        if match.group("cue") == "宣言" and not body.endswith(("こと", "事"), start, end):
            continue  # 独立を宣言した: a declaration that is an act; …であることを宣言した is a statement
        if match.group("cue") == "認め" and not body.endswith(("こと", "事"), start, end) \
                and not (_ADMITTED.search(body, start, end) and end - start > 4 and _ADMITTED_VERB.match(body, match.end())):
            continue  # 独立を認めた, 請求を認めた: a grant; …ことを認めた, …した責任を認めた are admissions
        if match.group("cue") == "確認し" and not confirms_a_finding(body, start, end, match.end()):
            continue  # 死亡を確認した, 協力していくことを確認した: an act or an agreement; …が死んだことを確認した is a finding
        if no_stance(body, start, end, match.group("cue"), match.end()):
            continue  # 笑みをたたえた, …を称えることを目的とした賞: a look or an aim, no praise given
        if match.group("cue") == "訴え" and _SYMPTOM.search(body, start, end):
            continue  # 9人が症状を訴えた, 体調不良を訴え: complaining of the body, no statement
        if body.endswith("こと", start, end):
            end -= 2  # …することを発表した: the content is before こと
        elif match.group("cue") in ("発表", "伝え", "報じ", "説明", "公表", "通告し", "通知し", "報告し") or (
                match.group("cue") in ("明らかにし", "明かし") and _DOCUMENT.search(body, start, end)):
            continue  # 声明を発表した, 結果を伝えた: what is announced must be a clause (…ことを発表した)
        if _SAID_AS_NOUN.match(body, start, end):
            continue  # 「…」とする声明を明らかにした: the quote is the claim, read with its quote
        if end - start >= 2 and not _PRONOUN.fullmatch(body, start, end):
            out.append((start, end, cue, match.start(), gap))
    for match in _ASKED.finditer(body, s_start, s_end) if body.find("よう", s_start, s_end) >= 0 else ():
        # …を果たすように求めた: what is asked for
        after = body[match.end() : match.end() + 8]
        if _RECEIVED.match(body, match.end()):
            continue  # …手伝うよう依頼を受けて: what someone else was asked, the asker not named
        if NEGATED.match(body, match.end()) or (RELATIVE.match(body, match.end()) and not _STATEMENT.match(body, match.end())) \
                or _EXPECTED.match(after) \
                or body.startswith(("され", "れ", "られ"), match.end()):
            continue  # …よう求める声, …よう求めると見られる: nobody asked yet
        start = clause_start(body, s_start, match.start())
        if body[start - 1 : start] == "」" and body[start : start + 1] in "をがにへ":
            start = body.rfind("「", s_start, start)  # 「…役割」を果たすように, 「…市場」へ上場させるよう: the quote is what is asked
        while start < match.start() and body[start] in _TRIM:
            start += 1
        if match.start() - start >= 4:
            out.append((start, match.end("so"), match.group("cue"), match.start(), None))
    minds = body.find("考え", s_start, s_end) >= 0 or body.find("意向", s_start, s_end) >= 0  # read in C first
    for match in _MIND.finditer(body, s_start, s_end) if minds else ():  # …も支持する考え。: a position told without its verb
        start = clause_start(body, s_start, match.start())
        while start < match.start() and body[start] in _TRIM:
            start += 1
        if match.start() - start < 2:
            continue
        named = body.rfind("、", s_start, start) + 1 or s_start  # the one named right before it (…委員長も)
        gap = (max(named, s_start), start) if re.search(r"(?:は|が|も)、?$", body[max(named, s_start):start]) else None
        out.append((start, match.start(), match.group("cue"), match.start(), gap))
    about = body.find("について", s_start, s_end) >= 0 or body.find("に関して", s_start, s_end) >= 0
    for match in _ABOUT_CUE.finditer(body, s_start, s_end) if about else ():  # 報告書は反対派の責任についても言及している
        if NEGATED.match(body, match.end()) or RELATIVE.match(body, match.end()):
            continue
        start = clause_start(body, s_start, match.start())
        while start < match.start() and body[start] in _TRIM:
            start += 1
        if match.start() - start >= 2 and not _PRONOUN.fullmatch(body, start, match.start()):
            out.append((start, match.start(), match.group(0).rstrip("、"), match.start(), None))
    return out


# What one admits to with a noun: …を虐殺した責任を認めた, 事件への関与を認めた, 自らの非を認めた (not 犯行: who admits
# it is most often a suspect the police tell of), in a finite verb (not …関与を認めたとされる65人, 認めることはできない)
_ADMITTED = re.compile(r"(?:責任|関与|非|過ち|誤り|落ち度|ミス)$")
_ADMITTED_VERB = re.compile(r"(?:た(?=[。、])|て(?:い|お)|て、|つつ|ながら)")
# Praise given as a noun: …に賞賛を送った
_PRAISE_SENT = re.compile(r"(?<=賞賛|称賛|絶賛)を(?:送|贈)")
# A phrase before も that names who speaks (日本政府も, 閣僚らも): not an object
_SPEAKS = re.compile(r"(?:国|府|省|庁|軍|党|会|団|員|者|官|相|長|領|氏|さん|ら|側|各国|諸国|社|紙|局)$")
# A verb inside a こと-clause another verb takes: …を拒否したことを評価する
_INSIDE_KOTO = re.compile(r"(?:した|する|している|していた|(?<=め)(?:た|る|ている|ていた))(?:こと|事)(?:を|に)")  # 認めたことを評価
# A bulleted line closed by …したこと: a recap of what the article told above, listed as done
_BULLETS = ("- ", "・", "* ", "• ")
_RECAP_END = re.compile(r"(?:し|っ)?たこと(?:\n|$)")
# A verb the writer only supposes may come: …を求めることも考えられる, …を批判することが予想される
_SUPPOSED = re.compile(r"[ぁ-ゖ]{0,4}?(?:こと|の)(?:も|が)、?(?:十分)?(?:考えられ|予想され|予測され|想定され|見込まれ)")
# A request a legal filing makes in the same clause (…を求めて東京地裁に提訴した, …を求め訴訟を起こしている, …を求め調停を
# 申し立てている, …を求めたとする訴訟, …を求め起こした別の訴訟): the relief the suit asks, told with its filing, is no claim
# of its own (the gold lists a suit's reason, …として, not what it asks); after a comma (…を求め、札幌地裁に提訴した) only
# a filing's verb is one (…を求め、応じなければ訴訟も辞さない: a demand, a suit only threatened)
_SUED_FOR = re.compile(r"(?:る|た|て、?)?[^、。「」]{0,30}?(?:訴訟|提訴|訴えを?(?:起こ|提起)|仮処分|調停|審判を申し立|申し立て|申立て?)"
                       r"|、[^、。「」]{0,30}?(?:提訴|訴訟を起こ|訴えを?(?:起こ|提起)|(?:仮処分|調停|審判)を?(?:申し立|申立|申請))")
# A position word that begins a compound noun: 抗議デモ, 批判的, 支持者
_COMPOUND = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]")
# What is published rather than said: …報告書を明らかにした
_DOCUMENT = re.compile(r"(?:報告書|文書|書簡|資料|詳細|全文|内容|結果|計画|予算案|法案)$")
# (an outlet's own commentary, editorial or article it carries is its statement: …を非難する論評を配信した, …社説を
# 掲載した, …滞在許可を求める記事を掲載した;
# after a verb's stem in え or め as well: …を称える談話を発表した, …解決を求める声明を出した)
_STATEMENT = re.compile(r"(?:する|した|(?<=[えめけせてね])(?:る|た))(?:[^、。「」]{0,6}の)?(?:(?:声明|談話|コメント|書簡|メッセージ|決議)を(?:発表|出|公表|採択|発出|送)"
                        r"|(?:論評|社説|記事|論説|コラム)を(?:[0-9０-９]{1,2}日、?)?(?:発表|出|公表|配信|掲載)"
                        r"|発言を(?:行|し)"  # …選挙協力を要望する発言を行った
                        r"|(?:ツイート|投稿|書き込み)を(?:行|し|投稿))")  # …対応を非難するツイートを行い: a post is a statement
_SAID_AS_NOUN = re.compile(r"(?:とする|という|との)")
# A request: …するよう求めた, …しないように要請した
_ASKED = re.compile(r"(?<=[ぁ-ゖ])(?P<so>ように|よう)、?(?:強く|改めて|あらためて|重ねて|再び)?"
                    r"(?P<cue>求め|要請|要望|要求|提案|依頼|呼びかけ|呼び掛け|促し|促す|促した|訴え|働きかけ|指示|勧告|申し入れ|激励|説得)")
_ASKED = skipping(_ASKED)  # core.scan's skipping twin: the same matches
# A request received rather than made: …よう依頼を受けて, …よう要請を受け
_RECEIVED = re.compile(r"(?:を|も)(?:受け|うけ)")
_EXPECTED = re.compile(r"[ぁ-ゖ]{0,4}?(?:と(?:見|み)られ|可能性|見通し|見込み|方針|予定|考え|を検討)")
# A position told as a noun closing the sentence: …を支持する考え。 …に参加する意向だ。
_MIND = re.compile(r"(?<=[るいた])(?P<cue>考え|意向)(?:だ|である)?(?=。|$)")
_MIND = skipping(_MIND)  # core.scan's skipping twin: the same matches
# A position on a matter written with について: …の責任についても言及している
_ABOUT_CUE = re.compile(r"(?:について|に関して)(?:も|は)?、?(?P<cue>言及|指摘|強調)")
_ABOUT = re.compile(r"(?:について|に関して|に対して|に対し|には)、?")  # …には理解を示した
_CLAUSE_BREAK = re.compile(r"(?:によると|によれば|では(?!な)|、|」|(?:(?<![ぁ-ゖ])|(?<=こと)|(?<=もの)|(?<=ところ)|(?<=など)|(?<=ら)|(?<=たち))(?:は|が)|(?<=氏|相|官|長|領|席|国|体|団|党|派|者|員|府|省|庁)も)")  # キャメロン首相も、…を表明


def clause_start(body: str, s_start: int, end: int, inner_subject: bool = False, own_subject: bool = False) -> int:
    """Where the clause ending at end begins: after the last comma, quote, topic or source before it.

    A clause closed by こと after the sentence's topic keeps its own が-subject
    (日本政府は、…の船が領海に侵入したことに抗議した); with no topic before it, the が-subject
    is the holder's (小沢代表が…辞めることを表明した).

    The sentence's breaks are found once and the reading's state kept after each (every claim of a sentence asks
    from the same start): a break ending before end is found alike whether the scan stops at end or further on
    (no break is a prefix of another; では's look ahead reaches end only when it ends there)."""
    ends, starts = _break_states(body, s_start, end, inner_subject or own_subject, own_subject)
    i = bisect_left(ends, end)
    return starts[i - 1] if i else s_start


def _break_states(body: str, s_start: int, end: int, skips: bool, topic: bool) -> tuple[list[int], list[int]]:
    """(where each break of the scan from s_start ends, where the clause starts after it) for a scan reaching end:
    kept per sentence start and rescanned twice as far when a later claim reaches past it."""
    answers = table(body)
    key = ("clause_breaks", s_start)
    reach, found = answers.get(key, (-1, None))
    if reach < end:
        reach = min(len(body), max(end, s_start + 2 * (reach - s_start) if reach >= 0 else end))
        found = [(m.end(), m.group(0)) for m in _CLAUSE_BREAK.finditer(body, s_start, reach)]
        answers[key] = (reach, found)
        for flags in ((False, False), (True, False), (True, True)):
            answers.pop(("clause_states", s_start, flags), None)
    states = answers.get(("clause_states", s_start, (skips, topic)))
    if states is None:
        ends, starts, start, told = [], [], s_start, topic
        for at, text in found:
            if not (skips and text == "が" and told):
                start = at
                told = told or text in ("は", "では", "も")
            ends.append(at)
            starts.append(start)
        states = answers[("clause_states", s_start, (skips, topic))] = (ends, starts)
    return states


def clause_start_scanned(body: str, s_start: int, end: int, inner_subject: bool = False, own_subject: bool = False) -> int:
    """clause_start read by scanning from the sentence start for this claim alone (what every claim did before the
    breaks were kept per sentence): the equivalence tests compare the two."""
    start, topic = s_start, own_subject
    for match in _CLAUSE_BREAK.finditer(body, s_start, end):
        if match.end() < end and not ((inner_subject or own_subject) and match.group(0) == "が" and topic):
            start = match.end()
            topic = topic or match.group(0) in ("は", "では", "も")
    return start


def _item_of_a_list(body: str, at: int) -> bool:
    """Whether the line holding at opens with a bullet, its start looked back for at most LONGEST letters."""
    line = line_start(body, at, LONGEST)
    return (line == 0 or body[line - 1] == "\n") and body.startswith(_BULLETS, line)
