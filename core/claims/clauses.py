"""The clause reader: which predicate reports speech or a position, and what it governs.

Shared by claims and meetings. Rules over the surface of Japanese news prose (its
particles and predicates), not a parser: a sentence is read in one pass, so the
cost grows with the text. It finds
- the speech predicate after a quote or a と-complement (「…」と述べた, …との見解を示した,
  「…」として難色を示した, …とNBCが伝えた), with the words between them (they may name
  the holder: 「…」と渡貫社長は述べた);
- the position taken on an object (…を批判した, …を歓迎した, …の意向を示した,
  …ことを発表した, …ことに言及した), with the object as the claim;
- subjects: a name or an organisation followed by は/が/も, including sides
  (日本側, ロシア政府) and surnames of people named earlier (浦田弁護士は → 浦田和栄);
- what reports nothing: a verb that describes a noun (続投を批判していた舛添氏), a negated
  verb (言及しなかった), a passive position, …を目的としている, a cited headline (『…』).
Quotes and their verbs are read in core.claims.quotes (and quote_marks, quote_verbs, quote_neighbours),
holders in core.claims.holders.
"""

from __future__ import annotations

import re

from core.claims.said_forms import RESOLVED, WHAT_IT_TOLD
from core.claims.stance_verbs import STANCE_NOUNS, STANCE_VERBS
from core.clauses.predicates import SPEECH_STEMS
from core.scan import skipping

# Predicates of speech after と / との, as stems: the inflection that follows is free
# (述べた, 述べている, 述べ、). 話し is not 話し合い; 示し needs a noun of position before を.
_SPEECH_STEMS = " ".join(SPEECH_STEMS)  # shared with the clause reader (core.clauses)
# Verbs that report what was written or said only after a quote or a clause closed by と, read by
# claims alone: 「…」と随筆の中で書いていた, 「…」などと紹介していた, 「…」などと締めくくった
# (not …の調べとして紹介したところによると: a source named, nothing said)
# An expectation held, read like 信じ (…が…を抑えると期待していた): a position told with no verb of saying (not 期待したい:
# a wish, most often the writer's)
_SPEECH_STEMS += " 期待し(?!たい)"
_SPEECH_STEMS += " 書い(?=た|て) (?<!として)紹介し(?!たところ) 締めくくっ 締め括っ 締めくくり 締め括り 説得し"
# 「…」との意向を伝えた: a position passed on to someone (伝え alone is an outlet's verb)
_SPEECH_STEMS += " 意向を伝え 考えを伝え 方針を伝え"
# 「…」意向を明らかにした, 「…」との方針を示した: an intent or a policy made known, as 考えを示した is
_SPEECH_STEMS += " 意向を明らかに 方針を明らかに 方針を示 方針を表明 意思を示 意思を表明"
# 「…」旨を伝えた, 「…」との旨を述べた: the gist of what was said
_SPEECH_STEMS += " 旨を伝え 旨を述べ 旨を明らかに 旨を表明"
# Respectful forms (天皇陛下は「…」と話された, おっしゃった): a passive-shaped verb is read as any passive is, unless its
# speaker is one written with honorifics (core.claims.imperial)
_SPEECH_STEMS += " 話され 語られ おっしゃっ おっしゃい"
# Verbs that tell how it was said: 「…」と泣きついた, 「…」と打ち明けた, 「…」と言い放った (not 「火事だ」と叫んで: a cry, not a claim)
_SPEECH_STEMS += " 泣きつい 泣きつき 呟い 打ち明け ぼやい 嘆い 言い放っ 言い切っ 切り捨て 一蹴し"
# and the manner of a speaker's words, as sports and entertainment news tell them: 「…」と苦笑い,
# 「…」と持論を展開する, …と豪語, 「…」と謙遜しつつ, 「…」と胸を張った, 「…」と振り返った
_SPEECH_STEMS += " 苦笑い 苦笑し 豪語 謙遜し 謙遜す 持論を展開 胸を張っ 胸を張り 胸を張る 振り返っ 振り返り 振り返る 吐露し 激白 熱弁 笑い飛ばし 言い放つ"
# and what was disclosed or promoted: 「…」と暴露, 「…」と告白した, 「…」とアピールした
_SPEECH_STEMS += " 暴露 告白 アピール"
# and the words left: 「…」と名言を残した, 「…」という言葉を残し
_SPEECH_STEMS += " 名言を残 言葉を残"
# and advice or a warning given: 「…」とアドバイスした; in the passive (監督から「…」とアドバイスされた) the one it came
# from holds it, or nobody
_SPEECH_STEMS += " アドバイス 忠告 アドバイスされ 忠告され"
# After a quote only, the look the words came with or what they did, the words' speaker its subject: 「…」と笑いを誘った, と自信をのぞかせた,
# と太鼓判を押した, と頭を下げた, と声を弾ませた, と冗談を交えて (a noun of the face, voice or room and a verb of showing)
_DISPLAY = (r"(?:笑い|笑顔|笑み|自信|余裕|太鼓判|冗談|ユーモア|会場|客席|頭|目|声|表情|喜び|本音)を"
            r"(?:誘|見せ|みせ|のぞかせ|覗かせ|浮かべ|振りま|押|交え|沸かせ|わかせ|笑わせ|下げ|細め|輝かせ|弾ませ|はずませ|こぼ)")
