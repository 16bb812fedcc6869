<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../../ui/jobs/analysis_controller.py" line="+18"/>
        <source>Claim suggestions stopped: {reason}</source>
        <translation>主張の提案を中断しました: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity detection stopped: {reason}</source>
        <translation>エンティティ検出を中断しました: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim suggestions cancelled: {articles} article(s), {candidates} candidate(s); your claims and dismissals were kept</source>
        <translation>主張の提案をキャンセルしました: 記事 {articles} 件、候補 {candidates} 件。あなたの主張と却下はそのままです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim suggestions finished: {articles} article(s), {candidates} candidate(s); your claims and dismissals were kept</source>
        <translation>主張の提案が終わりました: 記事 {articles} 件、候補 {candidates} 件。あなたの主張と却下はそのままです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity detection cancelled: {articles} article(s), {mentions} mention(s) found; your corrections were kept</source>
        <translation>エンティティ検出をキャンセルしました: 記事 {articles} 件、言及 {mentions} 件。あなたの修正はそのままです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity detection finished: {articles} article(s), {mentions} mention(s) found; your corrections were kept</source>
        <translation>エンティティ検出が終わりました: 記事 {articles} 件、言及 {mentions} 件。あなたの修正はそのままです</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <location line="+16"/>
        <source>Claim suggestion</source>
        <translation>主張の提案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity detection</source>
        <translation>エンティティ検出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop claim suggestion after the current article</source>
        <translation>今の記事が終わったら主張の提案を止める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop entity detection after the current article</source>
        <translation>今の記事が終わったらエンティティ検出を止める</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is already running</source>
        <translation>{what}はすでに実行中です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggesting claims…</source>
        <translation>主張を提案しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detecting entities…</source>
        <translation>エンティティを検出しています…</translation>
    </message>
