"""Names built from a known name and a head: forces, a body of its parent, wars and games, laws, media.

Kaidan's convention (issue 12): an armed force with its country or body
(米軍, イスラエル軍, 国連軍), a body with its parent (国際連合人権理事会,
連邦議会下院) and a movement with its place (…解放戦線) are one organisation,
one-character country forms included. Numbered elections and long ceremony
names are events; so are events named from places (朝鮮戦争,
イラン・イラク戦争, 日露戦争, キューバ危機, 東京オリンピック) and laws named
from parts (決議2231, 「国家安全維持法」, パリ協定) are one span. A
newspaper's short name (朝日, 読売, 毎日) is an organisation only where the
sentence says it reports; a bare 毎日 is "every day"; so is any other outlet
named where it reports (…日報, …通信, a katakana name). The World Cup by its
short name (W杯) and a sumo tournament (九州場所) are events, and a city or
prefecture before 内 keeps its suffix (…市内, 東京都内).
A named storm (台風5号「ケーミー」, ハリケーン・カトリーナ), a disaster named after its place
(…地震, …大震災), a world war by its number and a championship named by its
reach (世界…選手権) are events; the provinces of both Koreas are places; a country's constitution
written on its name (日本国憲法) a law; an election commission (中央選管) an
organisation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Mention
from core.nlp.tokens import tokenize
from core.scan import finditer, may_match

# 軍事, 軍縮, 軍備, 軍人 … are words of their own: 軍 before them names no force.
NOT_A_FORCE = r"(?![事縮備拡需政民艦機港用属人医法服])"
# An armed force after its country or body; before an office the country stands alone
# (米陸軍長官, like 米国務長官).
_FORCES = re.compile(r"(?:海軍|陸軍|空軍|海兵隊|国軍|軍)" + NOT_A_FORCE +
                     r"(?![\u4e00-\u9fff]*(?:長官|大臣|相)(?![\u4e00-\u9fff]))")
# Bodies that take their parent's name as one organisation (国際連合 + 人権理事会).
_SUB_BODY = re.compile(r".*(?:理事会|総会|委員会|事務局|下院|上院|支部)$")
# A council or committee of an organisation named by its acronym (EU財務相理事会, IAEA理事会, NATO外相理事会);
# a meeting of its leaders (EU首脳会議) is no body.
_ACRONYM_BODY = re.compile(r"[A-Z]{2,6}")
_COUNCIL = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:理事会|委員会|評議会|事務局)(?![\u4e00-\u9fff])")
# A movement or front with its place: ウクライナ民族解放戦線, パレスチナ解放運動.
_MOVEMENT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:解放戦線|救国戦線|戦線|解放運動|独立運動|解放機構)"
                       r"(?![\u4e00-\u9fff])")
# The same before a word that is no part of it (法務省矯正局|所管, 農林水産省関東農政局|直轄, …局|長), tried second
# so that a longer division goes on (財務省理財局国庫課).
_DIVISION_BEFORE_WORD = re.compile(r"(?!当局|各局|同局|支局|部局|同課|同室|両局)(?:本部)?[\u4e00-\u9fff\d]{1,6}?(?:課|局|室)"
                                   r"(?![課局室])")
# Events named after their places: wars, conflicts, crises; games and fairs.
# A time word after the name stays out of it (ボスニア紛争中, 湾岸戦争後).
_CONFLICT = re.compile(r"(?:戦争|紛争|危機|内戦|事変|動乱)(?:(?![\u4e00-\u9fff])|(?=[中後前時下](?![\u4e00-\u9fff])))")
# Disasters named after their places: 新潟県中越地震, スマトラ島沖地震, 阪神・淡路大震災.
# An incident named after a name (金大中事件, アンディジャン事件); 暗殺事件 has no name before it.
_INCIDENT = re.compile(r"事件(?![\u4e00-\u9fff])")
_DISASTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:沖地震|大地震|地震|大震災|震災|豪雨|大噴火)(?![\u4e00-\u9fff])")
# The world wars by their number (第2次世界大戦, 第一次世界大戦).
_WORLD_WAR = re.compile(r"第[12一二]次世界大戦")
# Championships named by their reach: 世界陸上選手権, 全国高校野球選手権大会, 欧州選手権, and the national
# tournaments named by what is played (第92回全国高校野球大会; 全国大会 alone names none).
_CHAMPIONSHIP = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?:第\d{1,3}回)?(?:世界|全国|全日本|欧州|アジア|全米|全英|全豪|全仏)"
                           r"(?:[\u4e00-\u9fff\u30a1-\u30faー]{0,10}?選手権(?:大会|・?[\u4e00-\u9fff\u30a1-\u30faー]{1,8}?大会(?![\u4e00-\u9fff]))?"
                           r"|[\u4e00-\u9fff\u30a1-\u30faー]{2,10}?大会(?![\u4e00-\u9fff]))")
# A by-election named by its house and district: 衆議院福岡6区補欠選挙, 参院大阪選挙区補選.
_BY_ELECTION = re.compile(r"(?:衆議院|参議院|衆院|参院)[\u4e00-\u9fff\d]{1,8}?(?:選挙区|区)(?:補欠選挙|補選)")
# The national opens of tennis and golf (全米オープン): tournaments, not the country.
_OPEN = re.compile(r"全[米英仏豪]オープン(?:テニス|ゴルフ)?")
# A sumo tournament by its season, city or month (大相撲九州場所, 名古屋場所, 秋場所, 七月場所): an event, not
# the place it is held in (九州) nor a body; a season word glued to another word (立春場所) is not one.
_SUMO_TOURNAMENT = re.compile(r"(?:大相撲)?(?:名古屋|九州|大阪|(?:(?<=大相撲)|(?<![\u4e00-\u9fff]))(?:初|春|夏|秋)"
                              r"|(?:(?<=大相撲)|(?<![\u4e00-\u9fff\d]))(?:[一三五七九]|十一|1?1|[3579])月)場所")
# The provinces of both Koreas (a class of places UniDic splits: 慶尚|南道).
_KOREAN_PROVINCE = re.compile(r"(?<![\u4e00-\u9fff])(?:京畿|江原|忠清[南北]|全羅[南北]|慶尚[南北]|済州|平安[南北]|咸鏡[南北]"
                              r"|黄海[南北]?|慈江|両江)(?:特別自治)?道(?![\u4e00-\u9fff])")
# The football World Cup by its short name, with its year written on (2010W杯): a named tournament.
# A katakana name with a unit of places (クンドゥズ州, メーン州, ペイショトジアセベド市): a place, known or not.
_KATAKANA_PLACE = re.compile(r"(?<![\u30a1-\u30faー・=＝])[\u30a1-\u30faー]{2,}(?:[=＝][\u30a1-\u30faー]+)*"
                             r"(?:州|市|郡|地区|自治州)(?:(?![\u4e00-\u9fff])|(?=内|郊外|近郊|周辺|中心部|[東西南北]部))")
# A Japanese address down to its town (愛知県名古屋市中区, 新潟県古志郡四郎丸村, 長崎市松山町): one place, as
# 青森県八戸市 is; a unit that begins a longer word (市長, 町民, 区議会, 市場) ends the chain before it, and a
# unit never holds another prefecture (a list of towns: 佐伯市中村南|広島県呉市); a town or village has two
# letters at least (呉市 and 中区 are units, 中村 and 木村 are names).
_PREFECTURES = ("青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|東京|神奈川|新潟|富山|石川|福井|山梨|長野|"
                "岐阜|静岡|愛知|三重|滋賀|京都|大阪|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|"
                "佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄")
_UNIT = r"(?:(?:(?![県府])[\u4e00-\u9fff々ヶケが\u30a1-\u30faー]){2,5}?(?:市|郡|区|町|村)|(?![県府])[\u4e00-\u9fff](?:市|郡|区))(?!長|民|議|場|役|立|営|政|街|制|内|外|部)"
_ADDRESS = re.compile(r"(?<![\u4e00-\u9fff])(?:北海道|東京都|(?:京都|大阪)府|(?:" + _PREFECTURES + r")県)"
                      r"(?:" + _UNIT + r"){2,3}")
# A long name glossed by its acronym (民主代案同盟(PDA), 国際治安支援部隊(ISAF)): a body, a treaty or a meeting;
# 元 or 前 before it is said of the office after it (元アメリカ中央情報局(CIA)長官).
_GLOSSED = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・])(?:野党|与党|連立与党|最大野党|政党)?(?:元|前)?"
                      r"(?P<name>[\u4e00-\u9fff\u30a1-\u30faー][\u4e00-\u9fff\u30a1-\u30faー・]{3,23})"
                      r"[(（](?P<acronym>[A-Z][A-Z0-9&]{1,7})[)）]")
# Heads of a name that make it a machine or a device, glossed by its acronym or not: nobody speaks or meets as one
_THING_HEADS = ("装置", "機器", "システム", "ミサイル", "兵器", "ロケット", "衛星", "エンジン", "望遠鏡", "探査機", "原子炉")
# Acronyms of kinds of things, not of one body (自由貿易協定(FTA), 協定世界時(UTC), 非政府組織(NGO)).
GENERIC_ACRONYMS = {"UTC", "GMT", "JST", "PK", "TOB",  # PK戦, 株式公開買い付け(TOB)
                     "GDP", "GNP", "GNI", "FTA", "EPA", "NGO", "NPO", "ODA", "WMD", "IT", "AI",
                     "SNS", "PKO", "DNA", "CEO", "CIO", "BSE", "HIV", "ICBM", "SLBM", "IRBM", "MD", "LNG", "TPP",
                     "EEZ", "DV", "PTSD", "IPO", "M&A", "ETF", "CPI", "LCC", "EV", "IOT",
                     # formats, devices and networks of technology (HD DVD, URL, LTE): kinds of things
                     "URL", "DVD", "HDDVD", "BD", "CD", "HD", "DRM", "LTE", "GPS", "PC", "LED", "USB", "OS", "SIM",
                     "PDF", "HTML", "HTTP", "IP", "QR", "ID", "ATM", "SUV", "MRI", "RNA", "ETC", "LAN", "CPU", "SSD"}
# Heads of a disease's or a virus's name (エボラ出血熱, デング熱, ジカウイルス, 日本脳炎): the place they are
# named after is not the place acting.
DISEASE_HEADS = ("出血熱", "ウイルス", "ウィルス", "脳炎")
DISEASE_AFTER = re.compile(r"出血熱|熱(?![心意戦狂帯量])|ウイルス|ウィルス|脳炎")
_LAW_HEADS = ("条約", "協定", "議定書", "憲章", "計画", "合意")
_EVENT_HEADS = ("首脳会議", "首脳会合", "サミット", "フォーラム", "外相会議", "閣僚会議")
# What may follow a tournament's …大会 in its own name's stead (…南アフリカ大会決勝戦, …フランス大会予選).
_GAMES_GO_ON = r"(?:(?![\u4e00-\u9fff])|(?=決勝|準決勝|準々決勝|予選|開幕|閉幕|期間|初日|最終日))"
_WORLD_CUP = re.compile(r"(?<![0-9A-Za-z])(?:\d{4}|\d{2}年)?W杯(?:選手権)?(?:[\u4e00-\u9fff\u30a1-\u30faー・]{1,8}?大会"
                        + _GAMES_GO_ON + ")?")
# A city or prefecture before 内 (広島市内, 大阪府内, 東京都内): the place is named with its suffix.
_PLACE_SUFFIX = re.compile(r"[市都府県](?=内)")
_GAMES = re.compile(r"(?:夏季|冬季)?(?:オリンピック|パラリンピック|五輪|万国博覧会|万博|国際映画祭|サミット|競技大会|競技会)"
                    r"(?!委員会|協会|連盟)")
# The games named alone (オリンピック, 五輪, ワールドカップ), with their year or their full name to …大会
# (ワールドカップサッカー選手権・南アフリカ大会): tournaments, like W杯; a body named after them
# (オリンピック委員会, 五輪組織委員会) is not the games.
_GAMES_ALONE = re.compile(r"(?:(?<![\u4e00-\u9fff\u30a1-\u30faー・A-Za-z\d])|(?<=サッカー))(?:第\d{1,3}回)?(?:\d{4}年?)?"
                          r"(?:FIFA|IOC)?(?:\d{4}年?)?(?:夏季|冬季)?"
                          r"(?:オリンピック|パラリンピック|五輪|ワールドカップ(?:[(（]W杯[)）])?|ユニバーシアード)"
                          r"(?:[\d\u4e00-\u9fff\u30a1-\u30faー・]{0,20}?大会" + _GAMES_GO_ON + ")?"
                          r"(?![\u30a1-\u30faー]|[\u4e00-\u9fff]{0,4}(?:委員会|協会|連盟|書))")
# Named elections and ceremonies: 第47回衆議院議員総選挙, 原爆犠牲者慰霊平和祈念式典 (a long
# compound is a ceremony's name; 記念式典 and 就任式典 alone are kinds of ceremony).
_ELECTION = re.compile(r"第\d{1,3}回[\u4e00-\u9fff]{2,12}?(?:総選挙|通常選挙|選挙)(?![\u4e00-\u9fff])")
# An election named by its year (2007年フランス大統領選挙, 2010年参院選): a year glued to the election.
_YEAR_ELECTION = re.compile(r"(?<![\d年])\d{4}年(?=[\u4e00-\u9fff\u30a1-\u30faー])(?![上下前後末初内度代以来中春夏秋冬])"
                       r"[\u4e00-\u9fff\u30a1-\u30faー・]{1,14}?(?:総選挙|通常選挙|選挙|(?<![再当改落互民])選)(?![\u4e00-\u9fff])")
# A numbered session of a parliament (第163特別国会, 第172回国会): an event, where the Diet alone is no entity.
_DIET_SESSION = re.compile(r"第\d{1,3}回?(?:特別|臨時|通常)?国会(?![\u4e00-\u9fff])")
_CEREMONY = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{6,16}式典")
# Laws: a resolution with its number, a quoted name ending in 法, a place's treaty or accord.
_RESOLUTION = re.compile(r"決議(?:第)?\d{2,4}号?")
_QUOTED_LAW = re.compile(r"「(?P<law>[^「」。、\s]{2,30}?法)」")
# A law named without quotes: a compound of kanji ending in 法 (民事再生法, 公職選挙法, 個人情報保護法), unless
# the compound ends in a word that is a way of doing (方法, 手法) or says lawful (違法, 合法, 司法); 改正
# before the name says it was amended and is not part of it; the name may run on into 違反, 施行, 第3条.
_LAW_NAME = re.compile(r"(?<![\u4e00-\u9fff])(?:改正)?(?P<law>[\u4e00-\u9fff]{3,11}"
                       r"(?<![方手戦商療用技文作製工兵寸論話司違合不立脱無適便秘魔説仏筆打泳奏算解])法)"
                       r"(?:(?![\u4e00-\u9fff])|(?=違反|改正|施行|制定|成立|第\d|上の))")
# A law named by two kanji (破産法, 薬事法, 旅券法, 航空法): the same form where the sentence treats it as a law
# (…法違反, …法に基づき, …法の適用), unless the two name a kind or field of law (国際法, 現行法, 特措法,
# 行政法), a new or old one (新憲法), or a constitution (found by its own rule); 呼吸法 and 調理法 are ways.
_SHORT_LAW = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー])(?P<law>[\u4e00-\u9fff]{2}"
                        r"(?<![方手戦商療用技文作製工兵寸論話司違合不立脱無適便秘魔説仏筆打泳奏算解憲])法)"
                        r"(?=違反|改正|施行|制定|成立|第\d|第[一二三四五六七八九十]|上の|に基づ|に違反|に抵触|の適用|"
                        r"の規定|の改正|の施行|の成立|で定め|で禁じ|で禁止|で規定|が施行|が成立)")
_LAW_KINDS = {"国際", "国内", "現行", "関連", "改正", "特措", "特別", "一般", "基本", "行政", "刑事", "民事", "手続",
              "実体", "自然", "成文", "慣習", "実定", "戦時", "国家", "地方", "関係", "同様", "上位", "下位", "新規",
              "個別", "既存", "問題", "当該", "海洋", "宇宙", "人道", "経済", "労働", "環境", "宗教", "伝統", "暫定"}
_LAW_LEADS = set("新旧同本各現改諸当前後原元全両該")
# A treaty named by what it bans or limits (対人地雷全面禁止条約, 生物兵器禁止条約, 戦略兵器削減条約): its name
# whole, with no place before it; a kind of treaty (平和条約, 自由貿易協定) names no purpose and stays unnamed.
_PURPOSE_TREATY = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,12}(?:禁止|不拡散|削減|制限|防止|撤廃|廃絶|規制)"
                             r"(?:条約|議定書|協定)")
# A body or a treaty named in quotes (「新駅設置促進協議会」, 「無形文化遺産保護条約」): its name whole.
_QUOTED_BODY = re.compile(r"「(?P<name>[^「」。、\s]{3,30}?(?:(?P<treaty>条約|協定|憲章|議定書)|協議会|委員会|審議会|"
                          r"懇談会|評議会|連合会|連合|同盟|連盟|協会|機構|戦線))」")
_LAW_AFTER_PLACE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?)(?:条約|協定|宣言|憲章|議定書)(?![\u4e00-\u9fff])")
# A country's constitution written on its name (日本国憲法); ハイチの憲法 is the kind, not a name.
_CONSTITUTION = re.compile(r"(?:国)?憲法(?:(?![\u4e00-\u9fff])|(?=施行|制定|改正|改定|公布|第|前文|違反))")
# A named storm: 台風5号「ケーミー」 gives the name, and its Latin spelling in brackets after it.
# A storm's name in brackets or after ・ (ハリケーン「カトリーナ」, ハリケーン・エプシロン), its number optional:
# the name alone is the event; a body named after storms (ハリケーン・センター) is not one.
_STORM = re.compile(r"(?:台風|ハリケーン|サイクロン)(?:\d{1,2}号)?(?:[「『](?P<name>[^」』\s]{1,15})[」』]"
                    r"|・(?!センター|シーズン|ハンター)(?P<kana>[\u30a1-\u30fa][\u30a1-\u30faー]{1,11})(?![\u30a1-\u30faー・]))"
                    r"(?:[(（](?P<latin>[A-Za-z][A-Za-z\- ]{1,20})[)）])?")
# An election commission by its short name, alone or after its country (中央選管, リベリア中央選管).
_ELECTION_BODY = re.compile(r"(?:中央)?(?:選管|選挙管理委員会)")
_CENTRAL_ELECTION_BODY = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30fa])中央(?:選管|選挙管理委員会)")
# A newspaper's or agency's short name where the sentence says it reports.
_REPORTS = r"(?=によると|によれば|の報道|が報じ|は報じ|が伝え|は伝え|の取材|の世論調査)"
_MEDIA = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>(?:テレビ)?(?:朝日|読売|毎日|産経|日経|共同|時事)|テレビ東京)" + _REPORTS)
# Any outlet that reports: a name of kanji ending as newspapers and agencies do (東奥日報; not a word
# that counts or points at outlets already named or says their kind: 両新聞, 同通信, 地元新聞), or a
# katakana name (スポーツニッポン) that is not a common word for a source (ニュース, メディア).
_OUTLET = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・])(?P<name>(?!(?:[両各同当本他]|地元|全国|大手|主要|複数|現地|海外|国内|外国)"
                     r"(?:新聞|日報|新報|通信|放送))"
                     r"[\u4e00-\u9fff]{1,6}(?:新聞|日報|新報|通信|放送)"
                     r"|[\u30a1-\u30faー][\u30a1-\u30faー・]{2,14})" + _REPORTS)
# An outlet cited on a line of its own with the day it published (秋田魁新報、2006年9月16日。), as news
# sites list their sources: a kanji name ending as newspapers and agencies do.
_CITED_OUTLET = re.compile(r"(?m)^(?P<name>[\u4e00-\u9fff]{1,6}(?:新聞|日報|新報|通信|放送)社?)、\d{4}年")
_SOURCE_WORDS = {"ニュース", "メディア", "データ", "レポート", "リポート", "サイト", "ウェブサイト", "ホームページ",
                 "インタビュー", "アンケート", "グループ", "チーム", "メンバー", "スタッフ", "マスコミ", "ブログ",
                 "ツイッター", "テレビ", "ラジオ", "ネット", "インターネット", "プレスリリース", "リリース",
                 "コメント", "スポークスマン", "ジャーナリスト", "アナリスト", "エコノミスト", "カメラ"}
# A party: a name of kanji before 党, unless the word is a kind of party (与党, 野党, 同党, 新党); 与党 or
# 野党 before the name says which side it is on (与党社会民主党 is 社会民主党); a counter after a number is
# no part of it (312票社民党, 2009年民主党).
_COUNTER = "[票人名件台回位年月日歳席代]"  # (第21代自民党総裁: the 21st president)
_PARTY = re.compile(r"(?:(?<![\u4e00-\u9fff\u30a1-\u30fa])(?!(?<=\d)" + _COUNTER + r")|(?<=\d" + _COUNTER + r"))"
                    r"(?:連立与党|最大野党|与党|野党|第\d党|一方|他方)?"
                    r"(?P<party>[\u4e00-\u9fff]{1,7}(?<![与野政同両各全他一離入結解友新本我脱旧])党)"
                    r"(?![員首派内籍費則綱議首大])")
# A prefecture's police (神奈川県警, 大阪府警察本部, 大阪府警生活経済課): an organisation, not the place.
_POLICE = re.compile(r"警(?:察本部|察|本部)?(?![\u4e00-\u9fff])|警(?=[\u4e00-\u9fff]{1,6}?(?:署|課|部|隊)(?![\u4e00-\u9fff]))")
# A party named "the party of …" (維新の党, みんなの党, 希望の党); not 同国の党 or 与党の党首.
_PARTY_OF = re.compile(r"(?:(?<![\u4e00-\u9fff\u30a1-\u30fa])|(?<=\d" + _COUNTER + r"))(?![同各自与野両他我])"
                       r"(?:[\u4e00-\u9fff]{2,3}|みんな|日本のこころ|(?P<verb>[\u4e00-\u9fff]{1,2}[\u3041-\u3093]{1,2}))"
                       r"の党(?![\u4e00-\u9fff])")
# A movement or a front named in katakana (モロ・イスラム解放戦線, サパティスタ民族解放軍, ポリサリオ戦線): a liberation
# head names one whatever the words before it; a bare 戦線 or 運動 only after a proper name (not プレーオフ戦線, デモ運動)
_KATAKANA_MOVEMENT = re.compile(r"(?<![\u30a1-\u30faー・])(?P<name>[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]{2,})*)"
                                r"[\u4e00-\u9fff]{0,6}?(?:(?P<liberation>解放戦線|救国戦線|解放運動|独立運動|解放機構|解放組織|解放軍)"
                                r"|戦線|運動)(?![\u4e00-\u9fff])")
_BRANCH = re.compile(r"(?:支部|支局|支社|支店|分派|州)(?![\u4e00-\u9fff])")
_EMBASSY = re.compile(r"総領事館|領事館|大使館|代表部")
# A country's ministry named by its portfolio (米司法省, 仏国防省, スイス司法省, 米国土安全保障省): the country with it
# is one body, one-character abbreviations too; not 省庁, 省令, 省内.
_MINISTRY = re.compile(r"(?:国務|国防総|国防|外務|財務|司法|法務|内務|商務|農務|労働|エネルギー|国土安全保障|運輸|教育|"
                       r"保健福祉|保健|厚生|環境|貿易|経済|情報|通信|文化|外交|公安|国家安全|民政|交通|建設|工業|内政|財政|"
                       r"退役軍人|住宅都市開発|国土|産業|農業|観光|移民|社会保障|福祉|原子力|国家安全保障)省(?!庁|令|内|益)")
# Words that place a day written after them: local time, "the same", the days around today.
_DATE_LEAD = re.compile(r"(?<![\u4e00-\u9fff])(?:現地(?:時間)?|同|一昨日|昨日|今日|明日|本日)$")
# A date a range joins to the next: 1950年から1953年, 7月から9月, 10月27日から11月6日, 2008年7月から8月.
_RANGE_END = re.compile(r"\d(?:年|月|日)$")
_RANGE = re.compile(r"から|～|〜|-|–")
_PLACES = ("GPE", "LOC")


@lru_cache(maxsize=1024)
def _party_word(surface: str) -> bool:
    """Whether a short …党 is one common word for a party's kind or fate (分党, 復党, 残党), not a party's name;
    a name reads as a word and the suffix 党 (社民|党, 参政|党)."""
    if len(surface) > 2:
        return False
    tokens = tokenize(surface)
    return len(tokens) == 1 and tokens[0].pos.startswith("名詞,普通名詞")


@lru_cache(maxsize=1024)
def _verb_form(surface: str) -> bool:
    """Whether a word in kanji and kana before の党 is a verb's form (結い of 結いの党), not a word of how many
    or which (多くの党, 全ての党, 残りの党)."""
    tokens = tokenize(surface)
    return len(tokens) == 1 and tokens[0].pos.startswith("動詞")


@lru_cache(maxsize=1024)
def _proper_name(surface: str) -> bool:
    """Whether UniDic reads a proper name in the katakana (ポリサリオ), not common words only (プレーオフ, デモ)."""
    return any(t.unknown or t.pos.startswith("名詞,固有名詞") for t in tokenize(surface))


def _names_a_person(end: int, by_end: dict[int, list[Mention]]) -> bool:
    """Whether a person's name ends at end (神崎武法 is a man, not a law)."""
    return any(m.type == "PERSON" for m in by_end.get(end, ()))


