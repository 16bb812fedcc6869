"""An article a sentence takes as its topic (記事では, 同記事では, この記事は) tells the claim after it: who published it,
named in the sentences before (…と毎日新聞が報じた。同記事では「…」と警告している: 毎日新聞), holds the claim.

What the rules read otherwise is replaced: nothing, the word 記事 itself, a holder carried on or named before the
topic (…ジェリービーンズが搭載されているこの商品について、記事では「…」: not the software), or a が-subject inside a
clause that describes a noun after it (同記事では、中島がツバを吐いた直接の理由は「分からない」としている: the article
says so, 中島 is its matter). Someone the article reports, set off after the topic, keeps the claim (記事では、香川は…
「…」と語った; 記事では、橋下氏が…「…」と発言した; …「…」というツイッター社のコメントも伝えている), unless the
claim is told with the outlet's own verb (同記事では、木嶋被告の裁判は…と伝えている; また記事では、北朝鮮は…と伝えた:
whoever it sets off is what the article reports); and so does a claim whose publisher no sentence before names.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from core.claims.holders import blanked
from core.claims.mention_views import MentionViews, views_of
from core.claims.quote_marks import quotes
from core.claims.report_tellers import RECIPIENT
from core.claims.reports import publisher_before
from core.sentences import LONGEST, sentence_spans
from core.text import sentence_start

# The article as the topic, opening its sentence or a clause after a comma: 記事では、 同記事では 記事の中では また、記事では
_ARTICLE_TOPIC = re.compile(r"(?:^|(?<=[、。\n]))(?:(?:また|さらに|ちなみに|一方|なお|しかし|ただ)、?)?(?:同|この|その)?"
                            r"記事(?:の中)?(?:で|に)?(?:は|も)、?")
# A name set off as a subject: its particle after the name and a title or honorific (香川は, 橋下氏が, 中島が)
_PARTICLE = re.compile(r"[^、。「」はがも]{0,8}?(は|が|も)(?!もちろん|じめ)")  # not 香川はもちろん、…: one of many named
# The outlet's own verb closing the claim (…と報じている, …とも伝えている, …ことを伝えた): whoever the article's
# sentence sets off as its subject is what the article reports, not who speaks in it; but 伝え passing on a quote or told to
# someone (記事では、首相は大統領に対し、…と伝えた) is the speaker's message
_REPORT_CUE = re.compile(r"^(?:と|こと)?(?:も|を)?(?:報じ|伝え)")
# A name's title and に対し、 after it: the one a message is told to (オバマ大統領に対し、), not …ことに対して、 (what is
# answered, no name before it)
_TOLD_TO = re.compile(r"[^、。「」はがもの]{0,8}?" + RECIPIENT.pattern)
# A verb's ending right before a noun: the が-subject before it belongs to a clause describing that noun
# (中島がツバを吐いた直接の理由は: 吐いた describes 理由)
_DESCRIBING = re.compile(r"(?<=[ぁ-ゖ])(?<![はがもをにでとの])[たるい](?=[\u4e00-\u9fff\u30a1-\u30fa])")


def held_by_articles(body: str, mentions: list, found: list, views: MentionViews | None = None) -> list:
    """found, each claim told in a sentence whose topic is the article held by the article's publisher named before."""
    spans = publishers = None
    index = views_of(mentions, views).holders
    read, sentence = None, None  # the last sentence read, (start, end), and its window: one for all its claims in a row
    for claim in found:
        s_start = sentence_start(body, claim.start, LONGEST)
        if body.find("記事", s_start, claim.start) < 0:
            continue
        s_end = body.find("。", claim.end, claim.end + LONGEST)
        s_end = min(len(body), claim.end + LONGEST) if s_end < 0 else s_end
        if read != (s_start, s_end):
            # the sentence alone, its quotes blanked (words quoted are no one's topic nor subject), once for all its
            # claims (kept only while they last): a copy of the page, or of the sentence, for each claim would grow
            # with its square
            quoted = quotes(body, s_start, s_end) if body.find("「", s_start, s_end) >= 0 else ()
            read, sentence = (s_start, s_end), _Window(
                blanked(body[s_start:s_end], [(a - s_start, b - s_start) for a, b in quoted]), s_start)
        topic = None
        for topic in _ARTICLE_TOPIC.finditer(sentence.text, 0, claim.start - s_start):
            pass
        if topic is None or not _replaced(index, claim, s_start + topic.end(), sentence):
            continue
        if spans is None:
            spans, publishers = sentence_spans(body), {}
        last = bisect_right(spans, s_start, key=lambda span: span[1])  # the sentences before: read once for all their claims
        if last not in publishers:
            publishers[last] = publisher_before(body, index, spans, s_start)
        publisher = publishers[last]
        if publisher is not None:
            mention, name = publisher
            claim.holder_entity_id, claim.holder_text = (mention.entity_id if mention is not None else None), name
    return found