# and, after a quote only, the feeling or the admission its words came with: 「…」と首をかしげていた, と涙を詰まらせた,
# と動揺を隠し切れなかった, と言葉を重ねた, と実名を挙げ, と容疑を大筋認めている
_DISPLAY += (r"|首をかしげ|首を傾げ|涙を(?:詰まらせ|浮かべ|流し|こらえ|にじませ)|動揺を隠|ショックを(?:受け|覚え|隠)|"
             r"言葉を(?:重ね|続け|詰まらせ)|実名を挙げ|(?:容疑|殺意|犯行|関与)を(?:大筋で?|全面的に)認め")  # (と容疑を認め: a noun of speech)
SPEECH = "(?P<cue>" + "|".join(sorted(_SPEECH_STEMS.split(), key=len, reverse=True)) + ")"
# After a quote only, the listeners the words encouraged: 「…」と会員を励ました, 「…」と会場の会員にエールを送った
# (after a clause 励まし is a deed: ときには励まし、ときには叱る)
_ENCOURAGED = r"励まし(?![合あ])|励ます(?!ため)|エールを(?:送|贈)"
# After a quote only, the verbs that tell how the words went on or were given, read over the corpus's quotes as
# Kaidan left them: 「…」と続けた, と切り出した, と綴っている, と前置きした, と笑った, と返した, と返答, と教えてくれた,
# と解説した, と喜んだ, と激怒 (after a clause 続けた and 返した are deeds: …と交渉を続けた; …などと切り出すことで,
# 「…」と嘆く前に: advice, words nobody said)
WENT_ON = (r"続け(?=た|る[。、とや]|、)|切り出(?=し|す[。、とやも])|綴(?=っ|り|る)|前置き(?=し)|笑(?=った|う)|返答(?=し|す|。)|"
           # the words a statement or speech closed with: 「…」と結んだ, と結んでいる (after a clause, …と結んだ is a tie made)
           r"結ん(?=だ[。、]|で(?:いる|いた|おり))|"
           r"返(?=した|す[。、]|しま)|教えてくれ|解説(?=し|す)|喜ん(?=だ|で)|激怒|"
           # words passed on to someone or voiced as a hope or greeting: 住民から「…」と通報があり, 東京事務所に「…」と連絡を
           # 入れた, 「…」と期待しつつ, 「…」とあいさつした, 「…」と笑いながら, 「…」と声明を出している
           r"通報(?=し|す|が|。|、)|連絡(?=し|す|を入れ|が)|期待(?=し|す|。|、)|あいさつ(?=し|す|。)|笑い(?=ながら)|"
           r"(?:声明|談話)を出(?=し|す)|"
           # the manner of a retort in entertainment news: 「…」とおどけてみせた, とツッコミを入れ, と突っ込んだ, と返信し,
           # と褒めた, と即答 (not と突っ込まれ, と褒められ: passives; not と褒めるくらい; not a retort put as a question,
           # 「…入院したのか」と突っ込みを入れ, 「…じゃないの？」とおどける)
           r"(?<![か？?]」と)(?:おどけ(?=て|た|つつ|る)|(?:ツッコミ|突っ込み)を入れ|突っ込(?=ん|む[。、]))|返信(?=し|す)|"
           r"褒め(?=た|る[。、]|て)|即答(?=し|。|、)")
