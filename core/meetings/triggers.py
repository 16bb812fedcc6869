"""Words that speak of a meeting, and the kind of meeting each names."""

from __future__ import annotations

import re

from core.meetings.two_plus_two import TWO_PLUS_TWO
from core.scan import skipping

# 大統領と夕食を共にした, 夕食をともにした: a meal shared with someone named, 共に written in kanji or in kana
SHARED_MEALS = tuple(f"{meal}を{together}" for meal in ("夕食", "昼食", "朝食", "食事") for together in ("共に", "ともに"))
# Longest first within the alternation; each maps to a meeting kind.
TRIGGERS = {
    "電話会談": "phone_call", "電話協議": "phone_call", "電話で会談": "phone_call", "電話で協議": "phone_call",
    "電話で話": "phone_call", "電話会議": "phone_call",
    "オンライン会談": "video_call", "オンラインで会談": "video_call", "オンライン会議": "video_call",
    "テレビ会議": "video_call", "ビデオ会議": "video_call", "オンライン形式で会談": "video_call",
    "首脳会議": "multilateral", "外相会議": "multilateral", "閣僚会議": "multilateral",
    "外相会合": "multilateral", "閣僚会合": "multilateral", "首脳会合": "multilateral", "サミット": "multilateral",
    "関連会合": "multilateral", "フォーラム": "multilateral",
    # 気候変動枠組条約締約国会議, 国際赤十字締約国会議: the states party to a treaty meeting, a conference of states
    # (read whole: a bare 会議 after 国 is never one, 国会議員)
    "締約国会議": "multilateral",
    # 核不拡散条約(NPT)再検討会議: the states party to a treaty meeting to review it, as 締約国会議
    "再検討会議": "multilateral",
    "首脳会談": "talks", "外相会談": "talks", "閣僚会談": "talks", "国防相会談": "talks", "会談": "talks",
    "会見": "talks", "面会": "talks", "面談": "talks", "懇談": "talks", "会食": "talks", "会合": "talks", "協議": "talks", "話し合い": "talks",
    "交渉": "negotiation_round",
    "歴訪": "trip", "外遊": "trip",
    "訪問": "visit", "来日": "visit", "訪日": "visit", "来訪": "visit",
    "署名": "signing", "調印": "signing", "締結": "signing",
    # a ceasefire or peace agreement named as one (タイとカンボジアの停戦合意, 2005年2月に停戦合意していた): the sides'
    # signing; not 合意 alone, which tells an outcome (経営統合に合意した), no meeting of its own
    "停戦合意": "signing", "和平合意": "signing", "休戦合意": "signing",
    "意見交換": "talks", "戦略対話": "talks", "対話": "talks", "立ち話": "talks",
    # サ変 nouns of meeting someone that UniDic lists beside 会談 and 協議 (折衝: talks over terms; 商談, 歓談, 密談:
    # only with a partner named); 会議 bare: only where two sides are named in its clause (AとBが共催した官民会議,
    # 関係者を集めて緊急対策会議): most often a body's own sitting
    "折衝": "negotiation_round", "商談": "talks", "歓談": "talks", "密談": "talks", "会議": "talks",
    # a leader receiving a visitor (表敬を受けた) or a meal of two sides (夕食会, 夕食を共に); not 接見, most
    # often a lawyer's visit to a detainee
    "表敬を受け": "talks",
    "夕食会": "talks", "晩餐会": "talks", "昼食会": "talks", "朝食会": "talks",
    "ワーキングランチ": "talks", "ワーキング・ランチ": "talks", "ワーキングディナー": "talks", "ワーキング・ディナー": "talks",
    **{meal: "talks" for meal in SHARED_MEALS},
    # 外相と意見を交わした, 外相と意見を交換した: the verbs of 意見交換, met only with someone named (as 意見交換 is)
    "意見を交わ": "talks", "意見を交換": "talks",
}
# the states party to a treaty meeting: a conference of states known by the treaty's name (気候変動枠組条約締約国会議,
# 核不拡散条約(NPT)再検討会議), held by its parties, wherever it sits
TREATY_PARTIES_MEET = ("締約国会議", "再検討会議")
# 訪米, 訪中, 訪ロ, 訪韓 …: a visit to the country abbreviated after 訪.
VISIT_ABBREVIATION = re.compile(r"訪[米中ロ露韓朝日英仏独印豪台]")
_WORDS = sorted(TRIGGERS, key=len, reverse=True)
# 岸田首相と会った, 社長と会い: the verb 会う after its partner (never 出会い, 立ち会い)
MET_VERB = re.compile(r"会(?:(?<=と会)|(?<=とも会)|(?<=日に会))(?:っ|い(?!た|ま)|う|わ)")  # (シラク大統領と10日に会い)
# ロシアを訪れ, 首相官邸を訪れた: the verb of a visit after its destination
VISIT_VERB = re.compile(r"訪れ(?<=を訪れ)")
# オバマ大統領と話し合った: talks told by the verb (the noun 話し合い needs an event use)
TALKED_VERB = re.compile(r"話し合(?:っ|う|わ)")
# 大統領に電話をかけ, 幹事長から電話があり, 首相と電話した, 判事に電話で…伝えた: a call told by a verb
# 判事に電話で指名を伝えた, 大統領に電話で謝意を伝えた: a call told by what was said on it
_SAID_ON_CALL = r"(?:伝え|求め|要請|説明|報告|抗議|依頼|打診|要望|確認|説得|約束|祝|謝|告げ|招待|指名|協力を|申し出|申し入れ" \
                r"|意見を交わ|意見を交換|(?<!会)話(?!題|し合))"
