"""Tune pages laid out as the outlets no earlier round writes print their headline, date and byline.

A robustness measure for the dump cleaner's headline, date and byline reading that never
looks at the held-aside pages. Each tuning page of ../shared/pages with a headline line
and a date line (the date alone on it, below the headline) is rewritten once per form,
around its own headline and its own publication time; the gold follows each change.
The forms are what a select-all copy of these outlets' article pages shows:

  Nikkei column header        the writer's office and name, a column of topic tags, a pager
                              mark （1/3ページ）, the date, 情報元 over the outlet's name, 保存 共有
  AFPBB date line             動画： before the headline; 発信地：place/country [ area tags ] after the date
  CNN.co.jp English order     2016.02.10 Wed posted at 15:40 JST
  Sputnik time first          15:40 10.02.2016 (更新: 16:25 10.02.2016)
  Reuters GMT+9               2016年2月10日午後 3:40 GMT+94分前更新, then 2分で読む
  Bloomberg update lines      the date with JST, then 更新日時 and the update on lines of their own
  Chosun 記事入力             記事入力 : 2016/02/10 15:40 and the edition's name above the headline
  JoongAng reactions          2016.02.10 15:40, the edition's name, reaction buttons with counts
  Record China 配信日時       the outlet's name glued before 配信日時：2016年2月10日(水) 15時40分
  Yomiuri scrap button        a members' label above the headline, この記事をスクラップする under the date
  read-also block on top      この記事を読んだ人はこんな記事も読んでいます: other headlines with their days
  Toyo Keizai byline          name : profession between the headline and the date, 印刷 A- A+ under it
  JBpress date and writer     2016.2.10(水) then the writer's name on the same line; no time shown
  HuffPost update after a bar 2016年02月10日 15時40分 JST | 更新 2016年02月10日 16時25分 JST
  Newsweek weekday and writer 2016年2月10日（水）15時40分, then name（ジャーナリスト）
  People's Daily glued outlet 人民網日本語版　2016年02月10日15:40
  Mainichi paywall date line  毎日新聞 2016/2/10 15:40(最終更新 2/10 16:25) 有料記事 1234文字
  Asahi labels and tags       the date, then list, 有料記事 and a row of #tags; a paywall teaser under the text
  Kyodo outlet and JST        共同通信 2016年2月10日 15:40 (JST) above the headline's block
  Jiji glued time             2016年02月10日15時40分 with the site's name and 配信 buttons around it
  nippon.com category and day 政治・外交 2016.02.10 over the headline, the writer's profile link under it
  BBC name and title          ジョナサン・エイモス、BBC科学担当編集委員 over the day alone
  Focus Taiwan wire line      2016/02/10 15:40, then the wire's name and a font-size switch
  Xinhua bars                 2016-02-10 15:40:00 | 新華網日本語 under the headline

    from bench.perturb_world import WORLD_LAYOUTS, world_layouts_perturbed
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bench.perturb_pages import corpus_headlines, headline_over_date_line

WORLD_LAYOUTS = (
    "Nikkei column header",
    "AFPBB date line",
    "CNN.co.jp English order",
    "Sputnik time first",
    "Reuters GMT+9",
    "Bloomberg update lines",
    "Chosun 記事入力",
    "JoongAng reactions",
    "Record China 配信日時",
    "Yomiuri scrap button",
    "read-also block on top",
    "Toyo Keizai byline",
    "JBpress date and writer",
    "HuffPost update after a bar",
    "Newsweek weekday and writer",
    "People's Daily glued outlet",
    "Mainichi paywall date line",
    "Asahi labels and tags",
    "Kyodo outlet and JST",
    "Jiji glued time",
    "nippon.com category and day",
    "BBC name and title",
    "Focus Taiwan wire line",
    "Xinhua bars",
)
_KATAKANA_NAMES = ("ジョナサン・エイモス", "ローラ・ビッカー", "マイケル・ロバーツ")
_NAMES = ("中沢克二", "山田 太郎", "佐藤健一", "鈴木 花子", "高橋誠", "田中美咲")
_TAGS = ("北朝鮮", "日米関係", "外交", "安全保障", "経済", "政治", "コラム（国際・アジア）", "北米", "朝鮮半島", "中国・台湾")
_PLACES = ("東京/日本", "ソウル/韓国", "北京/中国", "ワシントンD.C./米国", "パリ/フランス")
_AREAS = ("日本アジア・オセアニア", "韓国・北朝鮮", "中国・台湾", "北米", "ヨーロッパ")
_WEEK_JA = "月火水木金土日"
_WEEK_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_PROFESSIONS = ("ジャーナリスト", "経済評論家", "東洋経済 記者", "国際政治学者")


def _twelve(d: datetime) -> str:
    return f"{'午前' if d.hour < 12 else '午後'} {d.hour % 12 or 12}:{d.minute:02d}"


def _block_above(lines: list[str], at: int, block: list[str]) -> None:
    lines[at:at] = [*block, ""]


def world_layouts_perturbed(names: list[str], gold: dict[str, dict], raws: dict[str, str],
                            round_: int) -> dict[str, tuple[str, dict]]:
    """One round: name -> (raw, gold); each page laid out in one form (the form moves on each round)."""
    out = {}
    others = corpus_headlines(every=31) or [gold[n]["title"] for n in names]
    for i, name in enumerate(names):
        found = headline_over_date_line(gold[name], raws[name])
        if found is None:
            continue  # the date with other words on its line, or above the headline: left as the page has it
        page, lines, headline, at, row = found
        k = i * 5 + round_
        layout = WORLD_LAYOUTS[(i + round_) % len(WORLD_LAYOUTS)]
        when = datetime.fromisoformat(page["published"])
        timed = "T" in page["published"]
        later = when + timedelta(minutes=45)
        name_ = _NAMES[k % len(_NAMES)]
        unsigned = not page["authors"]
        y, m, d, wd = when.year, when.month, when.day, _WEEK_JA[when.weekday()]
        hm = f"{when.hour:02d}:{when.minute:02d}"
        if layout == "Nikkei column header":
            lines[row + 1 : row + 1] = ["情報元", "日本経済新聞　電子版", "", "保存", "共有", "", "その他"]
            block = ["", *_TAGS[k % 3 : k % 3 + 6 + k % 5], "", "（1/3ページ）"]
            if unsigned:
                block = [f"編集委員　{name_}", *block]
                page["authors"] = [name_]
            lines[at + 1 : at + 1] = block
        elif layout == "AFPBB date line":
            lines[row] += f"　発信地：{_PLACES[k % len(_PLACES)]} [ {_AREAS[k % len(_AREAS)]} ]"
            lines[row + 1 : row + 1] = ["", "このニュースをシェア"]
            if k % 2:
                page["title"] = "動画：" + headline
                lines = [page["title"] if text.strip() == headline else text for text in lines]
        elif layout == "CNN.co.jp English order":
            lines[row] = f"{y}.{m:02d}.{d:02d} {_WEEK_EN[when.weekday()]}" + (f" posted at {hm} JST" if timed else "")
        elif layout == "Sputnik time first":
            if not timed:
                continue
            lines[row] = f"{hm} {d:02d}.{m:02d}.{y} (更新: {later:%H:%M} {later:%d.%m.%Y})"
        elif layout == "Reuters GMT+9":
            if not timed:
                continue
            lines[row] = f"{y}年{m}月{d}日{_twelve(when).replace(' ', '', 1)} GMT+9{3 + k % 50}分前更新"
            lines[row + 1 : row + 1] = ["", f"{2 + k % 4}分で読む"]
        elif layout == "Bloomberg update lines":
            lines[row] = f"{y}年{m}月{d}日 {hm} JST" if timed else f"{y}年{m}月{d}日"
            lines[row + 1 : row + 1] = ["更新日時", f"{later.year}年{later.month}月{later.day}日 {later:%H:%M} JST"]
        elif layout == "Chosun 記事入力":
            lines[row] = f"記事入力 : {y}/{m:02d}/{d:02d}" + (f" {hm}" if timed else "")
            _block_above(lines, at, ["朝鮮日報日本語版", "記事一覧", "政治"])
        elif layout == "JoongAng reactions":
            lines[row] = f"{y}.{m:02d}.{d:02d}" + (f" {hm}" if timed else "")
            lines[row + 1 : row + 1] = ["中央日報日本語版", "", "いいね", str(k % 7), "悲しいね", str(k % 3), "すごいね", "0"]
        elif layout == "Record China 配信日時":
            lines[row] = (f"Record China　配信日時：{y}年{m}月{d}日({wd})"
                          + (f" {when.hour}時{when.minute}分" if timed else ""))
        elif layout == "Yomiuri scrap button":
            _block_above(lines, at, ["読者会員限定" if k % 2 else "プレミアム"])
            lines[row + 2 : row + 2] = ["", "この記事をスクラップする"]
        elif layout == "read-also block on top":
            block = ["この記事を読んだ人はこんな記事も読んでいます"]
            for n, other in enumerate(others[k % len(others):][:4]):
                day = when - timedelta(days=1 + n)
                block += [other, f"{day.month}/{day.day}({_WEEK_JA[day.weekday()]}) {(8 + n) % 24:02d}:{(k * 7) % 60:02d}"]
            _block_above(lines, min(at, row), block)
        elif layout == "Toyo Keizai byline":
            lines[row + 1 : row + 1] = ["", "印刷", "A-", "A+"]
            if unsigned:
                lines[at + 1 : at + 1] = ["", f"{name_} : {_PROFESSIONS[k % len(_PROFESSIONS)]}"]
                page["authors"] = [name_]
        elif layout == "JBpress date and writer":
            if not unsigned:
                continue
            lines[row] = f"{y}.{m}.{d}({wd}) {name_}"
            page["published"], page["authors"] = page["published"][:10], [name_]
        elif layout == "HuffPost update after a bar":
            if not timed:
                continue
            lines[row] = (f"{y}年{m:02d}月{d:02d}日 {when.hour}時{when.minute}分 JST | 更新 "
                          f"{later.year}年{later.month:02d}月{later.day:02d}日 {later.hour}時{later.minute}分 JST")
        elif layout == "Newsweek weekday and writer":
            lines[row] = f"{y}年{m}月{d}日（{wd}）" + (f"{when.hour}時{when.minute:02d}分" if timed else "")
            if unsigned:
                lines[row + 1 : row + 1] = [f"{name_}（{_PROFESSIONS[k % 2]}）"]
                page["authors"] = [name_]
        elif layout == "People's Daily glued outlet":
            lines[row] = f"人民網日本語版　{y}年{m:02d}月{d:02d}日" + (hm if timed else "")
        elif layout == "Mainichi paywall date line":
            if not timed:
                continue
            lines[row] = (f"毎日新聞 {y}/{m}/{d} {hm}(最終更新 {later.month}/{later.day} {later:%H:%M}) "
                          f"有料記事 {800 + k * 37}文字")
        elif layout == "Asahi labels and tags":
            lines[row + 1 : row + 1] = ["", "list", "有料記事", "", *[f"#{t}" for t in _TAGS[k % 4 : k % 4 + 3]], ""]
            last = max(i for i, text in enumerate(lines) if text.strip() == page["body_paragraphs"][-1].strip())
            lines[last + 1 : last + 1] = ["", f"この記事は有料記事です。残り{600 + k * 13}文字有料会員になると続きをお読みいただけます。"]
        elif layout == "Kyodo outlet and JST":
            if not timed:
                continue
            lines[row] = f"共同通信 {y}年{m}月{d}日 {hm} (JST)"
        elif layout == "Jiji glued time":
            if not timed:
                continue
            lines[row] = f"{y}年{m:02d}月{d:02d}日{when.hour:02d}時{when.minute:02d}分"
            lines[row + 1 : row + 1] = ["時事ドットコム", "", "ツイート", "シェア", "Facebook"]
        elif layout == "nippon.com category and day":
            del lines[row]
            lines[at:at] = [f"政治・外交 {y}.{m:02d}.{d:02d}", ""]
            page["published"] = page["published"][:10]
            if unsigned:
                lines[at + 3 : at + 3] = ["", name_, "【Profile】"]
                page["authors"] = [name_]
        elif layout == "BBC name and title":
            lines[row] = f"{y}年{m}月{d}日"
            page["published"] = page["published"][:10]
            if unsigned:
                writer = _KATAKANA_NAMES[k % len(_KATAKANA_NAMES)]
                lines[row:row] = [f"{writer}、BBC{('科学担当', '北米', '国際')[k % 3]}編集委員", ""]
                page["authors"] = [writer]
        elif layout == "Focus Taiwan wire line":
            lines[row] = f"{y}/{m:02d}/{d:02d} {hm}" if timed else f"{y}/{m:02d}/{d:02d}"
            lines[row + 1 : row + 1] = ["中央社フォーカス台湾", "文字サイズ", "小", "中", "大"]
        elif layout == "Xinhua bars":
            lines[row] = f"{y}-{m:02d}-{d:02d} {hm}:00 | 新華網日本語" if timed else f"{y}-{m:02d}-{d:02d} | 新華網日本語"
        page["_layout"] = layout
        out[name] = ("\n".join(lines), page)
    return out
