"""Quotes told under a noun of voice (…声が相次いだ, …コメントが寄せられた), the article a later 記事 or 同紙
stands for, speakers named after their verb, titles and times before a quote, and 当局 (livedoor news,
CC BY-ND 2.1 JP, and Japanese Wikinews, CC BY 2.5: sentences as written, some from development articles
of the claims gold)."""

from tests.core.claim_helpers import candidates, holder_of


def test_quotes_one_after_the_other_under_a_noun_of_voice_are_one_claim_of_the_place_named():
    text = ("問題になったのは、番組中に岡村の頭髪がアップで映されたシーン。"
            "ネットユーザーからは「これ笑っていいのかよ」「想像を遥かに超えてた」など、岡村を心配する声が相次いでいる。")
    [claim] = [c for c in candidates(text) if c.text.startswith("「")]
    assert claim.text == "「これ笑っていいのかよ」「想像を遥かに超えてた」"
    assert claim.attribution == "direct" and holder_of(claim) == "ネットユーザー"


def test_a_later_sentence_of_voices_goes_on_with_the_place_before():
    text = ("この記事を受け、ネット掲示板では「最初からAKB48をキャンペーンで使うのが目的だったんだろ」"
            "「キャッチフレーズ変えただけでAKB48の起用ありきの話だったのね」「浅はかというか、懲りないというか…完全に悪ふざけ。"
            "こんなことで自殺対策にはならない」と、政府がAKB48の起用に固執していることにキナ臭さを感じだユーザーからの批判が殺到。\n"
            "また、増税を強硬に主張する政府に対しても「無駄金あるなら消費増税いらないだろ」など、批判が噴出している。")
    [first] = [c for c in candidates(text) if c.text.startswith("「最初から")]
    [second] = [c for c in candidates(text) if c.text.startswith("「無駄金")]
    assert first.text.endswith("こんなことで自殺対策にはならない」")  # the 。 inside a quote cuts nothing
    assert holder_of(first) == holder_of(second) == "ネット掲示板"  # the passive 批判が噴出 names no source


def test_quotes_that_are_no_voice_are_no_claim():
    text = "11月3日に放送された「ぐるナイモテボディー＆ゴチSP」（日本テレビ）に関して、ナインティナイン・岡村隆史の頭髪が「放送事故だ」とネット上で話題になっている。"
    assert not [c for c in candidates(text) if c.text.startswith("「ぐるナイ")]


def test_the_article_a_sentence_points_back_to_is_its_publisher():
    text = ("24日、ロイター通信は、急速に悪化した日韓関係について報じた。\n"
            "記事では、「米国の安保同盟国である両国間の関係が悪化したのは、韓国の李明博大統領が紛争中の島に上陸したのがきっかけ」とし、"
            "李大統領の天皇陛下への謝罪要求発言以降、「日本国民が政治と経済を分けることができなくなった」と伝えた。")
    quotes = [c for c in candidates(text) if c.text.startswith("「")]
    assert len(quotes) == 2 and {c.holder_entity_id for c in quotes} == {"org:reuters"}


def test_the_paper_named_in_brackets_after_its_kind_is_what_同紙_stands_for():
    text = ("10日、韓国紙「ヘラルド経済」は、韓国の郵政事業本部がネット上で提供しているハガキや切手製作のサービス規定に"
            "「竹島関連の写真は使えない」という規定があることを報じた。\n"
            "同規定は、昨年8月、自民党議員3人が竹島に近い鬱陵島を視察するため訪韓したが入国拒否された頃に加えられた形跡があることから、"
            "「両国関係を意識したからではないか」と、同紙は分析している。")
    [claim] = [c for c in candidates(text) if c.text == "「両国関係を意識したからではないか」"]
    assert holder_of(claim) == "ヘラルド経済"


def test_a_suspect_named_with_an_age_holds_the_quote_not_the_word_suspect():
    text = ("車を運転していたキム・チャングン（62才）容疑者は、犯行の理由を「先月、日本の活動家が大使館前の従軍慰安婦銅像に"
            "『竹島は日本の領土』と書かれた杭を設置したことへの抗議が目的」と述べたことを、韓国のメディア各社は報じている。")
    [claim] = [c for c in candidates(text) if c.text.startswith("「先月")]
    assert holder_of(claim) == "キム・チャングン"


