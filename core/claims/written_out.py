"""Posts and columns written out line by line without brackets, closed by a line that opens with と and a verb of writing.

Net news copies a post or a column as it stands, on lines of its own, and tells what it is after it:
小嶋は自身のTwitterアカウントで\\n今日のPON衣装は…!\\n\\nと、当日の衣装に関してコメントしており; 問題となったのは記事冒頭、
\\n「…」。…。\\n…あれだ。\\n（以下略）\\n\\nと、書かれた部分. The lines between the line that introduces them (ending on a
comma or a particle, no sentence mark) or a blank line and the と line are one direct claim, held by the one the
introducing line names, if it names one. Blocks whose every line is a bracketed quote are left to the sentence
reader (core.claims.line_breaks joins 「…」\\nと話した), and so is a block where a claim was already read.

A post may also be told before the line that answers it: …と非難したのだ。\\n\\n昨日の…怒りに体が震えます。\\n\\nこの世耕氏の意見に対して、
ツイッター上では「…」. The line right before a line opening with この + a name + の + ツイート (意見, 発言…) + に対し is that
name's post when it quotes nothing in brackets and does not name them (the article telling of them: 「…」と語った
女性教授の…, また、ファーディナンドは、その後「…」).
"""

from __future__ import annotations

import re

from core.claims.candidate import HOLDER_TYPES, Candidate
from core.line_starts import line_matches

# A line opening with と、当日の衣装に関してコメントしており, と何とも恐ろしいツイートをしている, と書き込み: a verb of writing,
# not of speech (…と語るのは: a speaker's bracketless words are rare; とはいえ, とりあえず: no verb of writing near);
# tried only where lines begin (core.line_starts)
_CLOSING = re.compile(r"^(?:など)?と、?(?P<cue>[^。\n「」]{0,16}?(?:書かれ|書き込|綴られ|綴っ|つづられ|つづっ|つぶや|呟|ツイート|"
                      r"投稿|コメント|記され|記し))", re.M)
# The line that introduces what follows: no sentence mark, ending on a comma, a colon or a particle (記事冒頭、,
# 自身のTwitterアカウントで, 田村は)
_INTRO = re.compile(r"[^\n。！？!?」』）)]*(?:[、：:]|(?<=[ぁ-ゖ])(?:で|は|に|が))[ \t\u3000]*")
_ELIDED = re.compile(r"[ \t\u3000]*[（(](?:以下|中)?略[）)][ \t\u3000]*")  # （以下略）, (中略): the writer's cut, not the post
_MOST_LINES = 8
# この世耕氏の意見に対して, この宮迫のツイートに対し: a line pointing back at the post before it
_ANSWERED = re.compile(r"この(?P<name>[^\n、。「」]{1,12}?)(?:氏|さん)?の(?:ツイート|つぶやき|意見|発言|書き込み|投稿)(?:に対し|を受け)")


def _line_before(body: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the line that ends at end (a "\\n" at end), or None at the body's start."""
    if end <= 0:
        return None
    return body.rfind("\n", 0, end) + 1, end


def _block(body: str, closing_start: int) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """The introducing line (or None after a blank line) and the block's lines before the closing line."""
    line = _line_before(body, closing_start - 1)
    while line is not None and not body[line[0] : line[1]].strip():  # blank lines between the post and its と
        line = _line_before(body, line[0] - 1)
    lines: list[tuple[int, int]] = []
    while line is not None and body[line[0] : line[1]].strip() and len(lines) <= _MOST_LINES:
        if lines and _INTRO.fullmatch(body, *line):
            return line, lines
        lines.insert(0, line)
        line = _line_before(body, line[0] - 1)
    if line is None or len(lines) > _MOST_LINES:
        return None, []  # the article's opening or a long run: no block told as one
    return None, lines


def _bracketed(text: str) -> bool:
    return text.startswith("「") and text.endswith("」")


def written_out_claims(body: str, mentions: list, found: list[Candidate]) -> list[Candidate]:
    """A direct claim for each block written out without brackets before a line opening with と and a verb of writing."""
    if "\n" not in body:
        return found
    added = []
    for closing in line_matches(_CLOSING, body):
        intro, lines = _block(body, closing.start())
        lines = [ln for ln in lines if not _ELIDED.fullmatch(body, *ln)]
        if not lines or all(_bracketed(body[s:e].strip()) for s, e in lines):
            continue
        start, end = lines[0][0], lines[-1][1]
        if any(c.start < end and start < c.end for c in found):
            continue
        named = [m for m in mentions if m.type in HOLDER_TYPES and intro and intro[0] <= m.start and m.end <= intro[1]]
        holder = named[0] if named else None
        added.append(Candidate(start, end, body[start:end], closing.group("cue"), "direct",
                               holder.entity_id if holder else None, holder.text if holder else None, [], 0.55))
    added += _answered_posts(body, mentions, found)
    return sorted(found + added, key=lambda c: c.start) if added else found


def _answered_posts(body: str, mentions: list, found: list[Candidate]) -> list[Candidate]:
    """The line before この…のツイートに対し, when it is the post (no brackets, not naming its writer)."""
    out = []
    for answer in _ANSWERED.finditer(body):
        if answer.start() == 0 or body[answer.start() - 1] != "\n":
            continue
        line = _line_before(body, answer.start() - 1)
        while line is not None and not body[line[0] : line[1]].strip():
            line = _line_before(body, line[0] - 1)
        if line is None:
            continue
        start, end = line
        text = body[start:end]
        if "「" in text or answer.group("name") in text or any(c.start < end and start < c.end for c in found):
            continue
        named = [m for m in mentions if m.type == "PERSON" and answer.start("name") <= m.start < answer.end("name")]
        if named:
            out.append(Candidate(start, end, text, answer.group(0), "direct", named[0].entity_id, named[0].text, [], 0.55))
    return out
