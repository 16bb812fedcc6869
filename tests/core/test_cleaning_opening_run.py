"""An article's first paragraphs, parted from the rest by a short list of its own (a cast list, a spec list), are
the article's: a block with body prose on both sides, under the date line, is not a header."""

from __future__ import annotations

from pathlib import Path

from core.cleaning.dump import clean_dump
from tests.shared_data import require

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
# A film column: an opening quote, two paragraphs, a cast list (“role”（actor）), then the rest of the column
FILM_COLUMN = SHARED / "corpus" / "livedoor" / "text" / "dokujo-tsushin" / "dokujo-tsushin-5939461.txt"

HEADER = "http://news.livedoor.com/article/detail/1/\n2012-02-20T13:00:00+0900\n{title}\n"

SPEC_LIST = HEADER.format(title="ウェブページのイメージを丸ごと取り込むワザ") + """\
会社概要に自社ウェブページのイメージを貼り付けたいとか、ブログページを丸ごと保存したいということがある。けれど、縦に長いページの画面キャプチャを撮るのは面倒だ。

■縦に長いページを丸ごと保存する

ある会社が無料で提供するアドオンは、ブラウザーの中で動作する。導入すれば、表示中のページを丸ごと画像として保存できるのだ。
・ソフト名：ページ保存ツール
・作成者：ある会社
・価格：無料
・対応環境：Windows XP／Vista／7

●ワンクリックするだけで保存
アドオンをインストールすると、ブラウザーにツールバーが追加される。ここに表示されるアイコンから、各操作を行う。
ページ全体をキャプチャするボタンをクリックすると、縦に長いページが丸ごと画像として保存された。
ツールバーのボタンは、他にも用意されている。表示中の領域のみをキャプチャすることもできる。
保存した画像は、そのまま会社概要の資料に貼り付けたり、ブログの記事に載せたりすることができる。
画像の形式はPNGとJPEGから選べるので、用途に合わせて容量を小さくすることもできるのがうれしい。
長いページを何枚にも分けて撮り、あとでつなぎ合わせるという手間がなくなるのは大きな魅力だろう。
指定した範囲だけを切り取って保存することもでき、用途に合わせて使い分けられるのが便利だ。
"""

MENU_BETWEEN = SPEC_LIST.replace("・ソフト名：ページ保存ツール\n", "ログイン\nホーム\nニュース\nトップへ戻る\n")


def test_a_film_columns_opening_over_its_cast_list_is_kept():
    article = clean_dump(require(FILM_COLUMN).read_text(encoding="utf-8"))
    assert article.paragraphs[0].strip().startswith("『あなたは幸せの“フリ”をするのが得意で")
    assert "始まる早々ドキッとさせられたこの一言。" in article.paragraphs
    assert any(p.startswith("“結婚に失敗し、認知症の母と暮らす中年産婦人科医”") for p in article.paragraphs)
    assert article.cleaning_check is None  # the headline is no longer in doubt
    assert article.outlet == "ライブドアニュース"  # the page's address, not the prize (サンダンス・NHK国際映像作家賞)


def test_the_first_paragraphs_over_a_spec_list_are_the_articles():
    article = clean_dump(SPEC_LIST)
    assert article.paragraphs[0].startswith("会社概要に自社ウェブページのイメージを")
    assert "・ソフト名：ページ保存ツール" in article.paragraphs
    assert article.paragraphs[-1].startswith("指定した範囲だけを")


def test_a_site_menu_between_keeps_the_text_above_out():
    article = clean_dump(MENU_BETWEEN)
    assert article.paragraphs[0].startswith("アドオンをインストールすると")


def test_a_date_line_between_keeps_the_text_above_out():
    # a teaser over the page's own date line is the site's, however short the list after it
    article = clean_dump(SPEC_LIST.replace("2012-02-20T13:00:00+0900\n", "").replace(
        "●ワンクリックするだけで保存\n", "●ワンクリックするだけで保存\n2012-02-20T13:00:00+0900\n"))
    assert article.paragraphs[0].startswith("アドオンをインストールすると")


def test_the_pages_first_paragraphs_count_when_the_date_is_only_at_the_foot():
    dated_below = SPEC_LIST.replace("2012-02-20T13:00:00+0900\n", "") + "\n2012年2月20日 13時00分\n"
    article = clean_dump(dated_below)
    assert article.paragraphs[0].startswith("会社概要に自社ウェブページのイメージを")
    assert article.paragraphs[-1].startswith("指定した範囲だけを")


NAMES_AND_A_LINK_BLOCK = HEADER.format(title="“キラキラネーム”に悩む子供たち") + """\
「キラキラネーム」という言葉をご存知だろうか。読み方が難しい珍しい名前のことで、ここ数年で急に増えているという。

実際に存在するキラキラネームには、
泡姫（ありえる）
美俺（びおれ）
黄熊（ぷう）
金星（まぁず）
光宙（ぴかちゅう）
といった、一般常識からかけ離れたものまで存在しているという。

これらの珍名はかねてから「子供がかわいそうだ」とネット掲示板などで指摘されていた。

【関連情報】
・小中学生の「うつ」が増加、原因は名前か
http://example.com/li/205506

名前を持つ当事者は、ネット上で
「名前が変という理由でいじめられた」
「CMで扱っている製品と同じ名前なので、CMソングを歌われて、バカにされてしまった」という声もある。
学校の先生からも、名前を読み間違えられることが多く、そのたびに嫌な思いをしてきたという人は少なくない。
専門家は、名前を付ける親は子供が大人になったときのことも考えてほしいと話している。
名前は一生付き合うものだけに、親の好みだけで決めてしまうのは考えものだろう。
"""


def test_the_text_goes_on_over_a_list_and_an_in_article_link_block():
    article = clean_dump(NAMES_AND_A_LINK_BLOCK)
    assert article.paragraphs[0].startswith("「キラキラネーム」という言葉をご存知だろうか")
    assert "といった、一般常識からかけ離れたものまで存在しているという。" in article.paragraphs
    assert not any(p.startswith(("【関連情報】", "・小中学生", "http")) for p in article.paragraphs)  # the link block stays out
    assert article.paragraphs[-1].startswith("名前は一生付き合うものだけに")
