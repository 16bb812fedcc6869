"""Words and shapes that tell page furniture from article text.

These are general signals of Japanese news pages (tail anchors, paywall and
sign-up prompts, photo credits, list markers), not lines of particular pages.
"""

from __future__ import annotations

import re

from core.scan import skipping

# The patterns searched anywhere in each line (not matched at its start) are their core.scan.skipping twins where
# re cannot tell the letters a match begins with (an alternation of words, a look-behind first): the same
# matches, every other letter passed in C where re tried the pattern at each (a page's lines: a fifth the time).

# A line that starts with one of these, when it is not a sentence, ends the
# article: what follows is related links, rankings, newsletters, legal lines.
TAIL_ANCHOR = re.compile(
    r"^(?:[■□◆◇●○▼▽▶►>＞・•\-\s]*)"
    r"(?:あわせて読みたい|合わせて読みたい|関連記事|関連ニュース|関連リンク|関連トピック"
    r"|関連キーワード|関連タグ|関連企業|人気ランキング|アクセスランキング|ランキング|人気記事"
    r"|おすすめ記事|オススメ記事|おすすめ|注目記事|注目ニュース|この記事を読んだ人|この記事をシェア"
    r"|シェアする|コメントする|コメント\s*\d*$|ニュースレター|メールマガジン|メルマガ|最新記事一覧"
    r"|Reference\(s\)|参考記事|Recommended|Related|Most [Rr]ead|Sponsored|PR$|広告$)"
)

# The heading of a list of other articles, alone on its line (関連記事, 【注目記事】, この記事を読んだ人はこんな記事も):
# the tail anchors that head a list, not a share or comment button's words, nor a link's (関連記事を読む).
LIST_HEADING = re.compile(
    r"^[■□◆◇●○▼▽▶►>＞・•\-\s【［\[]*(?:あわせて読みたい|合わせて読みたい|関連記事|関連ニュース|人気記事|おすすめ記事"
    r"|オススメ記事|注目記事|注目ニュース|最新記事|新着記事|(?:人気|アクセス)?ランキング|この記事を読んだ人\S*)[】］\]]?\s*$"
)

# Legal lines anywhere in a line ((C) right after a (B) label is the next item's label: （B）（C）肩は…).
COPYRIGHT = skipping(re.compile(
    r"Copyright|COPYRIGHT|©|\([Cc]\)\s*\d{4}|(?<![（(][BbＢ][）)])（[Cc]）|無断(?:転載|転用|複製|使用)"
    r"|All [Rr]ights [Rr]eserved|著作権"
))

# An in-article block of links ("【関連記事】" then headlines until a blank line).
# (a link labelled in other brackets or by a colon too: ＜関連＞…, ［関連記事］…, 関連：…)
INLINE_RELATED = re.compile(r"^\s*(?:【関連[^】]{0,8}】|[＜<〈《［\[]関連[^＞>〉》］\]]{0,8}[＞>〉》］\]]|■関連記事|▼関連記事"
                            r"|関連(?:記事|ニュース)?[:：]|【あわせて読みたい】)")

