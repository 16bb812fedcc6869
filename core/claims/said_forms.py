"""Forms that tell a quote after it beyond a verb of speech right after と, read after a quote only (core.claims.clauses
puts them in AFTER_QUOTE).

- what the words told or showed, an object of any length before the verb: 「…」と強気の姿勢を出していた,
  と船が傾いた時の事を証言した, と、妻から指導を受けていたことを明かした, と自然体ながらも、信頼の大切さを語った,
  と戦没者に「追悼の意」を表し; with という the verb must tell (「…」という衝撃の事実を明かし), as 「…」という表情を見せ
  shows a likeness, not words said;
- the words as what was told: 「…」ことを供述した, ことを告白した;
- verbs of resolve and speech acts, and plain saying written in kana: 「…」と意気込んだ, と公言していた, 「…」といっていた
  (not といっても: even so; not といった: such as);
- the speaker's feeling as the predicate (「…」と感慨深げだ, と満足げに), a speech act done (と番組宣伝を行い);
- the speaker a quote's verb describes, named with an honorific or title: 「…」と明かしたデーブ氏は, 「…」というユミさんは,
  or named after と with no verb at all: 「…」とプロデューサーの阿武野勝彦さん（57）。, 「…」と、谷村美月さん。
Not a label or a name (「…」と書かれた紙を見せ, と呼ばれる, と題した), nor a likeness (と同じ考えを示した); and
the quote must be said words (core.claims.quotes asks for kana in it: …を「起訴相当」と議決したことを明らかにした tells
a clause, not the term).
"""

from __future__ import annotations

import re

from core.nlp.offices import OFFICE_WORDS

# Verbs that tell words, and verbs that show a mind or praise (と同馬の健闘を褒めた, と驚きを隠せず)
_TELLING = (r"語|述べ|話(?=し|す)|明かし|明らかにし|告白|打ち明け|証言し|吐露し|口にし|表明し|強調し|コメント|PR|アピール|"
            # looking back in words on what the object names: 「…」と当時を振り返った, と険しい道のりを振り返る
            r"振り返(?=っ|り|る)|"
            r"スピーチ|回顧|回想|否定|否認|認め|主張|訴え|批判|非難|反論|指摘|説明|断言|評価(?=し|す)|宣言(?=し|す)|"
            # blame or praise of someone, the person the object: 「…」とスアレス選手を糾弾, と同僚を擁護した
            r"糾弾|擁護|称賛|賞賛|絶賛|激励|叱責|叱咤|牽制|けん制|警告|"
            # a speech act done (「…」と明日の番組宣伝を行い, と挨拶を行った, と呼びかけを行った): 行う after its noun only
            + "(?:" + "|".join(f"(?<={act}を)" for act in ("宣伝", "挨拶", "あいさつ", "説明", "発表", "呼びかけ", "呼び掛け",
                                                   "アナウンス", "告知", "報告", "宣言", "演説", "講演", "答弁", "提案"))
            + r")(?:行|おこな)")
_SHOWING = (r"表し|示し|見せ|みせ|のぞかせ|覗かせ|にじませ|滲ませ|打ち出し|出し(?=て|た)|褒め|ほめ|称え|讃え|喜(?=び|ん|ぶ)|偲|"
            r"隠せ|隠しきれ|労(?=っ|い|う)|ねぎら|"
            # a feeling laid bare, a resolve renewed, a view set out or stated, praise: と不快感をあらわにした,
            # と決意を新たにした, と持論を展開した, と続投を明言した, と健闘をたたえた
            r"露わにし|あらわにし|露にし|新たにし|展開し(?=た|て)|明言し|たたえ")
