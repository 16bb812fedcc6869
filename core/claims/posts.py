"""Posts written out under a line that names their writer, with no brackets and no verb of saying.

Net news copies a person's posts line by line after a header (※以下、中山美穂のツイートから抜粋), or lists several
people's posts each under their name set as a list item (○片山さつき氏, then the posts on the lines after it). Each
post under a header is its writer's direct claim; under a name, the lines up to the next name are one turn, one claim.
The posts end where the article speaks again, after the first: a line naming the writer (…と戸梶氏も発言している) or pointing back at
what was quoted (このフィフィの意見に対して, この記事に対して, ツイッターでは、上記の著名人以外にも).
A name must be a person the entity detector found there, and an article must list two of them, each with lines of
its own under it: a list of names (・夏野剛氏 / ・茂木健一郎氏), a lineup or a score under a pundit's name (■福田正博氏 /
FW 森本貴幸, 採点：90点) and a profile under an initial (■Kさん) stay unread. A turn must open on a sentence (kana
closed by 。, ！ or ？); a post under a header must hold a sentence mark or 12 letters or more.
"""

from __future__ import annotations

import re

from core.claims.candidate import Candidate
from core.scan import may_match

# ※以下、中山美穂のツイートから抜粋 / ※以下、戸梶氏のツイートより抜粋。
_HEADER = re.compile(r"^[※＊*]?[ \t\u3000]*(?:以下、?)?(?P<name>[^\n、。「」]{1,20}?)(?:氏|さん)?の"
                     r"(?:ツイート|ツイッター|ブログ|投稿|書き込み|日記)(?:より|から)(?:抜粋|引用)。?[ \t\u3000]*$", re.M)
# ○片山さつき氏: a list mark, a name and its honorific, nothing else on the line
_NAME_ITEM = re.compile(r"^[○●◎◆◇■□▼▽・][ \t\u3000]*(?P<name>[^\n、。「」]{1,15}?)(?:氏|さん)[ \t\u3000]*$", re.M)
# A line where the article speaks again about what it quoted, pointing back at its opening or after a setting
# (この記事に対して, ツイッターでは、上記の著名人以外にも; not というわけで…はこれから)
_LIST_MARK = re.compile(r"[○●◎◆◇■□▼▽・]")
_POINTS_BACK = re.compile(r"(?:[^、。\n]{1,12}?(?:では|には|で|は)、)?(?:この|これ[をにはがで]|こうした|こういった|上記|以上の)")
_WRITTEN = re.compile(r"[。！？!?]")
_SENTENCE = re.compile(r"[ぁ-ゖ][^\n]*?[。！？!?]")  # words in kana closed by a sentence mark
_SHORTEST = 12


def _lines(body: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each line from start on."""
    out = []
    while start < len(body):
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        out.append((start, end))
        start = end + 1
    return out


def _ends_posts(body: str, start: int, end: int, name: str) -> bool:
    """Whether the line is the article speaking again: it names the writer or points back."""
    return body.find(name, start, end) >= 0 or _POINTS_BACK.match(body, start, end) is not None


def _written(body: str, start: int, end: int) -> bool:
    return end - start >= _SHORTEST or _WRITTEN.search(body, start, end) is not None


def _person(mentions: list, start: int, end: int):
    """The person the detector found at start..end (the name of a header or a list item), or None."""
    return next((m for m in mentions if m.type == "PERSON" and start <= m.start and m.end <= end), None)


def excerpted_posts(body: str, mentions: list) -> list[tuple[int, int, str, object, str]]:
    """(start, end, name, person mention or None, the header) of each post under a header naming its writer."""
    out = []
    if not may_match(_HEADER, body):
        return out  # most articles hold no ツイート…から抜粋 at all: their every line is not tried (core.scan)
    for header in _HEADER.finditer(body):
        name = header.group("name")
        for start, end in _lines(body, header.end() + 1):
            if _HEADER.match(body, start) or _NAME_ITEM.match(body, start) or \
                    (start > header.end() + 1 and _ends_posts(body, start, end, name)):
                break
            if _written(body, start, end):
                out.append((start, end, name, _person(mentions, *header.span("name")), header.group(0).strip()))
    return out


def listed_turns(body: str, mentions: list) -> list[tuple[int, int, str, object, str]]:
    """(start, end, name, person mention, the name's line) of each turn written under a person's name set as a list item; none unless
    the article lists two people so."""
    items = [(m, p) for m in _NAME_ITEM.finditer(body) if (p := _person(mentions, *m.span("name"))) is not None]
    if len(items) < 2 or any(_LIST_MARK.match(body, m.end() + 1) for m, _ in items):
        return []  # ・夏野剛氏\n・茂木健一郎氏\n…: a list of names, no one's words under them
    turns = []
    for (item, person), following in zip(items, [i for i, _ in items[1:]] + [None]):
        limit = following.start() if following is not None else len(body)
        start = end = item.end() + 1
        for line_start, line_end in _lines(body, start):
            if line_start >= limit or _LIST_MARK.match(body, line_start) or \
                    (line_start > start and _ends_posts(body, line_start, line_end, item.group("name"))):
                break  # (its first line is the turn's however it reads: 予言的中かなRT …（岡田斗司夫『…』）)
            end = line_end
        first_end = body.find("\n", start, end)
        if end > start and _SENTENCE.search(body, start, end if first_end < 0 else first_end):
            # opening on a sentence, not a lineup or a score (FW 森本貴幸, 採点：90点)
            turns.append((start, end, item.group("name"), person, item.group(0).strip()))
    return turns


def post_claims(body: str, mentions: list, found: list[Candidate]) -> list[Candidate]:
    """Each post or turn is its writer's: claims read inside it that name no holder in it take the writer, and one
    with no claim read is a direct claim of its own."""
    posts = excerpted_posts(body, mentions) + listed_turns(body, mentions) if "\n" in body else []
    if not posts:
        return found
    added = []
    for start, end, name, person, cue in posts:
        entity_id, text = (person.entity_id, person.text) if person is not None else (None, name)
        inside = [c for c in found if start <= c.start < end]
        for candidate in inside:
            if not candidate.holder_text or body.find(candidate.holder_text, start, candidate.start) < 0:
                candidate.holder_entity_id, candidate.holder_text = entity_id, text
        if not inside:
            added.append(Candidate(start, end, body[start:end], cue, "direct", entity_id, text, [], 0.6))
    return sorted(found + added, key=lambda c: c.start) if added else found