# 大統領から電話を受け; 大統領に電話で支援の申し出を行った, 大統領と電話で約30分間話した; 大統領との電話で、…
PHONE_VERB = re.compile(r"電話(?:をかけ|を入れ|をし|し(?=[たてま、])|があ|が入|を受け|(?<=との電話)で(?=、|は)"
                        r"|で(?!会談|協議|話)(?=[^、。]{0,12}?" + _SAID_ON_CALL
                        + r"|[^、。]{0,24}?(?<!よう)(?<!ため)に[^、。]{0,12}?" + _SAID_ON_CALL + r"))")
# the words PHONE_VERB matches, read alone (its lookahead looks past them)
PHONE_WORD = re.compile(r"電話(?:をかけ|を入れ|をし|し|があ|が入|を受け|で)")
# シン首相は電話でムシャラフ大統領に支援を申し出た: the side called, named after the call
CALLED_AFTER = re.compile(r"[^、。]{0,24}?(?<!よう)(?<!ため)に(?=[^、。]{0,12}?" + _SAID_ON_CALL + r")")
# 電話で北朝鮮問題を協議した, 電話を通じて会談: talks held over the telephone
BY_PHONE_BEFORE = re.compile(r"電話(?:で|を通じて|により|による)、?(?:[^、。]{0,20})$")
# テレビ会議形式で会談, オンライン形式で首脳会談, ビデオ会議を通じて協議: talks held by video, one meeting
_BY_VIDEO = r"(?:形式|方式|システム)?(?:で|を通じて|を通じた|による|を使って|を使った|を介して)"
BY_VIDEO_BEFORE = re.compile(r"(?:テレビ会議|ビデオ会議|ウェブ会議|オンライン|テレビ電話|ビデオ通話)" + _BY_VIDEO + r"[^、。]{0,20}$")
# (the video word there is the means of the talks after it, no meeting of its own)
VIDEO_MEANS_AFTER = re.compile(_BY_VIDEO + r"[^、。]{0,20}?(?:会談|協議|話し合|会合|対話|意見交換)")
# the side a call is made to or comes from, just before it (大統領に電話をかけ, 幹事長から電話があり)
CALLED_BY = re.compile(r"(?:(?<![こあひもっ])と(?!いう|いった|して)|(?<![年月日時分後前中頃])に|から)(?:[^、。とにから]{0,4}の)?"
                       r"[^、。とにから]{0,2}(?:[^、。]{0,12}?(?:後|前|際|夜|朝)に)?$")
