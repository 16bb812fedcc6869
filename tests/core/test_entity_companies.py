"""Companies named before a word only a company has (京セラの社長, 任天堂の株価), and a company's short form."""

from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.entity_helpers import spans


def test_a_name_before_a_companys_officer_or_shares_is_a_company():
    assert ("京セラ", "ORG") in spans("京セラの社長は10日会見した。")
    assert ("任天堂", "ORG") in spans("任天堂の株価が上がった。")
    assert ("MGM", "ORG") in spans("連続第1位は、MGMの社長であった。")


def test_a_company_bought_is_a_company():
    assert ("三田工業", "ORG") in spans("京セラが三田工業を買収した。")


def test_the_name_ends_before_the_officers_title_and_begins_after_common_words():
    assert ("JX日鉱日石開発", "ORG") in spans("2014年、JX日鉱日石開発代表取締役社長に就任した。")
    assert ("フォーカス・フィーチャーズ", "ORG") in spans("製作会社フォーカス・フィーチャーズのCEOは語った。")
    found = spans("中間持株会社セガホールディングスの子会社となった。")
    assert not any(text.startswith("中間") for text, _ in found)


def test_common_words_people_and_places_before_the_word_are_no_company():
    assert spans("同社の社長は辞任した。") == []
    assert spans("IT企業の社長が集まった。") == []
    assert ("山田", "ORG") not in spans("山田の社長就任が決まった。")
    found = spans("一族ではない人間アーネスト・ソンダースが会長に就任した")
    assert not any(kind == "ORG" for _, kind in found)


def test_a_companys_short_form_after_its_full_name_is_the_company():
    found = [(m.text, m.type, m.entity_id) for m in detect(
        "9日、フジテレビの番組で放送事故が起こった。「相変わらずだなフジは」と批判が殺到。", bundled_registry(), None)]
    assert ("フジ", "ORG", "org:fuji-tv") in found


def test_a_listed_place_before_a_companys_short_form_stays_the_place():
    found = spans("東京電力は会見した。東京の本社で社長が謝罪した。")
    assert ("東京", "LOC") in found and ("東京電力", "ORG") in found


def test_a_name_in_brackets_before_a_deal_is_a_company():
    found = spans("人気SNS「フェイスブック」が、画像共有アプリ「インスタグラム」を買収すると発表した。")
    assert ("インスタグラム", "ORG") in found
    assert spans("「同社」を買収した。") == []


# Lines of Japanese Wikinews (CC BY 2.5): a body in katakana introduced by its kind, which the tagger read with it.
_KIND_LED = ("環境保護団体グリーンピースのスポークスマンは次のように述べた。\n"
             "地元局メトロ・テレビが、目撃者の話として住宅約10軒の炎上を報道したと、共同通信は伝えている。\n"
             "ウニの全ゲノム配列解読を終了し、10日付の米科学雑誌サイエンスに報告した。\n")


def test_the_kind_a_body_is_introduced_by_is_no_part_of_its_name():
    found = {(m.text, m.type) for m in detect(_KIND_LED, bundled_registry())}
    assert {("グリーンピース", "ORG"), ("メトロ・テレビ", "ORG"), ("サイエンス", "ORG")} <= found
    assert not any(text.startswith(("環境", "地元", "米科学")) for text, _ in found)


def test_a_company_keeps_kabushiki_gaisha_before_its_name():
    assert ("株式会社ミクシィ", "ORG") in {(m.text, m.type) for m in detect("株式会社ミクシィは19日、決算を発表した。", bundled_registry())}


# Lines of Japanese Wikinews (CC BY 2.5): a company introduced by its kind of business.
_MAKER = ("大阪市の事務機メーカー・ナカバヤシ製のシュレッダーで2003年から2006年7月に幼児が指を切断する等の事故が5件あった。\n"
          "日本水連と契約を結ぶ日本のスポーツメーカー・ミズノ、デサント、アシックスの3社に対し、改善・改良を求めることにした。\n")
_MAKER_WITH_HEAD = "洋菓子メーカー・ゴンチャロフ製菓(神戸市灘区)は、商標権を侵害されたとして訴訟を起こした。\n"


def test_a_company_after_the_word_for_its_business_is_a_company():
    found = {(m.text, m.type) for m in detect(_MAKER, bundled_registry())}
    assert {("ナカバヤシ", "ORG"), ("ミズノ", "ORG")} <= found
    assert not any(text.startswith("メーカー") for text, _ in found)


def test_a_company_after_its_business_keeps_its_own_head():
    assert ("ゴンチャロフ", "ORG") not in {(m.text, m.type) for m in detect(_MAKER_WITH_HEAD, bundled_registry())}


def test_a_company_named_after_its_trade_and_a_dot_is_a_company_even_in_common_katakana_words():
    # 所属事務所・X, 芸能プロダクション・X: the ・ after the trade says a name follows (スターダスト|プロモーション are words)
    assert ("アップフロントエージェンシー", "ORG") in spans(
        "所属芸能事務所・アップフロントエージェンシーは、女性本人から喫煙についての事実関係を調査した。")
    assert ("スターダストプロモーション", "ORG") in spans("所属していた芸能事務所・スターダストプロモーションとの契約を解除された。")
    found = spans("警視庁は芸能プロダクション・ホリプロの元契約社員を逮捕した。")
    assert ("ホリプロ", "ORG") in found and not any(text.startswith("芸能") for text, _ in found)
    # one common word after the dot is no name: a fund drive is no fund
    assert not any(kind == "ORG" for _, kind in spans("番組はファンド・ドライブを行った。"))


def test_a_name_unidic_cuts_into_a_word_and_a_lone_letter_after_its_kind_and_a_separator_is_a_company_throughout():
    # Wikinews (CC BY 2.5): フタタ is フタ|タ to UniDic (a lid and a pronoun), 紳士服チェーンの says it is a company
    text = ("紳士服チェーンのフタタは8月18日取締役会議で、コナカとの経営統合を行うことを正式に発表した。\n"
            "なおサンスポによると、フタタとコナカは2003年から資本・業務提携関係を結んでいる。\n")
    assert spans(text).count(("フタタ", "ORG")) == 2
    assert ("トレンダーズ", "ORG") in spans("20日、女性向けマーケティング会社・トレンダーズが、調査結果を発表した。")


def test_words_after_a_kind_with_no_separator_stay_words():
    assert not any(text in ("パシュート", "ヒコーキ") for text, _ in spans("女子団体パシュートで日本が銀メダル。紙ヒコーキを飛ばす。"))
