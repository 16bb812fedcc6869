"""The pictures inside an article's text: a caption's label with its words on the same line or alone over them,
a picture's rights line between the paragraphs (bench/perturb_frames.py measures the classes)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from core.cleaning.line_marks import mark_caption_labels, mark_picture_rights
from tests.shared_data import livedoor_parts as _parts

CHEF = "topic-news/topic-news-5903225.txt"  # 悪評が次から次へと溢れ出る川越シェフ, 2011-10-02 10:00


def _page(title: str, body: list[str]) -> str:
    return "\n".join(["しおかぜ日報", "ホーム　ニュース　政治　経済　国際　社会", "", title, "2011年10月2日 10:00", "",
                      *body, "", "あわせて読みたい", "会社概要　プライバシーポリシー　お問い合わせ",
                      "Copyright © 2008-2025 しおかぜ日報 All rights reserved."])


def _kinds(texts: list[str]) -> list[str]:
    lines = [classify(i, text) for i, text in enumerate(texts)]
    mark_caption_labels(lines)
    return [line.kind for line in lines]


def test_a_label_with_its_caption_on_the_same_line_leaves_the_next_line_to_the_text():
    first = "フランス政府は8日、新型ウイルスの感染拡大を受け、リヨンなど4都市の飲食店の営業を停止すると発表した。"
    for label in ("画像説明, 記者会見に臨む外相", "Image caption, 国連本部で演説する大統領", "写真説明：空港に到着した代表団",
                  "画像提供, Getty Images", "Image source, Reuters"):
        assert _kinds([label, "", first]) == ["caption", "blank", "prose"], label


def test_a_label_alone_on_its_line_still_makes_the_next_line_its_caption():
    caption = "フランス南東部リヨンでは6月、多くの人がレストランでの外食を楽しんでいた"
    assert _kinds(["画像提供, Getty Images", "画像説明,", caption]) == ["caption", "caption", "caption"]
    assert _kinds(["Image caption", "", caption])[2] == "caption"


def test_a_long_caption_after_its_labels_comma_is_a_caption_and_the_text_under_it_is_the_body():
    title, body = _parts(CHEF)
    caption = ("画像説明, 大陸別の1日当たりの新規感染者の推移（7日平均）。欧州は9月半ばから増加傾向にある一方、"
               "アジアは減少に転じている")
    article = clean_dump(_page(title, ["画像提供, Getty Images", "", caption, "", *body]))
    assert article.body.split("\n")[0] == body[0]
    assert caption not in article.body and "Getty" not in article.body


def _marked(texts: list[str]) -> list[str]:
    lines = [classify(i, text) for i, text in enumerate(texts)]
    mark_caption_labels(lines)
    mark_picture_rights(lines)
    return [line.kind for line in lines]


BEFORE = "公開前から数々の記録を打ち出している、ゴッサム・シティの悪を滅ぼす闇の騎士を描いた作品がついに公開される。"
AFTER = "同作は全米で公開初週に1億6000万ドルを超える興行収入を記録し、シリーズ最高のスタートを切った。"


def test_a_pictures_rights_line_between_the_texts_sentences_is_its_credit_not_the_pages_notice():
    for rights in ("(C)2011 Warner Bros. Ent. All Rights Reserved", "（C）共同", "©AFP", "(c)2012 NTT Communications",
                   "提供：外務省", "（写真提供：共同通信社）"):
        assert _marked([BEFORE, "", rights, "", AFTER]) == ["prose", "blank", "caption", "blank", "prose"], rights


def test_a_bare_caption_over_its_pictures_credit_between_paragraphs_is_the_caption():
    assert _marked([BEFORE, "記者会見に臨む外相", "写真：ロイター", AFTER]) == ["prose", "caption", "caption", "prose"]
    assert _marked([BEFORE, "空港に到着した代表団", "（C）共同", AFTER]) == ["prose", "caption", "caption", "prose"]
    # a short line under a credit is as often the next part's subheading, and stays the text's
    assert _marked([BEFORE, "写真：佐藤健一", "『世界侵略：ロサンゼルス決戦』", AFTER])[2] != "caption"
    assert _marked([BEFORE, "撮影・鈴木花子", "——小林さんは小さい頃、どんなお子さんでしたか？", AFTER])[2] != "caption"
    # a subheading marked as one stays the text's, credit or not
    assert _marked([BEFORE, "■会談の焦点", "写真：ロイター", AFTER])[1] != "caption"
    assert _marked([BEFORE, "【会談の焦点】", "写真：ロイター", AFTER])[1] != "caption"


def test_the_pages_own_notice_and_a_rights_line_after_the_text_still_end_it():
    for notice in ("Copyright © 2012 Kaze Press All rights reserved.", "記事・写真の無断転載を禁じます（C）しおかぜ日報"):
        assert _marked([BEFORE, notice, AFTER])[1] == "copyright", notice
    assert _marked([BEFORE, AFTER, "(C)2011 Warner Bros. Ent. All Rights Reserved"])[2] == "copyright"


def _sentences(name: str) -> tuple[str, list[str]]:
    """The article's title and its paragraphs of sentences (no link blocks)."""
    title, body = _parts(name)
    return title, [line for line in body if line.endswith("。") and len(line) >= 40]