# (11月に電話で: a time, not a side called; 幹事長から罷免後に電話があり: a time between the side and the call)
# 覚書を交わした, 約束を文章で交わした: a written agreement exchanged is a signing (not 言葉を交わす, 契約を交わす
# with a player); EXCHANGED is the verb, DOCUMENT_BEFORE what must stand before it
EXCHANGED = re.compile(r"交わ(?=し|す|さ)")  # (the verb's ending left to EVENT_USE_AFTER: 交わした)
DOCUMENT_BEFORE = re.compile(r"(?:覚え?書き?|協定書?|合意書|合意文書|議定書|確認書|約束|共同声明|文書)を(?:[^、。を]{1,4}で)?$")
# 業務提携を結んだ, 協定を結び, 覚書を結ぶ: an agreement of sides concluded (not 手を結ぶ, nor 契約を結ぶ, most often a
# player's or a coach's contract, unless an alliance's: 資本提携契約を結んだ; nor 関係を結ぶ, unless an alliance's:
# 資本・業務提携関係を結んでいる, not 友好関係を結ぶ); each agreement word a
# fixed-width lookbehind
_AGREEMENTS = ("提携", "協定", "協定書", "条約", "覚書", "覚え書き", "協約", "同盟", "合意書", "議定書", "協力協定", "提携契約", "提携関係",
               "契約")  # (契約 alone: only between two bodies, core.meetings.gate.contract_not_of_bodies)
CONCLUDED_BY = re.compile("(?:" + "|".join(f"(?<={w}を)" for w in _AGREEMENTS) + r")結(?=[んばびぶ])")
# 結いの党との合流を調整, 両社は経営統合を調整している: a union of two sides being arranged is talks between them
# (not 日程を調整, a date; not 調整会議, a body's own sitting); each union word a fixed-width lookbehind
_UNIONS = ("合流", "合併", "統合", "提携", "連立", "買収", "身売り")
ARRANGED = re.compile("(?:" + "|".join(f"(?<={w}を)" for w in _UNIONS) + r")調整(?!会議|役|官|室)")
# 鈴木チェアマンを訪ね, 国王に会い: a person called on or met; AとBが会った, 板門店で会った: two met (the people
# are checked where they are read)
# ジョコ大統領を表敬した: a courtesy call on the one named before を (表敬訪問 is read as 訪問)
# オバマ大統領を出迎えた: a visitor received in person by the subject
CALLED_ON = re.compile(r"訪ね(?<=を訪ね)|会(?<=[にでが]会)(?:っ|い(?!た|ま)|う)|表敬(?<=を表敬)(?=し|す)|出迎え(?<=を出迎え)")
# 米朝両国は…非公式に接触した, 北朝鮮側と接触: sides in touch (not 接触事故, 濃厚接触, 接触感染: bodies touching)
CONTACTED = re.compile(r"接触(?<![厚体]接触)(?=し|する|を(?:持|図|続け|重ね))")
# AとBは握手した, Bと握手を交わした: two sides shaking hands met (a pair or a partner named, read as 会う is)
SHOOK_HANDS = re.compile(r"握手(?=し|する|を(?:し|交わ))")
# 駐日大使を外務省に呼び、抗議した: someone summoned to a place and met there (the one summoned is read as a guest)
SUMMONED = re.compile(r"呼(?<=に呼)(?:び出し|び|んで)")
SUMMONED_WORDS = ("呼び出し", "呼び", "呼んで")
# 臨時代理大使に対し、…抗議した, 大使に靖国参拝を抗議』: a protest made to an envoy, in person (kept only with the
# envoy named as the one protested to: ENVOY_ADDRESSED; 大使館に抗議文を送った, デモ隊が抗議した are no meeting)
PROTESTED = re.compile(r"抗議(?=し[たて、]|を(?:行|申し入れ)|[。』]|\n|$)")
ENVOY_ADDRESSED = re.compile(r"(?:大使|公使|総領事|参事官)(?:ら)?(?:に対し(?:て)?|に)、?[^、。「」『』]{0,30}(?:、[^、。「」『』]{0,30})?$")
# 国連第2回軍縮特別総会, 環境と開発に関する国際連合会議, 国連気候変動会議, 国連気候変動首脳級会合, 国連会合: a
# conference, meeting or special session the UN convenes, a meeting of states (not 国連総会, the body's own yearly
# sitting, nor 国連会議議長, a title, nor 国連会議宣言, what it adopted)
UN_MEETING = re.compile(r"(?:国際連合|国連)(?:第[0-9０-９一二三四五六七八九十]+回)?[^、。「」『』()（）\s]{0,10}?"
                        r"(?:特別総会|会議|会合|サミット)(?![議長]|決議|宣言)")
