<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>LibraryChoice</name>
    <message>
        <location filename="../../../ui/window/library_choice.py" line="+38"/>
        <source>Kaidan cannot open the library {name}.</source>
        <translation>ライブラリ {name} を開けません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}

Choose another library (a new file name makes a new, empty one), or quit and leave this file as it is.</source>
        <translation>{reason}

別のライブラリを選んでください（新しいファイル名にすると空のライブラリが作られます）。終了すると、このファイルはそのまま残ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose Another Library…</source>
        <translation>別のライブラリを選ぶ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a Library</source>
        <translation>ライブラリを選ぶ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaidan libraries (*.db);;All files (*)</source>
        <translation>Kaidan ライブラリ (*.db);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>LibraryGone</name>
    <message>
        <location filename="../../../ui/window/library_gone.py" line="+21"/>
        <source>The library file {name} was moved, renamed, replaced or deleted after this window opened it. What the window shows can still be read, but nothing more can be saved from it: edits, imports and detection are refused. Close Kaidan and open the library where it is now, or put the file back where it was.</source>
        <translation>このウィンドウが開いた後に、ライブラリのファイル {name} が移動・名前の変更・置き換え・削除されました。表示中の内容は読めますが、このウィンドウからはもう何も保存できません（編集・取り込み・検出は行いません）。Kaidan を閉じてライブラリを今ある場所から開くか、ファイルを元の場所に戻してください。</translation>
    </message>
</context>
<context>
    <name>LibraryUpgrade</name>
    <message>
        <location filename="../../../ui/window/upgrade_dialog.py" line="+24"/>
        <source>Backing up the library (the copy is kept beside it)…</source>
        <translation>ライブラリをバックアップしています (コピーは同じフォルダーに残します)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rebuilding the articles table: {done} of {total} articles copied…</source>
        <translation>記事の表を作り直しています: {total} 件中 {done} 件をコピーしました…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebuilding the articles table…</source>
        <translation>記事の表を作り直しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexing the marks of every article for search: {done} of {total} articles…</source>
        <translation>検索用に記事の記号を索引にしています: {total} 件中 {done} 件…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indexing every article&apos;s mentions in reading order: {done} of {total} mentions…</source>
        <translation>各記事の言及を読む順に索引にしています: {total} 件中 {done} 件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indexing every article&apos;s mentions in reading order…</source>
        <translation>各記事の言及を読む順に索引にしています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compacting the library (giving back the old table&apos;s space)…</source>
        <translation>ライブラリを最適化しています (古い表の領域を解放しています)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another Kaidan is upgrading this library: waiting until it is done…</source>
        <translation>別の Kaidan がこのライブラリを更新しています。終わるまで待っています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library was upgraded but not compacted: that needs about {mb} MB free on its disk. Its file keeps the old table&apos;s space, which new articles fill first.</source>
        <translation>ライブラリは更新されましたが、最適化はされていません。最適化にはディスクに約 {mb} MB の空きが必要です。ファイルには古い表の領域が残り、新しい記事はまずそこに保存されます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kaidan — upgrading {library}</source>
        <translation>Kaidan — {library} を更新中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kaidan is upgrading the library {library} for this version. This is done once; the library stays as it was if it is stopped.</source>
        <translation>このバージョンの Kaidan 用にライブラリ {library} を更新しています。更新は一度だけです。途中で止まった場合、ライブラリは元のまま残ります。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Kaidan — library upgraded</source>
        <translation>Kaidan — ライブラリを更新しました</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/window/file_actions.py" line="+26"/>
        <source>Articles (*.txt *.html *.htm *.jsonl *.json *.csv);;All files (*)</source>
        <translation>記事 (*.txt *.html *.htm *.jsonl *.json *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/window/main_window.py" line="+67"/>
        <source>Kaidan — {library}</source>
        <translation>Kaidan — {library}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kaidan — {library} (read-only)</source>
        <translation>Kaidan — {library}（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../../../ui/window/library_gone.py" line="+24"/>
        <source>Search failed: {reason}</source>
        <translation>検索に失敗しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ui/window/article_navigation.py" line="+80"/>
        <source>1 article</source>
        <translation>記事 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} articles</source>
        <translation>記事 {n} 件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {articles}</source>
        <translation>{articles}中 {shown} 件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search is too long: only its first {limit} characters were searched.</source>
        <translation>検索語が長すぎます。最初の {limit} 文字だけで検索しました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No article matches {query}. Esc in the search box shows them all.</source>
        <translation>{query} に一致する記事はありません。検索欄で Esc を押すとすべての記事に戻ります。</translation>
    </message>
    <message>
        <location filename="../../../ui/window/main_window.py" line="+87"/>
        <source>Check cleaning: {reasons}. Ctrl+R shows the raw page at the line in doubt.</source>
        <translation>整形を確認してください: {reasons}。Ctrl+R で疑わしい行の元のページを表示します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text of {total} characters is too long to analyse whole: entities, claims and meetings were found in its first {analysed}.</source>
        <translation>この本文は {total} 文字あり、全体を解析するには長すぎます。エンティティ・主張・会談は最初の {analysed} 文字から見つけました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark Line {line} as Body</source>
        <translation>{line} 行目を本文にする</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark Line {line} as Boilerplate</source>
        <translation>{line} 行目を定型文にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the Cleaner Decide Line {line}</source>
        <translation>{line} 行目の判定を自動に戻す</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{edit}: the clean text is updated (Ctrl+Z undoes)</source>
        <translation>{edit}: 整形後のテキストを更新しました (Ctrl+Z で元に戻す)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kaidan (会談) {version}: read and annotate Japanese news about diplomacy.

