"""Which header line of a page dump is the article's headline.

Title-like lines above the body are scored: long written lines by the date
line and near the body win; decks and subheadings under a headline, section
labels, breadcrumbs and pagers, bylines, and columns of other articles'
headlines lose. The cleaner of page dumps (core.cleaning.dump) asks here.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import accumulate

from core.cleaning import lexicon as lx
from core.cleaning.header_shapes import (DECORATED, EXCLAIMED, HEADLINE_LENGTH, KICKER, SENTENCE_STOP,
                                         SERIES_LABEL_LENGTH, SHORT_HEADLINE, TITLE_KINDS, TITLE_REACH, WRAPPED, BRACKETED_LEAD,
                                         LineBylines, clause_closed, latin_headline, menu_like, one_sentence, quoted_headline,
                                         section_label, series_label, written_headline)
from core.cleaning.glued_dates import without_glued_date
from core.cleaning.header_tools import TOOL_RUN, above_the_tools, tool_line, tools_between
from core.cleaning.headline_decks import (deck_under_date, echoes_the_lead, headline_over_a_deck, lead_under, neighbour_story,
                                          prose_headline, quoted_deck, subheading_under, told_short, undated_deck,
                                          under_the_tools)
from core.cleaning.headline_doubt import PORTAL, RESTATED, SCORED, HeadlineTrace
from core.cleaning.headline_halves import other_half
from core.cleaning.headline_lead import UNTOLD, Lead, told_by_the_lead
from core.cleaning.line_marks import picture_place
from core.cleaning.lines import PROSE, Line, japanese_share
from core.cleaning.month_years import files_a_year
from core.cleaning.outlets import only_an_outlet, titled_twin
from core.cleaning.portal_header import (TWIN_REACH, advertised, earlier_twin, in_a_column, source_credit,
                                         timed_twin, without_menus)

_BETWEEN = ("caption",)
SUBHEADING = 40  # less for a line written as a subheading
WRITTEN = 10  # more for a line of written words (kana, punctuation) than for a section's name
IN_A_COLUMN = 30  # less for one of a column of headlines (another article list)
ABOVE_DATE = 15  # more for the line right above the date line than for the one right below
REPEATED_LABEL = 15  # less for a short line the header repeats
STATED_TOLD = 0.3  # share of a sentence's word pairs the lead says too, for the sentence to be a headline
STATED = 15  # less for a sentence than for a line shaped as a headline (a standfirst by the date line is one)


def kicker_before(content: list[Line], title: Line) -> Line | None:
    """A bracketed label on the line right above the headline, which belongs to it."""
    position = content.index(title)
    if position == 0:
        return None
    above = content[position - 1]
    if (above.number == title.number - 1 and KICKER.match(above.stripped) and not series_label(above.stripped)
            and not section_label(above.stripped) and not lx.AD_LABEL.match(above.stripped)):
        return above  # (a series' name, 【連載】, a section's, 【国際】, or a sponsor's mark, 【PR】, is no part of the
        # headline: 【普天間移設推進派】 is)
    return None


def pick_title(content: list[Line], date_line: Line | None, looked: LineBylines, lead: Lead,
               trace: HeadlineTrace | None = None, others: frozenset[int] = frozenset()) -> Line | None:
    """The headline: a long title-like line by the date line and near the body.

    A portal prints its own header (headline, date) and then the partner's original one with the same date line:
    the page's headline is the first, right above the first of the twin date lines. trace learns how it was chosen;
    others: the ids of the date lines of a list of other articles (a headline right over one is another's) and of
    the lines of a list under its heading (関連記事)."""
    trace = trace if trace is not None else HeadlineTrace()
    twin = earlier_twin(content, date_line)
    if twin is not None:
        at = content.index(twin)
        # a twin giving the day alone may be the same day printed twice around one headline (政治 | 2016年2月10日
        # over it, 2016/2/10 15:40 under it): the portal's headline then tells the article's story too
        told = (lambda line: True) if twin.stripped == date_line.stripped or timed_twin(twin, date_line) else (
            lambda line: lead.share(line.stripped) >= UNTOLD)
        first = _pick_title(content[: at + 1], twin, looked, lead, trace, others)
        # (a short line may be one half of the portal's headline broken over two lines)
        whole = first is not None and (written_headline(first) or other_half(content, first, looked, lead) is not None)
        if whole and _long_lines_between(content, content.index(first), at) <= TWIN_REACH and told(first):
            return first
        # the portal's date printed over its headline: the headline right under it, the partner's further down
        below = content[at + 1 : content.index(date_line)]
        written = [line for line in below if written_headline(line) and not in_a_column(content, content.index(line))]
        if len(written) >= 2 and written[0] is below[0] and told(written[0]):
            trace.route = PORTAL
            return written[0]
    return _pick_title(content, date_line, looked, lead, trace, others)


def _long_lines_between(content: list[Line], upper: int, lower: int) -> int:
    """Lines between two header lines, not counting the short ones a page prints between a headline and its
    date (a column of topic tags, a pager mark, buttons: 北朝鮮 / 日米関係 / （1/3ページ））."""
    return sum(len(line.stripped) > TAG_LENGTH and line.kind != "ui" for line in content[upper + 1 : lower])


def _pick_title(content: list[Line], date_line: Line | None, looked: LineBylines, lead: Lead,
                trace: HeadlineTrace, others: frozenset[int] = frozenset()) -> Line | None:
    best, best_score = None, 0
    scored: list[tuple[float, Line]] = []
    # a line right under a picture's place (写真, 拡大, 写真：ロイター, Getty Images) is its caption, however long
    pictured = {id(line) for above, line in zip(content, content[1:]) if picture_place(above.stripped)}
    # a photo caption between the headline and its date line does not part them
    content = [line for line in content if line.kind not in _BETWEEN or line is date_line]
    # nor does a menu (phone and AMP pages print one between the headline and the date or the text), nor an ad
    content = without_menus(content, date_line)
    content = [line for position, line in enumerate(content)
               if line is date_line or not (lx.AD_LABEL.match(line.stripped) or advertised(content, position, date_line))]
    date_at = content.index(date_line) if date_line is not None else None
    low = high = date_at
    if date_at is not None:  # the date line with the bylines right above or below it: one block
        while low > 0 and date_at - low < 2 and looked.is_byline(content[low - 1]):
            low -= 1
        if low > 1 and source_credit(content[low - 1], content[low - 2], lead):
            low -= 1  # the partner's name a portal prints between the headline and the date (毎日新聞, BARKS)
        while high + 1 < len(content) and high - date_at < 2 and looked.is_byline(content[high + 1]):
            high += 1
    seen = Counter(line.stripped for line in content)
    # how many lines longer than a topic tag, a pager mark or a button stand before each line
    long_upto = list(accumulate((len(line.stripped) > TAG_LENGTH and line.kind != "ui" for line in content), initial=0))
    deck = None  # the deck under a short headline, which would outscore it by its length
    under = None  # the deck printed under the date line, which is no candidate
    if date_at is not None and low >= 2 and subheading_under(content, low - 2, looked, seen, lead):
        low -= 1  # headline, subheading, date line: the subheading belongs to the date's block
        deck = None if written_headline(content[low - 1]) else content[low]
    elif date_at is not None and high + 2 < len(content) and lead_under(content, high + 1, seen):
        deck = content[high + 2]  # date line, headline, then the text's first sentence printed right under it
    elif date_at is not None and low >= 2 and quoted_deck(content, low - 1, lead, seen):
        low -= 1  # headline, a sentence of the text word for word as its deck, date line: the deck is no headline
        deck = content[low]
    elif date_at is not None and low >= 1 and high + 1 < len(content) and deck_under_date(
            content, above_the_tools(content, low), high + 1, lead, seen):
        under = content[high + 1]  # headline, date line, then its deck (a standfirst): the deck is no headline
        # (the page's tools between the headline and the date line do not part them: headline / シェア / date / deck)
    elif date_at is None:
        under = undated_deck(content, lead, seen)  # headline, then a sentence of the text as its deck, no date line
    for position, line in enumerate(content):
        text = line.stripped
        by_date = date_at is not None and (position == low - 1 or position == high + 1)
        # (the page's tools between a headline and the date line under it do not part them: シェア / ツイート, 印刷)
        tooled = date_at is not None and not by_date and _over_the_tools(content, position, low, seen, lead)
        by_date = by_date or tooled
        # a headline may end with ！ or ？ and read as a sentence; one by the date line is still the headline
        exclaimed = line.kind == PROSE and by_date and len(text) <= 80 and text.endswith(EXCLAIMED)
        # so may one ending with 。 (news for children, some wires): one short sentence by the date line
        # (or over its byline), and the lead says much of it too (not a page's instruction: メモを書き添えられます。)
        stated = line.kind == PROSE and one_sentence(text) and (by_date or (
            position + 1 < len(content) and looked.is_byline(content[position + 1]))) and lead.share(text) >= STATED_TOLD
        buttoned = line.kind == "ui" and by_date and button_word_headline(content, position)
        # a headline the page prints over its tools reads as a sentence or two (…を開催中！, …に。カウンセラー…を)
        over_tools = tooled and prose_headline(line)
        # and one whose sentence is followed by a headline's words (…思いのままに。「…」をチェック【レポート】)
        # or quotes someone's words closed inside the quotes (「…。」と首相, 知事「…。」)
        exclaimed = exclaimed or (line.kind == PROSE and by_date and (sentence_then_headline(text)
                                                                      or quoted_headline(text)))
        if ((line.kind not in TITLE_KINDS and not exclaimed and not stated and not buttoned and not over_tools)
                or len(text) < 6
                or line is under or ((date_at is None or position > high) and echoes_the_lead(text, lead))
                or KICKER.match(text) or (len(text) <= SERIES_LABEL_LENGTH and _series_over(content, position))
                or ((date_at is None or not low <= position <= high)
                    and under_the_tools(content, position, seen, lead, None if date_at is None else (low, high)))):
            continue  # (the last: the lead photo's caption under the headline's tools, over the date line or under it)
        # Latin brand names in a headline: by the date line, or written with kana and marks between the names
        # (KDDI、au向けAndroid 4.0搭載「AQUOS PHONE」を発表), less Japanese will do
        if japanese_share(text) < (0.15 if by_date or latin_headline(text) else 0.3):
            continue
        if (looked.names(line) or menu_like(text) or files_a_year(text) or only_an_outlet(text)
                or _field_value(content, position)
                or neighbour_story(content, position) or titled_twin(text, seen, without_glued_date)
                or (date_line is not None and _DAY_CLOSING.search(text))
                or id(line) in others or (position + 1 < len(content) and id(content[position + 1]) in others)):
            continue  # a byline, a menu, a year's archive (ホーム > 2010, アーカイブ 2010), the outlet's name (日本経済新聞　電子版), a field's value (情報元, then …),
            # the headline of the story before or after this one (次の記事 ＞, then its headline), the page's title
            # line over the headline it repeats with the site's name (… | みなと新報), another article's headline
            # closed by its day in brackets on a page with a date line of its own (…を逮捕（2010/10/02）), or over
            # the date line of one of a list of other articles
        score = min(len(text), 60) + WRITTEN * buttoned - SUBHEADING * (bool(WRAPPED.match(text) or BRACKETED_LEAD.match(text)) or line is deck) - STATED * stated
        if date_at is not None and position > high and id(line) in pictured:
            score -= SUBHEADING  # (under the date line, under the lead photo's place: its caption in its own words)
        written = written_headline(line)
        if in_a_column(content, position, date_line):
            score -= IN_A_COLUMN  # one of a list of other articles' headlines (or its label), line under line
        elif written:
            score += WRITTEN  # words and punctuation, not a section's name (CNET Japan ニュース企業・業界)
        if len(text) < HEADLINE_LENGTH and (seen[text] > 1 or DECORATED.match(text)):
            # a short line the page shows twice, or one opening with a mark, is a section's label
            # (長野県のニュース, ☆ 映像ランキング)
            score -= REPEATED_LABEL
        near = len(content) - position <= 2 * TITLE_REACH or (date_at is not None and (
            abs(date_at - position) <= 3 or (len(text) >= HEADLINE_LENGTH
                                             and _lines_apart(long_upto, position, date_at) <= 3
                                             and _over_a_byline(content, position, looked))))
        if near and position + 1 < len(content) and looked.is_byline(content[position + 1]):
            # pages print the headline, then who wrote it: the line right above a byline is likeliest too,
            # unless it is the deck under a headline (headline, deck, byline)
            if not (position > 0 and subheading_under(content, position - 1, looked, seen, lead)):
                score += 30 + ABOVE_DATE * (len(text) >= HEADLINE_LENGTH)
        elif (near and position + 2 < len(content) and looked.is_byline(content[position + 2])
              and subheading_under(content, position, looked, seen, lead)):
            score += 30 + ABOVE_DATE * (len(text) >= HEADLINE_LENGTH)  # the headline over its deck and byline
        if date_at is not None and not low <= position <= high:
            distance = 1 if tooled else low - position if position < low else position - high
            # pages print the headline, then its date: the line right above the date line is likeliest
            # (a short line there is more often the section's label: 国際, ☆ 映像ランキング)
            # (so is a short headline standing apart that the text tells: 九州国立博物館、一般公開)
            above = position < date_at and (written or stated or (distance == 1 and told_short(content, position, seen, lead)))
            score += (30 + ABOVE_DATE * above) if distance == 1 else 15 if distance == 2 else 0
        if len(content) - position <= TITLE_REACH:
            score += 20
        if score > 0:
            scored.append((score, line))
        if score > best_score:
            best, best_score = line, score
    trace.ranked(scored)
    trace.route = SCORED
    if (best is not None and date_at is not None and len(best.stripped) >= HEADLINE_LENGTH
            and (content.index(best) == low - 1 or tools_between(content, content.index(best) + 1, low))):
        # a long line right above the date line (and its bylines): where pages print the headline, unless it is a
        # sentence of the text under a headline a photo parts it from
        return headline_over_a_deck(scored, best, lead) or best
    if best is not None and date_at is not None and content.index(best) > high and len(best.stripped) >= HEADLINE_LENGTH:
        best = headline_over_a_deck(scored, best, lead) or best  # (so under the date line: date / 写真 / the deck)
    told = told_by_the_lead(content, best, date_line, looked, lead)
    if (told is best and best is not None and date_at is not None and low >= 1 and content[low - 1] is not best
            and lead.share(best.stripped) < UNTOLD and told_short(content, low - 1, seen, lead)):
        told = content[low - 1]  # (a short headline at the headline's place that the text tells, over an untold line)
    if told is not best:
        trace.route = RESTATED
    return told


HEADLINE_TAIL = 6  # characters of a headline's words after its sentence at least (…に。「…」をチェック【レポート】)
_QUOTES = re.compile(r"「[^「」]*」|『[^『』]*』")


def sentence_then_headline(text: str) -> bool:
    """A headline's length, written with a 。 (a sentence, then a headline's words; or a 。 inside a quoted title:
    …『ツレがうつになりまして。』) and closed as a headline is (a noun, a bracket, ！ or ？), not as a clause, a
    sentence or a paragraph cut short (、 …): one headline however it reads as running text."""
    if len(text) > 80 or text.endswith(SENTENCE_STOP + ("、", "…", "・")):
        return False
    bare = _QUOTES.sub("「」", text)  # (the words a headline quotes are its own: 「謝罪を求めます。」)
    if bare.count("。") > 1 or bare.endswith(SENTENCE_STOP) or clause_closed(bare.rstrip("」』")):
        return False
    tail = bare[bare.index("。") + 1 :] if "。" in bare else bare
    return len(tail.replace("「」", "")) >= HEADLINE_TAIL


# A line closed by a day in brackets: （2010/10/02）, (2010.10.02), （2010年10月2日）
_DAY_CLOSING = re.compile(r"[（(]\s*(?:19|20)\d\d\s*[/.\-年]\s*\d{1,2}\s*[/.\-月]\s*\d{1,2}\s*日?\s*[）)]$")
BUTTON_WORDS_AROUND = 10  # Japanese characters beside a button's word that make a headline of the line
_PROMPT_END = re.compile(r"(?:ます|ません|ください|下さい|する|できる|へ|[>＞»›→])\s*$")


def button_word_headline(content: list[Line], position: int) -> bool:
    """A line read as a button for one word of sign-up or paywall wording (無料体験, ログイン, ダウンロード) that is
    shaped as a headline: a headline's length, one such word among written words, no prompt's ending (…できます,
    …はこちら >), and no other line of buttons of its length beside it (a paywall's box is several)."""
    text = content[position].stripped
    if not HEADLINE_LENGTH <= len(text) <= 80 or text.endswith(SENTENCE_STOP) or _PROMPT_END.search(text):
        return False
    if lx.UI_START.search(text) or len(lx.UI_PHRASES.findall(text)) + len(lx.PAYWALL.findall(text)) > 2:
        return False
    rest = lx.PAYWALL.sub("", lx.UI_PHRASES.sub("", text))
    if sum(len(run) for run in _JAPANESE_RUN.findall(rest)) < BUTTON_WORDS_AROUND or japanese_share(text) < 0.5:
        return False
    near = content[max(position - 2, 0) : position] + content[position + 1 : position + 3]
    return not any(line.kind == "ui" and len(line.stripped) >= HEADLINE_LENGTH for line in near)


_JAPANESE_RUN = re.compile(r"[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


TAG_LENGTH = 12  # characters of a topic tag, a pager mark or a button at most


def _over_the_tools(content: list[Line], position: int, low: int, seen: Counter, lead: Lead) -> bool:
    """Only the page's tools stand between the line and the date line's block (low: its first line), and maybe the
    lead photo's caption under them, right over the date line."""
    end = position + 1
    while end < low and tool_line(content[end]) and end - position <= TOOL_RUN:
        end += 1
    return end > position + 1 and (end == low or (end == low - 1 and under_the_tools(content, end, seen, lead)))


def _lines_apart(long_upto: list[int], position: int, date_at: int) -> int:
    """Lines between a line and the date line, not counting the short ones a page prints between a headline
    and its date (a column of topic tags, a pager mark, buttons: 北朝鮮 / 日米関係 / （1/3ページ））."""
    low, high = sorted((position, date_at))
    return long_upto[high] - long_upto[min(low + 1, high)] + (1 if high > low else 0)


def _over_a_byline(content: list[Line], position: int, looked: LineBylines) -> bool:
    return any(position + step < len(content) and looked.is_byline(content[position + step]) for step in (1, 2))


def _series_over(content: list[Line], position: int) -> bool:
    """A series' label right over another title-like line (【連載】アジアの現場から, then the headline): its kicker."""
    line = content[position]
    return (series_label(line.stripped) and position + 1 < len(content)
            and content[position + 1].number <= line.number + 2 and content[position + 1].kind in TITLE_KINDS
            and len(content[position + 1].stripped) >= SHORT_HEADLINE)


def _field_value(content: list[Line], position: int) -> bool:
    """The line under a source's bare label (情報元, 出典 on a line of its own): the field's value."""
    return position > 0 and content[position - 1].number == content[position].number - 1 and bool(
        lx.SOURCE_LABEL.match(content[position - 1].stripped))