# パリ講和会議, ロンドン海軍軍縮会議, ジュネーブ軍縮会議, 中東和平会議: a conference of states, named by what they come to
# settle, with its name (its place) written before (not 平和会議, as often a movement's own body, nor a bare 軍縮会議,
# one asked for); its name is the kanji and katakana written before 会議
STATES_CONFERENCE_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30fa\u30fc])(?:講和|軍縮|和平|休戦|停戦|全権)$")
CONFERENCE_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc・]{3,16}$")
# Every word of TRIGGER begins with a letter, its look-behinds checked after it (会(?<=と会), not (?<=と)会: the
# same matches): so the regex engine jumps from one of those first letters to the next, where a look-behind
# first made it try the whole pattern at every character of every sentence (three times the time).
# a bare 会議 is never one in 国会議員, 本会議, 会議所 (read here, not later: a sentence with a trigger costs more)
_BARE_KAIGI = r"会議(?<!国会議)(?<!本会議)(?<!議会議)(?!員|所|室|場|録|体|費|事堂|派|長|官|書)"
TRIGGER = re.compile(UN_MEETING.pattern + "|" + TWO_PLUS_TWO + "|" + "|".join(_BARE_KAIGI if w == "会議" else re.escape(w) for w in _WORDS) + "|" + VISIT_ABBREVIATION.pattern + "|" + MET_VERB.pattern
                     + "|" + VISIT_VERB.pattern + "|" + TALKED_VERB.pattern + "|" + PHONE_VERB.pattern
                     + "|" + EXCHANGED.pattern + "|" + CONCLUDED_BY.pattern + "|" + CALLED_ON.pattern
                     + "|" + ARRANGED.pattern + "|" + SUMMONED.pattern + "|" + PROTESTED.pattern + "|" + SHOOK_HANDS.pattern + "|" + CONTACTED.pattern)
# re itself does not read those first letters out of so many alternatives: searched as its twin told them
# (core.scan.skipping), the same matches in a tenth of the time (0.40 → 0.04 s over 1,000 news articles).
TRIGGER = skipping(TRIGGER)
# Uses of a trigger word that do not speak of a particular meeting.
NOT_A_MEETING = re.compile(r"(?:締約国会議(?:議長|事務局|場)|フォーラム(?:で|にて)開催|懇談会|会食会場|面談室|会談録|訪問者|訪問先|訪問客|交渉力|交渉術|交渉権|会見場|署名(?:が集|を集|活動|運動|簿|を提出)|締結(?:国|済み|交渉|に向け)"
                           r"|来日(?:通算|[0-9０-９]+年|後?初(?!日)|公演|コンサート|ツアー|ライブ|試合)"
                           r"|訪問(?:販売|介護|看護|診療|公演|数|の年)"
                           r"|(?:協議|交渉|話し合い|対話)の場(?:として|を(?:提供|設け|設置|つく|作)|の(?:設置|設立|創設))"
                           r"|署名」?(?:[0-9０-９,，]+|[一二三四五六七八九十百千万]+)(?:万|千)?(?:人|筆))")
# 本会議, 国会議員 (read as 会議 in 国会議員 only when 会議員 is not left out), ドラフト会議, 安全保障会議: a
# chamber's, a league's or a government's own sitting named before a bare 会議
OWN_SITTING_BEFORE = re.compile(r"(?:本|国|議|党|代表|全国|ドラフト|オーナー|代表者|幹事長|幹部|安全保障|安保|諮問|学術|商工|編集|職員|教授|部長|課長|局長"
                                r"|本部|対策本部|委員|理事|評議員|閣僚|役員|社長|支店長|所長|校長|担当者|首長|知事|市長|町長|村長|議長)$")