# After a quote only, a thought quoted and closed: 「父親と同じ世界に入りたい」と思っていた矢先, 「…」と思ったが、 (after a
# clause, …と思った is most often the writer's own view; 「…」と思っているあなた, と思ったこと, と思ったほど describe
# a reader or the writer's experience)
_THOUGHT = r"思っ(?=(?:た|ていた|ている|ており)(?:[。、\n]|矢先|が|けど|そう|という|ものの|$))"
# After a clause (not a quote) a speech word followed by a particle is a noun, not the verb of a report:
# …に関連して最も報道で取り上げられる. After a quote it still reports speech (「…」と批判の声を上げた).
_NOT_A_NOUN = "(?![でのがをにはもと])"
# A noun of position with its verb (意向を示した, 考えを明らかにした): after a quote it needs no と
# (「…」意向を示し) and takes という as well as との (「…」という考えを明らかにした).
_POSITION_STEMS = [stem for stem in _SPEECH_STEMS.split() if "を" in stem]
POSITION_SPEECH = "(?P<cue>" + "|".join(sorted(_POSITION_STEMS, key=len, reverse=True)) + ")"
# The same with how it was said between the noun and its verb: …との認識を改めて示した, との懸念を重ねて表明した
_POSITION_SPEECH_AGAIN = ("(?P<cue5>" + "|".join(sorted((stem.replace("を", "を(?:改めて|あらためて|重ねて|再び|強く)、?", 1)
                                                         for stem in _POSITION_STEMS), key=len, reverse=True)) + ")")
# The words between と and the predicate: who said it or to whom (記者団に, 渡貫社長は, NBCが); not the rest of とき or
# ところ (…贈り物をするときには…顔は期待している: a time, no と of saying).
_GAP = (r"(?:[0-9０-９]{1,2}日(?:付)?、)?(?P<gap>(?!と|いう|いった|し|さ|す|を|の間|の関係|でも|き[にはもの、]|ころ)(?:[^。「」、と]|と(?=同|共|並)|「[^」]{1,10}」){1,24}?(?:に対して|に対し|に向けて|について|に関して|をめぐって|に|で|は|が|も|では|"
        r"の(?=(?:見解|考え|認識|立場|見方|姿勢|意向)を)|の話として)、?(?:[0-9０-９]{1,2}日、?|同日、?)?(?:あらためて|改めて|強く|重ねて|それぞれ|口々に|[^。「」、はがと]{1,8}?(?:込めて|ながら))?)")
# …とした。, …としている: "holds that" (not …ようとしている, "is trying to"; …だろうとしている, でしょうとした: "holds that
# it will", never trying; a verb whose plain form ends in う after its kanji, 行う, 払う, 行なう, 向かう, is no volitional:
# …指導を行うとしている is a stated plan). Not …としていた or …としている qualifying the noun after it (…市が情報提供者に
# 払うとしていた賞金, 11勝3敗としていた稀勢の里, 目標としていた獲得数: a relative clause, no one holding it there; …としている
# 他、 goes on to the next clause).
_AS = r"(?:(?<!う)|(?<=だろう)|(?<=でしょう)|(?<=[\u4e00-\u9fff]う)|(?<=[\u4e00-\u9fff][かなわ]う))(?:とした(?=[。、])|としたほか|としたが|とした上で|としたうえで|とした一方|としてい[るた](?!(?!他)[\u4e00-\u9fff\u30a1-\u30faー])|としており|とし(?=[、。]))"
# …を目的としている, …を対象とした, …の一環としており: "takes as", not "holds that"
TAKES_AS = re.compile(r"(?:を|の)(?:目的|対象|前提|中心|基本|条件|基準|原則|目標|根拠|理由|柱|主体|情報源|話|情報|一環)$")
# After a quote, a noun of speech may sit between と and the verb: 「…」とメッセージを投稿, 「…」と意見を表明
_NOUN_OF_SPEECH = (r"(?:[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9０-９]{1,6}(?:の[\u4e00-\u9fff\u30a1-\u30faー]{1,4})?を(?:[\u4e00-\u9fff]{1,2}しく|[\u4e00-\u9fff]{1,2}く)?|[^。「」、]{0,20}?(?:抱負|決意|意気込み|思い|感想|賛辞|談話|"
                   r"謝意|祝意|弔意|哀悼の意|喜び|気持ち|心境|心情|胸の内|本音|不満|悔しさ|憤り|戸惑い|失望|遺憾の意|怒り|無念さ|"
                   r"理由|真相|秘訣|裏話|本心|胸中)を"
                   r"(?=述べ|語|示|表明|送|寄せ|伝え|表し|明らかに|明かし|打ち明け|告白|強調|にじませ|隠せ|見せ|あらわに|露わに)"
                   # the listeners encouraged (「…」と、婚活を頑張っている会員を励ました)
                   r"|[^。「」、]{1,20}?を(?=励ま))")
