"""A list the article's text announces (以下のとおりです。) is the article's: its items stay in the body."""

from __future__ import annotations

from pathlib import Path

from core.cleaning.dump import clean_dump
from tests.shared_data import require

LIVEDOOR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "livedoor" / "text"


def _raw(name: str) -> str:
    return require(LIVEDOOR / name, "the livedoor corpus").read_text(encoding="utf-8")


def test_the_items_of_an_announced_list_stay_in_the_body():
    raw = _raw("smax/smax-6563436.txt")  # 具体的なアップデート内容は以下のとおりです。 then ■ groups of ・ items
    paragraphs = [p.strip() for p in clean_dump(raw).paragraphs]
    assert "具体的なアップデート内容は以下のとおりです。" in paragraphs[2]
    assert "■ 完全に新しい外観" in paragraphs
    assert "・ノートの作成・検索がより楽になったホーム画面" in paragraphs
    assert "・新しい場所カテゴリーで市区町村、都道府県、国による並び替え" in paragraphs


def test_a_list_no_sentence_announces_and_no_text_follows_stays_out():
    # (with the screenshots' captions under the list left in, the text goes on under it: the list is the article's,
    # core.cleaning.own_lists)
    raw = _raw("smax/smax-6563436.txt").replace("具体的なアップデート内容は以下のとおりです。", "")
    lines = raw.split("\n")
    captions = lines.index("新ホーム画面。レイアウトの変更およびスワイプ操作への対応。")
    raw = "\n".join(lines[:captions] + lines[captions + 10 :])
    paragraphs = [p.strip() for p in clean_dump(raw).paragraphs]
    assert "・ノートの作成・検索がより楽になったホーム画面" not in paragraphs
    assert paragraphs[-1] == "新バージョンではUIの大幅な変更や、各種新機能が追加されています。"


def test_an_announcement_with_no_marked_items_under_it_adds_nothing():
    raw = "\n".join(["首相、来週訪米へ", "2024年5月1日 10:00",
                     "政府は1日、首相が来週米国を訪問すると発表した。日米首脳会談を予定している。",
                     "首相の主な日程は、政府の発表によると以下のとおりとなっている。", "", "ホーム", "利用規約", "Copyright (C) 2024 Example Inc."])
    article = clean_dump(raw)
    assert article.paragraphs[-1] == "首相の主な日程は、政府の発表によると以下のとおりとなっている。"
    assert "ホーム" not in article.paragraphs