# メリル・ストリープの来日が決定, 監督と共に来日し舞台挨拶: a film's or show's promotion in the sentence of a
# 来日 makes it a promotional trip, no meeting of sides (a state visit tells no premiere)
PROMOTION = re.compile(r"本作|映画|試写会|プレミア|舞台挨拶|プロモーション|公開に(?:合わせ|先駆け)|公開を記念|主演|出演|新作|アルバム"
                       r"|ノミネート|作品賞|監督賞|主演賞|受賞作")  # (『…』は、…監督が来日: an award's film)
# 東京国際フォーラムで開催: a hall named a forum, where something else is held
# 来日初登板, 来日後初: a player's first feat since coming to Japan (not 来日初日, a visit's first day)
# 家庭訪問, 戸別訪問: calls at homes, not meetings of sides
# 法案に署名: a law signed by one hand, no meeting of sides
# 国と地方の協議の場としての「地方行財政会議」の設置, 協議の場を提供: a forum set up, no meeting told
NOT_A_MEETING_BEFORE = re.compile(r"(?:家庭|戸別|個別|病院|施設|(?:法案|法律|法|大統領令|行政命令)に)$")
# を求める署名, 結婚の署名: a petition's or a marriage's signatures, no agreement of sides
PETITION_BEFORE = re.compile(r"(?:を(?:求め|訴え)る|に反対する|(?:結婚|婚姻)の?)$")
# 対応を協議した, 人事を話し合った: a body deliberating on something, not a meeting with someone
DELIBERATION_BEFORE = re.compile(r"を$")
# 協議, 交渉 and 会合 are also plain nouns (協議継続, 交渉ではなく): they count as a
# meeting when something happens to them or a qualifier makes them one.
NEEDS_EVENT_USE = ("協議", "交渉", "会合", "話し合い", "フォーラム", "対話", "折衝")  # 対話路線, 対話を呼びかけ: no meeting
EVENT_USE_AFTER = re.compile(
    r"(?!ではなく)(?:し|した|して|する|を行|を開|を持|に臨|で|では|後|を終え|が行われ|が開かれ|を重ね|に出席|に参加|の場|を実施|開催"
    r"|をし(?:た|て)|の際|[がは]?まとま|(?:不調|不成立|決裂|妥結|打ち切り|破談|成立)(?![^、。]{0,3}(?:なら|の場合|すれば))"
    r"|を[^、。を]{1,10}?(?:行[いっう]|開[いきく]|重ね|実施|再開|開始)|が始ま|は[^、。]{0,12}?始ま|が開催|を開催"
    r"|[はが](?:[^、。]{0,8}?、)?[^、。]{0,8}?(?:決裂|物別れ|妥結|難航|平行線|不調|不成立|打ち切|中断|頓挫|暗礁|破談|成立)"
    r"|を[^、。を]{0,12}?(?:提案|申し入れ|呼びかけ|打診)|へ(?!の)|に入(?:っ|り|る|れ)"
    r"|を(?:再開|開始|続け|継続|始め)|(?<=[議渉い])を(?:打ち切|中断)|が(?:再開|始ま|続)|(?<=[議渉い])(?:を進め|が進め|が進ん)|[がは](?:[^、。]{0,8}?、)?[^、。]{0,12}?(?:行われ|開かれ|再開さ|始ま|行っ|持たれ|重ね|続い)"
    r"|に(?:戻|復帰)|[がは](?:合意|決着)(?!を目指|に向け)"
    r"|中(?![^、。]{0,2}(?:国|央|心|身|小|部|東))|[をがの][^、。を]{0,12}?(?:予定|調整)|の(?:最終)?(?:合意|妥結|決裂|末|席上))"
    r"|にて|の(?:後|あと)(?=[、にはでも])|の(?:席(?!次|順)|冒頭)|のテーブル"
    r"|(?<=会合)への(?:出席|参加)"  # 会合への参加も予定: a sitting attended (not 交渉への参加: joining talks as a party)
)  # 全体会合にて: で as written; 会合の後、交渉の席で, 会合の冒頭, 交渉のテーブルに着く: the time or the seat of talks
# held (not 和平交渉の後退, 協議の席次)  # 交渉に戻る, 和平交渉に戻れる: talks taken up again; 「大連立」交渉が合意: talks that came to an agreement; 修正協議を民主党に提案した: talks proposed to someone; 交渉を再開, 交渉を10月に再開, 協議を続けている;
# 経営統合へ向けて交渉を進めている, 協議が進んでいる: talks under way (協議, 交渉, 話し合い; not 対話を進める,
# a policy); 話し合いは年末年始に行った, 話し合いが持たれた, 交渉は続いている: the talks the topic of a verb that
# holds them;
# ナイジェリア政府との交渉の上, 交渉の過程で, 話し合いの結果, 米国との協議を経て, EUとの加盟交渉の中で: talks told by
# their course or what came of them (ネクシィーズとの交渉結果); オシム氏と交渉を認める: talks owned to; 日米両政府は…
# 輸入問題で協議。, 『…、パとも協議』: the word closing its sentence or a cited headline as its verb; and
# 山本さんと何度も話し合いました, AとBは話し合い、…: the verb 話し合う, not the noun; both only with a partner
# named (IOCは協議の結果: a body deliberating)
WITH_PARTNER_AFTER = re.compile(r"の?(?:上(?![手位層部司])|過程|結果|中で)|を経て|において|を認め|(?=[。』\"”]|\n|$)"
                                r"|(?<=話し合い)(?:、|ながら|ました)")