def test_a_sentence_naming_a_news_agency_as_its_source_stays_in_the_text():
    title, body = _sentences(CHEF)
    agency = ["ロイター通信によると、両首脳は3日、ワシントンで約1時間会談した。", "共同通信の取材に対し、外務省幹部が明らかにした。"]
    text = [body[0], *agency, *body[1:]]
    plain = clean_dump(_page(title, text)).body
    assert all(sentence in plain.split("\n") for sentence in agency)
    assert clean_dump(_page(title, [*text[:3], "（C）共同", *text[3:]])).body == plain


def test_the_text_goes_on_after_a_film_stills_rights_line():
    title, body = _sentences(CHEF)
    plain = clean_dump(_page(title, body)).body
    for at in range(1, len(body)):
        framed = [*body[:at], "", "(C)2011 Warner Bros. Ent. All Rights Reserved", "", *body[at:]]
        assert clean_dump(_page(title, framed)).body == plain, at


def test_the_text_under_a_gallery_of_captions_with_captions_of_its_own_is_the_articles():
    first = ["スマートフォンでもパソコンと同じようにメールを飾りたい方に、おすすめの無料アプリを紹介しよう。",
             "インストールしたら、まずは普段使っているメールのアカウントを入力して設定しておきましょう。",
             "作成画面では絵文字や飾りのパーツが一覧で表示されるので、好きなものを選んで入れていくだけです。"]
    gallery = ["絵文字一覧（左）、季節の素材（右）", "", "キャラクター（左）、飾り枠（右）", "",
               "スタンプ（左）、使用履歴（右）", "", "背景（左）、文字色（右）", "", "装飾"]
    second = ["作ったメールを友だちに送れば、受け取った側でもそのまま同じように表示されるので楽しめます。",
              "送信画面（左）、受信画面（右）",
              "設定画面では文字の大きさや通知音、署名などを好みに合わせて細かく変えることができます。",
              "お気に入りの写真を背景にすることもできるので楽しさアップですね♪",
              "設定画面（左）、背景変更画面（右）",
              "受信したメールにはフラグを付けたり、フォルダへ移したりと整理するための機能もそろっています。",
              "※端末によってはインストールできても正しく動かない場合がありますのでご注意ください。"]
    page = "\n".join(["スマホアプリ情報", "", "メールを簡単に飾れる無料アプリ", "2012年5月1日 07:55", "",
                      *[x for line in first for x in (line, "")], *gallery, "", *[x for line in second for x in (line, "")],
                      "■関連リンク", "・スマホアプリ情報 トップ"])
    body = clean_dump(page).body.split("\n")
    assert body[:3] == first
    for line in second:
        assert (line in body) != ("（左）" in line), line