# A manner between the object and the verb: と、不快感を露わにコメントした, と、憤りを以ってコメントした
_OBJECT_MANNER = r"(?:[^。「」、をはがと]{1,6}?(?:に|て|く)、?)?"
# What the object may not open with: a label (書かれた, 記した, 表示), a name (呼ばれる, 題した), a likeness (同じ),
# a word of saying that belongs to the quote itself (という, との, とする, として), or a verb's own ending
_NOT_TOLD = r"(?!い[うっ]|言[うっ]|の|す|し|さ|同じ|同様|共に|一緒|並|書|記|題|銘|名付|名づけ|呼|称|表示|印|刻)"
# The object: no sentence end, comma, other object or other quote but a short term in brackets after its first word
# (「…」と「遺憾の意」を表明した: the term is a claim of its own, read as an object); と only inside こと; or a clause
# made a noun by こと, which may hold its own object (「…」と久々の勝利を飾れたことを喜んだ, と今後も連載を続けることを宣言)
_OBJECT = r"(?!「)(?:(?:[^。「」、とを]|(?<=こ)と|「[^「」。]{1,10}」){1,30}?を|(?:[^。「」、]|「[^「」。]{1,10}」){2,30}?(?<=[るたいだ])ことを)"
# A manner before it, set off by a comma: と自然体ながらも、…を語った
_MANNER = r"(?:[^。「」、はがと]{1,8}?ながら(?:も)?、)?"
# A name or a title given is no words told: 「…」という曲名を明かした
_NAMED = "".join(f"(?<!{word})" for word in ("名", "名前", "タイトル", "題名", "曲", "作品", "番組"))
# What a clause passed on with 伝える must not hold: words said or heard in it (と首相が述べたことを伝えた, と記者団に
# 語ったことを伝えた, と批判されたことを伝えた: another's words relayed, or the words of whoever said them to the teller)
_RELAYED = r"語|述べ|話し|言|発言|コメント|報じ|伝え|書|記|され|られ|れた|れる|聞"
TOLD_CUES = ("cue9", "cue10", "cue11", "cue12", "cue13", "cue14", "cue15", "cue16", "cue17")  # the groups these forms name their verb by
WHAT_IT_TOLD = ("|と、?" + _MANNER + _NOT_TOLD + _OBJECT + _OBJECT_MANNER + "(?P<cue9>" + _TELLING + "|" + _SHOWING + ")"
                + "|という(?!こと)[^。「」、と]{1,12}?" + _NAMED + "を(?P<cue10>" + _TELLING + ")"
                # the words as what was told, declared or promised: 「…」ことを供述した, ことを告白した, ことを示唆した,
                # ことを宣言した, ことを披露する, ことを約束していた; where or when told between, however long: ことを同日行われた
                # 記者会見のなかで明らかにした (not a clause: ことも検討しているとツイッターで明かし); words confirmed together:
                # ことを再確認した (not ことを評価した: what is praised may be another's words)
                + "|こと(?:を|も)、?(?:[^。「」、をはがと]{1,30}?(?:で|に)、?)?(?P<cue11>供述|自供|告白|示唆|伝え|強調|主張|説明|証言|明言|語|述べ|話し|認め(?!られ)|明らかにし"
                "|宣言|表明|発表|公表|約束|披露|明かし|打ち明け|再確認し)"
                # an order given in words, the quote its object: 関係省庁に「…すること」「…」を指示した; words urged or
                # held: 「核兵器のない世界を」を訴えた (not 強調, 繰り返し: “問題なし”を強調した, 「そんなの関係ねえ」を繰り返し: a term)
                + "|を、?(?P<cue13>指示し|命じ|通達し|厳命し|訴え|主張し)"
                # the quote as the content of a statement handed over or passed on: 「…」とする発言を伝えた, とのレポートを
                # 発表した, とした開会宣言を行い, とする命令書を手渡した, という見方をしていた
                + r"|(?:とする|とした|との|という)(?:[^、。「」をとに]){0,10}?(?:発言|レポート|宣言|声明|命令書?|通達|勧告|評|"
                r"メッセージ|書簡|見方|見解)を(?P<cue14>発表し|伝え|行い|行っ|行な|出し|手渡し|送っ|送り|寄せ|し(?=て|た))"
                # words that came from someone as a noun of speech that there was: Xから「…」というアナウンスがあり,
                # との連絡があった, という苦情が寄せられた, Xからは「…」との言葉があった (not a question asked: との質問が出た)
                # or words heard from them, told as the quote with what they showed: Xからは「…」と感謝の言葉が聞かれた,
                # と結果を悔やむ声が聞かれ, と喜びの声が上がった
                + r"|(?:という(?!言葉|ことば|声)|との(?!声)|と、?(?!いう|いった|の)(?:[^。「」、]{1,16}?(?<=[のうくすつぬむるぐぶたい]))?"
                r"(?=言葉|ことば|声))(?P<cue15>(?:アナウンス|連絡|発言|指摘|説明|コメント|メッセージ|要望|要請|苦情|抗議|申し入れ|"
                r"回答|返答|報告|通告|言葉|ことば|声)(?:が|も)(?:あ(?=り|っ|る)|寄せられ|出さ|出(?=た|て)|聞かれ|上が|あが|漏れ))"
                # the stance the words took, a clause before it: 「…」と地デジ支援を強化する考えを示した, と…続ける方針を表明した
                + "|と、?(?!いう|いった|の)" + _MANNER + r"(?:[^。「」、]|、(?=[^。「」、]{1,12}(?:する|させる|していく|したい)))"
                r"{1,30}?(?:考え|意向|方針|姿勢|意欲|認識|見解|立場|決意|意思|意志|構え)を(?P<cue12>示し|表明し|明らかにし|強調し|にじませ|見せ)"
                # the speaker's own deed or stance passed on to the listener in a clause with no subject of its own:
                # 「…」と来期の契約を更新しないことを伝えた, と出席を見送る方針を伝えた (not the mind of another, と首相の考えを
                # 伝えた, nor words said in the clause: _RELAYED)
                r"|と、?(?!いう|いった|の)" + _MANNER + _NOT_TOLD + r"(?:(?!" + _RELAYED + r")[^。「」、がはと]){2,30}?"
                r"(?:(?<=[るいだた])こと|(?<!の)(?:考え|意向|方針|意思|意志|決意|構え))を(?P<cue17>伝え)")