# 陸連を含む関係者と協議をする: talks to come, told with する, when a partner is named (審判団が協議をする: a
# body deliberating)
PLANNED_WITH_PARTNER = re.compile(r"をする(?!よう|ため|ことは|必要)")
# 協議が12日、北京で行われた, 核協議は9日、ウィーンで再開された; 協議は決裂した, 交渉が妥結した: talks that ended one way or another;
# 離婚協議中, 交渉中: talks under way; 対話が15日以降に予定された,
# 協議の日程を調整: talks planned; 連立交渉の最終合意, 交渉の末: what the talks came to
# 買収を検討・交渉をしてきたが, 交渉の際, 身売り交渉まとまらず: talks held (told with する), the occasion of
# talks, talks that came to an end or did not
EVENT_USE_BEFORE = re.compile(r"(?:首脳|外相|閣僚|次官|事務|実務|高官|電話|貿易|通商|和平|停戦|級|国間|者|緊急|臨時|[カヵケか]国"
                              r"|(?<![\u4e00-\u9fff])[日米中韓朝露英仏独印豪台]{2}(?:間の?)?)$")  # 米朝協議, 日中交渉, 日中間の協議
# ウラジオストクで行われた東方経済フォーラムの全体会合, 北京で開かれた6か国協議, 和歌山市であった「知事会議」: the word
# named after a clause that tells it held, its name (letters, brackets, の) between (not 困難であった交渉: であった
# only after a place)
HELD_BEFORE = re.compile(r"(?:(?:で|にて)(?:開かれ|行われ|開催され)|(?<=[市町村区県州都内])であっ)(?:た|ている)"
                         r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９Ａ-Ｚａ-ｚ・「」『』()（）の]{0,24}$")
