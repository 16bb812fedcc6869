"""A headline and its deck, or its subheading, stacked by the date line: which of two stacked header lines is the
headline (the upper one written as a headline, or a short one standing apart that the text tells) and which is the
deck under it (a longer line, a sentence the text quotes, a clause closed as a sentence is), wherever the date line
stands: under both, between them, or over both. The headline's choice (core.cleaning.headline_choice) asks here.
"""

from __future__ import annotations

import re
from collections import Counter

from core.cleaning import lexicon as lx
from core.cleaning.header_shapes import (DECORATED, EXCLAIMED, HEADLINE_LENGTH, KICKER, SECTION_WORDS, SENTENCE_STOP,
                                         SHORT_HEADLINE, STATED_LENGTH, TITLE_KINDS, TITLE_REACH, LineBylines, clause_deck,
                                         headline_like, menu_like, written_headline)
from core.cleaning.header_tools import TOOL_RUN, tool_line
from core.cleaning.headline_lead import HEADLINE_REACH, TOLD_PAIRS, UNTOLD, Lead, word_pairs
from core.cleaning.lines import PROSE, Line, hiragana_share, japanese_share
from core.cleaning.outlets import titled_twin
from core.cleaning.portal_header import in_a_column

DECK_LONGER = 5  # characters a deck under a short headline is longer than it at least
SHORT_HEADLINE_WORDS = 0.5  # share of a short headline's word pairs the article's first lines say too
SHORT_PAIRS = 4  # word pairs a short headline needs for that share to tell (連載「現場から」 has two: any lead may say one)


def neighbour_story(content: list[Line], position: int) -> bool:
    """The line right under a link label to the story before or after (＜ 前の記事, 次の記事 ＞): its headline."""
    return position > 0 and content[position - 1].number == content[position].number - 1 and bool(
        lx.NEIGHBOUR_LABEL.match(content[position - 1].stripped))


DECK_GAP = 3  # raw lines from a headline down to its deck at most (a blank line, a caption between)


def subheading_under(content: list[Line], at: int, looked: LineBylines, seen: Counter, lead: Lead) -> bool:
    """Two title-like lines stacked over the date line (content[at], then the next): the upper one reads as
    a headline (written words, not a section's name; not one of a column of such lines; or a short headline
    standing apart over a longer deck), so the lower one is its subheading. A deck stands right under its
    headline: two lines a menu parted (a news ticker atop the site's menus, then the headline) are not one."""
    upper, lower = content[at], content[at + 1]
    headline = written_headline(upper) or (
        len(lower.stripped) >= len(upper.stripped) + DECK_LONGER and told_short(content, at, seen, lead))
    return (headline and lower.kind in TITLE_KINDS and len(lower.stripped) >= HEADLINE_LENGTH
            and lower.number - upper.number <= DECK_GAP and not neighbour_story(content, at)
            and not (at > 0 and written_headline(content[at - 1])) and not in_a_column(content, at)
            and not looked.is_byline(lower) and not looked.names(upper))


def quoted_deck(content: list[Line], at: int, lead: Lead, seen: Counter) -> bool:
    """content[at] is a sentence the text writes word for word (a deck quoting it), or a clause closed as a
    sentence is without its 。 (…を上回っている, …させる), standing right under a line written as a headline that
    the text does not quote: the line above is the headline, this one its deck."""
    line, upper = content[at], content[at - 1]
    if line.number - upper.number > DECK_GAP or len(line.stripped) < LEAD_SENTENCE or in_a_column(content, at - 1):
        return False
    headline = written_headline(upper) or _short_headline(content, at - 1, seen)
    # (a sentence of the text closed by its ！ or ？ under a headline closed so too: 今年の…はいかが？ / なかには…のでは？)
    if (headline or _exclaimed(upper)) and lead.quotes(line.stripped, LEAD_SENTENCE) and not lead.quotes(upper.stripped):
        return True
    # a headline of names and nouns, or one closed by its own ！ or ？, over a clause on the next raw line, the two
    # printed as one block (2007年プロ野球高校生ドラフト会議 / 今回のドラフトは…を上回っている); many headlines
    # end with a verb too (…本音映す, …が解放される), under a label or a menu a blank line parts from them
    shaped = headline or headline_like(upper) or (upper.kind == PROSE and len(upper.stripped) <= STATED_LENGTH
                                                  and upper.stripped.endswith(EXCLAIMED))
    return (shaped and line.number == upper.number + 1 and line.kind in TITLE_KINDS
            and not KICKER.match(upper.stripped) and clause_deck(upper.stripped, line.stripped))


