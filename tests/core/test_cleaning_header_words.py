"""Headlines the page's tools stand by (core/cleaning/header_tools.py): a headline over its tools and its date line,
one the line reader takes for running text, a short one (under ten characters) over the tools and the lead photo's
caption, a short one written bare by its date line while a heading bar glues a longer label before it.
bench/perturb_frames.py's classes of bench/perturb_frames_header_words.py measure them on real articles."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.header_tools import past_tools, tool_line
from core.cleaning.headline_glued import bare_headline
from core.cleaning.lines import PROSE, classify
from tests.core.test_cleaning_page_structure import _page, _story
from tests.shared_data import livedoor_text

SHORT = {"wn-00554.txt": "2009年8月14日", "wn-01596.txt": "2005年9月25日", "wn-01424.txt": "2007年1月5日"}
# 訃報山城新伍氏, 愛・地球博閉幕, 台湾高速鉄道が開業: headlines under ten characters
PROSE_TITLED = ("peachy/peachy-4431375.txt", "livedoor-homme/livedoor-homme-5031899.txt")
TOOLS = (["シェア", "ツイート"], ["シェア ツイート ブックマーク"], ["Tweet", "", "Check"], ["シェア 0", "ツイート list", "ブックマーク 0"])
CAPTIONS = ("会見で質問に答える担当者ら", "多くの人が集まった会場の様子と、その後方で取材を続ける大勢の報道陣")


def _livedoor(name: str) -> tuple[str, str, list[str]]:
    lines = livedoor_text(name).split("\n")
    day = lines[1][:16].replace("T", " ")  # 2009-11-10 11:00
    y, m, d = day[:10].split("-")
    return lines[2].strip(), f"{y}年{int(m)}月{int(d)}日 {day[11:]}", [l.strip() for l in lines[3:12] if l.strip()]


def test_a_line_of_tools_is_button_words_alone():
    for line in ("シェア ツイート ブックマーク", "シェア　ツイート　ブックマーク", "シェア 0", "ツイート list", "Tweet", "印刷",
                 "この記事をシェアする X Facebook LINE", "LINEで送る", "文字サイズ　小　中　大", "この記事を音声で聞く",
                 "この記事は約3分で読めます", "読了時間：約4分"):
        assert tool_line(classify(1, line)), line
    for line in ("トランプ氏のツイートが波紋", "国際", "12", "シェア拡大へ新製品", "訃報山城新伍氏", "中 大", "約3分"):
        assert not tool_line(classify(1, line)), line
    lines = [classify(i, text) for i, text in enumerate(["", "シェア", "", "ツイート", "本文の最初の一文です。"])]
    assert past_tools(lines, 0) == 4


def test_a_short_headline_over_its_date_the_tools_and_the_photos_caption_is_the_headline():
    for name, day in SHORT.items():
        title, body = _story(name)
        assert len(title) < 10
        for tools in TOOLS:
            for caption in CAPTIONS:
                page = _page([title, day, "", *tools, "", caption], body)
                assert clean_dump(page).title == title, (tools, caption)
                # the headline, its tools, the photo's caption, then the date line
                page = _page([title, "", *tools, "", caption, day], body)
                assert clean_dump(page).title == title, (tools, caption)


def test_a_short_headline_written_bare_by_its_date_is_the_headline_not_the_label_glued_before_its_copy():
    for name, day in SHORT.items():
        title, body = _story(name)
        for label in ("ワールドビジネスサテライト ", "北斗タイムズ 国際ニュース ", "連載「日本外交の現場」 第3回 "):
            assert len(label) > len(title)
            assert clean_dump(_page([label + title, day, "", title], body)).title == title, label
            # the page's tools between the date line and the bare headline do not part them
            for tools in TOOLS:
                assert clean_dump(_page([label + title, day, "", *tools, "", title], body)).title == title, tools


def test_a_site_name_by_the_date_is_no_bare_headline_of_the_title_line():
    # the page's title line, the headline before a bar and the site's name: the name under the date is not its headline
    header = [classify(i, text) for i, text in enumerate(["愛・地球博閉幕 | 北斗タイムズ", "2005年9月25日", "北斗タイムズ"])]
    assert bare_headline(header, header[0], anchor=header[1]) is header[0]
    # the headline and the site's name on the title line, the name under the date too and atop the page
    texts = ["北斗タイムズ", "ホーム　ニュース　政治", "愛・地球博閉幕 北斗タイムズ", "2005年9月25日", "北斗タイムズ"]
    header = [classify(i, text) for i, text in enumerate(texts)]
    assert bare_headline(header, header[2], anchor=header[3]) is header[2]
    # while a short headline written once by the date is the bare one of a heading bar's label before it
    texts = ["北斗タイムズ", "ホーム　ニュース　政治", "北斗タイムズ 国際ニュース 愛・地球博閉幕", "2005年9月25日", "愛・地球博閉幕"]
    header = [classify(i, text) for i, text in enumerate(texts)]
    assert bare_headline(header, header[2], anchor=header[3]) is header[4]


def test_a_headline_read_as_running_text_over_the_tools_is_the_headline():
    for name in PROSE_TITLED:
        title, day, body = _livedoor(name)
        assert classify(1, title).kind == PROSE  # (…盛り上がっちゃおう！, …“あの超人”!!: a sentence to the line reader)
        for tools in TOOLS:
            assert clean_dump(_page([title, "", *tools, "", day], body)).title == title, tools
            # the date line over it, the tools under it: the text under the tools starts the body
            article = clean_dump(_page([day, "", title, "", *tools], body))
            assert article.title == title, tools
            assert article.paragraphs[0].strip() == body[0], tools


def test_a_headline_read_as_running_text_over_the_tools_and_the_photos_caption_or_the_reading_time_is_the_headline():
    for name in PROSE_TITLED:
        title, day, body = _livedoor(name)
        for caption in CAPTIONS:
            for tools in TOOLS:
                assert clean_dump(_page([title, "", *tools, "", caption, day], body)).title == title, (tools, caption)
        for reading in ("この記事は約3分で読めます", "読了時間：約4分", "（約5分で読めます）"):
            assert clean_dump(_page([title, reading, day], body)).title == title, reading
            assert clean_dump(_page([title, "", "音声で聞く", "印刷する", reading, day], body)).title == title, reading


def test_a_paragraph_over_the_tools_is_no_headline():
    # a teaser of three sentences printed over the page's tools is running text, not a headline read as prose
    for name in PROSE_TITLED:
        title, day, body = _livedoor(name)
        teaser = "".join(body[:3])
        assert len(teaser) > 100 and teaser.count("。") >= 3
        article = clean_dump(_page(["北斗タイムズ 特集", "", teaser, "", "シェア", "ツイート", "", day, "", title], body[3:]))
        assert article.title != teaser


def test_a_short_headline_the_text_tells_over_its_date_beats_a_list_of_other_headlines_it_does_not():
    # a ranking of other articles under the date line, each with its stamp: long headlines the text does not tell
    ranking = ["アクセスランキング", "【Sports Watch】斎藤佑、5年後にテレ東アナと結婚!?", "2日前",
               "なでしこに続くか。和田アキ子も注目する「さくらジャパン」が五輪切符を獲得", "1時間前",
               "起業家のための事業継続支援サイト「開業計画NAVI」を立ち上げ！", "3時間前"]
    for name, day in SHORT.items():
        title, body = _story(name)
        assert clean_dump(_page([title, day, "", *ranking], body)).title == title


def test_a_short_headline_written_bare_over_its_date_gives_way_to_no_section_glued_before_its_copy():
    for name in ("wn-00116.txt", "wn-01285.txt", "wn-01833.txt"):  # 訃報緒形拳氏, 訃報仰木彬氏, 訃報小林繁氏: 6 characters
        title, body = _story(name)
        day = "2008年10月7日"
        for label in ("政治・経済 | ", "［連載］", "国際："):
            assert clean_dump(_page([title, day, label + title], body)).title == title, label


def test_a_kicker_glued_before_a_short_headline_gives_way_to_its_words_at_the_breadcrumbs_end():
    for name, day in SHORT.items():
        title, body = _story(name)
        page = _page([f"TOP ＞ 社会 ＞ {title}", "", f"【速報】{title}", day], body)
        assert clean_dump(page).title == title


def test_a_short_headline_written_bare_away_from_the_date_line_is_the_headline_not_the_label_glued_before_its_copy():
    for name, day in SHORT.items():
        title, body = _story(name)
        for label in ("ワールドビジネスサテライト ", "ニュース解説 きょうの焦点 "):
            # a caption, or a byline and a caption, between the date line and the bare headline; or the bare headline
            # atop the header over the caption (a long unmarked caption, 多くの人が集まった会場の様子と…, is left out:
            # it still outscores the glued line there)
            for header in ([label + title, day, "", CAPTIONS[0], "", title],
                           [label + title, day, "山田太郎 記者", "", CAPTIONS[0], "", title],
                           [title, "", CAPTIONS[0], "", label + title, day]):
                assert clean_dump(_page(header, body)).title == title, header
