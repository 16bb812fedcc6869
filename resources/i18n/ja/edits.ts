<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>EditStack</name>
    <message>
        <location filename="../../../ui/edits/edit_stack.py" line="+43"/>
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
</context>
<context>
    <name>Writer</name>
    <message>
        <location filename="../../../ui/edits/writer.py" line="+31"/>
        <source>the library is closed: nothing more can be saved from this window</source>
        <translation>ライブラリは閉じられています。このウィンドウからはもう保存できません</translation>
    </message>
</context>
</TS>