# After a quote only, verbs of resolve, of speech acts and saying in kana: 「…」と意気込んだ, と公言していた, と一喝,
# と毒づき, と頷いた, と詰め寄った, と自負する, と誓った, と説いた, と詫びた, と助言した, と自慢した, とスピーチした,
# と回顧している, といっていた
RESOLVED = (r"意気込(?=ん|む)|公言|一喝|スピーチ|回顧|回想|毒づ|頷|うなず|詰め寄|自負|誓(?=っ|い|う)|説(?=い|く)|詫び|助言|自慢(?=し|す|げ)|"
            r"いっ(?=て(?!も))|まくし立て|まくしたて|口止め|"
            # a call to the police or a written record: 「…」と110番通報した, と119番があり, と学習記録に記載していた
            r"[0-9０-９]{3}番(?:通報)?(?=が|し|。|、)|記載し(?=て|た)|"
            # blame, defence and orders given in words: 「…」と糾弾した, と擁護した, などと指示した
            r"糾弾|擁護|叱責|牽制|けん制|指示し(?=た|て)|"
            # wishes, praise and remembrance given in words: 「…」と祝福した, と人柄を偲んだ, 「…」と示している
            r"祝福|偲(?=ん|ば|び)|しの(?=んだ|んで)|示し(?=て|た)|"
            # words called out to someone, and words put up on a page: 「…」と声をかけ, と掲載した
            r"声をかけ(?!ら|て(?:貰|もら))|声を掛け(?!ら|て(?:貰|もら))|掲載し(?=た|て)|"
            # words posted, resolve shown, a laugh: 「…」とツイッターで呟き, と自信を伺わせる, と前を向いた, と大笑いした; posted
            # in any form, 呟くと、, 呟くや, 呟きながらも, 呟きつつ (not the noun: 「…」という呟きが; 呟く映像, 呟く人 describe a
            # noun, read as any verb that does)
            r"(?:呟|つぶや)(?=き(?![がをはのもにで])|く|いて)|(?:自信|余裕|本音|決意|意欲)を(?:伺わせ|うかがわせ|窺わせ)|前を向(?=い|く)|大笑い|爆笑|"
            # hearsay closed by のこと: 李氏によると「…」とのこと。
            r"(?<=との)こと(?=。|です|だ|\n|$)|"
            # a feeling shown in the words as the predicate: 「…」と驚いていた, と感心した, と反省しきり, と困惑している (not
            # と驚かされた: the writer's surprise; not と驚いた表情, と驚いてしまう: a look described, anyone's feeling)
            r"驚(?=いた(?:[。、\n]|という|$)|いて[いお、])|"
            r"(?:感心|感激|感動|恐縮|困惑|憤慨|落胆|反省|安堵)(?=した(?:[。、\n]|という|$)|して[いお、]|しきり|し、|。|、)|"
            # a manner closing the sentence with no verb: 「…」とキッパリ。, とニッコリ。, と笑顔。
            r"(?:キッパリ|きっぱり|ニッコリ|にっこり|ピシャリ|ぴしゃり|ポツリ|ぽつり|しみじみ|笑顔)(?=。|\n|$)|"
            # the speaker's feeling as the predicate, with no verb of speech: 「…」と感慨深げだ, と満足げに, と寂しそうだった
            r"(?:感慨深|満足|得意|不満|不安|心配|誇らし|悔し|嬉し|うれし|寂し|さびし|楽し|恥ずかし|照れくさ|自信あり|意味あり|残念)"
            r"(?:げ|そう)(?=だ|な|に|で|。|、)")

