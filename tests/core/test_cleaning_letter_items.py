"""Items labelled with letters, （A）（B）（C）…, inside an article's text: the （C） of such a list is the item's label,
not a rights mark (bench/perturb_frames.py measures the class)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.line_marks import mark_letter_items, mark_picture_rights
from core.cleaning.lines import classify

LEAD = "正しい姿勢で歩くだけで、消費するカロリーは大きく変わる。毎日の通勤で試せるポイントを紹介しよう。"
ITEMS = ["（A）あごを軽く引き、目線は10メートルほど先へ向ける。",
         "（B）背筋を伸ばし、おへそを少し前に出すイメージで立つ。",
         "（C）腕は力を抜いて、ひじを後ろに引くように大きく振る。",
         "（D）かかとから着地して、つま先で地面を蹴り出す。"]
CLOSE = "慣れてきたら歩幅を少しずつ広げていくと、より効果が上がるという。"


def _kinds(texts: list[str]) -> list[str]:
    lines = [classify(i, text) for i, text in enumerate(texts)]
    mark_letter_items(lines)
    mark_picture_rights(lines)
    return [line.kind for line in lines]


def _page(body: list[str]) -> str:
    return "\n".join(["しおかぜ日報", "ホーム　ニュース　暮らし　健康", "", "通勤時間でできる正しいウォーキング",
                      "2012年3月4日 10:00", "", *body, "", "会社概要　プライバシーポリシー　お問い合わせ",
                      "Copyright © 2008-2025 しおかぜ日報 All rights reserved."])


def test_a_c_item_under_a_and_b_items_is_an_item_of_the_text():
    kinds = _kinds([LEAD, *ITEMS, CLOSE])
    assert "copyright" not in kinds and "caption" not in kinds
    assert kinds[3] == kinds[2]


def test_a_c_label_run_after_b_on_one_line_is_an_item():
    line = "（B）（C）肩は力を抜いた状態で、ひじをうしろに引いて肩甲骨を動かす。"
    assert classify(1, line).kind != "copyright"
    assert classify(1, "(b)(c) 両手を腰に当て、上体をゆっくり左右にひねる。").kind != "copyright"


def test_the_whole_list_stays_in_the_body():
    for items in (ITEMS, [ITEMS[0], "（B）（C）" + ITEMS[2][3:], ITEMS[3]]):
        article = clean_dump(_page([LEAD, "", *items, "", CLOSE]))
        assert article.body.split("\n") == [LEAD, *items, CLOSE]


def test_a_rights_line_without_the_list_is_still_a_rights_line():
    assert classify(1, "（C）モンキー・パンチ／TMS・NTV").kind == "copyright"
    # a list of two items and then a picture's credit: the credit does not follow the letters' order
    kinds = _kinds([LEAD, ITEMS[0], ITEMS[1], "（C）2012 しおかぜ映画製作委員会", CLOSE])
    assert kinds[3] == "caption"
    # a (C) with no (B) item above it is a rights mark
    assert _kinds([LEAD, ITEMS[0], ITEMS[2], CLOSE])[2] == "caption"