def test_a_time_as_topic_is_nobody_the_person_before_thought_it():
    text = ("ホン・ソンリョン氏は竹島に本籍を置く人々の会「独島郷友会」に所属している。\n"
            "ホン氏が日本に対する敵がい心を持ちはじめたのは中学校時代。"
            "歴史の授業で閔妃暗殺事件を知るや、一時期は「やり返すべき」と考えていたこともあったという。")
    [claim] = [c for c in candidates(text) if c.text == "「やり返すべき」"]
    assert holder_of(claim) == "ホン・ソンリョン"


def test_a_quote_whose_verb_describes_its_speaker_is_held_by_the_name_after_it():
    text = ("また、「野田政権は外交ギャンブルをしている」と報じた韓国紙や「これら口喧嘩の多くは国内向けのもの。日韓ともに選挙が控えており、"
            "中国も10年に一度の共産党指導部の人事入れ替えが年末に行われる」と、識者の意見を紹介した。\n"
            "一方で、24日、国会で「韓国は我が国にとって重要な隣国であり、難しい問題があっても大局的な観点から冷静に対応すべきである」"
            "と述べた野田首相の決意文を関係改善の兆候として紹介している。")
    found = {c.text[:6]: c for c in candidates(text)}
    assert holder_of(found["「野田政権は"]) == "韓国紙"  # the paper, not the country before 紙
    assert found["「韓国は我が"].holder_entity_id == "person:yoshihiko-noda"


def test_a_quote_explained_by_a_professor_named_after_it_is_his_not_the_critics():
    # the verb (説明した) describes the one who said it, named right after it; those who object hold the objection
    text = ("「患者の家族が治療を望まなかった」と説明した東西大学病院教授の発言に対し、"
            "市民団体は強く反発した。")
    [claim] = [c for c in candidates(text) if c.text == "「患者の家族が治療を望まなかった」"]
    assert holder_of(claim).startswith("東西大学病院") and claim.attribution == "direct"


def test_a_quote_testified_by_the_one_named_after_it_is_theirs_not_the_prosecutors():
    text = "「資料は社長の指示で破棄された」と証言した元経理担当者の供述を、検察は重視している。"
    [claim] = [c for c in candidates(text) if c.text == "「資料は社長の指示で破棄された」"]
    assert holder_of(claim) == "元経理担当者"


def test_a_quote_told_as_the_content_of_an_inquiry():
    text = ("昨年、ホン氏は韓国の外務省宛に「独島に本籍を移した日本人は韓国に帰化申請をしたと解釈していいのでは?」という内容の"
            "問い合わせを行い、対日外交を重視している韓国の外務省を困らせた過去もある。")
    [claim] = [c for c in candidates(text) if c.text.startswith("「独島")]
    assert claim.attribution == "direct" and holder_of(claim).startswith("ホン")


def test_words_cited_are_said_by_the_one_citing_them():
    text = ("インタビューで、ホン・ソンリョン氏は「平和を望めば戦争の準備をせよ」というヒトラーの言葉を引用し、"
            "強い軍事力を持つよう強調。")
    [claim] = [c for c in candidates(text) if c.text == "「平和を望めば戦争の準備をせよ」"]
    assert holder_of(claim) == "ホン・ソンリョン"


def test_a_view_an_outlet_passes_on_is_held_by_the_one_it_names():
    text = ("また、「野田政権は外交ギャンブルをしている」と報じた韓国紙や「これら口喧嘩の多くは国内向けのもの。日韓ともに選挙が控えており、"
            "中国も10年に一度の共産党指導部の人事入れ替えが年末に行われる」と、識者の意見を紹介した。")
    [claim] = [c for c in candidates(text) if c.text.startswith("「これら")]
    assert holder_of(claim) == "識者" and claim.cue == "紹介し"


def test_a_quote_given_as_a_title_is_not_said():
    text = "この杭を設置した日本人活動家・鈴木信行氏は、9日、「在韓日本大使館にトラック突入！」と題した記事を自身のブログで発表した。"
    assert not [c for c in candidates(text) if c.text == "「在韓日本大使館にトラック突入！」"]


def test_naming_rights_after_a_quote_give_no_title_and_the_quote_is_said():
    # Japanese Wikinews (CC BY 2.5), wn-02566, outside every gold: と命名権取得について説明している, the naming rights
    # the company bought, not 「…」と命名した
    text = ("ケーズデンキは「創業の地である水戸にスポーツ文化を通して貢献するとともに、水戸から全国へスポーツ情報を発信したいと考えている。\n"
            "また市立陸上競技場はケーズデンキがスポンサーとなっている水戸ホーリーホックのホームスタジアムとして使われることを"
            "要望しているので、ホーリーホックの更なる活躍を期待しています」と命名権取得について説明している。")
    [claim] = candidates(text)
    assert holder_of(claim) == "ケーズデンキ" and claim.attribution == "direct"