</context>
<context>
    <name>BatchImportDialog</name>
    <message>
        <location filename="../../../ui/jobs/batch_import_dialog.py" line="+43"/>
        <source>Import from Batch</source>
        <translation>バッチから取り込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The --out folder of kaidan batch</source>
        <translation>kaidan batch の --out フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. outlet = &apos;NHK&apos; AND published &gt;= &apos;2024-01-01&apos; (empty: all)</source>
        <translation>例: outlet = &apos;NHK&apos; AND published &gt;= &apos;2024-01-01&apos;(空欄ならすべて)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The articles come in with every detected annotation, ready to read and correct; an export keys them by the same content hash as the batch run.</source>
        <translation>記事は検出されたすべての注釈とともに取り込まれ、そのまま読んで修正できます。書き出しではバッチと同じ内容ハッシュで記事を識別します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Batch run:</source>
        <translation>バッチの結果(&amp;B):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Where:</source>
        <translation>条件 WHERE(&amp;W):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Batch Run Folder</source>
        <translation>バッチの出力フォルダー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting…</source>
        <translation>数えています…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 article matches</source>
        <translation>該当する記事 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} articles match</source>
        <translation>該当する記事 {n} 件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading a batch run needs its extra: pip install kaidan[batch]</source>
        <translation>バッチの結果を読むには追加のパッケージが必要です: pip install kaidan[batch]</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <location filename="../../../ui/jobs/dataset_words.py" line="+17"/>
        <source>extra annotations of the same task (the latest one is kept)</source>
        <translation>同じタスクへの重複した注釈（最新のものを使用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra predictions of the same task</source>
        <translation>同じタスクへの重複した予測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio {what} that are not a list</source>
        <translation>リストになっていない Label Studio の {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio {what} given only by id or not as objects</source>
        <translation>ID だけ、またはオブジェクトでない形の Label Studio の {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second and further labels on one span</source>
        <translation>1 つの範囲に付いた 2 つ目以降のラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio {kind} results</source>
        <translation>Label Studio の {kind} の結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio relations other than claim → holder/target</source>
        <translation>主張 → 保持者／対象 以外の Label Studio の関係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ties of meeting mentions to meetings (meetings are not in Label Studio)</source>
        <translation>会談の言及と会談の結び付き（Label Studio には会談がありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>doccano document categories (cats)</source>
        <translation>doccano の文書カテゴリー（cats）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano document labels (text classification)</source>
        <translation>doccano の文書ラベル（テキスト分類）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano relations that are not objects</source>
        <translation>オブジェクトでない doccano の関係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano relations other than claim → holder/target</source>
        <translation>主張 → 保持者／対象 以外の doccano の関係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano {key} entries that are not [start, end, value]</source>
        <translation>[開始, 終了, 値] の形でない doccano の {key} の項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations of articles whose text is in the library in another form (not merged)</source>
        <translation>ライブラリに別の形の本文で入っている記事の注釈（統合していません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>brat events</source>
        <translation>brat のイベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brat normalizations</source>
        <translation>brat の正規化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brat equivalences</source>
        <translation>brat の同値関係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other brat lines</source>
        <translation>brat のその他の行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brat attributes other than a claim&apos;s Stance/Attribution/Intensity</source>
        <translation>主張の Stance/Attribution/Intensity 以外の brat の属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>brat relations other than Claim Holder/Target</source>
        <translation>Claim の Holder/Target 以外の brat の関係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ties of meeting mentions to meetings (meetings are not in brat)</source>
        <translation>会談の言及と会談の結び付き（brat には会談がありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user entities already in this library (kept as they are)</source>
        <translation>このライブラリに既にあるユーザーのエンティティ（そのまま残しました）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings already in the library (kept as they are)</source>
        <translation>ライブラリに既にある会談（そのまま残しました）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting participants without a name or with a role outside the scheme</source>
        <translation>名前がないか、役割が体系にない会談の参加者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annotations of articles already in the library (not merged)</source>
        <translation>ライブラリに既にある記事の注釈（統合していません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting mention ties to meetings missing from meetings.jsonl</source>
        <translation>meetings.jsonl にない会談への会談の言及の結び付き</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links to meetings missing from meetings.jsonl</source>
        <translation>meetings.jsonl にない会談へのリンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting links already in the library (kept as they are)</source>
        <translation>ライブラリに既にある会談のリンク（そのまま残しました）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offsets that are not whole numbers</source>
        <translation>整数でない位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spans whose end is before their start</source>
        <translation>終わりが始まりより前にある範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty spans</source>
        <translation>空の範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offsets outside the text</source>
        <translation>本文の外を指す位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offsets that are not start-end pairs</source>
        <translation>開始と終了の組になっていない位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discontinuous spans</source>
        <translation>途切れた範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spans whose offsets do not match their text</source>
        <translation>位置が文字列と合わない範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels that are not text</source>
        <translation>文字列でないラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels longer than {limit} characters</source>
        <translation>{limit} 文字より長いラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels with control characters or line breaks</source>
        <translation>制御文字や改行を含むラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} with bad values ({error})</source>
        <translation>不正な値を含む{what}（{error}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claims whose {field} is outside the library&apos;s scheme (claim kept without it)</source>
        <translation>{field}がライブラリの体系にない主張（その値を除いて主張は残しました）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>brat lines without the fields their kind needs</source>
        <translation>種類に必要な欄がない brat の行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset cards that could not be read (their label schemes were not): {error}</source>
        <translation>読み込めなかったデータセットカード（そのラベル体系は取り込んでいません）: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stance labels that are not names</source>
        <translation>名前になっていない立場のラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>topics that are not names</source>
        <translation>名前になっていない話題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article statuses outside the scheme (left new)</source>
        <translation>体系にない記事の状態（新規のままにしました）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entities without a usable id, type or name</source>
        <translation>使える ID・種類・名前のないエンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings whose {fields} is outside the scheme</source>
        <translation>{fields}が体系にない会談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spans that are not objects</source>
        <translation>オブジェクトでない範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting links whose relation is outside the scheme</source>
        <translation>関係が体系にない会談のリンク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a task (a JSON object)</source>
        <translation>タスク（JSON のオブジェクト）ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the task has no text</source>
        <translation>タスクに本文がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no text</source>
        <translation>本文がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no body text</source>
        <translation>本文がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bad value ({error})</source>
        <translation>不正な値があります（{error}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown dataset format “{format}”</source>
        <translation>データセットの形式「{format}」は扱えません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a {format} export: {error}</source>
        <translation>{format} の書き出しではありません: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no .ann files: not a brat folder</source>
        <translation>.ann ファイルがありません（brat のフォルダーではありません）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no {name} next to it</source>
        <translation>隣に {name} がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Kaidan export (no articles.jsonl with entities)</source>
        <translation>Kaidan の書き出しではありません（エンティティ付きの articles.jsonl がありません）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its text is not the one the batch analysed (content hash differs)</source>
        <translation>本文がバッチで解析したものと違います（内容のハッシュが異なります）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entity mentions</source>
        <translation>エンティティの言及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decisions on proposals</source>
        <translation>提案への判断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting mentions</source>
        <translation>会談の言及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user entities</source>
        <translation>ユーザーのエンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings</source>
        <translation>会談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spans</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stance labels</source>
        <translation>立場のラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entities</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleaning fixes</source>
        <translation>整形の修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting links</source>
        <translation>会談のリンク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label Studio JSON_MIN spans taken as decisions</source>
        <translation>判断として読んだ Label Studio JSON_MIN の範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio JSON_MIN spans kept as the proposals Kaidan listed in the task&apos;s data</source>
        <translation>タスクのデータに Kaidan が記した提案として残した Label Studio JSON_MIN の範囲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label Studio JSON_MIN spans read without Kaidan&apos;s list of its proposals (a span as the library proposed it stays a proposal)</source>
        <translation>Kaidan の提案の一覧なしに読んだ Label Studio JSON_MIN の範囲（ライブラリが提案したとおりの範囲は提案のまま）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{length} characters, too long to analyse whole: entities, claims and meetings were found in the first {analysed}; the whole text is stored and searchable</source>
        <translation>{length} 文字あり、全体を解析するには長すぎます。エンティティ・主張・会談は最初の {analysed} 文字から見つけました。全文は保存され、検索できます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{within} line {number}</source>
        <translation>{within} の {number} 行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{within} task {number}</source>
        <translation>{within} のタスク {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{within} task {number} (id {ident})</source>
        <translation>{within} のタスク {number}（ID {ident}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{within} result {ident}</source>
        <translation>{within} の結果 {ident}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{within} [{start}, {end}]</source>
        <translation>{within} [{start}, {end}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{within} article {number} [{start}, {end}] {quoted}</source>
        <translation>{within} の記事 {number} [{start}, {end}] {quoted}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{within} stances</source>
        <translation>{within} の立場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{within} topics</source>
        <translation>{within} の話題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{within} stance {key}</source>
        <translation>{within} の立場 {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped: {source} — {reason}</source>
        <translation>除外: {source} — {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysed in part: {source}: {note}</source>
        <translation>一部だけ解析: {source}: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analysed in part: {n} more</source>
        <translation>一部だけ解析: ほか {n} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not carried over: {what} ({n})</source>
        <translation>取り込めなかったもの: {what}（{n}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {n}</source>
        <translation>{what}: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: {reason} ({n}): {listed}</source>
        <translation>除外: {reason}（{n}）: {listed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; and {n} more</source>
        <translation>; ほか {n} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged into articles already in the library: {n} (their decisions stand; conflicts: {conflicts})</source>
        <translation>ライブラリに既にある記事に統合: {n} 件（ライブラリの判断を優先。食い違い: {conflicts} 件）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: {where}: {what}</source>
        <translation>食い違い: {where}: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stance</source>
        <translation>立場</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attribution</source>
        <translation>帰属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intensity</source>
        <translation>強さ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target kind</source>
        <translation>対象の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> or </source>
        <translation>または</translation>
    </message>
</context>
<context>
    <name>DatasetImportDialog</name>
    <message>
        <location filename="../../../ui/jobs/dataset_dialog.py" line="+18"/>
        <source>Recognise it (Kaidan, Label Studio, doccano or brat)</source>
        <translation>自動判別 (Kaidan、Label Studio、doccano、brat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaidan export (folder or its articles.jsonl)</source>
        <translation>Kaidan の書き出し (フォルダーまたはその articles.jsonl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio JSON export</source>
        <translation>Label Studio の JSON 書き出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano JSONL (sequence labeling, relations)</source>
        <translation>doccano JSONL (系列ラベリング、関係)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brat folder (.txt + .ann)</source>
        <translation>brat のフォルダー (.txt + .ann)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Annotated Dataset</source>
        <translation>注釈付きデータセットの取り込み</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A file or a folder</source>
        <translation>ファイルまたはフォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File…</source>
        <translation>ファイル…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder…</source>
        <translation>フォルダー…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles come in with their annotations; the summary names anything the format holds that Kaidan could not carry over.</source>
        <translation>記事は注釈ごと取り込まれます。形式に含まれていても Kaidan が引き継げなかったものは、結果の概要に示します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dataset:</source>
        <translation>データセット(&amp;D):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Annotated Dataset</source>
        <translation>注釈付きデータセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets ({patterns});;All files (*)</source>
        <translation>データセット ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotated Dataset Folder</source>
        <translation>注釈付きデータセットのフォルダー</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../../ui/jobs/export_controller.py" line="+69"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../ui/jobs/export_dialog.py" line="+40"/>
        <location line="+64"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export; no partial files are left</source>
        <translation>書き出しを中止します。途中のファイルは残りません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export to Folder</source>
        <translation>書き出し先のフォルダー</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not exported: the library file was moved, renamed, replaced or deleted after this window opened it. Open the library where it is now to export it.</source>
        <translation>書き出していません: このウィンドウが開いた後に、ライブラリのファイルが移動・名前の変更・置き換え・削除されました。書き出すには、ライブラリを今ある場所から開いてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the export?</source>
        <translation>書き出しを置き換えますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}.

Replace it with this {format} export?</source>
        <translation>{reason}。

この {format} の書き出しで置き換えますか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{done} / {total} articles</source>
        <translation>{done} / {total} 記事</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../../ui/jobs/export_formats.py" line="+25"/>
        <source>Kaidan itself (lossless, re-importable), jq, pandas.read_json(lines=True)</source>
        <translation>Kaidan 自身 (欠落なし・再取り込み可)、jq、pandas.read_json(lines=True)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel, LibreOffice, pandas, R: one table per file</source>
        <translation>Excel、LibreOffice、pandas、R: ファイルごとに 1 つの表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoNLL-2003 style NER readers (flair, seqeval, conllu)</source>
        <translation>CoNLL-2003 形式の固有表現 (NER) の読み込みツール (flair、seqeval、conllu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spaCy: `spacy convert train.json .`, or train.spacy (DocBin) when spaCy is installed</source>
        <translation>spaCy: `spacy convert train.json .`、または spaCy がインストールされていれば train.spacy (DocBin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hugging Face datasets: load_dataset(&apos;json&apos;, data_files=&apos;ner.jsonl&apos;)</source>
        <translation>Hugging Face のデータセット: load_dataset(&apos;json&apos;, data_files=&apos;ner.jsonl&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the brat annotation tool (and standoff readers)</source>
        <translation>注釈ツール brat (とスタンドオフ形式の読み込みツール)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label Studio: import tasks.json into a project set up with label_config.xml</source>
        <translation>Label Studio: label_config.xml で設定したプロジェクトに tasks.json を取り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doccano: sequence labeling project with relations, import dataset.jsonl</source>
        <translation>doccano: 関係付きの系列ラベリングのプロジェクトに dataset.jsonl を取り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Annotation tools (Hypothesis-style re-anchoring, Recogito)</source>
        <translation>Web Annotation のツール (Hypothesis 方式の再アンカー、Recogito)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read by {readers}</source>
        <translation>読み込めるもの: {readers}</translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <location filename="../../../ui/jobs/export_scope.py" line="+23"/>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;All articles</source>
        <translation>すべての記事(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selected in the list ({n})</source>
        <translation>一覧で選択した記事 ({n})(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked &amp;done</source>
        <translation>完了にした記事(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Da&amp;ted between</source>
        <translation>日付の範囲(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;outlet</source>
        <translation>媒体で選ぶ(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and</source>
        <translation>～</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(reading outlets…)</source>
        <translation>(媒体を読み込み中…)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An article&apos;s day is the page&apos;s publication date or, for a page without one, the day Kaidan read from its text (shown with ≈ in the list). Articles with no day at all are left out; the summary says how many.</source>
        <translation>記事の日付は、ページの発行日です。発行日のないページでは、Kaidan が本文から読み取った日付 (一覧で ≈ 付きで表示) を使います。日付がまったくない記事は含めず、その件数を結果に表示します。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(no outlets known)</source>
        <translation>(既知の媒体なし)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(outlets not read)</source>
        <translation>(媒体を読み取れませんでした)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library&apos;s outlets and days could not be read: {reason}.</source>
        <translation>ライブラリの媒体と日付を読み取れませんでした: {reason}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 article to export</source>
        <translation>書き出す記事 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} articles to export</source>
        <translation>書き出す記事 {n} 件</translation>
    </message>
</context>
<context>
    <name>ExportSummary</name>
    <message>
        <location filename="../../../ui/jobs/export_summary.py" line="+17"/>
        <source>Export cancelled: no files of this run were kept.</source>
        <translation>書き出しをキャンセルしました。今回のファイルは残していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 article exported as {format}.</source>
        <translation>記事 1 件を {format} で書き出しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} articles exported as {format}.</source>
        <translation>記事 {n} 件を {format} で書き出しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 article with no date (on the page or in the text) was left out of the date range.</source>
        <translation>日付のない記事 1 件 (ページにも本文にもなし) は日付の範囲に含めませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} articles with no date (on the page or in the text) were left out of the date range.</source>
        <translation>日付のない記事 {n} 件 (ページにも本文にもなし) は日付の範囲に含めませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} entity spans cut a token or overlap another and were left untagged; they are listed in cut_spans.tsv.</source>
        <translation>エンティティの範囲 {n} 件はトークンを分断するか他と重なるため、タグを付けませんでした。cut_spans.tsv に一覧があります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Written</source>
        <translation>書き出したもの</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written to {folder}</source>
        <translation>書き出し先: {folder}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../../../ui/jobs/export_words.py" line="+20"/>
        <source>a file of that name is there, not a folder</source>
        <translation>同じ名前のファイルがあります（フォルダーではありません）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>パスの途中がフォルダーではなくファイルです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder on the way is not there, and cannot be made</source>
        <translation>途中のフォルダーがなく、作ることもできません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no permission to write there</source>
        <translation>そこに書き込む権限がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>ディスクが読み取り専用です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path is too long</source>
        <translation>パスが長すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be written (an input/output error)</source>
        <translation>ディスクに書き込めませんでした（入出力エラー）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was written to {folder}: {error}.</source>
        <translation>{folder} には何も書き込まれていません: {error}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written and no folder is left at {folder}: {error}.</source>
        <translation>何も書き込まれず、{folder} にフォルダーは残っていません: {error}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written; the earlier export in {folder} was kept as it was: {error}.</source>
        <translation>何も書き込まれず、{folder} の前回の書き出しはそのまま残しました: {error}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported: another export is writing into {folder} now. Try again when it is done.</source>
        <translation>書き出していません: 別の書き出しがいま {folder} に書き込んでいます。それが終わってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} holds a {format} export of {scope}</source>
        <translation>{folder} には {scope} の {format} の書き出しがあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} holds a {card} that is not a Kaidan export card</source>
        <translation>{folder} には Kaidan の書き出しの説明書きではない {card} があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} already holds {names} (not from a Kaidan export card)</source>
        <translation>{folder} にはすでに {names} があります（Kaidan の書き出しの説明書きのないもの）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupted export had left {count} earlier files in {folder}: the export there is whole, and they were removed.</source>
        <translation>中断された書き出しが {folder} に前回のファイルを {count} 件残していました。そこの書き出しは揃っているので、それらを削除しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An interrupted export had left {folder} half-replaced: the earlier export there was put back ({count} files).</source>
        <translation>中断された書き出しが {folder} を置き換えの途中で残していました。前回の書き出しを元に戻しました（ファイル {count} 件）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupted export had left {count} of its files in {folder}: they were removed.</source>
        <translation>中断された書き出しが {folder} にファイルを {count} 件残していました。それらを削除しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupted export had left {count} partial files in {folder}: they were removed.</source>
        <translation>中断された書き出しが {folder} に書きかけのファイルを {count} 件残していました。それらを削除しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupted export had left its journal in {folder} cut short: it had renamed no file yet, and the journal was removed.</source>
        <translation>中断された書き出しが {folder} に途中までの作業記録を残していました。まだどのファイルも置き換えていなかったので、作業記録を削除しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An interrupted export had left a journal in {folder} from an earlier version of Kaidan, which this one cannot read: the folder was recovered from its export cards, and the journal removed.</source>
        <translation>中断された書き出しが {folder} に以前の版の Kaidan の作業記録を残していました。この版では読めないため、書き出しの説明書きからフォルダを元に戻し、作業記録を削除しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} held a {journal} that is not a journal Kaidan can read: the folder was recovered from its export cards, and the file removed.</source>
        <translation>{folder} にあった {journal} は Kaidan が読める作業記録ではありませんでした。書き出しの説明書きからフォルダを元に戻し、このファイルを削除しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spaCy is not installed: train.json only (`python -m spacy convert train.json .`)</source>
        <translation>spaCy がインストールされていません: train.json だけを書き出しました（`python -m spacy convert train.json .`）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An interrupted export had left 1 earlier file in {folder}: the export there is whole, and it was removed.</source>
        <translation>中断された書き出しが {folder} に前回のファイルを 1 件残していました。そこの書き出しは揃っているので、それを削除しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An interrupted export had left {folder} half-replaced: the earlier export there was put back (1 file).</source>
        <translation>中断された書き出しが {folder} を置き換えの途中で残していました。前回の書き出しを元に戻しました（ファイル 1 件）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupted export had left 1 of its files in {folder}: it was removed.</source>
        <translation>中断された書き出しが {folder} にファイルを 1 件残していました。それを削除しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An interrupted export had left 1 partial file in {folder}: it was removed.</source>
        <translation>中断された書き出しが {folder} に書きかけのファイルを 1 件残していました。それを削除しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} and {count} more</source>
        <translation>{names} ほか {count} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole library</source>
        <translation>ライブラリ全体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} chosen articles</source>
        <translation>選んだ記事 {count} 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 chosen article</source>
        <translation>選んだ記事 1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the articles marked {statuses}</source>
        <translation>{statuses} にした記事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the articles of {outlets}</source>
        <translation>{outlets} の記事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the articles dated {start} to {end}</source>
        <translation>発行日が {start}〜{end} の記事</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../../ui/jobs/import_controller.py" line="+80"/>
        <location line="+63"/>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Stop the import after the current file</source>
        <translation>今のファイルが終わったら取り込みを止める</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queued 1 more item for import</source>
        <translation>取り込みの待ちに 1 件を追加しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued {n} more items for import</source>
        <translation>取り込みの待ちに {n} 件を追加しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling import…</source>
        <translation>取り込みをキャンセル中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing {file}</source>
        <translation>{file} を取り込み中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Some files could not be imported; see the details.</source>
        <translation>取り込めなかったファイルがあります。詳細を見てください。</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <location filename="../../../ui/jobs/failure_reasons.py" line="+36"/>
        <source>not text (a picture, an archive or another binary file)</source>
        <translation>テキストではありません（画像・圧縮ファイルなどのバイナリファイル）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no article text found</source>
        <translation>記事の本文が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no article text found in the page</source>
        <translation>ページに記事の本文が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an HTML page</source>
        <translation>HTML ページではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is gone</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file or folder is gone</source>
        <translation>ファイルまたはフォルダーが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file (a device, a pipe or a socket)</source>
        <translation>通常のファイルではありません（デバイス、パイプ、ソケットなど）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a link to a file that is not there</source>
        <translation>リンク先のファイルがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a link to a folder outside this import, which Kaidan does not follow: import that folder itself</source>
        <translation>取り込むフォルダーの外を指すリンクです。Kaidan はフォルダーへのリンクをたどりません: リンク先のフォルダーそのものを取り込んでください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no file Kaidan reads in this folder (it reads {extensions})</source>
        <translation>このフォルダーには Kaidan が読み込めるファイルがありません（読み込めるのは {extensions}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>no permission to read it</source>
        <translation>読み取る権限がありません</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>no rows</source>
        <translation>行がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rows: only a header</source>
        <translation>行がありません（見出しの行だけです）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no articles in the JSON: Kaidan expects a list of objects</source>
        <translation>JSON に記事がありません（Kaidan が読むのはオブジェクトのリストです）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Kaidan library (an SQLite database), not articles: to bring its annotations into this library use File → Merge Libraries…; to work in it, start Kaidan on it (kaidan --db PATH)</source>
        <translation>記事ではなく Kaidan のライブラリ（SQLite データベース）です。その注釈をこのライブラリに取り込むには「ファイル → ライブラリを統合…」を使い、そのライブラリで作業するには Kaidan をそのライブラリで起動してください（kaidan --db パス）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a file without an extension: Kaidan cannot tell its type</source>
        <translation>拡張子のないファイルです。Kaidan には種類が判断できません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is too large to import ({size_mb} MB); Kaidan reads page files up to {limit_mb} MB</source>
        <translation>{name} は大きすぎて取り込めません（{size_mb} MB）。Kaidan が読み込めるページファイルは {limit_mb} MB までです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is too large to import ({size_mb} MB); Kaidan reads JSON files up to {limit_mb} MB (JSON Lines files have no limit)</source>
        <translation>{name} は大きすぎて取り込めません（{size_mb} MB）。Kaidan が読み込める JSON ファイルは {limit_mb} MB までです（JSON Lines ファイルには上限がありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON on line {line}</source>
        <translation>{line} 行目が正しい JSON ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card of a Kaidan {format} export: it describes the export and holds no articles</source>
        <translation>Kaidan の {format} 形式の書き出しの説明ファイルです（書き出しの内容を説明するもので、記事は入っていません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Kaidan {format} export inside the folder: import this folder on its own to read it back</source>
        <translation>フォルダー内にある Kaidan の {format} 形式の書き出しです（読み戻すには、このフォルダーだけを取り込んでください）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Kaidan {format} export, which Kaidan does not read back (its tables are not articles); import a jsonl export instead</source>
        <translation>Kaidan の {format} 形式の書き出しです。この形式は読み戻せません（表は記事ではありません）。jsonl 形式の書き出しを取り込んでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no column of article text: the columns are {columns}</source>
        <translation>記事本文の列がありません（列: {columns}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not valid JSON on line {line}</source>
        <translation>{name}: {line} 行目が正しい JSON ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CSV header cannot be read ({error})</source>
        <translation>CSV の見出しの行を読み込めません（{error}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file: {error}</source>
        <translation>ファイルを読み込めません: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the folder: {error}</source>
        <translation>フォルダーを開けません: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unexpected error while reading it ({error}); please report it</source>
        <translation>読み込み中に予期しないエラーが起きました（{error}）。不具合としてお知らせください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the disk could not be read (an input/output error)</source>
        <translation>ディスクを読み取れませんでした（入出力エラー）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its links lead round in a circle</source>
        <translation>リンクが循環しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its name is too long</source>
        <translation>名前が長すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drive took too long to answer</source>
        <translation>ドライブが時間内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network drive no longer has it</source>
        <translation>ネットワークドライブ上で見つからなくなりました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program is using it</source>
        <translation>ほかのプログラムが使用中です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device it is on is not there</source>
        <translation>ファイルのあるデバイスが見つかりません</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kaidan does not read {extension} files</source>
        <translation>Kaidan は {extension} ファイルを読み込めません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a licence file, not an article</source>
        <translation>ライセンスのファイルで、記事ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a read-me file, not an article</source>
        <translation>説明書き（README）のファイルで、記事ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change log, not an article</source>
        <translation>変更履歴のファイルで、記事ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dataset&apos;s notes, not an article</source>
        <translation>データセットの注記のファイルで、記事ではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{refusal}: {imported} imported, from {stored} of {files}; the rest were not</source>
        <translation>{refusal}。{files}のうち {stored} 件から{imported}を取り込みました。残りは取り込んでいません</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>{refusal}: {imported} imported; the rest were not</source>
        <translation>{refusal}。{imported}を取り込みました。残りは取り込んでいません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{refusal}: {analysed} of {total} analysed; the rest were not</source>
        <translation>{refusal}。{total}のうち {analysed} 件を解析しました。残りは解析していません</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>1 file</source>
        <translation>ファイル 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} files</source>
        <translation>ファイル {n} 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dataset article</source>
        <translation>データセットの記事 1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dataset articles</source>
        <translation>データセットの記事 {n} 件</translation>
    </message>
    <message>
        <location filename="../../../ui/jobs/row_reasons.py" line="+16"/>
        <source>line {number}</source>
        <translation>{number} 行目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item {number}</source>
        <translation>{number} 番目の項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {number}</source>
        <translation>データの {number} 行目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON</source>
        <translation>正しい JSON ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a JSON object</source>
        <translation>JSON のオブジェクトではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty text</source>
        <translation>本文が空です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its text is a JSON object or true/false, not text</source>
        <translation>本文が JSON のオブジェクトか true/false で、テキストではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nested deeper than {limit} levels</source>
        <translation>入れ子が {limit} 段より深くなっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a quote opened in this row is never closed: the rest of the file was read into it</source>
        <translation>この行で開いた引用符が閉じていません（ファイルの残りがすべてこの行に読み込まれました）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cells} cells where the header has {columns} columns</source>
        <translation>見出しの列 {columns} 個に対してセルが {cells} 個あります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longer than the {limit_m} M characters a row may hold</source>
        <translation>1 行の上限 {limit_m}M 文字を超えています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid CSV ({error})</source>
        <translation>正しい CSV ではありません（{error}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds bytes that are not valid {encoding}</source>
        <translation>{encoding} として読めないバイトが含まれています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rows skipped ({count}): {listed}</source>
        <translation>{count} 行を飛ばしました: {listed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rows imported; rows skipped ({count}): {listed}</source>
        <translation>取り込めた行はありません。{count} 行を飛ばしました: {listed}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not valid JSON on {where} (bad rows after it: {others})</source>
        <translation>{where}が正しい JSON ではありません（ほかに不正な行が {others} 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON on {where}</source>
        <translation>{where}が正しい JSON ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} {why}</source>
        <translation>{where}は{why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, and {n} more</source>
        <translation>、ほか {n} 行</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../../ui/jobs/import_controller.py" line="-111"/>
        <source>{n} imported</source>
        <translation>{n} 件を取り込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} merged into articles already there</source>
        <translation>{n} 件を既存の記事に統合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} already in the library</source>
        <translation>{n} 件はライブラリに登録済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} skipped as dataset files</source>
        <translation>データセットの付属ファイル {n} 件を除外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} failed</source>
        <translation>{n} 件は失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import stopped: {reason}</source>
        <translation>取り込みを中断しました: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cancelled: {parts}</source>
        <translation>取り込みをキャンセルしました: {parts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import finished: {parts}</source>
        <translation>取り込みが終わりました: {parts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>skipped: {file} — {reason}</source>
        <translation>除外: {file} — {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotations: {counts}</source>
        <translation>注釈: {counts}</translation>
    </message>
</context>
<context>
    <name>ImproveController</name>
    <message>
        <location filename="../../../ui/jobs/improve_controller.py" line="+34"/>
        <source>Improving detection</source>
        <translation>検出の改善</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training; detection stays as it is</source>
        <translation>学習を止めます。検出は今のままです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning %p%</source>
        <translation>学習中 %p%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detection is busy: try again when it has finished</source>
        <translation>検出を実行中です。終わってからもう一度試してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning from your corrections…</source>
        <translation>あなたの修正から学習しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Improving detection cancelled: detection stays as it was</source>
        <translation>検出の改善をキャンセルしました。検出は元のままです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to learn from yet</source>
        <translation>まだ学習できるものがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept, reject, retype or add entities in a few articles first; Kaidan then learns from those articles.</source>
        <translation>先にいくつかの記事でエンティティを承認・却下・種類の変更・追加してください。Kaidan はそれらの記事から学習します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learned from {n} corrected article(s); detecting entities again (your decisions are kept)…</source>
        <translation>修正済みの記事 {n} 件から学習しました。エンティティをもう一度検出しています (あなたの判断はそのままです)…</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../../ui/jobs/runner.py" line="+50"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop {what}</source>
        <translation>{what}を止める</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} not started: {reason}.</source>
        <translation>{what}を開始しませんでした: {reason}。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{what} failed: {reason}</source>
        <translation>{what}に失敗しました: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} failed</source>
        <translation>{what}に失敗しました</translation>
    </message>
</context>
<context>
    <name>PasteImport</name>
    <message>
        <location filename="../../../ui/jobs/paste_import.py" line="+37"/>
        <source>The clipboard holds no text: copy an article&apos;s text first (Ctrl+C in the browser)</source>
        <translation>クリップボードにテキストがありません: まず記事のテキストをコピーしてください (ブラウザーで Ctrl+C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pasted text was not imported: it could not be kept in {folder} ({reason})</source>
        <translation>貼り付けたテキストは取り込まれませんでした: {folder} に保存できません ({reason})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{summary}. The claim being edited stays open: the pasted article is in the list.</source>
        <translation>{summary}。編集中の主張はそのまま開いています。貼り付けた記事は一覧にあります。</translation>
    </message>
</context>
</TS>