# 賛辞を送った, 抱負を述べた: what follows a noun of speech
_AFTER_NOUN = r"(?:送っ|送り|寄せ|(?<=を)にじませ|(?<=を)隠せ|(?<=の意を)示し|(?<=の意を)表し)"
# A quote told as the content of a statement made (「…」などの説明を行った, 「…」と…否定する発言をしている, 「…」旨の発言をした)
# or of what was disclosed (「…」ことを明かした)
# or of a request or protest made (「…」という内容の問い合わせを行い, 「…」との抗議をした, 「…」という批判を行なっている)
_SPEECH_NOUNS = r"(?:発言|説明|証言|談話|コメント|主張|答弁|釈明|弁明|問い合わせ|抗議|要請|申し入れ|批判|非難|指摘|反論|警告|要求|提案)"
_QUOTE_AS_NOUN = (r"(?:(?:など)?(?:の|という|との|旨の|と、?[^。「」、]{0,10}?(?:する|した))(?:内容の)?(?=" + _SPEECH_NOUNS + "を)|こと(?:を|も)(?=明かし|明らかにし))"
                  r"(?P<cue4>" + _SPEECH_NOUNS + r"を(?:し|行っ|行い|行な)|明かし|明らかにし)")
# The holder may stand after the quote, set off by a comma: 「…」も供与すると、フランスの…外相が語った
# and may be long (フランスのフィリップ・ドゥストブラジ外相が), but holds no other と.
# It ends with が: after …と、 a topic with は is more often the next clause's (可能性を問うと、ベッセントは答え).
_COMMA_GAP = r"、(?P<gap_after_comma>(?:[^。「」、と]|「[^」]{1,10}」){1,24}?が)"
# After a quote the one named after the comma may be a topic when the verb follows at once:
# 「…」と、韓国の盧武鉉大統領は24日述べた (not …を問うと、ベッセントは答え: no quote before と)
_SPEECH_AHEAD = "(?=(?:[0-9０-９]{1,2}日、?)?(?:" + "|".join(sorted(_SPEECH_STEMS.split(), key=len, reverse=True)) + "))"
_COMMA_GAP_QUOTE = (r"、(?P<gap_after_comma>(?:[^。「」、と]|「[^」]{1,10}」){1,24}?(?:が|(?<![てにとでの])は" + _SPEECH_AHEAD
                    + r"))(?:[0-9０-９]{1,2}日、?)?")
