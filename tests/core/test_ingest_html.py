"""Saved web pages: main text by trafilatura, metadata from the page's own tags."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from core.ingest import IngestError, read_path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "ingest_news_page.html"
BOILERPLATE = ("ログイン", "関連記事", "アクセスランキング", "プライバシーポリシー",
               "Copyright", "人気のラーメン店", "ポストする", "政治")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Extraction must never reach for the network."""

    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def read_one(path: Path):
    articles = list(read_path(path))
    assert len(articles) == 1
    return articles[0]


def test_news_page_metadata_comes_from_the_page():
    article = read_one(FIXTURE)
    assert article.source == str(FIXTURE)
    assert article.source_format == "html"
    assert article.title == "日ノルウェー外相が東京で会談\u3000北極海の航路で協力確認"
    # The page gives a time without offset and is Japanese: Japan time.
    assert article.published == "2025-07-11T18:30:00+09:00"
    assert article.published_precision == "minute"
    assert article.outlet == "架空ニュース"
    assert article.authors == ["青木志保", "村田健"]
    assert article.url == "https://news.example.jp/articles/20250711-001"


def test_news_page_body_is_the_article_without_boilerplate():
    article = read_one(FIXTURE)
    assert article.paragraphs[0].startswith("山川一郎外相は11日")
    assert any("平和記念資料館" in p for p in article.paragraphs)
    for word in BOILERPLATE:
        assert word not in article.body, word
    assert all(p.strip() == p and p for p in article.paragraphs)
    assert article.line_labels == [] and article.body_lines == []


def test_raw_is_the_decoded_page_source():
    article = read_one(FIXTURE)
    assert article.raw == FIXTURE.read_text(encoding="utf-8")


def test_shift_jis_page_with_meta_charset(tmp_path):
    html = FIXTURE.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="Shift_JIS"')
    html = html.replace("©", "(C)")  # not in Shift_JIS
    path = tmp_path / "page.htm"
    path.write_bytes(html.encode("cp932"))
    article = read_one(path)
    assert article.title.startswith("日ノルウェー外相が東京で会談")
    assert article.raw == html
    assert article.paragraphs == read_one(FIXTURE).paragraphs


def test_open_graph_only_page(tmp_path):
    body = "".join(
        f"<p>第{i}段落。外務省の報道官は定例の記者会見で、両国の首脳会談の日程について調整中だと述べた。"
        "詳細は決まり次第発表するとしている。</p>"
        for i in range(1, 6)
    )
    html = f"""<html><head>
<meta property="og:title" content="報道官、首脳会談の日程を調整中と説明">
<meta property="og:site_name" content="テスト通信">
<meta property="og:url" content="https://example.org/news/42">
<meta property="article:published_time" content="2024-03-05">
<meta name="author" content="佐藤花子">
</head><body><nav><a href="/">ホーム</a></nav><article>{body}</article></body></html>"""
    path = tmp_path / "og.html"
    path.write_text(html, encoding="utf-8")
    article = read_one(path)
    assert article.title == "報道官、首脳会談の日程を調整中と説明"
    assert (article.published, article.published_precision) == ("2024-03-05", "day")
    assert article.outlet == "テスト通信"
    assert article.url == "https://example.org/news/42"
    assert article.authors == ["佐藤花子"]
    assert len(article.paragraphs) == 5


def test_english_page_time_without_offset_stays_local(tmp_path):
    text = "The foreign ministers met in Geneva on Tuesday and agreed to resume talks. " * 8
    html = f"""<html lang="en"><head><title>Ministers meet</title>
<meta property="article:published_time" content="2024-05-07T09:15:00"></head>
<body><article><p>{text}</p><p>{text}</p></article></body></html>"""
    path = tmp_path / "en.html"
    path.write_text(html, encoding="utf-8")
    article = read_one(path)
    assert article.published == "2024-05-07T09:15:00"


def test_page_without_article_text_fails_with_a_reason(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><div></div><script>var a = 1;</script></body></html>",
                    encoding="utf-8")
    with pytest.raises(IngestError, match="no article text"):
        list(read_path(path))


def test_binary_file_named_html(tmp_path):
    path = tmp_path / "photo.html"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20)
    with pytest.raises(IngestError, match="cannot decode: not text"):
        list(read_path(path))
