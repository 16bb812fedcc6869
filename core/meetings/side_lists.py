"""Sides named in a list or by their government, head or official: a local government (広島市, 香港政府), one named
by its head (大阪府の知事は), a country named by its official (日本の外相と), and the countries or towns listed by a
comma or や that end in the subject or the partner (米国と韓国、日本は, 川崎市や相模原市と)."""

from __future__ import annotations

import re
from bisect import bisect_left

from core.meetings.people import SUBJECT_AFTER
from core.nlp.offices import office_after


# 広島市, 宮崎県, 大阪府, 東京都, 北海道, カリフォルニア州: a local government, which meets as a body
_LOCAL_GOVERNMENT = re.compile(r"(?:[\u4e00-\u9fff\u30a1-\u30ffー]{1,10}(?:市|県|府|州|町|村|区)|東京都|北海道)")
# 大阪府の知事は, 福岡市の市長と, 鳥取県と島根県の両知事は: a local government named by its head, unnamed
LOCAL_HEAD = re.compile(r"の(?:両|各|[2-9２-９二三四五六七八九])?(?:副)?(?:知事|市長|町長|村長|区長|首長|行政長官)(?:ら)?"
                        r"(?=(?:は|が|と|や|、))")
# ソウル市長と, ニューヨーク市長は, 香港の行政長官と: a city or a territory written by the name alone, its head unnamed after
# it (glued or after の), meets as its local government does (福岡市の市長と)
_HEADED = re.compile(r"(?:市|州|特別行政区)?の?(?:副)?(?:知事|市長|行政長官)(?:ら)?(?=(?:は|が|と|や|、))")
# 元ソウル市長と, 前大阪府知事と, 次期ニューヨーク市長と: a head of another time, written before the place, is no
# side for it (the place meets through the head who holds the office now)
_OTHER_TIME_HEAD = ("元", "前", "旧", "次期", "新")
# 日本政府, 台湾当局, カナダ連邦政府: a country named with its government
GOVERNMENT_WORDS = ("政府", "当局", "連邦政府", "中央政府")
# 香港政府, パレスチナ自治政府, コソボ当局: a place named with its government, which meets as a side
_GOVERNED = re.compile(r"(?:自治政府|暫定政府|政府|当局|行政府)(?=(?:は|が|と|との|とも|や|、))")


def local_governments(body: str, places) -> list:
    """The places named as a local government (広島市とJR西日本が協議: the city is a side), with their government
    (香港政府は中国政府と協議: the territory is a side) or by their head unnamed (ソウル市長と, 香港の行政長官と); none
    after a head of another time's mark (元ソウル市長と: the former mayor, not the city)."""
    return [m for m in places if m.type == "LOC" and not body.endswith(_OTHER_TIME_HEAD, 0, m.start)
            and (_LOCAL_GOVERNMENT.fullmatch(body, m.start, m.end) is not None or _GOVERNED.match(body, m.end)
                 or _HEADED.match(body, m.end))]


# 日本の外相と, 韓国の第1外務次官は, サウジアラビアの皇太子が, インドネシアの大統領夫妻が (with the spouse): a country's
# official named by office after の; a minister by any portfolio, as
# Japanese news writes one with 相 (ロシアの経済発展相と, サウジアラビアのエネルギー相と), not a word ending in 相
# (日本の様相が, 事件の真相は), and an official by rank (米国の大統領補佐官と, 中国の高官と, 韓国の閣僚らと), or a
# state's people by what they are (日本の政治家と, 中国の指導者と, 韓国の特使と, 日本の外交官と); the officials
# a meeting is of (日本と中国の外相による会談, 両国の外相の会談); the chair of a state's parliament or council (韓国の
# 国会議長と, 米国の下院議長が, キューバの国家評議会議長は), an official of that state as its ministers are; the last of
# countries listed, with what they are (インドネシア、マレーシア両国の外相と, A、B、Cの3か国の首脳と); a country's side's
# official (ロシア側の代表と, 北朝鮮側の首席代表は)
_OFFICIAL_OF = re.compile(r"(?:の?(?:両国|[2-9２-９二三四五六七八九](?:か|カ|ヶ|ケ)国)|側)?の(?P<office>(?:第\d+)?(?:[\u4e00-\u9fff]{0,4}(?:外相|外務次官|次官|首相|大統領|大臣|長官|代表|大使|"
                          r"補佐官|高官|閣僚|首脳|主席|総統|政治家|要人|指導者|指導部|外交官|特使)|[\u4e00-\u9fff]{0,5}議長|国王|女王|皇太子|(?:[\u4e00-\u9fff]{1,4}|[\u30a1-\u30faー]{2,8})(?<![様真世実位皮形手宰])相))"
                          r"(?:夫妻)?(?:ら)?(?:と|や|、|は|が|による|の(?:会談|協議|交渉|会合))")


