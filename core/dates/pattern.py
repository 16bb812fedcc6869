"""The one regular expression that finds Japanese date expressions, and the words it is built from."""

from __future__ import annotations

import re

from core.dates.fiscal import FISCAL_REL


ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
WEEKDAYS = "月火水木金土日"  # index = date.weekday()
ANAPHORIC = "同前翌当"  # first character of words that point back into the text
REL = {
    "今年": 0, "本年": 0, "昨年": -1, "去年": -1, "一昨年": -2, "来年": 1, "再来年": 2,
    "同年": 0, "前年": -1, "翌年": 1,
    "今月": 0, "先月": -1, "先々月": -2, "来月": 1, "再来月": 2, "同月": 0, "前月": -1, "翌月": 1,
    "今週": 0, "先週": -1, "先々週": -2, "来週": 1, "再来週": 2, "同週": 0, "前週": -1, "翌週": 1,
    "今日": 0, "本日": 0, "きょう": 0, "昨日": -1, "きのう": -1, "一昨日": -2, "おととい": -2,
    "明日": 1, "あす": 1, "あした": 1, "同日": 0, "当日": 0, "前日": -1, "翌日": 1,
    "前々日": -2, "翌々日": 2, "今朝": 0, "今夜": 0, "今晩": 0, "昨夜": -1, "昨晩": -1,
}
DAY_WITH_PART = {"今朝", "今夜", "今晩", "昨夜", "昨晩"}
_YEARS, _MONTHS, _WEEKS = ([w for w in REL if w.endswith(unit)] for unit in "年月週")
_DAYS = [w for w in REL if w not in _YEARS + _MONTHS + _WEEKS]


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # longest first: 前々日 before 前日


_N = r"(?<![0-9.,．，第約])"  # a whole number, not a count (約10日, 第11日)
_ERA_YEAR = rf"(?:{_alt(ERAS)})(?:[0-9]{{1,2}}|元)年"
_YEAR = (rf"(?:(?P<era>{_alt(ERAS)})(?P<ey>[0-9]{{1,2}}|元)年(?:[(（](?:19|20)[0-9]{{2}}年?[)）])?"
         rf"|{_N}(?P<y>(?:19|20)[0-9]{{2}})年(?:[(（]{_ERA_YEAR}[)）])?"
         rf"|(?P<yrel>{_alt(_YEARS)}))(?!度|代|間|比|同期)")
_MONTH = rf"(?:{_N}(?P<m>[0-9]{{1,2}})月(?!間|期|連続|ぶり|目)|(?P<mrel>{_alt(_MONTHS)})(?!比))"
_DAY_END = r"日(?!間|当|あたり|連続|ぶり|目)"
_DAY = (rf"(?:(?P<dpre>(?<![\u4e00-\u9fff々])[同翌](?=[0-9]{{1,2}}日))?{_N}(?P<d>[0-9]{{1,2}})(?:(?P<dd>{_DAY_END})"
        # a bare first day only when a second one follows: 10〜11日, 10、11両日
        r"|(?=[〜～~\-－‐][0-9]{1,2}日(?!間)|[、・][0-9]{1,2}(?:日(?!間)|の?両日)))"
        rf"|(?P<drel>{_alt(_DAYS)})(?![本銀程比]))")  # 前日本大使, 前日銀総裁, 同日程
_WEEK = rf"(?P<wrel>{_alt(_WEEKS)})(?!比)"
_PART_OF_DAY = r"午前|午後|未明|早朝|朝(?!鮮|日)|昼(?!食)|正午|夕方|夕刻|深夜|夜|晩(?!餐|年|秋|婚)"
_WD = rf"(?P<wd>[月火水木金土日])曜日?(?P<wpod>{_PART_OF_DAY})?"
_PAREN_WD = r"(?:[(（][月火水木金土日](?:曜日?)?[)）])?"
_DAY_TAIL = (
    _PAREN_WD
    + rf"(?P<pod>{_PART_OF_DAY})?"  # 22日の夜: the news gold's DATE ends at the day
    + r"(?:(?P<hh>[0-9]{1,2})時(?!間)(?:[0-9]{1,2}分|半)?)?"
    # 10、11日 and 10日、11日の両日 are one range; 15日、28日 are two days
    + r"(?:(?:(?:[〜～~\-－‐]|から)(?:(?P<y2>(?:19|20)[0-9]{2})年(?=[0-9]{1,2}月))?(?:(?P<m2>[0-9]{1,2})月)?|[、・](?(dd)(?=[0-9]{1,2}日?の?両日)))"
    + r"(?P<d2>[0-9]{1,2})(?:日?の?両日|日(?!間))" + _PAREN_WD + ")?"
)
_SUB = r"(?P<sub>上旬|中旬|下旬|初旬|上半期|下半期|前半|後半|末|初め|初頭|明け|(?:春夏|秋冬|春|夏|秋|冬)(?![季期闘]))?"
# a range of months (4月〜9月, 7月から9月, 2008年12月から2009年2月) is one span
_MONTHS_TO = (r"(?:[〜～~\-－‐]|から)(?:(?P<my2>(?:19|20)[0-9]{2})年)?(?P<mm2>[0-9]{1,2})月(?!間|期|連続|ぶり|目|[0-9])")
_FISCAL = (rf"(?P<fiscal>(?:(?P<fera>{_alt(ERAS)})(?P<fey>[0-9]{{1,2}}|元)|{_N}(?P<fy>(?:19|20)[0-9]{{2}})"
           rf"|(?P<frel>{_alt(FISCAL_REL)}))年度(?!比|同期)(?P<fsub>末|初め|当初|上半期|下半期|上期|下期|前半|後半)?)")
_START = re.sub(r"\(\?P<\w+>", "(?:", "|".join((_YEAR, _MONTH, _DAY, _WEEK, _WD)))
_FIRST = "".join(sorted(set("0123456789数十半先近こ現年月週" + WEEKDAYS).union(w[0] for w in [*ERAS, *REL, *FISCAL_REL])))
PATTERN = re.compile(
    rf"(?=[{_FIRST}])"  # most positions start nothing: fail them on one character test
    r"(?:(?P<slash>(?<![0-9/])(?P<sy>(?:19|20)[0-9]{2})/(?P<sm>[0-9]{1,2})/(?P<sd>[0-9]{1,2})(?![0-9/]))"
    r"|(?P<off>(?<![0-9.,．，])(?P<n>[0-9]{1,3}|数十|十数|数|半)"
    r"(?P<unit>時間|日|週間|週|[カかヵヶケ]月|年)(?P<dir>前|後)(?![後半]))"
    # 近く ("soon") and このほど ("recently") are adverbs, not dates: not listed
    r"|(?P<vague>先ごろ|先頃|先日|近日中)"
    r"|(?P<season>(?P<srel>今|昨|来|この)(?P<sname>春|夏|秋|冬))(?![季期])"
    rf"|{_FISCAL}"
    rf"|(?P<cal>(?P<tz>(?:日本|現地)時間)?(?={_START})(?:{_YEAR})?(?:{_MONTH})?"
    rf"(?:{_DAY}{_DAY_TAIL}|(?(m){_MONTHS_TO}|(?!))|(?:{_WEEK})?(?:{_WD})?{_SUB}))"
    r"|(?P<alone>(?<![0-9今本昨前来翌同新次当])年度(?:末|内)|年内|年末|年初|年明け|年始|月末|月初め|月初|(?<!正)月明け|週末|週明け))"
)
