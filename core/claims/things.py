"""A thing as a claim's topic (今回のCDは…としている, 計画は…とされる, 新生プランは…目指すとしている):
a product, a work, a plan or an event says nothing itself. The one who says it is the source the sentence names
(オリコンによると、今回のCDは…), else the source the sentence before names in the same paragraph; with none named
the claim has no holder — never the thing."""

from __future__ import annotations

import re

from core.claims.from_clauses import with_holder
from core.claims.sources import sources_of
from core.sentences import LONGEST
from core.text import last_match, previous_sentence_start, sentence_start

# What is made, planned or held: it is spoken about, never the speaker (a programme presents, like its outlet;
# a document that states, 報告書は or 条例では, is read elsewhere as holding what it states)
_THING = re.compile(r"(?:CD|DVD|シングル|アルバム|新曲|作品|映画|ドラマ|製品|商品|新車|ソフト|ゲーム|サービス|ウェブ|"
                    r"計画|プラン|構想|制度|法案|工事|大会|試合|イベント|公演|展覧会|審査|選考|手続き)$")
# A name that speaks though it ends like a thing: 世界食糧計画 and 国連開発計画 (UN bodies), a service's company
_SPEAKER_WORDS = re.compile(r"会社|社|協会|機構|委員会|省|庁|局|部|室|者|員|^(?:国連|国際|世界|欧州|アジア)")

# A source a sentence names, known or not: レコード会社によると, ITmediaNEWSによれば
_SOURCE = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・])(?P<name>[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9・]{2,20}?)"
                     r"(?:の(?:発表|説明|調べ|記事|報道))?(?:によると|によれば)")


def _source(body: str, everyone, start: int, end: int) -> tuple[str | None, str] | None:
    """(entity id, text) of the last source named between start and end, or None."""
    named = sources_of(body, everyone.within(start, end), start, end)
    found = last_match(_SOURCE, body, start, end)
    if named and (found is None or body.rfind(named[-1]["text"], start, end) >= found.start("name")):
        return named[-1]["entity_id"], named[-1]["text"]
    return (None, found.group("name")) if found is not None and not is_thing(found.group("name")) else None


def is_thing(text: str | None) -> bool:
    """Whether a holder's text names a thing (今回のCD, 新ウェブ, 同番組, 新生プラン), not someone who speaks."""
    if not text or len(text) > 20 or _SPEAKER_WORDS.search(text):
        return False
    found = _THING.search(text)
    # the thing word as a word of its own: not the end of a name (マイクロソフト, カトリック・ニュースサービス)
    return found is not None and re.search(r"[\u30a1-\u30faーA-Za-z・]$", text[: found.start()]) is None


def without_thing(body: str, candidate, everyone):
    """The candidate held by whoever tells what a thing as its topic is said to be, or by nobody."""
    known = candidate.holder_entity_id is not None and not candidate.holder_entity_id.startswith("found:")
    if known or not is_thing(candidate.holder_text):  # a name only the detector guessed (found:ORG:新生プラン) may be one
        return candidate
    thing = candidate.holder_text
    told = [v for v in candidate.via if v["text"] != thing and not is_thing(v["text"])]
    if told:
        return with_holder(candidate, (told[0]["entity_id"], told[0]["text"]))
    s_start = sentence_start(body, candidate.start, LONGEST)
    named = _source(body, everyone, s_start, candidate.start)
    if named is None and s_start > 0 and body[s_start - 1] == "。":  # the sentence before, same paragraph
        before = previous_sentence_start(body, s_start, LONGEST)
        named = _source(body, everyone, before, s_start)
    return with_holder(candidate, named or (None, None))