# Phrases that only page furniture uses: sign-up, paywall, sharing, errors.
UI_PHRASES = re.compile(
    r"こちら$|こちらから|はこちら|ログイン|有料会員|会員限定|会員の方|無料体験|読み放題|定期購読"
    r"|バックナンバー|ご利用になれます|再度お試し|続きを読む|続きは|メールアドレス|ご登録|登録する"
    r"|登録すると|登録できません|登録済み|クリックすると|タップ|利用規約|プライバシーポリシー|Cookie"
    r"|シェア|ツイート|ポストする|ポストを見る|ブックマーク|フォローする|をフォロー|記事を保存|印刷する|もっと見る|一覧へ"
    r"|音声で聞く$"
    r"|発売中|発売\)|号\(.{1,10}発売|特集[:：]|画像をクリック|アプリで|ダウンロード|お問い合わせ"
    r"|エラーが発生|エラー$|権限|前の記事|次の記事"
    # skip links: 本文へスキップ, メインメニューをとばして、このページの本文エリアへ
    r"|本文(?:エリア)?へ(?:スキップ|ジャンプ|移動)?$|コンテンツへ(?:ジャンプ|スキップ|移動)|を(?:とばして|飛ばして)"
    # instructions, share buttons
    r"|ことができます$|LINEで送る|はてなブックマーク|いいね[)）!！]|共有ボタン|で共有$|共有する$|フォロー(?:中)?$"
    # page tools: site search, the text size switch (文字の大きさ 小 中 大)
    r"|サイト内検索|文字(?:の大きさ|サイズ)"
    # the reading time a page prints by the headline (この記事は約3分で読めます, 読了時間：約4分, 3 min read)
    r"|分で読めます|読了(?:時間|目安)|min read"  # (no \b: it slows the whole alternation's search fivefold)
)
# Of those, words news writes too (a tweet, a market share, a download, a feature): furniture only in short lines.
NEWS_WORDS = re.compile(r"ツイート|シェア|ダウンロード|特集[:：]|タップ|ブックマーク|発売中|アプリで")
# The same kind of line known by how it starts, and ad placeholders ([AD::TOP]); kept apart
# from the phrases because an anchored choice slows a search down.
UI_START = re.compile(r"\(更新\)$|更新$|PR\b|広告$|Advertisement|\[[A-Z]+::[A-Z]+\]$")
# A sponsor's line by a sponsored article's headline (提供：みなと銀行, 協賛：…, Sponsored by …): no half of the headline
SPONSOR_LINE = re.compile(r"^(?:提供|協賛)[：:]|^Sponsored by\b")
# An ad slot's label on its own line; the line under it is the advertiser's, headline-shaped as it may be.
AD_LABEL = re.compile(r"^(?:PR|広告|\[PR\]|【PR】|PR企画|Advertisement|Sponsored)$")
# An advertiser's line marked as such where it starts: 【PR】40代からの資産運用…
AD_MARK = re.compile(r"^(?:【PR】|\[PR\]|［PR］|PR[：:|｜]|【広告】|\[広告\])")
TWEET = skipping(re.compile(r"(?:^|\s)Tweet(?:\s|$)"))

# A pager's mark on its own line: （1/3ページ）, 2/2ページ, ページ 1 / 3, 全3ページ, 2ページ目.
_N = r"[0-9０-９]{1,2}"
# The label of a link to the story before or after this one: the line under it is that story's headline.
NEIGHBOUR_LABEL = re.compile(r"^[<＜«‹←◀◁]?\s*(?:前の記事|次の記事|前へ|次へ|PREV|NEXT|Prev|Next|Previous)\s*[>＞»›→▶▷]?$")
PAGER = re.compile(
    rf"^[（(［\[]?\s*(?:{_N}\s*[/／]\s*{_N}\s*(?:ページ|頁|[Pp]age)|(?:ページ|[Pp]age)\s*{_N}\s*[/／]\s*{_N}"
    rf"|全\s*{_N}\s*ページ|{_N}\s*ページ目)\s*[）)］\]]?$"
)
# The labels of a page's fields beside its date line (2018年6月18日 10:01　発信地：カノ/ナイジェリア):
# the place, the source or section the page files the article under, not words of a headline. The first
# group also stands alone on a line over its value (情報元, then 日本経済新聞　電子版); the second names sections too.
_SOURCE_FIELDS = r"発信地|配信元|提供元?|出典|情報元|ソース|撮影地|[Ss]ource"
SOURCE_LABEL = re.compile(rf"^(?:{_SOURCE_FIELDS})\s*[：:]?$")
FIELD_LABEL = re.compile(rf"^(?:{_SOURCE_FIELDS}|カテゴリー?|ジャンル|タグ|地域|エリア|分野|[Cc]ategory|[Tt]ags?)\s*[：:]")

# A read-more link on its own line: the text above it is a teaser, or all a paywalled page shows.
READ_MORE = re.compile(
    r"^(?:[>＞▶►→»]\s*)?(?:続きを(?:読む|見る)|(?:記事)?全文を(?:読む|表示)|記事を読む|もっと読む|Read more)\s*[>＞»›]?$"
)

# Sign-up and paywall sentences: furniture even when written as full sentences (an article may tell what a
# click does: クリックすると、「ひな祭り」という言葉が検索される。 — only the click that opens the rest is a prompt).
PAYWALL = re.compile(
    r"ご利用になれます|読み放題|有料会員|会員限定|無料体験|再度お試し|メールアドレス宛|登録すると続き"
    r"|クリックすると続き|ご登録いただ|ご覧いただけます|配信をお待ち|この記事は有料|有料記事|残り\d+文字"
)

# Words that label a date line as the page's own.
DATE_LABEL = skipping(re.compile(r"公開|配信|更新|掲載|投稿|発行|[Pp]ublished|[Uu]pdated|[Pp]osted"))