# Whom words went through on their way, between the noun of what was said and its verb: 報道官を通じて, 代理人を通して
_THROUGH = r"(?:[^、。「」をはがとにで]{1,24}を(?:通じて|通して)、?)"
# A content published as a noun: …との正式な開票結果を発表した, …という報告書をまとめた, …とする声明を出した,
# …というコメントを残している (not …という結果を残して: what was left is no statement)
# (and …とする判決理由を述べた, …とする見通しを語った, …との提言を出している, …とするクーデター宣言を発表し)
_PUBLISHED = (r"(?:との|という|(?<!目的|対象|前提|中心|基本|目標|原則|条件|基準|理由|根拠)とする"
              # …と、目撃者や航空会社の話を伝えている: whose account the outlet passes on, after a comma
              r"|と、(?=[^、。「」をとに]{1,24}?の(?:話|証言)を(?:伝え|報じ)))(?:[^、。「」をとに]|による){0,20}?(?P<cue4>(?:結果|声明文?|見解|見通し|報告書?|談話|予測|分析|"
              r"結論|コメント|方針|提言|勧告|宣言|理由|姿勢|立場)を"
              # where it was said, or whom it went through, may stand before the verb: …という見解を会見で示した,
              # …との声明を報道官を通じて発表した
              r"(?:[^、。「」をはがとにで]{1,8}で、?|" + _THROUGH + r")?(?:発表|公表|明らかに|出し|出す|示し|示す|まとめ|述べ|語っ|語り|表明|(?:(?<=コメントを)|(?<=談話を)|(?<=声明を))残[しす])"
              # a message sent or passed on, maybe through an envoy: …とのメッセージを外交部長官を通じて伝えた
              r"|メッセージを" + _THROUGH + r"?(?:伝え|送っ|送り|送る|寄せ|発表|出し)"
              # an outlet passing on a view, information or a statement it names: …との観測を伝えた,
              # …との在京チベット関係者による情報を伝えた, …という亡命政府のスポークスマンの発表を伝えた
              r"|(?:観測|見方|情報|発表|声明|見解|談話|分析|予測|話|証言)を(?:伝え|報じ))")
# After a quote the same content nouns (「…」とする判決理由を述べた) read as cue5 (cue4 is the noun of speech
# above), with no subject of its own between them (「インクラブ」という組織が犯行声明を発表: a name, not its words)
_PUBLISHED_AFTER_QUOTE = _PUBLISHED.replace("cue4", "cue5").replace("[^、。「」をとに]", "[^、。「」をとにがは]")
# 「A」、「B」など興奮気味に言い放つ: など and the manner of saying, with no と
_MANNER_AFTER_LIST = r"|など[\u4e00-\u9fff]{1,6}(?:に|と)、?"
# The manner between と and the verb, with no one named: 「…」と力強く語った, と厳しく一喝した, と照れながらコメント, とキッパリ答えた,
# と冗談交じりに話した, と涙を流しながら語った
_MANNER = (r"(?:[\u4e00-\u9fff]{1,3}し?く|[^。「」、はがと]{1,8}?ながら(?:も)?|[\u4e00-\u9fff]{1,4}(?:的|気味|交じり|混じり)に|"
           r"(?:きっぱり|キッパリ|しみじみ|ぽつり|ポツリ|さらり|サラリ|にっこり|ニッコリ|ずばり|ズバリ|はっきり|ハッキリ)と?)、?")
# A quote closed by the speaker's manner or by a noun of what was said, with no verb of its own: 「…」とまんざらでもない
# 様子, 「…」と余裕の発言。, 「…」と現実味あふれるコメントで笑いを誘った, 「…」と妊娠発表後ならではのコメントをした
_MANNER_NOUN = (r"|と(?!いう|いった|の)、?(?P<cue6>[^。「」、]{0,16}?(?:様子|表情|面持ち|コメント|発言|一言))"
                r"(?=[。、\n]|$|だ|で(?!は)|を(?:し|見せ|残|寄せ|口に|披露))"
                # or by a noun of a view ending the sentence: 角医師は「…」という見解だ, 僕は「…」という考え。 (not 「…」という
                # 意見。: whose, the sentence does not say; not 「…」という内容。: a message's, its sender most often named elsewhere)
                r"|(?:という|との)(?P<cue16>見解|考え)(?=(?:だ|です|である)?(?:。|\n|$))")
# A quote closed by the matter it touched on, its object long (and holding と): 「…」と矢沢の妊娠と震災のことに触れながら,
# 「…」とオーバーエイジ枠の起用にも言及した; the matter is a noun phrase, no clause of its own (not “…”と呼ばれる
# 生物学者が…について言及: a name, then who speaks)
_TOUCHED = (r"|と(?!いう|いった|して|し[、て]|呼)、?(?P<cue7>[^。「」、がはをでれ]{1,30}?(?:ことに|について|に関して|にも|に)"
            r"(?:触れ|言及し))")
