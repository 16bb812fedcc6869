"""A speaker named alone on the line before their quote (田村は\n「…」, 依田巽チェアマンは、\n「…」と、…発言も): the quote is
theirs whatever the と after it leads to."""

from tests.core.claim_helpers import holder_of_the, quoted


def test_a_speaker_alone_on_the_line_before_their_quote_holds_it():
    body = ("その対談の中で、田村は\n「あまりに古い感覚でやっている人と仕事をするのはすごいストレスですよ。"
            "なんでこれが面白いってわからないんですか？って思うことがしょっちゅうある」")
    assert holder_of_the(body, body[body.index("「"):]) == "田村"
    # whatever the と after the words leads to: a feeling, the room, a remark
    body = ("また、南果歩さんは\n「1ヵ月半の撮影し、函館の皆さんによる市民参加型の作品。このことは、函館の皆さんと"
            "一緒にこの喜びを分かちあいたい」\nと、作品に対する熱い思いに、会場が熱気に包まれました。")
    assert holder_of_the(body, body[body.index("「") : body.index("」") + 1]) == "南果歩"
    body = ("見応えのある映画が揃い踏みに、依田巽チェアマンは、\n「集められたのは、作品力のある映画ばかり。今回の催しで"
            "飛躍したい」と、自信が伺える発言も。")
    assert holder_of_the(body, body[body.index("「") : body.index("」") + 1]).startswith("依田巽")


def test_a_speakers_line_before_a_title_or_a_topic_opened_with_its_matter():
    body = "作家の村上は\n「騎士団長殺しをよろしく」と名付けた長編で知られる。"
    assert quoted(body) == []
    body = "これについて中国外務省の報道官は、\n「日本側の主張は受け入れられない」"
    assert holder_of_the(body, "「日本側の主張は受け入れられない」") == "中国外務省"