Library: {path}</source>
        <translation>Kaidan (会談) {version}: 外交に関する日本語のニュースを読み、注釈を付けるためのアプリです。

ライブラリ: {path}</translation>
    </message>
    <message>
        <location filename="../../../ui/window/file_actions.py" line="+116"/>
        <source>Annotating as {name}</source>
        <translation>注釈者: {name}</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Import Articles</source>
        <translation>記事の取り込み</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a Folder of Articles</source>
        <translation>記事のフォルダーの取り込み</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing the sample library…</source>
        <translation>サンプルライブラリを取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../../ui/window/main_window.py" line="+2"/>
        <source>About Kaidan</source>
        <translation>Kaidan について</translation>
    </message>
    <message>
        <location filename="../../../ui/window/features.py" line="+101"/>
        <source>1 new article, imported outside this window</source>
        <translation>このウィンドウの外で取り込まれた新しい記事 1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} new articles, imported outside this window</source>
        <translation>このウィンドウの外で取り込まれた新しい記事 {n} 件</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location line="-59"/>
        <source>Import &amp;Pasted Text</source>
        <translation>貼り付けたテキストを取り込み(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Reload</name>
    <message>
        <location filename="../../../ui/window/reload.py" line="+40"/>
        <source>Reloaded. The claim being edited stays open: press {key} again once it is saved or closed to reload the article shown.</source>
        <translation>再読み込みしました。編集中の主張はそのまま開いています。保存するか閉じてから {key} をもう一度押すと、表示中の記事も再読み込みされます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloaded: the window shows the library as it is now.</source>
        <translation>再読み込みしました: ライブラリの現在の内容を表示しています。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The library was changed in another window or process. Your edit in progress is kept: press {key} once it is saved to see the changes.</source>
        <translation>ライブラリがほかのウィンドウまたはプロセスで変更されました。編集中の内容はそのままです: 保存してから {key} を押すと変更が表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library was changed in another window or process: the article list is up to date; press {key} to reload the article shown and the other windows.</source>
        <translation>ライブラリがほかのウィンドウまたはプロセスで変更されました: 記事一覧は最新です。表示中の記事とほかのウィンドウは {key} で再読み込みします。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../../ui/window/help_dialog.py" line="+20"/>
        <source>Right-click</source>
        <translation>右クリック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the status of the selected articles (article list)</source>
        <translation>選択した記事の状態を設定 (記事一覧)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action} (reader)</source>
        <translation>{action} (本文)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct a highlighted name, make a claim (reader)</source>
        <translation>強調された名前の修正、主張の作成 (本文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action} (claim editor)</source>
        <translation>{action} (主張エディター)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action} (claims panel)</source>
        <translation>{action} (主張パネル)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action} (raw view)</source>
        <translation>{action} (元のテキスト)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark a raw line (raw view)</source>
        <translation>元のテキストの行を指定 (元のテキスト)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+9"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
</TS>