# After a quote, a comma may set off what the words were about or whom they were for before the verb: 「…」と、自身が演じる
# 役についてコメントしている, 「…」と、開幕延期について説明している, 「…」と、記者団に対して話した (the gap then ends in the
# matter or the listener; a comma before a clause of its own, 「…」と、方針を転換しようとする, reports nothing; a matter
# that is a topic, と、殺意については否認している, and an adjective, と、調査に対し否定的な意見が, are read as before)
_ABOUT = r"(?:、(?=(?:[^。「」、と]|「[^」]{1,10}」){1,24}?(?:について|に関して|に対して|に対し|に向けて|をめぐって|をめぐり)も?、?(?![はが]|[\u4e00-\u9fff]{1,4}的)))"
# The gist of what was said, 旨 standing for と: 「…」旨述べた, 旨強調した, 旨を中国側に申し入れた (what was said to whom
# between them, as after と)
_GIST = r"旨(?:を、?)?"
# The day alone between と and the verb after a quote, no comma (「…」と2日コメントした, と1日述べた)
_DAY_ALONE = r"|と、?(?:[0-9０-９]{1,2}日|同日)(?:に|付で)?、?(?=[^0-9０-９。「」、])"
AFTER_QUOTE = re.compile(r"(?:(?:など)?(?:との|とも|(?:と(?:も|のみ|だけ|それぞれ|口々に)?|" + _GIST + ")" + _ABOUT + "?" + _GAP + r"?|と" + _COMMA_GAP_QUOTE + "|と、?" + _NOUN_OF_SPEECH
                         + "|と、?" + _MANNER + _DAY_ALONE + ")"
                         + _MANNER_AFTER_LIST + ")"
                         + SPEECH.replace("(?P<cue>", "(?P<cue>" + _AFTER_NOUN + "|" + _DISPLAY + "|" + _ENCOURAGED + "|" + WENT_ON + "|" + RESOLVED + "|" + _THOUGHT + "|")
                         + r"|(?:という|などの|などという|といった)?" + POSITION_SPEECH.replace("cue", "cue3")  # 「…」などの考えを示した
                         + r"|(?:など)?(?P<as>として(?!の)|としたものの|" + _AS + r"|とし(?=「)|という(?=。)|といい(?=、)|と(?:し|いい)(?:ながら|つつ)(?:も)?(?=[、「]))"  # 「…」という。: hearsay; 「…」としながら「…」, としつつも、, といいつつ、
                         + r"|" + _QUOTE_AS_NOUN + r"|" + _PUBLISHED_AFTER_QUOTE + _MANNER_NOUN + _TOUCHED
                         # the verb right after the quote, と left out as people write it: 「…」話してくれました
                         + r"|(?P<cue8>話し|語っ|語り)(?=て|た|ま)" + WHAT_IT_TOLD)
# The one who asks, in a passive question (松岡修造氏から「…」と訊かれるや、「…」と苦笑い): never the one who answers
ASKED = re.compile(r"から、?「[^「」]*」(?:など)?と[^、。「」]{0,8}?(?:訊か|聞か|尋ねら|問わ|質問さ|問いかけら|問い掛けら|振ら|突っ込ま|ツッコま|"
                   r"食い下がら|求めら)れ(?:ると|るや|ても|て|、|た)、?")
# …こととして強く抗議した, …だとして批判した: a clause closed by として before a verb of speech or position
_AS_CLAUSE = r"(?<=[ぁ-ゖ」])として、?(?:あらためて|改めて|重ねて|[\u4e00-\u9fff]{1,2}く)?"
# The day alone between と and the verb, set off by a comma: …の死亡者がいると、26日に伝えている
_DAY_GAP = r"|と、(?:[0-9０-９]{1,2}日|同日)(?:に|付で)?、?"
# A report closing the clause before (…がいると、別の警察関係者が語ったと、同紙は付け加えている): the report of a report,
# read as such in core.claims.reports, not a topic after a clause
_TOLD_VERBS = ("語った", "述べた", "話した", "言った", "伝えた", "報じた", "報道した", "発表した", "明らかにした", "説明した", "指摘した", "強調した")
# When it was told, between the one who tells and the verb: 19日、 同日午前6時15分(JST=UTC+9)に 12月15日(UTC+9)に
_WHEN = (r"(?:(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日|同日)(?:午[前後][0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?)?"
         r"(?:[(（][^()（）。、「」]{1,14}[)）])?(?:に|付で)?、?)")
