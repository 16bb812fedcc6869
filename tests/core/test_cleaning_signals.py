"""General page signals, on lines written for the tests (not the seeds)."""

from pathlib import Path

import pytest

from core.cleaning.bylines import byline_names
from core.cleaning.datelines import find_dateline
from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify, is_caption, is_prose
from core.cleaning.outlets import strip_site_suffix
from core.dates.lines import find_datetime


def test_prose_needs_sentences_and_kana():
    assert is_prose("両国の外相は会談で、地域の安全保障について意見を交わした。")
    assert not is_prose("米中外相が初会談 首脳会談の可能性")
    assert not is_prose("遠慮は得か！？「情けは人のためならず」？")
    assert is_prose("The two ministers met in the capital on Friday and agreed to keep talking about trade.")


def test_caption_shapes():
    assert is_caption("会談に臨む両外相(11日、東京)=ロイター")
    assert is_caption("写真は首脳会談の会場。2025年5月撮影。REUTERS/Jane Doe")
    assert is_caption("2025年10月26日、両国の首脳が署名式に出席した。(AP)")
    assert not is_caption("外相は「対話を続ける」と述べた。")


def test_furniture_kinds():
    assert classify(1, "あわせて読みたい").kind == "anchor"
    assert classify(1, "Copyright (C) 2025 Example News. All rights reserved.").kind == "copyright"
    assert classify(1, "有料会員の方のみご利用になれます。保存した記事はスマホでもご覧いただけます。").kind == "ui"
    assert classify(1, "【関連記事】").kind == "related"
    assert classify(1, "https://example.com/news/1").kind == "url"
    assert classify(1, "2025年3月4日 10時00分 配信").kind == "date"


def test_dates_to_iso():
    found = find_datetime("2025年07月12日(土)01時58分")
    assert found.iso == "2025-07-12T01:58:00+09:00" and found.precision == "minute"
    assert find_datetime("更新 2025/3/4 午後").iso == "2025-03-04"
    assert find_datetime("2011-10-02T10:00:00+0900").iso == "2011-10-02T10:00:00+09:00"
    assert find_datetime("2025年2月30日") is None
    assert find_datetime("7月11日") is None


