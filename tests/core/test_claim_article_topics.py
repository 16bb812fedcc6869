"""An article a sentence takes as its topic (記事では, 同記事では) tells the claim after it: its publisher, named in the
sentences before, holds it (core.claims.reports.publisher_before)."""

from tests.core.claim_helpers import claim_with, holder_of


def test_an_outlet_where_the_article_was_published_in_the_passive_holds_it():
    text = ("被災地で進む仮設住宅整備の様子が産経新聞で報じられ、ネット上で話題を呼んでいる。\n"
            "記事では、町が整備した住宅では「結露や隣家の音が大幅に軽減された」と紹介している。")
    assert holder_of(claim_with(text, "結露や隣家")) == "産経新聞"


def test_a_name_in_the_sentence_before_the_article_is_not_carried_on():
    text = ("米紙「ウォール・ストリート・ジャーナル」は29日、島を奪い合うスマートフォン向けのゲームを紹介している。\n"
            "日本人が開発したこのゲームは無料で配布されている。記事では、「領土問題に柔らかい解決案を示している」と報じた。")
    assert holder_of(claim_with(text, "柔らかい解決案")) == "ウォール・ストリート・ジャーナル"
