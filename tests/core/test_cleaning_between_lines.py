"""Lines a page prints between the headline and the text (bench/perturb_frames_between.py's classes measure each):
a deck quoting a sentence of the text on a page with no date line in its header, and a photo's caption whose
bracket gives the day and who took it. Neither is the headline."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.lines import is_caption
from tests.core.test_cleaning_page_structure import CHICAGO, ISRAEL, MUSEUM, _page, _story

RITA = "wn-02748.txt"  # リタ、熱帯低気圧に


def _foot_dated(header: list[str], body: list[str], day: str) -> str:
    """The page with its date only under the text (no date line in the header)."""
    return _page(header, [*body, day])


def test_a_deck_quoting_the_text_under_the_headline_is_no_headline_on_a_page_without_a_date_line():
    title, body = _story(ISRAEL)
    deck = body[1].rstrip("。")  # NHKやCNNは、…が入っていると伝えている
    article = clean_dump(_foot_dated([title, deck], body, "2005年9月12日"))
    assert article.title == title
    assert deck not in (article.title or "")


def test_a_short_headline_keeps_over_a_longer_deck_the_text_says_word_for_word():
    title, body = _story(CHICAGO)
    deck = body[0].split("、", 1)[1].rstrip("。")  # アメリカイリノイ州のシカゴで17日午前8時20分…
    assert len(deck) > len(title)
    assert clean_dump(_foot_dated([title, deck], body, "2005年9月18日")).title == title


def test_a_line_the_text_does_not_say_under_the_headline_is_not_taken_for_a_deck():
    # the headline's second line, no sentence of the text: the two lines stay one headline or the upper one
    title, body = _story(MUSEUM)
    article = clean_dump(_foot_dated(["九州国立博物館が開館", "一般公開始まる"], body, "2005年10月16日"))
    assert article.title in ("九州国立博物館が開館\u3000一般公開始まる", "九州国立博物館が開館")


def test_a_caption_closed_by_the_day_and_who_took_it_is_a_caption():
    assert is_caption("日本の4番目の国立博物館（16日、撮影・編集部）")
    assert is_caption("会見する外相（3日、撮影：山田太郎）")
    assert is_caption("記者会見の様子（撮影・編集部）")
    # a sentence of the text with a bracket is no caption, nor a headline with its day
    assert not is_caption("外相は「対話を続ける」と述べた（3日、撮影会場で）。")
    assert not is_caption("九州国立博物館、一般公開（16日）")


def test_a_caption_under_the_date_line_echoing_the_lead_is_not_the_headline():
    title, body = _story(MUSEUM)
    caption = "日本の4番目の国立博物館（16日、撮影・編集部）"
    article = clean_dump(_page([title, "2005年10月16日", "", caption], body))
    assert article.title == title
    assert caption in article.captions


def test_a_video_or_photo_line_taking_the_texts_first_words_is_not_the_headline():
    title, body = _story(MUSEUM)  # a short headline: a longer line under the date may outscore it
    words = body[0][:26]  # 日本の4番目の国立博物館、九州国立博物館(福岡県太宰府市…
    for shown in (f"【動画】{words}", f"動画：{words}", f"▶ {words}", words):
        article = clean_dump(_page([title, "2005年10月16日", shown], body))
        assert article.title == title, shown


def test_a_line_under_the_date_that_does_not_open_the_text_may_still_be_the_headline():
    # the headline printed under the date line, its words not the text's first words, stays the headline
    _, body = _story(CHICAGO)
    headline = "シカゴの通勤列車が終着駅の近くで脱線し2人が死亡した"
    assert clean_dump(_page(["特集ワイド", "2005年9月18日", headline], body)).title == headline


def test_a_link_to_another_article_under_the_date_line_is_not_the_headline():
    title, body = _story(RITA)  # リタ、熱帯低気圧に: a short headline the lead says little of
    other, _ = _story(CHICAGO)
    for link in (f"関連：{other}", f"＜関連＞{other}", f"［関連記事］{other}", f"【関連記事】{other}"):
        article = clean_dump(_page([title, "2005年9月25日", link], body))
        assert article.title == title, link
        assert link not in (article.body or "")
    # a sentence that speaks of something related is no link
    assert clean_dump(_page([title, "2005年10月16日"], ["関連する施設も同日に公開された。", *body])).body.startswith("関連する")


def test_a_summary_over_a_read_more_link_that_opens_the_text_leaves_the_date_and_the_text_whole():
    # a portal's summary of the article itself: its first sentence and a read-more link under the date line
    title, body = _story(CHICAGO)
    summary = body[0].split("。")[0] + "。"
    for link in ("続きを読む", "記事を読む", "全文を読む", "続きを読む ＞"):
        article = clean_dump(_page([title, "2005年9月18日 10:00", "", summary, link], body))
        assert article.title == title, link
        assert article.published.startswith("2005-09-18T10:00"), link
        assert article.body.startswith(body[0]), link
        assert link not in article.body.split("\n"), link


def test_a_teaser_over_a_read_more_link_that_does_not_open_the_text_still_dates_nothing():
    # another article's teaser under its own date: a sentence the text does not start with
    title, body = _story(CHICAGO)
    _, other = _story(MUSEUM)
    teaser = ["日本の博物館の話題", "2005年10月16日 09:00", other[0].split("。")[0] + "。", "記事を読む"]
    article = clean_dump(_page([*teaser, "", title, "2005年9月18日 10:00"], body))
    assert article.published.startswith("2005-09-18T10:00")
    assert article.body.startswith(body[0])


def test_a_bare_caption_of_the_texts_first_words_leaves_the_first_paragraph_in_the_body():
    # the lead photo's caption with no mark of a caption: the first words of the text, over where it begins
    for name, cut in ((CHICAGO, "、"), (MUSEUM, "、"), (ISRAEL, "は")):
        title, body = _story(name)
        caption = body[0].split(cut)[0]
        assert 6 <= len(caption) <= 30
        article = clean_dump(_page([title, "2005年9月18日", "", caption, ""], body))
        kept = article.body.split("\n")
        assert kept[0] == body[0], name
        assert caption not in kept, name


def test_names_each_over_a_description_opening_with_it_stay_a_directory():
    from core.cleaning.body import mark_directories
    from core.cleaning.lines import classify

    entries = ["東京ガイド", "東京ガイドは、都内の観光地や飲食店の情報をまとめたサイトです。",
               "大阪グルメ", "大阪グルメは、大阪の人気店を地図から探せるサービスです。"]
    lines = [classify(i, text, frozenset(), frozenset()) for i, text in enumerate(entries, start=1)]
    mark_directories(lines)
    assert [line.kind for line in lines] == ["directory"] * 4


def test_a_dateline_naming_the_writer_or_a_listen_button_under_a_short_headline_is_not_its_second_line():
    title, body = _story(RITA)  # リタ、熱帯低気圧に: short enough to read as the first half of a headline
    for line in ("北京＝鈴木花子", "ワシントン＝山田太郎", "この記事を音声で聞く", "音声で聞く"):
        for header in ([title, line, "2005年9月25日"], [title, "2005年9月25日", line]):
            assert clean_dump(_page(header, body)).title == title, header


def test_a_topic_label_over_the_headline_is_not_its_first_line():
    # the name of a running story the site files the article under, on the line right over the headline
    # (a label more than half as wide as the headline, and one word with it to the tokenizer, is still joined:
    # 新型コロナウイルス over イスラエル、… reads ウイルスイスラエル across the break)
    for name in (CHICAGO, ISRAEL):
        title, body = _story(name)
        for label in ("能登半島地震", "衆院選2024", "ウクライナ情勢", "日韓関係"):
            assert clean_dump(_page([label, title, "2005年9月18日"], body)).title == title, (label, title)
    title, body = _story(CHICAGO)
    assert clean_dump(_page(["新型コロナウイルス", title, "2005年9月18日"], body)).title == title


def test_only_a_short_line_under_half_as_wide_as_the_next_is_no_line_the_width_cut():
    from core.cleaning.headline_wrap import cut_by_width

    assert not cut_by_width("新型コロナウイルス", "シカゴで列車脱線、2人死亡、80余人負傷")
    assert not cut_by_width("能登半島地震", "小4女児男に刺される—兵庫・たつの")
    # a headline's line the page's width cut inside a word, and a short line the next opens with a colon
    assert cut_by_width("米大統領、来日した中国の外務大", "臣と会談")
    assert cut_by_width("Interop Tokyo 2012", "：サイバートランスジャパンがPHSや3G回線を利用した照明の省エネ制御を展示")


def test_a_short_line_of_two_words_over_a_long_one_may_still_be_a_headlines_first_line():
    from core.cleaning.headline_wrap import cut_by_width

    # a headline the page broke after its first words (a company, a product): a line with a 、 or a blank in it
    assert cut_by_width("スクエニ、FINAL FANTASY", "とFINAL FANTASY IIをAndroid向けに提供開始！価格はそれぞれ800円")
