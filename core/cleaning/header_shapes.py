"""What a line of a page's header looks like: title-like, a kicker, a headline written in words, a
sentence, a breadcrumb or a menu, a byline. The headline's choice (core.cleaning.headline_choice) and the
other readers of a header (a portal's boxes, a headline's two halves, the lead) ask here."""

from __future__ import annotations

import re

from core.cleaning import bylines
from core.cleaning.datelines import reporter_prefix
from core.cleaning.person_names import is_person_name
from core.cleaning.lines import Line, japanese_share, without_tags

TITLE_KINDS = ("heading", "other")
KICKER = re.compile(r"^[【〈《\[［][^】〉》\]］]{1,20}[】〉》\]］]$")
DECORATED = re.compile(r"^[☆★■□◆◇●○▼▽▲△▶►♪]")
EXCLAIMED = ("！", "？", "!", "?", "！」", "？」")
# A series' label over its headline (【連載】アジアの現場から, ＜特集＞揺れる同盟, 連載　第3回, シリーズ・外交の舞台裏（5）,
# 第12回): the name of a column of articles, neither the headline nor a half or a kicker of it.
SERIES_WORD = r"(?:短期連載|集中連載|連載|特集|シリーズ|コラム)"
_SERIES = re.compile(rf"^(?:[【＜<〈《\[［]\s*{SERIES_WORD}[^】＞>〉》\]］]{{0,12}}[】＞>〉》\]］]"
                     rf"|{SERIES_WORD}(?:$|[\s\u3000:：・／/]))|^第\s*[0-9０-９]+\s*回$")
SERIES_LABEL_LENGTH = 30  # characters of a series' label at most


def series_label(text: str) -> bool:
    """A short line naming a series or a numbered instalment, not written as a sentence."""
    return len(text) <= SERIES_LABEL_LENGTH and bool(_SERIES.match(text)) and not text.endswith(SENTENCE_STOP)


# A news site's section named on its own line, bare or in brackets (国際, 【国際】, 政治・外交, ［ワールド］, 経済ニュース,
# 国際・アジア): the label the page files the article under, never a kicker of the headline (【普天間移設推進派】, 【独自】,
# 【速報】 are) nor one half of it.
_SECTION_NAME = (r"(?:国際|政治|外交|安全保障|経済|社会|国内|海外|世界|ワールド|地域|地方|全国|企業|業界|産業|金融|マーケット"
                 r"|マネー|ビジネス|スポーツ|エンタメ|エンターテインメント|芸能|文化|ライフ|くらし|暮らし|生活|科学|サイエンス"
                 r"|テクノロジー?|IT|医療|健康|教育|環境|事件|事故|災害|選挙|オピニオン|論説|社説|アジア|欧州|ヨーロッパ"
                 r"|北米|米州|中南米|中東|アフリカ|オセアニア|アジア太平洋|太平洋|World|Politics|Business|Tech|Sports)")
_SECTIONS = rf"{_SECTION_NAME}(?:\s*[・/／、]\s*{_SECTION_NAME})*\s*(?:ニュース|News)?"
# (an archive's heading of a year's section names it too: 2010年の国際ニュース)
_SECTION_LABEL = re.compile(rf"^(?:(?:(?:19|20)\d{{2}}年の?)?{_SECTIONS}|[【〈《\[［＜<]\s*{_SECTIONS}\s*[】〉》\]］＞>])$")


def section_label(text: str) -> bool:
    """The line only names a news site's sections (国際, 【政治】, 政治・外交, 経済ニュース), bare or in brackets."""
    return len(text) <= SERIES_LABEL_LENGTH and bool(_SECTION_LABEL.match(text.strip()))