# 合併協議, 連立交渉, 連立政権交渉, 買収交渉, 提携協議: talks named by what the sides work out (not 合併協議会, a council)
WHAT_SIDES_NEGOTIATE_BEFORE = re.compile(r"(?:合併|統合|買収|連立(?:政権)?|提携|身売り|移籍|和解|労使)$")
# 6カ国協議, 3か国首脳会合, 日中韓3か国の外相会合: a meeting of a number of countries, known by that name
COUNTRIES_BEFORE = re.compile(r"(?P<count>[0-9０-９]+|[二三四五六七八九十]+)[カヵケか]国の?(?:首脳|外相|閣僚)?$")
# 会見 is a meeting only with someone (天皇と会見); 記者会見, 定例会見 and 会見し「…」 are press conferences.
# (アフレコ会見, 囲み会見, 完成披露会見: a press event named by what it presents)
PRESS_CONFERENCE_BEFORE = re.compile(r"(?:記者|定例|発表|緊急|単独|合同|共同|謝罪|引退|就任|辞任|結婚|披露|囲み|アフレコ|イベント|インタビュー|トーク|プレス)$")
# 「…」と会見で述べた, 「…任せる」と田嶋氏が先ほどの会見で: a quote's と before a press conference (a quote,
# not a short quoted name: 「東京メトロ」と「都営地下鉄」が); 会見で語った: where something was said
# 小雪と椎名桔平が会見を行った: the と joins two who hold the press conference (が or は after the second),
# not a partner met (大統領と会見を行った)
PRESS_EVENT = re.compile(r"と[^、。と]{1,12}(?:が|は)(?:[^、。]{0,8}(?:で|く|日|に))?$")  # (…がまもなく会見予定)
HELD_PRESS_EVENT = re.compile(r"を(?:行|開)|予定")  # (AとBがまもなく会見予定: one press conference of both)
# 「私を選んでください」と異例の会見を行い: words quoted end in kana or a mark (a short quoted name,
# 「東京メトロ」と, ends in a noun)
QUOTED_BEFORE = re.compile(r"(?:[」』]と|[^「『」』]{16}[」』]と[^、。と「『]{0,12}|[ぁ-ゖ！？!?…。]」と[^、。と「『]{0,12})$")
SPOKEN_AT = re.compile(r"で(?:述べ|語|明らかに|発表|説明|話|表明|強調)")
# 覚書を締結した, 協定が締結された, 協定が締結され、…: a signing told as done, active or passive, closing its clause
# or going on to the next (not 締結したうえで, 締結するという, 締結されていない); 契約を締結していた,
# 協定を締結しており: done, told in the perfect closing its clause (not 締結していない, 締結しておらず, 締結していく,
# nor グッドウィルと締結していた命名権の契約を解除した: the agreement a clause describes, referred to)
CONCLUDED = re.compile(r"し(?:た(?!うえ|上)|、)|され(?:た|、)|して(?:いた|いる|おり)(?![\u4e00-\u9fff\u30a0-\u30ff])"
                       r"|(?:する)?に(?:至(?:った|り、)|こぎ(?:つ|着)け(?:た|、))|でき(?:た|て(?!いな|おらず))")
# パートナーシップを締結するに至った, 命名権を締結できて: a signing reached, told as done (not 締結に至っていない)
# スポンサー契約を締結。: a sentence that ends on the noun (体言止め) tells the signing as done, and so does a headline
# closing on it (『…とパートナーシップを締結』, 『…ネーミングライツ契約締結』, 『…4信金きょう協定締結』)
CONCLUDED_AT_END = re.compile(r"を締結(?=。|\n|$)|[^、。「」『』\s]締結(?=』)")
# …と会談, …との会見: a partner joined by と; not the と of こと, あと, もっと, nor と of という, として,
# となる, と見られる (…ことを受けて会見し, …という見解を会見で示した: a press conference), nor the と of
# によると, すると (…によると安倍氏は会見で: a source, then a press conference)
PARTNER_BEFORE = re.compile(r"(?<![こあひもっる])(?:と(?!いう|いった|して|なっ|なる|なり|見られ|思わ|考え)|との|とも)[^、。と]{0,12}$")


# a named agreement (停戦合意) is a signing when told as concluded (停戦合意していた, 和平合意が成立, 和平合意に署名) or
# as the agreement of a pair (タイとカンボジアの停戦合意); not one referred to (1994年の停戦合意に違反した)
NAMED_AGREEMENTS = ("停戦合意", "和平合意", "休戦合意")
AGREEMENT_CONCLUDED = re.compile(r"(?:し(?:た|て|、)|が(?:成立|結ばれ|締結され)|に(?:署名|調印)|を(?:結|締結|交わ))")
AGREEMENT_OF_PAIR = re.compile(r"と[^、。と「」]{1,16}(?:の間)?の$")


def kind_of(word: str) -> str:
    """The kind of meeting a trigger word names (talks when it names none in particular)."""
    if PHONE_WORD.fullmatch(word):
        return "phone_call"
    if word in ("交わ", "結"):
        return "signing"
    if word == "調整":
        return "negotiation_round"
    if UN_MEETING.fullmatch(word):
        return "multilateral"
    return TRIGGERS.get(word) or ("visit" if VISIT_ABBREVIATION.fullmatch(word) or word == "訪れ" else "talks")


