"""A product's spec table under the article (型番 KT-i7A, 重量 330 g) is the article's, up to the writer's byline."""

from __future__ import annotations

from core.cleaning.dump import clean_dump

# Real lines of a livedoor (S-MAX) tablet article, its spec table and its footer.
HEAD = [
    "http://news.livedoor.com/article/detail/6790744/",
    "2012-07-25T18:55:00+0900",
    "キング・テック、SimejiプリインストールのAndroid 4.0タブレット「IMPRESSION」を1万3,980円で販売！",
    "キング・テックは25日、日本市場で独占販売するLeader International製の7インチサイズのAndroid 4.0タブレット"
    "「IMPRESSION KT-i7A 4.0」を発売すると発表しました。",
    "",
    "販売はサードウェーブが運営する全国21店舗のパソコンショップおよびウェブ通販の「ドスパラ」にて行われます。",
    "",
    "なお、キング・テックでは9.7インチサイズのAndroidタブレットも用意しており、法人向けに販売を行うとしています。",
    "",
]
TABLE = [
    "■主な仕様", "", "型番 KT-i7A ", "メーカ Leader ", "ブランド Impression GR20 ", "バッテリ 3.7V 3000mAH ",
    "CPU Cortex A8　1GHz(Allwinner A10) ", "RAM 512MB DDR3 ", "OS Android 4.0 ", "重量 330 g ",
    "本体色 White", "Black ",
]
FOOT = ["", "", "記事執筆：memn0ck", "", "■関連リンク", "・エスマックス（S-MAX）", "・エスマックス（S-MAX） smaxjp on Twitter"]


def kept(article) -> list[str]:
    return [p.strip() for p in article.paragraphs]


def test_a_spec_table_under_the_body_is_kept_with_it_and_the_byline_is_not():
    article = clean_dump("\n".join(HEAD + TABLE + FOOT))
    body = kept(article)
    assert body[0].startswith("キング・テックは25日") and "重量 330 g" in body
    assert "Black" in body  # a row that goes on over a second line stays in the table
    assert "記事執筆：memn0ck" not in body and "■関連リンク" not in body
    assert "Black" not in article.authors


def test_without_the_table_the_body_ends_at_its_last_sentence():
    body = kept(clean_dump("\n".join(HEAD + FOOT)))
    assert body[-1].startswith("なお、キング・テック") and "記事執筆：memn0ck" not in body


def test_a_list_of_the_sites_dated_headlines_or_a_numbered_menu_is_no_table():
    headlines = ["もてなし満載で兵庫に誘客　１６年度県当初予算案 02/18 12:06",
                 "子育て支援、定住化に重点　猪名川町当初予算案 02/18 07:10",
                 "人口対策重視、定住促進など拡充　養父市予算案 02/18 07:02",
                 "兵庫県の第２子保育料補助　所得制限額決まる 02/18 06:57",
                 "分煙補助返還求め提訴へ　兵庫県、男女に３３５万 02/18 07:11",
                 "小保方氏を参考人聴取　「ＥＳ細胞窃盗」告発受け 02/18 01:13"]
    menu = ["1. ホーム", "2. 県内ニュース", "3. 福島民友ニュース", "4. スポーツ", "5. 社会", "6. 経済"]
    for block in (headlines, menu):
        body = kept(clean_dump("\n".join(HEAD + ["最新ニュース"] + block)))
        assert body[-1].startswith("なお、キング・テック"), block[0]


def test_a_few_labelled_words_without_figures_are_no_table():
    words = ["ニュース 国内", "ニュース 海外", "スポーツ 野球", "スポーツ サッカー", "エンタメ 映画", "エンタメ 音楽"]
    body = kept(clean_dump("\n".join(HEAD + ["■カテゴリ"] + words)))
    assert body[-1].startswith("なお、キング・テック")


LONG_TABLE = TABLE + ["液晶 7インチ", "解像度 1024x600", "カメラ 30万画素", "GPS あり", "USB 2.0", "HDMI Micro HDMI"]
MORE = ["", "価格は1万3980円ですが、ドスパラでは販売を記念したキャンペーンを実施し、2012年7月31日から8月31日までの間に"
        "値下げし、1万2980円で販売するとしています。", "",
        "また、microSDカードスロットや無線LAN、Bluetooth、GPSなどに対応し、3Gには対応していません。", ""]


def test_the_article_goes_on_after_a_long_spec_table_between_its_paragraphs():
    article = clean_dump("\n".join(HEAD + LONG_TABLE + MORE + FOOT))
    body = kept(article)
    assert "解像度 1024x600" in body
    assert body[-1].startswith("また、microSDカードスロット")
    assert "記事執筆：memn0ck" not in body


def test_sentences_after_a_long_list_of_menu_words_are_still_another_text():
    menu = ["ニュース 国内", "ニュース 海外", "スポーツ 野球", "スポーツ サッカー", "エンタメ 映画", "エンタメ 音楽",
            "グルメ 和食", "グルメ 洋食", "旅行 国内", "旅行 海外", "マネー 投資", "マネー 保険", "車 新車"]
    body = kept(clean_dump("\n".join(HEAD + ["■カテゴリ"] + menu + MORE + FOOT)))
    assert not any(p.startswith("価格は1万3980円") for p in body)


def test_an_apps_box_is_kept_whole_its_labels_of_latin_words_and_past_the_stores_bare_address():
    from tests.shared_data import livedoor_text

    # a box right under the text and the writer's byline; a box under the store's bare address and the byline
    for name in ("smax/smax-6509286.txt", "smax/smax-6517950.txt"):
        body = kept(clean_dump(livedoor_text(name)))
        assert body[-1].startswith("Google Play Store：http://play.google.com/store/apps/details?id="), name
        assert any(line.startswith("ANDROID 要件：") for line in body) and any(line.startswith("アプリ名：") for line in body)
        assert not any(line.startswith(("https://", "■関連リンク")) for line in body), name
