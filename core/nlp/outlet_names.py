"""Newspapers, agencies and broadcasters named where the sentence says they report (朝日によると, 東奥日報の報道),
or on a line of their own with the day they published (秋田魁新報、2006年9月16日。)."""

from __future__ import annotations

import re

from core.model import Mention
from core.scan import finditer

# A newspaper's or agency's short name where the sentence says it reports.
_REPORTS = r"(?=によると|によれば|の報道|が報じ|は報じ|が伝え|は伝え|の取材|の世論調査)"
_MEDIA = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>(?:テレビ)?(?:朝日|読売|毎日|産経|日経|共同|時事)|テレビ東京)" + _REPORTS)
# Any outlet that reports: a name of kanji ending as newspapers and agencies do (東奥日報; not a word
# that counts or points at outlets already named or says their kind: 両新聞, 同通信, 地元新聞), or a
# katakana name (スポーツニッポン) that is not a common word for a source (ニュース, メディア).
_NOT_NAME = r"(?:[両各同当本他]|地元|全国|大手|主要|複数|現地|海外|国内|外国)(?:新聞|日報|新報|通信|放送)"
_NOT_NAMES = re.compile(_NOT_NAME + "$")
_OUTLET = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・])(?P<name>(?!" + _NOT_NAME + ")"
                     r"[\u4e00-\u9fff]{1,6}(?:新聞|日報|新報|通信|放送)"
                     r"|[\u30a1-\u30faー][\u30a1-\u30faー・]{2,14})" + _REPORTS)
# A newspaper or agency named first of a list of outlets that report: 東奥日報・デーリー東北によると,
# 北海道新聞と河北新報が伝えた (a name ending as an outlet's does; the list's others may be of any script; not
# after a count, where a headline runs on into the source line: 3人死亡共同通信・時事通信によると).
_LISTED_OUTLET = re.compile(r"(?<![\u4e00-\u9fff\u30a1-\u30faー・0-9０-９])(?P<name>[\u4e00-\u9fff]{1,6}(?:新聞|日報|新報|通信))"
                            r"(?=(?:[・、と][\u4e00-\u9fff\u30a1-\u30faーA-Za-z]{2,12}){1,3}?(?:" + _REPORTS[3:] + ")")
# An outlet cited on a line of its own with the day it published (秋田魁新報、2006年9月16日。), as news
# sites list their sources: a kanji name ending as newspapers and agencies do.
_CITED_OUTLET = re.compile(r"(?m)^(?P<name>[\u4e00-\u9fff]{1,6}(?:新聞|日報|新報|通信|放送)社?)、\d{4}年")
SOURCE_WORDS = {"ニュース", "メディア", "データ", "レポート", "リポート", "サイト", "ウェブサイト", "ホームページ",
                 "インタビュー", "アンケート", "グループ", "チーム", "メンバー", "スタッフ", "マスコミ", "ブログ",
                 "ツイッター", "テレビ", "ラジオ", "ネット", "インターネット", "プレスリリース", "リリース",
                 "コメント", "スポークスマン", "ジャーナリスト", "アナリスト", "エコノミスト", "カメラ"}


def outlet_mentions(folded: str) -> list[Mention]:
    """ORG mentions of the outlets the article cites."""
    out = []
    out += [Mention(m.start("name"), m.end("name"), "", "ORG", source="compound") for m in finditer(_MEDIA, folded)]
    out += [Mention(m.start("name"), m.end("name"), "", "ORG", source="compound") for m in finditer(_OUTLET, folded)
            if m.group("name") not in SOURCE_WORDS]
    out += [Mention(m.start("name"), m.end("name"), "", "ORG", source="compound") for m in finditer(_CITED_OUTLET, folded)]
    out += [Mention(m.start("name"), m.end("name"), "", "ORG", source="compound") for m in finditer(_LISTED_OUTLET, folded)
            if not _NOT_NAMES.match(m.group("name"))]
    return out