# A photo caption: a credit, 写真/撮影 wording.
CAPTION_START = re.compile(r"\s*(?:【(?:写真|画像)】|[\[［](?:写真|画像)[\]］]|\(写真\)|（写真）|写真[はは:：=＝]|画像[は:：]"
                           r"|イメージ写真|撮影[:：／/＝=・]|写真[／/]|資料写真\s*$"
                           r"|(?:Photo(?:graph)?s?|Image|Credit)\s*(?:[:：]|by\s))")
CAPTION_MARK = skipping(re.compile(
    r"[=＝]写真|REUTERS/|Reuters/|AFP/|EPA/|Getty|代表撮影|撮影[)）。]?\s*$|提供[)）]\s*$"
    r"|[=＝](?:ロイター|共同|AP|AFP|時事|EPA|新華社|ゲッティ|Bloomberg|ブルームバーグ|聯合)\s*$"
))
# Rarer caption marks: an enlarge link, a shooting date, a (C) credit closing the line.
ENLARGE = skipping(re.compile(r"[【\[［]拡大[】\]］]|撮影日[:：]|^\s*(?:拡大写真|写真拡大|拡大する)"))
C_CREDIT = re.compile(r"[（(][CcＣｃ©][）)]\s*[^\s（）()。]{1,24}[）)]?\s*$")
# Where the people stand in the photo: 「…さん（左）と…さん」「（右から）…」.
PHOTO_POSITION = re.compile(r"[（(](?:左|右|中央|手前|奥|前列|後列)(?:から)?[^（）()]{0,6}[）)]")
# When and where the photo was taken, in brackets closing the line: （3日、首相官邸）, （3日午後、都内で）, （2010年5月、大阪市）
_PHOTO_WHEN = r"(?:(?:19|20)[0-9０-９]{2}年)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:午前|午後|夜|未明|朝|夕方?)?"
PHOTO_DAY_PLACE = re.compile(rf"[（(](?=[0-9０-９]){_PHOTO_WHEN}、[^（）()、。「」]{{1,14}}[）)]$")
# A lead restated for the photo: 「…出した。写真は…人々。ニューヨークで２８日撮影（…）」
RESTATED_CAPTION = re.compile(r"。\s*写真は[^「」]{0,80}(?:撮影|提供)")
CREDIT_END = re.compile(
    r"[(（](?:AP|AFP|ロイター|Reuters|REUTERS|共同|時事|EPA|新華社|ゲッティ|Getty[^)）]*"
    r"|Bloomberg|ブルームバーグ|聯合|[^()（）]{0,25}(?:撮影|提供)(?:[・:：／/][^()（）]{1,12})?"
    r"|(?:カメラ|撮影|写真)[・:：／/][^()（）]{1,12})[)）]\s*$"
)
CAPTION_HINT = re.compile(r"写真|撮影|画像|提供")
# 「…を視察する北方担当相＝昨年１１月」「…会談する両首脳＝１１日、首相官邸」: after a last ＝, when
# and where the photo was taken (or who took it), in a few words.
EQUALS_CREDIT = skipping(re.compile(
    r"(?<=.{8})[=＝](?:[^=＝。「」【】]{0,8}(?:\d|[０-９]|日|月|年|撮影|提供|ヘリ|資料|代表)[^=＝。「」【】]{0,10}"
    r"|[^=＝。「」【】\s]{1,12}(?:市|区|町|村|県|(?<![政首])府|(?<!首)都)内?で?|(?:都|府|県|市|区|町|村)内で?)$"
))

# A list or ranking item marker, or a bare number (ranking positions).
BULLET = re.compile(r"^\s*(?:[•●○◆◇■□▶►▷→※]|\d{1,3}\s*$|\d{1,2}[.)．]\s)")
DASH_ITEM = re.compile(r"^\s*[-‐*・]\s+\S")

URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
DOMAIN_LINE = re.compile(r"^\s*[\w-]+(?:\.[\w-]+)+\s*$", re.ASCII)
MENU_SEPARATORS = re.compile(r"[>＞›»|｜/／]")

# A label announcing the caption or credit on the next line (画像説明, / Image caption).
CAPTION_LABEL = re.compile(
    r"^\s*(?:画像説明|写真説明|画像提供|写真提供|動画説明|Image caption|Media caption|Image source)\s*[,，、:：]?"
)