# The speaker a quote's verb describes, named with an honorific or a title: 「…」と持論を展開した落合監督は,
# 「…」と明かしたデーブ氏は, 「…」というユミさんは, 「…」という紀子さん（35歳）。 (not 「…」と絶賛する演技: a thing;
# not 「…」という言葉が: a noun of speech); after a verb of speech also the one spoken to or shown something next:
# 「…」と語るユミさんに当時の写真をみせてもらった, と答える加藤さんに対し (not the の of what is theirs: 「…」と話す
# 山田氏の妻 is the wife, who spoke)
NAMED_WITH_TITLE = (r"[^。「」、はがをにのと\n]{0,10}?(?:さん|氏|ちゃん|くん|監督|選手|容疑者|被告|会長|社長|"
                    + "|".join(sorted((w for w in OFFICE_WORDS if len(w) > 1), key=len, reverse=True)) + r")")
AGED = r"(?:[（(][^（）()「」。]{1,16}[）)])?"  # 紀子さん（35歳）
_DESCRIBED = re.compile(r"(?P<name>" + NAMED_WITH_TITLE + ")" + AGED + r"(?=は|が|だが|も|。|\n|$|であ|だっ|だ。|で、|だ、)")
_SPOKEN_TO = r"に"  # 「…」と語るユミさんに当時の写真を…, と答える加藤に対し: the speaker, then spoken to or shown something
# (after a verb, what the one named is may stand before the name: と感想を漏らしたカメラマンの宮澤正明氏)
_DESCRIBED_BY_VERB = re.compile(r"(?:[^。「」、はがをにのと\n]{1,10}の)?"
                                + _DESCRIBED.pattern.replace("(?=は|", "(?=" + _SPOKEN_TO + "|は|", 1))


def described_speaker(body: str, at: int, verb: bool = False) -> tuple[int, int] | None:
    """The span of the speaker named right after a quote's verb that describes them (at: where the verb ends), or None;
    verb: the quote is told by a verb of speech (と語る), not by という, and its speaker may be spoken to next."""
    match = (_DESCRIBED_BY_VERB if verb else _DESCRIBED).match(body, at)
    return match.span("name") if match is not None else None