def undated_deck(content: list[Line], lead: Lead, seen: Counter) -> Line | None:
    """On a page with no date line by the header: the lowest header line that is a deck under the headline right
    above it, among the last lines over the text. The deck is a sentence the text writes word for word (or a
    clause closed as a sentence is, quoted_deck); the line above it is shaped as a title, not a label, a menu or one
    of a column of lines, and the text does not quote it. Else None."""
    for at in range(len(content) - 1, max(len(content) - TITLE_REACH, 0), -1):
        line, upper = content[at], content[at - 1]
        top = upper.stripped
        if upper.kind not in TITLE_KINDS or line.kind not in TITLE_KINDS or line.number - upper.number > DECK_GAP:
            continue
        if quoted_deck(content, at, lead, seen):
            return line
        if (len(top) >= SHORT_HEADLINE and len(line.stripped) >= LEAD_SENTENCE and lead.quotes(line.stripped, LEAD_SENTENCE)
                and not lead.quotes(top) and not (KICKER.match(top) or DECORATED.match(top) or menu_like(top))
                and not in_a_column(content, at - 1)):
            return line
    return None


# a media or photo mark opening a caption's line: 【動画】, （写真）, 動画：, ▶
_MEDIA_MARK = re.compile(r"^(?:[【\[［（(](?:動画|写真|画像|映像|Video|Photo)[】\]］）)]|(?:動画|写真|画像|映像)\s*[:：／/]|[▶►▷]\s*)")


def echoes_the_lead(text: str, lead: Lead) -> bool:
    """A header line whose words (after a media mark: 【動画】, 動画：, ▶) open the text word for word: a photo's or
    a video's caption, or the lead printed as a summary, taking the text's first words, which a headline does
    not."""
    return lead.opening(_MEDIA_MARK.sub("", text).lstrip())


def deck_under_date(content: list[Line], above: int, below: int, lead: Lead, seen: Counter) -> bool:
    """The lines right above and right under the date line (and its bylines) are a headline and its deck: the
    upper one is written as a headline (or is a short one the lead tells) and the text does not quote it; the
    lower one is longer, and either a sentence the text writes word for word or a clause closed as a sentence
    is, without its 。 (a standfirst: …を決めた, …とみられる), where a headline ends with a noun or a mark, or a long
    line of clauses in its own words (_long_deck). Either may be closed by its own ！ or ？. The caller passes the
    line over the page's tools as the upper one when tools stand between it and the date line."""
    upper, lower = content[above], content[below]
    top, text = upper.stripped, lower.stripped
    if (not (lower.kind in TITLE_KINDS or _exclaimed(lower)) or len(text) < max(LEAD_SENTENCE, len(top) + DECK_LONGER)
            or lead.quotes(top) or in_a_column(content, above) or in_a_column(content, below)):
        return False
    # (a headline of names and nouns, or one closed by its own ！ or ？, is one too)
    headline = headline_like(upper) or _exclaimed(upper) or told_short(content, above, seen, lead)
    return headline and not KICKER.match(top) and (lead.quotes(text, LEAD_SENTENCE) or clause_deck(top, text)
                                                   or _long_deck(upper, lower, lead))


LONG_DECK = 40  # characters of a deck that sums the story up in its own words, at least


def _long_deck(upper: Line, lower: Line, lead: Lead) -> bool:
    """A deck in its own words (a standfirst, not the text's sentence): long, written with 、 between clauses (longer
    than the headline over it, deck_under_date asks), under a headline that tells the text's story."""
    return len(lower.stripped) >= LONG_DECK and "、" in lower.stripped and lead.share(upper.stripped) >= UNTOLD


def _exclaimed(line: Line) -> bool:
    """A line of a headline's length closed by its own ！ or ？, which the line reader may take for running text."""
    text = line.stripped
    return line.kind in (*TITLE_KINDS, PROSE) and SHORT_HEADLINE <= len(text) <= STATED_LENGTH and text.endswith(EXCLAIMED)


def told_short(content: list[Line], at: int, seen: Counter, lead: Lead) -> bool:
    """A short headline standing apart (_short_headline) whose words the text's first lines say (much of them)."""
    text = content[at].stripped
    return (_short_headline(content, at, seen) and lead.share(text) >= SHORT_HEADLINE_WORDS
            and len(word_pairs(text)) >= SHORT_PAIRS)


def _short_headline(content: list[Line], at: int, seen: Counter) -> bool:
    """A short line that may be a headline: written once on the page, standing apart (a blank line above it,
    not the last entry of a menu or a breadcrumb column: ホーム / 野球 / ニュース詳細), no section's name."""
    line = content[at]
    text = line.stripped
    apart = at == 0 or content[at - 1].number < line.number - 1
    return (apart and line.kind in TITLE_KINDS and SHORT_HEADLINE <= len(text) < HEADLINE_LENGTH
            and seen[text] == 1 and japanese_share(text) >= 0.5 and not DECORATED.match(text)
            and not KICKER.match(text) and not menu_like(text) and not SECTION_WORDS.search(text))


LEAD_SENTENCE = 20  # characters of the text's first sentence printed right under its headline, at least
_ASKED = ("？", "?")


