"""What real outlets print around a headline and its text, on outlets no list knows: a series' label over the
headline, a headline the page's width wrapped over two lines, photo credit lines, the writer's profile after the
text (bench/perturb_frames.py measures the classes)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.header_shapes import series_label
from core.cleaning.headline_wrap import cut_by_width
from core.cleaning.outlets import outlet_in
from tests.shared_data import livedoor_parts as _parts

PANASONIC = "smax/smax-6750224.txt"  # パナソニック、ELUGAデビューキャンペーンと…を実施中, 2012-07-12 12:25
CHEF = "topic-news/topic-news-5903225.txt"  # 悪評が次から次へと溢れ出る川越シェフ, 2011-10-02 10:00
HORROR = "movie-enter/movie-enter-6550910.txt"  # ホラー映画が高校生割引をする理由、“放課後の肝試し”のすすめ


def _page(header: list[str], body: list[str], after: list[str] = (), outlet: str = "しおかぜ日報") -> str:
    assert outlet_in(outlet) is None  # an outlet no list knows
    return "\n".join([outlet, "ホーム　ニュース　政治　経済　国際　社会　スポーツ　エンタメ", "", *header, "", *body, *after, "",
                      "あわせて読みたい", "会社概要　プライバシーポリシー　お問い合わせ",
                      f"Copyright © 2008-2025 {outlet} All rights reserved."])


def test_a_series_label_over_the_headline_is_neither_the_headline_nor_part_of_it():
    title, body = _parts(CHEF)
    for label in ("【連載】アジアの現場から", "＜特集＞揺れる同盟", "連載　第3回", "シリーズ・外交の舞台裏（5）", "第12回"):
        article = clean_dump(_page([label, title, "2012年7月12日 12:25"], body))
        assert article.title == title, label


def test_a_series_label_is_a_short_line_naming_a_series_and_a_topics_kicker_is_not_one():
    assert series_label("【連載】アジアの現場から")
    assert series_label("連載　第3回")
    assert series_label("第12回")
    assert not series_label("【普天間移設推進派】")  # a topic's kicker: part of the headline it stands over
    assert not series_label("連載は今回で終わる。")
    assert not series_label("【特集】瑛太主演の大迫力アクション映画『ワイルド7』試写会に25組50名様をご招待")


def test_a_headline_wrapped_by_the_pages_width_is_read_whole():
    for name in (PANASONIC, HORROR):
        title, body = _parts(name)
        for width in (18, 22, 26):
            if not cut_by_width(title[:width], title[width:]):
                continue
            article = clean_dump(_page([title[:width], title[width:], "2012年7月12日 12:25"], body))
            assert article.title.replace("\u3000", "") == title, (name, width)


def test_a_cut_where_no_line_ends_is_a_wrap_and_a_cut_after_a_whole_headline_is_not():
    assert cut_by_width("瑛太主演の大迫力アクション映", "画『ワイルド7』試写会に招待")  # inside a word
    assert cut_by_width("年収1000万円のビジネスパーソン", "に聞いた大学ランキング")  # a particle opens the line
    assert cut_by_width("ホラー映画が高校生割引をする理由、“", "放課後の肝試し”のすすめ")  # a bracket left open
    assert not cut_by_width("日米首脳が会談", "同盟強化で一致")  # a headline, then its deck
    assert not cut_by_width("気分スッキリ＆美人になる？　声楽レッスンをお試し", "皆さん、自分の「声」に自信はありますか？")


def test_photo_credit_lines_are_captions_neither_the_headline_nor_the_text():
    title, body = _parts(CHEF)
    plain = clean_dump(_page([title, "2011年10月2日 10:00"], body)).paragraphs
    for credit in ("Photo: 山田太郎", "写真／共同通信", "撮影＝鈴木花子", "（撮影・高橋誠）", "写真＝佐藤健一撮影"):
        article = clean_dump(_page([title, credit, "2011年10月2日 10:00"], [body[0], credit, *body[1:]]))
        assert article.title == title, credit
        assert article.paragraphs == plain, credit


def test_the_writers_profile_after_the_text_ends_the_body():
    title, body = _parts(CHEF)
    plain = clean_dump(_page([title, "2011年10月2日 10:00"], body)).paragraphs
    bio = "1980年生まれ。東京大学法学部卒業後、全国紙の政治部記者を経て現職。著書に『外交の現場』など。"
    for box in (["山田 太郎（やまだ・たろう）", bio], ["【著者プロフィール】", "鈴木花子", bio], ["■高橋誠", bio]):
        article = clean_dump(_page([title, "2011年10月2日 10:00"], body, ["", *box]))
        assert article.paragraphs == plain, box[0]


def test_the_writers_profile_after_the_text_names_the_author_when_no_byline_does():
    title, body = _parts(CHEF)
    bio = "1980年生まれ。東京大学法学部卒業後、全国紙の政治部記者を経て現職。著書に『外交の現場』など。"
    for box, writer in ((["山田 太郎（やまだ・たろう）", bio], "山田 太郎"), (["【著者プロフィール】", "鈴木花子", bio], "鈴木花子"),
                        (["■高橋誠", bio], "高橋誠"), (["【著者プロフィール】", "佐藤 健一（さとう・けんいち）", bio], "佐藤 健一")):
        article = clean_dump(_page([title, "2011年10月2日 10:00"], body, ["", *box]))
        assert article.authors == [writer], box[0]


def test_the_career_of_someone_the_article_speaks_of_stays_in_its_text():
    body = ["政府は1日、新しい駐米大使に山田太郎氏を起用する人事を決めた。山田氏は外務省で北米局長などを務めた。",
            "山田氏は就任にあたり、日米同盟の強化に全力を尽くすと述べた。",
            "山田太郎", "1960年東京都生まれ。東京大学法学部を卒業後、外務省に入省。北米局長を経て現職。"]
    article = clean_dump(_page(["駐米大使に山田太郎氏　政府が起用決定", "2024年5月1日 10:00"], body))
    assert body[3] in article.paragraphs
    assert article.authors == []  # the new ambassador is no writer


def test_a_date_line_with_its_update_in_brackets_gives_the_published_day_under_a_headline_opening_with_a_day():
    title, body = _parts("dokujo-tsushin/dokujo-tsushin-5943498.txt")  # 見た目で損をしていませんか？
    for headline in (title, "5月21日の金環食、あなたは誰と観ますか？"):  # (a headline that opens with a day)
        article = clean_dump(_page([headline, "2011年10月17日 14:00（最終更新：2011年10月18日 20:18）"], body))
        assert article.title == headline
        assert article.published.startswith("2011-10-17T14:00")


def test_the_pages_title_line_gives_the_headline_when_the_header_prints_none():
    title, body = _parts(CHEF)
    for bar in (" | ", "｜", " - ", "："):
        article = clean_dump(f"{title}{bar}しおかぜ日報\n\n" + _page(["ホーム > 国際 > アジア", "2011年10月2日 10:00"], body))
        assert article.title == title, bar
        assert article.cleaning_check is None
        assert article.published.startswith("2011-10-02T10:00")


def test_the_pages_title_line_over_a_line_under_the_date_takes_it_for_a_look():
    title, body = _parts(CHEF)
    subheading = "悪評の数々が明らかに　シェフの対応に批判も"
    article = clean_dump(f"{title} | しおかぜ日報\n\n" + _page(["ホーム > 国際 > アジア", "2011年10月2日 10:00", "",
                                                             subheading], body))
    assert article.title == title
    assert article.cleaning_check == "headline_unsure"
    # words after the bar that the page does not print as its name are no site's: the line is read as it is printed
    article = clean_dump(f"{title} | 独占取材\n\n" + _page(["ホーム > 国際 > アジア", "2011年10月2日 10:00"], body))
    assert article.title == f"{title} | 独占取材"


def test_a_headline_broken_after_its_comma_or_inside_a_bracket_is_joined_however_long_its_rest():
    _, body = _parts(CHEF)
    for upper, lower in (("ホワイトボードは大きなタッチスクリーン、",
                          "しかもUSBバスパワー！—パナソニック電子黒板「エリート\u3000パナボード」【売れ筋チェック】"),
                         ("山口で高校生の祖父殺害、", "「\"隠れてゲームをするな\"と怒られた」"),
                         ("写真の中に「人」がいる！美し過ぎる愛娘を通して人を撮る写真家に極意を見た【NEXT", "GENERATION】")):
        article = clean_dump(_page([upper, lower, "2011年10月2日 10:00"], body))
        assert article.title.replace("\u3000", "") == (upper + lower).replace("\u3000", ""), upper


def test_a_boxs_name_is_read_one_way_under_its_label_in_a_dump_and_in_a_saved_page():
    from core.cleaning.profile_box import profile_name
    from core.cleaning.profile_box import box_writer

    bio = "1980年生まれ。東京大学法学部卒業後、全国紙の政治部記者を経て現職。"
    # a katakana name, a bracketed label, a role after the name: the same reading for both
    assert box_writer(["この記事の筆者", "ジョン・スミス", bio]) == ["ジョン・スミス"]
    assert profile_name(["【著者プロフィール】", "山田太郎 / ジャーナリスト"]) == "山田太郎"
    assert box_writer(["【著者プロフィール】", "佐藤 健一（さとう・けんいち）", bio]) == ["佐藤 健一"]
    assert box_writer(["■高橋誠", bio]) == ["高橋誠"]


def test_a_profile_under_the_text_of_someone_it_names_by_surname_is_no_writer():
    from core.cleaning.profile_box import footer_writer

    bio = "1946年福岡県生まれ。九州大学医学部卒業後、国内の病院勤務を経て現職。"
    body = "アフガニスタンで用水路を造った中村さんの活動を伝える展示が開かれた。"
    assert footer_writer(["■中村哲", bio], body) is None
    assert footer_writer(["■高橋誠", bio], body) == "高橋誠"
