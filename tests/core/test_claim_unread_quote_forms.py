"""Quote forms the reader left unread (issue 13), each a class of sentence drawn from news outside the gold: the
speaker after と with no verb (「…」とプロデューサーの阿武野勝彦さん（57）。), the speaker's feeling as the predicate
(と感慨深げだ), a speech act done (と番組宣伝を行い), blame or an order given (と…を糾弾した, などと指示した), a call to the
police (と110番通報した), a copula before と (「…」だと指摘した), a feeling that could not be hidden (と憤りを隠せなかった),
a sentence that names only the speaker and a verb before a quote standing alone (…議員が指摘する。\\n「…」), and a
sentence a page's layout broke over lines (南果歩さんは\\n「…」\\nと話した)."""

from tests.core.claim_helpers import candidates, held_quotes, holder_of
from core.claims.line_breaks import joined_lines
from core.sentences import sentence_spans


_held = held_quotes


def test_the_speaker_after_to_with_no_verb():
    text = "「ヤクザを肯定、是認するつもりはない」とプロデューサーの阿武野勝彦さん（５７）。"
    assert _held(text, ("阿武野勝彦", "PERSON", None)) == [("「ヤクザを肯定、是認するつもりはない」", "阿武野勝彦")]
    text = "「撮影時間は、普段撮る映画よりも短かったが、温かい映画になりました」と、谷村美月さん。"
    assert [h for _, h in _held(text, ("谷村美月", "PERSON", None))] == ["谷村美月"]


def test_the_speaker_after_to_wa_with_no_verb():
    # features write とは before the one who said the words: 「…」とは、既婚女性の律子さん（33歳）。
    text = "「休日くらいは、夫にも家事を手伝ってほしいと思います」とは、既婚女性の律子さん（33歳）。"
    assert [h for _, h in _held(text, ("律子", "PERSON", None))] == ["律子"]
    text = "「家で料理をする時間がないんです」とは明美さん（31歳）。\n「平日は外食ばかり」\n"
    assert [h for _, h in _held(text, ("明美", "PERSON", None))][:1] == ["明美"]
    # とは that defines or asks: no one named at the sentence's end, nothing claimed
    assert _held("田中さんは黙った。「時は金なり」とは昔の人の言葉だ。", ("田中", "PERSON", None)) == []
    assert _held("田中さんは考えた。「子供が欲しい」とはどういうことか。", ("田中", "PERSON", None)) == []


def test_a_caption_with_no_to_is_a_speakers_only_for_words_said_at_length():
    text = "「古典をきちんとしていたし、落語家のお手本のような人。落語界にとっても大変な損失」弟子の三遊亭楽太郎氏。"
    assert [h for _, h in _held(text, ("三遊亭楽太郎", "PERSON", None))] == ["三遊亭楽太郎"]
    text = "「笑っていいとも!」司会のタモリさん。"
    assert _held(text, ("タモリ", "PERSON", None)) == []  # a programme's title and its host


def test_the_speakers_feeling_as_the_predicate():
    text = "松井昌雄さんは夕刊フジに「非常にうれしい。最高です」と喜びを語り、「くしくも秀喜とお兄ちゃん同様４歳差」と感慨深げだ。"
    held = _held(text, ("松井昌雄", "PERSON", None), ("夕刊フジ", "ORG", None))
    assert [h for _, h in held] == ["松井昌雄", "松井昌雄"]
    assert held[1][0] == "「くしくも秀喜とお兄ちゃん同様４歳差」"


def test_a_speech_verb_of_manner_and_the_speaker_it_describes():
    text = "「やむを得んとは思いますけど、昔からセとパは意地をはる。どうしてそうなるんだろうね」とまくし立てた野村氏。"
    assert [h for _, h in _held(text, ("野村", "PERSON", None))] == ["野村"]


def test_a_speech_act_done_after_its_noun():
    text = "番組の最後に、初田啓介アナが「いよいよ明日はですね、野村監督が帰ってこられるわけですね」と明日の番組宣伝を行い、番組は終了した。"
    assert [h[:4] for _, h in _held(text, ("初田啓介", "PERSON", None), ("野村", "PERSON", None))] == ["初田啓介"]
    text = "調査団は「現地の捜索を行う」と発表した後、周辺の捜索を行い、遺留品を見つけた。"
    assert [c for c, _ in _held(text)] == ["「現地の捜索を行う」"]  # 捜索を行い: a deed, no speech act