def official_of(body: str, actors, mention) -> re.Match | None:
    """日本の外相と, エジプトの情報長官は: a country's official named by office after の, else None (日米韓の外相は: the
    countries of a compound are read together)."""
    found = _OFFICIAL_OF.match(body, mention.end)
    if found and found.group(0)[-1] in "はが" and any(m.type == "GPE" and m.end == mention.start for m in actors):
        return None
    return found


# the joint of a country listed before another (インドネシア、マレーシアの, 中国・ロシアの, 米国や英国の, 日本と中国の)
_COUNTRY_JOINT = re.compile(r"(?:、|・|や|と(?!して|いう|なる))")


def listed_official(body: str, actors, mention) -> re.Match | None:
    """インドネシア、マレーシアの両外相と, 中国・ロシアの首脳と, A、B、Cの3か国の外相は: a country listed before others whose
    list ends in a country's official (official_of) is that official's country too, its office the same; else None.
    actors: sorted by their start."""
    position = mention.end
    for _ in range(8):  # a list of at most eight countries (a hostile page's long list reads no further)
        joint = _COUNTRY_JOINT.match(body, position)
        if joint is None:
            return None
        at = bisect_left(actors, joint.end(), key=lambda m: m.start)  # (actors by position: no walk over a page's names)
        following = next((m for m in actors[at : at + 3] if m.start == joint.end() and m.type == "GPE"), None)
        if following is None:
            return None
        official = _OFFICIAL_OF.match(body, following.end)
        if official is not None:
            return official
        position = following.end
    return None


def joined_to_subject(body: str, actors, position: int, before: int, partner: bool = False) -> bool:
    """Whether the names listed from position (B, Cは) end in the subject of the sentence, before before (with
    partner: or in the partner, B、Cと)."""
    for m in actors:
        if m.start < position or m.type not in ("PERSON", "GPE", "ORG", "LOC"):
            continue
        if m.start != position or m.end > before:
            return False
        title = office_after(body, m.end)
        after = title.end() if title and title.start() == m.end else m.end
        head = LOCAL_HEAD.match(body, after) if m.type == "LOC" else None
        after = head.end() if head else after  # 兵庫県、大阪府の知事は
        official = official_of(body, actors, m) if m.type == "GPE" and after == m.end else None
        if SUBJECT_AFTER.match(body, after) or official and official.group(0)[-1] in "はが":
            return True  # B、Cは; B、Cの外相は: the list ends in the subject
        if partner and body.startswith("と", after) and not body.startswith("として", after):
            return True  # AやBと協議: the list ends in the partner
        joint = re.match(r"(?:と|、|や|＆|&)", body[after : after + 1])
        if joint is None:
            return False
        position = after + 1
    return False


def joined_side(body: str, actors, position: int, partner, start: int) -> bool:
    """Whether a country's or a town's partner mark joins it to another side: と (日本とオーストラリアは), or a comma
    or や in a list that ends in the subject or the partner (米国と韓国、日本は, 川崎市や相模原市と; not
    中国とロシア、イランの外相は: officials)."""
    if body.startswith(("と", "を相手に", "を相手として"), position):
        return True  # (中国と韓国を相手に交渉: the ones across the table, as と names them)
    return partner.group(0) in ("、", "や") and joined_to_subject(body, actors, partner.end(), start, True)