# The one who tells after a clause and a comma, with the time it was told (…が検出されたと、日本中央競馬会(JRA)が19日、
# 発表した), or as a topic (…約60万人であったと、BBCは伝えている): は only after a clause closed in the past, an adjective
# or a copula (not …を調べると、警察は: a condition) and with the verb right after it
_TOLD_AFTER = (r"|(?:(?<=[ただい])|(?<=いる)|(?<=ある))" + "".join(f"(?<!{verb})" for verb in _TOLD_VERBS) + r"と、(?P<topic_after_comma>(?:[^。「」、と]|「[^」]{1,10}」){1,24}?"
               r"(?<![てにとでの])は)(?=" + _WHEN + "?(?:" + "|".join(sorted(_SPEECH_STEMS.split(), key=len, reverse=True)) + "))"
               + _WHEN + "?"
               # the time alone, with its month or zone: …を新たに発見したと、1月18日(UTC+9)に発表した
               + "|と、" + _WHEN)
AFTER_CLAUSE = re.compile(r"(?:との|とも|とも?" + _GAP + r"?|と" + _COMMA_GAP + _WHEN + "?" + _DAY_GAP + _TOLD_AFTER + "|" + _AS_CLAUSE + ")" + SPEECH + _NOT_A_NOUN
                          + r"|という" + POSITION_SPEECH.replace("cue", "cue3") + r"|(?:との|という)" + _POSITION_SPEECH_AGAIN
                          + r"|(?P<as>" + _AS + ")|" + _PUBLISHED)
def with_partner(body: str, match: re.Match) -> bool:
    """Whether a clause told is a noun with its partner (グループとの「政治的協力」は認めている: との is "with"), not a
    report: its gap after と opens with の and holds no を (unlike …との見方を日本政府は示した)."""
    return _PARTNER_GAP.match(body, *(gap_of(match) or (match.start(), match.start()))) is not None


# A gap after と that opens with の and holds no を is a noun with its partner, not who said it
_PARTNER_GAP = re.compile(r"の(?!(?:情報|見方|声|意見|報道|指摘|発表|見解|考え|認識|方針|意向|見通し|説明|主張|批判|懸念)[がはも])[^を]*$")


def clauses_told(body: str, start: int, end: int) -> list[re.Match]:
    """AFTER_CLAUSE.finditer(body, start, end), tried only where it can begin: every reading opens with と."""
    out, at = [], start
    while (at := body.find("と", at, end)) >= 0:
        match = AFTER_CLAUSE.match(body, at, end)
        if match is not None:
            out.append(match)
            at = match.end()
        else:
            at += 1
    return out


# What someone said, told as its source: キャロル氏が語ったところによると、…
TOLD = re.compile(r"(?:が|の)(?P<cue>語った|述べた|話した|明らかにした|説明した|証言した)ところ(?:によると|によれば|では)、?")
# A verb of speech or position said not to have happened: 言及しなかった, コメントしていない (after a stem in し or
# め: 明言しておらず, 確認していなかった, 認めていない)
NEGATED = re.compile(r"(?:し|して|さ|て)?(?:い|おら)?(?:ない|なかっ|なくて|なくては|ず|せず)")
# Titles of cited articles: 『…』 (a line of sources), never a claim of the article
TITLE = re.compile(r"『[^』]{0,200}』|\"[^\"\n]{0,200}\"")
# A position taken on an object: …を批判した, …の意向を示した, …ことに言及した; a noun shown or made clear with its
# content (…とする姿勢を見せた, …という立場を明確にしていた, …との疑惑を提起した; 見せ only after a clause, core.claims.positions;
# 明確に only as made clear: …との見方を明確に否定した denies it)
_POSITION_NOUN = r"(?:意向|見解|考え|認識|立場|姿勢|見方|の意|懸念|難色|意欲|不満|期待|方針|理解|関心|遺憾|支持|構え|不快感|不信感|警戒感|危機感|疑惑|疑念|疑問|構想|要請|要望|提案|発言|" + STANCE_NOUNS + ")"
_OBJECT_VERB = (r"(?P<cue>批判|非難|糾弾|告発|歓迎|評価|賞賛|称賛|絶賛|要請|要求|要望|求め|宣言|表明|明かし|明らかにし|発表|否定|支持|拒否|抗議|"
                r"提案|主張|訴え|懸念|反対|賛成|同意|言及|語っ|語り|強調|指摘|示唆|呼びかけ|呼び掛け|伝え|報じ|説明|公表|申し入れ|"
                r"異議を唱え|疑いを向け|疑問を呈し|促し|認め|喚起し|反論し|反発し|通告し|通知し|報告し|確認し|" + STANCE_VERBS + ")")
