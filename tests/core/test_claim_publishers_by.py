"""Who published the article 記事 stands for, named as a clause's subject before a verb of publishing
(core.claims.reports.publishers_by): the clause's stop and its verbs are found once a sentence, not looked ahead for
at each place a name may stand, so a hostile sentence of names and verbs costs in proportion to its length."""

import re

from core.claims.reports import _PUBLISHED_BY, publisher_before, publishers_by
from core.clauses.spans import SpanIndex

# The pattern as it was, the clause's verb and stop read by a look-ahead at each place: the same matches expected
_LOOKED_AHEAD = re.compile(
    r"(?:^|(?<=[、。\n\u3000 ぁ-ゖ]))(?:[^、。「」]{0,20}?「(?P<bracketed>[^「」]{2,24})」|(?P<name>[^、。「」ぁ-ゖ]{2,24}?))"
    r"(?:氏|さん|の記事で)?(?:は|が)、?(?=[^。]*?(?:報じ|伝え|報道し|掲載し|発表し|載せ|書い|配信し|紹介し|投稿し|公開し|分析し)"
    r"[^。]*?。)")

_SENTENCES = (
    "ロイター通信は、日本政府が制裁を検討していると報じた。",
    "米紙「ワシントン・ポスト」は29日、首相の発言を紹介している。",
    "韓国紙「ヘラルド経済」が、「日本は謝罪すべきだ」との記事を掲載した。",
    "鈴木信行氏は、その記事を自身のブログで発表した。",
    "デヴィ夫人が自身のブログに「驚いた。本当に」と題した記事を投稿し、話題になった。",
    "同紙は伝えていない。朝日新聞は報じた。",  # each clause's verb its own
    "政府は会見した。その後、毎日新聞が報じた。",  # 政府's clause stops before any verb of publishing
    "共同通信は報じ", "ロイターは、", "", "。", "「米紙」は「", "報じた。",
    "AがB「C」は伝えた。", "関係者によると、産経新聞\nは報じた。", "記者の　田中氏は書いた。",
)


def _found(pattern_matches):
    return [(m.span(), m.groupdict().get("bracketed"), m.groupdict().get("name")) for m in pattern_matches]


def test_the_names_found_are_those_the_look_ahead_found_in_any_span():
    text = "".join(_SENTENCES)
    for sentence in (*_SENTENCES, text):
        for start in range(0, len(sentence) + 1, 2):
            for end in range(start, len(sentence) + 1, 5):
                assert _found(publishers_by(sentence, start, end)) == _found(
                    _LOOKED_AHEAD.finditer(sentence, start, end)), (sentence, start, end)
    names = [(b or n) for _, b, n in _found(publishers_by(text, 0, len(text)))]
    assert {"ロイター通信", "ワシントン・ポスト", "ヘラルド経済", "鈴木信行", "朝日新聞", "毎日新聞"} <= set(names)
    assert "政府" not in names  # no verb of publishing before its clause's stop


def test_a_sentence_of_names_and_verbs_is_read_once_and_publishes_nothing_without_a_stop():
    # (the look-ahead read the rest of such a sentence again for every verb in it, from every name: its cube)
    assert "(?=" not in _PUBLISHED_BY.pattern
    for unit in ("ロイターは報じ", "\nAPは伝え", "「米紙」は掲載し"):
        hostile = unit * 20000
        assert publishers_by(hostile, 0, len(hostile)) == []
        body = hostile + "\n記事では、「制裁は続く」としている。"
        spans = [(0, len(hostile)), (len(hostile) + 1, len(body))]
        assert publisher_before(body, SpanIndex([]), spans, len(hostile) + 1) is None
    stopped = "ロイターは報じ" * 20000 + "。"
    assert len(publishers_by(stopped, 0, len(stopped))) == 20000
