"""Claims in interviews and award and event reports: sentences of the livedoor news corpus (CC BY-ND 2.1 JP, NHN
Japan) — the claims gold's seventeenth development draw (women's lifestyle news) and sports news outside every
gold. The one an interview asks speaks the quotes that follow; a name the detector cut in two before さん is read
whole; words left or sent to listeners (名言を残し, と会員を励まし, とエールを送り) and a verb right after a quote are
claims; an event set before a quote (授賞式では) holds nothing; a person described before だが speaks next."""

from core.nlp.whole_names import whole_names
from core.model import Mention
from tests.core.claim_helpers import candidates, holder_of, holders_opening as _held


def test_the_one_an_interview_asks_speaks_the_quotes_after_it():
    text = ("現在LAVAではさらなるサービス向上に向けて、「専門職正社員インストラクター」の採用と育成に力を入れています。"
            "そこでスタッフの採用や育成を担当する羽賀紗保里さんにLAVAが求める人物像についてお話を伺ってきました。\n"
            "「LAVAでインストラクターとして活躍するのに年齢や経験は関係ありません。」話してくれました。"
            "それでは、具体的にどのような教育をしているのでしょうか。\n"
            "「LAVA入社後、1ヶ月間の新人研修があります。」と説明してくれました。")
    assert _held(text, "「LAVAで") == ["羽賀紗保里"]  # a verb right after the quote, と left out
    assert _held(text, "「LAVA入社後") == ["羽賀紗保里"]  # not LAVA, the が-subject of the sentence before
    # the same sentence with nobody asked: the body named before is still who the quote goes on with
    plain = text.replace("についてお話を伺ってきました", "を紹介しました")
    assert _held(plain, "「LAVA入社後") != ["羽賀紗保里"]


def test_the_one_a_tv_interview_asks_holds_the_quotes_that_follow():
    text = ("12日深夜放送、TBS「S1」では、番組MCの魔裟斗とプロ野球解説者で巨人軍OBの槙原寛己氏が巨人軍の宮崎キャンプを訪問、"
            "原辰徳監督にインタビューを行った様子を伝えた。\n"
            "「チームそのものが若返りました。」とここまでの手応えを語る原監督は、リリーフ候補と目されているアルバラデホにも言及。"
            "槙原氏の「K-1の選手だったら凄い試合をしそう」という冗談に、「大きければ強いってもんでもないからね」と笑顔を見せつつ答えた。")
    assert _held(text, "「大きければ") == ["原辰徳"]


def test_a_name_cut_before_an_honorific_is_read_whole():
    body = "担当する羽賀紗保里さんに伺った。石田元首相さんは来た。"
    cut = [Mention(4, 6, "羽賀", "PERSON", "found:PERSON:羽賀"), Mention(7, 9, "保里", "PERSON", "found:PERSON:保里"),
           Mention(17, 19, "石田", "PERSON", "found:PERSON:石田")]
    assert [(m.text, m.type) for m in whole_names(body, cut)] == [("羽賀紗保里", "PERSON"), ("石田", "PERSON")]
    assert _held("警察によると、山田太郎容疑者は「殺すつもりはなかった」と供述している。", "「殺す") == ["山田太郎"]


def test_words_left_or_sent_to_listeners_are_claims():
    text = ("授賞式に出席した石田純一さんは「名誉ある第1回目の受賞をもらえて嬉しく思っている」と授賞の喜びを語り、現在交際中の"
            "女子プロゴルファーの東尾理子さん（34）との事について「奇跡のような出会いと、色んな物に導かれた気がする」と2人の事を"
            "振り返りました。\n“今年最も婚活に成功した人”石田さんからは、「結婚適齢期は自分次第で、いくつであってもいい」と、"
            "婚活を頑張っている会員を励ましていました。\nかつては「不倫は文化だ」と名言を残していた石田さんだが、今回の授賞式では"
            "「婚活は人生で最も大切な営業だ」という名言を残し、「自分を信じて上手にプレゼンをして、相手の気持ちを動かす努力が必要。」"
            "と付け加えました。\n最後に、「人生はうまくいくようにできている。」と会場の婚活に励む会員にエールを送っていました。")
    for opening in ("「奇跡", "「結婚適齢期", "「不倫", "「婚活は", "「自分を信じて", "「人生は"):
        assert _held(text, opening) == ["石田純一"], opening


def test_a_deed_of_encouragement_after_a_clause_is_no_claim():
    text = "年の離れた同僚男性たちを、ときには励まし、ときには叱るユウコさんは自分のことを牧羊犬だと笑う。"
    assert [c.text for c in candidates(text) if "同僚男性" in c.text] == []
    text = "1ケ月間、ともに励ましあい、気持ちを高め合いながらプロジェクトに参加しました。"
    assert candidates(text) == []


