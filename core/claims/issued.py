"""Quotes a document says: a commentary, an editorial, a statement is no speaker, whoever issued it is (朝鮮中央通信は
18日、…論評を配信した。論評は「…」と主張した → 朝鮮中央通信; 朝日新聞は社説を掲載した。社説は「…」 → 朝日新聞). The
issuer is the topic or subject of the sentence that tells the document was issued (…論評を配信した), in the quote's
sentence or up to two sentences before it (a sentence between may tell what the document answers); a judgment
(判決では、…を指摘) is the court's that passed it, its judge written as the topic (東京地方裁判所の裁判官は…判決を
言い渡した). A report (報告書) stays its own holder: a commission's findings, often issued by no one the article names."""

from __future__ import annotations

import re

from core.claims.candidate import HOLDER_TYPES
from core.claims.holders import title_after
from core.sentences import LONGEST
from core.text import previous_sentence_start, sentence_start

# A document by its kind, as a holder's whole text: 論評, 同論評, この声明, 社説, 報道官談話
DOCUMENT = re.compile(r"^(?:同|この|その|当該)?(?P<kind>論評|社説|論説|声明文?|共同声明|談話|報道官談話|公開書簡|書簡|判決文?)$")
# The document issued, right after its word: 論評を配信した, 声明を出した, 社説を掲載した (報告書に異議を唱えた: no)
_ISSUED = re.compile(r"(?:を|が)、?(?:[^、。「」]{0,8}?)(?:発表|配信|公表|出[しす]|掲載|発出|明らかに|公開|送っ|送り|送付|寄稿|言い渡)")
# What makes a mention the clause's topic or subject: は, が, も right after the name (or its title)
_TOPIC = re.compile(r"(?:は|が|も)")
# A body's officer as the topic, who issues the document in the body's name: の裁判官は, の裁判長が, の報道官は
_ITS_OFFICER = re.compile(r"の(?:裁判官|裁判長|判事|報道官|報道担当官|広報担当者|広報官|担当者)(?:ら)?(?:は|が|も)")
_SENTENCES_BACK = 2
# The documents that go on the words of the one who spoke before when their issuer is not told
_STATEMENTS = ("声明", "同声明", "談話", "声明文")


def is_document(text: str | None) -> bool:
    """Whether a holder's text names a document, not who issued it."""
    return bool(text) and DOCUMENT.match(text) is not None


def is_statement(text: str) -> bool:
    """Whether a holder's text is a statement, which goes on the previous claim's holder when its issuer is not
    told (声明は「…」 after the minister's words)."""
    return text in _STATEMENTS


def issuer(body: str, mentions: list, text: str, start: int) -> tuple[str | None, str] | None:
    """(entity id, text) of who issued the document a claim at start is held by (text: 論評, 同声明), or None."""
    kind = DOCUMENT.match(text).group("kind")
    s_start = sentence_start(body, start, LONGEST)
    begin = s_start
    for _ in range(_SENTENCES_BACK):
        begin = previous_sentence_start(body, begin, LONGEST)
    named = body.rfind(kind, begin, start)
    while named >= 0:
        issued = _ISSUED.match(body, named + len(kind))
        found = _topic_before(body, mentions, sentence_start(body, named, LONGEST), named) if issued else None
        if found is not None:
            return found
        named = body.rfind(kind, begin, named)
    return None


def _topic_before(body: str, mentions: list, s_start: int, at: int) -> tuple[str | None, str] | None:
    """The first person, body or country in s_start..at written as a topic or subject (Xは, X外相が)."""
    for mention in mentions:
        if mention.start < s_start or mention.end > at or mention.type not in HOLDER_TYPES:
            continue
        title = title_after(body, mention.end) if mention.type == "PERSON" else None
        if _TOPIC.match(body, title.end() if title else mention.end) or \
                mention.type != "PERSON" and _ITS_OFFICER.match(body, mention.end):
            return mention.entity_id, mention.text  # 東京地方裁判所の裁判官は…判決を言い渡した: the court issued it
    return None