def test_the_authorities_are_the_public_body_named_before():
    # Japanese Wikinews (CC BY 2.5), wn-00691, outside every gold
    text = ("22日英語版ウィキニュースによると、イギリスのロンドン首都警察は南ロンドンのストックウェルにある住宅で容疑者を逮捕しようとしたと発表し、"
            "「これは21日の爆破事件の捜査の一環である」と語った。\n"
            "爆発現場付近で監視カメラ網(CCTV)のカメラが捉えた男性の写真4枚と、この容疑者が同一人物かどうかについては、"
            "当局はコメントしない意向である。")
    [claim] = [c for c in candidates(text) if "コメントしない" in c.text]
    assert holder_of(claim) == "ロンドン首都警察"


def test_a_message_that_came_from_the_one_named_before_the_quote_is_theirs():
    text = ("捜査関係者によると、田中容疑者は15日、自宅にいたという。"
            "16日朝、宿泊先の旅館の従業員から警察署に「客と連絡が取れない」と連絡があり、署員が駆けつけた。")
    [claim] = [c for c in candidates(text) if c.text == "「客と連絡が取れない」"]
    assert holder_of(claim) == "旅館の従業員" and claim.attribution == "direct"


def test_words_admitted_in_a_remark_from_a_named_person_are_a_quote_of_their_own():
    text = "同社では、山田氏から取締役会にて「不正な支出だった」と認める発言があったとしている。"
    [claim] = [c for c in candidates(text) if c.text == "「不正な支出だった」"]
    assert holder_of(claim).startswith("山田")


def test_voices_raised_for_a_reason_name_no_one_they_came_from():
    text = "発表のタイミングに唐突感があることから「デキ婚では?」といった声も寄せられた。"
    assert [holder_of(c) for c in candidates(text) if c.text == "「デキ婚では?」"] == [None]


def test_a_quote_whose_verb_describes_a_person_named_with_san_after_it_is_theirs():
    # 「…」と説明した鈴木花子さんの発言: the honorific after the name, not a kanji, closes the speaker
    text = "「患者の家族が治療を望まなかった」と説明した鈴木花子さんの発言に対し、市民団体は強く反発した。"
    [claim] = [c for c in candidates(text) if c.text == "「患者の家族が治療を望まなかった」"]
    assert holder_of(claim) == "鈴木花子" and claim.attribution == "direct"


def test_a_message_from_a_person_named_with_san_is_theirs():
    text = "16日朝、佐藤健一さんから警察署に「連絡が取れない」と連絡があった。"
    [claim] = [c for c in candidates(text) if c.text == "「連絡が取れない」"]
    assert holder_of(claim) == "佐藤健一"


def test_a_message_from_a_person_named_after_their_department_is_the_person_s():
    text = "同社によると、経理部の山田太郎氏から取締役会にて「不正な支出だった」と認める発言があった。"
    [claim] = [c for c in candidates(text) if c.text == "「不正な支出だった」"]
    assert holder_of(claim) == "山田太郎" and claim.holder_entity_id


def test_a_survey_s_answer_and_the_share_who_gave_it_is_no_one_s_quote():
    text = "利用状況についての質問では、「もう一度利用したい」と回答した利用者は全体の62％にのぼった。"
    assert [c for c in candidates(text) if c.text == "「もう一度利用したい」"] == []


def test_a_quote_answered_by_one_named_after_it_is_still_theirs():
    text = "「準備はできている」と答えた田村監督は、次の試合に自信を見せた。"
    [claim] = [c for c in candidates(text) if c.text == "「準備はできている」"]
    assert holder_of(claim).startswith("田村")


def test_a_quote_answered_by_a_person_described_before_their_name_is_the_person_s():
    # 少数派の田中美香さん: the minority is what she is, she gave the answer
    text = "「もっと話し合うべきだ」と回答した少数派の田中美香さん（30歳）は、理由をこう話す。"
    [claim] = [c for c in candidates(text) if c.text == "「もっと話し合うべきだ」"]
    assert holder_of(claim) == "田中美香"