# A line set between dashes or waves (～…～, ―…―) is a subheading: the headline is written bare.
WRAPPED = re.compile(r"^[～〜―─—‐－-]{1,2}.{4,}[～〜―─—‐－-]{1,2}$")
# A sentence's worth of words set in brackets of its own or after a dash (〈…〉, 《…》, （…）, ――…) is a lead: pages
# print the headline bare, and the words that open the text so.
BRACKETED_LEAD = re.compile(r"^(?:〈[^〈〉]{16,}〉|《[^《》]{16,}》|（[^（）]{16,}）|\([^()]{16,}\)|(?:――|──|——)[^―─—]{16,})$")
TITLE_REACH = 8  # non-blank lines above the body (or the date line) where the headline stands
HEADLINE_LENGTH = 15  # characters from which a line above the date line reads as a headline
MENU_ITEM = 6  # characters of a menu's entries at most (ホーム, スポーツ, ランキング)
SHORT_HEADLINE = 6  # characters of the shortest headlines (訃報山城新伍氏, 東京で広範囲に異臭)
SENTENCE_STOP = ("。", "．")
# (トップ and ホーム as words of their own: a headline's ストップ, デスクトップ, マイホーム name no section)
SECTION_WORDS = re.compile(r"ニュース|記事|詳細|一覧|特集|トピックス|ランキング|カテゴリ|メニュー|(?<![ァ-ヺ])(?:トップ|ホーム)")
_HEADLINE_MARKS = re.compile(r"[\u3041-\u309f、「」『』！？!?\u3000]")
_WIDE_GAP = re.compile(r"\s{3,}|\u3000{2,}")
STATED_LENGTH = 60  # characters of a headline written as a sentence at most
_ITEM_OR_LABEL = re.compile(r"^[・※◆◇■□●○★☆▼▽\-－]|^[^\s：:。、]{1,12}[：:]")


_QUOTED_WORDS = re.compile(r"「[^「」『』]*」|『[^「」『』]*』")
QUOTED_LENGTH = 80  # characters of a headline quoting words at most (as of one closed by ！ by the date line)


def quoted_headline(text: str) -> bool:
    """A short line whose sentence stops stand only inside its quotes (「謝罪を求めます。」, 「…。」と首相, 知事「…。」):
    a headline quoting someone's words, not a sentence of the text (…と述べた。 closes outside them)."""
    if len(text) > QUOTED_LENGTH or not any(stop in text for stop in SENTENCE_STOP) or _ITEM_OR_LABEL.match(text):
        return False
    outside = text
    while (unquoted := _QUOTED_WORDS.sub("", outside)) != outside:  # (quotes inside quotes: 「…「…」…。」)
        outside = unquoted
    return not any(stop in outside for stop in SENTENCE_STOP)


def one_sentence(text: str) -> bool:
    """A short line that is one sentence closed by 。, not a list item or a labelled value (・表示：…します。)."""
    return (len(text) <= STATED_LENGTH and text.endswith(SENTENCE_STOP) and text.count("。") + text.count("．") == 1
            and not _ITEM_OR_LABEL.match(text))


def written_headline(line: Line) -> bool:
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) >= HEADLINE_LENGTH and bool(_HEADLINE_MARKS.search(text))
            and japanese_share(text) >= 0.3 and not menu_like(text) and not WRAPPED.match(text))


KANA_MARKS = re.compile(r"[\u3041-\u309f]|[、「」『』！？]")


def latin_headline(text: str) -> bool:
    """A headline long enough, whose brand and product names in Latin letters are joined by kana and Japanese
    marks (Apple、新型MacBook Proを発表): written words, not an English menu or a site's name."""
    return len(text) >= HEADLINE_LENGTH and len(KANA_MARKS.findall(text)) >= 2 and not menu_like(text)


def headline_like(line: Line) -> bool:
    return line.kind in TITLE_KINDS and len(line.stripped) >= HEADLINE_LENGTH and not menu_like(line.stripped)


_SPACED_SLASH = re.compile(r"\s[/／]\s")


def menu_like(text: str) -> bool:
    """A breadcrumb (ニュース > 地域 > 記事), a pager (前のページ | 1 | 2), several items on one line."""
    text = without_tags(text)  # (the > and / of <b>速報</b> part no crumbs)
    crumbs = text.count(">") + text.count("＞") + text.count("»") + text.count("›")
    if crumbs < 2 and ("/" in text or "／" in text):  # (ニュース / 政治 / 外交: a slash between spaces parts crumbs too)
        crumbs += len(_SPACED_SLASH.findall(text))
    return (crumbs >= 2 or text.count("|") + text.count("｜") >= 3
            or (("  " in text or "\xa0" in text or "　　" in text) and len(_WIDE_GAP.findall(text)) >= 2)
            or row_of_items(text))


