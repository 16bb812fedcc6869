<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AnnotatorDialog</name>
    <message>
        <location filename="../../../ui/common/annotator.py" line="+55"/>
        <source>Annotator</source>
        <translation>注釈者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaidan records who made each annotation. What name should it use?</source>
        <translation>Kaidan は注釈ごとに注釈者を記録します。どの名前を使いますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name recorded with your annotations from now on:</source>
        <translation>これからの注釈に記録する名前:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name or initials</source>
        <translation>名前またはイニシャル</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../../ui/common/empty_state.py" line="+24"/>
        <source>Your library is empty</source>
        <translation>ライブラリに記事がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag article files or a folder here (.txt, .html, .jsonl, .csv), or use &lt;b&gt;File → Import…&lt;/b&gt; ({key}).&lt;br&gt;&lt;br&gt;To look around first, open the sample library: a few short Japanese articles written for Kaidan (&lt;b&gt;File → Open Sample Library&lt;/b&gt;).</source>
        <translation>記事のファイルかフォルダーをここにドラッグするか (.txt, .html, .jsonl, .csv)、&lt;b&gt;ファイル → 取り込み…&lt;/b&gt; ({key}) を使ってください。&lt;br&gt;&lt;br&gt;まず試してみるなら、サンプルライブラリを開きます: Kaidan のために書いた日本語の短い記事がいくつか入っています (&lt;b&gt;ファイル → サンプルライブラリを開く&lt;/b&gt;)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Files…</source>
        <translation>ファイルを取り込み…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Folder…</source>
        <translation>フォルダーを取り込み…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Sample Library</source>
        <translation>サンプルライブラリを開く</translation>
    </message>