def test_a_name_after_a_setting_holds_without_its_vice_ministers_title():
    text = ("イベントの挨拶で奥村展三文部科学副大臣は「みなさんは大きな夢を持っているということで、チャレンジ精神で"
            "頑張ってください」とエールを送った。")
    assert _held(text, "「みなさん") == ["奥村展三"]


def test_a_headline_and_the_entity_linker_shorten_a_name_one_way():
    from core.nlp.short_forms import short_forms

    assert short_forms("ダルビッシュ有") == ("ダルビッシュ",)  # a katakana surname before a kanji given name
    assert short_forms("マーク・ザッカーバーグ") == ("ザッカーバーグ",)
    assert short_forms("吉田麻也")[-1] == "吉田"
    assert short_forms("アンジェリーナジョリー") == ()


def test_a_cleft_closes_a_reported_clause_on_its_speaker():
    # women's lifestyle news (livedoor dokujo-tsushin, outside every gold): the one named after のは said it, not the
    # person of the sentence before
    text = ("有香子さん（30歳）は合コンが好きだ。基本的に下ネタが苦手だと話してくれたのは、会社員の理香さん(仮名・31歳)。")
    assert _held(text, "基本的に") == ["理香"]
    text = "会社を辞めて留学したいと話してくれたのは、都内で働く山田花子さん（32歳）。"
    assert _held(text, "会社を辞めて") == ["山田花子"]


def test_a_name_opened_by_a_bracket_is_read_from_the_bracket():
    text = "「春の注目アイテムはなんといってもチーク。今年はピンクが人気です」（弓気田さん）"
    assert [holder_of(c) for c in candidates(text)] == ["弓気田"]
    # at a line's start a word may open the sentence: 一方 is no part of 由美
    body = "\n一方由美さんは来た。"
    assert [m.text for m in whole_names(body, [Mention(3, 5, "由美", "PERSON", "found:PERSON:由美")])] == ["由美"]


def test_a_rule_of_a_giveaways_terms_is_no_claim():
    rule = "・当選された権利は、当選者様ご本人のみに帰属するものとし、当選の権利を第三者に譲渡したり、換金したりすることはできません。"
    assert candidates(rule) == []
    # a finding told the same way outside a list is still a claim
    assert [holder_of(c) for c in candidates("裁判所は、事故は過失によるものとした。")] == ["裁判所"]


def test_a_quote_held_while_saying_more_is_the_topics():
    # Wikinews, outside every gold: two quotes of one speaker, the first closed by としながら
    text = ("Jリーグの鬼武健二チェアマンは「Jリーグから金銭的支援はない」としながら「何らかの形でスポンサー確保の応援は"
            "したい」と話している。")
    assert [c.text[:6] for c in candidates(text)] == ["「Jリーグか", "「何らかの形"]
    # after a clause, としながら is the manner of a deed: 「…」とちょっとイラっとしながらも、おとなしく帰宅。
    assert [c.cue for c in candidates("「そうだね、まぁいつか」とちょっとイラっとしながらも、おとなしく帰宅。")] == []


def test_a_body_named_with_its_day_and_a_time_zone_holds_what_it_announced():
    text = "沖縄気象台は9日(UTC+9)、同日ごろに沖縄地方が梅雨明けしたとみられると発表した。"
    assert [holder_of(c) for c in candidates(text)] == ["沖縄気象台"]


def test_a_person_labelling_one_line_of_an_interview_speaks_it():
    # women's lifestyle news (livedoor peachy, outside every gold): the label is a person the detector found; the
    # country the line speaks of is not who speaks
    text = "アンジェラベイビー：日本は独特なファッションを持っていると思うので、それをもっと世界中の人々に伝えたらいいなと思います。"
    assert [holder_of(c) for c in candidates(text)] == ["アンジェラベイビー"]
    # a form's field used once stays no speaker
    assert [holder_of(c) for c in candidates("内容：参加者は、日本は独特なファッションを持っていると話した。")] != ["内容"]


def test_the_interviewer_named_as_the_subject_passes_the_quotes_to_the_one_asked():
    # the announcer is the が-subject of the interview (…マイクに、同局・本田朋子アナウンサーがインタビューを行った):
    # the quotes that follow are the one asked's, not the announcer's
    text = ("8日深夜、フジテレビ「すぽると！」では、W杯アジア三次予選に臨むハーフナー・マイクに、同局・本田朋子アナウンサーが"
            "インタビューを行った模様を放送した。\n\n自身のスパイクに「今年厄年」という文字を入れているハーフナー。"
            "インタビューの冒頭、本田アナから、その理由を訊かれると、「みんなと同じっていうのも嫌なので」と苦笑い。")
    assert _held(text, "「みんなと同じ") == ["ハーフナー・マイク"]
    text = ("TBS「バースデイ」では、W杯に挑む岡田監督に、TBSでスポーツ実況を務めた松下賢次アナウンサーが独占インタビューを"
            "行った。\n\nここまでの戦いについて、「あんな試合したらしょうがないって思っています」と語った。")
    assert _held(text, "「あんな試合") == ["岡田"]
