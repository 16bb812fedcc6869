"""Titles and honorifics that follow a person's name in Japanese news (ルビオ米国務長官, 習主席)."""

from __future__ import annotations

import re
import threading

# Longest first inside the alternation so 国務長官 wins over 長官.
OFFICE_WORDS = sorted(
    """
    国務長官 国防長官 財務長官 商務長官 長官 副長官 外務大臣 防衛大臣 財務大臣 大臣 外相 副外相 財務相
    国防相 防衛相 経済相 商務相 通商相 貿易相 内相 法相 蔵相 産業相 エネルギー相 首相 副首相 総理
    副総理 大統領 副大統領 国家主席 副主席 主席 報道官 副報道官 報道局長 通商代表 特使 特別代表
    補佐官 次官 外務次官 事務次官 大使 駐日大使 議長 委員長 書記長 総書記 第1書記 事務総長 検事総長 検察総長 事務局長
    総裁 総統 国王 皇太子 首席 上院議員 下院議員 議員 知事 市長 町長 村長 区長 最高指導者 司令官 参謀総長 外交部長
    国防部長 外交担当 上級代表 欧州委員長 大統領報道官 代表 党首 幹事長 官房長官 政調会長 政策調査会長 総務会長 氏 さん 夫人
    教皇 法王 女王 皇帝 首長 大公 総主教 判事 裁判官 裁判長 准将 将軍 大司教 枢機卿
    """.split(),
    key=len,
    reverse=True,
)
# Written between a name and its title: 前/元/新 and the country (ルビオ米国務長官, 王毅・中国外相).
# 前/元 may also come first: ラフィーク・ハリーリー元レバノン首相.
_QUALIFIER = (r"(?:前|元|新|現|次期)?(?:[・\s]?(?:[米中日韓朝露ロ英仏独伊加豪印比越台]|[\u30a0-\u30ff]{2,8}|"
              r"[\u4e00-\u9fff]{1,3}国))?(?:前|元|新|現|次期)?")
# A consort's and a princess's titles end a name as offices do (レティシア王妃, アマリア王女) but alone they name
# no seat the registry keeps, so a bare one stays a title as written where claims and meetings read people
# (OFFICE_WORDS). The emperor's names are the registry's with their title (明仁天皇); 天皇 alone stays a word.
ROYAL_TITLES = ("王妃", "王女")
# 王子 is a title only right after a name in katakana (アリ王子, ハリー王子, ワリード王子): after kanji it ends a place
# (八王子, 王子駅) or a nickname (ハンカチ王子 is a name too, and is a person's)
_PRINCE = r"(?<=[\u30a1-\u30faー])王子"
OFFICE_RE = "(?P<office>" + "|".join(sorted(OFFICE_WORDS + list(ROYAL_TITLES), key=len, reverse=True) + [_PRINCE]) + ")"
# A few kanji may specify the office further (field): 陸軍長官, 外務大臣, 安全保障担当大統領補佐官; a portfolio written with 担当
# before it may be longer (国家安全保障担当大統領補佐官, 経済・財政担当相は no office word: MINISTRY_AFTER).
OFFICE_AFTER = re.compile(_QUALIFIER + r"(?:[\u4e00-\u9fff\u30a1-\u30faー・]{1,10}?担当)?(?P<field>[\u4e00-\u9fff]{0,4})" + OFFICE_RE)
# Written before the name in translated and wire copy: 財務長官ベッセント, 通商代表グリーア.
OFFICE_BEFORE_NAME = re.compile(
    OFFICE_RE.replace("?P<office>", "?:") + r"(?P<name>[\u30a1-\u30faー]{2,}(?:・[\u30a1-\u30faー]+)*(?:[0-9０-９]{1,2}世)?)(?![\u30a1-\u30faー・0-9０-９])"
)
HONORIFICS = ("氏", "さん", "夫人")
# Titles of people outside government: 王貞治監督, 近藤社長, 鈴木選手 (the readers add their own further words)
PRIVATE_TITLES = (r"社長|会長|監督|弁護士|教授|枢機卿|オーナー|選手|投手|コーチ|専務|常務|取締役|"
                  r"理事長|宮司|学長|院長|所長|署長|館長|支配人|店長|主将|最高経営責任者|CEO|"
                  # キム・チャングン(62才)容疑者は: the suspect is the topic; 勝木容疑者が…と断定し: the police's finding
                  r"(?:容疑者|被告人|被告|死刑囚|受刑者)(?=は)")
