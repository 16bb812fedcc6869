"""Where an article's text really ends: its marked subheadings, its lists and details boxes with text under them,
and a sentence that speaks of copyright, which is no legal notice."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from tests.shared_data import livedoor_text


def _paragraphs(name: str) -> list[str]:
    return [p.strip() for p in clean_dump(livedoor_text(name)).paragraphs]


def test_marked_subheadings_between_the_texts_paragraphs_are_the_articles():
    # ■ subheadings over each part of a product review, between its paragraphs
    paragraphs = _paragraphs("it-life-hack/it-life-hack-6638017.txt")
    assert "■シガープラグ装着部分とカバー部分の2段構造" in paragraphs
    assert "■ホルダー部分はフレキシブルかつ回転可能" in paragraphs
    at = paragraphs.index("■シガープラグ装着部分とカバー部分の2段構造")
    assert paragraphs[at + 1].startswith("このシガーソケットホルダー for スマートフォンは")


def test_a_sentence_about_copyright_law_is_text_and_a_notice_is_still_legal():
    sentence = ("著作権を侵害している音楽データや録画データを、著作権を侵害していることを承知の上で"
                "ダウンロードした者には、2年以下の懲役や200万以下の罰金が下されることになる。")
    assert classify(1, sentence).kind == "prose"
    assert classify(1, "改正著作権法の投票結果").kind == "heading"
    assert classify(1, "本サイトに掲載の記事の著作権は株式会社見本新聞社に帰属します。").kind == "copyright"
    for notice in ("著作権", "著作権について", "サイトマップ｜著作権｜リンク｜お問い合わせ",
                   "掲載記事の無断転載を禁じます。著作権法により保護されています。"):
        assert classify(1, notice).kind == "copyright", notice


def test_the_text_goes_on_past_a_sentence_about_copyright_law():
    # a column on the law against downloading: its third paragraph speaks of 著作権 and was read as the page's notice
    paragraphs = _paragraphs("it-life-hack/it-life-hack-6661576.txt")
    assert any(p.startswith("著作権を侵害している音楽データや録画データを") for p in paragraphs)
    assert any(p.startswith("音楽業界としては、最高2年の懲役または") for p in paragraphs)
    assert any(p.startswith("衆議院文部科学委員会の内容はすでに") for p in paragraphs)


def test_the_text_goes_on_in_the_run_an_announced_lists_last_item_opens():
    # 具体的なアップデート内容は以下のとおりです。 then ■ groups of ・ items; the last item is a sentence, and the
    # captions of the screenshots go on under it, then the app's details
    paragraphs = _paragraphs("smax/smax-6563436.txt")
    assert "新ホーム画面。レイアウトの変更およびスワイプ操作への対応。" in paragraphs
    assert "ドコモのEvernoteプレミアムユーザーはビデオノートの作成が可能に。" in paragraphs
    assert "・エスマックス（S-MAX）" not in paragraphs  # the 関連リンク under it stay out


def test_the_text_goes_on_after_a_numbered_list():
    # a first paragraph, a ranking of ten numbered lines (1　毎日ツイッターに…), then the column goes on
    paragraphs = _paragraphs("kaden-channel/kaden-channel-6221072.txt")
    assert "1　毎日ツイッターにベッタリ張り付きでみている" in paragraphs
    assert "10 ネガティブツイートばかりしている" in paragraphs
    assert "人と交流するためのツールで人付き合いに疲れている人が多いことがわかる。" in paragraphs
    assert not any(p.startswith("・使い方が想像できないと話題") for p in paragraphs)  # the 関連記事 under it


def test_the_text_goes_on_after_a_details_box_with_an_events_days():
    # a present: 【賞品・応募数】, 【プレゼント応募期間】 and its days (an entry period, no page date), then
    # 【応募方法】 and its sentences
    paragraphs = _paragraphs("peachy/peachy-6376350.txt")
    assert "・当選のご連絡はメールにてお送りいたします。" in paragraphs
    assert "cherishホームページ" not in paragraphs  # the 関連リンク under it stay out


def _page(between: list[str]) -> str:
    return "\n".join(["首相、来週訪米へ", "2024年5月1日 10:00", "",
                      "政府は1日、首相が来週米国を訪問すると発表した。日米首脳会談を予定しており、経済安全保障が主な議題となる。",
                      "首相は記者団に対し、両国の協力をさらに深めたいと述べた。", "",
                      *between, "",
                      "東京都は2日、新しい子育て支援策を発表した。保育所の定員を来年度までに五千人増やし、待機児童の解消を目指す。",
                      "知事は会見で、働く親の負担を減らしたいと語った。", "", "Copyright (C) 2024 Example News"])


def test_text_under_a_long_list_after_a_date_line_of_its_own_is_another_article():
    listed = [f"・ニュース見出しその{n}番目の記事" for n in range(1, 15)]
    joined = [p.strip() for p in clean_dump(_page(listed)).paragraphs]
    assert any(p.startswith("東京都は2日") for p in joined)  # the article's own list, then its text
    cut = [p.strip() for p in clean_dump(_page(listed[:7] + ["2024年5月2日 09:00"] + listed[7:])).paragraphs]
    assert not any(p.startswith("東京都は2日") for p in cut)  # a page's date line between: another article
    assert cut[-1] == "首相は記者団に対し、両国の協力をさらに深めたいと述べた。"


def test_a_product_box_under_the_text_with_labelled_sizes_is_the_articles():
    # ■製品名：…, ■販売価格（税込）：…, ■主な仕様, then sizes that read like a photo's position (31（幅）×…)
    paragraphs = _paragraphs("it-life-hack/it-life-hack-6638017.txt")
    assert "■製品名：シガーソケットホルダー for スマートフォン" in paragraphs
    assert "・マウント:：31（幅） × 340（高さ） × 60（奥行き）mm" in paragraphs
    assert paragraphs[-1] == "出力:：5V / 1A"


def test_a_details_box_with_long_labels_is_the_articles():
    # レビューアー募集期間：…, 募集するレビューアー数：5名 (labels of ten and eleven characters)
    paragraphs = _paragraphs("it-life-hack/it-life-hack-6430616.txt")
    assert "レビューアー募集期間： 2012年4月3日（火)〜2012年4月12日（木）23:59" in paragraphs
    assert paragraphs[-1] == "募集するレビューアー数：5名"


def test_the_text_goes_on_after_a_ranking_in_a_part_that_gives_links_of_its_own():
    # 1位…10位, then a subheading and the review's next parts, which list links to the site's other awards
    paragraphs = _paragraphs("movie-enter/movie-enter-6110734.txt")
    assert "10位　一命" in paragraphs
    assert "ちょっと残念だった映画『カウボーイ＆エイリアン』" in paragraphs
    assert paragraphs[-1].startswith("今年はド派手な3D作品が目白押し。")


def test_an_events_labelled_days_and_a_value_written_as_a_sentence_are_the_boxs():
    # 【日　時】　9月22日（土）　17:30-20:00 and 【応募締切】　9月12日(水) are the event's; 【定　員】 25名（…。）
    # is one of the box's values, not a text of its own; the lecturers' profiles go on under the box
    article = clean_dump(livedoor_text("kaden-channel/kaden-channel-6915463.txt"))
    paragraphs = [p.strip() for p in article.paragraphs]
    assert "【日　時】　9月22日（土）　17:30-20:00" in paragraphs
    assert "【応募締切】　9月12日(水)" in paragraphs
    assert any(p.startswith("デビュー以来、圧倒的な人気のジャズ＆ラテンシンガー") for p in paragraphs)
    assert article.published.startswith("2012-09")  # the page's own date, not the event's