def test_blame_defence_and_orders_given_in_words():
    text = "イタリアのプランデリ監督は「肩に歯型があったのを見た」とスアレス選手を糾弾した。"
    assert [h for _, h in _held(text, ("プランデリ", "PERSON", None), ("スアレス", "PERSON", None))] == ["プランデリ"]
    text = "都教委は校長に対し、「国歌斉唱は、ピアノ伴奏等により行う」などと指示した。"
    assert [c for c, _ in _held(text, ("都教委", "ORG", None))] == ["「国歌斉唱は、ピアノ伴奏等により行う」"]


def test_a_call_to_the_police_and_an_order_to_keep_silent():
    text = "マンションの2階を訪ねた会社員が「煙と火が見える」と110番通報した。"
    assert [c for c, _ in _held(text)] == ["「煙と火が見える」"]
    text = "山田容疑者は犯行後、女児に対し「このことは話してはいけない」と口止めしていたという。"
    assert [h for _, h in _held(text, ("山田", "PERSON", None))] == ["山田"]


def test_a_copula_between_the_quote_and_its_verb():
    text = "田中外相は、中国の対応を「重大な違反」だと指摘した。"
    assert [h for _, h in _held(text, ("田中", "PERSON", None), ("中国", "GPE", None))] == ["田中"]


def test_a_feeling_that_could_not_be_hidden_showed_but_a_comment_not_made_was_not_said():
    text = "保護者の田中さんは「大人の事情で子供を巻き添えにするなんて」と憤りを隠せなかった。"
    assert [h for _, h in _held(text, ("田中", "PERSON", None))] == ["田中"]
    text = "同社は「現時点では分からない」とコメントしていない。"
    assert _held(text) == []
    text = "ネット掲示板でも「スタジオどん引きだった」「これはひどい」と驚きを隠せないコメントが続出している。"
    assert [h for _, h in _held(text)] == ["ネット掲示板"]  # the voices' feeling, not a speaker's: one claim, theirs


def test_a_copula_after_the_topic_leaves_the_clause_whole():
    text = "ニューヨーク・タイムズ紙の記事では、引きこもりは「日本特有の社会現象」であると指摘。"
    found = candidates(text)  # 引きこもり is what is told of, no speaker: the clause with its quote is the claim
    assert [(c.attribution, c.text) for c in found] == [("mixed", "引きこもりは「日本特有の社会現象」である")]


def test_a_sentence_naming_only_the_speaker_introduces_the_quote_standing_after_it():
    text = ("民主党の山井和則衆院議員が指摘する。\n"
            "「甘利氏の秘書とURの職員が12回も面談するなかで、秘書は甘利氏に報告していることを告げている」\n"
            "疑惑はこれに尽きない。")
    held = _held(text, ("民主党", "ORG", None), ("山井和則", "PERSON", None), ("甘利", "PERSON", None))
    assert [h for _, h in held] == ["山井和則"]
    text = "トヨタの広報担当者は話す。\n「まだ決まっていません」\n「検討中です」\n田中氏は批判した。「ひどい」と鈴木氏は言った。"
    held = _held(text, ("トヨタ", "ORG", None), ("田中", "PERSON", None), ("鈴木", "PERSON", None))
    assert [c for c, _ in held] == ["「まだ決まっていません」", "「検討中です」", "「ひどい」"]
    assert held[2][1] == "鈴木"  # a quote with its own verb and speaker is not the one introduced


def test_a_sentence_the_layout_broke_over_lines():
    text = "南果歩さんは\n「函館の皆さんと一緒にこの喜びを分かちあいたい」\nと話した。"
    assert len(sentence_spans(text)) == 3 and joined_lines(text, sentence_spans(text)) == [(0, len(text))]
    assert _held(text, ("南果歩", "PERSON", None)) == [("「函館の皆さんと一緒にこの喜びを分かちあいたい」", "南果歩")]
    text = "出演者\n「海炭市叙景」\n谷村美月"  # a list of lines, no topic left open: nothing joined
    assert joined_lines(text, sentence_spans(text)) == sentence_spans(text)
    text = "「やつらならやりかねない」\nなど、東京電力への批判が殺到している。"  # readers' voices listed: not a verb's line
    assert joined_lines(text, sentence_spans(text)) == sentence_spans(text)