_QUALIFIER_AFTER_NAME = re.compile(r"(?:元|前|現|次期)")


def _after_person(folded: str, people: dict[int, int], party: re.Match) -> int:
    """Where a party's name begins: after a person named at its start, glued, and 元/前 after them
    (加藤紘一元自民党幹事長: 自民党), when a name of two letters or more is left."""
    end = people.get(party.start("party"))
    if end is None or end > party.end("party") - 3:
        return party.start("party")
    qualifier = _QUALIFIER_AFTER_NAME.match(folded, end)
    return qualifier.end() if qualifier and qualifier.end() <= party.end("party") - 3 else end


def compound_mentions(folded: str, candidates: list[Mention]) -> list[Mention]:
    """ORG, EVENT and LAW mentions built from the candidates found so far and their heads."""
    out = []
    by_end: dict[int, list[Mention]] = {}
    by_start: dict[int, list[Mention]] = {}
    for mention in candidates:
        by_end.setdefault(mention.end, []).append(mention)
        by_start.setdefault(mention.start, []).append(mention)
    # The heads looked for after each name, each only when the article holds a word it needs (core.scan).
    forces_, embassy_, movement_, incident_, conflict_, disaster_, games_, police_, suffix_, constitution_, \
        commission_, law_, council_, ministry_ = (may_match(p, folded) for p in (
            _FORCES, _EMBASSY, _MOVEMENT, _INCIDENT, _CONFLICT, _DISASTER, _GAMES, _POLICE, _PLACE_SUFFIX,
            _CONSTITUTION, _ELECTION_BODY, _LAW_AFTER_PLACE, _COUNCIL, _MINISTRY))
    for mention in candidates:
        end = mention.end
        if mention.type in ("GPE", "ORG") and not _inside_a_pair(mention, by_end):
            forces = _FORCES.match(folded, end) if forces_ else None
            if forces:
                out.append(Mention(mention.start, forces.end(), "", "ORG", source="compound"))
            embassy = _EMBASSY.match(folded, end) if embassy_ and mention.end - mention.start == 1 else None
            if embassy:
                out.append(Mention(mention.start, embassy.end(), "", "ORG", source="compound"))
            ministry = _MINISTRY.match(folded, end) if ministry_ and mention.type == "GPE" else None
            if ministry:
                out.append(Mention(mention.start, ministry.end(), "", "ORG", source="compound"))
        if mention.type == "DATE" and folded[mention.start : mention.start + 1].isdigit():
            lead = _DATE_LEAD.search(folded, max(0, mention.start - 5), mention.start)
            if lead:  # 現地28日, 同30日, 今日8日: the word that places the day belongs to it
                out.append(Mention(lead.start(), end, "", "DATE", value=mention.value, source="compound"))
        if mention.type == "DATE" and _RANGE_END.search(folded, mention.start, mention.end):
            joint = _RANGE.match(folded, end)
            other = [m for m in by_start.get(joint.end(), []) if m.type == "DATE"] if joint else []
            other = [m for m in other if folded[m.start].isdigit() and _RANGE_END.search(folded, m.start, m.end)]
            if other:  # the range is one date, as the news gold writes it, valued by its start
                longest = max(other, key=lambda m: m.end)
                out.append(Mention(mention.start, longest.end, "", "DATE", value=mention.value, source="compound"))
        if mention.type in _PLACES or mention.type == "ORG":
            movement = _MOVEMENT.match(folded, end) if movement_ else None
            if movement:
                out.append(Mention(mention.start, movement.end(), "", "ORG", source="compound"))
        if mention.type == "ORG" and council_ and _ACRONYM_BODY.fullmatch(folded, mention.start, end):
            council = _COUNCIL.match(folded, end)
            if council:  # EU|財務相理事会, IAEA|理事会: a body of the organisation named by its acronym
                out.append(Mention(mention.start, council.end(), "", "ORG", source="compound"))
        if mention.type == "ORG":
            for body in by_start.get(end, ()):
                if body.type == "ORG" and _SUB_BODY.match(folded, body.start, body.end):
                    out.append(Mention(mention.start, body.end, "", "ORG", source="compound"))
                branch = _BRANCH.match(folded, body.end) if body.type in _PLACES else None
                if branch:  # an organisation's branch named by its place: …トリポリ支部, …シナイ州
                    out.append(Mention(mention.start, branch.end(), "", "ORG", source="compound"))
        if mention.type in ("PERSON", "GPE", "LOC", "ORG") and mention.end - mention.start >= 2 \
                and incident_ and _INCIDENT.match(folded, end):
            out.append(Mention(mention.start, end + 2, "", "EVENT", source="compound"))
        if mention.type in _PLACES:
            conflict = _CONFLICT.match(folded, end) if conflict_ else None
            disaster = _DISASTER.match(folded, end) if disaster_ else None
            law = _LAW_AFTER_PLACE.match(folded, end) if law_ else None
            # where a list of places begins matters only to a conflict, a disaster or a law named after it
            start = _first_of_a_list(folded, mention, by_end) if conflict or disaster or law else mention.start
            if conflict and (mention.end - mention.start >= 2 or start < mention.start):
                out.append(Mention(start, conflict.end(), "", "EVENT", source="compound"))
            if disaster and mention.end - mention.start >= 2:
                out.append(Mention(start, disaster.end(), "", "EVENT", source="compound"))
            games = _GAMES.match(folded, end) if games_ else None
            if games and mention.end - mention.start >= 2:
                out.append(Mention(mention.start, games.end(), "", "EVENT", source="compound"))
            police = _POLICE.match(folded, end) if police_ and folded[end - 1 : end] in "都道府県" else None
            if police:
                out.append(Mention(mention.start, police.end(), "", "ORG", source="compound"))
            suffix = _PLACE_SUFFIX.match(folded, end) if suffix_ else None
            if suffix and mention.end - mention.start >= 2:
                # the place with its suffix is the same place (東京都 is 東京), as core.nlp.suffixed_names links …市, …府
                out.append(Mention(mention.start, suffix.end(), "", "LOC", mention.entity_id, source="compound"))
            constitution = _CONSTITUTION.match(folded, end) if constitution_ and mention.type == "GPE" else None
            if constitution and mention.end - mention.start >= 2:
                out.append(Mention(mention.start, constitution.end(), "", "LAW", source="compound"))
            commission = _ELECTION_BODY.match(folded, end) if commission_ and mention.type == "GPE" else None
            if commission:
                out.append(Mention(mention.start, commission.end(), "", "ORG", source="compound"))
            if law and (mention.end - mention.start >= 2 or start < mention.start):
                out.append(Mention(start, law.end(), "", "LAW", source="compound"))
    out += [Mention(m.start(), m.end(), "", "EVENT", source="compound") for m in finditer(_ELECTION, folded)]
    if "選" in folded:  # the year pattern begins with a digit, tried all along a text that names no election
        out += [Mention(m.start(), m.end(), "", "EVENT", source="compound") for m in finditer(_YEAR_ELECTION, folded)]
    out += [Mention(m.start(), m.end(), "", "EVENT", source="compound") for m in finditer(_DIET_SESSION, folded)]
    out += [Mention(m.start(), m.end(), "", "EVENT", source="compound") for m in finditer(_CEREMONY, folded)
            if not folded.startswith(("同", "各", "今回", "当日"), m.start())]
    out += [Mention(m.start(), m.end(), "", "LAW", source="compound") for m in finditer(_RESOLUTION, folded)]
    out += [Mention(m.start("law"), m.end("law"), "", "LAW", source="compound") for m in finditer(_QUOTED_LAW, folded)]
    out += [Mention(m.start(), m.end(), "", "LAW", source="compound") for m in finditer(_PURPOSE_TREATY, folded)]
    out += [Mention(_law_start(folded, m.start("law")), m.end("law"), "", "LAW", source="compound")
            for m in finditer(_LAW_NAME, folded) if not _names_a_person(m.end("law"), by_end)]
    out += [Mention(m.start("law"), m.end("law"), "", "LAW", source="compound") for m in finditer(_SHORT_LAW, folded)
            if m["law"][:2] not in _LAW_KINDS and m["law"][0] not in _LAW_LEADS
            and not _names_a_person(m.end("law"), by_end)]
    out += [Mention(m.start("name"), m.end("name"), "", "LAW" if m["treaty"] else "ORG", source="compound")
            for m in finditer(_QUOTED_BODY, folded)]
    out += [Mention(m.start("name"), m.end("name"), "", "ORG", source="compound") for m in finditer(_MEDIA, folded)]
    out += [Mention(m.start("name"), m.end("name"), "", "ORG", source="compound") for m in finditer(_OUTLET, folded)
            if m.group("name") not in _SOURCE_WORDS]
    out += [Mention(m.start("name"), m.end("name"), "", "ORG", source="compound") for m in finditer(_CITED_OUTLET, folded)]
    out += [Mention(m.start(), m.end(), "", "EVENT", source="compound")
             for pattern in (_WORLD_CUP, _WORLD_WAR, _CHAMPIONSHIP, _OPEN, _BY_ELECTION, _GAMES_ALONE, _SUMO_TOURNAMENT)
             for m in finditer(pattern, folded)]
    out += [Mention(m.start(), m.end(), "", "LOC", source="compound") for m in finditer(_KOREAN_PROVINCE, folded)]
    out += [Mention(m.start(), m.end(), "", "LOC", source="compound") for m in finditer(_KATAKANA_PLACE, folded)]
    out += [Mention(m.start(), m.end(), "", "LOC", source="compound") for m in finditer(_ADDRESS, folded)]
    for glossed in finditer(_GLOSSED, folded):
        name = glossed["name"]
        if glossed["acronym"] in GENERIC_ACRONYMS or name.endswith(_THING_HEADS):
            continue  # 自動列車停止装置(ATS), 月周回衛星(SELENE), 沸騰水型原子炉(BWR): a machine, no body
        kind = "LAW" if name.endswith(_LAW_HEADS) else "EVENT" if name.endswith(_EVENT_HEADS) else "ORG"
        out += [Mention(glossed.start(group), glossed.end(group), "", kind, source="compound") for group in ("name", "acronym")]
    out += [Mention(m.start(), m.end(), "", "ORG", source="compound")
            for m in finditer(_CENTRAL_ELECTION_BODY, folded)]
    for storm in finditer(_STORM, folded):
        out += [Mention(storm.start(group), storm.end(group), "", "EVENT", source="compound")
                for group in ("name", "kana", "latin") if storm.group(group)]
    # (金正恩朝鮮労働党委員長, 習近平共産党総書記: a person named before the party, glued, is no part of it)
    people = {m.start: m.end for m in candidates if m.type == "PERSON"} if "党" in folded else {}
    out += [Mention(_after_person(folded, people, m), m.end("party"), "", "ORG", source="compound")
            for m in finditer(_PARTY, folded) if not _party_word(m["party"])]
    out += [Mention(m.start(), m.end(), "", "ORG", source="compound") for m in finditer(_PARTY_OF, folded)
            if not m["verb"] or _verb_form(m["verb"])]
    out += [Mention(m.start(), m.end(), "", "ORG", source="compound") for m in finditer(_KATAKANA_MOVEMENT, folded)
            if m["liberation"] or _proper_name(m["name"])]
    if "課" in folded or "局" in folded or "室" in folded:
        out += _divisions(folded, candidates + out)
    return out


