<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>EditStack</name>
    <message>
        <location filename="../../../ui/edits/edit_stack.py" line="+20"/>
        <source>the meeting is no longer in the library: another window or a command deleted it or proposed meetings again</source>
        <translation>この会談はもうライブラリにありません: 別のウィンドウかコマンドが削除したか、会談を提案し直しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the link between these meetings is no longer in the library: another window or a command removed it</source>
        <translation>この会談間のリンクはもうライブラリにありません: 別のウィンドウかコマンドが削除しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the meeting mention is no longer in the library: another window or a command proposed meetings again</source>
        <translation>この会談の言及はもうライブラリにありません: 別のウィンドウかコマンドが会談を提案し直しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entity is no longer in the registry: another window merged it into another or took it back</source>
        <translation>このエンティティはもう台帳にありません: 別のウィンドウが他のエンティティに統合したか、取り消しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the article is no longer in the library: another window or a command deleted it</source>
        <translation>この記事はもうライブラリにありません: 別のウィンドウかコマンドが削除しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the claim is no longer in the library: another window or a command deleted it or proposed claims again</source>
        <translation>この主張はもうライブラリにありません: 別のウィンドウかコマンドが削除したか、主張を提案し直しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is no longer in the library: another window or a command ran detection again</source>
        <translation>この名前はもうライブラリにありません: 別のウィンドウかコマンドが検出をやり直しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the annotator&apos;s decision is no longer in the library: the team&apos;s libraries were merged again elsewhere without it</source>
        <translation>注釈者の判断はもうライブラリにありません: 別のウィンドウかコマンドが、その判断を含めずにチームのライブラリを統合し直しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the words it marks are no longer where they were: another window or a command cleaned the article again (Reload shows it as it is now)</source>
        <translation>印を付けた語句がもとの位置にありません: 別のウィンドウかコマンドが記事を整形し直しました（再読み込みで今の状態を表示します）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Undone: {edit}</source>
        <translation>取り消しました: {edit}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redone: {edit}</source>
        <translation>やり直しました: {edit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not undo “{edit}”: {reason}. Nothing was changed; the edit is still saved.</source>
        <translation>元に戻せませんでした: 「{edit}」: {reason}。何も変更されていません。編集は保存されたままです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Could not redo “{edit}”: {reason}. Nothing was changed.</source>
        <translation>やり直せませんでした: 「{edit}」: {reason}。何も変更されていません。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Could not undo “{edit}”: {reason}. Nothing was changed; the edit is still saved and still on the undo list: undo it again once the library can be written.</source>
        <translation>元に戻せませんでした: 「{edit}」: {reason}。何も変更されていません。編集は保存されたままで、元に戻す一覧にも残っています: ライブラリに書き込めるようになったら、もう一度元に戻してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not redo “{edit}”: {reason}. Nothing was changed; it is still on the redo list: redo it again once the library can be written.</source>
        <translation>やり直せませんでした: 「{edit}」: {reason}。何も変更されていません。やり直す一覧に残っています: ライブラリに書き込めるようになったら、もう一度やり直してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: “{edit}”: {reason}.</source>
        <translation>保存されませんでした: 「{edit}」: {reason}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not undo “{edit}”: {reason}. The edit is still saved and is no longer on the undo list.</source>
        <translation>「{edit}」を元に戻せませんでした: {reason}。編集は保存されたままで、元に戻す一覧からは外れました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: “{edit}”: {reason}. Nothing was changed; free some space on that disk, then try the edit again.</source>
        <translation>保存されませんでした: 「{edit}」: {reason}。何も変更されていません。ディスクの空きを作ってから、もう一度編集してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: “{edit}”: {reason}. Nothing was changed; try the edit again in a moment.</source>
        <translation>保存されませんでした: 「{edit}」: {reason}。何も変更されていません。少し待ってからもう一度編集してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>what it changes is no longer in the library: another window or a command removed it</source>
        <translation>変更の対象はもうライブラリにありません: 別のウィンドウかコマンドが削除しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not undo “{edit}”: {reason}. Nothing was changed; the step is no longer on the undo list.</source>
        <translation>「{edit}」を元に戻せませんでした: {reason}。何も変更されていません。この操作は元に戻す一覧から外れました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: “{edit}”: {reason}. Nothing was changed.</source>
        <translation>保存されませんでした: 「{edit}」: {reason}。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>Elsewhere</name>
    <message>
        <location filename="../../../ui/edits/elsewhere.py" line="+12"/>
        <source>claim {id}</source>
        <translation>主張 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting {id}</source>
        <translation>会談 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entity {id}</source>
        <translation>エンティティ {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mention {id}</source>
        <translation>言及 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting mention {id}</source>
        <translation>会談の言及 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link between meetings {id}</source>
        <translation>会談間のリンク {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the status of article {id}</source>
        <translation>記事 {id} の状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line labels of article {id}</source>
        <translation>記事 {id} の行ラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gold of article {id}</source>
        <translation>記事 {id} の正解データ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entities detected again in article {id}</source>
        <translation>記事 {id} で再検出されたエンティティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the claim candidates suggested again in article {id}</source>
        <translation>記事 {id} で再提案された主張候補</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the meeting mentions detected again in article {id}</source>
        <translation>記事 {id} で再検出された会談への言及</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target} {id}</source>
        <translation>{target} {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{thing} (by {who}, {when} UTC)</source>
        <translation>{thing}（{who}、{when} UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>不明な利用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed elsewhere since: {changes} — press {key} to reload and see it</source>
        <translation>ほかの場所で変更されています: {changes}。{key} で再読み込みすると表示されます</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <location filename="../../../ui/edits/writer.py" line="+38"/>
        <source>the library is closed: nothing more can be saved from this window</source>
        <translation>ライブラリは閉じられています。このウィンドウからはもう保存できません</translation>
    </message>
</context>
</TS>
