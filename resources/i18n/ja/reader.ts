<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ArticleDateController</name>
    <message>
        <location filename="../../../ui/reader/date_controller.py" line="+35"/>
        <source>Set &amp;Date…</source>
        <translation>日付を設定(&amp;D)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a day: write it as YYYY-MM-DD, e.g. 2008-05-13</source>
        <translation>日付ではありません。YYYY-MM-DD の形で書いてください（例：2008-05-13）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set Article Date to {day}</source>
        <translation>記事の日付を {day} に設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{edit} (Ctrl+Z undoes)</source>
        <translation>{edit}（Ctrl+Z で元に戻す）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set Date</source>
        <translation>日付を設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication day of this article (YYYY-MM-DD):</source>
        <translation>この記事の発行日（YYYY-MM-DD）：</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../../ui/reader/article_list.py" line="+79"/>
        <source>Search titles and text (e.g. 会談)</source>
        <translation>見出しと本文を検索 (例: 会談)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles</source>
        <translation>記事一覧</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../../ui/reader/article_model.py" line="+24"/>
        <source>Title</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleaning</source>
        <translation>整形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check cleaning</source>
        <translation>整形を確認</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>作業中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{tip}: {words}</source>
        <translation>{tip}: {words}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inferred from the text; the page shows no date</source>
        <translation>本文から推定 (ページに日付がありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date: neither the page, its file&apos;s name nor its text gives one (Article → Set Date…)</source>
        <translation>日付なし：ページにも、ファイル名にも、本文にも日付がありません（記事 → 日付を設定…）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check cleaning: {reasons}. The raw view (Ctrl+R) opens at the line in doubt.</source>
        <translation>整形を確認してください: {reasons}。元のテキスト (Ctrl+R) は疑わしい行で開きます。</translation>
    </message>
    <message>
        <location filename="../../../ui/reader/untitled.py" line="+25"/>
        <source>No title: the list shows the article&apos;s first words</source>
        <translation>見出しなし: 一覧には記事の書き出しを表示しています</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../../ui/reader/reader.py" line="+122"/>
        <source>Show Raw Page</source>
        <translation>元のページを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raw page, at the line in doubt (Ctrl+R)</source>
        <translation>疑わしい行で元のページを開きます (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article text</source>
        <translation>記事本文</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>… 1 more caption</source>
        <translation>…ほかに写真説明 1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… {n} more captions</source>
        <translation>…ほかに写真説明 {n} 件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Check cleaning: {reasons}.</source>
        <translation>⚠ 整形を確認してください: {reasons}。</translation>
    </message>
</context>
<context>
    <name>CleaningCheck</name>
    <message>
        <location filename="../../../ui/reader/check_reasons.py" line="+17"/>
        <source>two blocks of text compete</source>
        <translation>本文の候補が二つ競合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very short body</source>
        <translation>本文がとても短い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no headline found</source>
        <translation>見出しが見つからない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no running text found</source>
        <translation>まとまった本文が見つからない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page&apos;s date could not be told</source>
        <translation>ページの日付を判定できない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the headline could not be told</source>
        <translation>見出しを判定できない</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>FileName</name>
    <message>
        <location filename="../../../ui/reader/file_name.py" line="+30"/>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copy File Name</source>
        <translation>ファイル名をコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Path</source>
        <translation>パスをコピー</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../../../ui/reader/legend.py" line="+58"/>
        <source>Show {type} highlights ({kind}); press {key} on a selection to mark it as {type}</source>
        <translation>{type}の強調表示を表示 ({kind})。選択範囲で {key} を押すと{type}として注釈します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight {type}</source>
        <translation>{type}を強調表示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meeting</source>
        <translation>会談</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dotted line over a phrase marks a meeting mention: teal when tied to a meeting, grey while waiting for one. Put the caret in it and press G to attach it.</source>
        <translation>語句の上の点線は会談の言及です。会談に結び付いていれば青緑、まだなら灰色です。カーソルを置いて G を押すと結び付けます。</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <location filename="../../../ui/reader/raw_view.py" line="+14"/>
        <source>Mark as Body</source>
        <translation>本文にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as Boilerplate</source>
        <translation>定型文にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the Cleaner Decide</source>
        <translation>自動で判定</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Line {line}</source>
        <translation>{line} 行目</translation>
    </message>
</context>
<context>
    <name>ReaderArea</name>
    <message>
        <location filename="../../../ui/reader/reader_area.py" line="+19"/>
        <source>Raw text as imported. &lt;span style=&apos;color:{bar}&apos;&gt;▌&lt;/span&gt;tinted lines became the body; &lt;span style=&apos;color:{meta}&apos;&gt;coloured&lt;/span&gt; lines gave metadata; &lt;span style=&apos;color:{drop}&apos;&gt;grey&lt;/span&gt; lines were dropped. Right-click a line or press B (body), D (boilerplate), U (let the cleaner decide).</source>
        <translation>取り込んだままのテキストです。&lt;span style=&apos;color:{bar}&apos;&gt;▌&lt;/span&gt;色付きの行は本文に、&lt;span style=&apos;color:{meta}&apos;&gt;色文字&lt;/span&gt;の行はメタデータになり、&lt;span style=&apos;color:{drop}&apos;&gt;灰色&lt;/span&gt;の行は除かれました。行を右クリックするか、B (本文)、D (定型文)、U (自動で判定) を押してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+85"/>
        <source>Select an article in the list</source>
        <translation>一覧から記事を選んでください</translation>
    </message>
    <message>
        <location line="-13"/>
        <source> (line {line})</source>
        <translation> ({line} 行目)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;check cleaning&lt;/b&gt;: {reasons}</source>
        <translation>&lt;b&gt;整形を確認&lt;/b&gt;: {reasons}</translation>
    </message>
</context>
<context>
    <name>SearchHits</name>
    <message>
        <location filename="../../../ui/reader/search_hits.py" line="+34"/>
        <source>Next Search &amp;Hit</source>
        <translation>次の検索結果(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Search H&amp;it</source>
        <translation>前の検索結果(&amp;I)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No article matches {query}</source>
        <translation>{query} に一致する記事はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an article in the list</source>
        <translation>一覧から記事を選んでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No hits for {query} in this article</source>
        <translation>この記事に「{query}」は見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a search first (Ctrl+F)</source>
        <translation>先に検索語を入力してください (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hit {n} of {total} (F3 next, Shift+F3 previous)</source>
        <translation>検索結果 {n} / {total} (F3 次、Shift+F3 前)</translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <location filename="../../../ui/reader/status_controller.py" line="+42"/>
        <source>&amp;Status</source>
        <translation>状態(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Article</source>
        <translation>記事(&amp;A)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Progress</source>
        <translation>作業中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Article as {status}</source>
        <translation>記事を「{status}」にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {n} Articles as {status}</source>
        <translation>記事 {n} 件を「{status}」にする</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 article updated (Ctrl+Z undoes)</source>
        <translation>記事 1 件を更新しました (Ctrl+Z で元に戻す)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} articles updated (Ctrl+Z undoes)</source>
        <translation>記事 {n} 件を更新しました (Ctrl+Z で元に戻す)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status of {n} selected</source>
        <translation>選択した {n} 件の状態</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;In Progress</source>
        <translation>作業中(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
</context>
</TS>