# A government office's division is part of its name: 総務省行政管理局, 兵庫県警捜査一課, 気象庁気候情報課,
# 大阪府警察本部捜査一課; not the authorities (内務省当局) nor a count of stations (各局).
_OFFICE_HEAD = re.compile(r"(?:省|庁|県警|府警|道警|都警|警察|警察本部)$")
_DIVISION = re.compile(r"(?!当局|各局|同局|支局|部局|同課|同室|両局)(?:本部)?[\u4e00-\u9fff\d]{1,6}?(?:課|局|室)"
                       r"(?![\u4e00-\u9fff])")


def _divisions(folded: str, names: list[Mention]) -> list[Mention]:
    """An office with its division (…省…局, …県警…課), one organisation."""
    out = []
    for name in names:
        if name.type == "ORG" and _OFFICE_HEAD.search(folded, name.start, name.end):
            division = _DIVISION.match(folded, name.end) or _DIVISION_BEFORE_WORD.match(folded, name.end)
            if division:
                out.append(Mention(name.start, division.end(), "", "ORG", source="compound"))
    return out


# Words the statutes write in kana before their kanji (覚せい|剤取締法, あへん法, たばこ事業法): the law's name
# starts with the word (a kana run before a law is otherwise a particle or a verb: 絡み|政治資金規正法).
_KANA_IN_WORD = re.compile(r"(?:覚せい|あへん|たばこ)$")


def _law_start(folded: str, start: int) -> int:
    """Where a law's name starts: before a kana-written word that leads into it (覚せい剤取締法)."""
    lead = _KANA_IN_WORD.search(folded, max(0, start - 4), start)
    return lead.start() if lead else start


def _inside_a_pair(mention: Mention, by_end: dict[int, list[Mention]]) -> bool:
    """A one-character country glued to another (日米, 米中) names a relation, not the force's owner."""
    if mention.end - mention.start != 1:
        return False
    return any(m.type == "GPE" and m.end - m.start == 1 for m in by_end.get(mention.start, []))


def _first_of_a_list(folded: str, mention: Mention, by_end: dict[int, list[Mention]]) -> int:
    """Where a run of places joined by ・ or glued abbreviations ends to the left (イラン・イラク, 日露)."""
    start = mention.start
    while True:
        gap = start - 1 if start > 0 and folded[start - 1] == "・" else start
        before = [m for m in by_end.get(gap, []) if m.type == "GPE"]
        if not before or (gap == start and before[0].end - before[0].start != 1):
            return start
        start = before[0].start
