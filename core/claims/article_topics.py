"""An article a sentence takes as its topic (記事では, 同記事では, この記事は) tells the claim after it: who published it,
named in the sentences before (…と毎日新聞が報じた。同記事では「…」と警告している: 毎日新聞), holds the claim.

What the rules read otherwise is replaced: nothing, the word 記事 itself, a holder carried on or named before the
topic (…ジェリービーンズが搭載されているこの商品について、記事では「…」: not the software), or a が-subject inside a
clause that describes a noun after it (同記事では、中島がツバを吐いた直接の理由は「分からない」としている: the article
says so, 中島 is its matter). Someone the article reports, set off after the topic, keeps the claim (記事では、香川は…
「…」と語った; 記事では、橋下氏が…「…」と発言した; …「…」というツイッター社のコメントも伝えている), and so does a
claim whose publisher no sentence before names.
"""

from __future__ import annotations

import re

from core.claims.holders import blanked
from core.claims.mention_views import MentionViews, views_of
from core.claims.quote_marks import quotes
from core.claims.reports import publisher_before
from core.sentences import LONGEST, sentence_spans
from core.text import sentence_start

# The article as the topic, opening its sentence or a clause after a comma: 記事では、 同記事では 記事の中では また、記事では
_ARTICLE_TOPIC = re.compile(r"(?:^|(?<=[、。\n]))(?:(?:また|さらに|ちなみに|一方|なお|しかし|ただ)、?)?(?:同|この|その)?"
                            r"記事(?:の中)?(?:で|に)?(?:は|も)、?")
# A name set off as a subject: its particle after the name and a title or honorific (香川は, 橋下氏が, 中島が)
_PARTICLE = re.compile(r"[^、。「」はがも]{0,8}?(は|が|も)(?!もちろん|じめ)")  # not 香川はもちろん、…: one of many named
# A verb's ending right before a noun: the が-subject before it belongs to a clause describing that noun
# (中島がツバを吐いた直接の理由は: 吐いた describes 理由)
_DESCRIBING = re.compile(r"(?<=[ぁ-ゖ])(?<![はがもをにでとの])[たるい](?=[\u4e00-\u9fff\u30a1-\u30fa])")


def held_by_articles(body: str, mentions: list, found: list, views: MentionViews | None = None) -> list:
    """found, each claim told in a sentence whose topic is the article held by the article's publisher named before."""
    spans = None
    index = views_of(mentions, views).holders
    for claim in found:
        s_start = sentence_start(body, claim.start, LONGEST)
        if "記事" not in body[s_start : claim.start]:
            continue
        s_end = body.find("。", claim.end, claim.end + LONGEST)
        s_end = min(len(body), claim.end + LONGEST) if s_end < 0 else s_end
        quoted = quotes(body, s_start, s_end) if "「" in body[s_start:s_end] else ()
        plain = blanked(body, quoted) if quoted else body  # words quoted are no one's topic nor subject
        topic = None
        for topic in _ARTICLE_TOPIC.finditer(plain, s_start, claim.start):
            pass
        if topic is None or not _replaced(body, index, claim, topic.end(), s_end, plain):
            continue
        if spans is None:
            spans = sentence_spans(body)
        publisher = publisher_before(body, index, spans, s_start)
        if publisher is not None:
            mention, name = publisher
            claim.holder_entity_id, claim.holder_text = (mention.entity_id if mention is not None else None), name
    return found


def _replaced(body: str, index, claim, after: int, s_end: int, plain: str) -> bool:
    """Whether the claim's holder is none the article reports: no one is set off as a subject between the topic (ending
    at after) and the claim, and the holder is nothing, the article, or named before the topic, not after it."""
    matter = set()  # where names only the article's matter are written
    for m in index.within(after, claim.start):
        particle = _PARTICLE.match(plain, m.end, claim.start) if m.end <= claim.start else None
        if particle is None or particle.group(1) == "が" and _DESCRIBING.search(
                plain, particle.end(), _clause_end(plain, particle.end(), claim.start)):
            matter.add(m.start)  # 中島がツバを吐いた直接の理由は: a clause describing a noun, not who speaks
            continue
        return False  # 香川は…「…」と語った, 橋下氏が…「…」と発言した: the one the article reports
    if not claim.holder_entity_id and claim.holder_text in (None, "", "記事", "同記事", "この記事"):
        return True
    if any((claim.holder_entity_id and m.entity_id == claim.holder_entity_id or m.text == claim.holder_text)
           and plain[m.start] != "〓" for m in index.within(claim.end, s_end)):
        return False  # …「…」というツイッター社のコメントも伝えている: the company, named after its words
    # 韓国の植物学者の言葉を引用し、「…」: a speaker no entity answers to, written after the topic or after the claim
    text = claim.holder_text
    return not text or (all(at in matter for at in _places(plain, text, after, claim.start))
                        and plain.find(text, claim.end, s_end) < 0)


def _places(text: str, words: str, start: int, end: int) -> list[int]:
    """Where words are written in text[start:end]."""
    out, at = [], text.find(words, start, end)
    while at >= 0:
        out.append(at)
        at = text.find(words, at + 1, end)
    return out


def _clause_end(text: str, start: int, limit: int) -> int:
    """The first comma after start, else limit: a describing clause closes before it."""
    comma = text.find("、", start, limit)
    return limit if comma < 0 else comma
