"""A body told by the bare word for its kind (事務所は, 連盟は, 政府は) or by a 同 word (同紙は): the one body the article
named before with that word holds the claim; two such bodies, or none, leave the word as written (sentences written
for the project)."""

from tests.core.claim_helpers import candidates, holder_of


def _holders(text):
    return [holder_of(c) for c in candidates(text)]


def test_an_agency_described_by_its_word_holds_what_the_bare_word_says():
    text = ("歌手の山田花子さんが活動を休止した。所属芸能事務所・アップフロントエージェンシーが10日に発表した。"
            "事務所は「本人の体調を最優先した」とコメントした。")
    assert _holders(text)[-1] == "アップフロントエージェンシー"


def test_a_federation_named_with_its_word_holds_the_bare_word():
    text = "日本スケート連盟は10日、代表選手を発表した。連盟は、選考は公平に行われたとしている。"
    assert _holders(text) == ["日本スケート連盟"]


def test_a_committee_the_words_name_holds_though_no_entity_does():
    text = "文化庁は5日、芸術選奨の選考委員会を再度開催した。委員会は、作品23点が酷似していると判断した。"
    assert _holders(text)[-1] == "選考委員会"


def test_a_bare_government_is_the_country_named_with_it():
    text = "メキシコ政府は6日、鳥インフルエンザの感染を発表した。政府は、人間の健康に影響はないとしている。"
    assert _holders(text)[-1] == "メキシコ"


def test_two_governments_named_before_leave_the_bare_word_as_written():
    text = ("メキシコ政府は6日、感染を発表した。日本政府も対応を急いでいる。"
            "政府は、人間の健康に影響はないとしている。")
    assert _holders(text)[-1] == "政府"


def test_two_associations_named_before_leave_the_bare_word_as_written():
    text = "日本相撲協会は理事会を開いた。日本サッカー協会も会見を開いた。協会は「処分は妥当だ」とコメントした。"
    assert _holders(text) == ["協会"]


def test_a_bare_word_with_no_body_named_stays_as_written():
    assert _holders("政府は、人間の健康に影響はないとしている。") == ["政府"]
    text = "歌手の山田花子さんが活動を休止した。所属事務所は「本人の体調を最優先した」とコメントした。"
    assert _holders(text)[-1] == "所属事務所"


def test_a_body_named_only_after_the_claim_does_not_hold_it():
    text = "連盟は、選考は公平に行われたとしている。日本スケート連盟は10日、代表選手を発表した。"
    assert _holders(text)[0] == "連盟"


def test_the_paper_named_before_holds_what_the_same_paper_word_tells():
    text = ("朝日新聞は5日の朝刊で過去の記事を取り消した。日本軍の関与を巡る証言が虚偽と判断された。"
            "同紙は当時、証言の真偽は確認できないと伝えていた。")
    assert _holders(text)[-1] == "朝日新聞"


def test_the_same_paper_word_is_no_news_agency_nor_broadcaster_named_in_between():
    # an agency or a broadcaster cited between the paper and 同紙 is no paper: the paper named before holds it
    for source in ("共同通信", "NHK"):
        text = ("朝日新聞は5日の朝刊で過去の記事を取り消した。" + source + "によると、日本軍の関与を巡る証言が虚偽と"
                "判断された。同紙は当時、証言の真偽は確認できないと伝えていた。")
        assert _holders(text)[-1] == "朝日新聞", source


def test_a_page_packed_with_bodies_and_bare_words_reads_each_as_written():
    # hostile: hundreds of associations named and told by the bare word, no 。 between; nothing crashes, none chosen
    text = "、".join(f"第{n}地区協会は「反対だ」と述べ" for n in range(300)) + "、協会は「賛成だ」と述べた。"
    assert _holders(text)[-1] == "協会"  # (not only not the last one named: none of the 300)


def test_a_name_written_with_the_kanji_repeat_mark_is_read_whole():
    # (the letter after 々 opened the name: 木憲昭国会事務所 was taken for the body)
    text = "佐々木憲昭国会事務所は9日に声明を出した。事務所は「事実無根だ」とコメントした。"
    assert _holders(text) == ["佐々木憲昭国会事務所"]


def test_a_count_of_bodies_or_a_list_s_other_item_is_no_body_named_with_the_word():
    # a count of teams, and a list whose other item is the word, name no one body: the word stays as written
    assert _holders("今季は事実上2球団の争いとなった。球団は「最後まで戦う」とコメントした。") == ["球団"]
    assert _holders("パ5球団が反対した。球団は「最後まで戦う」とコメントした。") == ["球団"]
    text = "会見では辞任・事務所移籍も発表された。事務所は「本人の意思を尊重した」とコメントした。"
    assert _holders(text) == ["事務所"]
    # a numbered committee is one
    assert _holders("国連総会の第3委員会は9日に決議を採択した。委員会は「懸念する」とした。") == ["第3委員会"]


def test_a_prefectures_police_named_in_full_holds_its_short_form():
    text = "長野県警は10日、男を窃盗の疑いで逮捕した。県警は「余罪についても捜査を続ける」としている。"
    assert _holders(text)[-1] == "長野県警"
    text = "大阪府警は10日、男を逮捕した。府警は「動機を詳しく調べる」としている。"
    assert _holders(text)[-1] == "大阪府警"


def test_a_police_headquarters_written_in_full_holds_the_short_form():
    text = "兵庫県警察本部は10日、男を逮捕した。県警は「動機を詳しく調べる」としている。"
    assert _holders(text)[-1] == "兵庫県警察本部"


def test_two_prefectures_police_leave_the_short_form_as_written():
    text = "長野県警と新潟県警は合同で捜査した。県警は「捜査を続ける」としている。"
    assert _holders(text)[-1] == "県警"