</context>
<context>
    <name>EntityTypes</name>
    <message>
        <location filename="../../../ui/common/entity_types.py" line="+10"/>
        <source>Person</source>
        <translation>人名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国・地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law</source>
        <translation>法律・条約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../../ui/common/file_dialogs.py" line="+27"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{suffix} File</source>
        <translation>{suffix} ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../../ui/common/actions.py" line="+54"/>
        <location line="+50"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Files…</source>
        <translation>ファイルを取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Folder…</source>
        <translation>フォルダーを取り込み(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Annotated &amp;Dataset…</source>
        <translation>注釈付きデータセットを取り込み(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from &amp;Batch…</source>
        <translation>バッチから取り込み(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Library</source>
        <translation>サンプルライブラリを開く(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Annotator…</source>
        <translation>注釈者を設定(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+63"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+64"/>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Raw Text</source>
        <translation>元のテキストを表示(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>標準の大きさ(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Article</source>
        <translation>次の記事(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous Article</source>
        <translation>前の記事(&amp;P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kaidan</source>
        <translation>Kaidan について(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The language changes when Kaidan is started again. Close Kaidan and open it to see it.</source>
        <translation>表示言語は Kaidan を次に起動したときに切り替わります。Kaidan を終了してから開き直してください。</translation>
    </message>
</context>
<context>
    <name>NoArticle</name>
    <message>
        <location filename="../../../ui/common/no_article.py" line="+11"/>
        <source>Select an article first</source>
        <translation>先に記事を選んでください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article shown.</source>
        <translation>表示中の記事はありません。</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../../ui/common/notice.py" line="+23"/>
        <source>Hide this notice</source>
        <translation>このお知らせを閉じる</translation>
    </message>
</context>
<context>
    <name>ReadOnlyLibrary</name>
    <message>
        <location filename="../../../ui/common/read_only.py" line="+27"/>
        <source>this library is read-only (its file or folder cannot be written): reading, search and export work; to annotate, copy it to a folder you can write to and open the copy</source>
        <translation>このライブラリは読み取り専用です（ファイルまたはフォルダーに書き込めません）。閲覧・検索・エクスポートはできます。注釈を付けるには、書き込めるフォルダーにコピーしてそのコピーを開いてください</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../../ui/common/refusals.py" line="+14"/>
        <source>disk full: the library could not be written</source>
        <translation>ディスクがいっぱいで、ライブラリに書き込めませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the library is read-only: nothing can be saved into it</source>
        <translation>ライブラリは読み取り専用で、何も保存できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the library is busy: another program is writing to it</source>
        <translation>ライブラリは使用中です（ほかのプログラムが書き込んでいます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the library file was moved, renamed, replaced or deleted after this window opened it: nothing more can be saved from this window</source>
        <translation>このウィンドウが開いた後にライブラリのファイルが移動・名前の変更・置き換え・削除されたため、このウィンドウからはもう保存できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library refused the write</source>
        <translation>ライブラリに書き込めませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no library file where this window opened it: it was moved, renamed or deleted</source>
        <translation>このウィンドウで開いた場所にライブラリのファイルがありません（移動、名前の変更、または削除されました）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library file is damaged: keep a copy of it, then restore a backup</source>
        <translation>ライブラリのファイルが壊れています。ファイルのコピーを残してから、バックアップを復元してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library file could not be opened</source>
        <translation>ライブラリのファイルを開けませんでした</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the library file could not be opened: {reason}</source>
        <translation>ライブラリのファイルを開けませんでした: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library is busy: {holder} is writing to it (Kaidan waited {seconds} s)</source>
        <translation>ライブラリは使用中です（{holder} が書き込んでいます。{seconds} 秒待ちました）</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../../ui/common/shortcuts.py" line="+13"/>
        <source>Import files</source>
        <translation>ファイルを取り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a folder</source>
        <translation>フォルダーを取り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the text on the clipboard as an article</source>
        <translation>クリップボードのテキストを記事として取り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last correction</source>
        <translation>直前の修正を元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search titles and bodies</source>
        <translation>見出しと本文を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next search hit in the article (hits are painted yellow)</source>
        <translation>記事内の次の検索結果 (検索結果は黄色で表示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous search hit in the article</source>
        <translation>記事内の前の検索結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the raw text the article came from</source>
        <translation>記事の元のテキストを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger reader text</source>
        <translation>本文の文字を大きく</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller reader text</source>
        <translation>本文の文字を小さく</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset reader text size</source>
        <translation>本文の文字の大きさを標準に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next article</source>
        <translation>次の記事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous article</source>
        <translation>前の記事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected articles as new</source>
        <translation>選択した記事を「新規」にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected articles as in progress</source>
        <translation>選択した記事を「作業中」にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected articles as done</source>
        <translation>選択した記事を「完了」にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the library or a part of it (format, folder, scope)</source>
        <translation>ライブラリの全体または一部を書き出し (形式・フォルダー・範囲)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import an annotated dataset (Kaidan export, Label Studio, doccano, brat)</source>
        <translation>注釈付きデータセットを取り込み (Kaidan の書き出し、Label Studio、doccano、brat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the entity registry</source>
        <translation>エンティティ台帳を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the entities panel</source>
        <translation>エンティティパネルの表示/非表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload: show what another window or process changed in the library</source>
        <translation>再読み込み: ほかのウィンドウやプロセスがライブラリに加えた変更を表示する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run entity detection on the article shown</source>
        <translation>表示中の記事でエンティティ検出をやり直す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the claims panel</source>
        <translation>主張パネルの表示/非表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the claims browser (every claim in the library)</source>
        <translation>主張ブラウザーを開く (ライブラリのすべての主張)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest claim candidates again in the article shown</source>
        <translation>表示中の記事で主張の候補をもう一度提案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the meetings timeline (+/- zoom, ←/→ previous/next meeting, Home fit, Ctrl+L link the meeting to another)</source>
        <translation>会談のタイムラインを開く (+/- 拡大縮小、←/→ 前/次の会談、Home 全体表示、Ctrl+L 会談を別の会談とつなげる)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this list</source>
        <translation>この一覧を表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark the line as body</source>
        <translation>この行を本文にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the line as boilerplate</source>
        <translation>この行を定型文 (不要部分) にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the cleaner decide the line</source>
        <translation>この行の判定を自動に戻す</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as Person, Country, Place, Organisation, Law, Event, Date (or re-type the name at the caret)</source>
        <translation>人名、国・地域、地名、組織、法律・条約、出来事、日付として注釈 (カーソル位置の名前は種類を変更)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject the highlighted name at the caret (the detector will not propose it again); off any name, in a claim candidate: dismiss it (it will not come back); in a claim: delete it</source>
        <translation>カーソル位置の強調された名前を却下 (検出器は再び提案しません)。名前の外で主張の候補内なら候補を却下 (再び現れません)。主張内なら主張を削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the next highlighted name (1 … 7, Delete, L then act on it)</source>
        <translation>次の強調された名前を選択 (続けて 1 … 7、Delete、L で操作)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the previous highlighted name</source>
        <translation>前の強調された名前を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the name to a registry entity…</source>
        <translation>名前を台帳のエンティティにリンク…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New registry entity from the selection…</source>
        <translation>選択範囲から台帳のエンティティを新規作成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a claim from the selection (opens the claim editor; on a claim: edit it)</source>
        <translation>選択範囲から主張を作成 (主張エディターが開きます。主張の上では編集)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a dashed claim candidate: accept it, then set its stance; in a claim: edit it</source>
        <translation>破線の主張の候補内では承認して立場を設定。主張内では編集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach the meeting mention at the caret (dotted overline) or the selection to a meeting, or make a new meeting from it…</source>
        <translation>カーソル位置 (点線の上線) または選択範囲の会談の言及を会談に結び付ける、または新しい会談を作成…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the selection as {type}; on a highlighted name at the caret: accept it as {type}</source>
        <translation>選択範囲を{type}として注釈。カーソル位置の強調された名前では{type}として承認</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stance Favor, Against, Neutral, Mixed (the library&apos;s stance keys; again to clear)</source>
        <translation>立場: 賛成、反対、中立、混在 (ライブラリの立場キー。もう一度押すと解除)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intensity low, medium, high</source>
        <translation>強さ: 弱、中、強</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous field: stance, holder, target, source, note</source>
        <translation>次/前の欄: 立場、保持者、対象、出典、メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the claim</source>
        <translation>主張を保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the editor without saving</source>
        <translation>保存せずにエディターを閉じる</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the claim (accept a candidate)</source>
        <translation>主張を編集 (候補なら承認)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the claim, or dismiss the candidate</source>
        <translation>主張を削除、または候補を却下</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../../ui/common/unsaved.py" line="+20"/>
        <source>The claim in the editor is not saved yet.</source>
        <translation>エディターの主張はまだ保存されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting field being typed is not saved yet.</source>
        <translation>入力中の会談の欄はまだ保存されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save your edit first?</source>
        <translation>先に編集を保存しますか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
</TS>