def lead_under(content: list[Line], at: int, seen: Counter) -> bool:
    """Right under the date line, a headline with the text's first sentence printed on the next line, no blank
    between (女の集団は仲が悪い!? / 「どうして男の人って…と言うんでしょうね」), or a headline closed by ！ or ？ over
    a longer line: the sentence or the deck is no headline."""
    upper, lower = content[at], content[at + 1]
    text, below = upper.stripped, lower.stripped
    return (lower.number == upper.number + 1 and upper.kind in TITLE_KINDS and lower.kind != "date"
            and SHORT_HEADLINE <= len(text) < len(below) and seen[text] == 1 and japanese_share(text) >= 0.5
            and not (DECORATED.match(text) or KICKER.match(text) or menu_like(text) or SECTION_WORDS.search(text))
            # (a headline closed by its own mark, then a longer line: its deck, 次のバケーションはトルコに決まり！)
            and (_first_sentence(below) or text.endswith(EXCLAIMED)))


def _first_sentence(text: str) -> bool:
    """A line written as running text: long, kana between its words, closed as a sentence, a question or a
    whole quotation."""
    stopped = text.endswith(SENTENCE_STOP)
    closed = stopped or text.endswith(_ASKED) or (text.startswith("「") and text.endswith("」"))
    # (a sentence of names and figures has little kana, but commas or a second full stop: 29日、ミズノは…発表した。)
    return len(text) >= LEAD_SENTENCE and closed and (
        hiragana_share(text) >= 0.25 or (stopped and ("、" in text or text.count("。") >= 2)))


BUTTON = 8  # characters of a tool's button with no word of page furniture (保存, 印刷, Twitter, Check) at most


def under_the_tools(content: list[Line], position: int, seen: Counter, lead: Lead,
                    block: tuple[int, int] | None = None) -> bool:
    """A line right under a run of the page's tools (シェア / ツイート, ブックマーク / 印刷, Tweet / Check) that stands
    right under a headline, or under its date line (block: the first and last of the date line and its bylines) right
    under a headline: pages print the headline, its tools and the lead photo with its caption (…する関係者（3日、
    都内）, a plain or a long one) over or under the date line; the line under the tools is the caption, however
    headline-shaped. The line over the tools is written as a headline (or is a short one the text tells, or one standing
    apart over share and print buttons), and is no page's title line (… | みなと新報) nor one of a column of other
    articles' headlines."""
    at, tools, shared, steps = position - 1, False, True, 0  # shared: the run is of share and print buttons only
    while at >= 0 and steps < TOOL_RUN:
        if block is not None and at == block[1] and tools:
            at = block[0] - 1  # (the date line and its bylines between the headline and its tools)
        elif not headline_like(content[at]) and not (tools and shared and _short_headline(content, at, seen)) and (
                content[at].kind == "ui" or len(content[at].stripped) <= BUTTON):  # (訃報植木等氏 over them is no button)
            tools, at, steps = tools or content[at].kind == "ui", at - 1, steps + 1
            shared = shared and tool_line(content[at + 1])
        else:
            break
    if at < 0 or not tools or in_a_column(content, at) or titled_twin(content[at].stripped, seen):
        return False
    # (a short headline standing apart over share buttons is one there, told by the text or not: 訃報山城新伍氏)
    return (written_headline(content[at]) or headline_like(content[at]) or told_short(content, at, seen, lead)
            or (shared and (_short_headline(content, at, seen) or prose_headline(content[at]))))


def prose_headline(line: Line) -> bool:
    """A line the line reader takes for running text that is a headline's length and one or two sentences at most
    (…盛り上がっちゃおう！, …女性が大半。…パーツはどこ？): a headline where a headline stands, over its tools."""
    text = line.stripped
    return line.kind == PROSE and len(text) <= HEADLINE_REACH and sum(text.count(stop) for stop in SENTENCE_STOP) <= 2


def headline_over_a_deck(scored: list[tuple[float, Line]], best: Line, lead: Lead) -> Line | None:
    """The best-scored line (by the date line) is a sentence the text writes word for word, its 。 dropped: a deck,
    whatever stands between it and the headline (the lead photo, its marker, a caption). The headline is the
    best-scored line over it that tells the text's story (enough of its word pairs in the lead: a section's label or a
    list's heading shares one by chance) and that the text does not quote; None when there is none (a headline the
    text restates word for word stays the headline)."""
    over = [(score, line) for score, line in scored if line.number < best.number]
    if not over or not lead.quotes(best.stripped, LEAD_SENTENCE):  # (the lead read only when a line stands over it)
        return None
    over = [(score, line) for score, line in over if not lead.quotes(line.stripped)
            and len(word_pairs(line.stripped)) >= TOLD_PAIRS and lead.share(line.stripped) >= UNTOLD]
    return max(over, key=lambda pair: pair[0])[1] if over else None

