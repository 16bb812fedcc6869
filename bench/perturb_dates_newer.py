"""Further date forms and placements other outlets print, for bench/perturb_dates.py --newer.

Forms no earlier round writes: kanji numerals (二〇二六年十二月四日, 令和八年十二月四日),
full-width slashes with a weekday, (Thu), 曜日 with 午前/午後, Dec. 4, 2026 and
4 December 2026, a date inside 【】, the update in brackets on the same line, a 配信
date beside a photo's 撮影 day. Placements: the time alone on the line under the day,
the date glued to the outlet's name or to the headline (after it or before it), a byline line (文・写真＝…),
a list of newer dated items above the headline (date first), readers' comments with
their times under the body (the article's date above or at the foot), the day the
page was viewed in the header, relative stamps (3時間前, 昨日 10:00) with that day in
the header, a photo's 撮影 day above the date line, no date at all, and the date on one long line with
share buttons or with a section, a byline and a paywall note, or beside a sidebar's column (w3m lays
layout tables side by side). The gold
follows every change; a page that shows no absolute date has no publication date,
and its true day is kept apart (_reference) to score the inferred reference day.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bench.perturb_pages import _MONTHS, corpus_headlines, page_with_date_line

_WEEKDAYS = "月火水木金土日"
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WIDE = str.maketrans("0123456789:/", "０１２３４５６７８９：／")
_KANJI_DIGITS = "〇一二三四五六七八九"
_NAMES = ("山田太郎", "佐藤健一", "鈴木花子", "高橋誠", "田中美咲")
_BUTTONS = ("ツイート", "シェア", "ブックマーク", "印刷", "メール", "LINEで送る", "Facebookでシェア", "はてなブックマーク",
            "Pocket", "この記事をシェアする", "コメントを書く")
_OUTLETS = ("毎日新聞", "日本経済新聞", "共同通信", "時事通信", "NHK", "読売新聞オンライン", "朝日新聞デジタル")


def kanji_digits(number: int) -> str:
    """A year written digit by digit in kanji (2026 → 二〇二六)."""
    return "".join(_KANJI_DIGITS[int(c)] for c in str(number))


def kanji_number(number: int) -> str:
    """A number under 100 in kanji as dates write it (4 → 四, 12 → 十二, 24 → 二十四, 30 → 三十)."""
    tens, ones = divmod(number, 10)
    if not tens:
        return _KANJI_DIGITS[ones] if ones else "〇"
    return ("" if tens == 1 else _KANJI_DIGITS[tens]) + "十" + (_KANJI_DIGITS[ones] if ones else "")


def _kanji_time(d: datetime) -> str:
    return f"{kanji_number(d.hour)}時" + (f"{kanji_number(d.minute)}分" if d.minute else "")


def _hm(d: datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}"


def _later(d: datetime) -> datetime:
    return d + timedelta(days=1, hours=2, minutes=13)


def _era_kanji(d: datetime) -> str:
    if (d.year, d.month, d.day) >= (2019, 5, 1):
        era, year = "令和", d.year - 2018
    else:
        era, year = "平成", d.year - 1988
    return era + ("元" if year == 1 else kanji_number(year)) + "年"


def _ampm_ja(d: datetime) -> str:
    return f"{'午後' if d.hour >= 12 else '午前'}{d.hour % 12}時{d.minute}分"


def _en_time(d: datetime) -> str:
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'p.m.' if d.hour >= 12 else 'a.m.'}"


NEWER_FORMS = (
    ("kanji numerals", lambda d, t: f"{kanji_digits(d.year)}年{kanji_number(d.month)}月{kanji_number(d.day)}日"
     + (f" {_kanji_time(d)}" if t else "")),
    ("era in kanji numerals", lambda d, t: f"{_era_kanji(d)}{kanji_number(d.month)}月{kanji_number(d.day)}日"
     + (f"　{_kanji_time(d)}" if t else "")),
    ("full-width slashes, weekday", lambda d, t: f"{d.year}/{d.month:02d}/{d.day:02d}".translate(_WIDE)
     + f"（{_WEEKDAYS[d.weekday()]}）" + (f"　{_hm(d)}".translate(_WIDE) if t else "")),
    ("(Thu)", lambda d, t: f"{d.year}/{d.month:02d}/{d.day:02d} ({_EN_WEEKDAYS[d.weekday()]})"
     + (f" {_hm(d)}" if t else "")),
    ("曜日 and 午前/午後", lambda d, t: f"{d.year}年{d.month}月{d.day}日（{_WEEKDAYS[d.weekday()]}曜日）"
     + (f" {_ampm_ja(d)}" if t else "")),
    ("Dec. 4, 2026", lambda d, t: f"{_MONTHS[d.month - 1][:3]}. {d.day}, {d.year}" + (f", {_en_time(d)}" if t else "")),
    ("4 December 2026", lambda d, t: f"{d.day} {_MONTHS[d.month - 1]} {d.year}" + (f" {_hm(d)} JST" if t else "")),
    ("inside 【】", lambda d, t: f"【{d.year}年{d.month}月{d.day}日" + (f" {d.hour}時{d.minute:02d}分" if t else "") + "】"),
    ("update in brackets on the line", lambda d, t: f"{d.year}年{d.month}月{d.day}日"
     + (f" {d.hour}時{d.minute:02d}分" if t else "")
     + f" (最終更新 {_later(d).year}年{_later(d).month}月{_later(d).day}日 {_later(d).hour}時{_later(d).minute:02d}分)"),
    ("配信 beside a 撮影 day", lambda d, t: f"{d.year}年{d.month}月{d.day}日" + (f" {_hm(d)}" if t else "")
     + f"配信　（写真は{(d - timedelta(days=6)).month}月{(d - timedelta(days=6)).day}日撮影）"),
)

NEWER_PLACEMENTS = (
    "in place",
    "time on the next line",               # the day on the date line, the time alone under it
    "glued to the outlet name",            # 毎日新聞2026/12/4 10:00
    "glued to the headline",               # the headline line ends with the date; no date line
    "in a byline line",                    # 文・写真＝山田太郎 2026年… / …　文／山田太郎
    "dated items above the headline",      # 新着: 2026/12/06 11:02 other headline (date first), newer
    "comments with times below",           # the date line in place; readers' comments under the body
    "at the foot, comments below",         # the date line under the body, comments with times under it
    "capture day in the header",           # the day the page was viewed, atop the page
    "relative stamp, capture day",         # 3時間前 where the date line was; the viewed day atop: no date
    "yesterday stamp, capture day",        # 昨日 10:00 where the date line was; the viewed day atop: no date
    "a 撮影 caption above the date line",  # a photo's earlier day between the headline and the date line
    "no date at all",                      # nothing dates the page: no date, a reference day inferred
    "among buttons on one line",           # the date, then share buttons, on one line (over 80 characters)
    "between labels and a paywall note",   # 政治 | the date | 文：… | この記事は会員限定です…
    "beside a sidebar column",             # a layout table: the date line, a wide gap, a sidebar's text
    "glued before the headline",           # 【2026.12.4】headline / 2026/12/04 10:00　headline; no date line
)
UNDATED = ("relative stamp, capture day", "yesterday stamp, capture day", "no date at all")


def newer_dated_pages(names: list[str], gold: dict[str, dict], raws: dict[str, str],
                      round_: int) -> dict[str, tuple[str, dict]]:
    """One round: name -> (raw, gold) for every tuning page whose date line can be rewritten."""
    out = {}
    heads = corpus_headlines(every=37) or [gold[n]["title"] for n in names]
    for i, name in enumerate(names):
        found = page_with_date_line(gold[name], raws[name])
        if found is None:
            continue
        page, lines, title_at, date_at = found
        row, title_row = date_at[0] - 1, title_at[0] - 1
        if page["published_text"] not in lines[row] or lines[title_row].strip() != page["title"].strip():
            continue
        body = page["body_paragraphs"]
        if body[0] not in lines or body[-1] not in lines or row == title_row:
            continue
        k = i * 3 + round_ * 7
        form_name, form = NEWER_FORMS[(i + round_) % len(NEWER_FORMS)]
        placement = NEWER_PLACEMENTS[(i * 2 + round_ * 5) % len(NEWER_PLACEMENTS)]
        when = datetime.fromisoformat(page["published"])
        timed = "T" in page["published"]
        written = form(when, timed)
        if not timed:
            page["published"] = page["published"][:10]
        page["_reference"] = when.date().isoformat()
        lines = _placed(placement, lines, row, title_row, page, written, when, form, k, heads)
        page["_form"], page["_placement"] = form_name, placement
        out[name] = ("\n".join(lines), page)
    return out


def _placed(placement: str, lines: list[str], row: int, title_row: int, page: dict, written: str,
            when: datetime, form, k: int, heads: list[str]) -> list[str]:
    """The page's lines with its date line written and put as placement says (the gold follows)."""
    text = page["published_text"]
    lines[row] = lines[row].replace(text, written, 1)
    if placement == "time on the next line" and "T" in page["published"]:
        lines[row] = lines[row].replace(written, form(when, False), 1)
        time = _hm(when) if k % 2 else f"{when.hour}時{when.minute:02d}分"
        lines[row + 1 : row + 1] = [time]
    elif placement == "glued to the outlet name":
        lines[row] = lines[row].replace(written, _OUTLETS[k % len(_OUTLETS)] + ("" if k % 2 else " ") + written, 1)
    elif placement == "glued to the headline":
        lines[title_row] = lines[title_row].rstrip() + ("　", " ", "")[k % 3] + written
        lines[row] = lines[row].replace(written, "", 1)
    elif placement == "glued before the headline":
        lines[title_row] = (f"【{written}】", f"{written}　", f"{written} | ")[k % 3] + lines[title_row].lstrip()
        lines[row] = lines[row].replace(written, "", 1)
    elif placement == "in a byline line":
        name = _NAMES[k % len(_NAMES)]
        lines[row] = (f"文・写真＝{name}　{written}", f"{written}　文／{name}", f"（{name}）{written}")[k % 3]
        page["authors"] = [name]
    elif placement == "dated items above the headline":
        block = ["新着ニュース" if k % 2 else "最新記事"]
        for n in range(4):
            other = when + timedelta(days=n // 2 + 1, hours=n * 3 + 1, minutes=n * 7)
            head = heads[(k + n * 13) % len(heads)]
            block.append(f"{other.year}/{other.month:02d}/{other.day:02d} {_hm(other)}　{head}" if k % 3
                         else f"{other.month}/{other.day} {head}")
        lines[title_row:title_row] = [*block, ""]
    elif placement in ("comments with times below", "at the foot, comments below"):
        label = ("コメント（3件）", "この記事へのコメント", "みんなの反応", "")[k % 4]
        comments = [""] + ([label] if label else [])
        for n in range(3):
            at = when + timedelta(hours=3 + n * 5, minutes=n * 11)
            comments += [f"{('匿名', 'ゲスト', 'yamada')[n]}さん {at.year}/{at.month:02d}/{at.day:02d} {_hm(at)}",
                         ("本当にそう思います。", "続報を待ちたい。", "なぜ今なのか説明がほしいところです。")[n]]
        date_line = lines[row] if placement.startswith("at the foot") else None
        if date_line is not None:
            lines[row] = ""
        lines = _to_foot(lines, page, (["", date_line] if date_line else []) + comments)
    elif placement == "capture day in the header":
        viewed = when + timedelta(days=2 + k % 5)
        lines[0:0] = [f"{viewed.year}年{viewed.month}月{viewed.day}日（{_WEEKDAYS[viewed.weekday()]}）", ""]
    elif placement in ("relative stamp, capture day", "yesterday stamp, capture day"):
        if placement.startswith("relative"):
            hours = 1 + k % max(1, min(9, 23 - when.hour))
            viewed = when + timedelta(hours=hours)
            stamp = (f"{hours}時間前", f"{hours}時間前 配信", f"配信：{hours}時間前")[k % 3]
        else:
            viewed = when + timedelta(days=1, hours=1)
            stamp = (f"昨日 {_hm(when)}", f"昨日 {when.hour}時{when.minute:02d}分 配信")[k % 2]
        lines = [line if j == row or text not in line else "" for j, line in enumerate(lines)]  # shown twice
        lines[row] = stamp
        header = f"{viewed.year}年{viewed.month}月{viewed.day}日（{_WEEKDAYS[viewed.weekday()]}）"
        if k % 2:
            header += f" {_hm(viewed)} 現在"
        lines[0:0] = [header, ""]
        page["published"], page["authors"] = None, []
    elif placement == "a 撮影 caption above the date line":
        shot = when - timedelta(days=3 + k % 9)
        caption = (f"（{shot.year}年{shot.month}月{shot.day}日撮影）", f"撮影日：{shot.year}年{shot.month}月{shot.day}日",
                   f"写真：記者会見する関係者＝{shot.year}年{shot.month}月{shot.day}日、東京都内")[k % 3]
        lines[row:row] = [caption, ""]
    elif placement == "among buttons on one line":
        lines[row] = lines[row].replace(written, written + "　" + "　".join(_BUTTONS[k % 3 :]), 1)
    elif placement == "between labels and a paywall note":
        lines[row] = lines[row].replace(
            written, f"{('政治', '国際', '社会')[k % 3]} | {written} | 文：{_NAMES[k % len(_NAMES)]} | "
            "この記事は会員限定です。会員登録で続きを読めます。", 1)
        page["authors"] = [_NAMES[k % len(_NAMES)]]
    elif placement == "beside a sidebar column":
        side = ("アクセスランキング", heads[k % len(heads)], "【PR】資料請求はこちらから　無料でお届けします")[k % 3]
        lines[row] = lines[row].replace(written, written + " " * (4 + k % 9) + side, 1)
    elif placement == "no date at all":
        lines = ["" if text in line or written in line else line for line in lines]
        page["published"], page["authors"] = None, []
    return lines


def _to_foot(lines: list[str], page: dict, moved: list[str]) -> list[str]:
    """moved's lines put under the body's last line."""
    last = page["body_paragraphs"][-1]
    where = max((j for j, text in enumerate(lines) if text == last), default=None)
    return lines if where is None else lines[: where + 1] + moved + lines[where + 1 :]
