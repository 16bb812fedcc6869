"""Cleaning mechanisms that hold across outlets, each on a page written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.article import Article
from core.cleaning.apply import apply_cleaning
from core.cleaning.dump import clean_dump
from core.cleaning.reference_day import inferred_reference

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cleaning"


def clean(name: str) -> Article:
    article = Article(source=name, source_format="txt", raw=(FIXTURES / name).read_text(encoding="utf-8"))
    apply_cleaning(article)
    return article


def lines_of(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8").split("\n")


def test_footer_directory_of_services_is_not_the_article_and_the_article_is_flagged():
    article = clean("footer_directory.txt")
    assert article.paragraphs == [line for line in lines_of("footer_directory.txt") if line.startswith("　")]
    assert not any("港町" in p for p in article.paragraphs)
    # two sentences only: the user is told to look, at the first body line
    assert article.cleaning_check == "short_body"  # a code the window translates
    assert article.cleaning_check_line == article.body_lines[0]


def test_date_line_by_the_headline_wins_over_the_day_the_page_was_saved():
    article = clean("footer_directory.txt")
    assert article.title == "北海の港で漁業協定の署名式　三カ国が資源管理で合意"
    # 03/12 has no year: the page's latest full date (2025年3月14日, the save day) gives it
    assert article.published == "2025-03-12T18:40:00+09:00"
    assert article.published_text == "03/12 18:40"


def test_a_run_of_sentences_starts_after_the_date_line_and_a_sure_page_is_not_flagged():
    article = clean("anchored_article.txt")
    assert article.title == "港湾都市連合、物流の脱炭素で共同宣言"
    assert article.published == "2025-05-19T21:05:00+09:00"
    assert len(article.paragraphs) == 4 and article.paragraphs[0].startswith("　【ロッテルダム＝浜田悠】")
    assert article.authors == ["浜田悠"]
    assert article.cleaning_check is None and article.cleaning_check_line is None
    assert article.published_inferred is None  # the page shows its date


def test_byline_before_the_date_and_the_author_box_after_the_body():
    article = clean("byline_and_profile.txt")
    assert article.authors == ["海野静香"]
    assert article.published == "2024-11-02T09:15:00+09:00"
    assert len(article.paragraphs) == 3
    assert not any("シンクタンク" in p for p in article.paragraphs)


def test_competing_blocks_are_flagged_at_the_runner_up():
    raw = "\n\n".join([
        "港町ニュース",
        "漁港の再整備、国が費用の半分を負担",
        "2025年6月2日",
        "　県は２日、老朽化した漁港の再整備に国が費用の半分を負担することになったと発表した。",
        "　工事は来年度に始まり、五年で終える計画だという。",
        "前の記事",
        "次の記事",
        "記事一覧",
        "地域",
        "この地域のほかの話題",
        "　夏祭りの準備が進む商店街では、今年も手作りの灯籠が通りを飾ることになっている。",
        "　地元の高校生が描いた絵が灯籠に使われ、期間中は夜遅くまで明かりがともされる予定だ。",
        "Copyright © Minatomachi News",
    ]) + "\n"
    article = clean_dump(raw)
    assert article.cleaning_check is not None and "competing_blocks" in article.cleaning_check
    lines = raw.split("\n")
    assert lines[article.cleaning_check_line - 1].startswith("　夏祭り")
    assert article.paragraphs[0].startswith("　県は２日")


def test_a_users_fix_clears_the_doubt():
    raw = (FIXTURES / "footer_directory.txt").read_text(encoding="utf-8")
    unsure = clean_dump(raw)
    fixed = clean_dump(raw, overrides={unsure.body_lines[0]: "body"})
    assert unsure.cleaning_check and fixed.cleaning_check is None


def test_undated_article_gets_an_inferred_reference_day_not_a_publication_date():
    article = clean("undated_article.txt")
    assert article.published is None and article.published_precision is None
    # latest full date in the text (2025年11月10日), moved to the dateline's day (14日)
    assert (article.published_inferred, article.published_inferred_precision) == ("2025-11-14", "day")


def test_inferred_reference_falls_back_to_the_file_day():
    paragraphs = ["　【那覇】知事は３日、基地の運用について防衛相と会談した。"]
    assert inferred_reference(paragraphs, "【那覇】", lambda: date(2024, 7, 20)) == ("2024-07-03", "day")
    assert inferred_reference(["　会談は非公開で行われた。"], None, lambda: date(2024, 7, 20)) == ("2024-07-20", "day")
    assert inferred_reference(["　会談は非公開で行われた。"], None, lambda: None) is None


def test_headline_split_from_its_bracketed_label_is_joined():
    raw = "\n".join([
        "速報", "", "2025.4.1 10:00更新", "", "【日米交渉】", "関税協議、閣僚級で再開へ　来週ワシントンで", "",
        "　日米両政府は１日、関税をめぐる閣僚級の協議を来週ワシントンで再開すると発表した。",
        "　前回の協議では自動車部品の扱いで溝が埋まらなかった。", "",
    ])
    article = clean_dump(raw)
    assert article.title == "【日米交渉】関税協議、閣僚級で再開へ　来週ワシントンで"
    assert article.published == "2025-04-01T10:00:00+09:00"


def test_caption_that_restates_the_lead_is_metadata():
    lead = "　３日、港に入る調査船。北極海の観測を終えて戻った。"
    raw = "\n".join(["調査船が帰港　北極海の観測終える", "2025年9月3日", "", lead.strip(), "", lead,
                     "　乗組員は半年ぶりに家族と再会した。", ""])
    article = clean_dump(raw)
    assert article.paragraphs == [lead, "　乗組員は半年ぶりに家族と再会した。"]
    assert lead.strip() in article.captions


def test_name_alone_under_the_headline_is_the_byline_and_a_menu_of_names_is_not():
    raw = "\n".join([
        "Editions", "United Kingdom", "United States", "",
        "海峡の橋、開通から十年　地域の暮らしはどう変わったか", "", "江口真理", "",
        "2025年10月1日 6:00（最終更新 10月1日 9:30）", "",
        "　海峡をまたぐ橋が開通して１日で十年になった。島の暮らしは大きく変わった。",
        "　通勤や通学で本土へ渡る人は開通前の三倍に増えたという。", "",
    ])
    article = clean_dump(raw)
    assert article.authors == ["江口真理"]
    assert article.published == "2025-10-01T06:00:00+09:00"


def test_published_beats_updated_and_an_issue_date_on_one_line():
    raw = "\n".join([
        "2017年2月20日", "", "ニュース", "",
        "声優ユニット、初の全国ツアーを発表",
        "週刊港町 2017年3月3日号 2/7(火) 13:20配信", "",
        "　声優ユニットは７日、初めての全国ツアーを５月から開くと発表した。",
        "　ツアーは全国八都市を回り、最終公演は横浜で開かれる。", "",
    ])
    article = clean_dump(raw)
    # no year on the 配信 date: the latest full date of the page (2017年3月3日) gives 2017
    assert article.published == "2017-02-07T13:20:00+09:00"


def test_information_box_that_closes_the_article_stays_in_the_body():
    article = clean("film_box.txt")
    lines = lines_of("film_box.txt")
    box = lines[lines.index("作品情報") : lines.index("上映時間：98分") + 1]
    assert article.paragraphs[-len(box):] == box
    assert article.paragraphs[2] == "　それでも最後に残ったのは、船頭の短い言葉だった。"  # indented: a paragraph
    assert not any("記録映画祭" in p for p in article.paragraphs)


def test_labelled_lines_far_from_the_body_are_no_box():
    raw = (FIXTURES / "film_box.txt").read_text(encoding="utf-8").replace("作品情報\n", "作品情報\n前の記事\n次の記事\n一覧\n")
    article = clean_dump(raw)
    assert not any("監督：" in p for p in article.paragraphs)


def test_a_date_line_that_gives_no_publication_date_passes_to_the_next():
    raw = "\n".join([
        "2012-03-24T15:00:00+0900",
        "撮影セミナー、映画の色づくりを解説",
        "港町マガジン4月号（3月19日発売）",
        "2012年2月22日に発売されました",
        "　短編映画を題材に、色づくりと照明を解説する実践セミナーが開かれる。",
        "　講師は撮影と監督を務めた映像作家で、機材の設定も紹介するという。", "",
    ])
    article = clean_dump(raw)
    assert article.published == "2012-03-24T15:00:00+09:00"


def test_headline_read_as_a_sentence_right_under_the_date_line():
    raw = "\n".join([
        "2009-11-02T17:50:00+0900",
        "冬の港町に灯る光、クリスマスまで毎晩ライトアップ！",
        "　港町の商店街は２日、クリスマスまで毎晩続くライトアップを始めた。",
        "", "　飾りつけには地元の小学生が描いた絵も使われている。", "",
    ])
    article = clean_dump(raw)
    assert article.title == "冬の港町に灯る光、クリスマスまで毎晩ライトアップ！"
    assert article.paragraphs[0].startswith("　港町の商店街は２日")
    assert article.cleaning_check is None or "headline" not in article.cleaning_check


def test_headline_with_latin_brand_names_by_the_date_line():
    raw = "\n".join([
        "2010-06-10T10:30:00+0900",
        "初上陸！「HARBOR LIGHTS」のコスメライン「Sea & Salt」",
        "　港町発のファッションブランドが、初めてのコスメラインを１０日に発売した。",
        "", "　価格は千円前後からで、まずは都内の三店舗で扱う。", "",
    ])
    assert clean_dump(raw).title == "初上陸！「HARBOR LIGHTS」のコスメライン「Sea & Salt」"


def test_era_dates_on_the_date_line():
    raw = "\n".join([
        "地域ニュース", "", "港の灯台、百年ぶりに改修へ", "平成２８年２月１１日（木）　午後３時５分更新", "",
        "　港の灯台が、建設から百年ぶりに改修されることになった。", "　工事は来年の春に終わる予定だという。", "",
    ])
    article = clean_dump(raw)
    assert article.published == "2016-02-11T15:05:00+09:00"
    assert article.title == "港の灯台、百年ぶりに改修へ"


def test_inferred_reference_reads_the_full_dates_of_lines_the_cleaner_dropped():
    body = ["訪米中の外相は21日午後、国務長官と会談した。"]
    page = ["ニュース速報", "2025年1月20日(現地時間)に新政権が発足。最新ニュースを掲載します。"] + body
    assert inferred_reference(body, None, lambda: date(2026, 12, 4), page=page) == ("2025-01-21", "day")
    assert inferred_reference(body, None, lambda: date(2026, 12, 4)) == ("2026-11-21", "day")
    # a full date of the body itself wins over the page's other lines
    dated = ["2024年3月1日、外相は会談に向けて出発した。"]
    assert inferred_reference(dated, None, None, page=page + dated) == ("2024-03-01", "day")


def test_check_reasons_are_codes_with_english_words_and_older_texts_pass_through():
    from core.cleaning.checks import described, reason_codes

    assert reason_codes("short_body,no_headline") == ["short_body", "no_headline"]
    assert described("competing_blocks,no_running_text") == "two blocks of text compete; no running text found"
    assert reason_codes("very short body; no headline found") == ["very short body", "no headline found"]
    assert described("very short body") == "very short body"
    assert reason_codes(None) == [] and described("") == ""