# A line closed as a clause: a verb's, an adjective's or an ending's end form (…している, …を決めた, …ようだ,
# …だろう, …させる, …でしょうか, …方針へ, …難しい; not a noun's い: 狙い, 違い); a headline ends with a noun, a mark or a bracket.
_CLAUSE_CLOSE = re.compile(r"(?:[るただうすかへずぬ]|[\u3041-\u309f]い)$")
DECK_CLAUSE_LENGTH = 20  # characters of a deck written as a sentence at least


def clause_closed(text: str) -> bool:
    """The text ends as a clause does (a verb's, an adjective's or an ending's end form), not as a headline."""
    return bool(_CLAUSE_CLOSE.search(text))


def clause_deck(upper: str, lower: str) -> bool:
    """lower reads as the deck of upper: a sentence's clause without its 。 (a verb's end form, …へ, …か), longer than
    upper, which is closed as a headline is (a noun, a mark, a bracket), not as a clause."""
    return (len(lower) >= DECK_CLAUSE_LENGTH and len(lower) > len(upper) and bool(_CLAUSE_CLOSE.search(lower))
            and not _CLAUSE_CLOSE.search(upper) and not upper.endswith(("、", "…")) and not series_label(upper))


ROW_ITEMS = 4  # words a row of menu entries or share buttons has at least
ROW_ITEM = 9  # characters of each of them at most (ホーム, スポーツ, はてなブックマーク)


def row_of_items(text: str) -> bool:
    """Short words parted by single blanks, none written as running text: a site's menu or a bar of share buttons
    printed on one line (ホーム　ニュース　政治　経済, ツイート　シェア　はてブ　LINE). A headline parted by blanks
    has fewer and longer parts (【独自】　元幹部が批判　「検閲」)."""
    if " " not in text and "\u3000" not in text and "\t" not in text:
        return False
    items = text.split()
    if len(items) < ROW_ITEMS:  # (fewer words when each is the site's own: メニュー　検索, ログイン　会員登録)
        return len(items) >= 2 and all(_CHROME.fullmatch(item) for item in items)
    return all(len(item) <= ROW_ITEM for item in items) and not _ROW_WRITTEN.search(text)


_ROW_WRITTEN = re.compile(r"[、。，．「」『』！？!?]")
# The words of a site's own buttons and menus
_CHROME = re.compile(r"メニュー|検索|ログイン|ログアウト|会員登録|新規登録|マイページ|閉じる|戻る|設定|ホーム|トップ|TOP|MENU"
                     r"|Menu|Search|サイトマップ|お知らせ|ヘルプ|English|日本語")


class LineBylines:
    """What byline each header line holds, each line read once: the headline's search and the byline's ask twice."""

    def __init__(self) -> None:
        self._names: dict[int, list[str]] = {}
        self._person: dict[int, bool] = {}

    def names(self, line: Line) -> list[str]:
        """Author names if the line is a byline, else [] (a copy: callers may keep it)."""
        key = id(line)
        if key not in self._names:
            self._names[key] = bylines.byline_names(line.stripped)
        return list(self._names[key])

    def is_person(self, line: Line) -> bool:
        """The line is only a person's name."""
        key = id(line)
        if key not in self._person:
            self._person[key] = is_person_name(line.stripped)
        return self._person[key]

    def is_byline(self, line: Line) -> bool:
        """A short line that is a byline, only a person's name, or a dateline naming the writer (北京＝鈴木花子)."""
        return (line.kind in TITLE_KINDS and len(line.stripped) <= 30
                and bool(self.names(line) or self.is_person(line) or reporter_prefix(line.stripped)))


def possible_headline(line: Line) -> bool:
    """A line that may be a headline: a short one naming a section or a page (ニュース詳細, 記事一覧) is not."""
    text = line.stripped
    return (line.kind in TITLE_KINDS and len(text) >= SHORT_HEADLINE and japanese_share(text) >= 0.3
            and (len(text) >= HEADLINE_LENGTH or not SECTION_WORDS.search(text)))