def test_datelines_and_bylines():
    found = find_dateline("【北京=山田花子】中国外務省は")
    assert (found.text, found.place, found.authors) == ("【北京=山田花子】", "北京", ["山田花子"])
    assert find_dateline("【ソウル共同】韓国政府は").agency == "共同通信"
    assert find_dateline("[ワシントン 3日 ロイター] - 米国").agency == "ロイター"
    assert byline_names("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert byline_names("MAGAZINE") == []


def test_site_suffix_removed_from_title():
    assert strip_site_suffix("日米外相が電話会談 - 日本経済新聞") == "日米外相が電話会談"
    assert strip_site_suffix("ルビオ氏：対中政策") == "ルビオ氏：対中政策"


PAGE = """ホーム > 国際
日米外相が電話会談 北朝鮮対応で連携
2025年3月4日 10時00分
シェアする
【東京=山田花子】岩田外相は4日、米国のスミス国務長官と電話で会談した。両氏は北朝鮮の核・ミサイル開発への対応で緊密に連携する方針を確認した。
会談は約30分間行われた。岩田氏は会談後、記者団に「有意義な意見交換ができた」と語った。
【関連記事】
日米首脳会談、来月で調整
https://example.com/news/2
両外相は、インド太平洋地域の安定に向けた協力を深めることでも一致した。
関連ニュース
中国外相が訪欧へ
Copyright 2025 Example Shimbun"""


def test_written_page_end_to_end():
    result = clean_dump(PAGE)
    assert result.title == "日米外相が電話会談 北朝鮮対応で連携"
    assert result.published == "2025-03-04T10:00:00+09:00"
    assert result.dateline == "【東京=山田花子】" and result.authors == ["山田花子"]
    assert len(result.paragraphs) == 3
    assert result.paragraphs[-1].startswith("両外相は")
    assert not any("関連" in p or "http" in p for p in result.paragraphs)


def test_repeated_site_lines_are_not_subheadings():
    page = PAGE.replace("会談は約30分間", "ワールド\n会談は約30分間")
    assert "ワールド" in clean_dump(page).paragraphs
    assert "ワールド" not in clean_dump(page, common=frozenset({"ワールド"})).paragraphs


def test_no_prose_gives_empty_body():
    result = clean_dump("メニュー\nログイン\n\n人気ランキング\n1\n2")
    assert result.paragraphs == [] and result.title is None


SIGNED_PAGE = """朝日新聞デジタル
ログイン
日中外相が電話協議　海洋問題で応酬
有料記事
北京＝山田太郎2025年5月6日 21時30分
リスト
日中両政府は6日、外相による電話協議を行った。双方は東シナ海の情勢をめぐって意見を交わし、対話を続けることで一致した。
外相は協議後、記者団に「率直な意見交換ができた」と述べた。
この記事は有料記事です。残り800文字
関連ニュース
"""


def test_reporter_written_before_the_date():
    result = clean_dump(SIGNED_PAGE)
    assert result.title == "日中外相が電話協議　海洋問題で応酬"
    assert result.published == "2025-05-06T21:30:00+09:00"
    assert result.authors == ["山田太郎"] and result.dateline == "北京＝山田太郎"
    assert result.outlet == "朝日新聞"
    assert len(result.paragraphs) == 2


def test_bracket_dateline_without_separator_but_not_labels():
    assert find_dateline("【ワシントン秋山信一】米国務省は").text == "【ワシントン秋山信一】"
    assert find_dateline("【速報】米国務省は") is None
    assert find_datetime("2025年7月11日午後 8:15 GMT+9").iso == "2025-07-11T20:15:00+09:00"


def test_a_page_without_sentences_keeps_its_lines_for_the_user():
    page = "ホーム\n週末のおすすめイベント\n2025年3月4日\n東京で国際交流フェア\n大阪で外交史の写真展\n名古屋で留学相談会\nあわせて読みたい\n別の記事の見出し"
    result = clean_dump(page)
    assert result.title == "週末のおすすめイベント"
    assert result.paragraphs == ["東京で国際交流フェア", "大阪で外交史の写真展", "名古屋で留学相談会"]


def test_long_lines_of_capitalised_words_do_not_hang():
    line = "Recent Changes At Amazon & Best Buy Seem To Suggest A New Apple TV Is Coming Soon X Y Z"
    assert byline_names(line) == []
    assert clean_dump(line + "\n" + PAGE).title == "日米外相が電話会談 北朝鮮対応で連携"


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


@pytest.mark.parametrize("name, title, published, outlet, paragraphs, first_words", [
    ("nhk.txt", "日中外相が電話会談 首脳往来の再開へ意思疎通継続で一致", "2025-06-12T20:41:00+09:00", "NHK", 5,
     "岩屋外務大臣は12日夜"),
    ("jiji.txt", "日米防衛相が会談　反撃能力の運用で連携確認", "2025-03-30T19:02:00+09:00", "時事通信", 3,
     "中谷元防衛相は30日"),
    ("yomiuri.txt", "日韓首脳が会談、シャトル外交継続で一致…未来志向の関係強化へ", "2025-08-23T21:35:00+09:00",
     "読売新聞", 4, "【ソウル＝中川孝之】"),
    ("yahoo.txt", "日米首脳が電話会談　関税協議の継続で一致", None, "Yahoo!ニュース", 3, "【ワシントン共同】"),
    ("reuters.txt", "中国外相、EU外交安全保障上級代表と会談　貿易摩擦巡り意見交換", "2025-07-02T20:10:00+09:00",
     "ロイター", 3, "[ブリュッセル 2日 ロイター] - "),
])
def test_pages_in_the_shapes_of_other_outlets(name, title, published, outlet, paragraphs, first_words):
    result = clean_dump((FIXTURES / name).read_text(encoding="utf-8"))
    assert (result.title, result.published, result.outlet) == (title, published, outlet)
    assert len(result.paragraphs) == paragraphs and result.paragraphs[0].startswith(first_words)
    assert not any("一覧" in p or "Copyright" in p or "おすすめ" in p for p in result.paragraphs)


def test_a_photo_caption_of_a_wire_site_is_metadata():
    result = clean_dump((FIXTURES / "jiji.txt").read_text(encoding="utf-8"))
    assert result.captions == ["会談に臨む中谷元防衛相（右）とヘグセス米国防長官＝30日、防衛省（代表撮影）"]
    assert result.source_agency == "時事通信"


def test_wire_credits_and_reporters_at_the_end():
    yahoo = clean_dump((FIXTURES / "yahoo.txt").read_text(encoding="utf-8"))
    assert (yahoo.source_agency, yahoo.dateline) == ("共同通信", "【ワシントン共同】")
    reuters = clean_dump((FIXTURES / "reuters.txt").read_text(encoding="utf-8"))
    assert (reuters.source_agency, reuters.authors) == ("ロイター", ["リー・ワン"])
