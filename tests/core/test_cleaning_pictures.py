"""The pictures inside an article's text: a caption's label with its words on the same line or alone over them,
a picture's rights line between the paragraphs (bench/perturb_frames.py measures the classes)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from core.cleaning.line_marks import mark_caption_labels
from tests.shared_data import livedoor_text

CHEF = "topic-news/topic-news-5903225.txt"  # 悪評が次から次へと溢れ出る川越シェフ, 2011-10-02 10:00


def _parts(name: str) -> tuple[str, list[str]]:
    lines = livedoor_text(name).split("\n")
    body = [line.strip() for line in lines[3:] if line.strip() and not line.startswith("http")]
    return lines[2].strip(), body


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
