"""A person's or a body's own medium named right before a claim speaks for them: 気象庁のウェブページで「…」と掲載した
(the agency), フランクフルター・アルゲマイネの電子版は…「…」と厳しく批判 (the paper), 高岡蒼佑のツイッターでは、…「…」と
返答し (the actor), ZAKZAKの記事では「…」と伝えており (the site).

Their page, edition, post, statement or article is how they speak, so the entity written right before it (X + の +
the medium + は, で, では, or に for a page it posts on) holds the first claim after it in its sentence. Not what
someone answers (Xの記事について, Xの声明に対し: the speaker carried from before answers it), nor voices the page
received (Xのブログには「…」とのコメントが殺到, ファンから「…」との声が寄せられた), not when someone else is its
subject after the medium (スポニチアネックスの記事では、中畑監督が「…」: the manager, reported), nor when the holder
read is named before the medium in the sentence (事務所のAは、Bの公式サイト上で「…」: A speaks on B's site); a holder
carried from an earlier sentence, read from the quote's words or taken from a source (Cによれば) is what it replaces.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from core.claims.mention_views import MentionViews, views_of
from core.claims.holders import blanked
from core.claims.quote_marks import quotes
from core.claims.voices import VOICES_HEARD
from core.sentences import LONGEST
from core.text import sentence_start

# A page is where its owner posts (Xのブログに「…」と書き込んだ); a statement or an article only speaks as a topic or
# where something is said (Xの声明で, Xの社説は). Xの記事について, Xの声明に対し, Xの談話に「…」と反発した: what
# someone else answers, never the owner speaking.
_MEDIUM = re.compile(r"の(?:公式)?(?:(?:ホームページ|ウェブサイト|ウェブページ|サイト|電子版|ブログ|ツイッター|Twitter|インスタグラム|"
                     r"Instagram|フェイスブック|Facebook)(?:上)?(?:では|で|には|に(?!つい|対|関|よ|応|反|答|基|向)|は)"
                     r"|(?:声明|談話|社説|論評|記事|コラム)(?:では|で|は))、?")
# Someone named as the subject between the medium and the claim (quotes blanked): they speak, the medium reports them
_SUBJECT_AFTER = re.compile(r"(?<=[\u4e00-\u9fff\u30a1-\u30faーA-Za-z0-9)）])(?:は|が|も)")


def held_by_own_media(body: str, mentions: list, found: list, views: MentionViews | None = None) -> list:
    """found, the first claim after an entity's own medium (Xのウェブサイトで, Xの電子版は) in its sentence held by X."""
    holders = views_of(mentions, views).holders  # (read, never changed: the steps after read them too)
    people, starts = holders.items, holders.starts
    taken = set()
    for claim in sorted(found, key=lambda c: c.start):
        s_start = sentence_start(body, claim.start, LONGEST)  # a page with no 。: read no further back than that
        # the holders of its sentence before it: a slice, not the article's every mention for every claim
        owner = _owner(body, people[bisect_left(starts, s_start):bisect_left(starts, claim.start)], claim.start)
        if owner is None or (owner.start, owner.end) in taken:
            continue
        taken.add((owner.start, owner.end))  # the first claim after the medium only: later ones may be others' voices
        if _named_before(body, claim, s_start, owner.start) or _same(owner, claim) or VOICES_HEARD.search(claim.cue or ""):
            # (Xのブログには「…」とのコメントが殺到: others' voices the page received)
            continue
        medium_end = _MEDIUM.match(body, owner.end).end()
        if _SUBJECT_AFTER.search(blanked(body, quotes(body, medium_end, claim.start)), medium_end, claim.start):
            continue
        claim.holder_entity_id, claim.holder_text = owner.entity_id, owner.text
    return found


def _owner(body: str, sentence: list, start: int):
    """The last entity of sentence (the holders its sentence names before start) written with its own medium after
    it, else None."""
    for m in reversed(sentence):
        if m.end <= start and (medium := _MEDIUM.match(body, m.end)) and medium.end() <= start:
            return m
    return None


def _named_before(body: str, claim, s_start: int, at: int) -> bool:
    """Whether the claim's holder is written in its sentence before the medium's owner (the topic who speaks there),
    not as the source the claim came through (NHKによれば、…気象庁のウェブページで: the agency)."""
    text = claim.holder_text
    sources = {v.get("text") for v in claim.via}
    return bool(text) and text not in sources and body.find(text, s_start, at) >= 0


def _same(owner, claim) -> bool:
    return bool(owner.entity_id) and owner.entity_id == claim.holder_entity_id or owner.text == claim.holder_text