# 東京都内で開かれた国際会議に出席し, カナダで…国際会議が行われる予定: an international conference told held or
# attended (not …首脳会議などの国際会議, the meetings just named; nor 国際会議で発表, 国際会議場: no sitting told)
_INTERNATIONAL_BEFORE = re.compile(r"(?<!などの)国際$")
_HELD_OR_ATTENDED = re.compile(r"に(?:出席|参加)|が[^、。\n]{0,12}?(?:開かれ|行われ|開幕|開催され)"
                               r"|を[^、。を\n]{0,8}?(?:開催|開[いかきく])")


def international_conference(body: str, s_start: int, start: int) -> bool:
    """Whether the 会議 at start is an international conference told held or attended: a conference of states only
    when a state or an official is among its sides (learned societies and companies hold them too: 学会の国際会議,
    core.meetings.word_kept)."""
    return bool(_INTERNATIONAL_BEFORE.search(body, max(s_start, start - 2), start)
                and _HELD_OR_ATTENDED.match(body, start + 2))


def conference_of_states(body: str, s_start: int, start: int) -> int | None:
    """Where the name of the conference of states whose 会議 starts at start begins (パリ講和会議, 国際会議 told held
    or attended), None when the 会議 is none."""
    if international_conference(body, s_start, start):
        return start - 2
    if not STATES_CONFERENCE_BEFORE.search(body, max(s_start, start - 2), start):
        return None
    return CONFERENCE_NAME_BEFORE.search(body, max(s_start, start - 16), start).start()


def kind_in(words: str) -> str:
    """The kind of meeting the first trigger in words names; talks when there is none."""
    found = TRIGGER.search(words)
    return kind_of(found.group(0)) if found else "talks"


# Status cues, looked for in the clause after the trigger (and just before it).
STATUS_CUES = [
    ("none_planned", re.compile(r"予定はない|予定はなく|考えはない|応じない|開く予定はない|計画はない")),
    ("cancelled", re.compile(r"取りやめ|取り止め|中止|見送|延期|キャンセル"
                               r"|^(?:を|は|に応じる(?:こと|の)を)(?:拒否|拒ん|拒み|断っ|断られ)")),  # 会談を拒否した
    ("proposed", re.compile(r"招待|招請|提案|望んで|望む|求め|呼びかけ|意欲|打診|検討|可能性|用意があ|用意はあ|不透明|実現(?!し[たて])|目指|早期"
                            r"|^に(?:戻|復帰)(?:る|れ|す|せ)"  # 交渉に戻るよう, 交渉に戻れる: not yet back
                            r"|^(?:し|を行っ|を続け)て(?:いく|いき)|^(?:し|を行い|を持ち)たい|^しよう")),
    # (JASRACなどと協議していく, 首相と会談したい: talks one side means to hold, none set yet)
    # (「尾瀬サミット」が30日に開催される: the meeting the subject of a plan; not 協議し…開催されることになった)
    # (年内に訪日する意向だ, 訪問する考えを示した: a visit one side means to make, not made yet)
    ("scheduled", re.compile(r"予定|調整|見通し|方向|受諾|受け入れ|向けて|^(?:の(?:開催|実現))?(?:に|へ)向けた|控え|^を前に|^へ(?!の)|開かれる|行われる|持たれる|^[^、。]{0,14}?[がはも][^、。]{0,14}?(?:開催|実施)される(?!こと)|臨む|する方針|計画"
                             r"|(?:開く|開催する|行う|実施する|入る)(?:こと|方針|考え|意向)|^する(?:意向|考え|つもり)")),
]
# 今後はケンタッキー社と取り扱いを協議するとともに, 両党は連立協議を決選投票後に行うと発表: talks told by a verb
# not yet in the past are to come (not 協議するのは1年ぶり, 協議する前に: the talks told are held); read only
# after talks words (協議, 交渉): 15日から歴訪する, 会談する in a report of the day tell what took place
TALKS_TO_COME = re.compile(r"^(?:する|をする|を(?:[^、。を]{1,12}?に)?(?:行う|開く|持つ|始める|開始する|実施する|再開する)|に入る)"
                           r"(?!の[はがも]|前|直前|際|中|間|ことで|ことが(?:でき|な)|ことは|に至)")  # (行うに至った: held)
TALKS_WORDS = ("協議", "交渉", "話し合い", "会合")