def test_a_report_made_a_noun_is_its_tellers_not_the_topics_that_speaks_of_it():
    text = "ブッシュ大統領は記者会見で、イランのアフマディネジャド大統領が核開発を続けると表明したことを批判した。"
    found = [(c.text, holder_of(c)) for c in candidates(text) if c.cue == "表明した"]
    assert found == [("核開発を続ける", "アフマディネジャド")]
    text = "日本スケート連盟は同日、荒川選手が、世界選手権の出場を辞退したと発表した。"  # the verb not made a noun
    assert [holder_of(c) for c in candidates(text)] == ["日本スケート連盟"]


def test_a_stance_taken_wishes_given_and_comments_listed_as_captions():
    text = "鳩山由紀夫総理大臣は会議後のイベントで「地デジへの移行を支援したい」と地デジ支援を強化する考えを示した。"
    assert [h for _, h in _held(text, ("鳩山由紀夫", "PERSON", None))] == ["鳩山由紀夫"]
    text = "小泉首相はメッセージを送り「よく頑張ってくれた」と祝福した。"
    assert [c for c, _ in _held(text, ("小泉", "PERSON", None))] == ["「よく頑張ってくれた」"]
    text = ("談話(スポーツニッポンより)王監督「選手たちが本当によく頑張ってくれた。最高の気分です」"
            "イチロー選手「仲間たちと野球をプレーできて、非常にうれしかった」なお、号外が配られた。")
    held = _held(text, ("スポーツニッポン", "ORG", None), ("王", "PERSON", None), ("イチロー", "PERSON", None))
    assert [h for _, h in held] == ["王", "イチロー"]
    text = "会場には「みんな、ありがとう」の横断幕が掲げられた。"  # a banner's words: no caption, no speaker
    assert _held(text) == []


def test_orders_given_in_words_and_words_called_out():
    text = ("安倍晋三首相は関係省庁に「早急に被害を把握し、応急対策に全力で取り組むこと」"
            "「住民の避難支援等に万全を期すこと」を指示した。")
    assert [h for _, h in _held(text, ("安倍晋三", "PERSON", None))] == ["安倍晋三", "安倍晋三"]
    text = "首相は「教育基本法」を国会に提出した。"  # a bill's name handed in: no words said
    assert _held(text) == []
    text = "容疑者が駆けつけ、中学生に対し「家まで送ってあげる」と声をかけた。"
    assert [c for c, _ in _held(text)] == ["「家まで送ってあげる」"]


def test_the_quote_as_the_content_of_a_statement_passed_on_is_its_speakers():
    text = "BBCは、イギリスのピーター・ハイン北アイルランド相の「停戦は破られた」とする発言を伝えた。"
    held = _held(text, ("BBC", "ORG", None), ("イギリス", "GPE", None), ("ピーター・ハイン", "PERSON", None))
    assert held == [("「停戦は破られた」", "ピーター・ハイン")]
    text = "国際地震予知研究所が「大地震が起きる可能性が高い」とのレポートを発表した。"
    assert [h for _, h in _held(text, ("国際地震予知研究所", "ORG", None))] == ["国際地震予知研究所"]


def test_words_that_came_from_someone_as_a_noun_of_speech_there_was():
    text = "番組の後半には、枡田絵理奈アナから「野村監督から重大発表です」というアナウンスがあり、CMに突入した。"
    assert [h for _, h in _held(text, ("枡田絵理奈", "PERSON", None), ("野村", "PERSON", None))] == ["枡田絵理奈"]
    text = "会見では、記者から「辞任するつもりはあるのか」との質問が出た。"  # a question asked: no claim
    assert _held(text) == []


def test_a_holder_read_as_someones_account_is_the_one_whose_it_is():
    text = "ブッシュ大統領は演説した。国務省の声明では「北朝鮮は約束を守るべきだ」としている。"
    assert [h for _, h in _held(text, ("ブッシュ", "PERSON", None), ("北朝鮮", "GPE", None))] == ["国務省"]


def test_words_posted_resolve_shown_and_a_laugh():
    text = "ダルビッシュ有が自身のツイッターで、「セ・リーグのほうがレベルは高い」と呟き、話題になった。"
    assert [h for _, h in _held(text, ("ダルビッシュ有", "PERSON", None))] == ["ダルビッシュ有"]
    text = "これには星野監督も「それはないよ」と大笑いした。"
    assert [h for _, h in _held(text, ("星野", "PERSON", None))] == ["星野"]
    text = "TCC交流部の李氏によると「今年は学生の参加が多い」とのこと。"
    assert [c for c, _ in _held(text)] == ["「今年は学生の参加が多い」"]