class _Window:
    """One sentence's words, quotes blanked, read by the page's offsets."""

    def __init__(self, text: str, base: int) -> None:
        self.text, self.base, self.end = text, base, base + len(text)

    def particle(self, at: int, limit: int):
        """The particle after a name ending at `at` (before limit), or None."""
        return _PARTICLE.match(self.text, at - self.base, limit - self.base)

    def describing(self, start: int, limit: int) -> bool:
        """Whether a verb's ending right before a noun stands in [start, limit), up to the first comma."""
        comma = self.text.find("、", start - self.base, limit - self.base)
        return _DESCRIBING.search(self.text, start - self.base, limit - self.base if comma < 0 else comma) is not None

    def places(self, words: str, start: int, end: int) -> list[int]:
        """Where words are written in [start, end), by the page's offsets."""
        out, at = [], self.text.find(words, start - self.base, end - self.base)
        while at >= 0:
            out.append(at + self.base)
            at = self.text.find(words, at + 1, end - self.base)
        return out

    def told_to(self, at: int, limit: int) -> bool:
        """Whether a name ending at `at` is one a message is told to (大統領に対し、: a title, then に対し before limit)."""
        return _TOLD_TO.match(self.text, at - self.base, limit - self.base) is not None

    def blank_at(self, at: int) -> bool:
        return self.text[at - self.base] == "〓"


def _replaced(index, claim, after: int, sentence: _Window) -> bool:
    """Whether the claim's holder is none the article reports: no one is set off as a subject between the topic (ending
    at after) and the claim, and the holder is nothing, the article, or named before the topic, not after it."""
    matter = set()  # where names only the article's matter are written
    reported = _REPORT_CUE.match(claim.cue) is not None and not ("伝え" in claim.cue and (
        claim.attribution == "direct" or any(sentence.told_to(m.end, claim.start) for m in index.within(after, claim.start))))
    for m in index.within(after, claim.start):
        if reported:
            matter.add(m.start)  # 同記事では、木嶋被告の裁判は…と伝えている: told with the outlet's verb, the report's matter
            continue
        particle = sentence.particle(m.end, claim.start) if m.end <= claim.start else None
        if particle is None or particle.group(1) == "が" and sentence.describing(sentence.base + particle.end(), claim.start):
            matter.add(m.start)  # 中島がツバを吐いた直接の理由は: a clause describing a noun, not who speaks
            continue
        return False  # 香川は…「…」と語った, 橋下氏が…「…」と発言した: the one the article reports
    if not claim.holder_entity_id and claim.holder_text in (None, "", "記事", "同記事", "この記事"):
        return True
    if any((claim.holder_entity_id and m.entity_id == claim.holder_entity_id or m.text == claim.holder_text)
           and m.end <= sentence.end and not sentence.blank_at(m.start) for m in index.within(claim.end, sentence.end)):
        return False  # …「…」というツイッター社のコメントも伝えている: the company, named after its words
    # 韓国の植物学者の言葉を引用し、「…」: a speaker no entity answers to, written after the topic or after the claim
    text = claim.holder_text
    return not text or (all(at in matter for at in sentence.places(text, after, claim.start))
                        and not sentence.places(text, claim.end, sentence.end))