# A broadcaster's or a paper's people by their trade, after the name as a title: 小宮アナ, 安藤キャスター, 山田記者
# (アナ not after katakana: グレアナ is a title's short form)
MEDIA_TRADES = r"アナウンサー|(?<![\u30a1-\u30faー])アナ|キャスター|リポーター|レポーター|プロデューサー|ディレクター|記者"
# A minister named by a shortened ministry and 相 (経産相, 国交相, 文科相); 相 ends the word (not 相互).
# The office is the whole shortened title (統一相 is no 国防相).
# A portfolio with 担当 is a minister's too (経済再生担当相, 沖縄・北方担当相).
MINISTRY_AFTER = re.compile(_QUALIFIER + r"(?P<office>(?:[\u4e00-\u9fff\u30a1-\u30faー・]{1,10}?担当|[\u4e00-\u9fff]{2,4})相)(?![\u4e00-\u9fff])")


# Names listed before a title they share: ブッシュ、プーチン両大統領, 麻生、ライス、潘基文の3外相 (each name with
# no particle; two to five of them)
_SHARED_TITLE = re.compile(r"(?:[、・と][\u30a1-\u30fa\u4e00-\u9fffー・]{1,12}?){1,4}の?(?:両|[2-5２-５二三四五])"
                           + OFFICE_RE.replace("?P<office>", "?P<shared>"))
_OFFICE_ONLY = re.compile(OFFICE_RE)


def shared_title(text: str, position: int) -> re.Match | None:
    """The title a list of names starting at position shares (、プーチン両大統領: 大統領), as a match of the office
    word alone, or None."""
    listed = _SHARED_TITLE.match(text, position)
    return _OFFICE_ONLY.match(text, listed.start("shared")) if listed else None


# The titles found in the text last read on this thread, by position: detection's passes ask about the
# same places again and again (after each surname, each name the tagger found), three times each on average.
_recent = threading.local()
_UNSEEN = object()


def office_after(text: str, position: int) -> re.Match | None:
    """A title starting at position (after an optional country and 前/元), or None."""
    memo = getattr(_recent, "memo", None)
    if memo is None or memo[0] is not text:
        memo = _recent.memo = (text, {})
    found = memo[1].get(position, _UNSEEN)
    if found is _UNSEEN:
        found = memo[1][position] = OFFICE_AFTER.match(text, position) or MINISTRY_AFTER.match(text, position)
    return found


def office_for_name(text: str, position: int, listed: bool = True) -> re.Match | None:
    """The title a name ending at position holds: an office right after it, or (when listed) the one a list of
    names starting there shares (麻生、ライス両外相, ブッシュ、プーチン両大統領), or None."""
    return office_after(text, position) or (shared_title(text, position) if listed else None)


# A leader's title and a word for a person who is theirs (their spokesman, aide, envoy, spouse): ブッシュ大統領報道官,
# 安倍晋三首相夫人, オバマ大統領補佐官, プーチン大統領の報道官. Such a phrase names that person, not the leader, and is no title of the name
# before it; a portfolio before it names the aide's own post (ライス安全保障担当大統領補佐官: Rice is the aide).
THEIR_PEOPLE = "報道官|副報道官|補佐官|特使|夫人"
LEADERS_PERSON = re.compile(r"(?<!担当)(?P<leader>大統領|副大統領|首相|総理|国家主席|主席|総統|国王|女王)"
                            r"の?(?:" + THEIR_PEOPLE + ")$")