OBJECT_CUE = re.compile(
    r"(?P<particle>を|に|(?<=[\u4e00-\u9fff\u30a1-\u30faー])も(?=要請|要求|求め|示唆|強調|指摘|訴え)"
    # a clause admitted or denied, set against another (…ことは認めたが, …ことは否定した)
    r"|(?<=こと)は(?=認め|否定))"
    # who takes it, between the object and the verb: 一連の事件を日本側は抗議した, …登録を地元も歓迎し,
    # …参加することをサッカー協会のカラジッチ会長が22日、明らかにした
    r"(?P<gap>[^。「」、をにと]{1,12}?(?:に|へ|は|が|で)、?|"
    # where it was said, however long: …ことを7月5日の…試合後に開かれた記者会見で明らかにした
    r"[^。「」、を]{1,40}?(?:会見|会議|席上|演説|インタビュー|番組|集会|声明)で、?|[\u4e00-\u9fff\u30a1-\u30faー・]{1,12}も、?"
    r"|(?:[\u4e00-\u9fff\u30a1-\u30faー・A-Za-z]|の){1,30}?(?<=[\u4e00-\u9fff\u30a1-\u30faー])が、?(?:[0-9０-９]{1,2}日、)?)?"
    # the day it was told, with no particle: …終了することを19日発表した, …行ったことを、17日発表した
    r"(?:(?<=を)、?(?:同日|[0-9０-９]{1,2}日)(?:[(（][^()（）。、]{1,12}[)）])?、?)?(?:あらためて|改めて|重ねて|再び|公然と|"
    r"[\u4e00-\u9fff]{1,2}しく|[\u4e00-\u9fff]{1,2}く|[\u4e00-\u9fff]{2}的に)*"
    + _OBJECT_VERB
    + r"|(?P<noun>" + _POSITION_NOUN + r")を(?P<gap2>[^。「」、を]{1,12}?(?:に|へ|は|が)、?)?(?:改めて|あらためて|重ねて|再び|強く)?(?P<cue2>示|表明|伝え|明らかに|強め|述べ|表し|(?<=姿勢を|構えを|意欲を|意向を|考えを|立場を|難色を|反発を|反対を)(?:見せ|みせ)|(?:明確|鮮明)に(?=し|す|示|打ち出|表明)|打ち出|提起|行(?=っ|い|な))"

)
OBJECT_CUE = skipping(OBJECT_CUE)  # core.scan's skipping twin: the same matches
# The words one of which every match of OBJECT_CUE holds (its verbs and its nouns of position), read from the
# pattern's own alternations: a sentence with none of them (most) is not walked by OBJECT_CUE, whose gap is tried
# at every を and に
OBJECT_WORDS = re.compile("|".join(sorted(set(_OBJECT_VERB[len("(?P<cue>") : -1].split("|") + _POSITION_NOUN[3:-1].split("|")),
                                           key=len, reverse=True)))
# Sides and bodies written after a country or organisation: 日本側は, ロシア政府が, 韓国軍も.
HOLDER_PARTICLE = re.compile(r"(?:ら|側|政府|当局|政権|軍|軍当局|国防省|外務省|などの各社|など|各社)?(?:は|が|も|では)、?")
# A surname before a title or particle: 浦田弁護士は, 石井氏は.
SURNAME = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2})(?P<title>[\u4e00-\u9fff]{0,4}?|氏|さん)(?:は|が|も)")
SURNAME = skipping(SURNAME)  # core.scan's skipping twin: the same matches


def gap_of(match: re.Match) -> tuple[int, int] | None:
    """The span between と and the speech verb (it may name the holder), or None."""
    for name in ("gap", "gap_after_comma", "topic_after_comma"):
        if name in match.re.groupindex and match.group(name):
            return match.span(name)
    return None