# The topic after a person's bare name: 「…」という錦織は, という清水(27)も (sports and entertainment news name players
# without 氏 or さん), or the sentence ending on them: 「…」というテセ。; not 「…」という田中に, という中村の: the name then is
# no one who said it (a name it goes by). After a verb of speech the bare name may also be spoken to next or end the
# sentence: 「…」と呟く浅田に、, 「…」と語る闘莉王。
_PERSON_TOPIC = re.compile(AGED + r"(?:は|も|。|\n|$)")
_PERSON_DESCRIBED = re.compile(AGED + r"(?:は|も|" + _SPOKEN_TO + r"|。|\n|$)")


def described_person(body: str, at: int, people, verb: bool = False) -> tuple[int, int] | None:
    """The span of a person the entity detector found right after 「…」という, named with no title as the topic of
    what follows (「…」という錦織は), or None; verb: after a verb of speech (「…」と語る闘莉王。, と呟く浅田に、)."""
    person = next((m for m in people if m.start == at and m.type == "PERSON"), None)
    after = _PERSON_DESCRIBED if verb else _PERSON_TOPIC
    return (person.start, person.end) if person is not None and after.match(body, person.end) else None


# 「…」とプロデューサーの阿武野勝彦さん（57）。, 「…」と、谷村美月さん。, 「…」と岸田首相。: the speaker after と, the sentence
# ending on them with no verb (what they are may stand before, ending in の); comments listed as captions leave と out
# too: 「…落語界にとっても大変な損失」弟子の三遊亭楽太郎氏。; features write とは before them: 「…」とは、既婚女性の律子さん（33歳）。
_NAMED_AFTER_TO = re.compile(r"(?:とは、?|と、?)?(?:[^。「」、\n]{1,16}?の)?(?P<name>" + NAMED_WITH_TITLE + ")" + AGED + r"(?=[。\n]|$)")


def named_after_to(body: str, q_end: int, s_end: int) -> tuple[int, int] | None:
    """The span of the speaker a sentence ends on after a quote (and と), with no verb (「…」と谷村美月さん。), or None."""
    match = _NAMED_AFTER_TO.match(body, q_end, s_end)
    if match is None or not body.startswith("と", q_end) and not re.search("[、。]", body[body.rfind("「", 0, q_end):q_end]):
        return None  # 「笑っていいとも!」司会のタモリさん。: a caption with no と is a speaker's only for words said at length
    return match.span("name")


# Comments listed as captions, each after its speaker's name with no particle: …(スポーツニッポンより)王監督「…」イチロー選手「…」
_CAPTION_BEFORE = re.compile(r"(?:(?<=[」)）。\n])|^)(?P<name>" + NAMED_WITH_TITLE + r")\Z")


def captioned_before(body: str, s_start: int, q_start: int) -> tuple[int, int] | None:
    """The span of the speaker named right before a quote with no particle, as a list of comments writes them (after a
    closing bracket or at the sentence's start), or None."""
    left = max(s_start, q_start - 16)
    match = _CAPTION_BEFORE.search(body[left:q_start])
    return (left + match.start("name"), left + match.end("name")) if match is not None else None


# Whose statement a quote is, written with の before it: イギリスのピーター・ハイン北アイルランド相の「…」とする発言を伝えた
_POSSESSOR = re.compile(r"(?P<name>[^、。「」はがをにでと\n]{2,30})の\Z")


def possessor_before(body: str, s_start: int, q_start: int) -> tuple[int, int] | None:
    """The span of the words before の right before a quote (…北アイルランド相の「), or None."""
    left = max(s_start, q_start - 31)
    match = _POSSESSOR.search(body[left:q_start])
    return (left + match.start("name"), left + match.end("name")) if match is not None else None
