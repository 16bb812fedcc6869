"""What each raw line looks like: prose, heading, list item, furniture..."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.cleaning import lexicon as lx
from core.dates.lines import all_datetimes, find_datetime

_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_JAPANESE = r"[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
# Shares count characters by runs: a list of a few runs is quicker to build than one of every character.
_JAPANESE_RUNS = re.compile(_JAPANESE + "+")
_HIRAGANA_RUNS = re.compile(r"[\u3041-\u309f]+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = ("。", "．", "。」", "。』", "。）", "。)")
# Headlines end with ！ or ？ too, so those count as sentence ends only in longer lines.
_EXCLAIM_END = ("！", "？", "!", "?", "！」", "？」")

_CUT_END = ("…", "...", "……")
# An anchor word that only starts a label (おすすめワイン：…) is a labelled value in the article, no tail
# (one more character is the anchor word's own ending: 関連トピックス：…).
_LABEL_GOES_ON = re.compile(r"[^\s：:]{2,6}[：:]")
PARAGRAPH_INDENT = "\u3000"
INDENTED_PROSE = 25  # characters from which an indented line counts as a paragraph
DATE_LINE = 80  # characters a date line holds at most (a byline, labels, an update and a paywall note beside the date)

# Kinds of line; "prose" and the soft kinds may belong to the body.
PROSE, HEADING, ITEM = "prose", "heading", "item"
SOFT_KINDS = (HEADING, ITEM)


@dataclass(eq=False)  # lines compare by identity: a page has many equal lines
class Line:
    number: int
    text: str
    kind: str
    stripped: str = field(init=False)  # the text without surrounding blanks, read many times

    def __post_init__(self) -> None:
        self.stripped = self.text.strip()


def without_blanks(text: str) -> str:
    """The text with every blank taken out (a headline, a name written with or without spaces)."""
    return "".join(text.split())


# What a line holds that a reader never sees as its words: C0 and C1 controls, a terminal's colour codes
# (ESC[31m) and the HTML tags a page's text kept (<b>, </span>).
_UNSEEN = re.compile(r"\x1b\[[0-9;]*[A-Za-z]|[\x00-\x08\x0b-\x1f\x7f-\x9f]|</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,60})?/?>")


def japanese_share(text: str) -> float:
    """The share of Japanese characters in what the line shows (controls, colour codes and tags left out)."""
    return _japanese_count(text) / _shown_size(text)


def hiragana_share(text: str) -> float:
    return _hiragana_count(text) / max(len(text), 1)


def _shown_size(text: str) -> int:
    """The characters a line shows (at least one): controls, colour codes and tags left out."""
    size = len(text)
    if "<" in text or not text.isprintable():  # (the rare line with something unseen: \u3000 too, counted as before)
        size -= sum(map(len, _UNSEEN.findall(text)))
    return max(size, 1)


def _japanese_count(text: str) -> int:
    return sum(map(len, _JAPANESE_RUNS.findall(text)))


def _hiragana_count(text: str) -> int:
    # hiragana come in many short runs between kanji: the text left once they are taken out is quicker to
    # make than the list of them (a third less time on news lines; the same count)
    return len(text) - len(_HIRAGANA_RUNS.sub("", text))


def is_prose(text: str) -> bool:
    """A sentence (or sentences) of running text, Japanese or Latin script."""
    return _is_prose(text, _Shares(text))


class _Shares:
    """Whether a line's share of Japanese or of hiragana characters reaches a bound, each half counted once and
    only if asked.

    The cleaner asks of every line only whether a share reaches a bound (a third Japanese, a tenth hiragana), and
    a line of running text mostly reaches it within its first half: a share only grows as more of the line is
    counted (the count of a half over the whole line's size, divided as the whole share is), so the second half
    is counted only when the first does not tell. The answers are those of japanese_share and hiragana_share.
    """

    __slots__ = ("text", "_half", "_japanese", "_hiragana")

    def __init__(self, text: str) -> None:
        self.text, self._half = text, len(text) // 2
        self._japanese: list | None = None  # [the count of the first half, of the whole or None], the size
        self._hiragana: list | None = None

    def japanese(self, bound: float) -> bool:
        if self._japanese is None:
            self._japanese = [_japanese_count(self.text[: self._half]), None, _shown_size(self.text)]
        return self._reaches(self._japanese, _japanese_count, bound)

    def hiragana(self, bound: float) -> bool:
        if self._hiragana is None:
            self._hiragana = [_hiragana_count(self.text[: self._half]), None, max(len(self.text), 1)]
        return self._reaches(self._hiragana, _hiragana_count, bound)

    def _reaches(self, counts: list, count, bound: float) -> bool:
        first, whole, size = counts
        if first / size >= bound:
            return True
        if whole is None:
            whole = counts[1] = first + count(self.text[self._half :])
        return whole / size >= bound


LONG_PARAGRAPH = 100  # characters of a line of two or more sentences that is running text however little kana it has


def _is_prose(text: str, shares: _Shares) -> bool:
    n = len(text)
    if n < 15:
        return False
    if shares.japanese(0.3):
        ends = text.endswith(_SENTENCE_END) or (
            text.endswith(_EXCLAIM_END) and n >= 30 and ("。" in text or "、" in text)
        ) or (
            # a paragraph cut short where a paywall or a pager takes over
            text.endswith(_CUT_END) and n >= 40 and "、" in text and shares.hiragana(0.15)
        )
        if ends and n >= LONG_PARAGRAPH and text.count("。") >= 2 and shares.hiragana(0.05):
            return True  # sentences of names and figures in katakana and kanji (航空大手のルフトハンザ航空傘下の…。…。)
        return shares.hiragana(0.1) and (ends or (n >= 50 and "。" in text))
    words = _LATIN_WORD.findall(text)
    return n >= 60 and len(words) >= 10 and text.rstrip('"”’)').endswith((".", "!", "?"))


def is_caption(text: str) -> bool:
    """A photo caption: 写真/撮影 wording or a photo credit at the end."""
    if lx.CAPTION_START.match(text) or lx.CAPTION_MARK.search(text):
        return True
    if ("拡大" in text or "撮影日" in text) and lx.ENLARGE.search(text):
        return True
    if ("（" in text or "(" in text) and len(text) <= 80 and not text.endswith(_SENTENCE_END) \
            and (lx.PHOTO_POSITION.search(text) or lx.C_CREDIT.search(text) or _photo_day_place(text)):
        return True
    if ("=" in text or "＝" in text) and (credit := lx.EQUALS_CREDIT.search(text)):
        # a place and a day (＝１１日、東京都内で), not a clause (＝１１日に発射)
        return not text.endswith(_SENTENCE_END) and set(_HIRAGANA.findall(credit.group(0))) <= set("でのからより")
    if "写真は" in text and lx.RESTATED_CAPTION.search(text):
        return True
    if text.endswith((")", "）")) and lx.CREDIT_END.search(text):  # a credit closes the line
        starts_dated = find_datetime(text[:16]) is not None
        return starts_dated or bool(lx.CAPTION_HINT.search(text)) or len(text) < 60
    return False


def _photo_day_place(text: str) -> bool:
    """Words closed by when and where a photo was taken (記者会見する首相（3日、首相官邸）), not an item or a report's
    heading opening with a mark (◆競泳　東京都選手権　第２日（２９日、東京辰巳国際水泳場）)."""
    return bool(lx.PHOTO_DAY_PLACE.search(text)) and not lx.BULLET.match(text) and not lx.DASH_ITEM.match(text)


# A wire's credit closing a paragraph: …と述べた。(c)AFP/Aminu ABUBAKAR
_CLOSING_CREDIT = re.compile(r"[。」』]\s*[(（][CcＣｃ©][)）]\s*(?P<credit>[A-Za-zＡ-Ｚ][^()（）。、]{1,50})$")
_PHOTO_WORDS = re.compile(r"撮影|写真|画像|提供")
CREDIT_PROSE = 40  # characters of sentences before a credit for the line to be a paragraph, not a caption


def closing_credit(text: str) -> str | None:
    """The credit (AFP/Aminu ABUBAKAR) after the sentences of a paragraph, which a photo's caption is not:
    long running text before it, no 撮影 or 写真 in its last sentence."""
    if not text.endswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")):
        return None  # most lines: one look
    match = _CLOSING_CREDIT.search(text)
    if match is None or match.start() < CREDIT_PROSE:
        return None
    sentences = text[: match.start() + 1]
    last = sentences[sentences.rfind("。", 0, len(sentences) - 1) + 1 :]
    return None if _PHOTO_WORDS.search(last) else match["credit"].strip()


def classify(number: int, raw: str, common: frozenset[str] = frozenset(),
             site: frozenset[str] = frozenset()) -> Line:
    """Give one raw line its kind; common: short lines many pages share; site: lines the page's outlet repeats."""
    text = raw.strip()
    if not text:
        return Line(number, raw, "blank")
    shares = _Shares(text)
    prose = _is_prose(text, shares)
    kind = _furniture_kind(text, prose)
    if kind is None and ((text in common and not prose) or text in site):
        kind = "repeated"
    if kind is None:
        if is_caption(text) and not (prose and closing_credit(text)):
            kind = "caption"
        elif prose:
            kind = PROSE
        elif raw.startswith(PARAGRAPH_INDENT):
            # Japanese article paragraphs open with an ideographic space; menus never do
            long = len(text) >= INDENTED_PROSE and shares.japanese(0.3)
            kind = PROSE if long or text.endswith(_SENTENCE_END) else HEADING
        elif lx.DASH_ITEM.match(text) and shares.hiragana(0.15):
            kind = ITEM
        elif lx.BULLET.match(text):
            kind = "bullet"
        elif _looks_like_heading(text, shares):
            kind = HEADING
        else:
            kind = "other"
    return Line(number, raw, kind)


def _furniture_kind(text: str, prose: bool) -> str | None:
    if lx.COPYRIGHT.search(text) and (not prose or len(text) < 120) and not _about_copyright(text, prose):
        return "copyright"
    if lx.INLINE_RELATED.match(text):
        return "related"
    if not prose and (anchor := lx.TAIL_ANCHOR.match(text)) and not _LABEL_GOES_ON.match(text, anchor.end()):
        return "anchor"
    short = not prose and len(text) <= DATE_LINE
    if short and ("ページ" in text or "頁" in text or "age" in text) and lx.PAGER.match(text):
        return "ui"
    if lx.PAYWALL.search(text) or (not prose and (_ui_phrase(text) or lx.UI_START.match(text)
                                                  or lx.READ_MORE.match(text)
                                                  or ("Tweet" in text and lx.TWEET.search(text)))):
        # a date line that also says the article is for members (…10:40 有料記事) is still the date line
        return "date" if short and _DIGIT.search(text) and _is_date_line(text) else "ui"
    if lx.URL_LINE.match(text):
        return "url"
    if short and _is_date_line(text):
        return "date"
    return None


# The marks of a legal notice other than the word 著作権 itself, and the words by which a notice claims the rights
_NOTICE_MARK = re.compile(r"Copyright|COPYRIGHT|©|\([Cc]\)|（[Cc]）|無断|All [Rr]ights [Rr]eserved", re.I)
_RIGHTS_CLAIMED = re.compile(r"帰属|属し|属す|保護され|所有|留保|有して|有します|許諾")
# 著作権 as the first part of a longer word: 著作権法, 著作権者, 著作権侵害, 著作権協会
_COPYRIGHT_COMPOUND = re.compile(r"著作権[\u3400-\u9fff\u30a0-\u30ff]")


def _about_copyright(text: str, prose: bool) -> bool:
    """A line that speaks of copyright rather than claiming it: a sentence on a law, a case, a technology
    (著作権を侵害している音楽データを…ダウンロードした者には…罰金が下される。), or a name or heading
    holding 著作権 in a longer word (改正著作権法の投票結果, 日本音楽著作権協会). A notice (著作権は…に帰属します,
    著作権, ｜著作権｜, 無断転載を禁じます) is still one."""
    if "著作権" not in text or _NOTICE_MARK.search(text) or _RIGHTS_CLAIMED.search(text):
        return False
    return prose or all(_COPYRIGHT_COMPOUND.match(text, at) for at in _all_at(text, "著作権"))


def _all_at(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


_DIGIT = re.compile(r"[0-9０-９]")
NEWS_WORDS_AROUND = 8  # Japanese characters beside a word news shares with buttons that make the line news


def _ui_phrase(text: str) -> bool:
    """Button and sign-up words; words that news also uses (ツイート, シェア, 発売中, 特集：) count only in a
    line that says little else: 「トランプ氏のツイートが波紋」 is a headline, 「Facebookでシェアする」 a button."""
    found = lx.UI_PHRASES.search(text)
    if found is None:
        return False
    matches = list(lx.UI_PHRASES.finditer(text))
    if any(not lx.NEWS_WORDS.fullmatch(match.group(0)) for match in matches):
        return True
    rest = lx.UI_PHRASES.sub("", text)
    return sum(map(len, _JAPANESE_RUNS.findall(rest))) < NEWS_WORDS_AROUND


_READING = re.compile(r"[（(][\u3041-\u309fー]+(?:[・\s\u3000][\u3041-\u309fー]+)*[）)]")


LABEL_BEFORE, LABEL_AFTER = 10, 6  # characters around a date where its label (公開, 配信, 更新…) stands


def _labelled(text: str, start: int, end: int) -> bool:
    """A date's label right before or after it, no word between (更新日：…, …15:40配信; not …から配信開始)."""
    before = text[max(start - LABEL_BEFORE, 0) : start]
    after = text[end : end + LABEL_AFTER]
    return any(not _HIRAGANA.search(before[label.end():]) for label in lx.DATE_LABEL.finditer(before)) or any(
        not _HIRAGANA.search(after[: label.start()]) for label in lx.DATE_LABEL.finditer(after))


def _is_date_line(text: str) -> bool:
    found = find_datetime(text, yearless=True)
    if found is None:
        return False
    # a label counts beside a date only (配信：…, …15:40配信, … (…更新)): a headline's 8月31日から配信開始 is no
    # date line
    labelled = lx.DATE_LABEL.search(text) is not None and any(
        _labelled(text, day.start, day.start + len(day.text)) for day in all_datetimes(text, yearless=True))
    if len(found.text) >= len(text) * 0.4 or labelled:
        rest = _READING.sub("", text.replace(found.text, ""))  # a name's reading in brackets (やまだ・たろう)
        # 「2012年2月22日に発売されました」 is a sentence about a date, not a date line
        return labelled or len(_HIRAGANA.findall(rest)) < 5
    return False


# An HTML tag left in a page's text (<b>, </span>, <br/>): its > and / are no menu's separators.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,60})?/?>")


def without_tags(text: str) -> str:
    """The line without the HTML tags its page's text kept (米中外相会談 <b>速報</b>), to count its separators."""
    return _MARKUP_TAG.sub("", text) if "<" in text else text


def _looks_like_heading(text: str, shares: _Shares) -> bool:
    """A short title-like line: a headline, a subheading, or a menu entry."""
    if len(text) < 4 or len(text) > 80:
        return False
    if len(lx.MENU_SEPARATORS.findall(without_tags(text))) >= 2:
        return False
    return shares.japanese(0.3) or bool(_LATIN_WORD.search(text))


def furniture_candidates(raw: str, max_length: int = 30) -> set[str]:
    """Short non-sentence lines of a page: those that may turn out to be site furniture."""
    return {
        text
        for line in raw.split("\n")
        if (text := line.strip()) and len(text) <= max_length and not is_prose(text)
    }
